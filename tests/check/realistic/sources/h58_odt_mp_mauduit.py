from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: a Normandy road haulier builds its first data and digital team and
    plans its recruitment, onboarding and training. The authors' own headings; the people review, key roles,
    onboarding, training, careers, budget and indicators are tables. Budget and calendar share one heading and one
    table (merged). The training needs fit in a short paragraph (thin). No organisation chart anywhere
    (missing).""",
    title="Transports Mauduit – bâtir l'équipe données et numérique",
    cover=["Étude de cas 3 – plan de management", "Lucie Vasseur – Web School Factory, promotion 2026"],
    blocks=[
        H(1, "En bref", {"executive-summary": "ok"}),
        P("Transports Mauduit, transporteur routier installé à Évreux, fait rouler 210 camions et emploie 460 "
          "personnes. Ses clients de la grande distribution exigent désormais un suivi des livraisons en temps réel "
          "et des rapports d'émissions de CO2 par trajet. Aujourd'hui, deux informaticiens maintiennent un logiciel "
          "d'exploitation vieux de quinze ans et personne ne sait exploiter les données des boîtiers embarqués."),
        P("Ce plan décrit comment passer, d'ici fin 2028, de ces deux personnes à une équipe données et numérique "
          "de sept personnes rattachée à la direction des opérations. Nous recrutons quatre profils, nous faisons "
          "évoluer un exploitant vers le rôle de responsable produit, nous formons les deux informaticiens en "
          "place et nous organisons l'arrivée de chacun pour qu'il soit utile aux agences dès son troisième mois. "
          "Le coût total est de 707 000 euros sur trois ans, dont 74 000 euros de formation."),
        H(1, "1. Où en est l'entreprise ?", {"strategy-context": "ok"}),
        P("Le plan stratégique « Mauduit 2030 », voté par le conseil de famille en mars 2026, fixe trois "
          "priorités : garder les quatre clients qui font 55 % du chiffre d'affaires, réduire de 15 % le "
          "carburant consommé par tonne transportée et ouvrir une activité de logistique urbaine à Rouen. Les "
          "trois demandent des données fiables : les clients veulent voir leurs palettes sur une carte, la baisse "
          "de carburant passe par l'analyse de la conduite, et la logistique urbaine par l'optimisation des "
          "tournées."),
        P("L'informatique compte aujourd'hui deux personnes, Patrick et Samia, rattachées au directeur "
          "administratif et financier. Ils assurent le parc de 300 postes, la téléphonie et le logiciel "
          "d'exploitation, et n'ont ouvert aucun projet nouveau depuis 2022. Les exploitants des six agences "
          "bricolent leurs propres tableaux sur tableur ; certains sont excellents, comme ceux de Romain à "
          "l'agence de Louviers, mais rien n'est partagé. Les boîtiers installés dans les camions depuis 2023 "
          "produisent chaque jour des millions de points de position que personne ne lit."),
        P("La contrainte principale est le marché de l'emploi : un ingénieur données se recrute difficilement à "
          "Évreux, et l'entreprise n'a pas de marque employeur dans ce domaine. Le plan mise donc autant sur la "
          "promotion interne et la formation que sur le recrutement, et accepte deux jours de télétravail par "
          "semaine pour élargir la recherche à Rouen et à l'ouest parisien."),
        H(2, "1.1 Qui est déjà là", {"people-review": "ok"}),
        T([["Personne", "Poste actuel", "Points forts", "Potentiel"],
           ["Patrick D.", "administrateur systèmes", "connaît tout le parc et le réseau des agences",
            "reste sur l'infrastructure, devient référent sécurité"],
           ["Samia K.", "développeuse du logiciel d'exploitation", "maîtrise la base de données métier",
            "évolue vers l'ingénierie des données"],
           ["Romain T.", "exploitant à Louviers", "tableaux de suivi très suivis par ses collègues",
            "responsable produit après formation"]]),
        H(1, "2. Les postes à ouvrir d'ici 2028", {"key-functions": "ok"}),
        P("Nous avons retenu les rôles sans lesquels les trois priorités du plan stratégique ne peuvent pas "
          "avancer. L'ordre d'arrivée suit les échéances des clients : le suivi en temps réel est promis pour "
          "septembre 2027, l'analyse du carburant pour 2028."),
        T([["Rôle", "Pourquoi", "Arrivée", "Recrutement ou interne"],
           ["Responsable de l'équipe données et numérique", "porter la feuille de route et arbitrer avec les agences",
            "janvier 2027", "recrutement externe"],
           ["Ingénieur données", "collecter et fiabiliser les positions des boîtiers", "avril 2027",
            "recrutement externe"],
           ["Responsable produit suivi client", "traduire les demandes des clients en fonctionnalités",
            "avril 2027", "Romain, après formation"],
           ["Développeur web", "construire le portail de suivi pour les clients", "juin 2027", "recrutement externe"],
           ["Analyste conduite et carburant", "exploiter les données de conduite avec les formateurs",
            "janvier 2028", "alternance puis embauche"]]),
        H(1, "3. Bien accueillir les nouveaux", {"onboarding": "ok"}),
        P("Une personne qui arrive dans un transporteur sans connaître le métier se perd vite : le vocabulaire, "
          "les horaires décalés et la pression des agences surprennent. Nous préparons donc chaque arrivée bien "
          "avant le premier jour. Le contrat, la mutuelle, le badge, l'ordinateur et les accès sont prêts la "
          "veille ; la responsable des ressources humaines envoie une semaine avant un livret qui présente "
          "l'entreprise, les agences et les noms des interlocuteurs."),
        P("La première semaine se passe en grande partie hors du bureau : une journée en cabine avec un "
          "conducteur, une nuit au quai de Louviers, une demi-journée avec un exploitant. Chaque nouvel arrivant "
          "a un parrain hors de l'équipe, choisi parmi les exploitants, qu'il retrouve chaque semaine pendant "
          "trois mois. Son responsable fixe avec lui deux ou trois objectifs concrets pour la fin du troisième "
          "mois, et un point d'étonnement au bout d'un mois permet de corriger ce qui ne va pas. Nous voulons "
          "que chacun livre quelque chose de visible pour une agence avant la fin de sa période d'essai."),
        H(2, "Les 90 premiers jours", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["une semaine avant", "livret d'accueil, matériel et accès préparés", "ressources humaines, Patrick"],
           ["jour 1", "accueil par le directeur des opérations, visite du site d'Évreux", "responsable de l'équipe"],
           ["semaine 1", "journée en cabine, nuit au quai, demi-journée en exploitation", "parrain"],
           ["fin du mois 1", "point d'étonnement", "responsable de l'équipe, ressources humaines"],
           ["fin du mois 3", "bilan des objectifs et de la période d'essai", "responsable de l'équipe"]]),
        H(1, "4. Compétences à faire grandir", {"training-needs": "thin"}),
        P("Samia doit apprendre les outils de traitement de données en flux et Romain la gestion de produit. "
          "Les exploitants des agences, eux, ont besoin de savoir lire les nouveaux tableaux de bord. Les "
          "formations se font sur le temps de travail, hors périodes de pointe."),
        H(2, "Programme de formation", {"training-plan": "ok"}),
        T([["Qui", "Formation", "Format", "Coût"],
           ["Samia K.", "ingénierie des données, traitement en flux", "certifiant, 12 jours en ligne", "9 800 €"],
           ["Romain T.", "responsable produit", "cursus de 15 jours à Paris", "11 500 €"],
           ["Patrick D.", "sécurité des systèmes", "8 jours, organisme rouennais", "6 200 €"],
           ["42 exploitants", "lecture des tableaux de bord", "ateliers internes de 3 heures", "temps interne"]]),
        H(2, "Parcours et évolutions", {"career-plan": "ok"}),
        T([["Personne", "Aujourd'hui", "Dans deux ans", "Ce qui l'y mène"],
           ["Samia K.", "développeuse", "ingénieure données confirmée", "formation certifiante, binôme avec la recrue"],
           ["Romain T.", "exploitant", "responsable produit suivi client", "cursus et six mois d'accompagnement"],
           ["Alternant analyste", "étudiant en master", "analyste en CDI", "embauche à la fin du contrat"]]),
        H(1, "5. L'équipe que nous voulons en 2029", {"team-vision": "ok"}),
        P("Dans trois ans, nous voulons une équipe de sept personnes que les agences appellent d'elles-mêmes "
          "quand elles ont un problème à résoudre, et non un service qui impose des outils. Elle dépendra du "
          "directeur des opérations et non plus de la finance, parce que son travail sert d'abord le transport. "
          "Chaque agence aura un correspondant dans l'équipe, et chaque projet démarrera par une semaine sur le "
          "terrain."),
        P("Nous voulons aussi une équipe qui garde ses gens. Les profils de données sont très sollicités et un "
          "départ coûterait six mois de travail. Nous misons sur trois choses : des projets qui ont un effet "
          "visible sur les camions et les clients, une vraie place pour la promotion interne, comme pour Samia "
          "et Romain, et des conditions claires sur le télétravail et la formation continue. Chaque membre aura "
          "cinq jours de formation par an au minimum."),
        P("Enfin, l'équipe doit rendre l'entreprise plus autonome. D'ici 2029, les exploitants des agences "
          "devront savoir construire leurs propres analyses simples à partir des données partagées, et l'équipe "
          "pourra se concentrer sur les sujets lourds : la logistique urbaine à Rouen, l'optimisation des "
          "tournées et la réduction du carburant. Si ces objectifs sont tenus, nous proposerons au conseil de "
          "famille d'ouvrir deux postes supplémentaires en 2030, et de confier à l'équipe la "
          "réponse aux appels d'offres des clients qui demandent un suivi de leurs émissions."),
        H(1, "6. Coûts et calendrier", {"budget-timeline": "ok", "timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "2029", "Quand"],
           ["Salaires des recrues (chargés)", "156 000 €", "208 000 €", "214 000 €", "de janvier 2027 à janvier 2028"],
           ["Formations", "33 000 €", "27 500 €", "13 500 €", "premier semestre de chaque année"],
           ["Cabinet de recrutement", "24 000 €", "6 000 €", "—", "fin 2026 et début 2027"],
           ["Matériel et licences", "11 000 €", "8 000 €", "6 000 €", "à chaque arrivée"],
           ["Total", "224 000 €", "249 500 €", "233 500 €", "—"]]),
        P("Les salaires de 2027 ne comptent que les mois de présence de chaque recrue. Une partie du coût sera "
          "compensée par la fin des prestations de consultants externes, environ 60 000 euros par an."),
        H(1, "7. Comment savoir si ça marche", {"hr-indicators": "ok"}),
        T([["Indicateur", "Cible", "Fréquence"],
           ["Postes pourvus à la date prévue", "4 sur 4 avant fin 2027", "trimestrielle"],
           ["Périodes d'essai confirmées", "100 %", "à chaque arrivée"],
           ["Jours de formation par personne", "au moins 5 par an", "annuelle"],
           ["Départs volontaires dans l'équipe", "aucun avant 2029", "annuelle"]]),
    ],
    missing=["target-organisation"],
)
