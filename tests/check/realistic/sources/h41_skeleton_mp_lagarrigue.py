from _common import *

DOC = dict(
    deliverable="management-plan",
    path="skeleton",
    language="fr",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Transports Lagarrigue (Rodez, 180 people, 120 trucks) replaces its paper-and-whiteboard
    dispatch with a transport management system and opens a Toulouse branch in 2028; the candidate, head of the
    six-person dispatch office, writes the team's management plan. Guidance boxes deleted. The summary retyped
    "En bref" and the onboarding heading "Bien accueillir un nouvel exploitant" (runs replaced, bookmarks lost);
    the career actions retyped "Faire évoluer ceux qui sont déjà là" keeping its bookmark. The people review was
    deleted with its heading (missing); the organisation chart still holds our figure prompt (placeholder).
    Tables filled, the pre-filled row labels of the onboarding phases, budget lines and timeline kept.""",
    cover={"company": "Transports Lagarrigue", "candidate": "Élodie Marty", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="En bref", text=[
            "Le service exploitation de Transports Lagarrigue organise chaque jour les tournées de 120 camions à "
            "partir de Rodez. Ses six exploitants travaillent encore avec un grand tableau blanc, le téléphone et "
            "un tableur partagé. En septembre 2027, l'entreprise met en service un logiciel de gestion du "
            "transport qui calcule les tournées et suit les camions en temps réel ; en 2028, elle ouvre une agence "
            "à Toulouse pour servir les plateformes de la grande distribution.",
            "Ce plan prévoit deux recrutements, un exploitant confirmé pour Toulouse et une analyste chargée des "
            "données de tournées, un parcours d'accueil de trois mois, la formation de toute l'équipe au nouveau "
            "logiciel et la promotion d'un exploitant comme adjoint. Son coût hors salaires est de 36 400 euros sur "
            "deux ans, dont 9 000 euros pris en charge par l'OPCO Mobilités. J'attends de la direction qu'elle "
            "valide l'ouverture du poste d'analyste dès février."]),
        "strategy-context": dict(status="ok", text=[
            "Transports Lagarrigue est une entreprise familiale fondée en 1962, spécialisée dans le transport de "
            "produits frais et secs pour l'industrie agroalimentaire de l'Aveyron. Son chiffre d'affaires atteint "
            "24 millions d'euros. Le plan stratégique présenté par la direction en juin vise trois buts d'ici 2029 : "
            "réduire de 12 % les kilomètres parcourus à vide, gagner deux contrats de la grande distribution autour "
            "de Toulouse, et respecter les créneaux de livraison à plus de 97 %, contre 91 % aujourd'hui. Ces trois "
            "objectifs reposent sur le service exploitation : c'est lui qui affecte les camions, les chauffeurs et "
            "les créneaux.",
            "L'équipe compte six exploitants de 26 à 61 ans. Les deux plus anciens connaissent chaque client et "
            "chaque route du département par cœur, mais l'un d'eux part à la retraite en 2028. Les quatre autres "
            "sont arrivés depuis moins de cinq ans ; ils sont à l'aise avec les outils numériques mais dépendent "
            "encore des anciens pour les cas difficiles. Les entretiens annuels de l'automne montrent une équipe "
            "soudée mais fatiguée par les horaires de nuit, une inquiétude sur le logiciel chez les anciens et "
            "l'envie de deux jeunes de prendre des responsabilités. Personne aujourd'hui ne sait analyser les "
            "données de tournées, et le recrutement d'exploitants expérimentés est difficile en Aveyron, où le "
            "vivier est petit et les salaires plus bas qu'à Toulouse. Le plan doit donc miser d'abord sur la "
            "formation de l'équipe en place et ne recruter que les compétences que personne ne peut acquérir à temps."]),
        "people-review": dict(status="missing"),
        "key-functions": dict(status="ok", text=[
            "Deux fonctions nouvelles sont indispensables au plan, et une troisième assure la relève d'un "
            "exploitant qui part à la retraite. Toutes trois découlent d'un objectif du plan stratégique et doivent "
            "être pourvues avant l'ouverture de l'agence de Toulouse."],
            tables=[[
                ["Analyste des tournées", "kilomètres à vide en baisse, réglage du logiciel", "avril 2027",
                 "données, logistique, tableurs avancés", "recrutement externe"],
                ["Exploitant confirmé à Toulouse", "contrats de la grande distribution", "janvier 2028",
                 "cinq ans d'exploitation, connaissance des plateformes", "recrutement externe"],
                ["Adjoint de la responsable d'exploitation", "relève et continuité de nuit", "septembre 2027",
                 "exploitation, goût de l'encadrement", "mobilité interne (Karim)"]]]),
        "onboarding": dict(status="ok", retitle="Bien accueillir un nouvel exploitant", text=[
            "Un exploitant qui arrive découvre en même temps les clients, les chauffeurs, les contraintes de la "
            "réglementation sociale et, désormais, un logiciel neuf. Chez nous, les départs ont presque toujours "
            "lieu dans les trois premiers mois, quand le nouveau se sent seul face à un chauffeur en colère à "
            "5 heures du matin. Notre parcours vise donc d'abord à ne jamais le laisser seul.",
            "Avant l'arrivée, le service du personnel prépare le contrat, la déclaration d'embauche, le téléphone, "
            "le badge et les accès au logiciel. Le premier jour, je l'accueille moi-même, nous faisons le tour du "
            "dépôt et de l'atelier, et il déjeune avec l'équipe. Pendant la première semaine, il passe deux jours "
            "dans la cabine d'un chauffeur, puis il travaille en doublon avec un exploitant référent qui l'aide "
            "pendant tout le premier mois. Il ne fait pas de permanence de nuit avant la sixième semaine. Aux jours "
            "trente, soixante et quatre-vingt-dix, nous faisons un point sur ses objectifs, et il rédige à la fin "
            "un rapport d'étonnement que je présente à l'équipe."]),
        "onboarding-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "contrat, déclaration d'embauche, mutuelle", "téléphone, badge, accès au logiciel", "annonce à l'équipe par mail", "service du personnel", "dossier complet"],
            [None, "livret d'accueil signé", "visite du dépôt et de l'atelier", "déjeuner avec l'équipe", "Élodie", "premier échange"],
            [None, "formation sécurité au dépôt", "deux jours en cabine avec un chauffeur", "doublon avec le référent", "référent", "carnet de route rempli"],
            [None, "point sur la période d'essai", "premières tournées préparées seul", "présentation aux chauffeurs", "Élodie", "entretien à 30 jours"],
            [None, "habilitations complètes", "première permanence de nuit", "réunion des exploitants animée", "référent", "entretien à 60 jours"],
            [None, "fin de période d'essai", "autonomie sur son secteur", "rapport d'étonnement présenté", "Élodie et RH", "bilan écrit"]]]),
        "training-needs": dict(status="ok", text=[
            "Les besoins viennent d'abord du logiciel. Chaque exploitant devra construire et corriger une tournée "
            "proposée par la machine, comprendre pourquoi elle a fait un choix et savoir reprendre la main quand un "
            "client change ses créneaux au dernier moment. Les deux anciens, qui n'ont jamais utilisé d'autre outil "
            "que le tableur, me l'ont dit franchement en entretien : ils craignent de perdre ce qui fait leur "
            "valeur. Il faut donc une formation au logiciel, mais aussi un temps où leur connaissance du terrain "
            "est écrite et partagée.",
            "D'autres besoins sont apparus dans les entretiens : la gestion des conflits avec les chauffeurs, la "
            "réglementation des temps de conduite, qui a changé deux fois en trois ans, et l'encadrement pour "
            "Karim, futur adjoint. Les contraintes sont fortes : le service tourne six jours sur sept, on ne peut "
            "pas libérer plus de deux personnes à la fois, et le budget de formation de l'entreprise est de 0,8 % "
            "de la masse salariale. Nous privilégions donc les formations courtes, sur site ou à distance, et le "
            "tutorat entre collègues, et nous demandons la prise en charge de l'OPCO pour les actions longues."]),
        "training-plan": dict(status="ok", tables=[[
            ["Toute l'équipe", "maîtriser le logiciel de tournées", "préparer et corriger une tournée seul",
             "formation éditeur sur site", "éditeur du logiciel", "6 000 €", "juin 2027"],
            ["Jean-Luc et Monique", "transmettre leur savoir", "fiches clients et itinéraires écrites",
             "tutorat interne", "Élodie", "0 €", "mars à août 2027"],
            ["Les quatre exploitants récents", "réglementation sociale", "plannings conformes sans relecture",
             "formation courte", "AFTRAL Rodez", "2 800 €", "octobre 2027"],
            ["Toute l'équipe", "gérer un conflit au téléphone", "désamorcer un chauffeur mécontent",
             "atelier de deux demi-journées", "cabinet local", "1 900 €", "novembre 2027"]]]),
        "career-plan": dict(status="ok", retitle="Faire évoluer ceux qui sont déjà là", keep_bookmark=True, tables=[[
            ["Karim B.", "prendre des responsabilités", "adjoint de la responsable d'exploitation",
             "formation au management, binôme avec Élodie", "court terme", "point tous les trois mois"],
            ["Sarah L.", "découvrir le commercial", "exploitante référente des clients de la grande distribution",
             "accompagnement des rendez-vous clients", "moyen terme", "entretien semestriel"],
            ["Monique R.", "finir sa carrière sans la nuit", "formatrice interne des nouveaux exploitants",
             "horaires de jour, temps dédié au tutorat", "court terme", "bilan annuel"]]]),
        "team-vision": dict(status="ok", text=[
            "En 2029, je vois un service de neuf personnes réparties entre Rodez et Toulouse, qui ne passe plus ses "
            "journées à reconstruire les tournées à la main mais à décider. Le logiciel proposera les tournées ; "
            "les exploitants les corrigeront avec leur connaissance des clients et des routes, et passeront plus "
            "de temps à parler aux chauffeurs et aux clients, qui sont aujourd'hui les grands oubliés quand la "
            "journée déborde.",
            "L'organisation changera en trois pôles. À Rodez, un pôle régional pour les industriels de l'Aveyron, "
            "animé par Karim comme adjoint. À Toulouse, un pôle grande distribution, avec l'exploitant recruté et "
            "Sarah. Entre les deux, l'analyste des tournées suivra les kilomètres à vide, les retards et le "
            "remplissage des camions, et préparera une revue chaque mois. Je garderai la relation avec la "
            "direction, les gros clients et le recrutement.",
            "Je veux aussi changer notre façon de travailler ensemble. Les permanences de nuit seront partagées "
            "par roulement entre les deux sites, pour que personne ne les porte seul. Un point de quinze minutes "
            "chaque matin remplacera les échanges dans le couloir, et chaque exploitant aura un entretien de suivi "
            "tous les six mois, en plus de l'entretien annuel. Enfin, les anciens ne seront plus seulement ceux qui "
            "savent : ils deviendront ceux qui transmettent, avec du temps reconnu pour le faire. C'est à cette "
            "condition que le service restera un endroit où l'on a envie de rester plus de trois ans."]),
        "target-organisation": dict(status="placeholder"),
        "budget-timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "4 000 €", "6 500 €", "10 500 €"],
            [None, "1 200 €", "1 800 €", "3 000 €"],
            [None, "8 800 €", "1 900 €", "10 700 €"],
            [None, "2 500 €", "3 500 €", "6 000 €"],
            [None, "2 700 €", "3 500 €", "6 200 €"],
            [None, "-4 000 €", "-5 000 €", "-9 000 €"],
            [None, "15 200 €", "12 200 €", "27 400 €"]]]),
        "timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "annonce du poste d'analyste", "arrivée de l'analyste", "", "", "exploitant confirmé à Toulouse"],
            [None, "", "parcours de l'analyste", "bilan à 90 jours", "", "parcours de l'exploitant toulousain"],
            [None, "tutorat des anciens", "logiciel pour toute l'équipe", "", "réglementation, conflits", "révision du plan"],
            [None, "", "", "Karim adjoint", "", "Sarah référente grande distribution"],
            [None, "point du matin", "", "entretiens de suivi", "entretiens annuels", "séminaire des deux sites"]]]),
        "hr-indicators": dict(status="ok", tables=[[
            ["Périodes d'essai validées", "validées / recrutées", "100 %", "à chaque fin d'essai", "Élodie"],
            ["Tournées préparées avec le logiciel", "tournées logiciel / total", "90 % fin 2027", "mensuelle", "analyste"],
            ["Heures de formation par exploitant", "heures / effectif", "21 heures par an", "trimestrielle", "RH"],
            ["Départs dans l'année", "départs / effectif moyen", "moins de 10 %", "annuelle", "RH"]]]),
    },
)
