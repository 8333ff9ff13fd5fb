from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: a chain of eleven bakeries in the Berry steers the launch of online ordering with pick-up in
    store. Guidance deleted. The rituals heading retyped "Nos réunions", the indicator-choice heading retyped
    "Pourquoi ces indicateurs ?" and the corrective-actions heading retyped "Ce qu'on corrige" (runs replaced,
    bookmarks lost); the dashboard's prompt left in place (no mock-up drawn yet); the reporting section is two
    sentences (thin); the other tables filled, the forecast/actual one with the first two months.""",
    cover={"company": "Les Fournées du Berry", "candidate": "Mathilde Roux", "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", text=[
            "Les Fournées du Berry comptent onze boulangeries entre Bourges et Vierzon. Depuis le 5 octobre, les "
            "clients peuvent commander leur pain et leurs viennoiseries en ligne la veille, et les retirer en "
            "boutique dès 6 h 30. L'objectif de l'année est que la commande en ligne représente 8 % des ventes en "
            "septembre 2027, contre 1 % aujourd'hui, sans ajouter de gaspillage en fin de journée.",
            "Le projet réunit des gens qui n'ont pas l'habitude de travailler ensemble : les onze gérantes de "
            "boutique, le fournil central qui cuit pour tout le réseau, l'agence web de Tours qui maintient le "
            "site, et la comptabilité. Le gérant du groupe, Bernard Aucouturier, décide du budget et des "
            "objectifs ; je coordonne le projet et je suis la seule à tenir les chiffres, pour qu'il n'y ait "
            "qu'une version de la vérité. Chaque boutique a une référente, souvent la gérante, qui remonte ce "
            "qu'elle voit au comptoir.",
            "Nous avons voulu une organisation légère : peu de réunions, mais toujours avec un ordre du jour, des "
            "chiffres envoyés la veille et une liste de décisions à la fin. Ce qui n'est pas décidé en réunion "
            "peut l'être par message écrit entre deux, à condition d'être noté dans le fichier de suivi."]),
        "rituals": dict(status="ok", retitle="Nos réunions", skip_cols=1, tables=[[
            [None, "Bernard Aucouturier, Mathilde, chef du fournil", "une fois par mois", "tableau de bord, écarts du mois", "budget, objectifs, arbitrages", "1 h"],
            [None, "Mathilde et les onze référentes", "tous les quinze jours, en visio", "remontées des boutiques, chiffres", "actions par boutique", "45 min"],
            [None, "Mathilde et l'agence web", "chaque semaine", "bugs, statistiques du site", "corrections à faire", "30 min"],
            [None, "chef du fournil et Mathilde", "chaque jour à 14 h", "commandes du lendemain", "quantités à cuire", "10 min"],
            [None, "comptabilité et Mathilde", "chaque mois", "ventes et invendus", "calcul de la marge", "30 min"]]]),
        "kpi-selection": dict(status="ok", retitle="Pourquoi ces indicateurs ?", text=[
            "Nous avons listé une vingtaine de chiffres possibles avant d'en garder cinq. Le critère était simple : "
            "un indicateur ne reste au tableau que s'il peut déclencher une décision. Le nombre de visites du site, "
            "par exemple, a été écarté : il monte et descend avec la météo sans que nous puissions rien y faire.",
            "Les cinq retenus suivent le parcours d'une commande : combien de clients commandent, combien "
            "reviennent, est-ce que la commande est prête à l'heure, combien de produits restent invendus, et ce "
            "que la vente en ligne rapporte une fois payés l'agence et les frais bancaires. Le quatrième est le "
            "plus important pour le gérant : la vente en ligne devait réduire le gaspillage, pas l'augmenter. "
            "Chaque indicateur a un propriétaire nommé et un seuil au-delà duquel il passe au rouge ; ces seuils "
            "viennent des trois boutiques pilotes de l'été et seront révisés en mars."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Clients ayant commandé en ligne", "atteindre 8 % des ventes", "clients distincts sur le mois", "site", "mensuel", "2 500 en mars", "< 1 800", "Mathilde", "offre de bienvenue en boutique"],
            ["Taux de réachat", "fidéliser", "clients revenus sous 30 jours / clients du mois", "site", "mensuel", "45 %", "< 30 %", "référentes", "carte de fidélité en ligne"],
            ["Commandes prêtes à l'heure", "qualité du retrait", "commandes prêtes à 6 h 30 / total", "fiche boutique", "hebdo", "98 %", "< 95 %", "chef du fournil", "revoir la tournée de livraison"],
            ["Invendus en fin de journée", "limiter le gaspillage", "valeur des invendus / production", "caisses", "hebdo", "< 6 %", "> 8 %", "gérantes", "ajuster les quantités cuites"],
            ["Marge de la vente en ligne", "rentabilité", "ventes en ligne moins coûts du site", "comptabilité", "mensuel", "positive en juin", "négative 3 mois de suite", "Bernard Aucouturier", "renégocier l'agence"]]]),
        "dashboard": dict(status="placeholder"),
        "gap-analysis": dict(status="ok", text=[
            "Chaque mois, la comptabilité nous envoie le réalisé boutique par boutique et je le compare à la "
            "prévision faite en septembre, mois par mois. Je regarde l'écart en valeur et en pourcentage : moins "
            "de 10 % reste vert, entre 10 et 25 % orange, au-delà rouge. Un écart rouge est expliqué par écrit "
            "avant le comité, avec la référente concernée.",
            "Nous cherchons la cause avant l'action. En novembre, les commandes en ligne étaient en retard de 30 % "
            "sur la prévision ; en regardant boutique par boutique, trois boutiques de centre-ville faisaient "
            "l'essentiel du retard, parce que le retrait y était placé derrière la file d'attente habituelle. Ce "
            "n'était donc pas un problème d'offre mais d'organisation du comptoir. À l'inverse, les invendus sont "
            "restés stables, ce qui rassure le gérant. Nous séparons les écarts ponctuels, comme une grève des "
            "transports, des écarts qui durent et qui obligent à revoir la prévision."]),
        "forecast-actual": dict(status="ok", tables=[[
            ["Clients en ligne", "octobre", "900", "780", "-120", "-13 %", "orange", "démarrage plus lent dans trois boutiques"],
            ["Clients en ligne", "novembre", "1 400", "980", "-420", "-30 %", "rouge", "retrait placé derrière la file d'attente"],
            ["Invendus", "novembre", "6 %", "5,8 %", "-0,2 pt", "-3 %", "vert", "quantités bien calées par le fournil"]]]),
        "corrective-actions": dict(status="ok", retitle="Ce qu'on corrige", tables=[[
            ["clients en ligne -30 % en novembre", "retrait derrière la file d'attente", "comptoir de retrait séparé, à l'entrée", "gérantes des trois boutiques", "15 décembre", "retrait en moins d'une minute", "clients ayant commandé en ligne"],
            ["réachat à 34 %", "les clients oublient de commander la veille", "rappel par SMS le jeudi soir", "agence web", "début janvier", "réachat à 45 %", "taux de réachat"],
            ["quatre commandes non prêtes en une semaine", "livraison du fournil trop tardive à Vierzon", "départ du camion avancé de 20 minutes", "chef du fournil", "immédiat", "98 % prêtes à l'heure", "commandes prêtes à l'heure"]]]),
        "reporting-escalation": dict(status="thin", text=[
            "Le tableau de bord part le 5 de chaque mois au gérant et aux référentes. Deux mois rouges de suite, "
            "ou une marge négative, remontent directement à Bernard Aucouturier."]),
    },
)
