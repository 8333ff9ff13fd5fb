from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. python-docx,
    français, écrit de zéro : la cheffe de bassin du centre aquatique de Vichy prépare l'entretien de remotivation
    d'un maître-nageur de douze ans d'ancienneté, écarté du poste d'adjoint au printemps. Titres de la cheffe,
    plusieurs en question ; le déroulé en tableau ; les pistes trouvées ensemble et le plan d'action sous un seul
    titre avec un tableau (fusion) ; la fin de l'entretien en trois phrases (thin) ; une grille de notes vide de
    réponses mais avec ses questions, sous un titre en gras et en majuscules sans style de titre ; pas d'autocontrôle final (missing).""",
    title="Entretien avec Kévin – retrouver l'envie",
    cover=["Centre aquatique municipal de Vichy", "Préparé par Nathalie Royer, cheffe de bassin – décembre 2026"],
    blocks=[
        H(1, "Avant de le recevoir", {"preparation": "ok"}),
        P("Kévin Bessière est maître-nageur sauveteur au centre aquatique depuis douze ans. Il a formé la moitié "
          "de l'équipe actuelle et les familles le réclament pour les cours d'enfants. Au printemps, il s'est "
          "présenté au poste d'adjoint au chef de bassin ; la direction a choisi une candidate extérieure. Depuis, "
          "je le vois changer : il arrive juste à l'heure au lieu d'un quart d'heure avant, il ne propose plus "
          "rien en réunion et il a refusé en octobre de tutorer les deux nouveaux saisonniers."),
        P("Je ne veux pas en faire un entretien de reproches : son travail reste sérieux et la sécurité n'est pas "
          "en cause. Je veux comprendre ce qui s'est cassé et voir avec lui ce qui pourrait lui redonner du sens. "
          "J'ai relu sa fiche de poste, son dernier entretien annuel et le compte rendu du jury de recrutement, "
          "pour pouvoir lui dire honnêtement pourquoi il n'a pas été retenu. J'ai aussi vérifié ce que je peux "
          "proposer sans l'accord du directeur : le planning des cours, les formations du plan 2027 et le rôle de "
          "référent secourisme, vacant depuis septembre."),
        P("Rendez-vous le mardi 8 décembre à 14 heures, dans mon bureau, pendant la fermeture du bassin sportif. "
          "J'ai bloqué une heure et coupé le téléphone."),
        H(1, "Comment je lance la discussion ?", {"opening": "ok"}),
        P("Je commence par le remercier de venir et par lui dire pourquoi je l'ai invité : je tiens à lui, à ce "
          "qu'il apporte à l'équipe, et j'ai l'impression qu'il va moins bien depuis quelques mois. Je précise que "
          "ce n'est pas un entretien disciplinaire, qu'il n'y aura rien dans son dossier et que l'heure est à lui. "
          "Je lui explique ce que j'espère : que nous repartions avec une ou deux choses concrètes qui lui donnent "
          "envie de revenir le matin. Puis je lui laisse la parole avec une question ouverte sur ses derniers mois."),
        H(1, "Le déroulé que je me suis fixé", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Durée"],
           ["Accueil", "café, raison de l'entretien, cadre bienveillant", "5 min"],
           ["Son regard", "je l'écoute raconter ses derniers mois sans l'interrompre", "15 min"],
           ["Les faits", "je rappelle ce qu'il fait bien et ce que j'ai remarqué", "10 min"],
           ["Les pistes", "nous cherchons ensemble ce qui peut changer", "20 min"],
           ["Fin", "résumé, engagements, date du prochain point", "10 min"]]),
        H(1, "Ce que je lui dirai de son travail et de ce que j'ai vu", {"facts": "ok"}),
        P("Je rappellerai d'abord ses missions telles que nous les avons écrites : la surveillance des bassins, "
          "les cours de natation enfants et adultes, la formation continue des collègues au sauvetage et l'accueil "
          "des nouveaux saisonniers. Sur la surveillance et les cours, il n'y a rien à redire, et je le lui dirai : "
          "les parents l'ont encore cité dans l'enquête de satisfaction de septembre."),
        P("Puis je décrirai ce que j'ai observé, daté, sans jugement : il ne vient plus aux réunions du jeudi "
          "depuis le 3 octobre, il a refusé le tutorat des saisonniers le 14 octobre, et deux collègues m'ont dit "
          "qu'il ne répondait plus à leurs questions sur les exercices de secourisme. Je dirai que ces faits me "
          "surprennent parce qu'ils ne lui ressemblent pas, et je lui demanderai s'il les voit de la même manière."),
        H(1, "Écouter vraiment", {"active-listening": "ok"}),
        P("Pendant qu'il parle, je me tais. Je reformule avec ses mots ce que j'entends, surtout sur la déception "
          "du recrutement : « si je comprends bien, tu as eu le sentiment que douze ans ne comptaient pas ». Je "
          "laisse les silences, je ne me justifie pas à la place de la direction. Je lui montre que sa colère est "
          "légitime, même si la décision reste la même."),
        P("Je note ce qui revient plusieurs fois et je pose des questions ouvertes : qu'est-ce qui te plaisait le "
          "plus il y a deux ans ? Qu'est-ce qui te manque aujourd'hui ? Si je sens qu'il se ferme, je ralentis et "
          "je reviens à ce qu'il aime dans le métier, les enfants et le sauvetage."),
        H(1, "Qu'est-ce qu'on change, concrètement ?", {"co-built-solutions": "ok", "action-plan": "ok"}),
        P("J'arrive avec trois idées mais je ne les pose qu'après l'avoir entendu, et je garde celles qui viennent "
          "de lui. La première : lui confier le rôle de référent secourisme, qui lui donne une place reconnue "
          "dans l'équipe et une prime de fonction. La deuxième : l'inscrire à la formation de chef de bassin du "
          "CNFPT au printemps, pour qu'il soit prêt au prochain poste. La troisième : lui laisser construire le "
          "nouveau cours de nage en eau libre prévu pour l'été. Nous choisissons ensemble et nous écrivons le plan."),
        T([["Action", "Qui", "Quand", "Comment on sait que c'est fait"],
           ["Nomination référent secourisme", "Nathalie, avec accord du directeur", "janvier 2027", "note de service"],
           ["Inscription formation chef de bassin", "Kévin", "avant le 15 février", "convocation reçue"],
           ["Projet de cours en eau libre", "Kévin", "présenté en avril", "programme et budget sur mon bureau"],
           ["Retour aux réunions du jeudi", "Kévin", "dès janvier", "présent trois jeudis sur quatre"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume ce que nous avons décidé et je le remercie de sa franchise. Nous fixons un point le 2 février "
          "pour voir où nous en sommes."),
        B("MES NOTES PENDANT L'ENTRETIEN", {"note-taking-grid": "ok"}),
        T([["Ce que je veux noter", "Ses mots", "Ma réaction"],
           ["Comment il raconte le recrutement", "", ""],
           ["Ce qui lui manque dans le poste", "", ""],
           ["Les idées qu'il propose lui-même", "", ""],
           ["Ce qu'il accepte, ce qu'il refuse", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
