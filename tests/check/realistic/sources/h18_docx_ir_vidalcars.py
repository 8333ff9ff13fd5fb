from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 18 (h18_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the managing director of Cars Vidal, a coach company in the Aveyron with 84 drivers, prepares
    the interview of a candidate for a new post of operations planner who will run the scheduling software. Her
    own numbered headings ("1." to "9.", two sub-headings "4.1" and "4.2" at level 2), one in upper case, one a
    question; the job profile and the behavioural questions each in a table under the sub-headings of "4."; the
    timed outline as a numbered list; an extra section of her own on the practical test ("5 bis."); the note
    sheet is a numbered heading with nothing under it (empty); the candidate's own questions are never prepared
    (missing).""",
    title="Cars Vidal – Recrutement d'un(e) planificateur(trice) d'exploitation",
    cover=["Document de travail de Sandrine Vidal, directrice générale",
           "Entretien du mardi 15 décembre 2026 à 9 h 30, dépôt de Rodez"],
    blocks=[
        H(1, "1. Ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Cars Vidal fait rouler 71 autocars et 84 conducteurs entre Rodez, Millau et Villefranche-de-Rouergue : "
          "lignes régulières pour la Région, 140 circuits scolaires et des voyages de groupes le week-end. "
          "Aujourd'hui, les plannings des conducteurs sont faits par deux chefs de dépôt sur des tableurs, le "
          "jeudi soir pour la semaine suivante. Chaque absence imprévue déclenche une demi-journée de coups de "
          "téléphone. Nous avons acheté en septembre un logiciel de planification (Hastus Lite) qui n'est "
          "toujours pas utilisé faute de quelqu'un pour le paramétrer et le faire vivre. Le nouveau poste doit "
          "régler cela : une personne qui construit les services, affecte les conducteurs et parle aussi bien "
          "aux chauffeurs qu'au logiciel."),
        P("Le candidat, Mehdi Arfaoui, 34 ans, a été six ans régulateur dans un réseau urbain à Toulouse, puis "
          "deux ans chez un éditeur de logiciels de transport comme consultant paramétrage. Je veux vérifier "
          "trois choses : qu'il sait faire un planning réel sous contrainte de temps de conduite, qu'il saura se "
          "faire accepter par des conducteurs qui ont vingt ans de maison, et qu'il est prêt à vivre en Aveyron. "
          "J'ai relu son CV, appelé l'ancien chef de dépôt qu'il cite en référence avec son accord, et préparé "
          "un petit exercice avec Jean-Marc, chef du dépôt de Rodez, qui assistera à l'entretien."),
        H(1, "2. ACCUEIL", {"opening": "ok"}),
        P("Jean-Marc l'attend au portail et lui fait traverser l'atelier, où les mécaniciens préparent les cars "
          "scolaires du lendemain. Dans mon bureau, je me présente, je présente Jean-Marc et je dis clairement "
          "pourquoi ce poste existe : nous perdons des heures chaque semaine à bricoler des plannings et nos "
          "conducteurs le vivent mal. Je lui annonce le déroulé, un peu plus d'une heure, avec un exercice sur "
          "table au milieu, et je lui dis que nous voulons aussi savoir ce que lui attend de nous. Je précise "
          "qu'il aura une réponse avant Noël, quelle qu'elle soit."),
        H(1, "3. Le fil de la matinée", {"interview-phases": "ok"}),
        L(["9 h 30 – visite de l'atelier et présentations (10 min)",
           "9 h 40 – son parcours, du réseau toulousain à l'éditeur (15 min)",
           "9 h 55 – situations vécues, avec le tableau de questions ci-dessous (20 min)",
           "10 h 15 – exercice : refaire le planning d'un lundi avec trois absences (20 min)",
           "10 h 35 – pourquoi nous, pourquoi l'Aveyron (10 min)",
           "10 h 45 – conditions, suite du processus (10 min)"]),
        H(1, "4. Le poste et les questions"),
        H(2, "4.1 Fiche de poste résumée", {"job-summary": "ok"}),
        T([["Rubrique", "Ce que nous attendons"],
           ["Missions", "construire les services des lignes et des circuits scolaires ; affecter les conducteurs "
                        "chaque semaine ; gérer les absences du jour ; faire vivre le logiciel"],
           ["Compétences techniques", "réglementation des temps de conduite et de repos, paramétrage d'un "
                                      "logiciel de planification, tableur avancé"],
           ["Qualités", "calme au téléphone à 6 h du matin, sens de l'équité entre conducteurs, pédagogie"],
           ["Rattachement", "directrice générale, en lien quotidien avec les deux chefs de dépôt"],
           ["Conditions", "CDI, agent de maîtrise, 36 000 euros brut, astreinte un week-end sur quatre"]]),
        H(2, "4.2 Mises en situation passées", {"star-questions": "ok"}),
        T([["Question", "Ce que j'écoute", "Relance"],
           ["Racontez une matinée où la moitié de vos régulations a sauté. Qu'avez-vous fait ?",
            "les priorités qu'il fixe", "Qui avez-vous prévenu en premier ?"],
           ["Parlez-moi d'un conducteur qui refusait son planning.", "s'il écoute avant de trancher",
            "Comment cela s'est-il terminé ?"],
           ["Décrivez un paramétrage de logiciel qui a mal tourné chez un client.",
            "s'il reconnaît sa part", "Qu'avez-vous changé ensuite ?"],
           ["Avez-vous déjà dû imposer une règle impopulaire ?", "sa façon d'expliquer",
            "Referiez-vous pareil ?"]]),
        H(1, "5 bis. L'exercice sur table"),
        P("Un lundi de janvier : trois conducteurs absents, un car en panne à Millau, deux circuits scolaires "
          "à couvrir avant 7 h 30. Il a vingt minutes, le tableau des services et la liste des conducteurs "
          "disponibles. Jean-Marc observe."),
        H(1, "6. Pourquoi venir chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui pousse quelqu'un qui a connu un grand réseau et un éditeur à venir dans une "
          "entreprise familiale de cent vingt personnes. Je lui demanderai ce qu'il connaît de la région, ce qui "
          "l'a décidé à postuler et ce qu'il attend du poste dans deux ans. J'écouterai s'il parle des "
          "conducteurs ou seulement de l'outil. S'il évoque la distance avec sa famille ou l'emploi de sa "
          "compagne, je lui parlerai franchement de l'aide que nous pouvons apporter, car nous connaissons bien "
          "les employeurs du bassin de Rodez."),
        H(1, "8. Et ensuite", {"closing-follow-up": "ok"}),
        P("Je le remercie pour son temps et pour l'exercice, qui n'est pas facile à froid. Je lui redis les "
          "étapes : nous voyons une autre candidate jeudi, Jean-Marc et moi décidons le 18 décembre et je "
          "l'appelle le 21 au plus tard, avec un retour argumenté s'il n'est pas retenu. S'il est retenu, je lui "
          "proposerai une journée au dépôt de Millau en janvier pour rencontrer les conducteurs avant de signer. "
          "Jean-Marc le raccompagne. Nous remplissons chacun la grille de notation sans en parler, puis nous "
          "comparons le soir même."),
        H(1, "9. Notes prises pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "10. Grille de notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Maîtrise des temps de conduite", "25 %", "", "vérifiée par l'exercice"],
           ["Logiciel de planification", "25 %", "", "deux ans chez l'éditeur, à confirmer"],
           ["Relation avec les conducteurs", "30 %", "", "avis de Jean-Marc décisif"],
           ["Installation en Aveyron", "20 %", "", "projet familial à écouter"]]),
        H(1, "11. Avant de me lancer, je vérifie", {"criteria-self-check": "ok"}),
        T([["Point", "Où, quand", "Fait ?"],
           ["J'annonce l'enjeu du poste dès le début", "accueil, première minute", "oui"],
           ["Je laisse parler avant de relancer", "questions de situation", "oui"],
           ["Je décris le poste sans l'enjoliver", "fiche résumée, astreinte comprise", "oui"],
           ["Je rassure sur l'installation", "motivation", "oui"],
           ["Mes notes sont séparées des siennes", "grille de notes", "à préparer"]]),
    ],
    missing=["candidate-questions"],
)
