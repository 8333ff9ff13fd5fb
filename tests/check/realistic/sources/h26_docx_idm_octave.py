from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Octave Informatique, an IT services firm in Tours (54 staff), must hold the preliminary
    interview of Julien Perrot, a support technician who used a client's administrator access to read the
    mailbox of a former partner. Numbered Heading 1 titles of the author's own ("1. Avant l'entretien", "4.
    Déroulé minute par minute"...); a table for the procedure, the phases, the facts, the objections and the
    self-check. The closing heading is there with nothing under it (empty); the author wrote no note-taking
    grid (missing). An extra closing remark of the author's own ("Ce que je retiens de la préparation").""",
    title="Entretien préalable à une éventuelle sanction – Octave Informatique",
    cover=["Guide de l'entretien conduit par Nathalie Berger, responsable du centre de services",
           "Jeu de rôle – Bloc 5 – Élise Martin, décembre 2026"],
    blocks=[
        H(1, "1. Avant l'entretien", {"preparation": "ok"}),
        P("Octave Informatique assure l'infogérance de 120 PME de Touraine depuis Tours. Le 4 novembre, le client "
          "Cabinet Roussel nous a signalé qu'un compte administrateur de son serveur de messagerie avait ouvert, à "
          "trois reprises en octobre, la boîte d'une de ses collaboratrices. Nos journaux montrent que les connexions "
          "venaient du poste de Julien Perrot, technicien support depuis six ans, et que la collaboratrice en "
          "question est son ancienne compagne. Aucune intervention n'était demandée sur ce compte à ces dates."),
        P("Je prépare l'entretien avec la DRH, Karine Delaunay, qui sera présente. J'ai relu le contrat de Julien, "
          "la charte informatique qu'il a signée en 2021 et l'article du contrat de service qui nous interdit "
          "d'accéder aux contenus des clients sans ticket. Je rassemble les trois extraits de journaux, les tickets "
          "de la période et le courriel du client. Julien n'a aucun antécédent disciplinaire et ses évaluations "
          "sont bonnes ; je dois le garder à l'esprit pour ne pas arriver avec une décision déjà prise. Mon "
          "objectif : entendre sa version, vérifier s'il existe une explication technique, et ne rien annoncer "
          "pendant l'entretien. Je me prépare aussi à une réaction forte, puisque l'affaire touche sa vie privée."),
        H(1, "2. La procédure, étape par étape", {"procedure-checklist": "ok"}),
        T([["Étape", "Date ou délai", "Fait ?"],
           ["Mise à pied conservatoire remise en main propre", "6 novembre", "oui"],
           ["Convocation par lettre recommandée avec l'objet, la date, l'heure et le lieu", "7 novembre", "oui"],
           ["Rappel du droit d'être assisté par un salarié de l'entreprise", "dans la convocation", "oui"],
           ["Cinq jours ouvrables au moins entre la convocation et l'entretien", "entretien le 17 novembre", "oui"],
           ["Salle réservée, à l'écart de l'open space", "salle Loire", "oui"],
           ["Aucune décision annoncée pendant l'entretien", "le jour même", "à tenir"],
           ["Lettre de décision au plus tôt deux jours ouvrables après", "à partir du 20 novembre", "à venir"]]),
        H(1, "3. Les premières minutes", {"opening": "ok"}),
        P("J'accueille Julien et la personne qui l'assiste, je présente Karine et je rappelle pourquoi nous sommes "
          "là : un entretien préalable à une éventuelle sanction, qui peut aller jusqu'au licenciement. Je dis "
          "clairement qu'aucune décision n'est prise et qu'elle ne le sera pas aujourd'hui. Je lui explique le "
          "déroulement : j'expose les faits, puis il a tout le temps nécessaire pour donner sa version, poser ses "
          "questions et faire ajouter ce qu'il souhaite. Je parle calmement, sans jugement, et je propose de l'eau. Je précise enfin que Karine prendra des notes et "
          "qu'il pourra les relire avant de partir."),
        H(1, "4. Déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que je dis ou demande"],
           ["0 – 5 min", "accueil et cadre", "objet de l'entretien, personnes présentes, pas de décision aujourd'hui"],
           ["5 – 15 min", "exposé des faits", "les dates, les journaux de connexion, l'alerte du client"],
           ["15 – 35 min", "écoute de sa version", "« Comment expliquez-vous ces connexions ? » puis relances ouvertes"],
           ["35 – 45 min", "réponses à ses questions", "la procédure, les délais, ses droits"],
           ["45 – 50 min", "résumé et fin", "je reformule ce qu'il a dit et annonce la suite"]]),
        H(1, "5. Ce qui est reproché", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits vérifiables, sans qualifier l'intention : trois connexions au compte de messagerie "
          "d'une salariée du Cabinet Roussel, sans ticket ni demande du client, depuis le poste et la session de "
          "Julien, en dehors de ses horaires pour deux d'entre elles. La charte et le contrat client interdisent "
          "cet accès."),
        T([["Date", "Heure", "Ce que montrent les journaux", "Ticket associé"],
           ["9 octobre", "21 h 14", "ouverture de la boîte et lecture de 12 messages", "aucun"],
           ["16 octobre", "12 h 40", "consultation du calendrier et des contacts", "aucun"],
           ["23 octobre", "22 h 05", "export d'un dossier de messages", "aucun"]]),
        H(1, "6. Ce qu'il pourrait me répondre", {"questions-objections": "ok"}),
        T([["Objection ou question", "Ma réponse"],
           ["« C'était une vérification technique, le client se plaignait de lenteurs. »",
            "Je lui demande de retrouver le ticket ou l'échange qui le montre ; je note sa réponse sans la contester."],
           ["« Quelqu'un a pu utiliser ma session. »",
            "Je prends l'argument au sérieux et je lui dis que nous vérifierons les badges et les accès à distance."],
           ["« Vous allez me licencier ? »",
            "Aucune décision n'est prise ; elle lui sera écrite au plus tôt dans deux jours ouvrables."],
           ["« Ma vie privée ne vous regarde pas. »",
            "Je suis d'accord : seul compte l'accès aux données d'un client, pas les raisons personnelles."]]),
        H(1, "7. Conclure et annoncer la suite", {"closing-follow-up": "empty"}),
        H(1, "8. Est-ce que j'ai tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier après l'entretien", "Oui / non", "Commentaire"],
           ["J'ai dit l'objet de l'entretien dès l'ouverture", "oui", "phrase préparée lue telle quelle"],
           ["Julien a pu s'exprimer sans être interrompu", "oui", "vingt minutes de parole"],
           ["Les faits ont été présentés avec les preuves", "oui", "journaux remis à son assistant"],
           ["J'ai répondu à chaque question posée", "en partie", "question sur l'indemnité renvoyée à la DRH"],
           ["J'ai gardé un ton calme et respectueux", "oui", "une pause demandée et accordée"]]),
        H(1, "Ce que je retiens de la préparation"),
        P("Préparer les objections m'a obligée à chercher moi-même une explication innocente. Nous avons donc "
          "demandé au prestataire d'accès distant la liste des connexions de la période avant l'entretien."),
    ],
    missing=["note-taking-grid"],
)
