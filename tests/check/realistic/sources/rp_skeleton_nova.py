DOC = dict(
    deliverable="risk-policy",
    path="skeleton",
    language="fr",
    notes="""Started from `mind-templates new risk-policy`. Guidance boxes deleted; the register heading retyped
    ("Notre registre") by replacing its runs, which drops the bookmark; the matrix section deleted; trigger
    indicators table left unfilled (empty); monitoring still holds our prompt (placeholder).""",
    cover={"project": "Plateforme Nova", "client": "Mutuelle Ardenne Santé", "candidate": "Yanis Belkacem"},
    sections={
        "policy-objectives": dict(status="ok", text=[
            "La Mutuelle Ardenne Santé remplace son extranet adhérents par la plateforme Nova : espace personnel, "
            "remboursements suivis en ligne, téléconsultation et messagerie sécurisée avec les conseillers. Le "
            "projet mobilise onze personnes pendant huit mois pour 1,2 million d'euros. Cette politique s'applique "
            "à tout le projet, du cadrage à la fin de la période de garantie, et à ses deux sous-traitants.",
            "Les données traitées sont des données de santé : le niveau de risque accepté est donc très bas sur "
            "la sécurité et la conformité, plus souple sur le délai. Tout risque coté 15 ou plus déclenche une "
            "revue immédiate avec le sponsor, et aucun risque de sécurité ne peut être simplement accepté. Un dépassement de budget jusqu'à 7 % reste acceptable s'il protège la date d'ouverture fixée au 1er septembre, avant la campagne d'adhésion."]),
        "identification-method": dict(status="ok", text=[
            "Nous avons identifié les risques en trois temps : une revue de la check-list ANSSI pour les "
            "hébergeurs de données de santé, deux ateliers avec les conseillers et le service informatique, puis "
            "des entretiens avec les deux sous-traitants sur leurs propres dépendances. Chaque risque est coté "
            "en probabilité et en impact de 1 à 5 avec les échelles ci-dessous ; le score est le produit des "
            "deux. Les cotations ont été relues par le RSSI, qui a relevé trois impacts sous-estimés.", "Nous avons aussi relu les comptes rendus du projet de dématérialisation des feuilles de soins mené en 2022 : sur ses quatorze incidents, six concernaient la reprise de données, ce qui nous a conduits à détailler davantage les risques de migration. Le registre est ouvert : tout membre de l'équipe peut y proposer un risque, qui est coté lors de la revue suivante."]),
        "rating-scales": dict(status="ok", skip_cols=1, tables=[[
            [None, "très rare, moins d'une fois par projet", "moins de 10 k€", "moins d'une semaine", "sans effet visible"],
            [None, "possible, déjà vu ailleurs", "10 à 40 k€", "une à deux semaines", "gêne pour quelques adhérents"],
            [None, "probable sur ce projet", "40 à 100 k€", "deux à six semaines", "réclamations nombreuses"],
            [None, "très probable", "100 à 250 k€", "six semaines à trois mois", "couverture presse locale"],
            [None, "quasi certain", "plus de 250 k€", "plus de trois mois", "violation de données de santé"]]]),
        "risk-register": dict(status="ok", retitle="Notre registre", tables=[[
            ["R1", "Sécurité", "Fuite de données de santé via l'API de téléconsultation", "authentification faible du partenaire", "2", "5", "10", "alertes du SOC", "réduire", "RSSI", "ouvert"],
            ["R2", "Planning", "Migration des 95 000 comptes plus longue que prévu", "qualité des données de l'ancien extranet", "4", "3", "12", "taux d'erreurs de migration", "réduire", "chef de projet", "ouvert"],
            ["R3", "Humain", "Refus des conseillers d'utiliser la messagerie", "charge de travail déjà forte", "3", "3", "9", "messages traités par jour", "réduire", "directrice relation adhérents", "ouvert"],
            ["R4", "Fournisseur", "Défaillance de l'hébergeur HDS", "petit acteur régional", "1", "5", "5", "notation financière", "transférer", "achats", "surveillé"]]]),
        "risk-matrix": dict(status="missing"),
        "trigger-indicators": dict(status="empty"),
        "response-strategy": dict(status="ok", text=[
            "Nous réduisons R1 par une authentification forte (OAuth 2 avec certificat) imposée au partenaire de "
            "téléconsultation et par un test d'intrusion avant l'ouverture. Pour R2, la migration se fera par "
            "vagues de 10 000 comptes avec un contrôle automatique après chaque vague ; une vague en échec est "
            "rejouée le week-end suivant. R3 est traité par la conduite du changement : les conseillers choisissent "
            "eux-mêmes les modèles de réponse et un quart de leur temps de téléphone est libéré. Enfin R4 est "
            "transféré par une clause de réversibilité et une garantie bancaire dans le contrat d'hébergement.",
            "La provision pour aléas est fixée à 8 % du budget, soit 96 000 euros, gérée par le sponsor. Elle n'est engagée qu'après un avis écrit du chef de projet qui précise le risque concerné, le montant et l'effet attendu sur le score. Les risques de sécurité ne sont jamais acceptés ; les autres peuvent l'être quand le coût de la réponse dépasse l'impact pondéré, mais la décision est notée au registre avec son auteur et sa date."]),
        "response-plans": dict(status="ok", tables=[[
            ["R1", "réduire", "test d'intrusion et OAuth 2 avec certificat", "coupure de la téléconsultation, bascule vers le téléphone", "18 k€", "RSSI", "avril", "5"],
            ["R2", "réduire", "migration par vagues avec contrôles", "retour à l'ancien extranet pour la vague concernée", "12 k€", "chef de projet", "juin", "6"]]]),
        "monitoring-governance": dict(status="placeholder"),
    },
)
