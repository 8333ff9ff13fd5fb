from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Markdown -> pandoc, French. Question and paraphrased headings ("Quand faut-il changer de cap ?",
    "Plan B, plan C"); the comparison table is under the alternatives heading (merged); no weighted scoring
    (optional, missing); objections as a table under "Objections probables".""",
    title="Réseau Palmobus – Solutions alternatives pour la billettique sans contact",
    cover=["Étude de cas n°1 – Thomas Ibarra"],
    blocks=[
        H(1, "Où en est le plan initial", {"baseline-reminder": "ok"}),
        P("Le réseau de bus Palmobus, qui dessert les 31 communes de l'agglomération de Pau, remplace ses tickets "
          "magnétiques par le paiement sans contact à bord : carte bancaire, téléphone ou carte d'abonné. Le plan "
          "de référence prévoit d'équiper les 112 bus en quatre vagues entre février et juin, pour un budget de "
          "1,65 million d'euros, avec un fournisseur unique de valideurs. Trois indicateurs servent à suivre ce "
          "plan : le nombre de bus équipés et en service, le taux de transactions refusées à bord et la part des "
          "voyages payés sans contact. À fin mars, 38 bus sont équipés sur les 56 prévus et le taux de refus "
          "atteint 4,8 %, alors que le contrat fixe un maximum de 2 %."),
        H(1, "Quand faut-il changer de cap ?", {"kpi-scenarios": "ok"}),
        T([["Scénario", "Indicateur", "Seuil", "Période d'observation", "Alternative déclenchée"],
           ["Le fournisseur ne tient pas le rythme", "bus équipés / bus prévus", "moins de 75 % deux mois de suite", "fin de chaque mois", "B – second fournisseur sur les lignes secondaires"],
           ["Les valideurs refusent trop de paiements", "taux de refus à bord", "plus de 3 % pendant quatre semaines", "hebdomadaire", "C – validation différée par QR code"],
           ["Les usagers n'adoptent pas le sans contact", "part des voyages sans contact", "moins de 15 % trois mois après la vague 2", "mensuelle", "D – campagne et tarif incitatif"]]),
        H(1, "Plan B, plan C", {"alternatives": "ok", "alternatives-comparison": "ok"}),
        P("Alternative B : confier l'équipement des 48 bus des lignes secondaires à un second fournisseur déjà "
          "retenu par le réseau de Bayonne, dont les valideurs sont compatibles avec notre système central. Le "
          "fournisseur actuel se concentrerait sur les lignes principales. Cette option raccourcit le calendrier de "
          "six semaines environ mais ajoute 140 000 euros d'intégration et oblige les techniciens à maintenir deux "
          "matériels pendant la durée du contrat."),
        P("Alternative C : si le taux de refus reste élevé, passer temporairement à une validation différée. Le "
          "voyageur présente sa carte, le valideur enregistre la transaction sans attendre la réponse de la "
          "banque et la transmet au passage au dépôt. Le risque d'impayé est accepté, estimé à 0,6 % des "
          "recettes, en échange d'une montée à bord fluide. C'est ce que font déjà plusieurs réseaux européens."),
        P("Alternative D : si les usagers boudent le sans contact, lancer une campagne en station avec des "
          "ambassadeurs et un tarif plafonné à la journée, pour un coût de 60 000 euros sur trois mois. Cette "
          "option ne touche pas au matériel et peut se combiner avec les deux autres."),
        T([["Alternative", "KPI déclencheur", "Coût", "Délai", "Risque", "Bénéfice"],
           ["B – second fournisseur", "bus équipés", "+140 k€", "-6 semaines", "deux matériels à maintenir", "calendrier tenu"],
           ["C – validation différée", "taux de refus", "+15 k€ de paramétrage", "2 semaines", "impayés 0,6 %", "montée à bord sans attente"],
           ["D – campagne et plafond", "part sans contact", "+60 k€", "1 mois", "effet limité si l'offre déplaît", "adoption plus rapide"]]),
        H(1, "Ce que nous conseillons", {"recommendation": "ok"}),
        P("Nous recommandons de préparer dès maintenant l'alternative C et de la déclencher si le taux de refus "
          "dépasse encore 3 % à la fin avril. Le taux actuel est surtout dû au délai de réponse des banques sur "
          "le réseau 4G dans les zones rurales ; attendre une correction du fournisseur reviendrait à laisser des "
          "voyageurs bloqués à la porte pendant plusieurs mois, ce que les élus ont clairement refusé. Son coût "
          "est faible et elle est réversible. L'alternative B ne se justifie pas encore : le retard d'équipement "
          "de 18 bus s'explique par une livraison de câbles en retard que le fournisseur dit avoir réglée ; nous "
          "la gardons en réserve avec le seuil défini plus haut. L'alternative D sera utile après la vague 2, "
          "quand nous aurons une mesure fiable de l'adoption. En résumé, nous conseillons d'agir vite là où le voyageur souffre, et d'attendre des données là où seul le calendrier est en jeu. Cette recommandation a été relue avec le responsable de l'exploitation, qui valide le test sur deux bus."),
        H(1, "Basculer, concrètement", {"decision-process": "ok"}),
        P("La décision de basculer vers C appartient au comité de pilotage, sur proposition du chef de projet, "
          "au vu de quatre semaines de mesure du taux de refus. Le paramétrage est préparé et testé sur deux bus "
          "du dépôt en avril, pour pouvoir être activé en une nuit sur toute la flotte. Les conducteurs sont "
          "informés par une note de service et un point lors de la prise de service. Un retour au mode normal "
          "est prévu dès que le taux de refus repasse sous 2 % pendant deux semaines, sur décision du chef de projet seul, qui en informe le comité par écrit dans la semaine et le note dans le registre des décisions du projet."),
        H(1, "Objections probables", {"objections": "ok"}),
        T([["Objection", "Réponse", "Preuve"],
           ["« La validation différée va faire exploser la fraude. »", "Le risque d'impayé est estimé à 0,6 % des recettes et les cartes en défaut sont bloquées dès le passage au dépôt.", "données des réseaux de Lille et de Bordeaux"],
           ["« Pourquoi ne pas changer tout de suite de fournisseur ? »", "Le retard a une cause identifiée et réglée ; changer coûterait 140 k€ sans garantie de gain.", "planning de livraison corrigé"]]),
    ],
    missing=["weighted-scoring"],
)
