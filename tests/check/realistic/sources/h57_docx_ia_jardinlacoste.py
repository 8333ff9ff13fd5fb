from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the manager of a garden centre in Montauban prepares the annual review of the head of the
    plant department. Question and paraphrased headings, some at level 2; the opening is three sentences (thin);
    a section of the author's own on the traps she wants to avoid; every grid filled.""",
    title="Entretien annuel de Nadège Faure – guide de préparation",
    cover=["Jardineries Lacoste, magasin de Montauban", "Préparé par Karine Delpech, directrice du magasin",
           "Entretien prévu le 12 janvier 2027"],
    blocks=[
        H(1, "Avant l'entretien : ce que j'ai rassemblé", {"preparation": "ok"}),
        P("Nadège dirige depuis quatre ans le rayon végétal du magasin de Montauban, le plus gros rayon en chiffre "
          "d'affaires avec 1,9 million d'euros en 2026. Elle encadre cinq vendeurs permanents et jusqu'à quatre "
          "saisonniers au printemps. Sa mission tient en trois activités : commander et recevoir les plantes auprès "
          "des pépiniéristes, tenir un rayon vivant et sans pertes, et conseiller les clients, en particulier les "
          "paysagistes qui représentent un quart des ventes."),
        P("Pour préparer notre échange, j'ai relu le compte rendu de l'an dernier et ses quatre objectifs, j'ai "
          "sorti les chiffres du rayon (ventes, démarque, marge) et j'ai demandé à Nadège de remplir la grille "
          "d'auto-évaluation quinze jours avant. J'ai aussi parlé avec deux vendeurs de son équipe et avec le "
          "responsable régional, qui l'a vue lors du lancement de la vente en ligne avec retrait au magasin. "
          "L'entretien durera une heure trente, dans la salle de réunion et non dans mon bureau, téléphones "
          "coupés. Je veux qu'elle reparte en sachant que son année a été reconnue, et avec un projet clair pour "
          "2027, car elle m'a dit en octobre qu'elle se sentait plafonnée."),
        H(1, "Comment j'ouvre ?", {"opening": "thin"}),
        P("« Nadège, merci d'avoir préparé la grille. Ce moment sert à regarder ton année ensemble et à décider de "
          "la suite ; rien de ce qu'on dit ici ne sort sans ton accord. Tu commences ? »"),
        H(1, "Déroulé prévu, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question que je pose", "Durée"],
           ["Accueil", "je rappelle le but et le déroulé", "Comment arrives-tu à cet entretien ?", "5 min"],
           ["Son bilan d'abord", "je la laisse raconter son année", "De quoi es-tu la plus fière ?", "15 min"],
           ["Les chiffres", "nous regardons les objectifs un par un", "Qu'est-ce qui a freiné la démarque ?", "15 min"],
           ["Compétences", "nous comparons nos deux grilles", "Où vois-tu un écart entre nous ?", "15 min"],
           ["2027", "nous fixons trois objectifs", "Qu'est-ce qui rendrait l'année réussie pour toi ?", "15 min"],
           ["Formation et envies", "j'écoute ses projets", "Où te vois-tu dans trois ans ?", "15 min"],
           ["Clôture", "je résume et fixe la suite", "Veux-tu ajouter quelque chose ?", "10 min"]]),
        H(1, "Retour sur 2026", {"year-review": "ok"}),
        P("L'année a été bonne pour le rayon : les ventes ont progressé de 7 % alors que le magasin dans son "
          "ensemble n'a gagné que 2 %. Nadège a réorganisé les commandes de printemps en passant de trois "
          "pépiniéristes à cinq, ce qui a évité les ruptures sur les plants potagers en avril. Elle a aussi formé "
          "deux vendeurs au conseil aux paysagistes, qui passent désormais commande par téléphone auprès d'eux "
          "sans la solliciter."),
        P("Le point faible reste la démarque : 6,8 % des plantes ont été jetées, contre 5 % visés, surtout pendant "
          "la canicule de juillet, quand l'arrosage automatique est tombé en panne deux semaines. Nadège l'a "
          "signalé à temps, mais la réparation a dépendu du siège. Je veux reconnaître qu'elle n'avait pas la main "
          "sur cette cause, et lui demander ce qu'elle ferait différemment l'été prochain. Son équipe, interrogée, "
          "dit d'elle qu'elle est exigeante mais toujours présente quand le rayon déborde."),
        H(2, "Les objectifs de l'an dernier : tenus ou pas ?", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Résultat", "Commentaire"],
           ["Faire croître le rayon", "ventes annuelles", "+5 %", "+7 %", "atteint grâce aux paysagistes"],
           ["Réduire les pertes", "taux de démarque", "5 %", "6,8 %", "non atteint, panne d'arrosage en juillet"],
           ["Lancer le retrait en magasin", "commandes en ligne préparées en 2 h", "90 %", "94 %", "atteint dès mai"],
           ["Former deux vendeurs", "vendeurs autonomes avec les pros", "2", "2", "atteint"]]),
        H(2, "Compétences : son regard et le mien", {"skills": "ok"}),
        T([["Compétence", "Son avis (1 à 4)", "Mon avis (1 à 4)", "Exemple"],
           ["Connaissance des végétaux", "4", "4", "référence pour tout le magasin"],
           ["Gestion des commandes", "3", "4", "les cinq pépiniéristes du printemps"],
           ["Animation de l'équipe", "2", "3", "deux vendeurs formés, planning tenu"],
           ["Lecture des chiffres", "2", "2", "découvre la marge par famille en fin d'année"]]),
        H(1, "Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Cible", "Échéance", "Moyens"],
           ["Ramener la démarque sous 5,5 %", "taux de démarque mensuel", "5,5 %", "décembre 2027", "contrat de maintenance de l'arrosage, relevé hebdomadaire"],
           ["Piloter le rayon avec ses chiffres", "tableau de marge suivi chaque mois", "12 revues", "décembre 2027", "formation et un point mensuel avec moi"],
           ["Ouvrir un espace conseil paysagistes", "comptes pros actifs", "40", "septembre 2027", "un vendeur dédié le mardi matin"]]),
        H(1, "Quelles formations ?", {"training": "ok"}),
        T([["Besoin", "Formation", "Durée", "Quand", "Financement"],
           ["Lire et piloter la marge", "gestion d'un rayon, organisme de la branche", "3 jours", "février", "plan de formation"],
           ["Animer une équipe", "manager de proximité", "4 jours", "mars", "OPCO"],
           ["Arrosage et serre", "demi-journée avec le fournisseur", "0,5 jour", "avril", "inclus dans le contrat"]]),
        H(1, "Et après ? Ses envies", {"career-wishes": "ok"}),
        P("Nadège m'a dit en octobre qu'elle se sentait plafonnée : elle aime son rayon mais n'imagine pas le tenir "
          "encore dix ans. Je veux d'abord l'écouter, sans lui promettre un poste que je ne peux pas créer. Deux "
          "pistes existent et je les lui présenterai : devenir adjointe de direction du magasin quand Patrick partira "
          "à la retraite en 2028, ou rejoindre l'équipe achats du siège à Toulouse, qui cherche des gens du terrain. "
          "Dans les deux cas, les formations prévues cette année l'y préparent, et je lui proposerai de passer une "
          "journée au siège au printemps pour voir ce métier de près."),
        H(1, "Les pièges que je veux éviter", {}),
        L(["Parler avant elle : je lui laisse toujours la première parole.",
           "Mettre la démarque sur son compte alors que la panne venait du siège.",
           "Promettre le poste d'adjointe avant que la direction régionale ne l'ait ouvert."]),
        H(1, "Pour conclure", {"closing-follow-up": "ok"}),
        P("Je termine en résumant ce sur quoi nous sommes d'accord : une année réussie sur les ventes et le retrait "
          "en magasin, une démarque à reprendre avec de vrais moyens, trois objectifs pour 2027 et deux formations. "
          "Je lui demande si elle veut nuancer ou ajouter un point, et je note sa réponse telle quelle. Le compte "
          "rendu lui sera envoyé sous une semaine pour qu'elle le relise et le signe. Nous fixons un point d'étape "
          "le 30 juin, après le printemps, et je lui redis que ma porte reste ouverte si un objectif lui paraît "
          "hors de portée en cours de route. Je la remercie pour le travail du printemps, qui a porté tout le "
          "magasin."),
        H(2, "Mes notes pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'elle dit", "Ce que j'observe", "À reprendre"],
           ["Bilan", "fière des pépiniéristes", "parle vite, sourit", "remercier l'équipe aussi"],
           ["Démarque", "se sent jugée", "bras croisés", "redire la cause technique"],
           ["Envies", "intéressée par le siège", "hésite sur Toulouse", "proposer la journée découverte"]]),
        H(2, "Ai-je tenu mes engagements ? (auto-contrôle)", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Comment", "Fait"],
           ["Je l'ai écoutée avant de donner mon avis", "elle a parlé la première à chaque étape", "oui"],
           ["Le but de l'entretien était clair dès le début", "phrase d'ouverture", "oui"],
           ["Ses missions ont été rappelées", "les trois activités du rayon", "oui"],
           ["Des solutions concrètes ont été proposées", "contrat d'arrosage, formation marge", "oui"],
           ["J'ai répondu à ses objections sur la démarque", "cause technique reconnue", "oui"],
           ["Elle repart motivée", "journée au siège proposée", "à vérifier en juin"]]),
    ],
)
