from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: a web agency in Nantes prepares the preliminary interview of a senior developer who copied
    a client's source code, with its access keys, to a public repository of his own. Guidance deleted. Three
    headings retyped over their runs (bookmark lost): the preparation, the facts and the self-check. The closing
    still holds our prompt (placeholder); the note-taking grid is left as generated (empty). Other tables
    filled.""",
    cover={"company": "Studio Clairefontaine", "candidate": "Aurélie Guérin", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Mathis", text=[
            "Je dirige le pôle développement du Studio Clairefontaine, une agence web de 38 personnes installée sur "
            "l'île de Nantes. Mathis L. est développeur senior chez nous depuis 2020 ; il a conduit seul la refonte "
            "de la plateforme de réservation d'un de nos plus gros clients, un réseau de campings de la côte "
            "vendéenne, et ses collègues le consultent volontiers.",
            "Le 3 novembre, l'outil de surveillance de notre hébergeur nous a signalé que le code complet de cette "
            "plateforme se trouvait sur un dépôt public ouvert au nom personnel de Mathis, avec le fichier de "
            "configuration contenant les clés d'accès à la base des clients et au service de paiement. Le dépôt "
            "était en ligne depuis le 14 septembre. Nous avons changé toutes les clés dans l'heure et prévenu le "
            "client, qui demande des explications écrites et menace de résilier un contrat de 180 000 euros par an.",
            "La direction envisage un licenciement pour faute grave ; une mise à pied conservatoire a été remise en "
            "main propre le 5 novembre. Je veux comprendre avant de conclure : Mathis dit depuis des mois qu'il "
            "manque d'un environnement de test et il a peut-être voulu travailler chez lui. Je prépare la charte "
            "informatique signée en 2020, la capture du dépôt, le rapport de l'hébergeur, le courriel du client et "
            "ses deux derniers entretiens annuels. Notre responsable des ressources humaines, Claire Moreau, sera "
            "présente à mes côtés ; nous recevrons Mathis dans la petite salle du deuxième étage, loin de l'open "
            "space."]),
        "procedure-checklist": dict(status="ok", tables=[[
            [None, "lettre remise en main propre le 5 novembre", "oui, signée par Mathis", "oui, Claire Moreau"],
            [None, "entretien fixé au 17 novembre", "oui, huit jours ouvrables", "oui"],
            [None, "17 novembre 2026", "prévu, pièces jointes au dossier", "trame relue par notre avocate"],
            [None, "17 novembre 2026", "prévu", "—"],
            [None, "pas avant le 20 novembre", "à faire", "projet de lettre en attente"]]]),
        "opening": dict(status="ok", text=[
            "Bonjour Mathis, bonjour Madame Perrin, merci d'être venus. Je vous présente Claire Moreau, qui "
            "m'accompagne pour les ressources humaines. Je veux être clair dès maintenant : nous envisageons à ton "
            "égard une mesure qui peut aller jusqu'au licenciement, en raison de ce que nous avons découvert le 3 "
            "novembre. Aucune décision n'est prise aujourd'hui. Je vais d'abord exposer ce que nous avons constaté, "
            "pièces à l'appui, puis je te laisserai tout le temps nécessaire pour donner ta version et poser tes "
            "questions. Madame Perrin pourra intervenir quand elle le souhaite. Nous terminerons par la suite de la "
            "procédure."]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "présenter les présents et l'objet", "Est-ce que le déroulé te convient ?", "5 min"],
            [None, "montrer la capture du dépôt et le rapport", "Reconnais-tu ce dépôt comme le tien ?", "10 min"],
            [None, "comprendre pourquoi le code est sorti", "Dans quelles conditions travaillais-tu en septembre ?", "20 min"],
            [None, "répondre calmement, noter le nouveau", "Y a-t-il un élément que nous ignorons ?", "10 min"],
            [None, "annoncer le délai et la lettre", "As-tu des questions sur la suite ?", "5 min"]]]),
        "facts-explained": dict(status="ok", retitle="Ce qui s'est passé, date par date", text=[
            "Je reprends les faits dans l'ordre, sans qualifier l'intention de Mathis. Pour chacun, je montre la "
            "pièce qui l'établit et je lui laisse le temps de la lire avant de continuer."],
            tables=[[
                ["14 septembre 2026", "création d'un dépôt public contenant le code de la plateforme de réservation",
                 "historique du dépôt, capture datée", "aucune"],
                ["3 novembre 2026", "alerte de l'hébergeur : clés d'accès visibles en ligne",
                 "rapport de l'hébergeur", "clés changées le jour même"],
                ["4 novembre 2026", "le client exige des explications écrites", "courriel du directeur du client",
                 "mise à pied conservatoire le 5 novembre"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["« Je n'avais aucun serveur de test, il fallait bien avancer. »",
             "Le manque d'outil est réel, je l'ai moi-même remonté ; il n'autorise pas à publier le code d'un client.",
             "tickets de demande d'environnement de test"],
            ["« Je croyais que le dépôt était privé. »",
             "C'est possible ; je prends note et nous vérifierons les réglages d'origine du dépôt.",
             "historique des paramètres du dépôt"],
            ["« Personne ne m'a jamais formé à la sécurité. »",
             "La charte signée en 2020 interdit toute copie hors de nos outils ; je note ta demande de formation.",
             "registre des formations du pôle"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", retitle="Ma grille avant l'entretien", skip_cols=1, tables=[[
            [None, "je laisse Mathis finir ses phrases et je reformule", "répété avec Claire"],
            [None, "je rappelle ses qualités techniques et que rien n'est décidé", "oui"],
            [None, "l'objet et la mesure possible dès la deuxième phrase", "oui"],
            [None, "réponses préparées aux trois objections probables", "oui"],
            [None, "trois faits datés, chacun avec sa pièce", "oui"]]]),
    },
)
