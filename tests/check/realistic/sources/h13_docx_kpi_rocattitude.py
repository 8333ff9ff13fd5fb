from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: Roc'Attitude, a network of nine climbing gyms in Auvergne-Rhône-Alpes, steers the launch of
    its booking and membership app. Numbered headings, paraphrased or asked as questions, one in upper case;
    the meetings calendar and the two gap tables as level-2 headings under their parents; the indicators as a
    table under an upper-case heading; the dashboard a picture with a caption and a paragraph; the gap analysis
    itself one short paragraph before its two tables (thin); an extra glossary section of the authors' own at
    the end.""",
    title="Appli Roc'Attitude : piloter le lancement",
    cover=["Projet CX – pilotage par les indicateurs", "Chloé Vidal, Maxime Arnaud – novembre 2026"],
    blocks=[
        H(1, "1. Qui pilote, et comment ?", {"steering-governance": "ok"}),
        P("Roc'Attitude exploite neuf salles d'escalade de bloc entre Lyon, Grenoble et Clermont-Ferrand, pour "
          "environ 21 000 abonnés. L'appli qui remplace les cartes plastique et la réservation par téléphone est "
          "lancée salle par salle depuis septembre. Le projet est porté par Sandrine Mallet, directrice des "
          "opérations, qui en est la commanditaire et tranche les arbitrages de budget. Le chef de projet, "
          "Julien Faure, coordonne l'éditeur de l'appli, l'équipe marketing et les neuf responsables de salle."),
        P("Nous avons voulu un pilotage léger : les responsables de salle ont déjà beaucoup de réunions et les "
          "ouvreurs travaillent le soir. Trois niveaux de décision existent donc. Sur le terrain, chaque "
          "responsable de salle règle seul ce qui relève de sa salle (affichage, accueil, formation des "
          "moniteurs). Le comité projet, hebdomadaire, décide des priorités de développement et du calendrier "
          "des déploiements. Le comité de direction, mensuel, valide les budgets et peut arrêter ou décaler un "
          "lancement. Chaque indicateur a un propriétaire nommé, qui le met à jour et l'explique en réunion."),
        H(2, "1.1 Le calendrier des rendez-vous", {"rituals": "ok"}),
        T([["Rendez-vous", "Qui", "Quand", "Durée", "Ce qui en sort"],
           ["Point du lundi", "Julien, éditeur, marketing", "chaque lundi 9 h", "30 min", "liste des bugs et priorités de la semaine"],
           ["Revue des salles", "Julien et les 9 responsables", "1er jeudi du mois, en visio", "1 h", "problèmes terrain, idées d'abonnés"],
           ["Comité de direction", "Sandrine, DAF, Julien", "dernier mardi du mois", "45 min", "go / no-go des lancements, budget"],
           ["Bilan de lancement", "équipe de la salle lancée", "30 jours après le lancement", "1 h", "leçons pour la salle suivante"]]),
        H(1, "2. Pourquoi ces indicateurs-là", {"kpi-selection": "ok"}),
        P("Au départ, l'éditeur nous proposait une quarantaine de statistiques. Nous en avons gardé sept, en nous "
          "posant trois questions pour chacune : est-ce qu'elle dit si les grimpeurs utilisent vraiment l'appli, "
          "est-ce qu'elle dit si l'accueil gagne du temps, et est-ce qu'une personne précise peut agir dessus "
          "dans le mois ? Un chiffre qui ne passe pas ces trois filtres reste dans l'outil de l'éditeur mais ne "
          "monte pas en comité."),
        P("Nous avons mélangé des indicateurs d'adoption (part des abonnés actifs sur l'appli, part des "
          "réservations faites en ligne), de qualité (note sur les stores, tickets de support), d'efficacité "
          "(temps passé au téléphone par l'accueil) et un indicateur financier (abonnements vendus dans l'appli). "
          "Les valeurs cibles ont été fixées avec les responsables de salle à partir des trois premières salles "
          "lancées, pour qu'elles soient ambitieuses sans être hors de portée."),
        H(1, "3. NOS SEPT INDICATEURS", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Cible", "Fréquence", "Source", "Responsable"],
           ["Abonnés actifs sur l'appli", "abonnés ouvrant l'appli dans le mois / abonnés", "70 %", "mensuelle", "statistiques appli", "Julien"],
           ["Réservations en ligne", "créneaux réservés dans l'appli / total", "80 %", "hebdomadaire", "logiciel de réservation", "Julien"],
           ["Note moyenne sur les stores", "moyenne iOS et Android", "4,3 / 5", "mensuelle", "App Store, Google Play", "marketing"],
           ["Tickets de support", "tickets ouverts pour 1 000 abonnés", "moins de 8", "hebdomadaire", "outil de support", "éditeur"],
           ["Temps d'accueil au téléphone", "heures d'appels par salle et par semaine", "moins de 4 h", "mensuelle", "standard téléphonique", "responsables de salle"],
           ["Abonnements vendus dans l'appli", "ventes appli / ventes totales", "35 %", "mensuelle", "caisse", "DAF"],
           ["Salles lancées", "salles passées sur l'appli", "9 fin mars", "mensuelle", "plan de déploiement", "Sandrine"]]),
        H(1, "4. L'écran que regarde le comité", {"dashboard": "ok"}),
        Img(["Adoption", "Réservations", "Qualité", "Accueil", "Ventes"],
            "Figure 1 – Maquette du tableau de bord : une tuile par famille d'indicateurs, vert, orange ou rouge"),
        P("Le tableau de bord tient sur une page, dans l'outil de visualisation déjà utilisé par la comptabilité. "
          "Chaque tuile montre la valeur du mois, la cible et la tendance sur trois mois ; un clic ouvre le détail "
          "par salle, ce qui permet de voir tout de suite qu'une salle tire la moyenne vers le bas."),
        H(1, "5. Objectifs contre résultats : où en est-on ?", {"gap-analysis": "thin"}),
        P("Après trois mois, l'adoption suit le plan mais l'accueil passe toujours trop de temps au téléphone, "
          "surtout à Clermont. Les tickets de support ont explosé en octobre à cause d'un bug de paiement."),
        H(2, "Les chiffres d'octobre", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu", "Réalisé", "Écart", "Commentaire"],
           ["Abonnés actifs sur l'appli", "55 %", "58 %", "+3 pts", "bonne dynamique à Lyon"],
           ["Réservations en ligne", "65 %", "61 %", "-4 pts", "les habitués de Clermont appellent encore"],
           ["Tickets pour 1 000 abonnés", "10", "17", "+7", "bug de paiement du 8 au 15 octobre"],
           ["Heures d'appels par salle", "6 h", "7,5 h", "+1,5 h", "Clermont à 12 h"],
           ["Salles lancées", "4", "4", "0", "dans les temps"]]),
        H(2, "Ce qu'on change", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Qui", "Pour quand", "Effet attendu"],
           ["Réservations à Clermont", "semaine « appli au comptoir » : l'accueil réserve avec le grimpeur sur son téléphone", "responsable de Clermont", "20 novembre", "+10 pts de réservations en ligne"],
           ["Tickets de support", "tests de paiement automatisés avant chaque version", "éditeur", "1er décembre", "tickets sous 8"],
           ["Heures d'appels", "message d'accueil renvoyant vers l'appli", "Julien", "15 novembre", "-2 h par salle"]]),
        H(1, "6. Quand faut-il alerter la direction ?", {"reporting-escalation": "ok"}),
        P("Chaque lundi, Julien envoie aux responsables de salle un mail de cinq lignes avec les chiffres de la "
          "semaine. Le tableau de bord complet est présenté en comité de direction une fois par mois. Nous avons "
          "fixé une règle simple pour ne pas attendre : un indicateur en rouge deux semaines de suite remonte "
          "directement à Sandrine, sans attendre le comité, et un problème qui bloque les réservations d'une salle "
          "plus d'une demi-journée est signalé le jour même par téléphone. Si une salle n'est pas prête à la date "
          "prévue, c'est le comité de direction qui décide de décaler son lancement."),
        H(1, "Petit lexique", {}),
        P("Abonné actif : abonné qui a ouvert l'appli au moins une fois dans le mois. Créneau : réservation d'une "
          "plage de deux heures dans une salle. Ouvreur : la personne qui crée les voies et les blocs."),
    ],
)
