from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 37 (h37_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Atelier Lumen, a Lyon workshop that refurbishes professional espresso machines, launches a
    monthly rental offer for independent cafés. Numbered headings ("1.", "3.1"), some as questions, the
    marketing mix in UPPER CASE, the RACI sub-heading a bold Normal paragraph; the segment table under its own
    sub-heading; the commercial budget was never written (missing); the process map sub-heading is there with nothing under it (empty).""",
    title="Atelier Lumen – Stratégie commerciale de l'offre « Lumen Abo »",
    cover=["Dossier étude de cas n° 1", "Yanis Berthier – décembre 2026"],
    blocks=[
        H(1, "1. Où en est le marché du café en CHR ?", {"market-diagnosis": "ok"}),
        P("Atelier Lumen remet à neuf depuis 2019 des machines à expresso professionnelles (La Marzocco, Faema, "
          "Rancilio) rachetées à des cafés qui ferment ou qui changent de matériel. Nous en vendons environ 140 par an, "
          "à 4 800 euros en moyenne, surtout à des cafés indépendants de la région lyonnaise. Le chiffre d'affaires "
          "2025 est de 720 000 euros, avec neuf salariés."),
        P("La demande change : les cafés de spécialité ouvrent vite (une trentaine par an entre Lyon, Grenoble et "
          "Saint-Étienne) mais ont peu de trésorerie, et les banques prêtent mal aux jeunes commerces. Les "
          "torréfacteurs régionaux prêtent des machines neuves contre un engagement d'achat de café sur cinq ans, "
          "ce que beaucoup de gérants refusent parce qu'ils veulent choisir leur café. En face, nos forces sont un "
          "atelier qui connaît chaque modèle, un stock de pièces et un technicien qui intervient sous quatre heures "
          "dans Lyon. Nos faiblesses : une marque inconnue hors du bouche-à-oreille et aucune offre de financement. "
          "Deux concurrents proposent déjà de la location, mais seulement en région parisienne et sur des machines neuves."),
        H(1, "2. Ce que nous visons, et comment nous le suivrons", {"commercial-objectives": "ok"}),
        P("Pour 2027, nous voulons signer 60 contrats de location « Lumen Abo » (machine, moulin, entretien et "
          "dépannage pour 189 euros par mois sur trois ans), sans faire baisser les ventes classiques sous 120 "
          "machines. L'offre doit atteindre 136 000 euros de revenus récurrents annuels à la fin de l'année. Ces "
          "chiffres ont été calés sur les vingt-deux entretiens de gérants menés en octobre."),
        L(["nombre de contrats signés par mois (cible : 5, dès février)",
           "taux de transformation des démonstrations en contrats (cible : 35 %)",
           "délai moyen d'intervention en panne (moins de 4 heures dans Lyon, 24 heures ailleurs)",
           "contrats résiliés avant terme (moins de 5 %)",
           "revenu récurrent mensuel, suivi chaque lundi dans le tableau de bord partagé"]),
        H(1, "3. Segmentation, cibles et positionnement", {"stp": "ok"}),
        P("Nous avons découpé le marché selon deux critères qui changent vraiment la vente : la trésorerie dont "
          "dispose le gérant à l'ouverture et le volume de cafés servis par jour. Un café de spécialité qui ouvre "
          "n'a pas les mêmes attentes qu'une boulangerie qui ajoute un coin café ou qu'un hôtel qui remplace sa "
          "machine. Nous avons interrogé vingt-deux gérants en octobre pour vérifier ces groupes."),
        P("Notre cible prioritaire est le café indépendant qui ouvre ou reprend un fonds : il a besoin d'une "
          "machine sérieuse tout de suite, il ne veut pas s'endetter et il tient à son torréfacteur. La seconde "
          "cible, pour le second semestre, regroupe les boulangeries-pâtisseries qui servent plus de 150 cafés par "
          "jour. Les hôtels et les chaînes ne sont pas visés : ils achètent par appel d'offres, avec des délais de "
          "paiement que notre trésorerie ne supporte pas."),
        H(2, "3.1 Nos segments", {"segmentation": "ok"}),
        T([["Segment", "Taille (Rhône-Alpes)", "Besoin principal", "Attrait", "Choix"],
           ["Cafés de spécialité en création", "≈ 30 par an", "machine pro sans emprunt", "fort", "cible n° 1"],
           ["Cafés et bars repris", "≈ 120 par an", "remplacer une machine usée", "moyen", "cible n° 1"],
           ["Boulangeries avec coin café", "≈ 400", "débit et fiabilité", "moyen", "cible n° 2, S2 2027"],
           ["Hôtels et chaînes", "≈ 90", "appel d'offres, garantie", "faible", "non visé"]]),
        H(2, "3.2 Quelle place face aux torréfacteurs ?", {"positioning": "ok"}),
        P("Lumen Abo se place entre la machine neuve prêtée par un torréfacteur et la machine d'occasion achetée "
          "sur internet. Face au torréfacteur, nous offrons la liberté de choisir son café et de changer de "
          "fournisseur à tout moment ; face à l'occasion, une machine révisée pièce par pièce, garantie et dépannée "
          "par ceux qui l'ont remise à neuf. Notre phrase pour les gérants : « une machine de grand café, sans crédit "
          "et sans contrat de café ». Le prix mensuel reste inférieur au remboursement d'un prêt sur une machine "
          "neuve équivalente."),
        H(1, "4. Notre promesse aux gérants", {"value-proposition": "ok"}),
        L(["Tâches du client : ouvrir vite, servir un bon expresso dès le premier jour, tenir sa trésorerie",
           "Difficultés : banques frileuses, contrats de café imposés, pannes le samedi matin",
           "Ce que nous apportons : machine révisée livrée et réglée en cinq jours, dépannage en quatre heures, "
           "sortie possible après un an contre une indemnité de trois mois",
           "Gain pour le gérant : aucun apport, 189 euros par mois, liberté du café"]),
        H(1, "5. PRODUIT, PRIX, DISTRIBUTION, COMMUNICATION", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Produit", "machine deux groupes révisée, moulin, kit de nettoyage, entretien trimestriel"],
           ["Prix", "189 € par mois sur 36 mois ; 229 € avec un moulin haut de gamme"],
           ["Distribution", "vente directe par Yanis et un commercial, partenariat avec deux écoles de barista"],
           ["Communication", "démonstrations à l'atelier, Instagram, salon Sirha, parrainage d'un mois offert"]]),
        H(1, "6. Le déploiement, trimestre par trimestre", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Indicateur"],
           ["T1 2027", "lancement de l'offre, 15 démonstrations par mois à l'atelier", "Yanis", "contrats signés"],
           ["T2 2027", "partenariats avec les écoles de barista de Lyon et Grenoble", "Inès", "contacts qualifiés"],
           ["T3 2027", "ouverture aux boulangeries, tournée avec un artisan ambassadeur", "commercial", "démonstrations"],
           ["T4 2027", "bilan, ajustement du prix, préparation de Saint-Étienne", "direction", "revenu récurrent"]]),
        H(1, "7. Comment nous allons piloter le projet", {"project-processes": "ok"}),
        P("Le projet est piloté par un comité de trois personnes : Yanis Berthier pour la partie commerciale, Inès "
          "Morel, responsable de l'atelier, pour les machines et le stock, et Paul Danjou, associé, pour la finance. "
          "Le comité se réunit chaque lundi à 8 h 30 pendant trente minutes autour du tableau de bord : contrats "
          "signés, machines prêtes en stock, pannes de la semaine et trésorerie."),
        P("Chaque contrat suit le même chemin, écrit sur une page affichée à l'atelier : la démonstration est "
          "notée dans le CRM, le devis part sous 24 heures, le contrat signé déclenche la préparation de la machine "
          "par l'atelier, puis la livraison et le réglage chez le client par le technicien. Un appel de suivi a lieu "
          "à un mois. Une panne passe par un numéro unique qui sonne chez le technicien d'astreinte. Les décisions "
          "de prix ou de remise au-delà de 10 % remontent au comité ; tout le reste se décide sur le terrain. Un "
          "bilan trimestriel compare les résultats au plan et ajuste les actions du trimestre suivant."),
        H(2, "7.1 Cartographie", {"process-map": "empty"}),
        B("7.2 Qui fait quoi ?", {"raci": "ok"}),
        T([["Activité", "Yanis", "Inès", "Paul", "Technicien"],
           ["Démonstration et devis", "R", "C", "I", "I"],
           ["Préparation de la machine", "I", "R", "I", "C"],
           ["Livraison et réglage", "I", "A", "I", "R"],
           ["Dépannage", "I", "A", "I", "R"],
           ["Remise au-delà de 10 %", "C", "I", "A", "I"]]),
    ],
    missing=["commercial-budget"],
)
