from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: a rural community of communes opens an on-demand bus service booked from an app. Parts 1 to 4
    are numbered Heading 1/2; from part 5 on, the author typed numbered bold Normal paragraphs instead ("5.
    CALENDRIER", "5.1 Gantt", ...). The schedule is a phase table with the milestones in it, and the milestones
    also get their own table; no WBS drawing (missing); the sprint heading has nothing under it (empty); a closing
    section of the author's own.""",
    title="Val de Loue Mobilité – Transport à la demande : planning séquencé",
    cover=["Étude de cas 1 – planning", "Léonie Garnier – novembre 2026"],
    blocks=[
        H(1, "1. Point de départ", {"planning-frame": "ok"}),
        P("La communauté de communes du Val de Loue (31 communes, 24 000 habitants) lance un service de bus à la "
          "demande : les habitants réservent un trajet la veille, depuis une application ou par téléphone, et un "
          "minibus passe les prendre à l'arrêt le plus proche. Le cahier des charges validé en octobre demande "
          "l'application de réservation, un outil pour les régulateurs qui construit les tournées, l'application "
          "des chauffeurs et un standard téléphonique pour les personnes âgées. Le service doit ouvrir le lundi "
          "30 août 2027, pour la rentrée scolaire et les marchés de septembre."),
        P("Nous partons des hypothèses suivantes : démarrage le 4 janvier 2027 ; une équipe de cinq personnes chez "
          "l'éditeur retenu (un chef de projet, trois développeurs, une designer à mi-temps) ; 20 jours ouvrés par "
          "mois, moins les trois semaines de fermeture d'août côté collectivité ; la cheffe de service mobilité "
          "disponible une demi-journée par semaine pour valider. Le conseil communautaire ne se réunit qu'une fois "
          "par mois, ce qui fixe les dates de décision."),
        H(1, "2. Scrum, mais avec des dates fermes", {"methodology": "ok"}),
        P("Nous retenons une démarche hybride. Le besoin des usagers est encore flou : personne ne sait si les "
          "habitants réserveront surtout pour le marché, pour les rendez-vous médicaux ou pour la gare, et les "
          "écrans devront évoluer après les premiers essais. Des sprints de deux semaines, avec une démonstration "
          "à la cheffe de service à la fin de chacun, permettent de corriger vite. En revanche, trois éléments ne "
          "supportent pas l'improvisation : le marché public des minibus, l'ouverture du 30 août et la formation "
          "des chauffeurs du transporteur, qui doit être faite avant leurs congés. Ces trois éléments sont planifiés "
          "en phases classiques, avec des jalons de décision votés au conseil. Le backlog est tenu par la designer "
          "et la cheffe de service ; les cérémonies se limitent à la planification, à la démonstration et à une "
          "rétrospective courte, car l'équipe de l'éditeur travaille déjà ainsi sur d'autres contrats. "
          "Un cycle en V complet nous aurait obligés à figer les écrans en février, avant d'avoir vu un seul "
          "habitant réserver un trajet."),
        H(2, "2.1 Trois méthodes comparées", {"methodology-comparison": "ok"}),
        T([["Critère", "Cycle en V", "Scrum pur", "Hybride (retenu)"],
           ["Besoin des usagers", "figé trop tôt", "s'adapte", "s'adapte sur les écrans"],
           ["Date d'ouverture imposée", "tenue si rien ne bouge", "pas de jalon fixe", "jalons votés"],
           ["Marché public des minibus", "adapté", "mal adapté", "traité en phase"],
           ["Disponibilité de la collectivité", "forte au début seulement", "forte tout le temps",
            "une demi-journée par semaine"]]),
        H(1, "3. La liste des travaux", {"activities": "ok"}),
        T([["N°", "Activité", "Lien avec le cahier des charges", "Livrable", "Qui", "Jours"],
           ["A1", "Ateliers avec les habitants et les régulateurs", "besoins usagers", "parcours validés",
            "designer", "8"],
           ["A2", "Application de réservation", "réserver, annuler, être prévenu", "app publiée", "développeurs",
            "60"],
           ["A3", "Outil de régulation et calcul des tournées", "construire les tournées", "outil en recette",
            "développeurs", "45"],
           ["A4", "Application chauffeurs", "suivre la tournée", "app installée sur 6 tablettes", "développeurs",
            "25"],
           ["A5", "Standard téléphonique", "réserver sans smartphone", "numéro ouvert", "chef de projet", "10"],
           ["A6", "Recette avec 40 habitants volontaires", "qualité", "procès-verbal de recette",
            "cheffe de service", "12"],
           ["A7", "Formation des chauffeurs et régulateurs", "mise en service", "12 personnes formées",
            "chef de projet", "6"],
           ["A8", "Communication aux habitants", "mise en service", "dépliant, réunions publiques", "collectivité",
            "8"]]),
        H(1, "4. Découpage en lots", {"wbs": "ok"}),
        P("Quatre lots, chacun confié à un responsable unique ; aucune tâche ne dépasse dix jours."),
        T([["Code", "Lot", "Tâche", "Livrable", "Responsable", "Charge (j)", "Durée (j)"],
           ["1.1", "Cadrage", "ateliers usagers", "parcours", "designer", "8", "10"],
           ["2.1", "Logiciel", "réservation", "app", "dev 1", "60", "80"],
           ["2.2", "Logiciel", "régulation", "outil", "dev 2", "45", "70"],
           ["2.3", "Logiciel", "chauffeurs", "app tablette", "dev 3", "25", "40"],
           ["3.1", "Recette", "tests habitants", "PV de recette", "cheffe de service", "12", "15"],
           ["4.1", "Lancement", "formation, communication, standard", "service ouvert", "chef de projet", "24",
            "30"]]),
        B("5. CALENDRIER", {"schedule": "ok"}),
        P("Le tableau suit les phases et place les jalons au mois où ils tombent."),
        T([["Phase", "Début", "Fin", "Contenu", "Jalon"],
           ["Cadrage", "4 janvier", "29 janvier", "ateliers, backlog, maquettes", "J1 – backlog validé"],
           ["Sprints 1 à 6", "1er février", "23 avril", "réservation et régulation", "J2 – démonstration au conseil"],
           ["Sprints 7 à 9", "26 avril", "4 juin", "chauffeurs, standard, corrections", ""],
           ["Recette", "7 juin", "2 juillet", "40 habitants testent pendant quatre semaines", "J3 – go recette"],
           ["Formation et lancement", "5 juillet", "30 juillet", "chauffeurs formés, dépliant distribué", ""],
           ["Marge", "2 août", "27 août", "fermeture d'août, corrections urgentes", "J4 – ouverture le 30 août"]]),
        B("5.1 Gantt", {"gantt-chart": "ok"}),
        Img(["Cadrage", "Sprints 1-6", "Sprints 7-9", "Recette", "Formation", "Marge", "Ouverture"],
            "Le diagramme exporté de GanttProject, jalons en losanges."),
        B("6. Les grands rendez-vous", {"milestones": "ok"}),
        T([["Jalon", "Date", "On vérifie", "Décision", "Qui décide"],
           ["J1", "29 janvier", "backlog priorisé et maquettes", "go sprints", "cheffe de service"],
           ["J2", "22 avril", "réservation et tournée fonctionnent en démonstration", "go suite", "conseil communautaire"],
           ["J3", "2 juillet", "moins de 5 anomalies bloquantes après la recette", "go lancement", "vice-président"],
           ["J4", "30 août", "premier trajet réservé et réalisé", "ouverture", "président"]]),
        B("7. Qu'est-ce qui bloque quoi ?", {"dependencies-critical-path": "ok"}),
        P("L'outil de régulation ne peut pas être testé tant que le transporteur n'a pas livré la liste des arrêts "
          "et les horaires de ses chauffeurs, attendue fin février : c'est la dépendance externe la plus sensible. "
          "La recette dépend de la réservation et de la régulation, pas de l'application chauffeurs, qui peut être "
          "terminée pendant la recette. La formation ne peut commencer qu'après le go du 2 juillet. Le chemin "
          "critique passe donc par les ateliers, la réservation, la régulation, la recette et la formation : un "
          "retard sur l'un d'eux repousse l'ouverture. Le standard téléphonique et la communication se font en "
          "parallèle et disposent d'environ trois semaines de marge. La seule vraie réserve est le mois d'août, "
          "que nous gardons libre de toute nouvelle fonction. Les ateliers "
          "et le début de la régulation se chevauchent d'une semaine pour gagner du temps."),
        B("8. Qui travaille quand", {"resources-workload": "ok"}),
        T([["Profil", "Lots", "Taux", "Période", "Jours"],
           ["Chef de projet", "1, 4", "50 %", "janvier – août", "70"],
           ["Développeurs (3)", "2", "100 %", "février – juin", "130"],
           ["Designer", "1, 2", "50 %", "janvier – avril", "35"],
           ["Cheffe de service", "3", "10 %, 40 % en juin", "janvier – août", "22"]]),
        B("9. Sprints", {"release-plan": "empty"}),
        B("10. Ce qui peut nous retarder", {"schedule-risks": "ok"}),
        L(["Liste des arrêts livrée en retard par le transporteur : alerte si rien n'est reçu au 15 février ; "
           "nous construisons alors la régulation sur les arrêts de l'ancienne ligne scolaire.",
           "Recette qui révèle trop d'anomalies : alerte au-delà de 15 anomalies ouvertes à la mi-juin ; "
           "nous retirons l'application chauffeurs du périmètre d'ouverture et les chauffeurs gardent la feuille "
           "de route papier un mois.",
           "Vote du conseil reporté : alerte si le point n'est pas inscrit à l'ordre du jour dix jours avant ; "
           "le président peut signer une décision par délégation, "
           "ce qui nous fait perdre au plus une semaine."]),
        B("11. Pour conclure"),
        P("Ce planning est serré mais tenable si la liste des arrêts arrive à temps. Nous le revoyons à chaque "
          "démonstration."),
    ],
    missing=["wbs-diagram"],
)
