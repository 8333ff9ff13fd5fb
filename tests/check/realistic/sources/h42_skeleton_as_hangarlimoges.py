from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Le Hangar Partagé, a coworking space opened in a former porcelain workshop in Limoges,
    misses its membership targets and prepares fallbacks. Guidance deleted. Headings retyped by replacing their
    runs: the baseline as "Où en est le plan Hangar 2027 ?" and the alternatives as "Trois plans B" (bookmarks
    lost), the recommendation as "Ce que nous proposons au conseil" (bookmark kept). Scenario, comparison and
    weighted scoring tables filled; the decision and switch-over section still holds our prompt (placeholder);
    the objections table left as generated (empty).""",
    cover={"company": "Le Hangar Partagé", "candidate": "Maxime Delpeyrat", "school": "Web School Factory"},
    sections={
        "baseline-reminder": dict(status="ok", retitle="Où en est le plan Hangar 2027 ?", text=[
            "Le Hangar Partagé a ouvert en septembre 2026 dans un ancien atelier de porcelaine du quartier des "
            "Casseaux, à Limoges : 1 200 m², 140 postes de travail, six salles de réunion et un café. Le plan voté "
            "par les associés prévoit 110 membres résidents en juin 2027, à 220 euros par mois, ce qui couvre le "
            "loyer, les deux salariés et le remboursement du prêt de 380 000 euros. Les salles de réunion doivent "
            "apporter 4 000 euros par mois de plus.",
            "Nous suivons quatre indicateurs chaque mois : le nombre de membres résidents, le taux d'occupation des "
            "postes à 11 heures, la part des membres qui partent dans les trois mois et le chiffre d'affaires des "
            "salles. Fin novembre, nous avons 46 membres au lieu des 60 prévus, et huit des quinze premiers "
            "inscrits sont déjà partis."]),
        "kpi-scenarios": dict(status="ok", tables=[[
            ["S1 – adhésions trop lentes", "membres résidents", "moins de 70 fin février", "trois mois",
             "trop peu d'indépendants à Limoges", "A – offre entreprises"],
            ["S2 – membres qui repartent", "départs à trois mois", "plus de 35 %", "deux trimestres",
             "espace vide en semaine, peu de vie", "B – pass journée"],
            ["S3 – salles peu louées", "CA des salles", "moins de 2 500 € par mois", "quatre mois",
             "salles inconnues des entreprises", "C – plateau loué à une école"]]]),
        "alternatives": dict(status="ok", retitle="Trois plans B", text=[
            "A – Une offre pour les entreprises. Plusieurs employeurs de l'agglomération ont généralisé le "
            "télétravail deux jours par semaine, et leurs salariés qui habitent en périphérie cherchent un lieu "
            "plus calme que la maison. Nous vendrions des carnets de vingt journées à 300 euros aux entreprises, "
            "avec une facture unique par mois. Il faut un commercial à mi-temps pendant six mois (18 000 euros) ; "
            "nous visons 25 salariés réguliers en quatre mois, soit l'équivalent de douze membres résidents.",
            "B – Un pass à la journée réservé par application. Aujourd'hui, on ne peut venir qu'avec un abonnement "
            "mensuel. Un pass à 18 euros, réservé et payé sur le téléphone, attirerait les consultants de passage, "
            "les étudiants en fin de thèse et les gens qui veulent essayer. L'outil de réservation coûte 150 euros "
            "par mois et se branche sur la porte d'entrée ; il faut deux semaines pour le mettre en place. L'effet "
            "attendu est surtout d'alimenter les abonnements : un visiteur sur cinq devient membre dans les "
            "coworkings comparables.",
            "C – Louer un plateau entier à une école. L'étage du fond, 300 m² et 40 postes, reste presque vide. "
            "Une école de design cherche des locaux pour une promotion de 35 étudiants à la rentrée 2027. Un bail "
            "de deux ans rapporterait 6 500 euros par mois, sans effort commercial, mais réduirait l'espace pour "
            "les membres et changerait l'ambiance du lieu."]),
        "alternatives-comparison": dict(status="ok", tables=[[
            ["A – offre entreprises", "S1", "18 000 €", "4 mois", "moyen : cycle de vente long", "+ 12 équivalents membres"],
            ["B – pass journée", "S2", "2 000 € la 1re année", "2 semaines", "faible", "+ 8 membres par an, plus de vie"],
            ["C – plateau loué à une école", "S3", "travaux 12 000 €", "9 mois", "élevé : perte de 40 postes",
             "+ 6 500 € par mois garantis"]]]),
        "weighted-scoring": dict(status="ok", skip_cols=1, tables=[[
            [None, "25", "2", "3", "5", "3"],
            [None, "15", "4", "3", "5", "2"],
            [None, "20", "2", "3", "4", "3"],
            [None, "20", "2", "4", "3", "4"],
            [None, "10", "5", "3", "5", "4"],
            [None, "10", "5", "4", "4", "2"],
            [None, "100", "2,90", "3,30", "4,30", "3,05"]]]),
        "recommendation": dict(status="ok", retitle="Ce que nous proposons au conseil", keep_bookmark=True, text=[
            "Nous recommandons de lancer tout de suite le pass à la journée, sans attendre qu'un scénario se "
            "déclenche : il coûte peu, se met en place en deux semaines et répond aux deux faiblesses que nous "
            "voyons déjà, un espace trop vide en semaine et des gens qui n'osent pas s'engager pour un mois. Il "
            "obtient le meilleur total pondéré, 4,30 sur 5.",
            "Si le nombre de membres reste sous 70 à la fin février, nous ajouterons l'offre entreprises. Elle "
            "coûte plus cher et son effet est lent, mais elle apporte des revenus réguliers et des membres qui "
            "viennent aux heures creuses. Nous ne recommandons pas de louer un plateau à l'école pour l'instant : "
            "le revenu est tentant, mais nous perdrions le tiers de nos postes et l'esprit du lieu, qui est ce que "
            "nos membres citent en premier. Nous garderons cette option si, à l'été 2027, l'étage du fond est "
            "toujours vide. En renonçant à cette location, les associés acceptent un résultat négatif d'environ "
            "20 000 euros sur la première année, que la trésorerie peut absorber."]),
        "decision-process": dict(status="placeholder"),
        "objections": dict(status="empty"),
    },
)
