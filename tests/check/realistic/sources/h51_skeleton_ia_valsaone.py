from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the maintenance manager of a bus network in Chalon-sur-Saône prepares the yearly appraisal of
    the team leader of the night workshop. Guidance deleted. The preparation, year-review and closing headings
    retyped (runs replaced, bookmarks lost), the career heading retyped keeping its bookmark. The career wishes
    written in two short sentences (thin); the note-taking grid deleted with its heading (missing); every other
    section written, tables filled.""",
    cover={"company": "Bus du Val de Saône", "candidate": "Nathalie Berthaud", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de voir Karim", text=[
            "Les Bus du Val de Saône exploitent 84 autobus sur l'agglomération de Chalon. L'atelier de nuit, où "
            "six mécaniciens préparent les véhicules entre 21 h et 5 h, est dirigé depuis mars 2024 par Karim "
            "Ouali, 41 ans, ancien mécanicien poids lourds. Je suis sa responsable directe et je le reçois pour "
            "son entretien annuel le vendredi 15 janvier à 14 h, dans mon bureau du dépôt, pour une heure et "
            "demie. Je lui ai envoyé le support huit jours avant pour qu'il prépare son auto-évaluation.",
            "J'ai rassemblé les chiffres de l'année : taux de disponibilité du parc au départ du matin, nombre "
            "de pannes en ligne, heures supplémentaires de son équipe et résultats des deux audits sécurité. "
            "J'ai aussi relu le compte rendu de l'an dernier et ses trois objectifs. Karim a eu une année chargée, "
            "avec l'arrivée de douze bus électriques qui ont changé le métier de l'atelier : je veux lui laisser "
            "la parole sur ce que cela lui a coûté avant de parler de la suite."]),
        "opening": dict(status="ok", text=[
            "« Karim, merci d'avoir pris ce temps en journée, je sais que ce n'est pas ton rythme. Cet entretien, "
            "c'est notre moment pour regarder ensemble l'année écoulée, ce qui a marché et ce qui a été difficile, "
            "puis fixer tes objectifs pour 2027 et voir ce dont tu as besoin, en formation comme pour la suite de "
            "ton parcours. Je te le dis tout de suite : l'arrivée des bus électriques s'est bien passée, en grande "
            "partie grâce à ton équipe. Tu parles d'abord, je complète ensuite, et rien n'est écrit sans ton accord. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre à l'aise, annoncer le déroulé", "—", "5 min"],
            [None, "son regard sur l'année, puis le mien", "Qu'est-ce qui t'a le plus marqué ?", "15 min"],
            [None, "les trois objectifs 2026, chiffres en main", "—", "10 min"],
            [None, "comparer son auto-évaluation et la mienne", "Où te sens-tu le plus à l'aise ?", "15 min"],
            [None, "trois objectifs mesurables", "Lequel te paraît le plus dur ?", "15 min"],
            [None, "habilitation électrique, management", "De quoi as-tu besoin ?", "10 min"],
            [None, "ses projets à deux ou trois ans", "Où te vois-tu en 2029 ?", "10 min"],
            [None, "ses questions, puis la suite", "Qu'aimerais-tu ajouter ?", "10 min"]]]),
        "year-review": dict(status="ok", retitle="Karim, son année 2026 en quelques faits", text=[
            "L'année a été dominée par la mise en service de douze bus électriques entre avril et septembre. "
            "Karim a réorganisé les rondes de nuit pour que les recharges soient surveillées, il a obtenu que deux "
            "de ses mécaniciens soient habilités B2VL et il a rédigé lui-même la fiche de contrôle des batteries, "
            "aujourd'hui utilisée par le dépôt de Mâcon. La disponibilité du parc au départ du matin est passée de "
            "94,1 % à 96,8 %.",
            "Deux points ont été plus difficiles. Le départ en retraite de son mécanicien le plus expérimenté en "
            "juin a laissé l'équipe à cinq pendant trois mois, et les heures supplémentaires ont atteint 410 "
            "heures sur l'année, bien au-delà de ce que nous avions prévu. Un mécanicien s'est plaint en octobre "
            "d'un ton trop sec lors d'une nuit difficile ; Karim l'a reçu lui-même et l'incident est clos."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Disponibilité du parc à 6 h", "bus prêts / bus planifiés", "96 %", "96,8 %", "atteint",
             "malgré l'arrivée des bus électriques"],
            ["Pannes en ligne dues à l'entretien", "nombre par mois", "≤ 4", "5,2", "partiellement atteint",
             "pics en juillet, pneus et portes"],
            ["Plan de prévention incendie au dépôt", "plan validé par le CSE", "juin", "septembre",
             "atteint avec retard", "attente de l'avis des pompiers"]]]),
        "skills": dict(status="ok", tables=[[
            ["Diagnostic mécanique et électrique", "confirmé", "expert", "expert",
             "fiche batteries reprise par Mâcon"],
            ["Organisation du travail de nuit", "confirmé", "confirmé", "confirmé",
             "rondes refaites pour les recharges"],
            ["Animation d'équipe", "confirmé", "confirmé", "en progression",
             "ton sec en période de tension, réglé en octobre"]]]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Tenir la disponibilité du matin", "bus prêts / planifiés", "97 %", "décembre 2027",
             "tableau de bord hebdomadaire", "qualité de service du contrat"],
            ["Réduire les pannes en ligne", "nombre par mois", "≤ 4", "juin 2027",
             "contrôle des portes ajouté à la ronde", "objectif partiel de 2026"],
            ["Ramener les heures supplémentaires", "heures par trimestre", "≤ 60", "fin 2027",
             "recrutement d'un sixième mécanicien en mars", "charge de l'équipe"]]]),
        "training": dict(status="ok", tables=[[
            ["Habilitation électrique BR", "stage de l'APAVE", "présentiel, 3 jours", "mars 2027", "haute"],
            ["Conduire un entretien difficile", "module manager de proximité", "2 jours à Dijon",
             "mai 2027", "moyenne"],
            ["Tutorat du nouvel embauché", "accompagnement par le RH", "4 rencontres", "avril-juin 2027",
             "moyenne"]]]),
        "career-wishes": dict(status="thin", retitle="Et après ?", keep_bookmark=True, text=[
            "Karim souhaite passer en horaires de jour d'ici deux ans. Il pense au poste d'adjoint au "
            "responsable maintenance ; nous en reparlerons en juin."]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir l'entretien", text=[
            "Je résume les trois objectifs et les deux formations retenues, puis je demande à Karim s'il est "
            "d'accord avec ce qui sera écrit dans le compte rendu. Il a une semaine pour y ajouter ses "
            "commentaires avant que nous le signions tous les deux. Nous fixons un point intermédiaire en juin, "
            "après son habilitation et l'arrivée du nouveau mécanicien, pour vérifier les heures supplémentaires. "
            "Je le remercie pour une année qui n'a pas été simple et je lui redis que la réussite des bus "
            "électriques lui revient en bonne partie."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "le laisser parler en premier sur chaque point, reformuler", "oui"],
            [None, "citer la fiche batteries et le chiffre de disponibilité dès l'ouverture", "oui"],
            [None, "annoncer le déroulé dans la première minute", "oui"],
            [None, "relire ses missions de chef d'atelier avant de commencer", "oui"],
            [None, "formations et recrutement proposés, avec dates", "oui"],
            [None, "réponse prête sur les heures supplémentaires", "à préparer"]]]),
    },
)
