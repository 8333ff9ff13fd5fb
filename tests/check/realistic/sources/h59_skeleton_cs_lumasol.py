from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: a Quimper start-up selling solar retrofit kits for the street lamps of small rural communes
    plans its first commercial year. Guidance deleted. Three headings retyped over their runs (bookmark lost):
    the diagnosis, the segmentation part and the RACI; the deployment plan retyped keeping its bookmark. The
    positioning is still our prompt (placeholder); the commercial budget table left as generated (empty). Other
    tables filled, the process map drawn.""",
    cover={"company": "Lumasol", "candidate": "Erwan Le Goff", "school": "Web School Factory",
           "client": "Lumasol", "project": "Lancement communes rurales 2027"},
    sections={
        "market-diagnosis": dict(status="ok", retitle="Lumasol et son marché : état des lieux", text=[
            "Lumasol est née en 2024 à Quimper, dans un garage d'Ergué-Gabéric, de l'idée de deux anciens "
            "techniciens d'Enedis : au lieu de remplacer un lampadaire entier, on visse sur le mât existant un kit "
            "composé d'un panneau solaire, d'une batterie lithium-fer et d'une tête LED pilotée à distance. Le "
            "lampadaire n'est plus relié au réseau, la commune ne paie plus d'électricité pour l'éclairer, et le "
            "chantier dure une demi-heure par point lumineux. Nous sommes aujourd'hui sept, avec 1 150 kits posés "
            "dans onze communes du Finistère et un chiffre d'affaires de 640 000 euros en 2026.",
            "Le marché est porté par la facture d'énergie : depuis 2022, l'éclairage public représente souvent le "
            "premier poste d'électricité d'une petite commune, et beaucoup ont choisi d'éteindre la nuit faute de "
            "mieux. La France compte environ 11 millions de points lumineux, dont près d'un tiers ont plus de "
            "vingt-cinq ans. Nos concurrents sont de trois sortes : les syndicats départementaux d'énergie, qui "
            "rénovent en LED raccordé et ont la confiance des maires ; les fabricants de lampadaires solaires "
            "complets, chers car il faut changer le mât ; et les électriciens locaux. Notre avantage est le coût, "
            "environ 40 % de moins qu'un lampadaire solaire neuf ; notre faiblesse, une marque inconnue hors du "
            "Finistère et un seul installateur formé."]),
        "commercial-objectives": dict(status="ok", text=[
            "En 2027, nous voulons poser 4 000 kits, soit 2,1 millions d'euros de chiffre d'affaires, en gagnant "
            "quarante nouvelles communes en Bretagne et en Pays de la Loire. Nous voulons aussi signer une "
            "convention avec au moins deux syndicats départementaux d'énergie, qui pourraient nous prescrire "
            "auprès de centaines de communes, et garder un taux de panne sous 2 % la première année.",
            "Chaque mois, le tableau de bord suivra le nombre de mairies rencontrées, le nombre de devis envoyés "
            "et leur taux de signature (cible : un sur trois), les kits posés, le panier moyen par commune, le "
            "délai entre la signature et la pose (cible : six semaines) et les pannes remontées par le "
            "télépilotage. Erwan présente ces chiffres au comité de direction le premier lundi du mois."]),
        "stp": dict(status="ok", retitle="Qui visons-nous ?", text=[
            "Nous avons classé nos acheteurs possibles selon la taille de la commune et selon la personne qui "
            "décide. Dans les communes de moins de 2 000 habitants, le maire et son adjoint aux travaux décident "
            "presque seuls, souvent après avoir vu l'installation chez un voisin. Au-dessus, un service technique "
            "rédige un cahier des charges et passe un marché. Les syndicats d'énergie, enfin, gèrent l'éclairage "
            "de nombreuses communes par délégation.",
            "Notre cible principale en 2027 reste la petite commune rurale, où le cycle de vente dure trois mois "
            "et où le bouche-à-oreille entre maires fonctionne. La cible secondaire est le syndicat d'énergie, "
            "plus long à convaincre mais qui ouvre un département entier. Nous mettons de côté les villes "
            "moyennes et les parkings privés de la grande distribution, qui demandent une puissance lumineuse "
            "que nos kits n'atteignent pas encore."]),
        "segmentation": dict(status="ok", retitle="Nos segments en un tableau", tables=[[
            ["Communes rurales", "moins de 2 000 habitants, le maire décide", "environ 1 900 en Bretagne et Pays de la Loire",
             "baisser la facture, rallumer la nuit", "5", "principale"],
            ["Syndicats d'énergie", "gestion déléguée de l'éclairage", "9 syndicats sur les deux régions",
             "fiabilité, suivi à distance, garanties", "4", "secondaire"],
            ["Villes moyennes", "service technique et marché public", "environ 150", "forte puissance, design",
             "2", "non"],
            ["Parkings privés", "enseignes de la grande distribution", "quelques centaines", "éclairage intense toute la nuit",
             "1", "non"]]]),
        "positioning": dict(status="placeholder"),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches du client : éclairer les rues du bourg, tenir le budget de fonctionnement, répondre aux habitants",
             "Problèmes : facture d'électricité qui a doublé, rues éteintes la nuit, mâts anciens à remplacer"],
            ["Bénéfices attendus : zéro euro d'électricité sur les points équipés, rues rallumées, une action visible pour l'environnement",
             "Produits et services : kit solaire posé sur le mât existant, télépilotage, garantie de dix ans"],
            ["Réducteurs de problèmes : pas de tranchée ni de nouveau mât, pose en une demi-heure",
             "Créateurs de bénéfices : amorti en quatre ans, tableau de bord consultable par le maire"]]]),
        "marketing-mix": dict(status="ok", skip_cols=1, tables=[[
            [None, "kit de 30 W avec batterie de dix ans et tête LED à détection de présence", "répond au besoin des bourgs sans changer les mâts"],
            [None, "890 € posé par point lumineux, ou 19 € par mois sur cinq ans", "moins cher que le solaire neuf, lisible pour un conseil municipal"],
            [None, "vente directe aux mairies, convention avec les syndicats d'énergie", "les maires achètent à ceux qu'ils connaissent"],
            [None, "démonstrations nocturnes dans les communes équipées, salon des maires du Finistère", "voir la rue éclairée convainc mieux qu'une brochure"],
            [None, "un commercial ancien élu local, deux équipes de pose", "parler la langue des maires"],
            [None, "devis sous 48 h, pose groupée par tournée de communes voisines", "réduire le coût de pose"],
            [None, "carte en ligne des kits posés, témoignages vidéo de maires", "rassurer sur la durée"]]]),
        "deployment-plan": dict(status="ok", retitle="Notre feuille de route commerciale", keep_bookmark=True, tables=[[
            ["Démonstrations nocturnes", "communes rurales", "60 maires présents", "invitation par courrier et téléphone",
             "Gwenaëlle", "févr. 2027", "avril 2027", "4 500 €", "maires présents"],
            ["Salon des maires du Finistère", "communes rurales", "120 contacts", "stand", "Erwan", "oct. 2027",
             "oct. 2027", "7 000 €", "devis demandés"],
            ["Convention pilote", "syndicats d'énergie", "2 conventions signées", "rendez-vous de direction",
             "Yannick", "janv. 2027", "sept. 2027", "2 000 €", "conventions"],
            ["Parrainage entre maires", "communes rurales", "15 communes recommandées", "lettre et remise de 5 %",
             "Gwenaëlle", "mai 2027", "déc. 2027", "3 000 €", "recommandations"]]]),
        "commercial-budget": dict(status="empty"),
        "project-processes": dict(status="ok", text=[
            "Une vente à une commune passe par quatre équipes qui ne travaillent pas au même endroit : le "
            "commercial sur la route, le bureau d'études qui vérifie l'ensoleillement de chaque rue, l'équipe de "
            "pose et Yannick, qui suit le télépilotage. Nous avons donc écrit un parcours unique, affiché dans "
            "l'atelier et partagé dans notre outil de gestion, pour que personne n'attende sans le savoir.",
            "Après chaque rendez-vous, le commercial crée l'affaire dans le CRM avec la liste des rues. Le bureau "
            "d'études a cinq jours pour simuler l'ensoleillement et proposer un nombre de kits. Le devis part "
            "signé par le dirigeant. Quand la délibération du conseil municipal arrive, l'affaire passe en "
            "planification : la pose est groupée avec les communes voisines et le maire reçoit une date ferme. "
            "Après la pose, Yannick vérifie pendant un mois les données de chaque lampadaire et appelle le maire "
            "pour un point. Toutes les deux semaines, une réunion de trente minutes passe en revue les affaires "
            "bloquées à une étape plus de dix jours, avec une seule question : qui débloque, et quand ?"]),
        "process-map": dict(status="ok", image=["Rendez-vous mairie", "Étude ensoleillement", "Devis",
                                                "Délibération", "Pose groupée", "Suivi un mois"],
                            caption="Le parcours d'une commune, du premier rendez-vous au suivi après pose."),
        "raci": dict(status="ok", retitle="Qui fait quoi ?", tables=[[
            ["Prospecter les mairies", "I", "C", "C", "R", "I", "I"],
            ["Étudier l'ensoleillement", "I", "A", "I", "C", "R", "I"],
            ["Signer le devis", "A", "C", "I", "R", "C", "I"],
            ["Poser et suivre les kits", "I", "A", "I", "I", "R", "R"]]]),
    },
)
