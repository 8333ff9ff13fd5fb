from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. Français : la cheffe de réception d'un hôtel d'Annecy prépare l'entretien de recadrage
    d'un réceptionniste de nuit qui ne remplit plus le cahier de passation. Certains titres en MAJUSCULES, d'autres
    reformulés ou en question ; le déroulé et la méthode DESC en tableaux ; pas de vérification finale par rapport
    aux attendus (missing) ; la clôture en trois phrases (thin).""",
    title="Hôtel Le Belvédère – Entretien avec Julien, réception de nuit",
    cover=["Guide d'entretien de recadrage", "Préparé par Sandrine Perrot, cheffe de réception – novembre 2026"],
    blocks=[
        H(1, "AVANT L'ENTRETIEN", {"preparation": "ok"}),
        P("Julien Favre est réceptionniste de nuit depuis quatre ans. Son travail a longtemps été sans reproche "
          "et les clients le citent souvent dans leurs avis. Depuis septembre, le cahier de passation entre la "
          "nuit et le matin est vide ou presque trois fois sur cinq. Le 4 novembre, un client arrivé à deux "
          "heures du matin avec une réservation non payée n'a pas été signalé ; l'équipe du matin l'a laissé "
          "partir sans régler, soit 380 euros perdus. Le 12, une fuite d'eau au troisième étage n'a pas été "
          "notée et la chambre a été louée le lendemain."),
        P("J'ai rassemblé les pages du cahier des huit dernières semaines, le message de la gouvernante et la "
          "fiche de poste signée en 2022, qui mentionne la passation écrite. J'ai vérifié son planning : il "
          "enchaîne des nuits seul depuis le départ de sa collègue en août, ce qui peut expliquer une partie du "
          "problème sans l'excuser. L'entretien aura lieu le jeudi 26 à 7 h 30, à la fin de sa nuit, dans le "
          "petit salon, porte fermée, sans le directeur. Je prévois quarante minutes. Mon objectif : qu'il "
          "reparte en sachant clairement ce qui est attendu et que nous ayons convenu ensemble de ce qui change."),
        H(1, "Comment j'ouvre la conversation", {"opening": "ok"}),
        P("Je le remercie d'être resté après sa nuit et je propose un café. Je dis tout de suite pourquoi nous "
          "sommes là : un point sur la passation, qui pose problème depuis quelques semaines. Je précise que ce "
          "n'est pas une sanction, mais un entretien pour remettre les choses à plat, et que j'attends aussi son "
          "point de vue. Je lui annonce la durée et que je prendrai quelques notes. Je parle calmement et je "
          "m'assois à côté de lui plutôt qu'en face, pour que la conversation ne ressemble pas à un tribunal."),
        H(1, "DÉROULÉ", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais"],
           ["0-5 min", "accueil", "cadre, objectif, durée"],
           ["5-15 min", "les faits", "je présente les deux incidents et le cahier"],
           ["15-25 min", "sa version", "j'écoute sans couper, je reformule"],
           ["25-35 min", "solutions", "nous cherchons ensemble ce qui change"],
           ["35-40 min", "conclusion", "je résume et je fixe le prochain point"]]),
        H(1, "Ce que l'hôtel attend de la nuit", {"expectations-recap": "ok"}),
        P("Je rappelle les trois points de la fiche de poste qui concernent la passation : noter chaque arrivée "
          "tardive et son état de paiement, signaler tout incident technique ou de sécurité, et laisser le cahier "
          "à jour avant 6 h 45. Je précise que ces règles n'ont pas changé et qu'elles s'appliquent aussi aux "
          "nuits calmes. L'équipe du matin ne peut pas deviner ce qui s'est passé : sans le cahier, elle "
          "travaille à l'aveugle et c'est l'hôtel qui paie. Une ligne suffit quand rien ne s'est passé, mais "
          "cette ligne doit être là, datée et signée de son prénom."),
        H(1, "LES FAITS, SANS JUGER", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "le 4 et le 12 novembre, rien n'était noté sur l'arrivée non payée ni sur la fuite"],
           ["Exprimer", "cela m'inquiète, parce que l'équipe du matin a perdu 380 € et loué une chambre abîmée"],
           ["Spécifier", "je te demande un cahier rempli à chaque fin de nuit, même pour écrire « rien à signaler »"],
           ["Conséquences", "si c'est fait, on garde ta souplesse d'horaires ; sinon je devrai passer par un écrit"]]),
        H(1, "Et lui, qu'en dit-il ?", {"explanations-objections": "ok"}),
        P("Je m'attends à ce qu'il parle de la charge : seul la nuit depuis août, il gère aussi le bar de "
          "l'hôtel jusqu'à une heure. C'est vrai et je le reconnais. Il pourrait aussi dire que personne ne lit "
          "le cahier, ce qui était en partie vrai avant l'été. S'il se ferme, je reviens aux faits et je lui "
          "demande ce dont il aurait besoin pour y arriver. S'il conteste l'incident du 4, je montre la page "
          "vide. Je ne discute pas de sa valeur en général : le sujet, c'est la passation, pas lui. S'il propose "
          "une autre façon de transmettre, par message par exemple, je l'écoute et nous "
          "regardons ensemble si elle laisse une trace que l'équipe du matin retrouve facilement."),
        H(1, "NOS ENGAGEMENTS", {"agreed-changes": "ok"}),
        T([["Qui", "Quoi", "Pour quand"],
           ["Julien", "cahier rempli chaque matin, même court", "dès la nuit du 26"],
           ["Sandrine", "fiche de passation pré-remplie à cocher", "1er décembre"],
           ["Sandrine", "renfort de nuit le week-end", "recrutement en décembre"],
           ["Équipe du matin", "signer le cahier en le lisant", "dès le 27"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume nos décisions. Nous fixons un point de quinze minutes le jeudi 17 décembre, "
          "même heure, pour regarder ensemble trois semaines de cahier. Je termine en le remerciant et en lui "
          "redisant que son travail auprès des clients reste apprécié."),
        H(1, "MES NOTES", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il a dit", "Ce que j'en retiens"],
           ["sa version", "charge du bar, fatigue", "renfort à prévoir"],
           ["solutions", "une fiche à cocher plutôt qu'un texte libre", "bonne idée, à faire"],
           ["fin", "d'accord pour le point du 17", "suivi fixé"]]),
    ],
    missing=["criteria-self-check"],
)
