from _common import *

DOC = dict(
    deliverable="steering-kpis",
    path="pandoc",
    language="fr",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, French: Bocal des Alpes, a cooperative of nine bulk grocery shops around Grenoble, launches a deposit
    scheme for glass jars and explains how it steers it. The author's own numbered headings, two in upper case.
    Why the indicators were chosen and the indicator table sit under one heading (merged). A drawn dashboard;
    forecast and actual figures and the corrective actions are tables. Nothing on reporting or escalation
    (deleted, missing).""",
    title="Bocal des Alpes – piloter la consigne des bocaux",
    cover=["Étude de cas 1 – pilotage du projet et indicateurs", "Pauline Chabert – Web School Factory, décembre 2026"],
    blocks=[
        H(1, "1. QUI DÉCIDE, QUI SUIT", {"steering-governance": "ok"}),
        P("Bocal des Alpes est une coopérative de neuf épiceries en vrac autour de Grenoble, avec 38 salariés et "
          "environ 11 000 clients réguliers. Aujourd'hui, chaque client apporte ses propres contenants ou achète "
          "des bocaux neufs à 2,50 euros, que la plupart jettent ou gardent au fond d'un placard. Le projet « Bocal "
          "retour » met en place, de mars à décembre 2027, une consigne d'un euro sur des bocaux standard, rendus "
          "dans n'importe quelle épicerie, lavés par une entreprise d'insertion de Fontaine et remis en rayon. Le "
          "budget est de 96 000 euros, dont 40 000 de subvention de la Métropole."),
        P("Le conseil d'administration de la coopérative a confié le projet à la directrice, Hélène Rivoire, qui "
          "en est la sponsor et rend compte à chaque conseil. Je coordonne le projet à mi-temps : je tiens les "
          "chiffres, prépare les comités et suis le planning. Chaque épicerie a désigné un référent consigne parmi "
          "ses vendeurs, et l'entreprise de lavage, Lav'Insert, a son propre responsable. Les décisions qui "
          "touchent au prix de la consigne, au nombre de bocaux achetés ou au contrat de lavage reviennent au "
          "comité de pilotage ; le reste se règle entre le référent et moi. Un indicateur n'a qu'un responsable, "
          "pour qu'on sache toujours à qui poser la question quand il décroche."),
        H(2, "1.1 Les rendez-vous du projet", {"rituals": "ok"}),
        T([["Rendez-vous", "Participants", "Fréquence", "Ce qu'on y regarde"],
           ["Comité de pilotage", "directrice, coordinatrice, deux référents, Lav'Insert", "mensuel, 1 h 30",
            "budget, taux de retour, décisions"],
           ["Point référents", "coordinatrice, neuf référents", "chaque mardi, 20 min en visio",
            "bocaux rendus, ruptures, remarques des clients"],
           ["Point lavage", "coordinatrice, responsable Lav'Insert", "tous les quinze jours",
            "volumes lavés, casse, délais de retour en rayon"],
           ["Conseil d'administration", "administrateurs, directrice", "trimestriel", "avancement et budget"]]),
        H(1, "2. Nos indicateurs, et pourquoi ceux-là", {"kpi-selection": "ok", "kpi-table": "ok"}),
        P("Nous avons commencé avec une liste de quinze mesures possibles et n'en avons gardé que cinq. La "
          "question du conseil est simple : les bocaux reviennent-ils, et le système coûte-t-il moins cher que "
          "d'acheter du neuf ? Les deux premiers indicateurs y répondent directement. Le troisième surveille le "
          "maillon fragile, le lavage, car un bocal qui attend trois semaines chez Lav'Insert manque en rayon. Les "
          "deux derniers disent si les clients adoptent la consigne et si le budget tient. Nous avons écarté le "
          "nombre de bocaux vendus, qui grimpe tout seul au lancement et ne dit rien du retour, et toute mesure "
          "qui demanderait un comptage à la main aux vendeurs, déjà très occupés à la caisse."),
        T([["Indicateur", "Calcul", "Source", "Fréquence", "Cible", "Alerte", "Responsable"],
           ["Taux de retour", "bocaux rendus / bocaux consignés sur 3 mois", "caisse", "hebdomadaire", "75 %",
            "sous 55 %", "coordinatrice"],
           ["Coût par bocal réutilisé", "lavage + transport + casse / bocaux remis en rayon", "factures, caisse",
            "mensuel", "0,45 €", "au-dessus de 0,70 €", "directrice"],
           ["Délai de lavage", "jours entre collecte et retour en rayon", "bons de Lav'Insert", "bimensuel",
            "7 jours", "plus de 12 jours", "responsable Lav'Insert"],
           ["Clients utilisateurs", "tickets avec consigne / tickets totaux", "caisse", "mensuel", "35 %",
            "sous 15 %", "référents"],
           ["Budget consommé", "dépenses / budget voté", "comptabilité", "mensuel", "100 % en décembre",
            "plus de 60 % fin juin", "coordinatrice"]]),
        H(1, "3. Le tableau de bord du mardi", {"dashboard": "ok"}),
        Img(["Taux de retour par épicerie", "Bocaux en stock", "Délai de lavage", "Budget"],
            caption="Maquette du tableau de bord partagé, mis à jour chaque lundi soir à partir des caisses."),
        P("Il tient sur un écran : les référents l'ouvrent au début du point du mardi, épicerie par épicerie."),
        H(1, "4. ÉCARTS ENTRE PRÉVU ET RÉEL", {"gap-analysis": "ok"}),
        P("À la fin de juin, après quatre mois de consigne, les résultats sont contrastés. Les clients ont adopté "
          "le système plus vite que prévu : près d'un ticket sur trois contient déjà un bocal consigné. Mais les "
          "bocaux reviennent moins qu'espéré, surtout dans les trois épiceries de centre-ville, où les clients "
          "viennent à pied et rapportent rarement un sac de verre lourd. Le lavage est le vrai point faible : "
          "Lav'Insert a perdu un salarié en mai et les bocaux ont attendu jusqu'à seize jours avant de revenir, ce "
          "qui a provoqué des ruptures de bocaux d'un litre. Le coût par bocal dépasse la cible parce que la casse "
          "au transport est deux fois plus élevée que ce que nous avions compté. Le budget, lui, est tenu, "
          "ce qui nous laisse une petite réserve pour corriger le lavage sans revenir devant le conseil."),
        H(2, "4.1 Chiffres de juin", {"forecast-actual": "ok"}),
        T([["Indicateur", "Prévu fin juin", "Réel fin juin", "Écart"],
           ["Taux de retour", "60 %", "52 %", "−8 points"],
           ["Coût par bocal réutilisé", "0,55 €", "0,74 €", "+0,19 €"],
           ["Délai de lavage", "8 jours", "16 jours", "+8 jours"],
           ["Clients utilisateurs", "20 %", "31 %", "+11 points"],
           ["Budget consommé", "45 %", "43 %", "−2 points"]]),
        H(2, "4.2 Ce que nous changeons", {"corrective-actions": "ok"}),
        T([["Problème", "Action", "Qui", "Pour quand", "Effet attendu"],
           ["Retour faible en centre-ville", "point de collecte dans deux boulangeries partenaires", "référents",
            "septembre", "taux de retour à 65 %"],
           ["Lavage trop lent", "second créneau de lavage le samedi, financé sur la réserve", "Lav'Insert",
            "juillet", "délai sous 9 jours"],
           ["Casse au transport", "caisses à alvéoles au lieu des cartons", "coordinatrice", "août",
            "casse divisée par deux"]]),
    ],
    missing=["reporting-escalation"],
)
