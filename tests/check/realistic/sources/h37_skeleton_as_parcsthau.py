from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 37 (h37_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Les Parcs de Thau, a cooperative of oyster farmers in Bouzigues, launched direct delivery to
    Montpellier restaurants and prepares fallbacks if the indicators slip. Guidance deleted. Headings retyped by
    replacing their runs: the baseline as "Où en est le plan livraison ?" and the alternatives as "Nos trois
    options de repli" (bookmarks lost), the comparison as "Comparatif" (bookmark kept). The objections section
    deleted with its heading (missing); the switch-over section holds two sentences (thin). Tables filled and
    prose written in.""",
    cover={"company": "Les Parcs de Thau", "candidate": "Clémence Azaïs", "school": "Web School Factory"},
    sections={
        "baseline-reminder": dict(status="ok", retitle="Où en est le plan livraison ?", text=[
            "Les Parcs de Thau regroupent quatorze conchyliculteurs de Bouzigues et de Mèze. Depuis mars 2026, la "
            "coopérative livre elle-même les restaurants de Montpellier et de Sète avec une camionnette frigorifique, "
            "trois tournées par semaine, au lieu de passer par le mareyeur de Sète. Le plan prévoyait 85 restaurants "
            "clients à la fin de l'année, 6,5 tonnes d'huîtres livrées par mois et un coût logistique inférieur à "
            "0,60 euro par kilo.",
            "Au bout de huit mois, nous comptons 52 restaurants, 4,1 tonnes par mois et un coût de 0,78 euro par "
            "kilo, parce que la camionnette roule souvent à moitié vide le mardi. Le taux de réclamation, lui, reste "
            "bas (1,2 % des livraisons). Le bureau veut savoir quoi faire si la tendance continue cet hiver."]),
        "kpi-scenarios": dict(status="ok", tables=[[
            ["S1 – clients qui stagnent", "restaurants actifs", "moins de 60", "fin janvier",
             "prospection faite par les producteurs le soir", "B – commercial partagé"],
            ["S2 – logistique trop chère", "coût par kilo livré", "plus de 0,75 €", "deux mois",
             "tournée du mardi peu remplie", "A – tournées mutualisées"],
            ["S3 – volumes trop faibles", "tonnes livrées par mois", "moins de 4,5 t", "un trimestre",
             "hors saison, les restaurants commandent peu", "C – épiceries fines"]]]),
        "alternatives": dict(status="ok", retitle="Nos trois options de repli", text=[
            "Option A : mutualiser les tournées. Un maraîcher bio de Lunel et une fromagerie de Pézenas livrent les "
            "mêmes quartiers de Montpellier. Nous leur proposons de partager la camionnette le mardi et le jeudi, "
            "avec un caisson séparé pour les huîtres. Le coût par kilo baisserait d'un tiers, mais il faut accorder "
            "trois calendriers et accepter des créneaux de livraison moins précis pour les restaurants.",
            "Option B : recruter un commercial partagé avec la coopérative viticole voisine. Aujourd'hui, ce sont les "
            "producteurs qui démarchent les restaurants, le soir, après la marée. Un commercial à plein temps, payé "
            "à moitié par chacune des deux coopératives (21 000 euros chacune), visiterait quarante établissements "
            "par mois avec un plateau de dégustation. Les premiers effets arriveraient au printemps, car un restaurant "
            "change rarement de fournisseur en pleine saison ; il faut compter deux ou trois visites avant une première "
            "commande, puis un mois de livraisons régulières avant qu'il ne compte vraiment dans nos volumes.",
            "Option C : ouvrir un second canal vers les épiceries fines et les cavistes de l'Hérault, qui vendent des "
            "bourriches le week-end. Les volumes sont réguliers hors saison, quand les restaurants commandent peu, "
            "mais il faut un conditionnement en bourriches de deux douzaines étiquetées, soit une machine à 7 500 "
            "euros, et une marge plus faible de six points que sur la restauration. Trois épiceries de Montpellier ont "
            "déjà goûté nos huîtres lors du marché de Noël."]),
        "alternatives-comparison": dict(status="ok", retitle="Comparatif", keep_bookmark=True, tables=[[
            ["A – tournées mutualisées", "coût par kilo", "2 000 € d'aménagement", "1 mois",
             "créneaux moins précis", "0,52 € par kilo"],
            ["B – commercial partagé", "restaurants actifs", "21 000 € par an", "3 à 4 mois",
             "dépend d'un accord avec les viticulteurs", "+ 30 restaurants"],
            ["C – épiceries fines", "tonnes livrées", "7 500 € de machine", "2 mois",
             "marge réduite de six points", "+ 1,2 t par mois"]]]),
        "weighted-scoring": dict(status="ok", skip_cols=1, tables=[[
            [None, "30", "2", "4", "3", "3"],
            [None, "25", "3", "4", "2", "3"],
            [None, "20", "2", "3", "4", "3"],
            [None, "25", "3", "3", "4", "3"]]]),
        "recommendation": dict(status="ok", text=[
            "Nous recommandons d'engager tout de suite l'option A, sans attendre le seuil : elle coûte peu, se met en "
            "place en un mois et corrige le défaut le plus visible du plan, la tournée du mardi à moitié vide. Le "
            "maraîcher de Lunel a déjà dit oui ; la fromagerie veut voir un mois d'essai.",
            "Si les restaurants actifs restent sous soixante fin janvier, nous lançons ensuite l'option B. Le "
            "commercial partagé est la seule réponse au vrai problème, qui est commercial : les producteurs n'ont ni "
            "le temps ni l'envie de démarcher après une journée sur les tables. La coopérative viticole cherche "
            "elle aussi quelqu'un, et les restaurateurs achètent souvent le vin et les huîtres ensemble.",
            "Nous écartons l'option C pour cet hiver. Elle remplit la camionnette hors saison, mais elle demande un "
            "investissement et baisse la marge, alors que notre objectif est justement de mieux vivre de nos huîtres "
            "qu'avec le mareyeur. Nous la reverrons à l'automne 2027 si les volumes d'hiver restent faibles, en "
            "commençant par deux cavistes de Sète qui nous en ont déjà parlé."]),
        "decision-process": dict(status="thin", text=[
            "Le bureau regarde les trois indicateurs le premier lundi de chaque mois et décide à la majorité. "
            "Clémence prépare la convention avec la coopérative viticole dès décembre."]),
        "objections": dict(status="missing"),
    },
)
