from _common import *

DOC = dict(
    deliverable="management-plan",
    path="skeleton",
    language="fr",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Beauce Agri-Services, a network of eleven farm machinery dealerships around Chartres, turns its
    four-person data desk (tractor telemetry, guidance signals, yield maps) into an eight-person connected-services
    team by 2029; the candidate, who leads the desk, writes its management plan. Guidance boxes deleted. The summary
    retyped "Le plan en une page", the onboarding heading "Accueillir les nouveaux : notre parcours" and the vision
    "Où va le pôle d'ici 2029 ?" (runs replaced, bookmarks lost); the plan's calendar retyped "Le calendrier" keeping
    its bookmark. Every table filled (the pre-filled row labels of the onboarding phases, budget lines and timeline
    kept), the organisation charts inserted as a picture. The training needs are two short paragraphs (thin); the
    follow-up indicators were deleted with their heading (missing).""",
    cover={"company": "Beauce Agri-Services", "candidate": "Thibault Ménager", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="Le plan en une page", text=[
            "Le pôle données de Beauce Agri-Services compte aujourd'hui quatre personnes qui passent l'essentiel de "
            "leur temps à dépanner des consoles de guidage au téléphone. La direction veut vendre d'ici 2029 un "
            "contrat de services connectés à 600 exploitations : surveillance des tracteurs à distance, alertes "
            "d'entretien, cartes de rendement et conseil de modulation des doses. Avec l'équipe actuelle, ce n'est "
            "pas possible.",
            "Je propose de passer à huit personnes en deux ans : trois recrutements (un data analyst agronomique, un "
            "technicien de télémaintenance, un chargé de relation clients connectés) et une mobilité interne depuis "
            "l'atelier de Bonneval. Le plan prévoit un parcours d'intégration de trois mois, 38 000 euros de "
            "formation dont une partie financée par l'OPCO, et une évolution pour chacun des quatre membres actuels. "
            "Le budget total est de 96 000 euros hors salaires sur deux ans. J'attends de la direction trois "
            "décisions en janvier : l'ouverture des trois postes, le budget de formation et le rattachement du pôle "
            "à la direction commerciale plutôt qu'à l'après-vente."]),
        "strategy-context": dict(status="ok", text=[
            "Beauce Agri-Services est un distributeur familial de machines agricoles : onze concessions entre Dreux, "
            "Châteaudun et Pithiviers, 240 salariés, 112 millions d'euros de chiffre d'affaires en 2025. La vente de "
            "tracteurs neufs baisse depuis trois ans, avec les prix des céréales, alors que le parc installé n'a "
            "jamais été aussi équipé : 1 900 tracteurs de nos clients envoient déjà leurs données au constructeur. "
            "Le plan stratégique 2026-2030 fait des services le relais de croissance : l'objectif est que les "
            "contrats d'entretien et de services connectés pèsent 18 % de la marge en 2030, contre 7 % aujourd'hui.",
            "Le pôle données est né en 2021 presque par accident, autour de Sandrine, technicienne d'atelier "
            "passionnée de guidage GPS. Il compte aujourd'hui quatre personnes rattachées à l'après-vente : "
            "Sandrine, deux techniciens support et moi-même depuis 2024. Les entretiens annuels de l'automne "
            "montrent une équipe compétente mais épuisée : 70 % du temps part en assistance téléphonique au moment "
            "des semis, personne n'a le temps d'analyser les données, et les deux techniciens support se sentent "
            "sans perspective. Les compétences d'analyse de données et de conseil agronomique manquent "
            "complètement, alors que ce sont celles que les agriculteurs sont prêts à payer. Nous n'avons ni "
            "budget de recrutement prévu ni habitude de former aux métiers de la donnée.",
            "Le marché ne nous attendra pas : deux concurrents du Loiret proposent déjà un suivi à distance, et le "
            "constructeur lui-même commence à démarcher nos clients en direct. Si nous ne construisons pas cette "
            "équipe en deux ans, les données de nos propres clients seront exploitées par d'autres."]),
        "people-review": dict(status="ok", tables=[[
            ["Sandrine L.", "technicienne guidage et télémétrie", "consoles, signaux RTK, diagnostic à distance",
             "très bonne maîtrise, surchargée au printemps", "transmettre, moins d'astreinte", "élevé"],
            ["Maxime D.", "technicien support", "dépannage téléphonique, paramétrage",
             "fiable, peu autonome sur les cas complexes", "monter en compétence sur les données", "moyen à élevé"],
            ["Inès R.", "technicienne support", "relation client, formation des chauffeurs",
             "excellente avec les clients", "aller vers le conseil", "élevé"],
            ["Thibault M.", "responsable du pôle", "gestion de projet, tableurs, contrats",
             "première année de management réussie", "construire l'équipe", "élevé"]]]),
        "key-functions": dict(status="ok", text=[
            "Trois fonctions manquent pour vendre et tenir les contrats de services connectés ; une quatrième peut "
            "venir de l'intérieur du réseau."],
            tables=[[
                ["Data analyst agronomique", "transformer les cartes de rendement en conseils payants", "mars 2027",
                 "agronome avec une pratique de Python ou R", "recrutement externe"],
                ["Technicien de télémaintenance", "surveiller 600 tracteurs à distance et prévenir les pannes",
                 "septembre 2027", "mécanicien agricole à l'aise avec le numérique", "mobilité interne (atelier de Bonneval)"],
                ["Chargé de relation clients connectés", "vendre et renouveler les contrats", "janvier 2028",
                 "technico-commercial issu du monde agricole", "recrutement externe"],
                ["Second data analyst", "suivre la croissance du portefeuille", "janvier 2029",
                 "profil junior, alternance possible", "recrutement externe"]]]),
        "onboarding": dict(status="ok", retitle="Accueillir les nouveaux : notre parcours", text=[
            "Dans notre réseau, un nouveau arrive souvent un lundi matin dans une concession où personne ne "
            "l'attend vraiment. Pour le pôle, je veux l'inverse : un poste prêt, un parrain désigné et trois mois "
            "organisés à l'avance. Chaque nouvel arrivant reçoit avant son premier jour son contrat, le livret "
            "d'accueil et ses accès au portail du constructeur, qui demande deux semaines de délai.",
            "Le premier mois se passe en grande partie hors du bureau : une semaine en atelier à Bonneval, deux "
            "journées en cabine avec un chauffeur pendant les travaux de saison, une visite de trois exploitations "
            "clientes avec Inès. Un agronome ou un analyste qui n'a jamais vu une console planter en plein champ ne "
            "comprendra pas les appels des clients. Sandrine parraine les profils techniques, Inès les profils "
            "commerciaux. À trente, soixante et quatre-vingt-dix jours, je fais un point écrit avec la personne et "
            "son parrain ; le rapport d'étonnement du troisième mois est présenté à toute l'équipe et nous en "
            "retenons au moins une idée."]),
        "onboarding-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "contrat, DPAE, mutuelle, accès au portail constructeur", "poste et ordinateur prêts",
             "présentation par mail à l'équipe et aux chefs d'atelier", "RH et Thibault", "dossier complet"],
            [None, "livret d'accueil, règles de sécurité atelier", "visite du siège de Chartres",
             "déjeuner avec le pôle", "Thibault", "accès testés"],
            [None, "habilitations, EPI", "semaine en atelier à Bonneval", "binôme avec le parrain",
             "parrain", "carnet de découverte"],
            [None, "point sur la période d'essai", "premiers dossiers clients en autonomie",
             "visite de trois exploitations", "Thibault et parrain", "entretien écrit"],
            [None, "accès complets aux données clients", "astreinte de printemps en doublon",
             "présentation d'un cas client à l'équipe", "parrain", "entretien écrit"],
            [None, "fin de période d'essai", "portefeuille ou secteur attribué",
             "rapport d'étonnement", "Thibault et RH", "bilan et objectifs de l'année"]]]),
        "training-needs": dict(status="thin", text=[
            "L'équipe actuelle doit apprendre à analyser des données, pas seulement à dépanner. Les nouveaux "
            "doivent connaître nos machines et nos clients.",
            "La contrainte est la saison : aucune formation entre mars et juin ni pendant la moisson. Nous "
            "utiliserons le plan de développement des compétences et l'OPCO."]),
        "training-plan": dict(status="ok", tables=[[
            ["Maxime et Inès", "lire et exploiter des cartes de rendement", "produire un conseil de modulation seul",
             "formation courte en présentiel", "chambre d'agriculture d'Eure-et-Loir", "3 600 €", "novembre 2027"],
            ["Sandrine", "transmettre son savoir sur le guidage", "animer les formations internes",
             "formation de formateur", "AFPA Chartres", "2 100 €", "décembre 2026"],
            ["Tout le pôle", "bases de l'analyse de données", "construire un tableau de bord sans aide",
             "parcours en ligne et ateliers internes", "organisme certifié Qualiopi", "6 400 €", "hiver 2027"],
            ["Technicien de télémaintenance", "diagnostic à distance constructeur", "certification constructeur niveau 2",
             "stage chez le constructeur", "constructeur", "4 800 €", "automne 2027"],
            ["Thibault", "manager une équipe qui double", "tenir les entretiens et déléguer",
             "cycle management de proximité", "CCI Centre-Val de Loire", "3 200 €", "2027"]]]),
        "career-plan": dict(status="ok", tables=[[
            ["Sandrine L.", "moins d'astreinte, transmettre", "référente technique et formatrice interne",
             "formation de formateur, astreinte partagée", "court terme", "entretien tous les six mois"],
            ["Maxime D.", "monter en compétence sur les données", "technicien données junior",
             "parcours d'analyse, binôme avec le data analyst", "moyen terme", "point trimestriel"],
            ["Inès R.", "aller vers le conseil", "conseillère services connectés",
             "formation cartes de rendement, rendez-vous clients avec le commercial", "moyen terme", "entretien annuel"]]]),
        "team-vision": dict(status="ok", retitle="Où va le pôle d'ici 2029 ?", text=[
            "En 2029, je vois le pôle comme une petite équipe de huit personnes qui vend du conseil et non plus "
            "seulement du dépannage. Les agriculteurs nous appellent aujourd'hui quand leur console ne capte plus le "
            "signal ; demain, c'est nous qui les appellerons, parce qu'un capteur de pression hydraulique dérive ou "
            "parce que la carte de rendement montre une zone qui perd dix quintaux chaque année.",
            "Pour y arriver, l'équipe s'organise en deux cellules. La cellule technique, autour de Sandrine, "
            "regroupe la télémaintenance et le support, avec une astreinte partagée entre trois personnes au lieu "
            "d'une. La cellule conseil, autour du data analyst et d'Inès, prépare les bilans de campagne et les "
            "recommandations vendues avec le contrat. Le pôle quitte l'après-vente pour la direction commerciale, "
            "parce que son travail est désormais de vendre et de renouveler des contrats.",
            "Je tiens aussi à ce que le pôle reste proche des concessions. Chaque membre sera référent de deux ou "
            "trois sites et y passera une journée par mois. Le risque d'une équipe de données est de devenir un "
            "service de siège que les mécaniciens ne connaissent pas ; or ce sont eux qui voient les tracteurs et "
            "qui nous apporteront une bonne partie des clients.",
            "Enfin, le pôle devra rester un endroit où l'on apprend. Chaque année, chacun choisira un sujet qu'il "
            "pilote de bout en bout, du test chez un client jusqu'à la présentation en réunion des chefs de site."]),
        "target-organisation": dict(status="ok",
                                    image=["Aujourd'hui : 4 au SAV", "Responsable du pôle", "Cellule technique (4)",
                                           "Cellule conseil (3)"],
                                    caption="Le pôle aujourd'hui, rattaché à l'après-vente, et demain, en deux cellules "
                                            "sous la direction commerciale."),
        "budget-timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "7 000 €", "9 500 €", "16 500 €"],
            [None, "3 500 €", "6 000 €", "9 500 €"],
            [None, "14 500 €", "23 500 €", "38 000 €"],
            [None, "2 000 €", "8 000 €", "10 000 €"],
            [None, "9 000 €", "13 000 €", "22 000 €"],
            [None, "-6 000 €", "-9 000 €", "-15 000 €"],
            [None, "30 000 €", "51 000 €", "81 000 €"]]]),
        "timeline": dict(status="ok", skip_cols=1, retitle="Le calendrier", keep_bookmark=True, tables=[[
            [None, "offre du data analyst", "arrivée du data analyst", "mobilité du technicien", "", "chargé de relation clients"],
            [None, "", "parcours du data analyst", "parcours du technicien", "bilan des deux parcours", "second data analyst"],
            [None, "formation de formateur", "pas de formation (semis)", "certification constructeur", "cartes de rendement", "management"],
            [None, "", "Sandrine référente", "", "Maxime technicien données", "Inès conseillère"],
            [None, "réunion d'équipe du lundi", "", "entretiens de mi-année", "entretiens annuels", "séminaire du pôle"]]]),
        "hr-indicators": dict(status="missing"),
    },
)
