from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Cargo & Co, a Bordeaux start-up renting electric cargo bikes by the month to craftsmen,
    florists and shops, with maintenance included, prepares its 2027 commercial push. Shortened and question
    headings ("Objectifs", "Qui vise-t-on ?", "Le mix", "Pourquoi nous ?"); the diagnosis is split over two
    headings ("1. Notre offre aujourd'hui" and "2. Le marché bordelais"); the segments are a table; the positioning
    is a few lines only (thin); no process map (missing); the RACI under a bold Normal paragraph "Qui fait quoi";
    an appendix of the authors' own with the detailed price list.""",
    title="Cargo & Co – stratégie commerciale 2027",
    cover=["Étude de cas n° 1 – Manageur de l'innovation numérique",
           "Léa Fonteneau et Bastien Cazaux – décembre 2026"],
    missing=["process-map"],
    blocks=[
        H(1, "1. Notre offre aujourd'hui", {"market-diagnosis": "ok"}),
        P("Cargo & Co loue depuis 2024 des vélos-cargos électriques au mois à des professionnels de la métropole "
          "bordelaise. Le prix comprend le vélo, l'assurance, l'entretien sur place tous les trois mois et un vélo "
          "de remplacement sous 24 heures en cas de panne. Nous avons 140 vélos en location chez 96 clients, "
          "surtout des fleuristes, des plombiers et des épiceries fines du centre-ville. Le chiffre d'affaires 2025 "
          "est de 410 000 euros, avec un taux de renouvellement des contrats de 81 % au bout d'un an."),
        P("Nos forces : un atelier mobile qui vient chez le client, et des vélos choisis pour porter jusqu'à 180 kg. "
          "Nos faiblesses : une offre unique à 189 euros par mois, trop chère pour un artisan qui ne roule que deux "
          "jours par semaine, et presque aucune vente active : 80 % des clients sont venus par le bouche-à-oreille."),
        H(1, "2. Le marché bordelais", {"market-diagnosis": "ok"}),
        P("Depuis l'extension de la zone à faibles émissions en 2025, les utilitaires diesel anciens ne peuvent plus "
          "entrer dans Bordeaux intra-boulevards. La métropole compte environ 11 000 artisans et commerçants qui "
          "livrent ou se déplacent en ville ; la chambre de métiers estime que 2 400 d'entre eux cherchent une "
          "solution d'ici 2028. Une aide métropolitaine de 1 500 euros existe pour l'achat d'un vélo-cargo, mais "
          "pas pour la location. Trois concurrents sont présents : un loueur national sans atelier local, un "
          "vendeur de vélos qui propose un crédit, et les coopératives de livraison qui font la course à la place "
          "du commerçant."),
        H(1, "3. Objectifs", {"commercial-objectives": "ok"}),
        P("Pour 2027, nous visons 320 vélos en location et 210 clients, soit plus que le double d'aujourd'hui. "
          "Nous voulons aussi que la moitié des nouveaux clients viennent de nos propres actions commerciales et "
          "non plus du seul bouche-à-oreille. Le taux de renouvellement doit rester au-dessus de 80 %, "
          "même avec des clients plus petits, qui changent plus souvent d'avis."),
        P("Nous suivrons chaque mois quatre indicateurs dans notre tableau de bord : le nombre de vélos loués, le "
          "nombre de rendez-vous commerciaux et leur taux de transformation, le coût d'acquisition d'un client "
          "(objectif : moins de 350 euros) et le nombre de contrats résiliés. Bastien présente ces chiffres à "
          "l'associé investisseur le premier lundi du mois."),
        H(1, "4. Qui vise-t-on ?", {"stp": "ok"}),
        P("Nous avons découpé les professionnels de la métropole selon l'usage du vélo plutôt que selon le métier. "
          "Un fleuriste qui livre tous les jours n'a pas les besoins d'un plombier qui transporte ses outils deux "
          "fois par semaine. En croisant nos 96 clients actuels et 30 entretiens menés en octobre, nous obtenons "
          "quatre groupes. Nous choisissons de viser d'abord les livreurs quotidiens du centre-ville, qui rapportent "
          "le plus et restent le plus longtemps, puis les artisans itinérants touchés par la zone à faibles "
          "émissions, avec une offre adaptée. Les deux autres groupes ne seront pas démarchés en 2027."),
        P("Ce choix a un prix : les grandes enseignes signeraient pour vingt vélos d'un coup. Mais leurs appels "
          "d'offres durent un an et demandent un service que nos deux mécaniciens ne peuvent pas encore assurer. "
          "Nous y reviendrons en 2028, avec une flotte plus grande."),
        H(2, "Les segments", {"segmentation": "ok"}),
        T([["Segment", "Taille estimée", "Besoin principal", "Valeur pour nous", "Choix 2027"],
           ["Livreurs quotidiens (fleuristes, épiceries, traiteurs)", "1 300", "livrer vite sans camionnette",
            "forte, contrats longs", "cible prioritaire"],
           ["Artisans itinérants (plombiers, électriciens)", "3 800", "entrer dans la zone avec ses outils",
            "moyenne, usage partiel", "cible secondaire"],
           ["Grandes enseignes et logisticiens", "60", "flotte de 20 vélos et plus", "forte mais cycle long",
            "pas en 2027"],
           ["Indépendants occasionnels", "5 000", "un vélo quelques jours par mois", "faible", "non ciblé"]]),
        H(2, "Où se place-t-on ?", {"positioning": "thin"}),
        P("Nous sommes le loueur local qui répare chez vous. Plus cher qu'un crédit d'achat, moins cher qu'une "
          "camionnette, et sans souci d'entretien."),
        H(1, "5. Pourquoi nous ?", {"value-proposition": "ok"}),
        P("Ce que nos clients disent en entretien tient en trois phrases : « je ne veux pas m'occuper de la "
          "mécanique », « je ne veux pas immobiliser 7 000 euros », « si le vélo tombe en panne, ma journée est "
          "perdue ». Notre offre répond à chacune."),
        L(["Leurs tâches : livrer, transporter des outils, entrer dans la zone à faibles émissions",
           "Leurs frustrations : pannes, vols, prix d'achat, places de stationnement pour une camionnette",
           "Ce qu'ils espèrent : gagner du temps en ville, une image plus verte auprès de leurs clients",
           "Ce que nous apportons : entretien sur place, vélo de remplacement sous 24 heures, assurance vol incluse, "
           "aucune avance d'argent"]),
        Img(["Tâches du client", "Frustrations", "Gains attendus", "Notre offre"],
            "Notre proposition de valeur, construite à partir des 30 entretiens d'octobre."),
        H(1, "6. Le mix", {"marketing-mix": "ok"}),
        T([["Levier", "Aujourd'hui", "En 2027"],
           ["Produit", "un seul vélo, une seule formule", "vélo biporteur pour les livreurs, triporteur pour les "
            "artisans, option remorque"],
           ["Prix", "189 € par mois", "169 € (12 mois), 209 € (3 mois), formule deux jours par semaine à 99 €"],
           ["Distribution", "site web et bouche-à-oreille", "vente directe sur rendez-vous, partenariat avec la "
            "chambre de métiers, essai gratuit d'une semaine"],
           ["Communication", "page Instagram", "tournée des marchés de producteurs, vélos floqués chez les "
            "clients, parrainage à un mois offert"]]),
        H(1, "7. Déploiement", {"deployment-plan": "ok"}),
        T([["Action", "Quand", "Qui", "Indicateur"],
           ["Recruter un commercial terrain", "janvier 2027", "Léa", "poste pourvu"],
           ["Lancer la formule deux jours par semaine", "février 2027", "Bastien", "40 contrats en juin"],
           ["Signer la convention avec la chambre de métiers", "mars 2027", "Léa", "2 ateliers par trimestre"],
           ["Essais gratuits d'une semaine", "d'avril à octobre", "commercial", "30 % d'essais transformés"],
           ["Programme de parrainage", "mai 2027", "Bastien", "20 % des nouveaux clients"],
           ["Bilan et ajustement des prix", "octobre 2027", "associés", "marge par vélo"]]),
        H(2, "Combien ça coûte ?", {"commercial-budget": "ok"}),
        T([["Poste", "Montant 2027"],
           ["Commercial terrain (salaire chargé, 11 mois)", "41 000 €"],
           ["Flotte d'essai (8 vélos)", "22 000 €"],
           ["Flocage et supports", "6 500 €"],
           ["Événements et marchés", "4 000 €"],
           ["Mois offerts du parrainage", "7 500 €"],
           ["Total", "81 000 €"]]),
        H(1, "8. Comment on s'organise", {"project-processes": "ok"}),
        P("Nous sommes cinq : les deux associés, deux mécaniciens et, dès janvier, un commercial. Pour que "
          "personne ne se perde, chaque nouveau client suit le même chemin, affiché au mur de l'atelier. Le "
          "commercial prend le premier contact et organise l'essai ; un mécanicien livre le vélo et explique son "
          "usage ; Bastien envoie le contrat et suit le paiement ; au bout d'un mois, Léa appelle le client pour "
          "savoir si tout va bien. Les pannes passent par un seul numéro, qui sonne chez le mécanicien de garde."),
        P("Le projet commercial lui-même est suivi dans un tableau partagé : chaque action du plan de déploiement "
          "y a un responsable, une date et un état. Le lundi matin, une réunion de trente minutes passe en revue "
          "les rendez-vous de la semaine, les essais en cours et les actions en retard. Une fois par trimestre, "
          "nous prenons une demi-journée pour comparer les chiffres aux objectifs et décider de ce que nous "
          "arrêtons. Toutes les décisions sont notées dans le même document, pour que le commercial, qui arrive "
          "en cours de route, puisse comprendre pourquoi les choses sont faites ainsi."),
        B("Qui fait quoi", {"raci": "ok"}),
        T([["Activité", "Léa", "Bastien", "Commercial", "Mécaniciens"],
           ["Prospection et rendez-vous", "A", "I", "R", "–"],
           ["Essai et livraison du vélo", "I", "I", "A", "R"],
           ["Contrat et facturation", "C", "A/R", "I", "–"],
           ["Entretien et pannes", "I", "A", "I", "R"],
           ["Suivi des indicateurs", "R", "A", "C", "I"]]),
        H(1, "Annexe – grille tarifaire détaillée", {}),
        T([["Formule", "Durée", "Prix mensuel HT", "Inclus"],
           ["Biporteur", "12 mois", "169 €", "entretien, assurance, remplacement 24 h"],
           ["Biporteur", "3 mois", "209 €", "entretien, assurance, remplacement 24 h"],
           ["Triporteur", "12 mois", "189 €", "entretien, assurance, remplacement 48 h"],
           ["Deux jours par semaine", "12 mois", "99 €", "entretien, assurance"]]),
    ],
)
