DOC = dict(
    deliverable="alternative-solutions",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance boxes kept under two sections (forgotten). The
    alternatives heading retyped "Trois options de repli" (runs replaced, bookmark lost); the recommendation
    heading retyped keeping its bookmark; weighted scoring deleted; the objections table left empty; the alternatives text is under the minimum (thin); the
    decision process left as our prompt.""",
    cover={"project": "Raccordement fibre des zones d'activité", "client": "Nord Fibre", "candidate": "Élodie Vanhove"},
    keep_guidance=["baseline-reminder", "kpi-scenarios"],
    sections={
        "baseline-reminder": dict(status="ok", text=[
            "Nord Fibre doit raccorder à la fibre 1 900 entreprises de 14 zones d'activité du Douaisis avant la fin "
            "de l'année, pour un budget de 2,3 millions d'euros financé en partie par la région. Le plan de "
            "référence confie les travaux de génie civil à deux sous-traitants et prévoit 160 raccordements par "
            "mois à partir de mars. Les indicateurs clés sont le nombre de raccordements réalisés, le délai moyen "
            "entre la commande et la mise en service, et le coût moyen par raccordement, fixé à 1 210 euros. En "
            "juin, nous en sommes à 610 raccordements au lieu des 640 prévus, avec un délai moyen de 47 jours "
            "contre 35 visés."]),
        "kpi-scenarios": dict(status="ok", tables=[[
            ["Retard de génie civil", "raccordements par mois", "moins de 130 deux mois de suite", "mensuelle", "option 1"],
            ["Délai trop long", "délai commande – mise en service", "plus de 50 jours", "mensuelle", "option 2"],
            ["Dérive des coûts", "coût moyen par raccordement", "plus de 1 350 €", "trimestrielle", "option 3"]]]),
        "alternatives": dict(status="thin", retitle="Trois options de repli", text=[
            "Option 1 : recourir à un troisième sous-traitant pour les zones de Sin-le-Noble et de Lambres, où les "
            "tranchées sont les plus longues. Nous en avons consulté deux ; le moins cher demande un préavis de "
            "trois semaines et coûte 8 % de plus au mètre. Cette option rattrape le volume sans toucher aux deux "
            "équipes en place.",
            "Option 2 : raccorder en aérien sur les poteaux existants d'Enedis quand ils existent, au lieu de creuser. "
            "C'est deux fois plus rapide et 40 % moins cher, mais cela demande une convention avec Enedis et les "
            "entreprises peuvent la refuser pour des raisons d'image.",
            "Option 3 : reporter les 180 entreprises les plus isolées à l'année suivante et le signaler à la région, "
            "en gardant la subvention pour les zones denses. Cette option protège le budget mais ne respecte pas "
            "l'engagement de couverture complète pris devant les élus."]),
        "alternatives-comparison": dict(status="ok", tables=[[
            ["Option 1 – troisième sous-traitant", "raccordements par mois", "+96 k€", "3 semaines de préavis", "coordination de trois équipes", "volume rattrapé"],
            ["Option 2 – aérien", "délai", "-180 k€", "convention Enedis : 2 mois", "refus des entreprises", "délai divisé par deux"],
            ["Option 3 – report", "coût", "0", "immédiat", "engagement non tenu", "budget protégé"]]]),
        "weighted-scoring": dict(status="missing"),
        "recommendation": dict(status="ok", retitle="Notre conseil", keep_bookmark=True, text=[
            "Nous recommandons l'option 2 pour les zones de Lambres et de Cuincy, où 70 % des poteaux Enedis sont "
            "réutilisables, et de garder l'option 1 en réserve si le volume mensuel reste sous 130 raccordements "
            "en juillet et en août. L'option 2 est la seule qui agit à la fois sur le délai et sur le coût, les "
            "deux indicateurs qui dérivent. La convention avec Enedis demande deux mois : il faut la lancer dès "
            "maintenant pour qu'elle soit utilisable en septembre. Nous écartons l'option 3, qui ferait perdre la "
            "confiance de la région pour un gain limité, sauf si le coût moyen dépasse 1 350 euros à la fin du "
            "troisième trimestre. Le risque de refus par les entreprises sera traité par un courrier expliquant "
            "que le câble aérien est provisoire et enterré lors des prochains travaux de voirie. Nous proposons de revoir cette recommandation au comité de septembre, avec les chiffres de juillet et d'août, et de la présenter aux élus de la région lors du point trimestriel d'octobre."]),
        "decision-process": dict(status="placeholder"),
        "objections": dict(status="empty"),
    },
)
