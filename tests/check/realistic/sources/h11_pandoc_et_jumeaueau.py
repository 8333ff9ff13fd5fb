from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc. Français : mémoire d'expertise sur les jumeaux numériques des réseaux d'eau potable dans les
    syndicats d'eau ruraux, l'autrice travaille au syndicat des eaux du Haut-Anjou. Chapitres numérotés
    « Chapitre 1 » sous deux parties en chiffres romains (« I. Le rapport » sans texte propre, « II. Organiser la veille »), titres de l'autrice ; introduction et choix du sujet dans le
    même chapitre (fusion), la tendance et la stratégie d'adaptation dans un chapitre, les recommandations avec la
    vision à dix ans ; un tableau de lecture pour l'état de l'art ; périmètre de veille, choix et inventaire des
    sources sous un seul titre, cycle et rythme de mise à jour ensemble ; outils de veille en deux phrases
    (thin) ; radar annoncé mais vide (empty) ; pas d'analyse des impacts, pas de requêtes, pas d'annexes
    (missing).""",
    title="Un double numérique pour chaque tuyau ?",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique", "Sophie Guérineau, décembre 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Les syndicats d'eau ruraux perdent en moyenne un litre sur cinq dans leurs canalisations, et la loi leur "
          "demande de faire mieux avec des équipes réduites. Les jumeaux numériques, ces modèles du réseau "
          "alimentés en continu par des capteurs, sont présentés par les grands groupes comme la réponse. Ce "
          "mémoire se demande si un syndicat de 30 000 abonnés peut en tirer profit sans devenir dépendant d'un "
          "éditeur. J'ai lu la littérature technique et les retours d'expérience publiés, interrogé douze "
          "responsables de syndicats et suivi pendant quatre mois un essai sur un secteur de notre réseau. Le "
          "résultat est nuancé : le jumeau complet est hors de portée, mais un modèle hydraulique simple, "
          "recalé chaque nuit par une trentaine de capteurs de pression, divise par deux le temps de recherche "
          "des fuites. Je recommande une démarche par étapes, mutualisée entre syndicats voisins, et une veille "
          "organisée pour suivre un marché qui change vite."),
        P("Mots-clés : jumeau numérique, eau potable, fuites, collectivités rurales, capteurs, modèle hydraulique."),
        P("Le mémoire s'adresse d'abord aux élus et aux techniciens des syndicats de taille comparable."),
        H(1, "I. Le rapport"),
        H(1, "Chapitre 1 – D'où vient ce travail", {"introduction": "ok", "subject-choice": "ok"}),
        P("Je suis chargée de mission au syndicat des eaux du Haut-Anjou depuis 2022. Le syndicat distribue l'eau "
          "à 31 000 abonnés répartis dans 28 communes, par 1 900 kilomètres de canalisations dont un tiers a plus "
          "de cinquante ans. Son rendement, c'est-à-dire la part de l'eau produite qui arrive vraiment chez les "
          "abonnés, est de 79 %. Le reste se perd dans le sol. Chaque été, les nappes baissent, la préfecture "
          "restreint les usages et les élus demandent pourquoi on perd autant d'eau alors qu'on demande aux "
          "habitants d'en économiser."),
        P("Le sujet m'est venu d'une démonstration. En 2024, un grand groupe de services à l'environnement a "
          "présenté à notre comité syndical un jumeau numérique du réseau d'une métropole : chaque tuyau, chaque "
          "vanne, chaque compteur, visibles en trois dimensions, avec des alertes en temps réel. Les élus ont été "
          "séduits, le directeur technique sceptique : le coût annoncé dépassait notre budget d'investissement "
          "annuel. Entre l'enthousiasme et le refus, personne dans la salle ne savait vraiment ce qu'un jumeau "
          "apporterait à un syndicat rural. C'est ce manque que j'ai voulu combler."),
        P("J'ai choisi ce sujet pour trois raisons. D'abord il touche au cœur de mon métier et à une décision que "
          "le syndicat devra prendre d'ici deux ans, lors du renouvellement de son contrat d'exploitation. Ensuite "
          "il est peu traité pour les petites structures : presque toutes les publications portent sur des villes "
          "de plus de 500 000 habitants. Enfin il relève vraiment de l'innovation numérique, avec ses promesses, "
          "ses coûts cachés et ses questions de dépendance. J'ai écarté deux autres sujets, les compteurs "
          "communicants et la facturation en ligne, déjà bien documentés et déjà décidés chez nous."),
        P("Le mémoire suit un chemin simple. Après la question de recherche, je présente ce que disent les "
          "travaux existants, puis ma méthode, puis ce que montrent l'enquête et l'essai, avant de proposer une "
          "stratégie, des recommandations et une organisation de veille pour la suite."),
        P("Je précise enfin que le mémoire ne traite ni de l'assainissement ni de la qualité de l'eau, qui "
          "posent d'autres questions."),
        H(2, "1.2 Ma question", {"research-question": "ok"}),
        P("Un syndicat d'eau rural peut-il tirer un gain mesurable d'un jumeau numérique de son réseau, à un coût "
          "qu'il peut porter et sans perdre la maîtrise de ses données ? J'avance deux hypothèses. La première : "
          "le gain vient moins de la représentation complète du réseau que d'un modèle hydraulique simple tenu à "
          "jour par des mesures. La seconde : seule une mutualisation entre syndicats rend l'effort soutenable."),
        P("Par gain mesurable, j'entends une baisse du volume perdu ou du temps de recherche des fuites, "
          "chiffrée sur un secteur réel et comparée à un secteur sans équipement."),
        H(1, "Chapitre 2 – Ce qu'on en sait déjà", {"state-of-the-art": "ok"}),
        P("Le terme de jumeau numérique vient de l'industrie aéronautique, où il désigne une copie virtuelle d'un "
          "objet physique mise à jour par les données de cet objet. Appliqué aux réseaux d'eau, il recouvre des "
          "réalités très différentes selon les auteurs. Pour les uns, c'est un système d'information "
          "géographique enrichi ; pour les autres, un modèle hydraulique calibré qui simule les pressions et les "
          "débits ; pour les éditeurs, une plateforme qui réunit tout cela avec des tableaux de bord. Cette "
          "confusion est elle-même un résultat : beaucoup de projets échouent parce que les parties ne parlent "
          "pas de la même chose."),
        P("La recherche sur la détection des fuites par modèle est ancienne, elle date des années 1990, mais elle "
          "a longtemps buté sur le manque de mesures. La baisse du prix des capteurs de pression et des réseaux "
          "radio à bas débit a changé la donne après 2018. Les retours d'expérience publiés viennent surtout de "
          "Valence en Espagne, de Singapour et de quelques métropoles françaises. Ils annoncent des baisses de "
          "pertes de 10 à 25 %, mais rarement avec un groupe de comparaison, et presque jamais avec le coût "
          "complet. Le tableau ci-dessous résume les lectures qui ont le plus orienté mon travail."),
        T([["Source", "Type", "Ce que j'en retiens", "Limite"],
           ["Conejos Fuertes et al., 2020", "article, Valence", "le jumeau sert d'abord à planifier les travaux, pas à détecter", "ville de 800 000 habitants"],
           ["Astee, guide 2023", "guide professionnel", "dix étapes pour bâtir un modèle calé sur des mesures", "ne parle pas des coûts"],
           ["Office français de la biodiversité, 2024", "rapport", "rendements des réseaux ruraux et leur évolution", "données déclaratives"],
           ["Pesantez et al., 2022", "article", "un modèle simple recalé chaque nuit rivalise avec un modèle fin", "essai de trois mois"],
           ["Cour des comptes, 2023", "rapport public", "les petits services manquent d'ingénierie, pas d'argent", "pas centré sur le numérique"],
           ["Deux livres blancs d'éditeurs", "documentation commerciale", "architecture des plateformes du marché", "chiffres invérifiables"]]),
        P("Au total, la littérature s'accorde sur l'intérêt des mesures en continu mais laisse ouverte la "
          "question qui m'occupe : la taille minimale d'un service pour que le jeu en vaille la chandelle."),
        P("Deux angles morts ressortent de ces lectures. Le premier est humain : presque aucun auteur ne parle "
          "des fontainiers, alors que ce sont eux qui vont sur le terrain confirmer ou démentir ce que le "
          "modèle annonce. Le second est économique : les coûts de fonctionnement, la mise à jour de la "
          "cartographie, les licences et le temps d'ingénieur, sont absents des retours d'expérience, qui ne "
          "donnent que le prix d'achat. Mon enquête a donc cherché en priorité ces deux informations, auprès de "
          "services qui vivent avec un modèle depuis plusieurs années."),
        P("Ces deux manques expliquent aussi pourquoi les élus, face aux démonstrations commerciales, n'ont "
          "aucun point de comparaison pour juger un devis."),
        H(1, "Chapitre 3 – Comment j'ai travaillé", {"methodology": "ok"}),
        P("J'ai combiné trois approches. La première est documentaire : une quarantaine de textes lus entre "
          "janvier et avril, choisis dans les bases scientifiques, les publications de l'Astee et les rapports "
          "publics, classés dans une grille de lecture commune. La deuxième est une enquête qualitative : douze "
          "entretiens d'une heure avec des directeurs et techniciens de syndicats de 8 000 à 120 000 abonnés, "
          "dont quatre ont déjà un modèle hydraulique. Les entretiens ont été enregistrés avec leur accord, "
          "retranscrits et codés par thème : coûts, compétences, données, relation avec l'exploitant, résultats."),
        P("La troisième approche est un essai de terrain. Avec l'accord du directeur, j'ai équipé le secteur de "
          "Segré, 140 kilomètres de conduites, de 28 capteurs de pression prêtés par un fabricant angevin. Un "
          "bureau d'études a construit un modèle hydraulique simple que nous recalions chaque nuit avec les "
          "mesures. Pendant quatre mois, de juin à septembre, j'ai comparé le temps mis par les fontainiers pour "
          "localiser une fuite sur ce secteur et sur un secteur voisin comparable resté sans capteurs."),
        P("Cette méthode a des limites que je veux dire. L'essai est court et d'été, saison où les fuites sont "
          "nombreuses ; douze entretiens ne font pas un échantillon représentatif ; enfin mon rôle au syndicat "
          "m'a rendue juge et partie, ce que j'ai tenté de corriger en faisant relire mes résultats par le "
          "directeur technique, qui ne partageait pas mes premières conclusions."),
        P("Pour comparer les deux secteurs, j'ai retenu deux indicateurs simples : le nombre de jours entre "
          "l'alerte et la réparation, et le nombre de fuites trouvées sans qu'un abonné les signale. Les "
          "fontainiers notaient chaque intervention sur une fiche que je relevais chaque semaine."),
        P("Les deux secteurs ont été choisis parce qu'ils ont la même longueur de conduites et le même âge "
          "moyen."),
        H(1, "Chapitre 4 – La tendance, et comment s'y préparer",
          {"trend-analysis": "ok", "anticipation-strategy": "ok"}),
        P("Trois mouvements se dessinent. Le premier est technique : les capteurs coûtent aujourd'hui 300 à 600 "
          "euros posés, contre plus de 2 000 il y a huit ans, et les modèles hydrauliques se recalent "
          "automatiquement. Le deuxième est réglementaire : le plan eau de 2023 impose aux services dont le "
          "rendement est trop faible un plan d'action, sous peine de voir doubler leur redevance. Le troisième "
          "est commercial : les grands exploitants intègrent le jumeau dans leurs contrats de délégation, ce "
          "qui risque de lier les données du syndicat à leur plateforme."),
        P("L'essai de Segré confirme la première hypothèse. Sur le secteur équipé, le temps moyen de localisation "
          "d'une fuite est passé de 11 à 5 jours, et 14 fuites invisibles ont été trouvées en quatre mois contre "
          "6 sur le secteur témoin. Les entretiens confirment la seconde : les quatre syndicats qui ont un modèle "
          "l'ont obtenu avec l'aide d'un département ou en se regroupant, et deux l'ont laissé dépérir faute d'un "
          "technicien pour le tenir à jour. La vraie rareté n'est pas l'argent mais la compétence."),
        P("Il faut aussi regarder ce que ces chiffres ne disent pas. Le secteur de Segré est plat et bien "
          "cartographié ; sur les coteaux du nord du syndicat, où les pressions varient beaucoup, le modèle "
          "sera plus difficile à caler. Les fuites trouvées étaient surtout de petites fuites anciennes, que "
          "l'on découvre une fois pour toutes : le gain sera donc plus fort la première année que les "
          "suivantes. Enfin le coût de l'essai, environ 38 000 euros pour les capteurs, le modèle et mon temps, "
          "a été porté en partie par le fabricant et le bureau d'études ; un syndicat seul paierait le prix "
          "plein. Même ainsi, l'eau économisée sur le secteur, de l'ordre de 60 000 mètres cubes par an, couvre "
          "la dépense en moins de trois ans."),
        P("Pour s'y préparer, je propose une stratégie en trois temps. D'abord, d'ici 2027, fiabiliser la "
          "cartographie du réseau, sans laquelle aucun modèle ne vaut rien, et inscrire dans le futur contrat "
          "d'exploitation que les données et le modèle appartiennent au syndicat. Ensuite, en 2028, équiper les "
          "cinq secteurs aux pertes les plus fortes, comme à Segré. Enfin, à partir de 2029, partager avec les "
          "deux syndicats voisins un poste d'ingénieur modélisation et une même plateforme ouverte. Les freins "
          "sont connus : la méfiance des fontainiers envers un outil qui contrôle leur travail, et la tentation "
          "des élus d'acheter une solution clé en main. Je propose d'associer dès le début deux fontainiers "
          "volontaires, qui ont d'ailleurs trouvé eux-mêmes la moitié des fuites de l'essai, et de présenter aux "
          "élus un budget comparé sur dix ans plutôt qu'un prix d'achat."),
        P("Ce calendrier suit celui du renouvellement du contrat d'exploitation, prévu en 2028."),
        H(1, "Chapitre 5 – Ce que je recommande, et le réseau en 2035",
          {"recommendations": "ok", "prospective-vision": "ok"}),
        P("Ma première recommandation est de ne pas acheter de jumeau numérique complet. Le syndicat n'a ni les "
          "données ni les équipes pour le faire vivre, et il paierait surtout des écrans. La deuxième est de "
          "généraliser l'approche de Segré, secteur par secteur, en mesurant à chaque fois le gain en eau et en "
          "temps. La troisième est de garder la main sur les données : formats ouverts, clause de réversibilité, "
          "copie mensuelle chez le syndicat. La quatrième est de mutualiser, avec les syndicats de l'Oudon et du "
          "Loir, l'ingénieur et la plateforme. La dernière est de former un technicien du syndicat à la "
          "modélisation, pour que le savoir reste dans la maison."),
        P("Je recommande enfin de suivre chaque année trois indicateurs, présentés au comité syndical : le "
          "rendement du réseau, le temps moyen de localisation des fuites et le coût annuel de l'ensemble, "
          "capteurs, logiciel et personnel compris. Si le rendement ne progresse pas de deux points en trois "
          "ans, la démarche devra être revue. Ces indicateurs existent déjà dans le rapport annuel du syndicat "
          "; il suffit de les isoler pour les secteurs équipés."),
        P("À dix ans, je vois trois scénarios. Dans le premier, les grands exploitants imposent leurs plateformes "
          "et les petits syndicats deviennent clients captifs. Dans le deuxième, l'État ou les départements "
          "offrent un outil public commun, comme ils l'ont fait pour la cartographie. Dans le troisième, le plus "
          "probable à mes yeux, des groupements de syndicats bâtissent leurs propres modèles avec des outils "
          "libres et des bureaux d'études locaux. Le syndicat a intérêt à se préparer au troisième tout en "
          "restant compatible avec le deuxième."),
        P("Dans tous les cas, le réseau de 2035 aura vieilli de dix ans de plus et l'eau sera plus rare l'été : "
          "la question ne sera plus de savoir s'il faut mesurer le réseau, mais qui tiendra les mesures et à "
          "qui elles appartiendront."),
        P("Ces recommandations ont des limites : elles reposent sur un essai court, et le prix des capteurs peut "
          "remonter. Elles devraient être revues après un hiver complet de mesures, ce que je propose de faire "
          "en 2027 avec le directeur technique."),
        H(1, "II. Organiser la veille", {"watch-scope": "ok", "source-choice": "ok", "source-inventory": "ok"}),
        P("Le sujet bouge vite et le syndicat n'a personne pour le suivre. La veille que je propose couvre "
          "quatre thèmes : les capteurs et réseaux de mesure, les logiciels de modélisation, la réglementation "
          "de l'eau potable et les retours d'expérience des autres services. Elle exclut l'assainissement et "
          "la facturation, suivis par d'autres collègues. Elle sert deux publics : le directeur technique, pour "
          "ses choix d'équipement, et le bureau syndical, pour ses décisions de contrat."),
        P("J'ai retenu peu de sources, mais fiables et variées, en écartant les blogs d'éditeurs qui répètent "
          "leurs communiqués. Chaque source a été jugée sur sa fiabilité, sa fréquence et son lien avec les "
          "petits services."),
        P("Pour chaque thème, je voulais au moins une source scientifique, une source professionnelle et une "
          "source officielle, afin de croiser les points de vue : un article de recherche dit ce qui est "
          "possible, un retour d'expérience ce qui marche vraiment, un texte officiel ce qui deviendra "
          "obligatoire. J'ai aussi gardé une source commerciale assumée, le salon professionnel, parce que "
          "c'est là qu'on apprend les prix réels et les nouveaux matériels avant qu'ils soient publiés. J'ai "
          "testé chaque source pendant un mois avant de la retenir, en notant combien d'informations utiles "
          "pour le syndicat elle m'avait apportées ; trois sources candidates ont été écartées à ce stade."),
        T([["Source", "Thème", "Fréquence", "Pourquoi"],
           ["Revue TSM de l'Astee", "retours d'expérience", "mensuelle", "écrite par des praticiens français"],
           ["Journal of Water Resources Planning", "modélisation", "mensuelle", "recherche évaluée par les pairs"],
           ["Légifrance et le site du ministère", "réglementation", "continue", "textes officiels"],
           ["Observatoire des services d'eau", "rendements", "annuelle", "données de tous les services"],
           ["Forum des utilisateurs du logiciel libre de modélisation", "outils", "continue", "questions concrètes"],
           ["Salon Hydrogaia", "capteurs", "annuelle", "voir les matériels et les prix"]]),
        H(2, "II.1 Le rythme", {"watch-cycle": "ok", "update-method": "ok"}),
        P("La veille suit un cycle en quatre temps : collecter chaque jour par des alertes, trier chaque "
          "semaine ce qui concerne vraiment le syndicat, analyser chaque mois les deux ou trois informations "
          "importantes, et diffuser une note d'une page au directeur technique. Une fois par an, je présente au "
          "bureau syndical une synthèse de l'année et je propose d'ajouter ou de retirer des sources."),
        P("Pour tenir dans la durée, la veille doit prendre peu de temps : je l'évalue à deux heures par semaine. "
          "Les sources sont relues chaque trimestre : une source qui n'a rien apporté en six mois est retirée, "
          "une nouvelle peut être ajoutée si deux collègues la recommandent. Les notes mensuelles sont classées "
          "dans un dossier partagé, par thème et par date, pour qu'un successeur retrouve l'historique. Si je "
          "quitte le syndicat, un technicien formé pendant un mois reprend la veille avec le même cahier de "
          "procédure, d'une dizaine de pages, qui décrit chaque étape et chaque source."),
        P("Chaque note mensuelle suit le même plan : ce qui a changé, ce que cela veut dire pour le syndicat, "
          "ce qu'il faudrait faire. La note est relue par le directeur technique avant d'être envoyée aux élus, "
          "pour éviter de les alerter sur une information mal comprise."),
        P("La veille est donc une tâche modeste mais régulière, inscrite dans la fiche de poste et non laissée "
          "au bon vouloir de chacun."),
        H(2, "II.2 Outils", {"watch-tools": "thin"}),
        P("Un lecteur de flux gratuit et des alertes par courriel suffisent. Le tableau de bord est un simple "
          "tableur partagé."),
        H(2, "II.3 Radar", {"technology-radar": "empty"}),
        H(1, "Conclusion", {"conclusion": "ok"}),
        P("Je suis partie d'une démonstration qui avait séduit les élus et inquiété le directeur technique. "
          "Au bout de ce travail, je ne donne raison ni à l'un ni à l'autre. Le jumeau numérique tel que le "
          "vendent les grands groupes ne convient pas à un syndicat de notre taille ; mais l'idée qui est au "
          "cœur du jumeau, un modèle du réseau recalé en permanence par des mesures, apporte un gain réel et "
          "mesuré : deux fois moins de temps pour trouver une fuite, deux fois plus de fuites invisibles "
          "découvertes sur le secteur d'essai."),
        P("Mes deux hypothèses sont confirmées, avec des réserves. Le gain vient bien d'un modèle simple plutôt "
          "que d'une représentation complète, mais l'essai devra être prolongé sur un hiver. La mutualisation "
          "paraît nécessaire, mais je n'ai pas encore testé sa faisabilité politique auprès des syndicats "
          "voisins. Ce sera la prochaine étape, que le président du syndicat m'a demandé de préparer pour le "
          "printemps."),
        P("Ce travail m'a appris aussi que l'innovation dans un service public rural tient moins à la technologie "
          "qu'à la capacité de la faire vivre. Un outil que personne ne sait tenir à jour est une dépense, pas "
          "une innovation. C'est pour cela que la veille et la formation d'un technicien comptent, dans mes "
          "propositions, autant que les capteurs."),
        P("Je remercie le directeur technique et les deux fontainiers de Segré, sans qui l'essai n'aurait pas "
          "eu lieu."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        L(["Astee (2023). Modélisation des réseaux d'eau potable : guide méthodologique. Paris.",
           "Conejos Fuertes P. et al. (2020). Building and exploiting a digital twin for the management of drinking water distribution networks. Urban Water Journal, 17(8).",
           "Cour des comptes (2023). La gestion quantitative de l'eau en période de changement climatique. Rapport public thématique.",
           "Office français de la biodiversité (2024). Observatoire des services publics d'eau et d'assainissement, panorama 2022.",
           "Pesantez J. et al. (2022). Using a digital twin to explore water infrastructure impacts during the COVID-19 pandemic. Sustainable Cities and Society, 77."]),
    ],
    missing=["impacts-value", "search-queries", "appendices"],
)
