from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the head of reception of a hotel in Carcassonne prepares an interview with a
    receptionist whose commitment dropped after a new booking software arrived. Roman-numbered headings, some
    paraphrased ("Mes premiers mots", "Ce que j'ai constaté"), some questions; the listening part is three
    questions (thin); the note-taking heading has nothing under it (empty); a short reminder of the author's own
    at the end.""",
    title="Hôtel des Remparts – Entretien de remotivation avec Inès",
    cover=["Jeu de rôle EM – guide préparé par Julien Ferrand, chef de réception"],
    blocks=[
        H(1, "I. Avant de la recevoir", {"preparation": "ok"}),
        P("Inès est réceptionniste à l'Hôtel des Remparts depuis quatre ans. C'est elle qui forme les saisonniers "
          "chaque printemps et les clients la citent souvent dans leurs avis. Depuis le passage au nouveau logiciel "
          "de réservation en septembre, quelque chose a changé : elle arrive régulièrement en retard à la prise de "
          "poste de 7 heures, elle ne propose plus les surclassements qu'elle aimait gérer et elle a refusé de "
          "former la nouvelle recrue. Je veux comprendre ce qui se passe avant que cela ne s'installe, et "
          "repartir avec elle sur deux ou trois engagements concrets."),
        P("J'apporte sa fiche de poste, le compte rendu de son entretien annuel de février, où elle disait vouloir "
          "évoluer vers l'assistanat de direction, et mes notes datées depuis septembre. Je réserve le petit salon "
          "du premier étage, loin du comptoir, un mardi à 15 heures, le moment le plus calme de la journée ; "
          "Thomas tiendra la réception pendant quarante minutes et mon téléphone restera au bureau. Je la "
          "préviens la veille, de vive voix, en lui disant que ce n'est pas un recadrage."),
        H(1, "II. Mes premiers mots", {"opening": "ok"}),
        P("« Inès, merci d'avoir pris ce temps. Je t'ai proposé qu'on se voie parce que j'ai l'impression que "
          "ces derniers mois sont plus difficiles pour toi, et que je préfère en parler avec toi plutôt que de "
          "supposer. Ce n'est pas un entretien disciplinaire : rien de ce qu'on dira ne va dans ton dossier. Ce "
          "que j'aimerais, c'est comprendre comment tu vis les choses depuis la rentrée et voir ensemble ce qu'on "
          "peut changer. On a une demi-heure. Je vais d'abord te dire ce que j'ai remarqué, ensuite je t'écoute, "
          "et on termine par ce qu'on décide tous les deux. »"),
        H(1, "III. Le déroulé", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche", "Ma question", "Minutes"],
           ["Accueil", "poser un cadre rassurant", "Comment vas-tu aujourd'hui ?", "3"],
           ["Son poste", "rappeler ce qu'elle apporte", "Qu'est-ce que tu préfères dans ton travail ?", "4"],
           ["Ce que j'ai vu", "des faits, sans jugement", "—", "4"],
           ["Sa version", "comprendre les causes", "Qu'est-ce qui a changé pour toi depuis septembre ?", "8"],
           ["Les pistes", "qu'elle propose d'abord", "Qu'est-ce qui t'aiderait ?", "6"],
           ["Les engagements", "deux ou trois actions", "Par quoi on commence ?", "3"],
           ["La suite", "date de revue", "—", "2"]]),
        H(1, "IV. Ce que fait Inès, ce que j'ai constaté", {"facts": "ok"}),
        P("Inès accueille les clients, gère les arrivées et départs du matin, les réclamations et les "
          "surclassements, et elle forme les saisonniers depuis 2023. Elle fait partie des trois réceptionnistes "
          "qui ouvrent l'hôtel à 7 heures. Voici ce que j'ai noté depuis septembre, avec les dates, "
          "sans rien interpréter ni deviner ses raisons :"),
        L(["Retards à la prise de poste du matin : 6 en octobre et novembre, de 10 à 25 minutes ; son collègue de "
           "nuit a dû rester pour couvrir.",
           "Surclassements proposés : 14 en juin, 2 en octobre ; ils rapportent en moyenne 35 euros par nuit.",
           "Le 18 octobre, elle a refusé de former Lou, arrivée ce jour-là, en disant « que le logiciel la "
           "forme ».",
           "Deux avis clients en novembre mentionnent un accueil « pressé », alors qu'elle était citée en bien "
           "dans une dizaine d'avis cet été."]),
        H(1, "V. Écouter avant de proposer", {"active-listening": "thin"}),
        L(["Qu'est-ce qui a le plus changé pour toi avec le nouveau logiciel ?",
           "Si tu avais une baguette magique, qu'est-ce que tu changerais en premier ?",
           "Je reformule : si je comprends bien, tu te sens moins utile qu'avant ?"]),
        H(1, "VI. Quelles pistes ensemble ?", {"co-built-solutions": "ok"}),
        P("Je lui laisse d'abord la parole. Si elle sèche, j'ai trois propositions que je peux tenir moi-même. "
          "D'abord, la nommer référente du logiciel pour l'équipe : elle le maîtrise déjà mieux que moi, et c'est "
          "une façon de redonner du sens à son rôle de formatrice. Ensuite, revoir le planning du matin : si les "
          "retards viennent du bus de 6 h 20 supprimé en septembre, je peux lui donner les prises de poste de "
          "7 h 30 deux semaines sur trois. Enfin, relancer son projet d'assistanat de direction en lui confiant "
          "une demi-journée par mois auprès de la directrice, pour préparer les devis des séminaires. Je ne "
          "promets ni augmentation ni changement de poste, que je ne peux pas décider seul."),
        H(1, "VII. Qui fait quoi", {"action-plan": "ok"}),
        T([["Action", "Qui", "Avec quoi", "Quand", "Comment on saura"],
           ["Référente du logiciel pour l'équipe", "Inès", "une heure par semaine hors comptoir", "dès janvier",
            "Lou autonome sur les arrivées fin janvier"],
           ["Prises de poste à 7 h 30 deux semaines sur trois", "moi", "nouveau planning", "semaine prochaine",
            "plus de retard en décembre"],
           ["Demi-journée avec la directrice", "moi et la directrice", "devis séminaires", "février",
            "un devis préparé par Inès"]]),
        H(1, "VIII. Pour finir", {"closing-follow-up": "ok"}),
        P("Je reprends en deux phrases ce que nous avons décidé et je lui demande si c'est bien ce qu'elle a "
          "compris, ou si elle veut changer quelque chose. Je lui propose qu'on se revoie le mardi 14 janvier, "
          "même heure, même salon, pour faire le point sur les horaires et sur la formation de Lou. Je termine en "
          "lui disant clairement que l'équipe a besoin d'elle, que les clients la réclament, et que je suis content "
          "qu'on ait pu se parler franchement aujourd'hui. Je lui rappelle "
          "enfin que ma porte reste ouverte d'ici là si quelque chose coince."),
        H(1, "IX. Prise de notes", {"note-taking-grid": "empty"}),
        H(1, "X. Avant le jeu de rôle : ma grille", {"criteria-self-check": "ok"}),
        T([["Point à tenir", "Quand et comment", "Fait"],
           ["Je l'écoute vraiment", "je me tais après chaque question, je reformule", "oui"],
           ["Je la rassure", "« ce n'est pas un entretien disciplinaire », dès l'ouverture", "oui"],
           ["L'enjeu dit tout de suite", "première minute", "oui"],
           ["Ses missions rappelées", "étape deux, avec la formation des saisonniers", "oui"],
           ["Des solutions proposées", "trois pistes, après les siennes", "oui"],
           ["Le problème nommé", "quatre faits datés, sans jugement", "à revoir"]]),
        H(1, "Pense-bête"),
        P("Ne pas regarder l'heure. Ne pas parler du logiciel en mal."),
    ],
)
