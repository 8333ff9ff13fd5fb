from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: a Breton start-up selling connected hive scales to beekeepers plans its commercial launch.
    Levels shifted: three part titles at level 1, every section one level down (level 2) and the sub-sections at
    level 3. The diagnosis is split over two headings (the offer, then the market); the segmentation table sits
    under its own question heading; positioning is a short paragraph (thin); the budget heading has nothing under
    it (empty); no process diagram (missing). Headings paraphrased, some questions.""",
    title="Ruchéo – Stratégie commerciale 2027",
    cover=["Balances connectées pour ruches – lancement national", "Dossier rédigé par Maël Le Goff et Léa Guillou"],
    blocks=[
        H(1, "Partie A – Où en sommes-nous ?"),
        H(2, "Ce que nous vendons aujourd'hui", {"market-diagnosis": "ok"}),
        P("Ruchéo fabrique à Morlaix une balance qui se glisse sous une ruche et envoie chaque heure son poids, la "
          "température et l'humidité sur le téléphone de l'apiculteur. Le boîtier coûte 189 euros, l'abonnement "
          "aux données 4 euros par mois et par ruche. Depuis le prototype de 2025, nous en avons vendu 640, "
          "presque tous en Bretagne, par le bouche-à-oreille et deux salons régionaux."),
        P("Nos clients nous disent qu'ils gagnent des visites inutiles et qu'ils voient arriver la miellée. Ils "
          "regrettent l'autonomie de la batterie en hiver, que nous corrigeons avec la version 2."),
        H(2, "Et le marché autour de nous ?", {"market-diagnosis": "ok"}),
        P("La France compte environ 75 000 apiculteurs déclarés, dont 4 000 professionnels qui possèdent plus de "
          "150 ruches chacun. Les pertes hivernales, autour de 30 % certaines années, et le frelon asiatique "
          "poussent les professionnels à surveiller leurs ruchers à distance. Trois concurrents existent : un "
          "fabricant allemand plus cher, une marque française vendue en magasin de jardinage, et des montages "
          "faits maison. Aucun ne propose d'alerte de vol ni de service après-vente en français le samedi, le jour "
          "où les amateurs visitent leurs ruches."),
        H(1, "Partie B – Ce que nous visons"),
        H(2, "Nos chiffres pour 2027 et comment nous les suivrons", {"commercial-objectives": "ok"}),
        P("Nous visons 3 000 balances vendues en 2027, dont 60 % à des apiculteurs professionnels, et 2 400 "
          "abonnements actifs en décembre. Le chiffre d'affaires attendu est de 680 000 euros. Chaque mois, le "
          "comité de direction regardera cinq indicateurs : ventes par canal, part des professionnels, taux de "
          "passage à l'abonnement après l'essai gratuit, résiliations, et coût d'acquisition d'un client, que "
          "nous voulons garder sous 45 euros. Un tableau de bord partagé les met à jour chaque lundi depuis "
          "notre boutique en ligne et notre outil de facturation. Si un indicateur reste deux mois sous sa "
          "cible, nous revoyons le canal concerné."),
        P("Nous suivrons aussi, une fois par trimestre, la satisfaction des clients par une courte enquête envoyée depuis l'application, avec une cible de 8 sur 10, et le nombre de recommandations spontanées, notre premier canal jusqu'ici."),
        H(2, "À qui nous adressons-nous ?", {"stp": "ok"}),
        P("Nous avons découpé les apiculteurs selon la taille de leur cheptel et la distance entre leur domicile "
          "et leurs ruchers, parce que ce sont ces deux critères qui expliquent le besoin de surveiller à "
          "distance. Les professionnels transhumants sont notre cœur de cible : ils déplacent leurs ruches sur "
          "des dizaines de kilomètres et perdent une journée pour chaque visite. Les pluriactifs viennent ensuite. "
          "Les amateurs de jardin, nombreux mais peu équipés, ne seront touchés qu'à travers les magasins et sans "
          "effort commercial dédié. Les syndicats apicoles départementaux sont un relais pour toucher les deux "
          "premiers groupes, puisqu'ils organisent les formations et achètent parfois pour leurs adhérents."),
        P("Nous ne visons pas, en 2027, les apiculteurs étrangers ni les entreprises qui parrainent des ruches : deux marchés intéressants, mais qui demanderaient une autre offre et un autre discours."),
        H(3, "Le tableau des segments", {"segmentation": "ok"}),
        T([["Segment", "Taille", "Besoin principal", "Attractivité", "Choix"],
           ["Professionnels transhumants", "environ 2 500", "éviter les visites, alerte de vol", "forte", "cible prioritaire"],
           ["Pluriactifs (50 à 150 ruches)", "environ 6 000", "savoir quand récolter", "moyenne", "cible secondaire"],
           ["Amateurs (moins de 10 ruches)", "environ 60 000", "curiosité, suivi de l'hivernage", "faible", "en magasin seulement"],
           ["Syndicats et ruchers-écoles", "environ 100", "pédagogie, achat groupé", "moyenne", "partenaires"]]),
        H(3, "Notre place face aux autres", {"positioning": "thin"}),
        P("La balance des apiculteurs qui n'ont pas le temps : robuste, fabriquée en Bretagne, avec alerte de vol "
          "et une assistance humaine le week-end, moins chère que l'allemande."),
        H(2, "Pourquoi nous choisir", {"value-proposition": "ok"}),
        L(["Tâches du client : surveiller 200 ruches éparpillées, décider quand récolter, protéger son cheptel",
           "Difficultés : visites coûteuses en carburant et en temps, vols de ruches, pertes découvertes trop tard",
           "Ce que nous apportons : alertes de poids et de déplacement, courbe de miellée, batterie d'un an",
           "Gain mesuré chez nos clients bretons : une visite sur trois évitée"]),
        H(1, "Partie C – Passer à l'action"),
        H(2, "Produit, prix, canaux, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Produit", "balance V2, batterie d'un an, alerte GPS en option"],
           ["Prix", "189 euros, 169 euros par lot de dix, abonnement 4 euros par mois"],
           ["Distribution", "vente directe en ligne, trois coopératives apicoles, magasins de jardinage pour les amateurs"],
           ["Communication", "salons apicoles, revue professionnelle, témoignages vidéo de clients"]]),
        H(2, "Calendrier des actions commerciales", {"deployment-plan": "ok"}),
        T([["Quand", "Action", "Responsable", "Indicateur"],
           ["Janvier", "contrats avec trois coopératives", "Maël", "3 contrats signés"],
           ["Février-mars", "salons de Rennes et de Clermont", "Léa", "300 contacts qualifiés"],
           ["Avril", "campagne dans la revue professionnelle", "Léa", "80 essais gratuits"],
           ["Mai-septembre", "tournée des syndicats départementaux", "Yann, commercial recruté", "20 syndicats rencontrés"],
           ["Octobre", "offre d'hivernage pour les amateurs en magasin", "Maël", "500 balances vendues"]]),
        H(3, "Combien cela coûte", {"commercial-budget": "empty"}),
        H(2, "Comment l'équipe s'organise", {"project-processes": "ok"}),
        P("Le lancement est piloté comme un projet, avec trois rituels simples. Chaque lundi matin, l'équipe de "
          "quatre personnes fait un point de trente minutes sur le tableau de bord des ventes et sur les actions "
          "de la semaine. Chaque premier jeudi du mois, le comité de direction, qui réunit les deux fondateurs et "
          "notre investisseur, valide les dépenses au-delà de 2 000 euros et décide des ajustements de canal. "
          "Enfin, une revue trimestrielle compare les résultats aux objectifs annuels."),
        P("Toutes les demandes de clients arrivent dans un seul outil de tickets, partagé entre la vente et le "
          "support, pour qu'aucun devis ne se perde. Les contrats de coopérative passent par une fiche de "
          "validation signée par Maël avant envoi. Quand un salon est décidé, Léa ouvre une liste de tâches type "
          "avec les dates limites de réservation, d'impression et d'expédition du matériel."),
        P("Après chaque salon, un retour d'expérience d'une heure note ce qu'il faut garder ou changer pour le suivant, et Léa met à jour la liste de tâches type en conséquence."),
        H(3, "Qui décide, qui fait ?", {"raci": "ok"}),
        T([["Activité", "Maël", "Léa", "Yann", "Investisseur"],
           ["Contrats coopératives", "R/A", "C", "I", "I"],
           ["Salons et presse", "A", "R", "C", "I"],
           ["Tournée des syndicats", "A", "C", "R", "I"],
           ["Budget au-delà de 2 000 euros", "R", "C", "I", "A"],
           ["Tableau de bord", "A", "R", "C", "I"]]),
    ],
    missing=["process-map"],
)
