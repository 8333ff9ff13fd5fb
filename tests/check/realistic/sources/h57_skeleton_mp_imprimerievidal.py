from _common import *

DOC = dict(
    deliverable="management-plan",
    path="skeleton",
    language="fr",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. Started from
    our skeleton, French: a family printing works in Albi adds a web-to-print shop and builds a small digital team.
    Guidance deleted. The summary retyped "En bref", the onboarding retyped "Bien accueillir ceux qui arrivent" and
    the vision retyped "L'atelier numérique en 2029" (runs replaced, bookmarks lost); the organisation chart still
    our figure prompt (placeholder); the follow-up indicators deleted with their heading (missing); every table
    filled.""",
    cover={"company": "Imprimerie Vidal", "candidate": "Sophie Arnal", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="En bref", text=[
            "L'Imprimerie Vidal, 38 salariés à Albi, imprime depuis 1962 des catalogues, des étiquettes de vin et "
            "des brochures pour les entreprises du Tarn. Son chiffre d'affaires de 5,1 millions d'euros baisse de 4 % "
            "par an depuis 2022, car les petits clients commandent désormais leurs flyers sur des plateformes en "
            "ligne. La direction a décidé d'ouvrir au printemps 2027 sa propre boutique d'impression en ligne, "
            "tournée vers les viticulteurs et les associations de la région.",
            "Ce plan décrit l'équipe qu'il faut pour y arriver : un chef de projet web recruté, une graphiste "
            "prépresse qui évolue vers la relation client en ligne, et un technicien d'atelier formé à la "
            "préparation automatique des fichiers. Il prévoit leur accueil, la formation de neuf personnes et un "
            "budget de 47 100 euros sur deux ans hors salaires, dont 21 000 financés par l'OPCO. Nous demandons au comité de "
            "direction de valider le recrutement du chef de projet avant fin janvier."]),
        "strategy-context": dict(status="ok", text=[
            "La stratégie votée par les associés en septembre repose sur trois idées. D'abord, garder les gros "
            "clients historiques, les caves coopératives et deux fabricants de meubles, qui représentent encore 60 % "
            "des ventes et apprécient le conseil d'un imprimeur local. Ensuite, reconquérir les petits clients en "
            "leur offrant la même simplicité qu'une plateforme nationale, mais avec des délais de 48 heures et la "
            "possibilité de passer voir les épreuves. Enfin, se spécialiser dans l'étiquette de vin en petite série, "
            "un marché où la qualité du papier et de la dorure fait la différence.",
            "L'équipe actuelle est solide sur le métier et peu préparée au numérique. L'atelier compte vingt-deux "
            "conducteurs et façonniers, le prépresse trois graphistes, le commercial quatre personnes qui visitent "
            "les clients, et l'administration neuf personnes. La moyenne d'âge est de 47 ans et six départs en "
            "retraite sont attendus d'ici 2030. Les entretiens annuels de novembre ont montré deux choses : une vraie "
            "fierté du travail bien fait, et une inquiétude sur l'avenir de la maison face aux plateformes. Plusieurs "
            "salariés ont demandé à être associés au projet plutôt que de le voir arriver de l'extérieur. Aucun "
            "ne sait aujourd'hui gérer une boutique en ligne, traiter une commande sans échange téléphonique ni "
            "animer une communauté de clients sur les réseaux sociaux. Le prépresse, lui, est déjà saturé à "
            "l'automne, et toute nouvelle charge devra être compensée par une meilleure organisation du travail."]),
        "people-review": dict(status="ok", tables=[[
            ["Julie Cabrol", "graphiste prépresse", "mise en page, contrôle des fichiers, patience avec les clients", "très bon", "plus de contact avec les clients", "élevé"],
            ["Mathis Roques", "conducteur offset", "réglages, couleur, maintenance de premier niveau", "bon", "apprendre le numérique", "moyen à élevé"],
            ["Nadia Ferrer", "assistante commerciale", "devis, suivi des commandes", "bon, surchargée en automne", "moins de ressaisie", "moyen"]]]),
        "key-functions": dict(status="ok", text=[
            "Trois fonctions manquent pour ouvrir la boutique puis la faire vivre. Nous préférons la mobilité "
            "interne lorsque quelqu'un connaît déjà nos papiers et nos machines, et ne recrutons que le profil "
            "web, que personne ici ne possède."],
            tables=[[
            ["Chef de projet web", "piloter la boutique en ligne, priorité de la stratégie", "mars 2027", "4 ans d'expérience en e-commerce, goût pour l'artisanat", "recrutement"],
            ["Chargée de relation client en ligne", "répondre vite aux petits clients", "mai 2027", "connaissance des fichiers d'impression", "mobilité interne (Julie)"],
            ["Technicien flux automatisés", "préparer les fichiers sans ressaisie", "septembre 2027", "conducteur curieux de l'informatique", "mobilité interne (Mathis)"]]]),
        "onboarding": dict(status="ok", retitle="Bien accueillir ceux qui arrivent", text=[
            "Un chef de projet venu d'une entreprise du web risque de trouver l'imprimerie lente et bruyante, et "
            "l'atelier risque de voir en lui quelqu'un qui veut remplacer les machines par des écrans. Son accueil "
            "doit donc d'abord lui faire aimer le métier : il passera sa première semaine entière à l'atelier, une "
            "journée sur chaque poste, de la réception du papier à l'expédition.",
            "Sur le plan administratif, Nadia prépare le contrat, la mutuelle, le badge et le poste de travail avant "
            "son arrivée, pour que le premier jour ne soit pas perdu. Sur le plan de l'organisation, il reçoit un "
            "plan des trois premiers mois avec des objectifs clairs et un point chaque vendredi avec moi. Pour "
            "l'intégration dans l'équipe, un parrain de l'atelier, Bernard, conducteur depuis trente ans, déjeune "
            "avec lui la première semaine et lui présente les anciens. Pour Julie et Mathis, qui changent de poste "
            "sans changer de maison, l'accueil est plus léger mais réel : une annonce officielle à toute l'équipe, "
            "un nouveau bureau et un rendez-vous de suivi à un mois."]),
        "onboarding-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "contrat, mutuelle, badge", "poste et accès préparés", "message d'accueil du directeur", "Nadia", "tout est prêt la veille"],
            [None, "visite des locaux, règles de sécurité", "plan des trois mois remis", "déjeuner avec le parrain", "Sophie", "questions notées"],
            [None, "formation incendie", "une journée par poste d'atelier", "pot d'accueil le vendredi", "Bernard", "retour d'étonnement"],
            [None, "période d'essai expliquée", "premier lot de produits en ligne", "présentation en réunion générale", "Sophie", "point à un mois"],
            [None, "—", "tests de la boutique avec trois clients", "atelier partagé avec le prépresse", "Sophie", "bilan à deux mois"],
            [None, "fin de période d'essai", "ouverture de la boutique", "retour à toute l'équipe", "direction", "entretien à trois mois"]]]),
        "training-needs": dict(status="ok", text=[
            "Les besoins viennent des entretiens annuels et de ce que demandera la boutique. Le prépresse doit "
            "apprendre à contrôler automatiquement des fichiers envoyés par des clients qui ne sont pas graphistes, "
            "et à leur répondre par écrit, clairement et vite. Les commerciaux doivent savoir présenter la boutique "
            "à leurs clients plutôt que la voir comme une concurrente. L'atelier, enfin, doit apprendre à "
            "enchaîner de nombreuses petites séries, ce qui change l'ordonnancement et le calage des machines.",
            "Les contraintes sont fortes : la haute saison des étiquettes de vin, de août à octobre, interdit de "
            "sortir quelqu'un de l'atelier, et le budget de formation de l'entreprise est de 18 000 euros par an. "
            "Nous privilégions donc des formations courtes, en dehors de l'été, dont une partie en interne, et nous "
            "mobilisons l'OPCO pour les formations longues. Les personnes formées deviendront à leur tour relais "
            "pour leurs collègues. Chaque formation sera suivie, trois mois plus tard, d'un court échange avec le "
            "responsable pour vérifier ce qui a réellement changé au poste de travail, et ce qui reste à consolider "
            "avant la saison suivante."]),
        "training-plan": dict(status="ok", tables=[[
            ["Prépresse (3 personnes)", "contrôle automatique des fichiers", "traiter 80 % des fichiers sans retouche", "stage de 3 jours", "éditeur du logiciel", "4 200 €", "février 2027"],
            ["Commerciaux (4)", "vendre avec la boutique", "présenter l'offre en ligne à chaque client", "atelier de 2 demi-journées", "interne, chef de projet", "0 €", "avril 2027"],
            ["Julie Cabrol", "relation client écrite", "répondre en moins de 2 heures", "formation de 5 jours", "organisme régional", "2 600 €", "mars 2027"],
            ["Mathis Roques", "flux d'impression automatisés", "autonomie sur la chaîne", "parcours certifiant de 12 jours", "OPCO", "7 800 €", "novembre 2027"]]]),
        "career-plan": dict(status="ok", tables=[[
            ["Julie Cabrol", "plus de contact avec les clients", "graphiste puis chargée de relation client en ligne", "tutorat par le chef de projet, formation écrite", "court terme", "entretien à 3 et 6 mois"],
            ["Mathis Roques", "apprendre le numérique", "conducteur puis technicien flux", "certification, binôme avec l'éditeur", "moyen terme", "bilan à la certification"],
            ["Bernard Alié", "transmettre avant la retraite", "parrain et formateur interne", "temps dédié de 10 %", "court terme", "point trimestriel"]]]),
        "team-vision": dict(status="ok", retitle="L'atelier numérique en 2029", text=[
            "En 2029, nous voulons que la boutique en ligne représente 15 % du chiffre d'affaires et qu'elle ne soit "
            "plus vue comme le projet d'une personne, mais comme une façon de travailler de toute la maison. "
            "L'équipe numérique comptera trois personnes, rattachées à la direction commerciale : le chef de projet, "
            "Julie pour la relation client et Mathis pour les flux. Elle travaillera porte ouverte avec l'atelier, "
            "dans l'ancien bureau des devis, au milieu des machines plutôt qu'à l'étage.",
            "Le service commercial changera lui aussi : les commerciaux passeront moins de temps sur les petites "
            "commandes et davantage auprès des caves et des gros comptes, où leur conseil a de la valeur. Le "
            "prépresse deviendra un pôle de contrôle qualité qui sert à la fois les clients en ligne et les clients "
            "historiques. Chaque année, un binôme atelier et numérique présentera à l'équipe une amélioration qu'il "
            "a menée ensemble.",
            "Pour y arriver, nous comptons sur trois leviers : des recrutements rares mais ciblés, des mobilités "
            "internes encouragées et reconnues dans la rémunération, et des rituels qui mêlent les métiers, comme "
            "la revue mensuelle des commandes en ligne ouverte à tous. Les départs en retraite seront anticipés deux "
            "ans à l'avance pour transmettre le savoir-faire. Nous mesurerons le chemin parcouru chaque semestre, "
            "en comité de direction, en regardant la part des ventes en ligne, le délai de réponse aux clients et "
            "l'avis des salariés recueilli lors des entretiens."]),
        "target-organisation": dict(status="placeholder"),
        "budget-timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "9 000 €", "0 €", "9 000 €"],
            [None, "3 500 €", "1 500 €", "5 000 €"],
            [None, "8 800 €", "10 000 €", "18 800 €"],
            [None, "2 000 €", "7 800 €", "9 800 €"],
            [None, "1 500 €", "3 000 €", "4 500 €"],
            [None, "-6 000 €", "-15 000 €", "-21 000 €"],
            [None, "18 800 €", "7 300 €", "26 100 €"]]]),
        "timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "chef de projet", "—", "—", "—", "succession de Bernard"],
            [None, "—", "chef de projet", "Julie", "Mathis", "—"],
            [None, "prépresse", "commerciaux, Julie", "—", "Mathis", "relais internes"],
            [None, "—", "Julie", "—", "Mathis", "bilan"],
            [None, "entretiens annuels", "revue mensuelle", "revue mensuelle", "séminaire", "revue mensuelle"]]]),
        "hr-indicators": dict(status="missing"),
    },
)
