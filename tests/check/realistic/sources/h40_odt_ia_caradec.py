from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 40 (h40_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, in French: Claire Le Goff, responsable du bureau d'études des Ateliers Caradec
    (menuiserie d'agencement, 64 salariés, Quimper), prépare l'entretien annuel de Théo Marchal, technicien CAO
    depuis trois ans. Titres de l'autrice, avec une partie
    d'introduction à elle ; le bilan chiffré (objectifs atteints, compétences, objectifs 2027, formation) est rangé
    au niveau 2 sous un titre de partie à elle, « Le bilan, pièce par pièce », qui n'a pas de texte propre ; les
    souhaits d'évolution sont sous une ligne en gras, sans style de titre. Ces souhaits tiennent en quelques lignes (thin). Aucune grille d'auto-évaluation du manager sur les critères en fin de guide
    (missing).""",
    title="Entretien annuel – Théo Marchal, bureau d'études",
    cover=["Ateliers Caradec, Quimper – guide préparé par Claire Le Goff", "Entretien prévu le 14 janvier 2027, 10 h, salle Odet"],
    blocks=[
        H(1, "Pourquoi ce guide"),
        P("Je mène cette année onze entretiens. Celui de Théo est le premier, et le plus délicat : il a porté seul "
          "le passage au nouveau logiciel de conception alors qu'il espérait une promotion qui n'est pas venue. "
          "J'écris ce guide pour ne rien oublier et pour garder le même fil avec chacun."),
        H(1, "Avant de m'asseoir avec Théo", {"preparation": "ok"}),
        P("Je relis sa fiche de poste de technicien CAO, signée en mars 2024, et le compte rendu de l'entretien "
          "de l'an dernier, où nous avions fixé trois objectifs : réduire les retours de l'atelier sur plans, "
          "former deux collègues à TopSolid et prendre en charge les dossiers de la chaîne d'hôtels Ker Avel. "
          "Je récupère auprès de Yann, chef d'atelier, le nombre de plans renvoyés pour erreur (43 en 2025, 17 en "
          "2026) et je demande aux deux collègues formés ce qu'ils en ont retenu."),
        P("J'envoie à Théo, quinze jours avant, le support d'auto-évaluation et je lui propose de noter ce dont il "
          "veut parler. Je bloque une heure et demie, sans téléphone, dans la salle Odet plutôt que dans mon "
          "bureau vitré. Je prépare aussi la réponse sur la promotion : la direction a gelé les postes de "
          "projeteur jusqu'en septembre, je dois le lui dire franchement et venir avec ce qui reste possible. "
          "Enfin, je note les faits précis que je veux citer, en bien comme en moins bien, pour ne pas parler "
          "d'impressions."),
        H(1, "Ouvrir la discussion", {"opening": "ok"}),
        P("Je commence par le remercier pour l'année : sans lui, la bascule vers TopSolid n'aurait pas tenu le "
          "calendrier. Je rappelle que l'entretien sert à regarder ensemble l'année écoulée, à fixer ce que nous "
          "attendons pour 2027 et à parler de son avenir chez Caradec, y compris de la question du poste de "
          "projeteur. Je précise qu'il n'y a pas de note ni de surprise, que le compte rendu sera rédigé à deux et "
          "qu'il pourra y ajouter ses remarques avant de signer. Je lui demande enfin s'il veut commencer par un sujet qui lui tient à cœur."),
        H(1, "Comment se déroule l'heure et demie", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce que je fais", "Questions ouvertes prévues"],
           ["Accueil", "5 min", "café, rappel du but et du déroulé", "Comment arrives-tu à ce rendez-vous ?"],
           ["Bilan", "25 min", "Théo parle d'abord, je complète avec les chiffres", "De quoi es-tu le plus fier cette année ?"],
           ["Compétences", "20 min", "comparer nos deux grilles", "Où te sens-tu moins à l'aise ?"],
           ["Objectifs 2027", "20 min", "proposer, écouter, ajuster", "Qu'est-ce qui t'aiderait à y arriver ?"],
           ["Avenir", "15 min", "promotion, formation, envies", "Où te vois-tu dans deux ans ?"],
           ["Fin", "5 min", "résumer, dates de suivi", "Y a-t-il un sujet qu'on n'a pas abordé ?"]]),
        H(1, "L'année de Théo en quelques mots", {"year-review": "ok"}),
        P("2026 a été l'année du changement d'outil. Théo a migré 1 200 modèles de l'ancien logiciel, rédigé les "
          "gabarits de cotation et répondu aux questions de tout le bureau d'études pendant trois mois. Les "
          "retours de l'atelier pour erreur de plan sont passés de 43 à 17, ce que Yann attribue aux nouveaux "
          "gabarits. En revanche, le dossier Ker Avel a pris six semaines de retard : Théo a accepté des "
          "modifications du client sans me prévenir, et l'atelier a découvert les changements à la livraison "
          "des panneaux. Je veux en parler sans reproche, pour comprendre ce qui l'a empêché de lever la main. "
          "Il faut aussi dire que Théo a répondu à une soixantaine de demandes d'aide de ses collègues chaque mois, "
          "sans que ce temps apparaisse dans son plan de charge."),
        H(1, "Le bilan, pièce par pièce"),
        H(2, "Ce qui a été atteint (ou pas)", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Résultat", "Commentaire"],
           ["Réduire les retours de l'atelier sur plans", "moins de 25 retours par an", "17 retours", "atteint, grâce aux gabarits"],
           ["Former deux collègues à TopSolid", "deux collègues autonomes en juin", "Léa autonome, Bruno en cours", "partiellement atteint"],
           ["Porter le dossier Ker Avel", "livraison au 30 septembre", "livré le 12 novembre", "non atteint, modifications non remontées"]]),
        H(2, "Compétences : regards croisés", {"skills": "ok"}),
        T([["Compétence", "Auto-évaluation de Théo", "Mon regard", "Écart à discuter"],
           ["Maîtrise de TopSolid", "expert", "expert", "aucun"],
           ["Lecture des contraintes de fabrication", "bon", "très bon", "il se sous-estime"],
           ["Relation avec les clients", "bon", "à renforcer", "dossier Ker Avel"],
           ["Transmission aux collègues", "moyen", "bon", "Léa est autonome grâce à lui"]]),
        H(2, "Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Échéance", "Moyens"],
           ["Tenir les délais des dossiers hôtels", "100 % des jalons validés avec moi avant accord client", "décembre 2027", "point hebdomadaire de 15 min"],
           ["Finir la formation de Bruno", "Bruno conçoit seul un meuble de réception", "avril 2027", "une demi-journée par semaine"],
           ["Créer la bibliothèque de pièces standard", "300 pièces paramétrées", "septembre 2027", "40 jours dans le plan de charge"]]),
        H(2, "Se former", {"training": "ok"}),
        T([["Besoin", "Action", "Organisme", "Période"],
           ["Négocier avec un client", "stage de deux jours", "CCI Quimper", "mars 2027"],
           ["Gestion de projet d'agencement", "formation certifiante", "AFPA Brest", "automne 2027"]]),
        B("Et après ?", {"career-wishes": "thin"}),
        P("Théo veut devenir projeteur. Je lui explique le gel des postes jusqu'en septembre et je lui propose de "
          "prendre dès maintenant la coordination des dossiers hôtels, pour arriver prêt au prochain comité."),
        H(1, "Conclure et garder le lien", {"closing-follow-up": "ok"}),
        P("Avant de nous quitter, je résume à voix haute les trois objectifs, la formation retenue et ma réponse "
          "sur le poste de projeteur, et je lui demande s'il reformulerait quelque chose. Je lui envoie le "
          "compte rendu sous huit jours ; il a une semaine pour le compléter avant signature. Nous fixons deux "
          "points de suivi, fin avril et début juillet, et je lui rappelle qu'il peut demander un rendez-vous à "
          "tout moment s'il bloque sur un dossier. Je termine en lui disant ce que j'attends de moi-même pour l'aider cette année."),
        H(1, "Mes notes pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce que dit Théo", "Ce que je remarque", "À reprendre"],
           ["Ker Avel", "il ne voulait pas déranger", "il baisse les yeux", "fixer la règle des jalons"],
           ["Promotion", "il se sent oublié", "il attend du concret", "date du comité"],
           ["Charge", "trop de questions des collègues", "fatigue visible", "protéger deux matinées"]]),
    ],
    missing=["criteria-self-check"],
)
