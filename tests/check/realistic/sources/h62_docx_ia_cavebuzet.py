from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the cellar master of a wine cooperative in Lot-et-Garonne prepares the yearly review of a
    cellar hand. Question and paraphrased headings; the career part is two sentences (thin); an extra section of
    the author's own on what to avoid during the meeting; no self-check against the jury's criteria (missing).""",
    title="Entretien annuel de Julien Lacombe – préparation",
    cover=["Cave coopérative Les Coteaux de Buzet – chai de vinification",
           "Préparé par Sophie Darrigrand, maître de chai – décembre 2026"],
    blocks=[
        H(1, "Avant de s'asseoir : qu'est-ce que je dois avoir en tête ?", {"preparation": "ok"}),
        P("Julien Lacombe, 31 ans, travaille au chai depuis cinq ans comme caviste. Il s'occupe des remontages et "
          "des soutirages pendant les vendanges, du nettoyage des cuves, de la préparation des lots pour "
          "l'embouteillage et, depuis cette année, du suivi des températures de fermentation sur la nouvelle "
          "supervision. La coopérative a vinifié 92 000 hectolitres en 2026 avec une équipe de neuf personnes au "
          "chai, dont trois saisonniers."),
        P("L'entretien est fixé au mardi 12 janvier à 9 h 30, dans le bureau du laboratoire, loin du bruit de la "
          "ligne d'embouteillage ; j'ai prévu une heure et quart. Julien a reçu la convocation le 18 décembre avec "
          "la grille d'auto-évaluation. Pour préparer, j'ai relu le compte rendu de janvier dernier, les fiches "
          "d'incident du chai, les relevés de la supervision et les remarques de l'œnologue sur les vendanges. Je "
          "veux le remercier pour une vendange difficile, parler de l'incident de la cuve 14 sans en faire un "
          "procès, et entendre ce qu'il pense du poste de chef d'équipe qui s'ouvre en septembre."),
        H(1, "Ce que je veux éviter pendant l'entretien"),
        L(["parler de l'augmentation générale, décidée par le conseil d'administration en mars",
           "comparer Julien à son collègue Thomas devant lui",
           "laisser le téléphone du chai sonner sur la table"]),
        H(1, "Comment j'ouvre la discussion", {"opening": "ok"}),
        P("« Bonjour Julien, merci d'être là. On a une heure un quart rien que pour toi, et le téléphone du chai "
          "est chez Thomas ce matin. L'idée, c'est de regarder ensemble l'année, ce qui s'est bien passé et ce "
          "qui a coincé, puis de se mettre d'accord sur trois ou quatre objectifs pour 2027 et de parler de ce "
          "que tu as envie de faire ensuite. Je prends des notes, tu en auras une copie dans la semaine et tu "
          "pourras ajouter ce que tu veux avant de signer. Ce n'est pas une évaluation pour te reprocher quoi que "
          "ce soit : c'est ton moment. Tu veux commencer par quelque chose ? »"),
        H(1, "Le déroulé, temps par temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je cherche", "Question pour lancer", "Durée"],
           ["Accueil", "le mettre à l'aise, rappeler le cadre", "Comment s'est passée ta fin d'année ?", "5 min"],
           ["Bilan", "revenir sur les vendanges et l'incident", "Quel moment de l'année tu retiens ?", "15 min"],
           ["Résultats", "comparer ce qui était prévu et ce qui est fait", "Où en est la supervision ?", "10 min"],
           ["Compétences", "croiser son regard et le mien", "Sur quoi tu te sens le plus sûr ?", "10 min"],
           ["Objectifs 2027", "fixer trois objectifs mesurables", "Qu'est-ce que tu veux réussir l'an prochain ?", "15 min"],
           ["Formation et avenir", "besoins et souhaits", "Comment tu te vois dans trois ans ?", "10 min"],
           ["Fin", "répondre à ses questions, résumer, remercier", "Il y a un point sur lequel tu n'es pas d'accord ?", "10 min"]]),
        H(1, "Qu'est-ce qui a marqué l'année de Julien ?", {"year-review": "ok"}),
        P("Les vendanges 2026 ont été courtes et chaudes : 23 jours au lieu de 30, avec des raisins arrivés à "
          "plus de 28 °C. Julien a fait toutes les nuits de remontage de la deuxième semaine sans qu'on le lui "
          "demande, et l'œnologue souligne qu'aucune fermentation n'a bloqué sur ses cuves. Il a été le premier à "
          "utiliser la supervision des températures sur tablette et il a formé deux saisonniers à la lecture des "
          "alarmes. L'incident de la cuve 14, un soutirage lancé vers la mauvaise cuve le 3 octobre, a coûté "
          "environ 40 hectolitres déclassés. Julien l'a signalé tout de suite. Je veux l'écouter sur ce qui s'est "
          "passé ce jour-là, la fatigue et l'étiquetage des vannes, avant de parler de solutions. Hors vendanges, "
          "il a tenu le planning de nettoyage du printemps sans un seul retard."),
        H(2, "Les objectifs de l'an dernier : où en est-on ?", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Résultat", "Commentaire"],
           ["Prendre en main la supervision des températures", "cuves suivies sur tablette", "toutes en septembre",
            "atteint en août", "a formé deux saisonniers"],
           ["Réduire l'eau de nettoyage des cuves", "litres par cuve", "moins 15 %", "moins 9 %",
            "nouveau matériel livré en retard"],
           ["Passer le CACES chariot", "certificat obtenu", "juin 2026", "atteint en avril", "aucune remarque"]]),
        H(2, "Ses compétences vues par lui et par moi", {"skills": "ok"}),
        T([["Compétence", "Julien", "Moi", "Exemple"],
           ["Conduite des fermentations", "confirmé", "confirmé", "aucune fermentation bloquée"],
           ["Hygiène et nettoyage", "confirmé", "confirmé", "audit IFS sans remarque au chai"],
           ["Outils numériques du chai", "intermédiaire", "confirmé", "a formé deux saisonniers"],
           ["Organisation en période de pointe", "confirmé", "intermédiaire", "incident de la cuve 14"]]),
        H(1, "2027 : sur quoi on s'engage ?", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Cible", "Échéance", "Moyens"],
           ["Zéro erreur de soutirage", "fiches d'incident", "0", "décembre 2027", "vannes étiquetées, double contrôle"],
           ["Réduire l'eau de nettoyage", "litres par cuve", "moins 15 % sur 2025", "octobre 2027", "nouveau canon à mousse"],
           ["Encadrer les saisonniers des vendanges", "saisonniers formés avant le 1er septembre", "4 sur 4",
            "septembre 2027", "une demi-journée d'accueil par personne"]]),
        H(1, "Se former, pour quoi faire ?", {"training": "ok"}),
        T([["Formation", "Organisme", "Durée", "Quand", "Priorité"],
           ["Animer une petite équipe", "CFPPA de Nérac", "3 jours", "mars 2027", "haute"],
           ["Dégustation et analyse sensorielle", "IFV Bordeaux", "2 jours", "février 2027", "moyenne"],
           ["Sauveteur secouriste du travail, recyclage", "en interne", "1 jour", "mai 2027", "obligatoire"]]),
        H(1, "Et ensuite ?", {"career-wishes": "thin"}),
        P("Julien m'a dit à la machine à café qu'il pensait au poste de chef d'équipe. Je lui demanderai s'il le "
          "veut vraiment et ce qui lui manque selon lui."),
        H(1, "Pour conclure l'entretien", {"closing-follow-up": "ok"}),
        P("Je lui laisse la parole en dernier : a-t-il des questions, un désaccord avec ce qui a été dit ou "
          "écrit ? S'il conteste l'appréciation sur l'organisation en période de pointe, je note son point de vue "
          "tel quel dans le compte rendu. Je résume ensuite les trois objectifs et les deux formations, je le "
          "remercie pour ses nuits de vendanges, et je lui dis que je ferai la demande au CFPPA dès la semaine "
          "suivante. Le compte rendu lui est envoyé sous huit jours ; on se revoit fin juin pour un point d'étape "
          "de vingt minutes sur les objectifs et la candidature au poste de chef d'équipe."),
        H(1, "Grille pour mes notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce que Julien dit", "Ce que j'observe", "À reprendre"],
           ["Accueil", "fatigué mais content de la vendange", "détendu, souriant", "-"],
           ["Cuve 14", "reconnaît l'erreur, parle des vannes", "se crispe au début", "étiquetage des vannes"],
           ["Objectifs", "d'accord sur l'eau, doute sur les saisonniers", "pose des questions précises", "moyens pour l'accueil"],
           ["Avenir", "intéressé par le poste de chef d'équipe", "hésite sur les horaires", "reparler fin juin"]]),
    ],
    missing=["criteria-self-check"],
)
