from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: un mémoire sur la maintenance prédictive des remontées mécaniques, pour la régie qui exploite
    trois petites stations de la vallée d'Aure. Guidance deleted. Four headings retyped by replacing their runs,
    the bookmark lost each time. The method is one short paragraph, well under its minimum (thin); the radar was
    deleted with its heading (missing). The other tables filled.""",
    cover={"project": "La maintenance prédictive des remontées mécaniques dans les petites stations",
           "company": "Régie des stations de la vallée d'Aure", "candidate": "Lucie Abadie", "school": "Web School Factory"},
    sections={
        "abstract": dict(status="ok", text=[
            "Les petites stations de ski de montagne vivent une double pression : des saisons plus courtes et plus "
            "irrégulières, et un parc de remontées mécaniques vieillissant dont l'entretien coûte de plus en plus "
            "cher. Une panne de télésiège un samedi de février peut faire perdre plusieurs dizaines de milliers "
            "d'euros de forfaits. La maintenance prédictive, qui s'appuie sur des capteurs de vibration, de "
            "température et de courant pour repérer une usure avant la panne, est largement utilisée dans "
            "l'industrie et commence à entrer chez les grands exploitants alpins. Ce mémoire se demande si elle "
            "est utile et accessible à une régie publique qui exploite trois petites stations des Pyrénées, avec "
            "vingt et une remontées et un budget serré. À partir d'une revue de la littérature, de neuf entretiens "
            "et d'un essai de capteurs sur deux télésièges pendant l'hiver 2025-2026, je montre que le gain "
            "principal n'est pas la baisse des coûts d'entretien mais la disponibilité des appareils les jours de "
            "forte affluence, et que la démarche n'a de sens que si elle part des pannes réellement vécues.",
            "Mots-clés : remontées mécaniques, maintenance prédictive, capteurs, montagne, régie publique, "
            "disponibilité."]),
        "introduction": dict(status="ok", text=[
            "Dans les Hautes-Pyrénées, le ski fait vivre des vallées entières. À Saint-Lary, à Piau ou sur les "
            "petits domaines de la vallée d'Aure, chaque journée d'ouverture compte : les hébergeurs, les écoles "
            "de ski et les commerces dépendent des remontées mécaniques qui tournent. Or ces appareils sont "
            "souvent anciens. Sur les vingt et une remontées que gère la régie où je suis en alternance, onze "
            "ont plus de trente ans, et deux télésièges ont déjà connu une grande inspection réglementaire.",
            "Le changement climatique rend la situation plus tendue. Les saisons commencent plus tard, la neige "
            "de culture en assure une partie, et l'activité se concentre sur les vacances scolaires et les "
            "week-ends enneigés. Sur ces journées, une panne coûte bien plus qu'un jour ordinaire : les clients "
            "attendent, repartent, publient des avis. En février 2025, un réducteur usé a immobilisé le télésiège "
            "du Col pendant trois jours pleins en pleine semaine de vacances parisiennes.",
            "La maintenance des remontées suit aujourd'hui un modèle préventif strict : des visites journalières, "
            "mensuelles et annuelles fixées par la réglementation et par les constructeurs, et de grandes "
            "inspections tous les quinze ou vingt ans. Ce modèle garantit la sécurité, mais il ne dit pas quand "
            "une pièce va lâcher entre deux visites. D'autres secteurs, comme le ferroviaire ou l'éolien, ont "
            "complété leurs visites par une surveillance continue qui annonce les pannes à venir.",
            "Ce mémoire étudie ce que cette approche peut apporter à une petite régie de montagne. Je présente "
            "d'abord ma question et mes hypothèses, puis le choix du sujet et l'état des connaissances. Après la "
            "méthode, j'analyse la tendance, ses effets possibles pour la régie et la façon de s'y préparer, puis "
            "je formule des recommandations. La seconde partie décrit la veille que j'ai construite pour suivre "
            "le sujet et ma vision des stations pyrénéennes à l'horizon 2040.",
            "Je précise enfin que la sécurité des usagers n'est pas l'objet de ce travail : elle relève de "
            "règles et de contrôles que la maintenance prédictive ne remplace pas."]),
        "research-question": dict(status="ok", text=[
            "Ma question : la maintenance prédictive peut-elle améliorer la disponibilité des remontées "
            "mécaniques d'une petite régie de montagne, à un coût qu'elle peut supporter ?",
            "Hypothèse 1 : les capteurs repèrent les pannes mécaniques lentes (roulements, réducteurs) plusieurs "
            "semaines à l'avance.",
            "Hypothèse 2 : le gain principal porte sur les jours de forte affluence plutôt que sur le budget "
            "d'entretien.",
            "Hypothèse 3 : le frein principal est l'organisation de l'équipe, non la technique.",
            "Je reprendrai chacune de ces hypothèses en conclusion, pour dire si l'essai et les entretiens la "
            "confirment, la nuancent ou la contredisent."]),
        "subject-choice": dict(status="ok", retitle="Pourquoi ce sujet, et pourquoi maintenant", text=[
            "La maintenance prédictive n'est pas nouvelle : les usines surveillent les vibrations de leurs "
            "machines tournantes depuis les années 1990. Ce qui change, c'est le prix. Un capteur sans fil de "
            "vibration et de température coûtait plus de mille euros il y a dix ans ; il en coûte aujourd'hui "
            "moins de trois cents, et les réseaux bas débit permettent de relever ses mesures depuis un pylône "
            "isolé sans tirer de câble. Ce qui était réservé aux grandes usines devient possible pour des "
            "équipements dispersés en montagne.",
            "Dans les remontées mécaniques, les premiers projets viennent des grands domaines alpins et des "
            "constructeurs eux-mêmes, qui proposent désormais des offres de surveillance connectée sur leurs "
            "appareils neufs. Les petites stations, qui exploitent des appareils anciens de marques parfois "
            "disparues, en sont presque absentes. Aucune des régies pyrénéennes que j'ai contactées n'avait "
            "d'équipement de ce type en 2025. Le sujet est donc clairement innovant pour ce type d'exploitant.",
            "Il répond aussi à un besoin que j'observe chaque hiver. Depuis deux saisons, je participe aux "
            "réunions techniques du lundi où le chef d'exploitation fait le point sur les pannes de la semaine. "
            "J'y ai vu combien les techniciens s'appuient sur leur oreille et leur expérience pour sentir qu'un "
            "appareil fatigue, et combien ce savoir est fragile : trois d'entre eux partiront à la retraite "
            "avant 2030.",
            "Enfin, le sujet relie les deux parties de ma formation : le numérique, avec les données et les "
            "capteurs, et le management de l'innovation, car il s'agit moins d'installer un outil que de changer "
            "une manière de travailler. La direction de la régie m'a demandé un avis argumenté avant de répondre "
            "à un appel à projets régional sur la montagne connectée ; ce mémoire en est la base."]),
        "state-of-the-art": dict(status="ok", text=[
            "La littérature distingue classiquement trois formes de maintenance. La maintenance corrective répare "
            "après la panne. La maintenance préventive intervient à dates fixes, avant que la pièce ait atteint "
            "une durée de vie jugée sûre. La maintenance prédictive, ou conditionnelle avancée, intervient quand "
            "une mesure montre que la pièce se dégrade. Les normes européennes sur la terminologie de la "
            "maintenance reprennent ces distinctions, et les ouvrages de référence insistent sur un point : la "
            "prédictive ne remplace pas la préventive, elle la complète.",
            "Les travaux sur l'analyse vibratoire des machines tournantes sont nombreux et anciens. Ils montrent "
            "qu'un défaut de roulement ou d'engrenage produit une signature fréquentielle reconnaissable bien "
            "avant la rupture, souvent plusieurs semaines. Les travaux plus récents, depuis 2015 environ, portent "
            "sur l'apprentissage automatique : au lieu de fixer des seuils à la main, des modèles apprennent le "
            "comportement normal d'une machine et signalent les écarts. Plusieurs revues de littérature notent "
            "cependant que ces modèles ont besoin de nombreux exemples de pannes, qui manquent justement sur des "
            "équipements fiables.",
            "Le ferroviaire et l'éolien fournissent les retours d'expérience les plus proches de notre cas : des "
            "équipements dispersés, exposés aux intempéries, surveillés à distance. Les exploitants éoliens "
            "rapportent des baisses sensibles des arrêts non planifiés sur les multiplicateurs, à condition "
            "d'avoir une équipe capable d'interpréter les alertes. Les études insistent toutes sur le risque de "
            "fausses alertes, qui lassent les techniciens et finissent par faire ignorer le système.",
            "Sur les remontées mécaniques elles-mêmes, la littérature scientifique est mince. On trouve quelques "
            "articles d'universités autrichiennes et suisses sur la surveillance des câbles par induction "
            "magnétique, déjà réglementaire, et sur les vibrations des poulies de pylônes. La documentation la "
            "plus riche est professionnelle : publications du service technique des remontées mécaniques, "
            "dossiers de la presse spécialisée, présentations des constructeurs lors des salons de la montagne. "
            "Elle décrit surtout des installations neuves équipées d'origine.",
            "Enfin, quelques travaux de sociologie du travail étudient l'arrivée des capteurs dans les métiers de "
            "maintenance. Ils montrent que l'outil est accepté quand il confirme et enrichit le diagnostic des "
            "techniciens, et rejeté quand il prétend le remplacer. Ce point rejoint ma troisième hypothèse.",
            "Le manque principal est donc clair : on sait que la surveillance prédictive fonctionne sur des "
            "machines industrielles et sur des appareils neufs, mais on ne sait presque rien de son intérêt sur un "
            "parc ancien, exploité par une petite équipe publique qui ne tourne que quatre mois par an. C'est "
            "cette situation que ce mémoire éclaire. Il ne prétend pas combler ce manque à lui seul, mais apporter "
            "un premier cas documenté, avec des mesures réelles, que d'autres régies pourront comparer au leur, "
            "station par station et appareil par appareil."]),
        "methodology": dict(status="thin", retitle="Ma démarche", text=[
            "J'ai croisé trois sources. Une revue de trente-deux documents, articles et rapports professionnels, "
            "publiés depuis 2015. Neuf entretiens d'une heure : le chef d'exploitation, quatre techniciens, deux "
            "exploitants d'autres stations, un constructeur et un éditeur de capteurs. Enfin un essai : six "
            "capteurs de vibration et de température posés sur les réducteurs et les poulies motrices de deux "
            "télésièges, relevés toutes les dix minutes de décembre 2025 à avril 2026, dont j'ai comparé les "
            "courbes au cahier des pannes."]),
        "trend-analysis": dict(status="ok", retitle="Où va la maintenance des remontées ?", text=[
            "La première force qui pousse vers la maintenance prédictive est économique. Le coût des capteurs et "
            "des communications a fortement baissé : l'éditeur que j'ai rencontré propose un kit de six capteurs, "
            "une passerelle et l'abonnement à sa plateforme pour environ 4 000 euros par appareil et par an. Dans "
            "le même temps, le coût d'une panne augmente, car les journées d'exploitation rentables sont moins "
            "nombreuses. Sur notre régie, la recette moyenne d'un samedi de février représente près de six fois "
            "celle d'un mardi de janvier.",
            "La deuxième force est démographique. Les techniciens qui connaissent les vieux appareils partent à "
            "la retraite, et les jeunes recrues, souvent saisonnières, n'ont pas le temps d'acquérir cette "
            "expérience. Les exploitants que j'ai interrogés voient dans les capteurs un moyen de garder une trace "
            "de ce que les anciens sentaient à l'oreille. L'un d'eux résume : « le capteur, c'est l'oreille de "
            "Jean-Claude qui reste quand Jean-Claude part ».",
            "La troisième force vient des constructeurs. Les grands fabricants de remontées vendent désormais "
            "leurs appareils neufs avec une surveillance connectée et des contrats de service fondés sur les "
            "données. Pour eux, c'est une nouvelle source de revenus ; pour les exploitants, c'est aussi un risque "
            "de dépendance, car les données restent souvent sur la plateforme du constructeur.",
            "L'essai mené sur nos deux télésièges apporte des éléments concrets. Sur le télésiège du Col, les "
            "capteurs ont montré dès la mi-janvier une hausse lente des vibrations du réducteur, dans la bande de "
            "fréquence typique d'un défaut de roulement. Les techniciens ont ouvert le carter pendant la fermeture "
            "de mars et trouvé un roulement piqué, qu'ils ont changé avant qu'il ne casse. Sur le second appareil, "
            "rien de notable n'est apparu, mais les capteurs ont produit onze alertes en quatre mois, dont neuf "
            "dues au gel ou au démarrage à froid : des fausses alertes qu'il a fallu apprendre à filtrer.",
            "Ces résultats confirment la première hypothèse pour les défauts mécaniques lents. Ils montrent aussi "
            "les limites : les pannes électriques et électroniques, qui représentent d'après notre cahier près de "
            "la moitié des arrêts, ne sont pas annoncées par ces capteurs. La tendance est donc réelle, mais elle "
            "ne couvre qu'une partie des pannes.",
            "Enfin, la tendance est encore freinée par la réglementation, qui ne reconnaît pas la surveillance "
            "continue comme un moyen d'espacer les visites obligatoires. Tant que ce sera le cas, la prédictive "
            "s'ajoutera à la préventive au lieu d'en remplacer une partie, ce qui limite son intérêt financier "
            "mais pas son intérêt pour la disponibilité. Les exploitants que j'ai rencontrés s'attendent toutefois à "
            "une évolution des textes d'ici cinq à dix ans, à mesure que les retours des grands domaines seront "
            "publiés."]),
        "impacts-value": dict(status="ok", text=[
            "Le tableau résume les effets attendus pour la régie, estimés à partir de l'essai, du cahier des pannes "
            "des cinq dernières saisons et des entretiens. Les montants supposent un équipement des six appareils "
            "les plus fréquentés.",
            "Le premier effet est de loin le plus important. Sur les cinq dernières saisons, les pannes "
            "mécaniques lentes ont causé en moyenne sept jours d'arrêt par an sur ces six appareils, dont plus de "
            "la moitié pendant les vacances scolaires. En éviter quatre suffit à payer l'abonnement. Les autres "
            "effets sont plus difficiles à chiffrer, mais les techniciens interrogés citent tous la possibilité "
            "de préparer une intervention au calme plutôt que dans l'urgence, sous le regard des clients."],
            tables=[[
                ["Disponibilité", "pannes mécaniques lentes repérées avant l'arrêt", "environ quatre jours d'arrêt évités par saison, soit 60 000 € de forfaits", "court terme"],
                ["Organisation", "interventions planifiées pendant les fermetures", "moins d'heures supplémentaires le week-end", "moyen terme"],
                ["Savoir-faire", "comportement des appareils enregistré", "transmission aux nouvelles recrues", "moyen terme"],
                ["Image", "moins de fermetures les jours de forte affluence", "meilleurs avis et fidélité des familles", "long terme"]]]),
        "anticipation-strategy": dict(status="ok", text=[
            "Se préparer à cette évolution demande d'abord de savoir d'où l'on part. La régie tient un cahier de "
            "pannes depuis 2012, mais sur papier, et chaque technicien le remplit à sa façon. La première étape "
            "consiste donc à le numériser et à le classer par appareil, par organe et par cause, pour savoir "
            "quelles pannes coûtent vraiment des journées d'exploitation. Sans ce travail, on risque d'équiper les "
            "mauvais appareils. Je l'estime à trois semaines de travail, que je peux mener avant la fin de mon "
            "alternance.",
            "La deuxième étape est l'équipement progressif. Je propose de commencer par les six appareils qui "
            "portent les trois quarts de la fréquentation, et seulement sur les organes dont les pannes sont "
            "lentes et mécaniques : réducteurs, roulements de poulies motrices, moteurs. Les autres appareils "
            "restent en maintenance préventive classique. Cette sélection réduit le budget et limite le nombre "
            "d'alertes à traiter.",
            "La troisième étape concerne l'équipe, et c'est la plus délicate. Les entretiens montrent que les "
            "techniciens acceptent les capteurs s'ils restent maîtres du diagnostic. Il faut donc que chaque "
            "alerte arrive chez un technicien référent, qui décide de l'intervention, et non chez la direction. "
            "Je propose de désigner deux référents volontaires, de les former avec l'éditeur et de leur laisser "
            "régler eux-mêmes les seuils pendant la première saison. Le cahier numérique servira aussi à noter si "
            "chaque alerte était juste ou fausse, pour améliorer les réglages.",
            "Il faut aussi anticiper la question des données. La régie doit rester propriétaire de ses mesures et "
            "pouvoir les exporter si elle change de prestataire ou si un constructeur propose plus tard sa propre "
            "plateforme. Cette clause doit figurer dans le marché public dès la première consultation.",
            "Sur le plan financier, le coût de la première étape d'équipement, environ 24 000 euros par an pour "
            "six appareils, peut être couvert pour moitié par l'appel à projets régional sur la montagne "
            "connectée, dont la prochaine session ferme en mai 2027. Le reste peut être pris sur le budget "
            "d'entretien, à condition de montrer au conseil d'administration, après une saison, combien de jours "
            "d'arrêt ont été évités.",
            "Enfin, la régie peut anticiper les renouvellements d'appareils. Les deux télésièges qui seront "
            "remplacés avant 2032 devraient être commandés avec une surveillance d'origine compatible avec la "
            "plateforme choisie, ce qui évitera d'avoir deux systèmes à faire vivre. Cette exigence doit être "
            "écrite dans le cahier des charges des futurs marchés.",
            "Ces étapes s'étalent sur trois saisons. Elles laissent à la régie, à chaque automne, la possibilité "
            "d'arrêter si les résultats ne sont pas au rendez-vous, ce qui rassure les élus qui siègent au "
            "conseil d'administration et qui craignent un engagement sans retour possible."]),
        "recommendations": dict(status="ok", retitle="Ce que je propose à la régie", text=[
            "Première recommandation : numériser le cahier des pannes avant tout achat. C'est le socle de tout le "
            "reste et il ne coûte que du temps. Je propose une grille simple, avec l'appareil, l'organe, la "
            "cause, la durée d'arrêt et le jour de la semaine, remplie sur tablette par les techniciens.",
            "Deuxième recommandation : équiper six appareils pour la saison 2027-2028, sur les seuls organes "
            "mécaniques à usure lente, avec un prestataire choisi sur appel d'offres et une clause de propriété "
            "des données. Le télésiège du Col, où l'essai a déjà servi, doit en faire partie.",
            "Troisième recommandation : confier les alertes à deux techniciens référents, formés et volontaires, "
            "avec une demi-journée par semaine consacrée à leur analyse pendant la saison. Ce sont eux qui "
            "décident des interventions et qui ajustent les seuils. La direction reçoit un bilan mensuel, pas les "
            "alertes.",
            "Quatrième recommandation : mesurer dès la première saison trois indicateurs simples, le nombre de "
            "jours d'arrêt non planifiés, la part des alertes justes et les heures d'intervention en urgence, et "
            "les comparer aux cinq saisons précédentes. Le conseil d'administration décidera de l'extension au vu "
            "de ces chiffres, à l'automne 2028.",
            "Cinquième recommandation : partager l'expérience avec les autres régies pyrénéennes. Un groupement "
            "d'achat permettrait de négocier les abonnements et de mutualiser une compétence d'analyse que "
            "chaque petite régie aurait du mal à financer seule.",
            "Pour la suite, je vois deux pistes. À moyen terme, il faudra chercher des capteurs capables "
            "d'annoncer les pannes électriques, qui ne sont pas couvertes aujourd'hui. À plus long terme, les "
            "données accumulées pourraient aider à décider quels appareils renouveler en priorité, ce qui est "
            "aujourd'hui une décision prise surtout à l'âge.",
            "Ces recommandations ont été présentées au chef d'exploitation et au directeur en octobre 2026. Ils "
            "ont retenu les trois premières pour le dossier de l'appel à projets régional ; la quatrième sera "
            "intégrée au rapport annuel d'activité, et la cinquième sera proposée à la prochaine réunion du club "
            "des exploitants pyrénéens, au printemps 2027. Le calendrier reste prudent : rien ne sera acheté "
            "avant que le cahier des pannes soit numérisé."]),
        "watch-scope": dict(status="ok", text=[
            "Ma veille suit un objectif précis : aider la régie à décider, chaque année, si elle étend, ajuste ou "
            "arrête la surveillance de ses appareils. Elle couvre trois axes. Le premier est technique : les "
            "capteurs, les réseaux de communication en montagne et les méthodes d'analyse des vibrations. Le "
            "deuxième porte sur le marché : les offres des constructeurs et des éditeurs, leurs prix et leurs "
            "conditions sur les données. Le troisième est réglementaire : l'évolution des règles de contrôle des "
            "remontées mécaniques, qui pourrait un jour reconnaître la surveillance continue.",
            "Je laisse volontairement de côté la neige de culture et la billetterie, deux sujets numériques "
            "importants pour la régie mais qui ont leurs propres responsables. Le périmètre géographique est "
            "européen, car les innovations viennent surtout des Alpes autrichiennes, suisses et françaises.",
            "Les utilisateurs de la veille sont peu nombreux et bien identifiés : le directeur, le chef "
            "d'exploitation et les deux futurs techniciens référents. Tout ce qui est collecté doit pouvoir "
            "leur servir pour une décision concrète dans l'année."]),
        "source-choice": dict(status="ok", text=[
            "J'ai choisi mes sources selon trois critères : leur lien direct avec l'un de mes trois axes, leur "
            "fiabilité et la régularité de leurs publications. Pour la fiabilité, je note chaque source de 1 à 5 "
            "selon qu'elle est relue par des pairs, publiée par un organisme public, écrite par un journaliste "
            "spécialisé ou par un vendeur. Une source de vendeur n'est pas exclue, mais ce qu'elle affirme doit "
            "être recoupé ailleurs.",
            "Pour l'axe technique, je m'appuie sur les revues scientifiques de maintenance industrielle, suivies "
            "par des alertes sur Google Scholar, et sur les publications du service technique de l'État chargé "
            "des remontées mécaniques, qui fait autorité en France. Pour l'axe marché, la presse spécialisée de "
            "la montagne et les sites des constructeurs donnent les annonces ; les salons professionnels de "
            "Grenoble et de Bolzano permettent de voir les produits et de parler aux exploitants qui les "
            "utilisent.",
            "Pour l'axe réglementaire, je suis le Journal officiel et les publications de l'association "
            "nationale des maires des stations de montagne, qui relaie les projets de textes. Les sources humaines "
            "comptent beaucoup : le club des exploitants pyrénéens se réunit deux fois par an, et les échanges "
            "avec les techniciens d'autres régies m'apprennent souvent plus que les articles.",
            "J'ai écarté les forums de skieurs et la plupart des réseaux sociaux, trop bruyants, à l'exception "
            "de LinkedIn, où plusieurs ingénieurs de constructeurs publient des retours concrets. Au total, la "
            "veille compte dix-neuf sources actives, dont quatre figurent dans l'inventaire. J'ai veillé à ce que "
            "chaque axe ait au moins une source de niveau 5, pour que les décisions ne reposent jamais sur la "
            "seule parole d'un vendeur, si convaincante soit-elle au premier abord."]),
        "source-inventory": dict(status="ok", tables=[[
            ["Service technique des remontées mécaniques", "organisme public", "guides et doctrine de contrôle", "5, texte officiel", "à chaque parution, alerte e-mail", "réglementation"],
            ["Revue Mechanical Systems and Signal Processing", "revue scientifique", "méthodes d'analyse vibratoire", "5, relue par les pairs", "mensuelle, Google Scholar", "technique"],
            ["Montagne Leaders", "presse professionnelle", "actualité des stations et des constructeurs", "3, souvent reprise de communiqués", "hebdomadaire, Feedly", "marché"],
            ["Club des exploitants pyrénéens", "réseau humain", "retours d'expérience d'autres régies", "4, témoignages recoupés", "deux fois par an", "marché et technique"]]]),
        "search-queries": dict(status="ok", tables=[[
            ["maintenance prédictive remontées mécaniques", "télésiège, téléski, télécabine", "français", "Google Alerts, hebdomadaire"],
            ["vibration monitoring ropeway gearbox", "bearing fault, condition monitoring", "anglais", "Google Scholar, mensuelle"],
            ["contrôle remontées mécaniques arrêté", "STRMTG, inspection", "français", "Légifrance, mensuelle"]]]),
        "watch-cycle": dict(status="ok", skip_cols=1, text=[
            "Le cycle tient en six étapes et me demande environ deux heures par semaine pendant la saison, une "
            "heure hors saison.",
            "La diffusion est l'étape que je soigne le plus, car la direction ne lit que ce qui arrive sur son "
            "bureau sous une forme courte."],
            tables=[[
                [None, "en octobre, je revois les axes avec le chef d'exploitation", "réunion", "annuelle", "axes validés"],
                [None, "je note et retire les sources peu utiles", "tableur", "trimestrielle", "inventaire à jour"],
                [None, "alertes et flux classés par axe", "Feedly, Google Alerts", "quotidienne", "articles à lire"],
                [None, "je lis et résume chaque information retenue", "Notion", "hebdomadaire", "fiches"],
                [None, "une page pour la direction et les référents", "courriel", "mensuelle", "note de veille"],
                [None, "je relie les fiches aux décisions prises", "Notion", "semestrielle", "bilan"]]]),
        "update-method": dict(status="ok", text=[
            "Pour que la veille dure après mon alternance, j'ai fixé des rythmes simples et écrits. Chaque "
            "vendredi matin, une heure est réservée à la lecture des alertes et des flux ; chaque information "
            "retenue devient une fiche de quelques lignes dans Notion, avec sa source, sa note de fiabilité, l'axe "
            "concerné et ce qu'elle change pour la régie. Les fiches sans conséquence sont archivées au bout d'un "
            "mois.",
            "Le premier lundi du mois, j'envoie une note d'une page à la direction et aux deux techniciens "
            "référents : trois à cinq faits, chacun avec une phrase sur ce qu'il implique. Chaque trimestre, je "
            "relis l'inventaire des sources : celles qui n'ont rien apporté depuis six mois sont retirées, et "
            "j'en cherche de nouvelles sur les axes les moins couverts.",
            "Une fois par an, en octobre, avant la saison, je revois les axes avec le chef d'exploitation et je "
            "présente un bilan au comité de direction : ce que la veille a signalé, ce que la régie en a fait. Ce "
            "bilan sert aussi à décider si la surveillance doit être étendue à d'autres appareils. Une procédure "
            "de deux pages décrit tout cela pour que l'un des référents puisse reprendre la veille après mon "
            "départ. Elle a été relue par le chef d'exploitation, qui l'a trouvée applicable sans formation "
            "particulière, ce qui était le but recherché."]),
        "watch-tools": dict(status="ok", image=["Google Alerts", "Feedly", "Notion", "Note mensuelle", "Bilan annuel"],
            caption="Les outils de ma veille, de l'alerte jusqu'au bilan présenté en comité de direction",
            text=["J'ai choisi des outils gratuits ou déjà payés par la régie, pour que la veille ne dépende pas d'un "
                  "budget. Google Alerts et Google Scholar surveillent mes requêtes ; Feedly rassemble les sites et "
                  "la presse spécialisée dans un dossier par axe. Notion, que l'équipe utilise déjà pour ses "
                  "procédures, sert de base de fiches, avec une vue de tableau de bord qui montre les fiches de la "
                  "semaine, les appels à projets ouverts et les prochaines échéances réglementaires.",
                  "Tous les accès sont partagés avec le chef d'exploitation, pour que rien ne soit perdu si "
                  "je quitte la régie."]),
        "technology-radar": dict(status="missing"),
        "prospective-vision": dict(status="ok", text=[
            "À quoi ressembleront les stations de la vallée d'Aure en 2040 ? Les climatologues prévoient une "
            "remontée de la limite d'enneigement fiable de plusieurs centaines de mètres. Le domaine le plus bas "
            "de la régie aura probablement cessé le ski alpin pour devenir un site d'activités quatre saisons. "
            "Les deux autres skieront encore, mais sur des saisons plus courtes, concentrées sur les vacances "
            "de février et quelques week-ends.",
            "Dans ce contexte, chaque journée de ski vaudra encore plus cher, et la disponibilité des remontées "
            "deviendra décisive. Je vois trois évolutions probables. Les remontées seront moins nombreuses mais "
            "plus utilisées toute l'année, pour les randonneurs et les vététistes, ce qui changera le rythme de "
            "la maintenance : il n'y aura plus de longue intersaison pour tout réviser. La surveillance continue "
            "deviendra alors la règle, comme elle l'est déjà dans l'éolien, et la réglementation aura "
            "probablement reconnu ses mesures pour adapter les visites.",
            "Deuxième évolution : les données des appareils seront reliées à celles de la fréquentation et de la "
            "météo. Un exploitant pourra décider la veille quels appareils ouvrir et lesquels réviser, selon "
            "l'affluence prévue et l'état mesuré de chaque machine. Ce pilotage existe déjà dans de grands "
            "domaines autrichiens que j'ai suivis pendant ma veille.",
            "Troisième évolution, plus incertaine : le métier de technicien changera. Une partie des diagnostics "
            "se fera à distance, et les petites régies pourraient partager un centre de surveillance commun, "
            "comme le font déjà certains parcs éoliens. Le risque serait de perdre le lien entre l'analyse et le "
            "terrain ; la chance serait d'attirer des jeunes qui trouvent dans ce métier une part numérique.",
            "Un scénario plus sombre existe aussi : si les petites régies ne s'organisent pas, elles dépendront "
            "entièrement des plateformes des constructeurs, qui factureront l'accès aux données de leurs propres "
            "appareils. Les faits relevés par ma veille, en particulier les nouveaux contrats de service liés aux "
            "données, montrent que ce scénario n'est pas théorique. C'est pour l'éviter que je recommande de garder "
            "la propriété des mesures dès aujourd'hui, avant le premier contrat."]),
        "conclusion": dict(status="ok", text=[
            "Ce mémoire cherchait à savoir si la maintenance prédictive peut améliorer la disponibilité des "
            "remontées d'une petite régie de montagne, à un coût supportable. La réponse est oui, sous "
            "conditions. La première hypothèse est confirmée pour les pannes mécaniques lentes : l'essai sur le "
            "télésiège du Col a permis de changer un roulement plusieurs semaines avant sa rupture. Elle ne "
            "l'est pas pour les pannes électriques, qui restent imprévisibles avec ces capteurs.",
            "La deuxième hypothèse est confirmée : l'intérêt financier vient des journées d'affluence sauvées, non "
            "d'une baisse de l'entretien, puisque les visites obligatoires demeurent. La troisième est confirmée "
            "aussi : tout dépend de la place donnée aux techniciens et du traitement des fausses alertes.",
            "Les limites de ce travail sont réelles : un seul hiver d'essai, deux appareils et un petit nombre "
            "d'entretiens. Un hiver plus froid ou plus chargé pourrait donner d'autres résultats. La démarche "
            "progressive proposée permet justement de vérifier ces résultats avant d'engager la régie plus "
            "loin. Personnellement, j'en retiens qu'une innovation ne prend que si elle respecte le savoir de ceux "
            "qui la font vivre.",
            "Ce travail ouvre d'autres questions que je n'ai pas pu traiter : la surveillance des pannes "
            "électriques, l'intérêt d'un centre commun à plusieurs régies, et l'effet de ces données sur les "
            "décisions de renouvellement des appareils. Je compte les suivre à travers la veille mise en place, "
            "qui continuera après la remise de ce mémoire."]),
        "bibliography": dict(status="ok", tables=[[
            ["Randall R. B., « Vibration-based Condition Monitoring », Wiley", "ouvrage", "2021", "5", "analyse vibratoire des machines tournantes"],
            ["Lei Y. et al., « Machinery health prognostics: A systematic review », MSSP", "article", "2018", "5", "méthodes de pronostic"],
            ["STRMTG, « Guide RM2 : exploitation et maintenance des remontées mécaniques »", "guide officiel", "2022", "5", "cadre réglementaire"],
            ["Domaines skiables de France, « Indicateurs et analyses »", "rapport", "2025", "4", "fréquentation et économie des stations"]]]),
        "appendices": dict(status="ok", text=[
            "Annexe 1 : guide des entretiens.",
            "Annexe 2 : courbes de vibration du réducteur du télésiège du Col, janvier à mars 2026.",
            "Annexe 3 : extrait du cahier des pannes 2020-2025, classé par organe."]),
    },
)
