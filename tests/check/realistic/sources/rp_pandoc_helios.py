from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    language="fr",
    notes="""Written in Markdown, converted by pandoc. French, numbered headings typed by hand; the rating
    scales are a table inside the method section with no heading of their own (merged); the monitoring
    section is a short paragraph under min_words (thin).""",
    title="Helios Mobilité – Politique de gestion des risques du projet RechargeGo",
    cover=["Étude de cas n°1 – Camille Ferrand – promotion 2026"],
    blocks=[
        H(1, "1. Pourquoi cette politique ?", {"policy-objectives": "ok"}),
        P("Helios Mobilité exploite 420 bornes de recharge dans les Hauts-de-France et lance RechargeGo, une "
          "application qui permet de réserver une borne, de payer à la minute et de suivre sa session en temps réel. "
          "Le projet dure neuf mois pour un budget de 780 000 euros. La présente politique couvre la conception, le "
          "développement et le déploiement de l'application sur les trois premiers départements pilotes ; elle "
          "ne couvre pas la maintenance matérielle des bornes, confiée à un prestataire. La direction accepte un "
          "dépassement de budget de 5 % au maximum et un glissement de trois semaines sur la date de lancement. "
          "Au-delà, tout risque dont le score dépasse 12 est remonté au comité de direction dans la semaine. "
          "Notre objectif est simple : qu'aucun incident de paiement ni fuite de données personnelles ne touche "
          "les 18 000 abonnés actuels pendant la bascule vers la nouvelle application."),
        H(1, "2. Comment nous avons repéré les risques", {"identification-method": "ok", "rating-scales": "ok"}),
        P("Nous avons croisé trois sources. D'abord un atelier de deux heures avec l'équipe projet (chef de projet, "
          "product owner, lead développeur, responsable exploitation et la DPO), conduit avec la méthode des post-it "
          "par catégorie : technique, juridique, financier, humain, fournisseurs. Ensuite le retour d'expérience du "
          "lancement raté de l'ancienne carte d'abonné en 2023, dont le bilan listait onze incidents. Enfin une "
          "revue des contrats avec le prestataire de paiement et l'opérateur de bornes. Chaque risque a été rédigé "
          "sous la forme cause, événement, conséquence, puis coté par deux personnes séparément ; en cas d'écart de "
          "plus d'un point, nous avons tranché en réunion. Les échelles suivantes ont servi à la cotation."),
        T([["Niveau", "Probabilité", "Coût", "Délai", "Qualité / image"],
           ["1", "moins de 10 %", "moins de 5 k€", "moins d'une semaine", "aucun client ne le remarque"],
           ["2", "10 à 30 %", "5 à 20 k€", "1 à 2 semaines", "quelques réclamations"],
           ["3", "30 à 50 %", "20 à 50 k€", "2 à 4 semaines", "avis négatifs sur les stores"],
           ["4", "50 à 80 %", "50 à 100 k€", "1 à 2 mois", "article dans la presse régionale"],
           ["5", "plus de 80 %", "plus de 100 k€", "plus de 2 mois", "sanction CNIL ou perte d'abonnés"]]),
        H(1, "3. Registre", {"risk-register": "ok"}),
        T([["ID", "Catégorie", "Risque", "Cause", "P", "I", "Score", "Indicateur", "Réponse", "Pilote", "Statut"],
           ["R1", "Technique", "Les bornes anciennes ne remontent pas l'état en temps réel", "protocole OCPP 1.5 sur 30 % du parc", "4", "4", "16", "taux de bornes muettes", "réduire", "lead dev", "ouvert"],
           ["R2", "Fournisseur", "Retard de l'API du prestataire de paiement", "équipe réduite chez le prestataire", "3", "4", "12", "jalons API manqués", "réduire", "chef de projet", "ouvert"],
           ["R3", "Juridique", "Géolocalisation conservée trop longtemps", "paramétrage par défaut des logs", "2", "5", "10", "durée de rétention mesurée", "éviter", "DPO", "ouvert"],
           ["R4", "Humain", "Départ du seul développeur mobile senior", "marché tendu à Lille", "2", "4", "8", "entretiens annuels", "transférer", "RH", "surveillé"],
           ["R5", "Financier", "Hausse du coût des SMS de validation", "nouvelle grille opérateur", "3", "2", "6", "facture mensuelle", "accepter", "contrôle de gestion", "surveillé"]]),
        H(1, "4. Cartographie des risques", {"risk-matrix": "ok"}),
        P("Placés sur la grille cinq par cinq, deux risques tombent dans la zone rouge : R1, les bornes muettes, et "
          "R2, le retard de l'API de paiement. Ils concentrent à eux deux l'essentiel de l'exposition du projet et "
          "justifient les plans détaillés de la partie 6. R3 reste en orange malgré une probabilité faible, parce "
          "qu'une sanction de la CNIL toucherait durement l'image d'Helios. R4 et R5 sont en jaune et relèvent "
          "d'un simple suivi mensuel. Après les plans de réponse, nous visons à ramener R1 et R2 au score de 6 avant le lancement."),
        T([["P \\ I", "1", "2", "3", "4", "5"],
           ["5", "", "", "", "", ""], ["4", "", "", "", "R1", ""], ["3", "", "R5", "", "R2", ""],
           ["2", "", "", "", "R4", "R3"], ["1", "", "", "", "", ""]]),
        H(1, "5. Signaux d'alerte", {"trigger-indicators": "ok"}),
        T([["Risque", "Signal", "Seuil", "Source", "Fréquence", "Qui regarde", "Si le seuil est franchi"],
           ["R1", "part des bornes sans statut depuis 15 min", "plus de 8 %", "supervision OCPP", "quotidienne", "exploitation", "bascule en mode dégradé sans réservation"],
           ["R2", "jalons API livrés à date", "un jalon manqué", "planning partagé", "hebdomadaire", "chef de projet", "escalade au directeur du prestataire"],
           ["R3", "âge des plus vieilles traces GPS", "plus de 30 jours", "requête sur la base", "mensuelle", "DPO", "purge et audit du paramétrage"]]),
        H(1, "6. Traitement des risques", {"response-strategy": "ok"}),
        P("Pour chaque risque, nous choisissons d'abord d'éviter quand une décision de conception suffit, comme pour "
          "R3 où nous ne stockons plus la position mais seulement l'identifiant de la borne. Nous réduisons quand "
          "une action préventive coûte moins que l'impact attendu : c'est le cas de R1, avec un boîtier passerelle "
          "installé sur les 126 bornes anciennes, et de R2, avec un bouchon de paiement qui permet de tester "
          "l'application sans attendre l'API réelle. Nous transférons le risque R4 par un contrat de régie avec une "
          "ESN lilloise qui peut fournir un développeur sous dix jours. Nous acceptons R5, dont l'impact reste "
          "inférieur à 3 000 euros par an. Une provision pour aléas de 46 000 euros, soit 6 % du budget, est "
          "réservée et ne peut être engagée que par le sponsor. Chaque réponse a un pilote nommé et une date ; une réponse sans pilote n'est pas une réponse. Le coût de toutes les actions préventives, 44 000 euros, reste inférieur à l'impact pondéré des deux risques rouges, que nous estimons à 120 000 euros."),
        H(2, "6.1 Plans d'action détaillés", {"response-plans": "ok"}),
        T([["Risque", "Stratégie", "Action préventive", "Plan de secours", "Coût", "Pilote", "Échéance", "Score résiduel"],
           ["R1", "réduire", "passerelle OCPP 1.6 sur les bornes anciennes", "affichage « statut inconnu » et pas de réservation", "38 k€", "lead dev", "mars", "6"],
           ["R2", "réduire", "bouchon de paiement et tests contractuels", "paiement par carte sur la borne seulement", "6 k€", "chef de projet", "février", "6"]]),
        H(1, "7. Suivi", {"monitoring-governance": "thin"}),
        P("Le registre est revu chaque lundi en réunion d'équipe et présenté au comité de pilotage mensuel. "
          "Le chef de projet le tient à jour."),
    ],
)
