from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="scratch-docx",
    via="python-docx",
    language="fr",
    notes="""Held-out round 64, written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: a work-study student at a small water utility in the Drôme writes her thesis on digital
    twins of drinking-water networks for small local authorities. Headings in her own words, some shortened,
    some questions, numbered in her own way; the state of the art split over two headings; the choice of
    sources too short (thin); an appendix of her own (the interview guide).""",
    title="Le jumeau numérique des réseaux d'eau potable : une affaire de grandes villes ?",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique", "Léa Marchand · Régie des Eaux du Diois · décembre 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Les réseaux d'eau potable français perdent en moyenne un litre sur cinq avant le robinet. Les grandes "
          "métropoles commencent à piloter leurs réseaux avec des jumeaux numériques, c'est-à-dire des modèles "
          "hydrauliques alimentés en continu par des capteurs, qui simulent pressions et débits et signalent les "
          "fuites. Ce mémoire se demande si cette technologie est à la portée des petites régies rurales, qui "
          "servent quelques milliers d'habitants avec trois ou quatre agents. Il s'appuie sur mon alternance à la "
          "Régie des Eaux du Diois, sur dix-sept entretiens avec des régies, des éditeurs et des agences de l'eau, "
          "et sur une veille technologique menée pendant huit mois. Je montre que le jumeau complet reste hors de "
          "portée, mais qu'une version allégée, mutualisée entre plusieurs régies et centrée sur la recherche de "
          "fuites, peut être rentable en moins de six ans. Je propose une feuille de route en trois étapes et un "
          "dispositif de veille pour suivre l'arrivée des capteurs bon marché et des offres en mode service."),
        P("Mots-clés : jumeau numérique, eau potable, fuites, régie rurale, sectorisation, mutualisation, capteurs connectés."),
        H(1, "1. Introduction", {"introduction": "ok"}),
        P("Pendant l'été 2022, plusieurs communes du Diois ont été alimentées par camion-citerne. La sécheresse "
          "n'expliquait pas tout : sur le réseau de la régie, 31 % de l'eau produite n'était jamais facturée, "
          "perdue dans des canalisations posées pour certaines avant 1960. Depuis, la question des fuites est "
          "devenue politique. Le plan eau de 2023 demande de réduire les prélèvements de 10 % d'ici 2030, et les "
          "agences de l'eau conditionnent une partie de leurs aides au rendement des réseaux."),
        P("Dans le même temps, un mot revient dans les salons professionnels et les appels d'offres des grandes "
          "villes : le jumeau numérique. Lyon, Bordeaux ou Marseille décrivent des salles de pilotage où le réseau "
          "entier est modélisé, où l'on teste une coupure avant de la faire, où une fuite est repérée quelques "
          "heures après son apparition. Les éditeurs promettent des gains de rendement de cinq à dix points. Pour "
          "une petite régie, la promesse est tentante, mais le décor ne ressemble en rien à une métropole : pas de "
          "service informatique, des plans de réseau incomplets, des compteurs relevés à la main une fois par an, "
          "un budget d'investissement qui dépasse rarement quelques centaines de milliers d'euros."),
        P("J'ai passé deux ans en alternance à la Régie des Eaux du Diois, qui dessert 11 800 habitants répartis "
          "sur 28 communes de montagne, avec 410 kilomètres de canalisations et cinq agents techniques. Mon rôle "
          "était d'aider le directeur, Olivier Bonnet, à préparer le schéma directeur numérique de la régie. "
          "C'est là que la question de ce mémoire est née : faut-il, et peut-on, suivre le mouvement des grandes "
          "villes ? Ce travail présente d'abord la question et mes hypothèses, puis l'état des connaissances, ma "
          "méthode, l'analyse de la tendance et de ses effets, avant de proposer une stratégie, un dispositif de "
          "veille et une vision à dix ans. Il s'adresse aux élus et aux directeurs de petites régies autant "
          "qu'au jury, et j'ai essayé de l'écrire pour qu'un non-spécialiste puisse le suivre."),
        P("Les chiffres cités viennent des rapports annuels de la régie et des entretiens ; les noms des régies interrogées sont gardés confidentiels."),
        H(2, "1.1 Quelle question, quelles hypothèses ?", {"research-question": "ok"}),
        P("Ma question est la suivante : dans quelles conditions une régie rurale de moins de 20 000 habitants "
          "peut-elle tirer un bénéfice réel d'un jumeau numérique de son réseau d'eau potable ?"),
        P("J'avance trois hypothèses. Première hypothèse : le frein principal n'est pas le coût des logiciels "
          "mais la qualité des données du réseau. Deuxième hypothèse : la mutualisation entre plusieurs régies "
          "rend l'investissement supportable. Troisième hypothèse : un usage limité à la détection des fuites "
          "suffit à rentabiliser la démarche, sans modéliser tout le réseau."),
        P("Chaque hypothèse est reprise dans l'analyse, puis confrontée au calcul fait sur le réseau du Diois."),
        H(1, "2. Pourquoi ce sujet ?", {"subject-choice": "ok"}),
        P("Le choix s'est imposé par mon terrain. En septembre 2024, le directeur de la régie a reçu trois "
          "démarchages d'éditeurs de jumeaux numériques en un mois, chacun avec une démonstration impressionnante "
          "et un devis à six chiffres. Il m'a demandé de l'aider à y voir clair. Je me suis rendu compte qu'il "
          "n'existait presque rien d'écrit sur le sujet pour des structures de notre taille : les retours "
          "d'expérience publiés concernent des métropoles ou de grands délégataires privés."),
        P("Le sujet répond aussi à un enjeu de métier pour moi. Je veux travailler dans les services publics "
          "locaux, à la frontière entre le terrain et le numérique. Les petites collectivités vont devoir choisir "
          "dans les cinq prochaines années entre des outils qu'elles ne maîtrisent pas et des délégations de "
          "service qui leur font perdre la main sur leur réseau. Savoir évaluer une innovation, en mesurer les "
          "conditions de réussite et la faire adopter par des agents qui connaissent chaque vanne par cœur, "
          "c'est exactement le rôle que j'aimerais tenir."),
        P("Enfin, le sujet est de bonne taille pour un mémoire. Il est assez précis pour être traité en profondeur, "
          "avec un terrain accessible et des interlocuteurs disponibles, et assez large pour toucher à la "
          "technique, à l'économie, à l'organisation du travail et aux politiques publiques. J'ai écarté deux "
          "autres pistes : la télérelève des compteurs, déjà bien documentée, et l'intelligence artificielle "
          "appliquée à la qualité de l'eau, trop éloignée des préoccupations immédiates de la régie. Le jumeau "
          "numérique, lui, était une décision à prendre, avec de l'argent public en jeu."),
        P("Le directeur a accepté que le mémoire serve de base à la décision de la régie, ce qui m'a donné accès à toutes les données internes."),
        H(1, "3. Ce que dit la recherche", {"state-of-the-art": "ok"}),
        P("La notion de jumeau numérique vient de l'industrie. Michael Grieves l'a formulée au début des années "
          "2000 pour décrire le double virtuel d'un produit, relié à l'objet réel par un flux de données dans les "
          "deux sens. Dans l'eau, les travaux parlent plutôt de modèle hydraulique calé en temps réel. La "
          "littérature distingue trois niveaux : le modèle statique, recalé de temps en temps ; le modèle "
          "connecté, alimenté par la télégestion ; le jumeau proprement dit, qui compare en continu mesures et "
          "simulations et propose des actions. Les articles de Conejos Fuertes et de ses coauteurs sur Valence, en "
          "Espagne, décrivent le cas le plus abouti : un jumeau couvrant 1,6 million d'habitants, qui a réduit "
          "le temps de détection des fuites de plusieurs jours à quelques heures."),
        P("Les recherches sur les fuites montrent que la sectorisation, c'est-à-dire le découpage du réseau en "
          "secteurs équipés de débitmètres, reste la base de tout. Les travaux de l'Office international de l'eau "
          "et de l'Astee rappellent que sans débit de nuit mesuré par secteur, aucun modèle ne localise une fuite. "
          "Plusieurs auteurs insistent sur la qualité des données patrimoniales : diamètres, matériaux et dates "
          "de pose sont souvent inconnus pour un tiers des canalisations des petites communes."),
        P("Les sciences de gestion apportent un autre éclairage. Les travaux sur l'adoption des technologies dans "
          "les services publics locaux montrent que l'outil réussit quand il répond à un problème que les agents "
          "reconnaissent eux-mêmes, et échoue quand il arrive d'en haut. Plusieurs thèses récentes sur la "
          "télérelève des compteurs décrivent ainsi des équipements installés, payés, puis ignorés parce que "
          "personne n'avait prévu qui regarderait les alertes. Cette littérature, peu citée dans le monde de "
          "l'eau, m'a servi à construire mes entretiens."),
        H(1, "4. Ce que font les acteurs", {"state-of-the-art": "ok"}),
        P("Du côté des pratiques, le marché est dominé par quelques éditeurs de logiciels de modélisation et "
          "par les grands délégataires, qui intègrent leurs propres jumeaux dans les contrats de délégation. Les "
          "retours d'expérience publiés par la FNCCR et par les agences de l'eau montrent que les régies "
          "moyennes, entre 50 000 et 200 000 habitants, commencent à s'équiper, souvent par étapes : "
          "sectorisation, puis télégestion, puis modèle. Pour les petites régies, je n'ai trouvé que deux cas "
          "documentés, un syndicat du Jura et une communauté de communes bretonne, tous deux mutualisés au "
          "niveau d'un département."),
        P("Les offres évoluent vite. Des capteurs de pression et des enregistreurs acoustiques coûtent "
          "aujourd'hui moins de 500 euros pièce, contre plus de 2 000 il y a dix ans, et plusieurs éditeurs "
          "proposent un abonnement mensuel plutôt qu'une licence. Cet état des lieux confirme l'intérêt de ma "
          "question : la technologie existe, elle baisse de prix, mais ses conditions d'usage dans les "
          "petites structures restent presque inexplorées."),
        H(1, "5. Méthode", {"methodology": "ok"}),
        P("J'ai combiné trois sources. D'abord, l'observation participante à la régie du Diois pendant deux "
          "ans : tournées avec les agents, réunions de direction, préparation du schéma directeur, analyse des "
          "données de production et de facturation de 2019 à 2025. Ensuite, dix-sept entretiens semi-directifs "
          "d'une heure environ : huit directeurs ou techniciens de régies de 3 000 à 60 000 habitants, quatre "
          "éditeurs ou intégrateurs, deux chargés de mission d'agences de l'eau, un élu, un chercheur et un "
          "bureau d'études. Le guide d'entretien figure en annexe. Enfin, une veille technologique structurée, "
          "menée d'avril à novembre 2026, décrite dans la partie consacrée à la veille."),
        P("Pour tester la troisième hypothèse, j'ai construit un calcul de rentabilité sur le réseau du Diois, "
          "à partir des volumes perdus, du coût de production du mètre cube et des devis reçus. J'ai fait "
          "relire ce calcul par le comptable de la régie et par un bureau d'études indépendant."),
        P("Les entretiens ont été enregistrés avec l'accord des personnes, puis retranscrits et codés par thème : "
          "données, coûts, organisation, relation avec les éditeurs, freins et leviers. J'ai compté combien de "
          "fois chaque thème apparaissait et noté les désaccords entre régies. Les chiffres de production et de "
          "facturation ont été nettoyés des volumes de service, comme les purges et les essais de poteaux "
          "d'incendie, qui faussent le calcul des pertes."),
        P("La méthode a des limites. Les entretiens portent surtout sur la région Auvergne-Rhône-Alpes, et les "
          "éditeurs ont naturellement présenté leurs solutions sous un jour favorable. J'ai croisé leurs "
          "déclarations avec les retours des régies clientes chaque fois que c'était possible. Enfin, ma "
          "position d'alternante dans une régie concernée par la décision m'oblige à une vigilance particulière "
          "sur mes propres biais : j'ai soumis mes conclusions intermédiaires à deux directeurs extérieurs."),
        H(1, "6. La tendance décortiquée", {"trend-analysis": "ok"}),
        P("La tendance au jumeau numérique dans l'eau repose sur trois mouvements qui se renforcent. Le premier "
          "est la baisse du coût des mesures : capteurs de pression, débitmètres électromagnétiques et "
          "enregistreurs acoustiques sont devenus plus petits, moins chers et autonomes plusieurs années sur pile. "
          "Les réseaux bas débit comme LoRaWAN ou le NB-IoT couvrent désormais la plupart des vallées du Diois, "
          "ce qui était impensable en 2018. Le deuxième mouvement est réglementaire : le décret de 2012 sur les "
          "rendements minimaux, renforcé par le plan eau, oblige les collectivités à connaître leurs pertes et à "
          "les réduire, sous peine de voir doubler la redevance de prélèvement. Le troisième est économique : le "
          "coût de l'énergie pour pomper et traiter l'eau a augmenté de près de 60 % entre 2021 et 2024, ce qui "
          "rend chaque mètre cube perdu plus cher."),
        P("Les entretiens montrent pourtant une adoption très inégale. Les huit régies rencontrées se répartissent "
          "en trois groupes. Deux ont un modèle hydraulique connecté et s'en servent tous les jours, avec un "
          "agent dédié. Trois ont acheté un modèle lors d'une étude de schéma directeur, mais ne l'ont jamais mis à "
          "jour ; il dort sur un poste du bureau d'études. Trois n'ont aucun modèle et gèrent les fuites à "
          "l'oreille et à l'expérience. La différence ne tient pas à la taille de la régie mais à deux "
          "facteurs : l'existence d'une sectorisation complète et la présence d'une personne qui fait le lien "
          "entre le terrain et les données."),
        P("L'analyse de l'offre confirme une bascule vers le service. Sur les quatre éditeurs interrogés, trois "
          "proposent désormais un abonnement qui inclut l'hébergement, les capteurs et une assistance, entre 8 000 "
          "et 25 000 euros par an pour une petite régie. Cela réduit la barrière d'entrée, mais crée une "
          "dépendance : les données et le modèle restent souvent chez l'éditeur. Deux directeurs m'ont dit "
          "redouter de revivre avec le jumeau ce qu'ils ont vécu avec les logiciels de facturation, impossibles à "
          "quitter sans perdre l'historique."),
        P("Pour le Diois, le calcul est parlant. Avec 31 % de pertes, la régie produit chaque année environ "
          "420 000 mètres cubes qui ne sont pas facturés, à un coût de production de 0,62 euro par mètre cube. "
          "Gagner dix points de rendement représente près de 85 000 euros par an, sans compter les aides de "
          "l'agence de l'eau. Un jumeau complet, estimé à 380 000 euros sur cinq ans, ne serait rentable qu'au "
          "bout de neuf ans ; une version limitée aux fuites, mutualisée avec deux régies voisines, le serait en "
          "cinq ans et demi. Ces résultats confirment les première et troisième hypothèses et nuancent la deuxième."),
        P("La mutualisation aide, mais elle ne suffit pas sans une personne chargée de faire vivre l'outil."),
        H(1, "7. Quels effets pour la régie ?", {"impacts-value": "ok"}),
        T([["Dimension", "Effet attendu", "Indicateur", "Estimation pour le Diois"],
           ["Ressource en eau", "moins de prélèvements dans la Drôme en été", "volume prélevé par an", "baisse de 130 000 m3 par an à terme"],
           ["Finances", "moins d'eau produite pour rien, aides de l'agence maintenues", "coût de production évité", "environ 85 000 euros par an"],
           ["Service aux usagers", "moins de coupures longues, réparations mieux préparées", "durée moyenne des coupures", "de 5 h à 3 h"],
           ["Travail des agents", "recherche de fuites ciblée au lieu des écoutes systématiques de nuit", "heures de nuit par mois", "divisées par deux"],
           ["Risques", "dépendance à un éditeur, données à sécuriser", "clauses de réversibilité", "à négocier avant signature"],
           ["Territoire", "compétences partagées entre trois régies voisines", "nombre de régies associées", "trois dès 2028"]]),
        P("La valeur principale n'est pas technologique : elle tient au temps rendu aux agents et à l'eau "
          "laissée dans la rivière pendant les étés secs."),
        P("Ces estimations sont prudentes : elles supposent un gain de dix points de rendement, alors que les deux "
          "régies équipées que j'ai rencontrées annoncent douze et quinze points après trois ans."),
        H(1, "8. Préparer le changement", {"anticipation-strategy": "ok"}),
        P("Un jumeau numérique ne s'installe pas comme un logiciel de bureau. Il transforme la façon dont les "
          "agents cherchent les fuites, décident des travaux et rendent compte aux élus. Les régies qui ont "
          "échoué, d'après mes entretiens, ont toutes fait la même erreur : acheter l'outil avant d'avoir préparé "
          "les données et les personnes. Je propose donc une stratégie en trois étapes, sur quatre ans."),
        P("La première étape, en 2027, consiste à fiabiliser le socle. Il s'agit de terminer la sectorisation du "
          "réseau du Diois, dont il manque quatre secteurs sur quatorze, d'installer des débitmètres aux entrées "
          "de secteur et de compléter le plan des canalisations, en priorité les matériaux et les dates de pose. "
          "Les agents, qui connaissent le réseau mieux que n'importe quel plan, seront associés au relevé, avec "
          "une tablette et une application simple. C'est aussi le moment d'ouvrir la discussion avec les régies "
          "du Haut-Diois et de la vallée de la Roanne, pour préparer un groupement de commande."),
        P("La deuxième étape, en 2028, est l'expérimentation. Trois secteurs pilotes, choisis parce qu'ils perdent "
          "le plus, reçoivent des capteurs de pression et des enregistreurs acoustiques, reliés à un outil "
          "d'analyse des débits de nuit en abonnement. L'objectif est de mesurer le gain réel avant d'aller plus "
          "loin, avec un indicateur simple : le nombre de fuites trouvées et le volume économisé par secteur. Un "
          "agent référent, volontaire, est formé par l'éditeur et consacre une demi-journée par semaine à "
          "l'outil ; il présente les résultats chaque mois à ses collègues."),
        P("La troisième étape, de 2029 à 2030, est la généralisation et la mutualisation. Si l'expérimentation "
          "atteint ses objectifs, les capteurs sont étendus à tous les secteurs et le modèle hydraulique est "
          "construit à partir des données désormais fiables. Les trois régies partagent un poste de technicien "
          "données, financé au prorata des abonnés, et un seul contrat avec l'éditeur, négocié avec une clause de "
          "réversibilité qui garantit la récupération des données et du modèle."),
        P("Les résistances sont prévisibles. Les agents les plus anciens craignent que l'outil remette en cause "
          "leur savoir ; les élus craignent une dépense de plus sur la facture d'eau. Pour les premiers, "
          "l'expérimentation est construite avec eux et les met en valeur ; pour les seconds, chaque étape est "
          "conditionnée à un résultat mesuré et présentée au conseil d'exploitation avec son coût par abonné, "
          "soit environ quatre euros par an."),
        P("Enfin, la stratégie prévoit une porte de sortie à chaque étape. Si la sectorisation révèle un réseau "
          "en meilleur état que prévu, ou si l'expérimentation ne trouve pas plus de fuites que les écoutes "
          "habituelles, la régie s'arrête et garde ce qu'elle a acquis : un réseau mieux connu et des agents "
          "formés. Aucun investissement n'est perdu."),
        H(1, "9. Mes préconisations", {"recommendations": "ok"}),
        P("À la direction de la Régie des Eaux du Diois, je recommande de ne pas signer de contrat de jumeau "
          "numérique complet avant 2029. Les devis reçus en 2024 reposaient sur des données que la régie n'a pas "
          "encore. La priorité budgétaire de 2027 doit aller à la sectorisation et au plan des canalisations, pour "
          "environ 140 000 euros, finançables à moitié par l'agence de l'eau."),
        P("Je recommande ensuite de lancer l'expérimentation sur trois secteurs en mode abonnement, pour un an, "
          "avec des objectifs écrits dans le contrat. Le choix de l'éditeur doit se faire sur trois critères : la "
          "capacité à exporter les données dans un format ouvert, la simplicité de l'outil pour un agent non "
          "spécialiste, et la présence d'un support en français joignable le jour même."),
        P("Aux élus, je recommande de porter la mutualisation au niveau du syndicat départemental. Une petite "
          "régie seule ne peut pas recruter un spécialiste des données ; trois ou quatre régies ensemble le "
          "peuvent. Le syndicat pourrait aussi négocier un contrat-cadre, comme il le fait déjà pour "
          "l'électricité, et héberger les données pour éviter la dépendance à un éditeur."),
        P("Aux agents, enfin, je recommande de garder la main sur l'outil. Le référent doit être un agent de "
          "terrain, pas un prestataire. Les écoutes de nuit ne doivent pas disparaître d'un coup : elles restent "
          "le moyen de vérifier ce que le modèle annonce, au moins pendant les deux premières années."),
        P("Ces recommandations ont des limites. Elles valent pour un réseau de montagne, très sectorisable, et pour "
          "une régie qui a déjà une télégestion des réservoirs. Une régie de plaine, avec un réseau maillé et sans "
          "télégestion, devrait sans doute commencer par là. À plus long terme, la question se posera de relier "
          "le jumeau de l'eau potable à celui de l'assainissement, voire à la gestion de la ressource à l'échelle "
          "du bassin versant de la Drôme."),
        P("Je remettrai ces préconisations au conseil d'exploitation de janvier, avec le calcul détaillé en annexe du rapport, et je proposerai de les revoir un an plus tard à la lumière des premiers résultats."),
        H(1, "10. VEILLE", {"watch-scope": "ok"}),
        P("La veille a accompagné tout le mémoire. Son périmètre est volontairement étroit : les technologies "
          "qui permettent de connaître l'état d'un réseau d'eau potable en temps réel, et leurs conditions "
          "d'accès pour des structures de petite taille. Cela couvre les capteurs et leurs réseaux de "
          "communication, les logiciels de modélisation et de détection des fuites, les offres en mode service, "
          "les retours d'expérience de collectivités et les évolutions de la réglementation et des aides. J'ai "
          "exclu la qualité de l'eau, l'assainissement et la télérelève des compteurs individuels, sauf quand ils "
          "se croisent avec le jumeau. L'objectif est double : alimenter le mémoire, et laisser à la régie un "
          "dispositif qu'un agent peut tenir une heure par semaine après mon départ."),
        P("Trois questions guident le tri : qu'est-ce qui baisse de prix ? qu'est-ce qui a été testé par une "
          "collectivité comparable à la nôtre ? qu'est-ce qui change dans les obligations et les aides ? Une "
          "information qui ne répond à aucune des trois n'est pas gardée, même si elle est passionnante."),
        H(2, "10.1 Sources retenues", {"source-choice": "thin"}),
        P("J'ai privilégié les sources fiables et gratuites : revues professionnelles, publications des agences de "
          "l'eau et de l'Astee, articles scientifiques en accès libre et comptes LinkedIn de quelques directeurs "
          "de régies. Les sites d'éditeurs sont suivis, mais leurs chiffres sont toujours recoupés. J'ai écarté "
          "les agrégateurs payants, trop chers pour la régie."),
        H(2, "10.2 Inventaire", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Fréquence"],
           ["TSM (revue de l'Astee)", "revue professionnelle", "élevée", "mensuelle"],
           ["Hydroplus", "revue professionnelle", "moyenne", "mensuelle"],
           ["Agence de l'eau Rhône Méditerranée Corse", "institution", "élevée", "au fil de l'eau"],
           ["Water Research (Elsevier), articles ouverts", "scientifique", "élevée", "alerte hebdomadaire"],
           ["FNCCR, retours d'expérience", "fédération de collectivités", "élevée", "trimestrielle"],
           ["Sites et webinaires d'éditeurs", "commerciale", "à recouper", "mensuelle"]]),
        H(2, "10.3 Requêtes", {"search-queries": "ok"}),
        T([["Mots ou requête", "Outil", "Langue"],
           ["\"jumeau numérique\" AND (\"eau potable\" OR \"réseau d'eau\")", "Google Alerts", "français"],
           ["\"digital twin\" AND \"water distribution\" AND (small OR rural)", "Google Scholar", "anglais"],
           ["sectorisation fuites débit de nuit", "Inoreader", "français"],
           ["\"acoustic leak\" LoRaWAN", "Inoreader", "anglais"]]),
        H(2, "10.4 Le cycle", {"watch-cycle": "ok"}),
        T([["Étape", "Ce que je fais", "Quand"],
           ["Collecter", "les alertes et flux arrivent dans Inoreader, classés par dossier", "en continu"],
           ["Trier", "je garde ce qui concerne les petites régies ou les prix, je jette le reste", "le lundi matin"],
           ["Analyser", "une fiche de cinq lignes par information retenue, avec la source et sa fiabilité", "le lundi matin"],
           ["Diffuser", "une note d'une page au directeur et aux agents, affichée au dépôt", "le premier lundi du mois"],
           ["Décider", "le directeur dit ce qui mérite un test ou un contact", "comité mensuel"]]),
        P("Le cycle est court parce que la régie est petite : entre la collecte et la décision, il se passe au "
          "plus un mois, et chaque étape tient dans une heure."),
        H(2, "10.5 Mise à jour", {"update-method": "ok"}),
        P("Le dispositif doit survivre à mon départ, ce qui impose qu'il soit simple. Chaque trimestre, je revois "
          "la liste des sources avec le directeur : une source qui n'a rien apporté en trois mois est retirée, "
          "une source citée deux fois par nos interlocuteurs est ajoutée. Les requêtes sont revues au même "
          "rythme, en regardant les mots qui reviennent dans les articles retenus ; c'est ainsi que j'ai ajouté "
          "en juin le terme de débit minimum de nuit, que je ne connaissais pas au départ."),
        P("Une fois par an, en janvier, la veille fait l'objet d'un bilan plus complet : nombre d'informations "
          "collectées et retenues, décisions qu'elles ont permises, temps passé. En 2026, sur environ 1 300 "
          "articles reçus, 96 ont donné une fiche et six ont mené à une action, dont le contact avec le syndicat "
          "du Jura. Le temps passé est d'environ une heure et quart par semaine, ce qui est tenable."),
        P("À mon départ, la veille sera reprise par l'agent référent de l'expérimentation. Je lui laisse un mode "
          "d'emploi de deux pages, les identifiants partagés de l'outil et l'historique des fiches, classé par "
          "thème. Nous avons fait ensemble les trois derniers cycles mensuels pour qu'il prenne la main."),
        P("Si le temps passé dépasse deux heures par semaine, nous réduirons d'abord le nombre de sources commerciales, qui sont les plus bavardes et les moins utiles."),
        H(2, "10.6 Outils", {"watch-tools": "ok"}),
        P("Inoreader, dans sa version gratuite, centralise les flux des revues et des sites ; Google Alerts et "
          "Google Scholar envoient leurs alertes dans la même boîte. Les fiches sont rangées dans un tableau "
          "partagé sur le serveur de la régie, avec un onglet par thème et une colonne de décision. Un petit "
          "tableau de bord compte chaque mois les fiches par thème, pour voir où ça bouge."),
        P("J'ai testé deux outils payants de veille pendant leur période d'essai ; ils n'apportaient rien qui "
          "justifie leur prix pour une régie de cette taille, et auraient disparu au premier budget serré."),
        Img(["Flux et alertes", "Inoreader", "Fiches", "Note mensuelle"], "Figure 1 – La chaîne d'outils de la veille, de la collecte à la note mensuelle."),
        H(2, "10.7 Mon radar", {"technology-radar": "ok"}),
        P("Le radar classe les technologies suivies en quatre anneaux selon leur maturité pour une petite régie. "
          "À adopter : la sectorisation avec débitmètres et l'analyse des débits de nuit. À tester : les "
          "enregistreurs acoustiques connectés et les outils d'analyse en abonnement. À surveiller : le modèle "
          "hydraulique calé en temps réel et l'imagerie satellite de détection des fuites. À écarter pour "
          "l'instant : les jumeaux complets avec pilotage automatique des vannes, trop chers et trop fragiles "
          "pour un réseau de montagne."),
        P("Le radar est mis à jour au bilan annuel ; une technologie ne change d'anneau que si une régie comparable l'a utilisée."),
        Img(["Adopter", "Tester", "Surveiller", "Écarter"], "Figure 2 – Radar des technologies de connaissance du réseau, novembre 2026."),
        H(1, "11. Et dans dix ans ?", {"prospective-vision": "ok"}),
        P("À l'horizon 2036, trois scénarios me semblent plausibles pour les petites régies. Dans le premier, "
          "celui de la mutualisation, les régies d'un département partagent une plateforme publique, hébergée "
          "par le syndicat départemental, avec un modèle par réseau et une petite équipe de spécialistes des "
          "données. Les agents de terrain reçoivent chaque matin une liste de secteurs à écouter. C'est le "
          "scénario que mes recommandations préparent."),
        P("Dans le deuxième scénario, celui de la concentration, les petites régies n'arrivent pas à suivre les "
          "exigences de rendement et confient leur réseau à de grands délégataires, qui apportent leurs propres "
          "jumeaux. Le service s'améliore techniquement, mais les collectivités perdent la connaissance de leur "
          "patrimoine et la maîtrise du prix de l'eau. Plusieurs directeurs rencontrés jugent ce scénario "
          "probable si rien n'est fait d'ici 2030."),
        P("Dans le troisième, celui du statu quo contraint, les capteurs se diffusent mais les modèles restent "
          "inutilisés faute de personnes pour les faire vivre. Les régies paient des abonnements pour des tableaux "
          "de bord que personne ne regarde, comme certaines le font déjà avec des études de schéma directeur. "
          "Les sécheresses répétées imposent alors des restrictions d'eau plus fréquentes."),
        P("Quel que soit le scénario, deux évolutions me paraissent certaines : la ressource en eau sera plus rare "
          "l'été dans la vallée de la Drôme, et le coût de la mesure continuera de baisser. La question n'est donc "
          "pas de savoir si les petites régies connaîtront leur réseau en temps réel, mais qui détiendra cette "
          "connaissance. Pour la régie du Diois, la préparer dès maintenant, avec ses agents et ses voisines, "
          "est le meilleur moyen de rester maître de son service public."),
        P("J'ai présenté ces trois scénarios à quatre des directeurs interrogés. Tous jugent le premier "
          "souhaitable, mais deux doutent que les syndicats départementaux aient les moyens de le porter sans "
          "aide de l'État ou de la Région. Le signal à surveiller sera donc la création, ou non, de postes "
          "mutualisés de techniciens des données dans les départements voisins d'ici 2028, comme l'Ardèche en discute déjà."),
        H(1, "Pour conclure", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une question simple : une petite régie rurale peut-elle profiter d'un jumeau "
          "numérique de son réseau d'eau potable ? La réponse est oui, mais pas sous la forme vendue aux "
          "métropoles. Le jumeau complet reste trop cher et surtout trop exigeant en données pour une régie de la "
          "taille du Diois. En revanche, une démarche progressive, qui commence par la sectorisation et les "
          "données du réseau, se concentre sur la recherche des fuites et se mutualise avec des régies voisines, "
          "peut se rembourser en cinq à six ans et rendre du temps aux agents."),
        P("Mes trois hypothèses en sortent confirmées ou nuancées : la qualité des données est bien le premier "
          "frein, la mutualisation est nécessaire mais ne suffit pas sans une personne pour faire vivre l'outil, "
          "et l'usage limité aux fuites justifie à lui seul l'investissement. Sur le plan personnel, ce travail m'a "
          "appris à évaluer une innovation sans céder à l'enthousiasme des démonstrations, et à parler de "
          "technique avec des élus et des agents qui n'en ont pas le même usage. La régie a inscrit la "
          "sectorisation à son budget 2027 ; la suite dira si le reste de la feuille de route tient."),
        P("Il resterait à tester cette démarche sur un réseau de plaine, et à suivre la régie du Diois au-delà de 2028, pour vérifier si les gains annoncés se confirment dans la durée."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Référence", "Type", "Année"],
           ["Grieves M., Digital Twin: Manufacturing Excellence through Virtual Factory Replication, livre blanc", "article", "2014"],
           ["Conejos Fuertes P. et al., Building and exploiting a Digital Twin for the management of drinking water distribution networks, Urban Water Journal", "article scientifique", "2020"],
           ["Astee, Guide de la sectorisation des réseaux d'eau potable", "guide professionnel", "2019"],
           ["Ministère de la Transition écologique, Plan d'action pour une gestion résiliente et concertée de l'eau", "document public", "2023"],
           ["FNCCR, Retours d'expérience sur la gestion patrimoniale des réseaux d'eau", "rapport", "2024"],
           ["Agence de l'eau RMC, 12e programme d'intervention", "document public", "2025"]]),
        H(1, "Annexe A – Guide des entretiens", {"appendices": "ok"}),
        L(["Présentez votre structure : habitants desservis, longueur du réseau, effectif technique.",
           "Comment cherchez-vous les fuites aujourd'hui ? Combien de temps y passez-vous ?",
           "Avez-vous un modèle hydraulique ? Qui le met à jour, et à quelle fréquence ?",
           "Quelles données vous manquent le plus sur votre réseau ?",
           "Avez-vous été démarché par des éditeurs ? Qu'en avez-vous pensé ?",
           "Seriez-vous prêt à partager un outil ou un poste avec d'autres régies ?"]),
    ],
)
