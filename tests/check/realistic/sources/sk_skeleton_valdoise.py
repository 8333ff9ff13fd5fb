DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted. Governance filled; rituals table filled;
    "Choix des indicateurs" retyped as "Comment nous avons choisi nos indicateurs" (runs replaced, bookmark lost);
    KPI table filled; the indicator choice is short (thin); dashboard picture inserted in place of our figure frame; gap analysis still our prompt;
    forecast table empty; corrective actions deleted; reporting filled.""",
    cover={"project": "Portail famille", "client": "Ville de Cergy-sur-Oise", "candidate": "Lina Bouzid"},
    sections={
        "steering-governance": dict(status="ok", text=[
            "La ville déploie un portail famille qui regroupe les inscriptions à la cantine, au périscolaire et aux "
            "centres de loisirs pour 6 400 enfants. Le projet dure sept mois pour 310 000 euros. Le pilotage est "
            "confié à un comité de pilotage mensuel présidé par l'adjointe à l'éducation, avec la directrice de "
            "l'éducation, le DSI, le responsable financier et l'éditeur du logiciel. Il valide les jalons, arbitre "
            "les demandes d'évolution et suit le budget. Un comité technique hebdomadaire, animé par la cheffe de "
            "projet, traite les anomalies et prépare les décisions. Les directeurs d'écoles sont associés par un "
            "groupe d'utilisateurs qui teste chaque version avant sa mise en ligne. Toute demande qui ajoute plus "
            "de cinq jours de travail passe par le comité de pilotage, qui peut la reporter à une seconde version. Les deux comités ont un compte rendu d'une page, publié le lendemain sur l'espace partagé du projet. Les décisions y sont numérotées pour être suivies d'un comité à l'autre, et chaque décision a un responsable et une date."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "élue, directrice éducation, DSI, finances, éditeur", "mensuelle", "tableau de bord", "jalons, budget, évolutions", "1 h 30"],
            [None, "cheffe de projet, éditeur, DSI", "hebdomadaire", "anomalies", "priorités", "1 h"],
            [None, "8 directeurs d'écoles", "à chaque version", "version de test", "go ou corrections", "2 h"],
            [None, "", "", "", "", ""],
            [None, "", "", "", "", ""]]]),
        "kpi-selection": dict(status="thin", retitle="Comment nous avons choisi nos indicateurs", text=[
            "Nous avons retenu peu d'indicateurs, tous calculables sans ressaisie : deux pour le projet lui-même "
            "(budget et jalons), deux pour l'usage du portail (part des inscriptions en ligne, appels au guichet) "
            "et un pour la qualité (anomalies bloquantes ouvertes). Le nombre d'appels au guichet est important "
            "pour les élus : le portail doit soulager les agents d'accueil, pas seulement moderniser l'image de la "
            "ville. Nous avons écarté le nombre de comptes créés, qui ne dit pas si les familles utilisent vraiment "
            "le portail."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Budget consommé", "budget", "dépensé / prévu à date", "finances", "mensuelle", "≤ 100 %", "> 105 %", "cheffe de projet", "revue avec l'éditeur"],
            ["Inscriptions en ligne", "usage", "inscriptions portail / inscriptions totales", "logiciel", "hebdomadaire", "70 % en juin", "< 40 % en avril", "directrice éducation", "campagne dans les écoles"],
            ["Appels au guichet", "usage", "appels reçus par semaine", "standard", "hebdomadaire", "-30 %", "hausse", "accueil", "FAQ et tutoriel vidéo"]]]),
        "dashboard": dict(status="ok", image=["Budget", "Jalons", "Inscriptions en ligne", "Appels"],
                          caption="Maquette du tableau de bord, une tuile par indicateur."),
        "gap-analysis": dict(status="placeholder"),
        "forecast-actual": dict(status="empty"),
        "corrective-actions": dict(status="missing"),
        "reporting-escalation": dict(status="ok", text=[
            "Après chaque comité de pilotage, la cheffe de projet envoie une synthèse d'une page au directeur "
            "général des services et aux élus concernés. Un indicateur rouge deux semaines de suite est signalé "
            "immédiatement à l'adjointe à l'éducation, qui peut convoquer un comité exceptionnel. Les familles sont "
            "informées des changements par la lettre mensuelle des écoles et par un message sur la page d'accueil du portail, rédigé avec le service communication. Les directeurs d'écoles reçoivent en plus, chaque mois, le taux d'inscription en ligne de leur école, comparé à la moyenne de la ville."]),
    },
)
