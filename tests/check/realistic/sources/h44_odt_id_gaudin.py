from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, in French: the head of the Angers depot of Transports Gaudin, a regional parcel
    carrier, prepares the preliminary interview of a delivery driver who scanned parcels as "recipient absent"
    without going to the door, and who missed two days without notice. Headings of her own wording throughout
    (questions, "Ce qu'on lui reproche, date par date", "Après son départ"), the checklist as a bold line, an
    extra section of her own on the papers to bring. The opening is two sentences (thin); she never wrote the
    self-review against the criteria (missing). The note grid has her own themes in the first column (ok).""",
    title="Entretien préalable – Kevin Roussel, chauffeur-livreur",
    cover=["Transports Gaudin, agence d'Angers – Saint-Barthélemy-d'Anjou",
           "Préparé par Élodie Marchand, cheffe d'agence, novembre 2026"],
    missing=["criteria-self-check"],
    blocks=[
        H(1, "Où en est-on avant de le recevoir ?", {"preparation": "ok"}),
        P("Kevin Roussel livre pour nous depuis trois ans sur la tournée de Trélazé et des Ponts-de-Cé. Jusqu'à "
          "l'été, il faisait partie des chauffeurs les plus fiables de l'agence. Depuis septembre, le service client "
          "a reçu 41 réclamations sur sa tournée, contre 5 en moyenne pour les autres : des clients affirment "
          "qu'ils étaient chez eux alors que le colis a été scanné « destinataire absent ». Les relevés GPS du "
          "camion montrent que, pour 27 de ces colis, le véhicule ne s'est pas arrêté à moins de 300 mètres de "
          "l'adresse. Il s'est aussi absenté le 14 octobre et le 4 novembre sans prévenir ni fournir de "
          "justificatif, ce qui nous a obligés à faire repartir un chauffeur de la tournée voisine."),
        P("La convocation lui a été envoyée en recommandé le 19 novembre, pour un entretien le 28 novembre à "
          "14 h dans mon bureau. Elle précise qu'il peut venir avec un salarié de l'entreprise, et lui donne "
          "l'adresse de la mairie où consulter la liste des conseillers du salarié, puisque nous n'avons pas de "
          "représentant du personnel à Angers. Sébastien Cordier, responsable RH régional, sera avec moi. Je "
          "garde en tête que Kevin a perdu son père en août : c'est peut-être une partie de l'explication, et je "
          "veux lui laisser la place de le dire. Rien n'est décidé ; je prépare les faits, pas la sanction."),
        B("Les étapes à ne pas rater", {"procedure-checklist": "ok"}),
        T([["Étape", "Où on en est", "Qui"],
           ["Lettre recommandée avec avis de réception", "envoyée le 19/11, reçue le 21/11", "RH régionale"],
           ["Cinq jours ouvrables avant l'entretien", "respecté (28/11)", "moi"],
           ["Assistance possible (salarié ou conseiller)", "indiquée, adresse de la mairie jointe", "RH régionale"],
           ["Extraits GPS et réclamations imprimés", "prêts, anonymisés côté clients", "moi"],
           ["Pas de décision avant deux jours ouvrables", "courrier au plus tôt le 2/12", "RH régionale"]]),
        H(2, "Documents à avoir sur la table", {}),
        L(["Relevé des 41 réclamations avec dates et adresses",
           "Cartes GPS des 27 tournées concernées",
           "Planning d'octobre et de novembre avec les deux absences",
           "Fiche de poste et règlement intérieur, article sur les scans"]),
        H(1, "Les premières minutes", {"opening": "thin"}),
        P("Je l'accueille, je présente Sébastien et je rappelle que l'entretien peut mener à une sanction, "
          "jusqu'au licenciement, mais que rien n'est tranché. Je lui dis que je veux d'abord entendre sa version."),
        H(1, "Comment je compte mener l'échange", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Minutes"],
           ["Accueil", "présentations, objet de l'entretien, rôle de l'assistant", "5"],
           ["Les faits", "réclamations, GPS, absences, pièces montrées une à une", "10"],
           ["Sa parole", "« Qu'est-ce qui se passe sur votre tournée depuis septembre ? »", "15"],
           ["Ses questions", "réponses, sans débattre de la sanction", "10"],
           ["Clôture", "la suite et les délais", "5"]]),
        H(1, "Ce qu'on lui reproche, date par date", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits vérifiables, sans adjectif, et je lui montre chaque pièce. Je ne parle pas de "
          "malhonnêteté : je dis ce que montrent les relevés et je lui demande de les expliquer. "
          "Pour les absences, je rappelle simplement la règle du règlement intérieur : prévenir l'agence avant "
          "7 heures et fournir un justificatif sous 48 heures."),
        T([["Période", "Ce qui a été constaté", "Pièce"],
           ["Septembre à novembre", "41 réclamations « j'étais chez moi » sur sa tournée", "relevé du service client"],
           ["Même période", "27 colis scannés absents sans arrêt du camion près de l'adresse", "cartes GPS"],
           ["14 octobre", "absence sans prévenir ni justificatif", "planning, SMS restés sans réponse"],
           ["4 novembre", "nouvelle absence sans justificatif", "planning"]]),
        H(1, "Et s'il répond… ?", {"questions-objections": "ok"}),
        T([["Ce qu'il peut dire", "Ce que je réponds"],
           ["« La tournée est trop longue, on ne peut pas tout livrer. »",
            "C'est un vrai sujet et je le regarde avec vous, mais scanner absent sans passer n'est pas la solution."],
           ["« Le GPS se trompe. »", "Nous avons vérifié trois adresses sur place ; je vous montre les cartes."],
           ["« J'ai eu des soucis personnels. »",
            "Je l'entends, et je suis désolée pour votre père. Nous pouvons parler de ce dont vous avez besoin."],
           ["« Les autres font pareil. »", "Si c'est le cas, nous le verrons ; aujourd'hui, nous parlons de vous."]]),
        H(1, "Après son départ", {"closing-follow-up": "ok"}),
        P("Avant de conclure, je reformule ce qu'il a dit et je lui demande s'il veut ajouter quelque chose. Je lui "
          "explique qu'aucune décision n'est annoncée aujourd'hui et qu'il recevra un courrier recommandé, au plus "
          "tôt deux jours ouvrables après l'entretien et au plus tard dans un mois. Je le remercie d'être venu. "
          "Une fois seul avec Sébastien, nous relisons nos notes et nous distinguons ce qui relève de la faute et "
          "ce qui relève de la difficulté personnelle ou de la charge de la tournée. Quelle que soit la décision, "
          "je demande au planning de remesurer la tournée de Trélazé, qui a gagné 18 points de livraison depuis "
          "la rentrée."),
        H(2, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "À vérifier ensuite"],
           ["Les scans absents", "", "adresses qu'il conteste"],
           ["Les deux absences", "", "certificat éventuel, date de remise"],
           ["La charge de la tournée", "", "comparaison avec les autres tournées"],
           ["Sa situation personnelle", "", "orientation vers le médecin du travail"]]),
    ],
)
