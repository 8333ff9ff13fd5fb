from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Mobi'Creuse, an association of volunteer drivers in the Creuse, wants a platform that takes
    ride requests from elderly people by phone and offers them to drivers on an app. Numbered Heading 1 and 2
    titles in the authors' words ("1. En bref", "5. Découpage en modules", "6. Le backlog, story par story"); the
    needs table is a bold Normal line ("3.1 Les besoins, un par un"); the backlog is a table of user stories with
    priority and estimate. No feature tree (missing); the quality requirements heading has nothing under it
    (empty); a calendar of the authors' own closes the document.""",
    title="Mobi'Creuse – Cahier des charges de la plateforme de transport solidaire",
    cover=["Étude de cas 1 – spécification fonctionnelle et technique",
           "Élise Chabrat et Karim Ould-Ali – novembre 2026"],
    blocks=[
        H(1, "1. En bref", {"summary": "ok"}),
        P("Mobi'Creuse est une association qui organise depuis 2014 des trajets solidaires pour les personnes âgées "
          "ou sans voiture de 41 communes du sud de la Creuse. Quatre-vingt-cinq conducteurs bénévoles ont assuré "
          "3 900 trajets l'an dernier, surtout vers les cabinets médicaux, la pharmacie et le marché d'Aubusson. "
          "Tout passe aujourd'hui par un cahier papier et par le téléphone portable de la coordinatrice, Sylvie, "
          "qui appelle les bénévoles un par un jusqu'à trouver quelqu'un de libre. Ce document décrit la plateforme "
          "qui doit remplacer ce cahier : une interface web pour la permanence téléphonique, une application mobile "
          "simple pour les conducteurs et un envoi automatique de SMS aux personnes transportées. Il fixe ce que "
          "la plateforme doit faire, ce qu'elle ne fera pas, le backlog priorisé de la première version, les choix "
          "techniques, le coût estimé à 46 000 euros et la façon dont l'association validera la livraison prévue "
          "pour septembre 2027."),
        H(1, "2. Le contexte : qui est concerné ?", {"context-stakeholders": "ok"}),
        P("Le sud de la Creuse compte moins de vingt habitants au kilomètre carré et un tiers de sa population a "
          "plus de 65 ans. Il n'y a plus de ligne de car régulière entre la plupart des bourgs et Aubusson depuis "
          "2019, et le transport à la demande du Département ne fonctionne que deux jours par semaine. Pour une "
          "personne qui ne conduit plus, un rendez-vous chez le kinésithérapeute devient vite un casse-tête. "
          "Mobi'Creuse comble ce manque : la personne appelle, l'association trouve un conducteur, le trajet est "
          "indemnisé 0,35 euro par kilomètre au bénévole et payé par la personne transportée, avec une aide de la "
          "caisse de retraite pour les plus modestes."),
        P("Le projet est porté par le bureau de l'association, présidé par Jean-Paul Mazeau, ancien facteur, avec "
          "Sylvie Deschamps, seule salariée, à mi-temps. Le financement vient pour moitié de la Conférence des "
          "financeurs de la prévention de la perte d'autonomie, qui a voté une subvention en octobre, et pour "
          "moitié de la communauté de communes Creuse Grand Sud. Les autres parties prenantes sont les bénévoles "
          "eux-mêmes, dont l'âge moyen est de 64 ans, les personnes transportées et leurs familles, les deux "
          "maisons de santé du territoire qui prescrivent souvent les trajets, et l'assureur de l'association, "
          "qui exige de savoir qui conduit qui et quand. Nous avons rencontré chacun de ces groupes entre "
          "septembre et novembre, lors de onze entretiens et de deux demi-journées passées à la permanence."),
        H(2, "2.1 Carte des acteurs", {"stakeholder-map": "ok"}),
        T([["Acteur", "Rôle dans le projet", "Attente principale", "Influence"],
           ["Bureau de l'association", "maître d'ouvrage, décide", "un outil simple, sans coût caché", "forte"],
           ["Sylvie, coordinatrice", "utilisatrice principale", "ne plus passer ses soirées au téléphone", "forte"],
           ["Conducteurs bénévoles", "utilisateurs de l'application", "choisir leurs trajets sans être harcelés", "moyenne"],
           ["Personnes transportées", "bénéficiaires", "être sûres qu'on viendra les chercher", "faible"],
           ["Conférence des financeurs", "financeur", "des chiffres d'activité fiables", "forte"],
           ["Maisons de santé", "prescriptrices", "réserver pour un patient en une fois", "moyenne"],
           ["Assureur", "contrôle", "la liste des trajets et des conducteurs", "faible"]]),
        H(1, "3. Ce dont les usagers et l'association ont besoin", {"needs-analysis": "ok"}),
        P("Côté humain, le besoin le plus pressant est celui de Sylvie. Elle reçoit en moyenne 28 appels par jour "
          "et passe ensuite une à deux heures à rappeler des bénévoles ; quand elle est malade, personne ne sait "
          "qui est disponible et des trajets sont annulés. Les bénévoles, eux, veulent voir les trajets proposés et "
          "dire oui ou non sans qu'on les appelle, mais la moitié d'entre eux n'a jamais installé d'application : "
          "l'outil doit se contenter de trois écrans et de gros boutons. Les personnes transportées ne toucheront "
          "pas à la plateforme ; elles ont besoin d'une confirmation la veille, par SMS ou par un appel automatique "
          "sur leur téléphone fixe, avec le prénom du conducteur."),
        P("Côté logistique, la plateforme doit rapprocher une demande, un créneau et un conducteur proche, en "
          "tenant compte des véhicules adaptés : quatre bénévoles seulement peuvent transporter un fauteuil pliant. "
          "Elle doit aussi gérer les trajets aller-retour avec attente, fréquents pour les séances de dialyse, et "
          "les trajets réguliers, comme le marché du jeudi. Côté financier, l'association veut calculer "
          "automatiquement les indemnités kilométriques dues aux bénévoles chaque mois et la participation de "
          "chaque personne, puis exporter ces chiffres vers le logiciel de comptabilité du cabinet qui tient ses "
          "comptes. Enfin, les financeurs demandent un bilan trimestriel : nombre de trajets, motifs, communes "
          "desservies et âge des personnes, sans donnée nominative."),
        B("3.1 Les besoins, un par un", {"needs-table": "ok"}),
        T([["N°", "Besoin", "Pour qui", "Nature", "Priorité"],
           ["B1", "saisir une demande de trajet pendant l'appel en moins de deux minutes", "coordinatrice", "humain", "haute"],
           ["B2", "proposer le trajet aux conducteurs proches et disponibles", "coordinatrice, bénévoles", "logistique", "haute"],
           ["B3", "accepter ou refuser un trajet depuis son téléphone", "bénévoles", "humain", "haute"],
           ["B4", "prévenir la personne la veille avec le prénom du conducteur", "personnes transportées", "humain", "haute"],
           ["B5", "tenir compte des véhicules adaptés au fauteuil", "personnes transportées", "logistique", "moyenne"],
           ["B6", "calculer les indemnités et participations du mois", "trésorier", "financier", "haute"],
           ["B7", "produire le bilan trimestriel anonymisé", "financeurs", "financier", "moyenne"]]),
        H(1, "4. Ce que le projet vise, et ce qu'il ne fera pas", {"objectives-scope": "ok"}),
        P("Trois objectifs mesurables ont été validés par le bureau le 18 novembre. D'abord, ramener le temps passé "
          "par la coordinatrice à trouver un conducteur de 90 minutes à moins de 20 minutes par jour. Ensuite, "
          "faire passer la part des trajets annulés faute de conducteur de 6 % à moins de 2 %. Enfin, produire le "
          "bilan pour les financeurs en un clic au lieu des trois jours de tableur qu'il demande aujourd'hui."),
        P("Le périmètre couvre la prise de demande, l'attribution des trajets, l'application des conducteurs, les "
          "SMS et appels automatiques, le calcul des indemnités et le bilan trimestriel. Il exclut le paiement en "
          "ligne, que les personnes transportées ne demandent pas, la réservation directe par les personnes "
          "elles-mêmes, repoussée à une deuxième version, et toute fonction de covoiturage entre particuliers. Les "
          "contraintes sont fortes : un budget plafonné à 50 000 euros subventions comprises, une couverture mobile "
          "très inégale qui oblige l'application à fonctionner hors connexion, le respect du RGPD pour des données "
          "de santé indirectes, puisque le motif du trajet révèle souvent une maladie, et une mise en service avant "
          "la fin de la convention de financement, le 30 septembre 2027."),
        H(1, "5. Découpage en modules", {"functional-breakdown": "ok"}),
        P("La plateforme se découpe en cinq modules, livrés dans cet ordre parce que chacun s'appuie sur le "
          "précédent : les fiches des personnes et des bénévoles d'abord, puis la prise de demande, puis "
          "l'attribution et l'application des conducteurs, puis les notifications, enfin les calculs et bilans."),
        T([["Module", "Fonctions", "Sprint"],
           ["M1 Fiches", "personnes transportées, bénévoles, véhicules, disponibilités", "1"],
           ["M2 Demandes", "saisie pendant l'appel, trajets réguliers, aller-retour avec attente", "2-3"],
           ["M3 Attribution", "proposition aux conducteurs proches, acceptation, relance", "3-4"],
           ["M4 Notifications", "SMS et appel vocal la veille, alerte en cas d'annulation", "5"],
           ["M5 Gestion", "indemnités, participations, export comptable, bilan trimestriel", "6"]]),
        H(1, "6. Le backlog, story par story", {"product-backlog": "ok"}),
        P("Les user stories ci-dessous forment la première version. Les estimations sont en points, calibrées avec "
          "l'agence sur la story US3, qui vaut 5."),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "coordinatrice", "retrouver une personne par son nom ou sa commune", "gagner du temps pendant l'appel", "Must", "3"],
           ["US2", "coordinatrice", "créer un trajet avec date, heure, adresse et motif", "ne plus rien noter sur papier", "Must", "5"],
           ["US3", "coordinatrice", "envoyer le trajet aux conducteurs à moins de 15 km", "trouver quelqu'un sans téléphoner", "Must", "5"],
           ["US4", "conducteur", "voir les trajets proposés et répondre oui ou non", "choisir sans être appelé", "Must", "8"],
           ["US5", "conducteur", "consulter mes trajets acceptés hors connexion", "rouler en zone blanche", "Must", "5"],
           ["US6", "personne transportée", "recevoir un SMS ou un appel la veille", "être rassurée", "Must", "3"],
           ["US7", "coordinatrice", "créer un trajet régulier sur plusieurs semaines", "éviter les ressaisies", "Should", "5"],
           ["US8", "trésorier", "éditer les indemnités du mois par bénévole", "rembourser en une fois", "Must", "5"],
           ["US9", "président", "obtenir le bilan trimestriel anonymisé", "rendre compte aux financeurs", "Should", "3"],
           ["US10", "médecin", "demander un trajet pour un patient", "faciliter les soins", "Could", "8"]]),
        H(1, "7. Choix techniques", {"technical-requirements": "ok"}),
        P("L'interface de la coordinatrice est une application web, utilisée sur le PC portable de l'association et "
          "sur celui d'une bénévole qui assure la permanence le mercredi. Elle est développée en Django, un choix de "
          "l'agence limougeaude retenue pour sa maintenance, avec une base PostgreSQL hébergée chez un hébergeur "
          "certifié pour les données de santé, situé en France. L'application des conducteurs est une application "
          "web progressive plutôt qu'une application native : elle s'installe depuis un simple lien envoyé par SMS, "
          "sans passer par les magasins d'applications, ce qui évite aux bénévoles de créer un compte Google ou "
          "Apple. Elle garde en mémoire les trajets acceptés des sept prochains jours pour fonctionner sans réseau "
          "et synchronise les réponses dès que le téléphone retrouve une connexion."),
        P("Le calcul des distances utilise le service d'itinéraire d'OpenStreetMap, auto-hébergé pour ne pas "
          "dépendre d'un abonnement, et la recherche des conducteurs proches se fait à partir de la commune de "
          "domicile de chacun, pas de sa position en temps réel, que les bénévoles refusent de partager. Les SMS "
          "et les appels vocaux automatiques passent par un opérateur français facturé à l'envoi. Les comptes "
          "sont protégés par un mot de passe et un code envoyé par SMS pour la coordinatrice ; les conducteurs se "
          "connectent par un lien personnel valable un an. Les données des personnes transportées sont effacées "
          "trois ans après leur dernier trajet, et le motif du trajet n'est visible que par la coordinatrice. "
          "L'export comptable produit un fichier au format attendu par le logiciel du cabinet comptable."),
        H(2, "7.1 Exigences de qualité", {"non-functional-requirements": "empty"}),
        H(1, "8. Moyens et coûts", {"resources-budget": "ok"}),
        P("Le budget tient dans l'enveloppe de 50 000 euros, avec une réserve de 4 000 euros pour les imprévus. "
          "Le temps des bénévoles et du bureau n'est pas chiffré, mais nous l'avons estimé à quarante jours sur "
          "l'année, surtout pour les tests et la formation des conducteurs. Les montants viennent de deux devis d'agences "
          "reçus en novembre ; nous avons retenu le moins cher des deux, dont les références dans le secteur associatif "
          "nous ont convaincus."),
        T([["Poste", "Détail", "Montant"],
           ["Développement", "agence, six sprints de deux semaines", "31 000 €"],
           ["Conception des écrans", "designer, dix jours", "5 500 €"],
           ["Hébergement et SMS", "première année", "3 200 €"],
           ["Formation", "six sessions dans les bourgs", "2 300 €"],
           ["Réserve", "imprévus", "4 000 €"],
           ["Total", "", "46 000 €"]]),
        H(1, "9. Recette et mise en service", {"acceptance-delivery": "ok"}),
        P("Chaque story est considérée comme terminée lorsqu'elle a été testée par Sylvie sur un cas réel tiré du "
          "cahier papier, que les critères d'acceptation écrits dans le ticket sont tous vérifiés et que l'agence a "
          "livré le code avec ses tests automatiques sur la plateforme de préproduction. La recette générale aura "
          "lieu en juillet 2027 : pendant deux semaines, la permanence travaillera en double, sur le cahier et sur "
          "la plateforme, avec douze bénévoles volontaires. Nous comparerons le nombre de trajets attribués, les "
          "annulations et le temps passé au téléphone. La mise en service définitive est prévue le 1er septembre, "
          "après une réunion de formation dans chacun des six bourgs principaux. L'agence assure une garantie de "
          "trois mois puis un contrat de maintenance de 180 euros par mois. Le bureau signe le procès-verbal de "
          "recette seulement si les trois objectifs chiffrés sont en bonne voie à la fin des deux semaines."),
        H(1, "10. Lexique", {"glossary": "ok"}),
        T([["Terme", "Sens dans ce document"],
           ["Permanence", "les heures où l'association répond au téléphone, du lundi au vendredi matin"],
           ["Trajet régulier", "un même trajet répété chaque semaine, par exemple le marché du jeudi"],
           ["Zone blanche", "secteur sans réseau mobile, nombreux sur le plateau de Millevaches"],
           ["Indemnité", "somme versée au bénévole pour ses kilomètres, 0,35 € par kilomètre"]]),
        H(1, "11. Questions que l'on nous posera", {"anticipated-questions": "ok"}),
        T([["Question", "Notre réponse"],
           ["Pourquoi ne pas utiliser une plateforme de covoiturage existante ?",
            "aucune ne gère les appels téléphoniques ni les indemnités des bénévoles"],
           ["Et si un bénévole n'a pas de smartphone ?",
            "la coordinatrice peut toujours lui attribuer un trajet par téléphone, la plateforme le note"],
           ["Qui paiera après la subvention ?",
            "hébergement et maintenance, environ 5 000 € par an, inscrits au budget de l'association"]]),
        H(1, "Annexe – calendrier indicatif"),
        T([["Période", "Étape"],
           ["janvier 2027", "choix définitif de l'agence"],
           ["février – juin 2027", "six sprints"],
           ["juillet 2027", "recette en double"],
           ["septembre 2027", "mise en service"]]),
    ],
    missing=["feature-tree"],
)
