from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Atelier Kerlaz, a surfboard and paddle maker in Douarnenez (23 people), recruits a workshop
    lead for its composite lamination shop. Question and paraphrased headings; the behavioural questions as a
    question grid table; the part on what draws the candidate to the job is one short paragraph (thin); an extra
    section of the author's own on why the workshop recruits now (no label); the steps, the job summary, the notes,
    the scoring and the self-check as tables.""",
    title="Entretien de recrutement – chef(fe) d'atelier stratification",
    cover=["Atelier Kerlaz, Douarnenez", "Guide préparé par Yann Le Gall, directeur de production",
           "Entretien prévu le mardi 15 décembre 2026, 10 h"],
    blocks=[
        H(1, "Pourquoi l'atelier recrute maintenant"),
        P("Notre chef d'atelier, Gwenaël, part à la retraite fin février après dix-neuf ans chez Kerlaz. Dans le "
          "même temps, nous lançons une gamme de planches en lin et résine biosourcée, qui demande des réglages "
          "nouveaux au moulage sous vide. Le poste n'est donc pas un simple remplacement."),
        H(1, "Avant l'entretien, qu'est-ce que je prépare ?", {"preparation": "ok"}),
        P("La candidate que je reçois, Morgane T., a trente-quatre ans et travaille depuis huit ans dans un chantier "
          "naval de Concarneau, où elle encadre une équipe de cinq stratifieurs sur des coques de voiliers. Son CV "
          "montre une solide pratique de l'infusion sous vide, mais aucune expérience de la petite série ni du "
          "contact direct avec les clients, que nos chefs d'atelier ont souvent au téléphone. Je relis son dossier "
          "la veille en notant trois points à creuser : comment elle gère un défaut découvert en fin de "
          "fabrication, comment elle forme un nouvel arrivant, et ce qu'elle attend d'une structure de vingt-trois "
          "personnes après un chantier de deux cents salariés."),
        P("Je réserve la salle de réunion au-dessus de l'atelier pour une heure et quart, téléphone coupé. Gwenaël "
          "se joint à nous pour la dernière demi-heure et fera avec elle le tour des postes de stratification. "
          "J'imprime la fiche du poste, ma grille de questions et la grille de notation, et je prévois deux "
          "planches ratées de la semaine dernière pour lui demander d'en trouver les défauts. Enfin, je prépare "
          "les éléments de rémunération que je peux annoncer : fourchette, prime de fin de saison et horaires."),
        H(1, "Comment je lance l'échange", {"opening": "ok"}),
        P("J'accueille Morgane à l'entrée de l'atelier, je lui propose un café et je lui présente Gwenaël en "
          "passant. Une fois installés, je lui explique le déroulé : je lui présente d'abord l'atelier et le poste, "
          "puis je lui pose des questions sur des situations qu'elle a vécues, ensuite elle pourra poser les "
          "siennes, et nous finirons par la visite. Je lui dis que l'entretien dure environ une heure et quart, "
          "que je vais prendre des notes pour ne rien oublier, et qu'il n'y a pas de piège : je cherche surtout à "
          "comprendre comment elle travaille et ce qu'elle recherche. Je précise enfin que nous voyons deux autres "
          "personnes et que nous donnerons une réponse à tous avant Noël."),
        H(1, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce qui se passe", "Qui parle surtout"],
           ["0-10 min", "Accueil, présentation de l'atelier et du déroulé", "moi"],
           ["10-20 min", "Le poste, l'équipe de sept, la nouvelle gamme", "moi"],
           ["20-50 min", "Situations vécues, relances, exercice des planches ratées", "Morgane"],
           ["50-60 min", "Ses questions, conditions du poste", "Morgane puis moi"],
           ["60-75 min", "Visite de l'atelier avec Gwenaël, conclusion", "Gwenaël, moi"]]),
        H(2, "Le poste en bref", {"job-summary": "ok"}),
        T([["Rubrique", "Ce que j'en dis"],
           ["Mission", "organiser la stratification de 1 800 planches par an, qualité et délais"],
           ["Équipe", "sept stratifieurs et ponceurs, dont deux apprentis"],
           ["Savoir-faire", "infusion et moulage sous vide, lecture des fiches de drapage, réglage des résines"],
           ["Qualités", "calme en période de pointe, pédagogie, rigueur sur la sécurité chimique"],
           ["Rattachement", "directeur de production"]]),
        H(1, "Mes questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Ce que je veux savoir", "Question posée", "Relance", "Ce que j'écoute"],
           ["Gérer un défaut", "Racontez-moi une pièce défectueuse découverte tard. Qu'avez-vous fait ?",
            "Qu'a-t-on changé ensuite ?", "elle cherche la cause, pas un coupable"],
           ["Former", "Parlez-moi du dernier stratifieur que vous avez formé.", "Combien de temps avant qu'il soit "
            "autonome ?", "méthode, patience, suivi"],
           ["Tenir les délais", "Décrivez une semaine où la production était en retard.",
            "Qu'avez-vous dit à votre équipe ?", "priorités claires, pas de passage en force"],
           ["Sécurité", "Un opérateur refuse de porter son masque. Que s'est-il passé la dernière fois ?",
            "Et le lendemain ?", "fermeté et explication"]]),
        H(1, "Qu'est-ce qui l'attire chez nous ?", {"motivation": "thin"}),
        P("Je lui demande pourquoi elle quitterait un grand chantier pour un petit atelier, et ce qu'elle connaît "
          "du surf. Je veux entendre un projet, pas seulement un rapprochement de domicile."),
        H(1, "Place à ses questions", {"candidate-questions": "ok"}),
        P("Je lui laisse au moins dix minutes et je note chaque question, car elles disent beaucoup de ce qui "
          "compte pour elle. Je m'attends à des questions sur les horaires, puisque l'atelier tourne de 7 h à 15 h "
          "avec un samedi par mois en saison, et sur la place qu'elle aurait dans le choix des nouvelles résines. "
          "Je réponds franchement, y compris sur ce qui est moins attirant : l'atelier est chaud l'été et les "
          "volumes doublent de mars à juin. Si elle ne pose aucune question, je l'invite à dire ce qu'elle "
          "voudrait savoir de l'équipe ou du départ de Gwenaël, pour ne pas la laisser repartir avec des doutes."),
        H(1, "Et pour terminer ?", {"closing-follow-up": "ok"}),
        P("Après la visite, je la remercie de sa venue et je résume en deux phrases ce que j'ai retenu de "
          "l'échange. Je lui redis le calendrier : décision le 21 décembre, appel téléphonique dans tous les cas, "
          "puis courrier. Si elle est retenue, je lui propose une journée d'immersion rémunérée à l'atelier en "
          "janvier, avant la signature. Dès son départ, je complète ma grille avec Gwenaël pendant que nos "
          "impressions sont fraîches, et je classe les notes dans son dossier, que je conserve deux ans avec "
          "son accord. Les deux autres personnes reçoivent le même guide, mot pour mot, pour que la "
          "comparaison reste juste."),
        H(2, "Prise de notes pendant l'heure", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'elle dit", "Mon impression", "À vérifier"],
           ["Défaut tardif", "", "", ""],
           ["Formation d'un nouveau", "", "", ""],
           ["Semaine en retard", "", "", "appeler son ancien chef d'équipe"],
           ["Exercice des planches", "", "", ""]]),
        H(2, "Grille de notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Maîtrise du moulage sous vide", "30 %", "", "trouver au moins deux défauts sur trois"],
           ["Encadrement et formation", "30 %", "", "exemples concrets"],
           ["Organisation de la production", "20 %", "", "priorités, anticipation"],
           ["Sécurité chimique", "10 %", "", ""],
           ["Envie du poste et du produit", "10 %", "", ""]]),
        H(2, "Ai-je mené un bon entretien ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Remarque"],
           ["J'ai dit clairement le but et le déroulé", "", ""],
           ["Je l'ai laissée parler les deux tiers du temps", "", "chronométrer"],
           ["J'ai décrit le poste sans l'embellir", "", "parler des pointes de saison"],
           ["Mes notes sont rangées par question", "", ""],
           ["Elle connaît la date de réponse", "", ""]]),
    ],
)
