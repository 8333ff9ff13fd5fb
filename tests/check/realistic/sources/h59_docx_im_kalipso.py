from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the support manager of a payroll-software publisher in Nantes prepares an interview with a
    senior support agent whose commitment has dropped since a reorganisation. Question and paraphrased headings;
    the part on listening is a few lines only (thin); an extra section of the author's own on what he wants to avoid
    saying.""",
    title="Kalipso Paie – Préparer mon entretien avec Léa",
    cover=["Mise en situation – entretien de remotivation", "Thomas Berthier, responsable du support client – décembre 2026"],
    blocks=[
        H(1, "Avant l'entretien : ce que je sais déjà", {"preparation": "ok"}),
        P("Kalipso Paie édite un logiciel de paie utilisé par 2 300 petites entreprises. Le support client compte "
          "quatorze personnes à Nantes, réparties depuis septembre en deux équipes : une équipe de premier niveau "
          "qui répond au téléphone et une équipe d'experts qui traite les dossiers complexes. Léa Montfort, 34 ans, "
          "est au support depuis six ans ; avant la réorganisation, elle était la référente officieuse de tout le "
          "service pour les déclarations sociales nominatives, et les collègues venaient la voir plusieurs fois "
          "par jour."),
        P("La réorganisation l'a placée en premier niveau, faute de poste d'expert disponible. Depuis, j'observe "
          "un changement net : elle ne participe plus aux réunions du jeudi, elle a refusé en octobre de former "
          "les deux nouveaux arrivants, et la note de satisfaction de ses tickets est passée de 4,6 à 3,9 sur 5. "
          "Elle n'a jamais été en retard ni absente, et ses clients historiques continuent de la demander par son "
          "nom. Je veux comprendre ce qui s'est passé pour elle, sans la mettre en accusation. L'entretien aura "
          "lieu le mardi 8 décembre à 10 heures, dans la petite salle du deuxième étage, loin du plateau ; je l'ai "
          "prévenue vendredi en lui disant qu'il s'agissait de faire le point sur son poste depuis septembre. "
          "J'apporte ses statistiques de tickets, sa fiche de poste et l'organigramme du service."),
        H(1, "Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("Je commence par la remercier d'avoir pris ce temps et je dis tout de suite pourquoi nous sommes là : "
          "« Léa, je trouve que depuis septembre quelque chose a changé pour toi au travail, et je préfère qu'on "
          "en parle franchement plutôt que de laisser traîner. Ce n'est pas un entretien de recadrage, et rien "
          "de ce qu'on se dit aujourd'hui ne va dans ton dossier. J'ai besoin de toi dans l'équipe, et je veux "
          "savoir ce qui t'aiderait à retrouver du plaisir dans ton travail. » J'annonce la durée, une heure, et "
          "je lui propose de commencer par sa propre lecture des trois derniers mois."),
        H(1, "Ce que je veux éviter", {}),
        P("Parler de la note de satisfaction en premier, comparer Léa à ses collègues, promettre un poste d'expert "
          "que je ne peux pas garantir avant le budget de mars."),
        H(1, "Déroulé en six temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question pour lancer", "Durée"],
           ["Accueil", "cadre et enjeu, ton bienveillant", "Comment vas-tu en ce moment ?", "5 min"],
           ["Sa lecture", "je la laisse parler sans interrompre", "Comment vis-tu ces trois derniers mois ?", "15 min"],
           ["Les faits", "je rappelle ses missions et ce que j'ai constaté", "Qu'est-ce qui a changé pour toi depuis septembre ?", "10 min"],
           ["Les pistes", "on cherche ensemble ce qui peut bouger", "Qu'est-ce qui te redonnerait envie ?", "15 min"],
           ["Les engagements", "on écrit le plan d'action", "Qu'est-ce qu'on fait d'ici janvier ?", "10 min"],
           ["Clôture", "résumé, date du prochain point", "Est-ce que j'ai oublié quelque chose ?", "5 min"]]),
        H(1, "Quels faits, quelles missions ?", {"facts": "ok"}),
        P("Je rappelle d'abord ce que recouvre son poste aujourd'hui : prendre les appels de premier niveau, "
          "résoudre sous 24 heures les demandes simples, transmettre les dossiers complexes à l'équipe d'experts "
          "et participer au partage de connaissances du jeudi. Puis je cite des faits datés, sans les "
          "interpréter : absente des réunions du jeudi depuis le 3 octobre, refus de former Hugo et Inès le "
          "14 octobre, note de satisfaction de 3,9 en novembre contre 4,6 sur les douze mois précédents, et "
          "plusieurs tickets clos en transférant directement vers les experts des questions qu'elle traitait "
          "seule avant. Je dis aussi ce qui va bien : zéro retard, des clients qui la réclament, et le cabinet "
          "comptable Rivière qui nous a écrit en novembre pour la remercier. Je lui demande ensuite si elle "
          "reconnaît ces faits ou si elle les voit autrement."),
        H(1, "Écouter Léa vraiment", {"active-listening": "thin"}),
        P("Je reformule ce qu'elle dit avant de répondre, je laisse les silences durer, et je note ses mots "
          "exacts plutôt que mon interprétation. Si elle exprime de la colère contre la réorganisation, je "
          "l'accueille sans la défendre."),
        H(1, "Que peut-on construire ensemble ?", {"co-built-solutions": "ok"}),
        P("Je veux que les pistes viennent d'abord d'elle, mais j'en garde trois en tête pour relancer si besoin. "
          "La première : lui confier officiellement le rôle de référente sur les déclarations sociales pour "
          "l'équipe de premier niveau, avec une demi-journée par semaine consacrée aux dossiers difficiles. La "
          "deuxième : lui proposer de construire avec moi la base de connaissances que les nouveaux consultent, "
          "ce qui reconnaîtrait son expertise sans l'obliger à former en face à face si c'est cela qui la gêne. "
          "La troisième : l'inscrire au parcours de formation expert du printemps, pour qu'elle soit prête "
          "quand un poste s'ouvrira. Je vérifie à chaque fois qu'elle y croit, et je n'insiste pas si une piste "
          "ne lui parle pas."),
        H(1, "Qui fait quoi, et pour quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on saura que c'est fait"],
           ["Demi-journée hebdomadaire sur les dossiers difficiles", "Thomas organise le planning, Léa choisit le jour", "4 janvier", "inscrite au planning de l'équipe"],
           ["Dix fiches pour la base de connaissances", "Léa rédige, Thomas relit", "fin janvier", "fiches publiées"],
           ["Inscription au parcours expert", "Thomas", "15 décembre", "confirmation des RH"],
           ["Retour aux réunions du jeudi, avec un sujet présenté par Léa", "Léa", "janvier", "présentation faite"]]),
        H(1, "Comment on se quitte", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai entendu et ce que nous avons décidé, et je lui demande si le résumé lui "
          "convient ou si elle veut corriger quelque chose. Je lui redis que son expertise compte pour le "
          "service et que la situation de septembre n'était pas un jugement sur son travail. Nous fixons "
          "ensemble un point de suivi le jeudi 14 janvier, trente minutes, pour regarder où en sont les quatre "
          "actions. Je lui envoie le plan d'action écrit le jour même, et je lui dis qu'elle peut venir me voir "
          "avant si quelque chose coince."),
        H(1, "Ma feuille de notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'elle dit (ses mots)", "Ce que j'observe", "À reprendre"],
           ["Réorganisation", "à remplir pendant l'entretien", "ton, hésitations", "ressenti d'injustice ?"],
           ["Formation des nouveaux", "", "", "raison du refus"],
           ["Charge de travail", "", "", "volume d'appels par jour"],
           ["Envies d'évolution", "", "", "parcours expert"]]),
        H(1, "Me relire avant d'y aller", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Prêt ?"],
           ["Je sais annoncer l'enjeu en deux phrases dès l'ouverture", "oui"],
           ["Mes faits sont datés et vérifiés", "oui"],
           ["Je laisse Léa parler en premier", "à surveiller"],
           ["J'ai trois pistes concrètes, sans promesse intenable", "oui"],
           ["Je sais comment la rassurer sur sa place dans l'équipe", "oui"],
           ["La date du point de suivi est libre dans nos deux agendas", "oui"]]),
    ],
)
