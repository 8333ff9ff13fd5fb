from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: a dairy cooperative in the Bresse replaces the paper slips of its milk collection with a tablet
    application and prepares what to do if the roll-out indicators drift. Shortened and question headings; the
    trigger thresholds, the comparison and the scores are tables; the three fallback options are described under
    two headings (split); an appendix of the authors' own with the collection figures.""",
    title="Collecte connectée – et si les indicateurs décrochent ?",
    cover=["Coopérative laitière de la Bresse – étude de cas 1",
           "Manon Girardet, Hugo Perrin, Salomé Bailly – décembre 2026"],
    blocks=[
        H(1, "Le plan de départ", {"baseline-reminder": "ok"}),
        P("La coopérative collecte chaque jour le lait de 212 exploitations autour de Louhans avec neuf camions. "
          "Aujourd'hui, le chauffeur note sur un bordereau papier le volume, la température de la cuve et "
          "l'échantillon prélevé ; les bordereaux sont ressaisis le lendemain au siège, avec environ 3 % "
          "d'erreurs qui faussent la paie des éleveurs. Le projet remplace le papier par une application sur "
          "tablette, reliée au débitmètre du camion, déployée en trois vagues de trois camions entre février et "
          "mai 2027, pour un budget de 145 000 euros."),
        P("Nous suivons trois indicateurs chaque semaine : la part des tournées saisies entièrement sur "
          "tablette, le taux d'écarts entre la tablette et le débitmètre, et la consommation du budget. Le "
          "comité de pilotage se réunit le premier lundi du mois."),
        H(1, "Quand réagir ?", {"kpi-scenarios": "ok"}),
        T([["Indicateur", "Cible", "Seuil d'alerte", "Ce qui se passe alors"],
           ["Tournées 100 % tablette", "90 % à la fin de chaque vague", "< 70 % deux semaines de suite",
            "on étudie la piste A ou B"],
           ["Écarts tablette / débitmètre", "< 0,5 %", "> 1,5 % sur une semaine", "on étudie la piste C"],
           ["Budget consommé", "au prorata des vagues", "> 110 % à la fin d'une vague",
            "le comité arbitre entre A et C"],
           ["Réclamations des éleveurs sur la paie", "< 5 par mois", "> 12 par mois",
            "on revient au double contrôle papier"]]),
        H(1, "Nos pistes de repli (1) : A et B", {"alternatives": "ok"}),
        P("Piste A – ralentir le déploiement. Si les chauffeurs ne saisissent pas toutes leurs tournées, c'est "
          "souvent parce que la prise en main est trop rapide. On allonge alors chaque vague de trois semaines et "
          "on met un chauffeur référent dans la cabine pendant deux tournées par collègue. Le coût est faible, "
          "environ 6 000 euros de remplacement, mais la fin du projet glisse de mai à juillet, en pleine "
          "période de forte collecte."),
        P("Piste B – garder le bordereau papier en secours. Le chauffeur saisit sur tablette, mais remplit "
          "encore un bordereau simplifié les jours où la connexion tombe, soit environ une tournée sur dix dans "
          "les zones de bocage. La ressaisie est limitée à ces tournées. C'est rassurant pour les chauffeurs les "
          "plus âgés, mais cela entretient une double saisie qui peut durer."),
        H(1, "Nos pistes de repli (2) : l'option matérielle", {"alternatives": "ok"}),
        P("Piste C – changer la liaison avec le débitmètre. Si les écarts dépassent le seuil, le problème vient "
          "probablement du boîtier Bluetooth entre la tablette et le débitmètre, qui perd des trames quand le "
          "moteur tourne. On remplace alors les neuf boîtiers par une liaison filaire installée par le "
          "carrossier de Tournus : 2 200 euros par camion et une immobilisation d'une demi-journée chacun. "
          "C'est la seule piste qui corrige la cause technique elle-même, mais une fois les câbles posés, on ne "
          "revient pas en arrière, et les camions loués en renfort l'été ne pourraient plus être équipés."),
        H(1, "A, B ou C : comparaison", {"alternatives-comparison": "ok"}),
        T([["Critère", "A – ralentir", "B – papier de secours", "C – liaison filaire"],
           ["Coût", "6 000 €", "2 000 €", "19 800 €"],
           ["Effet sur le planning", "+ 9 semaines", "aucun", "+ 2 semaines"],
           ["Fiabilité de la paie", "bonne", "moyenne", "très bonne"],
           ["Acceptation des chauffeurs", "très bonne", "très bonne", "neutre"],
           ["Réversible ?", "oui", "oui", "non"]]),
        H(2, "Notes pondérées", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "A", "B", "C"],
           ["Fiabilité de la paie (40 %)", "3", "2", "5"],
           ["Coût (25 %)", "4", "5", "2"],
           ["Planning (20 %)", "2", "5", "4"],
           ["Acceptation (15 %)", "5", "5", "3"],
           ["Total pondéré", "3,35", "3,80", "3,75"]]),
        H(1, "Ce que nous conseillons", {"recommendation": "ok"}),
        P("Nous conseillons de préparer dès maintenant la piste B, et de garder la piste C prête à être "
          "commandée. La piste B obtient le meilleur total, surtout parce qu'elle ne retarde rien et qu'elle "
          "rassure les chauffeurs, dont l'adhésion est la première condition du succès. Mais elle ne règle pas "
          "un problème de fiabilité de la mesure : si les écarts avec le débitmètre dépassent le seuil, c'est la "
          "paie des éleveurs qui est touchée, et la coopérative ne peut pas se le permettre. Dans ce cas, la "
          "piste C devient prioritaire malgré son coût."),
        P("La piste A n'est à retenir que si les deux premières vagues montrent un vrai rejet de l'outil par "
          "les chauffeurs, ce que les essais de novembre ne laissent pas prévoir : sept chauffeurs sur neuf ont "
          "jugé l'application plus simple que le bordereau. Nous proposons donc de demander dès janvier un devis "
          "ferme au carrossier, valable six mois, pour pouvoir lancer la piste C en moins de trois semaines si "
          "besoin."),
        H(1, "Qui décide, et comment on bascule ?", {"decision-process": "ok"}),
        P("Le responsable de la collecte, Bertrand Vuillot, suit le tableau de bord chaque lundi. Dès qu'un "
          "seuil d'alerte est franchi, il prévient le chef de projet et le directeur dans la journée. La "
          "bascule vers la piste B se décide à ce niveau et s'applique dès la tournée suivante : les bordereaux "
          "simplifiés sont déjà imprimés et rangés dans chaque camion. La piste C engage 19 800 euros ; elle "
          "demande l'accord du bureau de la coopérative, qui peut se réunir en visioconférence sous huit jours. "
          "Les éleveurs sont informés par la lettre mensuelle de tout changement qui touche la paie. Chaque bascule est notée au compte rendu du comité, avec "
          "l'indicateur qui l'a déclenchée."),
        H(1, "Les questions qu'on nous posera", {"objections": "ok"}),
        T([["Objection", "Notre réponse"],
           ["« Le papier de secours, c'est reculer. »",
            "Il ne sert que les jours sans réseau, et on mesure sa part chaque semaine."],
           ["« 19 800 euros pour des câbles ? »",
            "Une erreur de paie sur un mois coûte plus en avoirs et en confiance des éleveurs."],
           ["« Pourquoi ne pas attendre la 5G ? »",
            "La couverture du bocage n'est pas annoncée avant 2029."]]),
        H(1, "Annexe – la collecte en chiffres", {}),
        T([["", "2025"],
           ["Exploitations collectées", "212"],
           ["Litres par an", "61 millions"],
           ["Tournées par jour", "18"],
           ["Bordereaux ressaisis par an", "77 000"]]),
    ],
)
