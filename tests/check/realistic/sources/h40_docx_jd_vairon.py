from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 40, written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Maison Vairon, a porcelain tableware maker in Limoges, recruits an e-commerce lead and a
    data analyst. Paraphrased and question headings; the job form split over two headings (one per role); a
    skills table per role; the soft skills are a short table (thin); the authors add their own hiring timeline
    section; no requirements grid (missing).""",
    title="Maison Vairon — Deux recrutements pour la boutique en ligne",
    cover=["Étude de cas 2 — Chloé Marchand", "Novembre 2026"],
    blocks=[
        H(1, "1. Qui sommes-nous, et pourquoi recruter maintenant ?", {"company-context": "ok"}),
        P("Maison Vairon fabrique de la vaisselle en porcelaine à Limoges depuis 1921. L'entreprise compte 85 "
          "salariés, dont 60 à l'atelier de moulage et de décoration, et a réalisé 11,4 millions d'euros de chiffre "
          "d'affaires en 2025. Jusqu'ici, 80 % des ventes passent par les grands magasins et les hôtels-restaurants ; "
          "la boutique en ligne, ouverte en 2022 et gérée à mi-temps par une assistante commerciale, ne pèse que "
          "6 % du chiffre d'affaires."),
        P("La direction veut porter cette part à 20 % en trois ans. Le comité de direction a voté en septembre un "
          "budget de 400 000 euros pour refondre le site, lancer des collections exclusives au web et vendre à "
          "l'étranger, en particulier en Allemagne et au Japon où la marque est connue des amateurs. L'équipe "
          "digitale actuelle se limite à Inès Barre, responsable marketing, et à une agence de Bordeaux qui "
          "maintient le site. Personne ne pilote les ventes en ligne au quotidien et personne ne sait lire les "
          "données du site : les décisions de réassort se prennent au jugé. Les deux recrutements décrits ici "
          "doivent combler ce manque avant la refonte, prévue pour avril 2027."),
        H(2, "Organigramme de l'équipe digitale", {"organisation-chart": "ok"}),
        Img(["Direction générale", "Marketing (Inès Barre)", "Resp. e-commerce (à recruter)", "Analyste data (à recruter)"],
            "L'équipe digitale après les deux recrutements, rattachée au marketing."),
        H(1, "2. De quelles compétences avons-nous besoin ?", {"skills-needs": "ok"}),
        P("Nous avons interrogé Inès Barre, le directeur commercial, le chef d'atelier et l'agence web pour "
          "comprendre ce qui manque. Trois besoins reviennent. D'abord, quelqu'un qui fasse vivre la boutique en "
          "ligne chaque jour : fiches produits, promotions, relation avec les transporteurs, service client, et "
          "qui porte un objectif de chiffre d'affaires. Ensuite, quelqu'un qui mesure : d'où viennent les visiteurs, "
          "quels produits convertissent, quels stocks préparer avant Noël. Enfin, un lien solide avec l'atelier, "
          "car une pièce décorée à la main demande six semaines : une rupture de stock sur le web ne se rattrape "
          "pas en quelques jours."),
        P("Un seul poste polyvalent aurait été moins cher, mais les profils qui savent à la fois piloter un site "
          "marchand et construire des tableaux de bord sérieux sont rares et chers à Limoges. Nous proposons donc "
          "deux postes : un responsable e-commerce confirmé, en CDI, et un analyste data junior, en CDI également, "
          "que le premier encadrera au quotidien. L'anglais est indispensable pour les deux, car un tiers des "
          "commandes en ligne viendra de l'étranger selon le plan de la direction."),
        H(2, "Les deux postes en bref", {"jobs-list": "ok"}),
        T([["Poste", "Contrat", "Rattachement", "Arrivée souhaitée"],
           ["Responsable e-commerce", "CDI cadre, 48-55 k€", "Responsable marketing", "février 2027"],
           ["Analyste data", "CDI, 34-38 k€", "Responsable e-commerce", "mars 2027"]]),
        H(1, "3. Fiche de poste — Responsable e-commerce", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "Développer les ventes en ligne de 0,7 à 2,3 M€ en trois ans, en France et à l'export"],
           ["Activités principales", "Piloter le catalogue et les collections web, animer les promotions, suivre "
            "l'agence, gérer les transporteurs et le service client"],
           ["Indicateurs", "Chiffre d'affaires en ligne, taux de conversion, panier moyen, taux de retour"],
           ["Profil", "Bac+5 commerce ou marketing digital, cinq ans d'expérience sur un site marchand, anglais courant"],
           ["Conditions", "Basé à Limoges, deux jours de télétravail, déplacements ponctuels à Paris"]]),
        H(1, "Fiche de poste — Analyste data", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "Donner chaque semaine à l'équipe les chiffres qui guident le réassort et le marketing"],
           ["Activités principales", "Construire les tableaux de bord, suivre le trafic, prévoir les ventes "
            "avant les fêtes, préparer les listes de production pour l'atelier"],
           ["Profil", "Bac+3 à Bac+5 statistique ou école de commerce, première expérience bienvenue, SQL et un "
            "outil de visualisation"],
           ["Conditions", "Basé à Limoges, un jour de télétravail"]]),
        H(1, "4. Compétences clés, poste par poste", {"key-competences": "ok"}),
        T([["Compétence", "Responsable e-commerce", "Analyste data", "Niveau attendu"],
           ["Gestion d'un site marchand (Shopify ou équivalent)", "indispensable", "utile", "expert / notions"],
           ["Acquisition de trafic payant et référencement", "indispensable", "—", "confirmé"],
           ["SQL et modélisation de données", "—", "indispensable", "confirmé"],
           ["Prévision de ventes", "utile", "indispensable", "notions / confirmé"],
           ["Logistique export et douanes", "indispensable", "—", "confirmé"],
           ["Anglais professionnel", "indispensable", "indispensable", "courant / lu et écrit"]]),
        H(1, "5. Savoir-être attendus", {"transversal-skills": "thin"}),
        T([["Qualité", "Pourquoi"],
           ["Sens du dialogue", "travailler avec l'atelier"],
           ["Rigueur", "stocks et chiffres fiables"],
           ["Curiosité", "marchés étrangers"]]),
        H(1, "6. Le profil recherché colle-t-il aux exigences ?", {"profile-fit": "ok"}),
        P("Pour le responsable e-commerce, l'exigence centrale est l'expérience d'un site marchand de produits "
          "haut de gamme, avec un objectif de chiffre d'affaires porté personnellement. Un profil venu d'un grand "
          "site généraliste risquerait de pousser les promotions au détriment de l'image de la marque ; nous "
          "privilégions donc des candidats issus de la décoration, de la mode ou de l'art de la table. La "
          "connaissance de l'export est le second filtre : sans elle, l'objectif d'un tiers de ventes à l'étranger "
          "n'est pas crédible."),
        P("Pour l'analyste, nous avons volontairement baissé le niveau d'expérience demandé. Les salaires des "
          "analystes confirmés à Paris ou à Bordeaux dépassent notre budget, et le volume de données de la "
          "boutique reste modeste. Un jeune diplômé solide en SQL, encadré par le responsable e-commerce et "
          "formé par l'agence pendant trois mois, répondra au besoin. Le risque est son isolement : c'est pourquoi "
          "la fiche insiste sur le lien avec l'atelier, et pourquoi nous prévoyons un point hebdomadaire avec le "
          "chef d'atelier pour transformer les prévisions en plans de production."),
        H(1, "7. Calendrier et déroulé des recrutements"),
        P("Les annonces paraissent mi-décembre sur l'APEC, LinkedIn et le site de l'école de commerce de Limoges. "
          "Chaque candidat retenu passe un entretien avec Inès Barre, un cas pratique d'une heure et une visite "
          "de l'atelier. Décision attendue fin janvier pour le premier poste."),
    ],
    missing=["requirements-grid"],
)
