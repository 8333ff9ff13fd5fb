from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 64, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: a cooperative cheese dairy in the Aubrac opens an online shop and must hire two people. Numbered
    headings in the author's words, one a question; the roles, the job form and the skills as tables; no
    organisation chart (missing); a requirements grid announced with nothing under it (empty).""",
    title="Coopérative Fromagère des Monts d'Aubrac – Recruter pour la vente en ligne",
    cover=["Étude de cas 2 · fiches de poste", "Mathilde Rouquette – promotion 2026"],
    blocks=[
        H(1, "1. La coopérative aujourd'hui", {"company-context": "ok"}),
        P("La Coopérative Fromagère des Monts d'Aubrac transforme depuis 1962 le lait de 74 exploitations "
          "situées entre Laguiole et Nasbinals. Elle fabrique surtout de la tome fraîche pour l'aligot et du "
          "laguiole AOP affiné dix à quinze mois. Avec 38 salariés et un chiffre d'affaires de 11,4 millions "
          "d'euros en 2025, elle vend à 80 % aux grossistes et à la grande distribution, le reste passant par "
          "la boutique de Laguiole et deux marchés de producteurs."),
        P("Le conseil d'administration, présidé par un éleveur, Bernard Vayssade, a décidé en juin 2026 "
          "d'ouvrir une boutique en ligne pour vendre directement aux particuliers, en France puis en Belgique. "
          "L'objectif est d'atteindre 900 000 euros de ventes en ligne en 2028. Le site sera monté par une "
          "agence de Rodez, mais il faudra ensuite le faire vivre, préparer les colis réfrigérés et répondre "
          "aux clients. Personne dans l'équipe actuelle n'a fait de commerce en ligne : les commerciaux "
          "connaissent les acheteurs de la grande distribution, pas les internautes. La directrice, Sophie "
          "Auguy, veut des recrutements prêts avant la saison de Noël 2027, qui fait près d'un tiers des ventes "
          "de fromage aux particuliers."),
        H(1, "2. Qu'est-ce qui nous manque ?", {"skills-needs": "ok"}),
        P("Nous avons fait le tour des tâches avec l'agence et avec la responsable de la boutique physique. "
          "Trois savoir-faire n'existent pas chez nous. D'abord, animer un site marchand : fiches produits, "
          "photos, promotions, campagnes par courriel, suivi des chiffres de fréquentation et du panier moyen. "
          "Ensuite, expédier des produits frais : choisir les emballages isothermes, tenir la chaîne du froid "
          "jusqu'au transporteur, gérer les retours et les casses. Enfin, répondre aux clients par écrit et au "
          "téléphone, souvent des personnes âgées qui commandent un cadeau pour leurs enfants."),
        P("Le service client sera partagé avec la boutique de Laguiole, qui a des creux en semaine. Il reste "
          "donc deux métiers à créer : un poste qui porte la vente en ligne, et un poste d'atelier pour la "
          "préparation des commandes. Le premier sera un cadre, le second un employé formé sur place. Les "
          "deux devront comprendre ce qu'est une AOP et pourquoi on n'envoie pas un laguiole comme un livre. Sans ces deux personnes, le site ouvrirait "
          "sans personne pour le faire tourner au quotidien."),
        H(2, "2.1 Les postes à pourvoir", {"jobs-list": "ok"}),
        T([["Poste", "Service", "Contrat", "Arrivée souhaitée"],
           ["Responsable e-commerce", "direction commerciale", "CDI cadre", "mars 2027"],
           ["Préparateur·rice de commandes froid", "atelier d'expédition", "CDI, 35 h", "septembre 2027"]]),
        H(1, "3. Fiche de poste détaillée – responsable e-commerce", {"job-description": "ok"}),
        T([["Élément", "Description"],
           ["Intitulé", "Responsable e-commerce"],
           ["Supérieure", "directrice commerciale"],
           ["Finalité", "développer les ventes en ligne aux particuliers en respectant l'image de l'AOP"],
           ["Missions", "animer le site et le catalogue, piloter les campagnes, suivre les indicateurs, encadrer le ou la préparateur·rice"],
           ["Relations", "agence web de Rodez, transporteur frigorifique, boutique de Laguiole, comité AOP"],
           ["Conditions", "CDI cadre, 36 à 42 k€ brut, télétravail deux jours par semaine, basé à Laguiole"]]),
        H(1, "4. Compétences clés par poste", {"key-competences": "ok"}),
        T([["Compétence", "Responsable e-commerce", "Préparateur·rice", "Niveau"],
           ["Gestion d'un site marchand", "indispensable", "non", "confirmé"],
           ["Marketing par courriel et réseaux", "indispensable", "non", "confirmé"],
           ["Chaîne du froid et hygiène", "notions", "indispensable", "formé HACCP"],
           ["Emballage et expédition", "notions", "indispensable", "autonome"],
           ["Connaissance des fromages AOP", "utile", "utile", "formation interne"]]),
        H(1, "5. Les qualités humaines", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi", "Comment la repérer"],
           ["Sens du client", "un colis raté à Noël, c'est un client perdu et un avis négatif", "jeu de rôle sur une réclamation"],
           ["Organisation", "les pics de décembre triplent les commandes en trois semaines", "question sur un rush déjà vécu"],
           ["Respect du produit", "l'AOP impose des règles que la coopérative défend depuis soixante ans", "visite de la cave d'affinage avec le candidat"]]),
        P("Ces qualités comptent autant que le diplôme : la coopérative formera au reste. Nous "
          "préférons une personne qui apprend vite et qui aime le produit à un profil brillant qui ne "
          "supporterait pas la vie d'une petite coopérative de montagne."),
        H(1, "6. Le bon profil pour chacun", {"profile-fit": "ok"}),
        P("Pour la personne responsable de l'e-commerce, nous visons un bac+5 en commerce ou en marketing "
          "numérique et au moins trois ans sur un site alimentaire ou de produits du terroir. Une expérience "
          "dans une petite structure compte davantage qu'un passage chez un grand distributeur, car elle "
          "devra tout faire elle-même au début. Elle doit accepter de vivre dans l'Aubrac ou à Rodez : nous "
          "proposons une aide au logement la première année et deux jours de télétravail."),
        P("Pour le poste de préparation, le diplôme importe peu. Nous cherchons quelqu'un de soigneux, qui "
          "a déjà travaillé en logistique, en grande surface ou en atelier alimentaire. Nous regarderons "
          "d'abord les candidatures locales, notamment les saisonniers de l'hiver à la station de Brameloup, "
          "qui connaissent la région et cherchent un emploi stable. La formation HACCP sera payée par la "
          "coopérative. Pour les deux postes, un entretien avec la directrice puis une demi-journée dans "
          "l'atelier permettront de vérifier que le profil et les exigences se rejoignent vraiment, des deux côtés, avant toute "
          "promesse d'embauche."),
        H(2, "6.1 Grille de correspondance", {"requirements-grid": "empty"}),
    ],
    # No organisation chart anywhere: the context names people but draws no chart.
    missing=["organisation-chart"],
)
