from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="pandoc",
    language="fr",
    notes="""Held-out round (ho_). Markdown converted by pandoc, French, the annual review of a pharmacy's
    preparer. Roman-numbered headings, sub-headings numbered by hand; her wishes for the future are one short
    paragraph (thin); the notes annex is a heading with nothing under it (empty); no self-assessment against
    the criteria (missing).""",
    title="Pharmacie des Halles – Guide de l'entretien annuel de Samia Belkacem",
    cover=["Entretien d'évaluation – préparé par Laure Quéméner, titulaire"],
    blocks=[
        H(1, "I. Avant l'entretien", {"preparation": "ok"}),
        P("L'entretien aura lieu le jeudi 10 décembre à 14 h, dans le bureau du fond, porte fermée et téléphone "
          "renvoyé vers le comptoir : Samia mérite une heure sans interruption. Je l'ai prévenue trois semaines avant "
          "et lui ai remis la fiche d'auto-évaluation, qu'elle me rendra la veille. De mon côté, je relis le compte "
          "rendu de l'an dernier, les trois objectifs que nous avions fixés, les chiffres du rayon orthopédie qu'elle "
          "a repris en mars, et les deux remarques de clients que j'ai notées dans l'année, une positive et une "
          "négative. Je prépare aussi les informations qu'elle me demandera sans doute : le budget formation de "
          "l'officine pour 2027, soit 2 400 euros, et la possibilité d'un passage à temps partiel le mercredi. Mon "
          "intention est d'écouter plus que de parler ; je me fixe de ne pas dépasser un tiers du temps de parole. "
          "J'apporte le planning de l'équipe de l'année prochaine pour que nous puissions parler concrètement, "
          "ainsi que la fiche de poste de préparatrice, que nous n'avons pas relue depuis son arrivée en 2021 et qui "
          "ne mentionne ni l'orthopédie ni le tutorat."),
        H(1, "II. Les cinq premières minutes", {"opening": "ok"}),
        P("Je commence par la remercier pour l'année, en citant un fait précis : la reprise du rayon orthopédie "
          "pendant l'arrêt de Marc. Je rappelle que l'entretien sert à faire le point ensemble, qu'il n'est pas lié "
          "à la révision des salaires, qui se fait en janvier, et qu'elle pourra relire et compléter le compte rendu "
          "avant de le signer. Je lui propose le déroulé et lui demande si elle veut ajouter un sujet. Si elle semble "
          "tendue, je commence par ses réussites plutôt que par le tableau des objectifs."),
        H(1, "III. Déroulé", {"interview-phases": "ok"}),
        T([["Temps", "Sujet", "Qui parle surtout"],
           ["5 min", "accueil et cadre", "moi"],
           ["20 min", "l'année écoulée", "Samia"],
           ["15 min", "objectifs et formation 2027", "nous deux"],
           ["10 min", "souhaits d'évolution", "Samia"],
           ["10 min", "synthèse et suite", "moi"]]),
        H(1, "IV. Retour sur l'année de Samia", {"year-review": "ok"}),
        P("Je lui demande d'abord ce dont elle est la plus fière, puis ce qui a été difficile. Mes propres points : "
          "l'orthopédie a progressé de 18 % depuis qu'elle s'en occupe, grâce aux prises de mesure qu'elle propose "
          "désormais sans rendez-vous. Les préparations magistrales sont toujours faites avec rigueur, sans aucune "
          "erreur relevée au contrôle. En revanche, le suivi des commandes auprès du grossiste a connu trois ruptures "
          "évitables sur des produits courants en octobre, au moment où elle assurait aussi le comptoir. Je veux "
          "comprendre avec elle si c'est une question d'organisation ou de charge, plutôt que d'en faire un reproche. "
          "Enfin, deux clientes âgées ont dit spontanément qu'elles viennent pour ses conseils : je le lui dirai, "
          "parce que ce genre de retour se perd souvent entre le comptoir et le bureau, et qu'il compte autant que les chiffres."),
        H(2, "IV.2 Ses objectifs 2026, un par un", {"objectives-achieved": "ok"}),
        T([["Objectif", "Résultat", "Commentaire"],
           ["Reprendre le rayon orthopédie", "atteint", "+18 % de chiffre d'affaires"],
           ["Former l'apprentie aux préparations", "atteint", "l'apprentie est autonome depuis septembre"],
           ["Zéro rupture sur les 50 références clés", "partiel", "trois ruptures en octobre"]]),
        H(1, "V. Savoir-faire", {"skills": "ok"}),
        T([["Compétence", "Niveau constaté", "À travailler"],
           ["Préparations magistrales", "expert", "—"],
           ["Conseil au comptoir", "confirmé", "—"],
           ["Gestion des stocks", "en progrès", "anticiper les commandes"]]),
        H(1, "VI. Cap sur 2027", {"smart-objectives": "ok"}),
        L(["Moins d'une rupture par trimestre sur les 50 références clés, mesurée dans le logiciel de gestion",
           "Ouvrir un créneau de prise de mesure le samedi matin à partir de mars",
           "Tutorer la nouvelle apprentie jusqu'à son premier examen en juin"]),
        H(1, "VII. Se former", {"training": "ok"}),
        P("Samia a demandé l'an dernier une formation sur la compression veineuse ; elle est éligible et le "
          "budget le permet. Je propose les deux jours de mars à Rennes, sur le temps de travail."),
        H(1, "VIII. Et après ?", {"career-wishes": "thin"}),
        P("Je lui demande où elle se voit dans trois ans : responsable du rayon, ou une autre envie ?"),
        H(1, "IX. Conclure", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons décidé : les trois objectifs, la formation de mars, et le créneau du samedi. "
          "Je lui demande si ce résumé lui convient et ce qu'elle retient de l'entretien. Je rédige le compte rendu "
          "dans la semaine, elle dispose de huit jours pour ajouter ses remarques avant que nous signions tous les "
          "deux. Nous fixons un point d'étape en juin, à mi-parcours, pour regarder les ruptures et la tutelle. Je "
          "termine en lui demandant ce que je pourrais faire, moi, pour lui faciliter l'année."),
        H(1, "Annexe : prise de notes", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
