from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French. La responsable du laboratoire de contrôle d'une coopérative semencière près de Saumur (Semences du Val
    de Loire) prépare l'entretien annuel d'un technicien de laboratoire. Titres de la manageuse, plusieurs en
    questions, deux en paragraphes gras (Normal) ; le bilan de l'année et les objectifs atteints sous un seul titre
    avec leur tableau (fusion) ; les souhaits d'évolution en deux phrases (thin) ; toutes les autres sections
    présentes.""",
    title="Entretien annuel 2026 – Romain Chauvière",
    cover=["Guide d'entretien annuel – Hélène Baudry, responsable du laboratoire de contrôle",
           "Semences du Val de Loire, Saumur"],
    blocks=[
        H(1, "Ce que je prépare avant le 12 janvier", {"preparation": "ok"}),
        P("Romain est technicien au laboratoire depuis quatre ans. Il réalise les tests de germination et de "
          "pureté sur les lots de blé, d'orge et de tournesol avant leur certification, et forme depuis mars "
          "les deux saisonniers de l'été. L'entretien a lieu le lundi 12 janvier à 10 h, dans la salle de "
          "réunion du bâtiment B, pour une heure et demie. Je lui ai envoyé le support le 2 janvier pour qu'il "
          "prépare sa propre lecture de l'année, comme le prévoit l'accord d'entreprise."),
        P("Je relis avant l'entretien : le compte rendu de l'an dernier et ses trois objectifs, les chiffres du "
          "laboratoire (délais de résultat, lots refaits), les deux remarques du contrôle officiel d'octobre et "
          "le retour des saisonniers. Ce que je veux obtenir : qu'il reparte reconnu pour la formation des "
          "saisonniers, que nous parlions franchement des retards de septembre, et que nous fixions ensemble "
          "trois objectifs pour 2027 dont un sur le nouvel automate de comptage. Je note aussi ce que je ne "
          "veux pas faire : parler de salaire, qui relève de la négociation de mars, et comparer Romain à sa "
          "collègue Inès devant lui."),
        H(1, "Comment j'ouvre ?", {"opening": "ok"}),
        P("Je commence par le remercier et par rappeler le sens de l'entretien : un moment à nous deux pour "
          "regarder l'année passée et préparer la suivante, pas une évaluation pour sanctionner. Je lui donne "
          "le déroulé et la durée, je lui dis que le compte rendu sera rédigé par moi, relu et signé par lui, "
          "et qu'il peut y ajouter ses commentaires. Puis je lui laisse la parole en premier : « Si tu devais "
          "résumer ton année en une phrase, ce serait laquelle ? » J'écoute sa réponse "
          "jusqu'au bout avant de donner la mienne, même si elle me surprend."),
        B("Le déroulé en cinq temps", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce qu'on y fait", "Qui parle surtout"],
           ["Accueil", "5 min", "cadre, déroulé, confidentialité", "moi"],
           ["Bilan", "30 min", "l'année, les objectifs, les faits", "Romain puis moi"],
           ["Compétences", "20 min", "ce qui est acquis, ce qui manque", "les deux"],
           ["Projection", "25 min", "objectifs 2027, formation, envies", "Romain"],
           ["Conclusion", "10 min", "synthèse, suites, signature", "moi"]]),
        H(1, "Qu'a donné 2026 ?", {"year-review": "ok", "objectives-achieved": "ok"}),
        P("L'année a été chargée : 3 400 lots analysés contre 2 900 en 2025, avec une récolte de tournesol "
          "arrivée en même temps que les semis d'orge. Romain a tenu le rythme et a pris en charge seul la "
          "formation des deux saisonniers, qui ont été autonomes en trois semaines au lieu de six. En septembre, "
          "en revanche, les délais de résultat ont dépassé dix jours sur une quarantaine de lots, ce qui a "
          "retardé des expéditions ; il faudra comprendre avec lui ce qui s'est passé, sans chercher un "
          "coupable, car l'automate était aussi en panne deux semaines. Le contrôle officiel d'octobre n'a "
          "relevé que deux écarts mineurs sur l'étiquetage des échantillons, corrigés depuis. Voici les trois "
          "objectifs fixés l'an dernier."),
        T([["Objectif 2026", "Résultat", "Commentaire"],
           ["Former les saisonniers aux tests de germination", "atteint", "autonomes en trois semaines"],
           ["Tenir un délai moyen de sept jours", "partiellement", "6,5 jours sur l'année, 11 en septembre"],
           ["Rédiger la procédure de pureté du tournesol", "non atteint", "commencée, reportée faute de temps"]]),
        H(1, "Les compétences, où en est-il ?", {"skills": "ok"}),
        T([["Compétence", "Niveau constaté", "Exemple"],
           ["Tests de germination", "maîtrise", "aucun lot refait en 2026"],
           ["Analyse de pureté", "maîtrise", "référent pour le tournesol"],
           ["Transmission aux nouveaux", "très bien", "saisonniers autonomes en trois semaines"],
           ["Organisation en période de pointe", "à renforcer", "retards de septembre"],
           ["Rédaction de procédures", "à développer", "procédure tournesol non terminée"]]),
        H(1, "Objectifs 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Échéance"],
           ["Mettre en service le nouvel automate de comptage avec le fournisseur", "automate validé par le contrôle officiel", "30 avril 2027"],
           ["Garder un délai de résultat sous huit jours en septembre", "délai moyen mesuré chaque semaine", "30 septembre 2027"],
           ["Terminer et faire valider la procédure de pureté du tournesol", "procédure signée par la direction qualité", "31 mars 2027"]]),
        B("Se former : quoi et quand ?", {"training": "ok"}),
        T([["Besoin", "Action", "Période"],
           ["Utiliser l'automate de comptage", "formation fournisseur, 3 jours à Angers", "mars 2027"],
           ["Écrire une procédure claire", "atelier interne avec la qualité, 2 demi-journées", "février 2027"],
           ["Planifier la pointe de septembre", "tutorat avec le chef de production", "juin 2027"]]),
        H(1, "Et après ?", {"career-wishes": "thin"}),
        P("Romain a parlé l'an dernier de devenir référent qualité. Je lui demande s'il y pense toujours, et je "
          "note sa réponse sans rien promettre."),
        H(1, "Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume en trois phrases ce que nous avons dit : l'année, les trois objectifs 2027 et les "
          "formations. Je lui demande s'il est d'accord avec ce résumé et s'il veut ajouter quelque chose. Je "
          "lui envoie le compte rendu sous huit jours ; il a ensuite une semaine pour le relire, le commenter et "
          "le signer. Nous fixons tout de suite un point d'étape en juin, après la formation à l'automate, pour "
          "vérifier que les objectifs tiennent encore. Je termine en le remerciant pour son travail avec les "
          "saisonniers, devant lui et par écrit."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Ce que j'observe", "À retenir"],
           ["Septembre", "l'automate en panne, trop de lots en même temps", "un peu sur la défensive au début", "revoir le planning de pointe"],
           ["Saisonniers", "fier, aimerait recommencer", "détendu, détaillé", "le proposer comme tuteur en 2027"],
           ["Évolution", "intéressé par la qualité", "hésite sur les horaires", "en reparler en juin"]]),
        H(1, "Ai-je bien mené l'entretien ?", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Oui / non", "Remarque"],
           ["Il a parlé plus que moi", "oui", "environ 60 % du temps"],
           ["Chaque objectif 2027 a un indicateur et une date", "oui", "les trois"],
           ["Le sujet des retards a été traité sans reproche", "oui", "on a parlé des causes"],
           ["Je n'ai rien promis que je ne puisse tenir", "oui", "évolution notée, pas promise"]]),
    ],
)
