from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. The methods manager of a furniture maker in the Jura
    writes on the digital product passport that European rules will require. The author's own chapter titles in
    Roman numerals; some sub-headings of the watch chapter are bold Normal paragraphs; the opening chapter holds
    both the introduction and the research question (merged); the radar sub-heading has nothing under it
    (empty).""",
    title="Chaque meuble aura sa carte d'identité",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Camille Jeunet, responsable méthodes, Meubles Vuillermoz (Morez, Jura)", "Décembre 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Meubles Vuillermoz fabrique à Morez, dans le Jura, des meubles de rangement et des tables en bois massif "
          "et en panneaux, vendus à des enseignes françaises et à des hôtels. L'entreprise compte 140 salariés et "
          "réalise 24 millions d'euros de chiffre d'affaires. Le règlement européen sur l'écoconception des produits "
          "durables prévoit qu'à partir de 2028 ou 2029 les meubles vendus en Europe portent un passeport numérique : "
          "un identifiant, souvent un QR code, qui donne accès aux matériaux, à l'origine du bois, aux conditions de "
          "réparation et de recyclage du produit. Ce mémoire se demande si cette obligation peut devenir, pour une "
          "entreprise de taille moyenne, une source de valeur plutôt qu'une charge administrative. Après une revue "
          "des textes et des expériences pilotes, onze entretiens et un essai sur une gamme de buffets, je montre "
          "que le passeport coûte peu s'il est construit à partir des données déjà présentes dans l'ERP, et qu'il "
          "ouvre trois gains : la vente de pièces détachées, l'accès aux appels d'offres publics et hôteliers qui "
          "exigent une traçabilité, et une meilleure connaissance des fournisseurs."),
        P("Mots-clés : passeport numérique de produit, écoconception, ameublement, traçabilité, économie circulaire, "
          "ERP, PME industrielle."),

        H(1, "I. D'où part ce travail", {"introduction": "ok", "research-question": "ok"}),
        P("En mars 2025, un acheteur d'une chaîne hôtelière nous a demandé, pour un appel d'offres de 900 chambres, "
          "la liste précise des essences de bois, des colles et des finitions de chaque meuble, avec l'origine des "
          "panneaux. Il nous a fallu trois semaines et l'aide de quatre services pour répondre. Nous avons perdu le "
          "marché, non sur le prix, mais parce qu'un concurrent danois fournissait ces informations en un clic, "
          "par un QR code collé sous chaque meuble. Cet épisode est à l'origine de ce mémoire."),
        P("Quelques mois plus tard, la publication du règlement européen sur l'écoconception a confirmé que ce "
          "qui était une exigence de quelques clients allait devenir une règle pour tous. Le meuble fait partie des "
          "premières familles de produits visées par les actes délégués, avec le textile, l'acier et les "
          "pneumatiques. Chaque produit mis sur le marché devra être relié à un ensemble de données accessible "
          "aux clients, aux réparateurs, aux recycleurs et aux autorités. Pour une entreprise comme la nôtre, qui "
          "fabrique 1 800 références et gère ses nomenclatures dans un ERP vieux de douze ans, la question n'est "
          "pas de savoir s'il faudra le faire, mais comment le faire sans y perdre des mois de travail."),
        P("Dans l'entreprise, le sujet suscite deux réactions opposées. La direction financière y voit une "
          "contrainte de plus, qui va coûter en logiciel et en temps de saisie. Le directeur commercial, lui, y "
          "voit une occasion de se distinguer face aux fabricants d'Europe de l'Est et d'Asie, qui auront du mal "
          "à documenter l'origine de leurs bois. Mon rôle de responsable méthodes me place entre les deux : c'est "
          "mon service qui tient les nomenclatures et les gammes de fabrication, donc les données dont le "
          "passeport aura besoin."),
        P("La question qui guide ce mémoire est donc la suivante : comment une PME de l'ameublement peut-elle "
          "mettre en place le passeport numérique de ses produits de façon à en tirer de la valeur, et pas "
          "seulement à respecter la loi ? J'avance trois hypothèses. Première hypothèse : l'essentiel des données "
          "existe déjà dans nos systèmes, mais dispersé. Deuxième hypothèse : le passeport peut soutenir de "
          "nouveaux services, comme la vente de pièces détachées et la reprise des meubles. Troisième "
          "hypothèse : les clients professionnels en feront un critère de choix avant même que la loi ne "
          "l'impose."),

        H(1, "II. Pourquoi ce sujet est neuf pour nous", {"subject-choice": "ok"}),
        P("Le passeport numérique n'est pas une idée nouvelle dans l'absolu : les batteries en auront un dès 2027 "
          "et l'industrie automobile suit ses pièces depuis longtemps. Il est en revanche neuf dans l'ameublement, "
          "et plus encore dans les entreprises de notre taille. Sur les 30 fabricants français interrogés par "
          "l'institut technologique du meuble en 2025, seuls deux avaient commencé un projet, tous deux des "
          "groupes de plus de 1 000 salariés. Aucun fabricant jurassien n'avait lancé de travail sur ce sujet au "
          "moment où j'ai commencé."),
        P("Le sujet transforme aussi notre façon de travailler. Aujourd'hui, une fiche produit est un document "
          "commercial, rédigé par le marketing à partir de photos et de dimensions. Demain, elle devra être le "
          "reflet exact de ce que l'usine a fabriqué : quel lot de panneaux, quelle teinte, quel fournisseur de "
          "quincaillerie. Cela change le rôle du bureau des méthodes, qui devient responsable d'une donnée "
          "publique et vérifiable, et celui des achats, qui devront obtenir des fournisseurs des informations "
          "qu'ils ne communiquent pas aujourd'hui."),
        P("Enfin, j'ai choisi ce sujet parce qu'il touche à la fois la technique, la réglementation et le "
          "modèle économique. Il permet de relier un projet de systèmes d'information à une stratégie "
          "commerciale, ce qui correspond au métier de manageur de l'innovation numérique que je vise. Il a aussi "
          "l'avantage d'être concret : l'entreprise devra prendre des décisions dans les dix-huit mois, et ce "
          "mémoire doit l'y aider. Mon directeur général a accepté que l'essai sur les buffets se fasse en "
          "conditions réelles, sur une vraie commande."),

        P("Le sujet est enfin rare dans les mémoires de notre école : je n'en ai trouvé aucun sur le passeport "
          "numérique dans les promotions précédentes, ce qui m'oblige à construire ma propre méthode."),
        H(1, "III. Ce que disent les textes et les premiers retours", {"state-of-the-art": "ok"}),
        P("Le cadre réglementaire est posé par le règlement européen de 2024 sur l'écoconception des produits "
          "durables. Il fixe le principe du passeport et laisse à des actes délégués, par famille de produits, le "
          "soin de préciser les données exigées. Pour le meuble, les travaux préparatoires de la Commission, "
          "publiés en 2025, citent la composition des matériaux, la présence de substances préoccupantes, la "
          "réparabilité, la disponibilité des pièces détachées et les instructions de démontage. L'acte délégué "
          "n'est pas encore adopté ; la date la plus probable d'application se situe entre 2028 et 2030."),
        P("Sur le plan technique, la norme européenne en préparation au comité CEN-CENELEC JTC 24 décrit "
          "l'identifiant unique, le support (QR code, puce NFC ou étiquette RFID) et les règles d'accès aux "
          "données. Le principe retenu est décentralisé : chaque fabricant héberge ses données ou les confie à "
          "un prestataire, et un registre européen ne garde que les identifiants. Les travaux du projet européen "
          "CIRPASS, de 2022 à 2024, ont testé ce modèle sur des textiles, des batteries et de l'électronique, et "
          "ont montré que la difficulté principale n'est pas la technologie mais la collecte des données chez "
          "les fournisseurs de rang deux et trois."),
        P("Dans l'ameublement, les expériences sont rares mais instructives. Un grand distributeur suédois a "
          "testé dès 2023 des étiquettes donnant accès aux notices de montage et aux pièces de rechange ; il "
          "annonce une baisse des appels au service client. Un fabricant danois de mobilier de bureau publie pour "
          "chaque chaise un document environnemental relié à un QR code, qu'il utilise comme argument dans les "
          "appels d'offres publics. En France, l'éco-organisme de la filière, Ecomaison, mène depuis 2025 un "
          "pilote avec quatre fabricants pour partager des données de recyclabilité. Les retours publiés "
          "concordent : le coût de l'étiquette est négligeable, celui de la donnée ne l'est pas."),
        P("La littérature académique est encore mince. Les articles de revue parus entre 2022 et 2025 décrivent "
          "surtout des architectures et des cas dans l'électronique. Plusieurs auteurs soulignent le risque de "
          "passeports « vitrines », remplis une fois et jamais mis à jour, et recommandent de les alimenter "
          "directement depuis les systèmes de production. D'autres insistent sur les questions de confidentialité : "
          "publier la composition exacte d'un produit peut aider un concurrent à le copier. Les textes prévoient "
          "d'ailleurs des niveaux d'accès différents selon le lecteur."),
        P("Enfin, les études de cabinets de conseil, à lire avec prudence, estiment qu'un passeport bien conçu "
          "peut réduire de 10 à 20 % les coûts de service après-vente et ouvrir des marchés de seconde main. Ces "
          "chiffres viennent d'autres secteurs et devront être vérifiés chez nous. Ce tour d'horizon montre que "
          "le sujet est mûr sur le plan réglementaire, encore ouvert sur le plan technique, et très peu exploré "
          "pour les PME du meuble, ce qui justifie l'approche de terrain que j'ai choisie."),

        H(1, "IV. Comment j'ai mené l'enquête", {"methodology": "ok"}),
        P("J'ai combiné trois méthodes. D'abord une revue documentaire : les textes européens et leurs travaux "
          "préparatoires, les livrables du projet CIRPASS, les publications de l'institut technologique du meuble "
          "et une vingtaine d'articles et d'études. J'ai classé chaque source selon sa nature, son auteur et sa "
          "date, et j'ai écarté les documents commerciaux d'éditeurs de logiciels quand ils n'étaient pas "
          "appuyés sur des données vérifiables."),
        P("Ensuite, onze entretiens semi-directifs de 45 minutes à une heure : quatre en interne (direction "
          "générale, commerce, achats, informatique), trois clients professionnels (une chaîne hôtelière, une "
          "enseigne, un acheteur public), deux fournisseurs de panneaux et de quincaillerie, un responsable de "
          "l'éco-organisme et un éditeur de plateforme de passeport. Chaque entretien a suivi la même grille : "
          "données disponibles, attentes, freins, coûts estimés. Les entretiens ont été enregistrés avec l'accord "
          "des personnes, puis résumés et codés par thème."),
        P("Enfin, un essai en conditions réelles sur la gamme de buffets « Lison », quatre références et 320 "
          "meubles fabriqués en septembre 2026. Avec le service informatique, j'ai extrait les nomenclatures de "
          "l'ERP, complété les données manquantes auprès des fournisseurs, puis généré un passeport par meuble "
          "sur une plateforme en essai gratuit. J'ai mesuré le temps passé par chaque service, la part des "
          "données trouvées automatiquement et les réactions de deux clients qui ont reçu les meubles."),
        P("Cette méthode a des limites : un seul essai, sur une gamme simple, et des clients choisis parce "
          "qu'ils étaient déjà intéressés. Je les garde en tête dans mes conclusions."),

        P("Pour limiter ces biais, j'ai fait relire mes synthèses d'entretiens par deux des personnes "
          "interrogées, et j'ai comparé les temps mesurés dans l'essai avec les estimations des éditeurs et "
          "avec les chiffres publiés par l'éco-organisme."),
        H(1, "V. Une tendance qui va s'imposer", {"trend-analysis": "ok"}),
        P("La première force qui pousse le passeport est réglementaire, et elle est difficile à contourner. Le "
          "règlement s'applique à tout produit mis sur le marché européen, qu'il soit fabriqué en Europe ou "
          "importé. Les actes délégués seront adoptés par vagues, et le meuble est dans la première. Les "
          "marchés publics français, qui comptent pour 15 % de nos ventes, intègrent déjà des clauses de "
          "traçabilité du bois depuis la loi de 2021 sur la lutte contre le gaspillage ; le passeport deviendra "
          "vite la façon standard d'y répondre."),
        P("La deuxième force est commerciale. Mes entretiens avec trois clients professionnels vont dans le même "
          "sens : la chaîne hôtelière exige déjà pour ses rénovations des fiches de composition par meuble, "
          "l'enseigne prépare un rayon de seconde main et veut savoir quels meubles peuvent être réparés, et "
          "l'acheteur public note la traçabilité dans ses critères. Aucun d'eux ne parle encore de passeport, "
          "mais tous demandent ce qu'il contiendra. Le passeport ne crée pas la demande ; il lui donne un format "
          "commun."),
        P("La troisième force est technique : le coût de l'identification a fortement baissé. Un QR code gravé au "
          "laser sur le panneau coûte quelques centimes, une étiquette NFC moins de vingt centimes. Les "
          "plateformes de gestion de passeports se multiplient ; j'en ai recensé neuf en Europe, dont trois "
          "françaises, avec des abonnements de 300 à 2 000 euros par mois pour une PME. Les ERP du marché "
          "annoncent des connecteurs. La barrière technique n'est donc plus l'outil, mais la qualité des "
          "données en amont."),
        P("C'est là que mon essai a été le plus parlant. Sur les 38 données que je voulais afficher pour chaque "
          "buffet, 21 étaient déjà dans l'ERP sous une forme exploitable (dimensions, essences, poids, "
          "références de quincaillerie), 9 existaient dans d'autres fichiers (fiches de sécurité des vernis, "
          "certificats PEFC), et 8 n'existaient nulle part, en particulier l'origine précise des panneaux de "
          "particules et la teneur en matière recyclée. Il a fallu deux relances et une visite pour obtenir ces "
          "informations du fournisseur de panneaux. Le temps total de préparation a été de 46 heures pour les "
          "quatre références, dont 30 pour la seule collecte fournisseurs."),
        P("Il existe aussi des freins. La date exacte d'application reste incertaine, ce qui incite beaucoup "
          "d'entreprises à attendre. Les fournisseurs de rang deux, souvent de petits scieurs, n'ont pas "
          "d'outils pour transmettre des données. Enfin, personne ne sait encore si les particuliers "
          "scanneront ces codes : dans l'essai, les deux clients professionnels ont consulté les passeports, mais "
          "nous n'avons pas de mesure pour les particuliers. Malgré ces freins, la tendance est nette : d'ici "
          "cinq ans, un meuble sans passeport sera un meuble difficile à vendre aux clients professionnels."),

        H(1, "VI. Ce que Vuillermoz peut y gagner", {"impacts-value": "ok"}),
        P("Le tableau ci-dessous résume les effets attendus, à partir de l'essai et des entretiens ; les montants "
          "sont des ordres de grandeur pour la troisième année."),
        T([["Domaine", "Effet attendu", "Valeur estimée", "Sur quoi je m'appuie"],
           ["Appels d'offres", "répondre en un jour au lieu de trois semaines", "2 à 3 marchés de plus par an, environ 600 000 € de ventes", "l'appel d'offres perdu en 2025, l'avis de deux acheteurs"],
           ["Pièces détachées", "le client identifie la pièce en scannant le meuble", "80 000 € de ventes par an", "chiffres du distributeur suédois, nos 1 400 demandes par an"],
           ["Service après-vente", "moins d'appels pour retrouver une référence", "une demi-personne économisée", "temps mesuré au service client en octobre"],
           ["Achats", "données fournisseurs enfin complètes", "meilleure négociation, moins de litiges", "entretiens achats et fournisseurs"],
           ["Coûts", "plateforme, saisie, étiquettes", "environ 70 000 € par an", "devis de deux éditeurs, temps de l'essai"]]),
        P("Le solde est nettement positif dès la deuxième année si un seul marché supplémentaire est gagné. Les"
          " gains sur les achats sont difficiles à chiffrer ; je ne les compte pas dans le solde, mais les "
          "fournisseurs eux-mêmes reconnaissent que des fiches complètes éviteraient des litiges sur les "
          "teintes et les lots."),

        H(1, "VII. Se préparer avant d'y être obligé", {"anticipation-strategy": "ok"}),
        P("La tentation est d'attendre l'acte délégué pour savoir exactement quoi publier. Je propose au "
          "contraire de commencer dès 2027, parce que le travail le plus long, la fiabilisation des données, ne "
          "dépend pas du détail de la réglementation. Quelle que soit la liste finale, il faudra connaître "
          "l'origine des bois, la composition des panneaux et les références des pièces remplaçables. Commencer "
          "tôt permet aussi d'étaler l'effort et d'en tirer les bénéfices commerciaux avant nos concurrents."),
        P("La stratégie que je propose se déroule en trois temps. Dans un premier temps, de janvier à juin 2027, "
          "nous fiabilisons les données de l'ERP : un référentiel unique des matériaux, un champ obligatoire "
          "pour l'origine du bois à la création de chaque article, et une clause dans les contrats fournisseurs "
          "qui les engage à transmettre leurs fiches. Ce travail mobilise le bureau des méthodes, les achats et "
          "l'informatique, soit environ 400 heures, que j'ai chiffrées avec chacun."),
        P("Dans un deuxième temps, de juillet 2027 à mars 2028, nous étendons l'essai des buffets aux trois gammes "
          "vendues aux hôtels, qui représentent 35 % du chiffre d'affaires et dont les clients sont les plus "
          "demandeurs. Nous choisissons alors la plateforme de passeport après un appel d'offres entre trois "
          "éditeurs, sur des critères de conformité à la future norme, de coût et de capacité à se connecter à "
          "notre ERP. Le QR code est gravé sur le panneau arrière pendant l'usinage, ce qui évite une étape "
          "d'étiquetage."),
        P("Dans un troisième temps, à partir de 2028, nous généralisons à toutes les références et nous lançons "
          "les services qui créent de la valeur : la boutique de pièces détachées accessible depuis le "
          "passeport, puis un service de reprise des meubles hôteliers en fin de vie, en lien avec "
          "l'éco-organisme. Chaque étape est précédée d'un point de décision avec la direction, sur la base "
          "d'indicateurs simples : part des données complètes, temps de réponse aux appels d'offres, ventes de "
          "pièces."),
        P("Ce projet change aussi l'organisation. Je propose de nommer une référente données produit au bureau "
          "des méthodes, à mi-temps, chargée de la qualité des données et du lien avec les fournisseurs. Les "
          "opérateurs de l'usinage devront vérifier la gravure du code ; une formation d'une heure suffit. Le "
          "service commercial doit apprendre à présenter le passeport comme un argument. Enfin, il faudra "
          "accompagner les petits fournisseurs : je propose de leur fournir un modèle de fiche simple plutôt que "
          "de leur imposer un outil. Cette conduite du changement est la partie la plus délicate : lors de "
          "l'essai, la saisie supplémentaire a d'abord été vécue comme une corvée, jusqu'à ce que le commercial "
          "montre au bureau des méthodes la réaction positive d'un client hôtelier."),
        P("Les risques principaux sont connus : un acte délégué plus exigeant que prévu, un éditeur de plateforme "
          "qui disparaît, un fournisseur clé qui refuse de partager ses données. Pour chacun, j'ai prévu une "
          "parade : des données stockées dans notre ERP et exportables, un contrat de réversibilité avec "
          "l'éditeur, un second fournisseur de panneaux déjà qualifié."),

        H(1, "VIII. Ce que je recommande", {"recommendations": "ok"}),
        P("Ma première recommandation est de décider dès le comité de direction de janvier 2027 que le passeport "
          "est un projet d'entreprise et non un projet informatique, avec un sponsor à la direction commerciale "
          "et un budget de 120 000 euros sur deux ans. Le rattacher au commerce plutôt qu'à la qualité oblige à "
          "penser d'abord à la valeur pour le client."),
        P("Ma deuxième recommandation est de commencer par les données et non par l'outil. Les 46 heures de "
          "l'essai montrent que le logiciel est la partie facile. Il faut créer le référentiel des matériaux, "
          "ajouter les clauses fournisseurs et nommer la référente données avant de signer avec un éditeur."),
        P("Troisième recommandation : viser les clients hôteliers et publics en premier. Ce sont eux qui "
          "demandent déjà ces informations et qui peuvent nous faire gagner des marchés. L'extension aux gammes "
          "vendues en magasin peut attendre que l'obligation soit précisée."),
        P("Quatrième recommandation : préparer dès maintenant l'offre de pièces détachées. C'est le gain le plus "
          "visible pour les clients et le plus facile à mesurer. Il suppose de garder un stock de pièces pour "
          "les gammes des dix dernières années, ce que nous faisons déjà en partie sans le vendre."),
        P("Enfin, je recommande de rejoindre le pilote de l'éco-organisme et le groupe de travail de "
          "l'institut technologique du meuble. Ils permettent de peser sur le contenu de la norme et de partager "
          "les coûts d'apprentissage avec d'autres PME. Ces recommandations répondent à la question posée : le "
          "passeport devient une source de valeur s'il est piloté par le commerce, nourri par des données "
          "fiables et lancé avant l'obligation. Mes trois hypothèses sont confirmées, la troisième seulement "
          "pour les clients professionnels."),

        P("Pour suivre ces recommandations, je propose trois indicateurs revus tous les six mois par le comité "
          "de direction : la part des références dont le passeport est complet, le délai moyen de réponse aux "
          "demandes de composition des clients, et le chiffre d'affaires des pièces détachées. Si, fin 2027, "
          "moins de la moitié des références hôtelières ont un passeport complet, il faudra renforcer le temps "
          "de la référente données."),
        H(1, "IX. Garder un œil sur le sujet : ma veille", {"watch-scope": "ok"}),
        P("Le sujet évolue vite : l'acte délégué, la norme technique et l'offre de plateformes changeront d'ici "
          "2028. J'ai donc organisé une veille qui couvre quatre domaines : la réglementation européenne et "
          "française, la normalisation technique, les solutions du marché (plateformes, supports d'identification, "
          "connecteurs ERP), et les pratiques des concurrents et des clients dans l'ameublement. Je laisse de "
          "côté les autres secteurs, sauf quand une expérience peut se transposer au meuble, comme pour le "
          "textile. La veille s'adresse à trois lecteurs : la direction générale, qui doit décider du calendrier, "
          "le bureau des méthodes, qui prépare les données, et le service commercial, qui doit savoir ce que "
          "demandent les clients."),
        P("Le périmètre géographique est l'Europe, avec une attention particulière à la France, à l'Allemagne "
          "et aux pays nordiques, où les fabricants sont en avance. La période suivie va de 2024, date du "
          "règlement, à l'horizon 2032. Je ne suis pas les sujets voisins comme l'empreinte carbone des "
          "produits, sauf quand ils se mêlent au passeport, ce qui arrive souvent dans les appels d'offres."),
        B("Quelles sources, et pourquoi", {"source-choice": "ok"}),
        P("J'ai retenu des sources selon trois critères : leur fiabilité, leur proximité avec le meuble et la "
          "fréquence de leurs mises à jour. Les sources officielles viennent en premier : le Journal officiel de "
          "l'Union européenne et le site de la Commission pour les actes délégués, et le site du comité de "
          "normalisation pour l'avancement de la norme. Elles sont lentes mais incontestables."),
        P("Viennent ensuite les organismes de la filière : l'institut technologique du meuble, l'éco-organisme et "
          "l'union nationale des industries de l'ameublement. Ils traduisent les textes pour les fabricants et "
          "publient des retours d'expérience. Leur lettre d'information mensuelle m'a été plus utile que "
          "n'importe quelle étude de cabinet."),
        P("Pour les solutions techniques, je suis les sites des neuf éditeurs de plateformes recensés et deux "
          "salons, dont le salon de l'industrie du bois de Nantes. Je sais que ces sources sont commerciales ; je "
          "croise donc leurs annonces avec les retours des projets publics comme CIRPASS. Pour les clients et "
          "les concurrents, j'utilise les appels d'offres publics, les rapports de responsabilité sociale des "
          "grandes enseignes et des alertes sur les noms de cinq concurrents européens."),
        P("J'ai écarté les réseaux sociaux généralistes, trop bruyants, à l'exception d'un groupe professionnel "
          "animé par des responsables de la conformité. J'ai aussi écarté les sources sans auteur identifiable. "
          "Chaque source est notée de un à trois sur la fiabilité et la pertinence, et je revois cette note "
          "chaque année."),
        P("J'ai aussi retenu trois personnes comme sources directes : le responsable de l'éco-organisme, un "
          "chercheur de l'université de Besançon qui travaille sur la traçabilité du bois et l'acheteur public "
          "rencontré pendant mes entretiens. Je les appelle deux fois par an, ce qui me donne souvent une "
          "information avant sa publication."),
        B("La liste de mes sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Fréquence"],
           ["Journal officiel de l'UE", "officielle", "3", "hebdomadaire"],
           ["Comité CEN-CENELEC JTC 24", "normalisation", "3", "trimestrielle"],
           ["Institut technologique du meuble", "filière", "3", "mensuelle"],
           ["Ecomaison", "filière", "3", "mensuelle"],
           ["Projet CIRPASS et suites", "recherche", "2", "semestrielle"],
           ["Sites de neuf éditeurs", "commerciale", "1", "mensuelle"],
           ["Plateforme des marchés publics", "clients", "3", "hebdomadaire"]]),
        H(2, "Mots-clés suivis", {"search-queries": "ok"}),
        T([["Requête", "Où", "Pourquoi"],
           ["\"digital product passport\" AND furniture", "Google Alerts, Scholar", "pilotes et articles"],
           ["\"passeport numérique\" meuble OR ameublement", "Google Alerts", "presse française"],
           ["ESPR delegated act furniture", "site de la Commission", "calendrier"],
           ["traçabilité bois clause marché public", "plateforme des marchés", "exigences clients"]]),
        B("Le rythme de la veille", {"watch-cycle": "ok"}),
        P("Chaque semaine, je consacre une heure à lire les alertes et à trier ce qui mérite d'être gardé. Les "
          "informations retenues sont résumées en trois lignes dans un tableau partagé. Chaque mois, une note "
          "d'une page part à la direction et aux chefs de service."),
        T([["Étape", "Qui", "Quand"],
           ["Collecte par alertes et flux", "moi", "en continu"],
           ["Tri et résumé", "moi", "le lundi"],
           ["Analyse avec les méthodes et le commerce", "groupe de trois", "chaque mois"],
           ["Diffusion de la note", "moi", "premier jeudi du mois"]]),
        P("Le tableau partagé sert aussi de mémoire : chaque information garde sa date, sa source, son domaine "
          "et la décision qu'elle a éclairée, ce qui permet de retrouver pourquoi un choix a été fait. Le "
          "rythme est allégé en août, quand l'usine ferme trois semaines."),
        B("Tenir la veille à jour", {"update-method": "ok"}),
        P("Une veille se dégrade si personne ne la surveille. J'ai donc prévu des règles simples. Chaque trimestre, "
          "je vérifie que chaque source a produit au moins une information utile ; une source muette pendant deux "
          "trimestres est retirée, et je cherche à la remplacer. Les requêtes sont revues au même rythme : "
          "j'ajoute les termes nouveaux rencontrés dans les textes, comme les noms des actes délégués ou des "
          "projets européens qui succèdent à CIRPASS, et je supprime ceux qui ne ramènent que du bruit."),
        P("Une fois par an, en janvier, je fais un bilan avec la direction : quelles informations ont servi à une "
          "décision, lesquelles n'ont servi à rien, et quels domaines ont manqué. Ce bilan fixe aussi le temps "
          "accordé à la veille pour l'année suivante. Pour que la veille survive à un changement de poste, la "
          "liste des sources, les requêtes et le tableau des informations sont stockés sur le serveur partagé, "
          "avec une fiche qui explique la méthode en une page. La référente données produit, une fois nommée, "
          "sera ma suppléante et tiendra la veille pendant mes absences. Enfin, toute information qui touche "
          "directement le calendrier réglementaire déclenche une alerte immédiate par courriel à la direction, "
          "sans attendre la note mensuelle."),
        P("Le bilan annuel est aussi l'occasion de revoir le périmètre : si l'acte délégué inclut la "
          "quincaillerie, par exemple, j'ajouterai ses fabricants à la liste."),
        H(2, "Avec quels outils ?", {"watch-tools": "ok"}),
        P("Les outils restent gratuits ou déjà payés par l'entreprise : des alertes Google, un lecteur de flux "
          "pour les sites officiels, le tableau partagé sur le serveur et un tableau de bord simple dans le "
          "tableur, qui compte les informations par domaine et par mois. Le tableau de bord affiche aussi l'état "
          "de l'acte délégué, de la norme et de notre projet, pour que la direction voie d'un coup d'œil où en "
          "est le sujet."),
        P("Je n'ai pas voulu d'outil de veille payant : pour un sujet aussi ciblé, ils ramènent surtout du "
          "bruit, et leur coût ne se justifie pas avant la généralisation du projet. Je réexaminerai ce choix "
          "en 2028."),
        Img(["Alertes et flux", "Tableau partagé", "Note mensuelle", "Tableau de bord direction"],
            caption="Le circuit de la veille, de la collecte au tableau de bord."),
        B("Mon radar des technologies", {"technology-radar": "empty"}),

        H(1, "X. Le meuble en 2032", {"prospective-vision": "ok"}),
        P("À partir de ce que la veille m'a appris, je vois trois évolutions probables d'ici 2032. La première "
          "est la généralisation du passeport à tous les meubles vendus en Europe, avec un contenu proche de "
          "celui des travaux préparatoires : matériaux, substances, réparabilité, fin de vie. Les signaux sont "
          "nombreux : le calendrier de la Commission, les pilotes de l'éco-organisme, les clauses déjà présentes "
          "dans les marchés publics."),
        P("La deuxième évolution est l'essor de la seconde vie des meubles professionnels. Les hôtels renouvellent "
          "leur mobilier tous les sept à dix ans ; plusieurs chaînes annoncent vouloir revendre ou faire "
          "reconditionner plutôt que jeter. Le passeport rend ce marché possible, car il dit ce qu'un meuble "
          "contient et comment le réparer. Je m'attends à ce que des plateformes de revente spécialisées "
          "apparaissent, et à ce que les fabricants qui maîtrisent leurs données y prennent une place."),
        P("La troisième évolution, plus incertaine, concerne l'usage des données par les particuliers. Si les "
          "applications de comparaison s'emparent des passeports, comme elles l'ont fait pour l'étiquette "
          "énergie, l'origine du bois et la réparabilité deviendront des arguments de vente en magasin. Rien ne "
          "le garantit encore : dans mon essai, je n'ai aucune mesure sur ce point, et je le surveille dans la "
          "veille."),
        P("Pour Vuillermoz, ce scénario a une conséquence claire : la donnée produit devient un actif aussi "
          "important que l'outil industriel. Une entreprise de notre taille qui aura des données fiables et un "
          "service de pièces et de reprise en 2030 aura un avantage durable sur les importateurs. Celle qui aura "
          "attendu devra rattraper en quelques mois ce que nous pouvons construire en trois ans."),

        P("Ces évolutions ne sont pas certaines, et je les ai classées dans la veille comme des hypothèses à "
          "confirmer. Les signaux qui me feraient changer d'avis sont simples à suivre : un report de l'acte "
          "délégué au-delà de 2030, un abandon des clauses de traçabilité dans les marchés publics, ou une "
          "baisse des projets de reconditionnement annoncés par les chaînes hôtelières. Je les relis chaque "
          "année lors du bilan de la veille."),
        H(1, "Pour conclure", {"conclusion": "ok"}),
        P("Ce mémoire partait d'un marché perdu et d'une question : le passeport numérique peut-il être autre "
          "chose qu'une contrainte pour une PME de l'ameublement ? L'étude des textes, les entretiens et l'essai "
          "sur les buffets montrent que oui, à certaines conditions. Les données nécessaires existent en grande "
          "partie, mais elles sont dispersées et incomplètes chez les fournisseurs ; le coût réel est celui de "
          "leur fiabilisation, pas celui de l'outil. Les gains sont concrets auprès des clients professionnels, "
          "plus incertains auprès des particuliers."),
        P("J'en retiens qu'il faut agir avant l'obligation, piloter le projet depuis le commerce et commencer par "
          "les données. Ce travail a aussi ses limites : un seul essai, une gamme simple, des clients choisis. "
          "L'extension aux gammes hôtelières en 2027 permettra de vérifier les chiffres avancés ici. La veille "
          "mise en place continuera d'alimenter les décisions de l'entreprise, et je souhaite qu'elle survive à "
          "ce mémoire. À titre personnel, ce travail m'a appris à relier un sujet technique et réglementaire à "
          "la stratégie d'une entreprise."),

        P("La prochaine étape est claire : présenter ces conclusions au comité de direction de janvier, obtenir"
          " le budget de la première phase et lancer la fiabilisation des données. Si ce travail aide "
          "Vuillermoz à ne plus perdre un marché faute de pouvoir dire de quoi ses meubles sont faits, il aura "
          "atteint son but, et la veille prendra le relais."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Référence", "Type", "Année"],
           ["Règlement (UE) 2024/1781 sur l'écoconception des produits durables", "texte officiel", "2024"],
           ["CIRPASS, rapports de synthèse sur le passeport numérique", "projet européen", "2024"],
           ["Institut technologique FCBA, enquête auprès des fabricants", "étude de filière", "2025"],
           ["Ecomaison, rapport d'activité et pilote données", "rapport", "2025"],
           ["Articles de revue sur les passeports numériques de produits", "articles", "2022-2025"]]),

        H(1, "Annexes", {"appendices": "ok"}),
        L(["Annexe 1 : grille des entretiens et liste des personnes interrogées",
           "Annexe 2 : les 38 données du passeport testé, avec leur source",
           "Annexe 3 : devis des deux éditeurs de plateformes"]),
    ],
)
