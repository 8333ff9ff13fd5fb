from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 18 (h18_), written and labelled on 2026-12-01 before any run of check. python-docx, French:
    the head of reception of a veterinary clinic in Périgueux prepares a reframing interview with an assistant who
    is curt with clients on the phone and leaves the reception desk unattended. Paraphrased and question headings,
    numbered by the author; the opening words are two sentences (thin); the note sheet is a heading with nothing
    under it (empty); no self-check against the criteria (missing); an extra section of the author's own on what
    to avoid.""",
    title="Entretien avec Maëlle – accueil de la clinique",
    cover=["Clinique vétérinaire des Trois Rivières, Périgueux", "Préparé par Sandrine Lacoste, responsable de "
           "l'accueil · entretien prévu le 9 décembre 2026"],
    blocks=[
        H(1, "1. Pourquoi cet entretien, et ce que j'ai rassemblé avant", {"preparation": "ok"}),
        P("Maëlle est assistante vétérinaire à l'accueil de la clinique depuis quatre ans. Elle connaît très bien les "
          "patients et leurs propriétaires, gère les stocks d'aliments et forme les stagiaires. Depuis septembre, "
          "trois propriétaires se sont plaints par écrit de réponses sèches au téléphone, et à quatre reprises le "
          "comptoir est resté sans personne pendant plus de dix minutes alors que des clients attendaient, dont une "
          "fois avec un chien blessé. Le docteur Ferrand m'a demandé de traiter la situation avant les fêtes, "
          "période où le standard reçoit près de 120 appels par jour."),
        P("J'ai relu sa fiche de poste, les trois courriers de plainte, le planning de l'accueil des deux derniers "
          "mois et mes propres notes datées. J'ai aussi constaté que depuis le départ de Julien en août, Maëlle est "
          "souvent seule à l'accueil le mardi et le jeudi, ce qui peut expliquer une partie des absences au comptoir. "
          "L'entretien aura lieu dans la petite salle de consultation, un mardi à 14 h, heure creuse, pendant "
          "45 minutes. Je veux que les faits soient posés clairement, mais aussi comprendre ce qui a changé pour elle "
          "depuis la rentrée."),
        H(1, "2. Comment j'ouvre la discussion", {"opening": "thin"}),
        P("« Maëlle, je t'ai demandé ce temps parce que j'ai besoin qu'on parle de l'accueil au téléphone et au "
          "comptoir ces dernières semaines. Ton travail auprès des patients est apprécié de tous, et c'est justement "
          "pour ça que je veux qu'on règle ça ensemble. »"),
        H(1, "3. Le déroulé prévu, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je dis ou demande", "Durée"],
           ["1", "Accueil et raison de l'entretien", "phrase d'ouverture, cadre et durée", "5 min"],
           ["2", "Rappel du rôle à l'accueil", "ce qu'on attend au téléphone et au comptoir", "5 min"],
           ["3", "Les faits", "les trois plaintes et les quatre absences, dates à l'appui", "10 min"],
           ["4", "Sa version", "« Qu'est-ce qui se passe pour toi en ce moment ? »", "10 min"],
           ["5", "Solutions", "« Qu'est-ce qui t'aiderait ? » puis mes propositions", "10 min"],
           ["6", "Conclusion", "résumé, engagements, date du prochain point", "5 min"]]),
        H(1, "4. Ce qu'on attend de l'accueil, noir sur blanc", {"expectations-recap": "ok"}),
        P("L'accueil est la première image de la clinique. La fiche de poste de Maëlle prévoit de répondre au "
          "téléphone avant la quatrième sonnerie, de se présenter, d'écouter le motif de l'appel jusqu'au bout et "
          "d'orienter vers le bon vétérinaire ou de proposer un rendez-vous. Le comptoir ne doit jamais rester vide "
          "pendant les heures d'ouverture : si elle doit aller en réserve ou aider en salle de soins, elle prévient "
          "l'auxiliaire de garde, qui prend le relais. En cas d'urgence, l'animal passe avant tout le reste. Ces "
          "règles valent pour toute l'équipe d'accueil et je les rappellerai sans en faire un reproche personnel."),
        H(1, "5. Les faits, ce qu'ils provoquent, ce que je demande", {"desc-grid": "ok"}),
        T([["", "Ce que je vais dire"],
           ["Décrire", "Le 14 octobre, le 3 et le 21 novembre, des clients ont écrit que tu leur avais répondu "
                       "sèchement ; le comptoir a été vide plus de dix minutes à quatre reprises."],
           ["Exprimer", "Ça m'inquiète, parce que les clients repartent avec une mauvaise image et qu'un animal "
                        "blessé a attendu sans personne pour le prendre en charge."],
           ["Spécifier", "Je te demande de prévenir systématiquement avant de quitter le comptoir et de garder le "
                         "ton d'accueil même quand l'appel arrive au mauvais moment."],
           ["Conséquences", "Si on y arrive, les plaintes cessent et tu retrouves la confiance des vétérinaires ; "
                            "sinon je devrai en parler au docteur Ferrand."]]),
        H(1, "6. Que va-t-elle me répondre ?", {"explanations-objections": "ok"}),
        P("Je m'attends à ce que Maëlle explique qu'elle est seule deux jours par semaine depuis le départ de Julien, "
          "et qu'elle ne peut pas à la fois répondre au téléphone, encaisser et aider à porter un chien de quarante "
          "kilos en salle de soins. C'est en partie vrai et je le reconnaîtrai : le planning n'a pas été revu. Je lui "
          "demanderai néanmoins de distinguer ce qui relève du planning, que je corrige, et du ton au téléphone, qui "
          "relève d'elle."),
        P("Elle peut aussi dire que les clients qui se sont plaints sont « toujours les mêmes ». Je n'entrerai pas "
          "dans ce débat : je lui relirai la phrase rapportée dans le courrier et lui demanderai comment elle aurait "
          "voulu être reçue à la place du client. Si elle se ferme ou se met à pleurer, je ferai une pause et je lui "
          "proposerai de reprendre le lendemain plutôt que de forcer."),
        H(1, "7. Sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Pour quand", "Comment on le vérifie"],
           ["Prévenir l'auxiliaire de garde avant de quitter le comptoir", "Maëlle", "dès le 10 décembre",
            "plus aucun comptoir vide signalé"],
           ["Un renfort à l'accueil le mardi et le jeudi après-midi", "Sandrine", "janvier 2027",
            "planning affiché"],
           ["Messagerie du standard pendant les soins d'urgence", "Sandrine", "15 décembre",
            "message enregistré et testé"],
           ["Formation d'une demi-journée à l'accueil téléphonique", "Maëlle", "février 2027",
            "attestation, écoute de trois appels"]]),
        H(1, "8. Et après ?", {"closing-follow-up": "ok"}),
        P("Je terminerai en résumant ce que nous avons décidé, en demandant à Maëlle si elle est d'accord avec cette "
          "formulation et si elle veut ajouter quelque chose. Je lui dirai aussi que je compte sur elle et que ses "
          "qualités auprès des animaux ne sont pas en cause. Un compte rendu écrit lui sera remis sous trois jours. "
          "Nous ferons un point de quinze minutes le 13 janvier pour voir si les engagements tiennent, puis un autre "
          "fin février, après la formation. Si rien ne change d'ici là, je le lui dirai franchement lors du premier "
          "point, avant d'en parler à quiconque."),
        H(2, "Ce que je veux éviter", {}),
        L(["Parler des plaintes devant l'équipe avant l'entretien.",
           "Laisser entendre que son poste est menacé.",
           "Refaire toute l'histoire depuis quatre ans."]),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
