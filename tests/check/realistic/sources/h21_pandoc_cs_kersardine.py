from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, French: Ker Sardine, a family fish cannery in Douarnenez (42 employees) that sells 87 % of its tins under
    supermarket own labels, wants its own brand to grow in delicatessens, online and in company gift boxes. Numbered
    headings, several shortened to one word ("Diagnostic", "Cibles", "Segments", "Mix", "Budget", "RACI"); the
    deployment plan is split over two headings, one per half-year, each with its table; the positioning is two
    sentences (thin); the promise to customers is a table of its own; there is no process drawing (missing,
    optional): the way the project runs is prose and a RACI table.""",
    title="Ker Sardine – Stratégie commerciale de la marque 2027",
    cover=["Étude de cas n° 1 – stratégie commerciale et process de mise en œuvre",
           "Gaëlle Le Floch – promotion 2026, décembre 2026"],
    blocks=[
        H(1, "1. Diagnostic", {"market-diagnosis": "ok"}),
        P("Ker Sardine est une conserverie familiale fondée en 1921 à Douarnenez. Elle emploie 42 personnes et a "
          "réalisé 6,8 millions d'euros de chiffre d'affaires en 2026. L'essentiel de ce chiffre, 87 %, vient de "
          "boîtes fabriquées pour les marques de distributeurs des grandes enseignes : un volume régulier, mais des "
          "marges qui fondent à chaque négociation annuelle. La marque propre, Ker Sardine, ne pèse que 0,9 million "
          "d'euros ; elle est vendue dans une boutique à l'usine, sur un site internet vieillissant et chez une "
          "quarantaine d'épiceries bretonnes."),
        P("Le marché de la conserve de poisson haut de gamme progresse d'environ 6 % par an en France, porté par "
          "l'apéritif, le cadeau et l'intérêt pour les produits de la mer durables. Trois maisons bretonnes "
          "occupent déjà les épiceries fines parisiennes avec des boîtes illustrées et des séries millésimées ; "
          "les marques portugaises arrivent avec des prix inférieurs de 30 %. Nos atouts sont réels : sardines "
          "pêchées à la bolinche dans la baie, étêtées à la main, huile d'olive de Crète, et une usine que l'on "
          "peut visiter. Nos faiblesses aussi : aucun commercial dédié à la marque, des boîtes à l'étiquette "
          "datée, et une notoriété qui s'arrête à Quimper. Le prix du poisson, enfin, reste une menace : deux "
          "mauvaises saisons de suite ont fait monter la sardine de 40 % depuis 2023."),
        H(1, "2. Objectifs 2027 et indicateurs", {"commercial-objectives": "ok"}),
        P("Nous voulons que la marque devienne une source de marge, sans abandonner les marques de "
          "distributeurs qui font tourner l'usine. Les objectifs ci-dessous ont été validés par Yann Le Floch, "
          "gérant, en comité de direction le 18 novembre."),
        L(["Faire passer la marque de 0,9 à 1,6 million d'euros de chiffre d'affaires en 2027 ; suivi mensuel "
           "dans le tableau de bord des ventes",
           "Être référencé dans 120 épiceries fines hors Bretagne, contre 6 aujourd'hui ; suivi : nombre de "
           "points de vente actifs ayant passé au moins deux commandes",
           "Vendre 4 000 coffrets cadeaux aux comités d'entreprise pour Noël ; suivi : devis signés chaque semaine "
           "d'octobre à décembre",
           "Porter la boutique en ligne à 300 000 euros avec un taux de réachat de 35 % ; suivi : ventes et "
           "clients récurrents dans l'outil de la boutique"]),
        H(1, "3. Cibles", {"stp": "ok"}),
        P("Nous avons découpé nos clients possibles selon deux questions : achètent-ils pour eux-mêmes ou pour "
          "offrir, et passent-ils par un commerçant ou directement par nous ? Quatre groupes en sortent. Nous en "
          "retenons trois pour 2027. Les épiceries fines des grandes villes d'abord, parce qu'elles donnent de la "
          "visibilité et commandent toute l'année. Les entreprises ensuite, pour les cadeaux de fin d'année, parce "
          "qu'une seule commande peut dépasser mille boîtes. Les amateurs qui achètent en ligne enfin, souvent "
          "des touristes passés par l'usine, qui reviennent si on leur écrit au bon moment. Les cavistes restent "
          "hors champ cette année : ils veulent des exclusivités que nous ne pouvons pas encore garantir."),
        P("Les épiceries recevront l'essentiel de l'effort commercial : elles seules peuvent faire connaître la "
          "marque hors de Bretagne, et chacune d'elles devient une vitrine que d'autres clients voient."),
        H(2, "3.1 Segments", {"segmentation": "ok"}),
        T([["Groupe", "Taille estimée", "Ce qu'ils attendent", "Retenu ?"],
           ["Épiceries fines hors Bretagne", "environ 1 800 en France", "une histoire, une belle boîte, "
            "des minimums de commande bas", "oui, priorité"],
           ["Comités d'entreprise et cadeaux d'affaires", "environ 400 entreprises dans l'Ouest",
            "un coffret livré à date, personnalisable", "oui"],
           ["Acheteurs en ligne", "12 000 visiteurs de l'usine par an", "le goût de la visite, chez soi",
            "oui"],
           ["Cavistes", "environ 5 000", "exclusivité locale", "non, en 2028"]]),
        H(2, "3.2 Positionnement", {"positioning": "thin"}),
        P("La sardine de Douarnenez, pêchée dans la baie et préparée à la main depuis cent ans. Plus artisanale "
          "que les grandes marques, plus abordable que les millésimes de luxe."),
        H(1, "4. Ce que nous promettons", {"value-proposition": "ok"}),
        T([["Pour qui", "Leur souci", "Notre réponse"],
           ["L'épicier", "vendre sans stock dormant", "commande à partir de 24 boîtes, présentoir offert, "
            "reprise des invendus de la première commande"],
           ["L'entreprise", "un cadeau qui change du chocolat", "coffret de six boîtes avec carte de la baie, "
            "logo de l'entreprise sur le fourreau"],
           ["L'amateur", "retrouver le goût de la visite", "abonnement de quatre colis par an, une recette "
            "du chef de l'usine dans chaque colis"]]),
        H(1, "5. Mix", {"marketing-mix": "ok"}),
        T([["Levier", "Choix pour 2027"],
           ["Produit", "gamme resserrée à 9 recettes, nouvelles étiquettes dessinées par une illustratrice de "
            "Douarnenez, une série d'hiver numérotée"],
           ["Prix", "boîte de base à 5,90 euros en épicerie, série d'hiver à 9,50 euros, coffret à 39 euros"],
           ["Distribution", "épiceries via un agent à Paris et un à Lyon, boutique en ligne refaite, "
            "vente directe aux entreprises"],
           ["Communication", "visites de l'usine filmées, salons Gourmet Sélection et Salon de l'agriculture, "
            "lettre d'information trimestrielle"]]),
        H(1, "6. Déploiement – premier semestre", {"deployment-plan": "ok"}),
        T([["Action", "Quand", "Qui", "Indicateur"],
           ["Nouvelles étiquettes et présentoirs", "janvier – février", "marketing", "étiquettes livrées"],
           ["Recrutement des deux agents", "février", "gérant", "contrats signés"],
           ["Nouvelle boutique en ligne", "mars", "prestataire web", "mise en ligne, ventes de mars"],
           ["Salon de l'agriculture", "fin février", "équipe marque", "contacts d'épiciers recueillis"]]),
        H(1, "7. Déploiement – second semestre", {"deployment-plan": "ok"}),
        T([["Action", "Quand", "Qui", "Indicateur"],
           ["Tournée des épiceries de Paris et Lyon", "septembre", "agents", "nombre de points de vente"],
           ["Salon Gourmet Sélection", "septembre", "équipe marque", "commandes prises sur le salon"],
           ["Campagne cadeaux d'entreprise", "octobre – décembre", "commerciale entreprises", "coffrets vendus"],
           ["Série d'hiver numérotée", "novembre", "production et marketing", "série épuisée avant Noël"]]),
        H(1, "8. Budget", {"commercial-budget": "ok"}),
        T([["Poste", "Montant"],
           ["Étiquettes et présentoirs", "38 000 €"],
           ["Commissions des agents", "environ 60 000 €"],
           ["Boutique en ligne", "24 000 €"],
           ["Deux salons", "31 000 €"],
           ["Échantillons et coffrets de prospection", "12 000 €"],
           ["Total", "165 000 €"]]),
        H(1, "9. Organisation du projet", {"project-processes": "ok"}),
        P("Le projet est piloté par Gaëlle Le Floch, responsable de la marque, qui réunit chaque lundi matin "
          "pendant une demi-heure la petite équipe marque : la chargée de communication, la commerciale "
          "entreprises et le responsable de production. On y regarde trois chiffres, les commandes de la semaine, "
          "les points de vente actifs et le stock de chaque recette, puis on décide des actions de la semaine. "
          "Une fois par mois, le comité de direction reçoit une page de synthèse et tranche ce qui dépasse 5 000 "
          "euros ou touche au planning de l'usine."),
        P("Les commandes suivent toutes le même chemin : l'agent ou le site saisit la commande dans l'outil de "
          "gestion, le service client la vérifie le jour même, la production la prépare sous trois jours, et la "
          "facture part avec le colis. Un incident de livraison est traité par le service client sous 48 heures "
          "et remonté le lundi suivant. Les deux agents reçoivent chaque vendredi la liste de leurs épiceries "
          "sans commande depuis six semaines, pour les relancer."),
        H(2, "9.1 RACI", {"raci": "ok"}),
        T([["Activité", "Gaëlle (marque)", "Yann (gérant)", "Agents", "Production", "Service client"],
           ["Choix des recettes et des étiquettes", "R", "A", "C", "C", "I"],
           ["Référencement des épiceries", "A", "I", "R", "I", "C"],
           ["Coffrets d'entreprise", "A", "I", "I", "R", "C"],
           ["Boutique en ligne", "R", "A", "I", "I", "C"],
           ["Suivi des commandes et incidents", "I", "I", "C", "C", "R"]]),
    ],
    missing=["process-map"],
)
