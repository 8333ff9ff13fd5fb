DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted. The year review retyped "Ce que Lucas a fait
    cette année" (runs replaced, bookmark lost); the SMART objectives retyped "Objectifs 2027" keeping the bookmark;
    training deleted; career wishes still our prompt; the opening short (thin); the note-taking grid left as
    generated (empty); skills table filled.""",
    cover={"project": "Entretien annuel", "company": "Atelier Sud Menuiserie", "candidate": "Hugo Lemaire"},
    sections={
        "preparation": dict(status="ok", text=[
            "Atelier Sud est une menuiserie de 32 salariés à Béziers qui fabrique des fenêtres et des portes en bois "
            "sur mesure pour les particuliers et les architectes. Lucas, 29 ans, est technicien du bureau d'études "
            "depuis trois ans : il transforme les relevés de chantier en plans de fabrication sur TopSolid et "
            "prépare les fichiers des machines à commande numérique. L'entretien annuel a lieu le 14 janvier, dans "
            "mon bureau, pendant une heure trente ; je l'ai prévenu trois semaines avant et lui ai transmis la grille "
            "d'auto-évaluation.",
            "J'ai rassemblé le compte rendu de l'entretien de l'an dernier, ses trois objectifs et les indicateurs "
            "du bureau d'études : délai moyen entre relevé et plan validé, nombre de plans repris en atelier pour "
            "erreur. L'année a été marquée par l'arrivée de la nouvelle machine cinq axes, dont Lucas a été le "
            "référent, et par deux erreurs de cotes qui ont coûté une porte d'entrée refaite. Je veux reconnaître le "
            "travail accompli sur la machine, parler franchement des erreurs, et comprendre ses souhaits, car il "
            "m'a dit en septembre qu'il s'intéressait à la conduite de chantier."]),
        "opening": dict(status="thin", text=[
            "« Lucas, merci. Cet entretien est un bilan de ton année et un moment pour préparer la suivante, "
            "ensemble. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre", "—", "5 min"],
            [None, "revenir sur les faits marquants", "Qu'est-ce qui t'a le plus marqué cette année ?", "15 min"],
            [None, "comparer résultats et cibles", "Comment expliques-tu l'écart sur les reprises ?", "15 min"],
            [None, "croiser auto-évaluation et regard du manager", "Où te sens-tu le plus à l'aise ?", "15 min"],
            [None, "fixer trois objectifs", "Qu'est-ce qui serait une réussite en 2027 ?", "15 min"],
            [None, "identifier les besoins", "—", "10 min"],
            [None, "écouter les projets", "Où te vois-tu dans trois ans ?", "10 min"],
            [None, "conclure", "—", "5 min"]]]),
        "year-review": dict(status="ok", retitle="Ce que Lucas a fait cette année", text=[
            "Lucas a produit 412 plans de fabrication en 2026, contre 365 l'année précédente, avec un délai moyen de "
            "quatre jours entre relevé et plan validé. Il a été le référent de la machine cinq axes installée en "
            "avril : il a suivi la formation chez le fabricant, écrit les procédures de préparation des fichiers et "
            "formé deux collègues, ce qui a permis d'arriver à pleine production en six semaines au lieu des trois "
            "mois prévus. Deux erreurs de cotes sur des portes d'entrée ont été reprises en atelier, pour un coût "
            "d'environ 2 300 euros. Lucas a proposé de lui-même une double vérification des cotes pour les pièces "
            "de plus de 2 mètres, appliquée depuis octobre sans nouvelle erreur. Les architectes avec qui il a travaillé ont salué la clarté de ses plans, et l'un d'eux demande désormais à l'avoir comme interlocuteur direct sur ses projets."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Réduire le délai relevé – plan", "délai moyen", "5 jours", "4 jours", "atteint", "malgré la hausse du volume"],
            ["Mettre en service la machine cinq axes", "pleine production", "juillet", "mai", "atteint", "en avance"],
            ["Zéro reprise pour erreur de plan", "reprises", "0", "2", "partiellement", "double vérification depuis octobre"]]]),
        "skills": dict(status="ok", tables=[[
            ["Lecture de relevés", "3", "4", "4", "très fiable sur les menuiseries standards"],
            ["TopSolid et préparation CN", "3", "4", "4", "référent de la nouvelle machine"],
            ["Vérification et rigueur", "4", "3", "3", "deux erreurs, corrigées par la nouvelle procédure"]]]),
        "smart-objectives": dict(status="ok", retitle="Objectifs 2027", keep_bookmark=True, tables=[[
            ["Zéro reprise pour erreur de plan", "reprises", "0", "décembre 2027", "double vérification, logiciel de contrôle", "qualité"],
            ["Former un second référent cinq axes", "collègue autonome", "1 personne", "juin 2027", "une demi-journée par semaine", "continuité"],
            ["Accompagner deux chantiers avec le conducteur de travaux", "chantiers suivis", "2", "octobre 2027", "binôme avec Pierre", "projet d'évolution"]]]),
        "training": dict(status="missing"),
        "career-wishes": dict(status="placeholder"),
        "closing-follow-up": dict(status="ok", text=[
            "Je résume les points d'accord : une année réussie sur le volume et la machine, un point de vigilance "
            "sur la vérification, trois objectifs pour 2027 dont un lié à son envie de conduite de chantier. Je "
            "lui demande s'il souhaite ajouter un commentaire au compte rendu, que je lui enverrai sous huit jours "
            "pour signature. Nous fixons un point d'étape au 30 juin. Je le remercie pour son engagement, en particulier sur la machine cinq axes, et je lui rappelle que ma porte reste ouverte d'ici là pour parler de son projet."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je laisse Lucas parler en premier sur chaque point", "oui"],
            [None, "je souligne la réussite de la machine cinq axes", "oui"],
            [None, "enjeux annoncés dès l'ouverture", "oui"],
            [None, "bilan chiffré préparé", "oui"],
            [None, "double vérification reconnue comme sa proposition", "oui"],
            [None, "réponses préparées sur la conduite de chantier", "oui"]]]),
    },
)
