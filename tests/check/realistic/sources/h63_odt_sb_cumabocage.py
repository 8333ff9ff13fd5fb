from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 63 (h63_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: a cooperative of 46 farms in the Vendée bocage that shares 83 machines wants
    an application to book them instead of the paper notebook at the shed. The authors' own headings; the needs
    table sits under the needs heading with no heading of its own (merged); tables for the actors, the backlog,
    the quality requirements, the budget, the glossary and the questions; the glossary sits under a bold line rather than a heading; the acceptance part is a few lines only
    (thin); no feature tree (missing).""",
    title="Cahier des charges – « Ma CUMA en ligne »",
    cover=["CUMA du Bocage, Les Herbiers (Vendée)", "Équipe : Pierre Guilbaud, Nora Benali, Yann Chauvet – décembre 2026"],
    blocks=[
        H(1, "En résumé", {"summary": "ok"}),
        P("La CUMA du Bocage regroupe 46 exploitations autour des Herbiers et possède 83 machines, de la "
          "moissonneuse-batteuse à la tonne à lisier. Aujourd'hui, on réserve une machine en écrivant son nom dans un "
          "cahier posé au hangar, ou en appelant Jean-Marc, le salarié, qui note tout sur un tableau blanc. Pendant "
          "les pointes de printemps et d'été, les conflits se multiplient : deux adhérents arrivent pour le même "
          "semoir, une machine part sans que personne sache quand elle revient, et les heures d'utilisation, "
          "facturées à la fin de l'année, sont reconstituées de mémoire. Nous proposons une application mobile, "
          "« Ma CUMA en ligne », qui permet de réserver une machine, de voir qui l'a et de déclarer les heures au "
          "retour. Ce document décrit les besoins, le découpage en fonctions, le backlog des trois premières "
          "versions, les exigences techniques et le budget, pour que le conseil d'administration puisse décider en "
          "janvier et qu'un prestataire puisse chiffrer sans autre question."),
        H(1, "Qui est concerné ?", {"context-stakeholders": "ok", "stakeholder-map": "ok"}),
        P("La CUMA est une coopérative d'utilisation de matériel agricole : les adhérents achètent ensemble les "
          "machines qu'aucun n'amortirait seul, et paient à l'heure ou à l'hectare ce qu'ils utilisent. Celle du "
          "Bocage a été créée en 1972 ; elle emploie un salarié à plein temps, Jean-Marc Rabiller, qui entretient "
          "le parc et gère le planning. Son conseil d'administration compte neuf agriculteurs bénévoles, présidé "
          "par Hélène Gaborit, éleveuse laitière à Mesnard-la-Barotière. C'est elle qui nous a confié le projet, "
          "après une saison 2026 où trois chantiers d'ensilage ont été décalés faute d'ensileuse disponible."),
        P("Les adhérents sont très divers : quelques grandes exploitations céréalières qui réservent des semaines "
          "entières, beaucoup d'éleveurs qui prennent une machine pour une demi-journée, et une dizaine de jeunes "
          "installés qui découvrent le fonctionnement. Environ 80 % ont un smartphone, mais la couverture réseau "
          "reste mauvaise dans certains fonds de vallée. La fédération départementale des CUMA suit le projet de "
          "près, car quinze autres CUMA de Vendée ont le même problème et pourraient reprendre l'outil."),
        T([["Acteur", "Rôle dans le projet", "Ce qu'il attend", "Influence"],
           ["Hélène Gaborit, présidente", "commanditaire, arbitre", "moins de conflits, un conseil apaisé", "forte"],
           ["Jean-Marc Rabiller, salarié", "utilisateur principal", "ne plus répondre au téléphone le soir", "forte"],
           ["Les 46 adhérents", "utilisateurs", "réserver en deux minutes, même au champ", "moyenne"],
           ["Trésorier de la CUMA", "valide le budget", "des heures fiables pour la facturation", "moyenne"],
           ["Fédération des CUMA de Vendée", "conseil, financement possible", "un outil réutilisable", "faible"]]),
        H(1, "Ce dont les adhérents ont besoin", {"needs-analysis": "ok", "needs-table": "ok"}),
        P("Nous avons interrogé quatorze adhérents, passé deux matinées au hangar avec Jean-Marc et épluché le "
          "cahier de réservation de 2025, soit 1 140 lignes. Trois types de besoins en ressortent."),
        P("Besoins humains : Jean-Marc passe en moyenne six heures par semaine au téléphone pendant la saison, "
          "souvent le soir. Il a besoin que les adhérents réservent seuls et qu'il n'intervienne qu'en cas de "
          "conflit ou de panne. Les adhérents, eux, veulent savoir en un coup d'œil si une machine est libre, sans "
          "se déplacer au hangar. Besoins logistiques : une machine doit pouvoir être transmise directement d'une "
          "ferme à l'autre, sans repasser par le hangar, ce qui suppose de savoir où elle se trouve. Il faut aussi "
          "bloquer une machine en entretien. Besoins financiers : la facturation annuelle repose sur les heures "
          "déclarées, et le trésorier estime que 8 à 10 % des heures ne sont jamais notées, soit près de 14 000 € "
          "par an de manque à gagner pour la coopérative."),
        T([["Besoin", "Type", "Pour qui", "Priorité", "Comment on le vérifie"],
           ["Voir les disponibilités en temps réel", "humain", "adhérents", "haute", "consultation en moins de 10 secondes"],
           ["Réserver sans appeler le salarié", "humain", "adhérents, salarié", "haute", "appels du soir divisés par trois"],
           ["Savoir où est la machine", "logistique", "salarié", "moyenne", "dernière ferme connue affichée"],
           ["Bloquer une machine en panne", "logistique", "salarié", "haute", "aucune réservation possible pendant l'entretien"],
           ["Déclarer les heures au retour", "financier", "trésorier", "haute", "écart compteur / déclaration < 2 %"]]),
        H(1, "Objectifs et limites du projet", {"objectives-scope": "ok"}),
        P("L'objectif principal est qu'à la saison 2027, au moins 80 % des réservations passent par l'application "
          "et que les conflits de réservation, une vingtaine en 2026, tombent sous cinq. Le second objectif est "
          "financier : récupérer au moins la moitié des heures non déclarées dès la première année, ce qui paierait "
          "l'abonnement d'hébergement."),
        P("Le périmètre couvre la réservation, le suivi de position déclaré par les adhérents, la déclaration des "
          "heures et l'export vers le logiciel comptable de la CUMA. Il ne couvre pas la facturation elle-même, qui "
          "reste chez le comptable, ni les boîtiers GPS sur les machines, jugés trop chers pour l'instant. Les "
          "contraintes sont fortes : un budget plafonné à 38 000 € pour la première année, une mise en service avant "
          "le 15 mars pour les semis de maïs, une application utilisable avec des gants et en plein soleil, et un "
          "fonctionnement minimal sans réseau, la réservation étant alors enregistrée et envoyée dès que le "
          "téléphone capte. Enfin, tout doit rester simple à reprendre par une autre CUMA."),
        H(1, "Découpage en lots", {"functional-breakdown": "ok"}),
        P("Nous découpons le produit en trois lots livrés l'un après l'autre. Chaque lot est utilisable seul, ce "
          "qui permet d'arrêter après le premier si le conseil le décide. Les lots 2 et 3 peuvent être développés en parallèle, puisqu'ils ne dépendent que du premier."),
        T([["Lot", "Fonctions", "Livraison", "Dépend de"],
           ["Lot 1 – Réserver", "catalogue des machines, calendrier, réservation, annulation, blocage entretien", "fin février 2027", "—"],
           ["Lot 2 – Suivre", "passage de relais entre fermes, position déclarée, alertes de retard", "mai 2027", "lot 1"],
           ["Lot 3 – Compter", "déclaration des heures, photo du compteur, export comptable", "juillet 2027", "lot 1"]]),
        H(2, "Le backlog", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points", "Lot"],
           ["US1", "adhérent", "voir le calendrier d'une machine", "savoir si elle est libre", "Must", "3", "1"],
           ["US2", "adhérent", "réserver un créneau d'une demi-journée ou plus", "ne plus appeler Jean-Marc", "Must", "5", "1"],
           ["US3", "salarié", "bloquer une machine en entretien", "éviter qu'on la réserve en panne", "Must", "2", "1"],
           ["US4", "adhérent", "annuler ma réservation", "libérer la machine pour un voisin", "Should", "2", "1"],
           ["US5", "adhérent", "signaler que je passe la machine au suivant", "éviter un aller-retour au hangar", "Should", "5", "2"],
           ["US6", "salarié", "recevoir une alerte si une machine n'est pas rendue", "relancer à temps", "Could", "3", "2"],
           ["US7", "adhérent", "déclarer mes heures avec une photo du compteur", "être facturé juste", "Must", "5", "3"],
           ["US8", "trésorier", "exporter les heures par adhérent", "préparer la facture annuelle", "Must", "3", "3"]]),
        H(1, "Côté technique", {"technical-requirements": "ok"}),
        P("Nous recommandons une application web progressive plutôt que deux applications natives : elle s'installe "
          "depuis le navigateur sur Android comme sur iPhone, ne passe pas par les magasins d'applications et coûte "
          "deux fois moins cher à maintenir. Elle garde en mémoire le calendrier des machines et les réservations en "
          "attente, ce qui couvre les zones sans réseau. Le serveur est une API en Python (Django) avec une base "
          "PostgreSQL, hébergée chez un hébergeur français certifié, pour que les données des adhérents restent en "
          "France."),
        P("L'authentification se fait par numéro de téléphone et code reçu par SMS : la moitié des adhérents n'ont "
          "pas d'adresse électronique qu'ils consultent. Les rôles sont trois : adhérent, salarié et administrateur "
          "(membres du bureau). L'export comptable produit un fichier CSV au format déjà accepté par le logiciel du "
          "comptable, que nous avons testé avec lui. Les photos de compteur sont compressées sur le téléphone avant "
          "l'envoi et conservées trois ans, durée de conservation des pièces comptables. Le code source est livré à "
          "la CUMA sous licence libre, ce qui permet à la fédération de le proposer aux autres CUMA du département "
          "sans renégocier avec le prestataire. Une sauvegarde quotidienne de la base est conservée trente jours. Les notifications (réservation confirmée, machine en retard) passent par SMS, seul canal que tous les adhérents lisent vraiment. Aucune donnée bancaire n'est stockée : la facturation reste hors de l'application."),
        H(2, "Exigences de qualité", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Cible", "Mesure"],
           ["Temps pour réserver", "moins de 2 minutes", "test avec 5 adhérents"],
           ["Disponibilité en saison", "99,5 % de mars à octobre", "supervision de l'hébergeur"],
           ["Fonctionnement hors réseau", "consultation et réservation en attente", "test en fond de vallée"],
           ["Lisibilité", "gros boutons, contraste fort", "test en plein soleil"],
           ["Données personnelles", "conformité RGPD, hébergement en France", "registre de traitement"]]),
        H(1, "Combien ça coûte", {"resources-budget": "ok"}),
        T([["Poste", "Qui", "Montant"],
           ["Conception et développement des lots 1 à 3", "prestataire, 42 jours", "29 400 €"],
           ["Hébergement et SMS, première année", "hébergeur français", "1 800 €"],
           ["Tests au hangar et formation des adhérents", "équipe projet et salarié, 6 jours", "2 400 €"],
           ["Réserve pour imprévus", "bureau de la CUMA", "3 000 €"],
           ["Total première année", "", "36 600 €"],
           ["Années suivantes", "hébergement, SMS et maintenance corrective", "4 500 € par an"]]),
        P("La fédération des CUMA peut prendre en charge 30 % si l'outil est réutilisable, ce que prévoit la licence. Le reste est financé par une hausse de 0,50 € du tarif horaire des machines les plus demandées."),
        H(1, "Recette", {"acceptance-delivery": "thin"}),
        P("Chaque lot est recetté au hangar par Jean-Marc et trois adhérents volontaires. Une user story est terminée "
          "quand elle fonctionne sur Android et iPhone, hors réseau compris, et que Jean-Marc l'a validée. Le lot 1 "
          "doit être en service le 15 mars."),
        B("Petit lexique", {"glossary": "ok"}),
        T([["Terme", "Sens"],
           ["CUMA", "coopérative d'utilisation de matériel agricole"],
           ["Tonne à lisier", "citerne tractée qui épand les effluents d'élevage"],
           ["Passage de relais", "la machine va directement d'une ferme à la suivante"],
           ["Compteur", "horamètre de la machine, qui sert à facturer"]]),
        H(1, "Les questions qu'on nous posera", {"anticipated-questions": "ok"}),
        T([["Question", "Notre réponse"],
           ["Et ceux qui n'ont pas de smartphone ?", "Jean-Marc garde la possibilité de réserver pour eux depuis l'ordinateur du hangar."],
           ["Pourquoi pas des boîtiers GPS ?", "Environ 250 € par machine et un abonnement : à revoir après la première saison."],
           ["Qui tranche un conflit ?", "Le salarié, selon la règle du premier inscrit, avec appel possible au bureau."]]),
    ],
    missing=["feature-tree"],
)
