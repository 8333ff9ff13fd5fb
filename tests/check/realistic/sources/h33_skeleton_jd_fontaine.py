from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: les Ateliers Fontaine, a cargo-bike maker in Besançon (74 staff) that launches a network of
    after-sales service on site for delivery companies, describe two new jobs (a field service coordinator and a
    connected-bike diagnostics technician). Guidance deleted. The context heading retyped "Qui sommes-nous ?" and
    the skills-needs heading retyped "Pourquoi deux nouveaux postes" (runs replaced, bookmarks lost); the soft
    skills heading retyped "Savoir-être attendus" with its bookmark kept. The organisation chart drawn as a
    picture with a caption. The soft skills section holds one sentence and two table rows of a few words
    (thin). The requirements grid deleted with its heading (missing). Every other section written, tables
    filled, one job form filled.""",
    cover={"company": "Ateliers Fontaine", "candidate": "Inès Carvalho", "team": "Inès Carvalho, Romain Jeunet",
           "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", retitle="Qui sommes-nous ?", text=[
            "Les Ateliers Fontaine conçoivent et assemblent des vélos cargo à assistance électrique à Besançon "
            "depuis 2014. L'entreprise compte 74 salariés, dont 41 à l'assemblage, et a vendu 3 100 vélos en 2025, "
            "pour un chiffre d'affaires de 17,8 millions d'euros. Les deux tiers partent chez des entreprises de "
            "livraison du dernier kilomètre à Lyon, Strasbourg et Dijon, qui roulent six jours sur sept et ne "
            "supportent pas un vélo immobilisé plus d'une journée.",
            "C'est ce qui crée le projet « Fontaine Service » : à partir de septembre 2027, nos clients "
            "professionnels pourront souscrire un contrat d'entretien avec intervention sur leur dépôt sous 24 "
            "heures. Depuis 2026, chaque vélo embarque un boîtier qui remonte l'état de la batterie, du moteur et "
            "des freins ; personne ne sait encore exploiter ces données. Le service après-vente actuel, quatre "
            "techniciens à l'atelier dirigés par Marc Vuillemin, répare les vélos qu'on lui rapporte. La maison est "
            "jeune, très technique, et fière de réparer plutôt que de remplacer. Les recrues rejoindront une équipe "
            "soudée, habituée à travailler sans procédure écrite, que le directeur industriel veut voir grandir sans "
            "perdre son savoir-faire."]),
        "organisation-chart": dict(status="ok", image=[
            "Direction générale", "Direction industrielle", "SAV : Marc Vuillemin", "Coordinateur terrain (à pourvoir)",
            "Technicien diagnostic (à pourvoir)"],
            caption="Le service après-vente demain : les deux postes à pourvoir rattachés à Marc Vuillemin."),
        "skills-needs": dict(status="ok", retitle="Pourquoi deux nouveaux postes", text=[
            "Nous avons suivi pendant deux semaines les appels reçus par le SAV et accompagné un technicien chez "
            "un client lyonnais. Il en ressort deux manques. Le premier est l'organisation : quelqu'un doit "
            "recevoir les demandes des dépôts, planifier les tournées des techniciens mobiles dans trois villes, "
            "commander les pièces à temps et rendre compte aux clients. Aujourd'hui, Marc le fait entre deux "
            "réparations, et les délais dérivent dès qu'il s'absente.",
            "Le second est la lecture des données des boîtiers : repérer une batterie qui faiblit avant la panne, "
            "distinguer un défaut moteur d'une mauvaise utilisation, et transformer ces signaux en interventions "
            "préventives. Nos techniciens sont d'excellents mécaniciens, mais aucun n'a l'habitude de ces outils. "
            "Nous créons donc un poste de coordinateur ou coordinatrice du service terrain et un poste de "
            "technicien ou technicienne diagnostic connecté. Les interventions elles-mêmes resteront faites par "
            "les techniciens actuels et par deux mécaniciens mobiles recrutés par l'agence d'intérim, ce qui "
            "évite de multiplier les postes permanents avant que les contrats soient signés."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Coordinateur·rice service terrain", "Tenir l'intervention sous 24 h chez chaque client", "1",
             "Responsable SAV", "CDI", "Inès Carvalho"],
            ["Technicien·ne diagnostic connecté", "Prévenir les pannes grâce aux données des boîtiers", "1",
             "Responsable SAV", "CDI", "Romain Jeunet"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Coordinateur·rice service terrain (H/F)"],
            [None, "Marc Vuillemin, responsable du service après-vente"],
            [None, "Garantir à chaque client sous contrat une intervention sous 24 heures"],
            [None, "Recevoir les demandes, planifier les tournées dans trois villes, commander les pièces, "
                   "informer les clients, suivre les contrats"],
            [None, "Coordonne quatre techniciens et deux mécaniciens intérimaires ; budget pièces de 180 000 "
                   "euros par an ; choisit l'ordre des interventions"],
            [None, "Planification, logiciel de gestion d'interventions, lecture d'un contrat de service"],
            [None, "Calme au téléphone, sens de l'organisation, franchise avec les clients"],
            [None, "Bac+2 ou Bac+3 logistique ou maintenance, trois ans de coordination d'équipes mobiles"],
            [None, "Basé à Besançon, déplacements d'un jour par mois à Lyon ou Strasbourg, astreinte un "
                   "samedi sur quatre"],
            [None, "Part des interventions faites sous 24 h, satisfaction client, coût des pièces par vélo"]]]),
        "key-competences": dict(status="ok", tables=[[
            ["Planifier des tournées multi-sites", "organisation", "3", "1", "2", "recrutement"],
            ["Lire les données des boîtiers", "électronique et données", "3", "0", "3",
             "recrutement, puis formation par le fournisseur du boîtier"],
            ["Réparer moteur et batterie", "mécanique", "3", "3", "0", "déjà présent chez les techniciens"]]]),
        "transversal-skills": dict(status="thin", retitle="Savoir-être attendus", keep_bookmark=True, text=[
            "Surtout de l'autonomie et du tact avec les clients."], tables=[[
            ["Autonomie", "dépôts éloignés", "décide seul", None],
            ["Tact", "clients pressés", "reste calme", None]]]),
        "profile-fit": dict(status="ok", text=[
            "Nous avons d'abord imaginé un ingénieur en systèmes embarqués pour le poste de diagnostic. En "
            "parlant avec le fournisseur des boîtiers, nous avons compris que l'outil d'analyse est déjà livré : "
            "il faut quelqu'un qui sache le lire et qui comprenne un vélo, pas quelqu'un qui le programme. Un "
            "ingénieur se serait ennuyé et aurait coûté près de 48 000 euros par an. Nous demandons donc un BTS "
            "en électrotechnique ou en maintenance des véhicules, avec une première expérience des outils de "
            "diagnostic, pour 30 000 à 34 000 euros.",
            "Pour la coordination, l'exigence de trois ans d'encadrement d'équipes mobiles est indispensable : "
            "le service démarre avec des contrats signés et des pénalités en cas de retard. La connaissance du "
            "vélo, en revanche, est souhaitée mais non exigée, car Marc et l'atelier la transmettront en quelques "
            "semaines. Nous avons retiré de la première version la mention « jeune et dynamique », "
            "discriminatoire, et l'exigence d'anglais, qu'aucune mission ne justifie. Les deux fiches seront relues "
            "par la responsable des ressources humaines avant publication sur les sites de l'APEC et de France Travail."]),
        "requirements-grid": dict(status="missing"),
    },
)
