from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 60 (h60_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the production director of a Bordeaux web agency prepares the preliminary interview of a
    project manager who kept sharing client access codes outside the agency's tools after a written warning.
    Question and paraphrased headings; the opening is three sentences (thin); a section of the author's own on
    the team after the interview.""",
    title="Studio Ambre – préparer l'entretien préalable de Julien Marchal",
    cover=["Jeu de rôle – entretien préalable à un éventuel licenciement",
           "Sophie Lacoste, directrice de production – décembre 2026"],
    blocks=[
        H(1, "Avant l'entretien : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Studio Ambre est une agence web de 34 personnes installée aux Chartrons, à Bordeaux. Nous travaillons pour "
          "des clients qui nous confient les accès à leurs sites, à leurs comptes publicitaires et parfois à des "
          "données de leurs clients. Notre charte de sécurité, signée par chaque salarié, impose que ces accès "
          "restent dans notre coffre-fort de mots de passe et ne circulent jamais par messagerie personnelle."),
        P("Julien Marchal est chef de projet depuis quatre ans. Son travail est apprécié par les clients et il a "
          "formé deux juniors. Pourtant, en juin, il a envoyé les codes d'administration du site d'un client "
          "viticole à un freelance via sa messagerie WhatsApp personnelle ; il a reçu un avertissement écrit le "
          "2 juillet. Le 6 novembre, notre audit trimestriel a montré qu'il partageait toujours des identifiants "
          "clients dans un dossier Google Drive personnel ouvert à trois prestataires, dont un qui ne travaille "
          "plus avec nous depuis septembre."),
        P("Je l'ai convoqué par lettre remise en main propre le 18 novembre pour un entretien le 27 novembre à "
          "10 h. Je dois arriver avec les faits datés, les captures de l'audit, la charte signée et l'avertissement. "
          "Mon état d'esprit : écouter vraiment sa version avant toute décision, qui ne sera prise qu'après deux "
          "jours ouvrables au moins. Je serai accompagnée de Marc Dubreuil, responsable RH, qui prendra des notes."),
        H(1, "La procédure, point par point", {"procedure-checklist": "ok"}),
        T([["Étape", "Fait ?", "Date", "Remarque"],
           ["Convocation remise en main propre contre décharge", "oui", "18 novembre", "délai de cinq jours ouvrables respecté"],
           ["Mention de la possibilité d'être assisté", "oui", "18 novembre", "par un salarié de l'entreprise, pas de CSE chez nous"],
           ["Dossier de faits constitué", "oui", "20 novembre", "audit, captures, avertissement du 2 juillet"],
           ["Salle réservée, au calme", "oui", "27 novembre", "salle Garonne, hors de l'open space"],
           ["Aucune décision annoncée pendant l'entretien", "à tenir", "27 novembre", "réflexion de deux jours minimum"],
           ["Lettre de notification éventuelle", "à venir", "après le 29 novembre", "envoi en recommandé avec accusé de réception"]]),
        H(1, "Comment j'ouvre l'entretien ?", {"opening": "thin"}),
        P("Je remercie Julien d'être venu et je vérifie qu'il a pu se faire assister s'il le souhaitait. Je lui "
          "explique que nous envisageons une sanction pouvant aller jusqu'au licenciement et que rien n'est décidé. "
          "Je lui dis que je suis là pour entendre sa version."),
        H(1, "Le déroulé en quatre temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que j'attends de lui", "Durée"],
           ["Accueil", "je pose le cadre, je présente Marc et son rôle", "qu'il comprenne l'enjeu", "5 min"],
           ["Exposé des faits", "je lis les faits datés, sans commentaire", "qu'il les entende en entier", "10 min"],
           ["Sa version", "j'écoute, je relance, je reformule", "ses explications, le contexte", "20 min"],
           ["Clôture", "je résume, j'explique la suite et les délais", "ses dernières remarques", "10 min"]]),
        H(1, "Que s'est-il passé exactement ?", {"facts-explained": "ok"}),
        P("Je présente les faits dans l'ordre où ils se sont produits, avec les preuves que Julien a déjà pu voir ou "
          "qu'il peut consulter. Je ne qualifie pas son comportement : je décris ce qui a été constaté, par qui et "
          "quand. Si je ne connais pas une réponse, je le dis."),
        T([["Date", "Fait constaté", "Source"],
           ["12 juin", "codes d'administration du site Château Lagrue envoyés à un freelance par WhatsApp", "signalement du client"],
           ["2 juillet", "avertissement écrit, rappel de la charte lors d'un entretien", "lettre signée"],
           ["6 novembre", "dossier Drive personnel contenant 27 identifiants clients, partagé avec trois prestataires", "audit trimestriel"],
           ["7 novembre", "un ancien prestataire a encore ouvert le dossier le 2 novembre", "historique d'accès Google"]]),
        H(1, "S'il conteste : mes réponses", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ce que je réponds"],
           ["« Tout le monde fait comme ça »", "l'audit a porté sur toute l'équipe, il est le seul concerné ; si d'autres cas existent, ils seront traités"],
           ["« Le coffre-fort est trop lent pour les urgences »", "j'entends la difficulté, elle aurait dû être signalée ; nous regardons l'outil, mais la règle s'applique"],
           ["« Je n'ai jamais eu de problème avec les clients »", "la qualité de son travail n'est pas en cause aujourd'hui, seul le respect de la charte l'est"],
           ["« Vous voulez vous débarrasser de moi »", "aucune décision n'est prise, je suis là pour entendre sa version avant de décider"],
           ["Il se tait ou s'emporte", "je laisse un silence, je propose une pause de cinq minutes"]]),
        H(1, "Comment conclure sans rien promettre ?", {"closing-follow-up": "ok"}),
        P("Avant de conclure, je résume ce que Julien a dit avec ses mots et je lui demande s'il veut ajouter quelque "
          "chose. Je lui explique qu'aucune décision ne sera prise aujourd'hui, que je prendrai le temps de relire "
          "nos notes avec Marc et qu'une réponse lui parviendra par courrier, au plus tôt le 1er décembre. Je lui "
          "rappelle qu'il reste en poste d'ici là et qu'il continue ses projets comme d'habitude ; je lui demande "
          "seulement de supprimer dès aujourd'hui le dossier partagé, ce qu'il peut faire devant nous. Je le "
          "remercie pour sa franchise, quelle qu'ait été sa position, et je le raccompagne. Je ne commente pas "
          "l'entretien devant l'équipe."),
        H(1, "Ma grille de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Attitude observée", "Point à vérifier"],
           ["Faits de juin", "reconnaît l'envoi, parle d'urgence client", "calme, un peu gêné", "demande réelle du client ?"],
           ["Dossier Drive", "pensait l'avoir fermé en septembre", "surpris par l'historique", "date de création du dossier"],
           ["Coffre-fort", "trouve l'outil lent sur mobile", "insistant", "tickets ouverts au support IT"],
           ["Conclusion", "propose de former l'équipe à la charte", "apaisé", "à discuter quelle que soit la décision"]]),
        H(1, "Me relire : ai-je tenu mes engagements ?", {"criteria-self-check": "ok"}),
        T([["Engagement", "Tenu ?", "Preuve"],
           ["J'ai écouté sans couper", "oui", "il a parlé plus de la moitié du temps"],
           ["L'enjeu était clair dès le début", "oui", "annoncé dans la première minute"],
           ["Les faits étaient datés et sourcés", "oui", "tableau lu, pièces montrées"],
           ["J'ai répondu à ses objections", "en partie", "question sur l'outil mobile laissée ouverte, à reprendre"],
           ["Je l'ai rassuré sur la suite de la procédure", "oui", "délais et courrier expliqués"]]),
        H(1, "Et l'équipe, après ?", {}),
        P("Quelle que soit la décision, l'équipe de Julien va poser des questions. Je prévois une réunion courte le "
          "lundi suivant, sans parler de son cas, pour rappeler la charte et présenter le nouveau module mobile du "
          "coffre-fort. Les deux juniors qu'il encadre seront reçus chacun par moi dans la semaine."),
    ],
)
