from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="pandoc",
    language="fr",
    notes="""Held-out round 43 (h43_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc.
    French: Transports Ménard, a regional road haulier in Maine-et-Loire (85 drivers), recruits a transport planner
    (exploitant) to replace one who retires. The author's own numbered headings, two in UPPER CASE; the behavioural
    questions are a table; the candidate's motivation and the candidate's own questions share one heading (merged);
    the author deleted the self-check of the criteria (missing).""",
    title="Entretien de recrutement – exploitant(e) transport, Transports Ménard",
    cover=["Jeu de rôle – Sophie Lemaire, responsable d'exploitation"],
    blocks=[
        H(1, "1. AVANT LE RENDEZ-VOUS", {"preparation": "ok"}),
        P("Transports Ménard, à Beaucouzé, fait rouler 85 conducteurs et 70 tracteurs pour la grande distribution "
          "et l'agroalimentaire de l'Ouest. Gérard Aubin, exploitant depuis vingt-deux ans, part à la retraite en "
          "mars ; son remplaçant devra affecter chaque soir les tournées du lendemain, gérer les imprévus avec les "
          "chauffeurs et tenir le contact avec six clients chargeurs. J'ai reçu 23 candidatures, j'en ai retenu "
          "quatre après un appel de quinze minutes. L'entretien de ce jeudi concerne Karim Benali, 31 ans, "
          "aujourd'hui affréteur dans un groupe national à Nantes."),
        P("Pour préparer, j'ai relu son CV deux fois et noté trois points à éclaircir : un passage de huit mois "
          "dans la vente de voitures, son expérience réelle des temps de conduite et de repos, et sa mobilité, "
          "puisqu'il habite à 70 kilomètres. J'ai demandé à Gérard de se libérer vingt minutes pour la mise en "
          "situation sur le logiciel de planification. La salle de réunion est réservée de 14 h à 15 h 30, le "
          "téléphone sera coupé, et j'ai imprimé la grille de notes et la fiche de poste pour les lui donner."),
        H(1, "2. Ouvrir l'entretien", {"opening": "ok"}),
        P("J'accueille M. Benali à l'accueil, je lui propose un café et je le présente à Gérard en passant par le "
          "quai, pour qu'il voie les camions partir. En salle, j'annonce le déroulé : une heure et quart, d'abord "
          "son parcours, puis des questions sur des situations vécues, une mise en situation sur le planning, "
          "enfin ses questions à lui. Je précise que nous voyons quatre personnes et que la décision sera prise "
          "avant le 15 janvier. Je lui dis aussi que je prendrai des notes, pour qu'il ne s'en inquiète pas."),
        H(1, "3. Déroulé en cinq temps", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Objectif", "Ce que je fais"],
           ["Accueil et cadre", "5 min", "mettre à l'aise", "présentation, déroulé, prise de notes"],
           ["Parcours", "15 min", "comprendre ses choix", "il raconte, je relance sur l'affrètement"],
           ["Situations vécues", "25 min", "vérifier les compétences", "quatre questions STAR"],
           ["Mise en situation", "20 min", "voir sa méthode", "planning d'une soirée réelle avec Gérard"],
           ["Ses questions et la suite", "10 min", "donner envie, fixer la suite", "réponses, calendrier"]]),
        H(1, "4. Le poste en quelques lignes", {"job-summary": "ok"}),
        T([["Attendu", "Compétence recherchée", "Niveau"],
           ["Affecter 70 tracteurs chaque soir", "planification, logiciel TMS", "indispensable"],
           ["Faire respecter les temps de conduite", "réglementation sociale européenne", "indispensable"],
           ["Gérer une panne ou un retard à 5 h du matin", "calme, sens de la décision", "indispensable"],
           ["Suivre six clients chargeurs", "relation client, négociation de délais", "souhaité"],
           ["Proposer des tournées moins coûteuses", "lecture des coûts au kilomètre", "souhaité"]]),
        H(1, "5. Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Compétence", "Question", "Ce que j'attends d'une bonne réponse"],
           ["Gestion de l'urgence", "Racontez-moi une nuit où un camion est tombé en panne avec une livraison urgente. Qu'avez-vous fait ?",
            "une solution trouvée, le client prévenu, le chauffeur protégé"],
           ["Réglementation", "Parlez-moi d'une fois où un client voulait une livraison qui faisait dépasser le temps de conduite.",
            "refus argumenté, solution de remplacement"],
           ["Relation chauffeurs", "Un conducteur refuse une tournée que vous lui avez donnée : comment cela s'est-il passé ?",
            "écoute, explication, fermeté sans conflit"],
           ["Optimisation", "Donnez-moi un exemple de tournée que vous avez rendue moins chère.",
            "des chiffres, une méthode, un résultat mesuré"]]),
        H(1, "6. CE QUI LE FAIT VENIR, ET CE QU'IL VEUT SAVOIR", {"motivation": "ok", "candidate-questions": "ok"}),
        P("Je lui demande pourquoi quitter un grand groupe pour une entreprise familiale, et ce qu'il attend de "
          "son prochain poste dans trois ans. J'écoute s'il parle du métier ou seulement du salaire et de la "
          "distance. Je lui explique ce que nous offrons : un planning géré de bout en bout, des chauffeurs qu'on "
          "connaît par leur prénom, une prime d'astreinte et un véhicule de service pour les semaines de garde."),
        P("Ensuite je lui laisse la parole. S'il ne pose aucune question, je le note, car un exploitant curieux "
          "demande en général comment fonctionne l'astreinte, quel logiciel nous utilisons et qui sont les clients. "
          "J'ai préparé des réponses précises sur les horaires, la période d'essai de quatre mois et le salaire, "
          "entre 2 600 et 2 900 euros bruts selon l'expérience."),
        H(1, "7. Conclure", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai retenu de l'échange, je rappelle que trois autres candidats passent cette semaine "
          "et que je l'appellerai moi-même, qu'il soit retenu ou non, au plus tard le 15 janvier. Je le raccompagne "
          "jusqu'au parking. Dans l'heure qui suit, je complète la grille de notes avec Gérard, chacun de son côté, "
          "puis nous comparons. Si la décision est positive, la promesse d'embauche part sous une semaine et je "
          "prépare avec Gérard les deux mois de tuilage avant son départ. Si elle est négative, je lui explique au téléphone ce qui a manqué, en deux ou trois "
          "points concrets."),
        H(1, "8. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que j'observe", "À vérifier"],
           ["Parcours", "affrètement depuis 2021, 40 camions sous-traités par jour", "précis, donne des chiffres", "pourquoi la vente de voitures ?"],
           ["Panne de nuit", "a trouvé un sous-traitant à 4 h, client prévenu avant 6 h", "calme, structuré", "appel de référence"],
           ["Mise en situation", "a refait la tournée Cholet en 12 minutes", "utilise le logiciel sans aide", "avis de Gérard"]]),
        H(1, "9. Notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Planification", "30 %", "4", "bonne méthode, un oubli sur les temps de repos"],
           ["Réglementation", "25 %", "3", "connaît les règles, moins les exceptions"],
           ["Gestion de l'urgence", "25 %", "5", "exemple convaincant et vérifiable"],
           ["Relation clients et chauffeurs", "20 %", "4", "à l'écoute, un peu directif"]]),
    ],
    missing=["criteria-self-check"],
)
