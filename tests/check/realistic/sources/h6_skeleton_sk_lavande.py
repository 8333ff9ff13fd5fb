from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: a Provençal cosmetics brand steers the launch of its monthly subscription box. Guidance
    deleted. The rituals heading retyped "Nos rendez-vous", the gap-analysis heading retyped "Où en est-on par
    rapport au prévu ?" and the reporting heading retyped "Qui prévient qui" (runs replaced, bookmarks lost); the
    forecast/actual table left as generated (empty: the first month had not closed); the reporting section short
    (thin); the dashboard mock-up drawn and captioned; the other tables filled.""",
    cover={"company": "Maison Lavande", "candidate": "Romain Vidal", "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", text=[
            "Maison Lavande fabrique savons et huiles de soin à Manosque et vend surtout en boutique. La box "
            "mensuelle, lancée le 2 novembre à 24 euros, doit atteindre 3 000 abonnés en juin. Le projet touche "
            "trois équipes qui ne se parlaient guère : l'atelier, qui prépare les produits, le e-commerce, qui gère "
            "le site et les campagnes, et la logistique, confiée à un prestataire d'Avignon.",
            "Nous avons donc gardé peu d'instances mais des rôles nets. La directrice générale, Claire Aubert, "
            "arbitre le budget et les priorités une fois par mois. Moi, chef de projet, je tiens le tableau de "
            "bord, je prépare les décisions et je suis le seul à modifier un objectif. Chaque équipe a un "
            "référent qui remonte ses chiffres le lundi avant midi.",
            "Le principe est simple : un indicateur au rouge deux semaines de suite passe automatiquement à "
            "l'ordre du jour du comité suivant, avec une proposition d'action chiffrée. Rien n'est décidé en "
            "couloir ; chaque décision est notée dans le journal du projet, partagé avec les trois équipes."]),
        "rituals": dict(status="ok", retitle="Nos rendez-vous", skip_cols=1, tables=[[
            [None, "Claire Aubert, Romain, les trois référents", "mensuel", "tableau de bord, écarts", "budget, objectifs révisés", "1 h 30"],
            [None, "Romain et les trois référents", "tous les quinze jours", "indicateurs rouges, planning", "actions correctives", "1 h"],
            [None, "Romain, e-commerce, service client", "hebdomadaire", "ventes, désabonnements, avis", "campagnes de la semaine", "45 min"],
            [None, "équipe e-commerce", "hebdomadaire", "tickets du site", "priorités de la semaine", "30 min"],
            [None, "atelier", "chaque matin", "commandes du jour", "répartition du conditionnement", "10 min"]]]),
        "kpi-selection": dict(status="ok", text=[
            "Nous sommes partis de l'objectif de juin et nous avons remonté la chaîne : pour avoir 3 000 abonnés, "
            "il faut des visiteurs, qui s'inscrivent, qui restent, et des boxes qui arrivent à l'heure et en bon "
            "état. Chaque maillon a reçu un seul indicateur, pour que le comité ne se noie pas dans les chiffres.",
            "Nous avons écarté les mesures flatteuses mais inutiles pour décider, comme le nombre d'abonnés "
            "Instagram. Chaque indicateur retenu a une source automatique, un responsable et un seuil à partir "
            "duquel on agit. Nous avons aussi gardé un indicateur de marge par box, parce qu'une croissance "
            "obtenue à coups de réductions ne ferait pas vivre l'atelier. Les seuils viennent de la première "
            "campagne test de septembre, sur 400 clientes fidèles de la boutique de Manosque, et seront revus en février, "
            "après trois mois de vrais chiffres."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Abonnés actifs", "3 000 en juin", "abonnements payés du mois", "Shopify", "hebdo", "900 fin décembre", "< 750", "Romain", "campagne de parrainage"],
            ["Taux de désabonnement", "garder les abonnées", "résiliations / abonnés début de mois", "Shopify", "mensuel", "< 8 %", "> 12 %", "service client", "appel des résiliées, box plus variée"],
            ["Conversion du site", "transformer les visites", "inscriptions / visites de la page box", "Google Analytics", "hebdo", "3 %", "< 2 %", "e-commerce", "refonte de la page"],
            ["Boxes livrées à l'heure", "qualité de service", "livrées avant le 5 / expédiées", "prestataire", "mensuel", "95 %", "< 90 %", "logistique", "pénalité contractuelle"],
            ["Marge par box", "rentabilité", "prix net moins coûts directs", "comptabilité", "mensuel", "9 €", "< 6 €", "Claire Aubert", "revoir la composition"]]]),
        "dashboard": dict(status="ok", image=["Abonnés 612 vert", "Désabonnement 9 % orange", "Conversion 1,8 % rouge", "Livraison 97 % vert", "Marge 8,20 € vert"],
                          caption="Le tableau de bord du 23 novembre, tel qu'il est projeté en comité : une tuile par indicateur et sa couleur."),
        "gap-analysis": dict(status="ok", retitle="Où en est-on par rapport au prévu ?", text=[
            "Chaque lundi, le tableur compare automatiquement le réalisé de la semaine à la courbe prévue, construite "
            "à partir du test de septembre et de la saisonnalité des ventes en boutique. Un écart de moins de 10 % "
            "reste vert, de 10 à 20 % passe orange, au-delà il est rouge.",
            "Pour un écart orange, le référent écrit une phrase d'explication. Pour un rouge, nous cherchons la "
            "cause avec la méthode des cinq pourquoi, en partant des données et non des impressions, puis nous "
            "proposons une action avec un effet attendu et une date de vérification. Nous distinguons les écarts "
            "de calendrier, qui se rattrapent, des écarts de tendance, qui obligent à revoir l'objectif : ce "
            "second cas seul remonte à la directrice générale. Trois semaines après le lancement, seule la "
            "conversion du site est nettement en dessous de la courbe."]),
        "forecast-actual": dict(status="empty"),
        "corrective-actions": dict(status="ok", tables=[[
            ["conversion 1,8 % au lieu de 3 %", "page box trop longue, prix affiché en bas", "prix et contenu en haut de page, avis clientes", "équipe e-commerce", "4 décembre", "conversion à 2,5 %", "conversion du site"],
            ["désabonnement 9 % au lieu de 8 %", "deuxième box trop proche de la première", "trois produits nouveaux par box minimum", "atelier", "box de janvier", "moins de 8 %", "taux de désabonnement"],
            ["deux colis abîmés sur cent", "calage carton insuffisant", "nouveau calage testé sur 200 colis", "logistique", "15 décembre", "moins de 0,5 % de casse", "boxes livrées à l'heure"]]]),
        "reporting-escalation": dict(status="thin", retitle="Qui prévient qui", text=[
            "Le tableau de bord part chaque lundi à 14 h aux trois équipes. Un indicateur rouge deux semaines de "
            "suite va au comité ; une marge sous 6 euros est signalée le jour même à Claire Aubert."]),
    },
)
