from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French: the team leader of the customer service of Coopélec Anjou, an energy
    cooperative in Angers, prepares a reframing interview with an adviser who arrives late and has cut short
    several calls. Numbered headings of the author's own; the self-check is a bold paragraph. The recap of the
    adviser's missions is a few lines only (thin). No note-taking grid anywhere (missing).""",
    title="Entretien de recadrage – Karim Belkacem",
    cover=["Coopélec Anjou, service clients", "Préparé par Sophie Meunier, responsable d'équipe, le 30 novembre 2026"],
    blocks=[
        H(1, "1. Ce que je sais avant de le recevoir", {"preparation": "ok"}),
        P("Karim Belkacem est conseiller clientèle chez Coopélec Anjou depuis février 2024. Notre équipe de neuf "
          "personnes répond aux 14 000 sociétaires de la coopérative, par téléphone de 8 h 30 à 18 h et par "
          "courriel. Jusqu'à l'été, Karim faisait partie des conseillers les mieux notés : 4,6 sur 5 aux enquêtes "
          "de satisfaction après appel."),
        P("Depuis septembre, trois faits se répètent. Il est arrivé en retard neuf fois en onze semaines, de 10 à "
          "35 minutes, ce qui laisse la première heure, la plus chargée, à deux conseillers au lieu de trois. Le "
          "logiciel de téléphonie montre 23 appels raccrochés par lui avant la fin de l'échange en octobre, contre "
          "2 ou 3 par mois auparavant. Enfin, une sociétaire a écrit le 17 novembre pour se plaindre d'avoir été "
          "« expédiée » alors qu'elle signalait une coupure."),
        P("Je ne connais pas la cause. Un collègue m'a dit qu'il avait déménagé à Cholet, sans plus. Mon objectif est "
          "double : qu'il soit à son poste à 8 h 30 et qu'aucun appel ne soit coupé sans raison. L'entretien est "
          "prévu le jeudi 3 décembre à 14 h, dans le petit bureau du premier étage, pour quarante minutes. J'aurai "
          "avec moi le relevé des horaires, l'extrait de la téléphonie et la lettre de la sociétaire."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("« Bonjour Karim, installe-toi. Je t'ai demandé ce moment parce que depuis septembre je vois des choses "
          "qui m'inquiètent : des retards le matin et des appels coupés avant la fin. Je veux qu'on en parle "
          "franchement, tous les deux, et qu'on sorte d'ici avec des solutions. Ce n'est pas une sanction : tu as "
          "été l'un des meilleurs de l'équipe et je sais de quoi tu es capable. Je veux d'abord comprendre ce qui "
          "se passe de ton côté. On a une quarantaine de minutes, et je vais prendre quelques notes pour ne rien "
          "oublier. »"),
        H(1, "3. Le fil de l'entretien", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je fais", "Durée"],
           ["Ouverture", "annoncer l'objet et le ton", "3 min"],
           ["Le rôle", "rappeler les horaires et la qualité d'appel", "4 min"],
           ["Les faits", "retards, appels coupés, lettre de la sociétaire", "6 min"],
           ["Son point de vue", "écouter sans interrompre, reformuler", "12 min"],
           ["Solutions", "chercher ensemble, proposer un aménagement", "10 min"],
           ["Clôture", "résumer, fixer le point de suivi", "5 min"]]),
        H(1, "4. Rappel du rôle de conseiller", {"expectations-recap": "thin"}),
        P("Horaires : 8 h 30 – 17 h, ouverture des lignes à l'heure. Chaque appel va jusqu'à la réponse ou au "
          "transfert, jamais raccroché. Courtoisie en toutes circonstances."),
        H(1, "5. Ma grille DESC pour Karim", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis", "Ce que j'observe"],
           ["Décrire", "« Neuf retards depuis septembre, 23 appels coupés en octobre, une lettre de plainte. »",
            "il peut minimiser le nombre"],
           ["Exprimer", "« Je suis inquiète pour toi et pour les collègues qui absorbent la première heure. »",
            "gêne, silence"],
           ["Spécifier", "« J'ai besoin que tu sois là à 8 h 30 et que chaque appel aille jusqu'au bout. »",
            "demande d'horaires décalés ?"],
           ["Conséquences", "« Si c'est tenu, on l'oublie ; sinon je devrai en référer à la direction. »",
            "questions sur la suite"]]),
        H(1, "6. Ce qu'il pourrait me répondre", {"explanations-objections": "ok"}),
        P("S'il m'explique que son déménagement à Cholet rallonge son trajet, je l'écoute, je reformule et je lui "
          "demande depuis quand et ce qui a été essayé. Je peux proposer de passer sur le créneau 9 h – 17 h 30 "
          "deux jours par semaine, à condition qu'un collègue accepte l'inverse. S'il me dit que les appels coupés "
          "sont des sociétaires agressifs, je lui réponds que nous avons une procédure pour cela, le transfert vers "
          "moi, et je lui demande pourquoi il ne l'utilise pas. S'il conteste les chiffres, je lui montre l'extrait "
          "sans insister sur chaque ligne. S'il se ferme, je laisse un silence, puis je lui demande simplement "
          "comment il va en ce moment."),
        H(1, "7. Nos engagements", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Échéance", "Comment on vérifie"],
           ["Arrivée à 8 h 30, ou 9 h les mardis et jeudis si l'échange est validé", "Karim", "dès le 7 décembre",
            "badgeuse"],
           ["Transfert vers moi plutôt que raccrocher", "Karim", "immédiat", "relevé de la téléphonie chaque vendredi"],
           ["Demande d'aménagement d'horaires soumise", "Sophie", "11 décembre", "réponse de la direction"]]),
        H(1, "8. Clore et suivre", {"closing-follow-up": "ok"}),
        P("Je lui demande de résumer ce que nous avons décidé, pour m'assurer que nous avons compris la même chose. "
          "Je lui dis que je lui enverrai un compte rendu écrit le lendemain et qu'il peut y ajouter ses remarques. "
          "Nous fixons un point le jeudi 7 janvier, au même endroit, pour regarder les horaires et la téléphonie "
          "de décembre. Je termine sur une note positive et sincère : les sociétaires qui l'ont eu au téléphone "
          "cet été le citaient par son prénom, et je veux retrouver ce Karim-là, ce que je lui dis simplement."),
        B("Ai-je tout couvert ?", {"criteria-self-check": "ok"}),
        T([["Ce que le jury regarde", "Ma réponse", "Fait"],
           ["Écoute", "douze minutes réservées à son point de vue, reformulation", "oui"],
           ["Motiver", "rappel de ses bons résultats au début et à la fin", "oui"],
           ["Enjeux posés tôt", "retards et appels coupés dès la première phrase", "oui"],
           ["Rôle rappelé", "horaires et qualité d'appel, fiche de poste sur la table", "oui"],
           ["Solutions", "créneau décalé, procédure de transfert", "oui"],
           ["Problème clair", "trois faits chiffrés et datés", "oui"],
           ["Objections", "déménagement, sociétaires agressifs, chiffres contestés", "à répéter"]]),
    ],
    missing=["note-taking-grid"],
)
