from _common import *

DOC = dict(
    deliverable="management-plan",
    path="deck",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. python-pptx deck,
    French: Ludomania, a Nantes board-game publisher of 31 people, sells more and more through its own online
    shop and a companion app for its games; the new head of digital plans how her team of six grows to ten by
    the end of 2028. A title slide and twelve short slides, speaker notes in French on five of them. The team
    today, the positions to open, the training plan, the budget and the indicators are tables. The welcome of
    newcomers and its week-by-week timeline share one slide (onboarding and its timeline merged). No
    organisation chart, current or target, anywhere (missing). An extra slide of her own on what could make the
    plan fail, then a backup slide with the follow-up indicators closes the deck.""",
    title="Ludomania – faire grandir l'équipe numérique",
    cover=["Plan de management – étude de cas 3", "Margaux Le Berre, responsable du numérique", "Décembre 2026"],
    blocks=[
        Slide("L'essentiel", {"executive-summary": "ok"},
              ["La boutique en ligne et l'appli font 38 % des ventes, contre 9 % en 2021",
               "Six personnes aujourd'hui, dix fin 2028",
               "Trois recrutements et une alternance, étalés sur deux ans",
               "On forme d'abord l'équipe en place : data, accessibilité, management",
               "86 000 € sur deux ans, hors salaires"],
              notes="Ouvrir sur le 38 %. Le jury doit comprendre en trente secondes que le numérique n'est plus "
                    "un à-côté chez Ludomania, et que le plan coûte 86 000 euros hors salaires."),
        Slide("Ludomania en 2027", {"strategy-context": "ok"},
              ["Cap de la direction : doubler les ventes directes d'ici 2029, sans dépendre des grandes surfaces",
               "Chaque nouveau jeu sort avec son appli compagnon (règles animées, minuteur, scores)",
               "Lancement en Allemagne et en Espagne au printemps 2027",
               "Le financement participatif devient notre rampe de lancement : trois campagnes par an",
               "Une équipe numérique qui sous-traite encore le développement mobile"]),
        Slide("Qui fait quoi aujourd'hui", {"people-review": "ok"}, table=[
            ["Personne", "Poste", "Force", "À renforcer"],
            ["Yann", "développeur web", "connaît toute la boutique", "mobile"],
            ["Salomé", "graphiste et UI", "identité des jeux", "accessibilité"],
            ["Theo", "community manager", "Discord de 14 000 membres", "chiffres"],
            ["Awa", "service client", "retours et SAV maîtrisés", "allemand"],
            ["Pierre", "chef de projet campagnes", "trois campagnes réussies", "encadrement"],
            ["Margaux", "responsable", "vision produit", "budget"]]),
        Slide("Les postes à ouvrir", {"key-functions": "ok"}, table=[
            ["Poste", "Pourquoi maintenant", "Contrat", "Quand"],
            ["Développeur(se) mobile", "l'appli coûte 60 000 €/an en prestations", "CDI", "avril 2027"],
            ["Responsable marchés étrangers", "Allemagne et Espagne sans interlocuteur", "CDI", "février 2027"],
            ["Analyste données", "personne ne lit les chiffres de l'appli", "CDI", "janvier 2028"],
            ["Alternant(e) marketing", "soutien aux campagnes", "alternance", "septembre 2027"]],
              notes="Le poste export passe en premier parce que le lancement allemand est daté : salon d'Essen en "
                    "octobre. Le mobile suit, le temps de reprendre le code de l'agence."),
        Slide("Accueillir : avant, le premier jour, les 90 jours", {"onboarding": "ok", "onboarding-plan": "ok"},
              ["J-15 : contrat signé, ordinateur configuré, accès Slack et GitLab créés, livret d'accueil envoyé",
               "J1 : petit-déjeuner d'équipe, visite de l'entrepôt, partie de notre dernier jeu avec les auteurs",
               "Semaine 1 : un binôme attitré, deux demi-journées au service client",
               "Mois 1 : première tâche livrée en production, point chaque vendredi",
               "Jour 90 : entretien de fin de période d'essai et objectifs écrits"],
              notes="La partie de jeu le premier jour n'est pas un gadget : on vend des jeux, il faut y avoir joué. "
                    "Les anciens le demandent eux-mêmes."),
        Slide("Ce qui nous manque", {"training-needs": "ok"},
              ["Lire et expliquer des données d'usage de l'appli",
               "Rendre les jeux et l'appli accessibles (daltonisme, lecteurs d'écran)",
               "Encadrer : Pierre prendra deux personnes en 2027",
               "Allemand commercial pour le service client"]),
        Slide("Former : qui, quoi, combien", {"training-plan": "ok"}, table=[
            ["Qui", "Formation", "Format", "Quand", "Coût"],
            ["Theo, Pierre", "analyse de données produit", "3 jours inter-entreprises", "T1 2027", "2 900 €"],
            ["Salomé, Yann", "accessibilité numérique", "certification en ligne", "T2 2027", "3 400 €"],
            ["Pierre", "premier poste de manager", "parcours 5 jours", "T2 2027", "3 800 €"],
            ["Awa", "allemand professionnel", "cours particuliers 40 h", "2027", "2 200 €"]]),
        Slide("Faire grandir chacun", {"career-plan": "ok"},
              ["Pierre : chef de projet vers responsable des campagnes et de l'alternant(e) en 2028",
               "Yann : référent technique quand le mobile arrive, puis lead développeur",
               "Awa : possibilité de rejoindre le pôle export après l'allemand",
               "Chaque année : entretien de développement séparé de l'entretien annuel"],
              notes="On me demandera si l'on peut promettre ces évolutions. Réponse : ce sont des pistes "
                    "discutées avec chacun en octobre, pas des promesses, et elles sont revues chaque année."),
        Slide("Où on veut aller", {"team-vision": "ok"},
              ["Une équipe qui construit elle-même l'appli au lieu de la commander",
               "Trois pôles : fabriquer, vendre à l'étranger, comprendre les joueurs",
               "Des décisions prises sur des chiffres, pas sur des impressions",
               "Une équipe où l'on reste : zéro départ subi d'ici 2028"]),
        Slide("Le budget", {"budget-timeline": "ok"}, table=[
            ["Dépense", "2027", "2028", "Total"],
            ["Formations", "12 300 €", "6 000 €", "18 300 €"],
            ["Recrutement (annonces, cabinet export)", "16 500 €", "5 000 €", "21 500 €"],
            ["Postes de travail et licences", "11 000 €", "6 500 €", "17 500 €"],
            ["Séminaires d'équipe", "4 000 €", "4 000 €", "8 000 €"],
            ["Salons et déplacements export", "12 000 €", "8 700 €", "20 700 €"],
            ["Total", "55 800 €", "30 200 €", "86 000 €"]],
              notes="Préciser que l'agence mobile disparaît en 2028 : 60 000 euros par an économisés, ce qui paie "
                    "presque le salaire du développeur mobile."),
        Slide("Feuille de route", {"timeline": "ok"},
              ["T1 2027 : recrutement export, formation données",
               "T2 2027 : développeur(se) mobile, accessibilité, parcours manager de Pierre",
               "T3 2027 : alternant(e), Essen, premières ventes en Allemagne",
               "T1 2028 : analyste données, fin du contrat avec l'agence mobile"]),
        Slide("Ce qui peut coincer", {},
              ["Recruter un(e) développeur(se) mobile à Nantes prend souvent plus de quatre mois",
               "Une campagne ratée ferait reporter l'analyste à 2029",
               "Pierre peut refuser le rôle de manager : plan B, un recrutement externe"]),
        Slide("Backup – nos indicateurs", {"hr-indicators": "ok"}, table=[
            ["Indicateur", "2026", "Objectif 2028"],
            ["Départs non souhaités", "2", "0"],
            ["Jours de formation par personne et par an", "1", "4"],
            ["Nouveaux arrivants confirmés après la période d'essai", "1 sur 2", "4 sur 4"],
            ["Part du développement fait en interne", "35 %", "90 %"],
            ["Note moyenne au baromètre d'équipe", "6,4/10", "8/10"]]),
    ],
    missing=["target-organisation"],
)
