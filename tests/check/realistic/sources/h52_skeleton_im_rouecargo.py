from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="skeleton",
    language="fr",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. Started from
    our skeleton, French: Roue Cargo, a cargo-bike delivery co-operative in Lyon, a team leader prepares a
    motivation interview with a courier whose commitment dropped. Guidance deleted; two headings retyped (runs
    replaced, bookmark lost); one section short of its minimum (thin); one section deleted with its heading
    (missing); tables filled.""",
    cover={"candidate": "Maëlle Pradier", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", text=[
            "Roue Cargo est une coopérative de livraison en vélo-cargo installée à Lyon 7e depuis 2019. Nous sommes "
            "24 coursiers et coursières, répartis en trois équipes, et nous livrons surtout des commerces de bouche, "
            "des pharmacies et deux magasins bio. J'encadre l'équipe du matin, huit personnes, dont Théo, 31 ans, "
            "coursier depuis quatre ans et l'un des plus fiables de la coopérative jusqu'au printemps dernier.",
            "Depuis juin, plusieurs signaux m'inquiètent : trois retards à la prise de poste en un mois, un refus de "
            "former le nouveau coursier alors qu'il le faisait volontiers, et un ton sec avec deux clients du marché "
            "de la Croix-Rousse. Rien de grave pris séparément, mais ce n'est pas le Théo que je connais.",
            "Mon objectif n'est pas de sanctionner : je veux comprendre ce qui a changé pour lui et trouver ensemble "
            "de quoi lui redonner envie. J'ai relu ses plannings des six derniers mois, les retours clients et le "
            "compte rendu de son entretien annuel, où il disait vouloir évoluer vers la maintenance des vélos. "
            "L'entretien aura lieu mardi à 14 h, après la tournée, dans la petite salle de l'atelier, porte fermée, "
            "pendant quarante-cinq minutes. Je l'ai prévenu vendredi pour qu'il ne soit pas pris de court."]),
        "opening": dict(status="ok", text=[
            "« Théo, merci d'avoir pris ce temps après ta tournée. Je t'ai proposé ce moment parce que j'ai "
            "l'impression que quelque chose a changé pour toi depuis quelques mois, et je préfère qu'on en parle "
            "franchement plutôt que de laisser traîner. Ce n'est pas un entretien disciplinaire, rien de ce qu'on dit "
            "ici ne va dans ton dossier. Je veux surtout t'écouter. On va d'abord refaire le point sur ton rôle, puis "
            "je te dirai ce que j'ai observé, tu me diras comment tu le vis, et on cherchera ensemble des pistes. On "
            "a trois quarts d'heure, ça te va ? »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "le mettre à l'aise, dire pourquoi on se voit", "Comment s'est passée la tournée ?", "5 min"],
            [None, "rappeler son rôle de coursier et de tuteur", "Qu'est-ce qui te plaît encore dans ce métier ?", "5 min"],
            [None, "décrire les retards et le refus de tutorat", "Tu l'avais remarqué aussi ?", "5 min"],
            [None, "le laisser raconter sans l'interrompre", "Qu'est-ce qui a changé pour toi depuis juin ?", "10 min"],
            [None, "chercher des pistes avec lui", "Qu'est-ce qui t'aiderait ?", "10 min"],
            [None, "écrire qui fait quoi", "On s'engage sur quoi ?", "5 min"],
            [None, "fixer le prochain rendez-vous", "Tu veux qu'on se revoie quand ?", "5 min"]]]),
        "facts": dict(status="ok", retitle="Ce que j'ai constaté chez Théo", text=[
            "Théo assure une tournée d'environ 45 kilomètres par jour, avec une quarantaine d'arrêts, principalement "
            "sur la Presqu'île et la Croix-Rousse. Depuis 2022, il est aussi le tuteur officieux des nouveaux : il "
            "accompagne chaque recrue pendant ses trois premières tournées et lui montre les raccourcis et les "
            "clients difficiles. Il participe enfin à l'assemblée générale de la coopérative, où il a souvent porté "
            "les propositions sur la sécurité.",
            "Les faits que je veux lui présenter, sans jugement : trois arrivées après 7 h 15 entre le 2 et le 27 "
            "septembre, alors qu'il n'avait eu aucun retard en 2025 ; le 14 octobre, il m'a dit qu'il ne voulait plus "
            "accompagner les nouveaux, sans explication ; deux commerçants du marché m'ont signalé qu'il avait été "
            "sec avec eux la semaine dernière. Ses délais de livraison, eux, restent parmi les meilleurs de l'équipe."]),
        "active-listening": dict(status="thin", text=[
            "Questions ouvertes prévues : « Qu'est-ce qui a changé pour toi ? », « Qu'est-ce qui te pèse le plus en "
            "ce moment ? ». Je reformulerai ce qu'il dit avant de passer à la suite."]),
        "co-built-solutions": dict(status="ok", text=[
            "Je ne veux pas arriver avec un plan tout fait, mais j'ai quelques pistes à proposer si Théo ne vient pas "
            "lui-même avec des idées. La première touche à son envie d'évoluer vers l'atelier : Karim, notre "
            "mécanicien, cherche quelqu'un pour l'aider deux matinées par semaine pendant la saison d'hiver, ce qui "
            "lui ferait découvrir le métier sans quitter la livraison.",
            "La deuxième concerne le tutorat : s'il en a assez, on peut le confier à Inès pour quelques mois, ou au "
            "contraire le reconnaître enfin, avec une prime de tutorat que le conseil de gestion pourrait voter en "
            "janvier. Enfin, si les retards viennent d'une contrainte personnelle, on peut décaler sa prise de poste "
            "de trente minutes en échangeant avec l'équipe de midi. L'idée est qu'il choisisse ce qui lui parle."]),
        "action-plan": dict(status="ok", tables=[[
            ["Deux matinées par semaine à l'atelier avec Karim", "Théo et Karim", "accord du conseil de gestion, planning ajusté", "6 janvier", "Théo sait monter une roue et changer une chaîne seul"],
            ["Proposer la prime de tutorat au conseil", "moi", "note au conseil de gestion", "15 décembre", "décision votée"],
            ["Décaler la prise de poste à 7 h 45 si besoin", "Théo et moi", "échange avec l'équipe de midi", "1er décembre", "plus aucun retard en décembre"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", text=[
            "Je reprendrai en deux phrases ce que nous avons décidé, et je lui demanderai si le résumé lui "
            "convient. Je lui dirai aussi ce que je pense vraiment : qu'il est un pilier de l'équipe, que les "
            "nouveaux parlent encore de leurs premières tournées avec lui, et que j'ai envie qu'il reste chez nous "
            "en trouvant ce qui lui donne envie de se lever le matin. Nous fixerons ensemble un point de suivi le "
            "mardi 13 janvier, après sa première semaine à l'atelier, pour voir si les choix faits tiennent la "
            "route. Je lui enverrai le plan d'action par écrit le soir même."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse parler dix minutes sans l'interrompre, je reformule", "oui"],
            [None, "je termine sur sa place dans l'équipe et ses envies d'atelier", "oui"],
            [None, "dès la première minute : ce n'est pas disciplinaire, je veux comprendre", "oui"],
            [None, "je rappelle sa tournée, le tutorat et l'assemblée", "oui"],
            [None, "trois pistes possibles, c'est lui qui choisit", "oui"],
            [None, "retards, tutorat refusé, remarques des clients, avec les dates", "oui"]]]),
    },
)
