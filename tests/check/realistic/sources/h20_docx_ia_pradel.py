from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, no title page: the document opens on its first heading. The customer service manager of Maison
    Pradel, a porcelain maker in Limoges selling online, prepares the annual review of an advisor. The manager's
    own headings, paraphrased or as questions; the objectives reached and the skills are level-2 headings under
    the year review; the career wishes hold two sentences (thin); the note-taking grid is a table with its header
    row and blank rows (empty); no self-check against the criteria anywhere (missing).""",
    blocks=[
        H(1, "Avant l'entretien : ce que je rassemble", {"preparation": "ok"}),
        P("Camille Roux est conseillère clientèle chez Maison Pradel depuis septembre 2023. Elle répond aux "
          "clients de la boutique en ligne par téléphone, courriel et messagerie, traite les casses à la "
          "livraison et, depuis avril, les demandes des restaurants qui commandent des services complets. "
          "L'entretien aura lieu le jeudi 15 janvier de 14 h à 15 h 30 dans la petite salle de l'atelier, loin "
          "du plateau et des téléphones. Je l'ai prévenue le 5 janvier et lui ai remis la trame pour qu'elle "
          "prépare sa propre lecture de l'année."),
        P("Je rassemble : le compte rendu de janvier 2026 et ses trois objectifs, les chiffres du service "
          "(délai de première réponse, note de satisfaction après échange, taux de litiges résolus sans renvoi), "
          "les retours écrits de deux restaurateurs et l'incident de novembre, quand un client mécontent a "
          "publié sur les réseaux la réponse qu'elle lui avait faite. Je veux qu'elle reparte avec la "
          "reconnaissance de son travail sur les comptes restaurants, que nous reparlions calmement de "
          "l'incident sans le transformer en procès, et que nous posions les bases d'une évolution. Je note "
          "aussi ce que je laisse de côté : la révision de salaire, décidée en mars par la direction, et la "
          "comparaison avec ses deux collègues."),
        H(1, "Quel message pour commencer ?", {"opening": "ok"}),
        P("Je la remercie d'abord d'avoir pris le temps de préparer. Puis je pose le cadre en quelques phrases : "
          "« Cet entretien, c'est une heure et demie pour nous deux, pour regarder ton année et préparer la "
          "suivante. Je te propose de commencer par ton regard à toi, puis je te donnerai le mien. On parlera "
          "aussi de ce que tu aimerais faire plus tard. Je rédigerai le compte rendu, tu le reliras et tu "
          "pourras y ajouter tes remarques avant de signer. » Je lui dis aussi que l'incident de novembre sera "
          "abordé, pour qu'elle ne passe pas l'entretien à l'attendre."),
        H(1, "Le fil de l'heure et demie", {"interview-phases": "ok"}),
        T([["Moment", "Durée", "Ce que j'y fais", "Question pour lancer"],
           ["Accueil et cadre", "5 min", "déroulé, confidentialité, compte rendu", "—"],
           ["Son regard sur l'année", "15 min", "j'écoute, je reformule", "Qu'est-ce dont tu es la plus fière ?"],
           ["Résultats et objectifs", "15 min", "on compare chiffres et cibles", "Comment lis-tu ce délai de réponse ?"],
           ["Compétences", "15 min", "son auto-évaluation, puis la mienne", "Où te sens-tu solide, où moins ?"],
           ["Objectifs 2027", "15 min", "on les écrit ensemble", "Qu'est-ce qui ferait une bonne année ?"],
           ["Formation et envies", "15 min", "besoins, projet à trois ans", "Où te vois-tu en 2029 ?"],
           ["Conclusion", "10 min", "résumé, suites, date du point d'étape", "Veux-tu ajouter quelque chose ?"]]),
        H(1, "Comment s'est passée l'année de Camille ?", {"year-review": "ok"}),
        P("Camille a traité environ 5 800 demandes en 2026, soit un quart du volume du service, avec une note "
          "de satisfaction moyenne de 4,6 sur 5 après échange, la meilleure de l'équipe. Quand nous avons "
          "ouvert les commandes pour les restaurants en avril, elle s'est proposée pour suivre ces comptes : "
          "elle a créé un modèle de devis, appris les délais de fabrication avec l'atelier et gère aujourd'hui "
          "34 restaurants, dont deux étoilés qui ont recommandé en octobre. Deux restaurateurs ont écrit pour "
          "dire qu'ils appréciaient d'avoir toujours la même interlocutrice."),
        P("Le point plus difficile est l'incident de novembre : une réponse sèche à un client qui réclamait "
          "le remboursement d'un service cassé, publiée sur Instagram et commentée plusieurs centaines de fois. "
          "Camille l'a reconnu tout de suite et a proposé elle-même des réponses types pour les cas de casse. "
          "Je veux qu'elle entende que cet épisode ne résume pas son année, tout en le traitant sérieusement."),
        H(2, "Où en sont les objectifs fixés l'an dernier ?", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Mesure", "Cible", "Résultat", "Commentaire"],
           ["Répondre plus vite aux courriels", "délai de première réponse", "moins de 24 h", "19 h en moyenne",
            "atteint, malgré le pic de décembre"],
           ["Résoudre les casses sans renvoi", "part des litiges réglés par photo", "70 %", "64 %",
            "presque : les transporteurs tardent à répondre"],
           ["Prendre en charge un nouveau type de client", "comptes suivis", "un segment", "34 restaurants",
            "dépassé, à sa propre initiative"]]),
        H(2, "Ses savoir-faire, vus par elle et par moi", {"skills": "ok"}),
        T([["Compétence", "Son avis (1-4)", "Mon avis (1-4)", "Exemple"],
           ["Écoute et reformulation au téléphone", "3", "4", "retours des restaurateurs"],
           ["Écrit professionnel", "3", "2", "l'incident de novembre, les réponses types depuis"],
           ["Connaissance des produits et des délais", "3", "4", "devis restaurants sans erreur de délai"],
           ["Gestion des litiges avec les transporteurs", "2", "3", "64 % réglés sans renvoi"]]),
        H(1, "Quels objectifs pour 2027 ?", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance", "Moyens"],
           ["Développer les comptes restaurants", "nombre de comptes actifs", "60", "décembre 2027",
            "liste de prospects fournie par le commercial, une demi-journée par semaine"],
           ["Fiabiliser les réponses écrites sensibles", "réclamations escaladées après réponse", "moins de 5 par trimestre",
            "juin 2027", "réponses types, relecture par un pair pour les cas de casse"],
           ["Régler plus de casses sans renvoi", "part des litiges réglés par photo", "75 %", "décembre 2027",
            "nouveau contrat transporteur signé en février"]]),
        H(1, "Se former, et sur quoi ?", {"training": "ok"}),
        T([["Besoin", "Action", "Quand", "Financement"],
           ["Écrire à un client mécontent", "formation de deux jours à la communication écrite", "mars 2027",
            "plan de développement des compétences"],
           ["Vendre aux professionnels", "accompagnement par le commercial sur trois rendez-vous", "avril à juin 2027",
            "interne"],
           ["Connaître la fabrication", "une journée à l'atelier d'émaillage", "février 2027", "interne"]]),
        H(1, "Et dans trois ans ?", {"career-wishes": "thin"}),
        P("Camille m'a dit en septembre qu'elle se verrait bien chargée de clientèle pour les professionnels. "
          "Je lui demanderai ce qu'elle en pense aujourd'hui et ce qu'il lui faudrait pour y arriver."),
        H(1, "Conclure sans rien oublier", {"closing-follow-up": "ok"}),
        P("Je résume avec elle ce que nous avons dit : une année solide, un vrai succès sur les restaurants, un "
          "incident pris au sérieux et déjà transformé en méthode, trois objectifs pour 2027 et deux formations. "
          "Je lui demande si elle veut ajouter quelque chose ou si un point lui a paru injuste. Je lui envoie "
          "le compte rendu sous huit jours ; elle a une semaine pour le commenter avant de le signer. Nous "
          "fixons un point d'étape au début de juillet pour regarder les comptes restaurants. Je termine en la "
          "remerciant, et je lui redis que ma porte reste ouverte si l'objectif sur les restaurants lui paraît "
          "trop lourd avec le reste de son travail."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        T([["Moment", "Ce qu'elle dit", "Ce que j'observe", "À reprendre"],
           ["", "", "", ""],
           ["", "", "", ""],
           ["", "", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
