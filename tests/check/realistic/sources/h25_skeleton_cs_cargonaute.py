from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Cargonaute, a Nantes start-up, leases electric cargo bikes with maintenance included to
    craftsmen and small delivery firms of the city centre, where vans are being banned from 2027. Guidance
    deleted. The market diagnosis retyped "1. Le vélo cargo à Nantes : où en est-on ?", the objectives retyped
    "Nos chiffres à atteindre en 2027" and the deployment plan retyped "Le plan d'attaque, action par action"
    (runs replaced, bookmarks lost). The positioning keeps our prompt (placeholder); the process map deleted with
    its heading (missing). Every table filled, the canvas included.""",
    cover={"company": "Cargonaute", "candidate": "Lucas Guérin", "school": "Web School Factory"},
    sections={
        "market-diagnosis": dict(status="ok", retitle="1. Le vélo cargo à Nantes : où en est-on ?", text=[
            "Cargonaute loue depuis 2024 des vélos cargo électriques, entretien et assurance compris, pour 149 € par "
            "mois. Nous avons aujourd'hui 62 vélos en circulation, presque tous chez des particuliers du centre de "
            "Nantes, et un atelier de réparation quai de la Fosse. Le chiffre d'affaires 2025 atteint 118 000 €.",
            "Le marché bouge vite : la métropole interdira aux utilitaires thermiques de plus de dix ans l'hyper-"
            "centre dès janvier 2027, et elle subventionne l'achat de vélos cargo professionnels jusqu'à 3 000 €. "
            "Nous avons compté environ 2 300 artisans, livreurs et commerçants qui circulent chaque jour dans la "
            "zone concernée. Deux concurrents existent : un grand loueur national, qui propose des contrats de "
            "trois ans mais un entretien lent, et les vélocistes, qui vendent sans service. Notre force est "
            "l'atelier local et la réparation en 24 heures ; notre faiblesse, une petite flotte et aucune "
            "expérience de la vente aux professionnels. L'opportunité est réglementaire, la menace est qu'un "
            "constructeur de vans électriques baisse ses prix.",
            "Les huit entretiens menés en octobre avec des artisans montrent surtout une inquiétude : qui répare le "
            "vélo quand il tombe en panne un matin de chantier ? C'est sur ce point que nous voulons nous battre."]),
        "commercial-objectives": dict(status="ok", retitle="Nos chiffres à atteindre en 2027", text=[
            "D'ici décembre 2027, nous voulons louer 180 vélos à des professionnels, soit un chiffre d'affaires "
            "professionnel de 260 000 € sur l'année, et garder au moins 90 % des contrats signés au bout de douze "
            "mois. Pour suivre ces objectifs, nous regarderons chaque mois le nombre de vélos en contrat "
            "professionnel, le nombre d'essais gratuits d'une semaine transformés en contrat (cible : un sur "
            "trois), le délai moyen de réparation, que nous voulons garder sous 24 heures, et la note donnée par "
            "les clients après chaque intervention. Un tableau partagé avec l'associé financier affichera ces "
            "quatre chiffres. Si, fin juin 2027, nous sommes sous 70 vélos professionnels, nous "
            "renforcerons la prospection auprès des livreurs plutôt que de baisser le prix."]),
        "stp": dict(status="ok", text=[
            "Nous avons découpé les professionnels du centre en quatre groupes selon ce qu'ils transportent et la "
            "distance qu'ils font chaque jour. Les artisans du bâtiment (plombiers, électriciens) portent des "
            "outils et du petit matériel sur moins de dix kilomètres : ce sont eux qui seront touchés les premiers "
            "par l'interdiction et ils forment notre cible principale. Les livreurs du dernier kilomètre viennent "
            "ensuite, car ils roulent beaucoup et usent les vélos, ce qui met en valeur notre atelier. Les "
            "commerçants de bouche sont une cible secondaire. Nous laissons de côté les déménageurs, dont les "
            "charges sont trop lourdes pour un vélo. Les artisans sont faciles à joindre grâce à la Chambre des "
            "métiers, ils ont un besoin urgent et ils gardent un véhicule longtemps : c'est pour eux que nous "
            "concevons l'offre, et c'est à eux que nous voulons apparaître comme le loueur qui ne laisse jamais un "
            "pro à pied."]),
        "segmentation": dict(status="ok", tables=[[
            ["Artisans du bâtiment", "outils, petites fournitures", "≈ 1 100", "ne plus perdre de temps à se garer", "5", "principale"],
            ["Livreurs du dernier kilomètre", "colis, repas", "≈ 600", "un vélo toujours en état de rouler", "4", "secondaire"],
            ["Commerçants de bouche", "livraisons de quartier", "≈ 450", "une image locale et propre", "3", "secondaire"],
            ["Déménageurs", "meubles, cartons", "≈ 150", "gros volumes", "1", "non"]]]),
        "positioning": dict(status="placeholder"),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches du client : aller de chantier en chantier avec ses outils, livrer à l'heure", "Problèmes : places de livraison rares, amendes, van bientôt interdit en centre-ville"],
            ["Bénéfices attendus : arriver plus vite, coûts connus à l'avance, image d'entreprise propre", "Produits et services : vélo cargo électrique, coffre fermé, entretien, assurance, vélo de remplacement"],
            ["Réducteurs de problèmes : stationnement sur le trottoir autorisé, aucune amende, réparation en 24 h", "Créateurs de bénéfices : loyer fixe de 189 € par mois, dossier de subvention rempli par nous"]]]),
        "marketing-mix": dict(status="ok", skip_cols=1, tables=[[
            [None, "vélo cargo à coffre verrouillé, version artisan ou livreur", "les artisans transportent des outils de valeur"],
            [None, "189 € par mois sur 24 mois, tout compris", "moins cher qu'un van, sans surprise pour la trésorerie"],
            [None, "vente directe, partenariat avec la Chambre des métiers", "les artisans écoutent leur chambre"],
            [None, "essai gratuit d'une semaine, stand aux salons de l'artisanat", "ils achètent ce qu'ils ont essayé"],
            [None, "deux mécaniciens qui se déplacent sur le chantier", "l'artisan ne perd pas sa journée"],
            [None, "contrat signé en ligne, vélo livré sous 10 jours", "simplicité pour un indépendant"],
            [None, "atelier ouvert quai de la Fosse, vélos siglés au nom du client", "preuve visible en ville"]]]),
        "deployment-plan": dict(status="ok", retitle="Le plan d'attaque, action par action", tables=[[
            ["Essais d'une semaine", "artisans", "60 essais", "terrain", "Lucas", "févr. 2027", "juin 2027", "9 000 €", "taux de transformation"],
            ["Partenariat Chambre des métiers", "artisans", "3 réunions", "réseau", "Claire", "janv. 2027", "mars 2027", "1 500 €", "contacts reçus"],
            ["Salon de l'artisanat", "artisans, commerçants", "200 contacts", "événement", "Lucas", "avril 2027", "avril 2027", "4 000 €", "contrats signés"],
            ["Offre plateformes de livraison", "livreurs", "2 accords", "prospection", "Claire", "mai 2027", "sept. 2027", "2 000 €", "vélos loués"]]]),
        "commercial-budget": dict(status="ok", skip_cols=1, tables=[[
            [None, "800 €", "1 200 €", "600 €", "600 €", "3 200 €"],
            [None, "300 €", "300 €", "300 €", "300 €", "1 200 €"],
            [None, "0 €", "4 000 €", "0 €", "1 500 €", "5 500 €"],
            [None, "6 000 €", "6 000 €", "6 000 €", "6 000 €", "24 000 €"],
            [None, "1 500 €", "0 €", "2 000 €", "0 €", "3 500 €"],
            [None, "450 €", "450 €", "450 €", "450 €", "1 800 €"],
            [None, "9 050 €", "11 950 €", "9 350 €", "8 850 €", "39 200 €"]]]),
        "project-processes": dict(status="ok", text=[
            "Le déploiement est piloté par Lucas Guérin, qui réunit l'équipe chaque lundi matin pendant trente "
            "minutes. Chaque prospect entre dans notre CRM (Pipedrive) dès le premier contact, qu'il vienne d'un "
            "salon, de la Chambre des métiers ou du site. Claire le rappelle sous 48 heures et propose un essai "
            "d'une semaine ; l'atelier prépare le vélo, le livre sur le chantier et le reprend à la fin. À la "
            "sortie de l'essai, Claire appelle le client, envoie le contrat à signer en ligne et déclenche la "
            "commande du vélo définitif.",
            "Les pannes suivent un autre circuit : le client les signale par SMS, le mécanicien de permanence "
            "répond dans l'heure et se déplace ou prête un vélo de remplacement. Toute demande de changement de "
            "l'offre (nouveau coffre, autre durée de contrat) est discutée le lundi et tranchée par Lucas. Le "
            "premier jour de chaque mois, Claire envoie à l'associé financier le tableau des quatre indicateurs, "
            "et nous décidons ensemble des corrections si un chiffre s'écarte de plus de 15 % de la cible."]),
        "process-map": dict(status="missing"),
        "raci": dict(status="ok", skip_cols=1, tables=[[
            ["Essai d'une semaine", "I", "A", "C", "R", "R", "I"],
            ["Signature du contrat", "A", "R", "I", "R", "I", "I"],
            ["Réparation sous 24 h", "I", "A", "I", "I", "R", "C"],
            ["Reporting mensuel", "I", "A", "C", "R", "I", "I"]]]),
    },
)
