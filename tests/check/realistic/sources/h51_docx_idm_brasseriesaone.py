from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the owner of a brasserie on the quays of the Saône in Lyon prepares the preliminary interview
    before a possible dismissal of a sous-chef (repeated hygiene breaches and unjustified absences). The author's
    own numbered headings, some in UPPER CASE; the checklist, the facts and the objections are tables; the
    opening and the running order share one heading (merged); no grid for notes during the interview (deleted,
    missing).""",
    title="Entretien préalable – M. Karim T., second de cuisine",
    cover=["Brasserie Le Quai Saint-Vincent, Lyon 1er", "Préparé par Hélène Morand, gérante – décembre 2026"],
    missing=["note-taking-grid"],
    blocks=[
        H(1, "1. AVANT L'ENTRETIEN", {"preparation": "ok"}),
        P("Karim est second de cuisine chez nous depuis mars 2022. C'est un bon cuisinier, apprécié des commis, "
          "mais depuis l'été la situation s'est dégradée : trois absences sans justificatif un samedi soir, et "
          "deux contrôles internes où la chambre froide n'avait pas été relevée et où des préparations n'étaient "
          "pas étiquetées. Le 27 novembre, le contrôle de la Direction départementale de la protection des "
          "populations a relevé les mêmes manquements, avec un avertissement écrit pour la brasserie."),
        P("J'ai rassemblé les plannings signés, les relevés de température, les deux rappels écrits de juillet "
          "et d'octobre, et le rapport d'inspection. J'ai appelé notre avocate pour vérifier la procédure, et "
          "j'ai réfléchi à ce que je veux obtenir : entendre ses explications avant toute décision, sans rien "
          "décider à l'avance. Je sais qu'il a traversé un divorce cette année ; je ne veux pas l'ignorer, mais "
          "cela ne change pas les règles d'hygiène. Je prévois quarante-cinq minutes dans le bureau au-dessus de "
          "la salle, un mardi à 15 h, quand le service est fini et que personne ne nous dérange."),
        H(1, "2. La procédure, point par point", {"procedure-checklist": "ok"}),
        T([["Étape", "Date", "Fait"],
           ["Convocation remise en main propre contre signature", "2 décembre", "oui"],
           ["Délai de cinq jours ouvrables respecté", "entretien le 10 décembre", "oui"],
           ["Mention de l'assistance par un salarié de l'entreprise", "dans la lettre", "oui"],
           ["Dossier des faits avec pièces datées", "5 décembre", "oui"],
           ["Pas de décision annoncée pendant l'entretien", "10 décembre", "à tenir"],
           ["Lettre de décision au plus tôt deux jours ouvrables après", "à partir du 12 décembre", "à faire"]]),
        H(1, "3. OUVERTURE ET DÉROULÉ", {"opening": "ok", "interview-phases": "ok"}),
        P("Je commence par le remercier d'être venu et je salue la personne qui l'accompagne s'il vient avec "
          "quelqu'un. Je dis tout de suite, calmement, pourquoi nous sommes là : son employeur envisage une "
          "sanction qui peut aller jusqu'au licenciement, et cet entretien sert à lui présenter les faits et à "
          "entendre sa version. Je précise qu'aucune décision n'est prise aujourd'hui."),
        P("Ensuite je déroule dans cet ordre : les faits, un par un, avec les pièces ; ses explications, sans "
          "l'interrompre ; mes questions pour comprendre, notamment sur les samedis ; ses questions à lui ; "
          "enfin la suite de la procédure. Je garde environ dix minutes pour les faits et vingt pour l'écouter."),
        H(1, "4. Les faits reprochés", {"facts-explained": "ok"}),
        P("Je les présente sans adjectif, dans l'ordre des dates, en montrant chaque fois la pièce. Je ne parle "
          "pas de ce que disent les collègues, seulement de ce qui est écrit et signé."),
        T([["Date", "Fait", "Pièce"],
           ["13 juillet", "absence non justifiée au service du soir", "planning signé, rappel écrit du 16 juillet"],
           ["21 septembre", "absence non justifiée, remplacement par un commis", "planning, SMS de la veille"],
           ["17 octobre", "relevés de température de la chambre froide non faits pendant quatre jours", "cahier HACCP, rappel écrit"],
           ["16 novembre", "absence non justifiée un samedi soir", "planning signé"],
           ["27 novembre", "préparations non étiquetées constatées par l'inspectrice", "rapport d'inspection"]]),
        H(2, "4.1 Ce qu'il pourra me répondre", {"questions-objections": "ok"}),
        T([["Objection possible", "Ma réponse"],
           ["« Tout le monde oublie les relevés. »", "C'est sa responsabilité de second, écrite dans sa fiche de poste."],
           ["« J'avais prévenu pour le samedi. »", "Je lui demande quand et à qui, et je note sa réponse."],
           ["« Vous voulez vous débarrasser de moi. »", "Non, je veux entendre ses explications avant de décider."],
           ["« J'ai des problèmes personnels. »", "Je l'écoute, je lui rappelle l'aide du médecin du travail."]]),
        H(1, "5. CONCLURE", {"closing-follow-up": "ok"}),
        P("Je résume ce qu'il m'a dit, pour qu'il puisse corriger si j'ai mal compris. Je lui explique la suite : "
          "je prendrai ma décision après réflexion, au plus tôt dans deux jours ouvrables, et il la recevra par "
          "lettre recommandée. D'ici là, il continue à travailler normalement. Je termine en le remerciant pour "
          "sa franchise, quelle qu'elle ait été, et je lui rappelle qu'il peut contacter la médecine du travail. "
          "Après l'entretien, je rédige le compte rendu le jour même, je le classe avec les pièces du dossier et je le "
          "relis avec notre avocate avant d'écrire quoi que ce soit."),
        H(1, "6. Mon auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Attendu", "Oui / non", "Preuve"],
           ["J'ai écouté sans couper", "", "temps de parole noté"],
           ["Les enjeux sont dits dès l'ouverture", "", "phrase d'ouverture préparée"],
           ["Les faits sont clairs et datés", "", "tableau des faits"],
           ["J'ai répondu à ses objections", "", "tableau des réponses"],
           ["Je suis restée respectueuse et rassurante", "", "avis de l'accompagnant"]]),
    ],
)
