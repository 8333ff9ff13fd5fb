from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: les Pépinières Marchal, a plant nursery near Angers (118 staff, three garden centres) that
    opens an online shop with click-and-collect, describe two new jobs (an e-commerce and catalogue manager, a
    head of order preparation). Guidance deleted. The context heading retyped "Les Pépinières Marchal et leur
    virage en ligne" and the key skills heading retyped "Savoir-faire : ce qu'il faut, ce qu'on a" (runs replaced,
    bookmarks lost). The organisation chart deleted with its heading (missing). The soft skills section holds
    two sentences and an untouched table (thin). Every other section written, tables filled, one job form
    filled.""",
    cover={"company": "Pépinières Marchal", "candidate": "Camille Rouault", "team": "Camille Rouault, Hugo Terrien",
           "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", retitle="Les Pépinières Marchal et leur virage en ligne", text=[
            "Les Pépinières Marchal cultivent arbustes, rosiers et arbres fruitiers sur 42 hectares à Saint-Barthélemy-"
            "d'Anjou depuis 1978. L'entreprise emploie 118 salariés, dont 61 en production, et vend par trois "
            "jardineries (Angers, Cholet, Saumur) et à des paysagistes. Le chiffre d'affaires 2025 atteint 14,2 "
            "millions d'euros, dont 38 % au printemps. Le dirigeant, Olivier Marchal, a repris l'affaire de son père "
            "en 2019 et veut qu'un quart des ventes aux particuliers passe par Internet d'ici 2029.",
            "Le projet « Marchal en ligne » ouvre en mars 2027 une boutique web de 1 400 références, avec retrait en "
            "jardinerie sous deux heures et livraison régionale de gros sujets par nos propres camions. Le site est "
            "construit par une agence nantaise ; il manque en interne les personnes qui feront vivre le catalogue et "
            "prépareront les commandes sans désorganiser la production. L'équipe commerciale, huit personnes "
            "dirigées par Sophie Lemaître, est habituée au comptoir et au téléphone ; la logistique, six caristes "
            "et un chef de quai, ne sert aujourd'hui que des palettes pour les paysagistes. La culture de la maison "
            "est celle du geste juste et du conseil : on vend une plante qu'on connaît."]),
        "organisation-chart": dict(status="missing"),
        "skills-needs": dict(status="ok", text=[
            "Nous avons passé deux journées avec l'agence et trois chefs de rayon à dérouler une commande web type, "
            "du clic jusqu'au retrait. Deux familles de besoins en sont sorties. La première concerne le catalogue : "
            "photographier les plantes à la bonne saison, écrire des fiches qui donnent l'exposition, la rusticité "
            "et la taille adulte, tenir les stocks à jour quand une parcelle gèle ou qu'un lot est vendu d'un coup "
            "à un paysagiste, et animer la boutique avec des promotions calées sur le calendrier du jardinier. "
            "Personne ne fait cela aujourd'hui : les fiches actuelles tiennent sur une étiquette.",
            "La seconde concerne la préparation : prélever des plantes vivantes dans les serres et les parcelles, "
            "les emballer pour qu'elles arrivent intactes, et tenir le délai de deux heures en pleine saison. Le "
            "chef de quai sait organiser des palettes, pas cinquante petites commandes par jour. Nous avons donc "
            "retenu deux postes : un ou une responsable e-commerce et catalogue, rattaché(e) à la direction "
            "commerciale, et un ou une chef(fe) d'équipe préparation de commandes, rattaché(e) à la logistique. "
            "Les photographies de saison seront confiées à un prestataire, ce qui évite un troisième poste."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Responsable e-commerce et catalogue", "Faire vendre la boutique en ligne toute l'année", "1",
             "Directrice commerciale", "CDI", "Camille Rouault"],
            ["Chef(fe) d'équipe préparation de commandes", "Préparer chaque commande web dans les délais et sans casse",
             "1", "Chef de quai", "CDI", "Hugo Terrien"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Responsable e-commerce et catalogue (H/F)"],
            [None, "Sophie Lemaître, directrice commerciale"],
            [None, "Faire de la boutique en ligne un quart des ventes aux particuliers en trois ans"],
            [None, "Tenir les 1 400 fiches produit, piloter les stocks affichés avec la production, bâtir le "
                   "calendrier des promotions, suivre les ventes chaque semaine et briefer le photographe"],
            [None, "Budget marketing en ligne de 60 000 euros par an ; encadre un alternant ; décide des prix "
                   "promotionnels dans une fourchette fixée"],
            [None, "Gestion d'un catalogue en ligne, lecture des statistiques du site, rédaction de fiches, "
                   "connaissance des végétaux"],
            [None, "Sens du client, rigueur, goût du travail avec la production"],
            [None, "Bac+3 commerce ou marketing digital, deux ans sur un site marchand ; un BTS horticole est un plus"],
            [None, "Basé à Saint-Barthélemy-d'Anjou, pic de charge de mars à juin, deux samedis par mois au printemps"],
            [None, "Part des ventes en ligne, taux de rupture affichée, note moyenne des avis clients"]]]),
        "key-competences": dict(status="ok", retitle="Savoir-faire : ce qu'il faut, ce qu'on a", tables=[[
            ["Gérer un catalogue de produits vivants", "commerce en ligne", "4", "1", "3", "recrutement"],
            ["Synchroniser stock web et parcelles", "logistique et données", "3", "1", "2",
             "recrutement et formation du chef de quai à l'outil"],
            ["Préparer et emballer des plantes fragiles", "logistique", "3", "2", "1",
             "formation par un transporteur spécialisé"]]]),
        "transversal-skills": dict(status="thin", text=[
            "Pour les deux postes, nous cherchons surtout de la patience au printemps et l'envie de parler avec les "
            "équipes de production. Le tableau sera complété après l'entretien avec la DRH."]),
        "profile-fit": dict(status="ok", text=[
            "Une première version de la fiche demandait cinq ans d'expérience dans le commerce en ligne et un "
            "diplôme d'horticulture. Le cabinet angevin consulté nous a répondu qu'un tel profil n'existe presque "
            "pas dans la région et qu'il coûterait plus de 50 000 euros par an. Nous avons choisi de séparer ce qui "
            "s'apprend vite de ce qui ne s'apprend pas chez nous : la connaissance des plantes se transmet sur place "
            "par les chefs de culture, alors que la conduite d'un site marchand ne s'improvise pas.",
            "L'exigence porte donc sur deux ans d'expérience d'un site marchand, quel que soit le secteur, avec un "
            "salaire de 36 000 à 40 000 euros ; la culture horticole devient un atout et non une condition. Pour la "
            "préparation, nous renonçons au diplôme de logistique demandé au départ : un ou une cariste de la "
            "maison, volontaire et reconnu(e) par ses collègues, fera mieux qu'un externe qui ne connaît pas les "
            "serres. Nous vérifierons enfin que les deux fiches ne se recouvrent pas : le catalogue s'arrête au "
            "stock affiché, la préparation commence au bon de commande."]),
        "requirements-grid": dict(status="ok", tables=[[
            ["Deux ans sur un site marchand", "indispensable", "le site ouvre en mars, sans période d'apprentissage",
             "entretien et étude d'un cas de fiche produit"],
            ["Connaissance des végétaux", "souhaité", "se transmet en interne en quelques mois",
             "questions lors de la visite des serres"],
            ["Permis cariste (préparation)", "indispensable", "les lots sont stockés en hauteur",
             "vérification du certificat"]]]),
    },
)
