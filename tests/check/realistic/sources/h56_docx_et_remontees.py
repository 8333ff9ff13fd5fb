from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the maintenance manager of a mid-mountain ski lift operator in the Alpes-de-Haute-Provence
    writes on predictive maintenance with vibration sensors. The author's own chapter headings, shortened and
    question headings; the state of the art is split over two headings; no keyword and query table (missing); the
    radar heading has nothing under it (empty); the update method is under its minimum (thin); an appendix of the
    author's own (interview list).""",
    title="Écouter les pylônes : la maintenance prédictive des remontées mécaniques en moyenne montagne",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Élodie Garnier, responsable maintenance, Régie des Remontées du Val d'Allos", "Décembre 2026"],
    missing=["search-queries"],
    blocks=[
        B("RÉSUMÉ", {"abstract": "ok"}),
        P("La Régie des Remontées du Val d'Allos exploite 21 appareils, dont deux télésièges débrayables et un "
          "télécabine, dans une station de moyenne montagne dont la saison se raccourcit. Chaque panne en pleine "
          "saison coûte entre 8 000 et 40 000 euros de forfaits remboursés, de clients perdus et d'heures "
          "supplémentaires. La maintenance reste aujourd'hui réglementaire et calendaire : on démonte, on mesure, on "
          "remplace selon des intervalles fixés par le constructeur et par le service technique de l'État. Des "
          "capteurs de vibration et de température, reliés à des modèles d'apprentissage, promettent de prévoir "
          "les défaillances des roulements, des réducteurs et des galets plusieurs semaines à l'avance. Ce mémoire "
          "examine si cette promesse est tenable pour un petit exploitant public, avec une équipe de neuf "
          "techniciens et un budget d'investissement contraint. À partir d'une revue de la littérature, de "
          "quatorze entretiens et d'un essai de deux saisons sur le télésiège de la Chaumie, je montre que la "
          "détection précoce fonctionne sur les réducteurs et les poulies motrices, beaucoup moins sur les galets "
          "de ligne, et que la valeur tient autant à l'organisation du travail qu'à l'algorithme. Je propose une "
          "feuille de route en trois temps et une veille pour suivre un domaine qui change vite."),
        P("Mots-clés : maintenance prédictive, remontées mécaniques, capteurs vibratoires, apprentissage automatique, "
          "moyenne montagne, régie publique, internet des objets industriel."),

        H(1, "Chapitre 1 — Point de départ", {"introduction": "ok"}),
        P("Le 17 février 2024, en pleine semaine de vacances de la zone parisienne, le réducteur du télésiège de la "
          "Chaumie a cédé à 10 h 40. Deux cent douze skieurs ont été évacués par cordes, l'appareil est resté "
          "fermé onze jours et la station a perdu l'accès à son meilleur secteur ensoleillé. L'expertise a montré "
          "qu'un roulement du réducteur se dégradait depuis plusieurs semaines : un technicien avait signalé un "
          "bruit inhabituel début février, mais rien dans nos procédures ne permettait d'en faire une priorité. "
          "Cet accident, sans blessé mais très coûteux, est l'origine directe de ce travail."),
        P("Je suis responsable de la maintenance de la régie depuis 2021, après dix ans chez un constructeur de "
          "remontées mécaniques. Mon service compte neuf techniciens permanents et quatre saisonniers. Nous "
          "consacrons l'intersaison aux grandes inspections imposées par le règlement, et l'hiver à la "
          "surveillance quotidienne et aux dépannages. Notre logiciel de gestion de maintenance enregistre les "
          "interventions, mais il ne reçoit aucune mesure des appareils : tout ce que nous savons de leur état "
          "vient des rondes et de l'oreille des techniciens."),
        P("Dans le même temps, les grands domaines des Alpes du Nord ont commencé à équiper leurs appareils de "
          "capteurs connectés. Les constructeurs proposent désormais des offres de surveillance à distance, et des "
          "start-up grenobloises vendent des boîtiers qui analysent les vibrations des moteurs. Les chiffres "
          "annoncés sont séduisants : jusqu'à 40 % de pannes imprévues en moins, des interventions planifiées "
          "plutôt que subies. Mais ces résultats viennent de stations qui exploitent cent appareils, avec des "
          "équipes de données et des budgets sans rapport avec les nôtres."),
        P("Notre station est aussi dans une situation particulière. L'enneigement devient irrégulier, la saison "
          "a perdu en moyenne douze jours depuis 2000, et le conseil d'administration demande que chaque euro "
          "investi se justifie. Toute panne pendant les quelques semaines de forte fréquentation pèse lourd dans "
          "un chiffre d'affaires déjà fragile. Inversement, acheter une technologie qui ne serait pas utilisée, "
          "faute de temps ou de compétences pour lire ses alertes, serait un gâchis que la régie ne peut pas se "
          "permettre."),
        P("Ce mémoire se place donc entre la promesse technologique et la réalité d'un petit exploitant. Il "
          "présente d'abord l'état des connaissances et des pratiques, puis la méthode suivie, l'analyse de la "
          "tendance et de ses effets, avant de proposer une stratégie, des recommandations et un dispositif de "
          "veille pour les années qui viennent."),
        H(2, "1.1 Quelle question ?", {"research-question": "ok"}),
        P("La question qui guide ce travail est la suivante : dans quelles conditions la maintenance prédictive "
          "par capteurs peut-elle réduire les arrêts imprévus d'un exploitant de remontées mécaniques de moyenne "
          "montagne, sans dépasser ses moyens humains et financiers ? Trois hypothèses l'accompagnent. La première : "
          "les organes tournants lourds, réducteurs et poulies motrices, se prêtent bien à la détection précoce. "
          "La deuxième : le gain dépend surtout de la capacité de l'équipe à traiter les alertes. La troisième : "
          "une mutualisation entre stations voisines rend l'investissement supportable."),
        P("Ces hypothèses seront confrontées aux résultats de l'essai et aux témoignages recueillis, puis reprises une à une en conclusion."),

        H(1, "Chapitre 2 — Pourquoi ce sujet ?", {"subject-choice": "ok"}),
        P("J'ai choisi ce sujet d'abord parce qu'il répond à un besoin concret et immédiat de mon entreprise. "
          "Après la panne de 2024, le conseil d'administration m'a demandé un avis argumenté sur les offres de "
          "surveillance connectée que les constructeurs nous présentent à chaque salon. Je n'avais alors que des "
          "plaquettes commerciales et quelques conversations avec des collègues. Le mémoire me donne le temps et "
          "la méthode pour fonder cet avis."),
        P("Le sujet est aussi nouveau pour notre secteur, et plus encore pour les stations de notre taille. La "
          "maintenance prédictive est ancienne dans l'aéronautique, l'énergie ou la papeterie, où l'analyse "
          "vibratoire existe depuis les années 1980. Dans les remontées mécaniques, elle se limitait jusqu'ici à "
          "des campagnes de mesure ponctuelles, faites une fois par an par un prestataire. Ce qui change, c'est "
          "le prix des capteurs sans fil, la couverture des réseaux bas débit en montagne et la disponibilité de "
          "modèles d'apprentissage qui apprennent le comportement normal d'une machine sans qu'on ait besoin de "
          "milliers d'exemples de pannes. Selon Domaines skiables de France, moins d'une station sur dix avait "
          "un appareil équipé en continu en 2025, et aucune dans les Alpes du Sud."),
        P("Enfin, le sujet touche plusieurs dimensions du métier que je vise. Il est technique, puisqu'il faut "
          "comprendre ce que mesure un accéléromètre et ce que vaut une alerte. Il est organisationnel, parce qu'une "
          "alerte ne sert à rien si personne ne la lit ou si le planning ne permet pas d'intervenir. Il est "
          "économique, enfin, car il faut comparer un coût certain, celui des capteurs et de l'abonnement, à un "
          "gain probable, celui des pannes évitées. Traiter ces trois dimensions ensemble correspond à ce qu'on "
          "attend d'un manageur de l'innovation numérique, qui doit relier un choix technique à une stratégie."),
        P("J'ajoute une raison plus personnelle : les techniciens de mon équipe sont inquiets. Certains craignent "
          "que les capteurs remplacent leur savoir-faire, d'autres qu'ils ajoutent une couche de surveillance sur "
          "leur travail. Étudier sérieusement le sujet, avec eux, est aussi une façon de répondre à cette "
          "inquiétude par des faits plutôt que par des promesses."),

        H(1, "Chapitre 3 — Ce que l'on sait déjà", {}),
        H(2, "3.1 Ce que dit la recherche", {"state-of-the-art": "ok"}),
        P("La littérature distingue trois façons d'entretenir une machine. La maintenance corrective répare après "
          "la panne. La maintenance préventive systématique remplace les pièces à intervalles fixes, quel que soit "
          "leur état. La maintenance conditionnelle, puis prédictive, mesure l'état réel de la pièce et intervient "
          "quand la mesure l'exige, voire estime le temps restant avant la défaillance. Les travaux de Jardine et "
          "de ses collègues, souvent cités, montrent que l'approche conditionnelle réduit les coûts quand les "
          "pannes sont coûteuses et que leur apparition se signale par des symptômes mesurables."),
        P("Pour les organes tournants, le symptôme le plus étudié est la vibration. Un roulement qui s'use produit "
          "des fréquences caractéristiques, calculables à partir de sa géométrie, bien avant que la chaleur ou le "
          "bruit ne deviennent perceptibles. Les publications récentes s'intéressent moins à ces calculs, connus, "
          "qu'à l'apprentissage automatique : des modèles apprennent la signature normale d'une machine et signalent "
          "les écarts. Ces méthodes dites de détection d'anomalies ont un avantage décisif pour nous, car elles "
          "ne demandent pas un historique de pannes que nous n'avons pas."),
        P("Les limites sont aussi bien documentées. Les machines qui changent souvent de régime, comme une "
          "remontée qui accélère, ralentit et s'arrête au gré de l'affluence, produisent des signaux difficiles à "
          "comparer. Les fausses alertes sont le principal reproche fait à ces systèmes dans les enquêtes auprès "
          "des équipes de maintenance : au-delà de quelques alertes injustifiées par semaine, les techniciens "
          "cessent de les regarder."),
        H(2, "3.2 Et sur le terrain ?", {"state-of-the-art": "ok"}),
        P("Sur le terrain, trois familles d'offres existent. Les constructeurs de remontées proposent des modules "
          "de surveillance intégrés à leurs nouveaux appareils, plus rarement adaptables aux anciens. Des "
          "spécialistes de l'industrie vendent des capteurs sans fil et une plateforme d'analyse généraliste. "
          "Enfin, quelques jeunes entreprises alpines développent des solutions propres aux remontées, avec des "
          "modèles entraînés sur des dizaines d'appareils."),
        P("J'ai pu échanger avec quatre stations équipées. La plus avancée, en Savoie, surveille 38 appareils "
          "depuis 2022 et annonce une baisse d'un tiers des arrêts imprévus sur les réducteurs. Une station de "
          "l'Isère a au contraire débranché ses capteurs après une saison, noyée sous les alertes pendant les "
          "périodes de vent. Ces expériences confirment la littérature : le résultat dépend moins du capteur que "
          "du réglage des seuils et de l'organisation autour des alertes."),
        P("Elles montrent aussi un écart entre grands et petits domaines. Les premiers disposent d'un ingénieur dédié qui règle les seuils, compare les appareils entre eux et dialogue avec le fournisseur. Les seconds reçoivent les alertes sur le téléphone d'un chef d'équipe déjà très occupé. Aucune des publications que j'ai lues ne traite de cette question d'échelle, qui est pourtant décisive pour une régie comme la nôtre, et c'est elle que ce mémoire tente d'éclairer."),

        H(1, "Chapitre 4 — Méthode", {"methodology": "ok"}),
        P("J'ai combiné trois approches. D'abord une revue documentaire : une trentaine d'articles scientifiques "
          "et techniques, les rapports du service technique des remontées mécaniques et les documentations de six "
          "fournisseurs. Ensuite quatorze entretiens semi-directifs d'environ une heure, menés entre janvier et "
          "juin 2025, avec des responsables de maintenance de six stations, deux constructeurs, deux fournisseurs "
          "de capteurs, un expert du service technique de l'État et trois techniciens de mon équipe. La liste "
          "figure en annexe."),
        P("Enfin, et surtout, un essai sur le télésiège de la Chaumie pendant les saisons 2024-2025 et 2025-2026. "
          "Un fournisseur nous a prêté douze capteurs triaxiaux posés sur le réducteur, la poulie motrice, la "
          "poulie retour et deux pylônes. Les données remontaient par un réseau bas débit vers sa plateforme, qui "
          "produisait des alertes. Pendant tout l'essai, nous avons continué la maintenance habituelle, ce qui "
          "m'a permis de comparer chaque alerte à ce que les techniciens constataient réellement."),
        P("J'ai tenu un journal de toutes les alertes, classées en vraies, fausses et douteuses, et noté le temps "
          "passé par l'équipe à les traiter. Cette méthode a ses limites : un seul appareil, deux saisons, un seul "
          "fournisseur. Je les discute dans l'analyse, et je ne généralise qu'avec prudence. Les entretiens ont été "
          "retranscrits et codés par thèmes, en distinguant ce qui relève de la technique, de l'organisation et de "
          "l'économie, de façon à croiser ces témoignages avec les chiffres de l'essai."),
        P("Pour les questions économiques, j'ai repris les comptes d'exploitation des cinq dernières saisons et le coût de chaque panne longue, en distinguant les forfaits remboursés, les heures supplémentaires et les pièces. Ces chiffres, validés par la direction financière, servent de base aux estimations du chapitre 6."),

        H(1, "Chapitre 5 — La tendance vue de près", {"trend-analysis": "ok"}),
        P("La maintenance prédictive des remontées mécaniques n'est plus une expérimentation marginale. Trois "
          "forces la poussent. La première est le coût des capteurs, divisé par cinq en dix ans : un capteur "
          "vibratoire sans fil, autonome trois ans sur pile, coûte aujourd'hui entre 300 et 600 euros. La "
          "deuxième est la couverture radio : les réseaux bas débit couvrent désormais la plupart des domaines "
          "skiables, y compris au sommet des pylônes où la fibre n'arrivera jamais. La troisième est la pression "
          "économique : des saisons plus courtes rendent chaque journée d'ouverture plus précieuse, et chaque "
          "panne plus chère."),
        P("Les résultats de notre essai précisent ce que la tendance peut apporter. Sur deux saisons, la plateforme "
          "a produit 61 alertes. Dix-neuf correspondaient à un défaut réel constaté ensuite, dont deux importants : "
          "un début d'écaillage sur un roulement du réducteur, détecté cinq semaines avant qu'un technicien ne "
          "l'entende, et un désalignement de la poulie motrice après un orage. Trente-quatre étaient des fausses "
          "alertes, presque toutes liées au vent ou aux changements brusques de vitesse. Huit sont restées "
          "douteuses. Sur les galets de ligne, aucun défaut n'a été détecté plus tôt que par les rondes."),
        P("La tendance a donc deux visages. Pour les organes lourds et situés en gare, elle tient ses promesses : "
          "la mesure est stable, les défauts évoluent lentement, et une alerte laisse le temps de planifier. Pour "
          "les équipements de ligne, exposés au vent, nombreux et peu coûteux pièce par pièce, le rapport entre le "
          "signal et le bruit reste mauvais. Les fournisseurs que j'ai interrogés le reconnaissent en privé, même "
          "si leurs brochures montrent des pylônes couverts de capteurs."),
        P("Une autre évolution se dessine : la mutualisation. Plusieurs stations des Alpes du Sud discutent d'un "
          "groupement d'achat et d'une cellule partagée d'analyse, où un technicien formé lirait les alertes de "
          "plusieurs domaines. Ce modèle répond à la principale objection des petites stations, qui n'ont ni le "
          "volume ni les compétences pour une équipe de données. Il pose toutefois des questions de propriété des "
          "données et de priorité entre stations lorsque plusieurs alertes tombent en même temps."),
        P("Enfin, la réglementation pourrait accélérer le mouvement. Le service technique de l'État étudie la "
          "possibilité d'allonger certains intervalles d'inspection pour les appareils surveillés en continu. Si "
          "cette évolution se confirme, la surveillance deviendrait aussi un moyen de réduire les coûts de la "
          "maintenance réglementaire, et pas seulement les pannes. Rien n'est décidé, mais l'expert que j'ai "
          "interrogé évoque un texte à l'horizon 2028."),
        P("Ces forces ne jouent pas toutes dans le même sens ni au même rythme, et c'est leur combinaison, plus que l'une d'elles, qui rend la question pressante pour une station comme la nôtre."),
        P("Elles concernent toutes les stations, mais pèsent plus lourd sur les petites, qui ont moins de marge pour absorber une panne."),

        H(1, "Chapitre 6 — Qu'est-ce que cela rapporte ?", {"impacts-value": "ok"}),
        P("Le tableau suivant résume les effets mesurés ou estimés pour la régie, à partir de l'essai et des "
          "chiffres de nos pannes des cinq dernières saisons."),
        T([["Effet", "Pour qui", "Estimation annuelle", "Base"],
           ["Pannes évitées sur réducteurs et poulies motrices", "exploitation, clients",
            "1 à 2 arrêts longs évités, 25 000 à 60 000 euros", "historique 2019-2024, essai Chaumie"],
           ["Interventions planifiées en intersaison au lieu de l'hiver", "équipe maintenance",
            "environ 120 heures supplémentaires en moins", "relevés d'heures 2023-2025"],
           ["Temps passé à traiter les alertes", "équipe maintenance",
            "3 à 4 heures par semaine en saison", "journal des alertes"],
           ["Coût des capteurs et de l'abonnement", "régie",
            "14 000 euros par an pour cinq appareils", "devis de deux fournisseurs"],
           ["Confiance des skieurs et des élus", "station, commune", "non chiffrée, évacuations moins probables",
            "entretiens"]]),
        P("Le bilan est nettement positif si la surveillance se limite aux organes lourds des cinq appareils "
          "principaux ; il devient incertain au-delà."),
        P("Ces montants restent des ordres de grandeur : une seule saison sans panne suffirait à les faire paraître excessifs, une seule panne longue à les justifier."),

        H(1, "Chapitre 7 — Préparer le changement", {"anticipation-strategy": "ok"}),
        P("Anticiper ce changement, pour la régie, c'est d'abord décider où l'on place les capteurs et qui lit "
          "les alertes. L'essai montre que la technologie seule ne suffit pas : pendant la première saison, "
          "faute de règle claire, certaines alertes sont restées trois jours sans réponse. Je propose donc une "
          "stratégie en trois temps, alignée sur le calendrier des saisons."),
        P("Le premier temps, en 2027, consiste à équiper durablement les cinq appareils qui font l'essentiel du "
          "chiffre d'affaires : les deux télésièges débrayables, le télécabine et deux téléskis de liaison. Seuls "
          "les réducteurs, les poulies motrices et les moteurs sont surveillés. En parallèle, nous écrivons une "
          "procédure de traitement des alertes : un référent par jour, un délai de réponse de quatre heures en "
          "saison, et une décision tracée dans le logiciel de maintenance, même quand l'alerte est jugée fausse."),
        P("Le deuxième temps, en 2028, vise la mutualisation. Avec les stations de Pra-Loup et de la Foux, nous "
          "pouvons partager un abonnement, un stock de capteurs de remplacement et surtout une compétence : un "
          "technicien formé à l'analyse vibratoire, employé par l'une des régies et mis à disposition des autres. "
          "Les premiers échanges avec mes homologues sont encourageants, mais la question de la gouvernance des "
          "données doit être réglée avant toute signature : chaque station reste propriétaire de ses mesures, et "
          "le prestataire ne peut pas les revendre."),
        P("Le troisième temps, à partir de 2029, dépend de l'évolution réglementaire et des progrès des modèles. "
          "Si les intervalles d'inspection peuvent être allongés pour les appareils surveillés, nous réviserons "
          "le plan de maintenance de l'intersaison. Si les modèles deviennent fiables sur les équipements de ligne, "
          "nous étendrons la surveillance aux pylônes les plus exposés. Dans le cas contraire, nous resterons sur "
          "les organes lourds, ce qui suffit à justifier l'investissement."),
        P("Le changement concerne aussi les personnes. Les techniciens doivent voir les capteurs comme un outil "
          "qui confirme leur expertise et non comme un contrôle. Pendant l'essai, l'adhésion a nettement progressé "
          "quand un technicien a pu montrer que son intuition sur le réducteur était confirmée par les courbes. Je "
          "prévois donc une formation de deux jours pour toute l'équipe, la désignation de deux référents "
          "volontaires, et un retour d'expérience en fin de saison où l'équipe décide elle-même des seuils à "
          "ajuster. Le budget de l'ensemble, sur trois ans, est estimé à 68 000 euros, dont la moitié pourrait "
          "être financée par le plan régional d'aide aux stations de moyenne montagne."),
        P("Je propose enfin un point d'étape au conseil d'administration à la fin de chaque saison, avec trois chiffres : alertes reçues, alertes confirmées, arrêts évités."),
        P("Ces trois chiffres, simples à comprendre pour des élus, permettront de décider en connaissance de cause de la suite du programme."),

        H(1, "Chapitre 8 — Ce que je recommande", {"recommendations": "ok"}),
        P("Ma première recommandation est de ne pas équiper toute la station. Les capteurs doivent aller là où "
          "l'essai a montré leur valeur, sur les réducteurs, les poulies motrices et les moteurs des cinq appareils "
          "principaux. Équiper les galets de ligne aujourd'hui reviendrait à acheter des fausses alertes."),
        P("Ma deuxième recommandation est d'écrire la procédure avant d'installer le moindre capteur. Qui reçoit "
          "l'alerte, en combien de temps elle doit être traitée, qui décide d'arrêter un appareil, comment la "
          "décision est tracée : ces réponses conditionnent la réussite bien plus que le choix du fournisseur."),
        P("Ma troisième recommandation est de choisir un fournisseur qui accepte trois conditions : l'accès aux "
          "données brutes, un réglage des seuils fait avec nos techniciens, et un engagement sur le taux de "
          "fausses alertes, par exemple pas plus de deux par appareil et par mois après la première saison. Deux "
          "des quatre fournisseurs consultés les acceptent."),
        P("Ma quatrième recommandation est de porter auprès des stations voisines le projet de cellule partagée. "
          "Aucune de nous n'a les moyens d'un spécialiste à temps plein ; ensemble, nous les avons. La communauté "
          "de communes s'est dite prête à porter la convention."),
        P("Pour la suite, plusieurs questions restent ouvertes et mériteraient un travail à part entière : la "
          "valeur des données de surveillance pour négocier les contrats d'assurance, l'intérêt de coupler "
          "vibrations et images de caméras thermiques, et la place de ces outils dans la formation des jeunes "
          "techniciens. Je souhaite aussi que l'essai continue une troisième saison, avec un second fournisseur, "
          "pour vérifier que nos résultats ne tiennent pas à une seule plateforme. Ces perspectives nourriront la "
          "veille décrite dans le chapitre suivant."),
        P("Une cinquième recommandation, plus modeste, concerne nos propres données. Depuis vingt ans, les relevés "
          "des grandes inspections dorment dans des classeurs papier. Les numériser, au moins pour les cinq appareils "
          "principaux, donnerait aux modèles un historique précieux et à l'équipe une mémoire qui ne part pas avec "
          "les départs en retraite. Deux saisonniers pourraient s'en charger au printemps, pour un coût limité."),

        H(1, "Chapitre 9 — Garder l'œil ouvert : ma veille", {"watch-scope": "ok"}),
        P("La maintenance prédictive évolue vite : capteurs, réseaux, modèles, réglementation et offres "
          "commerciales changent d'une saison à l'autre. J'ai donc organisé une veille qui couvre quatre "
          "domaines : les technologies de mesure et d'analyse, les retours d'expérience des autres stations, la "
          "réglementation des remontées mécaniques, et le marché des fournisseurs, avec leurs prix et leurs "
          "rachats. Cette veille s'adresse à moi-même, au directeur de la régie et aux deux référents techniques. "
          "Elle doit nous permettre de décider, chaque automne, s'il faut étendre, ajuster ou arrêter la "
          "surveillance, et de préparer le passage à la cellule partagée avec les stations voisines. Je laisse "
          "volontairement de côté les remontées urbaines et les téléphériques de très grande capacité."),
        P("Concrètement, la veille doit répondre chaque année à quatre questions simples : quels nouveaux capteurs ou modèles fonctionnent sur des appareils comme les nôtres, qu'ont appris les stations équipées, quelle règle change, et quels fournisseurs sont solides. Si une réponse change notre plan, elle remonte au directeur."),
        P("Le reste relève de la simple curiosité et n'entre pas dans la veille."),
        B("Où je cherche, et pourquoi", {"source-choice": "ok"}),
        P("J'ai choisi mes sources selon trois critères : leur fiabilité, leur proximité avec notre situation et "
          "leur rythme de publication. Les revues scientifiques sur la maintenance et le traitement du signal "
          "sont fiables mais lentes et éloignées du terrain ; je les consulte pour comprendre les méthodes, pas "
          "pour suivre le marché. Les publications du service technique des remontées mécaniques et de Domaines "
          "skiables de France sont rares mais décisives, car elles annoncent les évolutions réglementaires."),
        P("Les retours d'expérience des autres stations sont la source la plus utile, et la plus difficile à "
          "obtenir : ils circulent dans les rencontres professionnelles, les groupes d'échange entre responsables "
          "de maintenance et les visites de sites. Je les complète par les salons professionnels, notamment le "
          "salon de Grenoble tous les deux ans, où les fournisseurs présentent leurs nouveautés, en gardant à "
          "l'esprit qu'il s'agit de discours commerciaux."),
        P("J'ai écarté les réseaux sociaux généralistes, trop bruyants, et les cabinets d'études qui vendent "
          "leurs rapports à des prix hors de portée d'une régie. J'ai en revanche gardé la presse spécialisée de "
          "la montagne, qui relaie vite les annonces des constructeurs et des stations, et les lettres "
          "d'information de deux laboratoires universitaires qui travaillent sur la surveillance des machines "
          "tournantes. Au total, une quinzaine de sources suffit à couvrir le sujet sans y passer plus de deux "
          "heures par semaine."),
        P("Je vérifie chaque information importante par une deuxième source avant de la diffuser, et je note pour chaque source si elle a un intérêt commercial dans ce qu'elle publie. Un fournisseur qui annonce un taux de détection record n'a pas le même poids qu'une station qui raconte son échec."),
        P("Cette règle m'a déjà évité de relayer deux annonces qui se sont révélées exagérées."),
        H(2, "9.2 Liste des sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Rythme"],
           ["Service technique des remontées mécaniques", "institution", "très forte", "quelques notes par an"],
           ["Domaines skiables de France, rapports annuels", "fédération", "forte", "annuel"],
           ["Revue Mechanical Systems and Signal Processing", "revue scientifique", "très forte", "mensuel"],
           ["Montagne Leaders", "presse spécialisée", "moyenne", "bimestriel"],
           ["Groupe d'échange des responsables maintenance Alpes du Sud", "réseau professionnel", "forte",
            "réunion trimestrielle"],
           ["Sites et webinaires de quatre fournisseurs", "commercial", "à vérifier", "variable"]]),
        H(2, "9.3 Le cycle", {"watch-cycle": "ok"}),
        T([["Étape", "Ce que je fais", "Quand"],
           ["Collecte", "alertes de mots sur les sources et lecture des lettres d'information", "chaque semaine"],
           ["Tri", "je garde ce qui concerne nos appareils, nos moyens ou la réglementation", "chaque semaine"],
           ["Analyse", "fiche d'une page par sujet retenu, avec ce que cela change pour la régie", "chaque mois"],
           ["Diffusion", "point de dix minutes en réunion d'équipe, note au directeur", "chaque mois"],
           ["Décision", "revue annuelle : étendre, ajuster ou arrêter la surveillance", "chaque automne"]]),
        P("Le cycle reste léger pour tenir dans une saison d'hiver chargée : en février, je me limite à la collecte et au tri, "
          "et je rattrape l'analyse en avril, quand les appareils sont arrêtés et que l'équipe a du temps pour en discuter."),
        H(2, "9.4 Mise à jour", {"update-method": "thin"}),
        P("Je mets à jour la liste des sources deux fois par an, en avril et en octobre, en retirant celles qui "
          "n'ont rien apporté depuis six mois. Les fiches sont datées et rangées dans un dossier partagé avec les "
          "référents."),
        H(2, "9.5 Les outils", {"watch-tools": "ok"}),
        P("J'utilise un agrégateur de flux gratuit pour les sites et revues, des alertes sur deux moteurs de "
          "recherche, et un tableau partagé où chaque fiche de veille reçoit une date, un thème, une note "
          "d'importance et une suite à donner. Un petit tableau de bord, mis à jour chaque mois, compte les "
          "fiches par thème et met en évidence les sujets qui demandent une décision. Les référents y ajoutent "
          "leurs propres observations après chaque visite d'une autre station ou chaque salon."),
        P("Tous ces outils sont gratuits ou déjà payés par la régie, ce qui évite un budget de plus."),
        Img(["Flux et alertes", "Tri hebdo", "Fiches datées", "Tableau de bord", "Revue d'automne"],
            "Le circuit de ma veille, de la collecte à la décision"),
        H(2, "9.6 Radar", {"technology-radar": "empty"}),

        H(1, "Chapitre 10 — Et dans dix ans ?", {"prospective-vision": "ok"}),
        P("Imaginons la station en 2036. Si le climat suit les projections de Météo-France pour les Alpes du Sud, "
          "le domaine aura perdu ses deux téléskis les plus bas et concentrera son activité sur les secteurs "
          "au-dessus de 1 900 mètres, avec une saison plus courte et des étés plus actifs. Les remontées "
          "tourneront davantage en été pour les vététistes et les randonneurs, ce qui changera le calendrier de "
          "maintenance : l'intersaison, qui concentre aujourd'hui les grandes inspections, se réduira à quelques "
          "semaines au printemps et à l'automne."),
        P("Dans ce scénario, la surveillance continue devient presque indispensable. Sans longues fermetures pour "
          "démonter et mesurer, il faudra savoir à tout moment dans quel état sont les organes critiques, et "
          "intervenir de façon ciblée pendant de courtes fenêtres. Les capteurs d'aujourd'hui seront sans doute "
          "intégrés d'origine dans les appareils neufs, et les modèles d'analyse partagés entre des dizaines de "
          "stations, ce qui réduira fortement les fausses alertes qui nous gênent encore."),
        P("Un second scénario, moins favorable, verrait la régie reprise par un grand opérateur privé ou fusionnée "
          "avec les stations voisines. La maintenance serait alors pilotée depuis un centre régional, et les "
          "techniciens de terrain exécuteraient des ordres de travail générés à distance. Ce scénario rend "
          "d'autant plus important de construire dès maintenant une compétence locale et des données qui nous "
          "appartiennent, pour peser dans les choix futurs."),
        P("Dans les deux cas, le métier de technicien de remontées mécaniques évoluera. Il faudra savoir lire une "
          "courbe de vibration comme on lit aujourd'hui un relevé d'usure, et décider avec un outil plutôt que "
          "contre lui. La formation initiale commence à peine à intégrer ces compétences ; les stations qui les "
          "auront développées en interne auront une longueur d'avance pour recruter et garder leurs équipes."),
        P("Je retiens de ces scénarios une conviction : le choix que nous faisons en 2027 n'est pas seulement technique. Il prépare la place de la régie dans un paysage où la montagne, les clients et les propriétaires des stations auront changé."),
        P("C'est pour cela que la veille décrite plus haut me paraît aussi importante que les capteurs eux-mêmes."),

        H(1, "Pour finir", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une panne et d'une question : la maintenance prédictive est-elle à la portée d'un "
          "petit exploitant de moyenne montagne ? La réponse est oui, à condition d'être sélectif. Sur les organes "
          "lourds en gare, l'essai de deux saisons a montré une détection réelle et précoce des défauts ; sur les "
          "équipements de ligne, la technologie n'est pas encore mûre pour nous. La première hypothèse est donc "
          "confirmée."),
        P("La deuxième hypothèse l'est plus encore : le gain dépend de la capacité de l'équipe à traiter les "
          "alertes. Les semaines où personne n'était désigné, les alertes ont attendu ; quand un référent a été "
          "nommé, le délai de réponse est passé sous les quatre heures. La troisième hypothèse, celle de la "
          "mutualisation, reste à vérifier dans les faits, mais les échanges avec les stations voisines la rendent "
          "crédible. Ce travail m'a aussi appris à regarder une innovation par ses effets sur le travail des "
          "personnes, et non par ses promesses. C'est sans doute la leçon la plus utile pour la suite de mon "
          "parcours."),
        P("Il reste des limites que je ne cache pas : un seul appareil observé, deux saisons seulement, et un "
          "fournisseur qui avait intérêt à la réussite de l'essai. Les prochaines saisons, avec un second fournisseur "
          "et d'autres stations, diront si ces conclusions tiennent au-delà de la Chaumie."),
        P("Je m'engage à en rendre compte à l'équipe et au conseil d'administration, quelle que soit la réponse."),

        H(1, "Ouvrages et articles cités", {"bibliography": "ok"}),
        T([["Référence", "Type", "Année"],
           ["Jardine A., Lin D., Banjevic D., A review on machinery diagnostics and prognostics", "article", "2006"],
           ["Domaines skiables de France, Indicateurs et analyses", "rapport", "2025"],
           ["STRMTG, Guide de la maintenance des remontées mécaniques", "guide technique", "2023"],
           ["Randall R. B., Vibration-based Condition Monitoring", "ouvrage", "2021"],
           ["Météo-France, Climat futur des Alpes du Sud", "rapport", "2024"]]),

        H(1, "Annexe — Les personnes rencontrées", {"appendices": "ok"}),
        T([["Fonction", "Structure", "Date"],
           ["Responsable maintenance", "station de Savoie (38 appareils équipés)", "janvier 2025"],
           ["Responsable maintenance", "station de l'Isère", "février 2025"],
           ["Ingénieur surveillance", "constructeur de remontées", "mars 2025"],
           ["Expert", "service technique de l'État", "avril 2025"],
           ["Trois techniciens", "Régie des Remontées du Val d'Allos", "mai et juin 2025"]]),
    ],
)
