from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the Pamiers Saturday farmers' market (fictional association of 31 producers) launched 'Panier
    d'Ariège', pre-ordering of baskets online with collection at the market; what it does if the figures stay
    low. The authors' own numbered headings, three of them in UPPER CASE; thresholds and comparison as tables with
    their own columns; the recommendation and the switch-over written under one heading (merged); no weighted
    scoring (deleted, optional); an extra closing section of their own on what they learned.""",
    title="Panier d'Ariège – et si les commandes ne décollent pas ?",
    cover=["Étude de cas n°1 – Noémie Sabatier et Bastien Roques, décembre 2026"],
    blocks=[
        H(1, "1. D'OÙ L'ON PART", {"baseline-reminder": "ok"}),
        P("Le marché du samedi de Pamiers réunit 31 producteurs de la vallée de l'Ariège. Depuis octobre 2026, "
          "l'association propose Panier d'Ariège : les clients commandent en ligne jusqu'au jeudi soir, paient "
          "à la commande et retirent leur panier au stand de l'association le samedi matin. Le site a coûté "
          "14 000 euros, financés pour moitié par la communauté de communes, avec l'idée de toucher les actifs "
          "qui ne viennent plus au marché faute de temps et de remplir les semaines creuses de l'hiver."),
        P("Quatre chiffres sont suivis chaque semaine par la trésorière : le nombre de commandes (objectif 120 par "
          "semaine en mars 2027), la part de clients qui recommandent dans le mois (objectif 50 %), le nombre de "
          "producteurs qui mettent au moins un produit en ligne (objectif 20) et les paniers non retirés (à "
          "garder sous 5 %). Fin novembre, nous en sommes à 46 commandes par semaine, 38 % de clients fidèles "
          "et 14 producteurs actifs."),
        H(1, "2. Les seuils qui nous font changer de cap", {"kpi-scenarios": "ok"}),
        T([["Chiffre suivi", "Alerte si", "Vérifié le", "Alors"],
           ["Commandes par semaine", "moins de 70", "fin janvier 2027", "solution A (points relais)"],
           ["Clients qui recommandent", "moins de 40 %", "fin février 2027", "solution C (panier fixe)"],
           ["Producteurs actifs en ligne", "moins de 15", "fin janvier 2027", "solution C (panier fixe)"],
           ["Paniers non retirés", "plus de 8 %", "chaque mois", "solution B (entreprises)"]]),
        H(1, "3. TROIS PISTES DE RECHANGE", {"alternatives": "ok"}),
        P("Solution A : des points relais dans trois villages. Beaucoup de clients potentiels habitent à vingt "
          "minutes de Pamiers et ne veulent pas venir en ville le samedi. Nous proposerions un retrait le "
          "vendredi soir à Varilhes, Mazères et Saverdun, dans une épicerie ou une mairie, livré par deux "
          "producteurs à tour de rôle. Le coût est surtout le temps et le carburant, estimés à 90 euros par "
          "tournée, et une commission de 5 % aux commerces qui accueillent les paniers."),
        P("Solution B : les paniers livrés en entreprise. Trois employeurs de Pamiers, dont l'hôpital et une "
          "usine de pièces aéronautiques, ont plus de 300 salariés chacun. Le comité social et économique "
          "pourrait relayer l'offre, et un producteur déposerait les paniers le vendredi après-midi dans un "
          "local réfrigéré. Cette piste réduit les paniers oubliés, car le retrait se fait sur le lieu de "
          "travail. Il faut une convention avec chaque employeur et un frigo, loué 40 euros par mois."),
        P("Solution C : un panier fixe de saison plutôt qu'une boutique. Au lieu de laisser chaque client choisir "
          "parmi 200 produits, on propose trois paniers composés chaque semaine, à 15, 25 et 40 euros. C'est "
          "plus simple pour les clients pressés et pour les producteurs qui ne veulent pas gérer un stock en "
          "ligne : l'association leur passe une commande groupée le jeudi. Le risque est de perdre les clients "
          "qui aiment choisir."),
        H(1, "4. Comparaison", {"alternatives-comparison": "ok"}),
        T([["", "A – points relais", "B – entreprises", "C – panier fixe"],
           ["Commandes en plus, estimées", "+40 par semaine", "+30 par semaine", "+20 par semaine"],
           ["Coût par mois", "environ 500 €", "40 € de frigo", "aucun"],
           ["Délai de mise en place", "6 semaines", "3 mois (conventions)", "2 semaines"],
           ["Travail en plus pour les producteurs", "une tournée par mois chacun", "faible", "faible"],
           ["Risque principal", "tournées trop peu remplies", "un CSE qui ne relaie pas", "lassitude des clients"]]),
        H(1, "5. CE QUE NOUS PROPOSONS, ET COMMENT ON BASCULE", {"recommendation": "ok", "decision-process": "ok"}),
        P("Nous recommandons de commencer par la solution C dès février si le nombre de producteurs actifs reste "
          "sous quinze : elle ne coûte rien, se met en place en deux semaines et répond à la fois au manque de "
          "producteurs et aux clients qui ne recommandent pas. Si les commandes restent sous 70 fin janvier, nous "
          "ajoutons la solution A, mais seulement dans les deux villages où nous avons déjà au moins quinze "
          "clients, Varilhes et Mazères, pour éviter des tournées à moitié vides. La solution B est la plus "
          "prometteuse à long terme mais la plus lente ; nous lançons dès maintenant les discussions avec "
          "l'hôpital, sans attendre les seuils, pour l'avoir prête au printemps."),
        P("La décision revient au bureau de l'association, qui se réunit le premier lundi du mois. La trésorière "
          "présente les quatre chiffres ; si un seuil est franchi, le bureau vote la bascule à la majorité, et "
          "l'assemblée des producteurs est informée le samedi suivant. Pour la solution C, Bastien compose les "
          "trois paniers le mardi avec les producteurs volontaires et modifie le site le mercredi. Pour la "
          "solution A, Noémie signe les accords avec les commerces et organise le planning des tournées. Les "
          "clients sont prévenus par courriel et par une affiche au stand deux semaines avant."),
        P("Nous revenons en arrière si, après deux mois, la bascule n'a pas fait progresser le chiffre qui l'a "
          "déclenchée d'au moins 20 %."),
        H(1, "6. On nous dira…", {"objections": "ok"}),
        T([["Objection", "Notre réponse"],
           ["Les paniers fixes vont faire fuir ceux qui aiment choisir", "la boutique reste ouverte à côté des "
            "paniers"],
           ["Les producteurs n'ont pas le temps de faire des tournées", "une tournée par mois chacun, payée en "
            "carburant"],
           ["L'hôpital ne voudra pas de denrées dans ses locaux", "le frigo est à nous, dans le local du CSE"]]),
        H(1, "7. Ce que ce travail nous a appris"),
        P("En préparant ce plan, nous avons surtout compris que le site n'est pas le problème : les clients qui "
          "l'utilisent le trouvent simple. Ce qui manque, ce sont des producteurs en ligne et des lieux de "
          "retrait proches des gens."),
    ],
    missing=["weighted-scoring"],
)
