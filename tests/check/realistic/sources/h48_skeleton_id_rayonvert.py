from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Rayon Vert, an eleven-person bike repair and sales workshop in Rennes, prepares the
    preliminary interview of a mechanic who twice handed back customer bikes with untested brakes after a
    written warning. Guidance deleted. Three headings retyped over their runs (bookmark lost): the preparation,
    the facts and the closing. The opening is written in two sentences only (thin). The note-taking grid was
    deleted with its heading (missing). All other tables filled.""",
    cover={"company": "Rayon Vert SARL", "candidate": "Maëlle Le Goff", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien : ce que je dois avoir en main", text=[
            "Je suis responsable de l'atelier de Rayon Vert depuis 2024. L'entretien concerne Kevin R., mécanicien "
            "en CDI depuis quatre ans, apprécié des clients et rapide sur les réparations de vélos électriques. "
            "Le 3 juin 2026, il a reçu un avertissement écrit après avoir rendu un vélo cargo dont les freins "
            "n'avaient pas été purgés ; la cliente avait dû s'arrêter avec son enfant à bord en utilisant ses pieds.",
            "Depuis, deux nouveaux vélos sont sortis de l'atelier sans l'essai de freinage obligatoire inscrit sur "
            "notre fiche de contrôle, les 14 octobre et 6 novembre. Les fiches sont signées par lui, mais la case "
            "de l'essai est vide, et un client est revenu le lendemain avec un disque voilé. La gérante, Anne "
            "Guillou, envisage un licenciement pour cause réelle et sérieuse ; rien n'est décidé avant d'avoir "
            "entendu Kevin.",
            "Avant l'entretien, je rassemble les trois fiches de contrôle, l'avertissement de juin, le mail du "
            "client de novembre et le planning de l'atelier pour ces journées, car Kevin pourrait expliquer les "
            "oublis par la charge de travail. Je relis aussi avec notre cabinet comptable, qui nous conseille en "
            "droit social, les règles de la convocation. Je prévois une salle fermée, loin de l'atelier, et une "
            "heure sans interruption."]),
        "procedure-checklist": dict(status="ok", tables=[[
            [None, "12 novembre 2026", "oui, lettre remise en main propre contre décharge", "oui, cabinet Lebreton"],
            [None, "entretien fixé au 20 novembre", "oui, six jours ouvrables", "oui"],
            [None, "20 novembre 2026", "à faire pendant l'entretien", "trame relue par la gérante"],
            [None, "20 novembre 2026", "à faire pendant l'entretien", "—"],
            [None, "pas avant le 24 novembre", "à faire", "oui, courrier préparé mais non signé"]]]),
        "opening": dict(status="thin", text=[
            "J'accueille Kevin et la personne qui l'assiste, je rappelle que l'entretien porte sur une mesure "
            "pouvant aller jusqu'au licenciement et qu'aucune décision n'est prise aujourd'hui. Je lui dis que je "
            "veux d'abord entendre sa version."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre et calmer la tension", "Souhaitez-vous un verre d'eau ? Avez-vous bien reçu la convocation ?", "5 min"],
            [None, "exposer les trois incidents avec les fiches", "Reconnaissez-vous ces fiches et votre signature ?", "10 min"],
            [None, "laisser Kevin expliquer sans l'interrompre", "Que s'est-il passé ces jours-là ? Qu'est-ce qui vous a manqué ?", "20 min"],
            [None, "répondre sur la procédure et sur son avenir", "Avez-vous d'autres éléments à nous donner ?", "15 min"],
            [None, "annoncer le délai et la forme de la réponse", "Avez-vous quelque chose à ajouter avant de finir ?", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Les faits, date par date", text=[
            "Je m'en tiens aux fiches et aux témoignages écrits, sans jugement sur la personne. Je présente chaque "
            "fait avec sa preuve, je laisse Kevin lire les documents et je ne mélange pas ces incidents avec "
            "d'autres reproches que l'équipe a pu formuler à l'oral."], tables=[[
            ["3 juin 2026", "vélo cargo rendu avec des freins non purgés", "fiche n° 2231, mail de la cliente",
             "avertissement écrit du 10 juin"],
            ["14 octobre 2026", "vélo de ville rendu sans essai de freinage", "fiche n° 2874, case vide signée",
             "aucune, découvert lors d'un contrôle"],
            ["6 novembre 2026", "VTT électrique rendu sans essai ; disque voilé constaté le lendemain",
             "fiche n° 2950, mail du client, photo du disque", "aucune avant l'entretien"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« J'avais six vélos à rendre ce jour-là, personne ne m'a aidé. »",
             "Je reconnais la charge de ce samedi ; l'essai prend deux minutes et reste obligatoire quelle que soit la file.",
             "planning du 6 novembre et nombre de vélos rendus"],
            ["« Les autres ne font pas toujours l'essai non plus. »",
             "Je prends note et je vérifierai les fiches de toute l'équipe, mais nous parlons aujourd'hui des vôtres.",
             "contrôle des fiches d'octobre et novembre"],
            ["« Est-ce que je suis déjà licencié ? »",
             "Non, la décision sera prise après cet entretien et vous sera notifiée par écrit, pas avant le 24 novembre.",
             "—"]]]),
        "closing-follow-up": dict(status="ok", retitle="Et après ?", text=[
            "Je résume ce que Kevin a dit, en particulier ce qu'il reconnaît et ce qu'il conteste, et je lui demande "
            "si mon résumé est fidèle. Je rappelle que la décision sera prise par Anne Guillou après un délai de "
            "réflexion d'au moins deux jours ouvrables, et qu'il la recevra par lettre recommandée.",
            "Jusque-là, il reprend son poste normalement. S'il le souhaite, il peut nous transmettre par écrit "
            "d'autres éléments d'ici lundi. Je le remercie d'être venu et je raccompagne la personne qui l'assiste. "
            "Le soir même, je mets au propre mes notes et je les transmets à la gérante, sans les commenter."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", tables=[[
            [None, "je reformule ses explications avant de répondre, je ne coupe pas la parole", "à relire après"],
            [None, "je rappelle ses qualités de mécanicien, reconnues par les clients", "oui"],
            [None, "dès l'accueil : mesure possible jusqu'au licenciement, rien n'est décidé", "oui"],
            [None, "tableau des objections préparé, questions notées pour vérification", "oui"],
            [None, "trois dates, trois fiches, présentées dans l'ordre", "oui"]]]),
    },
)
