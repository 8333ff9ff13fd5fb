from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, in French: Sandrine Vidal, cheffe d'équipe chez LogiRhône (entrepôt de Vénissieux), prépare
    l'entretien préalable de Julien Morel, préparateur de commandes, après des absences injustifiées et un
    chariot renversé. Headings numbered, paraphrased or asked as questions; the procedure and the timing as
    tables. The closing part holds two sentences only (thin). The author adds a section of her own on what not to
    say, and writes her self-check under a bold Normal paragraph.""",
    title="Entretien préalable — Julien Morel",
    cover=["LogiRhône, entrepôt de Vénissieux", "Préparé par Sandrine Vidal, cheffe d'équipe quai B",
           "Entretien prévu le 9 décembre 2026 à 14 h, salle Saône"],
    blocks=[
        H(1, "1. Avant l'entretien : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Julien Morel travaille au quai B depuis quatre ans comme préparateur de commandes. Jusqu'au printemps, "
          "rien à lui reprocher : il connaissait les allées par cœur et formait les intérimaires. Depuis avril, il "
          "a cumulé onze absences sans justificatif, dont six lundis, et le 14 novembre il a renversé un chariot "
          "élévateur en roulant trop vite dans l'allée 12, sans blesser personne mais en détruisant deux palettes "
          "de produits d'entretien."),
        P("Le service RH et le directeur de site ont décidé d'ouvrir une procédure pouvant aller jusqu'au "
          "licenciement. Mon rôle est de conduire l'entretien préalable : exposer les faits, écouter ses "
          "explications, et ne rien décider dans la salle. La décision sera prise au plus tôt deux jours "
          "ouvrables après. J'ai relu son dossier, les plannings, le rapport d'accident et les deux mails de "
          "rappel envoyés en juin et en septembre. Je sais qu'il traverse peut-être une période difficile : un "
          "collègue m'a parlé d'une séparation. Je garde cela en tête sans le mettre en avant. "
          "J'ai aussi prévu une bouteille d'eau, des mouchoirs, une copie de chaque document pour lui et pour "
          "la personne qui l'assiste, et une heure complète dans mon agenda pour ne pas être pressée."),
        H(1, "2. Les étapes légales à ne pas rater", {"procedure-checklist": "ok"}),
        T([["Étape", "Qui", "Date", "Fait ?"],
           ["Convocation en recommandé ou remise en main propre", "RH", "28 novembre", "oui, remise contre signature"],
           ["Délai de cinq jours ouvrables avant l'entretien", "RH", "jusqu'au 6 décembre", "oui"],
           ["Mention du droit d'être assisté par un salarié", "RH", "dans la convocation", "oui"],
           ["Salle réservée, sans vitre sur le quai", "Sandrine", "9 décembre", "oui"],
           ["Pas de décision annoncée pendant l'entretien", "Sandrine", "9 décembre", "à tenir"]]),
        H(1, "3. Comment ouvrir l'entretien ?", {"opening": "ok"}),
        P("Je l'accueille moi-même à la porte, je le remercie d'être venu et je salue la personne qui "
          "l'accompagne. Je dis tout de suite pourquoi nous sommes là, sans tourner autour : il s'agit d'un "
          "entretien préalable à une éventuelle sanction qui peut aller jusqu'au licenciement. J'explique le "
          "déroulé : je présente les faits, il donne sa version, je prends des notes, et aucune décision ne sera "
          "prise aujourd'hui. Je lui dis qu'il peut demander une pause à tout moment, et que sa parole compte "
          "vraiment pour la suite. Je vérifie enfin qu'il a bien reçu tous les documents annoncés."),
        H(1, "4. Déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Phase", "Ce que je fais"],
           ["0-5 min", "Accueil", "présentations, rappel du cadre"],
           ["5-15 min", "Les faits", "absences puis accident, dates et documents"],
           ["15-35 min", "Sa version", "je questionne, je reformule, je n'interromps pas"],
           ["35-40 min", "Clôture", "délai de décision, suite de la procédure"]]),
        H(1, "5. Les faits reprochés", {"facts-explained": "ok"}),
        P("Premier point : onze absences non justifiées entre le 7 avril et le 17 novembre, relevées sur la "
          "badgeuse et confirmées par les plannings signés. Six tombent un lundi. Deux rappels écrits lui ont été "
          "envoyés, le 12 juin et le 22 septembre, sans réponse de sa part."),
        P("Second point : le 14 novembre à 6 h 40, le chariot qu'il conduisait s'est renversé dans l'allée 12. "
          "La caméra montre une vitesse nettement au-dessus des 6 km/h autorisés et un virage pris sans "
          "ralentir. Deux palettes ont été détruites, pour environ 3 800 euros. Je présente chaque fait avec sa "
          "date et sa preuve, sans commentaire sur sa personne."),
        H(1, "6. Et s'il conteste ?", {"questions-objections": "ok"}),
        T([["Ce qu'il peut dire", "Ma réponse"],
           ["« Les autres aussi roulent vite »", "Je parle de ce qui s'est passé le 14, pas des autres"],
           ["« J'avais des raisons personnelles »", "Je l'écoute, je note, et je lui demande s'il veut les faire valoir"],
           ["« C'est décidé d'avance »", "Non, la décision viendra après, en tenant compte de ce qu'il dit"],
           ["« Je veux parler au directeur »", "C'est son droit, je transmets la demande aux RH"]]),
        H(1, "7. Pour finir", {"closing-follow-up": "thin"}),
        P("Je rappelle qu'une lettre lui sera envoyée au plus tôt dans deux jours ouvrables. Je le remercie et "
          "je raccompagne Julien jusqu'à la sortie."),
        H(1, "8. Ce que je ne dois surtout pas dire", {}),
        L(["« De toute façon tu es viré »", "Toute allusion à sa vie privée", "Des comparaisons avec d'autres collègues"]),
        H(1, "Ma grille de notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Mon observation"],
           ["Absences", "à remplir pendant l'entretien", "ton, gêne, justificatifs apportés"],
           ["Accident", "à remplir pendant l'entretien", "reconnaît-il la vitesse ?"],
           ["Ses attentes", "à remplir pendant l'entretien", "demande-t-il une aide ?"]]),
        B("Est-ce que j'ai tout fait ?", {"criteria-self-check": "ok"}),
        L(["J'ai annoncé l'enjeu de l'entretien dès le début",
           "J'ai exposé les faits avec dates et preuves",
           "J'ai écouté sans couper et reformulé ses réponses",
           "J'ai répondu à ses objections sans m'énerver",
           "J'ai expliqué clairement la suite de la procédure"]),
    ],
)
