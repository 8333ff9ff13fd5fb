from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. The bus network of a mid-sized city launched an
    on-demand night shuttle and plans what to do if it misses its targets. Top-level headings in UPPER CASE and
    the author's own words, second level in sentence case; a weighted scoring table under its own sub-heading;
    the switch procedure is three sentences (thin); the objections heading is left with nothing under it
    (empty).""",
    title="Noctibus : et si la navette de nuit ne décolle pas ?",
    cover=["Étude de cas n° 1 – solutions de repli", "Julien Marchal – novembre 2026"],
    blocks=[
        H(1, "OÙ EN EST LE PROJET", {"baseline-reminder": "ok"}),
        P("Depuis septembre, l'agglomération de Tours fait rouler Noctibus, une navette de nuit à la demande : "
          "de 22 h 30 à 5 h, les jeudis, vendredis et samedis, un usager réserve son trajet sur l'application "
          "ou par téléphone et un minibus de huit places vient le chercher à l'arrêt le plus proche. Le service "
          "remplace trois lignes de soirée presque vides, qui coûtaient 410 000 euros par an. Le budget voté "
          "pour Noctibus est de 330 000 euros par an, avec quatre véhicules et neuf conducteurs."),
        P("Le conseil communautaire a fixé trois indicateurs au lancement : 1 800 voyages par semaine à la fin "
          "du sixième mois, un coût par voyage inférieur à 4 euros, et un temps d'attente moyen sous les 15 "
          "minutes. Au bout de dix semaines, nous sommes à 1 050 voyages, 5,80 euros par voyage et 12 minutes "
          "d'attente. L'attente est tenue, la fréquentation progresse mais trop lentement. Ce document prépare "
          "la décision de mars."),
        H(1, "QUAND FAUDRA-T-IL RÉAGIR ?", {"kpi-scenarios": "ok"}),
        P("Nous avons fixé à l'avance les seuils qui déclenchent chaque option, pour que la décision ne dépende "
          "pas de l'humeur d'un comité."),
        T([["Indicateur", "Seuil d'alerte", "Mesuré en", "Option déclenchée"],
           ["Voyages par semaine", "moins de 1 400 fin février", "données de réservation", "B ou C"],
           ["Coût par voyage", "plus de 5 euros fin février", "comptabilité mensuelle", "B"],
           ["Attente moyenne", "plus de 20 minutes deux semaines de suite", "journal des trajets", "A"],
           ["Plaintes", "plus de 30 par mois", "service client", "revue de l'offre"]]),
        H(1, "TROIS PISTES DE REPLI", {"alternatives": "ok"}),
        P("Chaque piste a été chiffrée avec l'exploitant, Fil Bleu, à partir des données des dix premières semaines."),
        H(2, "Piste A – des taxis conventionnés en renfort", {"alternatives": "ok"}),
        P("Nous gardons les minibus mais signons une convention avec les deux centrales de taxis de la ville : "
          "quand aucun minibus n'est libre dans les 15 minutes, la course part en taxi au tarif du réseau, et "
          "l'agglomération paie la différence. Cette piste protège la qualité de service pendant les pics du "
          "samedi, mais elle fait monter le coût par voyage si elle est trop utilisée. Elle se met en place en "
          "un mois, car les deux centrales travaillent déjà pour le transport des personnes handicapées."),
        H(2, "Piste B – une zone plus petite et deux véhicules", {"alternatives": "ok"}),
        P("Nous limitons Noctibus au cœur de l'agglomération, là où se font 80 % des voyages actuels, et nous "
          "réduisons la flotte à deux minibus. Le coût annuel tombe à 190 000 euros et le coût par voyage passe "
          "sous les 4 euros dès 900 voyages par semaine. En contrepartie, les habitants de Joué-lès-Tours et de "
          "Saint-Pierre-des-Corps perdent le service de nuit, alors que ce sont eux qui n'ont pas d'autre "
          "solution pour rentrer."),
        H(2, "Piste C – retour d'une ligne fixe le samedi", {"alternatives": "ok"}),
        P("Nous gardons Noctibus les jeudis et vendredis et remettons le samedi une ligne fixe de nuit entre la "
          "gare et les quartiers étudiants, avec un départ toutes les 30 minutes. Le samedi concentre la moitié "
          "des demandes, souvent en groupes, et un bus standard y transporte plus de monde pour moins cher "
          "qu'un minibus. La ligne coûte 70 000 euros par an et peut partir au changement d'horaires d'avril."),
        H(1, "LES PISTES CÔTE À CÔTE", {"alternatives-comparison": "ok"}),
        T([["Critère", "A – taxis", "B – zone réduite", "C – ligne du samedi"],
           ["Coût annuel", "330 000 à 380 000 €", "190 000 €", "300 000 €"],
           ["Coût par voyage visé", "5,50 €", "3,80 €", "4,20 €"],
           ["Délai de mise en place", "1 mois", "2 mois", "3 mois (avril)"],
           ["Effet sur les usagers", "meilleure attente", "communes exclues", "plus de places le samedi"],
           ["Risque principal", "dérapage des coûts", "colère des élus des communes", "bus vides en semaine"]]),
        H(2, "Notation pondérée", {"weighted-scoring": "ok"}),
        T([["Critère", "Poids", "A", "B", "C"],
           ["Coût par voyage", "35 %", "2", "5", "4"],
           ["Qualité de service", "25 %", "5", "3", "4"],
           ["Équité territoriale", "20 %", "4", "1", "4"],
           ["Facilité de mise en œuvre", "20 %", "5", "4", "3"],
           ["Total sur 5", "100 %", "3,65", "3,40", "3,80"]]),
        H(1, "CE QUE NOUS CONSEILLONS", {"recommendation": "ok"}),
        P("Nous recommandons la piste C, la ligne fixe du samedi, si les seuils de février sont franchis. Elle "
          "obtient la meilleure note pondérée, et surtout elle répond à la cause de l'écart : le samedi soir, la "
          "demande vient en groupes de quatre ou cinq étudiants qui attendent ensemble, et un minibus à la "
          "demande n'est pas fait pour cela. Les jeudis et vendredis, au contraire, Noctibus remplit bien son "
          "rôle avec des trajets isolés dans toute l'agglomération, et c'est là que les usagers sans voiture "
          "en ont le plus besoin."),
        P("La piste B ferait baisser le coût plus vite, mais elle retire le service aux communes qui ont voté "
          "le projet précisément pour lui, et nous pensons qu'elle ne passerait pas le conseil. La piste A "
          "reste utile en complément : une convention de taxis limitée aux soirs de grande affluence, avec un "
          "plafond de 20 000 euros par an, peut être signée dès maintenant sans attendre février. Si la ligne "
          "du samedi ne remplit pas ses bus après trois mois, nous reviendrons à la piste B pour la seule "
          "nuit du samedi."),
        H(1, "COMMENT BASCULER", {"decision-process": "thin"}),
        P("Le directeur du réseau présente les chiffres de février au bureau communautaire du 9 mars, qui "
          "décide. L'exploitant a besoin de cinq semaines pour préparer la ligne du samedi. La communication "
          "aux usagers passe par l'application."),
        H(1, "OBJECTIONS ATTENDUES", {"objections": "empty"}),
    ],
)
