from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Vertiges, a network of five climbing gyms around Lyon, replaces its paper memberships and
    its old till with a members' app, online booking of courses and a shared back office, before the September
    2027 season. Guidance deleted everywhere. Headings retyped by replacing their runs (bookmarks lost): the
    frame "Le point de départ : Vertiges en 2027", the method "Scrum, mais pas pour tout", the schedule
    "Calendrier mois par mois" and the dependencies "Ce qui tient le reste"; the milestones retyped as
    "Rendez-vous de décision" keeping its bookmark. The resources and workload table deleted with its heading
    (missing); the dependencies written in three short sentences (thin); every other table filled, the WBS tree
    and the Gantt export inserted as pictures.""",
    cover={"company": "Vertiges Escalade", "candidate": "Maëlle Fournier", "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="Le point de départ : Vertiges en 2027", text=[
            "Vertiges exploite cinq salles de bloc et de voie autour de Lyon (Gerland, Villeurbanne, Vaise, "
            "Écully et Vienne) et compte 7 400 abonnés. Aujourd'hui les abonnements se signent sur papier à "
            "l'accueil, les cours se réservent par téléphone et chaque salle a sa propre caisse. Le cahier des "
            "charges demande une application pour les grimpeurs (carte d'abonné, réservation des cours, "
            "affluence en direct), un back-office commun aux cinq salles et la reprise des données existantes.",
            "Le projet démarre le lundi 1er mars 2027 et doit être en service pour la rentrée, le 1er septembre, "
            "quand un tiers des abonnements de l'année se vendent. L'équipe : une cheffe de projet à plein temps "
            "(moi), deux développeurs d'une agence lyonnaise, un designer à mi-temps en mars et avril, et les "
            "cinq responsables de salle une demi-journée par semaine. Nous comptons 20 jours ouvrés par mois et "
            "aucune mise en production en août, quand l'agence ferme trois semaines."]),
        "methodology": dict(status="ok", retitle="Scrum, mais pas pour tout", text=[
            "L'application des grimpeurs est la partie où nous savons le moins ce qui plaira : faut-il afficher "
            "l'affluence en pourcentage ou en nombre de grimpeurs, proposer la liste d'attente pour les cours, "
            "montrer les nouvelles voies ? Nous la construisons en sprints de deux semaines, avec une "
            "démonstration aux responsables de salle et à une dizaine d'abonnés volontaires à la fin de chaque "
            "sprint. L'agence tient le tableau des tâches, je tiens le backlog et je tranche les priorités.",
            "La reprise des données et le raccordement au terminal de paiement, en revanche, ne se prêtent pas à "
            "l'itération : il faut un inventaire complet des 7 400 fiches, une migration à blanc, une recette et "
            "une bascule un dimanche soir. Ces deux chantiers suivent un déroulé en étapes classiques, avec une "
            "validation écrite du gérant à chaque étape.",
            "Le comité de pilotage réunit le gérant, l'agence et moi toutes les deux semaines, le lendemain de la "
            "revue de sprint, pour suivre les deux volets ensemble. Un seul planning, deux rythmes : c'est plus simple "
            "à expliquer aux équipes qu'une méthode unique qui ne conviendrait à aucun des deux chantiers."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "bon pour la migration", "bon pour l'appli", "—", "mixte"],
            [None, "gérant peu disponible", "responsables de salle chaque sprint", "—", "démos courtes"],
            [None, "devis au forfait", "régie possible", "—", "forfait migration, régie appli"],
            [None, "convient", "convient, équipe de quatre", "trop peu de volume", "Scrum pour l'appli"],
            [None, "une bascule unique", "versions toutes les deux semaines", "—", "les deux"],
            [None, "bonne", "moyenne", "moyenne", "budget plafonné à 140 k€"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Ateliers avec les responsables de salle", "toutes", "parcours validés", "cheffe de projet", "5"],
            ["A2", "Maquettes de l'appli et du back-office", "appli, back-office", "maquettes", "designer", "14"],
            ["A3", "Développer l'appli en sprints", "carte, réservation, affluence", "appli publiée", "agence", "60"],
            ["A4", "Développer le back-office", "abonnements, caisse", "back-office en recette", "agence", "30"],
            ["A5", "Migrer les 7 400 fiches d'abonnés", "reprise des données", "base migrée", "agence", "12"],
            ["A6", "Former les équipes d'accueil", "toutes", "25 personnes formées", "cheffe de projet", "6"]]]),
        "wbs": dict(status="ok", tables=[[
            ["1.1", "Cadrage", "Ateliers dans les cinq salles", "parcours validés", "M. Fournier", "5", "15"],
            ["1.2", "Cadrage", "Choix du terminal de paiement", "contrat signé", "M. Fournier", "2", "20"],
            ["2.1", "Application", "Maquettes", "maquettes validées", "designer", "10", "25"],
            ["2.2", "Application", "Sprints 1 à 6", "version publiée", "agence", "60", "84"],
            ["3.1", "Back-office", "Développement", "back-office en recette", "agence", "30", "50"],
            ["3.2", "Back-office", "Migration des abonnés", "base migrée", "agence", "12", "20"],
            ["4.1", "Déploiement", "Formation et bascule", "salles équipées", "M. Fournier", "8", "10"]]]),
        "wbs-diagram": dict(status="ok", image=["Projet Vertiges", "1 Cadrage", "2 Application", "3 Back-office",
                                                "4 Déploiement"],
                            caption="Les quatre lots, tels que montrés au gérant lors du lancement du 1er mars."),
        "schedule": dict(status="ok", retitle="Calendrier mois par mois", tables=[[
            ["1", "Cadrage", "M. Fournier", "01/03", "26/03", "x", "", "", "", "", ""],
            ["2.1", "Maquettes", "designer", "15/03", "23/04", "x", "x", "", "", "", ""],
            ["2.2", "Sprints de l'application", "agence", "26/04", "16/07", "", "x", "x", "x", "x", ""],
            ["3", "Back-office et migration", "agence", "03/05", "09/07", "", "", "x", "x", "x", ""],
            ["4", "Formation et bascule", "M. Fournier", "23/08", "31/08", "", "", "", "", "", "x"]]]),
        "gantt-chart": dict(status="ok", image=["Mars : cadrage", "Avril : maquettes", "Mai-juillet : sprints",
                                                "Août : bascule"],
                            caption="Export de GanttProject ; en rouge, la chaîne migration, recette, bascule."),
        "milestones": dict(status="ok", retitle="Rendez-vous de décision", keep_bookmark=True, tables=[[
            ["J1 parcours validés", "26/03", "parcours et maquettes basse fidélité", "signés par le gérant", "go",
             "gérant"],
            ["J2 migration à blanc", "18/06", "base de test", "moins de 1 % de fiches rejetées", "go / no-go",
             "comité"],
            ["J3 appli en bêta", "16/07", "appli sur TestFlight", "200 abonnés testeurs", "go", "comité"],
            ["J4 bascule", "29/08", "cinq salles sur le nouveau système", "caisse et réservations en service",
             "go / no-go", "gérant"]]]),
        "dependencies-critical-path": dict(status="thin", retitle="Ce qui tient le reste", text=[
            "La migration des abonnés dépend du contrat avec le terminal de paiement. La recette de la migration "
            "doit finir avant la fermeture de l'agence en août. C'est notre chemin critique, sans marge."]),
        "resources-workload": dict(status="missing"),
        "release-plan": dict(status="ok", tables=[[
            ["S1", "26/04 – 07/05", "se connecter avec sa carte d'abonné", "connexion, carte QR", "version 0.1",
             "07/05"],
            ["S2", "10/05 – 21/05", "réserver un cours", "planning des cours, réservation", "version 0.2", "21/05"],
            ["S3", "24/05 – 04/06", "voir l'affluence", "capteurs d'entrée, affichage", "version 0.3", "04/06"],
            ["S4", "07/06 – 18/06", "payer en ligne", "paiement, reçus", "version 0.4", "18/06"],
            ["S5", "21/06 – 02/07", "liste d'attente et notifications", "liste d'attente", "version 0.5", "02/07"],
            ["S6", "05/07 – 16/07", "stabiliser pour la bêta", "corrections, accessibilité", "bêta", "16/07"]]]),
        "schedule-risks": dict(status="ok", text=[
            "Trois événements pourraient faire rater la rentrée. Le premier est un retard de signature avec le "
            "fournisseur du terminal de paiement : si le contrat n'est pas signé le 20 avril, la migration ne "
            "peut pas commencer à temps. Dans ce cas nous gardons les anciennes caisses jusqu'en octobre et ne "
            "basculons que l'application.",
            "Le deuxième est une migration sale : si la migration à blanc rejette plus de 5 % des fiches, nous "
            "ajoutons deux semaines de nettoyage avec les équipes d'accueil, en puisant dans la marge de juillet. "
            "Le troisième est la vélocité de l'agence : si les deux premiers sprints livrent moins de 70 % de ce "
            "qui était prévu, je retire la liste d'attente de la première version."]),
    },
)
