from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Déménagements Maury, a family moving company in Clermont-Ferrand (86 staff), replaces paper
    quotes and phone planning with online video surveys and a planning tool, and describes two new jobs (a
    planning and data officer, a field tools referent). Guidance deleted. The context heading retyped "Maury en
    quelques mots" and the needs heading retyped "Ce qui nous manque aujourd'hui" (runs replaced, bookmarks lost);
    the key skills heading retyped "Compétences métier : où en est l'équipe ?" keeping its bookmark. The list of
    roles deleted with its heading (missing: the authors thought the form said it all); the organisation chart
    left as our figure prompt (placeholder); every other section written, tables filled, one job form filled.""",
    cover={"company": "Déménagements Maury", "candidate": "Yasmine Bouaziz", "team": "Yasmine Bouaziz, Loïc Faure",
           "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", retitle="Maury en quelques mots", text=[
            "Déménagements Maury a été créée en 1964 par le grand-père de l'actuel dirigeant, Bertrand Maury. "
            "L'entreprise emploie 86 personnes, dont 64 déménageurs et chauffeurs, possède 31 camions et a réalisé "
            "9,4 millions d'euros de chiffre d'affaires en 2025. Elle travaille pour des particuliers (55 % de "
            "l'activité), pour des entreprises qui changent de locaux et pour deux groupes qui mutent leurs cadres "
            "dans toute la France. Le siège et l'entrepôt de garde-meubles sont à Aubière, une agence ouvrira à "
            "Vichy au printemps.",
            "Aujourd'hui, tout passe par le téléphone et le papier. Un commercial se déplace chez le client pour "
            "estimer le volume, rédige le devis le soir, et le planning des équipes est tenu sur un grand tableau "
            "blanc par Monique, qui part à la retraite en juin 2027. Les clients demandent de plus en plus un devis "
            "dans la journée, et les plateformes nationales de comparaison en proposent en une heure.",
            "Le projet « Maury Connect » doit changer cela en 2027 : visite estimative en visioconférence avec "
            "calcul du volume assisté, devis signé en ligne, planning numérique des équipes et des camions, "
            "application sur tablette pour les chefs d'équipe (inventaire, photos, signature de fin de chantier). "
            "Le logiciel est choisi ; il faut maintenant les personnes capables de le faire vivre au quotidien. "
            "Les équipes terrain sont soudées, très attachées à leurs habitudes, et méfiantes vis-à-vis de tout ce "
            "qui ressemble à du contrôle."]),
        "organisation-chart": dict(status="placeholder"),
        "skills-needs": dict(status="ok", retitle="Ce qui nous manque aujourd'hui", text=[
            "Nous avons suivi pendant une semaine le parcours d'un déménagement, de l'appel du client jusqu'à la "
            "facture, puis réuni Bertrand Maury, Monique, deux commerciaux et trois chefs d'équipe. Trois besoins "
            "nouveaux sont apparus avec le projet. Le premier est de construire chaque jour un planning qui "
            "combine les équipes, les camions, les monte-meubles et les contraintes des clients, puis de l'ajuster "
            "quand un chantier déborde ; c'est le travail de Monique, mais fait demain dans un outil, avec des "
            "données sur les volumes et les durées réelles. Le deuxième est d'analyser ces données pour chiffrer "
            "les devis plus justement : nos estimations de durée se trompent d'une heure et demie en moyenne.",
            "Le troisième besoin est sur le terrain : quelqu'un doit former les chefs d'équipe à la tablette, "
            "répondre à leurs questions le matin au dépôt et faire remonter ce qui ne marche pas. Personne ne "
            "tient ce rôle aujourd'hui, et le fournisseur du logiciel n'interviendra qu'à distance.",
            "Nous décrivons donc deux postes : un ou une chargé(e) de planification et de données, qui reprend et "
            "transforme le rôle de Monique, et un ou une référent(e) outils terrain, choisi(e) de préférence parmi "
            "les chefs d'équipe actuels. La fiche détaillée ci-dessous porte sur le premier poste ; le second "
            "sera pourvu en interne avec une fiche plus courte."]),
        "jobs-list": dict(status="missing"),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Chargé(e) de planification et de données (H/F)"],
            [None, "Directeur d'exploitation, Julien Maury"],
            [None, "Que chaque équipe et chaque camion soient au bon endroit, au bon moment, et que nos devis reflètent la durée réelle des chantiers"],
            [None, "Construire le planning à J-7 puis à la veille, gérer les imprévus du jour, tenir à jour les durées réelles, produire chaque mois une analyse des écarts entre devis et réalité pour les commerciaux"],
            [None, "64 déménageurs et 31 camions à planifier sur deux sites ; pas d'encadrement direct ; peut décaler un chantier avec l'accord du client"],
            [None, "Planification et ordonnancement, tableur avancé et requêtes simples, lecture d'un tableau de bord, connaissance de la réglementation des temps de conduite"],
            [None, "Calme sous la pression du matin, diplomatie avec les chefs d'équipe, rigueur"],
            [None, "Bac+3 logistique ou transport, deux ans d'expérience en exploitation ; débutant accepté si stage en planification"],
            [None, "Poste basé à Aubière, horaires décalés une semaine sur deux (6 h – 14 h), astreinte téléphonique le samedi matin"],
            [None, "Taux d'utilisation des camions, heures supplémentaires non prévues, écart moyen entre durée estimée et durée réelle"]]]),
        "key-competences": dict(status="ok", retitle="Compétences métier : où en est l'équipe ?", keep_bookmark=True,
                                tables=[[
            ["Construire un planning multi-ressources", "exploitation", "3", "3", "0", "transmission par Monique avant son départ"],
            ["Paramétrer et utiliser l'outil de planification", "numérique", "3", "0", "3", "recrutement du chargé de planification"],
            ["Analyser les écarts devis / réalité", "données", "3", "1", "2", "recrutement, puis formation d'un commercial"],
            ["Former des collègues sur tablette", "accompagnement", "2", "1", "1", "référent terrain interne, formation de formateur"]]]),
        "transversal-skills": dict(status="ok", text=[
            "Chez Maury, les plannings se négocient à 6 h 30 au dépôt, devant des équipes qui connaissent leur "
            "métier mieux que quiconque. Nous retenons donc trois qualités, et pour chacune une façon concrète "
            "de la vérifier pendant le recrutement plutôt qu'une impression d'entretien."],
            tables=[[
            ["Sang-froid", "un camion en panne ou un chantier qui déborde bouleverse la journée", "propose une solution en quelques minutes sans hausser le ton", "mise en situation : réorganiser un planning avec deux imprévus"],
            ["Diplomatie", "les chefs d'équipe vivent le planning comme un contrôle", "explique ses choix, écoute les objections du terrain", "question STAR sur un désaccord avec une équipe"],
            ["Rigueur", "un oubli de monte-meubles coûte une journée", "vérifie chaque chantier du lendemain avec une liste", "exercice de relecture d'un planning comportant des erreurs"]]]),
        "profile-fit": dict(status="ok", text=[
            "Notre première fiche demandait un ingénieur en logistique avec cinq ans d'expérience et la maîtrise "
            "d'un outil d'optimisation. Le cabinet de recrutement de Clermont nous a montré que ce profil se paie "
            "au moins 48 000 euros et qu'il partirait vite vers les grands transporteurs de la zone de Lempdes. "
            "Le poste, lui, ne demande pas d'optimisation mathématique : le logiciel s'en charge, il faut surtout "
            "savoir le paramétrer, vérifier ce qu'il propose et dialoguer avec les équipes.",
            "Nous avons donc ramené l'exigence à un bac+3 en logistique ou transport et deux ans en exploitation, "
            "avec une ouverture aux jeunes diplômés ayant fait un stage en planification, pour un salaire de "
            "34 000 à 38 000 euros selon l'expérience. Le permis poids lourd, que nous avions d'abord mis, a été "
            "retiré : il n'est pas utile au poste et écartait beaucoup de candidates. Les horaires décalés sont "
            "annoncés dès l'annonce, car ce sont eux qui ont fait partir les deux derniers assistants de Monique.",
            "Pour le référent terrain, nous visons un chef d'équipe volontaire, payé avec une prime de fonction, "
            "et formé trois jours par le fournisseur du logiciel."]),
        "requirements-grid": dict(status="ok", tables=[[
            ["Expérience d'exploitation en transport ou logistique", "indispensable", "comprendre les contraintes d'un planning réel", "entretien et mise en situation"],
            ["Maîtrise d'un tableur (tableaux croisés, recherches)", "indispensable", "analyse mensuelle des écarts", "test pratique de 30 minutes"],
            ["Connaissance de la réglementation sociale des transports", "souhaité", "temps de conduite des chauffeurs", "questions en entretien"],
            ["Expérience d'un outil de planification", "souhaité", "prise en main plus rapide", "échange sur un cas vécu"]]]),
    },
)
