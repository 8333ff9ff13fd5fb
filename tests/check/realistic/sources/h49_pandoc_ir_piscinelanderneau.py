from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: at the intercommunal swimming pool of Landerneau, Mathis, a lifeguard for four years, has arrived late
    for the 7 h opening six times in November and was seen twice on his phone at the pool's edge during a school
    session. The head of the aquatic team prepares the reframing interview. Numbered headings of her own; the
    phases, the DESC grid, the agreed changes and the note grid are tables. The heading on the missions expected
    of him is left with nothing under it (empty); no self-check against the criteria (missing).""",
    title="Entretien de recadrage – Mathis Quéré, maître-nageur",
    cover=["Centre aquatique de l'Élorn, Landerneau · préparé par Anne Caroff, cheffe de bassin",
           "Jeux de rôle – entretien de recadrage, décembre 2026"],
    blocks=[
        H(1, "1. Ce que je sais avant l'entretien", {"preparation": "ok"}),
        P("Mathis Quéré est maître-nageur sauveteur au centre aquatique depuis quatre ans. Il surveille les bassins, "
          "encadre les séances scolaires le matin et donne les cours d'aquagym du jeudi soir. Les collègues "
          "l'apprécient et les enseignants des écoles le demandent souvent pour les classes de CP, parce qu'il sait "
          "rassurer les enfants qui ont peur de l'eau."),
        P("En novembre, il est arrivé en retard six fois sur ses dix ouvertures de 7 h, de dix à vingt-cinq "
          "minutes. Ces matins-là, le bassin sportif est resté fermé aux nageurs du matin, parce qu'on ne peut pas "
          "ouvrir sans deux surveillants ; l'accueil a dû rembourser des entrées et un abonné a écrit au président "
          "de la communauté de communes. Plus grave : le 19 et le 26 novembre, pendant une séance scolaire, "
          "l'enseignante de l'école Jules-Ferry l'a vu consulter son téléphone au bord du bassin, à deux reprises "
          "et plusieurs minutes. J'ai les plannings pointés, le mail de l'enseignante et la réclamation écrite."),
        P("Je le reçois le lundi 7 décembre à 13 h 30, après sa surveillance, dans le bureau du premier étage. Je "
          "prévois trois quarts d'heure. Ce que je veux obtenir : des ouvertures à l'heure et zéro téléphone en "
          "surveillance, sans le perdre, car c'est un bon professionnel. J'ai appris par un collègue qu'il a "
          "déménagé à Brest en octobre ; c'est peut-être une partie de l'explication."),
        H(1, "2. Entrée en matière", {"opening": "ok"}),
        P("Je vais le chercher au bord du bassin et nous montons ensemble. Je commence simplement : « Mathis, je "
          "t'ai demandé ce moment parce que deux choses me posent problème depuis un mois : les ouvertures du "
          "matin, et le téléphone pendant une séance scolaire. Je veux qu'on en parle franchement et qu'on "
          "reparte avec des engagements clairs des deux côtés. Ce n'est pas une sanction : je tiens à toi dans "
          "l'équipe et les écoles aussi. » Je lui dis que nous avons trois quarts d'heure, que je vais d'abord "
          "décrire les faits, puis l'écouter, et qu'on finira par ce qu'on décide."),
        H(1, "3. Comment je vais mener les 45 minutes", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche", "Ma question ou ma phrase", "Temps"],
           ["Accueil", "poser le cadre sans le braquer", "Tu as cinq minutes pour souffler ?", "3 min"],
           ["Les faits", "décrire sans juger", "Voilà ce que j'ai constaté en novembre.", "7 min"],
           ["Son point de vue", "comprendre ce qui a changé", "Qu'est-ce qui se passe pour toi le matin ?", "12 min"],
           ["Les solutions", "qu'il propose avant moi", "Qu'est-ce qui t'aiderait à être là à 6 h 45 ?", "13 min"],
           ["Les engagements", "écrire ensemble ce qu'on retient", "On se met d'accord sur quoi ?", "7 min"],
           ["Clôture", "finir sur une note positive", "On refait le point le 11 janvier.", "3 min"]]),
        H(1, "4. Ce que j'attends d'un maître-nageur du centre", {"expectations-recap": "empty"}),
        H(1, "5. Les faits, méthode DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "Six retards à l'ouverture en novembre, et deux fois le téléphone en main pendant la séance "
            "de l'école Jules-Ferry, le 19 et le 26."],
           ["Exprimer", "Ça m'inquiète : sans toi à 7 h, le bassin reste fermé, et un regard sur l'écran, c'est un "
            "enfant qu'on ne voit pas."],
           ["Spécifier", "Je te demande d'être en tenue au bord du bassin à 6 h 50, et de laisser ton téléphone au "
            "vestiaire pendant toute surveillance."],
           ["Conséquences", "Les ouvertures redeviennent sûres, les écoles restent confiantes ; si rien ne change, "
            "je devrai passer à un avertissement écrit."]]),
        H(1, "6. Ce qu'il risque de me répondre", {"explanations-objections": "ok"}),
        P("« Depuis que j'habite à Brest, je dépends du TER de 6 h 12 et il a souvent du retard. » Je l'entends, "
          "c'est un vrai problème ; je lui propose de regarder ensemble s'il peut prendre les fermetures du soir "
          "plutôt que les ouvertures, ou le covoiturage avec Erwan qui vient aussi de Brest."),
        P("« Le téléphone, c'était ma mère qui est à l'hôpital, je devais répondre. » Je compatis sincèrement, "
          "et je lui rappelle qu'il peut me prévenir : je le remplace au bord du bassin le temps d'un appel, "
          "personne ne le lui reprochera. Mais il ne peut pas surveiller des enfants l'écran à la main."),
        P("« Les autres aussi arrivent en retard. » Je ne parle pas des autres dans cet entretien ; chacun a le "
          "sien, et je m'occupe des faits qui le concernent."),
        H(1, "7. Nos engagements", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Quand", "Comment on le vérifie"],
           ["Passer Mathis sur les fermetures trois jours sur cinq", "Anne", "dès le planning de janvier", "planning affiché"],
           ["Être au bord du bassin à 6 h 50 les jours d'ouverture", "Mathis", "dès demain", "pointage"],
           ["Téléphone au casier pendant toute surveillance", "Mathis", "immédiatement", "retour des enseignants"],
           ["Prévenir Anne en cas d'appel urgent à passer", "Mathis", "à chaque fois", "échange direct"]]),
        H(1, "8. Pour finir", {"closing-follow-up": "ok"}),
        P("Je lui demande de redire avec ses mots ce que nous avons décidé, pour être sûre que nous avons compris la "
          "même chose. Je le remercie de m'avoir parlé de sa mère et de son déménagement : sans cela, j'aurais "
          "cherché au mauvais endroit. Je lui dis que je lui fais confiance et que les écoles continueront à le "
          "demander. Je lui envoie le compte rendu par mail le soir même et nous fixons un point le lundi 11 "
          "janvier à 13 h 30 pour voir si les nouveaux horaires tiennent."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Ce que j'observe", "À faire"],
           ["Retards", "train de 6 h 12 peu fiable", "gêné, regarde ses mains", "changer le planning"],
           ["Téléphone", "appels de l'hôpital", "ému", "procédure de remplacement"],
           ["Engagements", "d'accord sur 6 h 50", "plus détendu", "compte rendu le soir"]]),
    ],
    missing=["criteria-self-check"],
)
