from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Conduite Sereine, a driving school with six branches around Nantes, moves lesson booking, the
    learners' progress booklet and the instructors' diaries onto one platform before the summer rush of 2027.
    Guidance deleted everywhere. Headings retyped by replacing their runs (bookmarks lost): the frame "Le cadre :
    six agences, un seul outil", the schedule "Calendrier de janvier à juin" and the dependencies "Ce qui dépend
    de quoi"; the milestones retyped "Points de décision" keeping the bookmark. The Gantt chart deleted with its
    heading (missing); the dependencies written in two short paragraphs (thin); every other table filled, the
    WBS drawn as a picture.""",
    cover={"company": "Conduite Sereine", "candidate": "Julie Marchand", "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="Le cadre : six agences, un seul outil", text=[
            "Conduite Sereine est une auto-école de six agences (Nantes centre, Rezé, Saint-Herblain, Orvault, "
            "Carquefou et Vertou) qui forme environ 1 900 élèves par an avec 31 moniteurs. Aujourd'hui, les leçons "
            "se réservent par téléphone auprès de chaque agence, le livret d'apprentissage est un carnet papier que "
            "les élèves perdent, et chaque moniteur a son agenda sur une feuille imprimée le lundi.",
            "Le cahier des charges retenu en octobre demande une plateforme unique : réservation des leçons en ligne, "
            "livret numérique rempli par le moniteur après chaque leçon, agenda des moniteurs sur téléphone et "
            "paiement des forfaits. Le projet démarre le 4 janvier 2027 et doit être en service le 28 juin, avant "
            "les stages intensifs de l'été qui représentent un quart du chiffre d'affaires. Je suis cheffe de projet "
            "à 80 %, l'éditeur du logiciel fournit un consultant trois jours par semaine, et deux moniteurs "
            "référents sont détachés une journée par semaine. Nous comptons 19 jours ouvrés par mois."]),
        "methodology": dict(status="ok", text=[
            "Le logiciel est un produit existant que nous paramétrons : il n'y a pas de développement lourd, mais "
            "beaucoup de choix à faire avec les moniteurs (durée des créneaux, règles d'annulation, compétences du "
            "livret à suivre). Ces choix ne peuvent pas être figés en janvier sur le papier : les moniteurs ne "
            "savent dire ce qui leur convient qu'en essayant l'outil.",
            "Nous travaillons donc par itérations de trois semaines. Chaque itération livre une partie paramétrée "
            "que les deux moniteurs référents utilisent pour de vrai dans l'agence de Rezé, puis une revue le "
            "vendredi avec le gérant, où l'on décide de ce qui passe à l'itération suivante. Je tiens la liste des "
            "demandes et leur ordre de priorité.",
            "La reprise des 1 900 dossiers d'élèves et le raccordement au paiement suivent en revanche des étapes "
            "fixées d'avance, avec une validation écrite du gérant, parce qu'on ne peut pas se permettre d'essayer : "
            "un dossier perdu, c'est un élève qui ne peut pas passer son examen. Un cycle en V complet aurait "
            "demandé de tout spécifier avant d'avoir vu l'outil, ce que personne ici ne sait faire."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "adapté à la reprise", "adapté au paramétrage", "—", "les deux"],
            [None, "gérant disponible le vendredi", "convient", "—", "revue hebdomadaire"],
            [None, "contrat éditeur au forfait", "jours de conseil en régie", "—", "mixte"],
            [None, "équipe réduite", "convient à quatre personnes", "peu utile", "itérations courtes"],
            [None, "une seule mise en service", "livraisons toutes les trois semaines", "—", "itératif"],
            [None, "bonne", "moyenne", "moyenne", "budget fermé à 62 k€"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Ateliers avec les moniteurs", "toutes", "règles de réservation écrites", "J. Marchand", "6"],
            ["A2", "Paramétrer la réservation", "réservation", "module en service à Rezé", "consultant éditeur", "15"],
            ["A3", "Paramétrer le livret numérique", "livret", "grille de compétences validée", "consultant éditeur", "12"],
            ["A4", "Reprendre les dossiers élèves", "reprise", "1 900 dossiers migrés", "consultant éditeur", "10"],
            ["A5", "Raccorder le paiement", "paiement", "forfaits payables en ligne", "J. Marchand", "5"],
            ["A6", "Former moniteurs et secrétaires", "toutes", "40 personnes formées", "moniteurs référents", "8"]]]),
        "wbs": dict(status="ok", tables=[[
            ["1", "Cadrage", "Ateliers dans les six agences", "règles écrites", "J. Marchand", "6", "15"],
            ["2.1", "Paramétrage", "Réservation et agendas", "module réservation", "consultant", "15", "40"],
            ["2.2", "Paramétrage", "Livret numérique", "grille de compétences", "consultant", "12", "35"],
            ["3.1", "Données", "Reprise des dossiers", "base migrée", "consultant", "10", "20"],
            ["3.2", "Données", "Paiement en ligne", "paiement en service", "J. Marchand", "5", "15"],
            ["4", "Déploiement", "Formation et bascule par agence", "six agences équipées", "moniteurs référents", "8", "25"]]]),
        "wbs-diagram": dict(status="ok", image=["Plateforme Conduite Sereine", "1 Cadrage", "2 Paramétrage",
                                                "3 Données", "4 Déploiement"],
                            caption="Le découpage en quatre lots présenté aux moniteurs en réunion de janvier."),
        "schedule": dict(status="ok", retitle="Calendrier de janvier à juin", tables=[[
            ["1", "Cadrage", "J. Marchand", "04/01", "29/01", "x", "", "", "", "", ""],
            ["2.1", "Réservation et agendas", "consultant", "01/02", "16/04", "", "x", "x", "x", "", ""],
            ["2.2", "Livret numérique", "consultant", "01/03", "14/05", "", "", "x", "x", "x", ""],
            ["3", "Reprise et paiement", "consultant", "12/04", "28/05", "", "", "", "x", "x", ""],
            ["4", "Formation et bascule", "moniteurs référents", "31/05", "25/06", "", "", "", "", "x", "x"]]]),
        "gantt-chart": dict(status="missing"),
        "milestones": dict(status="ok", retitle="Points de décision", keep_bookmark=True, tables=[[
            ["J1 règles validées", "29/01", "règles de réservation et d'annulation", "signées par le gérant", "go",
             "gérant"],
            ["J2 Rezé en réservation en ligne", "16/04", "module réservation", "80 % des leçons de Rezé réservées en ligne",
             "go / no-go", "comité"],
            ["J3 reprise à blanc", "14/05", "base de test", "aucun dossier d'examen incomplet", "go / no-go", "gérant"],
            ["J4 six agences en service", "25/06", "plateforme complète", "paiement et livret en service partout",
             "go", "gérant"]]]),
        "dependencies-critical-path": dict(status="thin", retitle="Ce qui dépend de quoi", text=[
            "La reprise des dossiers ne peut commencer qu'une fois la grille du livret validée, puisqu'elle en "
            "reprend les compétences. La formation des agences attend la reprise à blanc.",
            "Le chemin critique passe donc par le livret, la reprise et la bascule ; la marge n'est que d'une "
            "semaine avant les stages d'été."]),
        "resources-workload": dict(status="ok", tables=[[
            ["Cheffe de projet", "1, 3.2, 4", "80 %", "janvier – juin", "95"],
            ["Consultant de l'éditeur", "2.1, 2.2, 3.1", "60 %", "février – mai", "48"],
            ["Moniteurs référents (2)", "1, 2, 4", "20 % chacun", "janvier – juin", "48"],
            ["Secrétaires d'agence", "4", "10 %", "juin", "12"]]]),
        "release-plan": dict(status="ok", tables=[[
            ["It. 1", "01/02 – 19/02", "réserver une leçon", "créneaux, annulation 48 h", "version Rezé 0.1", "19/02"],
            ["It. 2", "22/02 – 12/03", "agenda du moniteur sur téléphone", "agenda, notifications", "version 0.2", "12/03"],
            ["It. 3", "15/03 – 02/04", "remplir le livret après la leçon", "grille de compétences", "version 0.3", "02/04"],
            ["It. 4", "05/04 – 23/04", "payer un forfait", "paiement, factures", "version 0.4", "23/04"],
            ["It. 5", "26/04 – 14/05", "corriger avant la bascule", "retours de Rezé", "version 1.0", "14/05"]]]),
        "schedule-risks": dict(status="ok", text=[
            "Le premier risque est que les moniteurs n'adoptent pas la réservation en ligne à Rezé : si moins de "
            "60 % des leçons y sont réservées en ligne au 16 avril, nous repoussons la bascule des autres agences "
            "d'un mois et gardons le téléphone en parallèle.",
            "Le deuxième est la reprise des dossiers : les carnets papier sont incomplets. Si la reprise à blanc "
            "laisse plus de 50 dossiers à compléter à la main, les secrétaires y consacrent deux après-midi par "
            "semaine en mai. Le troisième est la disponibilité du consultant, partagé avec un autre client : son "
            "contrat prévoit un remplaçant sous cinq jours."]),
    },
)
