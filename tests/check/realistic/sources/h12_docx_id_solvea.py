from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the head of a bank's remote customer-service floor in Niort prepares the preliminary interview
    of an adviser who looked up her former partner's accounts 43 times without any business reason. The manager's
    own headings, three of them questions, most in a heading style, the legal steps and a list of things not to
    say as bold Normal paragraphs (the latter a section of his own); how he opens the interview and how it will
    run share one heading, prose then a table (merged); the closing is two sentences (thin).""",
    title="Banque Solvéa – Préparer l'entretien préalable de Mme Laure B.",
    cover=["Centre de relation client de Niort", "Olivier Garnaud, responsable de plateau – 26 novembre 2026",
           "Confidentiel : ne pas diffuser"],
    blocks=[
        H(1, "Avant tout : le dossier et l'organisation", {"preparation": "ok"}),
        P("Laure B. est conseillère clientèle à distance sur le plateau de Niort depuis avril 2018, en CDI. Ses "
          "évaluations sont bonnes et ses collègues l'apprécient. Le contrôle mensuel des accès, fait par "
          "l'équipe conformité, a relevé que, entre le 2 juillet et le 30 septembre, elle a ouvert 43 fois les "
          "comptes de deux clients qui ne relèvent pas de son portefeuille : son ancien compagnon et la nouvelle "
          "compagne de celui-ci. Aucun appel ni message de ces clients n'explique ces consultations. L'ancien "
          "compagnon a écrit à la banque le 8 octobre, car elle lui aurait cité le montant d'un virement."),
        P("Le secret bancaire et la charte de déontologie, signée par chaque salarié chaque année, interdisent "
          "toute consultation sans motif professionnel. Avec la responsable RH, nous envisageons un licenciement "
          "pour faute grave ; rien n'est décidé tant que je ne l'ai pas entendue. Une mise à pied conservatoire "
          "lui a été notifiée avec la convocation, le 20 novembre."),
        P("Le dossier comprend : le contrat et la fiche de poste, la charte signée le 15 janvier 2026, l'extrait "
          "du journal des accès certifié par la conformité, la lettre du client, le rappel général sur les "
          "consultations envoyé à tout le plateau en mars et la copie de la convocation avec l'accusé de "
          "réception. Claire Dufresne, des RH, sera à côté de moi. L'entretien aura lieu dans la petite salle du "
          "deuxième étage, loin du plateau, pour que personne ne la voie arriver. Je dois rester calme et "
          "neutre : il y a sans doute une histoire personnelle douloureuse derrière."),
        B("La procédure, étape par étape", {"procedure-checklist": "ok"}),
        T([["Étape", "Date", "Où j'en suis", "Validé avec"],
           ["Convocation remise en main propre contre décharge, avec mise à pied conservatoire",
            "20 novembre", "fait", "RH"],
           ["Mention du droit d'être assistée par un salarié de la banque", "dans la convocation", "fait",
            "juriste social"],
           ["Au moins cinq jours ouvrables avant l'entretien", "entretien le 28 novembre", "vérifié", "RH"],
           ["Exposé des motifs et écoute de ses explications", "28 novembre, 14 h", "à venir", ""],
           ["Lettre de notification, pas avant deux jours ouvrables", "2 décembre au plus tôt", "à venir",
            "juriste social"],
           ["Faute grave : lettre dans le mois qui suit l'entretien", "avant le 28 décembre", "à venir", "RH"]]),
        H(1, "Comment vais-je ouvrir l'entretien, et comment va-t-il se dérouler ?",
          {"opening": "ok", "interview-phases": "ok"}),
        P("Je vais la chercher moi-même à l'accueil. Dans la salle, je la remercie d'être venue, je présente "
          "Claire et je demande si elle est accompagnée. Puis je dis les choses simplement : « Nous avons "
          "constaté des consultations de comptes clients qui posent un problème grave. Nous envisageons une "
          "sanction qui peut aller jusqu'au licenciement. Cet entretien sert à vous exposer les faits et surtout "
          "à entendre vos explications. Aucune décision n'est prise aujourd'hui ; elle vous sera envoyée par "
          "écrit. » J'annonce ensuite les étapes pour qu'elle sache où l'on va. Je garde un ton posé et je "
          "laisse de l'eau et des mouchoirs sur la table."),
        T([["Temps", "But", "Ce que je dis ou demande", "Durée"],
           ["Accueil", "poser le cadre", "présentations, objet, absence de décision", "5 min"],
           ["Les faits", "exposer sans juger", "dates, nombre de consultations, lettre du client", "10 min"],
           ["Sa version", "comprendre", "« Que s'est-il passé de votre point de vue ? »", "20 min ou plus"],
           ["Questions", "clarifier", "reprendre ses objections une à une", "10 min"],
           ["Fin", "annoncer la suite", "délai, lettre, mise à pied maintenue", "5 min"]]),
        H(1, "Qu'est-ce qui lui est reproché, exactement ?", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits du journal des accès, dans l'ordre, sans qualifier ses intentions ni parler de "
          "sa vie privée. Ce que je lui reproche, c'est d'avoir consulté des comptes sans raison professionnelle, "
          "pas d'avoir des difficultés personnelles."),
        T([["Quand", "Ce qui s'est passé", "D'où vient l'information", "Ce qui avait été fait avant"],
           ["2 juillet – 31 juillet", "17 consultations du compte de M. T., aucune demande de sa part",
            "journal des accès", "rappel général de mars sur les consultations"],
           ["1er août – 30 septembre", "26 consultations, dont 9 du compte de Mme V., jamais cliente de son "
            "portefeuille", "journal des accès", "aucun"],
           ["8 octobre", "lettre de M. T. : un montant de virement lui aurait été cité", "courrier du client",
            "aucun"],
           ["Janvier et mars 2026", "charte relue et signée, puis rappel reçu et lu", "accusés de lecture",
            "sans objet"]]),
        H(1, "Et si elle conteste ?", {"questions-objections": "ok"}),
        T([["Ce qu'elle pourrait me dire", "Ce que je réponds", "Ce que je vérifie ensuite"],
           ["« Je me suis trompée de client »", "43 ouvertures sur trois mois, à des heures différentes : "
            "je l'écoute mais je le note", "les recherches tapées avant chaque ouverture"],
           ["« Il m'avait demandé de surveiller son compte »", "aucune procuration ni demande écrite au dossier",
            "si M. T. a donné un accord par écrit"],
           ["« Tout le monde le fait »", "je ne parle que de sa situation ; le contrôle porte sur tout le plateau",
            "rien"],
           ["« Je traversais une séparation difficile »", "je l'entends et je lui rappelle l'aide du service "
            "social, mais les faits restent", "rien"],
           ["« Vous voulez vous débarrasser de moi »", "ses évaluations sont bonnes, c'est le contrôle qui a "
            "déclenché le dossier", "rien"]]),
        H(1, "Terminer", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'elle a dit et je lui demande si elle veut ajouter quelque chose. Je rappelle qu'elle "
          "recevra la décision par lettre, pas avant deux jours ouvrables."),
        B("Ce que je ne dois surtout pas dire"),
        L(["Un mot sur la décision (« de toute façon… »)",
           "Le nom de la collègue qui a repéré la lettre du client",
           "Un avis sur sa vie privée ou sur M. T."]),
        H(1, "Mes notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ses mots", "Ce que j'observe", "À faire après"],
           ["Qui est présent", "", "", "nom de la personne qui l'assiste"],
           ["Faits exposés", "", "", ""],
           ["Ses explications sur juillet", "", "", "vérifier toute demande de M. T."],
           ["Ses explications sur août et septembre", "", "", ""],
           ["Ce que j'ai annoncé pour la suite", "", "", "lettre au plus tôt le 2 décembre"]]),
        H(1, "Suis-je prêt ?", {"criteria-self-check": "ok"}),
        T([["Ce que le jury regarde", "À quel moment, avec quels mots", "Répété"],
           ["Écoute et empathie", "pendant sa version : je me tais, je reformule, je ne coupe pas", "oui"],
           ["Rassurer ou motiver", "au début : rien n'est décidé, ses explications comptent", "oui"],
           ["L'enjeu dit dès le départ", "deuxième minute : sanction pouvant aller jusqu'au licenciement", "oui"],
           ["Réponses aux objections", "tableau ci-dessus, une réponse factuelle chaque fois", "à refaire"],
           ["Faits clairs", "les quatre dates, les chiffres du journal, la lettre", "oui"]]),
    ],
)
