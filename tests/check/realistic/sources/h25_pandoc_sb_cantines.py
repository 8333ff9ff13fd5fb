from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    language="fr",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: the Communauté de communes du Val d'Aa (Pas-de-Calais) runs 14 school canteens and throws away about a
    quarter of the meals; the team specifies a service where parents book and cancel meals until the day before,
    and kitchens order from the bookings. Numbered headings in the authors' own words, some questions; the people
    involved and the needs are tables, the backlog is a table of user stories. The quality requirements heading has
    nothing under it (empty); no feature tree, no glossary and no prepared questions (missing); a section of their
    own on the points still open.""",
    title="Réserver la cantine la veille – cahier des charges et backlog",
    cover=["Projet CX – Communauté de communes du Val d'Aa", "Léna Caron, Maxime Dubois, Awa Diallo",
           "Décembre 2026"],
    blocks=[
        H(1, "1. L'essentiel en une page", {"summary": "ok"}),
        P("Les quatorze cantines scolaires de la Communauté de communes du Val d'Aa servent chaque jour environ 1 900 "
          "repas. Les inscriptions se font au trimestre, sur papier, et les absences ne sont connues qu'au moment du "
          "service : les cuisines préparent donc pour tous les inscrits. Résultat, près d'un repas sur quatre part à "
          "la poubelle, soit environ 95 000 euros de denrées par an. Nous proposons un service en ligne, sur "
          "téléphone et ordinateur, où les familles réservent ou annulent un repas jusqu'à la veille à 10 heures. "
          "Les cuisines reçoivent chaque matin les effectifs exacts par école et par régime. Le service est construit "
          "en trois versions sur huit mois, pour un budget de 118 000 euros, et doit réduire le gaspillage de moitié "
          "dès la première année scolaire complète. Le service reste gratuit pour les familles et pour les communes."),
        H(1, "2. Pour qui, et avec qui ?", {"context-stakeholders": "ok"}),
        P("La Communauté de communes regroupe vingt-deux communes rurales autour de Lumbres. Depuis 2019, elle a "
          "repris la compétence de la restauration scolaire : deux cuisines centrales, à Lumbres et à Esquerdes, "
          "livrent en liaison chaude quatorze restaurants scolaires. Le service est piloté par Mme Nathalie Vasseur, "
          "responsable de la restauration, qui est notre interlocutrice et qui présentera le projet au conseil "
          "communautaire de mars."),
        P("Les familles s'inscrivent aujourd'hui au début de chaque trimestre avec un formulaire papier remis à "
          "l'école. Un enfant malade ou en sortie reste compté, et les parents qui travaillent en horaires décalés "
          "inscrivent leurs enfants « au cas où ». Les directrices d'école font remonter les absences par téléphone "
          "vers 9 h 30, trop tard pour les cuisines, qui lancent la production à 7 heures. La facturation est faite "
          "par la régie de la Communauté de communes, à partir des listes papier ressaisies chaque mois par deux "
          "agents. La loi EGalim impose par ailleurs de réduire le gaspillage alimentaire et d'en rendre compte, ce "
          "que le service ne sait pas mesurer aujourd'hui. Les élus veulent un outil simple, car beaucoup de familles "
          "du territoire ont un accès limité à Internet, et une partie des parents préfère encore le papier. Les maires, enfin, veulent garder un guichet en mairie, "
          "où leurs agents connaissent les familles et peuvent les aider à réserver. Ils ont rappelé en réunion que "
          "le projet ne doit pas ajouter de travail aux secrétaires de mairie, souvent seules."),
        H(2, "2.1 Les personnes concernées", {"stakeholder-map": "ok"}),
        T([["Qui", "Ce qu'il attend", "Son poids dans la décision"],
           ["Parents (environ 1 400 familles)", "réserver vite, payer le juste prix", "fort : usagers"],
           ["Cuisiniers des deux cuisines centrales", "des effectifs fiables à 7 h", "moyen"],
           ["Directrices et directeurs d'école", "ne plus téléphoner les absences", "moyen"],
           ["Régie de facturation", "des listes justes sans ressaisie", "moyen"],
           ["Élus communautaires", "moins de gaspillage, pas de plainte", "fort : financeurs"]]),
        H(1, "3. De quoi ont-ils besoin ?", {"needs-analysis": "ok"}),
        P("Nous avons rencontré vingt-deux parents à la sortie de quatre écoles, les deux chefs de cuisine, cinq "
          "directrices d'école et les deux agents de la régie, et nous avons passé deux matinées en cuisine à "
          "Esquerdes. Trois familles de besoins en ressortent."),
        P("Les besoins humains d'abord : les parents veulent pouvoir décider au dernier moment, la veille au soir "
          "plutôt qu'un trimestre à l'avance, et ne pas payer un repas que leur enfant n'a pas mangé. Les cuisiniers "
          "veulent arrêter de cuisiner pour rien, ce qui les décourage, et connaître les régimes particuliers sans "
          "chercher dans des listes. Les directrices veulent se libérer du téléphone du matin."),
        P("Les besoins logistiques ensuite : les cuisines passent leurs commandes de denrées trois jours avant, "
          "mais ajustent les quantités la veille à 11 heures ; c'est donc à cette heure qu'il faut des chiffres "
          "fermes. Les chauffeurs doivent savoir combien de bacs livrer dans chaque école. Le service doit aussi "
          "fonctionner pour les familles sans smartphone, grâce à un relais en mairie."),
        P("Les besoins financiers enfin : la régie veut facturer à partir des repas réservés et non plus des "
          "inscriptions, sans ressaisie, et la Communauté de communes attend une économie d'au moins 40 000 euros "
          "de denrées par an pour justifier l'investissement devant le conseil. Elle ne veut pas non plus embaucher pour faire "
          "tourner le service : les agents actuels doivent suffire une fois la ressaisie supprimée."),
        H(2, "3.1 Tableau des besoins", {"needs-table": "ok"}),
        T([["Besoin", "Pour qui", "Type", "Priorité"],
           ["Annuler un repas la veille", "parents", "humain", "haute"],
           ["Effectifs par école à 11 h la veille", "cuisines", "logistique", "haute"],
           ["Régimes visibles sur la liste", "cuisines", "logistique", "haute"],
           ["Facture calculée sur les repas réservés", "régie", "financier", "moyenne"],
           ["Réservation au guichet de la mairie", "familles sans Internet", "humain", "moyenne"]]),
        H(1, "4. Ce que le projet fera, et ce qu'il ne fera pas", {"objectives-scope": "ok"}),
        P("Notre objectif est de réduire de moitié les repas jetés d'ici juin 2028, en passant d'environ 24 % à "
          "12 % des repas produits, tout en gardant au moins 90 % de familles satisfaites à l'enquête annuelle. Un "
          "second objectif est de supprimer la ressaisie mensuelle de la régie dès la rentrée de septembre 2027."),
        P("Le périmètre couvre la réservation et l'annulation des repas par les familles, l'envoi des effectifs aux "
          "cuisines, le suivi des repas jetés pesés chaque jour, et l'export vers le logiciel de facturation. Il ne "
          "couvre pas le paiement en ligne, que la Trésorerie gère déjà avec son propre portail, ni l'accueil "
          "périscolaire du matin et du soir, qui fera l'objet d'un projet séparé, ni les menus, qui restent publiés "
          "sur le site de la Communauté de communes."),
        P("Les contraintes sont connues : un budget plafonné à 120 000 euros, une ouverture aux familles pour la "
          "rentrée 2027, un hébergement des données en France, le respect du RGPD pour des données d'enfants, et "
          "une interface utilisable par des parents peu à l'aise avec le numérique. Le logiciel de facturation "
          "actuel, fourni par un éditeur régional, ne sera pas remplacé : nous devons produire un fichier qu'il sait "
          "lire."),
        H(1, "5. Découpage et ordre de livraison", {"functional-breakdown": "ok"}),
        P("Nous avons découpé le service en cinq blocs, livrés dans cet ordre parce que chacun dépend du "
          "précédent : sans comptes, pas de réservation, et sans réservations, ni effectifs ni facture. Le suivi "
          "du gaspillage vient en dernier, car il sert aux élus plus qu'aux usagers, et peut attendre quelques "
          "mois sans bloquer les cuisines."),
        T([["Bloc", "Contenu", "Version"],
           ["Comptes familles", "création par la régie, lien avec les enfants et les écoles", "V1"],
           ["Réservation", "calendrier, réserver ou annuler jusqu'à la veille 10 h", "V1"],
           ["Effectifs cuisine", "liste par école et par régime, envoyée à 11 h", "V1"],
           ["Export facturation", "fichier mensuel pour le logiciel de la régie", "V2"],
           ["Suivi du gaspillage", "saisie des pesées, tableau pour les élus", "V3"]]),
        H(1, "6. Le backlog", {"product-backlog": "ok"}),
        T([["N°", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "parent", "voir le calendrier des repas de mon enfant", "savoir ce qui est réservé", "Must", "3"],
           ["US2", "parent", "annuler un repas jusqu'à la veille 10 h", "ne pas le payer", "Must", "5"],
           ["US3", "parent", "réserver un repas exceptionnel", "faire face à un imprévu", "Must", "3"],
           ["US4", "chef de cuisine", "recevoir les effectifs par école à 11 h", "ajuster ma production", "Must", "5"],
           ["US5", "chef de cuisine", "voir les régimes et allergies", "préparer les bons plats", "Must", "3"],
           ["US6", "agent de mairie", "réserver pour une famille au guichet", "aider ceux qui n'ont pas Internet", "Should", "3"],
           ["US7", "agent de régie", "exporter les repas du mois", "facturer sans ressaisie", "Should", "8"],
           ["US8", "cuisinier", "saisir le poids des restes", "mesurer le gaspillage", "Could", "3"],
           ["US9", "élu", "voir l'évolution du gaspillage par école", "rendre compte au conseil", "Could", "5"]]),
        H(1, "7. Comment c'est construit", {"technical-requirements": "ok"}),
        P("Le service est une application web responsive, pensée d'abord pour le téléphone, et non une application "
          "à installer : les familles n'ont rien à télécharger et la mise à jour est immédiate. Elle est développée "
          "avec un framework web courant, sur une base de données relationnelle, et hébergée chez un hébergeur "
          "français qualifié pour les données de santé, puisque les allergies des enfants en font partie."),
        P("Les familles se connectent avec leur adresse électronique et un code reçu par message, sans mot de passe à "
          "retenir. Les comptes sont créés par la régie à partir du fichier des inscriptions existant, importé une "
          "fois en juillet. Les effectifs sont calculés chaque jour à 10 heures, figés, puis envoyés aux cuisines par "
          "courriel sous forme de tableau imprimable, et visibles sur une tablette dans chaque cuisine. L'export vers "
          "la facturation produit un fichier CSV au format que l'éditeur du logiciel de la régie nous a transmis."),
        P("L'application enregistre qui a modifié chaque réservation et quand, pour régler les contestations de "
          "factures. Les données des enfants sont supprimées un an après leur départ de l'école. Un mode dégradé est "
          "prévu : si le service est indisponible la veille, les cuisines reçoivent les effectifs de la semaine "
          "précédente, le même jour, et la régie est prévenue automatiquement. Le code est remis à la Communauté de communes sous licence libre."),
        H(2, "7.1 Exigences de qualité", {"non-functional-requirements": "empty"}),
        H(1, "8. Combien ça coûte, et avec qui ?", {"resources-budget": "ok"}),
        P("Le budget total est de 118 000 euros, sous le plafond fixé. Côté Communauté de communes, Mme Vasseur "
          "consacre une demi-journée par sprint aux démonstrations, et un agent de la régie prépare l'import des "
          "familles en juillet."),
        T([["Poste", "Qui", "Jours", "Coût"],
           ["Développement des trois versions", "prestataire, deux développeurs", "130", "78 000 €"],
           ["Conception de l'interface et tests avec des parents", "designer", "25", "15 000 €"],
           ["Hébergement et maintenance, première année", "hébergeur et prestataire", "—", "9 000 €"],
           ["Tablettes pour les deux cuisines et quatorze offices", "achat", "—", "6 500 €"],
           ["Formation des agents et des directrices", "notre équipe", "12", "5 500 €"],
           ["Réserve pour imprévus", "—", "—", "4 000 €"]]),
        H(1, "9. Quand dira-t-on que c'est fini ?", {"acceptance-delivery": "ok"}),
        P("Chaque histoire utilisateur est considérée comme terminée quand elle a été testée par au moins deux "
          "personnes du public concerné, par exemple deux parents ou deux cuisiniers, quand elle fonctionne sur "
          "téléphone et sur ordinateur, et quand Mme Vasseur l'a validée lors de la démonstration de fin de sprint. "
          "Les sprints durent deux semaines."),
        P("La V1 est livrée en juin 2027 et testée dans deux écoles pilotes, à Lumbres et à Elnes, pendant les "
          "trois dernières semaines de l'année scolaire. La V2 est ouverte à toutes les écoles à la rentrée de "
          "septembre 2027, la V3 en janvier 2028. La recette finale se fait sur un mois réel de facturation : "
          "l'export doit donner le même total que le calcul manuel de la régie, à un repas près par école. Si ce n'est pas le cas, la facturation papier continue un mois de plus."),
        H(1, "10. Les questions encore ouvertes", {}),
        P("Deux points restent à trancher avec les élus : l'heure limite d'annulation, que les cuisiniers voudraient "
          "avancer à 9 heures, et le sort des repas réservés mais non consommés sans annulation, facturés ou non."),
    ],
    missing=["feature-tree", "glossary", "anticipated-questions"],
)
