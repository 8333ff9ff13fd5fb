from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the rooms manager of Hôtel Les Mouettes, a 62-room hotel in Biarritz, prepares a reframing
    interview with a night receptionist who left the desk unattended and skipped the night audit. Guidance
    deleted. The preparation heading retyped "Avant de recevoir Yanis : les faits" and the missions heading
    retyped "Ce que le poste de nuit exige" (runs replaced, bookmarks lost); the DESC heading retyped "Mes
    phrases, étape par étape" keeping its bookmark. The objections still our prompt (placeholder); the
    note-taking grid deleted with its heading (missing); every other section written, tables filled.""",
    cover={"company": "Hôtel Les Mouettes", "candidate": "Camille Etchart", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Yanis : les faits", text=[
            "L'Hôtel Les Mouettes est un quatre étoiles de 62 chambres face à la Grande Plage de Biarritz, ouvert "
            "toute l'année. Je suis responsable de l'hébergement et j'encadre onze personnes, dont deux "
            "réceptionnistes de nuit qui se relaient de 23 h à 7 h. Yanis Duhalde, 34 ans, occupe ce poste depuis "
            "deux ans ; il est apprécié des clients et connaît parfaitement le logiciel de réservation.",
            "Les faits sont datés. Le 12 et le 19 octobre, la clôture de nuit n'a pas été faite : les "
            "prestations du bar n'ont pas été reportées sur les comptes, et deux clients sont partis sans payer "
            "leurs consommations, soit 186 euros. Dans la nuit du 22 au 23 octobre, un couple arrivé à 1 h 40 a "
            "attendu vingt minutes devant une réception vide ; la caméra du hall montre que Yanis était dans le "
            "local du personnel. Leur avis en ligne, publié le lendemain, parle d'un « hôtel fantôme ». Le "
            "règlement intérieur et sa fiche de poste prévoient une présence continue au comptoir et la clôture "
            "avant 4 h.",
            "Je veux obtenir deux changements nets : la réception jamais laissée sans personne, et la clôture "
            "faite chaque nuit. L'entretien aura lieu le jeudi 6 novembre à 22 h 30, avant sa prise de poste, "
            "dans mon bureau, porte fermée, pour trente minutes."]),
        "opening": dict(status="ok", text=[
            "« Bonsoir Yanis, merci d'être venu un peu plus tôt. Je t'ai demandé ce rendez-vous parce que "
            "plusieurs choses se sont passées la nuit en octobre et qu'elles ne peuvent pas se reproduire : la "
            "réception a été laissée vide et la clôture n'a pas été faite deux fois. Ce n'est pas un procès : tu es "
            "un bon réceptionniste et les clients t'apprécient. Je veux comprendre ce qui s'est passé de ton côté, "
            "et que nous repartions tous les deux avec des engagements clairs pour les nuits qui viennent. On a une "
            "demi-heure, je prendrai quelques notes. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "annoncer l'objet sans détour", "—", "2 min"],
            [None, "rappeler la présence au comptoir et la clôture", "Tu as ta fiche de poste en tête ?", "3 min"],
            [None, "citer les trois nuits, les chiffres, l'avis client", "—", "4 min"],
            [None, "dire l'effet sur l'équipe de jour et sur moi", "—", "3 min"],
            [None, "l'écouter vraiment", "Que s'est-il passé ces nuits-là ?", "8 min"],
            [None, "formuler les deux demandes", "Qu'est-ce qui t'aiderait à les tenir ?", "4 min"],
            [None, "dire ce qui change si rien ne change", "—", "2 min"],
            [None, "noter les engagements, fixer le point", "On se revoit le 4 décembre ?", "4 min"]]]),
        "expectations-recap": dict(status="ok", retitle="Ce que le poste de nuit exige", text=[
            "La fiche de poste signée par Yanis en octobre 2024 décrit trois missions : accueillir les arrivées "
            "tardives et répondre aux clients pendant la nuit, assurer la sécurité de l'hôtel avec une ronde à "
            "1 h et à 4 h, et faire la clôture journalière (report des prestations du bar et du restaurant, "
            "contrôle de la caisse, édition des états pour la comptabilité) avant 4 h. Le règlement intérieur "
            "précise que la réception n'est jamais laissée sans personne ; pendant les rondes, le téléphone de "
            "réception est renvoyé sur le portable de service et le panneau « je reviens dans cinq minutes » est "
            "posé. Les pauses se prennent au comptoir, la nuit étant tenue par une seule personne."]),
        "desc-grid": dict(status="ok", retitle="Mes phrases, étape par étape", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "des faits, sans jugement",
             "« Les 12 et 19 octobre, la clôture n'a pas été faite. Le 23 à 1 h 40, un couple a attendu vingt "
             "minutes devant un comptoir vide. »", "il peut contester l'heure ; j'ai l'extrait de la caméra"],
            [None, "l'effet sur l'équipe et l'hôtel",
             "« Le matin, Maïté a passé deux heures à reconstituer les comptes, et l'avis en ligne nous a fait "
             "perdre une note. Je suis inquiète pour la sécurité des clients la nuit. »", "gêne, peut-être colère"],
            [None, "ce que j'attends, précisément",
             "« Je te demande d'être au comptoir ou en ronde avec le portable, jamais ailleurs, et de faire la "
             "clôture chaque nuit avant 4 h. »", "demande d'aide sur la clôture ?"],
            [None, "la suite, dans les deux sens",
             "« Si c'est tenu, on n'en reparle plus et je soutiens ta demande de passer aux week-ends de jour. "
             "Sinon, je devrai passer à un avertissement écrit. »", "silence, puis questions"]]]),
        "explanations-objections": dict(status="placeholder"),
        "agreed-changes": dict(status="ok", tables=[[
            ["Réception jamais laissée vide hors rondes", "portable de service chargé, panneau remis à neuf",
             "dès la nuit du 6 novembre", "registre des rondes signé, contrôle caméra aléatoire"],
            ["Clôture faite avant 4 h chaque nuit", "une séance de 45 min avec Maïté sur le module bar",
             "formation le 10 novembre", "états de clôture vérifiés chaque matin"],
            ["Prévenir au lieu de s'absenter", "mon numéro d'astreinte en cas de malaise ou d'urgence",
             "immédiat", "appels notés au registre"]]]),
        "closing-follow-up": dict(status="ok", text=[
            "Je demande à Yanis de reformuler ce que nous avons convenu : présence au comptoir ou ronde avec le "
            "portable, clôture avant 4 h, appel à l'astreinte plutôt qu'une absence. Nous fixons un point de "
            "suivi le jeudi 4 décembre à 22 h 30, au même endroit. Je lui envoie le lendemain un court compte "
            "rendu écrit qu'il pourra compléter s'il n'est pas d'accord sur un point. Je termine en lui disant "
            "que je compte sur lui, que les clients de nuit le citent souvent dans leurs avis et que je suis "
            "certaine qu'il retrouvera vite le niveau que je lui connais."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse finir, je reformule sa fatigue avant de répondre", "oui, répété avec Maïté"],
            [None, "je cite ce que les clients disent de lui, en ouverture et en conclusion", "oui"],
            [None, "première phrase : la réception vide et la clôture", "oui"],
            [None, "fiche de poste et règlement intérieur sur la table", "oui"],
            [None, "portable, formation au module bar, numéro d'astreinte", "oui"],
            [None, "trois faits datés, l'extrait caméra, le montant de 186 euros", "oui"],
            [None, "réponses prêtes sur la fatigue et sur le fait d'être seul la nuit", "à répéter"]]]),
    },
)
