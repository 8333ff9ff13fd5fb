from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: la Fromagerie coopérative du Val de Vire, près de Saint-Lô, installe une ligne d'affinage pilotée par
    capteurs et ouvre deux postes. The authors' own numbered headings, some in UPPER CASE; the context, the needs
    and the list of roles each under their own heading; the job forms as tables, one per role; the technical
    skills and the soft skills in one table under one heading (merged); the profile section with its grid. No
    organisation chart anywhere (deleted: missing).""",
    title="Val de Vire : deux recrutements pour la cave connectée",
    cover=["Étude de cas 2 – fiches de poste", "Hélène Lemarchand et Bastien Oger – décembre 2026"],
    blocks=[
        H(1, "1. LA COOPÉRATIVE ET SON PROJET", {"company-context": "ok"}),
        P("La Fromagerie coopérative du Val de Vire transforme chaque année 38 millions de litres de lait apportés "
          "par 146 exploitations de la Manche. Elle emploie 118 salariés sur un seul site, à Condé-sur-Vire, et "
          "vend camembert, pont-l'évêque et beurre AOP à la grande distribution régionale et à quelques crémiers "
          "parisiens. Les caves d'affinage sont le cœur du métier : douze affineurs y retournent, surveillent et "
          "trient les fromages pendant trois à six semaines, en se fiant à leur œil et à leur main."),
        P("En 2027, la coopérative remplace deux caves vétustes par une cave neuve de 900 mètres carrés, équipée "
          "de capteurs de température, d'humidité et d'ammoniac, d'un robot de retournement et d'un logiciel qui "
          "trace chaque lot depuis le lait jusqu'à l'expédition. Le projet coûte 3,4 millions d'euros, dont un "
          "tiers financé par la Région. Le directeur de production, Patrice Hamel, veut que les affineurs gardent "
          "la décision, mais avec des données fiables sous les yeux. Aujourd'hui, personne sur le site ne sait "
          "régler ni exploiter ces équipements : le service technique compte quatre mécaniciens et un automaticien "
          "proche de la retraite."),
        H(1, "2. Ce qu'il faut trouver", {"skills-needs": "ok"}),
        P("Nous avons fait le tour des compétences avec le directeur de production, le chef de cave et le "
          "responsable qualité. Deux manques ressortent. D'abord, il faut quelqu'un pour faire parler les données "
          "de la cave : relier les courbes des capteurs aux défauts constatés au tri, proposer des réglages et "
          "former les affineurs à lire un tableau de bord. Ensuite, il faut une personne capable d'entretenir le "
          "robot et le réseau de capteurs, de diagnostiquer une panne la nuit et de dialoguer avec le fournisseur "
          "allemand de la ligne. Nous avons envisagé de confier la maintenance au fournisseur, mais son contrat "
          "prévoit une intervention sous 48 heures, ce qui est trop long quand 20 000 fromages attendent d'être "
          "retournés. Nous avons aussi renoncé à former un affineur actuel à l'analyse de données : aucun ne l'a "
          "souhaité, et le chef de cave préfère les garder à la cave. Les deux personnes recrutées devront donc "
          "arriver avant la mise en route de la cave, prévue en juin 2027, pour participer aux essais de réception "
          "avec le fournisseur et apprendre le métier d'affineur au contact de l'équipe."),
        H(2, "2.1 Les postes ouverts", {"jobs-list": "ok"}),
        T([["Poste", "Contrat", "Rattaché à", "Prise de poste"],
           ["Analyste données d'affinage", "CDI, temps plein", "directeur de production", "avril 2027"],
           ["Technicien(ne) maintenance cave connectée", "CDI, horaires en 2x8", "responsable technique",
            "février 2027"]]),
        H(1, "3. Fiche n°1 – analyste données d'affinage", {"job-description": "ok"}),
        T([["", "Description"],
           ["Raison d'être du poste", "aider les affineurs à décider avec des mesures fiables et réduire les "
                                      "fromages déclassés"],
           ["Missions principales", "suivre les capteurs de la cave, croiser les mesures avec les résultats du "
                                    "tri, proposer des consignes, animer un point hebdomadaire avec la cave"],
           ["Interlocuteurs", "chef de cave, qualité, service technique, éditeur du logiciel de traçabilité"],
           ["Conditions", "site de Condé-sur-Vire, bureau et cave (10 °C), tenue d'hygiène obligatoire"],
           ["Salaire", "36 000 à 41 000 euros bruts annuels, intéressement coopératif"]]),
        H(2, "3.1 Fiche n°2 – technicien(ne) maintenance", {"job-description": "ok"}),
        T([["", "Description"],
           ["Raison d'être du poste", "que le robot et les capteurs ne s'arrêtent jamais plus d'une heure"],
           ["Missions principales", "maintenance préventive du robot, étalonnage des capteurs, dépannage, "
                                    "relation avec le fournisseur, tenue du carnet d'interventions"],
           ["Interlocuteurs", "responsable technique, chef de cave, fournisseur de la ligne"],
           ["Conditions", "2x8 en semaine, astreinte un week-end sur quatre"],
           ["Salaire", "30 000 à 34 000 euros bruts annuels, prime d'astreinte"]]),
        H(1, "4. COMPÉTENCES TECHNIQUES ET QUALITÉS HUMAINES", {"key-competences": "ok", "transversal-skills": "ok"}),
        P("Le tableau réunit ce que chaque poste doit savoir faire et la manière dont la personne doit travailler "
          "avec les équipes. Les qualités humaines ont compté autant que la technique dans nos échanges avec la "
          "cave : un nouveau venu qui donnerait des ordres aux affineurs ou qui se cacherait derrière son écran "
          "échouerait, quel que soit son niveau."),
        T([["Compétence", "Analyste", "Technicien(ne)", "Type"],
           ["Analyse statistique de séries de mesures", "indispensable", "non", "technique"],
           ["Maintenance de robots et automates", "non", "indispensable", "technique"],
           ["Hygiène alimentaire, méthode HACCP", "utile", "indispensable", "technique"],
           ["Expliquer simplement à des non-spécialistes", "indispensable", "utile", "humaine"],
           ["Garder son calme lors d'une panne de nuit", "utile", "indispensable", "humaine"],
           ["Écouter le savoir des affineurs avant de proposer", "indispensable", "indispensable", "humaine"],
           ["Rigueur dans la traçabilité des lots", "indispensable", "indispensable", "humaine"]]),
        H(1, "5. Qui recherchons-nous vraiment ?", {"profile-fit": "ok"}),
        P("Pour l'analyste, nous visons un profil bac+5 en statistique ou en science des données, avec une "
          "première expérience en industrie, idéalement agroalimentaire. Nous ne cherchons pas un spécialiste "
          "de l'intelligence artificielle : les modèles utiles à la cave sont simples, et le vrai travail "
          "consiste à gagner la confiance des affineurs. Un stage ou une alternance dans une laiterie, une "
          "brasserie ou une biscuiterie compte davantage qu'un doctorat. Pour le poste de technicien, un BTS "
          "maintenance des systèmes ou électrotechnique et trois ans d'expérience sur des lignes automatisées "
          "suffisent ; la connaissance de l'allemand est un plus, pas une condition. Dans les deux cas, la "
          "personne doit accepter de travailler en tenue d'hygiène dans une cave froide et humide. Les exigences "
          "seront vérifiées par un entretien avec le directeur de production, une demi-journée en cave avec le "
          "chef de cave et, pour le technicien, un cas de panne à résoudre sur l'ancienne ligne. Deux affineurs "
          "volontaires participeront à la demi-journée en cave et donneront leur avis, car ce sont eux qui "
          "travailleront chaque jour avec la personne retenue."),
        H(2, "5.1 Grille", {"requirements-grid": "ok"}),
        T([["Exigence", "Poste", "Vérification", "Bloquante"],
           ["Traitement de séries de mesures", "analyste", "exercice sur des données réelles de la cave", "oui"],
           ["Dépannage d'automates", "technicien(ne)", "cas de panne sur l'ancienne ligne", "oui"],
           ["Travail en milieu froid et humide", "les deux", "demi-journée en cave", "oui"],
           ["Allemand technique", "technicien(ne)", "échange téléphonique", "non"]]),
    ],
    missing=["organisation-chart"],
)
