DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French, long-term rental of cargo bikes to Lyon tradespeople. Guidance deleted except above the
    deployment plan (forgotten). Four headings retyped by replacing their runs, bookmark lost ("Où en est le
    marché du vélo cargo ?", "Qui vise-t-on, et pourquoi", "Nos sept leviers", "Comment on travaille au
    quotidien"); the RACI retyped "Qui fait quoi" keeping the bookmark; the positioning still our prompt
    (placeholder); the budget table left as generated (empty); the process map deleted (missing).""",
    cover={"company": "Cargo Rhône", "candidate": "Thomas Villeneuve"},
    keep_guidance=["deployment-plan"],
    sections={
        "market-diagnosis": dict(status="ok", retitle="Où en est le marché du vélo cargo ?", text=[
            "Cargo Rhône loue des vélos cargo électriques aux artisans et aux petits commerçants de la métropole "
            "lyonnaise, pour trois ans, entretien et assurance compris : 189 euros par mois pour un biporteur, 249 "
            "euros pour un triporteur avec caisson fermé. L'entreprise a été créée en 2023 par deux anciens "
            "mécaniciens ; elle compte 140 vélos en location, surtout chez des plombiers, des fleuristes et des "
            "traiteurs des 1er, 2e et 7e arrondissements.",
            "La zone à faibles émissions de Lyon interdit progressivement les utilitaires diesel anciens, et le "
            "stationnement des camionnettes en centre-ville devient presque impossible : c'est notre meilleur "
            "argument. Face à nous, les vendeurs de vélos cargo, comme Douze ou Urban Arrow via les magasins, "
            "demandent 6 000 à 9 000 euros à l'achat, ce que peu d'artisans avancent ; les loueurs d'utilitaires "
            "électriques visent plutôt les PME. Nos forces sont l'entretien sur place en moins de 48 heures et la "
            "connaissance des métiers ; nos faiblesses, une flotte encore petite, deux mécaniciens seulement et "
            "une notoriété limitée hors de la Presqu'île. La menace principale serait l'arrivée d'un loueur "
            "national avec des prix plus bas, l'opportunité une aide de la métropole à la location de vélos "
            "cargo, annoncée pour 2027."]),
        "commercial-objectives": dict(status="ok", text=[
            "D'ici fin 2027, nous voulons passer de 140 à 420 vélos loués, pour un chiffre d'affaires annuel de "
            "1 million d'euros. Trois indicateurs nous diront si nous sommes sur la bonne trajectoire : le nombre "
            "d'essais gratuits d'une semaine réalisés chaque mois (objectif : 35), le taux d'essais transformés en "
            "contrat (objectif : 40 %, contre 33 % cette année) et le taux de résiliation anticipée, qui doit rester "
            "sous 5 %. Nous visons aussi 25 % des nouveaux contrats signés hors de la Presqu'île, à Villeurbanne et "
            "Vénissieux, pour ne pas dépendre d'un seul quartier. Ces chiffres sont suivis chaque mois dans notre "
            "tableur de contrats, puis dans le CRM dès qu'il sera en place. Si le taux de transformation reste sous 30 % deux mois de "
            "suite, nous revoyons la durée de l'essai avant de dépenser davantage en prospection."]),
        "stp": dict(status="ok", retitle="Qui vise-t-on, et pourquoi", text=[
            "Nous avons découpé le marché selon le métier, le volume transporté et la distance parcourue chaque "
            "jour. Les artisans du second œuvre qui interviennent en centre-ville (plombiers, électriciens, "
            "serruriers) sont notre cible principale : ils portent moins de 150 kg d'outillage, font moins de 30 km "
            "par jour et perdent un temps fou à se garer. Les commerçants qui livrent leurs clients, fleuristes, "
            "traiteurs et cavistes, sont notre cible secondaire. Nous laissons de côté les entreprises du bâtiment "
            "qui transportent des matériaux lourds, pour qui le vélo cargo n'est pas crédible, et les coursiers, "
            "déjà équipés et très sensibles au prix. Nous voulons être perçus comme le partenaire qui garde les "
            "artisans en mouvement, pas comme un simple loueur de vélos. Les deux cibles retenues représentent environ 3 700 "
            "entreprises, de quoi atteindre nos objectifs en n'en convainquant qu'une sur dix."]),
        "segmentation": dict(status="ok", tables=[[
            ["Artisans de dépannage en centre-ville", "plombiers, électriciens, serruriers", "environ 2 600 entreprises", "se garer, arriver à l'heure, transporter l'outillage", "5", "principale"],
            ["Commerçants qui livrent", "fleuristes, traiteurs, cavistes", "environ 1 100 boutiques", "livrer vite et proprement", "4", "secondaire"],
            ["Entreprises du bâtiment", "matériaux lourds, chantiers", "environ 3 000", "transporter beaucoup et loin", "2", "non"],
            ["Coursiers et livreurs", "déjà à vélo", "environ 400", "prix le plus bas", "1", "non"]]]),
        "positioning": dict(status="placeholder"),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches du client : aller d'une intervention à l'autre avec ses outils, livrer à l'heure", "Problèmes : stationnement, amendes, ZFE, camionnette qui coûte cher"],
            ["Bénéfices attendus : plus d'interventions par jour, image écologique, moins de frais", "Produits et services : vélo cargo loué trois ans, entretien, assurance, prêt en cas de panne"],
            ["Réducteurs de problèmes : garé devant le client, aucune amende, conforme à la ZFE", "Créateurs de bénéfices : deux interventions de plus par jour en moyenne, logo du client sur le caisson"]]]),
        "marketing-mix": dict(status="ok", retitle="Nos sept leviers", skip_cols=1, tables=[[
            [None, "biporteur ou triporteur électrique, caisson adapté au métier", "l'outillage d'un plombier n'est pas un bouquet de fleurs"],
            [None, "189 € ou 249 € par mois, tout compris, sans apport", "moins cher qu'une camionnette, aucun achat à financer"],
            [None, "vente directe, atelier à Lyon 7e, partenariat avec la Chambre de métiers", "les artisans font confiance à leur chambre"],
            [None, "essai gratuit d'une semaine, témoignages d'artisans, salon Artisa", "un artisan croit ce qu'a vécu un confrère"],
            [None, "deux mécaniciens qui se déplacent, un commercial ancien artisan", "parler le même langage que les clients"],
            [None, "contrat signé en ligne, livraison du vélo sous dix jours", "pas de temps perdu pour le client"],
            [None, "vélos au logo du client dans les rues, photos avant / après", "le vélo est lui-même une publicité"]]]),
        "deployment-plan": dict(status="ok", tables=[[
            ["Essais gratuits d'une semaine", "artisans de dépannage", "35 essais par mois", "terrain", "commercial", "février", "décembre", "14 k€", "essais réalisés"],
            ["Partenariat Chambre de métiers", "tous les artisans", "6 réunions d'information", "partenaire", "fondateur", "mars", "juin", "3 k€", "contacts qualifiés"],
            ["Offre fleuristes avant la Saint-Valentin", "commerçants", "20 contrats", "e-mailing et visites", "commercial", "janvier", "février", "4 k€", "contrats signés"],
            ["Ouverture d'un point relais à Villeurbanne", "artisans de l'est lyonnais", "25 % des contrats hors Presqu'île", "atelier", "mécanicien chef", "septembre", "décembre", "22 k€", "contrats par quartier"]]]),
        "commercial-budget": dict(status="empty"),
        "project-processes": dict(status="ok", retitle="Comment on travaille au quotidien", text=[
            "Le déploiement repose sur trois process simples, écrits sur une page chacun et affichés à l'atelier. "
            "Le premier va du contact au contrat : le commercial enregistre chaque contact dans le tableur, propose "
            "un essai sous huit jours, appelle le client au quatrième jour de l'essai et envoie le contrat en ligne "
            "s'il est convaincu. Le deuxième va de la commande à la livraison : une fois le contrat signé, le "
            "mécanicien chef commande le vélo et le caisson, les prépare et les livre au client avec une "
            "demi-heure de prise en main.",
            "Le troisième process traite les pannes : le client appelle un numéro unique, un mécanicien passe sous "
            "48 heures et, si la réparation dure, un vélo de prêt est laissé sur place. Chaque lundi, les quatre "
            "personnes de l'équipe se réunissent trente minutes pour regarder les essais, les contrats et les "
            "pannes de la semaine ; les deux fondateurs décident des dépenses de plus de 2 000 euros. Toute demande "
            "qui sort de ces process, comme un caisson spécial ou une remise, passe par le fondateur commercial, "
            "qui répond sous deux jours."]),
        "process-map": dict(status="missing"),
        "raci": dict(status="ok", retitle="Qui fait quoi", keep_bookmark=True, tables=[[
            ["Essais gratuits", "I", "A", "C", "R", "C", "I"],
            ["Livraison et prise en main", "I", "A", "I", "C", "R", "C"],
            ["Dépannage sous 48 heures", "I", "A", "I", "I", "R", "R"],
            ["Partenariat Chambre de métiers", "A", "R", "C", "R", "I", "I"]]]),
    },
)
