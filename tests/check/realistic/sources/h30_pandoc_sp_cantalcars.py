from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="pandoc",
    language="fr",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the Cantal département replaces its paper registration for school buses with an online service and a
    parents' app that shows where the bus is, to open for the September 2027 school year. Numbered headings in the
    authors' own words; the choice of method and the comparison of methods merged under one heading (prose then a
    table); the Gantt chart drawn as a picture under a level-2 heading; no WBS diagram (missing); the workload
    heading left with nothing under it (empty); a closing section of the authors' own on open decisions.""",
    missing=["wbs-diagram"],
    title="Cars scolaires du Cantal : planning du projet d'inscription en ligne",
    cover=["Étude de cas 1 – planification", "Équipe : Lucie Vermenouze, Thomas Delpuech, Awa Diallo"],
    blocks=[
        H(1, "1. Le cadre de départ", {"planning-frame": "ok"}),
        P("Chaque été, le service des transports du Département traite 9 400 dossiers d'inscription aux cars "
          "scolaires, presque tous sur papier. Les familles attendent leur carte jusqu'à la rentrée, et les "
          "agents passent juillet et août à ressaisir des formulaires. Le projet remplace ce circuit par un "
          "service en ligne d'inscription et de paiement, relié au logiciel de gestion des circuits, et par une "
          "application qui montre aux parents la position du car en temps réel grâce aux boîtiers déjà installés "
          "sur les 212 véhicules."),
        P("La date de fin n'est pas négociable : les inscriptions pour la rentrée de septembre 2027 doivent "
          "ouvrir le 2 mai 2027. Nous partons donc de cette date et remontons le temps. Le budget voté est de "
          "420 000 euros, l'équipe interne compte trois personnes à temps plein, et le développement est confié "
          "à un prestataire retenu par appel d'offres. Nous supposons que le marché sera notifié le 4 janvier "
          "et que le fournisseur des boîtiers ouvrira son interface de données en février, comme il s'y est engagé."),
        H(1, "2. Notre méthode, et pourquoi pas une autre", {"methodology": "ok", "methodology-comparison": "ok"}),
        P("Le projet mélange deux natures de travail. L'inscription en ligne est un processus administratif "
          "connu, encadré par le règlement départemental, avec une date d'ouverture fixe : on peut en écrire les "
          "règles à l'avance. L'application de suivi des cars est plus incertaine : personne ne sait encore si "
          "les données des boîtiers seront assez précises dans les vallées encaissées, ni ce que les parents "
          "voudront vraiment voir à l'écran."),
        P("Nous avons donc choisi une démarche hybride. Le socle (paiement, pièces justificatives, lien avec le "
          "logiciel des circuits) suit un enchaînement classique avec une recette complète avant le 2 mai. "
          "L'application de suivi avance en sprints de deux semaines, avec un panel de quarante familles de "
          "Mauriac et de Saint-Flour qui testent chaque version. Les deux volets partagent le même comité "
          "hebdomadaire et le même tableau de bord, pour qu'un retard d'un côté soit vu de l'autre."),
        T([["Critère", "Tout en cycle en V", "Tout en agile", "Hybride retenu"],
           ["Date d'ouverture fixe", "bien tenue", "risquée sans périmètre figé", "tenue sur le socle"],
           ["Incertitude sur les boîtiers", "découverte trop tard", "bien gérée", "gérée par les sprints"],
           ["Habitudes du service", "connues des agents", "nouvelles pour tous", "apprentissage progressif"],
           ["Marché public", "facile à rédiger", "plus délicat", "deux lots distincts"]]),
        H(1, "3. Ce qu'il y a à faire", {"activities": "ok"}),
        T([["Activité", "Contenu", "Porteur"],
           ["Cadrage du règlement", "tarifs, justificatifs, cas particuliers (gardes alternées, internes)",
            "service transports"],
           ["Paramétrage du paiement", "paiement en ligne et en trois fois, reçus automatiques", "prestataire"],
           ["Interface avec le logiciel des circuits", "affectation automatique de l'élève à son arrêt",
            "prestataire et DSI"],
           ["Application de suivi", "carte, heure estimée, alerte de retard", "prestataire"],
           ["Reprise des données", "élèves inscrits en 2026, arrêts, circuits", "DSI"],
           ["Formation et communication", "agents, transporteurs, familles, mairies", "service transports"]]),
        H(1, "4. Le projet découpé en lots", {"wbs": "ok"}),
        T([["Code", "Lot", "Livrables"],
           ["1", "Pilotage", "planning, comités, suivi budgétaire"],
           ["2", "Inscription en ligne", "formulaire, pièces, paiement, carte dématérialisée"],
           ["2.1", "Règles métier", "grille tarifaire, cas particuliers validés"],
           ["2.2", "Interfaces", "lien logiciel des circuits, lien paiement"],
           ["3", "Suivi des cars", "application iOS et Android, flux des boîtiers"],
           ["4", "Données", "reprise 2026, contrôle qualité"],
           ["5", "Déploiement", "formation, campagne auprès des familles, assistance de l'été"]]),
        H(1, "5. Le calendrier", {"schedule": "ok"}),
        T([["Période", "Socle inscription", "Application de suivi"],
           ["janvier 2027", "notification, ateliers de règles", "atelier avec les familles du panel"],
           ["février 2027", "paramétrage, interfaces", "sprints 1 et 2 : lecture des boîtiers"],
           ["mars 2027", "reprise des données, tests", "sprints 3 et 4 : carte et heure estimée"],
           ["avril 2027", "recette, formation des agents", "sprints 5 et 6 : alertes, version bêta"],
           ["mai–juin 2027", "ouverture le 2 mai, assistance", "bêta avec 400 familles"],
           ["juillet–août 2027", "traitement des dossiers", "correctifs, publication dans les stores"]]),
        H(2, "Vue Gantt", {"gantt-chart": "ok"}),
        Img(["Janv. cadrage", "Févr. paramétrage", "Mars tests", "Avr. recette", "2 mai ouverture",
             "Sept. rentrée"],
            "Gantt simplifié : le socle en haut, l'application en bas, la recette d'avril en rouge."),
        H(1, "6. Les rendez-vous à ne pas manquer", {"milestones": "ok"}),
        T([["Date", "Jalon", "Preuve attendue"],
           ["4 janvier 2027", "marché notifié", "ordre de service signé"],
           ["26 février 2027", "règlement validé en commission permanente", "délibération"],
           ["16 avril 2027", "recette du socle prononcée", "procès-verbal sans anomalie bloquante"],
           ["2 mai 2027", "ouverture des inscriptions", "premier dossier payé en ligne"],
           ["1er septembre 2027", "application publiée", "note minimale de 4 dans les stores"]]),
        H(1, "7. Ce qui bloque quoi", {"dependencies-critical-path": "ok"}),
        P("Le chemin le plus long passe par l'interface avec le logiciel des circuits. Tant qu'elle n'existe pas, "
          "on ne peut pas affecter un élève à son arrêt, donc pas tester le formulaire de bout en bout, donc pas "
          "prononcer la recette du 16 avril. Cette interface dépend elle-même du règlement, car les cas "
          "particuliers changent la façon d'affecter un élève : il faut que la commission permanente vote le 26 "
          "février. Entre ce vote et la recette, il reste sept semaines sans aucune marge."),
        P("L'application de suivi a davantage de souplesse : elle ne conditionne pas l'ouverture du 2 mai et peut "
          "glisser jusqu'à la rentrée. Sa seule dépendance forte est l'interface des boîtiers promise par le "
          "fournisseur en février. La reprise des données peut démarrer en parallèle dès janvier. Nous avons "
          "donc mis nos meilleurs développeurs sur l'interface des circuits, pas sur l'application."),
        H(1, "8. Qui fait quoi, et combien de jours", {"resources-workload": "empty"}),
        H(1, "9. Versions de l'application", {"release-plan": "ok"}),
        T([["Version", "Sprints", "Contenu", "Public"],
           ["0.1", "1–2", "position brute du car, sans carte", "équipe projet"],
           ["0.5", "3–4", "carte, heure estimée à l'arrêt", "panel de 40 familles"],
           ["0.9", "5–6", "alertes de retard, choix de l'enfant", "bêta, 400 familles"],
           ["1.0", "7–9", "corrections, accessibilité, publication", "toutes les familles"]]),
        H(1, "10. Et si ça dérape ?", {"schedule-risks": "ok"}),
        P("Nous surveillons trois risques. Si le marché est notifié après le 15 janvier, nous réduisons le premier "
          "lot au paiement en une fois et reportons le paiement en trois fois à 2028. Si la commission permanente "
          "ne vote pas le règlement en février, nous ouvrons avec le règlement de 2026 et traitons les nouveaux "
          "cas à la main. Si la recette d'avril révèle plus de cinq anomalies bloquantes, nous gardons le "
          "formulaire papier en parallèle pendant tout l'été, ce qui suppose deux agents saisonniers. "
          "Chaque risque est revu au comité du lundi, avec le seuil qui le déclenche et la "
          "personne qui lance le plan de secours."),
        H(1, "11. Ce qu'il reste à trancher"),
        P("Le prix de la carte perdue, et le nom de l'application, que les élus veulent choisir eux-mêmes."),
    ],
)
