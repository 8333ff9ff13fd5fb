from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc.
    French: the director of Les P'tits Ligériens, a parental association running two nurseries (66 places) in
    Angers, prepares the interview of a candidate for the post of deputy director. The author's own numbered
    headings, some in UPPER CASE; the running order, the post, the behavioural questions, the notes and marks and
    the self-check are tables; the note sheet and the marking share one table under one heading (merged); nothing
    about the questions the candidate may ask (deleted).""",
    title="Recruter notre adjoint·e de direction – trame d'entretien",
    cover=["Association Les P'tits Ligériens, Angers", "Nathalie Gohier, directrice – novembre 2026"],
    blocks=[
        H(1, "1. CE QUE JE PRÉPARE EN AMONT", {"preparation": "ok"}),
        P("Les P'tits Ligériens gèrent deux crèches parentales à Angers, rue Bressigny et à la Doutre, pour 66 "
          "enfants et 24 professionnelles. Notre adjointe, Fanny, part s'installer à Nantes en février. Le poste "
          "est exigeant : remplacer la directrice sur l'un des deux sites, tenir les plannings, accueillir les "
          "familles et travailler avec un conseil d'administration de parents bénévoles qui change chaque année."),
        P("Sur quatorze candidatures, j'en garde trois. Je reçois d'abord Karim Benyahia, éducateur de jeunes "
          "enfants depuis neuf ans, dont quatre comme référent d'équipe dans une crèche municipale de Cholet. "
          "J'ai relu son CV, surligné ce qui manque (il n'a jamais géré de budget) et préparé des questions sur "
          "la façon dont il a accompagné une équipe pendant un changement d'horaires. J'ai aussi lu le projet "
          "pédagogique de sa crèche actuelle, disponible en ligne, pour comprendre d'où il vient."),
        P("L'entretien a lieu le mardi 8 décembre à 14 h, pendant la sieste, dans le bureau de la Doutre. La "
          "présidente de l'association, Mme Rabin, sera là pour la dernière partie. J'ai réservé une heure et "
          "quart et prévenu l'équipe pour ne pas être dérangée. J'ai imprimé la fiche de poste, la grille de notes "
          "et le planning d'une semaine réelle, qui servira de petit exercice."),
        H(1, "2. Accueillir et poser le cadre", {"opening": "ok"}),
        P("Je vais chercher M. Benyahia à l'entrée et je lui fais traverser la section des grands, pour qu'il "
          "voie les lieux tels qu'ils vivent. Au bureau, je me présente, je présente Mme Rabin qui nous rejoindra, "
          "et j'annonce le déroulé : une présentation de l'association, son parcours, des situations concrètes, "
          "un exercice de planning, puis un temps pour lui. Je lui explique que je note ses réponses pour "
          "comparer les trois candidats équitablement et que nous donnerons une réponse avant le 18 décembre. Je "
          "lui dis aussi franchement ce qui est en jeu pour nous : trouver quelqu'un qui reste plusieurs années."),
        H(1, "3. Le déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Séquence", "Objectif", "Question ou support", "Durée"],
           ["Accueil", "le mettre à l'aise", "tour de la section des grands", "5 min"],
           ["L'association", "qu'il comprenne le modèle parental", "présentation des deux sites et du conseil", "10 min"],
           ["Parcours", "ce qu'il a vraiment porté à Cholet", "Parlez-moi de votre rôle de référent", "15 min"],
           ["Situations", "sa manière de réagir", "questions du tableau 5", "20 min"],
           ["Exercice", "organisation et rigueur", "refaire le planning d'une semaine avec deux absences", "15 min"],
           ["Conclusion", "suite et délais", "présence de la présidente", "10 min"]]),
        H(1, "4. LE POSTE", {"job-summary": "ok"}),
        T([["Rubrique", "Détail"],
           ["Intitulé", "adjoint·e de direction, CDI temps plein"],
           ["Lieu", "crèche de la Doutre, remplacements rue Bressigny"],
           ["Missions", "plannings, accueil des familles, encadrement de douze professionnelles, suivi des dossiers CAF"],
           ["Diplôme", "éducateur de jeunes enfants ou infirmier puériculteur"],
           ["Compétences recherchées", "animation d'équipe, relation aux familles, bases de gestion"],
           ["Rémunération", "2 480 euros brut, convention ALISFA"]]),
        H(1, "5. Situations vécues", {"star-questions": "ok"}),
        T([["Thème", "Question posée", "Ce que j'écoute"],
           ["Conflit avec un parent", "Racontez une fois où un parent a contesté une décision de l'équipe",
            "la situation, ce qu'il a fait, comment cela s'est terminé"],
           ["Équipe en tension", "Une collègue refuse un changement de planning : comment l'avez-vous géré ?",
            "écoute, fermeté, solution trouvée"],
           ["Urgence", "Un enfant fait une forte fièvre et la directrice est absente : que s'est-il passé ?",
            "respect du protocole, calme, information des parents"],
           ["Projet", "Un changement que vous avez porté dans votre crèche",
            "sa part réelle, les résultats, ce qu'il referait autrement"]]),
        H(1, "6. Pourquoi nous ?", {"motivation": "ok"}),
        P("Je lui demande ce qui l'attire dans une crèche parentale, où les parents sont employeurs et présents "
          "dans la vie de la structure, et s'il a déjà travaillé avec des bénévoles. J'écoute s'il parle des "
          "enfants, de l'équipe ou seulement du titre. Je lui demande aussi où il se voit dans trois ans : si la "
          "direction d'un site l'intéresse, je peux le lui dire, car la directrice de la rue Bressigny part en "
          "retraite en 2028. Je relance sur ses réponses plutôt que de passer à la question suivante."),
        H(1, "7. CONCLURE ET DONNER LA SUITE", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai retenu de ses points forts et je lui demande s'il veut ajouter quelque chose. Je "
          "rappelle le calendrier : deux autres entretiens cette semaine, une réponse par téléphone avant le 18 "
          "décembre, puis un courrier. S'il est retenu, il passera une demi-journée en observation dans chaque "
          "crèche en janvier. Je le raccompagne moi-même. Après son départ, Mme Rabin et moi remplissons la grille "
          "chacune de notre côté, puis nous comparons, avant de voir le candidat suivant. "
          "Si nous ne le retenons pas, je l'appelle aussi, pour lui expliquer pourquoi en deux ou trois phrases."),
        H(1, "8. Prise de notes et notation", {"note-taking-grid": "ok", "scoring-grid": "ok"}),
        T([["Critère", "Ce que j'ai noté", "Note sur 5"],
           ["Expérience d'encadrement", "référent de six personnes à Cholet, a mené le passage aux journées continues", "4"],
           ["Relation aux familles", "exemple précis d'un conflit apaisé avec un père", "4"],
           ["Organisation", "planning refait en douze minutes, une erreur sur les ratios", "3"],
           ["Gestion et budget", "aucune expérience, prêt à se former", "2"],
           ["Motivation pour le modèle parental", "a été parent bénévole dans la crèche de sa fille", "5"]]),
        H(1, "9. Mon autocontrôle", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Fait ?"],
           ["J'ai présenté l'enjeu du poste dès le début", "oui"],
           ["J'ai laissé le candidat parler plus que moi", "à vérifier avec Mme Rabin"],
           ["Mes notes sont classées par critère", "oui"],
           ["J'ai décrit clairement les missions et les compétences attendues", "oui"],
           ["Je l'ai rassuré sur l'exercice de planning", "oui"]]),
    ],
    missing=["candidate-questions"],
)
