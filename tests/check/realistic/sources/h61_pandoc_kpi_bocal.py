from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="pandoc",
    language="fr",
    notes="""Held-out round 61, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: a zero-waste grocery in Bordeaux launching a delivery subscription. The authors' own numbered
    headings, some in upper case; a KPI table; a drawn dashboard; the gap analysis and its forecast/actual table
    under one heading (merged); no reporting or escalation part (deleted, missing).""",
    title="Bocal & Co – piloter le lancement de l'abonnement livré",
    cover=["Étude de cas 1 – Léa Fournier et Karim Haddad, décembre 2026"],
    blocks=[
        H(1, "1. QUI PILOTE, ET COMMENT", {"steering-governance": "ok"}),
        P("Bocal & Co tient deux épiceries sans emballage à Bordeaux, aux Chartrons et à Saint-Michel, et "
          "lance en septembre un abonnement : un panier hebdomadaire de produits en vrac livré à vélo dans des "
          "bocaux consignés, à 34 euros la semaine. L'objectif de la première année est de 600 abonnés actifs, "
          "pour un chiffre d'affaires de 820 000 euros et un budget de lancement de 95 000 euros."),
        P("Le pilotage repose sur trois niveaux. Le comité de direction, formé des deux associés et de la "
          "responsable financière, fixe les objectifs, arbitre le budget et décide de tout changement de prix. "
          "La cheffe de projet abonnement, Léa, suit les indicateurs chaque semaine, anime l'équipe de "
          "préparation et de livraison et peut engager seule jusqu'à 3 000 euros. Les responsables des deux "
          "boutiques remontent ce que disent les clients au comptoir, qui annonce souvent un désabonnement avant "
          "les chiffres. Chaque indicateur a un seul propriétaire, nommé dans le tableau plus bas, et une seule "
          "source de données, pour que personne ne discute des chiffres en réunion au lieu de discuter des "
          "décisions. Les documents de pilotage sont dans un dossier partagé que les huit salariés peuvent lire."),
        H(2, "1.1 Les rendez-vous", {"rituals": "ok"}),
        T([["Rendez-vous", "Quand", "Qui", "Durée", "Ce qui en sort"],
           ["Point livraison", "chaque lundi 8 h 30", "Léa, livreurs, préparateurs", "20 min", "tournées ajustées, incidents notés"],
           ["Revue des indicateurs", "chaque jeudi", "Léa et Karim", "45 min", "écarts repérés, actions lancées"],
           ["Comité de pilotage", "premier mardi du mois", "associés, finances, Léa", "1 h 30", "arbitrages budget et prix"],
           ["Bilan trimestriel", "fin de trimestre", "toute l'équipe", "2 h", "objectifs revus, idées des salariés"]]),
        H(1, "2. Pourquoi ces indicateurs-là ?", {"kpi-selection": "ok"}),
        P("Nous avons écarté les indicateurs que nous ne pouvions pas relier à une décision. Le nombre de "
          "visites sur la page de l'abonnement, par exemple, est flatteur mais ne dit pas quoi faire. Nous avons "
          "gardé six mesures, chacune rattachée à une question que se pose le comité. Combien de foyers "
          "s'abonnent, et combien restent au-delà du premier mois, ce qui dit si l'offre plaît vraiment ? Combien "
          "coûte un nouvel abonné, ce qui dit si la publicité rapporte ? Les bocaux reviennent-ils, sans quoi le "
          "modèle zéro déchet coûte plus cher que prévu ? Les paniers arrivent-ils à l'heure, car un panier en "
          "retard est la première cause de résiliation dans les enquêtes des concurrents ? Et enfin le panier "
          "moyen, qui dit si les abonnés ajoutent des produits. Chaque mesure a une cible, un seuil d'alerte et "
          "une fréquence adaptée à la vitesse à laquelle elle bouge."),
        H(1, "3. LE TABLEAU DES INDICATEURS", {"kpi-table": "ok"}),
        T([["Indicateur", "Formule", "Cible", "Alerte", "Fréquence", "Propriétaire"],
           ["Abonnés actifs", "abonnés livrés la semaine", "600 à 12 mois", "< 80 % de la trajectoire", "hebdo", "Léa"],
           ["Rétention à 1 mois", "abonnés restants / nouveaux du mois précédent", "75 %", "< 65 %", "mensuel", "Léa"],
           ["Coût d'acquisition", "dépenses marketing / nouveaux abonnés", "45 €", "> 60 €", "mensuel", "Karim"],
           ["Retour des bocaux", "bocaux rendus / bocaux livrés", "92 %", "< 85 %", "hebdo", "responsable Chartrons"],
           ["Livraison à l'heure", "paniers livrés dans le créneau / paniers", "95 %", "< 90 %", "hebdo", "chef livreur"],
           ["Panier moyen", "CA abonnement / paniers livrés", "38 €", "< 34 €", "mensuel", "Karim"]]),
        H(1, "4. Le tableau de bord", {"dashboard": "ok"}),
        P("Une page unique, mise à jour le jeudi matin à partir de la caisse et du logiciel de tournées, avec "
          "une couleur par indicateur selon sa position par rapport au seuil d'alerte."),
        Img(["Abonnés actifs (courbe vs trajectoire)", "Rétention et coût d'acquisition",
             "Bocaux et ponctualité", "Panier moyen"],
            caption="Maquette du tableau de bord affiché dans l'arrière-boutique des Chartrons"),
        H(1, "5. PRÉVU CONTRE RÉALISÉ APRÈS TROIS MOIS", {"gap-analysis": "ok", "forecast-actual": "ok"}),
        P("Fin novembre, nous comptons 212 abonnés actifs pour 240 prévus, soit 12 % de retard. Le retard ne "
          "vient pas des inscriptions, qui sont au-dessus du plan, mais de la rétention : un abonné sur trois "
          "arrête après le premier mois. Les appels aux résiliés donnent deux raisons, le créneau de livraison "
          "trop large, entre 17 et 21 heures, et des bocaux lourds à stocker. Le coût d'acquisition dépasse la "
          "cible parce que la campagne Instagram d'octobre a attiré beaucoup d'étudiants, qui se désabonnent "
          "plus vite. À l'inverse, les bocaux reviennent mieux que prévu, ce qui confirme que la consigne de "
          "2 euros par bocal fonctionne."),
        T([["Indicateur", "Prévu fin novembre", "Réalisé", "Écart"],
           ["Abonnés actifs", "240", "212", "-12 %"],
           ["Rétention à 1 mois", "75 %", "66 %", "-9 points"],
           ["Coût d'acquisition", "45 €", "58 €", "+29 %"],
           ["Retour des bocaux", "92 %", "95 %", "+3 points"],
           ["Livraison à l'heure", "95 %", "93 %", "-2 points"],
           ["Panier moyen", "38 €", "36,40 €", "-4 %"]]),
        H(2, "5.1 Ce que nous changeons", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Responsable", "Échéance", "Effet attendu"],
           ["Rétention faible", "créneaux d'une heure au choix de l'abonné", "chef livreur", "15 décembre", "rétention à 72 % en février"],
           ["Rétention faible", "caisse de rangement offerte pour les bocaux", "Léa", "1er janvier", "moins de plaintes sur le stockage"],
           ["Coût d'acquisition", "campagne Instagram arrêtée, parrainage à 10 €", "Karim", "immédiat", "coût sous 50 € en janvier"],
           ["Panier moyen", "suggestion de produits de saison dans le mail du mardi", "responsable Saint-Michel", "janvier", "panier à 38 €"]]),
    ],
    missing=["reporting-escalation"],
)
