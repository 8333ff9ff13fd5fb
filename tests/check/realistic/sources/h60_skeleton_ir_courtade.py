from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 60 (h60_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the operations manager of Imprimerie Courtade, a Toulouse printing firm of 52 people that
    sells online, prepares the interview of a candidate for a web-to-print production coordinator post.
    Guidance deleted. The preparation heading retyped "Avant l'entretien avec M. Alvès" and the closing heading
    retyped "Pour finir" (runs replaced, bookmarks lost); the job heading retyped "Le poste en quelques lignes"
    keeping its bookmark. The candidate's questions still hold our prompt (placeholder); the scoring grid left
    as generated (empty); every other section written, tables filled.""",
    cover={"company": "Imprimerie Courtade", "candidate": "Camille Roques", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec M. Alvès", text=[
            "L'Imprimerie Courtade réalise 40 % de son chiffre d'affaires, soit 3,1 millions d'euros, avec sa "
            "boutique en ligne de cartes de visite, flyers et kakémonos. Les commandes arrivent jour et nuit, mais "
            "leur préparation repose encore sur Sandrine, qui part à la retraite en mars après vingt-deux ans dans "
            "la maison. Le poste de coordinateur de production web-to-print est donc un remplacement, mais pas à "
            "l'identique : nous voulons que la personne fasse aussi évoluer les règles de contrôle automatique des "
            "fichiers, qui rejettent aujourd'hui 14 % des commandes pour des fautes de format.",
            "Je reçois Hugo Alvès, 31 ans, infographiste depuis six ans dans une agence de communication de "
            "Montauban. J'ai lu son CV, sa lettre et le portfolio qu'il a joint ; j'ai noté trois points à vérifier : "
            "sa connaissance réelle de l'impression offset et numérique, sa manière d'organiser une journée avec "
            "beaucoup d'urgences, et ses prétentions, car il vient d'un poste de cadre. Sandrine m'a aussi préparé "
            "deux fichiers clients réellement reçus, avec des défauts, que je lui montrerai.",
            "L'entretien est fixé au jeudi 10 décembre à 10 h, dans mon bureau au-dessus de l'atelier, pour trois "
            "quarts d'heure suivis d'une visite des machines. Sandrine se joint à nous pour la visite. J'ai prévenu "
            "l'accueil, réservé une place de parking et coupé les notifications de ma messagerie."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Monsieur Alvès, bienvenue chez Courtade. Je suis Camille Roques, responsable des opérations, "
            "c'est moi qui encadrerai la personne recrutée. Nous avons trois quarts d'heure : je vous présente "
            "rapidement l'imprimerie et ce que nous attendons du poste, ensuite c'est vous qui parlez de votre "
            "parcours et de quelques situations concrètes, puis je réponds à vos questions. Nous finirons par un tour "
            "de l'atelier avec Sandrine, qui occupe le poste aujourd'hui. Je vais prendre des notes pendant que vous "
            "parlez, c'est pour comparer les candidats sur les mêmes bases, pas pour vous piéger. Le but, pour nous "
            "deux, est de savoir si ce poste est fait pour vous. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre à l'aise, donner le cadre", "—", "2 min"],
            [None, "expliquer la boutique en ligne et le départ de Sandrine", "Vous avez déjà commandé sur un site d'impression ?", "6 min"],
            [None, "comprendre son rôle exact en agence", "À quoi ressemble votre semaine ?", "8 min"],
            [None, "vérifier rigueur, priorités et relation client", "Racontez-moi un fichier que vous avez dû refuser", "14 min"],
            [None, "savoir pourquoi il quitte l'agence", "Qu'est-ce qui vous attire dans la production ?", "6 min"],
            [None, "répondre sans détour", "Qu'aimeriez-vous savoir ?", "6 min"],
            [None, "annoncer la suite et la date de réponse", "—", "3 min"]]]),
        "job-summary": dict(status="ok", retitle="Le poste en quelques lignes", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "coordinateur(trice) de production web-to-print, pôle prépresse de quatre personnes", "indispensable"],
            [None, "moi-même, responsable des opérations", "indispensable"],
            [None, "que chaque commande en ligne parte à l'impression juste et à l'heure", "indispensable"],
            [None, "contrôler les fichiers, planifier les tirages, répondre aux clients, améliorer les règles de contrôle", "indispensable"],
            [None, "Acrobat et Illustrator, normes PDF/X, notions d'imposition ; Switch ou un outil d'automatisation", "indispensable / souhaitable"],
            [None, "sens des priorités, écrit clair avec les clients, esprit d'équipe avec l'atelier", "indispensable"],
            [None, "CDI, Toulouse-Lalande, 37 h avec RTT, 2 600 à 2 900 euros brut, prise de poste le 1er février", "indispensable"]]]),
        "star-questions": dict(status="ok", tables=[[
            ["Rigueur", "Racontez-moi un fichier client que vous avez dû refuser ou corriger",
             "logo en basse définition la veille d'un salon", "livrer à temps sans trahir le client",
             "appel au client, vectorisation refaite, BAT envoyé le soir", "kakémonos livrés, client fidélisé", "4"],
            ["Priorités", "Une journée où tout était urgent, comment avez-vous choisi ?",
             "trois campagnes à boucler le même jour", "tenir les dates de l'imprimeur",
             "classement par date de calage, un dossier délégué", "deux dossiers à l'heure, un décalé d'un jour accepté", "3"],
            ["Amélioration", "Avez-vous déjà changé une façon de travailler dans votre équipe ?",
             "fichiers perdus entre graphistes", "remettre de l'ordre", "arborescence commune et règles de nommage",
             "plus aucun fichier perdu en un an, adopté par l'agence", "5"]]]),
        "motivation": dict(status="ok", text=[
            "Je lui demande d'abord ce qui le pousse à quitter la création pour la production, car c'est le point "
            "qui m'inquiète le plus : un graphiste peut s'ennuyer à contrôler des fichiers. J'attends une réponse "
            "concrète, par exemple le goût de voir un objet imprimé sortir de la machine ou l'envie d'un rythme plus "
            "régulier. Je lui demande ensuite ce qu'il sait de Courtade et où il se voit dans trois ans. Je reformule "
            "chaque réponse (« si je vous suis bien, ce qui compte pour vous, c'est… ») et je la rapproche de ce que "
            "le poste offre vraiment : des horaires fixes, une équipe stable, et la possibilité de mener le projet "
            "d'automatisation des contrôles."]),
        "candidate-questions": dict(status="placeholder"),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", text=[
            "Je le remercie d'être venu de Montauban et de s'être prêté à l'exercice des fichiers défectueux. Je "
            "résume la suite : nous voyons un dernier candidat lundi, puis je le rappelle le mercredi 16 décembre "
            "au plus tard, que la réponse soit oui ou non. S'il est retenu, il passera une demi-journée à "
            "l'atelier avec Sandrine avant les fêtes pour que les deux se rencontrent vraiment. Je lui dis ce que "
            "j'ai apprécié dans ses réponses, en particulier l'exemple des règles de nommage, et je le raccompagne "
            "par l'atelier pour qu'il voie les presses tourner."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "6 ans en agence, chef de studio depuis 2 ans", "parle surtout de création, peu de production", "vérifier avec la référence"],
            [None, "Acrobat avancé, PDF/X-4, n'a jamais utilisé Switch", "a repéré seul les deux défauts du fichier test", "formation Switch à prévoir"],
            [None, "a géré deux stagiaires", "calme, écoute, phrases courtes", "—"],
            [None, "veut voir le produit fini, horaires plus réguliers", "sincère, revient deux fois sur l'atelier", "—"],
            [None, "télétravail ? évolution vers la prépresse ?", "questions sur l'équipe avant le salaire", "répondre sur le télétravail par écrit"],
            [None, "préavis d'un mois, demande 2 850 euros", "dans la fourchette", "—"]]]),
        "scoring-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je reformule ses raisons de quitter l'agence", "oui"],
            [None, "je lui dis ses points forts avant de conclure", "oui"],
            [None, "but et déroulé dits dès la première minute", "oui"],
            [None, "CV, lettre et portfolio lus, deux fichiers tests prêts", "oui"],
            [None, "tableau du poste présenté, salaire donné en fourchette", "oui"],
            [None, "je le laisse finir ses phrases, je note ses mots", "à travailler"],
            [None, "grille remplie pendant l'entretien, une ligne par thème", "oui"]]]),
    },
)
