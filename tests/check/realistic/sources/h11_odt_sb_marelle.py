from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx. Français : un réseau de six crèches associatives à Angers (La Marelle) veut une
    application pour les parents (absences, repas, transmissions du jour). Titres en MAJUSCULES pour une partie des
    sections, les autres en phrases ; les besoins en tableau sous leur titre (le tableau des besoins fusionné) ;
    le backlog en tableau de user stories ; l'arbre des fonctions en image ; pas de glossaire (missing) ; les
    questions attendues ont un titre sans rien dessous (empty).""",
    title="La Marelle – cahier des charges de l'application parents",
    cover=["Spécification et backlog – projet Expérience client", "Élise Pineau et Hugo Ménard, décembre 2026"],
    blocks=[
        H(1, "EN BREF", {"summary": "ok"}),
        P("La Marelle gère six crèches associatives à Angers, 240 enfants et 70 salariées. Les parents "
          "préviennent des absences par téléphone, les menus sont affichés sur une porte et les transmissions de "
          "la journée (sieste, repas, changes) sont écrites dans un cahier que les parents lisent en courant le "
          "soir. Le bureau de l'association nous demande une application simple pour les parents et une "
          "tablette par section pour les équipes. Ce document décrit le contexte, les besoins, le périmètre, "
          "les fonctions découpées en user stories, les exigences techniques, le budget et la manière dont "
          "l'association recevra l'application. Nous proposons une première version en avril 2027 pour deux "
          "crèches pilotes, puis les quatre autres à la rentrée, pour un budget de 58 000 euros. "
          "Le principal point à trancher avec le bureau est le coût annuel par enfant, plus élevé que prévu."),
        H(1, "QUI EST CONCERNÉ ?", {"context-stakeholders": "ok", "stakeholder-map": "ok"}),
        P("Le client est le bureau de l'association, présidé par une mère de famille bénévole, Mme Rabouin, "
          "avec une directrice générale salariée, Nadia Fontaine, qui sera notre interlocutrice chaque semaine. "
          "Les crèches sont financées par la Caisse d'allocations familiales et la ville d'Angers ; la CAF demande "
          "depuis 2025 un suivi précis des heures de présence, ce qui est aujourd'hui fait à la main par les "
          "directrices de crèche le vendredi soir. Les parents sont environ 430, de tous âges et de toutes "
          "habitudes numériques ; une partie ne lit pas bien le français. Les auxiliaires de puériculture "
          "remplissent les cahiers et ont peur de passer plus de temps sur un écran qu'avec les enfants. Le "
          "médecin de crèche veut accéder aux allergies. Enfin le prestataire informatique actuel gère la paie "
          "et la facturation dans un logiciel que nous ne pouvons pas remplacer. "
          "Le tableau ci-dessous classe ces acteurs selon leur poids dans la décision et l'intérêt qu'ils portent au projet."),
        T([["Acteur", "Influence", "Intérêt", "Attente principale"],
           ["Bureau de l'association", "forte", "fort", "un outil fiable et un budget tenu"],
           ["Directrices de crèche", "forte", "fort", "moins de saisie le vendredi"],
           ["Auxiliaires", "moyenne", "fort", "ne pas passer plus de temps sur l'écran"],
           ["Parents", "moyenne", "très fort", "savoir comment s'est passée la journée"],
           ["CAF et ville", "forte", "moyen", "des heures de présence exactes"],
           ["Éditeur du logiciel de paie", "faible", "faible", "un export propre"]]),
        H(1, "Ce dont chacun a besoin", {"needs-analysis": "ok", "needs-table": "ok"}),
        P("Nous avons rencontré les six directrices, passé une journée dans deux sections et interrogé 64 parents "
          "par questionnaire. Les besoins tombent en trois familles : les personnes, l'organisation du quotidien "
          "et l'argent. "
          "Côté humain, le constat le plus net vient des parents : sept sur dix disent ne jamais lire le cahier de transmissions en entier, faute de temps au moment de récupérer leur enfant. Côté logistique, les directrices passent en moyenne trois heures par semaine à recompter les présences et à rappeler les familles absentes. Côté argent, l'association sort d'une année en déficit et ne peut pas financer un projet qui coûterait plus cher chaque année que l'outil papier actuel, qui ne coûte presque rien. Le tableau détaille chaque besoin."),
        T([["Famille", "Besoin", "Qui l'a exprimé", "Priorité"],
           ["Humain", "recevoir les transmissions de la journée avant d'arriver", "parents", "haute"],
           ["Humain", "saisir en trois touches, avec des pictogrammes, sans clavier", "auxiliaires", "haute"],
           ["Humain", "lire l'application en arabe, en turc et en anglais", "parents", "moyenne"],
           ["Logistique", "prévenir d'une absence avant 8 h et libérer la place", "directrices", "haute"],
           ["Logistique", "voir les menus et les allergies de chaque enfant", "cuisine, médecin", "haute"],
           ["Logistique", "compter les heures de présence pour la CAF sans ressaisie", "directrices", "haute"],
           ["Financier", "ne pas dépasser 60 000 euros la première année", "bureau", "haute"],
           ["Financier", "un coût par an inférieur à 12 euros par enfant", "bureau", "moyenne"],
           ["Financier", "garder le logiciel de paie actuel", "bureau", "haute"]]),
        H(1, "OBJECTIFS ET LIMITES", {"objectives-scope": "ok"}),
        P("L'objectif est que, fin 2027, 90 % des familles reçoivent les transmissions par l'application, que "
          "les absences soient signalées avant 8 h dans huit cas sur dix et que les heures de présence partent "
          "vers la CAF sans aucune ressaisie. Entrent dans le périmètre : l'application parents sur téléphone, "
          "l'application des équipes sur tablette, l'export des heures et un tableau de bord pour les "
          "directrices. N'en font pas partie : la facturation, la paie, les inscriptions et la messagerie libre "
          "entre parents, que le bureau refuse. Les contraintes sont fortes : données d'enfants donc règlement "
          "européen sur les données et hébergement en France, tablettes lavables, réseau Wi-Fi faible dans deux "
          "crèches installées dans d'anciennes écoles, et une équipe qui ne pourra être formée qu'une heure, "
          "pendant la sieste. "
          "Le calendrier est lui aussi contraint : rien ne peut être installé en juillet et août, quand les crèches tournent avec des remplaçantes, et la CAF change son format d'export au 1er janvier 2028, ce qui impose une application capable de suivre ce changement sans tout refaire."),
        H(2, "Découpage fonctionnel", {"functional-breakdown": "ok", "feature-tree": "ok"}),
        P("Nous découpons l'application en quatre blocs livrés dans cet ordre : d'abord les absences et les "
          "heures de présence, qui soulagent tout de suite les directrices ; ensuite les transmissions de la "
          "journée ; puis les menus et les allergies ; enfin le tableau de bord. Chaque bloc est utilisable seul, "
          "ce qui permet de le tester en crèche avant de commencer le suivant. "
          "Les absences passent en premier parce que la CAF contrôle les heures dès le printemps ; le tableau de bord arrive en dernier, car il se nourrit des données des trois autres."),
        Img(["Absences et présences", "Transmissions", "Menus et allergies", "Tableau de bord"],
            "Les quatre blocs et leur ordre de livraison"),
        H(2, "BACKLOG", {"product-backlog": "ok"}),
        T([["N°", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "parent", "signaler une absence depuis mon téléphone", "libérer la place à temps", "M", "3"],
           ["US2", "directrice", "voir les heures de présence du mois", "les envoyer à la CAF", "M", "5"],
           ["US3", "auxiliaire", "noter une sieste en deux touches", "rester avec les enfants", "M", "3"],
           ["US4", "parent", "lire la journée de mon enfant à 17 h", "savoir s'il a bien mangé", "M", "5"],
           ["US5", "cuisinière", "voir les allergies de la section", "adapter les assiettes", "S", "3"],
           ["US6", "parent", "choisir ma langue", "comprendre les messages", "S", "2"],
           ["US7", "directrice", "suivre le taux de remplissage", "proposer les places libres", "C", "8"]]),
        H(1, "Exigences techniques", {"technical-requirements": "ok", "non-functional-requirements": "ok"}),
        P("L'application parents sera une application web installable, pour ne pas dépendre des magasins "
          "d'applications et fonctionner sur les vieux téléphones. Les tablettes des sections travailleront hors "
          "ligne et enverront les saisies dès que le réseau revient, car le Wi-Fi coupe dans deux crèches. Les "
          "données seront hébergées en France chez un hébergeur certifié pour les données de santé, à cause des "
          "allergies. L'export des heures produira le fichier attendu par la CAF et un fichier pour le logiciel "
          "de paie. La connexion des parents se fera par lien envoyé par SMS, sans mot de passe à retenir. "
          "Les tablettes seront gérées à distance, pour qu'une tablette perdue soit effacée dans l'heure. Nous ne stockerons aucune photo d'enfant dans cette première version : le bureau veut d'abord en discuter avec les familles et le délégué à la protection des données. Le code sera écrit avec des outils répandus, pour qu'un autre prestataire puisse le reprendre si nous ne sommes plus là. "
          "Le prestataire de la paie nous a confirmé qu'il sait lire un fichier tableur."),
        L(["Temps d'affichage de la journée d'un enfant : moins de 2 secondes sur un téléphone de 2019",
           "Disponibilité de 99,5 % entre 7 h et 19 h, jours ouvrés",
           "Accessibilité : contrastes et tailles de texte conformes au référentiel d'accessibilité public",
           "Sauvegarde chaque nuit, conservation des transmissions un an, puis suppression",
           "Journal des accès aux données de santé, consultable par la directrice générale"]),
        H(1, "Combien et avec qui ?", {"resources-budget": "ok"}),
        T([["Poste", "Jours", "Coût"],
           ["Conception et ateliers avec les équipes", "12", "7 200 €"],
           ["Développement des quatre blocs", "55", "33 000 €"],
           ["Tests en crèche pilote et corrections", "10", "6 000 €"],
           ["Douze tablettes lavables avec coques", "", "5 400 €"],
           ["Hébergement et SMS la première année", "", "4 100 €"],
           ["Formation pendant la sieste, six crèches", "4", "2 300 €"]]),
        P("Total : 58 000 euros la première année, puis environ 5 000 euros par an, soit un peu plus de 20 euros "
          "par enfant et par an ; nous devrons en parler avec le bureau, qui visait 12 euros. "
          "Les jours sont comptés au tarif moyen de 600 euros."),
        H(1, "Comment l'association recevra l'application", {"acceptance-delivery": "ok"}),
        P("Chaque bloc est livré sur un serveur de test, puis essayé deux semaines dans les crèches pilotes des "
          "Justices et de la Doutre. Une story est terminée quand elle fonctionne sur un téléphone ancien et sur "
          "la tablette, hors ligne compris, quand la directrice de la crèche pilote l'a validée dans la vraie "
          "journée et quand l'aide en ligne est écrite dans les trois langues. La recette finale se fait avec "
          "Nadia Fontaine sur une liste de 40 scénarios, dont l'export d'un mois complet vers la CAF comparé au "
          "calcul à la main. Les défauts bloquants doivent être corrigés avant l'ouverture aux quatre autres "
          "crèches ; les autres sont classés et planifiés. Nous remettons le code, la documentation et les accès à "
          "l'association, qui en reste propriétaire. "
          "Une garantie de trois mois couvre les défauts découverts après la mise en service."),
        H(1, "QUESTIONS QU'ON NOUS POSERA", {"anticipated-questions": "empty"}),
    ],
    missing=["glossary"],
)
