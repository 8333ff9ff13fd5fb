from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the workshop manager of Roue Libre, a bicycle repair cooperative in Strasbourg, prepares a
    reframing interview with a mechanic who skipped the brake checklist on the city's electric bikes and left
    customers' bikes outside overnight. Guidance deleted. The preparation heading retyped "Avant de voir Lucas :
    ce que je sais" and the agreed changes retyped "Nos engagements, noir sur blanc" (runs replaced, bookmarks
    lost); the objections retyped "S'il me répond que…" keeping its bookmark. The closing still our prompt
    (placeholder); the note-taking grid left as generated, nothing filled (empty); the criteria self-check
    deleted with its heading (missing); every other section written, tables filled.""",
    cover={"company": "Roue Libre – coopérative de réparation de vélos", "candidate": "Manon Kieffer",
           "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de voir Lucas : ce que je sais", text=[
            "Roue Libre est une coopérative de réparation de vélos installée près de la gare de Strasbourg. Nous "
            "sommes neuf salariés, dont cinq mécaniciens, et depuis mars nous assurons l'entretien des 600 vélos à "
            "assistance électrique que l'Eurométropole loue aux habitants. Ce contrat représente 40 % de notre "
            "chiffre d'affaires et il est renégocié en juin. Je dirige l'atelier. Lucas Schaller, 29 ans, est "
            "mécanicien chez nous depuis quatre ans ; c'est le plus rapide de l'équipe et les clients le "
            "demandent souvent.",
            "Depuis septembre, trois faits se sont produits. Les 9 et 23 octobre, six vélos de la flotte "
            "municipale révisés par Lucas sont repartis sans la fiche de contrôle des freins signée, alors que le "
            "contrat l'exige pour chaque vélo ; l'un d'eux est revenu deux jours plus tard avec des plaquettes "
            "usées jusqu'au métal. Le 4 novembre, il a laissé trois vélos de clients attachés dans la cour pendant "
            "la nuit au lieu de les rentrer ; l'un a été volé, et nous l'avons remboursé 1 150 euros.",
            "Je veux obtenir deux changements : une fiche signée pour chaque vélo de la flotte, sans exception, "
            "et tous les vélos rentrés et comptés à la fermeture. Je recevrai Lucas le mardi 17 novembre à 8 h, "
            "avant l'ouverture, dans le bureau de l'atelier, pour une demi-heure, seul à seul."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Lucas, merci d'être là avant l'ouverture. Je t'ai demandé ce moment parce qu'il y a deux "
            "choses qui ne vont pas à l'atelier depuis l'automne et qui touchent à la sécurité des gens et à "
            "notre contrat avec l'Eurométropole : les fiches de freins et les vélos laissés dehors. Je ne suis pas "
            "là pour te faire un procès ; tu es un excellent mécanicien et j'ai besoin de toi. Je veux qu'on "
            "comprenne ensemble ce qui se passe et qu'on reparte avec des engagements clairs. On a une demi-heure, "
            "et tu peux m'arrêter dès que tu n'es pas d'accord. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "dire pourquoi on est là, sans détour", "—", "2 min"],
            [None, "relire ensemble la fiche de poste et le contrat", "Tu te souviens de ce que le contrat demande ?", "3 min"],
            [None, "les deux dates d'octobre, la nuit du 4 novembre", "—", "4 min"],
            [None, "le risque pour un usager, le vol, le contrat", "—", "3 min"],
            [None, "l'écouter sans l'interrompre", "Qu'est-ce qui s'est passé ces jours-là ?", "8 min"],
            [None, "les deux demandes, précises", "De quoi aurais-tu besoin pour y arriver ?", "4 min"],
            [None, "ce qui se passe dans un sens et dans l'autre", "—", "2 min"],
            [None, "écrire ensemble, fixer la date du point", "Le 15 décembre, ça te va ?", "4 min"]]]),
        "expectations-recap": dict(status="ok", text=[
            "La fiche de poste de mécanicien, mise à jour en mars quand nous avons signé avec l'Eurométropole, "
            "prévoit trois choses que Lucas connaît : réviser les vélos selon la procédure du constructeur, "
            "remplir et signer la fiche de contrôle des freins pour chaque vélo électrique de la flotte avant sa "
            "remise en service, et, pour le dernier mécanicien présent, rentrer et compter tous les vélos de la "
            "cour à la fermeture. Le contrat avec l'Eurométropole prévoit une pénalité de 200 euros par vélo "
            "rendu sans fiche et peut être résilié après trois manquements constatés. Le règlement intérieur de "
            "la coopérative rappelle enfin que le matériel des clients est sous notre garde."]),
        "desc-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "les faits, datés, sans jugement",
             "« Le 9 et le 23 octobre, six vélos de la flotte sont sortis sans fiche de freins signée. Le 4 "
             "novembre au soir, trois vélos de clients sont restés dans la cour, un a été volé. »",
             "il peut dire qu'il n'était pas le dernier ; j'ai le planning"],
            [None, "l'effet sur les usagers, l'équipe et moi",
             "« Un usager a roulé avec des plaquettes usées. Nous avons payé 1 150 euros et je dois rendre des "
             "comptes à l'Eurométropole. Je suis inquiète. »", "gêne, peut-être agacement"],
            [None, "ce que j'attends, précisément",
             "« Une fiche signée pour chaque vélo de la flotte, et tous les vélos rentrés et comptés quand tu "
             "fermes. »", "il demandera sans doute du temps en plus"],
            [None, "la suite, dans les deux sens",
             "« Si c'est tenu, je te confie la formation des deux nouveaux en janvier. Sinon, je devrai te "
             "donner un avertissement écrit. »", "silence, puis questions"]]]),
        "explanations-objections": dict(status="ok", retitle="S'il me répond que…", keep_bookmark=True, text=[
            "« On n'a pas le temps de remplir les fiches, la flotte arrive par dizaines. » Je l'écoute, je "
            "reconnais que les arrivages du lundi sont lourds, et je propose que les fiches soient remplies sur "
            "la tablette pendant le contrôle plutôt qu'à la fin ; la demande, elle, reste la même.",
            "« Je n'étais pas le dernier ce soir-là. » Le planning du 4 novembre montre qu'il fermait seul ; je "
            "le lui montre calmement, sans insister davantage.",
            "« Les autres ne les remplissent pas non plus. » Je lui réponds que je parle avec chacun, que nous "
            "parlons aujourd'hui de ses vélos à lui, et que la règle vaut pour tout l'atelier.",
            "S'il évoque de la fatigue ou un souci personnel, je prends le temps de l'entendre et je lui propose "
            "d'en reparler à part, avec la possibilité d'aménager ses horaires du lundi."]),
        "agreed-changes": dict(status="ok", retitle="Nos engagements, noir sur blanc", tables=[[
            ["Une fiche de freins signée pour chaque vélo de la flotte", "fiche sur tablette, un quart d'heure de plus le lundi",
             "dès le 18 novembre", "je compare chaque vendredi fiches et vélos sortis"],
            ["Tous les vélos rentrés et comptés à la fermeture", "une liste de comptage à la porte de la cour",
             "dès ce soir", "liste signée, vérifiée chaque matin"],
            ["Me prévenir quand la charge déborde", "mon numéro en direct, sans passer par l'accueil",
             "immédiat", "point rapide le lundi matin"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="missing"),
    },
)
