from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: Ondulia, a Nantes start-up of 34 people selling connected thermostats
    to social landlords, describes two posts (a data engineer and a field deployment lead). The authors' own
    headings, numbered with letters; no organisation chart (missing); the soft skills part is a short list
    under its minimum (thin); tables for the roles, the two job forms, the skills matrix and the fit grid.""",
    title="Ondulia – deux recrutements pour 2027",
    cover=["Étude de cas n° 2 – fiches de poste", "Rédigé par Maxime Le Gall et Inès Ferreira"],
    blocks=[
        H(1, "A. Ondulia en bref", {"company-context": "ok"}),
        P("Ondulia est née en 2021 à Nantes d'un constat simple : dans les logements sociaux, les locataires "
          "paient un chauffage collectif qu'ils ne peuvent pas régler pièce par pièce. Nous vendons aux bailleurs "
          "sociaux un thermostat connecté posé sur chaque radiateur, relié à une plateforme qui ajuste la "
          "chaudière de l'immeuble. Aujourd'hui, 9 bailleurs des Pays de la Loire et de Bretagne ont équipé 6 200 "
          "logements, et le chiffre d'affaires de 2026 atteindra 3,4 millions d'euros."),
        P("L'entreprise compte 34 salariés : une équipe produit et logiciel de 12 personnes, une équipe "
          "d'installation de 9 techniciens, un service client de 5 personnes et l'équipe commerciale et support. "
          "La levée de fonds de septembre, 6 millions d'euros, finance un objectif ambitieux : 25 000 logements "
          "équipés fin 2028, avec l'ouverture de l'Île-de-France. Deux difficultés freinent cette croissance. Les "
          "données des capteurs sont stockées de façon artisanale, et les économies d'énergie promises aux "
          "bailleurs sont calculées à la main chaque trimestre. Sur le terrain, chaque chantier est organisé au "
          "cas par cas, et les retards de pose ont coûté deux pénalités l'an dernier."),
        H(1, "B. Ce qui nous manque", {"skills-needs": "ok"}),
        P("Nous avons passé en revue, avec les responsables d'équipe, les tâches qui ne sont faites par personne "
          "ou qui reposent sur une seule personne surchargée. Côté données, notre développeur principal, Karim, "
          "passe un jour par semaine à réparer les imports des capteurs au lieu de faire évoluer l'application. "
          "Personne ne sait construire un entrepôt de données fiable ni automatiser le calcul des économies. Côté "
          "terrain, notre chef d'équipe installe lui-même et n'a pas le temps de planifier les chantiers, de "
          "négocier avec les gardiens d'immeuble ou de suivre les sous-traitants électriciens que nous devrons "
          "prendre pour l'Île-de-France. Sans ces deux renforts, l'objectif de 2028 ne sera pas tenu, et les personnes clés s'épuiseront."),
        P("Nous avons donc retenu deux postes à créer en 2027, et écarté un troisième, un chef de produit, que "
          "l'équipe actuelle peut absorber encore un an. Les deux postes rejoignent des équipes déjà formées, "
          "ce qui compte autant que les compétences techniques : ils devront s'entendre avec des collègues qui "
          "font le travail à leur manière depuis quatre ans."),
        H(2, "B.1 Les deux postes retenus", {"jobs-list": "ok"}),
        T([["Poste", "Équipe", "Arrivée", "Contrat"],
           ["Ingénieur(e) données", "produit et logiciel", "mars 2027", "CDI, Nantes, télétravail 2 jours"],
           ["Responsable des déploiements", "installation", "avril 2027", "CDI, Nantes puis Paris"]]),
        H(1, "C. Les fiches", {"job-description": "ok"}),
        P("Nous avons rédigé les deux fiches sur le même modèle, pour qu'elles puissent être publiées telles quelles."),
        T([["Rubrique", "Ingénieur(e) données", "Responsable des déploiements"],
           ["Rattachement", "directrice technique", "directeur des opérations"],
           ["Mission", "rendre les données des thermostats fiables et calculer les économies pour chaque bailleur",
            "faire poser 1 500 logements par mois à l'heure, sans pénalité"],
           ["Activités", "pipelines d'import, entrepôt de données, rapports trimestriels automatisés, qualité des mesures",
            "planning des chantiers, relation avec les gardiens, pilotage des sous-traitants, suivi des réserves"],
           ["Compétences techniques", "Python, SQL, dbt ou équivalent, séries temporelles, cloud",
            "gestion de chantier, lecture de plans, notions d'électricité, outil de planification"],
           ["Expérience", "3 ans minimum", "5 ans dont 2 en encadrement d'équipe terrain"],
           ["Rémunération", "48 000 à 55 000 euros brut", "45 000 à 50 000 euros brut, véhicule"]]),
        H(1, "D. Matrice des savoir-faire", {"key-competences": "ok"}),
        T([["Compétence", "Ingénieur(e) données", "Responsable des déploiements", "Niveau attendu"],
           ["Modélisation des données", "indispensable", "non", "confirmé"],
           ["Traitement de séries temporelles", "indispensable", "non", "confirmé"],
           ["Planification de chantiers", "non", "indispensable", "expert"],
           ["Encadrement de sous-traitants", "non", "indispensable", "confirmé"],
           ["Connaissance du logement social", "souhaitable", "souhaitable", "notions"]]),
        H(1, "E. Et le savoir-être ?", {"transversal-skills": "thin"}),
        L(["Les deux : patience avec des interlocuteurs non techniques",
           "Données : rigueur, curiosité",
           "Déploiements : calme, sens de la négociation, autorité sans brusquer"]),
        H(1, "F. Le bon profil, vraiment ?", {"profile-fit": "ok"}),
        P("Nous avons confronté nos exigences aux profils que nous pouvons réellement attirer à Nantes avec ces "
          "salaires. Pour l'ingénieur(e) données, le marché est tendu : les grandes entreprises nantaises paient "
          "mieux. Nous avons donc allégé la fiche, en remplaçant cinq ans d'expérience par trois, et en mettant en "
          "avant ce que nous offrons d'autre : un sujet à impact, des données réelles sur des milliers de "
          "logements et une vraie autonomie. Nous acceptons un profil venu de l'énergie ou de l'industrie, même "
          "sans expérience du cloud, parce que Karim peut l'accompagner sur ce point."),
        P("Pour le responsable des déploiements, le risque est inverse : beaucoup de conducteurs de travaux "
          "candidateront, mais peu sauront travailler avec des locataires présents dans leur logement pendant la "
          "pose. Nous tenons donc à l'expérience du logement occupé, et nous ferons passer aux candidats une mise "
          "en situation avec un gardien d'immeuble. En revanche, le diplôme n'est pas exigé, car nos meilleurs techniciens n'en ont pas et ce sont eux qui accueilleront la personne recrutée."),
        H(2, "F.1 Grille de décision", {"requirements-grid": "ok"}),
        T([["Exigence", "Poids", "Ingénieur(e) données", "Responsable des déploiements"],
           ["Expérience du métier", "30 %", "3 ans, tout secteur", "5 ans, dont logement occupé"],
           ["Compétences techniques", "30 %", "Python et SQL vérifiés par un test", "planning vérifié sur un cas"],
           ["Savoir-être", "25 %", "entretien avec l'équipe", "mise en situation avec un gardien"],
           ["Mobilité", "15 %", "non demandée", "deux jours par semaine à Paris dès 2028"]]),
    ],
    missing=["organisation-chart"],
)
