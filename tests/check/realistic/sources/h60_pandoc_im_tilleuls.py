from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="pandoc",
    language="fr",
    notes="""Held-out round 60, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the head of a veterinary clinic prepares a talk with an assistant whose drive has dropped. Numbered
    headings; the planned course of the talk is a table; the action plan is a short list under its own heading;
    the note grid heading is left with nothing under it (empty); no self-check against the criteria (missing).""",
    title="Clinique vétérinaire des Tilleuls – Entretien avec Camille",
    cover=["Guide préparé par Dr Antoine Ferrand, associé gérant – jeu de rôle, décembre 2026"],
    blocks=[
        H(1, "1. Avant l'entretien : ce que je sais", {"preparation": "ok"}),
        P("La clinique des Tilleuls, à Chambéry, emploie trois vétérinaires et cinq auxiliaires spécialisées "
          "vétérinaires (ASV). Camille y travaille depuis six ans ; elle a formé les deux dernières arrivées et "
          "c'est elle que les clients demandent au téléphone. Depuis septembre, plusieurs choses ont changé : elle "
          "arrive juste à l'heure alors qu'elle était toujours là en avance, elle ne participe plus aux réunions "
          "du jeudi et elle a refusé de s'occuper de la nouvelle salle de chirurgie, alors qu'elle l'avait "
          "demandée au printemps. Aucune erreur grave, mais deux oublis de rappel de vaccins en octobre, ce qui "
          "ne lui ressemble pas."),
        P("Je veux comprendre ce qui se passe, pas faire un recadrage. J'ai relu son dernier entretien annuel, où "
          "elle disait vouloir se former à l'anesthésie, et je me suis rendu compte que nous n'avions jamais donné "
          "suite. J'ai aussi vérifié les plannings : depuis le départ d'Inès en juillet, Camille a fait onze "
          "samedis sur seize. L'entretien aura lieu mardi à 14 h, pendant la fermeture, dans le bureau du fond, "
          "téléphone coupé ; je l'ai prévenue vendredi en lui disant qu'il s'agissait de parler de son travail et "
          "de ses envies, pour ne pas l'inquiéter tout le week-end."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je commence par la remercier d'être là et par dire clairement pourquoi je l'ai invitée : « Camille, "
          "je te trouve moins bien depuis la rentrée, et je tiens trop à toi dans l'équipe pour ne rien dire. Ce "
          "n'est pas un entretien disciplinaire. J'aimerais qu'on parle de ce qui a changé pour toi, et qu'on "
          "trouve ensemble ce qui pourrait t'aider. » J'annonce que nous avons environ trois quarts d'heure, que "
          "rien ne sera décidé sans elle et que je prendrai quelques notes qu'elle pourra relire. Je lui propose "
          "un café et je m'assois à côté d'elle, pas derrière le bureau."),
        H(1, "3. Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question de départ", "Durée"],
           ["Accueil", "poser le cadre, rassurer", "Comment vas-tu en ce moment ?", "5 min"],
           ["Rappel", "rappeler son rôle et ce que j'ai observé", "Est-ce que tu vois les choses comme moi ?", "10 min"],
           ["Écoute", "la laisser raconter, reformuler", "Qu'est-ce qui a changé pour toi depuis septembre ?", "15 min"],
           ["Pistes", "chercher des solutions à deux", "Qu'est-ce qui te redonnerait envie ?", "10 min"],
           ["Fin", "résumer, fixer la suite", "On se revoit quand ?", "5 min"]]),
        H(1, "4. Son rôle, et ce que j'ai constaté", {"facts": "ok"}),
        P("Je rappelle d'abord ce que Camille fait et qui compte pour la clinique : l'accueil et le conseil aux "
          "propriétaires, la préparation des consultations, l'assistance en chirurgie deux matinées par semaine, "
          "la gestion du stock de médicaments et la formation des nouvelles ASV. Je lui dis que ce travail est "
          "reconnu, exemples à l'appui : la procédure de stock qu'elle a écrite a divisé par deux les produits "
          "périmés."),
        P("Puis je donne les faits observés, sans les interpréter : elle ne vient plus aux réunions du jeudi "
          "depuis le 12 septembre ; elle a refusé la responsabilité de la salle de chirurgie le 3 octobre ; deux "
          "rappels de vaccins n'ont pas été envoyés en octobre, pour deux clients qui s'en sont plaints. Je "
          "m'arrête là et je lui demande si elle reconnaît ces faits, et comment elle les explique."),
        H(1, "5. Écouter Camille", {"active-listening": "ok"}),
        P("Pendant cette partie je parle le moins possible. Je pose des questions ouvertes, je laisse les "
          "silences, je reformule ce qu'elle dit pour vérifier que j'ai bien compris (« si je t'entends bien, ce "
          "sont surtout les samedis qui te pèsent ? »). Si elle parle de fatigue ou de sa vie personnelle, je ne "
          "creuse pas au-delà de ce qu'elle veut dire. Je m'attends à ce qu'elle évoque les samedis et la "
          "formation à l'anesthésie restée sans réponse ; si c'est le cas, je reconnais notre part de "
          "responsabilité plutôt que de me justifier. Je note ses mots exacts, pas mes conclusions. Avant de passer "
          "à la suite, je lui demande si elle a pu dire tout ce qu'elle voulait dire."),
        H(1, "6. Chercher ensemble des pistes", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qu'elle propose, avant de donner mes idées. J'ai préparé trois pistes à "
          "mettre sur la table seulement si elles répondent à ce qu'elle a dit : un roulement des samedis à une "
          "semaine sur trois dès janvier, grâce au recrutement d'une ASV en contrat de professionnalisation ; "
          "l'inscription à la formation d'assistante en anesthésie de l'école de Lyon, en mars, payée par la "
          "clinique ; et la salle de chirurgie confiée à deux, avec Léa, pour que la charge ne repose pas sur elle "
          "seule. On choisit ensemble ce qu'on garde, et elle peut en refuser. Si elle a une autre idée, même "
          "coûteuse, on l'étudie avant le prochain rendez-vous au lieu de la rejeter sur place."),
        H(1, "7. Qui fait quoi", {"action-plan": "ok"}),
        L(["Antoine : nouveau planning des samedis affiché avant le 20 décembre",
           "Antoine : inscription à la formation anesthésie envoyée avant le 15 janvier",
           "Camille : reprendre les réunions du jeudi à partir de janvier",
           "Camille et Léa : proposer l'organisation de la salle de chirurgie pour fin janvier"]),
        H(1, "8. Conclure et se revoir", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons dit et ce que nous avons décidé, en lui demandant si le résumé est "
          "juste. Je lui envoie le compte rendu le lendemain par courriel et elle peut le corriger. Nous fixons un "
          "point de suivi le mardi 2 février, même heure, pour voir si le nouveau planning a changé quelque chose "
          "et où en est la formation. Je termine en la remerciant pour sa franchise et en lui disant que ma porte "
          "reste ouverte avant cette date si quelque chose ne va pas."),
        H(1, "9. Mes notes pendant l'échange", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
