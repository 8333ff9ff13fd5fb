DOC = dict(
    deliverable="interview-motivation",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton. Guidance boxes deleted except under the action plan (the student forgot
    it). "Écoute active" retyped as "Écouter Karim" by replacing its runs (bookmark lost); "Solutions
    co-construites" retyped keeping the bookmark; the note-taking grid deleted; the closing left as our prompt;
    the co-built solutions text is short (thin).""",
    cover={"project": "Agence Ondine Voyages", "candidate": "Claire Moreau", "company": "Ondine Voyages"},
    keep_guidance=["action-plan"],
    sections={
        "preparation": dict(status="ok", text=[
            "Karim, 34 ans, est conseiller voyages à l'agence Ondine de Montpellier depuis cinq ans. Jusqu'à l'an "
            "dernier il faisait partie des trois meilleurs vendeurs du réseau sur les voyages de noces, mais depuis "
            "six mois son chiffre d'affaires a baissé de 22 %, il arrive régulièrement en retard le lundi et il a "
            "refusé deux fois de participer aux salons du mariage qu'il animait auparavant avec plaisir.",
            "Je le reçois en tant que responsable d'agence, dans mon bureau, porte fermée, un mardi en fin de "
            "matinée. Mon objectif n'est pas de le sanctionner mais de comprendre ce qui a changé et de trouver avec "
            "lui des solutions. J'ai préparé ses chiffres mois par mois, le compte rendu de son entretien annuel et "
            "la liste des salons. Je me suis aussi renseignée sur la réorganisation de février, qui a confié les "
            "dossiers de noces haut de gamme à la plateforme centrale de Lyon : c'est peut-être là que tout commence. Je prévois une heure sans téléphone, et j'ai prévenu l'équipe que nous ne serions pas disponibles, pour qu'il ne se sente pas observé."]),
        "opening": dict(status="ok", text=[
            "« Karim, merci d'avoir pris ce temps. Je voulais qu'on se pose tous les deux, pas pour faire un bilan "
            "chiffré mais parce que j'ai l'impression que les derniers mois ont été plus difficiles pour toi, et je "
            "préfère t'en parler directement. Ce qu'on se dit reste entre nous. J'aimerais d'abord t'écouter, puis "
            "qu'on cherche ensemble ce qui pourrait t'aider. On a une heure, et rien ne sera décidé sans toi. Est-ce que ça te va qu'on commence par ce que tu ressens, avant de parler des chiffres ? Tu peux m'arrêter quand tu veux. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre en confiance", "Comment vas-tu en ce moment ?", "5 min"],
            [None, "partager les faits sans jugement", "Est-ce que tu reconnais ces chiffres ?", "10 min"],
            [None, "comprendre les causes", "Qu'est-ce qui a changé pour toi depuis février ?", "20 min"],
            [None, "chercher des pistes ensemble", "Qu'est-ce qui te redonnerait envie ?", "15 min"],
            [None, "s'accorder sur des actions", "Qu'est-ce qu'on fixe pour le mois prochain ?", "5 min"],
            [None, "conclure et fixer le suivi", "—", "5 min"]]]),
        "facts": dict(status="thin", text=[
            "Karim conseille les couples sur les voyages de noces et les séjours longs, prépare les devis, suit les "
            "dossiers jusqu'au retour et représente l'agence sur les salons du mariage de l'Hérault. Les faits que "
            "je vais partager : un chiffre d'affaires de 182 000 euros sur les six derniers mois contre 233 000 "
            "l'an passé sur la même période, sept retards le lundi matin depuis janvier, deux salons refusés en "
            "mars et en mai. Je m'en tiens à ces faits, sans interpréter son attitude."]),
        "active-listening": dict(status="ok", retitle="Écouter Karim", text=[
            "Je pose des questions ouvertes et je le laisse finir : « Comment vis-tu ton travail depuis la "
            "réorganisation ? », « Qu'est-ce qui te plaisait le plus avant ? », « Qu'est-ce qui te pèse le plus "
            "aujourd'hui ? ». Je reformule pour vérifier que j'ai compris : « Si je t'entends bien, tu as "
            "l'impression qu'on t'a retiré les dossiers qui faisaient ta fierté ? ». J'accepte les silences.", "Je fais attention à ne pas proposer de solution trop tôt : tant qu'il parle des causes, je me contente de reformuler et de demander des exemples. Si l'émotion monte, je propose une pause plutôt que de changer de sujet. Je note aussi ce qu'il ne dit pas, par exemple s'il évite de parler de la plateforme de Lyon."]),
        "co-built-solutions": dict(status="thin", retitle="Solutions trouvées ensemble", keep_bookmark=True, text=[
            "Pistes : lui confier le référencement des nouveaux hôtels de l'océan Indien, et l'animation du salon de Montpellier."]),
        "action-plan": dict(status="ok", tables=[[
            ["Référent du réseau pour l'océan Indien", "Karim", "deux jours de formation avec le tour-opérateur", "30 juin", "5 hôtels référencés"],
            ["Animer le salon du mariage de septembre", "Karim et moi", "budget stand de 1 200 €", "21 septembre", "40 contacts qualifiés"],
            ["Point mensuel de 20 minutes", "moi", "—", "chaque premier mardi", "points tenus"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "questions ouvertes, reformulation, silences acceptés", "oui"],
            [None, "faits chiffrés partagés sans jugement", "oui"],
            [None, "trois actions proposées par lui ou avec lui", "oui"],
            [None, "date de suivi fixée", "oui"],
            [None, "aucune promesse que je ne peux pas tenir", "oui"],
            [None, "relu par mon N+1", "non"]]]),
    },
)
