from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Written from
    scratch with python-docx: Solaire Ardèche, a 23-person installer of rooftop solar panels in Aubenas, launches
    a yearly maintenance contract for the 2,400 installations it has fitted since 2016 and steers the launch.
    Shortened and question headings, a KPI table, a dashboard picture. The gap analysis is split over two
    headings (the first quarter, then what the team draws from it). An appendix of the authors' own defines the
    data sources.""",
    title="Contrat Sérénité : pilotage du lancement",
    cover=["Solaire Ardèche – Étude de cas 1", "Hugo Chabert et Nina Faure, novembre 2026"],
    blocks=[
        H(1, "Gouvernance", {"steering-governance": "ok"}),
        P("Le contrat Sérénité propose, pour 149 € par an, une visite de contrôle, le nettoyage des panneaux et "
          "une intervention sous 72 heures en cas de panne de l'onduleur. L'objectif de la direction est de "
          "signer 600 contrats la première année auprès des 2 400 clients déjà équipés, afin de lisser l'activité "
          "des techniciens pendant l'hiver, quand les nouvelles poses ralentissent."),
        P("Le projet est porté par Nina Faure, responsable commerciale, qui en est la cheffe de projet. Hugo "
          "Chabert, responsable technique, répond des visites et des délais d'intervention. Le gérant, Pascal "
          "Vernet, arbitre le budget et tranche quand les deux priorités se contredisent, par exemple quand un "
          "technicien est demandé à la fois sur un chantier neuf et sur une panne sous contrat."),
        P("Les décisions se prennent dans un comité mensuel qui réunit ces trois personnes et l'assistante "
          "administrative, qui suit la facturation. Entre deux comités, Nina peut modifier les messages et les "
          "relances commerciales sans validation ; tout changement de prix ou de délai d'intervention revient au "
          "gérant. Les comptes rendus tiennent sur une page et sont affichés dans la salle de pause, pour que les "
          "techniciens sachent où en est le lancement."),
        H(2, "Quels rendez-vous ?", {"rituals": "ok"}),
        T([["Rendez-vous", "Fréquence", "Participants", "Ce qu'on y regarde", "Durée"],
           ["Point du lundi", "chaque semaine", "Nina, Hugo", "contrats signés, visites planifiées, pannes en cours", "20 min"],
           ["Comité Sérénité", "chaque mois", "Nina, Hugo, Pascal, assistante", "tableau de bord complet, décisions", "1 h"],
           ["Revue trimestrielle", "chaque trimestre", "comité + deux techniciens", "écarts au prévisionnel, actions correctives", "2 h"]]),
        H(1, "Pourquoi ces indicateurs ?", {"kpi-selection": "ok"}),
        P("Nous voulions peu d'indicateurs, chacun lié à une question que le comité se pose vraiment. Le nombre de "
          "contrats signés dit si l'offre se vend ; le taux de transformation des appels dit si nos commerciaux "
          "savent la présenter. Le délai d'intervention mesure la promesse faite au client, et c'est lui qui "
          "fera renouveler ou non le contrat l'an prochain."),
        P("Nous avons écarté le chiffre d'affaires seul, qui masque le coût des déplacements, au profit de la marge "
          "par contrat, calculée avec les kilomètres réellement parcourus. Enfin, nous suivons la satisfaction "
          "après chaque visite par un SMS à une question, parce que les avis en ligne arrivent trop tard pour "
          "corriger quoi que ce soit. Chaque indicateur a une source que nous possédons déjà : logiciel de "
          "planning, standard téléphonique et facturation ; aucun ne demande de saisie supplémentaire aux techniciens."),
        H(1, "Nos six indicateurs", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Source", "Fréquence", "Cible", "Seuil d'alerte", "Responsable"],
           ["Contrats signés", "cumul depuis le lancement", "facturation", "hebdomadaire", "600 à 12 mois", "moins de 40 par mois", "Nina"],
           ["Taux de transformation", "contrats ÷ appels sortants aboutis", "standard + facturation", "mensuelle", "18 %", "sous 12 %", "Nina"],
           ["Délai d'intervention", "heures entre l'appel et l'arrivée", "logiciel de planning", "hebdomadaire", "72 h", "plus de 96 h", "Hugo"],
           ["Visites réalisées", "visites faites ÷ visites dues", "logiciel de planning", "mensuelle", "95 %", "sous 85 %", "Hugo"],
           ["Marge par contrat", "prix − (temps + kilomètres)", "facturation + planning", "trimestrielle", "55 €", "sous 35 €", "Pascal"],
           ["Satisfaction", "note moyenne du SMS après visite", "SMS", "mensuelle", "4,5 / 5", "sous 4", "Nina"]]),
        H(1, "À quoi ressemble l'écran de pilotage ?", {"dashboard": "ok"}),
        Img(["Contrats signés", "Transformation", "Délai d'intervention", "Marge"],
            caption="Maquette de l'écran partagé, mis à jour chaque lundi à partir du planning et de la facturation."),
        H(1, "Écarts : le premier trimestre", {"gap-analysis": "ok"}),
        P("Après trois mois, nous avons signé 118 contrats au lieu des 150 prévus, soit 21 % de retard. Le taux de "
          "transformation est bon, à 19 %, mais les commerciaux ont passé moitié moins d'appels que prévu, "
          "occupés par les devis de nouvelles poses au printemps. Le délai d'intervention dérape en mars : "
          "104 heures en moyenne, au-dessus du seuil, parce que deux techniciens étaient en formation."),
        H(2, "Prévu / réalisé", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu T1", "Réalisé T1", "Écart"],
           ["Contrats signés", "150", "118", "−21 %"],
           ["Taux de transformation", "18 %", "19 %", "+1 pt"],
           ["Délai d'intervention", "72 h", "104 h", "+32 h"],
           ["Visites réalisées", "95 %", "91 %", "−4 pts"],
           ["Marge par contrat", "55 €", "48 €", "−7 €"]]),
        H(1, "Écarts : ce qu'on en retient", {"gap-analysis": "ok"}),
        P("Le produit plaît, mais nous ne le proposons pas assez souvent : le problème est de temps commercial, pas "
          "d'offre. Le délai et la marge souffrent de la même cause, des tournées mal regroupées, qui envoient un "
          "technicien à Privas le matin et à Vals l'après-midi. "
          "Nous gardons l'objectif de 600 contrats : le taux de transformation montre que la demande existe, "
          "à condition de redonner aux commerciaux le temps d'appeler les clients déjà équipés."),
        H(2, "Que corriger ?", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Responsable", "Échéance", "Effet attendu"],
           ["Appels trop rares", "deux demi-journées d'appels bloquées chaque semaine", "Nina", "avril", "+35 contrats par trimestre"],
           ["Délai au-dessus du seuil", "un technicien d'astreinte Sérénité par semaine", "Hugo", "avril", "retour sous 72 h"],
           ["Marge en baisse", "tournées regroupées par secteur dans le planning", "Hugo", "mai", "−20 % de kilomètres"]]),
        H(1, "Qui alerter, et quand ?", {"reporting-escalation": "ok"}),
        P("Chaque lundi, Nina envoie l'écran de pilotage au comité par courriel, avec trois lignes de commentaire. "
          "Si un indicateur passe sous son seuil d'alerte deux semaines de suite, le responsable prévient le "
          "gérant sans attendre le comité et propose une action. Une panne sous contrat non traitée après "
          "96 heures remonte directement au gérant, qui appelle lui-même le client. Chaque trimestre, une synthèse "
          "d'une page est présentée aux associés avec les écarts et les décisions prises. "
          "Les associés peuvent alors revoir la cible ou le prix du contrat."),
        H(1, "Annexe A – D'où viennent les chiffres", {}),
        P("Facturation : logiciel Sellsy, export chaque lundi. Planning : Organilog, qui horodate l'appel du client "
          "et l'arrivée du technicien. Standard : Ringover, qui compte les appels sortants aboutis. SMS de "
          "satisfaction : envoyés par Organilog à la clôture de chaque visite."),
    ],
)
