DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted. The objectives heading retyped "Nos objectifs
    pour 2027" (runs replaced, bookmark lost); the value proposition canvas filled cell by cell; the marketing mix
    filled; the commercial budget and the process map deleted; the project processes still our prompt; the
    positioning text is short (thin).""",
    cover={"project": "Sentinelle Verte", "client": "Sentinelle Verte SAS", "candidate": "Baptiste Roig"},
    sections={
        "market-diagnosis": dict(status="ok", text=[
            "Sentinelle Verte, start-up montpelliéraine de neuf personnes, vend des sondes d'humidité connectées "
            "pour les vignes. Une sonde plantée à 60 cm mesure l'eau disponible pour la vigne et envoie la mesure "
            "toutes les heures par le réseau LoRa ; l'application indique au vigneron quand irriguer et combien. "
            "L'offre est vendue sous forme d'abonnement : 290 euros par sonde et par an, matériel et application "
            "compris. Après deux ans, 140 domaines l'utilisent, surtout dans l'Hérault.",
            "Le marché est porté par les sécheresses : la surface de vigne irriguée en Occitanie a doublé en dix "
            "ans et atteint 70 000 hectares, et les préfectures imposent désormais des volumes d'eau plafonnés. "
            "Trois concurrents sont présents : Weenat, généraliste et bien implanté chez les céréaliers ; un "
            "fabricant israélien haut de gamme vendu par les installateurs d'irrigation ; et les coopératives, "
            "qui proposent des relevés manuels par leurs techniciens. Notre force est la précision sur la vigne "
            "et le conseil agronomique intégré ; notre faiblesse, une petite équipe commerciale de deux personnes "
            "et une marque inconnue hors de l'Hérault."]),
        "commercial-objectives": dict(status="ok", retitle="Nos objectifs pour 2027", text=[
            "Nous visons 420 domaines abonnés fin 2027, contre 140 aujourd'hui, et un chiffre d'affaires récurrent "
            "de 610 000 euros. Pour y arriver, nous suivons quatre indicateurs chaque mois : le nombre de démonstrations "
            "réalisées sur le terrain (objectif : 40 par mois en saison), le taux de transformation démonstration "
            "en abonnement (objectif : 30 %), le nombre de sondes par domaine (objectif : 4,5 contre 3,2) et le taux "
            "de renouvellement annuel (objectif : 90 %). Les deux premiers indicateurs sont suivis dans HubSpot, les "
            "deux autres dans notre base d'abonnements. Si le taux de transformation reste sous 20 % pendant deux mois de saison, nous revoyons le discours de démonstration avec l'agronome avant d'augmenter le nombre de visites."]),
        "stp": dict(status="ok", text=[
            "Nous avons segmenté les exploitations viticoles selon trois critères : la surface, l'accès à l'irrigation "
            "et le mode de commercialisation. Les caves coopératives et les grands domaines sont les plus "
            "intéressants : ils irriguent déjà, ont des contraintes de volume et un technicien capable d'utiliser les "
            "données. Nous retenons en cible principale les domaines de 20 à 80 hectares qui irriguent, et en cible "
            "secondaire les caves coopératives, qui peuvent équiper les parcelles de leurs adhérents. Les petits "
            "domaines sans irrigation ne sont pas ciblés : le gain pour eux est trop faible. Notre positionnement s'appuie sur ce qui nous distingue des trois concurrents : la vigne seulement, et un agronome joignable qui interprète les mesures. Nous ne cherchons pas à être les moins chers, mais les plus utiles à une décision d'irrigation, y compris face aux contrôles de la préfecture."]),
        "segmentation": dict(status="ok", tables=[[
            ["Domaines irrigués 20–80 ha", "domaines indépendants avec goutte-à-goutte", "1 900 en Occitanie", "réduire l'eau, justifier les volumes", "5", "principale"],
            ["Caves coopératives", "caves avec service technique", "160", "conseiller les adhérents", "4", "secondaire"],
            ["Petits domaines non irrigués", "moins de 20 ha, sans irrigation", "6 500", "anticiper le stress hydrique", "2", "non ciblé"]]]),
        "positioning": dict(status="thin", text=[
            "Pour les domaines irrigués, Sentinelle Verte est la sonde qui dit quand arroser la vigne, avec le conseil d'un agronome."]),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches du client : décider chaque semaine d'irriguer ou non, déclarer les volumes", "Problèmes : volumes plafonnés, tours de parcelles chronophages, peur du stress hydrique"],
            ["Bénéfices attendus : moins d'eau, rendement préservé, preuves pour la préfecture", "Produits et services : sonde LoRa, application, conseil agronomique hebdomadaire"],
            ["Réducteurs de problèmes : alerte avant le stress, rapport de volumes automatique", "Créateurs de bénéfices : 25 % d'eau économisée en moyenne, un tour de parcelle en moins par semaine"]]]),
        "marketing-mix": dict(status="ok", skip_cols=1, tables=[[
            [None, "abonnement sonde + application + conseil", "répond au besoin de décision, pas seulement de mesure"],
            [None, "290 € par sonde et par an, dégressif dès 5 sondes", "moins cher que l'offre israélienne, plus cher que Weenat"],
            [None, "vente directe et via les caves coopératives", "les caves touchent les domaines que nous ne connaissons pas"],
            [None, "démonstrations en parcelle, salon Vinitech, presse viticole", "les vignerons achètent ce qu'ils ont vu chez un voisin"],
            [None, "deux commerciaux et un agronome", "le conseil est notre différence"],
            [None, "installation en une heure, essai gratuit de 30 jours", "lever la peur de l'engagement"],
            [None, "courbes d'humidité partagées entre voisins", "la preuve par les parcelles voisines"]]]),
        "deployment-plan": dict(status="ok", tables=[[
            ["Démonstrations chez 10 domaines pilotes du Gard", "domaines irrigués", "40 abonnements", "terrain", "commercial 1", "mars", "juin", "12 k€", "démonstrations"],
            ["Partenariat avec 3 caves coopératives", "coopératives", "150 sondes", "direct", "fondateur", "avril", "septembre", "8 k€", "sondes posées"],
            ["Stand à Vinitech", "tous", "200 contacts", "salon", "marketing", "novembre", "novembre", "15 k€", "contacts qualifiés"]]]),
        "commercial-budget": dict(status="missing"),
        "project-processes": dict(status="placeholder"),
        "process-map": dict(status="missing"),
        "raci": dict(status="ok", tables=[[
            ["Démonstrations terrain", "I", "A", "C", "R", "C", "I"],
            ["Partenariats coopératives", "A", "R", "C", "R", "I", "I"],
            ["Installation et support", "I", "A", "I", "C", "R", "R"]]]),
    },
)
