from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, in French: Camille Dufresne, responsable du studio de prépresse de l'Imprimerie
    Vasseur (Roubaix, 85 salariés), écrit le plan de management de son équipe de sept personnes au moment où
    l'imprimerie lance une plateforme de commande en ligne. Chapitres numérotés à la manière de l'autrice, les
    tableaux d'accueil, de formation et de carrières sous des lignes en gras sans style de titre. Les besoins de
    formation tiennent en un court paragraphe (thin). Aucun organigramme, ni actuel ni cible (missing).""",
    title="Plan de management du studio prépresse – Imprimerie Vasseur",
    cover=["Camille Dufresne, responsable du studio", "Étude de cas 3 – décembre 2026"],
    blocks=[
        H(1, "Chapitre 1 – L'essentiel en une page", {"executive-summary": "ok"}),
        P("L'Imprimerie Vasseur ouvre en avril 2027 une plateforme en ligne où les clients professionnels "
          "déposent leurs fichiers et commandent flyers, catalogues et emballages sans passer par un commercial. "
          "Pour le studio prépresse, c'est un changement de métier : au lieu de quarante dossiers par semaine "
          "préparés avec soin, il faudra en contrôler près de deux cents, dont la plupart arriveront la nuit et "
          "devront partir en impression le lendemain matin."),
        P("Je propose d'y répondre par trois mouvements. D'abord, recruter deux personnes : un technicien chargé "
          "des flux automatisés et un chargé de relation client pour les fichiers refusés. Ensuite, former les "
          "cinq opérateurs actuels au contrôle automatique des fichiers et à l'échange avec les clients. Enfin, "
          "faire de Bastien, notre opérateur le plus ancien, le référent qualité du studio. Le plan coûte 41 800 "
          "euros hors salaires sur deux ans, dont 12 000 euros finançables par l'OPCO."),
        H(1, "Chapitre 2 – D'où part le studio", {"strategy-context": "ok"}),
        P("Fondée en 1954, l'Imprimerie Vasseur réalise 11 millions d'euros de chiffre d'affaires avec des "
          "clients de la métropole lilloise : agences de communication, enseignes de la distribution, "
          "collectivités. Depuis cinq ans, les commandes de petites séries baissent de 6 % par an, captées par "
          "les imprimeries en ligne nationales qui livrent en quarante-huit heures. La direction a fixé en "
          "septembre un cap à trois ans : réaliser 25 % du chiffre d'affaires en ligne d'ici 2029, garder les "
          "grands comptes grâce à un conseil que les plateformes nationales n'offrent pas, et réduire de moitié "
          "les réimpressions dues à des fichiers mal préparés, qui coûtent aujourd'hui 140 000 euros par an."),
        P("Le studio compte sept personnes : moi, cinq opérateurs prépresse et une apprentie en alternance. Les "
          "opérateurs ont entre huit et vingt-sept ans d'ancienneté ; ils maîtrisent parfaitement les logiciels "
          "de mise en page et l'imposition, mais chacun a ses clients et ses habitudes, et rien n'est écrit. Lors "
          "des entretiens annuels, trois d'entre eux ont dit craindre que la plateforme les réduise à appuyer sur "
          "un bouton. Deux ont au contraire demandé à apprendre l'automatisation. Aucun n'a l'habitude de parler "
          "directement aux clients, ce que les commerciaux faisaient jusqu'ici à leur place. Le plan doit donc "
          "rassurer, faire monter en compétence ceux qui le veulent, et ne recruter que ce que l'équipe ne pourra "
          "pas apprendre avant l'ouverture."),
        H(2, "2.1 Qui fait quoi aujourd'hui", {"people-review": "ok"}),
        T([["Personne", "Poste", "Ancienneté", "Point fort", "Souhait exprimé"],
           ["Bastien L.", "opérateur prépresse", "27 ans", "imposition, couleur", "transmettre avant sa retraite"],
           ["Nadia K.", "opératrice prépresse", "14 ans", "emballages, découpe", "apprendre les flux automatiques"],
           ["Julien P.", "opérateur prépresse", "11 ans", "catalogues longs", "rester sur les grands comptes"],
           ["Sofia M.", "opératrice prépresse", "9 ans", "épreuves, contrôle qualité", "encadrer un jour"],
           ["Kevin D.", "opérateur prépresse", "8 ans", "scripts, outils", "automatisation"],
           ["Lina T.", "apprentie", "1 an", "retouche photo", "un CDI à la fin de son contrat"]]),
        H(1, "Chapitre 3 – Les postes à ouvrir", {"key-functions": "ok"}),
        P("Deux postes n'existent pas aujourd'hui et conditionnent l'ouverture de la plateforme. Le troisième "
          "prépare le départ de Bastien en 2029. Je les ai classés par date de besoin, car le recrutement d'un "
          "technicien de flux prend en moyenne cinq mois dans la région."),
        T([["Fonction", "Pourquoi", "Quand", "Profil", "Comment"],
           ["Technicien flux prépresse", "régler et surveiller le contrôle automatique des fichiers", "février 2027",
            "prépresse et scripts, serveur d'impression", "recrutement externe"],
           ["Chargé de relation fichiers", "appeler les clients dont le fichier est refusé", "avril 2027",
            "arts graphiques, goût du téléphone", "recrutement externe ou Lina en CDI"],
           ["Référent qualité", "relève de Bastien, règles écrites du studio", "septembre 2027",
            "prépresse confirmé", "promotion interne (Sofia)"]]),
        H(1, "Chapitre 4 – Les premiers jours d'un nouvel arrivant", {"onboarding": "ok"}),
        P("Un nouveau au studio doit apprendre en même temps nos machines, nos clients et notre façon de "
          "travailler, qui n'est écrite nulle part. Les deux derniers recrutements, en 2021 et 2023, se sont "
          "mal passés : le premier est parti au bout de deux mois, la seconde a mis un an à se sentir à sa "
          "place. Les deux m'ont dit la même chose : personne n'avait le temps de leur répondre."),
        P("Le parcours que je propose commence avant l'arrivée. Les ressources humaines préparent le contrat, la "
          "visite médicale et la mutuelle ; Kevin crée les accès au serveur et au poste. Le premier jour, je "
          "reçois moi-même la personne, nous visitons l'atelier d'impression et le façonnage, et elle déjeune "
          "avec l'équipe. Elle passe ensuite une journée avec un conducteur de presse pour voir ce que devient "
          "un fichier. Pendant le premier mois, un parrain choisi dans l'équipe relit tout ce qu'elle envoie en "
          "impression. Nous faisons le point à un mois, deux mois et à la fin de la période d'essai, et je lui "
          "demande un rapport d'étonnement que nous discutons en réunion d'équipe."),
        B("Calendrier d'accueil", {"onboarding-plan": "ok"}),
        T([["Moment", "Côté administratif", "Côté organisation", "Côté équipe", "Qui"],
           ["J-15", "contrat, visite médicale, mutuelle", "poste et accès au serveur", "message d'annonce", "RH, Kevin"],
           ["Jour 1", "livret d'accueil", "visite de l'atelier et du façonnage", "déjeuner d'équipe", "Camille"],
           ["Semaine 1", "formation sécurité", "une journée avec un conducteur de presse", "choix du parrain",
            "parrain"],
           ["Mois 1", "point de mi-parcours", "dossiers relus par le parrain", "réunion d'équipe", "Camille"],
           ["Mois 3", "fin de période d'essai", "autonomie sur un portefeuille", "rapport d'étonnement",
            "Camille et RH"]]),
        H(1, "Chapitre 5 – Ce que l'équipe doit apprendre", {"training-needs": "thin"}),
        P("Tous doivent savoir lire un rapport de contrôle automatique et corriger un fichier refusé. Nadia et "
          "Kevin veulent aller plus loin et apprendre à écrire les règles du contrôle. Personne ne sait parler "
          "à un client mécontent au téléphone. Le budget est serré et le studio ne peut libérer que deux "
          "personnes à la fois."),
        B("Le programme de formation", {"training-plan": "ok"}),
        T([["Qui", "Quoi", "Format", "Organisme", "Coût", "Quand"],
           ["Les cinq opérateurs", "contrôle automatique des fichiers", "3 jours sur site", "éditeur du logiciel",
            "7 500 €", "mars 2027"],
           ["Nadia, Kevin", "écriture des règles et des flux", "5 jours à distance", "éditeur du logiciel",
            "4 200 €", "mai 2027"],
           ["Toute l'équipe", "relation client au téléphone", "2 demi-journées", "cabinet lillois", "2 100 €",
            "juin 2027"],
           ["Sofia", "prendre un rôle de référente", "4 jours", "CCI Grand Lille", "1 600 €", "septembre 2027"]]),
        B("Parcours individuels", {"career-plan": "ok"}),
        T([["Personne", "Envie", "Évolution proposée", "Moyens", "Échéance"],
           ["Sofia M.", "encadrer", "référente qualité du studio", "formation, binôme avec Bastien", "2027"],
           ["Kevin D.", "automatiser", "co-pilote des flux avec le technicien recruté", "formation éditeur", "2027"],
           ["Bastien L.", "transmettre", "tuteur des arrivants, rédaction des règles maison", "temps dédié",
            "2027-2029"],
           ["Lina T.", "rester", "CDI de chargée de relation fichiers", "fin d'alternance validée", "été 2027"]]),
        H(1, "Chapitre 6 – Le studio en 2029", {"team-vision": "ok"}),
        P("Dans trois ans, je vois un studio de neuf personnes qui ne prépare plus chaque fichier à la main, mais "
          "qui règle les machines qui le font et qui garde son savoir-faire pour les dossiers qui le méritent. Les "
          "commandes en ligne passeront par le contrôle automatique ; seuls les fichiers refusés arriveront chez "
          "un humain, et ce sera quelqu'un qui appelle le client plutôt qu'un message d'erreur."),
        P("L'équipe s'organisera en deux pôles. Le pôle flux, avec le technicien recruté et Kevin, surveillera la "
          "plateforme la nuit et le matin, et améliorera les règles chaque mois à partir des refus les plus "
          "fréquents. Le pôle conseil, avec Julien, Nadia et Bastien tant qu'il est là, gardera les grands "
          "comptes, les emballages et les catalogues, c'est-à-dire ce que les imprimeries en ligne nationales ne "
          "savent pas faire. Sofia, référente qualité, fera le lien entre les deux et tiendra le registre des "
          "réimpressions. Lina répondra aux clients dont le fichier bloque."),
        P("Je veux aussi que le studio devienne un lieu où l'on apprend. Chaque vendredi, une demi-heure sera "
          "consacrée à un cas de la semaine, présenté par l'un de nous. Les règles que Bastien écrit seront "
          "relues par toute l'équipe et tenues à jour. Mon rôle changera lui aussi : moins de production, plus "
          "de temps avec les commerciaux, les clients importants et chacun des membres de l'équipe, que je "
          "verrai en entretien individuel tous les six mois."),
        H(1, "Chapitre 7 – Ce que ça coûte", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Financement"],
           ["Recrutements (cabinet, annonces)", "9 000 €", "0 €", "budget RH"],
           ["Formations", "15 400 €", "6 000 €", "12 000 € OPCO"],
           ["Temps de tutorat de Bastien", "4 800 €", "4 800 €", "budget studio"],
           ["Rapport d'étonnement, réunions", "900 €", "900 €", "budget studio"],
           ["Total", "30 100 €", "11 700 €", "41 800 € sur deux ans"]]),
        H(2, "7.1 Le calendrier d'ensemble", {"timeline": "ok"}),
        T([["Quand", "Étape"],
           ["janvier 2027", "annonce du plan à l'équipe, ouverture du poste de technicien"],
           ["mars 2027", "formation de tous au contrôle automatique"],
           ["avril 2027", "ouverture de la plateforme, arrivée du chargé de relation"],
           ["septembre 2027", "Sofia référente qualité"],
           ["2028", "premier bilan, deuxième vague de formation"],
           ["2029", "départ de Bastien, organisation en deux pôles complète"]]),
        H(1, "Chapitre 8 – Comment on saura que ça marche", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible 2028"],
           ["Réimpressions dues aux fichiers", "140 000 € par an", "70 000 € par an"],
           ["Nouveaux arrivants encore là après un an", "1 sur 2", "tous"],
           ["Jours de formation par personne", "0,5", "4"],
           ["Fichiers refusés rappelés dans la journée", "sans objet", "90 %"]]),
    ],
    missing=["target-organisation"],
)
