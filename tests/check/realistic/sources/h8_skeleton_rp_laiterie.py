DOC = dict(
    deliverable="risk-policy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. Started from
    `mind-templates new risk-policy`, French, a dairy cooperative putting sensors on its milk tanks. Guidance
    boxes deleted; the register retyped "Les risques du projet, un par un" and the monitoring retyped "Qui
    surveille, et à quel rythme ?" by replacing their runs (bookmarks lost); the responses retyped "Notre façon
    de répondre" with the bookmark kept; the probability and impact scales deleted with their heading (the
    author never defined the levels); the monitoring is four sentences (thin).""",
    cover={"company": "Coopérative laitière des Monts du Cantal", "candidate": "Margaux Vialatte",
           "school": "Web School Factory"},
    sections={
        "policy-objectives": dict(status="ok", text=[
            "La coopérative collecte chaque jour le lait de 214 exploitations entre Aurillac et Saint-Flour et le "
            "transforme en cantal et en salers AOP dans deux fromageries. Le projet Citernes connectées équipe les "
            "tanks à lait des fermes et les onze camions de collecte de sondes de température et de niveau, reliées "
            "à une plateforme qui prévient le producteur et le laboratoire dès qu'un lot sort des règles. Le budget "
            "est de 480 000 euros sur dix-huit mois, dont 40 % financés par la Région.",
            "Cette politique fixe la manière dont l'équipe projet repère, note, traite et suit ce qui pourrait "
            "empêcher le déploiement d'aboutir dans les délais, le budget et avec la qualité attendue. Elle couvre "
            "le déploiement dans les fermes, l'intégration avec le logiciel du laboratoire et la formation des "
            "chauffeurs ; elle ne couvre pas l'exploitation courante des fromageries. Le conseil d'administration "
            "accepte un dépassement de 5 % du budget et de six semaines au plus ; au-delà, toute décision remonte "
            "au bureau. Aucune perte de lot liée à la plateforme n'est tolérée."]),
        "identification-method": dict(status="ok", text=[
            "Nous avons repéré les risques de trois façons. D'abord un atelier d'une demi-journée en septembre avec "
            "le directeur technique, la responsable qualité, deux chauffeurs, trois producteurs et le fournisseur "
            "des sondes : chacun a écrit sur des post-it ce qui pouvait mal tourner, puis nous avons regroupé les "
            "idées par famille. Ensuite, j'ai relu le retour d'expérience d'une coopérative bretonne qui a mené un "
            "projet proche en 2024, et les deux incidents de collecte de l'hiver dernier. Enfin, nous avons passé "
            "une journée dans le camion de la tournée de Riom-ès-Montagnes pour voir où le réseau mobile tombe.",
            "Chaque risque a ensuite été noté en commun, de 1 à 5 pour sa probabilité et de 1 à 5 pour sa gravité, "
            "et le produit des deux donne son rang. Le registre est repris à chaque comité de pilotage."]),
        "risk-register": dict(status="ok", retitle="Les risques du projet, un par un", tables=[[
            ["R1", "technique", "perte de données en zone blanche", "pas de réseau mobile dans 38 fermes", "4", "4",
             "16", "taux de relevés manquants", "réduire", "DSI", "ouvert"],
            ["R2", "humain", "refus des sondes par des producteurs", "crainte d'un contrôle permanent", "3", "4",
             "12", "nombre de refus d'installation", "réduire", "présidente", "ouvert"],
            ["R3", "fournisseur", "retard de livraison des sondes", "pénurie de composants", "3", "3", "9",
             "date de livraison confirmée", "transférer", "achats", "ouvert"],
            ["R4", "intégration", "échec du lien avec le logiciel du laboratoire", "format d'échange ancien",
             "2", "5", "10", "tests d'échange en erreur", "réduire", "chef de projet", "ouvert"],
            ["R5", "financier", "retard du versement régional", "dossier incomplet", "2", "3", "6",
             "accusé de réception de la Région", "accepter", "trésorier", "clos"]]]),
        "risk-matrix": dict(status="ok", text=[
            "La grille montre deux risques dans la zone rouge, la perte de données en zone blanche (R1) et le refus "
            "des producteurs (R2) : ce sont eux qui reçoivent l'essentiel de notre provision pour aléas et de notre "
            "temps. Le retard des sondes (R3) et l'échec de l'intégration avec le laboratoire (R4) sont en zone "
            "orange, surveillés chaque mois. Le versement de la Région (R5) est passé en zone verte depuis que le "
            "dossier a été déclaré complet en octobre, et nous l'avons clos. Aucun risque n'est classé à la fois très "
            "probable et très grave, ce qui rassure le bureau mais ne doit pas faire oublier que R1 touche près "
            "d'une ferme sur six."]),
        "trigger-indicators": dict(status="ok", tables=[[
            ["R1", "relevés manquants sur une semaine", "plus de 3 %", "plateforme", "chaque lundi", "DSI",
             "passage au stockage local dans la sonde"],
            ["R2", "refus d'installation", "plus de 10 fermes", "tableau des rendez-vous", "chaque quinzaine",
             "présidente", "réunion de secteur avec les producteurs"],
            ["R3", "retard annoncé par le fournisseur", "plus de 3 semaines", "courriel du fournisseur",
             "à réception", "achats", "commande au second fournisseur"],
            ["R4", "échanges en erreur pendant la recette", "plus de 2 %", "journal des échanges", "chaque jour",
             "chef de projet", "atelier avec l'éditeur du logiciel"]]]),
        "response-strategy": dict(status="ok", retitle="Notre façon de répondre", keep_bookmark=True, text=[
            "Pour chaque risque, nous choisissons d'abord s'il vaut mieux l'éviter, le réduire, le transférer ou "
            "l'accepter, en comparant le coût de l'action à la perte qu'elle évite. Nous n'avons rien pu éviter : "
            "renoncer aux fermes sans réseau aurait vidé le projet de son sens, puisque ce sont souvent les plus "
            "isolées et les plus exposées aux pertes de lait. Nous réduisons donc R1 par des sondes qui gardent "
            "sept jours de relevés en mémoire, et R2 par une charte écrite avec les producteurs qui dit qui voit "
            "les données et pour quoi faire. Le retard des sondes est en partie transféré au fournisseur par une "
            "pénalité de retard inscrite au contrat. Le retard du versement régional est accepté : la trésorerie "
            "de la coopérative le couvre sans difficulté.",
            "Nous gardons une provision pour aléas de 36 000 euros, soit 7,5 % du budget, que seul le comité de "
            "pilotage peut engager, sur proposition du chef de projet et avec une trace écrite de la décision. "
            "Elle sera rendue au budget général si elle n'a pas servi à la fin du déploiement."]),
        "response-plans": dict(status="ok", tables=[[
            ["R1", "réduire", "sondes avec mémoire de sept jours", "relevé manuel par le chauffeur",
             "14 000 €", "DSI", "mars 2027", "8"],
            ["R2", "réduire", "charte des données signée en assemblée", "installation reportée et visite de la présidente",
             "3 000 €", "présidente", "février 2027", "6"],
            ["R4", "réduire", "prototype d'échange dès janvier", "saisie des alertes par la qualité", "6 000 €",
             "chef de projet", "janvier 2027", "5"]]]),
        "monitoring-governance": dict(status="thin", retitle="Qui surveille, et à quel rythme ?", text=[
            "Le chef de projet tient le registre et le met à jour chaque lundi. Le comité de pilotage le relit "
            "une fois par mois. Un risque qui dépasse 15 remonte au bureau dans la semaine. La responsable qualité "
            "reçoit une copie."]),
        "rating-scales": dict(status="missing"),
    },
)
