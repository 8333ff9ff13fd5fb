from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="deck",
    via="python-pptx",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. python-pptx deck,
    French, 11 slides with the title slide: the library network of the Hautes-Vosges installs connected book
    lockers in six villages (pick up and return books at any hour with a library card) and says which risks it
    watches before the opening in May 2027. Short titles; the register as a table; the map of the risks as a
    picture with two bullets; the alert thresholds as a table; how the team answers each risk and the plans for the
    three big ones share one slide of bullets (merged); a slide of the authors' own on the pilot locker in
    Saint-Dié, an agenda and a questions slide. The register gives P and I from 1 to 4, but nowhere do the authors
    say what each level means (rating scales missing). Speaker notes on five slides.""",
    title="Casiers 24/7 : ce qui peut mal tourner (et ce qu'on fait)",
    cover=["Réseau des médiathèques des Hautes-Vosges", "Margaux Thiébaut, Kevin Aubry, Salomé Petitjean · déc. 2026"],
    blocks=[
        Slide("Sommaire", {},
              ["Le projet en deux mots", "Comment on a cherché", "Registre et carte", "Alertes",
               "Nos réponses", "Qui suit quoi"]),
        Slide("Pourquoi une politique des risques ?", {"policy-objectives": "ok"},
              ["Six casiers connectés dans des villages sans médiathèque ouverte le soir ni le week-end",
               "Budget : 186 000 €, dont 70 % de subvention de l'État à rendre si le service ferme avant 3 ans",
               "On protège d'abord la subvention, puis la confiance des lecteurs et leurs données",
               "Règle : tout risque noté 9 ou plus a une parade avant l'ouverture et un plan B écrit",
               "Hors périmètre : le portail de réservation en ligne, géré par le département"],
              notes="Rappeler que la subvention est conditionnée à trois ans d'ouverture : c'est elle qui fixe "
                    "notre niveau de tolérance."),
        Slide("Comment on a trouvé les risques", {"identification-method": "ok"},
              ["Atelier d'une demi-journée avec les bibliothécaires, le service informatique et deux maires",
               "Visite du réseau de Lunéville, qui a des casiers depuis 2023",
               "Revue de chaque lot du planning : génie civil, casiers, logiciel, navette des livres",
               "Catégories passées en revue : technique, fournisseur, humain, juridique, financier, usage",
               "Chaque risque noté en probabilité et en impact, puis classé par score"],
              notes="Lunéville nous a donné deux risques qu'on n'avait pas vus : le gel des serrures et les "
                    "livres déposés dans le mauvais casier."),
        Slide("Le registre", {"risk-register": "ok"},
              table=[["#", "Risque", "P", "I", "Score", "Signal", "Réponse", "Pilote"],
                     ["R1", "Coupure réseau : le casier ne reconnaît plus les cartes", "3", "4", "12",
                      "casier hors ligne > 1 h", "réduire", "service informatique"],
                     ["R2", "Fournisseur des casiers en retard de livraison", "3", "3", "9",
                      "pas de date ferme au 1er mars", "transférer", "Kevin"],
                     ["R3", "Peu d'emprunts : les habitants ne s'en servent pas", "2", "4", "8",
                      "< 40 prêts par mois et par casier", "réduire", "Margaux"],
                     ["R4", "Vandalisme ou casier forcé", "2", "3", "6",
                      "alarme ou porte forcée", "transférer", "mairies"],
                     ["R5", "Navette des livres non assurée en hiver", "3", "2", "6",
                      "2 tournées annulées par mois", "accepter", "Salomé"],
                     ["R6", "Données des lecteurs exposées", "1", "4", "4",
                      "alerte de l'éditeur du logiciel", "éviter", "DPO du département"]],
              notes="Douze risques au départ ; on présente les six qui restent après regroupement. Le registre "
                    "complet est dans le dossier."),
        Slide("Carte des risques", {"risk-matrix": "ok"},
              ["R1 seul en rouge ; R2 et R3 juste en dessous, à surveiller de près",
               "Après nos parades, R1 doit descendre à 6 et R2 à 4"],
              image=["P3 I4 : R1", "P3 I3 : R2", "P2 I4 : R3", "P2-3 I2-3 : R4 R5", "P1 I4 : R6"]),
        Slide("Les signaux d'alerte", {"trigger-indicators": "ok"},
              table=[["Risque", "Ce qu'on mesure", "Seuil", "Source", "Qui regarde"],
                     ["R1", "temps hors ligne d'un casier", "1 h d'affilée", "console de supervision",
                      "informatique, chaque jour"],
                     ["R2", "date de livraison confirmée", "aucune au 1er mars", "échanges avec le fournisseur",
                      "Kevin, chaque semaine"],
                     ["R3", "prêts par casier et par mois", "moins de 40 deux mois de suite", "logiciel de prêt",
                      "Margaux, chaque mois"],
                     ["R5", "tournées de navette annulées", "2 par mois", "carnet du chauffeur",
                      "Salomé, chaque mois"]]),
        Slide("Nos réponses", {"response-strategy": "ok", "response-plans": "ok"},
              ["R1 (réduire) : box 4G de secours dans chaque casier, 1 800 € ; si panne, un agent passe ouvrir "
               "dans la journée",
               "R2 (transférer) : pénalités de 150 € par jour de retard au contrat ; plan B, ouvrir d'abord trois "
               "casiers en mai",
               "R3 (réduire) : lancement avec les écoles et les mairies ; si le seuil est franchi, on déplace le "
               "casier vers la supérette",
               "R4 (transférer) : assurance des communes et caméra de la mairie ; R5 (accepter) : délai annoncé aux "
               "lecteurs",
               "Réserve pour aléas : 9 000 €, 5 % du budget, débloquée par la directrice"],
              notes="On insiste sur R1 : c'est le seul risque en rouge, et le seul où la parade coûte moins d'une "
                    "semaine de service perdu."),
        Slide("Qui surveille, et quand ?", {"monitoring-governance": "ok"},
              ["Point risques de 15 minutes dans la réunion d'équipe du lundi",
               "Comité de pilotage tous les deux mois avec les six maires et la directrice",
               "Un seuil franchi : le pilote prévient la directrice dans les 24 h",
               "Tout nouveau risque entre au registre le lundi suivant, noté à deux",
               "Bilan des incidents après un an, partagé avec les réseaux voisins"]),
        Slide("Le test de Saint-Dié", {},
              ["Un casier prêté par le fournisseur, d'octobre à décembre 2026",
               "312 prêts en dix semaines, 4 pannes réseau, aucun livre perdu",
               "Les lecteurs le soir ont entre 25 et 45 ans : un public qu'on ne voyait pas"],
              notes="C'est ce test qui a placé la coupure réseau en tête du registre."),
        Slide("Questions ?", {},
              ["casiers@mediatheques-hautesvosges.fr"]),
    ],
    missing=["rating-scales"],
)
