from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, in French. Morgane Kervella, responsable d'exploitation chez Transports Kervella (Landerneau, 62
    conducteurs), prépare l'entretien annuel de Dylan Abgrall, affréteur depuis quatre ans. Headings paraphrased
    and some as questions, numbered with Roman numerals at level 1; the objectives, skills, next year's objectives,
    training, note-taking grid and self-check as tables. Career wishes are two sentences (thin). An extra section of
    the author's own ("Les sujets sensibles") sits before the closing.""",
    title="Entretien annuel de Dylan Abgrall — guide de l'entretien",
    cover=["Transports Kervella — service exploitation", "Préparé par Morgane Kervella, le 20 novembre 2026"],
    blocks=[
        H(1, "I. Avant de s'asseoir : ce que je prépare", {"preparation": "ok"}),
        P("L'entretien aura lieu le jeudi 10 décembre à 14 h, dans la petite salle du premier étage, loin du "
          "bureau d'exploitation où le téléphone sonne sans arrêt. J'ai bloqué une heure et demie et prévenu "
          "Dylan trois semaines à l'avance, avec le support d'auto-évaluation que je lui demande de remplir et de "
          "m'envoyer la veille. Je relis sa fiche de poste : affréteur, il confie à des transporteurs partenaires "
          "les lots que nos propres camions ne peuvent pas prendre, négocie les prix et suit les livraisons."),
        P("Je rassemble avant l'entretien les chiffres de l'année : 1 840 lots affrétés, une marge moyenne de "
          "11,2 % sur l'affrètement, le taux de livraison à l'heure de ses partenaires et les trois litiges "
          "clients qu'il a gérés. Je relis aussi le compte rendu de l'entretien de l'an dernier et les objectifs "
          "que nous avions fixés ensemble, pour ne rien oublier de ce qui avait été promis, de son côté comme du "
          "mien, notamment la formation à l'anglais commercial qui n'a pas eu lieu."),
        H(1, "II. Comment j'ouvre l'échange ?", {"opening": "ok"}),
        P("Je commence par remercier Dylan pour l'hiver dernier, quand il a tenu seul l'affrètement pendant le "
          "congé de Loïc. Je rappelle ensuite pourquoi nous sommes là : faire le bilan de son année, fixer ce que "
          "nous attendons l'un de l'autre pour 2027 et parler de la suite qu'il veut donner à son parcours. Je "
          "précise que cet entretien n'a rien à voir avec les salaires, qui se discutent en février, et que le "
          "compte rendu sera relu et signé par nous deux. Je lui dis enfin qu'il peut m'interrompre à tout moment s'il "
          "n'est pas d'accord avec ce que j'avance."),
        H(1, "III. Le déroulé en cinq temps", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce que je fais", "Ce que j'attends de Dylan"],
           ["Accueil", "5 min", "je remercie et rappelle le but", "qu'il dise comment il arrive"],
           ["Bilan", "25 min", "je le laisse parler d'abord, puis je donne mes chiffres", "son regard sur l'année"],
           ["Objectifs 2027", "25 min", "je propose, on ajuste ensemble", "des objections, des contre-propositions"],
           ["Formation et projet", "20 min", "j'écoute et je note", "ses envies, même floues"],
           ["Clôture", "10 min", "je résume et je fixe les suites", "son accord ou ses réserves"]]),
        H(1, "IV. Retour sur 2026", {"year-review": "ok"}),
        P("L'année a été chargée : la perte du contrat Savéol en mars a obligé l'exploitation à remplir les "
          "camions autrement, et Dylan a trouvé en six semaines deux nouveaux chargeurs de l'agroalimentaire "
          "finistérien. Il a aussi repris en main le panel de transporteurs partenaires, en écartant deux "
          "sociétés dont les retards nous coûtaient des pénalités. Il a enfin formé Clara, l'alternante arrivée "
          "en septembre, sans que personne ne le lui demande."),
        P("Je veux lui laisser la parole en premier : comment a-t-il vécu la pression de l'été, où il a parfois "
          "fini à 21 h ? Ce que j'ai observé, je le dirai avec des faits : une marge tenue malgré la hausse du "
          "gazole, des clients qui le demandent par son prénom, mais des fiches de lot parfois incomplètes, qui "
          "ont compliqué la facturation en septembre et obligé la comptabilité à relancer les partenaires."),
        H(1, "V. Les objectifs de l'an passé : où en est-on ?", {"objectives-achieved": "ok"}),
        T([["Objectif fixé en 2025", "Résultat", "Atteint ?", "Commentaire"],
           ["Marge d'affrètement d'au moins 10 %", "11,2 %", "oui", "malgré le gazole"],
           ["Livraisons à l'heure des partenaires à 95 %", "93,4 %", "en partie", "deux partenaires écartés en juin"],
           ["Fiches de lot complètes à 100 %", "88 %", "non", "surtout en juillet-août"],
           ["Deux nouveaux chargeurs", "trois", "oui", "dont la laiterie de Plabennec"]]),
        H(1, "VI. Ses savoir-faire, point par point", {"skills": "ok"}),
        T([["Compétence", "Mon avis", "Son avis", "Exemple"],
           ["Négociation des prix", "très bon", "à confirmer", "tarif ramené de 1,42 à 1,31 € le km sur Rungis"],
           ["Suivi des livraisons", "bon", "bon", "alertes clients avant 9 h"],
           ["Rigueur administrative", "à progresser", "à progresser", "fiches de lot incomplètes en été"],
           ["Relation client", "très bon", "bon", "trois clients le demandent nommément"]]),
        H(1, "VII. Ce qu'on vise pour 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Échéance", "Moyens"],
           ["Fiches de lot complètes", "98 % des lots contrôlés chaque mois", "fin mars 2027", "nouveau formulaire dans le TMS"],
           ["Taux de livraison à l'heure des partenaires", "96 %", "décembre 2027", "revue trimestrielle du panel"],
           ["Ouvrir l'affrètement vers l'Espagne", "20 lots par mois", "septembre 2027", "deux partenaires espagnols"]]),
        H(1, "VIII. Se former, mais à quoi ?", {"training": "ok"}),
        T([["Besoin", "Action", "Quand", "Financement"],
           ["Anglais et espagnol commercial", "cours en ligne, 40 h", "janvier à juin 2027", "CPF et entreprise"],
           ["Réglementation du transport international", "stage de deux jours à Rennes", "avril 2027", "plan de formation"]]),
        H(1, "IX. Et après ?", {"career-wishes": "thin"}),
        P("Dylan m'a déjà dit qu'il aimerait encadrer un jour. Je lui demanderai s'il se voit responsable de "
          "l'affrètement quand Loïc partira en retraite."),
        H(1, "X. Les sujets sensibles"),
        P("Deux sujets peuvent tendre l'échange. D'abord les horaires de l'été : je reconnaîtrai que nous avons "
          "trop compté sur lui. Ensuite la prime d'affrètement, qu'il compare à celle d'un concurrent brestois ; "
          "je lui dirai que la question sera traitée en février et je ne promettrai rien aujourd'hui."),
        H(1, "XI. Pour conclure l'entretien", {"closing-follow-up": "ok"}),
        P("Je résume à voix haute ce que nous avons décidé : les trois objectifs, les deux formations et le "
          "rendez-vous de février sur la rémunération. Je lui demande s'il est d'accord avec ce résumé, ou ce "
          "qu'il voudrait y changer, et je note ses réserves telles qu'il les formule. Je lui envoie le compte "
          "rendu sous huit jours ; il a une semaine pour le compléter avant que nous le signions. Nous fixons "
          "tout de suite un point d'étape fin mars pour regarder les fiches de lot ensemble, et je termine en lui "
          "redisant ce que l'exploitation lui doit cette année."),
        H(1, "Annexe 1 — Ma grille de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que j'observe", "À reprendre"],
           ["Bilan", "fatigue de l'été", "il sourit en parlant des nouveaux clients", "organisation des astreintes"],
           ["Objectifs", "Espagne : enthousiaste", "hésite sur les fiches de lot", "proposer le formulaire"],
           ["Projet", "encadrer un jour", "question posée deux fois", "en reparler en mars"]]),
        H(1, "Annexe 2 — Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Fait ?", "Remarque"],
           ["J'ai écouté avant de donner mon avis", "oui", "il a parlé dix minutes sans interruption"],
           ["J'ai dit clairement pourquoi nous étions là", "oui", "dès l'ouverture"],
           ["J'ai rappelé ses missions et ses résultats", "oui", "avec les chiffres de l'année"],
           ["J'ai proposé des solutions concrètes", "oui", "formulaire, formations"],
           ["J'ai répondu à ses objections", "en partie", "la prime reste ouverte"],
           ["Je l'ai encouragé pour la suite", "oui", "remerciements en fin d'entretien"]]),
    ],
)
