from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: the manager of Papyrus, an independent bookshop in Limoges (11 staff), prepares the annual
    review of Camille, the children's books bookseller. Guidance deleted. Three headings retyped by selecting and
    typing over them (runs replaced, bookmark lost): the opening ("Premières minutes : poser le cadre"), the year
    review ("Camille en 2026") and next year's objectives ("Cap sur 2027"). The note-taking grid deleted with its
    heading (missing). Career wishes are two sentences (thin). Tables of phases, objectives, skills, training and
    the self-check filled.""",
    cover={"project": "Entretien annuel 2026", "company": "Librairie Papyrus", "candidate": "Inès Rougier"},
    sections={
        "preparation": dict(status="ok", text=[
            "Papyrus est une librairie indépendante du centre de Limoges : onze salariés, 1,9 million d'euros de "
            "chiffre d'affaires, un rayon jeunesse qui pèse un quart des ventes. Camille Faure y est libraire "
            "jeunesse depuis six ans ; elle choisit les nouveautés, reçoit les représentants des éditeurs et anime "
            "l'heure du conte du mercredi. Je suis sa responsable directe depuis que j'ai repris la direction du "
            "magasin en mars. L'entretien est fixé au mardi 12 janvier, à 9 h 30, avant l'ouverture, dans le petit "
            "bureau de l'étage pour ne pas être dérangées ; j'ai prévu une heure et quart.",
            "Pour le préparer, j'ai relu le compte rendu de l'an dernier, rédigé par mon prédécesseur, et repris les "
            "ventes du rayon mois par mois dans le logiciel de caisse. J'ai aussi noté les retours des clients et des "
            "écoles depuis la rentrée. Deux sujets me tiennent à cœur : la reconnaissance du salon du livre jeunesse "
            "qu'elle a monté seule en octobre, et la question du stock de fonds, qui a beaucoup grossi. Je lui ai "
            "remis la grille d'auto-évaluation le 15 décembre pour qu'elle ait le temps d'y réfléchir pendant les "
            "fêtes."]),
        "opening": dict(status="ok", retitle="Premières minutes : poser le cadre", text=[
            "« Bonjour Camille, merci d'avoir accepté ce créneau avant l'ouverture. On a une heure et quart devant "
            "nous, sans téléphone. Ce moment sert à regarder ensemble ton année, ce qui a marché et ce qui a été plus "
            "difficile, puis à décider de ce qu'on se fixe pour 2027 et de ce dont tu as besoin pour y arriver. Ce "
            "n'est pas un examen : je veux surtout t'entendre, et je commencerai toujours par te laisser parler. À la "
            "fin, je te fais un résumé écrit que tu pourras compléter avant de le signer. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "rappeler le cadre et l'ordre des sujets", "Comment arrives-tu ce matin ?", "5 min"],
            [None, "faire le tour des temps forts", "De quoi es-tu la plus fière cette année ?", "15 min"],
            [None, "regarder les chiffres du rayon", "Qu'est-ce qui explique la hausse des albums ?", "10 min"],
            [None, "confronter son auto-évaluation et la mienne", "Où as-tu mis le plus de temps ?", "10 min"],
            [None, "se mettre d'accord sur trois objectifs", "Que voudrais-tu réussir en 2027 ?", "15 min"],
            [None, "choisir une formation", "Qu'est-ce qui t'aiderait vraiment ?", "5 min"],
            [None, "parler de la suite", "Comment vois-tu ton poste dans trois ans ?", "10 min"],
            [None, "répondre à ses questions et résumer", "Veux-tu ajouter quelque chose ?", "5 min"]]]),
        "year-review": dict(status="ok", retitle="Camille en 2026", text=[
            "Le rayon jeunesse a vendu 17 400 livres en 2026, 8 % de plus qu'en 2025, alors que la librairie dans son "
            "ensemble progresse de 2 %. La hausse vient surtout des albums pour les trois à six ans et de la bande "
            "dessinée jeunesse, deux tables que Camille a réorganisées au printemps. Son grand projet de l'année a "
            "été le premier salon du livre jeunesse de Papyrus, le 19 octobre : six auteurs invités, 640 visiteurs, "
            "1 100 livres vendus dans la journée, et des classes de quatre écoles venues les jours précédents. Elle "
            "l'a préparé presque seule, en plus de son travail habituel, et elle a fini l'automne fatiguée. L'ombre "
            "au tableau est le stock : les livres de fond du rayon restent en moyenne sept mois en magasin, contre "
            "cinq l'an dernier, parce que les retours aux éditeurs ont été repoussés pendant la préparation du salon."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Faire progresser les ventes du rayon", "nombre de livres vendus", "+5 %", "+8 %", "atteint", "albums et BD en tête"],
            ["Organiser un salon jeunesse", "salon tenu", "1 édition", "1 édition, 640 visiteurs", "atteint", "très bon écho dans la presse locale"],
            ["Maîtriser le stock de fond", "durée moyenne en stock", "5 mois", "7 mois", "non atteint", "retours reportés à cause du salon"],
            ["Former l'apprentie au rayon", "apprentie autonome le mercredi", "juin", "septembre", "partiellement", "trois mois de retard"]]]),
        "skills": dict(status="ok", tables=[[
            ["Conseil aux clients", "confirmé", "expert", "expert", "les parents la demandent par son prénom"],
            ["Choix des nouveautés", "confirmé", "confirmé", "expert", "sélection du salon saluée par les auteurs"],
            ["Gestion du stock et des retours", "confirmé", "débutant", "intermédiaire", "elle le sait et en parle d'elle-même"],
            ["Organisation d'événements", "intermédiaire", "confirmé", "confirmé", "salon monté en quatre mois"]]]),
        "smart-objectives": dict(status="ok", retitle="Cap sur 2027", tables=[[
            ["Ramener le stock de fond à cinq mois", "durée moyenne en stock", "5 mois", "30 juin 2027", "une demi-journée de retours par mois, bloquée au planning", "rentabilité du magasin"],
            ["Deuxième salon jeunesse, préparé à deux", "salon tenu avec un binôme", "800 visiteurs", "octobre 2027", "Hugo en renfort dès mai", "image de la librairie"],
            ["Lancer un club de lecture ados", "séances tenues", "8 séances", "décembre 2027", "salle de l'étage le samedi", "nouveau public"]]]),
        "training": dict(status="ok", tables=[[
            ["Mieux gérer le stock", "formation gestion de stock en librairie", "deux jours à Paris", "mars 2027", "haute"],
            ["Animer un public adolescent", "atelier animation lecture jeunesse", "en ligne, quatre séances", "automne 2027", "moyenne"]]]),
        "career-wishes": dict(status="thin", text=[
            "Je lui demande comment elle voit son poste dans trois ans. Si elle parle de responsabilités, je peux "
            "évoquer la coordination des événements du magasin."]),
        "closing-follow-up": dict(status="ok", retitle="Ce que nous retenons et la suite", text=[
            "Je reprends avec elle les points d'accord : une année remarquable pour le rayon et le salon, un stock "
            "qui doit redescendre, trois objectifs pour 2027 et deux formations. Je lui dis clairement que le salon "
            "ne se fera plus avec une seule personne et que je défendrai un renfort auprès des associés. Je lui "
            "demande si elle a des questions ou un point de désaccord ; s'il y en a, je le note tel quel dans le "
            "compte rendu. Je lui envoie ce compte rendu sous une semaine, elle a dix jours pour le compléter, et "
            "nous faisons un point d'étape fin juin, juste après l'échéance sur le stock."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je la laisse commencer chaque sujet, je reformule avant de donner mon avis", "oui"],
            [None, "je reconnais le salon et je promets un renfort", "oui"],
            [None, "objet et durée annoncés dans la première minute", "oui"],
            [None, "chiffres du rayon et salon rappelés", "oui"],
            [None, "demi-journée de retours, binôme, club ados", "oui"],
            [None, "réponses prêtes sur la charge de travail et la rémunération", "à revoir"]]]),
    },
)
