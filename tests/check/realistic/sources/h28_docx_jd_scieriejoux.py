from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the Scierie de la Joux, a sawmill of 58 staff near Frasne in the Jura, starts "Œil de grume",
    a project of cameras and a laser scanner that grade logs on the yard, and must hire a machine-vision engineer
    and a sensors and automation technician. Numbered headings of the author's own ("1." to "7.", "2.1", "7.1");
    the two job forms are two-column tables under two headings of their own ("3. Fiche n°1..." and "4. Fiche
    n°2...": one section split over two headings); the soft skills under a bold Normal line "6. Les qualités
    humaines" instead of a heading style. No organisation chart (missing); the candidate grid announced under
    "7.1 Grille d'évaluation des candidats" with nothing under it (empty).""",
    title="Scierie de la Joux – deux recrutements pour le projet « Œil de grume »",
    cover=["Étude de cas 2 – fiches de poste",
           "Rédigé par Baptiste Vuillemin, responsable du parc à grumes – novembre 2026"],
    blocks=[
        H(1, "1. La scierie et le projet Œil de grume", {"company-context": "ok"}),
        P("La Scierie de la Joux transforme chaque année environ 95 000 mètres cubes de sapin et d'épicéa du "
          "massif jurassien en charpente, en lames de bardage et en palettes. Elle emploie 58 personnes à Frasne, "
          "dont 14 sur le parc à grumes, et réalise 21 millions d'euros de chiffre d'affaires. Les grumes arrivent "
          "par camion des forêts communales et domaniales voisines ; à leur arrivée, deux classeurs expérimentés "
          "les mesurent et les classent à l'œil, selon leur diamètre, leur courbure et leurs nœuds, ce qui décide "
          "de leur prix d'achat et de la ligne de sciage qui les recevra."),
        P("Ce classement pose trois problèmes. Il est lent : un camion attend en moyenne quarante minutes sur le "
          "parc. Il dépend de deux personnes, dont l'une part en retraite en 2028. Et il se trompe parfois : "
          "l'an dernier, près de 6 % des grumes ont été sciées sur une ligne qui ne leur convenait pas, ce qui a "
          "coûté environ 300 000 euros de bois déclassé. Le projet Œil de grume installe un portique équipé de "
          "caméras et d'un scanner laser à l'entrée du parc, pour mesurer chaque grume et proposer un classement "
          "que le classeur valide. Il dure deux ans, bénéficie d'une aide de l'ADEME et est piloté par le "
          "directeur technique, Marc Grappe. L'équipe du projet comptera quatre personnes : les deux recrues, "
          "le classeur le plus jeune et moi-même."),
        H(1, "2. Ce qui nous manque", {"skills-needs": "ok"}),
        P("Personne à la scierie n'a jamais entraîné un modèle de reconnaissance d'images ni réglé une caméra "
          "industrielle. Notre service maintenance sait dépanner une ligne de sciage et ses automates, mais il "
          "est déjà saturé et ne connaît pas les capteurs optiques. Les classeurs, eux, ont un savoir précieux "
          "que nous voulons transmettre à la machine : ils savent reconnaître une grume roulée ou une pourriture "
          "au cœur, mais ce savoir n'est écrit nulle part."),
        P("Il nous faut donc d'abord quelqu'un capable de construire et d'améliorer le logiciel qui lit les "
          "images et les mesures du scanner, et d'apprendre avec les classeurs ce qu'est une bonne grume. Il nous "
          "faut ensuite quelqu'un qui installe le portique, entretient les caméras dans la poussière et le froid "
          "du parc, et relie le tout au système de pesée et au logiciel de gestion. Le classeur le plus jeune, "
          "Kevin Cuenot, restera le référent métier du projet, sans changer de poste. Nous avons envisagé de "
          "confier le logiciel à un prestataire, mais le modèle devra être réentraîné à chaque nouvelle essence et "
          "à chaque saison : ce savoir doit rester dans la maison."),
        H(2, "2.1 Les postes concernés", {"jobs-list": "ok"}),
        T([["Poste", "Type de recrutement", "Part du temps sur le projet", "Arrivée souhaitée"],
           ["Ingénieur(e) vision industrielle", "externe, CDI", "100 %", "avril 2027"],
           ["Technicien(ne) capteurs et automatismes", "externe, CDI", "70 %, le reste en maintenance",
            "mai 2027"],
           ["Référent métier classement", "interne, sans changement de poste", "30 %", "déjà en poste"]]),
        H(1, "3. Fiche n°1 : ingénieur(e) vision industrielle", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Rattachement", "directeur technique ; travaille chaque jour avec le responsable du parc et le "
                            "référent classement"],
           ["Mission principale", "faire classer automatiquement les grumes à l'entrée du parc, avec moins de "
                                  "2 % d'erreurs de ligne"],
           ["Activités", "choisir et régler les caméras avec le fournisseur du portique ; constituer la base "
                         "d'images annotées avec les classeurs ; entraîner et suivre les modèles ; mesurer la "
                         "qualité du classement chaque semaine"],
           ["Compétences techniques", "Python, vision par ordinateur, apprentissage profond, traitement de "
                                      "nuages de points, notions d'automatisme"],
           ["Profil", "ingénieur ou master en informatique ou en vision, deux ans d'expérience, idéalement dans "
                      "l'industrie"],
           ["Conditions", "CDI à Frasne, 44 à 50 k€ bruts annuels, travail sur le parc par tous les temps, "
                          "télétravail possible un jour par semaine"]]),
        H(1, "4. Fiche n°2 : technicien(ne) capteurs et automatismes", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Rattachement", "responsable maintenance, détaché 70 % de son temps sur le projet"],
           ["Mission principale", "que le portique fonctionne tous les jours, de 6 h à 20 h, par moins quinze "
                                  "degrés comme en plein été"],
           ["Activités", "installer et câbler caméras, scanner et éclairage ; nettoyer et recalibrer les "
                         "capteurs ; relier le portique au pont-bascule et au logiciel de gestion ; dépanner"],
           ["Compétences techniques", "automates industriels, réseaux de terrain, électricité, optique de base"],
           ["Profil", "BTS ou BUT en électrotechnique, maintenance ou automatisme, trois ans d'expérience"],
           ["Conditions", "CDI à Frasne, 30 à 34 k€ bruts annuels, astreinte une semaine sur quatre, payée"]]),
        H(1, "5. Qui sait quoi : compétences par poste", {"key-competences": "ok"}),
        T([["Compétence", "Ingénieur(e) vision", "Technicien(ne)", "Référent classement", "Niveau visé"],
           ["Reconnaissance d'images", "indispensable", "notions", "—", "expert"],
           ["Réglage des caméras et de l'éclairage", "utile", "indispensable", "—", "confirmé"],
           ["Automates et réseaux de terrain", "notions", "indispensable", "—", "confirmé"],
           ["Connaissance du bois et des défauts", "à acquérir", "à acquérir", "indispensable", "expert"],
           ["Suivi de la qualité du classement", "indispensable", "utile", "utile", "confirmé"]]),
        B("6. Les qualités humaines", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi ici", "Comment nous la vérifions"],
           ["Humilité", "les classeurs savent des choses qu'aucune image ne montre au début",
            "une heure sur le parc avec Kevin, puis son avis"],
           ["Pédagogie", "il faudra expliquer pourquoi la machine a classé une grume comme elle l'a fait",
            "expliquer un résultat à un non-spécialiste"],
           ["Autonomie", "l'équipe est petite et le fournisseur du portique est à Nancy",
            "récit d'un problème résolu seul"],
           ["Résistance", "on travaille dehors, dans le bruit, l'hiver jurassien", "visite du parc en janvier"],
           ["Rigueur", "un réglage oublié fausse le classement de centaines de grumes",
            "relecture d'une procédure de calibrage pleine d'erreurs"]]),
        H(1, "7. Nos exigences sont-elles réalistes ?", {"profile-fit": "ok"}),
        P("Nous avons comparé nos fiches aux profils disponibles en Franche-Comté avec le cabinet qui nous "
          "accompagne. Pour l'ingénieur vision, le profil existe, mais surtout à Besançon, Lyon ou en Suisse, où "
          "les salaires sont plus élevés. Nous gardons l'exigence sur la reconnaissance d'images, qui est le cœur "
          "du poste, mais nous renonçons à l'expérience dans le bois : aucun candidat ne l'aura, et les classeurs "
          "la transmettront. La fourchette de salaire reste en dessous de Genève ; nous compensons par un jour de "
          "télétravail et par la possibilité de publier les résultats avec l'université de Franche-Comté."),
        P("Pour le technicien, la difficulté est inverse : le profil est courant dans la région, mais les "
          "entreprises d'automatisme du Doubs se le disputent. Nous ne pouvons pas rivaliser sur le salaire ; "
          "nous pouvons en revanche limiter l'astreinte à une semaine sur quatre, la payer, et offrir une "
          "formation au fournisseur des caméras. Nous avons supprimé l'exigence d'une expérience en optique, "
          "trop rare, au profit d'une formation de deux semaines à l'arrivée. Nos exigences et les profils se "
          "rejoignent donc, à condition d'accepter ces deux compromis et de les écrire dans les annonces."),
        H(2, "7.1 Grille d'évaluation des candidats", {"requirements-grid": "empty"}),
    ],
    missing=["organisation-chart"],
)
