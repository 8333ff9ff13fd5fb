from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="pandoc",
    language="fr",
    notes="""Held-out round 4 (h4_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French, a wine cooperative near Saumur installing a new bottling line before the 2027 harvest. Every heading is
    numbered (1. to 7., 2.1); the rating scale is a sub-heading of the method; the register is a table; the heat map
    gets three lines (thin); the per-risk action plans were never written (missing); a short glossary of the
    author's own at the end.""",
    title="Cave des Coteaux de Saumur – Nouvelle ligne d'embouteillage",
    cover=["Politique de gestion des risques – Thomas Rivière, chef de projet, novembre 2026"],
    blocks=[
        H(1, "1. Ce que cette politique doit protéger", {"policy-objectives": "ok"}),
        P("La cave réunit 86 vignerons et met en bouteille 4,2 millions de cols par an. Notre ligne actuelle date de "
          "1998 ; elle s'arrête en moyenne trois heures par semaine et ne sait pas traiter les nouvelles bouteilles "
          "allégées que demandent nos deux principaux clients de la grande distribution. Le conseil a voté une ligne "
          "neuve de 2,3 millions d'euros, livrée en avril 2027 et en service avant les vendanges de septembre. Ce "
          "texte fixe comment l'équipe projet repère les dangers de ce chantier, les note, décide quoi faire et suit "
          "les décisions jusqu'à la réception de la ligne. Deux limites ont été fixées par le conseil : aucune "
          "rupture de livraison chez les clients de la grande distribution, et pas plus de 120 000 euros de "
          "dépassement. Tout le reste se discute. Le texte s'applique à l'équipe projet, au fournisseur de la "
          "ligne, à l'électricien et aux deux équipes de conditionnement."),
        H(1, "2. Comment nous avons dressé la liste", {"identification-method": "ok"}),
        P("Nous avons organisé deux demi-journées de travail avec les conducteurs de ligne, le responsable "
          "maintenance, la qualité et le service commercial, chacun arrivant avec ce qui l'inquiète le plus. Nous "
          "avons ensuite passé une journée à la cave de Montlouis, qui a changé sa ligne en 2023, pour écouter ce "
          "qui s'était mal passé chez eux : un retard de six semaines sur l'étiqueteuse et un mois de bouteilles "
          "cassées au démarrage. Enfin, nous avons relu le contrat du fournisseur avec notre avocat pour les "
          "pénalités et les garanties. Chaque risque est écrit en une phrase avec sa cause et son effet, puis noté "
          "séparément par le chef de projet et par le responsable maintenance ; si leurs notes s'écartent de plus "
          "d'un point, ils en discutent avant de l'inscrire. Tout salarié peut signaler un nouveau risque au "
          "chef de projet, qui le présente à la réunion du lundi."),
        H(2, "2.1 Nos barèmes de 1 à 4", {"rating-scales": "ok"}),
        T([["Note", "Chance que ça arrive", "Gravité si ça arrive"],
           ["1", "très peu probable pendant le projet", "moins de 5 000 €, aucun client touché"],
           ["2", "possible", "5 000 à 30 000 € ou une semaine de retard"],
           ["3", "probable", "30 000 à 100 000 € ou un client livré en retard"],
           ["4", "presque sûr", "plus de 100 000 € ou la ligne arrêtée pendant les vendanges"]]),
        H(1, "3. La liste des risques", {"risk-register": "ok"}),
        T([["N°", "Risque", "P", "G", "Note", "Responsable", "Décision"],
           ["R1", "Livraison de la ligne retardée par le fournisseur italien", "3", "4", "12", "chef de projet", "réduire"],
           ["R2", "Casse de bouteilles allégées au démarrage", "3", "3", "9", "qualité", "réduire"],
           ["R3", "Puissance électrique insuffisante dans le bâtiment", "2", "4", "8", "maintenance", "éviter"],
           ["R4", "Conducteurs de ligne pas prêts à la mise en route", "2", "3", "6", "production", "réduire"],
           ["R5", "Hausse du prix de l'acier avant la commande", "2", "2", "4", "achats", "accepter"],
           ["R6", "Accident pendant le démontage de l'ancienne ligne", "1", "4", "4", "sécurité", "transférer"]]),
        H(1, "4. La carte des risques", {"risk-matrix": "thin"}),
        P("Sur une grille quatre par quatre, R1 est seul dans la case rouge et R2 dans l'orange. Les autres sont "
          "en vert. La grille est affichée dans le bureau de production."),
        H(1, "5. Ce qui doit nous alerter", {"trigger-indicators": "ok"}),
        T([["Signal", "Seuil", "Vu par", "Quand"],
           ["Retard annoncé par le fournisseur sur une étape de fabrication", "plus de 10 jours", "chef de projet", "chaque mois"],
           ["Taux de casse aux essais", "plus de 0,5 %", "qualité", "à chaque essai"],
           ["Heures de formation faites par les conducteurs", "moins de 80 % du prévu au 1er juin", "production", "chaque quinzaine"]]),
        H(1, "6. Que faisons-nous de chaque risque ?", {"response-strategy": "ok"}),
        P("Pour chaque ligne de la liste, le responsable propose une décision que l'équipe valide. Quand une action "
          "simple fait baisser la probabilité ou la gravité, nous la lançons : c'est le cas du retard du "
          "fournisseur, pour lequel nous avons obtenu une visite d'usine en janvier et une pénalité de 1 % par "
          "semaine de retard, et de la casse, que nous limiterons en faisant des essais avec 20 000 bouteilles "
          "avant la mise en route. Quand le risque peut disparaître en changeant nos plans, nous le faisons : le "
          "raccordement électrique sera refait en février, bien avant la livraison, ce qui supprime le risque de "
          "puissance au lieu de le surveiller. Le démontage de l'ancienne ligne est confié à une entreprise "
          "spécialisée et assurée, qui porte le risque d'accident. Enfin, nous vivons avec la hausse du prix de "
          "l'acier, parce que la commande est signée en décembre et que le montant en jeu reste faible. Une "
          "réserve de 80 000 euros est gardée pour les imprévus ; seul le conseil peut la dépenser."),
        H(1, "7. Qui suit quoi, et à quel rythme", {"monitoring-governance": "ok"}),
        P("Le chef de projet met la liste à jour chaque lundi matin avec le responsable maintenance, en vingt "
          "minutes, debout devant le tableau du bureau de production. Une fois par mois, le comité de projet, où "
          "siègent le directeur, le président de la cave, la qualité et le commercial, revoit les risques notés 8 "
          "ou plus et décide des dépenses sur la réserve. Un risque qui passe dans la case rouge est signalé au "
          "directeur le jour même, par téléphone, sans attendre le comité. Après la mise en service, la liste est "
          "relue une dernière fois en octobre pour tirer les leçons du chantier et les transmettre au prochain "
          "projet de la cave, le chai de stockage prévu en 2029. "
          "Le compte rendu de chaque comité est envoyé aux 86 vignerons avec la lettre mensuelle de la cave."),
        H(1, "Glossaire"),
        L(["Col : une bouteille, quel que soit son format", "Ligne : l'ensemble des machines qui remplissent, "
           "bouchent, étiquettent et mettent en carton"]),
    ],
    missing=["response-plans"],
)
