from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="skeleton",
    language="fr",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Saveurs du Vercors, a cooperative of cheese and charcuterie shops near Grenoble (34 staff),
    where the manager of the Villard-de-Lans shop prepares a motivation interview with a saleswoman who has
    lost her drive since the spring. Guidance deleted. The preparation heading retyped "Avant l'entretien avec
    Camille" and the facts heading retyped "Ce que fait Camille, ce que j'ai vu" (runs replaced, bookmarks
    lost); the closing heading retyped "Pour conclure" keeping its bookmark. The co-built solutions prompt left
    as generated (placeholder); the note-taking grid kept with its table untouched (empty); the criteria
    self-check deleted with its heading (missing); every other section written, tables filled.""",
    cover={"company": "Saveurs du Vercors", "candidate": "Hugo Perrin", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec Camille", text=[
            "Saveurs du Vercors regroupe quatre boutiques de fromages et de charcuteries de montagne autour de "
            "Grenoble. Je gère celle de Villard-de-Lans, cinq vendeurs, un chiffre d'affaires de 1,1 million "
            "d'euros, très saisonnier : les vacances d'hiver font un tiers de l'année. Camille Roche y travaille "
            "depuis six ans ; c'était notre meilleure vendeuse à la coupe, celle que les clients demandent par son "
            "prénom. Depuis avril, quelque chose a changé : elle arrive juste à l'heure, ne propose plus les "
            "dégustations du samedi qu'elle avait lancées et a refusé deux fois de former les saisonniers.",
            "Mon but n'est pas de lui reprocher quoi que ce soit mais de comprendre ce qui s'est passé et de "
            "retrouver avec elle ce qui lui donnait envie de venir. J'ai relu sa fiche de poste, son dernier "
            "entretien annuel, les plannings des six derniers mois et les remarques laissées dans le cahier de "
            "boutique. Je l'ai prévenue de vive voix lundi, en lui disant que c'était un moment pour parler "
            "d'elle et de son travail, pas une convocation. Nous nous verrons jeudi 26 novembre à 10 h, avant "
            "l'ouverture, dans l'arrière-boutique, porte fermée, une heure, téléphones éteints. Un café sera prêt."]),
        "opening": dict(status="ok", text=[
            "« Merci Camille d'être venue un peu plus tôt. Je voulais prendre ce temps parce que tu comptes beaucoup "
            "dans cette boutique, et j'ai l'impression que ces derniers mois ont été moins faciles pour toi. Je "
            "peux me tromper, c'est pour ça que je veux surtout t'écouter. On va reprendre ensemble ce que tu fais "
            "au quotidien, ce que j'ai remarqué, puis chercher à deux ce qui pourrait t'aider. Rien de ce qu'on "
            "dira ne sortira de cette pièce sans ton accord, et on finira par une date pour refaire le point. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "la mettre à l'aise, dire pourquoi on se voit", "Comment vas-tu en ce moment ?", "5 min"],
            [None, "redire son rôle et ce qu'elle apporte", "Qu'est-ce que tu préfères dans ton travail ?", "10 min"],
            [None, "citer deux ou trois faits précis sans juger", "Comment as-tu vécu ces semaines-là ?", "10 min"],
            [None, "la laisser parler, reformuler", "Qu'est-ce qui a changé pour toi depuis le printemps ?", "15 min"],
            [None, "chercher des pistes qu'elle propose", "Qu'est-ce qui te redonnerait envie ?", "10 min"],
            [None, "fixer deux ou trois actions concrètes", "Par quoi commence-t-on ?", "5 min"],
            [None, "résumer, dire la date du suivi", "Est-ce que ça te va ?", "5 min"]]]),
        "facts": dict(status="ok", retitle="Ce que fait Camille, ce que j'ai vu", text=[
            "Camille tient le rayon coupe (fromages et salaisons), passe les commandes aux trois fermes d'alpage "
            "qui nous livrent, et a créé en 2022 les dégustations du samedi matin, qui ont fait monter le panier "
            "moyen de ce jour-là de 28 à 35 euros. Elle forme aussi, normalement, les deux saisonniers d'hiver.",
            "Les faits que je veux évoquer, datés et sans interprétation : depuis le 15 avril, aucune dégustation "
            "n'a été organisée ; le 3 octobre et le 12 novembre, elle a dit qu'elle ne voulait pas s'occuper de la "
            "formation des saisonniers ; en septembre, deux commandes de beaufort ont été passées en retard, ce qui "
            "ne lui était jamais arrivé. En revanche, les clients continuent de la réclamer et ses ventes au rayon "
            "restent les meilleures de l'équipe. Au printemps, la direction a aussi confié les commandes des "
            "alpages au siège pendant deux mois, sans lui en parler, avant de revenir en arrière."]),
        "active-listening": dict(status="ok", text=[
            "Questions ouvertes que je garde sous les yeux : « Qu'est-ce qui a changé pour toi depuis le "
            "printemps ? », « Qu'est-ce qui te plaisait dans les dégustations ? », « Comment as-tu vécu le moment "
            "où les commandes sont parties au siège ? », « Qu'est-ce qui te pèse le plus aujourd'hui ? ».",
            "Je veux reformuler sans interpréter (« si je comprends bien, tu as eu le sentiment qu'on te retirait "
            "ce que tu avais construit ? »), laisser les silences, ne pas couper et ne pas proposer de solution "
            "trop tôt. Si elle parle de sa vie personnelle, je l'écoute sans insister. Je note ses mots exacts "
            "pour les reprendre à la fin, et je lui dis clairement ce que je reconnais de son travail."]),
        "co-built-solutions": dict(status="placeholder"),
        "action-plan": dict(status="ok", tables=[[
            ["Relancer les dégustations, une fois par mois d'abord", "Camille", "budget produits de 80 € par séance", "samedi 12 décembre", "panier moyen du samedi"],
            ["Lui rendre officiellement les commandes des alpages", "Hugo (avec le siège)", "mail du directeur aux fermes", "1er décembre", "commandes livrées à temps"],
            ["Former un seul saisonnier, en binôme avec Léo", "Camille et Léo", "deux matinées libérées", "18 décembre", "saisonnier autonome à la coupe"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour conclure", keep_bookmark=True, text=[
            "« Je résume : tu reprends les commandes des alpages dès le 1er décembre, avec un mail clair du siège ; "
            "on relance une dégustation par mois, toi aux commandes, et tu formes un saisonnier avec Léo plutôt que "
            "deux seule. Merci d'avoir été franche, ça m'aide beaucoup. On se revoit le jeudi 14 janvier, après le "
            "rush des fêtes, pour voir ce qui marche et ce qu'on ajuste. D'ici là, ma porte est ouverte si quelque "
            "chose coince. »",
            "Après l'entretien, je lui envoie un court compte rendu écrit le jour même, avec les trois actions et la "
            "date du prochain rendez-vous, et je préviens le siège pour les commandes."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="missing"),
    },
)
