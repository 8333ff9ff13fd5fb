from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 40, written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer; French. Voltéo, an e-bike rental company in Grenoble, replaces its
    fleet software before the summer season. The authors' own headings; the objectives, the scales and the
    follow-up are bold Normal paragraphs; the register and the warning signals share one table under one heading
    (merged); the heat map heading has nothing under it (empty).""",
    title="Voltéo — Politique de gestion des risques du projet Flotte 2027",
    cover=["Étude de cas 1 — Romain Vidal et Sarah Benali", "Décembre 2026"],
    blocks=[
        B("PARTIE 1 — À QUOI SERT CETTE POLITIQUE ?", {"policy-objectives": "ok"}),
        P("Voltéo loue 620 vélos à assistance électrique à Grenoble et dans le Grésivaudan, à la journée et au mois, "
          "avec 14 salariés et 2,9 millions d'euros de chiffre d'affaires. Le logiciel de gestion de flotte actuel, "
          "développé en interne en 2017, ne sera plus maintenu après mars 2027. Le projet Flotte 2027 le remplace "
          "par une solution du marché, avec de nouveaux cadenas connectés sur tous les vélos, avant la saison d'été "
          "qui fait 45 % du chiffre d'affaires annuel."),
        P("Cette politique fixe la manière dont l'équipe projet repère, note, traite et suit les risques de ce "
          "changement, de janvier à septembre 2027. Elle couvre le logiciel, les cadenas, la reprise des données "
          "clients et la formation des agents ; elle ne couvre pas les risques habituels de l'exploitation "
          "(vols, accidents), qui relèvent du plan de prévention existant. Son but est simple : qu'aucun client ne "
          "reste bloqué devant un vélo en juillet, et que le budget de 210 000 euros ne dérape pas de plus de 10 %."),
        H(1, "Comment nous avons repéré les risques", {"identification-method": "ok"}),
        P("Nous avons combiné trois sources. D'abord, un atelier de deux heures avec les agents d'accueil, les "
          "deux mécaniciens et le responsable informatique, où chacun a listé ce qui pouvait mal tourner à son "
          "poste, en partant d'une journée type de juillet. Ensuite, les retours de deux loueurs qui ont changé de "
          "logiciel récemment, à Annecy et à Chambéry, interrogés par téléphone. Enfin, la revue du contrat proposé "
          "par l'éditeur et du planning de livraison des cadenas."),
        P("Chaque risque a été formulé sous la forme « cause, événement, conséquence », puis noté par trois "
          "personnes séparément sur la probabilité et sur l'impact ; nous avons retenu la moyenne arrondie et "
          "discuté les écarts de plus d'un point. Nous avons gardé 11 risques, dont 6 sont présentés ici. La "
          "liste sera revue à chaque comité et chaque fois qu'un agent signale un problème nouveau."),
        B("Nos échelles de notation", {"rating-scales": "ok"}),
        T([["Note", "Probabilité", "Impact"],
           ["1", "moins d'une chance sur dix", "gêne interne, aucun client touché"],
           ["2", "une chance sur quatre", "quelques clients gênés, moins de 2 000 €"],
           ["3", "une chance sur deux", "service dégradé un jour, jusqu'à 15 000 €"],
           ["4", "plus probable qu'improbable", "locations impossibles plusieurs jours, plus de 15 000 €"]]),
        H(1, "Registre et signaux d'alerte", {"risk-register": "ok", "trigger-indicators": "ok"}),
        T([["N°", "Risque", "P", "I", "Score", "Signal qui déclenche l'action", "Responsable"],
           ["R1", "Les cadenas connectés sont livrés en retard", "3", "4", "12",
            "moins de 300 cadenas reçus au 15 avril", "Romain"],
           ["R2", "La reprise des 18 000 fiches clients perd des abonnements", "2", "4", "8",
            "plus de 1 % d'écarts au test de reprise", "Sarah"],
           ["R3", "Les agents ne maîtrisent pas le nouvel outil en juin", "3", "3", "9",
            "moins de 80 % de réussite au quiz de formation", "Sarah"],
           ["R4", "L'application mobile de l'éditeur plante en forte charge", "2", "4", "8",
            "temps de déverrouillage supérieur à 10 s au test de charge", "éditeur"],
           ["R5", "Le budget dépasse de plus de 10 %", "2", "3", "6",
            "dépenses engagées supérieures à 60 % au 31 mars", "Romain"],
           ["R6", "Les batteries des cadenas tiennent moins d'un mois", "2", "2", "4",
            "plus de 5 % de cadenas sous 20 % de charge en une semaine", "mécaniciens"]]),
        H(1, "Cartographie", {"risk-matrix": "empty"}),
        H(1, "Que faisons-nous face à chaque risque ?", {"response-strategy": "ok"}),
        P("Nous réduisons les risques dont le score atteint 8 ou plus, et nous acceptons les autres en les "
          "surveillant. Le retard des cadenas (R1) est le plus grave, parce qu'il bloque tout le reste : nous avons "
          "obtenu du fournisseur une livraison en deux lots, le premier de 300 cadenas dès mars, et nous garderons "
          "les anciens cadenas à code sur 200 vélos jusqu'à fin août, ce qui permet de louer même avec la moitié de "
          "la flotte équipée."),
        P("Pour la reprise des données (R2), l'éditeur fera deux reprises à blanc en février et en avril, "
          "contrôlées fiche par fiche sur un échantillon de 500 clients ; les abonnés touchés par un écart seront "
          "appelés un par un. La formation (R3) sera faite en deux temps, une journée en mai puis une demi-journée "
          "en juin sur les cas réels, avec un agent référent par agence. La tenue en charge de l'application (R4) "
          "est transférée à l'éditeur par une clause du contrat : pénalité de 500 euros par heure d'indisponibilité "
          "entre juin et septembre. Le dépassement de budget (R5) et les batteries (R6) sont acceptés et suivis, "
          "avec une réserve de 15 000 euros gardée hors budget jusqu'en juin."),
        H(2, "Plans détaillés pour les trois risques rouges", {"response-plans": "ok"}),
        T([["Risque", "Action", "Échéance", "Coût", "Plan B si le signal se déclenche"],
           ["R1 cadenas", "Livraison en deux lots, pénalités de retard", "15 avril", "0 €",
            "garder les cadenas à code sur 200 vélos"],
           ["R3 formation", "Deux sessions et un référent par agence", "20 juin", "4 200 €",
            "présence de l'éditeur en agence la première semaine de juillet"],
           ["R2 reprise", "Deux reprises à blanc contrôlées", "30 avril", "2 500 €",
            "reporter la bascule à la mi-mai et appeler les abonnés"]]),
        B("Qui suit quoi, et quand", {"monitoring-governance": "ok"}),
        P("Romain Vidal, chef de projet, tient le registre à jour dans le tableur partagé du projet et vérifie "
          "chaque lundi les signaux d'alerte. Un comité projet se réunit toutes les deux semaines avec la gérante, "
          "Claire Mougin, le responsable informatique et le représentant de l'éditeur : il passe en revue les "
          "risques dont le score atteint 8, décide des plans B et ajoute les risques nouveaux remontés par les "
          "agents."),
        P("Si un signal se déclenche entre deux comités, Romain prévient la gérante le jour même et le plan B "
          "prévu est lancé sans attendre. En juin, un comité spécial décide de la bascule définitive ou du report "
          "d'une semaine. Après la saison, en octobre, un bilan compare les risques prévus et ceux qui sont "
          "réellement arrivés, pour améliorer la politique du prochain projet."),
    ],
)
