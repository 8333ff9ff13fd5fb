from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 50, written and labelled on 2026-12-02 before any run of check. python-docx then
    opened and saved by LibreOffice Writer, French, the steering of the online launch of a cheese shop in Rouen.
    The authors' own numbered headings; the rituals, the forecast-versus-actual table and the corrective actions
    sit under bold Normal paragraphs; the choice of indicators and their table share one heading (merged); the
    dashboard heading has nothing under it (empty).""",
    title="Crèmerie Lebrun – Piloter le lancement de la boutique en ligne",
    cover=["Étude de cas 1 – pilotage et indicateurs", "Julien Masson et Awa Diallo – décembre 2026"],
    blocks=[
        H(1, "1. Qui décide, et à quel rythme", {"steering-governance": "ok"}),
        P("La Crèmerie Lebrun, trois boutiques à Rouen et 2,4 millions d'euros de ventes, ouvre en mars 2027 une "
          "boutique en ligne avec livraison réfrigérée en Normandie et en Île-de-France. Le projet est porté par "
          "Hélène Lebrun, la dirigeante, qui en est la commanditaire et arbitre le budget. Le pilotage au "
          "quotidien revient à Julien Masson, chef de projet recruté en septembre, qui s'appuie sur Awa Diallo "
          "pour le marketing et sur le prestataire logistique Froid Express pour les livraisons."),
        P("Nous avons voulu une organisation légère, à la taille d'une entreprise de vingt-deux personnes : un "
          "comité de pilotage mensuel qui décide, une réunion d'équipe hebdomadaire qui fait avancer, et un seul "
          "tableau de bord partagé que tout le monde lit de la même façon. Toute décision qui change le budget de "
          "plus de 5 000 euros ou la date d'ouverture remonte au comité ; le reste se règle en équipe. Les "
          "comptes rendus sont rangés dans le dossier partagé du projet, pour que les vendeuses des boutiques "
          "puissent aussi suivre où en est le site."),
        B("Nos rendez-vous", {"rituals": "ok"}),
        T([["Rendez-vous", "Fréquence", "Qui", "Objet", "Durée"],
           ["Point d'équipe", "chaque lundi", "Julien, Awa, le développeur", "avancement, blocages, commandes de la semaine", "45 min"],
           ["Comité de pilotage", "premier jeudi du mois", "Hélène, Julien, Awa, Froid Express", "indicateurs, écarts, arbitrages", "1 h 30"],
           ["Revue trimestrielle", "chaque trimestre", "Hélène et l'expert-comptable", "rentabilité du canal en ligne", "2 h"]]),
        H(1, "2. Nos indicateurs, et pourquoi ceux-là", {"kpi-selection": "ok", "kpi-table": "ok"}),
        P("Nous aurions pu suivre trente chiffres ; nous en gardons six, parce qu'un comité d'une heure et demie "
          "ne peut pas en discuter davantage. Chacun répond à une question que se pose Hélène : est-ce que des "
          "gens viennent, est-ce qu'ils achètent, est-ce qu'ils reviennent, est-ce que le fromage arrive en bon "
          "état, et est-ce qu'on gagne de l'argent. Tous sont calculés automatiquement par la plateforme de vente "
          "ou par Froid Express, pour ne pas dépendre d'une saisie à la main."),
        T([["Indicateur", "Calcul", "Cible à 6 mois", "Source", "Qui le suit"],
           ["Visiteurs par mois", "visites uniques du site", "15 000", "statistiques du site", "Awa"],
           ["Taux de conversion", "commandes / visites", "2,5 %", "plateforme de vente", "Awa"],
           ["Panier moyen", "chiffre d'affaires / commandes", "58 €", "plateforme de vente", "Julien"],
           ["Clients qui recommandent", "part des clients avec 2 commandes en 90 jours", "30 %", "plateforme de vente", "Awa"],
           ["Colis livrés sans incident", "colis conformes / colis expédiés", "98 %", "Froid Express", "Julien"],
           ["Marge après livraison", "marge brute moins frais de port et d'emballage", "22 %", "comptabilité", "Hélène"]]),
        H(1, "3. L'écran de suivi", {"dashboard": "empty"}),
        H(1, "4. Ce qu'on prévoyait, ce qui arrive", {"gap-analysis": "ok"}),
        P("Le site a ouvert en test auprès de 400 clients des boutiques le 15 novembre, et les six premières "
          "semaines donnent déjà des écarts nets avec nos prévisions. La fréquentation est au-dessus de ce que "
          "nous pensions, grâce aux cartes glissées dans les sacs en boutique. En revanche, les clients achètent "
          "moins par commande que prévu : beaucoup testent avec un seul fromage, ce qui rend les frais de "
          "livraison réfrigérée trop lourds. Le point le plus inquiétant est la casse : 6 % des colis sont arrivés "
          "avec un problème, presque tous livrés le lundi après une nuit en entrepôt. La marge après livraison "
          "est donc très en dessous de la cible, et c'est là que le comité de décembre a concentré ses décisions. Les chiffres ci-dessous couvrent la période du 15 novembre au 27 décembre, "
          "fêtes comprises, ce qui gonfle sans doute la fréquentation."),
        B("Prévu / réalisé après six semaines", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu", "Réalisé", "Écart"],
           ["Visiteurs (6 semaines)", "2 500", "3 400", "+36 %"],
           ["Taux de conversion", "2 %", "2,1 %", "conforme"],
           ["Panier moyen", "55 €", "41 €", "-25 %"],
           ["Colis sans incident", "98 %", "94 %", "-4 points"],
           ["Marge après livraison", "18 %", "7 %", "-11 points"]]),
        B("Ce qu'on change", {"corrective-actions": "ok"}),
        T([["Problème", "Action", "Responsable", "Échéance", "Effet attendu"],
           ["Panier trop petit", "livraison offerte dès 60 €, plateaux de trois fromages", "Awa", "15 janvier", "panier moyen à 55 €"],
           ["Casse le lundi", "plus d'expédition le vendredi, caissons isothermes renforcés", "Julien", "immédiat", "97 % de colis sans incident"],
           ["Marge faible", "renégocier le tarif de Froid Express au-delà de 400 colis par mois", "Hélène", "février", "3 points de marge"]]),
        H(1, "5. Quand et comment on alerte", {"reporting-escalation": "ok"}),
        P("Chaque lundi, Julien envoie à Hélène une page avec les six indicateurs de la semaine et une couleur pour "
          "chacun. Un indicateur qui passe au rouge deux semaines de suite déclenche un appel le jour même, sans "
          "attendre le comité. Un incident de livraison touchant plus de dix colis est signalé dans l'heure à "
          "Hélène et à Froid Express, et les clients concernés sont remboursés le jour même, pour que la réputation "
          "des boutiques ne souffre pas des ratés du site. Le comité reçoit en plus, chaque mois, la liste des "
          "alertes de la période et ce qui a été fait pour chacune."),
        H(1, "6. Nos limites", {}),
        P("Six semaines de test auprès de clients fidèles ne disent pas tout : ils sont plus indulgents que des "
          "inconnus. Nous reverrons les cibles en juin, après trois mois d'ouverture au public."),
    ],
)
