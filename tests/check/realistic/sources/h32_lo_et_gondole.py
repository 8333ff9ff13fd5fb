from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer, French: a thesis on electronic shelf labels and dynamic pricing in
    neighbourhood grocery shops, written by an assistant manager of a 14-shop franchise in Tours. The author's own
    chapter headings, numbered, with part titles of her own that hold no section ("PARTIE II – VEILLER", "PARTIE
    III – ANALYSER ET ANTICIPER"); the abstract, the choice of sources and the impacts are bold Normal
    paragraphs ("RÉSUMÉ", "4.1 Où je cherche...", "9. QUI Y GAGNE ?"); the watch cycle and its update cadence
    share one heading (merged); the impacts are a single paragraph (thin); the radar chapter has a heading and nothing under it (empty); the watch is placed
    between the method and the analysis.""",
    title="Étiquettes électroniques et prix dynamiques : le commerce de proximité est-il prêt ?",
    cover=["Mémoire d'expertise – MSc Manageur de l'innovation numérique", "Camille Dufresne",
           "Tuteur : Laurent Ménard", "Soutenance : décembre 2026"],
    blocks=[
        B("RÉSUMÉ", {"abstract": "ok"}),
        P("Les étiquettes électroniques de gondole remplacent peu à peu le papier dans les supermarchés. Elles "
          "permettent de changer un prix en quelques secondes, et donc d'envisager des prix qui varient selon "
          "l'heure, le stock ou la date limite de consommation. Ce mémoire se demande si les magasins de proximité, "
          "souvent franchisés et tenus par de petites équipes, peuvent tirer parti de ces prix dynamiques sans "
          "perdre la confiance de leurs clients. Il s'appuie sur une veille de dix mois, sur vingt et un "
          "entretiens avec des franchisés, des fournisseurs et des clients, et sur une expérimentation menée "
          "dans trois magasins tourangeaux d'une enseigne de quatorze points de vente. Les résultats montrent un "
          "gain net sur la démarque des produits frais, de l'ordre de 30 %, mais une grande méfiance des clients "
          "dès que les prix montent. Je recommande une tarification dynamique à la baisse uniquement, annoncée "
          "clairement, et un déploiement par étapes, magasin par magasin, avec un référent prix dans chaque équipe."),
        P("Mots-clés : étiquettes électroniques, tarification dynamique, commerce de proximité, démarque, "
          "confiance des clients, franchise."),
        H(1, "1. Entrée en matière", {"introduction": "ok"}),
        P("Dans un supermarché de quartier, changer un prix prend du temps : il faut imprimer l'étiquette, la "
          "porter en rayon, retirer l'ancienne, et vérifier que la caisse affiche le même montant. Pour un "
          "magasin de 400 mètres carrés qui compte 6 000 références, un changement de promotion occupe un "
          "employé pendant une demi-journée chaque semaine. Les étiquettes électroniques, petits écrans à encre "
          "électronique reliés par radio au logiciel de caisse, suppriment ce travail. Elles se sont répandues "
          "dans les hypermarchés depuis 2015 et arrivent désormais dans les magasins de proximité, poussées par "
          "la baisse de leur prix et par l'obligation d'afficher des informations plus nombreuses."),
        P("Mais l'intérêt de ces étiquettes dépasse le gain de temps. Puisqu'un prix peut changer à tout moment, "
          "certains fournisseurs proposent des prix dynamiques, calculés par un algorithme selon l'heure, le "
          "stock restant ou la date limite. Le transport aérien et l'hôtellerie pratiquent ces prix depuis "
          "longtemps ; la grande distribution les découvre. Dans le commerce de proximité, où le client connaît "
          "souvent le gérant par son prénom, ces pratiques posent une question de confiance autant que de "
          "technique."),
        P("Je travaille depuis trois ans comme adjointe de direction chez Fraîcheur & Co, une franchise de "
          "quatorze supérettes en Indre-et-Loire. Mon enseigne a installé des étiquettes électroniques dans deux "
          "magasins en 2025 et se demande s'il faut aller plus loin. Ce mémoire est né de cette question "
          "concrète. Il présente d'abord l'état des connaissances et ma méthode, puis la veille que j'ai "
          "organisée, enfin l'analyse de la tendance, ses effets et la façon dont une enseigne comme la nôtre "
          "peut s'y préparer. J'y défends une thèse simple : le prix dynamique n'a d'avenir en proximité que "
          "s'il reste lisible et ne se retourne jamais contre le client fidèle."),
        P("Ce travail ne prétend pas trancher pour tout le secteur. Il part d'un réseau précis, avec ses contraintes de taille, de budget et de clientèle, et cherche à en tirer des enseignements utiles à d'autres réseaux de franchise comparables. Les chiffres cités viennent de nos magasins, de mes entretiens ou de sources publiques, toujours nommées."),
        H(2, "1.1 La question qui guide ce travail", {"research-question": "ok"}),
        P("Comment un magasin de proximité peut-il utiliser les étiquettes électroniques pour faire varier ses "
          "prix sans abîmer la confiance de ses clients ? Je teste trois hypothèses. H1 : les baisses de prix "
          "automatiques en fin de journée réduisent la démarque des produits frais. H2 : les clients acceptent "
          "des prix qui baissent mais rejettent des prix qui montent. H3 : une petite équipe peut piloter ces "
          "prix sans compétence nouvelle si les règles restent simples."),
        P("La première hypothèse porte sur l'économie du magasin, la deuxième sur le client, la troisième sur l'organisation : les trois doivent tenir pour que le projet ait un sens."),
        H(2, "1.2 Un sujet né en rayon", {"subject-choice": "ok"}),
        P("J'ai choisi ce sujet parce qu'il croise mon quotidien et une transformation que tout le secteur "
          "observe sans savoir encore quoi en penser. Chaque soir, dans notre magasin de la place Plumereau, "
          "l'équipe colle à la main des étiquettes jaunes de remise sur les produits qui arrivent à leur date "
          "limite. Ce travail prend quarante minutes, il est fait à la hâte et souvent trop tard : nous jetons "
          "encore pour 2 800 euros de produits frais par mois. Quand notre fournisseur d'étiquettes électroniques "
          "nous a présenté son module de remises automatiques, la directrice du réseau m'a demandé si cela valait "
          "la peine. Je n'avais pas de réponse."),
        P("Le sujet est aussi pertinent pour mon parcours. Je veux évoluer vers un poste de responsable de "
          "l'innovation dans un réseau de franchise, et ce métier demande de savoir évaluer une technologie avant "
          "que les vendeurs ne l'imposent. Les étiquettes électroniques en sont un bon exemple : le matériel est "
          "mûr, mais les usages qu'il rend possibles, comme la tarification dynamique, ne le sont pas encore. "
          "Enfin, le sujet est faisable : j'ai accès aux données de caisse et de démarque de trois magasins, "
          "l'accord de la direction pour une expérimentation, et des contacts chez deux fournisseurs et dans "
          "une fédération du commerce. Il est aussi limité dans le temps : la directive européenne sur "
          "l'information des consommateurs sera révisée en 2027, et l'enseigne doit décider avant."),
        P("Je connaissais enfin les limites de ma position : adjointe dans l'enseigne, je risquais de défendre un projet déjà souhaité par la direction. J'ai donc choisi de poser la question ouverte, sans présumer de la réponse, et de faire relire mes conclusions par mon tuteur extérieur à l'enseigne."),
        H(1, "2. Ce que l'on sait déjà", {"state-of-the-art": "ok"}),
        P("Les travaux sur la tarification dynamique viennent d'abord du transport aérien. Dès les années 1980, "
          "les compagnies américaines ont appris à faire varier le prix d'un siège selon la demande prévue, ce "
          "que la littérature appelle le yield management. Les économistes ont montré que ces pratiques "
          "augmentent le revenu total, mais aussi qu'elles sont perçues comme injustes quand le client découvre "
          "qu'un voisin a payé moins cher. Les travaux de Kahneman, Knetsch et Thaler sur l'équité perçue, dès "
          "1986, restent la référence : une hausse de prix justifiée par une hausse des coûts est acceptée, une "
          "hausse due à une demande forte ne l'est pas."),
        P("Dans la distribution alimentaire, les études sont plus récentes. Plusieurs expérimentations menées en "
          "Europe du Nord entre 2019 et 2024 ont mesuré l'effet des remises automatiques sur les produits proches "
          "de leur date limite. Une enseigne néerlandaise rapporte une baisse de 40 % de ses pertes sur le frais "
          "dans les magasins équipés ; une étude suédoise sur 90 magasins trouve un effet plus modeste, de 15 à "
          "25 %, mais durable. Ces études portent surtout sur des supermarchés de taille moyenne, rarement sur "
          "des supérettes de centre-ville, où le panier est plus petit et la clientèle plus régulière."),
        P("Sur la technologie elle-même, les rapports des cabinets spécialisés décrivent un marché dominé par "
          "trois fabricants, dont un français, qui équipent plus de la moitié des hypermarchés européens. Le "
          "prix d'une étiquette a été divisé par trois en dix ans, à environ quatre euros. Les nouvelles "
          "générations ajoutent la couleur, un voyant lumineux pour guider la préparation des commandes en ligne "
          "et parfois une caméra de rayon. Les limites connues sont la durée des piles, la couverture radio dans "
          "les vieux bâtiments et la dépendance au logiciel du fabricant, qui rend difficile tout changement de fournisseur."),
        P("Enfin, le droit encadre ces pratiques. Le code de la consommation impose que le prix affiché soit "
          "celui payé en caisse, et la DGCCRF contrôle les écarts. La loi ne limite pas la fréquence des "
          "changements de prix, mais le règlement européen sur les pratiques commerciales déloyales interdit "
          "d'induire le client en erreur, notamment sur les réductions annoncées par rapport à un prix de "
          "référence. Les associations de consommateurs ont publié en 2025 plusieurs alertes sur des hausses "
          "de prix en fin de journée constatées dans des magasins équipés en Allemagne, ce qui montre que le "
          "sujet est devenu public."),
        P("Il manque donc, dans ce que j'ai lu, une étude du cas particulier des magasins de proximité "
          "franchisés, où la décision se prend à l'échelle d'un petit réseau et où la relation avec le client "
          "pèse autant que le prix. C'est la place que ce mémoire cherche à occuper, modestement, à partir d'un seul réseau."),
        H(1, "3. Comment j'ai enquêté", {"methodology": "ok"}),
        P("J'ai combiné trois sources de preuves. D'abord une revue documentaire et une veille de dix mois, "
          "décrites dans la partie suivante. Ensuite vingt et un entretiens semi-directifs de quarante-cinq "
          "minutes : huit franchisés de trois enseignes différentes, quatre responsables chez deux fabricants "
          "d'étiquettes et un éditeur de logiciel de prix, deux juristes d'une fédération du commerce, et sept "
          "clients réguliers rencontrés en magasin. J'ai enregistré les entretiens avec leur accord, puis je les "
          "ai codés par thème dans un tableur, en comptant combien de personnes évoquaient chaque idée, et en gardant les citations les plus parlantes."),
        P("Enfin une expérimentation de huit semaines, de mars à mai 2026, dans trois de nos magasins. Dans le "
          "magasin A, les étiquettes électroniques baissaient automatiquement le prix des produits frais de 30 % "
          "trois heures avant la fermeture, puis de 50 % la dernière heure. Dans le magasin B, les mêmes remises "
          "étaient posées à la main avec des étiquettes jaunes, comme avant. Le magasin C, de taille comparable, "
          "servait de témoin sans remise particulière. J'ai comparé la démarque, le chiffre d'affaires du frais "
          "et le nombre de clients après 18 heures, semaine par semaine, avec les mêmes semaines de 2025."),
        P("J'ai aussi interrogé 312 clients des trois magasins par un court questionnaire en caisse, sur leur "
          "perception des prix et leur réaction à des scénarios de prix qui montent ou qui baissent. Cette "
          "méthode a des limites : trois magasins ne font pas un échantillon, les clients interrogés en caisse "
          "sont ceux qui restent, et mon rôle dans l'enseigne peut influencer les réponses des équipes. Je les "
          "discute au fil de l'analyse. Pour limiter le dernier biais, les questionnaires ont été distribués "
          "par des étudiants extérieurs au magasin, et les équipes ne savaient pas quelles réponses j'attendais."),
        H(1, "PARTIE II – VEILLER", {}),
        H(2, "4. Le périmètre de ma veille", {"watch-scope": "ok"}),
        P("Ma veille a couvert de janvier à octobre 2026 quatre axes : la technologie des étiquettes "
          "(fabricants, nouvelles fonctions, prix), les logiciels de calcul de prix, les usages observés chez "
          "les distributeurs en France et en Europe, et le cadre juridique et les réactions des consommateurs. "
          "J'ai volontairement laissé de côté les caméras de rayon et la reconnaissance des clients, qui "
          "soulèvent d'autres questions et dépassent les moyens d'un réseau comme le nôtre. L'objectif de cette "
          "veille était double : nourrir le mémoire, et laisser à l'enseigne un dispositif qu'elle pourra "
          "continuer à faire vivre après mon départ en alternance. Elle s'adresse donc à la directrice du "
          "réseau et aux franchisés, qui n'ont ni le temps ni l'envie de lire des rapports longs."),
        P("Géographiquement, j'ai suivi la France en priorité, puis l'Allemagne, les Pays-Bas et la Suède, où "
          "les déploiements sont plus avancés. J'ai exclu l'Amérique du Nord, dont le droit de la consommation "
          "et les formats de magasins sont trop différents des nôtres pour être utiles à une enseigne tourangelle."),
        B("4.1 Où je cherche, et pourquoi ces sources-là", {"source-choice": "ok"}),
        P("J'ai retenu des sources de quatre natures, en cherchant à croiser des points de vue opposés. Les "
          "fabricants et éditeurs publient des communiqués et des études de cas : ils sont à jour mais "
          "intéressés, et je ne retiens leurs chiffres que s'ils sont confirmés ailleurs. La presse "
          "professionnelle de la distribution, comme LSA et Linéaires, suit les déploiements en magasin et "
          "interroge des directeurs d'enseigne ; elle est fiable sur les faits, moins sur les résultats "
          "chiffrés. Les sources académiques, trouvées par Google Scholar et la base Cairn de l'école, apportent "
          "les mesures les plus solides mais arrivent avec deux ou trois ans de retard. Enfin, les sources "
          "institutionnelles et associatives, DGCCRF, Commission européenne, UFC-Que Choisir, donnent le cadre "
          "juridique et la voix des consommateurs."),
        P("J'ai évalué chaque source selon quatre critères : la fiabilité de l'auteur, la fraîcheur, "
          "l'indépendance vis-à-vis des vendeurs et l'utilité pour une décision d'enseigne. Les réseaux "
          "sociaux professionnels ont été gardés comme signaux faibles seulement : un message d'un directeur "
          "de magasin allemand sur une polémique locale m'a par exemple alertée trois semaines avant la presse. "
          "J'ai écarté les blogs de consultants sans sources et les comparatifs sponsorisés. Au total, "
          "vingt-six sources sont suivies régulièrement, dont neuf jugées prioritaires, que je lis chaque "
          "semaine ; les autres sont consultées une fois par mois ou à la suite d'une alerte."),
        P("J'ai aussi cherché des voix de terrain que la presse n'entend pas. Deux franchisés d'autres enseignes "
          "m'envoient désormais les documents que leur remettent les fabricants, et une fédération régionale du "
          "commerce me transmet ses notes juridiques. Ces sources humaines sont précieuses, mais je vérifie toujours "
          "ce qu'elles rapportent avant de l'écrire dans la lettre de veille."),
        H(3, "Mes sources suivies", {"source-inventory": "ok"}),
        T([["Source", "Nature", "Fiabilité", "Fréquence de lecture"],
           ["LSA", "presse professionnelle", "bonne", "hebdomadaire"],
           ["Linéaires", "presse professionnelle", "bonne", "mensuelle"],
           ["Google Scholar (alerte)", "académique", "très bonne", "hebdomadaire"],
           ["DGCCRF", "institutionnelle", "très bonne", "mensuelle"],
           ["UFC-Que Choisir", "associative", "bonne", "mensuelle"],
           ["Sites de trois fabricants", "entreprises", "moyenne", "mensuelle"]]),
        H(3, "Requêtes et alertes", {"search-queries": "ok"}),
        T([["Requête", "Outil", "Langue"],
           ["\"étiquettes électroniques\" AND (supérette OR proximité)", "Google Alerts", "français"],
           ["\"electronic shelf labels\" AND \"dynamic pricing\"", "Google Scholar", "anglais"],
           ["\"prix dynamiques\" AND (DGCCRF OR consommateurs)", "Google Alerts", "français"],
           ["\"markdown optimisation\" grocery waste", "Scholar, Feedly", "anglais"]]),
        H(2, "5. Le cycle de veille et son rythme", {"watch-cycle": "ok", "update-method": "ok"}),
        P("Ma veille suit un cycle en cinq temps. Je commence par cibler : chaque trimestre, je relis les quatre "
          "axes avec la directrice du réseau pour vérifier qu'ils répondent encore à ses questions. Puis je "
          "collecte, grâce aux alertes et aux flux décrits plus haut. Le tri se fait le vendredi matin : je lis "
          "les titres, garde un article sur cinq environ, et note pour chacun une phrase de résumé et son axe. "
          "J'analyse ensuite, une fois par mois, ce qui s'est accumulé, en cherchant ce qui confirme ou contredit "
          "mes hypothèses. Enfin je diffuse, sous la forme d'une lettre d'une page envoyée aux franchisés."),
        P("Le rythme a été ajusté après deux mois. Au départ, je lisais tout chaque jour, ce qui prenait une "
          "heure et produisait beaucoup de doublons. Je suis passée à une lecture hebdomadaire des neuf sources "
          "prioritaires et à une lecture mensuelle des autres, soit environ deux heures par semaine au total. "
          "Les alertes juridiques font exception : un changement de règle est signalé à la directrice le jour "
          "même. La mise à jour des sources elle-même a lieu chaque trimestre : une source qui n'a rien apporté "
          "d'utile en trois mois est retirée, une source citée par deux autres est ajoutée à l'essai. Ainsi la "
          "liste est passée de trente et une sources en janvier à vingt-six en octobre. Les requêtes sont "
          "revues au même moment, en ajoutant les mots apparus dans les articles retenus, comme « démarque "
          "intelligente » ou « prix antigaspillage », qui n'existaient pas dans mon vocabulaire au début. "
          "Chaque mise à jour est notée dans un journal, pour que la personne qui reprendra cette veille "
          "comprenne pourquoi une source a disparu."),
        H(2, "6. Outils", {"watch-tools": "ok"}),
        P("J'utilise Feedly, dans sa version gratuite, pour rassembler les flux des sites, et Google Alerts pour "
          "les requêtes. Les articles retenus sont classés dans Zotero, avec une étiquette par axe, ce qui me "
          "sert aussi pour la bibliographie. Un tableau de bord simple, dans un tableur partagé, compte chaque "
          "mois les articles retenus par axe et les signaux jugés importants. Ces outils sont gratuits ou déjà "
          "payés par l'école, et la directrice peut les reprendre sans formation."),
        P("J'ai testé un outil payant de veille pendant un mois, mais il apportait surtout des articles en double "
          "et coûtait plus de mille euros par an : l'enseigne n'en a pas besoin à ce stade."),
        H(2, "7. Radar", {"technology-radar": "empty"}),
        H(1, "PARTIE III – ANALYSER ET ANTICIPER", {}),
        H(2, "8. La tendance décortiquée", {"trend-analysis": "ok"}),
        P("L'expérimentation confirme d'abord H1. Dans le magasin A, où les remises de fin de journée étaient "
          "automatiques, la démarque du frais est passée de 7,4 % à 5,1 % du chiffre d'affaires du rayon, soit "
          "une baisse de 31 % par rapport aux mêmes semaines de 2025. Dans le magasin B, aux remises manuelles, "
          "la baisse n'est que de 9 %, et le magasin témoin C reste stable. La différence vient surtout de "
          "l'heure : les remises automatiques tombaient à l'heure prévue, tous les jours, alors que les étiquettes "
          "jaunes étaient posées plus tard les soirs de forte affluence, quand l'équipe manquait de temps."),
        P("Le chiffre d'affaires du frais a légèrement baissé dans le magasin A, de 2 %, car une partie des "
          "clients a attendu la remise pour acheter. Mais le nombre de clients après 18 heures a augmenté de "
          "11 %, et ces clients ont acheté d'autres produits : le panier moyen total n'a pas baissé. Pour le "
          "franchisé, le résultat net est positif d'environ 1 900 euros par mois, avant le coût des étiquettes. "
          "Ce résultat rejoint les études d'Europe du Nord, dans le bas de leur fourchette, ce qui paraît logique pour des magasins plus petits et des clients plus fidèles."),
        P("H2 est également confirmée, et plus nettement que je ne l'attendais. Dans le questionnaire, 78 % des "
          "clients trouvent normal qu'un produit proche de sa date limite soit moins cher le soir. Mais 84 % "
          "jugent inacceptable qu'un produit soit plus cher aux heures de pointe, et 61 % disent qu'ils "
          "changeraient de magasin s'ils le découvraient. Les entretiens avec les clients vont dans le même "
          "sens : une cliente de soixante-dix ans m'a dit qu'un prix qui bouge « ressemble à un piège ». Les "
          "franchisés interrogés partagent cette crainte : aucun n'envisage des hausses, sept sur huit "
          "envisagent des baisses automatiques."),
        P("H3 n'est que partiellement confirmée. L'équipe du magasin A a appris à régler les règles de remise en "
          "une demi-journée, mais deux problèmes sont apparus : des remises appliquées à des produits déjà en "
          "promotion, et un écart entre l'étiquette et la caisse pendant vingt minutes un soir de panne réseau. "
          "Une petite équipe peut donc piloter des règles simples, à condition que le logiciel bloque les cumuls "
          "et que quelqu'un soit responsable de vérifier les écarts."),
        P("Au-delà de nos trois magasins, la veille montre une tendance claire. Les fabricants ne vendent plus "
          "seulement des étiquettes mais des abonnements à des logiciels de prix. Les enseignes nationales "
          "testent les remises automatiques sur le frais, et évitent publiquement toute hausse depuis les "
          "polémiques allemandes de 2025. Le marché se dirige donc vers une tarification dynamique à sens "
          "unique, orientée vers la lutte contre le gaspillage, plutôt que vers le modèle du transport aérien."),
        B("9. QUI Y GAGNE ?", {"impacts-value": "thin"}),
        P("Pour le franchisé, la valeur est d'abord économique : moins de produits jetés, une demi-journée de "
          "travail par semaine libérée, et un flux de clients en fin de journée. Pour l'équipe, le travail "
          "pénible des étiquettes jaunes disparaît, mais une nouvelle responsabilité apparaît, celle de "
          "surveiller les règles. Pour le client, le gain est réel s'il fait ses courses le soir, nul sinon. "
          "Pour la société, chaque kilo de produit vendu au lieu d'être jeté compte : dans notre magasin A, "
          "environ 310 kilos par mois. Le risque, enfin, porte sur la confiance : un seul écart de prix mal "
          "expliqué peut coûter plus cher que tout le gain de démarque."),
        H(2, "10. Se préparer au changement", {"anticipation-strategy": "ok"}),
        P("Une enseigne de quatorze magasins ne peut pas suivre toutes les innovations ; elle doit choisir le "
          "moment et la manière. Je propose de l'aborder en trois temps, en distinguant ce qui dépend de "
          "l'enseigne, ce qui dépend des franchisés et ce qui dépend des fournisseurs."),
        P("Le premier temps est celui de la décision et des règles, au premier semestre 2027. La tête de réseau "
          "fixe une charte des prix dynamiques, courte et publique : uniquement des baisses, uniquement sur "
          "les produits proches de leur date limite ou en surstock, jamais de hausse par rapport au prix de "
          "référence de la journée. Cette charte est affichée en magasin et sur le site. Elle sert aussi de "
          "cahier des charges face aux fournisseurs : le logiciel doit bloquer toute hausse automatique et tout "
          "cumul de remises, et l'enseigne doit pouvoir exporter ses données si elle change de fournisseur."),
        P("Le deuxième temps est le déploiement progressif, au second semestre 2027. Les six magasins qui ont "
          "le plus de démarque sur le frais sont équipés d'abord, car l'investissement, environ 26 000 euros par "
          "magasin, y est remboursé en moins de deux ans. Chaque franchisé désigne un référent prix, formé une "
          "journée, qui vérifie chaque matin le rapport d'écarts entre étiquettes et caisse. Les franchisés "
          "restent libres d'adhérer : l'enseigne prend en charge 30 % de l'investissement pour ceux qui suivent "
          "la charte. Les huit autres magasins suivent en 2028 s'ils le souhaitent."),
        P("Le troisième temps est celui de l'écoute et de l'ajustement, en continu. La veille décrite plus haut "
          "continue, confiée au service marketing, avec une attention particulière au cadre juridique européen "
          "qui sera révisé. Chaque trimestre, l'enseigne mesure la démarque, le chiffre d'affaires du soir et "
          "les réclamations des clients dans les magasins équipés. Si les réclamations liées aux prix dépassent "
          "un seuil fixé à l'avance, le déploiement est suspendu."),
        P("Cette stratégie demande un accompagnement des équipes. Les employés plus anciens craignent d'être "
          "remplacés par des écrans ; il faut montrer que le temps libéré sert au conseil et à la mise en rayon, "
          "pas à supprimer des postes. Les franchisés, eux, craignent la dépendance au fournisseur : la clause de "
          "réversibilité et l'export des données répondent à cette crainte. Enfin les clients doivent être "
          "informés avant le premier jour, par une affiche simple et par les caissiers."),
        P("Le calendrier reste volontairement souple. Si la révision européenne de 2027 impose de nouvelles "
          "règles d'affichage des réductions, le premier temps sera prolongé pour adapter la charte avant tout "
          "déploiement. Si au contraire un concurrent local lance des remises automatiques avant nous, les six "
          "magasins prioritaires pourront être équipés plus tôt, puisque la charte et le cahier des charges seront "
          "déjà prêts. Anticiper, ici, ne veut pas dire aller vite, mais être prêt à décider au bon moment."),
        H(2, "11. Le commerce de proximité en 2032", {"prospective-vision": "ok"}),
        P("À un horizon de cinq à sept ans, je vois trois scénarios. Dans le premier, le plus probable selon moi, "
          "la tarification dynamique à la baisse devient la norme du frais dans tous les magasins de proximité. "
          "Les étiquettes électroniques sont aussi banales que les terminaux de paiement sans contact "
          "aujourd'hui, la réglementation impose d'afficher clairement l'heure et la raison d'une remise, et "
          "les applications antigaspillage se branchent directement sur les étiquettes pour prévenir les "
          "clients du quartier. Le gain de démarque devient un avantage commun, plus un élément de "
          "différenciation."),
        P("Dans le deuxième scénario, les grandes enseignes intégrées poussent plus loin et font varier tous leurs "
          "prix selon la demande, en s'appuyant sur les données de leurs cartes de fidélité. Le commerce de "
          "proximité franchisé peut alors se différencier en promettant des prix stables, comme un commerce de "
          "confiance. Ce scénario dépend du législateur : une affaire médiatique pourrait le rendre impossible "
          "en quelques mois."),
        P("Dans le troisième scénario, la technologie est dépassée avant d'être généralisée : des caméras et des "
          "écrans de rayon remplacent les étiquettes, ou le commerce de proximité se déplace vers la livraison "
          "rapide et les casiers, où le prix est affiché dans une application. Les investissements en étiquettes "
          "seraient alors mal amortis. C'est pourquoi je recommande des contrats de location plutôt que l'achat."),
        P("Dans tous les cas, deux tendances de fond se renforcent : la pression pour réduire le gaspillage "
          "alimentaire, inscrite dans la loi, et l'exigence de transparence des consommateurs. Une enseigne qui "
          "s'y prépare dès maintenant, avec une charte claire et des équipes formées, aborde ces trois avenirs "
          "dans une position solide."),
        P("Les signaux que je surveille pour savoir quel scénario l'emporte sont simples : le nombre d'enseignes "
          "qui annoncent des remises automatiques, les décisions de la DGCCRF et de la Commission sur l'affichage "
          "des réductions, le prix d'une étiquette, et les premières offres de livraison rapide dans les villes "
          "moyennes comme Tours. Chacun de ces signaux est suivi dans la lettre de veille mensuelle, avec un "
          "court commentaire sur ce qu'il change pour nous."),
        H(2, "12. Mes préconisations", {"recommendations": "ok"}),
        P("À partir de ces résultats, je formule six recommandations à la direction de Fraîcheur & Co. "
          "Premièrement, adopter une charte des prix dynamiques limitée aux baisses, publique et affichée en "
          "magasin, avant toute extension du parc d'étiquettes. Deuxièmement, équiper d'abord les six magasins "
          "dont la démarque du frais dépasse 6 %, où l'investissement est remboursé en vingt mois environ. "
          "Troisièmement, exiger du fournisseur un blocage technique des hausses automatiques et des cumuls de "
          "remises, ainsi qu'une clause de réversibilité et un export complet des données."),
        P("Quatrièmement, nommer dans chaque magasin équipé un référent prix, formé une journée, responsable du "
          "contrôle quotidien des écarts entre étiquettes et caisse. Cinquièmement, mesurer chaque trimestre "
          "trois indicateurs, la démarque du frais, le chiffre d'affaires après 18 heures et les réclamations "
          "liées aux prix, et fixer à l'avance le seuil qui suspendrait le déploiement. Sixièmement, préférer la "
          "location des étiquettes à l'achat, pour ne pas être lié à une technologie qui pourrait être dépassée "
          "avant la fin de son amortissement."),
        P("Ces recommandations ont des limites. Elles reposent sur trois magasins d'une même ville et sur huit "
          "semaines d'essai, au printemps, alors que la démarque est plus forte en été. Une seconde "
          "expérimentation de juin à septembre 2027, dans deux magasins d'une autre ville du réseau, permettrait "
          "de vérifier que l'effet tient. Il serait aussi utile de mesurer l'effet sur la fidélité des clients "
          "sur une année entière, ce que je n'ai pas pu faire. Enfin, ma position dans l'enseigne a pu orienter "
          "les réponses des équipes : une évaluation par une personne extérieure serait plus neutre."),
        P("Pour la suite, je propose que ces recommandations soient présentées aux franchisés lors de la "
          "réunion de réseau de février, avec les chiffres du magasin pilote et le témoignage de son équipe. "
          "Une décision collective, même lente, vaudra mieux qu'un déploiement imposé : ce sont les franchisés qui "
          "investissent et qui répondent chaque jour aux questions des clients sur les prix affichés. Je resterai disponible "
          "pour accompagner les deux premiers magasins pendant leur premier mois."),
        H(1, "Pour conclure", {"conclusion": "ok"}),
        P("Je suis partie d'une question posée par ma directrice : les étiquettes électroniques valent-elles la "
          "peine dans nos supérettes ? Au terme de ce travail, ma réponse est oui, à une condition. Les "
          "étiquettes seules font gagner du temps ; ce qui crée de la valeur, c'est la remise automatique des "
          "produits frais en fin de journée, qui a réduit notre démarque de près d'un tiers dans le magasin "
          "pilote. Mais cette valeur disparaît si les clients soupçonnent que les prix peuvent aussi monter. Le "
          "commerce de proximité vit de la confiance de clients qui reviennent chaque jour ; il ne peut pas "
          "copier les pratiques des compagnies aériennes."),
        P("Ce mémoire m'a aussi appris à organiser une veille qui dure au-delà d'un projet, et à séparer ce que "
          "promettent les vendeurs de ce que montrent les mesures. La question reste ouverte pour la suite : "
          "que deviendra la relation entre un magasin de quartier et ses clients quand chaque prix pourra être "
          "calculé pour chacun ? J'espère que les enseignes de proximité choisiront d'en faire un argument de "
          "transparence plutôt qu'un outil de plus pour vendre plus cher."),
        P("Pour mon enseigne, la prochaine étape est concrète : présenter la charte aux franchisés et choisir les "
          "six premiers magasins au printemps, en commençant par celui de la place Plumereau, où tout a commencé "
          "pour moi, un soir, avec un rouleau d'étiquettes jaunes."),
        H(1, "Sources citées", {"bibliography": "ok"}),
        L(["Kahneman D., Knetsch J., Thaler R. (1986), Fairness as a constraint on profit seeking, American "
           "Economic Review, 76(4).",
           "Talluri K., Van Ryzin G. (2004), The Theory and Practice of Revenue Management, Springer.",
           "LSA (2025), Étiquettes électroniques : les supérettes s'y mettent, dossier du 12 juin.",
           "DGCCRF (2024), Fiche pratique : l'affichage des prix en magasin.",
           "UFC-Que Choisir (2025), Prix qui bougent en rayon : ce que dit la loi."]),
        H(1, "Annexes", {"appendices": "ok"}),
        P("Annexe 1 : grille d'entretien. Annexe 2 : questionnaire clients. Annexe 3 : résultats semaine par "
          "semaine des trois magasins. Annexe 4 : charte des prix proposée à la direction."),
    ],
)
