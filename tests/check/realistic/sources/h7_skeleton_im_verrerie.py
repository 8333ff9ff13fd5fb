from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="skeleton",
    language="fr",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: the workshop manager of a glass-recycling cooperative near Lyon prepares a motivation
    interview with a sorting-line team leader whose commitment has dropped since a reorganisation. Guidance
    deleted. The preparation heading retyped "Ce que je sais avant de recevoir Karim" and the listening heading
    retyped "Questions pour comprendre" (runs replaced, bookmarks lost); the facts heading retyped "Ses missions,
    puis les faits" keeping its bookmark; the co-built solutions section deleted (the author planned to improvise
    them and wrote nothing of them elsewhere); the closing paragraph short (thin); the note-taking grid left as
    generated, to be filled during the interview (empty); the other tables filled.""",
    cover={"candidate": "Sophie Lambert", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Ce que je sais avant de recevoir Karim", text=[
            "La Verrerie Circulaire trie et recycle le verre de quarante communes de l'est lyonnais. Karim Haddad est "
            "chef d'équipe sur la ligne de tri manuel depuis quatre ans : il encadre six opérateurs en horaires "
            "d'équipe, il forme les intérimaires et c'est lui que tout le monde appelle quand le convoyeur se bloque.",
            "En septembre, nous avons regroupé les deux lignes sous un seul responsable de production, et Karim n'a "
            "pas été retenu pour ce poste, qu'il avait demandé. Depuis, il arrive juste à l'heure, ne propose plus "
            "rien aux réunions du lundi et a refusé deux fois de former les nouveaux. Rien de grave pour l'instant, "
            "mais l'équipe le remarque et je ne veux pas perdre quelqu'un d'aussi solide.",
            "Je veux sortir de l'entretien en sachant ce qui pèse vraiment pour lui et avec deux ou trois "
            "engagements réalistes. J'ai relu son dernier entretien annuel, sa fiche de poste et mes notes datées "
            "des trois dernières semaines. Nous nous verrons jeudi à 14 h, après la relève, dans le bureau du "
            "premier étage, porte fermée, pour une demi-heure."]),
        "opening": dict(status="ok", text=[
            "« Karim, merci de prendre ce temps. Je t'ai proposé qu'on se voie parce que je te sens moins à l'aise "
            "depuis la réorganisation de septembre, et je préfère qu'on en parle directement. Ce n'est pas un "
            "reproche : tu es l'un des piliers de la ligne et j'ai besoin de savoir comment tu vis les choses. On a "
            "une demi-heure ; je vais d'abord te dire ce que j'ai remarqué, puis je veux surtout t'écouter, et on "
            "verra ensemble ce qu'on peut changer. »",
            "Je lui dis aussi que rien de ce qu'il dira ne sortira du bureau sans son accord, et que je ne suis pas là pour revenir sur la décision de septembre, mais pour voir comment il peut de nouveau trouver sa place."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre à l'aise, dire pourquoi on est là", "« Comment ça se passe pour toi en ce moment ? »", "3 min"],
            [None, "redire ce qu'il apporte à l'équipe", "« Qu'est-ce qui te plaît encore dans ton poste ? »", "4 min"],
            [None, "trois faits précis, sans jugement", "« Tu vois de quoi je parle ? »", "4 min"],
            [None, "entendre sa déception sur le poste", "« Qu'est-ce que ça t'a fait, la décision de septembre ? »", "8 min"],
            [None, "chercher des pistes avec lui", "« Qu'est-ce qui te donnerait envie de t'investir à nouveau ? »", "6 min"],
            [None, "deux ou trois engagements des deux côtés", "« On s'y tient comment ? »", "3 min"],
            [None, "résumer, fixer la date du point suivant", "« On se revoit dans trois semaines ? »", "2 min"]]]),
        "facts": dict(status="ok", retitle="Ses missions, puis les faits", keep_bookmark=True, text=[
            "Karim encadre la ligne de tri manuel de l'équipe du matin : répartition des postes, contrôle de la "
            "qualité du calcin, sécurité, accueil et formation des intérimaires, petites interventions sur le "
            "convoyeur avant l'arrivée de la maintenance. Il remonte aussi les chiffres de la journée au "
            "responsable de production.",
            "Ce que j'ai observé : le 6 novembre et le 14 novembre, il a refusé de former un intérimaire, qui a été "
            "laissé seul sur le poste de tri des infusibles ; le taux de refus du calcin est passé de 2,1 % à 3,4 % "
            "sur la semaine qui a suivi. Aux trois dernières réunions d'équipe, il n'a pris la parole qu'une fois. "
            "Le 20 novembre, il a quitté le site à 13 h 02 sans faire la passation avec l'équipe d'après-midi, ce "
            "qu'il n'avait jamais fait."]),
        "active-listening": dict(status="ok", retitle="Questions pour comprendre", text=[
            "Je poserai des questions ouvertes et je le laisserai aller au bout : « Comment as-tu reçu la décision "
            "de septembre ? », « Qu'est-ce qui a changé pour toi au quotidien depuis ? », « Qu'est-ce qui te manque "
            "aujourd'hui pour avoir envie de former les nouveaux ? », « Si tu étais à ma place, que ferais-tu ? ».",
            "Je reformulerai ce que j'entends, par exemple : « Si je comprends bien, tu as eu l'impression que tes "
            "quatre ans sur la ligne n'ont pas compté ». J'accepterai les silences et la colère éventuelle sans me "
            "justifier tout de suite. Je noterai ce qui le motive encore : la transmission, la technique, la "
            "reconnaissance devant l'équipe. Si l'émotion monte, je proposerai une courte pause plutôt que de passer aux solutions trop vite."]),
        "co-built-solutions": dict(status="missing"),
        "action-plan": dict(status="ok", tables=[[
            ["Karim devient référent formation des intérimaires, avec une prime mensuelle", "Sophie", "avenant et budget validés par la direction", "15 décembre", "quatre intérimaires formés d'ici fin janvier"],
            ["Inscription à la formation de chef d'équipe confirmé", "Sophie", "plan de formation 2027", "janvier 2027", "formation suivie"],
            ["Passation écrite à chaque relève", "Karim", "fiche de passation d'une page", "dès lundi", "aucune relève sans fiche"]]]),
        "closing-follow-up": dict(status="thin", text=[
            "Je résume les trois engagements, je lui demande s'il est d'accord et nous fixons le point suivant au "
            "jeudi 17 décembre. Je lui redis que je compte sur lui."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "quart d'heure d'écoute, reformulations, pas de justification immédiate", "oui"],
            [None, "rôle de référent et formation proposés, son expérience reconnue", "oui"],
            [None, "objet annoncé dans les deux premières phrases", "oui"],
            [None, "rappel de ses missions avant les faits", "oui"],
            [None, "trois actions datées dans le plan", "à revoir"],
            [None, "trois faits datés avec leur effet sur la qualité", "oui"]]]),
    },
)
