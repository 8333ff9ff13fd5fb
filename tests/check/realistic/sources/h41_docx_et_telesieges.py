from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: a work-study student at Pyrène Remontées, a public operator of four small Pyrenean ski
    resorts, writes an expertise thesis on predictive maintenance of ski lifts with sensors and digital twins.
    The abstract under a bold upper-case Normal line ("RÉSUMÉ"), then the author's own chapters ("Chapitre 1 —
    D'où part ce mémoire"...) with numbered sub-chapters; the trends as a
    table, the impacts as a table, the watch dashboard and the radar as pictures. The update method is a short
    paragraph (thin). No list of search keywords or queries anywhere (missing).""",
    title="Capteurs, jumeaux numériques et télésièges : la maintenance prédictive peut-elle sauver les petites "
          "stations ?",
    cover=["Mémoire d'expertise — Manageur de l'innovation numérique", "Clément Barrère, alternant chez Pyrène Remontées",
           "Décembre 2026"],
    blocks=[
        B("RÉSUMÉ", {"abstract": "ok"}),
        P("Les petites stations de ski des Pyrénées exploitent des remontées mécaniques souvent âgées de plus de "
          "trente ans, avec des équipes de maintenance réduites et des saisons de plus en plus courtes. Chaque panne "
          "d'un télésiège en pleine vacances coûte des journées de forfaits, des remboursements et une part de la "
          "confiance des clients. Ce mémoire étudie si la maintenance prédictive, fondée sur des capteurs de "
          "vibration et de température et sur des jumeaux numériques des installations, est à la portée "
          "d'exploitants de cette taille. À partir de douze entretiens, de trois visites d'exploitants équipés et "
          "d'une analyse de deux saisons de pannes chez Pyrène Remontées, je montre que la technologie est mûre "
          "pour les organes les plus critiques, mais que le frein principal est humain et contractuel : "
          "la donnée appartient souvent au constructeur. Je propose une démarche en trois temps, commençant par "
          "deux télésièges pilotes, et un dispositif de veille pour suivre l'évolution rapide du sujet."),
        P("Mots-clés : maintenance prédictive, remontées mécaniques, capteurs IoT, jumeau numérique, stations de "
          "moyenne montagne, veille technologique."),
        H(1, "Chapitre 1 — D'où part ce mémoire", {"introduction": "ok"}),
        P("Pyrène Remontées est une régie publique créée en 1998 par trois communautés de communes de l'Ariège et de "
          "la Haute-Garonne. Elle exploite quatre stations, 27 remontées mécaniques dont 9 télésièges, et emploie "
          "68 permanents et jusqu'à 190 saisonniers. Son chiffre d'affaires varie de 9 à 14 millions d'euros selon "
          "l'enneigement. J'y suis alternant depuis septembre 2025, au service technique, où j'aide le responsable "
          "de maintenance à préparer le plan pluriannuel d'investissement."),
        P("L'hiver 2025-2026 a été marqué par deux pannes longues : le réducteur du télésiège de la Coume a lâché "
          "le 27 décembre, immobilisant l'appareil six jours, et un roulement de poulie a chauffé sur le télésiège "
          "des Isards pendant les vacances de février. Ces deux incidents ont coûté, selon nos calculs, près de "
          "310 000 euros de recettes perdues et de réparations en urgence. Dans les deux cas, des signes existaient "
          "plusieurs semaines avant : un bruit signalé par un conducteur, une température relevée un peu plus haute "
          "à la main. Personne n'avait les moyens de relier ces signes entre eux."),
        P("Dans le même temps, les grands exploitants des Alpes annoncent des programmes de maintenance "
          "prédictive, et les constructeurs vendent des capteurs connectés avec leurs nouveaux appareils. La "
          "question se pose donc pour une structure comme la nôtre : faut-il suivre, attendre, ou faire autrement ? "
          "Ce mémoire cherche à y répondre de manière argumentée. Il présente d'abord la question et le choix du "
          "sujet, puis l'état des connaissances et ma démarche, avant d'analyser la tendance, ses effets et la "
          "manière de s'y préparer. Une dernière partie décrit la veille que j'ai mise en place et la vision que "
          "j'en tire pour les dix prochaines années, avant une conclusion qui revient sur les hypothèses."),
        P("Ce travail n'est pas une étude commandée par un fournisseur : aucun constructeur ne l'a financé, et la "
          "régie m'a laissé libre de mes conclusions. Il s'adresse d'abord au responsable de maintenance et à la "
          "direction, mais aussi aux autres petites stations pyrénéennes, qui font face aux mêmes choix avec les "
          "mêmes moyens limités et les mêmes appareils vieillissants."),
        H(2, "1.1 Ma question, et trois hypothèses", {"research-question": "ok"}),
        P("La question qui guide ce travail est la suivante : dans quelles conditions un petit exploitant de "
          "remontées mécaniques peut-il passer d'une maintenance préventive calendaire à une maintenance "
          "prédictive, et qu'y gagne-t-il vraiment ? Trois hypothèses, posées au début du travail, ont orienté mes "
          "entretiens."),
        L(["H1 : les capteurs et les modèles sont assez fiables aujourd'hui pour les organes tournants critiques "
           "(réducteurs, poulies, roulements).",
           "H2 : le principal obstacle n'est pas le coût des capteurs mais l'accès aux données et les compétences "
           "pour les interpréter.",
           "H3 : le gain porte d'abord sur les pannes évitées en haute saison, plus que sur la baisse des coûts de "
           "maintenance."]),
        H(2, "1.2 Pourquoi les téléskis et télésièges ?", {"subject-choice": "ok"}),
        P("J'aurais pu choisir un sujet plus visible, comme la billetterie mobile ou la neige de culture pilotée par "
          "l'intelligence artificielle. J'ai préféré la maintenance parce que c'est là que se joue la survie des "
          "petites stations. Une station de moyenne montagne peut vivre une saison médiocre en neige ; elle vit "
          "beaucoup plus mal un télésiège principal à l'arrêt pendant la semaine du Nouvel An, quand elle réalise "
          "jusqu'à un cinquième de ses recettes. Le sujet touche directement la manière de travailler des équipes "
          "techniques : les rondes, les relevés, la planification des révisions d'été, la relation avec les "
          "constructeurs et avec le service de contrôle de l'État."),
        P("Le sujet est aussi nouveau pour notre secteur. Dans l'industrie, l'éolien ou le ferroviaire, la "
          "maintenance prédictive est pratiquée depuis une dizaine d'années. Dans les remontées mécaniques, les "
          "premiers déploiements datent de 2020 et concernent surtout de grands domaines alpins ou suisses. Aucune "
          "station pyrénéenne de notre taille ne l'a encore mis en œuvre, et les responsables que j'ai rencontrés "
          "en parlent comme d'une affaire réservée aux riches. Il y avait donc une vraie question ouverte, et un "
          "terrain où mon travail pouvait être utile. Enfin, j'avais un accès rare aux données : deux saisons de "
          "fiches de panne et les carnets de maintenance papier de neuf télésièges, que j'ai numérisés pendant "
          "l'été. Ce matériau m'a permis de confronter les promesses des fournisseurs à la réalité d'un exploitant "
          "modeste, ce qui est le cœur de ce mémoire."),
        P("Le choix tient aussi à une conviction personnelle. J'ai grandi à Aulus-les-Bains, j'ai skié sur ces "
          "télésièges et j'ai vu des stations voisines fermer. Travailler sur ce qui peut prolonger leur vie m'a "
          "paru plus utile qu'un sujet à la mode."),
        H(1, "Chapitre 2 — Ce que disent la recherche et les constructeurs", {"state-of-the-art": "ok"}),
        P("La littérature distingue classiquement trois régimes de maintenance : corrective, après la panne ; "
          "préventive, à intervalles fixes ; et conditionnelle ou prédictive, déclenchée par l'état mesuré de "
          "l'équipement. La norme européenne sur la terminologie de maintenance et les travaux de Mobley, dès les "
          "années 1990, posent ces bases. Les articles plus récents, notamment ceux publiés dans les revues de "
          "fiabilité industrielle entre 2019 et 2025, montrent que l'analyse vibratoire reste la technique la plus "
          "sûre pour détecter l'usure des roulements et des engrenages, avec des alertes possibles trois à huit "
          "semaines avant la défaillance."),
        P("Pour les remontées mécaniques, la recherche académique est peu abondante. J'ai trouvé quatre "
          "publications sérieuses : une thèse autrichienne de 2021 sur la surveillance des câbles par induction "
          "magnétique, deux articles suisses sur les réducteurs de télésièges débrayables, et un rapport du service "
          "technique des remontées mécaniques français sur l'instrumentation des poulies. Tous concluent que la "
          "surveillance continue est techniquement fiable, mais soulignent la difficulté d'interpréter les données "
          "sans historique long, puisque chaque appareil est presque unique."),
        P("Du côté des constructeurs, les deux leaders mondiaux proposent désormais des plateformes connectées qui "
          "collectent les données de leurs appareils neufs. Leurs documents commerciaux annoncent jusqu'à 30 % de "
          "pannes en moins, sans jamais préciser sur quelle base. Un constructeur français de taille moyenne "
          "propose une offre plus ouverte, avec des capteurs installables sur des appareils anciens. Des "
          "jeunes entreprises issues de l'industrie, comme des spécialistes de la surveillance des éoliennes, "
          "commencent à s'intéresser à ce marché."),
        P("Le jumeau numérique, enfin, est souvent présenté comme l'étape suivante : un modèle de l'appareil, "
          "alimenté par ses données, qui permettrait de simuler l'effet d'une charge ou d'une usure. Les travaux "
          "que j'ai lus montrent qu'il reste surtout un outil de conception chez les constructeurs ; son usage en "
          "exploitation courante est encore expérimental. En résumé, l'état des connaissances est solide sur les "
          "capteurs, mince sur les remontées mécaniques elles-mêmes, et presque muet sur les petits exploitants, ce "
          "qui justifie une enquête de terrain. Aucune étude ne chiffre non plus ce que coûte, pour une régie "
          "publique, le temps passé à lire des alertes : c'est un des points que j'ai voulu éclairer."),
        P("Il faut enfin citer les retours d'expérience publiés par les exploitants eux-mêmes, souvent lors des "
          "congrès professionnels. Un domaine savoyard a présenté en 2024 les résultats de trois saisons de "
          "surveillance sur six télésièges : quatorze alertes, dont neuf confirmées par un démontage, et deux pannes "
          "majeures évitées selon ses estimations. Un exploitant suisse a au contraire abandonné son projet après "
          "deux hivers, faute de personne pour lire les alertes. Ces témoignages, moins rigoureux que les articles "
          "scientifiques, sont pourtant ceux qui parlent le plus directement de notre situation, et ils mettent en "
          "évidence des conditions de réussite que la recherche ne traite pas."),
        H(1, "Chapitre 3 — Ma démarche", {"methodology": "ok"}),
        P("J'ai combiné trois sources d'information. La première est documentaire : articles scientifiques, "
          "rapports publics, documentation des constructeurs et comptes rendus de salons professionnels. J'ai "
          "classé chaque document selon sa fiabilité, en distinguant les études évaluées par des pairs, les "
          "rapports d'organismes publics et les supports commerciaux, que j'ai lus comme des déclarations "
          "d'intention plutôt que comme des preuves."),
        P("La deuxième source est qualitative : douze entretiens semi-directifs d'une heure environ, menés entre "
          "février et juin 2026. J'ai interrogé cinq responsables techniques de stations (deux pyrénéennes, deux "
          "alpines, une andorrane), trois représentants de constructeurs, deux spécialistes de la surveillance "
          "vibratoire, un inspecteur du service de contrôle et un élu de notre conseil d'administration. J'ai "
          "aussi visité trois exploitants déjà équipés, dont un en Savoie qui m'a laissé consulter ses alertes de "
          "la saison."),
        P("La troisième source est quantitative : j'ai saisi 412 fiches de panne des saisons 2024-2025 et "
          "2025-2026, et les carnets de maintenance de nos neuf télésièges. Pour chaque panne, j'ai noté l'organe "
          "concerné, la durée d'arrêt, le coût estimé et la présence de signes avant-coureurs écrits dans les "
          "carnets. Cette base m'a permis d'estimer quelle part des arrêts une surveillance continue aurait pu "
          "anticiper. Les limites sont réelles : deux saisons seulement, des fiches parfois incomplètes, et des "
          "entretiens avec des personnes souvent convaincues d'avance. J'ai essayé de les compenser en confrontant "
          "chaque affirmation à au moins deux sources, et en signalant dans le texte les points où elles divergent."),
        P("Pour l'analyse, j'ai codé les entretiens par thèmes, à la main, dans un tableur, en relevant les passages "
          "sur les coûts, la donnée, les compétences et la confiance. J'ai ensuite fait relire mes conclusions par "
          "deux des personnes interrogées, pour vérifier que je ne déformais pas leurs propos."),
        H(1, "Chapitre 4 — Une tendance de fond", {"trend-analysis": "ok"}),
        P("La maintenance prédictive des remontées mécaniques n'est pas une mode passagère : elle s'inscrit dans "
          "plusieurs mouvements plus larges qui se renforcent les uns les autres. Le tableau ci-dessous résume ceux "
          "que j'ai identifiés, avec ce qui les prouve et leur maturité dans notre secteur."),
        T([["Tendance", "Ce qui la montre", "Maturité dans les remontées", "Horizon"],
           ["Capteurs sans fil à bas coût", "Prix d'un capteur vibratoire divisé par quatre depuis 2018",
            "Déployés sur appareils neufs", "Déjà là"],
           ["Plateformes des constructeurs", "Offres connectées des deux leaders depuis 2021",
            "Surtout grands domaines", "2 à 4 ans"],
           ["Réseaux bas débit en montagne", "Couverture LoRa de 3 de nos 4 stations", "Expérimental", "2 à 3 ans"],
           ["Détection d'anomalies par apprentissage", "Articles et offres issus de l'éolien",
            "Pilotes en Suisse et en Autriche", "3 à 5 ans"],
           ["Jumeau numérique en exploitation", "Démonstrateurs de constructeurs", "Recherche", "5 à 10 ans"],
           ["Exigences du contrôle de l'État", "Débat sur des inspections fondées sur l'état",
            "Discussions", "5 ans et plus"]]),
        P("Le premier moteur est économique. Les saisons raccourcissent : sur nos quatre stations, le nombre moyen "
          "de jours d'ouverture est passé de 118 à 97 en quinze ans. Chaque jour compte davantage, et une panne en "
          "haute saison pèse plus lourd qu'avant. Dans le même temps, le coût des capteurs a fortement baissé, ce qui "
          "rend l'instrumentation envisageable même sur des appareils anciens. Mon analyse de nos fiches de panne "
          "montre que 38 % des heures d'arrêt des deux dernières saisons concernent des organes tournants "
          "surveillables, et que dans 60 % de ces cas, un signe avait été noté dans un carnet au moins dix jours "
          "avant."),
        P("Le deuxième moteur est humain. Les mécaniciens expérimentés partent à la retraite : chez nous, quatre "
          "sur onze dans les cinq prochaines années. Ce sont eux qui « entendent » une poulie qui souffre. La "
          "surveillance continue est souvent présentée comme un moyen de conserver ce savoir, mais les entretiens "
          "montrent qu'elle le transforme plutôt : le technicien ne remplace pas son oreille par une courbe, il "
          "apprend à lire les deux ensemble."),
        P("Le troisième moteur est réglementaire et contractuel. Le contrôle de l'État reste fondé sur des "
          "inspections périodiques, mais l'inspecteur interrogé reconnaît que des données d'état pourraient un jour "
          "justifier d'adapter certaines périodicités. À l'inverse, les constructeurs cherchent à garder la maîtrise "
          "des données de leurs appareils, ce qui crée une dépendance nouvelle pour l'exploitant. Cette tension "
          "sur la propriété de la donnée est, à mon sens, le point le plus structurant de la tendance, et le moins "
          "discuté. L'ensemble confirme ma première hypothèse pour les organes tournants, et donne du poids à la "
          "deuxième."),
        P("Elle reste néanmoins plus lente que ne le disent les constructeurs : dans les Pyrénées, aucun exploitant "
          "de moins de vingt appareils ne s'est encore lancé, et il faudra sans doute attendre qu'un premier ose "
          "pour que les autres suivent."),
        H(2, "4.1 Qui y gagne, et combien", {"impacts-value": "ok"}),
        T([["Impact", "Pour qui", "Valeur estimée par an", "Certitude"],
           ["Pannes longues évitées en haute saison", "Régie, clients", "120 000 à 200 000 €", "Moyenne"],
           ["Révisions d'été mieux ciblées", "Service technique", "25 000 €", "Bonne"],
           ["Savoir des anciens mieux transmis", "Mécaniciens", "Non chiffré", "Bonne"],
           ["Dépendance accrue au constructeur", "Régie", "Risque de surcoût de 15 000 €", "Moyenne"],
           ["Charge de travail d'analyse", "Service technique", "0,3 poste", "Bonne"]]),
        P("La valeur principale vient des pannes évitées pendant les vacances scolaires, ce qui confirme ma "
          "troisième hypothèse. Les économies sur la maintenance elle-même sont modestes. Deux impacts sont "
          "négatifs et doivent être assumés : la dépendance aux plateformes des constructeurs et le temps de travail "
          "nécessaire pour lire les alertes, que personne n'a aujourd'hui dans son emploi du temps. Pour une régie "
          "publique, le bénéfice est aussi d'image : une station qui ferme son télésiège principal à Noël en parle "
          "longtemps dans la presse locale."),
        P("Ces chiffres sont des ordres de grandeur. Ils reposent sur le coût moyen d'une journée d'arrêt d'un "
          "télésiège principal pendant les vacances, que nous estimons à 45 000 euros en recettes perdues, et sur "
          "l'hypothèse prudente qu'une panne longue sur trois aurait pu être évitée."),
        H(1, "Chapitre 5 — Se préparer", {"anticipation-strategy": "ok"}),
        P("Anticiper ce changement ne veut pas dire acheter tout de suite une plateforme complète. Les exploitants "
          "que j'ai visités s'accordent sur un point : ceux qui ont commencé par un projet trop large ont accumulé "
          "des données qu'ils ne savaient pas lire, et les équipes ont perdu confiance. La stratégie que je propose "
          "pour Pyrène Remontées repose donc sur une progression en trois étapes, chacune conditionnée aux "
          "résultats de la précédente."),
        P("La première étape, pour la saison 2027-2028, consiste à instrumenter deux télésièges pilotes, la Coume "
          "et les Isards, les deux appareils qui ont connu les pannes les plus coûteuses. On y poserait des capteurs "
          "de vibration et de température sur les réducteurs et les poulies motrices, reliés par le réseau bas débit "
          "déjà présent. Les mécaniciens continueraient leurs rondes habituelles, et chaque alerte serait comparée "
          "à leurs observations. L'objectif n'est pas encore de prédire, mais d'apprendre à lire les données et de "
          "constituer un historique."),
        P("La deuxième étape, à partir de 2028, étendrait la surveillance aux sept autres télésièges si le pilote "
          "a permis d'anticiper au moins une intervention utile, et introduirait des seuils d'alerte calés sur "
          "l'historique propre de chaque appareil. C'est à ce moment que la révision d'été pourrait commencer à "
          "être ciblée sur les organes signalés plutôt que sur un calendrier fixe."),
        P("La troisième étape, plus lointaine, concerne le jumeau numérique et le dialogue avec le contrôle de "
          "l'État. Elle n'a de sens qu'avec plusieurs années de données fiables. D'ici là, la régie doit préparer "
          "trois conditions. D'abord, la propriété des données : chaque nouveau contrat d'achat ou de grande "
          "inspection devrait prévoir que l'exploitant garde un accès libre et exportable aux mesures. Ensuite, "
          "les compétences : former deux mécaniciens à l'analyse vibratoire et créer un rôle de référent données "
          "au service technique. Enfin, la mutualisation : les petites stations pyrénéennes ont intérêt à partager "
          "un même outil et un même analyste, plutôt que de négocier chacune seule face aux constructeurs."),
        P("Cette stratégie limite le risque financier, puisque le pilote coûte environ 48 000 euros, et elle "
          "laisse le temps aux équipes de s'approprier l'outil. Elle anticipe aussi un changement que je crois "
          "probable : l'arrivée, d'ici cinq ans, d'exigences des assureurs sur la surveillance des appareils les "
          "plus anciens, et peut-être des aides régionales réservées aux stations qui s'équipent de manière "
          "mutualisée."),
        P("Le calendrier tient compte des contraintes propres à la régie : les travaux lourds ne peuvent se faire "
          "qu'entre mai et octobre, les budgets d'investissement sont votés en décembre, et toute dépense au-delà de "
          "40 000 euros passe par une consultation publique. Un pilote lancé en 2027 suppose donc une décision du "
          "conseil d'administration dès le printemps prochain, et un appel d'offres rédigé avec la clause sur les "
          "données."),
        H(2, "5.1 Ce que je conseille à Pyrène Remontées", {"recommendations": "ok"}),
        L(["Lancer le pilote sur la Coume et les Isards dès l'été 2027, avec un budget de 48 000 euros "
           "inscrit au plan d'investissement, et un bilan chiffré en avril 2028.",
           "Écrire dans tous les futurs contrats avec les constructeurs une clause d'accès libre aux données de "
           "mesure, dans un format ouvert, y compris après la fin du contrat.",
           "Former deux mécaniciens volontaires à l'analyse vibratoire de niveau 1 pendant l'intersaison 2027, et "
           "confier à l'un d'eux un rôle de référent données, avec du temps dédié dans son planning.",
           "Proposer aux trois autres régies pyrénéennes de notre taille un groupement de commande pour les "
           "capteurs et un analyste partagé, ce qui diviserait par deux le coût par appareil.",
           "Garder les rondes et les carnets papier pendant toute la durée du pilote : la comparaison entre "
           "l'oreille des mécaniciens et les courbes est le meilleur moyen de construire la confiance.",
           "Présenter le projet au conseil d'administration comme un investissement de continuité de service, "
           "pas comme une innovation d'image."]),
        P("Ces recommandations répondent à la question posée : le passage à la maintenance prédictive est "
          "possible pour un petit exploitant, à condition d'être progressif, partagé et de garder la main sur les "
          "données. Elles ont des limites. Mon estimation des pannes évitées repose sur deux saisons seulement, et "
          "le pilote pourrait montrer que les signes avant-coureurs sont plus rares que prévu. Il faudra aussi "
          "vérifier que le réseau bas débit tient en plein hiver, par grand froid. Ces incertitudes sont une raison "
          "de commencer petit, pas de renoncer."),
        P("Pour chaque recommandation, j'ai indiqué au responsable de maintenance la personne qui pourrait la porter "
          "et le moment de l'année le plus favorable. Le pilote serait suivi par un comité réduit : le responsable "
          "de maintenance, le futur référent données, un mécanicien de chaque télésiège concerné et moi-même jusqu'à "
          "la fin de mon alternance. Ce comité se réunirait une fois par mois pendant la saison pour passer en revue "
          "les alertes et les comparer aux observations des rondes, puis rendrait compte au conseil d'administration "
          "à la fin de l'hiver."),
        H(1, "Chapitre 6 — Rester à jour : ma veille", {"watch-scope": "ok"}),
        P("Le sujet évolue vite : de nouvelles offres de capteurs apparaissent chaque saison, les constructeurs "
          "modifient leurs conditions d'accès aux données, et le contrôle de l'État pourrait faire évoluer ses "
          "règles. J'ai donc organisé une veille qui couvre quatre champs : les technologies de mesure et "
          "d'analyse, les offres des constructeurs et des jeunes entreprises, les retours d'expérience "
          "d'exploitants, et le cadre réglementaire et assurantiel. La veille s'adresse au responsable de "
          "maintenance et à la direction de Pyrène Remontées ; elle doit rester utile après mon départ, ce qui "
          "exclut les outils trop complexes ou payants. Sont hors champ la neige de culture et la billetterie, qui "
          "font l'objet d'autres projets."),
        P("Concrètement, la veille doit répondre à trois questions que se pose la direction avant chaque plan "
          "d'investissement : quelles technologies sont devenues assez fiables pour nos appareils, à quel prix, et à "
          "quelles conditions d'accès aux données ? Elle doit aussi signaler tout changement de règle ou d'exigence "
          "des assureurs qui pourrait rendre la surveillance obligatoire ou plus intéressante. Ces questions servent "
          "de filtre : une information qui n'y répond pas n'est pas conservée."),
        H(2, "6.1 Où je cherche, et pourquoi là", {"source-choice": "ok"}),
        P("J'ai retenu des sources de quatre natures, en privilégiant la fiabilité plutôt que le volume. Les revues "
          "scientifiques de fiabilité et de maintenance industrielle apportent des résultats vérifiés, mais avec "
          "retard ; je n'en suis que les alertes de nouvelles parutions sur deux mots-clés. Les organismes publics, "
          "comme le service technique des remontées mécaniques et son homologue suisse, publient des rapports rares "
          "mais décisifs pour la réglementation : je les surveille tous."),
        P("Les sources professionnelles sont les plus nombreuses : la revue spécialisée du secteur, les salons de "
          "Grenoble et de Bolzano, les lettres des constructeurs. Elles sont rapides mais commerciales, et je les "
          "note systématiquement comme telles. Enfin, les retours d'exploitants, recueillis lors des journées "
          "techniques de l'association des stations pyrénéennes ou par des échanges directs avec les responsables "
          "rencontrés pendant mes entretiens, sont les plus précieux : ce sont les seuls à dire ce qui marche "
          "vraiment en hiver."),
        P("J'ai écarté les réseaux sociaux généralistes, trop bruyants, et les sites d'agrégation d'actualités "
          "industrielles, qui reprennent sans vérifier les communiqués. Chaque source est évaluée sur trois "
          "critères : sa fiabilité, sa pertinence pour une petite station, et sa fréquence. Une source qui ne m'a "
          "rien apporté d'utile en six mois sort de la liste, ce qui est arrivé à deux lettres de fournisseurs "
          "depuis le printemps. Cette sélection reste volontairement courte : une veille que personne n'a le temps "
          "de lire ne sert à rien, et le service technique n'y consacrera pas plus de deux heures par mois."),
        P("Cette méthode a aussi un effet que je n'attendais pas : les mécaniciens m'envoient désormais des articles "
          "qu'ils trouvent eux-mêmes, ce qui élargit la veille sans effort supplémentaire et la rend un peu plus "
          "collective, au-delà du seul service technique."),
        H(2, "6.2 Liste des sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Fréquence"],
           ["Service technique des remontées mécaniques", "Organisme public", "Très forte", "Quelques rapports par an"],
           ["Revue professionnelle du secteur", "Presse spécialisée", "Moyenne", "Mensuelle"],
           ["Alertes de revues de fiabilité industrielle", "Scientifique", "Très forte", "Continue"],
           ["Lettres des deux constructeurs leaders", "Commerciale", "Faible à moyenne", "Trimestrielle"],
           ["Journées techniques des stations pyrénéennes", "Retours d'exploitants", "Forte", "Deux par an"],
           ["Contacts directs (Savoie, Andorre, Valais)", "Retours d'exploitants", "Forte", "À la demande"]]),
        H(2, "6.3 Le cycle", {"watch-cycle": "ok"}),
        T([["Étape", "Qui", "Quand"],
           ["Collecter les alertes et lettres", "Référent données", "En continu"],
           ["Trier et noter chaque information", "Référent données", "Chaque lundi, 30 minutes"],
           ["Partager une synthèse d'une page", "Référent données", "Premier lundi du mois"],
           ["Décider de ce qui change pour la régie", "Responsable de maintenance", "Réunion trimestrielle"]]),
        P("Le cycle est court à dessein. Il suit les quatre temps classiques, mais la décision n'a lieu qu'une fois "
          "par trimestre, pour que la veille serve le plan d'investissement plutôt que de produire des notes que "
          "personne ne lit."),
        P("Chaque étape laisse une trace dans le tableau partagé, ce qui permet de retrouver pourquoi une décision a "
          "été prise. En saison, la synthèse mensuelle peut être sautée si le service est débordé."),
        H(2, "6.4 Mise à jour", {"update-method": "thin"}),
        P("La liste des sources est revue deux fois par an, avant et après la saison. Les notes de fiabilité sont "
          "corrigées si une information s'est révélée fausse, et une source sans apport en six mois est retirée."),
        H(2, "6.5 Mon tableau de bord", {"watch-tools": "ok"}),
        P("Les outils sont gratuits et déjà utilisés par la régie : un lecteur de flux pour les sites et revues, "
          "des alertes de recherche par courriel, et un tableau partagé dans lequel chaque information reçoit une "
          "note, un champ et une date. Une page de synthèse reprend les signaux les plus forts du mois et les "
          "décisions en attente. Elle est affichée dans le bureau du service technique, à côté du planning des "
          "révisions."),
        P("Le tableau de bord compte trois indicateurs simples : le nombre d'informations notées dans le mois, la "
          "part venant de sources fiables, et le nombre de décisions en attente."),
        Img(["Flux et alertes", "Tableau noté", "Synthèse du mois", "Décision trimestrielle"],
            caption="Figure 1 — Le chemin d'une information, de l'alerte à la décision"),
        H(2, "6.6 Radar", {"technology-radar": "ok"}),
        P("Le radar classe les technologies suivies en quatre cercles : à adopter, à tester, à surveiller, à "
          "écarter pour l'instant. Les capteurs vibratoires sans fil sont à adopter ; le réseau bas débit en "
          "montagne et la détection d'anomalies par apprentissage sont à tester dans le pilote ; la surveillance "
          "magnétique des câbles et le jumeau numérique sont à surveiller ; les drones d'inspection des pylônes "
          "sont écartés, trop contraints par la météo et la réglementation. Je le mets à jour chaque trimestre "
          "avec le responsable de maintenance."),
        P("Chaque déplacement d'une technologie d'un cercle à l'autre doit s'appuyer sur au moins deux informations "
          "fiables notées dans le tableau de veille."),
        Img(["Adopter : capteurs vibratoires", "Tester : LoRa, anomalies", "Surveiller : câbles, jumeau",
             "Écarter : drones"], caption="Figure 2 — Radar des technologies, novembre 2026"),
        H(1, "Chapitre 7 — Les remontées en 2035", {"prospective-vision": "ok"}),
        P("Que deviendra la maintenance des remontées mécaniques dans une petite station d'ici 2035 ? Je propose une "
          "vision fondée sur les signaux relevés par la veille, plutôt qu'un pari. Trois faits me semblent solides. "
          "Le coût des capteurs continue de baisser, et les constructeurs les intègrent déjà à tous leurs appareils "
          "neufs. Les saisons raccourcissent, ce qui rend chaque jour d'ouverture plus précieux. Et les mécaniciens "
          "expérimentés partent, sans être remplacés à l'identique."),
        P("À partir de ces faits, le scénario le plus probable est celui d'une maintenance hybride. En 2035, la "
          "plupart des télésièges pyrénéens seront instrumentés sur leurs organes critiques, mais les stations les "
          "plus petites auront mutualisé l'analyse, soit par un groupement public, soit en l'achetant au "
          "constructeur. La question de la propriété des données sera tranchée, probablement par les contrats "
          "publics plus que par la loi. Le contrôle de l'État aura commencé à tenir compte des données d'état pour "
          "certains organes, sans renoncer aux inspections visuelles."),
        P("Un scénario moins favorable existe : celui où seuls les grands domaines s'équipent, où les constructeurs "
          "gardent la donnée, et où les petites stations, faute de moyens, subissent des pannes plus longues que "
          "leurs concurrentes. Pour une régie comme Pyrène Remontées, cela signifierait perdre des clients au profit "
          "de l'Andorre. Enfin, il faut garder en tête que certaines stations de basse altitude pourraient fermer "
          "avant 2035 pour des raisons d'enneigement : la maintenance prédictive n'a de sens que pour des appareils "
          "qui ont un avenir. C'est pourquoi je recommande de commencer par les deux télésièges les plus hauts, dont "
          "l'exploitation est assurée au moins jusqu'en 2040 selon le schéma de la régie. Les signaux à suivre pour "
          "savoir quel scénario se réalise sont clairs : les clauses de données dans les appels d'offres, les "
          "premières décisions du contrôle de l'État et le prix des offres d'analyse partagée."),
        P("Ma vision est donc prudente mais engagée : les petites stations ne peuvent pas ignorer cette évolution, "
          "et elles ont intérêt à s'y préparer ensemble, avant que les conditions soient fixées par d'autres."),
        H(1, "Conclusion", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une question simple : une petite station peut-elle passer à la maintenance "
          "prédictive de ses remontées mécaniques, et qu'y gagne-t-elle ? La réponse est oui, sous conditions. La "
          "technologie est prête pour les organes tournants, qui représentent une part importante de nos heures "
          "d'arrêt. Le gain principal est la continuité du service en haute saison, bien plus que l'économie sur la "
          "maintenance. Les vrais obstacles sont l'accès aux données, les compétences et la taille : aucune de nos "
          "stations ne peut porter seule un analyste."),
        P("Mes trois hypothèses sont donc largement confirmées, la deuxième plus nettement que je ne l'imaginais "
          "au départ. La démarche progressive que je propose, un pilote sur deux télésièges puis une extension "
          "conditionnée aux résultats, permet de tester ces conclusions à faible coût. La veille mise en place "
          "permettra de les réviser si le contexte change. Il reste des questions que ce travail ne tranche pas : "
          "la position des assureurs, l'évolution du contrôle de l'État et la capacité des régies pyrénéennes à "
          "coopérer réellement. Elles pourraient faire l'objet d'un travail futur, idéalement mené à plusieurs "
          "stations."),
        P("Au terme de ce travail, je retiens aussi une leçon de méthode : les promesses des fournisseurs et la "
          "réalité des ateliers ne se rencontrent qu'à condition de poser des chiffres sur la table. C'est ce que "
          "j'ai essayé de faire pour Pyrène Remontées."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Référence", "Type", "Apport"],
           ["Mobley R. K., An Introduction to Predictive Maintenance, 2e éd., 2002", "Ouvrage",
            "Bases de la maintenance conditionnelle"],
           ["Norme NF EN 13306, Terminologie de la maintenance, 2018", "Norme", "Définitions"],
           ["Thèse sur la surveillance magnétique des câbles, Université de Graz, 2021", "Thèse",
            "État de l'art sur les câbles"],
           ["Rapport sur l'instrumentation des poulies, service technique des remontées mécaniques, 2023",
            "Rapport public", "Retour d'expérience français"],
           ["Domaines skiables de France, Indicateurs et analyses, 2025", "Rapport professionnel",
            "Durée des saisons"]]),
        H(1, "Annexes", {"appendices": "ok"}),
        P("Annexe 1 : liste des douze entretiens, avec la fonction et la date. Annexe 2 : grille de saisie des "
          "fiches de panne. Annexe 3 : devis du pilote reçu en octobre 2026."),
    ],
    missing=["search-queries"],
)
