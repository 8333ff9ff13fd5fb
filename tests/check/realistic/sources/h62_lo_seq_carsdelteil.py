from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. python-docx then
    saved again by LibreOffice Writer, French: a school-bus operator in the Cantal plans the build of an app that
    tells parents where the bus is. The authors' own numbered headings; three sub-headings are bold Normal
    paragraphs; the list of activities and the work breakdown share one heading and one table (merged); the
    release and sprint heading has nothing under it (empty).""",
    title="Cars Delteil – « Où est mon car ? » : planning du projet",
    cover=["Étude de cas n° 1 – planification séquencée",
           "Margaux Vidal, Théo Roumégoux – décembre 2026"],
    blocks=[
        H(1, "1. Le cadre : ce qu'on sait et ce qu'on suppose", {"planning-frame": "ok"}),
        P("Les Cars Delteil, à Aurillac, transportent chaque jour 3 800 élèves sur 64 circuits scolaires pour le "
          "compte de la Région. Les parents appellent l'agence dès qu'un car a dix minutes de retard, jusqu'à 150 "
          "appels par matin de neige. Le cahier des charges demande une application qui affiche la position du "
          "car en temps réel, envoie une alerte en cas de retard et permet au conducteur de signaler un incident."),
        P("Nous planifions du 4 janvier au 30 juin 2027, pour une mise en service à la rentrée de septembre après "
          "un test en juin sur six circuits. Hypothèses : les boîtiers GPS déjà installés dans les cars envoient "
          "une position toutes les 30 secondes ; l'équipe compte un chef de projet à mi-temps, deux développeurs "
          "d'une agence de Clermont et la responsable d'exploitation deux jours par semaine ; le budget est de "
          "95 000 euros ; la Région doit valider le traitement des données des élèves avant toute ouverture au public."),
        H(1, "2. Pourquoi un cycle hybride ?", {"methodology": "ok"}),
        P("Nous avons écarté le cycle en V pur : les besoins des parents et des conducteurs ne seront vraiment "
          "connus qu'en voyant un premier prototype, et une spécification figée en janvier serait fausse en avril. "
          "Un Scrum complet ne convient pas non plus : la date de rentrée est fixe, la validation de la Région "
          "est un passage obligé avec un calendrier qu'on ne maîtrise pas, et l'équipe de l'agence n'est pas "
          "disponible à plein temps."),
        P("Nous retenons donc un cadrage séquentiel court (janvier) pour verrouiller ce qui ne bougera pas, "
          "c'est-à-dire l'interface avec les boîtiers, l'hébergement et le dossier pour la Région, puis quatre "
          "sprints de trois semaines pour construire l'application avec des démonstrations aux conducteurs et à "
          "un panel de douze parents, enfin une phase de test terrain et de déploiement en juin. Chaque fin de "
          "sprint se termine par une revue avec la direction, ce qui lui donne la main sur les priorités sans "
          "réunion supplémentaire. Le backlog est tenu dans un simple tableau partagé, que l'agence connaît déjà."),
        B("Comparatif rapide des approches", {"methodology-comparison": "ok"}),
        T([["Approche", "Avantage pour nous", "Limite pour nous", "Retenue ?"],
           ["Cycle en V", "calendrier lisible pour la Région", "retours des parents trop tardifs", "non"],
           ["Scrum", "ajuste les priorités à chaque sprint", "date de rentrée fixe, équipe à temps partiel", "non"],
           ["Hybride", "cadrage ferme puis sprints courts", "demande de la discipline aux revues", "oui"]]),
        H(1, "3. Découpage du travail : les lots et leurs tâches", {"activities": "ok", "wbs": "ok"}),
        P("Nous avons listé les tâches nécessaires à chaque exigence du cahier des charges, puis nous les avons "
          "rangées en cinq lots. Chaque tâche a un responsable et une charge en jours."),
        T([["Code", "Lot / tâche", "Responsable", "Charge (j)"],
           ["1", "Cadrage", "chef de projet", "14"],
           ["1.1", "Inventaire des boîtiers GPS et des circuits", "exploitation", "4"],
           ["1.2", "Dossier données personnelles pour la Région", "chef de projet", "6"],
           ["1.3", "Choix de l'hébergement", "agence", "4"],
           ["2", "Données temps réel", "agence", "22"],
           ["2.1", "Connecteur boîtiers GPS", "agence", "10"],
           ["2.2", "Calcul des retards par arrêt", "agence", "12"],
           ["3", "Application parents", "agence", "30"],
           ["3.1", "Carte et horaires de l'arrêt", "agence", "12"],
           ["3.2", "Alertes de retard", "agence", "10"],
           ["3.3", "Inscription et lien élève-circuit", "agence", "8"],
           ["4", "Outil conducteur", "agence", "12"],
           ["4.1", "Bouton incident sur la tablette", "agence", "7"],
           ["4.2", "Formation des 70 conducteurs", "exploitation", "5"],
           ["5", "Test et déploiement", "chef de projet", "18"],
           ["5.1", "Test sur six circuits", "exploitation", "10"],
           ["5.2", "Communication aux familles", "chef de projet", "8"]]),
        B("Arborescence", {"wbs-diagram": "ok"}),
        Img(["Projet", "1 Cadrage", "2 Données", "3 Appli parents", "4 Outil conducteur", "5 Déploiement"],
            caption="Les cinq lots sous le projet"),
        H(1, "4. Calendrier semaine par semaine", {"schedule": "ok"}),
        T([["Période", "Lots et tâches", "Semaines"],
           ["4 au 29 janvier", "1.1, 1.2, 1.3", "S1 à S4"],
           ["1er au 19 février", "sprint 1 : 2.1, 3.1", "S5 à S7"],
           ["22 février au 12 mars", "sprint 2 : 2.2, 3.2", "S8 à S10"],
           ["15 mars au 2 avril", "sprint 3 : 3.3, 4.1", "S11 à S13"],
           ["5 au 30 avril (vacances incluses)", "sprint 4 : corrections, 4.2", "S14 à S17"],
           ["3 mai au 30 juin", "5.1, 5.2", "S18 à S26"]]),
        B("Vue Gantt", {"gantt-chart": "ok"}),
        Img(["Janv. cadrage", "Févr. sprint 1", "Mars sprints 2-3", "Avril sprint 4", "Mai-juin test"],
            caption="Diagramme de Gantt simplifié, exporté de GanttProject"),
        H(1, "5. Jalons et livrables", {"milestones": "ok"}),
        T([["Date", "Jalon", "Livrable", "Qui valide"],
           ["29 janvier", "fin du cadrage", "dossier données envoyé à la Région", "direction"],
           ["19 février", "première position en temps réel", "démo sur un circuit", "exploitation"],
           ["2 avril", "application complète", "version de test sur les stores", "panel de parents"],
           ["30 avril", "conducteurs formés", "feuilles d'émargement", "exploitation"],
           ["30 juin", "go / no go rentrée", "bilan du test sur six circuits", "direction et Région"]]),
        H(1, "6. Ce qui conditionne quoi", {"dependencies-critical-path": "ok"}),
        P("La chaîne la plus longue part du dossier de données personnelles (1.2) : tant que la Région ne l'a pas "
          "validé, on ne peut pas ouvrir l'inscription des parents (3.3), donc pas de test avec de vraies "
          "familles (5.1). Le connecteur GPS (2.1) doit précéder le calcul des retards (2.2), lui-même nécessaire "
          "aux alertes (3.2). Le chemin critique est donc 1.2, 2.1, 2.2, 3.2, 3.3 puis 5.1 : il n'a que huit jours "
          "de marge avant le 30 juin."),
        P("Les autres tâches ont de la marge : la formation des conducteurs peut glisser jusqu'à mi-mai, et "
          "l'outil conducteur n'est pas bloquant pour les parents. Nous suivrons chaque semaine la date de retour "
          "de la Région, car un mois de retard de sa part décale tout le test en septembre, ce que la direction "
          "refuse. Pour gagner du temps, l'agence développera l'inscription avec des données fictives pendant "
          "que le dossier est instruit."),
        H(1, "7. Qui fait quoi, combien de jours", {"resources-workload": "ok"}),
        T([["Personne", "Rôle", "Jours sur le projet", "Pic de charge"],
           ["Margaux Vidal", "cheffe de projet", "62", "janvier et juin"],
           ["Agence Volcans Digital", "deux développeurs", "64", "février à avril"],
           ["Nathalie Bouygues", "responsable d'exploitation", "19", "mai et juin"],
           ["Conducteurs référents", "tests terrain", "12", "juin"]]),
        H(1, "8. Versions et sprints", {"release-plan": "empty"}),
        H(1, "9. Ce qui pourrait nous retarder", {"schedule-risks": "ok"}),
        P("Trois risques pèsent sur la date. Le premier est la réponse tardive de la Région : nous l'appelons "
          "chaque lundi et nous déclenchons le plan B, un test limité aux familles des salariés, si rien n'est "
          "arrivé au 15 mars. Le deuxième est la qualité des positions GPS dans les vallées encaissées : si plus "
          "de 10 % des positions manquent lors du sprint 1, nous ajoutons une estimation par horaire. Le troisième "
          "est la disponibilité de l'agence : un jour de retard par sprint est notre seuil d'alerte, au-delà "
          "nous retirons une fonction du sprint suivant plutôt que de décaler la rentrée."),
    ],
)
