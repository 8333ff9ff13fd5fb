from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="skeleton",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the Syndicat des eaux du Val de Loue (fictional, 11 villages, 9 400 subscribers in the Doubs)
    reads its meters by hand twice a year and learns of leaks from the bill; the candidate specifies Goutte, a web
    service where subscribers enter their own reading, see their consumption and report a leak. Guidance deleted
    everywhere. Headings retyped by replacing their runs (bookmarks lost): the summary "En bref", the needs "Les
    besoins, côté abonnés et côté syndicat", the objectives "Ce que l'on vise, et ce que l'on ne fait pas" and the
    backlog "Backlog – version 1"; the technical part retyped "Architecture et choix techniques" keeping its
    bookmark. The feature tree still our figure prompt (placeholder); the acceptance written in a few lines
    (thin); the glossary left as the empty generated table (empty); every other table filled, the non-functional
    and budget tables beside our row labels.""",
    cover={"company": "Syndicat des eaux du Val de Loue", "candidate": "Maëlle Cuenot",
           "school": "Web School Factory"},
    sections={
        "summary": dict(status="ok", retitle="En bref", text=[
            "Le Syndicat des eaux du Val de Loue distribue l'eau potable de onze villages, soit 9 400 abonnés, avec "
            "une équipe de quatorze personnes. Deux releveurs passent deux fois par an devant chaque compteur ; "
            "entre deux passages, personne ne voit rien. Une fuite après compteur se découvre souvent sur la "
            "facture, six mois plus tard, et l'an dernier 212 abonnés ont demandé un écrêtement de facture pour "
            "fuite, pour un total de 96 000 euros de volumes non facturés.",
            "Goutte est un petit service web, pensé pour le téléphone, où chaque abonné saisit son index quand il "
            "le souhaite, voit sa consommation mois par mois et reçoit une alerte quand elle dérape. Il peut aussi "
            "signaler une fuite sur la voie publique avec une photo. Le coût estimé est de 58 000 euros, pour une "
            "ouverture au printemps 2027, avant la campagne de relève de mai."]),
        "context-stakeholders": dict(status="ok", text=[
            "Le syndicat est un établissement public dirigé par un comité de vingt-deux délégués des communes, "
            "présidé par M. Jeunet, maire d'Ornans-le-Haut. Le service abonnés compte trois agentes à l'accueil "
            "d'Ornans, qui répondent au téléphone, établissent les contrats et traitent les réclamations. Le "
            "service technique, sept personnes, entretient 310 kilomètres de réseau et intervient sur les fuites. "
            "La facturation est faite par un logiciel métier acheté en 2015, qui sait importer un fichier "
            "d'index mais n'a aucun portail pour les abonnés.",
            "La situation pose trois problèmes. Les abonnés découvrent leurs fuites trop tard, et le syndicat "
            "perd les volumes écrêtés. Les releveurs ne trouvent pas un compteur sur six lors du premier passage, "
            "parce que la maison est fermée ou le regard recouvert, et doivent revenir. Enfin, les fuites sur la "
            "voie publique sont signalées par téléphone, sans localisation précise, et l'équipe d'astreinte perd "
            "du temps à les chercher.",
            "Pour cette étude, nous avons rencontré les trois agentes d'accueil, les deux releveurs, le "
            "responsable technique, la directrice du syndicat et le président. Nous avons aussi interrogé "
            "dix-huit abonnés au marché d'Ornans et dans deux villages, dont six de plus de soixante-dix ans, et "
            "analysé les 212 dossiers d'écrêtement de 2026 : dans 150 cas, la fuite durait depuis plus de trois "
            "mois quand la facture est arrivée. Les agentes estiment qu'un appel sur quatre reçu à l'accueil "
            "concerne une facture jugée trop élevée, et presque toujours une fuite que personne n'a vue."]),
        "stakeholder-map": dict(status="ok", tables=[[
            ["Comité syndical et président", "décide et finance", "moins de pertes d'eau, pas de hausse du prix",
             "5", "3", "présentation au comité de mars"],
            ["Directrice du syndicat", "pilote le projet", "un outil simple à faire vivre", "4", "5",
             "point hebdomadaire"],
            ["Agentes d'accueil (3)", "utilisatrices côté syndicat", "moins d'appels, dossiers complets", "2", "5",
             "ateliers, tests des écrans"],
            ["Releveurs et service technique", "relève et interventions", "moins de deuxièmes passages", "3", "4",
             "entretiens, test terrain"],
            ["Abonnés (9 400)", "saisissent leurs index", "être prévenus avant la facture", "2", "4",
             "panel de 20 abonnés testeurs"],
            ["Éditeur du logiciel de facturation", "reçoit les index", "un format d'import stable", "3", "2",
             "échange technique"]]]),
        "needs-analysis": dict(status="ok", retitle="Les besoins, côté abonnés et côté syndicat", text=[
            "Besoins humains. Les abonnés veulent surtout être prévenus : tous ceux que nous avons rencontrés "
            "auraient accepté de relever leur compteur chaque mois si on leur disait à quoi cela sert. Beaucoup "
            "sont âgés et n'ont pas de compte en ligne ailleurs ; la saisie doit donc tenir en un écran, sans mot "
            "de passe à retenir, et rester possible par téléphone auprès de l'accueil. Les agentes ont besoin de "
            "voir l'historique d'un abonné quand il appelle, au lieu de chercher dans deux logiciels.",
            "Besoins logistiques. Les releveurs veulent savoir, avant leur tournée, quels compteurs ont déjà un "
            "index récent saisi par l'abonné, pour ne passer que là où c'est utile, et pouvoir noter qu'un regard "
            "est inaccessible. L'équipe d'astreinte a besoin d'une position et d'une photo pour chaque fuite "
            "signalée sur la voie publique, et d'un moyen de dire à l'abonné que l'intervention est faite.",
            "Besoins financiers. Le syndicat ne peut pas augmenter le prix de l'eau en 2027 ; le projet doit donc "
            "se payer par les économies. Réduire de moitié les écrêtements représenterait 48 000 euros par an, et "
            "supprimer un deuxième passage sur trois, environ 400 heures de releveur. Le budget de fonctionnement "
            "accepté par la directrice est de 5 000 euros par an, hébergement compris, et aucun recrutement "
            "n'est prévu. Le président demande aussi que le projet ne crée aucun frais pour les abonnés, ni "
            "abonnement, ni SMS payant."]),
        "needs-table": dict(status="ok", tables=[[
            ["B1", "humain", "être alerté d'une consommation anormale", "abonnés", "150 fuites vues trop tard en 2026",
             "Must"],
            ["B2", "humain", "saisir un index sans créer de compte", "abonnés âgés", "refus des mots de passe",
             "Must"],
            ["B3", "logistique", "connaître les index déjà reçus avant la tournée", "releveurs",
             "un compteur sur six manqué", "Must"],
            ["B4", "logistique", "localiser une fuite sur la voie publique", "astreinte", "temps de recherche",
             "Should"],
            ["B5", "financier", "réduire les écrêtements", "comité syndical", "96 000 euros en 2026", "Must"],
            ["B6", "humain", "voir l'historique pendant un appel", "agentes d'accueil", "deux logiciels à ouvrir",
             "Could"]]]),
        "objectives-scope": dict(status="ok", retitle="Ce que l'on vise, et ce que l'on ne fait pas", text=[
            "Objectifs, mesurés par le syndicat à la fin de 2027 : 30 % des abonnés ont saisi au moins trois index "
            "dans l'année ; le montant des écrêtements pour fuite baisse d'au moins 40 % par rapport à 2026 ; les "
            "deuxièmes passages des releveurs baissent d'un tiers ; et une fuite signalée sur la voie publique "
            "est localisée en moins de quinze minutes par l'astreinte.",
            "Dans le périmètre : la saisie d'index par l'abonné, le graphique de consommation, les alertes par "
            "SMS ou courriel, le signalement de fuite avec photo et position, la liste de tournée des releveurs "
            "et l'export des index vers le logiciel de facturation. Hors périmètre : le paiement des factures en "
            "ligne, que la trésorerie publique gère déjà, et la télérelève par radio, trop chère pour le syndicat "
            "avant 2030.",
            "Contraintes : ouverture avant le 2 mai 2027, données hébergées en France, conformité au RGAA, aucune "
            "modification du logiciel de facturation, que l'éditeur facture très cher. Nous supposons que "
            "les deux tiers des abonnés ont donné un numéro de mobile lors de leur contrat, ce que l'accueil "
            "vérifiera en janvier."]),
        "functional-breakdown": dict(status="ok", text=[
            "Le service se découpe en six fonctions, livrées en deux versions : la première pour la relève de "
            "mai, la seconde pour l'automne, quand les alertes auront assez d'historique pour être fiables."],
            tables=[[
                ["F1", "Saisir un index", "l'abonné entre son index avec son numéro de contrat", "saisie en moins d'une minute",
                 "essentiel", "aucune", "v1", "-"],
                ["F2", "Voir sa consommation", "graphique mensuel et comparaison avec l'an passé", "lisible sur téléphone",
                 "essentiel", "faible", "v1", "F1"],
                ["F3", "Préparer la tournée", "liste des compteurs sans index récent", "zéro passage inutile",
                 "essentiel", "faible", "v1", "F1"],
                ["F4", "Exporter les index", "fichier au format du logiciel de facturation", "import sans erreur",
                 "essentiel", "aucune", "v1", "F1"],
                ["F5", "Alerter", "SMS ou courriel si la consommation double", "alerte sous 24 h",
                 "utile", "moyenne", "v2", "F2"],
                ["F6", "Signaler une fuite", "photo et position, suivi de l'intervention", "localisation en 15 min",
                 "utile", "moyenne", "v2", "-"]]]),
        "feature-tree": dict(status="placeholder"),
        "product-backlog": dict(status="ok", retitle="Backlog – version 1", tables=[[
            ["US1", "Relève", "En tant qu'abonné, je saisis mon index avec mon numéro de contrat, sans mot de "
             "passe", "Étant donné un contrat valide, quand je saisis un index supérieur au précédent, alors il "
             "est enregistré", "Must", "3", "sprint 1"],
            ["US2", "Relève", "En tant qu'abonné, je suis prévenu si mon index semble faux", "un index inférieur "
             "au précédent demande confirmation", "Must", "2", "sprint 1"],
            ["US3", "Consommation", "En tant qu'abonnée, je vois ma consommation mois par mois", "graphique des "
             "douze derniers mois, en litres par jour", "Must", "5", "sprint 2"],
            ["US4", "Tournée", "En tant que releveur, j'obtiens la liste des compteurs à visiter", "seuls les "
             "compteurs sans index depuis 60 jours", "Must", "3", "sprint 2"],
            ["US5", "Tournée", "En tant que releveur, je note un regard inaccessible", "le motif apparaît pour "
             "l'accueil", "Should", "2", "sprint 3"],
            ["US6", "Facturation", "En tant qu'agente, j'exporte les index de la semaine", "le fichier est accepté "
             "par le logiciel sans retouche", "Must", "5", "sprint 3"],
            ["US7", "Accueil", "En tant qu'agente, je saisis un index dicté au téléphone", "marqué « saisi par "
             "l'accueil »", "Must", "2", "sprint 3"]]]),
        "technical-requirements": dict(status="ok", retitle="Architecture et choix techniques", keep_bookmark=True,
                                       text=[
            "Goutte est une application web responsive, sans application mobile à installer. Nous proposons un "
            "développement en Symfony avec une base PostgreSQL : le prestataire retenu pour le site du syndicat "
            "utilise déjà ces outils, et un seul interlocuteur maintiendra les deux. Les pages sont rendues côté "
            "serveur, légères, pour fonctionner dans les villages où la 4G est faible.",
            "Pour l'hébergement, nous "
            "retenons l'offre mutualisée du syndicat départemental d'informatique, déjà utilisée par deux syndicats "
            "voisins, avec une sauvegarde chaque nuit conservée trente jours. Les alertes partent par l'API d'un "
            "opérateur de SMS et par le serveur de courriel du syndicat.",
            "L'interface avec le logiciel de facturation se limite à deux fichiers : chaque nuit, Goutte reçoit "
            "la liste des contrats actifs et le dernier index facturé ; chaque semaine, l'accueil exporte les "
            "index saisis au format d'import déjà prévu par l'éditeur. Aucun accès direct à la base de "
            "facturation n'est demandé. Le signalement de fuite enregistre la position donnée par le téléphone "
            "et une photo réduite à un mégaoctet ; la carte utilise les fonds OpenStreetMap.",
            "Les données personnelles se limitent au numéro de contrat, au téléphone ou au courriel choisi pour "
            "les alertes et aux index. Elles sont supprimées un an après la résiliation du contrat. Le code "
            "appartient au syndicat, qui pourra le partager avec d'autres régies de l'eau du département, "
            "trois d'entre elles ayant déjà posé la question lors de notre enquête."]),
        "non-functional-requirements": dict(status="ok", skip_cols=1, tables=[[
            [None, "pages rapides en 3G", "moins de 3 s par page", "mesure sur trois villages"],
            [None, "service disponible en période de relève", "99,5 % en mai et novembre", "supervision de l'hébergeur"],
            [None, "accès des agentes protégé", "double authentification", "test d'intrusion"],
            [None, "données minimales, supprimées à la résiliation", "3 champs", "registre RGPD"],
            [None, "formulaires utilisables au lecteur d'écran", "RGAA niveau AA", "audit externe"],
            [None, "téléphones de plus de cinq ans", "Android 9, iOS 14", "recette sur appareils réels"],
            [None, "pic du premier jour de relève", "500 saisies par heure", "test de charge"],
            [None, "reprise par un autre prestataire", "tests automatiques et documentation", "revue de code"]]]),
        "resources-budget": dict(status="ok", skip_cols=1, text=[
            "Les chiffres viennent de deux devis reçus en novembre et du temps des agents, compté au coût chargé "
            "du syndicat. La provision couvre surtout le risque d'un format d'export plus compliqué que prévu. Le "
            "total tient dans l'enveloppe de 60 000 euros inscrite au budget 2027, votée par le comité en octobre. Aucune licence n'est à payer, tous les outils étant libres."],
            tables=[[
                [None, "35 jours d'agents", "210 €", "7 350 €"],
                [None, "52 jours de développement", "780 €", "40 560 €"],
                [None, "SMS et hébergement, première année", "4 300 €", "4 300 €"],
                [None, "aucune licence", "-", "0 €"],
                [None, "10 %", "5 200 €", "5 200 €"],
                [None, "-", "-", "57 410 €"]]]),
        "acceptance-delivery": dict(status="thin", text=[
            "La recette est faite par les trois agentes et le panel de vingt abonnés pendant deux semaines en "
            "avril. Une story est terminée quand ses critères d'acceptation passent sur un téléphone Android et "
            "un iPhone, et que l'export est accepté par le logiciel de facturation. Nous livrons le code, la "
            "documentation et une demi-journée de formation."]),
        "glossary": dict(status="empty"),
        "anticipated-questions": dict(status="ok", tables=[[
            ["Et les abonnés sans internet ?", "ils dictent leur index à l'accueil ou continuent d'attendre le "
             "releveur", "US7"],
            ["Un abonné peut-il tricher sur son index ?", "le releveur contrôle chaque compteur au moins une fois "
             "par an", "F3"],
            ["Pourquoi pas la télérelève ?", "1,4 million d'euros de compteurs, hors de portée avant 2030",
             "périmètre"]]]),
    },
)
