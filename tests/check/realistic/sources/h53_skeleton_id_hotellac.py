from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: a 42-room lakeside hotel near Annecy prepares the preliminary interview of its night
    receptionist, found away from the desk three times in a month (a guest locked out at 2 a.m., the fire round
    not done). Guidance deleted. Three headings retyped over their runs (bookmark lost): the preparation, the
    facts and the objections. The closing is still our prompt (placeholder); the note-taking grid is left as
    generated, nothing written in it (empty). Other tables filled.""",
    cover={"company": "Hôtel Les Pontons du Lac", "candidate": "Inès Perrier", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Ce que je prépare avant de recevoir Thomas", text=[
            "Je dirige l'hébergement de l'hôtel Les Pontons du Lac, 42 chambres à Sévrier, ouvert toute l'année. "
            "Thomas M. est veilleur de nuit en CDI depuis mars 2023 ; il travaille seul de 22 h à 7 h, cinq nuits "
            "sur sept. Jusqu'à cet été, les retours étaient bons : les clients soulignaient sa gentillesse et il "
            "avait même repéré une fuite d'eau qui aurait pu inonder le restaurant.",
            "En octobre, trois nuits posent problème. Le 9, un couple rentré à 2 h 10 a sonné pendant vingt "
            "minutes avant que Thomas ne réponde, et il a laissé un avis très dur en ligne. Le 17, la ronde de "
            "sécurité incendie de 3 h n'a pas été faite et le registre est resté vierge. Le 28, le directeur, "
            "passé à l'improviste, a trouvé la réception vide à 1 h 40 ; Thomas était dans sa voiture sur le "
            "parking. Un avertissement écrit lui avait été remis le 12 octobre, après la première nuit.",
            "La direction envisage un licenciement pour cause réelle et sérieuse, mais je veux d'abord comprendre. "
            "Thomas a évoqué au printemps un second emploi le jour et des soucis familiaux : la fatigue peut tout "
            "expliquer sans rien excuser. Je rassemble le planning, le registre de sécurité, l'avis du client, "
            "l'enregistrement horodaté de la sonnette et l'avertissement signé. L'entretien aura lieu dans le "
            "petit salon, porte fermée, à 15 h pour ne pas le faire venir après une nuit de travail."]),
        "procedure-checklist": dict(status="ok", tables=[[
            [None, "convocation remise le 4 novembre", "oui, en main propre contre décharge", "oui, avec le cabinet RH"],
            [None, "entretien le 13 novembre", "oui, sept jours ouvrables", "oui"],
            [None, "13 novembre 2026", "prévu en début d'entretien", "trame relue par le directeur"],
            [None, "13 novembre 2026", "prévu", "—"],
            [None, "au plus tôt le 17 novembre", "à faire", "courrier rédigé, non signé"]]]),
        "opening": dict(status="ok", text=[
            "Bonjour Thomas, merci d'être venu, et bonjour à Madame Favre qui vous accompagne. Asseyez-vous, "
            "voulez-vous un café ? Je vais être claire dès le départ : nous vous avons convoqué parce que nous "
            "envisageons une sanction qui peut aller jusqu'au licenciement. Rien n'est décidé aujourd'hui. Je vais "
            "vous exposer trois faits du mois d'octobre, puis je veux vraiment entendre votre version, sans vous "
            "couper. Vous pourrez poser toutes vos questions, et Madame Favre peut intervenir à tout moment pour vous "
            "aider. Nous avons une heure devant nous, et nous pouvons faire une pause si vous le souhaitez."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "installer un climat calme, rappeler l'objet", "Avez-vous bien reçu la convocation ? Souhaitez-vous commencer ?", "5 min"],
            [None, "présenter les trois nuits avec les pièces", "Reconnaissez-vous ces horaires et ce registre ?", "10 min"],
            [None, "comprendre ce qui se passe pour lui", "Comment se passent vos nuits en ce moment ? Qu'est-ce qui a changé ?", "20 min"],
            [None, "répondre honnêtement sans promettre", "Y a-t-il autre chose que nous devrions savoir ?", "15 min"],
            [None, "dire ce qui va se passer ensuite", "Voulez-vous ajouter quelque chose ?", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Les trois nuits d'octobre", text=[
            "Je présente chaque nuit avec sa preuve, dans l'ordre, sans adjectif ni reproche sur la personne. Je "
            "tends les documents à Thomas et à Madame Favre et je leur laisse le temps de les lire."], tables=[[
            ["9 octobre 2026", "clients à la porte de 2 h 10 à 2 h 30", "enregistrement de la sonnette, avis en ligne",
             "avertissement écrit du 12 octobre"],
            ["17 octobre 2026", "ronde incendie de 3 h non faite", "registre de sécurité vierge pour cette nuit",
             "aucune, constaté le lendemain"],
            ["28 octobre 2026", "réception vide à 1 h 40, veilleur dans sa voiture", "constat du directeur, écrit le jour même",
             "aucune avant la convocation"]]]),
        "questions-objections": dict(status="ok", retitle="S'il me dit que…", tables=[[
            ["« Je suis seul toute la nuit, il faut bien que je souffle. »",
             "Les pauses sont prévues, mais à la réception avec le téléphone renvoyé, jamais hors du bâtiment.",
             "note de service sur les pauses de nuit"],
            ["« J'ai un autre travail le jour, je n'en peux plus. »",
             "Je l'entends ; c'est son droit, mais le repos entre les deux emplois est aussi une règle. On peut en parler.",
             "durée du second emploi, respect du repos quotidien"],
            ["« Le client exagère, je suis arrivé en cinq minutes. »",
             "L'horodatage de la sonnette indique vingt minutes ; je lui montre le relevé.",
             "relevé exporté du système"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", tables=[[
            [None, "je le laisse parler de sa fatigue sans l'interrompre et je reformule", "à relire avec mes notes"],
            [None, "je rappelle la fuite d'eau repérée en juin et les avis des clients", "oui"],
            [None, "dès la deuxième phrase : sanction possible jusqu'au licenciement", "oui"],
            [None, "trois objections préparées avec la pièce qui y répond", "oui"],
            [None, "trois nuits, trois preuves, dans l'ordre des dates", "oui"]]]),
    },
)
