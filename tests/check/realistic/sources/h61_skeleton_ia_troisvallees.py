from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 61 (h61_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: the head of a veterinary clinic prepares the yearly review of an auxiliary. Guidance
    deleted. The year review retyped "L'année de Manon en quelques faits" and the career wishes retyped
    "Et après ? Ce que Manon envisage" (runs replaced, bookmarks lost); the closing retyped "Pour finir" keeping
    its bookmark; the closing is three sentences (thin); the note-taking grid deleted (missing). Every table
    filled.""",
    cover={"candidate": "Élise Moreau", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", text=[
            "La clinique vétérinaire des Trois Vallées, à Moûtiers, emploie quatre vétérinaires et six auxiliaires "
            "spécialisées vétérinaires. Elle soigne les animaux de compagnie de la vallée et, l'hiver, beaucoup de "
            "chiens de traîneau et de chiens d'avalanche des stations. Manon Girod, 26 ans, y est auxiliaire depuis "
            "quatre ans : accueil, préparation du bloc, contention, délivrance des aliments et suivi des "
            "hospitalisations. Je suis sa responsable directe depuis mars, date à laquelle j'ai repris la "
            "coordination de l'équipe des auxiliaires.",
            "L'entretien aura lieu le jeudi 21 janvier à 14 h, dans la salle de réunion, portes fermées et téléphone "
            "de garde confié à une collègue : une heure est prévue. J'ai envoyé la convocation et la fiche "
            "d'auto-évaluation à Manon le 5 janvier. J'ai relu le compte rendu de l'an dernier, ses trois objectifs, "
            "les retours écrits des vétérinaires et le tableau des rendez-vous. Je veux d'abord la remercier pour une "
            "saison d'hiver très chargée, revenir sans dramatiser sur deux oublis de stérilisation du matériel, et "
            "comprendre ce qu'elle attend de la suite, car elle m'a parlé d'une formation en physiothérapie "
            "animale."]),
        "opening": dict(status="ok", retitle="Ouvrir l'entretien", keep_bookmark=True, text=[
            "« Bonjour Manon, merci d'avoir pris ce temps malgré la semaine chargée. Cette heure est à toi autant "
            "qu'à moi : on regarde ensemble l'année écoulée, ce qui a bien marché et ce qui a été plus difficile, "
            "puis on fixe les objectifs de l'année prochaine et on parle de tes envies. Je prends des notes, je te "
            "les envoie sous huit jours et tu pourras ajouter tes commentaires avant de signer. Ce n'est pas un "
            "entretien sur ton salaire, qui se discute en avril avec le docteur Blanc. Tu peux m'interrompre à tout "
            "moment. Est-ce que tu veux commencer par quelque chose ? »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "mettre Manon à l'aise, annoncer le déroulé", "Comment te sens-tu en ce moment ?", "5 min"],
            [None, "revenir sur la saison d'hiver et l'hospitalisation", "Quel moment retiens-tu de l'année ?", "10 min"],
            [None, "comparer résultats et cibles", "Où en es-tu sur la préparation du bloc ?", "10 min"],
            [None, "croiser les deux regards", "Sur quoi te sens-tu la plus solide ?", "10 min"],
            [None, "fixer trois objectifs", "Qu'aimerais-tu avoir réussi l'an prochain ?", "10 min"],
            [None, "recenser les besoins", "De quoi aurais-tu besoin pour y arriver ?", "5 min"],
            [None, "écouter le projet physiothérapie", "Comment vois-tu ton métier dans trois ans ?", "5 min"],
            [None, "répondre, résumer, remercier", "As-tu une question ou un désaccord ?", "5 min"]]]),
        "year-review": dict(status="ok", retitle="L'année de Manon en quelques faits", text=[
            "Manon a tenu l'accueil seule pendant les trois semaines d'absence de sa collègue en février, au pic de la "
            "saison, sans retard de rendez-vous signalé. Elle a pris en charge le suivi des hospitalisations du "
            "week-end, un samedi sur deux, et les propriétaires la citent souvent dans les avis en ligne pour sa "
            "douceur avec les animaux anxieux. Elle a proposé et mis en place un tableau blanc des soins dans le "
            "chenil, que toute l'équipe utilise depuis juin. Côté difficultés, deux paquets d'instruments sont partis "
            "au bloc sans passage à l'autoclave en septembre ; l'erreur a été vue à temps par le vétérinaire. Manon "
            "l'a signalée elle-même et m'a dit se sentir débordée ces jours-là. Nous en parlerons avec elle, sans "
            "chercher de coupable, et je lui demanderai ce qui l'aiderait à tenir ces journées où tout arrive en même temps."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Préparer seule le bloc pour les chirurgies courantes", "interventions préparées sans aide", "toutes d'ici juin",
             "atteint en mai", "atteint", "validé par le Dr Blanc"],
            ["Réduire l'attente à l'accueil", "attente moyenne", "moins de 10 min", "12 min", "partiel",
             "hiver très chargé, accueil seule en février"],
            ["Zéro oubli de traçabilité stérilisation", "oublis relevés", "0", "2", "non atteint",
             "liste de contrôle demandée par Manon"]]]),
        "skills": dict(status="ok", tables=[[
            ["Contention et soins aux animaux", "confirmé", "confirmé", "confirmé", "très appréciée des vétérinaires"],
            ["Préparation du bloc", "confirmé", "intermédiaire", "confirmé", "plus sévère avec elle-même que nous"],
            ["Accueil et conseil aux propriétaires", "intermédiaire", "confirmé", "confirmé", "avis en ligne très positifs"],
            ["Organisation sous pression", "confirmé", "intermédiaire", "intermédiaire", "les deux oublis de septembre"]]]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Zéro oubli de stérilisation", "oublis relevés au registre", "0", "décembre 2027",
             "liste de contrôle signée à chaque cycle", "sécurité des patients"],
            ["Former la nouvelle auxiliaire au bloc", "interventions préparées seule par elle", "toutes les courantes",
             "juin 2027", "binôme deux matinées par semaine", "autonomie de l'équipe"],
            ["Lancer une consultation de rééducation", "séances réalisées", "4 par mois", "octobre 2027",
             "formation et matériel financés", "nouvelle offre de la clinique"]]]),
        "training": dict(status="ok", tables=[[
            ["Physiothérapie animale", "certificat de 12 jours à Lyon", "présentiel", "mars à juin 2027", "haute"],
            ["Gestion du stress au travail", "atelier de deux jours", "présentiel", "février 2027", "moyenne"],
            ["Logiciel de la clinique, module stocks", "tutoriel éditeur", "en ligne", "janvier 2027", "basse"]]]),
        "career-wishes": dict(status="ok", retitle="Et après ? Ce que Manon envisage", text=[
            "Manon souhaite se spécialiser en physiothérapie et rééducation, notamment pour les chiens de traîneau et "
            "les chiens âgés, très nombreux dans la vallée. Je lui demanderai comment elle imagine ce poste : à temps "
            "plein ou quelques demi-journées, à la clinique ou en partie ailleurs. Je peux lui dire honnêtement que "
            "les vétérinaires sont favorables à une consultation de rééducation et que la clinique peut financer la "
            "formation par le plan de développement des compétences. En revanche, je ne peux pas lui promettre un "
            "changement de statut ou de salaire avant que l'activité existe. Je lui proposerai un point dédié en "
            "septembre pour faire le bilan de la formation."]),
        "closing-follow-up": dict(status="thin", retitle="Pour finir", keep_bookmark=True, text=[
            "Je résume les trois objectifs et la formation retenue, puis je demande à Manon si elle a une remarque. "
            "Compte rendu envoyé sous huit jours, point d'étape fin juin."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je laisse Manon raconter septembre avant de donner mon avis", "oui"],
            [None, "remerciements pour février dès le début", "oui"],
            [None, "objet et déroulé annoncés dans la première minute", "oui"],
            [None, "faits de l'année préparés et datés", "oui"],
            [None, "liste de contrôle et formation proposées", "oui"],
            [None, "réponse préparée sur le salaire et le statut", "oui"]]]),
    },
)
