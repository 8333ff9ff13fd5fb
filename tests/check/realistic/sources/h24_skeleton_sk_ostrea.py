from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 24 (h24_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the project lead of Ostréa, an oyster farmers' cooperative in Marennes-Oléron, steers the
    launch of an ordering platform for restaurants and fishmongers. Guidance deleted. The governance heading
    retyped "Qui décide, et à quel moment ?" and the gap analysis retyped "Premier trimestre : ce qui a
    dérapé" (runs replaced, bookmarks lost). The choice of indicators still holds our prompt (placeholder);
    the dashboard deleted with its heading (missing); every other section written and its table filled.""",
    cover={"company": "Ostréa – coopérative ostréicole de Marennes-Oléron", "candidate": "Maëlle Robichon",
           "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", retitle="Qui décide, et à quel moment ?", text=[
            "Ostréa regroupe vingt-trois producteurs d'huîtres autour de Marennes. Jusqu'en 2026, les "
            "restaurateurs commandaient par téléphone, la veille au soir, et un tiers des commandes arrivaient "
            "avec une erreur de calibre ou de quantité. Le projet que je mène met en service une plateforme de "
            "commande en ligne pour les restaurants et les poissonniers, avec un budget de 92 000 euros sur "
            "quatorze mois et une ouverture prévue en février 2027.",
            "Le conseil de la coopérative, présidé par Jean-Marc Guérin, fixe le budget et arbitre quand deux "
            "producteurs ne sont pas d'accord sur les volumes. Un comité projet réunit chaque mois le président, "
            "la responsable commerciale, le chef de l'expédition et moi. Je tiens le tableau de suivi et je "
            "prépare les décisions ; l'agence bordelaise qui développe la plateforme me rend compte chaque "
            "semaine. Une règle simple : si un indicateur reste au rouge deux semaines, le sujet passe au "
            "comité suivant ; s'il touche au budget de plus de 5 %, il remonte au conseil.",
            "Les producteurs, eux, reçoivent un résumé d'une page après chaque comité, parce qu'ils sont en mer "
            "ou sur les parcs et ne viendront pas à des réunions de plus."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "conseil de la coopérative, chef de projet", "tous les trimestres", "bilan, budget consommé", "budget, arbitrages entre producteurs", "2 h"],
            [None, "président, responsable commerciale, expédition, chef de projet", "mensuel", "tableau de suivi, retours clients", "priorités, relances commerciales", "1 h 30"],
            [None, "responsable commerciale, chef de projet", "toutes les deux semaines", "commandes par client, paniers", "appels aux restaurants inactifs", "45 min"],
            [None, "chef de projet, agence web", "chaque lundi", "anomalies, évolutions demandées", "liste de la semaine", "30 min"],
            [None, "équipe d'expédition", "chaque matin à 5 h 30", "commandes du jour", "préparation des bourriches", "10 min"]]]),
        "kpi-selection": dict(status="placeholder"),
        "kpi-table": dict(status="ok", tables=[[
            ["Commandes en ligne", "faire passer les clients au web", "commandes web / commandes totales", "plateforme et carnet téléphone",
             "hebdomadaire", "70 % en juin 2027", "moins de 40 %", "responsable commerciale", "appel et démonstration au client"],
            ["Erreurs de livraison", "fiabiliser les envois", "bourriches non conformes / bourriches livrées", "réclamations clients",
             "hebdomadaire", "moins de 2 %", "plus de 5 %", "chef de l'expédition", "double contrôle au chargement"],
            ["Clients actifs", "garder les restaurants", "clients ayant commandé dans le mois", "plateforme",
             "mensuelle", "140", "moins de 100", "responsable commerciale", "offre de relance"],
            ["Budget consommé", "tenir l'enveloppe", "dépenses cumulées / budget", "comptabilité",
             "mensuelle", "au rythme du planning", "plus de 10 % d'avance", "chef de projet", "revoir le lot suivant"]]]),
        "dashboard": dict(status="missing"),
        "gap-analysis": dict(status="ok", retitle="Premier trimestre : ce qui a dérapé", text=[
            "Fin avril 2027, 46 % des commandes passent par la plateforme, contre 55 % prévus à cette date. "
            "Les poissonniers ont suivi très vite ; ce sont les restaurants de l'île d'Oléron qui continuent "
            "d'appeler, souvent parce que le chef commande à 23 h depuis son téléphone et que la page de "
            "commande s'affiche mal sur un petit écran. Nous l'avons vu en regardant les abandons de panier, "
            "pas en le devinant.",
            "Les erreurs de livraison sont passées de 31 % à 4 %, ce qui est la meilleure nouvelle du projet, "
            "mais ce chiffre reste au-dessus de notre cible de 2 %. En cherchant les causes avec l'équipe "
            "d'expédition, nous avons trouvé que presque toutes les erreurs restantes viennent des commandes "
            "passées par téléphone, recopiées à la main. Le budget est consommé à 58 % pour 60 % du planning : "
            "rien d'inquiétant.",
            "Je présenterai ces deux écarts au comité de mai, avec une proposition pour chacun."]),
        "forecast-actual": dict(status="ok", tables=[[
            ["Commandes en ligne", "T1 2027", "55 %", "46 %", "-9 pts", "-16 %", "orange", "restaurants d'Oléron, affichage mobile"],
            ["Erreurs de livraison", "T1 2027", "2 %", "4 %", "+2 pts", "+100 %", "orange", "commandes téléphonées recopiées"],
            ["Clients actifs", "T1 2027", "110", "118", "+8", "+7 %", "vert", "bouche-à-oreille des poissonniers"]]]),
        "corrective-actions": dict(status="ok", tables=[[
            ["Passage au web trop lent", "page de commande illisible sur téléphone", "refonte mobile de la page, commande en trois clics",
             "agence web", "juin 2027", "70 % de commandes en ligne", "commandes en ligne"],
            ["Erreurs encore à 4 %", "saisie manuelle des appels", "la responsable commerciale saisit les appels dans la plateforme",
             "responsable commerciale", "immédiat", "moins de 2 %", "erreurs de livraison"]]]),
        "reporting-escalation": dict(status="ok", text=[
            "Chaque vendredi, j'envoie au président et à la responsable commerciale un mail de cinq lignes : "
            "les quatre indicateurs, leur couleur et une phrase sur ce qui a bougé. Le compte rendu du comité "
            "mensuel part à tous les producteurs le lendemain, sur une page.",
            "Quand un indicateur passe au rouge, je préviens le président le jour même, par téléphone, sans "
            "attendre le comité. Si le problème touche à la qualité des huîtres livrées ou à plus de 5 % du "
            "budget, c'est le conseil qui tranche, réuni si besoin en visioconférence dans la semaine."]),
    },
)
