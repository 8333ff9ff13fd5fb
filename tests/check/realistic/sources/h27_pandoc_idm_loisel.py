from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Loisel Automobiles, a car dealership in Caen (42 staff), must hold the preliminary interview of Thomas
    Guérin, a salesman who granted eleven discounts above his limit and booked trade-in values above the expert's
    estimate to reach his quarterly bonus. The authors' own headings, Heading 2 under a Heading 1 part title of
    their own ("Le guide"): "Ce que je dois avoir en tête avant" for the preparation; "Les formalités" is a heading
    with nothing under it (the procedure checklist is empty); one heading "Accueil, cadre et déroulé des 45 minutes"
    holds both the opening (two paragraphs) and the phases table (merged); the facts as a paragraph and a table;
    objections as a table; "Finir l'entretien" for the closing; a note-taking grid as a table with blank answer
    cells but the author's own prompts. No self-check after the interview (missing). An extra section of the
    author's own at the end on the legal points to watch.""",
    title="Loisel Automobiles – guide de l'entretien préalable de Thomas Guérin",
    cover=["Préparé par Sophie Delamare, directrice de la concession",
           "Jeu de rôle, bloc 5 – Antoine Leclerc, décembre 2026"],
    blocks=[
        H(1, "Le guide"),
        H(2, "Ce que je dois avoir en tête avant", {"preparation": "ok"}),
        P("Loisel Automobiles est une concession de 42 salariés à Caen, qui vend environ 1 100 voitures neuves "
          "et d'occasion par an. Thomas Guérin y est vendeur depuis 2019 et fait partie des trois meilleurs "
          "vendeurs de l'équipe. En octobre, le contrôle de gestion a relevé onze ventes du troisième trimestre "
          "où il a accordé une remise supérieure aux 6 % qu'il peut accorder seul, sans la signature du chef des "
          "ventes, et sept reprises de véhicules enregistrées à un prix supérieur à l'estimation de l'expert. "
          "Le manque à gagner est évalué à 23 400 euros. Ces ventes lui ont permis d'atteindre le palier de sa "
          "prime trimestrielle."),
        P("Avant l'entretien, je relis son contrat, la note interne de 2022 qui fixe les plafonds de remise, ses "
          "deux derniers entretiens annuels, très bons, et les onze dossiers de vente un par un. Je vérifie avec "
          "le chef des ventes, Laurent Pichon, qu'il n'a donné aucun accord oral : il affirme que non, mais je "
          "garde la question ouverte. Thomas a déjà reçu un avertissement en 2023 pour une remise non autorisée, "
          "ce qui compte. Je serai accompagnée de Nadia Benhamou, responsable des ressources humaines, qui prendra "
          "les notes. Mon but n'est pas de décider pendant l'entretien mais d'écouter sa version, surtout sur la "
          "pression des objectifs de fin de trimestre, que d'autres vendeurs ont aussi évoquée."),
        H(2, "Les formalités", {"procedure-checklist": "empty"}),
        H(2, "Accueil, cadre et déroulé des 45 minutes", {"opening": "ok", "interview-phases": "ok"}),
        P("Je reçois Thomas dans mon bureau, porte fermée, avec Nadia et le représentant du personnel qui "
          "l'assiste, Marc Lefèvre. Je commence par remercier chacun d'être là, puis je dis clairement pourquoi "
          "nous sommes réunis : c'est un entretien préalable à une sanction disciplinaire qui peut aller jusqu'au "
          "licenciement, et rien n'est décidé aujourd'hui."),
        P("Je lui explique comment se passeront les trois quarts d'heure : j'expose ce que nous avons constaté, "
          "il donne ses explications sans être coupé, il peut poser toutes ses questions et Marc peut intervenir. "
          "Je lui dis aussi que je reconnais son travail des dernières années : l'entretien porte sur des faits "
          "précis, pas sur sa valeur de vendeur."),
        T([["Moment", "Durée", "Ce que je fais"],
           ["Ouverture", "5 min", "présentations, objet de l'entretien, personne ne décide aujourd'hui"],
           ["Les faits", "10 min", "les onze ventes, les plafonds de remise, les reprises surévaluées, "
            "pièces à l'appui"],
           ["Sa version", "15 min", "questions ouvertes : comment ces ventes se sont passées, qui était au "
            "courant"],
           ["Ses questions", "10 min", "je réponds sur la procédure et ses droits, je note le reste"],
           ["Fin", "5 min", "résumé, suite de la procédure, délai de la réponse écrite"]]),
        H(2, "Ce qu'on lui reproche, pièce par pièce", {"facts-explained": "ok"}),
        P("Je présente les faits sans adjectifs et sans parler d'intention : la note de 2022, signée par Thomas, "
          "limite la remise d'un vendeur à 6 % du prix catalogue ; au-delà, la signature du chef des ventes est "
          "obligatoire. Les reprises doivent être enregistrées au prix de l'expert. Les dossiers montrent les "
          "écarts suivants, que je lui remets en copie."),
        T([["Ce qui a été constaté", "Combien", "Où le voir"],
           ["Remises entre 8 et 12 % sans signature du chef des ventes", "11 ventes, juillet à septembre",
            "bons de commande"],
           ["Reprises enregistrées au-dessus de l'estimation de l'expert", "7 véhicules, 900 à 2 100 € d'écart",
            "fiches d'expertise"],
           ["Manque à gagner pour la concession", "23 400 €", "calcul du contrôle de gestion"],
           ["Avertissement antérieur pour le même motif", "mars 2023", "dossier du salarié"]]),
        H(2, "S'il me dit que…", {"questions-objections": "ok"}),
        T([["Ce qu'il peut dire", "Ce que je réponds"],
           ["« Laurent m'avait dit oui à l'oral. »", "Je note le nom des ventes concernées et je lui dis que nous "
            "vérifierons auprès de Laurent Pichon avant toute décision."],
           ["« Tout le monde le fait en fin de trimestre. »", "Je lui dis que nous regardons aussi les dossiers "
            "des autres vendeurs, mais que nous parlons aujourd'hui des siens."],
           ["« Sans ces remises, je perdais les clients. »", "J'entends l'argument, je lui demande pourquoi il "
            "n'a pas demandé la signature, qui prend en général moins d'une heure."],
           ["« Vous allez me licencier ? »", "Aucune décision n'est prise ; il recevra une réponse écrite, pas "
            "avant deux jours ouvrables."]]),
        H(2, "Finir l'entretien", {"closing-follow-up": "ok"}),
        P("Je résume ce que Thomas a dit, avec ses mots, et je lui demande si j'ai bien compris ou s'il veut "
          "ajouter quelque chose. Je lui rappelle la suite : je vérifierai ce qu'il a avancé, notamment l'accord "
          "oral de Laurent, et il recevra ma décision par lettre recommandée au plus tôt deux jours ouvrables "
          "après l'entretien. Jusque-là, il reprend son poste normalement, sans contact avec les dossiers "
          "concernés. Je le remercie d'être venu et de s'être exprimé, je salue Marc, et je raccompagne Thomas "
          "jusqu'à la porte sans commenter ce qui s'est dit."),
        H(2, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Ce que je veux noter", "Réponse de Thomas", "À vérifier"],
           ["Explication des remises au-delà de 6 %", "", "bons de commande"],
           ["Accord oral éventuel de Laurent Pichon, ventes concernées", "", "entretien avec Laurent"],
           ["Raison des reprises surévaluées", "", "fiches d'expertise"],
           ["Ce qu'il dit de la pression sur les objectifs", "", "primes des autres vendeurs"]]),
        H(2, "Points juridiques à ne pas oublier"),
        P("Le dernier fait date de septembre : nous sommes dans le délai de deux mois pour engager la procédure. "
          "L'avertissement de 2023 peut être rappelé car il a moins de trois ans."),
    ],
    missing=["criteria-self-check"],
)
