DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted. The context heading retyped "L'entreprise et le
    projet" (runs replaced, bookmark lost); org chart picture inserted; the job description form filled field by
    field; the competences matrix left empty; the transversal skills section still our prompt with an empty table;
    requirements grid deleted; the profile fit text short (thin).""",
    cover={"project": "Équipe service client", "company": "AlpineCare", "candidate": "Sofiane Rahmani"},
    sections={
        "company-context": dict(status="ok", retitle="L'entreprise et le projet", text=[
            "AlpineCare loue et entretient du matériel médical à domicile (lits médicalisés, fauteuils, "
            "concentrateurs d'oxygène) pour 9 000 patients en Savoie et en Haute-Savoie. L'entreprise compte 74 "
            "salariés, dont 22 techniciens livreurs et une équipe de service client de six personnes qui prend les "
            "commandes des pharmacies et des hôpitaux et organise les tournées.",
            "Le projet de l'année est la mise en service d'un portail de commande en ligne pour les prescripteurs "
            "et d'un suivi des livraisons par SMS pour les patients. Il va transformer le service client : moins "
            "de saisie de commandes au téléphone, davantage de coordination des tournées et de réponses aux "
            "familles inquiètes. La direction veut créer deux postes et faire évoluer celui de la responsable "
            "actuelle, qui partira à la retraite dans dix-huit mois. Les fiches de poste qui suivent ont été rédigées avec elle et avec le responsable des opérations, puis relues par la direction des ressources humaines du groupe auquel AlpineCare appartient depuis 2022. Elles serviront aussi de base à l'entretien annuel des titulaires."]),
        "organisation-chart": dict(status="ok", image=["Direction", "Opérations", "Service client (6)", "Coordinateur tournées (nouveau)"],
                                   caption="Organigramme cible, les deux postes créés sont en bleu."),
        "skills-needs": dict(status="ok", text=[
            "Le portail et le suivi par SMS changent la nature du travail au service client. Aujourd'hui, 70 % du "
            "temps des conseillers passe dans la saisie de commandes reçues par téléphone ou par fax. Demain, les "
            "commandes arriveront déjà saisies, et le besoin portera sur la planification des tournées, la gestion "
            "des urgences (une sortie d'hôpital un vendredi soir), et l'accompagnement des pharmacies qui "
            "découvrent le portail. Il manque deux compétences dans l'équipe : l'optimisation de tournées avec un "
            "logiciel de planification, et l'animation d'un réseau de prescripteurs. Les conseillers actuels "
            "seront formés à l'usage du portail ; les deux postes créés apportent ce qui ne se forme pas en "
            "quelques semaines.", "Nous avons vérifié ce besoin avec les chiffres de l'an dernier : 1 400 livraisons en urgence, dont un tiers organisées après 17 heures par la responsable elle-même, et des tournées qui dépassent de 18 % le kilométrage théorique calculé par notre logiciel de facturation. Ces deux chiffres montrent où les nouvelles compétences auront le plus d'effet, et ils serviront à mesurer le succès des deux recrutements au bout d'un an."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Coordinateur(trice) des tournées", "planifier et ajuster les 22 tournées quotidiennes", "1", "responsable des opérations", "CDI", "S. Rahmani"],
            ["Chargé(e) de relation prescripteurs", "déployer le portail auprès de 180 pharmacies et 6 hôpitaux", "1", "responsable service client", "CDI", "S. Rahmani"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Coordinateur(trice) des tournées"],
            [None, "responsable des opérations"],
            [None, "livrer chaque patient le bon jour avec le bon matériel, au moindre kilométrage"],
            [None, "construire les tournées du lendemain, intégrer les urgences, suivre les livraisons en temps réel, informer les familles"],
            [None, "22 techniciens, deux départements, 300 livraisons par jour"],
            [None, "logiciel de planification de tournées, Excel avancé, connaissance du territoire alpin"],
            [None, "calme sous pression, sens du service, fermeté bienveillante avec les techniciens"],
            [None, "bac+2 en logistique ou transport, trois ans d'expérience en planification"],
            [None, "Chambéry, du lundi au vendredi, une astreinte téléphonique un samedi sur quatre"],
            [None, "taux de livraison à la date promise, kilomètres par livraison, réclamations des familles"]]]),
        "key-competences": dict(status="empty"),
        "transversal-skills": dict(status="placeholder"),
        "profile-fit": dict(status="thin", text=[
            "Nous n'exigeons pas de diplôme de santé : la connaissance du matériel s'apprend en deux semaines avec "
            "les techniciens. L'expérience de planification est indispensable."]),
        "requirements-grid": dict(status="missing"),
    },
)
