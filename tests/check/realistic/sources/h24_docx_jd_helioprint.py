from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 24 (h24_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: Hélioprint, a 3D-printing service bureau near Nantes (46 staff, 38 industrial printers), starts
    a predictive maintenance project and must hire a data engineer and an IoT technician, and name an internal
    product owner. Numbered headings of the author's own ("1.", "2.1"...), the roles as a table under a bold Normal
    line "2.1 Trois postes, un projet" instead of a heading style; the job form for the data engineer as a
    two-column table; the competences and the soft skills as tables with levels. No organisation chart (missing);
    the requirements grid announced under "6.1 Grille de lecture des candidatures" with nothing under it (empty).
    An extra part of the author's on the recruiting calendar at the end.""",
    title="Hélioprint – fiches de poste du projet « Zéro panne »",
    cover=["Étude de cas 2 – descriptions de postes",
           "Préparé par Romain Guérin, responsable de production, avec Sophie Le Goff (RH) – novembre 2026"],
    blocks=[
        H(1, "1. Hélioprint et le projet Zéro panne", {"company-context": "ok"}),
        P("Hélioprint imprime en 3D des pièces de série courte pour l'aéronautique, le naval et le matériel "
          "médical, depuis son atelier de Carquefou. L'entreprise compte 46 salariés, dont 22 techniciens "
          "d'impression répartis en trois équipes, et fait tourner 38 imprimantes industrielles, métal et polymère, "
          "jour et nuit. Son chiffre d'affaires a atteint 7,8 millions d'euros en 2025."),
        P("Le problème est connu de tous : l'an dernier, 61 impressions ont échoué en cours de route, la plupart "
          "la nuit, à cause d'une buse encrassée, d'une dérive de température ou d'un laser fatigué. Chaque échec "
          "coûte en moyenne 3 400 euros de poudre et de temps machine, et surtout des délais manqués chez des "
          "clients exigeants. Le projet Zéro panne vise à poser des capteurs sur les machines, à rassembler leurs "
          "données avec celles des journaux d'impression, puis à prévenir l'équipe avant qu'une pièce ne soit "
          "perdue. Il est financé à moitié par la Région, dure dix-huit mois et est porté par la direction de "
          "production. Les nouveaux arrivants rejoindront une petite cellule de quatre personnes, installée au "
          "milieu de l'atelier, entre les techniciens et le bureau des méthodes."),
        H(1, "2. De qui avons-nous besoin ?", {"skills-needs": "ok"}),
        P("Aujourd'hui, personne chez Hélioprint ne sait construire un flux de données fiable : les journaux des "
          "imprimantes sont copiés sur une clé USB quand une pièce pose problème. Les techniciens connaissent "
          "parfaitement leurs machines mais n'ont jamais câblé un capteur ni écrit une requête. Le bureau des "
          "méthodes sait lire une courbe de température, pas entraîner un modèle. Il nous manque donc deux métiers "
          "complets, et un troisième rôle que nous voulons confier à quelqu'un de la maison."),
        P("Le premier besoin est de collecter, nettoyer et stocker les données de 38 machines de quatre marques "
          "différentes, puis de construire les premières alertes : c'est un travail d'ingénieur de données avec une "
          "vraie curiosité pour l'atelier. Le deuxième est d'installer et d'entretenir les capteurs, les passerelles "
          "et le réseau de l'atelier, un travail de technicien en objets connectés qui acceptera les astreintes. "
          "Le troisième est de décider ce qui compte pour la production, de classer les demandes des équipes et de "
          "vérifier que les alertes servent vraiment : un rôle de product owner, que nous confierons à une "
          "technicienne d'impression expérimentée, formée pendant deux mois."),
        B("2.1 Trois postes, un projet", {"jobs-list": "ok"}),
        T([["Poste", "Recrutement", "Temps sur le projet", "Arrivée"],
           ["Ingénieur(e) données industrielles", "externe, CDI", "100 %", "mars 2027"],
           ["Technicien(ne) IoT et réseau atelier", "externe, CDI", "80 %, 20 % maintenance générale", "avril 2027"],
           ["Product owner Zéro panne", "interne, évolution de poste", "60 %", "février 2027"]]),
        H(1, "3. Fiche de poste – Ingénieur(e) données industrielles", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Rattachement", "directeur de production ; travaille chaque jour avec la product owner et les chefs "
                            "d'équipe"],
           ["Raison d'être du poste", "réduire de moitié les impressions perdues en prévoyant les pannes"],
           ["Missions", "concevoir la collecte des données des 38 machines ; bâtir l'entrepôt de données ; "
                        "développer et suivre les modèles d'alerte ; former les techniciens à lire les tableaux "
                        "de bord"],
           ["Compétences techniques", "Python et SQL, séries temporelles, une plateforme cloud, notions de "
                                      "protocoles industriels (OPC UA, MQTT)"],
           ["Qualités attendues", "goût du terrain, pédagogie, rigueur dans la documentation"],
           ["Profil", "bac +5 en data ou en informatique industrielle, deux ans d'expérience au moins, idéalement "
                      "en usine"],
           ["Conditions", "CDI, Carquefou, 46 à 52 k€ bruts annuels, une astreinte par mois, télétravail un jour "
                          "par semaine"]]),
        H(1, "4. Compétences clés par poste", {"key-competences": "ok"}),
        T([["Compétence", "Ingénieur(e) données", "Technicien(ne) IoT", "Product owner", "Niveau attendu"],
           ["Collecte et qualité des données", "essentielle", "utile", "notions", "expert pour l'ingénieur"],
           ["Modèles prédictifs", "essentielle", "—", "lire les résultats", "confirmé"],
           ["Capteurs et passerelles", "utile", "essentielle", "—", "confirmé pour le technicien"],
           ["Réseau industriel et cybersécurité", "utile", "essentielle", "—", "confirmé"],
           ["Connaissance des imprimantes", "à acquérir", "utile", "essentielle", "experte pour la PO"],
           ["Gestion d'un backlog", "—", "—", "essentielle", "formée en deux mois"]]),
        H(1, "5. Savoir-être", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi chez nous", "Comment nous la vérifions"],
           ["Écoute du terrain", "les techniciens de nuit savent ce que les données ne disent pas",
            "mise en situation : interroger un chef d'équipe pendant vingt minutes"],
           ["Pédagogie", "chaque alerte doit être comprise par quelqu'un qui n'a jamais vu un modèle",
            "expliquer un graphique à un non-spécialiste"],
           ["Calme sous pression", "une panne la nuit ne prévient pas, et le client attend sa pièce",
            "récit d'un incident vécu et de sa gestion"],
           ["Sens de la priorité", "trois équipes demandent tout en même temps",
            "classer dix demandes réelles et justifier l'ordre"],
           ["Esprit d'équipe", "la cellule compte quatre personnes au milieu de l'atelier", "déjeuner avec l'équipe de jour"]]),
        H(1, "6. Les profils répondent-ils à nos exigences ?", {"profile-fit": "ok"}),
        P("Nous avons testé nos fiches sur le marché nantais avant de les publier. Pour l'ingénieur de données, "
          "l'exigence de deux ans d'expérience en usine est difficile : les profils data viennent surtout du "
          "commerce en ligne et de la banque. Nous gardons l'exigence sur Python, SQL et les séries temporelles, "
          "mais nous acceptons un candidat sans expérience industrielle s'il montre son goût pour le terrain ; "
          "il passera sa première semaine en équipe de nuit. La fourchette de salaire est au niveau du marché "
          "local, un peu en dessous de Paris, ce que compense le télétravail."),
        P("Pour le technicien IoT, le profil existe chez les intégrateurs de la région, mais les astreintes "
          "font fuir ; nous les limitons à une semaine sur quatre et les payons. Pour la product owner, la "
          "technicienne pressentie, Maëlle Rivière, connaît toutes les machines et a la confiance des trois "
          "équipes ; il lui manque la méthode, que deux mois de formation et un accompagnement par un coach "
          "externe doivent apporter. Les exigences et les profils se rejoignent donc, au prix de deux "
          "compromis assumés et écrits dans les annonces."),
        H(2, "6.1 Grille de lecture des candidatures", {"requirements-grid": "empty"}),
        H(1, "7. Calendrier du recrutement", {}),
        P("Annonces publiées le 6 janvier, entretiens en février, arrivées entre février et avril 2027."),
    ],
    missing=["organisation-chart"],
)
