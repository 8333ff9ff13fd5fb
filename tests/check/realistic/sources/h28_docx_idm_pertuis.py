from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Éditions du Pertuis, a publisher of 23 people in La Rochelle, merged its two editorial teams
    in June; Camille Arnaud, a junior editor who used to run the youth collection on her own, has become quiet,
    misses deadlines and no longer proposes manuscripts. Her manager, Sophie Renaud, prepares the talk. The title
    and cover name the people and the publisher, not the kind of interview. Paraphrased and question headings of
    the author's own, in Heading 1 and Heading 2; the listening part is three sentences (thin); the author made no
    note-taking sheet (missing).""",
    title="Éditions du Pertuis – Ma discussion avec Camille",
    cover=["Préparé par Sophie Renaud, directrice éditoriale", "Jeu de rôle, bloc 5 – Inès Poirier, décembre 2026"],
    blocks=[
        H(1, "D'où part cette discussion ?", {"preparation": "ok"}),
        P("Les Éditions du Pertuis publient une quarantaine de titres par an, surtout des romans régionaux et une "
          "collection jeunesse, « Vent du large », lancée en 2021. En juin, la direction a fusionné les deux "
          "équipes éditoriales en une seule, que je dirige. Camille Arnaud, éditrice depuis quatre ans, pilotait "
          "seule la collection jeunesse ; elle travaille désormais dans un pôle de cinq personnes où les choix de "
          "manuscrits se font en comité le lundi."),
        P("Depuis septembre, je constate un changement net. Camille ne prend presque plus la parole en comité, elle "
          "n'a proposé aucun manuscrit depuis juillet alors qu'elle en défendait trois ou quatre par trimestre, et "
          "deux remises de corrections ont pris plus d'une semaine de retard. Elle reste une éditrice appréciée des "
          "auteurs : Marion Lebrun, notre autrice jeunesse la plus vendue, m'a demandé en octobre de continuer à "
          "travailler avec elle. Je ne sais pas ce qui pèse le plus : la perte d'autonomie, le comité, une charge "
          "trop lourde ou quelque chose de personnel. L'entretien aura lieu le jeudi 10 décembre à 14 h, dans la "
          "petite salle du deuxième étage plutôt que dans mon bureau vitré, et durera une heure. Je relis avant ses "
          "deux derniers entretiens annuels, le planning de production et les comptes rendus des comités. Mon but "
          "n'est pas de la recadrer mais de comprendre et de repartir avec elle sur un projet qui lui ressemble."),
        H(1, "Comment je lance l'échange", {"opening": "ok"}),
        P("Je commence par la remercier d'avoir pris ce temps et par dire simplement pourquoi je l'ai invitée : "
          "« Camille, je te trouve moins présente depuis la rentrée, et ça m'inquiète parce que tu es une des "
          "personnes qui font vivre la jeunesse ici. Je n'ai rien décidé, je veux t'entendre. » Je précise que ce "
          "moment n'est ni une évaluation ni une sanction, que ce qu'elle dira ne sortira pas de la pièce sans son "
          "accord, et que nous chercherons ensemble ce qui peut changer. J'annonce la durée, une heure, et le "
          "déroulé en trois temps : ce que j'ai remarqué, ce qu'elle en pense, ce que nous décidons."),
        H(2, "Le déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je cherche", "Question ou phrase d'appui", "Durée"],
           ["Accueil", "la mettre à l'aise, poser le cadre", "« Je veux t'entendre, pas te juger. »", "5 min"],
           ["Constats", "décrire les faits sans les interpréter", "« Voilà ce que j'ai vu depuis septembre. »",
            "10 min"],
           ["Sa lecture", "la laisser expliquer", "« Comment tu vis la nouvelle organisation ? »", "20 min"],
           ["Pistes", "chercher des solutions à deux", "« Qu'est-ce qui te redonnerait envie ? »", "15 min"],
           ["Engagements", "fixer qui fait quoi et quand", "« On se revoit quand ? »", "10 min"]]),
        H(1, "Ce que j'ai observé, et son rôle d'origine", {"facts": "ok"}),
        P("Je rappelle d'abord ce pour quoi Camille a été recrutée : repérer et accompagner les auteurs jeunesse, "
          "construire le programme de la collection, suivre les textes jusqu'à l'impression et représenter la "
          "maison au salon de Montreuil. Jusqu'en juin, elle le faisait seule et bien : la collection est passée "
          "de quatre à onze titres par an et représente aujourd'hui 18 % de notre chiffre d'affaires."),
        L(["Aucun manuscrit proposé en comité depuis le 3 juillet (douze propositions sur l'année 2025).",
           "Corrections du roman de Marion Lebrun rendues le 14 octobre au lieu du 6 ; même retard sur l'album "
           "d'Yves Tanguy en novembre.",
           "Trois comités du lundi sans aucune intervention de sa part, d'après les comptes rendus.",
           "Elle a décliné la participation au salon de Montreuil, qu'elle demandait chaque année."]),
        P("Je présente ces faits avec leurs dates, sans adjectif, et je dis ce qui va bien : les auteurs "
          "continuent de la réclamer et ses relectures restent d'une grande qualité."),
        H(1, "Est-ce que je l'écoute vraiment ?", {"active-listening": "thin"}),
        P("Je la laisse parler sans l'interrompre et je reformule ce que j'entends avant de répondre. Si elle se "
          "tait, je supporte le silence. Je note ses mots exacts pour ne pas les déformer."),
        H(1, "Ce qu'on pourrait changer, ensemble", {"co-built-solutions": "ok"}),
        P("Je ne viens pas avec une solution toute faite, mais j'ai réfléchi à ce que je peux réellement offrir, "
          "pour ne pas promettre ce que je ne tiendrai pas. Je lui demande d'abord ses propres idées et je ne "
          "propose les miennes qu'ensuite, comme des pistes à discuter :"),
        L(["lui rendre la responsabilité du programme jeunesse, le comité ne gardant qu'un avis sur les titres "
           "qui dépassent 8 000 euros d'avance ;",
           "un point de vingt minutes chaque quinzaine entre nous deux, pour ne plus découvrir les retards après "
           "coup ;",
           "alléger son planning de corrections en confiant deux romans régionaux à Hugo, qui en a la capacité ;",
           "lui confier la préparation du stand jeunesse à Montreuil si elle le souhaite, avec un budget propre."]),
        P("Si elle avance une autre idée, nous la regardons sérieusement avant de conclure."),
        H(1, "Qui fait quoi, et pour quand ?", {"action-plan": "ok"}),
        T([["Action", "Responsable", "Échéance", "Comment on saura que c'est fait"],
           ["Note sur le nouveau rôle du comité pour la jeunesse", "Sophie", "18 décembre", "note diffusée à l'équipe"],
           ["Transfert de deux romans à Hugo", "Sophie et Hugo", "4 janvier", "planning mis à jour"],
           ["Programme jeunesse 2027 proposé", "Camille", "29 janvier", "présenté en comité"],
           ["Point de quinzaine", "Camille et Sophie", "dès le 7 janvier", "six points tenus d'ici mars"]]),
        H(1, "Pour terminer l'entretien", {"closing-follow-up": "ok"}),
        P("Je résume avec elle ce que nous avons dit, en reprenant ses mots, et je vérifie qu'elle se reconnaît "
          "dans ce résumé. Je relis le tableau des actions à voix haute et je lui demande si une échéance lui "
          "paraît intenable. Je lui dis ce que j'apprécie dans son travail, sincèrement et précisément. Nous "
          "fixons le premier point de quinzaine au jeudi 7 janvier et un bilan plus long au 11 mars, après le "
          "comité de printemps. Je lui envoie le lendemain un court message écrit qui reprend nos engagements, et "
          "je lui rappelle qu'elle peut venir me voir avant si quelque chose ne va pas."),
        H(2, "Ma propre vérification", {"criteria-self-check": "ok"}),
        T([["Point à tenir", "Ce que je prévois", "Fait ?"],
           ["Raison de l'échange dite tout de suite", "phrase d'ouverture préparée", "oui"],
           ["Faits datés, sans jugement", "liste des dates et des retards", "oui"],
           ["Elle parle plus que moi", "questions ouvertes, silences acceptés", "à vérifier"],
           ["Des pistes qui viennent aussi d'elle", "mes idées seulement après les siennes", "oui"],
           ["Rassurer sur sa valeur", "retours de Marion Lebrun cités", "oui"]]),
    ],
    missing=["note-taking-grid"],
)
