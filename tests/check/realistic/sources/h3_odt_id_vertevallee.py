from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French, a garden centre manager prepares the preliminary interview of a salesman
    after repeated absences and driving a forklift without a licence. Numbered headings in her words, one
    shortened to a single word ('Trame'); the closing is three sentences (thin); the notes heading has nothing
    under it (empty); no self-check against the jury's criteria (missing).""",
    title="Jardinerie Verte Vallée – Entretien préalable de Kévin Lambert",
    cover=["Jeu de rôle – entretien de licenciement, préparé par Nathalie Berthod, directrice du magasin de Seynod"],
    blocks=[
        H(1, "1. Le dossier et ma préparation", {"preparation": "ok"}),
        P("Kévin Lambert est vendeur au rayon animalerie depuis quatre ans. C'est un bon vendeur, apprécié des "
          "clients, mais depuis mars il s'est absenté cinq fois sans prévenir ni se justifier, il a reçu un "
          "avertissement écrit en juin, et le 12 novembre il a conduit le chariot élévateur sur le parking, "
          "devant des clients, alors qu'il n'a pas le certificat de conduite. Un licenciement pour cause réelle "
          "et sérieuse est envisagé ; rien n'est décidé, et l'entretien sert d'abord à entendre sa version. "
          "Avant le 9 décembre, je rassemble son contrat et sa fiche de poste, les cinq relevés de pointage, les "
          "SMS envoyés chaque fois pour lui demander des nouvelles, la copie de l'avertissement, l'attestation du "
          "chef de cour qui l'a vu conduire et la liste des salariés habilités à la conduite du chariot. Je relis "
          "aussi la convention collective des jardineries avec Sophie, de la paie, qui vérifie les délais. Nous "
          "serons deux de notre côté : moi et Sophie, qui prendra des notes. Kévin a le droit de venir avec un "
          "collègue ; je réserve la salle de formation, à l'étage, loin de la caisse. Je sais que je peux être "
          "sèche quand je suis tendue : je m'entraîne à dire les faits calmement, sans adjectif."),
        H(1, "2. Les étapes légales, cochées une à une", {"procedure-checklist": "ok"}),
        T([["Étape", "Date", "Fait ?", "Vérifié par"],
           ["Lettre de convocation remise en main propre, avec mention de l'assistance possible", "28 novembre", "oui", "Sophie (paie)"],
           ["Cinq jours ouvrables pleins entre la lettre et le rendez-vous", "9 décembre", "oui", "Sophie (paie)"],
           ["Entretien : motifs exposés, explications écoutées", "9 décembre", "", "moi"],
           ["Lettre de décision, pas avant deux jours ouvrables", "au plus tôt le 11 décembre", "", "avocate du groupe"]]),
        H(1, "3. Les premières minutes", {"opening": "ok"}),
        P("Je vais chercher Kévin à l'accueil moi-même et je le remercie d'être venu. S'il est accompagné, je "
          "salue la personne et je lui rappelle qu'elle peut intervenir. Je présente Sophie et son rôle. Puis je "
          "dis les choses sans détour : « Nous sommes réunis parce que j'envisage à ton égard une mesure qui peut "
          "aller jusqu'au licenciement. Aucune décision n'est prise. Je vais t'expliquer ce qui me l'a fait "
          "envisager, et surtout je veux entendre tes explications. La décision, quelle qu'elle soit, te sera "
          "envoyée par écrit plus tard. » Je lui propose un verre d'eau avant de commencer."),
        H(1, "4. Trame", {"interview-phases": "ok"}),
        T([["Moment", "But", "Ce que je dis ou demande", "Durée"],
           ["Accueil", "poser le cadre", "objet de l'entretien, aucune décision prise", "5 min"],
           ["Les faits", "exposer sans juger", "les dates, l'avertissement, le chariot", "10 min"],
           ["Sa version", "comprendre", "« Qu'est-ce qui s'est passé pour toi ces derniers mois ? »", "20 min"],
           ["Ses questions", "répondre ou noter", "« Est-ce que tu veux ajouter quelque chose ? »", "10 min"],
           ["Fin", "annoncer la suite", "délai et courrier", "5 min"]]),
        H(1, "5. Ce qui s'est passé depuis mars", {"facts-explained": "ok"}),
        T([["Date", "Fait", "Preuve", "Ce qui a déjà été fait"],
           ["14 mars", "absent toute la journée, sans prévenir", "pointage, SMS sans réponse", "rappel oral le 15 mars"],
           ["2 et 3 mai", "absent deux jours, justificatif jamais fourni", "pointage", "entretien de recadrage le 6 mai"],
           ["11 juin", "absent le samedi de la fête des pères", "pointage, planning signé", "avertissement écrit le 20 juin"],
           ["8 octobre", "absent sans prévenir", "pointage", "aucune, j'étais en congé cette semaine-là et personne ne me l'a signalé"],
           ["12 novembre", "conduit le chariot élévateur sur le parking, clients présents, sans habilitation",
            "attestation du chef de cour, liste des habilitations", "convocation à l'entretien préalable"]]),
        H(1, "6. Ce qu'il risque de me dire", {"questions-objections": "ok"}),
        T([["Ce qu'il peut dire", "Ma réponse", "À vérifier après"],
           ["« Personne ne m'a jamais dit que je n'avais pas le droit de conduire le chariot »",
            "la liste des personnes habilitées est affichée au quai ; je lui demande qui lui a donné les clés",
            "qui avait les clés ce jour-là"],
           ["« J'avais des problèmes personnels »", "je l'écoute, je lui demande pourquoi il n'a pas prévenu",
            "s'il a des justificatifs qu'il n'a pas transmis"],
           ["« Les autres aussi arrivent en retard »", "on parle de ses absences, pas de retards des autres", ""],
           ["« C'est une procédure pour me faire partir »", "non, aucune décision n'est prise, et je lui dis pourquoi je l'écoute",
            ""]]),
        H(1, "7. Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume ce que Kévin m'a dit et je lui demande s'il veut ajouter quelque chose. Je lui explique "
          "qu'il recevra un courrier au plus tôt dans deux jours ouvrables. Je le remercie et je le raccompagne."),
        H(1, "8. Notes", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
