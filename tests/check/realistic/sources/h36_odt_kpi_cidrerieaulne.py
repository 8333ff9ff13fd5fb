from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: la Cidrerie de l'Aulne, a cider maker of 22 people near Châteaulin,
    opens an online ordering portal for the cafés, crêperies and restaurants that buy its cider, and the candidate
    explains how the project is steered. Every heading is a question ("Qui tient la barre ?", "Quand se
    réunit-on ?", "Que mesure-t-on, et pourquoi ?"...); the meetings, the KPI table, the forecast against actual
    figures and the actions are tables; a mock-up of the dashboard with a caption. The explanation of the gaps is
    three sentences above the figures (thin). Nothing says how bad news is reported or escalated (missing).""",
    title="Cidrerie de l'Aulne – piloter le portail de commande pro",
    cover=["Étude de cas 1 – pilotage du projet", "Maëlys Le Goff – Web School Factory – décembre 2026"],
    blocks=[
        H(1, "Qui tient la barre ?", {"steering-governance": "ok"}),
        P("La Cidrerie de l'Aulne presse chaque automne les pommes de 40 vergers du Finistère et vend 900 000 "
          "bouteilles par an, dont 60 % à des cafés, crêperies et restaurants de Bretagne. Jusqu'ici, ces clients "
          "commandaient par téléphone auprès de deux commerciaux, souvent le vendredi soir, et les erreurs de "
          "livraison coûtaient environ 18 000 euros par an en reprises et en gestes commerciaux. Le projet, doté "
          "de 95 000 euros, met en ligne en mars 2027 un portail où chaque client pro commande, suit sa livraison "
          "et retrouve ses factures."),
        P("Le gérant, Yann Kerhervé, est le commanditaire : il valide le budget et tranche entre les services. "
          "La responsable commerciale, Soizic Paugam, porte l'objectif d'adoption par les clients ; le chef de "
          "chai garde la main sur les stocks affichés ; l'agence web de Quimper livre le portail. Je suis cheffe "
          "de projet : je tiens le tableau de bord, je prépare les comités et je propose les arbitrages, mais je "
          "ne décide pas seule d'une dépense de plus de 2 000 euros. Chaque indicateur a un propriétaire nommé, "
          "qui explique lui-même un écart au comité."),
        H(2, "Quand se réunit-on ?", {"rituals": "ok"}),
        T([["Rendez-vous", "Participants", "Fréquence", "Objet"],
           ["Comité de pilotage", "gérant, responsable commerciale, chef de chai, cheffe de projet",
            "premier lundi du mois", "budget, planning, décisions"],
           ["Point agence", "cheffe de projet, agence web", "chaque mardi, 30 minutes", "avancement, anomalies"],
           ["Revue commerciale", "responsable commerciale, deux commerciaux", "chaque vendredi",
            "clients inscrits, premières commandes, réclamations"],
           ["Bilan de saison", "toute l'équipe", "fin septembre", "ce qu'on garde, ce qu'on change"]]),
        H(1, "Que mesure-t-on, et pourquoi ?", {"kpi-selection": "ok"}),
        P("Nous avons choisi les indicateurs en partant des trois questions que le gérant pose à chaque comité. "
          "Les clients utilisent-ils vraiment le portail, ou continuent-ils d'appeler ? Les commandes arrivent-elles "
          "justes et à l'heure ? Et le projet reste-t-il dans son budget ? Pour chaque question, nous avons gardé "
          "un indicateur d'usage et un indicateur de résultat, pas davantage, car un comité d'une heure ne peut "
          "pas discuter de vingt chiffres. Nous avons écarté le nombre de visites du site : il monte dès qu'un "
          "client cherche une facture et ne dit rien de la commande. Chaque indicateur est calculable chaque "
          "semaine à partir du portail, du logiciel de gestion ou du transporteur, sans saisie à la main, et "
          "chacun a un seuil d'alerte qui déclenche une action déjà prévue. Les cibles ont été fixées avec les "
          "commerciaux à partir de ce que d'autres cidreries ont obtenu avec un portail semblable."),
        H(1, "Quels chiffres suit-on chaque semaine ?", {"kpi-table": "ok"}),
        T([["Indicateur", "Calcul", "Source", "Fréquence", "Cible", "Alerte", "Propriétaire"],
           ["Clients pros inscrits", "comptes actifs / clients pros", "portail", "hebdomadaire", "70 % en juin",
            "moins de 40 % fin avril", "Soizic Paugam"],
           ["Part des commandes en ligne", "commandes portail / toutes les commandes", "logiciel de gestion",
            "hebdomadaire", "50 % en septembre", "moins de 25 % en mai", "Soizic Paugam"],
           ["Commandes livrées justes", "commandes sans réclamation / commandes livrées", "réclamations",
            "hebdomadaire", "98 %", "moins de 95 %", "chef de chai"],
           ["Délai de livraison", "jours entre commande et livraison", "transporteur", "hebdomadaire",
            "2 jours", "plus de 3 jours", "chef de chai"],
           ["Budget consommé", "dépenses engagées / budget", "comptabilité", "mensuelle", "100 % fin juin",
            "plus de 80 % avant mai", "cheffe de projet"]]),
        H(1, "À quoi ressemble le tableau de bord ?", {"dashboard": "ok"}),
        Img(["Inscrits", "Commandes en ligne", "Livrées justes", "Délai", "Budget"],
            caption="Maquette de l'écran projeté au comité, une tuile par indicateur, en vert, orange ou rouge"),
        P("L'écran tient sur une page ; chaque tuile montre la valeur de la semaine, la cible et la courbe depuis "
          "mars."),
        H(1, "Où en est-on par rapport au prévu ?", {"gap-analysis": "thin"}),
        P("Fin avril, les inscriptions sont en avance mais les commandes en ligne restent loin derrière : les "
          "clients s'inscrivent pour voir leurs factures et rappellent ensuite le commercial. Le délai de "
          "livraison a glissé pendant les jours fériés."),
        H(2, "Les chiffres d'avril", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu fin avril", "Réel fin avril", "Écart"],
           ["Clients pros inscrits", "40 %", "52 %", "+12 points"],
           ["Part des commandes en ligne", "25 %", "14 %", "−11 points"],
           ["Commandes livrées justes", "97 %", "97,5 %", "+0,5 point"],
           ["Délai de livraison", "2,5 jours", "3,1 jours", "+0,6 jour"],
           ["Budget consommé", "70 %", "66 %", "−4 points"]]),
        H(2, "Que fait-on pour corriger ?", {"corrective-actions": "ok"}),
        T([["Écart", "Action", "Responsable", "Échéance", "Effet attendu"],
           ["Commandes en ligne trop rares", "le commercial passe la commande sur le portail avec le client, "
            "au téléphone, pendant trois semaines", "Soizic Paugam", "31 mai", "20 % en juin"],
           ["Commandes en ligne trop rares", "remise de 2 % sur les commandes passées en ligne jusqu'à l'été",
            "gérant", "15 mai", "adoption plus rapide chez les crêperies"],
           ["Délai de livraison", "un second départ de camion le jeudi pendant les semaines à jour férié",
            "chef de chai", "mai", "retour à 2,5 jours"]]),
    ],
    missing=["reporting-escalation"],
)
