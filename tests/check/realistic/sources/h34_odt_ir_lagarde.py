from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: Menuiserie Lagarde, 34 salariés près d'Angers, recrute un ou une chef
    d'atelier pour son atelier d'agencement. Most headings are questions the author asks herself; the timetable of
    the hour put at level 2 under the opening (shifted level), as a table; the job and its
    skills, the situation questions, the notes and the scoring as tables; the part on the candidate's motivation
    kept to a few lines (thin); no self-check against the criteria anywhere (missing).""",
    missing=["criteria-self-check"],
    title="Recruter notre chef d'atelier – guide d'entretien",
    cover=["Jeu de rôle – entretien de recrutement", "Nathalie Lagarde, gérante – décembre 2026"],
    blocks=[
        H(1, "Que faut-il avoir fait avant le jour J ?", {"preparation": "ok"}),
        P("Notre chef d'atelier, Gérard, part à la retraite en juin 2027 après vingt-six ans dans l'entreprise. Il "
          "encadre neuf menuisiers et deux apprentis qui fabriquent des agencements de magasins et de bureaux. Nous "
          "avons reçu dix-sept candidatures ; après un premier appel de vingt minutes, j'en garde quatre pour un "
          "entretien d'une heure quinze, le mardi 12 janvier à l'atelier. Le profil idéal a déjà encadré une équipe et "
          "sait programmer nos machines."),
        P("Avant chaque entretien, je relis le CV et je note trois points à creuser : un trou dans le parcours, une "
          "expérience d'encadrement à vérifier, les machines à commande numérique déjà utilisées. Gérard assiste aux "
          "entretiens : il connaît le métier mieux que moi et il posera les questions techniques. Nous nous "
          "répartissons les rôles la veille. La salle de réunion est réservée, le téléphone coupé, et je prépare une "
          "visite de l'atelier de dix minutes, parce qu'un candidat qui ne regarde pas les machines nous dit déjà "
          "quelque chose. J'imprime aussi la grille de notes et le barème pour les avoir sous les yeux."),
        H(1, "Comment commencer ?", {"opening": "ok"}),
        P("J'accueille le candidat à l'entrée de l'atelier, pas dans le bureau, et je lui présente Gérard. Je dis tout "
          "de suite comment l'heure va se passer : une présentation de la menuiserie, ses questions à lui, une "
          "visite, puis les siennes. Je précise aussi pourquoi le poste est ouvert, pour qu'il n'imagine pas un "
          "départ conflictuel, et que nous donnerons une réponse à tout le monde avant la fin du mois. Un café, et "
          "on commence par son dernier chantier, un sujet sur lequel chacun est à l'aise et qui permet de "
          "détendre l'atmosphère avant les questions plus précises."),
        H(2, "Le déroulé en un coup d'œil", {"interview-phases": "ok"}),
        T([["Temps", "Qui mène", "Contenu"],
           ["0-10 min", "Nathalie", "accueil, présentation de l'entreprise et du poste"],
           ["10-40 min", "Gérard puis Nathalie", "parcours, questions techniques, mises en situation"],
           ["40-50 min", "Gérard", "visite de l'atelier et des deux machines numériques"],
           ["50-65 min", "le candidat", "ses questions, ses attentes de salaire et de date"],
           ["65-75 min", "Nathalie", "conclusion et suite du processus"]]),
        H(1, "Qu'attendons-nous vraiment du futur chef ?", {"job-summary": "ok"}),
        T([["Attendu", "Ce que ça veut dire chez nous", "Niveau"],
           ["Organiser la production", "planifier la semaine de neuf menuisiers, tenir les délais de pose", "indispensable"],
           ["Lire des plans et programmer", "préparer les fichiers de la machine à commande numérique", "indispensable"],
           ["Encadrer", "donner les consignes, former les apprentis, régler les tensions", "indispensable"],
           ["Sécurité", "faire respecter le port des protections et l'aspiration", "indispensable"],
           ["Chiffrer", "aider au devis sur les chantiers complexes", "souhaité"]]),
        H(1, "Racontez-moi une fois où…", {"star-questions": "ok"}),
        T([["Question", "Ce qu'on cherche à entendre"],
           ["Une commande est en retard et le client appelle : qu'avez-vous fait ?", "priorités, dialogue avec le client, solution concrète"],
           ["Un menuisier expérimenté refuse votre consigne : comment l'avez-vous géré ?", "écoute, fermeté, pas de conflit public"],
           ["Vous avez formé quelqu'un à une machine : racontez", "méthode, patience, vérification"],
           ["Un accident a failli arriver : qu'avez-vous changé ensuite ?", "analyse, mesure prise, suivi"]]),
        H(1, "Pourquoi nous ?", {"motivation": "thin"}),
        P("Je demande ce qui l'attire dans une entreprise de notre taille et ce qu'il attend d'un poste de chef. "
          "Je note s'il parle de l'équipe ou seulement du salaire."),
        H(1, "Et ses questions à lui ?", {"candidate-questions": "ok"}),
        P("Je garde un vrai temps pour ses questions, au moins un quart d'heure. Les bons candidats demandent "
          "souvent comment se partagent les rôles entre le bureau d'études et l'atelier, quel est l'état du parc de "
          "machines, ou comment sont fixées les primes. S'il ne pose aucune question, je lui en suggère une : "
          "« qu'aimeriez-vous savoir sur l'équipe que vous allez diriger ? ». Je réponds franchement, y compris sur "
          "les points faibles : l'atelier est trop petit pour les grandes séries et l'été est chargé. Je note ses "
          "questions dans la grille, parce qu'elles montrent ce qui compte pour lui."),
        H(1, "Comment finir, et ensuite ?", {"closing-follow-up": "ok"}),
        P("Je remercie le candidat, je rappelle la date de réponse, le 29 janvier au plus tard, et je lui dis s'il y "
          "aura un deuxième rendez-vous : une demi-journée d'essai à l'atelier pour les deux derniers candidats. Dès "
          "qu'il est parti, Gérard et moi remplissons chacun la grille sans nous parler, puis nous comparons. Chaque "
          "candidat reçoit une réponse par téléphone, y compris ceux qui ne sont pas retenus, avec une phrase "
          "honnête sur la raison. Le dossier est gardé six mois, puis détruit. Celui ou celle que nous retenons reçoit "
          "une promesse d'embauche écrite dans la semaine."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce qu'il dit (faits, chiffres)", "Mon impression", "À vérifier"],
           ["Parcours", "12 ans en menuiserie dont 4 comme chef d'équipe", "solide", "taille de l'équipe encadrée"],
           ["Machines", "a programmé une machine cinq axes", "à l'aise", "logiciel utilisé"],
           ["Management", "a géré un conflit entre deux poseurs", "réponse posée", "référence à appeler"],
           ["Disponibilité", "préavis de deux mois", "compatible", "date exacte"]]),
        H(1, "BARÈME", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Organisation de la production", "30 %", "4", "planning clair sur l'exemple donné"],
           ["Technique et commande numérique", "25 %", "4", "Gérard est convaincu"],
           ["Encadrement", "30 %", "3", "expérience d'une petite équipe seulement"],
           ["Sécurité", "15 %", "5", "en parle spontanément"]]),
    ],
)
