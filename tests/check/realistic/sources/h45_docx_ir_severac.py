from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Transports Sévérac, a 140-person road haulier in Aveyron (Sévérac-d'Aveyron and Rodez), recruits
    a transport planner to replace one who retires. Numbered headings, several written as questions, the others
    paraphrased. The candidate's questions get two sentences (thin). A section of the author's own lists the
    questions she will not ask (no label). No self-check against the criteria at the end (missing).""",
    title="Recrutement d'un(e) planificateur·rice transport",
    cover=["Guide d'entretien – Transports Sévérac", "Rédigé par Maëlle Costes, responsable d'exploitation",
           "Entretiens des 8 et 9 janvier 2027"],
    blocks=[
        H(1, "1. Avant le jour J : ce que je prépare", {"preparation": "ok"}),
        P("Transports Sévérac emploie 140 personnes, dont 96 conducteurs, et fait rouler 85 camions entre l'Aveyron, "
          "Toulouse, Montpellier et Lyon, surtout pour l'agroalimentaire : fromageries, salaisons, coopératives "
          "laitières. Le service d'exploitation compte quatre planificateurs. Jean-Pierre, qui part à la retraite "
          "en mars après vingt-deux ans dans l'entreprise, tenait les tournées du frais, les plus difficiles à cause "
          "des horaires de ramasse et des températures dirigées. Nous cherchons quelqu'un qui puisse reprendre ce "
          "portefeuille après deux mois de tuilage."),
        P("J'ai retenu cinq candidats sur les trente-huit CV reçus. Pour chacun, je relis le CV la veille, je note "
          "deux ou trois points à creuser (un trou dans le parcours, un logiciel de planification cité, une "
          "expérience du froid) et je prépare une situation réelle tirée de notre semaine du 11 novembre, quand "
          "deux conducteurs malades et une panne ont obligé à refaire toute la planification du mardi. L'entretien "
          "a lieu dans la salle de réunion du dépôt de Sévérac, à l'écart du bureau d'exploitation pour ne pas être "
          "interrompue par la radio. Karine, de l'équipe RH, assiste aux entretiens pour la partie contrat et "
          "rémunération. Je prévois une visite du quai de vingt minutes après l'entretien pour les candidats qui le "
          "souhaitent, parce que le métier se comprend mieux devant les camions."),
        H(1, "2. Les cinq premières minutes", {"opening": "ok"}),
        P("J'accueille le candidat à l'entrée du dépôt, pas au bureau, et je lui propose un café. Je me présente, "
          "je présente Karine et je dis simplement comment l'heure va se passer : d'abord son parcours, puis des "
          "situations concrètes, puis le poste, enfin ses questions. Je précise que nous prenons des notes pour "
          "pouvoir comparer les candidats de façon juste, et que la décision sera connue sous huit jours. J'explique "
          "en une phrase pourquoi nous recrutons : un départ à la retraite, pas une crise, et un poste qui compte "
          "beaucoup pour nos clients du frais. Je termine en lui demandant s'il a des contraintes d'horaire "
          "aujourd'hui."),
        H(1, "3. Comment l'heure va-t-elle se dérouler ?", {"interview-phases": "ok"}),
        T([["Moment", "Ce qui se passe", "Ce que j'observe", "Durée"],
           ["Accueil", "café, présentation, déroulé annoncé", "aisance, ponctualité", "5 min"],
           ["Parcours", "le candidat raconte ses trois derniers postes", "cohérence, ce qu'il retient de chaque poste", "10 min"],
           ["Mises en situation", "trois questions sur des faits vécus", "méthode, calme, priorités", "20 min"],
           ["Cas du 11 novembre", "replanifier une journée avec trois camions en moins", "raisonnement à voix haute", "10 min"],
           ["Le poste", "missions, horaires, astreintes, salaire", "réactions, questions", "8 min"],
           ["Ses questions", "il interroge, je réponds", "ce qui l'intéresse vraiment", "5 min"],
           ["Fin", "suite du processus, date de réponse", "—", "2 min"]]),
        H(1, "4. Le poste en clair : missions et compétences", {"job-summary": "ok"}),
        T([["Mission ou compétence", "Ce que cela veut dire chez nous", "Indispensable / souhaité"],
           ["Construire les tournées du frais", "32 camions chaque nuit, ramasses entre 4 h et 7 h", "indispensable"],
           ["Gérer les imprévus", "panne, absence, client en retard : trouver une solution en moins d'une heure", "indispensable"],
           ["Respecter la réglementation sociale", "temps de conduite et de repos, chronotachygraphe", "indispensable"],
           ["Utiliser un logiciel de planification", "nous utilisons Optitrans depuis 2023", "souhaité"],
           ["Parler avec les conducteurs", "annoncer un changement sans créer de conflit", "indispensable"],
           ["Connaître le transport sous température dirigée", "règles de la chaîne du froid, relevés", "souhaité"]]),
        H(1, "5. Racontez-moi une fois où…", {"star-questions": "ok"}),
        T([["Ce que je veux vérifier", "Question posée", "Une bonne réponse contient"],
           ["Gestion de l'urgence", "Parlez-moi d'une journée où votre planning est tombé à l'eau le matin même.",
            "la situation, ce qu'il a décidé en premier, le résultat pour le client, ce qu'il a changé ensuite"],
           ["Relation avec les conducteurs", "Racontez une fois où un conducteur a refusé une tournée.",
            "écoute, explication, compromis trouvé, sans passer en force"],
           ["Rigueur réglementaire", "Avez-vous déjà dû refuser une demande client à cause des temps de conduite ?",
            "le refus argumenté, une solution de remplacement proposée au client"],
           ["Amélioration", "Qu'avez-vous changé dans une organisation que vous avez trouvée en arrivant ?",
            "un constat chiffré, une action, un résultat mesuré"]]),
        H(1, "6. Qu'est-ce qui vous amène chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre pourquoi le candidat quitte son poste actuel et pourquoi il choisit une entreprise de "
          "taille moyenne en Aveyron plutôt qu'un grand groupe de Toulouse. Je lui demande ce qu'il sait de nos "
          "clients, ce qui l'attire dans le frais, et ce qu'il attend de son prochain poste dans trois ans. Je "
          "pose aussi la question des horaires franchement : le poste commence à 5 h deux semaines sur trois, et une "
          "astreinte téléphonique tourne un week-end par mois. Un candidat qui découvre ces contraintes pendant "
          "l'entretien et qui hésite n'est pas un mauvais candidat, mais il faut que nous en parlions avant l'offre "
          "et pas après. Je lui dis aussi ce que nous offrons : une équipe soudée, des conducteurs fidèles et une "
          "vraie autonomie sur les tournées."),
        H(1, "7. À vous la parole", {"candidate-questions": "thin"}),
        P("Je laisse dix minutes au candidat pour ses questions et je note lesquelles il pose. S'il n'en a aucune, je "
          "lui propose de parler de l'équipe d'exploitation."),
        H(1, "8. Conclure et donner la suite", {"closing-follow-up": "ok"}),
        P("Je remercie le candidat pour son temps et je résume en deux phrases ce que j'ai retenu de l'entretien, "
          "pour qu'il puisse corriger si j'ai mal compris. J'explique les étapes suivantes : une réponse par "
          "téléphone au plus tard le 16 janvier, puis, pour le candidat retenu, une demi-journée au bureau "
          "d'exploitation avec Jean-Pierre avant la signature. Karine lui remet la fiche de poste et la grille de "
          "salaire. Je raccompagne le candidat jusqu'au parking. Dans l'heure qui suit, je complète ma feuille de "
          "notes et ma notation, avant le candidat suivant, pour ne pas mélanger les impressions. Les candidats non "
          "retenus reçoivent un appel, pas un courriel, avec une raison précise."),
        H(1, "9. Ce que je ne demanderai pas", {}),
        P("Pas de question sur la situation familiale, un projet d'enfant, la religion, la santé ou l'origine. Si le "
          "candidat parle de lui-même de ses enfants à propos des horaires, je réponds sur l'organisation des "
          "horaires sans relancer sur sa vie privée."),
        H(1, "10. Ma feuille de notes", {"note-taking-grid": "ok"}),
        T([["Séquence", "Faits entendus", "Phrases notées mot pour mot", "Points à vérifier"],
           ["Parcours", "postes, durées, raisons de départ", "", "références à appeler"],
           ["Mises en situation", "situation, action, résultat pour chaque question", "", "chiffres cités"],
           ["Cas du 11 novembre", "ordre des décisions, camions réaffectés", "", "respect des temps de repos"],
           ["Motivation", "horaires acceptés ou non, projet à trois ans", "", "date de disponibilité"],
           ["Questions du candidat", "sujets abordés", "", "—"]]),
        H(1, "11. Comment je départage les candidats ?", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "1 – insuffisant", "3 – correct", "5 – excellent"],
           ["Planification sous contrainte", "30 %", "ne hiérarchise pas", "solution tenable", "solution rapide et expliquée"],
           ["Réglementation sociale", "20 %", "ignore les règles", "connaît les temps de conduite", "anticipe les dépassements"],
           ["Relation avec les conducteurs", "20 %", "impose", "explique", "négocie et garde la confiance"],
           ["Outils informatiques", "15 %", "aucun logiciel", "un logiciel de planification", "plusieurs, dont Optitrans"],
           ["Motivation et horaires", "15 %", "refuse les contraintes", "les accepte", "les connaît déjà et les assume"]]),
    ],
    missing=["criteria-self-check"],
)
