from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French. La Brasserie du Causse, a craft brewery in Aveyron (38 staff), opens a second brewhouse and a web
    shop in 2027. Numbered headings in the authors' words, several as questions, one in UPPER CASE; a context
    section of their own first; a register table rating each risk by likelihood and impact; the map of risks
    drawn as a table; the governance section is three sentences (thin).""",
    title="Brasserie du Causse — Politique de gestion des risques 2027",
    cover=["Étude de cas n° 1", "Camille Vidal et Hugo Fabre, décembre 2026"],
    blocks=[
        H(1, "Le projet en deux mots"),
        P("La Brasserie du Causse brasse depuis 2011 à Séverac-le-Château des bières vendues surtout dans les bars et "
          "les épiceries fines d'Occitanie. Avec 38 salariés et 4,6 millions d'euros de chiffre d'affaires, elle "
          "lance en 2027 deux chantiers : une seconde salle de brassage à Millau, qui doublera la capacité, et une "
          "boutique en ligne pour vendre directement aux particuliers."),
        H(1, "1. Pourquoi cette politique, et jusqu'où va-t-elle ?", {"policy-objectives": "ok"}),
        P("Les deux chantiers engagent 2,3 millions d'euros, dont 1,5 million empruntés, et la direction ne veut pas "
          "découvrir les problèmes une fois la cuve livrée ou le site en panne un samedi de décembre. Cette politique "
          "a trois buts : repérer à l'avance ce qui peut retarder, renchérir ou faire échouer les deux projets ; "
          "décider pour chaque risque important qui s'en occupe et avec quels moyens ; donner au comité de direction "
          "un point mensuel simple sur l'état de ces risques."),
        P("Elle couvre la construction et la mise en route de la brasserie de Millau jusqu'à la fin de 2027, la "
          "boutique en ligne de sa conception à sa première année pleine, ainsi que les effets de ces projets sur "
          "l'activité actuelle (approvisionnement en malt et houblon, équipe, trésorerie). Elle ne traite pas des "
          "risques courants de l'usine de Séverac, déjà suivis par le plan de maîtrise sanitaire et le document "
          "unique. Elle est approuvée par le gérant, Bernard Causse, et révisée chaque trimestre."),
        H(1, "2. Comment avons-nous trouvé nos risques ?", {"identification-method": "ok"}),
        P("Nous avons combiné quatre sources. D'abord, deux ateliers d'une demi-journée en octobre, avec le maître "
          "brasseur, la responsable commerciale, le comptable et deux brasseurs, où chacun a écrit sur des post-it "
          "ce qui l'empêcherait de dormir pendant les travaux, puis nous avons regroupé les idées par thème. Ensuite, "
          "des entretiens avec trois brasseries qui ont déjà ouvert un second site dans le Sud-Ouest, pour savoir ce "
          "qui les avait surprises. Troisièmement, la relecture des devis, du contrat de prêt et du planning du "
          "maître d'œuvre, ligne par ligne. Enfin, pour la boutique en ligne, une liste de contrôle tirée des "
          "recommandations de la CNIL et de la réglementation sur la vente d'alcool à distance."),
        P("Chaque risque retenu a été décrit par sa cause, l'événement redouté et sa conséquence, puis noté par le "
          "groupe avec les échelles ci-dessous. Nous en avons gardé quatorze ; les dix principaux figurent au "
          "registre."),
        H(2, "2.1 Nos échelles de notation", {"rating-scales": "ok"}),
        T([["Note", "Vraisemblance", "Impact"],
           ["1", "moins d'une chance sur dix d'ici fin 2027", "moins de 10 000 € ou une semaine de retard"],
           ["2", "une chance sur dix à une sur trois", "10 000 à 50 000 € ou un mois de retard"],
           ["3", "une chance sur trois à une sur deux", "50 000 à 150 000 € ou un trimestre de retard"],
           ["4", "plus d'une chance sur deux", "plus de 150 000 € ou un projet remis en cause"]]),
        H(1, "3. LE REGISTRE", {"risk-register": "ok"}),
        T([["N°", "Risque", "Vraisemblance (1-4)", "Impact (1-4)", "Score", "Responsable"],
           ["R1", "Livraison des cuves retardée par le fabricant allemand", "3", "3", "9", "maître brasseur"],
           ["R2", "Hausse du prix du malt de plus de 20 %", "2", "3", "6", "acheteuse"],
           ["R3", "Eau de Millau trop calcaire pour nos recettes", "2", "4", "8", "maître brasseur"],
           ["R4", "Recrutement de trois brasseurs non abouti", "3", "3", "9", "gérant"],
           ["R5", "Panne du site marchand en période de fêtes", "2", "3", "6", "responsable commerciale"],
           ["R6", "Vente d'alcool à un mineur via la boutique en ligne", "2", "4", "8", "responsable commerciale"],
           ["R7", "Casse des bouteilles pendant l'expédition", "4", "2", "8", "logistique"],
           ["R8", "Dépassement du budget des travaux", "3", "4", "12", "comptable"],
           ["R9", "Bars et cavistes vexés par la vente directe", "2", "2", "4", "responsable commerciale"],
           ["R10", "Départ du maître brasseur pendant le chantier", "1", "4", "4", "gérant"]]),
        H(1, "4. Vue d'ensemble : où se placent nos risques ?", {"risk-matrix": "ok"}),
        T([["Vraisemblance \\ Impact", "1", "2", "3", "4"],
           ["4", "", "R7", "", ""],
           ["3", "", "", "R1, R4", "R8"],
           ["2", "", "R9", "R2, R5", "R3, R6"],
           ["1", "", "", "", "R10"]]),
        P("La carte montre une zone rouge nette : le dépassement du budget des travaux (R8), le retard des cuves "
          "(R1) et le recrutement (R4) sont à la fois probables et lourds, et tous trois touchent la brasserie de "
          "Millau. La boutique en ligne porte surtout des risques graves mais moins probables (vente à un mineur, "
          "panne), et un risque très probable mais limité, la casse des colis. Nous traitons d'abord les cases dont "
          "le score atteint 8 ou plus, soit six risques sur dix."),
        H(1, "5. Quand faut-il s'inquiéter ?", {"trigger-indicators": "ok"}),
        T([["Risque", "Signal suivi", "Seuil d'alerte", "Qui regarde"],
           ["R1", "date de départ usine confirmée par le fabricant", "plus de 3 semaines de décalage", "maître brasseur, chaque semaine"],
           ["R4", "candidatures reçues par poste", "moins de 5 un mois après l'annonce", "gérant"],
           ["R7", "colis signalés cassés", "plus de 2 % sur un mois", "logistique"],
           ["R8", "écart entre dépenses engagées et budget", "plus de 5 %", "comptable, chaque mois"],
           ["R6", "commandes bloquées par la vérification d'âge", "contrôle qui ne bloque plus rien pendant 15 jours", "responsable commerciale"]]),
        H(1, "6. Éviter, réduire, transférer ou accepter : nos choix", {"response-strategy": "ok"}),
        P("Pour chaque risque, nous avons choisi une réponse proportionnée à son score et à nos moyens, qui restent "
          "ceux d'une PME. Nous réduisons les risques que nous pouvons influencer : pour les cuves, le contrat "
          "prévoit des pénalités de retard et nous avons avancé la commande de six semaines ; pour le recrutement, "
          "nous formons dès janvier deux brasseurs de Séverac qui pourront partir à Millau. Nous transférons ce qui "
          "s'assure : la casse des colis est couverte par le transporteur et un emballage en carton alvéolé testé "
          "sur 200 envois, la panne du site par le contrat de l'hébergeur avec une astreinte en décembre."),
        P("Nous évitons le risque de vente à un mineur en imposant une vérification d'âge à la livraison, même si "
          "cela coûte un euro de plus par colis. Nous acceptons enfin les risques faibles, comme la réaction des "
          "cavistes, en les prévenant nous-mêmes et en gardant des prix en ligne alignés sur les leurs. Le budget des "
          "travaux, notre risque le plus lourd, reçoit une réserve de 8 % et une règle : aucune option nouvelle sans "
          "accord écrit du gérant."),
        H(2, "6.1 Plans pour les risques majeurs", {"response-plans": "ok"}),
        T([["Risque", "Actions", "Responsable", "Échéance", "Coût"],
           ["R8 budget des travaux", "réserve de 8 %, revue mensuelle des devis, gel des options", "comptable", "dès janvier 2027", "184 000 € immobilisés"],
           ["R1 retard des cuves", "commande avancée, pénalités, visite usine en mars", "maître brasseur", "mars 2027", "2 500 €"],
           ["R4 recrutement", "formation de deux brasseurs internes, annonce dans trois écoles", "gérant", "février 2027", "9 000 €"],
           ["R3 eau trop calcaire", "analyse dès la signature, adoucisseur chiffré en option", "maître brasseur", "janvier 2027", "600 € d'analyses"]]),
        H(1, "7. Qui surveille ?", {"monitoring-governance": "thin"}),
        P("Le comptable tient le registre et le présente au comité de direction le premier lundi du mois. Chaque "
          "responsable met à jour ses signaux la semaine précédente. La politique est revue chaque trimestre et "
          "après tout incident grave."),
    ],
)
