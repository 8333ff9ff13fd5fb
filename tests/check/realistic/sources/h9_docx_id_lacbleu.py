from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the manager of a 60-room hotel in Annecy prepares the preliminary interview before dismissing
    a night receptionist for repeated unjustified absences. The manager's own headings, two of them questions,
    numbered with Roman numerals; a checklist table of the legal steps; the closing written in two lines (thin);
    no self-check of the criteria (missing).""",
    title="Hôtel du Lac Bleu – Entretien préalable de M. Ferrand",
    cover=["Préparé par Sophie Marchand, directrice, le 24 novembre 2026", "Document interne, confidentiel"],
    blocks=[
        H(1, "I. Avant le jour J : ce que je dois avoir en main", {"preparation": "ok"}),
        P("Julien Ferrand est réceptionniste de nuit depuis mars 2022, en CDI à temps plein. Jusqu'à l'été "
          "dernier, son travail ne posait aucun problème et plusieurs clients l'ont cité dans leurs avis. Depuis "
          "septembre, il a été absent sans prévenir à cinq reprises, dont deux nuits où l'hôtel est resté sans "
          "personne à l'accueil entre 23 h et 7 h : un client arrivé tard a dormi dans sa voiture et nous a "
          "laissé un avis très dur. Un avertissement écrit lui a été remis le 14 octobre ; il y a eu deux absences "
          "de plus depuis."),
        P("Je rassemble le planning des nuits signé, les messages envoyés à chaque absence restés sans réponse, "
          "l'avertissement et son accusé de réception, le contrat de travail et le règlement intérieur. J'ai relu "
          "la convention collective des hôtels, cafés, restaurants pour le délai de préavis. Marie Dupuis, ma "
          "responsable hébergement, assistera à l'entretien et prendra des notes ; M. Ferrand peut venir avec "
          "un salarié de l'hôtel ou un conseiller du salarié, la liste de la préfecture est jointe à la "
          "convocation. Je n'ai encore rien décidé : je veux d'abord entendre ses explications, car son "
          "comportement a changé d'un coup et il peut y avoir une raison personnelle."),
        B("Les étapes à ne pas rater", {"procedure-checklist": "ok"}),
        T([["Étape", "Quand", "Fait ?", "Preuve"],
           ["Convocation par lettre recommandée", "18 novembre", "oui", "avis de réception du 20 novembre"],
           ["Cinq jours ouvrables avant l'entretien", "entretien le 27 novembre", "oui", "calendrier vérifié"],
           ["Mention de l'assistance possible", "dans la lettre", "oui", "copie de la lettre"],
           ["Entretien mené par moi, avec une témoin", "27 novembre, 10 h", "à venir", "notes signées"],
           ["Délai de réflexion de deux jours ouvrables minimum", "après l'entretien", "à venir", "date de la lettre"],
           ["Notification motivée en recommandé", "au plus tôt le 1er décembre", "à venir", "accusé de réception"]]),
        H(1, "II. Comment j'ouvre la discussion", {"opening": "ok"}),
        P("J'accueille M. Ferrand dans mon bureau et non à la réception, porte fermée. Je le remercie d'être "
          "venu, je lui présente Marie Dupuis et je demande qui l'accompagne. Je dis clairement pourquoi nous "
          "sommes là : ses absences répétées depuis septembre nous amènent à envisager une sanction qui peut "
          "aller jusqu'au licenciement, et cet entretien sert à ce qu'il puisse s'expliquer avant toute décision. "
          "J'annonce qu'aucune décision ne sera prise aujourd'hui et qu'il recevra une réponse écrite. Je parle calmement et je garde le vouvoiement, même si nous nous tutoyons d'habitude : le cadre doit rester formel."),
        H(1, "III. L'entretien pas à pas", {"interview-phases": "ok"}),
        L(["Accueil et rappel de l'objet : cinq minutes",
           "Exposé des faits par moi, dates à l'appui : dix minutes",
           "Sa version, sans l'interrompre : le temps qu'il faut",
           "Questions de clarification et pièces qu'il souhaite montrer",
           "Rappel de la suite de la procédure et des délais"]),
        H(1, "IV. Que lui reprocher exactement ?", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits, datés et vérifiables. Absences sans prévenir les nuits du 6, 13 et 27 "
          "septembre, puis du 22 octobre et du 9 novembre. Les nuits du 13 septembre et du 22 octobre, l'accueil "
          "est resté fermé, ce qui met en jeu la sécurité des clients et l'obligation de l'hôtel d'avoir quelqu'un "
          "joignable la nuit. À chaque fois, je lui ai écrit le lendemain par SMS et par courrier pour lui "
          "demander un justificatif ; je n'ai rien reçu. L'avertissement du 14 octobre rappelait l'article 12 du "
          "règlement intérieur sur les absences. Je ne parle ni de son attitude ni de rumeurs entendues au "
          "petit-déjeuner."),
        H(1, "V. Et s'il conteste ?", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ma réponse"],
           ["« Je n'étais pas prévu au planning »", "le planning signé de sa main le 1er de chaque mois"],
           ["« J'étais malade »", "un arrêt de travail, même tardif, sera examiné avec attention"],
           ["« Personne ne m'a prévenu que c'était grave »", "l'avertissement du 14 octobre et son accusé de réception"],
           ["« J'ai des problèmes à la maison »", "je l'écoute, je lui parle du service social de la médecine du travail, les faits restent"]]),
        H(1, "VI. Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'il a dit, je rappelle qu'il aura une réponse écrite après au moins deux jours, et je le remercie."),
        H(1, "VII. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Pièces montrées", "Points à vérifier"],
           ["Explications sur septembre", "", "", "arrêt de travail éventuel"],
           ["Explications sur octobre et novembre", "", "", "échanges avec les collègues de nuit"],
           ["Ce qu'il propose", "changement d'horaires ?", "", "faisabilité du planning"]]),
    ],
    missing=["criteria-self-check"],
)
