from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Cyclorama, a bike-repair and rental workshop in Grenoble, calls a mechanic to a preliminary
    interview after three bikes left the workshop with badly fitted brakes despite a written warning. Guidance
    deleted everywhere. Headings retyped by replacing their runs (bookmarks lost): the opening "Mes premiers
    mots", the facts "Ce qui s'est passé (chronologie)" and the self-check "Est-ce que j'ai tout couvert ?".
    The note-taking grid deleted with its heading (missing); the closing left as our prompt (placeholder);
    every other table filled, the row labels of the checklist, phases and self-check kept as generated.""",
    cover={"company": "Cyclorama", "candidate": "Inès Barthélemy", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", text=[
            "Je suis responsable de l'atelier de Cyclorama, rue Saint-Laurent à Grenoble : huit mécaniciens, "
            "1 900 réparations par an et une flotte de 140 vélos de location, dont 60 à assistance électrique. "
            "Karim L., mécanicien depuis quatre ans, a rendu en octobre et novembre trois vélos dont les freins "
            "étaient mal serrés ou mal purgés. Un client est tombé dans la descente de la Bastille le 4 novembre, "
            "sans blessure grave. Karim avait déjà reçu un avertissement écrit en juin pour un oubli du contrôle "
            "final. La mesure envisagée est un licenciement pour faute simple ; rien n'est décidé.",
            "Le dossier que j'apporte : le contrat et la fiche de poste (qui impose la fiche de contrôle signée "
            "avant chaque restitution), les trois fiches d'intervention, les photos des étriers, la déclaration "
            "du client, l'avertissement de juin et la convocation remise en main propre le 18 novembre. "
            "L'entretien a lieu le 26 novembre à 9 h dans le bureau du premier étage, loin de l'atelier et des "
            "clients. Le gérant, Paul Morel, sera présent à mes côtés ; Karim a indiqué qu'il viendrait avec "
            "un conseiller du salarié. J'ai prévu de l'eau, des mouchoirs et une heure sans interruption."]),
        "procedure-checklist": dict(status="ok", skip_cols=1, tables=[[
            [None, "18 novembre", "oui, remise en main propre contre signature", "cabinet social, 15 novembre"],
            [None, "entretien le 26 novembre", "oui, 6 jours ouvrables", "cabinet social"],
            [None, "26 novembre", "à faire pendant l'entretien", "trame relue par le cabinet"],
            [None, "26 novembre", "à faire pendant l'entretien", "compte rendu écrit le jour même"],
            [None, "pas avant le 28 novembre", "non", "lettre préparée avec le cabinet"]]]),
        "opening": dict(status="ok", retitle="Mes premiers mots", text=[
            "« Bonjour Karim, bonjour Monsieur, merci d'être venus. Je vous présente Paul Morel, le gérant. "
            "Nous vous avons convoqué parce que nous envisageons à votre égard une sanction qui peut aller "
            "jusqu'au licenciement, à la suite des trois vélos rendus avec des freins défaillants. Je tiens à "
            "le dire tout de suite : aucune décision n'est prise. Je vais vous exposer les faits, puis je veux "
            "vraiment entendre votre version, et vous pourrez poser toutes vos questions. Nous avons une heure. "
            "La décision, quelle qu'elle soit, vous sera envoyée par écrit, pas avant deux jours ouvrables. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre calmement", "« Avez-vous eu le temps de préparer l'entretien ? »", "5 min"],
            [None, "exposer les trois incidents datés", "« Reconnaissez-vous ces fiches d'intervention ? »", "15 min"],
            [None, "comprendre ce qui s'est passé", "« Comment se passait votre journée le 4 novembre ? »", "20 min"],
            [None, "répondre sans s'emporter", "« Qu'est-ce qui vous paraît injuste ? »", "10 min"],
            [None, "dire la suite et le délai", "« Avez-vous quelque chose à ajouter ? »", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Ce qui s'est passé (chronologie)", text=[
            "Les trois incidents ont la même cause : la fiche de contrôle final n'a pas été remplie, ou a été "
            "signée sans que l'essai de freinage soit fait. Je les présente dans l'ordre, avec la pièce qui les "
            "prouve, et je laisse Karim réagir après chacun plutôt qu'à la fin."],
            tables=[[
                ["12 juin", "VTT rendu sans contrôle final", "fiche d'intervention n° 2231", "avertissement écrit le 20 juin"],
                ["9 octobre", "vélo électrique rendu avec un étrier desserré", "photo et fiche n° 3087", "rappel oral en réunion d'atelier"],
                ["4 novembre", "chute d'un client, freins avant mal purgés", "déclaration du client, fiche n° 3195 signée sans essai", "mise à pied conservatoire écartée, convocation"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« Je suis seul le samedi, je n'ai pas le temps de tout contrôler »", "le samedi, deux mécaniciens sont au planning depuis septembre ; je vérifierai les plannings réels", "plannings d'octobre et novembre"],
            ["« Les plaquettes du fournisseur étaient défectueuses »", "c'est possible, et je veux le savoir ; mais la fiche dit que l'essai a été fait", "lot de plaquettes, retour fournisseur"],
            ["« Vous voulez vous débarrasser de moi »", "non, et c'est pour ça que je vous écoute avant de décider quoi que ce soit", "rien"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, retitle="Est-ce que j'ai tout couvert ?", tables=[[
            [None, "je laisse Karim parler après chaque fait, sans le couper", "à relire"],
            [None, "je rappelle ses quatre ans de bon travail avant les incidents", "oui"],
            [None, "dès la deuxième phrase : sanction possible, rien de décidé", "oui"],
            [None, "tableau des objections préparé avec le cabinet", "oui"],
            [None, "trois faits datés, une pièce pour chacun", "oui"]]]),
    },
)
