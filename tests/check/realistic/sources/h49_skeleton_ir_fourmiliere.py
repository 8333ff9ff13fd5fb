from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the co-manager of La Fourmilière, a cooperative organic grocery in Besançon (11 employees,
    1 900 member households), prepares the interview of a candidate for a new post of fresh-produce buyer. Guidance
    deleted everywhere. Three headings retyped by selecting them and typing over (runs replaced, bookmark lost):
    the preparation, the motivation and the candidate's questions. The opening is two sentences (thin). The
    scoring grid deleted with its heading (missing): she says the team will decide from the note grid. Phases,
    job, STAR, note and self-check tables filled.""",
    cover={"company": "La Fourmilière", "candidate": "Élodie Marchand", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec Samia", text=[
            "La Fourmilière est une épicerie coopérative bio installée depuis 2014 dans le quartier Battant, à "
            "Besançon. Nous sommes onze salariés et 1 900 foyers sociétaires, pour 2,4 millions d'euros de chiffre "
            "d'affaires. Le rayon frais (fruits, légumes, fromages à la coupe) pèse 38 % des ventes mais aussi 70 % "
            "de la casse : l'an dernier, nous avons jeté pour 41 000 € de produits, surtout des légumes commandés "
            "trop tôt et des fromages mal tournés.",
            "Jusqu'ici, chaque responsable de rayon passait ses propres commandes. Le conseil d'administration a "
            "voté la création d'un poste d'acheteur ou d'acheteuse des produits frais, qui négocie avec nos "
            "quarante-deux producteurs du Doubs et du Jura, prévoit les volumes et suit la casse chaque semaine.",
            "J'ai reçu vingt-six candidatures et j'en ai gardé trois. Samia Benkhelifa, 31 ans, a été cheffe de "
            "rayon fruits et légumes dans une grande surface de Dole pendant cinq ans, puis a travaillé deux ans "
            "dans une plateforme de distribution de produits locaux. Elle connaît les prévisions et la "
            "négociation, mais jamais dans une coopérative où les sociétaires votent les grandes décisions.",
            "Je la reçois le mercredi 9 décembre à 14 h, pendant une heure, avec Hugo, qui tient le rayon fromage. "
            "J'ai relu son CV et sa lettre, préparé le relevé de casse d'octobre à lui faire commenter et réservé la "
            "salle de réunion au-dessus du magasin, loin du bruit des caisses."]),
        "opening": dict(status="thin", text=[
            "Je l'accueille à l'entrée du magasin et je lui présente Hugo. Je lui annonce une heure d'échange, "
            "des questions sur son parcours et du temps pour les siennes."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "la mettre à l'aise, annoncer le déroulé", "Vous connaissiez déjà le magasin ?", "3 min"],
            [None, "la coopérative, les producteurs, la casse", "—", "8 min"],
            [None, "comprendre ses passages de la grande surface à la plateforme", "Qu'avez-vous appris à Dole ?", "10 min"],
            [None, "trois situations vécues", "voir le tableau STAR", "15 min"],
            [None, "ce qu'elle cherche dans une coopérative", "Pourquoi une épicerie de sociétaires ?", "6 min"],
            [None, "répondre sans enjoliver", "Qu'aimeriez-vous savoir sur nous ?", "13 min"],
            [None, "dire la suite et la date de réponse", "—", "5 min"]]]),
        "job-summary": dict(status="ok", skip_cols=1, tables=[[
            [None, "acheteur ou acheteuse produits frais, en lien avec trois responsables de rayon", "indispensable"],
            [None, "les deux cogérantes", "indispensable"],
            [None, "acheter juste : moins de casse, des producteurs payés à temps", "indispensable"],
            [None, "prévisions hebdomadaires, négociation, suivi de la casse, visites de fermes", "indispensable"],
            [None, "tableur, prévision des ventes, connaissance des saisons et de la chaîne du froid", "indispensable"],
            [None, "écoute, diplomatie avec les producteurs, goût du collectif", "souhaitable"],
            [None, "CDI à 35 heures, Besançon, 2 350 € brut, prise de poste en février", "à annoncer"]]]),
        "star-questions": dict(status="ok", tables=[[
            ["Prévoir", "Racontez une semaine où vos commandes étaient très loin des ventes.",
             "canicule, promotion ratée", "ce qu'elle devait écouler", "ce qu'elle a changé ensuite",
             "casse réduite ou non", ""],
            ["Négocier", "Parlez-moi d'un fournisseur avec qui la négociation a été difficile.",
             "hausse de prix, retard", "ce qu'elle voulait obtenir", "ses arguments", "l'accord trouvé", ""],
            ["Travailler avec d'autres", "Un collègue a-t-il contesté vos choix de commande ?",
             "le désaccord", "ce qui était en jeu", "comment elle l'a écouté", "la relation après", ""]]]),
        "motivation": dict(status="ok", retitle="Pourquoi nous, pourquoi maintenant ?", text=[
            "Je veux comprendre ce qui la pousse à quitter une plateforme régionale où elle gagne davantage pour "
            "une coopérative de quartier. Je lui demande ce qu'elle attend d'un poste où les sociétaires donnent "
            "leur avis en assemblée générale, et comment elle vit l'idée de défendre ses choix devant eux.",
            "Je lui parle aussi de ce que le poste peut lui apporter : construire la fonction de zéro, choisir ses "
            "outils, aller chaque mois dans les fermes. Je l'écoute sur ses projets à trois ou cinq ans et je note "
            "si elle cite des producteurs ou des pratiques qu'elle connaît déjà dans la région."]),
        "candidate-questions": dict(status="ok", retitle="Ses questions, mes réponses", text=[
            "Le salaire : je lui dis clairement 2 350 € brut, moins que dans la grande distribution, avec une "
            "remise de 15 % au magasin et six semaines de congés.",
            "L'autonomie : elle décide des volumes ; les cogérantes fixent seulement le budget d'achat mensuel et "
            "la part minimale de producteurs à moins de 80 km.",
            "Les outils : aujourd'hui un tableur partagé, et un logiciel de commande à choisir avec elle en 2027.",
            "Les responsables de rayon : je reconnais qu'ils perdent une partie de leur rôle, et j'explique qu'ils "
            "ont participé à la fiche de poste et au choix des candidats."]),
        "closing-follow-up": dict(status="ok", text=[
            "Je la remercie pour sa franchise et pour ses exemples précis. Je lui explique la suite : nous voyons "
            "deux autres personnes cette semaine, Hugo et moi décidons avec l'autre cogérante, et je l'appelle le "
            "mardi 15 décembre au plus tard, quelle que soit la réponse. Si elle est retenue, je lui propose une "
            "matinée avec nous à la réception des livraisons, pour rencontrer deux producteurs. Je lui demande "
            "enfin si quelque chose n'a pas été dit qu'elle voudrait ajouter, puis je la raccompagne jusqu'au "
            "magasin en lui montrant au passage les chambres froides et la réserve des fruits et légumes."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "grande surface puis plateforme, cinq et deux ans", "parle vite, très précise", "vérifier une référence"],
            [None, "prévisions sur tableur, chaîne du froid", "a commenté la casse d'octobre sans hésiter", "—"],
            [None, "négociation ferme mais respectueuse", "écoute Hugo, reformule", "—"],
            [None, "veut travailler avec des fermes qu'elle connaît", "sincère", "lui envoyer la charte coopérative"],
            [None, "autonomie, outils, salaire", "questions bien préparées", "—"],
            [None, "libre le 1er février, accepte 2 350 €", "—", "confirmer par écrit"]]]),
        "scoring-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je la laisse finir et je reformule avant de relancer", "oui"],
            [None, "je souligne ce que son expérience apporte à la coopérative", "oui"],
            [None, "j'explique dès le début pourquoi le poste est créé", "oui"],
            [None, "CV relu, relevé de casse imprimé, Hugo briefé", "oui"],
            [None, "le tableau du poste, présenté en huit minutes", "oui"],
            [None, "questions ouvertes, silences laissés", "à vérifier le jour J"],
            [None, "notes prises dans la grille, thème par thème", "oui"]]]),
    },
)
