from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, a road haulier moving its delivery notes to electronic consignment notes. Every section sits
    at level 2 under three part titles of the author's own at level 1 (upper case), with a few level-2 headings in
    upper case too and a closing lessons sub-section of the author's own; the gap analysis is one short paragraph
    (thin); no reporting and escalation part (missing).""",
    title="TerraNova Transports – Piloter le passage à la lettre de voiture électronique",
    cover=["Étude de cas n°1 – pilotage et indicateurs", "Inès Carvalho, novembre 2026"],
    blocks=[
        H(1, "PARTIE A – ORGANISER LE PILOTAGE"),
        P("TerraNova Transports, transporteur routier de 180 camions basé à Cholet, remplace ses lettres de voiture "
          "papier par une lettre de voiture électronique (e-CMR) sur les smartphones des conducteurs. Le projet "
          "dure dix mois, de janvier à octobre 2026, pour un budget de 240 000 euros."),
        H(2, "A.1 Qui pilote, et à quel rythme", {"steering-governance": "ok"}),
        P("Le projet est porté par le directeur des opérations, Franck Aubert, qui en est le sponsor et arbitre "
          "les décisions de périmètre et de budget. La cheffe de projet, Julie Roussel, venue du service qualité, "
          "y consacre quatre jours par semaine ; elle coordonne l'éditeur de la solution, l'équipe informatique "
          "de deux personnes et les trois chefs d'exploitation des agences de Cholet, Angers et Niort. Chaque "
          "agence a désigné un conducteur référent, qui teste les nouvelles versions et fait remonter les "
          "difficultés de ses collègues."),
        P("Nous avons voulu un pilotage léger, adapté à une entreprise où personne n'est chef de projet à plein "
          "temps. Les décisions courantes sont prises par la cheffe de projet ; celles qui touchent au budget de "
          "plus de 5 000 euros, au calendrier de plus de deux semaines ou au travail des conducteurs remontent au "
          "comité mensuel. Les clients chargeurs, qui doivent accepter de signer sur le smartphone du conducteur, "
          "sont associés par un point trimestriel avec les cinq plus gros d'entre eux. Toutes les décisions sont "
          "notées dans un registre partagé, pour que chacun sache ce qui a été tranché et par qui."),
        H(2, "A.2 CALENDRIER DES RENDEZ-VOUS", {"rituals": "ok"}),
        T([["Rendez-vous", "Qui", "Quand", "Ce qu'on apporte", "Ce qui en sort", "Durée"],
           ["Point projet", "cheffe de projet, informatique, éditeur", "chaque mardi", "avancement, bugs ouverts", "priorités de la semaine", "45 min"],
           ["Point agences", "cheffe de projet, chefs d'exploitation, référents", "chaque jeudi, en visio", "retours des conducteurs", "actions terrain", "30 min"],
           ["Comité de direction projet", "sponsor, direction financière, cheffe de projet", "premier lundi du mois", "tableau de bord, écarts", "arbitrages budget et calendrier", "1 h"],
           ["Point chargeurs", "sponsor, cinq clients principaux", "chaque trimestre", "taux de signature électronique", "engagements des clients", "1 h 30"]]),
        H(1, "PARTIE B – MESURER"),
        H(2, "B.1 Pourquoi ces indicateurs-là", {"kpi-selection": "ok"}),
        P("Nous sommes partis des trois promesses du projet faites au comité de direction : facturer plus vite, "
          "perdre moins de documents et ne pas alourdir le travail des conducteurs. Pour chacune, nous avons "
          "cherché un chiffre que nos outils produisent déjà, sans saisie supplémentaire, et que les chefs "
          "d'exploitation comprennent sans explication. Nous avons écarté plusieurs idées séduisantes, comme la "
          "satisfaction des clients mesurée par enquête, parce que personne n'aurait eu le temps de la conduire "
          "chaque mois. Nous avons aussi gardé deux indicateurs de projet classiques, l'avancement du "
          "déploiement et la consommation du budget, parce que le comité les demande. Au total, six indicateurs "
          "seulement : au-delà, nous savions qu'ils ne seraient plus regardés. Chacun a une valeur de départ "
          "mesurée en décembre 2025, une cible à la fin du projet et un seuil qui déclenche une action."),
        H(2, "B.2 LES FICHES KPI", {"kpi-table": "ok"}),
        T([["Indicateur", "But", "Calcul", "Données", "Rythme", "Cible", "Alerte", "Suivi par", "Si alerte"],
           ["Délai de facturation", "facturer plus vite", "jours entre livraison et facture", "logiciel de facturation", "mensuel", "2 jours", "> 5 jours", "direction financière", "relance des agences en retard"],
           ["Lettres perdues", "perdre moins de documents", "lettres manquantes / livraisons", "e-CMR et facturation", "mensuel", "< 0,2 %", "> 1 %", "chefs d'exploitation", "contrôle quotidien"],
           ["Signature sur smartphone", "adoption par les clients", "livraisons signées en ligne / livraisons", "e-CMR", "hebdomadaire", "85 %", "< 60 %", "sponsor", "visite des clients réticents"],
           ["Temps de livraison", "ne pas alourdir les conducteurs", "minutes sur place par livraison", "géolocalisation", "mensuel", "stable", "+ 3 min", "référents", "simplifier l'écran"],
           ["Camions équipés", "avancement", "camions utilisant l'e-CMR / 180", "e-CMR", "hebdomadaire", "100 % en octobre", "retard de 2 semaines", "cheffe de projet", "renfort de formation"],
           ["Budget consommé", "tenir l'enveloppe", "dépenses / budget prévu à date", "comptabilité", "mensuel", "≤ 100 %", "> 105 %", "direction financière", "revue des dépenses"]]),
        H(2, "B.3 L'écran de suivi", {"dashboard": "ok"}),
        Img(["Facturation", "Lettres perdues", "Signature", "Temps sur place", "Camions", "Budget"],
            "Maquette de la page unique présentée au comité : six compteurs, vert, orange ou rouge selon le seuil."),
        P("La page est produite chaque lundi matin à partir des exports de l'e-CMR et du logiciel de facturation ; "
          "les chefs d'exploitation la reçoivent par courriel avec le détail par agence."),
        H(1, "PARTIE C – CORRIGER LA TRAJECTOIRE"),
        H(2, "C.1 Ce qui était prévu, ce qui s'est passé", {"gap-analysis": "thin"}),
        P("Au 30 novembre, deux indicateurs sont au rouge : la signature sur smartphone, freinée par deux grands "
          "clients dont les quais refusent l'appareil du conducteur, et le budget, dépassé à cause de "
          "smartphones plus chers que prévu. Les autres sont dans les clous."),
        H(2, "C.2 Chiffres au 30 novembre", {"forecast-actual": "ok"}),
        T([["Indicateur", "Période", "Prévu", "Constaté", "Écart", "Écart %", "État", "Raison"],
           ["Délai de facturation", "novembre", "3 jours", "3,5 jours", "+0,5 j", "+17 %", "orange", "agence de Niort équipée en retard"],
           ["Lettres perdues", "novembre", "0,4 %", "0,3 %", "-0,1 pt", "-25 %", "vert", "–"],
           ["Signature sur smartphone", "novembre", "75 %", "58 %", "-17 pts", "-23 %", "rouge", "deux chargeurs refusent"],
           ["Camions équipés", "fin novembre", "180", "172", "-8", "-4 %", "vert", "camions en atelier"],
           ["Budget consommé", "cumul à fin novembre", "226 k€", "241 k€", "+15 k€", "+7 %", "rouge", "smartphones durcis plus chers"]]),
        H(2, "C.3 PLAN DE RATTRAPAGE", {"corrective-actions": "ok"}),
        T([["Écart", "Cause", "Action", "Porteur", "Pour le", "Effet attendu", "Indicateur suivi"],
           ["Signature à 58 %", "les quais de deux chargeurs interdisent le téléphone du conducteur", "tablette laissée au quai, signée par le réceptionnaire", "sponsor", "15 janvier", "80 % de signatures", "signature sur smartphone"],
           ["Budget +7 %", "smartphones durcis à 540 € au lieu de 390 €", "garder les anciens téléphones pour les conducteurs de courte distance", "direction financière", "31 décembre", "retour sous 102 %", "budget consommé"],
           ["Facturation à Niort", "équipement tardif de l'agence", "double contrôle des lettres pendant un mois", "chef d'exploitation Niort", "20 décembre", "3 jours", "délai de facturation"]]),
        H(2, "C.4 Ce que nous referions autrement"),
        P("Nous aurions dû rencontrer les chargeurs avant de choisir la solution, et non après : c'est sur leurs "
          "quais que se joue la signature."),
    ],
    missing=["reporting-escalation"],
)
