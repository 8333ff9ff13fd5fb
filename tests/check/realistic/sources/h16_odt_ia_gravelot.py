from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the prepress manager of a print shop in Troyes (Imprimerie Gravelot) prepares the
    annual appraisal of a prepress operator who moved onto the new digital press this year. Headings in the author's
    words, four of them in UPPER CASE, one as a bold Normal paragraph, one question; no plan of the interview's
    phases (missing); last year's objectives, the skills, next year's objectives, the training plan and a final
    self-check as tables; what he wants for his career is two sentences (thin); the note-taking grid is a heading
    with nothing under it (empty).""",
    title="Entretien annuel – Mathis Royer, opérateur prépresse",
    cover=["Préparé par Sandrine Lecomte, responsable prépresse, Imprimerie Gravelot (Troyes)",
           "Entretien prévu le 16 décembre 2026, 14 h"],
    blocks=[
        H(1, "AVANT L'ENTRETIEN", {"preparation": "ok"}),
        P("Mathis travaille au prépresse depuis quatre ans. Il reçoit les fichiers des clients (mairies, agences, "
          "caves de Champagne), les contrôle, corrige ce qui peut l'être, prépare les impositions et envoie les "
          "travaux aux presses. Depuis mars, il est aussi le référent de la nouvelle presse numérique, qui imprime "
          "les petites séries et les étiquettes personnalisées : c'est le grand changement de son année."),
        P("Pour préparer notre rendez-vous, j'ai rassemblé le compte rendu de décembre 2025 et ses quatre "
          "objectifs, sa fiche de poste (qui ne parle pas encore de la presse numérique, à mettre à jour), le "
          "tableau des réclamations clients de l'année, les délais moyens de traitement des fichiers et les "
          "retours des deux conducteurs offset. Je lui ai envoyé il y a deux semaines la trame de l'entretien et "
          "sa grille d'auto-évaluation, à me rendre la veille. J'ai réservé le bureau du premier étage, pour une "
          "heure et demie, portable éteint, sans interruption de l'atelier. Je veux arriver avec des faits "
          "datés, pas des impressions, et garder du temps pour l'écouter."),
        H(1, "COMMENT JE LANCE LA DISCUSSION", {"opening": "ok"}),
        P("Je commencerai par le remercier et par dire ce que nous allons faire : « Mathis, on a une heure et "
          "demie pour regarder ton année ensemble, ce qui a bien marché avec la presse numérique, ce qui a été "
          "difficile, et pour fixer tes objectifs de 2027. Je vais te dire ce que j'ai vu, mais je veux d'abord "
          "t'entendre. Tout ce qu'on décide sera écrit dans le compte rendu, que tu relis avant de signer. Ce "
          "n'est pas un entretien pour parler de salaire, celui-là a lieu en février, mais tu peux me dire ce "
          "que tu en penses. »"),
        H(1, "L'année de Mathis", {"year-review": "ok"}),
        P("C'est une année dense et plutôt réussie. Mathis a pris en main la presse numérique en trois semaines, "
          "après une formation de deux jours chez le fabricant, et il a écrit seul les procédures de calibrage "
          "que toute l'équipe utilise. Les étiquettes personnalisées pour les caves, notre nouvelle activité, "
          "représentent 11 % du chiffre d'affaires de l'atelier à fin novembre, et il y est pour beaucoup : il "
          "est allé voir deux clients pour comprendre leurs contraintes d'étiquetage. Le délai de contrôle des "
          "fichiers est passé de 26 à 18 heures en moyenne."),
        P("Le point plus difficile, c'est la charge. Avec les deux postes, il a accumulé 64 heures "
          "supplémentaires et s'est montré tendu avec les conducteurs offset en octobre, au moment des vendanges. "
          "Il y a eu aussi une erreur de couleur sur 3 000 menus d'un restaurant, réimprimés à nos frais. Je "
          "veux en parler sans lui reprocher l'erreur elle-même, mais pour comprendre ce qui l'a rendue possible."),
        H(2, "Bilan des objectifs 2026", {"objectives-achieved": "ok"}),
        T([["Objectif fixé l'an dernier", "Où on en est", "Mon commentaire"],
           ["Ramener le délai de contrôle sous 24 h", "atteint : 18 h", "grâce au profil de contrôle automatique"],
           ["Se former à la presse numérique", "atteint", "il est devenu le référent"],
           ["Zéro réimpression pour erreur prépresse", "non atteint : 2 cas", "dont les menus en septembre"],
           ["Documenter les impositions courantes", "en cours : 14 sur 20", "à finir au premier trimestre"]]),
        B("Ses compétences, vues par lui et par moi", {"skills": "ok"}),
        T([["Compétence", "Son auto-évaluation", "Mon évaluation", "À discuter"],
           ["Contrôle et correction des fichiers", "expert", "expert", "rien"],
           ["Gestion de la couleur", "bon", "à consolider", "l'erreur des menus"],
           ["Presse numérique", "bon", "très bon", "il se sous-estime"],
           ["Relation avec les conducteurs offset", "bon", "à travailler", "les tensions d'octobre"],
           ["Relation client", "débutant", "bon", "ses visites aux caves"]]),
        H(1, "CE QU'ON VISE EN 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Comment on le mesure", "Pour quand", "Avec quels moyens"],
           ["Zéro réimpression due au prépresse", "registre des réclamations", "déc. 2027", "épreuve couleur systématique au-delà de 1 000 ex."],
           ["Former Léa à la presse numérique", "Léa lance seule une série", "30 juin 2027", "une demi-journée par semaine pendant 2 mois"],
           ["Finir la documentation des impositions", "20 fiches sur le serveur", "31 mars 2027", "4 h par mois bloquées"],
           ["Heures supplémentaires sous 20 sur l'année", "relevé mensuel", "déc. 2027", "Léa en renfort aux vendanges"]]),
        H(2, "Formation", {"training": "ok"}),
        T([["Action", "Organisme", "Durée", "Quand"],
           ["Gestion de la couleur avancée", "Ecole Estienne, formation continue", "3 jours", "mars 2027"],
           ["Transmettre un savoir-faire (tuteur)", "OPCO, module tuteur", "2 jours", "avant l'arrivée de Léa"]]),
        H(1, "Et lui, où se voit-il ?", {"career-wishes": "thin"}),
        P("Il m'a dit en passant qu'il aimerait suivre davantage les clients des étiquettes. Je lui demanderai "
          "s'il envisage un rôle de chargé de fabrication."),
        H(1, "CONCLURE ET SUIVRE", {"closing-follow-up": "ok"}),
        P("Je terminerai en reprenant avec lui, un par un, les objectifs et les deux formations, pour vérifier "
          "que nous avons compris la même chose. Je lui demanderai s'il a une question ou un point que nous "
          "n'avons pas abordé. Je lui enverrai le compte rendu sous une semaine ; il aura huit jours pour "
          "ajouter ses commentaires avant de le signer. Nous fixerons ensemble un point d'étape fin juin, après "
          "la formation de Léa, et je transmettrai au directeur la demande de mise à jour de sa fiche de poste. "
          "Je veux qu'il reparte en sachant que son année est reconnue."),
        H(2, "Grille de prise de notes", {"note-taking-grid": "empty"}),
        H(1, "MON AUTO-CONTRÔLE APRÈS L'ENTRETIEN", {"criteria-self-check": "ok"}),
        T([["Ce que je dois avoir fait", "Fait ?", "Remarque"],
           ["Lui avoir laissé la parole en premier", "", ""],
           ["Avoir dit clairement le but de l'entretien", "", ""],
           ["Avoir rappelé ses missions et la presse numérique", "", ""],
           ["Avoir proposé des solutions pour la charge", "oui, Léa en renfort", "à confirmer au budget"],
           ["Avoir répondu à ses questions", "", ""]]),
    ],
    missing=["interview-phases"],
)
