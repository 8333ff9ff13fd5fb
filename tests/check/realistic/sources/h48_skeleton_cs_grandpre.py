from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: an organic market-garden farm near Angers selling weekly vegetable baskets to companies for
    their staff. Guidance deleted; the market diagnosis retyped "Où en est le marché du panier en entreprise ?" and
    the RACI retyped "Qui fait quoi ?" (runs replaced, bookmarks lost); the positioning retyped keeping its
    bookmark; tables filled; the commercial budget deleted (missing); the process map left as our prompt.""",
    cover={"company": "Ferme du Grand Pré", "candidate": "Clément Aubry", "school": "Web School Factory"},
    sections={
        "market-diagnosis": dict(status="ok", retitle="Où en est le marché du panier en entreprise ?", text=[
            "La Ferme du Grand Pré cultive 9 hectares de légumes bio à Saint-Barthélemy-d'Anjou, à dix minutes "
            "d'Angers. Depuis 2019 elle vend en AMAP et sur deux marchés, pour un chiffre d'affaires de 310 000 "
            "euros. Les AMAP stagnent : le nombre d'adhérents a baissé de 12 % en deux ans, et les marchés du samedi "
            "dépendent beaucoup de la météo. La ferme veut donc livrer des paniers de légumes directement sur le "
            "lieu de travail, payés en partie par l'employeur au titre de la qualité de vie au travail.",
            "L'agglomération compte 180 entreprises de plus de 50 salariés. Nous en avons interrogé 23 au printemps : "
            "14 ont déjà une action autour de l'alimentation (fruits gratuits, cantine labellisée), 9 ont entendu "
            "parler des paniers en entreprise et 4 en proposent déjà via une plateforme nationale qui livre des "
            "légumes venant de toute la France. Les salariés citent le manque de temps pour faire le marché. Notre "
            "atout est la fraîcheur et la visite possible de la ferme ; notre faiblesse, une capacité limitée "
            "à 400 paniers par semaine en été et 250 en hiver."]),
        "commercial-objectives": dict(status="ok", text=[
            "Sur la première année, nous visons 12 entreprises clientes et 280 paniers livrés par semaine en "
            "moyenne, soit un chiffre d'affaires supplémentaire de 150 000 euros. Nous suivrons chaque mois le "
            "nombre d'entreprises signées, le nombre de paniers commandés par site, le taux de salariés abonnés "
            "dans chaque entreprise (cible : 15 %), le taux de désabonnement mensuel (à garder sous 5 %) et la "
            "marge par panier, qui doit rester au-dessus de 6 euros. Un tableau de bord partagé avec l'associé "
            "qui gère les cultures permettra d'ajuster les semis à la demande. "
            "Au bout de six mois, si moins de huit entreprises ont signé, nous revoyons la cible et le prix avec "
            "notre conseiller de la chambre d'agriculture."]),
        "stp": dict(status="ok", text=[
            "Nous avons découpé le marché selon la taille du site, la présence d'un comité social et économique "
            "actif et la part de salariés qui viennent en voiture, car ce sont eux qui emportent le plus facilement "
            "un panier. Trois groupes ressortent : les grands sites industriels de la zone d'activité d'Écouflant, "
            "les sièges de bureaux du centre-ville, et les établissements de santé qui travaillent en horaires "
            "décalés. Nous choisissons de viser d'abord les sites industriels : ils ont des parkings, des CSE "
            "dotés d'un budget et des salariés qui vivent souvent en périphérie, loin des marchés. Les bureaux du "
            "centre viennent en second, avec une livraison à vélo, et la santé est écartée pour l'instant à cause "
            "des horaires de retrait. Nous y reviendrons en 2028, "
            "quand la ferme aura un point de retrait réfrigéré accessible la nuit."]),
        "segmentation": dict(status="ok", tables=[[
            ["Sites industriels", "usines et entrepôts de plus de 150 salariés", "35 sites", "praticité, prix, parking", "5", "principale"],
            ["Bureaux du centre", "sièges et agences de plus de 50 salariés", "90 sites", "image RSE, qualité", "4", "secondaire"],
            ["Santé", "hôpitaux, cliniques, Ehpad", "40 sites", "horaires décalés", "2", "non"]]]),
        "positioning": dict(status="ok", retitle="Notre place face aux plateformes", keep_bookmark=True, text=[
            "Face aux plateformes nationales qui livrent des légumes de toute la France, nous sommes la ferme que "
            "les salariés peuvent visiter : des légumes récoltés la veille à moins de vingt kilomètres, un panier "
            "composé par le maraîcher et non par un algorithme, et un prix comparable à celui du marché. Nous ne "
            "cherchons pas à être les moins chers, mais les plus proches et les plus frais, et nous le prouvons "
            "par une journée portes ouvertes par saison réservée aux salariés abonnés. "
            "Le CSE y gagne une action concrète à montrer aux salariés."]),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches du client : nourrir sa famille avec des produits frais sans passer le samedi au marché", "Problèmes : pas le temps, légumes de supermarché fades, peur du gaspillage"],
            ["Bénéfices attendus : manger mieux, soutenir un producteur local, un avantage visible offert par l'employeur", "Produits et services : panier hebdomadaire de 3 tailles, fiche recettes, visite de la ferme"],
            ["Réducteurs de problèmes : retrait sur le parking de l'entreprise, pause ou annulation en un clic", "Créateurs de bénéfices : récolte de la veille, participation de l'employeur jusqu'à 50 %"]]]),
        "marketing-mix": dict(status="ok", skip_cols=1, tables=[[
            [None, "paniers de 12, 18 et 25 € avec légumes de saison et une fiche recettes", "la variété et la fraîcheur font la différence"],
            [None, "prix du marché, participation de l'employeur de 30 à 50 %", "le salarié paie moins qu'en supermarché bio"],
            [None, "livraison le jeudi sur le site, retrait à la pause de midi", "pas de détour pour le salarié"],
            [None, "réunion d'information avec le CSE, dégustation sur site, affiches dans la salle de pause", "le bouche-à-oreille entre collègues fonctionne"],
            [None, "le maraîcher livre lui-même les premières semaines", "un visage derrière les légumes"],
            [None, "commande en ligne avant le lundi soir, prélèvement mensuel", "simple pour tous"],
            [None, "caisses en bois consignées, photos des parcelles", "la ferme se voit"]]]),
        "deployment-plan": dict(status="ok", tables=[[
            ["Démarchage des CSE", "sites industriels", "12 rendez-vous", "téléphone et salon des CSE", "Clément", "janvier", "mars", "1 500 €", "rendez-vous obtenus"],
            ["Dégustations sur site", "sites industriels", "6 dégustations", "terrain", "Lucie", "mars", "mai", "2 400 €", "abonnés par dégustation"],
            ["Offre bureaux à vélo", "bureaux du centre", "4 sièges", "partenariat coursier", "Clément", "septembre", "décembre", "3 000 €", "paniers livrés"]]]),
        "commercial-budget": dict(status="missing"),
        "project-processes": dict(status="ok", text=[
            "Le projet est porté par Clément, qui pilote la partie commerciale, et Lucie, associée responsable des "
            "cultures. Chaque lundi à 7 h, avant la récolte, ils font un point de vingt minutes sur les commandes de "
            "la semaine, les légumes disponibles et les nouveaux contacts. Le premier mardi du mois, ils revoient "
            "les indicateurs du tableau de bord et décident s'il faut relancer un site où les abonnements baissent. "
            "Chaque nouvelle entreprise suit le même parcours : rendez-vous avec le CSE, dégustation, ouverture des "
            "abonnements pendant deux semaines, première livraison, bilan au bout d'un mois avec le CSE. Les "
            "réclamations des salariés arrivent par le formulaire en ligne et reçoivent une réponse sous 48 heures. "
            "Les décisions qui touchent le plan de culture, comme ajouter une variété demandée, sont prises à deux "
            "et notées dans le cahier de la ferme. Le comptable reçoit chaque mois l'état des ventes par entreprise. "
            "Un bilan complet est présenté aux deux associés en fin de saison, "
            "avec les leçons à retenir pour l'année suivante."]),
        "process-map": dict(status="placeholder"),
        "raci": dict(status="ok", retitle="Qui fait quoi ?", tables=[[
            ["Démarchage des entreprises", "I", "A", "R", "R", "I", "I"],
            ["Préparation des paniers", "I", "A", "I", "C", "R", "I"],
            ["Réponse aux réclamations", "I", "A", "C", "I", "C", "R"]]]),
    },
)
