from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""python-docx from scratch, French. Question heading for the context; the list of roles is a table
    under the needs heading with no heading of its own (merged); job description heading is a name plus the job
    title; "Savoir-être" for the transversal skills; the profile section is short (thin); no requirements grid
    (optional, missing).""",
    title="Kerlann Robotique – Fiches de poste de l'équipe Vision",
    cover=["Étude de cas n°2 – Nolwenn Le Gall"],
    blocks=[
        H(1, "Qui sommes-nous ?", {"company-context": "ok"}),
        P("Kerlann Robotique est une PME de 46 salariés installée au technopôle Brest-Iroise. Elle conçoit et "
          "fabrique des robots de désherbage mécanique pour le maraîchage biologique : un robot de 300 kg, guidé par "
          "GPS RTK, qui passe entre les rangs de légumes et arrache les adventices sans produit chimique. L'entreprise "
          "a vendu 140 robots depuis 2021, surtout en Bretagne et aux Pays-Bas, et vise 400 unités par an en 2028 "
          "grâce à une levée de fonds de 9 millions d'euros bouclée en septembre."),
        P("Le projet qui motive ces fiches de poste s'appelle Argos : il s'agit de remplacer le guidage par GPS, "
          "qui impose de cartographier chaque parcelle avant le passage, par une reconnaissance des plants par "
          "caméra. Aujourd'hui, l'équipe logicielle compte cinq développeurs spécialisés en navigation et en "
          "électronique embarquée, mais personne ne maîtrise la vision par ordinateur ni l'entraînement de modèles. "
          "Les premiers essais, sous-traités à un laboratoire, ont montré que la technologie fonctionne sur les "
          "salades mais pas encore sur les carottes, dont les jeunes pousses ressemblent aux adventices. La "
          "direction veut internaliser cette compétence, qui deviendra le cœur de la valeur du produit."),
        H(2, "L'équipe aujourd'hui", {"organisation-chart": "ok"}),
        Img(["Direction générale", "Direction technique", "Logiciel (5)", "Vision (à créer, 3)"],
            caption="Organigramme simplifié : l'équipe Vision, rattachée à la direction technique, est à créer."),
        H(1, "Ce dont le projet a besoin", {"skills-needs": "ok", "jobs-list": "ok"}),
        P("Le projet Argos demande trois compétences absentes de l'entreprise : l'annotation et la gestion de jeux "
          "de données d'images agricoles, l'entraînement de réseaux de neurones de détection, et leur intégration "
          "sur une carte embarquée NVIDIA Jetson avec des contraintes de temps réel, puisque le robot avance à "
          "1,2 km/h et doit décider en moins de 80 millisecondes. Nous avons envisagé de continuer avec le "
          "laboratoire, mais chaque itération prenait six semaines et les données restaient chez lui. Nous avons "
          "aussi écarté la formation des développeurs actuels comme solution unique : elle prendrait deux ans et "
          "les priverait de la feuille de route de navigation, déjà chargée. La solution retenue combine un "
          "recrutement senior qui structurera l'équipe, un profil plus junior pour l'intégration embarquée, et un "
          "technicien qui organisera la collecte d'images sur le terrain avec les maraîchers partenaires."),
        T([["Intitulé", "Finalité", "Nombre", "Rattachement", "Contrat", "Rédigée par"],
           ["Ingénieur(e) vision embarquée senior", "concevoir et entraîner les modèles de détection", "1", "directeur technique", "CDI", "N. Le Gall"],
           ["Ingénieur(e) logiciel embarqué", "porter les modèles sur Jetson en temps réel", "1", "lead vision", "CDI", "N. Le Gall"],
           ["Technicien(ne) données terrain", "collecter et annoter les images en parcelle", "1", "lead vision", "CDD 18 mois", "N. Le Gall"]]),
        H(1, "Fiche de poste : ingénieur(e) vision embarquée senior", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Intitulé", "Ingénieur(e) vision embarquée senior – lead de l'équipe Vision"],
           ["Raison d'être", "Donner au robot la capacité de reconnaître chaque plant de légume pour désherber sans cartographie préalable"],
           ["Missions", "Définir l'architecture des modèles ; organiser la collecte et l'annotation ; entraîner et évaluer ; encadrer deux personnes ; travailler avec l'équipe navigation"],
           ["Indicateurs de réussite", "précision de détection sur carotte supérieure à 95 % en conditions réelles d'ici fin 2027"],
           ["Relations", "directeur technique, équipe navigation, maraîchers partenaires, laboratoire de l'UBO"],
           ["Conditions", "CDI, Brest, 55 à 65 k€ bruts annuels, déplacements en parcelle deux jours par mois, bottes fournies"]]),
        H(1, "Compétences techniques attendues", {"key-competences": "ok"}),
        T([["Compétence", "Domaine", "Niveau requis", "Niveau dans l'équipe", "Écart", "Comment le combler"],
           ["Détection d'objets (YOLO, segmentation)", "vision", "4", "0", "4", "recrutement du lead"],
           ["Optimisation TensorRT sur Jetson", "embarqué", "3", "1", "2", "recrutement et formation NVIDIA"],
           ["Annotation et qualité des données", "données", "3", "0", "3", "technicien et outil CVAT"],
           ["ROS 2", "robotique", "2", "4", "0", "déjà présent"]]),
        H(1, "Savoir-être", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi chez Kerlann", "Ce qu'on observe", "Comment on l'évalue"],
           ["Goût du terrain", "les modèles se trompent en parcelle, pas au bureau", "accepte de passer des journées chez les maraîchers", "mise en situation d'une demi-journée en parcelle"],
           ["Pédagogie", "le lead forme une équipe qui n'existe pas encore", "explique un résultat sans jargon", "présentation d'un projet passé devant l'équipe"],
           ["Rigueur", "un faux positif arrache une carotte", "documente ses jeux de test", "étude de cas sur des métriques d'évaluation"],
           ["Humilité", "les maraîchers connaissent leurs parcelles mieux que nous", "pose des questions avant de proposer", "entretien avec un maraîcher partenaire"]]),
        P("Ces quatre qualités valent pour les trois postes ; seul le niveau attendu en pédagogie change."),
        H(1, "Le bon profil", {"profile-fit": "thin"}),
        P("Pour le lead, cinq ans d'expérience en vision par ordinateur suffisent, un doctorat n'est pas exigé. "
          "Pour les deux autres postes, nous privilégions la motivation et la formation interne."),
    ],
    missing=["requirements-grid"],
)
