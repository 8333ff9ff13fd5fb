from _common import *

DOC = dict(
    deliverable="management-plan",
    path="pandoc",
    language="fr",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, French: Terres d'Orge, a craft malting company of 46 people near Reims, builds a quality and data
    team of six. The authors' own numbered headings, some in UPPER CASE; no review of the current people
    (deleted: missing); budget and calendar under one heading (merged); tables for the posts, the onboarding
    path, the training plan, career steps, the budget and the indicators; an org chart picture.""",
    title="Terres d'Orge – plan de management de l'équipe qualité et données",
    cover=["Étude de cas n° 3", "Claire Hubert, responsable qualité – novembre 2026"],
    blocks=[
        H(1, "1. L'ESSENTIEL", {"executive-summary": "ok"}),
        P("Terres d'Orge transforme chaque année 18 000 tonnes d'orge champenoise en malt pour 240 brasseries "
          "artisanales. Nos clients exigent désormais une traçabilité lot par lot et des analyses publiées en "
          "ligne, ce que notre laboratoire de deux personnes ne peut plus fournir. Ce plan crée, entre 2027 et "
          "2028, une équipe qualité et données de six personnes : trois recrutements, un parcours d'arrivée de "
          "trois mois, 41 000 euros de formation et une évolution pour chacun des deux techniciens actuels. Le "
          "coût total est de 312 000 euros sur deux ans, financé pour moitié par la hausse de prix de 4 % "
          "acceptée par nos dix premiers clients en échange d'un portail de traçabilité."),
        P("Le risque principal est la relève de notre technicien le plus ancien : le plan lui donne du temps pour transmettre ce qu'il sait, et nous suivrons chaque semestre quatre indicateurs simples."),
        H(1, "2. Où en est la malterie ?", {"strategy-context": "ok"}),
        P("Fondée en 1962 par trois coopérateurs, la malterie est restée une entreprise familiale. Elle emploie 46 "
          "personnes, dont 31 en production sur trois équipes, et réalise 11,8 millions d'euros de chiffre "
          "d'affaires. Sa stratégie pour 2030, votée par le conseil de surveillance en juin, tient en trois "
          "priorités : vendre 30 % de malts spéciaux au lieu de 12 %, ouvrir l'export vers la Belgique et le "
          "Royaume-Uni, et prouver l'origine et la qualité de chaque sac, lot par lot, à des brasseurs qui "
          "comparent leurs fournisseurs sur internet."),
        P("La qualité repose aujourd'hui sur le laboratoire : Sébastien, technicien depuis 19 ans, et Amandine, "
          "arrivée en alternance puis embauchée il y a deux ans. Ils mesurent l'humidité, la germination et la "
          "couleur, et notent tout dans un tableur partagé. Personne ne relie ces mesures aux données des "
          "germoirs et des tourailles, qui restent enfermées dans l'automate. Les certificats d'analyse sont "
          "tapés à la main, avec trois erreurs signalées par des clients en 2026. Sébastien partira à la retraite "
          "fin 2029 : son savoir sur le comportement des orges, qu'aucun document ne contient, est le premier "
          "risque de ce plan."),
        P("Le reste de l'entreprise a déjà bougé : la production a installé de nouveaux capteurs sur les germoirs en 2025 et les commerciaux utilisent un outil de gestion de la relation client depuis l'an dernier. La qualité est le dernier service à fonctionner comme il y a vingt ans."),
        H(1, "3. LES POSTES À POURVOIR D'ICI 2028", {"key-functions": "ok"}),
        P("Nous avons retenu trois fonctions, dans l'ordre où elles débloquent la stratégie. La traçabilité passe "
          "d'abord, parce que nos clients l'ont demandée par écrit ; les malts spéciaux suivent, car ils exigent "
          "des essais que le laboratoire actuel n'a pas le temps de mener."),
        T([["Fonction", "Pourquoi", "Arrivée", "Profil"],
           ["Responsable données qualité", "relier laboratoire, automates et portail client", "mars 2027",
            "ingénieur(e) données, goût pour l'industrie"],
           ["Technicien(ne) de laboratoire", "absorber la hausse des analyses et préparer la relève", "juin 2027",
            "BTS bioanalyses, alternance possible"],
           ["Chargé(e) d'essais malts spéciaux", "mettre au point 6 nouveaux malts par an", "janvier 2028",
            "ingénieur(e) agronome ou brasseur expérimenté"]]),
        H(1, "4. Bien accueillir les nouveaux", {"onboarding": "ok"}),
        P("Une malterie impressionne : bruit, poussière, règles de sécurité strictes autour des silos. Nos deux "
          "derniers embauchés en production sont partis avant la fin de leur période d'essai, et tous deux ont "
          "dit s'être sentis seuls la première semaine. Nous voulons donc que chaque nouvelle personne de "
          "l'équipe trouve, le premier jour, son poste prêt, ses accès ouverts et une personne chargée de "
          "l'accompagner."),
        P("Avant l'arrivée, les ressources humaines envoient le contrat, la mutuelle et le livret d'accueil, et "
          "commandent les équipements de protection. Le premier jour, je reçois moi-même la personne, nous "
          "faisons le tour du site avec le chef de production et elle suit la formation sécurité silos. Chaque "
          "nouveau a un parrain ou une marraine qui n'est pas son responsable : Sébastien pour les techniciens, "
          "le responsable informatique pour le poste données. Un déjeuner d'équipe est prévu le premier "
          "vendredi, et un point à trois, avec le parrain, chaque fin de mois jusqu'à la fin de la période "
          "d'essai. Au bout de trois mois, la personne nous dit ce qui l'a aidée et ce qui a manqué, et nous corrigeons le parcours pour le suivant."),
        H(2, "4.1 Le parcours des trois premiers mois", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["J-15", "contrat, équipements, accès informatiques, livret", "RH, informatique"],
           ["J1", "accueil, visite, formation sécurité silos", "Claire, chef de production"],
           ["Semaine 1", "une journée dans chaque atelier : réception, germination, touraille", "chefs d'équipe"],
           ["Mois 1", "premières analyses en binôme, premier point à trois", "parrain ou marraine"],
           ["Mois 3", "bilan de période d'essai, objectifs des six mois suivants", "Claire"]]),
        H(1, "5. Former l'équipe", {"training-needs": "ok"}),
        P("Les besoins viennent de la stratégie et de ce que les personnes nous ont dit lors des entretiens "
          "annuels. Sébastien veut transmettre, mais ne sait pas comment s'y prendre ; Amandine souhaite "
          "maîtriser les statistiques pour interpréter les séries d'analyses ; tous deux redoutent le futur "
          "système d'information du laboratoire, qu'ils n'ont jamais utilisé. Les nouveaux arrivants auront "
          "besoin de connaître le maltage, qui ne s'apprend dans aucune école d'ingénieurs."),
        P("Nous privilégions des formations courtes et proches du travail : l'Institut français des boissons, "
          "de la brasserie et de la malterie pour le métier, un organisme rémois pour les statistiques, et "
          "l'éditeur du logiciel de laboratoire pour son usage. La contrainte principale est la récolte : "
          "aucune formation de fin juillet à fin septembre, quand le laboratoire tourne sept jours sur sept."),
        P("Le responsable données, enfin, devra comprendre le fonctionnement des automates de la malterie sans en devenir le technicien. Deux journées avec notre intégrateur suffiront, complétées par une semaine en production pendant son parcours d'arrivée. Nous ferons le point sur ces besoins à chaque entretien annuel, pour que le plan suive ce que vivent les personnes."),
        H(2, "5.1 PLAN DE FORMATION 2027", {"training-plan": "ok"}),
        T([["Qui", "Formation", "Organisme", "Quand", "Coût"],
           ["Sébastien", "transmettre son savoir-faire (tuteur)", "AFPA Reims", "février", "1 800 €"],
           ["Amandine", "statistiques appliquées au contrôle qualité", "organisme rémois", "mars-avril", "3 200 €"],
           ["Toute l'équipe", "logiciel de gestion du laboratoire", "éditeur", "mai", "6 500 €"],
           ["Nouveaux arrivants", "technologie du maltage", "IFBM Nancy", "octobre", "4 400 € par personne"]]),
        H(2, "5.2 Faire grandir chacun", {"career-plan": "ok"}),
        T([["Personne", "Aujourd'hui", "Dans deux ans", "Comment"],
           ["Sébastien", "technicien senior", "référent métier et tuteur jusqu'à sa retraite", "temps de tutorat reconnu, 20 %"],
           ["Amandine", "technicienne", "responsable du laboratoire", "statistiques, encadrement du nouveau technicien"],
           ["Responsable données", "à recruter", "pilote du portail client", "budget outils, lien avec les clients"]]),
        H(1, "6. NOTRE ÉQUIPE EN 2029", {"team-vision": "ok"}),
        P("Dans trois ans, la qualité n'est plus un laboratoire au fond de la malterie, c'est une équipe que nos "
          "clients connaissent. Chaque brasseur qui reçoit un sac scanne son étiquette et voit l'origine de "
          "l'orge, la courbe de touraille et les analyses du lot. Les malts spéciaux sont mis au point avec les "
          "brasseurs eux-mêmes, lors d'essais que l'équipe organise quatre fois par an."),
        P("L'équipe compte six personnes : Amandine dirige le laboratoire avec deux techniciens, le responsable "
          "données tient le portail, la chargée d'essais travaille avec les commerciaux, et Sébastien, avant son "
          "départ, a formé tout le monde et rédigé avec eux un guide des orges difficiles. Nous voulons une "
          "équipe où l'on parle de la même chose avec les mêmes chiffres, où chacun sait qui décide quoi, et "
          "où les erreurs sont signalées sans crainte, parce qu'une erreur sur un certificat coûte plus cher "
          "qu'un retard. Je mesurerai cette ambiance avec une courte enquête anonyme deux fois par an."),
        P("Mon propre rôle change aussi. Aujourd'hui je contrôle les certificats un par un ; demain je fixerai les priorités, je défendrai le budget de l'équipe devant la direction et je passerai plus de temps avec les clients. Chaque membre de l'équipe aura des objectifs écrits, revus tous les six mois, et la possibilité de proposer un essai ou un outil par an, financé sur un petit budget d'initiative."),
        H(2, "6.1 Organigrammes", {"target-organisation": "ok"}),
        Img(["Claire Hubert", "Laboratoire (Amandine + 2)", "Données (1)", "Essais (1)"],
            "L'équipe qualité et données cible, fin 2028"),
        H(1, "7. BUDGET ET CALENDRIER", {"budget-timeline": "ok", "timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028"],
           ["Salaires chargés des trois recrutements", "118 000 €", "142 000 €"],
           ["Formation", "23 000 €", "18 000 €"],
           ["Recrutement (annonces, cabinet)", "7 000 €", "4 000 €"],
           ["Total", "148 000 €", "164 000 €"]]),
        P("Le calendrier suit la stratégie : responsable données en mars 2027, portail client ouvert en "
          "septembre 2027 après la récolte, technicien en juin 2027, chargée d'essais en janvier 2028, et "
          "premier guide des orges rédigé avant la fin de 2028."),
        H(1, "8. Suivre le plan", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible fin 2028"],
           ["Nouveaux restés après la période d'essai", "0 sur 2", "3 sur 3"],
           ["Erreurs de certificat signalées par les clients", "3 par an", "0"],
           ["Heures de formation par personne", "6 h", "35 h"],
           ["Score de l'enquête d'ambiance", "non mesuré", "4 sur 5"]]),
    ],
    missing=["people-review"],
)
