from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: Sandrine Lacoste, production manager at Ortholab (Limoges, 35 employees, a dental prosthesis
    laboratory), prepares the preliminary interview with Mickaël Faure, a ceramist of seven years' standing who was
    absent without explanation on eleven working days between mid-September and early November and left two formal
    letters unanswered, while crowns for dental practices went out late. A title and two cover lines; headings
    numbered "1." to "8." at level 1 in her own words, one "1.1" at level 2 for the procedure table, one question;
    an extra section of her own on what she wants to avoid. The heading for her note sheet has nothing under it
    (empty); there is no self-check against the jury's expectations (missing).""",
    title="Entretien préalable – M. Mickaël Faure",
    cover=["Ortholab, laboratoire de prothèse dentaire – Limoges",
           "Préparé par Sandrine Lacoste, responsable de production – 24 novembre 2026"],
    blocks=[
        H(1, "1. Contexte et préparation", {"preparation": "ok"}),
        P("Mickaël Faure est prothésiste céramiste chez Ortholab depuis sept ans. Il monte les couronnes et les "
          "bridges en céramique pour une soixantaine de cabinets dentaires du Limousin, et jusqu'à cet été son "
          "travail ne posait aucun problème : peu de retouches, des délais tenus, de bonnes relations avec les "
          "dentistes. Depuis le 15 septembre, il a été absent onze jours ouvrés sans prévenir et sans justificatif. "
          "Nous lui avons adressé deux courriers recommandés, le 2 et le 20 octobre, lui demandant de justifier ses "
          "absences ou de reprendre son poste ; il n'a répondu à aucun. Pendant ces absences, 46 travaux ont été "
          "livrés en retard et deux cabinets de Brive nous ont retiré leurs commandes."),
        P("La direction envisage un licenciement, mais rien n'est décidé : l'entretien doit d'abord me permettre "
          "d'entendre ses explications. Je sais par des collègues qu'il a peut-être des difficultés personnelles ; "
          "je ne veux ni les ignorer ni en faire une excuse. Avant l'entretien, je rassemble le relevé des "
          "absences signé par le chef d'atelier, les deux courriers et leurs accusés de réception, la liste des "
          "travaux en retard et le message du cabinet de Brive. Je relis le règlement intérieur sur les absences "
          "et je fais le point avec M. Deschamps, notre gérant, pour que nous tenions le même discours. Je "
          "réserve la salle de réunion du rez-de-chaussée, loin de l'atelier, pour une heure, sans téléphone."),
        H(2, "1.1 Points de procédure à vérifier", {"procedure-checklist": "ok"}),
        T([["Point", "Où en est-on ?", "Qui vérifie"],
           ["Convocation par lettre recommandée avec avis de réception", "envoyée le 17 novembre, reçue le 19",
            "M. Deschamps"],
           ["Cinq jours ouvrables au moins entre réception et entretien", "entretien fixé au 27 novembre",
            "moi"],
           ["Possibilité de se faire assister par un membre du personnel", "mentionnée dans la lettre",
            "M. Deschamps"],
           ["Dossier de preuves complet", "relevé, courriers, liste des retards", "moi"],
           ["Aucune décision annoncée pendant l'entretien", "à respecter", "moi"],
           ["Courrier de décision au plus tôt deux jours ouvrables après", "pas avant le 1er décembre",
            "M. Deschamps"]]),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("J'accueille Mickaël et la personne qui l'accompagne, je les remercie d'être venus et je leur propose de "
          "s'asseoir. Je dis clairement pourquoi nous sommes réunis : ses absences non justifiées depuis septembre "
          "nous conduisent à envisager une sanction qui peut aller jusqu'au licenciement. J'ajoute tout de suite "
          "qu'aucune décision n'est prise, que nous sommes là pour l'écouter, et que s'il traverse une période "
          "difficile, c'est le moment de nous le dire. Je présente M. Deschamps, qui prendra des notes, et je "
          "précise que l'entretien durera environ quarante-cinq minutes, qu'il pourra demander une pause, et qu'il "
          "recevra ensuite un courrier."),
        H(1, "3. Déroulement prévu", {"interview-phases": "ok"}),
        T([["Étape", "Temps", "Ce que je fais", "Ce que je cherche"],
           ["Accueil et motif", "5 min", "je pose le cadre, j'annonce l'enjeu", "qu'il sache pourquoi il est là"],
           ["Les faits", "10 min", "je lis les dates, sans jugement", "qu'il entende tout une fois"],
           ["Ses explications", "20 min", "j'écoute, je relance, je reformule",
            "comprendre ce qui s'est passé depuis septembre"],
           ["Questions de l'accompagnant", "5 min", "je réponds ou je note", "qu'il se sente défendu"],
           ["Fin", "5 min", "j'explique la suite et le délai", "qu'il reparte en sachant ce qui l'attend"]]),
        H(1, "4. Rappel des faits", {"facts-explained": "ok"}),
        P("Je m'en tiens aux dates et aux documents. Je ne parle ni de son attitude ni de rumeurs entendues à "
          "l'atelier."),
        T([["Date", "Ce qui s'est passé", "Document"],
           ["15 au 19 septembre", "cinq jours d'absence, aucun appel, aucun arrêt de travail",
            "relevé du chef d'atelier"],
           ["2 octobre", "premier courrier recommandé demandant un justificatif", "lettre et accusé de réception"],
           ["6 au 9 octobre", "quatre nouveaux jours d'absence sans nouvelles", "relevé"],
           ["20 octobre", "second courrier, mise en demeure de reprendre le travail", "lettre et accusé"],
           ["3 et 4 novembre", "deux jours d'absence, retour le 5 sans explication", "relevé"],
           ["Septembre à novembre", "46 travaux livrés en retard, deux cabinets de Brive perdus",
            "liste des retards, courriel du cabinet"]]),
        H(1, "5. Ce qu'il pourrait me répondre", {"questions-objections": "ok"}),
        T([["S'il dit…", "Je réponds…"],
           ["« J'avais des problèmes personnels. »",
            "Je l'entends et je suis désolée si c'est le cas. Pourquoi ne pas nous avoir prévenus ? Nous aurions "
            "pu chercher une solution ensemble."],
           ["« Je n'ai jamais reçu vos lettres. »",
            "Les deux accusés de réception sont signés ; je peux vous les montrer."],
           ["« D'autres arrivent en retard et on ne leur dit rien. »",
            "Nous parlons aujourd'hui de journées entières d'absence sans nouvelles, pas de retards."],
           ["« Vous avez déjà décidé de me licencier. »",
            "Non. La décision sera prise après cet entretien, en tenant compte de ce que vous nous direz."]]),
        H(1, "6. Et après ?", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai entendu et je lui demande si j'ai bien compris. Je lui rappelle qu'aucune "
          "décision n'est prise aujourd'hui et qu'il recevra un courrier, au plus tôt le 1er décembre. S'il a "
          "évoqué des difficultés personnelles, je lui donne le contact du service de santé au travail et de "
          "l'assistante sociale de notre mutuelle, quelle que soit la suite. Je le raccompagne à la porte. "
          "Le soir même, je relis les notes de M. Deschamps avec lui et nous préparons la réunion avec la "
          "direction du lendemain, où je présenterai ses explications avant toute décision."),
        H(1, "7. Prise de notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "8. Ce que je veux éviter", {}),
        P("Parler de sa vie privée s'il ne l'aborde pas lui-même. Hausser le ton. Laisser entendre que la décision "
          "est prise. Comparer avec d'autres salariés."),
    ],
    missing=["criteria-self-check"],
)
