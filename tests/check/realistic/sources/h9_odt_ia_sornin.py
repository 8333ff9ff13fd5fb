from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the production manager of a wooden-toy workshop in the Vosges (Atelier Sornin)
    prepares the annual appraisal of a CNC operator. Headings in the author's words, some numbered, one in upper
    case, two as bold Normal paragraphs; the phases, last year's objectives, the skills, next year's objectives
    (a table) and the note-taking grid as tables; the closing is two short sentences (thin); no self-check
    against the criteria (missing).""",
    title="Entretien annuel de Bastien Colin – préparation",
    cover=["Élodie Marchal, responsable de production, Atelier Sornin", "Entretien prévu le 9 décembre 2026"],
    blocks=[
        H(1, "1. Avant de recevoir Bastien", {"preparation": "ok"}),
        P("Bastien Colin est opérateur sur la fraiseuse à commande numérique depuis trois ans. Il programme et "
          "surveille la découpe des pièces en hêtre de nos jouets (trains, toupies, cubes), règle la machine à "
          "chaque changement de série et contrôle les premières pièces avec le gabarit. Il travaille en horaires "
          "de journée, avec deux collègues à l'assemblage qui dépendent de ses pièces."),
        P("Pour préparer cet entretien, j'ai relu le compte rendu de l'an dernier, avec les trois objectifs que "
          "nous avions fixés, sa fiche de poste mise à jour en mars, les chiffres de rebut de la machine mois par "
          "mois et les deux remarques que m'a faites le client Jouéclub sur des finitions. J'ai aussi demandé à "
          "Bastien de remplir sa propre grille avant le rendez-vous, pour que nous comparions nos deux regards. "
          "L'entretien aura lieu le mardi 9 décembre à 10 h dans la salle de réunion, loin du bruit de l'atelier, "
          "et je bloque une heure et quart, téléphone coupé. Mon intention : reconnaître une bonne année, "
          "parler franchement du retard de novembre et construire avec lui un plan pour la deuxième machine."),
        H(1, "2. Ouvrir l'échange", {"opening": "ok"}),
        P("« Bastien, merci d'être là. Cet entretien, c'est le moment de l'année où on prend le temps de regarder "
          "ton travail ensemble, ce qui a marché, ce qui a été plus dur, et ce que tu veux pour l'an prochain. Ce "
          "n'est pas un tribunal : je vais te donner mon avis, mais je veux surtout entendre le tien. On a une "
          "heure ; à la fin, on signera un compte rendu que tu pourras relire et compléter avant. L'enjeu pour moi, "
          "c'est qu'on se mette d'accord sur tes objectifs et sur la formation dont tu as besoin. »"),
        H(2, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Durée"],
           ["Accueil", "cadre, durée, but de l'entretien", "5 min"],
           ["Son bilan", "je le laisse parler en premier de son année", "10 min"],
           ["Mon bilan", "objectifs chiffrés, faits, points forts", "15 min"],
           ["Compétences", "on compare nos deux grilles", "10 min"],
           ["Projets", "objectifs 2027, formation, envies", "20 min"],
           ["Conclusion", "résumé, signature, prochaine étape", "5 min"]]),
        H(1, "3. Son année en bref", {"year-review": "ok"}),
        P("L'année a été bonne pour Bastien. Il a tenu la cadence pendant le pic de commandes de septembre et "
          "octobre, où nous avons produit 18 000 toupies pour la grande distribution, sans accident et avec un "
          "taux de rebut qui est descendu de 4,8 % à 3,1 %. Il a formé seul l'intérimaire de l'été, qui est resté "
          "avec nous. Le point à discuter est la série de trains de novembre : un mauvais réglage de l'outil a "
          "abîmé 600 pièces et retardé la livraison de quatre jours. Bastien l'a signalé lui-même et a proposé une "
          "fiche de contrôle au changement d'outil, ce qui montre un bon réflexe. Je veux lui dire les deux choses : "
          "ce retard a coûté cher, et sa réaction a été exemplaire. Je lui rappellerai aussi les remerciements "
          "du client pour la série de cubes livrée en avance en juin."),
        H(2, "Objectifs 2026 : où en est-on ?", {"objectives-achieved": "ok"}),
        T([["Objectif fixé en 2025", "Résultat", "Commentaire"],
           ["Réduire le rebut sous 3,5 %", "atteint : 3,1 %", "grâce au contrôle des premières pièces"],
           ["Rédiger les fiches de réglage des 12 séries", "en partie : 8 sur 12", "les 4 restantes en janvier"],
           ["Former un collègue à la fraiseuse", "atteint", "Lucie peut lancer une série simple"]]),
        B("COMPÉTENCES", {"skills": "ok"}),
        T([["Compétence", "Mon avis", "Son avis", "Écart à discuter"],
           ["Programmation de la machine", "maîtrisé", "maîtrisé", "aucun"],
           ["Qualité et contrôle", "maîtrisé", "à renforcer", "il se juge trop sévèrement"],
           ["Transmission aux collègues", "très bon", "bon", "à valoriser"],
           ["Organisation des séries", "à renforcer", "bon", "le retard de novembre"]]),
        H(1, "4. Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Échéance", "Moyens"],
           ["Terminer les fiches de réglage des 4 séries restantes", "12 fiches validées par moi", "31 mars 2027", "deux demi-journées hors production"],
           ["Mettre en route la deuxième fraiseuse", "première série livrée sans retard", "30 juin 2027", "formation constructeur"],
           ["Descendre le rebut à 2,5 %", "taux mensuel sur 3 mois glissants", "31 décembre 2027", "contrôle au changement d'outil"]]),
        B("Se former", {"training": "ok"}),
        P("Trois jours de formation chez le constructeur de la nouvelle fraiseuse en avril, puis un module sur la "
          "conception assistée pour qu'il puisse modifier lui-même les fichiers des pièces."),
        H(1, "5. Et ensuite, pour toi ?", {"career-wishes": "ok"}),
        P("Bastien m'a dit à plusieurs reprises qu'il aimait transmettre et qu'il se voyait bien un jour responsable "
          "de l'atelier d'usinage quand la deuxième machine tournera. Je veux lui poser la question ouvertement, "
          "écouter ce qu'il imagine dans deux ou trois ans, et être honnête : le poste n'existe pas encore, mais "
          "la mise en route de la deuxième fraiseuse est une bonne occasion de montrer qu'il peut encadrer. Je "
          "noterai ses souhaits dans le compte rendu pour les transmettre à la direction, et je lui proposerai un premier rôle de référent sur la "
          "nouvelle machine dès le printemps, avec un point à l'automne pour voir si cela lui plaît vraiment."),
        H(1, "6. Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume les objectifs, nous signons le compte rendu. Point d'étape en juin."),
        H(2, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Ce que je retiens"],
           ["L'année", "fier du pic de l'automne", "à reconnaître clairement"],
           ["Novembre", "regrette, propose une fiche", "accepter sa fiche"],
           ["Avenir", "veut encadrer", "en parler à la direction"]]),
    ],
    missing=["criteria-self-check"],
)
