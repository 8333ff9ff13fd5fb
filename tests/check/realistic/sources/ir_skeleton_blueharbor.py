DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted except under the STAR table. Preparation
    retyped "Avant de recevoir le candidat" (runs replaced, bookmark lost); the candidate's questions deleted;
    the note-taking grid left as generated (empty); motivation short (thin); the closing retyped keeping the
    bookmark.""",
    cover={"project": "Recrutement d'un développeur back-end", "company": "Blue Harbor Software", "candidate": "Manon Giraud"},
    keep_guidance=["star-questions"],
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir le candidat", text=[
            "Blue Harbor Software édite à La Rochelle un logiciel de gestion pour les ports de plaisance, utilisé "
            "par 130 ports en France et en Espagne. L'équipe technique de onze personnes recrute un développeur "
            "back-end confirmé pour reprendre le module de facturation, écrit en PHP il y a huit ans, et le migrer "
            "vers une architecture en Python avec une API documentée. Le poste est ouvert depuis quatre mois et "
            "deux candidats ont déjà refusé notre offre, jugée trop basse.",
            "Je reçois le candidat, Léo Martineau, avec le CTO. J'ai lu son CV et son dépôt GitHub, préparé quatre "
            "questions STAR sur la reprise de code ancien, le travail avec le support client et la gestion des "
            "priorités, et relu la grille salariale révisée, qui monte désormais à 52 000 euros. Je veux savoir s'il "
            "supportera de travailler sur du code ancien avant de construire du neuf, et s'il sait expliquer un choix technique à quelqu'un du support. Le CTO évaluera la partie technique, moi le reste."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Léo, bienvenue chez Blue Harbor. Je suis Manon Giraud, responsable RH, et voici Julien, notre "
            "CTO, avec qui vous travailleriez tous les jours. Nous avons une heure ensemble : nous commencerons par "
            "vous présenter le poste et l'équipe, puis nous vous demanderons de nous raconter quelques situations "
            "vécues, et vous aurez du temps pour vos questions à la fin. Je prendrai des notes pour être juste avec "
            "tous les candidats. Un café avant de commencer ? N'hésitez pas à nous interrompre si une question vous paraît floue, ou à nous demander de la reformuler. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "mettre à l'aise", "Le trajet s'est bien passé ?", "5 min"],
            [None, "présenter le produit et l'équipe", "Connaissiez-vous le monde des ports ?", "10 min"],
            [None, "comprendre son parcours", "Qu'avez-vous appris dans votre dernier poste ?", "10 min"],
            [None, "vérifier les compétences", "questions STAR", "20 min"],
            [None, "comprendre ses attentes", "Pourquoi quitter Nantes ?", "5 min"],
            [None, "répondre honnêtement", "Quelles questions avez-vous ?", "7 min"],
            [None, "annoncer la suite", "—", "3 min"]]]),
        "job-summary": dict(status="ok", skip_cols=1, tables=[[
            [None, "développeur back-end, équipe de 11 personnes", "—"],
            [None, "CTO", "—"],
            [None, "faire évoluer le module de facturation vers Python et une API", "indispensable"],
            [None, "migration du code, tests, documentation, support de niveau 3", "indispensable"],
            [None, "Python, PostgreSQL, lecture de PHP", "indispensable"],
            [None, "pédagogie avec le support, autonomie", "souhaitable"],
            [None, "CDI, La Rochelle, deux jours de télétravail, 46 à 52 k€", "—"]]]),
        "star-questions": dict(status="ok", tables=[[
            ["Reprise de code ancien", "Racontez-moi la reprise d'un code que vous n'aviez pas écrit.", "", "", "", "", ""],
            ["Travail avec le support", "Parlez-moi d'un bug urgent remonté par un client.", "", "", "", "", ""],
            ["Priorités", "Une fois où deux demandes urgentes arrivaient en même temps ?", "", "", "", "", ""]]]),
        "motivation": dict(status="thin", text=[
            "Questions : « Pourquoi La Rochelle ? », « Qu'est-ce qui vous attire dans un logiciel métier ? »."]),
        "candidate-questions": dict(status="missing"),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", keep_bookmark=True, text=[
            "Je remercie Léo pour l'échange et je lui explique la suite : nous voyons encore un candidat jeudi, "
            "puis nous lui proposerons, s'il est retenu, une demi-journée avec l'équipe pour relire ensemble un "
            "morceau du module de facturation. Nous lui donnerons une réponse avant le mardi suivant, par téléphone, "
            "quelle qu'elle soit. Je lui laisse ma carte pour toute question d'ici là, et je lui rembourse son billet de train depuis Nantes sur présentation du justificatif. Je le raccompagne ensuite jusqu'à l'accueil et je note mes impressions à chaud dans la grille."]),
        "note-taking-grid": dict(status="empty"),
        "scoring-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "30 %", "", "Python, PostgreSQL, lecture de PHP"],
            [None, "20 %", "", "échanges avec le support"],
            [None, "20 %", "", "migration déjà menée"],
            [None, "15 %", "", "projet à La Rochelle"],
            [None, "15 %", "", "avis de l'équipe après la demi-journée"],
            [None, "100 %", "", ""]]]),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je laisse parler, je reformule", "oui"],
            [None, "je présente honnêtement le code ancien", "oui"],
            [None, "enjeux annoncés dans l'ouverture", "oui"],
            [None, "CV et GitHub lus", "oui"],
            [None, "tableau des attendus rempli", "oui"],
            [None, "questions ouvertes", "oui"],
            [None, "grille de notes prête", "non"]]]),
    },
)
