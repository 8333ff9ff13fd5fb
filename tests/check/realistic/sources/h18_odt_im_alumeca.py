from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 18 (h18_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the workshop manager of Aluméca, a joinery firm near Angers that makes and fits
    aluminium windows, prepares a motivation interview with Karim, a senior fitter of fourteen years whose
    commitment has dropped since the firm moved to fitting teams of two. Four headings in UPPER CASE, others
    paraphrased or asked as questions, numbered in Roman figures; the interview steps are a table, the note grid (an
    appendix) a table whose cells hold the cues she will watch for. The closing and follow-up is two
    sentences (thin). No self-assessment against the jury's criteria (missing). A short section of the author's own
    on what she must not say.""",
    title="Entretien de remotivation – Karim B., poseur senior",
    cover=["Guide préparé par Hélène Guérin, responsable d'atelier, Aluméca (Saint-Barthélemy-d'Anjou)",
           "Entretien prévu le jeudi 14 janvier 2027, 8 h 30, bureau de l'atelier"],
    blocks=[
        H(1, "I. AVANT L'ENTRETIEN", {"preparation": "ok"}),
        P("Karim est poseur chez Aluméca depuis 2012. Il a formé la moitié des poseurs actuels et les clients le "
          "demandent souvent par son prénom. Depuis septembre, nous posons en binômes fixes au lieu des équipes de "
          "trois, pour tenir les délais sur les chantiers de logements neufs. Karim fait équipe avec Lucas, "
          "arrivé il y a huit mois. Depuis ce changement, j'observe plusieurs choses : quatre retards le matin en "
          "novembre, alors qu'il n'en avait jamais ; deux réserves clients sur des finitions de joints, ce qui ne "
          "lui ressemble pas ; et il ne vient plus à la réunion du vendredi, où il donnait souvent son avis."),
        P("Mon objectif n'est pas de le sanctionner, mais de comprendre ce qui a changé pour lui et de retrouver "
          "ensemble ce qui le motivait. Je relis avant l'entretien sa fiche de poste, son dernier entretien annuel "
          "(où il demandait à transmettre davantage son savoir-faire) et le planning des chantiers de décembre. Je "
          "prévois quarante-cinq minutes, dans mon bureau, porte fermée, téléphone coupé. Je le préviens lundi, de "
          "vive voix, en lui disant que c'est un point sur son travail depuis la réorganisation, pas un entretien "
          "disciplinaire."),
        H(1, "II. Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu et par rappeler le cadre : nous avons trois quarts d'heure, ce "
          "qui se dit reste entre nous, et le but est de voir ensemble comment il se sent dans son travail depuis "
          "septembre. Je lui dis clairement pourquoi je l'ai invité : j'ai remarqué des changements qui ne lui "
          "ressemblent pas, et je tiens à lui parce qu'il est l'un des piliers de l'atelier. Je termine en lui "
          "demandant comment il voit les choses, avant de donner les faits. Je veux qu'il sente dès les premières "
          "minutes que l'enjeu, c'est sa place dans l'équipe et l'envie de venir travailler, pas une faute à "
          "reprocher."),
        H(1, "III. DÉROULÉ", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Durée"],
           ["Accueil", "cadre, but, confidentialité", "5 min"],
           ["Son regard", "question ouverte, je l'écoute sans couper", "10 min"],
           ["Les faits", "retards, réserves clients, réunion du vendredi", "5 min"],
           ["Ce qui a changé", "binôme, chantiers, reconnaissance", "10 min"],
           ["Pistes", "on cherche ensemble, je propose en dernier", "10 min"],
           ["Conclusion", "engagements, date du point suivant", "5 min"]]),
        H(1, "IV. Que s'est-il passé depuis septembre ?", {"facts": "ok"}),
        P("Je rappelle d'abord ce qu'on attend de Karim dans son poste : la pose et le réglage des menuiseries "
          "sur chantier, le contrôle des finitions avant la réception client, et depuis l'an dernier "
          "l'accompagnement des poseurs moins expérimentés. C'est sur ce dernier point qu'il avait demandé à en "
          "faire plus."),
        P("Puis je donne les faits, sans les commenter : quatre arrivées après 7 h 45 en novembre, les 5, 12, 19 "
          "et 26 ; deux réserves sur les joints au chantier de la résidence Les Tilleuls ; son absence aux quatre "
          "dernières réunions du vendredi. Je précise que je n'ai eu aucune plainte de Lucas ni des clients sur "
          "son attitude, et que la qualité de ses poses reste la meilleure de l'atelier d'après les contrôles. Je "
          "lui demande s'il reconnaît ces faits ou s'il les voit autrement."),
        H(1, "V. ÉCOUTER VRAIMENT", {"active-listening": "ok"}),
        P("Je pose des questions ouvertes : « Comment vis-tu le travail en binôme ? », « Qu'est-ce qui te manque "
          "par rapport à avant ? », « Qu'est-ce qui te donnait envie de venir le matin ? ». Je reformule ce que "
          "j'entends pour vérifier que j'ai compris, par exemple : « Si je te suis, tu as l'impression de faire le "
          "travail de deux sans que ça se voie ». Je laisse les silences, je ne propose pas de solution trop tôt. "
          "S'il exprime de la colère sur la réorganisation, je l'accueille sans me justifier : je reconnais que la "
          "décision a été prise vite et sans le consulter, lui qui connaît les chantiers mieux que personne. Je "
          "note ses mots exacts pour pouvoir les reprendre à la fin."),
        H(2, "Ce que je ne dois pas dire", {}),
        L(["« Tout le monde s'est adapté, sauf toi. »",
           "« C'est la direction qui a décidé, je n'y peux rien. »",
           "Comparer ses retards à ceux des autres poseurs."]),
        H(1, "VI. Chercher des solutions à deux", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qu'il proposerait, lui. J'ai trois pistes en tête si elles ne viennent pas "
          "de lui : lui confier officiellement le rôle de tuteur des deux derniers poseurs embauchés, avec une "
          "demi-journée par mois dégagée pour cela ; faire tourner les binômes tous les trimestres pour qu'il ne "
          "porte pas seul la formation de Lucas ; l'associer au choix des chantiers difficiles, où son expérience "
          "compte. Nous choisissons ensemble ce qui est réaliste, et je vérifie qu'il y adhère vraiment. S'il "
          "propose autre chose, par exemple revenir aux équipes de trois sur les grands chantiers, je ne dis pas "
          "non tout de suite : je m'engage à en parler au directeur et à lui rendre une réponse écrite avant la "
          "fin du mois, en expliquant ce qui est possible et ce qui ne l'est pas."),
        H(1, "VII. Qui fait quoi, et pour quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on le verra"],
           ["Rôle de tuteur écrit dans sa fiche de poste", "Hélène", "1er février", "fiche signée"],
           ["Demi-journée de transmission par mois", "Karim et Hélène", "dès février", "planning de l'atelier"],
           ["Rotation des binômes", "Hélène", "début avril", "nouveau planning"],
           ["Retour à la réunion du vendredi", "Karim", "dès la semaine suivante", "présence"]]),
        H(1, "VIII. Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume ce que nous avons décidé et je le remercie de sa franchise. On se revoit le 11 février pour "
          "faire le point."),
        H(1, "ANNEXE – MA GRILLE DE NOTES", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que je remarque (ton, gestes)", "À reprendre"],
           ["Son regard sur septembre", "à noter pendant l'entretien", "posture, regard", "mots qui reviennent"],
           ["Les faits", "sa version des retards", "réaction aux réserves clients", "désaccords"],
           ["Les pistes", "ses propositions", "enthousiasme ou réserve", "engagements pris"]]),
    ],
    missing=["criteria-self-check"],
)
