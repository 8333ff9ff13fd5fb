from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the production manager of the Minoterie Chabert, a flour mill in the Drôme,
    prepares a motivation interview with Sandrine, a quality technician of nine years who has withdrawn since a new
    laboratory software replaced her paper records. Three headings in UPPER CASE, the others questions or
    paraphrases; the steps are a table, the action plan a table, the self-check a short table. No grid to take notes
    during the interview anywhere (missing).""",
    title="Préparer l'entretien avec Sandrine – Minoterie Chabert",
    cover=["Guide rédigé par Olivier Faure, responsable de production",
           "Entretien prévu le mardi 12 janvier 2027 à 14 h, salle de réunion du moulin"],
    blocks=[
        H(1, "CE QUE JE SAIS AVANT DE LA RECEVOIR", {"preparation": "ok"}),
        P("Sandrine est technicienne qualité au moulin depuis 2017. C'est elle qui contrôle chaque lot de farine "
          "avant l'expédition : humidité, taux de protéines, temps de chute. Pendant huit ans, elle a tenu ces "
          "résultats dans des classeurs qu'elle avait conçus elle-même et que les auditeurs citaient en exemple. En "
          "octobre, la direction a installé un logiciel de laboratoire qui enregistre les mesures directement depuis "
          "les appareils. Depuis, je constate qu'elle ne propose plus d'idées en réunion, qu'elle a refusé de former "
          "le nouvel intérimaire, et que trois lots ont été libérés avec un jour de retard en novembre parce que la "
          "saisie n'était pas faite."),
        P("Je ne veux pas la mettre en faute. Je veux comprendre ce qu'elle a perdu avec ce changement et voir avec "
          "elle comment elle peut retrouver une place qui lui plaît. Avant l'entretien, je relis sa fiche de poste, "
          "le compte rendu de son entretien annuel de mars (elle y demandait plus de responsabilités sur les audits) "
          "et les dates de libération des lots de novembre. Je réserve une heure, dans la salle de réunion plutôt que "
          "dans mon bureau, et je la préviens la veille en lui expliquant que je souhaite faire le point avec elle "
          "sur la façon dont elle vit l'arrivée du logiciel."),
        H(1, "Comment commencer ?", {"opening": "ok"}),
        P("Je la remercie d'avoir pris ce temps en pleine période de fin d'année. Je pose le cadre : une heure, ce "
          "qu'elle dit reste entre nous sauf si elle me demande d'en parler, et aucune sanction n'est en jeu. Je lui "
          "explique pourquoi je la reçois : elle est la personne qui connaît le mieux la qualité de nos farines, et "
          "j'ai l'impression que les derniers mois ont été difficiles pour elle. Je lui dis que je préfère l'entendre "
          "d'abord, et que nous chercherons ensuite des solutions à deux. L'enjeu pour moi est simple : garder une "
          "technicienne engagée, parce que sans elle le moulin perd sa mémoire de la qualité."),
        H(1, "LES ÉTAPES", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je fais", "Temps"],
           ["Accueil", "remercier, poser le cadre", "5 min"],
           ["Sa lecture", "je lui demande comment elle vit ces mois", "15 min"],
           ["Les faits", "retards de libération, formation refusée", "10 min"],
           ["Les causes", "le logiciel, la reconnaissance, les audits", "10 min"],
           ["Solutions", "elle propose d'abord, moi ensuite", "15 min"],
           ["Fin", "engagements et prochaine date", "5 min"]]),
        H(1, "Ses missions, et ce que j'ai vu", {"facts": "ok"}),
        P("Je rappelle le cœur de son poste : analyser chaque lot avant expédition, décider de sa libération avec moi, "
          "préparer les audits de nos clients boulangers et industriels, et former les nouveaux arrivants au "
          "laboratoire. Sur tous ces points, son travail a été irréprochable pendant huit ans."),
        P("Ensuite je donne les faits, sans jugement : les lots 4412, 4419 et 4433 ont été libérés avec vingt-quatre "
          "heures de retard en novembre, faute de saisie dans le logiciel ; elle a refusé de former Mathieu, "
          "l'intérimaire arrivé le 2 novembre ; elle n'a pris la parole à aucune des six réunions qualité depuis "
          "octobre. Je précise qu'aucune erreur de mesure n'a été trouvée et que le client Banette nous a encore "
          "félicités pour la régularité de nos farines. Puis je lui demande si elle voit ces faits de la même "
          "façon."),
        H(1, "L'ÉCOUTE", {"active-listening": "ok"}),
        P("Je lui laisse le temps de répondre et je ne l'interromps pas. Mes questions restent ouvertes : « Qu'est-ce "
          "qui a changé pour toi depuis octobre ? », « Qu'est-ce que tes classeurs t'apportaient que le logiciel ne "
          "t'apporte pas ? », « À quel moment de la journée te sens-tu le plus utile ? ». Je reformule pour vérifier : "
          "« Si je comprends bien, tu as le sentiment qu'on a jeté ton travail sans te demander ton avis. » Je "
          "reconnais ce qui est juste, par exemple que le projet a été décidé sans que le laboratoire soit consulté. "
          "Je note ses mots exacts, et je ne défends pas le logiciel à sa place. Quand elle se tait, "
          "j'attends : les silences sont souvent le moment où elle dira ce qui lui pèse le plus."),
        H(1, "Que peut-on construire ensemble ?", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qu'elle ferait à ma place. Si elle n'a pas d'idée, je propose trois pistes. "
          "D'abord, lui confier le paramétrage du logiciel pour les contrôles qualité : c'est elle qui sait quels "
          "seuils comptent, et le prestataire a besoin d'un interlocuteur. Ensuite, lui donner la préparation et la "
          "conduite du prochain audit client, ce qu'elle demandait en mars. Enfin, faire de ses classeurs un guide de "
          "formation pour les intérimaires, signé de son nom. Nous choisissons ensemble ce qui lui parle vraiment. Si "
          "elle demande à revenir au papier, je ne ferme pas la porte brutalement : j'explique pourquoi les clients "
          "exigent désormais un enregistrement numérique, et je propose que le papier reste en secours."),
        H(1, "Le plan, noir sur blanc", {"action-plan": "ok"}),
        T([["Action", "Qui", "Pour quand"],
           ["Référente qualité du logiciel, deux demi-journées avec le prestataire", "Sandrine", "fin janvier"],
           ["Préparer et mener l'audit Banette", "Sandrine, avec moi en appui", "mars 2027"],
           ["Guide de formation du laboratoire", "Sandrine", "avril 2027"],
           ["Dire à la direction que le labo n'a pas été consulté", "moi", "semaine prochaine"]]),
        H(1, "Pour finir l'entretien", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons décidé, avec ses mots autant que possible, et je lui demande si elle est "
          "d'accord avec ce résumé. Je la remercie pour sa franchise. Nous fixons tout de suite la date du point "
          "suivant : le mardi 9 février à 14 h, même salle, pour voir où en est le paramétrage et comment elle se "
          "sent. Je lui dis qu'elle peut venir me voir avant si quelque chose bloque. Le soir même, je lui envoie un "
          "court message écrit qui reprend les engagements de chacun, pour que rien ne se perde."),
        H(1, "Mon auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Oui / non", "Preuve"],
           ["J'ai décrit la situation avec des faits datés", "oui", "lots de novembre, réunions"],
           ["Je l'ai laissée parler en premier", "oui", "étape 2 du déroulé"],
           ["Les solutions viennent aussi d'elle", "à vérifier", "plan d'action"]]),
    ],
    missing=["note-taking-grid"],
)
