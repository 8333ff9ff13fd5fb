from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Presto Imprim, a print shop in Rennes (52 staff) moving its orders to a web-to-print site,
    recruits a product owner and a data analyst. Guidance deleted. The context heading retyped "Presto Imprim,
    qui sommes-nous ?" and the skills heading retyped "Pourquoi recruter maintenant" (runs replaced, bookmarks
    lost); the fit heading retyped "Le bon niveau d'exigence" keeping its bookmark. The requirements grid deleted
    with its heading (missing); the transversal skills written in one sentence and two table rows (thin); every
    other section written, tables filled, organisation chart inserted.""",
    cover={"company": "Presto Imprim", "candidate": "Noémie Guillou", "team": "Noémie Guillou, Arthur Le Gall",
           "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", retitle="Presto Imprim, qui sommes-nous ?", text=[
            "Presto Imprim imprime depuis 1987 des cartes de visite, des flyers, des catalogues et des "
            "étiquettes pour les entreprises et les associations de Bretagne. L'atelier de Cesson-Sévigné tourne "
            "avec quatre presses numériques et une offset, 52 salariés et 6,1 millions d'euros de chiffre "
            "d'affaires en 2025. Jusqu'ici, presque toutes les commandes arrivent par courriel ou par téléphone, "
            "et les trois commerciaux ressaisissent chaque devis dans le logiciel de production.",
            "Le projet qui nous occupe est le lancement d'un site de commande en ligne où le client dépose son "
            "fichier, choisit papier et quantité, voit le prix et paie. Les imprimeurs en ligne nationaux ont pris "
            "une partie de nos petits clients avec des prix plus bas et des délais de 48 heures ; la direction veut "
            "offrir la même facilité tout en gardant le conseil et la proximité qui font notre réputation. Le site "
            "doit ouvrir en avril 2027 pour les cartes et les flyers, puis s'étendre aux catalogues.",
            "Une petite équipe projet existe déjà : la directrice commerciale, un développeur salarié et une "
            "agence web pour la partie graphique. Il manque les personnes qui feront vivre le site après son ouverture."]),
        "organisation-chart": dict(status="ok", image=["Direction générale", "Commerce (3)", "Atelier (38)", "Projet web : product owner (à recruter)", "Data analyst (à recruter)"],
                                   caption="Presto Imprim en 2027 : les deux postes à créer dépendent de la directrice commerciale, Sophie Le Bihan."),
        "skills-needs": dict(status="ok", retitle="Pourquoi recruter maintenant", text=[
            "Nous avons passé deux demi-journées avec Sophie Le Bihan et le développeur, Karim, à lister ce que le "
            "site demandera chaque semaine une fois ouvert. Trois besoins sont sortis. D'abord, quelqu'un doit "
            "décider de ce qui entre dans le site et dans quel ordre : les commerciaux ont chacun une liste de "
            "souhaits, et personne n'arbitre aujourd'hui. Ensuite, il faut comprendre ce que font les clients en "
            "ligne : où ils abandonnent leur panier, quels produits se vendent, quels prix attirent. Enfin, il faut "
            "faire le lien avec l'atelier, qui devra recevoir des fichiers prêts à imprimer sans vérification manuelle.",
            "Le troisième besoin peut être couvert par une formation du chef d'atelier. Les deux premiers ne "
            "peuvent pas l'être : personne dans l'entreprise n'a jamais géré un produit numérique ni analysé des "
            "données de navigation. Nous décrivons donc deux postes, un product owner et un data analyst, le "
            "second à temps partagé avec le service commercial pour analyser aussi les devis hors ligne.",
            "Le développeur reste seul pour la technique : un second profil technique n'est pas prévu avant 2028."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Product owner du site de commande", "décider de ce que le site propose et en suivre les résultats", "1", "directrice commerciale", "CDI", "Noémie Guillou"],
            ["Data analyst", "transformer les données du site et des devis en décisions", "1", "directrice commerciale", "CDI", "Arthur Le Gall"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Product owner – site de commande en ligne (H/F)"],
            [None, "Sophie Le Bihan, directrice commerciale"],
            [None, "Faire du site un canal qui apporte un tiers des commandes de petits formats d'ici 2029"],
            [None, "Tenir la liste des évolutions, écrire les besoins pour le développeur et l'agence, tester chaque version, suivre les ventes en ligne"],
            [None, "Un site, un développeur interne, une agence, un budget annuel de 120 000 euros"],
            [None, "Méthodes agiles, rédaction de récits utilisateurs, notions de prix et de marges en imprimerie"],
            [None, "Sens de l'arbitrage, écoute des commerciaux et de l'atelier, clarté à l'écrit"],
            [None, "Bac+5 en management du numérique ou trois ans comme product owner"],
            [None, "Basé à Cesson-Sévigné, deux jours de télétravail par semaine"],
            [None, "Part des commandes en ligne, taux d'abandon de panier, délai entre une idée et sa mise en ligne"]]]),
        "key-competences": dict(status="ok", tables=[[
            ["Prioriser les évolutions du site", "produit", "3", "1", "2", "recrutement du product owner"],
            ["Analyser les parcours d'achat", "données", "3", "0", "3", "recrutement du data analyst"],
            ["Contrôler un fichier d'impression", "atelier", "3", "2", "1", "formation du chef d'atelier"]]]),
        "transversal-skills": dict(status="thin", text=[
            "Deux qualités comptent surtout, parce que ces postes sont nouveaux chez nous."],
            tables=[[
            ["Diplomatie", "trois services à convaincre", "explique ses choix", "mise en situation"],
            ["Curiosité", "le métier est nouveau", "pose des questions à l'atelier", "entretien"]]]),
        "profile-fit": dict(status="ok", retitle="Le bon niveau d'exigence", keep_bookmark=True, text=[
            "Notre première version des deux fiches demandait beaucoup : cinq ans d'expérience, l'anglais courant, "
            "une connaissance de l'imprimerie. En comparant avec les annonces de postes équivalents à Rennes et "
            "avec le salaire que Presto peut offrir, 42 000 euros pour le product owner et 38 000 pour le data "
            "analyst, nous avons compris que ce profil n'existait pas à ce prix. Nous avons donc gardé "
            "l'expérience du travail en mode agile, qui est indispensable dès le premier jour, et retiré la "
            "connaissance de l'imprimerie, que l'atelier peut transmettre en quelques semaines.",
            "Pour le data analyst, nous acceptons un profil jeune diplômé s'il maîtrise SQL et un outil de "
            "visualisation, car les volumes de données restent modestes. L'anglais n'est plus exigé : nos "
            "fournisseurs de logiciels ont tous une documentation en français. Ces ajustements rendent les deux "
            "postes accessibles sans baisser le niveau sur ce qui compte vraiment pour le projet.",
            "Sophie Le Bihan a relu les fiches corrigées avec deux commerciaux, qui les ont jugées réalistes pour le marché rennais."]),
        "requirements-grid": dict(status="missing"),
    },
)
