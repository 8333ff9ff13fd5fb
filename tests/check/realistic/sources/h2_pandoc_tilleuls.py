from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="pandoc",
    language="fr",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. Markdown converted
    by pandoc, French, a vet clinic's manager reframing an assistant who is curt with clients and skips the
    cleaning of the surgery room. Headings numbered "1)" and phrased as the author thinks ("Les premières
    minutes", "S'il conteste ?"); the DESC message is a name plus other words; the expectations are a level-2
    heading under the running order (shifted level); the closing is two sentences (thin); the notes heading has
    nothing under it (empty); no self-check against the criteria (missing); an extra section of the author's own
    on the clinic.""",
    title="Clinique vétérinaire des Tilleuls – Entretien de recadrage avec Kévin",
    cover=["Préparé par le Dr Claire Vasseur, associée gérante – jeu de rôle du 8 décembre"],
    blocks=[
        H(1, "La clinique en deux mots"),
        P("Quatre vétérinaires, trois auxiliaires, une accueil partagée entre les auxiliaires ; environ "
          "quarante consultations par jour à Montauban, chiens et chats surtout."),
        H(1, "1) Avant de le recevoir", {"preparation": "ok"}),
        P("Kévin est auxiliaire spécialisé vétérinaire chez nous depuis quatre ans. Il est apprécié des "
          "vétérinaires pour son calme en chirurgie et son habileté avec les animaux difficiles. Depuis la "
          "rentrée, trois faits reviennent. Le 23 septembre, une cliente âgée venue chercher les cendres de son "
          "chat s'est plainte par écrit d'avoir été reçue « comme au guichet de la préfecture ». Le 14 octobre "
          "puis le 4 novembre, le bloc opératoire n'avait pas été nettoyé le soir alors que Kévin était de "
          "fermeture, et le Dr Martin a dû retarder une ovariectomie le lendemain matin pour le désinfecter "
          "elle-même. Enfin, deux collègues m'ont dit qu'il ne répondait plus au téléphone de l'accueil quand il "
          "était seul."),
        P("Je ne sais pas ce qui se passe. Je sais que sa mère est malade depuis l'été et qu'il fait des allers-"
          "retours à Rodez le week-end, mais il n'en a pas parlé à l'équipe. L'objectif de l'entretien est qu'il "
          "reprenne le nettoyage du bloc sans exception et un accueil courtois, et que nous trouvions ensemble ce "
          "qui l'aiderait. Je prépare les dates exactes, la lettre de la cliente et la procédure de fermeture "
          "signée par toute l'équipe en 2023. L'entretien aura lieu mardi à 13 h 30, pendant la pause, dans mon "
          "bureau, pour trente minutes. Je le préviens la veille, de vive voix, en lui disant le sujet."),
        H(1, "2) Les premières minutes", {"opening": "ok"}),
        P("« Kévin, merci d'être venu. Je t'ai demandé ce moment parce que j'ai besoin de te parler de deux "
          "choses qui ne vont pas depuis quelques semaines : l'accueil de certains clients et le bloc le soir. Ce "
          "n'est pas un entretien disciplinaire, rien ne sera mis dans ton dossier aujourd'hui. Je veux "
          "comprendre ce qui se passe et qu'on se mette d'accord sur la suite. Tu es un pilier du bloc, les "
          "vétérinaires comptent sur toi, et c'est justement pour ça que je préfère en parler maintenant, "
          "franchement. On a une demi-heure. »"),
        H(1, "3) Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Phrase ou question d'appui"],
           ["0-3 min", "accueillir, dire le sujet et le cadre", "« Ce n'est pas une sanction. »"],
           ["3-8 min", "rappeler ce qu'on attend au bloc et à l'accueil", "« Tu connais la procédure de fermeture. »"],
           ["8-15 min", "décrire les faits, dire ce qu'ils provoquent", "« Le 4 novembre, le Dr Martin a dû... »"],
           ["15-22 min", "l'écouter sans l'interrompre", "« Qu'est-ce qui se passe pour toi en ce moment ? »"],
           ["22-27 min", "chercher des solutions avec lui", "« Qu'est-ce qui t'aiderait ? »"],
           ["27-30 min", "conclure et fixer le prochain point", "« On se revoit dans trois semaines. »"]]),
        H(2, "Ce qu'on attend d'un auxiliaire aux Tilleuls", {"expectations-recap": "ok"}),
        P("Je rappelle les deux missions en cause, sans en faire un cours. À l'accueil, chaque client est salué, "
          "regardé et appelé par son nom ou celui de son animal ; le téléphone est décroché avant la quatrième "
          "sonnerie, même quand on est seul, quitte à rappeler ensuite. Au bloc, celui qui est de fermeture "
          "nettoie et désinfecte la table, les surfaces et le sol, lance l'autoclave et signe la fiche sur la "
          "porte ; c'est la procédure que nous avons écrite ensemble et que Kévin avait lui-même proposé "
          "d'afficher. Ce n'est pas une règle de plus : un bloc mal désinfecté, c'est un risque d'infection pour "
          "l'animal opéré le lendemain."),
        H(1, "4) Le message, version DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "« Le 14 octobre et le 4 novembre, tu étais de fermeture, et le bloc n'était pas nettoyé le "
                       "lendemain matin. Le 23 septembre, Mme Roux a écrit pour se plaindre de l'accueil. »"],
           ["Exprimer", "« Ça m'inquiète, pour les animaux opérés et pour l'équipe, qui a dû rattraper. Et ça ne "
                        "te ressemble pas. »"],
           ["Spécifier", "« J'ai besoin que le bloc soit nettoyé et la fiche signée chaque soir où tu fermes, et "
                         "que chaque client soit accueilli comme tu sais le faire. »"],
           ["Conséquences", "« Si on y arrive, l'équipe retrouve sa confiance et tu gardes la formation "
                            "anesthésie prévue en mars. Si ça se reproduit, je devrai passer à un cadre plus "
                            "formel. »"]]),
        H(1, "5) S'il conteste ?", {"explanations-objections": "ok"}),
        P("Je m'attends à trois réactions. S'il dit que le bloc était propre, je ne discute pas de la "
          "propreté : je montre la fiche non signée et je demande ce qui s'est passé ce soir-là. S'il dit qu'il "
          "est seul à l'accueil et qu'il ne peut pas tout faire, je l'entends : c'est en partie vrai le mardi "
          "soir, et je peux décaler une consultation pour que quelqu'un soit avec lui. S'il parle de sa mère, je "
          "le laisse parler, je lui dis que je ne savais pas tout et que je comprends, et je lui propose qu'on "
          "regarde ses horaires de fermeture du vendredi pour qu'il puisse partir plus tôt. Dans tous les cas, je "
          "reformule ce qu'il dit avant de répondre, et je ne cède pas sur le bloc : c'est la sécurité des "
          "animaux."),
        H(1, "6) Ce sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Quand", "Comment on vérifie"],
           ["Nettoyage du bloc et fiche signée chaque soir de fermeture", "Kévin", "dès ce soir", "je regarde la fiche chaque matin"],
           ["Plus de fermeture le vendredi pendant deux mois", "moi", "à partir du 11 décembre", "planning modifié"],
           ["Un second auxiliaire à l'accueil le mardi de 17 h à 19 h", "moi", "janvier", "planning"],
           ["Reprendre contact avec Mme Roux", "Kévin, avec moi", "avant Noël", "appel fait"]]),
        H(1, "7) Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume les engagements et je lui demande s'il est d'accord. On se revoit le 5 janvier."),
        H(1, "8) Mes notes", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
