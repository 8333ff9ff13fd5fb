from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="fr",
    notes="""python-docx from scratch, French, numbered "1.", "2.", "2.1". The schedule heading is paraphrased and
    its sub-heading "Gantt chart" (an English alias of the schedule itself) holds the Gantt picture, i.e. the Gantt
    section; activities and WBS under one heading (merged, both tables); the methodology comparison is a table
    under the methodology heading (merged); no release plan and no resources table (optional, missing); the
    dependencies text is short (thin); an extra closing section of the author's own ("Conclusion").""",
    title="Méridien Santé – Planification séquencée du projet de télé-expertise",
    cover=["Étude de cas n°1 – Noé Garnier"],
    blocks=[
        H(1, "1. Le cadre du planning", {"planning-frame": "ok"}),
        P("Méridien Santé, réseau de onze centres de radiologie en Auvergne, met en place une plateforme de "
          "télé-expertise qui permet à un radiologue de Clermont-Ferrand d'interpréter à distance les examens "
          "réalisés dans les centres ruraux. Le cahier des charges a été validé en septembre. Le planning couvre "
          "six mois, d'octobre à mars, avec un budget de 420 000 euros et une équipe de sept personnes. Nous "
          "faisons trois hypothèses : l'hébergeur de données de santé est déjà choisi, les radiologues seront "
          "disponibles une demi-journée par semaine pour la recette, et aucun centre ne change de logiciel "
          "d'imagerie pendant le projet. Si l'une de ces hypothèses tombe, le planning est revu en comité. Les durées sont exprimées en semaines ouvrées, hors vacances de Noël, pendant lesquelles aucune mise en production n'est autorisée par la direction médicale."),
        H(1, "2. Pourquoi une démarche hybride", {"methodology": "ok", "methodology-comparison": "ok"}),
        P("Le projet combine deux natures de travail. L'infrastructure, la conformité et la connexion aux appareils "
          "d'imagerie demandent une démarche séquentielle, avec des validations formelles : on ne connecte pas un "
          "scanner à une plateforme qui n'a pas passé l'audit de sécurité. L'interface utilisée par les "
          "radiologues, en revanche, doit être construite avec eux, par itérations courtes, parce que leurs "
          "besoins se précisent en voyant l'outil. Nous retenons donc un cycle en V pour le socle technique et des "
          "sprints de deux semaines en Scrum pour l'interface, synchronisés par des jalons communs. Chaque fin de sprint donne lieu à une démonstration devant deux radiologues, qui priorisent les évolutions avec le product owner ; le socle technique, lui, avance par étapes validées, chacune conditionnant la suivante. Cette organisation hybride est courante dans les projets de santé numérique. Le tableau suivant résume la comparaison qui nous a conduits à ce choix."),
        T([["Critère", "Cycle en V", "Scrum", "Lean", "Pour ce projet"],
           ["Exigences stables", "oui", "non", "non", "socle : oui ; interface : non"],
           ["Validation réglementaire", "facile", "à organiser", "difficile", "indispensable"],
           ["Implication des utilisateurs", "faible", "forte", "moyenne", "forte pour l'interface"]]),
        H(1, "3. Ce qu'il faut faire", {"activities": "ok", "wbs": "ok"}),
        T([["ID", "Activité", "Fonction liée", "Livrable", "Rôle", "Charge (j)"],
           ["A1", "Configurer l'hébergement HDS", "F1 stockage sécurisé", "environnement prêt", "architecte", "12"],
           ["A2", "Connecter les appareils d'imagerie", "F2 envoi des examens", "11 centres connectés", "intégrateur", "30"],
           ["A3", "Construire l'interface de lecture", "F3 interprétation à distance", "application web", "développeurs", "45"],
           ["A4", "Recette avec les radiologues", "toutes", "PV de recette", "chef de projet", "10"]]),
        T([["Code", "Lot", "Tâche", "Livrable", "Responsable", "Charge", "Durée"],
           ["1", "Socle", "1.1 hébergement ; 1.2 audit sécurité", "environnement audité", "architecte", "20 j", "6 sem."],
           ["2", "Connexion", "2.1 pilote 2 centres ; 2.2 déploiement 9 centres", "centres connectés", "intégrateur", "30 j", "10 sem."],
           ["3", "Interface", "3.1 sprints 1 à 6", "application", "product owner", "45 j", "12 sem."],
           ["4", "Recette et démarrage", "4.1 recette ; 4.2 formation ; 4.3 mise en service", "PV, formations", "chef de projet", "18 j", "5 sem."]]),
        H(1, "4. Le déroulé dans le temps", {"schedule": "ok"}),
        T([["Code", "Tâche", "Resp.", "Début", "Fin", "Oct", "Nov", "Déc", "Jan", "Fév", "Mar"],
           ["1", "Socle", "architecte", "01/10", "15/11", "■", "■", "", "", "", ""],
           ["2", "Connexion", "intégrateur", "15/11", "31/01", "", "■", "■", "■", "", ""],
           ["3", "Interface", "PO", "15/10", "15/01", "■", "■", "■", "■", "", ""],
           ["4", "Recette et démarrage", "CP", "15/01", "31/03", "", "", "", "■", "■", "■"]]),
        H(2, "Gantt chart", {"gantt-chart": "ok"}),
        Img(["Socle", "Connexion", "Interface", "Recette"], caption="Diagramme de Gantt sous GanttProject."),
        H(1, "5. Les jalons", {"milestones": "ok"}),
        T([["Jalon", "Date", "Livrable", "Critère", "Décision", "Qui valide"],
           ["J1 socle audité", "15/11", "rapport d'audit", "aucune faille critique", "go connexion", "RSSI"],
           ["J2 pilote 2 centres", "15/12", "50 examens interprétés", "délai < 24 h", "go déploiement", "direction médicale"],
           ["J3 mise en service", "31/03", "PV de recette", "100 % des centres", "go production", "comité de direction"]]),
        H(1, "6. Ce qui dépend de quoi", {"dependencies-critical-path": "thin"}),
        P("Le chemin critique passe par l'audit de sécurité puis la connexion des centres. Un retard d'audit "
          "décale toute la mise en service."),
        H(1, "7. Risques sur les délais", {"schedule-risks": "ok"}),
        P("Trois risques menacent le calendrier : un audit qui révèle des corrections importantes, l'indisponibilité "
          "des radiologues pour la recette en période de congés, et les anciens appareils de deux centres, qui "
          "pourraient ne pas accepter le protocole d'envoi. Nous avons placé une marge de deux semaines avant le "
          "jalon J3 et réservé les créneaux de recette dès octobre dans l'agenda des radiologues. Pour les deux centres concernés, un boîtier de conversion est commandé par précaution, pour un coût de 2 400 euros pris sur la provision du projet. Ces marges sont suivies à chaque comité."),
        H(1, "Conclusion"),
        P("Ce planning est ambitieux mais tenable si l'audit de sécurité est lancé dès la première semaine."),
    ],
    missing=["wbs-diagram", "resources-workload", "release-plan"],
)
