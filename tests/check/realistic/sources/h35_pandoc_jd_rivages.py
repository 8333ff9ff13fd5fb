from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Rivages, a 34-person cooperative engineering office in Angers that models floods for towns along the
    Loire, launches a subscription flood-alert service and hires two people for it. The author's own numbered
    headings, four of them in UPPER CASE; the job form split over two headings, one per role; technical and
    soft skills in one table under one heading (key competences and transversal skills merged); the requirements
    grid a table under the fit section; the organisation chart deleted (missing); a closing section of the
    author's own on the hiring calendar.""",
    missing=["organisation-chart"],
    title="Rivages – deux recrutements pour le service d'alerte crues",
    cover=["Étude de cas 2 – fiches de poste", "Élodie Moreau, gérante – décembre 2026"],
    blocks=[
        H(1, "1. RIVAGES ET SON NOUVEAU SERVICE", {"company-context": "ok"}),
        P("Rivages est une société coopérative de 34 salariés installée à Angers depuis 2004. Nous modélisons les "
          "crues et le ruissellement pour les communes, les intercommunalités et les syndicats de rivière du bassin "
          "de la Loire : cartes des zones inondables, études avant travaux de digues, plans communaux de "
          "sauvegarde. Notre chiffre d'affaires est de 3,1 millions d'euros, à 85 % public. L'équipe compte "
          "dix-neuf ingénieurs hydrauliciens, six géomaticiens, quatre chargés d'affaires et cinq personnes à "
          "l'administration."),
        P("En 2027, nous lançons Veille Crue, un service par abonnement : chaque nuit, nos modèles tournent avec les "
          "prévisions de pluie de Météo-France et les hauteurs d'eau des stations, et chaque commune abonnée "
          "reçoit le matin une carte des rues menacées dans les 48 heures. Douze communes pilotes ont signé pour "
          "l'hiver 2027. Ce service nous fait passer de l'étude livrée une fois à une exploitation quotidienne, "
          "avec des clients qui nous appelleront en pleine nuit. L'équipe Veille Crue sera rattachée à Damien "
          "Guérin, directeur technique, et comptera d'abord quatre personnes, dont les deux recrues décrites ici."),
        H(1, "2. Pourquoi recruter maintenant", {"skills-needs": "ok"}),
        P("Nos ingénieurs savent construire un modèle, mais pas le faire tourner seul chaque nuit, surveiller qu'il "
          "ne s'est pas arrêté et publier ses résultats avant sept heures. Il nous manque une personne qui "
          "automatise les chaînes de calcul, récupère les données des stations, contrôle leur qualité et produise "
          "les cartes sans intervention humaine. Nous avons cherché en interne : deux géomaticiens s'y intéressent "
          "mais aucun ne programme assez pour tenir un service quotidien."),
        P("Le second manque est commercial et humain. Vendre un abonnement n'a rien à voir avec répondre à un appel "
          "d'offres : il faut présenter le service aux élus, former les agents des communes à lire les cartes, "
          "répondre à leurs questions quand l'alerte tombe, et renouveler les contrats chaque année. Nos chargés "
          "d'affaires sont pris par les études. Nous cherchons quelqu'un qui connaît le fonctionnement des "
          "collectivités et qui garde son calme au téléphone lors d'une crue. Sans ces deux personnes, les douze "
          "communes pilotes seraient suivies sur le temps libre des ingénieurs, ce que nous refusons."),
        H(2, "2.1 Les postes ouverts", {"jobs-list": "ok"}),
        T([["Poste", "Rattachement", "Contrat", "Arrivée", "Salaire brut annuel"],
           ["Ingénieur(e) données et automatisation", "directeur technique", "CDI, Angers", "mars 2027",
            "42 000 à 48 000 €"],
           ["Chargé(e) de relations collectivités", "gérante", "CDI, Angers, déplacements", "mai 2027",
            "36 000 à 40 000 €"]]),
        H(1, "3. FICHE – INGÉNIEUR(E) DONNÉES ET AUTOMATISATION", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire tourner chaque nuit, sans faute, les modèles de Veille Crue et publier les cartes"],
           ["Activités", "automatiser les calculs ; collecter et contrôler les données des stations ; surveiller "
            "les traitements ; corriger les incidents ; documenter"],
           ["Relations", "hydrauliciens, géomaticiens, chargé(e) de relations collectivités, hébergeur"],
           ["Conditions", "une semaine d'astreinte sur quatre en saison des crues, télétravail deux jours"]]),
        H(2, "3 bis. Fiche – chargé(e) de relations collectivités", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire adopter Veille Crue par les communes et les accompagner toute l'année"],
           ["Activités", "présenter le service aux élus ; former les agents ; répondre lors des alertes ; "
            "suivre la satisfaction ; préparer les renouvellements"],
           ["Relations", "maires, secrétaires de mairie, services techniques, préfecture"],
           ["Conditions", "déplacements deux jours par semaine dans le Maine-et-Loire et l'Indre-et-Loire"]]),
        H(1, "4. CE QU'IL FAUT SAVOIR FAIRE… ET SAVOIR ÊTRE", {"key-competences": "ok", "transversal-skills": "ok"}),
        P("Nous avons séparé le cœur de métier de chaque poste et les qualités qui font qu'une personne tient dans "
          "une équipe d'astreinte. Les niveaux vont de 1 (notions) à 4 (autonome et capable de former)."),
        T([["Compétence", "Type", "Ingénieur(e) données", "Chargé(e) collectivités"],
           ["Python et planification des traitements", "métier", "4", "1"],
           ["Bases de données géographiques", "métier", "3", "1"],
           ["Hydrologie et lecture des modèles", "métier", "2", "2"],
           ["Fonctionnement des communes et marchés publics", "métier", "1", "4"],
           ["Animation de réunions avec des élus", "métier", "1", "3"],
           ["Sang-froid pendant une crue", "savoir-être", "3", "4"],
           ["Rigueur et sens du détail", "savoir-être", "4", "3"],
           ["Pédagogie envers des non-spécialistes", "savoir-être", "2", "4"],
           ["Travail en binôme et entraide", "savoir-être", "3", "3"]]),
        P("Le sang-froid vient en premier pour la personne chargée des collectivités : lors de la crue de janvier "
          "2025, un maire nous a appelés onze fois en une nuit, et c'est la voix au bout du fil qui l'a rassuré."),
        H(1, "5. Le profil que nous cherchons", {"profile-fit": "ok"}),
        P("Pour le poste données, nous préférons une personne venue de l'informatique qui s'intéresse à l'eau plutôt "
          "qu'un hydraulicien qui apprendrait à programmer : les modèles existent déjà, c'est leur exploitation "
          "fiable qui manque. Un diplôme d'ingénieur ou un master en informatique ou en géomatique convient, avec "
          "deux ans d'expérience sur des traitements automatisés. L'astreinte est exigeante ; nous la compensons "
          "par une prime et un jour de récupération, et nous le disons dès la première annonce."),
        P("Pour le poste collectivités, l'expérience compte plus que le diplôme : trois ans dans une mairie, une "
          "intercommunalité ou une entreprise qui vend aux communes. Nous écarterons les profils purement "
          "commerciaux, habitués aux objectifs de vente rapides, qui ne correspondent pas à un service renouvelé "
          "chaque année sur la confiance. Le permis B est indispensable. Pour les deux postes, nous vérifierons "
          "chaque exigence pendant l'entretien par une mise en situation : un incident de nuit à résoudre pour "
          "l'un, une présentation à un conseil municipal pour l'autre, devant deux "
          "de nos associés jouant les élus inquiets."),
        H(2, "5.1 Exigences et vérification", {"requirements-grid": "ok"}),
        T([["Exigence", "Poste", "Indispensable ?", "Vérifiée par"],
           ["Automatiser des traitements en Python", "données", "oui", "exercice technique"],
           ["Accepter une astreinte", "données", "oui", "entretien"],
           ["Connaître les collectivités", "collectivités", "oui", "parcours et références"],
           ["Parler en public devant des élus", "collectivités", "oui", "mise en situation"],
           ["Notions d'hydrologie", "les deux", "non", "questions en entretien"]]),
        H(1, "6. CALENDRIER DU RECRUTEMENT", {}),
        P("Annonces publiées le 5 janvier sur notre site, l'APEC et le réseau des collectivités ; entretiens en "
          "février avec Damien Guérin et un membre du conseil de la coopérative ; réponse sous dix jours."),
    ],
)
