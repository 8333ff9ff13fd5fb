from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the production manager of Pâtisseries Lemoine (a 60-person pastry workshop near Angers)
    prepares the preliminary interview of a delivery driver after repeated unjustified absences and a missed
    hospital delivery. Guidance deleted. Headings retyped by replacing their runs (bookmarks lost): the
    preparation "Avant l'entretien : le dossier de M. Royer", the phases "Comment je vais mener l'entretien" and
    the objections "Ce qu'il risque de me dire". Checklist, phases, facts and objections tables filled; the
    note-taking grid kept as generated, to be filled during the interview (empty); the closing left as our
    prompt (placeholder); the criteria self-check deleted with its heading (missing).""",
    cover={"company": "Pâtisseries Lemoine", "candidate": "Julien Perrot", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien : le dossier de M. Royer", text=[
            "Thierry Royer est chauffeur-livreur chez Pâtisseries Lemoine depuis avril 2021, en CDI à temps plein. "
            "Il livre chaque matin les boulangeries partenaires et, depuis 2024, les cuisines du CHU d'Angers, notre "
            "plus gros client. Jusqu'à l'été dernier, son travail ne posait aucun problème et les clients "
            "l'appréciaient.",
            "Depuis septembre, il a été absent six matins sans prévenir ni fournir de justificatif. Le 14 octobre, "
            "son absence a privé le CHU de sa livraison de desserts, et nous avons reçu une pénalité contractuelle "
            "de 1 200 euros. Il a reçu un rappel écrit en septembre puis un avertissement en octobre. La direction "
            "envisage un licenciement pour cause réelle et sérieuse, sans qu'aucune décision ne soit prise avant "
            "l'entretien.",
            "Le dossier réunit son contrat, les plannings de tournée, les relevés de pointage, le courriel du CHU, "
            "le rappel et l'avertissement. L'entretien aura lieu dans le bureau de la direction, porte fermée, "
            "avec Mme Lemoine, gérante, et moi-même. M. Royer pourra être assisté par un salarié de l'entreprise ; "
            "j'ai prévu une heure et demandé que personne ne nous dérange."]),
        "procedure-checklist": dict(status="ok", skip_cols=1, tables=[[
            [None, "12/11", "oui, lettre remise en main propre contre décharge", "oui, avec le cabinet comptable"],
            [None, "entretien le 20/11", "oui, six jours ouvrables", "oui"],
            [None, "20/11", "prévu en début d'entretien", "trame relue par la gérante"],
            [None, "20/11", "prévu", "—"],
            [None, "pas avant le 23/11", "à faire", "date calculée avec le cabinet"]]]),
        "opening": dict(status="ok", text=[
            "« Bonjour Monsieur Royer, merci d'être venu. Je vois que vous êtes accompagné par Mme Bodin, qui "
            "pourra prendre la parole si vous le souhaitez. Comme l'indique la lettre que vous avez reçue, nous "
            "envisageons à votre égard une mesure pouvant aller jusqu'au licenciement. Je veux être clair : "
            "aucune décision n'est prise aujourd'hui. Je vais d'abord vous exposer les faits qui nous amènent ici, "
            "puis je vous écouterai, aussi longtemps qu'il le faudra, car votre version compte. Ensuite nous "
            "répondrons à vos questions et je vous expliquerai la suite de la procédure. Est-ce que ce déroulé "
            "vous convient ? »"]),
        "interview-phases": dict(status="ok", retitle="Comment je vais mener l'entretien", skip_cols=1, tables=[[
            [None, "poser le cadre, rassurer sur l'absence de décision", "Voulez-vous que Mme Bodin intervienne ?", "5 min"],
            [None, "exposer les six absences et la livraison manquée", "Reconnaissez-vous ces dates ?", "10 min"],
            [None, "comprendre ce qui a changé depuis l'été", "Que s'est-il passé pour vous depuis septembre ?", "20 min"],
            [None, "répondre sans m'engager sur la décision", "Avez-vous d'autres questions ?", "10 min"],
            [None, "annoncer le délai et la lettre à venir", "Souhaitez-vous ajouter quelque chose ?", "5 min"]]]),
        "facts-explained": dict(status="ok", text=[
            "Les faits sont établis par les relevés de pointage et les plannings ; je les présenterai dans l'ordre, "
            "sans commentaire sur la personne. Je laisserai M. Royer réagir après chaque date."], tables=[[
            ["09/09 et 16/09", "absences sans prévenir, tournée reprise par un collègue", "pointage, planning", "rappel écrit le 18/09"],
            ["01/10, 08/10", "absences sans justificatif", "pointage", "avertissement le 10/10"],
            ["14/10", "absence, livraison du CHU non faite", "courriel du CHU, pénalité de 1 200 €", "—"],
            ["04/11 et 06/11", "nouvelles absences sans prévenir", "pointage, SMS du chef d'équipe", "convocation le 12/11"]]]),
        "questions-objections": dict(status="ok", retitle="Ce qu'il risque de me dire", tables=[[
            ["« Je n'ai jamais eu de problème avant. »", "C'est vrai, et c'est pour cela que nous voulons comprendre ce qui a changé.", "ancienneté, entretiens annuels"],
            ["« Personne ne m'a demandé ce qui se passait. »", "Le rappel de septembre proposait un échange ; je vous le propose aujourd'hui.", "copie du rappel"],
            ["« J'ai des soucis de santé. »", "Je vous écoute ; un arrêt ou un justificatif change la lecture des faits.", "médecine du travail"],
            ["« Les autres aussi arrivent en retard. »", "Nous parlons d'absences sans prévenir, pas de retards ; chaque situation est traitée.", "pointages de l'équipe"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="missing"),
    },
)
