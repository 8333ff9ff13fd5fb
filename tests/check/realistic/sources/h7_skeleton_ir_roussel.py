from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: a print shop's workshop manager reframes an operator who skips the safety checks on the
    offset press. Guidance deleted. The missions recap retyped "Ce qu'on attend de Karim au quotidien" and the
    objections retyped "Ce qu'il risque de me répondre" (runs replaced, bookmarks lost); the DESC grid retyped
    "DESC : mes phrases" keeping its bookmark; the closing still our prompt; the note-taking grid left as generated
    (empty); the criteria self-check deleted (missing).""",
    cover={"project": "Entretien de recadrage", "company": "Imprimerie Roussel", "candidate": "Sandrine Vidal"},
    sections={
        "preparation": dict(status="ok", text=[
            "L'Imprimerie Roussel, à Clermont-Ferrand, emploie 46 personnes et imprime des catalogues et des "
            "emballages pour des marques régionales. Karim, 34 ans, conduit la presse offset huit couleurs depuis "
            "cinq ans ; c'est un bon professionnel, rapide, apprécié des commerciaux parce qu'il tient les délais. "
            "Depuis septembre, j'ai constaté trois fois qu'il lançait la presse sans remplir la fiche de contrôle "
            "des carters et de l'arrêt d'urgence : le 12 septembre, le 3 octobre et le 21 novembre, jour où "
            "l'apprenti a eu la main frôlée par le groupe d'encrage resté ouvert.",
            "Je le reçois le 26 novembre à 14 heures, dans la salle de réunion et non dans l'atelier, pour "
            "trente minutes. J'ai sous les yeux les trois fiches vides, le règlement de sécurité signé à son "
            "embauche et le compte rendu de l'incident rédigé par le responsable QSE. Ce que je veux obtenir : "
            "que la fiche soit remplie avant chaque démarrage, sans exception, et qu'il montre l'exemple à "
            "l'apprenti qu'il forme. J'ai aussi prévu ce que je lui proposerai s'il évoque la charge de travail, car le planning de novembre a été très serré."]),
        "opening": dict(status="ok", text=[
            "« Karim, je t'ai demandé de venir parce qu'il s'est passé quelque chose jeudi sur la presse dont nous "
            "devons parler sérieusement. Je ne suis pas là pour te faire un procès : tu es l'un des meilleurs "
            "conducteurs de l'atelier et je compte sur toi. Mais la sécurité des contrôles avant démarrage n'est "
            "pas négociable, et je veux qu'on trouve ensemble comment faire pour que ça ne se reproduise pas. "
            "On a une demi-heure, et je veux d'abord t'entendre. À la fin, on repartira avec deux ou trois engagements clairs, de ton côté comme du mien. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le sujet sans détour", "—", "3 min"],
            [None, "rappeler la règle de démarrage", "Tu connais la fiche ?", "3 min"],
            [None, "les trois dates, l'incident de jeudi", "—", "4 min"],
            [None, "dire mon inquiétude pour l'apprenti", "—", "3 min"],
            [None, "l'écouter vraiment", "Qu'est-ce qui t'empêche de la remplir ?", "7 min"],
            [None, "fiche remplie à chaque démarrage", "—", "3 min"],
            [None, "avertissement si ça continue", "—", "2 min"],
            [None, "se mettre d'accord et dater le suivi", "On se revoit quand ?", "5 min"]]]),
        "expectations-recap": dict(status="ok", retitle="Ce qu'on attend de Karim au quotidien", text=[
            "Sa fiche de poste de conducteur offset prévoit trois missions : régler et conduire la presse, "
            "garantir la qualité des tirages et appliquer les consignes de sécurité de la machine. Le règlement "
            "de l'atelier, article 7, impose la fiche de contrôle avant chaque démarrage : carters fermés, arrêt "
            "d'urgence testé, zone dégagée. Depuis la rentrée, il est aussi tuteur de Léo, l'apprenti, ce qui "
            "veut dire montrer les bons gestes, pas seulement les gestes rapides. Ces attendus ne sont pas nouveaux : nous les avions relus ensemble lors de son entretien annuel en janvier, et il les avait alors jugés normaux."]),
        "desc-grid": dict(status="ok", retitle="DESC : mes phrases", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "faits datés, sans jugement", "Les 12 septembre, 3 octobre et 21 novembre, la presse a démarré sans fiche.", "il reconnaît les dates"],
            [None, "dire ce que ça me fait", "Jeudi j'ai eu peur pour Léo, et je suis responsable de sa sécurité.", "il baisse les yeux"],
            [None, "demande précise", "Je te demande la fiche à chaque démarrage, même pour un calage rapide.", "il parle des délais"],
            [None, "positives et négatives", "Si c'est fait, on n'en parle plus ; sinon, ce sera un avertissement écrit.", "il accepte"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce qu'il risque de me répondre", text=[
            "« Les commerciaux me mettent la pression, je n'ai pas le temps. » Je lui réponds que je comprends, "
            "que la fiche prend quatre minutes, et que c'est à moi, pas à lui, de dire non à un commercial qui "
            "veut gagner ces quatre minutes. Je le dirai moi-même en réunion lundi.",
            "« Tout le monde fait pareil. » Je lui dis que je parlerai aux autres conducteurs, mais que c'est de "
            "lui qu'il s'agit aujourd'hui, et que Léo l'imite.",
            "« Les carters, je sais qu'ils sont fermés, je les vois. » Je reconnais son expérience, mais l'incident "
            "de jeudi prouve que l'œil ne suffit pas. S'il a une idée pour rendre la fiche plus simple, je la "
            "prends : c'est lui qui connaît la machine."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["fiche remplie avant chaque démarrage", "je refuse moi-même les urgences des commerciaux", "dès demain", "contrôle des fiches le vendredi"],
            ["Léo remplit la fiche avec lui", "dix minutes de tutorat en plus par jour", "décembre", "fiche signée par les deux"],
            ["proposer une fiche simplifiée", "validation avec le QSE", "15 décembre", "nouvelle fiche en service"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="missing"),
    },
)
