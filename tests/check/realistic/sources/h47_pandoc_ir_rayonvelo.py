from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="pandoc",
    language="fr",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Rayon Vert, a cooperative of three bicycle repair workshops in Grenoble, recruits a workshop manager
    for its new site at Échirolles; the co-manager prepares the interview with Samia Rahmani, a mechanic from a
    sports chain. The author's own numbered headings, three in UPPER CASE; the phases are a numbered list; the
    job, the STAR questions, the notes and the scoring are tables; the candidate's questions and the ending share
    one heading (merged). The author deleted the self-check against the criteria (missing).""",
    title="Entretien de recrutement – responsable d'atelier, Rayon Vert Échirolles",
    cover=["Rayon Vert SCOP, Grenoble · préparé par Julien Marchetti, cogérant",
           "Jeux de rôle – entretien de recrutement (EB), décembre 2026"],
    blocks=[
        H(1, "1. CE QUE JE DOIS SAVOIR AVANT", {"preparation": "ok"}),
        P("Rayon Vert est une coopérative de réparation de vélos fondée en 2015 à Grenoble. Nous avons deux "
          "ateliers, cours Berriat et à la gare, quatorze salariés dont neuf associés, et 1,3 million d'euros de "
          "chiffre d'affaires. En mars 2027, nous ouvrons un troisième atelier à Échirolles, à côté du nouveau "
          "parking vélo de la métropole, avec un contrat d'entretien de 400 vélos de service d'entreprises. Le "
          "responsable de cet atelier encadrera trois mécaniciens, gérera le planning, les commandes de pièces "
          "et la relation avec les entreprises clientes."),
        P("J'ai reçu quarante-deux candidatures ; Samia Rahmani est la troisième des quatre personnes que nous "
          "recevons. Elle est mécanicienne depuis huit ans dans l'atelier d'une grande enseigne de sport, où elle "
          "forme les nouveaux arrivants depuis deux ans, mais elle n'a jamais encadré officiellement ni géré de "
          "budget. Sa lettre parle beaucoup de vélo cargo et d'électrique, ce qui nous intéresse. Avant "
          "l'entretien, je relis son CV, je prépare deux vélos en panne pour la mise en situation et je demande "
          "à Lucie, mécanicienne associée, de mener cette partie avec moi. Nous avons une heure quinze, dans le "
          "bureau de l'atelier Berriat."),
        H(1, "2. On commence comment ?", {"opening": "ok"}),
        P("Je vais la chercher moi-même à l'accueil et je lui fais traverser l'atelier pour qu'elle voie "
          "l'ambiance avant de s'asseoir. Une fois au bureau, je présente Lucie, je propose un café et j'annonce "
          "le programme : une demi-heure d'échange, un quart d'heure sur deux vélos à l'atelier, puis ses "
          "questions. Je lui dis aussi ce qui est particulier chez nous : c'est une coopérative, et si elle est "
          "retenue, elle pourra devenir associée au bout d'un an. Je précise que nous prendrons notre décision "
          "avant Noël et que nous rappellerons toutes les personnes reçues."),
        H(1, "3. Le fil de l'heure", {"interview-phases": "ok"}),
        L(["Accueil, présentation du déroulé (5 min)",
           "Son parcours, raconté par elle (10 min)",
           "Le poste et ce que nous attendons (5 min)",
           "Questions sur des situations vécues (15 min)",
           "Mise en situation sur deux vélos avec Lucie (15 min)",
           "Ses motivations et ses questions (15 min)",
           "Conclusion et suite (5 min)"]),
        H(1, "4. LE POSTE EN UN COUP D'ŒIL", {"job-summary": "ok"}),
        T([["Attendu", "Ce que cela veut dire chez nous", "Niveau"],
           ["Diagnostic et réparation", "tous vélos, y compris cargo et assistance électrique", "confirmé"],
           ["Encadrement", "trois mécaniciens, dont un apprenti", "à développer"],
           ["Planning et pièces", "tenir les délais de 48 h, commandes hebdomadaires", "bon"],
           ["Relation clients entreprises", "rendez-vous mensuel avec quatre entreprises", "à développer"],
           ["Esprit coopératif", "participer aux décisions, assemblée trimestrielle", "indispensable"]]),
        H(1, "5. Ses expériences, racontées", {"star-questions": "ok"}),
        T([["Compétence", "Question", "Ce que j'écoute"],
           ["Encadrement", "Racontez-moi la dernière fois que vous avez formé un nouveau collègue. Comment vous "
            "y êtes-vous prise ?", "une méthode, du temps pris, le résultat"],
           ["Organisation", "Un samedi de printemps, l'atelier est débordé : qu'avez-vous fait la dernière fois ?",
            "des priorités claires, les clients prévenus"],
           ["Relation client", "Parlez-moi d'un client mécontent que vous avez réussi à garder.",
            "l'écoute, une solution concrète"],
           ["Technique", "Quelle est la panne d'électrique la plus difficile que vous ayez réglée ?",
            "la démarche de diagnostic, pas seulement la solution"]]),
        H(1, "6. Pourquoi nous, pourquoi maintenant", {"motivation": "ok"}),
        P("Je veux comprendre ce qui la pousse à quitter une grande enseigne, avec un salaire sûr, pour une "
          "petite coopérative. Je lui demande ce qu'elle attend d'un poste de responsable et ce qui lui manque "
          "aujourd'hui. Si elle parle seulement de salaire ou d'horaires, je creuse ; si elle parle d'autonomie, "
          "de qualité du travail ou de l'envie de décider, cela correspond à ce que nous offrons. Je lui demande "
          "aussi comment elle se voit dans trois ans, et si devenir associée a un sens pour elle. Je reformule "
          "ce qu'elle dit pour vérifier que je l'ai bien comprise, et je laisse des silences."),
        H(1, "7. SES QUESTIONS, PUIS LA FIN", {"candidate-questions": "ok", "closing-follow-up": "ok"}),
        P("Je lui laisse au moins dix minutes pour ses questions et je note lesquelles elle pose, car elles "
          "disent beaucoup de ce qui compte pour elle. Je m'attends à des questions sur le salaire (2 350 euros "
          "brut au départ, 2 600 après la période d'essai), sur le statut d'associée et sur l'équipe "
          "d'Échirolles. Si elle n'en pose aucune, je lui demande ce qu'elle aimerait savoir de l'atelier."),
        P("Pour conclure, je la remercie, je résume en deux phrases ce que j'ai retenu de l'entretien et je lui "
          "redis le calendrier : nous décidons le 18 décembre, elle aura une réponse par téléphone le 19, quelle "
          "qu'elle soit. Si elle est retenue, elle passera une demi-journée dans l'atelier de la gare avant de "
          "signer. Je la raccompagne jusqu'à la porte de l'atelier."),
        H(1, "8. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Phase", "Ce qu'elle dit", "Ce que j'observe", "À creuser"],
           ["Parcours", "huit ans en atelier, formatrice depuis deux ans", "", ""],
           ["Situations vécues", "", "", ""],
           ["Mise en situation", "", "", ""],
           ["Motivations", "", "", ""]]),
        H(1, "9. Notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Technique (dont électrique et cargo)", "30 %", "", "noté par Lucie après les deux vélos"],
           ["Capacité à encadrer", "25 %", "", "sur les exemples concrets donnés"],
           ["Organisation", "20 %", "", ""],
           ["Relation avec les entreprises", "15 %", "", ""],
           ["Adhésion au projet coopératif", "10 %", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
