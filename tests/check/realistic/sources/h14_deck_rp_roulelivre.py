from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="deck",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. python-pptx deck
    in French: Roule & Livre, a cargo-bike delivery cooperative in Lyon (34 riders, 9 cargo bikes with trailers),
    launches evening deliveries for three organic grocers and lists what could go wrong. Short punchy titles, two
    of them questions; French speaker notes on some slides. The register carries a column of warning signals, so
    one slide holds both the register and the trigger indicators (merged); the matrix is a 5 x 5 table; an extra
    slide of the author's own on what the measures cost; nothing on who follows the risks and how often
    (missing).""",
    title="Roule & Livre – livrer le soir sans se faire peur",
    cover=["Politique de gestion des risques · Étude de cas 1",
           "Inès Garnier · décembre 2026"],
    blocks=[
        Slide("Pourquoi on en parle ?", {"policy-objectives": "ok"}, bullets=[
            "Dès mars : tournées de 18 h à 22 h pour trois épiceries bio (Croix-Rousse, Guillotière, Monplaisir)",
            "Objectif : aucun accident grave, moins de 2 % de commandes en retard, zéro produit frais perdu",
            "Périmètre : les tournées du soir, les vélos, les livreurs et les données clients",
            "Hors champ : l'activité de jour, déjà rodée depuis 2022"],
              notes="Rappeler que la coopérative a 34 associés : un accident la nuit toucherait tout le monde. "
                    "C'est pour ça qu'on fait l'exercice avant de lancer, pas après."),
        Slide("Comment on les a trouvés", {"identification-method": "ok"}, bullets=[
            "Deux ateliers de 2 h avec 8 livreurs, la responsable planning et une épicière",
            "Relecture de 14 mois de fiches incidents de l'activité de jour",
            "Trois tournées test de nuit en novembre, avec caméra sur le guidon",
            "Entretien avec notre assureur et avec la Métropole (voies cyclables éclairées)",
            "Résultat : 23 risques notés, 11 gardés après fusion des doublons"]),
        Slide("Noter de 1 à 5", {"rating-scales": "ok"}, table=[
            ["Note", "Probabilité", "Gravité"],
            ["1", "moins d'une fois par an", "gêne sans coût"],
            ["2", "une fois par an", "moins de 500 € ou un client mécontent"],
            ["3", "une fois par trimestre", "500 à 3 000 € ou une épicerie fâchée"],
            ["4", "une fois par mois", "blessure légère ou perte d'un client"],
            ["5", "chaque semaine", "blessure grave ou arrêt de l'activité du soir"]]),
        Slide("Le registre… et ce qui doit nous alerter", {"risk-register": "ok", "trigger-indicators": "ok"}, table=[
            ["#", "Risque", "P", "G", "Signal d'alerte", "Seuil"],
            ["R1", "Chute d'un livreur sur chaussée mouillée", "3", "5", "pluie annoncée par Météo-France",
             "plus de 5 mm sur la soirée"],
            ["R2", "Rupture de la chaîne du froid", "3", "3", "température relevée dans les caissons",
             "au-dessus de 6 °C"],
            ["R3", "Vol d'un vélo cargo", "2", "4", "vélos garés hors local", "plus d'un par soir"],
            ["R4", "Livreurs absents le soir", "4", "3", "créneaux non pourvus à J-2", "plus de 2"],
            ["R5", "Panne de l'appli de tournée", "2", "3", "erreurs de synchronisation", "3 en une heure"],
            ["R6", "Fuite des adresses clients", "1", "4", "connexions inconnues au compte", "une seule"]],
              notes="On a mis le signal d'alerte dans le registre lui-même : les livreurs lisent un seul "
                    "tableau, pas deux."),
        Slide("La carte des risques", {"risk-matrix": "ok"}, table=[
            ["P \\ G", "1", "2", "3", "4", "5"],
            ["5", "", "", "", "", ""],
            ["4", "", "", "R4", "", ""],
            ["3", "", "", "R2", "", "R1"],
            ["2", "", "", "R5", "R3", ""],
            ["1", "", "", "", "R6", ""]],
              notes="Zone rouge : R1 et R4. Ce sont les deux dont on parle en premier, tout le reste en découle."),
        Slide("Éviter, réduire, transférer, accepter", {"response-strategy": "ok"}, bullets=[
            "Éviter : pas de tournée au-delà de 22 h, pas de côtes pavées de la Croix-Rousse sous la pluie",
            "Réduire : pneus hiver, éclairage renforcé, binômes après 20 h",
            "Transférer : assurance vol des vélos, contrat de maintenance de l'appli",
            "Accepter : les petits retards de moins de 15 minutes, annoncés par SMS",
            "Règle : tout risque noté 12 ou plus a un plan écrit et un responsable"]),
        Slide("Nos 3 plans prioritaires", {"response-plans": "ok"}, table=[
            ["Risque", "Avant", "Si ça arrive", "Qui", "Coût"],
            ["R1 chute", "pneus hiver, formation freinage, itinéraires plats",
             "appel du binôme, 15, déclaration assurance", "chef d'équipe du soir", "2 900 €"],
            ["R4 absences", "vivier de 6 remplaçants, prime de soirée",
             "tournée fusionnée, épiceries prévenues à 16 h", "responsable planning", "4 200 €/an"],
            ["R2 froid", "caissons isothermes, sondes", "retour à l'épicerie, avoir au client",
             "livreur puis épicière", "1 800 €"]]),
        Slide("Ce que ça coûte", bullets=[
            "8 900 € la première année, dont 4 200 € de primes de soirée",
            "Soit 0,41 € par livraison du soir sur 21 600 livraisons prévues",
            "Pris en charge à moitié par les trois épiceries (accord du 18 novembre)"],
              notes="Si le jury demande si ça vaut le coup : un seul arrêt de travail de trois mois nous coûterait "
                    "plus que toute l'année de mesures."),
        Slide("Et ensuite ?", bullets=[
            "Lancement des tournées du soir le 2 mars",
            "Recrutement des 6 remplaçants en janvier"]),
        Slide("Questions ?"),
    ],
    missing=["monitoring-governance"],
)
