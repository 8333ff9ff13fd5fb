from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, French: Ondulo, a 14-person company in Rezé (Nantes) that makes acoustic panels from recycled textile
    felt, wants to stop selling panel by panel to end customers and sell through architects and office fit-out
    firms. The authors' own lettered headings ("A.", "B.", ... with "C.1"-style sub-headings), some as questions
    ("C. Qui sont nos clients, au fond ?"); the segment table sits under "C.1 Cinq familles de clients"; the rollout
    plan and what it costs share one heading and one table with a cost column (merged); the promise is a short
    before/after table; the process map is a drawn picture. The team deleted the RACI part (missing).""",
    title="Ondulo – stratégie commerciale 2027-2028",
    cover=["Étude de cas 1 – Lina Perraud, Maxime Le Goff, Awa Diallo", "Décembre 2026"],
    blocks=[
        H(1, "A. Où en est Ondulo ?", {"market-diagnosis": "ok"}),
        P("Ondulo fabrique à Rezé des panneaux acoustiques en feutre issu de vêtements recyclés, collectés par le "
          "Relais et Emmaüs dans l'Ouest. Créée en 2021, l'entreprise emploie quatorze personnes et a réalisé "
          "1,3 million d'euros de chiffre d'affaires en 2026, dont 70 % auprès de clients finaux : des restaurants, "
          "des écoles de musique, quelques PME qui ont découvert les panneaux sur les salons ou sur Instagram. "
          "Chaque vente est petite (3 800 euros en moyenne) et demande beaucoup de temps : visite, devis, "
          "échantillons, pose par un artisan que le client doit trouver lui-même."),
        P("Le marché est pourtant porteur. Depuis le retour au bureau après 2021, les entreprises réaménagent leurs "
          "plateaux ouverts et se plaignent du bruit ; le marché français de la correction acoustique des bureaux "
          "est estimé à 420 millions d'euros et croît d'environ 6 % par an. Les décideurs ne sont pas les "
          "utilisateurs : ce sont les architectes d'intérieur et les entreprises d'aménagement de bureaux qui "
          "choisissent les produits et les mettent dans leurs descriptifs. Face à nous, deux géants européens du "
          "panneau en mousse ou en laine de verre, moins chers de 20 %, et une dizaine d'acteurs du feutre recyclé, "
          "souvent importé. Notre force est réelle : un produit fabriqué à 40 km de Nantes, classé au feu, avec une "
          "fiche environnementale publiée. Notre faiblesse aussi : aucun prescripteur ne nous connaît, et notre "
          "catalogue tient dans un PDF."),

        H(1, "B. Ce que nous voulons atteindre", {"commercial-objectives": "ok"}),
        P("D'ici fin 2028, nous voulons que la prescription devienne notre premier canal. Nos objectifs sont "
          "chiffrés et suivis chaque mois par la direction :"),
        L(["chiffre d'affaires de 2,4 millions d'euros en 2028, dont 60 % via des architectes ou des aménageurs ;",
           "40 cabinets d'architecture ayant inscrit Ondulo dans au moins un descriptif, contre 6 aujourd'hui ;",
           "5 aménageurs de bureaux sous contrat-cadre dans le Grand Ouest et en Île-de-France ;",
           "panier moyen porté de 3 800 à 11 000 euros ;",
           "taux de transformation des devis de 22 % à 35 %."]),
        P("Les indicateurs de pilotage : nombre de rendez-vous prescripteurs par mois, nombre de descriptifs "
          "obtenus, devis émis et signés, délai entre le premier contact et la commande. Ils sont tirés du CRM et "
          "revus en comité le premier lundi du mois."),

        H(1, "C. Qui sont nos clients, au fond ?", {"stp": "ok"}),
        P("Nous avons longtemps vendu à tous ceux qui nous appelaient. En reprenant nos 340 commandes depuis 2022, "
          "nous voyons cinq familles très différentes par la taille des projets, la personne qui décide et la "
          "durée du cycle de vente. Les restaurants et les écoles achètent vite mais peu ; les grands comptes "
          "achètent beaucoup mais passent par des appels d'offres que nous ne savons pas gagner. Entre les deux, "
          "les architectes d'intérieur et les aménageurs de bureaux prescrivent des centaines de mètres carrés "
          "par an et cherchent des matériaux dont ils peuvent prouver l'origine. Nous choisissons donc de viser en "
          "priorité ces deux familles de prescripteurs, et de garder les restaurants en vente directe par le site, "
          "sans effort commercial dédié. Les écoles de musique restent une cible d'opportunité : nous répondons "
          "à leurs demandes sans les chercher. Les grands comptes attendront 2029, quand nous aurons les "
          "références et la capacité de production qu'ils exigent."),
        H(2, "C.1 Cinq familles de clients", {"segmentation": "ok"}),
        T([["Famille", "Taille (France)", "Qui décide", "Projet moyen", "Cycle de vente", "Notre choix"],
           ["Architectes d'intérieur", "≈ 2 900 cabinets", "l'architecte, puis le client", "14 000 €", "4 à 8 mois",
            "cible prioritaire"],
           ["Aménageurs de bureaux", "≈ 350 entreprises", "le chef de projet", "22 000 €", "2 à 4 mois",
            "cible prioritaire"],
           ["Restaurants et cafés", "≈ 175 000", "le gérant", "3 200 €", "2 semaines", "vente en ligne seulement"],
           ["Écoles de musique, salles", "≈ 4 000", "la mairie", "6 500 €", "6 mois et plus", "opportuniste"],
           ["Grands comptes, sièges", "≈ 600", "les achats", "80 000 €", "12 mois", "pas avant 2029"]]),
        H(2, "C.2 Notre place face aux autres", {"positioning": "ok"}),
        P("Pour un architecte qui doit justifier ses choix devant un client attentif au bilan carbone, Ondulo est "
          "le panneau acoustique fabriqué en France à partir de textiles recyclés, dont il peut montrer l'origine "
          "et l'empreinte, et qu'il peut commander en couleurs et formats sur mesure en trois semaines. Nous ne "
          "serons pas les moins chers : nous serons ceux dont on peut raconter l'histoire au client final, preuves "
          "à l'appui. Face aux panneaux en mousse, nous mettons en avant l'origine et la durabilité ; face aux "
          "autres feutres recyclés, souvent importés d'Asie, la proximité de l'usine, les délais courts et le sur "
          "mesure."),

        H(1, "D. Notre promesse", {"value-proposition": "ok"}),
        T([["Ce qui gêne l'architecte aujourd'hui", "Ce qu'Ondulo lui apporte"],
           ["Des produits importés dont l'origine est floue", "Une fiche environnementale publiée et une usine visitable"],
           ["Des coloris imposés par le catalogue", "Vingt teintes et des formats découpés à la demande"],
           ["Des délais de huit à dix semaines", "Trois semaines, pose comprise par notre réseau d'artisans"],
           ["Un calcul acoustique à faire soi-même", "Une simulation gratuite du temps de réverbération"]]),

        H(1, "E. Produit, prix, canaux, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Ce que nous faisons", "Pourquoi"],
           ["Produit", "Gamme réduite à trois familles, bibliothèque d'objets BIM pour les logiciels d'architectes",
            "Être dans les plans dès l'esquisse"],
           ["Prix", "Tarif public 95 €/m², remise prescripteur de 15 %, prix ferme six mois",
            "Les descriptifs sont écrits des mois avant l'achat"],
           ["Distribution", "Vente directe aux aménageurs, site en ligne pour les petits clients",
            "Garder la marge et le lien avec le prescripteur"],
           ["Communication", "Visites d'usine, salon Workspace Expo, études de cas avant/après",
            "Un architecte croit ce qu'il voit"]]),

        H(1, "F. Le déploiement, trimestre par trimestre, et ce qu'il coûte",
          {"deployment-plan": "ok", "commercial-budget": "ok"}),
        P("Nous avançons région par région pour ne pas disperser une équipe commerciale de trois personnes. Le "
          "budget total de 2027 est de 186 000 euros, financé pour moitié par le prêt d'innovation obtenu en juin."),
        T([["Trimestre", "Actions", "Responsable", "Indicateur suivi", "Coût"],
           ["T1 2027", "Recruter une chargée de prescription, créer les objets BIM", "Direction",
            "poste pourvu, 3 familles en BIM", "52 000 €"],
           ["T2 2027", "Tournée de 60 cabinets à Nantes et Rennes, deux visites d'usine", "Chargée de prescription",
            "60 rendez-vous, 10 descriptifs", "24 000 €"],
           ["T3 2027", "Contrats-cadres avec deux aménageurs nantais", "Directeur commercial",
            "2 contrats signés", "8 000 €"],
           ["T4 2027", "Salon Workspace Expo à Paris, ouverture de l'Île-de-France", "Toute l'équipe",
            "150 contacts qualifiés", "61 000 €"],
           ["Toute l'année", "Études de cas filmées, campagne LinkedIn ciblée", "Marketing",
            "coût par rendez-vous obtenu", "41 000 €"]]),

        H(1, "G. Comment on travaille ensemble", {"project-processes": "ok"}),
        P("Passer à la prescription change la façon dont l'équipe travaille. Aujourd'hui, un appel arrive, le "
          "dirigeant fait le devis et l'atelier découvre la commande au dernier moment. Demain, un projet suivra "
          "toujours le même chemin, connu de tous et visible dans le CRM."),
        L(["Détection : la chargée de prescription enregistre chaque cabinet rencontré et chaque projet annoncé.",
           "Étude : le bureau technique fait la simulation acoustique sous cinq jours et l'envoie avec un "
           "échantillon.",
           "Devis : le directeur commercial valide le prix au-delà de 10 000 euros ; en dessous, la chargée décide "
           "seule.",
           "Commande : l'atelier reçoit la fiche projet à la signature et confirme la date de livraison sous 48 "
           "heures.",
           "Pose et retour : l'artisan partenaire pose, puis nous appelons l'architecte un mois après pour la "
           "photo et l'étude de cas."]),
        P("Chaque lundi, une réunion de trente minutes réunit commerce, bureau technique et atelier autour du "
          "tableau des projets en cours ; les retards y sont traités avant qu'ils ne deviennent des litiges. Une "
          "fois par trimestre, nous comparons les délais réels à ceux promis aux architectes et nous corrigeons "
          "l'étape qui a coincé."),
        H(2, "G.1 Le chemin d'un projet", {"process-map": "ok"}),
        Img(["Détection", "Étude acoustique", "Devis", "Commande atelier", "Pose", "Étude de cas"],
            "Schéma 1 – Le parcours d'un projet prescrit, de la première rencontre à l'étude de cas."),
    ],
    missing=["raci"],
)
