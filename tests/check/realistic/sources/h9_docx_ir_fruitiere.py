from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the director of a Savoyard cheese cooperative prepares the interview of a candidate for its
    new quality manager post. The director's own headings, some in heading styles, three as bold Normal
    paragraphs (one numbered, one in upper case); the behavioural questions in a question table; motivation and
    the candidate's own questions merged under one heading; the closing is two sentences (thin); no
    note-taking grid (missing); the self-check heading left with nothing under it (empty).""",
    title="Coopérative laitière du Beaufortain – Recrutement d'un(e) responsable qualité",
    cover=["Préparé par Agnès Perrier, directrice", "Entretien avec Mme Léa Ducret, mardi 15 décembre 2026, 10 h"],
    blocks=[
        H(1, "Avant de la recevoir", {"preparation": "ok"}),
        P("La coopérative collecte le lait de quarante-deux exploitations et fabrique environ 900 tonnes de "
          "beaufort par an dans deux ateliers, à Beaufort et à Hauteluce. Jusqu'ici, la qualité était suivie par "
          "le chef fromager, qui part à la retraite en juin. Les audits de l'appellation sont devenus plus "
          "exigeants, un client de la grande distribution demande une certification IFS, et nous avons eu deux "
          "lots déclassés l'hiver dernier pour des défauts de croûte. Nous créons donc un vrai poste de "
          "responsable qualité, rattaché à la direction."),
        P("J'ai relu le CV de Léa Ducret deux fois et noté ce que je veux vérifier : ses cinq ans dans une "
          "fromagerie industrielle du Jura, sa pratique des audits IFS, et sa capacité à travailler avec des "
          "fromagers qui ont trente ans de métier et peu de goût pour les procédures. J'ai demandé au président "
          "du conseil, Gilles Mollier, d'être présent pour la seconde moitié. La salle de réunion de Beaufort est "
          "réservée, j'ai imprimé la fiche de poste et le dernier rapport d'audit, et je prévois une visite de la "
          "cave à la fin si l'échange se passe bien. Je veux sortir de l'entretien en sachant si elle saura se "
          "faire accepter en cave, pas seulement si elle connaît les normes."),
        B("1. Accueil", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'entrée de la fromagerie, pas à l'accueil, pour qu'elle voie tout de suite "
          "l'atelier. Une fois assises, je lui explique le déroulement : une heure environ, d'abord son parcours, "
          "puis des situations concrètes, puis ses questions, et le président nous rejoindra pour la dernière "
          "demi-heure. Je lui dis franchement pourquoi le poste existe, les deux lots déclassés compris, parce "
          "qu'elle l'apprendra de toute façon et que je préfère qu'elle sache où elle met les pieds. Je précise "
          "que nous voyons trois personnes et que la réponse viendra avant Noël."),
        H(2, "Comment j'organise l'heure", {"interview-phases": "ok"}),
        T([["Durée", "Temps", "Qui parle surtout"],
           ["5 min", "accueil et cadre", "moi"],
           ["15 min", "son parcours, ses choix", "elle"],
           ["20 min", "cas concrets tirés de la cave", "elle, je relance"],
           ["10 min", "ses questions, avec le président", "elle"],
           ["10 min", "visite de la cave et suite", "nous deux"]]),
        H(1, "Le poste en quelques lignes", {"job-summary": "ok"}),
        T([["Ce qu'elle fera", "Ce qu'il faut savoir faire"],
           ["tenir le plan HACCP des deux ateliers", "maîtrise des normes d'hygiène laitière"],
           ["préparer et conduire l'audit IFS de 2027", "une certification déjà menée au bout"],
           ["suivre les analyses du lait à la collecte", "lire un résultat de laboratoire, dialoguer avec les éleveurs"],
           ["former les fromagers aux nouvelles procédures", "patience, pédagogie, sens du terrain"]]),
        H(1, "Mises en situation", {"star-questions": "ok"}),
        T([["Question", "Ce que j'écoute dans la réponse"],
           ["Racontez-moi une non-conformité grave que vous avez eu à gérer : qu'avez-vous fait, dans quel ordre ?",
            "si elle décrit la situation, ses actes à elle et le résultat, chiffres compris"],
           ["Un fromager expérimenté refuse de remplir une fiche de suivi. Comment avez-vous déjà fait face à ça ?",
            "un exemple réel, pas une théorie ; comment elle a obtenu l'adhésion"],
           ["Parlez-moi d'un audit qui s'est mal passé.", "ce qu'elle en a appris, si elle rejette la faute"],
           ["Quand avez-vous dû arrêter une production ?", "son sang-froid, avec qui elle a décidé"]]),
        B("POURQUOI NOUS, ET CE QU'ELLE VEUT SAVOIR", {"motivation": "ok", "candidate-questions": "ok"}),
        P("Je veux comprendre pourquoi une ingénieure qui travaille dans un grand groupe veut rejoindre une "
          "coopérative de montagne de trente salariés. Je lui demanderai ce qui l'attire dans le beaufort, ce "
          "qu'elle attend en salaire et en autonomie, et si le déménagement en Savoie est déjà décidé pour sa "
          "famille. Si sa réponse ne parle que du cadre de vie, je creuserai : le poste est exigeant et l'hiver "
          "est long. Ensuite je lui laisse tout le temps qu'elle veut pour ses propres questions, avec le "
          "président. Je m'attends à des questions sur le budget du laboratoire, sur l'équipe qu'elle aurait "
          "sous sa responsabilité, qui se limite à une technicienne à mi-temps, et sur la place de la qualité "
          "face aux fromagers. Je réponds honnêtement, y compris sur ce qui n'est pas encore prêt. La qualité de "
          "ses questions m'en dira autant que ses réponses."),
        B("2. Pour finir", {"closing-follow-up": "thin"}),
        P("Visite de la cave, puis je la raccompagne. Réponse par téléphone avant le 22 décembre."),
        H(1, "Ma grille de notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["expérience des audits et de l'IFS", "30 %", "", "à noter pendant l'entretien"],
           ["relation avec les fromagers", "30 %", "", "à noter pendant l'entretien"],
           ["rigueur et méthode", "20 %", "", "à noter pendant l'entretien"],
           ["motivation pour la coopérative", "20 %", "", "à noter pendant l'entretien"]]),
        H(1, "Après coup : me suis-je bien débrouillée ?", {"criteria-self-check": "empty"}),
    ],
    missing=["note-taking-grid"],
)
