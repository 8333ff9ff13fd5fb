from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: a Lyon social enterprise that repairs second-hand furniture opens an online shop and hires three people.
    Every heading is numbered (1. to 6., 1.1, 3.1-3.3); the organisation chart is a drawn picture under 1.1; the
    three job forms sit under 3.1, 3.2 and 3.3 below an empty part title "3." (one section split over four
    headings); the soft skills heading is in UPPER CASE; the requirements grid heading (6.1) was left with nothing
    under it (empty).""",
    title="Atelier Mistral – Recrutements 2027",
    cover=["Fiches de poste – dossier de Romain Faure, étude de cas 2, décembre 2026"],
    blocks=[
        H(1, "1. Atelier Mistral en quelques mots", {"company-context": "ok"}),
        P("Atelier Mistral est une entreprise d'insertion installée à Vénissieux depuis 2016. Elle récupère des "
          "meubles anciens auprès des déchetteries et des particuliers, les répare et les revend dans sa boutique "
          "de la Croix-Rousse. Elle emploie 31 personnes, dont 19 salariés en parcours d'insertion encadrés par "
          "quatre ébénistes. Le chiffre d'affaires a atteint 1,4 million d'euros en 2025, mais la boutique plafonne "
          ": les clients qui achètent une commode restaurée habitent de plus en plus loin de Lyon et demandent à "
          "commander en ligne."),
        P("Le conseil d'administration a donc décidé d'ouvrir une boutique en ligne au printemps 2027, avec "
          "livraison dans toute la région Auvergne-Rhône-Alpes. Le projet est financé par une subvention de la "
          "Métropole de 180 000 euros sur deux ans. Personne dans l'équipe actuelle ne sait gérer un catalogue en "
          "ligne, organiser des livraisons de meubles ni répondre aux clients à distance : il faut recruter. Les "
          "nouvelles recrues rejoindront la directrice, Sophie Lacroix, et travailleront chaque jour avec l'atelier, "
          "dont le rythme et la mission sociale passent avant les ventes."),
        H(2, "1.1 Organigramme après les recrutements", {"organisation-chart": "ok"}),
        Img(["Directrice", "Atelier (4 ébénistes, 19 salariés)", "Boutique", "Pôle en ligne (3 recrues)"],
            caption="Le pôle en ligne dépend directement de la directrice."),
        H(1, "2. Ce qui nous manque", {"skills-needs": "ok"}),
        P("Nous avons listé, avec la directrice et les chefs d'atelier, tout ce que la vente en ligne demande et "
          "que personne ne fait aujourd'hui. Il faut d'abord quelqu'un pour faire vivre le site : choisir les "
          "meubles à mettre en ligne, les photographier, écrire leur histoire, fixer les prix avec l'atelier et "
          "suivre les chiffres de vente. Il faut ensuite organiser le trajet du meuble, de l'atelier jusque chez le "
          "client : emballage, transporteur, rendez-vous de livraison, retours. Enfin, les clients à distance posent "
          "beaucoup de questions avant d'acheter un meuble qu'ils n'ont pas touché, et ils ont besoin d'une "
          "réponse rapide et chaleureuse. Nous avons écarté l'idée d'un développeur : le site sera monté sur une "
          "solution existante par un prestataire. Nous avons aussi renoncé à un poste de community manager à "
          "temps plein, la directrice gardant les réseaux sociaux la première année. Trois postes en découlent, "
          "dont un pourra accueillir une personne sortant de notre propre parcours d'insertion. Les trois "
          "personnes devront travailler ensemble dès le premier jour."),
        H(2, "2.1 Trois postes à pourvoir", {"jobs-list": "ok"}),
        T([["Poste", "Contrat", "Temps", "Arrivée"],
           ["Responsable boutique en ligne", "CDI", "temps plein", "février 2027"],
           ["Coordinateur·rice logistique", "CDI", "temps plein", "mars 2027"],
           ["Conseiller·ère clients à distance", "CDD 12 mois puis CDI", "80 %", "avril 2027"]]),
        H(1, "3. Les fiches", {"job-description": "ok"}),
        H(2, "3.1 Responsable boutique en ligne", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire de la boutique en ligne un second magasin rentable en deux ans"],
           ["Activités", "sélection des meubles, fiches produits et photos, prix avec l'atelier, suivi des ventes"],
           ["Rattachement", "directrice"],
           ["Compétences", "gestion d'un site marchand, photo produit, rédaction, tableaux de bord"],
           ["Profil", "trois ans d'expérience en commerce en ligne, goût pour le mobilier et le réemploi"],
           ["Salaire", "36 000 à 40 000 euros brut par an"]]),
        H(2, "3.2 Coordinateur·rice logistique", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "livrer chaque meuble intact et à la date promise"],
           ["Activités", "emballage avec l'atelier, choix des transporteurs, planning des livraisons, retours"],
           ["Rattachement", "directrice, en lien quotidien avec le chef d'atelier"],
           ["Compétences", "organisation du transport, négociation, suivi des coûts"],
           ["Profil", "expérience en logistique de produits volumineux, permis B"],
           ["Salaire", "30 000 à 33 000 euros brut par an"]]),
        H(2, "3.3 Conseiller·ère clients à distance", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "aider les clients à choisir et à recevoir leur meuble sans l'avoir vu"],
           ["Activités", "réponses par chat, téléphone et courriel, visios depuis l'atelier, suivi après livraison"],
           ["Rattachement", "responsable boutique en ligne"],
           ["Compétences", "relation client écrite et orale, outils de messagerie"],
           ["Profil", "ouvert aux salariés sortant du parcours d'insertion, formation interne prévue"],
           ["Salaire", "24 000 euros brut par an à 80 %"]]),
        H(1, "4. Matrice des savoir-faire", {"key-competences": "ok"}),
        T([["Savoir-faire", "Boutique en ligne", "Logistique", "Clients"],
           ["Catalogue et fiches produits", "expert", "notions", "utilisateur"],
           ["Transport de meubles", "notions", "expert", "notions"],
           ["Relation client à distance", "confirmé", "notions", "expert"],
           ["Suivi des chiffres", "expert", "confirmé", "notions"]]),
        H(1, "5. SAVOIR-ÊTRE", {"transversal-skills": "ok"}),
        P("Dans une entreprise d'insertion, la façon de travailler compte autant que la technique. Les trois "
          "recrues passeront du temps à l'atelier avec des salariés qui reprennent pied, et elles devront expliquer "
          "sans juger, patienter et féliciter. Nous attendons aussi beaucoup d'autonomie, car le pôle en ligne "
          "démarre de zéro. Enfin, il faudra accepter les imprévus d'un atelier où chaque meuble est différent "
          "et où une réparation prend parfois deux fois plus de temps que prévu."),
        T([["Qualité", "Pourquoi", "Postes"],
           ["Patience et bienveillance", "travail quotidien avec les salariés en insertion", "les trois"],
           ["Autonomie", "pôle nouveau, pas de modèle à suivre", "boutique, logistique"],
           ["Écoute", "clients inquiets d'acheter sans voir", "clients"]]),
        H(1, "6. Le bon profil, poste par poste", {"profile-fit": "ok"}),
        P("Pour la boutique en ligne, nous ne cherchons pas un profil de grande enseigne : quelqu'un qui a déjà "
          "vendu des objets uniques, en brocante en ligne ou chez un créateur, comprendra mieux pourquoi chaque "
          "commode a sa fiche et son prix. Nous demandons trois ans d'expérience parce que la personne sera seule "
          "sur le sujet ; nous n'exigeons pas de diplôme précis. Pour la logistique, l'expérience des objets lourds "
          "et fragiles compte plus que tout : un candidat venant de la livraison d'électroménager ou de la "
          "location de matériel conviendrait mieux qu'un profil d'entrepôt de colis. Le poste de conseiller clients "
          "est volontairement ouvert à une personne de notre parcours d'insertion : ce qui compte est le goût du "
          "contact et la connaissance des meubles, que l'atelier donne. Nous prévoyons six semaines de formation à "
          "l'écrit et aux outils. Pour les trois postes, nous évaluerons les candidats par un entretien et une mise "
          "en situation d'une demi-journée à l'atelier, notée par la directrice et un chef d'atelier. "
          "Un salarié en insertion participera à chaque mise en situation et donnera son avis."),
        H(2, "6.1 Critères et niveaux attendus", {"requirements-grid": "empty"}),
    ],
)
