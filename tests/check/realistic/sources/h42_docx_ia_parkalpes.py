from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Claire Vasseur, responsable d'exploitation de ParkAlpes (onze parkings publics à Grenoble),
    prépare l'entretien annuel de Karim Benali, superviseur au poste de contrôle à distance. Headings are questions
    and paraphrases, some in heading styles, some as bold Normal paragraphs, a few numbered. The objectives of last
    year are a table; the career wishes are two sentences (thin). A section of the author's own on what to do if
    the talk turns tense. The note-taking grid was never made (missing).""",
    title="Entretien annuel de Karim Benali – mon guide",
    cover=["ParkAlpes – exploitation", "Préparé par Claire Vasseur, le 2 décembre 2026"],
    blocks=[
        H(1, "1. Avant de le recevoir", {"preparation": "ok"}),
        P("ParkAlpes exploite pour la métropole onze parkings publics, soit 6 400 places, depuis un poste de "
          "contrôle unique installé sous la gare de Grenoble. Karim Benali, 41 ans, y est superviseur depuis "
          "2019. Il encadre une équipe de six opérateurs qui répondent aux interphones des bornes, ouvrent les "
          "barrières à distance, suivent les caméras et envoient un agent mobile quand un client est bloqué. "
          "En mars 2026, nous avons remplacé le vieux logiciel de supervision par une plateforme qui regroupe les "
          "alarmes, la vidéo et les appels ; Karim a porté ce changement auprès de son équipe."),
        P("Pour préparer l'entretien, j'ai relu le compte rendu de l'an dernier et ses trois objectifs, extrait du "
          "tableau de bord le temps moyen de décroché des interphones et le nombre de réclamations écrites, et "
          "demandé à Karim de remplir sa grille d'auto-évaluation une semaine avant. J'ai aussi noté deux faits "
          "précis : la panne de la plateforme le 14 juin, qu'il a gérée seul pendant trois heures en repassant "
          "l'équipe sur les procédures papier, et le conflit d'août avec un opérateur de nuit, qui a fini par une "
          "démission. L'entretien aura lieu le 12 janvier, à 14 heures, dans la petite salle du deuxième étage, "
          "loin du bruit du poste. J'ai bloqué une heure et demie et coupé mon téléphone."),
        B("Comment j'ouvre l'entretien ?", {"opening": "ok"}),
        P("Je commence par le remercier d'avoir pris le temps de remplir sa grille, puis je dis clairement à quoi "
          "sert ce moment : regarder ensemble l'année écoulée, nous mettre d'accord sur trois objectifs pour 2027 et "
          "parler de ce qu'il souhaite pour la suite. Je lui précise que rien de ce que nous disons n'est lié à la "
          "révision des salaires, qui se fait en mars, et que le compte rendu lui sera envoyé pour relecture avant "
          "signature. Je lui dis aussi que je veux commencer par la panne de juin, parce que c'est la chose dont je "
          "suis la plus fière pour lui cette année, et que nous parlerons ensuite, calmement, de l'équipe de nuit."),
        H(2, "Le déroulé, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Question que je pose", "Durée"],
           ["1", "cadre et enjeux", "As-tu des questions avant de commencer ?", "5 min"],
           ["2", "l'année vue par Karim", "Quel moment de 2026 retiens-tu ?", "15 min"],
           ["3", "objectifs passés", "Où en est-on sur le décroché ?", "15 min"],
           ["4", "compétences", "Sur quoi te sens-tu le plus solide ?", "15 min"],
           ["5", "objectifs 2027", "Qu'est-ce qui serait une belle année 2027 ?", "15 min"],
           ["6", "formation", "De quoi aurais-tu besoin ?", "10 min"],
           ["7", "projets", "Où te vois-tu dans trois ans ?", "10 min"],
           ["8", "conclusion", "Qu'ajouterais-tu au compte rendu ?", "5 min"]]),
        H(1, "2. Quel bilan pour 2026 ?", {"year-review": "ok"}),
        P("L'année de Karim a été dominée par le changement de plateforme. Il a testé l'outil pendant six semaines "
          "avant la bascule, écrit les fiches réflexes pour les vingt alarmes les plus fréquentes et formé lui-même "
          "les six opérateurs, de jour comme de nuit. Le 14 juin, quand la plateforme est tombée pendant trois "
          "heures, aucun client n'est resté bloqué plus de dix minutes : il avait gardé les procédures papier à "
          "jour. Le temps moyen de décroché des interphones est passé de 38 à 22 secondes. En revanche, la gestion "
          "du conflit avec l'opérateur de nuit a été tardive : Karim a attendu six semaines avant de m'en parler, et "
          "la situation s'est dégradée jusqu'à la démission. Il le reconnaît dans sa grille, ce qui est un bon point "
          "de départ pour en parler. Ses opérateurs de jour, eux, disent dans l'enquête interne qu'ils se sentent "
          "soutenus et bien informés."),
        B("Les objectifs de l'an dernier ont-ils été tenus ?", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Réalisé", "Commentaire"],
           ["Réduire le temps de décroché", "secondes en moyenne", "30 s", "22 s", "dépassé grâce à la nouvelle plateforme"],
           ["Réussir la bascule de supervision", "jours d'arrêt du service", "0", "0", "panne de juin gérée sans client bloqué"],
           ["Faire baisser les réclamations écrites", "réclamations par mois", "15", "19", "non atteint, surtout la nuit"]]),
        H(2, "Compétences : son regard et le mien", {"skills": "ok"}),
        T([["Compétence", "Karim", "Moi", "Exemple discuté"],
           ["Maîtrise des outils de supervision", "4", "4", "référent de la nouvelle plateforme"],
           ["Gestion de crise", "3", "4", "panne du 14 juin"],
           ["Animation d'équipe", "3", "2", "conflit de l'équipe de nuit signalé tard"],
           ["Relation client au téléphone", "4", "4", "très peu de réclamations sur son poste"]]),
        H(1, "3. Ce que nous visons en 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance", "Moyens"],
           ["Ramener les réclamations écrites sous 12 par mois", "réclamations mensuelles", "12", "décembre 2027",
            "revue mensuelle des appels de nuit"],
           ["Tenir un point d'équipe toutes les deux semaines, nuit comprise", "points tenus", "24 sur l'année",
            "décembre 2027", "créneau fixe à 6 h au changement d'équipe"],
           ["Former un second référent plateforme", "opérateur autonome", "1 personne", "juin 2027",
            "deux demi-journées par mois"]]),
        B("Se former : quoi et quand ?", {"training": "ok"}),
        T([["Formation", "Pourquoi", "Organisme", "Quand"],
           ["Manager une équipe en horaires décalés", "prévenir les conflits de nuit", "CNAM Grenoble", "mars 2027"],
           ["Gestion des conflits", "intervenir plus tôt", "formateur interne du groupe", "mai 2027"],
           ["Module avancé de la plateforme", "devenir formateur", "éditeur du logiciel", "septembre 2027"]]),
        H(1, "4. Et après ?", {"career-wishes": "thin"}),
        P("Karim m'a dit en octobre qu'il aimerait un jour prendre la responsabilité d'un second poste de contrôle. "
          "J'écoute d'abord, sans rien promettre."),
        H(1, "5. Pour conclure", {"closing-follow-up": "ok"}),
        P("Je reprends les points sur lesquels nous sommes d'accord : une année réussie sur la plateforme et le "
          "décroché, un vrai chantier sur l'animation de l'équipe de nuit, trois objectifs chiffrés pour 2027 et "
          "deux formations inscrites au plan. Je lui demande s'il veut ajouter quelque chose au compte rendu, que "
          "je lui envoie sous une semaine ; il aura ensuite huit jours pour le commenter avant de le signer. Nous "
          "fixons un point d'étape au 30 juin, consacré surtout aux réclamations et aux points d'équipe. Je le "
          "remercie pour la manière dont il a tenu le poste en juin, devant l'équipe comme devant moi."),
        H(2, "Si l'échange se tend", {}),
        P("Si Karim se sent mis en cause sur le départ de l'opérateur de nuit, je reviens aux faits et aux dates, "
          "je lui demande ce qui l'a retenu de m'alerter plus tôt et je n'en fais pas un reproche écrit."),
        B("Ai-je bien mené l'entretien ?", {"criteria-self-check": "ok"}),
        T([["Point vérifié", "Oui / non", "Comment"],
           ["J'ai annoncé les enjeux dès le début", "oui", "phrase d'ouverture préparée"],
           ["J'ai laissé Karim parler en premier", "oui", "question ouverte sur 2026"],
           ["J'ai reconnu la gestion de la panne", "oui", "exemple du 14 juin"],
           ["J'ai proposé des solutions pour l'équipe de nuit", "oui", "points d'équipe et formation"],
           ["J'ai répondu à ses objections", "à vérifier", "relire mes notes le soir même"]]),
    ],
    missing=["note-taking-grid"],
)
