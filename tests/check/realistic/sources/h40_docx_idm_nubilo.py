from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 40 (h40_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, in French: Claire Le Goff, responsable du support client chez Nubilo (éditeur de logiciel de paie,
    Nantes), prépare l'entretien préalable de Thomas Berthelot, chargé de support, après des réponses insultantes à
    des clients et l'export d'un fichier client sur un drive personnel. Numbered headings (1. to 8.), some as
    questions; the legal steps as a checklist table with a tick column, the interview as a timed table, the facts
    and the expected objections as tables. The author's self-check heading is left with nothing under it (empty);
    no grid is prepared to take notes during the interview (missing). A section of her own on the people to brief
    afterwards.""",
    title="Entretien préalable – Thomas Berthelot",
    cover=["Nubilo SAS, Nantes – équipe support", "Préparé par Claire Le Goff, responsable support client",
           "Entretien fixé au mardi 15 décembre 2026, 10 h, salle Erdre"],
    blocks=[
        H(1, "1. Avant d'entrer dans la salle", {"preparation": "ok"}),
        P("Thomas Berthelot est chargé de support chez Nubilo depuis trois ans. Il connaît le module de paie mieux que "
          "personne dans l'équipe et les clients l'ont longtemps apprécié. Depuis l'été, la situation s'est dégradée : "
          "trois clients se sont plaints de réponses méprisantes, dont une où il écrit à une gestionnaire de paie "
          "qu'elle « ferait mieux de changer de métier ». Le 24 novembre, l'équipe sécurité a détecté l'export complet "
          "de la base d'un client, 1 840 salariés avec leurs numéros de sécurité sociale, vers son espace de stockage "
          "personnel."),
        P("La direction et la RH ont décidé d'engager une procédure pouvant aller jusqu'au licenciement pour faute. "
          "Mon rôle est de mener l'entretien préalable avec Agnès Morvan, responsable RH, qui prendra des notes. Je "
          "dois exposer les faits de façon précise, entendre ses explications sans l'interrompre, et ne rien "
          "annoncer : la décision viendra au plus tôt deux jours ouvrables après l'entretien, par écrit."),
        P("J'ai relu les trois tickets, le rapport de l'équipe sécurité, la charte informatique qu'il a signée en "
          "2023 et son dernier entretien annuel, plutôt bon. Je sais qu'il a demandé en septembre à passer à temps "
          "partiel et que nous avons refusé ; il peut en parler. Je prépare un dossier papier pour lui et pour la "
          "personne qui l'accompagnera, et je bloque une heure et demie."),
        H(1, "2. Les étapes à cocher", {"procedure-checklist": "ok"}),
        T([["Étape", "Responsable", "Échéance", "✔"],
           ["Lettre de convocation remise en main propre contre décharge", "Agnès (RH)", "3 décembre", "✔"],
           ["Au moins cinq jours ouvrables entre la convocation et l'entretien", "Agnès (RH)", "10 décembre", "✔"],
           ["Droit de se faire assister par un salarié de l'entreprise rappelé dans la lettre", "Agnès (RH)",
            "3 décembre", "✔"],
           ["Mise à pied conservatoire notifiée", "Direction", "25 novembre", "✔"],
           ["Salle fermée réservée, téléphone coupé", "Claire", "15 décembre", "à faire"],
           ["Aucune décision annoncée pendant l'entretien", "Claire", "15 décembre", "à tenir"],
           ["Lettre de décision envoyée au plus tôt deux jours ouvrables après", "Agnès (RH)", "17 décembre", "à faire"]]),
        H(1, "3. Comment je commence ?", {"opening": "ok"}),
        P("Je vais le chercher moi-même à l'accueil et je salue la personne qui l'accompagne. Une fois assis, je dis "
          "clairement pourquoi nous sommes là : « Thomas, cet entretien est un entretien préalable à une sanction qui "
          "peut aller jusqu'au licenciement. Je vais t'expliquer ce qui nous est reproché, puis je veux entendre ta "
          "version. Aucune décision ne sera prise aujourd'hui. » Je présente Agnès et son rôle, j'annonce la durée et "
          "je lui propose de l'eau. Je garde un ton calme et je le vouvoie si la personne qui l'assiste le fait."),
        H(1, "4. Le fil de l'entretien", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais", "Ce que j'évite"],
           ["0–5 min", "Accueil et cadre", "Objet, déroulé, rôle d'Agnès", "Les banalités qui retardent"],
           ["5–20 min", "Exposé des faits", "Les trois tickets, puis l'export, avec les dates", "Juger la personne"],
           ["20–45 min", "Sa version", "Questions ouvertes, silences, reformulation", "Couper, argumenter"],
           ["45–55 min", "Questions de l'assistant", "Répondre sur la procédure", "Négocier une issue"],
           ["55–60 min", "Fin", "Résumer, rappeler la suite écrite", "Laisser entendre une décision"]]),
        H(1, "5. Ce qui lui est reproché", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits datés et vérifiables, dans cet ordre, en montrant chaque pièce."),
        T([["Date", "Fait", "Pièce"],
           ["12 août 2026", "Réponse au ticket 48213 : « vous feriez mieux de changer de métier »", "Ticket imprimé"],
           ["30 septembre 2026", "Réponse ironique au DRH d'un client qui signalait une erreur de bulletin",
            "Ticket 51077 et plainte du client"],
           ["4 novembre 2026", "Ticket clos sans réponse, en écrivant en note interne « qu'ils se débrouillent »",
            "Ticket 53390"],
           ["24 novembre 2026", "Export de la base salariés d'un client vers un drive personnel, contraire à la "
            "charte article 6", "Rapport sécurité, journal des accès"]]),
        H(1, "6. S'il conteste, que répondre ?", {"questions-objections": "ok"}),
        T([["Ce qu'il peut dire", "Ma réponse"],
           ["« Je travaillais chez moi le soir, il me fallait le fichier »",
            "Le VPN permettait d'y accéder sans le copier ; la charte l'interdit et il l'a signée."],
           ["« Les clients étaient insupportables »",
            "Je comprends la pression, elle est réelle ; le ton des réponses reste de sa responsabilité."],
           ["« Vous avez refusé mon temps partiel »", "Je l'entends et je le note ; ce n'est pas l'objet de l'entretien."],
           ["« Qu'est-ce qui va m'arriver ? »", "La décision sera écrite, au plus tôt le 17 décembre ; je ne peux pas en dire plus."]]),
        H(1, "7. La fin de l'entretien", {"closing-follow-up": "ok"}),
        P("Avant de conclure, je lui demande s'il veut ajouter quelque chose et je laisse la parole à la personne qui "
          "l'assiste. Je résume ce que j'ai entendu de sa version, en particulier ses explications sur le travail du "
          "soir, pour qu'il sache qu'elles seront transmises. Je rappelle que la mise à pied conservatoire continue, "
          "qu'aucune décision n'est prise et qu'il recevra un courrier recommandé. Je le raccompagne à l'accueil. "
          "Ensuite, Agnès et moi relisons les notes et les signons le jour même. Je prends dix minutes seule avant de "
          "retourner voir l'équipe, pour ne rien laisser paraître."),
        H(1, "8. Qui prévenir ensuite", {}),
        P("L'équipe support sait seulement que Thomas est absent. Je ne dis rien de plus tant que la décision n'est pas "
          "prise. Le client dont le fichier a été exporté est informé par le DPO, pas par moi."),
        H(1, "9. Mon auto-évaluation", {"criteria-self-check": "empty"}),
    ],
    missing=["note-taking-grid"],
)
