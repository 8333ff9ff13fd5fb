from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French: the tech lead of a Nantes web agency prepares a reframing interview with a
    developer who pushes code to production without review. The author's own headings, some numbered, some
    questions; the DESC part as a table; the opening is a two-line sketch (thin); no note-taking grid
    (missing). An own closing remark on what the manager must avoid.""",
    title="Entretien de recadrage – Yanis Morvan, développeur",
    cover=["Agence Cormoran, Nantes – préparé par Claire Dubreuil, responsable technique, le 20 novembre 2026"],
    blocks=[
        H(1, "1. Avant d'entrer dans la salle", {"preparation": "ok"}),
        P("Yanis est développeur back-end à l'agence depuis deux ans et demi. Il est rapide, apprécié des clients "
          "et c'est lui qui connaît le mieux le site de réservation de la Compagnie des Îles, notre plus gros "
          "contrat. Depuis septembre, il a pourtant mis en production trois fois du code sans relecture par un "
          "collègue, alors que la règle de l'équipe impose une relecture pour toute modification. La dernière "
          "fois, le 6 novembre, une erreur dans le calcul des tarifs a bloqué les réservations pendant "
          "quarante minutes un vendredi soir ; le client a appelé notre directeur."),
        P("Je veux un entretien de recadrage, pas une sanction. Je prépare les faits datés (les trois mises en "
          "production, l'incident, les messages du client), la règle écrite dans notre guide d'équipe et les "
          "chiffres de relecture de l'équipe : la relecture prend en moyenne deux heures. Je réserve une salle "
          "fermée, le mardi à 10 h, une heure, loin des livraisons. Je sais que Yanis trouve la relecture lente "
          "et qu'il s'est plaint que ses demandes restent parfois une journée sans réponse : il faut que je "
          "l'entende, sans pour autant laisser la règle de côté."),
        H(1, "2. Les premières minutes", {"opening": "thin"}),
        P("Je le remercie d'être venu, je dis que l'entretien porte sur les mises en production sans relecture "
          "et qu'on cherche ensemble une solution qui tienne."),
        H(1, "3. Déroulé prévu", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je fais", "Durée"],
           ["Accueil", "poser le sujet et le but", "5 min"],
           ["Rappel", "ce qu'on attend d'un développeur de l'équipe", "5 min"],
           ["Faits", "les trois mises en production et l'incident du 6 novembre", "10 min"],
           ["Écoute", "laisser Yanis expliquer, reformuler", "15 min"],
           ["Solutions", "chercher ensemble ce qui change", "15 min"],
           ["Clôture", "résumer, fixer le prochain point", "10 min"]]),
        H(1, "4. Ce qu'on attend de lui", {"expectations-recap": "ok"}),
        P("Je rappelle le rôle de Yanis : il développe et maintient la partie serveur des sites de nos clients, "
          "il estime ses tâches avec le chef de projet et il accompagne les deux développeurs juniors. La règle "
          "de l'équipe est simple et il l'a votée avec nous en 2025 : aucune modification ne part en production "
          "sans qu'un autre développeur l'ait relue et approuvée dans l'outil, sauf incident grave, et dans ce "
          "cas le responsable technique est prévenu avant. Cette règle protège nos clients, mais elle protège "
          "aussi Yanis : quand une erreur passe après relecture, elle est à toute l'équipe. Comme développeur "
          "le plus expérimenté, il montre aussi l'exemple aux juniors."),
        H(1, "5. Les faits, ce que je ressens, ce que je demande", {"desc-grid": "ok"}),
        T([["Étape DESC", "Ce que je dis"],
           ["Décrire", "Le 12 septembre, le 21 octobre et le 6 novembre, tu as mis en production sans relecture. Le 6, les réservations de la Compagnie des Îles ont été bloquées quarante minutes."],
           ["Exprimer", "Je suis inquiète pour le client et gênée de ne pas avoir été prévenue. Je ne doute pas de tes compétences."],
           ["Spécifier", "Je te demande qu'aucun code ne parte sans relecture, et de m'appeler si une urgence l'exige."],
           ["Conséquences", "Le client garde confiance, tu n'es plus seul responsable des erreurs, et les juniors suivent la même règle."]]),
        H(1, "Et s'il n'est pas d'accord ?", {"explanations-objections": "ok"}),
        P("Yanis dira sans doute que les relectures traînent et qu'il ne peut pas faire attendre un client toute "
          "une journée. Il a en partie raison : sur octobre, un tiers des demandes de relecture ont attendu plus "
          "de quatre heures. Je reconnais ce problème, qui est le mien autant que le sien, et je ne le laisse pas "
          "servir d'excuse : la réponse est de faire accélérer les relectures, pas de s'en passer. S'il dit que "
          "tout le monde le fait, je demande des exemples précis et je m'engage à vérifier, sans accuser ses "
          "collègues devant lui. S'il se ferme ou s'énerve, je propose une pause de cinq minutes et je reviens "
          "aux faits. S'il évoque de la fatigue ou trop de charge, je prends le temps d'en parler, car trois "
          "projets en parallèle depuis la rentrée, c'est beaucoup."),
        H(1, "6. Ce qui change à partir de lundi", {"agreed-changes": "ok"}),
        T([["Changement", "Qui", "Échéance", "Comment on le vérifie"],
           ["Toute mise en production passe par une relecture approuvée", "Yanis", "dès lundi", "historique de l'outil de relecture"],
           ["Une relecture demandée est faite dans les deux heures", "toute l'équipe", "1er décembre", "délai moyen affiché chaque vendredi"],
           ["Une astreinte de relecture le vendredi après-midi", "Claire", "4 décembre", "planning d'équipe"],
           ["Un projet retiré à Yanis pour alléger sa charge", "Claire et le chef de projet", "15 décembre", "plan de charge"]]),
        H(1, "7. Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons décidé et je demande à Yanis de le reformuler avec ses mots, pour être sûre "
          "que nous avons compris la même chose. Je lui dis que l'entretien reste entre nous, que je lui enverrai "
          "un court compte rendu écrit le jour même et qu'il peut y ajouter ses remarques. Nous fixons un point de "
          "quinze minutes le 18 décembre pour regarder ensemble l'historique des mises en production et le délai "
          "des relectures. Je termine en lui rappelant ce qu'il apporte à l'équipe, en particulier aux juniors, et "
          "que je compte sur lui pour porter la règle avec moi."),
        H(2, "Ce que je dois éviter", {}),
        L(["parler de son attitude plutôt que des faits",
           "le comparer à ses collègues",
           "promettre une augmentation ou une sanction pour clore la discussion"]),
        H(1, "Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Fait ?"],
           ["J'ai annoncé le sujet et le but dès le début", "oui"],
           ["J'ai rappelé son rôle et la règle de relecture", "oui"],
           ["J'ai décrit le problème avec des dates, sans jugement", "oui"],
           ["Je l'ai écouté sans l'interrompre et j'ai reformulé", "oui"],
           ["J'ai répondu à l'objection sur la lenteur des relectures", "oui"],
           ["Nous avons décidé ensemble des changements, avec des échéances", "oui"],
           ["J'ai terminé sur une note de confiance", "oui"]]),
    ],
    missing=["note-taking-grid"],
)
