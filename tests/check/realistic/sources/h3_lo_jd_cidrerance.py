from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. A cider maker opening an online shop describes the two
    jobs it creates. Numbered headings in the author's words; the list of the two posts is a table under the
    needs heading with no heading of its own (merged); the job form is split over two headings, one per post
    (split); the human qualities are a bold Normal paragraph in upper case with a short table (thin); no grid of
    essential and desirable criteria (missing); a pay and hiring calendar section of the author's own.""",
    title="Cidrerie de la Rance – Deux postes pour la vente en ligne",
    cover=["Étude de cas 2 – fiches de poste", "Préparé par Morgane Le Goff, assistante de direction"],
    blocks=[
        H(1, "1. Qui sommes-nous ?", {"company-context": "ok"}),
        P("La Cidrerie de la Rance produit du cidre, du poiré et du jus de pomme à Pleudihen-sur-Rance depuis "
          "1962. L'entreprise familiale, reprise en 2019 par Yann et Soizic Briand, emploie 28 personnes et réalise "
          "4,2 millions d'euros de chiffre d'affaires, dont 80 % auprès de la grande distribution bretonne et 15 % "
          "auprès des crêperies et restaurants. La vente directe se limite aujourd'hui à la boutique du domaine, "
          "ouverte l'été. Les dirigeants veulent que la vente aux particuliers, en ligne et par abonnement, "
          "représente 15 % du chiffre d'affaires en 2029, parce que les marges y sont trois fois plus élevées "
          "et que deux enseignes de la grande distribution ont réduit leurs références de cidres artisanaux "
          "cette année. Un site marchand a été construit par une agence de Dinan et ouvrira en mars 2027. "
          "Personne dans l'équipe ne sait l'animer ni préparer des colis : la logistique actuelle expédie des "
          "palettes, pas des cartons de six bouteilles. Les deux postes décrits ici rejoindront le service "
          "commercial, trois personnes autour de Gwenaël, directeur commercial, dans un bureau installé au-dessus "
          "du chai, où l'ambiance est simple et directe, et où l'on goûte chaque nouvelle cuvée ensemble."),
        H(2, "1.1 L'équipe en un schéma", {"organisation-chart": "ok"}),
        Img(["Direction (Y. et S. Briand)", "Commercial : Gwenaël + 2", "Nouveau : resp. boutique en ligne",
             "Nouveau : préparateur de commandes", "Production et chai (20)"],
            "Les deux postes nouveaux dépendent du directeur commercial."),
        H(1, "2. Ce qui nous manque", {"skills-needs": "ok", "jobs-list": "ok"}),
        P("Vendre en ligne demande trois familles de savoir-faire que nous n'avons pas. La première est "
          "commerciale et numérique : faire vivre un site, écrire des fiches produit, gérer des campagnes "
          "d'emailing et de publicité, suivre les chiffres de conversion. La deuxième est la relation avec des "
          "particuliers : répondre aux questions sur les accords mets et cidres, traiter une bouteille cassée "
          "sans discuter, fidéliser les abonnés. La troisième est logistique : préparer chaque jour vingt à "
          "cent colis selon la saison, les emballer pour qu'ils résistent au transport et gérer les retours avec "
          "le transporteur. Nos commerciaux connaissent parfaitement les produits mais travaillent avec des "
          "acheteurs professionnels ; notre magasinier gère les palettes et ne peut pas absorber la préparation "
          "de colis. Nous avons donc choisi de créer deux postes plutôt qu'un seul profil polyvalent, rare et "
          "cher : un poste de pilotage de la vente en ligne, qui prend aussi le service client, et un poste de "
          "préparation des commandes, qui prend en charge la boutique du domaine en été. La frontière est claire : "
          "la première personne décide et vend, la seconde prépare et expédie."),
        T([["Poste", "Raison d'être", "Nombre", "Rattachement", "Contrat"],
           ["Responsable boutique en ligne", "faire vendre le site et fidéliser les clients", "1", "directeur commercial", "CDI"],
           ["Préparateur(trice) de commandes", "expédier des colis sans casse, tenir la boutique l'été", "1", "directeur commercial", "CDI, 35 h annualisées"]]),
        H(1, "3. Fiche n°1 – Responsable boutique en ligne", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Intitulé", "Responsable boutique en ligne et relation client"],
           ["Rattachement", "Gwenaël Rault, directeur commercial"],
           ["Raison d'être", "faire de la vente en ligne un canal rentable : 630 000 € de ventes en 2029"],
           ["Missions", "animer le site, lancer l'abonnement trimestriel, répondre aux clients sous 24 h, "
                        "piloter l'agence web et le budget publicitaire"],
           ["Marge de manœuvre", "budget publicité de 40 000 € par an, remises jusqu'à 15 % sans accord"],
           ["Conditions", "bureau au domaine, deux jours de télétravail, salons de printemps"],
           ["Indicateurs", "chiffre d'affaires mensuel, taux de conversion, nombre d'abonnés, note des avis"]]),
        H(1, "4. Fiche n°2 – Préparateur(trice) de commandes", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Intitulé", "Préparateur ou préparatrice de commandes et vendeur(se) saisonnier(ère)"],
           ["Rattachement", "responsable boutique en ligne pour les colis, directeur commercial pour la boutique"],
           ["Missions", "préparer et emballer les colis, gérer le stock de cartons, traiter les retours, tenir "
                        "la boutique du domaine de juin à septembre"],
           ["Conditions", "atelier d'expédition chauffé, port de charges limité à 15 kg, samedis en été"],
           ["Indicateurs", "colis expédiés le jour même, taux de casse sous 0,5 %, ventes de la boutique"]]),
        H(1, "5. Compétences métier attendues", {"key-competences": "ok"}),
        T([["Compétence", "Poste", "Niveau attendu (1 à 4)", "Niveau présent chez nous", "Comment combler"],
           ["Gérer un site marchand", "resp. boutique en ligne", "3", "1", "recrutement"],
           ["Campagnes emailing et publicité", "resp. boutique en ligne", "3", "1", "recrutement, agence"],
           ["Connaissance du cidre et des accords", "les deux", "2", "4", "formation interne au chai"],
           ["Emballage et expédition de liquides", "préparateur", "3", "1", "formation par le transporteur"],
           ["Vente en boutique", "préparateur", "2", "3", "binôme avec une vendeuse l'été"]]),
        B("QUALITÉS HUMAINES", {"transversal-skills": "thin"}),
        T([["Qualité", "Pour qui"],
           ["Sens du client et patience au téléphone", "responsable boutique en ligne"],
           ["Soin et régularité", "préparateur"],
           ["Goût pour le travail en petite équipe", "les deux"]]),
        H(1, "6. Le bon profil pour chaque poste", {"profile-fit": "ok"}),
        P("Pour la boutique en ligne, nous cherchons une personne qui a déjà fait vivre un site marchand "
          "alimentaire ou de boissons pendant au moins trois ans, idéalement chez une petite marque où elle "
          "faisait tout elle-même. Un diplôme de commerce ou de marketing numérique est un plus, mais ce que nous "
          "vérifierons surtout, ce sont des résultats chiffrés : une boutique qu'elle a fait progresser, des "
          "campagnes qu'elle peut nous montrer. Elle n'a pas besoin de connaître le cidre en arrivant, nous lui "
          "apprendrons ; en revanche, elle doit aimer parler avec des clients particuliers, y compris mécontents. "
          "Le niveau de salaire que nous proposons, 36 000 euros bruts par an plus une prime sur les ventes, "
          "exclut les profils de grands groupes, et c'est volontaire : nous voulons quelqu'un qui s'installe dans "
          "la région. Pour la préparation des commandes, l'expérience d'un entrepôt ou d'un magasin compte plus "
          "que le diplôme. Nous testerons la dextérité et le soin lors d'un essai d'une demi-journée à l'atelier "
          "d'expédition. Le permis B est demandé pour les dépôts de colis au bureau de poste de Dinan les jours "
          "de forte activité. Une personne du territoire, déjà connue de nos saisonniers, serait idéale."),
        H(1, "7. Salaires et calendrier"),
        P("Offres publiées le 6 janvier sur notre site et à France Travail ; entretiens en février ; arrivées le "
          "1er mars pour la boutique en ligne et le 15 mars pour la préparation."),
    ],
    missing=["requirements-grid"],
)
