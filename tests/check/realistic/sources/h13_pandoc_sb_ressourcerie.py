from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    language="fr",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    français. Une ressourcerie associative de Limoges (La Remise, trois boutiques) veut un outil pour enregistrer
    les objets donnés, les mettre en vente en ligne et les réserver. Titres de l'autrice, numérotés en chiffres
    romains pour les parties ; les parties prenantes décrites en prose seulement, sans carte ni tableau ; les
    besoins et leur tableau sous un même titre, les exigences techniques et non fonctionnelles (hors ligne,
    hébergement, sauvegarde, accessibilité, durée de conservation) dans une seule partie en prose (fusion) ; le backlog en tableau de user stories ; une partie « Calendrier » de l'autrice ;
    pas de carte des parties prenantes, pas d'arbre des fonctions, pas de glossaire (missing) ; les
    questions attendues ont un titre sans rien dessous (empty).""",
    title="La Remise – Cahier des charges de l'outil de dépôt et de vente",
    cover=["Étude de cas 1 – spécification et backlog", "Solène Peyrat, décembre 2026"],
    blocks=[
        H(1, "I. L'essentiel en une page", {"summary": "ok"}),
        P("La Remise est une ressourcerie associative de Limoges : elle collecte des objets dont les habitants "
          "se débarrassent, les trie, les répare et les revend à petit prix dans trois boutiques. Elle emploie "
          "seize salariés en insertion et dix encadrants. Aujourd'hui, tout se fait sur papier et dans un "
          "tableur partagé : on ne sait pas ce qui est en stock dans chaque boutique, les clients appellent pour "
          "demander si un meuble est encore là, et les chiffres de réemploi demandés par la métropole sont "
          "recomptés à la main chaque trimestre. Nous proposons un outil web unique, utilisable sur tablette au "
          "quai de dépôt et en boutique, avec une vitrine en ligne où les clients réservent un objet pour "
          "quarante-huit heures. Une première version couvre le dépôt et le stock au printemps 2027, la vitrine "
          "suit en septembre. Le budget estimé est de 46 000 euros, dont 70 % financés par l'appel à projets "
          "de l'ADEME que l'association a obtenu en novembre."),
        H(1, "II. Qui est autour de la table ?", {"context-stakeholders": "ok"}),
        P("Le projet est porté par la directrice, Françoise Lacour, et par le conseil d'administration, où "
          "siègent des bénévoles et un représentant de la métropole. La métropole de Limoges confie à La Remise "
          "une partie des encombrants collectés en déchetterie et lui verse une aide calculée sur les tonnes "
          "réemployées ; elle attend donc des chiffres exacts et vérifiables. L'ADEME finance l'outil et "
          "demandera un bilan un an après la mise en service. Les encadrants techniques trient et réparent avec "
          "les salariés en insertion, dont certains lisent difficilement et n'ont jamais utilisé d'ordinateur ; "
          "l'outil doit donc pouvoir s'utiliser avec des photos et des pictogrammes. Les vendeuses des boutiques "
          "reçoivent les clients et les appels. Les clients sont surtout des familles modestes, des étudiants et "
          "des chineurs ; beaucoup achètent sur un téléphone. Enfin, le chantier d'insertion est suivi par la "
          "Direction de l'emploi, qui ne veut pas que l'outil serve à surveiller le rythme de travail des "
          "salariés en parcours. Le prestataire informatique n'est pas encore "
          "choisi : l'association lancera une consultation auprès de trois entreprises de la région sur la base de "
          "ce document. Les donateurs, enfin, sont des habitants qui déposent des objets au quai ou les font "
          "enlever à domicile ; ils ne seront pas utilisateurs de l'outil, mais plusieurs ont demandé à savoir "
          "ce que devient ce qu'ils donnent, ce qu'un lien vers la vitrine pourrait leur montrer."),
        H(1, "III. Les besoins, côté personnes, organisation et argent", {"needs-analysis": "ok", "needs-table": "ok"}),
        P("Nous avons passé trois journées au quai de dépôt et dans deux boutiques, interrogé huit encadrants, "
          "quatre vendeuses et trente clients en caisse. Côté personnes, le besoin le plus fort est celui des "
          "salariés en insertion : pouvoir enregistrer un objet sans écrire, en choisissant une photo de "
          "catégorie et un état, et voir leur travail reconnu par un compteur d'objets remis en vente. Les "
          "vendeuses, elles, perdent près d'une heure par jour au téléphone avec des clients qui demandent si "
          "une armoire est encore là. Côté organisation, un objet déposé à la boutique nord ne peut pas être "
          "proposé au client de la boutique centre, faute de stock commun ; les gros meubles restent parfois "
          "trois mois au fond d'un entrepôt. Côté argent, l'association dépend de l'aide de la métropole, "
          "calculée au poids : chaque tonne mal comptée est une perte. L'outil ne doit pas non plus créer de "
          "coût fixe que l'association ne pourra pas payer une fois la subvention terminée."),
        T([["Type", "Besoin", "Exprimé par", "Importance"],
           ["Personnes", "enregistrer un objet sans écrire, par photos et pictogrammes", "encadrants, salariés", "haute"],
           ["Personnes", "répondre aux clients sans courir dans l'entrepôt", "vendeuses", "haute"],
           ["Organisation", "un stock commun aux trois boutiques", "directrice", "haute"],
           ["Organisation", "réserver un objet en ligne pour 48 heures", "clients", "moyenne"],
           ["Argent", "compter les tonnes réemployées sans ressaisie", "métropole, directrice", "haute"],
           ["Argent", "moins de 3 000 euros par an après la subvention", "conseil d'administration", "haute"]]),
        H(1, "IV. Ce que nous visons, et jusqu'où", {"objectives-scope": "ok"}),
        P("D'ici fin 2027, nous visons trois résultats mesurables : 95 % des objets déposés enregistrés le jour "
          "même, le rapport trimestriel à la métropole produit en un clic au lieu de deux jours, et un tiers "
          "des meubles vendus après une réservation en ligne. Le périmètre comprend l'enregistrement au dépôt, "
          "le stock commun, la vitrine en ligne avec réservation, et les exports pour la métropole et l'ADEME. "
          "Il exclut le paiement en ligne, que le conseil refuse pour garder le contact en boutique, la caisse, "
          "qui reste l'actuelle, et la gestion du planning des salariés. Les contraintes : des tablettes qui "
          "tiennent la poussière du quai, une connexion faible dans l'entrepôt nord, des données personnelles "
          "limitées au strict nécessaire pour les réservations, et une association qui doit rester propriétaire "
          "de ses données si elle change de prestataire. Le calendrier pèse aussi : "
          "la subvention de l'ADEME doit être dépensée avant fin 2027, et rien ne peut être installé pendant les "
          "grandes collectes de printemps, quand le quai reçoit deux fois plus d'objets."),
        H(1, "V. Découpage et ordre de livraison", {"functional-breakdown": "ok"}),
        P("L'outil se découpe en quatre modules livrés l'un après l'autre, chacun utilisable seul. Le dépôt et "
          "le stock viennent en premier parce qu'ils conditionnent tout le reste et les chiffres de la "
          "métropole ; la vitrine ne sert à rien tant que le stock n'est pas fiable. Les exports "
          "arrivent en dernier."),
        T([["Ordre", "Module", "Contenu", "Livraison"],
           ["1", "Dépôt", "enregistrement par photo, catégorie, état, poids", "avril 2027"],
           ["2", "Stock commun", "où est l'objet, transfert entre boutiques", "mai 2027"],
           ["3", "Vitrine et réservation", "catalogue en ligne, réservation 48 h", "septembre 2027"],
           ["4", "Exports", "tonnes réemployées, bilan ADEME", "octobre 2027"]]),
        H(1, "VI. Les histoires utilisateurs", {"product-backlog": "ok"}),
        T([["N°", "En tant que…", "je veux…", "pour…", "Priorité", "Points"],
           ["US1", "salarié au quai", "enregistrer un objet en choisissant une photo de catégorie", "ne rien écrire", "Must", "5"],
           ["US2", "encadrant", "peser l'objet et saisir son état en deux touches", "compter les tonnes", "Must", "3"],
           ["US3", "vendeuse", "voir dans quelle boutique se trouve un objet", "répondre au téléphone", "Must", "5"],
           ["US4", "vendeuse", "demander le transfert d'un meuble vers ma boutique", "le vendre à mon client", "Should", "3"],
           ["US5", "client", "parcourir les objets disponibles par catégorie", "éviter un déplacement inutile", "Must", "8"],
           ["US6", "client", "réserver un objet pour 48 heures", "être sûr qu'il soit là", "Should", "5"],
           ["US7", "directrice", "exporter les tonnes réemployées par trimestre", "envoyer le rapport à la métropole", "Must", "3"],
           ["US8", "salarié au quai", "voir combien d'objets j'ai remis en vente ce mois-ci", "voir mon travail reconnu", "Could", "2"]]),
        H(1, "VII. Comment ce sera construit", {"technical-requirements": "ok", "non-functional-requirements": "ok"}),
        P("Nous recommandons une application web responsive plutôt que des applications mobiles : une seule "
          "base de code, utilisable sur les tablettes du quai, les ordinateurs des boutiques et le téléphone des "
          "clients. Au quai de dépôt, l'application doit fonctionner hors ligne et se synchroniser quand le "
          "réseau revient, car l'entrepôt nord n'a presque pas de Wi-Fi. Les photos sont réduites sur la "
          "tablette avant l'envoi pour économiser la bande passante. Les données sont hébergées en France chez "
          "un hébergeur certifié, dans une base PostgreSQL ; l'association reçoit chaque nuit une sauvegarde "
          "exportable dans un format ouvert, pour rester libre de changer de prestataire. Les réservations ne "
          "demandent qu'un prénom et un numéro de téléphone, effacés trente jours après la fin de la "
          "réservation, conformément au règlement sur la protection des données. L'interface suit le référentiel "
          "d'accessibilité RGAA au niveau AA, avec des pictogrammes et de grands boutons pour les salariés qui "
          "lisent peu. Les comptes sont nominatifs pour les encadrants et les vendeuses ; les salariés en "
          "insertion utilisent un compte de poste, à la demande de la Direction de l'emploi, pour qu'aucune "
          "donnée ne mesure leur rythme individuel. L'outil lit l'export de la caisse actuelle une fois par "
          "jour pour marquer les objets vendus. Une page doit s'afficher en moins de deux "
          "secondes sur un téléphone en 4G, et l'outil doit rester disponible pendant les heures d'ouverture des "
          "boutiques, du mardi au samedi."),
        H(1, "VIII. Combien, et avec qui ?", {"resources-budget": "ok"}),
        P("L'estimation repose sur un prestataire local et sur le temps des encadrants pour les tests. Le coût "
          "annuel après la subvention reste sous le plafond fixé par le conseil, à 2 400 euros d'hébergement et de "
          "maintenance. Le reste à charge de l'association, 30 % du total, vient de ses fonds propres."),
        T([["Poste", "Qui", "Jours", "Coût (€)"],
           ["Conception et ateliers", "prestataire", "12", "7 200"],
           ["Développement des quatre modules", "prestataire", "48", "28 800"],
           ["Tablettes durcies (4)", "achat", "–", "3 600"],
           ["Tests au quai et en boutique", "encadrants", "15", "valorisé, non facturé"],
           ["Hébergement et maintenance, par an", "prestataire", "–", "2 400"],
           ["Marge d'imprévus", "–", "–", "4 000"]]),
        H(1, "IX. Calendrier", {}),
        P("Ateliers en janvier, dépôt et stock livrés en avril et mai, vitrine en septembre après l'été, "
          "exports en octobre pour le premier rapport trimestriel à la métropole."),
        H(1, "X. Quand dira-t-on que c'est fini ?", {"acceptance-delivery": "ok"}),
        P("Chaque module est livré sur un serveur de test, puis utilisé pendant deux semaines dans une boutique "
          "et au quai avant d'être généralisé. Une histoire est terminée quand ses critères d'acceptation sont "
          "vérifiés par un encadrant ou une vendeuse, qu'elle fonctionne sur tablette et sur téléphone, qu'elle "
          "passe les tests automatiques et qu'un salarié en insertion a pu la faire seul sans aide écrite. Le "
          "module de dépôt est accepté si, sur deux semaines, 95 % des objets sont enregistrés le jour même et "
          "si le poids total correspond à la pesée de la déchetterie à 2 % près. La recette finale a lieu en "
          "octobre avec la directrice et un représentant de la métropole ; le prestataire reste responsable "
          "des corrections pendant trois mois après, sans "
          "supplément, puis le contrat de maintenance annuel prend le relais."),
        H(1, "XI. Les questions qu'on risque de nous poser", {"anticipated-questions": "empty"}),
    ],
    missing=["stakeholder-map", "feature-tree", "glossary"],
)
