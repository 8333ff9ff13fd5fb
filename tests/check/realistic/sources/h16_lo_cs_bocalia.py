from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. python-docx
    document opened and saved again by LibreOffice Writer, in French: Bocalia, a Mulhouse company that washes and
    delivers returnable glass jars to organic grocers, launches Bocalia Pro, a returnable-container service for
    company canteens and caterers in southern Alsace. The authors' own headings, an opening summary of their own;
    bold Normal paragraphs instead of headings for the objectives, the positioning and the RACI; the segment
    grid is a table under its own heading; the promise is a two-column table; the roll-out and its budget share
    one heading and one table (deployment plan and budget merged). The positioning is two sentences (thin).
    Nobody drew the process map the project section announces (process map missing).""",
    title="Bocalia Pro : notre stratégie commerciale",
    cover=["Étude de cas n°1 – Bocalia", "Camille Hurth et Yanis Meyer – novembre 2026"],
    blocks=[
        H(1, "En bref", {}),
        P("Bocalia veut vendre aux cantines d'entreprise ce qu'elle réussit déjà avec les épiceries : des "
          "contenants en verre consignés, lavés et livrés. Nous proposons de viser d'abord les restaurants "
          "d'entreprise de 200 à 800 couverts autour de Mulhouse et de Bâle, avec une offre à l'abonnement."),
        H(1, "Bocalia et son marché aujourd'hui", {"market-diagnosis": "ok"}),
        P("Bocalia a été créée en 2021 à Mulhouse par deux anciens de l'industrie agroalimentaire. L'entreprise "
          "emploie quatorze personnes, possède une laverie industrielle de 900 mètres carrés à Illzach et livre "
          "chaque semaine 160 épiceries vrac et biocoops du Grand Est en bocaux consignés. Son chiffre d'affaires "
          "a atteint 1,7 million d'euros en 2025, mais la croissance ralentit : le vrac a perdu 20 % de ses "
          "ventes depuis 2022 et quatorze de ses clients ont fermé."),
        P("La laverie ne tourne qu'à 45 % de sa capacité. C'est la raison de ce projet. La loi AGEC impose depuis "
          "2023 la vaisselle réutilisable pour les repas servis sur place, et les entreprises qui proposent de la "
          "vente à emporter cherchent des solutions pour supprimer le jetable. Dans le sud de l'Alsace et à Bâle, "
          "nous avons recensé 230 restaurants d'entreprise et 85 traiteurs qui servent plus de 150 repas par "
          "jour. La plupart sont gérés par quatre grands prestataires de restauration collective, qui décident "
          "des achats au niveau régional."),
        P("La concurrence est encore faible. Deux acteurs nationaux proposent des boîtes en plastique "
          "réutilisable avec une application, à un prix que les cantines jugent élevé ; les prestataires lavent "
          "parfois eux-mêmes, mais leurs plonges ne sont pas dimensionnées. Bocalia a pour elle le verre, qui "
          "ne garde ni odeurs ni taches, une laverie déjà amortie et une image locale forte. Elle a contre elle "
          "le poids du verre pour les livreurs et aucune expérience des appels d'offres."),
        B("Objectifs chiffrés et indicateurs", {"commercial-objectives": "ok"}),
        P("D'ici fin 2027, nous voulons signer 25 sites de restauration d'entreprise et 10 traiteurs, soit "
          "environ 9 000 contenants en circulation chaque jour, et porter la laverie à 75 % de sa capacité. Le "
          "chiffre d'affaires de Bocalia Pro devrait atteindre 620 000 euros la première année pleine."),
        P("Nous suivrons chaque mois quatre indicateurs : le nombre de sites signés par rapport au plan, le taux "
          "de retour des contenants (il doit rester au-dessus de 92 %, sinon la consigne coûte trop cher), le "
          "taux d'occupation de la laverie et la satisfaction des chefs de cuisine, mesurée par un court "
          "questionnaire après trois mois. Un tableau partagé avec la direction les met à jour chaque lundi."),
        H(1, "À qui vendre, et comment se distinguer", {"stp": "ok"}),
        P("Nous avons découpé le marché selon deux critères qui changent tout pour une consigne : le nombre de "
          "repas par jour et la part de vente à emporter. Un restaurant d'entreprise de 500 couverts dont un "
          "tiers part en boîte n'a pas les mêmes besoins qu'un traiteur qui livre des plateaux à des réunions."),
        P("Nous retenons deux cibles pour 2027. D'abord les restaurants d'entreprise de 200 à 800 couverts "
          "gérés par un prestataire, parce qu'un seul contrat régional peut ouvrir dix sites et que la loi les "
          "oblige déjà à agir. Ensuite les traiteurs de plateaux-repas, plus petits mais qui décident vite et "
          "qui veulent afficher une image responsable. Les cantines scolaires sont laissées de côté : les "
          "marchés publics sont longs et le verre y est mal vu pour les jeunes enfants. Les grands restaurants "
          "inter-entreprises viendront plus tard, quand la laverie aura fait ses preuves."),
        H(2, "La grille des segments", {"segmentation": "ok"}),
        T([["Segment", "Taille (sud Alsace + Bâle)", "Besoin principal", "Qui décide", "Attractivité", "Choix"],
           ["Restaurants d'entreprise 200-800 couverts", "140 sites", "supprimer le jetable à emporter", "prestataire régional", "forte", "cible 1"],
           ["Grands restaurants inter-entreprises", "20 sites", "volumes énormes, lavage sur place", "prestataire national", "moyenne", "plus tard"],
           ["Traiteurs de plateaux-repas", "85 entreprises", "image et réduction des déchets", "le gérant", "forte", "cible 2"],
           ["Cantines scolaires", "310 sites", "conformité, sécurité", "collectivité", "faible", "écarté"]]),
        B("Positionnement", {"positioning": "thin"}),
        P("Bocalia Pro sera la consigne en verre locale des cantines : plus propre et plus durable que le "
          "plastique, livrée et lavée à moins de 50 kilomètres."),
        H(1, "Ce que nous promettons", {"value-proposition": "ok"}),
        T([["Ce que vit le chef de cuisine", "Ce que Bocalia Pro apporte"],
           ["des boîtes jetables qui coûtent 0,18 € pièce et remplissent les poubelles", "un contenant en verre consigné à 0,11 € par usage, sans déchet"],
           ["une plonge déjà saturée à 14 h", "les contenants sales repartent le soir, propres le lendemain matin"],
           ["des clients qui oublient de rapporter les boîtes", "un bac de retour dans le hall et une consigne remboursée par badge"],
           ["la peur de la casse", "verre trempé, casse remplacée sans frais jusqu'à 3 %"]]),
        H(1, "Produit, prix, distribution, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Offre", "trois formats de contenants en verre avec couvercle, lavage, livraison et bacs de retour"],
           ["Prix", "abonnement mensuel au nombre de repas : 0,11 € par usage, sans frais d'installation"],
           ["Distribution", "vente directe aux prestataires régionaux et aux traiteurs, livraison par nos deux camions"],
           ["Communication", "visites de la laverie, témoignage d'un premier client, salon Restau'Co de Strasbourg"],
           ["Services", "affiches pour les convives, bilan mensuel des déchets évités envoyé au client"]]),
        H(1, "Calendrier de lancement et budget", {"deployment-plan": "ok", "commercial-budget": "ok"}),
        P("Le lancement se fait par étapes, pour ne pas immobiliser trop de contenants avant d'avoir signé."),
        T([["Étape", "Quand", "Qui", "Coût", "Indicateur"],
           ["Pilote avec deux restaurants d'entreprise", "janvier-mars 2027", "Yanis, un livreur", "18 000 €", "taux de retour ≥ 92 %"],
           ["Achat de 12 000 contenants", "février 2027", "direction", "54 000 €", "stock disponible"],
           ["Recrutement d'un commercial", "mars 2027", "direction", "48 000 € par an", "poste pourvu"],
           ["Démarchage des prestataires régionaux", "avril-juin 2027", "commercial", "6 000 €", "4 rendez-vous par mois"],
           ["Salon Restau'Co", "juin 2027", "commercial, Camille", "7 500 €", "40 contacts qualifiés"],
           ["Extension aux traiteurs", "septembre 2027", "commercial", "3 000 €", "10 traiteurs signés"],
           ["Total de la première année", "", "", "136 500 €", ""]]),
        H(1, "Comment nous allons conduire le projet", {"project-processes": "ok"}),
        P("Bocalia est une petite équipe : le projet doit rester lisible pour tout le monde, du livreur au "
          "directeur. Nous avons donc choisi un fonctionnement simple, en trois rendez-vous. Chaque lundi matin, "
          "une réunion de vingt minutes debout dans la laverie réunit le commercial, le responsable de la "
          "laverie et un livreur ; on y regarde les quatre indicateurs et les problèmes de la semaine. Chaque "
          "mois, un comité avec les deux fondateurs décide des nouvelles signatures et des achats de contenants. "
          "Chaque trimestre, nous revoyons le plan de lancement avec les chiffres réels."),
        P("Un nouveau client suit toujours le même chemin : premier rendez-vous, visite de la laverie, essai "
          "gratuit de deux semaines, signature, installation des bacs et formation de l'équipe de cuisine, puis "
          "un appel à un mois et un bilan à trois mois. Ce chemin est écrit sur une page affichée au bureau, avec "
          "le nom de la personne responsable de chaque étape. Les problèmes de qualité, comme un contenant mal "
          "lavé ou une livraison en retard, sont notés dans un cahier partagé et traités dans la semaine. Nous "
          "avions prévu de dessiner ce chemin sous forme de schéma, mais nous ne l'avons pas encore fait."),
        B("Qui fait quoi ?", {"raci": "ok"}),
        T([["Activité", "Fondateurs", "Commercial", "Resp. laverie", "Livreurs"],
           ["Choisir les clients cibles", "A", "R", "C", "I"],
           ["Négocier et signer", "A", "R", "I", "I"],
           ["Installer les bacs, former la cuisine", "I", "A", "C", "R"],
           ["Laver et contrôler les contenants", "I", "I", "A/R", "C"],
           ["Suivre les indicateurs", "A", "R", "C", "I"],
           ["Traiter une réclamation", "I", "A", "R", "C"]]),
    ],
    missing=["process-map"],
)
