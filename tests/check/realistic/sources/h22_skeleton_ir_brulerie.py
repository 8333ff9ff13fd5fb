from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: the founder of la Brûlerie Castel, a coffee roaster in Bordeaux (22 people, a roasting
    workshop and four cafés), recruits a production manager to run the roasting workshop. Guidance boxes deleted.
    The preparation heading retyped "Avant l'entretien : pourquoi ce poste, que dois-je savoir ?", the behavioural
    questions "Questions sur des situations vécues" and the closing "Clore l'entretien" (runs replaced, bookmarks
    lost); the job expectations retyped "Le poste en bref" keeping the bookmark. Every remaining table filled, the
    pre-filled row labels kept; one row added to the behavioural questions. The motivation text is three
    sentences (thin); the note-taking grid was deleted with its heading (missing): the author takes notes in the
    scoring grid's last column.""",
    cover={"candidate": "Margaux Delorme", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien : pourquoi ce poste, que dois-je savoir ?", text=[
            "La Brûlerie Castel torréfie 140 tonnes de café par an dans son atelier de Bègles et les vend dans ses "
            "quatre cafés bordelais, à une soixantaine de restaurants et en ligne. Jusqu'ici, c'est le fondateur, "
            "Étienne Castel, qui dirigeait lui-même l'atelier. Avec le nouveau torréfacteur de 60 kilos installé en "
            "septembre et un contrat avec une chaîne d'épiceries fines qui double les volumes en 2027, il ne peut "
            "plus tout faire. Le poste de responsable de production est donc une création : il faut quelqu'un pour "
            "planifier les torréfactions, encadrer les trois opérateurs, tenir la qualité et la traçabilité des "
            "lots, et préparer l'audit bio du printemps.",
            "À la fin de l'entretien, je veux savoir trois choses : si Mme Nguyen a déjà encadré une petite équipe "
            "de production, comment elle gère un lot non conforme, et si elle est prête à travailler en horaires "
            "décalés les semaines de forte demande. J'ai relu son CV, sa lettre et la fiche de poste, et j'ai "
            "préparé la grille d'évaluation avec Étienne Castel. L'entretien dure trente minutes, dans le bureau "
            "de l'atelier, mardi à 14 h, après une visite de dix minutes de la ligne de torréfaction. Je prends "
            "des notes dans la dernière colonne de la grille d'évaluation."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Madame Nguyen, merci d'être venue jusqu'à Bègles. Je suis Margaux Delorme, responsable des "
            "opérations ; je travaille avec Étienne Castel, que vous avez croisé pendant la visite. Nous ouvrons "
            "ce poste parce que l'atelier grandit vite et que nous voulons quelqu'un pour le diriger au quotidien. "
            "Pendant une demi-heure, je vais vous présenter le poste, vous poser des questions sur votre parcours "
            "et sur des situations que vous avez vécues, puis ce sera à vous de me poser les vôtres. Je prends "
            "des notes pour être juste avec tous les candidats, ne vous en inquiétez pas. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "la mettre à l'aise, poser le cadre", "« Comment s'est passée la visite ? »", "3 min"],
            [None, "montrer la brûlerie et le projet 2027", "présentation de l'atelier, des volumes, de l'équipe",
             "4 min"],
            [None, "comprendre son expérience d'encadrement", "« Qu'avez-vous appris chez Cafés Garonne ? »", "5 min"],
            [None, "des preuves concrètes sur trois compétences", "les questions du tableau plus bas", "9 min"],
            [None, "vérifier qu'elle veut ce poste-ci", "« Pourquoi quitter une grande usine ? »", "3 min"],
            [None, "lui laisser la parole", "ses questions, mes réponses préparées", "4 min"],
            [None, "annoncer la suite", "date de réponse, deuxième entretien", "2 min"]]]),
        "job-summary": dict(status="ok", retitle="Le poste en bref", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "responsable de production, atelier de torréfaction de Bègles, 3 opérateurs", "indispensable"],
            [None, "Étienne Castel, fondateur", "–"],
            [None, "livrer chaque semaine les bons cafés, en bonne quantité, avec une qualité constante",
             "indispensable"],
            [None, "planifier les torréfactions, encadrer l'équipe, suivre la qualité et la traçabilité, "
             "préparer l'audit bio", "indispensable"],
            [None, "torréfaction ou autre production alimentaire, hygiène et traçabilité, tableur",
             "indispensable ; la dégustation s'apprend"],
            [None, "organisation, calme sous pression, goût de la transmission", "indispensable"],
            [None, "CDI, Bègles, 42 000 € bruts annuels, horaires décalés quatre semaines par an", "–"]]]),
        "star-questions": dict(status="ok", retitle="Questions sur des situations vécues", tables=[[
            ["Encadrement", "« Racontez-moi une fois où un membre de votre équipe ne suivait pas une consigne. »",
             "ce qui s'est passé", "son rôle", "ce qu'elle a fait, dit", "le résultat, ce qu'elle en retient", ""],
            ["Qualité", "« Parlez-moi d'un lot que vous avez dû bloquer. »", "le produit, le défaut",
             "qui devait décider", "les étapes, les appels", "client prévenu ? coût ?", ""],
            ["Organisation", "« Décrivez une semaine où la production a doublé sans prévenir. »",
             "le contexte", "son objectif", "comment elle a replanifié", "délais tenus ou non", ""],
            ["Amélioration", "« Quelle méthode avez-vous changée dans votre dernier poste ? »",
             "pourquoi changer", "ce qui était à elle", "comment elle a convaincu", "ce qui a été gagné", ""]]]),
        "motivation": dict(status="thin", text=[
            "Je lui demande pourquoi elle quitterait une usine de 200 personnes pour un atelier de quatre. Une "
            "bonne réponse parle du produit et de l'autonomie, pas seulement du salaire. Je lui demande aussi où "
            "elle se voit dans trois ans."]),
        "candidate-questions": dict(status="ok", text=[
            "Elle demandera sans doute qui décide des profils de torréfaction. Je réponds que les recettes restent "
            "celles d'Étienne Castel, mais que la régularité des lots sera sa responsabilité, et qu'elle participera "
            "aux dégustations du lundi.",
            "Elle peut demander si le poste évolue. Je dis franchement qu'avec le contrat de 2027 nous recruterons "
            "deux opérateurs de plus, qu'elle choisira avec nous, et qu'une deuxième ligne est envisagée pour 2028.",
            "Sur le salaire et les horaires, je redonne les chiffres de l'annonce et je précise les quatre semaines "
            "en horaires décalés, avant Noël et en septembre, compensées en repos. Si elle pose une question à "
            "laquelle je ne sais pas répondre, je le dis et je lui envoie la réponse par écrit le lendemain."]),
        "closing-follow-up": dict(status="ok", retitle="Clore l'entretien", text=[
            "« Merci, Madame Nguyen, pour ces réponses précises et pour vos questions. Nous voyons encore deux "
            "candidats cette semaine. Si votre candidature est retenue, vous reviendrez le mercredi 17 pour une "
            "demi-journée à l'atelier avec l'équipe, puis un échange avec Étienne Castel. Dans tous les cas, je "
            "vous appelle vendredi 12 avant midi pour vous donner notre réponse. Je vous raccompagne. »",
            "Juste après, je complète la grille pendant que tout est frais et je note la date d'appel dans mon "
            "agenda. Je préviens aussi Étienne Castel de mon avis, en trois phrases, avant la fin de la journée."]),
        "note-taking-grid": dict(status="missing"),
        "scoring-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "30 %", "", "a déjà réglé un torréfacteur ? connaît la traçabilité des lots ?"],
            [None, "25 %", "", "exemple d'équipe encadrée, conflit géré"],
            [None, "20 %", "", "production alimentaire, audit subi"],
            [None, "15 %", "", "projet clair, pourquoi une petite structure"],
            [None, "10 %", "", "réaction pendant la visite, échanges avec les opérateurs"],
            [None, "100 %", "", "retenue si total pondéré supérieur à 3,5"]]]),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je relance avec ses propres mots avant de passer à la question suivante", "oui"],
            [None, "je souligne ce qui est fort dans son parcours au moment de conclure", "oui"],
            [None, "raison du poste et déroulé annoncés dans la première minute", "oui"],
            [None, "CV relu, grille pondérée avec Étienne, visite organisée", "oui"],
            [None, "le tableau du poste présenté en trois minutes, chiffres compris", "oui"],
            [None, "je me tais au moins dix secondes après chaque question STAR", "à répéter"],
            [None, "notes dans la dernière colonne de la grille d'évaluation", "oui"]]]),
    },
)
