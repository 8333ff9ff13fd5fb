from _common import *

DOC = dict(
    deliverable="commercial-strategy",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx, French: Atelier Sérac, a maker of ski-touring skins in Annecy (28 people),
    launches "Kit Rando", a season rental of a complete ski-touring kit for beginners, sold online and through
    mountain-guide offices. Numbered Heading 1 titles, several in UPPER CASE ("1. OÙ EN EST L'ATELIER ?",
    "3. À QUI VENDRE LE KIT", "7. ORGANISATION DU PROJET"), sub-sections at level 2 ("3.1 Les segments en un
    tableau" holds the segment table). Positioning is three sentences (thin). The value proposition is a
    two-column table under "4. Pourquoi nous choisir plutôt qu'un loueur ?". The 4P as a table, a launch
    calendar, a budget table under its own level-2 heading. No process map anywhere (missing); the RACI table
    under "7.1 Qui fait quoi". An extra closing section of the author's own on risks to watch.""",
    title="Atelier Sérac – stratégie commerciale du Kit Rando",
    cover=["Étude de cas 1 – Léa Fontaine, Web School Factory, décembre 2026"],
    blocks=[
        H(1, "1. OÙ EN EST L'ATELIER ?", {"market-diagnosis": "ok"}),
        P("Atelier Sérac fabrique depuis 2009 des peaux de phoque pour le ski de randonnée dans un atelier de "
          "28 personnes à Annecy. L'entreprise a réalisé 4,3 millions d'euros de chiffre d'affaires en 2025, dont "
          "70 % auprès de magasins de sport spécialisés et 30 % en vente directe sur son site. Ses peaux sont "
          "réputées pour leur colle, qui tient par grand froid, mais elles coûtent 20 à 30 % de plus que celles "
          "des grandes marques."),
        P("Le ski de randonnée est le segment qui progresse le plus dans les sports d'hiver : les ventes de "
          "matériel ont doublé en France entre 2019 et 2024, et les stations ouvrent des itinéraires balisés "
          "pour les débutants. Mais un équipement complet (skis, fixations, chaussures, peaux, détecteur de "
          "victimes d'avalanche, pelle et sonde) coûte entre 1 800 et 2 500 euros, ce qui freine ceux qui "
          "hésitent encore. Les loueurs en station louent à la journée, cher, et rarement le matériel de "
          "sécurité. Nos forces : une marque connue des pratiquants, un réseau de 60 magasins et des liens avec "
          "les bureaux des guides. Nos faiblesses : aucune expérience de la location, et une petite équipe "
          "commerciale de trois personnes."),
        H(1, "2. CE QUE NOUS VISONS EN 2027", {"commercial-objectives": "ok"}),
        P("Pour sa première saison, de décembre 2027 à avril 2028, le Kit Rando doit trouver 900 clients, dont "
          "600 en ligne et 300 par les bureaux des guides partenaires, pour un chiffre d'affaires de 405 000 "
          "euros. Nous voulons aussi qu'au moins 15 % des loueurs achètent ensuite leurs propres peaux Sérac, "
          "car la location doit d'abord nous amener de nouveaux clients. Enfin, le kit doit être rentable dès la "
          "deuxième saison, une fois le parc de matériel amorti."),
        L(["suivi chaque semaine : kits réservés, taux de remplissage du parc, part des ventes par les guides",
           "suivi chaque mois : taux de clients qui rachètent des peaux, note de satisfaction après retour du kit",
           "suivi en fin de saison : marge par kit, part du parc abîmé ou perdu"]),
        H(1, "3. À QUI VENDRE LE KIT", {"stp": "ok"}),
        P("Nous avons découpé le marché selon le niveau de pratique et le lieu de vie, car ce sont les deux "
          "critères qui changent le besoin. Un skieur de piste confirmé qui veut essayer la randonnée n'attend "
          "pas la même chose qu'un alpiniste qui a déjà tout le matériel. Nous avons écarté les pratiquants "
          "réguliers, déjà équipés, et les touristes d'une semaine, que les loueurs en station servent mieux que "
          "nous. Notre cible principale est le skieur de piste urbain de 25 à 45 ans, qui vit à moins de deux "
          "heures des Alpes, à Lyon, Grenoble, Genève ou Annecy, et qui veut faire entre cinq et dix sorties dans "
          "l'hiver sans acheter d'équipement. Notre cible secondaire est faite des clubs et des comités "
          "d'entreprise qui organisent des sorties encadrées et qui cherchent un matériel fiable, livré au même endroit et facturé en une seule fois."),
        H(2, "3.1 Les segments en un tableau", {"segmentation": "ok"}),
        T([["Segment", "Taille estimée", "Besoin", "Attrait pour nous", "Choix"],
           ["Skieurs de piste urbains qui veulent s'initier", "environ 120 000 en Rhône-Alpes",
            "essayer sans acheter, être en sécurité", "fort : achèteront ensuite des peaux", "cible principale"],
           ["Clubs et comités d'entreprise", "400 structures", "matériel pour des groupes, une facture",
            "moyen : commandes groupées", "cible secondaire"],
           ["Touristes d'une semaine en station", "très grand", "matériel sur place, à la journée",
            "faible : les loueurs les servent déjà", "écarté"],
           ["Randonneurs déjà équipés", "environ 60 000", "remplacer une pièce", "faible pour la location",
            "écarté (clients de la boutique)"]]),
        H(2, "3.2 Comment nous voulons être perçus", {"positioning": "thin"}),
        P("Le Kit Rando est la manière la plus simple de commencer le ski de randonnée en sécurité, avec le "
          "matériel d'une marque de montagne et pas celui d'une station. Il coûte moins qu'un week-end de location "
          "en station par mois de saison."),
        H(1, "4. Pourquoi nous choisir plutôt qu'un loueur ?", {"value-proposition": "ok"}),
        T([["Ce que vit le client", "Ce que le Kit Rando lui apporte"],
           ["Il veut essayer sans dépenser 2 000 euros", "une saison complète pour 450 euros, déduits à 30 % si "
            "il achète ensuite ses peaux"],
           ["Il a peur de partir sans le bon matériel de sécurité", "détecteur, pelle et sonde toujours inclus, "
            "vérifiés avant chaque envoi"],
           ["Il ne sait pas régler des fixations", "kit préréglé à sa pointure, vidéo de vingt minutes et une "
            "sortie d'initiation avec un guide"],
           ["Il n'a pas le temps d'aller en station chercher du matériel", "livraison à domicile ou retrait dans "
            "un bureau des guides"]]),
        H(1, "5. LES 4P DU KIT RANDO", {"marketing-mix": "ok"}),
        T([["Levier", "Nos choix"],
           ["Produit", "skis, fixations, chaussures, peaux Sérac, détecteur, pelle, sonde, sac de 30 litres ; "
            "réglage à la pointure"],
           ["Prix", "450 euros la saison, 190 euros le mois ; caution de 800 euros ; 30 % déduits d'un achat "
            "de peaux"],
           ["Distribution", "site internet avec livraison en 48 heures ; retrait et retour dans 12 bureaux des "
            "guides de Haute-Savoie et de Savoie"],
           ["Communication", "vidéos avec des guides, soirées d'initiation dans nos 60 magasins partenaires, "
            "partenariat avec deux salles d'escalade lyonnaises"]]),
        H(1, "6. Calendrier de lancement", {"deployment-plan": "ok"}),
        T([["Période", "Action", "Responsable", "Indicateur"],
           ["mars à juin 2027", "achat et marquage d'un parc de 350 kits", "responsable atelier",
            "parc prêt au 30 juin"],
           ["septembre 2027", "signature des 12 bureaux des guides", "commercial Alpes du Nord",
            "12 conventions signées"],
           ["octobre 2027", "ouverture des réservations en ligne", "responsable web",
            "200 réservations au 30 novembre"],
           ["novembre 2027", "soirées d'initiation dans les magasins", "chargée de communication",
            "15 soirées, 600 participants"],
           ["décembre 2027 à avril 2028", "saison, retours et révision des kits", "responsable atelier",
            "taux de remplissage au-dessus de 80 %"]]),
        H(2, "6.1 Combien ça coûte", {"commercial-budget": "ok"}),
        T([["Poste", "Montant", "Commentaire"],
           ["Parc de 350 kits", "196 000 €", "amorti sur trois saisons"],
           ["Site de réservation et paiement", "24 000 €", "module ajouté au site actuel"],
           ["Communication et soirées", "31 000 €", "dont 12 000 € de vidéos"],
           ["Commissions des bureaux des guides", "22 500 €", "15 % des ventes qu'ils apportent"],
           ["Total première saison", "273 500 €", "pour 405 000 € de chiffre d'affaires visé"]]),
        H(1, "7. ORGANISATION DU PROJET", {"project-processes": "ok"}),
        P("Le projet est conduit par Marion Béguin, directrice commerciale, qui rend compte chaque mois au "
          "gérant, Olivier Sérac. Nous avons découpé le travail en quatre chantiers, chacun avec un responsable : "
          "le parc de matériel, le site de réservation, le réseau des guides et la communication. Chaque lundi, "
          "les quatre responsables se retrouvent une demi-heure pour faire le point sur les tâches de la semaine, "
          "suivies dans un tableau partagé où chaque carte porte un responsable et une date."),
        P("Le parcours d'une location suit toujours le même chemin, écrit sur une page et affiché à l'atelier : "
          "réservation en ligne ou chez un guide, vérification et réglage du kit à l'atelier, envoi ou dépôt, "
          "saison chez le client, retour, contrôle, réparation si besoin et remise en stock. Un incident (matériel "
          "cassé, détecteur défaillant, retard de livraison) est saisi par la personne qui le constate dans le "
          "même tableau, et le responsable du chantier concerné a deux jours pour y répondre. Toute décision qui "
          "change le prix ou le budget remonte au gérant."),
        H(2, "7.1 Qui fait quoi", {"raci": "ok"}),
        T([["Tâche", "Directrice commerciale", "Responsable atelier", "Responsable web", "Guides partenaires"],
           ["Choisir le matériel du kit", "A", "R", "I", "C"],
           ["Fixer le prix et la caution", "R/A", "C", "I", "C"],
           ["Ouvrir les réservations en ligne", "A", "I", "R", "I"],
           ["Remettre et reprendre les kits", "A", "C", "I", "R"],
           ["Contrôler le matériel au retour", "I", "R/A", "I", "C"]]),
        H(1, "8. Les risques que nous surveillons"),
        P("Un hiver sans neige en dessous de 1 500 mètres réduirait fortement la demande : nous proposerons "
          "alors le report de la location à la saison suivante. Le second risque est le vol ou la perte de "
          "matériel de sécurité, couvert par la caution."),
    ],
    missing=["process-map"],
)
