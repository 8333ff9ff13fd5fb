from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: Fromentin, a family network of eleven bakeries around Angers, planned a native click-and-collect app
    and prepares what to do if customers do not adopt it. Numbered headings, some shortened to one word
    ("5. Comparaison", "6. Notation", "9. Objections"); the alternatives are split over two headings (3. and 4.);
    a comparison table and a weighted scoring table. The switch-over section is two sentences (thin); everything
    else is written.""",
    title="Fromentin – Si l'appli ne prend pas : nos plans B",
    cover=["Projet d'innovation – solutions alternatives", "Équipe : Lucie Perrot, Mehdi Ait-Ali, Jeanne Gallois"],
    blocks=[
        H(1, "1. Rappel du plan", {"baseline-reminder": "ok"}),
        P("Le plan de départ, validé par la famille Fromentin en septembre, est une application mobile native "
          "(iOS et Android) qui permet de commander son pain et ses viennoiseries la veille et de les retirer "
          "sans attendre dans l'une des onze boutiques. Le développement est confié à une agence nantaise pour "
          "48 000 euros, avec une mise en ligne prévue en mars 2027 dans trois boutiques pilotes, puis dans tout "
          "le réseau en juin."),
        P("Nous suivrons quatre indicateurs dès le pilote : le nombre de téléchargements par boutique, la part "
          "des commandes passées par l'appli dans le chiffre d'affaires du matin, le taux de clients qui "
          "commandent au moins deux fois par mois, et les invendus du soir, que l'appli doit réduire en aidant "
          "les boulangers à prévoir. Nos objectifs à six mois : 4 000 utilisateurs actifs, 12 % du chiffre "
          "d'affaires du matin et 20 % d'invendus en moins."),
        H(1, "2. Quand changer de cap ?", {"kpi-scenarios": "ok"}),
        P("Nous avons fixé à l'avance les seuils qui nous feraient changer d'option, pour ne pas décider sous le "
          "coup de la déception."),
        T([["Indicateur", "Seuil d'alerte (3 mois)", "Ce que cela voudrait dire", "Réaction"],
           ["Téléchargements par boutique pilote", "moins de 250", "la clientèle n'installe pas d'appli pour du pain", "passer à l'option A"],
           ["Part du CA du matin via l'appli", "moins de 4 %", "les clients installent mais ne commandent pas", "enquête puis option A ou C"],
           ["Clients réguliers (2 commandes/mois)", "moins de 15 % des inscrits", "usage de curiosité, pas d'habitude", "option C pour les fidèles"],
           ["Coût de maintenance de l'appli", "plus de 1 500 € par mois", "l'appli coûte plus qu'elle ne rapporte", "option B"]]),
        H(1, "3. Les alternatives : l'appli web et la place de marché", {"alternatives": "ok"}),
        P("Option A, une application web installable (PWA). Le client commande depuis son navigateur, sans "
          "passer par un magasin d'applications, et peut ajouter une icône sur son téléphone. L'agence estime "
          "qu'elle peut réutiliser 70 % du travail déjà fait sur l'appli native. Nous perdons les notifications "
          "sur certains iPhone, mais nous supprimons l'obstacle du téléchargement, qui est le risque principal "
          "selon nos entretiens avec les clientes de la boutique du centre."),
        P("Option B, passer par une place de marché existante de commande de produits frais. Fromentin n'a plus "
          "rien à développer ni à maintenir, et profite d'une audience déjà installée. En échange, la plateforme "
          "prend une commission de 15 % et garde la relation avec le client : nous ne saurions plus qui commande "
          "quoi, ce qui est gênant pour une maison qui connaît ses habitués par leur prénom."),
        H(1, "4. Et une troisième : la commande par SMS", {"alternatives": "ok"}),
        P("Option C, la plus simple : le client envoie un SMS ou un message WhatsApp à sa boutique avant 19 h, la "
          "vendeuse confirme et prépare le sac. C'est déjà ce que font spontanément une trentaine de clients de "
          "la boutique de Trélazé. Il suffit d'un numéro par boutique et d'un outil qui regroupe les messages. "
          "Le défaut est évident : cela ne passe pas à l'échelle de onze boutiques aux heures de pointe, et "
          "les vendeuses doivent saisir chaque commande à la main. Nous la décrivons quand même, car elle ne "
          "coûte presque rien et peut démarrer dès la semaine suivante."),
        H(1, "5. Comparaison", {"alternatives-comparison": "ok"}),
        T([["Critère", "Appli native (plan)", "A – appli web", "B – place de marché", "C – SMS"],
           ["Coût initial", "48 000 €", "14 000 € en plus", "0 €", "1 200 €"],
           ["Coût mensuel", "900 €", "400 €", "15 % des ventes", "150 €"],
           ["Données clients", "à nous", "à nous", "à la plateforme", "à nous, mais éparses"],
           ["Effort pour le client", "télécharger", "un lien", "un compte de plus", "aucun"],
           ["Charge en boutique", "faible", "faible", "faible", "forte aux heures de pointe"],
           ["Délai de mise en place", "6 mois", "2 mois", "3 semaines", "1 semaine"]]),
        H(1, "6. Notation", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "Appli native", "A – appli web", "B – place de marché", "C – SMS"],
           ["Adoption probable (30 %)", "2", "4", "4", "3"],
           ["Coût sur trois ans (25 %)", "2", "4", "2", "5"],
           ["Maîtrise de la relation client (25 %)", "5", "5", "1", "3"],
           ["Charge pour les équipes (20 %)", "4", "4", "5", "1"],
           ["Total pondéré sur 5", "3,15", "4,25", "2,95", "3,10"]]),
        H(1, "7. Notre choix", {"recommendation": "ok"}),
        P("Si les seuils d'alerte sont franchis, nous recommandons l'option A, l'application web installable. "
          "Elle obtient la meilleure note parce qu'elle règle le problème le plus probable, le refus de "
          "télécharger une application de plus, sans céder la relation avec les clients à un tiers. Elle "
          "réutilise l'essentiel du travail payé à l'agence, ce qui limite la perte si nous devons changer de "
          "cap en cours de route."),
        P("Nous écartons la place de marché malgré sa rapidité : la commission mangerait la marge des "
          "viennoiseries, déjà faible, et Fromentin deviendrait une enseigne parmi d'autres dans une liste. La "
          "commande par SMS mérite d'être gardée, mais comme service d'appoint pour les clients âgés qui ne "
          "veulent pas d'écran, dans les boutiques où elle existe déjà, et non comme solution pour tout le "
          "réseau. Nous proposons donc de prévoir dès maintenant, dans le contrat avec l'agence, une clause de "
          "conversion vers une version web à prix fixé. Cette clause coûte peu aujourd'hui et nous éviterait de "
          "renégocier en position de faiblesse si le pilote déçoit."),
        H(1, "8. Basculer", {"decision-process": "thin"}),
        P("La décision sera prise par Mme Fromentin au comité du premier lundi de juin, sur la base des "
          "indicateurs du pilote. L'agence aurait alors huit semaines pour livrer la version web."),
        H(1, "9. Objections", {"objections": "ok"}),
        L(["« Nos clients sont âgés, ils ne commanderont jamais en ligne. » – 38 % des clients interrogés ont "
           "moins de 45 ans et ce sont eux qui attendent le plus le matin ; la commande par SMS reste là pour les autres.",
           "« On a déjà payé l'appli native. » – L'option A reprend 70 % du travail ; ce qui serait perdu, c'est "
           "surtout la publication sur les magasins d'applications.",
           "« Les boulangers n'ont pas le temps de regarder des tableaux. » – Les prévisions arrivent sous forme "
           "d'une seule ligne imprimée la veille : combien de baguettes, de croissants et de pains spéciaux."]),
    ],
)
