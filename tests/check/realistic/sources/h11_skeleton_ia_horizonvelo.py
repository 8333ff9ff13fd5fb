from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Horizon Vélo, a bike rental and repair company in Annecy (22 staff), prepares the annual
    review of its lead mechanic. Guidance deleted. The preparation heading retyped "Ce que je prépare avant de
    recevoir Léa" and the year heading retyped "L'année de Léa en quelques faits" (runs replaced, bookmarks lost);
    the closing heading retyped "Pour finir" keeping its bookmark. The career prompt left as generated
    (placeholder); the note-taking grid kept with its table untouched (empty); the criteria self-check deleted
    with its heading (missing); every other section written, tables filled.""",
    cover={"company": "Horizon Vélo", "candidate": "Julien Besson", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Ce que je prépare avant de recevoir Léa", text=[
            "Horizon Vélo loue et répare des vélos à Annecy depuis 2014 : deux boutiques, l'une au bord du lac, "
            "l'autre près de la gare, et un atelier commun de 300 m² où travaillent six mécaniciens. Je dirige "
            "l'ensemble depuis trois ans. Léa Martin, 31 ans, est cheffe d'atelier depuis février 2025 après quatre "
            "ans comme mécanicienne ; c'est son premier bilan dans ce rôle, et l'année a été chargée avec l'arrivée "
            "de quarante vélos à assistance électrique dans la flotte de location.",
            "J'ai relu sa fiche de poste, le compte rendu de l'an dernier et les trois objectifs fixés alors, les "
            "chiffres de l'atelier sortis du logiciel de réparation (délais, retours sous garantie, heures facturées) "
            "et les avis clients qui citent l'atelier. Je lui ai envoyé le 4 novembre la convocation et son support "
            "d'auto-évaluation ; elle me le rendra la veille. L'entretien aura lieu le 18 novembre à 14 h, dans le "
            "petit bureau de la boutique de la gare, un mardi, jour calme. Téléphone coupé, une heure et demie "
            "prévue. Je veux qu'elle reparte en sachant ce que je pense vraiment de son travail et avec un cap "
            "clair pour la saison 2027."]),
        "opening": dict(status="ok", text=[
            "« Merci Léa d'avoir pris ce temps. C'est ton premier bilan comme cheffe d'atelier : on va regarder "
            "ensemble l'année écoulée, tes objectifs, tes compétences, puis fixer ceux de 2027 et parler de la "
            "formation et de ce dont tu as envie pour la suite. Rien de ce qui se dit ici n'est une sanction, "
            "c'est un échange : je parlerai, mais je veux surtout t'entendre. On a environ une heure et demie, je "
            "prends des notes et tu recevras le compte rendu pour le relire avant de le signer. Tu veux commencer "
            "par quelque chose en particulier ? »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre, la mettre à l'aise", "Comment te sens-tu dans ce nouveau rôle ?", "5 min"],
            [None, "lui laisser raconter son année d'abord", "Quel moment de l'année retiens-tu ?", "15 min"],
            [None, "reprendre les trois objectifs un par un", "Qu'est-ce qui t'a aidée ou freinée ?", "15 min"],
            [None, "comparer son auto-évaluation à la mienne", "Où te sens-tu le plus à l'aise ?", "15 min"],
            [None, "fixer trois objectifs ensemble", "Qu'est-ce qui serait une belle réussite en 2027 ?", "15 min"],
            [None, "choisir une ou deux formations", "De quoi aurais-tu besoin ?", "10 min"],
            [None, "écouter ses envies", "Où te vois-tu dans deux ans ?", "10 min"],
            [None, "répondre, résumer, dire la suite", "As-tu des questions ou des désaccords ?", "5 min"]]]),
        "year-review": dict(status="ok", retitle="L'année de Léa en quelques faits", text=[
            "Léa a repris un atelier qui tournait sans chef depuis le départ de Marc en janvier 2025. Elle a mis en "
            "place un tableau blanc des réparations du jour, que toute l'équipe utilise maintenant, et négocié avec "
            "le fournisseur de moteurs Bosch une formation pour deux mécaniciens. La saison d'été a été la plus "
            "forte de notre histoire : 3 100 réparations, dont 1 200 sur des vélos électriques, contre 2 400 l'an "
            "passé.",
            "Il y a aussi eu des moments durs. En juillet, deux mécaniciens saisonniers sont partis au bout de trois "
            "semaines, et Léa a travaillé six samedis de suite pour tenir les délais. Elle m'a dit en septembre "
            "qu'elle avait eu du mal à déléguer et qu'elle se sentait seule pour arbitrer entre la location et les "
            "réparations clients. Je veux le reconnaître pendant l'entretien et lui demander comment elle l'a vécu, "
            "avant de parler de chiffres."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Ramener le délai moyen de réparation sous 48 h", "délai moyen (logiciel atelier)", "48 h", "52 h", "partiellement atteint", "tenu hors juillet-août"],
            ["Réduire les retours sous garantie", "retours dans les 30 jours", "moins de 3 %", "2,1 %", "atteint", "contrôle final systématique"],
            ["Former un second mécanicien aux moteurs électriques", "certification fabricant", "1 personne", "2 personnes", "dépassé", "accord obtenu par Léa"]]]),
        "skills": dict(status="ok", tables=[[
            ["Diagnostic des vélos électriques", "expert", "expert", "expert", "a trouvé la panne des batteries de la flotte en juin"],
            ["Organisation de l'atelier", "confirmé", "confirmé", "confirmé", "tableau blanc adopté par tous"],
            ["Délégation et animation d'équipe", "confirmé", "débutant", "en progrès", "six samedis seule en juillet"],
            ["Relation client au comptoir", "confirmé", "confirmé", "expert", "cinq avis Google la citent par son prénom"]]]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Tenir le délai de réparation en haute saison", "délai moyen juillet-août", "48 h", "31 août 2027", "un saisonnier recruté dès avril", "suite de l'objectif 2026"],
            ["Confier le planning du samedi à un mécanicien", "samedis tenus sans Léa", "1 sur 2", "30 juin 2027", "formation au management", "délégation"],
            ["Lancer l'entretien annuel des vélos électriques en abonnement", "abonnés", "150", "31 décembre 2027", "offre préparée avec moi", "nouvelle activité"]]]),
        "training": dict(status="ok", tables=[[
            ["Déléguer et animer une petite équipe", "Manager de proximité, 3 jours", "présentiel, Lyon", "mars 2027", "haute"],
            ["Nouveaux moteurs Shimano EP8", "certification fabricant", "en ligne + 1 jour", "février 2027", "moyenne"]]]),
        "career-wishes": dict(status="placeholder"),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", keep_bookmark=True, text=[
            "Je lui demande si elle a des questions ou des points de désaccord, et je prends le temps d'y répondre, "
            "surtout sur la charge de l'été : je lui confirme que le recrutement d'un saisonnier dès avril est "
            "validé. Je résume ensuite ce que nous avons décidé : trois objectifs, deux formations, un point sur le "
            "planning du samedi. Elle recevra le compte rendu écrit sous une semaine, pourra y ajouter ses "
            "commentaires, et nous ferons un point d'étape fin mai, avant la saison. Je la remercie sincèrement "
            "pour cette première année de cheffe d'atelier."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="missing"),
    },
)
