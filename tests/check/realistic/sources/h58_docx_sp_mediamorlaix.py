from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French: seven public libraries around Morlaix move to RFID tags and self-service loan kiosks in 2027. The
    author's own headings, some shortened, some questions, one a bold Normal paragraph. The comparison of methods
    is a table under the method heading with no heading of its own (merged); the schedule is split over two
    headings (pilot, then roll-out); no Gantt chart (missing); the sprint heading has nothing under it (empty);
    the schedule risks are two sentences (thin); an appendix of the author's own on the supplier's quote.""",
    title="Réseau des médiathèques du Pays de Morlaix – Planning du passage au RFID",
    cover=["Étude de cas 1 – planification", "Yannick Guéguen – 2 décembre 2026"],
    missing=["gantt-chart"],
    blocks=[
        H(1, "Le cadre", {"planning-frame": "ok"}),
        P("Le réseau compte sept médiathèques, 142 000 documents et 11 800 lecteurs actifs. Aujourd'hui, chaque "
          "prêt passe par une banque d'accueil et un code-barres, ce qui immobilise les agents le samedi matin. "
          "Le conseil communautaire a voté en septembre 2026 un budget de 310 000 € pour équiper tout le réseau "
          "en étiquettes RFID, en automates de prêt et en portiques. Le planning part de quatre hypothèses : le "
          "marché avec le prestataire est signé le 4 janvier 2027 ; l'équipement se fait médiathèque par "
          "médiathèque, sans jamais en fermer plus d'une à la fois ; chaque fermeture ne dépasse pas cinq jours "
          "ouvrés ; et tout doit être terminé avant la rentrée de septembre 2027, quand les scolaires reviennent. "
          "L'équipe projet compte quatre personnes à temps partiel, plus les agents de chaque site pour "
          "l'étiquetage, et le prestataire s'engage sur une équipe de deux techniciens pour toute la durée des poses."),
        H(1, "Cycle en V, agile ou un peu des deux ?", {"methodology": "ok", "methodology-comparison": "ok"}),
        P("La pose du matériel et l'étiquetage des documents se prêtent mal à l'agilité : une fois les portiques "
          "commandés et les 142 000 étiquettes collées, on ne revient pas en arrière. Ces travaux suivent donc "
          "une logique séquentielle, avec une recette à la fin de chaque site. En revanche, le paramétrage des "
          "automates et du portail lecteurs (messages, règles de prêt, réservation en ligne) gagne à être montré "
          "tôt aux agents et aux lecteurs, puis corrigé. Nous avons donc retenu une approche hybride : un cycle "
          "en V pour l'infrastructure, et des itérations de deux semaines pour le paramétrage, pendant le pilote "
          "à Morlaix puis sur les premiers sites. Le tableau ci-dessous résume notre comparaison, faite avec la "
          "directrice du réseau et le chef de projet du prestataire lors de la réunion de lancement du 18 "
          "novembre."),
        T([["Critère", "Cycle en V", "Agile (Scrum)", "Hybride"],
           ["Matériel et étiquetage", "bien adapté", "mal adapté", "bien adapté"],
           ["Paramétrage des automates", "retours trop tardifs", "retours rapides", "retours rapides"],
           ["Disponibilité des agents", "faible et prévisible", "forte et régulière", "moyenne"],
           ["Lisibilité pour les élus", "très bonne", "moyenne", "bonne"],
           ["Notre choix", "non", "non", "oui"]]),
        H(1, "Tout ce qu'il faut faire", {"activities": "ok"}),
        T([["Activité", "Contenu", "Responsable"],
           ["Inventaire", "récolement des collections avant étiquetage, désherbage des documents abîmés", "Agents de chaque site"],
           ["Étiquetage", "pose et encodage d'une étiquette RFID par document", "Agents + 2 intérimaires"],
           ["Travaux", "prises électriques et réseau pour les automates et les portiques", "Services techniques"],
           ["Installation", "pose des automates, portiques et platines d'accueil", "Prestataire"],
           ["Paramétrage", "règles de prêt, messages, lien avec le logiciel de la bibliothèque", "Chef de projet + prestataire"],
           ["Formation", "deux demi-journées par agent, une séance de démonstration pour les lecteurs", "Prestataire"],
           ["Communication", "affiches, lettre d'information, page sur le portail", "Service communication"]]),
        H(1, "Découpage", {"wbs": "ok"}),
        T([["Code", "Lot", "Tâches"],
           ["1", "Pilotage", "1.1 lancement ; 1.2 comités mensuels ; 1.3 bilan"],
           ["2", "Collections", "2.1 récolement ; 2.2 désherbage ; 2.3 étiquetage ; 2.4 contrôle qualité"],
           ["3", "Infrastructure", "3.1 travaux électriques ; 3.2 réseau ; 3.3 pose du matériel ; 3.4 recette"],
           ["4", "Logiciel", "4.1 interface avec le SIGB ; 4.2 paramétrage ; 4.3 tests avec les agents"],
           ["5", "Accompagnement", "5.1 formation ; 5.2 communication ; 5.3 assistance après ouverture"]]),
        H(2, "Le découpage en image", {"wbs-diagram": "ok"}),
        Img(["1 Pilotage", "2 Collections", "3 Infrastructure", "4 Logiciel", "5 Accompagnement"],
            caption="Les cinq lots du projet RFID et leurs responsables, tels que présentés au comité de pilotage"),
        H(1, "Calendrier (1) : préparer et tester à Morlaix", {"schedule": "ok"}),
        T([["Période", "Ce qui se passe", "Lots"],
           ["janvier 2027", "lancement, commande du matériel, récolement à Morlaix", "1, 2"],
           ["février 2027", "étiquetage à Morlaix (38 000 documents), travaux électriques", "2, 3"],
           ["mars 2027", "pose et paramétrage, deux itérations avec les agents", "3, 4"],
           ["avril 2027", "ouverture pilote, bilan après quatre semaines", "1, 5"]]),
        H(1, "Calendrier (2) : les six autres médiathèques", {"schedule": "ok"}),
        T([["Période", "Sites", "Remarque"],
           ["mai 2027", "Saint-Martin-des-Champs, Plourin", "petits sites, une semaine chacun"],
           ["juin 2027", "Pleyber-Christ, Taulé", "fermeture le lundi seulement"],
           ["juillet 2027", "Carantec", "en pleine saison, avec une navette vers Morlaix pendant la fermeture"],
           ["août 2027", "Plouigneau", "dernier site, puis recette générale"]]),
        H(1, "Quand livre-t-on quoi ?", {"milestones": "ok"}),
        T([["Jalon", "Date", "Livrable"],
           ["J1 – lancement", "4 janvier 2027", "planning validé, marché signé"],
           ["J2 – Morlaix étiquetée", "26 février 2027", "rapport d'étiquetage, taux d'erreur"],
           ["J3 – pilote ouvert", "6 avril 2027", "procès-verbal de recette du site pilote"],
           ["J4 – décision de déploiement", "7 mai 2027", "bilan du pilote présenté au comité"],
           ["J5 – réseau équipé", "27 août 2027", "procès-verbal de recette générale"]]),
        H(1, "Qu'est-ce qui bloque quoi ?", {"dependencies-critical-path": "ok"}),
        P("Le chemin critique passe par l'étiquetage. On ne peut pas poser les portiques d'un site tant que ses "
          "documents ne sont pas étiquetés, sinon ils sonneraient à chaque sortie, et l'étiquetage d'un site "
          "attend son récolement. À Morlaix, qui porte à elle seule 38 000 documents, ces deux tâches prennent "
          "sept semaines avec deux intérimaires : tout retard ici décale l'ouverture pilote, donc la décision de "
          "déploiement, donc tout l'été. Le paramétrage du logiciel, lui, dépend de l'interface avec le SIGB, "
          "livrée par l'éditeur du logiciel de bibliothèque ; il dispose d'une marge de trois semaines. Les "
          "travaux électriques des petits sites peuvent glisser de deux semaines sans conséquence. Nous avons "
          "donc mis les intérimaires sous contrat dès janvier et prévu un troisième renfort en cas de besoin, "
          "mobilisable sous une semaine auprès de l'agence d'intérim de Morlaix."),
        B("Qui fait quoi et combien de jours ?", {"resources-workload": "ok"}),
        T([["Personne ou équipe", "Rôle", "Jours sur le projet", "Pic de charge"],
           ["Yannick Guéguen", "chef de projet", "95 jours", "mars-avril"],
           ["Agents des sites", "récolement et étiquetage", "210 jours au total", "selon le site"],
           ["Intérimaires (2)", "étiquetage", "120 jours", "février-juin"],
           ["Services techniques", "électricité et réseau", "30 jours", "février-juillet"],
           ["Prestataire RFID", "pose, paramétrage, formation", "45 jours", "mars et mai-août"]]),
        H(1, "Sprints", {"release-plan": "empty"}),
        H(1, "Ce qui pourrait nous retarder", {"schedule-risks": "thin"}),
        P("Le risque principal est un étiquetage plus lent que prévu à Morlaix ; nous mesurerons la cadence "
          "chaque vendredi. L'autre est une livraison tardive de l'interface avec le SIGB, que nous suivrons "
          "avec l'éditeur tous les quinze jours."),
        H(1, "Annexe : le devis du prestataire", {}),
        T([["Poste", "Quantité", "Montant HT"],
           ["Étiquettes RFID", "150 000", "27 000 €"],
           ["Automates de prêt", "12", "96 000 €"],
           ["Portiques", "9", "54 000 €"],
           ["Platines d'accueil", "16", "19 000 €"],
           ["Installation, paramétrage et formation", "forfait", "38 000 €"]]),
    ],
)
