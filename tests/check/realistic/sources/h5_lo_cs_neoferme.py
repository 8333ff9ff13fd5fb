from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. A Lyon vertical farm growing micro-greens for chefs
    wants to sell to company canteens and organic shops. Top-level headings in UPPER CASE, in the author's words
    (a question, a slogan-like line, the four Ps spelled out), sub-headings in normal case; the objectives are
    three lines (thin); the value proposition is a two-column table; no process diagram (the optional process
    map, missing).""",
    title="NÉOFERME – Stratégie commerciale 2027",
    cover=["Étude de cas 1 – stratégie commerciale et processus", "Clémence Faure, promotion 2026"],
    blocks=[
        H(1, "OÙ EN SOMMES-NOUS ?", {"market-diagnosis": "ok"}),
        P("Néoferme cultive depuis 2023 des jeunes pousses et des herbes aromatiques dans une ferme verticale de "
          "600 m² installée dans un ancien parking de Vaise. Les plantes poussent sans terre, sous lumière LED, "
          "sur douze étages de bacs, et sont récoltées le matin même de la livraison. L'entreprise emploie huit "
          "personnes et a réalisé 410 000 euros de chiffre d'affaires en 2026, à 85 % auprès de 140 restaurants "
          "lyonnais, le reste sur deux marchés de la Croix-Rousse."),
        P("Ce marché de la restauration gastronomique est petit et presque saturé : les chefs qui veulent des "
          "pousses fraîches nous connaissent déjà, et la croissance ralentit depuis l'été. En face, deux marchés "
          "plus larges s'ouvrent. La loi Égalim impose à la restauration collective 50 % de produits durables, "
          "dont 20 % de bio, et les cuisines d'entreprise cherchent des produits locaux qu'elles peuvent mettre "
          "en avant. Les épiceries bio et les primeurs haut de gamme, de leur côté, vendent de plus en plus de "
          "barquettes de pousses, mais elles viennent aujourd'hui des Pays-Bas et arrivent après trois jours de "
          "camion. Nos forces sont la fraîcheur, la régularité toute l'année et une image locale ; nos faiblesses, "
          "un prix au kilo deux fois plus élevé que celui des serres néerlandaises et une capacité qui ne permet "
          "de doubler les volumes qu'avec une seconde salle de culture, prévue au printemps."),
        H(1, "CE QUE NOUS VISONS EN 2027", {"commercial-objectives": "thin"}),
        L(["Chiffre d'affaires : 650 000 euros, dont un tiers hors restaurants",
           "Dix cuisines d'entreprise et vingt-cinq épiceries clientes en décembre",
           "Indicateurs suivis chaque mois : commandes récurrentes, panier moyen, pertes à la récolte"]),
        H(1, "À QUI VENDRE, ET COMMENT NOUS DISTINGUER ?", {"stp": "ok"}),
        P("Nous avons découpé nos clients possibles selon deux critères simples : le volume acheté chaque "
          "semaine et l'importance que l'acheteur accorde à l'origine locale. Cela donne quatre groupes : les "
          "restaurants gastronomiques, que nous servons déjà ; les cuisines d'entreprise gérées en direct ou par "
          "une société de restauration ; les épiceries bio et primeurs ; enfin les particuliers, que nous ne "
          "visons pas, car la livraison à domicile nous coûterait plus qu'elle ne rapporte. Parmi ces groupes, "
          "nous choisissons de viser d'abord les cuisines d'entreprise des sièges sociaux lyonnais, qui "
          "achètent de gros volumes réguliers et valorisent le local dans leur communication interne, et en "
          "second rang les épiceries bio des quartiers centraux, qui achètent peu mais à bon prix et font "
          "connaître la marque au grand public. Les restaurants restent "
          "notre socle : nous les gardons, sans chercher à en conquérir beaucoup de nouveaux."),
        H(2, "Les segments, notés de 1 à 5", {"segmentation": "ok"}),
        T([["Groupe", "Taille à Lyon", "Volume par client", "Sensibilité au local", "Accessibilité", "Choix"],
           ["Restaurants gastronomiques", "300", "2", "5", "5", "fidéliser"],
           ["Cuisines d'entreprise", "120", "5", "4", "3", "cible prioritaire"],
           ["Épiceries bio et primeurs", "180", "2", "5", "4", "cible secondaire"],
           ["Particuliers", "très grand", "1", "3", "1", "non visé"]]),
        H(2, "Notre place face aux autres", {"positioning": "ok"}),
        P("Face aux serres néerlandaises, nous ne gagnerons jamais sur le prix. Nous voulons être perçus comme "
          "la pousse la plus fraîche de Lyon : récoltée le matin, livrée avant midi, à vélo-cargo dans le centre, "
          "sans pesticide et avec une traçabilité par bac. Face aux petits maraîchers bio, qui vendent aussi des "
          "pousses au printemps, notre différence est la régularité : mêmes quantités et même qualité en janvier "
          "comme en juillet. Notre phrase : « cueilli ce matin, à deux kilomètres de votre cuisine ». "
          "Ce positionnement justifie un prix plus élevé, à condition que la fraîcheur se voie dans l'assiette."),
        H(1, "CE QUE LE CLIENT Y GAGNE", {"value-proposition": "ok"}),
        T([["Ce que vit le chef de cuisine", "Ce que Néoferme lui apporte"],
           ["Des pousses importées qui fanent en deux jours", "une récolte du matin qui tient une semaine"],
           ["Des menus « local » difficiles à prouver", "une fiche d'origine par livraison, à afficher"],
           ["Des ruptures en hiver", "la même quantité toute l'année, contrat au trimestre"],
           ["Peu de temps pour commander", "une commande type renouvelée automatiquement"],
           ["Des convives curieux", "une visite de la ferme et un atelier par an pour les salariés"]]),
        H(1, "PRODUIT, PRIX, DISTRIBUTION, COMMUNICATION", {"marketing-mix": "ok"}),
        T([["Levier", "Restauration d'entreprise", "Épiceries"],
           ["Produit", "barquettes de 500 g, six variétés, mélange salade du jour", "barquettes de 50 g, étiquette avec la date de récolte"],
           ["Prix", "38 € le kilo, remise de 8 % au-delà de 10 kg par semaine", "2,90 € la barquette en rayon, 45 % de marge pour l'épicier"],
           ["Distribution", "livraison directe deux fois par semaine", "tournée du mardi et du vendredi, reprise des invendus"],
           ["Communication", "affiche en cantine, visite de la ferme, portrait du producteur", "présentoir en bois, dégustations le samedi"]]),
        H(1, "LE PLAN, TRIMESTRE PAR TRIMESTRE", {"deployment-plan": "ok"}),
        T([["Trimestre", "Actions", "Responsable", "Indicateur"],
           ["T1 2027", "trois cuisines pilotes, salon Sirha, fiches produits", "Clémence (commerce)", "3 contrats signés"],
           ["T2 2027", "ouverture de la seconde salle, prospection de 40 épiceries", "Hugo (production)", "capacité doublée"],
           ["T3 2027", "dix cuisines sous contrat, ateliers en entreprise", "Clémence", "10 contrats, 90 % de réassort"],
           ["T4 2027", "25 épiceries, bilan et prix 2028", "direction", "650 k€ de chiffre d'affaires"]]),
        H(2, "Combien ça coûte", {"commercial-budget": "ok"}),
        T([["Poste", "Montant"],
           ["Commercial à mi-temps recruté en mars", "24 000 €"],
           ["Salon Sirha et dégustations", "9 000 €"],
           ["Présentoirs et étiquettes", "6 500 €"],
           ["Vélo-cargo réfrigéré supplémentaire", "11 000 €"],
           ["Total", "50 500 €"]]),
        H(1, "FAIRE AVANCER LE PROJET ENSEMBLE", {"project-processes": "ok"}),
        P("Le projet de diversification est piloté par la fondatrice, qui réunit chaque lundi matin pendant "
          "trente minutes la responsable commerciale, le chef de culture et le livreur principal. On y regarde "
          "trois chiffres seulement : les commandes de la semaine, les pertes à la récolte et les retards de "
          "livraison. Chaque décision prise est notée dans un tableau partagé, avec un nom et une date, et relue "
          "la semaine suivante."),
        P("Un nouveau client suit toujours le même chemin : un premier rendez-vous avec la commerciale, une "
          "livraison d'essai gratuite, puis un contrat trimestriel signé par la fondatrice. La production est "
          "prévenue au plus tard dix jours avant la première livraison, le temps que les pousses grandissent. "
          "Une fois par mois, la commerciale appelle chaque client pour recueillir son avis, et une réclamation "
          "reçoit une réponse dans la journée. Ces règles tiennent sur une page affichée dans le local de "
          "préparation, pour que chacun, saisonnier compris, sache à qui s'adresser. Un bilan trimestriel, avec "
          "l'expert-comptable, compare les ventes réelles au plan et décide des ajustements."),
        H(2, "Qui fait quoi (RACI)", {"raci": "ok"}),
        T([["Activité", "Fondatrice", "Commerciale", "Chef de culture", "Livreur"],
           ["Prospecter une cuisine", "A", "R", "I", "—"],
           ["Signer un contrat", "R", "C", "I", "I"],
           ["Planifier les semis", "I", "C", "R", "—"],
           ["Livrer et reprendre les invendus", "I", "I", "C", "R"],
           ["Traiter une réclamation", "A", "R", "C", "I"]]),
    ],
    missing=["process-map"],
)
