from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="pandoc",
    language="fr",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French, a network of seven public libraries moving to a new library management system and reader portal.
    Numbered headings, one in capitals, one question; the comparison of methods is a level-2 table under the method
    heading; no tree drawing of the breakdown (missing); the Gantt sub-heading has nothing under it (empty); the
    sprint plan of the portal is a bold Normal paragraph, not a heading; the schedule risks are two sentences
    (thin).""",
    title="Réseau des médiathèques de Saint-Brieuc – Nouveau SIGB et portail : planification",
    cover=["Étude de cas n° 1 – Planification séquencée", "Thomas Le Goff – décembre 2026"],
    blocks=[
        H(1, "1. Le contexte et nos hypothèses", {"planning-frame": "ok"}),
        P("Les sept médiathèques de l'agglomération de Saint-Brieuc prêtent 610 000 documents par an à 21 000 "
          "lecteurs inscrits. Leur logiciel de gestion, installé en 2009, n'est plus maintenu par son éditeur à "
          "partir du 31 décembre 2027. Le cahier des charges validé en octobre demande un nouveau système de gestion "
          "des prêts et du catalogue, un portail lecteur où l'on réserve et prolonge ses documents, la reprise des "
          "notices et des comptes, et la formation des 64 agents. Nous partons des hypothèses suivantes : "
          "lancement le 5 janvier 2027, bascule au plus tard le 16 novembre 2027 pour garder six semaines de marge "
          "avant la fin de la maintenance, une équipe projet de quatre personnes (la cheffe de projet à temps "
          "plein, deux bibliothécaires référents à mi-temps, un technicien informatique de l'agglomération à 30 %), "
          "l'éditeur retenu pour le paramétrage et la reprise des données, et une agence web pour le portail. Les "
          "médiathèques ferment une semaine en août, ce qui est le seul moment possible pour la bascule des prêts "
          "si tout est prêt ; sinon, ce sera la semaine de la Toussaint."),
        H(1, "2. Cycle en V, agile… ou les deux ?", {"methodology": "ok"}),
        P("Le projet a deux visages. Le cœur, c'est-à-dire le logiciel de prêt, la reprise des données et la "
          "bascule, est connu d'avance : les règles de prêt sont écrites, l'éditeur a déjà migré une quarantaine "
          "de réseaux, et le contrat fixe un prix et des étapes de recette. Changer d'avis en cours de route y "
          "coûterait cher, et la date de fin ne peut pas bouger. Nous suivons donc pour ce lot un cycle en V "
          "classique : spécifications de paramétrage validées, paramétrage, recette, bascule. Le portail, au "
          "contraire, est une nouveauté pour les lecteurs comme pour les agents : personne ne sait aujourd'hui "
          "s'ils voudront d'abord réserver, découvrir des nouveautés ou s'inscrire aux ateliers. Nous le "
          "construisons avec l'agence en sprints de trois semaines, avec un panel de douze lecteurs qui teste "
          "chaque incrément. Cette approche hybride demande une règle claire entre les deux : le portail "
          "s'appuie sur les interfaces du logiciel, dont la liste est figée au jalon de fin de paramétrage. Les agents, peu habitués aux démonstrations fréquentes, verront "
          "ainsi le portail grandir par petites étapes plutôt que de le découvrir d'un bloc en novembre."),
        H(2, "Tableau comparatif", {"methodology-comparison": "ok"}),
        T([["Critère", "Cycle en V", "Agile (Scrum)", "Notre choix"],
           ["Besoins stables ?", "oui pour le prêt", "non pour le portail", "V pour le cœur, agile pour le portail"],
           ["Date imposée", "bien tenue si le périmètre est figé", "tenue en réduisant le périmètre", "hybride"],
           ["Disponibilité des bibliothécaires", "aux recettes seulement", "à chaque sprint", "panel pour le portail"],
           ["Contrat éditeur", "forfait par étapes", "mal adapté", "V"]]),
        H(1, "3. Ce qu'il y a à faire", {"activities": "ok"}),
        T([["Activité", "Livrable"],
           ["Cadrage et plan projet", "plan projet validé"],
           ["Paramétrage des règles de prêt et des sites", "cahier de paramétrage"],
           ["Reprise des notices et des comptes lecteurs", "rapport de reprise"],
           ["Conception du portail avec le panel de lecteurs", "maquettes validées"],
           ["Développement du portail par sprints", "portail en préproduction"],
           ["Recette du logiciel et du portail", "procès-verbal de recette"],
           ["Formation des 64 agents", "attestations, guide agent"],
           ["Communication aux lecteurs", "affiches, lettre d'information"],
           ["Bascule et accompagnement", "logiciel en production, hotline"]]),
        H(1, "4. DÉCOUPAGE DU PROJET", {"wbs": "ok"}),
        T([["Code", "Lot / tâche", "Responsable"],
           ["1", "Pilotage", "cheffe de projet"],
           ["1.1", "Comités et reporting", "cheffe de projet"],
           ["2", "Logiciel de gestion", "éditeur"],
           ["2.1", "Paramétrage", "éditeur et référents"],
           ["2.2", "Reprise des données", "éditeur et technicien"],
           ["2.3", "Recette", "référents"],
           ["3", "Portail lecteur", "agence web"],
           ["3.1", "Conception avec le panel", "agence web"],
           ["3.2", "Sprints de développement", "agence web"],
           ["4", "Conduite du changement", "cheffe de projet"],
           ["4.1", "Formation des agents", "référents"],
           ["4.2", "Communication lecteurs", "service communication"]]),
        H(1, "5. Le calendrier des lots", {"schedule": "ok"}),
        T([["Lot", "Début", "Fin"],
           ["Pilotage", "5 janv.", "18 déc."],
           ["Paramétrage", "1er févr.", "30 avril"],
           ["Reprise des données (deux essais)", "3 mai", "9 juillet"],
           ["Recette du logiciel", "10 mai", "16 juillet"],
           ["Portail : conception", "1er mars", "9 avril"],
           ["Portail : sprints 1 à 6", "12 avril", "15 oct."],
           ["Formation des agents", "6 sept.", "8 oct."],
           ["Bascule", "semaine de la Toussaint", "—"]]),
        H(2, "5.1 Vue Gantt", {"gantt-chart": "empty"}),
        H(1, "6. Jalons", {"milestones": "ok"}),
        T([["Date", "Jalon", "Critère d'acceptation", "Qui décide"],
           ["30 avril", "fin du paramétrage", "règles de prêt testées sur 50 cas réels", "comité de pilotage"],
           ["9 juillet", "reprise validée", "moins de 0,5 % de notices en erreur", "cheffe de projet"],
           ["16 juillet", "recette du logiciel", "aucune anomalie bloquante", "comité de pilotage"],
           ["15 oct.", "portail prêt", "le panel réserve un livre en moins de 2 minutes", "comité de pilotage"],
           ["29 oct.", "go / no-go bascule", "tous les jalons précédents atteints", "vice-président culture"]]),
        H(1, "7. Ce qui bloque quoi", {"dependencies-critical-path": "ok"}),
        P("La reprise des données ne peut commencer qu'une fois le paramétrage terminé, puisque les notices et les "
          "comptes doivent entrer dans des règles déjà définies : c'est une dépendance de fin à début. La recette "
          "du logiciel suit chaque essai de reprise. Le portail, lui, dépend de la liste des interfaces, figée au "
          "30 avril, mais ses sprints peuvent avancer en parallèle de la reprise et de la recette, ce qui nous fait "
          "gagner près de trois mois. La formation des agents doit venir après la recette, sur un logiciel "
          "stabilisé. Le chemin critique passe donc par le paramétrage, les deux essais de reprise, la recette, la "
          "formation puis la bascule : un retard sur l'un de ces lots repousse la bascule d'autant. Nous avons "
          "gardé deux tampons : trois semaines entre la fin de la formation et la bascule, et la semaine de "
          "fermeture d'août, qui peut servir de bascule anticipée si tout va bien. Une dépendance externe nous "
          "inquiète : l'éditeur doit livrer le connecteur avec la plateforme de livres numériques, sans date "
          "ferme à ce jour."),
        H(1, "8. Qui fait quoi (charge)", {"resources-workload": "ok"}),
        T([["Personne", "T1", "T2", "T3", "T4"],
           ["Cheffe de projet", "100 %", "100 %", "100 %", "100 %"],
           ["Référente prêt (mi-temps)", "50 %", "50 %", "50 % (recette)", "30 %"],
           ["Référent portail (mi-temps)", "30 %", "50 %", "50 %", "50 %"],
           ["Technicien informatique", "10 %", "30 %", "30 %", "20 %"]]),
        B("Les sprints du portail", {"release-plan": "ok"}),
        T([["Sprint", "Dates", "But du sprint"],
           ["1", "12 avril – 30 avril", "se connecter avec sa carte de lecteur"],
           ["2", "3 mai – 21 mai", "chercher dans le catalogue"],
           ["3", "24 mai – 11 juin", "réserver et prolonger"],
           ["4", "14 juin – 2 juillet", "agenda des ateliers et inscriptions"],
           ["5", "6 sept. – 24 sept.", "nouveautés et sélections des bibliothécaires"],
           ["6", "27 sept. – 15 oct.", "accessibilité, corrections, mise en préproduction"]]),
        H(1, "9. Et si on prend du retard ?", {"schedule-risks": "thin"}),
        P("Si l'éditeur livre le connecteur en retard, nous ouvrons le portail sans livres numériques. Si la "
          "reprise échoue deux fois, la bascule passe en janvier avec une extension de maintenance payée à l'ancien "
          "éditeur."),
    ],
    missing=["wbs-diagram"],
)
