from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: the operations manager of Transports Morel, a 70-person haulier near Limoges, prepares the
    preliminary interview of a driver, Franck Aubert, for repeated breaches of driving-time rules and a damaged
    trailer. Guidance boxes deleted. The preparation heading retyped "Ce que je dois savoir avant de le recevoir", the
    facts "Les faits, dans l'ordre" and the closing "Comment je termine" (runs replaced, bookmarks lost); the opening
    retyped "Les premières minutes" keeping its bookmark. The procedure, phases, facts, objections and
    self-check tables filled; the closing is two sentences (thin); the note-taking grid deleted with its heading
    (missing): the author says she will note on a blank sheet.""",
    cover={"candidate": "Sandrine Lefèvre", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Ce que je dois savoir avant de le recevoir", text=[
            "Transports Morel emploie 48 conducteurs poids lourds au départ d'Isle, près de Limoges. Franck Aubert "
            "conduit chez nous depuis six ans ; c'est un bon chauffeur, apprécié des clients de la messagerie. "
            "Depuis mars, le chronotachygraphe a relevé onze dépassements du temps de conduite journalier, dont "
            "trois de plus d'une heure, malgré un rappel écrit en avril et un avertissement en juillet. Le 6 "
            "novembre, il a accroché une remorque contre un quai à Brive après une journée de onze heures au volant ; "
            "les réparations coûtent 8 400 euros et, surtout, l'inspection du travail pourrait nous sanctionner.",
            "La mesure envisagée est un licenciement pour faute, mais rien n'est décidé : je veux entendre ses "
            "explications, notamment sur les tournées que lui confie le planning, car deux dépassements viennent "
            "peut-être d'un ordre mal calculé. J'ai réuni les relevés du chronotachygraphe, le rappel et "
            "l'avertissement signés, le constat de Brive et les plannings de ses tournées. L'entretien aura lieu le "
            "mardi 15 décembre à 10 h dans mon bureau, porte fermée ; Mme Ribeiro, des ressources humaines, sera "
            "présente. M. Aubert peut venir avec un délégué du personnel, il le sait par la convocation."]),
        "procedure-checklist": dict(status="ok", skip_cols=1, tables=[[
            [None, "2 décembre", "oui", "lettre recommandée, vérifiée par Mme Ribeiro"],
            [None, "15 décembre", "oui", "neuf jours ouvrables, délai respecté"],
            [None, "15 décembre", "", "je lis les trois motifs, sans conclure"],
            [None, "15 décembre", "", "je note ses explications mot pour mot"],
            [None, "pas avant le 18 décembre", "", "décision avec la direction, lettre relue par les RH"]]]),
        "opening": dict(status="ok", retitle="Les premières minutes", keep_bookmark=True, text=[
            "« Bonjour Monsieur Aubert, merci d'être là. Vous connaissez Mme Ribeiro, qui assiste à l'entretien. "
            "Je vous ai convoqué parce que nous envisageons une sanction qui peut aller jusqu'au licenciement, à la "
            "suite des dépassements de temps de conduite et de l'accident de Brive. Je veux être claire : aucune "
            "décision n'est prise aujourd'hui. Je vais vous exposer les faits, puis je vous écouterai, aussi "
            "longtemps qu'il le faudra. Vous pourrez me poser toutes vos questions. Vous recevrez notre décision "
            "par écrit, pas avant trois jours ouvrables, et d'ici là vous continuez à travailler normalement. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre calmement", "« Vous avez pu venir accompagné ? »", "3 min"],
            [None, "exposer les trois motifs, sans jugement", "relevés, avertissement, constat de Brive", "7 min"],
            [None, "comprendre son point de vue", "« Comment expliquez-vous ces dépassements ? »", "12 min"],
            [None, "répondre sans promettre", "voir le tableau des réponses", "8 min"],
            [None, "dire ce qui va se passer", "délai, lettre, possibilité de revenir vers moi", "3 min"]]]),
        "facts-explained": dict(status="ok", retitle="Les faits, dans l'ordre", text=[
            "Je m'en tiens à ce que les documents prouvent, dans l'ordre des dates, et je ne parle pas de son "
            "comportement en général. Pour chaque fait, je montre la pièce. Les deux dépassements de juin restent "
            "en suspens : le planning lui avait confié ce jour-là une tournée de 640 kilomètres, que je n'aurais pas "
            "dû valider ; je le dirai honnêtement."], tables=[[
            ["mars à juin", "six dépassements du temps de conduite", "relevés du chronotachygraphe",
             "rappel écrit du 12 avril"],
            ["juillet à octobre", "cinq dépassements, dont trois de plus d'une heure", "relevés",
             "avertissement du 19 juillet"],
            ["6 novembre", "remorque accrochée au quai de Brive après onze heures de conduite",
             "constat amiable, photos, devis de 8 400 €", "aucune"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« C'est le planning qui me donne des tournées trop longues. »",
             "Pour juin, vous avez raison et j'en tiens compte. Pour les autres jours, les tournées tenaient dans le temps légal.",
             "revoir les plannings de septembre avec Karim"],
            ["« Tout le monde dépasse un peu. »",
             "Je vérifie tous les relevés ; aujourd'hui, c'est de votre situation que nous parlons.",
             "contrôle des relevés de toute l'équipe"],
            ["« Vous allez me licencier ? »",
             "Rien n'est décidé. Ce que vous me dites aujourd'hui compte dans la décision.", ""],
            ["« Et mes six ans de boîte ? »",
             "Votre ancienneté et la qualité de votre travail avec les clients font partie de ce que nous pesons.",
             "relire ses évaluations annuelles"]]]),
        "closing-follow-up": dict(status="thin", retitle="Comment je termine", text=[
            "Je résume ses explications et je lui demande s'il veut ajouter quelque chose. Je lui redis que la "
            "décision viendra par lettre recommandée, pas avant le 18 décembre, et qu'il peut m'appeler d'ici là."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse finir, je reformule ses explications avant de répondre", "oui"],
            [None, "je reconnais ses six ans de travail et l'erreur du planning de juin", "oui"],
            [None, "mesure envisagée et absence de décision dites dans la première minute", "oui"],
            [None, "tableau des réponses préparé avec Mme Ribeiro", "oui"],
            [None, "chaque fait daté, avec sa pièce, dans l'ordre", "à relire"]]]),
    },
)
