from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: the hospital of Dax opens online booking for its outpatient
    consultations, and the project office explains how it steers the project. The authors' own headings; meetings,
    KPIs, forecast against actual figures and corrective actions are tables. The reasons for choosing the
    indicators fit in three sentences (thin). No picture or description of a dashboard anywhere (missing).""",
    title="Centre hospitalier de Dax – piloter la prise de rendez-vous en ligne",
    cover=["Étude de cas 1 – dossier de pilotage", "Camille Dufau et Julien Lassalle – Web School Factory, décembre 2026"],
    blocks=[
        H(1, "1. Organisation du pilotage", {"steering-governance": "ok"}),
        P("Le centre hospitalier de Dax reçoit chaque année 148 000 consultations externes dans 24 spécialités. "
          "Aujourd'hui, 85 % des rendez-vous se prennent par téléphone auprès d'un standard de neuf secrétaires, "
          "qui décrochent en moyenne un appel sur deux aux heures de pointe. Le projet « RDV Dax » ouvre en avril "
          "2027 la prise de rendez-vous en ligne, d'abord en ophtalmologie, cardiologie et pédiatrie, puis dans "
          "toutes les spécialités avant la fin de l'année. Son budget est de 210 000 euros sur deux ans."),
        P("Le directeur des soins, Philippe Larrouy, est le sponsor : il arbitre entre les services et rend compte "
          "au directoire. La cheffe du bureau des entrées, Sandrine Daguerre, porte les objectifs côté secrétariats. "
          "Chaque spécialité désigne un médecin référent qui valide ses créneaux ouverts en ligne. La DSI et "
          "l'éditeur de la plateforme assurent la technique. Nous deux, au bureau des projets, tenons les "
          "chiffres, préparons les réunions et proposons les décisions ; aucun changement de périmètre ne se fait "
          "sans l'accord du sponsor. Chaque indicateur a un responsable nommé, qui vient expliquer lui-même ses "
          "écarts, pour que la discussion porte sur les causes et non sur la qualité des chiffres."),
        H(2, "1.1 Calendrier des réunions", {"rituals": "ok"}),
        T([["Réunion", "Qui", "Quand", "Pour quoi faire"],
           ["Comité de pilotage", "sponsor, bureau des entrées, DSI, deux médecins référents, bureau des projets",
            "un jeudi par mois, 1 h", "budget, planning, arbitrages"],
           ["Point éditeur", "bureau des projets, éditeur, DSI", "chaque lundi, 45 min", "anomalies, livraisons"],
           ["Réunion secrétariats", "cheffe du bureau des entrées, secrétaires", "chaque vendredi, 20 min",
            "appels, rendez-vous en ligne, difficultés des patients"],
           ["Revue de spécialité", "médecin référent, cadre du service", "avant chaque ouverture",
            "créneaux ouverts, règles de délai"]]),
        H(1, "2. Les indicateurs retenus", {"kpi-selection": "thin"}),
        P("Nous suivons ce qui répond à la question du directoire : les patients obtiennent-ils un rendez-vous "
          "plus facilement, et le standard respire-t-il ? Les nombres de connexions ont été écartés parce qu'ils "
          "ne disent rien du rendez-vous obtenu. Chaque indicateur sort de la plateforme ou du standard, sans "
          "saisie manuelle."),
        H(1, "3. Tableau des indicateurs", {"kpi-table": "ok"}),
        T([["Indicateur", "Mode de calcul", "Source", "Rythme", "Cible", "Seuil d'alerte", "Responsable"],
           ["Rendez-vous pris en ligne", "RDV en ligne / total des RDV", "plateforme", "hebdomadaire",
            "40 % fin 2027", "moins de 15 % en juin", "Sandrine Daguerre"],
           ["Appels décrochés", "appels décrochés / appels reçus", "autocommutateur", "hebdomadaire", "85 %",
            "moins de 65 %", "Sandrine Daguerre"],
           ["Patients absents", "RDV non honorés / RDV pris", "plateforme", "mensuel", "moins de 6 %",
            "plus de 9 %", "médecins référents"],
           ["Délai d'obtention", "jours entre demande et consultation", "plateforme", "mensuel",
            "−20 % en un an", "hausse deux mois de suite", "directeur des soins"],
           ["Budget engagé", "dépenses engagées / budget voté", "contrôle de gestion", "mensuel",
            "100 % fin 2028", "plus de 60 % fin 2027", "bureau des projets"]]),
        H(1, "4. Prévu contre réalisé : où on en est fin juin", {"gap-analysis": "ok"}),
        P("Trois mois après l'ouverture, le tableau montre deux tendances opposées. La part des rendez-vous pris en "
          "ligne dépasse ce que nous attendions en ophtalmologie, où les patients sont habitués à réserver chez "
          "les praticiens libéraux, mais reste très faible en pédiatrie : les parents appellent encore, parce que "
          "la plateforme ne permet pas de choisir le médecin qui suit déjà l'enfant. Le standard décroche mieux, "
          "sans atteindre la cible, car les appels de rappel de rendez-vous n'ont pas encore été automatisés."),
        P("Les absences ont augmenté, ce que nous n'avions pas prévu : un patient réserve plus facilement en ligne, "
          "et oublie plus facilement aussi. Nous avons vérifié que la hausse venait bien des rendez-vous pris en "
          "ligne, et non d'une spécialité en particulier. Le budget, lui, est sous la prévision, parce que la "
          "seconde vague de formation des secrétaires a été décalée à septembre."),
        H(2, "Tableau des écarts", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu fin juin", "Constaté fin juin", "Écart"],
           ["Rendez-vous pris en ligne", "15 %", "19 %", "+4 points"],
           ["dont pédiatrie", "15 %", "6 %", "−9 points"],
           ["Appels décrochés", "70 %", "66 %", "−4 points"],
           ["Patients absents", "7 %", "9,4 %", "+2,4 points"],
           ["Budget engagé", "35 %", "29 %", "−6 points"]]),
        H(2, "Ce que nous changeons", {"corrective-actions": "ok"}),
        T([["Problème", "Décision", "Porteur", "Date", "Résultat attendu"],
           ["Pédiatrie peu utilisée", "permettre de choisir son pédiatre en ligne (option de la plateforme)",
            "éditeur, DSI", "15 septembre", "20 % en ligne fin octobre"],
           ["Absences en hausse", "SMS de rappel 48 h avant et lien pour annuler en un clic", "bureau des projets",
            "1er août", "retour sous 7 %"],
           ["Standard saturé", "rappels de rendez-vous par message vocal automatique", "bureau des entrées",
            "1er octobre", "85 % d'appels décrochés"]]),
        H(1, "5. QUI PRÉVENIR, ET QUAND ?", {"reporting-escalation": "ok"}),
        P("Le bureau des projets envoie chaque lundi une note d'une page au sponsor et aux médecins référents : "
          "les cinq indicateurs, leur couleur et une phrase d'explication. Un indicateur qui passe son seuil "
          "d'alerte deux semaines de suite remonte au comité de pilotage suivant avec une action proposée. Un "
          "incident qui empêche des patients de réserver ou qui crée des doublons de rendez-vous est signalé le "
          "jour même au directeur des soins et à la DSI. Tout dépassement de budget de plus de 5 % est présenté "
          "au directoire, qui décide seul de le couvrir ou de réduire le périmètre. Une fois par trimestre, un "
          "point est fait devant la commission des usagers."),
    ],
    missing=["dashboard"],
)
