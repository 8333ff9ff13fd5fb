from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. The prepress manager of a printing works moving to digital
    print plans the next three years of her team. The summary is a bold Normal paragraph ("En bref"); numbered
    headings in her own words; the onboarding schedule is a table under the onboarding heading with no heading of
    its own (merged); the training plan and the two org charts are level-2 headings; no career development
    actions (missing); the vision of the team is one short paragraph (thin); the indicators heading has nothing
    under it (empty).""",
    title="Imprimerie Lefranc – Plan de management du service prépresse 2027-2029",
    cover=["Étude de cas 3 – Plan de management", "Audrey Charpentier, responsable prépresse, Reims"],
    blocks=[
        B("En bref", {"executive-summary": "ok"}),
        P("L'Imprimerie Lefranc, 85 salariés à Reims, imprime des étiquettes de champagne et des catalogues. "
          "D'ici 2029, la moitié de son chiffre d'affaires doit venir de l'impression numérique, contre 15 % "
          "aujourd'hui. Le service prépresse, sept personnes, prépare tous les fichiers avant impression et va "
          "être le premier touché : les fichiers numériques sont plus nombreux, plus petits et plus urgents. Ce "
          "plan prévoit trois recrutements, dont un poste nouveau de gestionnaire de flux web-to-print, un "
          "parcours d'intégration de trois mois, la formation de toute l'équipe aux outils numériques et une "
          "organisation en deux pôles. Il coûte 214 000 euros sur trois ans, dont 38 000 euros de formation, en "
          "partie financés par l'OPCO. Je le présente au comité de direction le 12 janvier pour une mise en "
          "œuvre dès février, avant la saison des vendanges."),
        H(1, "1. Pourquoi l'atelier doit changer", {"strategy-context": "ok"}),
        P("Lefranc a bâti sa réputation sur l'offset : de longues séries d'étiquettes pour les maisons de "
          "champagne, imprimées avec une qualité de couleur que les clients viennent contrôler sur place. Ce "
          "marché se contracte. Les maisons commandent des séries plus courtes, personnalisées par cuvée, par "
          "salon ou par client, et veulent les recevoir en quelques jours. La direction a donc acheté en 2026 "
          "deux presses numériques et ouvert un site de commande en ligne pour les vignerons indépendants. "
          "L'objectif du plan stratégique est de passer de 15 % à 50 % du chiffre d'affaires en numérique en "
          "trois ans, sans perdre les grands comptes offset."),
        P("Mon équipe est au centre de ce changement. Aujourd'hui, sept opérateurs prépresse traitent environ "
          "quarante dossiers par jour, presque tous destinés à l'offset : vérification des fichiers, imposition, "
          "calibrage des couleurs, gravure des plaques. Avec le numérique, nous attendons deux cents petits "
          "dossiers par jour, souvent envoyés par des clients qui ne sont pas graphistes. L'équipe est "
          "expérimentée, douze ans d'ancienneté en moyenne, très solide sur la couleur, mais deux personnes "
          "partent à la retraite en 2027 et 2028, personne ne maîtrise le flux automatisé du site, et la charge "
          "est déjà forte en période de vendanges. Sans plan, nous allons empiler les heures supplémentaires et "
          "perdre les plus jeunes, qui m'ont dit en entretien annuel qu'ils voulaient apprendre le numérique."),
        H(2, "1.1 Qui fait quoi aujourd'hui", {"people-review": "ok"}),
        T([["Personne", "Poste", "Ancienneté", "Points forts", "Souhait exprimé"],
           ["Gérard", "opérateur senior", "31 ans", "couleur, grands comptes", "retraite en juin 2027"],
           ["Sylvie", "opératrice", "24 ans", "imposition, gravure", "retraite en 2028"],
           ["Hakim", "opérateur", "9 ans", "scripts, automatisation", "prendre en charge le flux numérique"],
           ["Julie", "opératrice", "6 ans", "relation clients", "former les nouveaux"],
           ["Bastien", "opérateur", "3 ans", "rapide, polyvalent", "apprendre la gestion de couleur"],
           ["Nora", "opératrice", "11 ans", "contrôle qualité", "rester sur l'offset"],
           ["Léo", "alternant", "1 an", "graphisme", "être embauché"]]),
        H(1, "2. Les trois postes à pourvoir d'ici 2028", {"key-functions": "ok"}),
        T([["Poste", "Pourquoi", "Quand", "Comment"],
           ["Gestionnaire de flux web-to-print", "personne ne pilote le site et ses automatismes", "mars 2027", "recrutement externe, profil technique"],
           ["Opérateur prépresse numérique", "remplacer Gérard, former au numérique", "mai 2027", "embauche de Léo après son alternance"],
           ["Coloriste référent", "garder le savoir de Sylvie sur la couleur", "janvier 2028", "promotion interne de Bastien, formé pendant un an"]]),
        P("Les deux premiers postes sont urgents : sans gestionnaire de flux, les commandes en ligne restent "
          "traitées à la main, et le départ de Gérard sans remplaçant formé nous priverait d'un opérateur en "
          "pleine saison."),
        H(1, "3. Bien accueillir les nouveaux", {"onboarding": "ok", "onboarding-plan": "ok"}),
        P("Nos derniers arrivants ont appris sur le tas, à côté d'un ancien, sans programme. Cela marchait "
          "quand on recrutait une personne tous les cinq ans ; avec trois arrivées en un an, dont un profil "
          "extérieur au métier, il faut un parcours écrit. Chaque nouveau aura un parrain dans l'équipe, choisi "
          "pour sa patience plus que pour son ancienneté : Julie pour le gestionnaire de flux, Gérard pour Léo "
          "tant qu'il est là. Le premier jour est préparé : poste installé, accès ouverts, badge, déjeuner avec "
          "l'équipe. La première semaine, le nouveau passe une demi-journée dans chaque service, de l'accueil "
          "commercial à l'expédition, pour voir ce que devient un fichier après nous. Ensuite, il traite des "
          "dossiers réels dès la deuxième semaine, d'abord relus par son parrain. Je fais un point avec lui à un, "
          "deux et trois mois, avec une grille simple, et nous décidons ensemble de la fin de la période d'essai."),
        T([["Moment", "Ce qui se passe", "Avec qui"],
           ["Avant l'arrivée", "poste, accès, planning de la première semaine envoyé", "moi"],
           ["Jour 1", "accueil, visite, déjeuner d'équipe", "moi, parrain"],
           ["Semaine 1", "tour des services, premiers dossiers en double", "parrain"],
           ["Mois 1", "dossiers simples en autonomie relue, point à un mois", "parrain, moi"],
           ["Mois 3", "autonomie, bilan et fin de période d'essai", "moi, RH"]]),
        H(1, "4. Monter en compétences", {"training-needs": "ok"}),
        P("J'ai comparé, avec chaque membre de l'équipe, ce qu'il sait faire aujourd'hui et ce que le "
          "numérique va demander. Trois besoins ressortent. Le premier est le flux automatisé : les fichiers du "
          "site arrivent par centaines et doivent être contrôlés par le logiciel, pas à l'œil ; Hakim a les "
          "bases, les autres non. Le deuxième est la gestion de la couleur sur les presses numériques, qui ne se "
          "règle pas comme l'offset ; sans cela, nos grands comptes verront la différence entre deux séries. Le "
          "troisième concerne la relation avec des clients non professionnels, qui envoient des fichiers mal "
          "préparés et doivent être guidés par téléphone sans être découragés. Nora souhaite rester sur l'offset, "
          "ce qui est possible puisque nous garderons une activité offset importante : elle suivra seulement la "
          "formation sur le flux, pour pouvoir dépanner. Les formations ont lieu hors saison, de janvier à juin, "
          "par petits groupes pour que l'atelier tourne toujours ; chaque personne formée montre ensuite ce "
          "qu'elle a appris aux autres lors de notre réunion du lundi, ce qui ancre les acquis."),
        H(2, "Les formations prévues en 2027", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Durée", "Organisme", "Coût"],
           ["Flux PDF automatisé (Switch)", "toute l'équipe", "3 jours", "éditeur du logiciel", "9 800 €"],
           ["Colorimétrie sur presse numérique", "Bastien, Julie, Hakim", "5 jours", "fabricant des presses", "7 200 €"],
           ["Accompagner un client non graphiste", "Julie, Léo, gestionnaire de flux", "2 jours", "CCI Marne", "2 400 €"],
           ["Tutorat", "Julie, Gérard", "1 jour", "OPCO", "pris en charge"]]),
        H(1, "5. L'atelier en 2029", {"team-vision": "thin"}),
        P("Je vois un service de huit personnes en deux pôles : un pôle offset autour de Nora et de Bastien "
          "coloriste, un pôle numérique piloté par le gestionnaire de flux avec Hakim et Léo. Julie fait le lien "
          "avec les clients des deux pôles. Chacun doit pouvoir dépanner l'autre pôle en période de vendanges."),
        H(2, "Deux organigrammes", {"target-organisation": "ok"}),
        Img(["Aujourd'hui : 7 opérateurs", "Demain : pôle offset (3)", "Pôle numérique (3)", "Lien clients (1)"],
            "À gauche l'équipe actuelle, à droite l'organisation visée pour 2029."),
        H(1, "6. Ce que ça coûte", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "2029"],
           ["Recrutement gestionnaire de flux (salaire chargé)", "41 000 €", "52 000 €", "53 000 €"],
           ["Formation", "19 400 €", "11 000 €", "7 600 €"],
           ["Temps des parrains", "6 000 €", "3 000 €", "2 000 €"],
           ["Cabinet de recrutement", "9 000 €", "–", "–"],
           ["Aide OPCO", "-6 000 €", "-4 000 €", "-2 000 €"],
           ["Total", "69 400 €", "62 000 €", "60 600 €"]]),
        H(2, "6.1 Étapes, trimestre par trimestre", {"timeline": "ok"}),
        T([["Trimestre", "Étape"],
           ["T1 2027", "validation du plan, recrutement du gestionnaire de flux, formation au flux"],
           ["T2 2027", "départ de Gérard, embauche de Léo, formation colorimétrie"],
           ["T4 2027", "création des deux pôles"],
           ["T1 2028", "Bastien coloriste référent"],
           ["2029", "bilan du plan avec la direction"]]),
        H(1, "7. Comment on saura que ça marche", {"hr-indicators": "empty"}),
    ],
    missing=["career-plan"],
)
