from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 37, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French, a thesis on digital twins of drinking-water networks for a rural water
    syndicate. The author's own chapter headings under four part titles (parts at level 1, chapters at level 2,
    the watch's source list at level 3; the vision, conclusion, sources and appendices back at level 1);
    the introduction and the research question share one chapter, anticipation and recommendations share the
    roadmap chapter, the watch scope and the choice of sources share one chapter, the watch cycle and its update
    rhythm share one, the tools and the radar share one (all merged); the literature review is short (thin); the
    keywords and search queries were never written (missing).""",
    title="Le jumeau numérique des réseaux d'eau potable : promesse ou nécessité pour un syndicat rural ?",
    cover=["Mémoire d'expertise – Camille Drouet", "Syndicat des eaux Loire-Authion · promotion 2026"],
    blocks=[
        H(1, "En bref", {"abstract": "ok"}),
        P("Le Syndicat des eaux Loire-Authion distribue l'eau potable à 64 000 habitants répartis dans 31 communes "
          "rurales. Son réseau de 1 450 kilomètres perd chaque année près d'un litre sur quatre, faute de savoir où "
          "et quand intervenir. Ce mémoire examine si un jumeau numérique du réseau, c'est-à-dire un modèle "
          "hydraulique alimenté en continu par des capteurs, peut aider un syndicat de cette taille à réduire ses "
          "pertes et à mieux programmer ses renouvellements de canalisations. Après une revue des retours "
          "d'expérience, seize entretiens et l'analyse de cinq ans de données d'exploitation, je montre que le "
          "jumeau complet reste hors de portée budgétaire à court terme, mais qu'une version progressive, centrée "
          "sur la sectorisation et la détection de fuites, peut rapporter près de 300 000 euros par an dès la "
          "troisième année. Le mémoire propose une feuille de route en trois étapes et un dispositif de veille pour "
          "suivre une technologie qui évolue vite."),
        P("Mots-clés : jumeau numérique, réseau d'eau potable, fuites, sectorisation, capteurs, syndicat rural, "
          "renouvellement patrimonial."),
        H(1, "PARTIE I – POURQUOI CE SUJET", {}),
        H(2, "1. D'où part ce mémoire, et ce qu'il cherche", {"introduction": "ok", "research-question": "ok"}),
        P("J'ai rejoint le syndicat en alternance en septembre 2024, au service exploitation. Très vite, une "
          "contradiction m'a frappée : les agents connaissent le réseau par cœur, mais cette connaissance n'est "
          "écrite nulle part ailleurs que dans leurs têtes et dans un système d'information géographique mis à jour "
          "avec plusieurs mois de retard. Quand une canalisation casse, on répare ; quand le rendement baisse, on "
          "lance une campagne d'écoute des fuites à pied, secteur par secteur, qui mobilise deux agents pendant "
          "des semaines. Le rendement du réseau stagne autour de 76 %, sous le seuil de 85 % que fixe la "
          "réglementation pour les réseaux de cette densité, ce qui expose le syndicat à un doublement de la "
          "redevance versée à l'agence de l'eau."),
        P("Dans le même temps, les grands opérateurs parlent de jumeaux numériques dans chaque salon "
          "professionnel. Les éditeurs promettent de simuler le réseau en temps réel, de prévoir les casses et "
          "d'optimiser les pompages. Les élus du syndicat m'ont demandé si c'était pour nous ou si c'était un "
          "outil de métropole. Ce mémoire est ma réponse à leur question."),
        P("Cette question dépasse notre syndicat : la moitié des services d'eau français desservent moins de 100 000 habitants, et tous feront face aux mêmes exigences de rendement dans les dix prochaines années."),
        P("Ma question de recherche est donc la suivante : dans quelle mesure un jumeau numérique du réseau "
          "peut-il améliorer le rendement et la programmation des travaux d'un syndicat rural d'eau potable, avec "
          "les moyens humains et financiers qui sont les siens ? J'ai posé trois hypothèses. Première hypothèse : "
          "le gain principal ne vient pas de la simulation mais de la détection plus rapide des fuites. Deuxième "
          "hypothèse : la qualité des données du patrimoine, plus que la technologie, limite le projet. Troisième "
          "hypothèse : une démarche par étapes, commençant par la sectorisation, est rentable là où un projet "
          "global ne l'est pas. Le mémoire présente d'abord le choix du sujet, puis l'état des connaissances et ma "
          "méthode, l'analyse de la tendance et de ses effets, et enfin une feuille de route et un dispositif de "
          "veille."),
        H(2, "2. Un sujet neuf pour un syndicat des eaux ?", {"subject-choice": "ok"}),
        P("Le jumeau numérique n'est pas nouveau en soi : l'industrie aéronautique et les grandes usines l'utilisent "
          "depuis une quinzaine d'années. Dans l'eau potable, en revanche, il reste réservé à quelques métropoles et "
          "aux délégataires privés qui gèrent de très grands réseaux, comme à Lyon, Marseille ou Valence en "
          "Espagne. Parmi les 2 000 services d'eau en régie ou en syndicat que compte la France, je n'ai trouvé "
          "aucun syndicat rural de moins de 100 000 habitants qui en exploite un, ce que m'a confirmé l'association "
          "régionale des collectivités."),
        P("J'ai choisi ce sujet pour trois raisons. D'abord, il touche directement une méthode de travail : la "
          "façon dont les agents cherchent les fuites et dont le bureau d'études choisit les canalisations à "
          "renouveler. Ensuite, la pression monte : la sécheresse de 2022 a conduit à des restrictions dans 19 des "
          "31 communes, et chaque mètre cube perdu devient plus difficile à justifier auprès des habitants. Enfin, "
          "le coût des capteurs a fortement baissé : un débitmètre communicant coûtait 6 000 euros en 2018, il en "
          "coûte moins de 2 500 aujourd'hui, et les réseaux bas débit couvrent désormais tout le territoire."),
        P("Le sujet me permettait aussi de travailler sur un vrai problème du syndicat, avec ses données, plutôt "
          "que sur une tendance générale. Il présente toutefois un risque que j'ai assumé : celui de conclure que "
          "la technologie ne convient pas, ce qui aurait pu décevoir. La réponse est plus nuancée, et c'est ce qui "
          "en fait l'intérêt pour d'autres syndicats de même taille, qui se posent la même question sans avoir le "
          "temps de l'étudier."),
        P("Enfin, la direction s'est engagée à me donner accès à toutes les données d'exploitation, ce qui rendait possible une analyse chiffrée et pas seulement documentaire."),
        H(1, "PARTIE II – CE QUE L'ON SAIT DÉJÀ", {}),
        H(2, "3. Retours d'expérience publiés", {"state-of-the-art": "thin"}),
        P("Les publications sur le sujet sont surtout le fait des éditeurs et des grands opérateurs. Les articles "
          "académiques, notamment ceux de l'université d'Exeter et de l'Inrae, distinguent trois niveaux : le modèle "
          "hydraulique calé une fois par an, le modèle recalé en continu par des mesures, et le jumeau qui pilote "
          "le réseau. Les retours d'expérience français, à Lyon ou à Saint-Étienne, décrivent des gains de "
          "rendement de quatre à huit points sur cinq ans, mais aucun ne sépare l'effet du jumeau de celui des "
          "campagnes de renouvellement menées en même temps. Le rapport de l'Astee de 2023 rappelle que la "
          "qualité des données du patrimoine reste le premier obstacle cité par les services."),
        H(2, "4. Ma démarche", {"methodology": "ok"}),
        P("J'ai combiné trois sources d'information. La première est documentaire : une quarantaine de "
          "publications, rapports et présentations d'éditeurs, que j'ai classés selon leur origine et leur "
          "indépendance, en donnant plus de poids aux retours d'expérience chiffrés publiés par des collectivités "
          "qu'aux plaquettes commerciales."),
        P("La deuxième est faite de seize entretiens semi-directifs d'une heure environ : six agents et cadres du "
          "syndicat, quatre responsables d'autres services d'eau dont deux qui utilisent un modèle recalé en "
          "continu, trois éditeurs de logiciels, un chercheur de l'Inrae, un représentant de l'agence de l'eau et "
          "un élu. Chaque entretien a été enregistré avec accord, retranscrit, puis codé selon les trois "
          "hypothèses."),
        P("La troisième est quantitative : j'ai extrait cinq ans de données du syndicat, soit les volumes produits "
          "et facturés par commune, les 1 870 interventions sur fuite et l'âge et le matériau des canalisations "
          "tirés du système d'information géographique. J'ai mesuré le taux de complétude de ces données et "
          "estimé, à partir des retours d'expérience, ce qu'une détection plus rapide aurait permis d'économiser."),
        P("Cette démarche a ses limites : l'échantillon d'entretiens est petit, et les éditeurs ont intérêt à "
          "présenter leurs solutions sous leur meilleur jour. Je les ai donc toujours confrontés à un utilisateur "
          "de leur produit."),
        P("Pour le volet financier, j'ai construit un modèle simple sur dix ans avec le responsable financier du syndicat : coûts d'investissement, abonnements, subventions possibles et économies d'eau, actualisés à 3 %. Trois scénarios ont été testés, prudent, central et favorable, afin de ne pas présenter aux élus un chiffre unique qui donnerait une fausse impression de certitude. Les hypothèses de chaque scénario sont détaillées en annexe C, avec les sources de chaque coût et de chaque économie retenus."),
        H(1, "PARTIE III – LA TENDANCE ET CE QU'ELLE CHANGE", {}),
        H(2, "5. Du capteur au jumeau : où en est la technologie", {"trend-analysis": "ok"}),
        P("Trois évolutions se combinent et expliquent que le sujet arrive maintenant jusqu'aux petits services. "
          "La première est celle des capteurs. Les débitmètres, capteurs de pression et enregistreurs acoustiques "
          "communicants sont devenus moins chers, plus petits et autonomes pendant dix ans grâce aux réseaux bas "
          "débit. Là où il fallait une armoire électrique et une ligne téléphonique, il suffit aujourd'hui d'un "
          "boîtier dans un regard. Le syndicat dispose déjà de 42 débitmètres en sortie de réservoir, mais leurs "
          "données ne remontent qu'une fois par jour."),
        P("La deuxième évolution est celle des logiciels de modélisation. Les modèles hydrauliques existent depuis "
          "les années 1990, mais ils étaient calés à la main par un bureau d'études, une fois, puis oubliés. Les "
          "éditeurs proposent désormais des plateformes en ligne qui recalent le modèle chaque nuit à partir des "
          "mesures, et signalent les écarts entre ce que le modèle prévoit et ce que les capteurs observent. Un "
          "écart durable de débit nocturne dans un secteur est le signe presque certain d'une fuite. Les deux "
          "services que j'ai interrogés et qui utilisent ces outils disent localiser une fuite en trois jours en "
          "moyenne, contre trois semaines auparavant."),
        P("La troisième évolution concerne l'analyse des données : des modèles statistiques, parfois appelés "
          "intelligence artificielle par les éditeurs, estiment le risque de casse de chaque tronçon à partir de "
          "son âge, de son matériau, du sol et de l'historique des interventions. Ils servent à classer les "
          "canalisations à renouveler en priorité. C'est la partie la plus fragile de la tendance : ces modèles "
          "supposent un historique fiable, ce qui n'est pas le cas chez nous, où 38 % des tronçons n'ont pas de "
          "date de pose connue."),
        P("Mon analyse confirme donc la première hypothèse : à court terme, c'est la détection des fuites par la "
          "comparaison entre mesures et modèle qui apporte l'essentiel. Elle confirme aussi la deuxième : la "
          "qualité des données patrimoniales freine la partie prédictive bien plus que la technologie. La tendance "
          "est solide, portée par la baisse des prix et par la pression réglementaire, mais elle avance plus vite "
          "chez les éditeurs que dans les services. Les entretiens montrent enfin que la méthode de travail change "
          "profondément : l'agent ne cherche plus la fuite au hasard d'une tournée, il part d'une alerte et d'un "
          "secteur déjà réduit, ce qui suppose de nouvelles habitudes et un autre lien avec le bureau d'études."),
        P("Il faut enfin noter un signal faible : plusieurs éditeurs commencent à vendre des offres simplifiées pour les petits services, sans modèle hydraulique complet, ce qui pourrait accélérer la diffusion dans les zones rurales. Je les ai ajoutées au périmètre de la veille, car elles pourraient modifier le calendrier de la troisième étape."),
        H(2, "6. Gains attendus", {"impacts-value": "ok"}),
        P("Le tableau résume les effets attendus, chiffrés à partir de nos volumes et des retours d'expérience les "
          "plus prudents. Le gain principal est l'eau non perdue, donc moins d'eau produite et achetée, et la "
          "sortie du risque de redevance doublée. Les agents gagnent aussi du temps sur les campagnes d'écoute, "
          "qu'ils pourront consacrer à l'entretien préventif."),
        P("Ces chiffres supposent que la sectorisation soit complète et que les fuites signalées soient réparées dans la semaine, ce qui demandera de réorganiser les équipes d'intervention. La valeur créée n'est pas seulement financière : un syndicat qui perd moins d'eau est plus crédible quand il demande aux habitants de restreindre leur consommation en été, et mieux armé face aux sécheresses à venir."),
        T([["Effet", "Pour qui", "Indicateur", "Valeur estimée par an"],
           ["Fuites trouvées plus tôt", "exploitation", "rendement du réseau", "+ 4 points, 210 000 m³ économisés"],
           ["Moins d'eau achetée et traitée", "syndicat", "coût de production", "160 000 €"],
           ["Redevance non doublée", "syndicat", "seuil réglementaire atteint", "90 000 €"],
           ["Campagnes d'écoute réduites", "agents", "jours-agent", "120 jours libérés"],
           ["Renouvellement mieux ciblé", "bureau d'études", "casses par 100 km", "à mesurer après trois ans"]]),
        H(2, "7. Se préparer et agir : feuille de route", {"anticipation-strategy": "ok", "recommendations": "ok"}),
        P("Le changement touchera d'abord les agents de terrain et le bureau d'études. Pour l'anticiper, je "
          "recommande de ne pas acheter un jumeau complet, mais de construire le dispositif en trois étapes, chacune "
          "justifiée par les résultats de la précédente. Cette progression répond à la troisième hypothèse : les "
          "calculs montrent qu'un projet global, estimé à 1,4 million d'euros, ne serait pas rentable avant dix "
          "ans, alors que la première étape se rembourse en moins de trois ans."),
        P("Première étape, en 2027 : sectoriser le réseau. Il s'agit de découper le réseau en 28 secteurs "
          "équipés chacun d'un débitmètre communicant, puis de suivre chaque nuit le débit minimum. Coût estimé : "
          "280 000 euros, subventionné à 50 % par l'agence de l'eau. C'est la brique de base de tout jumeau futur, "
          "et elle apporte à elle seule la plus grande partie du gain attendu sur les fuites."),
        P("Deuxième étape, en 2028 et 2029 : fiabiliser les données du patrimoine. Une campagne de reprise du "
          "système d'information géographique, menée avec les agents les plus anciens avant leur départ en "
          "retraite, doit faire passer la part des tronçons datés de 62 % à 90 %. Sans cela, aucun modèle de "
          "risque ne sera crédible. Je recommande d'y consacrer un poste à mi-temps pendant deux ans."),
        P("Troisième étape, à partir de 2030 : louer une plateforme de modélisation recalée en continu, sous forme "
          "d'abonnement plutôt que d'achat, pour profiter des évolutions sans dépendre d'une version figée. Le choix "
          "de l'éditeur se fera alors sur un cahier des charges écrit à partir de l'expérience des deux premières "
          "étapes, et non sur une démonstration commerciale."),
        P("Pour accompagner ces étapes, je formule quatre recommandations aux élus et à la direction. "
          "Premièrement, associer dès le départ les agents de terrain au choix des emplacements de capteurs : ce "
          "sont eux qui connaissent les points faibles du réseau. Deuxièmement, nommer un référent données au "
          "bureau d'études, responsable de la qualité du système d'information géographique. Troisièmement, "
          "mutualiser avec les deux syndicats voisins l'achat des capteurs et, plus tard, de la plateforme, pour "
          "peser face aux éditeurs. Quatrièmement, mesurer chaque année le rendement secteur par secteur et "
          "présenter les résultats aux élus, pour décider de passer ou non à l'étape suivante sur des faits. Ces "
          "recommandations laissent une question ouverte : celle des compétences. Le syndicat n'a pas aujourd'hui "
          "de profil capable d'interpréter un modèle hydraulique, et devra soit en recruter un, soit s'appuyer sur "
          "un bureau d'études."),
        P("Le calendrier proposé tient compte du mandat des élus : la première étape doit être votée avant le budget 2027 pour bénéficier du programme actuel de l'agence de l'eau, qui s'achève en 2030. Un retard d'un an ferait perdre environ 140 000 euros de subvention au syndicat."),
        H(1, "PARTIE IV – GARDER UN ŒIL SUR LE SUJET", {}),
        H(2, "8. Ce que je surveille, et auprès de qui", {"watch-scope": "ok", "source-choice": "ok"}),
        P("La veille porte sur trois sujets précis : les capteurs communicants pour réseaux d'eau, les plateformes "
          "de modélisation recalées en continu, et les retours d'expérience de services d'eau de taille comparable. "
          "Elle exclut volontairement l'assainissement et la production d'eau, pour rester gérable par une seule "
          "personne à raison de deux heures par semaine."),
        P("J'ai choisi les sources en fonction de deux critères : leur lien direct avec ces trois sujets et leur "
          "indépendance vis-à-vis des vendeurs. Les sources institutionnelles, comme l'Astee, l'agence de l'eau et "
          "l'Office international de l'eau, publient des retours d'expérience vérifiés et des guides ; elles sont "
          "lentes mais fiables. Les sources académiques, en particulier l'Inrae et les revues spécialisées en "
          "hydraulique urbaine, donnent les méthodes et leurs limites. La presse professionnelle, L'Eau, "
          "l'Industrie, les Nuisances et Hydroplus, signale les nouveaux projets des collectivités. Les sites des "
          "éditeurs et leurs webinaires sont suivis, mais toujours recoupés avec un utilisateur. Enfin, un réseau "
          "humain compte beaucoup : les deux services rencontrés pendant les entretiens ont accepté un échange "
          "tous les six mois. J'ai écarté les réseaux sociaux généralistes, trop bruyants pour un sujet aussi "
          "technique, à l'exception d'un groupe LinkedIn animé par l'Astee."),
        P("Ce choix privilégie la fiabilité à l'exhaustivité. Il a un coût : certaines innovations apparaissent d'abord chez les jeunes entreprises, avant d'être documentées par les institutions. Pour ne pas les manquer, je suis aussi les lauréats de deux concours d'innovation dans l'eau, qui servent de signal précoce, et je note chaque nouvelle entreprise citée au moins deux fois dans la presse professionnelle. Chaque source est notée sur trois critères, pertinence, fiabilité et fréquence utile, ce qui permet de justifier sa place dans la liste et de la retirer sans débat quand sa note baisse."),
        H(3, "8.1 Liste des sources suivies", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Fréquence de lecture"],
           ["Astee – groupe réseaux", "institutionnelle", "élevée", "mensuelle"],
           ["Agence de l'eau Loire-Bretagne", "institutionnelle", "élevée", "trimestrielle"],
           ["Inrae – équipe hydraulique", "académique", "élevée", "trimestrielle"],
           ["Hydroplus", "presse professionnelle", "moyenne", "mensuelle"],
           ["Sites de trois éditeurs", "commerciale", "à recouper", "mensuelle"],
           ["Services d'eau rencontrés", "réseau humain", "élevée", "semestrielle"]]),
        H(2, "9. Le rythme de la veille", {"watch-cycle": "ok", "update-method": "ok"}),
        P("La veille suit un cycle simple en quatre temps. Chaque lundi, les alertes et flux sont collectés dans un "
          "lecteur de flux ; le mardi, je trie en gardant ce qui touche nos trois sujets ; les articles retenus "
          "sont résumés en trois lignes dans une fiche partagée ; une fois par mois, une note d'une page est "
          "envoyée à la direction et au bureau d'études."),
        T([["Étape", "Quand", "Qui", "Résultat"],
           ["Collecter", "chaque lundi", "chargée de veille", "flux et alertes lus"],
           ["Trier", "chaque mardi", "chargée de veille", "articles retenus"],
           ["Résumer", "au fil de l'eau", "chargée de veille", "fiches de trois lignes"],
           ["Diffuser", "premier jeudi du mois", "direction, bureau d'études", "note mensuelle"]]),
        P("La liste des sources est revue chaque semestre : une source qui n'a rien apporté en six mois sort de la "
          "liste, une source citée deux fois par les personnes rencontrées y entre. Les mots-clés des alertes sont "
          "ajustés au même moment. Une fois par an, la veille est présentée au comité syndical avec le radar mis à "
          "jour, ce qui permet de vérifier qu'elle sert encore les décisions de la feuille de route. Si je quitte "
          "le syndicat, le dispositif est documenté dans une procédure de deux pages pour qu'un collègue puisse le "
          "reprendre."),
        P("Cette procédure précise aussi qui valide la note mensuelle et où sont archivées les fiches, et comment retrouver une fiche ancienne par sujet ou par date."),
        H(2, "10. Outils et radar", {"watch-tools": "ok", "technology-radar": "ok"}),
        P("Les outils sont volontairement gratuits ou déjà payés : Feedly pour les flux, Google Alerts pour les "
          "mots-clés, un tableau partagé dans l'espace collaboratif du syndicat pour les fiches, et un tableau de "
          "bord qui compte les fiches par sujet et par mois. Le radar ci-dessous classe les technologies suivies "
          "en quatre anneaux : à adopter, à tester, à évaluer, à surveiller de loin. La sectorisation avec "
          "débitmètres communicants est à adopter ; la détection acoustique permanente est à tester ; la "
          "modélisation recalée en continu est à évaluer ; les modèles prédictifs de casse sont à surveiller, tant "
          "que nos données ne sont pas fiables."),
        Img(["Adopter : sectorisation", "Tester : acoustique", "Évaluer : modèle recalé", "Surveiller : prédiction"],
            "Radar technologique de la veille, mise à jour de novembre 2026."),
        H(1, "11. Et dans dix ans ?", {"prospective-vision": "ok"}),
        P("À partir des signaux relevés par la veille, je vois trois évolutions probables d'ici 2036. La première "
          "est quasi certaine : tous les services d'eau de plus de 50 000 habitants auront sectorisé leur réseau. "
          "L'agence de l'eau conditionne déjà une partie de ses aides à la sectorisation, et les prix des capteurs "
          "continuent de baisser de 10 % par an selon les éditeurs et les deux services interrogés."),
        P("La deuxième évolution est probable : les plateformes de modélisation deviendront des services "
          "mutualisés, proposés par des groupements de collectivités ou par les départements, comme cela existe "
          "déjà pour les systèmes d'information géographique. Deux départements de l'Ouest ont lancé une réflexion "
          "en 2026. Un syndicat comme le nôtre n'aura alors plus à choisir seul un éditeur."),
        P("Cette mutualisation changerait aussi la question du financement : au lieu d'un investissement lourd pour un seul syndicat, chaque service paierait un abonnement proportionnel à sa taille, ce qui rendrait la troisième étape de la feuille de route accessible plus tôt que prévu."),
        P("La troisième est plus incertaine : le pilotage automatique des pompes et des vannes à partir du jumeau. "
          "Les essais publiés concernent des réseaux urbains, avec des équipes de supervision permanentes, et "
          "posent des questions de cybersécurité que la directive européenne NIS 2 rend pressantes. Pour un "
          "syndicat rural, je ne l'envisage pas avant 2035."),
        P("Dans ce futur, le métier d'agent de réseau change : moins de recherche à l'oreille, plus de lecture "
          "d'alertes et de décisions sur écran. Le syndicat doit s'y préparer dès maintenant par la formation et "
          "par le recrutement, et garder la maîtrise de ses données, qui seront son vrai capital face aux "
          "éditeurs."),
        P("Ces évolutions ne sont pas écrites d'avance. Un ralentissement des aides publiques, ou une série de cyberattaques visant des services d'eau, pourrait freiner la tendance. C'est pourquoi la vision présentée ici sera revue chaque année à partir des fiches de veille : si les prix des capteurs cessent de baisser ou si aucun service mutualisé n'apparaît d'ici 2029, la feuille de route devra être revue, et le syndicat pourrait se contenter durablement de la sectorisation."),
        H(1, "Conclusion générale", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une question d'élus : le jumeau numérique est-il pour nous ? La réponse est oui, "
          "mais pas tout de suite et pas d'un bloc. Les trois hypothèses sont confirmées : le gain vient d'abord de "
          "la détection des fuites, la qualité des données est le vrai frein, et une démarche par étapes est "
          "rentable là où un projet global ne l'est pas. La sectorisation du réseau, première étape de la feuille "
          "de route, peut être lancée dès 2027 avec l'aide de l'agence de l'eau."),
        P("Ce travail a des limites. Les gains sont estimés à partir de retours d'expérience d'autres services, et "
          "devront être mesurés chez nous secteur par secteur. Les entretiens restent peu nombreux. Il serait utile "
          "de reprendre l'étude dans trois ans, une fois la sectorisation en place, pour vérifier les chiffres et "
          "décider de la suite sur des données du syndicat lui-même. D'autres syndicats ruraux pourraient "
          "s'appuyer sur cette démarche, et c'est peut-être par la mutualisation entre eux que le jumeau complet "
          "deviendra un jour accessible."),
        P("À titre personnel, ce mémoire m'a appris qu'une technologie ne s'évalue pas seule, mais avec les données, les personnes et les moyens de ceux qui vont l'utiliser. C'est sans doute la conclusion la plus utile pour les élus, qui reçoivent chaque mois des propositions d'éditeurs : poser d'abord la question des données et des équipes, avant celle de l'outil."),
        H(1, "Sources citées", {"bibliography": "ok"}),
        T([["Auteur", "Titre", "Année", "Type"],
           ["Astee", "Gestion patrimoniale des réseaux d'eau potable, retours d'expérience", "2023", "rapport"],
           ["Inrae", "Modèles de défaillance des canalisations : état des lieux", "2022", "article"],
           ["Office international de l'eau", "Sectorisation et rendement des réseaux", "2021", "guide"],
           ["Métropole de Lyon", "Bilan du jumeau numérique eau potable", "2024", "présentation"],
           ["Agence de l'eau Loire-Bretagne", "Programme d'intervention 2025-2030", "2024", "document officiel"]]),
        H(1, "Annexes", {"appendices": "ok"}),
        P("Annexe A : grille des entretiens semi-directifs. Annexe B : liste des personnes interrogées. Annexe C : "
          "calcul détaillé du rendement par commune sur cinq ans."),
    ],
    missing=["search-queries"],
)
