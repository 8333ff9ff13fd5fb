from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    language="fr",
    notes="""Held-out round 64 (h64_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: a cooperative in Tarbes specifies a booking app for shared cargo bikes. The authors' own numbered
    headings, some in UPPER CASE; tables; one heading covers two sections (merged); one optional section deleted.""",
    title="CargoLib Tarbes : cahier des charges et backlog de l'application de réservation",
    cover=["Étude de cas 1 – Manageur de l'innovation numérique",
           "Camille Loustau et Hugo Dabadie – promotion 2027"],
    blocks=[
        H(1, "1. EN BREF", {"summary": "ok"}),
        P("La coopérative CargoLib met à disposition 36 vélos cargos électriques dans six stations de Tarbes. "
          "Aujourd'hui, les réservations passent par un formulaire en ligne, un tableur partagé et des appels au "
          "standard, ce qui provoque des doubles réservations, des vélos rendus sans batterie et près de quinze heures "
          "de gestion manuelle par semaine pour deux salariés. Ce document décrit l'application mobile et le back-office "
          "que nous voulons faire développer : réservation à l'heure ou à la demi-journée, ouverture du cadenas par "
          "téléphone, état des batteries, paiement par abonnement et tableau de bord pour l'équipe. Il présente le "
          "contexte et les personnes concernées, les besoins, le périmètre, le découpage fonctionnel avec le backlog "
          "priorisé, les exigences techniques, le budget et les conditions de recette. L'objectif est une première "
          "version en service au printemps 2028, pour un budget de 118 000 euros, avec 900 adhérents actifs à la fin "
          "de la première année et moins de deux heures de gestion manuelle par semaine."),
        H(1, "2. Qui est concerné ?", {"context-stakeholders": "ok"}),
        P("CargoLib est une société coopérative d'intérêt collectif créée en 2023 par la ville de Tarbes, "
          "l'agglomération, deux associations cyclistes et une trentaine de commerçants du centre. Elle emploie quatre "
          "salariés, dont un mécanicien, et s'appuie sur une vingtaine de bénévoles. Les vélos servent surtout à des "
          "familles qui emmènent leurs enfants à l'école, à des artisans et à des commerçants qui livrent en ville. Le "
          "service a connu une forte croissance, de 140 adhérents en 2024 à 520 en 2026, mais l'outil n'a pas suivi."),
        P("Le client du projet est le conseil coopératif, qui vote le budget et désigne Nadia Cazaux, directrice, "
          "comme responsable produit. Les utilisateurs finaux sont les adhérents particuliers et professionnels. "
          "L'équipe salariée utilisera le back-office chaque jour. L'agglomération finance 40 % de l'investissement et "
          "demande des indicateurs d'usage chaque trimestre. Le fabricant des cadenas connectés fournit une interface "
          "de programmation, et la banque de la coopérative gère les prélèvements. Enfin, les commerçants "
          "sociétaires attendent des créneaux réservés le matin pour leurs livraisons. Chacun de ces acteurs a été "
          "rencontré entre septembre et novembre 2026 ; le tableau suivant résume leur rôle et leur poids."),
        P("Deux tensions sont apparues pendant ces rencontres. Les commerçants veulent des créneaux garantis le matin, alors que les familles réservent surtout entre 8 h et 9 h. Le financeur souhaite des données détaillées, alors que les adhérents tiennent à la discrétion de leurs trajets. Le conseil arbitrera ces deux points avant le lancement des développements."),
        H(2, "2.1 Cartographie", {"stakeholder-map": "ok"}),
        T([["Partie prenante", "Rôle", "Influence", "Attente principale"],
           ["Conseil coopératif", "commanditaire", "forte", "maîtriser le budget"],
           ["Nadia Cazaux", "responsable produit", "forte", "moins de gestion manuelle"],
           ["Adhérents", "utilisateurs", "moyenne", "réserver vite, vélo chargé"],
           ["Agglomération", "financeur", "forte", "indicateurs trimestriels"],
           ["Fabricant des cadenas", "fournisseur", "moyenne", "intégration propre de son API"]]),
        H(1, "3. Les besoins", {"needs-analysis": "ok"}),
        P("Nous avons interrogé 24 adhérents, observé le standard pendant deux semaines et analysé 1 900 "
          "réservations de l'année 2026. Trois familles de besoins ressortent. Les besoins humains d'abord : les "
          "adhérents veulent réserver en moins d'une minute depuis leur téléphone, savoir si le vélo est chargé et ne "
          "plus dépendre des horaires du standard. Les salariés veulent arrêter de recopier des réservations et de "
          "relancer les retards par téléphone. Les bénévoles, souvent âgés, ont besoin d'un écran simple pour aider "
          "les nouveaux adhérents en station."),
        P("Les besoins logistiques ensuite : chaque vélo doit être affecté à une station, ses batteries suivies, ses "
          "pannes signalées et son entretien planifié. Les doubles réservations, dix-sept en octobre, doivent "
          "disparaître. Le mécanicien doit recevoir les signalements avec une photo et la localisation du vélo. Les "
          "professionnels ont besoin de créneaux récurrents, par exemple tous les mardis de 7 h à 10 h."),
        P("Les besoins financiers enfin : l'abonnement mensuel et le paiement à l'usage doivent être prélevés "
          "automatiquement, les factures des professionnels éditées chaque mois, et les pénalités de retard calculées "
          "sans discussion. La coopérative doit pouvoir suivre son chiffre d'affaires par station pour justifier la "
          "subvention. Le tableau ci-dessous classe ces besoins par priorité."),
        P("Nous avons volontairement écarté certains souhaits exprimés lors des entretiens, comme un classement des adhérents les plus actifs, qui ne répondent à aucun problème constaté et alourdiraient le produit."),
        H(2, "Tableau des besoins", {"needs-table": "ok"}),
        T([["Besoin", "Type", "Pour qui", "Priorité"],
           ["Réserver en moins d'une minute", "humain", "adhérents", "haute"],
           ["Voir la charge de la batterie", "logistique", "adhérents", "haute"],
           ["Supprimer les doubles réservations", "logistique", "équipe", "haute"],
           ["Signaler une panne avec photo", "logistique", "mécanicien", "moyenne"],
           ["Prélèvement automatique", "financier", "coopérative", "haute"],
           ["Factures mensuelles des professionnels", "financier", "professionnels", "moyenne"]]),
        H(1, "4. OBJECTIFS ET LIMITES DU PROJET", {"objectives-scope": "ok"}),
        P("Le projet poursuit quatre objectifs mesurables : atteindre 900 adhérents actifs douze mois après la mise en "
          "service, ramener la gestion manuelle sous deux heures par semaine, supprimer toute double réservation et "
          "porter le taux d'utilisation des vélos de 31 % à 45 %. Le périmètre couvre l'application mobile pour "
          "Android et iOS, le back-office web de l'équipe, l'intégration des cadenas connectés et le paiement par "
          "prélèvement et carte bancaire."),
        P("Sont exclus de cette première version : la gestion d'autres villes, la location de vélos classiques, un "
          "programme de fidélité et la revente de données. Les contraintes sont nombreuses. Le budget ne peut dépasser "
          "118 000 euros, dont 47 200 de subvention. La mise en service doit intervenir avant le 1er avril 2028 pour "
          "la saison. Les données personnelles doivent rester hébergées en France et respecter le RGPD. "
          "L'application doit être accessible aux personnes malvoyantes, et les cadenas actuels doivent être "
          "conservés car ils ont été achetés en 2025."),
        P("Ces limites ont été validées par le conseil coopératif le 25 novembre 2026 et toute extension passera par une nouvelle décision."),
        H(1, "5. Découpage en lots et backlog", {"functional-breakdown": "ok", "product-backlog": "ok"}),
        P("Nous découpons le produit en cinq lots livrés dans cet ordre : comptes et adhésion, réservation, accès au "
          "vélo, paiement, puis back-office et indicateurs. Chaque lot dépend du précédent ; le back-office démarre "
          "toutefois en parallèle du paiement. Le backlog ci-dessous reprend les récits utilisateurs priorisés avec la "
          "méthode MoSCoW et estimés en points par l'équipe du prestataire lors de l'atelier du 18 novembre."),
        T([["ID", "Lot", "En tant que…, je veux…, afin de…", "Priorité", "Points"],
           ["US-01", "Comptes", "adhérent, je crée mon compte avec ma pièce d'identité afin d'emprunter", "Must", "5"],
           ["US-02", "Réservation", "adhérent, je réserve un vélo par station et créneau afin d'être sûr de l'avoir", "Must", "8"],
           ["US-03", "Réservation", "professionnel, je réserve un créneau récurrent afin de livrer chaque semaine", "Should", "5"],
           ["US-04", "Accès", "adhérent, j'ouvre le cadenas avec mon téléphone afin de partir sans clé", "Must", "13"],
           ["US-05", "Accès", "adhérent, je vois la charge de la batterie avant de partir", "Must", "3"],
           ["US-06", "Paiement", "adhérent, je suis prélevé chaque mois afin de ne rien avoir à faire", "Must", "8"],
           ["US-07", "Back-office", "salarié, je vois toutes les réservations du jour afin de préparer les vélos", "Must", "5"],
           ["US-08", "Back-office", "mécanicien, je reçois les pannes avec photo afin d'intervenir vite", "Should", "5"],
           ["US-09", "Back-office", "directrice, j'exporte les indicateurs trimestriels pour l'agglomération", "Could", "3"]]),
        H(1, "6. SPÉCIFICATIONS TECHNIQUES", {"technical-requirements": "ok"}),
        P("L'application mobile sera développée avec un cadre multiplateforme afin de ne maintenir qu'un seul code "
          "pour Android et iOS. Le serveur exposera une API REST documentée, et le back-office sera une application "
          "web accessible depuis un navigateur récent. Les données seront stockées dans une base relationnelle "
          "hébergée chez un hébergeur français certifié. L'ouverture des cadenas passera par l'API du fabricant en "
          "Bluetooth, avec un code de secours envoyé par SMS quand le téléphone n'a pas de réseau."),
        P("L'authentification utilisera une adresse électronique et un mot de passe, avec une double vérification "
          "pour les comptes de l'équipe. Les paiements seront confiés à un prestataire agréé, afin que la coopérative "
          "ne stocke jamais de numéro de carte. Les journaux d'accès seront conservés un an. Le code source appartiendra "
          "à la coopérative et sera livré dans un dépôt versionné, avec une chaîne d'intégration continue et des tests "
          "automatisés sur les parcours de réservation et de paiement. Trois environnements sont attendus : "
          "développement, recette et production. Enfin, l'application devra fonctionner sur les téléphones de moins "
          "de six ans, ce qui couvre 95 % des adhérents selon notre enquête."),
        P("Pour la supervision, le prestataire installera des alertes sur la disponibilité du serveur et sur les échecs d'ouverture des cadenas, qui seront transmises au salarié d'astreinte. Les sauvegardes seront quotidiennes, chiffrées et conservées trente jours dans un second centre de données, avec un test de restauration chaque trimestre."),
        H(2, "Exigences non fonctionnelles", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Cible", "Mesure"],
           ["Disponibilité", "99,5 % par mois", "supervision externe"],
           ["Temps de réservation", "moins de 60 secondes", "test avec 10 adhérents"],
           ["Ouverture du cadenas", "moins de 5 secondes", "mesure en station"],
           ["Accessibilité", "RGAA niveau AA", "audit externe"],
           ["Hébergement", "en France", "contrat"]]),
        H(1, "7. Combien ça coûte", {"resources-budget": "ok"}),
        P("Le budget repose sur le devis du prestataire retenu après consultation et sur le temps interne de la "
          "directrice et d'un salarié. Il inclut une réserve de 10 % pour les imprévus. La subvention de "
          "l'agglomération couvre 40 % du total, le reste vient des fonds propres et d'un prêt coopératif."),
        P("Les coûts récurrents après la première année, hébergement et maintenance, sont estimés à 9 000 euros par an."),
        T([["Poste", "Montant (€)"],
           ["Développement de l'application et du back-office", "78 000"],
           ["Intégration des cadenas", "12 000"],
           ["Audit d'accessibilité et tests", "6 500"],
           ["Hébergement et licences la première année", "4 800"],
           ["Temps interne", "6 000"],
           ["Réserve", "10 700"],
           ["Total", "118 000"]]),
        H(1, "8. RECETTE ET LIVRAISON", {"acceptance-delivery": "ok"}),
        P("Chaque récit est terminé lorsqu'il est développé, relu par un second développeur, couvert par des tests "
          "automatisés, déployé en recette et validé par Nadia Cazaux à partir de ses critères d'acceptation. La "
          "recette générale se déroulera en mars 2028 avec vingt adhérents volontaires pendant deux semaines, sur "
          "deux stations. La livraison est acceptée si aucune anomalie bloquante ne reste ouverte, si les cibles de "
          "performance du tableau des exigences sont atteintes et si l'audit d'accessibilité est favorable. Le "
          "prestataire livre le code, la documentation d'exploitation et une formation de l'équipe d'une demi-journée. "
          "Une garantie de trois mois couvre les anomalies découvertes après la mise en service."),
        P("Un comité de pilotage réunira chaque mois la directrice, le prestataire et un représentant des adhérents pour suivre l'avancement, arbitrer les changements de priorité et décider du passage en production."),
        H(1, "Glossaire", {"glossary": "ok"}),
        T([["Terme", "Définition"],
           ["SCIC", "société coopérative d'intérêt collectif"],
           ["Station", "emplacement équipé où les vélos sont pris et rendus"],
           ["Back-office", "outil web de l'équipe salariée"],
           ["Point", "unité d'effort relative utilisée pour estimer un récit"]]),
        H(1, "Vos questions", {"anticipated-questions": "ok"}),
        T([["Question", "Réponse"],
           ["Que se passe-t-il sans réseau en station ?", "un code de secours par SMS ouvre le cadenas"],
           ["Peut-on garder les anciens cadenas ?", "oui, leur API est compatible"],
           ["Qui maintient l'application après la garantie ?", "un contrat de maintenance sera négocié en 2028"]]),
    ],
    missing=["feature-tree"],
)
