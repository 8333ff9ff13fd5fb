from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: la Coopérative laitière du Ségala (Aveyron, 140 exploitations) plans the build of a
    collection-round app for its tanker drivers and a portal for its farmers, January to September 2027. The
    author's numbered headings, paraphrased, three of them questions ("Cycle en V ou agile : pourquoi un
    hybride ?", "Qu'y a-t-il à faire, concrètement ?", "Quand décide-t-on ?"); the comparison of the two
    approaches and the tree of the work packages are level-2 sub-headings; a milestone table with a go/no-go
    column; the dependencies and critical path in three sentences (thin); no Gantt export (missing); an extra
    closing section of the author's own for the steering committee.""",
    title="Appli de collecte Ségala – Planification séquencée du projet",
    cover=["Étude de cas 1 · Coopérative laitière du Ségala", "Élodie Vergnes – décembre 2026"],
    blocks=[
        H(1, "1. Ce que le cahier des charges impose, et nos hypothèses", {"planning-frame": "ok"}),
        P("Le cahier des charges validé en novembre demande trois choses : une application sur tablette pour les "
          "neuf chauffeurs des camions-citernes, qui remplace le carnet papier de tournée (volume pompé, "
          "température du tank, numéro d'échantillon, anomalies) ; un tableau de bord pour le service collecte à "
          "Baraqueville ; et un portail où chacun des 140 producteurs consulte ses volumes et ses résultats "
          "d'analyse. Les données doivent partir chaque soir vers le logiciel de paie du lait."),
        P("Nos hypothèses de planification : démarrage le lundi 4 janvier 2027 ; mise en service de l'application "
          "chauffeurs au plus tard le 1er juin, avant que le pic de collecte du printemps ne soit passé, car la "
          "direction veut comparer deux mois de données ; portail producteurs en septembre. L'équipe compte une "
          "cheffe de projet à temps plein (moi, en alternance trois semaines sur quatre), deux développeurs de "
          "l'ESN Agrinum à 80 %, une designer à mi-temps jusqu'en avril, et le responsable collecte, Bernard Mazars, "
          "disponible une demi-journée par semaine. Nous comptons 20 jours ouvrés par mois et aucun "
          "déploiement en août, quand la moitié des chauffeurs sont remplacés par des saisonniers."),
        H(1, "2. Cycle en V ou agile : pourquoi un hybride ?", {"methodology": "ok"}),
        P("Deux parties du projet n'ont pas du tout la même nature. L'interface avec le logiciel de paie du lait "
          "est contractuelle : le format du fichier est imposé par l'éditeur, les règles de calcul ne bougeront "
          "pas et une erreur se paie directement sur la fiche des producteurs. Pour cette partie, nous voulons "
          "des exigences figées, des spécifications signées et une recette formelle, donc un cycle en V court."),
        P("L'application des chauffeurs, au contraire, dépend de gestes que personne n'a encore observés "
          "sur tablette : saisir un volume avec des gants, dans une cour de ferme, à cinq heures du matin. Nous "
          "ne saurons ce qui marche qu'en le mettant entre leurs mains. Nous la construisons donc en Scrum, par "
          "sprints de deux semaines, avec Bernard comme product owner et une démonstration à deux chauffeurs "
          "volontaires à la fin de chaque sprint. Le portail producteurs suit le même rythme à partir de juin. "
          "La coopérative n'a jamais mené de projet agile : nous limitons donc les rituels à la revue de sprint "
          "et à un point hebdomadaire, et le comité de pilotage garde ses jalons de décision."),
        H(2, "Les deux approches face à notre projet", {"methodology-comparison": "ok"}),
        T([["Critère", "Cycle en V", "Scrum", "Notre choix"],
           ["Stabilité des besoins", "bonne pour l'interface paie", "utile pour l'appli chauffeurs", "hybride"],
           ["Disponibilité du client", "faible, au jalon", "une demi-journée par semaine suffit", "Scrum pour l'appli"],
           ["Engagement contractuel avec Agrinum", "forfait facile à écrire", "régie ou forfait par sprint",
            "forfait pour l'interface, régie pour l'appli"],
           ["Besoin d'une version tôt", "non", "oui, avant le pic de printemps", "Scrum"]]),
        H(1, "3. Qu'y a-t-il à faire, concrètement ?", {"activities": "ok"}),
        T([["Activité", "Issue du cahier des charges", "Livrable produit"],
           ["Cadrage et observation des tournées", "tout le périmètre", "note de cadrage, compte rendu de tournées"],
           ["Conception des écrans chauffeurs", "saisie tournée, anomalies", "maquettes testées"],
           ["Développement de l'appli chauffeurs", "saisie hors ligne, synchronisation", "versions de sprint"],
           ["Interface avec la paie du lait", "export quotidien", "spécification signée, connecteur"],
           ["Tableau de bord collecte", "suivi des volumes par tournée", "tableau de bord en production"],
           ["Portail producteurs", "consultation volumes et analyses", "portail en ligne"],
           ["Recette", "tout le périmètre", "procès-verbaux de recette"],
           ["Formation et accompagnement", "chauffeurs, service collecte", "guide de poche, sessions au dépôt"],
           ["Déploiement et support", "tablettes, comptes", "tablettes installées, support 3 mois"]]),
        H(1, "4. Découpage en lots", {"wbs": "ok"}),
        T([["Code", "Lot ou tâche", "Responsable", "Livrable"],
           ["1", "Pilotage", "É. Vergnes", "plannings, comptes rendus de COPIL"],
           ["1.1", "Cadrage et observation", "É. Vergnes", "note de cadrage"],
           ["2", "Application chauffeurs", "Agrinum", "application en production"],
           ["2.1", "Maquettes et tests en cabine", "designer", "maquettes validées"],
           ["2.2", "Sprints 1 à 6", "Agrinum", "incréments démontrés"],
           ["3", "Interface paie", "Agrinum", "connecteur recetté"],
           ["3.1", "Spécification du fichier", "DSI coopérative", "spécification signée"],
           ["3.2", "Développement et tests", "Agrinum", "connecteur"],
           ["4", "Tableau de bord et portail", "Agrinum", "portail en ligne"],
           ["5", "Recette, formation, déploiement", "B. Mazars", "PV de recette, chauffeurs formés"]]),
        H(2, "L'arbre du projet", {"wbs-diagram": "ok"}),
        Img(["1 Pilotage", "2 Appli chauffeurs", "3 Interface paie", "4 Tableau de bord et portail",
             "5 Recette, formation, déploiement"],
            "Les cinq lots de niveau 1 ; le détail des tâches est dans le tableau ci-dessus."),
        H(1, "5. Le calendrier mois par mois", {"schedule": "ok"}),
        T([["Lot", "Début", "Fin", "Janv.", "Févr.", "Mars", "Avr.", "Mai", "Juin", "Juil.", "Sept."],
           ["1.1 Cadrage et observation", "04/01", "29/01", "■", "", "", "", "", "", "", ""],
           ["2.1 Maquettes", "18/01", "26/02", "■", "■", "", "", "", "", "", ""],
           ["2.2 Sprints appli", "01/02", "23/04", "", "■", "■", "■", "", "", "", ""],
           ["3 Interface paie", "01/02", "09/04", "", "■", "■", "■", "", "", "", ""],
           ["5 Recette appli et interface", "26/04", "14/05", "", "", "", "■", "■", "", "", ""],
           ["5 Formation chauffeurs", "17/05", "28/05", "", "", "", "", "■", "", "", ""],
           ["Mise en service appli", "01/06", "01/06", "", "", "", "", "", "◆", "", ""],
           ["4 Tableau de bord et portail", "01/06", "16/07", "", "", "", "", "", "■", "■", ""],
           ["Ouverture du portail", "06/09", "06/09", "", "", "", "", "", "", "", "◆"]]),
        P("Août est laissé vide à dessein : pas de mise en production pendant les congés des chauffeurs."),
        H(1, "6. Quand décide-t-on ?", {"milestones": "ok"}),
        T([["Jalon", "Date", "Ce qu'on vérifie", "Critère d'acceptation", "Qui décide"],
           ["J1 – Cadrage validé", "29/01/2027", "note de cadrage", "périmètre et budget signés", "COPIL"],
           ["J2 – Maquettes validées", "26/02/2027", "maquettes testées en cabine",
            "6 chauffeurs sur 9 saisissent une tournée sans aide", "Bernard Mazars"],
           ["J3 – Spécification paie signée", "12/03/2027", "format du fichier",
            "validée par l'éditeur et la comptabilité", "DSI coopérative"],
           ["J4 – Go / no-go mise en service", "21/05/2027", "PV de recette",
            "zéro anomalie bloquante, écart de volume < 0,5 % sur deux semaines en double saisie", "COPIL"],
           ["J5 – Bilan du pic de printemps", "09/07/2027", "deux mois de données",
            "tournées saisies à 100 % sur tablette", "direction"],
           ["J6 – Ouverture du portail", "06/09/2027", "portail en ligne", "30 producteurs pilotes connectés", "COPIL"]]),
        H(1, "7. Ce qui dépend de quoi", {"dependencies-critical-path": "thin"}),
        P("La recette ne peut commencer qu'une fois la spécification paie signée et le sixième sprint terminé ; "
          "c'est le chemin critique, avec la formation qui suit. Le portail dépend du tableau de bord, qui "
          "réutilise les mêmes données. Nous avons gardé deux semaines de marge entre la fin de la formation et "
          "le 1er juin."),
        H(1, "8. Qui fait quoi, et combien de jours ?", {"resources-workload": "ok"}),
        T([["Personne", "Janv.–févr.", "Mars–avr.", "Mai", "Juin–juil.", "Charge max."],
           ["Élodie Vergnes (cheffe de projet)", "30 j", "30 j", "15 j", "25 j", "100 %"],
           ["Développeur 1 Agrinum", "24 j", "32 j", "12 j", "24 j", "80 %"],
           ["Développeur 2 Agrinum", "16 j", "32 j", "12 j", "24 j", "80 %"],
           ["Designer", "20 j", "10 j", "2 j", "0 j", "50 %"],
           ["Bernard Mazars (PO)", "4 j", "4 j", "6 j", "4 j", "30 % en mai (recette)"]]),
        P("Bernard dépasse sa demi-journée en mai, pendant la recette : la direction a accepté de le décharger "
          "de deux tournées de contrôle ce mois-là."),
        H(1, "9. Les six sprints de l'appli", {"release-plan": "ok"}),
        T([["Sprint", "Dates", "Objectif", "Éléments du backlog"],
           ["S1", "01/02 – 12/02", "une tournée saisie de bout en bout", "liste des fermes, saisie volume"],
           ["S2", "15/02 – 26/02", "travailler sans réseau", "stockage local, synchronisation au dépôt"],
           ["S3", "01/03 – 12/03", "qualité du lait", "température, numéro d'échantillon"],
           ["S4", "15/03 – 26/03", "signaler un problème", "anomalies avec photo"],
           ["S5", "29/03 – 09/04", "le service collecte voit la journée", "envoi vers le tableau de bord"],
           ["S6", "12/04 – 23/04", "prête pour la recette", "corrections, gants, mode nuit"]]),
        H(1, "10. Ce qui peut nous retarder", {"schedule-risks": "ok"}),
        P("Trois événements pèseraient lourd sur ce calendrier. D'abord, un retard de l'éditeur du logiciel de "
          "paie sur la spécification du fichier : le signal à surveiller est l'absence de réponse à notre "
          "questionnaire au 15 février, et la parade est de commencer le connecteur sur le format de l'an "
          "dernier. Ensuite, le réseau mobile dans les fermes du nord du Ségala, où la synchronisation pourrait "
          "échouer ; nous le testons dès le sprint 2 et la saisie hors ligne est prévue. Enfin, des chauffeurs "
          "qui rejettent la tablette : si moins de six sur neuf réussissent le test des maquettes au jalon J2, "
          "nous ajoutons un sprint en mai et décalons la mise en service au 15 juin, ce que la marge permet. "
          "Le registre complet des risques est dans la politique de gestion des risques du dossier."),
        H(1, "11. Pour le comité de pilotage", {}),
        P("Nous demandons au comité de valider le découpage en cinq lots, la date du 1er juin et la présence de "
          "Bernard à la recette de mai."),
    ],
    missing=["gantt-chart"],
)
