from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Atelier Ocre, a Perpignan workshop of eleven people sewing work clothes from recycled cotton,
    wants to sell to building-trade craftsmen across Occitanie in 2027. Numbered paraphrased and question headings;
    the deployment plan under an upper-case bold Normal paragraph; the segments are a table under their own
    sub-heading; the positioning is two sentences (thin); an extra section of the authors' own on their
    environmental and social commitments; no process map (missing).""",
    title="Atelier Ocre – Habiller les artisans autrement",
    cover=["Stratégie commerciale 2027 – étude de cas n°1",
           "Inès Pujol et Bastien Carrère – décembre 2026"],
    blocks=[
        H(1, "1. Le vêtement de travail en 2026 : où en est-on ?", {"market-diagnosis": "ok"}),
        P("Atelier Ocre coud à Perpignan des pantalons, vestes et cottes de travail dans un coton recyclé tissé "
          "à Roubaix à partir de chutes de confection. L'atelier compte onze personnes, a vendu 3 800 pièces en "
          "2026, presque toutes à trois collectivités du département, et réalise 410 000 euros de chiffre "
          "d'affaires. Nos vêtements coûtent environ 30 % de plus qu'un pantalon d'entrée de gamme importé, mais "
          "ils durent deux fois plus longtemps d'après les retours des agents des espaces verts de la ville."),
        P("Le marché français du vêtement de travail pèse environ 1,6 milliard d'euros, dont un tiers pour le "
          "bâtiment. Il est tenu par quelques grandes marques vendues en négoce de matériaux et par les loueurs "
          "qui fournissent et lavent les tenues des grandes entreprises. Les artisans, eux, achètent seuls, souvent "
          "au comptoir du négoce, et changent de pantalon quand il est percé. Trois mouvements nous ouvrent une "
          "porte : les donneurs d'ordre publics demandent des preuves environnementales dans leurs appels "
          "d'offres, les jeunes artisans veulent des vêtements mieux coupés, et la fédération du bâtiment de "
          "l'Aude pousse ses adhérents vers des achats locaux. Nos faiblesses sont connues : aucune notoriété hors "
          "du département, pas de présence en négoce, et une capacité de 9 000 pièces par an sans embauche."),
        H(1, "2. Ce que nous visons en 2027, et comment nous le suivrons", {"commercial-objectives": "ok"}),
        P("Nous voulons passer de 3 800 à 8 500 pièces vendues et de 410 000 à 780 000 euros de chiffre "
          "d'affaires, en faisant des artisans du bâtiment 40 % des ventes contre moins de 5 % aujourd'hui. "
          "Nous visons 260 entreprises artisanales clientes à la fin de l'année, dont au moins 60 qui "
          "recommandent dans les six mois, et trois négoces partenaires dans l'Aude et les Pyrénées-Orientales."),
        P("Chaque lundi, Bastien met à jour un tableau de suivi partagé avec cinq chiffres : pièces vendues par "
          "canal, nouveaux clients artisans, taux de recommande à six mois, panier moyen et nombre de retours "
          "pour taille. Nous fixons un seuil d'alerte sur chacun ; si deux d'entre eux restent sous le seuil "
          "pendant un mois, nous revoyons le plan lors du point mensuel avec le gérant."),
        H(1, "3. À qui vendre en premier ?", {"stp": "ok"}),
        P("Nous avons découpé les acheteurs possibles selon leur taille, leur façon d'acheter et leur sensibilité "
          "à l'origine des produits. Trois groupes ressortent des quarante entretiens menés cet automne sur les "
          "chantiers et aux comptoirs des négoces. Les artisans de une à cinq personnes, surtout maçons, "
          "plombiers et menuisiers, sont nombreux et fidèles une fois convaincus, mais il faut aller les chercher "
          "un par un. Les entreprises de dix à cinquante salariés achètent par lots et équipent toute une équipe "
          "d'un coup ; elles demandent des tailles fiables et des délais tenus. Les collectivités restent notre "
          "socle, mais leurs marchés publics sont longs et peu rentables. Nous ciblons d'abord les petites "
          "entreprises de dix à cinquante salariés, qui font des volumes avec peu de rendez-vous, puis les "
          "artisans seuls par le négoce, quand les trois premiers partenariats seront signés et que nos tailles "
          "auront fait leurs preuves sur les chantiers."),
        H(2, "3.1 Nos segments", {"segmentation": "ok"}),
        T([["Segment", "Taille estimée (Occitanie)", "Ce qu'ils attendent", "Attrait pour nous", "Priorité"],
           ["PME du bâtiment (10-50 salariés)", "1 900 entreprises", "tailles fiables, délais, logo brodé",
            "fort : commandes de 40 pièces", "1"],
           ["Artisans seuls ou très petites entreprises", "48 000 entreprises", "prix, solidité, achat au comptoir",
            "moyen : panier faible, volume énorme", "2"],
           ["Collectivités et régies", "320 acheteurs", "preuves environnementales, marché public",
            "faible : marges basses", "3"],
           ["Loueurs de vêtements", "4 acteurs régionaux", "gros volumes, lavage industriel",
            "faible : prix imposés", "écarté"]]),
        H(2, "3.2 Où nous nous plaçons", {"positioning": "thin"}),
        P("Face aux grandes marques, nous sommes le vêtement de chantier solide, coupé et cousu dans la région, "
          "avec une matière recyclée. Nous ne jouons pas sur le prix le plus bas."),
        H(1, "4. Pourquoi un artisan nous choisirait", {"value-proposition": "ok"}),
        P("Sur un chantier, un pantalon qui se déchire au genou au bout de trois mois coûte plus qu'il n'en a "
          "l'air : il faut repasser au négoce, et le patron rachète pour toute l'équipe. Ce que les chefs "
          "d'entreprise nous ont dit attendre tient en trois mots : durer, bien aller, arriver vite."),
        L(["Ce que nous soulageons : des genoux renforcés en double toile, une garantie d'un an sur les coutures, "
           "une réparation gratuite à l'atelier.",
           "Ce que nous apportons en plus : une coupe pensée avec des artisans, des tailles femmes, le logo de "
           "l'entreprise brodé sur place en cinq jours.",
           "Ce qui rassure les acheteurs publics : une fiche d'origine par pièce, la preuve du coton recyclé et "
           "le bilan carbone de l'atelier."]),
        H(1, "5. Produit, prix, distribution, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix pour 2027"],
           ["Produit", "trois modèles (pantalon, veste, cotte), deux grammages, tailles 34 à 60, broderie du logo"],
           ["Prix", "pantalon à 69 € HT, remise de 10 % dès 20 pièces, 15 % pour les adhérents de la fédération"],
           ["Distribution", "vente directe aux PME, trois négoces partenaires, boutique en ligne pour les artisans seuls"],
           ["Communication", "démonstrations sur les chantiers, salon Batimat Sud, témoignages vidéo de clients"],
           ["Personnes", "une commerciale terrain recrutée en mars, l'atelier joignable par téléphone"],
           ["Processus", "commande en ligne ou par la commerciale, livraison en cinq jours ouvrés"],
           ["Preuve", "essai gratuit d'un pantalon pendant un mois pour tout chef d'équipe"]]),
        B("6. LE CALENDRIER DES ACTIONS", {"deployment-plan": "ok"}),
        T([["Quand", "Action", "Responsable", "Indicateur suivi"],
           ["janvier", "liste de 400 PME du bâtiment de l'Aude et des Pyrénées-Orientales", "Inès", "fichier qualifié"],
           ["mars", "recrutement de la commerciale terrain", "gérant", "poste pourvu"],
           ["avril", "signature des deux premiers négoces", "Bastien", "contrats signés"],
           ["mai à juin", "tournée de démonstrations sur 60 chantiers", "commerciale", "essais distribués"],
           ["septembre", "salon Batimat Sud à Montpellier", "toute l'équipe", "contacts recueillis"],
           ["décembre", "bilan de l'année et relance des clients sans recommande", "Bastien", "taux de recommande"]]),
        H(2, "Combien ça coûte", {"commercial-budget": "ok"}),
        T([["Poste", "Montant 2027"],
           ["Commerciale terrain (salaire chargé, 10 mois)", "38 000 €"],
           ["Véhicule et déplacements", "9 500 €"],
           ["Stand et frais du salon", "6 000 €"],
           ["Pantalons d'essai (300 pièces au coût de revient)", "7 800 €"],
           ["Vidéos et boutique en ligne", "4 200 €"],
           ["Total", "65 500 €"]]),
        H(1, "7. Comment l'équipe s'organise", {"project-processes": "ok"}),
        P("Nous sommes une petite structure, et la tentation serait de tout décider au fil de l'eau entre deux "
          "commandes. Nous avons donc fixé quelques règles simples, écrites sur une page affichée dans l'atelier. "
          "Chaque lundi à 8 h, une réunion de vingt minutes réunit le gérant, Inès, Bastien, la cheffe d'atelier "
          "et, à partir de mars, la commerciale : on regarde les cinq chiffres du tableau de suivi, les commandes "
          "de la semaine et les retards de fabrication."),
        P("Une commande passe toujours par les mêmes étapes : prise de commande par la commerciale ou en ligne, "
          "vérification des tailles par Inès, planification à l'atelier, broderie, contrôle qualité, expédition, "
          "puis appel de satisfaction au client quinze jours après la livraison. Chaque étape a un responsable "
          "nommé et un délai maximal. Une fois par mois, le point avec le gérant décide des changements de prix, "
          "des nouveaux négoces et des dépenses de plus de 1 000 euros. Les réclamations sont notées dans un "
          "cahier partagé et traitées sous 48 heures ; nous les relisons ensemble chaque trimestre pour corriger "
          "ce qui revient souvent, comme les erreurs de taille."),
        H(2, "Qui fait quoi ?", {"raci": "ok"}),
        T([["Activité", "Gérant", "Inès", "Bastien", "Commerciale", "Cheffe d'atelier"],
           ["Prospection des PME", "I", "C", "A", "R", "-"],
           ["Contrats avec les négoces", "A", "I", "R", "C", "-"],
           ["Prise de commande", "-", "C", "A", "R", "I"],
           ["Fabrication et broderie", "I", "C", "-", "-", "R/A"],
           ["Suivi des indicateurs", "I", "C", "R/A", "C", "C"]]),
        H(1, "8. Nos engagements environnementaux et sociaux"),
        P("Nous publions chaque année la part de coton recyclé dans nos tissus, aujourd'hui 72 %, et le "
          "bilan carbone de l'atelier. Deux de nos couturières sont en insertion, en lien avec une association de "
          "Perpignan, et nous voulons en accueillir une troisième en 2027. Les chutes de nos coupes partent chez "
          "un fabricant d'isolants de Narbonne."),
    ],
    missing=["process-map"],
)
