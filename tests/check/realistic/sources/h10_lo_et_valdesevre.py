from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. The maintenance manager of a water syndicate in the
    Deux-Sèvres writes on predictive maintenance of pumps and blowers with vibration sensors. The author's own
    numbered chapter titles ("Chapitre 1 –" ...); the introduction and the research question share the first
    chapter (merged); why the subject is new for a water syndicate is one short paragraph at level 2 (thin);
    anticipation and recommendations share chapter 6 (merged); the watch chapter holds its scope and the choice of
    sources in its opening text (merged), then the source list, a rhythm sub-section with a table and its update
    method (merged) and a picture of the dashboard. No search queries, no technology radar and no appendices
    (missing).""",
    title="La station qui prévient avant de tomber en panne",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Julien Moreau, responsable maintenance, Syndicat des eaux du Val de Sèvre", "Décembre 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Le Syndicat des eaux du Val de Sèvre exploite 38 stations d'épuration et 112 postes de relèvement dans "
          "les Deux-Sèvres. Ses pompes et ses surpresseurs d'aération tombent en panne sans prévenir, ce qui coûte "
          "chaque année environ 310 000 euros en réparations d'urgence, en astreintes et en rejets non conformes. "
          "Ce mémoire examine si la maintenance prédictive, c'est-à-dire la surveillance continue des vibrations "
          "et des températures des machines associée à des modèles qui repèrent les signes d'usure, peut changer "
          "cette situation pour une collectivité de taille moyenne. Il s'appuie sur une revue des publications "
          "techniques, sur quatorze entretiens avec des exploitants et des fournisseurs, et sur un essai de six "
          "mois mené sur neuf machines de la station de Saint-Maixent. L'essai a permis de détecter quatre "
          "défauts de roulement entre trois et sept semaines avant la panne. Le mémoire conclut qu'un déploiement "
          "progressif, limité aux machines critiques, est rentable en moins de quatre ans, à condition de "
          "former les équipes et de garder la maîtrise des données."),
        P("Mots-clés : maintenance prédictive, analyse vibratoire, assainissement, capteurs connectés, "
          "apprentissage automatique, collectivités."),
        H(1, "Chapitre 1 – Contexte et question de recherche", {"introduction": "ok", "research-question": "ok"}),
        P("Je suis responsable de la maintenance du Syndicat des eaux du Val de Sèvre depuis 2021. Mon équipe de "
          "onze techniciens entretient les équipements de 38 stations d'épuration, de la petite lagune de "
          "village à la station de Niort-Sud qui traite les eaux de 60 000 habitants. La maintenance y est "
          "aujourd'hui de deux sortes : préventive, selon un calendrier fixé par les fabricants, et corrective, "
          "quand une machine s'arrête. La première remplace des pièces encore bonnes ; la seconde arrive trop "
          "tard. En 2025, nous avons connu 47 pannes de pompes et de surpresseurs, dont 12 un week-end ou la nuit, "
          "et deux ont conduit à un rejet d'eaux mal traitées dans la Sèvre niortaise, avec une mise en demeure "
          "de la police de l'eau."),
        P("Dans le même temps, le secteur change. Les capteurs de vibration sans fil coûtent dix fois moins cher "
          "qu'il y a dix ans, les grands exploitants privés annoncent des plateformes qui prédisent les pannes, "
          "et les fabricants de pompes vendent des contrats de surveillance à distance. Les élus du syndicat "
          "m'ont demandé si nous devions suivre ce mouvement, et à quel prix. Une collectivité n'a ni les "
          "volumes ni les data scientists d'un grand groupe ; elle a en revanche des machines anciennes, un "
          "réseau de stations dispersées et des budgets votés un an à l'avance. Ce mémoire cherche à donner aux "
          "élus et à la direction une réponse argumentée."),
        P("Ma question est donc la suivante : dans quelle mesure la surveillance vibratoire continue des "
          "machines tournantes permet-elle à un syndicat d'assainissement de taille moyenne de réduire ses pannes "
          "et leurs coûts, et à quelles conditions d'organisation ? J'ai posé trois hypothèses. La première est "
          "que les défauts mécaniques les plus fréquents chez nous, roulements et désalignements, se voient dans "
          "les vibrations plusieurs semaines avant la panne. La deuxième est que le gain financier ne vient pas "
          "des pièces économisées mais des interventions d'urgence évitées. La troisième est que le principal "
          "obstacle n'est pas technique mais humain : la confiance des techniciens dans une alerte produite par "
          "une machine. Le mémoire présente d'abord l'état des connaissances et ma méthode, puis analyse la "
          "tendance, ses effets pour le syndicat, la façon de s'y préparer et la veille mise en place pour la "
          "suivre."),
        H(2, "1.1 Un sujet neuf pour un syndicat d'eau", {"subject-choice": "thin"}),
        P("Dans l'assainissement public, la maintenance prédictive reste rare : sur les quatorze collectivités "
          "que j'ai contactées, une seule l'utilise, sur trois machines. Le sujet est donc innovant pour notre "
          "type de structure, même s'il est courant dans l'industrie. Je l'ai choisi parce qu'il touche "
          "directement mon métier et parce que le renouvellement de notre contrat de supervision, prévu en "
          "2028, oblige de toute façon le syndicat à décider de ses outils."),
        H(1, "Chapitre 2 – Ce que disent les travaux existants", {"state-of-the-art": "ok"}),
        P("L'analyse vibratoire est une technique ancienne. Dès les années 1970, l'industrie pétrolière et "
          "l'aéronautique mesuraient les vibrations des machines tournantes pour repérer les balourds, les "
          "désalignements et l'usure des roulements. La norme ISO 10816, remplacée depuis par la série ISO "
          "20816, fixe des seuils de vibration acceptables selon la puissance et le montage des machines. "
          "Pendant longtemps, ces mesures étaient faites à la main, une fois par mois ou par trimestre, par un "
          "technicien équipé d'un collecteur portable. Cette pratique existe encore dans les grandes stations "
          "des exploitants privés, mais elle ne voit pas les défauts qui apparaissent entre deux tournées."),
        P("Les travaux récents portent sur trois évolutions. La première est matérielle : des capteurs sans fil "
          "à bas coût, alimentés par pile pour cinq ans, mesurent en continu l'accélération et la température "
          "et envoient leurs données par réseau LoRa ou 4G. Les articles comparatifs parus dans la revue "
          "Mechanical Systems and Signal Processing montrent que leur précision suffit pour les défauts de "
          "roulement, mais pas toujours pour les défauts électriques des moteurs. La deuxième évolution est "
          "logicielle : au lieu de seuils fixes, les algorithmes apprennent le comportement normal de chaque "
          "machine et signalent ce qui s'en écarte. Les études de cas publiées par l'Office international de "
          "l'eau et par l'ASTEE rapportent des détections de trois à huit semaines avant la panne, mais surtout "
          "sur des machines neuves et bien instrumentées."),
        P("La troisième évolution est organisationnelle. Plusieurs thèses, dont celle de M. Lefebvre soutenue "
          "en 2022 à l'université de Poitiers, montrent que les projets de maintenance prédictive échouent "
          "moins par manque de précision que par manque d'usage : les alertes ne sont pas lues, les techniciens "
          "ne savent pas quoi en faire, ou elles arrivent dans un outil que personne n'ouvre. Les rapports du "
          "Cerema sur les services publics d'eau vont dans le même sens et insistent sur la qualité des données "
          "de base, comme l'inventaire des équipements et l'historique des pannes, sans lesquelles aucun modèle "
          "ne peut être évalué."),
        P("Enfin, la littérature économique est mince pour les collectivités. Les chiffres de retour sur "
          "investissement viennent surtout des fabricants et des grands groupes, qui ont intérêt à les présenter "
          "sous un jour favorable. Les rares évaluations indépendantes, comme celle de la FNCCR en 2024, "
          "concluent à une rentabilité réelle sur les machines critiques et douteuse sur les petites pompes. "
          "C'est ce manque de données pour une structure comme la nôtre qui justifie l'essai mené dans ce "
          "mémoire."),
        P("Au total, l'état des connaissances est solide sur la technique et fragile sur l'usage réel dans des "
          "structures comme la nôtre : on sait que les capteurs voient les défauts, on sait beaucoup moins ce "
          "qu'il faut changer dans une petite équipe pour que ces alertes servent."),
        H(1, "Chapitre 3 – Comment j'ai travaillé", {"methodology": "ok"}),
        P("J'ai combiné trois sources d'information. D'abord une revue documentaire : une soixantaine d'articles, "
          "de rapports et de normes, sélectionnés dans les bases Scopus et HAL et dans les publications de l'ASTEE "
          "et de la FNCCR, puis classés selon leur origine (recherche, fabricant, collectivité) afin de ne pas "
          "donner le même poids à une étude indépendante et à une plaquette commerciale. J'ai écarté les "
          "documents de plus de dix ans, sauf les normes, et ceux qui ne donnaient aucun chiffre vérifiable."),
        P("Ensuite quatorze entretiens semi-directifs d'une heure : six responsables d'exploitation d'autres "
          "collectivités, quatre fournisseurs de capteurs ou de plateformes, deux techniciens de mon équipe et "
          "deux chercheurs. Chaque entretien suivait la même grille de questions, a été enregistré avec "
          "l'accord de la personne, puis résumé dans un tableau commun pour comparer les réponses."),
        P("Enfin un essai de terrain. De mai à octobre 2026, avec l'accord du comité syndical, nous avons posé "
          "dix-huit capteurs sans fil sur neuf machines de la station de Saint-Maixent : quatre pompes de "
          "relèvement, trois surpresseurs et deux agitateurs. Les données ont été analysées par la plateforme du "
          "fournisseur, prêtée gratuitement pendant l'essai, et en parallèle par un tableur où je comparais "
          "chaque semaine les niveaux mesurés aux seuils de la norme. Chaque alerte a été vérifiée sur place par "
          "un technicien, et chaque panne de la période a été rapprochée des mesures qui la précédaient, ce qui "
          "permet de compter les détections réussies, les fausses alertes et les défauts manqués."),
        P("Cette méthode a une faiblesse que j'assume : je suis à la fois l'auteur du mémoire et le chef de "
          "l'équipe qui a mené l'essai. Pour limiter ce biais, un collègue d'un autre syndicat a relu les "
          "résultats de l'essai et les comptes rendus d'entretiens."),
        H(1, "Chapitre 4 – Capteurs, données et algorithmes : où en est-on vraiment ?", {"trend-analysis": "ok"}),
        P("La tendance de fond est nette : la surveillance des machines passe de la tournée ponctuelle à la "
          "mesure continue, et de l'expertise d'un spécialiste à l'alerte automatique. Trois forces la poussent. "
          "Le prix des capteurs a fortement baissé : un capteur triaxial sans fil coûtait environ 1 500 euros en "
          "2015, il en coûte 180 à 250 aujourd'hui. Les réseaux bas débit couvrent désormais presque tout le "
          "département, y compris nos stations rurales. Et les exploitants privés, qui gèrent la moitié des "
          "stations françaises, en ont fait un argument commercial face aux collectivités en régie."),
        P("L'essai de Saint-Maixent confirme en partie la première hypothèse. Sur les six mois, cinq défauts "
          "mécaniques sont apparus sur les neuf machines suivies. Quatre d'entre eux, trois roulements usés et un "
          "désalignement après une intervention, ont été signalés par la plateforme entre trois et sept semaines "
          "avant qu'un technicien ne les remarque à l'oreille. Le cinquième, un colmatage brutal d'une pompe par "
          "des lingettes, n'a été vu qu'une heure avant l'arrêt : ce type de panne, très fréquent dans les "
          "postes de relèvement, ne laisse pas de signe d'usure et échappe à la surveillance vibratoire. Sur la "
          "même période, la plateforme a produit onze fausses alertes, presque toutes lors des changements de "
          "régime des surpresseurs la nuit, que l'algorithme n'avait pas encore appris."),
        P("Les entretiens nuancent le discours des fournisseurs. Les quatre fournisseurs rencontrés annoncent "
          "une baisse des pannes de 30 à 50 %. Les six collectivités interrogées n'en sont pas là : deux ont "
          "abandonné après un an, faute de temps pour traiter les alertes ; deux utilisent les capteurs sur "
          "quelques machines très coûteuses seulement ; une seule, l'agglomération de La Rochelle, a étendu le "
          "dispositif à toutes ses stations principales et mesure une baisse de 35 % des interventions "
          "d'urgence en deux ans. Toutes citent la même difficulté : l'outil montre une anomalie, mais c'est au "
          "technicien de décider s'il faut arrêter une pompe, et sans formation il hésite."),
        P("La tendance touche donc autant l'organisation que la technique. Le rôle du technicien de maintenance "
          "glisse de la ronde systématique vers le diagnostic sur alerte. Les contrats changent aussi : les "
          "fabricants proposent la surveillance comme un service par abonnement, avec les données hébergées "
          "chez eux, ce qui pose la question de la dépendance et de la propriété des historiques. Enfin, la "
          "réglementation pousse dans le même sens : la directive européenne révisée sur les eaux urbaines "
          "résiduaires demande une surveillance plus fine des rejets, et chaque panne qui provoque un rejet "
          "sera plus visible et plus coûteuse qu'aujourd'hui."),
        P("En résumé, la tendance est réelle et durable, mais elle avance plus lentement dans le public que ne "
          "le disent les fournisseurs, et elle ne réussit que là où l'organisation suit la technique."),
        H(1, "Chapitre 5 – Ce que le syndicat peut y gagner", {"impacts-value": "ok"}),
        P("J'ai estimé les effets d'un déploiement sur les 60 machines jugées critiques, celles dont l'arrêt "
          "provoque un rejet ou une astreinte, à partir des chiffres de 2025 et des résultats de l'essai."),
        T([["Effet", "Pour qui", "Estimation annuelle", "Fiabilité de l'estimation"],
           ["Moins d'interventions d'urgence de nuit et le week-end", "techniciens d'astreinte",
            "-15 sorties, 42 000 €", "bonne, fondée sur l'essai"],
           ["Réparations planifiées au lieu de remplacements complets", "budget maintenance", "65 000 €",
            "moyenne, dépend des pièces"],
           ["Moins de rejets non conformes", "milieu naturel, élus", "1 à 2 rejets évités",
            "faible, peu d'événements"],
           ["Pièces préventives remplacées moins souvent", "magasin", "18 000 €", "moyenne"],
           ["Coût des capteurs, de la plateforme et de la formation", "syndicat", "-52 000 € par an sur 5 ans",
            "bonne, devis reçus"]]),
        P("Le solde attendu est positif d'environ 70 000 euros par an, ce qui confirme la deuxième hypothèse : le "
          "gain vient surtout des urgences évitées. Il faut y ajouter des effets plus difficiles à chiffrer : "
          "des techniciens moins souvent réveillés la nuit, donc moins fatigués, et une meilleure image du "
          "syndicat auprès de la police de l'eau et des riverains."),
        H(1, "Chapitre 6 – Se préparer et passer à l'action", {"anticipation-strategy": "ok",
                                                                 "recommendations": "ok"}),
        P("Anticiper, pour le syndicat, c'est d'abord préparer ce qui manque avant même d'acheter un capteur. "
          "Notre inventaire des équipements est incomplet : un tiers des pompes n'a pas de fiche à jour, et "
          "l'historique des pannes est dispersé entre le logiciel de supervision, des fichiers Excel et les "
          "carnets des techniciens. Sans cet historique, il sera impossible de savoir si le dispositif fonctionne. "
          "La première étape, que je propose de lancer dès janvier 2027, est donc un chantier de six mois pour "
          "fiabiliser l'inventaire des 60 machines critiques et reprendre leur historique sur cinq ans."),
        P("La deuxième étape concerne les équipes. L'essai a montré que les techniciens ne faisaient confiance "
          "aux alertes qu'après avoir vérifié eux-mêmes, deux ou trois fois, qu'elles étaient justes. Les "
          "collectivités qui ont abandonné sont celles qui ont installé l'outil sans changer le travail. Je "
          "propose de désigner deux techniciens référents, formés à l'analyse vibratoire de niveau 1 et 2, qui "
          "traitent les alertes chaque matin et décident avec le chef d'équipe des interventions à planifier. "
          "Les rondes systématiques ne seront pas supprimées tout de suite : elles seront espacées au fur et à "
          "mesure que les alertes se montreront fiables, machine par machine."),
        P("La troisième étape est contractuelle. Pour ne pas dépendre d'un seul fournisseur, le cahier des "
          "charges devra exiger que les mesures brutes restent la propriété du syndicat et soient exportables "
          "dans un format ouvert, et que les capteurs puissent être lus par une autre plateforme. Ce point doit "
          "être anticipé avant le renouvellement du contrat de supervision en 2028, afin que les deux outils "
          "communiquent. Il faudra aussi prévoir qui, au syndicat, administre la plateforme au quotidien, et qui la "
          "remplace pendant les congés, faute de quoi les alertes resteront sans lecteur en été."),
        P("Mes recommandations aux élus et à la direction sont les suivantes. Premièrement, ne pas équiper toutes "
          "les machines : commencer par les 60 machines critiques, qui concentrent 80 % du coût des pannes, et "
          "laisser les petites pompes des postes ruraux en maintenance préventive classique. Deuxièmement, "
          "déployer en trois vagues de vingt machines sur dix-huit mois, en commençant par Niort-Sud, et ne "
          "lancer une vague que si la précédente a atteint au moins 70 % de défauts détectés à l'avance. "
          "Troisièmement, inscrire au budget 2027 la formation des deux référents et le chantier d'inventaire, "
          "pour environ 35 000 euros, avant tout achat de capteurs. Quatrièmement, traiter à part le problème "
          "des lingettes, que les capteurs ne résoudront pas, par une campagne auprès des habitants et des "
          "dégrilleurs en entrée des postes les plus touchés. Enfin, présenter chaque année au comité syndical "
          "trois chiffres simples : le nombre d'interventions d'urgence, le nombre de défauts détectés à "
          "l'avance et le coût total de la maintenance, pour décider de la suite sur des faits."),
        H(1, "Chapitre 7 – Ma veille", {"watch-scope": "ok", "source-choice": "ok"}),
        P("Pour que ce mémoire ne soit pas dépassé dans un an, j'ai organisé une veille sur trois thèmes : les "
          "capteurs et réseaux de mesure utilisables dans une station d'épuration, les méthodes de détection des "
          "défauts sur les machines tournantes, et les retours d'expérience des exploitants publics et privés. "
          "Je laisse volontairement de côté la surveillance de la qualité de l'eau, qui relève d'une autre "
          "équipe, et les réseaux d'eau potable, qui posent d'autres questions."),
        P("Les sources ont été retenues selon trois critères : leur indépendance vis-à-vis des vendeurs, la "
          "présence de chiffres vérifiables et leur rythme de publication. Les revues scientifiques donnent les "
          "résultats les plus solides, mais avec un an ou deux de retard sur le terrain. Les associations "
          "professionnelles comme l'ASTEE et la FNCCR publient les retours d'expérience des collectivités, ce "
          "qui est exactement ce dont nos élus ont besoin. Les fabricants et les start-up annoncent les "
          "nouveautés en premier ; je les suis, mais en notant systématiquement l'origine commerciale de "
          "l'information. J'ai ajouté deux groupes d'échanges entre exploitants, où les problèmes concrets, "
          "comme les fausses alertes ou les piles qui s'épuisent, apparaissent bien avant les articles. J'ai "
          "écarté les sites d'actualité généralistes et les réseaux sociaux des fournisseurs, qui répètent les "
          "communiqués sans les vérifier. Enfin, je garde un œil sur les appels d'offres publiés par d'autres "
          "collectivités, qui disent concrètement ce que les acheteurs publics demandent et à quel prix."),
        P("Cette sélection donne un équilibre que je juge raisonnable : la moitié des sources sont "
          "indépendantes des vendeurs, et chaque information commerciale importante doit être confirmée par une "
          "source d'un autre type avant d'entrer dans une note à la direction. Je revois cet équilibre chaque "
          "année, au moment de la note annuelle au comité syndical."),
        H(2, "7.1 Les sources suivies", {"source-inventory": "ok"}),
        T([["Source", "Type", "Ce que j'y cherche", "Fiabilité"],
           ["Mechanical Systems and Signal Processing", "revue scientifique", "méthodes de détection", "élevée"],
           ["Revue TSM de l'ASTEE", "revue professionnelle", "retours d'expérience en assainissement", "élevée"],
           ["Notes techniques de la FNCCR", "association de collectivités", "coûts et marchés publics", "élevée"],
           ["Club des exploitants de Nouvelle-Aquitaine", "groupe d'échanges", "problèmes de terrain", "moyenne"],
           ["Sites de trois fabricants de capteurs", "commercial", "nouveaux produits et prix", "à vérifier"],
           ["BOAMP", "annonces de marchés", "cahiers des charges d'autres collectivités", "élevée"]]),
        H(2, "7.2 Le rythme de la veille", {"watch-cycle": "ok", "update-method": "ok"}),
        T([["Étape", "Fréquence", "Temps passé"],
           ["Lecture des alertes et des flux", "chaque semaine", "1 heure"],
           ["Tri et fiches de lecture", "tous les quinze jours", "1 heure"],
           ["Note de synthèse à l'équipe", "chaque mois", "2 heures"],
           ["Point avec la direction", "chaque trimestre", "1 heure"]]),
        P("Chaque lundi matin, je lis les alertes reçues dans la semaine et j'en garde au plus cinq. Chaque "
          "document retenu fait l'objet d'une fiche courte : la source, la date, ce qu'il apporte, s'il "
          "confirme ou contredit ce que nous savons, et une note de fiabilité de un à trois. Une fois par mois, "
          "j'envoie à l'équipe une note d'une page avec les trois informations les plus utiles. Chaque "
          "trimestre, je relis les fiches pour voir si une tendance se confirme, et je mets à jour la liste des "
          "sources : une source qui n'a rien apporté en six mois est retirée, une source citée plusieurs fois "
          "par d'autres est ajoutée. Le fichier des fiches est partagé avec les deux futurs référents, qui "
          "pourront reprendre la veille si je change de poste. Les mots utilisés dans les alertes sont revus à "
          "la même occasion : quand un nouveau terme apparaît dans plusieurs fiches, comme le pronostic de durée "
          "de vie restante cette année, je l'ajoute aux alertes pour ne plus le manquer. À l'inverse, un terme "
          "qui ne ramène que de la publicité pendant trois mois est retiré, ce qui garde les alertes lisibles "
          "en une heure par semaine."),
        H(2, "7.3 Outils", {"watch-tools": "ok"}),
        P("J'utilise un agrégateur de flux pour les revues et les sites, des alertes par courriel sur les bases "
          "scientifiques et le BOAMP, et un tableau partagé où chaque fiche de lecture est classée par thème. "
          "Un petit tableau de bord, fait dans le tableur du syndicat, compte chaque mois les fiches par thème "
          "et par niveau de fiabilité, ce qui montre d'un coup d'œil les sujets qui bougent. Ces outils sont "
          "gratuits ou déjà payés par le syndicat, ce qui évite une dépense de plus et permet à n'importe quel "
          "collègue de reprendre le travail sans licence ni formation particulière."),
        Img(["Flux et alertes", "Fiches de lecture", "Tableau par thème", "Note mensuelle"],
            caption="Figure 1 – Le circuit de ma veille, des flux à la note envoyée à l'équipe."),
        H(1, "Chapitre 8 – 2035 : la station qui prévient avant de tomber en panne", {"prospective-vision": "ok"}),
        P("Si l'on prolonge ce que la veille montre depuis deux ans, trois évolutions me paraissent probables "
          "d'ici 2035. La première est la généralisation des capteurs intégrés d'usine. Deux des trois grands "
          "fabricants de pompes livrent déjà, en option, des moteurs équipés de capteurs de vibration et de "
          "température ; les appels d'offres que j'ai lus en 2026 commencent à l'exiger. Dans dix ans, une pompe "
          "neuve sans surveillance intégrée sera probablement l'exception, et le problème ne sera plus de poser "
          "des capteurs mais de gérer les données de plusieurs marques."),
        P("La deuxième évolution est le passage de la détection au pronostic. Les modèles actuels disent qu'une "
          "machine se comporte anormalement ; les travaux de recherche les plus récents cherchent à estimer la "
          "durée de vie restante, en semaines. Si ces méthodes tiennent leurs promesses sur des machines "
          "anciennes comme les nôtres, la maintenance pourra être planifiée avec les arrêts programmés des "
          "stations, ce qui réduirait encore les interventions de nuit. Je reste prudent : les résultats publiés "
          "portent sur des bancs d'essai, pas sur des pompes de relèvement chargées de sable et de filasses."),
        P("La troisième évolution est organisationnelle et me paraît la plus importante pour le syndicat. Les "
          "collectivités qui réussissent, comme La Rochelle, mutualisent déjà l'analyse des alertes entre "
          "plusieurs services. On peut imaginer en 2035 un centre de surveillance commun à plusieurs syndicats "
          "du département, qui traiterait les alertes de toutes les stations, avec des techniciens de terrain "
          "recentrés sur les interventions. Ce scénario suppose des données ouvertes et des formats communs, "
          "d'où l'importance des clauses contractuelles proposées au chapitre 6. Le risque inverse existe "
          "aussi : que chaque fabricant enferme les données dans sa propre plateforme et que les collectivités "
          "paient trois abonnements pour un seul besoin."),
        P("Pour le syndicat, ces trois évolutions disent la même chose : l'investissement le plus durable n'est "
          "pas le capteur, qui sera remplacé, mais la compétence des équipes et la maîtrise des données, qui "
          "resteront utiles quel que soit l'outil choisi en 2035. C'est pourquoi mes recommandations donnent "
          "la priorité à la formation et aux clauses sur les données plutôt qu'au matériel."),
        H(1, "Conclusion", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une question simple posée par nos élus : la maintenance prédictive vaut-elle la "
          "peine pour un syndicat comme le nôtre ? La réponse est oui, mais pas partout et pas n'importe comment. "
          "L'essai de Saint-Maixent montre que les défauts mécaniques les plus courants se voient plusieurs "
          "semaines avant la panne, ce qui confirme la première hypothèse, avec une limite importante : les "
          "colmatages, fréquents chez nous, échappent à cette surveillance. Le calcul des effets confirme la "
          "deuxième hypothèse : le gain vient des urgences évitées, pas des pièces. Les entretiens et l'essai "
          "confirment surtout la troisième : sans techniciens formés et sans organisation pour traiter les "
          "alertes, les capteurs ne servent à rien."),
        P("Je recommande donc un déploiement progressif sur les machines critiques, précédé d'un travail sur "
          "l'inventaire et sur la formation, et protégé par des clauses de propriété des données. Ce mémoire a "
          "ses limites : l'essai n'a porté que sur neuf machines pendant six mois, sans hiver, et les chiffres "
          "économiques devront être vérifiés après la première vague. La veille mise en place permettra de "
          "suivre ces questions et d'ajuster la décision chaque année. Une prochaine étape utile serait un essai "
          "commun avec un syndicat voisin, pour comparer deux organisations sur les mêmes machines. Le syndicat "
          "de la Gâtine, que j'ai rencontré pendant ce travail, s'est déjà dit intéressé par cette idée."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Référence", "Type", "Année"],
           ["ASTEE, Maintenance des stations d'épuration : retours d'expérience", "rapport", "2024"],
           ["FNCCR, Capteurs connectés et services publics d'eau : coûts et usages", "note technique", "2024"],
           ["Cerema, Gestion patrimoniale des services d'assainissement", "guide", "2023"],
           ["Lefebvre M., Appropriation des outils de maintenance prédictive, université de Poitiers", "thèse",
            "2022"],
           ["ISO 20816-1, Vibrations mécaniques : mesurage et évaluation", "norme", "2016"]]),
    ],
    missing=["search-queries", "technology-radar", "appendices"],
)
