from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. Aide & Présence Val de Sèvre, a home-care association of
    140 carers around Niort, is rolling out a phone app for visit schedules and care notes; the authors prepare
    what to do if the indicators go wrong. The authors' own numbered headings; the three fallbacks are bold Normal
    sub-headings under one heading (one section split over four headings); the comparison and the weighted scores
    share one heading and two tables (merged); who decides the switch is an upper-case bold Normal paragraph; the
    objections heading has nothing under it (empty).""",
    title="Plan B pour l'application des intervenantes",
    cover=["Solutions alternatives selon les indicateurs – Aide & Présence Val de Sèvre",
           "Camille Bonnin, Théo Marchand – décembre 2026"],
    blocks=[
        H(1, "1. Où en est le déploiement", {"baseline-reminder": "ok"}),
        P("Depuis octobre, les 140 intervenantes de l'association reçoivent leur planning de visites sur un téléphone "
          "professionnel, avec l'application Tournéo, au lieu de la feuille hebdomadaire glissée dans leur casier. "
          "Elles y notent aussi l'heure d'arrivée chez chaque bénéficiaire et quelques lignes sur son état, que "
          "l'infirmière coordinatrice lit le soir même. Le plan initial prévoit trois vagues : le secteur de Niort "
          "en octobre, celui de Saint-Maixent en janvier et celui de Melle en mars, pour un budget de 74 000 euros."),
        P("Nous suivons quatre indicateurs chaque semaine : la part des visites pointées dans l'application (cible : "
          "95 %), le nombre d'appels des intervenantes au secrétariat pour un changement de planning (cible : moins "
          "de 30 par semaine, contre 120 avant), la part des notes de visite saisies le jour même (cible : 80 %) et "
          "le délai moyen de paiement des heures, qui doit passer de 18 à 8 jours."),
        H(1, "2. Les signaux qui nous feraient changer de cap", {"kpi-scenarios": "ok"}),
        T([["Indicateur", "Seuil d'alerte", "Depuis combien de temps", "Ce que ça voudrait dire"],
           ["Visites pointées", "moins de 80 %", "trois semaines de suite", "l'application n'est pas adoptée"],
           ["Appels au secrétariat", "plus de 70 par semaine", "un mois", "le planning mobile n'est pas fiable"],
           ["Notes saisies le jour même", "moins de 50 %", "un mois", "la saisie est trop longue au domicile"],
           ["Téléphones en panne ou perdus", "plus de 10 par mois", "deux mois", "le matériel ne convient pas"]]),
        H(1, "3. Trois plans de repli", {"alternatives": "ok"}),
        P("Nous avons préparé trois solutions de rechange, chacune répondant à un des signaux ci-dessus. Aucune n'est "
          "engagée aujourd'hui ; elles sont chiffrées pour pouvoir être lancées en moins d'un mois."),
        B("Repli A – garder l'application, mais sans la saisie des notes", {"alternatives": "ok"}),
        P("Si les notes ne sont pas saisies, c'est sans doute que taper un texte sur un petit écran chez une personne "
          "âgée prend trop de temps. Le repli A supprime la note libre et la remplace par six cases à cocher (repas "
          "pris, médicaments, humeur, chute, besoin de course, à rappeler) et un message vocal facultatif. L'éditeur de "
          "Tournéo propose ce module pour 4 000 euros ; il faut deux semaines pour le paramétrer."),
        B("Repli B – revenir au papier pour le secteur de Melle", {"alternatives": "ok"}),
        P("Le secteur de Melle est le plus rural : plusieurs communes n'ont pas de réseau mobile fiable. Si le pointage "
          "y reste sous 80 %, nous y gardons la feuille hebdomadaire et un pointage par appel gratuit depuis le "
          "téléphone fixe du bénéficiaire, comme avant. Le coût est faible, mais le secrétariat doit ressaisir ces "
          "heures, soit une demi-journée par semaine."),
        B("Repli C – changer de téléphones", {"alternatives": "ok"}),
        P("Si les pannes et les pertes dépassent le seuil, nous remplaçons les téléphones d'entrée de gamme par un "
          "modèle renforcé avec une coque et une dragonne, prévu pour le travail de terrain. Cela coûte 21 000 euros "
          "de plus pour 140 appareils, en partie repris par le loueur. Les nouveaux téléphones seraient distribués "
          "secteur par secteur, à la réunion mensuelle, avec les données déjà transférées."),
        H(1, "4. Les replis face à face, notés", {"alternatives-comparison": "ok", "weighted-scoring": "ok"}),
        T([["", "Repli A", "Repli B", "Repli C"],
           ["Coût", "4 000 €", "environ 6 000 € de temps de secrétariat par an", "21 000 €"],
           ["Délai de mise en place", "deux semaines", "une semaine", "un mois"],
           ["Effet sur les intervenantes", "saisie en trente secondes", "retour à une habitude connue", "moins de pannes"],
           ["Ce qu'on perd", "le détail des notes", "le suivi en temps réel à Melle", "rien, mais le budget"]]),
        T([["Critère (poids)", "Repli A", "Repli B", "Repli C"],
           ["Adoption par les intervenantes (40 %)", "4", "5", "3"],
           ["Qualité du suivi des bénéficiaires (30 %)", "3", "2", "4"],
           ["Coût (20 %)", "4", "4", "2"],
           ["Rapidité (10 %)", "4", "5", "2"],
           ["Total", "3,7", "3,9", "3,0"]]),
        H(1, "5. Ce que nous conseillons", {"recommendation": "ok"}),
        P("Nous conseillons de préparer dès maintenant le repli A et de le déclencher sans attendre si les notes du "
          "secteur de Niort restent sous 50 % en janvier. C'est le seul qui garde l'intérêt principal du projet : "
          "l'infirmière coordinatrice voit le soir même qu'une personne n'a pas mangé ou est tombée. Les premières "
          "semaines montrent déjà que les intervenantes pointent volontiers, mais écrivent peu : 91 % de visites "
          "pointées, seulement 46 % de notes."),
        P("Le repli B obtient le meilleur total, mais seulement parce qu'il est rapide et bien accepté ; il nous ferait "
          "perdre le suivi en temps réel dans le secteur où les bénéficiaires sont les plus isolés. Nous le gardons "
          "pour Melle uniquement, et seulement si le réseau mobile empêche vraiment le pointage. Le repli C ne se "
          "justifie pas tant que les pannes restent à quatre par mois, comme aujourd'hui ; nous demandons au loueur "
          "de garder son offre valable jusqu'en juin. Nous présenterons ce choix au conseil d'administration "
          "du 14 janvier, avec les chiffres de décembre."),
        B("6. QUI DÉCIDE, ET COMMENT ON BASCULE", {"decision-process": "ok"}),
        P("La directrice décide du déclenchement d'un repli, sur proposition du comité de suivi qui réunit chaque "
          "premier lundi du mois l'infirmière coordinatrice, une responsable de secteur, deux intervenantes élues par "
          "leurs collègues et nous deux. Le tableau des quatre indicateurs est envoyé le vendredi précédent. Si un seuil "
          "est franchi, le comité vote une recommandation ; la directrice tranche dans la semaine. Le repli est ensuite "
          "annoncé aux intervenantes lors de la réunion de secteur, avec une séance de prise en main d'une heure, et "
          "l'ancien fonctionnement reste possible pendant quinze jours. Nous écrivons la décision et ses raisons "
          "dans le compte rendu du comité, pour que les autres secteurs sachent pourquoi."),
        H(1, "7. Les questions qu'on nous posera", {"objections": "empty"}),
    ],
)
