from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 61, written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: a Lyon start-up selling plug-in solar kits for balconies. Guidance deleted. The baseline
    retyped "1. Où en est le plan ?" and the recommendation retyped "Notre choix : l'option B" (runs replaced,
    bookmarks lost); scenario, comparison and objection tables filled; the weighted scoring table left as
    generated (empty); the decision part still our prompt (placeholder).""",
    cover={"company": "Lumen Sol", "candidate": "Chloé Marchetti", "school": "Web School Factory"},
    sections={
        "baseline-reminder": dict(status="ok", retitle="1. Où en est le plan ?", text=[
            "Lumen Sol vend depuis février des kits solaires à brancher sur une prise, pensés pour les balcons "
            "des immeubles lyonnais : deux panneaux de 400 watts, un micro-onduleur et un support sans perçage, "
            "vendus 790 euros. Le plan commercial de la première année vise 2 400 kits, dont 60 % en ligne et 40 % "
            "par deux enseignes de bricolage partenaires, avec un budget marketing de 180 000 euros.",
            "Ce plan repose sur quatre indicateurs suivis chaque mois : le taux de conversion du site (objectif "
            "2,2 %), le coût d'acquisition d'un client (objectif 75 euros), les ventes en magasin (120 kits par "
            "mois à partir de mai) et le taux de retour (moins de 4 %). Après sept mois, le site tient ses "
            "objectifs mais les magasins n'en vendent que 45 par mois, ce qui rend la question des alternatives "
            "urgente."]),
        "kpi-scenarios": dict(status="ok", tables=[[
            ["S1 : les magasins ne décollent pas", "ventes en magasin", "moins de 80 kits/mois", "2 mois de suite", "vendeurs non formés, produit mal placé", "A ou B"],
            ["S2 : la publicité coûte trop", "coût d'acquisition", "plus de 110 €", "6 semaines", "concurrence sur les mots-clés", "C"],
            ["S3 : trop de retours", "taux de retour", "plus de 6 %", "1 trimestre", "balcons trop étroits pour le support", "nouveau support"]]]),
        "alternatives": dict(status="ok", text=[
            "Alternative A : remplacer une des deux enseignes par un réseau d'installateurs indépendants. Nous "
            "recruterions 25 électriciens de la métropole, rémunérés 90 euros par kit posé chez le client. Le prix "
            "public passerait à 890 euros pose comprise. Il faut trois mois pour signer et former le réseau, et "
            "une personne à mi-temps pour l'animer. L'effet attendu est de 70 ventes par mois, avec un client "
            "rassuré par la pose, mais une marge réduite de 40 euros par kit.",
            "Alternative B : garder les deux enseignes mais y placer nos propres démonstrateurs le samedi. Quatre "
            "étudiants en alternance tiendraient un stand avec un panneau branché et un compteur qui montre la "
            "production en direct. Coût : 48 000 euros sur un an, délai de mise en place de cinq semaines. Nous "
            "attendons un doublement des ventes en magasin, car les enquêtes montrent que les clients hésitent "
            "surtout sur la démarche auprès d'Enedis, que nos démonstrateurs expliquent en deux minutes.",
            "Alternative C : réduire la publicité en ligne payante et financer à la place un programme de "
            "parrainage, avec 50 euros offerts au parrain et au filleul. Coût variable, lancé en trois semaines. "
            "Le risque est un démarrage lent tant que la base de clients reste petite, environ 1 100 foyers "
            "aujourd'hui. En revanche, un client "
            "parrainé coûte deux fois moins cher qu'un client venu par la publicité, et il renvoie moins souvent son "
            "kit, parce qu'un voisin lui a déjà montré comment l'installer sur un balcon semblable au sien."]),
        "alternatives-comparison": dict(status="ok", tables=[[
            ["A – installateurs", "ventes en magasin", "90 € par kit + mi-temps", "3 mois", "qualité de pose inégale", "+70 kits/mois"],
            ["B – démonstrateurs", "ventes en magasin", "48 000 €/an", "5 semaines", "dépend du trafic du samedi", "+45 à +60 kits/mois"],
            ["C – parrainage", "coût d'acquisition", "100 € par vente parrainée", "3 semaines", "lent au départ", "coût d'acquisition -20 %"]]]),
        "weighted-scoring": dict(status="empty"),
        "recommendation": dict(status="ok", retitle="Notre choix : l'option B", text=[
            "Pour le scénario S1, qui est celui dans lequel nous sommes déjà, nous recommandons l'alternative B. "
            "Elle est la plus rapide à lancer, cinq semaines, ce qui permet d'avoir un effet avant le pic de ventes "
            "du printemps, quand les foyers pensent à leur facture d'été. Elle ne touche pas à nos contrats avec "
            "les enseignes, que nous avons mis six mois à signer, et elle ne baisse pas notre marge par kit. Avec "
            "un gain prudent de 45 kits par mois, soit 35 550 euros de chiffre d'affaires mensuel, le coût annuel "
            "de 48 000 euros est couvert en moins de quatre mois de marge.",
            "L'alternative A reste notre plan de secours : si, au bout de trois mois, les ventes en magasin sont "
            "encore sous 80 kits, nous lançons le recrutement des installateurs. Pour le scénario S2, nous "
            "recommandons l'alternative C dès que le coût d'acquisition dépasse 110 euros, car elle s'appuie sur "
            "des clients satisfaits, dont la note moyenne est de 4,6 sur 5."]),
        "decision-process": dict(status="placeholder"),
        "objections": dict(status="ok", tables=[[
            ["Les démonstrateurs coûtent cher pour des samedis", "le coût est couvert par 45 kits de plus par mois", "test de deux samedis en octobre : 11 kits vendus contre 3"],
            ["Les enseignes refuseront un stand", "le stand attire du monde dans leur rayon", "accord de principe du magasin de Vénissieux"],
            ["Le parrainage cannibalise les ventes", "il ne vise que les foyers recommandés", "programme comparable chez Beem : 18 % des ventes"]]]),
    },
)
