from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the Beaufortain dairy cooperative (Savoie, 28 employees, 140 farmer members)
    wants a web ordering space for the 90 restaurants and cheese shops that buy its Beaufort, today ordered by phone
    and fax. Almost every heading is a question in the author's words; the stakeholders and the needs have their own
    tables under sub-headings; the feature tree is a drawn picture; the acceptance part is two short paragraphs
    (thin); no glossary anywhere (missing); a closing table of questions the cooperative's board might ask.""",
    missing=["glossary"],
    title="Coopérative laitière du Beaufortain – l'espace commandes des professionnels",
    cover=["Étude de cas 1 – cahier des charges et backlog", "Romane Duc – décembre 2026"],
    blocks=[
        H(1, "En une page, de quoi s'agit-il ?", {"summary": "ok"}),
        P("La coopérative laitière du Beaufortain affine et vend chaque année 310 tonnes de beaufort. Un tiers part "
          "chez des professionnels : restaurants de station, fromagers et épiceries fines, surtout en Savoie, en "
          "Haute-Savoie et à Lyon. Ces 90 clients commandent aujourd'hui par téléphone, par fax ou par message "
          "vocal laissé le soir ; deux personnes passent leurs matinées à ressaisir les bons dans le logiciel de "
          "gestion, et une commande sur vingt comporte une erreur de poids ou de date. Nous proposons un espace de "
          "commande en ligne réservé aux professionnels : catalogue avec les prix négociés de chaque client, choix "
          "de la meule ou de la portion, créneau de livraison par tournée, suivi et factures. Le projet dure six "
          "mois, de février à juillet 2027, pour une mise en service avant la saison d'hiver, et coûte 68 000 euros. "
          "Ce document décrit le besoin, le périmètre, le backlog priorisé et les conditions de recette."),
        H(1, "Qui est concerné ?", {"context-stakeholders": "ok"}),
        P("La coopérative regroupe 140 producteurs de lait de la vallée, qui en sont les propriétaires, et emploie "
          "28 salariés entre la fromagerie, les caves d'affinage de Beaufort-sur-Doron, les trois magasins et "
          "l'administration. Le donneur d'ordre est le directeur, Jean-Marc Blanc, qui a obtenu l'accord du conseil "
          "d'administration en octobre. Le projet est porté au quotidien par la responsable commerciale, Sandrine "
          "Viallet, qui connaît chaque client professionnel par son prénom et craint que le web ne casse cette "
          "relation."),
        P("Autour d'eux, plusieurs acteurs comptent. Les deux assistantes commerciales ressaisissent les commandes et "
          "seront les premières utilisatrices du back-office. Les chauffeurs des quatre tournées hebdomadaires ont "
          "besoin de listes de chargement justes. Le cabinet comptable exige que les factures sortent toujours du "
          "logiciel de gestion actuel, Sage 100. Côté clients, les chefs de station commandent souvent le "
          "dimanche soir, depuis leur téléphone, pour la semaine qui vient ; les fromagers lyonnais, eux, veulent "
          "choisir l'âge d'affinage. Enfin, le syndicat de l'appellation contrôle l'étiquetage et la traçabilité de "
          "chaque meule vendue, et l'agence web retenue, Alpage Numérique à Chambéry, réalisera le développement."),
        P("Nous avons rencontré chacun de ces acteurs en novembre, au cours d'entretiens d'une heure, et deux "
          "restaurateurs de Val Thorens nous ont montré comment ils passent commande aujourd'hui : une photo du "
          "frigo, un calcul de tête et un appel entre deux services, souvent passé depuis la cuisine au milieu du bruit."),
        H(2, "Qui pèse quoi ?", {"stakeholder-map": "ok"}),
        T([["Acteur", "Intérêt", "Influence", "Comment l'associer"],
           ["Directeur", "fort", "forte", "valide chaque jalon"],
           ["Responsable commerciale", "très fort", "forte", "propriétaire du produit"],
           ["Assistantes commerciales", "fort", "moyenne", "ateliers et tests du back-office"],
           ["Chauffeurs", "moyen", "faible", "relecture des listes de chargement"],
           ["Clients restaurateurs", "fort", "moyenne", "panel de huit testeurs"],
           ["Syndicat de l'appellation", "faible", "forte", "revue de l'étiquetage"]]),
        H(1, "De quoi a-t-on vraiment besoin ?", {"needs-analysis": "ok"}),
        P("Côté humain, le besoin premier est de rendre deux matinées par semaine aux assistantes commerciales, qui "
          "pourraient appeler les clients pour conseiller plutôt que pour recopier. Il faut aussi garder la "
          "relation : un client doit pouvoir laisser un mot à Sandrine avec sa commande et être rappelé. Les "
          "clients veulent commander quand ils ont le temps, souvent tard, et voir ce qu'ils ont commandé la "
          "dernière fois pour le refaire en deux clics."),
        P("Côté logistique, chaque commande doit tomber dans la bonne tournée : mardi pour la Tarentaise, mercredi "
          "pour la Haute-Savoie, jeudi pour Lyon, vendredi pour Chambéry et Annecy. La cave doit savoir le lundi "
          "combien de meules de chaque âge sortir, et le stock d'été, plus rare, doit être réservé aux clients "
          "fidèles. Les poids réels n'étant connus qu'à la découpe, la facture doit suivre la pesée, pas la "
          "commande."),
        P("Ces trois familles de besoins se croisent : une tournée mal remplie coûte du gasoil et du temps de "
          "chauffeur, et une commande oubliée fâche un client que Sandrine a mis des années à gagner."),
        P("Côté financier, chaque client a des prix négociés et des conditions de paiement à trente jours ; les "
          "impayés de la saison dernière atteignent 11 000 euros, il faut donc pouvoir bloquer un compte en retard. "
          "L'outil ne doit pas ajouter d'abonnement lourd : la coopérative vise moins de 4 000 euros par an de "
          "fonctionnement."),
        H(2, "Les besoins en tableau", {"needs-table": "ok"}),
        T([["Besoin", "Type", "Pour qui", "Priorité"],
           ["Commander en ligne à toute heure", "humain", "clients", "haute"],
           ["Supprimer la ressaisie", "humain", "assistantes", "haute"],
           ["Affecter chaque commande à sa tournée", "logistique", "chauffeurs", "haute"],
           ["Prévoir les sorties de cave", "logistique", "cave", "moyenne"],
           ["Prix négociés par client", "financier", "direction", "haute"],
           ["Bloquer un compte impayé", "financier", "comptabilité", "moyenne"]]),
        H(1, "Jusqu'où va le projet ?", {"objectives-scope": "ok"}),
        P("Trois objectifs sont mesurables : 70 % des commandes professionnelles passées en ligne un an après "
          "l'ouverture, moins d'une commande erronée sur cent, et la ressaisie ramenée à zéro pour les commandes "
          "web. Le périmètre comprend l'espace client (catalogue, panier, créneaux, historique, factures), le "
          "back-office des assistantes et l'échange automatique avec Sage 100 pour les clients, les prix, les "
          "commandes et les factures."),
        P("Sont hors périmètre : la vente aux particuliers, qui reste sur le site des magasins ; le paiement par "
          "carte, car les professionnels paient par virement ; l'application mobile native, le site devant "
          "simplement bien s'afficher sur un téléphone. Les contraintes sont fortes : mise en service au plus tard "
          "le 15 juillet, avant la commande des stations pour l'hiver ; budget de 68 000 euros voté ; hébergement "
          "en France ; aucune modification de Sage 100, dont l'éditeur facture chaque développement."),
        P("Nous acceptons en revanche que certaines fonctions attendent une seconde version, comme les avoirs en "
          "ligne ou la gestion des consignes de caisses, si le calendrier l'exige, plutôt que de décaler l'ouverture au-delà de juillet."),
        H(1, "Comment découpe-t-on le produit ?", {"functional-breakdown": "ok"}),
        T([["Bloc", "Fonctions", "Ordre de livraison"],
           ["Compte client", "connexion, mot de passe oublié, plusieurs utilisateurs par établissement, chef et second de cuisine", "1"],
           ["Catalogue", "produits, âges d'affinage, prix négociés, disponibilités du stock d'été", "1"],
           ["Commande", "panier, choix de la tournée et du créneau, message au commercial, recommander", "2"],
           ["Back-office", "validation, préparation, listes de chargement par tournée", "2"],
           ["Échanges Sage", "import des clients et prix, export des commandes, retour des factures", "3"],
           ["Suivi", "historique, factures en PDF, blocage des comptes en retard", "3"],
           ["Stock d'été", "réservation des meules d'alpage aux clients fidèles, quota par client", "3"]]),
        H(2, "L'arbre des fonctions", {"feature-tree": "ok"}),
        Img(["Espace pro", "Compte", "Catalogue", "Commande", "Back-office", "Sage 100"],
            "Les six blocs de l'espace professionnel, livrés en trois vagues."),
        H(1, "Que contient le backlog ?", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "restaurateur", "me connecter avec mon adresse", "voir mes prix", "Must", "3"],
           ["US2", "restaurateur", "refaire ma dernière commande", "gagner du temps", "Must", "2"],
           ["US3", "fromager", "choisir l'âge d'affinage", "servir ma clientèle", "Must", "5"],
           ["US4", "client", "choisir un créneau de ma tournée", "être livré au bon jour", "Must", "5"],
           ["US5", "assistante", "valider une commande en un clic", "ne plus ressaisir", "Must", "3"],
           ["US6", "chauffeur", "imprimer ma liste de chargement", "ne rien oublier", "Should", "3"],
           ["US7", "comptable", "bloquer un compte en retard", "limiter les impayés", "Should", "2"],
           ["US8", "client", "laisser un mot à la commerciale", "garder le contact", "Could", "1"]]),
        H(1, "Sur quoi repose la technique ?", {"technical-requirements": "ok"}),
        P("Après comparaison de trois devis, nous retenons une boutique B2B construite sur Prestashop, que l'agence "
          "maîtrise et que la coopérative utilise déjà pour ses magasins, avec un module professionnel qui gère les "
          "prix par client et les comptes multi-utilisateurs. L'hébergement est confié à un hébergeur lyonnais, sur "
          "un serveur situé en France, avec une sauvegarde quotidienne conservée trente jours."),
        P("L'échange avec Sage 100 passe par des fichiers déposés toutes les quinze minutes dans un dossier partagé : "
          "le site dépose les commandes validées, Sage renvoie les clients, les prix et les factures. Ce choix évite "
          "tout développement chez l'éditeur de Sage, au prix d'un léger délai que les clients ne verront pas. Les "
          "créneaux de tournée sont une table gérée dans le back-office par les assistantes. Le site doit "
          "s'afficher correctement sur un téléphone de cinq pouces, car la moitié des chefs commandent ainsi, et "
          "respecter les règles d'accessibilité de base. Les fiches produits sont saisies une seule fois, "
          "dans Sage, puis reprises par le site, pour éviter deux vérités différentes sur le même fromage, ce qui arrive déjà entre les magasins. Les données personnelles se limitent aux coordonnées "
          "professionnelles ; la coopérative tient un registre des traitements et les comptes inactifs depuis "
          "trois ans sont supprimés. Enfin, les mots de passe suivent les recommandations de la CNIL et "
          "l'administration n'est accessible que depuis le réseau de la coopérative."),
        H(2, "Quelles exigences au-delà des fonctions ?", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Cible", "Comment la vérifier"],
           ["Disponibilité", "99,5 % hors maintenance du lundi matin", "supervision de l'hébergeur"],
           ["Temps d'affichage", "moins de 2 secondes en 4G", "test sur trois téléphones"],
           ["Sauvegarde", "quotidienne, trente jours", "restauration testée avant l'ouverture"],
           ["Sécurité", "HTTPS, mots de passe robustes", "audit de l'agence"]]),
        H(1, "Combien de temps et d'argent ?", {"resources-budget": "ok"}),
        T([["Poste", "Qui", "Charge", "Coût"],
           ["Développement et paramétrage", "Alpage Numérique", "38 jours", "34 200 €"],
           ["Module B2B et licences", "éditeur du module", "—", "3 800 €"],
           ["Échanges avec Sage 100", "Alpage Numérique", "12 jours", "10 800 €"],
           ["Photos et fiches produits", "photographe de Chambéry", "3 jours", "2 400 €"],
           ["Pilotage côté coopérative", "Sandrine Viallet", "25 jours", "interne"],
           ["Formation et accompagnement", "Alpage Numérique", "4 jours", "3 600 €"],
           ["Réserve pour imprévus", "—", "—", "13 200 €"],
           ["Recette avec les clients testeurs", "assistantes et panel", "6 jours", "interne, beaufort offert aux testeurs"],
           ["Hébergement et maintenance", "hébergeur lyonnais", "par an", "2 900 € par an, hors budget projet"]]),
        H(1, "Quand dira-t-on que c'est fini ?", {"acceptance-delivery": "thin"}),
        P("Chaque histoire est terminée quand elle est testée sur ordinateur et sur téléphone et validée par "
          "Sandrine. La recette finale se fait avec les huit clients testeurs pendant deux semaines de juin."),
        P("Ouverture le 1er juillet, en commençant par la tournée de Lyon."),
        H(1, "Et si le conseil nous demande… ?", {"anticipated-questions": "ok"}),
        T([["Question", "Notre réponse"],
           ["Les clients âgés vont-ils s'y mettre ?", "le téléphone reste possible, les assistantes saisissent pour eux"],
           ["Pourquoi pas une place de marché existante ?", "commission de 15 % et pas de prix par client"],
           ["Que se passe-t-il si Sage change de version ?", "les fichiers d'échange restent au même format"]]),
    ],
)
