from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. Markdown
    converted by pandoc, French: la Laiterie du Vercors, a dairy co-operative in Villard-de-Lans, prepares the
    interview of a quality manager. Numbered headings ("1." ... "10."); one heading left with nothing under it
    (empty); one section never written (missing).""",
    title="Laiterie du Vercors – Guide d'entretien : responsable qualité",
    cover=["Jeu de rôle – entretien de recrutement", "Préparé par Romain Achard, directeur de site"],
    blocks=[
        H(1, "1. Avant l'entretien", {"preparation": "ok"}),
        P("La Laiterie du Vercors est une coopérative de 46 salariés qui collecte le lait de 38 fermes du plateau et "
          "fabrique du bleu du Vercors-Sassenage, des tommes et des yaourts vendus en Rhône-Alpes. Notre responsable "
          "qualité part à la retraite en mars après vingt-deux ans chez nous. Le poste est stratégique : nous passons "
          "l'audit IFS en juin et un seul rappel de lots suffirait à ruiner la confiance de nos distributeurs."),
        P("J'ai retenu trois candidatures sur les dix-sept reçues. Je reçois d'abord Claire Vasseur, ingénieure "
          "agroalimentaire, sept ans dans une fromagerie industrielle du Jura, qui veut revenir dans une structure "
          "plus petite. Avant l'entretien, je relis son CV et sa lettre, je prépare la fiche de poste mise à jour avec "
          "la responsable sortante et je bloque une heure et quart dans la salle de réunion au-dessus des caves, au "
          "calme. Martine, l'actuelle responsable, assistera aux vingt dernières minutes pour répondre aux questions "
          "techniques. Je veux vérifier trois choses : sa maîtrise de l'HACCP sur des fromages au lait cru, sa "
          "capacité à animer une équipe de quatre techniciennes, et son envie réelle de vivre à la montagne, car deux "
          "recrutements précédents ont échoué sur ce point après moins d'un an."),
        H(1, "2. Accueillir la candidate", {"opening": "ok"}),
        P("Je vais la chercher à l'accueil, je lui propose un café et je lui montre rapidement l'atelier d'affinage "
          "en passant. Une fois assis : « Merci d'être montée jusqu'ici, la route n'est pas toujours simple en "
          "décembre. Je vous propose une heure environ : je vous présente la laiterie et le poste, puis je vous "
          "poserai des questions sur votre parcours et sur des situations concrètes que vous avez vécues. Martine, "
          "qui occupe le poste aujourd'hui, nous rejoindra ensuite. Vous aurez le temps de poser toutes vos "
          "questions. Nous donnerons notre réponse avant le 20 décembre. Ça vous convient ? »"),
        H(1, "3. Déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je cherche"],
           ["0-5 min", "accueil, cadre", "la mettre à l'aise"],
           ["5-15 min", "présentation de la laiterie et du poste", "qu'elle comprenne nos contraintes"],
           ["15-35 min", "parcours et situations vécues", "preuves concrètes de ses compétences"],
           ["35-45 min", "motivation et projet de vie", "envie durable de s'installer"],
           ["45-65 min", "questions de la candidate, avec Martine", "la qualité de ses questions"],
           ["65-75 min", "conclusion, suite du processus", "un calendrier clair pour elle"]]),
        H(1, "4. Le poste en bref", {"job-summary": "ok"}),
        T([["Mission", "Compétence attendue", "Niveau"],
           ["plan HACCP et maîtrise des risques lait cru", "microbiologie, listeria", "expert"],
           ["préparer et réussir l'audit IFS", "référentiels qualité", "confirmé"],
           ["encadrer quatre techniciennes de laboratoire", "management de proximité", "confirmé"],
           ["traiter les réclamations clients et distributeurs", "rigueur, écrit clair", "confirmé"],
           ["former les producteurs aux bonnes pratiques de traite", "pédagogie, terrain", "intermédiaire"]]),
        H(1, "5. Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Compétence", "Question", "Ce que j'attends dans la réponse"],
           ["gestion de crise", "Racontez-moi une non-conformité grave que vous avez gérée. Qu'avez-vous fait, heure par heure ?",
            "blocage des lots, information de la direction, analyse des causes"],
           ["management", "Parlez-moi d'une fois où une personne de votre équipe ne respectait pas une procédure.",
            "écoute, recadrage factuel, suivi"],
           ["relation producteurs", "Avez-vous déjà dû convaincre des fournisseurs de changer leurs pratiques ? Comment ?",
            "patience, données, visites sur place"],
           ["audit", "Décrivez votre dernier audit externe : les écarts relevés et ce que vous avez mis en place.",
            "plan d'action chiffré, résultat de l'audit suivant"]]),
        H(1, "6. Pourquoi nous ?", {"motivation": "ok"}),
        P("C'est la partie où je dois écouter plus que parler. Je lui demanderai ce qui l'attire dans une "
          "coopérative de cette taille après une usine de 300 personnes, et ce qu'elle imagine de sa vie à "
          "Villard-de-Lans en hiver, quand la route est fermée deux ou trois jours par an. Je veux entendre des "
          "raisons à elle : le lien avec les producteurs, le goût du fromage au lait cru, un projet de famille. Si "
          "elle ne parle que du salaire ou du titre, je creuserai. Je lui présenterai aussi honnêtement ce que nous "
          "offrons : un poste où elle décide vraiment, un logement de fonction possible la première année, et des "
          "journées sans trajet de quarante minutes."),
        H(1, "7. À son tour de poser des questions", {"candidate-questions": "ok"}),
        P("Je garderai vingt minutes pour ses questions, avec Martine dans la pièce. Je m'attends à des questions sur "
          "les moyens du laboratoire, le budget de l'audit IFS et l'historique des non-conformités ; j'ai préparé "
          "les chiffres des trois dernières années pour y répondre sans détour. Si elle pose peu de questions, je "
          "l'inviterai : « Qu'est-ce que vous aimeriez savoir pour vous décider ? ». Une candidate qui ne demande "
          "rien sur l'équipe qu'elle va diriger ou sur les producteurs serait pour moi un signal d'alerte. Je noterai "
          "chacune de ses questions, car elles disent souvent plus que les réponses."),
        H(1, "8. Conclure l'entretien", {"closing-follow-up": "ok"}),
        P("Je la remercierai pour sa franchise et je lui redirai le calendrier : deux autres candidats reçus cette "
          "semaine, une réponse par téléphone avant le 20 décembre, puis, si c'est elle, une journée en immersion avec "
          "l'équipe du laboratoire en janvier. Je lui demanderai si elle a d'autres processus en cours et dans quels "
          "délais, pour ne pas la perdre. Je la raccompagnerai jusqu'à sa voiture et, le soir même, je compléterai "
          "ma grille pendant que mes impressions sont fraîches, puis j'en parlerai à Martine le lendemain matin. "
          "Quelle que soit la décision, elle recevra un appel de ma part, jamais un simple courriel."),
        H(1, "9. Prise de notes", {"note-taking-grid": "empty"}),
        H(1, "10. Ma grille d'autocontrôle", {"criteria-self-check": "ok"}),
        T([["Point", "Où je le fais", "Fait"],
           ["écouter et montrer de l'empathie", "partie 6, je la laisse dérouler", "oui"],
           ["rassurer, donner envie", "accueil et présentation des avantages", "oui"],
           ["enjeux clairs dès le début", "annonce du déroulé et de la date de réponse", "oui"],
           ["préparation suffisante", "CV relu, fiche de poste mise à jour", "oui"],
           ["attentes du poste détaillées", "tableau du poste, questions sur les situations", "oui"],
           ["notes organisées", "grille remplie le soir même", "à faire"]]),
    ],
    missing=["scoring-grid"],
)
