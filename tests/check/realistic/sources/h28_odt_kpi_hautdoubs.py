from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: la Fruitière des Combes, a cooperative cheese dairy of 62 farms in the
    Haut-Doubs, opens an online shop with a monthly Comté box delivered across France, and the candidate explains
    how the project is steered. Numbered Heading 1 titles in UPPER CASE for the first three parts ("1. QUI PILOTE
    LE PROJET", "2. NOS INDICATEURS, ET POURQUOI EUX", "3. LES NEUF CHIFFRES QUE NOUS SUIVONS"), the others in
    sentence case; the meetings as a table under "1.1 Le calendrier des réunions"; the reasons for the indicators
    are one short paragraph (thin); the KPI table; a mock-up of the committee screen with a caption and a short
    reading guide; the gaps explained, then the April figures and the corrective actions as two level-2 tables.
    Nothing says who is told, and how fast, when an indicator turns red (reporting missing). An extra closing part
    of the author's own on the questions still open.""",
    title="Fruitière des Combes – piloter la boutique en ligne",
    cover=["Étude de cas 1 – pilotage et indicateurs", "Anaïs Jeunet – Web School Factory – décembre 2026"],
    blocks=[
        H(1, "1. QUI PILOTE LE PROJET", {"steering-governance": "ok"}),
        P("La Fruitière des Combes transforme chaque année 11 millions de litres de lait en Comté, produit par 62 "
          "exploitations autour de Mouthe. Jusqu'ici, la coopérative vendait presque tout aux affineurs et le "
          "reste au magasin de la fruitière, ouvert aux touristes. Le projet, lancé en janvier 2027 avec un budget "
          "de 260 000 euros, ajoute une boutique en ligne et une box mensuelle : trois morceaux de Comté d'âges "
          "différents, une recette et un mot du producteur, livrés partout en France pour 34 euros."),
        P("Le projet appartient au conseil d'administration de la coopérative, mais celui-ci ne se réunit que "
          "quatre fois par an, trop peu pour suivre un lancement. Il a donc délégué le pilotage à un comité de "
          "cinq personnes : le président, Gilles Vuillemin, qui tranche ; la directrice, Sophie Cuenot, qui tient "
          "le budget ; le fromager en chef, qui garantit que les meules choisies tiennent la livraison ; la "
          "responsable du magasin, qui connaît les clients ; et moi, cheffe de projet, qui prépare les chiffres "
          "et propose les décisions. Chaque indicateur a un responsable unique, et c'est lui qui vient expliquer "
          "un chiffre rouge, pas la cheffe de projet. Les données viennent de la plateforme de vente, du "
          "transporteur et de la comptabilité ; je les rassemble chaque lundi matin."),
        H(2, "1.1 Le calendrier des réunions", {"rituals": "ok"}),
        T([["Réunion", "Qui", "Quand", "Pour quoi faire"],
           ["Comité de pilotage", "président, directrice, fromager, magasin, cheffe de projet",
            "premier mardi du mois", "arbitrer budget et priorités, décider des actions"],
           ["Point logistique", "cheffe de projet, préparatrice, transporteur", "chaque lundi, 20 minutes",
            "colis en retard, casse, stocks de cartons"],
           ["Revue des ventes", "cheffe de projet, responsable du magasin", "chaque jeudi",
            "commandes, abonnements, avis clients"],
           ["Conseil d'administration", "62 coopérateurs représentés", "chaque trimestre",
            "bilan du trimestre, suite du projet"]]),
        H(1, "2. NOS INDICATEURS, ET POURQUOI EUX", {"kpi-selection": "thin"}),
        P("Nous avons gardé peu d'indicateurs, chacun relié à une question que se pose le comité : vendons-nous "
          "assez, les abonnés restent-ils, le fromage arrive-t-il en bon état, et dépensons-nous ce qui était "
          "prévu ? Un chiffre qui ne mène à aucune décision n'a pas sa place dans le tableau."),
        H(1, "3. LES NEUF CHIFFRES QUE NOUS SUIVONS", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Source", "Fréquence", "Cible", "Alerte", "Responsable"],
           ["Abonnés actifs", "box payées du mois", "plateforme de vente", "mensuelle", "1 200 en décembre 2027",
            "moins de 80 % du plan", "responsable du magasin"],
           ["Nouveaux abonnés", "inscriptions du mois", "plateforme de vente", "hebdomadaire", "110 par mois",
            "moins de 70", "cheffe de projet"],
           ["Désabonnements", "résiliations / abonnés du mois", "plateforme de vente", "mensuelle", "moins de 5 %",
            "plus de 8 %", "responsable du magasin"],
           ["Panier moyen hors box", "ventes boutique / commandes", "plateforme de vente", "mensuelle", "48 €",
            "moins de 38 €", "cheffe de projet"],
           ["Colis arrivés en retard", "colis livrés après J+2 / colis envoyés", "transporteur", "hebdomadaire",
            "moins de 3 %", "plus de 6 %", "préparatrice"],
           ["Colis abîmés", "réclamations casse / colis", "service client", "hebdomadaire", "moins de 1 %",
            "plus de 2 %", "préparatrice"],
           ["Note des clients", "moyenne des avis", "plateforme d'avis", "mensuelle", "4,5 sur 5",
            "moins de 4,2", "responsable du magasin"],
           ["Coût d'acquisition", "dépenses publicitaires / nouveaux abonnés", "comptabilité", "mensuelle",
            "25 €", "plus de 35 €", "directrice"],
           ["Budget engagé", "dépenses / budget voté", "comptabilité", "mensuelle", "au plan",
            "plus de 10 % d'écart", "directrice"]]),
        H(1, "4. L'écran du comité", {"dashboard": "ok"}),
        Img(["Abonnés actifs : courbe", "Retards et casse : jauges", "Budget : barre", "Alertes en rouge"],
            "Maquette de l'écran projeté au comité de pilotage, une page par mois"),
        P("L'écran tient sur une page : à gauche la courbe des abonnés contre le plan, au centre les jauges "
          "logistiques, à droite le budget. Tout chiffre au-delà de son seuil d'alerte s'affiche en rouge, et on "
          "commence la réunion par lui."),
        H(1, "5. Prévu, réalisé : comment nous lisons les écarts", {"gap-analysis": "ok"}),
        P("Chaque mois, je compare le réalisé au prévisionnel indicateur par indicateur. Un écart de moins de 10 % "
          "ne demande rien ; entre 10 et 20 %, le responsable de l'indicateur en cherche la cause avant le comité ; "
          "au-delà de 20 %, le comité décide d'une action. Nous ne nous arrêtons jamais au premier chiffre : un "
          "abonné perdu peut venir du prix, d'un colis abîmé ou d'un fromage trop jeune, et la réponse n'est pas la "
          "même. Nous croisons donc les résiliations avec les réclamations et avec les commentaires laissés au "
          "moment de partir."),
        P("Fin avril 2027, quatrième mois, les nouveaux abonnés sont au-dessus du plan grâce à un reportage de "
          "France 3 Franche-Comté, mais les désabonnements atteignent 11 %. En relisant les motifs, nous avons "
          "trouvé que la moitié des départs suivaient un colis arrivé tiède : le transporteur laissait les box "
          "deux jours en entrepôt à Lyon pendant les ponts de mai."),
        H(2, "5.1 Bilan à fin avril", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu", "Réalisé", "Écart", "Couleur"],
           ["Abonnés actifs", "440", "402", "-9 %", "vert"],
           ["Nouveaux abonnés", "110", "146", "+33 %", "vert"],
           ["Désabonnements", "5 %", "11 %", "+6 points", "rouge"],
           ["Colis arrivés en retard", "3 %", "9 %", "+6 points", "rouge"],
           ["Budget engagé", "87 000 €", "93 500 €", "+7 %", "vert"]]),
        H(2, "5.2 Ce que nous changeons", {"corrective-actions": "ok"}),
        T([["Problème", "Action", "Qui", "Pour quand", "Résultat attendu"],
           ["colis retardés à Lyon", "expédition le lundi et le mardi seulement, plus aucune la veille d'un pont",
            "préparatrice", "15 mai", "retards sous 4 %"],
           ["fromage arrivé tiède", "caisse isotherme et pain de glace à partir de 20 °C annoncés",
            "cheffe de projet", "1er juin", "aucune réclamation de chaleur"],
           ["abonnés partis après un colis abîmé", "appel du producteur du mois et box offerte",
            "responsable du magasin", "immédiat", "un tiers des partants récupérés"]]),
        H(1, "6. Ce qui reste à trancher", {}),
        P("Deux questions attendent le conseil de juin : faut-il ouvrir la box aux entreprises pour les cadeaux de "
          "fin d'année, et faut-il produire nous-mêmes les vidéos des producteurs plutôt que de payer une agence ?"),
    ],
    missing=["reporting-escalation"],
)
