from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: Poêles Kerno, a pellet-stove maker near Quimper, launches Kerno Veille, a maintenance
    subscription with a sensor that warns before a breakdown. Numbered headings ("1." to "7.", sub-headings
    "3.1", "3.2", "6.1"), some of them questions; the segments are a table; the value proposition is a two-column
    table; the marketing mix and the roll-out are tables. The budget was never written (missing); the process
    map heading "7.1" has nothing under it (empty); the RACI is a table under its own heading.""",
    title="Kerno Veille : stratégie commerciale",
    cover=["Étude de cas n°1 – Poêles Kerno", "Gwenaëlle Caradec – novembre 2026"],
    blocks=[
        H(1, "1. Où en est Kerno et son marché ?", {"market-diagnosis": "ok"}),
        P("Poêles Kerno fabrique depuis 1998 des poêles à granulés à Ergué-Gabéric, près de Quimper. L'entreprise "
          "emploie 74 personnes, a vendu 5 900 poêles en 2025 et réalise 19 millions d'euros de chiffre d'affaires, "
          "dont 80 % dans le Grand Ouest par un réseau de 140 installateurs indépendants. Le marché des poêles à "
          "granulés a reculé de 30 % en France depuis le pic de 2022, quand les aides à la rénovation et la peur "
          "des coupures de gaz avaient gonflé les ventes. Les installateurs ont des stocks et baissent leurs prix."),
        P("Le parc installé est en revanche énorme : environ 60 000 poêles Kerno chauffent aujourd'hui des maisons, "
          "et chacun doit être entretenu une fois par an. Aujourd'hui, Kerno ne touche rien sur cet entretien, "
          "réalisé par l'installateur ou par un ramoneur, souvent en retard. Les pannes en plein hiver, surtout des "
          "sondes encrassées et des vis sans fin bloquées, génèrent 9 000 appels par an au service client et "
          "abîment la réputation de la marque sur les avis en ligne. Deux concurrents italiens proposent déjà un "
          "poêle connecté, mais sans contrat d'entretien derrière. Notre offre, Kerno Veille, ajoute un capteur "
          "au poêle existant et un abonnement : entretien annuel planifié, alerte avant la panne, dépannage sous "
          "48 heures. Kerno a l'avantage du parc, de la connaissance technique de ses modèles et du réseau "
          "d'installateurs ; sa faiblesse est de n'avoir jamais vendu de service ni parlé directement au client final."),
        H(1, "2. Objectifs à trois ans et indicateurs", {"commercial-objectives": "ok"}),
        P("L'objectif principal est d'atteindre 9 000 abonnés fin 2029, soit 15 % du parc, avec un chiffre "
          "d'affaires récurrent de 1,6 million d'euros par an. Nous visons 2 000 abonnés à la fin de la première "
          "année, en commençant par le Finistère et le Morbihan, puis toute la Bretagne et les Pays de la Loire."),
        P("Nous suivrons chaque mois le nombre d'abonnements signés, le taux de résiliation (à tenir sous 8 % par "
          "an), le nombre de pannes évitées grâce aux alertes, le délai moyen d'intervention et la note de "
          "satisfaction après chaque visite. Un tableau de bord partagé avec les installateurs partenaires montrera "
          "aussi les abonnements signés par chacun, puisque leur commission en dépend."),
        H(1, "3. À qui vendre ?", {"stp": "ok"}),
        P("Le parc n'est pas homogène. Les propriétaires de poêles récents, équipés d'une carte électronique "
          "compatible, peuvent recevoir le capteur en dix minutes ; les modèles d'avant 2015 demandent une carte "
          "de remplacement, plus chère. Les clients se distinguent aussi par leur rapport au chauffage : pour "
          "certains le poêle est le chauffage principal et une panne en janvier est une urgence, pour d'autres "
          "c'est un appoint d'agrément. Nous avons croisé ces deux critères avec l'âge et la distance à un "
          "installateur partenaire, à partir des 22 000 fiches de garantie enregistrées sur notre site."),
        P("Nous retenons deux cibles prioritaires pour la première année et laissons les autres pour plus tard : "
          "ceux qui dépendent de leur poêle pour se chauffer, et les seniors qui vivent loin d'un bourg. Ce sont eux "
          "qui appellent le plus le service client en hiver, et eux qui ont le plus à perdre en cas de panne."),
        H(2, "3.1 Les segments du parc", {"segmentation": "ok"}),
        T([["Segment", "Taille estimée", "Besoin principal", "Sensibilité au prix", "Choix"],
           ["Chauffage principal, poêle après 2015", "21 000 foyers", "ne jamais tomber en panne l'hiver", "moyenne", "cible 1"],
           ["Seniors en maison isolée", "9 000 foyers", "être tranquilles, ne rien avoir à organiser", "faible", "cible 2"],
           ["Chauffage d'appoint", "18 000 foyers", "confort du soir", "forte", "plus tard"],
           ["Résidences secondaires", "7 000 foyers", "surveiller à distance", "moyenne", "plus tard"],
           ["Poêles d'avant 2015", "5 000 foyers", "remplacer le poêle", "forte", "non ciblé"]]),
        H(2, "3.2 Notre place face aux autres", {"positioning": "ok"}),
        P("Face au ramoneur qui passe une fois par an et aux poêles connectés italiens qui envoient des alertes "
          "sans personne pour intervenir, Kerno Veille se place comme la seule offre où le fabricant lui-même "
          "surveille le poêle et envoie un technicien formé sur le modèle. Le message tient en une phrase : « Votre "
          "poêle Kerno ne vous lâchera pas en plein hiver. » Le prix, 14,90 euros par mois, est un peu au-dessus "
          "d'un contrat de ramonage seul, mais il inclut la visite annuelle, les pièces d'usure et le dépannage."),
        H(1, "4. Ce que le client y gagne", {"value-proposition": "ok"}),
        T([["Côté client", "Côté Kerno Veille"],
           ["Peur de la panne un soir de janvier", "alerte envoyée trois à dix jours avant, technicien planifié"],
           ["Oublier l'entretien annuel", "visite proposée automatiquement à la bonne date"],
           ["Ne pas savoir qui appeler", "un seul numéro, celui du fabricant"],
           ["Facture imprévue", "pièces d'usure et dépannage compris dans l'abonnement"],
           ["Consommation de granulés qui grimpe", "conseil de réglage envoyé quand le capteur voit une dérive"]]),
        H(1, "5. Mix marketing", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Produit", "capteur connecté, application, visite annuelle, dépannage sous 48 h"],
           ["Prix", "14,90 € par mois sans engagement après un an, ou 159 € par an ; capteur offert"],
           ["Distribution", "installateurs partenaires à la vente du poêle, site Kerno pour le parc existant"],
           ["Communication", "courrier aux 22 000 clients enregistrés, vidéos de techniciens, salons de l'habitat"],
           ["Personnes", "douze techniciens Kerno formés, installateurs rémunérés à l'abonnement"],
           ["Preuve", "compteur public des pannes évitées sur le site"]]),
        H(1, "6. Calendrier de déploiement", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Indicateur"],
           ["Janvier–mars 2027", "pilote avec 300 clients du Finistère et 10 installateurs", "chef de produit", "taux d'adoption, pannes détectées"],
           ["Avril 2027", "bilan du pilote et réglage du prix", "direction commerciale", "résiliations du pilote"],
           ["Mai–septembre 2027", "campagne courrier et site sur la Bretagne", "marketing", "abonnements signés"],
           ["Septembre 2027", "offre intégrée à chaque poêle neuf vendu", "réseau installateurs", "part des ventes avec abonnement"],
           ["2028", "ouverture aux Pays de la Loire", "direction commerciale", "2 000 abonnés fin 2027"]]),
        H(1, "7. Comment le projet sera piloté", {"project-processes": "ok"}),
        P("Le projet est porté par un comité qui se réunit toutes les deux semaines : la directrice commerciale, "
          "le chef de produit Kerno Veille, le responsable du service après-vente et un représentant des "
          "installateurs. Chaque réunion part du tableau de bord des indicateurs et se termine par une liste "
          "d'actions datées, avec un nom en face de chacune. Les décisions qui touchent au prix ou au contrat "
          "des installateurs remontent au directeur général."),
        P("Trois processus sont écrits et affichés dans les équipes. La souscription : le client s'inscrit sur "
          "le site ou chez l'installateur, le capteur part sous 48 heures, l'installateur le pose et active "
          "le compte. L'alerte : le capteur signale une dérive, le service après-vente rappelle le client dans "
          "la journée et planifie une visite. La réclamation : toute plainte reçoit une réponse sous 24 heures "
          "et est revue au comité suivant. Chaque processus tient sur une page, avec qui fait quoi et en combien "
          "de temps, pour que les nouveaux techniciens et les installateurs les comprennent sans formation."),
        H(2, "7.1 Schéma des processus", {"process-map": "empty"}),
        H(2, "7.2 Qui fait quoi", {"raci": "ok"}),
        T([["Activité", "Directrice commerciale", "Chef de produit", "SAV", "Installateurs"],
           ["Fixer le prix", "A", "R", "C", "I"],
           ["Vendre l'abonnement", "A", "C", "I", "R"],
           ["Poser le capteur", "I", "C", "A", "R"],
           ["Traiter les alertes", "I", "C", "R/A", "I"],
           ["Suivre les indicateurs", "A", "R", "C", "I"]]),
    ],
    missing=["commercial-budget"],
)
