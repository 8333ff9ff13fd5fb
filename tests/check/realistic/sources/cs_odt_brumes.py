from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Markdown -> pandoc ODT -> LibreOffice docx, French. Headings numbered in roman numerals and
    paraphrased; segmentation/targeting prose and the segment grid split differently: the grid is its own
    sub-heading, positioning merged into the targeting text (covered); the budget is a sub-section; project
    processes and RACI under one heading with the RACI as a table (merged); no value proposition (missing); the
    process map is a picture under a paraphrased sub-heading; the objectives text is short (thin).""",
    title="Les Brumes – Stratégie commerciale de la gamme de thés glacés",
    cover=["Étude de cas n°1 – Lucie Fontaine – Manageur de l'innovation numérique"],
    blocks=[
        H(1, "I. Le marché et notre offre", {"market-diagnosis": "ok"}),
        P("Les Brumes est une PME bordelaise de 26 salariés qui fabrique des thés glacés bio peu sucrés, vendus en "
          "bouteilles de verre consignées de 33 cl. Après trois ans de croissance dans les épiceries fines et les "
          "cafés du Sud-Ouest, l'entreprise réalise 3,4 millions d'euros de chiffre d'affaires et veut entrer dans "
          "la grande distribution et les chaînes de restauration rapide urbaine. Le marché français des thés glacés "
          "pèse environ 500 millions d'euros, dominé à 70 % par deux grandes marques sucrées, mais le segment des "
          "boissons peu sucrées progresse de 12 % par an, porté par la taxe soda et l'attention des parents au "
          "sucre. Nos forces sont la recette, saluée par deux concours, et la consigne, qui séduit les acheteurs "
          "sensibles au plastique. Nos faiblesses sont un prix de vente 40 % au-dessus des leaders et une capacité "
          "de production limitée à six millions de bouteilles par an. La menace principale est l'arrivée des "
          "grandes marques sur le peu sucré avec des budgets publicitaires que nous n'aurons jamais."),
        H(1, "II. Où voulons-nous aller ?", {"commercial-objectives": "thin"}),
        P("Objectif : 5,2 millions d'euros de chiffre d'affaires en 2027, dont 30 % hors Sud-Ouest. Indicateurs "
          "suivis chaque mois : points de vente actifs, rotation par point de vente."),
        H(1, "III. À qui vendre, et avec quel discours", {"stp": "ok", "positioning": "ok"}),
        P("Nous avons découpé le marché selon le circuit de vente et l'attente principale de l'acheteur. Trois "
          "segments ressortent : les enseignes bio spécialisées, qui connaissent déjà la marque ; les supermarchés "
          "de centre-ville des grandes enseignes, qui cherchent des produits différenciants pour une clientèle "
          "urbaine aisée ; et les chaînes de restauration rapide saine, en forte croissance à Paris, Lyon et "
          "Lille. Nous retenons comme cible principale les chaînes de restauration rapide saine : leurs clients "
          "paient déjà 4 euros une boisson, la consigne correspond à leurs engagements, et un seul accord couvre "
          "des dizaines de points de vente. Les supermarchés de centre-ville sont la cible secondaire."),
        P("Notre positionnement : le thé glacé des gens qui lisent les étiquettes. Face aux grandes marques, nous "
          "ne jouons ni le prix ni la publicité, mais la preuve : 4 grammes de sucre pour 100 ml, des thés de "
          "producteurs nommés, une bouteille qui revient. Ce positionnement se voit sur l'étiquette, où le taux de "
          "sucre est écrit en gros, et dans le discours des commerciaux."),
        H(2, "III.1 Grille des segments", {"segmentation": "ok"}),
        T([["Segment", "Description", "Taille", "Besoins", "Attractivité", "Cible"],
           ["Restauration rapide saine", "chaînes de 10 à 80 points de vente", "environ 1 200 points de vente", "boisson premium, engagement environnemental", "5", "principale"],
           ["Supermarchés de centre-ville", "formats urbains des grandes enseignes", "3 500 magasins", "produits différenciants", "4", "secondaire"],
           ["Enseignes bio", "magasins spécialisés", "2 800 magasins", "bio, local", "3", "entretien"]]),
        H(1, "IV. Le mix", {"marketing-mix": "ok"}),
        T([["Levier", "Décisions", "Justification"],
           ["Produit", "trois parfums, bouteille consignée 33 cl, version 25 cl pour la restauration", "format adapté aux menus"],
           ["Prix", "2,10 € HT en restauration, 2,90 € TTC en magasin", "premium assumé, cohérent avec le positionnement"],
           ["Distribution", "vente directe aux chaînes, grossiste pour les supermarchés", "un accord couvre de nombreux points"],
           ["Communication", "dégustations, étiquette lisible, réseaux sociaux des chaînes partenaires", "la preuve plutôt que la publicité"]]),
        H(1, "V. Passer à l'action", {"deployment-plan": "ok"}),
        T([["Action", "Segment", "Objectif", "Canal", "Responsable", "Début", "Fin", "Budget", "KPI"],
           ["Référencement dans 3 chaînes", "restauration rapide", "150 points de vente", "vente directe", "directeur commercial", "janvier", "juin", "25 k€", "points actifs"],
           ["Test dans 40 supermarchés lyonnais", "supermarchés", "rotation de 12 bouteilles par semaine", "grossiste", "chef de secteur", "mars", "septembre", "40 k€", "rotation"],
           ["Dégustations en magasin", "supermarchés", "essai", "terrain", "animatrices", "avril", "juillet", "18 k€", "ventes pendant l'animation"]]),
        H(2, "V.1 Ce que cela coûte", {"commercial-budget": "ok"}),
        T([["Poste", "T1", "T2", "T3", "T4", "Total"],
           ["Force de vente", "30 k€", "30 k€", "30 k€", "30 k€", "120 k€"],
           ["Dégustations et salons", "5 k€", "20 k€", "10 k€", "5 k€", "40 k€"],
           ["Référencement", "15 k€", "10 k€", "0", "0", "25 k€"],
           ["Total", "50 k€", "60 k€", "40 k€", "35 k€", "185 k€"]]),
        H(1, "VI. Comment nous allons travailler", {"project-processes": "ok", "raci": "ok"}),
        P("Le déploiement est suivi comme un projet, avec un chef de projet, le directeur commercial, et un comité "
          "mensuel où l'on revoit les points de vente actifs, les ruptures et le budget. Chaque nouvelle chaîne "
          "référencée suit le même processus : présentation, dégustation avec l'acheteur, test sur cinq points de "
          "vente pendant six semaines, bilan chiffré, puis déploiement. Les commandes passent par notre outil de "
          "gestion, et le CRM HubSpot garde la trace de chaque contact. La logistique de la consigne est le point "
          "le plus délicat : les bouteilles vides sont reprises à chaque livraison et comptées par le chauffeur. "
          "Un écart de plus de 5 % entre bouteilles livrées et reprises déclenche un appel du service client au point de vente dans la semaine, puis une visite du commercial si l'écart se répète le mois suivant. Le partage des responsabilités est le suivant."),
        T([["Activité", "Dirigeante", "Chef de projet", "Marketing", "Commercial", "Production", "Service client"],
           ["Référencement des chaînes", "A", "C", "C", "R", "I", "I"],
           ["Tests en points de vente", "I", "A", "R", "R", "C", "I"],
           ["Reprise des bouteilles", "I", "A", "I", "C", "R", "R"]]),
        H(2, "VI.1 Le parcours d'un nouveau client", {"process-map": "ok"}),
        Img(["Présentation", "Dégustation", "Test 6 semaines", "Bilan", "Déploiement"],
            caption="Le processus de référencement d'une nouvelle chaîne, de la présentation au déploiement."),
    ],
    missing=["value-proposition"],
)
