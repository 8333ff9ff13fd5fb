from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="pandoc",
    language="fr",
    notes="""Held-out round 40 (h40_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, in French: Vercors Houblon, brasserie artisanale de Villard-de-Lans (11 salariés), lance une box
    mensuelle de bières par abonnement vendue en ligne. Numbered headings, several shortened ("1. Gouvernance",
    "1.1 Rituels", "6. Remontées"); the meetings, the indicators, the forecast against the actual and the
    corrections as tables; the screen of the dashboard drawn as a picture with a caption. The gap analysis is split
    over two headings (the opening of part 5 and "5.2 Lecture des écarts"). The part on reporting holds two
    sentences (thin). The authors add their own appendix defining how each figure is calculated.""",
    title="Vercors Houblon – piloter le lancement de la box abonnement",
    cover=["Étude de cas 1 – pilotage du projet", "Léa Martinon, Hugo Perrier, Salomé Dufaud – décembre 2026"],
    blocks=[
        H(1, "1. Gouvernance", {"steering-governance": "ok"}),
        P("La box « Houblon du mois » a été lancée le 1er septembre 2026 : quatre bières de la brasserie et une "
          "bière invitée, livrées chaque mois pour 34 € par mois, sans engagement. Le projet est porté par la "
          "gérante, Nathalie Guillot, qui tranche sur le budget et les prix. Hugo Perrier, responsable commercial, "
          "est chef de projet : il suit les chiffres chaque semaine et prépare les décisions. Le maître brasseur, "
          "Damien Rey, répond de la production et du choix des bières ; Salomé Dufaud gère la boutique en ligne et "
          "le service client ; le transporteur et le prestataire d'emballage sont associés une fois par mois."),
        P("Nous avons voulu une organisation que tout le monde à la brasserie comprenne en une phrase : chaque "
          "lundi, on regarde les chiffres de la semaine ; chaque mois, on décide ; chaque trimestre, on revoit "
          "l'objectif. Les chiffres sont affichés dans la salle de pause sur une feuille imprimée, pas seulement "
          "dans un outil, parce que la moitié de l'équipe travaille en production et n'ouvre jamais le tableur. "
          "Une dépense de plus de 2 000 € ou un changement de prix passe toujours par Nathalie."),
        H(2, "1.1 Rituels", {"rituals": "ok"}),
        T([["Rendez-vous", "Quand", "Qui", "Durée", "Ce qui en sort"],
           ["Point du lundi", "chaque lundi, 8 h 30", "Hugo, Salomé, Damien", "20 min", "3 actions de la semaine"],
           ["Comité mensuel", "premier jeudi du mois", "Nathalie, Hugo, Damien, Salomé", "1 h 30",
            "décisions sur prix, bières, budget"],
           ["Point partenaires", "mi-mois", "Hugo, transporteur, emballeur", "45 min", "délais et casse"],
           ["Revue trimestrielle", "janvier, avril, juillet", "toute l'équipe", "2 h", "objectif d'abonnés revu"]]),
        H(1, "2. Pourquoi ces indicateurs ?", {"kpi-selection": "ok"}),
        P("Une box par abonnement vit ou meurt sur deux chiffres : combien d'abonnés restent d'un mois sur l'autre, "
          "et combien coûte chaque nouvel abonné. Nous avons donc choisi peu d'indicateurs, six en tout, chacun lié "
          "à une décision que quelqu'un peut prendre. Le nombre d'abonnés actifs dit si le projet atteint son "
          "objectif de 900 abonnés en juin 2027. Le taux de résiliation mensuel dit si la box plaît. Le coût "
          "d'acquisition dit si la publicité en ligne vaut ce qu'elle coûte. La marge par box vérifie que le prix "
          "couvre la bière, l'emballage et le transport. Le délai de livraison et le taux de casse mesurent ce que "
          "le client vit à la réception. Nous avons écarté le nombre de visites du site et les abonnés Instagram : "
          "ils bougent beaucoup mais ne disent rien de ce qu'il faut changer."),
        H(1, "3. Nos six chiffres", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Cible juin 2027", "Fréquence", "Responsable", "Seuil d'alerte"],
           ["Abonnés actifs", "abonnés payants au dernier jour du mois", "900", "hebdo", "Hugo", "< 80 % du prévu"],
           ["Résiliation", "résiliations du mois / abonnés au début du mois", "< 6 %", "mensuel", "Salomé", "> 9 %"],
           ["Coût d'acquisition", "dépenses marketing / nouveaux abonnés", "< 28 €", "mensuel", "Hugo", "> 35 €"],
           ["Marge par box", "prix – bière – emballage – transport", "> 11 €", "mensuel", "Nathalie", "< 9 €"],
           ["Délai de livraison", "jours entre expédition et réception", "≤ 3 jours", "hebdo", "Salomé", "> 4 jours"],
           ["Casse", "boxes avec bouteille cassée / boxes livrées", "< 1 %", "hebdo", "Damien", "> 2 %"]]),
        H(1, "4. Écran de suivi", {"dashboard": "ok"}),
        P("Le tableur partagé produit chaque lundi une page unique, imprimée pour la salle de pause."),
        Img(["Abonnés actifs", "Résiliation", "Coût d'acquisition", "Marge par box", "Livraison et casse"],
            "La page du lundi : un chiffre par case, vert, orange ou rouge selon le seuil."),
        H(1, "5. Où en sommes-nous après trois mois ?", {"gap-analysis": "ok"}),
        P("Fin novembre, le lancement est en avance sur les abonnés mais en retard sur la marge. Les abonnés "
          "arrivent plus vite que prévu grâce au marché de Noël de Grenoble et à un article du Dauphiné, mais la "
          "casse et le transport mangent une partie de ce que chaque box rapporte."),
        H(2, "5.1 Prévu / réalisé", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu fin novembre", "Réalisé", "Écart"],
           ["Abonnés actifs", "320", "388", "+ 21 %"],
           ["Résiliation", "8 %", "7,2 %", "mieux"],
           ["Coût d'acquisition", "30 €", "24 €", "mieux"],
           ["Marge par box", "11,50 €", "8,70 €", "– 2,80 €"],
           ["Délai de livraison", "3 jours", "3,6 jours", "+ 0,6 jour"],
           ["Casse", "1 %", "3,4 %", "x 3,4"]]),
        H(2, "5.2 Lecture des écarts", {"gap-analysis": "ok"}),
        P("L'écart de marge a deux causes que nous avons chiffrées. La casse, d'abord : 3,4 % des boxes arrivent "
          "avec une bouteille brisée, que nous renvoyons gratuitement, soit environ 1,60 € par box en moyenne. Le "
          "calage en carton choisi en août n'a pas été testé avec les bouteilles de 75 cl de la bière invitée. Le "
          "transport, ensuite : le tarif négocié suppose des envois groupés le mardi, mais nous expédions au fil "
          "des commandes pour tenir le délai, ce qui coûte 1,20 € de plus par box. Le délai lui-même dépasse la "
          "cible pour les clients hors Rhône-Alpes."),
        H(2, "5.3 Ce qu'on corrige", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Qui", "Pour quand", "Effet attendu"],
           ["Casse 3,4 %", "Calage en alvéoles moulées, testé sur 50 boxes", "Damien", "15 décembre", "casse < 1 %"],
           ["Transport + 1,20 €", "Un seul envoi groupé le mardi, date annoncée au client", "Salomé", "janvier",
            "– 1,20 € par box"],
           ["Délai hors région", "Deuxième transporteur pour le Nord et l'Ouest", "Hugo", "février", "≤ 3 jours partout"],
           ["Marge 8,70 €", "Prix à 36 € pour les nouveaux abonnés", "Nathalie", "comité de janvier", "marge > 11 €"]]),
        H(1, "6. Remontées", {"reporting-escalation": "thin"}),
        P("Un seuil d'alerte franchi deux semaines de suite remonte à Nathalie le jour même. Le comité mensuel "
          "reçoit la page du lundi et la liste des actions en retard."),
        H(1, "Annexe A – Comment on calcule", {}),
        P("Un abonné est actif s'il a payé le mois en cours. Une box offerte ne compte ni comme abonné ni dans la "
          "marge. Les dépenses marketing comprennent la publicité en ligne, les salons et les échantillons."),
    ],
)
