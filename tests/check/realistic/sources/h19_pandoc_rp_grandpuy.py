from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, French: the project office of the Grand Puy ski area, a municipal operator in the Hautes-Alpes, writes
    the risk policy of its new online lift-pass sales and hands-free gates, due for the 2027-2028 winter. Three
    part titles of the author's own at level 1 with every section at level 2 under them; headings in the authors'
    words, two questions; a risk register table of ten risks and a small grid table for the heat map. No rating
    scales (the register gives scores from 1 to 4 without saying what they mean) and no response plans per major
    risk (missing); the heading on warning signals has nothing under it (empty); a closing section of their own
    with contacts.""",
    title="Grand Puy Connect – Notre politique face aux risques",
    cover=["Domaine skiable du Grand Puy – régie municipale", "Bureau de projet : Élodie Martel, Yannick Roux – novembre 2026"],
    blocks=[
        H(1, "A. Le cadre"),
        H(2, "Pourquoi écrire cette politique ?", {"policy-objectives": "ok"}),
        P("Le domaine du Grand Puy vend chaque hiver 310 000 journées de ski, aujourd'hui surtout aux caisses du "
          "pied des pistes, sur des cartes magnétiques lues par des portiques de 2004. Le projet Grand Puy Connect "
          "remplace tout cela pour l'hiver 2027-2028 : vente des forfaits en ligne et sur mobile, cartes sans "
          "contact rechargeables, 38 portiques mains libres et un logiciel de billetterie hébergé par l'éditeur. "
          "Le budget est de 2,3 millions d'euros, financés pour un tiers par la région. Si les portiques "
          "refusent les skieurs un samedi de février, ce sont des files de plusieurs centaines de personnes, des "
          "remboursements et une réputation abîmée pour plusieurs saisons. Ce document fixe la manière dont le "
          "bureau de projet repère, évalue, traite et suit les risques jusqu'à la fin de la première saison. Il "
          "concerne l'équipe projet, le service des pistes, les caisses, l'éditeur et l'installateur des "
          "portiques. Nous ne tolérons aucun risque sur la sécurité des skieurs et très peu sur l'ouverture à la "
          "date prévue ; nous acceptons en revanche un dépassement du budget de 5 % pour tenir ces deux engagements."),
        H(2, "Comment nous avons cherché ce qui peut mal tourner", {"identification-method": "ok"}),
        P("Nous avons commencé par relire les incidents des trois derniers hivers dans le cahier de la "
          "direction des pistes : pannes de portiques, coupures de courant, pertes de réseau au sommet. Puis "
          "nous avons organisé quatre ateliers d'une heure, avec les caissières, les perchmans et contrôleurs, "
          "le service informatique de la mairie et l'éditeur, en leur posant à tous la même question : qu'est-ce "
          "qui empêcherait un skieur de monter dans le premier télésiège le jour de l'ouverture ? Nous avons aussi "
          "appelé deux stations qui ont fait la même migration, Les Orres et Valloire, et lu le contrat de "
          "l'éditeur avec le juriste de la mairie. Chaque risque est écrit sous la forme d'une cause, d'un "
          "événement et d'une conséquence, puis noté par son propriétaire et par le bureau de projet, chacun de "
          "son côté ; quand les deux notes s'écartent de plus d'un point, on en discute. Tout agent du domaine "
          "peut signaler un nouveau risque par un formulaire de l'intranet, relu chaque vendredi."),
        H(1, "B. Les risques"),
        H(2, "Dix risques en un tableau", {"risk-register": "ok"}),
        T([["N°", "Risque", "Cause", "P", "G", "Score", "Propriétaire", "Réponse"],
           ["R1", "Portiques non livrés avant décembre", "pénurie de composants chez l'installateur", "2", "4", "8",
            "chef de projet", "réduire"],
           ["R2", "Réseau trop faible au sommet pour valider les cartes", "une seule antenne au Col Blanc", "3", "4",
            "12", "informatique", "réduire"],
           ["R3", "Site de vente saturé le jour de l'ouverture des ventes", "pic de connexions en octobre", "3", "3",
            "9", "éditeur", "transférer"],
           ["R4", "Caissières mal à l'aise avec le nouveau logiciel", "formation trop tardive", "3", "2", "6",
            "responsable des caisses", "réduire"],
           ["R5", "Perte des abonnements saisonniers existants", "reprise des données ratée", "2", "3", "6",
            "informatique", "réduire"],
           ["R6", "Panne d'électricité sur un portique", "orage, chute de neige lourde", "2", "2", "4",
            "service des pistes", "accepter"],
           ["R7", "Faille de sécurité sur les paiements", "site mal configuré", "1", "4", "4", "éditeur",
            "transférer"],
           ["R8", "Refus des skieurs âgés de payer en ligne", "habitude des caisses", "3", "1", "3",
            "communication", "accepter"],
           ["R9", "Faillite de l'éditeur", "petite société de 40 personnes", "1", "4", "4", "juriste",
            "transférer"],
           ["R10", "Retard de la subvention régionale", "vote du budget régional", "2", "2", "4", "finances",
            "accepter"]]),
        H(2, "Où se concentrent les dangers", {"risk-matrix": "ok"}),
        P("En croisant la probabilité et la gravité de chaque risque, deux risques ressortent nettement : le "
          "réseau au sommet, qui pourrait bloquer la validation des cartes sur les télésièges du haut, et la "
          "saturation du site le jour où les forfaits saison sont mis en vente. Les portiques en retard sont juste "
          "en dessous. Tout le reste est vert ou jaune. La grille est reproduite en tête du compte rendu de chaque "
          "comité, pour que les élus voient en un coup d'œil ce qui a bougé depuis le mois précédent."),
        T([["Probabilité (lignes) / gravité (colonnes)", "1", "2", "3", "4"],
           ["3", "R8", "R4", "R3", "R2"],
           ["2", "", "R6, R10", "R5", "R1"],
           ["1", "", "", "", "R7, R9"]]),
        H(2, "Signaux d'alerte", {"trigger-indicators": "empty"}),
        H(1, "C. Ce que nous faisons"),
        H(2, "Que faisons-nous de chaque risque ?", {"response-strategy": "ok"}),
        P("Pour chaque risque, le propriétaire choisit une des quatre attitudes et l'écrit dans le registre. "
          "Nous réduisons quand une action à notre portée fait baisser la probabilité ou la gravité : c'est le cas "
          "du réseau au sommet, pour lequel une seconde antenne sera posée au Col Blanc avant la fin de l'été, ou "
          "de la formation des caissières, avancée au mois de septembre. Nous transférons quand un autre est "
          "mieux placé pour porter le risque : le contrat impose à l'éditeur un test de charge à 20 000 "
          "connexions simultanées et une pénalité par heure d'indisponibilité, et le code source est déposé chez "
          "un tiers en cas de faillite. Nous évitons un risque quand on peut changer le projet pour qu'il "
          "disparaisse : nous avons renoncé à ouvrir la vente en ligne le jour des vacances de la Toussaint. Nous "
          "acceptons enfin les petits risques dont le traitement coûterait plus cher que leurs effets, comme la "
          "panne d'un portique isolé, pour laquelle un contrôleur avec un lecteur portable suffit. Pendant toute "
          "la première saison, les anciens portiques restent stockés et peuvent être remontés en quarante-huit "
          "heures si le nouveau système ne tient pas."),
        H(2, "Qui veille, et à quel rythme", {"monitoring-governance": "ok"}),
        P("Le bureau de projet tient le registre et le met à jour chaque vendredi après-midi, en appelant les "
          "propriétaires des risques notés 8 ou plus. Le comité de pilotage, présidé par l'adjoint au maire chargé "
          "de la station et réunissant le directeur des pistes, la responsable des caisses, l'informatique et "
          "l'éditeur, se réunit le premier lundi de chaque mois ; il commence toujours par les risques rouges et "
          "décide seul de toute dépense supérieure à 15 000 euros. De décembre à avril, pendant la première "
          "saison, un point de dix minutes a lieu chaque matin à 8 heures au pied des pistes, et tout incident "
          "sur un portique est noté dans le cahier des pistes puis reporté au registre. Un bilan complet des "
          "risques est présenté au conseil municipal en mai 2028, avec la liste des risques "
          "fermés, de ceux qui restent ouverts et des leçons à garder pour les prochains projets du domaine."),
        H(1, "Contacts"),
        P("Élodie Martel, bureau de projet, poste 214. Yannick Roux, informatique, poste 231."),
    ],
    missing=["rating-scales", "response-plans"],
)
