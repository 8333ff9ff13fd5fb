from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc. Français : une coopérative de maraîchers bio de la Sarthe lance la livraison de paniers commandés en
    ligne et décrit deux postes à créer. Titres de l'auteur ; deux fiches de poste sous deux titres (une section en
    deux) ; la liste des postes en tableau sous le besoin en compétences, sans titre à elle (fusion) ; pas d'organigramme (missing) ; une grille d'exigences annoncée sans rien dessous (empty).""",
    title="Les Paniers du Loir – Deux postes pour lancer la vente en ligne",
    cover=["Cas d'étude 2 – fiches de poste", "Rédigé par Baptiste Renou, décembre 2026"],
    blocks=[
        H(1, "Qui sommes-nous ?", {"company-context": "ok"}),
        P("Les Paniers du Loir est une coopérative créée en 2011 par neuf fermes maraîchères bio autour de La "
          "Flèche. Elle vend aujourd'hui 1 300 paniers par semaine, presque tous en points de retrait : deux "
          "magasins de producteurs, quatre comités d'entreprise et une douzaine de dépôts chez des commerçants. "
          "Le chiffre d'affaires atteint 2,1 millions d'euros et l'équipe salariée compte quatorze personnes, "
          "dont huit au conditionnement. La gérante, Martine Gaudin, est arrivée en 2020 après quinze ans dans la "
          "distribution."),
        P("Le projet qui motive ce dossier est simple à dire et difficile à faire : permettre aux clients de "
          "composer leur panier en ligne et de se faire livrer à domicile, dans un rayon de quarante kilomètres, "
          "dès le printemps 2027. Le conseil d'administration a voté un budget de 180 000 euros sur deux ans, "
          "dont une subvention régionale. Personne dans l'équipe actuelle ne sait gérer un site marchand ni "
          "organiser des tournées de livraison quotidiennes, d'où les deux recrutements."),
        P("La coopérative reste petite et les bureaux tiennent dans un ancien corps de ferme à Bazouges : les "
          "nouveaux arrivants travailleront à côté des préparateurs, sans service informatique ni direction "
          "logistique au-dessus d'eux. C'est une chance pour qui aime construire, et une difficulté pour qui a "
          "besoin d'un cadre déjà posé."),
        H(1, "Ce qui nous manque", {"skills-needs": "ok", "jobs-list": "ok"}),
        P("Nous avons fait l'inventaire des compétences avec les chefs d'équipe. Le conditionnement, la relation "
          "avec les fermes et la comptabilité sont solides. En revanche trois trous apparaissent : personne ne "
          "sait paramétrer et faire évoluer une boutique en ligne reliée au stock réel ; personne ne sait "
          "planifier des tournées avec des créneaux promis aux clients ; personne n'a l'habitude de lire des "
          "chiffres de conversion ou de panier moyen pour décider."),
        P("Nous avons écarté la sous-traitance complète du site : les trois agences consultées proposaient des "
          "solutions où le stock est ressaisi à la main, ce qui ne tient pas avec des légumes dont la quantité "
          "change chaque matin. Nous avons aussi renoncé à un troisième poste de chargé de marketing, que la "
          "gérante assurera la première année avec l'aide d'une stagiaire. Restent donc deux postes, "
          "recrutés en CDI. Ils devront travailler ensemble dès le premier jour, car chaque commande passée sur "
          "le site devient un arrêt dans une tournée le lendemain matin."),
        T([["Poste", "Rattachement", "Temps", "Arrivée souhaitée"],
           ["Responsable logistique et livraisons", "Gérante", "temps plein", "janvier 2027"],
           ["Développeur·se web e-commerce", "Gérante", "temps plein", "février 2027"]]),
        H(1, "Fiche 1 – Responsable logistique et livraisons", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "organiser la préparation et la livraison à domicile des paniers commandés en ligne"],
           ["Activités", "planifier les tournées, encadrer deux chauffeurs, gérer les retours et les réclamations"],
           ["Moyens", "deux utilitaires frigorifiques, un logiciel de tournées à choisir"],
           ["Indicateurs", "livraisons dans le créneau, coût par panier livré, casse"],
           ["Conditions", "35 h, départs tôt le mardi et le vendredi, 2 400 € brut"]]),
        H(1, "Fiche 2 – Développeur·se web e-commerce", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "construire puis faire vivre la boutique en ligne reliée au stock du matin"],
           ["Activités", "paramétrer la plateforme, relier la caisse et le stock, suivre les statistiques"],
           ["Moyens", "un ordinateur portable, un budget d'outils de 4 000 € par an"],
           ["Indicateurs", "disponibilité du site, taux de commandes abouties, délai des évolutions"],
           ["Conditions", "35 h, deux jours de télétravail, 2 800 € brut"]]),
        H(1, "Savoir-faire attendus", {"key-competences": "ok"}),
        T([["Compétence", "Logistique", "Web", "Niveau"],
           ["Planifier des tournées sous contrainte horaire", "oui", "non", "expert"],
           ["Respecter la chaîne du froid", "oui", "non", "confirmé"],
           ["Développer sur une plateforme marchande", "non", "oui", "confirmé"],
           ["Relier des données de stock en temps réel", "non", "oui", "confirmé"],
           ["Lire des indicateurs de vente", "oui", "oui", "notions"]]),
        H(1, "Qualités personnelles", {"transversal-skills": "ok"}),
        P("Les deux personnes arrivent dans une équipe qui ne les attend pas forcément : les chefs d'équipe "
          "craignent que la vente en ligne bouscule des habitudes anciennes. Nous cherchons donc d'abord des "
          "gens capables d'expliquer ce qu'ils font avec des mots simples et d'écouter les maraîchers. "
          "L'autonomie compte aussi, car la gérante sera souvent sur les fermes, et le sens de l'organisation "
          "pour tenir des créneaux promis chaque jour. Enfin, l'honnêteté sur les erreurs : un panier oublié "
          "se rattrape si on le dit tout de suite."),
        T([["Qualité", "Pourquoi chez nous"],
           ["Pédagogie", "former les préparateurs au nouvel outil"],
           ["Autonomie", "peu d'encadrement direct"],
           ["Calme", "les pannes arrivent le vendredi matin"]]),
        H(1, "Le bon profil, concrètement", {"profile-fit": "ok"}),
        P("Pour la logistique, nous ne cherchons pas un cadre de la grande distribution : le volume est petit et "
          "tout change vite. Le profil idéal a trois à cinq ans d'expérience dans la livraison du dernier "
          "kilomètre ou le transport frigorifique, a déjà encadré une petite équipe et accepte de prendre le "
          "volant quand un chauffeur manque. Le salaire proposé est dans la moyenne locale ; l'intérêt du poste "
          "tient au projet et à la liberté de construire l'organisation."),
        P("Pour le web, nous savons qu'un développeur confirmé coûterait plus que notre budget. Nous visons donc "
          "une personne sortie d'une formation depuis deux ou trois ans, qui a déjà mis en ligne une boutique et "
          "qui veut un projet concret. Nous compensons par le télétravail, une formation payée chaque année et "
          "un vrai rôle dans les choix techniques. Les deux candidats retenus seront reçus par la gérante et "
          "par un maraîcher du conseil, et passeront une demi-journée au conditionnement avant de signer. Cette "
          "demi-journée compte autant que l'entretien : elle montre comment chacun parle aux équipes."),
        H(2, "Grille des exigences", {"requirements-grid": "empty"}),
    ],
    missing=["organisation-chart"],
)
