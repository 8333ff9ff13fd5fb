from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the production manager of a cheese cooperative in the Haut-Doubs prepares the
    interview of a candidate for a new job of quality and traceability technician. The author's own headings
    (questions, paraphrases, numbering); the phases, the job, the STAR questions, the notes and the self-check
    are tables. The part on the candidate's questions is two sentences (thin); no scoring grid anywhere
    (missing).""",
    title="Recrutement : technicien(ne) qualité et traçabilité",
    cover=["Fruitière des Deux Lacs – préparé par Sébastien Faivre, responsable de production",
           "Entretien avec Camille R., mardi 19 janvier 2027, 14 h, salle du conseil"],
    missing=["scoring-grid"],
    blocks=[
        H(1, "1. Ce que je dois savoir avant mardi", {"preparation": "ok"}),
        P("La fruitière transforme chaque jour 42 000 litres de lait de 38 producteurs en comté et en morbier. "
          "Depuis l'audit de septembre, notre client principal, un affineur du Jura, exige que chaque meule soit "
          "reliée en moins de quatre heures aux laits qui la composent. Aujourd'hui tout est noté sur des fiches "
          "papier, et il nous a fallu deux jours pour retrouver l'origine d'un lot en octobre. Nous installons "
          "au printemps un logiciel de traçabilité avec des tablettes en salle de fabrication, et nous créons un "
          "poste pour le faire vivre."),
        P("Camille a un BTS bioqualité et deux ans d'expérience dans une laiterie industrielle de Franche-Comté. "
          "Son CV montre qu'elle a déjà participé au déploiement d'un logiciel qualité, mais dans une usine de "
          "200 salariés, très différente de notre équipe de neuf fromagers. Je veux vérifier trois choses : "
          "qu'elle sait parler aux fromagers sans jargon, qu'elle connaît le plan de maîtrise sanitaire, et "
          "qu'elle accepte les horaires du matin. J'ai relu la fiche de poste, réservé la salle, prévenu Julien, "
          "le maître fromager, qui la recevra vingt minutes en fin d'entretien, et préparé la visite de la cave."),
        H(1, "2. Les cinq premières minutes", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'entrée du magasin, pas derrière un bureau. Je lui propose un café, je me "
          "présente et je lui annonce le déroulé : une heure au total, d'abord sa présentation, puis mes "
          "questions sur des situations vécues, ensuite le poste en détail, la visite de la salle de fabrication "
          "avec Julien et enfin ses questions. Je lui dis franchement que nous voyons trois candidats, que la "
          "décision sera prise le 29 janvier et que je la rappellerai quelle que soit la réponse. Je lui explique "
          "aussi pourquoi ce poste existe : sans traçabilité rapide, nous risquons de perdre notre affineur."),
        H(1, "3. Déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais", "Ce que je cherche"],
           ["0-5 min", "Accueil", "café, déroulé, enjeux", "qu'elle se sente à l'aise"],
           ["5-15 min", "Son parcours", "je l'écoute, je relance", "ce qui l'a fait quitter la laiterie"],
           ["15-35 min", "Mises en situation", "quatre questions sur des faits vécus", "preuves concrètes"],
           ["35-45 min", "Le poste", "missions, horaires, salaire", "réactions, questions"],
           ["45-55 min", "Visite avec Julien", "salle de fabrication et cave", "contact avec l'équipe"],
           ["55-60 min", "Conclusion", "ses questions, la suite", "motivation confirmée"]]),
        H(1, "4. Le poste en résumé", {"job-summary": "ok"}),
        T([["Mission", "Compétence attendue", "Niveau"],
           ["Tenir la traçabilité lait → meule dans le logiciel", "rigueur, outil informatique", "indispensable"],
           ["Former les fromagers aux tablettes", "pédagogie, patience", "indispensable"],
           ["Suivre le plan de maîtrise sanitaire et les analyses", "microbiologie laitière", "indispensable"],
           ["Préparer les audits des clients", "normes IFS, rédaction", "souhaité"],
           ["Horaires 5 h 30 – 13 h, un samedi sur trois", "disponibilité", "indispensable"]]),
        H(1, "5. Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Compétence", "Question", "Ce qui me convaincrait"],
           ["Pédagogie", "Racontez une fois où vous avez dû faire adopter un nouvel outil à des opérateurs réticents.",
            "elle décrit ce qu'elle a fait, pas ce que l'équipe a fait"],
           ["Rigueur", "Parlez-moi d'une non-conformité que vous avez repérée. Qu'avez-vous fait ?",
            "une action précise et un résultat chiffré"],
           ["Gestion de crise", "Avez-vous vécu un rappel de produit ? Quel était votre rôle ?",
            "calme, méthode, communication"],
           ["Travail en petite équipe", "Un désaccord avec un collègue plus ancien : comment l'avez-vous réglé ?",
            "respect du savoir-faire des anciens"]]),
        H(1, "6. Pourquoi chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui attire une technicienne d'usine vers une fruitière de village. Je lui "
          "demanderai ce qu'elle attend d'une petite structure, ce qui lui a manqué dans son poste actuel et "
          "comment elle se voit dans trois ans. Je ferai attention aux réponses toutes faites sur le « produit "
          "noble » : ce qui compte, c'est qu'elle ait envie d'être la seule référente qualité et de décider "
          "seule le matin quand quelque chose cloche. Je parlerai aussi de ce que nous offrons : un poste créé "
          "pour elle, une formation au comté par Julien et la prise en charge de son trajet depuis Pontarlier."),
        H(1, "7. Et ses questions à elle ?", {"candidate-questions": "thin"}),
        P("Je lui laisse du temps pour poser ses questions et je note lesquelles elle pose en premier. Si elle "
          "n'en a aucune, je lui demande ce qu'elle voudrait savoir sur l'équipe."),
        H(1, "8. Pour finir", {"closing-follow-up": "ok"}),
        P("Je la remercie, je lui rappelle la date de décision et je lui demande si quelque chose pourrait "
          "l'empêcher d'accepter, comme les horaires ou le salaire de 2 150 euros brut. Je lui indique que je "
          "l'appellerai le 29 janvier au plus tard, et que si ce n'est pas elle, je lui dirai pourquoi. Juste "
          "après son départ, je prends dix minutes avec Julien pour comparer nos impressions, avant d'en parler "
          "au président de la coopérative, qui valide l'embauche. J'envoie aussi dans la soirée un courriel de "
          "remerciement avec la fiche de poste complète."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'elle dit (faits)", "Mon impression", "À vérifier"],
           ["Parcours", "départ de la laiterie : horaires en 3x8", "cohérent avec nos horaires de jour", "référence du chef qualité"],
           ["Outil adopté", "", "", ""],
           ["Non-conformité", "", "", ""],
           ["Visite avec Julien", "", "", "avis de Julien"]]),
        H(1, "10. Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point", "Fait ?", "Remarque"],
           ["J'ai écouté plus que je n'ai parlé", "à voir", "viser deux tiers pour elle"],
           ["Les enjeux du poste sont dits dès le début", "oui", "affineur, audit"],
           ["J'ai décrit missions et compétences clairement", "oui", "tableau du poste"],
           ["Mes notes sont classées par moment", "oui", "grille ci-dessus"],
           ["Je l'ai mise à l'aise et motivée", "à voir", "visite de la cave"]]),
    ],
)
