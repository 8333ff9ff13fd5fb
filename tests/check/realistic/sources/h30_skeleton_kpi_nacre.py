from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Nacre Ré, a cooperative of 23 oyster farmers on the Île de Ré, opens an online shop with
    48-hour chilled delivery before Christmas, and the candidate explains how the launch is steered. Guidance boxes
    deleted. The governance heading retyped "Qui tient la barre ?" and the forecast/actual table retyped
    "Décembre 2026 : objectif et réalité" (runs replaced, bookmarks lost). The rituals table filled (its pre-filled
    row labels kept), the KPI table filled with two rows added, the dashboard drawn with a caption, the
    forecast/actual and corrective action tables filled. The choice of indicators is only a few lines (thin); the
    reporting section was deleted with its heading (missing).""",
    cover={"company": "Nacre Ré", "candidate": "Élodie Rivière", "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", retitle="Qui tient la barre ?", text=[
            "Nacre Ré regroupe vingt-trois ostréiculteurs de l'île, qui vendaient jusqu'ici presque toute leur "
            "production à des mareyeurs. Pour garder une part plus grande du prix, la coopérative ouvre en novembre "
            "2026 une boutique en ligne : bourriches de 3 à 6 douzaines, livrées en 48 heures dans un colis "
            "réfrigéré partout en France métropolitaine. Les fêtes de fin d'année représentent à elles seules 60 % "
            "des ventes d'huîtres : le lancement ne peut pas rater décembre.",
            "Le président de la coopérative, Yannick Bouyer, porte le projet devant le conseil d'administration. "
            "Un comité de pilotage se réunit le premier lundi du mois : le président, la trésorière, la "
            "responsable commerciale, moi-même comme cheffe de projet et un représentant du transporteur. Il décide "
            "du budget, des promotions et des actions quand un chiffre dérape. Chaque semaine, un point plus court "
            "réunit l'équipe qui prépare les colis, le service client et l'agence qui a construit le site. Les "
            "ventes et les retards de livraison arrivent automatiquement depuis Shopify et le portail du "
            "transporteur ; je prépare la veille de chaque réunion une page qui ne montre que ce qui a changé."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "président, trésorière, responsable commerciale, cheffe de projet, transporteur", "mensuelle",
             "page de synthèse, tableau de bord", "budget, promotions, actions correctives", "1 h"],
            [None, "cheffe de projet, agence web, service client", "hebdomadaire, le mardi",
             "incidents du site, retours clients", "corrections prioritaires", "45 min"],
            [None, "responsable commerciale, deux producteurs", "hebdomadaire, le vendredi",
             "commandes de la semaine, stocks par calibre", "prix et mises en avant du week-end", "30 min"],
            [None, "agence web, cheffe de projet", "toutes les deux semaines", "nouvelles pages, tests",
             "mise en ligne ou non", "1 h"],
            [None, "équipe colisage", "chaque matin en décembre", "commandes du jour",
             "nombre de bourriches à préparer par producteur", "10 min"]]]),
        "kpi-selection": dict(status="thin", text=[
            "Nous avons gardé peu d'indicateurs, parce que la coopérative n'a pas le temps d'en lire beaucoup. "
            "Trois suivent les ventes (commandes, panier moyen, clients qui recommandent), deux suivent la "
            "livraison, qui est notre vrai risque, et un suit le budget. Chacun a un responsable."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Commandes en ligne", "4 000 commandes de novembre à janvier", "commandes payées", "Shopify",
             "hebdomadaire", "1 800 en décembre", "< 1 200 en décembre", "responsable commerciale",
             "campagne auprès des anciens clients des marchés"],
            ["Panier moyen", "au moins 52 euros", "chiffre d'affaires / commandes", "Shopify", "hebdomadaire",
             "52 €", "< 45 €", "responsable commerciale", "offre vin blanc et couteau à huîtres"],
            ["Livraisons à l'heure", "colis frais à temps", "colis livrés en 48 h / colis expédiés",
             "portail transporteur", "quotidienne en décembre", "97 %", "< 93 %", "cheffe de projet",
             "expédition avancée au matin, second transporteur"],
            ["Colis abîmés ou tièdes", "zéro client malade", "réclamations fraîcheur / colis livrés",
             "service client", "quotidienne en décembre", "< 0,5 %", "> 1 %", "service client",
             "changer les plaques eutectiques, rembourser sans discuter"],
            ["Clients qui recommandent", "fidéliser après Noël", "clients avec 2 commandes ou plus / clients",
             "Shopify", "mensuelle", "25 %", "< 15 %", "responsable commerciale", "bon de réduction en février"],
            ["Budget du lancement", "rester sous 65 000 €", "dépenses engagées / budget", "comptabilité",
             "mensuelle", "au plan", "> 10 % au-dessus", "trésorière", "reporter la publicité de janvier"]]]),
        "dashboard": dict(status="ok", image=["Commandes", "Panier moyen", "Livraisons 48 h", "Réclamations",
                                               "Budget"],
                          caption="Page d'accueil du tableau de bord dans Looker Studio, mise à jour chaque nuit.",
                          text=["Une seule page, lue en comité : chaque chiffre a sa pastille verte, orange ou "
                                "rouge et sa courbe sur huit semaines."]),
        "gap-analysis": dict(status="ok", text=[
            "Chaque lundi de décembre, je compare les chiffres de la semaine à ce que nous avions prévu en "
            "septembre. Jusqu'à 10 % d'écart, nous ne faisons rien ; entre 10 et 20 %, je cherche l'explication "
            "avec la personne responsable de l'indicateur ; au-delà, la question monte au comité, ou au président "
            "directement si le comité n'a pas lieu avant huit jours. Pour la fraîcheur, la règle est plus dure : "
            "la moindre hausse des réclamations déclenche une enquête le jour même.",
            "La première quinzaine de décembre 2026 a servi de test grandeur nature. Les commandes dépassaient "
            "l'objectif, mais 9 % des colis arrivaient après 48 heures. En reprenant les numéros de suivi, nous "
            "avons vu que presque tous les retards partaient du même dépôt régional, saturé le lundi. Ce n'était "
            "pas notre préparation qui posait problème, mais le jour d'expédition."]),
        "forecast-actual": dict(status="ok", retitle="Décembre 2026 : objectif et réalité", tables=[[
            ["Commandes en ligne", "1er au 15 déc.", "800", "930", "+130", "+16 %", "vert",
             "bouche-à-oreille et article de Sud Ouest"],
            ["Livraisons à l'heure", "1er au 15 déc.", "97 %", "91 %", "-6 pts", "-6 %", "rouge",
             "dépôt régional saturé le lundi"],
            ["Colis abîmés ou tièdes", "1er au 15 déc.", "0,5 %", "1,2 %", "+0,7 pt", "+140 %", "rouge",
             "colis restés un jour de plus au dépôt"],
            ["Panier moyen", "1er au 15 déc.", "52 €", "47 €", "-5 €", "-10 %", "orange",
             "beaucoup de petites bourriches de 3 douzaines"]]]),
        "corrective-actions": dict(status="ok", tables=[[
            ["9 % des colis en retard", "expéditions du lundi bloquées au dépôt régional",
             "plus aucune expédition le lundi ; colis du week-end partis le mardi matin par un second transporteur",
             "cheffe de projet", "16 décembre", "retards sous 3 %", "livraisons à l'heure"],
            ["réclamations fraîcheur à 1,2 %", "colis restés 72 h dans la chaîne",
             "plaques eutectiques doublées et mention d'un retour gratuit", "service client", "16 décembre",
             "réclamations sous 0,5 %", "colis abîmés ou tièdes"],
            ["panier moyen à 47 €", "offre de 3 douzaines trop mise en avant",
             "page d'accueil centrée sur la bourriche de 6 douzaines et le coffret avec vin", "responsable commerciale",
             "18 décembre", "panier moyen à 51 €", "panier moyen"]]]),
        "reporting-escalation": dict(status="missing"),
    },
)
