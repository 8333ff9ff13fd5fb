from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Page d'Or, a network of seven independent bookshops in Normandy, replaces its seven cash
    registers and paper stock books with one shared stock system and click-and-collect, live before the 2027
    Christmas season. Guidance deleted. Three headings retyped (runs replaced, bookmarks lost): the objectives
    "Pourquoi cette politique chez Page d'Or ?", the register "Nos risques, un par un" and the responses "Comment
    on répond". The student deleted the scales sub-section with its heading (the register gives notes from 1 to 5
    without saying what they mean: missing). The register, the matrix, the alert thresholds and the plans for the
    major risks are filled. The last section still holds our prompt (placeholder).""",
    cover={"company": "Librairies Page d'Or", "candidate": "Manon Lecoeur", "school": "Web School Factory"},
    sections={
        "policy-objectives": dict(status="ok", retitle="Pourquoi cette politique chez Page d'Or ?", text=[
            "Page d'Or réunit sept librairies indépendantes, de Caen à Honfleur, qui tiennent encore leur stock sur "
            "des logiciels de caisse différents et des cahiers. Le projet Stock Commun installe un seul logiciel de "
            "gestion partagé, relie les sept caisses et ouvre la réservation en ligne avec retrait en magasin. Le "
            "budget est de 96 000 €, financé pour moitié par l'aide régionale au commerce indépendant, et la mise "
            "en service doit avoir lieu au plus tard le 15 septembre 2027, avant la rentrée littéraire et les "
            "fêtes, qui font 38 % du chiffre d'affaires de l'année.",
            "Cette politique protège d'abord la saison de Noël : aucune librairie ne doit se retrouver sans caisse "
            "ou sans stock fiable entre novembre et janvier. Elle protège ensuite le budget et les données des "
            "9 400 clients du fichier de fidélité. Nous acceptons les petits retards sur les fonctions "
            "secondaires, mais tout risque dont le score atteint 12 doit avoir une action préventive décidée et un "
            "plan de secours écrit avant le lancement. Le périmètre couvre le logiciel, la reprise des données, le "
            "matériel et la formation des 21 libraires ; le site vitrine, refait par une agence, en est exclu."]),
        "identification-method": dict(status="ok", text=[
            "Nous avons cherché les risques de trois façons. D'abord, une matinée de travail le 4 novembre avec "
            "les sept gérants, le prestataire du logiciel et la chargée de mission de la Région : chacun a écrit "
            "sur des post-it ce qui pouvait faire échouer le projet, puis nous les avons regroupés. Ensuite, nous "
            "avons repris le planning lot par lot (matériel, reprise des fiches, paramétrage, formation, "
            "ouverture du retrait en magasin) en posant pour chaque lot la question : qu'est-ce qui arrive si ce "
            "lot prend un mois de retard ? Enfin, nous avons appelé deux réseaux de librairies qui ont fait la "
            "même migration, à Rennes et à Amiens, pour connaître les problèmes qu'ils n'avaient pas prévus.",
            "Chaque risque a reçu une note de probabilité et une note d'impact de 1 à 5, discutées à deux gérants "
            "et à moi-même ; le score est le produit des deux. Nous avons gardé six risques, les autres étant trop "
            "faibles ou hors de notre main."]),
        "rating-scales": dict(status="missing"),
        "risk-register": dict(status="ok", retitle="Nos risques, un par un", tables=[[
            ["R1", "Données", "Reprise des fiches articles incomplète", "Sept formats de fichiers différents",
             "4", "4", "16", "Moins de 98 % des ISBN repris au test", "Réduire", "Prestataire", "Ouvert"],
            ["R2", "Planning", "Livraison tardive des caisses", "Pénurie de terminaux chez le fournisseur", "3", "4",
             "12", "Pas de date ferme au 1er juin", "Réduire", "Manon", "Ouvert"],
            ["R3", "Humain", "Libraires qui contournent le nouvel outil", "Habitude des cahiers, peur de l'écran",
             "3", "3", "9", "Plus de 10 % de ventes saisies à la main", "Réduire", "Gérants", "Ouvert"],
            ["R4", "Juridique", "Fuite du fichier de fidélité", "Export mal protégé lors de la migration", "2", "5",
             "10", "Export sans chiffrement détecté", "Éviter", "Prestataire", "Ouvert"],
            ["R5", "Financier", "Aide régionale versée en retard", "Dossier incomplet", "2", "3", "6",
             "Accusé de réception absent à J+30", "Accepter", "Trésorière", "Suivi"],
            ["R6", "Technique", "Coupure internet dans une boutique", "Zones rurales mal couvertes", "3", "4", "12",
             "Plus de deux coupures par mois", "Transférer", "Manon", "Ouvert"]]]),
        "risk-matrix": dict(status="ok", text=[
            "La grille montre que nos trois risques les plus lourds tiennent tous au lancement : la reprise des "
            "données, la livraison des caisses et la connexion des boutiques. Ils sont dans la zone rouge ou juste "
            "à sa limite, et ce sont eux qui ont un plan de secours. Le contournement de l'outil par les libraires "
            "est moins grave sur le papier, mais il peut ruiner la fiabilité du stock sans bruit : nous le suivons "
            "chaque semaine. Aucun risque n'est à la fois très probable et très grave, ce qui confirme que le "
            "projet reste faisable dans le délai."],
            tables=[[
                [None, None, None, None, None, None],
                [None, None, None, None, "R1", None],
                [None, None, None, "R3", "R2, R6", None],
                [None, None, None, "R5", None, "R4"],
                [None, None, None, None, None, None]]]),
        "trigger-indicators": dict(status="ok", tables=[[
            ["R1", "Part des ISBN repris sans erreur", "98 %", "Rapport du test de reprise", "À chaque test",
             "Prestataire", "Reprise manuelle des rayons manquants"],
            ["R2", "Date de livraison confirmée", "1er juin 2027", "Bon de commande", "Chaque semaine", "Manon",
             "Location de terminaux"],
            ["R3", "Ventes saisies hors outil", "10 %", "Journal des caisses", "Chaque semaine", "Gérants",
             "Binôme de formation en boutique"],
            ["R6", "Coupures internet par boutique", "2 par mois", "Box et caisse", "Chaque mois", "Manon",
             "Clé 4G de secours"]]]),
        "response-strategy": dict(status="ok", retitle="Comment on répond", text=[
            "Pour chaque risque, nous avons choisi la réponse la moins chère qui ramène le score sous 12. La "
            "fuite du fichier de fidélité, trop grave pour être acceptée, est évitée : aucune donnée client ne "
            "quitte les serveurs du prestataire pendant la migration, et nous avons ajouté cette clause au "
            "contrat. Les risques de planning et de données sont réduits par des actions menées dès maintenant : "
            "un test de reprise sur la boutique de Bayeux en avril, une commande des caisses ferme dès février. La "
            "coupure internet est en partie transférée à l'opérateur, avec un contrat de rétablissement en quatre "
            "heures, et en partie réduite par une clé 4G dans chaque boutique. Le retard de l'aide régionale est "
            "accepté : la trésorerie du réseau peut l'avancer pendant trois mois.",
            "Nous gardons une réserve pour imprévus de 7 000 €, soit un peu plus de 7 % du budget. Elle ne peut "
            "être engagée que par le comité de pilotage, sur l'un des risques du registre, et chaque dépense est "
            "notée dans le compte rendu du comité avec le risque qu'elle traite."]),
        "response-plans": dict(status="ok", tables=[[
            ["R1", "Réduire", "Test de reprise complet à Bayeux en avril", "Saisie manuelle des rayons manquants "
             "par deux intérimaires", "2 400 €", "Prestataire", "30 avril 2027", "8"],
            ["R2", "Réduire", "Commande ferme des caisses en février", "Location de terminaux pour trois mois",
             "1 800 €", "Manon", "1er juin 2027", "6"],
            ["R6", "Transférer", "Contrat de rétablissement en 4 h", "Clé 4G et mode hors ligne de la caisse",
             "900 €", "Manon", "1er septembre 2027", "6"]]]),
        "monitoring-governance": dict(status="placeholder"),
    },
)
