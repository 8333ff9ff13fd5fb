from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Solar Tarn, a solar panel installer near Albi (32 staff); the works manager prepares the annual
    review of a roofer-installer. Guidance deleted. Two headings retyped (runs replaced, bookmarks lost), one
    retyped keeping its bookmark. The career section kept under its heading but only a few lines (thin); the
    note-taking grid deleted with its heading (missing); every other section written and its table filled.""",
    cover={"company": "Solar Tarn", "candidate": "Camille Ferrand", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", text=[
            "Julien Pradal est poseur-installateur chez Solar Tarn depuis trois ans. Il travaille dans l'équipe "
            "toitures résidentielles, qui a monté 410 installations cette année entre Albi, Gaillac et Carmaux. "
            "Son année a deux visages : il est devenu le référent sécurité de l'équipe et il a formé deux "
            "apprentis, mais deux chantiers ont dû être repris en juin à cause de connecteurs mal sertis, ce qui "
            "nous a coûté quatre jours de reprise et un client mécontent.",
            "Avant l'entretien, je relis sa fiche de poste, le compte rendu de l'an dernier et les trois objectifs "
            "que nous avions fixés. Je sors du logiciel de planning son nombre de chantiers, les retours des "
            "contrôles Consuel et les deux fiches de reprise. Je demande aussi l'avis du chef d'équipe, Bastien, "
            "qui l'a vu travailler tous les jours. Julien reçoit la convocation dix jours avant, avec la trame, pour "
            "préparer sa propre auto-évaluation. Je réserve une heure et quart un vendredi matin au bureau, hors "
            "saison de pose intense, et je ne prends aucun appel. Mon intention : reconnaître ce qu'il a apporté "
            "à l'équipe, parler franchement des reprises sans en faire un procès, et l'écouter sur son envie de "
            "passer chef d'équipe."]),
        "opening": dict(status="ok", retitle="Les premières minutes", text=[
            "« Bonjour Julien, merci d'être venu et d'avoir rempli ta fiche. On a une bonne heure devant nous. "
            "Cet entretien, c'est un moment pour regarder ensemble ton année, ce qui a marché et ce qui a coincé, "
            "puis pour fixer ce qu'on vise en 2027 et parler de tes envies pour la suite. On ne parle pas salaire "
            "aujourd'hui, c'est en février avec la direction. Je vais prendre des notes, tu liras le compte rendu "
            "et tu pourras ajouter tes remarques avant de signer. Tu veux commencer par ce qui t'a le plus marqué "
            "cette année ? »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre à l'aise, redire le but", "Comment s'est passée ta saison ?", "5 min"],
            [None, "son regard d'abord, puis le mien", "De quoi es-tu le plus fier ?", "15 min"],
            [None, "regarder les trois objectifs 2026", "Qu'est-ce qui t'a aidé, freiné ?", "10 min"],
            [None, "pose, sécurité, transmission", "Où te sens-tu le plus solide ?", "10 min"],
            [None, "trois objectifs mesurables", "Sur quoi veux-tu progresser ?", "10 min"],
            [None, "habilitation et encadrement", "Quelle formation t'aiderait vraiment ?", "5 min"],
            [None, "chef d'équipe : quand, comment", "Où te vois-tu dans deux ans ?", "10 min"],
            [None, "ses questions, la suite", "Qu'est-ce que j'ai oublié ?", "5 min"]]]),
        "year-review": dict(status="ok", retitle="2026 vu par Julien, puis par moi", text=[
            "Je laisse Julien parler en premier. Il devrait citer la formation des deux apprentis, Mathis et Enzo, "
            "qui posent aujourd'hui seuls sur les toits simples, et son rôle de référent sécurité : depuis mars, "
            "aucun accident ni presque-accident n'a été déclaré dans l'équipe, et c'est lui qui a imposé la "
            "vérification des lignes de vie chaque matin. Je le lui dirai clairement, chiffres à l'appui.",
            "Ensuite j'aborde les deux reprises de juin. Je m'en tiens aux faits : connecteurs mal sertis sur deux "
            "chantiers posés la même semaine, pendant le pic de commandes, avec un apprenti en renfort. Je lui "
            "demande ce qui s'est passé de son point de vue avant de donner le mien. Je veux comprendre si la "
            "cadence était trop forte ou s'il manquait un contrôle. Je termine en reconnaissant que sa cadence "
            "moyenne, 2,3 chantiers par semaine, est au-dessus de celle de l'équipe."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Former deux apprentis à la pose", "apprentis autonomes sur toit simple", "2", "2", "atteint", "très bon retour des deux apprentis"],
            ["Zéro accident sur ses chantiers", "déclarations d'accident", "0", "0", "atteint", "lignes de vie contrôlées chaque matin"],
            ["Moins de 1 % de reprises", "chantiers repris / chantiers posés", "1 %", "2,1 %", "non atteint", "deux reprises en juin, pic de charge"]]]),
        "skills": dict(status="ok", tables=[[
            ["Pose et raccordement des modules", "confirmé", "expert", "confirmé", "reprises de juin : le contrôle final a sauté"],
            ["Sécurité en hauteur", "confirmé", "expert", "expert", "référent depuis mars, aucun accident"],
            ["Transmission aux apprentis", "intermédiaire", "confirmé", "confirmé", "Mathis et Enzo autonomes en septembre"]]]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Ramener les reprises sous 1 %", "chantiers repris / posés", "< 1 %", "décembre 2027", "check-list de fin de chantier signée", "qualité de l'équipe toitures"],
            ["Obtenir l'habilitation électrique BR", "habilitation validée", "1", "juin 2027", "formation de trois jours financée", "plus de raccordements faits en interne"],
            ["Animer le quart d'heure sécurité", "séances tenues", "40", "décembre 2027", "trame fournie par le QSE", "zéro accident"]]]),
        "training": dict(status="ok", retitle="Formations 2027", keep_bookmark=True, tables=[[
            ["Raccorder seul côté onduleur", "habilitation électrique BR", "présentiel, 3 jours", "mars 2027", "haute"],
            ["Encadrer une petite équipe", "manager de proximité", "2 jours + suivi", "automne 2027", "moyenne"],
            ["Suivre les nouvelles normes", "webinaire fabricants", "en ligne", "toute l'année", "basse"]]]),
        "career-wishes": dict(status="thin", text=[
            "Julien veut devenir chef d'équipe. Je lui réponds que c'est possible d'ici 2028 si les reprises "
            "baissent et s'il obtient l'habilitation ; on en reparle en juin."]),
        "closing-follow-up": dict(status="ok", text=[
            "Pour finir, je reformule ce que nous avons décidé : trois objectifs, l'habilitation en mars, un "
            "point en juin sur le projet de chef d'équipe. Je lui demande s'il a une question ou une inquiétude "
            "que nous n'avons pas abordée, et je lui laisse le temps de répondre. Je lui rappelle qu'il recevra "
            "le compte rendu sous huit jours et qu'il pourra y écrire ses commentaires avant de le signer. Je le "
            "remercie pour son année, en particulier pour la sécurité de l'équipe, et je note dans mon agenda le "
            "rendez-vous de mi-année avec lui et Bastien."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse parler en premier sur son année et je reformule", "oui"],
            [None, "je cite ses résultats sécurité avant d'aborder les reprises", "oui"],
            [None, "dès l'ouverture : bilan, objectifs, envies, pas de salaire", "oui"],
            [None, "je reprends sa fiche de poste pendant le bilan", "oui"],
            [None, "check-list de fin de chantier et habilitation BR", "oui"],
            [None, "je garde cinq minutes pour ses questions à la fin", "à vérifier"]]]),
    },
)
