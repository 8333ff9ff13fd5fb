from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 18 (h18_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, French: the head of the microbiology bench at Garonne Analyses, a food and water testing laboratory
    in Agen, prepares the annual review of a technician. Guidance deleted everywhere. Four headings retyped by
    replacing their runs, bookmark lost: the preparation ("Avant l'entretien avec Karim"), the year review ("2026
    en quelques faits"), next year's objectives ("Cap sur 2027") and the career wishes ("Et Karim, où se
    voit-il ?"); the other headings kept as generated. All tables filled; the closing holds two sentences (thin);
    the note-taking grid deleted with its heading (missing).""",
    cover={"company": "Garonne Analyses", "candidate": "Claire Dufour", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec Karim", text=[
            "Garonne Analyses est un laboratoire de 46 personnes installé à Agen, accrédité pour les analyses "
            "microbiologiques des eaux et des aliments. Je dirige le plateau de microbiologie : neuf techniciens, "
            "environ 1 800 échantillons par semaine, pour des conserveries, des cantines et les syndicats d'eau du "
            "Lot-et-Garonne. Karim Benali, 27 ans, y est technicien depuis deux ans et demi. Il prépare les "
            "milieux de culture, réalise les dénombrements et, depuis le printemps, il est chargé du nouvel "
            "automate d'ensemencement.",
            "L'entretien aura lieu le 12 janvier, à 14 h, dans la petite salle de réunion du premier étage, hors du "
            "plateau pour ne pas être dérangés ; j'ai bloqué une heure et quart. Karim a reçu sa fiche "
            "d'auto-évaluation le 15 décembre. J'ai rassemblé le compte rendu de l'an dernier, les résultats des "
            "essais interlaboratoires, le relevé des non-conformités du plateau et les retours de deux clients. "
            "Mon objectif : reconnaître le travail fait sur l'automate, parler sans détour des retards de rendu "
            "de l'automne, et entendre ce qu'il veut faire ensuite, car il a évoqué une licence professionnelle "
            "en qualité."]),
        "opening": dict(status="ok", text=[
            "« Karim, merci d'avoir préparé ta fiche. On a une heure devant nous, et c'est ton heure autant que la "
            "mienne. L'idée est simple : regarder ensemble ton année 2026, ce qui a bien marché et ce qui a "
            "coincé, puis fixer trois objectifs pour 2027 et parler de tes envies. Je te propose de commencer par "
            "ton propre regard, je donnerai le mien ensuite. Rien de ce qu'on se dira ne sera une surprise dans "
            "le compte rendu : je te l'envoie et tu pourras y ajouter tes commentaires avant de signer. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "mettre Karim à l'aise, annoncer le déroulé", "—", "5 min"],
            [None, "laisser Karim raconter son année", "Qu'est-ce dont tu es le plus fier ?", "10 min"],
            [None, "comparer les trois objectifs aux résultats", "Qu'est-ce qui a freiné les délais en octobre ?",
             "10 min"],
            [None, "confronter sa fiche et mon regard", "Où te sens-tu encore fragile ?", "10 min"],
            [None, "construire ensemble trois objectifs", "À quoi verrait-on que 2027 est réussie ?", "10 min"],
            [None, "choisir une formation utile", "Qu'aimerais-tu apprendre ?", "5 min"],
            [None, "écouter son projet de licence", "Comment vois-tu les trois prochaines années ?", "10 min"],
            [None, "répondre à ses questions, conclure", "Veux-tu ajouter quelque chose ?", "5 min"]]]),
        "year-review": dict(status="ok", retitle="2026 en quelques faits", text=[
            "L'année de Karim a été dominée par l'automate d'ensemencement livré en avril. Il a suivi la formation "
            "chez le fabricant à Lyon, rédigé les modes opératoires avec la responsable qualité et conduit la "
            "validation de méthode demandée par le Cofrac : quarante séries en double, sans écart significatif. "
            "L'automate traite aujourd'hui 60 % des dénombrements du plateau. Karim a aussi formé trois collègues "
            "à son utilisation, avec patience, d'après leurs propres mots.",
            "L'automne a été plus difficile. En octobre, pendant la campagne des conserveries, le délai de rendu "
            "a dépassé cinq jours pour 14 % des échantillons, contre 4 % d'habitude, en partie parce que Karim, "
            "seul à maîtriser l'automate, a été absent deux semaines. Il l'a vécu comme un reproche ; je veux lui "
            "dire que c'est un problème d'organisation, pas de personne, et que le plateau doit apprendre à "
            "se passer d'un seul référent."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Mettre en service l'automate", "validation Cofrac", "juin 2026", "mai 2026", "atteint",
             "validation sans écart"],
            ["Délai de rendu sous 5 jours", "échantillons en retard", "moins de 5 %", "7 % sur l'année", "partiel",
             "pic d'octobre, absence non remplacée"],
            ["Réussir les essais interlaboratoires", "résultats satisfaisants", "4 sur 4", "4 sur 4", "atteint",
             "Listeria et salmonelles"]]]),
        "skills": dict(status="ok", tables=[[
            ["Techniques de dénombrement", "confirmé", "confirmé", "confirmé", "aucun écart aux essais"],
            ["Automate d'ensemencement", "opérationnel", "expert", "expert", "référent du plateau"],
            ["Transmission aux collègues", "opérationnel", "débutant", "confirmé",
             "se sous-estime : trois collègues formés"],
            ["Organisation en période de pic", "confirmé", "confirmé", "opérationnel",
             "à travailler avec l'équipe"]]]),
        "smart-objectives": dict(status="ok", retitle="Cap sur 2027", tables=[[
            ["Former deux collègues autonomes sur l'automate", "techniciens habilités", "2", "avril 2027",
             "deux demi-journées par mois", "ne plus dépendre d'une personne"],
            ["Tenir le délai de rendu pendant la campagne d'automne", "échantillons rendus en plus de 5 jours",
             "moins de 5 %", "novembre 2027", "planning de pic préparé en août avec moi", "satisfaction clients"],
            ["Rédiger le mode opératoire de la recherche de Bacillus", "procédure validée", "1", "septembre 2027",
             "appui de la responsable qualité", "élargir l'accréditation"]]]),
        "training": dict(status="ok", tables=[[
            ["Transmettre un geste technique", "formation de formateur interne", "2 jours, inter-entreprises",
             "mars 2027", "haute"],
            ["Bases de la qualité en laboratoire", "module ISO 17025", "e-learning, 14 h", "printemps 2027",
             "moyenne"],
            ["Projet de licence professionnelle", "dossier de validation des acquis", "accompagnement RH",
             "2027-2028", "à confirmer"]]]),
        "career-wishes": dict(status="ok", retitle="Et Karim, où se voit-il ?", text=[
            "Je lui demanderai où il se voit dans trois ans et ce qui compte le plus pour lui : rester à la "
            "paillasse, encadrer, ou aller vers la qualité. Il m'a parlé d'une licence professionnelle en "
            "alternance à Bordeaux ; je veux comprendre si c'est un projet mûri ou une envie de changer d'air "
            "après un automne difficile. Je lui dirai honnêtement ce que le laboratoire peut offrir : un poste "
            "d'assistant qualité s'ouvre en 2028 au départ en retraite de Mireille, et le financement d'une "
            "formation diplômante est possible si le projet est solide. Je ne promets rien que je ne peux "
            "tenir."]),
        "closing-follow-up": dict(status="thin", text=[
            "Je résume nos accords, je lui envoie le compte rendu sous une semaine et nous refaisons un point en "
            "juin."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse parler en premier sur son année", "oui"],
            [None, "je nomme sa réussite sur l'automate dès le début", "oui"],
            [None, "le but de l'heure annoncé en ouverture", "oui"],
            [None, "faits et chiffres de l'année sur la table", "oui"],
            [None, "planning de pic et formation de formateur proposés", "oui"],
            [None, "réponse prête sur la licence et le poste qualité", "à revoir"]]]),
    },
)
