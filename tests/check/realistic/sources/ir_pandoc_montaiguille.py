from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="pandoc",
    language="fr",
    notes="""Markdown -> pandoc, in French. Headings freely paraphrased ("Avant l'entretien", "Pourquoi nous ?");
    the candidate's questions and the closing share one heading and one text that covers both (merged); no
    note-taking grid (missing); the self-check heading is left with nothing under it (empty).""",
    title="Guide d'entretien de recrutement – Chargé(e) de marketing digital",
    cover=["Mise en situation professionnelle – Brasserie du Mont Aiguille", "Candidate évaluée : Julie Vasseur"],
    blocks=[
        H(1, "Avant l'entretien", {"preparation": "ok"}),
        P("La Brasserie du Mont Aiguille, installée à Clelles dans le Trièves, produit 9 000 hectolitres de bière "
          "par an et réalise 38 % de son chiffre d'affaires en vente directe : boutique, bar de la brasserie et site "
          "de vente en ligne ouvert en 2024. Le poste de chargé(e) de marketing digital est créé pour développer ce "
          "canal en ligne, animer les réseaux sociaux et préparer le lancement d'une offre d'abonnement. Le ou la "
          "titulaire sera rattaché(e) à la directrice commerciale, Sophie Achard, et travaillera avec l'équipe de "
          "trois personnes de la boutique."),
        P("Je mène l'entretien avec Sophie Achard dans la salle de dégustation, un mardi matin, quand la brasserie "
          "est calme. J'ai relu le CV et la lettre de la candidate, préparé les questions comportementales à partir "
          "des quatre compétences clés de la fiche de poste et imprimé la grille de notation. Mon objectif est de "
          "vérifier sa capacité à piloter seule une boutique en ligne et sa compréhension d'un produit artisanal. "
          "Je prévois 45 minutes et je m'interdis toute question sur la situation familiale ou les projets de "
          "grossesse, même posée de façon détournée."),
        H(1, "Accueillir la candidate", {"opening": "ok"}),
        P("« Bonjour Julie, merci d'être venue jusqu'à Clelles. Je suis Marc Dubreuil, responsable des ressources "
          "humaines, et voici Sophie Achard, directrice commerciale, à qui le poste sera rattaché. Nous avons prévu "
          "trois quarts d'heure : nous vous présenterons d'abord le poste, puis nous parlerons de vos expériences à "
          "partir d'exemples concrets, et nous garderons dix minutes pour vos questions. Je prendrai quelques notes, "
          "ce n'est pas un examen écrit. Vous recevrez notre réponse d'ici vendredi prochain. Voulez-vous un café "
          "ou une eau avant de commencer ? N'hésitez pas à m'interrompre si une question n'est pas claire. »"),
        H(1, "Plan de l'entretien – 45 minutes", {"interview-phases": "ok"}),
        T([["Phase", "But", "Questions principales", "Durée"],
           ["Accueil", "mettre à l'aise, annoncer le déroulé", "Avez-vous trouvé facilement ?", "3 min"],
           ["Présentation du poste", "donner une image honnête du poste", "Qu'avez-vous retenu de l'annonce ?", "7 min"],
           ["Parcours et exemples", "vérifier les compétences par des faits", "questions STAR ci-dessous", "20 min"],
           ["Motivation", "comprendre le choix d'une PME rurale", "Pourquoi une brasserie ?", "5 min"],
           ["Questions de la candidate", "répondre franchement", "Quelles questions avez-vous ?", "7 min"],
           ["Conclusion", "annoncer la suite", "—", "3 min"]]),
        H(1, "Le poste en quelques mots", {"job-summary": "ok"}),
        T([["Élément", "Ce que je dis à la candidate", "Indispensable ou plus"],
           ["Missions", "boutique en ligne, réseaux sociaux, newsletter, lancement de l'abonnement", "indispensable"],
           ["Outils", "Shopify, Meta Business Suite, Brevo", "indispensable"],
           ["Photographie produit", "les visuels sont faits en interne", "un plus"],
           ["Contrat", "CDI, 35 heures, 32 000 € brut annuels, deux jours de télétravail", "—"]]),
        H(1, "Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Compétence", "Question", "Situation", "Tâche", "Action", "Résultat", "Note"],
           ["Pilotage d'une boutique en ligne", "Racontez-moi une période où les ventes en ligne ont baissé.", "à compléter pendant l'entretien", "", "", "", ""],
           ["Autonomie", "Parlez-moi d'un projet que vous avez mené sans responsable sur place.", "", "", "", "", ""],
           ["Sens du produit", "Décrivez une campagne où vous avez dû raconter un produit que vous ne connaissiez pas.", "", "", "", "", ""],
           ["Travail avec une petite équipe", "Donnez un exemple de désaccord avec un collègue et ce que vous avez fait.", "", "", "", "", ""]]),
        H(1, "Pourquoi nous ?", {"motivation": "ok"}),
        P("La candidate vient de Lyon, où elle travaille pour une agence. Je veux comprendre ce qui l'attire dans "
          "une brasserie de vingt personnes à une heure de Grenoble, et si elle a mesuré ce que cela change au "
          "quotidien. Questions prévues : « Qu'est-ce qui vous a donné envie de répondre à notre annonce ? », "
          "« Comment vous voyez-vous dans trois ans ? », « Qu'est-ce qui vous manquerait de l'agence ? ». J'écoute "
          "si elle parle du produit et du territoire ou seulement du poste, et si son projet de vie est compatible "
          "avec deux jours de présence sur place."),
        H(1, "Ses questions, puis la fin de l'entretien", {"candidate-questions": "ok", "closing-follow-up": "ok"}),
        P("Je laisse à la candidate le temps de poser ses questions et j'y réponds franchement, y compris sur les "
          "points moins attractifs : pas de transport en commun jusqu'à la brasserie, une saison très chargée de mai "
          "à septembre, un budget publicitaire limité à 18 000 euros par an. Si elle demande le salaire, je donne la "
          "fourchette prévue sans la négocier pendant l'entretien. Je termine en résumant ce que j'ai entendu, en "
          "la remerciant et en annonçant la suite : réponse par téléphone vendredi, puis un second entretien avec "
          "le fondateur pour les deux candidats retenus, et une demi-journée à la boutique pour découvrir l'équipe."),
        H(1, "Grille de notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Preuves"],
           ["Pilotage e-commerce", "30 %", "", "exemples chiffrés de ventes"],
           ["Autonomie", "25 %", "", "projet mené seule"],
           ["Rédaction et sens du produit", "25 %", "", "campagne racontée"],
           ["Adhésion au projet rural", "20 %", "", "motivation, contraintes acceptées"]]),
        H(1, "Auto-évaluation", {"criteria-self-check": "empty"}),
    ],
    missing=["note-taking-grid"],
)
