from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 64 (h64_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer. French: a Grenoble workshop that repairs and services company
    e-bike fleets on site builds its commercial strategy. The authors' own headings; some sub-headings are bold
    Normal paragraphs; segmentation text and its grid under one heading (merged); the budget heading has nothing
    under it (empty).""",
    title="VéloMéca Services – notre stratégie commerciale 2027",
    cover=["Projet de transformation – stratégie commerciale", "Inès Fabre et Hugo Mercier – décembre 2026"],
    blocks=[
        H(1, "1. Où en sommes-nous ?", {"market-diagnosis": "ok"}),
        P("VéloMéca Services est un atelier grenoblois de six mécaniciens créé en 2021. Nous entretenons sur place "
          "les flottes de vélos à assistance électrique que les entreprises prêtent à leurs salariés : une camionnette "
          "équipée vient sur le parking, répare et repart. Notre chiffre d'affaires 2026 atteindra 410 000 euros, "
          "dont 70 % réalisés avec seulement quatre clients, ce qui nous rend fragiles."),
        P("Le marché grandit vite. Le forfait mobilités durables pousse les employeurs à proposer des vélos, et la "
          "métropole compte déjà environ 9 000 vélos de fonction, contre 3 000 il y a trois ans. Les loueurs "
          "nationaux de flottes sous-traitent l'entretien à des ateliers locaux, souvent débordés. Face à nous, deux "
          "concurrents : un réseau national de réparateurs mobiles, moins cher mais lent à intervenir, et les "
          "magasins de cycles, qui exigent que les vélos leur soient apportés."),
        P("Notre offre se distingue par l'intervention en moins de 48 heures et par un rapport d'état de chaque vélo "
          "après passage. Sa faiblesse : aucune démarche commerciale structurée, nos clients sont venus par le "
          "bouche-à-oreille."),
        H(1, "2. Ce que nous visons en 2027", {"commercial-objectives": "ok"}),
        P("Nous voulons réduire notre dépendance aux quatre grands comptes et faire croître l'activité sans perdre "
          "notre délai d'intervention. Nous nous fixons trois objectifs chiffrés pour fin 2027 : signer douze "
          "nouveaux contrats d'entreprise, porter le chiffre d'affaires à 560 000 euros, et ramener la part des "
          "quatre premiers clients sous 50 %. Nous suivrons chaque mois le nombre de rendez-vous commerciaux, le taux "
          "de transformation des devis, le délai moyen d'intervention, qui doit rester sous 48 heures, et la note de "
          "satisfaction laissée par les salariés après chaque passage. Un tableau de bord d'une page réunira ces "
          "chiffres, comparés chaque trimestre à notre objectif et à l'année précédente, puis discutés en équipe le lundi suivant."),
        H(1, "3. À qui nous adressons-nous ?", {"stp": "ok", "segmentation": "ok"}),
        P("Nous avons classé les entreprises de la métropole selon la taille de leur flotte et leur manière de "
          "l'acheter. Trois groupes ressortent. Les grands employeurs, hôpitaux, laboratoires et collectivités, "
          "possèdent plus de cinquante vélos et passent par des appels d'offres. Les PME de vingt à cinquante vélos "
          "décident vite, souvent par le directeur administratif. Enfin, les loueurs de flottes cherchent un "
          "sous-traitant fiable pour tenir leurs engagements. Nous choisissons de viser d'abord les PME et les "
          "loueurs : les cycles de vente sont courts et notre rapidité y vaut cher. Les grands employeurs "
          "viendront plus tard, quand nos références seront assez solides pour répondre à leurs appels d'offres."),
        T([["Groupe", "Taille", "Qui décide", "Priorité"],
           ["Grands employeurs", "plus de 50 vélos", "acheteur, appel d'offres", "2028"],
           ["PME", "20 à 50 vélos", "directeur administratif", "cible n° 1"],
           ["Loueurs de flottes", "200 vélos et plus", "responsable des opérations", "cible n° 2"]]),
        B("Notre place face aux autres", {"positioning": "ok"}),
        P("Nous voulons être l'atelier qui vient vite et qui rend des comptes. Là où le réseau national promet un "
          "prix bas et intervient en une à deux semaines, nous garantissons 48 heures et un compte rendu par vélo, "
          "pour un tarif un peu plus élevé, 89 euros l'entretien annuel contre 75. Face aux magasins, notre "
          "argument est simple : le salarié ne perd pas une demi-journée pour déposer son vélo. Nous ne chercherons jamais à être les "
          "moins chers : notre promesse est la disponibilité des vélos, donc la tranquillité du gestionnaire de flotte."),
        B("Pourquoi nous choisir", {"value-proposition": "ok"}),
        L(["Intervention sur le parking du client en moins de 48 heures",
           "Rapport d'état de chaque vélo, consultable en ligne par le gestionnaire",
           "Un interlocuteur unique, joignable par téléphone, pour toute la flotte"]),
        H(1, "4. Produit, prix, place, promotion", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Offre", "contrat annuel d'entretien, réparations à la demande, pièces d'usure incluses au-delà de 30 vélos"],
           ["Prix", "89 euros par vélo et par an, dégressif à partir de 40 vélos"],
           ["Distribution", "vente directe, partenariat avec deux loueurs de flottes"],
           ["Communication", "démonstrations sur site, salon mobilité de la CCI, page LinkedIn"]]),
        H(1, "5. Le plan d'action commercial", {"deployment-plan": "ok"}),
        T([["Trimestre", "Action", "Responsable", "Résultat attendu"],
           ["T1 2027", "prospection de 60 PME avec une démonstration offerte", "Hugo", "15 rendez-vous"],
           ["T2 2027", "accord de sous-traitance avec un loueur national", "Inès", "un contrat cadre"],
           ["T3 2027", "stand au salon mobilité de la CCI", "Hugo", "30 contacts qualifiés"],
           ["T4 2027", "relance des devis et bilan annuel", "Inès et Hugo", "12 contrats signés au total"]]),
        H(1, "6. Combien cela coûte", {"commercial-budget": "empty"}),
        H(1, "7. Comment nous pilotons le projet", {"project-processes": "ok"}),
        P("Le projet commercial est porté par Inès, cogérante, avec Hugo, recruté en janvier comme chargé "
          "d'affaires. Nous nous réunissons chaque lundi matin pendant une demi-heure pour passer en revue les "
          "rendez-vous de la semaine, les devis envoyés et les interventions en retard. Une fois par mois, nous "
          "faisons un point plus long avec le chef d'atelier, car chaque contrat signé doit être tenable par les "
          "mécaniciens : aucune signature n'est validée sans son avis sur le planning."),
        P("Les prospects sont suivis dans un outil de gestion de la relation client en ligne, que nous avons "
          "choisi gratuit jusqu'à deux utilisateurs. Chaque devis passe par trois étapes : visite de la flotte, "
          "proposition chiffrée sous cinq jours, relance à quinze jours. Les indicateurs du deuxième chapitre sont "
          "mis à jour le dernier vendredi du mois et partagés avec toute l'équipe, pour que les mécaniciens voient "
          "aussi l'effet de leur rapidité sur les ventes. En cas de retard sur un objectif deux mois de suite, nous "
          "revoyons le plan d'action avec toute l'équipe plutôt que d'attendre la fin de l'année."),
        H(2, "Le parcours d'un devis", {"process-map": "ok"}),
        T([["Étape", "Qui", "Délai"],
           ["Premier contact et visite de la flotte", "Hugo", "sous 7 jours"],
           ["Devis chiffré", "Hugo avec le chef d'atelier", "sous 5 jours"],
           ["Relance", "Hugo", "à 15 jours"],
           ["Signature et planification", "Inès", "sous 3 jours"]]),
        H(2, "Qui fait quoi", {"raci": "ok"}),
        T([["Tâche", "Inès", "Hugo", "Chef d'atelier", "Mécaniciens"],
           ["Prospection", "A", "R", "I", "I"],
           ["Devis", "A", "R", "C", "I"],
           ["Planification des interventions", "A", "I", "R", "C"],
           ["Suivi des indicateurs", "R", "C", "C", "I"]]),
    ],
)
