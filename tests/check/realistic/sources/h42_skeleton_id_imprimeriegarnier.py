from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the Imprimerie Garnier, a 48-person offset and digital print shop in Limoges, calls a night-shift
    press operator to a preliminary interview after eleven unjustified absences or late arrivals in four months, two
    of which stopped the night run of a regional weekly. Guidance deleted everywhere. Headings retyped by replacing
    their runs (bookmarks lost): the preparation "Avant l'entretien : mon dossier", the facts "Les absences, date par
    date" and the closing "Comment je termine". The closing is two short sentences (thin). The self-check table was
    deleted with its heading (missing). Every other table filled, the generated row labels of the checklist, phases
    and note grid kept.""",
    cover={"company": "Imprimerie Garnier", "candidate": "Julien Faucher", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien : mon dossier", text=[
            "Je dirige la production de l'Imprimerie Garnier, à Limoges : 48 salariés, deux presses offset et un "
            "atelier numérique qui tournent en trois équipes. L'équipe de nuit imprime notamment l'hebdomadaire "
            "régional Le Populaire du Centre-Ouest, qui doit partir au routage à 5 h 30 le jeudi. Sébastien M., "
            "conducteur offset depuis six ans, a cumulé entre juillet et octobre onze absences non justifiées ou "
            "retards de plus d'une heure. Deux fois, la presse n° 2 n'a pas pu démarrer à temps et le journal est "
            "parti avec trois heures de retard ; le client nous a appliqué une pénalité de 2 400 euros.",
            "Avant de le recevoir, j'ai rassemblé les relevés de badgeuse, les plannings signés, les deux mails du "
            "client, le rappel écrit du 2 août et la convocation remise en main propre le 17 novembre. J'ai aussi "
            "relu son dossier : aucune sanction avant cet été, de bonnes évaluations en 2023 et 2024. Quelque chose "
            "a changé, et je veux comprendre quoi avant de décider. L'entretien aura lieu le 25 novembre à 14 h, "
            "dans la salle de réunion du bâtiment administratif, hors de l'atelier. Claire Dubreuil, responsable "
            "RH, sera à mes côtés ; Sébastien peut venir avec un salarié de l'entreprise, et la convocation le lui "
            "rappelle. La mesure envisagée va jusqu'au licenciement, mais rien n'est tranché."]),
        "procedure-checklist": dict(status="ok", skip_cols=1, tables=[[
            [None, "17 novembre", "oui, en main propre contre décharge", "Claire Dubreuil, RH"],
            [None, "entretien le 25 novembre", "oui, 6 jours ouvrables", "RH"],
            [None, "25 novembre", "prévu en début d'entretien", "avocate du groupement, par téléphone"],
            [None, "25 novembre", "temps réservé au milieu de l'entretien", "RH"],
            [None, "au plus tôt le 28 novembre", "non, lettre en préparation", "avocate du groupement"]]]),
        "opening": dict(status="ok", text=[
            "« Bonjour Sébastien, merci d'être venu. Vous connaissez Claire, qui m'accompagne. Je vais être "
            "direct : nous vous avons convoqué parce que nous envisageons une sanction pouvant aller jusqu'au "
            "licenciement, à cause des absences et retards de ces quatre derniers mois. Rien n'est décidé "
            "aujourd'hui. Je vais vous présenter les faits, ensuite c'est vous qui parlez : je veux entendre ce "
            "qui se passe pour vous. Vous pourrez poser vos questions à tout moment. Vous recevrez notre "
            "décision par courrier, et pas avant trois jours. »",
            "Je garde un ton calme et je le regarde quand je parle, sans lire ma feuille."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre, vérifier qu'il a pu se faire accompagner", "« Vous avez pu venir accompagné si vous le souhaitiez ? »", "5 min"],
            [None, "présenter les onze dates et les deux nuits perdues", "« Ces relevés vous semblent-ils exacts ? »", "10 min"],
            [None, "écouter sans interrompre, chercher la cause", "« Qu'est-ce qui a changé pour vous depuis juillet ? »", "20 min"],
            [None, "répondre point par point", "« Qu'est-ce qui vous paraît injuste dans ce que j'ai dit ? »", "10 min"],
            [None, "annoncer le délai et la forme de la décision", "« Voulez-vous ajouter quelque chose avant qu'on se quitte ? »", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Les absences, date par date", text=[
            "Je ne lis pas les onze lignes : je donne le total, puis je m'arrête sur les trois dates qui ont eu des "
            "conséquences pour l'équipe ou le client, avec la pièce correspondante."],
            tables=[[
                ["juillet – août", "cinq retards de plus d'une heure sur l'équipe de nuit", "relevés de badgeuse", "rappel écrit du 2 août"],
                ["12 septembre", "absence sans prévenir, presse n° 2 démarrée à 3 h", "badgeuse, mail du client du 13 septembre", "entretien informel avec le chef d'équipe"],
                ["10 octobre", "absence sans prévenir, journal livré avec trois heures de retard", "badgeuse, pénalité client de 2 400 €", "convocation du 17 novembre"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« Le chef d'équipe m'a dit que je pouvais arriver plus tard »", "je vérifierai avec lui, mais rien d'écrit ne le dit et le planning était signé", "témoignage du chef de nuit"],
            ["« J'ai des soucis personnels en ce moment »", "je l'entends, et si vous voulez en parler je peux vous orienter vers le médecin du travail ou l'assistante sociale", "contact de la médecine du travail"],
            ["« Les autres aussi arrivent en retard »", "nous parlons aujourd'hui de vos absences ; les retards des autres sont traités de la même manière", "relevés de l'équipe"],
            ["« Vous avez déjà décidé de me virer »", "non, c'est justement pour vous entendre que nous sommes là", "rien"]]]),
        "closing-follow-up": dict(status="thin", retitle="Comment je termine", text=[
            "Je résume ce qu'il m'a dit, je rappelle que la décision arrivera par courrier après le 28 novembre, "
            "et je le remercie d'être venu."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "Sébastien, Claire Dubreuil, moi ; pas d'accompagnant", "arrivé à l'heure, tendu", "noter dans le compte rendu"],
            [None, "onze absences ou retards, deux nuits sans démarrage", "a reconnu les dates", "aucune"],
            [None, "garde de son fils depuis sa séparation en juin", "n'en avait parlé à personne", "étudier un passage en équipe de jour"],
            [None, "demande si un changement d'horaire est possible", "question sincère", "réponse après vérification du planning"],
            [None, "décision par courrier après le 28 novembre", "a compris le délai", "envoyer le compte rendu à la RH"]]]),
        "criteria-self-check": dict(status="missing"),
    },
)
