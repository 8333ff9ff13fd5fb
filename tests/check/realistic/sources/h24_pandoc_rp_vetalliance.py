from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 24 (h24_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: VetAlliance Occitanie, a group of twelve veterinary clinics, moves every clinic from three different
    practice management programs to one shared patient record in the cloud during 2027. Numbered headings of the
    author's own ("1.", "2.", "2.1"...), some shortened ("Registre", "Échelles", "Indicateurs"); the risk register
    is a table with owners and levels; the matrix is a drawn picture with a commentary. The identification method
    is told in a few lines only (thin). The monitoring and governance part is split over two headings, "6. Suivi"
    and "7. Qui décide, et quand ?". No response plans for the major risks (missing): the responses are described
    in prose only.""",
    title="VetAlliance Occitanie – politique de gestion des risques du projet « Dossier unique »",
    cover=["Étude de cas 1 – politique de gestion des risques",
           "Rédigée par Aurélie Castan, cheffe de projet SI, pour le comité de direction – novembre 2026"],
    blocks=[
        H(1, "1. Pourquoi cette politique et jusqu'où elle va", {"policy-objectives": "ok"}),
        P("VetAlliance Occitanie réunit douze cliniques vétérinaires entre Toulouse, Albi et Montauban, soit 86 "
          "vétérinaires et 140 auxiliaires. Chaque clinique utilise aujourd'hui l'un de trois logiciels de gestion, "
          "achetés au fil des rachats : un animal soigné à Albi puis à Toulouse a deux dossiers qui ne se parlent "
          "pas. Le projet « Dossier unique » remplace ces trois logiciels par une seule plateforme hébergée, de "
          "janvier à novembre 2027, pour un budget de 410 000 euros."),
        P("Cette politique a trois buts. D'abord, repérer tôt ce qui peut empêcher une clinique de soigner ou de "
          "facturer pendant la bascule, car une journée sans dossier, c'est des ordonnances refaites à la main et "
          "des vaccins non tracés. Ensuite, donner à chaque risque un responsable nommé et un seuil qui déclenche "
          "une action. Enfin, garder le budget et le calendrier sous contrôle sans tout escalader au comité. Elle "
          "couvre le projet de migration, la formation et les trois premiers mois d'exploitation ; elle ne couvre "
          "pas la sécurité des bâtiments ni les risques sanitaires des cliniques, qui ont leurs propres procédures."),
        H(1, "2. Repérage des risques", {"identification-method": "thin"}),
        P("Nous avons tenu deux ateliers d'une heure, l'un avec les directeurs de clinique, l'autre avec l'éditeur "
          "et deux auxiliaires, puis relu les retours d'expérience de deux groupes vétérinaires déjà migrés. Chaque "
          "risque trouvé a été noté sur une fiche."),
        H(2, "2.1 Échelles", {"rating-scales": "ok"}),
        T([["Note", "Probabilité", "Impact"],
           ["1", "moins d'une chance sur dix", "gêne d'une demi-journée dans une clinique"],
           ["2", "une chance sur trois", "une clinique ralentie plus d'une journée ou 10 000 € de dépassement"],
           ["3", "une chance sur deux", "plusieurs cliniques ralenties ou un mois de retard"],
           ["4", "presque certain", "soins ou facturation arrêtés, données perdues, plainte d'un client"]]),
        H(1, "3. Registre", {"risk-register": "ok"}),
        T([["N°", "Risque", "Cause", "P", "I", "Niveau", "Responsable"],
           ["R1", "dossiers mal repris lors de la migration", "formats différents des trois logiciels", "3", "4",
            "12", "éditeur et Aurélie Castan"],
           ["R2", "coupure internet dans une clinique rurale", "liaison ADSL unique à Réalmont et Graulhet", "3",
            "3", "9", "prestataire réseau"],
           ["R3", "refus des vétérinaires seniors", "habitudes de vingt ans, saisie jugée plus longue", "2", "3",
            "6", "directeurs de clinique"],
           ["R4", "dépassement du budget", "jours de reprise de données sous-estimés", "2", "2", "4",
            "contrôleur de gestion"],
           ["R5", "ordonnances non conformes", "modèles d'ordonnance mal paramétrés", "1", "4", "4",
            "vétérinaire référent"],
           ["R6", "départ de la cheffe de projet", "un seul profil connaît les trois logiciels", "1", "3", "3",
            "direction générale"]]),
        H(1, "4. La matrice", {"risk-matrix": "ok"}),
        Img(["P1-2 / I1-2 : R4", "P1 / I3-4 : R5, R6", "P2 / I3 : R3", "P3 / I3 : R2", "P3 / I4 : R1"],
            caption="Les six risques placés selon leur probabilité et leur impact."),
        P("La matrice montre que deux risques se détachent nettement. La reprise des dossiers, en haut à droite, "
          "est à la fois probable et grave : c'est elle qui peut faire perdre l'historique vaccinal d'un animal. "
          "La coupure internet vient juste après, parce que deux cliniques n'ont qu'une ligne. Le refus des "
          "vétérinaires seniors reste au centre : il ne bloque pas le projet mais peut le ralentir. Les autres "
          "risques sont peu probables ; nous les surveillons sans leur consacrer de budget particulier."),
        H(1, "5. Indicateurs", {"trigger-indicators": "ok"}),
        T([["Risque", "Indicateur suivi", "Seuil de déclenchement", "Qui regarde"],
           ["R1", "écarts entre ancien et nouveau dossier sur un échantillon de 200 animaux", "plus de 2 %",
            "Aurélie Castan, chaque lot"],
           ["R2", "minutes de coupure par clinique et par mois", "plus de 60 minutes", "prestataire réseau"],
           ["R3", "part des consultations saisies dans le nouvel outil", "moins de 80 % après trois semaines",
            "directeur de clinique"],
           ["R4", "jours consommés sur la reprise de données", "plus de 110 % du prévu", "contrôleur de gestion"],
           ["R5", "ordonnances refusées par une pharmacie", "une seule", "vétérinaire référent"]]),
        H(2, "5.1 Ce que nous faisons face à chaque risque", {"response-strategy": "ok"}),
        P("Pour la reprise des dossiers, nous réduisons le risque plutôt que de l'accepter : chaque clinique est "
          "migrée seule, un dimanche, après une répétition complète sur une copie des données, et l'ancien logiciel "
          "reste consultable en lecture pendant six mois. Un échantillon de deux cents animaux est comparé à la "
          "main avant toute ouverture. Pour les coupures, nous réduisons aussi : une box 4G de secours est installée "
          "dans les cinq cliniques sans fibre, et la plateforme garde une copie locale des rendez-vous du jour."),
        P("Le refus des vétérinaires seniors se traite par l'accompagnement : un vétérinaire volontaire par "
          "clinique est formé en premier et aide ses confrères pendant trois semaines, et les modèles de compte "
          "rendu sont repris tels qu'ils les utilisent aujourd'hui. Le dépassement de budget est partagé avec "
          "l'éditeur, dont le contrat prévoit un forfait de reprise plafonné. Les ordonnances sont vérifiées par "
          "le vétérinaire référent avant chaque ouverture, et le départ de la cheffe de projet est atténué par un "
          "binôme avec le responsable informatique, qui assiste à toutes les réunions de l'éditeur. Nous acceptons "
          "enfin les petits retards de formation, qui coûtent moins que des jours de formation supplémentaires."),
        H(1, "6. Suivi", {"monitoring-governance": "ok"}),
        P("Les indicateurs sont relevés chaque lundi par Aurélie Castan dans un tableau partagé, où chaque risque "
          "a une couleur selon son seuil. Le registre est relu en entier à la fin de chaque lot de migration, et "
          "tout nouveau risque signalé par une clinique y entre dans la semaine avec sa note. Trois mois après la "
          "dernière bascule, nous mesurons ce que la politique a évité et ce qu'elle a manqué."),
        H(1, "7. Qui décide, et quand ?", {"monitoring-governance": "ok"}),
        P("Le comité de projet, qui réunit la cheffe de projet, l'éditeur, deux directeurs de clinique et le "
          "contrôleur de gestion, se tient tous les quinze jours. Il peut décaler la migration d'une clinique. Un "
          "seuil franchi sur R1 ou R2 remonte le jour même au directeur général, qui seul peut arrêter une bascule. "
          "Le comité de direction reçoit une page de synthèse chaque mois et revoit cette politique en fin de projet."),
    ],
    missing=["response-plans"],
)
