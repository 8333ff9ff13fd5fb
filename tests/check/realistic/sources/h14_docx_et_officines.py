from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. python-docx.
    Français : mémoire d'expertise sur les cabines de téléconsultation dans les pharmacies rurales de la Creuse,
    écrit par un adjoint en pharmacie devenu chef de projet numérique d'un groupement d'officines. Chapitres aux
    titres de l'auteur, plusieurs en question ; l'analyse de la tendance et la stratégie d'adaptation dans un même
    chapitre (fusion) ; rythme de mise à jour et outils de veille en quelques lignes sous deux lignes en gras sans style de titre (thin) ; ni requêtes, ni
    radar, ni vision prospective, ni annexes (missing).""",
    title="Un médecin dans la pharmacie ? La téléconsultation en officine rurale",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique", "Thomas Lavergne, décembre 2026"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Dans la Creuse, un habitant sur cinq n'a plus de médecin traitant et les pharmacies restent souvent le "
          "dernier lieu de santé ouvert au village. Depuis 2022, des entreprises y installent des cabines de "
          "téléconsultation : une pièce fermée, des appareils de mesure connectés et un écran qui relie le patient "
          "à un médecin parfois situé à six cents kilomètres. Ce mémoire cherche à savoir si ces cabines "
          "améliorent réellement l'accès aux soins dans les officines rurales, et à quelles conditions une "
          "pharmacie de petite taille peut en faire un service durable plutôt qu'une dépense de vitrine. "
          "L'enquête s'appuie sur des entretiens avec quatorze pharmaciens, l'analyse de 2 300 consultations "
          "anonymisées de notre groupement et la lecture des rapports publics. La conclusion est partagée : la "
          "cabine rend service pour les petits problèmes urgents et les renouvellements, mais elle ne remplace "
          "pas le suivi d'un médecin, et son modèle économique reste fragile sans coordination locale."),
        P("Le mémoire propose enfin une organisation de veille légère pour suivre les règles et les offres, qui changent chaque année."),
        P("Mots-clés : téléconsultation, officine, désert médical, santé rurale, cabine connectée."),
        H(1, "Introduction : une pharmacie, un village, plus de médecin", {"introduction": "ok"}),
        P("Je travaille depuis neuf ans dans les pharmacies du Limousin, d'abord comme adjoint à Bourganeuf, "
          "puis comme chef de projet numérique pour Officines du Plateau, un groupement de vingt-deux pharmacies "
          "indépendantes de la Creuse et de la Haute-Vienne. Chaque semaine, des patients arrivent au comptoir "
          "avec une ordonnance périmée et aucun médecin pour la renouveler, ou avec une otite d'enfant un "
          "samedi après-midi alors que le cabinet le plus proche est à quarante minutes. Le pharmacien n'a pas "
          "le droit de prescrire ; il oriente vers les urgences, qui débordent, ou il dépanne dans les limites "
          "de la loi."),
        P("En 2023, trois pharmacies du groupement ont installé une cabine de téléconsultation louée à une "
          "entreprise parisienne. Deux ans plus tard, l'une l'a rendue, une autre l'utilise deux fois par "
          "semaine, la troisième en a fait un service reconnu par toute la vallée. Ces écarts m'ont intrigué. "
          "Ils montrent qu'un même outil produit des effets très différents selon la manière dont il est "
          "installé, expliqué et relié au reste du système de soins."),
        P("Le sujet dépasse notre groupement. L'Assurance maladie a élargi le remboursement des téléconsultations "
          "en officine, les agences régionales de santé financent des équipements dans les zones sous-dotées et "
          "les entreprises du secteur multiplient les offres. Les élus locaux, eux, voient dans la cabine une "
          "réponse rapide à la fermeture des cabinets. Le risque est d'acheter une solution avant d'avoir "
          "compris le problème."),
        P("Ce mémoire suit le parcours d'une décision : poser la question, regarder ce que l'on sait, décrire "
          "ma méthode, analyser ce qui se passe sur le terrain et ce que la cabine change pour chacun, puis "
          "proposer des recommandations et une organisation de veille pour suivre un domaine qui évolue chaque "
          "trimestre."),
        P("J'ajoute une précision de vocabulaire. Par cabine, j'entends un équipement fixe installé dans l'officine, avec des "
          "appareils de mesure reliés à la plateforme du fabricant ; je laisse de côté les simples tablettes posées sur le "
          "comptoir, qui ne permettent pas d'examen. Par officine rurale, j'entends une pharmacie située dans une commune "
          "de moins de 3 500 habitants, à plus de vingt minutes d'un service d'urgences, ce qui est le cas de dix-sept "
          "des vingt-deux pharmacies du groupement."),
        H(2, "Quelle question ?", {"research-question": "ok"}),
        P("Ma question est la suivante : dans quelles conditions une cabine de téléconsultation installée dans une "
          "officine rurale améliore-t-elle durablement l'accès aux soins de ses patients ? J'avance deux "
          "hypothèses. D'abord, la cabine rend surtout service pour des besoins ponctuels et ne remplace pas un "
          "médecin traitant. Ensuite, son succès dépend moins de la technologie que du lien construit avec les "
          "médecins et infirmiers du territoire."),
        P("Pour vérifier la première hypothèse, je regarde les motifs de consultation et leur suite ; pour la seconde, je "
          "compare les trois officines équipées, leurs accords avec les médecins et leur fréquentation."),
        H(1, "Pourquoi ce sujet, et pas un autre ?", {"subject-choice": "ok"}),
        P("J'ai hésité entre trois sujets. Le premier portait sur la préparation automatisée des doses à "
          "administrer pour les maisons de retraite, un sujet technique que le groupement a déjà tranché en "
          "achetant deux robots. Le deuxième concernait la livraison de médicaments par drone dans les "
          "hameaux, séduisant mais encore interdit en pratique et sans date de déploiement réaliste. Le "
          "troisième, la téléconsultation, était à la fois le plus concret et le plus débattu dans nos réunions "
          "de pharmaciens."),
        P("Trois raisons m'ont décidé. D'abord, une décision réelle attend le groupement : en 2027, le contrat de "
          "location des cabines arrive à échéance et huit autres pharmacies demandent à en être équipées. Mon "
          "travail doit éclairer ce choix. Ensuite, la littérature parle beaucoup de téléconsultation à domicile "
          "ou en maison de santé, très peu de la pharmacie de village, où le pharmacien est seul avec un "
          "préparateur. Enfin, le sujet relève vraiment de l'innovation numérique : il mêle un objet connecté, "
          "un modèle de service, des règles de remboursement et des questions de confiance."),
        P("Je connais aussi les limites de ma position. Je suis salarié du groupement et j'ai moi-même défendu "
          "l'installation des premières cabines. J'ai donc demandé à une pharmacienne extérieure de relire mes "
          "entretiens et mes conclusions, et je signale dans le texte les passages où mon avis personnel "
          "intervient."),
        P("Ce choix a enfin une part personnelle. J'ai grandi à Aubusson, où le dernier cabinet médical a fermé en 2019, "
          "et j'ai vu mes grands-parents renoncer à des soins faute de rendez-vous. Je voulais que ce mémoire serve aux "
          "pharmaciens qui vivent cette situation chaque jour, et pas seulement à mon diplôme."),
        P("Ce sujet me permettait aussi de croiser mon ancien métier et le nouveau, le comptoir et le projet numérique."),
        H(1, "Que sait-on déjà ?", {"state-of-the-art": "ok"}),
        P("Les travaux sur la téléconsultation se sont multipliés après 2020, lorsque la crise sanitaire l'a "
          "rendue ordinaire. Les études de la DREES montrent qu'en 2021 près d'une consultation sur dix s'est "
          "faite à distance, avant de retomber autour de cinq pour cent en 2023. Les patients âgés et ruraux "
          "restent les moins nombreux à l'utiliser, ce qui paraît paradoxal puisque ce sont eux qui manquent le "
          "plus de médecins. Les auteurs l'expliquent par l'équipement, la connexion et l'habitude : une "
          "personne de quatre-vingts ans sans ordinateur ne téléconsulte pas depuis sa cuisine."),
        P("La cabine en pharmacie est présentée comme une réponse à cette fracture. Les rapports de l'Académie "
          "nationale de pharmacie et de l'Ordre des pharmaciens, publiés en 2022 et 2024, en décrivent le cadre : "
          "un local isolé, la présence possible du pharmacien pour aider à l'examen, des appareils validés "
          "comme le tensiomètre, l'otoscope ou le dermatoscope. Ils soulignent aussi les risques : une médecine "
          "de passage sans suivi, des médecins qui ne connaissent pas le patient, et une confusion possible entre "
          "le rôle commercial et le rôle de santé de l'officine."),
        P("Les retours d'expérience publiés restent rares et souvent financés par les fabricants. Une étude "
          "menée dans le Grand Est en 2023 sur 41 officines indique que les motifs les plus fréquents sont les "
          "infections bénignes, les renouvellements d'ordonnance et les certificats. Elle note que 70 % des "
          "patients n'avaient pas de médecin traitant ou ne pouvaient pas le joindre dans la semaine. Une "
          "thèse de pharmacie soutenue à Limoges en 2024 aboutit à des résultats proches, avec une satisfaction "
          "élevée mais une fréquentation très variable d'une officine à l'autre."),
        P("Du côté de l'économie de la santé, les chercheurs restent prudents. La Cour des comptes, dans son "
          "rapport de 2024 sur les déserts médicaux, rappelle que la téléconsultation déplace l'offre de soins "
          "sans l'augmenter : le médecin qui répond depuis Lyon n'est pas disponible pour ses propres patients. "
          "Les travaux de sociologie, enfin, insistent sur la confiance. Le patient accepte d'autant mieux la "
          "consultation à distance qu'un professionnel qu'il connaît, ici le pharmacien, l'accompagne."),
        P("Ce tour d'horizon laisse un manque : aucune étude ne compare des officines rurales semblables qui ont "
          "obtenu des résultats opposés avec la même cabine. C'est précisément ce que notre groupement permet "
          "d'observer, et c'est l'angle que j'ai retenu."),
        P("Je retiens de ces lectures trois points pour la suite. La fréquentation dépend du contexte local plus que de "
          "l'appareil. La présence du pharmacien rassure, mais elle a un coût en temps que personne ne chiffre. Enfin, "
          "la question du retour d'information vers le médecin traitant revient dans tous les rapports sans qu'aucune "
          "solution pratique ne soit décrite. Ce sont ces trois points que mon enquête cherche à éclairer."),
        H(1, "Comment j'ai travaillé", {"methodology": "ok"}),
        P("J'ai combiné trois sources. La première est quantitative : l'entreprise qui loue nos cabines nous a "
          "transmis, avec l'accord des pharmaciens, les données anonymisées de 2 300 consultations réalisées entre "
          "mars 2023 et septembre 2025 dans nos trois officines équipées. J'y ai étudié les heures, les motifs, "
          "l'âge des patients, la durée et la suite donnée, ordonnance ou orientation."),
        P("La deuxième est qualitative : quatorze entretiens semi-directifs d'une heure, avec les trois "
          "pharmaciens titulaires équipés, six titulaires non équipés, deux médecins généralistes du territoire, "
          "une infirmière libérale, la chargée de mission de l'agence régionale de santé et un élu "
          "communautaire. Chaque entretien a été enregistré, retranscrit puis codé par thèmes : usage, "
          "organisation, relation avec les médecins, coût, confiance."),
        P("La troisième est documentaire : rapports publics, textes de remboursement, offres commerciales de "
          "quatre fabricants et articles de presse professionnelle. J'ai enfin passé une journée dans chacune "
          "des trois officines équipées pour observer le parcours d'un patient, de la demande au comptoir à la "
          "sortie de la cabine. La principale limite tient à la taille de l'échantillon : trois officines ne "
          "permettent pas de généraliser, mais elles suffisent à faire apparaître des mécanismes."),
        P("Les grilles d'entretien ont été testées avec deux pharmaciens avant d'être utilisées, ce qui m'a conduit à "
          "retirer les questions sur le chiffre d'affaires, auxquelles personne ne voulait répondre, et à ajouter des "
          "questions sur la relation avec les médecins, qui revenait spontanément. Les données de consultation ont été "
          "nettoyées : 140 lignes incomplètes ou en double ont été écartées. Pour limiter mon propre biais, une "
          "pharmacienne extérieure au groupement a codé quatre entretiens de son côté ; nos codages concordaient pour "
          "l'essentiel, et nous avons discuté les écarts avant de fixer la grille définitive."),
        H(1, "Ce que montre le terrain, et comment s'y préparer", {"trend-analysis": "ok", "anticipation-strategy": "ok"}),
        P("La tendance de fond est nette. Le nombre de médecins généralistes en Creuse a baissé de 18 % en dix "
          "ans et la moitié de ceux qui restent ont plus de soixante ans. Dans le même temps, les pouvoirs publics "
          "encouragent les pharmaciens à prendre de nouvelles missions : vaccination, dépistage, et désormais "
          "accompagnement des téléconsultations. Les fabricants de cabines, une dizaine en France, se "
          "concentrent : deux rachats ont eu lieu en 2025 et les prix de location baissent. Tout indique que "
          "la cabine deviendra un équipement courant des officines rurales d'ici cinq ans."),
        P("Nos données nuancent cependant l'enthousiasme. Dans l'officine de Felletin, qui réalise 70 % des "
          "consultations du groupement, la pharmacienne a passé un accord avec deux médecins du bourg : ils "
          "orientent vers la cabine leurs patients qu'ils ne peuvent pas recevoir dans la semaine, et reçoivent "
          "le compte rendu. La cabine y est un prolongement du cabinet. À Chénérailles, la cabine a été installée "
          "sans en parler aux médecins, qui l'ont vécue comme une concurrence ; les patients ont suivi leur avis. "
          "La technologie était identique, le résultat opposé. Mes deux hypothèses se trouvent confirmées : le "
          "service est ponctuel et il réussit là où il est relié au territoire."),
        P("Pour le groupement, se préparer signifie d'abord ne pas multiplier les cabines avant d'avoir construit "
          "ces liens. Je propose une démarche en trois temps. Avant toute installation, une rencontre entre le "
          "pharmacien, les médecins et les infirmiers du secteur pour décider ensemble des motifs acceptés et du "
          "retour d'information. Pendant les six premiers mois, un suivi mensuel des consultations et des "
          "orientations vers les urgences. Ensuite seulement, la décision de garder ou de rendre la cabine."),
        P("Cette démarche suppose aussi de former les équipes. Les préparateurs doivent savoir expliquer le "
          "service, aider à placer un appareil et reconnaître les situations qui relèvent des urgences. Le "
          "groupement peut mutualiser cette formation et négocier un contrat commun, plus souple que les "
          "contrats individuels actuels, avec une clause de sortie après un an. Les résistances viendront "
          "surtout des titulaires qui y voient un coût sans revenu ; il faudra leur montrer les chiffres de "
          "Felletin, où la cabine attire aussi une clientèle nouvelle au comptoir."),
        P("Ces choix ont un coût. Il faut compter une demi-journée de réunion par officine au démarrage, un tableau de suivi "
          "tenu chaque mois et une personne du groupement pour animer l'ensemble. En face, la cabine inutilisée de "
          "Chénérailles montre ce que coûte l'absence de préparation : deux ans de location pour une centaine de "
          "consultations. Je propose enfin d'identifier un pharmacien référent par secteur, qui accompagne les nouveaux "
          "équipés pendant leurs premiers mois et fait remonter les difficultés au groupement."),
        P("Ces mesures doivent être prêtes avant l'arrivée des huit nouvelles officines, prévue pour l'automne 2027."),
        H(1, "Qui y gagne quoi ?", {"impacts-value": "ok"}),
        T([["Acteur", "Ce qu'il gagne", "Ce qu'il risque", "Mesure"],
           ["Patient", "un avis médical le jour même sans trajet de quarante minutes",
            "un médecin inconnu qui ne connaît pas son dossier", "délai d'accès, satisfaction"],
           ["Pharmacien", "un rôle de santé reconnu et une fréquentation accrue au comptoir",
            "un coût de location de 400 euros par mois et du temps d'équipe", "consultations par mois, marge"],
           ["Médecins du secteur", "moins de demandes urgentes pour des motifs simples",
            "une perte de suivi si le compte rendu ne revient pas", "retours reçus, avis des médecins"],
           ["Assurance maladie", "moins de passages aux urgences pour des problèmes bénins",
            "des consultations en double", "orientations vers les urgences"],
           ["Commune", "un service de santé maintenu au village", "une promesse déçue si la cabine ferme",
            "maintien du service après deux ans"]]),
        P("Le tableau montre que la valeur créée est d'abord une valeur d'accès : un délai de soin plus court pour des "
          "patients qui n'avaient pas d'autre solution. La valeur économique pour l'officine reste modeste, et elle "
          "dépend de la fréquentation. Le risque le plus partagé est la perte du suivi, qui ne se règle que par le "
          "retour du compte rendu au médecin traitant."),
        H(1, "Ce que je recommande", {"recommendations": "ok"}),
        P("Ma première recommandation s'adresse au conseil du groupement : ne renouveler le contrat de location "
          "qu'à Felletin et à Bourganeuf, et rendre la cabine de Chénérailles si aucun accord avec les médecins "
          "n'est trouvé d'ici juin 2027. Garder un équipement que personne n'utilise coûte près de 5 000 euros par "
          "an et décrédibilise le service."),
        P("Deuxième recommandation : faire de la charte locale une condition de toute nouvelle installation. "
          "Cette charte, d'une page, précise les motifs acceptés, les horaires, le retour du compte rendu au "
          "médecin traitant quand il existe, et les cas où le pharmacien oriente directement vers les urgences. "
          "Elle est signée par le pharmacien et par au moins un médecin du secteur."),
        P("Troisième recommandation : négocier un contrat cadre pour tout le groupement, avec un prix unique, une "
          "période d'essai de six mois et la possibilité de déplacer une cabine d'une officine à l'autre. Les "
          "fabricants se concentrent et cherchent des volumes : c'est le bon moment pour obtenir ces conditions."),
        P("Quatrième recommandation : mesurer. Un tableau trimestriel commun suivra le nombre de consultations, "
          "les motifs, l'âge des patients, les orientations vers les urgences et l'avis des médecins. Sans ces "
          "chiffres, chaque titulaire jugera sur une impression."),
        P("À plus long terme, la cabine pourrait servir à d'autres professionnels que les médecins : "
          "infirmiers en pratique avancée, sages-femmes, dermatologues pour des avis ponctuels. Je recommande "
          "d'inscrire cette piste dans le projet de santé de la communauté de communes plutôt que de l'explorer "
          "officine par officine."),
        P("Ces recommandations ont un calendrier. Les deux premières peuvent être décidées au conseil de janvier 2027. La "
          "troisième se négocie au printemps, avant l'échéance des contrats. La quatrième démarre dès maintenant, avec "
          "les données que nous avons déjà. Je propose de présenter un premier bilan au conseil en décembre 2027, "
          "avec les chiffres des huit nouvelles officines si elles sont équipées. Si le bilan est mauvais, le contrat "
          "cadre doit permettre de s'arrêter sans pénalité : c'est la condition pour que les titulaires acceptent "
          "d'essayer."),
        P("Chacune de ces recommandations repose sur un résultat de l'enquête ; aucune ne demande d'investissement nouveau "
          "avant que la précédente ait montré son effet."),
        H(1, "Garder un œil sur le sujet", {"watch-scope": "thin"}),
        P("La téléconsultation change vite : règles de remboursement revues chaque année, nouveaux appareils, "
          "rachats d'entreprises. Le groupement a besoin d'une veille simple, tenue par une personne, moi dans un "
          "premier temps, avec une heure par semaine. Elle vise trois objectifs : anticiper les changements de "
          "remboursement qui modifient l'équilibre économique des cabines, repérer les offres des fabricants "
          "avant la renégociation de 2027, et suivre les expériences d'autres territoires ruraux dont nous "
          "pourrions nous inspirer. Elle ne couvre ni la téléconsultation à domicile ni la télésurveillance des "
          "maladies chroniques, qui relèvent d'autres acteurs."),
        H(2, "Où chercher l'information ?", {"source-choice": "ok"}),
        P("J'ai retenu les sources en fonction de trois critères : leur fiabilité, leur rythme de publication et "
          "leur utilité pour une décision de groupement. Les sources institutionnelles viennent en premier : le "
          "Journal officiel pour les textes de remboursement, le site de l'Assurance maladie, les publications "
          "de l'agence régionale de santé Nouvelle-Aquitaine et de la DREES. Elles sont lentes mais sûres, et "
          "ce sont elles qui changent l'économie du service."),
        P("Viennent ensuite les sources professionnelles : Le Moniteur des pharmacies et Le Quotidien du "
          "pharmacien, qui annoncent les nouveautés souvent plusieurs semaines avant les textes officiels, et les "
          "lettres de l'Ordre. J'y ajoute les sites et les communiqués des quatre principaux fabricants, en "
          "gardant à l'esprit qu'ils présentent toujours leurs chiffres sous le meilleur jour."),
        P("Enfin, j'ai voulu garder un lien avec le terrain : le groupe d'échange régional des pharmaciens équipés, "
          "qui se réunit en visioconférence chaque trimestre, et les comptes rendus des conseils communautaires "
          "qui financent parfois les équipements. J'ai écarté les réseaux sociaux grand public, trop bruyants, et "
          "les blogs d'entreprises de conseil, rarement sourcés. Chaque source est notée une fois par an : si elle "
          "n'a rien apporté d'utile, elle sort de la liste."),
        P("Pour chaque source, j'ai noté qui la publie, à quel rythme et ce qu'elle nous a déjà appris. Les sources "
          "institutionnelles l'emportent pour les décisions, les sources professionnelles pour l'anticipation. Les "
          "fabricants sont utiles pour connaître les prix et les nouveaux appareils, mais je croise toujours leurs "
          "annonces avec l'avis d'un pharmacien équipé avant de les transmettre au conseil. C'est la règle que je me "
          "suis fixée après avoir relayé, en 2024, un chiffre de fréquentation qui s'est révélé très exagéré."),
        P("La liste complète tient dans le tableau qui suit, revu chaque année avec le conseil."),
        H(3, "Tableau des sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fréquence", "Fiabilité"],
           ["Journal officiel", "institutionnelle", "alerte quotidienne", "élevée"],
           ["Assurance maladie, ameli.fr", "institutionnelle", "mensuelle", "élevée"],
           ["ARS Nouvelle-Aquitaine", "institutionnelle", "mensuelle", "élevée"],
           ["Le Moniteur des pharmacies", "presse professionnelle", "hebdomadaire", "bonne"],
           ["Fabricants de cabines", "commerciale", "trimestrielle", "à vérifier"],
           ["Groupe régional des pharmaciens équipés", "terrain", "trimestrielle", "bonne"]]),
        H(2, "Le rythme de la veille", {"watch-cycle": "ok"}),
        T([["Étape", "Quand", "Qui", "Ce qui en sort"],
           ["Collecte", "chaque lundi matin", "Thomas", "les alertes et articles de la semaine triés dans un dossier"],
           ["Analyse", "le premier lundi du mois", "Thomas et une pharmacienne", "une fiche d'une page sur ce qui change"],
           ["Diffusion", "à chaque réunion mensuelle", "Thomas", "la fiche présentée en dix minutes aux titulaires"],
           ["Décision", "chaque trimestre", "conseil du groupement", "les actions retenues et leur responsable"],
           ["Bilan", "chaque année en janvier", "conseil", "les sources gardées ou retirées"]]),
        P("Le cycle est volontairement court. Une heure par semaine suffit pour la collecte si les alertes sont bien "
          "réglées. La fiche mensuelle ne dépasse pas une page, sinon personne ne la lit. Le conseil trimestriel est le "
          "seul moment où la veille devient une décision, ce qui évite d'agiter les titulaires à chaque rumeur."),
        B("Mise à jour", {"update-method": "thin"}),
        P("La liste des sources et le tableau de suivi sont revus une fois par an, en janvier, et aussitôt après "
          "tout changement de remboursement. Chaque fiche porte sa date et la source vérifiée."),
        B("Outils", {"watch-tools": "thin"}),
        P("Des alertes Google et un agrégateur de flux gratuit, Inoreader ; les fiches sont rangées dans un dossier "
          "partagé du groupement."),
        H(1, "Pour conclure", {"conclusion": "ok"}),
        P("La cabine de téléconsultation n'est ni le gadget que dénoncent certains médecins ni la solution aux "
          "déserts médicaux que promettent certains fabricants. Dans nos officines, elle rend un vrai service "
          "pour les problèmes ponctuels, surtout le samedi et pour les patients sans médecin traitant. Elle ne "
          "remplace pas le suivi d'une maladie chronique et ne crée pas de temps médical supplémentaire."),
        P("Le résultat le plus net de ce travail est ailleurs : la même machine réussit ou échoue selon la "
          "relation que le pharmacien construit avec les soignants du territoire. C'est une leçon qui dépasse la "
          "téléconsultation. Une innovation numérique dans la santé rurale vaut d'abord par l'organisation humaine "
          "qui l'entoure."),
        P("Ce mémoire a ses limites : trois officines, deux années, un seul fabricant. Il faudrait le prolonger "
          "avec les huit pharmacies candidates, en appliquant dès le départ la charte et le suivi proposés. Si "
          "les résultats de Felletin se confirment ailleurs, le groupement pourra défendre auprès de l'agence "
          "régionale de santé un modèle de cabine coordonnée, reproductible dans d'autres départements ruraux."),
        P("Je retiens aussi une leçon pour ma pratique de chef de projet. J'aurais pu présenter ce travail comme une "
          "étude de marché des cabines, avec des prix et des fonctionnalités. Les entretiens m'ont obligé à regarder "
          "d'abord les personnes : le pharmacien seul au comptoir, le médecin débordé, le patient qui hésite à entrer "
          "dans une pièce fermée avec un écran."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Auteur", "Titre", "Année"],
           ["Cour des comptes", "L'organisation territoriale des soins de premier recours", "2024"],
           ["DREES", "La téléconsultation en France, bilan après la crise sanitaire", "2023"],
           ["Académie nationale de pharmacie", "Téléconsultation en officine : recommandations", "2022"],
           ["Ordre national des pharmaciens", "Cabines de téléconsultation, cadre et bonnes pratiques", "2024"],
           ["Faure, L.", "La téléconsultation en officine rurale, thèse d'exercice, Limoges", "2024"]]),
    ],
    missing=["search-queries", "technology-radar", "prospective-vision", "appendices"],
)
