from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: les Jardins du Val d'Allier, a market-garden insertion association near Moulins, build an
    online order site for their weekly vegetable baskets with pick-up points. Guidance deleted. Headings retyped by
    replacing their runs (bookmarks lost) on the frame, the method and the schedule risks; the milestones retyped
    keeping the bookmark. The resources table deleted with its heading (missing); the dependencies written in a
    few lines (thin); every other table filled, the WBS tree and the Gantt export inserted as pictures.""",
    cover={"company": "Les Jardins du Val d'Allier", "candidate": "Maëlle Fournier",
           "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="D'où l'on part", text=[
            "Les Jardins du Val d'Allier emploient 34 salariés en insertion et livrent chaque semaine environ 410 "
            "paniers de légumes bio à des adhérents de Moulins, Yzeure et Avermes. Les commandes passent aujourd'hui "
            "par un tableur partagé et par SMS, et la coordinatrice passe une journée entière par semaine à les "
            "recopier. Le cahier des charges validé en octobre prévoit un site de commande avec paiement par "
            "prélèvement, le choix d'un point de retrait parmi neuf, et un tableau de préparation pour l'équipe du "
            "hangar.",
            "Le projet commence le lundi 11 janvier 2027 ; la campagne d'adhésion de printemps ouvre le 6 avril et "
            "le site doit être prêt pour elle. L'équipe : moi-même à 60 % comme cheffe de projet, un développeur "
            "indépendant de Vichy à trois jours par semaine, l'encadrant technique du hangar une demi-journée par "
            "semaine, et deux adhérentes bénévoles pour les tests. Nous comptons quatre jours de travail par semaine "
            "pour le développeur et aucune mise en production pendant les livraisons du jeudi."]),
        "methodology": dict(status="ok", retitle="Comment on s'organise, et pourquoi", text=[
            "Le besoin est simple sur le papier mais plein de détails que personne n'a écrits : une adhérente peut-elle "
            "sauter une semaine ? que se passe-t-il quand la récolte de poireaux est mauvaise et qu'il faut remplacer "
            "un légume ? Les réponses viendront en voyant le site fonctionner, pas dans un document. C'est pourquoi "
            "nous travaillons par itérations de deux semaines, chacune terminée par une démonstration au bureau de "
            "l'association le vendredi après-midi.",
            "Nous gardons pourtant deux étapes fixes, parce que le conseil d'administration et le financeur (la "
            "fondation qui paie 70 % du projet) veulent des rendez-vous datés : une validation des maquettes fin "
            "janvier et une recette complète avant l'ouverture de la campagne. Entre ces deux dates, le contenu des "
            "itérations est décidé par la coordinatrice, qui tient la liste des demandes et la classe avec moi chaque "
            "lundi. L'équipe est trop petite pour des rituels lourds : pas de réunion quotidienne, un message écrit "
            "le matin suffit. Si une itération déborde, ce qui n'est pas fini repart dans la liste et sera reclassé le lundi suivant."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "non, trop de questions ouvertes", "oui, on découvre en avançant", "oui", "itératif"],
            [None, "bureau présent une fois, au début", "démo tous les quinze jours", "retours du hangar", "Scrum léger"],
            [None, "budget fixe de la fondation", "budget fixe, contenu variable", "peu adapté", "contenu variable"],
            [None, "lourd pour deux personnes", "à alléger", "adapté", "Scrum allégé"],
            [None, "une seule livraison en avril", "versions toutes les deux semaines", "flux continu", "itérations"],
            [None, "bonne", "moyenne", "faible", "deux jalons fixes"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Recueillir les règles des paniers avec le bureau", "abonnements", "règles écrites", "cheffe de projet", "4"],
            ["A2", "Maquetter le parcours de commande", "commande", "maquettes validées", "développeur", "6"],
            ["A3", "Développer comptes, paniers et points de retrait", "commande", "site en test", "développeur", "24"],
            ["A4", "Brancher le prélèvement bancaire", "paiement", "mandats SEPA en ligne", "développeur", "7"],
            ["A5", "Créer la liste de préparation du hangar", "préparation", "liste imprimable", "développeur", "5"],
            ["A6", "Tester avec les bénévoles et former l'équipe", "tout", "recette signée", "cheffe de projet", "6"]]]),
        "wbs": dict(status="ok", tables=[[
            ["1.1", "Cadrage", "Atelier règles des paniers", "règles écrites", "M. Fournier", "3", "5"],
            ["1.2", "Cadrage", "Maquettes", "maquettes validées", "développeur", "6", "10"],
            ["2.1", "Site", "Comptes et abonnements", "module en test", "développeur", "12", "15"],
            ["2.2", "Site", "Points de retrait et remplacements", "module en test", "développeur", "12", "15"],
            ["2.3", "Site", "Prélèvement SEPA", "paiement en test", "développeur", "7", "10"],
            ["3.1", "Hangar", "Liste de préparation", "liste imprimable", "développeur", "5", "5"],
            ["4.1", "Recette", "Tests avec les bénévoles", "procès-verbal", "M. Fournier", "6", "10"]]]),
        "wbs-diagram": dict(status="ok", image=["Site paniers", "1 Cadrage", "2 Site", "3 Hangar", "4 Recette"],
                            caption="Arborescence montrée au bureau le 15 janvier."),
        "schedule": dict(status="ok", tables=[[
            ["1.1", "Atelier règles des paniers", "M. Fournier", "11/01", "15/01", "x", "", "", "", "", ""],
            ["1.2", "Maquettes", "développeur", "18/01", "29/01", "x", "", "", "", "", ""],
            ["2.1-2.2", "Itérations 1 et 2", "développeur", "01/02", "26/02", "", "x", "", "", "", ""],
            ["2.3-3.1", "Itération 3 : paiement, hangar", "développeur", "01/03", "12/03", "", "", "x", "", "", ""],
            ["4.1", "Recette et corrections", "M. Fournier", "15/03", "02/04", "", "", "x", "x", "", ""]]]),
        "gantt-chart": dict(status="ok", image=["Janv. : cadrage", "Févr. : itérations 1-2", "Mars : itération 3", "Avril : ouverture"],
                            caption="Vue Gantt exportée de notre tableur de suivi."),
        "milestones": dict(status="ok", retitle="Nos rendez-vous datés", keep_bookmark=True, tables=[[
            ["Maquettes validées", "29/01", "maquettes", "le bureau sait commander sans aide", "go", "bureau"],
            ["Paiement en test", "12/03", "prélèvement SEPA", "trois mandats test acceptés par la banque", "go", "trésorière"],
            ["Recette", "02/04", "site complet", "aucune anomalie bloquante", "go / no-go", "présidente"],
            ["Ouverture de la campagne", "06/04", "site public", "premières commandes reçues", "go", "bureau"]]]),
        "dependencies-critical-path": dict(status="thin", text=[
            "Le paiement dépend de l'accord de la banque pour le prélèvement, demandé en janvier ; sans lui, "
            "la recette ne peut pas commencer. C'est notre chemin critique, avec la disponibilité du développeur "
            "en mars."]),
        "resources-workload": dict(status="missing"),
        "release-plan": dict(status="ok", tables=[[
            ["Itération 1", "01/02-12/02", "un adhérent crée son compte", "comptes, abonnement", "version de test", "12/02"],
            ["Itération 2", "15/02-26/02", "choisir un point de retrait", "points de retrait, remplacements", "version de test", "26/02"],
            ["Itération 3", "01/03-12/03", "payer et préparer", "SEPA, liste du hangar", "version candidate", "12/03"]]]),
        "schedule-risks": dict(status="ok", retitle="Ce qui peut nous retarder", text=[
            "Trois risques nous feraient manquer l'ouverture du 6 avril. Le premier est la banque : si l'accord pour "
            "le prélèvement n'est pas signé le 19 février, nous ouvrons la campagne avec un paiement par chèque et "
            "ajoutons le prélèvement en mai. Le deuxième est le développeur, seul sur le code : s'il prend plus de "
            "deux jours de retard sur une itération, nous retirons les remplacements de légumes de la première "
            "version. Le troisième est la recette : si moins de dix adhérentes testent le site avant le 26 mars, "
            "nous ouvrons d'abord aux seuls adhérents de Moulins. Je suis ces trois signaux chaque lundi."]),
    },
)
