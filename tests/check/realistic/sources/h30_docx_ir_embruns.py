from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. La cheffe de réception de l'hôtel Les Embruns à Saint-Malo (62 chambres) prépare un entretien
    avec un réceptionniste de nuit qui ne fait plus les transmissions écrites, a laissé deux surréservations sans
    solution et passe ses nuits au téléphone. Titres numérotés « 1. » à « 8. », en style Titre 1, paraphrasés ;
    un tableau pour le déroulé, un pour les faits (DESC), un pour la feuille de notes. Le titre des engagements
    est là mais rien n'est écrit dessous (empty) ; aucune auto-évaluation finale (missing).""",
    title="Entretien avec Kévin Daoudi – réception de nuit",
    cover=["Hôtel Les Embruns, Saint-Malo · préparé par Sophie Marec, cheffe de réception",
           "Entretien prévu le mardi 8 décembre 2026 à 14 h, bureau de direction"],
    blocks=[
        H(1, "1. Avant de le recevoir", {"preparation": "ok"}),
        P("Kévin tient la réception de nuit depuis deux ans, quatre nuits par semaine. Il connaît bien la maison, "
          "les habitués l'apprécient et il a souvent dépanné l'équipe de jour. Depuis la rentrée, pourtant, "
          "plusieurs choses ne vont plus. Le cahier de transmissions est vide six matins sur dix : l'équipe du "
          "matin découvre les problèmes de la nuit par les clients eux-mêmes. Le 14 et le 29 octobre, deux "
          "surréservations n'ont pas été traitées : des clients arrivés à 23 h ont attendu quarante minutes dans "
          "le hall avant d'être envoyés, sans taxi payé, dans un hôtel voisin. Enfin, deux clients ont écrit sur "
          "la plateforme de réservation que le réceptionniste « répondait sans lever les yeux de son téléphone »."),
        P("J'ai réuni les pièces : le cahier, les deux avis, les courriels des clients déplacés et le planning. "
          "J'ai aussi relu sa fiche de poste et la procédure de surréservation, pour vérifier qu'elle lui avait "
          "bien été présentée : il l'a signée en mars 2025. Je veux comprendre ce qui a changé pour lui avant de "
          "parler de sanction, et repartir avec deux ou trois engagements précis. Je le reçois à 14 h, un jour où "
          "il ne travaille pas la nuit précédente, dans le bureau du directeur, téléphone coupé, pour une heure."),
        H(1, "2. Les premiers mots", {"opening": "ok"}),
        P("Je commence simplement : « Merci d'être venu en dehors de ton service, Kévin. Je voulais prendre le "
          "temps de parler avec toi de la façon dont se passent les nuits en ce moment. » Je lui dis tout de suite "
          "pourquoi nous sommes là : il y a des faits précis qui posent problème pour les clients et pour "
          "l'équipe du matin, et je veux les regarder avec lui. Je précise que ce n'est pas un entretien "
          "disciplinaire, que je prendrai des notes et qu'il en aura une copie. Je lui demande enfin comment il va, "
          "et je le laisse répondre sans enchaîner."),
        H(1, "3. Comment je compte mener l'heure", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que j'attends de lui"],
           ["0-5 min", "accueil, raison de l'entretien", "qu'il se sente écouté, pas accusé"],
           ["5-20 min", "rappel du rôle de nuit, puis les faits un par un", "sa version de chaque fait"],
           ["20-40 min", "écoute de ses explications, questions ouvertes", "les causes de son point de vue"],
           ["40-55 min", "recherche de solutions ensemble", "deux ou trois propositions de sa part"],
           ["55-60 min", "récapitulatif et date du prochain point", "son accord sur ce qui est écrit"]]),
        H(1, "4. Ce que l'hôtel attend de la nuit", {"expectations-recap": "ok"}),
        P("Je rappelle les trois missions qui font la réception de nuit, telles qu'elles figurent dans sa fiche de "
          "poste. D'abord, assurer la continuité : tout ce qui se passe entre 23 h et 7 h est écrit dans le cahier "
          "avant la relève, même quand la nuit est calme, pour que l'équipe du matin ne découvre rien par hasard. "
          "Ensuite, accueillir les arrivées tardives et régler les imprévus : en cas de surréservation, la "
          "procédure prévoit d'appeler les hôtels partenaires avant l'arrivée du client, de payer le taxi et "
          "d'offrir le petit déjeuner. Enfin, être disponible pour le client : au comptoir, le téléphone "
          "personnel reste dans le vestiaire, comme pour toute l'équipe."),
        H(1, "5. Les faits, l'un après l'autre", {"desc-grid": "ok"}),
        T([["Fait", "Décrire", "Exprimer", "Spécifier", "Conséquences"],
           ["Transmissions", "Le cahier est resté vide six matins sur dix en octobre et novembre.",
            "Je suis inquiète pour l'équipe du matin, qui travaille à l'aveugle.",
            "Je te demande une ligne par événement et une phrase même si rien ne s'est passé.",
            "Le matin démarre informé, et toi tu n'es plus rappelé chez toi pour des questions."],
           ["Surréservations", "Le 14 et le 29 octobre, deux couples ont attendu 40 minutes sans solution.",
            "J'ai été gênée de lire leurs courriels, l'hôtel a dû les rembourser.",
            "Appliquer la procédure dès 21 h, dès que le logiciel signale un dépassement.",
            "Le client est pris en charge et tu n'es plus seul face à lui."],
           ["Téléphone", "Deux avis en ligne citent un réceptionniste sur son téléphone au comptoir.",
            "Cela me peine, car ton accueil est d'habitude apprécié.",
            "Téléphone au vestiaire, pause de 15 minutes à 3 h pour le consulter.",
            "Les avis redeviennent bons et tu gardes ta pause."]]),
        H(1, "6. Ses réponses possibles", {"explanations-objections": "ok"}),
        P("Il pourrait me dire que la nuit a changé depuis que l'hôtel a supprimé le veilleur en septembre : il "
          "fait seul la réception, les rondes et le room service, et il n'a pas le temps d'écrire. C'est en partie "
          "vrai, et je dois l'entendre ; je peux lui proposer un modèle de transmission en cases à cocher qui "
          "prend trois minutes. Il peut aussi dire que personne ne lui a montré la liste des hôtels partenaires, "
          "qui a changé cet été ; je vérifierai et je lui donnerai la liste à jour. Pour le téléphone, il dira "
          "peut-être qu'il attend des nouvelles de sa mère hospitalisée. Dans ce cas, nous conviendrons qu'il "
          "garde le téléphone à portée, en silencieux, le temps nécessaire, sans l'utiliser devant les clients. "
          "S'il conteste les faits, je reviens aux dates et aux écrits, sans hausser le ton."),
        H(1, "7. Nos engagements", {"agreed-changes": "empty"}),
        H(1, "8. Pour finir l'entretien", {"closing-follow-up": "ok"}),
        P("Je relis avec lui ce que nous avons décidé, point par point, et je lui demande de le reformuler avec "
          "ses mots pour m'assurer que nous avons compris la même chose. Je lui dis que je lui fais confiance et "
          "que je le remercie pour sa franchise. Je lui envoie le compte rendu écrit le lendemain ; il peut y "
          "ajouter ses remarques. Nous fixons un point de suivi dans trois semaines, le mardi 29 décembre, pour "
          "regarder ensemble le cahier et les avis de décembre. Si les choses ne s'améliorent pas d'ici là, je "
          "lui dis clairement que nous en reparlerons avec le directeur."),
        H(1, "Annexe – feuille de notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Point abordé", "Ce qu'il dit (mots exacts)", "Ce que j'observe", "Suite à donner"],
           ["Transmissions", "« La nuit je suis seul, je n'ai pas le temps »", "regarde ses mains, ton bas",
            "modèle à cocher à tester"],
           ["Surréservations", "« Je n'avais pas la nouvelle liste »", "surpris, puis d'accord",
            "liste remise le jour même"],
           ["Téléphone", "à compléter pendant l'entretien", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
