from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. python-docx then
    opened and saved by LibreOffice Writer, French: the sales director of a cider house in the Pays d'Auge prepares
    the interview of a candidate for a new digital project manager post. The author's own headings; the job sheet,
    the situational questions and the scoring sit under bold Normal paragraphs; the candidate's motivation and her
    own questions share one heading (merged); the scoring heading has nothing under it (empty).""",
    title="Cidrerie Hérouard – Guide pour l'entretien de Clémence Vasseur",
    cover=["Jeu de rôle – entretien de recrutement", "Antoine Lefrançois, directeur commercial – décembre 2026"],
    blocks=[
        H(1, "Ce qu'il faut savoir avant de la recevoir", {"preparation": "ok"}),
        P("La Cidrerie Hérouard produit du cidre, du poiré et du calvados à Cambremer, dans le Pays d'Auge. "
          "Nous sommes 58 salariés et réalisons 9,5 millions d'euros de ventes, dont 70 % en grande distribution. "
          "La direction veut faire passer la vente directe de 6 % à 20 % du chiffre d'affaires en trois ans, avec "
          "une boutique en ligne pour les particuliers et un portail de commande pour les cavistes et les "
          "restaurants. Personne dans l'entreprise n'a piloté un tel projet : c'est la raison de ce recrutement, "
          "le premier poste numérique de la maison."),
        P("Clémence Vasseur, 29 ans, est aujourd'hui assistante e-commerce chez un caviste en ligne bordelais, "
          "où elle gère le catalogue et les campagnes de courriels depuis trois ans. Elle n'a jamais dirigé de "
          "projet seule, mais elle a participé à la refonte du site de son employeur. J'ai relu son CV, sa lettre "
          "et les notes de l'entretien téléphonique mené par Sophie, notre responsable des ressources humaines. "
          "Je veux vérifier trois choses : sa capacité à piloter des prestataires, son aisance avec des équipes "
          "de production qui se méfient du numérique, et son envie réelle de vivre à la campagne. L'entretien "
          "dure une heure quinze, le jeudi 10 décembre à 14 heures, dans la salle de dégustation ; Sophie y "
          "assiste et prend les notes. Une visite du chai est prévue ensuite."),
        H(1, "Les cinq premières minutes", {"opening": "ok"}),
        P("J'accueille Clémence moi-même à l'entrée du site et je lui propose un café avant de commencer. Je "
          "présente Sophie et son rôle, puis j'annonce le programme : une heure d'échange, un quart d'heure de "
          "visite, et une réponse de notre part avant le 18 décembre. Je lui dis franchement ce qui se joue pour "
          "nous : c'est un poste nouveau, la personne recrutée aura beaucoup de liberté mais devra convaincre des "
          "équipes attachées à leurs habitudes. Je précise que nous rencontrons trois candidats et que je "
          "préfère une conversation honnête à une performance."),
        H(1, "Le déroulé", {"interview-phases": "ok"}),
        T([["Étape", "Objectif", "Qui mène", "Durée"],
           ["Accueil", "mettre à l'aise, présenter le programme", "Antoine", "5 min"],
           ["Parcours", "comprendre ses choix et ses réalisations", "Antoine", "15 min"],
           ["Le poste", "présenter les missions et les attentes", "Antoine", "10 min"],
           ["Mises en situation", "questions sur des situations vécues", "Antoine et Sophie", "20 min"],
           ["Ses motivations et ses questions", "vérifier l'envie, répondre franchement", "Antoine", "10 min"],
           ["Conclusion", "annoncer la suite, puis visite du chai", "Sophie", "15 min"]]),
        B("Le poste en clair", {"job-summary": "ok"}),
        T([["Mission", "Ce qu'on attend", "Compétence recherchée"],
           ["Lancer la boutique en ligne", "ouverture en juin 2027, 400 commandes par mois à un an", "pilotage de projet, choix d'une solution"],
           ["Construire le portail pour les cavistes", "80 clients professionnels inscrits en un an", "compréhension de la vente aux professionnels"],
           ["Piloter l'agence et le logisticien", "délais et budget de 120 000 euros tenus", "gestion de prestataires"],
           ["Embarquer les équipes", "chai et expédition formés avant l'ouverture", "pédagogie, patience"],
           ["Suivre les ventes", "tableau mensuel présenté au comité de direction", "analyse de données"]]),
        B("Situations vécues", {"star-questions": "ok"}),
        T([["Question", "Ce que je cherche à entendre"],
           ["Racontez-moi un projet où un prestataire n'a pas tenu ses délais. Qu'avez-vous fait ?", "des actions précises, pas seulement de la plainte"],
           ["Une fois où vous avez dû convaincre quelqu'un qui ne voulait pas changer sa façon de travailler ?", "écoute, arguments adaptés, résultat"],
           ["Parlez-moi d'une campagne qui n'a pas marché. Comment l'avez-vous su et qu'avez-vous changé ?", "usage des chiffres, capacité à reconnaître un échec"],
           ["Une situation où vous avez dû choisir entre deux priorités urgentes ?", "méthode de décision, communication avec sa hiérarchie"]]),
        H(1, "Pourquoi nous, et ce qu'elle voudra savoir", {"motivation": "ok", "candidate-questions": "ok"}),
        P("Je lui demande ce qui l'attire dans une cidrerie familiale après un pure player du vin, et ce qu'elle "
          "sait déjà de nous. J'écoute si elle parle du produit, du défi de créer un poste, ou seulement du "
          "titre. Je lui demande aussi comment elle voit sa vie à Cambremer, à quarante minutes de Caen, sans "
          "chercher à la décourager : un départ au bout de six mois serait un échec pour elle comme pour nous."),
        P("Je garde ensuite un vrai temps pour ses questions. Je m'attends à ce qu'elle demande quel budget est "
          "réellement engagé, qui décide entre la direction et la famille, et si le télétravail est possible. "
          "Je prépare des réponses honnêtes : le budget est voté, le comité de direction tranche, et deux jours "
          "de télétravail par semaine sont envisageables après la période d'essai. Si elle ne pose aucune "
          "question, je le note : c'est un signal pour un poste qui demande de la curiosité."),
        H(1, "Conclure et annoncer la suite", {"closing-follow-up": "ok"}),
        P("Je la remercie pour le temps consacré et pour la franchise de ses réponses. Je rappelle le calendrier : "
          "nous rencontrons les deux autres candidats d'ici le 15 décembre, Sophie l'appelle au plus tard le "
          "18 pour lui donner notre réponse, et si nous continuons ensemble, un second rendez-vous avec Madame "
          "Hérouard aura lieu début janvier. Je lui demande si elle a d'autres processus en cours, pour ne pas la "
          "faire attendre inutilement, puis Sophie l'emmène visiter le chai et la salle d'expédition. "
          "Je lui laisse ma carte avec mon numéro direct, au cas où une question lui viendrait en route."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce qu'elle dit", "Mon impression", "À vérifier"],
           ["Pilotage de prestataires", "exemple de la refonte du site", "", "rôle exact dans le projet"],
           ["Conduite du changement", "", "", "exemple concret demandé"],
           ["Chiffres et suivi", "", "", "outils utilisés"],
           ["Installation en Normandie", "", "", "projet du conjoint"]]),
        B("Ma notation", {"scoring-grid": "empty"}),
        H(1, "Ai-je tout prévu ?", {"criteria-self-check": "ok"}),
        T([["Vérification", "Fait"],
           ["CV, lettre et notes de Sophie relus", "oui"],
           ["Enjeux du poste annoncés dès l'accueil", "oui"],
           ["Missions et compétences présentées clairement", "oui"],
           ["Je la laisse finir ses réponses", "à surveiller"],
           ["Prise de notes organisée par thème", "oui"],
           ["Réponse promise avec une date", "oui"]]),
    ],
)
