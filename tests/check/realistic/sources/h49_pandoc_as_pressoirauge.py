from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    in French: Le Pressoir d'Auge, coopérative cidricole de 34 producteurs près de Lisieux, a lancé en mars 2026
    une boutique en ligne avec abonnement de coffrets ; huit mois plus tard, les indicateurs décrochent et
    l'équipe prépare des solutions de repli. Titres numérotés par les auteurs, certains en capitales ; un tableau
    de déclencheurs, un tableau comparatif et des notes pondérées. La recommandation et la façon de décider et
    de basculer sont traitées sous un même titre (merged). Pas de réponses aux objections : la partie a été
    supprimée faute de temps (missing). Une partie à eux sur les hypothèses de calcul.""",
    title="Le Pressoir d'Auge : et si l'abonnement ne prend pas ?",
    cover=["Étude de cas 1 – solutions alternatives", "Manon Lefebvre, Quentin Hamel – novembre 2026"],
    blocks=[
        H(1, "1. Rappel du plan de départ", {"baseline-reminder": "ok"}),
        P("Le Pressoir d'Auge vend depuis quarante ans son cidre, son pommeau et son calvados aux cavistes et à la "
          "grande distribution normande. En mars 2026, la coopérative a ouvert une boutique en ligne dont le "
          "cœur est un abonnement : un coffret de six bouteilles tous les deux mois, à 54 euros livraison "
          "comprise. Le plan validé par le conseil d'administration visait 1 800 abonnés fin 2026, un coût "
          "d'acquisition inférieur à 35 euros par abonné, un taux de résiliation mensuel sous 4 % et une marge "
          "de 11 euros par coffret après transport."),
        P("Huit mois après le lancement, le tableau de bord dit autre chose. La boutique compte 640 abonnés, le "
          "coût d'acquisition atteint 61 euros, surtout à cause de la publicité sur les réseaux sociaux, et 7 % "
          "des abonnés résilient chaque mois, le plus souvent après le deuxième coffret. La marge tient, mais "
          "sur un volume trois fois plus faible que prévu, la boutique perd 9 000 euros par mois."),
        H(1, "2. QUAND FAUT-IL CHANGER DE CAP ?", {"kpi-scenarios": "ok"}),
        P("Nous avons fixé à l'avance, pour chaque indicateur, le seuil qui déclenche une solution de repli, afin "
          "que la décision ne dépende pas de l'humeur d'une réunion."),
        T([["Indicateur", "Prévu", "Constaté (oct. 2026)", "Seuil d'alerte", "Ce qui se déclenche"],
           ["Abonnés actifs", "1 800 fin 2026", "640", "moins de 900 fin janvier", "étude des options B et C"],
           ["Coût d'acquisition", "35 €", "61 €", "plus de 50 € deux mois de suite", "arrêt de la publicité payante"],
           ["Résiliation mensuelle", "4 %", "7 %", "plus de 6 % sur un trimestre", "passage à l'achat sans abonnement"],
           ["Marge par coffret", "11 €", "10,80 €", "moins de 8 €", "renégociation du transport"],
           ["Perte mensuelle", "0 € fin 2026", "9 000 €", "plus de 60 000 € cumulés", "décision du conseil"]]),
        H(1, "3. Trois autres chemins", {"alternatives": "ok"}),
        P("Option A – Garder l'abonnement mais le rendre souple. L'abonné choisit lui-même la fréquence, de un "
          "à trois mois, peut sauter un envoi en un clic et composer son coffret parmi douze produits. Les "
          "entretiens avec vingt abonnés partis montrent que la moitié a résilié parce qu'ils avaient encore des "
          "bouteilles du coffret précédent. Coût : 14 000 euros de développement sur la boutique, délai de deux mois."),
        P("Option B – Abandonner l'abonnement pour une boutique classique avec trois temps forts par an : la "
          "fête des pères, la saison des crêpes et Noël. On vend moins souvent, mais à des clients qui achètent "
          "pour offrir, avec un panier moyen de 78 euros mesuré à Noël 2025 sur le site de vente de la "
          "coopérative. La publicité ne tourne que six semaines par an, ce qui divise le coût d'acquisition par "
          "deux selon nos estimations."),
        P("Option C – Passer par les autres. Au lieu de trouver seuls nos clients, nous vendons nos coffrets "
          "sur deux places de marché spécialisées dans les produits du terroir et aux comités d'entreprise de la "
          "région, qui commandent des colis de fin d'année. Nous perdons 25 % de commission, mais nous ne payons "
          "plus la publicité. Le risque est de devenir dépendants de partenaires qui fixent leurs règles."),
        P("Nous avons écarté une quatrième idée, fermer la boutique, car elle ferait perdre les 640 abonnés et "
          "la base de 4 100 adresses construite en huit mois."),
        H(1, "4. COMPARAISON", {"alternatives-comparison": "ok"}),
        T([["Critère", "A – abonnement souple", "B – temps forts", "C – partenaires"],
           ["Investissement", "14 000 €", "6 000 €", "2 500 €"],
           ["Délai de mise en place", "2 mois", "1 mois", "3 mois (référencement)"],
           ["Effet attendu sur la résiliation", "fort", "sans objet", "sans objet"],
           ["Coût d'acquisition estimé", "45 €", "30 €", "commission 25 %"],
           ["Retour à l'équilibre", "fin 2027", "mi-2027", "fin 2027"],
           ["Contrôle de la relation client", "total", "total", "faible"]]),
        H(2, "4.1 Notes pondérées", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "A", "B", "C"],
           ["Rentabilité (35 %)", "3", "4", "3"],
           ["Risque (25 %)", "3", "4", "2"],
           ["Rapidité (20 %)", "3", "5", "2"],
           ["Relation client (20 %)", "5", "4", "1"],
           ["Score pondéré sur 5", "3,4", "4,2", "2,1"]]),
        H(1, "5. Notre choix, et comment basculer", {"recommendation": "ok", "decision-process": "ok"}),
        P("Nous recommandons l'option B, avec une partie de l'option A. La boutique abandonne l'abonnement "
          "obligatoire comme modèle principal et vit au rythme de trois temps forts par an, là où nos clients "
          "achètent vraiment. Les 640 abonnés actuels ne sont pas perdus : ceux qui le souhaitent gardent un "
          "abonnement souple, qu'ils peuvent suspendre à tout moment, sans développement supplémentaire puisque "
          "l'outil de la boutique le permet déjà pour une petite base. Cette option obtient la meilleure note "
          "pondérée, coûte le moins et garde le lien direct avec les clients, ce qui compte pour une coopérative "
          "qui veut faire connaître ses producteurs. Les partenaires de l'option C restent une piste pour les "
          "colis de comités d'entreprise à Noël, à tester sur une seule saison."),
        P("La décision revient au conseil d'administration du 28 janvier 2027, sur la base des chiffres de fin "
          "janvier : si les abonnés actifs sont moins de 900 et que la résiliation reste au-dessus de 6 %, la "
          "bascule est votée. Manon, responsable de la boutique, la pilote. En février, les abonnés reçoivent un "
          "courrier qui leur propose de rester en formule souple ou d'arrêter sans frais. La publicité permanente "
          "s'arrête le 1er mars ; la campagne de la fête des pères est préparée en avril. Nous ferons un point "
          "avec le conseil après chaque temps fort, avec les mêmes indicateurs qu'aujourd'hui, pour vérifier que "
          "le coût d'acquisition tombe sous 35 euros."),
        H(1, "ANNEXE – NOS HYPOTHÈSES DE CALCUL"),
        P("Les coûts d'acquisition des options B et C sont estimés à partir de la campagne de Noël 2025 et des "
          "conditions commerciales publiées par les deux places de marché. Le transport est compté à 9,50 euros "
          "par coffret, tarif négocié en septembre."),
    ],
    missing=["objections"],
)
