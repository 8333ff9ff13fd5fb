from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 46 (h46_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Escale Kayak, a kayak and paddle rental business with three bases on the Golfe du Morbihan,
    launched online booking in 2026 and sees its indicators lag. Guidance deleted. Headings retyped by replacing
    their runs: the baseline as "Le plan de départ en chiffres" and the alternatives as "Nos options de repli"
    (bookmarks lost), the decision section as "Qui tranche, et comment on bascule" (bookmark kept). Scenario,
    comparison and objections tables filled; the weighted scoring table left as generated (empty); the
    recommendation still holds our prompt (placeholder).""",
    cover={"company": "Escale Kayak", "candidate": "Gwenaëlle Tanguy", "school": "Web School Factory"},
    sections={
        "baseline-reminder": dict(status="ok", retitle="Le plan de départ en chiffres", text=[
            "Escale Kayak loue des kayaks et des planches à pagaie depuis trois bases, à Arradon, Larmor-Baden et "
            "Séné. Pour la saison 2027, les associés ont voté un plan simple : faire passer les réservations en "
            "ligne de 35 % à 70 % des locations, afin de libérer les saisonniers de l'accueil et de mieux remplir "
            "les créneaux de marée haute. Le budget prévoit 14 000 locations entre avril et octobre, pour un "
            "chiffre d'affaires de 420 000 euros.",
            "Trois indicateurs sont suivis chaque semaine : la part des réservations faites en ligne, le taux de "
            "clients qui ne viennent pas à leur créneau et le taux de remplissage des créneaux de marée haute. "
            "Fin août 2026, la part en ligne plafonnait à 41 % et les absences atteignaient 12 % des "
            "réservations en ligne, contre 3 % au comptoir."]),
        "kpi-scenarios": dict(status="ok", tables=[[
            ["S1 – la réservation en ligne stagne", "part des locations réservées en ligne", "moins de 55 % fin juin",
             "avril à juin", "site jugé compliqué, clients habitués au comptoir", "A – réservation par SMS"],
            ["S2 – trop d'absences", "créneaux réservés non honorés", "plus de 8 %", "quatre week-ends de suite",
             "réservation gratuite, pas d'engagement", "B – acompte à la réservation"],
            ["S3 – créneaux de marée haute vides", "remplissage des créneaux de marée haute", "moins de 75 %",
             "un mois", "horaires de marée mal compris", "C – sorties guidées"]]]),
        "alternatives": dict(status="ok", retitle="Nos options de repli", text=[
            "A – Réserver par SMS. Une bonne partie de nos clients sont des familles en vacances qui découvrent le "
            "golfe le matin même et réservent depuis la plage. Plutôt que de leur demander d'installer une "
            "application, nous leur proposerions d'envoyer un SMS avec la base, l'heure et le nombre de "
            "bateaux ; un outil de messagerie relié au planning confirme en une minute. L'abonnement coûte 90 "
            "euros par mois et la mise en place prend dix jours, formation des saisonniers comprise.",
            "B – Demander un acompte. Aujourd'hui, réserver en ligne ne coûte rien, et un client qui change d'avis "
            "ne prévient pas. Un acompte de 10 euros par bateau, remboursé en cas de mauvaise météo, réduirait les "
            "absences. Le paiement est déjà possible sur notre site, il suffit de l'activer ; le risque est de "
            "décourager une partie des réservations, que nous estimons à 5 %.",
            "C – Vendre des sorties guidées aux heures de marée haute. Les créneaux les plus rentables restent "
            "vides parce que les clients ne savent pas lire un horaire de marée. Une sortie encadrée de deux "
            "heures, à 45 euros, vendue sur le site avec l'heure déjà calculée, remplirait ces créneaux. Il faut "
            "deux moniteurs diplômés de plus en juillet et août, soit 11 000 euros de salaires, et une page de "
            "présentation à refaire.",
            "Chaque option peut être lancée seule ; A et B peuvent aussi se combiner, puisqu'elles agissent sur "
            "des indicateurs différents."]),
        "alternatives-comparison": dict(status="ok", tables=[[
            ["A – réservation par SMS", "S1", "1 100 € par saison", "10 jours", "faible", "+ 12 points de réservation en ligne attendus"],
            ["B – acompte de 10 €", "S2", "frais bancaires, environ 600 €", "2 jours", "moyen : 5 % de réservations perdues",
             "absences ramenées vers 4 %"],
            ["C – sorties guidées", "S3", "11 000 € de salaires", "6 semaines", "recrutement des moniteurs",
             "+ 38 000 € de chiffre d'affaires si 850 sorties"]]]),
        "weighted-scoring": dict(status="empty"),
        "recommendation": dict(status="placeholder"),
        "decision-process": dict(status="ok", retitle="Qui tranche, et comment on bascule", keep_bookmark=True, text=[
            "Les trois indicateurs sont relevés chaque lundi par Gwenaëlle, qui tient le tableau de bord des "
            "trois bases. Dès qu'un seuil est franchi, elle prévient les deux autres associés, qui se réunissent "
            "dans la semaine, en visio si besoin. La décision se prend à deux voix sur trois et elle est notée "
            "dans le journal de la saison.",
            "Une fois l'option choisie, un responsable est nommé : Yannick pour l'outil SMS et l'acompte, "
            "Morgane pour les sorties guidées. Les saisonniers sont prévenus au briefing du samedi suivant. Nous "
            "regardons l'effet au bout de trois semaines sur le même indicateur ; si rien ne bouge, l'option est "
            "arrêtée et la suivante est mise à l'étude."]),
        "objections": dict(status="ok", tables=[[
            ["L'acompte va faire fuir les touristes.", "Il est remboursé si la météo annule la sortie, et il est "
             "affiché dès la première page.", "Chez deux loueurs de Quiberon, les réservations ont baissé de 3 % et les absences de moitié."],
            ["Les SMS vont noyer les saisonniers.", "Les réponses sont automatiques ; un humain n'intervient que "
             "si le planning est plein.", "Essai d'une semaine à Séné en août : 140 SMS, 9 traités à la main."],
            ["Trouver des moniteurs en juillet est impossible.", "Nous recrutons dès février auprès des écoles de "
             "voile partenaires.", "Deux candidats déjà connus de la base d'Arradon."]]]),
    },
)
