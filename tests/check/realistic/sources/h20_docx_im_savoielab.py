from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the manager of the pre-analytical unit of Savoie Analyses, a medical laboratory in Chambéry,
    prepares a remotivation interview with Yanis, a technician who has withdrawn since the sorting line was
    automated. Numbered headings in Heading 1 ("1." to "9."), one sub-heading in Heading 2 for the planned
    sequence ("3.1"), an extra section of the author's own on the team context; the sequence and the action plan
    as tables; the note-taking sheet is a heading with nothing under it (empty); no self-check against the
    criteria (missing).""",
    title="Savoie Analyses – Entretien avec Yanis, technicien pré-analytique",
    cover=["Préparé par Claire Dumont, responsable du plateau pré-analytique", "Entretien prévu le 8 décembre 2026"],
    blocks=[
        H(1, "1. Avant l'entretien", {"preparation": "ok"}),
        P("Yanis Haddad travaille au laboratoire depuis six ans. Il est technicien au plateau pré-analytique : il "
          "réceptionne les tubes qui arrivent des préleveurs et des cliniques, vérifie les étiquettes, centrifuge, "
          "trie et envoie chaque tube vers la bonne chaîne d'analyse. Jusqu'à cette année, c'était un des piliers "
          "de l'équipe de nuit, celui que les nouveaux venaient voir en cas de doute."),
        P("Depuis l'installation du trieur automatique en mars, son travail a changé : la machine fait le tri, "
          "les techniciens chargent les portoirs, traitent les tubes rejetés et surveillent les alarmes. Depuis le "
          "printemps, Yanis ne se propose plus pour former les intérimaires, il a refusé deux fois de faire des "
          "heures supplémentaires alors qu'il les acceptait toujours, et ses collègues le trouvent fermé."),
        P("Pour préparer l'échange, j'ai relu sa fiche de poste et son dernier entretien annuel, dans lequel il "
          "disait aimer « être celui qui sait ». J'ai aussi repris les chiffres du plateau depuis mars et je me "
          "suis réservé une heure dans la petite salle de réunion du premier étage, loin du bruit des "
          "centrifugeuses. Je l'ai prévenu lundi en lui disant que je voulais faire le point sur les mois "
          "écoulés, pas sur une faute."),
        H(1, "2. Ouvrir l'échange", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu sur son temps de jour, puisqu'il est de nuit cette semaine. "
          "Je lui dis clairement pourquoi nous nous voyons : j'ai l'impression qu'il se sent moins bien dans son "
          "travail depuis l'arrivée du trieur, et je préfère lui en parler directement plutôt que de laisser "
          "s'installer un malentendu. Je précise que ce n'est pas un entretien disciplinaire et que rien de ce "
          "qu'il dira ne sera utilisé contre lui."),
        P("Je rappelle aussi ce que je sais de lui : six ans de travail sérieux, la confiance de l'équipe de nuit, "
          "et le fait que je compte sur lui pour la suite. L'objectif est que nous repartions avec deux ou trois "
          "décisions concrètes."),
        H(2, "3.1 Le déroulé que je prévois", {"interview-phases": "ok"}),
        T([["Étape", "Durée", "Ce que je dis ou demande"],
           ["Accueil et cadre", "5 min", "Pourquoi on se voit, ce que l'entretien n'est pas"],
           ["Rappel de son rôle", "10 min", "Qu'est-ce qui a changé pour toi depuis mars ?"],
           ["Ce que j'observe", "10 min", "Les formations refusées, les heures supplémentaires"],
           ["Son point de vue", "15 min", "Qu'est-ce qui te pèse le plus aujourd'hui ?"],
           ["Pistes ensemble", "15 min", "Qu'est-ce qui te redonnerait envie ?"],
           ["Engagements et suite", "5 min", "On se revoit quand ?"]]),
        H(1, "4. Ce que je constate depuis mars", {"facts": "ok"}),
        P("Les missions de Yanis restent les mêmes sur le papier : réception, contrôle de conformité, "
          "centrifugation, tri et traçabilité des tubes, plus le tutorat des nouveaux arrivants. Dans les faits, "
          "le tri manuel a disparu et le contrôle se fait en grande partie à l'écran."),
        L(["Il a refusé de former les deux intérimaires arrivés en septembre et en octobre, ce qu'il faisait "
           "toujours auparavant.",
           "Il a refusé les heures supplémentaires du 12 octobre et du 2 novembre.",
           "Le taux de tubes rejetés qu'il traite dans l'heure est passé de 95 % à 81 % entre juin et novembre.",
           "En réunion d'équipe, il ne prend plus la parole, alors qu'il proposait souvent des améliorations.",
           "Aucune erreur de traçabilité ne lui est imputable : la qualité de son travail n'est pas en cause.",
           "Il a demandé en octobre s'il pouvait passer de jour, puis n'a pas donné suite quand je lui ai répondu."]),
        H(1, "5. Écouter Yanis", {"active-listening": "ok"}),
        P("Je le laisse parler en premier sur ce qui a changé pour lui, sans l'interrompre, et je note ses mots "
          "exacts. Je reformule ce que j'entends (« si je comprends bien, tu as l'impression que la machine a pris "
          "la partie du travail où tu étais bon ? ») et je vérifie qu'il est d'accord avec ma reformulation avant "
          "d'aller plus loin."),
        P("S'il exprime de la colère contre la direction ou contre le fournisseur du trieur, je ne la discute pas : "
          "je reconnais que le projet a été décidé vite et que l'équipe de nuit a été peu consultée. Je pose des "
          "questions ouvertes, je supporte les silences, et je ne propose aucune solution avant qu'il ait dit "
          "ce qui lui pèse vraiment."),
        H(1, "6. Chercher ensemble", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ses propres idées. J'ai en tête plusieurs pistes à lui soumettre seulement s'il "
          "n'en a pas : devenir le référent technique du trieur pour l'équipe de nuit (premier niveau de dépannage, "
          "lien avec le fournisseur), écrire avec moi le nouveau parcours de formation des intérimaires adapté à la "
          "machine, ou passer une partie de son temps en journée sur la validation des non-conformités avec les "
          "biologistes."),
        P("Pour chaque piste, nous regardons ensemble ce qu'elle lui apporterait, ce qu'elle demanderait comme "
          "formation et si elle est compatible avec ses horaires. Je ne promets rien que je ne puisse pas tenir : "
          "la formation chez le fournisseur dépend du budget de janvier, je le lui dis."),
        H(1, "7. Ce que nous décidons", {"action-plan": "ok"}),
        T([["Action", "Qui", "Pour quand", "Comment on saura"],
           ["Formation de référent au trieur chez le fournisseur", "Claire (inscription), Yanis", "fin janvier 2027",
            "attestation de formation, premier dépannage fait seul"],
           ["Réécrire le parcours des intérimaires", "Yanis avec Claire", "février 2027",
            "livret validé par la qualité"],
           ["Point d'équipe de nuit mensuel avec le fournisseur", "Claire", "dès janvier",
            "compte rendu envoyé à l'équipe"]]),
        H(1, "8. Conclure", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons dit, avec ses mots quand c'est possible, et je relis les trois actions pour "
          "vérifier qu'il s'y retrouve. Je lui dis ce que j'ai apprécié dans l'échange et que je suis contente de "
          "le voir prendre une place nouvelle autour du trieur. Nous fixons un nouveau rendez-vous le 19 janvier, "
          "après la formation, pour voir comment il se sent et ajuster si besoin. Je lui enverrai un court compte "
          "rendu par écrit sous deux jours, qu'il pourra compléter s'il estime que j'ai oublié ou mal compris quelque "
          "chose."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "Annexe – l'équipe de nuit en chiffres"),
        P("Sept techniciens, dont deux intérimaires, traitent environ 3 400 tubes par nuit. Le trieur en absorbe "
          "85 % ; le reste passe encore à la main."),
    ],
    missing=["criteria-self-check"],
)
