from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc: Cimes Location, five ski-rental shops in the Tarentaise, launches online booking with pick-up in
    heated lockers for the 2027 winter. Numbered headings written in the text, a risk register table. The
    mapping section is a numbered heading with nothing under it (empty); the monitoring and governance part was
    never written (missing).""",
    missing=["monitoring-governance"],
    title="Cimes Location – Politique de gestion des risques du projet « Casier Express »",
    cover=["Étude de cas 1 – Léa Perrin, novembre 2026"],
    blocks=[
        H(1, "1. Pourquoi une politique des risques ?", {"policy-objectives": "ok"}),
        P("Cimes Location loue chaque hiver environ 31 000 paires de skis dans ses cinq magasins de Val Thorens, "
          "Méribel et Courchevel. Le projet Casier Express permet aux clients de réserver leur matériel en ligne, "
          "de le faire régler à distance puis de le retirer dans un casier chauffé ouvert jour et nuit. "
          "L'investissement atteint 420 000 € et la saison ne dure que vingt semaines : une panne pendant les "
          "vacances de février coûterait plus que toute l'année d'étude."),
        P("Cette politique fixe ce que nous voulons protéger : le chiffre d'affaires des semaines de pointe, la "
          "sécurité des clients, dont les fixations doivent être réglées correctement, et la réputation de la "
          "marque sur les plateformes d'avis. Elle couvre le projet de sa conception jusqu'à la fin de la "
          "première saison, dans les cinq magasins, et laisse de côté la location de vélos d'été, gérée à part. "
          "Elle s'adresse au comité de projet, aux chefs de magasin et au prestataire des casiers."),
        H(1, "2. Méthode : trois ateliers et l'historique des saisons", {"identification-method": "ok"}),
        P("Nous avons réuni trois ateliers d'une demi-journée en octobre : un avec les cinq chefs de magasin, un "
          "avec les skimen qui règlent les fixations, un avec le fournisseur des casiers et notre développeur web. "
          "Chaque participant notait sur des post-it ce qui pourrait empêcher un client de trouver ses skis prêts "
          "à l'heure, puis nous regroupions les idées par famille : technique, humaine, juridique, météo et "
          "fournisseurs."),
        P("Nous avons aussi relu les incidents des trois dernières saisons, notés dans le cahier de chaque magasin : "
          "coupures d'électricité, retards de livraison, litiges sur les dégâts. Chaque risque retenu a ensuite "
          "été noté en probabilité et en impact par deux personnes séparément, puis la note commune a été "
          "discutée quand elles différaient de plus d'un point. "
          "Enfin, le prestataire des casiers nous a transmis la liste des pannes relevées dans deux autres "
          "stations équipées de son matériel, ce qui nous a permis de noter la probabilité des risques techniques "
          "sur des chiffres plutôt que sur des impressions."),
        H(2, "2.1 Barèmes", {"rating-scales": "ok"}),
        T([["Note", "Probabilité", "Impact"],
           ["1", "moins d'une fois en dix saisons", "gêne sans perte, réglée dans la journée"],
           ["2", "une fois en cinq saisons", "perte inférieure à 5 000 €"],
           ["3", "une fois en deux saisons", "perte de 5 000 à 30 000 € ou avis négatifs en série"],
           ["4", "au moins une fois par saison", "perte supérieure à 30 000 € ou client blessé"]]),
        H(1, "3. Le registre (neuf risques)", {"risk-register": "ok"}),
        T([["N°", "Risque", "Cause", "P", "I", "Score", "Responsable"],
           ["R1", "Casiers en panne un samedi de février", "coupure réseau ou électricité", "3", "4", "12",
            "prestataire casiers"],
           ["R2", "Skis mal réglés remis en casier", "réglage fait sans le client", "2", "4", "8", "chef skiman"],
           ["R3", "Surréservation en semaine de vacances", "stock mal synchronisé", "3", "3", "9", "développeur"],
           ["R4", "Fraude au code de casier", "code transmis par SMS intercepté", "2", "2", "4", "développeur"],
           ["R5", "Clients perdus devant l'écran", "parcours trop long", "3", "2", "6", "chef de magasin"],
           ["R6", "Retard de pose des casiers", "livraison en décembre", "2", "4", "8", "chef de projet"],
           ["R7", "Neige tardive", "ouverture des pistes repoussée", "2", "3", "6", "direction"],
           ["R8", "Non-conformité RGPD", "données de pointure et de poids", "1", "3", "3", "chef de projet"],
           ["R9", "Départ d'un skiman formé", "saisonniers recrutés tard", "3", "2", "6", "direction"]]),
        H(1, "4. Cartographie probabilité / impact", {"risk-matrix": "empty"}),
        H(1, "5. Quels signaux surveiller ?", {"trigger-indicators": "ok"}),
        T([["Risque", "Indicateur", "Seuil d'alerte", "Source"],
           ["R1", "casiers hors ligne plus de 10 minutes", "2 casiers en même temps", "supervision du prestataire"],
           ["R3", "écart entre stock en ligne et stock réel", "plus de 3 paires par magasin", "inventaire du soir"],
           ["R5", "abandons sur la page de paiement", "plus de 25 % sur une journée", "statistiques du site"],
           ["R6", "date de livraison confirmée", "après le 1er décembre", "courriel du fournisseur"],
           ["R9", "postes de skiman non pourvus au 15 novembre", "plus d'un poste", "planning RH"]]),
        H(1, "6. Nos réponses", {"response-strategy": "ok"}),
        P("Pour chaque risque nous avons choisi entre réduire, transférer, accepter ou éviter. Les risques qui "
          "menacent la sécurité des clients ne sont jamais acceptés : un ski mal réglé ne doit pas quitter le "
          "magasin, quitte à perdre la réservation. Les pannes techniques sont en partie transférées au "
          "prestataire par un contrat avec pénalités, et réduites par un plan de secours manuel. La neige "
          "tardive est acceptée : nous ne pouvons rien contre elle et nos conditions de vente prévoient déjà "
          "le report."),
        P("Nous avons préféré des mesures simples, que les chefs de magasin appliquent sans appeler le siège : "
          "un classeur rouge dans chaque boutique décrit quoi faire si les casiers tombent, qui appeler et "
          "comment servir les clients au comptoir. Les dépenses de prévention restent sous 18 000 €, soit "
          "moins de 5 % de l'investissement, ce qui nous paraît proportionné au risque R1, le seul noté 12. "
          "Les risques notés 8 ou plus ont un plan détaillé ci-dessous ; les autres sont suivis par leur "
          "responsable, qui les revoit chaque mois avec le chef de projet et peut demander un budget si la note "
          "augmente en cours de saison."),
        H(2, "6.1 Plans pour les risques majeurs", {"response-plans": "ok"}),
        T([["Risque", "Stratégie", "Actions", "Échéance", "Coût"],
           ["R1", "réduire et transférer", "onduleur et routeur 4G dans chaque casier ; pénalité de 500 € par heure "
            "de panne dans le contrat", "30 novembre 2026", "9 500 €"],
           ["R3", "réduire", "synchronisation du stock toutes les cinq minutes ; marge de 5 % non vendue en ligne",
            "15 décembre 2026", "3 000 €"],
           ["R2", "éviter", "contrôle du réglage par un second skiman avant fermeture du casier",
            "dès l'ouverture", "temps de travail"],
           ["R6", "réduire", "commande ferme en juillet ; casiers provisoires loués en cas de retard",
            "juillet 2026", "5 500 €"]]),
    ],
)
