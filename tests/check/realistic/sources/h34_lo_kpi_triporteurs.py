from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer; French. Les Triporteurs de Garonne, a Bordeaux cargo-bike
    delivery cooperative of 19 riders, launch a monthly delivery subscription for restaurants and shops, and the
    candidate explains how the launch is steered. The authors' own headings, some at level 1 and 2 in heading
    styles, the rituals, the KPI table and the corrective actions under bold Normal paragraphs (one in upper case).
    The gap analysis and the forecast/actual table share one heading and one part (merged). The dashboard heading
    has nothing under it (empty).""",
    title="Piloter le lancement de l'abonnement pro — Les Triporteurs de Garonne",
    cover=["Étude de cas n° 1 — Camille Duprat", "Web School Factory, décembre 2026"],
    blocks=[
        H(1, "1. Qui décide, et quand ?", {"steering-governance": "ok"}),
        P("Les Triporteurs de Garonne sont une coopérative de dix-neuf livreurs à vélo cargo installée aux "
          "Chartrons. Jusqu'ici, elle vivait de courses ponctuelles commandées la veille par des commerçants du "
          "centre de Bordeaux. Depuis septembre 2026, elle vend un abonnement mensuel aux restaurants et aux "
          "boutiques : un nombre fixe de tournées par semaine, un prix connu d'avance et un créneau garanti. "
          "L'objectif est de signer 80 abonnés avant juin 2027 pour lisser l'activité et payer les livreurs au "
          "mois plutôt qu'à la course."),
        P("Le conseil coopératif, élu par les associés, fixe le budget et valide les grandes décisions. Un "
          "comité de lancement se réunit chaque premier mardi du mois : la gérante, Sarah Ndiaye, le "
          "responsable commercial, deux livreurs élus et moi-même, qui coordonne le projet. C'est lui qui "
          "regarde les indicateurs et décide des corrections. Entre deux comités, un point d'équipe de vingt "
          "minutes, chaque lundi matin au dépôt, permet de remonter les problèmes de terrain : retards, "
          "clients mécontents, vélos en panne. Tout le monde, associé ou non, peut lire le compte rendu affiché "
          "au dépôt et dans le canal de discussion de la coopérative."),
        B("Le calendrier des réunions", {"rituals": "ok"}),
        T([["Rendez-vous", "Qui", "Fréquence", "On y regarde", "On y décide"],
           ["Conseil coopératif", "associés élus", "trimestrielle", "budget, résultats", "prix, embauches"],
           ["Comité de lancement", "gérante, commercial, deux livreurs, coordinatrice", "mensuelle",
            "tableau des indicateurs", "actions correctives"],
           ["Point du lundi", "toute l'équipe présente", "hebdomadaire", "incidents de la semaine",
            "répartition des tournées"],
           ["Revue commerciale", "commercial et coordinatrice", "toutes les deux semaines",
            "prospects, devis, résiliations", "relances et offres"]]),
        H(1, "2. Nos indicateurs et pourquoi ceux-là", {"kpi-selection": "ok"}),
        P("Nous avons cherché des indicateurs que les livreurs comprennent sans explication et que l'on peut "
          "relever sans logiciel coûteux. Le nombre d'abonnés actifs dit si la stratégie commerciale fonctionne. "
          "Le taux de résiliation dit si les clients restent, ce qui compte plus que d'en signer de nouveaux. La "
          "ponctualité des tournées mesure la promesse que nous vendons : un créneau garanti. Le chiffre "
          "d'affaires récurrent mensuel dit si la coopérative peut payer ses livreurs au mois. Enfin, le coût "
          "d'acquisition d'un abonné vérifie que la prospection ne coûte pas plus qu'elle ne rapporte. Nous avons "
          "écarté le nombre de kilomètres parcourus : il plaît aux livreurs mais ne dit rien de la santé du "
          "projet. Chaque indicateur a un seul responsable, qui le relève et l'explique au comité, et un seuil "
          "d'alerte fixé à l'avance pour que personne ne débatte du chiffre le jour venu."),
        B("TABLEAU DE SUIVI", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Source", "Cible juin 2027", "Seuil d'alerte", "Responsable"],
           ["Abonnés actifs", "contrats en cours au dernier jour du mois", "tableur des contrats", "80", "moins de 45 en mars", "commercial"],
           ["Résiliation mensuelle", "résiliations / abonnés du début du mois", "tableur des contrats", "moins de 4 %", "plus de 8 %", "gérante"],
           ["Tournées à l'heure", "tournées dans le créneau / tournées", "application de tournées", "95 %", "moins de 90 %", "coordinatrice"],
           ["Revenu récurrent mensuel", "somme des abonnements facturés", "logiciel de facturation", "26 000 €", "moins de 15 000 € en mars", "gérante"],
           ["Coût d'acquisition", "dépenses de prospection / nouveaux abonnés", "comptabilité", "moins de 150 €", "plus de 250 €", "commercial"]]),
        H(1, "3. L'écran du comité", {"dashboard": "empty"}),
        H(1, "4. Prévu, réalisé, et pourquoi ça diverge", {"gap-analysis": "ok", "forecast-actual": "ok"}),
        P("Après trois mois, le bilan est contrasté. Les signatures suivent à peu près le plan, mais la "
          "ponctualité a chuté en novembre, quand les pluies et les travaux du tramway sur le cours de la Marne "
          "ont allongé les tournées. Les résiliations restent faibles, ce qui montre que les clients signés sont "
          "satisfaits. L'écart le plus inquiétant est le coût d'acquisition : le salon des restaurateurs d'octobre "
          "nous a coûté cher pour seulement quatre contrats. Le tableau ci-dessous compare le plan et la "
          "réalité indicateur par indicateur."),
        T([["Indicateur", "Prévu fin novembre", "Réalisé fin novembre", "Écart", "Explication"],
           ["Abonnés actifs", "30", "27", "−3", "deux grands comptes repoussent à janvier"],
           ["Résiliation mensuelle", "5 %", "3,1 %", "mieux que prévu", "clients satisfaits du créneau"],
           ["Tournées à l'heure", "95 %", "88 %", "−7 points", "pluie et travaux du tramway"],
           ["Revenu récurrent mensuel", "9 600 €", "8 900 €", "−700 €", "suit le nombre d'abonnés"],
           ["Coût d'acquisition", "150 €", "310 €", "+160 €", "salon coûteux, peu de signatures"]]),
        B("4.1 Ce que nous corrigeons", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Qui", "Pour quand", "Comment on saura"],
           ["Ponctualité", "itinéraires de contournement des travaux, tournée du matin avancée de 15 min",
            "coordinatrice", "15 décembre", "retour au-dessus de 92 % en janvier"],
           ["Coût d'acquisition", "abandon des salons, parrainage entre commerçants avec un mois offert",
            "commercial", "janvier", "coût sous 200 € en février"],
           ["Abonnés", "offre d'essai de deux semaines pour les grands comptes hésitants",
            "gérante", "janvier", "deux signatures avant fin février"]]),
        H(2, "Quand faut-il alerter le conseil ?", {"reporting-escalation": "ok"}),
        P("Chaque comité produit une page de synthèse envoyée aux associés le lendemain. Si un indicateur "
          "franchit son seuil d'alerte deux mois de suite, ou si le revenu récurrent passe sous 12 000 euros, la "
          "gérante convoque le conseil coopératif sans attendre le trimestre. Le conseil peut alors geler la "
          "prospection payante, revoir le prix de l'abonnement ou décider de recruter. Les livreurs élus "
          "rapportent aussi au conseil tout problème de sécurité sur les tournées. Une fois par trimestre, la "
          "synthèse est aussi présentée à l'assemblée des associés, avec les décisions prises."),
    ],
)
