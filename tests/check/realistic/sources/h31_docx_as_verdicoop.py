from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: VerdiCoop, a cooperative of 23 greenhouse growers near Carpentras, launched in September a
    web shop selling vegetables to restaurants of the Vaucluse; its first quarter is behind plan and the team says
    what it would switch to. Paraphrased and question headings, numbered by hand; the scenarios that force a
    change as a table; three options described, then a comparison table with a weighted score under its own
    sub-heading. The decision part is two sentences (thin). The authors added a section of their own on what ten
    restaurant owners told them. The answers to the objections close the file as a table.""",
    title="VerdiCoop : et si la boutique en ligne ne décolle pas ?",
    cover=["Étude de cas n°1 — Coopérative VerdiCoop, Carpentras",
           "Lucie Marchetti, Théo Vidal, Inès Bouaziz — décembre 2026"],
    blocks=[
        H(1, "1. Où en est-on depuis septembre ?", {"baseline-reminder": "ok"}),
        P("La coopérative a ouvert sa boutique en ligne pour les restaurateurs le 2 septembre 2026. Le plan validé en "
          "juin prévoyait 120 restaurants clients à la fin de l'année, un panier moyen de 210 € par commande et "
          "deux commandes par semaine et par client, livrées le lendemain avant 10 h par les deux camions de la "
          "coopérative. Le budget du projet est de 148 000 €, dont 62 000 € pour le site et 40 000 € pour la "
          "prospection."),
        P("Trois mois plus tard, nous suivons quatre indicateurs chaque lundi : le nombre de restaurants actifs "
          "(56 aujourd'hui, contre 90 attendus à cette date), le panier moyen (238 €, au-dessus du plan), la "
          "fréquence (1,3 commande par semaine) et le coût de livraison par commande (31 €, contre 18 € prévus, "
          "parce que les tournées sont à moitié vides). Le chiffre d'affaires cumulé atteint 52 % de l'objectif."),
        H(1, "2. Quand faut-il changer de cap ?", {"kpi-scenarios": "ok"}),
        P("Nous avons fixé à l'avance les seuils qui nous feraient basculer, pour ne pas décider sous la pression."),
        T([["Indicateur", "Seuil d'alerte", "Constat au 30 novembre", "Ce que cela déclenche"],
           ["Restaurants actifs", "moins de 75 % du plan deux mois de suite", "62 % en octobre, 62 % en novembre",
            "étude des options B et C"],
           ["Coût de livraison par commande", "plus de 25 € sur un mois", "31 €", "revoir la logistique"],
           ["Fréquence de commande", "moins de 1,5 par semaine", "1,3", "offre d'abonnement hebdomadaire"],
           ["Panier moyen", "moins de 180 €", "238 €", "aucune action"]]),
        H(1, "3. Les trois chemins possibles", {"alternatives": "ok"}),
        P("Option A, continuer en renforçant la prospection. Nous gardons le modèle actuel et recrutons pour six "
          "mois une commerciale à mi-temps qui visite les restaurants d'Avignon, de Cavaillon et de L'Isle-sur-la-"
          "Sorgue. Le coût est de 19 000 €. L'avantage est de ne rien casser ; le risque est de payer pour des "
          "visites alors que le vrai frein, d'après nos entretiens, est l'horaire de livraison."),
        P("Option B, passer par un grossiste existant. Le marché d'intérêt national de Cavaillon nous propose de "
          "livrer nos produits avec ses propres tournées, contre 14 % du chiffre d'affaires. Nos camions ne "
          "serviraient plus qu'aux gros clients. Le coût de livraison tomberait à environ 12 € par commande, mais "
          "la coopérative perdrait le contact direct avec les chefs, qui était la raison même du projet, et nos "
          "prix seraient affichés à côté de ceux des concurrents."),
        P("Option C, des points de retrait partagés. Au lieu de livrer chaque restaurant, nous déposons les "
          "commandes à 6 h dans quatre points frais (deux épiceries partenaires, une halle et un casier réfrigéré "
          "à Avignon), où les chefs passent en allant au marché. Les restaurants proches d'un point gardent la "
          "livraison gratuite au-delà de 300 €. Il faut 24 000 € pour le casier et les accords avec les "
          "épiceries, et trois semaines de mise en place. Les chefs que nous avons interrogés y voient surtout la "
          "possibilité de commander jusqu'à 22 h."),
        H(1, "4. Comment se comparent-elles ?", {"alternatives-comparison": "ok"}),
        T([["Critère", "A : prospection", "B : grossiste", "C : points de retrait"],
           ["Coût de mise en place", "19 000 €", "2 000 €", "24 000 €"],
           ["Coût de livraison par commande", "31 € puis 26 €", "12 €", "15 €"],
           ["Effet attendu sur les clients actifs", "+15 en six mois", "+40 mais clients du grossiste",
            "+30 en quatre mois"],
           ["Lien direct avec les chefs", "conservé", "perdu", "conservé"],
           ["Délai de mise en œuvre", "un mois", "deux semaines", "trois semaines"]]),
        H(2, "4.1 Notre grille pondérée", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "A", "B", "C"],
           ["Coût par commande (30 %)", "1", "5", "4"],
           ["Croissance des clients (30 %)", "2", "4", "4"],
           ["Lien avec les chefs (25 %)", "5", "1", "4"],
           ["Investissement (15 %)", "3", "5", "2"],
           ["Total pondéré", "2,6", "3,7", "3,8"]]),
        H(1, "5. Ce que nous conseillons au bureau de la coopérative", {"recommendation": "ok"}),
        P("Nous recommandons l'option C, les points de retrait partagés, à lancer le 6 janvier avec les deux "
          "épiceries d'Avignon, puis la halle de Carpentras et le casier en février. Elle obtient le meilleur "
          "score, de peu devant le grossiste, mais surtout elle traite la cause que les chefs nous ont donnée : "
          "ils veulent commander tard et récupérer tôt, sans attendre un camion. Elle garde aussi ce qui fait la "
          "différence de VerdiCoop, le nom du producteur sur chaque cagette et le lien direct avec la cuisine."),
        P("Le grossiste reste notre solution de repli. Si, fin mars, les points de retrait n'ont pas fait remonter "
          "le nombre de restaurants actifs à 85 et le coût par commande sous 20 €, nous reprendrons la "
          "négociation avec le marché de Cavaillon, qui nous a confirmé par écrit que son offre tient jusqu'en "
          "juin. Nous écartons la prospection seule : elle coûte presque autant sans toucher au problème de "
          "l'horaire. Les 24 000 € viennent du budget de prospection non dépensé, sans rallonge."),
        H(1, "6. Qui tranche, et quand ?", {"decision-process": "thin"}),
        P("Le bureau de la coopérative vote le 15 décembre sur la base de ce dossier. Ensuite, Théo pilote la "
          "bascule et présente les quatre indicateurs au bureau chaque mois."),
        H(1, "Ce que dix restaurateurs nous ont dit", {}),
        P("En novembre, nous avons appelé dix chefs clients et cinq qui avaient quitté la boutique. Huit sur dix "
          "trouvent les légumes meilleurs que chez leur grossiste ; sept se plaignent de l'heure de livraison, "
          "trop tardive pour le service du midi ; quatre des cinq anciens clients reviendraient s'ils pouvaient "
          "commander après le service du soir."),
        H(1, "7. Les questions qu'on nous posera", {"objections": "ok"}),
        T([["Objection", "Notre réponse"],
           ["Les chefs ne se déplaceront pas.", "Six sur dix passent déjà au marché d'Avignon avant 8 h."],
           ["Et si une épicerie se retire ?", "Contrat de douze mois, et le casier prend le relais."],
           ["Pourquoi ne pas attendre le printemps ?", "Chaque mois de retard coûte environ 4 000 € de marge."]]),
    ],
)
