from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. python-docx, French,
    then opened and saved by LibreOffice Writer. Karine Vasseur, head of development at Pixelune, a web agency in
    Lille, prepares a motivation interview with Théo, a front-end developer who has withdrawn since the project he
    led was cancelled. The author's own headings; the opening, the listening-and-solutions part and the note grid
    under bold Normal paragraphs; listening and the solutions sought together share one heading (merged). No
    self-assessment against the criteria at the end (missing).""",
    title="Entretien de remotivation – Théo Lemaire",
    cover=["Jeu de rôle · entretien de motivation", "Karine Vasseur, responsable du pôle développement, Pixelune",
           "Entretien prévu le jeudi 10 décembre 2026, 14 h, salle Vauban"],
    blocks=[
        H(1, "Avant l'entretien : ce que je sais et ce que je veux", {"preparation": "ok"}),
        P("Théo Lemaire est développeur front-end chez Pixelune depuis quatre ans. Jusqu'à l'été, c'était l'un des "
          "piliers de l'équipe : il avait mené seul la refonte du site de réservation de Ferry Nord, présentée au "
          "client en juin avec de très bons retours. En septembre, Ferry Nord a été racheté et le nouveau "
          "propriétaire a arrêté le projet à trois semaines de la mise en ligne. Depuis, Théo a changé."),
        P("Ses missions restent les mêmes : développer les interfaces des projets clients, relire le code des deux "
          "alternants qu'il encadre et participer aux estimations avant chaque devis. Je relis sa fiche de poste, "
          "son entretien annuel de février, où il disait vouloir évoluer vers un rôle de référent technique, et "
          "les tickets des trois derniers mois."),
        P("Mon objectif est de comprendre ce qui s'est passé pour lui, de lui dire clairement ce que j'observe sans "
          "le juger et de construire avec lui deux ou trois changements concrets. Je ne veux pas d'un recadrage : "
          "rien de grave n'est arrivé, mais si rien ne change, je crains qu'il ne parte d'ici l'été. Je prévois "
          "quarante-cinq minutes, dans une salle fermée, sans ordinateur ouvert entre nous."),
        B("Les cinq premières minutes", {"opening": "ok"}),
        P("Je commencerai par le remercier d'être venu et par dire pourquoi nous sommes là : « Je t'ai proposé ce "
          "moment parce que je te sens moins bien depuis quelques semaines, et que tu comptes beaucoup pour "
          "l'équipe. » Je préciserai que ce n'est pas un entretien d'évaluation, qu'il n'y aura pas de compte "
          "rendu aux associés sans son accord et que nous avons jusqu'à 15 h. Je lui demanderai ensuite comment il "
          "va, et je le laisserai parler le premier. Je garderai un ton calme et je m'assiérai à côté de lui, pas "
          "en face, derrière un bureau."),
        H(1, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Questions ou phrases prévues"],
           ["0-5 min", "accueillir, poser le cadre", "« Ce n'est pas une évaluation, c'est un point entre nous. »"],
           ["5-15 min", "rappeler ses missions et ce que j'ai observé",
            "« Voilà ce que je vois depuis septembre ; est-ce que tu le vois pareil ? »"],
           ["15-30 min", "écouter son point de vue, reformuler", "« Qu'est-ce que l'arrêt de Ferry Nord a changé pour toi ? »"],
           ["30-40 min", "chercher des pistes ensemble", "« Qu'est-ce qui te redonnerait envie ? »"],
           ["40-45 min", "résumer, fixer la prochaine date", "« On se revoit le 14 janvier ? »"]]),
        H(1, "Ce que j'ai constaté depuis septembre", {"facts": "ok"}),
        P("Je m'en tiendrai à des faits datés, sans interprétation. Théo est arrivé après 10 h lors de onze matinées "
          "en octobre et novembre, alors que l'équipe commence à 9 h 30 ; ce n'était presque jamais arrivé avant. "
          "Les relectures de code des alternants attendent en moyenne quatre jours contre un seul au printemps, et "
          "Maxime, l'un d'eux, m'en a parlé. Aux réunions d'estimation, il ne donne plus de chiffres et répond "
          "« comme vous voulez »."),
        P("En revanche, la qualité de son travail n'a pas baissé : les deux sites livrés en novembre, pour la "
          "fromagerie Hennart et pour la mairie de Marcq, n'ont eu aucun retour de bug. Je le lui dirai aussi, "
          "parce que c'est vrai et parce qu'il doit entendre que ses compétences ne sont pas en cause. Les "
          "chiffres viennent de notre outil de suivi et de la badgeuse."),
        B("Écouter Théo, puis chercher avec lui", {"active-listening": "ok", "co-built-solutions": "ok"}),
        P("Pendant la partie d'écoute, je me tairai davantage que d'habitude. Je reformulerai ce qu'il dit (« si "
          "je comprends bien, tu as eu l'impression que six mois de travail partaient à la poubelle ») et je "
          "nommerai les émotions s'il les exprime, sans les minimiser. Je ne défendrai pas la décision du client, "
          "ni celle des associés, pendant qu'il parle. Si un silence s'installe, je le laisserai durer."),
        P("Je ne viendrai pas avec une solution toute faite. Je lui demanderai d'abord ce qui l'aiderait, puis je "
          "pourrai proposer des pistes s'il le souhaite : lui confier le rôle de référent technique dont il parlait "
          "en février, sur le nouveau projet de la médiathèque de Roubaix ; réutiliser les composants développés "
          "pour Ferry Nord dans notre bibliothèque interne, pour que ce travail serve ; alléger les relectures en "
          "les partageant avec Julie pendant deux mois. Nous choisirons ensemble ce qu'il accepte, et ce qu'il "
          "propose lui-même passera en premier."),
        H(1, "Nos engagements", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on saura que c'est fait"],
           ["Proposer Théo comme référent technique sur le projet Roubaix", "Karine", "18 décembre",
            "annonce en réunion d'équipe"],
           ["Intégrer les composants Ferry Nord à la bibliothèque interne", "Théo", "31 janvier",
            "composants publiés et documentés"],
           ["Partager les relectures des alternants avec Julie", "Karine et Julie", "15 décembre",
            "délai moyen de relecture sous deux jours"],
           ["Revenir aux horaires de l'équipe ou proposer un autre arrangement", "Théo", "5 janvier",
            "arrangement écrit si besoin"]]),
        H(1, "Conclure et se revoir", {"closing-follow-up": "ok"}),
        P("Avant de terminer, je lui demanderai de résumer lui-même ce que nous avons décidé, pour vérifier que nous "
          "repartons avec la même compréhension. Je le remercierai pour sa franchise et je lui redirai ce que "
          "j'apprécie dans son travail. Nous fixerons ensemble un second point le jeudi 14 janvier à 14 h, même "
          "salle, pour faire le bilan des actions. Je lui enverrai le soir même un court courriel reprenant les "
          "quatre engagements, et je lui rappellerai que ma porte reste ouverte d'ici là s'il veut en parler."),
        B("Grille de prise de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que je remarque (ton, attitude)", "À reprendre"],
           ["Ouverture", "", "", ""],
           ["Faits", "", "", ""],
           ["Son ressenti sur Ferry Nord", "", "", ""],
           ["Ses idées", "", "", ""],
           ["Conclusion", "", "", "date du 14 janvier confirmée ?"]]),
    ],
    missing=["criteria-self-check"],
)
