from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Ostréa, a start-up of La Tremblade, sells "Ostréa Pro", a subscription app that lets oyster
    farmers of the Marennes-Oléron basin track their parks and batches, meet the health-traceability rules and sell
    directly to restaurants. Guidance deleted everywhere. Three headings retyped by replacing their runs (bookmarks
    lost): the diagnosis "Où en est l'ostréiculture charentaise ?", the marketing mix "Nos choix sur les 7 P" and the
    processes "Qui fait quoi, au quotidien". The positioning is two sentences (thin). The process map deleted with
    its heading (missing). Every table filled, the value proposition canvas included, the budget by quarter
    too.""",
    cover={"company": "Ostréa", "candidate": "Maëlle Bonnin", "school": "Web School Factory"},
    sections={
        "market-diagnosis": dict(status="ok", retitle="Où en est l'ostréiculture charentaise ?", text=[
            "Ostréa Pro est une application sur abonnement, pensée pour les ostréiculteurs. Elle remplace le cahier "
            "de parc et les tableurs : chaque lot d'huîtres est suivi depuis le captage jusqu'à l'expédition, avec "
            "ses parcs, ses dates de mise en claire et ses analyses sanitaires, et l'étiquette de traçabilité sort "
            "directement de l'application. Un second module permet de vendre en direct aux restaurants et aux "
            "poissonniers, avec une prise de commande en ligne et des tournées de livraison.",
            "Le bassin de Marennes-Oléron compte environ 450 entreprises ostréicoles, dont les trois quarts ont moins "
            "de cinq salariés. Depuis 2025, les services vétérinaires contrôlent plus souvent la traçabilité, et un "
            "lot non traçable doit être détruit. Les concurrents sont peu nombreux : un logiciel de gestion "
            "conchylicole vendu par licence, complet mais cher et installé sur un seul ordinateur, et surtout le "
            "papier, que 70 % des exploitants utilisent encore selon notre enquête auprès de 38 d'entre eux.",
            "Nos forces : une application pensée pour le téléphone, utilisable avec des gants sur le parc, et une "
            "fondatrice fille d'ostréiculteur qui connaît tout le monde. Nos faiblesses : une équipe de trois "
            "personnes et aucune référence client payante. L'opportunité est réglementaire ; la menace, qu'une "
            "coopérative choisisse un outil national pour tous ses adhérents."]),
        "commercial-objectives": dict(status="ok", text=[
            "Pour 2027, nous visons 60 exploitations abonnées au 31 décembre, soit un peu plus de 13 % du bassin, et "
            "un chiffre d'affaires récurrent de 58 000 euros sur l'année. Nous voulons aussi que 25 de ces "
            "exploitations utilisent le module de vente directe, et garder plus de 85 % des abonnés d'une année sur "
            "l'autre. Chaque objectif a son indicateur, suivi chaque mois dans un tableau partagé avec nos deux "
            "associés : le nombre d'abonnés actifs, le revenu mensuel récurrent, le nombre de commandes passées par "
            "des restaurants dans l'application, et le taux de désabonnement. Nous suivons aussi le nombre de "
            "démonstrations faites sur les parcs et la part qui se transforme en abonnement, avec une cible d'une "
            "sur trois. Un écart de plus de 20 % sur deux mois déclenche une revue du plan d'actions."]),
        "stp": dict(status="ok", text=[
            "Nous avons découpé le bassin selon deux critères : la taille de l'exploitation et la part de ses ventes "
            "faite en direct. Les petites exploitations familiales qui vendent surtout aux expéditeurs ont un besoin "
            "fort de traçabilité mais peu d'argent ; les exploitations moyennes, de cinq à quinze salariés, qui "
            "vendent déjà un tiers de leur production aux restaurants, ont les deux besoins à la fois et un budget. "
            "Les grands expéditeurs ont déjà des outils et ne sont pas notre cible. Nous choisissons comme cible "
            "principale les exploitations moyennes en vente directe, parce qu'elles paient pour les deux modules et "
            "servent de référence aux autres sur les marchés et à la criée. Les petites exploitations sont notre "
            "cible secondaire, avec une offre réduite à la traçabilité. Nous voulons être vus comme l'outil fait "
            "par et pour les gens du bassin."]),
        "segmentation": dict(status="ok", tables=[[
            ["Exploitations moyennes en vente directe", "5 à 15 salariés, un tiers des ventes aux restaurants",
             "≈ 90", "traçabilité et commandes", "5", "principale"],
            ["Petites exploitations familiales", "moins de 5 salariés, vente aux expéditeurs", "≈ 300",
             "traçabilité simple", "3", "secondaire"],
            ["Grands expéditeurs", "plus de 15 salariés, grande distribution", "≈ 40",
             "logistique et export", "1", "non"],
            ["Restaurants et poissonniers", "acheteurs dans le module de vente", "≈ 600",
             "commander sans téléphoner", "2", "non (utilisateurs gratuits)"]]]),
        "positioning": dict(status="thin", text=[
            "Pour les ostréiculteurs qui vendent en direct, Ostréa Pro est l'outil de parc qui fait la traçabilité "
            "et les commandes depuis le téléphone, contrairement au logiciel de bureau de nos concurrents. Notre "
            "différence : né sur le bassin."]),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches : suivre chaque lot du parc à l'expédition, répondre aux contrôles, livrer les restaurants",
             "Problèmes : cahiers mouillés ou perdus, lots détruits faute de traçabilité, commandes prises au "
             "téléphone en pleine marée"],
            ["Bénéfices attendus : un contrôle passé sans stress, moins de temps au bureau, des clients fidèles",
             "Produits et services : application mobile hors ligne, étiquettes imprimées, module de commandes, "
             "aide par téléphone"],
            ["Réducteurs de problèmes : saisie en trois gestes sur le parc, sauvegarde automatique, étiquette "
             "conforme en un clic",
             "Créateurs de bénéfices : restaurants qui commandent seuls la veille, tournée calculée, factures "
             "envoyées automatiquement"]]]),
        "marketing-mix": dict(status="ok", retitle="Nos choix sur les 7 P", skip_cols=1, tables=[[
            [None, "deux modules : traçabilité, vente directe", "la cible principale a les deux besoins"],
            [None, "39 € par mois, 69 € avec la vente directe, sans engagement", "moins cher qu'un salarié une "
             "heure par semaine"],
            [None, "vente directe sur les parcs, partenariat avec le comité régional conchylicole",
             "les exploitants achètent à quelqu'un qu'ils ont vu"],
            [None, "démonstrations à la criée, bouche-à-oreille, page Facebook du bassin",
             "les réseaux du bassin comptent plus que la publicité"],
            [None, "une fondatrice issue du métier, une assistance au téléphone le samedi matin",
             "les exploitants travaillent le week-end"],
            [None, "compte ouvert en dix minutes, reprise du cahier papier par nos soins",
             "personne n'a le temps de tout ressaisir"],
            [None, "étiquettes et tablette étanche fournies aux abonnés, logo sur les caisses",
             "l'outil se voit sur les marchés"]]]),
        "deployment-plan": dict(status="ok", tables=[[
            ["Démonstrations sur les parcs", "exploitations moyennes", "90 démonstrations", "terrain", "Maëlle",
             "janv. 2027", "juin 2027", "3 000 €", "démonstrations transformées"],
            ["Partenariat comité régional", "toutes", "1 convention", "réseau", "Yann", "févr. 2027",
             "avril 2027", "1 500 €", "adhérents orientés vers nous"],
            ["Stand au salon conchylicole", "exploitations moyennes et petites", "150 contacts", "événement",
             "Maëlle", "mars 2027", "mars 2027", "4 500 €", "abonnements signés"],
            ["Invitation des restaurants clients", "restaurants", "200 restaurants inscrits", "e-mail et visites",
             "Lise", "avril 2027", "sept. 2027", "2 000 €", "commandes passées dans l'application"]]]),
        "commercial-budget": dict(status="ok", skip_cols=1, tables=[[
            [None, "400 €", "600 €", "300 €", "300 €", "1 600 €"],
            [None, "500 €", "500 €", "300 €", "300 €", "1 600 €"],
            [None, "0 €", "4 500 €", "0 €", "1 000 €", "5 500 €"],
            [None, "5 000 €", "5 000 €", "5 000 €", "5 000 €", "20 000 €"],
            [None, "1 500 €", "500 €", "500 €", "500 €", "3 000 €"],
            [None, "300 €", "300 €", "300 €", "300 €", "1 200 €"],
            [None, "7 700 €", "11 400 €", "6 400 €", "7 400 €", "32 900 €"]]]),
        "project-processes": dict(status="ok", retitle="Qui fait quoi, au quotidien", text=[
            "Nous sommes trois. Maëlle Bonnin, fondatrice, dirige le déploiement et fait les démonstrations ; Yann "
            "Guillet, associé, s'occupe du produit et des partenariats ; Lise Morin, en alternance, gère "
            "l'assistance et les restaurants. Chaque lundi à 8 h, avant la marée, nous faisons un point de vingt "
            "minutes sur les prospects, les demandes des abonnés et les chiffres de la semaine.",
            "Un prospect entre dans notre CRM (HubSpot, version gratuite) dès le premier contact, sur le parc ou au "
            "salon. Maëlle le rappelle sous trois jours pour fixer une démonstration ; si l'exploitant s'abonne, "
            "Lise reprend son cahier papier dans l'application sous une semaine et lui montre les étiquettes. Toute "
            "demande d'évolution d'un abonné est notée dans un tableau, discutée le lundi et arbitrée par Yann, qui "
            "décide de ce qui entre dans la version du mois suivant. Le premier de chaque mois, Maëlle envoie aux "
            "associés les indicateurs et propose, si besoin, une correction du plan d'actions. Les décisions prises sont notées dans le même "
            "tableau, pour que chacun puisse les retrouver."]),
        "process-map": dict(status="missing"),
        "raci": dict(status="ok", tables=[[
            ["Démonstration sur le parc", "I", "A", "C", "R", "I", "I"],
            ["Reprise du cahier papier", "I", "A", "I", "I", "C", "R"],
            ["Évolution de l'application", "I", "C", "I", "C", "A", "R"],
            ["Rapport mensuel aux associés", "I", "A", "C", "R", "I", "I"]]]),
    },
)
