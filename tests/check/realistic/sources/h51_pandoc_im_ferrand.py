from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="pandoc",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French. Claire Ferrand manages the bookkeeping team of Ferrand & Associés, an accounting firm of 31 people in
    Aurillac; Mélanie, assistant accountant for eight years, has stopped volunteering since the firm moved to a new
    accounting software and her client portfolio was cut. Question and paraphrased headings; the part on what she
    will do to listen is a few lines (thin); an extra section of her own on what she will avoid saying.""",
    title="Préparer l'entretien avec Mélanie",
    cover=["Ferrand & Associés, expertise comptable – Aurillac", "Claire Ferrand, responsable du pôle tenue – novembre 2026"],
    blocks=[
        H(2, "Où en est-on avant de se voir ?", {"preparation": "ok"}),
        P("Le pôle tenue comptable du cabinet compte sept personnes qui suivent environ 420 dossiers d'artisans, de "
          "commerçants et d'agriculteurs du Cantal. Mélanie y est assistante comptable depuis 2018. Jusqu'à cette "
          "année, elle gérait seule une soixantaine de dossiers d'agriculteurs, qu'elle connaît par cœur, et c'est "
          "vers elle que les nouveaux venus se tournaient pour les questions de TVA agricole."),
        P("En mai, nous avons changé de logiciel de production et réparti autrement les portefeuilles : Mélanie a "
          "perdu vingt dossiers au profit d'un collaborateur arrivé en mars. Depuis, elle ne propose plus son aide, "
          "elle a refusé de participer à la formation des stagiaires et ses bilans sont rendus en retard pour la "
          "première fois : neuf sur trente-huit au 30 septembre. Elle n'a rien dit de particulier, mais une collègue "
          "m'a confié qu'elle se sentait « mise de côté »."),
        P("Je prends avec moi le tableau des échéances, sa fiche de poste, le compte rendu de son entretien annuel de "
          "janvier, où elle disait vouloir évoluer vers la révision, et la liste des dossiers réaffectés. Je réserve "
          "une heure et quart le jeudi matin, dans la salle de réunion du rez-de-chaussée, téléphone coupé. Je veux "
          "sortir de cet entretien en comprenant ce qu'elle vit et avec deux ou trois engagements concrets de part et "
          "d'autre."),
        H(2, "Les premières minutes", {"opening": "ok"}),
        P("Je commencerai simplement : « Mélanie, merci d'avoir pris ce temps. Je voulais qu'on se parle parce que "
          "j'ai l'impression que les derniers mois ont été difficiles pour toi, et que j'y suis sans doute pour "
          "quelque chose avec le changement de portefeuille. Ce n'est pas un entretien de recadrage. Je veux "
          "comprendre comment tu vis les choses et voir avec toi ce qu'on peut changer. » Je lui dirai aussi que "
          "l'heure lui appartient autant qu'à moi et que rien de ce qu'elle dira ne sortira de la pièce sans son "
          "accord."),
        H(2, "Le déroulé que je prévois", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Durée"],
           ["Accueil", "Rappeler le but, rassurer sur le cadre", "5 min"],
           ["Écoute", "Lui laisser raconter ses derniers mois", "20 min"],
           ["Faits", "Partager les échéances et les dossiers réaffectés", "10 min"],
           ["Pistes", "Chercher ensemble ce qui peut changer", "25 min"],
           ["Conclusion", "Reformuler les engagements, fixer la date du point suivant", "10 min"]]),
        H(2, "Ce qu'on attend d'elle et ce que j'ai constaté", {"facts": "ok"}),
        P("Sa mission reste la tenue et la préparation des bilans de ses dossiers, le contact courant avec les "
          "clients et l'appui aux collaborateurs sur la fiscalité agricole. Je rappellerai ces trois volets avant de "
          "parler des chiffres, pour qu'elle voie que son rôle n'a pas été réduit sur le papier. Je "
          "lui demanderai aussi si elle les décrirait de la même façon, car le changement de logiciel a pu déplacer "
          "une partie de son travail vers des saisies qu'elle ne faisait pas avant."),
        P("Les faits que je partagerai sont précis et datés : neuf bilans rendus après l'échéance interne du 30 "
          "septembre, alors qu'elle n'en avait manqué aucun en 2025 ; son refus de tutorer les deux stagiaires en "
          "septembre ; sa présence en silence aux trois dernières réunions d'équipe. Je dirai aussi ce qui va bien : "
          "aucun client ne s'est plaint, et ses dossiers agricoles restent les plus propres du pôle. Je ne "
          "m'appuierai sur aucun propos rapporté par ses collègues."),
        H(2, "Écouter vraiment", {"active-listening": "thin"}),
        P("Je la laisserai parler sans interrompre, je reformulerai ce qu'elle dit et je noterai ses mots exacts. "
          "Si elle parle de la réaffectation, je ne me justifierai pas tout de suite."),
        H(2, "Quelles solutions chercher avec elle ?", {"co-built-solutions": "ok"}),
        P("Je ne viendrai pas avec une solution toute faite. Je lui demanderai d'abord ce qui, selon elle, l'aiderait "
          "à retrouver l'envie. J'ai tout de même quelques pistes à mettre sur la table si elle n'en a pas : lui "
          "rendre une partie des dossiers agricoles, ou lui confier le rôle de référente fiscalité agricole pour "
          "tout le pôle, avec deux heures par semaine dédiées. Son souhait d'aller vers la révision peut aussi "
          "devenir un projet : suivre la formation interne de révision au printemps et réviser quatre dossiers "
          "d'un collègue dès le deuxième semestre. Enfin, si le nouveau logiciel la ralentit, une demi-journée avec "
          "l'éditeur peut régler une partie des retards. Nous choisirons ensemble ce qui lui parle."),
        H(2, "Engagements de chacune", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Suivi"],
           ["Rendre dix dossiers agricoles", "Claire", "1er janvier", "liste validée ensemble"],
           ["Référente fiscalité agricole, deux heures par semaine", "Mélanie", "dès janvier", "point mensuel"],
           ["Inscription à la formation révision", "Claire", "15 décembre", "attestation"],
           ["Demi-journée logiciel avec l'éditeur", "Mélanie", "fin décembre", "retards de bilans en février"]]),
        H(2, "Et après ?", {"closing-follow-up": "ok"}),
        P("Avant de nous quitter, je reprendrai les engagements un par un et je lui demanderai si elle s'y retrouve. "
          "Je la remercierai d'avoir parlé franchement et je lui dirai que je compte sur elle, pas seulement sur ses "
          "bilans. Nous fixerons ensemble un point de trente minutes le jeudi 22 janvier pour voir où nous en sommes, "
          "et je lui enverrai le soir même un court mail qui résume ce que nous avons décidé. "
          "Si elle le souhaite, elle pourra le compléter ou le corriger avant que je le classe dans son dossier."),
        H(2, "Ce que je m'interdis", {}),
        P("Comparer son travail à celui du nouveau collaborateur, parler de ses retards devant d'autres, ou promettre "
          "une évolution de salaire que je ne peux pas décider seule : l'associé gérant valide les augmentations en "
          "mars. Je ne parlerai pas non plus de sa vie personnelle si elle ne l'aborde pas elle-même."),
        H(2, "Ma grille de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'elle dit", "Ce que je perçois", "À creuser"],
           ["Début", "", "tension, bras croisés ?", "ce qu'elle attend de l'entretien"],
           ["Réaffectation", "", "", "comment elle l'a apprise"],
           ["Pistes", "", "", "ce qui l'intéresse le plus"]]),
        H(2, "Après coup : ai-je tenu mon rôle ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Remarque"],
           ["J'ai annoncé clairement pourquoi nous nous voyions", "", ""],
           ["Je l'ai laissée parler plus que moi", "", "viser deux tiers du temps"],
           ["J'ai rappelé ses missions et les faits, sans jugement", "", ""],
           ["Des pistes sont sorties d'elle, pas seulement de moi", "", ""],
           ["Elle repart avec une date de suivi", "", ""]]),
    ],
)
