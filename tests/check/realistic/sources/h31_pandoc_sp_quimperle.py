from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="pandoc",
    language="fr",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the sixteen libraries of Quimperlé Communauté move to one reader card, one online catalogue with
    reservations and self-service loan kiosks, to open in September 2027. The authors number their own headings,
    some in UPPER CASE; the schedule table and its milestones sit under one heading (merged); the Gantt chart is a
    picture under a level-2 heading; no WBS diagram anywhere (deleted, missing); an opening section of their own on
    the team and a closing one on what they ask the steering committee.""",
    missing=["wbs-diagram"],
    title="Carte unique des bibliothèques : planning du projet",
    cover=["Étude de cas 1 – planification séquencée", "Équipe : Gwenaëlle Le Bihan, Yassine Amrani, Paul Derrien"],
    blocks=[
        H(1, "0. QUI SOMMES-NOUS"),
        P("Nous sommes trois consultants juniors missionnés par le service lecture publique de l'agglomération. "
          "Ce document fait suite au cahier des charges validé en octobre."),
        H(1, "1. LE CADRE", {"planning-frame": "ok"}),
        P("Le projet doit être ouvert au public le lundi 6 septembre 2027, date de la rentrée scolaire et du "
          "lancement de la nouvelle carte. Il démarre le 4 janvier 2027, soit trente-six semaines de travail. "
          "Le budget voté est de 410 000 euros, dont 260 000 pour le logiciel de gestion et les automates de "
          "prêt, 90 000 pour le mobilier et les travaux, et 60 000 pour la formation et la communication."),
        P("Nous faisons plusieurs hypothèses. L'éditeur du logiciel sera choisi par marché public avant fin mars ; "
          "les seize bibliothèques restent ouvertes pendant le projet, sauf une semaine de fermeture en août pour "
          "la migration des données ; les bénévoles des petites communes, une soixantaine, suivront une formation "
          "courte ; enfin, l'agglomération met à disposition un chef de projet à mi-temps, Mme Le Gall, et la "
          "direction informatique deux jours par semaine. Si le marché public prend du retard, tout le calendrier "
          "glisse d'autant : c'est la contrainte la plus forte."),
        H(1, "2. Pourquoi un cycle hybride", {"methodology": "ok", "methodology-comparison": "ok"}),
        P("Une partie du projet est très prévisible : le marché public, la livraison des automates, les travaux "
          "d'aménagement et la migration des notices ont des délais fixes et dépendent les uns des autres. Nous "
          "les planifions en cycle en V classique, avec des jalons fermes. L'autre partie, le portail en ligne et "
          "l'application de réservation, gagne à être construite par petites livraisons montrées aux lecteurs et "
          "aux bibliothécaires. Nous la menons en sprints de deux semaines à partir d'avril, une fois l'éditeur "
          "choisi. Le chef de projet tient les deux plannings ensemble lors d'un point hebdomadaire, et le comité "
          "de pilotage valide chaque jalon. Nous avons écarté un projet tout agile, car les marchés publics et les "
          "livraisons de matériel ne se découpent pas en sprints, et un projet tout en cascade, qui ne laisserait "
          "aucune place aux retours des lecteurs avant l'ouverture."),
        T([["Critère", "Cascade", "Agile (Scrum)", "Hybride retenu"],
           ["Marché public et matériel", "adapté", "mal adapté", "cascade pour ce lot"],
           ["Portail et application", "retours tardifs", "retours toutes les deux semaines", "sprints"],
           ["Visibilité pour les élus", "bonne", "faible", "jalons fermes + démos"],
           ["Charge pour l'équipe", "faible", "forte", "moyenne"]]),
        H(1, "3. Ce qu'il faut faire", {"activities": "ok"}),
        T([["Activité", "Description", "Responsable"],
           ["Marché public", "rédiger, publier, analyser les offres, notifier", "Mme Le Gall"],
           ["Migration", "nettoyer et fusionner les 310 000 notices des anciens logiciels", "DSI + éditeur"],
           ["Portail", "catalogue commun, compte lecteur, réservations", "éditeur, équipe produit"],
           ["Automates", "installer 9 automates de prêt dans les grandes bibliothèques", "fournisseur"],
           ["Formation", "salariés puis bénévoles, par bassin", "service lecture publique"],
           ["Communication", "nouvelle carte, affiches, réunions publiques", "service communication"]]),
        H(1, "4. DÉCOUPAGE DU TRAVAIL", {"wbs": "ok"}),
        T([["Code", "Lot", "Livrable"],
           ["1", "Pilotage", "plan de projet, comptes rendus"],
           ["1.1", "Comité de pilotage", "6 réunions"],
           ["2", "Achat", "marché notifié"],
           ["3", "Données", "base commune migrée"],
           ["3.1", "Nettoyage des notices", "doublons supprimés"],
           ["3.2", "Fusion des fichiers lecteurs", "42 000 comptes uniques"],
           ["4", "Portail et application", "version publique"],
           ["5", "Équipement", "automates et mobilier installés"],
           ["6", "Accompagnement", "personnes formées, campagne lancée"]]),
        H(1, "5. CALENDRIER ET JALONS", {"schedule": "ok", "milestones": "ok"}),
        T([["Période", "Travaux", "Jalon à la fin"],
           ["janvier – mars", "marché public, nettoyage des notices", "J1 : éditeur notifié (31 mars)"],
           ["avril – juin", "sprints 1 à 6 du portail, commande des automates", "J2 : démo du portail aux bibliothécaires (25 juin)"],
           ["juillet", "travaux d'aménagement, formation des salariés", "J3 : automates livrés (16 juillet)"],
           ["août", "semaine de fermeture, migration, tests", "J4 : base commune en service (27 août)"],
           ["septembre", "ouverture au public, formation des bénévoles", "J5 : lancement de la carte unique (6 septembre)"]]),
        H(2, "Le Gantt", {"gantt-chart": "ok"}),
        Img(["Marché jan-mars", "Sprints avr-juin", "Travaux juillet", "Migration août", "Ouverture sept"],
            caption="Diagramme de Gantt simplifié, de janvier à septembre 2027"),
        H(1, "6. Ce qui bloque quoi", {"dependencies-critical-path": "ok"}),
        P("Le chemin critique passe par le marché public, le paramétrage du logiciel, la migration et l'ouverture. "
          "Tant que l'éditeur n'est pas notifié, ni les sprints ni la migration ne peuvent commencer ; la migration "
          "ne peut se faire que pendant la semaine de fermeture d'août, elle-même placée après la formation des "
          "salariés. Un retard d'une semaine sur le marché décale donc directement l'ouverture, alors que les "
          "travaux d'aménagement disposent de trois semaines de marge. Les automates dépendent de la commande "
          "passée en avril, avec un délai de livraison de douze semaines annoncé par le fournisseur. Nous suivrons "
          "ces liens dans le point hebdomadaire et signalerons au comité toute tâche critique en retard. La "
          "formation des bénévoles, en revanche, peut glisser jusqu'en octobre sans gêner l'ouverture, car les petites "
          "bibliothèques garderont quelques semaines leur fonctionnement actuel."),
        H(1, "7. Qui travaille combien", {"resources-workload": "ok"}),
        T([["Personne", "Rôle", "Charge", "Période la plus chargée"],
           ["Mme Le Gall", "cheffe de projet", "mi-temps", "mars et août"],
           ["DSI (2 personnes)", "migration, réseau", "2 jours par semaine", "août"],
           ["Bibliothécaires référents (6)", "tests, formation", "1 jour par mois", "juin et septembre"],
           ["Éditeur", "paramétrage, sprints", "forfait", "avril à août"]]),
        H(1, "8. Les sprints", {"release-plan": "ok"}),
        T([["Sprint", "Dates", "Contenu livré"],
           ["1-2", "avril", "recherche dans le catalogue commun"],
           ["3-4", "mai", "compte lecteur et prolongations"],
           ["5-6", "juin", "réservations et navette entre bibliothèques"],
           ["7", "juillet", "application mobile, version de test"]]),
        H(1, "9. ET SI ÇA DÉRAPE ?", {"schedule-risks": "ok"}),
        P("Trois risques menacent la date d'ouverture. Un marché public infructueux ou contesté : nous préparons "
          "dès janvier un second tour allégé et suivons le nombre d'offres reçues à la mi-février, qui doit être "
          "d'au moins trois. Une migration plus longue que prévu : une répétition complète est faite en juillet sur "
          "une copie, et si elle dépasse quatre jours nous ajoutons une deuxième semaine de fermeture. Des "
          "automates livrés en retard : l'ouverture se fait alors avec les postes de prêt actuels, sans bloquer "
          "le reste. Chaque risque a un responsable nommé et un seuil d'alerte, revus à chaque comité de pilotage."),
        H(1, "10. Ce que nous demandons au comité"),
        P("Valider le cycle hybride, la semaine de fermeture d'août et la date du 6 septembre."),
    ],
)
