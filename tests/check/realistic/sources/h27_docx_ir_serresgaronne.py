from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Les Serres de Garonne, a greenhouse tomato grower near Marmande (180 people at the peak of
    the season), recruits its first crop-data analyst, who will turn the climate sensors and the harvest figures
    into daily decisions for the growers; the operations director prepares the interview of a shortlisted
    candidate. Numbered headings in the author's own words (1. to 9., the course of the interview numbered 2.1 at
    level 2), one question heading. The course of the interview, the job, the behavioural questions, the note
    sheet and the self-review are tables. The heading on the candidate's own questions has nothing under it
    (empty); there is no scoring grid (missing): the author compares candidates in the note sheet only.""",
    title="Entretien de recrutement – analyste données de culture",
    cover=["Les Serres de Garonne, Sainte-Bazeille", "Entretien du mardi 15 décembre 2026, 14 h, avec Camille Ferrand",
           "Préparé par Hélène Duprat, directrice des opérations"],
    blocks=[
        H(1, "1. Avant le rendez-vous", {"preparation": "ok"}),
        P("Nous cultivons 22 hectares de tomates sous serre et nous avons installé en 2025 près de 400 capteurs : "
          "température, humidité, lumière, arrosage, poids des récoltes par rang. Les données existent, mais "
          "personne n'a le temps de les lire ; les chefs de culture décident encore à l'œil et à l'expérience. Le "
          "poste d'analyste est créé pour changer cela : un tableau de bord quotidien par serre, des alertes "
          "utiles, et des prévisions de récolte fiables à sept jours pour nos clients de la grande distribution."),
        P("Camille Ferrand est la deuxième des trois candidats retenus sur 41 candidatures. J'ai relu son CV et sa "
          "lettre, et regardé le projet de fin d'études qu'elle cite : une prévision de rendement pour une "
          "coopérative de kiwis de l'Adour. Elle a deux ans d'expérience dans un bureau d'études agricoles, mais "
          "n'a jamais travaillé sur un site de production. Je veux donc vérifier trois choses : sa maîtrise "
          "technique, sa capacité à se faire comprendre par des chefs de culture qui n'aiment pas les écrans, et "
          "sa résistance à un rythme saisonnier très dur de mars à octobre. Baptiste Lafon, notre chef de culture "
          "le plus ancien, assistera à la deuxième moitié de l'entretien. La salle de réunion est réservée une "
          "heure et quart, et la visite d'une serre est prévue à la fin si tout se passe bien."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'accueil, je lui propose un café et je la remercie d'avoir fait la route "
          "depuis Agen. Je présente l'entreprise en deux minutes, puis le déroulé : « Nous avons une heure. Je vais "
          "d'abord vous présenter le poste, puis je vous poserai des questions sur des situations que vous avez "
          "vécues, et Baptiste nous rejoindra pour la partie terrain. Vous aurez ensuite tout le temps pour vos "
          "questions. Je prends des notes pour pouvoir comparer honnêtement les candidats, ne vous en inquiétez "
          "pas. » Je lui précise que nous donnerons une réponse à tous les candidats avant Noël."),
        H(2, "2.1 Déroulé prévu", {"interview-phases": "ok"}),
        T([["Moment", "Durée", "Ce qu'on fait", "Ce que je cherche"],
           ["Accueil", "5 min", "présentation de l'entreprise et du déroulé", "la mettre à l'aise"],
           ["Le poste", "10 min", "missions, équipe, saison", "qu'elle sache à quoi elle s'engage"],
           ["Son parcours", "20 min", "questions sur des situations vécues", "des faits, pas des intentions"],
           ["Partie terrain avec Baptiste", "15 min", "cas concret sur une serre", "se faire comprendre sans jargon"],
           ["Ses questions et la suite", "10 min", "échange libre, prochaines étapes", "son intérêt réel"],
           ["Visite de serre", "10 min", "tour de la serre 4", "sa curiosité pour le terrain"]]),
        H(1, "3. Le poste en quelques lignes", {"job-summary": "ok"}),
        T([["Ce que le poste demande", "Compétence attendue", "Niveau"],
           ["Nettoyer et relier les données des capteurs, de la récolte et des ventes", "SQL, Python",
            "confirmé"],
           ["Construire un tableau de bord lu chaque matin par six chefs de culture", "Power BI ou équivalent",
            "confirmé"],
           ["Prévoir les volumes récoltés à sept jours", "statistiques, séries temporelles", "bon niveau"],
           ["Expliquer un chiffre à quelqu'un qui n'en veut pas", "pédagogie, écoute", "indispensable"],
           ["Tenir la saison de mars à octobre", "organisation, disponibilité un samedi sur quatre",
            "indispensable"]]),
        H(1, "4. Des questions sur ce qu'elle a vraiment fait", {"star-questions": "ok"}),
        T([["Question", "Ce que je veux entendre", "Relance"],
           ["Racontez-moi un modèle de prévision que vous avez livré. Quelle était la situation ?",
            "le contexte, sa part à elle, le résultat mesuré", "Qu'est-ce qui n'a pas marché ?"],
           ["Un utilisateur refusait vos chiffres. Comment avez-vous fait ?",
            "écoute, reformulation, preuve sur le terrain", "Que feriez-vous autrement ?"],
           ["Parlez-moi d'une période où tout arrivait en même temps.",
            "priorités, sang-froid, demande d'aide", "Qui vous a aidée ?"],
           ["Une donnée était fausse et une décision avait déjà été prise dessus : qu'avez-vous fait ?",
            "honnêteté, rapidité à prévenir", "Comment l'avez-vous annoncé ?"]]),
        H(1, "5. Pourquoi nous ?", {"motivation": "ok"}),
        P("Son parcours la destine plutôt à un bureau d'études ou à une grande coopérative, où elle serait mieux "
          "payée qu'ici. Je veux comprendre ce qui l'attire dans une exploitation de taille moyenne, loin d'une "
          "grande ville : l'envie de voir ses analyses utilisées le lendemain, le retour à la terre qu'elle évoque "
          "dans sa lettre, ou simplement la proximité de sa famille. Je lui demanderai où elle se voit dans trois "
          "ans, et ce qui la ferait partir. Je lui dirai aussi franchement ce que nous offrons : un poste créé pour "
          "elle, une vraie marge de manœuvre, un accès direct à la direction, et la possibilité de monter une "
          "petite équipe données si le projet réussit."),
        H(1, "6. Et elle, que veut-elle savoir ?", {"candidate-questions": "empty"}),
        H(1, "7. Conclure et donner la suite", {"closing-follow-up": "ok"}),
        P("Je la remercie pour le temps passé et je lui résume ce que j'ai retenu de l'échange, points forts et "
          "points à éclaircir, pour qu'elle reparte sans avoir à deviner. Je lui explique la suite : nous voyons "
          "le troisième candidat jeudi, puis Baptiste et moi nous réunissons vendredi pour décider. Je l'appellerai "
          "personnellement le lundi 21 décembre, quelle que soit la réponse, et je lui enverrai un courriel le même "
          "jour. Si elle est retenue, nous lui proposerons une demi-journée avec l'équipe début janvier avant la "
          "signature, pour qu'elle voie la serre en pleine plantation."),
        H(1, "8. Ma feuille de notes", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce qu'elle dit (mots exacts)", "Ce que j'observe", "Note de 1 à 4"],
           ["Prévision de rendement", "", "", ""],
           ["Faire accepter un chiffre", "", "", ""],
           ["Rythme de la saison", "", "", ""],
           ["Échange avec Baptiste", "", "", "avis de Baptiste à recueillir seul, après son départ"],
           ["Motivation pour Marmande", "", "", ""]]),
        H(1, "9. Après l'entretien : me relire", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Oui / non", "Ce que j'améliore"],
           ["Ai-je posé le cadre et la durée dès l'accueil ?", "", ""],
           ["Ai-je décrit le poste sans l'enjoliver, saison comprise ?", "", ""],
           ["Ai-je parlé moins d'un tiers du temps ?", "", ""],
           ["Mes notes permettent-elles de comparer les trois candidats ?", "", ""],
           ["Lui ai-je donné une date de réponse précise ?", "", ""]]),
    ],
    missing=["scoring-grid"],
)
