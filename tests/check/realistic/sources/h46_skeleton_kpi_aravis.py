from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 46 (h46_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Coop'Aravis, a cooperative of 46 farmers around Thônes, launches online ordering with
    refrigerated lockers in four villages; the candidate, its project lead, writes the steering and KPI part.
    Guidance boxes deleted. The governance heading retyped "Qui pilote le projet ?" and the gap analysis
    "Où en sommes-nous par rapport au prévu ?" (runs replaced, bookmarks lost); the reporting heading retyped
    "Remontée des alertes" keeping its bookmark. Every table filled (the pre-filled meeting names kept). The
    choice of indicators is one short paragraph (thin); the dashboard was deleted with its heading (missing).""",
    cover={"company": "Coop'Aravis", "project": "Casiers fermiers connectés", "candidate": "Léa Bastard-Rosset",
           "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", retitle="Qui pilote le projet ?", text=[
            "Le projet Casiers fermiers est porté par le conseil d'administration de la coopérative, qui a voté "
            "en juin un budget de 210 000 euros pour quatre casiers réfrigérés, la boutique en ligne et une "
            "personne à mi-temps pour la logistique. Le président, Bernard Missillier, arbitre les choix qui "
            "touchent aux prix et aux producteurs ; je pilote le projet au quotidien et je rends compte au "
            "bureau chaque mois.",
            "Trois producteurs référents, un par filière (fromages, viandes, légumes), participent aux décisions "
            "sur l'assortiment et les tournées de remplissage. La mairie de Thônes et la communauté de communes "
            "nous prêtent les emplacements des casiers et siègent au comité de pilotage, parce que deux casiers "
            "sont sur des parkings publics. Le prestataire de la boutique en ligne, une agence d'Annecy, vient "
            "aux revues de sprint tant que le site n'est pas stabilisé.",
            "La règle que nous nous sommes donnée : toute décision prise en réunion est écrite dans le relevé "
            "partagé, avec un nom et une date, et relue au début de la réunion suivante."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "président, bureau, mairie, communauté de communes, cheffe de projet", "trimestrielle",
             "tableau de bord, budget consommé", "arbitrages budgétaires, nouveaux casiers", "1 h 30"],
            [None, "cheffe de projet, 3 producteurs référents, logisticien", "mensuelle",
             "ventes par filière, ruptures", "assortiment, tournées", "1 h"],
            [None, "cheffe de projet, producteurs volontaires", "mensuelle",
             "ventes, avis clients", "promotions et paniers de saison", "45 min"],
            [None, "cheffe de projet, agence web", "toutes les deux semaines",
             "bugs, demandes des producteurs", "priorités du site", "1 h"],
            [None, "cheffe de projet, logisticien", "chaque matin de livraison",
             "commandes du jour, casiers pleins", "ordre de la tournée", "10 min"]]]),
        "kpi-selection": dict(status="thin", text=[
            "Nous avons retenu peu d'indicateurs, ceux que le logisticien et moi pouvons relever sans outil "
            "supplémentaire, et qui disent si les clients reviennent et si les producteurs y gagnent."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Commandes par semaine", "mesurer l'adoption", "nombre de commandes payées", "boutique en ligne",
             "hebdomadaire", "350 en juin 2027", "moins de 200", "cheffe de projet", "campagne auprès des villages"],
            ["Taux de clients qui recommandent", "fidélité", "clients ayant commandé 2 fois en 30 jours / clients",
             "boutique en ligne", "mensuelle", "45 %", "moins de 30 %", "cheffe de projet", "offre de bienvenue"],
            ["Casiers en panne de froid", "sécurité sanitaire", "heures hors 0-4 °C / heures totales",
             "sondes des casiers", "quotidienne", "0 %", "plus de 1 %", "logisticien", "intervention sous 2 h"],
            ["Part du prix reversée aux producteurs", "rémunération juste", "reversé / chiffre d'affaires",
             "comptabilité", "mensuelle", "78 %", "moins de 72 %", "trésorier", "revoir les frais de port"]]]),
        "dashboard": dict(status="missing"),
        "gap-analysis": dict(status="ok", retitle="Où en sommes-nous par rapport au prévu ?", text=[
            "Après quatre mois, les commandes sont en retard sur le prévu : 190 par semaine en novembre contre "
            "260 attendues. Le retard vient presque entièrement des casiers de La Clusaz et du Grand-Bornand, "
            "installés sur des parkings où les habitants ne passent pas l'hiver en semaine. Ceux de Thônes et "
            "de Saint-Jean-de-Sixt dépassent au contraire l'objectif.",
            "La fidélité est bonne, meilleure que prévu, ce qui nous dit que le service plaît à ceux qui "
            "l'essaient. Le vrai souci est sanitaire : deux coupures de froid en octobre, dues à une prise "
            "mal protégée, ont obligé à jeter 40 kilos de fromage. La part reversée aux producteurs reste juste "
            "sous la cible, parce que les frais de carte bancaire ont été sous-estimés.",
            "Ces écarts ne remettent pas en cause le projet, mais ils montrent que l'emplacement d'un casier compte "
            "plus que son nombre : avant d'en ouvrir un cinquième, nous voulons que les quatre premiers tiennent "
            "leurs objectifs pendant trois mois d'affilée."]),
        "forecast-actual": dict(status="ok", tables=[[
            ["Commandes par semaine", "novembre 2026", "260", "190", "-70", "-27 %", "rouge",
             "deux casiers mal placés"],
            ["Clients qui recommandent", "novembre 2026", "35 %", "41 %", "+6 pts", "+17 %", "vert",
             "paniers de saison appréciés"],
            ["Casiers en panne de froid", "octobre 2026", "0 %", "1,8 %", "+1,8 pt", "—", "rouge",
             "prise électrique du casier de Thônes"],
            ["Part reversée aux producteurs", "novembre 2026", "78 %", "76 %", "-2 pts", "-3 %", "orange",
             "frais bancaires sous-estimés"]]]),
        "corrective-actions": dict(status="ok", tables=[[
            ["casiers de La Clusaz et du Grand-Bornand peu utilisés", "emplacement sur parking touristique",
             "déplacer un casier devant l'école, l'autre près de la supérette", "cheffe de projet", "février 2027",
             "+60 commandes par semaine", "commandes par semaine"],
            ["coupures de froid", "prise non protégée", "prise étanche et alarme SMS", "logisticien",
             "décembre 2026", "zéro coupure", "casiers en panne de froid"],
            ["reversement sous la cible", "frais de carte bancaire", "seuil de commande à 15 euros",
             "trésorier", "janvier 2027", "retour à 78 %", "part reversée"]]]),
        "reporting-escalation": dict(status="ok", retitle="Remontée des alertes", keep_bookmark=True, text=[
            "Chaque lundi, j'envoie au bureau une page avec les quatre indicateurs et leur couleur. Un indicateur "
            "rouge deux semaines de suite remonte au président, qui peut réunir le bureau sous huit jours. Une "
            "alerte de froid, elle, n'attend pas : la sonde envoie un SMS au logisticien et à moi, et si le "
            "casier n'est pas revenu à la bonne température en deux heures, il est vidé et fermé.",
            "Au comité de pilotage, je présente en plus les écarts du trimestre et les actions décidées, pour que la "
            "mairie et la communauté de communes voient ce qui a été fait de leurs emplacements."]),
    },
)
