from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 4 (h4_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. An urban community specifies online booking and
    contactless entry for its five swimming pools. Numbered headings in the author's words, one question; the
    stakeholder map is a table under the context heading with no heading of its own (merged); the objectives are
    too short (thin); the non-functional requirements are a bold Normal paragraph with a list; no resources or
    budget section (missing); the jury questions heading has nothing under it (empty).""",
    title="Pau Agglo – Réserver sa ligne d'eau en ligne",
    cover=["Cahier des charges et backlog produit", "Nicolas Etchegaray – chef de projet, direction des sports"],
    blocks=[
        H(1, "En bref", {"summary": "ok"}),
        P("Les cinq piscines de l'agglomération paloise accueillent 610 000 entrées par an. Les usagers font la "
          "queue aux caisses, les clubs réservent leurs lignes d'eau par courriel et les créneaux des écoles sont "
          "tenus sur un classeur papier. Ce document décrit le service que nous voulons faire construire : une "
          "application et un site web pour acheter ses entrées et réserver un créneau, des portiques qui lisent un "
          "QR code ou une carte sans contact, et un outil de planning partagé par les cinq établissements. Il "
          "fixe le périmètre de la première version, livrée pour la saison d'été 2027, la liste priorisée des "
          "fonctionnalités et les exigences techniques que le prestataire retenu devra respecter. Le budget "
          "voté est de 380 000 euros sur deux ans, maintenance comprise, et le marché sera attribué en février."),
        H(1, "1. Le contexte et les acteurs du projet", {"context-stakeholders": "ok", "stakeholder-map": "ok"}),
        P("La communauté d'agglomération Pau Béarn Pyrénées gère cinq piscines, dont le stade nautique qui "
          "accueille des compétitions nationales. Depuis la crise sanitaire, la fréquentation est encadrée par "
          "des jauges et les usagers réclament de pouvoir réserver à l'avance, comme dans les piscines de "
          "Bordeaux ou de Toulouse. Les caisses actuelles, installées en 2011, ne sont plus maintenues par leur "
          "éditeur et tombent en panne plusieurs fois par mois, ce qui oblige les agents à faire entrer le public "
          "gratuitement ou à fermer."),
        P("Le projet est porté par la direction des sports, qui en est le donneur d'ordre, avec la direction du "
          "numérique pour les aspects techniques et juridiques. Les chefs de bassin et les agents d'accueil "
          "utiliseront l'outil chaque jour ; les 23 clubs sportifs et les 78 écoles primaires réservent des "
          "créneaux ; le trésor public encaisse les recettes et impose ses règles de régie. Les élus suivent le "
          "projet de près, car le prix des entrées et l'accès des familles modestes sont un sujet politique. "
          "Nous avons rencontré chacun de ces acteurs entre mai et septembre, en ateliers ou en entretiens, "
          "et le tableau ci-dessous résume leur poids et leurs attentes."),
        T([["Acteur", "Influence", "Intérêt", "Attente principale"],
           ["Direction des sports", "forte", "fort", "moins de files d'attente, recettes suivies"],
           ["Agents d'accueil", "moyenne", "fort", "un outil simple qui ne tombe pas en panne"],
           ["Clubs", "moyenne", "fort", "réserver les lignes pour la saison en une fois"],
           ["Écoles", "faible", "moyen", "un planning clair pour les créneaux scolaires"],
           ["Trésor public", "forte", "faible", "une régie conforme"],
           ["Élus", "forte", "moyen", "tarifs sociaux préservés"]]),
        H(1, "2. De quoi ont besoin les usagers et les agents ?", {"needs-analysis": "ok"}),
        P("Côté humain, trois publics ont des besoins différents. Le nageur régulier veut entrer vite, avec son "
          "abonnement sur son téléphone, et savoir avant de partir si le bassin est plein. Les familles veulent "
          "acheter plusieurs entrées d'un coup et payer sur place si elles n'ont pas de carte bancaire ; un quart "
          "des entrées sont aujourd'hui payées en espèces, et il faut le garder. Les agents d'accueil, 46 "
          "personnes, dont beaucoup de contractuels l'été, doivent être formés en une heure au maximum."),
        P("Côté logistique, les cinq piscines doivent partager un même planning, car les clubs utilisent "
          "plusieurs bassins et les maîtres-nageurs tournent entre les établissements. Les portiques doivent "
          "fonctionner même si le réseau de la piscine est coupé, ce qui arrive lors des orages. Le matériel "
          "doit supporter l'humidité et le chlore du hall d'entrée."),
        P("Côté financier, la régie de recettes impose une traçabilité de chaque euro encaissé et une clôture "
          "quotidienne par établissement. Les tarifs sociaux, calculés selon le quotient familial, doivent être "
          "appliqués sans que l'usager montre ses justificatifs à chaque visite. Enfin, le coût de "
          "fonctionnement annuel ne doit pas dépasser celui des caisses actuelles, soit 42 000 euros. Les recettes en ligne devront "
          "être reversées à la régie chaque semaine, et les remboursements d'un créneau annulé par la piscine "
          "pour cause de fermeture technique devront se faire automatiquement, sans passer par un courrier."),
        H(2, "2.1 Tableau des besoins", {"needs-table": "ok"}),
        T([["Besoin", "Qui", "Type", "Priorité"],
           ["Entrer sans passer en caisse", "nageurs réguliers", "humain", "haute"],
           ["Voir l'affluence en temps réel", "tous les usagers", "humain", "moyenne"],
           ["Payer en espèces à l'accueil", "familles", "financier", "haute"],
           ["Un planning commun aux cinq piscines", "chefs de bassin, clubs", "logistique", "haute"],
           ["Fonctionner sans réseau", "agents", "logistique", "haute"],
           ["Clôture de régie quotidienne", "trésor public", "financier", "haute"]]),
        H(1, "3. Objectifs et périmètre", {"objectives-scope": "thin"}),
        P("Objectif : diviser par deux l'attente aux caisses l'été 2027 et faire réserver 60 % des créneaux de "
          "clubs en ligne. Hors périmètre : la billetterie des compétitions et les cours de natation, qui "
          "restent sur l'outil actuel jusqu'en 2028. Contraintes : marché public, hébergement en France."),
        H(1, "4. Découpage fonctionnel", {"functional-breakdown": "ok"}),
        P("Nous avons découpé le service en quatre blocs, livrés dans cet ordre parce que chacun dépend du "
          "précédent : le compte usager et les tarifs, puis la vente et la réservation, puis le contrôle "
          "d'accès aux portiques, enfin le planning partagé des bassins. Les deux premiers blocs suffisent pour "
          "ouvrir la vente en ligne au printemps ; les portiques seront installés pendant la fermeture technique "
          "de juin ; le planning arrive en septembre, pour la rentrée des clubs et des écoles. Chaque bloc sera "
          "présenté aux agents avant sa mise en service."),
        H(2, "4.1 Arborescence des fonctions", {"feature-tree": "ok"}),
        Img(["Compte et tarifs", "Vente et réservation", "Accès par portique", "Planning des bassins"],
            "Les quatre blocs du service et leur ordre de livraison."),
        H(1, "5. Backlog", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Estimation"],
           ["US1", "nageur", "acheter un carnet de dix entrées sur mon téléphone", "ne plus faire la queue", "Must", "5"],
           ["US2", "famille", "appliquer mon tarif social une fois pour toutes", "ne pas apporter mes papiers", "Must", "8"],
           ["US3", "agent d'accueil", "encaisser en espèces et imprimer un QR code", "servir tout le monde", "Must", "3"],
           ["US4", "nageur", "voir l'affluence du bassin", "choisir mon heure", "Should", "5"],
           ["US5", "club", "réserver mes lignes pour la saison", "planifier mes entraînements", "Must", "8"],
           ["US6", "chef de bassin", "voir le planning des cinq piscines", "affecter les maîtres-nageurs", "Could", "13"]]),
        H(1, "6. Exigences techniques", {"technical-requirements": "ok"}),
        P("Le service sera une application web responsive, accessible depuis un navigateur, complétée par une "
          "application mobile pour iOS et Android qui affiche le QR code d'entrée même sans connexion. Le "
          "back-office sera utilisé par les agents sur les postes existants, sous Windows, sans installation "
          "locale. L'hébergement se fera chez un prestataire qualifié en France, et les données personnelles "
          "des usagers, dont le quotient familial, seront chiffrées et conservées trois ans au plus après la "
          "dernière visite."),
        P("Les portiques devront garder en mémoire la liste des titres valides du jour, afin de laisser entrer "
          "les usagers pendant une coupure réseau de quatre heures au moins, puis renvoyer les passages au "
          "serveur au retour de la connexion. Le paiement en ligne passera par le prestataire bancaire de la "
          "régie, et le logiciel devra produire chaque soir le journal de caisse au format demandé par le "
          "trésor public. Une interface avec l'annuaire de l'agglomération permettra aux agents de se connecter "
          "avec leur compte habituel. Le prestataire fournira les codes sources, une documentation "
          "d'exploitation et une API ouverte pour qu'un autre éditeur puisse reprendre le service plus tard."),
        P("Les journaux techniques seront conservés un an, et chaque action d'un agent sur un paiement ou un "
          "tarif social sera tracée avec son nom. Les mises à jour de l'application se feront la nuit, hors des "
          "heures d'ouverture des bassins, après validation sur l'environnement de test."),
        B("Performance, sécurité, accessibilité", {"non-functional-requirements": "ok"}),
        L(["Une entrée au portique en moins de deux secondes",
           "Disponibilité de 99,5 % pendant les heures d'ouverture",
           "Conformité au RGAA niveau AA pour le site et l'application",
           "Authentification forte pour les agents du back-office"]),
        H(1, "7. Recette et mise en service", {"acceptance-delivery": "ok"}),
        P("La recette se fera en deux temps. D'abord une recette fonctionnelle sur un environnement de test, "
          "avec des scénarios écrits par les chefs de bassin pour chaque histoire du backlog ; une histoire est "
          "terminée quand son scénario passe, qu'elle est documentée et que les agents l'ont essayée. Ensuite "
          "une mise en service pilote à la piscine de Lons pendant trois semaines de mai, où l'ancienne caisse "
          "reste branchée en secours. Nous ne généraliserons aux quatre autres piscines qu'après un mois sans "
          "anomalie bloquante et une clôture de régie validée par le trésor public. Le prestataire assure une "
          "présence sur place pendant la première semaine d'ouverture de chaque établissement, et une "
          "formation d'une heure est donnée à chaque agent avant son premier service. Le "
          "procès-verbal de réception définitive sera signé par la direction des sports à la fin de l'été."),
        H(1, "Lexique", {"glossary": "ok"}),
        T([["Terme", "Sens dans ce document"],
           ["Ligne d'eau", "couloir d'un bassin réservé à un groupe"],
           ["Régie", "service qui encaisse les recettes pour le compte du trésor public"],
           ["Quotient familial", "revenu par part qui fixe le tarif social"],
           ["Portique", "tourniquet d'entrée qui lit un QR code ou une carte"]]),
        H(1, "Questions probables du jury", {"anticipated-questions": "empty"}),
    ],
    missing=["resources-budget"],
)
