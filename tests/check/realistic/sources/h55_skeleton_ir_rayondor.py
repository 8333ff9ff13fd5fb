from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the manager of L'Atelier Rayon d'Or, a bike repair and sales shop of seven people in Dijon,
    prepares a reframing interview with a mechanic who no longer fills in repair tickets, which has led to two
    customer disputes. Guidance deleted. The preparation heading retyped "Avant l'entretien avec Kevin" and the
    objections heading retyped "Ce qu'il risque de me répondre" (runs replaced, bookmarks lost); the closing
    heading retyped "Pour finir" keeping its bookmark. The missions recap still holds our prompt (placeholder);
    the note-taking grid left as generated (empty); every other section written, tables filled.""",
    cover={"company": "L'Atelier Rayon d'Or", "candidate": "Claire Monnot", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec Kevin", text=[
            "Kevin Perrot est mécanicien cycle à l'atelier depuis trois ans. C'est le meilleur d'entre nous sur les "
            "freins hydrauliques et les vélos électriques, et les clients le demandent souvent par son prénom. "
            "Depuis la rentrée, il ne remplit plus les fiches de réparation : sur les 64 vélos qu'il a rendus en "
            "octobre et novembre, 23 n'avaient ni la liste des pièces changées ni le temps passé.",
            "Deux clients ont contesté leur facture en novembre. Mme Javelot a payé une cassette qu'elle pensait ne "
            "pas avoir demandée, et nous avons remboursé 58 euros faute de pouvoir prouver l'accord. Un coursier de "
            "la coopérative Dijon Pédale a attendu quatre jours un vélo prêt depuis le lundi, parce que personne ne "
            "savait qu'il était terminé. J'ai les fiches, les deux réclamations écrites et le planning de novembre "
            "sous la main.",
            "Je sais aussi que l'atelier a pris 30 % de réparations en plus depuis que Décathlon a fermé son atelier "
            "de Quetigny, et que Kevin a fait beaucoup d'heures. Je veux parler du fait précis, les fiches, sans "
            "faire le procès de son travail, qui reste excellent. L'entretien aura lieu jeudi à 8 h 30, avant "
            "l'ouverture, dans le bureau du fond, porte fermée."]),
        "opening": dict(status="ok", text=[
            "« Kevin, merci d'être venu plus tôt. Je veux te parler d'un sujet qui me préoccupe, les fiches de "
            "réparation, parce qu'il nous a coûté deux clients mécontents ce mois-ci. Ce n'est pas un entretien "
            "disciplinaire, et ce n'est pas une remise en cause de ta mécanique : tu es celui à qui je confie les "
            "vélos les plus compliqués. J'aimerais qu'on comprenne ensemble ce qui coince et qu'on reparte avec "
            "quelque chose qui marche pour toi comme pour l'atelier. On a une demi-heure, et tu pourras me dire tout ce que tu as sur le cœur. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "annoncer le sujet, rassurer sur son travail", "—", "3 min"],
            [None, "rappeler à quoi sert la fiche", "Pour toi, à quoi elle sert, cette fiche ?", "4 min"],
            [None, "23 fiches vides, deux réclamations", "—", "4 min"],
            [None, "ma gêne face à Mme Javelot", "—", "2 min"],
            [None, "comprendre la surcharge, l'outil", "Qu'est-ce qui fait que tu ne la remplis plus ?", "8 min"],
            [None, "une fiche complète pour chaque vélo rendu", "Qu'est-ce qui t'aiderait ?", "4 min"],
            [None, "remboursements, confiance des clients", "—", "2 min"],
            [None, "deux engagements de chaque côté", "On refait le point quand ?", "3 min"]]]),
        "expectations-recap": dict(status="placeholder"),
        "desc-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "rester sur les chiffres",
             "sur tes 64 vélos d'octobre et novembre, 23 sont partis sans fiche remplie", "il acquiesce, un peu tendu"],
            [None, "dire ce que ça me fait",
             "j'ai été mal à l'aise de rembourser Mme Javelot sans pouvoir lui montrer ce qu'elle avait accepté",
             "il dit qu'il se souvient de son accord oral"],
            [None, "une demande précise",
             "je te demande une fiche complète, pièces et temps, avant de poser le vélo au retrait",
             "il demande si la fiche peut être plus courte"],
            [None, "positives puis négatives",
             "avec des fiches complètes, plus aucun litige ; sinon je devrai faire valider chaque devis par moi",
             "il préfère garder son autonomie"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce qu'il risque de me répondre", text=[
            "Il va sûrement me dire qu'il n'a pas le temps : avec 30 % de réparations en plus, il enchaîne les vélos "
            "et la fiche passe après. C'est en partie vrai, et je le reconnaîtrai. Je lui répondrai que la fiche "
            "prend deux minutes et qu'un litige nous en coûte soixante, sans compter le client perdu.",
            "Il peut aussi me dire que la fiche papier est mal faite, trop longue, et qu'elle se salit à l'atelier. "
            "Là, je suis prête à bouger : on peut passer à la tablette fixée au mur, ou réduire la fiche à cinq "
            "cases. S'il me dit que les autres ne la remplissent pas mieux, je lui répondrai que je verrai chacun, "
            "mais que je commence par lui parce que c'est lui qui rend le plus de vélos."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["Fiche remplie, pièces et temps, avant de ranger le vélo au retrait", "fiche réduite à cinq cases",
             "dès le lundi 7 décembre", "contrôle des fiches chaque vendredi"],
            ["SMS au client envoyé dès que le vélo est prêt", "modèle de SMS préparé par moi",
             "décembre", "relevé des SMS dans le logiciel de caisse"],
            ["Plus de deux vélos électriques par jour : il me prévient", "je rééquilibre avec Léa",
             "dès maintenant", "point rapide le matin"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", keep_bookmark=True, text=[
            "Je lui redis que je compte sur lui et que son niveau en mécanique n'est pas en cause. Je lui résume les "
            "trois engagements, je lui demande s'il les trouve tenables, et je note ce qu'il ajoute. Nous fixons un "
            "point de dix minutes le vendredi 18 décembre, fiches de la semaine sur la table. Je lui envoie le compte "
            "rendu par écrit le jour même, et je le remercie d'avoir parlé franchement. Avant qu'il reparte à l'atelier, je lui demande comment il se sent après cette discussion, pour ne pas le laisser partir sur une mauvaise impression."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "le laisser parler de sa charge sans l'interrompre", "oui"],
            [None, "dire deux fois que sa mécanique est excellente", "oui"],
            [None, "les fiches annoncées dans la première phrase", "oui"],
            [None, "rappel de ce qu'on attend d'un mécanicien à la restitution", "oui"],
            [None, "trois changements, dont deux de mon côté", "oui"],
            [None, "chiffres et réclamations imprimés", "oui"],
            [None, "réponse prête sur le manque de temps", "à surveiller"]]]),
    },
)
