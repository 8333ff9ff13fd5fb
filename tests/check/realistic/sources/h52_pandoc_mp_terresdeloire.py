from _common import *

DOC = dict(
    deliverable="management-plan",
    path="pandoc",
    language="fr",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the new head of the data and digital team of an agricultural cooperative in Anjou (1,400 member
    farms, 620 staff) writes the plan for her team of six over the next two years. The author's own numbered
    headings, some in UPPER CASE; the people review, the positions, the first three months, the training plan
    and the careers are tables; the target organisation is a drawn chart; budget and calendar share one part
    (merged); the summary is a short paragraph (thin); no follow-up indicators (deleted, missing).""",
    title="Équipe Data & Digital – plan de management 2027-2028",
    cover=["Coopérative Terres de Loire, Beaucouzé", "Rédigé par Anaïs Guérin, responsable Data & Digital – décembre 2026"],
    missing=["hr-indicators"],
    blocks=[
        H(1, "1. EN BREF", {"executive-summary": "thin"}),
        P("L'équipe passe de six à neuf personnes d'ici fin 2028 pour porter l'application des adhérents et "
          "les outils de prévision des collectes. Trois recrutements, un parcours d'accueil de trois mois, un "
          "plan de formation de 41 000 € et une organisation en deux pôles sont proposés au comité de direction."),
        H(1, "2. Où en est la coopérative ?", {"strategy-context": "ok"}),
        P("Terres de Loire collecte les céréales et les oléagineux de 1 400 exploitations du Maine-et-Loire et de "
          "la Sarthe, et vend aux mêmes adhérents semences, engrais et conseil. Le plan stratégique voté en juin "
          "2026 fixe trois priorités pour 2030 : que 80 % des adhérents passent leurs commandes et consultent "
          "leurs contrats en ligne, que les silos soient pilotés à partir de prévisions de collecte fiables à "
          "quinze jours, et que le conseil agronomique s'appuie sur les données des parcelles plutôt que sur les "
          "seules visites des techniciens. Aujourd'hui, 31 % des adhérents utilisent l'extranet, et les "
          "prévisions de collecte se font encore dans des tableurs remplis par les chefs de silo."),
        P("L'équipe Data & Digital a été créée il y a trois ans au sein de la direction financière. Elle compte "
          "six personnes : deux développeurs qui maintiennent l'extranet, un analyste de données, une chargée de "
          "communication digitale, un administrateur des outils métier et moi-même depuis septembre. L'équipe est "
          "compétente mais dispersée : chacun répond aux demandes des services qui l'appellent le plus fort, "
          "personne ne travaille sur la prévision des collectes, et le départ en retraite de l'administrateur, "
          "prévu en 2028, menace la connaissance du logiciel de gestion des contrats, qu'il est seul à maîtriser. "
          "Le budget de l'équipe est stable depuis deux ans et la direction accepte de l'augmenter si les "
          "recrutements servent directement les trois priorités."),
        H(2, "2.1 L'équipe aujourd'hui", {"people-review": "ok"}),
        T([["Personne", "Rôle", "Ancienneté", "Points forts", "À développer", "Risque de départ"],
           ["Julien", "développeur extranet", "6 ans", "connaît tout le code", "tests automatisés", "faible"],
           ["Sarah", "développeuse", "2 ans", "mobile, interfaces", "architecture", "moyen"],
           ["Mehdi", "analyste de données", "3 ans", "SQL, tableaux de bord", "statistiques, prévision", "élevé"],
           ["Lucie", "communication digitale", "4 ans", "lien avec les adhérents", "données d'audience", "faible"],
           ["Gérard", "administrateur outils métier", "22 ans", "logiciel des contrats", "transmission", "retraite 2028"]]),
        H(1, "3. TROIS POSTES À CRÉER", {"key-functions": "ok"}),
        P("Les trois recrutements suivent les priorités du plan stratégique. Le data scientist est le plus "
          "urgent, car la saison de collecte 2027 doit servir à entraîner les premiers modèles. Le chef de "
          "produit donne enfin un responsable à l'application des adhérents. Le poste d'administrateur est "
          "ouvert un an avant le départ de Gérard pour qu'ils travaillent ensemble."),
        T([["Poste", "Pourquoi", "Quand", "Profil"],
           ["Data scientist", "prévision des collectes à quinze jours", "mars 2027", "bac+5, séries temporelles, goût du terrain"],
           ["Chef(fe) de produit application adhérents", "passer de 31 % à 80 % d'adhérents en ligne", "septembre 2027", "expérience produit, monde agricole apprécié"],
           ["Administrateur(trice) des outils métier", "reprendre le logiciel des contrats", "janvier 2028", "interne ou externe, binôme avec Gérard"]]),
        H(1, "4. Bien accueillir les nouveaux", {"onboarding": "ok"}),
        P("Une coopérative agricole déroute souvent les profils venus du numérique : le vocabulaire, la saisonnalité "
          "et le poids des élus adhérents ne s'apprennent pas dans une fiche de poste. L'accueil commence donc "
          "avant l'arrivée : contrat, mutuelle et badge sont préparés par les ressources humaines, l'ordinateur "
          "et les accès sont prêts le premier jour, et la personne reçoit deux semaines avant un livret sur la "
          "coopérative et le planning de sa première semaine."),
        P("La première semaine se passe en grande partie hors du bureau : une journée dans un silo pendant les "
          "livraisons, une journée avec un technicien de culture chez deux adhérents, une demi-journée avec "
          "l'accueil téléphonique des adhérents. Chaque nouvel arrivant a un parrain dans l'équipe, qui n'est pas "
          "son responsable, et déjeune avec lui chaque semaine le premier mois. Je fais un point formel à un "
          "mois et à trois mois, avec une grille simple : ce qui va, ce qui manque, ce que la personne ferait "
          "autrement. La fin de la période d'essai n'est jamais une surprise."),
        H(2, "4.1 Les trois premiers mois", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["Avant l'arrivée", "contrat, matériel, accès, livret d'accueil", "RH, Julien"],
           ["Semaine 1", "silo, tournée avec un technicien, accueil adhérents", "parrain, chefs de silo"],
           ["Mois 1", "premier petit livrable en production", "parrain"],
           ["Mois 2", "présentation au comité des élus", "Anaïs"],
           ["Mois 3", "bilan de période d'essai et objectifs de l'année", "Anaïs, RH"]]),
        H(1, "5. FORMER L'ÉQUIPE", {"training-needs": "ok"}),
        P("Les besoins de formation viennent de deux sources : ce que les priorités stratégiques demandent à "
          "l'équipe, et ce que chacun m'a dit lors des entretiens individuels d'octobre. Trois besoins sont "
          "communs. Toute l'équipe doit mieux connaître les métiers de la coopérative ; nous organiserons deux "
          "journées par an sur le terrain. Les développeurs doivent écrire des tests automatisés, car chaque mise "
          "à jour de l'extranet casse aujourd'hui quelque chose en saison. Enfin, nous devons tous apprendre à "
          "travailler en mode produit, avec des objectifs d'usage plutôt qu'une liste de demandes."),
        P("Il y a aussi des besoins individuels. Mehdi veut évoluer vers la prévision ; une formation certifiante "
          "en statistiques le prépare à travailler avec le data scientist et réduit le risque qu'il parte chez un "
          "concurrent. Lucie doit savoir lire les données d'audience de l'application. La transmission du savoir "
          "de Gérard passe par de la documentation écrite à deux, financée comme une action de formation. Les "
          "contraintes sont connues : aucune formation entre juillet et octobre, pendant la moisson et les semis, "
          "et un budget qui passe par le plan de développement des compétences de la coopérative."),
        H(2, "5.1 Formations prévues en 2027", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Durée", "Coût", "Période"],
           ["Journées terrain chez les adhérents", "toute l'équipe", "2 jours", "interne", "mars et novembre"],
           ["Tests automatisés", "Julien, Sarah", "3 jours", "3 600 €", "février"],
           ["Certificat statistiques et prévision", "Mehdi", "12 jours", "7 800 €", "janvier à juin"],
           ["Gestion de produit", "Anaïs, futur chef de produit", "4 jours", "4 200 €", "novembre"],
           ["Analyse d'audience mobile", "Lucie", "2 jours", "1 400 €", "avril"]]),
        H(2, "5.2 Évolutions possibles", {"career-plan": "ok"}),
        T([["Personne", "Souhait", "Action", "Horizon"],
           ["Mehdi", "devenir data scientist junior", "certificat puis binôme avec le recrutement", "2028"],
           ["Sarah", "référente architecture", "mentorat par Julien, revue de code", "fin 2027"],
           ["Julien", "lead technique", "animation des revues, entretien annuel ciblé", "2028"]]),
        H(1, "6. L'ÉQUIPE QUE JE VEUX EN 2029", {"team-vision": "ok"}),
        P("Je veux une équipe qui ne soit plus un service de dépannage rattaché à la finance, mais l'équipe qui "
          "fait le numérique de la coopérative avec les adhérents. Elle sera organisée en deux pôles. Le pôle "
          "produit, mené par le futur chef de produit, s'occupe de l'application et de l'extranet : Sarah, Julien "
          "et Lucie y travaillent à partir d'objectifs d'usage mesurés, avec un groupe de vingt adhérents testeurs. "
          "Le pôle données, où Mehdi et le data scientist construisent les prévisions de collecte et les outils "
          "du conseil agronomique, travaille d'abord pour les chefs de silo et les techniciens. Les outils métier, avec Gérard puis son "
          "successeur, restent un troisième petit pôle, garant des logiciels dont dépendent les contrats et la "
          "facturation des adhérents."),
        P("Trois principes guideront l'équipe. Nous partons du terrain : aucun projet ne démarre sans une journée "
          "passée avec ceux qui vont l'utiliser. Nous mesurons l'usage, pas les livraisons. Et personne ne doit "
          "être seul à savoir faire quelque chose : la situation de Gérard ne doit pas se reproduire, donc chaque "
          "outil a deux personnes qui le connaissent. À terme, je demanderai au comité de direction que l'équipe "
          "rende compte directement à la direction générale, car ses projets touchent autant la collecte et le "
          "commerce que la finance. Cette évolution ne se décrète pas : elle se gagnera si la prévision des "
          "collectes et l'application tiennent leurs promesses pendant la saison 2028."),
        H(2, "6.1 Aujourd'hui et demain", {"target-organisation": "ok"}),
        Img(["Direction générale", "Responsable Data & Digital", "Pôle produit (4)", "Pôle données (2)", "Outils métier (2)"],
            "Organisation visée fin 2028 : deux pôles et les outils métier sous la responsable Data & Digital"),
        H(1, "7. Combien et quand", {"budget-timeline": "ok", "timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Calendrier"],
           ["Data scientist (chargé)", "44 000 €", "58 000 €", "arrivée en mars 2027"],
           ["Chef(fe) de produit (chargé)", "19 000 €", "57 000 €", "arrivée en septembre 2027"],
           ["Administrateur(trice) outils métier (chargé)", "0 €", "52 000 €", "arrivée en janvier 2028"],
           ["Formations", "17 000 €", "24 000 €", "hors juillet à octobre"],
           ["Recrutement (cabinet pour le data scientist)", "9 000 €", "0 €", "lancé en décembre 2026"],
           ["Total", "89 000 €", "191 000 €", "bilan au comité en décembre 2027"]]),
    ],
)
