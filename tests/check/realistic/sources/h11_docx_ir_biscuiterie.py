from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the plant manager of a biscuit factory in Vendée prepares the interview of a candidate for
    a maintenance team leader post. The interviewer's own numbered headings ("I.", "II."...) in heading styles,
    the job profile and the situation questions each in a table, the question grid as a table of timed steps; the
    note sheet is a heading with nothing under it (empty); no self-check against the criteria (missing).""",
    title="Biscuiterie des Olonnes – Recrutement d'un chef d'équipe maintenance",
    cover=["Guide d'entretien préparé par Franck Guérin, directeur d'usine", "Entretien du mardi 15 décembre 2026, 10 h"],
    blocks=[
        H(1, "I. Ce que je dois savoir avant", {"preparation": "ok"}),
        P("La Biscuiterie des Olonnes emploie 160 personnes aux Sables-d'Olonne et produit chaque jour 28 tonnes de "
          "galettes et de palets bretons sur quatre lignes. L'équipe de maintenance compte neuf techniciens en "
          "trois-huit. Son chef d'équipe, Gérard, part à la retraite en mars après vingt-deux ans chez nous ; il "
          "connaît chaque four par son bruit, et personne n'a été formé pour lui succéder. Nous avons eu en 2026 "
          "quatorze arrêts de ligne de plus de deux heures, dont la moitié la nuit."),
        P("La candidate, Aurélie Mainguy, 36 ans, est aujourd'hui technicienne de maintenance senior dans une "
          "laiterie de Challans. Elle a un BTS maintenance des systèmes et une licence en alternance ; elle n'a "
          "jamais encadré officiellement, mais elle forme les apprentis depuis trois ans. J'ai relu son CV deux "
          "fois et noté trois points à creuser : le passage à l'encadrement, sa connaissance de la maintenance "
          "préventive assistée par ordinateur, et sa disponibilité pour les astreintes du week-end. Le responsable "
          "qualité, Yannick, assistera à l'entretien et posera les questions d'hygiène alimentaire. La salle de "
          "réunion du premier étage est réservée une heure et demie ; la visite des lignes est prévue à la fin."),
        H(1, "II. Accueillir et poser le cadre", {"opening": "ok"}),
        P("J'irai la chercher moi-même à l'accueil. Je commencerai par la remercier d'avoir fait la route et par "
          "présenter Yannick. Je lui dirai comment va se passer l'heure : une présentation rapide de l'usine et du "
          "poste, son parcours, des questions sur des situations vécues, puis ses questions à elle et la visite. Je "
          "lui dirai aussi franchement pourquoi ce recrutement compte pour nous : Gérard part, l'équipe est "
          "inquiète, et nous voulons quelqu'un qui reste plusieurs années. Je lui préciserai qu'elle aura notre "
          "réponse avant Noël, quelle qu'elle soit, et qu'elle peut "
          "m'interrompre à tout moment si une question n'est pas claire."),
        H(1, "III. Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Moment", "Ce que je cherche", "Question d'ouverture", "Durée"],
           ["Accueil", "la mettre à l'aise", "« Vous avez trouvé facilement ? »", "5 min"],
           ["L'usine et le poste", "lui donner une image juste", "« Je vous présente nos lignes et l'équipe. »",
            "10 min"],
           ["Son parcours", "comprendre ses choix", "« Racontez-moi comment vous êtes arrivée à Challans. »",
            "15 min"],
           ["Situations vécues", "voir comment elle agit", "« Parlez-moi d'une panne dont vous êtes fière. »",
            "25 min"],
           ["Ses questions", "mesurer son intérêt", "« Qu'aimeriez-vous savoir sur nous ? »", "10 min"],
           ["Visite des lignes", "voir comment elle regarde l'atelier", "« Qu'est-ce qui vous frappe ? »", "20 min"]]),
        H(1, "IV. Le poste en une page", {"job-summary": "ok"}),
        T([["Volet", "Ce que nous attendons"],
           ["Missions", "organiser le travail des neuf techniciens, tenir le plan de maintenance préventive, "
                        "piloter les interventions lourdes pendant les arrêts d'août et de décembre"],
           ["Compétences techniques", "mécanique, électricité industrielle, automates Siemens, fours à gaz"],
           ["Management", "animer une équipe en trois-huit, conduire les entretiens annuels, former"],
           ["Conditions", "astreinte un week-end sur quatre, statut agent de maîtrise, 3 100 euros brut"],
           ["Premier objectif", "réduire de moitié les arrêts de plus de deux heures en un an"]]),
        H(1, "V. Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Question", "Ce que j'écoute", "Relance"],
           ["Racontez-moi une panne grave que vous avez résolue.", "la méthode, le calme, qui elle a prévenu",
            "Qu'auriez-vous fait autrement ?"],
           ["Parlez-moi d'une fois où un collègue n'a pas suivi une consigne de sécurité.",
            "si elle ose dire les choses, et comment", "Comment a-t-il réagi ensuite ?"],
           ["Décrivez un plan préventif que vous avez mis en place.", "les chiffres avant et après",
            "Comment avez-vous convaincu la production ?"],
           ["Avez-vous déjà dû arbitrer entre deux urgences la nuit ?", "ses critères de choix",
            "Qui a tranché au final ?"]]),
        H(1, "VI. Pourquoi nous, pourquoi maintenant ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui la fait bouger. Quitter une laiterie où elle est reconnue pour un poste "
          "d'encadrement chez nous est un vrai risque pour elle. Je lui demanderai ce qu'elle attend de ce "
          "changement, ce qui lui plaît dans le métier de chef et ce qui l'inquiète. J'écouterai si elle parle "
          "de l'équipe ou seulement des machines. Je lui dirai aussi ce que nous offrons : une équipe soudée, un "
          "budget de formation, un plan de remplacement des fours voté pour 2028 qu'elle pourra préparer, et la "
          "possibilité d'évoluer vers la responsabilité technique du site si tout se passe bien."),
        H(1, "VII. Ses questions à elle", {"candidate-questions": "ok"}),
        P("Je laisserai dix minutes entières à ses questions, sans regarder l'heure. Je m'attends à ce qu'elle "
          "demande pourquoi le poste est ouvert à l'extérieur et pas en interne : je lui dirai honnêtement que deux "
          "techniciens ont postulé et que nous les recevons aussi. Elle voudra sans doute savoir comment se "
          "passent les astreintes et l'état réel des machines ; je lui montrerai le tableau des arrêts de l'année "
          "pendant la visite. Si elle ne pose aucune question, ce sera un signal que je noterai. Si "
          "elle demande le salaire, je répondrai sans détour."),
        H(1, "VIII. Finir l'entretien", {"closing-follow-up": "ok"}),
        P("Après la visite, je la raccompagnerai au parking. Je lui rappellerai les prochaines étapes : nous voyons "
          "encore deux candidats cette semaine, et je l'appellerai le vendredi 18 décembre. Si nous allons plus "
          "loin, elle passera une demi-journée avec Gérard et l'équipe de nuit début janvier. Je lui demanderai "
          "son préavis et la date à laquelle elle pourrait commencer. Le soir même, Yannick et moi remplirons "
          "chacun notre grille séparément avant d'en parler, pour ne pas nous influencer. Je "
          "lui enverrai aussi un court message de remerciement dès le lendemain, quel que soit notre avis."),
        H(1, "IX. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "X. Grille d'évaluation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Compétences techniques sur nos équipements", "30 %", "", "automates et fours à gaz"],
           ["Capacité à encadrer", "30 %", "", "formation des apprentis, exemples de recadrage"],
           ["Méthode en maintenance préventive", "20 %", "", "outil de GMAO utilisé"],
           ["Motivation et stabilité", "10 %", "", "projet à cinq ans"],
           ["Hygiène et sécurité alimentaire", "10 %", "", "avis de Yannick"]]),
    ],
    missing=["criteria-self-check"],
)
