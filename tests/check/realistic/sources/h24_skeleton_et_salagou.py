from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 24, written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, in French: a thesis on sensor-driven irrigation for a wine cooperative in the Languedoc. Guidance
    deleted. Four headings retyped by replacing their runs ("Pourquoi ce sujet ?", "Ce que disent les travaux
    existants", "Mes préconisations pour la cave", "Et en 2035 ?"), the last one keeping its bookmark, the
    others losing it. Tables filled; the method section too short (thin); the keyword table left as generated
    (empty); the optional appendices deleted.""",
    cover={"project": "Irriguer à la goutte près : capteurs connectés et pilotage de l'irrigation en viticulture coopérative",
           "company": "Cave coopérative des Terrasses du Salagou", "candidate": "Margaux Vidal",
           "school": "Web School Factory"},
    sections={
        "abstract": dict(status="ok", text=[
            "Depuis 2019, la cave coopérative des Terrasses du Salagou, qui regroupe 186 vignerons sur 1 450 "
            "hectares autour de Clermont-l'Hérault, a obtenu le droit d'irriguer une partie de ses vignes. "
            "Sécheresses à répétition, restrictions préfectorales et coût de l'eau brute du canal de Provence "
            "posent la même question à chaque été : combien arroser, où et quand ? Ce mémoire étudie une "
            "tendance de fond, le pilotage de l'irrigation par des capteurs connectés (sondes tensiométriques, "
            "dendromètres, stations météo) et des modèles de bilan hydrique, et ce qu'elle peut changer pour une "
            "cave de taille moyenne. À partir d'une revue des essais publiés, de onze entretiens et d'un suivi de "
            "deux saisons sur quatre parcelles, je montre que l'irrigation pilotée économise 25 à 40 % d'eau sans "
            "perte de rendement, mais que sa valeur dépend moins des capteurs que de l'organisation collective du "
            "conseil. Je propose un déploiement en trois temps et un dispositif de veille pour suivre les "
            "évolutions du secteur.",
            "Mots-clés : viticulture, irrigation de précision, capteurs connectés, stress hydrique, coopérative, "
            "changement climatique."]),
        "introduction": dict(status="ok", text=[
            "L'été 2022 a marqué les vignerons du Salagou. Pendant sept semaines, il n'est pas tombé une goutte de "
            "pluie, les températures ont dépassé 40 °C à six reprises et la préfecture de l'Hérault a limité "
            "l'irrigation agricole à deux jours par semaine. Dans les parcelles irriguées, certains ont arrosé "
            "trop tôt et ont vu la vigne pousser au lieu de mûrir ; d'autres ont attendu et ont perdu 30 % de leur "
            "récolte. À la cave, le service technique, composé de deux conseillers pour 186 adhérents, n'a pas pu "
            "répondre à toutes les demandes.",
            "Cette situation n'est pas propre au Salagou. Dans tout le pourtour méditerranéen, l'irrigation de la "
            "vigne, longtemps interdite pour les vins d'appellation, se développe : elle concernait 6 % des "
            "surfaces du Languedoc en 2010 et près de 18 % en 2024. Dans le même temps, l'eau devient rare et chère, "
            "et les règles se durcissent. Arroser est devenu un choix technique, économique et politique.",
            "Des outils existent pour faire ce choix avec des données : des sondes qui mesurent l'humidité du sol, "
            "des dendromètres qui suivent les variations du diamètre des troncs, des stations météo reliées à des "
            "modèles de bilan hydrique, des images satellites. Les start-up du secteur promettent une irrigation "
            "« à la goutte près ». Mais ces outils ont été conçus pour de grands domaines, avec un technicien "
            "dédié. Une coopérative, faite de petits vignerons souvent pluriactifs, peut-elle en tirer la même "
            "valeur ?",
            "Alternante au service technique de la cave depuis deux ans, j'ai participé au suivi de quatre "
            "parcelles équipées en 2024 et 2025. Ce mémoire part de cette expérience pour étudier la tendance, "
            "ses impacts pour la cave et la manière de l'accompagner. Il présente d'abord le sujet et la "
            "littérature, puis ma démarche, l'analyse de la tendance et de sa valeur, et enfin mes préconisations "
            "et le dispositif de veille que j'ai mis en place. J'y ajoute une vision prospective à dix ans, car les décisions prises aujourd'hui engagent la cave pour la durée de vie d'un réseau d'irrigation, soit au moins vingt ans."]),
        "research-question": dict(status="ok", text=[
            "Ma question est la suivante : dans quelle mesure le pilotage de l'irrigation par capteurs connectés "
            "peut-il créer de la valeur pour une cave coopérative de taille moyenne, et à quelles conditions ?",
            "J'ai formulé trois hypothèses. H1 : l'irrigation pilotée réduit la consommation d'eau d'au moins 20 % "
            "sans perte de rendement. H2 : la valeur dépend surtout de l'interprétation collective des données, "
            "pas du nombre de capteurs. H3 : un réseau mutualisé de parcelles de référence coûte moins cher par "
            "hectare qu'un équipement individuel. Ces hypothèses guident le choix des données collectées et la structure de l'analyse qui suit."]),
        "subject-choice": dict(status="ok", retitle="Pourquoi ce sujet ?", text=[
            "J'ai choisi ce sujet parce qu'il se trouvait sous mes yeux. Chaque été depuis mon arrivée, le "
            "téléphone du service technique sonne sans arrêt : faut-il arroser la syrah de la parcelle du "
            "Rieu ? Combien d'heures ? Les conseillers répondent avec leur expérience, une visite quand ils le "
            "peuvent et une pesée de feuilles à l'aube, la chambre à pression, qui prend une matinée pour dix "
            "parcelles. Ils savent que leurs réponses sont approximatives et que la demande va doubler avec les "
            "nouveaux réseaux d'irrigation prévus en 2027.",
            "Le sujet est innovant pour ce type d'entreprise. Les grands domaines de Napa, d'Australie ou "
            "d'Espagne utilisent des sondes et des modèles depuis une dizaine d'années. En France, quelques "
            "châteaux et des fermes expérimentales les testent, mais presque aucune cave coopérative n'a structuré "
            "un service autour d'eux. Les coopératives représentent pourtant près de la moitié de la production "
            "viticole française, et ce sont leurs adhérents, petits exploitants, qui souffrent le plus des "
            "sécheresses.",
            "Enfin, le sujet touche à la fois la production (le rendement et la qualité des raisins), la "
            "méthode de travail du service technique et la relation entre la cave et ses adhérents. Il oblige à "
            "penser la technologie avec l'organisation, ce qui correspond à ma formation et à ce que la direction "
            "m'a demandé : préparer une décision d'investissement pour la campagne 2027. J'avais aussi accès à des "
            "données rares, les relevés de deux saisons sur des parcelles suivies, ce qui m'a permis de ne pas "
            "m'appuyer uniquement sur les promesses des fournisseurs. Le sujet me permet enfin de préparer mon propre projet professionnel : je souhaite rester dans le conseil technique en coopérative après mon diplôme, et ce travail en est la première pierre."]),
        "state-of-the-art": dict(status="ok", retitle="Ce que disent les travaux existants", text=[
            "La recherche sur l'irrigation de la vigne est ancienne, mais elle a changé d'objet. Jusqu'aux années "
            "2000, elle cherchait surtout à savoir si l'irrigation dégradait la qualité des vins. Les travaux de "
            "l'INRAE de Montpellier et de l'Institut français de la vigne et du vin (IFV) ont montré qu'un déficit "
            "hydrique modéré, en particulier entre la véraison et la récolte, améliore souvent la concentration des "
            "baies, alors qu'un stress sévère bloque la maturation. La question n'est donc plus d'irriguer ou non, "
            "mais de maintenir la vigne dans une zone de contrainte choisie : c'est l'irrigation déficitaire "
            "contrôlée, décrite dès 2002 en Australie.",
            "Pour piloter cette contrainte, il faut la mesurer. La référence reste le potentiel hydrique foliaire "
            "de base, mesuré avant l'aube à la chambre à pression. Il est fiable mais lent et exige un opérateur "
            "formé. Trois familles de capteurs cherchent à le remplacer. Les sondes d'humidité ou de tension du "
            "sol sont peu chères mais ne mesurent qu'un point dans un sol souvent caillouteux ; les essais de "
            "l'IFV Occitanie montrent une bonne tendance mais des écarts importants entre deux sondes d'une même "
            "parcelle. Les dendromètres, qui suivent les micro-variations du diamètre du tronc, réagissent tôt au "
            "stress ; une étude espagnole de 2021 sur le tempranillo obtient une corrélation de 0,78 avec le "
            "potentiel foliaire, mais l'interprétation demande un calage par cépage. Les capteurs de flux de sève "
            "sont les plus précis et les plus chers, réservés aujourd'hui à la recherche.",
            "La deuxième branche de la littérature porte sur les modèles. Les bilans hydriques simples, comme "
            "celui de l'IFV qui combine météo, réserve utile du sol et surface foliaire, donnent une estimation "
            "quotidienne de la contrainte à l'échelle de la parcelle. Les images satellites Sentinel-2 permettent "
            "de spatialiser la vigueur, et plusieurs travaux récents combinent ces images avec quelques "
            "capteurs de référence pour étendre la mesure à des parcelles non équipées. C'est ce principe de "
            "« parcelles sentinelles » qui m'intéresse pour une coopérative.",
            "Les résultats économiques publiés sont plus rares. Les essais en Languedoc font état de 20 à 45 % "
            "d'eau économisée par rapport à une irrigation au calendrier, sans baisse de rendement, et parfois "
            "avec un gain de qualité. Mais presque tous concernent des domaines de plus de 50 hectares. Sur les "
            "coopératives, je n'ai trouvé qu'un rapport de la chambre d'agriculture du Gard (2023) et une thèse "
            "italienne sur une cave des Pouilles, qui concluent tous deux que l'obstacle principal n'est pas "
            "technique : c'est le temps de conseil et la confiance des adhérents dans des chiffres qu'ils ne "
            "comprennent pas. La littérature laisse donc ouverte la question de l'organisation, que ce mémoire "
            "aborde, en s'appuyant sur des données de terrain plutôt que sur des essais en station."]),
        "methodology": dict(status="thin", text=[
            "J'ai combiné une revue de 34 publications (articles, rapports techniques, thèses), onze entretiens "
            "semi-directifs avec des vignerons, des conseillers et deux fournisseurs, et le suivi de quatre "
            "parcelles équipées de sondes et de dendromètres en 2024 et 2025, comparées à quatre parcelles "
            "voisines irriguées de façon habituelle. Les données ont été analysées sous R."]),
        "trend-analysis": dict(status="ok", text=[
            "La tendance que j'étudie est le passage d'une irrigation au ressenti ou au calendrier à une "
            "irrigation pilotée par des mesures continues. Elle repose sur trois mouvements qui se renforcent.",
            "Le premier est climatique et réglementaire. Les étés languedociens se réchauffent : la température "
            "moyenne de juillet à Clermont-l'Hérault a gagné 1,6 °C depuis 1990, et le nombre de jours au-dessus "
            "de 35 °C a triplé. Les arrêtés de restriction d'eau sont devenus annuels depuis 2019. Les syndicats "
            "d'appellation ont assoupli l'interdiction d'irriguer, mais les agences de l'eau conditionnent "
            "désormais leurs aides aux nouveaux réseaux à la preuve d'une irrigation économe. Pour accéder à "
            "l'eau, il faudra demain montrer combien on en utilise et pourquoi.",
            "Le deuxième est technique et économique. Le prix des capteurs a fortement baissé : une sonde "
            "tensiométrique connectée coûtait environ 1 200 € en 2015 et moins de 400 € aujourd'hui. Les réseaux "
            "bas débit (LoRa, Sigfox) couvrent désormais les zones rurales, et les batteries tiennent une saison. "
            "Les plateformes logicielles, souvent issues de start-up françaises ou espagnoles, proposent des "
            "tableaux de bord et des alertes sur téléphone pour un abonnement de 15 à 40 € par capteur et par an. "
            "Le marché mondial des capteurs pour l'irrigation agricole croît de près de 12 % par an selon les "
            "études sectorielles.",
            "Le troisième est organisationnel. Les caves coopératives cherchent à mieux maîtriser la qualité "
            "des raisins qu'elles reçoivent pour valoriser leurs vins, et la donnée devient un outil de dialogue "
            "avec les adhérents. Plusieurs caves de l'Hérault et de l'Aude développent des services de conseil "
            "payants, et les données de parcelles commencent à servir pour planifier les vendanges.",
            "Sur nos quatre parcelles suivies, la tendance se vérifie en partie. Les parcelles pilotées ont reçu "
            "en moyenne 31 % d'eau en moins sur les deux saisons, pour un rendement identique à 3 % près ; le degré "
            "et l'acidité à la récolte étaient légèrement meilleurs en 2025. En revanche, les sondes d'humidité ont "
            "donné des signaux contradictoires sur les sols de ruffe, très caillouteux, et c'est le dendromètre, "
            "croisé avec le bilan hydrique, qui a guidé les décisions. Surtout, le temps passé par le conseiller "
            "à interpréter les courbes et à appeler les vignerons a été de 40 minutes par parcelle et par semaine "
            "en juillet, un coût que les fournisseurs ne mentionnent pas.",
            "La tendance est donc réelle, mais elle ne se résume pas à installer des capteurs. Elle modifie la "
            "méthode de travail du service technique, qui passe de la visite au suivi à distance, et elle "
            "transforme l'irrigation en sujet collectif : l'eau du réseau est partagée, et mieux arroser chez l'un "
            "libère de l'eau pour l'autre. Ces résultats confirment H1 et appuient H2."]),
        "impacts-value": dict(status="ok", text=[
            "Les impacts ne se limitent pas à l'eau économisée. Le tableau les classe par fonction de la cave, en distinguant ce qui change dans le travail et la valeur que cela crée. Les chiffres viennent de nos deux saisons de suivi et des devis reçus ; ceux du long terme restent des estimations prudentes que la cave devra vérifier au fil des campagnes."],
        tables=[[
            ["Service technique", "suivi à distance de parcelles sentinelles au lieu de tournées", "40 % de temps de visite économisé en juillet-août", "court terme"],
            ["Adhérents irrigants", "alertes et conseils d'irrigation par SMS", "25 à 35 % d'eau économisée, rendement maintenu", "court terme"],
            ["Vinification", "raisins récoltés à une maturité plus homogène", "meilleure orientation des lots vers les cuvées haut de gamme", "moyen terme"],
            ["Direction", "preuve d'une irrigation économe auprès de l'agence de l'eau", "accès aux aides pour le réseau de 2027 (jusqu'à 50 % du coût)", "moyen terme"],
            ["Relation aux adhérents", "nouveau service de conseil payant", "recette de 18 000 € par an et fidélisation des jeunes vignerons", "long terme"]]]),
        "anticipation-strategy": dict(status="ok", text=[
            "Si la cave ne fait rien, les changements viendront de l'extérieur. Les fournisseurs de capteurs "
            "démarchent déjà les adhérents un par un ; certains ont équipé leurs parcelles et reçoivent des "
            "conseils automatiques qui contredisent parfois ceux du service technique. L'agence de l'eau exigera "
            "des données de consommation pour financer le nouveau réseau. Et les jeunes vignerons qui reprennent "
            "des exploitations attendent des outils numériques : deux d'entre eux m'ont dit qu'ils choisiraient "
            "leur cave en partie sur ce critère. Anticiper, c'est donc pour la cave décider maintenant du rôle "
            "qu'elle veut jouer : simple acheteuse de raisins, ou animatrice d'un conseil fondé sur la donnée.",
            "Je propose une stratégie de mise en œuvre en trois temps. Le premier, en 2026-2027, consiste à "
            "installer un réseau de douze parcelles sentinelles réparties selon les types de sol et les cépages "
            "principaux, chacune équipée d'un dendromètre, de deux sondes et reliée à une station météo. Ces "
            "parcelles servent de référence pour des groupes de 8 à 15 adhérents voisins, qui reçoivent un "
            "bulletin d'irrigation hebdomadaire et des alertes en cas de stress. Le coût est d'environ 42 000 € "
            "d'équipement et 6 000 € d'abonnements par an, soit 29 € par hectare suivi, contre 180 € pour un "
            "équipement individuel (ce qui appuie H3).",
            "Le deuxième temps, en 2028, étend le suivi grâce aux images satellites : les indices de vigueur "
            "calibrés sur les parcelles sentinelles permettent d'estimer la contrainte hydrique sur l'ensemble "
            "des parcelles irrigables. Le service technique peut alors cibler ses visites sur les parcelles qui "
            "s'écartent du groupe. Le troisième temps, à partir de 2029, relie les données d'irrigation à la "
            "planification des vendanges et à l'orientation des lots vers les cuvées.",
            "Cette stratégie demande des changements dans l'organisation. Le service technique doit passer de "
            "deux à deux conseillers et demi, avec une compétence en analyse de données ; je propose de former "
            "l'un des deux conseillers plutôt que de recruter un profil externe, car la confiance des adhérents "
            "repose sur la connaissance du terrain. Les adhérents des parcelles sentinelles doivent accepter des "
            "visites et le partage de leurs données : une charte, votée en assemblée générale, précise qui voit "
            "quoi. Enfin, il faut prévoir les risques : panne de capteurs en pleine canicule, méfiance des "
            "vignerons âgés, dépendance à une plateforme. Pour chacun, je prévois une parade : un stock de "
            "capteurs de remplacement, des réunions de groupe en début d'été, et un contrat qui garantit "
            "l'export des données dans un format ouvert. Un comité de suivi, réunissant la direction, un conseiller et trois adhérents, se réunira deux fois par an pour décider du passage d'une étape à l'autre à partir de critères simples : eau économisée, satisfaction des vignerons et temps de conseil."]),
        "recommendations": dict(status="ok", retitle="Mes préconisations pour la cave", text=[
            "Ma première recommandation est de lancer le réseau de parcelles sentinelles dès la campagne 2027, "
            "avant la mise en service du nouveau réseau d'irrigation. Démarrer plus tard priverait la cave des "
            "données qui justifient l'aide de l'agence de l'eau, et laisserait les fournisseurs occuper le "
            "terrain. Le choix des douze parcelles doit être fait avec les présidents de secteur, pour que chaque "
            "groupe se reconnaisse dans sa parcelle de référence.",
            "Deuxièmement, la cave doit privilégier le dendromètre croisé avec un bilan hydrique plutôt que les "
            "seules sondes d'humidité, peu fiables sur nos sols caillouteux. Je recommande un appel d'offres "
            "auprès de trois fournisseurs, avec comme critères l'export des données, la durée des batteries et "
            "la qualité du support en été, plutôt que le prix des capteurs.",
            "Troisièmement, l'investissement humain compte plus que l'investissement matériel. Je recommande de "
            "former un conseiller à l'interprétation des données dès l'hiver, de réserver un mi-temps de suivi "
            "en juillet et août, et de construire le bulletin d'irrigation avec les vignerons eux-mêmes lors de "
            "deux ateliers. Un outil que les adhérents ne comprennent pas ne sera pas suivi.",
            "Quatrièmement, le service doit devenir, à terme, un service payant mais accessible : gratuit la "
            "première année pour créer l'habitude, puis 12 € par hectare, intégré dans la cotisation pour les "
            "adhérents qui le souhaitent.",
            "Enfin, ces recommandations ont des limites. Deux saisons de suivi sur quatre parcelles ne suffisent "
            "pas à prouver un effet sur la qualité des vins, et les économies d'eau mesurées l'ont été lors "
            "d'étés très secs. La cave devra mesurer chaque année l'eau consommée, le rendement et le temps de "
            "conseil, et revoir le dispositif en 2029. Les perspectives sont larges : la même infrastructure "
            "pourra servir à prévoir les maladies ou les dates de vendange, et les données partagées pourraient un jour nourrir une démarche de certification environnementale valorisée auprès des acheteurs de vrac et des cavistes. Je recommande d'en reparler en conseil d'administration dès la fin de la première saison, avec les chiffres mesurés et l'avis des vignerons concernés."]),
        "watch-scope": dict(status="ok", text=[
            "Pour suivre une tendance qui évolue vite, j'ai mis en place une veille qui continuera après ce "
            "mémoire et que le service technique reprendra. Elle couvre quatre axes : les capteurs et leur "
            "fiabilité en viticulture, les modèles et l'imagerie pour estimer la contrainte hydrique, la "
            "réglementation de l'eau agricole en Occitanie, et les expériences d'autres coopératives. Elle exclut "
            "volontairement l'irrigation des grandes cultures et le goutte-à-goutte enterré, qui ne concernent pas "
            "nos vignes. Son objectif est double : éclairer les choix d'équipement de la cave et repérer à temps "
            "les changements de règles ou de technologies qui pourraient modifier la stratégie proposée. Elle "
            "s'adresse au directeur technique, aux deux conseillers et au conseil d'administration, qui reçoivent "
            "chacun un format adapté. Les questions posées à la veille sont précises : quel capteur est fiable sur nos sols, quelles aides sont ouvertes cette année, quelles règles de prélèvement vont changer, et ce que les autres caves apprennent de leurs propres essais. Chaque information retenue doit répondre à l'une d'elles."]),
        "source-choice": dict(status="ok", text=[
            "J'ai choisi mes sources selon trois critères : leur lien direct avec la vigne méditerranéenne, leur "
            "fiabilité et leur fréquence de publication. Les sources scientifiques et techniques forment le cœur "
            "de la veille. L'IFV et l'INRAE publient des résultats d'essais régionaux, revus et datés, que je "
            "considère comme les plus fiables. Les revues internationales comme OENO One ou Agricultural Water "
            "Management apportent les résultats d'Espagne, d'Australie et de Californie, qui ont quelques années "
            "d'avance sur nous ; je les suis par des alertes sur Google Scholar.",
            "Les sources institutionnelles sont indispensables pour la réglementation : les arrêtés sécheresse de "
            "la préfecture de l'Hérault, les délibérations de l'agence de l'eau Rhône-Méditerranée-Corse et les "
            "publications de la chambre d'agriculture. Elles sont fiables mais dispersées, d'où l'intérêt d'un "
            "flux RSS unique.",
            "Les sources professionnelles, comme la revue Réussir Vigne, Vitisphere ou les salons Vinitech et "
            "Sitevi, me renseignent sur les produits et les pratiques. Je les note moins bien en fiabilité, car "
            "elles reprennent souvent les discours des fabricants, mais elles signalent tôt les nouveautés. Les "
            "sites des fournisseurs et les réseaux sociaux des start-up sont utilisés seulement comme signaux "
            "faibles, à vérifier ailleurs.",
            "Enfin, j'ai ajouté une source humaine, souvent oubliée : le groupe d'échange des techniciens des "
            "caves coopératives de l'Hérault, qui se réunit quatre fois par an. C'est là que j'apprends ce que les "
            "autres caves testent vraiment, avec leurs échecs. Chaque source a été notée de 1 à 5 selon la "
            "qualité de ses méthodes, son indépendance et sa fraîcheur, et je retire toute source restée sous 2 "
            "pendant six mois. Cette règle évite d'accumuler des flux qui ne servent à personne et garde la veille lisible pour les conseillers comme pour la direction."]),
        "source-inventory": dict(status="ok", tables=[[
            ["IFV Occitanie, résultats d'essais", "institut technique", "essais sur la vigne en climat méditerranéen", "5, protocoles publiés", "trimestrielle, RSS", "capteurs et bilan hydrique"],
            ["OENO One", "revue scientifique", "résultats internationaux évalués par les pairs", "5, comité de lecture", "mensuelle, alerte Scholar", "irrigation déficitaire"],
            ["Agence de l'eau RMC", "institution", "conditions des aides et des prélèvements", "5, textes officiels", "mensuelle, RSS", "réglementation"],
            ["Vitisphere", "presse professionnelle", "nouveautés produits et retours de terrain", "3, souvent repris des fabricants", "hebdomadaire, Feedly", "marché des capteurs"],
            ["Groupe des techniciens de caves", "réseau humain", "expériences réelles d'autres coopératives", "4, témoignages recoupés", "trimestrielle, réunion", "organisation du conseil"]]]),
        "search-queries": dict(status="empty"),
        "watch-cycle": dict(status="ok", skip_cols=1, text=[
            "Le cycle reprend les six étapes classiques, adaptées au calendrier de la vigne et au temps dont dispose le service."],
        tables=[[
            [None, "je définis les quatre axes et les questions de la cave pour la saison", "carte des axes", "une fois par an", "note de cadrage"],
            [None, "je collecte les publications et alertes", "Feedly, Google Scholar", "en continu", "flux trié"],
            [None, "je trie et note chaque information de 1 à 5", "tableur partagé", "chaque semaine", "liste qualifiée"],
            [None, "je résume les informations utiles pour la cave", "Notion", "chaque mois", "fiche de synthèse"],
            [None, "je diffuse aux conseillers et à la direction", "courriel, réunion", "chaque mois", "lettre de veille"],
            [None, "je vérifie si les informations ont servi à une décision", "bilan en réunion", "chaque trimestre", "compte rendu"]]]),
        "update-method": dict(status="ok", text=[
            "La veille suit un rythme fixé pour ne pas dépendre de ma seule motivation. Chaque lundi matin, je "
            "consacre une heure au tri des flux de la semaine : chaque article retenu reçoit une note de fiabilité, "
            "un axe et une phrase qui dit ce qu'il change pour la cave. Le premier jeudi du mois, j'envoie une "
            "lettre de veille d'une page aux conseillers et au directeur technique, avec au plus cinq informations "
            "et une alerte si une règle change. Chaque trimestre, je mets à jour le radar technologique et je "
            "présente en réunion de service les mouvements d'un anneau à l'autre.",
            "En été, la période critique, le rythme change : les arrêtés de restriction sont suivis chaque jour "
            "par une alerte, et la lettre devient bimensuelle. Une fois par an, en novembre, je revois la liste des "
            "sources : je retire celles qui n'ont rien apporté, j'en ajoute, et je révise les requêtes. Pour que "
            "la veille survive à mon départ, chaque étape est décrite dans une fiche de procédure, et le second "
            "conseiller a été formé à l'outil en octobre. Le temps total reste raisonnable : environ six heures par mois hors été, que la direction a accepté d'inscrire dans la fiche de poste du conseiller qui reprendra la veille, afin qu'elle ne soit pas la première tâche sacrifiée en période de vendanges."]),
        "watch-tools": dict(status="ok", image=["Feedly", "Alertes Scholar", "Tableur de tri", "Notion", "Lettre mensuelle"],
            caption="Chaîne d'outils de la veille, de la collecte à la lettre mensuelle",
            text=["Les outils sont gratuits ou presque, pour que la cave puisse les garder. Feedly regroupe "
                  "une trentaine de flux RSS par axe ; Google Scholar envoie des alertes sur les nouveaux "
                  "articles ; un tableur partagé sert au tri et à la notation ; Notion héberge les fiches de "
                  "synthèse et le radar. Le tableau de bord de Notion montre en permanence le nombre "
                  "d'informations par axe, les dernières alertes réglementaires et l'état du radar, ce qui "
                  "donne à la direction une vue à jour sans lire tous les articles. Un export mensuel en PDF est archivé pour garder l'historique et comparer les trimestres entre eux."]),
        "technology-radar": dict(status="ok", text=[
            "Le radar classe les technologies suivies selon ce que la cave devrait en faire. Chaque position s'appuie sur un fait de veille : un essai publié, un résultat de nos parcelles ou un retour d'une autre cave. Il est revu chaque trimestre, et une technologie ne change d'anneau que sur un fait nouveau."],
        tables=[[
            ["Stations météo connectées et bilan hydrique de l'IFV, déjà éprouvés dans la région et peu coûteux",
             "Dendromètres sur parcelles sentinelles, qui ont guidé nos décisions en 2025 sur sols caillouteux",
             "Indices Sentinel-2 calibrés pour estimer la contrainte sur les parcelles non équipées",
             "Capteurs de flux de sève, trop chers et fragiles, et conseils automatiques par IA sans validation locale"]]]),
        "prospective-vision": dict(status="ok", retitle="Et en 2035 ?", keep_bookmark=True, text=[
            "Que sera l'irrigation des vignes du Salagou dans dix ans ? Je ne cherche pas à prédire, mais à "
            "partir des faits relevés par la veille pour dessiner des scénarios crédibles.",
            "Le premier fait est climatique : les projections régionales de Météo-France annoncent, pour un "
            "scénario intermédiaire, un à deux mois de sécheresse supplémentaire d'ici 2040. L'irrigation "
            "deviendra probablement la norme pour la majorité des parcelles en coteaux, et non plus l'exception. "
            "Le deuxième fait est réglementaire : les délibérations récentes de l'agence de l'eau lient déjà les "
            "aides à la mesure des volumes. On peut s'attendre à ce que, vers 2030, tout irrigant doive déclarer "
            "ses consommations parcelle par parcelle, ce qui rendra la mesure connectée presque obligatoire.",
            "Le troisième fait est technologique. Les publications suivies montrent une convergence entre "
            "capteurs peu nombreux et imagerie : plusieurs équipes espagnoles estiment déjà la contrainte "
            "hydrique à partir d'images satellites calibrées sur quelques parcelles. Si cette voie se confirme, le "
            "coût par hectare baissera encore, et le capteur individuel deviendra un outil de référence plus "
            "qu'un équipement de chaque parcelle.",
            "Dans le scénario le plus probable, la cave de 2035 pilotera un service d'irrigation collectif : une "
            "trentaine de parcelles sentinelles, une carte quotidienne de la contrainte sur tout le vignoble, des "
            "consignes envoyées aux vignerons et un suivi des volumes partagés sur le réseau. Le conseiller "
            "deviendra un animateur de groupes plus qu'un visiteur de parcelles. Dans un scénario de rupture, "
            "la pénurie d'eau serait telle que l'irrigation serait rationnée par secteur, et les données serviraient "
            "surtout à répartir l'eau entre adhérents, une question politique autant que technique. Dans les deux "
            "cas, les caves qui auront construit tôt la confiance de leurs adhérents dans les données auront une "
            "longueur d'avance. C'est pourquoi la veille suit trois signaux qui permettront de savoir lequel des scénarios se dessine : le contenu des prochains arrêtés sécheresse, le prix des abonnements de télédétection et le nombre de caves voisines qui lancent un service de conseil. Chaque année, la lettre de veille de novembre fera le point sur ces trois signaux."]),
        "conclusion": dict(status="ok", text=[
            "Ce mémoire est parti d'une question concrète : le pilotage de l'irrigation par capteurs connectés "
            "peut-il créer de la valeur pour une cave coopérative comme les Terrasses du Salagou ? La réponse est "
            "oui, à condition de le penser comme un service collectif. Les deux saisons de suivi confirment qu'on "
            "peut économiser environ 30 % d'eau sans perdre de rendement (H1). Elles montrent aussi que la valeur "
            "vient de l'interprétation des données par un conseiller de confiance, plus que du nombre de capteurs "
            "(H2), et qu'un réseau de parcelles sentinelles coûte six fois moins par hectare qu'un équipement "
            "individuel (H3).",
            "La cave dispose maintenant d'une stratégie en trois temps, d'un budget et d'une veille organisée "
            "pour suivre une tendance qui évolue vite. Les limites de ce travail sont claires : peu de parcelles, "
            "deux étés très secs, aucun recul sur la qualité des vins. Les prochaines campagnes permettront de "
            "les lever. Au-delà de l'eau, ce travail m'a surtout appris qu'une innovation technique ne crée de la "
            "valeur dans une coopérative que si elle renforce le lien entre les vignerons et leur cave. C'est ce que je retiendrai pour la suite : mesurer, oui, mais toujours avec ceux qui travaillent la vigne et qui prendront, au bout du compte, la décision d'ouvrir la vanne ou non, parcelle après parcelle et été après été, dans un climat qui ne leur laissera plus beaucoup de marge."]),
        "bibliography": dict(status="ok", tables=[[
            ["IFV Occitanie, « Piloter l'irrigation de la vigne », guide technique", "rapport technique", "2023", "5", "état de l'art, bilan hydrique"],
            ["Ojeda H. et al., « Irrigation déficitaire contrôlée de la vigne », Progrès agricole et viticole", "article", "2005", "4", "fondements de l'irrigation déficitaire"],
            ["Chambre d'agriculture du Gard, « Irrigation et caves coopératives »", "rapport", "2023", "4", "organisation du conseil"],
            ["Agence de l'eau RMC, programme d'intervention 2025-2030", "texte officiel", "2024", "5", "réglementation et aides"],
            ["Fernández J.E. et al., dendrométrie sur tempranillo, Agricultural Water Management", "article", "2021", "5", "fiabilité des dendromètres"]]]),
        "appendices": dict(status="missing"),
    },
)
