from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Léa Fontanel, apprentice at the Régie des Pistes du Haut-Jura (a public operator of 23 ski lifts in
    mid-mountain resorts), writes her thesis on predictive maintenance of ski lifts by acoustic and vibration
    sensors. Chapters carry her own titles ("Chapitre 3 — Ce que l'on sait déjà"); the watch is a second part with
    sub-headings. No abstract, no table of search queries and no radar anywhere (missing); impacts and the
    strategy to prepare the operator are written together under one chapter heading (merged); the tools part is a
    few lines (thin); the appendices heading has nothing under it (empty).""",
    title="Écouter les télésièges : la maintenance prédictive dans les stations de moyenne montagne",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique", "Léa Fontanel – promotion 2026",
           "Tutrice en entreprise : Martine Cuenot, directrice technique de la Régie des Pistes du Haut-Jura"],
    blocks=[
        H(1, "Chapitre 1 — Entrer dans le sujet", {"introduction": "ok"}),
        P("Un matin de février 2025, le télésiège de la Combe Noire s'est arrêté à 10 h 40, en pleine période de "
          "vacances, avec 140 skieurs suspendus au-dessus de la forêt. Un roulement du balancier de la pile 7 avait "
          "lâché. L'évacuation a duré deux heures, l'appareil est resté fermé onze jours, et la Régie des Pistes du "
          "Haut-Jura, où je suis apprentie depuis deux ans, a perdu selon ses propres calculs près de 180 000 euros de "
          "forfaits et de restauration. Les techniciens m'ont dit ensuite que ce roulement « faisait du bruit depuis "
          "Noël », mais que personne n'avait eu le temps de monter l'écouter."),
        P("Cette phrase est à l'origine de ce mémoire. Les remontées mécaniques sont entretenues aujourd'hui selon un "
          "calendrier fixé par la réglementation et par les constructeurs : inspections journalières, visites "
          "mensuelles, grande inspection tous les six ans. Entre deux visites, on ne sait pas grand-chose de l'état "
          "réel des pièces. Or des capteurs de vibration et des micros posés sur les balanciers et les moteurs "
          "permettent désormais d'entendre une pièce se dégrader, des semaines avant qu'elle ne casse, et des "
          "logiciels d'apprentissage automatique savent repérer ces signaux dans des milliers d'heures "
          "d'enregistrement."),
        P("Les grandes stations des Alpes testent ces outils depuis 2021. Les stations de moyenne montagne, comme "
          "celles du Jura, des Vosges ou du Massif central, sont dans une situation différente : des appareils plus "
          "anciens, des équipes techniques réduites, des saisons raccourcies par le manque de neige et des budgets "
          "publics serrés. Elles ont peut-être encore plus besoin d'anticiper les pannes, mais moins de moyens pour "
          "s'équiper. C'est ce décalage que j'étudie."),
        P("Le mémoire suit le chemin de mon enquête. Après la question de recherche, je justifie le choix du sujet, "
          "puis je fais le point sur ce que disent les études et les constructeurs. J'explique ensuite ma démarche, "
          "j'analyse la tendance, ses effets pour une régie comme la mienne et la manière de s'y préparer, avant de "
          "formuler des préconisations. Une seconde partie présente la veille que j'ai mise en place et la vision "
          "qu'elle me donne des stations en 2035."),
        H(2, "1.2 Ce que je cherche à savoir", {"research-question": "ok"}),
        P("Ma question est la suivante : la maintenance prédictive par capteurs acoustiques et vibratoires est-elle "
          "accessible et rentable pour un exploitant public de moyenne montagne, et à quelles conditions ? J'avance "
          "trois hypothèses. D'abord, le coût des capteurs n'est plus le frein principal ; ce sont les compétences "
          "pour lire les données. Ensuite, l'intérêt économique tient moins aux pièces économisées qu'aux jours "
          "d'arrêt évités en haute saison. Enfin, une mutualisation entre plusieurs stations est la seule voie "
          "réaliste pour les petits exploitants."),
        P("Je vérifie chacune de ces hypothèses dans les chapitres qui suivent, et j'y reviens dans la conclusion pour dire lesquelles tiennent."),
        H(1, "Chapitre 2 — Pourquoi ce sujet, pourquoi maintenant", {"subject-choice": "ok"}),
        P("J'aurais pu choisir un sujet plus visible pour une station, comme la billetterie sans contact ou les "
          "canons à neige pilotés par l'intelligence artificielle. J'ai choisi la maintenance parce qu'elle touche "
          "le cœur du métier d'un exploitant : transporter des gens en sécurité. Une station peut vendre ses "
          "forfaits en ligne ou au guichet ; elle ne peut pas ouvrir un télésiège dont elle doute."),
        P("Le sujet est nouveau pour le secteur que j'étudie. Dans les grands domaines skiables, les constructeurs "
          "proposent depuis quelques années des offres de surveillance connectée, vendues avec les appareils neufs. "
          "Dans les stations de moyenne montagne, aucun des huit exploitants que j'ai contactés n'utilise de capteurs "
          "en continu sur ses appareils anciens. L'écart ne tient pas à un manque d'intérêt : tous m'ont décrit des "
          "pannes qu'ils auraient voulu voir venir. Il tient au modèle : les offres sont pensées pour des appareils "
          "récents et des équipes qui comptent un ingénieur."),
        P("Le moment compte aussi. Les saisons de ski raccourcissent : la Régie a ouvert 84 jours en 2024-2025 contre "
          "112 en moyenne dans les années 2000. Chaque jour de fermeture en période de vacances pèse donc plus lourd. "
          "Dans le même temps, les exploitants développent l'activité d'été, VTT et randonnée, et les appareils "
          "tournent désormais six mois par an au lieu de quatre ; l'usure augmente et les fenêtres pour l'entretien "
          "se réduisent. Enfin, le prix des capteurs a été divisé par quatre en cinq ans, et des réseaux radio longue "
          "portée couvrent désormais les pentes sans câble."),
        P("Mon poste m'a aussi guidée : à la Régie, je travaille avec le service technique sur le suivi des "
          "interventions, et j'ai accès aux carnets de maintenance de 23 appareils sur quinze ans. C'est une matière "
          "rare pour un mémoire, et une raison de penser que mes conclusions pourront servir."),
        H(1, "Chapitre 3 — Ce que l'on sait déjà", {"state-of-the-art": "ok"}),
        P("La maintenance prédictive n'est pas née dans les stations de ski. Elle s'est développée depuis les années "
          "1990 dans l'industrie lourde, l'aviation et le ferroviaire, où les coûts d'un arrêt imprévu justifiaient "
          "des capteurs chers. La littérature distingue trois niveaux : la maintenance corrective, qui répare après "
          "la panne ; la maintenance préventive, qui remplace à date fixe ; la maintenance prédictive, qui intervient "
          "quand les mesures montrent qu'une pièce approche de sa fin. Les travaux de l'AFNOR et les normes sur la "
          "surveillance des machines par les vibrations fixent le vocabulaire et les seuils communément admis."),
        P("Pour les machines tournantes, l'analyse vibratoire est la technique la mieux documentée. Un roulement "
          "abîmé produit des chocs à des fréquences caractéristiques, calculables à partir de sa géométrie ; un "
          "capteur posé sur le palier les détecte longtemps avant que le bruit ne soit audible. L'analyse acoustique, "
          "plus récente, écoute les ultrasons émis par les frottements ; elle est moins précise mais moins chère à "
          "installer, car un seul micro couvre plusieurs pièces."),
        P("Sur les remontées mécaniques, la recherche publiée reste rare. Une thèse soutenue à Grenoble en 2022 a "
          "équipé deux télésièges de capteurs sur les balanciers et montré qu'un modèle d'apprentissage automatique "
          "détectait six défauts de roulement sur sept, avec une avance moyenne de quatre semaines. Un rapport du "
          "service technique des remontées mécaniques de l'État, publié en 2023, admet l'usage de ces données en "
          "complément des contrôles, mais pas à leur place : la réglementation ne change pas, ce qui limite le gain "
          "attendu aux pannes évitées, et non aux visites supprimées."),
        P("Du côté des entreprises, les deux grands constructeurs d'appareils proposent des offres connectées depuis "
          "2020, surtout pour leurs machines neuves ; trois jeunes entreprises françaises et suisses vendent des "
          "capteurs sans fil qui s'adaptent aux appareils anciens, avec un abonnement mensuel pour l'analyse. Les "
          "retours d'expérience publiés viennent presque tous de grands domaines : Tignes, Zermatt, Les Arcs. Ils "
          "annoncent des baisses de 30 à 50 % des arrêts imprévus, mais sur des parcs récents et avec des équipes "
          "formées."),
        P("Les études sur les petites structures, enfin, soulignent un point que je retrouve dans mon terrain : le "
          "frein n'est pas le matériel mais l'interprétation. Une courbe de vibration ne sert à rien si personne ne "
          "sait dire si elle est normale. C'est pourquoi plusieurs auteurs défendent des centres d'analyse partagés, "
          "comme il en existe pour l'éolien, où un petit nombre d'experts surveille des centaines de machines pour "
          "des exploitants différents. À ma connaissance, personne n'a encore étudié ce modèle pour les stations de "
          "moyenne montagne ; c'est l'espace où ce mémoire veut apporter quelque chose."),
        P("Je retiens de cette revue trois manques : peu de données sur les appareils anciens, presque rien sur les coûts pour un petit exploitant, et aucune étude des modèles partagés en montagne."),
        H(1, "Chapitre 4 — Ma démarche d'enquête", {"methodology": "ok"}),
        P("J'ai combiné trois sources de matière. La première est interne : j'ai relevé dans les carnets de "
          "maintenance de la Régie toutes les pannes ayant causé un arrêt de plus d'une demi-journée entre 2010 et "
          "2025, soit 61 événements, avec leur cause, leur durée, la période et le coût quand il était connu. Ce "
          "relevé m'a permis de savoir quelles pannes auraient pu être annoncées par des capteurs, et combien elles "
          "avaient coûté."),
        P("La deuxième est un terrain d'entretiens. J'ai mené quatorze entretiens semi-directifs d'environ une heure : "
          "six chefs d'exploitation de stations du Jura, des Vosges et du Massif central, trois techniciens de la "
          "Régie, deux commerciaux de fournisseurs de capteurs, un ingénieur du service de contrôle de l'État et deux "
          "chercheurs. J'ai enregistré, retranscrit et codé ces entretiens par thème : coûts, compétences, "
          "réglementation, organisation, confiance dans les alertes."),
        P("La troisième est un essai. Avec l'accord de ma tutrice, un fournisseur nous a prêté pendant la saison "
          "2025-2026 six capteurs sans fil, posés sur le moteur et sur deux balanciers du télésiège des Crêts. J'ai "
          "suivi les alertes chaque semaine avec le chef mécanicien et noté ce que nous en faisions."),
        P("Cette démarche a des limites. Quatorze entretiens ne font pas une enquête représentative, et les "
          "exploitants qui ont accepté de me parler sont sans doute les plus curieux du sujet. L'essai a duré une "
          "seule saison sur un appareil ; il dit quelque chose de l'usage, peu de la fiabilité des prédictions. "
          "Enfin, je suis salariée de l'un des exploitants étudiés, ce qui m'a ouvert des portes mais m'oblige à "
          "distinguer ce que j'ai observé de ce que je souhaite pour ma Régie."),
        P("Pour limiter ce biais, j'ai fait relire mon codage des entretiens par une camarade de promotion qui ne connaît pas la Régie."),
        H(1, "Chapitre 5 — Une tendance qui s'accélère", {"trend-analysis": "ok"}),
        P("Trois mouvements se rejoignent et rendent la maintenance prédictive plus accessible chaque année. Le "
          "premier est technique. Les capteurs sans fil tiennent désormais cinq ans sur une pile, supportent le froid "
          "et le givre, et transmettent leurs mesures par des réseaux radio de faible débit qui n'exigent ni câble "
          "ni antenne coûteuse sur les pylônes. Un balancier peut être équipé en une heure par un technicien, sans "
          "arrêter l'appareil plus d'une matinée. En 2020, un kit pour un télésiège coûtait autour de 40 000 euros ; "
          "les devis reçus en 2026 se situent entre 8 000 et 12 000 euros."),
        P("Le deuxième mouvement concerne l'analyse. Les premiers systèmes envoyaient des courbes brutes que seul un "
          "spécialiste savait lire. Les offres actuelles comparent chaque appareil à lui-même dans le temps et à des "
          "milliers d'autres, et ne remontent qu'une alerte classée : à surveiller, à planifier, urgent. Pendant "
          "notre essai, le chef mécanicien a reçu onze alertes en quatre mois ; deux ont conduit à une intervention, "
          "dont le remplacement d'un galet fissuré qui n'aurait été vu qu'à la visite de printemps."),
        P("Le troisième mouvement est économique et climatique. Avec des saisons plus courtes, le coût d'un jour de "
          "fermeture en février rapporté au chiffre d'affaires annuel a presque doublé en vingt ans pour les "
          "stations que j'ai étudiées. Les exploitants cherchent à tout prix à éviter la panne en pleine saison, et "
          "les collectivités qui les financent demandent des résultats mesurables. Le développement de l'été allonge "
          "aussi la durée de fonctionnement des appareils, ce qui rend le calendrier de maintenance classique moins "
          "adapté."),
        P("Mes entretiens nuancent cependant cet optimisme. Sur six chefs d'exploitation, cinq jugent la technique "
          "intéressante, mais un seul a un budget prévu pour elle. Quatre craignent d'être noyés sous les alertes, "
          "et tous soulignent qu'aucun membre de leur équipe n'a le temps de suivre un tableau de bord chaque jour. "
          "Les fournisseurs le savent : deux d'entre eux proposent désormais une surveillance assurée par leurs "
          "propres experts, qui n'appellent l'exploitant que lorsqu'une intervention est nécessaire."),
        P("La tendance n'est donc pas seulement technique ; elle déplace le travail. Dans le modèle qui se dessine, "
          "le capteur est bon marché, l'analyse est faite à distance par des spécialistes et l'exploitant garde la "
          "décision et l'intervention. Ce modèle confirme ma première hypothèse : le frein principal n'est plus le "
          "matériel, mais la capacité à transformer une alerte en décision. Il ouvre aussi la voie à la "
          "mutualisation, puisque rien n'empêche plusieurs stations de partager le même service d'analyse."),
        P("Un signe confirme ce déplacement : en 2026, pour la première fois, une offre d'emploi d'analyste vibratoire « remontées mécaniques » a été publiée par un fournisseur et non par un exploitant, pour surveiller à distance les appareils de plusieurs stations clientes."),
        H(1, "Chapitre 6 — Ce que ça change, et comment s'y préparer", {"impacts-value": "ok", "anticipation-strategy": "ok"}),
        P("Pour la Régie, j'ai estimé les effets à partir des 61 pannes relevées dans les carnets. Environ 40 % "
          "d'entre elles concernaient des roulements, des galets ou des moteurs, c'est-à-dire des pièces qu'un "
          "capteur peut surveiller. Le tableau ci-dessous résume ce que la maintenance prédictive changerait sur un "
          "an moyen."),
        T([["Effet", "Pour qui", "Estimation annuelle pour la Régie", "Niveau de confiance"],
           ["Jours d'arrêt imprévu évités en saison", "exploitation, clients", "6 à 9 jours-appareil", "moyen"],
           ["Recettes préservées", "Régie, commerces de la station", "90 000 à 140 000 €", "moyen"],
           ["Pièces remplacées avant casse, donc moins chères", "service technique", "15 000 €", "faible"],
           ["Évacuations de skieurs évitées", "sécurité, image", "1 à 2 par an", "moyen"],
           ["Coût des capteurs et de l'abonnement", "Régie", "− 38 000 €", "élevé"]]),
        P("La valeur créée tient donc surtout aux jours d'arrêt évités en haute saison, ce qui confirme ma deuxième "
          "hypothèse. Les effets sur les métiers sont aussi réels : les mécaniciens passent d'un calendrier fixe à "
          "des interventions décidées sur alerte, ce qui demande de nouvelles compétences et un peu de confiance "
          "dans la machine."),
        P("Se préparer à ce changement suppose d'agir sur trois plans avant même d'acheter des capteurs. Le premier "
          "est l'organisation du travail. Aujourd'hui, les visites sont planifiées un an à l'avance ; demain, une "
          "partie des interventions sera déclenchée par une alerte, parfois en pleine saison. Il faut donc prévoir "
          "dans le planning des créneaux libres pour ces interventions, et désigner qui reçoit les alertes, qui les "
          "trie et qui décide d'arrêter un appareil. Les techniciens que j'ai interrogés insistent sur ce dernier "
          "point : ils veulent garder la décision, et ne pas se la voir dicter par un logiciel."),
        P("Le deuxième plan est celui des compétences. Il ne s'agit pas de former un data scientist, mais de donner "
          "au chef mécanicien et à un technicien par site une lecture de base des vibrations, suffisante pour "
          "dialoguer avec les experts du fournisseur. Deux organismes de formation proposent des modules de trois "
          "jours adaptés aux remontées mécaniques ; leur coût est modeste au regard des gains."),
        P("Le troisième plan est financier et collectif. Une régie seule peine à justifier un abonnement pour 23 "
          "appareils dont certains tournent peu. À l'échelle d'un massif, en revanche, un achat groupé et un service "
          "d'analyse partagé deviennent raisonnables. J'ai présenté cette idée à l'association des exploitants du "
          "Jura en mai 2026 ; quatre d'entre eux se sont déclarés intéressés par un essai commun."),
        P("La stratégie que je propose avance donc par étapes : un essai prolongé sur trois appareils de la Régie "
          "pendant deux saisons, pour mesurer les alertes utiles et les fausses alertes ; puis, si le bilan est "
          "positif, un achat groupé avec les autres exploitants du massif et un contrat de surveillance mutualisé ; "
          "enfin, l'intégration des données dans le logiciel de gestion de maintenance que la Régie utilise déjà. À "
          "chaque étape, un indicateur décide de la suite : le nombre d'arrêts imprévus en saison, comparé à la "
          "moyenne des cinq années précédentes."),
        H(1, "Chapitre 7 — Mes préconisations", {"recommendations": "ok"}),
        P("À la direction de la Régie, je recommande en premier lieu de prolonger l'essai des Crêts et de l'étendre "
          "à deux autres appareils très fréquentés, le télésiège de la Combe Noire et le téléski du Mont-Fier, "
          "pendant les saisons 2026-2027 et 2027-2028. Le coût, environ 24 000 euros sur deux ans, peut être "
          "couvert en partie par le programme régional d'aide à la modernisation des stations."),
        P("Je recommande ensuite de nommer dès maintenant un référent, le chef mécanicien, qui reçoit les alertes et "
          "tient un registre simple : date, alerte, décision, constat à l'ouverture de la pièce. Ce registre est la "
          "seule manière de savoir, au bout de deux saisons, si les alertes étaient justes. Sans lui, l'essai ne "
          "prouvera rien."),
        P("Troisièmement, la Régie devrait porter auprès de l'association des exploitants du Jura le projet d'un "
          "service d'analyse commun. Je propose de rédiger avec les quatre stations intéressées un cahier des charges "
          "commun d'ici l'été 2027, afin de consulter les fournisseurs ensemble. Le poids d'un groupe de cinq "
          "exploitants et de près de 80 appareils change la négociation."),
        P("Quatrièmement, la formation : trois jours pour le référent et un technicien par site, avant la saison "
          "2027-2028. Enfin, je recommande d'associer dès le départ le service de contrôle de l'État, en lui "
          "présentant l'essai et le registre. La réglementation n'autorise pas aujourd'hui à espacer les visites "
          "grâce aux capteurs, mais les données d'un groupe d'exploitants pourraient nourrir sa réflexion."),
        P("Ces préconisations ont des limites. Elles reposent sur un essai d'une saison et sur des estimations dont "
          "j'ai indiqué le niveau de confiance. Elles supposent aussi que la neige permette encore des saisons "
          "d'hiver rentables dans le Jura pendant au moins dix ans, ce qui n'est pas acquis. C'est pourquoi je "
          "propose d'avancer par étapes réversibles, plutôt qu'un équipement complet du parc."),
        P("Pour chacune, j'ai indiqué à ma tutrice un responsable et une échéance, afin qu'elles ne restent pas au stade des intentions : la direction technique pour l'essai et la formation, le directeur général pour le projet commun et les échanges avec le service de contrôle."),
        H(1, "Partie II — Garder l'oreille tendue : ma veille", {"watch-scope": "ok"}),
        P("Le sujet bouge vite : de nouveaux capteurs, de nouvelles offres de service et des évolutions possibles de "
          "la réglementation apparaissent chaque année. J'ai donc mis en place une veille qui me servira après le "
          "mémoire, et que la Régie pourra reprendre. Elle couvre quatre domaines : les technologies de surveillance "
          "des machines tournantes, les offres des constructeurs et des jeunes entreprises, la réglementation des "
          "remontées mécaniques, et les retours d'expérience d'autres exploitants, y compris hors du ski, dans "
          "l'éolien et le ferroviaire. Elle exclut les sujets voisins comme la billetterie ou la neige de culture, "
          "pour rester utile à un service technique qui a peu de temps à y consacrer."),
        P("Ses destinataires sont le chef mécanicien, la directrice technique et, une fois par an, le comité de direction. Elle doit leur permettre de répondre à une question simple : faut-il changer quelque chose à nos choix de maintenance cette année ? Pour cela, elle privilégie les faits vérifiés et les retours d'autres exploitants plutôt que les annonces commerciales, nombreuses sur ce sujet."),
        H(2, "Où je cherche, et pourquoi ces sources", {"source-choice": "ok"}),
        P("J'ai retenu des sources de quatre types, en me demandant pour chacune ce qu'elle m'apprend que les "
          "autres ne disent pas, et à quel point je peux m'y fier. Les publications scientifiques, repérées par "
          "des alertes sur Google Scholar et HAL, sont les plus fiables sur l'efficacité des techniques, mais elles "
          "arrivent avec un ou deux ans de retard et parlent rarement de coûts. Je les lis pour vérifier ce que "
          "promettent les fournisseurs."),
        P("La presse professionnelle, en particulier Montagne Leaders et la revue du syndicat des exploitants, est "
          "la source la plus rapide sur les projets des stations et les offres nouvelles. Elle est moins critique : "
          "les articles reprennent souvent les communiqués. Je la croise systématiquement avec une autre source "
          "avant de retenir une information."),
        P("Les sources institutionnelles, le service technique des remontées mécaniques et le ministère, sont peu "
          "nombreuses mais décisives, puisque tout changement de règle modifierait l'intérêt économique du sujet. Je "
          "les suis par abonnement à leurs lettres d'information et aux mises à jour du Journal officiel."),
        P("Enfin, les sources humaines sont pour moi les plus précieuses : les chefs d'exploitation rencontrés pendant "
          "l'enquête, deux chercheurs grenoblois et les techniciens de la Régie. Je garde avec eux un contact "
          "trimestriel, et j'ai rejoint un groupe d'échange en ligne entre responsables techniques de stations. Ces "
          "sources sont subjectives, mais elles disent ce qui marche vraiment sur le terrain, ce que les autres ne "
          "disent jamais. Les salons professionnels, comme Mountain Planet à Grenoble tous les deux ans, complètent "
          "ce dispositif, en permettant de voir les produits et d'interroger les fournisseurs directement."),
        P("Je n'ai pas retenu les réseaux sociaux généralistes, trop bruyants, sauf deux comptes de chercheurs qui signalent leurs publications."),
        H(3, "Tableau des sources suivies", {"source-inventory": "ok"}),
        T([["Source", "Type", "Ce qu'elle apporte", "Fiabilité", "Fréquence de lecture"],
           ["Google Scholar et HAL (alertes)", "scientifique", "efficacité des techniques", "élevée", "mensuelle"],
           ["Montagne Leaders", "presse professionnelle", "projets des stations, offres", "moyenne", "hebdomadaire"],
           ["Service technique des remontées mécaniques", "institutionnelle", "règles, guides", "élevée", "mensuelle"],
           ["Groupe d'échange des responsables techniques", "humaine", "retours de terrain", "variable", "continue"],
           ["Mountain Planet", "salon", "produits, démonstrations", "moyenne", "tous les deux ans"]]),
        H(2, "Le cycle, étape par étape", {"watch-cycle": "ok"}),
        P("Ma veille suit cinq étapes. Je collecte automatiquement les alertes et les flux dans un agrégateur. Le "
          "vendredi, je trie : je garde ce qui concerne l'un des quatre domaines et je jette le reste. Je lis et "
          "j'annote les éléments retenus, en notant la source et sa fiabilité. Chaque mois, je rédige une note d'une "
          "page pour le service technique. Enfin, chaque trimestre, je fais le point avec ma tutrice sur ce qui "
          "change nos plans, et j'ajuste les domaines suivis et les sources."),
        P("Ce cycle est volontairement court et régulier : il tient en moins d'une heure par semaine, ce qui est la condition pour qu'il dure au-delà de mon apprentissage, dans un service qui n'a pas de documentaliste."),
        H(2, "Tenir la veille à jour", {"update-method": "ok"}),
        P("Une veille qui n'est pas entretenue devient vite une pile de liens. J'ai donc fixé des rendez-vous "
          "réguliers et des règles simples. Chaque vendredi, je consacre quarante-cinq minutes au tri des éléments de "
          "la semaine ; ce temps est inscrit dans mon planning d'alternante, avec l'accord du service. Chaque premier "
          "lundi du mois, j'envoie la note de synthèse au chef mécanicien et à la directrice technique ; elle tient "
          "en une page et se termine toujours par une question : faut-il faire quelque chose ?"),
        P("Chaque trimestre, je vérifie mes sources : une source qui ne m'a rien apporté d'utile en trois mois est "
          "retirée, et j'en cherche une nouvelle dans le même domaine. Je revois aussi mes mots-clés, car le "
          "vocabulaire évolue vite : on parlait de surveillance conditionnelle il y a cinq ans, on parle aujourd'hui "
          "de maintenance augmentée. Une fois par an, avant la saison, je présente au comité de direction de la Régie "
          "un bilan de la veille, avec ce qui a changé dans le domaine et ce que cela implique pour nos choix."),
        P("Pour que la veille survive à mon départ, tout est rangé dans un espace partagé de la Régie, avec une "
          "fiche de méthode d'une page qui explique ces rendez-vous. Le technicien qui suit avec moi l'essai des Crêts "
          "a accepté de reprendre le tri du vendredi si je quitte la Régie après mon diplôme."),
        H(2, "Mes outils", {"watch-tools": "thin"}),
        P("Un agrégateur de flux gratuit pour collecter, un carnet de notes partagé pour annoter, et un tableau de "
          "bord simple dans le tableur de la Régie qui compte les éléments retenus par domaine et par mois."),
        H(1, "Chapitre 8 — La station de 2035", {"prospective-vision": "ok"}),
        P("Que montrent mes deux années de veille sur l'avenir ? D'abord, que les capteurs vont devenir un équipement "
          "standard. Les deux grands constructeurs livrent déjà tous leurs appareils neufs avec une surveillance "
          "intégrée, et les jeunes entreprises proposent des kits pour les appareils anciens à des prix qui baissent "
          "d'environ 15 % par an. En 2035, je pense qu'un télésiège sans capteur sera aussi rare qu'une voiture sans "
          "voyant moteur."),
        P("Ensuite, que l'analyse va se concentrer dans quelques centres spécialisés. Les signaux de ma veille vont "
          "tous dans ce sens : offres de surveillance assurée par le fournisseur, rachat en 2025 d'une jeune "
          "entreprise suisse par un constructeur, projet d'un centre commun pour les stations des Pyrénées annoncé "
          "en 2026. Les exploitants de moyenne montagne n'auront pas d'experts chez eux ; ils achèteront ce service, "
          "seuls ou en groupe."),
        P("Troisièmement, que la réglementation évoluera probablement, mais lentement. Le rapport de 2023 du service "
          "de contrôle ouvre la porte à un usage des données en complément des visites. Si les retours des "
          "exploitants équipés sont bons, je m'attends à ce qu'une partie des contrôles mensuels puisse, vers 2030, "
          "être adaptée à l'état mesuré des appareils. Ce serait un changement majeur pour l'intérêt économique du "
          "sujet, car il permettrait d'économiser du temps de technicien et pas seulement des pannes."),
        P("Enfin, le climat pèsera sur tout le reste. Plusieurs stations du Jura et des Vosges auront réduit leur "
          "domaine d'hiver d'ici 2035. Les appareils conservés tourneront davantage en été, pour le VTT et les "
          "promeneurs, et devront être fiables douze mois sur douze. Dans ce paysage, la maintenance prédictive est "
          "moins un luxe qu'une condition pour garder quelques appareils rentables. Ma vision est donc celle d'une "
          "station de moyenne montagne plus petite, ouverte toute l'année, dont les appareils sont surveillés à "
          "distance par un service partagé à l'échelle du massif, et dont les techniciens passent moins de temps à "
          "inspecter et plus à intervenir au bon moment."),
        P("Cette vision reste un scénario parmi d'autres ; ma veille devra dire, année après année, s'il se confirme ou non."),
        H(1, "Conclusion générale", {"conclusion": "ok"}),
        P("Je suis partie d'un roulement qui faisait du bruit depuis Noël et que personne n'avait eu le temps "
          "d'écouter. Au terme de cette enquête, ma réponse à la question de départ est positive, mais sous "
          "conditions. La maintenance prédictive par capteurs est désormais accessible à un exploitant public de "
          "moyenne montagne : le matériel coûte quatre fois moins qu'il y a cinq ans et s'installe sur des appareils "
          "anciens. Elle est rentable pour la Régie si elle évite quelques jours d'arrêt en haute saison, ce que "
          "l'analyse des carnets rend plausible."),
        P("Mes trois hypothèses sont globalement confirmées. Le frein principal n'est plus le coût des capteurs, mais "
          "la capacité à lire les alertes et à décider. La valeur tient aux jours d'arrêt évités plus qu'aux pièces "
          "économisées. La mutualisation, enfin, apparaît comme la voie la plus réaliste, même si elle reste à "
          "construire : les quatre stations intéressées n'ont encore rien signé."),
        P("Ce travail a des limites que j'ai signalées : un essai d'une seule saison, un nombre réduit d'entretiens, "
          "ma position de salariée de l'un des exploitants. La suite naturelle serait l'essai prolongé sur trois "
          "appareils, avec un registre rigoureux des alertes, qui permettra dans deux ans de mesurer ce que ce "
          "mémoire ne peut qu'estimer. J'espère y participer."),
        P("Plus largement, ce sujet montre qu'une innovation utile pour un petit exploitant ne tient pas seulement à la technique, mais à l'organisation qui permet de s'en servir."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        L(["AFNOR (2019). Surveillance et diagnostic des machines, vocabulaire et méthodes. Paris : AFNOR.",
           "Berthier, J. (2022). Détection précoce des défauts de roulement sur remontées mécaniques. Thèse de doctorat, Université Grenoble Alpes.",
           "Service technique des remontées mécaniques et des transports guidés (2023). Usage des données de surveillance en exploitation. Rapport.",
           "Domaines skiables de France (2025). Indicateurs et analyses, saison 2024-2025.",
           "Mobley, R. K. (2002). An Introduction to Predictive Maintenance. Butterworth-Heinemann.",
           "Montagne Leaders (2024). « Les capteurs montent sur les pylônes », n° 312."]),
        H(1, "Annexes", {"appendices": "empty"}),
    ],
    missing=["abstract", "search-queries", "technology-radar"],
)
