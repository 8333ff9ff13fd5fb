from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, French: Bordée, a La Rochelle start-up of six people, sells a booking and member-management web app to
    sailing schools and nautical clubs. Numbered headings in the founder's own words, two of them questions; the
    marketing mix split over two headings (the levers, then a pricing grid with the three plans); the heading for
    what the app promises the clubs has nothing under it (empty); the deployment table gives a budget per action
    but there is no quarterly budget (missing, optional), no process drawing (missing, optional) and no RACI
    (missing): the way the team works is written as prose only.""",
    title="Bordée – Stratégie commerciale 2027",
    cover=["Stratégie commerciale et process de mise en œuvre",
           "Maëlys Guérin, cofondatrice – étude de cas n° 1, décembre 2026"],
    blocks=[
        H(1, "1. Bordée face aux clubs nautiques", {"market-diagnosis": "ok"}),
        P("Bordée est une application web qui permet à une école de voile de vendre ses stages en ligne, de "
          "remplir ses plannings de moniteurs et de bateaux, et de suivre ses adhérents à l'année. Elle existe "
          "depuis 2024 ; 41 structures l'utilisent, presque toutes en Charente-Maritime et en Vendée, pour un "
          "chiffre d'affaires de 118 000 euros en 2026."),
        P("La France compte environ 1 000 clubs affiliés à la fédération de voile et quelque 400 écoles privées "
          "ou centres nautiques municipaux. Une moitié travaille encore avec un tableur et un paiement sur place ; "
          "l'autre utilise soit un logiciel généraliste de réservation de loisirs, soit l'outil de licences de la "
          "fédération, qui ne gère ni les stages ni la flotte. Deux concurrents comptent vraiment : un logiciel "
          "de réservation pour activités de plein air, bien connu des offices de tourisme mais cher et peu "
          "adapté aux bateaux, et une solution gratuite financée par une commission de 5 % sur chaque stage, que "
          "les clubs associatifs trouvent injuste l'été, quand ils vendent le plus."),
        P("Nos forces : un produit pensé avec des chefs de base, la gestion des bateaux et des marées, un "
          "support assuré par d'anciens moniteurs. Nos faiblesses : une petite équipe, une notoriété limitée à "
          "l'Atlantique et une application mobile encore absente. L'opportunité est nette : les collectivités "
          "poussent les centres municipaux à vendre en ligne, et la fédération recommande désormais des outils "
          "agréés. La menace principale : qu'un gros éditeur de loisirs ajoute un module voile à son offre."),
        H(1, "2. Ce qu'on vise en 2027, et comment on le suivra", {"commercial-objectives": "ok"}),
        L(["Passer de 41 à 120 structures clientes au 31 décembre 2027 ; suivi : nombre de contrats signés, "
           "chaque mois",
           "Atteindre 330 000 euros de chiffre d'affaires annuel récurrent ; suivi : revenu récurrent mensuel "
           "dans l'outil de facturation",
           "Signer 15 structures en Bretagne et 15 en Méditerranée d'ici septembre ; suivi : contrats par région",
           "Transformer 25 % des démonstrations en abonnements ; suivi : taux de conversion dans le CRM, "
           "chaque semaine",
           "Garder au moins 92 % des clients d'une saison à l'autre ; suivi : taux de renouvellement en "
           "novembre"]),
        P("Ces cinq chiffres sont affichés sur un tableau de bord partagé que les deux associées regardent "
          "chaque lundi matin. Si l'un d'eux décroche deux mois de suite, "
          "nous revoyons le plan d'actions avant de revoir l'objectif."),
        H(1, "3. À qui vendre en premier ?", {"stp": "ok"}),
        P("Nous avons découpé le marché en quatre groupes selon le statut de la structure et sa taille, parce "
          "que ce sont ces deux critères qui décident de qui achète et avec quel budget. Nous visons d'abord les "
          "écoles privées et les centres municipaux de taille moyenne : ils vendent beaucoup de stages l'été, "
          "ont un responsable qui décide seul ou avec un élu, et souffrent le plus du paiement sur place. Les "
          "clubs associatifs de plus de 300 adhérents sont notre deuxième cible, car la fédération les pousse "
          "vers des outils agréés. Nous laissons volontairement de côté les très petits clubs, qui n'ont ni "
          "budget ni salarié, et les bases de loisirs multi-activités, que les logiciels généralistes servent "
          "déjà correctement. Le choix se fait aussi par la géographie : l'Atlantique d'abord, où nous sommes "
          "connus, puis la Méditerranée, dont la saison plus longue rend l'outil rentable plus vite."),
        H(2, "3.1 Les segments passés au crible", {"segmentation": "ok"}),
        T([["Groupe", "Qui", "Nombre en France", "Ce qui les gêne", "Intérêt (1 à 5)", "Notre choix"],
           ["Écoles privées", "sociétés de 3 à 20 moniteurs", "environ 250", "paiement sur place, plannings",
            "5", "cible principale"],
           ["Centres municipaux", "régies ou délégations de service public", "environ 150",
            "obligation de vente en ligne", "4", "cible principale"],
           ["Grands clubs associatifs", "plus de 300 adhérents", "environ 200", "licences et stages séparés",
            "3", "cible secondaire"],
           ["Petits clubs", "moins de 100 adhérents, bénévoles", "environ 600", "peu de besoins outillés", "1",
            "non"]]),
        H(2, "3.2 Notre place", {"positioning": "ok"}),
        P("Pour les écoles de voile et les centres nautiques qui vendent des stages l'été et gèrent une flotte, "
          "Bordée est l'outil de réservation conçu par des gens de la voile qui relie en un seul endroit les "
          "stages, les moniteurs et les bateaux, à un prix fixe connu d'avance, contrairement aux logiciels de "
          "loisirs généralistes qui ignorent les bateaux et aux solutions à commission qui prennent une part de "
          "chaque stage vendu. Sur une carte qui croise la spécialisation voile et la prévisibilité du coût, "
          "nous sommes seuls dans le coin « très spécialisé, coût fixe »."),
        H(1, "4. Ce qu'on promet aux clubs", {"value-proposition": "empty"}),
        H(1, "5. Produit, prix, canaux, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Ce qu'on décide", "Pourquoi"],
           ["Produit", "application web, module marées et flotte, application mobile pour les moniteurs en juin",
            "les chefs de base veulent voir le planning sur l'eau"],
           ["Prix", "abonnement annuel fixe en trois formules, sans commission",
            "la commission est ce que les clubs reprochent le plus aux concurrents"],
           ["Canaux", "vente directe en visio, stands aux salons nautiques, partenariat avec deux ligues "
            "régionales", "les décideurs sont peu nombreux et se connaissent"],
           ["Communication", "témoignages de chefs de base, webinaires avant la saison, parrainage entre "
            "clubs", "un club croit un autre club plus qu'une publicité"],
           ["Accompagnement", "mise en service faite par un ancien moniteur, support 7 jours sur 7 l'été",
            "le pic de questions tombe en juillet, le week-end"]]),
        H(2, "5.1 Nos trois formules", {"marketing-mix": "ok"}),
        T([["Formule", "Pour qui", "Prix annuel HT", "Ce qui est inclus"],
           ["Mouillage", "clubs jusqu'à 150 adhérents", "690 €", "réservations en ligne, paiement, adhésions"],
           ["Croisière", "écoles et centres moyens", "1 490 €", "tout Mouillage, flotte, plannings des "
            "moniteurs, marées"],
           ["Grand large", "structures de plus de 800 stagiaires par an", "2 900 €", "tout Croisière, plusieurs "
            "sites, export comptable, formation sur place"]]),
        P("Le premier mois est offert aux clubs parrainés, et la mise en service est facturée 250 euros sauf "
          "pour la formule Grand large, où elle est comprise."),
        H(1, "6. Le plan d'attaque, trimestre par trimestre", {"deployment-plan": "ok"}),
        T([["Action", "Pour qui", "But", "Par où", "Qui", "Quand", "Budget", "On regarde"],
           ["Webinaire « préparer sa saison »", "écoles privées", "120 inscrits, 30 démonstrations",
            "emailing, ligues", "Maëlys", "janvier-février", "1 500 €", "démonstrations obtenues"],
           ["Salon Nautic et salon de La Rochelle", "toutes cibles", "60 contacts qualifiés", "stand partagé",
            "Hugo", "décembre, septembre", "9 000 €", "contacts puis signatures"],
           ["Partenariat ligues Bretagne et Occitanie", "grands clubs", "30 clubs présentés", "ligues",
            "Maëlys", "mars-juin", "4 000 €", "clubs signés par région"],
           ["Prospection des centres municipaux", "centres municipaux", "40 rendez-vous", "téléphone, visio",
            "Inès", "février-mai", "2 000 €", "taux de conversion"],
           ["Programme de parrainage", "clients actuels", "20 nouveaux clients", "espace client",
            "Hugo", "toute l'année", "3 000 €", "clients parrainés"]]),
        H(1, "7. Comment l'équipe travaille au quotidien", {"project-processes": "ok"}),
        P("L'équipe commerciale, c'est trois personnes : moi pour les ligues et les grands comptes, Hugo pour "
          "les salons et le parrainage, Inès pour la prospection des centres municipaux. Tout passe par le CRM : "
          "un contact entre dans le pipeline dès qu'il laisse ses coordonnées, il est rappelé sous 48 heures, "
          "puis il reçoit une démonstration en visio de trente minutes. Après la démonstration, le club reçoit "
          "un devis et un compte d'essai de quinze jours ; s'il signe, Inès planifie la mise en service avec "
          "Tom, notre ancien moniteur, qui configure la flotte et forme le chef de base en deux heures."),
        P("Les demandes d'évolution des clients arrivent au support, sont notées dans un tableau partagé avec "
          "les développeurs et triées chaque vendredi par Clément, l'associé technique, qui décide de ce qui "
          "entre dans la version du mois. Les décisions commerciales, par exemple une remise au-delà de 15 % ou "
          "un partenariat, sont prises par les deux associées le lundi. Chaque fin de mois, un compte rendu "
          "d'une page, avec les cinq indicateurs du tableau de bord, est envoyé à toute l'équipe et à notre "
          "investisseur. Quelqu'un qui nous rejoint en cours d'année peut ainsi lire où en est chaque client."),
    ],
    missing=["commercial-budget", "process-map", "raci"],
)
