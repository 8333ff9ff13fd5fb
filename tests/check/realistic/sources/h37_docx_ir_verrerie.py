from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 37 (h37_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Verrerie Montclar, a glass-packaging plant near Albi: a team leader on the night shift skips the
    quality checks at the furnace exit. Paraphrased and question headings; the steps of the interview in a table;
    the opening is two sentences (thin); an extra section of the author's own on the context of the night shift
    (no label); the note grid and the self-check as tables.""",
    title="Recadrage – Sébastien R., chef d'équipe de nuit",
    cover=["Verrerie Montclar, site de Saint-Juéry", "Rédigé par Claire Azaïs, responsable de production"],
    blocks=[
        H(1, "Avant l'entretien : ce que je dois avoir en main", {"preparation": "ok"}),
        P("Sébastien est chef d'équipe sur la ligne 3 depuis six ans, de nuit, avec neuf opérateurs. C'est un "
          "professionnel reconnu : sa ligne a le meilleur rendement du site depuis deux ans. Depuis septembre, "
          "pourtant, les contrôles dimensionnels à la sortie de l'arche de recuisson ne sont plus faits toutes les "
          "deux heures comme le prévoit la procédure qualité : le registre montre onze nuits sur quarante sans "
          "aucun relevé entre 2 h et 5 h. Le 3 novembre, un lot de 48 000 pots de yaourt a été refusé par notre "
          "client laitier pour des cols hors tolérance, soit 9 400 euros de pénalité et une réclamation officielle."),
        P("Avant de le recevoir, je rassemble le registre des contrôles, le rapport de réclamation du client, la "
          "fiche de poste signée en 2019 et les plannings de l'équipe. Je vérifie aussi auprès du technicien qualité "
          "si le calibre de contrôle a bien été remplacé en août, car Sébastien s'était plaint d'un appareil "
          "défaillant. L'entretien aura lieu le jeudi 10 décembre à 6 h 15, à la fin de son poste, dans mon bureau "
          "et non dans l'atelier, pour une durée de quarante-cinq minutes. Mon objectif : qu'il reparte avec des "
          "engagements clairs et le sentiment d'avoir été écouté, pas humilié."),
        H(1, "La nuit à la ligne 3, en quelques mots"),
        P("Pour comprendre la situation, il faut savoir que l'équipe de nuit a perdu deux opérateurs expérimentés "
          "au printemps, remplacés par des intérimaires. Sébastien fait lui-même une partie des changements de "
          "moule, ce qui lui laisse moins de temps pour les relevés. Ce n'est pas une excuse, mais c'est un fait "
          "que je dois avoir en tête."),
        H(1, "Comment j'ouvre ?", {"opening": "thin"}),
        P("« Sébastien, je t'ai demandé de venir pour parler des contrôles qualité de nuit, suite à la réclamation "
          "de novembre. Je veux qu'on trouve ensemble comment repartir sur de bonnes bases. »"),
        H(1, "Les étapes prévues", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je fais", "Durée"],
           ["1", "Annoncer le sujet et le but de l'échange", "5 min"],
           ["2", "Rappeler ce que la procédure prévoit", "5 min"],
           ["3", "Décrire les faits, dire leurs effets", "10 min"],
           ["4", "Écouter sa version sans l'interrompre", "15 min"],
           ["5", "Chercher ensemble des solutions et s'accorder", "7 min"],
           ["6", "Résumer et fixer le prochain point", "3 min"]]),
        H(1, "Ce qu'on attend d'un chef d'équipe de nuit", {"expectations-recap": "ok"}),
        P("La fiche de poste que Sébastien a signée est claire sur trois points. Il garantit la sécurité de son "
          "équipe et le respect des consignes au four. Il atteint les cadences fixées par le planning. Et il fait "
          "réaliser, ou réalise lui-même, un contrôle dimensionnel toutes les deux heures sur chaque moule, noté dans "
          "le registre, avec arrêt de la ligne si un défaut dépasse la tolérance. Ce dernier point n'est pas une "
          "formalité : c'est ce qui nous permet de livrer un client alimentaire qui audite nos registres chaque "
          "trimestre."),
        H(1, "Faits, effets, attentes : ma grille", {"desc-grid": "ok"}),
        T([["", "Ce que je dirai"],
           ["Décrire", "Onze nuits depuis septembre sans relevé entre 2 h et 5 h, dont celle du 2 au 3 novembre."],
           ["Exprimer", "Je suis inquiète : la réclamation nous a coûté 9 400 euros et la confiance du client."],
           ["Spécifier", "Je demande un relevé toutes les deux heures, sans exception, signé dans le registre."],
           ["Conséquences", "Si c'est tenu, la réclamation est close en janvier ; sinon, je devrai donner une suite."]]),
        H(1, "Et s'il me répond que… ?", {"explanations-objections": "ok"}),
        P("Je m'attends à trois réponses. La première : « on manque de monde, je fais les changements de moule "
          "moi-même ». C'est en partie vrai ; je l'écoute, je reconnais le départ des deux opérateurs, et je lui "
          "demande ce qui l'aiderait à garder les relevés malgré tout. La deuxième : « le calibre était faux, les "
          "relevés ne servaient à rien ». J'ai vérifié : il a été remplacé le 21 août, je lui montre le bon "
          "d'intervention. La troisième : « l'équipe de jour ne les fait pas non plus ». Je réponds que je parle "
          "de sa ligne aujourd'hui et que je vérifie les autres équipes de mon côté. Dans tous les cas, je reformule "
          "ce qu'il dit avant de répondre, et je ne conteste pas son engagement sur le rendement."),
        H(1, "Ce qu'on décide ensemble", {"agreed-changes": "ok"}),
        L(["Relevés toutes les deux heures, signés, à partir de la nuit du 10 décembre",
           "Un opérateur formé au contrôle d'ici le 20 décembre pour le relayer pendant les changements de moule",
           "Le planning de janvier prévoit un intérimaire de plus sur la ligne 3"]),
        H(1, "Pour finir et après", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons dit et les trois engagements, et je lui demande s'il est d'accord avec ce "
          "résumé. Je lui remets le compte rendu écrit le lendemain, qu'il peut compléter. Nous nous revoyons le 14 "
          "janvier, registre en main, pour faire le point sur cinq semaines. Je termine en lui rappelant que son "
          "savoir-faire sur la ligne 3 compte beaucoup pour le site et que je compte sur lui pour que l'équipe de "
          "nuit retrouve la confiance du client. Je préviens aussi le responsable "
          "qualité du point de janvier, pour qu'il puisse y assister s'il le souhaite."),
        H(2, "Mes notes pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que je note"],
           ["Faits", "Reconnaît les trous dans le registre", "pas de contestation"],
           ["Explications", "Manque de personnel, changements de moule", "piste : former un relais"],
           ["Accord", "D'accord pour le relais, demande un renfort", "renfort validé pour janvier"]]),
        H(2, "Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point", "Fait ?"],
           ["Faits datés et chiffrés, sans jugement", "oui"],
           ["Écoute sans interrompre", "oui"],
           ["Engagements précis avec une date", "oui"],
           ["Date de suivi fixée", "oui"]]),
    ],
)
