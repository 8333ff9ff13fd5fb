from _common import *

DOC = dict(
    deliverable="management-plan",
    path="skeleton",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Menuiseries Cabrol, a maker of wooden and aluminium windows in Gaillac (Tarn, 120 people),
    opens an online configurator and a remote after-sales service; the candidate, head of the customer and digital
    team (9 people, 14 by 2028), writes the team's management plan. Guidance boxes deleted. The summary retyped
    "Le plan en une page", the onboarding heading "Bien accueillir : le parcours des nouveaux" and the vision
    "Où nous voulons être en 2028" (runs replaced, bookmarks lost); the career actions retyped "Faire grandir
    ceux qui sont là" keeping its bookmark. Every table filled (the onboarding phases, the budget lines and the
    timeline's pre-filled row labels kept; two rows added to the people review). The training needs are two
    sentences (thin); the organisation charts were deleted with their heading and caption (missing).""",
    cover={"company": "Menuiseries Cabrol", "candidate": "Yanis Bouzid", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="Le plan en une page", text=[
            "Menuiseries Cabrol vend aujourd'hui ses fenêtres par un réseau de 40 poseurs partenaires. En 2027, "
            "l'entreprise ouvre un configurateur en ligne qui permet aux particuliers de dessiner leur fenêtre, "
            "d'obtenir un prix et de commander, ainsi qu'un service après-vente à distance par photo et visio. "
            "L'équipe client et numérique, neuf personnes aujourd'hui, doit absorber ces nouveaux flux sans "
            "dégrader le service aux poseurs.",
            "Ce plan prévoit trois recrutements en 2027 et deux en 2028, un parcours d'intégration de 90 jours, "
            "un plan de formation centré sur le conseil technique à distance et deux évolutions internes. Il coûte "
            "environ 59 500 euros sur deux ans hors salaires, dont 14 000 euros pris en charge par l'OPCO, soit "
            "45 500 euros à la charge de l'entreprise. Nous "
            "demandons à la direction de valider les deux premiers recrutements avant fin janvier, pour être prêts "
            "à l'ouverture du configurateur en avril."]),
        "strategy-context": dict(status="ok", text=[
            "Fondée en 1962 à Gaillac, l'entreprise fabrique chaque année environ 18 000 fenêtres et portes-fenêtres "
            "en bois et en aluminium, pour un chiffre d'affaires de 17 millions d'euros. Son plan stratégique "
            "2027-2029, présenté en septembre par la directrice générale, Mme Agnès Cabrol, fixe deux objectifs : "
            "vendre 15 % des fenêtres en direct aux particuliers d'ici 2029, et réduire de moitié les déplacements "
            "de techniciens pour le service après-vente, qui coûtent cher et allongent les délais.",
            "L'équipe client et numérique, que je dirige depuis deux ans, compte neuf personnes : cinq conseillères "
            "et conseillers qui répondent aux poseurs par téléphone, deux techniciens SAV qui se déplacent chez les "
            "clients, une chargée de contenus web et une assistante administrative. L'équipe est soudée et connaît "
            "très bien les produits, mais elle n'a jamais vendu à des particuliers ni diagnostiqué une panne à "
            "distance. Les entretiens annuels d'octobre montrent aussi deux départs possibles, liés au manque de "
            "perspectives, et une forte demande de formation sur les nouveaux outils, en particulier chez les plus anciens. Les pointes d'activité du "
            "printemps, déjà difficiles, seront plus fortes avec les ventes en ligne. "
            "Enfin, le marché du travail local est tendu : les techniciens de menuiserie sont rares dans le Tarn, et les profils du numérique préfèrent Toulouse, à cinquante kilomètres. Le plan doit donc miser autant sur la formation et la mobilité interne que sur les recrutements."]),
        "people-review": dict(status="ok", tables=[[
            ["Sophie M.", "conseillère poseurs", "produits, devis complexes", "très bonne année, pilier de l'équipe",
             "encadrer", "fort"],
            ["Karim B.", "conseiller poseurs", "relation client, calme", "bonne année", "se former au web", "bon"],
            ["Julie R.", "chargée de contenus web", "rédaction, photo", "très bonne année",
             "devenir responsable du configurateur", "fort"],
            ["Thierry L.", "technicien SAV", "réglages, quincaillerie", "bonne année, fatigue des déplacements",
             "moins de route", "bon"],
            ["Nadia F.", "assistante administrative", "commandes, litiges", "année correcte", "rien de précis",
             "à confirmer"]]]),
        "key-functions": dict(status="ok", text=[
            "Trois fonctions manquent pour tenir les objectifs du plan stratégique. Les deux premières sont "
            "indispensables dès l'ouverture du configurateur ; la troisième suit la montée des ventes en direct."],
            tables=[[
                ["Conseiller(ère) vente en ligne (2 postes)", "15 % de ventes en direct", "mars 2027",
                 "vente à distance, goût du produit technique", "recrutement externe"],
                ["Technicien(ne) SAV à distance", "diviser par deux les déplacements", "avril 2027",
                 "technicien menuiserie à l'aise en visio", "mobilité interne (Thierry L.) puis recrutement"],
                ["Responsable du configurateur", "faire vivre l'outil et ses prix", "janvier 2028",
                 "gestion de produit web", "évolution interne (Julie R.)"]]]),
        "onboarding": dict(status="ok", retitle="Bien accueillir : le parcours des nouveaux", text=[
            "L'an dernier, une conseillère recrutée est partie au bout de six semaines : elle n'avait ni ordinateur "
            "le premier jour ni personne pour lui expliquer les produits. Nous avons donc construit un parcours de "
            "90 jours, le même pour chaque nouvel arrivant, avec trois volets.",
            "Côté administratif, le contrat, la déclaration préalable à l'embauche, la mutuelle et les accès "
            "informatiques sont prêts avant l'arrivée ; l'assistante administrative tient une liste de contrôle. "
            "Côté organisation, chaque nouveau reçoit un planning de ses deux premières semaines, passe deux jours "
            "en atelier de fabrication pour voir naître une fenêtre, et une journée avec un poseur sur un chantier. "
            "Côté équipe, un parrain ou une marraine est désigné parmi les conseillers expérimentés, un déjeuner "
            "d'équipe a lieu le premier jour, et je fais un point individuel à la fin de chaque mois. Le parcours "
            "se termine par un entretien de bilan à 90 jours, qui confirme ou non la fin de la période d'essai. "
            "Le parrain dispose de deux heures par semaine pour ce rôle, retirées de ses objectifs d'appels."]),
        "onboarding-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "contrat, DPAE, mutuelle", "poste de travail et accès prêts", "message d'accueil de l'équipe",
             "assistante administrative", "liste de contrôle complète"],
            [None, "remise du livret d'accueil", "planning des deux semaines", "déjeuner d'équipe, parrain présenté",
             "responsable d'équipe", "tout fonctionne le soir"],
            [None, "visite médicale", "deux jours en atelier, un jour sur chantier", "double écoute avec le parrain",
             "parrain", "premier appel traité seul"],
            [None, "–", "objectifs du premier mois", "point individuel", "responsable d'équipe",
             "objectifs atteints ou non"],
            [None, "–", "prise en charge des appels seule", "retour du parrain", "parrain", "taux de résolution"],
            [None, "fin de période d'essai", "objectifs de l'année", "entretien de bilan", "responsable d'équipe",
             "décision écrite"]]]),
        "training-needs": dict(status="thin", text=[
            "Toute l'équipe doit apprendre à conseiller et diagnostiquer à distance, et les conseillers à vendre "
            "à des particuliers. Le budget est limité, donc nous privilégions le tutorat interne et les formations "
            "financées par l'OPCO, en dehors des pointes du printemps."]),
        "training-plan": dict(status="ok", tables=[[
            ["Conseillers (5)", "vendre à des particuliers", "conclure une vente en ligne", "présentiel, 2 jours",
             "cabinet de formation à Toulouse", "4 200 €", "février 2027"],
            ["Techniciens SAV (2)", "diagnostic en visio", "résoudre 50 % des pannes sans déplacement",
             "formation en situation de travail", "fabricant de la quincaillerie", "1 800 €", "mars 2027"],
            ["Julie R.", "gestion de produit web", "piloter le configurateur", "e-learning certifiant, 6 mois",
             "organisme en ligne", "2 900 €", "avril à septembre 2027"],
            ["Toute l'équipe", "nouvel outil de tickets", "suivre chaque demande", "tutorat interne", "éditeur",
             "inclus", "mars 2027"]]]),
        "career-plan": dict(status="ok", retitle="Faire grandir ceux qui sont là", keep_bookmark=True, tables=[[
            ["Sophie M.", "encadrer", "référente de l'équipe vente en ligne", "formation au management, tutorat",
             "court terme", "point trimestriel"],
            ["Julie R.", "responsable du configurateur", "prise de poste en janvier 2028", "e-learning certifiant",
             "moyen terme", "entretien annuel"],
            ["Thierry L.", "moins de déplacements", "technicien SAV à distance", "formation au diagnostic en visio",
             "court terme", "bilan à six mois"]]]),
        "team-vision": dict(status="ok", retitle="Où nous voulons être en 2028", text=[
            "En 2028, l'équipe client et numérique ne sera plus seulement le standard des poseurs. Elle sera le "
            "premier contact de Cabrol avec les particuliers, de la première visite sur le configurateur jusqu'au "
            "réglage d'une fenêtre cinq ans après la pose. Nous voulons qu'un client qui appelle tombe sur quelqu'un "
            "qui connaît le produit, qui voit son dossier et qui règle son problème sans le renvoyer ailleurs.",
            "L'équipe comptera quatorze personnes organisées en trois pôles : un pôle poseurs, qui garde la "
            "relation historique avec nos 40 partenaires ; un pôle vente en ligne, animé par Sophie ; et un pôle "
            "service après-vente à distance, qui ne déplacera un technicien que lorsque la visio n'a pas suffi. "
            "Julie, responsable du configurateur, fera le lien avec le bureau d'études et la production pour que les "
            "prix et les options restent justes.",
            "Pour y arriver, nous comptons autant sur les personnes déjà là que sur les recrutements : chacun "
            "pourra changer de pôle après deux ans, et les conseillers formés à la vente deviendront les tuteurs "
            "des nouveaux. Les réunions d'équipe, aujourd'hui hebdomadaires et surtout consacrées aux problèmes, "
            "réserveront une place aux retours des clients et aux idées d'amélioration. Nous mesurerons la "
            "réussite du plan à la satisfaction des clients, aux déplacements évités et à la stabilité de "
            "l'équipe, suivies dans le tableau d'indicateurs présenté plus loin et revues chaque semestre avec la direction."]),
        "target-organisation": dict(status="missing"),
        "budget-timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "9 000 €", "6 000 €", "15 000 €"],
            [None, "7 500 €", "5 000 €", "12 500 €"],
            [None, "10 000 €", "8 000 €", "18 000 €"],
            [None, "3 000 €", "4 500 €", "7 500 €"],
            [None, "2 500 €", "4 000 €", "6 500 €"],
            [None, "-8 000 €", "-6 000 €", "-14 000 €"],
            [None, "24 000 €", "21 500 €", "45 500 €"]]]),
        "timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "deux conseillers vente en ligne", "technicien SAV à distance", "", "", "responsable du configurateur"],
            [None, "parcours des deux conseillers", "parcours du technicien", "bilans à 90 jours", "", "parcours suivant"],
            [None, "vente aux particuliers", "diagnostic en visio", "e-learning de Julie", "", "management"],
            [None, "", "Thierry passe à distance", "", "Sophie référente", "Julie responsable"],
            [None, "séminaire de lancement", "réunion mensuelle clients", "", "journée d'équipe", ""]]]),
        "hr-indicators": dict(status="ok", tables=[[
            ["Délai de recrutement", "jours entre ouverture et signature", "moins de 60 jours", "par recrutement",
             "responsable d'équipe"],
            ["Période d'essai confirmée", "essais confirmés / recrutés", "100 %", "semestrielle", "RH"],
            ["Formations suivies", "heures réalisées / heures prévues", "90 %", "trimestrielle", "RH"],
            ["Départs volontaires", "départs / effectif moyen", "moins de 8 %", "annuelle", "direction"]]]),
    },
)
