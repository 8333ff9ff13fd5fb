from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the five municipal health centres of Villeurbanne (74 staff, 41 000 consultations a year) replace
    their patient-record software before the old one loses support in June 2027; the project officer writes how
    the project's risks are handled. The authors' own headings, numbered with Roman numerals at level 1: the
    aims, how risks were found (interviews, a workshop, the last migration's report), the register as a table,
    the map of risks as a prose reading and a 3 x 3 grid table. No scale anywhere says what a probability or an
    impact of 1, 2 or 3 means: the grid's rows and columns are only named low, medium, high (rating scales
    missing). A level-2 heading "Signaux d'alerte" under the map has
    nothing under it (trigger indicators empty). The general response approach and the plans for the four major
    risks are merged under one heading, prose then a table. An extra closing part of their own on what the policy
    leaves out.""",
    title="Centres municipaux de santé de Villeurbanne – nouveau dossier patient : notre politique de risques",
    cover=["Étude de cas 1 – politique de gestion des risques", "Nadia Chérif et Paul Vasseur – décembre 2026"],
    blocks=[
        H(1, "I. Pourquoi cette politique, et jusqu'où elle va", {"policy-objectives": "ok"}),
        P("Les cinq centres municipaux de santé de Villeurbanne accueillent chaque année 41 000 consultations de "
          "médecine générale, de soins infirmiers, de dentaire et de kinésithérapie. Leur logiciel de dossier "
          "patient, installé en 2011, ne sera plus maintenu par son éditeur après juin 2027. La Ville a choisi un "
          "nouvel outil hébergé chez un hébergeur de données de santé agréé ; la bascule des dossiers de 28 000 "
          "patients est prévue entre mars et mai 2027, centre par centre."),
        P("Cette politique a un but simple : qu'aucun patient ne soit mal soigné parce que son dossier a changé de "
          "logiciel, et que les centres ne ferment pas un seul jour. Elle couvre le projet de migration du "
          "lancement jusqu'à trois mois après la bascule du dernier centre : reprise des données, formation des "
          "74 agents, matériel, interfaces avec les laboratoires et l'Assurance maladie. Elle ne couvre pas la "
          "sécurité informatique générale de la Ville, qui a sa propre politique, ni les risques médicaux "
          "ordinaires des consultations. Elle est validée par l'adjointe à la santé et revue à chaque comité."),
        H(1, "II. Comment nous avons débusqué les risques", {"identification-method": "ok"}),
        P("Nous n'avons pas voulu dresser seuls une liste en chambre. Entre septembre et novembre 2026, nous avons "
          "mené quatorze entretiens d'une demi-heure : un médecin, une infirmière, un dentiste et une secrétaire "
          "médicale par centre pour trois des cinq centres, plus le responsable informatique de la Ville et le "
          "chef de projet de l'éditeur."),
        P("Nous avons ensuite animé un atelier de deux heures avec douze participants, où chacun devait compléter "
          "la phrase « Le jour de la bascule, ce qui me fait le plus peur, c'est... ». Cinquante-trois idées sont "
          "sorties, que nous avons regroupées en quatorze risques. Nous avons aussi relu le bilan de la migration "
          "du logiciel de la PMI en 2023, qui avait perdu les allergies de 300 dossiers. Enfin, chaque risque a "
          "reçu une note de probabilité et une note d'impact, discutées en atelier plutôt qu'imposées, et un "
          "responsable nommé."),
        H(1, "III. Le registre", {"risk-register": "ok"}),
        T([["N°", "Risque", "Cause", "P", "I", "Score", "Responsable"],
           ["R1", "Données médicales perdues ou déformées à la reprise",
            "champs libres mal reconnus, encodage ancien", "2", "3", "6", "Paul Vasseur"],
           ["R2", "Agents pas à l'aise le jour de la bascule", "formation trop tôt ou trop courte", "3", "2", "6",
            "Nadia Chérif"],
           ["R3", "Résultats de laboratoire qui n'arrivent plus", "interface non testée avec les deux labos", "2",
            "3", "6", "éditeur"],
           ["R4", "Retard de l'éditeur sur la reprise", "équipe de l'éditeur prise par d'autres clients", "2", "2",
            "4", "Paul Vasseur"],
           ["R5", "Files d'attente à l'accueil", "saisie plus lente les premières semaines", "3", "1", "3",
            "directrices de centre"],
           ["R6", "Panne de l'accès internet d'un centre", "un seul accès par site", "1", "3", "3",
            "informatique de la Ville"],
           ["R7", "Refus du changement par certains médecins", "habitudes de quinze ans", "2", "1", "2",
            "médecin coordinateur"]]),
        H(1, "IV. Vue d'ensemble : la carte des risques", {"risk-matrix": "ok"}),
        P("Placés sur une grille probabilité × impact, les risques se concentrent en haut à droite pour trois "
          "d'entre eux : la perte de données, l'aisance des agents et les résultats de laboratoire. Ce sont eux "
          "qui reçoivent un plan détaillé et un suivi hebdomadaire. Le retard de l'éditeur est au milieu de la "
          "grille, surveillé chaque mois. Les files d'attente et la panne internet sont dans des coins opposés, "
          "l'une probable mais bénigne, l'autre rare mais grave ; nous les traitons quand même, parce qu'un centre "
          "sans réseau ne peut plus ouvrir un seul dossier."),
        T([["Probabilité / impact", "faible", "moyen", "fort"],
           ["forte", "R5", "R2", ""],
           ["moyenne", "R7", "R4", "R1, R3"],
           ["faible", "", "", "R6"]]),
        H(2, "Signaux d'alerte", {"trigger-indicators": "empty"}),
        H(1, "V. Que faisons-nous face à chaque risque ?", {"response-strategy": "ok", "response-plans": "ok"}),
        P("Notre règle est de réduire plutôt que de subir : pour chaque risque dont le score atteint 4, une action "
          "préventive est engagée avant la bascule, et une réponse de repli est écrite à l'avance pour le jour où "
          "le risque se produirait quand même. Nous n'acceptons sans action que les risques de score inférieur ou "
          "égal à 2, qui sont seulement suivis."),
        P("Nous avons aussi choisi de transférer ce qui peut l'être : le contrat avec l'éditeur prévoit des "
          "pénalités de retard et l'obligation de fournir un rapport de contrôle de chaque lot de dossiers repris. "
          "Nous n'évitons qu'un risque, en renonçant à une bascule des cinq centres le même week-end : le passage "
          "centre par centre coûte six semaines de plus mais limite les dégâts à un site. Enfin, le centre "
          "Grandclément, le plus petit, passe en premier et sert de pilote : ce qui casse là-bas est réparé avant "
          "les autres."),
        T([["Risque", "Avant la bascule", "Si cela arrive quand même", "Qui décide"],
           ["R1 données", "reprise à blanc complète en février, 200 dossiers comparés à la main",
            "retour à l'ancien logiciel en lecture seule, ressaisie des dossiers touchés", "Paul Vasseur"],
           ["R2 agents", "formation deux semaines avant la bascule, référent formé dans chaque centre",
            "formateur de l'éditeur présent trois jours sur place", "Nadia Chérif"],
           ["R3 laboratoires", "tests avec les deux laboratoires sur des patients fictifs",
            "résultats reçus par messagerie sécurisée et classés à la main", "éditeur"],
           ["R4 retard", "jalons mensuels dans le contrat, pénalités", "report d'un centre, jamais des cinq",
            "comité de projet"]]),
        H(1, "VI. Qui surveille, et quand", {"monitoring-governance": "ok"}),
        P("Le comité de projet se réunit le premier lundi de chaque mois : l'adjointe à la santé, la directrice "
          "des centres, le médecin coordinateur, le responsable informatique de la Ville, le chef de projet de "
          "l'éditeur et nous deux. Il passe le registre en revue, ligne par ligne, et décide de relever ou "
          "d'abaisser une note. Entre deux comités, Paul tient le registre à jour dans un tableur partagé et tout "
          "agent peut y signaler un nouveau risque par un simple formulaire."),
        P("De mars à mai 2027, pendant les bascules, le rythme change : un point de quinze minutes chaque matin à "
          "8 h avec le référent du centre concerné, et une cellule joignable par téléphone pendant toutes les "
          "heures d'ouverture. Trois mois après la dernière bascule, nous présenterons au conseil municipal un "
          "bilan des risques survenus, de ce qu'ils ont coûté et de ce que nous referions autrement."),
        H(1, "VII. Ce que cette politique laisse de côté", {}),
        P("Deux sujets relèvent d'autres services : la protection des données de santé au sens du RGPD, suivie par "
          "la déléguée à la protection des données de la Ville, et le budget du projet, voté en juin 2026."),
    ],
    missing=["rating-scales"],
)
