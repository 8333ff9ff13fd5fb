from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: a student works on the electric shuttle boats that a small seaside town in
    the Gard plans between its car parks and the beach, and prepares what to do if the indicators go wrong. The
    author's own headings (questions, numbering); the triggers, the comparison and the weighted notes are tables.
    The part on how the switch is decided is a few lines (thin); no answers to objections anywhere (missing).""",
    title="Navettes du Grau : et si les indicateurs passent au rouge ?",
    cover=["Étude de cas 1 – solutions alternatives", "Margaux Piquemal · décembre 2026"],
    missing=["objections"],
    blocks=[
        H(1, "1. Rappel : le plan de départ", {"baseline-reminder": "ok"}),
        P("La commune du Grau-de-Maguelone veut réduire les voitures sur le front de mer l'été. Le plan retenu en "
          "octobre prévoit deux navettes fluviales électriques de 40 places entre le parking relais des Salins et "
          "la plage du Boucanet, toutes les 20 minutes de 9 h à 20 h, du 15 juin au 15 septembre. Le budget de "
          "fonctionnement est de 186 000 € par saison, couvert à 55 % par les billets à 1,50 € et par la taxe de "
          "séjour. L'équipage est de deux saisonniers par bateau."),
        P("Quatre indicateurs suivent le projet chaque semaine : le nombre de passagers par jour (objectif 1 900 "
          "en août), le taux de remplissage moyen des rotations (objectif 60 %), la part des places du parking "
          "relais occupées avant 11 h (objectif 70 %) et la disponibilité des bateaux (objectif 95 % des rotations "
          "assurées). Ils sont relevés par les valideurs à bord et par les capteurs du parking."),
        H(1, "2. À partir de quand on change ?", {"kpi-scenarios": "ok"}),
        T([["Indicateur", "Seuil d'alerte", "Durée", "Ce que cela veut dire"],
           ["Passagers par jour", "moins de 1 100", "2 semaines de suite", "la navette n'attire pas"],
           ["Remplissage", "moins de 35 %", "2 semaines", "trop de rotations pour la demande"],
           ["Parking relais", "moins de 40 % avant 11 h", "3 week-ends", "les automobilistes ne s'arrêtent pas"],
           ["Disponibilité", "moins de 85 %", "1 semaine", "batteries ou équipage en difficulté"]]),
        H(1, "3. Trois autres chemins", {"alternatives": "ok"}),
        P("Alternative A – réduire et cibler. Si la fréquentation reste faible, on passe à une seule navette toutes "
          "les 40 minutes en semaine, et on garde les deux bateaux le week-end et les jours de marché. Le second "
          "bateau est loué au club nautique pour des balades du soir, ce qui rapporte environ 18 000 € sur la "
          "saison. Cette option se met en place en cinq jours, car il suffit de changer la grille horaire et de "
          "prévenir l'office de tourisme."),
        P("Alternative B – changer de mode sur la moitié du trajet. Si c'est le parking relais qui ne se remplit "
          "pas, le problème n'est pas le bateau mais l'accès : les automobilistes venant de Montpellier passent "
          "devant le parking sans le voir. On ajoute alors un panneau dynamique sur la D62 et un minibus électrique "
          "depuis le rond-point d'entrée de ville, loué 9 500 € par mois, qui amène les voitures garées sur le "
          "parking du supermarché. Les navettes fluviales continuent sans changement."),
        P("Alternative C – passer à la location de vélos. Si aucune des deux premières ne relève les chiffres à la "
          "mi-juillet, on arrête une navette, on la revend au fabricant qui propose un rachat à 70 % la première "
          "année, et on ouvre au parking relais une station de 60 vélos en libre-service, avec un tarif combiné "
          "parking plus vélo à 3 €. C'est la solution la plus radicale et la plus visible pour les habitants, "
          "qui ont voté le projet de navettes ; elle demande une délibération du conseil municipal."),
        H(1, "4. Les comparer", {"alternatives-comparison": "ok"}),
        T([["Critère", "A – réduire", "B – minibus", "C – vélos"],
           ["Coût de la saison", "-22 000 €", "+28 500 €", "-41 000 €"],
           ["Délai de mise en place", "5 jours", "3 semaines", "6 semaines"],
           ["Effet attendu sur les passagers", "faible", "fort si le parking est la cause", "incertain"],
           ["Image auprès des habitants", "neutre", "bonne", "risquée"]]),
        H(2, "4 bis. Avec des poids", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "A", "B", "C"],
           ["Coût (30 %)", "4", "2", "5"],
           ["Délai (20 %)", "5", "3", "2"],
           ["Effet sur les indicateurs (35 %)", "2", "4", "3"],
           ["Acceptation (15 %)", "3", "4", "1"],
           ["Total", "3,35", "3,20", "3,10"]]),
        H(1, "5. Ce que je conseille", {"recommendation": "ok"}),
        P("Les notes pondérées sont très proches, et je ne veux pas qu'un calcul décide à la place du maire. Je "
          "recommande de lire d'abord les indicateurs pour trouver la cause. Si c'est le parking relais qui est "
          "vide, l'alternative B s'impose malgré son coût, car réduire les rotations ne changerait rien au "
          "problème : les voitures continueraient à encombrer le front de mer. Si le parking se remplit mais que "
          "les bateaux restent vides, l'alternative A est la bonne, parce qu'elle économise 22 000 € sans rien "
          "abandonner et qu'elle se défait aussi vite qu'elle se fait."),
        P("Je déconseille de préparer l'alternative C dès la première saison. Elle est la moins chère, mais elle "
          "revient à dire aux habitants que le projet a échoué après six semaines, alors qu'une navette met "
          "souvent deux étés à trouver son public. Je propose de la garder comme option pour la saison 2028, en "
          "demandant dès maintenant au fabricant de confirmer par écrit son offre de rachat, et de négocier avec "
          "le loueur de minibus un contrat sans engagement au-delà d'un mois."),
        H(1, "6. Qui tranche", {"decision-process": "thin"}),
        P("Le comité de suivi (élu aux mobilités, directeur des services techniques, chef d'exploitation) se "
          "réunit le lundi ; il décide à la majorité sur la base du tableau des seuils, et prévient l'office de "
          "tourisme dans la journée."),
    ],
)
