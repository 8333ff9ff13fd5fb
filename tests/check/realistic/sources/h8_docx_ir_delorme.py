from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the production manager of a Lyon printing works prepares a reframing interview with an offset
    press operator who skipped the safety check twice and arrives late. The manager's own headings, numbered, two
    of them questions, the job reminder as a bold Normal paragraph; the DESC steps in a four-row table; the reminder of the operator's job is three sentences
    (thin); no note-taking grid at all (missing); the self-check is a table filled in after a rehearsal with HR.""",
    title="Imprimerie Delorme – Entretien de recadrage avec Karim B.",
    cover=["Préparé par Sandrine Vial, responsable de production", "Entretien prévu le jeudi 10 décembre 2026, 14 h"],
    blocks=[
        H(1, "1. Ce que je sais des faits avant de le recevoir", {"preparation": "ok"}),
        P("Karim Belhadj est conducteur offset sur la presse cinq couleurs depuis six ans. C'est un bon technicien, "
          "apprécié des clients pour la qualité de ses calages, et il forme volontiers les intérimaires. Depuis la "
          "rentrée, deux faits m'inquiètent. Le 3 et le 17 novembre, il a lancé la presse sans faire le contrôle des "
          "carters de sécurité prévu à chaque prise de poste ; le second jour, un intérimaire a failli se coincer la "
          "main dans le margeur. Par ailleurs, il est arrivé en retard sept fois en six semaines, entre quinze et "
          "quarante minutes, ce qui a obligé l'équipe de nuit à rester pour assurer la relève."),
        P("J'ai vérifié les faits avant de le convoquer : la fiche de contrôle n'est pas signée ces deux jours-là, le "
          "chef d'équipe de nuit me l'a confirmé par écrit, et les retards figurent dans le badgeage. Je ne connais "
          "pas la raison des retards ; il est possible qu'il y ait une difficulté personnelle, son collègue m'a parlé "
          "d'un déménagement à Villefranche. Mon objectif est double : que le contrôle de sécurité soit fait à chaque "
          "prise de poste, sans exception, et que les horaires soient tenus ou qu'on trouve ensemble un aménagement. "
          "Je veux aussi garder Karim motivé : je ne veux pas perdre mon meilleur conducteur."),
        H(1, "2. Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("Je le reçois dans mon bureau, porte fermée, sans le responsable RH pour ne pas donner un ton disciplinaire "
          "à ce premier échange. Je commence par dire pourquoi nous sommes là, en une phrase : « Karim, je t'ai demandé "
          "de venir parce que deux choses se sont passées en novembre qui me posent un vrai problème, la sécurité et "
          "les horaires, et je veux qu'on en parle franchement. » Je précise tout de suite que ce n'est pas un entretien "
          "préalable à une sanction, mais que la situation ne peut pas durer. Je rappelle aussi ce que j'apprécie "
          "dans son travail, sans en faire trop, pour qu'il sache que je parle d'un comportement et pas de sa valeur."),
        H(1, "3. Déroulé prévu (45 minutes)", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais"],
           ["5 min", "Accueil", "je pose le cadre et la raison de l'entretien"],
           ["10 min", "Les faits", "je décris les deux oublis du contrôle et les retards, dates à l'appui"],
           ["10 min", "Son point de vue", "je l'écoute sans l'interrompre, je reformule"],
           ["10 min", "Solutions", "on cherche ensemble, je propose si rien ne vient"],
           ["10 min", "Engagements", "on écrit ce qu'on a décidé et la date du prochain point"]]),
        B("4. Ce que j'attends d'un conducteur", {"expectations-recap": "thin"}),
        P("Le conducteur est responsable de la sécurité de sa machine et des personnes qui y travaillent. Le contrôle "
          "des carters se fait à chaque prise de poste et se signe. La relève est à 6 h précises."),
        H(1, "5. Mon message, étape par étape", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Le 3 et le 17 novembre, la presse a démarré sans que la fiche de contrôle soit signée. Tu es "
                       "arrivé en retard sept fois depuis le 1er octobre."],
           ["Exprimer", "Je suis inquiète, parce que Lucas a failli se blesser, et je suis gênée pour l'équipe de nuit "
                        "qui reste après sa journée."],
           ["Spécifier", "J'ai besoin que le contrôle soit fait et signé chaque matin avant le premier tirage, et que "
                         "tu sois là à 6 h, ou qu'on convienne d'un autre horaire."],
           ["Conséquences", "Si c'est fait, on n'en reparle plus et je soutiens ta demande de passage chef d'équipe. "
                            "Si le contrôle est encore oublié, je devrai passer par une procédure formelle."]]),
        H(1, "6. Et s'il conteste ?", {"explanations-objections": "ok"}),
        P("Je m'attends à trois réactions. La première : « tout le monde saute le contrôle quand on est pressé ». Je "
          "répondrai que c'est possible et que je vais le vérifier pour toute l'équipe, mais qu'aujourd'hui je parle "
          "de lui, et que c'est lui que j'ai vu. La deuxième : « les retards, c'est la ligne de bus depuis mon "
          "déménagement ». Là, j'écoute vraiment : si le premier bus arrive à 6 h 10, on peut décaler son poste de "
          "quinze minutes avec un autre conducteur volontaire, ce qui ne coûte rien à l'atelier. La troisième, la "
          "plus probable, c'est le silence ou l'agacement. Dans ce cas je reformule ce que j'ai compris, je laisse "
          "un temps, et je lui demande ce qui l'aiderait. Je ne veux pas qu'il ressorte avec le sentiment d'avoir été "
          "jugé sans être entendu."),
        H(1, "7. Ce sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Échéance"],
           ["Contrôle des carters fait et signé avant chaque premier tirage", "Karim", "dès le 11 décembre"],
           ["Test d'un poste décalé à 6 h 15 avec Mehdi", "Sandrine et Karim", "à partir du 4 janvier"],
           ["Rappel du contrôle à toute l'équipe en réunion sécurité", "Sandrine", "15 décembre"],
           ["Point sur sa candidature chef d'équipe", "Sandrine", "fin janvier"]]),
        H(1, "8. Conclure et revoir Karim dans un mois", {"closing-follow-up": "ok"}),
        P("Je termine en relisant à voix haute les engagements et en lui demandant s'il est d'accord avec la "
          "formulation. Je lui redis que je compte sur lui et que je sais qu'il en est capable : c'est lui qui forme "
          "les intérimaires à la presse, il est normal qu'il montre l'exemple. Je lui envoie le compte rendu par "
          "courriel le jour même. Nous nous revoyons le 14 janvier, un quart d'heure, pour voir si le contrôle est "
          "signé tous les jours et si le poste décalé fonctionne. Entre-temps, je passe à la presse deux matins par "
          "semaine, sans en faire une surveillance, pour voir comment ça se passe."),
        H(1, "9. Bilan de ma répétition avec les RH", {"criteria-self-check": "ok"}),
        T([["Point", "Réussi ?", "À améliorer"],
           ["J'ai dit l'enjeu dès le début", "oui", "phrase d'ouverture un peu longue"],
           ["J'ai écouté sans couper", "moyen", "je l'ai interrompu deux fois sur le bus"],
           ["J'ai rappelé ce que j'attends du poste", "oui", "donner la fiche de poste papier"],
           ["J'ai proposé une solution concrète", "oui", "le poste décalé a bien été reçu"],
           ["J'ai répondu à ses objections", "oui", "préparer les chiffres de l'équipe entière"],
           ["Il est reparti motivé", "à voir", "valoriser davantage son rôle de formateur"]]),
    ],
    missing=["note-taking-grid"],
)
