from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French, from scratch: a team leader at the Lumio parcel warehouse in Saint-Priest prepares the preliminary
    meeting with a forklift driver who keeps driving without the safety checks. The title names the meeting by
    its date and the person, never by its type; no cover page. Paraphrased and question headings, all at level 1
    but one; the facts section is thin (a few lines, the author relies on the table of the checklist); the
    note grid is a heading over an empty table (empty); no self-check against the criteria (missing).""",
    title="Rendez-vous du 9 décembre avec Steven Marchand",
    blocks=[
        H(1, "Avant le jour J : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Steven Marchand est cariste chez Lumio depuis quatre ans, en équipe d'après-midi sur le quai B. C'est "
          "un bon professionnel, rapide, apprécié de ses collègues, et il a formé deux intérimaires l'été dernier. "
          "Depuis le mois de juin, il a pourtant été vu trois fois en train de conduire son chariot sans avoir fait "
          "la vérification de début de poste, et une fois avec la ceinture détachée dans l'allée des palettes "
          "lourdes. Il a reçu un rappel oral en juin, un avertissement écrit en septembre, puis le 21 novembre un "
          "chariot qu'il conduisait a heurté un rack : pas de blessé, mais 6 800 euros de dégâts et une allée "
          "fermée deux jours."),
        P("Avec Mme Ferrand, la responsable des ressources humaines, nous avons décidé d'engager la procédure et de "
          "le convoquer à un entretien préalable. Aucune décision n'est prise : l'entretien sert à lui exposer les "
          "faits et à entendre sa version avant que la direction tranche. Je dois arriver avec le dossier complet "
          "(rapports de l'agent sécurité, photos du rack, relevés du boîtier du chariot, les deux écrits précédents) "
          "et avec une attitude calme. Je sais qu'il vit seul avec sa fille et qu'il a parlé à un collègue de "
          "fatigue liée à ses trajets : je dois lui laisser la place de le dire sans que j'aie l'air de chercher une "
          "excuse à sa place."),
        P("L'entretien aura lieu le mardi 9 décembre à 10 h, dans la salle de réunion du premier étage, loin du "
          "quai. Mme Ferrand sera présente à mes côtés. Je prévois quarante-cinq minutes."),
        H(1, "La procédure, point par point", {"procedure-checklist": "ok"}),
        T([["Étape", "Qui", "Quand", "Fait ?"],
           ["Lettre de convocation en recommandé avec accusé de réception", "Mme Ferrand", "27 novembre", "oui, reçue le 29"],
           ["Au moins cinq jours ouvrables entre la réception et l'entretien", "RH", "vérifié : 6 jours", "oui"],
           ["Mention du droit d'être assisté par un salarié ou un conseiller du salarié", "RH", "dans la lettre", "oui"],
           ["Adresse de la mairie et de l'inspection du travail pour la liste des conseillers", "RH", "dans la lettre", "oui"],
           ["Dossier des faits prêt et relu", "moi", "5 décembre", "en cours"],
           ["Salle réservée, téléphone coupé", "moi", "8 décembre", "à faire"],
           ["Pas de décision annoncée pendant l'entretien ; lettre au plus tôt deux jours ouvrables après", "direction", "après le 11 décembre", "à respecter"]]),
        H(1, "Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'entrée de la salle, je le remercie d'être venu et je vérifie s'il est "
          "accompagné ; si c'est le cas, je salue la personne et je lui dis qu'elle pourra intervenir. Je présente "
          "Mme Ferrand et j'explique pourquoi elle est là."),
        P("Ensuite je dis clairement les choses, sans détour : « Steven, nous sommes ici parce que nous envisageons "
          "une sanction qui peut aller jusqu'au licenciement, à la suite de l'accident du 21 novembre et des "
          "manquements qui l'ont précédé. Rien n'est décidé aujourd'hui. Je vais vous exposer ce que nous avons "
          "constaté, puis je veux vraiment entendre votre version. » Je lui dis aussi combien de temps nous avons "
          "et que nous pouvons faire une pause s'il en a besoin."),
        H(1, "Le fil de l'entretien", {"interview-phases": "ok"}),
        T([["Moment", "Ce que je fais", "Durée"],
           ["Accueil", "remercier, présenter les personnes, rappeler le cadre", "5 min"],
           ["Exposé des faits", "dates, rapports, photos, sans commentaire ni jugement", "10 min"],
           ["Sa version", "questions ouvertes, je le laisse finir, je reformule", "15 min"],
           ["Questions de l'assistant", "répondre factuellement, noter ce que je ne sais pas", "10 min"],
           ["Clôture", "suite de la procédure, délais, soutien possible", "5 min"]]),
        H(1, "Ce qui s'est passé", {"facts-explained": "thin"}),
        P("Trois contrôles manqués (12 juin, 3 septembre, 14 novembre), une ceinture détachée le 3 septembre, "
          "puis le choc contre le rack 14 le 21 novembre à 16 h 40. Rappel oral en juin, avertissement écrit en "
          "septembre. Les détails sont dans le dossier remis à la RH."),
        H(1, "Ce qu'il risque de me dire (et ce que je réponds)", {"questions-objections": "ok"}),
        T([["S'il dit…", "Je réponds…"],
           ["« Tout le monde saute la vérification quand ça presse. »",
            "Si c'est vrai, c'est un problème que je traiterai avec toute l'équipe, mais aujourd'hui nous parlons de vos propres manquements, qui sont documentés."],
           ["« Le rack était mal placé. »",
            "Le rapport de l'agent sécurité et le boîtier montrent une vitesse de 14 km/h dans une allée limitée à 6 ; je note votre remarque et nous la vérifierons."],
           ["« Je suis épuisé, je fais 1 h 30 de route. »",
            "Merci de me le dire. Ça ne change pas les faits, mais la direction en tiendra compte, et je peux vous orienter vers le médecin du travail."],
           ["« Vous voulez juste vous débarrasser de moi. »",
            "Non. Personne n'a décidé, et votre travail est reconnu. C'est justement pour entendre votre version que nous sommes là."]]),
        H(1, "Et après l'entretien ?", {"closing-follow-up": "ok"}),
        P("Je résume ce qu'il a dit pour qu'il vérifie que je l'ai bien compris, en particulier sur la fatigue et sur "
          "l'organisation du quai. Je lui explique qu'aucune décision ne sera prise aujourd'hui, que la direction "
          "réfléchira en tenant compte de ses explications et qu'il recevra un courrier, pas avant deux jours "
          "ouvrables. Je lui rappelle qu'il peut revenir vers Mme Ferrand ou vers moi s'il veut ajouter un élément "
          "d'ici là."),
        P("Je le raccompagne et je lui demande s'il préfère reprendre son poste cet après-midi ou poser sa demi-"
          "journée. Le soir même, je rédige le compte rendu avec Mme Ferrand, je le fais relire et je prends "
          "rendez-vous avec le responsable sécurité pour vérifier sa remarque sur l'emplacement du rack 14."),
        H(2, "Mes notes pendant le rendez-vous", {"note-taking-grid": "empty"}),
        T([["Heure", "Ce qu'il dit", "Ce que j'observe", "À vérifier"],
           ["", "", "", ""],
           ["", "", "", ""],
           ["", "", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
