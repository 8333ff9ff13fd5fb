from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="pandoc",
    language="fr",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Libr'Rhin, a network of 11 independent bookshops between Strasbourg and Colmar, launches a shared
    website for reserving a book online and collecting it in two hours at the nearest shop. The authors number
    their headings ("1.", "2.1", "3.") and keep some of them very short ("Gouvernance", "Les KPI", "Écarts").
    The choice of indicators is split over two headings, one for the shops' side and one for the readers' side.
    The KPI table, the forecast/actual table and the corrective actions are tables; the dashboard is a drawn
    mock-up with a caption. The escalation part is three sentences (thin). An appendix of their own lists the
    data sources and a glossary of the abbreviations.""",
    title="Libr'Rhin – piloter le lancement de la réservation en ligne",
    cover=["Étude de cas 1 – pilotage et indicateurs",
           "Camille Ostermann, Julien Haag, Lina Mebarki – décembre 2026"],
    blocks=[
        H(1, "1. Gouvernance", {"steering-governance": "ok"}),
        P("Le site commun de Libr'Rhin a ouvert le 2 novembre 2026. Un lecteur y cherche un livre parmi les "
          "210 000 titres en stock dans les onze librairies, le réserve et le retire deux heures plus tard dans "
          "la boutique de son choix ; s'il n'est pas en stock, le livre est commandé chez le distributeur et "
          "arrive en 48 heures. Le projet a coûté 94 000 euros, dont 40 % pris en charge par la Région Grand Est. "
          "Les libraires restent indépendants : personne ne peut imposer une décision aux onze boutiques, et le "
          "pilotage doit en tenir compte."),
        P("L'association Libr'Rhin a donc créé un comité de pilotage de cinq personnes : la présidente de "
          "l'association, deux libraires élus par les autres (une grande librairie de Strasbourg, une petite de "
          "Sélestat), la coordinatrice salariée qui porte le projet au quotidien et le prestataire qui maintient "
          "le site. Le comité décide à la majorité, mais toute décision qui change le travail en boutique doit "
          "ensuite être présentée à l'assemblée des libraires. La coordinatrice, Anne Muller, est la seule à voir "
          "tous les chiffres chaque jour ; elle alerte le comité quand un indicateur sort de sa zone."),
        H(2, "1.1 Les réunions", {"rituals": "ok"}),
        T([["Réunion", "Qui", "Quand", "Pour quoi faire"],
           ["Comité de pilotage", "présidente, 2 libraires, coordinatrice, prestataire", "1er mardi du mois",
            "budget, arbitrages, actions correctives"],
           ["Point hebdo", "coordinatrice, prestataire", "lundi 9 h, 30 min", "incidents, délais, évolutions du site"],
           ["Assemblée des libraires", "les 11 librairies", "chaque trimestre", "présenter les résultats, voter les changements"],
           ["Appel du samedi", "coordinatrice, libraires de garde", "samedi 18 h en décembre", "ruptures et retraits non faits"]]),
        H(1, "2. Les KPI retenus, côté boutiques", {"kpi-selection": "ok"}),
        P("Nous avons d'abord cherché ce que les libraires vérifient déjà d'eux-mêmes. Ils regardent le nombre de "
          "réservations qui arrivent et surtout celles qui ne sont jamais retirées, parce qu'un livre mis de côté "
          "est un livre qui n'est plus en rayon. Nous suivons donc le nombre de réservations par boutique et le "
          "taux de retrait, plutôt qu'un chiffre d'affaires global qui masquerait les écarts entre une grande "
          "librairie et une petite. Le délai de préparation compte aussi : la promesse des deux heures n'a de "
          "valeur que si elle est tenue."),
        H(1, "3. … et côté lecteurs", {"kpi-selection": "ok"}),
        P("Du côté des lecteurs, nous avons écarté le nombre de visites du site, facile à obtenir mais sans lien "
          "avec la décision. Nous gardons la part de lecteurs qui reviennent dans les trois mois, parce que le "
          "site doit ramener des clients dans les boutiques, et la note de satisfaction envoyée après le retrait."),
        H(1, "4. Le tableau des indicateurs", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Source", "Fréquence", "Cible", "Seuil d'alerte", "Responsable"],
           ["Réservations", "réservations confirmées", "site", "hebdomadaire", "1 500 par mois en décembre", "< 900", "coordinatrice"],
           ["Taux de retrait", "livres retirés / réservés", "caisses des librairies", "hebdomadaire", "92 %", "< 85 %", "libraires"],
           ["Délai de préparation", "heure de mise de côté - heure de réservation", "site", "quotidienne", "< 2 h pour 95 %", "< 85 %", "libraires"],
           ["Lecteurs qui reviennent", "lecteurs avec 2 réservations en 3 mois / lecteurs", "site", "mensuelle", "30 %", "< 20 %", "coordinatrice"],
           ["Satisfaction", "note moyenne du questionnaire", "questionnaire", "mensuelle", "4,3 / 5", "< 4", "coordinatrice"],
           ["Coût du site", "dépenses / budget annuel", "comptabilité", "mensuelle", "38 000 € par an", "> 110 %", "présidente"]]),
        H(1, "5. Tableau de bord", {"dashboard": "ok"}),
        Img(["Réservations", "Retraits", "Délais", "Retour", "Satisfaction"],
            caption="Maquette de la page unique envoyée chaque lundi aux onze libraires, avec une pastille par boutique."),
        H(1, "6. Écarts", {"gap-analysis": "ok"}),
        P("Nous comparons chaque semaine les chiffres réels à ceux que nous avions prévus en septembre dans le "
          "dossier de subvention. Un écart de moins de 10 % est simplement noté ; au-delà, la coordinatrice appelle "
          "la ou les librairies concernées avant le point du lundi, pour arriver avec une explication plutôt qu'un "
          "chiffre. Les écarts qui durent plus de deux semaines passent au comité."),
        P("Le premier mois montre un démarrage plus fort que prévu pour les réservations, mais un taux de retrait "
          "qui décroche dans trois petites librairies : les lecteurs réservent le soir et trouvent la boutique "
          "fermée le lendemain midi. Le délai de deux heures est tenu partout sauf le samedi, où les libraires "
          "sont seuls en caisse. Ces deux écarts ont une cause simple et locale : ils ne remettent pas en cause "
          "le projet, mais ils demandent des actions rapides avant les fêtes."),
        H(2, "6.1 Prévu / réalisé, novembre", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu", "Réalisé", "Écart", "Explication"],
           ["Réservations", "800", "1 040", "+30 %", "article des DNA le 5 novembre"],
           ["Taux de retrait", "92 %", "84 %", "-8 pts", "horaires des petites boutiques mal affichés"],
           ["Délai de préparation", "95 %", "88 %", "-7 pts", "samedis sans personne dédiée"],
           ["Satisfaction", "4,3", "4,4", "+0,1", "retrait rapide apprécié"]]),
        H(2, "6.2 Ce qu'on change", {"corrective-actions": "ok"}),
        T([["Problème", "Action", "Qui", "Échéance", "Effet attendu"],
           ["Retraits non faits", "horaires de la boutique affichés dans le courriel de confirmation, rappel SMS à 17 h", "prestataire", "4 décembre", "taux de retrait à 90 %"],
           ["Samedis en retard", "un étudiant à mi-temps partagé entre les trois librairies de Colmar", "présidente", "5 décembre", "délai tenu à 95 %"],
           ["Réservations au-dessus du prévu", "stock de sécurité sur les vingt titres les plus demandés", "libraires", "10 décembre", "moins de commandes au distributeur"]]),
        H(1, "7. Remontée", {"reporting-escalation": "thin"}),
        P("La coordinatrice envoie la page du lundi à tous. Une alerte rouge deux semaines de suite va au comité ; "
          "une dépense imprévue de plus de 3 000 euros va à la présidente."),
        H(1, "Annexe – sources et sigles"),
        L(["Site : export quotidien des réservations (CSV) depuis l'administration du site",
           "Caisses : logiciels de caisse des libraires, extraction le dimanche soir",
           "DNA : Dernières Nouvelles d'Alsace",
           "SMS : message texte envoyé par la plateforme du prestataire"]),
    ],
)
