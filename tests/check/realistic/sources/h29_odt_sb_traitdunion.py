from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: Trait d'Union, the food bank of the Sarthe (3 salaried staff, 240
    volunteers, 61 partner charities), wants a mobile and web application to plan supermarket collections, track
    stock by use-by date and book distribution slots for partner charities. Numbered Heading 1 titles, the first
    three and the backlog in UPPER CASE ("1. EN DEUX MOTS", "2. TRAIT D'UNION ET CEUX QUI GRAVITENT AUTOUR", "3.
    CE DONT LES BÉNÉVOLES ONT BESOIN", "6. LES USER STORIES"), the others in sentence case; stakeholders, needs,
    modules, quality requirements, glossary and expected questions as tables; a drawn module tree with a caption;
    the backlog as a user-story table with priorities and points. No word anywhere on what the project costs or
    who works on it (resources and budget missing). The acceptance part is three sentences (thin).""",
    title="Trait d'Union – application de gestion des collectes et des distributions",
    cover=["Étude de cas 1 – spécification et backlog", "Romain Guérin – Web School Factory – décembre 2026"],
    blocks=[
        H(1, "1. EN DEUX MOTS", {"summary": "ok"}),
        P("Trait d'Union, la banque alimentaire de la Sarthe, a redistribué 1 850 tonnes de denrées en 2025 à 61 "
          "associations partenaires, des Restos du quartier Gazonfier aux épiceries solidaires de La Flèche. Tout "
          "repose aujourd'hui sur des tableurs partagés, des appels téléphoniques et un classeur de plannings "
          "papier à l'entrepôt d'Allonnes. Résultat : des bénévoles qui attendent devant un magasin fermé, 41 "
          "tonnes jetées l'an dernier parce que leur date limite était passée sans que personne le voie, et des "
          "associations qui téléphonent dix fois pour obtenir un créneau de retrait."),
        P("Ce document décrit l'application que nous voulons faire développer : une appli mobile pour les "
          "bénévoles de collecte et de tri, et un site pour l'équipe salariée et les associations. Il s'adresse au "
          "conseil d'administration, qui décide, et au prestataire qui la construira. Une première version doit "
          "tourner pour la collecte nationale de novembre 2027."),
        H(1, "2. TRAIT D'UNION ET CEUX QUI GRAVITENT AUTOUR", {"context-stakeholders": "ok"}),
        P("L'association a été fondée en 1986 et appartient au réseau national des banques alimentaires, qui lui "
          "impose ses règles de traçabilité : chaque lot reçu doit pouvoir être suivi jusqu'à l'association qui "
          "l'a distribué, en cas de rappel de produit. Elle emploie trois salariés, une directrice, un responsable "
          "d'entrepôt et une chargée de partenariats, et s'appuie sur 240 bénévoles, dont 90 réguliers, souvent "
          "retraités, et 150 occasionnels qui viennent surtout pour les collectes en magasin."),
        P("Les denrées arrivent de quatre sources : la ramasse quotidienne dans 23 supermarchés, les collectes "
          "nationales deux fois par an, les dons de l'industrie agroalimentaire locale et les produits de l'aide "
          "européenne. Elles sont triées à Allonnes puis retirées par les associations partenaires, chacune selon "
          "un quota fixé par le nombre de familles qu'elle accompagne."),
        P("Le projet est porté par la directrice, Catherine Moulin, qui a obtenu l'accord du conseil "
          "d'administration en septembre 2026. Le responsable d'entrepôt, Didier Lelièvre, sera l'utilisateur le "
          "plus exigeant : c'est lui qui vit chaque jour les erreurs de stock. Les associations partenaires, elles, "
          "craignent surtout de perdre le contact humain avec l'équipe ; nous les avons donc associées dès les "
          "premiers ateliers. Enfin le Département de la Sarthe, premier financeur, suit le projet et veut pouvoir "
          "mesurer combien de repas il permet de sauver. Le prestataire n'est pas encore choisi : la consultation "
          "partira sur la base de ce document, début 2027."),
        H(2, "Qui compte dans le projet", {"stakeholder-map": "ok"}),
        T([["Acteur", "Ce qu'il attend", "Influence", "Comment on l'implique"],
           ["Catherine Moulin, directrice", "moins de gaspillage, des chiffres fiables", "forte",
            "valide chaque livraison"],
           ["Didier Lelièvre, entrepôt", "un stock juste en temps réel", "forte", "testeur principal"],
           ["Bénévoles de collecte", "savoir où et quand aller, sans attendre", "moyenne",
            "deux ateliers, version de test"],
           ["Associations partenaires", "réserver un créneau en deux minutes", "moyenne",
            "panel de six associations"],
           ["Département de la Sarthe", "des indicateurs de repas sauvés", "forte", "bilan trimestriel"],
           ["Réseau national", "la traçabilité des lots", "moyenne", "export des données au format du réseau"]]),
        H(1, "3. CE DONT LES BÉNÉVOLES ONT BESOIN", {"needs-analysis": "ok"}),
        P("Nous avons passé trois matinées à l'entrepôt, suivi deux ramasses en camion et interrogé douze "
          "bénévoles et huit responsables d'associations. Trois familles de besoins en ressortent."),
        P("Côté humain, les bénévoles ont besoin de savoir à l'avance où ils sont attendus, avec qui et pour "
          "combien de temps, et de pouvoir se désister sans gêne. Beaucoup ont plus de soixante-cinq ans : "
          "l'appli doit se lire en gros caractères et ne pas demander plus de trois gestes pour s'inscrire. Les "
          "chefs d'équipe veulent voir en un coup d'œil les trous dans le planning de la semaine."),
        P("Côté logistique, le besoin le plus pressant est de connaître les dates limites des lots en stock pour "
          "sortir en premier ceux qui expirent. Aujourd'hui, Didier fait le tour des palettes avec un carnet. Il "
          "faut aussi savoir, avant chaque ramasse, si le camion frigorifique est disponible, et permettre aux "
          "associations de réserver un créneau de retrait sans appeler."),
        P("Côté financier, l'association vit de subventions et doit prouver ce qu'elle fait : tonnes collectées, "
          "tonnes redistribuées, équivalent en repas, taux de perte. Ces chiffres sont aujourd'hui recalculés à la "
          "main chaque trimestre, ce qui prend deux jours à la directrice. Il faut enfin que l'outil reste bon marché à faire vivre : "
          "l'association n'a ni informaticien ni budget récurrent, et chaque euro d'abonnement est un euro de moins "
          "pour acheter des produits frais."),
        H(2, "Tableau des besoins", {"needs-table": "ok"}),
        T([["Besoin", "Pour qui", "Type", "Priorité"],
           ["Voir et réserver ses créneaux de collecte", "bénévoles", "humain", "haute"],
           ["Alerte sur les lots proches de leur date limite", "entrepôt", "logistique", "haute"],
           ["Réserver un créneau de retrait", "associations", "logistique", "haute"],
           ["Planning du camion frigorifique", "entrepôt", "logistique", "moyenne"],
           ["Bilan automatique tonnes et repas", "direction, Département", "financier", "moyenne"],
           ["Lecture en gros caractères", "bénévoles âgés", "humain", "haute"]]),
        H(1, "4. Ce que l'application doit faire, et ce qu'elle ne fera pas", {"objectives-scope": "ok"}),
        P("Trois objectifs chiffrés pour la fin de 2028 : diviser par deux les denrées jetées (de 41 à moins de "
          "20 tonnes par an), ramener à moins d'une heure par semaine le temps passé à bâtir les plannings de "
          "collecte, et que 80 % des retraits des associations soient réservés en ligne."),
        P("Sont dans le périmètre : l'inscription des bénévoles aux collectes, la réception et le suivi des lots "
          "avec leur date limite, les alertes, la réservation des créneaux de retrait et les bilans pour les "
          "financeurs. Sont hors périmètre : la comptabilité, qui reste sur le logiciel actuel, la gestion des "
          "adhésions des associations et toute vente, puisque l'aide alimentaire est gratuite."),
        P("Les contraintes sont fortes. Le budget est porté par une subvention unique. Le réseau de l'entrepôt est "
          "faible dans la chambre froide : l'appli mobile doit fonctionner hors connexion et synchroniser ensuite. "
          "Les données des familles aidées ne doivent jamais entrer dans l'outil : seules les associations les "
          "connaissent. La mise en service est datée par la collecte nationale de novembre 2027."),
        H(1, "5. Découpage en modules et ordre de livraison", {"functional-breakdown": "ok"}),
        P("L'application est découpée en cinq modules, livrés dans l'ordre où ils soulagent le plus l'équipe. Le "
          "stock passe en premier parce que c'est là que l'on perd des denrées. Chaque module est utilisable seul : "
          "si le projet s'arrêtait en route, ce qui a été livré resterait en service et utile à l'équipe."),
        T([["Module", "Contenu", "Livraison"],
           ["Stock", "réception des lots, dates limites, alertes", "mars 2027"],
           ["Bénévoles", "planning des collectes et de la ramasse", "mai 2027"],
           ["Retraits", "créneaux des associations, quotas", "juillet 2027"],
           ["Bilans", "tonnes, repas, pertes, export réseau", "septembre 2027"],
           ["Collecte nationale", "affectation des magasins, comptage en direct", "octobre 2027"]]),
        H(2, "Arborescence", {"feature-tree": "ok"}),
        Img(["Stock", "Bénévoles", "Retraits", "Bilans", "Collecte nationale"],
            caption="Les cinq modules de l'application et leurs liens"),
        H(1, "6. LES USER STORIES", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "responsable d'entrepôt", "scanner un lot et saisir sa date limite", "savoir ce qui expire",
            "Must", "5"],
           ["US2", "responsable d'entrepôt", "recevoir chaque matin la liste des lots à sortir sous 5 jours",
            "ne plus jeter", "Must", "3"],
           ["US3", "bénévole", "m'inscrire à une ramasse en trois gestes", "ne pas appeler l'entrepôt", "Must",
            "5"],
           ["US4", "bénévole", "me désister jusqu'à la veille", "être remplacé à temps", "Should", "2"],
           ["US5", "chef d'équipe", "voir les créneaux sans bénévole", "relancer les bonnes personnes", "Should",
            "3"],
           ["US6", "association", "réserver un créneau de retrait", "ne plus téléphoner", "Must", "8"],
           ["US7", "directrice", "éditer le bilan trimestriel en un clic", "répondre au Département", "Should",
            "5"],
           ["US8", "coordinateur de collecte", "compter les cartons par magasin en direct", "piloter la journée",
            "Could", "8"]]),
        H(1, "7. Sous le capot", {"technical-requirements": "ok"}),
        P("Nous demandons une application mobile multiplateforme, une seule base de code pour Android et iOS, "
          "parce que les bénévoles viennent avec leur propre téléphone et que l'association ne peut pas payer "
          "deux développements. Le site des associations et de l'équipe salariée sera une application web "
          "responsive, utilisable sur les vieux ordinateurs des petites associations rurales."),
        P("Le serveur sera hébergé en France chez un hébergeur certifié, avec une base de données relationnelle "
          "et des sauvegardes chaque nuit conservées trente jours. Les lots seront identifiés par un code-barres "
          "imprimé à la réception, lisible avec l'appareil photo du téléphone. L'appli mobile garde en mémoire "
          "locale les données de la journée et les synchronise quand le réseau revient, ce qui est vital dans la "
          "chambre froide."),
        P("Côté échanges, l'outil doit exporter chaque mois les mouvements de stock au format demandé par le "
          "réseau national, et envoyer les alertes par notification et par courriel. Aucune donnée personnelle "
          "de bénéficiaire n'est stockée ; pour les bénévoles, seuls le nom, le téléphone et les disponibilités le "
          "sont, avec leur accord. Les comptes sont créés par l'équipe salariée, avec trois rôles : bénévole, "
          "association et administrateur. Le code source sera remis à l'association, qui doit pouvoir changer de "
          "prestataire sans tout reconstruire. Une documentation d'exploitation courte, rédigée en français, "
          "expliquera comment relancer une synchronisation bloquée et comment ajouter un magasin partenaire."),
        H(2, "Exigences de qualité", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Niveau attendu", "Comment on le vérifie"],
           ["Hors connexion", "une journée complète de saisie sans réseau", "test en chambre froide"],
           ["Lisibilité", "texte agrandi jusqu'à 200 % sans perte", "test avec six bénévoles de plus de 70 ans"],
           ["Disponibilité", "99 % en journée, de 7 h à 20 h", "supervision mensuelle"],
           ["Temps de réponse", "moins de 2 secondes pour un scan", "mesure sur un téléphone d'entrée de gamme"],
           ["Sécurité", "mots de passe chiffrés, accès par rôle", "audit avant mise en service"]]),
        H(1, "8. Recette et mise en service", {"acceptance-delivery": "thin"}),
        P("Chaque module sera testé par Didier et deux bénévoles à l'entrepôt pendant deux semaines avant d'être "
          "accepté. Une story est terminée quand elle fonctionne hors connexion et qu'elle a été vue par la "
          "directrice. La mise en service générale aura lieu avant la collecte de novembre 2027."),
        H(1, "9. Lexique", {"glossary": "ok"}),
        T([["Mot", "Sens chez nous"],
           ["Ramasse", "collecte quotidienne des invendus en supermarché"],
           ["DLC", "date limite de consommation, au-delà le produit est jeté"],
           ["DDM", "date de durabilité minimale, le produit reste distribuable après"],
           ["Lot", "ensemble de produits identiques reçus le même jour du même donateur"],
           ["Quota", "part des denrées attribuée à une association selon les familles suivies"]]),
        H(1, "10. Questions que l'on nous posera", {"anticipated-questions": "ok"}),
        T([["Question", "Notre réponse"],
           ["Et si un bénévole n'a pas de smartphone ?", "le chef d'équipe l'inscrit depuis le site"],
           ["Pourquoi ne pas prendre le logiciel du réseau national ?",
            "il ne gère ni les bénévoles ni les créneaux des associations"],
           ["Que se passe-t-il si le prestataire disparaît ?", "le code et la documentation nous appartiennent"],
           ["Les associations vont-elles suivre ?", "six d'entre elles testent dès le module retraits"]]),
    ],
    missing=["resources-budget"],
)
