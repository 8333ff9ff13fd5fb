from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, in French: un mémoire sur les étiquettes électroniques de gondole et la démarque dynamique des
    produits frais, pour Épiceries Vertes, une coopérative de 46 magasins bio indépendants en Auvergne-Rhône-Alpes.
    Guidance deleted. Four headings retyped by replacing their runs ("Pourquoi ce sujet m'a choisi", "La tendance
    à la loupe", "Ce que je conseille à la coopérative", "Le magasin de 2035"), the bookmark lost
    each time. Every table filled; the method section is one short paragraph (thin); the optional appendices
    deleted with their heading (missing).""",
    cover={"project": "Afficher juste, jeter moins : étiquettes électroniques et démarque dynamique dans le commerce bio de proximité",
           "company": "Épiceries Vertes, coopérative de magasins bio", "candidate": "Romain Chabert",
           "school": "Web School Factory"},
    sections={
        "abstract": dict(status="ok", text=[
            "Dans un magasin bio de quartier, un produit frais sur douze finit à la poubelle ou au don. Pour les 46 "
            "magasins de la coopérative Épiceries Vertes, cela représente 2,4 millions d'euros par an, soit "
            "davantage que le résultat net du réseau. Une technologie promet de changer la donne : les étiquettes "
            "électroniques de gondole, reliées à la caisse et à un logiciel qui baisse automatiquement le prix d'un "
            "yaourt ou d'une salade à l'approche de sa date limite. Ce mémoire étudie cette tendance, la démarque "
            "dynamique, et se demande si elle a un sens pour des magasins indépendants de 200 à 400 mètres carrés, "
            "dont les clients sont attachés à des prix stables et lisibles. À partir d'une revue de la littérature, "
            "de quatorze entretiens, d'une visite de trois enseignes équipées et d'un test de huit semaines dans "
            "deux magasins, je montre que la démarque dynamique réduit le gaspillage d'un tiers sur les rayons "
            "concernés, mais que sa valeur dépend de la confiance des clients et du rôle laissé aux équipes. Je "
            "propose un déploiement progressif et une veille pour suivre ce marché qui bouge vite.",
            "Mots-clés : commerce de proximité, produits frais, gaspillage alimentaire, étiquettes électroniques, "
            "prix dynamiques, coopérative."]),
        "introduction": dict(status="ok", text=[
            "Un mardi de juin 2025, au magasin de Villeurbanne, j'ai passé la fin de journée à coller à la main des "
            "étiquettes orange « -30 % » sur des barquettes de fraises, des fromages frais et des sandwiches. Deux "
            "heures de travail pour une employée, des clients qui attendent la dernière heure pour faire leurs "
            "courses, et malgré tout onze kilos de produits jetés le soir même. Cette scène, que tous les "
            "responsables de rayon connaissent, est au point de départ de ce mémoire.",
            "Le gaspillage alimentaire est devenu un sujet économique autant qu'écologique. La loi de 2020 contre "
            "le gaspillage impose aux magasins de proposer leurs invendus aux associations, et l'objectif national "
            "est de diviser par deux le gaspillage de la distribution d'ici 2025, un objectif que peu d'enseignes "
            "ont atteint. Dans le même temps, les magasins bio traversent une crise : après dix ans de croissance, "
            "leurs ventes ont reculé de 2021 à 2024, et chaque point de marge compte.",
            "Les grandes enseignes ont commencé à répondre avec la technologie. Depuis 2022, plusieurs chaînes "
            "équipent leurs rayons d'étiquettes électroniques qui changent de prix à distance, et testent des "
            "logiciels qui calculent la bonne remise au bon moment, selon la date limite, le stock et l'historique "
            "des ventes. Des start-up françaises vendent ces solutions aux supermarchés, et commencent à viser les "
            "magasins de proximité. Le discours est séduisant : moins de gaspillage, moins de travail manuel, un "
            "prix toujours juste.",
            "Mais ce qui fonctionne dans un hypermarché de 8 000 mètres carrés fonctionne-t-il dans une épicerie bio "
            "de quartier, où le client connaît la vendeuse, où l'on vend du vrac et où la coopérative a fait de la "
            "transparence des prix une valeur ? Alternant au service achats et marketing de la coopérative depuis "
            "septembre 2024, j'ai été chargé d'éclairer cette question pour le conseil d'administration. Ce mémoire "
            "présente d'abord le sujet, l'état des connaissances et ma démarche, puis analyse la tendance et la "
            "valeur qu'elle peut créer, avant de proposer une stratégie de mise en œuvre, une veille et une vision "
            "à dix ans pour le réseau."]),
        "research-question": dict(status="ok", text=[
            "Ma question de recherche est la suivante : la démarque dynamique pilotée par étiquettes électroniques "
            "peut-elle réduire le gaspillage des magasins bio de proximité sans abîmer la confiance de leurs "
            "clients, et à quelles conditions ?",
            "Trois hypothèses structurent le travail. H1 : sur les rayons frais, elle réduit les pertes d'au moins "
            "25 %. H2 : les clients l'acceptent si les règles de remise sont expliquées et stables. H3 : "
            "l'investissement n'est rentable qu'en mutualisant le logiciel au niveau de la coopérative.",
            "Chacune est confrontée aux données du test, aux entretiens et aux devis des fournisseurs dans la suite du mémoire."]),
        "subject-choice": dict(status="ok", retitle="Pourquoi ce sujet m'a choisi", text=[
            "Je n'ai pas choisi ce sujet d'emblée. Au début de mon alternance, je pensais travailler sur la "
            "fidélisation en ligne. C'est la fin de journée décrite plus haut, puis les chiffres de la démarque "
            "que j'ai compilés pour le comité de direction, qui m'ont fait changer d'avis : la perte sur les "
            "produits frais pèse 3,1 % du chiffre d'affaires du réseau, et elle a augmenté de 40 % en quatre ans.",
            "Le sujet me paraît pertinent pour trois raisons. D'abord, il touche au cœur du modèle économique de la "
            "coopérative : les produits frais font 38 % des ventes et l'essentiel des visites, mais aussi "
            "l'essentiel des pertes. Ensuite, il est à un moment charnière : les étiquettes électroniques ont vu "
            "leur prix divisé par trois en dix ans, et les logiciels de démarque arrivent sur le marché des petits "
            "magasins, avec des offres par abonnement. Dans deux ou trois ans, les fournisseurs démarcheront les "
            "magasins un par un, et la coopérative doit avoir une position avant. Enfin, le sujet pose des "
            "questions qui vont au-delà de la technique : l'image d'un prix qui bouge dans un réseau qui se veut "
            "transparent, la place des salariés quand un logiciel décide des remises, la relation avec les "
            "associations qui reçoivent les invendus.",
            "Il correspond aussi à mon parcours : une licence de gestion, un stage dans une start-up de la "
            "logistique du dernier kilomètre, et l'envie de travailler sur des technologies qui servent la "
            "transition écologique plutôt que la seule productivité. Enfin, la coopérative m'a donné accès à ses "
            "données de caisse et de démarque sur quatre ans, et deux magasins ont accepté un test, ce qui rend le "
            "sujet faisable dans le temps d'un mémoire."]),
        "state-of-the-art": dict(status="ok", text=[
            "La littérature sur le sujet se range en trois familles : les travaux sur le gaspillage dans la "
            "distribution, ceux sur la tarification dynamique, et les retours d'expérience des enseignes et des "
            "fournisseurs.",
            "Sur le gaspillage, l'ADEME a estimé en 2016 puis en 2023 les pertes de la distribution française à "
            "environ 1,4 million de tonnes par an, dont les fruits et légumes, la boulangerie et les produits "
            "laitiers forment la majorité. Les études de terrain, comme celle de Teller et ses collègues sur des "
            "supermarchés autrichiens, montrent que les pertes viennent moins des erreurs de commande que de la "
            "gestion de la fin de vie des produits : rotation des rayons, remises trop tardives, dates mal suivies. "
            "Autrement dit, le levier principal est ce qui se passe dans les trois derniers jours du produit.",
            "Sur la tarification dynamique, la recherche en économie et en marketing est abondante mais porte "
            "surtout sur le transport aérien, l'hôtellerie et le commerce en ligne. Pour l'alimentaire, les travaux "
            "de Buisman, Haijema et Bloemhof ont modélisé la remise en fonction de la date limite et montré, par "
            "simulation, des réductions de pertes de 20 à 35 % selon les produits. Une étude néerlandaise menée en "
            "conditions réelles en 2021 confirme une baisse d'environ 30 % des pertes sur les rayons frais, avec "
            "une légère hausse du chiffre d'affaires. Ces travaux portent tous sur des supermarchés de grande "
            "taille.",
            "La perception des prix changeants par les consommateurs est mieux connue. Les études sur l'équité "
            "perçue des prix, notamment celles de Xia, Monroe et Cox, montrent que le client accepte une variation "
            "de prix quand il en comprend la raison et qu'elle joue en sa faveur, mais la rejette quand il "
            "soupçonne une hausse opportuniste. Les remises de fin de vie sont donc mieux acceptées que la "
            "tarification dynamique « à la hausse » pratiquée en ligne. Un sondage de l'institut UFC-Que Choisir "
            "en 2024 indique cependant que 58 % des Français craignent que les étiquettes électroniques servent à "
            "augmenter les prix aux heures d'affluence.",
            "Enfin, les retours d'expérience publiés par les enseignes et les fournisseurs sont nombreux mais "
            "partiaux. Les cas présentés par les éditeurs de logiciels annoncent des baisses de pertes de 40 à 60 %, "
            "sans méthode détaillée ni groupe de comparaison. Les articles de la presse professionnelle, comme LSA "
            "ou Linéaires, rapportent des résultats plus nuancés et insistent sur le temps d'installation et la "
            "formation des équipes.",
            "Il manque donc des travaux sur les petits magasins, sur le commerce bio, dont la clientèle est "
            "sensible à la transparence, et sur l'organisation du travail qu'implique la démarque automatique. "
            "C'est sur ces trois manques que ce mémoire apporte un éclairage, modeste mais fondé sur le terrain."]),
        "methodology": dict(status="thin", text=[
            "J'ai combiné une revue documentaire, quatorze entretiens (responsables de magasin, salariés, clients, "
            "deux fournisseurs), la visite de trois magasins équipés et un test de huit semaines dans deux "
            "magasins, comparés à deux magasins témoins. Les pertes ont été suivies à partir des relevés de "
            "démarque de la caisse. Les entretiens ont été enregistrés, retranscrits et codés par thème."]),
        "trend-analysis": dict(status="ok", retitle="La tendance à la loupe", text=[
            "La démarque dynamique repose sur trois briques qui ont mûri à des rythmes différents. La première est "
            "l'étiquette électronique elle-même : un petit écran à encre électronique, alimenté par une pile qui "
            "dure cinq à sept ans, qui reçoit son prix par radio. Inventée dans les années 1990, elle est longtemps "
            "restée chère ; son prix unitaire est passé d'environ 15 euros en 2014 à moins de 5 euros en 2025. La "
            "France est le premier marché européen, avec plus de la moitié des hypermarchés équipés, surtout pour "
            "économiser le temps de changement des prix.",
            "La deuxième brique est la donnée de date limite. Pour qu'un logiciel baisse le prix d'un produit qui "
            "arrive en fin de vie, il doit savoir quels lots sont en rayon et quand ils expirent. Longtemps, cette "
            "information n'existait que sur l'emballage. Le code-barres bidimensionnel GS1, qui contient le lot et "
            "la date, se généralise depuis 2024 et doit remplacer le code-barres classique d'ici 2027. C'est le "
            "vrai déclencheur de la tendance : il rend la date lisible en caisse et en réserve sans saisie manuelle.",
            "La troisième brique est le logiciel de calcul des remises. Les premiers outils appliquaient des règles "
            "fixes : -30 % la veille de la date, -50 % le jour même. Les plus récents apprennent des ventes passées "
            "et ajustent la remise selon le produit, le jour de la semaine et le stock restant. Plusieurs jeunes "
            "entreprises françaises et européennes proposent ces logiciels par abonnement, et des applications "
            "anti-gaspillage comme Too Good To Go les complètent pour les produits qui n'ont pas trouvé preneur.",
            "Au niveau du marché, la tendance suit une courbe classique d'adoption. Les grandes enseignes ont "
            "commencé en 2022 par des tests, puis généralisé dans les hypermarchés. Les supermarchés de centre-ville "
            "suivent depuis 2024. Les réseaux de magasins bio et les indépendants sont encore au stade de la "
            "curiosité : dans mes entretiens, aucun des cinq responsables de magasin interrogés hors de la "
            "coopérative n'avait de projet chiffré. Les fournisseurs, eux, préparent des offres « tout compris » "
            "pour les magasins de moins de 500 mètres carrés, signe qu'ils voient là leur prochain marché.",
            "Le test mené dans les magasins de Villeurbanne et de Grenoble-Championnet confirme la tendance à petite "
            "échelle. Sur les rayons crèmerie, traiteur et fruits et légumes, équipés de 1 400 étiquettes, les "
            "pertes ont baissé de 33 % en huit semaines, contre 4 % dans les magasins témoins. Le temps passé à "
            "étiqueter les remises est passé de neuf heures à moins de deux heures par semaine et par magasin. En "
            "revanche, le chiffre d'affaires des produits concernés n'a pas augmenté : les ventes remisées ont "
            "remplacé une partie des ventes au prix plein. Les entretiens montrent aussi des freins : des clients "
            "qui attendent la remise pour acheter, et des salariés inquiets de perdre la main sur le rayon."]),
        "impacts-value": dict(status="ok", text=[
            "La valeur créée ne se limite pas aux pertes évitées. Le tableau résume les effets attendus pour la "
            "coopérative, à partir du test et des entretiens.",
            "Les montants sont extrapolés à partir des deux magasins du test, en appliquant la baisse mesurée aux "
            "pertes de chaque magasin du réseau en 2025 ; ils supposent que tous les magasins soient équipés, ce "
            "qui n'arrivera pas avant 2029. La valeur pour les équipes est la plus sûre : elle a été mesurée "
            "directement. La valeur d'image est la plus incertaine, car elle dépend de la manière dont la "
            "coopérative communiquera."],
            tables=[[
                ["Rayons frais", "pertes en baisse d'un tiers", "environ 800 000 € par an à l'échelle du réseau", "court terme"],
                ["Équipes en magasin", "moins d'étiquetage manuel", "sept heures par semaine et par magasin rendues au conseil", "court terme"],
                ["Image de la coopérative", "gaspillage réduit et mesuré", "argument auprès des clients et des collectivités", "moyen terme"],
                ["Achats", "données fines de fin de vie par produit", "commandes mieux ajustées aux ventes réelles", "long terme"]]]),
        "anticipation-strategy": dict(status="ok", text=[
            "Anticiper ce changement, pour la coopérative, c'est d'abord décider avant que les fournisseurs ne "
            "démarchent les magasins un par un. Chaque magasin est indépendant et libre de ses achats : sans "
            "position commune, le réseau risque de se retrouver avec quatre ou cinq systèmes différents, "
            "incompatibles, et des pratiques de prix que les clients ne comprendront pas d'un magasin à l'autre.",
            "La stratégie que je propose tient en trois temps. Le premier, en 2027, consiste à fixer un cadre "
            "commun. Le conseil d'administration adopte une charte de la démarque : les remises ne servent qu'à "
            "baisser les prix des produits en fin de vie, jamais à les augmenter aux heures d'affluence ; les règles "
            "sont affichées en magasin ; les produits qui n'ont pas été vendus à la date limite sont donnés aux "
            "associations partenaires. La coopérative lance en parallèle un appel d'offres unique, pour négocier "
            "le prix des étiquettes et du logiciel au nom des 46 magasins.",
            "Le deuxième temps, en 2027 et 2028, est un déploiement progressif par vagues de huit à dix magasins "
            "volontaires, en commençant par les plus gros, où les pertes sont les plus fortes. Chaque vague est "
            "accompagnée par un binôme : un référent de la coopérative et un responsable de magasin déjà équipé. "
            "Les salariés sont formés à lire les suggestions du logiciel et gardent la possibilité de les refuser, "
            "ce qui répond à la crainte exprimée dans les entretiens de perdre la main sur le rayon.",
            "Le troisième temps, à partir de 2029, consiste à tirer parti des données. Une fois la majorité des "
            "magasins équipés, la coopérative dispose de données de fin de vie par produit et par magasin qu'aucun "
            "fournisseur ne possède. Elle peut s'en servir pour ajuster ses commandes groupées, négocier des "
            "conditions de reprise avec les producteurs locaux et mesurer précisément sa contribution à la "
            "réduction du gaspillage.",
            "Cette stratégie suppose de gérer plusieurs résistances. Certains magasins considèrent que "
            "l'investissement, environ 35 000 euros pour un magasin moyen, est trop élevé : la coopérative peut "
            "proposer une location et un financement sur trois ans, remboursé par les pertes évitées. Certains "
            "salariés craignent que la technologie serve à réduire les effectifs : la charte doit dire que le temps "
            "gagné est réaffecté au conseil en rayon. Enfin, des clients fidèles pourraient voir dans les étiquettes "
            "un signe de « supermarchisation » : la communication doit mettre en avant le gaspillage évité, chiffré "
            "magasin par magasin, plutôt que la technologie elle-même.",
            "Un indicateur simple permettra de savoir si la stratégie tient : le taux de pertes des rayons frais "
            "de chaque magasin équipé, publié chaque mois, comparé à celui des magasins qui ne le sont pas encore. "
            "S'il ne baisse pas d'au moins 20 %, la vague suivante est repoussée."]),
        "recommendations": dict(status="ok", retitle="Ce que je conseille à la coopérative", text=[
            "Au terme de ce travail, je formule cinq recommandations au conseil d'administration.",
            "Premièrement, adopter la démarque dynamique, mais seulement à la baisse et seulement sur les produits "
            "en fin de vie. C'est la condition de la confiance des clients, et c'est aussi là que se trouve "
            "l'essentiel de la valeur mesurée dans le test. Deuxièmement, négocier un contrat cadre unique pour le "
            "réseau, avec un logiciel hébergé en France, des données qui restent la propriété de la coopérative et "
            "une clause de sortie. L'écart de prix obtenu sur les étiquettes dans les devis que j'ai demandés "
            "atteint 28 % entre un achat isolé et un achat groupé.",
            "Troisièmement, déployer par vagues de magasins volontaires, en mesurant à chaque fois les pertes, le "
            "temps de travail et la satisfaction des clients par rapport à des magasins témoins. Le passage à la "
            "vague suivante ne se fait que si les pertes baissent d'au moins 20 %. Quatrièmement, laisser la main "
            "aux équipes : le logiciel propose, le responsable de rayon dispose, et le temps gagné est consacré au "
            "conseil. Cinquièmement, rendre le résultat visible : un affichage en magasin du gaspillage évité, mis "
            "à jour chaque mois.",
            "Ces recommandations ont des limites. Le test a duré huit semaines, au printemps, dans deux magasins "
            "urbains ; les magasins ruraux, plus petits, pourraient tirer moins de bénéfices. L'effet sur le chiffre "
            "d'affaires reste incertain, et une habitude d'attendre les remises pourrait s'installer chez certains "
            "clients. Il faudra donc suivre ces points pendant les premières vagues. À plus long terme, la "
            "coopérative pourrait étendre la démarche au vrac, où la date limite est plus difficile à suivre, et "
            "partager ses données avec les producteurs pour adapter les quantités livrées.",
            "Pour la suite, je propose que le comité de direction fasse le point sur ces recommandations après la "
            "première vague, en juin 2027, avec les chiffres des huit premiers magasins, l'avis des salariés "
            "concernés et une enquête courte auprès des clients, avant de décider de la deuxième vague.",
            "Ce point d'étape doit aussi vérifier que la charte est respectée dans chaque magasin équipé."]),
        "watch-scope": dict(status="ok", text=[
            "La veille que j'ai mise en place pour la coopérative doit l'aider à décider au bon moment et à ne pas "
            "se laisser surprendre par les fournisseurs ou la réglementation. Elle couvre quatre axes : les "
            "technologies (étiquettes, codes GS1, logiciels de remise), le marché des fournisseurs et leurs offres "
            "pour les petits magasins, la réglementation sur le gaspillage et l'affichage des prix, et les attentes "
            "des consommateurs du bio. Elle s'adresse au service achats et marketing, qui en est le pilote, au "
            "conseil d'administration et aux responsables de magasin, qui reçoivent une synthèse mensuelle courte. "
            "Elle exclut volontairement la tarification dynamique du commerce en ligne, trop éloignée du métier.",
            "Ses objectifs sont concrets : repérer les offres des fournisseurs avant qu'elles n'arrivent dans les "
            "magasins, suivre le calendrier du code-barres 2D qui conditionne la lecture des dates, anticiper les "
            "textes sur le gaspillage et l'affichage des prix, et mesurer l'évolution de l'opinion des clients du "
            "bio sur les prix changeants. Chaque axe a une question principale, revue chaque année avec le conseil."]),
        "source-choice": dict(status="ok", text=[
            "J'ai choisi les sources selon trois critères : leur fiabilité, leur proximité avec le commerce de "
            "proximité et leur fréquence de mise à jour. J'ai d'abord recensé une soixantaine de sources possibles, "
            "puis je les ai évaluées sur une grille de fiabilité de 1 à 5 : qui publie, avec quelle méthode, avec "
            "quel intérêt commercial. J'en ai gardé dix-huit.",
            "Les sources institutionnelles et scientifiques (ADEME, GS1 France, revues de recherche en gestion des "
            "opérations) donnent les faits solides mais publient lentement. La presse professionnelle de la "
            "distribution apporte l'actualité des enseignes et des fournisseurs ; je la note plus bas, car elle "
            "reprend souvent les communiqués. Les sites et lettres des fournisseurs sont utiles pour suivre les "
            "offres et les prix, à condition de les croiser avec d'autres sources. Les réseaux humains, enfin, sont "
            "précieux : les rencontres entre réseaux bio, le groupe des responsables de magasins de la coopérative "
            "et deux associations de lutte contre le gaspillage me donnent des retours de terrain que l'on ne lit "
            "nulle part.",
            "J'ai écarté les réseaux sociaux grand public, trop bruyants, sauf LinkedIn pour suivre quelques "
            "dirigeants de fournisseurs. J'ai aussi écarté les études de marché payantes, hors de portée du budget "
            "de la coopérative, en me contentant de leurs résumés publics. Chaque source est réévaluée une fois par "
            "an : une source qui n'a rien apporté d'utile en douze mois est retirée de la liste.",
            "Cette discipline évite l'accumulation : une veille qui grossit sans cesse finit par ne plus être lue. "
            "En un an, quatre sources ont déjà été retirées et trois ajoutées, dont un groupe d'échange entre "
            "coopératives de commerçants indépendants.",
            "La liste complète est tenue dans le tableur partagé, avec la date de la dernière évaluation."]),
        "source-inventory": dict(status="ok", tables=[[
            ["ADEME, études sur le gaspillage", "institution", "chiffres de référence sur les pertes", "5, méthode publiée", "semestrielle, alerte site", "mesure du gaspillage"],
            ["GS1 France", "organisme de normalisation", "calendrier du code-barres 2D", "5, source officielle", "trimestrielle, lettre", "données de date limite"],
            ["LSA", "presse professionnelle", "actualité des enseignes et des fournisseurs", "3, reprend des communiqués", "hebdomadaire, Feedly", "marché et offres"],
            ["Groupe des responsables de magasin", "réseau humain", "retours de terrain du réseau", "4, témoignages recoupés", "mensuelle, réunion", "usages et résistances"]]]),
        "search-queries": dict(status="ok", tables=[[
            ["étiquette électronique", "ESL, electronic shelf label, étiquette digitale", "\"electronic shelf label\" AND grocery", "Google Scholar, Feedly", "oui, hebdomadaire"],
            ["démarque dynamique", "dynamic markdown, prix dynamique date limite", "\"dynamic pricing\" AND \"perishable\"", "Google Scholar", "oui, mensuelle"],
            ["code-barres 2D", "GS1 DataMatrix, QR GS1, Sunrise 2027", "\"GS1 2D\" OR \"Sunrise 2027\"", "Google Alerts", "oui, hebdomadaire"]]]),
        "watch-cycle": dict(status="ok", skip_cols=1, text=[
            "Le cycle suit six étapes, du ciblage à la capitalisation ; il prend environ trois heures par semaine."],
            tables=[[
                [None, "je revois les quatre axes et les questions du conseil", "note de cadrage", "une fois par an", "liste des questions"],
                [None, "je mets à jour la liste des sources et leur note", "tableur des sources", "chaque trimestre", "inventaire à jour"],
                [None, "je reçois les flux et les alertes", "Feedly, Google Alerts", "en continu", "flux brut"],
                [None, "je trie, je note et je résume ce qui compte", "tableur, Notion", "chaque semaine", "fiches courtes"],
                [None, "j'envoie la synthèse aux magasins et au conseil", "lettre interne", "chaque mois", "lettre de veille"],
                [None, "j'archive et je relie aux décisions prises", "Notion", "chaque trimestre", "base de connaissances"]]]),
        "update-method": dict(status="ok", text=[
            "La veille ne vaut que si elle reste à jour. J'ai donc prévu trois rythmes. Chaque semaine, une heure "
            "le lundi matin sert à trier les alertes de la semaine précédente : chaque information reçoit une note "
            "de pertinence de 1 à 3 et une note de fiabilité reprise de la source, et seules les informations "
            "notées 2 ou 3 sont résumées. Chaque mois, la lettre de veille rassemble les cinq à huit informations "
            "les plus utiles, avec pour chacune une phrase sur ce qu'elle change pour la coopérative. Chaque "
            "trimestre, je revois le radar technologique et je le présente au comité de direction, ce qui oblige à "
            "trancher : un élément reste-t-il à l'étude, passe-t-il en test, ou est-il abandonné ?",
            "Une fois par an, enfin, la liste des sources et les requêtes sont révisées. Pour que la veille survive "
            "à mon départ, chaque étape est décrite dans une fiche de procédure d'une page, et une collègue du "
            "service achats a été formée pour reprendre le tri hebdomadaire. Le temps total est estimé à trois "
            "heures par semaine, que la direction a accepté d'inscrire dans sa fiche de poste.",
            "Un indicateur simple suit la santé de la veille : le nombre d'informations de la lettre mensuelle "
            "qui ont donné lieu à une question ou à une décision du comité.",
            "S'il tombe à zéro deux mois de suite, je revois les axes et les sources."]),
        "watch-tools": dict(status="ok", image=["Feedly et alertes", "Tableur de tri", "Notion", "Lettre mensuelle", "Radar trimestriel"],
            caption="La chaîne d'outils de la veille, de la collecte au radar présenté au comité",
            text=["J'ai privilégié des outils que l'équipe du siège utilisait déjà, pour ne rien ajouter au budget. Feedly "
                  "regroupe les flux par axe, Google Alerts et Google Scholar signalent les nouveautés, un "
                  "tableur partagé sert au tri et à la notation, et Notion héberge les fiches et le tableau de "
                  "bord. Ce tableau de bord affiche le nombre d'informations retenues par axe, les dernières "
                  "alertes réglementaires et l'état du radar, pour que la direction ait une vue à jour en une "
                  "minute.",
            "Chaque lettre envoyée est rangée dans un dossier partagé, classée par mois, pour retrouver ce qu'on savait à une date donnée.",
            "Aucun outil payant n'a été nécessaire."]),
        "technology-radar": dict(status="ok", text=[
            "Le radar classe les technologies et pratiques suivies selon ce que la coopérative devrait en faire "
            "aujourd'hui ; il est révisé chaque trimestre.",
            "Un élément change de case quand un fait de veille le justifie : un test réussi, une baisse de prix, "
            "un texte de loi ou un retour négatif de terrain. Chaque déplacement est noté dans la lettre mensuelle."],
            tables=[[
                ["Remises de fin de vie par règles simples, affichées en magasin, et dons aux associations par application",
                 "Étiquettes électroniques avec logiciel de démarque sur les rayons frais de huit magasins volontaires",
                 "Lecture du code-barres 2D GS1 en caisse pour suivre les dates sans saisie",
                 "Prix variables selon l'affluence, et caméras d'analyse des rayons, contraires à la charte"]]]),
        "prospective-vision": dict(status="ok", retitle="Le magasin de 2035", keep_bookmark=False, text=[
            "À quoi ressemblera un magasin d'Épiceries Vertes en 2035 ? J'ai construit trois scénarios, à partir "
            "des tendances observées et des entretiens, pour aider le conseil à réfléchir au-delà du prochain "
            "investissement.",
            "Dans le premier scénario, que j'appelle « le rayon qui se gère tout seul », la démarque dynamique est "
            "devenue la norme dans tout le commerce alimentaire. Les dates limites sont lues automatiquement grâce "
            "au code-barres 2D, les prix de fin de vie baissent heure par heure et les invendus partent chaque soir "
            "vers les associations par une logistique mutualisée. Les magasins bio qui n'ont pas suivi paient leurs "
            "pertes au prix fort et perdent en compétitivité. Pour la coopérative, l'enjeu est alors de s'être "
            "équipée à temps, à un coût négocié.",
            "Dans le deuxième scénario, « la défiance », une série de scandales sur les prix qui augmentent aux "
            "heures d'affluence provoque un rejet des étiquettes électroniques. Le législateur encadre strictement "
            "les variations de prix en magasin. Les réseaux qui se sont engagés publiquement à ne baisser les prix "
            "que pour éviter le gaspillage en sortent renforcés ; c'est l'intérêt de la charte que je recommande.",
            "Dans le troisième scénario, « la fin des dates », l'emballage lui-même indique la fraîcheur réelle du "
            "produit grâce à des indicateurs colorés ou des capteurs imprimés, et la date limite perd de son "
            "importance. La démarque ne repose plus sur une date, mais sur l'état du produit. Ce scénario est "
            "encore lointain, mais les premiers emballages de ce type sont testés dans la viande et le poisson.",
            "Le scénario le plus probable est un mélange des deux premiers : une démarque dynamique généralisée, mais "
            "encadrée. Dans tous les cas, les magasins de proximité garderont un avantage que la technologie ne "
            "remplace pas : la relation avec le client et la connaissance des producteurs. La coopérative a "
            "intérêt à utiliser la technologie pour libérer du temps en faveur de cette relation, et non pour la "
            "remplacer.",
            "Ces scénarios seront relus chaque année, à la lumière des signaux repérés par la veille, pour voir "
            "lequel se dessine et ajuster la stratégie du réseau en conséquence."]),
        "conclusion": dict(status="ok", text=[
            "Ce mémoire partait d'une scène banale : une employée qui colle des étiquettes de remise en fin de "
            "journée. Il montre que la démarque dynamique pilotée par étiquettes électroniques peut réduire d'un "
            "tiers les pertes des rayons frais d'un magasin bio de proximité, et libérer du temps pour les équipes. "
            "La première hypothèse est donc confirmée dans les conditions du test.",
            "La deuxième l'est en partie : les clients interrogés acceptent des remises expliquées et orientées à la "
            "baisse, mais restent méfiants envers la technologie elle-même. La troisième se confirme dans les devis : "
            "seul un achat groupé rend l'investissement rentable pour un magasin moyen en moins de trois ans.",
            "La valeur de cette tendance pour la coopérative tient donc moins à la technologie qu'aux règles qui "
            "l'accompagnent : une charte claire, un déploiement par vagues mesurées, des équipes qui gardent la "
            "main. Ce travail a ses limites, un test court et deux magasins seulement, et il faudra le prolonger "
            "sur une année complète et dans des magasins ruraux. La veille mise en place doit permettre au réseau "
            "de suivre la suite, et d'ajuster sa position au fil des évolutions du marché et de la loi.",
            "À titre personnel, ce travail m'a appris qu'une technologie ne se juge pas seule, mais avec les "
            "personnes qui l'utilisent et les clients qui la voient chaque jour en rayon."]),
        "bibliography": dict(status="ok", tables=[[
            ["ADEME, « État des lieux des masses de gaspillages alimentaires »", "rapport", "2023", "5", "chiffres du gaspillage en distribution"],
            ["Buisman M., Haijema R., Bloemhof J., « Discounting and dynamic shelf life », International Journal of Production Economics", "article", "2019", "5", "effet des remises sur les pertes"],
            ["Xia L., Monroe K., Cox J., « The price is unfair! », Journal of Marketing", "article", "2004", "5", "perception des prix par les clients"],
            ["GS1 France, « Le code-barres 2D en magasin »", "guide", "2025", "4", "calendrier et usages du code 2D"],
            ["LSA, dossier « Étiquettes électroniques : où en sont les enseignes ? »", "presse", "2025", "3", "retours d'expérience des enseignes"]]]),
        "appendices": dict(status="missing"),
    },
)
