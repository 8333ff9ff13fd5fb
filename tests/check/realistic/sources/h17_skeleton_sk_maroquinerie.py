from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the project lead of Cuirs de Sarthe, a leather-goods workshop in Le Mans, steers the launch of
    its online shop and made-to-order service. Guidance deleted. The governance heading retyped "Qui pilote quoi ?"
    and the gap analysis retyped "Mars 2027 : où en est-on vraiment ?" (runs replaced, bookmarks lost). The
    choice of indicators holds two sentences, under its minimum (thin); the reporting section deleted with its
    heading (missing); every other section written, tables filled, the dashboard drawn as a picture.""",
    cover={"company": "Cuirs de Sarthe – maroquinerie artisanale", "candidate": "Théo Brochard",
           "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", retitle="Qui pilote quoi ?", text=[
            "Cuirs de Sarthe fabrique des sacs, ceintures et portefeuilles dans un atelier de douze artisans au "
            "Mans. Jusqu'ici, 80 % des ventes passaient par deux boutiques et trois salons par an. Le projet que "
            "je pilote ouvre une boutique en ligne et un service de fabrication sur mesure, avec un budget de "
            "145 000 euros sur dix-huit mois et une mise en ligne prévue en janvier 2027.",
            "La gérante, Claire Ménard, tranche sur le budget et les priorités ; elle préside un comité qui se "
            "réunit chaque mois. Je porte le projet au quotidien avec la responsable commerciale et le chef "
            "d'atelier, qui doit dire si les délais du sur-mesure sont tenables. L'agence web qui développe la "
            "boutique rend compte toutes les deux semaines. Quand un indicateur passe au rouge deux mois de "
            "suite, la décision remonte au comité ; sinon, elle se prend dans l'équipe, sans attendre.",
            "Cette organisation reste légère parce que l'entreprise est petite : personne n'a le temps de "
            "préparer des rapports que personne ne lit."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "gérante, chef de projet, comptable", "mensuel", "tableau de bord, budget", "arbitrages, budget", "1 h"],
            [None, "chef de projet, agence, chef d'atelier", "toutes les deux semaines", "avancement, anomalies", "priorités du sprint", "45 min"],
            [None, "responsable commerciale, chef de projet", "mensuel", "ventes en ligne, paniers", "promotions, relances", "30 min"],
            [None, "chef de projet, agence", "hebdomadaire", "tickets ouverts", "corrections", "30 min"],
            [None, "équipe atelier", "chaque matin", "commandes sur mesure du jour", "répartition du travail", "10 min"]]]),
        "kpi-selection": dict(status="thin", text=[
            "J'ai gardé peu d'indicateurs, ceux que l'atelier peut relever sans effort : les ventes en ligne, "
            "le délai du sur-mesure et la satisfaction des clients. Les autres viendront plus tard."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Ventes en ligne", "atteindre 25 % du chiffre d'affaires", "CA en ligne / CA total", "Shopify et comptabilité",
             "mensuelle", "25 % fin 2027", "moins de 10 %", "responsable commerciale", "campagne ciblée"],
            ["Délai sur mesure", "livrer en trois semaines", "jours entre commande et expédition", "carnet d'atelier",
             "hebdomadaire", "21 jours", "plus de 28 jours", "chef d'atelier", "revoir le planning"],
            ["Satisfaction", "fidéliser", "note moyenne des avis", "avis vérifiés", "mensuelle", "4,6 / 5",
             "moins de 4,2", "chef de projet", "appeler les clients déçus"]]]),
        "dashboard": dict(status="ok", text=[
            "Le tableau de bord tient sur une page, mis à jour le premier lundi du mois dans Looker Studio, à "
            "partir des exports de la boutique et du carnet d'atelier."],
            image=["Ventes en ligne : 14 %", "Délai sur mesure : 26 j", "Satisfaction : 4,5", "Budget : 61 % consommé"],
            caption="Tableau de bord de mars 2027"),
        "gap-analysis": dict(status="ok", retitle="Mars 2027 : où en est-on vraiment ?", text=[
            "Trois mois après l'ouverture, les ventes en ligne pèsent 14 % du chiffre d'affaires contre 18 % "
            "prévus. L'écart ne vient pas du trafic, qui dépasse nos attentes, mais du panier : les visiteurs "
            "regardent les sacs à 390 euros et n'achètent que des ceintures. Les photos ne montrent pas assez le "
            "travail du cuir, et la livraison payante fait abandonner un panier sur deux.",
            "Le délai du sur-mesure dérape aussi : 26 jours au lieu de 21. Le chef d'atelier l'explique par les "
            "commandes arrivées toutes en même temps à Noël et par une piqueuse absente en février. Le budget, "
            "lui, est tenu. Ces écarts restent sous nos seuils d'alerte, mais je les présente au comité d'avril "
            "pour décider avant l'été.",
            "Je note enfin que la satisfaction reste bonne : les clients qui reçoivent leur sac sont contents, "
            "ce sont les délais qu'ils commentent, pas la qualité du travail."]),
        "forecast-actual": dict(status="ok", tables=[[
            ["Ventes en ligne", "T1 2027", "18 %", "14 %", "-4 pts", "-22 %", "orange", "panier moyen trop faible"],
            ["Délai sur mesure", "T1 2027", "21 j", "26 j", "+5 j", "+24 %", "orange", "pic de Noël, absence"],
            ["Satisfaction", "T1 2027", "4,6", "4,5", "-0,1", "-2 %", "vert", "quelques retards signalés"]]]),
        "corrective-actions": dict(status="ok", tables=[[
            ["Panier faible", "photos peu parlantes, livraison payante", "vidéos d'atelier, livraison offerte dès 150 €",
             "responsable commerciale", "mai 2027", "panier +30 %", "ventes en ligne"],
            ["Délai trop long", "pics de commandes", "plafond de commandes par semaine, une apprentie en renfort",
             "chef d'atelier", "juin 2027", "retour à 21 jours", "délai sur mesure"]]]),
        "reporting-escalation": dict(status="missing"),
    },
)
