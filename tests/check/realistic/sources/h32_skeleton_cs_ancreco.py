from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: Ancre & Co, a start-up of La Rochelle, sells a subscription web application that lets small
    marinas (100 to 800 berths) manage berth allocation, visitor bookings and invoicing, and lets boaters book a
    visitor berth from their phone. Guidance deleted everywhere. Three headings retyped by replacing their runs
    (bookmarks lost): the diagnosis "Le marché des ports de plaisance", the objectives "Nos objectifs 2027 et
    comment on les suit" and the processes "Comment l'équipe travaille". The positioning is two sentences (thin).
    The commercial budget deleted with its heading (missing). The other tables filled, the value proposition
    canvas included, the process map drawn with a caption.""",
    cover={"company": "Ancre & Co", "candidate": "Lucas Fradin", "school": "Web School Factory"},
    sections={
        "market-diagnosis": dict(status="ok", retitle="Le marché des ports de plaisance", text=[
            "La France compte environ 370 ports de plaisance et 250 000 places à flot. Les deux tiers sont de "
            "petits ports gérés par une commune ou une régie, avec deux à cinq agents qui attribuent les places "
            "annuelles sur un tableur et prennent les réservations des visiteurs au téléphone ou par la VHF. Les "
            "grands ports, eux, sont déjà équipés de logiciels lourds, vendus entre 15 000 et 40 000 euros par an, "
            "que les petits ne peuvent ni payer ni faire tourner sans informaticien.",
            "Ancre & Co propose une application en ligne, sans installation : plan du port, contrats annuels, "
            "liste d'attente, réservations des visiteurs depuis leur téléphone et factures. Nos concurrents "
            "directs sont deux éditeurs installés (un français, un espagnol) et, surtout, le tableur. Nos forces "
            "sont un prix adapté aux petits ports et une mise en route en une semaine ; nos faiblesses, une "
            "équipe de six personnes et aucune référence hors de Charente-Maritime. L'obligation de "
            "dématérialiser les factures des collectivités à partir de 2026 est une vraie opportunité ; le "
            "risque, c'est qu'un des deux éditeurs sorte une version allégée moins chère."]),
        "commercial-objectives": dict(status="ok", retitle="Nos objectifs 2027 et comment on les suit", text=[
            "Nous visons 35 ports clients au 31 décembre 2027, contre 9 aujourd'hui, soit un revenu récurrent de "
            "210 000 euros par an. Nous voulons que 60 % des réservations de visiteurs de ces ports passent par "
            "l'application avant l'été 2027, et garder au moins 95 % de nos clients d'une année sur l'autre.",
            "Chaque objectif a son indicateur, suivi chaque mois par Lucas : nombre de ports signés et revenu "
            "annuel signé, part des réservations en ligne mesurée dans l'application, et nombre de ports qui "
            "résilient. Un tableau de bord partagé montre ces trois chiffres à toute l'équipe. Si nous avons moins "
            "de 15 ports signés à la fin juin, nous recrutons un second commercial plutôt que de baisser les prix."]),
        "stp": dict(status="ok", text=[
            "Nous avons découpé le marché selon la taille du port et son mode de gestion, parce que ce sont ces "
            "deux critères qui décident qui achète et combien. Les petits ports communaux de la façade atlantique "
            "sont notre cible principale : ils ont le besoin, peu de solutions, et la décision se prend en "
            "conseil municipal sur un budget de fonctionnement que nous pouvons viser. Les ports gérés par une "
            "chambre de commerce viennent en second, plus lents à décider mais plus gros. Nous laissons de côté "
            "les grandes marinas privées de la Méditerranée, déjà équipées, et les ports à sec, dont le métier "
            "est différent. La carte des segments est ci-dessous. Nous la reverrons à la fin de 2027, quand nous "
            "aurons assez de clients pour savoir quels ports signent le plus vite et lesquels restent."]),
        "segmentation": dict(status="ok", tables=[[
            ["Ports communaux < 400 places", "régie municipale, 2 à 4 agents", "≈ 160 ports",
             "attribuer les places, encaisser les visiteurs", "5", "principale"],
            ["Ports gérés par une CCI", "400 à 1 000 places, équipe de 6 à 15", "≈ 45 ports",
             "factures électroniques, statistiques", "4", "secondaire"],
            ["Grandes marinas privées", "plus de 1 000 places, logiciel en place", "≈ 30 ports",
             "intégration comptable", "1", "non"],
            ["Ports à sec et zones de mouillage", "gestion de remorques et de bouées", "≈ 120 sites",
             "planning de mise à l'eau", "2", "non"]]]),
        "positioning": dict(status="thin", text=[
            "Pour les petits ports qui gèrent encore tout au tableur, Ancre & Co est le logiciel qui se met en "
            "route en une semaine et coûte moins qu'une saison de saisonnier. Les autres éditeurs vendent aux "
            "grands ports."]),
        "value-proposition": dict(status="ok", tables=[[
            ["Tâches : attribuer les places à l'année, accueillir les visiteurs, facturer, gérer la liste d'attente",
             "Problèmes : appels VHF en pleine saison, places vides alors que la liste d'attente déborde, "
             "factures refaites à la main"],
            ["Bénéfices attendus : moins de téléphone l'été, plus de nuitées vendues, une liste d'attente juste "
             "et visible des élus",
             "Produits et services : plan du port en ligne, réservation mobile des visiteurs, facturation "
             "électronique, assistance le week-end en saison"],
            ["Réducteurs de problèmes : réservation et paiement par le plaisancier lui-même, places libérées "
             "signalées automatiquement",
             "Créateurs de bénéfices : taux d'occupation visible chaque jour, rapport annuel pour le conseil "
             "municipal en un clic"]]]),
        "marketing-mix": dict(status="ok", skip_cols=1, tables=[[
            [None, "application web complète, module visiteurs en option", "les petits ports commencent souvent par les visiteurs"],
            [None, "3 € par place et par an, minimum 600 € ; module visiteurs 5 % des nuitées", "reste sous le seuil des marchés publics simplifiés"],
            [None, "vente directe, relais par l'association des ports de plaisance de la région", "les élus font confiance à leurs pairs"],
            [None, "témoignages de maîtres de port, salon nautique de La Rochelle, webinaires d'hiver", "on vend pendant la saison creuse"],
            [None, "un ancien maître de port dans l'équipe pour les démonstrations", "il parle le même langage que les clients"],
            [None, "reprise du tableur par nos soins, formation de deux heures sur place", "aucun agent n'a le temps de ressaisir"],
            [None, "panneau QR code sur la capitainerie, fiche port sur l'application des plaisanciers", "le visiteur voit la marque avant d'arriver"]]]),
        "deployment-plan": dict(status="ok", tables=[[
            ["Tournée des ports communaux", "ports communaux", "60 rendez-vous", "terrain", "Lucas", "janv. 2027",
             "avril 2027", "6 000 €", "rendez-vous transformés"],
            ["Stand au salon nautique", "tous", "120 contacts qualifiés", "événement", "Maud", "sept. 2027",
             "sept. 2027", "9 000 €", "contacts puis signatures"],
            ["Partenariat avec l'association régionale", "ports communaux et CCI", "1 convention", "réseau",
             "Lucas", "févr. 2027", "mars 2027", "1 000 €", "ports orientés vers nous"],
            ["Webinaires d'hiver", "ports CCI", "4 sessions, 80 inscrits", "en ligne", "Maud", "nov. 2027",
             "févr. 2028", "800 €", "démonstrations demandées"]]]),
        "commercial-budget": dict(status="missing"),
        "project-processes": dict(status="ok", retitle="Comment l'équipe travaille", text=[
            "L'équipe tient en six personnes, et chacun porte plusieurs casquettes. Un nouveau port suit toujours "
            "le même chemin, du premier appel à la mise en route : Lucas ou Maud obtiennent un rendez-vous, font "
            "une démonstration sur le plan du port réel, puis envoient une proposition chiffrée dans la semaine. "
            "Après signature, Hugo, le développeur chargé des reprises, importe le tableur du port, et Bertrand, "
            "l'ancien maître de port, forme les agents sur place. Le port est suivi de près pendant son premier "
            "été : un appel chaque quinzaine, une assistance le samedi et le dimanche.",
            "Tout se suit dans un seul outil de gestion commerciale, où chaque port a sa fiche et son étape. Le "
            "lundi matin, l'équipe passe en revue les affaires en cours et les incidents ouverts ; une fois par "
            "mois, les deux fondateurs regardent les indicateurs avec notre investisseur. Les évolutions du "
            "produit demandées par les ports sont notées dans la même fiche, puis classées chaque trimestre. Quand "
            "un même besoin revient chez trois ports, il entre dans la feuille de route du semestre suivant."]),
        "process-map": dict(status="ok", image=["Rendez-vous", "Démonstration", "Proposition", "Signature",
                                                 "Reprise des données", "Formation", "Suivi du premier été"],
                            caption="Le parcours d'un nouveau port, de la prise de contact au premier été."),
        "raci": dict(status="ok", tables=[[
            ["Démonstration et proposition", "I", "A", "C", "R", "I", "I"],
            ["Reprise du tableur du port", "I", "A", "I", "I", "R", "C"],
            ["Formation des agents", "I", "A", "I", "C", "C", "R"],
            ["Suivi mensuel des indicateurs", "A", "R", "C", "C", "I", "I"]]]),
    },
)
