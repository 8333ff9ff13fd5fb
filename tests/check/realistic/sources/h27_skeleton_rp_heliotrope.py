DOC = dict(
    deliverable="risk-policy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. Started from
    `mind-templates new risk-policy`, French: Héliotrope runs nine day-care centres in Lyon and replaces its
    paper attendance sheets and notebooks with tablets and an app for parents. Guidance boxes deleted; the
    objectives retyped "Pourquoi cette politique, et jusqu'où elle va", the register retyped "Nos risques, du plus
    lourd au plus léger" and the monitoring retyped "Qui suit quoi, et quand ?" by replacing their runs (bookmarks
    lost); the trigger indicators retyped "Signaux d'alerte" with the bookmark kept; the probability x impact
    grid deleted with its heading (the author never placed the risks); the response strategy still holds our
    prompt (placeholder) although the plans table under it is filled.""",
    cover={"company": "Groupe Héliotrope – crèches lyonnaises", "candidate": "Clarisse Montagnon",
           "school": "Web School Factory"},
    sections={
        "policy-objectives": dict(status="ok", retitle="Pourquoi cette politique, et jusqu'où elle va", text=[
            "Héliotrope gère neuf crèches à Lyon et Villeurbanne, soit 410 berceaux et 130 professionnelles de la "
            "petite enfance. Aujourd'hui, les arrivées et départs des enfants sont notés sur des feuilles papier, "
            "et chaque famille reçoit un cahier de liaison que l'équipe remplit à la main. Le projet Petits Pas "
            "remplace ces feuilles par des tablettes dans chaque section et donne aux parents une application "
            "où ils retrouvent les repas, les siestes et les messages de l'équipe. Le budget est de 210 000 euros "
            "sur quatorze mois, dont 60 000 euros pris en charge par la caisse d'allocations familiales.",
            "Cette politique dit comment nous repérons, notons, traitons et suivons ce qui pourrait faire échouer "
            "ce projet ou nuire aux enfants et aux familles. Elle couvre le choix de l'éditeur, l'équipement des "
            "neuf crèches, la reprise des dossiers et l'accompagnement des équipes ; la facturation aux familles "
            "reste hors périmètre. La direction accepte six semaines de retard et 8 % de dépassement au plus. Sur "
            "la protection des données des enfants, elle ne tolère aucun écart : tout risque qui touche ces "
            "données est traité en priorité, quel que soit son score."]),
        "identification-method": dict(status="ok", text=[
            "Nous avons commencé par trois matinées d'observation, à la crèche des Pentes, à celle de Gerland et à "
            "celle de Villeurbanne-Gratte-Ciel, pour voir à quels moments les équipes écrivent et ce qui se perd "
            "entre le matin et le soir. Ensuite, un atelier de deux heures a réuni deux directrices, trois "
            "auxiliaires, le référent informatique, une maman membre du conseil des parents et la déléguée à la "
            "protection des données : chacun a listé ce qui pourrait mal tourner, puis nous avons classé les "
            "idées par famille (technique, humain, juridique, fournisseur, financier, planning).",
            "Nous avons aussi lu le retour d'expérience d'un réseau de crèches grenoblois passé à une application "
            "en 2024 et appelé sa directrice. Chaque risque a été noté à plusieurs, de 1 à 5 pour sa probabilité et "
            "de 1 à 5 pour son impact, en suivant les échelles ci-dessous ; le produit donne le score. Le registre "
            "est relu à chaque comité de projet et chaque nouvelle idée de risque y entre le jour même."]),
        "rating-scales": dict(status="ok", skip_cols=1, tables=[[
            [None, "moins d'une chance sur dix", "moins de 2 000 €", "moins d'une semaine", "gêne ponctuelle, aucune famille touchée"],
            [None, "une chance sur cinq", "2 000 à 8 000 €", "une à deux semaines", "une crèche gênée pendant une journée"],
            [None, "une chance sur trois", "8 000 à 20 000 €", "deux à quatre semaines", "plaintes de plusieurs familles"],
            [None, "plus d'une chance sur deux", "20 000 à 40 000 €", "un à deux mois", "perte de confiance d'une crèche entière"],
            [None, "quasi certain", "plus de 40 000 €", "plus de deux mois", "atteinte aux données ou à la sécurité d'un enfant"]]]),
        "risk-register": dict(status="ok", retitle="Nos risques, du plus lourd au plus léger", tables=[[
            ["R1", "juridique", "fuite de photos ou de données d'enfants", "droits d'accès trop larges dans l'application",
             "2", "5", "10", "accès refusés ou anormaux dans le journal", "réduire", "DPO", "ouvert"],
            ["R2", "humain", "les équipes reviennent au papier", "saisie jugée trop lente aux heures d'arrivée",
             "4", "3", "12", "part des présences saisies sur tablette", "réduire", "directrice de réseau", "ouvert"],
            ["R3", "technique", "wifi trop faible dans les dortoirs", "murs épais des crèches anciennes",
             "3", "3", "9", "saisies perdues par jour", "réduire", "référent informatique", "ouvert"],
            ["R4", "fournisseur", "retard de l'éditeur sur la reprise des dossiers", "petite équipe chez l'éditeur",
             "3", "3", "9", "jalons de reprise tenus", "transférer", "chef de projet", "ouvert"],
            ["R5", "financier", "subvention de la CAF versée en retard", "dossier de justificatifs incomplet",
             "2", "2", "4", "accusé de réception de la CAF", "accepter", "contrôleur de gestion", "ouvert"],
            ["R6", "commercial", "parents qui refusent l'application", "crainte pour la vie privée",
             "2", "3", "6", "comptes parents non activés", "réduire", "directrices", "ouvert"]]]),
        "risk-matrix": dict(status="missing"),
        "trigger-indicators": dict(status="ok", retitle="Signaux d'alerte", keep_bookmark=True, tables=[[
            ["R1", "connexions refusées ou hors horaires", "plus de 5 par semaine", "journal de l'application",
             "chaque lundi", "DPO", "revue des droits et mot de passe changé"],
            ["R2", "présences saisies sur tablette", "moins de 85 % sur deux semaines", "tableau de bord de l'éditeur",
             "chaque quinzaine", "directrice de réseau", "binôme d'appui dans la crèche"],
            ["R3", "saisies perdues", "plus de 3 par jour", "remontées des auxiliaires", "chaque jour",
             "référent informatique", "borne wifi supplémentaire"],
            ["R4", "jalons de reprise manqués", "un jalon en retard de plus de 10 jours", "planning de l'éditeur",
             "chaque semaine", "chef de projet", "pénalités et renfort demandé"]]]),
        "response-strategy": dict(status="placeholder"),
        "response-plans": dict(status="ok", tables=[[
            ["R1", "réduire", "droits par section, photos floutées par défaut, audit avant ouverture",
             "coupure des partages et information de la CNIL sous 72 h", "6 500 €", "DPO", "avril 2027", "5"],
            ["R2", "réduire", "saisie en deux gestes testée avec les auxiliaires, formation sur place",
             "retour temporaire au papier dans la crèche concernée", "9 000 €", "directrice de réseau", "mai 2027", "6"],
            ["R3", "réduire", "mesure du wifi dans chaque crèche avant achat", "mode hors ligne de l'application",
             "7 200 €", "référent informatique", "mars 2027", "3"]]]),
        "monitoring-governance": dict(status="ok", retitle="Qui suit quoi, et quand ?", text=[
            "Le chef de projet tient le registre à jour et le présente chaque mardi en réunion d'équipe projet, "
            "avec les indicateurs de la semaine. Une fois par mois, le comité de projet, qui réunit la directrice "
            "générale, la directrice de réseau, la DPO et une représentante du conseil des parents, relit tous "
            "les risques dont le score dépasse 8 et décide des actions. Chaque directrice de crèche peut signaler "
            "un nouveau risque par un simple message au chef de projet ; il est noté et coté dans la semaine.",
            "Dès qu'un signal d'alerte franchit son seuil, le responsable du risque prévient le chef de projet le "
            "jour même, et tout risque touchant les données des enfants remonte directement à la directrice "
            "générale. À la fin du déploiement, nous tiendrons une réunion de bilan avec les neuf directrices pour "
            "noter ce qui a marché et ce qu'il faudra faire autrement lors du prochain projet numérique."]),
    },
)
