from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Cars du Morvan, a bus company of Autun running school and rural lines, launches Morvan à la
    demande, an on-demand minibus service booked by phone and app, for the Communauté de communes in September 2027.
    Guidance deleted. The frame retyped "Le projet en quelques lignes", the method retyped "Pourquoi un cycle en V
    (un peu agile) ?" and the dependencies retyped "Ce qui bloque quoi" (runs replaced, bookmarks lost); the schedule
    retyped "Calendrier 2027" keeping its bookmark. Every table filled, the WBS tree and the Gantt chart inserted as
    pictures. The sprint plan deleted with its heading (missing, the team runs no sprints); the schedule risks still
    our prompt (placeholder).""",
    cover={"company": "Cars du Morvan", "candidate": "Julien Perrot", "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="Le projet en quelques lignes", text=[
            "Cars du Morvan exploite depuis Autun onze lignes scolaires et quatre lignes rurales régulières. Sur ces "
            "dernières, les bus de 50 places roulent souvent avec trois passagers, tandis que des habitants de hameaux "
            "éloignés n'ont aucun moyen d'aller au marché ou chez le médecin. La Communauté de communes du Grand Autunois "
            "nous a confié la création d'un service de minibus à la demande, réservé par téléphone ou sur une application, "
            "qui remplacera deux des quatre lignes rurales.",
            "Le service doit circuler le lundi 6 septembre 2027, jour de la rentrée. Le budget est de 310 000 euros, dont "
            "180 000 pour l'achat de trois minibus électriques. L'équipe projet compte cinq personnes : moi-même comme chef "
            "de projet à 60 %, la responsable d'exploitation, un développeur d'une agence de Dijon, la chargée de "
            "communication de la Communauté de communes et un conducteur référent. Nous supposons que les minibus sont "
            "livrés au plus tard en juin, délai annoncé par le constructeur, et que la centrale de réservation pourra "
            "s'appuyer sur le logiciel de réservation que nous utilisons déjà pour le transport scolaire."]),
        "methodology": dict(status="ok", retitle="Pourquoi un cycle en V (un peu agile) ?", text=[
            "L'essentiel du projet est figé par un marché public : le nombre de véhicules, les zones desservies, les "
            "horaires d'ouverture de la centrale et la date de lancement sont écrits dans la convention signée avec la "
            "Communauté de communes. Changer l'un de ces points demande un avenant voté en conseil communautaire, ce qui "
            "prend deux mois. Pour cette partie, nous suivons donc un cycle en V classique, avec une recette formelle "
            "avant chaque étape : achat des véhicules, formation des conducteurs, ouverture de la centrale.",
            "L'application de réservation est différente. Personne ne sait encore comment des habitants de 75 ans d'un "
            "hameau de Lucenay réserveront un trajet, ni si l'application sera utilisée ou si le téléphone restera la "
            "norme. Nous la construisons donc par incréments d'un mois, montrés à un panel de douze habitants recrutés "
            "par les mairies. L'agence de Dijon travaille déjà ainsi, et la convention fixe seulement le résultat "
            "attendu pour l'application, pas son contenu. Nous n'avons pas retenu Scrum complet : l'équipe est trop "
            "petite et à temps partiel pour tenir des cérémonies toutes les deux semaines."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "stable, fixé par la convention", "utile pour l'application seulement", "peu adapté", "cycle en V pour le service"],
            [None, "comité mensuel suffit", "demande un représentant chaque semaine", "demande une présence continue", "cycle en V"],
            [None, "marché public, avenants lents", "difficile à contractualiser", "difficile", "cycle en V"],
            [None, "petite équipe à temps partiel", "trop de rituels", "possible", "hybride"],
            [None, "une seule date : la rentrée", "livraisons mensuelles de l'application", "flux continu", "incréments pour l'application"],
            [None, "budget voté d'avance", "budget variable", "budget variable", "cycle en V"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Définir les zones et les points d'arrêt", "desserte", "carte des zones", "responsable d'exploitation", "12"],
            ["A2", "Acheter et équiper trois minibus", "flotte", "véhicules immatriculés", "chef de projet", "8"],
            ["A3", "Paramétrer la centrale de réservation", "réservation téléphone", "centrale ouverte", "responsable d'exploitation", "15"],
            ["A4", "Développer l'application", "réservation mobile", "application publiée", "agence", "45"],
            ["A5", "Former six conducteurs", "conduite", "conducteurs habilités", "conducteur référent", "10"],
            ["A6", "Faire connaître le service", "communication", "campagne dans 24 communes", "chargée de communication", "18"]]]),
        "wbs": dict(status="ok", tables=[[
            ["1.1", "Desserte", "Zones et arrêts", "carte validée", "exploitation", "12", "30"],
            ["2.1", "Flotte", "Commande des minibus", "bon de commande", "chef de projet", "3", "10"],
            ["2.2", "Flotte", "Bornes de recharge au dépôt", "bornes en service", "chef de projet", "5", "40"],
            ["3.1", "Réservation", "Centrale téléphonique", "centrale testée", "exploitation", "15", "60"],
            ["3.2", "Réservation", "Application mobile", "version publiée", "agence", "45", "150"],
            ["4.1", "Lancement", "Formation des conducteurs", "six conducteurs formés", "conducteur référent", "10", "20"],
            ["4.2", "Lancement", "Campagne d'information", "dépliants et réunions publiques", "communication", "18", "45"]]]),
        "wbs-diagram": dict(status="ok", image=["Morvan à la demande", "Desserte", "Flotte", "Réservation", "Lancement"],
                            caption="Les quatre lots du projet et leurs tâches principales."),
        "schedule": dict(status="ok", retitle="Calendrier 2027", keep_bookmark=True, tables=[[
            ["1.1", "Zones et arrêts", "exploitation", "janvier", "février", "x", "x", "", "", "", ""],
            ["2.1", "Commande des minibus", "chef de projet", "janvier", "janvier", "x", "", "", "", "", ""],
            ["3.2", "Application mobile", "agence", "février", "juillet", "", "x", "x", "x", "x", "x"],
            ["3.1", "Centrale téléphonique", "exploitation", "avril", "juin", "", "", "", "x", "x", "x"],
            ["4.1", "Formation des conducteurs", "conducteur référent", "juin", "juillet", "", "", "", "", "", "x"]]]),
        "gantt-chart": dict(status="ok", image=["Jan", "Fév", "Mar", "Avr", "Mai", "Juin", "Juil", "Août"],
                            caption="Gantt du projet exporté de GanttProject, de janvier à la rentrée."),
        "milestones": dict(status="ok", tables=[[
            ["J1", "29 janvier", "commande des minibus", "bon signé par le président", "go", "comité de pilotage"],
            ["J2", "26 février", "carte des zones", "validée par les 24 maires", "go", "conseil communautaire"],
            ["J3", "18 juin", "minibus livrés", "trois véhicules immatriculés", "go / no-go", "chef de projet"],
            ["J4", "23 juillet", "application en test", "panel de 12 habitants satisfait", "go / no-go", "comité de pilotage"],
            ["J5", "6 septembre", "ouverture du service", "premier trajet réalisé", "go", "président"]]]),
        "dependencies-critical-path": dict(status="ok", retitle="Ce qui bloque quoi", text=[
            "Tout part de la carte des zones. Tant que les maires ne l'ont pas validée, l'agence ne peut pas paramétrer "
            "les arrêts dans l'application, la centrale ne peut pas calculer ses temps de trajet et la chargée de "
            "communication ne peut pas imprimer les dépliants. La commande des minibus, elle, ne dépend de rien : nous "
            "la passons dès janvier parce que le constructeur annonce cinq mois de délai.",
            "Le chemin critique va donc de la commande des minibus à leur livraison en juin, puis à la formation des "
            "conducteurs en juillet et à l'ouverture du 6 septembre. Il ne laisse que deux semaines de marge, celles "
            "d'août. L'application a plus de jeu : si elle n'est pas prête, le service ouvre avec la seule réservation "
            "par téléphone, comme le prévoit la convention. Je revois ce chemin à chaque comité mensuel."]),
        "resources-workload": dict(status="ok", tables=[[
            ["chef de projet", "flotte, pilotage", "60 %", "janvier – septembre", "95"],
            ["responsable d'exploitation", "desserte, centrale", "30 %", "janvier – juin", "40"],
            ["développeur de l'agence", "application", "50 %", "février – juillet", "60"],
            ["chargée de communication", "campagne", "20 %", "mai – septembre", "20"],
            ["conducteur référent", "formation", "25 %", "juin – juillet", "10"]]]),
        "release-plan": dict(status="missing"),
        "schedule-risks": dict(status="placeholder"),
    },
)
