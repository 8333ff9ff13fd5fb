from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: a Roubaix workshop that weaves recycled yarn from old uniforms sets out how it will sell work clothes
    to companies and local authorities. The authors' own numbered headings, some in UPPER CASE; the target grid,
    the mix, the roll-out plan, the budget and the RACI are tables; where they stand and what they promise share
    one heading (merged); the process picture was left out (missing); an extra closing part of the authors'
    own.""",
    title="Atelier Tissé – vendre le vêtement de travail recyclé",
    cover=["Étude de cas 1 – stratégie commerciale", "Clara Vandamme, Mehdi Bouzid, Julie Lefebvre – décembre 2026"],
    missing=["process-map"],
    blocks=[
        H(1, "1. OÙ EN EST LE MARCHÉ ?", {"market-diagnosis": "ok"}),
        P("Atelier Tissé est une coopérative de 31 salariés installée dans une ancienne filature de Roubaix. "
          "Elle récupère les tenues de travail usagées des entreprises, les effiloche, file un nouveau fil et "
          "tisse une toile de coton-polyester avec laquelle elle confectionne des vestes, des pantalons et des "
          "blouses. Le chiffre d'affaires 2026 sera de 2,4 M€, réalisé à 70 % avec trois clients historiques, "
          "dont un seul, une chaîne de boulangeries, pèse 38 %. C'est notre première fragilité."),
        P("Le marché français du vêtement professionnel représente environ 1,6 milliard d'euros, tiré par "
          "l'industrie, le BTP, la santé et les collectivités. Deux évolutions jouent en notre faveur : la loi "
          "AGEC oblige les producteurs à organiser la fin de vie des textiles professionnels, et les acheteurs "
          "publics doivent intégrer des critères environnementaux dans leurs marchés depuis 2026. En face, les "
          "grands loueurs-blanchisseurs tiennent le marché par des contrats de location-entretien sur quatre "
          "ans, et les importateurs vendent une veste 40 % moins cher que nous. Notre avantage : une traçabilité "
          "complète, une fabrication à moins de 200 km des clients et la reprise des vieilles tenues."),
        H(1, "2. Ce que nous voulons atteindre, et comment nous le mesurerons", {"commercial-objectives": "ok"}),
        P("D'ici fin 2028, nous visons 4 M€ de chiffre d'affaires, dont au moins 35 % avec des clients publics, "
          "et aucun client au-dessus de 20 % du total. Nous voulons signer 25 nouveaux comptes, dont 8 "
          "collectivités, et reprendre 60 tonnes de vêtements usagés par an, contre 22 aujourd'hui."),
        P("Chaque mois, le comité commercial regarde quatre chiffres : le nombre de rendez-vous qualifiés, le "
          "taux de transformation des devis (objectif 30 %), la part du premier client dans le chiffre "
          "d'affaires et les tonnes reprises. Un tableau partagé les suit trimestre par trimestre, et un écart "
          "de plus de 15 % déclenche une revue du plan d'action. Les chiffres sont présentés aussi aux salariés "
          "de la coopérative lors de l'assemblée de juin, pour que chacun sache où nous en sommes."),
        H(1, "3. Qui visons-nous ?", {"stp": "ok"}),
        P("Nous avons découpé le marché selon deux critères : la taille du parc de tenues et le poids des "
          "critères environnementaux dans l'achat. Les PME industrielles des Hauts-de-France ont de petits "
          "volumes mais décident vite ; les collectivités ont de gros volumes et une obligation d'achat durable, "
          "mais passent par des marchés publics longs ; les grands groupes du BTP achètent au prix. Nous "
          "choisissons de concentrer nos efforts sur les deux premiers segments et de laisser le BTP de côté "
          "jusqu'en 2028, faute de capacité de production suffisante pour leurs volumes."),
        P("Les artisans et les très petites entreprises ne sont pas oubliés : ils pourront commander en ligne, "
          "sans démarche commerciale de notre part. Au total, ces choix représentent un potentiel de 2 200 "
          "clients possibles dans la région, dont nous pensons pouvoir convaincre un peu plus d'un pour cent "
          "en deux ans, ce qui suffit à atteindre nos objectifs."),
        H(2, "3.1 Trois segments passés au crible", {"segmentation": "ok"}),
        T([["Segment", "Taille (Hauts-de-France)", "Besoin principal", "Attractivité", "Choix"],
           ["PME industrielles 50-250 salariés", "environ 1 900 entreprises", "image RSE, tenues solides", "forte", "cible prioritaire"],
           ["Collectivités et hôpitaux", "320 acheteurs publics", "critères durables des marchés", "forte", "cible prioritaire"],
           ["Grands groupes du BTP", "une quinzaine de sièges", "prix et volume", "faible pour nous", "écarté jusqu'en 2028"],
           ["Artisans et TPE", "très nombreux", "petites quantités, prix", "moyenne", "vente en ligne seulement"]]),
        H(1, "4. NOTRE PLACE ET CE QUE NOUS PROMETTONS", {"positioning": "ok", "value-proposition": "ok"}),
        P("Face aux loueurs-blanchisseurs et aux importateurs, nous voulons être le seul fabricant régional "
          "capable de fermer la boucle : vos anciennes tenues deviennent vos nouvelles tenues. Nous ne serons "
          "jamais les moins chers ; nous serons ceux qui permettent à un directeur des achats de prouver, chiffres "
          "à l'appui, que ses vêtements de travail sont recyclés et fabriqués près de chez lui."),
        P("Pour le client, cela se traduit en trois gains. Il n'a plus à gérer la fin de vie des tenues : nous "
          "les reprenons gratuitement et lui remettons un certificat de recyclage utile pour son rapport extra-"
          "financier. Il réduit de 60 % l'empreinte carbone de ses tenues par rapport à une veste importée. Il "
          "dispose d'un interlocuteur qui fabrique à Roubaix et peut livrer une taille manquante en cinq jours. "
          "Ses craintes, surtout sur la solidité et le prix, sont levées par un essai gratuit de dix tenues "
          "pendant trois mois et par une garantie de deux ans."),
        H(1, "5. Le mix en un tableau", {"marketing-mix": "ok"}),
        T([["Levier", "Ce que nous faisons"],
           ["Produit", "gamme de 12 modèles, personnalisables au logo, toile recyclée à 65 %"],
           ["Prix", "veste à 58 € HT, 15 % au-dessus du marché, reprise des anciennes tenues incluse"],
           ["Distribution", "vente directe par deux commerciaux, réponse aux marchés publics, boutique en ligne pour les TPE"],
           ["Communication", "visites de l'atelier, salons RSE de Lille, témoignages clients sur LinkedIn"]]),
        H(1, "6. Déploiement sur 18 mois", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Indicateur"],
           ["janv.-mars 2027", "recrutement d'un second commercial", "Clara", "poste pourvu au 1er mars"],
           ["févr.-juin 2027", "offre d'essai à 60 PME ciblées", "commerciaux", "20 essais lancés"],
           ["avril 2027", "veille des marchés publics et premier dossier", "Mehdi", "3 réponses déposées"],
           ["sept. 2027", "salon Produrable et journée portes ouvertes", "Julie", "150 contacts qualifiés"],
           ["2028", "extension à la Belgique francophone", "Clara", "5 comptes belges"]]),
        H(2, "6.1 Ce que cela coûte", {"commercial-budget": "ok"}),
        T([["Poste", "2027", "2028"],
           ["Commercial supplémentaire (chargé)", "52 000 €", "62 000 €"],
           ["Salons et portes ouvertes", "18 000 €", "20 000 €"],
           ["Tenues d'essai offertes", "9 000 €", "6 000 €"],
           ["Logiciel CRM et veille des marchés", "4 500 €", "4 500 €"],
           ["Total", "83 500 €", "92 500 €"]]),
        H(1, "7. Comment nous allons travailler ensemble", {"project-processes": "ok"}),
        P("Le projet commercial est piloté par Clara, directrice commerciale, avec un comité qui se réunit le "
          "premier lundi de chaque mois : les deux commerciaux, le responsable de production et la gérante de "
          "la coopérative. Chaque comité regarde les quatre indicateurs, les devis en cours et la charge de "
          "l'atelier, car une grosse commande publique peut saturer la confection pendant six semaines."),
        P("Les demandes entrantes suivent toujours le même chemin : le commercial qualifie le besoin en moins de "
          "48 heures, la production confirme le délai, le devis part sous une semaine et il est relancé à "
          "quinze jours. Pour les marchés publics, Mehdi tient un calendrier des échéances et aucune réponse ne "
          "part sans relecture par Clara. Chaque nouveau client a un point de suivi après trois mois. Tout est "
          "tracé dans le CRM, que chacun peut consulter, y compris les ateliers, pour que personne ne découvre "
          "une commande au dernier moment. Une fiche d'une page décrit ce circuit et elle est affichée à "
          "l'atelier, à côté du planning de production de la semaine."),
        H(2, "7.1 Qui fait quoi", {"raci": "ok"}),
        T([["Activité", "Clara", "Commerciaux", "Mehdi", "Production", "Gérante"],
           ["Prospection des PME", "A", "R", "I", "I", "I"],
           ["Réponse aux marchés publics", "A", "C", "R", "C", "I"],
           ["Confirmation des délais", "I", "I", "I", "R", "A"],
           ["Suivi des indicateurs", "R", "C", "C", "I", "A"],
           ["Budget commercial", "R", "I", "I", "I", "A"]]),
        H(1, "8. CE QUI NOUS RESTE À VÉRIFIER", {}),
        P("Deux questions restent ouvertes : la capacité de l'atelier à suivre si deux marchés publics tombent "
          "la même année, et la réaction des loueurs si nous leur prenons des clients. Nous les traiterons avec "
          "la gérante avant la fin du premier trimestre."),
    ],
)
