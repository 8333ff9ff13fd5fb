from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="skeleton",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, in French: la régie Eaux du Val d'Orne (48 000 abonnés autour d'Argentan) fait écrire le cahier des
    charges de son espace abonné en ligne (relevé de compteur, alerte de fuite, mensualisation). Encadrés d'aide
    supprimés. La synthèse retapée « En bref », l'analyse des besoins « Ce dont abonnés et agents ont besoin » et
    les spécifications techniques « Architecture et choix techniques » (runs remplacés, signets perdus) ; la
    cartographie retapée « Qui est concerné ? » en gardant le signet. Tableaux remplis, libellés de lignes
    pré-remplis gardés. L'arborescence est une image avec légende ; la section recette a gardé notre consigne
    entre crochets (placeholder) ; les questions anticipées ont été supprimées avec leur titre (missing).""",
    cover={"company": "Eaux du Val d'Orne", "candidate": "Manon Lefebvre", "school": "Web School Factory"},
    sections={
        "summary": dict(status="ok", retitle="En bref", text=[
            "Eaux du Val d'Orne est la régie publique qui distribue l'eau potable à 48 000 abonnés de 37 communes "
            "autour d'Argentan. Aujourd'hui, un abonné qui veut transmettre son index de compteur, signaler une "
            "fuite ou passer à la mensualisation doit appeler l'accueil ou se déplacer : l'accueil reçoit 2 300 "
            "appels par mois, dont la moitié pour ces trois demandes.",
            "La régie veut ouvrir un espace abonné en ligne, sur ordinateur et sur téléphone, relié à son logiciel "
            "de facturation. Ce document décrit les besoins recueillis auprès des abonnés et des agents, le "
            "périmètre de la première version, les fonctions découpées en trois lots et un backlog de 14 user "
            "stories. Le budget estimé est de 186 000 euros HT, pour une mise en ligne du premier lot en "
            "septembre 2027. Il est écrit pour que le conseil d'exploitation puisse décider et qu'un prestataire "
            "puisse chiffrer sans revenir vers nous avec des questions de base."]),
        "context-stakeholders": dict(status="ok", text=[
            "La régie a été créée en 2019, quand les communes ont repris la gestion de l'eau à un délégataire "
            "privé. Elle emploie 64 agents, dont 9 à l'accueil et à la facturation, et facture deux fois par an "
            "avec le logiciel Ω-Factu, installé sur un serveur à Argentan. Les abonnés sont surtout des "
            "particuliers en maisons individuelles, à 40 % âgés de plus de 60 ans, et 900 professionnels, "
            "agriculteurs et commerçants pour la plupart.",
            "Trois événements ont déclenché le projet. En 2025, une série de fuites non repérées chez des "
            "abonnés absents a donné des factures de plus de 2 000 euros et une vague de réclamations. La même "
            "année, l'accueil a été saturé lors de la relève des compteurs, avec des attentes au téléphone de "
            "plus de vingt minutes. Enfin, le conseil d'exploitation a voté en 2026 un plan qui prévoit de "
            "proposer la mensualisation à tous, alors que 18 % seulement des abonnés l'ont choisie.",
            "Nous avons recueilli les besoins en trois temps : un atelier avec la directrice, Mme Girard, et le "
            "responsable facturation ; douze entretiens d'abonnés recrutés à l'accueil, dont quatre de plus de "
            "70 ans ; et une demi-journée d'observation au guichet et au téléphone. Les agents de relève ont "
            "aussi répondu à un court questionnaire sur les index impossibles à lire. Les comptes rendus de ces "
            "rencontres sont joints au dossier remis à la régie."]),
        "stakeholder-map": dict(status="ok", retitle="Qui est concerné ?", keep_bookmark=True, tables=[[
            ["Directrice de la régie", "sponsor, arbitre le budget", "moins d'appels, image de service public",
             "5", "5", "comité de pilotage mensuel"],
            ["Agents d'accueil et de facturation", "utilisateurs côté régie", "moins de saisie, moins d'appels "
             "tendus", "3", "5", "ateliers, tests du premier lot"],
            ["Abonnés particuliers", "utilisateurs finaux", "simplicité, être prévenus d'une fuite", "2", "4",
             "entretiens, panel de test de 30 abonnés"],
            ["Éditeur d'Ω-Factu", "fournisseur du logiciel de facturation", "un échange de données propre", "4",
             "2", "réunions techniques"],
            ["Conseil d'exploitation", "vote le budget", "coût maîtrisé, égalité d'accès", "5", "3",
             "présentation en juin"]]]),
        "needs-analysis": dict(status="ok", retitle="Ce dont abonnés et agents ont besoin", text=[
            "Côté humain, les abonnés veulent faire seuls, à toute heure, ce qui leur demande aujourd'hui un appel : "
            "donner leur index, voir leur consommation, payer, changer de mode de paiement. Les entretiens montrent "
            "pourtant deux publics très différents. Les moins de 60 ans attendent une application simple sur "
            "téléphone. Les plus âgés veulent garder l'accueil, mais accepteraient un SMS d'alerte de fuite, qui "
            "est la fonction la plus demandée par tous. Les agents d'accueil, eux, demandent à ne pas ressaisir ce "
            "que l'abonné a déjà tapé, et à être formés avant l'ouverture, pas après.",
            "Côté logistique, l'espace abonné doit lire et écrire dans Ω-Factu, qui ne sait échanger des données "
            "que par fichiers déposés la nuit ; l'éditeur propose une interface plus moderne pour 2027, à "
            "confirmer. Les 31 000 compteurs ne sont pas télérelevés : l'alerte de fuite doit donc partir d'un "
            "index saisi par l'abonné ou relevé par un agent, comparé à sa consommation habituelle. Il faut aussi "
            "un moyen d'envoyer des SMS, que la régie n'a pas aujourd'hui.",
            "Côté financier, la régie finance le projet sur son budget d'investissement, sans hausse du prix de "
            "l'eau : le conseil a fixé un plafond de 200 000 euros HT sur deux ans. Les coûts récurrents "
            "(hébergement, SMS, maintenance) doivent rester sous 25 000 euros par an, soit moins que le temps "
            "d'accueil économisé si un tiers des appels disparaît."]),
        "needs-table": dict(status="ok", tables=[[
            ["B01", "humain", "transmettre son index de compteur sans appeler", "abonnés", "1 100 appels par "
             "mois à la relève", "Must"],
            ["B02", "humain", "être prévenu d'une consommation anormale", "abonnés, directrice", "factures de "
             "fuite de 2025", "Must"],
            ["B03", "financier", "passer à la mensualisation en ligne", "conseil d'exploitation",
             "objectif du plan 2026", "Must"],
            ["B04", "logistique", "pas de double saisie pour les agents", "agents d'accueil",
             "observation au guichet", "Must"],
            ["B05", "humain", "voir ses factures et sa consommation", "abonnés", "entretiens", "Should"],
            ["B06", "logistique", "envoi de SMS", "régie", "alerte de fuite", "Must"]]]),
        "objectives-scope": dict(status="ok", text=[
            "Trois objectifs guident la première version. Faire baisser de 40 % les appels à l'accueil sur "
            "l'index, les fuites et la mensualisation d'ici juin 2028, par rapport à la moyenne de 2026. Prévenir "
            "par SMS 90 % des abonnés dont la consommation double d'une relève à l'autre, dans les 48 heures après "
            "la saisie de l'index, dès la relève de printemps 2028. Porter la mensualisation de 18 % à 35 % des "
            "abonnés particuliers d'ici fin 2028.",
            "Sont dans le périmètre : la création de compte, la saisie de l'index avec photo, le suivi de "
            "consommation, l'alerte de fuite par SMS et courriel, la consultation et le paiement des factures, "
            "la mensualisation en ligne. Restent hors périmètre : les demandes de branchement neuf, les compteurs "
            "télérelevés, que la régie n'équipera pas avant 2030, et l'espace des professionnels, prévu dans un "
            "second projet. Les contraintes sont le plafond de budget, l'hébergement des données en France, "
            "l'accessibilité pour les personnes âgées et malvoyantes, et la dépendance à l'éditeur d'Ω-Factu "
            "pour les échanges de données."]),
        "functional-breakdown": dict(status="ok", text=[
            "Les fonctions sont regroupées en trois lots. Le premier lot ouvre le compte et la saisie d'index, car "
            "tout le reste en dépend ; le deuxième ajoute l'alerte de fuite ; le troisième le paiement."],
            tables=[[
                ["F1", "Créer son compte", "avec le numéro d'abonné et la facture", "compte créé en moins de "
                 "5 min", "100 % des abonnés", "faible", "lot 1", "–"],
                ["F2", "Saisir son index", "chiffres et photo du compteur", "index reçu dans Ω-Factu la nuit "
                 "suivante", "100 %", "nulle", "lot 1", "F1"],
                ["F3", "Être alerté d'une fuite", "comparaison avec la consommation habituelle, SMS",
                 "alerte sous 48 h", "90 %", "faible", "lot 2", "F2"],
                ["F4", "Payer et se mensualiser", "carte, prélèvement, échéancier", "mandat signé en ligne",
                 "100 %", "moyenne", "lot 3", "F1"]]]),
        "feature-tree": dict(status="ok", image=["Lot 1 : compte, index", "Lot 2 : suivi, alerte fuite",
                                                 "Lot 3 : factures, paiement, mensualisation"],
                             caption="Les trois lots de l'espace abonné, dans l'ordre de mise en ligne"),
        "product-backlog": dict(status="ok", tables=[[
            ["US01", "Compte", "En tant qu'abonné, je crée mon compte avec mon numéro d'abonné pour accéder à mon "
             "espace", "Étant donné un numéro valide, quand je valide, alors je reçois un courriel de "
             "confirmation", "Must", "5", "lot 1 / sprint 1"],
            ["US02", "Index", "En tant qu'abonné, je saisis mon index et j'ajoute une photo pour ne plus appeler",
             "L'index est refusé s'il est inférieur au précédent ; la photo est facultative", "Must", "8",
             "lot 1 / sprint 2"],
            ["US03", "Index", "En tant qu'agent, je vois les index saisis dans Ω-Factu sans les retaper",
             "Le fichier de la nuit est intégré sans erreur pour 99 % des lignes", "Must", "13",
             "lot 1 / sprint 3"],
            ["US04", "Alerte", "En tant qu'abonné, je reçois un SMS si ma consommation double",
             "SMS envoyé sous 48 h ; lien vers les gestes à faire", "Must", "8", "lot 2 / sprint 4"],
            ["US05", "Paiement", "En tant qu'abonné, je passe à la mensualisation en ligne",
             "Mandat de prélèvement signé ; échéancier affiché", "Must", "8", "lot 3 / sprint 6"]]]),
        "technical-requirements": dict(status="ok", retitle="Architecture et choix techniques", text=[
            "L'espace abonné sera une application web adaptée au téléphone, sans application à installer : les "
            "entretiens montrent que les abonnés âgés ne téléchargent pas d'application, et une seule base de code "
            "coûte moins cher à maintenir. Le site sera hébergé en France chez un hébergeur certifié pour les "
            "données publiques, dans une base de données séparée de celle d'Ω-Factu.",
            "L'échange avec Ω-Factu se fera d'abord par fichiers : chaque nuit, l'espace abonné dépose les index "
            "et les mandats saisis dans la journée, et récupère les factures et les consommations. Si l'éditeur "
            "livre son interface temps réel en 2027, le lot 3 l'utilisera pour le paiement. La connexion des "
            "abonnés se fera par courriel et mot de passe, avec FranceConnect en option pour ceux qui l'utilisent "
            "déjà. Les SMS passeront par un opérateur français à l'acte, sans abonnement.",
            "Le calcul de l'alerte de fuite compare chaque nouvel index à la moyenne des trois dernières relèves "
            "du même abonné, corrigée de la saison ; le seuil, fixé au départ au double de la consommation "
            "habituelle, doit pouvoir être changé par la régie sans développement. Les données personnelles "
            "(coordonnées, consommations, coordonnées bancaires) restent la propriété de la régie, qui doit "
            "pouvoir les récupérer en totalité à la fin du contrat. Le prestataire livrera trois environnements : "
            "développement, recette et production, la recette étant alimentée par des données anonymisées."]),
        "non-functional-requirements": dict(status="ok", skip_cols=1, tables=[[
            [None, "pages rapides même en campagne", "page affichée en moins de 3 s en 4G", "mesure sur 10 pages"],
            [None, "service ouvert en continu", "99,5 % par mois", "rapport mensuel de l'hébergeur"],
            [None, "comptes protégés", "mots de passe chiffrés, test d'intrusion avant ouverture",
             "rapport de test"],
            [None, "données en France, durée de conservation définie", "registre à jour, suppression à la "
             "résiliation", "revue par le délégué à la protection des données"],
            [None, "lisible par les malvoyants", "niveau AA", "audit avant chaque lot"],
            [None, "navigateurs courants et téléphones de moins de 6 ans", "tests sur 8 appareils",
             "recette"],
            [None, "pic de la relève de printemps", "3 000 connexions par heure", "test de charge"],
            [None, "code et documentation remis à la régie", "documentation à jour à chaque lot",
             "revue à la livraison"]]]),
        "resources-budget": dict(status="ok", skip_cols=1, text=[
            "Les montants viennent de deux devis indicatifs et du temps des agents estimé avec la directrice. Le "
            "temps interne couvre surtout le chef de projet de la régie et les tests des agents d'accueil. Le "
            "total reste sous le plafond de 200 000 euros voté par le conseil, avec une provision pour les "
            "retards possibles de l'éditeur d'Ω-Factu."],
            tables=[[
                [None, "90 jours", "350 €", "31 500 €"],
                [None, "1 forfait", "118 000 €", "118 000 €"],
                [None, "4 tablettes d'accueil", "450 €", "1 800 €"],
                [None, "hébergement et SMS, 1re année", "17 000 €", "17 000 €"],
                [None, "10 % du total", "–", "17 700 €"],
                [None, "", "", "186 000 €"]]]),
        "acceptance-delivery": dict(status="placeholder"),
        "glossary": dict(status="ok", tables=[[
            ["Index", "le nombre lu sur le compteur d'eau, en mètres cubes"],
            ["Relève", "la lecture des compteurs par les agents, deux fois par an"],
            ["Mensualisation", "paiement en dix prélèvements au lieu de deux factures"],
            ["Ω-Factu", "le logiciel de facturation de la régie"],
            ["Lot", "un ensemble de fonctions mis en ligne en une fois"]]]),
        "anticipated-questions": dict(status="missing"),
    },
)
