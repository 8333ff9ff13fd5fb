from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc. Français : mémoire d'expertise sur le passeport numérique des produits appliqué au meuble, l'auteur
    travaille chez Meubles Sorlin, fabricant jurassien de 140 salariés. Chapitres numérotés « 1. » à « 11. »,
    titres courts de l'auteur (« Méthode », « Impacts », « Veille », « Sources », « Outils », « Radar ») ; un
    tableau de lecture dans l'état de l'art et un tableau des entretiens dans la méthode ; l'analyse de la
    tendance en deux chapitres (« 5. La tendance, côté texte » puis « 6. La tendance, côté ateliers » : une
    section coupée en deux) ; cycle de veille et rythme de mise à jour sous un même titre (fusion) ; les outils
    de veille en deux phrases (thin) ; résumé et conclusion sans numéro ; pas d'annexes (missing).""",
    title="Un passeport pour chaque chaise ?",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique", "Bastien Moreau, décembre 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("À partir de 2028, une partie des meubles vendus en Europe devra être accompagnée d'un passeport "
          "numérique : un identifiant unique, lisible par un QR code, qui donne accès à la composition, à "
          "l'origine des matériaux, aux pièces détachées et aux consignes de fin de vie. Ce mémoire se demande "
          "ce que cette obligation change pour un fabricant de taille moyenne, et s'il peut en faire autre chose "
          "qu'une contrainte administrative. Je m'appuie sur la lecture du règlement européen et des travaux "
          "préparatoires, sur quatorze entretiens menés auprès de fabricants, de distributeurs, d'un éco-organisme "
          "et de deux éditeurs, et sur un prototype construit chez Meubles Sorlin pour une gamme de chaises. "
          "Le passeport coûte moins cher qu'on ne le croit quand les données existent déjà, et beaucoup plus quand "
          "il faut remonter la chaîne des fournisseurs. Je recommande de commencer par les gammes les plus "
          "vendues, de confier la collecte des données fournisseurs à une personne identifiée, et de suivre "
          "le sujet par une veille tenue chaque mois."),
        P("Mots-clés : passeport numérique des produits, écoconception, meuble, traçabilité, économie circulaire, "
          "réparabilité."),
        H(1, "1. Introduction", {"introduction": "ok"}),
        P("Meubles Sorlin fabrique des chaises, des tables et des bancs en hêtre et en chêne à Moirans-en-Montagne, "
          "dans le Jura, depuis 1957. L'entreprise emploie 140 personnes, réalise 21 millions d'euros de chiffre "
          "d'affaires et vend pour moitié à des collectivités et des restaurants, pour moitié à des enseignes de "
          "décoration. J'y suis responsable des systèmes d'information depuis trois ans, en alternance puis en "
          "poste. Mon travail quotidien consiste à faire parler entre eux un ERP vieillissant, un logiciel de "
          "conception et des fichiers Excel que chaque service tient à sa façon."),
        P("En 2024, l'Union européenne a adopté un règlement sur l'écoconception des produits durables. Il "
          "prévoit, produit par produit, des exigences de durabilité, de réparabilité et d'information, et un "
          "outil pour les porter : le passeport numérique. Les batteries l'auront les premières, en 2027 ; le "
          "textile et le meuble font partie des groupes que la Commission a désignés comme prioritaires. Pour "
          "une entreprise comme la nôtre, cela veut dire qu'il faudra un jour publier, pour chaque modèle, des "
          "informations que nous ne rassemblons aujourd'hui nulle part : l'essence et l'origine du bois, la "
          "nature des vernis, la liste des pièces remplaçables, la manière de démonter."),
        P("Les clients commencent d'ailleurs à les demander. En 2025, deux appels d'offres de régions nous ont "
          "demandé une fiche de réparabilité et la part de matière recyclée ; une enseigne allemande a exigé une "
          "déclaration d'origine du bois pour chaque référence. Chaque fois, il a fallu deux semaines à trois "
          "personnes pour reconstituer ces données à la main. Le passeport numérique n'est donc pas une question "
          "lointaine : il transforme une corvée ponctuelle en obligation permanente, et peut-être en avantage "
          "pour ceux qui s'y préparent tôt."),
        P("Ce mémoire suit un fil simple. Après avoir posé la question et expliqué le choix du sujet, je fais le "
          "point sur ce que l'on sait, je décris ma méthode, puis j'analyse la tendance, ses impacts et la façon "
          "de s'y préparer. La dernière partie organise la veille qui permettra de suivre le sujet après ce "
          "travail."),
        H(2, "1.1 Question et hypothèses", {"research-question": "ok"}),
        P("Ma question est la suivante : comment un fabricant de meubles de taille moyenne peut-il se préparer au "
          "passeport numérique des produits sans que le coût de la collecte des données n'annule le bénéfice "
          "qu'il peut en tirer ? J'avance trois hypothèses. Première hypothèse : l'essentiel du coût vient des "
          "données des fournisseurs, pas de la technologie. Deuxième hypothèse : un passeport bien conçu sert "
          "aussi la vente, en répondant aux appels d'offres et aux questions des clients. Troisième hypothèse : "
          "une démarche mutualisée au sein de la filière coûte moins cher qu'une démarche isolée."),
        H(1, "2. Pourquoi ce sujet", {"subject-choice": "ok"}),
        P("Trois raisons m'ont conduit à ce sujet. La première est professionnelle : c'est à mon service qu'on "
          "demandera un jour de produire ces passeports, et je préfère comprendre l'obligation avant qu'elle ne "
          "tombe. Lors du dernier comité de direction, le directeur commercial a résumé la situation d'une "
          "phrase : « on ne sait pas ce que c'est, mais nos concurrents italiens disent qu'ils sont prêts ». "
          "Ce mémoire est aussi une réponse à cette phrase."),
        P("La deuxième raison tient au caractère innovant du sujet pour notre secteur. Le meuble est une "
          "industrie traditionnelle, faite de PME familiales qui ont peu investi dans le numérique. Dans "
          "l'habillement ou l'électronique, la traçabilité est déjà un sujet ancien ; dans le meuble, presque "
          "aucun fabricant français ne publie aujourd'hui d'information structurée sur ses produits au-delà de "
          "la fiche catalogue. Le passeport oblige à traiter chaque produit comme un ensemble de données qui le "
          "suit de l'atelier jusqu'à la déchetterie. C'est un changement de regard autant qu'un changement "
          "d'outil, et il touche à la fois la conception, les achats, la production et le service après-vente."),
        P("La troisième raison est le calendrier. Les actes délégués qui fixeront les exigences précises pour le "
          "meuble sont en préparation ; les fabricants peuvent encore contribuer aux consultations, et ceux qui "
          "auront testé quelque chose auront des arguments. J'ai écarté deux autres sujets envisagés, "
          "l'intelligence artificielle pour l'optimisation des découpes et la réalité augmentée pour la vente : "
          "ils étaient plus à la mode, mais moins décisifs pour l'avenir de l'entreprise, et déjà bien traités "
          "par des fournisseurs de machines et de logiciels."),
        P("Le sujet a enfin un intérêt personnel : il m'oblige à sortir du service informatique pour parler "
          "avec les acheteurs, les dessinateurs et les commerciaux, ce que mon poste ne m'avait jamais demandé."),
        H(1, "3. État de l'art", {"state-of-the-art": "ok"}),
        P("La littérature sur le passeport numérique est récente et se répartit en trois familles. La première "
          "est réglementaire : le règlement de 2024 lui-même, ses considérants et les documents de travail de la "
          "Commission, qui décrivent les principes (un identifiant unique, des données accessibles selon le "
          "profil de l'utilisateur, un registre central) sans encore fixer le contenu par produit. La deuxième "
          "famille regroupe les travaux de recherche et les projets pilotes financés par l'Europe, notamment "
          "un consortium qui a publié en 2024 une architecture de référence et une liste de données candidates "
          "pour plusieurs secteurs. La troisième est faite des publications des organisations professionnelles "
          "et des éditeurs, souvent utiles mais rarement neutres."),
        P("Trois points font consensus. D'abord, le passeport n'est pas un document mais un accès : le QR code "
          "renvoie vers des données tenues par le fabricant ou par un prestataire, et non vers un fichier figé. "
          "Ensuite, la difficulté principale est la qualité des données en amont, surtout quand les matières "
          "viennent de plusieurs fournisseurs. Enfin, les standards d'identification existants, en particulier "
          "les codes de la distribution déjà imprimés sur les emballages, peuvent servir de base, ce qui évite "
          "de tout réinventer."),
        P("Deux points restent débattus. Le premier est le niveau de détail : faut-il un passeport par modèle, "
          "par lot ou par objet ? Pour une chaise fabriquée en séries de deux cents, la différence de coût est "
          "énorme. Le second est l'usage réel par les consommateurs. Les études sur les étiquettes "
          "environnementales montrent qu'une minorité les consulte ; les défenseurs du passeport répondent que "
          "ses vrais utilisateurs seront les réparateurs, les recycleurs et les acheteurs publics. Le tableau "
          "ci-dessous résume les lectures qui m'ont le plus servi."),
        T([["Source", "Type", "Ce que j'en retiens", "Limite"],
           ["Règlement (UE) 2024/1781", "texte officiel", "les principes du passeport et le calendrier par "
            "produit", "aucun contenu précis pour le meuble"],
           ["Plan de travail de la Commission, 2025", "document officiel", "le meuble parmi les priorités",
            "dates indicatives"],
           ["Rapport d'un consortium européen de recherche, 2024", "rapport de projet",
            "architecture de référence, données candidates", "peu d'exemples de PME"],
           ["Guide d'une fédération du meuble, 2025", "guide professionnel", "questions pratiques des fabricants",
            "prudent sur les coûts"],
           ["Retour d'expérience du passeport batterie", "articles techniques",
            "la collecte fournisseurs prend deux ans", "secteur très différent"],
           ["Études sur l'affichage environnemental", "articles de recherche",
            "les consommateurs lisent peu ces données", "échantillons réduits"]]),
        P("Ce panorama laisse un vide : presque rien n'est écrit du point de vue d'un fabricant de taille "
          "moyenne, qui n'a ni la puissance d'un grand groupe pour imposer ses exigences aux fournisseurs, ni "
          "l'agilité d'un artisan qui connaît chaque planche. C'est ce vide que ce mémoire essaie de combler."),
        P("Je note aussi que la plupart des sources datent de moins de trois ans et seront vite dépassées : "
          "c'est une raison de plus pour organiser une veille, décrite à la fin du mémoire."),
        H(1, "4. Méthode", {"methodology": "ok"}),
        P("J'ai combiné trois approches. La lecture, d'abord : une quarantaine de documents, classés par type et "
          "par fiabilité, en privilégiant les textes officiels et les rapports dont la méthode était décrite. "
          "Les entretiens, ensuite : quatorze personnes interrogées entre mars et septembre 2026, pendant "
          "quarante-cinq minutes en moyenne, à partir d'une grille commune de douze questions. J'ai pris des "
          "notes pendant chaque entretien et les ai relues avec la personne quand elle l'acceptait. Enfin, un "
          "prototype : pendant trois mois, j'ai construit un passeport pour notre gamme de chaises Alba, qui "
          "représente 18 % de nos ventes, afin de mesurer le temps réellement nécessaire pour rassembler les "
          "données."),
        T([["Profil", "Nombre", "Pourquoi eux"],
           ["Fabricants de meubles", "5", "voir ce que font des entreprises comparables"],
           ["Distributeurs et acheteurs publics", "3", "savoir ce que les clients demanderont"],
           ["Éco-organisme de la filière", "1", "comprendre les besoins du recyclage"],
           ["Éditeurs de solutions", "2", "connaître les outils et leurs prix"],
           ["Fournisseurs de bois et de vernis", "3", "mesurer ce qu'ils peuvent fournir"]]),
        P("Cette méthode a ses limites. Les personnes interrogées sont toutes volontaires et plutôt intéressées "
          "par le sujet, ce qui surestime probablement le niveau de préparation de la filière. Le prototype "
          "porte sur une seule gamme, simple, en bois massif ; une gamme avec des tissus et de la mousse aurait "
          "demandé beaucoup plus de travail."),
        P("Pour limiter ces biais, j'ai croisé chaque affirmation importante avec au moins deux sources de "
          "nature différente, par exemple un entretien et un texte officiel, et j'ai noté dans mes fiches de "
          "lecture le degré de confiance que j'accordais à chaque document. Les chiffres de coût cités par les "
          "éditeurs n'ont été retenus que lorsqu'un fabricant les confirmait. Enfin, j'ai présenté mes "
          "conclusions provisoires à deux des fabricants interrogés en octobre 2026, pour vérifier qu'ils s'y "
          "reconnaissaient ; leurs remarques ont conduit à nuancer le chapitre sur les coûts."),
        H(1, "5. La tendance, côté texte", {"trend-analysis": "ok"}),
        P("La tendance de fond est claire : l'Europe passe d'une logique de déclaration volontaire à une logique "
          "d'information obligatoire et vérifiable sur les produits. Le passeport numérique en est l'outil "
          "central. Le règlement fixe un cadre commun, puis chaque groupe de produits recevra ses propres "
          "exigences par acte délégué, avec un délai d'application d'au moins dix-huit mois. Pour le meuble, "
          "les travaux préparatoires ont commencé en 2025 ; la plupart des personnes interrogées situent "
          "l'obligation entre 2028 et 2030."),
        P("Le texte annonce aussi ce qui sera demandé. On y retrouve la composition et les substances "
          "préoccupantes, la part de matière recyclée, les informations de réparation et de démontage, et les "
          "consignes de fin de vie. Il prévoit des niveaux d'accès différents : le client voit une partie des "
          "données, le réparateur davantage, les autorités de contrôle tout. Cette architecture en couches "
          "compte pour nous, car elle permet de protéger les informations sensibles, comme le nom de nos "
          "fournisseurs de vernis, tout en répondant aux contrôles."),
        P("Enfin, la tendance ne se limite pas à l'Europe : la France a déjà imposé l'indice de réparabilité pour "
          "certains appareils et demande des informations environnementales aux metteurs sur le marché. Le "
          "passeport va regrouper ces obligations dispersées dans un seul dispositif."),
        H(1, "6. La tendance, côté ateliers", {"trend-analysis": "ok"}),
        P("Sur le terrain, la tendance avance plus lentement que dans les textes. Sur les cinq fabricants "
          "rencontrés, un seul a lancé un projet ; les quatre autres attendent l'acte délégué. Tous citent la "
          "même difficulté : leurs fournisseurs de panneaux, de quincaillerie et de vernis ne savent pas encore "
          "fournir des données fiables, et certains refusent de dire d'où vient leur bois au-delà du pays. Les "
          "éditeurs, eux, vendent déjà des plateformes de passeport, souvent pensées pour le textile, et "
          "annoncent des prix qui vont de quelques milliers à plus de cent mille euros par an."),
        P("Mon prototype confirme cette lecture. Il a fallu trente-deux heures pour rassembler les données de la "
          "gamme Alba, dont vingt-quatre passées à relancer des fournisseurs. La partie technique, générer les "
          "QR codes et la page publique, a pris une journée avec un outil du marché."),
        P("Trois signaux montrent pourtant que le terrain commence à bouger. Les acheteurs publics glissent "
          "déjà des questions de réparabilité et d'origine dans leurs cahiers des charges, sans attendre "
          "l'obligation. Les enseignes allemandes et scandinaves demandent des déclarations de plus en plus "
          "détaillées à leurs fournisseurs français. Et l'éco-organisme de la filière teste la lecture de QR "
          "codes dans deux centres de tri pour orienter les meubles collectés. La tendance est donc portée à la "
          "fois par la loi et par les clients, ce qui la rend difficile à ignorer, même pour les fabricants qui "
          "attendent. Mon analyse est qu'elle n'est pas une mode : elle s'inscrit dans un mouvement de fond "
          "vers des produits qui durent plus longtemps et dont on connaît l'histoire."),
        H(1, "7. Impacts", {"impacts-value": "ok"}),
        P("Le passeport touche presque tous les services de l'entreprise. Le tableau suivant les reprend en "
          "distinguant le coût et la valeur que chacun peut attendre."),
        T([["Domaine", "Impact", "Coût estimé", "Valeur attendue"],
           ["Achats", "exiger des données de chaque fournisseur", "0,3 poste pendant deux ans",
            "fournisseurs mieux connus, moins de risques"],
           ["Conception", "prévoir le démontage dès le dessin", "formation de quatre dessinateurs",
            "produits plus faciles à réparer"],
           ["Ventes", "répondre aux appels d'offres en un clic", "nul une fois les données prêtes",
            "deux semaines de travail gagnées par appel d'offres"],
           ["Après-vente", "vendre des pièces détachées", "un catalogue à créer",
            "nouveau revenu estimé à 150 000 euros par an"],
           ["Systèmes d'information", "une base produits unique", "45 000 euros la première année",
            "fin des fichiers Excel par service"]]),
        P("La valeur principale n'est donc pas le passeport lui-même mais ce qu'il oblige à construire : une base "
          "de données produits fiable, qui sert ensuite les ventes et l'après-vente. C'est ce qui rend "
          "l'investissement défendable devant la direction."),
        P("Il existe aussi des impacts négatifs à ne pas cacher : une charge de travail supplémentaire pour les "
          "achats et le risque de perdre un ou deux petits fournisseurs historiques qui ne pourront pas suivre."),
        H(1, "8. Se préparer au changement", {"anticipation-strategy": "ok"}),
        P("Anticiper, pour Meubles Sorlin, c'est d'abord accepter que la contrainte arrivera, et choisir de s'y "
          "préparer à notre rythme plutôt qu'à celui de l'administration. Je propose une démarche en trois temps, "
          "sur trois ans, qui démarre avant que les exigences soient fixées et qui reste utile même si elles "
          "tardent."),
        P("Le premier temps, en 2027, consiste à mettre de l'ordre dans nos propres données. Aujourd'hui, une même "
          "chaise existe sous trois noms différents dans l'ERP, le logiciel de conception et le catalogue. Nous "
          "commencerons par créer une base produits unique pour les quarante références qui font 80 % du chiffre "
          "d'affaires, avec pour chacune les matières, les fournisseurs, les pièces et les consignes de "
          "montage. Ce chantier ne dépend d'aucun texte européen et sert immédiatement aux appels d'offres."),
        P("Le deuxième temps, en 2028, porte sur les fournisseurs. Nous ajouterons à nos contrats une clause "
          "demandant les données nécessaires, en commençant par les plus gros volumes : le hêtre, les panneaux et "
          "les vernis. Les fournisseurs qui ne pourront pas répondre seront accompagnés, puis remplacés si rien ne "
          "bouge. Les entretiens montrent que les fournisseurs répondent mieux quand plusieurs clients demandent "
          "la même chose : je propose donc de porter ce sujet avec le pôle d'excellence du meuble jurassien, pour "
          "qu'un questionnaire commun soit envoyé par cinq ou six fabricants à la fois."),
        P("Le troisième temps, en 2029, est la mise en place du passeport lui-même, sur la base produits déjà "
          "construite, avec un prestataire choisi par appel d'offres. À ce stade, l'acte délégué sera connu et "
          "le choix pourra se faire en connaissance de cause."),
        P("Cette démarche demande aussi un changement d'organisation. Il faut une personne responsable des "
          "données produits, rattachée à la direction industrielle et non à l'informatique, parce que les "
          "données viennent des ateliers et des achats. Il faut former les dessinateurs à penser le démontage, "
          "ce qui suppose de les associer tôt. Enfin, il faut expliquer aux équipes commerciales ce qu'elles "
          "pourront en tirer, pour qu'elles deviennent demandeuses plutôt que spectatrices."),
        P("Anticiper veut enfin dire prévoir les scénarios contraires. Si l'acte délégué pour le meuble exige "
          "un passeport par objet et non par modèle, il faudra marquer chaque chaise au moment de l'emballage, "
          "ce qui suppose une imprimante et un poste de travail sur chaque ligne ; j'estime ce surcoût à 60 000 "
          "euros, à prévoir dans le budget 2029. Si au contraire le texte tarde au-delà de 2030, la base "
          "produits aura tout de même servi aux ventes et à l'après-vente, et rien ne sera perdu. Dans les deux "
          "cas, la démarche proposée reste pertinente. Je propose de revoir ces scénarios chaque année au "
          "comité de direction de janvier, à la lumière de la veille, et de décaler les étapes si nécessaire "
          "plutôt que de tout lancer d'un coup."),
        H(1, "9. Recommandations", {"recommendations": "ok"}),
        P("Je formule cinq recommandations à la direction de Meubles Sorlin, par ordre de priorité."),
        L(["Nommer dès janvier 2027 une responsable des données produits, à mi-temps pendant deux ans, rattachée au "
           "directeur industriel, avec un budget propre.",
           "Construire la base produits unique sur les quarante références principales avant la fin 2027, en "
           "partant du prototype de la gamme Alba.",
           "Rejoindre le groupe de travail du pôle meuble et y proposer un questionnaire fournisseurs commun, pour "
           "partager le coût de la collecte avec d'autres fabricants.",
           "Ne choisir aucune plateforme de passeport avant la publication de l'acte délégué, mais tester deux "
           "outils sur la gamme Alba pour connaître les prix réels.",
           "Utiliser dès 2027 les données rassemblées dans les réponses aux appels d'offres publics et dans le "
           "lancement d'un service de pièces détachées."]),
        P("Ces recommandations coûtent environ 90 000 euros sur deux ans, dont la moitié pour le poste de "
          "responsable des données. Elles répondent aux trois hypothèses de départ : la première est confirmée, "
          "puisque l'essentiel de l'effort porte sur les fournisseurs ; la deuxième aussi, car les appels "
          "d'offres valorisent déjà ces données ; la troisième reste à vérifier, faute d'exemple de démarche "
          "mutualisée aboutie. Je recommande de faire un premier bilan en juin 2027, au vu du temps réellement "
          "passé et des appels d'offres gagnés, et de revoir le calendrier si l'acte délégué pour le meuble est "
          "publié plus tôt que prévu. Les perspectives sont larges : la même base pourrait servir un jour au "
          "calcul de l'empreinte carbone de chaque modèle, que plusieurs acheteurs publics commencent à "
          "demander, et à la revente de meubles d'occasion remis en état par nos soins."),
        P("Pour suivre ces recommandations, je propose trois indicateurs simples : le nombre de références dont "
          "la fiche est complète dans la base produits, le nombre de fournisseurs qui ont répondu au "
          "questionnaire commun, et le temps passé à répondre à chaque appel d'offres public. Le premier "
          "devrait atteindre quarante à la fin 2027, le deuxième couvrir 80 % de nos achats en valeur à la fin "
          "2028."),
        H(1, "10. Veille", {"watch-scope": "ok"}),
        P("Le sujet bouge vite : les textes d'application sont en préparation, les éditeurs se multiplient et les "
          "concurrents s'organisent. La veille que je propose porte sur quatre thèmes : la réglementation "
          "européenne et française sur l'information produit ; les standards techniques d'identification et "
          "d'échange de données ; les solutions du marché et leurs prix ; les pratiques des autres fabricants "
          "et des distributeurs. Elle ne couvre pas l'écoconception en général, trop large, ni les questions "
          "de recyclage industriel, suivies par l'éco-organisme. Elle s'adresse à trois lecteurs : le directeur "
          "industriel, la future responsable des données produits et moi-même."),
        P("Le périmètre géographique est d'abord européen, puisque l'obligation viendra de Bruxelles, mais j'y "
          "ajoute la France pour les lois nationales et l'Allemagne, premier marché d'exportation de "
          "l'entreprise, dont les enseignes imposent souvent leurs propres exigences avant les textes. La "
          "veille doit permettre trois choses : savoir à temps quand l'acte délégué pour le meuble sera publié "
          "et ce qu'il exigera, choisir un outil au bon moment et au bon prix, et repérer ce que font nos "
          "concurrents pour ne pas être pris de court."),
        H(2, "10.1 Sources", {"source-choice": "ok"}),
        P("J'ai retenu les sources selon trois critères : leur lien direct avec le passeport dans le meuble, "
          "leur fiabilité et leur fréquence de publication. Pour la réglementation, seules les sources "
          "officielles font foi : le journal officiel de l'Union, les pages de la Commission consacrées à "
          "l'écoconception et les consultations publiques. J'y ajoute la lettre d'information de la fédération "
          "française du meuble, qui traduit ces textes en conséquences pratiques, et celle de l'éco-organisme de "
          "la filière."),
        P("Pour les standards, je suis l'organisme qui gère les codes-barres de la distribution, dont les travaux "
          "sur les QR codes normalisés sont la base la plus probable du passeport, et les comités de "
          "normalisation européens chargés du sujet. Pour le marché, je suis une dizaine d'éditeurs repérés "
          "lors des entretiens et deux salons professionnels. Pour les pratiques, je m'appuie sur le réseau des "
          "fabricants rencontrés et sur la presse spécialisée du meuble."),
        P("J'ai écarté les blogs de consultants et la plupart des publications sur les réseaux sociaux : "
          "nombreuses, répétitives et souvent écrites pour vendre. Je garde toutefois deux comptes d'experts "
          "reconnus qui signalent rapidement les nouveaux textes. Chaque source est notée sur sa fiabilité et "
          "revue une fois par an."),
        P("Pour noter la fiabilité, j'utilise une échelle simple en trois niveaux. Une source est très fiable "
          "si elle est officielle ou si elle cite ses données ; elle est fiable si elle vient d'une "
          "organisation reconnue de la filière, même si elle défend des intérêts ; elle est d'une fiabilité "
          "moyenne si elle émane d'un acteur qui vend une solution. Les informations venues d'une source "
          "moyenne ne sont reprises dans la note mensuelle qu'après confirmation par une source de niveau "
          "supérieur. Ce choix rend la veille un peu plus lente, mais il évite de relayer des annonces "
          "commerciales comme des faits."),
        H(2, "10.2 Inventaire", {"source-inventory": "ok"}),
        T([["Source", "Thème", "Fiabilité", "Fréquence"],
           ["Journal officiel de l'Union européenne", "réglementation", "très haute", "à chaque texte"],
           ["Pages écoconception de la Commission", "réglementation", "très haute", "mensuelle"],
           ["Fédération française du meuble", "réglementation, pratiques", "haute", "mensuelle"],
           ["Éco-organisme de la filière", "fin de vie", "haute", "trimestrielle"],
           ["Organisme des codes-barres", "standards", "haute", "trimestrielle"],
           ["Dix éditeurs de plateformes", "marché", "moyenne", "au fil de l'eau"],
           ["Presse spécialisée du meuble", "pratiques", "moyenne", "hebdomadaire"]]),
        H(2, "10.3 Requêtes", {"search-queries": "ok"}),
        T([["Mots-clés", "Outil", "Thème"],
           ["« passeport numérique » ET meuble", "alerte Google", "réglementation"],
           ["\"digital product passport\" AND furniture", "alerte Google, LinkedIn", "pratiques"],
           ["ESPR delegated act furniture", "flux RSS de la Commission", "réglementation"],
           ["GS1 Digital Link passeport", "alerte Google", "standards"],
           ["plateforme DPP prix", "recherche mensuelle", "marché"]]),
        H(2, "10.4 Cycle et rythme", {"watch-cycle": "ok", "update-method": "ok"}),
        P("La veille suit un cycle en quatre étapes. La collecte est automatique : les alertes et les flux "
          "arrivent dans un lecteur commun. Le tri se fait chaque lundi matin, en trente minutes : je garde ce "
          "qui touche directement le meuble ou nos fournisseurs et j'archive le reste avec une étiquette. "
          "L'analyse a lieu une fois par mois : je rédige une note d'une page avec les trois faits du mois et ce "
          "qu'ils changent pour nous. La diffusion se fait au comité de direction du premier mardi du mois, où "
          "la note est lue et discutée en dix minutes."),
        P("Le rythme change selon l'actualité. Quand un acte délégué sur le meuble sera mis en consultation, la "
          "note deviendra hebdomadaire jusqu'à la date limite de réponse. Chaque année, en janvier, je revois la "
          "liste des sources, les mots-clés et les lecteurs, en supprimant les sources qui n'ont rien apporté "
          "en douze mois. Si je change de poste, la responsable des données produits reprend la veille : la "
          "méthode est écrite sur une page, avec les accès aux outils, pour que la relève se fasse en une "
          "semaine."),
        P("Pour vérifier que la veille sert, je compte chaque trimestre le nombre de notes lues en comité et "
          "les décisions qu'elles ont provoquées ; une veille qui ne change jamais rien doit être revue."),
        P("Les notes mensuelles sont classées dans un dossier partagé, par année, pour garder la trace de "
          "l'évolution du sujet."),
        H(2, "10.5 Outils", {"watch-tools": "thin"}),
        P("Un lecteur de flux RSS partagé et un tableau de bord dans notre intranet, mis à jour chaque mois. "
          "Rien de plus pour l'instant."),
        H(2, "10.6 Radar", {"technology-radar": "ok"}),
        Img(["Adopter : QR codes normalisés", "Essayer : base produits unique",
             "Évaluer : plateformes DPP", "Surveiller : puces RFID dans le bois"],
            caption="Radar du passeport numérique pour Meubles Sorlin, état de décembre 2026."),
        P("Le radar classe les technologies en quatre anneaux. Les QR codes normalisés sont à adopter dès "
          "maintenant : ils sont bon marché et déjà compris par les distributeurs. La base produits unique est à "
          "essayer, avec le prototype Alba. Les plateformes de passeport sont à évaluer, sans engagement avant "
          "l'acte délégué. Les puces RFID insérées dans le bois restent à surveiller : prometteuses pour le "
          "suivi objet par objet, elles coûtent encore trop cher pour nos séries. Le radar est mis à jour à "
          "chaque revue annuelle des sources."),
        P("Le radar est imprimé et affiché au bureau des méthodes, pour que les dessinateurs le voient chaque "
          "jour."),
        H(1, "11. Dans dix ans", {"prospective-vision": "ok"}),
        P("En 2036, je pense que chaque meuble vendu en Europe aura son passeport, et que la question ne sera plus "
          "de savoir s'il faut en avoir un, mais ce qu'on en fait. Trois signaux relevés pendant ce travail "
          "appuient cette vision. Le passeport batterie, en service depuis 2027, montre que l'obligation finit "
          "par s'appliquer même quand les industriels la jugent prématurée. Les acheteurs publics rencontrés "
          "demandent déjà des données que seul un passeport fournira de façon fiable. Et l'éco-organisme de la "
          "filière prépare des tris automatisés qui liront ces données pour orienter chaque meuble vers la "
          "réparation, le réemploi ou le recyclage."),
        P("Dans ce futur, deux modèles de fabricants coexisteront. Les premiers subiront le passeport comme une "
          "formalité, achetée à un prestataire et remplie au dernier moment. Les seconds en feront la colonne "
          "vertébrale de leur relation avec le client : vente de pièces détachées, reprise des meubles usagés, "
          "location aux entreprises avec suivi de l'état de chaque objet. Le meuble de bureau loué, qui reste "
          "une niche aujourd'hui, pourrait devenir un vrai marché si chaque chaise raconte son histoire."),
        P("Pour Meubles Sorlin, cette vision ouvre une voie crédible : devenir le fabricant jurassien qui répare "
          "et reprend ses chaises pendant trente ans. Cela suppose des produits démontables, des pièces "
          "disponibles et des données fiables, c'est-à-dire exactement ce que la démarche proposée dans ce "
          "mémoire construit. Si la réglementation prend du retard, cette voie reste ouverte ; si elle "
          "s'accélère, nous serons prêts avant la plupart de nos concurrents."),
        P("Cette vision a ses incertitudes, et je les nomme. Le coût des plateformes peut baisser fortement si "
          "des solutions publiques ou mutualisées apparaissent, comme la Commission l'a évoqué. Les "
          "consommateurs peuvent rester indifférents, auquel cas la valeur viendra surtout des professionnels. "
          "Enfin, les grands distributeurs peuvent imposer leur propre format, ce qui réduirait la marge de "
          "manœuvre des fabricants. Je suivrai ces trois points dans la veille, et je propose de revoir cette "
          "vision tous les deux ans au regard des faits observés."),
        P("La prochaine révision est prévue pour décembre 2028, après la publication attendue du texte sur le "
          "meuble."),
        H(1, "Conclusion", {"conclusion": "ok"}),
        P("Je suis parti d'une inquiétude exprimée en comité de direction et d'une question : comment se préparer "
          "au passeport numérique sans que la collecte des données n'en dévore le bénéfice ? Ce travail montre "
          "que la technologie n'est pas l'obstacle. Le vrai chantier est l'organisation des données, chez nous "
          "et chez nos fournisseurs, et il sert bien au-delà de l'obligation réglementaire."),
        P("Les trois hypothèses sont en partie vérifiées. Le coût vient surtout des fournisseurs, le prototype "
          "l'a montré. Le passeport sert aussi la vente, comme le prouvent les appels d'offres récents. La "
          "démarche collective reste une piste prometteuse mais non démontrée, que le pôle meuble peut tester. "
          "Ce mémoire a ses limites, notamment un prototype limité à une gamme simple et des entretiens avec "
          "des personnes déjà convaincues. La veille mise en place permettra de corriger ces conclusions à "
          "mesure que les textes seront publiés, et la direction dispose désormais d'un calendrier réaliste "
          "pour décider."),
        P("Au-delà de Meubles Sorlin, ce travail m'a convaincu que le passeport numérique est une occasion pour "
          "les PME du meuble de reprendre la main sur les informations de leurs produits, aujourd'hui "
          "dispersées entre fournisseurs, distributeurs et plateformes de vente. Celles qui construiront leurs "
          "données elles-mêmes garderont la relation avec leurs clients ; les autres la laisseront aux "
          "distributeurs. C'est, à mon sens, le véritable enjeu du sujet, et la raison pour laquelle il mérite "
          "d'être traité maintenant plutôt qu'à la veille de l'échéance."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Référence", "Année", "Type"],
           ["Règlement (UE) 2024/1781 établissant un cadre pour l'écoconception des produits durables", "2024",
            "texte officiel"],
           ["Règlement (UE) 2023/1542 relatif aux batteries", "2023", "texte officiel"],
           ["Commission européenne, plan de travail écoconception et étiquetage énergétique", "2025",
            "document officiel"],
           ["Fédération française du meuble, guide pratique du passeport numérique", "2025",
            "guide professionnel"],
           ["Loi n° 2020-105 relative à la lutte contre le gaspillage et à l'économie circulaire", "2020",
            "texte officiel"]]),
    ],
    missing=["appendices"],
)
