from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Opticiens Verlaine, fourteen optician shops in Lorraine, moves eye-test appointments online,
    shares each customer's file (prescriptions, measurements, frames) between shops and sends renewal reminders,
    before the back-to-school rush of September 2027. Guidance deleted everywhere. Three headings retyped by
    replacing their runs (bookmarks lost): the frame "D'où part le projet", the schedule "Le calendrier, mois par
    mois" and the dependencies "Ce qui bloque quoi". The sprint plan deleted with its heading (missing): the author
    runs the project in fixed stages. The schedule risks are two sentences (thin). Every other table filled; the WBS
    tree and the Gantt chart inserted as pictures with captions of the author's own.""",
    cover={"company": "Opticiens Verlaine", "candidate": "Camille Thiriet", "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="D'où part le projet", text=[
            "Opticiens Verlaine est un groupe familial de quatorze magasins en Lorraine, de Thionville à Épinal, "
            "avec 63 salariés dont 22 opticiens diplômés et 9 optométristes. Aujourd'hui, les examens de vue se "
            "réservent par téléphone, magasin par magasin ; le dossier d'un client, avec ses ordonnances et ses "
            "mesures, reste dans le logiciel du magasin où il est venu la première fois, et rien ne rappelle au "
            "client que ses lunettes ont deux ans.",
            "Le cahier des charges validé en novembre demande trois choses : la prise de rendez-vous en ligne pour "
            "les examens de vue, un dossier client unique partagé par les quatorze magasins, et des rappels de "
            "renouvellement par SMS. Le projet démarre le 11 janvier 2027 et doit être en service le 30 juin, avant "
            "la rentrée scolaire qui fait 30 % des ventes de l'année. Je suis cheffe de projet à temps plein, "
            "l'éditeur du logiciel de magasin fournit un intégrateur, et une opticienne référente, Aurélie Marchal, "
            "est détachée deux jours par semaine. Budget : 85 000 euros. Nous comptons 20 jours ouvrés par mois et "
            "aucun déploiement en magasin pendant les soldes de janvier."]),
        "methodology": dict(status="ok", text=[
            "J'ai choisi un déroulement par étapes successives, avec une validation écrite de la direction à la fin "
            "de chacune, plutôt que des sprints. Le besoin est stable : les trois fonctions sont décrites en détail "
            "dans le cahier des charges et les opticiens savent précisément ce qu'ils veulent. Surtout, la fusion "
            "des dossiers clients touche des données de santé : une ordonnance mal rattachée, c'est un verre mal "
            "taillé. Chaque étape doit donc être testée et signée avant la suivante.",
            "Le contrat avec l'éditeur est au forfait, avec des livraisons datées, ce qui convient mal à un "
            "périmètre qui bougerait toutes les deux semaines. L'équipe est petite et la direction ne peut se "
            "réunir qu'une fois par mois. Je garde cependant une part d'itération là où elle sert : l'écran de "
            "prise de rendez-vous sera montré à des clients dans deux magasins pilotes, Metz-Serpenoise et "
            "Nancy-Stanislas, et corrigé deux fois avant le déploiement. Cette approche en étapes, avec une "
            "boucle courte sur l'écran client, tient le délai de juin sans risquer les dossiers."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "convient : besoin écrit et stable", "peu utile", "—", "par étapes"],
            [None, "direction une fois par mois", "revues trop fréquentes", "—", "par étapes"],
            [None, "forfait éditeur, livraisons datées", "mal adapté", "—", "par étapes"],
            [None, "équipe de trois personnes", "possible", "utile pour les magasins", "mixte"],
            [None, "une mise en service en juin", "livraisons partielles inutiles", "—", "par étapes"],
            [None, "bonne, budget fermé", "moins lisible", "moyenne", "par étapes"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Recenser les règles de rendez-vous des 14 magasins", "rendez-vous en ligne",
             "règles communes signées", "cheffe de projet", "8"],
            ["A2", "Paramétrer l'agenda en ligne", "rendez-vous en ligne", "agenda ouvert aux clients",
             "intégrateur", "14"],
            ["A3", "Dédoublonner et fusionner les dossiers clients", "dossier unique", "base de 41 000 clients",
             "intégrateur", "18"],
            ["A4", "Mettre en place les rappels SMS", "rappels", "campagne de rappel active", "cheffe de projet",
             "6"],
            ["A5", "Tester avec des clients en magasin pilote", "rendez-vous en ligne", "écran corrigé deux fois",
             "opticienne référente", "5"],
            ["A6", "Former les équipes des 14 magasins", "toutes", "63 salariés formés", "opticienne référente",
             "10"]]]),
        "wbs": dict(status="ok", tables=[[
            ["1", "Cadrage", "Règles communes de rendez-vous", "règles signées", "C. Thiriet", "8", "20"],
            ["2.1", "Rendez-vous", "Paramétrage de l'agenda", "agenda en ligne", "intégrateur", "14", "30"],
            ["2.2", "Rendez-vous", "Tests clients en pilote", "écran validé", "A. Marchal", "5", "15"],
            ["3.1", "Dossier client", "Dédoublonnage et fusion", "base unique", "intégrateur", "18", "35"],
            ["3.2", "Dossier client", "Rappels de renouvellement", "SMS actifs", "C. Thiriet", "6", "10"],
            ["4", "Déploiement", "Formation et bascule magasin par magasin", "14 magasins en service",
             "A. Marchal", "10", "25"]]]),
        "wbs-diagram": dict(status="ok", image=["Projet Verlaine", "1 Cadrage", "2 Rendez-vous",
                                                "3 Dossier client", "4 Déploiement"],
                            caption="Les quatre lots du projet, tels que présentés aux responsables de magasin."),
        "schedule": dict(status="ok", retitle="Le calendrier, mois par mois", tables=[[
            ["1", "Règles communes", "C. Thiriet", "11/01", "05/02", "x", "", "", "", "", ""],
            ["2.1", "Agenda en ligne", "intégrateur", "08/02", "26/03", "", "x", "x", "", "", ""],
            ["2.2", "Tests en pilote", "A. Marchal", "29/03", "23/04", "", "", "x", "x", "", ""],
            ["3.1", "Fusion des dossiers", "intégrateur", "08/02", "07/05", "", "x", "x", "x", "x", ""],
            ["3.2", "Rappels SMS", "C. Thiriet", "10/05", "21/05", "", "", "", "", "x", ""],
            ["4", "Formation et bascule", "A. Marchal", "24/05", "30/06", "", "", "", "", "x", "x"]]]),
        "gantt-chart": dict(status="ok", image=["Janv. cadrage", "Fév.-mars agenda", "Avr. pilote",
                                                "Fév.-mai fusion", "Juin bascule"],
                            caption="Le Gantt exporté de GanttProject, jalons en losange, chemin critique en rouge."),
        "milestones": dict(status="ok", tables=[[
            ["J1 règles signées", "05/02", "règles de rendez-vous communes", "signées par les 14 responsables",
             "go", "direction"],
            ["J2 pilote validé", "23/04", "écran de rendez-vous corrigé", "8 clients sur 10 réservent seuls",
             "go / no-go", "comité de projet"],
            ["J3 fusion à blanc", "07/05", "base unique de test", "moins de 1 % de dossiers en doublon",
             "go / no-go", "direction"],
            ["J4 quatorze magasins en service", "30/06", "solution complète", "rendez-vous et rappels actifs partout",
             "go", "direction"]]]),
        "dependencies-critical-path": dict(status="ok", retitle="Ce qui bloque quoi", text=[
            "La fusion des dossiers ne peut pas commencer tant que les règles communes ne sont pas signées, parce "
            "qu'elles fixent quel magasin garde la main sur un client vu dans plusieurs boutiques. Les rappels SMS "
            "ont besoin de la base unique : envoyer un rappel depuis quatorze fichiers, ce serait prévenir trois "
            "fois la même personne. La formation et la bascule attendent à la fois le pilote validé et la fusion "
            "à blanc réussie.",
            "Le chemin critique passe donc par le cadrage, la fusion des dossiers, la fusion à blanc puis la "
            "bascule : c'est la fusion, avec ses 35 jours, qui fixe la date de juin. L'agenda en ligne et le pilote "
            "ont trois semaines de marge, que je garde pour une troisième correction de l'écran si les clients le "
            "demandent. J'ai aussi placé une semaine de réserve entre la fusion à blanc et le début de la bascule, "
            "seule marge sur le chemin critique."]),
        "resources-workload": dict(status="ok", tables=[[
            ["Cheffe de projet", "1, 3.2, 4", "100 %", "janvier – juin", "120"],
            ["Intégrateur de l'éditeur", "2.1, 3.1", "60 %", "février – mai", "48"],
            ["Opticienne référente", "2.2, 4", "40 %", "mars – juin", "32"],
            ["Responsables de magasin", "1, 4", "5 %", "janvier, juin", "14"]]]),
        "release-plan": dict(status="missing"),
        "schedule-risks": dict(status="thin", text=[
            "Si la fusion à blanc laisse plus de 1 % de doublons, la bascule glisse en juillet pour les magasins "
            "vosgiens. Si l'intégrateur est absent, l'éditeur doit le remplacer sous une semaine."]),
    },
)
