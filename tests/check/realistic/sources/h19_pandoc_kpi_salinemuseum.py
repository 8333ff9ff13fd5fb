from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, French: the Maison des Paludiers, a salt-marsh museum near Guérande, launched online ticketing with
    timed visits of the marshes in April 2026 and steers it through the summer. Numbered headings, several
    shortened ("1. Gouvernance", "3. Les KPI", "4. Tableau de bord"); the governance split over two headings (the
    committees, then "1.1 Qui fait quoi"); the rituals, the KPI table, the forecast against actual and the
    corrective actions as tables; the dashboard as a drawn picture with a caption. The escalation section holds
    two sentences (thin). A glossary of the author's own at the end.""",
    title="Maison des Paludiers – Piloter la billetterie en ligne et les visites à créneaux",
    cover=["Cas d'étude 1 – pilotage et indicateurs", "Clément Le Bihan, chef de projet, décembre 2026"],
    blocks=[
        H(1, "1. Gouvernance", {"steering-governance": "ok"}),
        P("La Maison des Paludiers est un musée associatif de Saillé, sur la presqu'île guérandaise, qui reçoit "
          "environ 68 000 visiteurs par an, dont 70 % entre juin et septembre. Depuis avril 2026, les visites "
          "guidées des marais salants se réservent en ligne par créneaux de 45 minutes, et les billets du musée "
          "se vendent sur le même site. Le projet est financé par l'association, la communauté d'agglomération "
          "et un fonds régional pour le tourisme durable, qui attend un bilan chiffré en janvier 2027."),
        P("Le comité de pilotage réunit la présidente de l'association, le directeur du musée, la responsable "
          "de l'accueil, un représentant de l'office de tourisme et moi-même, chef de projet. Il se réunit une "
          "fois par mois pendant la saison et décide de tout ce qui touche aux prix, aux créneaux et au budget. "
          "Entre deux comités, le directeur arbitre seul les questions urgentes et en rend compte par écrit."),
        H(2, "1.1 Qui fait quoi", {"steering-governance": "ok"}),
        P("Je tiens le tableau de bord et prépare les comités. La responsable de l'accueil suit la vente au "
          "guichet et les retours des visiteurs. Les trois guides paludiers signalent les créneaux trop pleins "
          "ou annulés à cause de la marée et du vent. Le prestataire de billetterie corrige les anomalies du "
          "site sous 48 heures selon son contrat."),
        H(2, "1.2 Rituels", {"rituals": "ok"}),
        T([["Rendez-vous", "Fréquence", "Participants", "Ce qu'on y décide"],
           ["Point du lundi", "chaque semaine, 20 minutes", "accueil, guides, chef de projet",
            "ouvrir ou fermer des créneaux de la semaine"],
           ["Comité de pilotage", "mensuel, d'avril à octobre", "présidente, directeur, accueil, office de "
                                                                 "tourisme, chef de projet",
            "prix, budget, actions correctives"],
           ["Revue avec le prestataire", "tous les quinze jours", "chef de projet, prestataire",
            "anomalies du site, évolutions"],
           ["Bilan de saison", "une fois, en novembre", "comité et financeurs", "suite du projet en 2027"]]),
        H(1, "2. Indicateurs : pourquoi ceux-là", {"kpi-selection": "ok"}),
        P("Nous sommes partis des trois promesses faites aux financeurs : moins de file d'attente à l'accueil, "
          "des visites des marais qui ne débordent plus en août, et au moins autant de recettes qu'avant. "
          "Chaque promesse a donné un ou deux indicateurs, et nous n'en avons gardé que ceux que nous pouvions "
          "mesurer sans travail en plus : le site de billetterie et la caisse les donnent chaque matin."),
        P("Nous avons écarté le nombre de visites du site web, qui monte avec la météo et ne dit rien des "
          "ventes, et la note moyenne sur les sites d'avis, trop lente à bouger. Nous suivons en revanche le "
          "taux de remplissage des créneaux, la part des billets vendus en ligne, l'attente au guichet un "
          "samedi de juillet, le taux d'absence des réservations et la recette moyenne par visiteur. Pour "
          "chacun, une cible et un seuil d'alerte ont été votés au comité d'avril."),
        H(1, "3. Les KPI", {"kpi-table": "ok"}),
        T([["Indicateur", "Mode de calcul", "Cible", "Seuil d'alerte", "Source", "Fréquence"],
           ["Remplissage des créneaux", "places vendues / places ouvertes", "80 %", "moins de 60 %",
            "billetterie", "hebdomadaire"],
           ["Part des ventes en ligne", "billets en ligne / billets vendus", "50 %", "moins de 35 %",
            "billetterie et caisse", "mensuelle"],
           ["Attente au guichet", "minutes mesurées le samedi à 11 h", "moins de 10 min", "plus de 20 min",
            "chronomètre de l'accueil", "hebdomadaire"],
           ["Réservations non honorées", "absents / réservés", "moins de 8 %", "plus de 15 %",
            "pointage des guides", "hebdomadaire"],
           ["Recette par visiteur", "recette totale / visiteurs", "11,50 €", "moins de 10 €", "caisse",
            "mensuelle"]]),
        H(1, "4. Tableau de bord", {"dashboard": "ok"}),
        Img(["Remplissage 78 %", "En ligne 46 %", "Attente 12 min", "Absents 11 %", "11,20 € par visiteur"],
            "Le tableau de bord du lundi, semaine du 21 juillet 2026 : une case par indicateur, en vert, orange "
            "ou rouge selon la cible et le seuil, avec la courbe des huit dernières semaines au dos."),
        H(1, "5. Prévu et réalisé : où en est-on ?", {"gap-analysis": "ok"}),
        P("Après quatre mois, le bilan est contrasté. La part des ventes en ligne progresse plus vite que "
          "prévu en juillet, portée par les campings qui renvoient leurs clients vers notre site. L'attente au "
          "guichet a baissé, sans atteindre la cible, parce que les visiteurs qui ont réservé en ligne passent "
          "encore au guichet pour retirer un bracelet. Le vrai problème est ailleurs : 14 % des réservations "
          "de juillet n'ont pas été honorées, contre 8 % visés. Les créneaux de fin d'après-midi sont "
          "réservés la veille par des familles qui changent d'avis dès qu'il pleut, et le remplissage réel "
          "de ces créneaux tombe alors sous 60 %."),
        P("La recette par visiteur reste un peu sous la cible, car la boutique est moins visitée par ceux qui "
          "arrivent juste à l'heure de leur créneau. L'écart tient donc moins au site qu'à l'organisation de "
          "l'accueil autour de lui."),
        H(2, "5.1 Prévu / réalisé", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu juillet", "Réalisé juillet", "Écart", "Tendance"],
           ["Remplissage des créneaux", "80 %", "74 %", "-6 points", "stable"],
           ["Part des ventes en ligne", "40 %", "46 %", "+6 points", "en hausse"],
           ["Attente au guichet", "10 min", "14 min", "+4 min", "en baisse"],
           ["Réservations non honorées", "8 %", "14 %", "+6 points", "en hausse"],
           ["Recette par visiteur", "11,50 €", "11,05 €", "-0,45 €", "stable"]]),
        H(2, "5.2 Actions", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Responsable", "Échéance", "Effet attendu"],
           ["Absents en fin de journée", "acompte de 3 € non remboursable sur les créneaux après 17 h",
            "chef de projet", "1er août", "absences sous 10 %"],
           ["Attente au guichet", "bracelets envoyés en billet électronique, contrôle au portillon",
            "responsable de l'accueil", "15 août", "attente sous 10 min"],
           ["Recette par visiteur", "passage par la boutique placé à la sortie de la visite des marais",
            "directeur", "septembre", "+0,60 € par visiteur"]]),
        H(1, "6. Remontée des alertes", {"reporting-escalation": "thin"}),
        P("Un indicateur qui passe son seuil deux semaines de suite est signalé au directeur le lundi même. "
          "S'il faut changer un prix ou le budget, la décision attend le comité suivant."),
        H(1, "Glossaire", {}),
        L(["Créneau : départ de visite guidée des marais, 25 personnes au plus",
           "Paludier : professionnel qui récolte le sel dans les œillets des marais",
           "Bracelet : titre d'accès remis au guichet, bientôt remplacé par le billet électronique"]),
    ],
)
