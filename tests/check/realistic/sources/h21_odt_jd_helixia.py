from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: Hélixia, a 58-person medtech company in Montpellier that makes connected caps
    for insulin pens, recruits a data engineer and a product owner for its patient app. Five headings in UPPER
    CASE (two of them questions), the others in the author's words; the product team chart drawn as a picture with a
    caption under a level-2 heading; the job description form split over two headings, one per role, each a
    two-column table; the key skills matrix, the soft skills table and the fit between requirements and profile
    all written; no requirements grid anywhere (missing); a recruiting calendar of the author's own at the end.""",
    title="Hélixia – deux recrutements pour l'application patients",
    cover=["Étude de cas 2 – fiches de poste", "Clara Vidal, responsable produit – décembre 2026"],
    blocks=[
        H(1, "L'ENTREPRISE ET LE PROJET", {"company-context": "ok"}),
        P("Hélixia a été créée en 2019 à Montpellier par une diabétologue et deux ingénieurs. Nous fabriquons un "
          "capuchon connecté qui se visse sur les stylos à insuline et enregistre l'heure et la dose de chaque "
          "injection. Les données partent vers une application mobile que le patient partage, s'il le veut, avec "
          "son médecin et son infirmière. Nous sommes 58 salariés, nous avons 31 000 patients actifs en France et "
          "en Belgique, et notre chiffre d'affaires atteindra 6,4 millions d'euros cette année, remboursé en "
          "partie par l'Assurance maladie depuis 2025."),
        P("L'application a grandi trop vite. Elle a été écrite par un prestataire, puis reprise par une équipe "
          "interne de six personnes qui passe la moitié de son temps à corriger des anomalies. Deux chantiers nous "
          "attendent en 2027 : l'arrivée sur le marché allemand, qui impose un hébergement et une traçabilité des "
          "données de santé plus stricts, et un module d'alertes pour les infirmières libérales, demandé par nos "
          "partenaires. Le comité de direction a validé deux postes en CDI pour le premier trimestre. Je suis "
          "responsable produit depuis 2023 et je rédige ces fiches avec notre chargée de recrutement."),
        H(2, "Organigramme de l'équipe produit", {"organisation-chart": "ok"}),
        Img(["Direction générale", "Responsable produit", "Équipe mobile (4)", "Équipe back-end (2)",
             "Postes à créer (2)"],
            "L'équipe produit en janvier 2027 : les deux postes à créer sont rattachés à la responsable produit."),
        H(1, "POURQUOI RECRUTER, ET QUI ?", {"skills-needs": "ok"}),
        P("Aujourd'hui, personne dans l'équipe ne s'occupe des données à plein temps. Les flux qui remontent des "
          "capuchons sont gérés par un développeur back-end qui a appris sur le tas ; les tableaux de bord des "
          "médecins sont calculés la nuit par des scripts que lui seul comprend. Quand il est en congé, les "
          "tableaux ne sont plus à jour. Pour l'Allemagne, il faut en plus documenter chaque traitement de "
          "données de santé, ce que nous ne savons pas faire proprement."),
        P("Le deuxième manque est côté produit. Je tiens à la fois la vision, les priorités, les échanges avec "
          "les médecins et l'écriture des user stories. Le carnet de produit compte 340 éléments, dont la moitié "
          "n'ont jamais été relus. Les développeurs attendent des précisions, et les infirmières qui testent nos "
          "versions ne reçoivent pas de réponse. Il nous faut une personne qui vive avec l'équipe de "
          "développement au quotidien, qui parle avec les soignants et qui sache dire non."),
        P("Nous avons envisagé de sous-traiter les données à une agence : c'est écarté, parce que ce savoir est "
          "au cœur de ce que nous vendons et qu'une agence ne restera pas."),
        H(2, "Les deux postes en un coup d'œil", {"jobs-list": "ok"}),
        T([["Poste", "Rattachement", "Contrat", "Arrivée visée", "Salaire brut annuel"],
           ["Ingénieur(e) données de santé", "responsable produit", "CDI, Montpellier, 2 jours de télétravail",
            "février 2027", "48 000 à 55 000 €"],
           ["Product owner application patients", "responsable produit", "CDI, Montpellier, 2 jours de télétravail",
            "mars 2027", "45 000 à 52 000 €"]]),
        H(1, "Fiche n° 1 – Ingénieur(e) données de santé", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "Fiabiliser et faire évoluer les flux de données des capuchons et de l'application, du "
            "capteur au tableau de bord du médecin"],
           ["Activités principales", "concevoir les pipelines de données ; industrialiser les calculs de "
            "tableaux de bord ; documenter les traitements de données de santé ; préparer l'hébergement certifié "
            "pour l'Allemagne"],
           ["Interlocuteurs", "équipe back-end, responsable produit, délégué à la protection des données, "
            "hébergeur"],
           ["Conditions", "astreinte une semaine sur six, rémunérée ; déplacements rares à Paris"],
           ["Profil", "bac+5 en informatique ou données, trois ans d'expérience, idéalement dans la santé ou "
            "l'assurance"]]),
        H(1, "Fiche n° 2 – Product owner", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "Porter au quotidien le carnet de produit de l'application patients et le module infirmier"],
           ["Activités principales", "écrire et prioriser les user stories ; animer les revues de sprint ; "
            "organiser les tests avec les infirmières et les patients ; suivre les retours du support"],
           ["Interlocuteurs", "développeurs mobiles, designer, médecins partenaires, support client"],
           ["Conditions", "une journée par mois en cabinet ou en centre de diabétologie"],
           ["Profil", "expérience de deux ans comme product owner, goût pour le terrain, une certification Scrum "
            "appréciée"]]),
        H(1, "MATRICE DES COMPÉTENCES", {"key-competences": "ok"}),
        T([["Compétence", "Données", "Product owner", "Niveau attendu"],
           ["Python et SQL", "indispensable", "utile", "confirmé pour les données"],
           ["Pipelines et orchestration", "indispensable", "non", "confirmé"],
           ["Réglementation des données de santé", "indispensable", "utile", "bonne connaissance"],
           ["Écriture de user stories", "non", "indispensable", "confirmé"],
           ["Priorisation d'un carnet de produit", "non", "indispensable", "confirmé"],
           ["Lecture d'un tableau de bord", "indispensable", "indispensable", "autonome"],
           ["Anglais", "lu et écrit", "lu, écrit et parlé", "B2"]]),
        H(1, "Savoir-être : ce qui fera la différence", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi chez nous", "Comment on la repère en entretien"],
           ["Rigueur", "une erreur de dose affichée peut mettre un patient en danger",
            "lui faire relire une fiche de données avec deux erreurs cachées"],
           ["Pédagogie", "il faut expliquer des choix techniques à des soignants pressés",
            "lui demander d'expliquer son dernier projet à un non-informaticien"],
           ["Capacité à dire non", "les demandes des médecins dépassent toujours ce que l'équipe peut faire",
            "mise en situation : trois demandes urgentes, une seule place dans le sprint"],
           ["Curiosité pour le terrain", "nos utilisateurs sont malades chroniques, pas des testeurs",
            "ce qu'il ou elle sait déjà du diabète, et comment il ou elle l'a appris"],
           ["Esprit d'équipe", "une équipe de huit où chacun dépend de l'autre",
            "exemple d'un conflit vécu et de la façon dont il s'est réglé"]]),
        H(1, "EST-CE QUE LES PROFILS COLLENT AUX BESOINS ?", {"profile-fit": "ok"}),
        P("Pour le poste de données, le risque est de chercher un mouton à cinq pattes : un excellent technicien "
          "qui connaîtrait aussi la réglementation des données de santé. Ces profils existent, mais ils sont "
          "rares et chers à Montpellier. Nous avons donc classé les exigences : les pipelines et SQL sont non "
          "négociables, la réglementation s'apprend, et notre délégué à la protection des données consacrera "
          "une demi-journée par semaine à la formation pendant trois mois. La fourchette de salaire est alignée "
          "sur les deux dernières offres comparables de la région."),
        P("Pour le product owner, l'expérience du terrain compte plus que la certification. Une ancienne "
          "infirmière reconvertie ou un profil venu d'une autre application de santé nous irait mieux qu'un "
          "product owner de l'e-commerce, même très expérimenté. La journée mensuelle en centre de diabétologie "
          "est écrite dans la fiche pour décourager ceux qui ne veulent pas de ce contact. Enfin, les deux "
          "personnes travailleront ensemble tous les jours : nous ferons passer le dernier entretien en binôme, "
          "pour vérifier qu'elles peuvent se comprendre."),
        H(1, "CALENDRIER DE RECRUTEMENT", {}),
        L(["7 décembre : publication des deux offres sur notre site, sur le réseau French Tech Méditerranée et sur "
           "deux jobboards spécialisés",
           "Janvier : entretiens avec la chargée de recrutement, puis avec moi et un développeur",
           "Fin janvier : mise en situation et dernier entretien en binôme",
           "Février et mars : arrivées, avec un parcours d'intégration de trois semaines"]),
    ],
    missing=["requirements-grid"],
)
