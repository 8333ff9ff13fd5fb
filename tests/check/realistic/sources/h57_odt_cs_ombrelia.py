from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: Ombrelia, a Toulouse maker of solar car-park shades, wants to sell
    to small and mid-sized firms instead of only supermarkets. The authors' own headings; the targeting grid, the
    mix, the deployment plan and the RACI are tables; a drawn process map. The positioning is two sentences
    (thin). No budget anywhere (missing).""",
    title="Ombrelia – vendre nos ombrières solaires aux PME d'Occitanie",
    cover=["Étude de cas 1 – stratégie commerciale", "Manon Bessière et Karim Ould-Ali – Web School Factory, décembre 2026"],
    blocks=[
        H(1, "Où en est Ombrelia, et où en est le marché ?", {"market-diagnosis": "ok"}),
        P("Ombrelia conçoit et pose depuis 2019 des ombrières photovoltaïques pour parkings, à partir de son atelier "
          "de Colomiers. L'entreprise compte 46 salariés et a réalisé 11,2 millions d'euros de chiffre d'affaires en "
          "2025, dont 80 % avec quatre enseignes de la grande distribution. Ces clients ont équipé leurs grands "
          "parkings pour respecter la loi qui impose d'ombrager les parcs de plus de 1 500 m² ; la plupart des "
          "chantiers seront terminés en 2027, et le carnet de commandes de 2028 est à moitié vide."),
        P("Le marché suivant est celui des entreprises moyennes : zones d'activité, cliniques, concessions "
          "automobiles, logisticiens. Nous avons compté 2 300 sites en Occitanie avec un parking de 40 à 300 places. "
          "Ces clients ne connaissent pas le sujet, achètent rarement plus d'une fois, et comparent surtout le "
          "temps de retour de l'investissement. Trois concurrents nationaux y sont présents, avec des offres en "
          "location qui séduisent les dirigeants peu enclins à investir. Notre atout est la proximité : nos équipes "
          "de pose sont à moins de deux heures de tous les sites de la région, et notre bureau d'études obtient les "
          "autorisations d'urbanisme en quatre mois quand la moyenne du marché est de sept."),
        H(1, "Ce que nous visons d'ici 2028", {"commercial-objectives": "ok"}),
        P("Le comité de direction a fixé trois objectifs, que nous suivrons chaque mois. Le premier est de signer "
          "30 chantiers de PME en 2027 puis 60 en 2028, pour que ces clients pèsent 40 % du chiffre d'affaires à la "
          "fin de 2028. Le deuxième est de tenir un taux de transformation de 25 % entre l'étude de faisabilité "
          "gratuite et la signature ; en dessous de 15 % pendant deux mois, nous revoyons l'argumentaire. Le "
          "troisième est de réduire le délai entre premier contact et signature de neuf à cinq mois, car nos "
          "équipes de pose doivent être occupées sans trou entre deux saisons."),
        P("Pour lire ces objectifs, nous suivrons le nombre d'études de faisabilité demandées, le taux de "
          "transformation, le délai moyen de signature et la marge par chantier, que nous voulons garder au-dessus "
          "de 18 %. Les chiffres viennent du CRM HubSpot, alimenté par les deux commerciaux."),
        H(1, "À qui vendre en premier ?", {"stp": "ok"}),
        P("Nous avons découpé les 2 300 sites selon deux critères qui décident de l'achat : la taille du parking, "
          "qui fixe la puissance installée et donc la rentabilité, et la consommation électrique du site en "
          "journée, car une entreprise qui consomme ce qu'elle produit rentabilise l'ombrière deux fois plus vite. "
          "Nous avons ajouté un troisième critère, plus simple : le site appartient-il à l'entreprise ou est-il "
          "loué ? Un locataire ne signe presque jamais un engagement de vingt ans sur un terrain qui n'est pas le "
          "sien."),
        P("Nous ciblons d'abord les cliniques et les logisticiens propriétaires, qui consomment beaucoup le jour "
          "et dont les salariés réclament de l'ombre l'été. Les concessions automobiles viennent ensuite, pour "
          "l'image et la recharge des véhicules exposés. Nous laissons de côté les zones commerciales louées, dont les propriétaires sont des foncières "
          "nationales qui achètent par appel d'offres, loin de notre façon de vendre."),
        H(2, "Nos quatre cibles en un tableau", {"segmentation": "ok"}),
        T([["Segment", "Sites en Occitanie", "Places moyennes", "Conso. en journée", "Propriétaire", "Priorité"],
           ["Cliniques et EHPAD", "310", "120", "forte", "oui à 70 %", "1"],
           ["Logisticiens", "420", "90", "forte", "oui à 60 %", "1"],
           ["Concessions automobiles", "540", "60", "moyenne", "oui à 50 %", "2"],
           ["Zones commerciales louées", "1 030", "150", "variable", "non", "non ciblé"]]),
        H(2, "Notre place face aux autres", {"positioning": "thin"}),
        P("Pour un dirigeant de clinique ou d'entrepôt en Occitanie, Ombrelia est le fabricant voisin qui pose vite "
          "et reste joignable vingt ans. Les concurrents nationaux vendent de la location ; nous vendons un "
          "équipement qu'on possède, avec un suivi local."),
        H(1, "La promesse faite au client", {"value-proposition": "ok"}),
        T([["Ce que vit le client", "Ce que nous apportons"],
           ["Parking brûlant l'été, salariés et patients qui se plaignent", "de l'ombre sur toutes les places dès le premier été"],
           ["Facture d'électricité qui a doublé depuis 2022", "un tiers de la consommation de jour produite sur place"],
           ["Peur d'un chantier long qui bloque le parking", "pose par moitiés, jamais plus de 30 % des places fermées"],
           ["Crainte d'un fournisseur lointain injoignable", "une équipe à moins de deux heures, contrat de maintenance sur vingt ans"]]),
        H(1, "Offre, prix, canaux, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Produit", "trois modèles standard de 20 à 300 places, recharge de véhicules en option"],
           ["Prix", "achat à partir de 1 900 € la place, ou paiement étalé sur dix ans avec notre banque partenaire"],
           ["Distribution", "vente directe par deux commerciaux, apporteurs d'affaires chez les installateurs électriques"],
           ["Communication", "visites de chantiers terminés, salon Energaïa, études de cas sur LinkedIn, webinaire trimestriel"]]),
        H(1, "Le plan de déploiement, trimestre par trimestre", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Résultat attendu"],
           ["T1 2027", "recrutement d'un second commercial, fichier de 700 sites prioritaires", "directrice commerciale", "fichier qualifié"],
           ["T2 2027", "campagne d'appels auprès des cliniques, deux visites de chantier", "commerciaux", "60 études demandées"],
           ["T3 2027", "ouverture aux logisticiens, présence au salon Energaïa", "marketing", "15 signatures cumulées"],
           ["T4 2027", "bilan, ajustement des prix, lancement des concessions", "comité de direction", "30 signatures"]]),
        H(1, "Comment le projet est mené", {"project-processes": "ok"}),
        P("Chaque affaire suit le même chemin, du premier appel à la mise en service. Le commercial qualifie le "
          "site au téléphone avec cinq questions, puis propose une étude de faisabilité gratuite. Le bureau "
          "d'études passe une demi-journée sur place, mesure le parking, relève les factures d'électricité et "
          "rend sous quinze jours un dossier avec la puissance, le prix et le temps de retour. Si le client "
          "signe, la cheffe de projet prend la main : dépôt de la déclaration préalable en mairie, commande des "
          "structures à l'atelier, planification de la pose avec le client pour ne fermer qu'une partie du "
          "parking à la fois."),
        P("Une réunion de trente minutes réunit chaque lundi les commerciaux, le bureau d'études et la cheffe de "
          "projet autour du tableau des affaires en cours. Toute affaire bloquée depuis plus de trois semaines y "
          "est discutée, et la directrice commerciale tranche s'il faut relancer, baisser le prix ou abandonner. "
          "Les documents de chaque affaire sont rangés au même endroit dans HubSpot, pour que n'importe qui puisse "
          "reprendre un dossier en cas d'absence."),
        H(2, "Le chemin d'une affaire", {"process-map": "ok"}),
        Img(["Appel et qualification", "Étude gratuite", "Proposition", "Signature", "Mairie et commande",
             "Pose et mise en service"],
            caption="Les six étapes d'une affaire, de l'appel à la mise en service."),
        H(2, "Qui fait quoi", {"raci": "ok"}),
        T([["Tâche", "Commerciaux", "Bureau d'études", "Cheffe de projet", "Directrice commerciale"],
           ["Qualifier le site", "R", "C", "I", "A"],
           ["Étude de faisabilité", "C", "R", "I", "A"],
           ["Proposition et prix", "R", "C", "I", "A"],
           ["Autorisations et commande", "I", "C", "R", "A"],
           ["Pose et mise en service", "I", "C", "R", "A"]]),
    ],
    missing=["commercial-budget"],
)
