from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: at the Hôtel des Remparts in Carcassonne (42 rooms), the accommodation manager prepares a
    reframing interview with Yanis, a night receptionist who has left the desk unattended three times and stopped
    filling in the handover log. Guidance boxes deleted. The preparation heading retyped "Avant l'entretien : ce
    que j'ai rassemblé" and the objections heading "Ce que Yanis risque de me répondre" (runs replaced, bookmarks
    lost); the DESC heading retyped "DESC, phrase par phrase" keeping its bookmark. The phases, DESC, agreed
    changes and self-check tables filled (pre-filled row labels kept). The reminder of missions and standards is
    two sentences (thin). The note-taking grid was deleted with its heading (missing).""",
    cover={"candidate": "Claire Vidal", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien : ce que j'ai rassemblé", text=[
            "Yanis Belkacem est réceptionniste de nuit à l'Hôtel des Remparts depuis dix-huit mois. Il est apprécié "
            "des clients, rapide sur le logiciel de réservation et toujours volontaire pour les remplacements. "
            "Depuis septembre, trois faits m'ont été signalés. Le 12 septembre, un client arrivé à 1 h 20 a attendu "
            "vingt-cinq minutes devant une réception vide ; il l'a écrit dans un avis en ligne. Le 3 octobre, puis "
            "le 28 octobre, le veilleur de la résidence voisine a trouvé la porte de service ouverte et personne au "
            "comptoir. Enfin, le cahier de transmission n'a pas été rempli sur onze des vingt dernières nuits, si "
            "bien que l'équipe du matin a ignoré une fuite dans la chambre 14 et un client malade en chambre 31.",
            "J'ai vérifié les horaires de badge, relu le cahier et la fiche de poste, et parlé avec la gouvernante "
            "sans lui demander de juger Yanis. L'entretien aura lieu le mardi 8 décembre à 22 h, dans mon bureau, "
            "avant sa prise de poste, avec une heure réservée et un remplaçant à la réception. J'attends deux "
            "changements : que la réception ne reste jamais sans personne, et que le cahier soit rempli chaque "
            "nuit."]),
        "opening": dict(status="ok", text=[
            "« Yanis, merci d'être venu un peu avant ta prise de poste. Je t'ai demandé ce rendez-vous parce que "
            "plusieurs choses se sont passées la nuit ces dernières semaines et qu'elles doivent changer. Je tiens "
            "à ce qu'on en parle franchement, tous les deux, et que tu repartes en sachant exactement ce que "
            "j'attends. Je sais que tu es l'un des plus appréciés par les clients ; ce n'est pas ton travail en "
            "général que je remets en cause, ce sont des faits précis, et je veux aussi entendre ta version. On a une "
            "heure devant nous, Florian tient la réception pendant ce temps. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre sans détour", "« Je t'ai demandé ce rendez-vous parce que... »", "2 min"],
            [None, "rappeler ce que prévoit la fiche de poste", "« Qu'est-ce qui, pour toi, compte le plus la nuit ? »",
             "3 min"],
            [None, "exposer les trois nuits et le cahier", "dates, heures, avis client", "4 min"],
            [None, "dire l'effet sur les clients et l'équipe du matin", "« Voilà ce que ça a provoqué »", "3 min"],
            [None, "écouter sans interrompre", "« Qu'est-ce qui s'est passé ces nuits-là ? »", "10 min"],
            [None, "formuler deux demandes claires", "« Ce que je te demande à partir de ce soir... »", "4 min"],
            [None, "dire ce qui se passe si rien ne change", "avertissement écrit possible", "2 min"],
            [None, "faire reformuler, fixer le point de suivi", "« Redis-moi ce qu'on a décidé »", "4 min"]]]),
        "expectations-recap": dict(status="thin", text=[
            "Sa fiche de poste prévoit une présence continue à la réception de 22 h à 7 h, pauses prises sur place, et "
            "la tenue du cahier de transmission avant chaque relève. Le règlement intérieur interdit de laisser la "
            "porte de service ouverte la nuit."]),
        "desc-grid": dict(status="ok", retitle="DESC, phrase par phrase", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "s'en tenir aux faits datés",
             "« Le 12 septembre à 1 h 20, un client a attendu vingt-cinq minutes devant une réception vide. »",
             "il peut minimiser : « c'était juste une pause »"],
            [None, "dire l'impact, pas un jugement",
             "« Je suis inquiète : la nuit, tu es seul responsable de 42 chambres et de leur sécurité. »",
             "gêne, silence probable"],
            [None, "une demande précise et vérifiable",
             "« Je te demande de ne plus quitter le comptoir et de remplir le cahier avant 6 h 45. »",
             "il peut demander comment faire ses rondes"],
            [None, "montrer ce que chacun y gagne",
             "« Tu retrouves des nuits tranquilles et je n'ai pas à aller plus loin. »",
             "accord attendu, peut-être sous conditions"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce que Yanis risque de me répondre", text=[
            "« Je faisais ma ronde dans les étages. » C'est possible, et la ronde fait partie du poste : je lui "
            "proposerai de la faire avec le téléphone de réception basculé sur le portable et un panneau au comptoir, "
            "et à heure fixe plutôt qu'au hasard.",
            "« Personne ne lit ce cahier. » Je lui montrerai la fuite de la chambre 14, découverte trois heures trop "
            "tard, et je m'engage à ce que l'équipe du matin signe le cahier chaque jour.",
            "« Je suis fatigué, j'enchaîne avec mes cours. » J'écouterai vraiment : s'il a des partiels, on peut "
            "revoir son planning de décembre, mais pas la présence au comptoir.",
            "S'il se met en colère, je laisserai passer un moment et je reviendrai aux faits."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["réception jamais laissée sans personne", "téléphone basculé et panneau pour les rondes",
             "dès le 8 décembre", "horaires de badge relus chaque semaine"],
            ["cahier rempli avant 6 h 45", "nouveau modèle de cahier en trois rubriques", "dès le 8 décembre",
             "signature de l'équipe du matin"],
            ["porte de service fermée la nuit", "alarme de porte réparée par la maintenance", "15 décembre",
             "contrôle du veilleur voisin"]]]),
        "closing-follow-up": dict(status="ok", text=[
            "Je demanderai à Yanis de redire avec ses mots les trois changements convenus, puis je fixerai le point "
            "de suivi au mardi 5 janvier, même heure. Je lui dirai qu'un compte rendu écrit de l'entretien lui sera "
            "remis et qu'il pourra y ajouter ses remarques. Je terminerai sur la confiance : « Les clients te "
            "citent dans leurs avis, je veux que ce soit pour de bonnes raisons la nuit aussi. Je compte sur toi, "
            "et si quelque chose bloque, tu viens m'en parler avant que ça devienne un problème. » Le compte rendu "
            "sera rangé dans son dossier, sans sanction à ce stade."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse parler dix minutes sans l'interrompre et je reformule", "oui"],
            [None, "je rappelle qu'il est apprécié et je finis sur la confiance", "oui"],
            [None, "dès ma deuxième phrase j'annonce que des choses doivent changer", "oui"],
            [None, "je cite la fiche de poste et le règlement", "oui"],
            [None, "trois changements, chacun avec une aide concrète", "oui"],
            [None, "trois faits datés, sans adjectifs", "oui"],
            [None, "une réponse préparée pour chaque objection probable", "à répéter"]]]),
    },
)
