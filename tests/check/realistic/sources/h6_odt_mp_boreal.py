from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French, a Grenoble software firm of 28 people that builds apps for ski resorts plans
    its mobile team for the next two years. Numbered paraphrased headings, one in upper case, two questions; the
    training needs and the training plan under one heading with one table (merged); a short opening summary
    (thin); no organisation chart (missing); a timeline heading with nothing under it (empty); a section of the
    author's own on the plan's risks before the indicators.""",
    title="Atelier Boréal – L'équipe mobile d'ici 2028",
    cover=["Plan de management", "Sophie Charrier, responsable de l'équipe mobile – novembre 2026"],
    blocks=[
        H(1, "En bref", {"executive-summary": "thin"}),
        P("L'équipe mobile doit passer de six à dix personnes d'ici 2028 pour tenir le contrat des trois "
          "domaines skiables de Savoie signé en octobre. Ce plan dit qui recruter, comment les accueillir, quoi "
          "apprendre à ceux qui sont déjà là et comment l'équipe s'organisera. Il coûte 86 000 euros sur deux ans, "
          "hors salaires des recrutements."),
        H(1, "1. Où va Boréal, et avec qui", {"strategy-context": "ok"}),
        P("Atelier Boréal a été fondé en 2015 par deux anciens moniteurs de ski. L'entreprise compte 28 salariés "
          "et réalise 3,1 millions d'euros de chiffre d'affaires, dont 70 % avec des stations de ski et 30 % avec "
          "des offices de tourisme. Son produit phare est une application de forfait dématérialisé utilisée par "
          "onze stations ; le nouveau contrat savoyard ajoute trois domaines et 400 000 utilisateurs potentiels."),
        P("La stratégie votée par les associés en septembre tient en trois points : sortir du seul hiver en "
          "proposant l'application aux stations de randonnée et de VTT l'été, internaliser le développement "
          "iOS aujourd'hui confié à un freelance, et ne plus dépendre d'une seule personne pour la billetterie. "
          "Ces trois choix pèsent directement sur l'équipe mobile."),
        P("Aujourd'hui, l'équipe compte six personnes : deux développeurs Android, un développeur Flutter, une "
          "designer, un testeur et moi. L'ambiance est bonne et le turnover faible, mais tout le savoir sur le "
          "module de paiement repose sur Mathis, et la saison d'hiver impose chaque année des astreintes que "
          "deux personnes seulement savent assurer. Personne ne maîtrise Swift en interne, et la designer "
          "travaille aussi pour l'équipe web, à mi-temps."),
        P("Le contrat savoyard change l'échelle : trois fois plus de transactions un samedi de février, une "
          "exigence de disponibilité de 99,9 % pendant la saison et des pénalités en cas de panne. L'équipe "
          "actuelle a tenu l'hiver dernier, mais au prix de week-ends entiers passés en astreinte."),
        H(2, "1.1 Photo de l'équipe aujourd'hui", {"people-review": "ok"}),
        T([["Prénom", "Rôle", "Points forts", "À développer", "Envie exprimée"],
           ["Mathis", "développeur Android senior", "paiement, architecture", "transmettre, déléguer", "devenir référent technique"],
           ["Nora", "développeuse Android", "qualité du code, tests", "prise de parole en client", "rester technique"],
           ["Kévin", "développeur Flutter", "rapidité, curiosité", "rigueur de la documentation", "apprendre Swift"],
           ["Léa", "designer produit (mi-temps)", "recherche utilisateur", "design système", "passer à temps plein"],
           ["Yanis", "testeur", "connaissance métier des stations", "automatisation des tests", "devenir QA engineer"]]),
        H(1, "2. LES POSTES À OUVRIR D'ICI 2028", {"key-functions": "ok"}),
        P("Quatre recrutements, dans cet ordre, parce que l'iOS et le paiement sont les deux risques les plus "
          "immédiats pour la saison prochaine. Les profils ont été discutés avec les associés et l'équipe. Le "
          "product owner vient ensuite, quand l'offre d'été aura ses premiers clients."),
        T([["Poste", "Pourquoi", "Quand", "Contrat"],
           ["Développeur iOS confirmé", "reprendre le code du freelance et le maintenir", "mars 2027", "CDI"],
           ["Développeur back-end paiement", "doubler Mathis sur la billetterie", "juin 2027", "CDI"],
           ["Product owner", "porter l'offre été auprès des stations", "septembre 2027", "CDI"],
           ["Alternant QA", "automatiser les tests avec Yanis", "septembre 2027", "alternance"]]),
        H(1, "3. Arriver chez Boréal", {"onboarding": "ok"}),
        P("Nos deux derniers arrivants ont mis près de trois mois à livrer seuls, surtout parce que personne "
          "n'était chargé de les accueillir. Nous voulons ramener ce délai à six semaines."),
        P("Avant l'arrivée, le service administratif envoie le contrat, la mutuelle et le règlement intérieur ; "
          "l'ordinateur est préparé et les accès créés la veille. Le premier jour, la personne déjeune avec "
          "l'équipe et reçoit un forfait de saison, parce qu'on ne comprend pas nos clients sans être allé sur "
          "les pistes. Chaque arrivant a un parrain dans l'équipe, qui n'est pas son manager, et livre une "
          "petite correction en production dès la première semaine."),
        P("Un point est prévu avec moi à la fin du premier mois et à la fin de la période d'essai, avec une "
          "grille simple : ce qui est acquis, ce qui manque, ce que l'équipe doit améliorer dans l'accueil. "
          "Le développeur iOS passera en plus deux jours avec le freelance qui a écrit le code actuel, pour "
          "comprendre ses choix avant de les remettre en cause."),
        H(2, "Les trois premiers mois, semaine par semaine", {"onboarding-plan": "ok"}),
        T([["Moment", "Qui", "Quoi"],
           ["J-7", "administratif", "contrat, mutuelle, matériel, accès"],
           ["Semaine 1", "parrain", "visite, outils, première correction livrée"],
           ["Semaines 2 à 4", "parrain et Mathis", "architecture, paiement, revue de code quotidienne"],
           ["Fin du mois 1", "Sophie", "premier point, objectifs de la période d'essai"],
           ["Mois 2 et 3", "équipe", "une fonctionnalité complète, astreinte en binôme"],
           ["Fin de période d'essai", "Sophie et la personne", "bilan et suite"]]),
        H(1, "4. Qu'avons-nous besoin d'apprendre ?", {"training-needs": "ok", "training-plan": "ok"}),
        P("La revue de l'équipe montre trois manques : personne ne sait faire de l'iOS en dehors du freelance, "
          "les tests sont presque tous manuels, et nous ne savons pas vendre l'application à des clients d'été "
          "que nous ne connaissons pas. Les formations choisies répondent à ces trois points et tiennent compte "
          "de notre contrainte principale : rien entre décembre et avril, quand les stations sont ouvertes."),
        P("Chaque besoin vient d'un entretien annuel et d'un manque constaté sur un projet réel, pas d'un "
          "catalogue. Nous privilégions les formations courtes suivies d'une mise en pratique immédiate, et "
          "celui qui revient d'une formation la restitue à l'équipe en une heure le vendredi suivant."),
        T([["Formation", "Pour qui", "Format", "Quand", "Coût"],
           ["Swift et SwiftUI", "Kévin", "organisme grenoblois, 5 jours", "mai 2027", "3 200 €"],
           ["Tests automatisés mobiles", "Yanis et Nora", "en ligne puis atelier interne", "juin 2027", "2 400 €"],
           ["Design système", "Léa", "conférence et coaching", "octobre 2027", "2 800 €"],
           ["Animer un atelier client", "Mathis et Nora", "formation inter-entreprises, 2 jours", "septembre 2027", "2 600 €"],
           ["Management de proximité", "Sophie", "école de management, 6 jours", "2027-2028", "4 500 €"]]),
        H(2, "4.1 Et après ? Les parcours", {"career-plan": "ok"}),
        T([["Qui", "Vers quoi", "Comment", "Échéance"],
           ["Mathis", "référent technique", "binôme avec le nouveau back-end, temps dédié à l'architecture", "fin 2027"],
           ["Léa", "designer à temps plein sur le mobile", "budget du poste repris sur l'équipe mobile", "janvier 2027"],
           ["Yanis", "QA engineer", "formation, tutorat de l'alternant", "2028"]]),
        H(1, "5. Notre équipe mobile en 2028", {"team-vision": "ok"}),
        P("En 2028, je voudrais une équipe de dix personnes capable de livrer toute l'année, et non plus en "
          "courant avant chaque ouverture des stations. Concrètement, deux petites équipes de quatre, l'une "
          "tournée vers l'hiver et la billetterie, l'autre vers l'été et les nouveaux clients, avec un product "
          "owner commun et une designer à temps plein."),
        P("Personne ne doit être seul à connaître une partie critique du produit : chaque module a au moins "
          "deux personnes capables de le corriger un dimanche de février. Les astreintes tournent entre six "
          "personnes au lieu de deux. Les tests automatisés couvrent le parcours d'achat, ce qui libère Yanis "
          "pour tester avec de vrais skieurs."),
        P("Je veux aussi que l'équipe garde ce qui fait sa force aujourd'hui : la proximité avec le terrain. "
          "Chaque membre passe au moins deux jours par saison en station, au guichet ou avec les pisteurs, et "
          "les retours des utilisateurs sont lus ensemble le vendredi. Enfin, la responsable de l'équipe, moi "
          "aujourd'hui, doit pouvoir s'absenter trois semaines sans que rien ne s'arrête : Mathis et le product "
          "owner se partageront alors les décisions."),
        P("Cette équipe ne se construira pas seulement par les recrutements. Elle suppose que chacun "
          "accepte de transmettre ce qu'il sait, que les réunions restent courtes et que les décisions "
          "techniques se prennent par écrit, pour que les nouveaux puissent comprendre pourquoi le code est "
          "ainsi fait."),
        H(1, "6. Combien ?", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Total"],
           ["Formations", "11 000 €", "4 500 €", "15 500 €"],
           ["Recrutements (cabinet, annonces)", "28 000 €", "6 000 €", "34 000 €"],
           ["Accueil (matériel, forfaits, parrainage)", "14 000 €", "4 000 €", "18 000 €"],
           ["Séminaire d'équipe annuel", "9 000 €", "9 500 €", "18 500 €"],
           ["Total", "62 000 €", "24 000 €", "86 000 €"]]),
        H(2, "Calendrier", {"timeline": "empty"}),
        H(1, "7. Ce qui pourrait mal tourner"),
        P("Le marché des développeurs iOS est tendu à Grenoble ; si le poste n'est pas pourvu en juin, nous "
          "prolongerons le freelance d'une saison. Si l'offre d'été ne trouve pas de client avant fin 2027, le "
          "poste de product owner sera décalé d'un an."),
        H(1, "8. Comment saurons-nous que ça marche ?", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible 2028"],
           ["Délai avant une première livraison seule", "12 semaines", "6 semaines"],
           ["Personnes capables d'assurer l'astreinte", "2", "6"],
           ["Départs volontaires par an", "0", "au plus 1"],
           ["Jours de formation par personne et par an", "1", "4"],
           ["Satisfaction de l'équipe (enquête interne, sur 10)", "7,4", "8"]]),
    ],
    missing=["target-organisation"],
)
