from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the Drôme provençale farm employers' group (GEA, 64 member farms, 300 seasonal workers a year)
    replaces its spreadsheets with a web and mobile tool to assign seasonal workers to farms for the apricot and
    lavender harvests of summer 2027. Guidance deleted everywhere. Three headings retyped by replacing their runs
    (bookmarks lost): the frame "Point de départ et hypothèses", the WBS "Découpage du projet en lots" and the
    milestones "Les grands rendez-vous". Every table filled but the sprint plan, left as generated (empty) although
    the author chose sprints after a short framing phase. The schedule risks still hold our prompt (placeholder).
    The WBS tree and the Gantt chart inserted as pictures with captions of the author's own.""",
    cover={"company": "GEA Drôme provençale", "candidate": "Baptiste Roux", "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="Point de départ et hypothèses", text=[
            "Le groupement d'employeurs agricoles de la Drôme provençale emploie chaque année environ 300 "
            "saisonniers qu'il met à disposition de 64 exploitations adhérentes : abricots en juin et juillet, "
            "lavande en juillet, raisin en septembre. Les affectations se font aujourd'hui sur trois tableurs et "
            "par SMS, ce qui conduit chaque été à des équipes envoyées sur une parcelle déjà récoltée et à des "
            "heures mal comptées.",
            "Le cahier des charges validé le 20 novembre prévoit un outil web pour les deux planificatrices, une "
            "application mobile simple pour les saisonniers (planning, adresse de la parcelle, pointage) et un "
            "export des heures vers la paie. Le planning part du 4 janvier 2027 et doit être en service le 7 juin, "
            "premier jour de la cueillette des abricots précoces. Hypothèses : une équipe de deux développeurs de "
            "l'agence Ventoux Digital à 80 %, une planificatrice détachée un jour par semaine, 20 jours ouvrés par "
            "mois, aucune mise en production entre le 1er juin et le 15 août."]),
        "methodology": dict(status="ok", text=[
            "Je retiens une démarche hybride. Les quatre premières semaines suivent une logique de cycle en V : "
            "recueil des règles d'affectation, maquettes validées par le bureau du groupement et contrat signé avec "
            "l'agence sur un périmètre fixé. Ce cadrage est indispensable parce que les règles touchent au droit du "
            "travail (durées maximales, repos, transport des saisonniers) et qu'une erreur serait coûteuse.",
            "Ensuite, le développement avance en sprints de deux semaines avec une démonstration à la fin de chacun "
            "devant les deux planificatrices et un exploitant volontaire. Les saisonniers n'ont jamais utilisé ce "
            "genre d'application, et seuls des essais répétés nous diront si l'écran de pointage est assez simple "
            "pour être utilisé avec des gants, en plein soleil. Le bureau se réunit une fois par mois, ce qui "
            "suffit pour valider les jalons sans freiner les sprints. Cette combinaison donne un cadre solide là où "
            "les règles sont fixes, et de la souplesse là où l'usage réel est encore inconnu. Elle a aussi l'avantage de parler "
            "aux exploitants, qui préfèrent voir un écran qui marche plutôt que lire un long document."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "règles stables, usages mobiles inconnus", "adapté aux écrans", "peu utile", "hybride"],
            [None, "bureau mensuel, planificatrices chaque semaine", "démonstrations possibles", "—", "hybride"],
            [None, "contrat d'agence au forfait", "à cadrer d'abord", "—", "V puis sprints"],
            [None, "deux développeurs expérimentés", "bien adapté", "possible", "sprints"],
            [None, "date fixe du 7 juin", "livraisons régulières rassurantes", "—", "sprints"],
            [None, "budget voté de 72 000 €", "moins lisible", "bonne", "cadrage en V"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Écrire les règles d'affectation avec les planificatrices", "affectation",
             "règles validées par le bureau", "chef de projet", "6"],
            ["A2", "Maquetter l'outil web et l'application", "toutes", "maquettes validées", "agence", "8"],
            ["A3", "Développer l'affectation des équipes aux parcelles", "affectation", "module testé", "agence", "25"],
            ["A4", "Développer le pointage mobile", "pointage", "application sur les stores", "agence", "20"],
            ["A5", "Relier l'export des heures à la paie", "paie", "fichier accepté par le logiciel de paie",
             "agence", "8"],
            ["A6", "Former planificatrices, chefs d'équipe et exploitants", "toutes", "48 personnes formées",
             "chef de projet", "7"]]]),
        "wbs": dict(status="ok", retitle="Découpage du projet en lots", tables=[[
            ["1", "Cadrage", "Règles, maquettes, contrat", "dossier de cadrage signé", "B. Roux", "14", "20"],
            ["2.1", "Affectation", "Parcelles, équipes, calendrier", "module d'affectation", "agence", "25", "40"],
            ["2.2", "Pointage", "Application et mode hors ligne", "application publiée", "agence", "20", "35"],
            ["3", "Paie", "Export et contrôle des heures", "export validé", "agence", "8", "15"],
            ["4", "Déploiement", "Formation et démarrage", "outil en service", "B. Roux", "7", "20"]]]),
        "wbs-diagram": dict(status="ok", image=["Outil saisonniers", "1 Cadrage", "2.1 Affectation", "2.2 Pointage",
                                                "3 Paie", "4 Déploiement"],
                            caption="L'arbre des lots tel que je l'ai présenté au bureau du groupement en décembre."),
        "schedule": dict(status="ok", tables=[[
            ["1", "Cadrage", "B. Roux", "04/01", "29/01", "x", "", "", "", "", ""],
            ["2.1", "Affectation (sprints 1 à 4)", "agence", "01/02", "26/03", "", "x", "x", "", "", ""],
            ["2.2", "Pointage (sprints 3 à 6)", "agence", "01/03", "23/04", "", "", "x", "x", "", ""],
            ["3", "Export paie (sprint 7)", "agence", "26/04", "07/05", "", "", "", "x", "x", ""],
            ["4", "Formation et démarrage", "B. Roux", "10/05", "04/06", "", "", "", "", "x", "x"]]]),
        "gantt-chart": dict(status="ok", image=["Janvier cadrage", "Février-mars affectation", "Mars-avril pointage",
                                                "Mai paie", "Mai-juin démarrage"],
                            caption="Gantt tiré de l'outil de l'agence ; en rouge, les tâches sans marge."),
        "milestones": dict(status="ok", retitle="Les grands rendez-vous", tables=[[
            ["J1 cadrage signé", "29/01", "règles et maquettes", "bureau d'accord sur les règles", "go", "président"],
            ["J2 affectation testée", "26/03", "module d'affectation", "un mois de planning 2026 rejoué sans erreur",
             "go / no-go", "planificatrices"],
            ["J3 pointage sur le terrain", "23/04", "application mobile", "dix saisonniers pointent seuls",
             "go / no-go", "comité de projet"],
            ["J4 mise en service", "07/06", "outil complet", "abricots précoces planifiés dans l'outil", "go",
             "bureau"]]]),
        "dependencies-critical-path": dict(status="ok", text=[
            "Rien ne peut être développé avant la signature des règles d'affectation, qui fixent qui peut être "
            "envoyé où et combien d'heures. Le pointage dépend du module d'affectation, puisqu'un saisonnier pointe "
            "sur la parcelle où il a été affecté. L'export vers la paie attend le pointage, et l'éditeur du logiciel "
            "de paie doit nous fournir le format de fichier avant le 15 mars : c'est notre seule dépendance "
            "extérieure, suivie chaque semaine.",
            "Le chemin critique passe par le cadrage, l'affectation, le pointage puis la formation : onze semaines "
            "de développement sans marge. L'export paie dispose de deux semaines de jeu. J'ai réservé la dernière "
            "semaine de mai comme tampon avant le démarrage, car les abricots n'attendront pas. Si ce tampon n'est "
            "pas consommé, il servira à former les chefs d'équipe arrivés en dernier, souvent recrutés en mai."]),
        "resources-workload": dict(status="ok", tables=[[
            ["Chef de projet (moi)", "1, 4", "60 %", "janvier – juin", "62"],
            ["Développeurs de l'agence", "2.1, 2.2, 3", "80 % à deux", "février – mai", "128"],
            ["Planificatrice référente", "1, 2.1, 4", "20 %", "janvier – juin", "24"],
            ["Exploitant volontaire", "2.1, 2.2", "2 jours par mois", "février – avril", "6"]]]),
        "release-plan": dict(status="empty"),
        "schedule-risks": dict(status="placeholder"),
    },
)
