from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 4 (h4_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, a regional haulier in the Vendée recruiting a night operations manager. Some headings in
    heading styles, numbered, others bold Normal paragraphs (one in upper case); the questions on past situations
    are one table; the candidate's own questions get two sentences (thin); the note sheet is a heading with
    nothing under it (empty); no self-check of the jury's criteria (missing).""",
    title="Transports Gaubert – Recrutement d'un(e) responsable d'exploitation de nuit",
    cover=["Guide d'entretien", "Préparé par Mathieu Gaubert, directeur des opérations – novembre 2026"],
    blocks=[
        H(1, "1. Avant qu'elle arrive", {"preparation": "ok"}),
        P("Le poste est ouvert parce que Didier, responsable de l'exploitation de nuit depuis douze ans, part à la "
          "retraite en mars. La nuit, c'est 38 camions qui quittent la plateforme de La Roche-sur-Yon entre 21 h et "
          "4 h pour livrer les supermarchés du Grand Ouest, avec douze quais, trente-deux conducteurs et six "
          "préparateurs. Nous recevons Mme Aurélie Chauvet, aujourd'hui adjointe d'exploitation chez un "
          "transporteur frigorifique de Cholet. J'ai relu son parcours deux fois et noté trois points à creuser : "
          "un passage de huit mois dans la vente, l'absence d'expérience en management direct de plus de dix "
          "personnes, et un départ récent de son employeur précédent. L'entretien aura lieu jeudi à 16 h dans la "
          "salle du premier étage, loin du bruit des quais, avec Sophie Renaud, notre responsable RH, qui prendra "
          "les notes. J'ai prévenu l'accueil, préparé une copie de la fiche de poste et réservé vingt minutes "
          "après l'entretien pour une visite de la plateforme si l'échange se passe bien. Sophie et moi nous "
          "retrouvons à 15 h 30 pour nous répartir les questions."),
        B("2. Les cinq premières minutes", {"opening": "ok"}),
        P("Je vais la chercher moi-même à l'accueil plutôt que de la faire appeler. Je me présente, je présente "
          "Sophie et je dis clairement pourquoi nous sommes là : trouver la personne qui tiendra la nuit quand "
          "Didier sera parti, et lui donner à elle assez d'informations pour savoir si elle en a envie. J'annonce "
          "la durée, une heure, et l'ordre de ce qui va suivre. Je précise que Sophie écrit pendant l'échange pour "
          "ne rien oublier, pas pour la juger sur chaque phrase. Un verre d'eau, et on commence."),
        H(1, "3. Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Qui mène"],
           ["0-5 min", "accueil et annonce du déroulé", "Mathieu"],
           ["5-15 min", "son parcours, raconté par elle", "Sophie"],
           ["15-35 min", "situations vécues, questions de la grille", "Mathieu"],
           ["35-45 min", "ce qui l'attire chez nous", "Sophie"],
           ["45-55 min", "ses questions", "les deux"],
           ["55-60 min", "suite et remerciements", "Mathieu"]]),
        B("4. Le poste en bref", {"job-summary": "ok"}),
        T([["Élément", "Ce que nous proposons ou attendons"],
           ["Horaires", "du dimanche au jeudi, 20 h – 4 h"],
           ["Équipe", "32 conducteurs et 6 préparateurs, deux chefs de quai"],
           ["Rattachement", "directeur des opérations"],
           ["Salaire", "42 à 46 k€ bruts plus prime de nuit"],
           ["Indispensable", "expérience d'exploitation en transport, sang-froid, permis B"],
           ["Apprécié", "connaissance du froid, du logiciel de planification"]]),
        H(1, "5. Racontez-moi une fois où…", {"star-questions": "ok"}),
        T([["Ce que l'on cherche", "Question posée", "Relance si la réponse reste vague"],
           ["Gérer l'imprévu", "Un camion tombe en panne à 2 h avec un client prioritaire : racontez un cas réel.",
            "Qu'avez-vous fait vous, et qu'est-ce que ça a donné ?"],
           ["Tenir une équipe", "Parlez-moi d'un conducteur qui refusait une consigne.",
            "Comment la discussion s'est-elle terminée ?"],
           ["Chiffres", "Quand avez-vous baissé un coût de tournée ?", "De combien, et comment l'avez-vous mesuré ?"],
           ["Sécurité", "Une fois où vous avez dit non à un client pour une raison de sécurité.",
            "Le client est-il resté ?"]]),
        B("6. POURQUOI ELLE, POURQUOI NOUS", {"motivation": "ok"}),
        P("Je veux comprendre ce qui la fait quitter un poste d'adjointe stable pour un travail de nuit, et si elle "
          "mesure ce que la nuit change dans une vie de famille. Je lui demande ce qu'elle sait déjà de Gaubert, ce "
          "qui lui plaît dans une entreprise familiale de 140 personnes plutôt qu'un grand groupe, et où elle se "
          "voit dans quelques années. J'écoute surtout si elle parle des gens ou seulement des camions. Une "
          "personne qui ne parle que d'horaires ou de salaire ne tiendra pas l'hiver."),
        B("7. À elle de poser ses questions", {"candidate-questions": "thin"}),
        P("Je lui laisse dix minutes. Je prépare les réponses sur la prime de nuit, les jours de repos et la voiture "
          "de service."),
        H(1, "8. Terminer proprement", {"closing-follow-up": "ok"}),
        P("Je la remercie et je lui dis exactement ce qui va se passer : nous voyons encore deux personnes cette "
          "semaine, nous lui donnons une réponse par téléphone le mardi suivant au plus tard, et, si elle est "
          "retenue, un second rendez-vous d'une nuit entière sur la plateforme avec Didier. Je lui demande si elle "
          "a d'autres processus en cours et à quelle échéance, pour ne pas la perdre par lenteur. Je la "
          "raccompagne jusqu'au parking en passant par les quais, "
          "pour qu'elle voie la plateforme au moment où les premiers camions se préparent à partir."),
        H(1, "9. Feuille de notes", {"note-taking-grid": "empty"}),
        H(1, "10. Comment on la note", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Ce qui la justifie"],
           ["Expérience d'exploitation", "30 %", "", "exemples concrets de nuits difficiles"],
           ["Management d'équipe", "30 %", "", "cas du conducteur réticent"],
           ["Sang-froid", "20 %", "", "réponse sur la panne"],
           ["Envie de la nuit", "20 %", "", "ce qu'elle dit de sa vie de famille"]]),
    ],
    missing=["criteria-self-check"],
)
