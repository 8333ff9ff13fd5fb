from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the Cidrerie Lemercier (Pays d'Auge, 38 employees, 4.1 M€) installs an automated bottling line
    and opens online sales to cafés and wine shops; the case-study team writes the risk policy of that project.
    Question and paraphrased headings ("Pourquoi cette politique, et jusqu'où ?", "Comment avons-nous repéré nos
    risques ?"); a risk register table of eight risks. An extra section of the authors' own on the 2025 harvest,
    between the objectives and the method. The probability-impact matrix is a few lines and a small grid, under its
    minimum (thin).""",
    title="Cidrerie Lemercier – Politique de gestion des risques du projet « Ligne 2027 »",
    cover=["Étude de cas 1 – Équipe : Clémence Vauquelin, Arthur Hamel, Sofiane Belkacem",
           "Web School Factory, décembre 2026"],
    blocks=[
        H(1, "Pourquoi cette politique, et jusqu'où ?", {"policy-objectives": "ok"}),
        P("La Cidrerie Lemercier produit chaque année 1,6 million de bouteilles de cidre, de poiré et de pommeau à "
          "partir des pommes de 46 vergers du Pays d'Auge. Le projet « Ligne 2027 » remplace l'embouteilleuse de "
          "1998 par une ligne automatisée de 4 000 bouteilles par heure (1,9 M€ d'investissement) et ouvre une "
          "boutique en ligne réservée aux professionnels, cafés, restaurants et cavistes, qui doit représenter 15 % "
          "du chiffre d'affaires en 2029."),
        P("Cette politique a trois buts : repérer tôt ce qui peut retarder le démarrage de la ligne avant la récolte "
          "d'octobre 2027, protéger la qualité du produit et la réputation de la marque pendant la transition, et "
          "donner au comité de direction une règle claire pour décider quand un risque doit remonter jusqu'à lui. "
          "Elle couvre le chantier de la ligne, la reprise des données clients, la boutique en ligne et la "
          "formation des onze opérateurs. Elle ne couvre pas les risques agricoles des vergers, suivis par la "
          "coopérative, ni la sécurité au travail courante, qui relève du document unique."),
        H(1, "Ce que la récolte 2025 nous a appris"),
        P("En octobre 2025, l'ancienne embouteilleuse est tombée en panne neuf jours en pleine récolte. Faute de "
          "place en cuve, 240 tonnes de pommes ont été vendues à perte à un distillateur. Personne n'avait prévu "
          "ce scénario alors que la machine avait déjà cassé deux fois. C'est ce souvenir qui a convaincu les "
          "associés de confier une vraie démarche de gestion des risques à notre équipe."),
        H(1, "Comment avons-nous repéré nos risques ?", {"identification-method": "ok"}),
        P("Nous avons combiné quatre sources. D'abord, deux ateliers de deux heures avec le directeur de production, "
          "la responsable commerciale, le chef de cave et deux opérateurs, chacun écrivant sur des post-it ce qui "
          "pouvait mal tourner dans sa partie du projet. Ensuite, la relecture des incidents des cinq dernières "
          "années : pannes, lots déclassés, réclamations des distributeurs. Puis trois entretiens extérieurs, avec "
          "le fournisseur de la ligne, une cidrerie bretonne qui a automatisé la sienne en 2022 et l'expert-comptable. "
          "Enfin, une revue des obligations légales d'une vente en ligne entre professionnels."),
        P("Nous avons regroupé les 53 idées obtenues en familles (technique, humain, commercial, financier, "
          "réglementaire), supprimé les doublons, puis noté chaque risque selon deux barèmes de un à quatre. Le "
          "score est le produit des deux notes. Les risques de score 9 ou plus sont dits majeurs et ont un plan "
          "détaillé."),
        H(2, "Nos barèmes", {"rating-scales": "ok"}),
        T([["Note", "Probabilité sur la durée du projet", "Gravité"],
           ["1", "peu probable, jamais vu dans le secteur", "gêne passagère, moins de 5 000 €"],
           ["2", "possible, déjà vu ailleurs", "retard de quelques jours, jusqu'à 30 000 €"],
           ["3", "probable, déjà arrivé chez nous", "retard de plusieurs semaines ou lot perdu, jusqu'à 150 000 €"],
           ["4", "quasi certain sans action", "récolte compromise, image de marque atteinte, plus de 150 000 €"]]),
        H(1, "Registre : les huit risques retenus", {"risk-register": "ok"}),
        T([["N°", "Risque", "Cause", "Conséquence", "P", "G", "Score", "Responsable"],
           ["R1", "Livraison de la ligne en retard", "carnet de commandes du fabricant saturé",
            "ligne non prête pour la récolte 2027", "3", "4", "12", "directeur de production"],
           ["R2", "Réglages de démarrage plus longs que prévu", "bouteilles de formes anciennes",
            "cadence réduite pendant la saison", "3", "3", "9", "chef de ligne"],
           ["R3", "Départ d'un opérateur clé", "pénibilité, concurrence des industriels",
            "savoir-faire perdu", "2", "3", "6", "RH"],
           ["R4", "Rejet de la nouvelle ligne par l'équipe", "peur pour l'emploi", "erreurs, absentéisme",
            "2", "3", "6", "direction"],
           ["R5", "Fichier clients inexploitable", "doublons et adresses anciennes", "boutique en ligne vide au lancement",
            "3", "2", "6", "responsable commerciale"],
           ["R6", "Conflit avec les cavistes distributeurs", "peur d'être court-circuités par la vente directe",
            "perte de références en magasin", "3", "3", "9", "responsable commerciale"],
           ["R7", "Dépassement du budget", "hausse de l'inox et de l'électricité", "emprunt supplémentaire",
            "2", "4", "8", "direction financière"],
           ["R8", "Lot contaminé mis en vente", "nettoyage mal maîtrisé sur la nouvelle ligne",
            "rappel de produits, image atteinte", "1", "4", "4", "chef de cave"]]),
        H(1, "Où se situent-ils ?", {"risk-matrix": "thin"}),
        P("Deux risques sont dans la zone rouge et deux dans la zone orange ; les autres restent à surveiller."),
        T([["Gravité \\ Probabilité", "1", "2", "3"],
           ["4", "R8", "R7", "R1"],
           ["3", "", "R3, R4", "R2, R6"],
           ["2", "", "", "R5"]]),
        H(1, "Quels signaux doivent nous alerter ?", {"trigger-indicators": "ok"}),
        T([["Risque", "Indicateur", "Seuil d'alerte", "Qui le suit", "Fréquence"],
           ["R1", "écart entre le planning du fabricant et le nôtre", "plus de 3 semaines", "directeur de production", "toutes les deux semaines"],
           ["R2", "cadence réelle lors des essais", "moins de 2 800 bouteilles/h", "chef de ligne", "à chaque essai"],
           ["R3", "demandes de mutation ou démissions", "une seule chez les opérateurs formés", "RH", "mensuelle"],
           ["R5", "part de fiches clients complètes", "moins de 70 % au 1er mars", "responsable commerciale", "mensuelle"],
           ["R6", "cavistes qui réduisent leurs commandes", "3 sur les 40 principaux", "commerciaux", "mensuelle"],
           ["R7", "dépenses engagées / budget", "plus de 105 %", "direction financière", "mensuelle"]]),
        H(1, "Que faisons-nous face à chaque risque ?", {"response-strategy": "ok"}),
        P("Pour chaque risque, nous avons choisi une réponse selon son score et ce que la cidrerie peut réellement "
          "maîtriser. Les risques techniques du chantier, R1 et R2, sont réduits : pénalités de retard dans le "
          "contrat, acompte conditionné à un planning détaillé, essais sur nos propres bouteilles dès mai, et "
          "maintien de l'ancienne embouteilleuse en état de marche jusqu'à la fin de la récolte 2027, pour "
          "disposer d'un plan de secours."),
        P("Le risque humain, R3 et R4, est d'abord traité par l'écoute : les opérateurs sont associés au choix des "
          "réglages et un engagement écrit garantit qu'aucun poste ne sera supprimé. Le conflit avec les cavistes "
          "(R6) est évité en réservant la boutique en ligne aux cafés et restaurants de plus de 30 km, et en "
          "offrant aux cavistes une cuvée exclusive. Le dépassement budgétaire (R7) est partagé avec la banque "
          "par une ligne de crédit de réserve de 150 000 €. Le risque sanitaire (R8), rare mais grave, est "
          "transféré en partie à l'assureur et réduit par un protocole de nettoyage validé par un laboratoire. "
          "Enfin, nous acceptons le risque sur le fichier clients (R5), dont les conséquences restent limitées."),
        H(2, "Plans détaillés pour les quatre risques majeurs", {"response-plans": "ok"}),
        T([["Risque", "Actions", "Échéance", "Coût", "Responsable"],
           ["R1 Retard de livraison", "pénalités au contrat, point mensuel chez le fabricant, ancienne machine gardée",
            "contrat signé en janvier 2027", "8 000 € d'entretien", "directeur de production"],
           ["R2 Réglages longs", "essais sur 5 000 bouteilles en mai, technicien du fabricant présent deux semaines",
            "mai-juin 2027", "12 000 €", "chef de ligne"],
           ["R6 Cavistes", "cuvée exclusive, rencontre des 40 principaux, zone réservée en ligne",
            "avant l'ouverture de la boutique", "15 000 €", "responsable commerciale"],
           ["R7 Budget", "ligne de crédit de réserve, achats d'inox groupés", "février 2027", "frais bancaires 1 800 €",
            "direction financière"]]),
        H(1, "Qui surveille, et à quel rythme ?", {"monitoring-governance": "ok"}),
        P("Le registre est un fichier partagé tenu par Arthur Hamel, chef de projet. Chaque responsable de risque "
          "met à jour ses indicateurs avant le comité projet, qui se réunit toutes les deux semaines pendant le "
          "chantier, puis chaque mois après le démarrage. Un indicateur qui franchit son seuil est signalé le jour "
          "même au chef de projet, qui décide avec le responsable de déclencher le plan prévu."),
        P("Le comité de direction reçoit chaque mois une page de synthèse : les risques majeurs, leur évolution et "
          "les décisions attendues de lui. Tout nouveau risque de score 9 ou plus lui est présenté dans la semaine. "
          "Le registre est revu entièrement deux fois : avant la commande ferme de la ligne, puis un mois après la "
          "première récolte embouteillée, pour en tirer les leçons et fermer les risques devenus sans objet."),
    ],
)
