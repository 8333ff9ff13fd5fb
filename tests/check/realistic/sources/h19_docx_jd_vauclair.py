from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: Ambulances Vauclair, a family ambulance and patient-transport company in Besançon, moves its
    dispatch to a regulation software linked to the hospitals and creates two posts. Headings numbered "1.",
    "2.1" in the author's words, one a question; the list of the posts as a table; the two job forms as two
    tables under two sub-headings of one heading (one section split over them); the technical skills as a matrix;
    the human qualities under a bold Normal paragraph in upper case with a short table and a paragraph. No
    organisation chart anywhere (missing); the requirements grid announced under the fit section with nothing
    under it (empty). A recruitment calendar of the author's own at the end.""",
    title="Ambulances Vauclair – Deux postes pour la régulation numérique",
    cover=["Étude de cas n° 2 – fiches de poste", "Romane Vauclair, décembre 2026"],
    blocks=[
        H(1, "1. Qui sommes-nous ?", {"company-context": "ok"}),
        P("Ambulances Vauclair est une entreprise familiale créée en 1978 à Besançon par mon grand-père. Nous "
          "employons 64 personnes : 48 ambulanciers et auxiliaires, 6 personnes au standard, 4 mécaniciens et "
          "6 personnes dans les bureaux. Notre flotte compte 19 ambulances et 24 véhicules sanitaires légers. "
          "Nous réalisons environ 310 transports par jour, pour moitié des sorties et entrées du CHU Jean-Minjoz, "
          "le reste vers les centres de dialyse, de radiothérapie et les cliniques de l'agglomération. Le "
          "chiffre d'affaires 2025 était de 5,9 millions d'euros, payé à 92 % par l'Assurance maladie."),
        P("Aujourd'hui, la répartition des courses se fait sur un grand tableau blanc et au téléphone. Les "
          "six standardistes reçoivent les demandes des services, les notent, puis appellent les équipages un "
          "par un. Un transport sur huit part en retard, et nous perdons chaque mois une vingtaine de courses "
          "que le CHU confie à un concurrent faute de réponse assez rapide. En mars 2027, le CHU impose à ses "
          "transporteurs une plateforme de commande en ligne. Nous avons donc choisi un logiciel de régulation "
          "qui reçoit ces commandes, propose l'équipage le plus proche grâce à la géolocalisation des véhicules "
          "et prépare la facturation. L'investissement est de 140 000 euros sur trois ans."),
        P("L'équipe du standard est expérimentée mais n'a jamais travaillé avec un outil de ce type, et la "
          "direction, c'est-à-dire mon père et moi, n'a personne pour le paramétrer ni pour exploiter les "
          "données qu'il produira."),
        H(1, "2. Les besoins que nous avons identifiés", {"skills-needs": "ok"}),
        P("Nous avons passé deux jours au standard et interrogé le chef de garage, deux chefs d'équipe et la "
          "cadre de santé qui gère les transports au CHU. Trois manques ressortent. D'abord, personne ne sait "
          "organiser une journée de courses avec un outil qui propose des affectations : les standardistes "
          "décident de tête, avec une excellente connaissance des équipages, mais sans vue d'ensemble. Ensuite, "
          "personne ne suit les retards, les temps d'attente ni les kilomètres à vide ; nous découvrons nos "
          "résultats trois mois plus tard, à la clôture des comptes. Enfin, le logiciel, la plateforme du CHU "
          "et la facturation à l'Assurance maladie devront échanger des données tous les jours, et personne "
          "chez nous ne sait vérifier que ces échanges fonctionnent."),
        P("Nous avons envisagé de former une standardiste au rôle de régulatrice et de confier les données à "
          "notre comptable. La première idée est retenue pour plus tard, mais pas pour le lancement : il faut "
          "quelqu'un qui a déjà régulé des transports sanitaires. La seconde ne tient pas, car notre comptable "
          "est déjà à temps plein. Nous créons donc deux postes, décrits ci-dessous, que le tableau suivant "
          "résume."),
        H(2, "2.1 Postes à pourvoir", {"jobs-list": "ok"}),
        T([["Poste", "Contrat", "Rattachement", "Prise de poste"],
           ["Régulateur(trice) de transports sanitaires", "CDI temps plein", "direction", "février 2027"],
           ["Référent(e) système d'information et données", "CDI temps plein", "direction", "janvier 2027"]]),
        H(1, "3. Les deux fiches", {"job-description": "ok"}),
        H(2, "3.1 Régulateur(trice) de transports sanitaires", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Finalité", "organiser chaque jour les 310 transports pour qu'ils partent à l'heure, avec l'équipage "
                        "adapté et le moins de kilomètres à vide possible"],
           ["Missions", "valider les affectations proposées par le logiciel, arbitrer les urgences du CHU, "
                        "animer l'équipe du standard, suivre les retards en temps réel"],
           ["Horaires", "7 h – 15 h ou 12 h – 20 h en alternance, un samedi sur trois"],
           ["Rémunération", "2 400 à 2 700 € brut mensuels selon expérience, treizième mois"],
           ["Lieu", "siège de Besançon, quartier de Palente"]]),
        H(2, "3.2 Référent(e) système d'information et données", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Finalité", "faire fonctionner le logiciel de régulation et ses échanges avec le CHU et "
                        "l'Assurance maladie, et donner à la direction des chiffres fiables chaque semaine"],
           ["Missions", "paramétrer le logiciel avec l'éditeur, contrôler les flux quotidiens, produire le "
                        "tableau de bord hebdomadaire, former les utilisateurs, gérer les accès"],
           ["Horaires", "35 h du lundi au vendredi, astreinte téléphonique une semaine sur quatre"],
           ["Rémunération", "2 600 à 3 000 € brut mensuels selon expérience"],
           ["Lieu", "siège de Besançon, une journée de télétravail possible"]]),
        H(1, "4. Compétences techniques attendues", {"key-competences": "ok"}),
        T([["Compétence", "Régulateur(trice)", "Référent(e) SI", "Niveau attendu"],
           ["Connaissance du transport sanitaire et de ses règles de prise en charge", "indispensable",
            "utile", "confirmé pour le régulateur"],
           ["Utilisation d'un logiciel de régulation ou de planification", "indispensable", "indispensable",
            "confirmé"],
           ["Paramétrage d'un logiciel métier, gestion des droits", "non", "indispensable", "confirmé"],
           ["Tableur avancé et outil de tableau de bord", "utile", "indispensable", "confirmé"],
           ["Lecture des flux de facturation de l'Assurance maladie", "non", "indispensable", "notions"],
           ["Géographie de l'agglomération et du Doubs", "indispensable", "non", "bonne"]]),
        B("5. QUALITÉS HUMAINES", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi chez nous"],
           ["Calme sous la pression", "le standard reçoit jusqu'à 40 appels par heure entre 8 h et 10 h"],
           ["Pédagogie", "il faudra convaincre des standardistes qui régulent de tête depuis vingt ans"],
           ["Rigueur", "une erreur de prise en charge n'est pas remboursée par l'Assurance maladie"],
           ["Sens du service", "derrière chaque course, un patient qui attend, parfois depuis l'aube"]]),
        P("Pour les deux postes, nous regarderons autant la façon de parler aux équipes que les diplômes : "
          "les ambulanciers respectent ceux qui connaissent le terrain. Nous demanderons aussi aux candidats de raconter une journée difficile et ce qu'ils en ont tiré."),
        H(1, "6. Le bon profil, et comment nous le reconnaîtrons", {"profile-fit": "ok"}),
        P("Pour la régulation, le profil idéal a trois à cinq ans d'expérience dans un centre de régulation "
          "d'ambulances, un SAMU ou une entreprise de transport de personnes, et a déjà utilisé un logiciel "
          "d'affectation. Un ancien ambulancier devenu régulateur serait un atout, car il serait immédiatement "
          "crédible auprès des équipages. Nous ne demandons pas de diplôme particulier ; nous vérifierons en "
          "entretien, par une mise en situation sur une matinée réelle de courses, qu'il sait arbitrer entre "
          "deux urgences et expliquer son choix."),
        P("Pour le poste de référent, nous cherchons un bac+2 ou bac+3 en informatique de gestion ou en "
          "systèmes d'information, avec une première expérience de paramétrage d'un progiciel, idéalement dans "
          "la santé ou le transport. La connaissance de la facturation de l'Assurance maladie peut s'apprendre "
          "chez nous en trois mois avec notre comptable. Ce qui ne s'apprend pas vite, c'est la patience de "
          "former des collègues peu à l'aise avec l'informatique : un test de présentation d'un écran du "
          "logiciel à deux standardistes fera partie du recrutement. Pour les deux postes, nous refuserons un "
          "candidat brillant techniquement qui parlerait de haut aux équipes."),
        H(2, "6.1 Grille d'exigences", {"requirements-grid": "empty"}),
        H(1, "7. Calendrier de recrutement", {}),
        L(["Publication des annonces : 15 décembre 2026, sur France Travail et un site spécialisé santé",
           "Entretiens : semaines 2 et 3 de janvier",
           "Prise de poste du référent : 25 janvier, du régulateur : 15 février, un mois avant l'échéance du CHU"]),
    ],
    missing=["organisation-chart"],
)
