from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French: the head of the Bonlieu media library network in Annecy prepares the annual review of its digital
    mediation officer. Numbered headings of her own ("1.", "2.", ... "4.1"), some as questions; the objectives
    reached and the skills are level-2 headings numbered under the review of the year; no plan of the interview's
    phases anywhere (missing); the career wishes heading has nothing under it (empty); the note-taking grid holds the
    questions she wants to ask, the criteria check is a table of yes/no lines with her comments.""",
    title="Entretien annuel 2026 – Julien Perrissin",
    cover=["Réseau des médiathèques de Bonlieu, Annecy", "Préparé par Hélène Dumont-Favre, directrice, le 28 novembre 2026"],
    blocks=[
        H(1, "1. Ce que je prépare avant le 12 décembre", {"preparation": "ok"}),
        P("Julien Perrissin est médiateur numérique du réseau depuis mars 2024. Il anime les ateliers d'initiation "
          "pour les seniors, le fab lab de la médiathèque centrale et, depuis la rentrée, les permanences d'aide "
          "aux démarches en ligne dans les deux médiathèques de quartier. L'entretien aura lieu le vendredi 12 "
          "décembre à 10 heures, dans mon bureau, porte fermée et téléphone coupé ; j'ai bloqué deux heures. Je "
          "lui ai envoyé le 1er décembre le support d'auto-évaluation de la ville et le compte rendu de l'an "
          "dernier, pour qu'il vienne avec sa propre lecture."),
        P("Je relis nos trois objectifs de 2026 et je réunis ce qui permet d'en parler concrètement : la "
          "fréquentation des ateliers (tableau mensuel de l'accueil), les 212 questionnaires remplis par les "
          "participants, le bilan des permanences administratives rédigé par le centre social, et le mail de la "
          "mairie annexe de Cran-Gevrier qui souhaite accueillir une permanence. Je note aussi le point délicat : "
          "le fab lab a été fermé six semaines au printemps faute de maintenance de l'imprimante 3D, et Julien "
          "l'a vécu comme un désaveu. Mon but pour cet entretien est qu'il reparte reconnu pour la montée en "
          "charge des permanences, avec des objectifs réalistes pour 2027, et que nous ayons parlé franchement "
          "du fab lab."),
        H(1, "2. Comment j'ouvre l'entretien", {"opening": "ok"}),
        P("Je le remercie d'être venu préparé, puis je rappelle le sens de ce moment : « Ces deux heures sont à "
          "nous deux. On regarde l'année écoulée, ce qui a marché et ce qui a coincé, puis on construit 2027 "
          "ensemble. Je vais d'abord t'écouter, ensuite je te dirai mon regard. Tout ce qu'on dit reste entre "
          "nous, sauf le compte rendu que tu reliras et que tu pourras compléter avant signature. » J'annonce "
          "tout de suite qu'on parlera du fab lab, pour qu'il ne passe pas l'heure à se demander quand le sujet "
          "arrivera, et que ce ne sera pas un reproche."),
        H(1, "3. L'année 2026 de Julien", {"year-review": "ok"}),
        P("L'année a été chargée. Julien a animé 164 ateliers, contre 120 prévus, pour 1 310 participants ; les "
          "questionnaires donnent une note moyenne de 4,5 sur 5 et de nombreux commentaires sur sa patience. Il "
          "a lancé seul, en septembre, les permanences d'aide aux démarches : deux demi-journées par semaine, "
          "380 personnes reçues en trois mois, surtout pour les impôts, la caisse d'allocations familiales et "
          "les rendez-vous de préfecture. Le centre social souligne la qualité de l'orientation vers ses "
          "travailleurs sociaux."),
        P("Le fab lab reste le point faible de l'année. L'imprimante 3D est tombée en panne en avril, la "
          "pièce a mis six semaines à arriver et les groupes de collégiens ont été annulés. Julien avait signalé "
          "l'usure en février sans que la demande d'achat soit traitée : la responsabilité est partagée, et je "
          "veux le lui dire."),
        H(2, "3.1 Les objectifs de l'an dernier", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Réalisé", "Mon commentaire"],
           ["Plus d'ateliers seniors", "ateliers par an", "120", "164", "dépassé, sans heures supplémentaires"],
           ["Ouvrir le fab lab aux collèges", "classes accueillies", "12", "5", "panne d'avril, commande bloquée"],
           ["Former deux collègues aux outils numériques", "collègues autonomes", "2", "2",
            "Sophie et Karim animent seuls depuis octobre"]]),
        H(2, "3.2 Ses points forts et ses marges de progrès", {"skills": "ok"}),
        T([["Compétence", "Son regard (1 à 4)", "Le mien (1 à 4)", "Sur quoi je m'appuie"],
           ["Pédagogie avec des publics débutants", "3", "4", "questionnaires, observation d'un atelier en mai"],
           ["Orientation des usagers en difficulté", "3", "4", "bilan du centre social"],
           ["Suivi du matériel et des achats", "2", "2", "alerte de février restée sans relance"],
           ["Travail en équipe avec les bibliothécaires", "3", "3", "formation de deux collègues réussie"]]),
        H(1, "4. 2027 : nos objectifs", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Cible", "Pour quand", "Avec quels moyens"],
           ["Ouvrir une permanence à Cran-Gevrier", "demi-journées par semaine", "1", "mars 2027",
            "salle prêtée par la mairie annexe, ordinateur portable dédié"],
           ["Relancer le fab lab avec les collèges", "classes accueillies", "10", "juin 2027",
            "contrat de maintenance signé en janvier"],
           ["Tenir un carnet d'entretien du matériel", "incidents signalés et suivis", "100 %", "dès janvier",
            "tableau partagé avec le service achats"]]),
        H(1, "5. Formations envisagées", {"training": "ok"}),
        T([["Besoin", "Formation", "Organisme", "Période"],
           ["Accueillir des personnes en détresse", "écoute et gestion des situations difficiles, 2 jours",
            "CNFPT", "février 2027"],
           ["Maintenir l'imprimante 3D", "journée chez le fabricant", "fournisseur", "janvier 2027"],
           ["Accès aux droits", "les démarches sociales en ligne, 3 jours", "CNFPT", "printemps 2027"]]),
        H(1, "6. Et après ?", {"career-wishes": "empty"}),
        H(1, "7. Pour terminer", {"closing-follow-up": "ok"}),
        P("Avant de nous quitter, je reprends les points d'accord à voix haute : une belle année, des "
          "permanences devenues indispensables, un fab lab à relancer avec un vrai contrat de maintenance, trois "
          "objectifs et trois formations pour 2027. Je lui demande s'il a l'impression d'avoir été entendu et "
          "s'il veut ajouter un point. Il recevra le compte rendu d'ici le 19 décembre et aura dix jours pour y "
          "écrire ses remarques. Nous fixons ensemble un rendez-vous en juin pour faire le point sur "
          "Cran-Gevrier et le fab lab. Je conclus en le remerciant pour son engagement, notamment auprès des "
          "usagers les plus perdus face aux démarches en ligne."),
        H(1, "8. Mes questions et notes", {"note-taking-grid": "ok"}),
        T([["Question que je pose", "Ce qu'il répond", "À retenir pour le compte rendu"],
           ["De quoi es-tu le plus content cette année ?", "", ""],
           ["Qu'est-ce qui t'a manqué pour le fab lab ?", "", ""],
           ["Cran-Gevrier, tu le sens comment ?", "", ""],
           ["De quoi aurais-tu besoin de ma part en 2027 ?", "", ""]]),
        H(1, "9. Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Vérification", "Oui / non", "Remarque"],
           ["Les objectifs de 2027 ont chacun une mesure et une date", "oui", "trois sur trois"],
           ["J'ai laissé Julien parler d'abord", "à faire", "me retenir de réagir sur le fab lab"],
           ["Les formations répondent aux écarts relevés", "oui", "maintenance et accueil difficile"],
           ["Le suivi est daté", "oui", "rendez-vous de juin"]]),
    ],
    missing=["interview-phases"],
)
