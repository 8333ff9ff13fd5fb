from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: a small ski resort in the Hautes-Pyrénées replaces its cash desks and paper passes with contactless
    passes sold online and reloadable, before the 2027-2028 winter. Numbered headings, several shortened to one
    word ("2. Méthode", "3. Registre", "5. Indicateurs", "8. Gouvernance"); the scales table under its own
    sub-heading; the risk register as a table; the matrix is two sentences placing the risks (thin); the responses
    split over two headings ("6. Réduire et éviter", "7. Transférer ou accepter") with the response plans table
    as a sub-heading of the first half; an extra closing paragraph on the next review under its own heading.""",
    title="Station de Peyrelongue – Politique de gestion des risques du projet « Forfait sans contact »",
    cover=["Étude de cas 1 – gestion des risques", "Manon Lasserre, cheffe de projet, SEM Peyrelongue Loisirs",
           "Novembre 2026"],
    blocks=[
        H(1, "1. Pourquoi cette politique", {"policy-objectives": "ok"}),
        P("La station de Peyrelongue accueille 160 000 journées-skieur par hiver sur 28 pistes et 9 remontées. "
          "Jusqu'ici, les forfaits sont vendus aux deux caisses du pied des pistes et contrôlés à l'œil par les "
          "perchistes. Le projet « Forfait sans contact » remplace ce système par des cartes rechargeables, vendues "
          "en ligne et lues par des portillons à l'entrée de chaque remontée. Il coûte 1,2 million d'euros, dont "
          "la moitié financée par la région, et doit être en service pour l'ouverture du 19 décembre 2027."),
        P("Un projet de cette taille, dans une station qui ne fait de chiffre que quatre mois par an, ne supporte "
          "pas de mauvaise surprise : une semaine de vacances de février perdue représente 18 % des recettes de "
          "l'hiver. Cette politique fixe donc trois objectifs : repérer tôt ce qui peut retarder l'ouverture ou "
          "bloquer les skieurs aux portillons, décider à l'avance qui réagit et comment, et rendre compte chaque "
          "mois au conseil d'administration de la SEM. Elle couvre le projet depuis la commande des portillons "
          "jusqu'à la fin du premier hiver d'exploitation ; les risques habituels de la station, comme "
          "l'enneigement ou les accidents sur les pistes, restent traités par le plan de sécurité existant."),
        H(1, "2. Méthode", {"identification-method": "ok"}),
        P("Nous avons recensé les risques en trois temps. D'abord, deux ateliers d'une demi-journée en "
          "septembre avec les chefs de secteur des remontées, la responsable des caisses, le directeur financier "
          "et le fournisseur des portillons : chacun a listé ce qui l'inquiétait, sans filtre. Ensuite, des appels "
          "à deux autres stations qui ont fait la même bascule, une station des Pyrénées-Orientales en 2019 et une des Alpes du "
          "Sud en 2022, pour savoir ce qui leur avait réellement coûté cher. Enfin, une relecture du planning et du "
          "contrat ligne par ligne, pour noter chaque dépendance à un tiers."),
        P("Les soixante idées recueillies ont été regroupées en quatorze risques, puis notés par le même groupe "
          "sur une probabilité et un impact de 1 à 4. Le score est le produit des deux. Les risques de score 9 ou "
          "plus sont dits majeurs et ont chacun un plan de réponse et un responsable nommé. Le registre ci-dessous "
          "ne retient que les huit risques de score 4 ou plus ; les six autres sont suivis dans l'outil de projet."),
        H(2, "2.1 Échelles", {"rating-scales": "ok"}),
        T([["Note", "Probabilité", "Impact"],
           ["1", "peu probable, jamais vu ailleurs", "gêne interne, aucun skieur touché"],
           ["2", "possible, arrivé dans une autre station", "retard de moins de deux semaines ou surcoût de moins de 20 000 €"],
           ["3", "probable si rien n'est fait", "ouverture retardée ou files d'attente visibles un jour de pointe"],
           ["4", "presque certain", "vacances scolaires perdues ou surcoût de plus de 100 000 €"]]),
        H(1, "3. Registre", {"risk-register": "ok"}),
        T([["N°", "Risque", "Cause", "P", "I", "Score", "Responsable"],
           ["R1", "Portillons livrés en retard", "usine unique en Autriche, carnet de commandes plein", "3", "4", "12",
            "directeur technique"],
           ["R2", "Pas de réseau aux gares d'arrivée", "fibre absente au-dessus de 1 800 m", "3", "3", "9",
            "directeur technique"],
           ["R3", "Files d'attente le premier samedi de février", "skieurs sans carte, rechargement lent", "3", "3", "9",
            "responsable des caisses"],
           ["R4", "Boutique en ligne indisponible un jour de neige fraîche", "pic de trafic", "2", "4", "8",
            "prestataire web"],
           ["R5", "Perchistes opposés au changement", "peur pour leur poste", "2", "3", "6", "directrice générale"],
           ["R6", "Fraude par prêt de carte", "carte anonyme et sans photo", "3", "2", "6", "responsable des caisses"],
           ["R7", "Subvention régionale versée en retard", "contrôle des pièces justificatives", "2", "2", "4",
            "directeur financier"],
           ["R8", "Fuite des données des clients", "boutique en ligne, fichiers de ventes", "1", "4", "4",
            "prestataire web"]]),
        H(1, "4. Matrice", {"risk-matrix": "thin"}),
        P("Placés sur la grille probabilité par impact, R1 est seul dans la case rouge en haut à droite ; R2, R3 et "
          "R4 sont orange ; R5 et R6 sont au milieu ; R7 et R8 restent dans le vert."),
        H(1, "5. Indicateurs", {"trigger-indicators": "ok"}),
        T([["Risque", "Signal suivi", "Seuil d'alerte", "Qui regarde", "Fréquence"],
           ["R1", "date de sortie d'usine confirmée par le fournisseur", "après le 15 octobre 2027",
            "directeur technique", "chaque mois, chaque semaine dès septembre"],
           ["R2", "taux de lectures transmises par les portillons d'altitude", "moins de 98 % sur une journée",
            "directeur technique", "chaque jour pendant les essais"],
           ["R3", "temps d'attente mesuré aux caisses à 9 h", "plus de 15 minutes deux jours de suite",
            "responsable des caisses", "chaque jour de vacances"],
           ["R4", "temps de réponse de la boutique en ligne", "plus de 4 secondes pendant 10 minutes",
            "prestataire web", "en continu, alerte SMS"],
           ["R5", "inscrits aux formations portillons", "moins de 80 % des perchistes au 1er novembre",
            "directrice générale", "chaque mois"],
           ["R6", "passages refusés pour carte déjà utilisée", "plus de 30 par jour", "responsable des caisses",
            "chaque semaine"]]),
        H(1, "6. Réduire et éviter", {"response-strategy": "ok"}),
        P("Pour la plupart des risques, nous cherchons à réduire la probabilité plutôt qu'à nous préparer au pire. "
          "Le retard des portillons, seul risque rouge, est traité en amont : commande passée dès janvier 2027, "
          "pénalités de retard écrites au contrat et livraison en deux lots, celui des remontées principales en "
          "premier. Pour le réseau en altitude, nous évitons le problème au lieu de le subir : les portillons des "
          "gares d'arrivée fonctionneront hors ligne et transmettront leurs lectures à la descente."),
        P("Les files d'attente se réduisent surtout hors de la station : la vente en ligne ouvrira le 1er "
          "octobre avec une remise de 10 %, et les hôtels et loueurs de skis vendront les cartes à leurs clients."),
        H(2, "6.1 Plans pour les risques majeurs", {"response-plans": "ok"}),
        T([["Risque", "Actions préventives", "Plan de secours si le seuil est franchi", "Budget", "Responsable"],
           ["R1", "commande en janvier, pénalités, deux lots", "ouverture avec contrôle manuel et anciens forfaits papier sur les remontées non équipées",
            "12 000 € de forfaits papier", "directeur technique"],
           ["R2", "portillons en mode hors ligne, essais en août", "lecteurs portables pour les perchistes", "8 000 €",
            "directeur technique"],
           ["R3", "vente en ligne anticipée, revendeurs partenaires", "deux caisses mobiles en renfort au pied des pistes",
            "15 000 € par hiver", "responsable des caisses"]]),
        H(1, "7. Transférer ou accepter", {"response-strategy": "ok"}),
        P("Deux risques sont transférés plutôt que traités par nous. La disponibilité de la boutique en ligne est "
          "un engagement du prestataire, avec un taux de 99,5 % pendant la saison et des pénalités par heure "
          "d'arrêt ; la fuite de données est couverte par une assurance cyber souscrite par la SEM pour 4 200 "
          "euros par an. Nous acceptons en revanche la fraude par prêt de carte au premier hiver : la station "
          "voisine l'estime à moins de 1 % des recettes, et une photo sur chaque carte ralentirait la vente."),
        H(1, "8. Gouvernance", {"monitoring-governance": "ok"}),
        P("Manon Lasserre, cheffe de projet, tient le registre et les indicateurs. Chaque lundi, elle réunit pendant "
          "trente minutes le directeur technique, la responsable des caisses et le prestataire web pour relever les "
          "signaux et mettre à jour les scores. Un risque qui franchit son seuil déclenche son plan de secours dans "
          "les 48 heures, sans attendre de réunion, et la directrice générale en est informée le jour même."),
        P("Le comité de pilotage, qui réunit chaque mois la directrice générale, le directeur financier et deux "
          "administrateurs de la SEM, reçoit une page : la matrice à jour, les risques qui ont changé de couleur "
          "et les décisions à prendre. Le conseil d'administration voit le registre complet à chacune de ses "
          "réunions trimestrielles. Après l'hiver, un bilan dira quels risques se sont réalisés, ce que les plans "
          "ont coûté, et ce qu'il faut changer dans cette politique pour le deuxième hiver."),
        H(1, "9. Prochaine révision"),
        P("Cette politique sera revue en mai 2027, après la réception du premier lot de portillons."),
    ],
)
