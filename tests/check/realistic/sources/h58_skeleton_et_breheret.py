from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: un mémoire sur le passeport numérique des produits imposé par l'Union européenne, pour un
    fabricant de meubles en bois de Vendée. Guidance deleted. Six headings retyped by replacing their runs (the
    bookmark lost each time), a seventh retyped keeping its bookmark. The abstract is a few lines, under its
    minimum (thin); the keyword and query table was deleted with its heading (missing). The other tables, the
    radar and the dashboard figure filled.""",
    cover={"project": "Le passeport numérique des produits dans l'ameublement",
           "company": "Ateliers Bréhéret", "candidate": "Manon Chaigneau", "school": "Web School Factory"},
    sections={
        "abstract": dict(status="thin", text=[
            "Ce mémoire étudie ce que le futur passeport numérique des produits, exigé par le règlement européen "
            "sur l'écoconception, va changer pour un fabricant de meubles de taille moyenne. À partir de "
            "quatorze entretiens, d'un essai sur deux modèles de bibliothèque et d'une veille de dix mois, il "
            "montre que l'obligation peut devenir un service pour les clients et les réparateurs.",
            "Mots-clés : passeport numérique, traçabilité, ameublement, écoconception, économie circulaire."]),
        "introduction": dict(status="ok", text=[
            "Les Ateliers Bréhéret fabriquent depuis 1961 des meubles en bois massif et en panneaux à La "
            "Roche-sur-Yon. L'entreprise emploie 218 personnes, réalise 41 millions d'euros de chiffre "
            "d'affaires et vend surtout par l'intermédiaire de grandes enseignes, en France et en Belgique. J'y "
            "travaille en alternance depuis deux ans au sein du service méthodes, où l'on gère les nomenclatures "
            "et les fiches techniques de quelque 1 400 références.",
            "En 2024, l'Union européenne a adopté un règlement qui impose peu à peu, famille de produits par "
            "famille de produits, un passeport numérique : un identifiant unique, souvent lu par un QR code, qui "
            "donne accès aux informations sur la composition, l'origine des matériaux, la réparabilité et la fin "
            "de vie du produit. Les meubles figurent parmi les premières familles visées par le plan de travail "
            "de la Commission. Les actes délégués qui fixeront le contenu exact ne sont pas encore publiés, "
            "mais les grandes enseignes demandent déjà à leurs fournisseurs de se préparer, et deux d'entre "
            "elles ont envoyé aux Ateliers un questionnaire de vingt pages au printemps 2026.",
            "La direction voit surtout dans ce passeport une charge administrative de plus, arrivant après la "
            "responsabilité élargie du producteur et l'affichage environnemental. Le service commercial, lui, y "
            "voit une occasion de se distinguer des meubles importés. Cette tension entre contrainte et "
            "opportunité, dans une entreprise qui n'a ni service informatique étoffé ni base de données produit "
            "unique, est le point de départ de ce mémoire.",
            "Après avoir présenté la question et les hypothèses, j'explique le choix du sujet, puis je fais le "
            "point sur ce que disent les textes et les études. Je décris ensuite ma méthode, j'analyse la "
            "tendance et ses effets sur l'entreprise, avant de proposer une stratégie et des actions. La "
            "seconde partie présente la veille que j'ai mise en place pour suivre le sujet, et la vision qui en "
            "découle pour les cinq prochaines années. Le lecteur pressé trouvera les propositions dans la partie "
            "consacrée aux préconisations, et le dispositif de veille dans la seconde partie, qui peut être lue "
            "seule par l'équipe qui la reprendra."]),
        "research-question": dict(status="ok", retitle="Ma question, et ce que je pensais trouver", text=[
            "Ma question est la suivante : comment un fabricant de meubles de taille moyenne peut-il se préparer "
            "au passeport numérique des produits de façon à en tirer de la valeur, et pas seulement à s'y "
            "conformer ? J'ai posé trois hypothèses au départ. Première hypothèse : la principale difficulté "
            "n'est pas technique mais tient à la dispersion des données produit entre plusieurs services. "
            "Deuxième hypothèse : les informations de réparabilité intéressent davantage les clients que les "
            "informations d'origine. Troisième hypothèse : mutualiser le travail avec d'autres fabricants de la "
            "filière réduit fortement le coût de mise en conformité."]),
        "subject-choice": dict(status="ok", text=[
            "J'ai choisi ce sujet parce qu'il touche directement mon travail quotidien. Au service méthodes, je "
            "passe une partie de mes semaines à répondre à des questions d'enseignes sur la composition d'un "
            "meuble, l'origine du bois ou la présence de certaines substances dans les colles et les vernis. "
            "Chaque réponse demande d'aller chercher l'information dans trois ou quatre fichiers différents, "
            "parfois chez le fournisseur. Le passeport numérique va transformer ces demandes ponctuelles en "
            "obligation permanente, pour chaque produit vendu.",
            "Le sujet est nouveau pour le secteur. L'ameublement français est fait en grande partie de PME et "
            "d'entreprises de taille intermédiaire qui n'ont pas connu d'obligation de traçabilité numérique "
            "comparable à celle de l'alimentaire ou de la pharmacie. Les batteries ont ouvert la voie avec leur "
            "propre passeport, obligatoire à partir de 2027, mais aucun fabricant de meubles de notre taille ne "
            "communique encore sur un projet avancé. Les ressources disponibles sont surtout juridiques ou "
            "pensées pour de très grands groupes.",
            "Enfin, le calendrier s'y prête. Les textes précis arriveront dans les deux ou trois ans qui "
            "viennent ; c'est le moment où une entreprise peut encore choisir sa manière de faire plutôt que la "
            "subir. La direction des Ateliers a accepté que je consacre une partie de mon alternance à ce "
            "travail, à condition qu'il débouche sur des propositions concrètes et chiffrées. Le sujet répond "
            "donc à la fois à une attente de l'entreprise, à un manque dans la filière et à mon envie de "
            "travailler sur la donnée produit, domaine dans lequel je souhaite poursuivre après mon diplôme. "
            "Mon tuteur, responsable du service méthodes, m'a encouragée dans ce choix : il attend de ce travail une feuille de route qu'il pourra défendre devant la direction."]),
        "state-of-the-art": dict(status="ok", retitle="Ce que disent les textes et les études", text=[
            "La littérature sur le passeport numérique des produits est récente et se répartit en trois "
            "ensembles : les textes réglementaires et leurs commentaires, les travaux de recherche sur la "
            "traçabilité et l'économie circulaire, et les retours d'expérience des premiers secteurs concernés.",
            "Les textes réglementaires posent un cadre général plutôt que des règles détaillées. Le règlement "
            "sur l'écoconception pour des produits durables fixe les principes : un identifiant unique, des "
            "données accessibles par un support physique, un accès différencié selon les acteurs (consommateur, "
            "réparateur, autorité de contrôle) et une durée de disponibilité des données au moins égale à la vie "
            "du produit. Le contenu par famille sera précisé par des actes délégués. Les commentaires de "
            "juristes et d'organisations professionnelles, comme ceux de l'Ameublement français, insistent sur "
            "l'incertitude qui en découle : il faut se préparer sans savoir exactement à quoi.",
            "La recherche académique est plus ancienne sur la traçabilité que sur le passeport lui-même. Les "
            "travaux sur les chaînes d'approvisionnement du bois montrent que la traçabilité de l'origine est "
            "déjà exigée par le règlement contre la déforestation, et que les entreprises qui ont structuré ces "
            "données pour une obligation peuvent les réutiliser pour une autre. Plusieurs articles récents "
            "proposent des architectures de passeport, certaines fondées sur une chaîne de blocs, d'autres sur "
            "des bases de données classiques reliées par des identifiants normalisés. Les auteurs les plus "
            "prudents rappellent que la technologie choisie compte moins que la qualité des données saisies à la "
            "source.",
            "Les retours d'expérience viennent surtout des batteries et du textile. Les fabricants de batteries "
            "ont dû définir très tôt des modèles de données communs ; le consortium allemand qui a travaillé sur "
            "le sujet publie des guides détaillés et montre que l'effort se concentre sur la collecte auprès des "
            "fournisseurs de rang deux et trois. Dans le textile, plusieurs marques ont déjà placé des QR codes "
            "sur leurs étiquettes ; les études de leurs résultats montrent un taux de scan faible, souvent "
            "inférieur à 3 %, sauf lorsque le code donne accès à un service concret, comme la réparation ou la "
            "revente.",
            "Enfin, quelques travaux s'intéressent aux PME. Ils convergent sur deux points : le coût d'entrée "
            "est d'abord organisationnel, car il faut une source unique et fiable pour les données produit, et "
            "la mutualisation par branche ou par plateforme réduit la charge. Ils divergent sur la valeur "
            "créée : certains n'y voient qu'une conformité coûteuse, d'autres un outil de relation client et de "
            "seconde vie des produits. C'est cette divergence que mon travail cherche à éclairer dans le cas de "
            "l'ameublement, où presque rien n'a encore été publié. "
            "Je n'ai trouvé, en français, qu'un seul rapport consacré à la filière, publié par un centre technique en 2025, et il s'arrête aux questions de format sans aborder l'organisation interne."]),
        "methodology": dict(status="ok", text=[
            "J'ai combiné trois approches entre janvier et octobre 2026. La première est une série de quatorze "
            "entretiens semi-directifs d'une heure environ : cinq personnes des Ateliers (méthodes, achats, "
            "qualité, commercial, direction), trois acheteurs d'enseignes, deux fournisseurs de panneaux et de "
            "quincaillerie, deux réparateurs et deux responsables d'un autre fabricant de la région. Les "
            "entretiens ont été enregistrés avec accord, puis codés par thème dans un tableur.",
            "La deuxième approche est un essai. Avec le service méthodes, nous avons construit le passeport de "
            "deux modèles de bibliothèque, l'un en chêne massif et l'autre en panneaux mélaminés, en rassemblant "
            "toutes les données que le projet de texte semble demander. J'ai mesuré le temps passé, le nombre de "
            "sources consultées et la part des données introuvables. Nous avons ensuite montré ces passeports à "
            "vingt-deux clients dans deux magasins partenaires, avec un questionnaire court.",
            "La troisième approche est la veille documentaire décrite dans la seconde partie, qui m'a permis de "
            "suivre l'avancée des textes et des projets pilotes pendant dix mois. Chaque source a été notée sur "
            "sa fiabilité, et je n'ai retenu dans l'analyse que les informations confirmées par au moins deux "
            "sources indépendantes.",
            "Cette méthode a ses limites : l'échantillon de clients est petit et recruté dans des magasins "
            "plutôt haut de gamme, et l'essai ne porte que sur deux modèles. Je les signale dans l'analyse. "
            "Les entretiens avec les enseignes ont par ailleurs été menés avant la publication de leurs propres cahiers des charges, qui pourraient modifier leurs attentes. Pour limiter ces biais, j'ai fait relire mes conclusions intermédiaires par deux des personnes interrogées, l'une aux Ateliers et l'autre chez un fournisseur, en juillet, et j'ai corrigé deux points à la suite de leurs remarques sur le coût des données fournisseurs."]),
        "trend-analysis": dict(status="ok", retitle="Où va la traçabilité des meubles ?", text=[
            "La tendance de fond est claire : l'information sur un produit ne sera plus un document remis à "
            "l'acheteur ou à l'enseigne, mais une donnée permanente, consultable pendant toute la vie du meuble "
            "par des personnes que le fabricant ne connaît pas. Trois mouvements y contribuent et se renforcent.",
            "Le premier est réglementaire. Après les batteries, l'Union européenne étend le passeport à d'autres "
            "familles ; les meubles, les textiles et les matelas sont cités parmi les priorités. Les textes sur "
            "la déforestation, la responsabilité élargie du producteur et l'affichage environnemental demandent "
            "déjà des données proches. Pour les Ateliers, cela signifie que la même information, l'origine d'un "
            "panneau par exemple, sera demandée par plusieurs textes, sous plusieurs formats, si rien n'est "
            "organisé.",
            "Le deuxième mouvement vient des enseignes. Les trois acheteurs interrogés veulent recevoir les "
            "données produit dans un format standard, directement dans leurs systèmes, et plus sous forme de "
            "fichiers Excel. L'un d'eux a fixé une date : à partir de 2028, un fournisseur incapable de fournir "
            "ces données pour chaque référence sera déréférencé. La pression commerciale arrivera donc sans "
            "doute avant l'obligation légale.",
            "Le troisième mouvement est celui de la seconde vie. Les réparateurs interrogés passent un temps "
            "considérable à identifier une pièce ou une quincaillerie ; les plateformes de revente de meubles "
            "d'occasion cherchent à décrire les produits de façon fiable. Un passeport qui donne la liste des "
            "pièces, les références de quincaillerie et une notice de démontage répond directement à leur "
            "besoin.",
            "L'essai confirme ma première hypothèse. Construire le passeport d'une bibliothèque a demandé onze "
            "heures pour le modèle en chêne et dix-sept pour le modèle en panneaux, et mobilisé neuf sources "
            "différentes. Près d'un quart des données n'existaient nulle part dans l'entreprise : la composition "
            "exacte des colles et le pays de transformation des panneaux, en particulier. La difficulté n'est "
            "donc pas l'outil, mais la dispersion et les trous dans les données.",
            "La deuxième hypothèse est confirmée aussi, avec une nuance. Les clients interrogés ont d'abord "
            "cherché la notice de montage et les pièces détachées ; l'origine du bois arrivait en troisième "
            "position, sauf chez les acheteurs du modèle en chêne. Le passeport a donc d'autant plus de valeur "
            "qu'il sert à quelque chose après l'achat.",
            "La troisième hypothèse n'est que partiellement vérifiée. Mutualiser les données des fournisseurs "
            "communs avec un autre fabricant réduirait l'effort d'environ un tiers, mais les deux entreprises "
            "n'utilisent pas les mêmes codes articles, et un travail de correspondance serait nécessaire avant "
            "tout gain. "
            "Ce travail de correspondance prendrait plusieurs mois, mais il ne serait à faire qu'une fois et servirait ensuite aux deux entreprises pour toutes les obligations à venir. "
            "Je reviens sur ce point dans la stratégie proposée plus loin, car il conditionne une partie des économies attendues."]),
        "impacts-value": dict(status="ok", text=[
            "Le tableau rassemble les effets que j'attends pour les Ateliers, d'après l'essai et les entretiens. "
            "Les deux premières lignes sont des coûts évités ; les suivantes sont des sources de valeur nouvelles, "
            "plus incertaines mais plus durables.",
            "L'impact le plus important à court terme concerne le service méthodes et les commerciaux : ils "
            "passent aujourd'hui près de 600 heures par an à répondre aux questionnaires des enseignes, et une "
            "base unique réduirait ce temps de moitié. "
            "Les effets sur la marque sont les plus difficiles à chiffrer, mais ce sont eux que les clients interrogés en magasin ont spontanément cités."],
            tables=[[
                ["Méthodes et qualité", "une seule base de données produit au lieu de quatre fichiers", "environ 300 heures par an économisées", "court terme"],
                ["Commercial", "réponses immédiates aux enseignes", "maintien du référencement chez les trois clients principaux", "court terme"],
                ["Service après-vente", "pièces identifiées par le client grâce au QR code", "moins d'appels, ventes de pièces détachées", "moyen terme"],
                ["Marque", "origine et réparabilité visibles en magasin", "argument face aux meubles importés", "long terme"]]]),
        "anticipation-strategy": dict(status="ok", text=[
            "Anticiper, pour les Ateliers, ne veut pas dire attendre les actes délégués puis courir. Les textes "
            "arriveront avec un délai d'application de dix-huit mois environ, ce qui est court pour une "
            "entreprise qui doit d'abord remettre de l'ordre dans ses données. Je propose donc une stratégie en "
            "trois temps, qui commence dès 2027 par ce qui sera utile quel que soit le contenu final du "
            "passeport.",
            "Le premier temps, en 2027, consiste à créer une base de données produit unique. Aujourd'hui, les "
            "nomenclatures sont dans l'ERP, les fiches techniques dans des fichiers Word, les certificats des "
            "fournisseurs dans un dossier partagé et les informations de conditionnement chez le service "
            "logistique. Un outil de gestion des informations produit, relié à l'ERP, deviendrait la seule "
            "référence. Le choix de l'outil compte moins que la règle qui l'accompagne : chaque donnée a un "
            "propriétaire, et une référence ne peut pas être lancée en fabrication si ses données ne sont pas "
            "complètes.",
            "Le deuxième temps, en 2027 et 2028, porte sur les fournisseurs. L'essai a montré que les données "
            "manquantes viennent surtout d'eux. Je propose d'ajouter aux contrats une clause de fourniture des "
            "données, d'envoyer à nos quarante fournisseurs principaux un modèle de fiche commun, et de commencer "
            "par les huit qui représentent 70 % des achats de matières. Cette démarche gagnerait à être menée "
            "avec l'autre fabricant rencontré, qui partage six de ces fournisseurs.",
            "Le troisième temps, à partir de 2028, est celui du passeport lui-même. Une fois les données fiables, "
            "produire le passeport devient une question de format et d'hébergement, pour laquelle des "
            "prestataires proposeront des offres standard. Je recommande de commencer par une gamme pilote, les "
            "bibliothèques, avec un QR code sur la notice et sous une étagère, pointant vers une page qui donne "
            "d'abord la notice, les pièces détachées et la démarche de réparation, puis la composition et "
            "l'origine.",
            "Cette stratégie touche l'organisation autant que les outils. Le service méthodes deviendrait "
            "responsable de la donnée produit, ce qui demande un poste de plus, au moins pendant deux ans. Les "
            "acheteurs devraient suivre la qualité des données fournisseurs comme ils suivent les délais. La "
            "direction, enfin, devrait porter le sujet devant les enseignes, pour en faire un argument "
            "commercial plutôt qu'une réponse à leurs exigences. Le coût total est estimé à 180 000 euros sur "
            "trois ans, dont la moitié pour le poste supplémentaire, ce qui reste inférieur au chiffre d'affaires "
            "réalisé avec la seule enseigne qui menace de déréférencer les fournisseurs non prêts. "
            "Ne rien faire coûterait donc plus cher que d'agir tôt, même dans l'hypothèse où les textes prendraient du retard. "
            "La direction a demandé que ce chiffrage soit revu chaque année, à la lumière des textes publiés et des demandes réelles des enseignes."]),
        "recommendations": dict(status="ok", retitle="Mes propositions pour les Ateliers", text=[
            "Je formule cinq propositions, classées par ordre de priorité.",
            "1. Nommer dès janvier 2027 une responsable de la donnée produit au service méthodes, avec une "
            "lettre de mission signée par la direction. Sans propriétaire clair, aucune des autres actions ne "
            "tiendra dans la durée.",
            "2. Lancer au premier trimestre 2027 le choix d'un outil de gestion des informations produit relié à "
            "l'ERP, avec un cahier des charges qui intègre dès le départ les champs probables du passeport. "
            "Budget estimé : 45 000 euros la première année.",
            "3. Engager les huit fournisseurs principaux avant l'été 2027, avec le modèle de fiche commun et une "
            "clause contractuelle, et proposer à l'autre fabricant vendéen de mener cette démarche ensemble.",
            "4. Faire de la gamme bibliothèques un pilote public en 2028 : QR code, page de service, pièces "
            "détachées commandables. Mesurer le taux de scan, les appels au service après-vente et les ventes de "
            "pièces, et décider de l'extension au vu de ces chiffres.",
            "5. Participer aux groupes de travail de l'Ameublement français sur les actes délégués, pour que le "
            "point de vue des entreprises de taille moyenne y soit entendu.",
            "Ces propositions ouvrent plusieurs perspectives. La base unique servira aussi à l'affichage "
            "environnemental et aux déclarations de responsabilité élargie du producteur. Le QR code peut devenir "
            "la porte d'entrée d'un service de reprise des meubles usagés, que la direction envisage depuis "
            "longtemps. Enfin, si la démarche commune avec l'autre fabricant fonctionne, elle pourrait s'étendre "
            "à d'autres entreprises de la filière régionale, à travers le pôle ameublement des Pays de la Loire. "
            "Chacune de ces propositions a été discutée avec la personne qui la porterait, et la direction a déjà validé la première lors du comité de novembre. Les autres seront présentées au comité de janvier avec un budget détaillé, un calendrier et des indicateurs de suivi simples : taux de références complètes dans la base, nombre de fournisseurs engagés, temps moyen de réponse aux enseignes et taux de scan sur la gamme pilote. "
            "Ils seront suivis chaque trimestre en comité."]),
        "watch-scope": dict(status="ok", text=[
            "Ma veille porte sur le passeport numérique des produits appliqué à l'ameublement. Elle doit répondre "
            "à une question pratique : qu'est-ce qui change, et quand, pour un fabricant comme les Ateliers ? Je "
            "l'ai organisée selon quatre axes. L'axe réglementaire suit l'avancée des textes européens et leur "
            "application en France. L'axe marché suit ce que demandent les enseignes et ce que font les "
            "concurrents. L'axe technique suit les standards de données, les identifiants et les offres des "
            "prestataires. L'axe usages suit ce que les clients, les réparateurs et les plateformes de revente "
            "font réellement des passeports déjà en place dans d'autres secteurs. Le périmètre exclut les "
            "questions de fiscalité et les produits d'autres filières, sauf quand ils servent de précédent, comme "
            "les batteries et le textile. "
            "Chaque axe a un destinataire principal dans l'entreprise : la direction pour la réglementation, le directeur commercial pour le marché, le service méthodes pour la technique et le service après-vente pour les usages. Ce lien entre axe et destinataire m'aide à décider ce qui mérite une fiche."]),
        "source-choice": dict(status="ok", text=[
            "J'ai cherché pour chaque axe au moins une source officielle, une source professionnelle et une "
            "source de terrain, pour ne jamais dépendre d'un seul point de vue. Sur l'axe réglementaire, les "
            "sources officielles s'imposaient : le Journal officiel de l'Union européenne, le site de la "
            "Commission consacré à l'écoconception et les publications du ministère de la Transition "
            "écologique. Elles sont fiables mais arides ; je les complète par les notes de l'Ameublement "
            "français, qui traduisent les textes en conséquences pour la filière.",
            "Sur l'axe technique, j'ai retenu les publications de GS1, qui gère les identifiants utilisés dans "
            "la distribution, les travaux de normalisation européens sur le passeport, et les guides publiés "
            "pour les batteries, qui sont les plus avancés. J'ai écarté les livres blancs de prestataires comme "
            "sources d'information générale, car ils présentent tous leur propre solution comme une évidence ; "
            "je les lis seulement pour connaître l'offre.",
            "Sur l'axe marché, les sources sont surtout humaines : les acheteurs d'enseignes, les salons "
            "professionnels et la presse spécialisée de l'ameublement. Sur l'axe usages, je suis deux groupes de "
            "réparateurs sur les réseaux sociaux et les études publiées sur le textile.",
            "Chaque source a été notée de 1 à 5 selon son auteur, sa méthode et son indépendance. Au bout de "
            "trois mois, j'ai retiré six sources qui reprenaient les mêmes communiqués sans rien ajouter, et j'en "
            "ai ajouté trois, dont une revue scientifique sur l'économie circulaire qui publie des études de cas "
            "précises. La liste reste courte volontairement, pour que la veille puisse être tenue par une seule "
            "personne. "
            "Elle sera revue chaque trimestre, selon la même grille de notation, pour rester utile. "
            "Une source retirée peut revenir si elle publie à nouveau des informations utiles sur nos axes."]),
        "source-inventory": dict(status="ok", tables=[[
            ["Journal officiel de l'UE", "texte officiel", "seule source qui fait foi pour les obligations", "5, texte de loi", "à chaque parution, alerte EUR-Lex", "réglementation"],
            ["L'Ameublement français", "organisation professionnelle", "traduit les textes pour la filière", "4, parfois orientée", "mensuelle, lettre d'information", "réglementation et marché"],
            ["GS1 France", "organisme de normalisation", "identifiants et formats de données", "5, norme publiée", "trimestrielle, site", "technique"],
            ["Journal of Cleaner Production", "revue scientifique", "études de cas sur la circularité", "5, relue par les pairs", "mensuelle, Google Scholar", "usages"],
            ["Groupe « Réparateurs de meubles »", "réseau social", "besoins réels de la réparation", "2, témoignages à recouper", "hebdomadaire", "usages"]]]),
        "search-queries": dict(status="missing"),
        "watch-cycle": dict(status="ok", skip_cols=1, text=[
            "Mon cycle suit six étapes, qui me prennent environ deux heures par semaine. Le plus difficile a été "
            "l'analyse : au début je résumais tout, maintenant je ne garde que ce qui change quelque chose pour "
            "les Ateliers. "
            "Les étapes de ciblage et de sourcing reviennent moins souvent, mais elles évitent que la veille dérive."],
            tables=[[
                [None, "chaque septembre, revue des quatre axes avec mon tuteur et le directeur commercial", "entretien d'une heure", "une fois par an", "liste des axes signée"],
                [None, "ajout ou retrait de sources selon leur note et leur apport réel", "grille de notation Excel", "tous les trois mois", "inventaire révisé"],
                [None, "réception des alertes EUR-Lex et des flux classés par axe", "EUR-Lex, Inoreader", "chaque jour ouvré", "articles à trier"],
                [None, "tri, lecture, puis fiche de trois lignes avec la conséquence pour l'entreprise", "base Notion", "chaque jeudi", "fiches de veille"],
                [None, "envoi aux trois décideurs d'une page de cinq faits au plus", "messagerie", "premier lundi du mois", "note mensuelle"],
                [None, "rapprochement des fiches et des décisions du comité", "base Notion", "deux fois par an", "tableau des suites données"]]]),
        "update-method": dict(status="ok", retitle="Mon rythme de mise à jour", keep_bookmark=True, text=[
            "La veille n'a de valeur que si elle est tenue à jour sans effort héroïque. J'ai donc fixé des "
            "rendez-vous courts et réguliers. Chaque matin, cinq minutes suffisent à trier les alertes "
            "réglementaires, qui sont rares. Chaque jeudi après-midi, une heure et demie est consacrée à la "
            "lecture des flux et à la rédaction des fiches ; une fiche contient la source, sa note de fiabilité, "
            "l'axe, un résumé de trois lignes et la conséquence pour les Ateliers.",
            "Le premier lundi de chaque mois, j'envoie à la direction, au responsable méthodes et au directeur "
            "commercial une note d'une page : au plus cinq faits, chacun avec ce qu'il implique. Chaque "
            "trimestre, je revois l'inventaire des sources et les requêtes des alertes, car le vocabulaire évolue "
            "vite : le terme anglais employé par la Commission a changé deux fois en un an.",
            "Une fois par an, je présente un bilan au comité de direction et je propose d'ajuster les axes. "
            "Toute la méthode est décrite dans une procédure de deux pages, pour que la personne qui reprendra la "
            "donnée produit après mon alternance puisse continuer sans moi. J'ai testé cette procédure en la "
            "confiant pendant mes trois semaines de congé à une collègue du service qualité, qui l'a tenue sans "
            "difficulté. "
            "Elle m'a seulement demandé d'ajouter un exemple de fiche rédigée, ce que j'ai fait."]),
        "watch-tools": dict(status="ok", image=["Alertes EUR-Lex", "Flux Inoreader", "Fiches Notion", "Tableau de bord", "Comité de direction"],
            caption="De l'alerte au bilan annuel : les outils de la veille sur le passeport produit",
            text=["Les outils sont gratuits ou déjà utilisés dans l'entreprise. EUR-Lex envoie les alertes sur "
                  "les textes suivis ; Inoreader rassemble les sites et la presse par axe. Notion sert de base de "
                  "fiches, avec un tableau de bord qui montre les fiches de la semaine, les textes en cours de "
                  "discussion et les prochaines échéances connues.",
                  "Les accès sont partagés avec le responsable méthodes. "
            "Si je quitte l'entreprise, il peut reprendre les flux, les alertes et la base de fiches sans rien reconstruire. J'ai évité les outils payants de veille, trop chers pour le volume d'informations du sujet, qui reste modeste."]),
        "technology-radar": dict(status="ok", retitle="Mon radar", text=[
            "Depuis la première version du radar en mars, deux éléments ont avancé d'un cercle : les "
            "identifiants GS1 à lien numérique, que deux enseignes demandent désormais, et les outils de gestion "
            "des informations produit pour PME, dont l'offre s'est élargie. La chaîne de blocs reste en attente, "
            "faute de cas d'usage démontré dans notre secteur. "
            "Les puces RFID intégrées aux meubles restent aussi en attente : leur coût unitaire est encore trop élevé pour des produits vendus moins de 500 euros."],
            tables=[[
                ["QR code GS1 sur notice et étiquette, base produit unique reliée à l'ERP",
                 "page de service avec pièces détachées sur la gamme bibliothèques",
                 "plateformes mutualisées de données fournisseurs",
                 "chaîne de blocs, puces RFID dans les meubles"]]]),
        "prospective-vision": dict(status="ok", retitle="Les Ateliers en 2031", text=[
            "Que sera devenu le passeport dans cinq ans ? Ma veille me conduit à trois scénarios, que j'ai "
            "présentés à la direction en septembre.",
            "Dans le premier scénario, le plus probable à mes yeux, les actes délégués pour les meubles sont "
            "publiés en 2028 et s'appliquent en 2030. Le contenu reste raisonnable : identifiant, composition, "
            "origine des principaux matériaux, instructions de réparation et de démontage. Les enseignes exigent "
            "ces données dès 2028. Les fabricants qui ont une base produit propre s'adaptent en quelques mois ; "
            "les autres perdent des référencements. Les faits qui soutiennent ce scénario sont le plan de travail "
            "de la Commission, les dates annoncées par deux acheteurs et le calendrier suivi pour les batteries.",
            "Dans le deuxième scénario, les textes prennent du retard, comme cela arrive souvent, et la pression "
            "vient seulement des enseignes et des clients. Le passeport se développe alors surtout comme un outil "
            "commercial, porté par les marques qui veulent se distinguer. Ce scénario n'est pas défavorable aux "
            "Ateliers s'ils ont pris de l'avance.",
            "Dans le troisième scénario, moins probable, le passeport devient un outil de la seconde vie : les "
            "plateformes de revente et les réparateurs s'en servent massivement, et la valeur se déplace vers ceux "
            "qui proposent pièces, reprise et rénovation. Les signaux sont encore faibles, mais les chiffres du "
            "textile montrent que le taux de scan monte fortement quand un service est proposé.",
            "Dans les trois cas, la base de données produit unique est utile, ce qui justifie de commencer par "
            "elle. En 2031, je vois les Ateliers Bréhéret répondre à une enseigne en quelques minutes au lieu de "
            "plusieurs jours, vendre des pièces détachées en ligne et proposer la reprise de leurs bibliothèques. "
            "Le passeport n'aura alors plus rien d'une contrainte : il sera la façon normale de parler du produit, "
            "au client comme au réparateur. La veille servira à savoir lequel des scénarios se réalise, et à "
            "ajuster le rythme des investissements en conséquence, sans les arrêter. "
            "Je ferai le point sur ces scénarios chaque année, lors du bilan de veille."]),
        "conclusion": dict(status="ok", text=[
            "Je me demandais comment un fabricant de meubles de taille moyenne peut se préparer au passeport "
            "numérique des produits en en tirant de la valeur. La réponse tient en une idée : commencer par les "
            "données plutôt que par le passeport. L'essai a montré que la difficulté tient à la dispersion et "
            "aux trous des données produit, ce qui confirme ma première hypothèse. Les clients cherchent d'abord "
            "des services après l'achat, ce qui confirme la deuxième. La mutualisation avec d'autres fabricants "
            "est utile mais demande un travail préalable, ce qui ne confirme qu'en partie la troisième.",
            "Les propositions faites aux Ateliers découlent de ces résultats : une responsable de la donnée "
            "produit, une base unique, un travail commun avec les fournisseurs et un pilote public sur les "
            "bibliothèques. Ce mémoire a ses limites, en particulier un échantillon de clients réduit et des "
            "textes encore incomplets. La veille mise en place permettra de les dépasser au fil des publications, "
            "et de revoir les propositions si le contenu des actes délégués s'éloigne de ce que j'ai supposé. "
            "Elle restera active après la fin de mon alternance. "
            "Au-delà des Ateliers, ce travail montre qu'une entreprise de taille moyenne peut aborder une obligation européenne complexe avec des moyens simples, pourvu qu'elle commence tôt et qu'elle traite la donnée produit comme un actif commun à tous ses services plutôt que comme une affaire de conformité."]),
        "bibliography": dict(status="ok", tables=[[
            ["Règlement (UE) 2024/1781 établissant un cadre pour l'écoconception des produits durables", "texte officiel", "2024", "5", "cadre du passeport"],
            ["Battery Pass Consortium, « Battery Passport Content Guidance »", "guide", "2023", "4", "retour d'expérience des batteries"],
            ["GS1, « Digital Link Standard »", "norme", "2022", "5", "identifiants et QR codes"],
            ["Jensen S. F. et al., « Digital product passports for a circular economy », Journal of Cleaner Production", "article", "2023", "5", "architectures et enjeux pour les PME"],
            ["L'Ameublement français, note sur l'écoconception", "note professionnelle", "2025", "4", "conséquences pour la filière"]]]),
        "appendices": dict(status="ok", text=[
            "Annexe A : guide des entretiens.",
            "Annexe B : passeports d'essai des deux bibliothèques.",
            "Annexe C : questionnaire présenté aux clients en magasin."]),
    },
)
