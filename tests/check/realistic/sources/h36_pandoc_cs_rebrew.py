from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, French: Rebrew, a Lyon start-up of 9 people that refurbishes professional espresso machines and rents
    them with maintenance to independent cafés and bakeries, plans its commercial launch beyond the Rhône. The
    authors' own numbered headings, three of them questions ("2. Quels objectifs pour 2027 ?", "3. À qui vendre, et
    comment sortir du lot ?", "6.1 Combien ça coûte ?"); targets and positioning share heading 3 (merged), with the
    segment table under "3.1 Quatre cibles, une priorité"; the promise is a two-column table; the marketing mix,
    the quarter-by-quarter plan, the budget and the RACI are tables. The team drew no map of its processes and
    deleted that part (missing).""",
    title="Rebrew – stratégie commerciale 2027",
    cover=["Étude de cas 1 – Camille Fabre, Jonas Brun, Inès Ait-Saïd", "Web School Factory, décembre 2026"],
    blocks=[
        H(1, "1. Un marché de machines chères et mal entretenues", {"market-diagnosis": "ok"}),
        P("Rebrew rachète des machines à espresso professionnelles de deux ou trois groupes, les remet à neuf dans "
          "son atelier de Vénissieux et les loue aux cafés indépendants et aux boulangeries, entretien compris, "
          "pour 149 à 229 euros par mois. En deux ans, l'entreprise a placé 310 machines dans le Rhône et l'Isère "
          "et réalise 640 000 euros de chiffre d'affaires. Le besoin est réel : une machine neuve coûte de 9 000 à "
          "18 000 euros, et la plupart des cafés l'obtiennent aujourd'hui d'un torréfacteur, en échange d'un "
          "contrat d'achat de café sur cinq ans dont ils ne peuvent plus sortir."),
        P("La France compte environ 38 000 cafés et bars indépendants et 33 000 boulangeries, dont un tiers "
          "servent du café chaud. Face à Rebrew se trouvent les torréfacteurs nationaux et régionaux, qui prêtent "
          "la machine, les loueurs financiers, qui ne font pas l'entretien, et les réparateurs indépendants, "
          "souvent débordés. Nos clients actuels citent deux raisons de nous avoir choisis : la liberté de choisir "
          "leur café et un dépannage en moins de 24 heures. Notre faiblesse est connue aussi : une équipe de "
          "quatre techniciens qui ne couvre que la région lyonnaise."),
        H(1, "2. Quels objectifs pour 2027 ?", {"commercial-objectives": "ok"}),
        P("Pour l'année qui vient, nous visons 700 machines en location à fin 2027, soit 390 de plus, dont 150 hors de la région lyonnaise, "
          "à Grenoble, Saint-Étienne et Annecy. Le chiffre d'affaires doit atteindre 1,35 million d'euros avec une "
          "marge brute d'au moins 42 %. Nous voulons garder un taux de résiliation sous 6 % par an et un délai de "
          "dépannage moyen sous 24 heures, même dans les nouvelles villes. Ces objectifs sont suivis chaque mois "
          "par quatre indicateurs : machines signées, chiffre d'affaires mensuel récurrent, résiliations et "
          "délai moyen d'intervention, tous tirés de notre outil de gestion des contrats et présentés aux deux "
          "cofondateurs le premier lundi de chaque mois, avec la courbe depuis janvier."),
        H(1, "3. À qui vendre, et comment sortir du lot ?", {"stp": "ok", "positioning": "ok"}),
        P("Nous avons découpé le marché selon le type d'établissement, le volume de café servi par jour et le lien "
          "avec un torréfacteur. Ce découpage fait apparaître quatre groupes, détaillés dans le tableau ci-dessous. "
          "Nous en ciblons deux en priorité : les cafés indépendants qui sortent d'un contrat de torréfacteur, "
          "parce qu'ils ont un besoin immédiat et une date connue, et les boulangeries qui veulent servir un vrai "
          "café sans investir. Les hôtels-restaurants attendront 2028, car ils demandent des machines plus "
          "grandes que celles que nous savons remettre à neuf aujourd'hui."),
        P("Face aux torréfacteurs, Rebrew se présente comme la machine qui rend sa liberté : le client choisit et "
          "change de café quand il veut, sans pénalité. Face aux loueurs financiers, nous mettons en avant "
          "l'entretien et le dépannage en 24 heures. Notre promesse tient en une phrase : une machine pro, "
          "entretenue, sans achat et sans contrat de café. Nous ne serons jamais les moins chers, mais nous serons "
          "les seuls à offrir à la fois le prix d'une location et le service d'un réparateur attitré."),
        H(2, "3.1 Quatre cibles, une priorité", {"segmentation": "ok"}),
        T([["Segment", "Taille (France)", "Besoin principal", "Attrait", "Priorité 2027"],
           ["Cafés en fin de contrat torréfacteur", "environ 7 000 par an", "changer de café sans racheter une machine",
            "fort", "1"],
           ["Boulangeries sans café", "environ 20 000", "servir un espresso sans investir", "fort", "2"],
           ["Cafés déjà équipés d'une machine achetée", "environ 15 000", "entretien fiable", "moyen", "3"],
           ["Hôtels-restaurants", "environ 9 000", "grosse machine, service rapide", "faible pour nous", "2028"]]),
        H(1, "4. Ce que nous promettons", {"value-proposition": "ok"}),
        T([["Ce que vit le client", "Ce que Rebrew apporte"],
           ["Une machine neuve à 12 000 euros qu'il ne peut pas payer", "une location mensuelle dès 149 euros"],
           ["Un contrat de café imposé pour cinq ans", "le café de son choix, changé quand il veut"],
           ["Une panne un samedi matin sans personne pour venir", "un technicien en moins de 24 heures, machine de prêt"],
           ["Un détartrage oublié qui abîme la machine", "un entretien planifié deux fois par an"]]),
        H(1, "5. Produit, prix, distribution, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Ce que nous faisons"],
           ["Produit", "trois modèles remis à neuf, garantis pendant toute la location, machine de prêt en cas de panne"],
           ["Prix", "149, 189 ou 229 euros par mois selon le modèle, sans frais d'installation, engagement de 24 mois"],
           ["Distribution", "vente directe par deux commerciaux, partenariat avec trois torréfacteurs locaux indépendants"],
           ["Communication", "démonstrations au salon Sirha, témoignages de clients, visites de l'atelier"]]),
        H(1, "6. Le plan, trimestre par trimestre", {"deployment-plan": "ok"}),
        T([["Trimestre", "Action", "Cible", "Responsable", "Résultat attendu"],
           ["T1 2027", "salon Sirha, relance des cafés en fin de contrat dans le Rhône", "segment 1", "Camille",
            "80 machines signées"],
           ["T2 2027", "ouverture de Grenoble avec un technicien basé sur place", "segments 1 et 2", "Jonas",
            "60 machines signées"],
           ["T3 2027", "tournée des boulangeries avec la fédération départementale", "segment 2", "Inès",
            "100 machines signées"],
           ["T4 2027", "ouverture de Saint-Étienne et Annecy", "segments 1 et 2", "Jonas", "150 machines signées"]]),
        H(2, "6.1 Combien ça coûte ?", {"commercial-budget": "ok"}),
        T([["Poste", "Montant 2027"],
           ["Salon Sirha (stand et démonstrations)", "22 000 €"],
           ["Deux commerciaux", "96 000 €"],
           ["Deux techniciens en Isère et Haute-Savoie", "84 000 €"],
           ["Supports et témoignages vidéo", "9 000 €"],
           ["Total", "211 000 €"]]),
        H(1, "7. Comment l'équipe s'organise", {"project-processes": "ok"}),
        P("Le lancement est conduit comme un projet à part, à côté de l'activité courante de l'atelier. Camille "
          "Fabre, cofondatrice, en est responsable ; elle réunit chaque lundi les commerciaux, le chef d'atelier "
          "et le responsable des techniciens pendant une demi-heure pour passer en revue les contrats signés, les "
          "machines prêtes et les installations de la semaine. Une vente suit toujours le même chemin : le "
          "commercial fait signer le contrat dans l'outil de gestion, l'atelier réserve une machine remise à neuf, "
          "le technicien de la ville l'installe sous dix jours et forme le personnel, puis le client reçoit "
          "son calendrier d'entretien."),
        P("Les décisions qui touchent au prix ou à l'ouverture d'une ville sont prises par les deux cofondateurs, "
          "une fois par mois, à partir des quatre indicateurs du point 2. Chaque nouvelle ville ouvre seulement "
          "quand vingt contrats y sont signés, pour que le technicien ait assez de travail dès le premier jour. "
          "Les incidents de dépannage remontent au chef d'atelier, qui les classe chaque vendredi et signale "
          "aux commerciaux les clients mécontents à rappeler."),
        H(2, "7.1 Qui fait quoi ?", {"raci": "ok"}),
        T([["Activité", "Camille", "Jonas", "Inès", "Chef d'atelier", "Techniciens"],
           ["Signer un contrat", "A", "R", "R", "I", "I"],
           ["Préparer la machine", "I", "I", "I", "A/R", "C"],
           ["Installer et former", "I", "C", "C", "A", "R"],
           ["Ouvrir une ville", "A/R", "R", "C", "C", "I"],
           ["Suivre les indicateurs", "A", "R", "R", "C", "I"]]),
    ],
    missing=["process-map"],
)
