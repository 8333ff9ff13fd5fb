from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, in French: the sales director of an agricultural machinery dealer near
    Montauban prepares the preliminary interview of a field salesman whose expense claims did not match his
    visits. The author's own headings, some questions, some at level 2 under a part title of her own ("Le jour
    même"); the legal steps are a table under a heading of their own; the facts are a dated table; the closing is
    two sentences (thin); no note-taking grid (missing: she says she will take notes on a blank pad); a last
    re-reading table checks her own conduct.""",
    title="Entretien préalable de M. Florian Besse",
    cover=["Établissements Garrigue Motoculture, Montauban",
           "Préparation rédigée par Nathalie Garrigue, directrice commerciale – confidentiel"],
    blocks=[
        H(1, "Ce que je dois savoir avant d'entrer dans la salle", {"preparation": "ok"}),
        P("Florian Besse est commercial itinérant chez nous depuis six ans. Il suit environ 140 exploitations "
          "agricoles du Quercy et de la Lomagne et vend surtout des tondeuses autoportées, des broyeurs et du petit "
          "matériel de vigne. Ses résultats ont toujours été corrects, sans plus, et il est apprécié des clients "
          "âgés pour sa patience. Il n'a jamais reçu de sanction jusqu'ici."),
        P("En septembre, la comptable a remarqué que plusieurs notes de frais de juillet et d'août portaient sur "
          "des repas et des kilomètres en Lomagne les jours où le logiciel de gestion montrait Florian en congé ou "
          "au magasin. Nous avons croisé les notes de frais, l'agenda partagé, les bons d'intervention et les "
          "relevés de la carte carburant de l'entreprise. L'écart porte sur onze journées et 1 870 euros. Je "
          "considère ces faits comme sérieux, mais je n'ai encore rien décidé : il peut exister une explication "
          "que je ne vois pas, par exemple des rendez-vous décalés qui n'auraient pas été saisis."),
        P("L'entretien aura lieu le mardi 15 décembre à 9 heures dans mon bureau, porte fermée, avec Sylvain "
          "Roques, responsable administratif, à mes côtés. J'apporte une copie de chaque pièce, classée par date, "
          "pour pouvoir la lui montrer. Mon objectif est de lui exposer les faits calmement, d'écouter ses "
          "explications en entier et de ne prendre aucune décision pendant l'entretien."),
        H(1, "Le calendrier légal, point par point", {"procedure-checklist": "ok"}),
        T([["Étape", "Ce que dit la règle", "Chez nous", "Fait ?"],
           ["Convocation", "lettre recommandée ou remise en main propre contre décharge", "remise en main propre le 4 décembre, décharge signée", "oui"],
           ["Délai", "au moins cinq jours ouvrables entre la convocation et l'entretien", "du 4 au 15 décembre, sept jours ouvrables", "oui"],
           ["Assistance", "droit d'être assisté par un salarié de l'entreprise (pas d'élus chez nous)", "rappelé dans la lettre, il vient avec Joël de l'atelier", "oui"],
           ["Objet", "la lettre indique qu'une sanction pouvant aller jusqu'au licenciement est envisagée", "formulation validée par notre avocate", "oui"],
           ["Après", "notification au moins deux jours ouvrables après l'entretien", "pas de lettre avant le 18 décembre", "à faire"]]),
        H(1, "Le jour même", {}),
        H(2, "Comment j'ouvre l'entretien", {"opening": "ok"}),
        P("Je l'accueille à la porte, je salue Joël et je leur propose de s'asseoir. Je dis tout de suite "
          "pourquoi nous sommes là : « Florian, je vous ai convoqué parce que nous avons relevé des écarts entre "
          "vos notes de frais de l'été et votre activité réelle. C'est un entretien préalable : je vais vous "
          "exposer ce que nous avons constaté, puis je vous écouterai. Je ne prendrai aucune décision aujourd'hui. "
          "Joël est là pour vous, vous pouvez lui parler à tout moment, et nous pouvons faire une pause si vous le "
          "souhaitez. » Je précise que Sylvain prendra des notes et que ces notes resteront au dossier."),
        H(2, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question ou phrase prévue", "Durée"],
           ["Accueil", "je pose le cadre et le but de l'entretien", "« Je ne déciderai rien aujourd'hui. »", "3 min"],
           ["Exposé", "je présente les onze journées une par une, pièces à l'appui", "« Voici la note du 12 juillet et votre agenda ce jour-là. »", "15 min"],
           ["Sa version", "je me tais et je le laisse répondre sur chaque date", "« Qu'est-ce qui s'est passé ce jour-là ? »", "20 min"],
           ["Vérification", "je reformule ce que j'ai compris, je note ce qu'il faudra vérifier", "« Si je comprends bien, le 3 août vous étiez chez M. Cayla ? »", "10 min"],
           ["Fin", "j'annonce la suite et le délai", "« Vous recevrez un courrier, pas avant le 18. »", "5 min"]]),
        H(1, "Ce qui s'est passé entre juillet et août", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits vérifiables, sans qualifier son intention. Chaque ligne correspond à une pièce "
          "que je peux lui montrer pendant l'entretien."),
        T([["Date", "Ce que dit la note de frais", "Ce que montrent nos autres pièces", "Montant"],
           ["3 et 4 juillet", "deux repas et 210 km en Lomagne", "congé posé et validé dans le logiciel", "186 €"],
           ["12 juillet", "visite chez un viticulteur de Lectoure, repas", "aucun bon d'intervention, carte carburant utilisée à Montauban", "94 €"],
           ["Semaine du 18 août", "cinq jours de tournée, repas et kilomètres", "présent au magasin selon le planning et les ventes en caisse", "1 240 €"],
           ["25 au 28 août", "trois repas clients", "clients appelés : aucun ne se souvient d'un rendez-vous", "350 €"]]),
        H(2, "S'il conteste, s'il se fâche", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ce que je réponds"],
           ["« Tout le monde fait comme ça. »", "Je parle de vos notes à vous ; si d'autres abus existent, ils seront traités aussi."],
           ["« C'était des rendez-vous déplacés, je n'ai pas mis à jour l'agenda. »", "Donnez-moi les noms des clients, je les appellerai avant toute décision."],
           ["« Vous voulez vous débarrasser de moi. »", "Non. Je veux comprendre ces onze journées, c'est pour cela que je vous écoute aujourd'hui."],
           ["« Je rembourse et on n'en parle plus. »", "Je note votre proposition ; elle ne remplace pas l'entretien, mais elle figurera au dossier."],
           ["Il pleure ou se tait", "Je propose une pause de dix minutes et un verre d'eau, puis je reprends doucement."]]),
        H(1, "Comment je termine", {"closing-follow-up": "thin"}),
        P("Je lui rappelle qu'aucune décision n'est prise et qu'il recevra un courrier après le 18 décembre. Je le "
          "remercie d'être venu et je raccompagne Joël et lui jusqu'à la porte."),
        H(1, "Relecture la veille au soir", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Remarque"],
           ["J'ai dit le but de l'entretien dans la première minute", "oui", "phrase écrite mot pour mot"],
           ["Chaque fait reproché a une pièce datée", "oui", "classeur par date"],
           ["Je laisse Florian répondre sur chaque date sans l'interrompre", "à tenir", "Sylvain me fera signe si je coupe"],
           ["J'ai une réponse calme pour chaque objection probable", "oui", "voir le tableau des objections"],
           ["Je n'annonce aucune sanction pendant l'entretien", "oui", "relu avec notre avocate"]]),
        H(1, "Pièces jointes au dossier", {}),
        L(["Notes de frais de juillet et d'août", "Extraits de l'agenda partagé",
           "Relevés de la carte carburant", "Lettre de convocation et décharge signée"]),
    ],
    missing=["note-taking-grid"],
)
