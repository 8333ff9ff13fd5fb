from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 18 (h18_), written and labelled on 2026-12-01 before any run of check. python-docx, French,
    then opened and saved again by LibreOffice Writer: Planifiz, a Toulouse start-up, sells booking and till
    software to independent hair salons in Occitanie. The authors' own headings, with Roman numerals; two
    of the parts (II, VII) and the budget and roles sub-parts as bold Normal paragraphs; positioning and the value
    promise under one heading (merged); the customer-grid table under the targeting part with no heading of its
    own (merged the same way); the process part short (thin); no process diagram
    (missing); an extra part of the authors' own on the risks.""",
    title="Planifiz : comment conquérir les salons de coiffure d'Occitanie",
    cover=["Étude de cas 1 – stratégie commerciale", "Nathan Roux et Inès Belkacem · décembre 2026"],
    blocks=[
        H(1, "I. Le marché tel que nous le voyons", {"market-diagnosis": "ok"}),
        P("Planifiz édite depuis 2024 un logiciel de prise de rendez-vous en ligne et d'encaissement pensé pour les "
          "salons de coiffure indépendants. L'entreprise compte 9 salariés à Toulouse et 310 salons clients, à 89 € "
          "par mois en moyenne. L'Occitanie compte environ 7 800 salons, dont 70 % ont moins de trois salariés. La "
          "moitié prennent encore leurs rendez-vous sur un cahier ou par téléphone, et beaucoup ont essayé une grande "
          "plateforme nationale avant de la quitter à cause des commissions sur les nouveaux clients."),
        P("La concurrence est forte mais éclatée : deux plateformes nationales qui vivent de la visibilité qu'elles "
          "vendent aux salons, des logiciels de caisse anciens installés sur un PC du salon, et quelques outils "
          "gratuits de réservation. Notre force est la simplicité et l'absence de commission ; notre faiblesse, une "
          "marque inconnue hors de la Haute-Garonne et une équipe commerciale d'une seule personne. La réforme des "
          "caisses certifiées et la hausse des rendez-vous non honorés (un sur douze selon la fédération régionale) "
          "poussent les salons à s'équiper : c'est le bon moment pour accélérer."),
        B("II. Où voulons-nous être fin 2027 ?", {"commercial-objectives": "ok"}),
        P("Nous visons 900 salons clients fin 2027, soit près de trois fois le parc actuel, et un revenu mensuel "
          "récurrent de 85 000 €. Pour y arriver, il faut signer en moyenne 50 salons par mois à partir de mars, "
          "garder le taux de résiliation sous 1,5 % par mois et faire passer un salon sur trois à l'option SMS "
          "anti-absence. Nous suivrons chaque mois le nombre de démonstrations réalisées, le taux de transformation "
          "démonstration-signature (objectif 35 %), le coût d'acquisition par salon, plafonné à 260 €, et le nombre "
          "de salons actifs qui prennent au moins 60 % de leurs rendez-vous en ligne. Ces chiffres seront "
          "présentés chaque mois au conseil d'administration, avec l'écart à la cible."),
        H(1, "III. Quels salons viser en premier ?", {"stp": "ok", "segmentation": "ok"}),
        P("Nous avons découpé le marché selon la taille du salon, sa localisation et son rapport au numérique. Les "
          "salons de centre-ville à Toulouse et Montpellier sont très sollicités par les plateformes ; ceux des "
          "villes moyennes (Albi, Rodez, Tarbes, Castres) le sont beaucoup moins, tiennent souvent encore un agenda "
          "papier et fonctionnent beaucoup par le bouche-à-oreille entre coiffeurs. Nous choisissons comme première "
          "cible les salons indépendants de un à trois fauteuils des villes moyennes, puis les barbiers, qui ont une "
          "clientèle jeune habituée à réserver sur téléphone. Les chaînes franchisées, qui ont leurs propres outils, "
          "ne sont pas une cible."),
        T([["Groupe", "Nombre en Occitanie", "Besoin principal", "Attrait", "Priorité"],
           ["Salons 1-3 fauteuils, villes moyennes", "2 900", "fin du cahier, moins d'absences", "fort", "1"],
           ["Barbiers", "950", "réservation sur mobile", "fort", "2"],
           ["Salons de centre-ville des métropoles", "2 100", "se démarquer des plateformes", "moyen", "3"],
           ["Coiffeurs à domicile", "1 400", "agenda et itinéraires", "faible", "plus tard"],
           ["Franchises", "450", "outil imposé par le réseau", "nul", "non"]]),
        H(1, "IV. Notre place et ce que nous promettons", {"positioning": "ok", "value-proposition": "ok"}),
        P("Face aux plateformes qui se rémunèrent sur les nouveaux clients, Planifiz se présente comme l'outil du "
          "salon, pas de la plateforme : le fichier client appartient au coiffeur, aucune commission n'est prise, et "
          "l'abonnement reste fixe. Notre promesse tient en une phrase, reprise sur tous nos supports : « Vos "
          "clients, votre agenda, zéro commission »."),
        L(["Ce que le coiffeur veut faire : remplir son agenda sans passer ses journées au téléphone.",
           "Ce qui l'agace : les absences sans prévenir, les commissions, la caisse compliquée en fin de journée.",
           "Ce qu'il espère : des clients qui reviennent et un chiffre d'affaires clair chaque soir.",
           "Ce que nous apportons : réservation en ligne, rappel par SMS la veille, caisse certifiée sur tablette.",
           "Ce qui le soulage : l'acompte à la réservation pour les prestations longues, et une installation "
           "faite au salon en une heure."]),
        H(1, "V. Produit, prix, canaux, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Ce que nous faisons"],
           ["Produit", "formule Essentiel (agenda + rappels) et formule Salon (avec caisse et stock)"],
           ["Prix", "49 € et 89 € par mois sans engagement, premier mois offert, pas de commission"],
           ["Distribution", "vente directe par démonstration au salon, et par les grossistes en produits capillaires"],
           ["Communication", "salons ambassadeurs, stand au salon régional de la coiffure, vidéos courtes"]]),
        H(1, "VI. Le plan de bataille pour 2027", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Indicateur"],
           ["janvier-février", "recruter deux commerciaux terrain basés à Albi et Tarbes", "Nathan",
            "deux embauches signées"],
           ["mars", "accord de distribution avec deux grossistes régionaux", "Inès", "contrats signés"],
           ["avril", "stand au salon régional de la coiffure à Toulouse", "Inès", "120 démonstrations"],
           ["mai-décembre", "tournées de démonstration, 30 par commercial et par mois", "commerciaux",
            "taux de signature 35 %"],
           ["septembre", "programme de parrainage entre salons", "Nathan", "15 % des ventes par parrainage"]]),
        B("Budget commercial", {"commercial-budget": "ok"}),
        T([["Poste", "Montant 2027"],
           ["Deux commerciaux, salaires chargés", "104 000 €"],
           ["Déplacements et véhicules", "22 000 €"],
           ["Salon régional et supports", "14 000 €"],
           ["Remises aux grossistes", "18 000 €"],
           ["Parrainage (un mois offert)", "9 000 €"],
           ["Total", "167 000 €"]]),
        B("VII. Comment l'équipe s'organise", {"project-processes": "thin"}),
        P("Chaque lundi, réunion commerciale de trente minutes sur le tableau de suivi partagé. Une démonstration "
          "signée passe à Inès pour l'installation sous dix jours, puis au support. Un point mensuel avec la "
          "direction revoit les indicateurs et décide des ajustements."),
        B("Qui fait quoi", {"raci": "ok"}),
        T([["Tâche", "Nathan (direction)", "Inès (marketing)", "Commerciaux", "Support"],
           ["Objectifs et budget", "R, A", "C", "I", "I"],
           ["Démonstrations et signatures", "A", "I", "R", "I"],
           ["Installation au salon", "I", "A", "C", "R"],
           ["Salon régional", "C", "R, A", "R", "I"],
           ["Suivi des indicateurs", "A", "R", "C", "C"]]),
        H(1, "VIII. Ce qui pourrait nous freiner", {}),
        P("Une plateforme nationale pourrait supprimer sa commission dans la région pour nous bloquer, et "
          "le recrutement de commerciaux en ville moyenne prend souvent plus de trois mois."),
    ],
    missing=["process-map"],
)
