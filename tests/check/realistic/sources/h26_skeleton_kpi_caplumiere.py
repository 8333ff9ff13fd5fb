from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="skeleton",
    language="fr",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Cap Lumière, a solar-panel installer in Montpellier (48 people), launches an online quote
    configurator and a maintenance subscription, and the candidate sets out how the launch is steered. Guidance
    boxes deleted. The governance heading retyped "Qui pilote quoi, et à quel rythme ?" and the choice of
    indicators "Pourquoi ces indicateurs-là" (runs replaced, bookmarks lost); the forecast/actual table retyped
    "Mars 2027 : prévu contre constaté" keeping its bookmark. The rituals, KPI, forecast/actual and corrective
    action tables filled (the rituals' pre-filled row labels kept, two rows added to the KPI table). The dashboard
    mock-up was deleted with its heading and caption (missing); the reporting section still our prompt
    (placeholder).""",
    cover={"company": "Cap Lumière", "candidate": "Nour Benali", "school": "Web School Factory"},
    sections={
        "steering-governance": dict(status="ok", retitle="Qui pilote quoi, et à quel rythme ?", text=[
            "Cap Lumière installe environ 900 toitures solaires par an dans l'Hérault et le Gard. Jusqu'ici, chaque "
            "devis demandait une visite d'un technicien avant même que le client sache si le projet l'intéressait. "
            "Le projet lancé en janvier 2027 comporte deux volets : un configurateur de devis en ligne, qui estime "
            "la production et le prix à partir de l'adresse et d'une photo du toit, et un abonnement d'entretien à "
            "9 euros par mois pour les clients déjà équipés.",
            "Le projet est sponsorisé par Hélène Marty, directrice générale. Un comité de pilotage réunit chaque "
            "mois la directrice, le directeur commercial, la responsable du service client, le chef de projet "
            "numérique et le prestataire web ; il arbitre le budget, valide les jalons et décide des actions "
            "correctives quand un indicateur passe au rouge. Le comité projet, chaque semaine, suit l'avancement "
            "technique et les incidents. Les chiffres remontent automatiquement du CRM et de l'outil de paiement "
            "dans le tableau de bord, et le chef de projet en fait une synthèse d'une page la veille de chaque "
            "comité. Chaque indicateur a un seul propriétaire, nommé dans le tableau plus bas."]),
        "rituals": dict(status="ok", skip_cols=1, tables=[[
            [None, "directrice générale, directeur commercial, service client, chef de projet, prestataire",
             "mensuelle", "synthèse d'une page, tableau de bord", "budget, jalons, actions correctives", "1 h 30"],
            [None, "chef de projet, prestataire, deux commerciaux", "hebdomadaire", "incidents, avancement",
             "priorités de la semaine", "45 min"],
            [None, "directeur commercial, commerciaux", "hebdomadaire, le lundi",
             "devis en ligne reçus, visites planifiées", "relances, répartition des visites", "30 min"],
            [None, "prestataire, chef de projet", "toutes les deux semaines", "démo du configurateur",
             "corrections à faire, recette", "1 h"],
            [None, "service client", "chaque matin", "demandes de la veille",
             "qui rappelle qui dans la journée", "10 min"]]]),
        "kpi-selection": dict(status="ok", retitle="Pourquoi ces indicateurs-là", text=[
            "Nous sommes partis des trois objectifs fixés par la direction pour 2027 : obtenir 40 % des demandes "
            "de devis par le configurateur, transformer au moins un devis en ligne sur cinq en installation signée, "
            "et compter 1 500 abonnés à l'entretien en fin d'année. Pour chaque objectif, nous avons retenu un "
            "indicateur qui le mesure directement et un indicateur qui prévient plus tôt qu'il ne sera pas atteint. "
            "Le taux de signature, par exemple, ne se lit qu'avec deux mois de retard ; le délai entre la demande "
            "en ligne et la visite du technicien, lui, se voit chaque semaine et annonce les ventes perdues.",
            "Nous y avons ajouté deux indicateurs du projet lui-même, le budget consommé et le nombre d'incidents "
            "bloquants sur le configurateur, car un outil qui se trompe de prix coûte plus cher qu'il ne rapporte. "
            "Au total, sept indicateurs : assez pour voir venir les problèmes, assez peu pour que le comité les "
            "lise tous en dix minutes."]),
        "kpi-table": dict(status="ok", tables=[[
            ["Part des devis en ligne", "40 % des demandes en ligne", "devis configurateur / devis totaux", "CRM",
             "mensuelle", "40 %", "< 25 %", "directeur commercial", "campagne locale et partenariat installateurs"],
            ["Délai demande-visite", "ne pas perdre les clients chauds", "jours entre demande et visite", "CRM",
             "hebdomadaire", "5 jours", "> 8 jours", "responsable planning", "créneaux de visite le samedi"],
            ["Taux de signature", "1 devis sur 5 signé", "installations signées / devis en ligne", "CRM",
             "mensuelle", "20 %", "< 14 %", "directeur commercial", "rappel des devis de plus de 15 jours"],
            ["Abonnés entretien", "1 500 fin 2027", "abonnements actifs", "outil de paiement", "mensuelle",
             "125 par mois", "< 80 par mois", "service client", "offre du premier mois aux clients 2020-2024"],
            ["Résiliations", "garder les abonnés", "résiliés / actifs du mois", "outil de paiement", "mensuelle",
             "< 2 %", "> 4 %", "service client", "appel de chaque résiliant"],
            ["Budget consommé", "rester sous 180 000 euros", "dépenses engagées / budget", "comptabilité",
             "mensuelle", "au plan", "> 10 % au-dessus", "chef de projet", "report des options du lot 2"],
            ["Incidents bloquants", "un outil fiable", "incidents bloquants ouverts", "outil de tickets",
             "hebdomadaire", "0", "> 2", "prestataire", "correctif sous 48 h, configurateur en maintenance"]]]),
        "dashboard": dict(status="missing"),
        "gap-analysis": dict(status="ok", text=[
            "Chaque mois, le chef de projet compare le réalisé au prévisionnel pour les sept indicateurs. Un écart "
            "de moins de 10 % reste vert, de 10 à 25 % il passe à l'orange et on en cherche la cause, au-delà de "
            "25 % il est rouge et le comité de pilotage décide d'une action. Pour trouver la cause, nous posons la "
            "question « pourquoi ? » jusqu'à tomber sur quelque chose que l'on peut changer, et nous regardons les "
            "données par canton et par commercial avant d'accuser le marché.",
            "Exemple sur mars 2027, le troisième mois : les devis en ligne sont au-dessus de l'objectif, mais le "
            "taux de signature est rouge. En remontant les dossiers, nous avons vu que les clients attendaient "
            "onze jours une visite, car les techniciens étaient tous sur les chantiers de printemps. Le problème "
            "n'était donc pas le configurateur mais le planning des visites. Le comité a décidé d'ouvrir des "
            "créneaux le samedi matin et de confier les premières visites à deux commerciaux formés."]),
        "forecast-actual": dict(status="ok", retitle="Mars 2027 : prévu contre constaté", keep_bookmark=True, tables=[[
            ["Part des devis en ligne", "mars 2027", "30 %", "34 %", "+4 pts", "+13 %", "vert",
             "bouche-à-oreille après l'article de Midi Libre"],
            ["Délai demande-visite", "mars 2027", "5 jours", "11 jours", "+6 jours", "+120 %", "rouge",
             "techniciens pris par les chantiers de printemps"],
            ["Taux de signature", "mars 2027", "20 %", "12 %", "-8 pts", "-40 %", "rouge",
             "clients partis chez un concurrent en attendant la visite"],
            ["Abonnés entretien", "mars 2027", "375", "330", "-45", "-12 %", "orange",
             "courriel aux anciens clients envoyé en retard"]]]),
        "corrective-actions": dict(status="ok", tables=[[
            ["délai de visite à 11 jours", "techniciens affectés aux chantiers, aucun créneau réservé",
             "créneaux de visite le samedi et deux commerciaux formés à la première visite", "responsable planning",
             "15 avril", "délai ramené à 6 jours", "délai demande-visite"],
            ["signature à 12 %", "devis en ligne non rappelés", "rappel systématique à J+3 et J+15",
             "directeur commercial", "1er avril", "taux remonté à 18 % en mai", "taux de signature"],
            ["abonnés sous l'objectif", "courriel envoyé trois semaines en retard", "envoi programmé le 1er de "
             "chaque mois, relance par SMS", "service client", "1er mai", "+60 abonnés par mois", "abonnés entretien"]]]),
        "reporting-escalation": dict(status="placeholder"),
    },
)
