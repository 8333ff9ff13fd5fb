from _common import *

DOC = dict(
    deliverable="management-plan",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: the head of digital transformation of a 240-person packaging plant near Évreux plans how her team
    grows from five to nine people for the plant's data and automation programme. Numbered headings ("1." to
    "9.", sub-sections "3.1"), many of them shortened to one word ("Synthèse", "Stratégie", "Formation",
    "Vision", "Indicateurs"); the company's strategy and the current team under two headings (one section
    split); the skills of the current team as a table; the vision is one short paragraph (thin); no
    organisation chart (missing); costs and milestones as two tables.""",
    title="Cartonnerie Bréval – Plan de management de l'équipe numérique 2027-2028",
    cover=["Hélène Morvan, responsable de la transformation numérique", "Version 2 – 25 novembre 2026"],
    blocks=[
        H(1, "1. Synthèse", {"executive-summary": "ok"}),
        P("La Cartonnerie Bréval fabrique des emballages en carton ondulé pour l'agroalimentaire normand. Pour "
          "rester compétitive face aux grands groupes, la direction a lancé en 2026 un programme « usine "
          "connectée » : capteurs sur les trois lignes d'onduleuse, suivi des arrêts en temps réel, planification "
          "assistée. Mon équipe numérique, cinq personnes aujourd'hui, en porte la réalisation. Ce plan propose de "
          "la faire passer à neuf personnes d'ici fin 2028, avec trois recrutements et une mobilité interne depuis "
          "la maintenance, un parcours d'accueil écrit, 41 000 euros de formation sur deux ans et une "
          "organisation en deux cellules, données et applications. Il repose sur une idée simple : les gens de "
          "l'atelier connaissent les machines mieux que n'importe quel ingénieur recruté, il faut donc les faire "
          "monter dans l'équipe plutôt que de tout acheter à l'extérieur. Le coût total du plan est de 312 000 "
          "euros sur deux ans, salaires compris, soit un peu moins que ce que coûtent aujourd'hui les arrêts "
          "non planifiés en une seule année."),
        H(1, "2. Stratégie", {"strategy-context": "ok"}),
        P("Bréval a réalisé 46 millions d'euros de chiffre d'affaires en 2025, avec une marge qui baisse depuis "
          "trois ans sous l'effet du prix du papier et de l'énergie. Le plan stratégique 2026-2030 fixe deux "
          "priorités : réduire de moitié les arrêts non planifiés, qui représentent 9 % du temps de production, et "
          "proposer aux clients un suivi de leurs commandes en ligne. Les deux passent par les données de "
          "l'usine, aujourd'hui éparpillées entre les automates, trois tableurs et la mémoire des chefs "
          "d'équipe. Le comité de direction a voté en juin un budget de 1,4 million d'euros sur trois ans pour le "
          "programme."),
        H(1, "3. L'équipe aujourd'hui", {"strategy-context": "ok"}),
        P("L'équipe numérique est née en 2023 de l'ancien service informatique. Elle compte cinq personnes : "
          "deux techniciens systèmes et réseau, un développeur qui maintient l'ERP, une chargée de données arrivée "
          "en 2025 et moi-même. Elle sait faire tourner l'existant, mais elle n'a jamais mené un projet industriel "
          "de cette taille. Personne n'y connaît les automates, et la charge de support absorbe encore 60 % du "
          "temps des techniciens. L'ambiance est bonne, l'inquiétude réelle : les techniciens craignent d'être "
          "mis de côté par des profils plus diplômés."),
        P("Le programme change aussi la place de l'équipe dans l'usine. Jusqu'ici, elle répondait aux demandes ; "
          "demain, elle devra proposer, convaincre les chefs d'équipe et tenir des délais fixés par la "
          "production. C'est un changement de métier autant que de taille."),
        H(2, "3.1 Compétences", {"people-review": "ok"}),
        T([["Personne", "Poste", "Points forts", "À développer", "Souhait exprimé"],
           ["Bruno", "technicien systèmes", "réseau, sécurité du site", "supervision industrielle", "rester technique"],
           ["Nadia", "technicienne support", "relation avec l'atelier", "bases de données", "évoluer vers les données"],
           ["Julien", "développeur ERP", "connaissance des processus", "API, intégration", "devenir référent applications"],
           ["Océane", "chargée de données", "tableaux de bord, SQL", "modèles de prévision", "se spécialiser"]]),
        H(1, "4. Postes clés", {"key-functions": "ok"}),
        P("Trois compétences manquent et ne s'apprennent pas en quelques mois. Un ingénieur en informatique "
          "industrielle fera le lien entre les automates et nos bases de données ; c'est le poste le plus urgent. "
          "Un data engineer construira la plateforme qui rassemble les données de production. Un chef de projet "
          "applications pilotera le portail client. Le quatrième renfort viendra de l'intérieur : un technicien "
          "de maintenance volontaire rejoindra l'équipe à mi-temps en 2027, puis à plein temps."),
        T([["Poste", "Arrivée", "Recrutement", "Salaire brut annuel"],
           ["ingénieur informatique industrielle", "mars 2027", "externe, cabinet spécialisé", "52 000 €"],
           ["data engineer", "septembre 2027", "externe, annonce et réseau de l'école", "48 000 €"],
           ["chef de projet applications", "janvier 2028", "externe", "50 000 €"],
           ["technicien données atelier", "avril 2027", "mobilité interne", "38 000 €"]]),
        H(1, "5. Intégration", {"onboarding": "ok"}),
        P("Notre dernier recrutement a mal commencé : Océane a attendu dix jours son ordinateur et n'a rencontré "
          "le directeur de production qu'au bout de deux mois. Dans une usine, un nouveau qui ne connaît pas "
          "l'atelier ne sera jamais écouté. L'accueil sera donc préparé en trois volets."),
        P("Sur le plan administratif, le contrat, la visite médicale, les équipements de protection, le badge et "
          "les accès informatiques sont prêts avant l'arrivée ; l'assistante RH vérifie la liste avec moi le "
          "vendredi précédent. Sur le plan de l'organisation, chaque nouvel arrivant reçoit une feuille de route "
          "de trois mois, avec un premier projet modeste et utile, et passe sa première semaine dans l'atelier : "
          "une journée sur chaque ligne avec un conducteur, une journée avec la maintenance. Pour l'intégration "
          "dans l'équipe, un collègue de l'équipe numérique sert de binôme, le déjeuner du premier jour se prend "
          "avec toute l'équipe, et la personne présente son parcours lors du point du lundi suivant. Le "
          "technicien qui vient de la maintenance suit le même parcours, sauf la semaine en atelier, qu'il "
          "remplace par une semaine auprès des développeurs."),
        H(2, "5.1 Les trois premiers mois", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["avant l'arrivée", "poste, accès, badge et équipements prêts", "assistante RH, Bruno"],
           ["semaine 1", "accueil, sécurité, une journée par ligne de production", "chefs d'équipe, binôme"],
           ["mois 1", "premier projet confié, point d'étape", "Hélène"],
           ["mois 2", "présentation du projet au comité de production", "binôme"],
           ["mois 3", "bilan et objectifs de l'année", "Hélène, RH"]]),
        H(1, "6. Formation", {"training-needs": "ok"}),
        P("J'ai rencontré chaque membre de l'équipe en octobre pour un entretien d'une heure, et nous avons "
          "comparé ce que chacun sait faire avec ce que demande le programme. Trois besoins ressortent. Le "
          "premier concerne toute l'équipe : comprendre le fonctionnement de l'usine, ses automates et ses "
          "indicateurs de production, sans quoi nous continuerons à livrer des outils que l'atelier n'utilise "
          "pas. Le deuxième concerne Nadia, Océane et le futur technicien données : les outils de traitement de "
          "données et de prévision, à un niveau qui leur permette de travailler seuls. Le troisième concerne "
          "Julien, qui doit apprendre à concevoir et sécuriser des échanges entre applications pour le portail "
          "client. Les contraintes sont connues : l'usine tourne en trois-huit, on ne peut pas retirer plus "
          "d'une personne du support en même temps, et le budget de formation de l'entreprise est plafonné. Nous "
          "privilégions donc les formations courtes, en partie à distance, et l'apprentissage sur le projet, avec "
          "l'intégrateur qui installe les capteurs. Chaque formation sera suivie d'un petit projet réel, pour que "
          "ce qui est appris serve dans le mois, et d'un retour de dix minutes au point du lundi."),
        H(2, "6.1 Formations prévues", {"training-plan": "ok"}),
        T([["Qui", "Formation", "Format", "Quand", "Coût"],
           ["toute l'équipe", "bases de l'automatisme industriel", "3 jours sur site, par l'intégrateur", "février 2027", "4 500 €"],
           ["Nadia, Océane", "traitement de données et prévision", "8 jours à distance, certifiant", "2027", "9 600 €"],
           ["Julien", "conception et sécurité des API", "5 jours, organisme à Rouen", "mai 2027", "3 800 €"],
           ["Bruno", "cybersécurité des réseaux industriels", "4 jours, certifiant", "automne 2027", "4 200 €"],
           ["technicien données", "parcours reconversion", "alternance 12 mois", "2027-2028", "18 900 €"]]),
        H(2, "6.2 Évolutions", {"career-plan": "ok"}),
        T([["Personne", "Évolution visée", "Échéance"],
           ["Nadia", "analyste données", "fin 2027"],
           ["Julien", "responsable de la cellule applications", "2028"],
           ["Océane", "responsable de la cellule données", "2028"]]),
        H(1, "7. Vision", {"team-vision": "thin"}),
        P("Dans deux ans, je veux une équipe que l'atelier vient chercher au lieu de la subir : deux cellules, "
          "données et applications, chacune avec un responsable issu de l'équipe actuelle, et des gens qui "
          "passent autant de temps sur les lignes que devant leur écran."),
        H(1, "8. Ce que ça coûte", {"budget-timeline": "ok"}),
        T([["Poste", "2027", "2028", "Total"],
           ["salaires des nouveaux postes", "96 000 €", "188 000 €", "284 000 €"],
           ["formation", "27 000 €", "14 000 €", "41 000 €"],
           ["recrutement (cabinet)", "11 000 €", "6 000 €", "17 000 €"],
           ["accueil et équipement", "5 000 €", "3 000 €", "8 000 €"]]),
        H(2, "8.1 Jalons", {"timeline": "ok"}),
        T([["Date", "Jalon"],
           ["janvier 2027", "plan présenté à l'équipe et au CSE"],
           ["mars 2027", "arrivée de l'ingénieur informatique industrielle"],
           ["septembre 2027", "arrivée du data engineer, première cellule données"],
           ["janvier 2028", "arrivée du chef de projet, cellule applications"],
           ["décembre 2028", "bilan du plan avec la direction"]]),
        H(1, "9. Indicateurs", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible fin 2028"],
           ["postes pourvus dans les délais", "—", "4 sur 4"],
           ["nouveaux encore là après un an", "1 sur 2", "100 %"],
           ["jours de formation par personne et par an", "1,5", "6"],
           ["part du temps passé en support", "60 %", "35 %"]]),
    ],
    missing=["target-organisation"],
)
