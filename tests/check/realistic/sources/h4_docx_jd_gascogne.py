from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 4 (h4_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: a cooperative of organic farmers in the Gers creates two jobs to plan its collections and run
    its new packing hall. Top headings numbered in Roman figures and in UPPER CASE, sub-headings in ordinary case;
    the two job forms are two headings, one per post (split); the short list of the posts has a heading of its
    own; human qualities are a bold Normal paragraph, too short (thin); no organisation chart (missing); the
    selection grid heading has nothing under it (empty); a recruitment calendar of the author's own.""",
    title="Coop Gascogne Bio – Deux recrutements pour 2027",
    cover=["Fiches de poste – étude de cas", "Rédigé par Mathilde Carrère, chargée de mission RH"],
    blocks=[
        H(1, "I. QUI SOMMES-NOUS ?", {"company-context": "ok"}),
        P("Coop Gascogne Bio réunit 64 exploitations agricoles biologiques du Gers et des Landes. Créée en 2008 "
          "pour vendre ensemble les légumes et les céréales de ses membres, elle emploie aujourd'hui 19 salariés "
          "et réalise 11,5 millions d'euros de chiffre d'affaires, dont 60 % avec des magasins spécialisés et 25 % "
          "avec la restauration collective des deux départements."),
        P("Jusqu'ici, chaque producteur livrait lui-même au dépôt d'Auch, et les camions de la coopérative "
          "repartaient vers les clients. Avec la loi qui impose davantage de produits bio dans les cantines, les "
          "volumes ont doublé en trois ans et le dépôt déborde. Le conseil d'administration a voté en juin la "
          "construction d'une halle de conditionnement à Mirande, qui ouvrira en avril 2027 : on y lavera, "
          "calibrera et mettra en caisse les légumes, et les collections se feront directement dans les fermes. "
          "Ce projet de 2,3 millions d'euros change le métier de la coopérative, qui passe du négoce à la "
          "logistique. L'équipe actuelle compte quatre commerciaux, six chauffeurs, trois magasiniers et une "
          "administration de six personnes, sous la direction de Bertrand Lasserre."),
        H(1, "II. CE QUE NOUS NE SAVONS PAS ENCORE FAIRE", {"skills-needs": "ok"}),
        P("La halle et les tournées de collecte demandent des compétences que personne n'a dans l'équipe. Il "
          "faut d'abord savoir planifier : chaque semaine, croiser les récoltes annoncées par 64 fermes, les "
          "commandes des clients et la capacité de six camions, puis construire des tournées qui ne font pas "
          "rouler les chauffeurs à vide. Cela se fait aujourd'hui sur un tableur et au téléphone, par le directeur "
          "lui-même, le lundi soir. Il faut ensuite savoir faire tourner un atelier : organiser des équipes de "
          "huit à douze personnes selon la saison, faire respecter les règles d'hygiène et de traçabilité bio, "
          "entretenir une calibreuse et suivre des rendements."),
        P("Nous avons hésité à confier les deux missions à un seul responsable logistique. Les producteurs "
          "consultés en septembre ont préféré deux interlocuteurs distincts, l'un au bureau pour les prévisions et "
          "les tournées, l'autre sur le terrain dans la halle. Nous décrivons donc deux postes, qui devront "
          "travailler main dans la main chaque matin : ce que l'un promet aux clients, l'autre doit pouvoir le "
          "préparer à temps."),
        H(2, "Les deux postes en bref", {"jobs-list": "ok"}),
        T([["Poste", "Lieu", "Rattachement", "Contrat", "Arrivée"],
           ["Planificateur(trice) des collectes et tournées", "siège d'Auch", "directeur", "CDI cadre", "janvier 2027"],
           ["Chef(fe) d'atelier de conditionnement", "halle de Mirande", "directeur", "CDI agent de maîtrise", "mars 2027"]]),
        H(1, "III. FICHE DE POSTE N°1 : PLANIFICATEUR(TRICE) DES COLLECTES", {"job-description": "ok"}),
        T([["Rubrique", "Description"],
           ["Finalité", "collecter chaque semaine la bonne quantité au bon moment, au moindre coût de transport"],
           ["Activités principales", "recueillir les prévisions de récolte, construire les tournées, ajuster "
                                      "les commandes avec les commerciaux, suivre les kilomètres à vide"],
           ["Relations", "producteurs, chauffeurs, commerciaux, chef d'atelier"],
           ["Autonomie", "valide seul les tournées ; arbitre avec le directeur en cas de surproduction"],
           ["Outils", "logiciel de planification à choisir avec lui, tableur, téléphone"],
           ["Résultats attendus", "taux de remplissage des camions au-delà de 80 %, zéro collecte oubliée"]]),
        H(1, "IV. FICHE DE POSTE N°2 : CHEF(FE) D'ATELIER DE CONDITIONNEMENT", {"job-description": "ok"}),
        T([["Rubrique", "Description"],
           ["Finalité", "transformer les récoltes en caisses prêtes à livrer, propres, tracées et à l'heure"],
           ["Activités principales", "organiser les équipes, régler la calibreuse, contrôler l'hygiène, tenir "
                                      "les registres de traçabilité, former les saisonniers"],
           ["Relations", "planificateur, magasiniers, organisme certificateur"],
           ["Conditions", "horaires décalés de 5 h à 13 h en saison, travail au froid"],
           ["Résultats attendus", "commandes prêtes à 11 h, taux de perte sous 4 %, audit bio sans écart"]]),
        H(2, "Matrice des savoir-faire", {"key-competences": "ok"}),
        T([["Savoir-faire", "Planificateur", "Chef d'atelier", "Aujourd'hui dans l'équipe"],
           ["Prévision de volumes agricoles", "expert", "notions", "directeur seulement"],
           ["Optimisation de tournées", "expert", "—", "personne"],
           ["Management d'une équipe saisonnière", "—", "expert", "un magasinier"],
           ["Hygiène et traçabilité bio", "notions", "expert", "qualité externalisée"],
           ["Maintenance de premier niveau", "—", "confirmé", "personne"]]),
        B("Savoir-être", {"transversal-skills": "thin"}),
        P("Pour les deux postes : le calme quand une ferme annonce la veille deux tonnes de courgettes en "
          "plus, le goût du contact avec des agriculteurs qui ont leur franc-parler, et la rigueur dans les "
          "registres."),
        H(1, "V. LE PROFIL IDÉAL EXISTE-T-IL ?", {"profile-fit": "ok"}),
        P("Pour la planification, nous visons un ou une diplômée en logistique ou en agronomie ayant trois à "
          "cinq ans d'expérience dans une coopérative ou chez un grossiste en fruits et légumes. Le marché est "
          "tendu : les transporteurs de la région paient mieux que nous. Nous compensons par l'intérêt du projet, "
          "un poste cadre et le choix du logiciel confié à la personne recrutée. Si aucun profil complet ne se "
          "présente, nous accepterons un logisticien sans culture agricole, formé pendant trois mois par le "
          "directeur et par deux producteurs référents."),
        P("Pour l'atelier, l'expérience compte plus que le diplôme : cinq ans en conditionnement alimentaire, "
          "idéalement de légumes, avec déjà une équipe à encadrer. Ces profils existent dans les stations "
          "fruitières du Lot-et-Garonne, à une heure de Mirande. L'écart le plus fréquent sera la connaissance "
          "du cahier des charges bio ; une formation de deux jours avec notre certificateur est prévue avant "
          "l'ouverture de la halle. Les deux personnes passeront leur première semaine ensemble sur les "
          "tournées pour se connaître."),
        H(2, "Grille de sélection", {"requirements-grid": "empty"}),
        H(1, "VI. CALENDRIER DE RECRUTEMENT"),
        L(["Octobre : publication des annonces sur l'APEC, Pôle emploi et le réseau des coopératives bio",
           "Novembre : entretiens avec le directeur et deux administrateurs producteurs",
           "Décembre : mise en situation sur une semaine de planification réelle"]),
    ],
    missing=["organisation-chart"],
)
