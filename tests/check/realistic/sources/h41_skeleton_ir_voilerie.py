from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the director of Voilerie Kerbrat, a 23-person sail loft in Lorient, prepares the interview of
    a candidate for the new post of head of the cutting and plotting workshop. Guidance deleted everywhere. Three
    headings retyped by selecting them and typing over (runs replaced, bookmark lost): the preparation ("Avant de
    recevoir Tanguy"), the candidate's questions ("Ce qu'il risque de me demander") and the scoring grid ("Ma
    grille pour trancher"). The motivation part is two short questions (thin). The note-taking grid deleted with
    its heading, the director saying she takes notes on the scoring grid (missing). Phases, job, STAR, scoring and
    self-check tables filled.""",
    cover={"company": "Voilerie Kerbrat", "candidate": "Gwenaëlle Le Floch", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Tanguy", text=[
            "La Voilerie Kerbrat fabrique et répare des voiles pour la course au large et la plaisance, à Lorient "
            "La Base. Nous sommes vingt-trois, dont neuf à la coupe et à l'assemblage. Depuis le départ en retraite "
            "de Jean-Yves en septembre, personne ne pilote l'atelier de coupe : les deux tables de découpe numérique "
            "tournent à 60 % de leur capacité, et trois voiles de course ont été livrées en retard cet automne, "
            "dont une pour un Class40 qui a failli manquer son convoyage.",
            "Je recrute un ou une responsable de l'atelier de coupe : quelqu'un qui maîtrise les logiciels de "
            "conception de voiles, sait organiser le planning des tables et encadrer cinq personnes sans être "
            "voilier de métier depuis trente ans. J'ai reçu dix-sept candidatures, j'en ai retenu quatre. Tanguy "
            "Guéguen, 34 ans, vient de l'industrie des stores techniques à Vannes ; il a piloté une découpe "
            "numérique et une équipe de six, mais n'a jamais travaillé le laminé ni le Dacron.",
            "Mon objectif pour l'entretien : vérifier qu'il saura apprendre vite un matériau nouveau, qu'il "
            "tiendra un planning sous la pression des départs de course, et qu'il sera accepté par une équipe qui "
            "a ses habitudes. Je le reçois le jeudi 10 décembre à 10 h, une heure, avec Loïc, le chef d'atelier "
            "assemblage, puis une visite de l'atelier. J'ai relu son CV, sa lettre et la fiche de poste, et "
            "préparé un plan de coupe réel à lui faire commenter."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Tanguy, merci d'être venu jusqu'à La Base. Je suis Gwenaëlle Le Floch, je dirige la "
            "voilerie depuis huit ans, et voici Loïc, qui dirige l'assemblage et travaillera chaque jour avec la "
            "personne que nous recruterons. Nous avons une heure : je vous présente d'abord la voilerie et le "
            "poste, puis je vous pose des questions sur votre parcours et sur des situations que vous avez "
            "vécues, et nous garderons un bon quart d'heure pour les vôtres. Nous finirons par un tour de "
            "l'atelier. Je prendrai des notes, ne vous en inquiétez pas. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre à l'aise, annoncer le déroulé", "Vous avez trouvé facilement ?", "3 min"],
            [None, "courses, clients, l'atelier de coupe aujourd'hui", "—", "7 min"],
            [None, "comprendre ses choix et ce qu'il a appris à Vannes", "Pourquoi avoir quitté les stores ?", "10 min"],
            [None, "trois situations vécues", "voir le tableau STAR", "15 min"],
            [None, "ce qui l'attire dans la voile", "Qu'est-ce qui vous ferait rester cinq ans ?", "5 min"],
            [None, "répondre franchement", "Qu'aimeriez-vous savoir d'autre ?", "12 min"],
            [None, "annoncer la suite et la date", "—", "3 min"]]]),
        "job-summary": dict(status="ok", skip_cols=1, tables=[[
            [None, "responsable de l'atelier de coupe, équipe de cinq", "indispensable"],
            [None, "la directrice, en lien quotidien avec l'assemblage", "indispensable"],
            [None, "livrer chaque voile coupée à temps et sans reprise", "indispensable"],
            [None, "planning des deux tables, préparation des fichiers, contrôle des coupes, formation",
             "indispensable"],
            [None, "logiciel de conception de voiles, découpe numérique, lecture de plans", "indispensable"],
            [None, "encadrement, calme sous pression, sens du client", "souhaitable pour le client"],
            [None, "CDI, Lorient, 2 900 € brut mensuels, astreinte avant les grands départs", "à annoncer"]]]),
        "star-questions": dict(status="ok", tables=[[
            ["Planning sous pression", "Racontez-moi une commande urgente qui a bousculé votre atelier.",
             "pic de commandes avant l'été", "ce qu'il devait livrer", "ce qu'il a décidé, et avec qui",
             "délai tenu ou non, ce qu'il en a tiré", ""],
            ["Apprendre un matériau", "Parlez-moi d'une technique que vous avez dû apprendre seul et vite.",
             "nouveau tissu ou machine", "son rôle", "comment il s'y est pris", "temps pour être autonome", ""],
            ["Encadrer", "Un jour où un membre de votre équipe n'était pas d'accord avec vous ?",
             "le désaccord", "ce qui était en jeu", "ses mots, son écoute", "la relation ensuite", ""]]]),
        "motivation": dict(status="thin", text=[
            "Qu'est-ce qui vous attire dans la voile de course ? Où vous voyez-vous dans cinq ans ? J'attends une "
            "réponse concrète, pas seulement l'amour de la mer."]),
        "candidate-questions": dict(status="ok", retitle="Ce qu'il risque de me demander", text=[
            "Le salaire et les horaires : je réponds clairement, 2 900 € brut, 37 heures, et des semaines plus "
            "longues en mars et en septembre, récupérées en hiver.",
            "La formation au laminé : il passera ses trois premières semaines en binôme avec Loïc et suivra la "
            "formation de l'éditeur du logiciel en janvier, payée par la voilerie.",
            "L'équipe : cinq personnes, dont deux très anciennes qui espéraient peut-être le poste. Je lui dis la "
            "vérité, et je lui explique comment je les ai associées au recrutement.",
            "L'avenir de la voilerie : carnet de commandes plein jusqu'en juin, une troisième table prévue en "
            "2027 si l'atelier tient ses délais."]),
        "closing-follow-up": dict(status="ok", text=[
            "Je le remercie pour sa franchise et pour le temps passé. Je lui explique la suite : je vois encore "
            "deux candidats cette semaine, Loïc et moi décidons ensemble, et je l'appelle au plus tard le vendredi "
            "18 décembre, que la réponse soit oui ou non. S'il est retenu, je lui propose une demi-journée à "
            "l'atelier avant de signer, pour qu'il rencontre l'équipe de coupe et voie une vraie voile de course "
            "passer sur la table. Je lui laisse ma carte et lui demande s'il reste quelque chose qu'il n'a pas "
            "osé demander."]),
        "note-taking-grid": dict(status="missing"),
        "scoring-grid": dict(status="ok", retitle="Ma grille pour trancher", skip_cols=1, tables=[[
            [None, "30 %", "", "plan de coupe commenté, logiciel, lecture de plans"],
            [None, "25 %", "", "exemples STAR sur le désaccord et l'urgence"],
            [None, "20 %", "", "années de découpe numérique et d'encadrement"],
            [None, "15 %", "", "ce qu'il dit de la course et de Lorient"],
            [None, "10 %", "", "avis de Loïc après la visite"],
            [None, "100 %", "", "au moins 3,5 sur 5 pour passer à la demi-journée d'essai"]]]),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse finir, je reformule avant la question suivante", "oui"],
            [None, "je valorise son expérience des stores, rien n'est perdu", "oui"],
            [None, "je dis dès l'ouverture pourquoi le poste existe et ce qui presse", "oui"],
            [None, "CV relu, plan de coupe préparé, Loïc briefé", "oui"],
            [None, "le tableau du poste, présenté en sept minutes", "oui"],
            [None, "trois questions ouvertes, relances prévues", "à vérifier le jour J"],
            [None, "notes prises directement dans ma grille pour trancher", "oui"]]]),
    },
)
