from _common import *

DOC = dict(
    deliverable="management-plan",
    path="skeleton",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: a cheese cooperative in the Jura builds an online shop and a small digital team of its own.
    Guidance deleted. The summary retyped "L'essentiel en une page", the onboarding retyped "Accueillir les trois
    nouveaux" and the vision retyped "À quoi ressemblera l'équipe en 2028" (runs replaced, bookmarks lost); the
    training plan table retyped "Formations prévues" keeping its bookmark; the training needs are two sentences
    (thin); the career development table deleted with its heading (missing); the org chart drawn as a picture;
    every other table filled.""",
    cover={"company": "Fruitière du Haut-Jura", "candidate": "Mathieu Vuillemin", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="L'essentiel en une page", text=[
            "La Fruitière du Haut-Jura, coopérative de 74 producteurs de lait, vend chaque année 380 tonnes de comté "
            "et de morbier, dont 90 % à des grossistes. Pour mieux valoriser son fromage, le conseil "
            "d'administration a décidé en juin 2026 de vendre en ligne aux particuliers et aux restaurants, avec un "
            "objectif de 8 % du chiffre d'affaires en direct d'ici 2028. La coopérative n'a aujourd'hui aucune "
            "compétence numérique : le site actuel est tenu par le neveu d'un producteur.",
            "Ce plan propose de créer une petite équipe de trois personnes autour de la responsable commerciale : "
            "un responsable e-commerce recruté à l'extérieur, une chargée de logistique issue de l'affinage et un "
            "alternant en marketing. Il prévoit leur accueil, la formation des vendeuses de la boutique et un "
            "budget de 142 000 euros sur deux ans. La direction doit valider le recrutement en janvier pour ouvrir "
            "la boutique en ligne avant la fête du comté de juillet."]),
        "strategy-context": dict(status="ok", text=[
            "La coopérative vit du prix du lait payé aux producteurs, qui dépend de ce que rapporte chaque meule. "
            "Or les grossistes ont imposé deux baisses de prix depuis 2023, alors que la demande des particuliers "
            "pour des fromages de caractère, achetés directement au producteur, ne cesse de croître. Le projet de "
            "vente en ligne répond à cette tension : vendre une partie de la production au prix de détail, raconter "
            "l'histoire de chaque alpage et fidéliser des clients partout en France. La stratégie votée par le "
            "conseil fixe trois priorités : la vente directe, une gamme de fromages affinés plus de dix-huit mois, et "
            "des colis pour les restaurants de la région lyonnaise.",
            "L'équipe actuelle compte quatorze salariés : sept fromagers, trois affineurs, deux vendeuses à la "
            "boutique de Morbier, une comptable et la responsable commerciale, Claire Jeunet, qui gère seule les "
            "grossistes. Les entretiens annuels de novembre montrent une équipe très compétente sur le produit et "
            "attachée à la coopérative, mais sans aucune pratique du numérique en dehors de la caisse. Deux "
            "personnes ont exprimé l'envie d'évoluer : Élodie, affineuse, qui voudrait s'occuper des expéditions, "
            "et Sandrine, vendeuse, curieuse des réseaux sociaux. Le plan s'appuie sur elles avant de recruter. "
            "Personne, en revanche, ne sait aujourd'hui préparer un colis réfrigéré ni suivre des ventes en ligne, et "
            "les producteurs demandent à être tenus informés de chaque étape."]),
        "people-review": dict(status="ok", tables=[[
            ["Claire Jeunet", "responsable commerciale", "négociation, connaissance des grossistes", "très bon, surchargée", "déléguer l'administratif", "élevé"],
            ["Élodie Bourgeois", "affineuse", "qualité, rigueur, emballage", "bon", "s'occuper des expéditions", "moyen à élevé"],
            ["Sandrine Cuenot", "vendeuse", "conseil client, photos des fromages", "bon", "animer les réseaux sociaux", "moyen"]]]),
        "key-functions": dict(status="ok", text=[
            "Trois fonctions manquent pour tenir l'objectif de 2028. Nous privilégions la mobilité interne quand "
            "une salariée a la motivation et la base métier, et recrutons seulement le profil que personne n'a."],
            tables=[[
            ["Responsable e-commerce", "porter la vente directe, priorité n°1 du conseil", "mars 2027", "3 à 5 ans d'expérience en boutique en ligne alimentaire", "recrutement"],
            ["Chargée de logistique et expéditions", "envoyer des colis frais sans casse", "avril 2027", "connaissance du produit, organisation", "mobilité interne (Élodie)"],
            ["Alternant marketing digital", "photos, réseaux sociaux, newsletter", "septembre 2027", "bac+3 en alternance", "recrutement"]]]),
        "onboarding": dict(status="ok", retitle="Accueillir les trois nouveaux", text=[
            "Une coopérative fromagère a une culture forte et des horaires qui surprennent : la fabrication commence "
            "à 5 heures, les producteurs passent à la laiterie tous les jours et jugent vite les nouveaux venus. "
            "Un responsable e-commerce venu de la ville pourrait se sentir étranger, et l'équipe pourrait voir en "
            "lui quelqu'un qui parle d'écrans sans connaître le fromage. Notre parcours vise donc d'abord à lui "
            "faire comprendre le métier.",
            "Avant l'arrivée, Claire prépare le contrat, le poste informatique, les accès au logiciel de caisse et "
            "une place au bureau de la boutique. La première semaine, chaque nouveau passe une journée à la "
            "fabrication, une à l'affinage dans les caves, une à la boutique et une chez un producteur pendant la "
            "traite. Il déjeune chaque jour avec un membre différent de l'équipe. Élodie, qui change de poste, "
            "garde un jour par semaine aux caves pendant trois mois pour que la transition soit douce. Un point "
            "est fait à un, deux et trois mois avec Claire, et le nouveau présente ce qu'il a appris à "
            "l'assemblée des producteurs de juin."]),
        "onboarding-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "contrat, mutuelle, badge", "poste et accès préparés", "mail de bienvenue de l'équipe", "Claire", "dossier complet"],
            [None, "visite médicale programmée", "visite du site, consignes d'hygiène", "café d'accueil avec les fromagers", "Claire", "consignes signées"],
            [None, "formation hygiène alimentaire", "une journée par atelier", "déjeuners avec l'équipe", "Claire et chefs d'atelier", "carnet de découverte rempli"],
            [None, "", "premiers objectifs écrits", "visite chez deux producteurs", "Claire", "point à un mois"],
            [None, "", "prise en main du site", "participation au comité du lundi", "Claire", "point à deux mois"],
            [None, "fin de période d'essai", "objectifs de l'année fixés", "présentation aux producteurs", "directeur", "entretien de fin d'essai"]]]),
        "training-needs": dict(status="thin", text=[
            "Les vendeuses doivent savoir préparer une commande en ligne et répondre aux messages des clients. "
            "Claire a besoin de lire les chiffres de la boutique en ligne pour piloter."]),
        "training-plan": dict(status="ok", retitle="Formations prévues", keep_bookmark=True, tables=[[
            ["Sandrine et la seconde vendeuse", "traiter les commandes en ligne", "préparer 30 colis par jour sans erreur", "formation sur site par l'éditeur", "Shopify Partner local", "1 200 €", "avril 2027"],
            ["Sandrine", "réseaux sociaux", "publier trois fois par semaine", "formation courte à distance", "CCI du Jura", "900 €", "mai 2027"],
            ["Claire Jeunet", "indicateurs du commerce en ligne", "suivre ventes, panier moyen, retours", "deux jours en inter-entreprises", "Agence régionale du numérique", "1 400 €", "mars 2027"],
            ["Élodie Bourgeois", "emballage et transport du frais", "zéro casse sur les colis", "stage chez un transporteur", "Chronofresh", "800 €", "avril 2027"]]]),
        "career-plan": dict(status="missing"),
        "team-vision": dict(status="ok", retitle="À quoi ressemblera l'équipe en 2028", text=[
            "En 2028, la Fruitière aura deux métiers : faire du fromage et le vendre elle-même. Nous voulons que "
            "les deux se parlent. Le responsable e-commerce ne sera pas un prestataire installé dans un coin, mais "
            "un membre de l'équipe qui connaît les caves et peut raconter une meule de vingt-quatre mois. Les "
            "vendeuses de la boutique seront aussi les voix de la boutique en ligne, avec leurs conseils et leurs "
            "photos. Élodie dirigera un petit pôle expéditions qui pourra, si les ventes suivent, accueillir un "
            "saisonnier aux fêtes de fin d'année.",
            "L'équipe commerciale passera ainsi d'une personne seule à quatre, sous la responsabilité de Claire, qui "
            "déléguera les commandes des grossistes pour se consacrer aux restaurants et aux partenariats. Les "
            "producteurs seront associés : chaque mois, l'un d'eux sera mis en avant sur le site, ce qui donnera "
            "aussi une raison de fierté à ceux qui trouvent le projet trop éloigné de la ferme. Enfin, le comité du "
            "lundi, où se retrouvent fabrication, affinage et vente, deviendra le lieu où l'on décide ensemble "
            "des fromages à mettre en avant selon les stocks. Si l'objectif de 8 % est atteint, nous proposerons "
            "au conseil de transformer le poste d'alternant en emploi permanent en 2029. "
            "Dans le cas contraire, l'équipe restera à trois et nous revoirons la gamme vendue en ligne avant "
            "d'engager de nouveaux frais."]),
        "target-organisation": dict(status="ok", image=["Direction", "Fabrication", "Affinage", "Vente: Claire", "E-commerce + expéditions + alternant"],
            caption="Organisation cible en 2028 : le pôle vente directe est ajouté sous la responsable commerciale"),
        "budget-timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "9 000 €", "", "9 000 €"],
            [None, "4 500 €", "1 500 €", "6 000 €"],
            [None, "4 300 €", "3 000 €", "7 300 €"],
            [None, "2 000 €", "6 000 €", "8 000 €"],
            [None, "1 500 €", "3 000 €", "4 500 €"],
            [None, "-3 600 €", "-2 400 €", "-6 000 €"],
            [None, "17 700 €", "11 100 €", "28 800 € hors salaires (113 000 € de salaires sur deux ans)"]]]),
        "timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "annonce, entretiens", "arrivée du responsable e-commerce", "alternant recruté", "", "saisonnier des fêtes si besoin"],
            [None, "", "parcours des nouveaux", "accueil de l'alternant", "", ""],
            [None, "Claire", "vendeuses, Élodie", "Sandrine", "", "bilan des besoins"],
            [None, "", "Élodie aux expéditions", "", "", "poste permanent envisagé"],
            [None, "comité du lundi élargi", "", "fête du comté", "fête de fin d'année", "séminaire annuel"]]]),
        "hr-indicators": dict(status="ok", tables=[[
            ["Période d'essai validée", "nouveaux confirmés / nouveaux arrivés", "100 %", "à chaque fin d'essai", "Claire"],
            ["Formations réalisées", "jours suivis / jours prévus", "90 %", "trimestrielle", "comptable"],
            ["Colis expédiés sans casse", "colis sans réclamation / colis envoyés", "98 %", "mensuelle", "Élodie"]]]),
    },
)
