from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Sandrine Roux runs the warehouse team of Les Livres du Bocage, a booksellers' cooperative near
    Cholet that ships orders for 58 independent bookshops; Kévin, a picker for six years and the team's informal
    trainer, has been late eleven times since September and no longer volunteers for anything. Question headings and
    paraphrases; the listening part is a few lines (thin); an extra section of the author's own on what she will not
    raise in the interview; the criteria self-check left out (missing).""",
    title="Entretien de remotivation – Kévin, préparateur de commandes",
    cover=["Les Livres du Bocage – plateforme logistique de Saint-Léger", "Sandrine Roux, responsable d'équipe – décembre 2026"],
    blocks=[
        H(1, "Pourquoi cet entretien, et avec quoi j'arrive", {"preparation": "ok"}),
        P("Les Livres du Bocage est une coopérative qui reçoit les livres des distributeurs et prépare chaque jour les "
          "commandes de 58 librairies indépendantes de l'Ouest. L'équipe du quai compte neuf préparateurs ; en décembre "
          "nous expédions près de 14 000 colis, deux fois plus qu'en mai. Kévin, 34 ans, est préparateur depuis six ans. "
          "C'est lui qui forme les intérimaires de fin d'année, sans que ce rôle soit écrit nulle part."),
        P("Depuis la rentrée, les choses ont changé : onze retards de dix à quarante minutes entre septembre et novembre, "
          "alors qu'il n'en avait eu que deux sur toute l'année précédente. Il n'a pas demandé à encadrer les intérimaires "
          "cette année, et son taux d'erreurs de préparation est passé de 0,3 % à 1,1 %. Deux collègues m'ont dit qu'il "
          "semblait « ailleurs ». Je n'ai aucune plainte formelle et je ne veux pas en faire une affaire disciplinaire."),
        P("J'apporte le relevé des pointages, les chiffres d'erreurs par semaine et la fiche de poste. Je prévois une "
          "heure, un mardi à 14 h, dans la petite salle du premier étage plutôt que dans mon bureau vitré. Mon objectif "
          "est de comprendre ce qui se passe pour lui et de trouver ensemble de quoi lui redonner envie, pas de lui "
          "faire la liste de ses manquements."),
        H(1, "Comment je lance l'échange ?", {"opening": "ok"}),
        P("« Kévin, merci d'être venu. Je voulais prendre une heure avec toi parce que tu comptes beaucoup dans "
          "l'équipe : c'est toi que tout le monde appelle quand un intérimaire est perdu. Depuis septembre, j'ai "
          "l'impression que quelque chose a changé, et je préfère t'en parler directement plutôt que de laisser traîner. "
          "Ce n'est pas un entretien de sanction. J'aimerais comprendre comment tu vis ton travail en ce moment, et qu'on "
          "cherche ensemble ce qui pourrait aller mieux. On a une heure, tout ce qu'on se dit reste entre nous, sauf ce "
          "qu'on décidera d'écrire ensemble à la fin. »"),
        H(1, "Le déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "But", "Ce que je dis ou demande", "Durée"],
           ["Accueil", "mettre à l'aise, poser le cadre", "« Ce n'est pas une sanction »", "5 min"],
           ["Rappel", "redire son rôle et ce qui a changé", "« Voilà ce que j'ai remarqué depuis septembre »", "10 min"],
           ["Écoute", "le laisser raconter", "« Comment ça se passe pour toi ? »", "20 min"],
           ["Pistes", "chercher des solutions à deux", "« Qu'est-ce qui t'aiderait ? »", "15 min"],
           ["Conclusion", "écrire le plan, fixer la date", "« On se revoit quand ? »", "10 min"]]),
        H(1, "Qu'est-ce qui s'est passé depuis septembre ?", {"facts": "ok"}),
        P("Je commence par rappeler ce que Kévin fait pour l'équipe : préparation des commandes des librairies de la "
          "zone Anjou, contrôle des retours, et depuis trois ans la formation des intérimaires de novembre et décembre, "
          "une mission qu'il a prise de lui-même et que personne n'a jamais reconnue officiellement."),
        P("Puis je donne les faits, sans jugement : onze arrivées en retard entre le 9 septembre et le 28 novembre, "
          "notées par la badgeuse ; un taux d'erreurs de préparation passé de 0,3 % à 1,1 %, soit environ 40 colis "
          "repris en trois mois ; aucune candidature pour encadrer les intérimaires cette année, alors qu'il le faisait "
          "depuis 2023. Je précise que je n'ai rien reçu de la part de ses collègues ou des libraires, et que sa "
          "qualité de travail reste au-dessus de la moyenne du quai."),
        H(1, "Écouter vraiment", {"active-listening": "thin"}),
        P("Je le laisse parler sans l'interrompre, je reformule ce que j'entends (« si je comprends bien, tu as "
          "l'impression que... ») et je note ses mots à lui. Si un silence s'installe, je le laisse durer."),
        H(1, "Qu'est-ce qu'on peut changer, ensemble ?", {"co-built-solutions": "ok"}),
        P("Je ne propose rien avant qu'il ait parlé. Je lui demande d'abord ce qu'il changerait s'il était à ma place. "
          "J'ai en tête plusieurs pistes, que je n'avancerai que si elles rejoignent ce qu'il a dit. Si ses retards "
          "viennent de la garde de ses enfants depuis la rentrée, nous pouvons essayer le poste de 8 h 30 au lieu de "
          "7 h 30 pendant trois mois ; deux collègues préfèrent commencer tôt. S'il se sent invisible, nous pouvons "
          "faire de la formation des intérimaires un vrai rôle de tuteur, écrit dans sa fiche de poste, avec une prime "
          "de tutorat comme la coopérative en verse déjà à l'atelier de reliure. S'il s'ennuie, je peux lui confier le "
          "projet de nouveau plan de rangement du quai, qu'il connaît mieux que moi. Je veux qu'il reparte avec une "
          "ou deux idées qui viennent de lui."),
        H(1, "Le plan qu'on signe tous les deux", {"action-plan": "ok"}),
        T([["Action", "Qui", "Quand", "Comment on saura"],
           ["Essai du poste de 8 h 30", "Sandrine, planning", "dès le 5 janvier", "retards sur trois mois"],
           ["Rôle de tuteur écrit dans la fiche de poste", "Sandrine et RH", "fin janvier", "avenant signé"],
           ["Kévin propose un plan de rangement du quai", "Kévin", "fin février", "présentation à l'équipe"],
           ["Point sur les erreurs de préparation", "Kévin et Sandrine", "chaque mois", "taux sous 0,5 %"]]),
        H(1, "Et après ?", {"closing-follow-up": "ok"}),
        P("Avant de finir, je lui demande s'il a quelque chose à ajouter et comment il a vécu l'heure. Je résume en "
          "trois phrases ce que nous avons décidé, je lui dis que je lui enverrai le plan par écrit sous deux jours et "
          "qu'il pourra le corriger avant qu'on le signe. Nous fixons tout de suite un premier point le mardi "
          "3 février à 14 h, au même endroit, puis un bilan fin mars. Je le remercie pour sa franchise et je lui "
          "redis que l'équipe a besoin de lui, surtout pendant le rush de décembre."),
        H(1, "Ma grille pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit (ses mots)", "Ce que j'observe", "À reprendre"],
           ["Accueil", "", "posture, regard", ""],
           ["Faits", "", "réaction aux chiffres", "retards, erreurs"],
           ["Écoute", "", "émotions, silences", "causes citées"],
           ["Pistes", "", "idées venues de lui", "horaires, tutorat"]]),
        H(1, "Ce que je garde pour moi", {}),
        P("Je sais par un collègue que Kévin a postulé chez un transporteur en octobre. Je ne l'aborderai pas : ce n'est "
          "pas mon information à utiliser, et ce serait transformer l'entretien en reproche. S'il en parle lui-même, "
          "je lui dirai que je préfère le savoir que le deviner."),
    ],
    missing=["criteria-self-check"],
)
