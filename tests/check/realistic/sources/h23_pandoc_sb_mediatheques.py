from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: the eleven libraries of a rural community of communes in Finistère want one online catalogue with
    reservations, a shuttle of books between libraries and home delivery for housebound readers. Numbered headings,
    several of them shortened to one word ("Résumé", "Contexte", "Acteurs", "Budget"); the needs analysis split over
    two headings (people, then logistics and money); the backlog as a table of user stories with priorities and
    points; the budget a short table with a handful of words (thin). No feature tree drawn and no list of
    anticipated questions (both optional, missing); a short glossary at the end.""",
    title="Portail « Lire en Pays d'Aven » – cahier des charges et backlog",
    cover=["Étude de cas n°1 – Communauté de communes du Pays d'Aven, réseau des médiathèques",
           "Équipe 5 : Gwenola Tanguy, Mehdi Benali, Louise Caradec – 1er décembre 2026"],
    blocks=[
        H(1, "1. Résumé", {"summary": "ok"}),
        P("Les onze médiathèques du Pays d'Aven ont chacune leur catalogue papier ou leur petit logiciel, et un "
          "lecteur de Névez ne peut pas savoir qu'un livre l'attend à Pont-Aven, à douze kilomètres. Nous proposons "
          "un portail unique, « Lire en Pays d'Aven » : un catalogue commun de 148 000 documents, la réservation en "
          "ligne, une navette hebdomadaire qui fait circuler les documents entre les sites, et le portage à domicile "
          "pour les lecteurs qui ne peuvent plus se déplacer. Le projet dure neuf mois, de février à octobre 2027, "
          "pour un budget de 186 000 euros, dont 40 % financés par l'État au titre du contrat territoire lecture. "
          "Ce document décrit les besoins, le périmètre, le backlog des fonctions en histoires utilisateur, les "
          "exigences techniques et les conditions dans lesquelles la communauté de communes acceptera la livraison."),
        H(1, "2. Contexte", {"context-stakeholders": "ok"}),
        P("La communauté de communes du Pays d'Aven compte 31 000 habitants répartis dans neuf communes, dont "
          "plusieurs villages éloignés de tout bus. Les onze médiathèques sont très inégales : Concarneau-Beuzec "
          "et Pont-Aven emploient des bibliothécaires professionnels, six petites bibliothèques sont tenues par des "
          "bénévoles deux ou trois après-midi par semaine. En 2025, elles ont compté 7 900 inscrits, soit un "
          "habitant sur quatre, mais le nombre de prêts baisse de 3 % par an depuis 2019."),
        P("Le conseil communautaire a voté en juin 2026 la mise en réseau des médiathèques, avec trois "
          "engagements : une carte unique pour tous les sites, un catalogue consultable en ligne et un service pour "
          "les personnes âgées isolées. Le donneur d'ordre est Mme Annaïg Le Du, vice-présidente à la culture ; "
          "la coordinatrice du réseau, Élodie Riou, suit le projet au quotidien. Les bénévoles craignent un outil "
          "trop compliqué ; les mairies veulent garder la main sur leurs horaires ; la bibliothèque départementale "
          "du Finistère fournit déjà une partie des collections et demande que les échanges de notices restent "
          "possibles. Le CCAS repère les lecteurs qui pourraient bénéficier du portage à domicile."),
        P("Enfin, l'éditeur qui équipe aujourd'hui Concarneau-Beuzec et Pont-Aven a fait savoir qu'il répondrait "
          "au marché. Nous avons veillé à écrire des exigences qui ne favorisent aucun fournisseur, et la "
          "coordinatrice a validé chaque besoin avec au moins deux sites avant de l'inscrire dans ce document."),
        H(2, "2.1 Acteurs", {"stakeholder-map": "ok"}),
        T([["Acteur", "Ce qu'il attend", "Influence", "Comment l'associer"],
           ["Vice-présidente culture", "un service visible dans chaque commune", "forte", "comité mensuel"],
           ["Coordinatrice du réseau", "un outil simple pour tous les sites", "forte", "ateliers chaque semaine"],
           ["Bénévoles des petites bibliothèques", "ne pas passer leurs après-midi sur un écran", "moyenne",
            "tests des écrans de prêt"],
           ["Mairies", "garder leurs horaires et leurs animations", "moyenne", "réunion des maires en mars"],
           ["Bibliothèque départementale", "échanges de notices", "moyenne", "point technique"],
           ["CCAS", "un portage simple à demander", "faible", "liste des bénéficiaires"],
           ["Lecteurs", "trouver et réserver un livre près de chez eux", "faible", "questionnaire, tests"]]),
        H(1, "3. Besoins des personnes", {"needs-analysis": "ok"}),
        P("Nous avons rencontré 22 bibliothécaires et bénévoles et interrogé 214 lecteurs, à la sortie des "
          "médiathèques et par un questionnaire en ligne. Les lecteurs veulent d'abord savoir si un livre existe "
          "quelque part dans le réseau (71 %) et le réserver sans téléphoner (58 %). Les parents demandent des "
          "listes par âge ; les lecteurs de plus de 75 ans, souvent sans voiture, veulent qu'on leur apporte les "
          "livres, et certains n'ont pas d'ordinateur : il faut pouvoir réserver par téléphone auprès de leur "
          "médiathèque. Côté équipes, les bénévoles ont besoin d'un écran de prêt qui tient sur une page et d'une "
          "formation courte ; les professionnels veulent des statistiques par site pour défendre leurs budgets."),
        H(1, "3 bis. Logistique et argent", {"needs-analysis": "ok"}),
        P("La navette suppose un véhicule, un chauffeur une journée par semaine et des caisses étiquetées ; la "
          "communauté de communes peut prêter un utilitaire de ses services techniques le mardi. Le portage à "
          "domicile repose sur six bénévoles formés et sur le CCAS, qui connaît les personnes concernées. Sur le "
          "plan financier, il faut remplacer quatre logiciels différents par un seul, payer sa mise en place et "
          "son abonnement, et former environ soixante personnes sans dépasser le budget voté."),
        P("Les mairies, elles, demandent que leurs agents d'accueil ne perdent pas de temps : une réservation "
          "doit pouvoir être préparée en moins d'une minute, et les caisses de la navette doivent tenir dans "
          "les locaux actuels sans rayonnage supplémentaire."),
        H(2, "Tableau des besoins", {"needs-table": "ok"}),
        T([["Besoin", "Type", "Pour qui", "Priorité"],
           ["Catalogue commun consultable en ligne", "fonctionnel", "tous les lecteurs", "haute"],
           ["Réserver et choisir le site de retrait", "fonctionnel", "lecteurs", "haute"],
           ["Écran de prêt simple", "humain", "bénévoles", "haute"],
           ["Navette hebdomadaire entre les sites", "logistique", "réseau", "haute"],
           ["Portage à domicile", "logistique", "lecteurs isolés", "moyenne"],
           ["Statistiques par site", "fonctionnel", "bibliothécaires", "moyenne"],
           ["Rester dans 186 000 €", "financier", "communauté de communes", "haute"]]),
        H(1, "4. Périmètre", {"objectives-scope": "ok"}),
        P("Objectif : qu'en octobre 2027 chaque habitant puisse trouver, réserver et retirer un document dans la "
          "médiathèque de son choix sous huit jours, et que 60 lecteurs isolés reçoivent des livres chez eux. Nous "
          "visons 9 500 inscrits fin 2028 et l'arrêt de la baisse des prêts."),
        P("Sont dans le périmètre : le logiciel commun de gestion, le portail public, la reprise des quatre "
          "catalogues existants, la carte unique, la navette et l'organisation du portage. Ne sont pas dans le "
          "périmètre : la numérisation des fonds anciens de Concarneau, les ressources en ligne (presse, films), "
          "prévues pour une seconde phase, et les travaux dans les bâtiments."),
        P("Contraintes : le marché public doit être attribué avant avril ; les données des lecteurs restent "
          "hébergées en France ; le portail respecte le référentiel d'accessibilité RGAA ; les petites "
          "bibliothèques n'ont parfois qu'une connexion ADSL lente, et l'écran de prêt doit y fonctionner."),
        P("Le calendrier est serré : si le marché glisse d'un mois, nous proposons de décaler le portage à "
          "domicile plutôt que l'ouverture du portail, qui est l'engagement le plus visible pour les élus."),
        H(1, "5. Découpage en lots", {"functional-breakdown": "ok"}),
        P("Les lots s'enchaînent : on ne peut pas ouvrir le portail avant d'avoir un catalogue propre, ni lancer "
          "la navette avant que les réservations fonctionnent. Seuls la formation et le recrutement des bénévoles "
          "du portage avancent en parallèle, dès l'été, pour ne pas retarder l'ouverture d'octobre."),
        T([["Lot", "Contenu", "Mois", "Dépend de"],
           ["L1 Marché et choix du logiciel", "cahier des clauses, analyse des offres", "février-avril", "–"],
           ["L2 Reprise des catalogues", "dédoublonnage des notices, tests sur deux sites", "mai-juin", "L1"],
           ["L3 Portail et réservation", "paramétrage, pages, comptes lecteurs", "juin-août", "L2"],
           ["L4 Navette et portage", "tournées, caisses, bénévoles formés", "juillet-septembre", "L3"],
           ["L5 Formation et ouverture", "soixante personnes formées, lancement public", "septembre-octobre",
            "L3, L4"]]),
        H(1, "6. Backlog", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "lecteur", "chercher un titre dans tout le réseau", "savoir où il est", "Must", "5"],
           ["US2", "lecteur", "réserver un document et choisir où le retirer", "éviter de me déplacer", "Must", "8"],
           ["US3", "lecteur", "être prévenu par SMS quand il est arrivé", "ne pas venir pour rien", "Must", "3"],
           ["US4", "bénévole", "enregistrer un prêt en deux clics", "servir vite les lecteurs", "Must", "5"],
           ["US5", "chauffeur de la navette", "imprimer la liste des caisses du mardi", "ne rien oublier", "Should",
            "3"],
           ["US6", "agent du CCAS", "inscrire une personne au portage", "qu'elle reçoive des livres", "Should", "5"],
           ["US7", "bibliothécaire", "voir les prêts de mon site par mois", "défendre mon budget", "Could", "3"],
           ["US8", "parent", "consulter des sélections par âge", "choisir avec mon enfant", "Could", "2"]]),
        H(1, "7. Technique", {"technical-requirements": "ok"}),
        P("Le réseau choisit un système intégré de gestion de bibliothèque en mode hébergé (SaaS), loué à "
          "l'année, plutôt qu'un logiciel installé sur un serveur de la communauté de communes : personne dans les "
          "services n'est en mesure d'assurer les sauvegardes et les mises à jour. Le logiciel doit importer les "
          "notices au format UNIMARC depuis les quatre outils actuels, et échanger avec la bibliothèque "
          "départementale par le protocole Z39.50 ou une API équivalente."),
        P("Le portail public est inclus dans l'offre ou relié au système par une API documentée ; il s'affiche "
          "sur téléphone et respecte le niveau AA des règles d'accessibilité. Les comptes lecteurs s'ouvrent avec "
          "le numéro de carte et une date de naissance, avec la possibilité d'un mot de passe. Les SMS de mise à "
          "disposition passent par un prestataire français. L'écran de prêt doit s'ouvrir dans un navigateur "
          "ordinaire et rester utilisable sur une connexion de 2 Mbit/s ; les douchettes de code-barres déjà "
          "présentes dans six sites doivent être reconnues. Les données des lecteurs sont hébergées en France, "
          "chez un hébergeur certifié pour les données publiques, et supprimées deux ans après la fin de "
          "l'inscription, conformément aux règles de protection des données."),
        P("Enfin, le prestataire fournit un environnement de test séparé pendant toute la durée du projet, pour "
          "que les bénévoles puissent s'exercer sans risquer d'abîmer le vrai catalogue ni les comptes des lecteurs."),
        H(2, "7.1 Qualité attendue", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Mesure", "Seuil"],
           ["Disponibilité du portail", "taux mensuel", "99,5 %"],
           ["Temps de réponse d'une recherche", "sur ADSL 2 Mbit/s", "moins de 3 secondes"],
           ["Accessibilité", "audit RGAA", "niveau AA"],
           ["Sauvegarde", "fréquence", "quotidienne, conservée 30 jours"]]),
        H(1, "8. Budget", {"resources-budget": "thin"}),
        T([["Poste", "Montant"],
           ["Logiciel et portail, première année", "78 000 €"],
           ["Reprise des données", "24 000 €"],
           ["Navette et caisses", "19 000 €"],
           ["Formation", "15 000 €"],
           ["Chef de projet", "50 000 €"]]),
        H(1, "9. Recette et mise en service", {"acceptance-delivery": "ok"}),
        P("Chaque lot est recetté par la coordinatrice du réseau et deux bénévoles avant d'être accepté. Une "
          "histoire utilisateur est considérée comme terminée quand elle a été testée sur deux sites, dont une "
          "petite bibliothèque, avec de vraies notices, et que la documentation de l'écran concerné est écrite en "
          "une page. La reprise des catalogues est acceptée quand moins de 1 % des notices restent en double. Le "
          "portail ouvre d'abord à Pont-Aven et Névez en septembre, pendant trois semaines, puis dans tout le "
          "réseau le 4 octobre. Le prestataire assure une assistance renforcée pendant deux mois après "
          "l'ouverture, et la communauté de communes règle le solde après un bilan signé par la coordinatrice."),
        P("Si un site pilote relève un défaut bloquant, l'ouverture générale est décalée d'une semaine, et "
          "l'équipe projet prévient les mairies et les lecteurs inscrits par SMS."),
        H(1, "10. Mots utiles", {"glossary": "ok"}),
        T([["Terme", "Sens"],
           ["Notice", "la description d'un document dans le catalogue"],
           ["Navette", "la tournée du mardi qui transporte les documents entre les sites"],
           ["Portage", "la livraison de livres au domicile d'un lecteur qui ne peut pas se déplacer"]]),
    ],
    missing=["feature-tree", "anticipated-questions"],
)
