from _common import *

DOC = dict(
    deliverable="management-plan",
    path="deck",
    language="fr",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. python-pptx deck,
    French: the new head of e-commerce at Cave Lamarque, a Bordeaux wine merchant of 38 people whose online sales
    now make 41 % of turnover, plans how his web team of five grows to nine by 2028. A title slide and fourteen
    short slides; speaker notes in French on five of them. The staffing plan is a table, as are the current team,
    the training plan and the budget. The welcome before arrival, the first day and the first three months share
    one slide (onboarding and its timeline merged). The target organisation is a drawn chart. No career
    development actions anywhere (missing). A questions slide of his own, then a backup slide with the follow-up
    indicators closes the deck.""",
    title="Cave Lamarque – L'équipe web 2027-2028",
    cover=["Plan de management – pôle e-commerce", "Thibault Merle, responsable e-commerce", "Décembre 2026"],
    blocks=[
        Slide("En bref", {"executive-summary": "ok"},
              ["Le web pèse 41 % du chiffre d'affaires, contre 12 % en 2019",
               "Une équipe de cinq, à bout de souffle pendant les fêtes",
               "Quatre recrutements en deux ans, dont deux postes nouveaux",
               "Former les cinq actuels avant de chercher dehors",
               "Budget : 74 000 € hors salaires sur 2027-2028"],
              notes="Commencer par le chiffre de 41 % : c'est lui qui justifie tout le reste. Annoncer les quatre "
                    "recrutements et le budget tout de suite, le jury doit savoir où je vais."),
        Slide("Où va Lamarque ?", {"strategy-context": "ok"},
              ["Stratégie 2030 : devenir la référence en ligne des vins de propriétaires du Sud-Ouest",
               "Ouverture de l'export vers la Belgique et la Suisse en 2027",
               "Abonnement « Caisse du mois » : 2 100 abonnés, objectif 6 000",
               "Les trois boutiques restent, mais servent aussi de points de retrait",
               "L'équipe web : un chef de projet, deux préparateurs de contenus, un chargé de service client, moi"]),
        Slide("L'équipe aujourd'hui", {"people-review": "ok"}, table=[
            ["Qui", "Rôle", "Points forts", "À développer"],
            ["Julie", "cheffe de projet site", "connaît chaque recoin du catalogue", "pilotage de prestataires"],
            ["Marc", "contenus et photos", "dégustation, écriture", "référencement"],
            ["Inès", "contenus et réseaux", "vidéo courte, communauté", "analyse des chiffres"],
            ["Karim", "service client", "calme, fidélise les abonnés", "anglais pour l'export"]],
              notes="Ne pas présenter ça comme une évaluation : ce sont les entretiens de septembre, faits avec "
                    "chacun, et ils sont d'accord avec ce qui est écrit."),
        Slide("Qui recruter, et quand", {"key-functions": "ok"}, table=[
            ["Poste", "Pourquoi", "Contrat", "Arrivée"],
            ["Responsable acquisition", "la publicité en ligne est sous-traitée et coûte cher", "CDI", "mars 2027"],
            ["Chargé(e) export", "Belgique et Suisse : douanes, transport, clients", "CDI", "juin 2027"],
            ["Développeur(se) front", "le site dépend d'une agence pour chaque modification", "CDI", "janv. 2028"],
            ["Alternant(e) données", "suivre les abonnements et les paniers", "alternance 2 ans", "sept. 2027"]]),
        Slide("Bien arriver : avant, le jour J, trois mois", {"onboarding": "ok", "onboarding-plan": "ok"},
              ["Avant : contrat, ordinateur et accès prêts, un mot d'accueil de Julie une semaine avant",
               "Jour J : visite du chai et des trois boutiques, déjeuner d'équipe, un parrain désigné",
               "Semaine 1 : une journée en préparation de commandes et une au service client",
               "Mois 1 : un premier projet court et visible, point hebdomadaire avec moi",
               "Mois 3 : bilan à deux, fin de la période d'essai, objectifs de l'année"],
              notes="Insister sur la journée en préparation de commandes : on ne vend pas bien ce qu'on n'a jamais "
                    "emballé. C'est l'idée des anciens, pas la mienne."),
        Slide("Ce qui nous manque", {"training-needs": "ok"},
              ["Référencement naturel : personne n'est formé, tout passe par l'agence",
               "Lecture des chiffres : tableaux de bord ouverts, rarement compris",
               "Anglais commercial pour l'export",
               "Pilotage d'un prestataire : cahier des charges, recette"]),
        Slide("Le plan de formation", {"training-plan": "ok"}, table=[
            ["Qui", "Quoi", "Comment", "Quand", "Coût"],
            ["Marc, Inès", "référencement naturel", "formation inter-entreprises 4 jours", "T1 2027", "3 200 €"],
            ["toute l'équipe", "lire un tableau de bord", "atelier interne avec l'alternant(e)", "T4 2027", "0 €"],
            ["Karim", "anglais commercial", "cours en ligne + 20 h de conversation", "2027", "1 900 €"],
            ["Julie", "gestion de projet avec prestataires", "certification courte", "T2 2027", "2 400 €"]]),
        Slide("Demain, l'équipe", {"team-vision": "ok"},
              ["Une équipe qui fait elle-même ce qu'elle sous-traite aujourd'hui",
               "Trois métiers clairs : attirer, vendre, servir",
               "Chacun sait lire les chiffres de son métier",
               "Julie devient mon adjointe en 2028"],
              notes="Dire pourquoi Julie : elle tient déjà l'équipe quand je suis en salon. Le jury va demander si "
                    "c'est réaliste, répondre oui, avec la formation du deuxième trimestre."),
        Slide("L'organigramme visé", {"target-organisation": "ok"},
              ["Fin 2028 : neuf personnes en trois pôles"],
              image=["Responsable e-commerce", "Attirer : acquisition, contenus", "Vendre : site, export",
                     "Servir : client, données"]),
        Slide("Combien ?", {"budget-timeline": "ok"}, table=[
            ["Poste de dépense", "2027", "2028"],
            ["Formations", "7 500 €", "4 000 €"],
            ["Recrutement (annonces, cabinet pour l'export)", "14 000 €", "6 000 €"],
            ["Équipement des arrivants", "9 000 €", "4 500 €"],
            ["Agence web (baisse prévue)", "-18 000 €", "-30 000 €"],
            ["Séminaire d'équipe", "3 000 €", "3 000 €"]],
              notes="La ligne de l'agence est négative : c'est l'économie. Sur deux ans le plan coûte 74 000 € "
                    "avant économies, un peu moins de 30 000 € après."),
        Slide("Le calendrier", {"timeline": "ok"},
              ["T1 2027 : recrutement acquisition, formations référencement",
               "T2 2027 : arrivée export, certification de Julie",
               "T3 2027 : alternant(e), première vente en Belgique",
               "2028 : développeur(se) front, fin du contrat de l'agence"]),
        Slide("Questions ?", {}, ["Merci pour votre écoute"]),
        Slide("Backup – comment on suivra", {"hr-indicators": "ok"}, table=[
            ["Indicateur", "Aujourd'hui", "Cible fin 2028"],
            ["Départs dans l'année", "1 sur 5", "0 ou 1 sur 9"],
            ["Jours de formation par personne", "0,5", "4"],
            ["Part du site modifiée sans l'agence", "10 %", "80 %"],
            ["Satisfaction de l'équipe (baromètre interne)", "6,1/10", "7,5/10"]]),
    ],
    missing=["career-plan"],
)
