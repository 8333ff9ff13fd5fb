from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="skeleton",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the tourist office of the Périgord Noir (Sarlat) builds a booking site for its guided visits
    and a walking-tour app before the 2027 season. Guidance deleted. Headings retyped by replacing their runs:
    the frame "Point de départ : périmètre, dates, équipe" and the method "Pourquoi un cycle hybride ?" and the
    dependencies "Ce qui bloque quoi" (bookmarks lost); the milestones "Les jalons qui comptent" keeping its
    bookmark. The release and sprint table deleted with its heading (missing); the schedule risks written in two
    sentences (thin); every other table filled, the WBS tree and the Gantt export inserted as pictures.""",
    cover={"company": "Office de tourisme Sarlat Périgord Noir", "candidate": "Romane Delpech",
           "school": "Web School Factory"},
    sections={
        "planning-frame": dict(status="ok", retitle="Point de départ : périmètre, dates, équipe", text=[
            "L'office de tourisme de Sarlat vend chaque été près de 30 000 places de visites guidées (vieille ville, "
            "nocturnes, visites en canoë avec un partenaire), aujourd'hui uniquement au comptoir et par téléphone. "
            "Le cahier des charges demande un site de réservation avec paiement en ligne, un espace pour les guides "
            "et une application de visite libre avec onze étapes audio dans la vieille ville.",
            "Le projet démarre le 4 janvier 2027 et le site doit être en ligne le 1er avril, date d'ouverture des "
            "réservations de la saison ; l'application peut suivre le 15 mai. L'équipe compte une cheffe de projet "
            "à plein temps (moi), un développeur d'une agence de Périgueux à 80 %, une graphiste freelance trois "
            "jours par semaine en janvier et février, et deux conseillères en séjour disponibles une demi-journée "
            "par semaine pour les tests. Nous comptons 20 jours ouvrés par mois, sans travail en avril pour "
            "l'équipe de l'office, mobilisée par l'ouverture de la saison."]),
        "methodology": dict(status="ok", retitle="Pourquoi un cycle hybride ?", text=[
            "Les deux parties du projet ne se ressemblent pas. Le site de réservation a un besoin stable et une "
            "échéance non négociable : les tarifs, les visites et les règles d'annulation sont votés par le "
            "conseil d'administration en décembre et ne bougeront plus. Pour lui, un déroulé en phases avec une "
            "recette formelle avant la mise en ligne rassure le directeur et le trésorier, qui signent un marché "
            "public à prix ferme avec l'agence.",
            "L'application de visite, au contraire, dépend de ce que les visiteurs trouveront utile : longueur des "
            "commentaires audio, carte ou liste, mode hors ligne. Nous la construisons en sprints de deux semaines, "
            "avec une démonstration aux conseillères en séjour à la fin de chaque sprint et des tests dans la rue "
            "avec de vrais touristes dès les vacances de Pâques. Le backlog est tenu par la cheffe de projet.",
            "Nous retenons donc un cycle hybride : phases et recette pour le site, Scrum allégé pour "
            "l'application, avec un comité de pilotage commun toutes les trois semaines."]),
        "methodology-comparison": dict(status="ok", skip_cols=1, tables=[[
            [None, "adapté au site", "adapté à l'application", "trop lourd pour nous", "site : V ; appli : Scrum"],
            [None, "faible, directeur peu présent", "conseillères présentes chaque sprint", "—", "démos courtes"],
            [None, "marché à prix ferme", "difficile avec un marché public", "—", "site en phases"],
            [None, "convient", "convient, équipe de trois", "équipe trop petite", "hybride"],
            [None, "une seule livraison", "livraisons toutes les deux semaines", "—", "appli en sprints"],
            [None, "très bonne", "moyenne", "moyenne", "budget figé pour le site"]]]),
        "activities": dict(status="ok", tables=[[
            ["A1", "Cadrer les parcours de réservation", "réservation", "parcours validés", "cheffe de projet", "6"],
            ["A2", "Maquetter le site et l'application", "site et appli", "maquettes", "graphiste", "15"],
            ["A3", "Développer le site et le paiement", "réservation, paiement", "site en recette", "développeur", "35"],
            ["A4", "Écrire et enregistrer les onze étapes audio", "visite libre", "fichiers audio", "guides", "12"],
            ["A5", "Développer l'application en sprints", "visite libre", "application publiée", "développeur", "25"],
            ["A6", "Recetter et former les conseillères", "tout", "PV de recette, conseillères formées", "cheffe de projet", "8"]]]),
        "wbs": dict(status="ok", tables=[[
            ["1.1", "Cadrage", "Ateliers avec les conseillères", "parcours de réservation", "R. Delpech", "4", "10"],
            ["1.2", "Cadrage", "Choix du prestataire de paiement", "contrat signé", "R. Delpech", "2", "15"],
            ["2.1", "Site", "Maquettes", "maquettes validées", "graphiste", "8", "20"],
            ["2.2", "Site", "Développement", "site en recette", "agence", "35", "45"],
            ["2.3", "Site", "Recette", "PV de recette", "R. Delpech", "5", "10"],
            ["3.1", "Application", "Contenus audio", "onze fichiers", "guides", "12", "30"],
            ["3.2", "Application", "Sprints 1 à 4", "version publiée", "agence", "25", "40"]]]),
        "wbs-diagram": dict(status="ok", image=["Projet réservation", "1 Cadrage", "2 Site", "3 Application"],
                            caption="Le découpage en trois lots, tel que présenté au comité de pilotage de janvier."),
        "schedule": dict(status="ok", tables=[[
            ["1", "Cadrage", "R. Delpech", "04/01", "29/01", "x", "", "", "", "", ""],
            ["2.1", "Maquettes", "graphiste", "18/01", "19/02", "x", "x", "", "", "", ""],
            ["2.2", "Développement du site", "agence", "08/02", "12/03", "", "x", "x", "", "", ""],
            ["2.3", "Recette et mise en ligne", "R. Delpech", "15/03", "31/03", "", "", "x", "", "", ""],
            ["3", "Application en sprints", "agence", "01/03", "14/05", "", "", "x", "x", "x", ""]]]),
        "gantt-chart": dict(status="ok", image=["Janvier : cadrage", "Février : maquettes", "Mars : site", "Avril-mai : appli"],
                            caption="Export GanttProject ; le chemin critique passe par le paiement et la recette."),
        "milestones": dict(status="ok", retitle="Les jalons qui comptent", keep_bookmark=True, tables=[[
            ["J1 parcours validés", "29/01", "parcours de réservation", "signés par le directeur", "go", "directeur"],
            ["J2 site prêt pour recette", "12/03", "site complet", "toutes les visites réservables", "go", "comité"],
            ["J3 mise en ligne", "01/04", "site public", "aucune anomalie bloquante", "go / no-go", "directeur"],
            ["J4 application publiée", "15/05", "appli sur les stores", "onze étapes lisibles hors ligne", "go", "comité"]]]),
        "dependencies-critical-path": dict(status="ok", retitle="Ce qui bloque quoi", text=[
            "Le chemin critique passe par le site : cadrage, puis maquettes, puis développement, puis recette, "
            "sans marge au-delà d'une semaine avant le 1er avril. Le développement ne peut pas commencer avant "
            "la signature du contrat avec le prestataire de paiement, qui dépend lui-même d'une délibération du "
            "conseil d'administration ; c'est la dépendance externe qui nous inquiète le plus.",
            "L'application est hors du chemin critique. Les enregistrements audio des guides se font en parallèle "
            "du développement du site, en février, quand les guides ont le moins de visites. Les sprints de "
            "l'application commencent le 1er mars, une fois le gros du site livré, pour que le développeur ne soit "
            "pas partagé entre deux priorités pendant la phase la plus chargée. Si le site prend du retard, nous "
            "décalons d'abord l'application, qui a six semaines de marge avant le début de l'été."]),
        "resources-workload": dict(status="ok", tables=[[
            ["Cheffe de projet", "1, 2.3, backlog de l'appli", "100 %", "janvier à mai", "100"],
            ["Développeur de l'agence", "2.2, 3.2", "80 %", "février à mai", "60"],
            ["Graphiste", "2.1", "60 %", "janvier et février", "24"],
            ["Conseillères en séjour", "1.1, 2.3", "10 %", "janvier à mars", "8"]]]),
        "release-plan": dict(status="missing"),
        "schedule-risks": dict(status="thin", text=[
            "Le risque principal est un retard de la délibération sur le paiement : si elle n'est pas votée le "
            "20 janvier, nous ouvrons les réservations sans paiement en ligne, avec un règlement sur place."]),
    },
)
