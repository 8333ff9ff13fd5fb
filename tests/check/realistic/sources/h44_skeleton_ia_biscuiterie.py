DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: the yearly appraisal of Samira, packing team leader at the Biscuiterie de l'Estuaire in
    Saint-Nazaire, prepared by her production manager. Guidance deleted. The opening retyped "Accueil de Samira" and
    the year review retyped "2026 vu par Samira et par moi" (runs replaced, bookmarks lost); the closing retyped
    "Pour finir" keeping its bookmark; training deleted with its heading (missing); the career wishes hold two
    sentences (thin); every table filled, the note-taking grid with what was said.""",
    cover={"project": "Entretien annuel d'évaluation", "company": "Biscuiterie de l'Estuaire",
           "candidate": "Claire Josso"},
    sections={
        "preparation": dict(status="ok", text=[
            "La Biscuiterie de l'Estuaire emploie 58 personnes à Saint-Nazaire et fabrique des galettes et des "
            "palets bretons vendus en grandes surfaces et dans les boutiques de la côte. Samira Benali, 34 ans, "
            "est cheffe d'équipe au conditionnement depuis février 2024 : elle encadre neuf opératrices et "
            "opérateurs sur deux lignes d'emballage, organise les changements de format et tient le registre "
            "qualité de son secteur. Je suis sa responsable de production et je mène l'entretien le 8 janvier, "
            "de 14 h à 15 h 30, dans la salle de réunion du premier étage, loin du bruit des lignes.",
            "Pour le préparer, j'ai relu le compte rendu de janvier dernier et ses trois objectifs, et j'ai "
            "sorti les chiffres du conditionnement : rendement des lignes, minutes perdues aux changements de "
            "format, réclamations clients sur l'emballage. Samira a reçu la trame d'auto-évaluation le 11 "
            "décembre. L'année a été chargée : arrivée d'une nouvelle filmeuse en mai, deux départs dans "
            "l'équipe et un pic de commandes à Noël tenu sans retard. Je veux reconnaître ce travail, revenir "
            "calmement sur le conflit de juin entre deux opératrices, et entendre ce qu'elle souhaite pour la "
            "suite, puisqu'elle m'a parlé d'un poste au service méthodes."]),
        "opening": dict(status="ok", retitle="Accueil de Samira", text=[
            "« Bonjour Samira, installe-toi. On a une heure et demie rien que pour toi, sans téléphone. L'idée "
            "est de regarder ensemble ton année, ce qui a bien marché et ce qui a été plus dur, puis de fixer tes "
            "objectifs pour 2027 et de parler de ce que tu as envie de faire ensuite. Je commencerai par t'écouter "
            "sur ton auto-évaluation, ensuite je te dirai comment je vois les choses. Ce qu'on écrit aujourd'hui, "
            "tu le reliras et tu pourras ajouter tes commentaires avant de signer. Cet entretien compte : c'est "
            "sur cette base qu'on décidera de ta formation et de ton évolution cette année. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "mettre Samira à l'aise, annoncer le déroulé", "Comment te sens-tu en ce début d'année ?", "5 min"],
            [None, "laisser Samira raconter son année d'abord", "De quoi es-tu la plus fière en 2026 ?", "15 min"],
            [None, "comparer les résultats aux cibles", "Qu'est-ce qui explique le rendement de la ligne 2 ?", "15 min"],
            [None, "croiser son regard et le mien", "Sur quoi te sens-tu moins à l'aise ?", "15 min"],
            [None, "fixer trois objectifs mesurables", "Que voudrais-tu avoir réussi fin 2027 ?", "15 min"],
            [None, "repérer ce qui lui manque", "De quoi aurais-tu besoin pour y arriver ?", "5 min"],
            [None, "écouter son projet méthodes", "Où te vois-tu dans deux ans ?", "10 min"],
            [None, "résumer, répondre, fixer le suivi", "Veux-tu ajouter quelque chose ?", "10 min"]]]),
        "year-review": dict(status="ok", retitle="2026 vu par Samira et par moi", text=[
            "Samira a tenu le conditionnement pendant une année difficile. La nouvelle filmeuse de la ligne 2 a "
            "été installée en mai : elle a participé aux essais avec le fournisseur, rédigé les fiches de "
            "réglage et formé son équipe en trois semaines. Le rendement de la ligne 2 est passé de 71 % à 78 %, "
            "au-dessus de l'objectif. Malgré deux départs non remplacés avant septembre, le pic de Noël a été "
            "livré sans une commande en retard, au prix d'heures supplémentaires qu'elle a réparties équitablement.",
            "Le point plus délicat est le conflit de juin entre deux opératrices sur les plannings du samedi. "
            "Samira a d'abord laissé faire, puis l'a réglé avec l'aide des ressources humaines ; elle reconnaît "
            "qu'elle aurait dû intervenir plus tôt. Les réclamations clients sur l'emballage ont baissé de 40 %, "
            "surtout grâce au contrôle des étiquettes qu'elle a ajouté en début de poste."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Augmenter le rendement de la ligne 2", "rendement moyen", "76 %", "78 %", "atteint", "grâce à la nouvelle filmeuse"],
            ["Réduire le temps des changements de format", "minutes par changement", "25 min", "31 min", "partiellement", "gagné 9 minutes, pas encore 15"],
            ["Diviser par deux les réclamations emballage", "réclamations par mois", "6", "7", "partiellement", "baisse de 40 %, pas de 50 %"]]]),
        "skills": dict(status="ok", tables=[[
            ["Conduite des lignes d'emballage", "3", "4", "4", "référente de la nouvelle filmeuse"],
            ["Animation d'équipe", "3", "3", "2", "conflit de juin traité trop tard"],
            ["Qualité et traçabilité", "3", "3", "4", "registre tenu sans écart à l'audit IFS"],
            ["Organisation du travail", "3", "4", "4", "pic de Noël tenu sans retard"]]]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Ramener chaque changement de format à 20 minutes", "minutes par changement", "20 min", "septembre 2027", "méthode SMED avec le service méthodes", "rendement"],
            ["Tenir un point d'équipe de 10 minutes chaque lundi", "points tenus", "45 sur l'année", "décembre 2027", "trame préparée ensemble", "animation d'équipe"],
            ["Former une opératrice comme remplaçante de cheffe d'équipe", "personne autonome", "1", "juin 2027", "binôme deux après-midi par mois", "continuité"]]]),
        "training": dict(status="missing"),
        "career-wishes": dict(status="thin", text=[
            "Samira aimerait rejoindre le service méthodes d'ici deux ans. Je lui propose de piloter le chantier "
            "SMED avec eux en 2027, pour qu'elle voie le métier de près."]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir", keep_bookmark=True, text=[
            "Je reprends ce qu'on s'est dit : une très bonne année sur la technique et la qualité, un point à "
            "travailler sur l'animation de l'équipe, trois objectifs pour 2027 dont le chantier SMED qui la "
            "rapproche du service méthodes. Je lui demande si elle a des questions ; elle s'inquiète de la charge "
            "si le remplacement des deux départs tarde, et je m'engage à avoir recruté avant le 1er mars. Je lui "
            "envoie le compte rendu sous une semaine pour ses commentaires et sa signature, et nous fixons un "
            "point d'étape le 2 juillet. Je la remercie sincèrement pour le pic de Noël."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "fière de la filmeuse et de Noël", "parle avec assurance, sourit", "le dire au comité de direction"],
            [None, "rendement atteint, changements encore longs", "lucide sur les minutes perdues", "objectif SMED"],
            [None, "se juge moins forte en animation", "plus hésitante sur le conflit de juin", "point d'équipe du lundi"],
            [None, "d'accord sur les trois objectifs", "demande l'aide des méthodes", "prévenir le responsable méthodes"],
            [None, "pas abordé faute de temps", "—", "à reprendre au point de juillet"],
            [None, "vise le service méthodes", "projet réfléchi", "chantier SMED comme premier pas"],
            [None, "inquiète de la charge sans recrutement", "question directe", "recrutement avant le 1er mars"]]]),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je la laisse parler d'abord sur chaque thème et je reformule", "oui"],
            [None, "je cite le pic de Noël et la filmeuse en exemples précis", "oui"],
            [None, "déroulé et objet annoncés dans les deux premières minutes", "oui"],
            [None, "chiffres du conditionnement préparés et partagés", "oui"],
            [None, "point d'équipe du lundi et chantier SMED proposés", "oui"],
            [None, "réponse préparée sur les recrutements", "oui"]]]),
    },
)
