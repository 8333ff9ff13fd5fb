from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Cidrerie Kerhervé, a cider and apple juice maker in Finistère (85 staff), opens its own online
    shop and describes two jobs (an online sales lead, an order picker). Guidance deleted. The context heading and
    the key skills heading retyped (runs replaced, bookmarks lost); the fit heading retyped keeping its bookmark.
    The organisation chart deleted with its heading (missing); the transversal skills section left as our prompt
    with its table unfilled (placeholder); every other section written, tables filled, one job form filled.""",
    cover={"company": "Cidrerie Kerhervé", "candidate": "Nolwenn Cadiou", "team": "Nolwenn Cadiou, Yanis Haddad",
           "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", retitle="Kerhervé : une cidrerie qui veut vendre en direct", text=[
            "La Cidrerie Kerhervé presse des pommes depuis 1962 près de Fouesnant. Elle emploie 85 personnes, dont "
            "une trentaine de saisonniers à l'automne, et vend chaque année 2,4 millions de bouteilles de cidre, "
            "de jus de pomme et de pommeau. Son chiffre d'affaires atteint 9,8 millions d'euros, réalisé à 80 % "
            "auprès de la grande distribution bretonne et à 20 % dans la boutique du domaine, très fréquentée "
            "l'été par les touristes.",
            "Les touristes qui repartent chez eux écrivent souvent pour commander à nouveau, mais la cidrerie ne "
            "sait pas leur répondre : aucun site marchand, aucun stock dédié à l'expédition. La direction a donc "
            "lancé le projet « Kerhervé à la maison » : une boutique en ligne ouverte en avril 2027, des coffrets "
            "livrés partout en France et un abonnement trimestriel. L'objectif est de 600 000 euros de ventes en "
            "ligne la troisième année. L'équipe commerciale actuelle, quatre personnes, connaît très bien les "
            "acheteurs de la grande distribution mais n'a jamais animé un site, une base de clients ou des "
            "campagnes par courriel, et l'entrepôt n'a jamais préparé de colis pour des particuliers."]),
        "organisation-chart": dict(status="missing"),
        "skills-needs": dict(status="ok", text=[
            "Vendre en ligne demande trois choses que nous n'avons pas : savoir attirer et fidéliser des "
            "particuliers sur internet, piloter un site marchand au quotidien, et préparer des colis fragiles sans "
            "casse. Nous avons comparé ces besoins avec les compétences de l'équipe. Le service commercial sait "
            "négocier et construire une offre, mais pas gérer un catalogue en ligne ni lire des statistiques de "
            "visite. L'entrepôt charge des palettes ; il ne sait pas emballer une bouteille pour un transporteur.",
            "Nous avons donc décidé de créer deux postes. Un ou une responsable des ventes en ligne portera le "
            "site, les campagnes et la relation avec les clients abonnés. Deux préparateurs de commandes, d'abord "
            "à mi-temps puis à temps plein, prépareront et expédieront les colis. Le photographe et l'agence web "
            "restent des prestataires : nous n'en faisons pas des postes, car leur travail est ponctuel. "
            "Les commerciaux actuels garderont la grande distribution, et la boutique du domaine continuera de "
            "vendre sur place avec ses deux vendeuses habituelles, comme chaque été depuis vingt ans."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Responsable des ventes en ligne", "faire vivre la boutique en ligne et l'abonnement", "1",
             "directrice commerciale", "CDI", "Nolwenn"],
            ["Préparateur(trice) de commandes e-commerce", "expédier des colis sans casse ni retard", "2",
             "chef d'entrepôt", "CDI à mi-temps puis temps plein", "Yanis"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Responsable des ventes en ligne (H/F)"],
            [None, "Directrice commerciale, Anne Kerhervé"],
            [None, "Faire de la boutique en ligne un canal rentable qui fidélise les clients du domaine"],
            [None, "Gérer le catalogue et les prix, lancer les coffrets de saison, animer la lettre d'information, répondre aux clients, suivre les ventes chaque semaine, coordonner l'agence web et le photographe"],
            [None, "Toute la France métropolitaine ; budget marketing de 45 000 euros par an ; travaille avec les deux préparateurs sans les encadrer"],
            [None, "Gestion d'un site marchand, publicité en ligne, analyse des ventes, rédaction de fiches produits"],
            [None, "Autonomie, sens du client, goût pour les produits du terroir"],
            [None, "Bac+3 en commerce ou marketing numérique ; deux ans d'expérience en vente en ligne"],
            [None, "Poste au domaine de Fouesnant, deux jours de télétravail, présence renforcée en décembre"],
            [None, "Chiffre d'affaires en ligne, taux de réachat, nombre d'abonnés, note des avis clients"]]]),
        "key-competences": dict(status="ok", retitle="Compétences métier attendues", tables=[[
            ["Piloter un site marchand", "numérique", "4", "0", "4", "recrutement"],
            ["Animer une base de clients par courriel", "marketing", "3", "1", "2", "formation de trois jours"],
            ["Emballer des bouteilles pour l'expédition", "logistique", "3", "1", "2", "formation par le transporteur"],
            ["Construire une offre de coffrets", "commerce", "3", "3", "0", "déjà présent dans l'équipe"]]]),
        "transversal-skills": dict(status="placeholder"),
        "profile-fit": dict(status="ok", retitle="Le bon niveau d'exigence ?", keep_bookmark=True, text=[
            "Pour le poste de responsable des ventes en ligne, nous avions d'abord écrit « Bac+5 et cinq ans "
            "d'expérience ». Le cabinet de recrutement de Quimper nous a expliqué qu'un tel profil partirait vers "
            "Rennes ou Nantes, où les salaires sont plus élevés. Nous avons donc ramené l'exigence à un Bac+3 et "
            "deux ans d'expérience, parce que le site reste petit au départ : quelques centaines de commandes par "
            "mois. En revanche, nous tenons à une vraie expérience de la vente en ligne, car personne en interne "
            "ne pourra la former sur ce point.",
            "Pour les préparateurs, nous ne demandons aucun diplôme. Le poste exige surtout de la rigueur et du "
            "soin : une bouteille cassée coûte le produit, le port et souvent le client. Nous recrutons de "
            "préférence parmi nos saisonniers, qui connaissent déjà nos produits, et nous les formons à "
            "l'emballage avec le transporteur. Ces choix gardent des exigences cohérentes avec les missions, avec "
            "le salaire proposé et avec le marché de l'emploi local, "
            "où les candidats sont peu nombreux en hiver."]),
        "requirements-grid": dict(status="ok", tables=[[
            ["Expérience de la vente en ligne", "indispensable", "personne ne peut la transmettre en interne", "étude d'un cas réel de site"],
            ["Bac+3 commerce ou marketing", "souhaitable", "une expérience solide peut compenser", "CV"],
            ["Rigueur dans l'emballage", "indispensable", "une casse coûte le client", "essai d'une demi-journée à l'entrepôt"],
            ["Connaissance des cidres bretons", "souhaitable", "s'apprend vite au domaine", "entretien"]]]),
    },
)
