from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="scratch-docx",
    language="fr",
    notes="""python-docx from scratch, French. Every heading is a bold Normal paragraph, numbered by hand
    ("1.", "5.1"), some in upper case. The rituals table sits under the governance heading (merged); the gap
    analysis is split over two headings ("5. Écarts : la méthode" and "5 bis. Écarts : ce que nous tolérons");
    no reporting section (optional, missing).""",
    title="Armor Bio – Pilotage du projet ERP magasins",
    cover=["Étude de cas n°1 – Pilotage et indicateurs – Gwenaël Tanguy"],
    blocks=[
        B("1. QUI PILOTE QUOI", {"steering-governance": "ok", "rituals": "ok"}),
        P("Armor Bio est une coopérative de 32 magasins bio en Bretagne qui remplace ses trois logiciels de caisse "
          "et de stock par un ERP unique, Cegid Retail, entre janvier et octobre. Le projet coûte 1,4 million "
          "d'euros et touche 260 salariés. Le pilotage repose sur trois niveaux. Le comité stratégique, présidé par "
          "le directeur général et composé de deux administrateurs de la coopérative, arbitre le budget, la date "
          "de bascule et les changements de périmètre. Le comité de pilotage, mensuel, réunit la cheffe de projet, "
          "le DSI, la responsable des opérations magasins et l'intégrateur ; il suit les indicateurs, valide les "
          "jalons et décide des actions correctives. L'équipe projet se retrouve chaque semaine pour traiter les "
          "points bloquants. Un principe simple guide l'ensemble : toute décision qui modifie la date de bascule "
          "d'un magasin remonte au comité de pilotage, toute décision qui modifie le budget de plus de 3 % remonte "
          "au comité stratégique. Les magasins pilotes de Vannes et de Lorient ont un représentant dans le comité "
          "de pilotage, car ce sont eux qui subiront les premiers défauts."),
        T([["Instance", "Participants", "Fréquence", "Entrées", "Décisions", "Durée"],
           ["Comité stratégique", "DG, 2 administrateurs, cheffe de projet", "trimestrielle", "synthèse des KPI, budget", "budget, date de bascule, périmètre", "1 h 30"],
           ["Comité de pilotage", "cheffe de projet, DSI, opérations, intégrateur, magasins pilotes", "mensuelle", "tableau de bord, registre des risques", "jalons, actions correctives", "2 h"],
           ["Point équipe", "équipe projet, intégrateur", "hebdomadaire", "tickets bloquants", "affectation des tickets", "45 min"]]),
        B("2. Pourquoi ces indicateurs", {"kpi-selection": "ok"}),
        P("Nous sommes partis des trois engagements pris devant le comité stratégique : respecter le budget, "
          "basculer tous les magasins avant la période des fêtes, et ne pas dégrader le service en caisse. Pour "
          "chacun, nous avons cherché un indicateur avancé, qui prévient avant qu'il soit trop tard, et un "
          "indicateur de résultat. Le taux de consommation du budget et l'avancement des jalons couvrent les deux "
          "premiers engagements. Pour le service en caisse, nous suivons le temps moyen de passage et le nombre "
          "d'incidents de caisse par magasin basculé, mesurés par l'ERP lui-même. Nous avons ajouté le taux de "
          "formation des caissiers avant bascule, parce que l'expérience des pilotes montre que c'est lui qui "
          "explique les incidents. Nous avons écarté la satisfaction client mesurée par enquête : trop lente pour "
          "piloter un projet de dix mois."),
        B("3. Nos 6 KPI", {"kpi-table": "ok"}),
        T([["Nom", "Objectif", "Formule", "Source", "Fréquence", "Cible", "Seuil d'alerte", "Responsable", "Action si alerte"],
           ["Consommation du budget", "budget", "dépenses engagées / budget prévu à date", "contrôle de gestion", "mensuelle", "≤ 100 %", "> 103 %", "cheffe de projet", "revue des lots avec l'intégrateur"],
           ["Jalons tenus", "délai", "jalons atteints / jalons prévus", "planning", "mensuelle", "100 %", "< 90 %", "cheffe de projet", "replanification"],
           ["Magasins basculés", "délai", "nombre cumulé", "planning", "hebdomadaire", "32 au 15 octobre", "retard de 2 magasins", "opérations", "renfort de formateurs"],
           ["Temps de passage en caisse", "service", "durée moyenne d'un ticket", "ERP", "quotidienne", "≤ 95 s", "> 110 s", "responsable magasin", "accompagnement en caisse"],
           ["Incidents de caisse", "service", "incidents / magasin / semaine", "outil de tickets", "hebdomadaire", "≤ 3", "> 6", "DSI", "correctif prioritaire"],
           ["Caissiers formés", "service", "caissiers formés / caissiers du magasin", "plateforme de formation", "hebdomadaire", "100 % à J-7", "< 80 % à J-7", "RH", "report de la bascule"]]),
        B("4. Le tableau de bord", {"dashboard": "ok"}),
        Img(["Budget 97 %", "Jalons 9/10", "Magasins 12/32", "Caisse 102 s"],
            caption="Maquette du tableau de bord mensuel sous Power BI : une tuile par KPI, couleur selon le seuil."),
        B("5. Écarts : la méthode", {"gap-analysis": "ok"}),
        P("Chaque mois, le contrôle de gestion compare le prévisionnel du plan projet validé en janvier avec le "
          "réalisé extrait de l'ERP et de l'outil de tickets. Un écart est calculé en valeur et en pourcentage pour "
          "chaque indicateur, puis commenté par son responsable avant le comité de pilotage. Le commentaire dit toujours la cause, pas seulement le constat : « trois magasins en retard » ne suffit pas, « trois magasins en retard faute de formateurs » permet de décider."),
        B("5 bis. Écarts : ce que nous tolérons", {"gap-analysis": "ok"}),
        P("Un écart inférieur à 3 % est noté sans action. Entre 3 et 10 %, le responsable propose une action "
          "corrective. Au-delà de 10 %, ou si l'écart dure deux mois de suite, la question remonte au comité "
          "stratégique avec deux scénarios chiffrés, dont l'un au moins protège la date des fêtes. Les écarts favorables sont aussi expliqués : un budget sous-consommé cache souvent une dépense décalée."),
        B("5.1 Septembre en chiffres", {"forecast-actual": "ok"}),
        T([["Indicateur", "Période", "Prévu", "Réalisé", "Écart", "Écart %", "Statut", "Explication"],
           ["Magasins basculés", "septembre", "20", "17", "-3", "-15 %", "rouge", "deux formateurs absents"],
           ["Temps de passage", "septembre", "95 s", "104 s", "+9 s", "+9 %", "orange", "nouveaux codes balance"],
           ["Budget consommé", "septembre", "1,02 M€", "1,05 M€", "+30 k€", "+3 %", "vert", "licences payées d'avance"]]),
        B("5.2 Ce que nous corrigeons", {"corrective-actions": "ok"}),
        T([["Écart", "Cause", "Action", "Responsable", "Échéance", "Effet attendu", "KPI suivi"],
           ["3 magasins en retard", "formateurs absents", "renfort de 2 formateurs de l'intégrateur", "opérations", "10 octobre", "rattraper le retard", "magasins basculés"],
           ["Caisse lente", "codes balance mal repris", "correction des fiches articles fruits et légumes", "DSI", "30 septembre", "revenir sous 95 s", "temps de passage"]]),
    ],
    missing=["reporting-escalation"],
)
