from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: a Villeurbanne start-up that refurbishes laptops and leases them to secondary schools and
    their regional councils plans its commercial push for 2027. Guidance deleted. Three headings retyped over
    their runs (bookmark lost): the diagnosis, the segmentation part and the processes. The positioning is still
    our prompt (placeholder); the commercial budget was deleted with its heading (missing). Other tables
    filled, the process map drawn.""",
    cover={"company": "Reboot Campus", "candidate": "Mathilde Girard", "school": "Web School Factory",
           "client": "Reboot Campus", "project": "Offre collèges 2027"},
    sections={
        "market-diagnosis": dict(status="ok", retitle="Où en sommes-nous ? Notre offre face au marché", text=[
            "Reboot Campus reconditionne depuis 2022 des ordinateurs portables rachetés aux grandes entreprises "
            "lyonnaises et les loue aux établissements scolaires, avec l'assurance casse et la reprise en fin de "
            "contrat. Nous avons aujourd'hui 14 salariés, un atelier de 600 m² à Villeurbanne et 3 200 machines "
            "en parc, surtout dans des lycées privés. Le chiffre d'affaires 2026 atteindra 1,9 M€.",
            "Le marché bouge vite. Les régions et les départements équipent les élèves en portables depuis le plan "
            "numérique, mais la loi anti-gaspillage impose désormais une part de matériel reconditionné dans les "
            "achats publics, 20 % en 2026 puis davantage. Les collèges publics, qui dépendent des départements, "
            "représentent environ 3 400 établissements en France et achètent par marchés groupés. Nos concurrents "
            "sont les grands reconditionneurs nationaux, qui vendent sans service, et les intégrateurs informatiques "
            "classiques, qui proposent du neuf avec un contrat de maintenance. Notre force est le service de "
            "proximité et la reprise ; notre faiblesse, une taille encore modeste face aux appels d'offres "
            "départementaux et une notoriété quasi nulle auprès des acheteurs publics."]),
        "commercial-objectives": dict(status="ok", text=[
            "Pour 2027, nous visons trois départements de la région, le Rhône, l'Ain et l'Isère, avec 6 000 "
            "machines louées aux collèges publics d'ici décembre. Cela représente 1,2 M€ de chiffre d'affaires "
            "supplémentaire et une marge brute de 34 %. Nous voulons aussi garder nos lycées privés : un taux de "
            "renouvellement des contrats d'au moins 90 %.",
            "Nous suivrons chaque mois le nombre de marchés repérés et de réponses déposées, le taux de succès "
            "(objectif : un marché sur trois), le nombre de machines livrées, le délai moyen de réparation, qui "
            "doit rester sous cinq jours ouvrés, et la satisfaction des référents numériques des collèges, mesurée "
            "par un questionnaire court après chaque intervention."]),
        "stp": dict(status="ok", text=[
            "Nous avons découpé les établissements selon qui décide l'achat et selon leur taille. Les collèges "
            "publics n'achètent pas eux-mêmes : le département choisit, mais le principal et le référent numérique "
            "pèsent beaucoup dans le cahier des charges. Les lycées privés décident seuls et paient sur leur budget. "
            "Les écoles primaires sont nombreuses mais commandent peu de machines à la fois.",
            "Notre cible principale pour 2027 est donc le département, avec les collèges comme prescripteurs ; la "
            "cible secondaire reste les lycées privés que nous servons déjà. Nous laissons de côté les écoles "
            "primaires, trop coûteuses à servir pour l'instant, et les universités, qui achètent du neuf haut de "
            "gamme. Côté positionnement de marque, nous ne voulons pas être perçus comme le moins cher, mais comme le "
            "partenaire local qui répare vite et qui rend des comptes aux élus sur l'impact environnemental du parc."]),
        "segmentation": dict(status="ok", retitle="Nos quatre segments", tables=[[
            ["Départements (collèges publics)", "achat groupé par marché public, 60 à 120 collèges chacun",
             "3 départements visés", "prix, conformité AGEC, maintenance sur site", "5", "principale"],
            ["Lycées privés", "achat direct par l'établissement", "85 dans la région", "souplesse, reprise",
             "4", "secondaire"],
            ["Écoles primaires", "achat par la commune", "2 300 dans la région", "petits volumes, tablettes",
             "2", "non"],
            ["Universités", "marchés nationaux", "5 dans la région", "machines récentes et puissantes",
             "1", "non"]]]),
        "positioning": dict(status="placeholder"),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches du client : équiper chaque élève, tenir le parc à jour, respecter la part de reconditionné",
             "Problèmes : pannes en classe, budget contraint, machines neuves obsolètes en quatre ans"],
            ["Bénéfices attendus : zéro élève sans ordinateur, un coût annuel connu, un bilan carbone présentable",
             "Produits et services : location de portables reconditionnés, assurance casse, technicien mensuel"],
            ["Réducteurs de problèmes : échange sous 48 h, stock tampon dans chaque collège",
             "Créateurs de bénéfices : 40 % moins cher que le neuf, rapport carbone annuel fourni aux élus"]]]),
        "marketing-mix": dict(status="ok", skip_cols=1, tables=[[
            [None, "portable 14 pouces reconditionné grade A, garanti 3 ans", "fiable et conforme à la loi AGEC"],
            [None, "9 € par machine et par mois, maintenance comprise", "sous le coût d'achat du neuf amorti"],
            [None, "réponse aux marchés publics, en groupement avec un intégrateur local", "accès aux gros lots"],
            [None, "salon Educatech, webinaires pour les élus, visites de l'atelier", "rassurer sur la qualité"],
            [None, "un chargé de compte par département, deux techniciens itinérants", "la proximité est notre différence"],
            [None, "livraison préparée et étiquetée par classe", "moins de travail pour le collège"],
            [None, "atelier ouvert aux visites, témoignages de lycées clients", "voir pour croire"]]]),
        "deployment-plan": dict(status="ok", tables=[[
            ["Veille des marchés publics", "départements", "repérer 12 marchés", "plateforme BOAMP", "Karim",
             "janv. 2027", "déc. 2027", "1 200 €", "marchés repérés"],
            ["Webinaire élus et DSI", "départements", "80 inscrits", "emailing", "Mathilde", "mars 2027",
             "avril 2027", "3 000 €", "inscrits"],
            ["Stand Educatech", "collèges, lycées", "150 contacts", "salon", "Karim", "nov. 2027", "nov. 2027",
             "9 000 €", "contacts qualifiés"],
            ["Offre de renouvellement anticipé", "lycées privés", "90 % de renouvellement", "visites",
             "Sofiane", "sept. 2027", "déc. 2027", "2 000 €", "taux de renouvellement"]]]),
        "commercial-budget": dict(status="missing"),
        "project-processes": dict(status="ok", retitle="Comment on s'organise pour gagner les marchés", text=[
            "Répondre à un marché public mobilise toute l'entreprise pendant trois semaines, alors nous avons écrit "
            "un processus simple que chacun peut suivre. Karim repère les avis chaque lundi et les partage dans le "
            "canal commercial. Le mardi, Mathilde, Karim et le responsable de l'atelier décident en quinze minutes "
            "si l'on répond : volume, délai, pénalités, capacité de l'atelier.",
            "Si la réponse est oui, Mathilde devient chef de projet de la réponse. Elle ouvre un dossier partagé, "
            "répartit le mémoire technique, le chiffrage et les pièces administratives, et fixe une relecture "
            "deux jours avant la date limite. Le directeur signe. Après chaque résultat, gagné ou perdu, nous "
            "demandons le rapport d'analyse à l'acheteur et nous notons en une page ce que nous changerons la "
            "prochaine fois. Une fois un marché gagné, l'atelier prend le relais avec un planning de livraison "
            "par collège, validé avec le référent numérique de chaque établissement. Le chargé de compte appelle "
            "ensuite chaque principal un mois après la livraison pour savoir si tout fonctionne en classe et "
            "noter les demandes, qui alimentent la réponse suivante."]),
        "process-map": dict(status="ok", image=["Veille du lundi", "Go / no go mardi", "Rédaction", "Relecture",
                                                "Dépôt", "Retour acheteur"],
                            caption="Notre circuit de réponse à un marché public, de la veille au retour d'expérience."),
        "raci": dict(status="ok", tables=[[
            ["Repérer les marchés", "I", "C", "I", "R", "I", "I"],
            ["Décider de répondre", "A", "R", "C", "C", "C", "I"],
            ["Rédiger le mémoire technique", "I", "A", "C", "R", "R", "C"],
            ["Livrer et installer", "I", "A", "I", "I", "R", "C"]]]),
    },
)
