from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the production manager of Les Vergers de Plouénan, a cider house of 38 people in Finistère,
    prepares the interview of a candidate for a maintenance technician post on the bottling line. Guidance deleted.
    The preparation heading retyped "Avant de rencontrer Mme Guéguen" and the job heading retyped "Le poste de
    technicien de ligne" (runs replaced, bookmarks lost); the closing heading retyped "Comment je termine"
    keeping its bookmark. The motivation section still holds our prompt (placeholder); the note-taking grid left
    as generated (empty); every other section written, tables filled.""",
    cover={"company": "Les Vergers de Plouénan", "candidate": "Erwan Le Bihan", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de rencontrer Mme Guéguen", text=[
            "Les Vergers de Plouénan produisent chaque année 2,1 millions de bouteilles de cidre et de jus de pomme "
            "sur une seule ligne d'embouteillage, installée en 2019. Depuis le départ en retraite de Jean-Yves en "
            "septembre, la maintenance repose sur un seul technicien et sur des interventions du fabricant, facturées "
            "145 euros de l'heure. En octobre, la ligne s'est arrêtée 31 heures au total, dont 11 heures pendant la "
            "pleine saison des pressages.",
            "Je reçois Nolwenn Guéguen, 29 ans, titulaire d'un BTS maintenance des systèmes, qui travaille depuis "
            "quatre ans chez un conserveur de légumes à Landivisiau. J'ai relu son CV deux fois et noté trois points "
            "à creuser : son expérience des automates Siemens, sa pratique de la maintenance préventive et la raison "
            "pour laquelle elle quitte un poste en CDI. J'ai aussi préparé la visite de la ligne, car je veux voir "
            "comment elle regarde une machine qu'elle ne connaît pas.",
            "L'entretien aura lieu le mardi 8 décembre à 14 h, dans la salle de réunion au-dessus du chai, pour une "
            "heure. Gaëlle, notre responsable RH, assiste à la deuxième moitié. Je bloque mon téléphone et je "
            "préviens l'équipe que je ne suis pas joignable."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Madame Guéguen, merci d'être venue jusqu'à Plouénan. Je suis Erwan Le Bihan, responsable de "
            "la production. Nous avons une heure ensemble : je vais d'abord vous présenter la cidrerie et le poste, "
            "puis je vous laisserai parler de votre parcours, je vous poserai quelques questions sur des situations "
            "que vous avez vécues, et nous finirons par une visite de la ligne. Vous aurez tout le temps de poser vos "
            "questions. Je prendrai des notes, ne vous en inquiétez pas : c'est pour être juste avec chaque "
            "candidat. Nous recrutons quelqu'un pour durer, donc l'idée est aussi que vous voyiez si l'endroit vous "
            "plaît. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "la mettre à l'aise, annoncer le déroulé", "—", "3 min"],
            [None, "montrer la cidrerie, la saison, la ligne", "Vous connaissiez nos cidres ?", "7 min"],
            [None, "comprendre son parcours chez le conserveur", "Qu'est-ce que vous faites sur une journée type ?", "10 min"],
            [None, "vérifier le préventif et le dépannage", "Racontez-moi une panne que vous avez résolue seule", "15 min"],
            [None, "savoir pourquoi elle part et ce qu'elle cherche", "Qu'est-ce qui vous ferait rester cinq ans ?", "8 min"],
            [None, "répondre franchement", "Qu'aimeriez-vous savoir sur nous ?", "7 min"],
            [None, "annoncer les étapes et les délais", "—", "5 min"]]]),
        "job-summary": dict(status="ok", retitle="Le poste de technicien de ligne", skip_cols=1, tables=[[
            [None, "technicien(ne) de maintenance, équipe production de six personnes", "indispensable"],
            [None, "moi-même, responsable de la production", "indispensable"],
            [None, "garder la ligne d'embouteillage disponible, surtout de septembre à décembre", "indispensable"],
            [None, "dépannage, plan de maintenance préventive, suivi des pièces, lien avec le fabricant", "indispensable"],
            [None, "automates Siemens S7, pneumatique, lecture de schémas électriques, habilitation BR", "indispensable"],
            [None, "calme sous pression, rigueur dans le suivi écrit, goût du travail en équipe", "souhaitable"],
            [None, "CDI, Plouénan, 35 h annualisées, astreinte une semaine sur trois en saison, 2 400 euros brut", "indispensable"]]]),
        "star-questions": dict(status="ok", tables=[[
            ["Dépannage", "Parlez-moi d'une panne qui a arrêté votre ligne longtemps",
             "sertisseuse bloquée un vendredi soir", "relancer avant l'équipe du samedi",
             "diagnostic capteur, pièce récupérée sur une machine à l'arrêt", "reprise en 2 h, pièce commandée le lundi", "4"],
            ["Préventif", "Avez-vous déjà mis en place un plan de maintenance ?",
             "pannes répétées sur un convoyeur", "réduire les arrêts", "relevé des heures, fiches de contrôle hebdomadaires",
             "arrêts divisés par deux en six mois", "5"],
            ["Travail en équipe", "Un désaccord avec un chef d'équipe, comment l'avez-vous géré ?",
             "production voulait repousser un arrêt prévu", "tenir la sécurité sans bloquer", "proposé un créneau de nuit",
             "arrêt fait, relation gardée", "4"]]]),
        "motivation": dict(status="placeholder"),
        "candidate-questions": dict(status="ok", text=[
            "Je m'attends à ce qu'elle demande comment se passe l'astreinte en saison, si elle sera formée sur la "
            "ligne et qui la remplace pendant ses congés. Je réponds sans enjoliver : l'astreinte tombe une semaine "
            "sur trois de septembre à décembre, elle est payée 180 euros la semaine et les appels de nuit restent "
            "rares. Le fabricant vient deux jours en janvier pour la former, et le technicien actuel, Loïc, l'accompagne "
            "pendant son premier mois. Si elle demande pourquoi Jean-Yves n'a pas été remplacé plus tôt, je lui dis "
            "la vérité : nous avons cru pouvoir tenir avec le fabricant, et les arrêts d'octobre nous ont montré "
            "l'inverse. Je note chacune de ses questions, car elles disent souvent ce qui compte pour la personne."]),
        "closing-follow-up": dict(status="ok", retitle="Comment je termine", keep_bookmark=True, text=[
            "Je lui demande s'il reste un point qu'elle n'a pas pu aborder, puis je lui explique la suite : nous "
            "voyons encore deux candidats cette semaine, et je lui donne une réponse par téléphone au plus tard le "
            "vendredi 18 décembre, qu'elle soit positive ou non. Si elle est retenue, une demi-journée d'essai sur la "
            "ligne est prévue avant Noël, avec Loïc. Je la remercie pour la précision de ses exemples et je la "
            "raccompagne jusqu'au parking en passant par le verger, ce qui laisse toujours un moment plus détendu pour "
            "parler de la région."]),
        "note-taking-grid": dict(status="empty"),
        "scoring-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "30 %", "4", "Siemens S7 pratiqué chaque semaine, habilitation BR à jour"],
            [None, "20 %", "4", "exemple précis de désaccord géré sans conflit"],
            [None, "20 %", "5", "quatre ans en agroalimentaire, ligne de conditionnement"],
            [None, "15 %", "3", "veut se rapprocher de sa famille, projet encore flou au-delà"],
            [None, "15 %", "4", "a posé des questions sur l'équipe avant le salaire"],
            [None, "", "4,1 / 5", "à confirmer par l'essai sur la ligne"]]]),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je reformule ce qu'elle dit de son départ avant d'enchaîner", "oui"],
            [None, "je cite ses points forts en conclusion", "oui"],
            [None, "déroulé et durée annoncés dans la première minute", "oui"],
            [None, "CV relu, trois points notés, visite prévue", "oui"],
            [None, "tableau du poste présenté, salaire et astreinte dits clairement", "oui"],
            [None, "je laisse des silences, je ne coupe pas", "à surveiller"],
            [None, "grille imprimée, une colonne par thème", "oui"]]]),
    },
)
