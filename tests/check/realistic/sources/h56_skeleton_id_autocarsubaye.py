from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: a coach company in the Ubaye valley prepares the preliminary interview of a workshop
    mechanic who signed brake checks on two school coaches that were never done. Guidance deleted. Three
    headings retyped over their runs (bookmark lost): the preparation, the facts and the closing. The opening is
    under its minimum (thin); the criteria self-check was deleted with its heading (missing). Other tables
    filled.""",
    cover={"company": "Autocars de l'Ubaye", "candidate": "Sébastien Arnaud", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant l'entretien avec Karim", text=[
            "Je suis responsable d'exploitation aux Autocars de l'Ubaye, à Barcelonnette : 31 véhicules, dont 14 "
            "cars scolaires, et un atelier de quatre mécaniciens. Karim B. y travaille depuis 2019. C'est un bon "
            "technicien, apprécié des conducteurs, qui a formé les deux apprentis de l'atelier.",
            "Le 6 novembre, le contrôleur de la DREAL a relevé sur le car 12 des plaquettes de frein arrière usées "
            "jusqu'au métal, alors que la fiche d'entretien signée par Karim le 21 octobre indiquait un contrôle "
            "complet du freinage. En vérifiant, nous avons trouvé la même situation sur le car 7 : fiche signée le "
            "23 octobre, aucune pièce sortie du magasin, et le logiciel de l'atelier ne montre aucune heure passée "
            "sur ce véhicule ce jour-là. Ces deux cars transportent chaque matin une soixantaine d'enfants sur la "
            "route du col.",
            "La direction envisage un licenciement pour faute grave, avec une mise à pied conservatoire déjà "
            "notifiée le 8 novembre. Je veux pourtant entendre Karim avant toute décision : l'atelier a perdu un "
            "mécanicien en septembre et n'a pas été remplacé, et il a peut-être signé sous la pression des "
            "plannings. Je rassemble les deux fiches, l'extrait du logiciel d'atelier, le procès-verbal de la DREAL, "
            "les bons de sortie du magasin et le planning d'octobre. L'entretien se tiendra dans la salle de "
            "réunion du dépôt, pas dans mon bureau vitré."]),
        "procedure-checklist": dict(status="ok", tables=[[
            [None, "lettre recommandée envoyée le 9 novembre", "oui, accusé de réception du 12", "oui, avec notre juriste"],
            [None, "entretien le 20 novembre", "oui, six jours ouvrables pleins", "oui"],
            [None, "20 novembre 2026", "prévu, avec les pièces", "trame relue par la juriste"],
            [None, "20 novembre 2026", "prévu", "—"],
            [None, "pas avant le 24 novembre", "à faire", "lettre préparée, non envoyée"]]]),
        "opening": dict(status="thin", text=[
            "Bonjour Karim, bonjour Monsieur Roux. Nous sommes ici pour un entretien préalable : nous envisageons un "
            "licenciement, et rien n'est décidé avant de vous avoir entendu. Je vais présenter les faits, puis je "
            "vous écoute."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre, présenter le délégué", "Êtes-vous prêt à commencer ?", "5 min"],
            [None, "montrer les deux fiches et le PV", "Reconnaissez-vous votre signature sur ces fiches ?", "10 min"],
            [None, "comprendre comment c'est arrivé", "Comment s'organisaient vos journées en octobre ?", "20 min"],
            [None, "répondre sans me justifier à l'infini", "Voyez-vous autre chose à ajouter au dossier ?", "10 min"],
            [None, "expliquer le délai et le courrier", "Avez-vous des questions sur la suite ?", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Deux cars, deux fiches", text=[
            "Je pose les faits dans l'ordre des dates, avec la pièce correspondante à chaque fois. Je ne parle pas "
            "d'intention, seulement de ce qui est écrit et constaté, et je laisse Karim lire chaque document."],
            tables=[[
                ["21 octobre 2026", "fiche de contrôle freinage du car 12 signée", "fiche d'entretien, extrait du logiciel",
                 "aucune"],
                ["23 octobre 2026", "fiche du car 7 signée sans intervention enregistrée", "logiciel d'atelier, bons du magasin",
                 "aucune"],
                ["6 novembre 2026", "plaquettes usées au métal sur le car 12", "procès-verbal de la DREAL",
                 "mise à pied conservatoire le 8 novembre"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« On était trois à l'atelier pour le travail de quatre. »",
             "C'est vrai et je le reconnais ; mais une fiche signée engage la sécurité des enfants, on pouvait reporter.",
             "demandes de renfort faites en octobre"],
            ["« Le chef d'atelier m'a dit de boucler les fiches avant les vacances. »",
             "Je le note et je vérifierai auprès de lui ; je ne réponds pas à sa place aujourd'hui.",
             "entretien avec le chef d'atelier"],
            ["« Les plaquettes étaient bonnes le 21, elles se sont usées ensuite. »",
             "Quinze jours de ligne ne suffisent pas à user des plaquettes neuves au métal ; le magasin n'en a pas sorti.",
             "avis du garage constructeur"]]]),
        "closing-follow-up": dict(status="ok", retitle="Et après ?", text=[
            "Je remercie Karim et son délégué et je résume ce qu'il a dit, en lui demandant si mon résumé est fidèle. "
            "J'explique que la décision ne sera pas prise aujourd'hui : je dois vérifier ce qu'il m'a dit sur les "
            "consignes du chef d'atelier et sur les demandes de renfort. Je lui rappelle que la mise à pied "
            "conservatoire continue et qu'une décision lui sera envoyée par lettre recommandée, au plus tôt deux "
            "jours ouvrables après l'entretien. Je lui indique qu'il peut me joindre ou joindre la juriste d'ici là "
            "s'il veut ajouter une pièce. Je note l'heure de fin et je range les documents devant lui."]),
        "note-taking-grid": dict(status="ok", tables=[[
            [None, "Karim B., Pierre Roux (délégué du personnel), moi-même", "arrivés à l'heure", "—"],
            [None, "deux fiches signées sans contrôle, PV DREAL", "lus à voix haute", "joindre les copies au dossier"],
            [None, "à remplir pendant l'entretien", "ton, hésitations, documents apportés", "vérifier ses dires"],
            [None, "renfort, consigne du chef d'atelier", "à recouper", "entretien avec le chef d'atelier"],
            [None, "lettre recommandée, délai de deux jours", "—", "envoi au plus tôt le 24"]]]),
        "criteria-self-check": dict(status="missing"),
    },
)
