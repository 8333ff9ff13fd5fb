from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="skeleton",
    language="fr",
    notes="""Held-out round 40 (h40_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: la Coopérative fromagère des Causses (Roquefort-sur-Soulzon, 38 producteurs, 2 100
    tonnes par an) remplace les commandes par téléphone et par fax de ses 420 clients restaurateurs et crémiers
    par un portail de commande en ligne. Guidance deleted everywhere. Three headings retyped by replacing their
    runs: the context "Le contexte : la coopérative et ceux qui comptent" and the functional breakdown
    "Découpage en lots" (bookmarks lost), the acceptance "Comment nous recetterons et livrerons" (the editor
    kept the bookmark). Tables filled; the feature tree still holds our prompt (placeholder); the glossary
    table left as generated (empty).""",
    cover={"company": "Coopérative fromagère des Causses", "candidate": "Mathilde Roques",
           "school": "Web School Factory"},
    sections={
        "summary": dict(status="ok", text=[
            "La coopérative vend chaque semaine du roquefort et des tommes de brebis à 420 restaurateurs et crémiers, "
            "qui commandent aujourd'hui par téléphone le lundi matin ou par fax. Deux assistantes ressaisissent tout "
            "dans l'ERP, avec 6 % d'erreurs de quantité et des appels perdus aux heures de pointe. Ce document "
            "décrit le portail de commande en ligne que la coopérative veut ouvrir en septembre 2027 : catalogue "
            "avec prix négociés par client, commande récurrente, suivi de livraison et factures téléchargeables. "
            "Il fixe les besoins, le découpage en lots, le backlog des deux premières releases, les exigences "
            "techniques et un budget de 96 000 euros, et il servira de base à la consultation des agences.",
            "Il s'adresse au conseil d'administration, qui doit valider le budget, et aux trois agences qui "
            "répondront à la consultation de février ; chacun doit pouvoir le lire sans connaître la coopérative."]),
        "context-stakeholders": dict(status="ok", retitle="Le contexte : la coopérative et ceux qui comptent", text=[
            "Fondée en 1962, la coopérative collecte le lait de 38 exploitations du Larzac et du Lévézou et affine "
            "ses fromages dans les caves de Roquefort. Le circuit court vers la restauration représente 31 % du "
            "chiffre d'affaires, soit 11 millions d'euros, et c'est le seul canal qui progresse. Les clients sont "
            "des restaurants de Montpellier à Toulouse, quelques crémiers parisiens et des épiceries fines. Ils "
            "commandent tard le dimanche soir ou tôt le lundi, souvent depuis leur cuisine, et se plaignent de ne "
            "jamais joindre personne avant 9 heures.",
            "Le conseil d'administration, présidé par un producteur, Jean-Pierre Vialette, a voté le projet en "
            "juin. La directrice commerciale, Sophie Cabanes, en est la donneuse d'ordre. Le service "
            "administration des ventes (deux assistantes) et le chef de quai seront les premiers utilisateurs "
            "internes. L'éditeur de l'ERP, Agrisoft, devra ouvrir une interface. Les commerciaux terrain craignent "
            "que le portail réduise leurs visites ; ils doivent être associés dès le début pour devenir "
            "prescripteurs auprès des restaurateurs plutôt que de freiner le projet.",
            "Enfin, les producteurs eux-mêmes regardent le projet de près : ce sont eux qui le financent par leurs "
            "parts sociales, et plusieurs craignent une dépense de plus dans une année où le prix du lait de brebis "
            "a baissé. Le président a demandé qu'un bilan chiffré leur soit présenté à l'assemblée générale de "
            "juin 2028, un an après l'ouverture, avec le nombre de commandes passées en ligne."]),
        "stakeholder-map": dict(status="ok", tables=[[
            ["Sophie Cabanes, directrice commerciale", "donneuse d'ordre", "moins d'appels, plus de commandes", "5", "5", "comité mensuel"],
            ["Assistantes ADV", "utilisatrices internes", "fin de la ressaisie", "3", "5", "ateliers et recette"],
            ["Restaurateurs clients", "utilisateurs finaux", "commander à toute heure", "4", "4", "panel de 12 clients"],
            ["Commerciaux terrain", "relais", "garder la relation client", "3", "3", "démonstrations"],
            ["Agrisoft (ERP)", "fournisseur", "interface cadrée et payée", "4", "2", "réunions techniques"]]]),
        "needs-analysis": dict(status="ok", text=[
            "Côté humain, le besoin principal est de libérer les deux assistantes de la ressaisie, qui occupe "
            "environ 60 % de leur semaine, pour qu'elles traitent les litiges et les clients nouveaux. Il faut "
            "aussi un référent interne capable de gérer le catalogue et les prix dans le portail, ce qui suppose "
            "une formation et une demi-journée par semaine. Les clients, eux, ont besoin d'un outil utilisable "
            "sur téléphone, en cuisine, avec des mains pas toujours propres : gros boutons, commande en trois "
            "touches à partir de la commande précédente.",
            "Côté logistique, les commandes doivent arriver dans l'ERP avant 11 heures pour être préparées le jour "
            "même et partir dans les tournées frigorifiques du mardi. Le portail doit connaître les jours de "
            "livraison par zone et refuser une date impossible. Côté financier, la coopérative dispose de 96 000 "
            "euros sur deux exercices, dont une subvention régionale de 30 %, et attend un retour sur "
            "investissement en trois ans par la baisse des erreurs, qui coûtent aujourd'hui environ 40 000 euros "
            "par an en avoirs et en transports supplémentaires. Les clients ne paieront rien pour l'accès.",
            "Ces besoins ont été recueillis lors de quatre ateliers avec l'ADV et le chef de quai et de douze "
            "entretiens téléphoniques avec des clients choisis pour leur diversité : grands restaurants, petites "
            "brasseries, crémiers et une épicerie fine qui commande seulement deux fois par mois."]),
        "needs-table": dict(status="ok", tables=[[
            ["B1", "humain", "supprimer la ressaisie des commandes", "ADV", "60 % du temps des assistantes", "Must"],
            ["B2", "logistique", "commandes dans l'ERP avant 11 h", "chef de quai", "départ des tournées du mardi", "Must"],
            ["B3", "humain", "commande depuis un téléphone en cuisine", "panel clients", "9 clients sur 12 commandent le dimanche soir", "Must"],
            ["B4", "financier", "budget de 96 000 euros sur deux ans", "conseil d'administration", "vote de juin", "Must"],
            ["B5", "logistique", "dates de livraison par zone", "chef de quai", "éviter les livraisons impossibles", "Should"],
            ["B6", "humain", "suivi des commandes par les commerciaux", "commerciaux", "garder le lien client", "Could"]]]),
        "objectives-scope": dict(status="ok", text=[
            "Objectifs : 60 % des commandes de la restauration passées en ligne douze mois après l'ouverture ; "
            "erreurs de quantité ramenées de 6 % à moins de 1 % ; aucune commande reçue après 11 heures perdue "
            "pour la tournée suivante. Le portail ouvre le 6 septembre 2027 pour un premier groupe de 60 clients, "
            "puis pour tous en janvier 2028.",
            "Dans le périmètre : catalogue et prix négociés, commande et recommande, choix de la date de livraison, "
            "suivi de la commande, factures et avoirs en PDF, espace commercial. Hors périmètre : le paiement en "
            "ligne (les clients paient à 30 jours par virement), la vente aux particuliers, l'application mobile "
            "native. Contraintes : l'ERP Agrisoft reste la référence des stocks et des prix, les données sont "
            "hébergées en France, et le portail doit être utilisable par des clients peu à l'aise avec le "
            "numérique. Le calendrier est serré : la coopérative refuse toute mise en service entre novembre et "
            "janvier, les mois des fêtes où les commandes doublent, et les pilotes doivent être volontaires. Toute évolution du périmètre passe par le comité mensuel."]),
        "functional-breakdown": dict(status="ok", retitle="Découpage en lots", text=[
            "Nous découpons le portail en cinq fonctions livrées en deux releases : la première permet de "
            "commander, la seconde d'accompagner la relation client."], tables=[[
            ["F1", "Catalogue client", "produits et prix négociés par client", "prix identique à l'ERP", "100 %", "aucune", "R1", "—"],
            ["F2", "Commande", "panier, recommande, date de livraison", "commande en moins de 2 min", "90 % des clients", "faible", "R1", "F1"],
            ["F3", "Suivi", "statut de préparation et de livraison", "statut à jour en 15 min", "toutes commandes", "moyenne", "R1", "F2"],
            ["F4", "Factures", "factures et avoirs en PDF", "disponible à J+1", "100 %", "moyenne", "R2", "F2"],
            ["F5", "Espace commercial", "vue des commandes par secteur", "accès en lecture", "15 commerciaux", "forte", "R2", "F3"]]]),
        "feature-tree": dict(status="placeholder"),
        "product-backlog": dict(status="ok", tables=[[
            ["US1", "Catalogue", "En tant que restaurateur, je veux voir mes prix négociés, afin de commander sans appeler", "Étant donné un client connecté, quand il ouvre le catalogue, alors il voit ses prix", "Must", "5", "R1 / S1"],
            ["US2", "Commande", "En tant que restaurateur, je veux recommander ma dernière commande, afin de gagner du temps", "Étant donné une commande passée, quand je clique sur recommander, alors le panier est rempli", "Must", "3", "R1 / S1"],
            ["US3", "Commande", "En tant que client, je veux choisir une date de livraison possible, afin d'être livré à temps", "Étant donné ma zone, quand je choisis une date, alors seules les dates de tournée sont proposées", "Must", "5", "R1 / S2"],
            ["US4", "Suivi", "En tant que client, je veux savoir où en est ma commande, afin de prévoir mon service", "Étant donné une commande préparée, quand elle part, alors je reçois un SMS", "Should", "8", "R1 / S3"],
            ["US5", "Factures", "En tant que comptable du restaurant, je veux télécharger mes factures, afin de les classer", "Étant donné une facture émise, quand je me connecte, alors je la télécharge en PDF", "Should", "3", "R2 / S4"]]]),
        "technical-requirements": dict(status="ok", text=[
            "Le portail sera une application web responsive, développée sur un framework courant (Symfony ou "
            "Laravel) pour que la coopérative puisse changer de prestataire sans tout réécrire. Il sera hébergé "
            "en France chez un hébergeur certifié HDS ou SecNumCloud, sur deux serveurs applicatifs derrière un "
            "répartiteur de charge et une base PostgreSQL répliquée. Les comptes clients sont créés à partir des "
            "fiches de l'ERP ; l'authentification se fait par courriel et mot de passe, avec un lien magique pour "
            "les clients qui oublient leurs identifiants.",
            "L'échange avec l'ERP Agrisoft passe par une API REST qu'Agrisoft s'est engagé à livrer en mars "
            "2027 : import des produits, des prix et des stocks toutes les quinze minutes, export immédiat de "
            "chaque commande validée, retour des statuts de préparation. Si l'API tombe, les commandes sont "
            "mises en file d'attente et rejouées, jamais perdues. Les factures restent produites par l'ERP et "
            "déposées en PDF dans un stockage objet. Les SMS de suivi passent par un fournisseur français. Les "
            "journaux sont conservés un an, les données clients le temps de la relation commerciale plus trois "
            "ans, comme le prévoit le registre de la coopérative.",
            "Les sauvegardes de la base sont quotidiennes, conservées trente jours et testées chaque trimestre par "
            "une restauration complète sur un serveur de secours. Le prestataire fournit un plan de reprise écrit, relu par la direction avant l'ouverture."]),
        "non-functional-requirements": dict(status="ok", skip_cols=1, tables=[[
            [None, "page catalogue affichée vite sur 4G", "moins de 2 s", "test de charge"],
            [None, "portail ouvert le dimanche soir et le lundi", "99,5 %", "supervision mensuelle"],
            [None, "comptes protégés", "mots de passe hachés, TLS 1.3", "audit externe"],
            [None, "données des clients professionnels", "registre à jour, hébergement en France", "revue du DPO"],
            [None, "lisible par tous", "niveau AA", "audit RGAA"],
            [None, "téléphones et tablettes courants", "Chrome, Safari, Firefox", "tests sur 8 appareils"],
            [None, "pic du lundi matin", "300 commandes par heure", "test de charge"],
            [None, "code repris par un autre prestataire", "documentation et tests", "revue de code"]]]),
        "resources-budget": dict(status="ok", skip_cols=1, text=[
            "Le budget couvre le développement par une agence, le temps de notre équipe et deux ans "
            "d'hébergement ; la subvention régionale de 30 % réduit la charge nette à 67 200 euros.",
            "Le temps interne correspond surtout au référent catalogue et aux assistantes pendant la recette ; "
            "les jours de prestataires couvrent le développement, l'interface avec l'ERP et la formation. La provision couvre les imprévus de l'interface Agrisoft."], tables=[[
            [None, "45 jours", "420 €", "18 900 €"],
            [None, "110 jours", "550 €", "60 500 €"],
            [None, "6 tablettes de quai", "350 €", "2 100 €"],
            [None, "24 mois", "240 €", "5 760 €"],
            [None, "forfait", "—", "8 740 €"],
            [None, "", "", "96 000 €"]]]),
        "acceptance-delivery": dict(status="ok", retitle="Comment nous recetterons et livrerons", keep_bookmark=True,
                                    text=[
            "Chaque sprint se termine par une démonstration devant l'ADV et deux clients du panel. Une user story "
            "est terminée quand ses critères d'acceptation passent sur l'environnement de recette, que les tests "
            "automatiques sont verts et que la documentation est à jour. Avant l'ouverture, nous faisons une "
            "recette complète de trois semaines avec les 60 clients pilotes et les vraies données de l'ERP ; "
            "aucune anomalie bloquante ne doit rester. L'agence livre le code, les accès et un dossier "
            "d'exploitation, puis assure trois mois de garantie.",
            "L'ouverture à tous les clients, en janvier 2028, n'est décidée que si les pilotes ont passé au moins "
            "70 % de leurs commandes en ligne pendant deux mois et si le taux d'erreur est resté sous 1 %. Sinon, "
            "nous prolongeons le pilote d'un mois et corrigeons ce qui bloque avant d'élargir."]),
        "glossary": dict(status="empty"),
        "anticipated-questions": dict(status="ok", tables=[[
            ["Et si un client ne veut pas commander en ligne ?", "Le téléphone reste ouvert ; l'ADV saisit dans le portail", "Périmètre"],
            ["Les commerciaux perdent-ils leurs clients ?", "Non, ils voient toutes les commandes de leur secteur", "F5"],
            ["Que se passe-t-il si l'ERP est en panne ?", "Les commandes attendent et sont rejouées", "Spécifications techniques"]]]),
    },
)
