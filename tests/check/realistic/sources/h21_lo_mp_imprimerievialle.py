from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer; French. The Imprimerie Vialle in Limoges (38 people, offset
    printing for local businesses) is moving to digital printing and a web-to-print shop; the head of the prepress
    team writes the plan for her team of seven up to 2029. The author's own headings, numbered "1." to "6." at
    level 1 after an unnumbered summary; the people review, the onboarding timeline, the training plan and the
    career paths are tables under bold Normal paragraphs. The budget and the quarterly timeline share one heading
    and one part (merged). No organisation chart (optional, missing); the unnumbered indicators heading at the end has nothing under it
    (empty).""",
    title="L'atelier prépresse de demain – plan 2027-2029",
    cover=["Imprimerie Vialle, Limoges", "Nathalie Crouzet, responsable prépresse · décembre 2026"],
    blocks=[
        H(1, "En bref", {"executive-summary": "ok"}),
        P("L'imprimerie Vialle veut réaliser un tiers de son chiffre d'affaires en impression numérique et en "
          "commandes en ligne d'ici 2029, contre 8 % aujourd'hui. L'atelier prépresse, qui prépare tous les "
          "fichiers avant impression, est au cœur de ce virage : il devra traiter trois fois plus de petites "
          "commandes, souvent envoyées par des clients qui ne sont pas graphistes. Ce plan propose de créer trois "
          "fonctions (un technicien web-to-print, un opérateur numérique, un chargé de relation client en ligne), "
          "d'accueillir les nouveaux arrivants sur 90 jours avec un parrain, de former les cinq opérateurs actuels "
          "au flux numérique et de préparer Sébastien à reprendre l'encadrement de l'atelier. Le coût total est de "
          "61 500 € sur deux ans, dont 14 000 € pris en charge par l'OPCO. Je demande à la direction de valider "
          "le premier recrutement pour mars 2027 et le budget de formation de la première année."),
        H(1, "1. Où va l'imprimerie, et avec qui", {"strategy-context": "ok"}),
        P("Vialle est une imprimerie familiale fondée en 1962, reprise en 2019 par Olivier Vialle, petit-fils du "
          "fondateur. Elle emploie 38 personnes et réalise 4,6 millions d'euros de chiffre d'affaires, surtout en "
          "offset : dépliants, catalogues, magazines municipaux, étiquettes pour les producteurs du Limousin. Ce "
          "marché baisse de 4 % par an, alors que les petites séries personnalisées et les commandes en ligne "
          "progressent. Le plan stratégique présenté en septembre prévoit l'achat d'une presse numérique en 2027 "
          "et l'ouverture d'une boutique en ligne où les clients déposent leurs fichiers et paient directement. "
          "Les premiers clients visés sont les associations, les commerçants et les mairies du département."),
        P("L'atelier prépresse compte aujourd'hui sept personnes : moi-même, cinq opérateurs PAO et une apprentie. "
          "La moyenne d'âge est de 47 ans et trois opérateurs ont plus de vingt ans de maison. L'équipe maîtrise "
          "parfaitement le contrôle des fichiers pour l'offset, l'imposition et la gestion des couleurs, mais "
          "connaît peu le flux numérique, les formats variables et les outils de contrôle automatique. Les "
          "entretiens annuels d'octobre ont fait ressortir deux choses : l'inquiétude de plusieurs opérateurs face "
          "au numérique, qu'ils voient comme une menace, et l'envie de Sébastien d'encadrer. Le turnover est faible "
          "(un départ en cinq ans), mais deux départs en retraite sont prévus en 2028. Sans plan, l'atelier perdrait "
          "alors une partie de son savoir-faire au moment même où il doit en acquérir un nouveau."),
        B("Qui fait quoi aujourd'hui", {"people-review": "ok"}),
        T([["Personne", "Poste", "Points forts", "Ce que dit l'entretien annuel", "Envie", "Potentiel"],
           ["Sébastien", "opérateur PAO senior", "imposition, couleur", "très bon, aide les autres",
            "encadrer l'atelier", "fort"],
           ["Martine", "opératrice PAO", "contrôle des fichiers", "solide, inquiète du numérique",
            "rester sur l'offset", "moyen"],
           ["Didier", "opérateur PAO", "gros catalogues", "départ en retraite en juin 2028",
            "transmettre", "—"],
           ["Laura", "opératrice PAO", "relation avec les agences", "curieuse, autonome", "apprendre le web",
            "fort"],
           ["Chloé", "apprentie", "Illustrator, InDesign", "diplôme en juin 2027", "être embauchée", "à confirmer"]]),
        H(1, "2. Trois postes à créer d'ici 2028", {"key-functions": "ok"}),
        P("Ces trois fonctions découlent directement de la presse numérique et de la boutique en ligne. Nous ne "
          "recrutons qu'une personne par semestre, pour que l'équipe puisse accueillir chacune correctement ; le "
          "poste d'opérateur numérique peut être pourvu en interne si la formation de Laura se passe bien."),
        T([["Poste", "Pourquoi", "Quand", "Profil", "Comment"],
           ["Technicien web-to-print", "faire tourner la boutique en ligne et le contrôle automatique",
            "mars 2027", "bac+2 arts graphiques, trois ans d'expérience", "recrutement externe"],
           ["Opérateur presse numérique", "conduire la nouvelle presse", "septembre 2027",
            "opérateur PAO formé au numérique", "mobilité interne (Laura)"],
           ["Chargé de relation client en ligne", "répondre aux clients qui déposent leurs fichiers",
            "mars 2028", "commercial sédentaire, à l'aise au téléphone", "recrutement externe"]]),
        H(1, "3. Accueillir les nouveaux", {"onboarding": "ok"}),
        P("Un nouvel arrivant dans un atelier où tout le monde se connaît depuis vingt ans peut vite se sentir de "
          "trop. L'accueil commence donc avant l'arrivée : le service du personnel envoie le contrat, fait la "
          "déclaration d'embauche et prépare la visite médicale ; le service informatique crée les accès au serveur "
          "de fichiers et au logiciel de gestion des commandes, et le poste est installé la veille."),
        P("Le premier jour, je l'accueille moi-même, je lui fais visiter toute l'imprimerie, de la réception papier "
          "à l'expédition, et je lui présente son parrain. Sébastien parraine le technicien web-to-print, Laura le "
          "chargé de relation client. Pendant la première semaine, le nouvel arrivant passe une demi-journée dans "
          "chaque service (offset, façonnage, commercial) pour comprendre ce que deviennent les fichiers. Les "
          "objectifs de la période d'essai sont écrits et remis à la fin de la première semaine. Le vendredi, "
          "l'équipe déjeune ensemble, une habitude de l'atelier. Au bout de 90 jours, nous faisons un bilan et il "
          "me remet un rapport d'étonnement : ce qui l'a surpris, ce qu'il changerait."),
        B("Les 90 premiers jours", {"onboarding-plan": "ok"}),
        T([["Quand", "Administratif", "Organisation", "Équipe", "Qui", "Point"],
           ["Avant l'arrivée", "contrat, déclaration, visite médicale", "poste et accès prêts", "mail d'accueil "
            "de l'équipe", "service du personnel", "tout est prêt la veille"],
           ["Jour 1", "badge, consignes de sécurité", "visite de l'imprimerie", "rencontre du parrain", "Nathalie",
            "café de fin de journée"],
           ["Semaine 1", "mutuelle, tickets restaurant", "une demi-journée par service", "déjeuner du vendredi",
            "parrain", "objectifs d'essai remis"],
           ["Jour 30", "—", "premières commandes seul", "présente son poste en réunion", "Nathalie", "point d'étape"],
           ["Jour 60", "—", "gère la boutique en ligne un jour par semaine", "binôme avec Laura", "parrain",
            "retour du parrain"],
           ["Jour 90", "fin de période d'essai", "autonome", "rapport d'étonnement", "Nathalie", "bilan"]]),
        H(1, "4. Former l'équipe actuelle", {"training-needs": "ok"}),
        P("Les besoins viennent de deux côtés. La stratégie d'abord : avec la presse numérique et la boutique en "
          "ligne, l'atelier doit savoir contrôler automatiquement des fichiers envoyés par des non-professionnels, "
          "gérer des données variables (une carte de visite par salarié, une étiquette par lot) et répondre aux "
          "clients par écrit. Les entretiens ensuite : Martine et Didier craignent de ne plus être utiles, Laura "
          "veut apprendre le web, Sébastien veut encadrer, et Chloé doit obtenir son diplôme."),
        P("Les contraintes sont fortes. L'atelier ne peut pas perdre plus d'une personne à la fois, car il tourne "
          "déjà à pleine charge de septembre à décembre ; les formations se feront donc de janvier à juin. Le "
          "budget de formation de l'imprimerie est de 18 000 € par an pour tous les services, et l'atelier peut "
          "en utiliser la moitié. Nous ferons appel à l'OPCO pour les formations longues et, pour Laura, au compte "
          "personnel de formation qu'elle a proposé de mobiliser. Enfin, le fournisseur de la presse numérique "
          "inclut cinq jours de formation dans le contrat, que nous répartirons entre trois opérateurs."),
        B("Plan 2027", {"training-plan": "ok"}),
        T([["Qui", "Besoin", "Objectif", "Format", "Organisme", "Coût", "Quand"],
           ["Trois opérateurs", "presse numérique", "conduire la presse seuls", "en situation, sur la machine",
            "fournisseur de la presse", "inclus", "avril 2027"],
           ["Toute l'équipe", "contrôle automatique des fichiers", "paramétrer les profils de contrôle",
            "présentiel, 2 jours", "organisme des industries graphiques", "3 200 €", "février 2027"],
           ["Laura", "web-to-print", "gérer la boutique en ligne", "formation certifiante, 10 jours",
            "école de Limoges", "4 800 €", "janvier à mars 2027"],
           ["Martine et Didier", "données variables", "préparer des séries personnalisées", "tutorat par "
            "Sébastien", "interne", "temps passé", "mai 2027"]]),
        B("Faire grandir", {"career-plan": "ok"}),
        T([["Qui", "Souhait ou besoin", "Parcours", "Accompagnement", "Horizon", "Suivi"],
           ["Sébastien", "encadrer", "adjoint puis responsable d'atelier", "formation au management, 5 jours",
            "moyen terme", "entretien tous les six mois"],
           ["Laura", "apprendre le web", "opératrice presse numérique", "certification web-to-print", "court terme",
            "bilan à la fin de la formation"],
           ["Chloé", "être embauchée", "CDI d'opératrice PAO", "tutrice jusqu'au diplôme", "court terme",
            "jury de juin 2027"],
           ["Didier", "transmettre avant la retraite", "référent des gros catalogues", "fiches de savoir-faire",
            "jusqu'en juin 2028", "point trimestriel"]]),
        H(1, "5. L'atelier en 2029", {"team-vision": "ok"}),
        P("En 2029, l'atelier ne sera plus un service qui reçoit des fichiers et les prépare pour l'offset. Il sera "
          "le point d'entrée de toutes les commandes, imprimées en offset ou en numérique, passées par un commercial "
          "ou par la boutique en ligne. Nous serons huit : Sébastien à sa tête, un technicien web-to-print, deux "
          "opérateurs numériques, trois opérateurs PAO et un chargé de relation client. Chacun saura travailler sur "
          "les deux flux, même si chacun garde sa spécialité."),
        P("Les méthodes aussi vont changer. Les petites commandes en ligne seront contrôlées automatiquement et "
          "ne passeront entre nos mains qu'en cas d'anomalie. Nous travaillerons avec un tableau des commandes "
          "visible de tous plutôt qu'avec des pochettes sur les bureaux. Une réunion courte chaque matin remplacera "
          "le point hebdomadaire, parce que les délais en numérique se comptent en jours, pas en semaines."),
        P("Pour moi, c'est aussi un changement de rôle : je passerai progressivement la conduite quotidienne de "
          "l'atelier à Sébastien, pour m'occuper de la boutique en ligne et des relations avec les grands comptes. "
          "Les recrutements apportent les compétences qui nous manquent, l'intégration permet aux nouveaux de "
          "trouver leur place dans une équipe ancienne, et la formation rassure ceux qui ont peur d'être dépassés. "
          "C'est l'ensemble qui fera passer l'atelier de l'offset au numérique sans laisser personne au bord du "
          "chemin. Si la boutique en ligne démarre plus lentement que prévu, nous décalerons le troisième "
          "recrutement, pas la formation."),
        H(1, "6. Combien, et dans quel ordre", {"budget-timeline": "ok", "timeline": "ok"}),
        P("Le budget couvre deux ans. Les recrutements passent par des annonces et, pour le technicien, un cabinet "
          "spécialisé. Le calendrier ci-dessous montre l'enchaînement : on recrute, on intègre, on forme, puis on "
          "fait évoluer."),
        T([["Poste de dépense", "2027", "2028", "Total"],
           ["Recrutements", "9 000 €", "4 500 €", "13 500 €"],
           ["Intégration (matériel, temps des parrains)", "6 000 €", "3 000 €", "9 000 €"],
           ["Formation", "14 000 €", "8 000 €", "22 000 €"],
           ["Évolution (management, certification)", "7 000 €", "4 000 €", "11 000 €"],
           ["Vie d'équipe et outils", "4 000 €", "2 000 €", "6 000 €"],
           ["Prise en charge OPCO", "- 9 000 €", "- 5 000 €", "- 14 000 €"],
           ["Reste à la charge de Vialle", "31 000 €", "16 500 €", "47 500 €"]]),
        T([["Action", "T1 2027", "T2 2027", "T3 2027", "T4 2027", "2028"],
           ["Recruter", "technicien web-to-print", "—", "—", "—", "chargé de relation client"],
           ["Intégrer", "technicien", "technicien", "—", "—", "chargé de relation client"],
           ["Former", "contrôle automatique, Laura", "presse numérique", "—", "—", "management de Sébastien"],
           ["Faire évoluer", "—", "—", "Laura sur la presse", "—", "Sébastien adjoint"]]),
        H(1, "Indicateurs de suivi", {"hr-indicators": "empty"}),
    ],
    missing=["target-organisation"],
)
