from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French: Coutellerie Daubrac, a family cutlery maker in Thiers (23 people), launches an online shop with knives
    engraved to order. Shortened and question headings ("Méthode", "Registre", "Quels signaux d'alerte ?"); the
    scales are a bold Normal paragraph ("2.1 Échelles utilisées"); the matrix is a table with the risk codes in its
    cells; the responses are split over two headings ("6. Comment réagir ?" and "6 bis. Éviter, réduire, transférer,
    accepter"); the monitoring part holds three sentences (thin); a glossary appendix of the authors' own.""",
    title="Coutellerie Daubrac – Politique de gestion des risques du projet « Daubrac en ligne »",
    cover=["Étude de cas 1", "Rédigé par Louise Faure et Antonin Rigal", "Version du 30 novembre 2026"],
    blocks=[
        H(1, "1. Pourquoi cette politique ?", {"policy-objectives": "ok"}),
        P("La Coutellerie Daubrac fabrique à Thiers depuis 1931 des couteaux de poche et de table vendus surtout "
          "chez des détaillants. En mars 2027, elle ouvre sa propre boutique en ligne avec un service de gravure "
          "du manche et de la lame à la demande, porté par un graveur laser acheté 48 000 euros. Le projet vise "
          "900 000 euros de ventes en ligne la troisième année, soit un quart du chiffre d'affaires actuel."),
        P("Cette politique dit comment l'équipe repère, note, surveille et traite ce qui peut faire échouer ce "
          "lancement. Elle couvre la boutique, la gravure, la logistique des colis et les relations avec les "
          "détaillants, de la phase de construction jusqu'à la fin de la première année de ventes. Elle ne "
          "couvre pas l'atelier de forge, qui a déjà son propre document unique de sécurité. Son but est simple : "
          "qu'aucun problème prévisible ne surprenne la direction, et que chaque risque important ait un "
          "responsable nommé et une réponse décidée avant qu'il ne se produise."),
        H(1, "2. Méthode", {"identification-method": "ok"}),
        P("Nous avons repéré les risques en trois temps. D'abord, un atelier de deux heures avec les huit "
          "personnes concernées (direction, atelier, gravure, commercial, comptabilité) : chacun a écrit sur des "
          "post-it ce qui l'inquiétait, sans discussion, puis nous avons regroupé les idées. Ensuite, nous avons "
          "interrogé deux couteliers de Thiers qui vendent déjà en ligne, et le transporteur, sur leurs "
          "incidents des deux dernières années. Enfin, nous avons relu le plan de projet étape par étape en "
          "nous demandant, pour chacune, ce qui pourrait la retarder ou la renchérir."),
        P("Chaque risque retenu a été noté en probabilité et en impact sur quatre niveaux, par deux personnes "
          "séparément, puis la note a été discutée quand elles divergeaient. Les risques cités par une seule personne ont été "
          "gardés s'ils avaient un impact fort : un risque rare mais grave mérite sa ligne. Le registre sera "
          "revu chaque mois et complété dès qu'un incident ou un retour client en fait apparaître un nouveau."),
        B("2.1 Échelles utilisées", {"rating-scales": "ok"}),
        T([["Niveau", "Probabilité", "Impact"],
           ["1", "moins d'une chance sur dix pendant le projet", "retard de moins d'une semaine ou coût sous 2 000 €"],
           ["2", "une chance sur dix à une sur trois", "retard d'un mois ou coût jusqu'à 10 000 €"],
           ["3", "une chance sur trois à deux sur trois", "ouverture décalée ou coût jusqu'à 40 000 €"],
           ["4", "plus de deux chances sur trois", "image de la marque atteinte ou coût au-delà de 40 000 €"]]),
        H(1, "3. Registre", {"risk-register": "ok"}),
        T([["Code", "Risque", "Cause", "P", "I", "Score", "Responsable"],
           ["R1", "graveur laser en panne en pleine période de Noël", "machine unique, pièces venues d'Allemagne", "2", "4", "8", "chef d'atelier"],
           ["R2", "erreur de gravure sur un prénom", "saisie client mal relue", "3", "2", "6", "responsable gravure"],
           ["R3", "détaillants fâchés par nos prix en ligne", "prix publics plus bas qu'en boutique", "3", "3", "9", "directeur commercial"],
           ["R4", "colis bloqués : couteaux interdits à l'envoi vers certains pays", "règles douanières sur les lames", "2", "3", "6", "logistique"],
           ["R5", "trafic insuffisant sur la boutique", "marque connue des détaillants, pas du public", "3", "3", "9", "marketing"],
           ["R6", "fraude à la carte bancaire", "commandes de valeur élevée", "2", "2", "4", "comptabilité"],
           ["R7", "retard de l'agence web", "une seule développeuse sur le projet", "3", "3", "9", "cheffe de projet"]]),
        H(1, "4. Matrice P × I", {"risk-matrix": "ok"}),
        P("Nous plaçons chaque risque du registre dans la grille selon sa probabilité (lignes) et son impact "
          "(colonnes). Les cases dont le score atteint 9 ou plus sont rouges : elles demandent un plan écrit "
          "et un suivi chaque semaine. Entre 6 et 8, orange : un responsable surveille ses signaux d'alerte. "
          "En dessous, vert : on accepte et on revoit le risque chaque mois. Trois risques sont rouges : les "
          "détaillants, le trafic et le retard de l'agence, ce qui montre que nos vraies menaces sont "
          "commerciales et de calendrier, plus que techniques."),
        T([["Probabilité \\ Impact", "1", "2", "3", "4"],
           ["4", "", "", "", ""],
           ["3", "", "R2", "R3, R5, R7", ""],
           ["2", "", "R6", "R4", "R1"],
           ["1", "", "", "", ""]]),
        H(1, "5. Quels signaux d'alerte ?", {"trigger-indicators": "ok"}),
        T([["Risque", "Signal suivi", "Seuil de déclenchement", "Qui regarde, quand"],
           ["R1", "heures de fonctionnement du laser et alertes machine", "plus de 2 arrêts non prévus en un mois", "chef d'atelier, chaque semaine"],
           ["R2", "retours clients pour gravure fautive", "plus de 1 % des commandes gravées", "responsable gravure, chaque semaine"],
           ["R3", "appels ou courriers de détaillants mécontents", "3 détaillants en un mois", "directeur commercial, chaque mois"],
           ["R5", "visiteurs uniques par semaine", "moins de 1 500 après huit semaines", "marketing, chaque lundi"],
           ["R7", "tâches du planning de l'agence en retard", "plus de 10 jours de retard cumulés", "cheffe de projet, chaque semaine"]]),
        H(1, "6. Comment réagir ?", {"response-strategy": "ok"}),
        P("Pour chaque risque, nous choisissons une façon de répondre avant qu'il n'arrive, et nous la "
          "réexaminons si son score change. Le principe retenu par la direction est de ne jamais laisser un "
          "risque rouge sans action décidée, et de ne pas dépenser pour un risque vert plus que ce qu'il "
          "coûterait s'il se produisait."),
        H(1, "6 bis. Éviter, réduire, transférer, accepter", {"response-strategy": "ok"}),
        P("Nous évitons le risque douanier (R4) en ne livrant au lancement que l'Union européenne et la Suisse. "
          "Nous réduisons les risques d'erreur de gravure (R2) par une validation du texte par le client avec un "
          "aperçu, puis une relecture par une seconde personne avant la gravure. Nous transférons la fraude (R6) "
          "au prestataire de paiement, dont le contrat prévoit la prise en charge des impayés contrôlés par 3-D "
          "Secure. Nous réduisons la panne du laser (R1) par un contrat de maintenance avec intervention sous 48 "
          "heures et un stock de deux pièces d'usure. Les trois risques rouges ont chacun un plan détaillé "
          "ci-dessous. Les autres risques verts sont acceptés et simplement revus chaque mois."),
        H(2, "6.1 Plans pour les trois risques rouges", {"response-plans": "ok"}),
        T([["Risque", "Actions", "Responsable", "Échéance", "Budget"],
           ["R3 détaillants", "même prix public partout, gravure réservée au site, 10 modèles exclusifs pour les détaillants", "directeur commercial", "janvier 2027", "aucun"],
           ["R5 trafic", "campagne avec trois créateurs de contenu cuisine et bivouac, salon de Thiers en mai", "marketing", "mars à juin 2027", "18 000 €"],
           ["R7 agence web", "second développeur en renfort dès un retard de 10 jours, jalons payés à la livraison", "cheffe de projet", "dès février 2027", "12 000 € au plus"]]),
        H(1, "7. Qui suit quoi ?", {"monitoring-governance": "thin"}),
        P("La cheffe de projet tient le registre et le présente chaque mois au comité de direction. Chaque "
          "responsable de risque met à jour ses signaux le vendredi. Un risque qui passe au rouge est signalé "
          "au directeur le jour même."),
        H(1, "Annexe – Glossaire", {}),
        L(["Gravure à la demande : prénom, date ou motif gravé au laser sur le manche ou la lame après la commande.",
           "Détaillant : coutellerie ou boutique qui achète nos couteaux pour les revendre.",
           "3-D Secure : vérification de l'acheteur par sa banque lors du paiement en ligne."]),
    ],
)
