from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Aqualis, which runs four public swimming pools for the Clermont-Ferrand metropolis under a
    public service contract, launches online booking of swimming lessons and a season pass in a mobile app.
    Guidance boxes deleted. The governance heading retyped "Qui décide, et quand ?" and the choice of indicators
    "Comment nous avons retenu nos indicateurs" (runs replaced, bookmarks lost); the KPI table heading retyped
    "Nos six indicateurs" keeping its bookmark. The rituals (pre-filled row labels kept), KPI, forecast/actual and
    corrective-action tables filled. The dashboard mock-up is still our figure prompt (placeholder); the reporting
    and escalation section was deleted with its heading (missing).""",
    cover={"company": "Aqualis", "candidate": "Théo Vasseur", "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", retitle="Qui décide, et quand ?", text=[
            "Aqualis exploite quatre piscines pour la métropole de Clermont-Ferrand et accueille environ 610 000 "
            "entrées par an. Jusqu'à l'été 2026, les inscriptions aux cours de natation se faisaient au guichet, le "
            "premier samedi de septembre, avec des files d'attente de trois heures et des plaintes chaque année au "
            "conseil métropolitain. Le projet, lancé en octobre 2026 pour une mise en service en janvier 2027, "
            "comprend la réservation en ligne des cours et des créneaux, et un pass saison dans une application "
            "mobile qui remplace la carte magnétique.",
            "Le projet est porté par le directeur d'exploitation, Bertrand Chalard, qui en est le sponsor. Un "
            "comité de pilotage se réunit une fois par mois avec la chargée de mission de la métropole, les quatre "
            "chefs de bassin, le responsable informatique et l'éditeur du logiciel de billetterie : il tient le "
            "budget de 140 000 euros, valide le passage d'une étape à la suivante et tranche entre les demandes "
            "des piscines quand elles se contredisent. Chaque semaine, un comité projet plus restreint suit les "
            "tâches, les tests et les bogues avec l'éditeur. Chaque indicateur a un responsable unique, nommé dans "
            "le tableau des indicateurs, qui vient au comité avec son chiffre et son explication."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "directeur d'exploitation, métropole, chefs de bassin, informatique, éditeur", "mensuelle",
             "tableau des indicateurs, budget", "passage d'étape, arbitrages, budget", "1 h 30"],
            [None, "chef de projet, éditeur, responsable informatique", "hebdomadaire, le mardi",
             "liste des tâches, bogues ouverts", "priorités de la semaine", "1 h"],
            [None, "responsable accueil, chefs de bassin", "toutes les deux semaines",
             "inscriptions en ligne, plaintes reçues", "relances aux familles, places ouvertes", "45 min"],
            [None, "éditeur, chef de projet", "chaque vendredi pendant la recette", "écrans à tester",
             "corrections acceptées ou refusées", "30 min"],
            [None, "agents d'accueil de chaque piscine", "chaque matin à l'ouverture",
             "problèmes de la veille avec l'application", "qui traite quoi", "10 min"]]]),
        "kpi-selection": dict(status="ok", retitle="Comment nous avons retenu nos indicateurs", text=[
            "La métropole nous a fixé trois objectifs dans l'avenant au contrat : supprimer les files d'attente "
            "des inscriptions, remplir au moins 92 % des places de cours, et faire passer la moitié des entrées par "
            "l'application avant la fin 2027. Nous avons d'abord listé une vingtaine de chiffres possibles avec les "
            "chefs de bassin, puis nous n'avons gardé que ceux qui répondent à un objectif, que l'on peut calculer "
            "sans saisie à la main à partir de la billetterie, et sur lesquels quelqu'un peut agir dans le mois.",
            "Pour chaque objectif nous suivons un chiffre de résultat et un chiffre qui alerte plus tôt. Le taux de "
            "remplissage des cours ne se voit qu'au début de chaque trimestre, alors que le nombre de paniers "
            "abandonnés sur la page de paiement se lit chaque jour et annonce les places qui resteront vides. Nous "
            "avons ajouté la satisfaction des familles, mesurée par une question unique après chaque inscription, "
            "et le budget du projet. Six indicateurs en tout, que le comité lit en un quart d'heure."]),
        "kpi-table": dict(status="ok", retitle="Nos six indicateurs", keep_bookmark=True, tables=[[
            ["Remplissage des cours", "92 % des places prises", "places vendues / places ouvertes", "billetterie",
             "trimestrielle", "92 %", "< 85 %", "responsable accueil", "ouvrir des créneaux le samedi soir"],
            ["Paniers abandonnés", "ne pas perdre d'inscriptions", "paiements commencés non terminés / commencés",
             "billetterie", "quotidienne", "< 10 %", "> 20 %", "chef de projet", "corriger l'étape bloquante"],
            ["Entrées par l'application", "50 % fin 2027", "entrées scannées depuis l'application / entrées",
             "contrôle d'accès", "mensuelle", "25 % en juin", "< 15 % en juin", "chefs de bassin",
             "aide à l'installation à l'accueil"],
            ["Attente au guichet", "plus de files", "minutes d'attente relevées à 10 h le samedi", "relevé manuel",
             "hebdomadaire", "< 10 min", "> 20 min", "responsable accueil", "ouvrir un second guichet"],
            ["Satisfaction des familles", "des familles contentes", "note moyenne sur 5 après inscription",
             "questionnaire", "mensuelle", "4,2", "< 3,5", "responsable accueil", "appeler les notes de 1 et 2"],
            ["Budget du projet", "tenir 140 000 euros", "dépenses engagées / budget", "comptabilité", "mensuelle",
             "au plan", "> 8 % au-dessus", "directeur d'exploitation", "reporter le lot « pass famille »"]]]),
        "dashboard": dict(status="placeholder"),
        "gap-analysis": dict(status="ok", text=[
            "Le premier lundi de chaque mois, le chef de projet sort les chiffres de la billetterie et les compare à "
            "ce que nous avions prévu pour ce mois-là. Nous avons fixé une règle simple : un écart de moins de 5 % "
            "reste vert, de 5 à 15 % il devient orange et le responsable de l'indicateur en cherche la raison, "
            "au-delà de 15 % il est rouge et il faut une action corrective datée. Avant de conclure, "
            "nous regardons toujours les chiffres piscine par piscine, car une moyenne peut cacher un seul bassin "
            "en difficulté.",
            "Le premier mois complet, février 2027, en donne un bon exemple. Le remplissage des cours était correct "
            "dans trois piscines mais très bas à Chamalières. En lisant les paniers abandonnés, nous avons vu que "
            "la moitié des familles de Chamalières arrêtaient au moment de joindre le certificat médical, que "
            "l'application refusait dans le format des photos prises par téléphone. Ce n'était donc ni le prix ni "
            "les horaires, mais un détail technique que l'éditeur a corrigé en une semaine."]),
        "forecast-actual": dict(status="ok", tables=[[
            ["Remplissage des cours", "février 2027", "90 %", "81 %", "-9 pts", "-10 %", "orange",
             "Chamalières à 58 % à cause du certificat médical refusé"],
            ["Paniers abandonnés", "février 2027", "10 %", "24 %", "+14 pts", "+140 %", "rouge",
             "format de photo refusé à l'étape du certificat"],
            ["Entrées par l'application", "février 2027", "8 %", "11 %", "+3 pts", "+38 %", "vert",
             "les adolescents l'ont adoptée très vite"],
            ["Attente au guichet", "février 2027", "10 min", "7 min", "-3 min", "-30 %", "vert",
             "inscriptions presque toutes en ligne"]]]),
        "corrective-actions": dict(status="ok", tables=[[
            ["paniers abandonnés à 24 %", "certificat médical refusé au format photo",
             "accepter les photos et ajouter un exemple à l'écran", "éditeur", "5 mars", "moins de 12 % d'abandons",
             "paniers abandonnés"],
            ["Chamalières à 58 % de remplissage", "familles découragées par le bogue",
             "appel des 140 familles qui n'ont pas terminé", "chef de bassin de Chamalières", "12 mars",
             "remplissage à 85 % en avril", "remplissage des cours"],
            ["note de satisfaction à 3,6", "pas de réponse aux questions posées dans l'application",
             "réponse sous 48 h par l'accueil", "responsable accueil", "1er avril", "note au-dessus de 4",
             "satisfaction des familles"]]]),
        "reporting-escalation": dict(status="missing"),
    },
)
