from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: a long thesis by an engineer of a water utility in the Loire valley on digital twins of
    drinking-water networks. Chapter titles in the author's own words, numbered in Roman numerals; the research
    question, the update method and the conclusion's heading are bold Normal paragraphs; the watch scope and the
    choice of sources share one chapter (merged); the update method and the tools share one bold heading
    (merged); the anticipation chapter is short (thin); no search queries, no watch cycle, no radar and no
    appendices (missing).""",
    title="Le jumeau numérique au service des réseaux d'eau potable",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Romain Vasseur – Syndicat des eaux Loire-Touraine", "Tuteur : Mme Hélène Cordier"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Les réseaux d'eau potable français perdent en moyenne un litre sur cinq avant le robinet. Les "
          "syndicats qui les gèrent remplacent leurs conduites au rythme de 0,6 % par an, ce qui supposerait "
          "plus d'un siècle et demi pour renouveler l'ensemble. Ce mémoire étudie une réponse qui se répand "
          "depuis cinq ans chez les grands opérateurs : le jumeau numérique, une copie informatique du réseau "
          "alimentée en continu par des capteurs, qui simule les pressions, localise les fuites et aide à "
          "choisir les conduites à remplacer. À partir de onze entretiens, de la visite de deux services qui "
          "l'utilisent et d'une analyse des données de notre propre syndicat, nous montrons que l'outil tient "
          "ses promesses sur la détection des fuites, beaucoup moins sur la planification des travaux, et que "
          "sa réussite dépend d'abord de la qualité de l'inventaire du réseau. Nous proposons une mise en "
          "œuvre en trois étapes pour un syndicat de taille moyenne."),
        P("Mots-clés : jumeau numérique, eau potable, fuites, capteurs, renouvellement des réseaux, collectivités."),
        H(1, "Introduction", {"introduction": "ok"}),
        P("Le Syndicat des eaux Loire-Touraine distribue l'eau de 84 000 habitants répartis sur 41 communes, par "
          "un réseau de 2 300 kilomètres posé pour l'essentiel entre 1955 et 1980. Son rendement, c'est-à-dire "
          "la part de l'eau produite qui arrive réellement chez les abonnés, est de 76 %. Chaque année, 1,9 "
          "million de mètres cubes sont perdus dans le sol, soit la consommation d'une ville de 35 000 "
          "habitants. Avec les sécheresses de 2022 et de 2025, cette perte n'est plus seulement un coût : la "
          "préfecture a limité nos prélèvements dans la nappe du Cénomanien et nous a demandé un plan de "
          "réduction des fuites."),
        P("J'occupe depuis quatre ans le poste de responsable de l'exploitation du réseau. Mon équipe de douze "
          "agents répare environ 600 fuites par an, dont les deux tiers sont signalées par des habitants ou "
          "découvertes par hasard. Nous disposons de 38 débitmètres de secteur, d'un système d'information "
          "géographique mis à jour de façon inégale, et d'un modèle hydraulique construit en 2009 par un bureau "
          "d'études et jamais recalé depuis. Lorsque le comité syndical a voté en 2025 un budget de "
          "renouvellement doublé, la question s'est posée : où placer ces millions pour qu'ils réduisent le plus "
          "les pertes ?"),
        P("Plusieurs fournisseurs nous ont alors présenté leur jumeau numérique, avec des chiffres "
          "impressionnants : 30 % de fuites en moins, des interventions divisées par deux. Ces promesses viennent "
          "de grandes métropoles, avec des équipes de data scientists et des réseaux instrumentés depuis "
          "longtemps. Le sujet de ce mémoire est né de ce décalage. Je voulais savoir ce qu'un tel outil peut "
          "réellement apporter à un syndicat comme le nôtre, à quelles conditions, et ce qu'il change dans le "
          "travail des agents de terrain."),
        P("Le mémoire suit l'ordre de ma recherche : après la question et les hypothèses, je reviens sur le "
          "choix du sujet, puis sur ce que disent les études et les retours d'expérience, sur la façon dont j'ai "
          "mené l'enquête, sur la tendance elle-même et ses effets. Je termine par des recommandations pour le "
          "syndicat, par le dispositif de veille mis en place et par une vision du réseau en 2035."),
        B("Problématique et hypothèses", {"research-question": "ok"}),
        P("Ma question est la suivante : un jumeau numérique permet-il à un syndicat d'eau de taille moyenne de "
          "réduire durablement ses pertes, et à quelles conditions d'organisation ? J'ai posé trois hypothèses. "
          "Premièrement, le gain principal vient de la détection rapide des fuites, non de la planification. "
          "Deuxièmement, la qualité des données du réseau compte plus que le choix du logiciel. Troisièmement, "
          "l'outil ne produit d'effet que si les agents de terrain l'utilisent au quotidien, ce qui suppose de "
          "changer leur façon de travailler. Chaque hypothèse est reprise dans le chapitre IV."),
        H(1, "I. Pourquoi ce sujet, et pourquoi maintenant", {"subject-choice": "ok"}),
        P("Le jumeau numérique n'est pas une idée neuve dans l'industrie : l'aéronautique et l'énergie l'utilisent "
          "depuis vingt ans pour suivre des turbines ou des centrales. Dans l'eau potable, en revanche, il reste "
          "rare hors des grandes villes. En France, à ma connaissance, moins de quinze services publics d'eau "
          "disposent d'un outil qui mérite ce nom, c'est-à-dire un modèle recalé automatiquement par des mesures "
          "en temps réel. Pour un syndicat rural et périurbain comme le nôtre, ce serait une vraie rupture dans "
          "la manière de gérer le patrimoine."),
        P("Le moment est favorable pour trois raisons. Le coût des capteurs a été divisé par quatre en dix ans : "
          "un enregistreur de pression communicant coûte aujourd'hui moins de 400 euros. Les réseaux radio bas "
          "débit couvrent désormais tout notre territoire, y compris les hameaux. Enfin, la loi impose aux "
          "services dont le rendement est insuffisant un plan d'action, sous peine de voir doubler la redevance "
          "de prélèvement versée à l'agence de l'eau. Pour nous, ce doublement représenterait 140 000 euros par an."),
        P("Le sujet touche aussi directement les méthodes de travail. Aujourd'hui, un agent part réparer une "
          "fuite quand un habitant téléphone ; demain, il pourrait partir parce qu'un algorithme a repéré une "
          "baisse de pression anormale dans un secteur à trois heures du matin. Ce passage d'une maintenance "
          "curative à une maintenance anticipée intéresse tous les services d'eau de taille moyenne, qui "
          "représentent plus de la moitié de la population française, et c'est pourquoi je pense que ce travail "
          "peut servir au-delà de notre syndicat. C'est enfin un sujet que je vis chaque jour : les astreintes de nuit "
          "pour des fuites découvertes trop tard pèsent sur mon équipe depuis des années."),
        H(1, "II. Ce que disent les études et le terrain", {"state-of-the-art": "ok"}),
        P("La littérature sur le jumeau numérique de réseau d'eau est récente. Les premiers articles sérieux datent "
          "de 2018 et viennent surtout d'Espagne, d'Italie et des Pays-Bas. Ils distinguent trois niveaux. Le "
          "premier est le modèle hydraulique classique, calculé une fois et consulté de temps en temps. Le "
          "deuxième est le modèle calé périodiquement sur des mesures, par exemple chaque mois. Le troisième, le "
          "jumeau au sens strict, reçoit les données des capteurs en continu et compare sans cesse ce qu'il "
          "calcule à ce qui se passe réellement ; c'est cet écart qui révèle les fuites et les vannes mal fermées."),
        P("Les résultats publiés sont encourageants mais doivent être lus avec prudence. Valence, en Espagne, "
          "annonce une baisse de 27 % de l'eau perdue en quatre ans, mais la ville a dans le même temps remplacé "
          "un tiers de ses compteurs et renforcé ses équipes de recherche de fuites, de sorte que la part due au "
          "jumeau est difficile à isoler. À Lisbonne, l'opérateur attribue au modèle un délai de détection passé "
          "de plusieurs semaines à moins de deux jours pour les fuites moyennes. Une revue de 2023 portant sur "
          "42 projets européens conclut que le gain sur la détection est bien établi, tandis que le gain sur la "
          "planification du renouvellement repose surtout sur des simulations et non sur des résultats mesurés."),
        P("En France, l'Office international de l'eau et l'Astee ont publié des guides sur la modélisation et la "
          "sectorisation, sans aborder encore le jumeau en tant que tel. Les grands délégataires présentent leurs "
          "offres dans des documents commerciaux, utiles pour comprendre les fonctions mais pauvres en chiffres "
          "vérifiables. Le retour le plus détaillé que j'ai trouvé est celui d'une métropole de l'Ouest, présenté "
          "aux assises de l'eau de 2024 : dix-huit mois de projet, un tiers du temps consacré à corriger "
          "l'inventaire du réseau, et un outil vraiment utilisé par les équipes seulement après la refonte des "
          "tournées d'astreinte."),
        P("Un point revient dans presque toutes les sources : la qualité des données. Un modèle qui ignore qu'une "
          "vanne est fermée, ou qui croit une conduite en fonte là où elle est en PVC, produit des alertes "
          "fausses et perd vite la confiance des agents. Les auteurs estiment qu'il faut entre six mois et deux "
          "ans de travail sur l'inventaire avant que le jumeau devienne fiable. Un second point concerne les "
          "compétences : les services qui réussissent ont tous créé un poste dédié, souvent un ingénieur "
          "hydraulicien formé à l'analyse de données, plutôt que de tout confier au fournisseur."),
        P("Enfin, les travaux en sciences sociales, encore rares, montrent que l'outil modifie la relation entre "
          "bureau et terrain. Les agents expérimentés connaissent leur réseau par cœur et se méfient d'une alerte "
          "qui contredit leur expérience. Là où l'outil a été imposé, il a été contourné ; là où les agents ont "
          "participé à son réglage, ils l'ont adopté. Ce constat a orienté ma troisième hypothèse."),
        H(1, "III. Comment j'ai mené l'enquête", {"methodology": "ok"}),
        P("J'ai combiné trois sources d'information. D'abord, onze entretiens semi-directifs d'une heure environ, "
          "menés entre mars et juin 2026 : quatre responsables de services d'eau utilisant un jumeau ou un modèle "
          "calé, trois fournisseurs de logiciels, deux chercheurs d'une école d'ingénieurs et deux agents de "
          "terrain d'un syndicat voisin. J'ai choisi des services de tailles différentes pour éviter de ne "
          "retenir que l'expérience des métropoles. Les entretiens ont été enregistrés avec accord, retranscrits "
          "puis codés selon les trois hypothèses."),
        P("Ensuite, deux visites de deux jours chacune, dans un service de 60 000 abonnés en Vendée et dans une "
          "régie urbaine du Centre, où j'ai suivi les agents lors de leurs interventions et assisté à la réunion "
          "d'exploitation du lundi. Ces visites m'ont permis d'observer l'usage réel de l'outil, souvent éloigné "
          "de ce qu'en disent les responsables."),
        P("Enfin, une analyse quantitative de nos propres données : les 3 400 fuites réparées entre 2019 et 2025, "
          "leur localisation, leur délai de détection et leur coût, croisés avec l'âge et le matériau des "
          "conduites. Cette analyse donne une base de comparaison pour estimer ce qu'un jumeau pourrait changer "
          "chez nous. Je reconnais deux limites : les services interrogés ont été choisis parmi ceux qui acceptaient "
          "de me recevoir, ce qui favorise les expériences positives, et les chiffres des fournisseurs n'ont pas "
          "pu être vérifiés de manière indépendante."),
        P("Pour limiter ces biais, j'ai confronté chaque chiffre annoncé à au moins une autre source, publication, rapport annuel ou témoignage d'agent, et j'ai signalé dans le texte les chiffres qui ne reposent que sur une seule déclaration. J'ai aussi fait relire mon analyse de nos données par le contrôleur de gestion du syndicat, qui a corrigé deux erreurs de coût."),
        H(1, "IV. Une tendance de fond, pas un effet de mode", {"trend-analysis": "ok"}),
        P("Le jumeau numérique du réseau d'eau s'inscrit dans un mouvement plus large : la numérisation des "
          "infrastructures publiques, qui touche aussi l'électricité, le gaz et l'éclairage. Trois signes montrent "
          "que ce mouvement est durable. Les financeurs publics l'encouragent : les agences de l'eau financent "
          "désormais jusqu'à 50 % des capteurs et de la sectorisation. Les fournisseurs se multiplient : j'en ai "
          "recensé neuf en Europe en 2026 contre deux en 2019, dont plusieurs jeunes entreprises issues de la "
          "recherche. Enfin, les textes européens sur l'eau potable demandent aux États de mesurer et de publier "
          "le niveau des fuites selon une méthode commune, ce qui pousse tous les services vers la mesure en "
          "continu."),
        P("La technologie elle-même mûrit. Les premiers jumeaux demandaient des serveurs puissants et des semaines "
          "de calage ; les outils actuels tournent dans le nuage et se recalent chaque nuit. Les algorithmes de "
          "détection apprennent le profil normal de chaque secteur, jour par jour, et signalent un écart de "
          "quelques litres par seconde. Les entretiens confirment toutefois que l'intelligence artificielle ne "
          "remplace pas l'hydraulique : les meilleurs résultats viennent d'un modèle physique classique, complété "
          "par l'apprentissage automatique pour le repérage des anomalies."),
        P("Cette tendance transforme le métier. Dans les deux services visités, la journée commence désormais par "
          "la lecture d'un tableau d'alertes classées par gravité, et non par la liste des appels de la veille. "
          "Les agents de recherche de fuites, équipés de corrélateurs acoustiques, sont envoyés dans un secteur "
          "précis au lieu de parcourir le réseau au hasard. Le service vendéen estime avoir divisé par trois le "
          "temps passé à chercher une fuite avant de pouvoir la réparer. En revanche, la planification du "
          "renouvellement change peu : les choix restent guidés par les travaux de voirie des communes, qui "
          "imposent leur calendrier."),
        P("Nos propres données éclairent ce constat. Sur 3 400 fuites, 62 % ont été découvertes plus de dix jours "
          "après leur apparition probable, estimée à partir des débits de nuit. Un jumeau capable de les repérer "
          "en deux jours aurait évité environ 480 000 mètres cubes de pertes par an. Le gain sur le "
          "renouvellement est plus incertain : nos conduites les plus fuyardes sont connues des agents depuis "
          "longtemps, et ce qui manque pour les remplacer est l'argent, pas l'information. Les deux premières "
          "hypothèses sont donc confirmées ; la troisième l'est aussi, puisque dans les deux services visités "
          "l'outil n'a servi qu'après une réorganisation des équipes."),
        P("Il faut enfin noter des signaux contraires. Deux responsables interrogés ont abandonné leur projet "
          "après deux ans, faute de données fiables et d'une personne pour faire vivre l'outil. Et la dépendance "
          "à un fournisseur unique inquiète les élus, car les formats de données restent souvent fermés."),
        P("Ces échecs ne remettent pas en cause la tendance, mais ils rappellent qu'elle a un prix."),
        H(1, "V. Ce que le syndicat peut en attendre", {"impacts-value": "ok"}),
        P("Le tableau ci-dessous résume les effets attendus pour le syndicat, chiffrés à partir de nos données et "
          "des retours des services visités. Les montants sont annuels et prudents : j'ai retenu la fourchette "
          "basse de chaque estimation."),
        T([["Domaine", "Effet attendu", "Valeur estimée par an", "Niveau de confiance"],
           ["Pertes en eau", "détection des fuites en deux jours au lieu de dix", "480 000 m³, soit 190 000 €", "élevé"],
           ["Redevance", "rendement porté au-dessus du seuil légal", "140 000 € évités", "moyen"],
           ["Interventions", "moins de recherche de fuite à l'aveugle", "1 800 heures d'agents", "élevé"],
           ["Renouvellement", "meilleur choix des conduites", "non chiffré", "faible"],
           ["Image", "service crédible auprès de la préfecture", "non chiffré", "moyen"]]),
        P("À l'inverse, le projet coûte environ 420 000 euros sur trois ans, capteurs, logiciel et poste "
          "d'ingénieur compris, dont la moitié pourrait être financée par l'agence de l'eau. Il crée donc de la "
          "valeur dès la deuxième année, à condition que les fuites repérées soient réparées vite."),
        P("Les équipes de réparation devront donc suivre le rythme des alertes, faute de quoi la valeur créée restera sur le papier, comme dans deux des services interrogés."),
        H(1, "VI. Se préparer au changement", {"anticipation-strategy": "thin"}),
        P("Le changement principal est humain : les agents devront passer d'une logique d'appel à une logique "
          "d'alerte. Je propose de les associer dès le début au choix des seuils d'alerte, de former deux "
          "référents parmi eux, et de garder pendant un an les deux modes de travail en parallèle. Le comité "
          "syndical devra aussi accepter que les premiers mois servent surtout à corriger l'inventaire, sans "
          "résultat visible sur le rendement."),
        H(1, "VII. Recommandations", {"recommendations": "ok"}),
        P("Je recommande au syndicat de lancer un jumeau numérique, mais par étapes et en commençant par ce qui a "
          "fait ses preuves. La première étape, de janvier à décembre 2027, consiste à fiabiliser les données : "
          "vérifier l'état des 1 200 vannes de sectorisation, corriger les matériaux et diamètres dans le système "
          "d'information géographique, et compléter le réseau de débitmètres de 38 à 70 points. Cette étape est "
          "utile même si le projet s'arrêtait là, car elle améliore toutes nos interventions."),
        P("La deuxième étape, en 2028, met en service la détection des fuites sur quatre secteurs pilotes, choisis "
          "parmi ceux dont le rendement est le plus faible. Elle suppose de recruter un ingénieur dédié au poste "
          "de responsable des données du réseau, et de réorganiser la réunion d'exploitation autour du tableau "
          "d'alertes. Le fournisseur sera choisi par appel d'offres en exigeant des formats ouverts, pour que le "
          "syndicat reste propriétaire de son modèle et puisse changer de prestataire."),
        P("La troisième étape, à partir de 2029, étend l'outil à l'ensemble du réseau et l'utilise pour préparer "
          "le programme de renouvellement, en complément et non à la place de l'avis des agents et du calendrier "
          "des communes. Chaque étape sera évaluée sur deux indicateurs simples : le délai moyen entre "
          "l'apparition d'une fuite et sa réparation, et le rendement du réseau."),
        P("Deux conditions sont indispensables. La première est l'adhésion des agents, que j'ai évoquée plus "
          "haut. La seconde est la patience des élus : l'expérience des autres services montre qu'il faut deux "
          "ans avant un effet mesurable sur le rendement, et un projet arrêté au bout d'un an aurait coûté sans "
          "rien rapporter. Je propose donc de présenter au comité un bilan semestriel, avec les progrès sur les "
          "données autant que sur les fuites."),
        P("Enfin, je recommande de partager l'expérience avec les deux syndicats voisins, qui se posent les mêmes questions. Un achat groupé des capteurs ferait baisser les prix, et un poste d'ingénieur partagé entre trois services serait plus facile à financer qu'un poste par syndicat."),
        H(1, "VIII. Ma veille sur le sujet", {"watch-scope": "ok", "source-choice": "ok"}),
        P("Pour suivre ce sujet après le mémoire, j'ai mis en place une veille centrée sur trois questions : "
          "quelles technologies de détection progressent, quels services d'eau comparables lancent ou abandonnent "
          "un jumeau, et comment évoluent les règles et les financements publics. Je laisse de côté les jumeaux "
          "des stations de traitement, qui relèvent d'un autre métier, et les réseaux d'assainissement."),
        P("J'ai retenu des sources de quatre types. Les sources scientifiques, comme la revue Water Research et "
          "les actes du congrès international sur la distribution d'eau, sont fiables mais lentes : un résultat y "
          "paraît souvent deux ans après l'expérience. Les sources professionnelles, comme la revue de l'Astee, "
          "les webinaires de l'Office international de l'eau et les assises de l'eau, donnent des retours "
          "d'expérience français, plus proches de notre situation. Les sources institutionnelles, en particulier "
          "les agences de l'eau et l'observatoire national des services d'eau, publient les règles et les "
          "données de rendement de tous les services. Enfin, les sources des fournisseurs annoncent les nouveautés "
          "en premier mais sont partiales ; je ne les utilise que pour repérer un sujet, jamais pour conclure."),
        P("J'ai écarté les réseaux sociaux généralistes, trop bruyants, à l'exception de deux groupes "
          "professionnels animés par des ingénieurs de l'eau. Chaque source est notée selon sa fiabilité, sa "
          "fréquence et sa proximité avec un syndicat de notre taille, et je revois cette note chaque année."),
        P("Ce choix est volontairement resserré : une douzaine de sources bien suivies valent mieux qu'une centaine parcourues en diagonale. Il reflète aussi ce que j'ai appris pendant l'enquête, à savoir que les retours d'expérience de services comparables au nôtre sont plus utiles que les annonces des grandes métropoles, dont les moyens sont sans commune mesure avec ceux d'un syndicat rural."),
        H(2, "Les sources suivies", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fréquence", "Fiabilité"],
           ["Water Research", "revue scientifique", "mensuelle", "élevée"],
           ["Revue de l'Astee", "revue professionnelle", "mensuelle", "élevée"],
           ["Observatoire des services d'eau", "données publiques", "annuelle", "élevée"],
           ["Agence de l'eau Loire-Bretagne", "institution", "au fil de l'eau", "élevée"],
           ["Lettres des fournisseurs", "commerciale", "hebdomadaire", "faible"]]),
        B("Faire vivre la veille : rythme et outils", {"update-method": "ok", "watch-tools": "ok"}),
        P("La veille tient en une heure par semaine, le lundi matin avant la réunion d'exploitation. Un lecteur "
          "de flux rassemble les publications des sources suivies, et des alertes par courriel signalent les "
          "nouveaux documents des agences de l'eau. Je trie chaque article en trois catégories : à lire, à "
          "archiver, à ignorer. Ce qui est lu est résumé en trois lignes dans un tableau partagé avec l'équipe, "
          "avec la date, la source et ce que cela change pour nous."),
        P("Une fois par trimestre, je rédige une note de deux pages pour le directeur et le comité syndical, qui "
          "reprend les faits marquants et propose, si besoin, une action. Une fois par an, je revois la liste des "
          "sources : celles qui n'ont rien apporté depuis douze mois sont retirées, et les nouvelles repérées "
          "dans les notes sont ajoutées à l'essai. Les outils restent simples et gratuits : le lecteur de flux, "
          "un tableur partagé et un espace de stockage pour les documents. Un tableau de bord dans le tableur "
          "compte les articles par thème et par mois, ce qui montre quels sujets montent. J'ai préféré ces "
          "outils à une plateforme payante, car la veille doit pouvoir être reprise par un collègue si je "
          "change de poste."),
        P("Deux collègues de l'équipe d'exploitation ont accès au tableau et y ajoutent ce qu'ils lisent de leur côté."),
        H(1, "IX. Le réseau en 2035", {"prospective-vision": "ok"}),
        P("En 2035, si les tendances observées se confirment, le réseau du syndicat sera entièrement sectorisé et "
          "instrumenté. Chaque secteur aura son débitmètre et ses capteurs de pression, et les compteurs des "
          "abonnés, tous télérelevés, permettront de calculer chaque nuit le volume perdu à l'échelle de la rue. "
          "Le jumeau numérique ne sera plus un projet mais un outil ordinaire, comme l'est aujourd'hui le "
          "système d'information géographique."),
        P("Le métier d'agent de réseau aura changé. Les tournées seront planifiées chaque matin à partir des "
          "alertes, et une partie des agents sera spécialisée dans la recherche acoustique et l'analyse des "
          "données. Les fuites seront réparées en moyenne trois jours après leur apparition, contre plus de dix "
          "aujourd'hui. Le rendement, qui dépend aussi du rythme de renouvellement, pourrait atteindre 85 %, "
          "soit le niveau des meilleurs services européens de taille comparable."),
        P("Deux incertitudes pèsent sur cette vision. La première est financière : le renouvellement reste le "
          "vrai levier à long terme, et aucun outil ne remplacera les investissements dans les conduites. La "
          "seconde tient à la souveraineté des données : si quelques grands fournisseurs dominent le marché, les "
          "petits services risquent de dépendre d'eux. Les signaux recueillis par la veille, comme les projets "
          "de formats ouverts portés par l'Astee, laissent penser que cette dépendance peut être évitée si les "
          "services s'organisent ensemble. Un groupement de commandes entre syndicats voisins serait une bonne "
          "façon de s'y préparer dès maintenant."),
        P("On peut aussi imaginer des usages qui n'existent pas encore chez nous. Le jumeau pourrait simuler l'effet d'une sécheresse sur les pressions et aider à décider où limiter la distribution en priorité, ou tester avant chaque chantier l'effet d'une coupure sur les abonnés sensibles, comme les hôpitaux et les maisons de retraite. Il pourrait enfin servir à expliquer aux habitants, avec des cartes simples, pourquoi leur rue est en travaux et combien d'eau cela fera gagner. Ces usages dépendent moins de la technique que de la volonté du syndicat de s'ouvrir à ses usagers et de partager ses données."),
        B("Pour conclure", {"conclusion": "ok"}),
        P("Ce travail partait d'une question pratique : un jumeau numérique vaut-il l'investissement pour un "
          "syndicat d'eau de taille moyenne ? La réponse est oui, à condition de ne pas en attendre ce qu'il ne "
          "sait pas encore faire. Sur la détection des fuites, les résultats sont solides, et nos propres données "
          "montrent un gain possible de près d'un demi-million de mètres cubes par an. Sur la planification des "
          "travaux, l'outil aide mais ne décide pas."),
        P("Les trois hypothèses de départ sont confirmées, et la plus importante est sans doute la dernière : "
          "l'outil ne vaut que par l'usage qu'en font les agents. C'est pourquoi les recommandations commencent "
          "par les données et par les équipes, avant le logiciel. Ce mémoire a ses limites, en particulier le "
          "petit nombre de services observés. La veille mise en place doit permettre de vérifier, année après "
          "année, si les promesses se confirment, et de corriger la trajectoire du syndicat si elles ne se "
          "confirment pas."),
        P("Au-delà de notre syndicat, ce travail montre qu'une innovation numérique dans un service public ne se résume pas à l'achat d'un logiciel. Elle demande du temps, des données propres et des équipes associées dès le départ. Si ces conditions sont réunies, le jumeau numérique peut devenir pour les services d'eau moyens ce qu'il est déjà pour les grandes villes : un moyen de perdre moins d'une ressource de plus en plus rare."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        L(["Astee (2021). Guide de la sectorisation des réseaux d'eau potable. Paris : Astee.",
           "Conejos Fuertes, P. et al. (2020). Building and exploiting a digital twin for the management of drinking water distribution networks. Urban Water Journal, 17(8).",
           "Office international de l'eau (2024). Rendement des réseaux : retours d'expérience. Limoges : OiEau.",
           "Observatoire national des services d'eau et d'assainissement (2025). Rapport annuel. Paris : OFB.",
           "Ramos, H. et al. (2023). Digital twins in water distribution: a review of 42 projects. Water Research, 231."]),
    ],
    missing=["search-queries", "watch-cycle", "technology-radar", "appendices"],
)
