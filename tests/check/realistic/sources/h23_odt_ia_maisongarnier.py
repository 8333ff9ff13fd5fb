from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the director of Maison Garnier, a Lyon coffee roaster of 22 people, prepares
    the yearly review of Lucas Ferreira, who runs the online shop and the subscriptions. Headings in her own words,
    four in UPPER CASE, two questions, a few numbered; the phases of the meeting are a table with timings; no
    note-taking grid anywhere (missing); the self-check heading is there at the end with nothing under it (empty).""",
    title="Entretien annuel – Lucas Ferreira",
    cover=["Maison Garnier, torréfaction artisanale", "Préparé par Hélène Garnier, dirigeante – entretien du 14 janvier 2027"],
    blocks=[
        H(1, "AVANT DE M'ASSEOIR EN FACE DE LUCAS", {"preparation": "ok"}),
        P("Lucas est arrivé en mars 2024 pour reprendre la boutique en ligne, qui faisait alors 9 % de nos ventes. "
          "Elle en fait 23 % aujourd'hui, grâce surtout aux abonnements mensuels qu'il a lancés en 2025 : 1 350 "
          "abonnés actifs fin décembre. Sa fiche de poste couvre le site, les abonnements, les envois (avec Nadia à "
          "l'atelier) et la relation avec les clients en ligne. Depuis l'été, il encadre aussi Zoé, alternante en "
          "marketing, ce qui n'était pas prévu au départ."),
        P("Pour préparer, je relis ses objectifs de l'an dernier et les chiffres du site mois par mois, le compte "
          "rendu de notre point de juin, les avis clients et les trois réclamations graves de novembre. J'ai aussi "
          "demandé à Nadia et à Zoé comment elles vivent le travail avec lui, en leur disant que je le ferais. Je "
          "lui envoie la trame dix jours avant, avec une feuille pour qu'il note lui-même son année. Je réserve "
          "une heure et demie dans la petite salle, loin du bruit des torréfacteurs, téléphones coupés. Ce que "
          "je veux surtout éviter : que la question de la prime, qu'il attend, écrase tout le reste."),
        H(1, "1. Ouvrir l'entretien", {"opening": "ok"}),
        P("Je commence par le remercier pour l'année, sans formule, avec un exemple précis : la semaine de "
          "Noël où il a tenu les envois pendant la panne du transporteur. Puis je lui dis à quoi sert l'heure qui "
          "vient : regarder l'année ensemble, nous mettre d'accord sur trois ou quatre objectifs pour 2027, parler "
          "de formation et de ce qu'il veut faire plus tard. Je lui précise que la rémunération sera discutée à "
          "part, en février, pour que nous puissions parler librement du reste. Je lui propose qu'il parle en "
          "premier de son année."),
        H(1, "LE DÉROULÉ PRÉVU", {"interview-phases": "ok"}),
        T([["Temps", "Ce qu'on fait", "Durée"],
           ["1", "accueil, but de l'entretien", "5 min"],
           ["2", "son bilan, puis le mien", "25 min"],
           ["3", "objectifs 2027", "20 min"],
           ["4", "formation et envies d'évolution", "20 min"],
           ["5", "ses questions, résumé, suite", "10 min"]]),
        H(1, "2. Comment s'est passée son année ?", {"year-review": "ok"}),
        P("Ce qui a marché : les abonnements, d'abord, qu'il a imaginés, testés sur cinquante clients puis "
          "lancés seul, avec un taux de résiliation de 4 % par mois, meilleur que ce que nous craignions. Le "
          "nouveau site, livré en avril avec deux semaines de retard seulement. Sa façon de répondre aux clients "
          "mécontents, que plusieurs avis citent par son prénom."),
        P("Ce qui a moins bien marché : en novembre, trois colis d'abonnés sont partis avec le mauvais café et "
          "il l'a appris par les avis, pas par l'atelier. Les échanges avec Nadia restent trop souvent des "
          "messages à la dernière minute. Et il a pris Zoé en charge sans que je l'aie vraiment préparé, ce dont "
          "je suis responsable autant que lui. Je veux l'écouter sur ces points avant de donner mon avis, et lui demander ce qui l'a aidé ou gêné pendant l'année."),
        H(1, "3. Les objectifs de 2026, tenus ou pas", {"objectives-achieved": "ok"}),
        T([["Objectif fixé", "Résultat", "Commentaire"],
           ["1 000 abonnés fin 2026", "1 350", "dépassé, grâce aux coffrets de Noël"],
           ["nouveau site en ligne au printemps", "livré le 15 avril", "deux semaines de retard"],
           ["délai d'envoi sous 48 h", "52 h en moyenne", "pas tenu en novembre et décembre"],
           ["note moyenne des avis au-dessus de 4,5", "4,6", "atteint"]]),
        H(1, "COMPÉTENCES", {"skills": "ok"}),
        T([["Compétence", "Mon regard", "Le sien (à compléter avec lui)"],
           ["gestion du site et des outils", "très solide", ""],
           ["relation client en ligne", "excellente", ""],
           ["organisation avec l'atelier", "à améliorer", ""],
           ["encadrement d'une alternante", "débutant, prometteur", ""]]),
        H(1, "4. Ce qu'on vise pour 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Échéance"],
           ["2 000 abonnés actifs", "tableau de bord mensuel", "31 décembre 2027"],
           ["zéro erreur de café sur les envois d'abonnés", "contrôle croisé avec l'atelier, relevé des erreurs", "dès mars 2027"],
           ["un point hebdomadaire de 15 minutes avec Nadia", "tenu 40 semaines sur 46", "toute l'année"],
           ["ouvrir la vente aux entreprises en ligne", "20 clients entreprises", "30 septembre 2027"]]),
        H(1, "SE FORMER EN 2027", {"training": "ok"}),
        T([["Besoin", "Solution envisagée", "Quand"],
           ["encadrer sans être chef depuis longtemps", "formation « premier management », 3 jours", "printemps"],
           ["mieux lire les chiffres de l'abonnement", "accompagnement par notre expert-comptable, 4 séances", "février-mars"],
           ["connaître le café qu'il vend", "deux semaines à la torréfaction avec Pierre", "été"]]),
        H(1, "5. Et après, où se voit-il ?", {"career-wishes": "ok"}),
        P("Lucas m'a dit en juin qu'il aimerait un jour diriger toute la partie commerciale, boutique de la "
          "Croix-Rousse comprise. Je veux lui demander si c'est toujours vrai, ce qui l'attire dans ce rôle et ce "
          "qui lui fait peur. De mon côté, je peux lui proposer de piloter l'ouverture de la vente aux entreprises, "
          "qui sera un bon test, et de reparler en fin d'année d'un titre de responsable commercial. Je ne promets "
          "rien que je ne puisse tenir : la boutique reste à Camille tant qu'elle le souhaite."),
        H(1, "6. Conclure et donner une suite", {"closing-follow-up": "ok"}),
        P("Avant de finir, je lui demande s'il a des questions ou des désaccords, et je note ses réponses telles "
          "qu'il les dit. Je résume à voix haute les objectifs retenus, les formations et la mission sur la vente "
          "aux entreprises, puis je lui demande si ce résumé lui convient. Il recevra le compte rendu écrit sous "
          "une semaine, qu'il pourra compléter avant de le signer. Nous fixons tout de suite le point de mi-année, "
          "fin juin, et le rendez-vous de février sur la rémunération. Je termine en lui disant ce que j'attends "
          "le plus de lui cette année, en une phrase."),
        H(1, "Ma grille d'auto-vérification", {"criteria-self-check": "empty"}),
    ],
    missing=["note-taking-grid"],
)
