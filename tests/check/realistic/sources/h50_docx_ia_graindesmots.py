from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 50, written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French, the annual review of the children's-books seller of an independent bookshop in Angers.
    Question and paraphrased headings; the career wishes are a few lines (thin); the note-taking grid is a heading
    with nothing under it (empty); one section of the author's own on how she will handle disagreement.""",
    title="Entretien annuel – Thomas Bénard, rayon jeunesse",
    cover=["Librairie Le Grain des Mots, Angers", "Préparé par Sophie Karadeniz, gérante – janvier 2027"],
    blocks=[
        H(1, "Avant l'entretien : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Le Grain des Mots est une librairie indépendante de quatorze salariés installée rue Saint-Laud depuis "
          "1987. Thomas Bénard, 34 ans, y travaille depuis six ans et tient seul le rayon jeunesse depuis le départ "
          "de Claire en 2025, soit un quart de notre chiffre d'affaires. Il choisit les nouveautés avec les "
          "représentants, organise les accueils de classes et anime l'heure du conte du mercredi."),
        P("L'entretien aura lieu le jeudi 21 janvier à 9 h, avant l'ouverture, dans la réserve aménagée en bureau, "
          "pour une heure et demie. Je l'ai prévenu le 4 janvier et lui ai remis la fiche d'auto-évaluation. J'ai "
          "relu le compte rendu de l'an dernier, sorti les ventes du rayon mois par mois, le taux de retour aux "
          "éditeurs et le nombre de classes accueillies. Deux sujets seront délicats : le dépassement du budget "
          "d'achats de novembre, et la fatigue dont il m'a parlé après Noël. Je veux qu'il reparte en sachant "
          "que son travail est vu, et qu'on ne parle pas seulement de chiffres mais aussi de la manière dont il "
          "a vécu cette année, seul au rayon."),
        H(1, "Comment je lance la discussion", {"opening": "ok"}),
        P("Je commencerai par le remercier d'avoir pris ce créneau avant l'ouverture, puis je poserai le cadre : "
          "« Thomas, on a une heure et demie pour regarder ton année, parler de ce qui a marché et de ce qui a été "
          "dur, et décider ensemble de tes objectifs pour 2027. Rien de ce qu'on dit ici n'est une surprise ou "
          "une sanction : le compte rendu, tu le reliras et tu pourras le compléter. » Je lui dirai aussi que je "
          "veux entendre sa version de la fin d'année, parce que je sais qu'elle a pesé, et que l'entretien sert "
          "autant à ce que je l'aide qu'à ce que je l'évalue."),
        H(1, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce qu'on fait", "Question pour lancer", "Durée"],
           ["1", "accueil et cadre", "As-tu pu remplir ta fiche ?", "5 min"],
           ["2", "retour sur l'année", "De quoi es-tu le plus fier cette année ?", "20 min"],
           ["3", "chiffres du rayon", "Comment lis-tu le mois de novembre ?", "15 min"],
           ["4", "compétences", "Où te sens-tu le plus solide ?", "15 min"],
           ["5", "objectifs 2027 et formation", "Qu'est-ce qui t'aiderait le plus ?", "20 min"],
           ["6", "projets et conclusion", "Comment te vois-tu dans trois ans ?", "15 min"]]),
        H(1, "Qu'est-ce qui s'est passé en 2026 ?", {"year-review": "ok"}),
        P("Le rayon jeunesse a fait 412 000 euros de ventes en 2026, en hausse de 9 % alors que la librairie dans "
          "son ensemble progresse de 3 %. Thomas a accueilli 46 classes contre 30 l'année précédente, en "
          "démarchant lui-même les écoles du quartier Saint-Laud et de la Doutre. L'heure du conte du mercredi "
          "réunit désormais une vingtaine d'enfants chaque semaine et plusieurs parents achètent en sortant."),
        P("Deux points sont plus difficiles. En novembre, les commandes pour Noël ont dépassé de 18 000 euros le "
          "budget d'achats convenu, ce qui a pesé sur la trésorerie de janvier et laissé un stock de retours "
          "important. Et Thomas a assuré seul le rayon pendant la période des fêtes, avec des journées longues : "
          "il me l'a dit, et j'ai tardé à réagir en ne recrutant un renfort que le 15 décembre."),
        H(1, "Objectifs de l'an dernier : atteints ?", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Réel", "Verdict"],
           ["Développer les accueils de classes", "classes accueillies", "35", "46", "dépassé"],
           ["Tenir le budget d'achats", "écart au budget", "0", "+18 000 €", "non atteint"],
           ["Réduire les retours aux éditeurs", "taux de retour", "22 %", "24 %", "presque"]]),
        H(1, "Compétences : son regard et le mien", {"skills": "ok"}),
        T([["Compétence", "Thomas (1-4)", "Moi (1-4)", "Commentaire"],
           ["Conseil aux clients et aux enseignants", "4", "4", "reconnu par les écoles"],
           ["Gestion des achats et du stock", "2", "2", "à travailler avec l'outil de réassort"],
           ["Animation", "3", "4", "l'heure du conte est devenue un rendez-vous"]]),
        H(1, "Et pour 2027 ?", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Cible", "Échéance", "Moyens"],
           ["Tenir le budget d'achats mois par mois", "écart mensuel", "moins de 5 %", "décembre 2027", "point budget le premier lundi du mois"],
           ["Ramener les retours à 20 %", "taux de retour", "20 %", "décembre 2027", "réassort sur les ventes réelles"],
           ["Former Inès au rayon jeunesse", "Inès autonome le samedi", "oui", "juin 2027", "deux samedis par mois en binôme"]]),
        H(1, "De quoi a-t-il besoin pour progresser ?", {"training": "ok"}),
        T([["Besoin", "Réponse", "Quand", "Coût"],
           ["Mieux piloter ses achats", "formation gestion de stock de l'école de la librairie", "mars 2027", "pris en charge par l'OPCO"],
           ["Souffler en période de fêtes", "renfort recruté dès le 15 novembre", "novembre 2027", "3 200 €"]]),
        H(1, "Ses envies pour la suite", {"career-wishes": "thin"}),
        P("Je lui demanderai où il se voit dans trois ans. Il a évoqué la possibilité de coordonner un salon du "
          "livre jeunesse avec la mairie : je veux l'écouter avant de répondre."),
        H(1, "Pour finir : ce qu'on retient et la suite", {"closing-follow-up": "ok"}),
        P("Je reformulerai ce que nous avons décidé : une année très réussie sur les ventes et les classes, un "
          "budget d'achats à reprendre en main avec un point mensuel, trois objectifs pour 2027 et un renfort "
          "prévu pour Noël. Je lui demanderai s'il est d'accord avec ce résumé et s'il veut ajouter quelque chose. "
          "Le compte rendu lui sera envoyé sous une semaine ; il aura dix jours pour le commenter avant de le "
          "signer. Nous fixerons un point à mi-parcours fin juin, et je le remercierai pour son engagement, en "
          "particulier pendant les fêtes."),
        H(1, "Si Thomas n'est pas d'accord sur le budget", {}),
        P("Il est possible qu'il conteste le chiffre de novembre, en rappelant que les ventes de Noël ont été "
          "excellentes. Je ne chercherai pas à avoir raison : je lui montrerai le stock restant au 15 janvier et "
          "je lui demanderai comment il aurait voulu être alerté plus tôt."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "Ai-je bien tenu mon rôle ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Fait ?"],
           ["Je l'ai laissé parler le premier sur chaque sujet", "oui"],
           ["J'ai dit dès le début à quoi sert l'entretien", "oui"],
           ["J'ai reconnu ma part dans la surcharge de décembre", "oui"],
           ["Chaque objectif 2027 a un moyen concret", "oui"],
           ["J'ai répondu à sa question sur le salon du livre", "à faire en juin"]]),
    ],
)
