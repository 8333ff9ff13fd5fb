from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 61, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: a workshop manager and a bike mechanic whose drive has dropped since she
    was passed over. The author's own headings, some numbered, one a bold paragraph; the planned course of the
    interview as a list; an action table; the listening part is short (thin); no note-taking grid (missing).""",
    title="Cyclo'Pôle Lille – entretien de remotivation avec Samia",
    cover=["Jeu de rôle, compétence C5.3 – préparé par Thomas Delannoy, responsable d'atelier"],
    blocks=[
        H(1, "1. Avant de la recevoir", {"preparation": "ok"}),
        P("Cyclo'Pôle est une coopérative de réparation et de vente de vélos d'occasion installée à Fives, avec "
          "quatorze salariés dont six mécaniciens. Samia Benali y travaille depuis quatre ans ; elle est la "
          "mécanicienne la plus rapide sur les freins hydrauliques et c'est elle qui forme les apprentis. En mars, "
          "le poste de chef d'atelier a été confié à Julien, arrivé deux ans après elle. Depuis, son comportement a "
          "changé : elle arrive à l'heure pile, ne propose plus rien en réunion du lundi, et deux clients se sont "
          "plaints d'un accueil sec au comptoir. Elle a aussi refusé, pour la première fois, de rester un samedi "
          "pendant la bourse aux vélos."),
        P("Je la reçois le jeudi 12 à 14 heures, dans la petite salle à l'étage, loin du bruit de l'atelier, pour "
          "une heure. Je l'ai prévenue lundi, de vive voix, en lui disant qu'il ne s'agissait pas d'une sanction. "
          "J'ai relu sa fiche de poste, ses deux derniers entretiens annuels et le tableau des réparations : son "
          "volume reste bon, 38 vélos par semaine en moyenne, mais le taux de retours pour reprise est passé de "
          "2 à 6 %. Mon objectif est de comprendre ce qui s'est cassé, de lui redire ce qu'elle apporte, et de "
          "repartir avec un projet concret qui lui appartienne."),
        H(1, "2. Ouvrir : pourquoi on se voit", {"opening": "ok"}),
        P("« Samia, merci d'avoir pris ce temps. Je voulais te voir parce que je trouve que tu n'es plus tout à "
          "fait la même depuis le printemps, et que ça m'inquiète pour toi plus que pour les chiffres. Tu es une "
          "des personnes sur qui l'atelier repose, les apprentis le disent tous. Ce n'est pas un entretien de "
          "recadrage : je veux entendre comment tu vis les choses, te dire ce que j'observe, et qu'on trouve "
          "ensemble ce qui te redonnerait envie. On a une heure, et rien de ce que tu diras ne sortira de cette "
          "pièce sans ton accord. »"),
        H(2, "Le déroulé que je me suis fixé", {"interview-phases": "ok"}),
        L(["5 minutes : accueil et raison de l'entretien",
           "10 minutes : rappel de ses missions, puis les faits observés, sans jugement",
           "20 minutes : sa parole, questions ouvertes, reformulation",
           "15 minutes : pistes de solution proposées par elle d'abord, puis par moi",
           "10 minutes : plan d'action, date du prochain point, conclusion"]),
        H(1, "3. Ses missions et ce que j'ai vu depuis mars", {"facts": "ok"}),
        P("Je commence par rappeler ce que recouvre son poste : diagnostic et réparation des vélos déposés, "
          "montage des vélos reconditionnés, accueil au comptoir un jour sur trois, et tutorat des deux apprentis "
          "de première année. Puis je pose les faits, datés, sans interprétation. Le taux de reprise de ses "
          "réparations est passé de 2 % en janvier à 6 % en octobre, surtout sur les transmissions. Deux "
          "réclamations clients portent sur l'accueil, le 4 et le 19 septembre. Elle n'a fait aucune proposition "
          "en réunion d'équipe depuis avril, alors qu'elle était à l'origine du tri des pièces détachées l'an "
          "dernier. Elle a refusé le samedi de la bourse aux vélos. Je précise aussi ce qui n'a pas changé : les "
          "apprentis progressent, et personne n'a de reproche sur son travail avec eux. Les deux "
          "apprentis m'ont même dit, sans que je le demande, qu'elle était la meilleure pour expliquer."),
        H(1, "4. L'écouter vraiment", {"active-listening": "thin"}),
        P("Je la laisse parler sans l'interrompre. Je reformule : « Si je comprends bien, tu as eu le sentiment "
          "que quatre ans de travail ne comptaient pas ? » Je note ses mots exacts, je ne me défends pas sur le "
          "choix de Julien, et j'accepte les silences."),
        H(1, "5. Trouver des pistes ensemble", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qui lui redonnerait envie de venir le matin. D'après ce qu'elle m'a dit en "
          "septembre à la pause, je m'attends à deux choses : être reconnue pour la formation des apprentis, et "
          "ne plus dépendre de Julien pour l'organisation de son travail. Je prépare trois propositions, que je "
          "ne sortirai que si elle n'en formule pas elle-même. La première : lui confier officiellement le rôle "
          "de tutrice référente, avec une demi-journée par semaine dédiée et une prime mensuelle de 80 euros. La "
          "deuxième : lui proposer la formation de technicienne cycle avancée, qui prépare au poste de chef "
          "d'atelier, financée par la coopérative. La troisième : la sortir du comptoir, qui lui pèse, et le "
          "remplacer par le montage des vélos électriques, qu'elle aime. Je veux qu'elle reparte avec au moins "
          "une piste qu'elle a choisie, pas imposée."),
        B("Qui fait quoi, et quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on vérifie"],
           ["Fiche de mission de tutrice référente", "Thomas", "19 décembre", "fiche signée par les deux"],
           ["Inscription à la formation technicienne avancée", "Samia", "15 janvier", "convocation reçue"],
           ["Retrait du comptoir, passage au montage électrique", "Thomas et Julien", "6 janvier", "planning de janvier"],
           ["Vérification des transmissions par un binôme", "Samia", "dès lundi", "taux de reprise sous 3 % en février"]]),
        H(1, "6. Conclure et se revoir", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons décidé, avec ses mots à elle, et je lui demande si le résumé lui "
          "convient. Je lui redis que je compte sur elle, et pourquoi : les apprentis qu'elle forme sont la "
          "raison pour laquelle l'atelier tient ses délais. Nous fixons un point de suivi le jeudi 15 janvier "
          "à 14 heures, même salle, une demi-heure, pour regarder ensemble le planning, la formation et le taux "
          "de reprise. Je lui envoie le compte rendu sous deux jours et elle peut le corriger. Je termine en la "
          "remerciant de sa franchise."),
        H(1, "7. Ma grille de contrôle", {"criteria-self-check": "ok"}),
        L(["Je l'ai laissée parler au moins la moitié du temps : à vérifier avec le chronomètre de la salle",
           "J'ai dit dès la première minute pourquoi on se voyait et que ce n'était pas une sanction",
           "J'ai rappelé ses missions avant de parler des faits",
           "Les faits étaient datés et chiffrés, sans adjectif",
           "Au moins une solution vient d'elle",
           "Elle repart avec une date de suivi et une raison de croire qu'on l'a entendue"]),
    ],
    missing=["note-taking-grid"],
)
