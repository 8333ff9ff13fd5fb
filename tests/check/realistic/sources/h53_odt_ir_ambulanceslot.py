from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the manager of a family ambulance company in the Lot valley prepares the
    interview of a candidate for a new job of dispatch assistant. The author's own headings (questions,
    paraphrases, some numbered); phases, job, behavioural questions, scoring and self-check are tables. The part
    on the candidate's own questions is two sentences (thin); no note-taking grid (missing); an extra part of the
    author's own on the practical test.""",
    title="Entretien : assistant(e) de régulation",
    cover=["Ambulances Vallée du Lot – préparé par Sandrine Carles, gérante",
           "Entretien avec Yanis B., jeudi 14 janvier 2027, 10 h, bureau de Cahors"],
    missing=["note-taking-grid"],
    blocks=[
        H(1, "Pourquoi ce poste, pourquoi maintenant", {"preparation": "ok"}),
        P("Nous sommes 23 salariés, avec 9 ambulances et 6 véhicules sanitaires légers, entre Cahors et Figeac. "
          "Jusqu'ici, c'est moi qui prenais les appels des hôpitaux et des patients, en plus de la gestion. Avec "
          "le nouveau centre de dialyse de Cahors, nous faisons 40 % de transports en plus depuis septembre, et "
          "deux fois ce mois-ci un patient a attendu plus d'une heure parce que personne n'avait vu la demande. "
          "Je crée donc un poste d'assistant de régulation : prendre les appels, planifier les tournées dans le "
          "logiciel, prévenir les équipages et rappeler les patients."),
        P("Yanis a 27 ans ; il a été agent d'accueil aux urgences de Villefranche pendant trois ans, puis "
          "standardiste dans une société de taxis. Il connaît le vocabulaire médical et le stress du téléphone, "
          "mais il n'a jamais planifié de tournées. Avant jeudi, je relis son CV et sa lettre, j'appelle la "
          "référence qu'il m'a donnée, je prépare un petit exercice de planification sur papier et je demande à "
          "Patrick, notre plus ancien ambulancier, d'être disponible un quart d'heure pour lui montrer la salle "
          "de régulation et répondre à ses questions sur le terrain."),
        H(2, "1. Les premières minutes", {"opening": "ok"}),
        P("Je le reçois dans le bureau, pas dans la salle de régulation où le téléphone sonne sans arrêt. Je me "
          "présente, je lui explique en deux phrases ce qu'est l'entreprise et pourquoi le poste est créé : nous "
          "avons grandi vite et les patients ne doivent plus attendre. Je lui annonce le déroulé, environ une "
          "heure, et je lui dis qu'il y a deux autres candidats et que je donnerai ma réponse à tous avant le "
          "22 janvier. Je lui demande s'il a des questions avant de commencer, pour qu'il se sente à l'aise."),
        H(2, "2. Comment je découpe l'heure", {"interview-phases": "ok"}),
        T([["Quand", "Quoi", "Mon objectif"],
           ["0-5 min", "accueil, enjeux du poste", "le mettre en confiance"],
           ["5-15 min", "son parcours raconté par lui", "comprendre ses choix"],
           ["15-35 min", "questions sur des situations vécues", "des faits, pas des intentions"],
           ["35-45 min", "exercice de planification", "voir comment il raisonne"],
           ["45-55 min", "le poste, les horaires, le salaire, ses questions", "lever les doutes"],
           ["55-60 min", "visite avec Patrick, conclusion", "lien avec l'équipe"]]),
        H(2, "3. Ce que j'attends de la personne", {"job-summary": "ok"}),
        T([["Mission", "Compétence", "Indispensable ?"],
           ["Prendre les demandes des hôpitaux et des patients", "écoute, calme au téléphone", "oui"],
           ["Planifier les tournées dans le logiciel", "organisation, informatique", "oui (formation prévue)"],
           ["Informer les équipages en temps réel", "clarté, réactivité", "oui"],
           ["Vérifier les prescriptions de transport", "rigueur administrative", "souhaité"],
           ["Horaires 7 h – 15 h ou 11 h – 19 h, un samedi sur deux", "disponibilité", "oui"]]),
        H(2, "4. Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Ce que je teste", "Ma question", "Une bonne réponse"],
           ["Calme sous pression", "Racontez un appel difficile aux urgences. Qu'avez-vous dit, et comment cela s'est-il fini ?",
            "il décrit ses propres gestes et le résultat"],
           ["Organisation", "Parlez-moi d'une journée où tout s'est désorganisé chez les taxis. Qu'avez-vous décidé ?",
            "des priorités claires, un choix assumé"],
           ["Travail en équipe", "Avez-vous déjà dû dire non à un collègue plus ancien ? Comment ?",
            "respect et fermeté, sans conflit"],
           ["Rigueur", "Donnez un exemple d'erreur que vous avez repérée avant qu'elle ne coûte cher.",
            "un contrôle concret, qu'il a mis en place lui-même"]]),
        H(2, "5. Qu'est-ce qui le fait venir chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre pourquoi il quitte les taxis et s'il se voit chez nous dans trois ans. Je lui "
          "demande ce qui lui a plu aux urgences et ce qui l'a fait partir, et ce qu'il imagine d'une journée de "
          "régulation. Je l'écoute sans corriger ses réponses. S'il parle surtout des horaires, je creuse : le "
          "poste est exigeant et je préfère qu'il le sache. Je lui dis aussi ce que nous offrons : une formation "
          "au logiciel de deux semaines, une évolution possible vers la coordination du planning, et une équipe "
          "soudée qui attend ce renfort depuis longtemps."),
        H(2, "6. Exercice pratique", {}),
        P("Je lui donne une feuille avec huit demandes de transport d'une vraie matinée, anonymisées, et trois "
          "équipages disponibles. Il a dix minutes pour proposer un ordre de passage. Il n'y a pas de réponse "
          "parfaite ; je regarde s'il pense aux dialyses qui ne peuvent pas attendre et s'il pose des questions."),
        H(2, "7. Ses questions à lui", {"candidate-questions": "thin"}),
        P("Je lui laisse la parole pour ses questions sur le poste et l'entreprise. Je réponds franchement, y "
          "compris sur le salaire et les samedis."),
        H(2, "8. Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai retenu de l'entretien et je lui demande s'il veut ajouter quelque chose. Je lui "
          "rappelle la suite : Patrick lui fait visiter la salle et le garage pendant un quart d'heure, puis je "
          "compare les trois candidats avec la même grille. Je l'appelle le 21 ou le 22 janvier, qu'il soit "
          "retenu ou non, et s'il ne l'est pas je lui explique pourquoi. Si c'est oui, il commence le 1er "
          "février, avec une semaine en doublon avec moi. Je le raccompagne jusqu'à la porte et je le remercie."),
        H(2, "9. Ma grille de notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Calme et écoute au téléphone", "30 %", "", "à observer pendant les questions de situation"],
           ["Sens de l'organisation", "25 %", "", "exercice des huit demandes"],
           ["Rigueur administrative", "15 %", "", "exemple d'erreur évitée"],
           ["Motivation pour le transport sanitaire", "20 %", "", "raisons du départ des taxis"],
           ["Esprit d'équipe", "10 %", "", "avis de Patrick après la visite"]]),
        H(2, "10. Est-ce que j'ai bien mené l'entretien ?", {"criteria-self-check": "ok"}),
        T([["Point", "Comment je m'en assure", "Fait ?"],
           ["Écoute et empathie", "je reformule avant de passer à la question suivante", ""],
           ["Enjeux annoncés", "dès l'accueil : le poste existe pour que les patients n'attendent plus", ""],
           ["Préparation", "CV relu, référence appelée, exercice imprimé", "oui"],
           ["Attentes du poste", "tableau des missions présenté et commenté", ""],
           ["Notes organisées", "une page par thème, remplie pendant l'entretien", ""]]),
    ],
)
