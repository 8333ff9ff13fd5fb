from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="pandoc",
    language="fr",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French, the lead developer of a Nantes web agency prepares the yearly review of a front-end developer. Every
    heading is numbered in Roman figures (I. to X.); the look back at the year and the objectives table share one
    heading (merged); the career part is three short bullets (thin); the note grid is prepared with its columns
    but nothing written in it (empty); no self-check against the criteria (missing).""",
    title="Entretien annuel de Yanis Benali – guide de l'entretien",
    cover=["Octave Studio, Nantes – entretien du 8 décembre 2026",
           "Préparé par Claire Morvan, responsable technique"],
    blocks=[
        H(1, "I. Avant le jour J", {"preparation": "ok"}),
        P("Yanis est développeur front-end chez Octave Studio depuis septembre 2024. Il travaille sur les sites "
          "et applications de nos clients culturels, principalement le Lieu Unique et le festival des Rendez-vous "
          "de l'Erdre, et il a repris cette année la maintenance de la billetterie du théâtre de Saint-Nazaire. "
          "C'est son deuxième entretien annuel, le premier avec moi puisque je suis arrivée en février."),
        P("Pour préparer l'heure que nous passerons ensemble, j'ai relu le compte rendu de l'entretien de 2025 et "
          "les trois objectifs qui y avaient été fixés, les retours des deux chefs de projet avec qui il a le "
          "plus travaillé, et les chiffres de nos outils : tickets traités, revues de code, incidents en "
          "production. J'ai aussi demandé à Yanis, trois semaines avant, de remplir notre fiche "
          "d'auto-évaluation, qu'il m'a rendue lundi. Je l'ai lue sans la commenter, pour en parler avec lui."),
        P("La salle du deuxième étage est réservée de 10 h à 11 h 30, loin de l'open space, téléphones rangés. Je "
          "prévois une demi-heure de marge : l'an dernier, d'après ses notes, l'entretien avait été coupé par une "
          "mise en production urgente, et Yanis l'avait mal vécu. Cette fois, Théo assure l'astreinte ce matin-là."),
        H(1, "II. Les premières minutes", {"opening": "ok"}),
        P("J'ouvrirai en remerciant Yanis pour sa fiche, très complète, et en rappelant ce que nous allons faire : "
          "regarder ensemble l'année écoulée, nous mettre d'accord sur ce qui a marché et ce qui a coincé, puis "
          "fixer trois ou quatre objectifs pour 2027 et parler de ce dont il a besoin pour progresser. Je lui "
          "dirai aussi clairement ce que l'entretien n'est pas : ce n'est pas le moment de la révision des "
          "salaires, qui a lieu en mars. Je veux qu'il sache dès le début que son travail sur la billetterie a "
          "été remarqué par le client, pour que la suite se passe dans la confiance, même quand nous parlerons "
          "des délais."),
        H(1, "III. Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Minutes", "Étape", "Ce que je fais", "Ce que j'attends de Yanis"],
           ["0-5", "accueil", "cadre, durée, objectif de l'échange", "qu'il pose ses questions sur le déroulement"],
           ["5-25", "retour sur l'année", "je le laisse parler d'abord, puis je donne mon avis", "son regard sur ses projets"],
           ["25-40", "compétences", "on compare sa fiche et mon évaluation ligne à ligne", "qu'il dise où il n'est pas d'accord"],
           ["40-55", "objectifs 2027", "je propose, on ajuste ensemble", "des objectifs qu'il juge atteignables"],
           ["55-70", "formation et envies", "j'écoute, je note, je ne promets rien que je ne puisse tenir", "ses souhaits"],
           ["70-80", "clôture", "je résume, je fixe la date de suivi", "son accord sur le compte rendu"]]),
        H(1, "IV. 2026 : ce qui a été fait, objectif par objectif", {"year-review": "ok", "objectives-achieved": "ok"}),
        P("L'année de Yanis a été chargée. Il a livré la nouvelle version du site du festival en avril, à temps "
          "pour l'ouverture de la billetterie, et il a repris seul la maintenance de la billetterie de "
          "Saint-Nazaire, un code ancien que personne ne voulait toucher. Les deux chefs de projet saluent sa "
          "rigueur et sa patience avec les clients. Deux points sont moins bons : il a sous-estimé plusieurs fois "
          "la durée de ses tâches, ce qui a décalé deux livraisons de quelques jours, et il demande rarement de "
          "l'aide quand il bloque. Je veux l'entendre sur ces deux points avant de donner mon avis, car sa fiche "
          "dit qu'il s'est senti seul sur la billetterie pendant l'été."),
        T([["Objectif fixé en 2025", "Résultat", "Atteint ?", "Commentaire"],
           ["Livrer le site du festival avant le 15 avril", "livré le 9 avril", "oui", "aucune anomalie bloquante"],
           ["Passer l'accessibilité des sites clients au niveau AA", "3 sites sur 5", "en partie", "les deux restants sont prévus en janvier"],
           ["Faire au moins deux revues de code par semaine", "1,2 en moyenne", "non", "manque de temps en été, à reprendre"]]),
        H(1, "V. Savoir-faire et savoir-être", {"skills": "ok"}),
        T([["Compétence", "Son avis", "Mon avis", "À retenir"],
           ["Développement front-end (React, CSS)", "très bon", "très bon", "référent de l'équipe sur le CSS"],
           ["Accessibilité", "bon", "bon", "a formé deux collègues"],
           ["Estimation des tâches", "à améliorer", "à améliorer", "sous-estime de 30 % en moyenne"],
           ["Relation client", "bon", "très bon", "les clients le demandent"],
           ["Demander de l'aide", "non évalué", "à améliorer", "à discuter sans reproche"]]),
        H(1, "VI. Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Échéance"],
           ["Terminer la mise en accessibilité AA des deux derniers sites clients", "audit RGAA sans non-conformité majeure", "31 mars 2027"],
           ["Estimer ses tâches à 15 % près", "écart moyen estimé / réel dans l'outil de tickets", "bilan au 30 juin 2027"],
           ["Animer une revue de code d'équipe par quinzaine", "22 revues dans l'année", "31 décembre 2027"],
           ["Documenter la billetterie pour qu'un second développeur la reprenne", "Théo autonome sur une mise en production", "30 septembre 2027"]]),
        H(1, "VII. Se former", {"training": "ok"}),
        T([["Besoin", "Action", "Quand", "Financement"],
           ["Mieux estimer", "atelier interne d'estimation avec les chefs de projet", "février", "interne"],
           ["Accessibilité avancée", "certification Opquast", "printemps", "plan de formation"],
           ["Transmettre", "binôme avec Théo sur la billetterie", "toute l'année", "temps de travail"]]),
        H(1, "VIII. Et après ?", {"career-wishes": "thin"}),
        L(["Veut rester sur le front-end, pas devenir chef de projet",
           "Intéressé par un rôle de référent accessibilité",
           "À reposer dans un an : passage en développeur confirmé"]),
        H(1, "IX. Pour finir", {"closing-follow-up": "ok"}),
        P("Je résumerai en trois phrases ce que nous avons décidé : les objectifs de 2027, les deux formations et "
          "le binôme avec Théo. Je demanderai à Yanis s'il a une question ou un désaccord qu'il n'a pas encore "
          "dit, et je lui laisserai le temps de répondre. Le compte rendu lui sera envoyé sous une semaine ; il "
          "pourra y ajouter ses commentaires avant de le signer. Nous ferons un point de trente minutes fin mars "
          "sur l'accessibilité et l'estimation, puis un autre en juin. Je finirai en lui disant que je compte sur "
          "lui pour faire de l'accessibilité un point fort de l'agence, parce que c'est vrai."),
        H(1, "X. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        T([["Moment", "Ce qu'il dit", "Ce que j'observe", "À reprendre"],
           ["", "", "", ""],
           ["", "", "", ""],
           ["", "", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
