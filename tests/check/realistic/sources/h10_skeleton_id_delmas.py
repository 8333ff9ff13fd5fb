from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Imprimerie Delmas, a printing works in Clermont-Ferrand (54 staff), holds the preliminary
    interview of a press operator who disabled the guard of a folding machine again after a written warning.
    Guidance deleted. The preparation heading retyped "Avant l'entretien avec M. Royer" and the facts heading
    retyped "Ce qui s'est passé, date par date" (runs replaced, bookmarks lost); the objections heading retyped
    "Ses objections probables" keeping its bookmark. The note-taking grid deleted with its heading (missing); the
    opening written in two sentences (thin); every other section written, tables filled.""",
    cover={"company": "Imprimerie Delmas", "candidate": "Sophie Garnier", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec M. Royer", text=[
            "L'Imprimerie Delmas emploie 54 personnes à Clermont-Ferrand et imprime des catalogues, des brochures et "
            "des étiquettes pour des clients de la région. Je suis responsable de l'atelier de façonnage depuis 2023. "
            "Thierry Royer, 47 ans, y est conducteur de plieuse depuis onze ans ; c'est un professionnel reconnu, "
            "rapide, que les plus jeunes viennent voir quand une machine se dérègle. Le 9 octobre, il a de nouveau "
            "neutralisé le carter de protection de la plieuse n° 2 avec un serre-joint pour gagner du temps sur un "
            "réglage, alors qu'il avait reçu un avertissement écrit pour le même geste en mars.",
            "La direction envisage un licenciement pour faute. Rien n'est décidé : l'entretien sert à lui exposer les "
            "faits et à entendre ses explications. J'ai réuni avec Nadia Faure, responsable des ressources humaines, "
            "son contrat, la fiche de poste, le règlement intérieur et la consigne de sécurité de la plieuse, "
            "l'avertissement de mars, le rapport du chef d'équipe et les deux photos prises le 9 octobre. "
            "L'entretien aura lieu le 23 octobre à 10 h, dans la salle du premier étage, loin de l'atelier. Il "
            "pourra être assisté d'un salarié de l'entreprise ; il nous a dit qu'il viendrait avec Karim, élu au CSE. "
            "Nadia sera présente et prendra des notes. J'ai prévu une heure."]),
        "procedure-checklist": dict(status="ok", skip_cols=1, tables=[[
            [None, "10 octobre, lettre remise en main propre", "oui", "oui, Nadia"],
            [None, "entretien fixé au 23 octobre", "oui", "oui, Nadia"],
            [None, "23 octobre, en début d'entretien", "à faire", "trame relue avec l'avocat"],
            [None, "23 octobre, sans l'interrompre", "à faire", "non applicable"],
            [None, "pas avant le 27 octobre", "à faire", "délai vérifié avec l'avocat"]]]),
        "opening": dict(status="thin", text=[
            "« Bonjour Monsieur Royer, bonjour Karim, merci d'être là. Nous sommes ici parce qu'une sanction pouvant "
            "aller jusqu'au licenciement est envisagée ; aucune décision n'est prise et je veux d'abord vous "
            "entendre. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "rappeler pourquoi nous sommes là et comment ça va se passer", "Avez-vous des questions avant de commencer ?", "5 min"],
            [None, "exposer le 9 octobre et l'avertissement de mars, photos à l'appui", "—", "10 min"],
            [None, "le laisser raconter sa version sans l'interrompre", "Que s'est-il passé ce matin-là, de votre point de vue ?", "20 min"],
            [None, "répondre calmement, noter ce qui est nouveau", "Y a-t-il quelque chose que nous n'aurions pas pris en compte ?", "15 min"],
            [None, "expliquer la suite et le délai", "Souhaitez-vous ajouter quelque chose ?", "10 min"]]]),
        "facts-explained": dict(status="ok", retitle="Ce qui s'est passé, date par date", text=[
            "Je présente les faits dans l'ordre, sans qualifier la personne : ce qui est reproché, c'est un geste "
            "dangereux répété malgré un avertissement, pas la qualité de son travail, que personne ne conteste."],
            tables=[[
                ["14 mars 2026", "carter de la plieuse n° 2 bloqué ouvert pendant un réglage", "rapport du chef d'équipe", "avertissement écrit du 28 mars"],
                ["2 avril 2026", "formation sécurité sur les plieuses, signée par M. Royer", "feuille d'émargement", "rappel de la consigne"],
                ["9 octobre 2026", "carter neutralisé au serre-joint, machine en marche", "deux photos, témoignage de l'apprenti", "mise à pied conservatoire le 10 octobre"]]]),
        "questions-objections": dict(status="ok", retitle="Ses objections probables", keep_bookmark=True, tables=[[
            ["« Tout le monde le fait pour aller plus vite. »", "Si d'autres le font, c'est aussi grave et je le traiterai ; aujourd'hui nous parlons de votre geste, déjà signalé en mars.", "faire un tour de l'atelier avec le chef d'équipe"],
            ["« On m'a mis la pression sur les délais du catalogue. »", "Je l'entends, et je veux savoir qui vous a demandé d'aller plus vite ; aucun délai ne justifie de travailler sans protection.", "vérifier le planning du 9 octobre"],
            ["« Le carter se bloque, il est mal conçu. »", "Si c'est le cas, il fallait l'arrêter et le signaler ; je demande quand même au fabricant de le contrôler.", "ticket de maintenance"],
            ["« Onze ans de maison, ça ne compte pas ? »", "Si, beaucoup, et ce sera pris en compte dans la décision ; c'est justement parce que vous êtes une référence que le geste pèse.", "aucune"]]]),
        "closing-follow-up": dict(status="ok", text=[
            "Je résume ce que M. Royer nous a dit, avec ses mots, et je lui demande si mon résumé est juste et s'il "
            "veut ajouter quelque chose, lui ou Karim. J'explique qu'aucune décision n'est prise aujourd'hui, que la "
            "direction prendra le temps de réfléchir à ce qu'il a exprimé et qu'il recevra une lettre recommandée, "
            "au plus tôt le 27 octobre. Je lui rappelle que la mise à pied conservatoire continue jusque-là et que "
            "Nadia reste joignable pour toute question pratique sur sa paie. Je le remercie d'être venu et de nous "
            "avoir parlé franchement, et je le raccompagne jusqu'à l'accueil plutôt que de le laisser traverser "
            "l'atelier seul."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse parler vingt minutes, je reformule sans juger", "oui"],
            [None, "je reconnais ses onze ans et son savoir-faire", "oui"],
            [None, "la sanction envisagée est dite dans la première minute", "oui"],
            [None, "une réponse préparée pour chaque objection, ton calme", "répété avec Nadia"],
            [None, "trois dates, trois preuves, dans l'ordre", "oui"]]]),
    },
)
