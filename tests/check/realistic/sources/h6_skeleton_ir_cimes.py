from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: the customer-service lead of an outdoor-gear web shop prepares a reframing interview with an
    adviser who closes tickets without solving them. Guidance deleted. The preparation heading retyped "Avant
    l'entretien : ce que je sais" and the DESC heading retyped "Mon DESC pour Théo" (runs replaced, bookmarks
    lost); the closing heading retyped "Pour terminer" keeping its bookmark; the missions-recap section deleted
    (the author folded nothing of it elsewhere); the objections section short (thin); the note-taking grid left
    as generated, to be filled during the interview (empty); the other tables filled.""",
    cover={"candidate": "Inès Moreau", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien : ce que je sais", text=[
            "Cimes & Sentiers vend du matériel de randonnée en ligne depuis Chambéry. Le service client compte sept "
            "conseillers qui traitent environ 1 400 demandes par semaine, par mail et par chat. Théo Garnier y "
            "travaille depuis deux ans ; il connaît très bien les produits et les clients l'apprécient au téléphone.",
            "Depuis septembre, pourtant, ses chiffres se sont dégradés. Sur les six dernières semaines, 31 % des "
            "tickets qu'il a clos ont été rouverts par le client dans les 48 heures, contre 9 % pour le reste de "
            "l'équipe. J'ai relu vingt de ces tickets : dans quatorze, la réponse renvoyait vers la FAQ sans traiter "
            "la question posée, souvent un retour ou un échange de taille. Deux clients ont laissé un avis d'une "
            "étoile en citant son prénom.",
            "Ce que j'attends : qu'un ticket ne soit fermé que lorsque le client a une réponse complète, quitte à "
            "en traiter moins par heure. L'entretien aura lieu mardi 24 novembre à 10 h, dans la petite salle du "
            "premier étage, pour 45 minutes. J'ai imprimé les vingt tickets et ses statistiques, et j'ai prévenu "
            "Théo la veille par un message neutre, sans entrer dans le fond."]),
        "opening": dict(status="ok", text=[
            "« Théo, merci d'être là. Je t'ai demandé ce moment parce que j'ai remarqué quelque chose dans tes "
            "tickets depuis septembre et que je préfère qu'on en parle franchement tous les deux, plutôt que de "
            "laisser la situation s'installer. »",
            "J'annonce ensuite l'objet : le taux de réouverture de ses tickets, et ce que cela coûte aux clients et "
            "à l'équipe, qui reprend ses dossiers. Je précise que ce n'est pas un entretien disciplinaire, que je "
            "reconnais sa connaissance des produits, et que l'objectif est de repartir avec un accord clair sur la "
            "façon de clore un ticket. Je lui dis aussi que je veux entendre sa version avant de conclure."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre sans mettre Théo sur la défensive", "« Comment vis-tu la charge en ce moment ? »", "5 min"],
            [None, "rappeler ce qu'on attend d'un ticket clos", "« Pour toi, quand un ticket est-il terminé ? »", "5 min"],
            [None, "présenter les chiffres et trois tickets précis", "« Tu te souviens de ce client du 12 novembre ? »", "8 min"],
            [None, "dire l'effet sur l'équipe et sur moi", "« Qu'est-ce que tu en penses ? »", "4 min"],
            [None, "écouter vraiment, sans couper", "« Qu'est-ce qui a changé depuis la rentrée ? »", "10 min"],
            [None, "formuler une demande précise et mesurable", "« Qu'est-ce qui t'aiderait à y arriver ? »", "5 min"],
            [None, "montrer ce que chacun y gagne", "« Comment vois-tu la suite ? »", "3 min"],
            [None, "résumer l'accord et fixer le point suivant", "« On se revoit le 8 décembre ? »", "5 min"]]]),
        "expectations-recap": dict(status="missing"),
        "desc-grid": dict(status="ok", retitle="Mon DESC pour Théo", skip_cols=1, tables=[[
            [None, "des faits vérifiables, sans jugement", "31 % de tes tickets rouverts en six semaines, contre 9 % pour l'équipe ; quatorze réponses sur vingt renvoient à la FAQ", "surpris, il pensait être dans la moyenne"],
            [None, "dire ce que cela me fait, sans accuser", "je suis inquiète pour les avis clients et gênée que Laura et Samir reprennent tes dossiers", "peut se fermer, je laisse un silence"],
            [None, "une demande claire et datée", "ne clore un ticket qu'avec une réponse complète ; viser moins de 12 % de réouverture d'ici fin janvier", "discute le chiffre, j'accepte un palier à 15 % fin décembre"],
            [None, "les effets positifs, puis le reste", "moins de rappels, des clients plus fidèles, et ta candidature au rôle de référent produit que je soutiendrai", "intéressé par le rôle de référent"]]]),
        "explanations-objections": dict(status="thin", text=[
            "Il dira sans doute que l'objectif de 25 tickets par heure l'oblige à aller vite : je réponds que je "
            "retire cet objectif pour lui pendant six semaines. S'il évoque la FAQ comme consigne de la direction, "
            "je précise qu'un lien ne remplace jamais la réponse."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["ne clore un ticket qu'après une réponse complète à la question posée", "objectif horaire suspendu six semaines", "dès le 25 novembre", "taux de réouverture hebdomadaire"],
            ["relire ses réponses sur les retours et échanges avec Laura, le lundi", "une demi-heure bloquée dans son planning", "jusqu'au 20 décembre", "cinq tickets relus ensemble chaque semaine"],
            ["proposer deux modèles de réponse pour les échanges de taille", "je les présente en réunion d'équipe", "15 décembre", "modèles ajoutés à l'outil"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour terminer", keep_bookmark=True, text=[
            "Je reformule ce sur quoi nous sommes d'accord, point par point, et je lui demande s'il veut ajouter ou "
            "corriger quelque chose. Nous fixons ensemble le prochain point au mardi 8 décembre, puis un second fin "
            "janvier pour mesurer le palier de 15 %.",
            "Je lui envoie le jour même un court compte rendu écrit, qu'il peut compléter. Je termine en lui disant "
            "que je compte sur lui, que ses collègues viennent déjà le voir pour les questions techniques sur les "
            "tentes et les chaussures, et que ce savoir-là, je veux le voir dans ses réponses écrites aussi."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je laisse dix minutes à sa version et je reformule avant de répondre", "oui"],
            [None, "je cite sa maîtrise des produits et le rôle de référent", "oui"],
            [None, "dès la deuxième phrase, j'annonce le sujet des réouvertures", "oui"],
            [None, "je lui demande sa définition d'un ticket terminé, puis je donne la nôtre", "à revoir"],
            [None, "trois changements datés dans le tableau, avec mon soutien", "oui"],
            [None, "chiffres sur six semaines et trois tickets imprimés", "oui"],
            [None, "réponses prêtes sur l'objectif horaire et la FAQ", "oui"]]]),
    },
)
