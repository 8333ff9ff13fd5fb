from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 64 (h64_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx. French: the head of a cheese dairy's packing line prepares a reframing talk
    with a team leader who skips the hygiene checks. The author's own headings, tables; the closing part is a
    short paragraph (thin); no note-taking grid (missing).""",
    title="Entretien de recadrage – atelier de conditionnement",
    cover=["Fromagerie de la vallée d'Aspe – Jeu de rôle", "Préparé par Élodie Casabonne, responsable d'atelier"],
    blocks=[
        H(1, "Avant l'entretien", {"preparation": "ok"}),
        P("Julien Lacrouts est chef d'équipe de l'après-midi à l'atelier de conditionnement depuis trois ans. C'est "
          "un professionnel apprécié, rapide, qui connaît toutes les machines et que ses six opérateurs respectent. "
          "Depuis septembre, pourtant, les contrôles d'hygiène de fin de poste ne sont plus faits correctement dans "
          "son équipe : sur les vingt dernières fiches, neuf sont incomplètes et trois ont été signées sans que le "
          "nettoyage de la trancheuse ait eu lieu, comme l'a constaté la qualité lors d'un audit surprise le 12 "
          "novembre. Un lot de tomme a dû être bloqué deux jours, pour un coût de 4 300 euros."),
        P("Je veux un entretien en face à face, dans mon bureau, le jeudi 3 décembre à 14 h, avant sa prise de "
          "poste, sur trente minutes. J'apporte les fiches de contrôle, le rapport d'audit et sa fiche de poste. Mon "
          "objectif est qu'il reconnaisse le problème, qu'il en explique les causes et que nous fixions ensemble des "
          "engagements précis. Je ne veux ni l'humilier ni minimiser : les règles d'hygiène ne se négocient pas dans "
          "une fromagerie. J'ai prévenu la responsable des ressources humaines, mais il ne s'agit pas d'une "
          "procédure disciplinaire à ce stade. Je m'attends à ce qu'il évoque le manque de personnel depuis le "
          "départ de deux opérateurs et la pression sur les volumes avant Noël, ce qui est en partie vrai."),
        H(1, "Ouvrir la discussion", {"opening": "ok"}),
        P("Je l'accueille, je le remercie d'être venu avant son poste et je lui dis tout de suite pourquoi je l'ai "
          "fait venir : parler des contrôles d'hygiène de son équipe, qui ne sont plus faits comme ils doivent "
          "l'être. Je précise que l'entretien doit nous permettre de trouver des solutions ensemble, que je compte "
          "sur lui et que sa place de chef d'équipe n'est pas remise en cause, mais que la situation doit changer "
          "dès cette semaine. J'annonce le déroulé et la durée pour qu'il sache où nous allons."),
        H(1, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais"],
           ["0-3 min", "accueil", "remercier, annoncer le sujet et la durée"],
           ["3-8 min", "rappel", "reprendre sa fiche de poste et la règle de fin de poste"],
           ["8-15 min", "faits", "présenter les fiches et l'audit sans jugement"],
           ["15-22 min", "écoute", "lui laisser expliquer, reformuler, répondre aux objections"],
           ["22-28 min", "solutions", "construire ensemble les engagements"],
           ["28-30 min", "conclusion", "résumer, fixer le point de suivi, l'encourager"]]),
        H(1, "Ce que j'attends d'un chef d'équipe", {"expectations-recap": "ok"}),
        P("Je lui rappelle les trois missions de sa fiche de poste : organiser la production de l'équipe, former et "
          "accompagner les opérateurs, et garantir le respect des règles d'hygiène et de sécurité. Sur ce dernier "
          "point, la règle est simple : chaque fin de poste, la trancheuse et les tables sont démontées, nettoyées "
          "et désinfectées, puis le chef d'équipe vérifie et signe la fiche. Sa signature engage l'entreprise "
          "devant les services vétérinaires. Il ne peut pas signer ce qu'il n'a pas vérifié."),
        P("Je lui rappelle aussi que c'est à lui de montrer l'exemple : si le chef d'équipe saute une étape, les opérateurs en concluent qu'elle est facultative."),
        H(1, "Les faits, avec la méthode DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Sur les vingt dernières fiches, neuf sont incomplètes et trois signées sans nettoyage de la trancheuse."],
           ["Exprimer", "Je suis inquiète, car cela met en danger les clients et la réputation de la fromagerie."],
           ["Solutions", "Je te propose qu'on revoie ensemble l'organisation de la fin de poste."],
           ["Conséquences", "Si les contrôles sont faits, on évite les blocages de lots et tu gardes toute ma confiance."]]),
        H(1, "Ce qu'il risque de me répondre", {"explanations-objections": "ok"}),
        P("Je m'attends d'abord à l'argument du manque de personnel : depuis octobre, son équipe tourne à cinq au "
          "lieu de six. Je lui répondrai que c'est vrai, qu'un intérimaire arrive lundi, mais que la règle "
          "d'hygiène passe avant le volume et que je préfère un retard de palette à un lot bloqué. Il peut aussi "
          "dire que l'équipe du matin ne fait pas mieux ; je lui dirai que j'ai le même entretien prévu avec elle et "
          "que nous parlons ici de son équipe. S'il se ferme ou se sent accusé, je reformulerai ce qu'il dit, je "
          "reconnaîtrai la charge de travail des dernières semaines et je lui demanderai ce qui l'aiderait "
          "concrètement. S'il conteste les faits, je lui montrerai les fiches une par une, calmement."),
        H(1, "Engagements", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Échéance"],
           ["Bloquer vingt minutes de nettoyage dans le planning de fin de poste", "Julien", "dès lundi"],
           ["Vérifier lui-même la trancheuse avant de signer", "Julien", "chaque soir"],
           ["Former l'intérimaire à la procédure", "Julien et la qualité", "sous 15 jours"],
           ["Alléger l'objectif de palettes pendant le renfort", "Élodie", "jusqu'au 31 décembre"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume les engagements, je lui dis que j'ai confiance en lui et nous fixons un point le 17 décembre "
          "pour regarder les fiches ensemble. Je lui envoie un compte rendu écrit le jour même."),
        H(1, "Ma grille d'auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Remarque"],
           ["J'ai annoncé le sujet dès le début", "", ""],
           ["J'ai rappelé ses missions", "", ""],
           ["J'ai écouté sans couper la parole", "", ""],
           ["Nous avons trouvé des solutions ensemble", "", ""],
           ["Je l'ai encouragé en fin d'entretien", "", ""]]),
    ],
    missing=["note-taking-grid"],
)
