from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. The general manager of Les P'tits Pas, an association
    running four day nurseries in Rennes, prepares the interview of a candidate to run its fifth nursery, opening
    in Beauregard. The interviewer's own headings: some in heading styles, some as bold Normal paragraphs (the
    welcome, the job sheet, the motivation part, the scoring); the candidate's motivation and her own questions
    share one bold heading and one text (merged); the note-taking heading has nothing under it (empty); no
    self-check against the criteria (missing).""",
    title="Entretien de recrutement – direction de la crèche Beauregard",
    cover=["Association Les P'tits Pas, Rennes", "Préparé par Anne-Sophie Rolland, directrice générale",
           "Entretien du mardi 8 décembre 2026, 14 h"],
    blocks=[
        H(1, "Avant l'entretien : ce que je sais et ce que je cherche", {"preparation": "ok"}),
        P("La crèche Beauregard ouvrira le 1er mars avec 36 berceaux et une équipe de douze professionnelles, "
          "dont la moitié reste à recruter. Sa directrice devra donc à la fois ouvrir un lieu, constituer une "
          "équipe et rassurer des familles qui ne nous connaissent pas. Nous avons reçu 19 candidatures ; j'en "
          "ai retenu quatre après un premier appel, et Mme Karima Haddad est la deuxième que je reçois."),
        P("Son parcours : éducatrice de jeunes enfants depuis douze ans, adjointe de direction depuis trois ans "
          "dans une crèche municipale de Saint-Malo de 48 berceaux, où elle a assuré seule l'intérim de direction "
          "pendant six mois en 2025. Elle n'a jamais ouvert de structure, ce qui est le point à creuser. Sa "
          "lettre parle beaucoup de pédagogie et peu de budget ou de relations avec la CAF."),
        P("Je veux vérifier trois choses : qu'elle sait recruter et faire tenir une équipe nouvelle, qu'elle "
          "gère un budget et les obligations réglementaires sans qu'on la porte, et que sa façon de voir "
          "l'accueil des enfants est compatible avec notre projet pédagogique, fondé sur la libre motricité et "
          "la place des parents. L'entretien dure une heure, dans la salle de réunion du siège, avec Julien "
          "Morvan, notre référent santé, qui pose les questions sur l'hygiène et la sécurité."),
        B("Accueil de Mme Haddad (5 min)", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'entrée et je lui propose un café. Je me présente, puis Julien, et j'explique "
          "le déroulé : une heure, d'abord son parcours, puis des situations concrètes, puis ses questions. Je "
          "lui dis que nous prendrons des notes et qu'elle aura une réponse avant le 18 décembre, quelle qu'elle "
          "soit. Je précise aussi qu'un second entretien, sur place à Beauregard avec deux membres du bureau de "
          "l'association, est prévu pour les deux candidates retenues. Je termine en l'invitant à "
          "m'interrompre si une question n'est pas claire, pour qu'elle se sente libre de parler."),
        H(1, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Qui mène", "Durée"],
           ["14 h 00", "accueil et présentation du déroulé", "Anne-Sophie", "5 min"],
           ["14 h 05", "son parcours, en ses mots", "Anne-Sophie", "10 min"],
           ["14 h 15", "situations vécues : équipe, familles, budget", "Anne-Sophie", "20 min"],
           ["14 h 35", "hygiène, sécurité, protocoles", "Julien", "10 min"],
           ["14 h 45", "motivations et ses questions", "Anne-Sophie", "10 min"],
           ["14 h 55", "suite et raccompagnement", "Anne-Sophie", "5 min"]]),
        B("LE POSTE EN UNE PAGE", {"job-summary": "ok"}),
        T([["Mission", "Compétence attendue", "Indispensable ?"],
           ["ouvrir la crèche et obtenir l'agrément", "connaissance du décret de 2021 et de la PMI", "oui"],
           ["recruter et animer 12 professionnelles", "management d'équipe, recrutement", "oui"],
           ["tenir un budget de 720 000 € par an", "suivi budgétaire, relation CAF", "oui"],
           ["faire vivre le projet pédagogique", "libre motricité, accueil des parents", "oui"],
           ["représenter l'association dans le quartier", "aisance avec les partenaires", "souhaité"]]),
        H(1, "Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Ce que je teste", "Ma question", "Ce que j'espère entendre"],
           ["équipe", "Racontez-moi une fois où une professionnelle de votre équipe contestait vos décisions. "
            "Qu'avez-vous fait ?", "un entretien direct, des faits, un suivi dans le temps"],
           ["familles", "Parlez-moi d'un parent en colère que vous avez reçu. Comment cela s'est-il terminé ?",
            "écoute, explication, un compromis sans céder sur la sécurité"],
           ["budget", "Pendant votre intérim, quelle décision budgétaire avez-vous dû prendre seule ?",
            "un chiffre précis, un arbitrage expliqué"],
           ["sécurité", "Décrivez la dernière situation d'urgence médicale que vous avez gérée.",
            "le protocole suivi, l'information des parents, le retour d'expérience"]]),
        B("Pourquoi nous, et ce qu'elle veut savoir", {"motivation": "ok", "candidate-questions": "ok"}),
        P("Je lui demande ce qui l'attire dans une association plutôt que dans le public, et pourquoi elle "
          "accepterait de quitter Saint-Malo. J'écoute si elle parle de l'ouverture comme d'un projet qui "
          "l'enthousiasme ou comme d'une simple promotion. Un bon signe serait qu'elle ait regardé notre projet "
          "pédagogique et qu'elle en cite quelque chose."),
        P("Je lui laisse ensuite le temps de me poser ses questions, et je prépare mes réponses sur ce qu'on me "
          "demande toujours : le salaire (convention collective ALISFA, 3 150 € brut par mois, reprise "
          "d'ancienneté), l'autonomie laissée aux directrices, le poids du siège, et la date de prise de poste, "
          "qui devrait être le 1er février pour préparer l'ouverture. Si elle ne pose aucune question, je le "
          "noterai : pour un poste de direction, c'est un mauvais signe."),
        H(1, "Pour conclure", {"closing-follow-up": "ok"}),
        P("Je la remercie et je lui redis la suite : réponse avant le 18 décembre, second entretien à Beauregard "
          "la semaine du 4 janvier si elle est retenue. Je vérifie son préavis et ses disponibilités pour ce "
          "second rendez-vous. Je la raccompagne jusqu'à la porte. Juste après, Julien et moi remplissons chacun "
          "la grille sans nous concerter, puis nous comparons nos notes ; je rédige une synthèse d'une demi-page "
          "pour le bureau le soir même, tant que l'entretien est frais. Si elle n'est "
          "pas retenue, je l'appellerai moi-même pour lui expliquer pourquoi."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
        B("Grille de notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note de 1 à 4", "Commentaire"],
           ["management d'une équipe nouvelle", "30 %", "", ""],
           ["budget et réglementation", "25 %", "", ""],
           ["projet pédagogique", "25 %", "", ""],
           ["relation aux familles", "10 %", "", ""],
           ["motivation pour l'ouverture", "10 %", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
