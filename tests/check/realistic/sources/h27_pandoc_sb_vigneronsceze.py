from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Les Vignerons de la Cèze, a wine cooperative in the Gard (280 growers, 2,100 hectares), sees tractors
    queue up to three hours at its reception bays during the harvest; the team specifies a phone service where
    growers book a slot, declare their load and get their weighing and sugar reading back. Numbered headings, some
    shortened to one word ("5. Périmètre", "6. Découpage", "7. Backlog", "8. Technique", "9. Budget",
    "10. Recette"); the needs are written under two headings, the human and logistic needs then the money (one
    section split in two); the backlog is a table of user stories; the feature tree is a drawn picture; a glossary
    of the authors' own at the end. The acceptance part is two short paragraphs (thin); no prepared questions and
    answers (missing).""",
    title="Quai'Cèze – réserver son passage au quai pendant les vendanges",
    cover=["Étude de cas n°1 – cahier des charges fonctionnel et technique",
           "Inès Mouret, Lucas Pellegrin, Anaïs Brémond – décembre 2026"],
    blocks=[
        H(1, "1. En bref", {"summary": "ok"}),
        P("Pendant les trois semaines des vendanges, les 280 vignerons de la cave coopérative des Vignerons de la "
          "Cèze livrent leur raisin sur deux quais de réception à Saint-Gervais. Faute d'organisation, les "
          "tracteurs arrivent tous entre 11 heures et 14 heures : l'attente monte jusqu'à trois heures, le raisin "
          "chauffe au soleil et perd en qualité, et les vignerons perdent une demi-journée de coupe. Nous proposons "
          "Quai'Cèze, un service sur téléphone où chaque vigneron réserve un créneau de passage, déclare la veille "
          "ce qu'il apporte (parcelle, cépage, tonnage estimé) et reçoit sur son écran le poids et le degré mesurés "
          "au quai. La cave, de son côté, voit arriver la charge de la journée et prépare ses cuves. Le projet coûte "
          "96 000 euros, se livre en deux versions avant les vendanges 2027 et vise une attente moyenne sous "
          "quarante minutes."),
        H(1, "2. La cave et ses acteurs", {"context-stakeholders": "ok"}),
        P("Fondée en 1929, la cave vinifie environ 110 000 hectolitres par an, en côtes-du-rhône et en vins de pays, "
          "pour un chiffre d'affaires de 21 millions d'euros. Ses adhérents ont en moyenne 54 ans ; un tiers d'entre "
          "eux exploitent moins de cinq hectares et livrent eux-mêmes, les plus gros passent par des prestataires "
          "de vendange mécanique. Le directeur, M. Olivier Chabert, porte le projet avec le maître de chai, "
          "Mme Sandrine Roux, qui organise chaque jour la réception et l'affectation des cuves."),
        P("Aujourd'hui, la réception fonctionne sans rendez-vous. Le vigneron arrive, fait la queue sur la route "
          "départementale, passe sur le pont-bascule, puis un agent prélève un échantillon pour mesurer le degré. "
          "Le bon de pesée est imprimé et remis en main propre ; il est ressaisi le soir dans le logiciel de gestion "
          "des apports, qui sert à la rémunération des adhérents. Le maître de chai découvre la quantité de chaque "
          "cépage au fil de la journée et doit parfois bloquer un quai faute de cuve prête. Les deux dernières "
          "années, la gendarmerie a demandé à la cave de ne plus laisser les tracteurs stationner sur la route."),
        P("Le conseil d'administration, composé de douze vignerons élus, a voté en juin le principe d'un outil "
          "numérique, à condition qu'il reste facultatif la première année et qu'il fonctionne pour les adhérents "
          "peu à l'aise avec un smartphone. Le prestataire du logiciel d'apports, basé à Nîmes, a accepté d'ouvrir "
          "une interface d'échange. Deux saisonniers de quai seront formés pour aider les vignerons sur place."),
        H(2, "2.1 Qui pèse sur le projet", {"stakeholder-map": "ok"}),
        T([["Acteur", "Ce qu'il attend", "Influence", "Comment on l'associe"],
           ["Vignerons adhérents", "ne plus attendre, connaître leur degré tout de suite", "forte",
            "six testeurs volontaires, réunion de secteur en mars"],
           ["Maître de chai", "savoir la veille ce qui arrive", "forte", "ateliers toutes les deux semaines"],
           ["Agents de quai saisonniers", "un outil simple avec des gants", "moyenne", "test en conditions réelles"],
           ["Conseil d'administration", "un outil juste pour tous les adhérents", "forte", "point à chaque conseil"],
           ["Éditeur du logiciel d'apports", "une interface claire et stable", "moyenne",
            "spécification d'interface validée en février"]]),
        H(1, "3. Besoins humains et logistiques", {"needs-analysis": "ok"}),
        P("Nous avons passé deux journées sur les quais pendant les vendanges 2026, interrogé quatorze vignerons, le "
          "maître de chai, trois agents de quai et le responsable administratif. Les besoins humains sont d'abord "
          "ceux des vignerons : ne pas perdre une demi-journée de coupe à attendre, savoir quand venir, et connaître "
          "le soir même le degré de leur raisin, qui décide de leur rémunération. Les plus âgés veulent pouvoir "
          "réserver par téléphone auprès d'une personne. Les agents de quai, eux, veulent moins de disputes dans la "
          "file et un bon de pesée qui ne se perd plus."),
        P("Les besoins logistiques viennent du chai : le maître de chai doit connaître la veille les volumes "
          "attendus par cépage pour préparer les cuves et les pressoirs, et étaler les arrivées sur la journée pour "
          "que les deux quais tournent sans arrêt. Il faut aussi pouvoir changer un créneau au dernier moment "
          "quand un orage avance la coupe."),
        H(1, "4. Et côté finances ?", {"needs-analysis": "ok"}),
        P("La cave ne veut pas d'un coût par adhérent : le service doit être financé par le budget d'investissement, "
          "plafonné à 100 000 euros, et ne pas demander plus d'un demi-poste pour le faire vivre. Chaque heure "
          "d'attente coûte en qualité : selon le maître de chai, le raisin qui attend au soleil perd jusqu'à un "
          "demi-degré, ce qui a coûté environ 60 000 euros de déclassements en 2026. La suppression de la ressaisie "
          "des bons libère aussi quinze jours de travail administratif par saison."),
        H(2, "4.1 Récapitulatif des besoins", {"needs-table": "ok"}),
        T([["Besoin", "Pour qui", "Nature", "Priorité"],
           ["Réserver un créneau de passage au quai", "vignerons", "humain", "haute"],
           ["Déclarer la veille parcelle, cépage et tonnage", "maître de chai", "logistique", "haute"],
           ["Recevoir poids et degré sur le téléphone", "vignerons", "humain", "haute"],
           ["Bon de pesée transmis sans ressaisie", "administration", "financier", "moyenne"],
           ["Réservation par téléphone auprès d'un agent", "adhérents sans smartphone", "humain", "moyenne"]]),
        H(1, "5. Périmètre", {"objectives-scope": "ok"}),
        P("Objectifs mesurables pour les vendanges 2027 : une attente moyenne au quai inférieure à quarante "
          "minutes, contre deux heures aujourd'hui ; au moins 60 % des apports arrivés sur réservation ; zéro bon "
          "de pesée ressaisi à la main. En 2028, la réservation deviendra la règle, avec un guichet téléphonique "
          "pour ceux qui le souhaitent."),
        P("Sont dans le périmètre : la réservation et le changement de créneau, la déclaration d'apport, la "
          "planification de la journée pour le chai, l'envoi du résultat de pesée et le transfert vers le logiciel "
          "d'apports. Sont hors périmètre : la rémunération des adhérents, qui reste dans le logiciel actuel, la "
          "gestion des cuves et de la vinification, et la vente de vin aux particuliers."),
        P("Contraintes : le réseau mobile est faible sur un tiers des parcelles, l'outil doit donc accepter une "
          "déclaration faite hors connexion ; les quais sont en plein air, sous la poussière et la pluie ; le "
          "règlement intérieur impose l'égalité de traitement des adhérents, donc aucun créneau réservé aux gros "
          "apporteurs ; enfin, le service doit être prêt et testé avant le 25 août 2027."),
        H(1, "6. Découpage", {"functional-breakdown": "ok"}),
        P("Nous avons découpé le service en cinq blocs, livrés en deux versions. La première version, en juin, "
          "couvre ce qui réduit l'attente : comptes, créneaux et déclaration. La seconde, fin juillet, ajoute le "
          "retour des résultats et le lien avec le logiciel d'apports, qui dépend du travail de l'éditeur. Un test "
          "grandeur nature est prévu sur les vendanges de muscat, plus précoces, à la mi-août."),
        T([["Bloc", "Contenu", "Version", "Dépend de"],
           ["Comptes", "identification par numéro d'adhérent et code reçu par SMS", "V1", "–"],
           ["Créneaux", "agenda des deux quais, réservation, annulation", "V1", "Comptes"],
           ["Déclaration", "parcelle, cépage, tonnage estimé, mode hors connexion", "V1", "Comptes"],
           ["Résultats", "poids, degré, bon de pesée sur le téléphone", "V2", "pont-bascule"],
           ["Échanges", "envoi des apports au logiciel de l'éditeur", "V2", "interface de l'éditeur"]]),
        H(2, "6.1 Arbre des fonctions", {"feature-tree": "ok"}),
        Img(["Quai'Cèze", "Comptes", "Créneaux", "Déclaration", "Résultats", "Échanges"],
            caption="Les cinq blocs de Quai'Cèze et leur ordre de livraison"),
        H(1, "7. Backlog", {"product-backlog": "ok"}),
        T([["N°", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "vigneron", "réserver un créneau de trente minutes", "ne plus attendre sur la route", "must", "5"],
           ["US2", "vigneron", "décaler mon créneau jusqu'à une heure avant", "suivre la météo", "must", "3"],
           ["US3", "vigneron", "déclarer parcelle, cépage et tonnage la veille", "que le chai se prépare",
            "must", "5"],
           ["US4", "maître de chai", "voir la charge de demain par cépage", "préparer cuves et pressoirs", "must",
            "8"],
           ["US5", "agent de quai", "retrouver la réservation par la plaque du tracteur", "aller vite", "should",
            "3"],
           ["US6", "vigneron", "recevoir poids et degré par SMS", "savoir tout de suite ce que vaut ma coupe",
            "must", "5"],
           ["US7", "administration", "envoyer les bons au logiciel d'apports", "ne plus ressaisir", "should", "8"],
           ["US8", "agent d'accueil", "réserver pour un adhérent qui appelle", "n'exclure personne", "must", "3"]]),
        H(1, "8. Technique", {"technical-requirements": "ok"}),
        P("Le service est une application web installable sur le téléphone, sans passage par les magasins "
          "d'applications, ce qui évite les mises à jour imposées aux adhérents. Elle garde en mémoire la "
          "déclaration quand il n'y a pas de réseau et l'envoie dès que le téléphone capte. Le serveur est hébergé "
          "en France chez un hébergeur certifié, avec une base de données PostgreSQL et une sauvegarde chaque nuit "
          "pendant la saison. Hors vendanges, le service tourne sur un seul petit serveur ; pendant les trois semaines de pointe, une seconde machine prend le relais si la première tombe."),
        P("Le pont-bascule actuel sort déjà un fichier par pesée ; un petit programme installé sur le poste du "
          "quai lit ce fichier et l'envoie au serveur, qui prévient le vigneron par SMS grâce à un opérateur "
          "français. L'échange avec le logiciel d'apports passe par l'interface que l'éditeur ouvre en février : "
          "un envoi par pesée, au format JSON, avec un accusé de réception."),
        P("Côté agents de quai, une tablette durcie par quai, utilisable avec des gants, affiche la file du jour "
          "et permet de retrouver une réservation par la plaque ou le numéro d'adhérent. Les comptes sont liés au "
          "numéro d'adhérent et à un numéro de téléphone ; aucune autre donnée personnelle n'est demandée, et les "
          "données de pesée restent la propriété de la cave. Le code est livré à la cave avec sa documentation, "
          "pour qu'un autre prestataire puisse le reprendre."),
        H(2, "8.1 Qualité de service", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Cible", "Comment on la vérifie"],
           ["Disponibilité pendant les vendanges", "99,5 % de 6 h à 22 h", "supervision, rapport quotidien"],
           ["Temps d'affichage de l'agenda", "moins de 2 secondes en 4G", "test sur trois téléphones d'entrée de gamme"],
           ["Déclaration hors connexion", "conservée 48 h, envoyée au retour du réseau", "test en parcelle"],
           ["SMS de résultat", "reçu moins de 5 minutes après la pesée", "mesure sur le test du muscat"],
           ["Lisibilité", "gros caractères, contraste élevé", "test avec six adhérents de plus de 60 ans"]]),
        H(1, "9. Budget", {"resources-budget": "ok"}),
        P("Le budget tient dans l'enveloppe votée par le conseil. Le plus gros poste est le développement, confié à "
          "une agence d'Avignon qui a déjà travaillé pour deux caves de la vallée du Rhône. La cave met à "
          "disposition un chef de projet interne à mi-temps de janvier à septembre, non compté ci-dessous. Les "
          "coûts annuels, à partir de 2028, sont de l'ordre de 7 000 euros."),
        T([["Poste", "Qui", "Montant"],
           ["Développement V1 et V2", "agence web", "62 000 €"],
           ["Interface avec le logiciel d'apports", "éditeur", "11 000 €"],
           ["Deux tablettes durcies et supports", "cave", "4 500 €"],
           ["Hébergement et SMS de la première saison", "hébergeur, opérateur", "6 500 €"],
           ["Formation des agents et réunions de secteur", "équipe projet", "3 000 €"],
           ["Réserve pour imprévus (10 %)", "", "9 000 €"],
           ["Total", "", "96 000 €"]]),
        H(1, "10. Recette", {"acceptance-delivery": "thin"}),
        P("Chaque version est recettée par le maître de chai et deux vignerons testeurs sur une liste de scénarios "
          "tirés du backlog. Une histoire est terminée quand elle fonctionne sur trois téléphones différents."),
        P("Le test grandeur nature du muscat, à la mi-août, décide de l'ouverture à tous les adhérents."),
        H(1, "11. Nos mots", {"glossary": "ok"}),
        T([["Terme", "Ce qu'il veut dire chez nous"],
           ["Apport", "une livraison de raisin d'un vigneron à la cave, pesée et mesurée"],
           ["Bon de pesée", "le justificatif du poids et du degré d'un apport"],
           ["Créneau", "une demi-heure de passage réservée sur un quai"],
           ["Degré", "le sucre du raisin mesuré au quai, qui fixe une partie de la rémunération"],
           ["Quai", "l'endroit où le tracteur vide sa benne dans le fouloir"],
           ["Muscat", "le premier cépage vendangé, qui sert de test"]]),
    ],
    missing=["anticipated-questions"],
)
