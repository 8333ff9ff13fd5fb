from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc.
    French: the technical director of La Scène du Golfe, a 600-seat theatre in Vannes, prepares the interview of a
    candidate for a lighting stage manager post. The author's own numbered headings, some in UPPER CASE; the
    job profile, the situational questions, the note sheet and the scoring are tables; motivation and the
    candidate's own questions share one heading (merged); no self-check of the criteria anywhere (deleted).""",
    title="Recrutement régisseur·se lumière – guide d'entretien",
    cover=["La Scène du Golfe, Vannes", "Yann Le Garrec, directeur technique – novembre 2026"],
    blocks=[
        H(1, "1. AVANT LE RENDEZ-VOUS", {"preparation": "ok"}),
        P("Notre régisseur lumière, Pierrick, part à la retraite fin janvier après vingt-deux ans de maison. La "
          "Scène du Golfe accueille 140 levers de rideau par saison, dont une trentaine de compagnies en tournée "
          "qui arrivent le matin et jouent le soir : le poste demande de lire une fiche technique en dix minutes, "
          "de diriger deux intermittents et de rester calme quand la console plante à 19 h 45."),
        P("J'ai retenu trois candidatures sur onze. Je commence par Maëlys Corre, 34 ans, régisseuse depuis six ans "
          "au Grand Théâtre de Lorient, qui a aussi fait deux tournées en festival. J'ai relu son CV et sa lettre, "
          "appelé l'ancien directeur technique qu'elle cite en référence, et noté ce que je veux vérifier : sa "
          "pratique de la console grandMA3 que nous avons installée en 2025, sa manière de gérer une équipe "
          "d'intermittents qu'elle ne connaît pas, et sa disponibilité pour les soirs et les week-ends."),
        P("L'entretien se tiendra le mercredi 9 décembre à 10 h, dans la salle, pas au bureau : je veux qu'elle "
          "voie le gril et la cabine. Anne-Sophie, la directrice, nous rejoint pour la dernière demi-heure. J'ai "
          "imprimé la fiche de poste, la grille de notes et le plan de feux du spectacle de vendredi, qui servira "
          "pour une mise en situation de quinze minutes."),
        H(1, "2. Accueil et règles du jeu", {"opening": "ok"}),
        P("Je l'accueille à l'entrée des artistes, pas à l'accueil du public, pour qu'elle découvre la maison par "
          "le plateau. Je me présente, je lui propose un café et je lui annonce le programme : une heure et demie, "
          "dont une présentation du théâtre, un temps sur son parcours, quelques situations concrètes, un exercice "
          "en cabine, puis ses questions. Je lui dis que je prendrai des notes pour comparer les candidats de façon "
          "équitable, et que l'exercice n'est pas un piège : je veux voir comment elle raisonne, pas si elle connaît "
          "déjà notre matériel. Je précise enfin que nous cherchons quelqu'un pour longtemps."),
        H(1, "3. Déroulé en six temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je cherche", "Question ou action", "Durée"],
           ["Accueil", "la mettre à l'aise", "visite rapide du plateau", "10 min"],
           ["Le théâtre et le poste", "qu'elle comprenne notre rythme", "présentation de la saison", "10 min"],
           ["Son parcours", "ce qu'elle a vraiment fait à Lorient", "Racontez-moi une journée d'accueil de compagnie", "20 min"],
           ["Situations", "sa façon de réagir sous pression", "questions du tableau 5", "20 min"],
           ["Exercice en cabine", "lecture d'un plan de feux", "préparer trois mémoires sur la grandMA3", "15 min"],
           ["Ses questions et la suite", "ce qui compte pour elle", "Qu'aimeriez-vous savoir ?", "15 min"]]),
        H(1, "4. LE POSTE EN BREF", {"job-summary": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Intitulé", "régisseur·se lumière, CDI, statut technicien"],
           ["Rattachement", "directeur technique"],
           ["Missions", "accueil technique des compagnies, création et reprise des plans de feux, entretien du parc"],
           ["Équipe", "deux à quatre intermittents selon les spectacles"],
           ["Compétences clés", "console grandMA3, DMX et réseau, habilitation électrique, travail en hauteur"],
           ["Qualités", "sang-froid, pédagogie avec les compagnies, sens de la sécurité"],
           ["Conditions", "soirées et week-ends, annualisation, 2 350 euros brut"]]),
        H(1, "5. Mises en situation", {"star-questions": "ok"}),
        T([["Thème", "Question", "Ce que j'attends (situation, action, résultat)"],
           ["Panne", "Racontez une panne de console juste avant le lever de rideau",
            "qu'elle décrive le contexte, ce qu'elle a fait dans l'ordre, et si la représentation a commencé à l'heure"],
           ["Équipe", "Un intermittent refuse de monter sur la nacelle : que s'est-il passé ?",
            "le respect de la sécurité, la solution trouvée, la relation gardée"],
           ["Compagnie exigeante", "Une compagnie arrive avec un plan de feux impossible dans la salle",
            "comment elle négocie, ce qu'elle propose à la place, le résultat sur scène"],
           ["Organisation", "Deux spectacles le même week-end avec un seul montage",
            "son planning, ses priorités, ce qu'elle a appris"]]),
        H(1, "6. Pourquoi nous, et ce qu'elle veut savoir", {"motivation": "ok", "candidate-questions": "ok"}),
        P("Je lui demande ce qui la fait quitter une grande maison comme Lorient pour une salle plus petite, et ce "
          "qu'elle attend de son prochain poste dans cinq ans. J'écoute si elle parle du métier, de la création, "
          "de la vie dans le Golfe ou seulement du salaire. Je lui parle aussi de ce qui nous rend fiers : la "
          "résidence de création de février, où elle aurait une vraie place dans l'équipe artistique."),
        P("Je lui laisse ensuite la parole. Elle demandera sans doute combien de soirs par mois elle travaille, "
          "comment se passe la passation avec Pierrick et si le budget permet de renouveler les projecteurs. Je "
          "réponds franchement : environ quatorze soirs, trois semaines de passation en janvier, et un plan de "
          "passage au LED voté pour 2027. Je note ses questions, car elles en disent long sur ce qui compte pour elle."),
        H(1, "7. Conclure", {"closing-follow-up": "ok"}),
        P("Je lui demande si elle a pu dire tout ce qu'elle voulait, puis j'explique la suite : deux autres "
          "candidats la semaine prochaine, une réponse par téléphone au plus tard le vendredi 18 décembre, et, si "
          "elle est retenue, une soirée d'accueil de compagnie en binôme avec Pierrick avant Noël. Je la remercie "
          "d'être venue de Lorient, je lui laisse la plaquette de la saison et je la raccompagne par le plateau, "
          "où l'équipe monte le décor du soir. C'est souvent là que les candidats se détendent et posent les "
          "questions qu'ils n'ont pas osé poser au bureau."),
        H(1, "8. Fiche de notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'elle a dit", "Mes remarques"],
           ["Parcours", "six ans à Lorient, deux tournées d'été", "beaucoup d'accueil de compagnies"],
           ["Console", "grandMA2 tous les jours, grandMA3 en formation", "exercice en cabine réussi, un peu lent"],
           ["Équipe", "a encadré jusqu'à cinq techniciens", "exemple de la nacelle convaincant"],
           ["Motivation", "veut participer à des créations", "colle à notre résidence de février"],
           ["Questions", "soirs, passation, LED", "questions précises, bon signe"]]),
        H(1, "9. NOTATION", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note /5", "Justification"],
           ["Technique lumière", "30 %", "4", "solide, grandMA3 à compléter"],
           ["Accueil des compagnies", "25 %", "5", "six ans d'expérience directe"],
           ["Management d'équipe", "20 %", "4", "exemples concrets, ton calme"],
           ["Sécurité", "15 %", "5", "réflexes clairs sur la nacelle"],
           ["Motivation pour le lieu", "10 %", "4", "intéressée par la création"],
           ["Total", "", "4,4", "à confirmer par la soirée en binôme"]]),
    ],
    missing=["criteria-self-check"],
)
