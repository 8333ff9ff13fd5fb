from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. Les Vignerons du Brulhois, a wine cooperative of 140
    growers near Agen, launched a wine-box subscription sold online; the authors prepare what to do if its
    indicators go wrong. The authors' own Roman-numbered headings; two of the alternatives under bold Normal
    sub-headings below an introduction (one section over three headings); the trigger table under a bold Normal
    paragraph in upper case; the recommendation and who decides the switch share one heading (merged); the
    heading for the questions they expect was left with no text at all (empty).""",
    title="Le Coffret du Brulhois : et si les chiffres décrochent ?",
    cover=["Solutions de repli selon les indicateurs – Les Vignerons du Brulhois",
           "Manon Lacoste, Julien Sarrazin – décembre 2026"],
    blocks=[
        H(1, "I. Le coffret, six mois après", {"baseline-reminder": "ok"}),
        P("Depuis juin 2026, la cave propose sur son site un abonnement : un coffret de trois bouteilles livré "
          "chaque trimestre, à 39 euros, avec une fiche sur le vigneron et un accord mets et vins. Le plan "
          "d'origine vise 2 500 abonnés à la fin de 2027, pour 390 000 euros de ventes annuelles, avec une "
          "préparation des coffrets à la cave par deux salariées et une livraison confiée à un transporteur "
          "national."),
        P("Le comité de pilotage suit chaque mois cinq chiffres : le nombre d'abonnés actifs (1 140 en novembre, "
          "pour 1 300 prévus), la part d'abonnés qui résilient après le premier coffret (cible : moins de 15 %), le "
          "coût d'acquisition d'un abonné par la publicité en ligne (cible : moins de 25 euros), le taux de colis "
          "cassés ou perdus (cible : moins de 1 %) et la note moyenne laissée par les abonnés (cible : 4,3 sur 5)."),
        B("II. QUAND FAUT-IL S'INQUIÉTER ?", {"kpi-scenarios": "ok"}),
        T([["Chiffre suivi", "Seuil qui déclenche", "Durée", "Repli envisagé"],
           ["Résiliations après le premier coffret", "plus de 25 %", "deux trimestres", "formule à la carte"],
           ["Coût d'acquisition d'un abonné", "plus de 40 €", "trois mois", "vente par les cavistes partenaires"],
           ["Colis cassés ou perdus", "plus de 3 %", "un trimestre", "changement de transporteur"],
           ["Abonnés actifs", "moins de 1 500 fin juin 2027", "une fois", "revoir tout le modèle"]]),
        H(1, "III. Trois plans B", {"alternatives": "ok"}),
        P("Chaque repli répond à un signal précis du tableau ci-dessus. Aucun n'est engagé ; tous sont chiffrés "
          "pour pouvoir démarrer en moins de six semaines, et nous les avons présentés au conseil "
          "d'administration de la cave en novembre."),
        B("Plan B1 — laisser l'abonné choisir ses bouteilles", {"alternatives": "ok"}),
        P("Beaucoup d'abonnés qui partent disent qu'ils ont reçu un vin qu'ils n'aiment pas. La formule à la "
          "carte les laisse choisir trois bouteilles parmi douze chaque trimestre, avec un choix par défaut s'ils "
          "ne font rien. Le site doit être adapté (8 500 euros chez notre prestataire) et la préparation devient "
          "plus longue : une demi-journée de plus par trimestre pour les deux préparatrices."),
        B("Plan B2 — passer par les cavistes", {"alternatives": "ok"}),
        P("Si la publicité en ligne coûte trop cher, nous vendons l'abonnement par vingt cavistes du Sud-Ouest, "
          "qui touchent 6 euros par abonné et par trimestre. Le caviste remet le premier coffret en main propre, "
          "ce qui rassure les clients hésitants. Nous perdons une partie de la marge, mais nous cessons de "
          "payer des annonces dont le coût monte chaque mois."),
        P("Enfin, si la casse dépasse 3 %, nous quittons le transporteur national pour un réseau de points relais "
          "régional qui accepte les colis de vin, avec des cartons en pulpe moulée testés en chute. Le coût par "
          "colis monte de 1,10 euro, compensé en partie par la fin des renvois gratuits. Les points relais gardent le colis dix jours, ce qui convient aux abonnés absents en journée."),
        H(1, "IV. Les plans B côte à côte", {"alternatives-comparison": "ok"}),
        T([["", "B1 – à la carte", "B2 – cavistes", "B3 – points relais"],
           ["Coût de départ", "8 500 €", "1 200 € de présentoirs", "2 000 € de cartons"],
           ["Coût récurrent", "une demi-journée par trimestre", "6 € par abonné et par trimestre", "1,10 € de plus par colis"],
           ["Délai", "six semaines", "un mois", "trois semaines"],
           ["Chiffre qu'il corrige", "résiliations", "coût d'acquisition", "casse"]]),
        B("Note pondérée", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "B1", "B2", "B3"],
           ["Effet sur le chiffre visé (40 %)", "4", "3", "5"],
           ["Coût (30 %)", "3", "3", "4"],
           ["Facilité pour l'équipe (20 %)", "3", "4", "4"],
           ["Image de la cave (10 %)", "4", "5", "3"],
           ["Total sur 5", "3,5", "3,4", "4,3"]]),
        H(1, "V. Notre conseil, et qui appuie sur le bouton", {"recommendation": "ok", "decision-process": "ok"}),
        P("Nous conseillons de préparer dès maintenant le plan B3, qui a la meilleure note et corrige un problème "
          "que les abonnés ne pardonnent pas : un coffret cassé coûte presque toujours l'abonné. Le plan B1 vient "
          "ensuite ; nous le gardons prêt car les résiliations sont à 19 %, encore sous le seuil mais en hausse "
          "depuis septembre. Le plan B2 ne se justifie que si la publicité devient vraiment trop chère : il "
          "demande de former vingt cavistes et réduit la marge de façon durable."),
        P("Le comité de pilotage lit les chiffres le premier lundi de chaque mois. Si un seuil est franchi sur la "
          "durée prévue, Manon Lacoste, responsable du projet, rédige une note d'une page avec le repli proposé et "
          "son coût. Le directeur de la cave décide dans la semaine, seul pour une dépense de moins de 10 000 "
          "euros, avec le bureau du conseil d'administration au-delà. La bascule se fait entre deux envois "
          "trimestriels pour ne pas perturber un coffret en cours, et les abonnés sont prévenus par courriel "
          "quinze jours avant tout changement. Un bilan est fait trois mois après chaque bascule, avec les "
          "mêmes chiffres qu'avant, pour savoir si le repli a fait son effet ou s'il faut en essayer un autre."),
        H(1, "VI. Questions qu'on nous posera", {"objections": "empty"}),
        H(1, "VII. Annexe : les chiffres de novembre", {}),
        P("1 140 abonnés actifs, 19 % de résiliations après le premier coffret, 31 euros de coût d'acquisition, "
          "1,8 % de colis cassés, note moyenne de 4,4 sur 5."),
    ],
)
