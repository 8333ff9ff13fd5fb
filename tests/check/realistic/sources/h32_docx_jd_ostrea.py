from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Ostréa, a cooperative of 38 oyster farmers in Marennes-Oléron, builds a traceability app
    (from the bed to the fishmonger) and recruits a product owner and a data engineer. Paraphrased and question
    headings ("Qui est Ostréa ?", "De quels talents avons-nous besoin ?"), the organisation chart as a picture
    under its own small heading, one job form per role as tables under a shared heading; the table of roles sits under the needs heading and
    the requirements grid under the fit heading, neither with a heading of its own (merged); the soft skills are two
    sentences and a short list (thin); an extra section of the authors' own on the hiring calendar and channels
    after the fit analysis.""",
    title="Ostréa – Deux recrutements pour le projet TraçHuître",
    cover=["Étude de cas 2 – Fiches de poste", "Léa Moreau et Yanis Barreau – MSc Manageur de l'innovation numérique",
           "Novembre 2026"],
    blocks=[
        H(1, "Qui est Ostréa ?", {"company-context": "ok"}),
        P("Ostréa est une coopérative de 38 ostréiculteurs installée à Marennes depuis 1987. Elle commercialise "
          "chaque année environ 2 400 tonnes d'huîtres, dont un tiers part à l'export vers la Belgique, l'Italie et "
          "Hong Kong. Son chiffre d'affaires atteint 19 millions d'euros en 2025. La coopérative emploie 46 salariés "
          "permanents (expédition, qualité, commerce, administration) et jusqu'à 90 saisonniers en décembre."),
        P("Depuis les fermetures sanitaires de l'hiver 2023, les clients demandent de savoir d'où vient chaque "
          "bourriche, de quel parc et de quelle date de sortie d'eau. Aujourd'hui ces informations sont notées sur "
          "des carnets papier puis ressaisies dans un tableur par le service qualité, avec trois jours de retard. "
          "Le conseil d'administration a donc lancé le projet TraçHuître : une application mobile pour les "
          "producteurs, un étiquetage par QR code des bourriches et un portail pour les mareyeurs et poissonniers. "
          "Le budget voté est de 420 000 euros sur deux ans, dont 35 % financés par le FEAMPA."),
        P("Le projet est porté par la directrice générale, Anne Guérin, et par le responsable qualité, Marc Texier. "
          "Une agence rochelaise a livré une première maquette, mais la coopérative veut internaliser la conduite "
          "du produit et la gestion des données, car l'application devra vivre au moins dix ans."),
        H(2, "L'organigramme en une image", {"organisation-chart": "ok"}),
        Img(["Conseil d'administration", "Direction générale", "Qualité", "Expédition", "Commerce",
             "Pôle numérique (à créer)"],
            caption="Organigramme simplifié d'Ostréa : le pôle numérique sera rattaché à la direction générale"),
        H(1, "De quels talents avons-nous besoin ?", {"skills-needs": "ok", "jobs-list": "ok"}),
        P("Personne dans la coopérative ne sait aujourd'hui écrire un besoin pour des développeurs, prioriser des "
          "demandes de producteurs très différentes, ni garantir que les données de traçabilité soient justes et "
          "disponibles pour un contrôle sanitaire. Les entretiens menés avec huit producteurs, le service qualité "
          "et deux clients mareyeurs montrent trois besoins : quelqu'un qui décide de ce que fait l'application et "
          "parle aux producteurs sur le terrain ; quelqu'un qui construit et surveille les flux de données entre "
          "l'application, les étiquettes et le logiciel de gestion commerciale ; et un appui ponctuel pour la "
          "sécurité, que nous laissons à un prestataire. Nous décrivons donc deux postes, en CDI, basés à "
          "Marennes avec deux jours de télétravail possibles pour le second. Nous avons écarté l'idée d'un "
          "développeur interne : l'agence reste chargée du code, et un seul développeur isolé dans une "
          "coopérative de cette taille serait difficile à garder plus de deux ans."),
        T([["Poste", "Rattachement", "Contrat", "Date d'arrivée souhaitée"],
           ["Product owner TraçHuître", "Directrice générale", "CDI cadre", "Mars 2027"],
           ["Ingénieur(e) données", "Product owner", "CDI cadre", "Mai 2027"]]),
        P("Le tableau ci-dessus résume les deux rôles couverts par ce dossier."),
        H(1, "Les deux fiches", {"job-description": "ok"}),
        T([["Rubrique", "Product owner TraçHuître"],
           ["Mission", "Définir et prioriser les fonctions de l'application et du portail, en lien avec les producteurs"],
           ["Activités principales", "Recueillir les besoins sur les parcs, écrire les récits utilisateurs, animer les "
            "revues avec l'agence, suivre les indicateurs d'usage"],
           ["Relations", "Producteurs, qualité, commerce, agence de développement, mareyeurs"],
           ["Conditions", "Marennes, déplacements sur les parcs à marée basse, 48 à 55 k€ brut annuel"]]),
        T([["Rubrique", "Ingénieur(e) données"],
           ["Mission", "Construire et fiabiliser les flux de données de traçabilité"],
           ["Activités principales", "Modéliser les lots, relier l'application au logiciel commercial, contrôler la "
            "qualité des données, préparer les exports pour les services vétérinaires"],
           ["Relations", "Product owner, qualité, prestataire informatique"],
           ["Conditions", "Marennes ou télétravail deux jours par semaine, 45 à 52 k€ brut annuel"]]),
        H(1, "Compétences clés, poste par poste", {"key-competences": "ok"}),
        T([["Compétence", "Product owner", "Ingénieur(e) données", "Niveau attendu"],
           ["Méthodes agiles et gestion d'un backlog", "indispensable", "utile", "confirmé"],
           ["SQL et modélisation de données", "utile", "indispensable", "expert pour l'ingénieur(e)"],
           ["Connaissance de la filière conchylicole", "souhaitée", "non requise", "découverte"],
           ["Réglementation sanitaire des coquillages", "indispensable", "utile", "confirmé"],
           ["Outils d'intégration (API, ETL)", "utile", "indispensable", "confirmé"]]),
        H(1, "Savoir-être", {"transversal-skills": "thin"}),
        P("Les deux personnes devront convaincre des producteurs méfiants envers le numérique."),
        L(["Écoute et patience sur le terrain", "Rigueur", "Sens du compromis entre producteurs"]),
        H(1, "Les profils collent-ils aux exigences ?", {"profile-fit": "ok", "requirements-grid": "ok"}),
        P("Nous avons confronté chaque exigence aux profils réellement disponibles sur le marché local, en "
          "consultant 40 offres comparables et en échangeant avec deux cabinets de La Rochelle. Pour le product "
          "owner, l'exigence la plus difficile est la double culture : méthodes agiles et connaissance du "
          "monde agricole ou maritime. Nous acceptons un profil venant de l'agroalimentaire plutôt que de la "
          "conchyliculture, à condition qu'il passe deux semaines sur les parcs à son arrivée. Pour l'ingénieur(e) "
          "données, le marché est tendu : nous avons donc élargi la fourchette de salaire et ouvert le télétravail, "
          "et nous renonçons à exiger une expérience de la réglementation sanitaire, que le service qualité "
          "pourra transmettre. Le risque principal reste la distance avec les grandes villes ; la qualité de vie "
          "sur l'île et la mission concrète sont nos meilleurs arguments."),
        T([["Exigence", "Poste", "Obligatoire ou souhaitée", "Comment la vérifier"],
           ["Trois ans de gestion de produit numérique", "Product owner", "obligatoire", "étude de cas en entretien"],
           ["Pratique de SQL et Python", "Ingénieur(e) données", "obligatoire", "test technique de deux heures"],
           ["Connaissance de la filière", "Product owner", "souhaitée", "journée sur un parc avec un producteur"],
           ["Aisance avec des publics non techniques", "les deux", "obligatoire", "mise en situation avec deux producteurs"]]),
        H(1, "Quand et où recruter", {}),
        P("Les offres seront publiées en janvier sur l'APEC, Welcome to the Jungle et le réseau de l'école "
          "d'ingénieurs de La Rochelle. Les entretiens auront lieu en février, avec un jury composé de la directrice, "
          "du responsable qualité et d'un producteur administrateur."),
    ],
)
