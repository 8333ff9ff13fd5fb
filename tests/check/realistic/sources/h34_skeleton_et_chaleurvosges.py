from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: un mémoire sur le jumeau numérique des réseaux de chaleur urbains, pour Chaleur Vosges
    Énergies, la société d'économie mixte qui exploite les 38 km du réseau de chaleur d'Épinal. Guidance deleted.
    Four headings retyped by replacing their runs ("Pourquoi les réseaux de chaleur ?", "Ce que l'on sait déjà",
    "Comment j'ai travaillé", "Le réseau en 2040"), the bookmark lost each time. The anticipation and strategy
    section is a single paragraph well under its minimum (thin); the keywords and queries table deleted with its
    heading (missing). The other tables filled; the appendices hold a short list of the author's own annexes.""",
    cover={"project": "Le jumeau numérique au service des réseaux de chaleur urbains",
           "company": "Chaleur Vosges Énergies", "candidate": "Hugo Marchal", "school": "Web School Factory"},
    sections={
        "abstract": dict(status="ok", text=[
            "Les réseaux de chaleur urbains chauffent aujourd'hui plus de trois millions d'équivalents logements en "
            "France, et l'État veut multiplier par cinq la chaleur renouvelable qu'ils livrent d'ici 2035. Pour "
            "tenir cet objectif, les exploitants doivent raccorder plus de bâtiments sans construire de nouvelles "
            "chaufferies, donc piloter finement des réseaux conçus pour fonctionner à l'aveugle. Le jumeau "
            "numérique, une copie calculée du réseau alimentée en temps réel par les compteurs et les capteurs, "
            "promet de le faire. Ce mémoire se demande si cette technologie est à la portée d'un exploitant de taille "
            "moyenne comme Chaleur Vosges Énergies, à Épinal. À partir d'une revue de la littérature, de douze "
            "entretiens et d'une maquette construite sur un quartier du réseau, je montre que le jumeau permet de "
            "baisser la température de départ de 6 à 8 degrés et de raccorder environ 15 % de bâtiments en plus, "
            "mais que sa réussite dépend surtout de la qualité des données de comptage et de l'adhésion des équipes "
            "d'exploitation. Je recommande une démarche par étapes, quartier par quartier.",
            "Mots-clés : réseau de chaleur, jumeau numérique, transition énergétique, exploitation, données de "
            "comptage, collectivités."]),
        "introduction": dict(status="ok", text=[
            "Un réseau de chaleur, c'est une chaufferie centrale, des kilomètres de tuyaux enterrés et des "
            "sous-stations dans les immeubles qui transmettent la chaleur aux radiateurs. Ce modèle, ancien, "
            "connaît une seconde jeunesse : alimenté par la biomasse, la géothermie ou la chaleur perdue des "
            "usines, il est l'un des moyens les plus efficaces de décarboner le chauffage des villes. La "
            "programmation pluriannuelle de l'énergie fixe un objectif ambitieux, et les collectivités rendent le "
            "raccordement obligatoire dans les zones de développement prioritaire.",
            "Cette croissance crée une tension. Les réseaux existants ont été dimensionnés il y a trente ou "
            "quarante ans, pour des bâtiments mal isolés et des températures élevées. Pour accueillir de nouveaux "
            "abonnés, il faudrait soit poser de nouvelles canalisations, très coûteuses en ville, soit mieux utiliser "
            "celles qui existent. Or la plupart des exploitants ne savent pas précisément ce qui se passe dans leur "
            "réseau : ils règlent la température de départ à la chaufferie d'après la météo et l'expérience des "
            "conducteurs, et découvrent les problèmes quand un abonné se plaint d'avoir froid.",
            "Chez Chaleur Vosges Énergies, où je suis chargé de projets innovation en alternance depuis 2024, ce "
            "constat est quotidien. Le réseau d'Épinal dessert 4 200 équivalents logements, l'hôpital et la "
            "piscine ; la ville veut y raccorder deux nouveaux quartiers d'ici 2030. Les outils numériques qui se "
            "multiplient dans le secteur, et en particulier le jumeau numérique, semblent offrir une réponse, mais "
            "leurs promesses sont souvent formulées par ceux qui les vendent.",
            "Ce mémoire examine donc ce que le jumeau numérique peut réellement apporter à un exploitant de taille "
            "moyenne. Après avoir présenté ma question et mes hypothèses, j'explique le choix du sujet, je fais le "
            "point sur la littérature et je décris ma méthode. J'analyse ensuite la tendance, ses impacts et la "
            "manière de s'y préparer, avant de formuler des préconisations. La seconde partie présente la veille que "
            "j'ai mise en place pour suivre ce sujet, puis ma vision du réseau à l'horizon 2040.",
            "Le sujet se situe donc au croisement de deux mouvements, la transition énergétique des villes et la numérisation des services publics locaux, qui avancent rarement au même rythme."]),
        "research-question": dict(status="ok", text=[
            "Ma question est la suivante : dans quelles conditions un jumeau numérique permet-il à un exploitant "
            "de réseau de chaleur de taille moyenne d'augmenter le nombre de bâtiments raccordés sans agrandir ses "
            "installations ?",
            "H1 : le jumeau permet de baisser la température de départ sans dégrader le confort des abonnés.",
            "H2 : la principale limite n'est pas le logiciel mais la qualité des données de comptage.",
            "H3 : un exploitant de moins de cinquante salariés peut le mettre en œuvre s'il procède par quartier.",
            "Chaque hypothèse sera reprise en conclusion pour dire si elle est confirmée, nuancée ou rejetée, au vu de la maquette et des entretiens."]),
        "subject-choice": dict(status="ok", retitle="Pourquoi les réseaux de chaleur ?", text=[
            "Le jumeau numérique n'est pas une idée neuve dans l'industrie : l'aéronautique et l'automobile "
            "l'utilisent depuis une quinzaine d'années pour simuler leurs produits. Ce qui est nouveau, c'est son "
            "arrivée dans les réseaux urbains, où il faut modéliser non pas un objet mais un système vivant, "
            "réparti sous une ville entière et dépendant du comportement de milliers d'occupants. Dans les réseaux "
            "de chaleur, les premiers projets datent de 2019 au Danemark et en Suède ; en France, seules quelques "
            "grandes métropoles, comme Paris, Grenoble ou Lyon, ont lancé des démonstrateurs, portés par les grands "
            "exploitants nationaux.",
            "Pour une société d'économie mixte de 31 salariés comme Chaleur Vosges Énergies, le sujet est donc "
            "clairement innovant : aucun exploitant de notre taille n'en est équipé dans le Grand Est, et les offres "
            "commerciales commencent tout juste à s'adresser aux réseaux moyens. Le marché reste petit, estimé à "
            "quelques dizaines de millions d'euros en Europe, mais il croît vite, porté par les financements du "
            "Fonds chaleur et par l'obligation de raccordement.",
            "J'ai choisi ce sujet pour trois raisons. Il touche directement ma fonction, à la frontière des "
            "technologies numériques et de l'exploitation. Il répond à une décision que ma direction devra prendre "
            "dans les deux ans : étendre le réseau en posant des tuyaux ou en pilotant mieux. Enfin, il me permet de "
            "relier mes études en innovation numérique à une question concrète de transition énergétique, qui me "
            "tient à cœur depuis mon premier stage dans un bureau d'études thermiques.",
            "Le sujet est aussi d'actualité pour ma société : le contrat qui la lie à la communauté d'agglomération sera renégocié en 2028, et la capacité à raccorder de nouveaux quartiers sans investissement lourd y pèsera beaucoup."]),
        "state-of-the-art": dict(status="ok", retitle="Ce que l'on sait déjà", text=[
            "Avant d'aller plus loin, précisons le vocabulaire. Dans ce mémoire, j'appelle jumeau numérique d'un réseau de chaleur un modèle hydraulique et thermique du réseau, recalé régulièrement sur les mesures réelles des compteurs et des capteurs, et capable de simuler l'effet d'une décision de conduite avant qu'elle soit prise. Un simple tableau de bord des consommations n'en est pas un, pas plus qu'un logiciel de dimensionnement utilisé une fois lors de la construction.",
            "La notion de jumeau numérique a été formalisée par Michael Grieves au début des années 2000 pour le "
            "cycle de vie des produits : un objet physique, son double virtuel et le flux de données qui les relie. "
            "La littérature récente distingue plusieurs niveaux de maturité, du simple modèle de simulation alimenté "
            "à la main jusqu'au jumeau qui se recale en continu sur les mesures et propose des décisions. Kritzinger "
            "et ses coauteurs insistent sur cette distinction : beaucoup de projets qui se disent jumeaux ne sont "
            "que des ombres numériques, sans retour vers le système réel.",
            "Pour les réseaux de chaleur, la recherche est menée surtout en Europe du Nord. Les travaux de "
            "l'université d'Aalborg sur la quatrième génération de réseaux montrent qu'abaisser la température de "
            "départ est la clé pour intégrer des sources renouvelables et réduire les pertes thermiques, qui "
            "représentent souvent 10 à 20 % de la chaleur produite. Plusieurs études de cas suédoises décrivent des "
            "modèles hydrauliques et thermiques recalés sur les compteurs horaires, qui permettent de repérer les "
            "sous-stations mal réglées, responsables d'une grande partie des retours trop chauds.",
            "Le lien entre jumeau et données de comptage est au cœur de la littérature. Les compteurs communicants, "
            "qui relèvent la consommation chaque heure, sont la matière première des modèles. Les auteurs "
            "soulignent que ces données sont souvent incomplètes : compteurs mal paramétrés, trous de "
            "transmission, horloges décalées. Plusieurs articles consacrent plus de place au nettoyage des données "
            "qu'au modèle lui-même.",
            "En France, la littérature est surtout professionnelle. L'association Amorce et le Cerema publient "
            "des guides sur la baisse des températures et sur le suivi des sous-stations ; la fédération des "
            "services énergie environnement suit le déploiement des outils numériques chez ses adhérents. Les "
            "retours d'expérience publiés concernent presque tous de grands réseaux exploités par des groupes "
            "nationaux, qui disposent d'équipes de données.",
            "Enfin, quelques travaux en sciences de gestion rappellent que ces outils modifient le travail des "
            "conducteurs de chaufferie, dont le savoir tacite est difficile à transcrire dans un modèle. Le manque "
            "principal de la littérature concerne justement les exploitants moyens : on sait que le jumeau "
            "fonctionne dans un grand réseau doté d'ingénieurs, on sait peu de chose de ce qu'il devient dans une "
            "structure de trente personnes. C'est cet espace que ce mémoire cherche à éclairer."]),
        "methodology": dict(status="ok", retitle="Comment j'ai travaillé", text=[
            "J'ai combiné trois approches, menées entre janvier et octobre 2026. La première est documentaire : "
            "j'ai lu une quarantaine d'articles scientifiques et de rapports professionnels, sélectionnés sur Google "
            "Scholar et dans les publications d'Amorce, du Cerema et de l'Agence internationale de l'énergie, en "
            "retenant les travaux postérieurs à 2015 qui portaient sur des réseaux réels.",
            "La deuxième est qualitative. J'ai mené douze entretiens semi-directifs d'environ une heure : quatre "
            "exploitants de réseaux de taille comparable, deux éditeurs de logiciels, deux chercheurs, deux "
            "conducteurs de chaufferie de notre équipe, notre directeur technique et un élu de la communauté "
            "d'agglomération. Les entretiens ont été enregistrés avec accord, retranscrits puis codés selon mes "
            "trois hypothèses.",
            "La troisième est expérimentale. Avec le directeur technique, j'ai construit une maquette de jumeau sur "
            "le quartier de la Magdeleine, qui compte 46 sous-stations, à partir des plans du réseau, de six mois de "
            "données horaires des compteurs et d'un logiciel de simulation libre. J'ai comparé ce que le modèle "
            "prévoyait avec ce qui a été mesuré pendant quatre semaines d'hiver, puis simulé une baisse de la "
            "température de départ.",
            "Cette méthode a des limites : un seul quartier, une seule saison, et des entretiens avec des "
            "exploitants qui avaient accepté de parler, donc plutôt favorables au numérique. J'en tiens compte dans "
            "l'analyse.",
            "J'ai choisi cette combinaison parce qu'aucune des trois approches ne suffisait seule. La littérature décrit surtout de grands réseaux, les entretiens donnent des opinions qu'il faut confronter aux faits, et la maquette fournit des chiffres propres à Épinal mais sur un périmètre réduit. Croiser les trois permet de vérifier chaque hypothèse par au moins deux voies différentes.",
            "Toutes les personnes interrogées ont relu et validé les citations reprises dans ce mémoire."]),
        "trend-analysis": dict(status="ok", text=[
            "La tendance que j'étudie est le passage d'une exploitation réactive à une exploitation pilotée par "
            "les données. Elle se manifeste d'abord par le déploiement des compteurs communicants : chez nous, 92 % "
            "des sous-stations en sont équipées depuis 2025, contre un tiers en 2020. Les données existent donc, "
            "mais elles sont aujourd'hui utilisées pour facturer, presque jamais pour piloter.",
            "La maquette sur la Magdeleine apporte trois enseignements. D'abord, une fois recalé, le modèle "
            "reproduit les températures mesurées avec un écart moyen de 1,4 degré, ce qui suffit pour piloter. "
            "Ensuite, il a révélé que neuf sous-stations sur quarante-six renvoient une eau beaucoup trop chaude, à "
            "cause de vannes mal réglées ou d'échangeurs encrassés ; corriger ces neuf points compte davantage que "
            "tout le reste. Enfin, la simulation montre qu'on pourrait baisser la température de départ de 6 à 8 "
            "degrés en mi-saison sans qu'aucun abonné passe sous sa consigne, ce qui libère assez de capacité pour "
            "raccorder environ 15 % de bâtiments en plus. La première hypothèse est donc confirmée, au moins sur ce "
            "quartier et hors des jours les plus froids.",
            "Les entretiens confirment nettement la deuxième hypothèse. Trois exploitants sur quatre citent la "
            "qualité des données comme leur premier obstacle, loin devant le coût du logiciel. Nous l'avons vécu : "
            "il a fallu trois semaines pour corriger les horloges et les unités de nos compteurs avant que le modèle "
            "produise quoi que ce soit d'utile. Un éditeur résume : « on vend un jumeau, on livre un chantier de "
            "données ».",
            "Sur la troisième hypothèse, les réponses sont plus nuancées. Les exploitants moyens qui ont réussi ont "
            "tous commencé petit, sur un quartier ou une chaufferie, et se sont appuyés sur un conducteur motivé "
            "plutôt que sur un service informatique. Ceux qui ont acheté une solution pour tout le réseau d'un coup "
            "l'ont souvent abandonnée au bout d'un an. L'approche par quartier paraît donc nécessaire, mais elle "
            "demande un effort humain que ma maquette a sous-estimé.",
            "Plusieurs forces poussent la tendance : les objectifs de chaleur renouvelable, les aides du Fonds "
            "chaleur qui financent désormais les outils de pilotage, et la baisse du prix des capteurs. D'autres la "
            "freinent : le manque de compétences en données chez les exploitants, la méfiance des conducteurs, et "
            "des contrats de délégation qui ne récompensent pas toujours la performance.",
            "Pour situer la maturité de cette tendance, j'ai recensé les projets annoncés en France depuis 2020 : une quinzaine, dont onze portés par les trois grands groupes du secteur. Les réseaux moyens en sont presque absents, ce qui confirme à la fois le retard et l'espace à prendre pour une structure comme la nôtre.",
            "En résumé, la tendance est réelle, mais son rythme dépendra moins de la technique que des moyens humains des exploitants."]),
        "impacts-value": dict(status="ok", text=[
            "Le tableau résume la valeur que le jumeau pourrait créer pour Chaleur Vosges Énergies, à partir de "
            "la maquette et des entretiens. Les gains chiffrés sont extrapolés du quartier de la Magdeleine à "
            "l'ensemble du réseau et supposent que les sous-stations défaillantes soient réparées.",
            "Au-delà de ces chiffres, le jumeau change la façon dont la société se présente à la ville. Elle peut désormais dire, quartier par quartier, combien de bâtiments elle peut encore raccorder et à quelles conditions, ce qui fait d'elle un partenaire de la planification urbaine plutôt qu'un simple fournisseur de chaleur."],
            tables=[[
                ["Exploitation", "température de départ plus basse, pertes réduites", "environ 4 % de combustible en moins, soit 90 000 € par an", "court terme"],
                ["Développement", "capacité libérée sur le réseau existant", "700 équivalents logements raccordables sans nouvelle canalisation", "moyen terme"],
                ["Relation abonnés", "pannes repérées avant la plainte", "moins de réclamations et meilleure image auprès de la ville", "moyen terme"],
                ["Stratégie", "intégration d'une source de chaleur à basse température", "ouverture à la chaleur perdue de la papeterie voisine", "long terme"]]]),
        "anticipation-strategy": dict(status="thin", text=[
            "Pour s'y préparer, la société doit d'abord fiabiliser ses données de comptage, ce qui prendra environ "
            "six mois, puis équiper un second quartier avant de généraliser. Il faudra aussi former deux "
            "conducteurs volontaires, qui deviendront les référents du jumeau, et prévoir dans le prochain contrat "
            "avec la ville une clause qui partage les économies obtenues. Le budget de la première étape est "
            "estimé à 120 000 euros, dont la moitié peut être couverte par le Fonds chaleur."]),
        "recommendations": dict(status="ok", text=[
            "Je formule cinq préconisations pour la direction de Chaleur Vosges Énergies.",
            "Premièrement, lancer dès 2027 un chantier de qualité des données, avant tout achat de logiciel : "
            "vérification des compteurs, correction des horloges, règles de traitement des trous de mesure. C'est "
            "la condition de tout le reste, et ce travail sert aussi la facturation.",
            "Deuxièmement, réparer les neuf sous-stations repérées par la maquette. C'est le gain le plus rapide et "
            "le moins cher : quelques milliers d'euros de réglages et de nettoyage, pour un effet mesurable dès "
            "l'hiver suivant.",
            "Troisièmement, étendre le jumeau quartier par quartier, en commençant par le secteur de la gare où la "
            "ville veut raccorder deux résidences. Chaque extension devra être décidée au vu des résultats de la "
            "précédente, avec des indicateurs simples : température de retour, nombre de réclamations, combustible "
            "consommé.",
            "Quatrièmement, confier le jumeau à l'exploitation, pas à l'informatique. Les deux conducteurs "
            "référents doivent participer au réglage du modèle, pour que leur savoir y entre et qu'ils lui fassent "
            "confiance. Je propose de leur réserver une demi-journée par semaine pendant la première année.",
            "Cinquièmement, choisir un logiciel ouvert, dont les données et les modèles restent la propriété de la "
            "société, pour ne pas dépendre d'un seul éditeur sur un sujet aussi stratégique.",
            "Ces préconisations ont des limites : elles s'appuient sur un seul quartier et sur un hiver doux. À plus "
            "long terme, le jumeau pourrait devenir l'outil commun de la société et de la ville pour planifier "
            "l'extension du réseau, et servir de base à une mutualisation avec d'autres réseaux vosgiens qui n'ont "
            "pas les moyens de se doter seuls d'un tel outil.",
            "Pour chaque préconisation, j'ai indiqué un responsable et une échéance dans un tableau de suivi remis à la direction. Le chantier des données et la réparation des sous-stations peuvent commencer dès le printemps 2027 ; l'extension au quartier de la gare viendrait à l'automne, une fois les résultats de l'hiver connus. Le coût total de la première année reste inférieur à celui de deux cents mètres de canalisation posés en centre-ville."]),
        "watch-scope": dict(status="ok", text=[
            "Ma veille doit permettre à la direction de Chaleur Vosges Énergies de suivre la tendance étudiée et de "
            "décider au bon moment. Elle porte sur quatre axes : les technologies de modélisation et de pilotage des "
            "réseaux, les données de comptage et les capteurs, la réglementation et les financements de la chaleur "
            "renouvelable, et les retours d'expérience des autres exploitants. J'exclus la production de chaleur "
            "elle-même, chaudières et géothermie, suivie par le directeur technique.",
            "Les destinataires sont le comité de direction, qui reçoit une synthèse mensuelle d'une page, et "
            "l'équipe d'exploitation, qui reçoit les informations pratiques. L'objectif est de repérer les "
            "évolutions qui changeraient nos choix : une baisse forte du prix des solutions, une nouvelle aide, un "
            "échec publié chez un confrère.",
            "Le périmètre géographique est l'Europe, avec une attention particulière aux pays nordiques, qui ont dix ans d'avance, et à la France, dont la réglementation nous concerne directement. L'horizon de la veille va jusqu'à 2035, celui des objectifs nationaux de chaleur renouvelable.",
            "Ce cadre sera revu chaque année avec la direction."]),
        "source-choice": dict(status="ok", text=[
            "J'ai retenu des sources de natures différentes pour croiser les points de vue. Les sources "
            "scientifiques, comme la revue Energy ou les publications de l'université d'Aalborg, sont les plus "
            "fiables mais arrivent avec un ou deux ans de retard sur le terrain. Les sources institutionnelles, "
            "l'Ademe, le Cerema et le ministère de la Transition écologique, donnent les chiffres officiels, les "
            "règles et les aides ; elles sont sûres mais peu nombreuses.",
            "Les sources professionnelles sont au cœur de ma veille : l'association Amorce, qui réunit les "
            "collectivités et publie des guides très concrets, la fédération des services énergie environnement et "
            "la revue Énergie Plus. Elles parlent le langage des exploitants et signalent les projets en cours. "
            "J'y ajoute les sites et lettres de trois éditeurs de logiciels, en gardant à l'esprit qu'ils "
            "présentent leurs succès et jamais leurs échecs.",
            "Enfin, les sources humaines comptent autant que les écrits. Le club des réseaux de chaleur du Grand "
            "Est se réunit deux fois par an et j'y ai noué des contacts avec des exploitants qui acceptent de me "
            "raconter ce qui ne marche pas. Les salons professionnels complètent ce réseau.",
            "Pour évaluer chaque source, je note sa fiabilité de 1 à 5 selon trois critères : l'auteur est-il "
            "identifié et compétent, la méthode est-elle expliquée, l'information est-elle recoupée ailleurs. Une "
            "information venant d'une source notée 3 ou moins n'entre dans la synthèse que si elle est confirmée par "
            "une autre.",
            "J'ai volontairement écarté les réseaux sociaux grand public, où les annonces sont trop nombreuses et trop peu vérifiées, à l'exception de LinkedIn, où plusieurs exploitants et chercheurs partagent leurs résultats.",
            "Au total, la veille repose aujourd'hui sur vingt-trois sources actives, dont quatre sont présentées dans l'inventaire ci-dessous."]),
        "source-inventory": dict(status="ok", tables=[[
            ["Amorce", "association de collectivités", "guides et retours d'expérience sur les réseaux", "5, publications relues par des experts", "mensuelle, lettre et site", "pilotage et baisse des températures"],
            ["Revue Energy (Elsevier)", "revue scientifique", "études de cas de jumeaux sur des réseaux réels", "5, articles évalués par les pairs", "trimestrielle, alerte Google Scholar", "modèles et résultats mesurés"],
            ["Énergie Plus", "presse professionnelle", "actualité des exploitants et des projets", "3, reprend souvent des communiqués", "hebdomadaire, Feedly", "marché et offres"],
            ["Club des réseaux de chaleur du Grand Est", "réseau humain", "témoignages directs d'exploitants", "4, témoignages recoupés", "deux fois par an, réunions", "freins et conditions de réussite"]]]),
        "search-queries": dict(status="missing"),
        "watch-cycle": dict(status="ok", skip_cols=1, text=[
            "Ma veille suit un cycle en six étapes, qui me prend environ trois heures par semaine.",
            "Les étapes de collecte et de tri sont les plus régulières ; la diffusion est celle qui donne du sens au reste, car une information qui ne parvient pas à la direction ne sert à rien."],
            tables=[[
                [None, "à la rentrée, le directeur technique et moi fixons les questions de l'année", "entretien d'une heure", "annuelle", "quatre axes écrits"],
                [None, "je garde ou j'écarte chaque source d'après sa note", "tableur partagé", "trimestrielle", "inventaire noté"],
                [None, "les articles et alertes arrivent par axe", "Feedly, Google Scholar", "quotidienne", "articles à lire"],
                [None, "le lundi, je lis, je note la fiabilité et je résume en cinq lignes", "OneNote", "hebdomadaire", "fiches courtes"],
                [None, "une page pour le comité, cinq faits au plus", "courriel", "mensuelle", "lettre de veille"],
                [None, "chaque fiche est reliée à la décision qu'elle a éclairée", "OneNote", "trimestrielle", "historique consultable"]]]),
        "update-method": dict(status="ok", text=[
            "Une veille n'a de valeur que si elle reste vivante. J'ai donc fixé trois rythmes de travail. Chaque "
            "semaine, le lundi matin, je consacre une heure et demie à parcourir les flux et les alertes, et je "
            "remplis une fiche courte pour chaque information retenue : la source, ce qu'elle dit, sa note de "
            "fiabilité et ce qu'elle change pour nous. Chaque mois, je rédige une lettre d'une page pour la "
            "direction, avec au plus cinq informations et une recommandation.",
            "Chaque trimestre, je revois la liste des sources : celles qui n'ont rien apporté depuis trois mois sont "
            "retirées, et j'en ajoute de nouvelles repérées au fil des lectures. C'est aussi le moment de revoir le "
            "radar technologique et de présenter ses mouvements au comité de direction.",
            "Une fois par an, avec le directeur technique, je réexamine les axes de la veille eux-mêmes, car la "
            "question posée à la société évolue. Pour que la veille ne repose pas sur moi seul, un conducteur "
            "référent reçoit les alertes sur les données de comptage et peut alimenter la base. Si je quitte "
            "l'entreprise à la fin de mon alternance, le système est documenté pour être repris.",
            "Ce rythme a été testé pendant quatre mois, de juin à septembre 2026 : la charge réelle a été de deux heures et demie par semaine en moyenne, un peu moins que prévu."]),
        "watch-tools": dict(status="ok", image=["Feedly", "Google Alerts", "Tableur des sources", "OneNote", "Lettre mensuelle"],
            caption="La chaîne d'outils de ma veille, de la collecte à la lettre envoyée à la direction",
            text=["Pas de plateforme de veille payante : mon budget est nul et l'équipe n'aurait pas le temps d'apprendre un "
                  "outil de plus. La collecte passe par Feedly, où chaque axe a son dossier, et par des alertes Google "
                  "Scholar sur une dizaine d'expressions. Le tri se fait dans OneNote, que toute la société utilise déjà : "
                  "une page par fiche, une étiquette par axe. En tête du carnet, une page de synthèse sert de tableau de "
                  "bord : fiches de la semaine, aides et appels à projets ouverts, mouvements du radar.",
            "Aucun outil payant n'a été ajouté. Si la veille prend de l'ampleur, un outil de veille professionnel pourra être envisagé, mais seulement après un an de fonctionnement et une mesure de ce qu'elle apporte."]),
        "technology-radar": dict(status="ok", text=[
            "Quatre colonnes, quatre attitudes : ce qui est mûr pour nous, ce qui mérite un essai, ce qu'il faut "
            "comprendre avant de juger, et ce qui attendra. Je le mets à jour tous les trois mois.",
            "Les éléments de la colonne Adopter sont déjà en place ou le seront en 2027. Le jumeau sur un quartier est à expérimenter, comme le propose ce mémoire. Le pilotage automatique reste à évaluer, car aucun réseau de notre taille ne l'utilise encore. Le reste attend des preuves."],
            tables=[[
                ["Compteurs communicants horaires et suivi des températures de retour par sous-station",
                 "Jumeau numérique sur un quartier, recalé sur les compteurs",
                 "Pilotage automatique de la température de départ par le jumeau",
                 "Intelligence artificielle générative pour conduire le réseau, encore sans retour sérieux"]]]),
        "prospective-vision": dict(status="ok", retitle="Le réseau en 2040", text=[
            "Imaginons le réseau d'Épinal en 2040. Il a doublé de longueur et chauffe la moitié de la ville. La "
            "chaleur ne vient plus seulement de la chaufferie bois : la papeterie voisine y injecte sa chaleur "
            "perdue, une pompe à chaleur récupère celle des eaux usées, et de grands ballons stockent l'eau chaude "
            "produite quand l'électricité est bon marché. Piloter un tel système à la main serait impossible.",
            "Dans ce scénario, que je juge le plus probable, le jumeau numérique est devenu l'outil quotidien des "
            "conducteurs. Chaque matin, il propose une conduite pour la journée à partir de la météo, des prix de "
            "l'énergie et des consommations prévues ; le conducteur valide ou corrige. Les températures de départ "
            "sont descendues sous 70 degrés, ce qui rend possibles ces sources de chaleur basse température. Les "
            "abonnés, eux, voient leur consommation chaque jour et sont prévenus d'une anomalie avant même de "
            "la sentir.",
            "Un scénario moins favorable existe. Si les exploitants moyens n'ont pas su se doter de compétences en "
            "données, ils auront dû confier le pilotage de leurs réseaux à deux ou trois grands groupes et à leurs "
            "plateformes, et les collectivités auront perdu la maîtrise d'un service public essentiel. Les premiers "
            "signaux de cette concentration sont déjà visibles dans les appels d'offres récents.",
            "Un troisième scénario, de rupture, verrait la chaleur se décentraliser : pompes à chaleur individuelles "
            "moins chères, bâtiments très performants, et réseaux réduits aux quartiers les plus denses. Je le juge "
            "peu probable avant 2040 dans une ville au climat vosgien.",
            "Ces scénarios dessinent le rôle du manager de l'innovation : préparer la société au premier en "
            "construisant dès maintenant ses compétences, surveiller les signaux du deuxième, et garder un œil sur "
            "le troisième.",
            "Le premier scénario suppose que l'on commence dès maintenant : chaque année de retard rapproche la société du second, dans lequel elle n'aurait plus la main sur son propre réseau. C'est tout l'enjeu des préconisations formulées plus haut.",
            "Cette vision reste un exercice : elle sera confrontée chaque année aux faits relevés par la veille, et corrigée quand ils la contredisent."]),
        "conclusion": dict(status="ok", text=[
            "Ce mémoire partait d'une question simple : un exploitant de taille moyenne peut-il utiliser un jumeau "
            "numérique pour raccorder plus de bâtiments sans agrandir son réseau ? La réponse est oui, sous "
            "conditions. La première hypothèse est confirmée sur le quartier étudié : une baisse de 6 à 8 degrés "
            "de la température de départ est possible sans perte de confort, et elle libère une capacité réelle. La "
            "deuxième l'est aussi, et plus nettement que je ne le pensais : la qualité des données de comptage est "
            "le véritable chantier. La troisième est nuancée : une démarche par quartier est à la portée d'une "
            "structure comme la nôtre, à condition d'y consacrer du temps humain et de confier l'outil à ceux qui "
            "conduisent le réseau.",
            "Mon travail a des limites : un quartier, un hiver doux, des interlocuteurs plutôt convaincus. La veille "
            "mise en place doit permettre de les dépasser en suivant les prochains retours d'expérience. "
            "Personnellement, ce mémoire m'a appris qu'une technologie séduisante ne vaut que par les données qui "
            "la nourrissent et par les personnes qui s'en servent.",
            "Ce travail ouvre plusieurs prolongements. Il faudra mesurer les effets du jumeau sur un hiver complet et rigoureux, étudier son intérêt pour l'intégration de la chaleur perdue de la papeterie, et regarder comment plusieurs petits réseaux pourraient partager un même outil et une même équipe.",
            "C'est ce que je retiendrai pour la suite de mon parcours."]),
        "bibliography": dict(status="ok", tables=[[
            ["Grieves M., Vickers J., « Digital Twin: Mitigating Unpredictable, Undesirable Emergent Behavior in Complex Systems »", "chapitre d'ouvrage", "2017", "5", "définition du jumeau numérique"],
            ["Kritzinger W. et al., « Digital Twin in manufacturing: A categorical literature review », IFAC-PapersOnLine", "article", "2018", "5", "niveaux de maturité des jumeaux"],
            ["Lund H. et al., « 4th Generation District Heating », Energy", "article", "2014", "5", "baisse des températures des réseaux"],
            ["Amorce, « Baisser les températures des réseaux de chaleur »", "guide", "2024", "4", "pratiques des exploitants français"],
            ["Cerema, « Suivi et optimisation des sous-stations »", "rapport", "2023", "4", "réglage des sous-stations"]]]),
        "appendices": dict(status="ok", text=[
            "Annexe 1 : grille des entretiens semi-directifs.",
            "Annexe 2 : plan du quartier de la Magdeleine et liste des 46 sous-stations modélisées.",
            "Annexe 3 : exemple de lettre de veille envoyée à la direction en septembre 2026."]),
    },
)
