DOC = dict(
    deliverable="risk-policy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. Started from
    `mind-templates new risk-policy`, French: the library network of a Breton town replaces its library system and
    adds self-service RFID kiosks. Guidance boxes deleted; three headings retyped by replacing their runs (one
    keeps its bookmark), tables filled, one section deleted with its heading, one of our prompts left in place.""",
    cover={"company": "Réseau des médiathèques de Quimper", "candidate": "Erwan Le Gall",
           "school": "Web School Factory"},
    sections={
        "policy-objectives": dict(status="ok", retitle="1. À quoi sert ce document ?", text=[
            "Le réseau compte onze médiathèques, 38 000 lecteurs inscrits et 420 000 documents. Le logiciel de "
            "gestion actuel n'est plus maintenu depuis 2025 et les prêts se font encore tous au comptoir. Le projet "
            "Libr'Accès remplace ce logiciel par une solution hébergée, pose des puces RFID sur tous les documents "
            "et installe quatorze automates de prêt et de retour. Le budget voté par l'agglomération est de "
            "540 000 euros, dont 35 % financés par l'État au titre du plan bibliothèques, pour une mise en service "
            "prévue en septembre 2027.",
            "Ce document fixe la façon dont nous repérons, cotons, traitons et suivons les risques du projet, de la "
            "signature du marché jusqu'à six mois après l'ouverture. La numérisation des fonds patrimoniaux n'en "
            "fait pas partie. Les élus acceptent un décalage de la mise en service de deux mois au plus et un "
            "dépassement de 5 % ; en revanche, aucune fermeture de médiathèque au-delà de cinq jours ouvrés n'est "
            "admise, et les données des lecteurs doivent rester hébergées en France."]),
        "identification-method": dict(status="ok", text=[
            "Nous sommes partis de trois sources. D'abord, deux ateliers d'une demi-journée avec les responsables "
            "des médiathèques, deux agents de prêt, le service informatique de l'agglomération et le délégué à la "
            "protection des données ; chacun a écrit sur des post-it ce qui pourrait bloquer le projet, puis nous "
            "les avons regroupés par thème. Ensuite, l'étude des retours d'expérience de Brest et de Lorient, qui "
            "ont changé de logiciel en 2023, et un appel à la cheffe de projet de Lorient. Enfin, la lecture du "
            "cahier des clauses techniques ligne à ligne, pour repérer les dépendances au prestataire.",
            "Chaque risque a été coté par deux personnes séparément, puis la note a été discutée quand elles "
            "différaient de plus d'un point. Nous avons utilisé les échelles ci-dessous ; le score est le produit "
            "de la probabilité et de l'impact le plus fort des trois colonnes."]),
        "rating-scales": dict(status="ok", skip_cols=1, tables=[[
            [None, "très peu probable, jamais vu ailleurs", "moins de 3 000 €", "moins d'une semaine", "aucun lecteur ne s'en aperçoit"],
            [None, "arrivé dans un réseau sur dix", "3 000 à 10 000 €", "une à trois semaines", "une médiathèque gênée un jour"],
            [None, "arrivé dans un réseau sur trois", "10 000 à 25 000 €", "un mois", "plaintes écrites de lecteurs"],
            [None, "arrivé dans la moitié des réseaux", "25 000 à 50 000 €", "deux mois", "article dans la presse locale"],
            [None, "déjà en train d'arriver", "plus de 50 000 €", "plus de deux mois", "fermeture ou fuite de données"]]]),
        "risk-register": dict(status="ok", retitle="2. Registre", tables=[[
            ["R1", "technique", "reprise incomplète des notices et des comptes lecteurs", "formats anciens et doublons",
             "4", "4", "16", "taux d'erreur du test de reprise", "réduire", "chef de projet", "ouvert"],
            ["R2", "humain", "agents opposés aux automates", "peur de perdre le contact avec le public",
             "3", "4", "12", "participation aux formations", "réduire", "directrice du réseau", "ouvert"],
            ["R3", "fournisseur", "retard de livraison des automates", "pénurie de composants", "3", "3", "9",
             "date de livraison confirmée", "transférer", "acheteuse", "ouvert"],
            ["R4", "juridique", "hébergement des données hors de France", "sous-traitant du prestataire",
             "2", "5", "10", "liste des sous-traitants", "éviter", "DPO", "ouvert"],
            ["R5", "financier", "subvention de l'État réduite", "gel des crédits", "2", "3", "6",
             "notification de la DRAC", "accepter", "service finances", "ouvert"]]]),
        "risk-matrix": dict(status="placeholder"),
        "trigger-indicators": dict(status="ok", retitle="Nos signaux", keep_bookmark=True, tables=[[
            ["R1", "notices rejetées au test de reprise", "plus de 2 %", "rapport du prestataire", "à chaque test",
             "chef de projet", "report de la bascule et nettoyage manuel"],
            ["R2", "agents présents aux formations", "moins de 80 %", "feuilles d'émargement", "chaque mois",
             "directrice du réseau", "rencontres par équipe et binômes volontaires"],
            ["R3", "retard annoncé des automates", "plus de 3 semaines", "courriel du fournisseur", "chaque semaine",
             "acheteuse", "pénalités et ouverture des sites par étapes"]]]),
        "response-strategy": dict(status="ok", retitle="3 – Comment on réagit", text=[
            "Pour chaque risque, nous avons choisi une stratégie selon son score et selon la limite fixée par les "
            "élus. Les risques au-dessus de 12 sont réduits par des actions décidées dès maintenant et financées "
            "sur le budget du projet. Le risque d'hébergement hors de France est évité par une clause du marché : "
            "le prestataire doit fournir la liste de ses sous-traitants et ne peut pas en changer sans notre "
            "accord. Le retard des automates est transféré au fournisseur par des pénalités de 500 euros par jour. "
            "Nous acceptons la baisse possible de la subvention, qui serait couverte par le report d'un automate "
            "sur 2028.",
            "Nous gardons une réserve de 27 000 euros, soit 5 % du budget, pour les imprévus ; seul le comité de "
            "pilotage peut l'engager. Pour les deux risques majeurs, les plans ci-dessous prévoient aussi ce que "
            "nous ferons si la prévention ne suffit pas : repousser la bascule d'un mois pour la reprise, et "
            "garder des prêts au comptoir tant que les équipes ne sont pas prêtes. Chaque plan a un responsable "
            "nommé et une échéance."]),
        "response-plans": dict(status="ok", tables=[[
            ["R1", "réduire", "deux tests de reprise à blanc, doublons fusionnés avant la bascule",
             "bascule repoussée d'un mois, ancien logiciel en lecture seule", "14 000 €", "chef de projet", "juin 2027", "6"],
            ["R2", "réduire", "agents associés au choix des emplacements, formation sur place par binômes",
             "prêt au comptoir maintenu dans les sites concernés", "8 500 €", "directrice du réseau", "septembre 2027", "4"]]]),
        "monitoring-governance": dict(status="missing"),
    },
)
