from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, no title page and no title: the document starts on its first heading. The head of the
    workshop of Cyclofix, a bike repair shop in Nantes, prepares a reframing interview with a mechanic who hands
    back repaired bikes without the safety check (one customer fell after a brake cable slipped). Paraphrased and
    question headings at level 1, not numbered; the closing is two sentences (thin); the note grid is a header and
    blank rows (empty); an extra section of the author's own on what she will not say.""",
    blocks=[
        H(1, "Avant l'entretien : les faits et ce que je veux obtenir", {"preparation": "ok"}),
        P("Yanis est mécanicien à l'atelier de Cyclofix, quai de Versailles, depuis quatre ans. C'est l'un des "
          "meilleurs sur les vélos à assistance électrique et les clients le demandent souvent par son prénom. "
          "Depuis la rentrée, pourtant, trois vélos sont sortis de l'atelier sans que la fiche de contrôle final "
          "soit remplie : freins, serrage des roues, pression, éclairage. Le 14 novembre, une cliente a chuté rue "
          "de Strasbourg parce que la gaine de son câble de frein arrière n'était pas arrêtée ; elle n'est pas "
          "blessée, mais elle a écrit à la gérante et publié un avis à une étoile."),
        P("J'ai rassemblé les trois fiches vierges, le bon de réparation du vélo de la cliente avec l'heure de "
          "sortie, le mail de la gérante et la procédure de contrôle signée par toute l'équipe en janvier. J'ai "
          "aussi regardé le planning : les trois sorties ont eu lieu un samedi, quand l'atelier rend quinze à vingt "
          "vélos entre 16 h et 18 h. Ce que je veux obtenir est simple : plus aucun vélo ne quitte l'atelier sans "
          "fiche remplie et signée. L'entretien aura lieu mardi à 9 h, avant l'ouverture, dans le bureau du fond, "
          "pendant une demi-heure, seuls tous les deux."),
        H(1, "Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("« Yanis, merci d'être venu plus tôt. Je t'ai demandé ce moment parce qu'il y a un problème sérieux avec "
          "le contrôle final des vélos, et je préfère qu'on en parle franchement, entre nous. Ce n'est pas ton "
          "talent de mécanicien qui est en cause, au contraire. Mais un vélo est sorti avec un frein mal réglé et "
          "une cliente est tombée. Je veux qu'on comprenne ensemble comment c'est arrivé et qu'on trouve comment "
          "ça ne se reproduira plus. »"),
        P("Je parle calmement, je pose les deux fiches sur la table dès le début et je lui laisse le temps de réagir."),
        H(1, "Le fil de l'entretien", {"interview-phases": "ok"}),
        T([["Moment", "Ce que je cherche", "Ce que je demande", "Temps"],
           ["Entrée en matière", "poser le sujet sans détour", "phrase d'ouverture", "3 min"],
           ["La règle de l'atelier", "rappeler la procédure signée", "« Tu te souviens de ce qu'on a signé en "
            "janvier ? »", "3 min"],
           ["Les faits", "trois fiches vierges, la chute", "dates, heures, vélos concernés", "5 min"],
           ["Sa version", "comprendre les samedis", "« Qu'est-ce qui se passe en fin de journée ? »", "8 min"],
           ["Ma demande", "fiche remplie pour chaque vélo", "« Qu'est-ce qui t'aiderait à la faire à chaque "
            "fois ? »", "6 min"],
           ["Accord et suite", "noter ce qu'on change", "date du prochain point", "5 min"]]),
        H(1, "Ce qu'on attend d'un mécanicien chez nous", {"expectations-recap": "ok"}),
        P("La fiche de poste de Yanis, revue en janvier, prévoit trois missions : diagnostiquer et réparer les vélos "
          "dans le délai annoncé au client, conseiller le client à la restitution, et garantir la sécurité du vélo "
          "rendu. Ce troisième point est précisé dans la procédure de contrôle final que chaque mécanicien a signée : "
          "avant de mettre un vélo au rack de sortie, on teste les deux freins, on vérifie le serrage des roues et "
          "de la potence, on gonfle à la pression indiquée et on remplit la fiche, qui part dans la sacoche du "
          "client. C'est cette règle qui nous protège, nous et nos clients, et elle ne dépend pas de l'affluence."),
        H(1, "Mes phrases, étape par étape", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je veux faire passer", "Ce que je dis", "Sa réaction probable"],
           ["Les faits", "trois vélos sans fiche, une chute", "« Le 2, le 16 et le 23 novembre, trois vélos sont "
            "sortis sans fiche ; le 14, une cliente est tombée. »", "surprise, puis il cherche le détail"],
           ["Ce que ça provoque", "le risque et mon inquiétude", "« J'ai eu peur pour elle, et pour toi aussi : "
            "c'est ta signature qui manquait. »", "il se tait ou se défend"],
           ["Ce que je demande", "une fiche pour chaque vélo, sans exception", "« Aucun vélo au rack sans fiche "
            "signée, même le samedi à 17 h 55. »", "il parle du rush du samedi"],
           ["Ce qui suivra", "le positif d'abord, puis la limite", "« Si c'est tenu, on n'en parle plus ; sinon, "
            "ce sera un avertissement écrit. »", "il accepte, un peu tendu"]]),
        H(1, "Et s'il me répond que… ?", {"explanations-objections": "ok"}),
        P("« Le samedi, on n'a pas le temps. » C'est en partie vrai, et je le reconnais : le rush de fin de journée "
          "est réel. Je lui propose qu'on arrête de prendre des vélos après 15 h le samedi et je lui demande ce qui "
          "l'aiderait d'autre. La fiche, elle, reste obligatoire."),
        P("« Les autres ne la remplissent pas non plus. » Je réponds que je parlerai à chacun, mais que cet "
          "entretien concerne ses vélos et ses signatures."),
        P("« Le frein était bon quand il est sorti. » Je ne discute pas de mécanique : sans fiche, personne ne peut "
          "le prouver, ni lui ni moi, et c'est justement pour ça qu'elle existe."),
        P("S'il s'énerve ou se ferme, je fais une pause et je lui rappelle ce que je lui ai dit au début : je compte "
          "sur lui à l'atelier."),
        H(1, "Sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Ce qui change", "Ce que je fais de mon côté", "Pour quand", "Comment on vérifie"],
           ["Fiche remplie et signée pour chaque vélo rendu", "fiches imprimées et posées au rack de sortie",
            "dès mardi", "je compte les fiches chaque soir pendant un mois"],
           ["Plus de prise en charge après 15 h le samedi", "je change l'affichage et le site", "samedi prochain",
            "planning des rendez-vous"],
           ["Yanis montre le contrôle à Léo, l'apprenti", "une heure bloquée le mercredi", "fin décembre",
            "Léo remplit seul ses fiches"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je lui demande de redire ce qu'on a décidé et on fixe un point au 16 décembre. Je lui dis que je lui "
          "fais confiance."),
        H(1, "Ce que je ne dirai pas", {}),
        P("Je ne parlerai ni de l'avis en ligne de la cliente ni de ce qu'en pense la gérante : c'est mon entretien "
          "et ma demande, pas celle de quelqu'un d'autre. Je ne comparerai pas Yanis aux autres mécaniciens."),
        H(1, "Notes pendant l'entretien", {"note-taking-grid": "empty"}),
        T([["Ce qu'il dit", "Ce que j'observe", "À faire ensuite"],
           ["", "", ""],
           ["", "", ""],
           ["", "", ""]]),
        H(1, "Est-ce que je coche tout ?", {"criteria-self-check": "ok"}),
        T([["Ce que le jury regarde", "Où je le fais", "Prêt"],
           ["J'écoute vraiment sa version", "je laisse huit minutes à ses explications", "oui"],
           ["Je le rassure sur sa valeur", "dès l'ouverture, et à la fin", "oui"],
           ["Le sujet est posé dès la première phrase", "ouverture", "oui"],
           ["Je rappelle ses missions", "procédure signée en janvier", "oui"],
           ["Je propose des solutions", "samedi 15 h, fiches au rack, binôme avec Léo", "oui"],
           ["Le problème est clair", "dates et fiches sur la table", "oui"],
           ["Je réponds à ses objections", "trois réponses préparées", "à répéter"]]),
    ],
)
