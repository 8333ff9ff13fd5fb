from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Chocolaterie Varenne, a chocolate maker near Lyon (65 staff, 4 shops), recruits its first
    e-commerce manager; the guide is written by the sales director for the final interview of Inès Morel. No
    cover naming the kind of interview: the title names the company and the job only. Paraphrased and question
    headings. The candidate's own questions get only a few lines (thin); the note-taking table is left with
    its columns and blank rows (empty); no self-check against the criteria (missing).""",
    title="Chocolaterie Varenne – poste de responsable e-commerce",
    cover=["Guide préparé par Julien Arnaud, directeur commercial", "Rendez-vous du jeudi 10 décembre 2026, 14 h, salle du conseil"],
    blocks=[
        H(1, "Avant le jour J", {"preparation": "ok"}),
        P("La Chocolaterie Varenne fabrique ses chocolats à Saint-Genis-Laval depuis 1962 et les vend dans quatre "
          "boutiques lyonnaises. Le site marchand, ouvert en 2019 sans personne dédiée, fait aujourd'hui 14 % du "
          "chiffre d'affaires, dont plus de la moitié entre le 15 novembre et le 31 décembre. Il est géré à "
          "temps perdu par Sophie, l'assistante marketing, et par une agence qui facture chaque modification. "
          "Nous créons donc un poste de responsable e-commerce, rattaché à moi, avec un objectif clair : doubler "
          "les ventes en ligne en trois ans sans dégrader le service aux boutiques."),
        P("Inès Morel est la dernière des trois candidates reçues en second tour. J'ai relu son CV, sa lettre et "
          "les notes du premier entretien mené par Claire, notre responsable RH : six ans chez un vendeur de thé "
          "en ligne, dont deux à la tête d'une équipe de trois personnes, une migration de Magento vers Shopify "
          "menée seule. Points à creuser : son expérience des pics saisonniers, sa façon de travailler avec des "
          "équipes de production, et son départ rapide de son dernier poste après dix mois. J'ai réservé une heure "
          "quinze, imprimé la fiche de poste en deux exemplaires et demandé à Sophie de se libérer pour les vingt "
          "dernières minutes, puisqu'elle travaillera avec la personne recrutée. Les conditions sont validées avec "
          "la direction : statut cadre, 46 à 50 k€ brut, télétravail un jour par semaine hors décembre."),
        H(1, "Comment j'ouvre l'échange", {"opening": "ok"}),
        P("J'accueille Inès à l'accueil de l'atelier plutôt qu'en salle, pour qu'elle sente l'odeur du chocolat et "
          "voie l'équipe au travail avant de s'asseoir. Une fois installés, je la remercie d'être revenue et je "
          "présente le programme : une heure ensemble, puis vingt minutes avec Sophie, et une réponse de notre part "
          "au plus tard le 17 décembre. Je dis aussi ce que j'attends de ce second rendez-vous : comprendre comment "
          "elle a vraiment travaillé, sur des exemples précis, et voir si elle se projette dans une maison "
          "familiale où tout le monde met la main à la pâte en décembre. Je précise qu'elle peut m'interrompre "
          "pour poser des questions à tout moment."),
        H(1, "Déroulé en six temps", {"interview-phases": "ok"}),
        T([["Temps", "Objectif", "Durée", "Ce que je fais"],
           ["Accueil et cadre", "la mettre à l'aise, annoncer le programme", "5 min", "visite rapide de l'atelier"],
           ["Son parcours raconté", "comprendre ses choix et son départ récent", "10 min", "je relance, je ne coupe pas"],
           ["Présentation du poste", "lui donner une image honnête du poste", "10 min", "je montre les chiffres du site"],
           ["Mises en situation", "vérifier les compétences sur des faits", "20 min", "quatre questions, je note mot pour mot"],
           ["Motivation et questions", "tester son envie et ses doutes", "10 min", "je lui laisse la main"],
           ["Rencontre avec Sophie puis conclusion", "voir le binôme fonctionner, annoncer la suite", "20 min", "je sors de la salle puis reviens"]]),
        H(1, "Le poste en bref : missions et compétences attendues", {"job-summary": "ok"}),
        T([["Mission", "Compétence attendue", "Niveau", "Comment je le vérifie"],
           ["Piloter le site et son chiffre", "lecture des indicateurs, Shopify, Google Analytics", "confirmé", "cas de la migration Shopify"],
           ["Préparer le pic de Noël", "planification, lien avec la production et la logistique", "confirmé", "question sur son pire mois de décembre"],
           ["Animer l'agence et les prestataires", "rédiger un cahier des charges, négocier", "intermédiaire", "exemple d'un prestataire recadré"],
           ["Faire grandir Sophie", "management d'une personne, délégation", "intermédiaire", "comment elle a formé son équipe"],
           ["Lancer les abonnements", "test et mesure d'une nouvelle offre", "souhaité", "discussion ouverte"]]),
        H(1, "Mises en situation : racontez-moi une fois où…", {"star-questions": "ok"}),
        T([["Question", "Compétence visée", "Ce que j'espère entendre", "Signal d'alerte"],
           ["…un pic de commandes a dépassé vos prévisions", "gestion du pic", "des chiffres, une décision rapide, un bilan après coup", "« on a fait de notre mieux » sans détail"],
           ["…vous avez dû dire non à une demande du marketing", "arbitrage, relation aux équipes", "elle explique le critère et garde le lien", "conflit raconté comme la faute des autres"],
           ["…une migration ou un lancement a mal tourné", "conduite de projet", "ce qu'elle a changé la fois suivante", "aucun échec cité"],
           ["…vous avez fait monter en compétence un collègue", "management", "étapes concrètes, autonomie obtenue", "elle a tout fait à sa place"]]),
        H(1, "Pourquoi nous, pourquoi maintenant ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui attire Inès dans une chocolaterie de 65 personnes après une entreprise en "
          "pleine croissance, et si elle mesure ce que représente un mois de décembre chez nous. Je lui demande ce "
          "qu'elle a retenu de notre site avant de venir, ce qu'elle changerait en premier, et ce qui l'a fait "
          "partir au bout de dix mois de son dernier poste. J'écoute sans commenter, puis je reformule pour "
          "vérifier que j'ai bien compris. Je parle franchement de ce que nous offrons : un vrai produit, une équipe "
          "stable, de l'autonomie, mais pas de budget publicitaire important la première année. Si elle cherche "
          "une équipe de dix personnes à diriger, il vaut mieux se le dire aujourd'hui."),
        H(1, "Et vous, qu'aimeriez-vous savoir ?", {"candidate-questions": "thin"}),
        P("Je lui laisse au moins dix minutes. Questions probables : le budget du site, la place du digital face "
          "aux boutiques, les horaires en décembre. Je réponds avec les vrais chiffres et je note ce qu'elle demande."),
        H(1, "Conclure et annoncer la suite", {"closing-follow-up": "ok"}),
        P("Je résume en deux phrases ce que j'ai entendu de son parcours et ce qui me semble correspondre au poste, "
          "sans lui donner d'avis définitif. Je rappelle le calendrier : Claire appelle ses deux références lundi, "
          "nous décidons en comité mercredi et je l'appelle moi-même au plus tard le 17 décembre, quelle que soit "
          "la réponse. Je lui demande si elle a d'autres processus en cours et quel délai de préavis elle aurait. "
          "Je la remercie pour le temps passé et je la raccompagne jusqu'à la boutique de l'atelier, avec une "
          "boîte de nos pralinés. Juste après, je complète mes notes à chaud pendant un quart d'heure, avant de "
          "voir Sophie."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        T([["Thème", "Ce qu'elle dit (mots exacts)", "Fait ou exemple", "Mon impression"],
           ["", "", "", ""],
           ["", "", "", ""],
           ["", "", "", ""]]),
        H(1, "Grille d'évaluation des deux finalistes", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Inès Morel", "Thomas Rey", "Commentaire"],
           ["Pilotage d'un site marchand", "30 %", "4/5", "4/5", "tous deux solides sur Shopify"],
           ["Gestion d'un pic saisonnier", "25 %", "à noter", "3/5", "Thomas n'a connu que le textile"],
           ["Travail avec la production", "20 %", "à noter", "2/5", "point faible de Thomas"],
           ["Management", "15 %", "à noter", "3/5", ""],
           ["Envie du projet Varenne", "10 %", "à noter", "4/5", ""]]),
    ],
    missing=["criteria-self-check"],
)
