from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: a regional daily paper in the Nièvre, whose paid website must pay for the print edition, hires
    a data journalist and a product manager for its subscriptions. Numbered headings in the author's words; the
    list of the posts, the skills matrix and the human qualities are bold Normal paragraphs; the two job forms are
    two headings, one per post (split); the organisation chart heading has nothing under it (empty); the
    requirements grid is a table under the profile heading with no heading of its own (merged); an onboarding
    plan of the author's own.""",
    title="Le Courrier du Morvan – Deux postes pour le numérique",
    cover=["Fiches de poste – étude de cas n° 2", "Élise Ragot, responsable des ressources humaines"],
    blocks=[
        H(1, "1. Le journal aujourd'hui", {"company-context": "ok"}),
        P("Le Courrier du Morvan est un quotidien régional fondé en 1946 à Nevers. Il vend 21 000 exemplaires "
          "papier par jour, contre 34 000 il y a dix ans, et compte 6 800 abonnés au site, dont la moitié gagnés "
          "depuis 2023. Le journal emploie 142 personnes : 58 journalistes répartis entre la rédaction centrale et "
          "six agences locales, une imprimerie à Varennes-Vauzelles, une régie publicitaire et des fonctions "
          "support. Il appartient depuis 2019 à un groupe de presse de l'Est qui lui laisse son autonomie "
          "éditoriale mais lui demande d'équilibrer ses comptes d'ici 2029."),
        P("Le plan « Courrier 2029 », voté au printemps, fixe un cap simple : 15 000 abonnés numériques dans trois "
          "ans, pour que les recettes du site compensent la baisse du papier. La rédaction publie déjà chaque jour "
          "une soixantaine d'articles en ligne, mais personne ne suit ce qui fait s'abonner ou se désabonner, et "
          "les chiffres locaux (prix de l'immobilier, résultats des écoles, fréquentation des urgences) sont "
          "traités au coup par coup. Le service numérique compte trois personnes rattachées au rédacteur en chef "
          "adjoint, Thomas Grelet : un développeur, une éditrice web et un community manager."),
        H(2, "1.1 Organigramme du pôle numérique", {"organisation-chart": "empty"}),
        H(1, "2. Ce qui nous manque", {"skills-needs": "ok"}),
        P("Deux compétences manquent clairement. La première est éditoriale : savoir trouver, nettoyer et faire "
          "parler des données publiques pour en tirer des articles que les lecteurs ne liront nulle part "
          "ailleurs. Nos meilleurs articles de l'an dernier en nombre d'abonnements déclenchés sont tous des "
          "enquêtes chiffrées, mais chacune a demandé trois semaines à un journaliste qui apprenait le tableur en "
          "même temps. La seconde est commerciale et produit : comprendre le parcours d'un lecteur depuis son "
          "premier article gratuit jusqu'à l'abonnement, tester des offres, régler le mur payant, et travailler "
          "avec la rédaction sans lui dicter ses sujets."),
        P("Nous avons écarté l'idée de former deux journalistes en interne : le délai serait trop long et la "
          "rédaction est déjà en sous-effectif depuis la fermeture de l'agence de Cosne. Nous avons aussi renoncé "
          "à une agence extérieure pour les abonnements, car ce savoir doit rester chez nous. Les deux postes "
          "sont des créations, financés pour moitié par le fonds stratégique pour le développement de la presse, et leurs titulaires "
          "travailleront en binôme dès le premier jour."),
        B("Les postes en un coup d'œil", {"jobs-list": "ok"}),
        T([["Intitulé", "Service", "Rattachement", "Statut", "Prise de poste"],
           ["Journaliste données", "rédaction centrale", "rédacteur en chef adjoint", "CDI, convention des journalistes", "février 2027"],
           ["Responsable produit abonnements", "pôle numérique", "directrice générale", "CDI cadre", "mars 2027"]]),
        H(1, "3. Fiche n° 1 – Journaliste données (H/F)", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "produire chaque mois deux enquêtes chiffrées et des rubriques de données récurrentes pour le site et le papier"],
           ["Activités", "collecter et nettoyer les données publiques, les croiser, réaliser cartes et graphiques, "
                         "écrire ou coécrire les articles, former les journalistes des agences aux outils de base"],
           ["Interlocuteurs", "rédacteur en chef adjoint, chefs d'agence, développeur, éditrice web"],
           ["Moyens", "ordinateur portable, Datawrapper, accès aux bases de l'Insee et de data.gouv.fr"],
           ["Indicateurs", "abonnements déclenchés par ses articles, nombre de rubriques tenues à jour"],
           ["Lieu", "Nevers, déplacements fréquents dans les agences"]]),
        H(1, "4. Fiche n° 2 – Responsable produit abonnements (H/F)", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire passer le site de 6 800 à 15 000 abonnés en trois ans en améliorant le parcours du lecteur"],
           ["Activités", "suivre les statistiques de lecture et de conversion, régler le mur payant, tester les offres "
                         "et les prix, piloter le développeur sur les évolutions du site, présenter chaque lundi les "
                         "chiffres à la conférence de rédaction"],
           ["Interlocuteurs", "directrice générale, rédaction, régie publicitaire, prestataire de paiement"],
           ["Autonomie", "décide des tests d'offres ; les prix définitifs sont validés par la directrice générale"],
           ["Indicateurs", "abonnés nets, taux de résiliation à trois mois, revenu moyen par abonné"]]),
        B("Compétences clés, poste par poste", {"key-competences": "ok"}),
        T([["Compétence", "Journaliste données", "Responsable produit", "Niveau attendu"],
           ["Écriture journalistique", "indispensable", "utile", "confirmé / notions"],
           ["Tableur, SQL, nettoyage de données", "indispensable", "utile", "expert / confirmé"],
           ["Visualisation (cartes, graphiques)", "indispensable", "—", "confirmé"],
           ["Analyse d'audience et tests A/B", "utile", "indispensable", "notions / expert"],
           ["Gestion d'un backlog produit", "—", "indispensable", "confirmé"]]),
        B("Savoir-être", {"transversal-skills": "ok"}),
        P("Les deux recrues arrivent dans une maison où le numérique est encore vu comme une menace pour le "
          "papier. Leurs qualités humaines compteront autant que leur technique ; nous en retenons quatre."),
        T([["Qualité", "Pourquoi chez nous", "Journaliste données", "Responsable produit"],
           ["Pédagogie", "les deux devront expliquer leurs méthodes à des collègues qui s'en méfient", "forte", "forte"],
           ["Rigueur", "un chiffre faux dans un quotidien local se paie pendant des années", "forte", "moyenne"],
           ["Diplomatie", "la rédaction craint qu'on lui dicte ses sujets au nom des abonnements", "moyenne", "forte"],
           ["Curiosité pour le territoire", "nos lecteurs attendent du local, pas du national", "forte", "moyenne"]]),
        H(1, "5. Le bon profil, et où le trouver", {"profile-fit": "ok", "requirements-grid": "ok"}),
        P("Pour le poste de journaliste données, le profil attendu est celui d'un ou une journaliste diplômée "
          "d'une école reconnue, avec deux à quatre ans d'expérience, qui a déjà publié des enquêtes fondées sur "
          "des données. Ces profils existent mais vont surtout vers les rédactions nationales ; nous mettrons en "
          "avant la liberté de choisir ses sujets et la visibilité de ses articles en une. Nous accepterons un "
          "profil de statisticien ou de géographe qui écrit bien, accompagné par un chef d'édition pendant six "
          "mois. Pour le poste produit, nous cherchons trois ans d'expérience dans un média ou un service par "
          "abonnement ; la connaissance de la presse est un plus, pas une condition. Le salaire proposé est dans "
          "le bas du marché parisien, ce que compensent le télétravail deux jours par semaine et le coût de la "
          "vie à Nevers. Les deux annonces paraîtront le même jour, sur les sites d'emploi des médias et sur "
          "notre propre site, pour que nos lecteurs les voient aussi. La grille ci-dessous servira aux "
          "entretiens, notée par deux personnes."),
        T([["Exigence", "Poids", "Journaliste données", "Responsable produit"],
           ["Expérience du poste", "30 %", "enquêtes chiffrées publiées", "parcours d'abonnement amélioré"],
           ["Outils", "25 %", "tableur, SQL, Datawrapper", "outil d'analyse d'audience, tests"],
           ["Connaissance du territoire", "15 %", "souhaitée", "non exigée"],
           ["Savoir-être", "30 %", "mise en situation avec un chef d'agence", "présentation à la rédaction"]]),
        H(1, "6. Les trois premiers mois"),
        L(["Semaine 1 : une journée dans chaque agence locale et à l'imprimerie",
           "Mois 1 : un premier sujet ou un premier test choisi avec le rédacteur en chef adjoint",
           "Mois 3 : point avec la DRH et la directrice générale avant la fin de la période d'essai"]),
    ],
)
