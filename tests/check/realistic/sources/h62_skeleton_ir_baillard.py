from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the digital manager of Transports Baillard, a Vendée coach and school-bus company of 140
    people, prepares the interview of a candidate for a ticketing app product owner post. Guidance deleted. The
    preparation heading retyped "Avant de recevoir Mme Pelletier", the opening retyped "Les cinq premières
    minutes" and the closing retyped "Conclure et annoncer la suite" (runs replaced, bookmarks lost). The
    candidate's questions still hold our prompt (placeholder); the scoring grid left as generated (empty); every
    other section written, tables filled.""",
    cover={"company": "Transports Baillard", "candidate": "Julien Morin", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Mme Pelletier", text=[
            "Transports Baillard fait rouler 96 cars en Vendée : lignes régulières pour la Région, transport "
            "scolaire et excursions. Depuis la rentrée, les voyageurs peuvent acheter leur titre sur l'application "
            "Baillard Go, développée par une agence de La Roche-sur-Yon. Elle compte 8 000 utilisateurs actifs, "
            "mais la note sur les magasins d'applications est tombée à 2,9 sur 5, surtout à cause des titres qui "
            "ne s'affichent pas hors réseau. Le poste de responsable produit billettique doit reprendre la main "
            "sur l'agence et sur la feuille de route.",
            "Je reçois Aurore Pelletier, 34 ans, aujourd'hui cheffe de projet digital dans une mutuelle nantaise. "
            "Son CV montre deux applications publiées et une formation de développeuse, mais aucune expérience du "
            "transport. J'ai préparé trois points à creuser : sa manière de piloter un prestataire, sa connaissance "
            "des usagers peu à l'aise avec le numérique, nombreux sur nos lignes rurales, et ses attentes "
            "salariales. J'ai imprimé la liste des vingt derniers avis négatifs de l'application, que je lui "
            "demanderai de classer par priorité pendant l'entretien.",
            "Le rendez-vous est fixé le mardi 8 décembre à 14 h au dépôt des Herbiers, dans la salle de réunion "
            "à l'étage, pour une heure. Corinne, responsable de l'exploitation, nous rejoindra pour le dernier "
            "quart d'heure."]),
        "opening": dict(status="ok", retitle="Les cinq premières minutes", text=[
            "« Bonjour Madame Pelletier, merci d'être venue jusqu'aux Herbiers. Je suis Julien Morin, responsable "
            "du numérique, et vous travailleriez directement avec moi. Voici comment je vous propose l'heure qui "
            "vient : je vous raconte où en est Baillard Go et pourquoi nous créons ce poste, puis vous me parlez "
            "de votre parcours et de quelques situations vécues. Vous aurez ensuite tout le temps de poser vos "
            "questions, et Corinne, qui dirige l'exploitation, nous rejoindra à la fin. Je prendrai des notes, "
            "c'est pour être juste avec tous les candidats. Si quelque chose n'est pas clair, arrêtez-moi. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "la mettre à l'aise, annoncer le déroulé", "—", "5 min"],
            [None, "raconter Baillard Go et ses difficultés", "Avez-vous déjà pris un car régional ?", "8 min"],
            [None, "comprendre ses deux projets d'application", "Qu'avez-vous décidé vous-même ?", "10 min"],
            [None, "vérifier pilotage, arbitrage, écoute des usagers", "Un prestataire en retard, qu'avez-vous fait ?", "15 min"],
            [None, "savoir pourquoi le transport", "Qu'est-ce qui vous attire chez nous ?", "7 min"],
            [None, "répondre franchement", "Que voulez-vous savoir ?", "10 min"],
            [None, "annoncer la suite, présenter Corinne", "—", "5 min"]]]),
        "job-summary": dict(status="ok", skip_cols=1, tables=[[
            [None, "responsable produit billettique, pôle numérique de trois personnes", "indispensable"],
            [None, "moi-même, responsable du numérique", "indispensable"],
            [None, "une application de billettique fiable que tous les voyageurs savent utiliser", "indispensable"],
            [None, "feuille de route, pilotage de l'agence, tests avec les voyageurs, suivi des avis", "indispensable"],
            [None, "méthodes agiles, rédaction de besoins, notions d'API ; billettique appréciée", "indispensable / souhaitable"],
            [None, "écoute, diplomatie avec l'exploitation, clarté à l'écrit", "indispensable"],
            [None, "CDI, Les Herbiers, 2 jours de télétravail, 42 000 à 47 000 euros brut, arrivée en février", "indispensable"]]]),
        "star-questions": dict(status="ok", tables=[[
            ["Pilotage d'un prestataire", "Parlez-moi d'une livraison d'agence qui ne tenait pas ses promesses",
             "version de l'application mutuelle pleine de bugs", "sortir à la date annoncée aux adhérents",
             "tri des bugs avec l'agence, report de deux fonctions", "sortie tenue, note passée de 3,1 à 4,2", "4"],
            ["Écoute des usagers", "Comment avez-vous fait parler des utilisateurs âgés ?",
             "adhérents de plus de 70 ans perdus dans l'espace client", "comprendre leurs blocages",
             "ateliers en agence avec tablettes", "parcours simplifié, appels au service client en baisse de 18 %", "5"],
            ["Arbitrage", "Racontez un choix entre deux demandes urgentes",
             "marketing et conformité voulaient la même semaine", "trancher sans fâcher",
             "critères écrits, décision partagée avec la direction", "les deux livrés à trois semaines d'écart", "3"]]]),
        "motivation": dict(status="ok", text=[
            "Je lui demande pourquoi quitter une grande mutuelle pour une entreprise familiale de cars, et ce "
            "qu'elle sait de nous. J'écoute si elle parle du service rendu aux voyageurs, des collégiens aux "
            "personnes sans voiture, ou seulement de la technique. Je reformule ce qu'elle dit et je le mets en "
            "face de ce que nous offrons vraiment : un produit dont elle sera seule responsable, des décisions "
            "rapides et un terrain où elle verra l'effet de son travail chaque matin aux arrêts. Je lui demande aussi où elle se voit dans trois ans, pour vérifier que le poste peut lui offrir cette suite."]),
        "candidate-questions": dict(status="placeholder"),
        "closing-follow-up": dict(status="ok", retitle="Conclure et annoncer la suite", text=[
            "Je la remercie et je lui dis ce qui m'a convaincu, par exemple ses ateliers avec les adhérents âgés. "
            "J'annonce le calendrier : deux autres candidats cette semaine, une réponse par téléphone au plus tard "
            "le mardi 15 décembre, puis un second entretien avec notre directeur général si elle est retenue. Je "
            "lui laisse ma ligne directe pour toute question d'ici là, et Corinne lui montre le dépôt et le poste "
            "de régulation avant qu'elle reparte. Après son départ, je complète ma grille à chaud, pendant une dizaine de minutes, avant de recevoir le candidat suivant."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "8 ans de projets digitaux, dont 4 comme cheffe de projet", "parcours cohérent, un peu long sur la mutuelle", "—"],
            [None, "rédige des besoins, a lu des API, pas de billettique", "a classé les avis en 6 minutes, bonne logique", "point à vérifier avec Corinne"],
            [None, "écoute, reformule, reste calme quand je la contredis", "très à l'aise avec l'exploitation", "—"],
            [None, "veut un produit utile, se dit lassée de l'assurance", "sincère, revient sur les collégiens", "—"],
            [None, "télétravail, budget de l'agence, équipe", "questions précises, pas sur le salaire", "envoyer le budget 2027"],
            [None, "préavis de deux mois, demande 46 000 euros", "dans la fourchette", "—"]]]),
        "scoring-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je reprends ses mots sur les usagers âgés", "oui"],
            [None, "je lui dis ce qui m'a plu avant de conclure", "oui"],
            [None, "le but et le déroulé dits dès l'accueil", "oui"],
            [None, "CV lu, vingt avis imprimés, Corinne prévenue", "oui"],
            [None, "tableau du poste montré, fourchette de salaire donnée", "oui"],
            [None, "je la laisse finir, silences acceptés", "à améliorer"],
            [None, "grille remplie pendant l'entretien", "oui"]]]),
    },
)
