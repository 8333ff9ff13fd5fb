from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    via="python-docx",
    language="fr",
    notes="""Held-out round 64, written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French, a bakery chain's sales manager preparing the preliminary interview of a shop employee
    absent on several Saturdays despite two warnings. Guidance deleted, prompts replaced by prose, tables filled;
    two headings retyped by replacing their runs (bookmark lost); the opening too short (thin); the note-taking
    grid deleted with its heading (missing).""",
    cover={"company": "Maison Fayolle", "candidate": "Camille Reynaud", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec Thierry", text=[
            "Maison Fayolle compte six boulangeries-pâtisseries à Saint-Étienne et dans sa périphérie, avec 64 "
            "salariés. Je suis responsable des ventes pour les six boutiques. Thierry Besson est vendeur à la "
            "boutique de Bellevue depuis 2019 ; il connaît les clients et la caisse, et son travail en semaine ne "
            "pose pas de difficulté. Le problème, ce sont les samedis : depuis mars, il a été absent sans "
            "justificatif à cinq reprises, toujours prévenant moins d'une heure avant l'ouverture, alors que le "
            "samedi matin fait 30 % du chiffre de la boutique.",
            "Il a reçu un premier avertissement écrit le 12 mai et un second le 9 septembre. Deux nouvelles "
            "absences ont suivi, le 17 octobre et le 7 novembre. Avec la responsable des ressources humaines, "
            "Nadia Chaptal, nous envisageons un licenciement pour cause réelle et sérieuse, mais rien n'est "
            "décidé : je veux d'abord entendre ses explications. Le dossier réunit son contrat, les plannings "
            "signés, les deux avertissements, les SMS d'absence et la convocation envoyée en recommandé. "
            "L'entretien aura lieu au siège, rue de la Montat, dans le bureau du premier étage. Nadia sera "
            "présente ; Thierry peut venir avec un salarié de l'entreprise ou un conseiller extérieur. Je "
            "m'engage à garder un ton calme et à ne pas l'interrompre."]),
        "procedure-checklist": dict(status="ok", skip_cols=1, tables=[[
            [None, "lundi 23 novembre (recommandé et remise en main propre)", "oui", "Nadia Chaptal"],
            [None, "entretien le mardi 1er décembre, 6 jours ouvrables", "oui", "Nadia Chaptal"],
            [None, "absences des 17 octobre et 7 novembre après deux avertissements", "à faire pendant l'entretien", "avocat de l'entreprise"],
            [None, "noter ses réponses mot pour mot", "à faire pendant l'entretien", "—"],
            [None, "pas avant le jeudi 3 décembre", "à faire", "Nadia Chaptal"]]]),
        "opening": dict(status="thin", text=[
            "« Bonjour Thierry, bonjour monsieur Faure. Merci d'être venus. Comme l'indique la convocation, nous "
            "envisageons une mesure pouvant aller jusqu'au licenciement. Rien n'est décidé aujourd'hui : je "
            "souhaite entendre votre version avant toute décision. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre, présenter Nadia", "—", "5 min"],
            [None, "énoncer les cinq absences et les avertissements", "—", "10 min"],
            [None, "comprendre ce qui se passe le samedi", "Qu'est-ce qui vous empêche de venir ces jours-là ?", "15 min"],
            [None, "répondre sans débattre", "Avez-vous d'autres éléments à nous donner ?", "10 min"],
            [None, "annoncer le délai de décision", "—", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Les absences, date par date", text=[
            "Je présenterai les faits dans l'ordre, sans commentaire, en montrant chaque pièce. Le planning de "
            "Bellevue est affiché trois semaines à l'avance et Thierry l'a signé chaque mois."],
            tables=[[
                ["16 mars, 6 avril, 27 avril", "absent, prévenu par SMS à 6 h 10, 5 h 55 et 6 h 20", "SMS et plannings signés", "avertissement du 12 mai"],
                ["20 juillet", "absent sans prévenir, boutique ouverte avec une vendeuse seule", "témoignage de la gérante", "avertissement du 9 septembre"],
                ["17 octobre, 7 novembre", "absent, prévenu par SMS le matin même", "SMS, plannings", "convocation du 23 novembre"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« Les autres vendeurs aussi manquent le samedi. »", "Chaque situation est examinée ; aujourd'hui nous parlons des vôtres.", "comparer les absences des autres boutiques"],
            ["« J'ai la garde de ma fille un samedi sur deux. »", "Pourquoi ne pas l'avoir dit pour adapter le planning ?", "dates de garde à rapprocher des absences"],
            ["« Vous voulez me remplacer par quelqu'un de moins cher. »", "Le motif est uniquement lié aux absences, qui sont documentées.", "—"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", text=[
            "Je résumerai ce que Thierry a dit, en particulier sur la garde de sa fille, et je lui demanderai s'il "
            "veut ajouter quelque chose. Je redirai qu'aucune décision n'est prise et qu'il recevra notre réponse "
            "par lettre recommandée, pas avant le jeudi 3 décembre. Je le remercierai d'être venu et je le "
            "raccompagnerai. Avec Nadia, nous relirons nos notes le jour même et vérifierons ses explications "
            "avant de décider, y compris la possibilité d'un planning sans samedi. La "
            "gérante de Bellevue ne sera informée qu'une fois la décision prise et notifiée."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse parler de sa situation familiale sans le couper", "oui"],
            [None, "je rappelle qu'il n'y a pas encore de décision", "oui"],
            [None, "objet annoncé dans la première minute", "oui"],
            [None, "réponses préparées sur les trois objections probables", "à vérifier"],
            [None, "cinq dates, chacune avec sa pièce", "oui"]]]),
    },
)
