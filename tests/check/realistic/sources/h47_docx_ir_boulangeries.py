from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Fournils Mercadier, seven bakeries around Albi, where the production manager must reframe a
    baker who has been late for the 4 a.m. start eleven times in two months. Headings written as questions or in the
    author's own words. The closing and follow-up get two sentences (thin). A section of the author's own on what
    the manager must avoid saying (no label).""",
    title="Entretien de recadrage – fournil de Lescure",
    cover=["Guide préparé par Thibault Mercadier, responsable de production",
           "Entretien prévu le 14 janvier 2027, 13 h 30"],
    blocks=[
        H(1, "Qu'est-ce que je dois savoir avant d'entrer ?", {"preparation": "ok"}),
        P("Les Fournils Mercadier, ce sont sept boulangeries autour d'Albi et un fournil central à Lescure qui cuit "
          "le pain de toutes les boutiques. Onze personnes y travaillent la nuit. La première fournée doit sortir à "
          "5 h 15 pour que les camionnettes partent à 5 h 45 : un boulanger qui arrive en retard décale tout, et ce "
          "sont les vendeuses de Gaillac et de Réalmont qui ouvrent sans baguettes."),
        P("Kévin, 27 ans, est chez nous depuis quatre ans. C'est un bon ouvrier, le meilleur sur les viennoiseries, "
          "et les collègues l'apprécient. Depuis début novembre, il est arrivé onze fois après 4 h, dont trois fois "
          "après 4 h 30. Le pointage le montre, et Nadège, la chef d'équipe, me l'a signalé deux fois à l'oral. Aucun "
          "avertissement écrit n'a été donné. Avant l'entretien, je relis sa fiche de poste, le relevé de pointage, "
          "et je demande à Nadège ce qui s'est passé concrètement les jours de retard. Je réserve le bureau du "
          "premier étage, porte fermée, à 13 h 30, après son temps de sommeil. Je préviens Kévin la veille, en "
          "personne, en lui disant le sujet pour qu'il ne soit pas pris par surprise."),
        H(1, "Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Je le remercie d'être venu sur son temps de repos et je lui dis tout de suite pourquoi nous sommes là : "
          "les retards du matin depuis novembre. Je précise que ce n'est pas un entretien disciplinaire, que je veux "
          "comprendre ce qui se passe et que nous chercherons ensemble une solution. Je rappelle aussi ce que je "
          "pense de son travail : ses croissants sont ceux que les clients réclament, et je ne veux pas le perdre. "
          "L'entretien durera une demi-heure, et je prendrai quelques notes que je lui montrerai à la fin s'il le souhaite."),
        H(1, "Le déroulé, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que je dis ou demande"],
           ["0–5 min", "accueil, but de l'entretien", "« On va parler des retards du matin. »"],
           ["5–10 min", "je donne les faits", "onze arrivées après 4 h depuis le 3 novembre"],
           ["10–20 min", "j'écoute", "« Qu'est-ce qui a changé pour toi depuis novembre ? »"],
           ["20–25 min", "on cherche des solutions", "horaires, transport, organisation"],
           ["25–30 min", "on fixe l'accord et le suivi", "date du prochain point"]]),
        H(1, "Ce qu'on attend d'un boulanger du matin", {"expectations-recap": "ok"}),
        P("Je rappelle simplement la règle, sans la dramatiser. Le poste de Kévin commence à 4 h : pétrissage des "
          "pâtes levées, façonnage des viennoiseries, mise au four de la première fournée. C'est écrit dans son "
          "contrat et sur le planning affiché. Les autres boulangers ne peuvent pas faire sa part sans retarder la "
          "leur. Je lui dis aussi ce qui n'est pas en cause : la qualité de son travail, son attitude avec l'équipe "
          "et son investissement sur la nouvelle gamme de brioches, que je salue. Le sujet, ce sont les horaires, rien d'autre."),
        H(1, "Les faits, ce que je ressens, ce que je propose", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Depuis le 3 novembre, tu es arrivé onze fois après 4 h, trois fois après 4 h 30."],
           ["Exprimer", "Je suis inquiet : les boutiques ouvrent sans pain et Nadège fait ton travail en plus du sien."],
           ["Spécifier", "J'ai besoin que tu sois au fournil à 4 h chaque jour ; si un souci arrive, tu appelles Nadège avant 3 h 45."],
           ["Conséquences", "Si c'est tenu, on n'en parle plus ; sinon je devrai passer à un avertissement écrit."]]),
        H(1, "Et s'il me répond que… ?", {"explanations-objections": "ok"}),
        P("Je m'attends à ce que Kévin parle de sa situation. Il a déménagé à Carmaux en octobre, à trente "
          "kilomètres, et sa voiture est souvent en panne. S'il me dit que le bus ne passe pas à cette heure-là, "
          "je le reconnais : c'est vrai, et je le note. S'il me dit que d'autres arrivent aussi en retard, je lui "
          "réponds que je parlerai à chacun, mais qu'aujourd'hui nous parlons de lui. S'il se ferme ou s'énerve, je "
          "laisse un silence et je reformule ce que j'ai entendu avant de continuer. Je ne le coupe pas quand il "
          "explique, même si c'est long : c'est souvent à ce moment-là qu'on comprend le vrai problème. S'il parle "
          "d'une raison personnelle qu'il ne veut pas détailler, je n'insiste pas et je lui rappelle que le "
          "service RH peut l'orienter vers l'assistante sociale de la mutuelle."),
        H(1, "Ce qu'on décide ensemble", {"agreed-changes": "ok"}),
        T([["Changement", "Qui", "À partir de quand"],
           ["Arrivée à 4 h chaque jour, appel à Nadège avant 3 h 45 en cas de souci", "Kévin", "15 janvier"],
           ["Covoiturage avec Lucas, qui habite Blaye-les-Mines", "Kévin et Lucas", "18 janvier"],
           ["Passage en horaire 4 h 30–11 h 30 étudié pour le poste viennoiserie", "Thibault", "fin janvier"],
           ["Point hebdomadaire de cinq minutes avec Nadège", "Nadège", "dès la semaine 3"]]),
        H(1, "La suite", {"closing-follow-up": "thin"}),
        P("Je résume l'accord, je le remercie et je fixe un point le 11 février. Je lui envoie le compte rendu par "
          "écrit le soir même."),
        H(1, "Les phrases à éviter", {}),
        L(["« Tu es toujours en retard » : faux, et il se braquera.",
           "« Les autres ne se plaignent pas, eux » : comparaison inutile.",
           "« Tu n'as qu'à déménager » : ce n'est pas mon affaire."]),
        H(1, "Ma grille de notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que j'observe", "À reprendre"],
           ["Faits", "reconnaît les retards, conteste le chiffre de onze", "regard fuyant au début", "montrer le pointage"],
           ["Explications", "voiture en panne, pas de bus", "se détend quand je l'écoute", "covoiturage"],
           ["Propositions", "aimerait commencer à 4 h 30", "intéressé", "étudier le planning"],
           ["Accord", "d'accord pour appeler avant 3 h 45", "semble soulagé", "compte rendu écrit"]]),
        H(1, "Est-ce que j'ai bien fait mon travail ?", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie après coup", "Oui / non", "Ce qui le montre"],
           ["J'ai dit le sujet dès le début", "oui", "première phrase de l'entretien"],
           ["J'ai rappelé ce qu'on attend du poste", "oui", "horaire de 4 h et rôle de la première fournée"],
           ["J'ai écouté sans couper", "en partie", "je l'ai interrompu une fois sur les autres boulangers"],
           ["Des solutions sont sorties de l'échange", "oui", "covoiturage, horaire à l'étude"],
           ["Il repart motivé", "oui", "il a proposé lui-même le point avec Nadège"]]),
    ],
)
