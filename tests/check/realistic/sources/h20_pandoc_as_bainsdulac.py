from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French, a written report: Les Bains du Lac, the intercommunal aquatic centre of Aix-les-Bains, launched online
    booking of swimming slots and a pass on mobile; what it will do if the figures stay low. Numbered headings,
    some shortened ("2. Seuils", "5. Comparaison", "8. Objections"); the alternatives split over two headings, one
    per kind of remedy (split); a comparison table with the team's own columns; no weighted scoring (missing,
    optional); the switch-over written in three sentences (thin); an extra closing section of the author's own.""",
    title="Les Bains du Lac – Réservation en ligne : que faire si ça ne prend pas ?",
    cover=["Étude de cas n°1 – Camille Perret, décembre 2026"],
    blocks=[
        H(1, "1. Le plan de départ", {"baseline-reminder": "ok"}),
        P("Depuis septembre 2026, les Bains du Lac proposent la réservation des créneaux de natation en ligne et un "
          "pass sur téléphone qui remplace la carte à dix entrées. Le projet, voté par la communauté "
          "d'agglomération pour 85 000 euros, devait réduire l'attente à l'accueil le samedi, mieux répartir les "
          "nageurs entre les créneaux et libérer une hôtesse pour l'accueil des écoles."),
        P("Nous suivons chaque mois quatre chiffres : la part des entrées réservées en ligne (objectif 50 % en "
          "juin 2027), le nombre de pass mobiles actifs (objectif 3 000), le temps d'attente moyen à l'accueil le "
          "samedi matin (objectif moins de 5 minutes) et la part de créneaux réservés mais non honorés (à garder "
          "sous 10 %). En novembre, nous sommes à 22 % d'entrées en ligne et 1 150 pass actifs."),
        H(1, "2. Seuils", {"kpi-scenarios": "ok"}),
        T([["Indicateur", "Seuil d'alerte", "Date de contrôle", "Ce qui se déclenche"],
           ["Entrées réservées en ligne", "moins de 35 %", "fin février 2027", "alternative A (tarif)"],
           ["Pass mobiles actifs", "moins de 2 000", "fin février 2027", "alternative B (borne)"],
           ["Attente le samedi", "plus de 10 min", "chaque mois", "alternative B (borne)"],
           ["Réservations non honorées", "plus de 15 %", "chaque mois", "alternative C (caution)"]]),
        H(1, "3. Plans B côté prix", {"alternatives": "ok"}),
        P("Alternative A : rendre la réservation en ligne moins chère. Une entrée réservée sur l'application coûterait 4,50 euros "
          "au lieu de 5,20 euros au guichet, soit l'écart que pratiquent déjà deux piscines de Chambéry. Le manque à "
          "gagner est estimé à 18 000 euros par an si la moitié des entrées passe en ligne, compensé en partie par "
          "l'hôtesse redéployée. Il faut une délibération du conseil communautaire, qui se réunit en mars."),
        P("Alternative C : demander une caution d'un euro à la réservation, rendue à l'entrée. Elle vise les "
          "créneaux bloqués par des nageurs qui ne viennent pas et qui découragent les autres de réserver. "
          "L'éditeur du logiciel propose déjà cette option, pour un coût de mise en place de 1 200 euros."),
        H(1, "4. Plans B côté accueil", {"alternatives": "ok"}),
        P("Alternative B : installer deux bornes dans le hall, où l'on réserve et paie son entrée sans passer par "
          "l'hôtesse. Beaucoup de nos nageurs du matin ont plus de 65 ans et n'installeront pas d'application ; la "
          "borne leur donne les mêmes avantages. Coût : 14 000 euros pour deux bornes, plus 900 euros par an de "
          "maintenance, avec un délai de livraison de dix semaines."),
        P("Nous avons aussi étudié une solution sans investissement : une hôtesse volante le samedi matin, une "
          "tablette à la main, qui aide les nageurs à réserver dans la file. Elle coûte 6 000 euros par an en "
          "heures supplémentaires et peut démarrer tout de suite, mais ne règle pas le fond du problème."),
        H(1, "5. Comparaison", {"alternatives-comparison": "ok"}),
        T([["Option", "Coût la première année", "Délai", "Effet attendu", "Difficulté"],
           ["A – tarif en ligne", "18 000 € de recettes en moins", "avril 2027", "forte hausse des entrées en ligne",
            "vote du conseil"],
           ["B – bornes", "14 900 €", "mai 2027", "attente du samedi divisée par deux", "place dans le hall"],
           ["C – caution", "1 200 €", "janvier 2027", "non-venues sous 10 %", "plaintes possibles"],
           ["Hôtesse volante", "6 000 €", "immédiat", "attente réduite, pas de hausse durable", "fatigue de l'équipe"]]),
        H(1, "6. Notre choix", {"recommendation": "ok"}),
        P("Nous recommandons de lancer tout de suite la caution d'un euro, qui coûte peu, et de préparer dès "
          "maintenant le dossier du tarif en ligne pour qu'il puisse être voté en mars si les entrées en ligne "
          "restent sous 35 % fin février. Le tarif est le levier le plus fort : toutes les piscines qui ont "
          "dépassé 50 % de réservations en ligne l'ont utilisé. Les bornes viennent en second, seulement si "
          "l'attente du samedi ne baisse pas, car elles coûtent cher pour un problème qui pourrait se régler avec "
          "le tarif. L'hôtesse volante reste une mesure d'attente pour les samedis de janvier et février, pendant "
          "les vacances scolaires, quand l'affluence est la plus forte. Cette combinaison garde la dépense de la "
          "première année sous 20 000 euros."),
        P("Nous écartons l'idée de revenir en arrière, c'est-à-dire de supprimer la réservation en ligne : les "
          "1 150 nageurs qui ont adopté le pass en sont satisfaits à 87 % selon l'enquête d'octobre, et le "
          "logiciel est payé pour trois ans. Le problème n'est pas l'outil, c'est le chemin pour que les autres "
          "nageurs l'adoptent."),
        H(1, "7. Bascule", {"decision-process": "thin"}),
        P("La directrice décide au comité de direction du 3 mars, au vu des chiffres de février. Si le seuil est "
          "franchi, la délibération tarifaire part au conseil du 24 mars et le nouveau tarif s'applique au 1er "
          "avril, annoncé par affichage et dans l'application."),
        H(1, "8. Objections", {"objections": "ok"}),
        T([["On nous dira…", "Notre réponse"],
           ["« Le tarif en ligne pénalise ceux qui n'ont pas de smartphone »",
            "la borne et l'hôtesse permettent de réserver au même prix sur place"],
           ["« La caution va faire fuir les nageurs »",
            "elle est rendue à l'entrée ; Annecy l'applique sans baisse de fréquentation"],
           ["« 18 000 euros de recettes en moins, c'est trop »",
            "une hôtesse redéployée vaut 32 000 euros par an"]]),
        H(1, "Pour conclure"),
        P("Les chiffres de novembre ne sont pas un échec, mais ils ne suffiront pas pour juin sans un coup de pouce."),
    ],
    missing=["weighted-scoring"],
)
