from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="pandoc",
    language="fr",
    notes="""Held-out round 60 (h60_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: an apprentice at a public water utility around Agen studies digital twins of drinking-water networks
    for medium-sized utilities. The author's own numbered headings, some in UPPER CASE; the introduction and the
    research question share one heading (merged); impacts, source inventory, queries, watch cycle, radar and
    bibliography are tables; a dashboard picture. No part on anticipating change and the implementation
    strategy (deleted, missing). The long-range outlook is a short paragraph (thin).""",
    title="Le jumeau numérique, avenir des petits réseaux d'eau ?",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Lucas Berthomieu, apprenti à la régie Eau de l'Agenais – promotion 2027",
           "Tutrice : Mme Isabelle Fabre"],
    blocks=[
        H(1, "RÉSUMÉ", {"abstract": "ok"}),
        P("Les réseaux d'eau potable français perdent en moyenne un litre sur cinq avant d'arriver au robinet. Les "
          "grandes métropoles s'équipent de jumeaux numériques, des modèles hydrauliques alimentés en continu par des "
          "capteurs, qui permettent de repérer une fuite en quelques heures et de simuler une coupure avant de la "
          "faire. Ce mémoire se demande si cette technologie est à la portée d'une régie moyenne comme Eau de "
          "l'Agenais, qui dessert 68 000 habitants avec 1 240 kilomètres de canalisations et un rendement de réseau "
          "de 74 %. À partir de onze entretiens, de la visite de deux régies déjà équipées et d'une revue de la "
          "littérature technique, je montre que le jumeau complet reste hors de portée, mais qu'une version "
          "progressive, limitée aux secteurs les plus fuyards et construite sur des outils mutualisés, peut faire "
          "gagner six points de rendement en quatre ans pour un coût inférieur à celui d'une année de pertes. Je "
          "propose enfin un dispositif de veille pour suivre une offre qui change vite."),
        P("Mots-clés : jumeau numérique, eau potable, fuites, régie publique, modélisation hydraulique, capteurs."),
        H(1, "1. INTRODUCTION ET QUESTION DE RECHERCHE", {"introduction": "ok", "research-question": "ok"}),
        P("En juillet 2025, la canicule a obligé la régie Eau de l'Agenais à couper l'eau pendant quatorze heures à "
          "Boé et à Bon-Encontre. La cause n'était pas un manque de ressource mais une casse sur une conduite de 300 "
          "millimètres posée en 1962, que personne n'avait vue venir. Ce jour-là, les techniciens ont fermé des vannes "
          "à l'aveugle, sur la foi des plans papier, et ont privé d'eau trois quartiers qui n'auraient pas dû l'être. "
          "J'étais en première année d'apprentissage au service exploitation, et c'est de cette journée qu'est né ce "
          "mémoire."),
        P("La régie n'est pas mal équipée : elle dispose d'un système d'information géographique à jour, de 42 "
          "compteurs de sectorisation et d'une télégestion des réservoirs. Mais ces outils ne se parlent pas. Le "
          "modèle hydraulique, réalisé par un bureau d'études en 2019, dort sur un poste du service travaux et n'a "
          "jamais été recalé. Les grandes villes, elles, ont franchi le pas : Lyon, Marseille ou Bordeaux pilotent "
          "leurs réseaux avec un double virtuel mis à jour en quasi temps réel. Entre ces deux mondes, les régies "
          "moyennes hésitent, faute de moyens et de compétences, alors que la loi leur impose de réduire leurs pertes "
          "et que le changement climatique rend chaque mètre cube plus précieux."),
        P("Ma question est donc la suivante : une régie de taille moyenne peut-elle tirer de la valeur d'un jumeau "
          "numérique de son réseau d'eau potable, et à quelles conditions ? J'avance trois hypothèses. Première "
          "hypothèse : la valeur vient d'abord de la détection des fuites, pas de la simulation. Deuxième hypothèse : "
          "le frein principal n'est pas le prix des logiciels mais la qualité des données et le manque de "
          "compétences internes. Troisième hypothèse : une démarche par secteurs, mutualisée avec d'autres régies, "
          "rend le projet finançable. Les parties suivantes présentent le choix du sujet, l'état des connaissances, "
          "ma méthode, l'analyse de la tendance et de ses effets, puis mes recommandations et le dispositif de "
          "veille que je laisse à la régie."),
        P("Je précise enfin ce que j'entends par régie moyenne : un service public en gestion directe, qui dessert "
          "entre 30 000 et 150 000 habitants et emploie de quarante à cent agents. C'est le cas de près de deux "
          "cents services en France, qui distribuent ensemble l'eau d'environ onze millions de personnes."),
        H(1, "2. Pourquoi ce sujet ?", {"subject-choice": "ok"}),
        P("J'ai hésité entre trois sujets : la relève à distance des compteurs, l'intelligence artificielle pour "
          "prévoir la consommation, et le jumeau numérique. La relève à distance est déjà en cours de déploiement à "
          "la régie, le sujet aurait été un compte rendu de projet plutôt qu'une expertise. La prévision de "
          "consommation est intéressante mais son effet sur le métier reste limité. Le jumeau numérique, au "
          "contraire, change la façon dont les exploitants travaillent : on ne répare plus après la casse, on "
          "surveille un modèle qui signale les anomalies et on prépare les interventions sur écran."),
        P("Le sujet est innovant pour notre secteur. Selon l'observatoire national des services d'eau, moins de 5 % "
          "des services de moins de 100 000 habitants utilisent un modèle hydraulique mis à jour plus d'une fois "
          "par an, et aucun de ceux que j'ai contactés dans le Lot-et-Garonne n'a de jumeau au sens strict. Les "
          "fournisseurs, eux, commencent seulement à proposer des offres adaptées aux petits services, souvent en "
          "abonnement. Il y a donc une fenêtre : dans trois à cinq ans, ces offres seront mûres, et les régies qui "
          "auront préparé leurs données pourront en profiter les premières."),
        P("Enfin, le sujet me concerne directement. Mon poste d'apprenti consiste à fiabiliser les données du SIG "
          "et à suivre les compteurs de sectorisation, ce qui m'a donné un accès rare aux données réelles et aux "
          "équipes de terrain. Ma tutrice, directrice technique, souhaitait disposer d'un avis argumenté avant de "
          "présenter le sujet au conseil d'exploitation de 2027. Le mémoire répond donc à une attente réelle et non "
          "à un exercice d'école."),
        P("Un dernier argument a pesé : le sujet touche autant l'organisation que la technique. Il oblige à se "
          "demander qui, dans une régie de soixante agents, regarde les données chaque matin, qui décide d'envoyer "
          "une équipe sur une alerte, et comment on garde les savoirs des anciens quand ils partent en retraite."),
        H(1, "3. Ce que l'on sait déjà", {"state-of-the-art": "ok"}),
        P("L'idée de jumeau numérique vient de l'industrie aéronautique et de la NASA, qui employait dès les années "
          "1970 des répliques pour simuler l'état de ses engins. Le terme s'est imposé dans les années 2010 avec "
          "l'industrie 4.0, pour désigner une représentation numérique d'un objet physique, alimentée par ses données "
          "et capable d'en prévoir le comportement. Dans l'eau, la littérature distingue trois niveaux : le modèle "
          "hydraulique classique, calé une fois sur des mesures ; le modèle recalé régulièrement ; et le jumeau "
          "proprement dit, connecté en continu aux capteurs et capable d'alerter."),
        P("Les retours d'expérience publiés concernent surtout de grands services. Valence, en Espagne, a réduit ses "
          "pertes de 20 % en cinq ans grâce à un jumeau couvrant tout son réseau, selon un article de la revue Water "
          "de 2021. En France, le Syndicat des eaux d'Île-de-France et la Métropole de Lyon ont décrit leurs "
          "démarches lors des Assises de l'eau et dans la revue TSM de l'ASTEE. Ces services disposent d'équipes de "
          "modélisation de cinq à quinze personnes, ce qui n'est pas transposable à une régie de soixante agents."),
        P("Plusieurs travaux récents s'intéressent aux petits services. Une thèse soutenue à l'INRAE de Bordeaux en "
          "2023 montre que la qualité des données patrimoniales, l'âge et le matériau des conduites en particulier, "
          "compte davantage que la finesse du modèle pour localiser les fuites. Le rapport de la FNCCR sur la "
          "numérisation des services d'eau, paru en 2024, souligne que les petits services manquent surtout de "
          "compétences et recommande la mutualisation au niveau départemental. Les éditeurs, de leur côté, publient "
          "des livres blancs enthousiastes, qu'il faut lire avec prudence : leurs gains annoncés portent souvent "
          "sur un seul secteur pilote, choisi parce qu'il fuyait beaucoup."),
        P("Les sources se contredisent sur un point : le coût. Les éditeurs annoncent des abonnements à partir de "
          "20 000 euros par an, mais les régies équipées que j'ai interrogées citent des budgets trois à quatre fois "
          "plus élevés une fois comptés les capteurs, l'intégration et le temps des agents. J'ai donc privilégié les "
          "chiffres issus des collectivités et des travaux universitaires, et j'ai utilisé ceux des éditeurs "
          "seulement pour décrire les fonctions disponibles. Au total, l'état de l'art confirme l'intérêt de la "
          "technologie mais laisse une question ouverte, celle de son passage à l'échelle des services moyens, qui "
          "est précisément la mienne."),
        P("Il faut également mentionner les travaux sur la sectorisation, plus anciens et mieux établis. Depuis les "
          "années 1990, les services britanniques découpent leurs réseaux en zones de comptage et suivent le débit "
          "de nuit de chaque zone, quand la consommation est minimale : une hausse de ce débit trahit une fuite. "
          "Cette méthode, simple et peu coûteuse, sert de base à la plupart des offres de détection actuelles, qui "
          "lui ajoutent des algorithmes statistiques et, parfois, un modèle hydraulique pour localiser plus finement "
          "la fuite à l'intérieur du secteur."),
        H(1, "4. MÉTHODE", {"methodology": "ok"}),
        P("J'ai combiné trois approches. D'abord une revue documentaire de 46 sources, articles scientifiques, "
          "rapports publics, actes de colloques et documentation d'éditeurs, que j'ai classées selon leur fiabilité : "
          "une source publiée par une collectivité ou revue par des pairs valait plus qu'un livre blanc commercial. "
          "Ensuite onze entretiens semi-directifs d'une heure environ, menés entre février et juin 2026, avec quatre "
          "exploitants de la régie, deux responsables de régies équipées (Pau et Périgueux), deux éditeurs, un "
          "bureau d'études, un chercheur de l'INRAE et la chargée de mission eau du département."),
        P("Enfin, j'ai mené un petit test sur nos propres données. Avec l'accord de ma tutrice, j'ai repris le "
          "modèle de 2019 pour le secteur de Pont-du-Casse, qui compte 38 kilomètres de conduites et trois compteurs "
          "de sectorisation, et je l'ai recalé avec six mois de mesures de débit et de pression. Ce test ne constitue "
          "pas un jumeau, mais il m'a permis de mesurer le temps nécessaire pour nettoyer les données et de vérifier "
          "si le modèle aurait signalé les deux fuites réparées dans ce secteur en 2025."),
        P("Les limites sont réelles : onze entretiens ne font pas une enquête représentative, et les régies "
          "équipées que j'ai visitées sont celles qui ont accepté de me recevoir, donc probablement les plus "
          "satisfaites. J'ai tenté de compenser ce biais en interrogeant aussi un service qui a abandonné son projet "
          "en 2023, et en confrontant systématiquement les chiffres avancés avec ceux des rapports annuels sur le "
          "prix et la qualité du service."),
        P("Pour analyser les entretiens, j'ai retranscrit chacun d'eux puis codé les passages selon une grille de "
          "six thèmes : données, compétences, coûts, organisation, gains observés et relations avec les éditeurs. "
          "Cette grille figure en annexe A, avec la liste des personnes interrogées."),
        H(1, "5. Une tendance de fond ?", {"trend-analysis": "ok"}),
        P("Trois forces poussent les services d'eau vers le jumeau numérique. La première est réglementaire : depuis "
          "le décret de 2012 sur les pertes, un service dont le rendement est insuffisant doit établir un plan "
          "d'actions, sous peine de voir doubler sa redevance pour prélèvement. Le plan Eau de 2023 a durci le ton "
          "en fixant l'objectif d'économiser 10 % de l'eau prélevée d'ici 2030 et en ciblant explicitement les fuites. "
          "La deuxième est climatique : les étés 2022 et 2025 ont montré que la ressource pouvait manquer, même dans "
          "le Sud-Ouest, et chaque mètre cube perdu coûte plus cher à produire quand il faut le traiter davantage."),
        P("La troisième force est technologique et économique. Le prix des capteurs de pression communicants a été "
          "divisé par trois en dix ans ; les réseaux bas débit comme LoRaWAN couvrent désormais l'essentiel du "
          "territoire ; et le calcul hydraulique, autrefois réservé à des postes puissants, se fait dans le cloud. "
          "Les éditeurs historiques de modélisation ont lancé des offres en abonnement, pendant que des jeunes "
          "pousses françaises proposent de détecter les fuites par l'analyse statistique des débits, sans modèle "
          "complet. Le marché se structure : trois rachats ont eu lieu entre 2023 et 2025."),
        P("Ces forces ne suffisent pas à rendre la tendance irréversible pour les petits services. Mes entretiens "
          "font apparaître trois freins. Le premier est la donnée : à la régie, 31 % des conduites n'ont pas de date "
          "de pose connue, et le test sur Pont-du-Casse m'a demandé sept semaines de nettoyage pour trois jours de "
          "calage. Le deuxième est humain : aucun agent ne sait aujourd'hui faire vivre un modèle, et les profils "
          "sont rares sur le marché. Le troisième est financier : le budget annexe de l'eau ne peut pas absorber "
          "brutalement une dépense informatique récurrente sans toucher au prix."),
        P("Ma conclusion sur la tendance est nuancée. Pour les métropoles, le jumeau est déjà la norme. Pour les "
          "services moyens, il le deviendra probablement d'ici 2032, mais sous une forme plus légère : des modèles "
          "partagés à l'échelle du département, des abonnements mutualisés et une détection de fuites fondée sur les "
          "compteurs de sectorisation plutôt qu'un double complet du réseau. Les deux régies équipées que j'ai "
          "visitées ont d'ailleurs suivi cette voie, en commençant par leurs secteurs les plus fuyards. Cela confirme "
          "ma première hypothèse : la valeur immédiate vient de la détection, la simulation arrive ensuite."),
        P("Il faut enfin regarder les usages. Les exploitants que j'ai interrogés à Pau décrivent un changement net "
          "dans leur façon de travailler : la réunion du matin commence désormais devant la carte des alertes, et les "
          "interventions urgentes de nuit ont diminué d'un tiers en deux ans. Ce déplacement du terrain vers "
          "l'écran ne plaît pas à tous, et deux agents sur huit disent regretter l'ancienne organisation, ce qui "
          "rappelle que la tendance est aussi une affaire de métiers et pas seulement de technologie."),
        H(1, "6. Impacts attendus pour la régie", {"impacts-value": "ok"}),
        P("Le tableau ci-dessous résume les effets que j'attends d'un jumeau limité aux huit secteurs les plus "
          "fuyards, d'après le test de Pont-du-Casse et les résultats des régies de Pau et Périgueux."),
        T([["Domaine", "Effet attendu", "Valeur estimée", "Confiance"],
           ["Pertes d'eau", "détection des fuites en 2 jours au lieu de 3 semaines", "310 000 m³ économisés par an, soit 186 000 €", "moyenne"],
           ["Coupures", "simulation des fermetures de vannes avant intervention", "moitié moins d'abonnés coupés par casse", "bonne"],
           ["Travaux", "renouvellement ciblé sur les conduites à risque", "15 % de linéaire renouvelé en moins pour le même effet", "faible"],
           ["Métier", "exploitants qui préparent sur écran", "montée en compétences, attractivité des postes", "bonne"],
           ["Redevance", "rendement au-dessus du seuil légal", "fin du risque de doublement (90 000 €)", "bonne"]]),
        P("Ces chiffres restent des ordres de grandeur. L'économie d'eau est calculée sur les huit secteurs visés, "
          "avec un prix de revient de 0,60 euro par mètre cube produit, et suppose que les fuites détectées soient "
          "réparées sous dix jours, ce qui demandera de réorganiser les équipes d'intervention. À l'inverse, je n'ai "
          "pas chiffré la baisse des plaintes d'abonnés ni le gain d'image auprès des élus, pourtant cités par les "
          "deux régies équipées comme des effets importants. Le coût du dispositif, environ 95 000 euros par an "
          "une fois mutualisé, reste nettement inférieur à la valeur attendue."),
        H(1, "7. Mes recommandations", {"recommendations": "ok"}),
        P("Je recommande à la régie de ne pas acheter de jumeau numérique complet en 2027. Le marché évolue trop "
          "vite, nos données ne sont pas prêtes et l'équipe ne pourrait pas le faire vivre. En revanche, je propose "
          "de préparer le terrain dès maintenant, en quatre étapes qui ont chacune une utilité propre, même si le "
          "projet s'arrêtait en route."),
        P("Première étape, en 2027 : compléter les données patrimoniales. Il s'agit de renseigner la date de pose et "
          "le matériau des conduites là où ils manquent, en commençant par les huit secteurs dont l'indice de pertes "
          "dépasse quatre mètres cubes par kilomètre et par jour. Un agent à mi-temps pendant un an, appuyé par les "
          "archives des communes, peut y parvenir. Deuxième étape : équiper ces secteurs de capteurs de pression "
          "communicants, une vingtaine au total, pour environ 45 000 euros, et brancher leurs mesures sur la "
          "télégestion existante."),
        P("Troisième étape, en 2028 : souscrire un abonnement de détection de fuites sur ces secteurs, de préférence "
          "dans le cadre d'un groupement de commandes avec les deux autres régies du département, ce qui diviserait "
          "le coût par deux et permettrait de partager un modélisateur. La chargée de mission du département est "
          "favorable à cette idée et peut porter le groupement. Quatrième étape, en 2029 seulement : décider "
          "d'étendre le dispositif à tout le réseau et d'y ajouter la simulation, au vu des résultats mesurés."),
        P("Je recommande aussi de former deux exploitants volontaires à la lecture du modèle dès la deuxième étape, "
          "plutôt que de recruter un spécialiste que la régie aurait du mal à garder. Enfin, il faut fixer dès le "
          "départ un indicateur simple, le volume perdu par kilomètre et par jour dans les secteurs équipés, et le "
          "présenter chaque trimestre au conseil d'exploitation, pour que la décision de 2029 repose sur des faits."),
        P("Le coût total de ces quatre étapes, hors temps des agents, est estimé à 210 000 euros sur trois ans, dont "
          "une partie peut être financée par l'agence de l'eau Adour-Garonne dans son programme de réduction des "
          "pertes. Je propose que ma tutrice présente ce calendrier au conseil d'exploitation de mars 2027."),
        H(1, "8. DISPOSITIF DE VEILLE", {"watch-scope": "ok"}),
        P("Parce que l'offre change vite, la régie a besoin de suivre le sujet après mon départ. Le périmètre de la "
          "veille couvre quatre thèmes : les offres des éditeurs de modélisation et de détection de fuites, les "
          "capteurs et réseaux de communication, les retours d'expérience des services comparables, et la "
          "réglementation sur les pertes et la redevance. Sont exclus l'assainissement et la qualité de l'eau, "
          "suivis par d'autres services. La veille sert deux décisions précises : le choix du prestataire en 2028 et "
          "la décision d'extension en 2029. Elle doit donc rester légère, tenue par une personne une demi-journée par "
          "mois, et produire un court bulletin lisible par la direction."),
        P("Concrètement, le dispositif repose sur une personne identifiée, le technicien SIG qui me succédera, "
          "appuyée par la directrice technique pour l'analyse. Il s'appuie sur une liste de sources fixée à "
          "l'avance, des requêtes enregistrées, un cycle mensuel et des outils gratuits, décrits dans les "
          "sous-parties qui suivent. Chaque élément a été testé pendant les quatre derniers mois de mon "
          "apprentissage, de sorte que la régie hérite d'une veille qui fonctionne déjà et non d'un projet."),
        H(2, "8.1 Les sources retenues et pourquoi", {"source-choice": "ok"}),
        P("J'ai retenu les sources selon trois critères : leur lien direct avec les services d'eau, leur fiabilité "
          "et leur fréquence de publication. Les publications de l'ASTEE et la revue TSM sont incontournables : elles "
          "sont écrites par des praticiens et relues. L'observatoire national des services d'eau donne les chiffres "
          "de rendement de tous les services et permet de repérer ceux qui progressent vite, donc ceux qu'il faut "
          "appeler. Les revues scientifiques comme Water et le Journal of Hydroinformatics servent à vérifier les "
          "gains annoncés, même si elles sont en anglais et parfois éloignées des petits services."),
        P("J'ai gardé aussi les sources commerciales, mais avec une règle : aucun chiffre d'éditeur n'entre dans un "
          "bulletin sans être confirmé par un service qui l'a mesuré. Les lettres d'information de trois éditeurs et "
          "de deux jeunes pousses permettent de voir arriver les nouvelles offres. Le salon Carrefour des gestions "
          "locales de l'eau, à Rennes chaque année, est le meilleur endroit pour rencontrer des services comparables. "
          "Enfin, les publications de la FNCCR et de l'agence de l'eau Adour-Garonne renseignent sur la "
          "réglementation et les aides financières, qui peuvent couvrir jusqu'à 50 % d'un projet de réduction des "
          "pertes. J'ai écarté les réseaux sociaux généralistes, trop bruyants pour une demi-journée par mois."),
        P("Pour chaque source, j'ai vérifié sur six mois combien d'éléments utiles elle apportait réellement. La revue "
          "TSM et les lettres des éditeurs arrivent en tête ; les revues scientifiques apportent peu d'éléments, mais "
          "ce sont souvent les plus solides. Une source qui ne donne rien en un an sera retirée, comme je l'explique "
          "plus loin. J'ai aussi ajouté deux contacts personnels, les responsables des régies de Pau et de Périgueux, "
          "qui acceptent d'être appelés deux fois par an : c'est la source la plus directe sur ce qui marche "
          "vraiment dans un service de notre taille."),
        H(2, "8.2 Inventaire", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fréquence", "Fiabilité"],
           ["Revue TSM (ASTEE)", "revue professionnelle", "mensuelle", "élevée"],
           ["Observatoire SISPEA", "données publiques", "annuelle", "élevée"],
           ["Water, Journal of Hydroinformatics", "revues scientifiques", "continue", "élevée"],
           ["Agence de l'eau Adour-Garonne", "institution", "trimestrielle", "élevée"],
           ["Lettres des éditeurs (3) et jeunes pousses (2)", "commercial", "mensuelle", "à vérifier"],
           ["Carrefour de l'eau, Rennes", "salon", "annuelle", "moyenne"]]),
        H(2, "8.3 Requêtes", {"search-queries": "ok"}),
        T([["Thème", "Mots utilisés", "Où"],
           ["Jumeaux", "\"jumeau numérique\" ET \"eau potable\"; \"digital twin\" AND \"water distribution\"", "Google Scholar, TSM"],
           ["Fuites", "\"détection de fuites\" sectorisation; \"leak detection\" pressure sensors", "Google Alerts, Scholar"],
           ["Règles", "rendement réseau décret; redevance prélèvement pertes", "Légifrance, agence de l'eau"]]),
        H(2, "8.4 Le cycle", {"watch-cycle": "ok"}),
        T([["Étape", "Ce qu'on fait", "Qui", "Quand"],
           ["Collecter", "relever alertes, lettres et sommaires de revues dans un dossier partagé", "technicien SIG", "au fil de l'eau"],
           ["Trier", "garder ce qui touche les quatre thèmes, noter la fiabilité de chaque article", "technicien SIG", "1re semaine du mois"],
           ["Analyser", "résumer en cinq lignes, dire ce que cela change pour la régie", "technicien SIG et directrice technique", "2e semaine"],
           ["Diffuser", "bulletin d'une page à la direction et aux chefs d'équipe", "directrice technique", "fin du mois"],
           ["Revoir", "supprimer les sources inutiles, en ajouter de nouvelles", "les deux", "chaque année en janvier"],
           ["Décider", "présenter au conseil d'exploitation ce qui change le calendrier du projet", "directrice technique", "au besoin, au moins une fois par an"]]),
        P("Ce cycle a été suivi sans interruption de juillet à octobre 2026, avec un bulletin envoyé chaque mois à la "
          "direction."),
        H(2, "8.5 Mise à jour", {"update-method": "ok"}),
        P("La veille est mise à jour chaque mois selon un rythme fixe, pour qu'elle ne disparaisse pas au premier "
          "pic d'activité. La première semaine, le technicien SIG parcourt les alertes et les lettres reçues, et "
          "range ce qu'il garde dans un dossier partagé classé par thème. La deuxième semaine, il rédige pour chaque "
          "élément retenu un résumé de cinq lignes et une note de fiabilité de un à trois. Le bulletin part à la fin "
          "du mois ; s'il n'y a rien d'important, il le dit en une ligne, ce qui est aussi une information."),
        P("Une fois par an, en janvier, la directrice technique et le technicien revoient la liste des sources et "
          "des requêtes : une source qui n'a rien apporté pendant douze mois est retirée, et les mots-clés sont "
          "ajustés selon le vocabulaire des nouveaux articles. Le tableau de suivi des offres, qui compare les "
          "fournisseurs sur le prix, les fonctions et les références, est mis à jour à chaque nouvelle information "
          "et sert directement à la consultation de 2028. Un indicateur simple permet de vérifier que la veille "
          "vit : onze bulletins par an au minimum."),
        P("Si le technicien SIG est absent plus de trois semaines, la directrice technique reprend la collecte, grâce "
          "au dossier partagé et aux alertes envoyées sur une adresse commune plutôt que personnelle. Le bulletin "
          "est aussi archivé pour garder la mémoire des choix."),
        H(2, "8.6 Outils", {"watch-tools": "ok"}),
        P("Les outils restent gratuits ou déjà payés par la régie. Les alertes Google et Google Scholar envoient les "
          "nouveautés par courriel ; un agrégateur de flux, Inoreader en version gratuite, rassemble les lettres et "
          "les sommaires de revues. Le dossier partagé est sur le serveur de la régie. Le tableau de bord, sous "
          "forme de classeur partagé, affiche le nombre d'éléments par thème, les offres suivies et les décisions à "
          "venir, pour que la direction voie d'un coup d'œil où en est le sujet."),
        P("Ce tableau de bord a été présenté aux chefs d'équipe en octobre 2026 ; ils ont demandé d'y voir aussi "
          "les aides financières ouvertes, ce qui a été ajouté."),
        Img(["Alertes et flux", "Dossier partagé", "Fiches de synthèse", "Tableau de bord", "Bulletin mensuel"],
            "Figure 1 – La chaîne d'outils de veille de la régie"),
        H(2, "8.7 RADAR", {"technology-radar": "ok"}),
        P("Le radar classe les technologies en trois cercles selon leur maturité pour une régie comme la nôtre : à "
          "adopter, à tester, à surveiller. Il est revu chaque année en même temps que les sources."),
        T([["Technologie", "Cercle", "Pourquoi"],
           ["Capteurs de pression communicants", "à adopter", "prix en baisse, posés à Pau sans difficulté"],
           ["Détection statistique des fuites par secteur", "à tester", "résultats solides chez deux régies voisines"],
           ["Modèle hydraulique recalé automatiquement", "à tester", "utile une fois les données complétées"],
           ["Jumeau complet en temps réel", "à surveiller", "trop coûteux et exigeant pour nous avant 2030"],
           ["Écoute acoustique par fibre optique", "à surveiller", "prometteur, encore expérimental"],
           ["Intelligence artificielle générative pour les rapports", "à surveiller", "peu d'usages métier sérieux pour l'instant"]]),
        P("Le radar est volontairement court : cinq technologies lisibles valent mieux que vingt cases que personne "
          "ne consulte. Chaque déplacement d'un cercle à l'autre est justifié dans le bulletin du mois."),
        H(1, "9. Et dans dix ans ?", {"prospective-vision": "thin"}),
        P("D'ici 2036, je pense que la plupart des services moyens suivront leurs réseaux avec un modèle partagé à "
          "l'échelle du département, alimenté par des capteurs bon marché, et que la détection des fuites sera "
          "devenue une prestation courante, comme la relève des compteurs aujourd'hui. Le métier d'exploitant se "
          "déplacera vers la préparation et l'analyse. Les signaux que la veille a déjà repérés vont dans ce sens : "
          "la baisse du prix des capteurs, les premiers groupements de commandes et les aides de l'agence de l'eau."),
        H(1, "CONCLUSION", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une coupure d'eau mal maîtrisée et d'une question simple : une régie comme la nôtre "
          "peut-elle profiter d'un jumeau numérique ? La réponse est oui, mais pas comme les métropoles. Mes trois "
          "hypothèses sont en grande partie confirmées. La valeur vient d'abord de la détection des fuites, que le "
          "test de Pont-du-Casse aurait signalées avec deux à trois semaines d'avance. Le frein principal est bien "
          "la donnée et la compétence, davantage que le prix des logiciels. Enfin, la mutualisation rend le projet "
          "finançable, à condition qu'une structure départementale accepte de le porter, ce qui reste à obtenir."),
        P("La démarche proposée, par étapes et par secteurs, limite le risque : chaque étape améliore le service "
          "même si la suivante n'a pas lieu. Elle demande cependant une décision dès 2027 pour compléter les données, "
          "sans laquelle rien ne sera possible. Mon travail a des limites, notamment le faible nombre d'entretiens "
          "et un test réalisé sur un seul secteur. Il mériterait d'être prolongé par un pilote réel, que la régie "
          "pourrait lancer en 2028 avec le dispositif de veille décrit ici pour guider ses choix."),
        P("Pour la suite, je suggère à la régie de partager ce travail avec les autres services du département, qui "
          "se posent les mêmes questions sans avoir le temps d'y répondre. Un retour d'expérience commun, dans deux "
          "ans, serait la meilleure manière de vérifier si les gains annoncés ici se confirment."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Référence", "Type", "Évaluation"],
           ["ASTEE (2024), Guide de la modélisation des réseaux d'eau potable, Paris", "guide professionnel", "fiable, très utilisé"],
           ["FNCCR (2024), La numérisation des services d'eau et d'assainissement", "rapport", "fiable, orienté collectivités"],
           ["Conejos Fuertes P. et al. (2021), Building a digital twin for water distribution, Water 13(3)", "article scientifique", "fiable, grand service"],
           ["Martin L. (2023), Données patrimoniales et localisation des fuites, thèse INRAE Bordeaux", "thèse", "fiable, très proche du sujet"],
           ["OFB (2025), Observatoire des services publics d'eau et d'assainissement, rapport annuel", "données publiques", "fiable"],
           ["Ministère de la Transition écologique (2023), Plan d'action pour une gestion résiliente de l'eau", "texte officiel", "fiable"]]),
        H(1, "Annexes", {"appendices": "ok"}),
        L(["Annexe A – Grille des onze entretiens et liste des personnes interrogées",
           "Annexe B – Résultats du recalage du modèle sur le secteur de Pont-du-Casse",
           "Annexe C – Exemple de bulletin de veille (novembre 2026)"]),
    ],
    missing=["anticipation-strategy"],
)
