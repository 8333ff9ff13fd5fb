from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc.
    French: Les Caves d'Ossau, a cheese maker's online subscription box in the Pyrenees, whose paid-ads plan
    misses its targets, look at three other ways to grow. The authors' own numbered headings, three of them in
    UPPER CASE; the comparison and the weighted scores share one heading and one table (merged). The authors
    deleted the part on how and when the switch would be decided (missing).""",
    title="Caves d'Ossau : et si le plan A ne suffit pas ?",
    cover=["Étude de cas 1 – solutions alternatives", "Chloé Arrieta et Bastien Lalanne, novembre 2026"],
    blocks=[
        H(1, "1. OÙ EN ÉTAIT-ON EN SEPTEMBRE ?", {"baseline-reminder": "ok"}),
        P("Les Caves d'Ossau affinent chaque année 38 tonnes de fromage de brebis à Laruns. Depuis mars 2026, la "
          "coopérative vend en ligne une box mensuelle à 34 euros : deux fromages, une confiture et une fiche sur "
          "l'estive. Le plan validé en conseil prévoyait d'atteindre 1 200 abonnés fin décembre grâce à de la "
          "publicité payante sur Instagram et Facebook, avec un budget de 4 000 euros par mois."),
        P("Trois indicateurs servaient à piloter ce plan : le coût d'acquisition d'un abonné (cible : 28 euros), "
          "le taux de désabonnement mensuel (cible : 6 %) et le nombre d'abonnés actifs. Fin octobre, le coût "
          "d'acquisition atteint 51 euros, 9 % des abonnés partent chaque mois et nous comptons 610 abonnés. À ce "
          "rythme, la box resterait déficitaire jusqu'en 2028."),
        H(1, "2. Les seuils qui nous feraient changer de cap", {"kpi-scenarios": "ok"}),
        T([["Indicateur", "Valeur fin octobre", "Seuil d'alerte", "Ce qu'on fait si le seuil est franchi"],
           ["Coût d'acquisition", "51 €", "plus de 40 € deux mois de suite", "réduire la publicité, ouvrir la piste B"],
           ["Désabonnement mensuel", "9 %", "plus de 8 %", "revoir le contenu de la box, enquête auprès des partants"],
           ["Abonnés actifs", "610", "moins de 900 au 31 décembre", "lancer la piste la mieux notée"],
           ["Marge par box", "6,20 €", "moins de 5 €", "renégocier le transport"]]),
        H(1, "3. TROIS PISTES POUR GRANDIR AUTREMENT", {"alternatives": "ok"}),
        P("Piste A, les comités d'entreprise. Nous proposerions la box comme cadeau de fin d'année ou d'anniversaire "
          "aux comités sociaux et économiques des entreprises de Pau, Bayonne et Toulouse. Une commande de CSE "
          "porte en moyenne sur 80 à 200 box. Il faut un commercial à mi-temps, soit environ 22 000 euros par an, "
          "et des tarifs dégressifs. Le risque : des ventes très concentrées en décembre."),
        P("Piste B, les épiceries fines partenaires. Vingt épiceries du Sud-Ouest deviendraient points de retrait et "
          "vitrines de la box, avec une commission de 12 %. Les clients découvrent les fromages en boutique puis "
          "s'abonnent en ligne avec un code. Le coût est faible, 3 000 euros de présentoirs et d'échantillons, mais "
          "la croissance dépend de l'énergie de chaque épicier."),
        P("Piste C, le parrainage. Chaque abonné qui fait venir un ami reçoit un fromage de plus dans sa box "
          "suivante, et l'ami obtient le premier mois à moitié prix. Nos abonnés actuels sont très attachés à "
          "l'estive et parlent de nous : 31 % des nouveaux abonnés de septembre sont venus par le bouche-à-oreille "
          "sans aucune incitation. Le coût par abonné serait de 19 euros environ, mais le volume reste limité par la "
          "taille de la base actuelle."),
        P("Nous avons écarté une quatrième idée, la vente sur une grande place de marché en ligne, car la commission "
          "de 20 % et les exigences logistiques ne laissaient aucune marge sur une box à 34 euros."),
        H(1, "4. Pistes face à face", {"alternatives-comparison": "ok", "weighted-scoring": "ok"}),
        P("Nous avons noté chaque piste de 1 à 5 sur quatre critères, pondérés selon ce qui compte le plus pour la "
          "coopérative : la rentabilité avant tout, puis la rapidité."),
        T([["Critère (poids)", "A – CSE", "B – Épiceries", "C – Parrainage"],
           ["Coût par abonné (35 %)", "3", "4", "5"],
           ["Abonnés gagnés en 6 mois (30 %)", "5", "3", "2"],
           ["Délai de mise en place (20 %)", "2", "3", "5"],
           ["Risque (15 %)", "3", "4", "4"],
           ["Score pondéré", "3,4", "3,5", "4,0"]]),
        H(1, "5. Notre choix", {"recommendation": "ok"}),
        P("Nous recommandons de lancer le parrainage dès janvier, puis d'y ajouter les épiceries partenaires au "
          "printemps. Le parrainage obtient le meilleur score parce qu'il coûte peu et qu'il se met en place en "
          "trois semaines : il suffit d'un code par abonné et d'un fromage supplémentaire dans la box. Surtout, il "
          "s'appuie sur ce qui marche déjà, le bouche-à-oreille, au lieu d'acheter de l'attention sur les réseaux "
          "sociaux où notre coût d'acquisition a doublé."),
        P("Seul, le parrainage ne suffit pas à atteindre 1 200 abonnés : nous estimons qu'il apporterait 40 à 60 "
          "abonnés par mois. Les épiceries complètent le dispositif en touchant des clients qui ne nous connaissent "
          "pas. Nous gardons la piste des CSE pour l'automne 2027, quand la coopérative pourra financer un "
          "commercial. La publicité payante est réduite à 1 500 euros par mois, concentrés sur les audiences qui "
          "ont le mieux converti, ce qui libère 2 500 euros par mois pour financer les deux pistes retenues. "
          "Si le coût d'acquisition repasse sous 35 euros d'ici mars, nous pourrons rouvrir ce budget sans regret."),
        H(1, "6. QUESTIONS QU'ON NOUS POSERA", {"objections": "ok"}),
        T([["Question", "Notre réponse"],
           ["Le parrainage ne va-t-il pas cannibaliser nos ventes ?", "non : le fromage offert coûte 4,10 € et l'ami paie dès le 2e mois"],
           ["Pourquoi pas tout miser sur les CSE ?", "les ventes tomberaient presque toutes en décembre, sans abonnés durables"],
           ["Les épiceries accepteront-elles 12 % ?", "quatre sur cinq contactées ont déjà dit oui"],
           ["Et si le désabonnement reste à 9 % ?", "enquête auprès des partants en janvier, box revue au printemps"]]),
    ],
    missing=["decision-process"],
)
