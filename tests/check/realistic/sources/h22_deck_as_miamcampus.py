from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="deck",
    via="python-pptx",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. python-pptx deck,
    French, 15 slides with the title slide: Miam'Campus, the click-and-collect app of the university restaurants
    of Poitiers, misses its autumn targets and the team studies three ways out. Short titles; the starting plan
    split over two slides (the promise, then the figures so far); the trigger thresholds as a table; an extra slide
    of the authors' own on what students said; three options, one slide each (a picture on the second); a
    side-by-side table and a scoring table with weights; the pick and how the switch is decided on one slide
    (merged); an objections slide left with its title only (empty: the answers are only promised in the notes);
    a thanks slide and a backup slide of costs at the end. Speaker notes on some slides.""",
    title="Miam'Campus : et si la pause de midi ne suffisait pas ?",
    cover=["Étude de cas n°1 – groupe B", "Inès Baptiste, Hugo Carrel, Maëlys Nguyen · 1er décembre 2026"],
    blocks=[
        Slide("La promesse de départ", {"baseline-reminder": "ok"},
              ["Miam'Campus : commander son plateau au restaurant universitaire depuis son téléphone, payer "
               "avec Izly, le retirer sans file d'attente",
               "Lancée le 2 septembre 2026 sur les trois restaurants du campus de Poitiers (Rabelais, Roche d'Argent, "
               "Champ-Fleuri)",
               "Budget du lancement : 84 000 €, dont 60 % pris en charge par le plan de transformation numérique",
               "Cibles de fin décembre : 2 500 commandes par jour, attente au comptoir sous 4 minutes, moins de "
               "5 % de plateaux jamais retirés"],
              notes="On commence par rappeler ce qui a été promis au conseil d'administration en juin : c'est par "
                    "rapport à ça qu'on juge la suite."),
        Slide("Trois mois plus tard", {"baseline-reminder": "ok"},
              ["Commandes par jour : 1 380 en novembre, loin des 2 500",
               "Attente au comptoir : 3 min 10, l'objectif est tenu",
               "Plateaux non retirés : 9 %, presque le double du seuil",
               "Note de l'appli sur les stores : 3,6 sur 5, avec 412 avis"],
              notes="Le service marche pour ceux qui l'utilisent ; le problème, c'est qu'ils sont trop peu, et que "
                    "ceux qui commandent ne viennent pas toujours."),
        Slide("Quand est-ce qu'on bouge ?", {"kpi-scenarios": "ok"},
              table=[["Voyant", "Objectif", "Seuil d'alerte", "Novembre", "Si le seuil est franchi"],
                     ["Commandes par jour", "2 500", "< 1 800 deux mois de suite", "1 380", "on étudie les options"],
                     ["Plateaux non retirés", "< 5 %", "> 8 %", "9 %", "pénalité ou rappel par notification"],
                     ["Attente au comptoir", "< 4 min", "> 6 min", "3 min 10", "un agent de plus au retrait"],
                     ["Utilisateurs actifs par semaine", "6 000", "< 4 000", "3 450", "campagne de rentrée de janvier"],
                     ["Note sur les stores", "≥ 4", "< 3,5", "3,6", "corriger les trois bugs les plus cités"]],
              notes="Deux voyants sur cinq sont rouges depuis octobre. La règle a été votée en juin, avant le "
                    "lancement : deux mois sous le seuil, on ouvre le dossier."),
        Slide("Ce que les étudiants nous ont dit", {},
              ["Enquête en ligne du 4 au 15 novembre : 1 106 réponses",
               "« Je finis les TP à 13 h 15, le créneau est fini » (revient 214 fois)",
               "« J'habite en résidence, je mange chez moi le soir »",
               "« Je commande pour être sûr d'avoir un plat, puis je mange avec mes potes au food-truck »"]),
        Slide("Option A : le soir aussi", {"alternatives": "ok"},
              ["Ouvrir la commande pour un retrait de 18 h 30 à 20 h à Rabelais, le seul restaurant qui sert le soir",
               "Plateaux préparés à midi et gardés au froid, réchauffés à la demande",
               "Cible : les 4 800 étudiants logés dans les résidences à moins de dix minutes à pied",
               "Coût : deux agents en horaires décalés, environ 5 200 € par mois"],
              notes="Le CROUS de Limoges le fait depuis deux ans ; leur directeur nous a donné leurs chiffres."),
        Slide("Option B : casiers en résidence", {"alternatives": "ok"},
              ["Douze casiers réfrigérés installés dans les halls des résidences Descartes et Marie-Curie",
               "Commande jusqu'à 10 h, livraison par un triporteur électrique à 11 h 45, retrait avec un code",
               "Répond à la fois aux cours qui finissent tard et aux plateaux oubliés : le repas attend au froid",
               "Investissement : 38 000 € pour les casiers et le triporteur"],
              image=["Commande avant 10 h", "Préparation", "Triporteur 11 h 45", "Casier en résidence"]),
        Slide("Option C : les food-trucks avec nous", {"alternatives": "ok"},
              ["Ouvrir l'appli à trois food-trucks du campus, qui vendent au même tarif étudiant",
               "Le CROUS prend 6 % de commission et garde la relation avec l'étudiant",
               "Élargit l'offre sans embaucher ; mais le prix du repas à 3,30 € ne s'applique pas",
               "Convention à rédiger avec les services juridiques : trois mois au moins"]),
        Slide("Côte à côte", {"alternatives-comparison": "ok"},
              table=[["", "A – soir", "B – casiers", "C – food-trucks"],
                     ["Commandes en plus par jour", "+350", "+600", "+450"],
                     ["Effet sur les plateaux non retirés", "aucun", "fort", "faible"],
                     ["Coût la première année", "62 000 €", "38 000 € + 9 000 €", "4 000 €"],
                     ["Délai avant lancement", "1 mois", "3 mois", "4 mois"],
                     ["Repas à 3,30 € garanti", "oui", "oui", "non"]]),
        Slide("Le barème", {"weighted-scoring": "ok"},
              table=[["Critère", "Poids", "A", "B", "C"],
                     ["Commandes gagnées", "30 %", "2", "4", "3"],
                     ["Baisse des plateaux perdus", "25 %", "1", "5", "2"],
                     ["Coût", "20 %", "2", "3", "5"],
                     ["Mission sociale (tarif étudiant)", "15 %", "5", "5", "1"],
                     ["Rapidité", "10 %", "5", "3", "2"],
                     ["Total sur 5", "", "2,5", "4,1", "2,8"]],
              notes="Les poids ont été fixés avec la direction de la restauration avant de noter les options, pour "
                    "éviter de choisir d'abord et de justifier ensuite."),
        Slide("Notre pari : B, et A en secours", {"recommendation": "ok", "decision-process": "ok"},
              ["On recommande les casiers en résidence : c'est la seule option qui fait baisser les plateaux "
               "perdus tout en gardant le repas à 3,30 €",
               "On teste d'abord avec quatre casiers à Descartes de février à avril, avant d'acheter les huit autres",
               "Décision au conseil d'administration du 16 décembre ; commande des casiers dans la foulée",
               "Revue fin avril : si moins de 250 commandes par jour passent par les casiers, on arrête B et on "
               "lance A à la rentrée de septembre",
               "C est écartée tant que les food-trucks ne peuvent pas suivre le tarif social"],
              notes="Insister sur le fait que la bascule vers A est déjà écrite, avec son seuil et sa date : le "
                    "conseil n'aura pas à en redébattre."),
        Slide("Vos objections", {"objections": "empty"},
              notes="À compléter après la répétition du 5 décembre avec les questions de Mme Roussel."),
        Slide("Merci !", {},
              ["Questions ? Les chiffres de l'enquête et des trois restaurants sont dans le dossier remis au jury"]),
        Slide("Backup – le détail des coûts", {},
              table=[["Poste", "A", "B", "C"],
                     ["Matériel", "0 €", "31 000 €", "0 €"],
                     ["Triporteur", "0 €", "7 000 €", "0 €"],
                     ["Personnel (an)", "62 000 €", "9 000 €", "0 €"],
                     ["Développement de l'appli", "2 000 €", "3 500 €", "4 000 €"]]),
    ],
)
