from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="pandoc",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, in French: the nursery department manager of a garden centre near Millau prepares a talk with a
    plant adviser of eight years whose commitment has dropped since the Sunday rota and the self-checkouts.
    The authors' own numbered headings, some in UPPER CASE; the reminder of her missions and what was observed
    share one heading with what the manager will listen for (merged); the plan of the talk and the action plan
    are tables; a note grid of his own is a table; his last self-review was never written (deleted, missing).""",
    title="Entretien avec Mélanie Fabre – rayon pépinière",
    cover=["Jardinerie des Causses, Millau", "Préparé par Karim Ouali, chef du rayon pépinière – janvier 2027"],
    blocks=[
        H(1, "1. AVANT DE LA RECEVOIR", {"preparation": "ok"}),
        P("Mélanie Fabre est vendeuse-conseil au rayon pépinière depuis huit ans. C'est elle qui connaît le mieux "
          "les plantes qui tiennent sur le causse, entre le gel de mars et la sécheresse d'août, et beaucoup de "
          "clients demandent à lui parler. Depuis la réorganisation de septembre, le magasin ouvre le dimanche "
          "matin par roulement et trois caisses automatiques ont remplacé deux caisses tenues par des vendeuses. "
          "Depuis, je la trouve éteinte : elle arrive à l'heure pile, repart à l'heure pile, ne propose plus ses "
          "fiches conseil et a refusé d'animer l'atelier de taille de février, qu'elle tenait depuis cinq ans."),
        P("Je ne veux pas d'un entretien de recadrage. Je veux comprendre ce qui a changé pour elle et voir ce que "
          "nous pouvons faire ensemble. Je la préviens le lundi pour le jeudi 21 janvier à 14 heures, créneau "
          "calme, dans le bureau du rayon plutôt que dans celui du directeur. Je prévois une heure. J'ai relu son "
          "dernier entretien annuel, très positif, le planning des dimanches depuis septembre et les trois "
          "réclamations clients de décembre, sans les prendre comme des reproches à lui faire."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je la remercie d'être venue et je dis clairement le but : « Mélanie, je t'ai proposé ce moment parce "
          "que tu comptes beaucoup pour le rayon et que j'ai l'impression que quelque chose ne va pas depuis "
          "l'automne. Ce n'est pas un entretien disciplinaire, il n'y aura pas de compte rendu aux ressources "
          "humaines sans ton accord. Je voudrais qu'on regarde ensemble ce qui a changé et ce qu'on peut faire. "
          "On a une heure, et on peut s'arrêter quand tu veux. » Je pose mon téléphone à l'envers sur la table."),
        H(1, "3. LE DÉROULÉ EN CINQ TEMPS", {"interview-phases": "ok"}),
        T([["Temps", "Objectif", "Ma question d'ouverture", "Durée"],
           ["Cadre", "rassurer, dire pourquoi on se voit", "« Comment vas-tu en ce moment ? »", "5 min"],
           ["Rappel", "revenir sur son rôle et ce que j'ai observé", "« Je te dis ce que je vois, tu me dis si je me trompe ? »", "10 min"],
           ["Écoute", "la laisser raconter sa version de l'automne", "« Qu'est-ce qui a changé pour toi depuis septembre ? »", "20 min"],
           ["Pistes", "chercher des solutions avec elle", "« Si tu pouvais changer une chose, ce serait laquelle ? »", "15 min"],
           ["Suite", "s'engager sur un plan et une date", "« On se revoit quand pour faire le point ? »", "10 min"]]),
        H(1, "4. Ce que j'ai observé, et ce que je veux entendre", {"facts": "ok", "active-listening": "ok"}),
        P("Je rappelle d'abord son rôle tel qu'il est écrit et tel qu'elle l'a toujours tenu : conseiller les "
          "clients sur le choix et l'entretien des plantes, tenir le rayon vivace et arbustes, passer les commandes "
          "aux pépiniéristes de l'Aveyron et animer les ateliers du samedi. Puis je donne les faits, sans les "
          "juger : depuis octobre, plus aucune fiche conseil nouvelle alors qu'elle en écrivait deux par mois ; "
          "deux commandes de rosiers passées en retard en novembre ; trois réclamations de clients en décembre "
          "qui disent ne pas avoir trouvé de conseil au rayon ; le refus de l'atelier de taille. Je précise que "
          "ses ventes restent dans la moyenne du magasin."),
        P("Ensuite, je me tais. Je m'attends à entendre parler des dimanches, qui lui prennent une matinée avec "
          "ses enfants une semaine sur trois, et peut-être des caisses automatiques, qu'elle a vécues comme une "
          "façon de dire que le conseil ne compte plus. Je reformule ce qu'elle dit avec ses mots (« si je te "
          "comprends bien, tu as l'impression que... »), je lui demande des exemples précis et je note ses "
          "phrases exactes. Je ne défends pas la direction et je ne promets rien à ce stade. Si elle se met en "
          "colère ou pleure, je laisse le silence et je lui propose de faire une pause."),
        H(1, "5. CHERCHER ENSEMBLE", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ses idées à elle. J'ai préparé trois pistes, que je ne propose que si elle n'en "
          "a pas ou pour compléter les siennes. La première : revoir le roulement du dimanche avec l'équipe pour "
          "qu'elle ne travaille plus que les dimanches de printemps, quand le rayon fait la moitié de son chiffre, "
          "en échange de samedis après-midi. La deuxième : faire de son savoir un vrai rôle, par exemple référente "
          "conseil du rayon, avec une heure par semaine pour écrire les fiches et former les saisonniers. La "
          "troisième : reprendre l'atelier de taille sous une autre forme, plus court, avec un collègue en "
          "soutien. On garde ce qui lui parle et on laisse le reste."),
        H(2, "5.1 Qui fait quoi, pour quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on saura que c'est fait"],
           ["Nouveau roulement du dimanche proposé à l'équipe", "Karim", "15 février", "planning de mars affiché"],
           ["Fiche de poste de référente conseil écrite à deux", "Mélanie et Karim", "28 février", "fiche validée par le directeur"],
           ["Une heure par semaine pour les fiches conseil", "Karim", "dès mars", "créneau bloqué au planning"],
           ["Atelier de taille en format court, avec Lucas", "Mélanie", "14 mars", "atelier annoncé en magasin"]]),
        H(1, "6. CONCLURE ET SE REVOIR", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons dit, avec ses mots à elle, et je relis le plan d'action ligne par ligne "
          "pour être sûr que nous sommes d'accord. Je lui demande comment elle se sent en sortant et s'il manque "
          "quelque chose. Nous fixons tout de suite un point le jeudi 11 mars, même heure, même bureau, pour voir "
          "où en sont les actions. Je la remercie pour sa franchise et je lui redis que son conseil est ce qui "
          "fait venir nos clients plutôt que la grande surface voisine."),
        H(1, "7. Ma grille de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'elle dit (ses mots)", "Ce que je remarque", "À reprendre"],
           ["Rappel des faits", "réaction aux réclamations de décembre", "ton, regard, silence", "oui / non"],
           ["Dimanches", "contraintes familiales citées", "émotion ou non", "piste roulement"],
           ["Caisses automatiques", "sens donné au conseil", "mots forts employés", "piste référente"],
           ["Atelier de taille", "raison du refus", "envie d'y revenir ?", "format court"]]),
    ],
    missing=["criteria-self-check"],
)
