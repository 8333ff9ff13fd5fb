from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="pandoc",
    language="fr",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the manager of a group-travel agency in La Rochelle prepares the annual review of a travel adviser.
    Two part titles at level 1 and numbered sections at level 2 under them; tables for the phases, results,
    skills, objectives and training. One heading is left with nothing under it (empty); one section of the
    deliverable is not written at all (missing).""",
    title="Entretien annuel d'évaluation — Nora Belkacem",
    cover=["Escales Atlantique, La Rochelle · conduit par Julien Ferrand, responsable du pôle groupes",
           "Entretien prévu le 8 janvier 2027"],
    blocks=[
        H(1, "I. Avant le jour J"),
        H(2, "1. Ce que je prépare", {"preparation": "ok"}),
        P("Escales Atlantique est une agence de voyages de 18 personnes qui organise des séjours pour les groupes : "
          "associations de retraités, comités d'entreprise, clubs sportifs. Nora Belkacem y est conseillère voyages "
          "depuis quatre ans ; elle gère seule une trentaine de dossiers par an, du premier devis au retour du "
          "groupe. L'entretien aura lieu le 8 janvier, dans la petite salle du premier étage, sans téléphone, "
          "pendant environ une heure et quart. Je l'ai prévenue le 10 décembre par un message puis de vive voix, "
          "et je lui ai remis le support d'auto-évaluation pour qu'elle ait le temps de le remplir."),
        P("Pour préparer, je relis le compte rendu de janvier 2026 et ses trois objectifs, les chiffres de son "
          "portefeuille (chiffre d'affaires, marge, nombre de dossiers, réclamations) et les retours écrits des "
          "clients. Deux événements ont marqué son année : le voyage de 52 retraités au Portugal annulé en mai "
          "après la faillite de la compagnie aérienne, qu'elle a reconstruit en dix jours, et sa prise en charge "
          "du nouveau logiciel de réservation. Je veux saluer ces deux réussites sans éviter le sujet des devis "
          "envoyés en retard à l'automne. Je note aussi qu'elle m'a parlé de son envie de travailler sur les "
          "séminaires d'entreprise."),
        H(2, "2. Ouvrir l'échange", {"opening": "ok"}),
        P("« Bonjour Nora, merci d'avoir pris ce temps. Cet entretien, c'est notre rendez-vous de l'année : on "
          "regarde ensemble 2026, ce qui a bien marché et ce qui a coincé, on fixe tes objectifs pour 2027 et on "
          "parle de ce que tu souhaites pour la suite. Je commence toujours par t'écouter : dis-moi d'abord comment "
          "tu as vécu cette année. Je prends des notes, et tu recevras le compte rendu pour le relire et le "
          "compléter avant de le signer. Rien de ce qui se dit ici ne sert à comparer avec tes collègues. »"),
        H(2, "3. Déroulé en six temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je cherche", "Question d'ouverture", "Durée"],
           ["accueil et cadre", "mettre à l'aise, annoncer l'ordre du jour", "Comment vas-tu en ce début d'année ?", "5 min"],
           ["bilan", "faire raconter l'année avant de donner mon avis", "Quel dossier t'a le plus marquée ?", "15 min"],
           ["résultats", "comparer chiffres et objectifs sans juger", "Qu'est-ce qui explique les retards de devis ?", "15 min"],
           ["compétences", "croiser son auto-évaluation et la mienne", "Où te sens-tu la plus solide ?", "10 min"],
           ["objectifs et formation", "construire 2027 avec elle", "Qu'est-ce qui serait une réussite l'an prochain ?", "15 min"],
           ["projets et clôture", "écouter, résumer, fixer la suite", "Où te vois-tu dans trois ans ?", "15 min"]]),
        H(1, "II. L'entretien"),
        H(2, "4. L'année de Nora", {"year-review": "ok"}),
        P("Nora a traité 34 dossiers de groupes en 2026, contre 29 en 2025, pour un chiffre d'affaires de 612 000 euros "
          "et une marge moyenne de 14,2 %. Le moment fort reste l'annulation du vol pour Lisbonne en mai : elle a "
          "trouvé un autocar et un vol depuis Bordeaux, renégocié l'hôtel et tenu informés les 52 voyageurs chaque "
          "jour ; le groupe est parti avec deux jours de décalage et l'association nous a confié deux autres voyages. "
          "Elle a aussi été la référente du nouveau logiciel de réservation, formant quatre collègues."),
        P("Le point faible est connu : à l'automne, six devis ont été envoyés plus de cinq jours après la demande, "
          "alors que notre engagement est de trois jours. Nora l'explique par le temps passé sur le logiciel ; je "
          "veux l'entendre, puis chercher avec elle une organisation qui évite que cela se reproduise."),
        H(2, "5. Résultats 2026 vs objectifs", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Réalisé", "Commentaire"],
           ["Développer le portefeuille", "dossiers par an", "32", "34", "atteint, dont deux clients nouveaux"],
           ["Tenir les délais de devis", "devis envoyés sous 3 jours", "95 %", "83 %", "non atteint à l'automne"],
           ["Satisfaction des groupes", "note moyenne au retour", "4,3 / 5", "4,6 / 5", "dépassé malgré Lisbonne"]]),
        H(2, "6. Compétences : regards croisés", {"skills": "ok"}),
        T([["Compétence", "Auto-évaluation (1-4)", "Mon évaluation (1-4)", "Exemple"],
           ["Gestion de crise", "3", "4", "reconstruction du voyage de Lisbonne en dix jours"],
           ["Négociation fournisseurs", "3", "3", "hôtels et autocaristes, marges tenues"],
           ["Organisation et délais", "3", "2", "six devis en retard à l'automne"],
           ["Outils numériques", "4", "4", "référente du logiciel, quatre collègues formés"]]),
        H(2, "7. Cap 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance", "Moyens"],
           ["Revenir aux délais de devis", "devis envoyés sous 3 jours", "95 %", "juin 2027",
            "modèles de devis et une demi-journée bloquée par semaine"],
           ["Prendre en charge un premier séminaire d'entreprise", "séminaires organisés", "2", "décembre 2027",
            "binôme avec Sophie au premier dossier"],
           ["Garder la satisfaction", "note moyenne", "4,4 / 5", "décembre 2027", "questionnaire au retour"]]),
        H(2, "8. Se former", {"training": "ok"}),
        T([["Besoin", "Formation", "Durée", "Quand"],
           ["Organiser des séminaires", "module événementiel d'entreprise (organisme régional)", "3 jours", "mars 2027"],
           ["Gagner du temps sur les devis", "atelier interne sur les modèles du logiciel", "1 jour", "février 2027"]]),
        H(2, "9. Et après ?", {"career-wishes": "ok"}),
        P("Nora dit qu'elle aime son métier mais qu'elle a envie de nouveauté ; elle cite les séminaires "
          "d'entreprise, où la relation avec le client dure plus longtemps et où il faut imaginer un programme "
          "complet. Je lui demande où elle se voit dans trois ans : responsable d'un petit pôle séminaires, si "
          "l'activité se développe. Je lui réponds que c'est réaliste, que le deuxième objectif 2027 va dans ce "
          "sens, et que nous referons le point en juin pour voir si l'activité justifie un pôle. Elle ne souhaite pas changer d'agence ni de ville, ce qui nous "
          "laisse le temps de construire cette évolution ensemble."),
        H(2, "10. On conclut", {"closing-follow-up": "ok"}),
        P("Je reprends les points d'accord : une belle année, une crise très bien gérée, un sujet de délais sur "
          "lequel nous avons trouvé une solution, trois objectifs et deux formations pour 2027. Je demande à Nora "
          "si elle veut ajouter quelque chose ou si un point l'a gênée. Le compte rendu lui sera envoyé sous une "
          "semaine ; elle pourra y écrire ses commentaires avant de le signer. Nous fixons un point d'étape au "
          "15 juin. Je la remercie pour son engagement, en particulier pendant la crise de Lisbonne, et je lui rappelle "
          "qu'elle peut venir me voir avant juin si quelque chose bloque."),
        H(2, "11. Notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
