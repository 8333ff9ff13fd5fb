from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the planning of the new library system and reader portal of the twelve media libraries of
    Valence Romans Agglo. Paraphrased and question headings. The dependencies and critical path get three sentences
    (thin). The comparison of methods is a table under the methodology heading, with no heading of its own (merged). An extra section of the authors' own on how the team worked ("Comment nous avons construit ce planning").
    No WBS diagram, no Gantt chart picture (the dated table stands in), no release plan (the project is not run in
    sprints): missing.""",
    missing=["wbs-diagram", "gantt-chart", "release-plan"],
    title="Un seul catalogue pour douze médiathèques",
    cover=["Étude de cas 1 – planification séquencée", "Équipe : Manon Giraud, Bastien Roche, Inès Belkacem",
           "Donneur d'ordre : Valence Romans Agglo, direction de la lecture publique – novembre 2026"],
    blocks=[
        H(1, "1. Le cadre que nous nous sommes donné", {"planning-frame": "ok"}),
        P("Les douze médiathèques de l'agglomération utilisent aujourd'hui deux logiciels de gestion différents, "
          "hérités de la fusion de 2017 : l'un à Valence et dans les communes du nord, l'autre à Romans et dans le "
          "sud. Les lecteurs ont deux cartes, deux catalogues en ligne et ne peuvent pas réserver un livre d'un réseau "
          "à l'autre. Le cahier des charges validé en octobre prévoit un système unique, un portail lecteur commun et "
          "une navette documentaire entre les sites."),
        P("Nous planifions sur dix-huit mois, de janvier 2027 à juin 2028, avec une contrainte forte : aucune "
          "médiathèque ne doit fermer plus de trois jours, et jamais pendant les vacances scolaires ni pendant le "
          "festival du livre de mars. Nous supposons que le marché public sera notifié fin mars 2027, que l'équipe "
          "projet compte 1,6 équivalent temps plein côté agglomération, et que les 310 000 notices peuvent être "
          "fusionnées par le prestataire sans ressaisie manuelle au-delà de 5 %. Si l'une de ces hypothèses tombe, "
          "le planning est à revoir au comité de pilotage suivant."),
        H(1, "2. Pourquoi un cycle en V avec des lots pilotes ?", {"methodology": "ok", "methodology-comparison": "ok"}),
        P("Nous avons hésité entre trois façons de conduire le projet. La migration d'un catalogue et des comptes de "
          "48 000 lecteurs ne se découpe pas en petites livraisons : les données doivent basculer d'un bloc, à une date "
          "fixée avec le prestataire, après une recette complète. Un cycle séquentiel convient donc au cœur du projet. "
          "En revanche, le portail lecteur est un produit que les bibliothécaires et les usagers doivent voir et "
          "corriger ; l'écrire entièrement avant de le montrer nous ferait découvrir trop tard les écrans inutiles."),
        P("Nous avons donc retenu une démarche hybride : un cycle en V pour le système de gestion et la reprise des "
          "données, et des itérations de trois semaines pour le portail, chacune montrée à un panel de dix lecteurs. "
          "Le déploiement se fait par vagues : deux médiathèques pilotes (Bourg-lès-Valence et Chabeuil), puis le "
          "reste en trois vagues. Ce choix rassure les élus, qui veulent une date de bascule, et laisse aux équipes "
          "le temps d'apprendre sur un petit site avant les grandes médiathèques."),
        T([["Démarche", "Points forts pour nous", "Limites pour nous", "Retenue ?"],
           ["Cycle en V pur", "dates claires pour le marché public", "portail découvert trop tard par les lecteurs", "non"],
           ["Agile (Scrum) partout", "retours rapides des usagers", "une migration de données ne se livre pas par morceaux", "non"],
           ["Hybride et vagues pilotes", "bascule datée, portail testé en continu", "deux rythmes à coordonner", "oui"]]),
        H(1, "3. Que faut-il faire, concrètement ?", {"activities": "ok"}),
        T([["N°", "Activité", "Responsable", "Durée"],
           ["A1", "Rédiger et publier le marché", "service commande publique", "10 semaines"],
           ["A2", "Analyser les offres et notifier", "équipe projet", "6 semaines"],
           ["A3", "Nettoyer et dédoublonner les notices", "prestataire et catalogueurs", "14 semaines"],
           ["A4", "Paramétrer le système de gestion", "prestataire", "12 semaines"],
           ["A5", "Construire le portail en itérations", "prestataire et panel de lecteurs", "24 semaines"],
           ["A6", "Former les 95 agents", "référents et prestataire", "16 semaines"],
           ["A7", "Basculer les pilotes puis trois vagues", "équipe projet", "20 semaines"],
           ["A8", "Organiser la navette entre sites", "service logistique", "8 semaines"]]),
        H(1, "4. Découpage en lots", {"wbs": "ok"}),
        T([["Code", "Lot", "Sous-lots"],
           ["1", "Pilotage", "1.1 comités ; 1.2 budget ; 1.3 communication aux élus"],
           ["2", "Marché", "2.1 dossier de consultation ; 2.2 analyse ; 2.3 notification"],
           ["3", "Données", "3.1 nettoyage ; 3.2 fusion des lecteurs ; 3.3 reprise à blanc"],
           ["4", "Système de gestion", "4.1 paramétrage ; 4.2 interfaces caisse et RFID ; 4.3 recette"],
           ["5", "Portail lecteur", "5.1 maquettes ; 5.2 itérations ; 5.3 accessibilité"],
           ["6", "Déploiement", "6.1 pilotes ; 6.2 vagues ; 6.3 navette ; 6.4 formation"]]),
        H(1, "5. Le calendrier mois par mois", {"schedule": "ok"}),
        T([["Lot", "T1 2027", "T2 2027", "T3 2027", "T4 2027", "T1 2028", "T2 2028"],
           ["Marché", "rédaction, publication", "analyse, notification", "", "", "", ""],
           ["Données", "", "nettoyage", "nettoyage, reprise à blanc", "reprise finale pilotes", "vagues 1-2", "vague 3"],
           ["Système de gestion", "", "", "paramétrage", "recette", "", ""],
           ["Portail", "", "", "itérations 1-4", "itérations 5-8", "mise en ligne", ""],
           ["Déploiement", "", "", "", "pilotes (novembre)", "vagues 1 et 2", "vague 3, bilan"]]),
        P("Les bascules sont placées en novembre, janvier, avril et juin, hors vacances et hors festival."),
        H(1, "6. Les rendez-vous à ne pas manquer", {"milestones": "ok"}),
        T([["Date", "Jalon", "Livrable", "Qui valide"],
           ["31 mars 2027", "marché notifié", "contrat signé", "bureau communautaire"],
           ["30 septembre 2027", "reprise à blanc réussie", "rapport d'écarts sous 5 %", "comité de pilotage"],
           ["15 novembre 2027", "pilotes ouverts", "deux médiathèques sur le nouveau système", "directrice lecture publique"],
           ["10 janvier 2028", "portail en ligne", "portail accessible RGAA", "panel de lecteurs et DSI"],
           ["30 juin 2028", "douze sites basculés", "bilan et levée des réserves", "comité de pilotage"]]),
        H(1, "7. Ce qui dépend de quoi", {"dependencies-critical-path": "thin"}),
        P("La bascule des pilotes attend la reprise à blanc réussie, qui attend le nettoyage des notices : c'est "
          "notre chemin critique. Le portail, lui, a de la marge. Un retard du marché décale tout."),
        H(1, "8. Qui fait quoi, et combien de jours", {"resources-workload": "ok"}),
        T([["Rôle", "Personne", "Charge 2027", "Charge 2028"],
           ["Cheffe de projet", "Manon Giraud", "160 jours", "80 jours"],
           ["Référent catalogue", "Bastien Roche", "90 jours", "30 jours"],
           ["Référente formation", "Inès Belkacem", "40 jours", "50 jours"],
           ["Catalogueurs des sites", "six agents", "15 jours chacun", "5 jours chacun"]]),
        H(1, "9. Et si ça dérape ?", {"schedule-risks": "ok"}),
        P("Trois risques peuvent décaler le calendrier. Le premier est un marché infructueux : nous gardons deux mois "
          "de marge avant les pilotes et avons consulté quatre éditeurs en amont pour savoir qu'ils répondront. Le "
          "deuxième est une reprise à blanc ratée, avec trop de notices en double ; nous prévoyons une seconde reprise "
          "en octobre et acceptons de repousser les pilotes à janvier plutôt que de basculer des données sales. Le "
          "troisième est la fatigue des équipes pendant les vagues : jamais deux sites la même semaine, et un référent "
          "présent sur place les trois premiers jours."),
        H(1, "Comment nous avons construit ce planning", {}),
        P("Nous avons passé une journée dans trois médiathèques, puis construit le découpage sur un mur de post-it "
          "avec deux bibliothécaires. Les durées viennent de deux projets comparables, à Grenoble et à Montélimar."),
    ],
)
