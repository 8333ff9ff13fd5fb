from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: a thesis on camera-based sorting (computer vision) for the household waste
    sorting centre of an inter-municipal syndicate in the Sarthe. The author's own chapter headings under part
    titles; the introduction holds the research question (merged), the anticipation and the recommendations
    share the roadmap chapter (merged), the watch scope and the choice of sources share one chapter (merged), the
    watch cycle and its update rhythm share one (merged); the literature review is short (thin); no technology
    radar anywhere (missing).""",
    title="Des caméras sur le tapis : la vision par ordinateur peut-elle sauver le tri d'un centre rural ?",
    cover=["Mémoire d'expertise – Romane Guillot", "SMITOM Sarthe-Loir · promotion 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Le centre de tri du SMITOM Sarthe-Loir reçoit chaque année 24 000 tonnes d'emballages ménagers collectés "
          "auprès de 180 000 habitants. Depuis l'extension des consignes de tri à tous les plastiques, le flux a "
          "changé de nature : plus léger, plus varié, plus difficile à séparer. Les erreurs de tri atteignent 17 % "
          "dans certaines balles, les repreneurs appliquent des pénalités et les trieurs travaillent sous une "
          "cadence qui use les corps. Ce mémoire examine si la vision par ordinateur, c'est-à-dire des caméras "
          "couplées à un logiciel d'apprentissage automatique qui reconnaît les objets sur le tapis, peut aider un "
          "centre de taille moyenne à retrouver la qualité de ses balles sans remplacer toute sa chaîne. À partir "
          "d'une revue des retours d'expérience, de douze entretiens, de trois visites de centres équipés et d'une "
          "analyse de deux ans de caractérisations, je montre qu'une caméra d'analyse du flux, installée avant un "
          "éventuel robot, apporte l'essentiel du gain pour un dixième du coût. Le mémoire propose une feuille de "
          "route en trois temps et un dispositif de veille pour suivre une technologie qui change tous les ans."),
        P("Mots-clés : vision par ordinateur, centre de tri, emballages ménagers, qualité des balles, robot de tri, "
          "intelligence artificielle, collectivité."),
        H(1, "PREMIÈRE PARTIE – LE PROBLÈME ET LE SUJET", {}),
        H(2, "Chapitre 1 – Un centre de tri sous pression", {"introduction": "ok", "research-question": "ok"}),
        P("Je suis entrée au SMITOM en alternance en septembre 2024, comme chargée de mission qualité. Le centre de "
          "tri de Changé, construit en 2009, avait été pensé pour les bouteilles et les flacons. Depuis 2022, les "
          "habitants y déposent aussi les pots de yaourt, les barquettes, les films et les sachets. Le tonnage "
          "entrant a augmenté de 22 % en trois ans, mais la part réellement recyclée n'a presque pas bougé. Chaque "
          "mois, les caractérisations faites par le repreneur des plastiques révèlent des balles hors norme, et "
          "chaque balle refusée coûte au syndicat entre 80 et 140 euros. En 2025, les pénalités ont dépassé "
          "210 000 euros, l'équivalent de quatre postes de trieur."),
        P("Sur la chaîne, vingt-deux trieurs retirent à la main ce que les machines ont laissé passer. Leur "
          "travail est répétitif, bruyant et pénible, et le centre peine à recruter : quatre postes sont restés "
          "vacants plus de six mois l'an dernier. Les constructeurs proposent désormais des caméras intelligentes "
          "et des robots capables de saisir soixante objets par minute. Les élus m'ont demandé si ces machines "
          "étaient faites pour un centre comme le nôtre, ou seulement pour les grands centres régionaux qui "
          "traitent trois fois plus de tonnes."),
        P("J'en ai tiré une question de recherche : dans quelle mesure la vision par ordinateur peut-elle "
          "améliorer la qualité des balles et les conditions de travail d'un centre de tri de taille moyenne, "
          "avec le budget et les équipes d'un syndicat rural ? Trois hypothèses guident le travail. La première : "
          "le premier gain vient de la mesure du flux, avant même tout tri automatique. La seconde : un robot "
          "n'est rentable que si le flux est bien connu et stable. La troisième : l'adhésion des trieurs conditionne "
          "le succès davantage que la performance des logiciels. Le mémoire présente d'abord le choix du sujet, "
          "puis ce que l'on sait déjà et ma méthode, ensuite l'analyse de la tendance et de ses effets, enfin une "
          "feuille de route, un dispositif de veille et une vision à dix ans."),
        H(2, "Chapitre 2 – Pourquoi ce sujet, et pourquoi maintenant", {"subject-choice": "ok"}),
        P("La vision par ordinateur n'est pas neuve dans le recyclage. Les trieurs optiques à proche infrarouge "
          "reconnaissent les résines plastiques depuis les années 2000. Ce qui change depuis cinq ans, c'est "
          "l'arrivée de caméras ordinaires associées à des réseaux de neurones entraînés sur des millions "
          "d'images de déchets. Ces systèmes ne reconnaissent plus seulement une matière, mais un objet : une "
          "bouteille de lait, une cartouche de silicone, un sachet de compote. Ils peuvent compter, peser par "
          "estimation, signaler un objet dangereux comme une batterie au lithium, et guider un robot."),
        P("Dans les centres français, ces outils restent rares. Sur les 150 centres de tri en service, une "
          "vingtaine seulement en sont équipés, presque tous de grande capacité et souvent gérés par des groupes "
          "privés. Aucun centre public de moins de 30 000 tonnes ne s'en sert pour piloter sa chaîne au quotidien, "
          "selon l'enquête que j'ai menée auprès des réseaux de collectivités. Le sujet est donc innovant pour "
          "le type de structure qui m'intéresse, même s'il ne l'est plus pour les grands opérateurs."),
        P("Il est aussi urgent. Les objectifs européens imposent de recycler 55 % des emballages plastiques en "
          "2030, contre 27 % aujourd'hui en France. Les repreneurs durcissent leurs cahiers des charges, les "
          "incendies liés aux batteries se multiplient dans les centres, et les éco-organismes conditionnent une "
          "part de leurs soutiens à la performance. Enfin, le centre de Changé doit être modernisé d'ici 2029 : "
          "les choix faits dans les deux prochaines années engageront le syndicat pour quinze ans."),
        P("Enfin, le sujet me concerne directement : chargée de la qualité, je reçois chaque mois les résultats des "
          "caractérisations et je dois expliquer aux élus pourquoi les pénalités montent. Le traiter dans un mémoire "
          "me permet de leur apporter une réponse argumentée plutôt qu'une intuition."),
        H(1, "DEUXIÈME PARTIE – CE QUE L'ON SAIT ET COMMENT JE L'AI ÉTUDIÉ", {}),
        H(2, "Chapitre 3 – Quelques travaux existants", {"state-of-the-art": "thin"}),
        P("La littérature académique sur la reconnaissance des déchets par apprentissage profond s'est beaucoup "
          "développée depuis le jeu de données TrashNet, publié en 2016. Les travaux récents atteignent plus de "
          "90 % de bonnes reconnaissances en laboratoire, mais les rares études en conditions réelles, sur un tapis "
          "sale et encombré, tombent souvent autour de 75 %. Les rapports de l'ADEME et de Citeo sur la "
          "modernisation des centres de tri décrivent surtout les grands projets et donnent peu de chiffres sur "
          "les centres moyens. Les constructeurs publient des études de cas flatteuses, qu'il faut lire avec "
          "prudence. Je n'ai trouvé aucune étude indépendante comparant le coût et le gain d'une caméra "
          "d'analyse seule et d'un robot complet."),
        H(2, "Chapitre 4 – Ma démarche", {"methodology": "ok"}),
        P("J'ai combiné quatre sources pour répondre à la question. D'abord, une revue documentaire de quarante "
          "documents : articles scientifiques, rapports publics, études de cas des constructeurs et comptes rendus "
          "de salons professionnels. Chaque document a été noté selon son auteur, sa date et son indépendance "
          "vis-à-vis des vendeurs ; les documents commerciaux n'ont servi qu'à décrire les offres, jamais à "
          "mesurer les gains."),
        P("Ensuite, douze entretiens semi-directifs d'une heure : quatre directeurs de centres de tri, dont deux "
          "équipés de robots, deux constructeurs, un chercheur en vision par ordinateur, deux responsables de "
          "repreneurs de plastiques, un représentant d'un éco-organisme et deux chefs d'équipe de notre centre. "
          "Les entretiens ont été enregistrés avec accord, retranscrits et codés par thème."),
        P("Troisièmement, trois visites de centres équipés, à Angers, à Rennes et en Belgique, pendant lesquelles "
          "j'ai observé la chaîne, les écrans de pilotage et le travail des trieurs. Enfin, j'ai analysé deux ans "
          "de caractérisations de nos balles et les données d'exploitation du centre, pour estimer ce que "
          "chaque point de qualité gagné rapporterait. Les limites sont connues : douze entretiens ne font pas "
          "une statistique, et les centres visités avaient accepté de recevoir une étudiante, ce qui suppose "
          "qu'ils étaient plutôt satisfaits de leurs machines."),
        P("Pour rester honnête sur mes propres biais, j'ai soumis mes premières conclusions à deux personnes "
          "extérieures au syndicat : le chercheur interrogé et un ancien directeur de centre aujourd'hui consultant. "
          "Leurs remarques m'ont conduite à revoir à la baisse les gains attendus d'un robot et à mieux séparer ce "
          "que disent les constructeurs de ce que j'ai observé moi-même. Les calculs de coût et de gain ont été "
          "refaits avec le service financier du syndicat, à partir des factures réelles des pénalités."),
        H(1, "TROISIÈME PARTIE – CE QUE LA TENDANCE CHANGE", {}),
        H(2, "Chapitre 5 – Des caméras partout ? Lecture d'un mouvement de fond", {"trend-analysis": "ok"}),
        P("Trois mouvements se combinent. Le premier est technique : le coût d'une caméra industrielle et du "
          "calcul nécessaire pour analyser un tapis a été divisé par cinq depuis 2018. Un système d'analyse de "
          "flux complet, caméra, éclairage, serveur et logiciel, coûte aujourd'hui entre 60 000 et 120 000 euros "
          "par point de mesure, contre plus de 400 000 euros pour un robot de tri avec sa cellule. Les logiciels "
          "sont vendus sous forme d'abonnement, mis à jour à distance, et apprennent des images de tous les "
          "centres clients, ce qui améliore la reconnaissance d'année en année."),
        P("Le deuxième mouvement est réglementaire et économique. L'extension des consignes de tri a rendu les "
          "flux plus complexes, et les repreneurs paient désormais selon la pureté mesurée. Les éco-organismes "
          "préparent des soutiens indexés sur la performance réelle de chaque centre. Celui qui ne sait pas "
          "mesurer sa qualité en continu la subit : il apprend ses défauts un mois plus tard, par une pénalité, "
          "sans pouvoir dire quel jour ni quelle tournée de collecte les a causés."),
        P("Le troisième mouvement touche le travail. Les centres de tri peinent à recruter et à garder leurs "
          "trieurs ; les troubles musculo-squelettiques y sont deux fois plus fréquents que dans l'industrie en "
          "moyenne. Les directeurs rencontrés voient dans les robots un moyen de retirer les gestes les plus durs, "
          "pas de supprimer des postes. À Rennes, le robot installé en 2023 prend les gros cartons et les films "
          "sur le premier tapis ; les trieurs ont été déplacés vers le contrôle final et la maintenance de premier "
          "niveau."),
        P("Ces mouvements ont pourtant des limites que les entretiens ont fait ressortir. Les caméras voient mal "
          "les objets empilés ou écrasés, fréquents dans un flux rural où les habitants compactent leurs "
          "emballages. Les logiciels sont entraînés surtout sur des déchets d'Europe du Nord, et confondent "
          "encore certains emballages français. Surtout, un robot mal placé sur une chaîne mal réglée ne corrige "
          "rien : deux directeurs sur quatre ont dû revoir le réglage de leurs cribles avant d'obtenir les gains "
          "promis. La mesure précède donc l'automatisation, ce qui confirme ma première hypothèse et nuance la "
          "deuxième."),
        P("Pour un centre comme le nôtre, la tendance est réelle mais progressive. D'ici cinq ans, la mesure "
          "continue du flux deviendra une norme de fait, parce que les repreneurs et les éco-organismes la "
          "demanderont. Le tri robotisé, lui, restera un choix d'investissement à justifier ligne par ligne, "
          "selon le coût du travail, la stabilité du flux et les aides disponibles."),
        P("Ces constats valent pour notre territoire, mais ils rejoignent ce que décrivent les réseaux de "
          "collectivités pour l'ensemble des centres de taille moyenne, qui traitent près de la moitié des emballages "
          "collectés en France."),
        H(2, "Chapitre 6 – Ce que le syndicat peut y gagner", {"impacts-value": "ok"}),
        P("Le tableau résume les effets attendus pour le centre de Changé, chiffrés à partir de nos données de "
          "2024 et 2025 et des résultats observés dans les centres visités."),
        T([["Effet", "Pour qui", "Ordre de grandeur", "Sur quoi je m'appuie"],
           ["Moins de balles refusées", "Syndicat", "-120 000 € de pénalités par an",
            "caractérisations 2024-2025, gains observés à Angers"],
           ["Réglage plus rapide des cribles", "Chef de quai", "deux heures de réglage par semaine au lieu d'une journée",
            "entretien avec le directeur de Rennes"],
           ["Détection des batteries", "Tout le personnel", "moins de départs de feu sur le tapis",
            "trois incendies en 2025 dans notre centre"],
           ["Gestes pénibles en moins", "Trieurs", "un poste de premier tri allégé",
            "observation du robot de Rennes"],
           ["Retour vers les habitants", "Service prévention", "messages ciblés par tournée de collecte",
            "pratique belge observée en visite"],
           ["Dépendance à un fournisseur", "Syndicat", "abonnement de 18 000 € par an",
            "offres reçues en 2026"]]),
        P("Au total, les gains chiffrés couvrent l'investissement de la première étape en moins de deux ans, "
          "sans compter les effets sur la santé des trieurs, que je n'ai pas su traduire en euros."),
        H(1, "QUATRIÈME PARTIE – AGIR", {}),
        H(2, "Chapitre 7 – Une feuille de route en trois temps", {"anticipation-strategy": "ok", "recommendations": "ok"}),
        P("La modernisation du centre, prévue pour 2029, est le moment de décider. Le risque principal serait "
          "d'acheter un robot sur la foi d'une démonstration, puis de découvrir que notre flux ne lui convient "
          "pas. Le second risque serait d'attendre, et de subir les nouvelles exigences des repreneurs sans "
          "données pour négocier. Je propose donc d'anticiper par étapes, chacune décidée sur les résultats de "
          "la précédente."),
        P("Première étape, en 2027 : installer une caméra d'analyse à la sortie du crible balistique et une "
          "seconde sur le tapis de contrôle des plastiques. Pendant un an, elles mesureront la composition du "
          "flux par heure et par tournée de collecte. Le coût est d'environ 150 000 euros, dont la moitié peut "
          "être couverte par l'appel à projets de l'éco-organisme. Le chef de quai sera formé à lire les écrans "
          "et à ajuster les réglages ; un tableau hebdomadaire sera présenté en réunion d'équipe."),
        P("Deuxième étape, en 2028 : à partir des mesures, régler la chaîne et travailler avec le service "
          "prévention sur les tournées qui apportent le plus d'erreurs. Si la qualité des balles dépasse alors "
          "92 % sur le plastique, le robot n'est pas nécessaire à court terme. Si elle reste en dessous, ou si les "
          "postes de premier tri restent vacants, la troisième étape se justifie."),
        P("Troisième étape, en 2029, intégrée aux travaux de modernisation : un robot sur le premier tapis, pour "
          "les gros cartons et les films, dimensionné sur les données mesurées pendant deux ans. Le cahier des "
          "charges exigera l'accès du syndicat à ses propres données et une clause de réversibilité."),
        P("Mes recommandations aux élus sont les suivantes. Lancer la première étape dès 2027, sans attendre la "
          "modernisation. Associer les trieurs dès le départ : deux d'entre eux participeront au choix du "
          "fournisseur et aux essais, parce que les centres où les robots ont été bien acceptés sont ceux qui "
          "ont fait ainsi. Mutualiser avec les deux syndicats voisins, qui m'ont dit leur intérêt, pour partager "
          "l'expertise et négocier les abonnements. Ne jamais acheter un logiciel qui garde nos images et nos "
          "données chez le fournisseur sans droit d'accès. Enfin, mesurer dès maintenant la qualité et les "
          "accidents, pour pouvoir comparer avant et après de façon honnête. Ces recommandations répondent "
          "aux trois questions posées : la mesure d'abord, l'automatisation ensuite, les équipes tout au long "
          "du projet."),
        P("Ce calendrier suppose aussi de préparer les équipes. Un plan de formation sera monté avec le centre de "
          "gestion de la fonction publique : lecture des écrans pour le chef de quai, entretien de premier niveau "
          "pour deux agents de maintenance, et une présentation à tous les trieurs avant chaque étape. Le budget "
          "de formation, environ 12 000 euros sur trois ans, est modeste au regard de l'investissement."),
        H(1, "CINQUIÈME PARTIE – GARDER UN ŒIL SUR LE SUJET", {}),
        H(2, "Chapitre 8 – Que surveiller, et auprès de qui", {"watch-scope": "ok", "source-choice": "ok"}),
        P("Une technologie qui change tous les ans ne peut pas être jugée une fois pour toutes. La veille que je "
          "propose au syndicat porte sur quatre questions : la fiabilité réelle des caméras sur des flux "
          "comparables au nôtre, l'évolution des prix et des modèles d'abonnement, les règles des repreneurs et "
          "des éco-organismes, et les retours des salariés des centres équipés. Elle exclut les robots destinés "
          "à d'autres déchets, comme le bâtiment, sauf s'ils sont adaptés aux emballages."),
        P("Pour les sources, j'ai privilégié celles qui publient des chiffres vérifiables. Les rapports de "
          "l'ADEME et de Citeo sont lents mais fiables. Les réseaux de collectivités, comme AMORCE, donnent "
          "accès aux retours d'expérience d'autres syndicats, souvent plus francs que les communications "
          "officielles. Les revues scientifiques sur la vision par ordinateur indiquent les progrès à venir "
          "avec deux ou trois ans d'avance. Les constructeurs et leurs salons sont utiles pour connaître les "
          "offres, mais leurs chiffres doivent être recoupés par une visite ou un appel à un client. J'ai écarté "
          "les médias généralistes et les réseaux sociaux, qui reprennent les communiqués sans les vérifier, "
          "à l'exception du groupe professionnel des directeurs de centres, où circulent des informations "
          "pratiques sur les pannes et les réglages. Chaque source est notée de un à trois selon sa fiabilité, "
          "et la note est revue chaque année."),
        P("Cette sélection est volontairement courte : six sources suivies régulièrement valent mieux que trente "
          "sources survolées. Elle sera complétée au besoin par des appels directs aux centres équipés, qui restent "
          "la meilleure manière de vérifier une promesse commerciale avant d'en parler aux élus. Les constructeurs "
          "eux-mêmes acceptent volontiers de donner les coordonnées de deux ou trois clients quand on le demande."),
        H(3, "Les sources retenues", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Ce qu'on y cherche"],
           ["ADEME – études sur le tri", "public", "3", "chiffres nationaux, coûts"],
           ["Citeo – appels à projets", "éco-organisme", "3", "aides et exigences"],
           ["AMORCE – groupe centres de tri", "réseau", "2", "retours de collectivités"],
           ["Waste Management (revue)", "scientifique", "3", "progrès de la reconnaissance"],
           ["Salon Pollutec", "salon", "1", "nouvelles offres"],
           ["Groupe des directeurs de centres", "réseau privé", "2", "pannes, réglages"]]),
        H(3, "Mots et requêtes", {"search-queries": "ok"}),
        T([["Thème", "Requête", "Où"],
           ["Reconnaissance", "\"computer vision\" AND \"waste sorting\" AND \"field\"", "Scopus, Google Scholar"],
           ["Robots", "robot tri emballages centre de tri retour d'expérience", "AMORCE, presse pro"],
           ["Règles", "cahier des charges repreneur plastique qualité balles", "Citeo, repreneurs"],
           ["Sécurité", "batterie lithium incendie centre de tri détection", "ADEME, INRS"]]),
        H(2, "Chapitre 9 – Le rythme de la veille", {"watch-cycle": "ok", "update-method": "ok"}),
        T([["Étape", "Qui", "Quand"],
           ["Collecte par alertes et lettres", "chargée de mission qualité", "en continu"],
           ["Tri et notation des informations", "chargée de mission qualité", "chaque vendredi"],
           ["Synthèse d'une page", "chargée de mission", "chaque mois"],
           ["Partage en comité de direction", "directeur du centre", "chaque trimestre"]]),
        P("La collecte passe par des alertes sur les requêtes du tableau précédent et par les lettres des "
          "réseaux. Une heure par semaine suffit pour trier ce qui arrive. Chaque mois, une synthèse d'une page "
          "est envoyée au directeur et au chef de quai ; chaque trimestre, elle est discutée en comité de "
          "direction, avec une décision à prendre ou non. Une fois par an, la liste des sources et des requêtes "
          "est revue : une source qui n'a rien apporté d'utile en douze mois est retirée, et les nouveaux mots "
          "apparus dans les synthèses deviennent des requêtes. Quand la personne chargée de la veille change de "
          "poste, le dossier partagé et la liste des alertes sont transmis à son successeur avec une heure de "
          "passation, pour que la veille ne s'arrête pas avec elle ni ne dépende d'une seule personne."),
        P("Pour mesurer si la veille sert, je propose un indicateur simple : le nombre de décisions du comité de "
          "direction qui s'appuient sur une synthèse de veille dans l'année. Si ce nombre reste nul, le dispositif "
          "sera revu, allégé ou confié à un réseau de syndicats."),
        H(2, "Chapitre 10 – Outils", {"watch-tools": "ok"}),
        P("Le syndicat n'a pas de budget pour un logiciel de veille payant. J'ai donc monté un dispositif avec "
          "des outils gratuits ou déjà payés : des alertes Google Scholar et Google Actualités, un lecteur de flux "
          "pour les sites des réseaux, et un tableau partagé dans l'espace de travail du syndicat où chaque "
          "information reçoit sa source, sa note et le thème concerné. Un tableau de bord simple compte les "
          "informations par thème et signale les sujets qui montent."),
        P("Ce choix garde la veille à la portée d'une seule personne, sans formation particulière ni abonnement coûteux à "
          "payer chaque année par le syndicat."),
        Img(["Alertes", "Lecteur de flux", "Tableau partagé", "Synthèse mensuelle"],
            "Le circuit de la veille, de l'alerte à la synthèse."),
        H(1, "Et dans dix ans ?", {"prospective-vision": "ok"}),
        P("Les signaux relevés par la veille dessinent un paysage assez net pour 2035. La mesure continue du "
          "flux sera partout, parce que les repreneurs paieront au vu des données et que les éco-organismes "
          "l'exigeront pour verser leurs soutiens. Les quatre constructeurs suivis annoncent déjà des offres "
          "pour les petits centres, et deux appels à projets de 2026 financent la mesure plutôt que les robots. "
          "Dans ce scénario, un centre qui ne mesure pas sera un centre qui négocie à l'aveugle."),
        P("Les robots, eux, progresseront moins vite que ne le disent les salons. Les articles scientifiques "
          "récents montrent que la saisie d'objets souples et écrasés reste le point faible ; les centres "
          "visités utilisent leurs robots sur des objets faciles. Je vois donc, pour un centre comme Changé, "
          "un robot sur les gros objets d'ici 2030 et un tri fin encore largement humain en 2035, avec des "
          "trieurs devenus contrôleurs de qualité et pilotes de machines."),
        P("Deux ruptures pourraient changer ce tableau. La consigne pour réemploi des emballages, discutée au "
          "niveau européen, réduirait le flux et pourrait rendre certains investissements inutiles. À l'inverse, "
          "une réglementation imposant la traçabilité des matières recyclées accélérerait la mesure. La veille "
          "devra suivre ces deux signaux de près, car ils décideront de la taille du centre dont le syndicat "
          "aura besoin. Dans tous les cas, les métiers du tri changeront : les compétences de demain seront la "
          "lecture des données, le réglage et l'entretien, et le syndicat a intérêt à former dès maintenant "
          "ses équipes plutôt qu'à chercher ces profils sur un marché où tout le monde les cherchera."),
        P("Cette vision reste une hypothèse de travail. Elle sera confrontée chaque année aux signaux de la veille "
          "et aux résultats de nos propres caméras, et corrigée si les faits la contredisent. Je propose qu'elle soit relue par le comité de direction "
          "chaque automne, au moment de préparer le budget, pour que les choix d'investissement tiennent compte des "
          "signaux les plus récents et non de ceux de l'année du mémoire."),
        H(1, "Pour conclure", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une question d'élus : les caméras et les robots de tri sont-ils faits pour un "
          "centre comme le nôtre ? La réponse est oui pour la mesure, et pas encore pour le robot. Une caméra "
          "d'analyse du flux coûte peu, rapporte vite en pénalités évitées et donne au syndicat les données dont "
          "il a besoin pour régler sa chaîne, négocier avec les repreneurs et décider plus tard d'un robot en "
          "connaissance de cause. Mes trois hypothèses sont confirmées, la deuxième avec une nuance : le robot "
          "peut aussi se justifier par la difficulté à recruter, pas seulement par la stabilité du flux."),
        P("Ce travail a ses limites : un petit nombre d'entretiens, des centres visités plutôt satisfaits et des "
          "gains estimés qui devront être vérifiés sur notre propre chaîne. La première étape de la feuille de "
          "route servira justement à cela. Elle offre au syndicat un moyen prudent de suivre une technologie "
          "qui avance vite, en gardant la main sur ses données et en associant celles et ceux qui trient."),
        P("Au-delà du centre de Changé, ce travail peut servir aux autres syndicats ruraux qui se posent la même "
          "question. Je propose de partager les résultats de la première étape dans le réseau des collectivités, "
          "pour que les prochains centres décident sur des chiffres mesurés plutôt que sur des démonstrations de salon."),
        H(1, "Sources", {"bibliography": "ok"}),
        T([["Auteur", "Titre", "Année"],
           ["ADEME", "Modernisation des centres de tri des emballages ménagers", "2024"],
           ["Citeo", "Rapport annuel sur la performance du tri", "2025"],
           ["Thung, Yang", "Classification of trash for recyclability status (TrashNet)", "2016"],
           ["Lubongo, Alexandridis", "Assessment of performance and challenges in use of commercial automated sorting technology for plastic waste", "2022"],
           ["AMORCE", "Retours d'expérience sur le tri robotisé", "2025"]]),
        H(1, "Annexes", {"appendices": "ok"}),
        P("Annexe 1 : guide des entretiens. Annexe 2 : grille de notation des sources. Annexe 3 : résultats des "
          "caractérisations 2024-2025 par tournée de collecte. Annexe 4 : comptes rendus des trois visites."),
    ],
    missing=["technology-radar"],
)
