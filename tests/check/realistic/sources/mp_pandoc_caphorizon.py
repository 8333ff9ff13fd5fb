from _common import *

DOC = dict(
    deliverable="management-plan",
    path="pandoc",
    language="fr",
    notes="""Markdown -> pandoc, French. Paraphrased headings ("En bref", "Combien ça coûte"); the people review
    is a table under the strategy heading (merged); the training plan table sits under the training needs heading
    (merged); the timeline heading is left with nothing under it (empty); no target org chart and no indicators
    (both optional, missing).""",
    title="Cap Horizon Assurances – Plan de management du service sinistres",
    cover=["Étude de cas n°3 – Hélène Carpentier, responsable du service sinistres habitation"],
    blocks=[
        H(1, "En bref", {"executive-summary": "ok"}),
        P("Le service sinistres habitation de Cap Horizon, à Niort, compte quatorze gestionnaires et traite 23 000 "
          "dossiers par an. La stratégie de l'entreprise, qui veut indemniser 60 % des petits sinistres en moins de "
          "dix jours grâce à la déclaration en ligne et à l'expertise à distance, change profondément le métier. "
          "Ce plan propose de créer deux fonctions nouvelles, un référent expertise à distance et un analyste de "
          "données sinistres, de former toute l'équipe à la gestion des dossiers simples en ligne et à la relation "
          "client par visio, et d'offrir trois parcours d'évolution aux gestionnaires confirmés. Il coûte 186 000 "
          "euros sur deux ans, dont 120 000 pour les recrutements, et vise un délai moyen d'indemnisation ramené de "
          "24 à 12 jours sans départ non souhaité dans l'équipe. Il a été discuté avec l'équipe en réunion de service avant d'être présenté à la direction."),
        H(1, "Où va l'entreprise, qui est dans l'équipe", {"strategy-context": "ok", "people-review": "ok"}),
        P("Cap Horizon est une mutuelle d'assurance de 900 salariés qui assure 410 000 habitations. Son plan "
          "stratégique 2026-2028 fait de la rapidité d'indemnisation le premier argument face aux assureurs en ligne, "
          "dont les publicités promettent un remboursement en 48 heures. Concrètement, la déclaration en ligne avec "
          "photos ouvrira en janvier, un outil de tri automatique orientera les petits dossiers vers un circuit "
          "rapide, et l'expertise à distance par visio remplacera le déplacement d'un expert pour les dégâts des "
          "eaux de moins de 3 000 euros. La direction attend de chaque service un plan qui dise comment les équipes suivront ce changement, et avec quelles compétences."),
        P("L'équipe actuelle est solide mais homogène : onze gestionnaires ont plus de dix ans d'ancienneté, tous "
          "ont appris le métier sur des dossiers papier et par téléphone, et deux partiront à la retraite d'ici 2028. "
          "Les entretiens annuels montrent une forte expertise technique, une inquiétude réelle face aux outils "
          "automatiques, et chez quatre personnes l'envie d'évoluer vers des missions d'expertise ou d'encadrement. "
          "Aucun membre de l'équipe ne sait aujourd'hui exploiter les données des sinistres, que nous recevons "
          "pourtant chaque mois sous forme de tableaux que personne ne lit."),
        T([["Collaborateur ou groupe", "Poste", "Compétences clés", "Entretien annuel", "Souhaits", "Potentiel"],
           ["Gestionnaires confirmés (11)", "gestionnaire sinistres", "garanties, négociation", "très bon", "4 souhaitent évoluer", "fort pour 4"],
           ["Gestionnaires récents (3)", "gestionnaire sinistres", "outils numériques", "bon", "monter en technicité", "moyen à fort"],
           ["Assistante du service", "assistante", "organisation, courrier", "très bon", "rester", "—"]]),
        H(1, "Les postes à créer d'ici 2028", {"key-functions": "ok"}),
        T([["Fonction", "Pourquoi", "Quand", "Profil", "Recrutement ou interne"],
           ["Référent expertise à distance", "conduire les visios d'expertise et former les gestionnaires à les mener", "janvier 2027", "ancien expert bâtiment ou gestionnaire technique", "interne en priorité, parmi les 4 volontaires"],
           ["Analyste données sinistres", "suivre les délais, détecter les fraudes et ajuster l'outil de tri", "avril 2027", "bac+5 statistique ou actuariat, une première expérience", "recrutement externe"],
           ["Gestionnaire confirmé", "remplacer les deux départs à la retraite", "2028", "gestionnaire avec expérience de la relation en ligne", "recrutement externe"]]),
        P("Le référent est pris en interne pour garder la confiance des gestionnaires ; l'analyste vient de l'extérieur car la compétence n'existe pas chez nous."),
        H(1, "Bien accueillir les nouveaux", {"onboarding": "ok"}),
        P("Les deux dernières recrues du service ont mis plus de six mois à être autonomes et l'une est partie au "
          "bout d'un an en expliquant qu'elle s'était sentie seule. L'intégration sera donc organisée et suivie. "
          "Chaque nouvel arrivant a un parrain choisi parmi les gestionnaires confirmés, déchargé de 10 % de ses "
          "dossiers pendant trois mois. La première semaine est consacrée à la découverte : une journée avec un "
          "expert sur le terrain, une journée au centre d'appels, une demi-journée avec le service juridique. Les "
          "dossiers sont confiés progressivement, des plus simples aux plus techniques, et un point est fait à 30, "
          "60 et 90 jours avec moi. Pour l'analyste données, qui ne vient pas du métier de l'assurance, nous ajoutons "
          "deux semaines d'immersion dans les dossiers avant de lui confier des analyses. Le parrain et le nouvel arrivant remplissent ensemble une fiche de suivi à chaque point d'étape, que je relis avant l'entretien, pour repérer tôt une difficulté et ne pas attendre la fin de la période d'essai."),
        H(2, "Les 90 premiers jours", {"onboarding-plan": "ok"}),
        T([["Période", "Administratif", "Organisation", "Intégration dans l'équipe", "Qui", "Point d'étape"],
           ["Avant l'arrivée", "contrat, badge, poste informatique prêt", "planning de la première semaine envoyé", "message de bienvenue de l'équipe", "assistante, parrain", "—"],
           ["Jours 1 à 30", "formation aux outils", "dossiers simples, double validation", "déjeuner d'équipe, journée terrain", "parrain", "point à 30 jours"],
           ["Jours 31 à 90", "—", "dossiers complets, validation allégée", "participation aux réunions de service", "responsable", "points à 60 et 90 jours"]]),
        H(1, "Former l'équipe", {"training-needs": "ok", "training-plan": "ok"}),
        P("Les besoins viennent directement du plan stratégique et des entretiens annuels. Toute l'équipe doit "
          "savoir gérer un dossier dans le circuit rapide, ce qui suppose de faire confiance aux photos et aux "
          "devis transmis en ligne plutôt qu'au rapport d'un expert, et de mener un entretien en visio avec un "
          "assuré parfois âgé ou inquiet. Les gestionnaires confirmés ont exprimé une crainte : perdre leur "
          "expertise au profit d'un outil. La formation doit donc montrer que l'outil trie les dossiers simples "
          "pour leur laisser les cas complexes, qui demandent leur savoir-faire. Enfin, les quatre volontaires à "
          "l'évolution ont besoin de formations plus longues, en expertise bâtiment et en encadrement."),
        T([["Collaborateur ou groupe", "Besoin", "Objectif", "Format", "Organisme", "Coût", "Date"],
           ["Toute l'équipe", "circuit rapide en ligne", "traiter un dossier simple en 48 h", "atelier de 2 jours", "éditeur de l'outil", "inclus", "décembre"],
           ["Toute l'équipe", "entretien client en visio", "mener une expertise à distance", "formation de 1 jour et mises en situation", "organisme régional", "9 800 €", "février"],
           ["4 volontaires", "expertise bâtiment", "certificat d'expert", "formation de 12 jours", "IFOPAS", "22 000 €", "2027"]]),
        H(2, "Évolutions possibles", {"career-plan": "ok"}),
        T([["Collaborateur ou groupe", "Souhait ou besoin", "Parcours", "Accompagnement", "Échéance"],
           ["Volontaire A", "devenir expert", "référent expertise à distance", "certificat d'expert, tutorat", "moyen terme"],
           ["Volontaires B et C", "encadrer", "chef d'équipe du circuit rapide", "formation au management", "moyen terme"],
           ["Gestionnaires récents", "monter en technicité", "dossiers complexes", "binôme avec un confirmé", "court terme"]]),
        H(1, "2028 : le service que nous voulons", {"team-vision": "ok"}),
        P("En 2028, le service sinistres habitation sera organisé en deux pôles. Le pôle circuit rapide, animé par "
          "un chef d'équipe issu de l'équipe actuelle, traitera en ligne et en visio les dossiers simples, soit "
          "environ 60 % du volume, avec un délai cible de dix jours. Le pôle dossiers complexes réunira les "
          "gestionnaires les plus expérimentés autour des sinistres importants, des litiges et des cas où la "
          "présence d'un expert reste indispensable. L'analyste données travaillera pour les deux pôles et pour "
          "la direction. Ce changement ne supprime aucun poste : il déplace le temps passé sur la saisie vers le "
          "conseil et l'expertise."),
        P("Je veux aussi que l'équipe change de regard sur son métier. Aujourd'hui, la qualité se mesure au "
          "nombre de dossiers clos ; demain, elle se mesurera au délai et à la satisfaction de l'assuré, que nous "
          "recevrons chaque semaine. Les gestionnaires participeront au réglage de l'outil de tri : ce sont eux qui "
          "savent quels dossiers semblent simples mais ne le sont pas. Enfin, nous préparerons les départs à la "
          "retraite en organisant la transmission des savoirs, par des binômes et par des fiches de cas rédigées "
          "par les plus anciens. Cette vision sera présentée à l'équipe en janvier, puis revue chaque année avec elle lors d'un séminaire d'une journée, hors du bureau, où chacun pourra dire ce qui fonctionne et ce qu'il faut changer."),
        H(1, "Combien ça coûte", {"budget-timeline": "ok"}),
        T([["Poste", "Court terme (0–6 mois)", "Moyen terme (6–24 mois)", "Total"],
           ["Recrutements", "0 €", "120 000 €", "120 000 €"],
           ["Formations", "9 800 €", "44 000 €", "53 800 €"],
           ["Décharge des parrains", "4 200 €", "8 000 €", "12 200 €"],
           ["Total", "14 000 €", "172 000 €", "186 000 €"]]),
        H(2, "Calendrier", {"timeline": "empty"}),
    ],
    missing=["target-organisation", "hr-indicators"],
)
