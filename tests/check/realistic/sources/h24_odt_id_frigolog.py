from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 24, written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, in French: a warehouse manager prepares the preliminary interview of an order
    picker who kept breaking the cold-room safety rules. Some headings in UPPER CASE, some numbered, the
    checklist as a bold line; her own closing self-review never written (missing); the note grid is a table
    with empty rows (empty). """,
    title="Entretien préalable — M. Dylan Ferreira",
    cover=["Frigolog Rungis, entrepôt frigorifique de Chevilly-Larue", "Préparé par Sandrine Aubert, responsable d'exploitation"],
    missing=["criteria-self-check"],
    blocks=[
        H(1, "1. AVANT L'ENTRETIEN", {"preparation": "ok"}),
        P("Dylan Ferreira est préparateur de commandes en chambre froide négative depuis quatre ans. Depuis "
          "juin, il a été vu à trois reprises sans ses gants grand froid ni sa veste isolante, et le 6 novembre "
          "il a conduit un chariot à mât rétractable dont il n'a pas l'autorisation de conduite, en heurtant un "
          "rack. Personne n'a été blessé, mais la poutre endommagée a immobilisé une allée pendant deux jours."),
        P("L'entretien préalable est fixé au 3 décembre à 10 h, dans la salle de réunion du premier étage, "
          "hors de la vue des équipes. La convocation a été remise en main propre le 24 novembre, soit plus de "
          "cinq jours ouvrables avant. Elle rappelle qu'il peut se faire assister par un membre du personnel. "
          "Je serai accompagnée de Marc Olivier, responsable RH du site. J'ai relu le dossier : les deux "
          "avertissements écrits de juillet et septembre, le rapport d'incident du 6 novembre, les images de la "
          "caméra de l'allée 14 et l'attestation de formation sécurité qu'il a signée en janvier. Aucune "
          "décision n'est prise avant l'entretien : je veux entendre ses explications, notamment sur la "
          "pression des cadences de fin de semaine qu'il a évoquée en septembre."),
        B("Check-list de procédure", {"procedure-checklist": "ok"}),
        T([["Étape", "Fait ?", "Remarque"],
           ["Convocation par lettre remise en main propre", "oui", "24/11, contre signature"],
           ["Délai de cinq jours ouvrables respecté", "oui", "entretien le 3/12"],
           ["Mention de l'assistance par un salarié", "oui", "liste des élus jointe"],
           ["Dossier factuel prêt (avertissements, rapport, vidéo)", "oui", "copie pour la RH"],
           ["Lettre de notification pas avant deux jours ouvrables", "à faire", "au plus tôt le 5/12"]]),
        H(1, "2. OUVRIR L'ENTRETIEN", {"opening": "ok"}),
        P("Je remercie Dylan d'être venu et je présente Marc Olivier. J'explique simplement pourquoi nous sommes "
          "là : « Nous vous avons convoqué à un entretien préalable à une éventuelle sanction pouvant aller "
          "jusqu'au licenciement. Rien n'est décidé aujourd'hui. Je vais vous exposer les faits, puis je veux "
          "entendre votre version, et vous pourrez poser toutes vos questions. » Je vérifie s'il est assisté et "
          "je laisse à son collègue le temps de s'installer. Je précise aussi que Marc prendra des notes et qu'il pourra relire le compte rendu s'il le souhaite."),
        H(2, "Le déroulé prévu", {"interview-phases": "ok"}),
        T([["Moment", "Ce que je dis ou demande", "Durée"],
           ["Accueil", "présentation des personnes, objet de l'entretien", "5 min"],
           ["Exposé des faits", "les trois manquements et l'incident du chariot, dates à l'appui", "10 min"],
           ["Sa version", "Qu'est-ce qui s'est passé le 6 novembre, de votre point de vue ?", "15 min"],
           ["Questions", "réponses aux questions du salarié et de son assistant", "10 min"],
           ["Fin", "suite de la procédure et délais", "5 min"]]),
        H(1, "3. LES FAITS", {"facts-explained": "ok"}),
        T([["Date", "Fait constaté", "Preuve"],
           ["12 juin", "travail en chambre à −25 °C sans gants grand froid", "constat du chef d'équipe, avertissement oral"],
           ["18 juillet", "veste isolante retirée en zone négative", "avertissement écrit"],
           ["22 septembre", "nouvelle absence de gants malgré le rappel", "avertissement écrit"],
           ["6 novembre", "conduite d'un chariot rétractable sans autorisation, choc sur un rack", "vidéo allée 14, rapport d'incident"]]),
        P("Je présente ces faits dans l'ordre, sans qualificatif, en rappelant que la formation de janvier "
          "couvrait ces deux règles. Je lui montre la feuille d'émargement qu'il a signée, puis je lui laisse la parole sans l'interrompre."),
        H(2, "S'il conteste ou s'emporte", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ma réponse"],
           ["« Tout le monde fait pareil le vendredi. »", "Si d'autres collègues sont concernés, ce sera traité ; aujourd'hui nous parlons de vos faits."],
           ["« Le cariste était absent, il fallait sortir la commande. »", "Je l'entends, et nous allons revoir l'organisation du vendredi, mais la règle d'autorisation ne souffre pas d'exception."],
           ["« Vous voulez me virer. »", "Aucune décision n'est prise ; ce que vous dites aujourd'hui compte."],
           ["« Je veux voir la vidéo. »", "Elle peut vous être montrée maintenant, en présence de votre assistant."]]),
        H(1, "4. CONCLURE", {"closing-follow-up": "ok"}),
        P("Je résume ce que Dylan a dit, en particulier sur la pression des cadences du vendredi, et je lui "
          "demande s'il veut ajouter quelque chose. J'explique la suite : aucune décision n'est annoncée pendant "
          "l'entretien, une réponse écrite lui sera envoyée en recommandé au plus tôt deux jours ouvrables après "
          "et au plus tard dans un mois. Je le remercie d'être venu. Après son départ, je fais le point avec "
          "Marc sur ses explications avant toute décision, et je transmets au directeur de site une note sur "
          "l'organisation des préparations du vendredi."),
        H(2, "Prise de notes", {"note-taking-grid": "empty"}),
        T([["Heure", "Ce qu'il dit", "Ce que je réponds"],
           ["", "", ""],
           ["", "", ""]]),
    ],
)
