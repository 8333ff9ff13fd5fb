from _common import THESIS_REPORT

# Written for the former `watch-strategy` deliverable; the seed assesses C6.1 and C6.2 on one dossier, so
# watch-strategy was folded into expertise-thesis (commit 0d902fd). The watch sections keep their labels;
# the report's sections, which this author never wrote, are missing (see README, "Label changes").
# Its file was built from the watch-strategy skeleton, which `mind-templates new` no longer makes: `frozen`
# keeps the committed docs/ file (a thesis skeleton would be another document) and rebuilds only the labels.
DOC = dict(
    deliverable="expertise-thesis",
    frozen=True,
    missing=THESIS_REPORT,
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French, the night before the deadline. Guidance deleted. The tools heading
    retyped "Mes outils" (runs replaced, bookmark lost); search queries table left empty; the update method still
    our prompt; the radar filled in its four cells but with a short comment (thin); the prospective vision deleted
    (missing).""",
    cover={"project": "Recyclage des batteries lithium", "candidate": "Jeanne Dufresne", "school": "Web School Factory"},
    sections={
        "watch-scope": dict(status="ok", heading="Périmètre et sujet de la veille", text=[
            "Je travaille comme chargée d'innovation chez Valoréa, une entreprise de 140 salariés près de Dunkerque "
            "qui collecte et trie les déchets électroniques. Avec l'arrivée des gigafactories dans les Hauts-de-France "
            "et la fin de vie des premières voitures électriques, le recyclage des batteries lithium-ion devient "
            "un marché que l'entreprise veut aborder d'ici 2028. Ma veille répond à trois questions : quels procédés "
            "de recyclage (pyrométallurgie, hydrométallurgie, recyclage direct) deviendront rentables à l'échelle "
            "d'une PME, quelles obligations le règlement européen sur les batteries impose aux collecteurs, et "
            "quels acteurs se positionnent dans la région. J'exclus les batteries au plomb, que nous traitons déjà, "
            "et la fabrication des cellules neuves, qui n'est pas notre métier.",
            "Le public de la veille est le comité de direction, qui doit décider d'un investissement de l'ordre de "
            "quatre millions d'euros, et le responsable de l'usine, qui devra adapter ses procédés de tri. Tous deux ont besoin de faits vérifiés plus que d'annonces, et de peu de lecture : la note mensuelle ne dépasse jamais deux pages."]),
        "source-choice": dict(status="ok", text=[
            "J'ai choisi mes sources pour couvrir trois angles : la technique, la réglementation et le marché. Pour "
            "la technique, je m'appuie sur des sources scientifiques et institutionnelles : les publications du "
            "BRGM et du CEA-Liten, la revue Resources, Conservation and Recycling, et les rapports de l'ADEME sur la "
            "filière. Elles sont fiables mais lentes, avec souvent un an de décalage. Pour la réglementation, je "
            "suis directement le Journal officiel de l'Union européenne et les notes de la Commission sur le "
            "règlement batteries de 2023, ainsi que les synthèses de la fédération professionnelle Federec, plus "
            "lisibles. Pour le marché, j'utilise la presse spécialisée (L'Usine Nouvelle, Recycling International), "
            "les communiqués des acteurs comme Eramet, Orano ou Li-Cycle, et les comptes rendus du pôle de "
            "compétitivité Team2, qui organise des rencontres entre industriels de la région.",
            "Mon critère principal est la fiabilité : je note chaque source de 1 à 5 selon qui publie, si les "
            "données sont sourcées et si l'information a été confirmée ailleurs. Les communiqués d'entreprises "
            "sont notés 2 : ils annoncent souvent des capacités qui ne seront jamais construites, comme l'a montré "
            "l'abandon de plusieurs projets européens en 2024. Mon second critère est le coût en temps : je ne "
            "garde une source que si elle m'apporte au moins une information utile par mois. J'ai écarté les "
            "newsletters généralistes sur la transition énergétique, qui répètent les mêmes annonces, et les "
            "réseaux sociaux, sauf le compte LinkedIn de deux chercheurs du CEA dont les publications sont reprises "
            "par la presse spécialisée. Enfin, je croise toujours une source de marché avec une source "
            "institutionnelle avant de présenter un chiffre au comité de direction, et j'indique toujours la date de l'information et la source exacte, pour que chacun puisse vérifier.", "Ce portefeuille représente douze sources actives, que je revois chaque semestre : une source qui n'a rien apporté depuis six mois est remplacée."]),
        "source-inventory": dict(status="ok", tables=[[
            ["ADEME – filière batteries", "institutionnelle", "5", "semestrielle", "alerte e-mail", "volumes et coûts du recyclage"],
            ["CEA-Liten", "scientifique", "5", "mensuelle", "flux RSS", "recyclage direct"],
            ["Journal officiel de l'UE", "réglementaire", "5", "à chaque texte", "EUR-Lex, alerte", "obligations des collecteurs"],
            ["L'Usine Nouvelle", "presse", "3", "quotidienne", "Feedly", "projets d'usines dans la région"],
            ["Team2", "réseau", "4", "trimestrielle", "rencontres", "partenaires potentiels"]]]),
        "search-queries": dict(status="empty"),
        "watch-cycle": dict(status="ok", skip_cols=1, text=[
            "Mon cycle suit les six étapes du tableau. Le ciblage est revu avec la direction à chaque comité "
            "trimestriel ; la diffusion prend la forme d'une note de deux pages et d'une alerte immédiate quand un "
            "texte européen nous concerne. Chaque semestre, je demande aux lecteurs ce qui leur a servi, et je retire les sources inutiles."], tables=[[
            [None, "revoir les trois questions avec la direction", "réunion", "trimestrielle", "questions validées"],
            [None, "ajouter ou retirer des sources", "tableur", "semestrielle", "liste des sources"],
            [None, "lire les alertes et les flux", "Feedly, EUR-Lex", "deux fois par semaine", "articles retenus"],
            [None, "résumer, noter, croiser", "Zotero", "hebdomadaire", "fiches"],
            [None, "note au comité de direction", "Teams", "mensuelle", "note de deux pages"],
            [None, "archiver et étiqueter", "Zotero", "continue", "base de connaissances"]]]),
        "update-method": dict(status="placeholder"),
        "watch-tools": dict(status="ok", retitle="Mes outils", text=[
            "Feedly regroupe les flux RSS et les alertes Google dans trois tableaux, un par question de veille. "
            "EUR-Lex m'envoie une alerte pour chaque texte contenant « batteries » et « collecte ». Les articles "
            "retenus sont classés dans Zotero avec une étiquette par question et une note de fiabilité. La note "
            "mensuelle est rédigée dans Word et publiée dans une équipe Teams où le comité de direction et le "
            "responsable d'usine sont abonnés. Le tableau de bord ci-dessous montre le nombre d'articles retenus "
            "par question et par mois, ce qui me montre quelle question manque de sources. Le coût total est de 96 euros par an, pour l'abonnement Feedly Pro."], image=["Feedly", "EUR-Lex", "Zotero", "Note mensuelle Teams"],
            caption="Mon circuit de veille, de la collecte à la diffusion."),
        "technology-radar": dict(status="thin", text=[
            "Le radar montre que l'hydrométallurgie est prête, et que le recyclage direct reste à évaluer."], tables=[[
            ["Hydrométallurgie ; broyage et tri de la black mass", "Recyclage direct des cathodes LFP", "Extraction du lithium par électrochimie", "Pyrométallurgie à petite échelle"]]]),
        "prospective-vision": dict(status="missing"),
    },
)
