from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="skeleton",
    language="fr",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Cantoche, the school-catering service of the Communauté de communes du Val de Sèvre (14
    school canteens, 2,100 meals a day), wants a web and mobile service for parents to book and cancel meals and
    pay online, replacing paper coupons. Guidance deleted everywhere. Headings retyped by replacing their runs
    (bookmarks lost): the summary "En deux mots", the needs "De quoi a-t-on besoin ?", the backlog "Backlog V1 –
    les stories des parents" and the acceptance "Comment on recette"; the technical part retyped as "Architecture
    et hébergement" keeping its bookmark. The scope written in four short sentences (thin); the feature tree
    deleted with its heading (missing); every table filled, the non-functional and budget tables beside our row
    labels.""",
    cover={"company": "Communauté de communes du Val de Sèvre – service Cantoche", "candidate": "Romain Bessière",
           "school": "Web School Factory"},
    sections={
        "summary": dict(status="ok", retitle="En deux mots", text=[
            "Le service de restauration scolaire du Val de Sèvre, que tout le monde appelle Cantoche, sert 2 100 "
            "repas par jour dans 14 cantines d'écoles primaires. Les familles achètent aujourd'hui des carnets de "
            "tickets papier en mairie, les déposent chaque lundi dans une boîte à l'école, et les agents "
            "recomptent tout à la main pour passer commande à la cuisine centrale. Résultat : 9 % de repas jetés "
            "parce que les absences ne sont pas signalées, et des files d'attente en mairie chaque début de mois.",
            "Ce document décrit un service en ligne, sur le web et sur téléphone, qui permet aux parents de "
            "réserver ou d'annuler un repas jusqu'à la veille 10 heures, de payer par carte ou prélèvement, et qui "
            "transmet chaque matin les effectifs à la cuisine. Il fixe les besoins, le périmètre, le backlog de la "
            "première version, les exigences techniques et le budget, estimé à 148 000 euros, pour une mise en "
            "service à la rentrée de septembre 2027."]),
        "context-stakeholders": dict(status="ok", text=[
            "La communauté de communes regroupe onze communes et 28 000 habitants au sud de Niort. Depuis 2019, "
            "elle gère la restauration scolaire à la place des mairies : une cuisine centrale à La Crèche prépare "
            "les repas en liaison chaude et les livre en camion dans les 14 écoles avant 11 h 30. Le service "
            "compte 42 agents, dont 30 à temps partiel dans les écoles, et un budget annuel de 3,1 millions "
            "d'euros, dont un tiers payé par les familles selon leur quotient familial.",
            "Le projet est porté par la directrice du service, Mme Pelletier, et voté par le conseil "
            "communautaire en juin 2026. Il touche beaucoup de monde : les 1 650 familles, qui veulent surtout "
            "pouvoir annuler un repas quand un enfant est malade ; les agents des écoles, qui passent une heure "
            "par jour à compter ; le chef de la cuisine centrale, qui commande ses denrées trois jours à l'avance "
            "sans chiffres fiables ; le trésor public, qui encaisse les paiements ; et les directeurs d'école, "
            "qui ne veulent pas d'une tâche de plus. Les familles sans ordinateur ou peu à l'aise avec le "
            "numérique, environ 12 % selon l'enquête de la mairie de Chauray, devront pouvoir continuer à "
            "réserver à l'accueil des mairies.",
            "Le service informatique de la communauté, deux personnes, sera chargé du raccordement aux logiciels existants ; il a prévenu qu'il ne pourrait pas y consacrer plus de trente jours sur l'année."]),
        "stakeholder-map": dict(status="ok", tables=[[
            ["Familles", "utilisatrices principales", "réserver et annuler simplement", "3", "5", "tests des maquettes, enquête"],
            ["Agents des écoles", "pointage des enfants", "moins de comptage", "3", "4", "ateliers, formation"],
            ["Chef de cuisine", "reçoit les effectifs", "chiffres fiables à J-2", "2", "5", "revue de sprint"],
            ["Trésorerie", "encaissement", "paiements conformes", "4", "2", "validation du module paiement"],
            ["Élus", "financeurs", "moins de gaspillage, image", "5", "3", "comité de pilotage"]]]),
        "needs-analysis": dict(status="ok", retitle="De quoi a-t-on besoin ?", text=[
            "Côté humain, le service n'a personne pour conduire un projet numérique : la directrice y consacrera "
            "un jour par semaine, et nous proposons de recruter pour dix-huit mois une cheffe de projet à mi-temps, "
            "partagée avec le service informatique de la communauté. Les agents des écoles devront apprendre à "
            "pointer les enfants sur une tablette, ce qui suppose deux demi-journées de formation pour trente "
            "personnes, pendant les vacances de printemps pour ne pas désorganiser les services.",
            "Côté logistique, chaque cantine a besoin d'une tablette avec une connexion mobile, car quatre écoles "
            "n'ont pas de Wi-Fi dans le réfectoire. Les mairies doivent garder un point d'accueil pour les "
            "familles qui ne réservent pas en ligne, avec un ordinateur dédié. La cuisine centrale doit recevoir "
            "les effectifs dans son logiciel de commande de denrées, qui sait importer un fichier tous les matins.",
            "Côté financier, l'investissement comprend le développement ou l'achat d'une solution, les tablettes, "
            "la reprise des fichiers de familles et la formation. Le fonctionnement annuel, hébergement, "
            "maintenance et frais bancaires, doit rester sous 25 000 euros, ce qui est couvert si le gaspillage "
            "baisse de moitié : un repas jeté coûte 4,10 euros et nous en jetons environ 34 000 par an.",
            "Ces besoins ont été recueillis lors de trois ateliers en octobre, avec des agents, des parents d'élèves élus et le chef de cuisine, puis validés par la directrice."]),
        "needs-table": dict(status="ok", tables=[[
            ["B1", "humain", "Cheffe de projet à mi-temps", "directrice", "personne ne pilote aujourd'hui", "Must"],
            ["B2", "logistique", "Une tablette connectée par cantine", "agents", "pointage sans papier", "Must"],
            ["B3", "financier", "Paiement en ligne par carte et prélèvement", "familles", "fin des carnets en mairie", "Must"],
            ["B4", "logistique", "Poste d'accueil en mairie", "élus", "familles sans accès numérique", "Should"],
            ["B5", "humain", "Formation des agents", "agents", "nouvel outil de pointage", "Must"]]]),
        "objectives-scope": dict(status="thin", text=[
            "Objectif : moins de 4 % de repas jetés à la fin de l'année scolaire 2027-2028. Le service couvre la "
            "réservation, l'annulation, le paiement et le pointage dans les 14 écoles. L'accueil périscolaire "
            "n'est pas inclus. Contrainte : tout doit fonctionner à la rentrée de septembre 2027."]),
        "functional-breakdown": dict(status="ok", text=[
            "Nous avons découpé le service en cinq fonctions, livrées en deux lots : ce qui est indispensable à "
            "la rentrée, puis ce qui peut attendre les vacances de la Toussaint."], tables=[[
            ["F1", "Compte famille", "inscription, enfants, quotient", "compte créé en moins de 5 minutes", "essentiel", "faible", "lot 1", "—"],
            ["F2", "Réservation", "calendrier des repas par enfant", "annulation possible jusqu'à J-1 10 h", "essentiel", "nulle", "lot 1", "F1"],
            ["F3", "Paiement", "carte, prélèvement mensuel", "paiement accepté par la trésorerie", "essentiel", "faible", "lot 1", "F1"],
            ["F4", "Pointage", "liste des inscrits sur tablette", "pointage d'une classe en 2 minutes", "important", "moyenne", "lot 1", "F2"],
            ["F5", "Effectifs cuisine", "export quotidien vers la cuisine", "fichier reçu avant 10 h 30", "important", "moyenne", "lot 2", "F2"]]]),
        "feature-tree": dict(status="missing"),
        "product-backlog": dict(status="ok", retitle="Backlog V1 – les stories des parents", tables=[[
            ["US1", "Compte", "En tant que parent, je veux créer mon compte avec mon numéro d'allocataire afin que mon tarif soit calculé seul",
             "Étant donné un numéro valide, quand je valide, alors mon tarif s'affiche", "Must", "5", "sprint 1"],
            ["US2", "Réservation", "En tant que parent, je veux réserver les repas du mois en un clic afin de ne pas y penser chaque semaine",
             "Étant donné un mois ouvert, quand je coche « tout le mois », alors tous les jours d'école sont réservés", "Must", "3", "sprint 1"],
            ["US3", "Réservation", "En tant que parent, je veux annuler le repas d'un enfant malade afin de ne pas le payer",
             "Étant donné la veille avant 10 h, quand j'annule, alors le repas n'est pas facturé", "Must", "3", "sprint 2"],
            ["US4", "Paiement", "En tant que parent, je veux payer par prélèvement afin de ne plus aller en mairie",
             "Étant donné un mandat signé, quand le mois se termine, alors je suis prélevé du montant exact", "Must", "8", "sprint 3"],
            ["US5", "Pointage", "En tant qu'agent, je veux voir la liste des enfants inscrits du jour afin de les pointer à l'entrée",
             "Étant donné la tablette de l'école, quand j'ouvre le jour, alors la liste est à jour de 10 h la veille", "Should", "5", "sprint 3"]]]),
        "technical-requirements": dict(status="ok", retitle="Architecture et hébergement", keep_bookmark=True, text=[
            "Après avoir comparé un développement sur mesure et trois logiciels du marché, nous retenons une "
            "solution du marché déjà utilisée par une quarantaine de collectivités, paramétrée pour nos règles, "
            "plutôt qu'un développement : le budget et le délai ne permettent pas de tout construire. L'éditeur "
            "héberge la solution chez un hébergeur français certifié pour les données de santé et les données "
            "d'enfants, ce que notre délégué à la protection des données a exigé.",
            "Le service comprend un site web adapté au téléphone pour les parents, une application de pointage "
            "sur tablette qui fonctionne hors connexion et se synchronise dès que le réseau revient, et un "
            "back-office pour les agents du service. Trois interfaces sont nécessaires : l'import des quotients "
            "familiaux depuis le fichier de la CAF transmis chaque trimestre, l'export quotidien des effectifs "
            "vers le logiciel de la cuisine centrale au format CSV, et l'envoi des titres de recette au logiciel "
            "de comptabilité de la communauté, qui les transmet à la trésorerie.",
            "Les données stockées se limitent au nom des parents et des enfants, à l'école, au quotient et aux "
            "allergies déclarées, ces dernières visibles uniquement des agents de l'école concernée. Elles sont "
            "supprimées deux ans après le départ de l'enfant. Les connexions des parents passent par un mot de "
            "passe ou par FranceConnect.",
            "Un test d'intrusion est prévu avant l'ouverture, aux frais de l'éditeur."]),
        "non-functional-requirements": dict(status="ok", skip_cols=1, tables=[[
            [None, "pages rapides sur téléphone", "moins de 2 s en 4G", "test sur trois téléphones"],
            [None, "service ouvert en continu", "99,5 % hors maintenance", "rapport mensuel de l'éditeur"],
            [None, "comptes protégés", "double authentification pour les agents", "audit avant ouverture"],
            [None, "données minimales, durée limitée", "suppression à deux ans", "registre du DPO"],
            [None, "site lisible par tous", "RGAA niveau AA", "audit par un tiers"],
            [None, "téléphones et tablettes courants", "Android 10 et iOS 15 au minimum", "recette sur appareils réels"],
            [None, "pic de la rentrée", "1 650 familles le même soir", "test de charge"],
            [None, "mises à jour sans coupure", "pendant les vacances", "calendrier de l'éditeur"]]]),
        "resources-budget": dict(status="ok", skip_cols=1, text=[
            "Les montants viennent du devis de l'éditeur retenu et du prix des tablettes au marché public de la "
            "région ; la provision couvre surtout la reprise des fichiers de familles, souvent incomplets. Les jours internes sont ceux de la "
            "cheffe de projet et du service informatique ; les jours externes couvrent le paramétrage, les "
            "interfaces et la formation assurés par l'éditeur. Le fonctionnement des années "
            "suivantes, environ 21 000 euros par an, n'est pas compté ici."],
            tables=[[
                [None, "160 jours", "350 €", "56 000 €"],
                [None, "90 jours", "620 €", "55 800 €"],
                [None, "14 tablettes et 3 postes", "—", "8 600 €"],
                [None, "première année", "—", "14 200 €"],
                [None, "", "", "13 400 €"],
                [None, "", "", "148 000 €"]]]),
        "acceptance-delivery": dict(status="ok", retitle="Comment on recette", text=[
            "Chaque story est recettée à la fin de son sprint par la directrice et deux parents volontaires, sur "
            "leurs propres téléphones, avec les critères écrits dans le backlog. Une story est terminée quand ses "
            "critères passent, qu'elle a été testée sur Android et sur iPhone, que l'aide en ligne est à jour et "
            "que la trésorerie a validé tout ce qui touche au paiement.",
            "Avant l'ouverture, nous faisons une répétition générale en juin dans deux écoles pilotes, Chauray et "
            "Aiffres, pendant trois semaines : les parents réservent en ligne et les agents pointent sur tablette, "
            "en gardant les tickets papier en secours. La livraison finale est prononcée par le comité de pilotage "
            "si moins de 2 % des pointages sont faux et si aucun paiement n'est perdu.",
            "Après l'ouverture, l'éditeur corrige sans frais les anomalies bloquantes sous 48 heures pendant trois mois."]),
        "glossary": dict(status="ok", tables=[[
            ["Quotient familial", "revenu de la famille divisé par ses parts, qui fixe le prix du repas"],
            ["Liaison chaude", "repas cuisinés le matin et livrés chauds aux écoles"],
            ["Titre de recette", "document comptable qui autorise la trésorerie à encaisser"]]]),
        "anticipated-questions": dict(status="ok", tables=[[
            ["Que fait une famille sans internet ?", "elle réserve à l'accueil de sa mairie, comme aujourd'hui", "besoin B4"],
            ["Pourquoi ne pas développer nous-mêmes ?", "délai et budget trop courts pour la rentrée 2027", "architecture"],
            ["Et si la tablette tombe en panne ?", "liste papier imprimée chaque matin en secours", "exigences non fonctionnelles"]]]),
    },
)
