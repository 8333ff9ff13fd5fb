from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: la SEM des Remontées de la Lauzière, exploitant d'un domaine skiable savoyard (310 salariés en
    hiver), passe au forfait mains libres vendu en ligne et décrit deux postes (un product owner billetterie, un
    technicien contrôle d'accès). Guidance deleted. The skills-needs and transversal-skills headings retyped (runs
    replaced, bookmarks lost); the fit heading retyped keeping its bookmark. The requirements grid deleted with its
    heading (missing); the organisation chart left as our prompt (placeholder); every other section written,
    tables filled, one job form filled.""",
    cover={"company": "SEM des Remontées de la Lauzière", "candidate": "Chloé Perrier",
           "team": "Chloé Perrier, Antoine Dufour", "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", text=[
            "La SEM des Remontées de la Lauzière exploite 24 remontées mécaniques et 68 kilomètres de pistes en "
            "Savoie. Elle emploie 45 permanents et jusqu'à 310 salariés pendant la saison, pour un chiffre "
            "d'affaires de 21 millions d'euros, dont 88 % proviennent de la vente de forfaits. Aujourd'hui, 70 % des "
            "forfaits sont encore achetés aux caisses du pied des pistes, où l'attente dépasse quarante minutes "
            "les samedis de février.",
            "Pour l'hiver 2027-2028, la direction lance le projet « Lauzière sans file » : forfaits vendus en ligne "
            "et chargés sur une carte rechargeable, portiques mains libres à tous les départs, et une application "
            "qui affiche l'attente aux remontées. L'éditeur de la billetterie et le fabricant des portiques sont "
            "choisis ; il manque des personnes capables de piloter le produit au quotidien et d'entretenir les "
            "portiques. Le service billetterie, dix permanents, connaît très bien la vente au guichet mais jamais "
            "personne n'y a géré un produit numérique, et les électromécaniciens n'ont jamais touché à un lecteur "
            "de cartes sans contact relié au réseau."]),
        "organisation-chart": dict(status="placeholder"),
        "skills-needs": dict(status="ok", retitle="Ce qui nous manque pour passer au sans-contact", text=[
            "Avec Antoine Dufour, responsable billetterie, nous avons listé ce que le projet exigera chaque semaine. "
            "Il faudra d'abord décider des évolutions de la vente en ligne : tarifs dynamiques, offres famille, "
            "parcours sur téléphone, et arbitrer entre les demandes du marketing, des caisses et de l'office de "
            "tourisme. Il faudra ensuite que les 96 portiques fonctionnent par moins vingt degrés, sous la neige, "
            "avec un dépannage en moins de quinze minutes pendant l'ouverture des pistes, même un jour de tempête.",
            "Aucun de ces deux besoins ne peut être couvert par l'équipe actuelle sans renfort. Nous créons donc "
            "un poste de product owner billetterie rattaché au directeur commercial, et deux postes de technicien "
            "contrôle d'accès rattachés au chef du service électromécanique. Le développement de l'application "
            "reste confié à l'éditeur ; le service client en ligne sera assuré par deux caissières volontaires, "
            "formées pendant l'été, qui gardent leur contrat actuel et leur lieu de travail. Ces choix ont été validés par le directeur commercial en novembre, avant le lancement des recrutements prévu en janvier."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Product owner billetterie", "faire de la vente en ligne le premier canal", "1",
             "directeur commercial", "CDI", "Chloé"],
            ["Technicien(ne) contrôle d'accès", "garder les 96 portiques en service", "2",
             "chef du service électromécanique", "CDI annualisé", "Antoine"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Product owner billetterie (H/F)"],
            [None, "Directeur commercial, Pascal Grosset"],
            [None, "Faire passer la part des forfaits vendus en ligne de 30 % à 65 % en trois saisons"],
            [None, "Tenir la liste des évolutions, écrire les besoins pour l'éditeur, tester chaque version, suivre les ventes chaque jour, animer un point hebdomadaire avec les caisses et le marketing"],
            [None, "Toute la vente de forfaits, en ligne et aux caisses ; pas d'équipe à encadrer ; budget d'évolutions de 120 000 euros par an"],
            [None, "Gestion de produit numérique, rédaction de besoins, lecture de statistiques de vente, bases de tarification"],
            [None, "Sens de l'arbitrage, clarté à l'écrit, calme en pleine saison"],
            [None, "Bac+5 en commerce, informatique ou école d'ingénieurs, ou Bac+3 avec trois ans dans un poste proche"],
            [None, "Basé à Saint-François, présence six jours sur sept de décembre à avril, récupération en mai et juin"],
            [None, "Part des ventes en ligne, taux d'abandon du panier, attente aux caisses, note de l'application"]]]),
        "key-competences": dict(status="ok", tables=[[
            ["Piloter un produit numérique", "produit", "4", "0", "4", "recrutement"],
            ["Régler et dépanner un lecteur sans contact", "technique", "4", "1", "3", "formation chez le fabricant"],
            ["Lire les ventes et les passages aux portiques", "données", "3", "1", "2", "formation interne"],
            ["Connaître les tarifs et les clientèles du domaine", "métier", "3", "4", "0", "déjà présent"]]]),
        "transversal-skills": dict(status="ok", retitle="Savoir-être : nos trois exigences", text=[
            "Les deux postes vivent au milieu d'équipes saisonnières, sous pression les jours d'affluence. Nous "
            "retenons trois qualités, chacune vérifiée pendant le recrutement par une mise en situation. Les diplômes ne disent rien de ces qualités, d'où ces épreuves concrètes."],
            tables=[[
            ["Sang-froid", "un portique en panne bloque deux cents skieurs", "reste calme et explique", "simulation d'une panne un samedi"],
            ["Diplomatie", "caisses et marketing n'ont pas les mêmes priorités", "arbitre et explique ses choix", "jeu de rôle avec deux demandes opposées"],
            ["Pédagogie", "les caissières deviennent conseillères en ligne", "forme sans jargon", "expliquer une fonction à un saisonnier"]]]),
        "profile-fit": dict(status="ok", retitle="Des exigences à notre portée ?", keep_bookmark=True, text=[
            "Notre première fiche de product owner demandait un Bac+5, cinq ans d'expérience et une pratique du "
            "ski de haut niveau. Le cabinet d'Annecy consulté en octobre nous a rappelé que nous recrutons en "
            "concurrence avec les stations voisines et avec Genève, où les salaires sont bien plus élevés. Nous "
            "avons donc ouvert le poste aux Bac+3 ayant trois ans d'expérience proche et supprimé l'exigence sur le "
            "ski, qui n'a rien à voir avec le métier. Nous gardons en revanche une vraie expérience de gestion de "
            "produit, car personne chez nous ne pourra l'apprendre au nouveau venu.",
            "Pour les techniciens, nous demandons un diplôme en électrotechnique et l'habilitation électrique, "
            "mais pas d'expérience des portiques : le fabricant forme pendant trois semaines en octobre. Nous "
            "proposons un contrat annualisé sur douze mois, seule façon de garder des techniciens qualifiés "
            "hors saison, et nous offrons un logement à Saint-François la première année, car les loyers de la "
            "vallée découragent les candidats venus de loin. Ces ajustements rendent les deux fiches cohérentes avec le salaire proposé et avec le marché de l'emploi de la vallée."]),
        "requirements-grid": dict(status="missing"),
    },
)
