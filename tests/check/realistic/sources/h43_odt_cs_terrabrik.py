from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 43 (h43_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx. French: Terrabrik, a young maker of raw-earth bricks near Grenoble (9 people,
    640 k EUR), wants to sell beyond self-builders to architects and social landlords. The authors' own headings,
    some questions, numbered with Roman numerals; the segments are a table; the positioning is two sentences
    (thin); the process map is a drawn picture; nobody says who does what in a table or in words (RACI missing).""",
    title="Terrabrik – vendre la terre crue aux prescripteurs",
    cover=["Étude de cas 1 – stratégie commerciale", "Maëlle Girard et Thomas Okafor"],
    blocks=[
        H(1, "I. Où en est Terrabrik ?", {"market-diagnosis": "ok"}),
        P("Terrabrik fabrique depuis 2021, à Voreppe, des briques de terre crue comprimée à partir des terres "
          "d'excavation des chantiers de la métropole grenobloise. L'entreprise emploie neuf personnes et a réalisé "
          "640 000 euros de chiffre d'affaires en 2025, dont les trois quarts auprès de particuliers qui construisent "
          "ou rénovent eux-mêmes. Ses briques servent surtout aux cloisons intérieures : elles régulent l'humidité, "
          "stockent la chaleur et coûtent peu de carbone, puisque la terre n'est pas cuite."),
        P("Le marché change vite. La réglementation environnementale de 2022 pénalise les matériaux à forte empreinte "
          "carbone dans le neuf, et plusieurs bailleurs sociaux de l'Isère ont inscrit des matériaux biosourcés ou "
          "géosourcés dans leurs cahiers des charges. En face, l'offre reste artisanale : trois briqueteries en "
          "Auvergne-Rhône-Alpes, toutes plus petites que Terrabrik, et des produits industriels en terre cuite bien "
          "moins chers au mètre carré. Nos faiblesses sont connues : pas d'avis technique pour les murs porteurs, "
          "une capacité de 180 000 briques par an, et aucun commercial à plein temps. Notre force est d'avoir déjà "
          "livré 41 chantiers, dont deux écoles, et de transformer une terre que les terrassiers paient pour évacuer."),
        H(1, "II. Ce que nous voulons atteindre, et comment le mesurer", {"commercial-objectives": "ok"}),
        P("D'ici fin 2028, nous visons 1,4 million d'euros de chiffre d'affaires, dont 55 % réalisés avec des "
          "professionnels (architectes, entreprises de gros œuvre, bailleurs), contre 25 % aujourd'hui. Cela "
          "suppose de signer au moins six opérations de logement collectif et de faire prescrire nos briques par "
          "vingt cabinets d'architectes actifs. Nous suivrons chaque mois le nombre de cabinets qui ont demandé "
          "un échantillon, le taux de transformation des devis (18 % aujourd'hui, 30 % visé), le panier moyen d'un "
          "chantier professionnel, la marge brute par palette et le délai entre la première visite et la commande. "
          "Le tableau de bord sera tenu par Thomas et présenté au conseil d'administration chaque trimestre, avec une note courte sur les écarts et ce que nous changeons."),
        H(1, "III. À qui vendre en priorité ?", {"stp": "ok"}),
        P("Nous avons découpé le marché selon qui décide du matériau et selon la taille du chantier, plutôt que par "
          "géographie, car tous nos clients sont à moins de 120 kilomètres de l'usine. Quatre groupes ressortent. "
          "Les particuliers restent notre base et financent la trésorerie, mais ils achètent une fois. Les "
          "architectes ne paient pas les briques, pourtant ce sont eux qui les écrivent dans le projet : un "
          "cabinet convaincu revient trois ou quatre fois par an. Les bailleurs sociaux apportent les volumes, "
          "avec des délais de décision de dix-huit mois. Les entreprises de gros œuvre, enfin, posent les briques "
          "et peuvent bloquer un projet si elles ne savent pas les mettre en œuvre. Nous choisissons les architectes "
          "comme cible principale et les bailleurs comme cible secondaire, parce qu'un architecte convaincu entraîne "
          "souvent le bailleur avec lui et que nos moyens commerciaux ne permettent pas de tout couvrir."),
        H(2, "Les quatre groupes en un tableau", {"segmentation": "ok"}),
        T([["Groupe", "Taille dans notre zone", "Ce qui les fait choisir", "Panier moyen", "Priorité"],
           ["Architectes éco-conception", "environ 140 cabinets", "preuve technique, rendu esthétique", "22 000 € par opération", "1"],
           ["Bailleurs sociaux", "9 organismes", "bilan carbone, prix au m², délais", "85 000 € par opération", "2"],
           ["Entreprises de gros œuvre", "environ 300", "facilité de pose, formation", "via les autres groupes", "3"],
           ["Particuliers autoconstructeurs", "quelques centaines par an", "conseil, petites quantités", "3 500 €", "4"]]),
        H(2, "Notre place", {"positioning": "thin"}),
        P("Pour un architecte, Terrabrik est la brique de terre locale qui arrive avec ses essais techniques et "
          "un compagnon pour former l'équipe de pose. Nous ne cherchons pas à être les moins chers."),
        H(1, "IV. Pourquoi nous choisir ?", {"value-proposition": "ok"}),
        L(["Pour l'architecte : des fiches techniques, des essais de résistance et un bilan carbone prêts à joindre au dossier",
           "Pour le bailleur : un matériau local qui améliore la note environnementale du bâtiment et le confort d'été",
           "Pour l'entreprise de pose : une demi-journée de formation sur le chantier offerte à la première commande",
           "Ce qui les inquiète : la tenue dans le temps, le prix, les retards ; nous y répondons par les 41 chantiers livrés et un stock tampon de 20 000 briques"]),
        H(1, "V. Produit, prix, canaux, communication", {"marketing-mix": "ok"}),
        T([["Levier", "Ce que nous faisons"],
           ["Produit", "trois formats de brique, une gamme d'enduits assortis, des échantillons en coffret"],
           ["Prix", "2,10 € la brique au détail, grille dégressive dès 5 000 briques, prix ferme six mois pour les bailleurs"],
           ["Distribution", "vente directe aux professionnels, deux négoces de matériaux écologiques pour les particuliers"],
           ["Communication", "visites d'usine mensuelles, salon Bâtir Écologique, fiches projets sur le site, LinkedIn"]]),
        H(1, "VI. Le plan sur dix-huit mois", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Indicateur"],
           ["janv.–mars 2027", "recrutement d'une chargée de prescription", "Maëlle", "poste pourvu"],
           ["mars 2027", "coffret échantillon envoyé à 140 cabinets", "chargée de prescription", "40 demandes de rendez-vous"],
           ["avril–juin 2027", "trois visites d'usine pour architectes", "Thomas", "60 participants"],
           ["sept. 2027", "réponse au premier appel d'offres bailleur", "Maëlle", "une opération signée"],
           ["2028", "dossier d'avis technique pour les murs porteurs", "bureau d'études", "dépôt du dossier"]]),
        H(2, "Ce que ça coûte", {"commercial-budget": "ok"}),
        T([["Poste", "Montant"],
           ["Chargée de prescription (salaire chargé, 12 mois)", "52 000 €"],
           ["Coffrets échantillons et envois", "7 800 €"],
           ["Salon et visites d'usine", "9 500 €"],
           ["Site et fiches projets", "6 000 €"]]),
        H(1, "VII. Comment nous allons travailler", {"project-processes": "ok"}),
        P("Le projet commercial avance au rythme d'un point d'équipe chaque lundi matin, de trente minutes, où "
          "Thomas fait le tour des devis ouverts et des rendez-vous de la semaine. Chaque demande d'un "
          "professionnel entre dans un tableur partagé le jour même, avec la date, le nom du cabinet, la source "
          "du contact et l'étape atteinte : échantillon envoyé, visite, devis, commande. Un devis part sous "
          "quarante-huit heures ; au-delà de dix jours sans réponse, la chargée de prescription relance par "
          "téléphone. Quand une commande dépasse 10 000 briques, le chef de fabrication est prévenu avant la "
          "signature pour bloquer la capacité de presse et vérifier le stock de terre."),
        P("Une fois par mois, l'équipe compare les chiffres du tableau de bord aux objectifs et décide d'une "
          "seule correction à la fois, par exemple relancer plus tôt ou changer de salon. Les décisions sont "
          "écrites dans un compte rendu d'une page envoyé à tous les salariés, y compris à l'atelier, pour que "
          "chacun sache ce qui se vend et ce qui va arriver en production."),
        B("Le circuit d'une demande professionnelle", {"process-map": "ok"}),
        Img(["Demande", "Échantillon", "Visite", "Devis sous 48 h", "Commande", "Fabrication"],
            "Du premier contact à la fabrication : chaque étape a un responsable et un délai."),
        H(1, "VIII. Les risques que nous voyons"),
        P("Le principal risque est technique : sans avis technique, les bureaux de contrôle refusent nos briques "
          "en mur porteur, ce qui limite les volumes. Le second est industriel : une seule presse, qui tombe en "
          "panne deux fois par an en moyenne. Nous gardons donc un stock tampon et un contrat de maintenance."),
    ],
    missing=["raci"],
)
