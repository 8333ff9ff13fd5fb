from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. Markdown
    converted by pandoc, French: l'Imprimerie Vallet à Laval, the workshop manager prepares the annual review of
    an offset press operator. Numbered headings ("1." ... "11."); one heading left with nothing under it (empty);
    one section never written (missing).""",
    title="Imprimerie Vallet – Entretien annuel de Kevin Ménard",
    cover=["Jeu de rôle – entretien annuel d'évaluation", "Préparé par Sandrine Huet, cheffe d'atelier"],
    blocks=[
        H(1, "1. Ce que je prépare avant", {"preparation": "ok"}),
        P("Kevin Ménard conduit depuis quatre ans la presse offset quatre couleurs de l'atelier, la plus chargée de "
          "l'imprimerie : catalogues, affiches de la ville de Laval, emballages pour deux fromageries de la "
          "Mayenne. Cette année a été contrastée. Il a formé seul le nouvel intérimaire, il a réduit la gâche "
          "papier de sa machine, mais il y a eu deux réclamations clients en septembre sur des écarts de couleur, "
          "et il a exprimé à plusieurs reprises sa lassitude des équipes de nuit."),
        P("Je relis sa fiche de poste, le compte rendu de l'entretien de l'an dernier et les trois objectifs qu'on "
          "avait fixés. Je sors les chiffres de gâche et de calage de la presse depuis janvier, ainsi que les deux "
          "fiches de non-conformité. Je lui envoie la convocation quinze jours avant, avec la trame de "
          "l'entretien, pour qu'il puisse préparer sa propre auto-évaluation. Je réserve une heure et demie dans "
          "le bureau du premier étage, loin du bruit des machines, un mardi matin après son équipe de jour, et je "
          "coupe mon téléphone. Mon intention : reconnaître ses progrès, parler franchement des réclamations et "
          "l'écouter sur les horaires, sans rien promettre que je ne puisse tenir."),
        H(1, "2. Ouvrir l'entretien", {"opening": "ok"}),
        P("« Bonjour Kevin, merci d'avoir pris le temps de préparer ta fiche. On a une heure et demie rien que pour "
          "toi. Cet entretien sert à regarder ensemble ton année, à fixer ce qu'on vise pour 2027 et à parler de ce "
          "que tu veux pour la suite. Ce n'est pas un entretien sur les augmentations, celles-ci sont discutées en "
          "mars. Je prendrai des notes, tu recevras le compte rendu et tu pourras y ajouter tes commentaires avant "
          "de le signer. On commence par ton regard à toi sur l'année ? »"),
        H(1, "3. Déroulé prévu", {"interview-phases": "ok"}),
        T([["Durée", "Temps", "Mon objectif"],
           ["5 min", "accueil, cadre", "poser le climat, rappeler le but"],
           ["20 min", "bilan de l'année", "son point de vue d'abord, puis le mien"],
           ["15 min", "objectifs 2026 et compétences", "des faits, pas des impressions"],
           ["20 min", "objectifs 2027, formation", "s'accorder sur trois objectifs"],
           ["15 min", "souhaits d'évolution, horaires", "écouter sans promettre"],
           ["5 min", "conclusion, signature", "récapituler les engagements"]]),
        H(1, "4. L'année écoulée", {"year-review": "ok"}),
        P("Je lui laisse la parole en premier. Je m'attends à ce qu'il mette en avant la formation de l'intérimaire, "
          "qui est resté chez nous en CDI en juin grâce à lui, et la baisse de la gâche de 7 % à 4,5 % sur l'année, "
          "obtenue en revoyant avec la maintenance le réglage des encriers. Je le lui dirai clairement : c'est le "
          "meilleur résultat de l'atelier."),
        P("Nous parlerons ensuite des deux réclamations de septembre. Je veux comprendre ce qui s'est passé sans "
          "chercher de coupable : les épreuves de contrôle n'ont pas été signées par le client, et le calage a été "
          "fait en fin d'équipe de nuit. Je lui demanderai ce qui l'aurait aidé ce soir-là. Enfin, j'aborderai sa "
          "fatigue : il a fait quarante nuits de plus que l'an dernier à cause de deux départs non remplacés, et je "
          "le reconnais."),
        H(1, "5. Où en sont les objectifs 2026 ?", {"objectives-achieved": "ok"}),
        T([["Objectif fixé", "Résultat", "Commentaire"],
           ["Gâche papier sous 5 %", "4,5 % atteint", "réglage des encriers revu"],
           ["Former un nouveau conducteur", "atteint", "intérimaire embauché en juin"],
           ["Zéro réclamation couleur", "non atteint, 2 réclamations", "épreuves non signées, nuit"]]),
        H(1, "6. Compétences", {"skills": "ok"}),
        T([["Compétence", "Son avis", "Mon avis", "Écart à discuter"],
           ["Calage et réglage couleur", "maîtrisé", "maîtrisé de jour, fragile de nuit", "oui"],
           ["Transmission aux nouveaux", "à l'aise", "excellent", "non"],
           ["Maintenance de premier niveau", "en progrès", "en progrès", "non"],
           ["Communication avec le prépresse", "difficile", "à améliorer", "oui"]]),
        H(1, "7. Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Échéance"],
           ["Aucun tirage couleur lancé sans épreuve signée", "100 % des commandes vérifiées", "dès janvier"],
           ["Gâche papier sous 4 %", "relevé mensuel de la presse", "décembre 2027"],
           ["Référent calage pour l'équipe de nuit", "une fiche de calage par famille de papier", "juin 2027"]]),
        H(1, "8. Formation", {"training": "empty"}),
        H(1, "9. Et après ?", {"career-wishes": "ok"}),
        P("Kevin m'a déjà dit à la machine à café qu'il aimerait devenir chef d'équipe. Je veux l'entendre le dire "
          "lui-même, et comprendre si c'est l'envie d'encadrer ou surtout de quitter les nuits. Je lui dirai "
          "honnêtement qu'un poste de chef d'équipe de jour ouvrira quand Gérard partira à la retraite fin 2027, "
          "et que le rôle de référent calage est une bonne façon de s'y préparer. Pour les nuits, je peux proposer "
          "dès février une rotation avec un maximum de deux semaines de nuit par mois. Je lui demanderai aussi s'il se verrait former les apprentis du lycée professionnel."),
        H(1, "10. Pour finir", {"closing-follow-up": "ok"}),
        P("Je récapitule à voix haute les trois objectifs, la rotation des nuits et le rendez-vous pour le poste de "
          "chef d'équipe. Je lui demande s'il a des questions ou un désaccord à écrire dans le compte rendu. Je lui "
          "envoie ce compte rendu sous une semaine ; il a dix jours pour le commenter avant signature. Nous "
          "fixons un point d'étape de trente minutes fin avril pour voir où en est la fiche de calage, et je le "
          "remercie pour son année, en lui disant ce que sa rigueur apporte à toute l'équipe de l'atelier."),
        H(1, "11. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Ce que je remarque", "Suite à donner"],
           ["Bilan", "fier de la gâche", "sourit, détendu", "le dire au comité"],
           ["Réclamations", "se sent mis en cause", "bras croisés", "revoir la procédure d'épreuve"],
           ["Nuits", "épuisé en octobre", "voix basse", "rotation dès février"],
           ["Évolution", "veut encadrer", "hésite sur le jour", "point fin avril"]]),
    ],
    missing=["criteria-self-check"],
)
