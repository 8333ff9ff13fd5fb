from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, French: expertise thesis on sorting robots guided by computer vision in household-waste sorting
    centres; the author runs modernisation projects at the sorting centre of a joint waste authority in
    Lorraine (Syndicat Meuse-Moselle Tri, 41 000 tonnes a year). The author's own chapter headings ("Chapitre 1 –
    D'où part ce travail" ... "Chapitre 10 – Le tri en 2035"); the question and hypotheses written inside the
    introduction chapter with no heading of their own (introduction and research question merged); a reading
    table in the state of the art; an impacts table with a paragraph; the watch chapter with three sub-parts:
    where and why the author looks, a sources table, and the watch rhythm (cycle table and update method merged
    under one heading); a "9.4 Outils" heading with nothing under it (empty); no keyword or query list, no
    technology radar and no appendices anywhere (missing); a references table at the end.""",
    title="Des robots dans la chaîne de tri : une affaire de vision",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Élodie Marchetti – Syndicat Meuse-Moselle Tri – décembre 2026"],
    blocks=[
        H(1, "Avant-propos et résumé", {"abstract": "ok"}),
        P("Dans un centre de tri des emballages ménagers, une grande partie du travail repose encore sur des "
          "agents qui, debout devant un tapis, retirent à la main les objets qui n'ont rien à faire là ou "
          "rattrapent ce que les machines ont laissé passer. Depuis une dizaine d'années, des robots équipés de "
          "caméras et d'algorithmes d'apprentissage profond savent reconnaître ces objets et les saisir à la "
          "volée. Ce mémoire cherche à savoir si, pour un centre de taille moyenne comme celui du Syndicat "
          "Meuse-Moselle Tri, ces robots sont une innovation à adopter maintenant, à préparer ou à laisser aux "
          "grands sites. Il s'appuie sur une revue des publications techniques et des retours d'expérience, sur "
          "vingt et un entretiens avec des exploitants, des constructeurs et des agents de tri, et sur trois "
          "semaines de mesures sur nos propres chaînes. Ma conclusion est nuancée : la vision artificielle est "
          "déjà rentable pour le contrôle qualité des balles, beaucoup moins pour remplacer le tri manuel, et "
          "son vrai bénéfice est ailleurs, dans la connaissance fine de ce qui passe sur les tapis. Je propose "
          "une adoption en deux temps et une veille organisée pour suivre un marché qui change vite."),
        P("Mots-clés : centre de tri, robotique, vision par ordinateur, apprentissage profond, emballages "
          "ménagers, qualité des matières, conditions de travail."),
        H(1, "Chapitre 1 – D'où part ce travail", {"introduction": "ok", "research-question": "ok"}),
        P("Le Syndicat Meuse-Moselle Tri regroupe quatorze intercommunalités et trie chaque année 41 000 tonnes "
          "d'emballages et de papiers collectés auprès de 390 000 habitants. Le centre de tri de Pagny, construit "
          "en 2009 et modernisé en 2019 lors de l'extension des consignes de tri à tous les plastiques, emploie 74 "
          "personnes, dont 46 agents de tri répartis en deux équipes. J'y suis chargée de mission modernisation "
          "depuis 2022, après une alternance dans le même syndicat."),
        P("Trois difficultés reviennent dans toutes nos réunions. La première est le recrutement : le poste "
          "d'agent de tri est pénible, répétitif et mal considéré, et nous avons eu en 2025 un taux de rotation "
          "de 31 %. La deuxième est la qualité : les repreneurs de matières nous déclassent une balle de "
          "plastique sur huit pour cause d'indésirables, ce qui nous a coûté 186 000 euros l'an dernier. La "
          "troisième est l'incertitude : la composition des poubelles jaunes change à chaque nouvelle consigne, "
          "à chaque nouveau type d'emballage, et nous ne la mesurons que quatre fois par an, par des "
          "caractérisations manuelles."),
        P("Les constructeurs de robots de tri promettent une réponse aux trois à la fois. Leurs plaquettes montrent "
          "des bras qui saisissent soixante objets par minute, des caméras qui reconnaissent des centaines de "
          "catégories et des tableaux de bord qui décrivent en continu le flux entrant. Plusieurs centres "
          "français en ont installé depuis 2020, souvent avec des aides publiques. La direction du syndicat m'a "
          "demandé de dire si nous devions suivre, et comment."),
        P("J'en ai tiré la question qui guide ce mémoire : dans quelles conditions les robots de tri guidés par "
          "vision artificielle créent-ils de la valeur pour un centre de tri de taille moyenne, et quelle "
          "démarche d'adoption permet d'en tirer ce bénéfice sans déstabiliser les équipes ? Je l'ai découpée en "
          "trois hypothèses. H1 : le robot est plus rentable là où le tri manuel est le plus difficile à "
          "pourvoir, c'est-à-dire en fin de chaîne et la nuit, que là où il y a le plus de tonnes. H2 : la "
          "caméra seule, sans bras, apporte déjà une grande partie de la valeur, parce qu'elle mesure ce que "
          "personne ne mesure aujourd'hui. H3 : l'adhésion des agents de tri dépend moins de la peur de perdre "
          "leur poste que de la manière dont on leur présente ce que le robot fera à leur place."),
        P("La suite du mémoire présente le choix du sujet, ce que disent les études, la méthode suivie, "
          "l'analyse de la tendance et de ses effets, puis mes recommandations et la veille qui les "
          "accompagnera."),
        H(1, "Chapitre 2 – Pourquoi les robots de tri ?", {"subject-choice": "ok"}),
        P("J'aurais pu choisir un sujet plus à la mode, comme les poubelles connectées ou la tarification "
          "incitative. J'ai retenu les robots de tri pour trois raisons. La première est qu'il s'agit d'une "
          "vraie rupture dans notre métier. Depuis trente ans, les centres de tri ont automatisé ce qui se "
          "trie par une propriété physique simple : les aimants pour l'acier, les courants de Foucault pour "
          "l'aluminium, les tables densimétriques, puis les trieurs optiques en proche infrarouge qui "
          "reconnaissent les familles de plastique. Ce qui restait aux mains des agents, c'est ce qui demande de "
          "reconnaître un objet : une bouteille de produit ménager dans un flux de bouteilles alimentaires, un "
          "tube de dentifrice, un jouet, un tuyau d'arrosage. La vision par ordinateur s'attaque précisément à "
          "ce dernier bastion du tri humain."),
        P("La deuxième raison est que le sujet est peu traité pour les centres de notre taille. Les retours "
          "d'expérience publiés viennent surtout de très grands sites, de plus de 60 000 tonnes, souvent "
          "privés, qui ont les moyens de tester plusieurs machines. Les syndicats publics de taille moyenne, "
          "qui représentent pourtant près de la moitié des centres français, avancent à l'aveugle, au gré des "
          "visites de salons et des démarches commerciales. Un travail méthodique, avec des chiffres tirés d'un "
          "site réel, peut servir au-delà de Pagny."),
        P("La troisième raison est plus personnelle. Avant ce poste, j'ai passé deux étés comme agente de tri "
          "intérimaire. Je connais le bruit, la poussière, les gestes répétés des heures durant, et la fierté "
          "aussi des équipes qui sortent de belles balles. Je voulais un sujet où l'innovation ne se résume pas "
          "à une machine, et où la question des personnes est au centre. Enfin, le calendrier s'y prête : notre "
          "contrat d'exploitation est renouvelé en 2028 et le comité syndical devra choisir d'ici là les "
          "investissements de la prochaine décennie."),
        H(1, "Chapitre 3 – Ce qu'en disent les études et les industriels", {"state-of-the-art": "ok"}),
        P("Les premiers robots de tri des déchets sont apparus au début des années 2010 dans le secteur des "
          "déchets de chantier, en Finlande, où la taille et le poids des objets rendaient le tri manuel "
          "dangereux. Ils ont été adaptés aux emballages ménagers vers 2017, avec des bras plus légers, souvent "
          "de type delta, capables de saisir par aspiration des objets de quelques grammes. Aujourd'hui, une "
          "douzaine de constructeurs se partagent le marché européen, avec deux familles d'offres : des robots "
          "vendus avec leur logiciel, et des systèmes de caméras seules qui analysent le flux et pilotent "
          "d'autres machines."),
        P("La littérature académique s'intéresse surtout à la reconnaissance d'objets. Les travaux publiés depuis "
          "2019 utilisent des réseaux de neurones convolutifs entraînés sur des images de tapis, et atteignent en "
          "laboratoire des taux de reconnaissance de 90 à 97 % sur une dizaine de catégories. Les auteurs "
          "reconnaissent eux-mêmes deux limites : les jeux d'images sont petits et souvent tirés d'un seul site, "
          "et les performances chutent quand les objets se chevauchent, sont sales ou écrasés, ce qui est la "
          "règle dans un vrai centre. Peu d'articles mesurent la performance en exploitation sur plusieurs mois."),
        P("Les retours d'expérience des exploitants sont plus utiles pour nous, mais ils sont inégaux. Les "
          "fédérations professionnelles et l'éco-organisme des emballages ont publié entre 2022 et 2025 plusieurs "
          "synthèses. Elles indiquent des cadences réelles de 35 à 55 saisies par minute, loin des chiffres "
          "annoncés, une pureté des flux triés comparable à celle d'un agent expérimenté, et des temps d'arrêt "
          "non négligeables la première année. Elles insistent aussi sur un point que les plaquettes oublient : "
          "le robot ne remplace pas un agent poste pour poste, parce qu'il ne sait faire qu'un seul geste et "
          "qu'il faut quelqu'un pour le surveiller et le nettoyer."),
        P("Enfin, quelques travaux en ergonomie et en sociologie du travail se sont penchés sur l'arrivée des "
          "robots dans les cabines de tri. Ils montrent que les agents craignent moins la suppression de leur "
          "poste que la perte de sens, quand on leur laisse les tâches que la machine ne sait pas faire sans leur "
          "expliquer pourquoi. Ils montrent aussi que les sites qui ont associé les agents au réglage des "
          "machines ont obtenu de meilleurs résultats. Le tableau ci-dessous résume ce que j'ai retenu des "
          "principales sources lues."),
        T([["Type de source", "Ce qu'elle apporte", "Limite"],
           ["Articles de vision par ordinateur", "taux de reconnaissance, architectures des réseaux",
            "conditions de laboratoire, peu de données d'exploitation"],
           ["Synthèses de l'éco-organisme et des fédérations", "cadences et puretés réelles, coûts",
            "échantillon de sites volontaires, souvent les plus grands"],
           ["Documentation des constructeurs", "caractéristiques techniques, offres de service",
            "chiffres commerciaux, à vérifier"],
           ["Études d'ergonomie", "effets sur le travail et l'organisation", "peu nombreuses, souvent qualitatives"]]),
        P("Il manque donc, pour un site comme le nôtre, une lecture qui relie les trois : la performance réelle, "
          "le coût complet et l'effet sur le travail. C'est ce que ce mémoire essaie de faire."),
        H(1, "Chapitre 4 – Comment j'ai travaillé", {"methodology": "ok"}),
        P("J'ai mené ce travail entre février et octobre 2026, en trois temps. D'abord une lecture : une quarantaine "
          "de documents, choisis selon leur date, leur origine et la présence de chiffres mesurés, en écartant "
          "les textes purement promotionnels. Chaque document a été noté dans un fichier de lecture avec sa "
          "source, sa date et ce qu'il permettait de vérifier."),
        P("Ensuite des entretiens : vingt et un entretiens semi-directifs d'une heure environ, avec sept "
          "directeurs ou responsables de centres de tri, dont quatre déjà équipés de robots, cinq constructeurs "
          "ou intégrateurs, deux chargés de mission de l'éco-organisme, et sept agents de tri de Pagny et d'un "
          "autre site. Les agents ont été interrogés en dehors de la présence de leur encadrement, avec l'accord "
          "du syndicat et des représentants du personnel. Les entretiens ont été enregistrés, résumés et codés "
          "par thème."),
        P("Enfin des mesures sur nos chaînes. Pendant trois semaines en juin, un constructeur nous a prêté une "
          "caméra d'analyse installée au-dessus du tapis de sortie des plastiques. Nous avons comparé ses "
          "comptages à deux caractérisations manuelles faites le même jour. J'ai aussi chronométré, avec l'accord "
          "des équipes, les gestes des agents de la cabine de contrôle qualité sur vingt séquences de dix "
          "minutes, pour savoir combien d'objets ils retirent et lesquels. Les limites sont claires : trois "
          "semaines ne couvrent pas les variations saisonnières, et un seul type de caméra a été testé."),
        P("Pour relier ces trois sources, j'ai construit une grille de coûts complets sur dix ans, où chaque "
          "chiffre porte la mention de son origine : mesuré à Pagny, cité par un exploitant ou annoncé par un "
          "constructeur. Les hypothèses ont été discutées avec le responsable financier du syndicat et avec mon "
          "tuteur de mémoire avant d'être retenues."),
        H(1, "Chapitre 5 – Une technologie qui sort du laboratoire", {"trend-analysis": "ok"}),
        P("La tendance de fond est nette : la robotique de tri passe du stade de la démonstration à celui de "
          "l'équipement courant. En 2020, on comptait en France une dizaine de robots installés dans les "
          "centres d'emballages ménagers ; fin 2025, selon les chiffres recueillis en entretien, il y en avait "
          "plus de cent vingt, répartis dans une quarantaine de sites. Le prix d'un bras avec son logiciel est "
          "passé d'environ 400 000 euros à 220 000 à 280 000 euros, et plusieurs constructeurs proposent "
          "désormais une location avec maintenance, ce qui change le calcul pour un syndicat public."),
        P("Trois moteurs expliquent cette accélération. Le premier est technique : les modèles de reconnaissance "
          "ont fait des progrès spectaculaires grâce aux millions d'images accumulées par les constructeurs sur "
          "les sites équipés. Chaque robot installé améliore les autres, ce qui donne un avantage aux "
          "premiers arrivés et explique la concentration du marché. Le deuxième moteur est réglementaire : les "
          "objectifs européens de recyclage des emballages plastiques, 50 % en 2025 et 55 % en 2030, et les "
          "taux d'incorporation de matière recyclée imposés aux producteurs, poussent les repreneurs à exiger "
          "des balles plus pures. Le troisième est social : tous les exploitants rencontrés peinent à recruter "
          "des agents de tri, surtout pour les équipes de nuit."),
        P("Mes mesures à Pagny confirment une partie des promesses et en tempèrent d'autres. La caméra prêtée a "
          "reconnu correctement 91 % des objets du flux de plastiques en sortie, contre 96 % annoncés. Elle "
          "s'est surtout trompée sur les objets écrasés et sur les films souples. En revanche, ses comptages de "
          "la composition du flux étaient très proches de nos caractérisations manuelles, à deux points près sur "
          "chaque catégorie, et elle les fournissait toutes les minutes au lieu de quatre fois par an. Le "
          "chronométrage des agents du contrôle qualité montre qu'ils retirent en moyenne 38 objets par minute, "
          "dont les deux tiers appartiennent à cinq catégories seulement, ce qui correspond exactement à ce "
          "qu'un robot sait bien faire."),
        P("Les entretiens avec les sites équipés nuancent le tableau. Les quatre directeurs rencontrés sont "
          "satisfaits, mais aucun n'a supprimé de poste : les robots ont été placés sur des postes vacants ou "
          "sur une troisième équipe qu'ils n'arrivaient pas à constituer. Tous décrivent une première année "
          "difficile, avec des arrêts fréquents et un réglage plus long que prévu. Deux d'entre eux expliquent que "
          "la donnée produite par les caméras les intéresse aujourd'hui davantage que le bras lui-même : elle "
          "leur permet de négocier avec les collectivités sur la qualité de la collecte et avec les repreneurs "
          "sur la qualité des balles."),
        P("Je lis donc la tendance comme un déplacement de la valeur : du geste vers la mesure. Les bras vont "
          "continuer à se diffuser, mais la vision artificielle, seule ou associée à d'autres machines, risque "
          "de devenir dans cinq ans aussi banale que le tri optique en proche infrarouge l'est aujourd'hui. Cela "
          "confirme largement mes deux premières hypothèses."),
        H(1, "Chapitre 6 – Ce que cela change pour le centre de tri", {"impacts-value": "ok"}),
        P("Le tableau ci-dessous résume les effets attendus d'un équipement en deux temps à Pagny, une caméra "
          "d'analyse en 2027 puis deux robots en contrôle qualité en 2028, à partir de nos coûts réels et des "
          "performances mesurées ou observées sur les sites visités."),
        T([["Domaine", "Effet attendu", "Valeur estimée par an", "Degré de certitude"],
           ["Qualité des balles de plastique", "déclassements divisés par deux", "environ 90 000 €", "moyen"],
           ["Postes de nuit non pourvus", "deux postes vacants tenus par les robots", "environ 70 000 € d'intérim évité",
            "élevé"],
           ["Connaissance du flux entrant", "composition mesurée en continu, partagée avec les collectivités",
            "non chiffrée : meilleure négociation des contrats", "élevé"],
           ["Conditions de travail", "moins de gestes répétitifs en cabine de contrôle",
            "baisse attendue des arrêts pour troubles musculosquelettiques", "faible à moyen"],
           ["Coût complet", "location, maintenance, électricité, formation", "environ 150 000 € par an pour "
            "deux robots et une caméra", "élevé"]]),
        P("Le solde est positif mais modeste si l'on ne regarde que les euros : autour de 10 000 euros par an. Il "
          "devient nettement favorable si l'on ajoute ce que la mesure continue apporte dans la négociation des "
          "contrats de reprise et de collecte, et ce que coûte un poste qui reste vide."),
        H(1, "Chapitre 7 – Préparer l'arrivée des robots", {"anticipation-strategy": "ok"}),
        P("Si la tendance se confirme, le centre de Pagny changera de visage d'ici 2030, qu'il s'y prépare ou non. "
          "Les repreneurs exigeront des balles plus pures, les collectivités voudront savoir ce que contiennent "
          "leurs collectes, et les postes d'agents de tri resteront difficiles à pourvoir. La question n'est donc "
          "pas de savoir s'il faut s'équiper, mais comment éviter les erreurs des premiers sites : acheter une "
          "machine avant d'avoir défini ce qu'on veut mesurer, la placer là où elle gêne le moins au lieu de là "
          "où elle sert le plus, et la présenter aux équipes une fois installée."),
        P("Je propose d'anticiper sur trois plans. Le premier est celui des données. Avant tout achat, il faut "
          "savoir ce que nous voulons suivre : la composition du flux entrant par collectivité, la pureté de "
          "chaque balle, les indésirables les plus fréquents. Cela suppose de relier la caméra à notre logiciel de "
          "pesée et de traçabilité des balles, ce qui n'est pas prévu aujourd'hui. Un petit groupe de travail "
          "avec le service informatique du syndicat et le responsable qualité peut définir ces besoins en trois "
          "mois, et les inscrire dans le cahier des charges."),
        P("Le deuxième plan est celui du travail. Le chronométrage a montré que les robots prendraient en charge "
          "les gestes les plus répétitifs, ceux qui portent sur quelques catégories d'objets. Les agents "
          "garderaient les objets rares, les erreurs de la machine et la surveillance du flux. C'est une occasion "
          "de créer un métier de pilote de ligne, mieux reconnu, qui règle les machines, lit les tableaux de bord "
          "et forme les nouveaux. Les agents rencontrés étaient nombreux à se dire intéressés, à condition d'être "
          "formés et que ce nouveau rôle s'accompagne d'une reconnaissance dans la grille de rémunération. La "
          "discussion doit s'ouvrir avec les représentants du personnel un an avant l'installation, pas après."),
        P("Le troisième plan est celui du contrat et du financement. Le renouvellement du contrat d'exploitation "
          "en 2028 est le bon moment pour inscrire la robotique dans la prochaine décennie : soit comme "
          "investissement du syndicat, soit comme obligation de l'exploitant, avec des objectifs de qualité "
          "mesurés par la caméra. Les aides de l'éco-organisme et de l'Agence de la transition écologique peuvent "
          "couvrir 30 à 50 % de l'investissement, mais les appels à projets ont des calendriers qu'il faut "
          "anticiper d'au moins six mois."),
        P("Concrètement, la stratégie de mise en œuvre que je propose suit quatre étapes. En 2027, installer une "
          "caméra d'analyse en location sur la sortie des plastiques et mesurer pendant un an. Fin 2027, choisir "
          "d'après ces mesures l'emplacement et le nombre de robots, et rédiger avec les agents la fiche du futur "
          "pilote de ligne. En 2028, intégrer deux robots au nouveau contrat, sur les postes de nuit vacants, avec "
          "une montée en charge sur six mois. En 2029, faire le bilan et décider d'une extension aux papiers. "
          "Chaque étape comporte un point d'arrêt : si les mesures de 2027 ne montrent pas le gain de qualité "
          "attendu, on s'en tient à la caméra, qui aura déjà apporté la connaissance du flux."),
        H(1, "Chapitre 8 – Mes préconisations", {"recommendations": "ok"}),
        P("Je formule six recommandations au comité syndical, classées par ordre de priorité."),
        L(["Louer dès le premier semestre 2027 une caméra d'analyse pour un an, sur la sortie des plastiques, et "
           "publier chaque mois ses résultats aux collectivités adhérentes. Coût estimé : 28 000 euros.",
           "Créer un groupe de travail données avec l'informatique, la qualité et un représentant des agents, "
           "chargé de définir ce que la caméra doit mesurer et comment ses chiffres rejoignent notre logiciel "
           "de traçabilité.",
           "Ouvrir dès 2027 la discussion avec les représentants du personnel sur le métier de pilote de ligne, "
           "sa formation et sa rémunération, et choisir avec eux les deux agents qui suivront le réglage.",
           "Inscrire dans le cahier des charges du contrat de 2028 deux robots en contrôle qualité, sur les postes "
           "de nuit, avec des objectifs de pureté des balles mesurés par la caméra et des pénalités en cas d'arrêt "
           "prolongé.",
           "Déposer un dossier d'aide auprès de l'éco-organisme et de l'agence de l'environnement au plus tard en "
           "septembre 2027.",
           "Mutualiser l'expérience avec les deux syndicats voisins, qui préparent les mêmes décisions, par une "
           "rencontre trimestrielle et un partage des mesures."]),
        P("Ces recommandations ont des limites. Elles reposent sur trois semaines de mesures et sur des "
          "retours d'expérience de sites plus grands que le nôtre. Elles ne tranchent pas la question des papiers "
          "et cartons, où les robots sont encore peu nombreux. Elles supposent enfin que le prix des robots "
          "continue de baisser, ce que la concentration du marché pourrait contredire. C'est pourquoi elles "
          "s'accompagnent d'une veille organisée, présentée au chapitre suivant, et de points d'arrêt à chaque "
          "étape. Si un seul de ces conseils devait être suivi, ce serait le premier : mesurer avant d'acheter."),
        P("Le calendrier est serré mais tenable : la caméra doit être en place avant l'été 2027 pour que les "
          "mesures couvrent une année complète avant la rédaction du cahier des charges. Je propose d'en rendre "
          "compte au comité syndical tous les six mois, avec les indicateurs de qualité des balles et de "
          "composition du flux, afin que la décision de 2028 repose sur nos propres chiffres."),
        H(1, "Chapitre 9 – Garder un œil sur le sujet", {"watch-scope": "ok"}),
        P("Le marché des robots de tri bouge vite : de nouveaux constructeurs apparaissent, d'autres sont "
          "rachetés, les modèles de reconnaissance changent tous les ans, et les règles européennes sur les "
          "emballages se durcissent. Une décision prise en 2027 sur des informations de 2026 risque d'être "
          "dépassée. J'ai donc organisé une veille dont le périmètre est volontairement limité à quatre "
          "questions : quelles machines existent et à quel prix, quelles performances réelles obtiennent les "
          "sites équipés, quelles obligations réglementaires pèsent sur la qualité des matières, et comment "
          "évolue le travail des agents là où les robots arrivent. Je laisse de côté la robotique des déchets "
          "de chantier et des encombrants, trop éloignée de nos flux, ainsi que la recherche fondamentale en "
          "intelligence artificielle, que je ne saurais pas évaluer. Cette veille est tenue par moi, avec l'appui "
          "du responsable qualité, et ses résultats sont partagés avec la direction."),
        P("Elle doit servir à deux décisions précises : le choix du cahier des charges de 2028 et, plus tard, "
          "l'extension éventuelle aux papiers et cartons."),
        H(2, "9.1 Où je cherche, et pourquoi", {"source-choice": "ok"}),
        P("J'ai retenu les sources selon trois critères : qu'elles parlent de notre sujet précis, qu'elles "
          "donnent des faits vérifiables plutôt que des opinions, et qu'elles soient régulièrement mises à jour. "
          "Pour chacune, j'ai noté qui la produit et quel intérêt cette personne ou cette organisation peut avoir "
          "à présenter les choses d'une certaine façon."),
        P("Les sources institutionnelles forment le socle. L'éco-organisme des emballages publie chaque année "
          "ses données de performance des centres de tri et finance des essais de nouvelles technologies dont il "
          "diffuse les résultats. L'agence de l'environnement publie des études de coûts et les appels à projets. "
          "Le Journal officiel de l'Union européenne et les textes d'application du règlement sur les emballages "
          "fixent les obligations. Ces sources sont fiables mais lentes."),
        P("Les sources professionnelles apportent le terrain. La presse spécialisée des déchets et du recyclage "
          "relate chaque installation ; elle est rapide mais reprend souvent les communiqués des constructeurs. "
          "Les fédérations de l'exploitation et du recyclage organisent des journées techniques où les "
          "exploitants parlent plus librement. Les salons professionnels, un en France et un en Allemagne chaque "
          "année, permettent de voir les machines et de comparer les offres."),
        P("Les sources scientifiques et les constructeurs complètent le dispositif. Je suis les publications "
          "de deux laboratoires européens qui travaillent sur la reconnaissance d'objets dans les déchets, et "
          "les pages d'actualité de six constructeurs, en gardant en tête qu'il s'agit de communication "
          "commerciale. Enfin, le réseau des anciens de ma formation et deux groupes d'échanges entre "
          "exploitants me donnent des retours informels que je vérifie toujours ailleurs."),
        P("J'ai volontairement écarté les réseaux sociaux grand public et les vidéos de démonstration, qui "
          "montrent les machines dans des conditions idéales et ne disent rien des pannes ni des coûts."),
        H(2, "9.2 Tableau des sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fréquence de lecture", "Fiabilité", "Pourquoi je la garde"],
           ["Rapports de l'éco-organisme des emballages", "institutionnelle", "à chaque parution",
            "élevée", "chiffres de performance de tous les centres"],
           ["Études et appels à projets de l'agence de l'environnement", "institutionnelle", "mensuelle",
            "élevée", "coûts de référence, financements"],
           ["Journal officiel de l'UE, règlement emballages", "réglementaire", "mensuelle", "élevée",
            "obligations de recyclage et de contenu recyclé"],
           ["Presse spécialisée déchets et recyclage", "professionnelle", "hebdomadaire", "moyenne",
            "installations nouvelles, retours d'exploitants"],
           ["Journées techniques des fédérations", "professionnelle", "deux fois par an", "moyenne à élevée",
            "échanges francs entre exploitants"],
           ["Publications de deux laboratoires européens", "scientifique", "trimestrielle", "élevée",
            "progrès de la reconnaissance d'objets"],
           ["Actualités de six constructeurs", "commerciale", "hebdomadaire", "faible à moyenne",
            "nouveaux modèles et prix"],
           ["Groupes d'échanges entre exploitants", "informelle", "au fil de l'eau", "à vérifier",
            "signaux faibles, pannes, difficultés"]]),
        H(2, "9.3 Rythme de la veille", {"watch-cycle": "ok", "update-method": "ok"}),
        T([["Étape", "Ce que je fais", "Quand"],
           ["Collecter", "les alertes et flux arrivent dans un même dossier de lecture", "en continu"],
           ["Trier", "je garde ce qui touche nos quatre questions, j'écarte le reste", "chaque lundi, 30 min"],
           ["Analyser", "je résume chaque information retenue en trois lignes avec sa source", "chaque lundi"],
           ["Diffuser", "une note d'une page à la direction et au responsable qualité", "le premier jeudi du mois"],
           ["Revoir", "je revois la liste des sources et le périmètre", "chaque semestre"]]),
        P("La mise à jour suit une règle simple : une information n'entre dans la note mensuelle que si elle est "
          "datée, sourcée et confirmée par une deuxième source lorsqu'elle vient d'un constructeur ou d'un "
          "échange informel. Chaque information retenue est classée dans un fichier partagé selon la question à "
          "laquelle elle répond, avec une indication de son importance pour Pagny. Tous les six mois, je fais le "
          "point sur les sources : celles qui n'ont rien apporté depuis deux revues sont retirées, et j'en ajoute "
          "de nouvelles si le sujet s'élargit, par exemple aux papiers et cartons. Un événement majeur, comme un "
          "nouveau texte européen ou la faillite d'un constructeur, déclenche une note immédiate sans attendre "
          "le mois suivant. Si je quitte le poste, le fichier et la procédure permettent au responsable qualité "
          "de reprendre la veille sans perte."),
        P("Une fois par an, la note de janvier fait le bilan de l'année écoulée et propose au comité les "
          "ajustements de la veille."),
        H(2, "9.4 Outils", {"watch-tools": "empty"}),
        H(1, "Chapitre 10 – Le tri en 2035", {"prospective-vision": "ok"}),
        P("À partir de ce que la veille et les entretiens m'ont appris, j'ai essayé d'imaginer à quoi pourrait "
          "ressembler un centre comme celui de Pagny dans une dizaine d'années. L'exercice repose sur des faits "
          "observés aujourd'hui, mais il comporte évidemment une part d'incertitude, que j'indique à chaque fois."),
        P("Premier fait : le nombre de robots installés en France a été multiplié par douze en cinq ans, et les "
          "prix ont baissé d'environ 40 %. Si ce rythme se maintient même à moitié, la plupart des centres de "
          "plus de 30 000 tonnes auront au moins un robot en 2030, et les cabines de contrôle qualité seront en "
          "grande partie robotisées en 2035. Les agents de tri n'auront pas disparu : ils seront moins nombreux "
          "sur les tapis, plus nombreux à régler, surveiller et entretenir les machines, avec un métier plus "
          "technique."),
        P("Deuxième fait : le règlement européen sur les emballages fixe des taux de contenu recyclé croissants "
          "jusqu'en 2040. Les repreneurs paieront donc de plus en plus cher une matière pure et déclasseront "
          "de plus en plus sévèrement les balles médiocres. Dans ce contexte, la mesure continue de la qualité "
          "deviendra une exigence contractuelle, et les centres incapables de la fournir perdront des débouchés. "
          "Je tiens cette évolution pour très probable."),
        P("Troisième fait, plus incertain : deux constructeurs travaillent déjà à relier les caméras des centres "
          "de tri aux données de collecte, pour remonter jusqu'aux quartiers où les erreurs de tri sont les plus "
          "fréquentes. En 2035, il n'est pas exclu que les collectivités reçoivent chaque semaine un bilan de la "
          "qualité de leur collecte, rue par rue, et ciblent ainsi leurs campagnes de sensibilisation. Cette "
          "perspective pose des questions de protection des données qu'il faudra traiter, même si les images "
          "ne montrent que des déchets."),
        P("Enfin, un scénario de rupture existe : si les emballages réutilisables et la consigne progressent "
          "fortement, comme le prévoit le règlement, les volumes d'emballages à trier pourraient baisser de 15 à "
          "25 %. Un centre suréquipé se retrouverait alors avec des machines coûteuses et un flux réduit. C'est une "
          "raison de plus pour préférer la location et des étapes réversibles."),
        H(1, "Conclusion générale", {"conclusion": "ok"}),
        P("Je suis partie d'une question simple : à quelles conditions les robots de tri guidés par vision "
          "artificielle créent-ils de la valeur pour un centre de taille moyenne ? Au terme de ce travail, la "
          "réponse tient en trois points. Les robots sont rentables là où le tri manuel est le plus difficile à "
          "pourvoir, en contrôle qualité et la nuit, ce qui confirme ma première hypothèse. La caméra seule "
          "apporte une grande partie de la valeur, en mesurant en continu ce que nous ne connaissons aujourd'hui "
          "que quatre fois par an, ce qui confirme la deuxième. L'adhésion des agents, enfin, dépend surtout de "
          "la place qu'on leur donne dans le projet : la troisième hypothèse est confirmée par les entretiens, "
          "mais elle reste à vérifier sur notre propre site."),
        P("Ce mémoire a des limites : une seule caméra testée pendant trois semaines, des retours d'expérience "
          "venus de sites plus grands, et aucune donnée sur les papiers et cartons. Il propose pourtant une "
          "démarche prudente et réversible, qui commence par la mesure, associe les équipes dès le départ et "
          "s'inscrit dans le calendrier du contrat de 2028. Pour moi, il a surtout changé mon regard : je "
          "pensais étudier une machine, j'ai surtout étudié une manière de mieux connaître ce que nous trions."),
        P("La suite se jouera en 2027, avec la première année de mesures : elle dira si ces conclusions tiennent "
          "sur nos tapis."),
        H(1, "Références", {"bibliography": "ok"}),
        T([["Auteur ou organisme", "Titre", "Année", "Type"],
           ["Éco-organisme des emballages ménagers", "Performances des centres de tri, bilan annuel", "2025",
            "rapport"],
           ["Agence de la transition écologique", "Coûts de gestion des déchets ménagers, référentiel national",
            "2024", "étude"],
           ["Union européenne", "Règlement relatif aux emballages et aux déchets d'emballages", "2025",
            "texte réglementaire"],
           ["Fédération des entreprises du recyclage", "Robotique et intelligence artificielle dans le tri, "
            "retours d'exploitants", "2024", "synthèse professionnelle"],
           ["Koskinen, Virtanen et al.", "Deep learning for robotic waste sorting under industrial conditions",
            "2023", "article scientifique"],
           ["Marty, Bouchard", "Le travail en cabine de tri face à l'automatisation", "2022",
            "article de sociologie du travail"]]),
    ],
    missing=["search-queries", "technology-radar", "appendices"],
)
