from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, no title and no cover: the document starts with its first heading. Claire Vidal, production
    manager at Imprimerie Castagné (Toulouse, 48 employees, offset and digital printing), prepares the preliminary
    interview with Julien Ferrat, a night-shift press operator who disabled the safety guard of the guillotine
    three times despite two written warnings; the third time, on 14 October, an apprentice nearly lost a hand.
    Numbered paraphrased headings and questions ("1." to "7." at level 1, one "1.1" at level 2), an extra section
    of her own on what the interview is not, and two annexes ("Annexe A", "Annexe B") for the note sheet and her
    self-check. The closing is two sentences (thin). Every other section is there.""",
    blocks=[
        H(1, "1. Avant de recevoir Julien", {"preparation": "ok"}),
        P("Julien Ferrat est conducteur offset de l'équipe de nuit depuis neuf ans. C'est un bon professionnel, "
          "apprécié de ses collègues, et c'est justement ce qui rend la situation difficile : il forme les "
          "apprentis, et il leur montre de mauvaises habitudes. À trois reprises, il a neutralisé la barrière "
          "immatérielle du massicot avec un morceau de carton pour aller plus vite lors des coupes de grands "
          "formats. Il a reçu un avertissement écrit en mars, un second en juin. Le 14 octobre, l'apprenti Lucas "
          "s'est coupé la paume en rattrapant une liasse sous la lame : six points de suture, un arrêt de dix "
          "jours, et un accident du travail déclaré."),
        P("La direction envisage un licenciement pour faute grave, mais rien n'est décidé : l'entretien sert à "
          "entendre Julien avant toute décision. Je dois arriver avec les faits datés, les deux avertissements, "
          "le rapport d'accident et les photos du carton retrouvé sur la machine. Je relis le règlement intérieur "
          "(article 12 sur les dispositifs de sécurité) et la fiche de poste qu'il a signée. Je vois la veille "
          "avec Mme Roques, DRH, pour m'assurer que nous dirons la même chose. Je réserve la petite salle du "
          "premier étage, loin de l'atelier, pour une heure, le téléphone coupé."),
        H(2, "1.1 La procédure est-elle en ordre ?", {"procedure-checklist": "ok"}),
        T([["Étape", "Fait le", "Vérifié par", "Remarque"],
           ["Convocation envoyée en recommandé avec AR", "3 novembre", "Mme Roques", "reçue le 5 novembre"],
           ["Délai de cinq jours ouvrables respecté", "entretien le 13 novembre", "Mme Roques",
            "ne pas avancer la date"],
           ["Mention de l'assistance par un salarié ou un conseiller", "dans la convocation", "moi",
            "il viendra avec M. Sanchez, délégué du personnel"],
           ["Mise à pied conservatoire notifiée", "16 octobre", "direction", "payée si pas de faute grave"],
           ["Dossier complet", "12 novembre", "moi", "avertissements, rapport, photos, règlement"],
           ["Pas de décision annoncée pendant l'entretien", "-", "moi", "courrier au plus tôt deux jours après"]]),
        H(1, "2. Ce que l'entretien n'est pas", {}),
        P("Ce n'est pas un procès et ce n'est pas le moment de régler des comptes. Je ne parle pas de ses retards "
          "de 2024, ni de son caractère. Je m'en tiens à la sécurité du massicot."),
        H(1, "3. Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("Je les accueille à la porte, Julien et M. Sanchez, je les remercie d'être venus et je présente Mme "
          "Roques, qui prendra des notes. Je dis tout de suite pourquoi nous sommes là : la direction envisage "
          "une sanction pouvant aller jusqu'au licenciement, à cause de ce qui s'est passé au massicot, et nous "
          "voulons l'entendre avant de décider quoi que ce soit. Je précise que la décision ne sera pas prise "
          "aujourd'hui, qu'il recevra un courrier, et qu'il peut m'interrompre ou demander une pause. Je "
          "demande à Julien s'il a des questions sur la façon dont l'entretien va se passer."),
        H(1, "4. Le déroulé, minute par minute", {"interview-phases": "ok"}),
        T([["Phase", "Durée", "Ce que je fais", "Ce que j'attends de lui"],
           ["Accueil et cadre", "5 min", "je rappelle le motif et les règles de l'entretien",
            "qu'il comprenne l'enjeu"],
           ["Exposé des faits", "10 min", "je lis les faits dans l'ordre, avec les dates, sans commenter",
            "qu'il écoute jusqu'au bout"],
           ["Sa version", "20 min", "j'écoute, je reformule, je pose des questions ouvertes",
            "ses explications, le contexte, la pression des délais"],
           ["Questions du conseiller", "10 min", "je réponds ou je note ce que je dois vérifier",
            "qu'il se sente défendu"],
           ["Clôture", "5 min", "j'explique la suite et les délais", "qu'il sache ce qui va se passer"]]),
        H(1, "5. Les faits, sans adjectifs", {"facts-explained": "ok"}),
        P("Je lis ce tableau tel quel. Chaque ligne s'appuie sur un document que je peux lui montrer s'il le "
          "demande."),
        T([["Date", "Fait", "Preuve"],
           ["12 mars 2026", "barrière du massicot bloquée avec un carton, constatée par le chef d'équipe de jour",
            "premier avertissement écrit, signé"],
           ["24 juin 2026", "même constat, cette fois pendant la formation d'un apprenti",
            "second avertissement, signé"],
           ["14 octobre 2026", "barrière neutralisée, l'apprenti Lucas se blesse à la main sous la lame",
            "rapport d'accident, photos, témoignage de deux collègues"],
           ["16 octobre 2026", "mise à pied conservatoire notifiée", "lettre remise en main propre"]]),
        H(1, "6. Et s'il conteste ?", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ma réponse"],
           ["« Tout le monde le fait la nuit. »",
            "Si c'est vrai, je veux le savoir et nous le traiterons, mais nous parlons aujourd'hui de ce que vous "
            "avez fait, constaté trois fois."],
           ["« On me demande de sortir les commandes à temps. »",
            "La pression existe, je ne la nie pas. Aucun délai ne justifie de couper une sécurité, et vous pouviez "
            "appeler le chef d'équipe."],
           ["« Lucas n'aurait pas dû mettre la main là. »",
            "Lucas est apprenti, il apprenait de vous. C'est précisément pour cela que la barrière existe."],
           ["« Vous voulez vous débarrasser de moi. »",
            "Non. Vous êtes l'un de nos meilleurs conducteurs, et c'est pour cela que nous prenons le temps de "
            "vous écouter avant toute décision."],
           ["« Que va-t-il se passer pour moi ? »",
            "Je ne peux pas vous répondre aujourd'hui. Vous recevrez un courrier, pas avant deux jours ouvrables."]]),
        H(1, "7. Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'il a dit, je lui rappelle qu'il recevra un courrier dans les jours qui viennent et je "
          "le remercie. Je le raccompagne avec M. Sanchez jusqu'à l'accueil."),
        H(1, "Annexe A – Ma feuille pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Point", "Ce qu'il dit", "Ce que j'observe", "À vérifier après"],
           ["Reconnaît-il les trois faits ?", "", "", ""],
           ["Raisons données (délais, habitudes, matériel)", "", "", ""],
           ["Mentionne-t-il d'autres collègues ?", "", "", ""],
           ["Ce qu'il dit de l'accident de Lucas", "", "", ""],
           ["Interventions de M. Sanchez", "", "", ""]]),
        H(1, "Annexe B – Après coup : ai-je tenu mon rôle ?", {"criteria-self-check": "ok"}),
        T([["Question que je me pose", "Oui / non", "Pourquoi"],
           ["L'ai-je laissé parler sans l'interrompre ?", "", "vingt minutes prévues pour sa version"],
           ["Ai-je annoncé l'enjeu dès le début ?", "", "sanction possible, décision non prise"],
           ["Les faits étaient-ils datés et prouvés ?", "", "tableau lu tel quel"],
           ["Ai-je répondu au conseiller sans m'énerver ?", "", "réponses préparées"],
           ["Est-il reparti en sachant la suite ?", "", "courrier, délai de deux jours"]]),
    ],
)
