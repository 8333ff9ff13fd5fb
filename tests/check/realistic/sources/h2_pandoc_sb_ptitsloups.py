from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    language="fr",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French, an app linking parents and staff in a network of nine non-profit nurseries in Nantes. Numbered
    headings, a question heading, one in upper case; the stories and the functions as tables; the feature tree
    heading has nothing under it (empty); no glossary (missing); the acceptance part is a short paragraph
    (thin).""",
    title="Les P'tits Loups – Application familles : cahier des charges et backlog",
    cover=["Étude de cas n°1 – Léa Moreau, décembre 2026"],
    blocks=[
        H(1, "En bref", {"summary": "ok"}),
        P("Les P'tits Loups gèrent neuf crèches associatives à Nantes et Rezé, soit 312 places et 96 salariés. "
          "Aujourd'hui, les parents reçoivent les nouvelles de la journée sur un cahier papier, les absences "
          "arrivent par téléphone ou par SMS sur le portable personnel des directrices, et les factures partent "
          "par courrier. Ce document décrit l'application que l'association veut proposer aux 480 familles : "
          "le fil de la journée de l'enfant, le signalement des absences, les messages avec l'équipe et les "
          "factures. Il présente le contexte, les besoins recueillis lors de six ateliers, le périmètre, les "
          "fonctions découpées en deux lots, les user stories du premier lot, les exigences techniques, le "
          "budget estimé à 118 000 euros et la manière dont l'association validera chaque livraison. Le premier "
          "lot doit être en service à la rentrée de septembre 2027."),
        H(1, "1. Le réseau et ceux qui comptent", {"context-stakeholders": "ok"}),
        P("L'association a été créée en 1986 par des parents du quartier Zola. Elle a grandi crèche par crèche, "
          "et chaque directrice a gardé ses habitudes : deux crèches utilisent déjà un groupe WhatsApp avec les "
          "parents, ce que le conseil d'administration veut arrêter pour des raisons de confidentialité, les "
          "autres n'ont rien. Le siège, trois personnes, s'occupe des inscriptions, de la paie et de la "
          "facturation avec un logiciel de gestion de crèche, Kidizz Gestion, qui n'a pas de module pour les "
          "familles."),
        P("Le donneur d'ordre est le conseil d'administration, présidé par Hélène Rousseau, qui a voté un budget "
          "de 130 000 euros financé pour moitié par la Caisse d'allocations familiales dans le cadre de son fonds "
          "d'innovation. La directrice générale, Sophie Le Gall, porte le projet au quotidien. Les directrices "
          "des crèches et les auxiliaires de puériculture seront les premières utilisatrices côté équipe, et les "
          "plus inquiètes : elles craignent de passer leur journée sur une tablette au lieu de s'occuper des "
          "enfants. Les parents, enfin, sont très divers : beaucoup sont à l'aise avec les applications, mais "
          "une partie des familles lit mal le français ou n'a qu'un vieux téléphone. La CAF et la PMI du "
          "département ont aussi leur mot à dire, la première comme financeur, la seconde parce qu'elle contrôle "
          "les dossiers médicaux des enfants. Enfin, l'éditeur de Kidizz Gestion n'est pas partie au "
          "projet, mais sans son export de données rien ne fonctionne : nous l'avons rencontré deux fois et il "
          "s'est engagé par écrit à maintenir le format de son fichier."),
        H(2, "Qui pèse quoi ?", {"stakeholder-map": "ok"}),
        T([["Acteur", "Rôle", "Ce qu'il attend", "Influence", "Intérêt", "Comment on l'associe"],
           ["Conseil d'administration", "décide et finance", "confidentialité, coût maîtrisé", "5", "3", "validation à chaque lot"],
           ["Directrice générale", "porte le projet", "moins d'appels, moins de papier", "4", "5", "point chaque semaine"],
           ["Directrices de crèche", "utilisatrices clés", "un outil rapide, pas de double saisie", "4", "4", "ateliers et tests"],
           ["Auxiliaires", "saisissent le fil de la journée", "quelques gestes seulement", "2", "4", "tests en crèche"],
           ["Familles", "utilisateurs finaux", "nouvelles de l'enfant, factures", "3", "5", "panel de 20 parents"],
           ["CAF", "cofinanceur", "innovation, accès pour tous", "4", "2", "bilan à mi-parcours"]]),
        H(1, "2. Ce dont les familles et les équipes ont besoin", {"needs-analysis": "ok"}),
        P("Nous avons animé six ateliers d'une heure et demie en octobre : trois avec des parents, deux avec des "
          "équipes de crèche et un avec le siège. Nous avons aussi passé une journée entière dans la crèche "
          "Zola pour compter les appels et les messages reçus. Ce jour-là, la directrice a reçu 23 appels, dont "
          "14 pour signaler une absence ou un retard, et a passé près d'une heure à recopier des informations du "
          "cahier papier."),
        P("Côté humain, les parents veulent surtout savoir comment s'est passée la journée : repas, sieste, "
          "change, une photo de temps en temps. Les équipes veulent pouvoir noter ces informations en quelques "
          "gestes, à plusieurs sur la même tablette, sans perdre le contact avec les enfants. Les directrices "
          "veulent que les absences arrivent par écrit, horodatées, et non plus sur leur téléphone personnel. "
          "Côté logistique, chaque section a besoin d'une tablette robuste, d'un réseau Wi-Fi qui couvre les "
          "dortoirs et d'une procédure quand la tablette est en panne. Côté financier, l'association doit rester "
          "dans l'enveloppe votée, et chaque crèche doit pouvoir absorber l'abonnement annuel dans son budget de "
          "fonctionnement, soit moins de 1 500 euros par an et par crèche. Les familles ne doivent rien payer de "
          "plus. Un dernier besoin est apparu dans tous les ateliers sans que personne ne le formule ainsi : "
          "garder le lien humain. Les parents ne veulent pas que l'application remplace le mot dit à la porte le "
          "soir, et les équipes ne veulent pas devenir joignables à toute heure. Les messages ne seront donc lus "
          "par l'équipe qu'aux heures d'ouverture, et l'application le dira clairement aux familles."),
        H(2, "Tableau récapitulatif", {"needs-table": "ok"}),
        T([["N°", "Nature", "Besoin", "Qui l'a dit", "Pourquoi", "Priorité"],
           ["B1", "humain", "suivre la journée de l'enfant", "parents", "première question du soir", "Must"],
           ["B2", "humain", "signaler une absence par écrit", "directrices", "23 appels par jour", "Must"],
           ["B3", "logistique", "une tablette par section", "équipes", "saisie sur place", "Must"],
           ["B4", "humain", "messages traduits automatiquement", "parents", "familles non francophones", "Should"],
           ["B5", "financier", "factures en ligne", "siège", "frais de courrier", "Should"],
           ["B6", "financier", "abonnement sous 1 500 € par crèche", "conseil", "budget de fonctionnement", "Must"]]),
        H(1, "3. Ce que l'appli fera, et ne fera pas", {"objectives-scope": "ok"}),
        P("L'objectif est qu'à la fin de l'année scolaire 2027-2028, au moins 85 % des familles utilisent "
          "l'application chaque semaine, que les appels pour absence baissent de moitié et que le cahier papier "
          "disparaisse des neuf crèches. Le premier lot, livré en septembre 2027, couvre le fil de la journée, "
          "les absences et la messagerie. Le second, en janvier 2028, ajoute les factures, les documents à signer "
          "et la traduction des messages."),
        P("Ne font pas partie du projet : les inscriptions, qui restent gérées par le siège dans Kidizz Gestion, "
          "le dossier médical de l'enfant, que la PMI nous a demandé de ne pas toucher, et le paiement en ligne. "
          "Les contraintes sont fortes : les données concernent des enfants de moins de trois ans, elles doivent "
          "être hébergées en France, et l'application doit fonctionner sur des téléphones Android de plus de cinq "
          "ans. Le calendrier est fixé par la rentrée ; si nous prenons du retard, c'est la messagerie qui glisse, "
          "pas les absences. Enfin, le conseil d'administration a posé une limite simple : aucune fonction ne "
          "doit obliger une auxiliaire à quitter les enfants des yeux plus d'une minute."),
        H(1, "4. Fonctions, lot par lot", {"functional-breakdown": "ok"}),
        T([["Réf.", "Fonction", "Ce qu'elle fait", "Critère", "Niveau visé", "Souplesse", "Lot", "Dépend de"],
           ["F1", "Fil de la journée", "repas, sieste, change et photos saisis par l'équipe", "temps de saisie", "moins de 20 s par enfant", "faible", "1", "–"],
           ["F2", "Absences", "le parent déclare une absence ou un retard", "délai de lecture", "vu avant 9 h", "faible", "1", "–"],
           ["F3", "Messagerie", "échanges parent – équipe de la section", "réponse", "dans la journée", "moyenne", "1", "F1"],
           ["F4", "Factures", "consultation et téléchargement des factures", "exactitude", "identique à Kidizz", "moyenne", "2", "export Kidizz"],
           ["F5", "Documents", "autorisations signées en ligne", "valeur légale", "signature simple", "forte", "2", "F3"],
           ["F6", "Traduction", "messages traduits en six langues", "compréhension", "test avec 5 familles", "forte", "2", "F3"]]),
        H(2, "Schéma des fonctions", {"feature-tree": "empty"}),
        H(1, "5. Stories priorisées", {"product-backlog": "ok"}),
        T([["ID", "Thème", "Story", "Acceptation", "MoSCoW", "Points", "Sprint"],
           ["US1", "Fil", "En tant qu'auxiliaire, je veux noter le repas de cinq enfants d'un coup afin de ne pas lâcher le groupe", "Étant donné cinq enfants cochés, quand je choisis « bien mangé », alors les cinq fils sont mis à jour", "Must", "5", "1"],
           ["US2", "Fil", "En tant que parent, je veux voir la sieste de mon enfant afin d'adapter la soirée", "Étant donné une sieste saisie, quand j'ouvre l'appli, alors je vois début et fin", "Must", "3", "1"],
           ["US3", "Absences", "En tant que parent, je veux signaler une absence avant 8 h afin d'éviter d'appeler", "Étant donné une absence envoyée, quand la directrice ouvre la tablette, alors elle la voit en haut", "Must", "3", "2"],
           ["US4", "Messages", "En tant que directrice, je veux envoyer une annonce à toute la crèche afin de prévenir d'une fermeture", "Étant donné une annonce, quand je l'envoie, alors chaque famille reçoit une notification", "Should", "5", "3"],
           ["US5", "Messages", "En tant que parent, je veux écrire à la section de mon enfant afin de prévenir d'un rendez-vous", "Étant donné un message, quand l'équipe le lit, alors je vois « lu »", "Should", "3", "3"]]),
        H(1, "6. Côté technique", {"technical-requirements": "ok"}),
        P("L'application sera une application web progressive, installable depuis le navigateur, plutôt que deux "
          "applications natives : elle fonctionne sur les vieux Android comme sur les iPhone, elle se met à jour "
          "sans passer par les magasins d'applications, et elle coûte environ 30 % de moins à développer. Les "
          "tablettes des sections utiliseront la même application, en mode équipe, avec un code à quatre "
          "chiffres par salarié pour savoir qui a saisi quoi."),
        P("Les données seront hébergées chez un hébergeur français certifié pour les données de santé, même si "
          "nous ne stockons pas de dossier médical : une note sur un change ou une fièvre en est très proche, "
          "et la PMI nous l'a conseillé. Les comptes des familles sont créés à partir d'un export hebdomadaire "
          "de Kidizz Gestion, ce qui évite toute double saisie ; l'éditeur fournit cet export en CSV et nous "
          "avons vérifié qu'il contient les champs utiles. Les factures seront lues dans le même export à partir "
          "du lot 2. Les photos sont stockées trente jours puis supprimées, sauf si le parent les télécharge. "
          "Chaque crèche ne voit que ses enfants, chaque parent que les siens ; les accès du siège sont tracés. "
          "Le Wi-Fi des crèches sera renforcé dans les dortoirs, et la tablette garde les saisies hors ligne "
          "pendant une coupure pour les envoyer au retour du réseau. Le code source appartiendra à "
          "l'association, qui pourra changer d'agence sans repartir de zéro."),
        H(2, "Performances, sécurité, accessibilité", {"non-functional-requirements": "ok"}),
        T([["Domaine", "Exigence", "Cible", "Vérification"],
           ["Rapidité", "ouverture du fil sur un vieux téléphone", "moins de 3 s en 4G", "test sur un Android de 2019"],
           ["Disponibilité", "service ouvert de 7 h à 19 h", "99,5 % par mois", "rapport de l'hébergeur"],
           ["Sécurité", "données chiffrées, accès tracés", "aucune faille critique", "audit avant chaque lot"],
           ["Accessibilité", "lisible pour tous les parents", "niveau AA", "audit RGAA simplifié"]]),
        H(1, "7. Combien, et avec qui", {"resources-budget": "ok"}),
        T([["Poste", "Quantité", "Prix unitaire", "Total"],
           ["Développement par l'agence nantaise retenue", "110 jours", "650 €", "71 500 €"],
           ["Design et tests avec les familles", "18 jours", "600 €", "10 800 €"],
           ["Tablettes durcies avec coque", "24", "420 €", "10 080 €"],
           ["Bornes Wi-Fi pour les dortoirs", "18", "260 €", "4 680 €"],
           ["Hébergement certifié, première année", "1", "6 000 €", "6 000 €"],
           ["Cheffe de projet interne, temps partiel", "60 jours", "160 €", "9 600 €"],
           ["Formation des 96 salariés en crèche, par petits groupes", "12 demi-journées", "0 €, faite par la cheffe de projet", "compris ci-dessus"],
           ["Marge pour imprévus, surtout pour l'export Kidizz", "–", "–", "5 340 €"],
           ["Total", "", "", "118 000 €"]]),
        H(1, "8. Comment on valide et on livre", {"acceptance-delivery": "thin"}),
        P("Chaque sprint se termine par une démonstration à la directrice générale et à deux directrices. Une "
          "story est terminée quand elle est testée sur une tablette de crèche et sur un vieux téléphone, et "
          "acceptée par la directrice générale. Le lot 1 est testé en juin dans deux crèches avant d'être "
          "ouvert aux neuf."),
        H(1, "Questions qu'on nous posera sûrement", {"anticipated-questions": "ok"}),
        T([["Question", "Notre réponse", "Où c'est écrit"],
           ["Pourquoi pas WhatsApp, que les parents connaissent ?", "les données des enfants partiraient hors d'Europe, sans contrôle de l'association", "partie 6"],
           ["Et les familles sans smartphone ?", "le cahier papier reste possible la première année, et la directrice peut imprimer le fil", "partie 3"],
           ["Les équipes auront-elles le temps de saisir ?", "la saisie groupée est la première story, testée en crèche", "partie 5"]]),
    ],
    missing=["glossary"],
)
