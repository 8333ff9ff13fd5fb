from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Le gérant de Cyclo Kerhouez, atelier de réparation de vélos électriques à Rennes (9 salariés,
    flotte de 340 vélos de La Poste et de deux entreprises en entretien), prépare l'entretien de recrutement d'un
    chef d'atelier. Titres numérotés « 1 - » à « 10 - », en style Titre 1, reformulés ; le déroulé, le profil
    recherché, les questions STAR et la grille de notation sont des tableaux. La feuille de prise de notes a son
    titre mais rien dessous (empty) ; pas d'auto-évaluation finale sur les critères (missing).""",
    title="Recrutement d'un(e) chef(fe) d'atelier – guide d'entretien",
    cover=["Cyclo Kerhouez, Rennes · préparé par Erwan Le Floch, gérant",
           "Entretien avec Mme Sarah Benhamou, jeudi 10 décembre 2026, 10 h"],
    blocks=[
        H(1, "1 - Ce que je dois avoir en tête avant le jeudi", {"preparation": "ok"}),
        P("Notre chef d'atelier, Mikaël, part en mars ouvrir sa propre boutique à Vannes. Il encadre quatre "
          "mécaniciens et un apprenti, organise le planning des réparations et parle chaque semaine avec les "
          "gestionnaires de flotte de La Poste, qui représentent 45 % de notre chiffre d'affaires. Je ne cherche "
          "donc pas seulement un bon mécanicien : je cherche quelqu'un qui tient un planning, qui sait dire non à "
          "un client pressé et qui fait progresser l'équipe."),
        P("Sarah Benhamou a envoyé sa candidature par l'annonce de l'école de mécanique cycle. Elle a sept ans "
          "d'expérience, dont trois comme responsable d'un petit atelier Décathlon à Angers, et une certification "
          "Bosch et Shimano Steps sur les moteurs. J'ai relu son CV deux fois et noté trois points à creuser : un "
          "trou de huit mois en 2023, son départ de Décathlon et son expérience réelle du management. J'ai appelé "
          "la référence qu'elle donne, un ancien collègue, qui parle d'une personne calme et rigoureuse. Avant "
          "l'entretien, je prépare la fiche de poste imprimée, la grille de salaire (2 250 à 2 450 euros bruts) et "
          "une visite de l'atelier. Mikaël sera présent pour la dernière demi-heure, pour la partie technique. "
          "Je bloque une heure et demie dans la salle du fond, sans téléphone."),
        H(1, "2 - L'accueil", {"opening": "ok"}),
        P("Je vais la chercher moi-même à l'accueil, je lui propose un café et nous passons par l'atelier pour "
          "qu'elle voie les postes de travail. Une fois assis, je la remercie d'être venue depuis Angers et je "
          "présente le déroulé : vingt minutes sur son parcours, une demi-heure de questions sur des situations "
          "vécues, puis ses questions, et Mikaël pour la technique. Je lui dis que je prendrai des notes pour "
          "être juste avec tous les candidats, et que nous rencontrons trois personnes en tout. Je lui explique "
          "pourquoi le poste est ouvert, pour qu'elle ne s'imagine pas un conflit."),
        H(1, "3 - Déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Moment", "Contenu", "Qui parle surtout"],
           ["0-10 min", "accueil, visite rapide, déroulé", "moi"],
           ["10-30 min", "son parcours, ses choix, le trou de 2023", "elle"],
           ["30-60 min", "questions sur des situations vécues", "elle"],
           ["60-70 min", "présentation du poste et des conditions", "moi"],
           ["70-80 min", "ses questions", "elle"],
           ["80-90 min", "partie technique avec Mikaël, conclusion", "Mikaël, puis moi"]]),
        H(1, "4 - Le poste en quelques lignes", {"job-summary": "ok"}),
        T([["Attendu", "Compétence recherchée", "Niveau"],
           ["Planifier 60 à 80 réparations par semaine", "organisation, outil de planning", "indispensable"],
           ["Encadrer 4 mécaniciens et 1 apprenti", "management de proximité, pédagogie", "indispensable"],
           ["Diagnostiquer les moteurs Bosch et Shimano", "électronique du vélo", "indispensable"],
           ["Répondre aux gestionnaires de flotte", "relation client, tenue des délais", "important"],
           ["Commander les pièces et tenir le stock", "gestion de stock", "souhaité"]]),
        H(1, "5 - Situations vécues : mes questions", {"star-questions": "ok"}),
        T([["Question", "Ce que je veux entendre", "Signal d'alerte"],
           ["Racontez une semaine où l'atelier était débordé. Qu'avez-vous fait ?",
            "une priorisation expliquée, un client prévenu", "« on a fait des heures sup' », sans plus"],
           ["Parlez-moi d'un mécanicien qui ne suivait pas les procédures.",
            "un échange en tête-à-tête, un suivi, un résultat", "reproche public ou rien de fait"],
           ["Un client exige une réparation pour le lendemain alors que c'est impossible.",
            "une alternative proposée, un refus poli", "promesse intenable"],
           ["Décrivez une panne que vous avez mis longtemps à trouver.",
            "une méthode de diagnostic, de l'humilité", "le hasard, la chance"]]),
        H(1, "6 - Pourquoi nous ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui l'attire chez nous plutôt que dans une grande enseigne. Je lui demande ce "
          "qu'elle a aimé et moins aimé à Angers, ce qu'elle attend d'un chef, et ce qui la ferait rester cinq "
          "ans. J'écoute si elle parle du vélo comme d'un métier ou comme d'un job. Je lui parle aussi de ce que "
          "nous pouvons offrir : une équipe stable, des horaires sans dimanche, une prime sur la ponctualité des "
          "flottes et la formation Bosch avancée payée en 2027. Si elle hésite à déménager, je propose une "
          "semaine d'essai rémunérée pour qu'elle rencontre l'équipe."),
        H(1, "7 - Le temps de ses questions", {"candidate-questions": "ok"}),
        P("Je lui laisse dix minutes, sans regarder l'heure. Je m'attends à des questions sur le salaire, sur "
          "l'évolution de l'atelier et sur l'équipe ; j'ai les réponses prêtes : fourchette de salaire, projet "
          "d'ouvrir un second site à Cesson en 2028, ancienneté des mécaniciens. Si elle ne pose aucune question, "
          "je lui demande ce qu'elle aimerait savoir pour se décider, parce qu'une candidate sans question sur "
          "l'équipe qu'elle va diriger me laisserait un doute. Je note ses questions : elles disent beaucoup de "
          "ce qui compte pour elle. Elle peut aussi m'écrire plus tard si une question lui vient sur la route du retour."),
        H(1, "8 - Pour conclure", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai retenu de son parcours et je lui demande si j'ai bien compris. Je lui explique "
          "la suite : deux autres entretiens cette semaine, une réponse par téléphone au plus tard le vendredi 18 "
          "décembre, puis, si c'est oui, une journée à l'atelier avec l'équipe avant la signature. Je la "
          "raccompagne et je la remercie pour le temps et le trajet. Le jour même, je remplis la grille de "
          "notation avec Mikaël, avant de voir le candidat suivant, pour ne pas mélanger les impressions. Je lui "
          "laisse aussi ma carte avec mon numéro direct."),
        H(1, "9 - Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "10 - Notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note (1 à 4)", "Commentaire"],
           ["Organisation et planning", "30 %", "", "à remplir avec Mikaël juste après"],
           ["Management d'équipe", "30 %", "", "exemples concrets attendus"],
           ["Technique moteur", "25 %", "", "évaluée par Mikaël sur un vélo en panne"],
           ["Relation client", "15 %", "", "situation du client pressé"]]),
    ],
    missing=["criteria-self-check"],
)
