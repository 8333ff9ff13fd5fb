from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="skeleton",
    language="fr",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, in French: Morvan Bois Coopérative (1 900 propriétaires forestiers adhérents, siège à Château-Chinon)
    fait écrire le cahier des charges d'un portail où les propriétaires demandent une coupe, suivent le chantier et
    la vente de leur bois, et reçoivent leur paiement. Encadrés d'aide supprimés. La synthèse retapée
    « L'essentiel », l'analyse des besoins « Ce qu'attendent propriétaires et techniciens » et les objectifs
    « Ce que la V1 doit atteindre, et ce qu'elle ne fera pas » (runs remplacés, signets perdus) ; les
    spécifications techniques retapées « Architecture » en gardant le signet. Tableaux remplis, libellés de lignes
    pré-remplis gardés. L'arborescence a gardé notre consigne de figure (placeholder) ; la section recette a son
    titre mais la consigne a été effacée sans rien écrire (empty).""",
    cover={"company": "Morvan Bois Coopérative", "candidate": "Clémence Vautrin", "school": "Web School Factory"},
    sections={
        "summary": dict(status="ok", retitle="L'essentiel", text=[
            "Morvan Bois Coopérative gère les forêts de 1 900 propriétaires privés du Morvan, la plupart avec moins "
            "de dix hectares. Quand un propriétaire veut faire couper, il appelle l'un des six techniciens, qui "
            "visite la parcelle, estime le volume, organise le chantier avec une entreprise de bûcheronnage puis "
            "vend le bois. Tout se suit aujourd'hui sur papier et par téléphone : un propriétaire attend en moyenne "
            "quatre mois entre la coupe et son paiement, sans savoir où en est son bois.",
            "Ce cahier des charges décrit le portail que la coopérative veut ouvrir en 2027 : demande de coupe en "
            "ligne, suivi du chantier étape par étape, état de la vente et du paiement, documents de gestion "
            "partagés. Il présente les besoins recueillis, le périmètre de la première version, les fonctions en "
            "trois lots, un backlog de douze user stories et un budget de 142 000 euros HT. Il s'adresse au conseil "
            "d'administration, qui doit voter le projet en mars, et aux prestataires qui le chiffreront."]),
        "context-stakeholders": dict(status="ok", text=[
            "La coopérative a été fondée en 1958 par des propriétaires qui voulaient vendre leur bois ensemble. Elle "
            "emploie aujourd'hui 22 salariés, dont six techniciens forestiers, et commercialise 85 000 mètres cubes "
            "par an, surtout du douglas vendu aux scieries de Bourgogne. Ses adhérents vieillissent : l'âge moyen "
            "dépasse 67 ans, et un tiers des forêts a changé de main par héritage depuis dix ans. Les nouveaux "
            "propriétaires vivent souvent loin, à Paris ou à Lyon, et ne connaissent ni leur parcelle ni la "
            "coopérative.",
            "Le directeur, M. Perraudin, constate deux problèmes. Les techniciens passent près d'un tiers de leur "
            "temps au téléphone à répondre aux questions « où en est ma coupe ? » et « quand serai-je payé ? ». Et "
            "les héritiers éloignés, qui ne se déplacent pas, vendent de plus en plus leur bois à des acheteurs "
            "qui les démarchent par internet, parfois à des prix bas et sans replanter.",
            "Nous avons recueilli les besoins pendant trois semaines : un atelier avec la direction et les "
            "techniciens, une journée sur un chantier de coupe près de Montsauche, onze entretiens de propriétaires, "
            "dont cinq qui vivent hors de la région, et un échange avec la comptable sur le circuit des paiements. "
            "Les comptes rendus sont joints au dossier remis à la coopérative. La comptable nous a aussi confié "
            "les délais de paiement des deux dernières années, qui servent de point de départ aux objectifs."]),
        "stakeholder-map": dict(status="ok", tables=[[
            ["Direction de la coopérative", "sponsor, arbitre", "garder les adhérents, moins d'appels", "5", "5",
             "comité de pilotage mensuel"],
            ["Techniciens forestiers", "utilisateurs côté coopérative", "moins de téléphone, dossiers complets",
             "4", "5", "ateliers, tests de chaque lot"],
            ["Propriétaires adhérents", "utilisateurs finaux", "savoir où en est leur bois, être payés vite", "3",
             "5", "entretiens, panel de 20 testeurs"],
            ["Entreprises de bûcheronnage", "sous-traitants", "dates de chantier fiables", "2", "3",
             "accès en lecture au planning"],
            ["Conseil d'administration", "vote le budget", "coût maîtrisé, image de la coopérative", "5", "3",
             "présentation en mars"]]]),
        "needs-analysis": dict(status="ok", retitle="Ce qu'attendent propriétaires et techniciens", text=[
            "Pour les personnes, le besoin premier est la visibilité. Les propriétaires veulent savoir, sans "
            "appeler, à quelle étape en est leur coupe, combien de bois est sorti et à quel prix il a été vendu. "
            "Les héritiers éloignés ajoutent un besoin d'explication : ils ne savent pas ce qu'est un martelage ou "
            "un plan simple de gestion, et veulent des mots simples. Les techniciens, eux, veulent recevoir des "
            "demandes complètes, avec le plan cadastral et les photos, au lieu de tout reconstituer par téléphone.",
            "Sur le plan logistique, le portail doit s'appuyer sur ce qui existe : le logiciel de gestion des ventes "
            "de la coopérative, installé sur un serveur à Château-Chinon, et le cadastre en ligne pour repérer les "
            "parcelles. Les chantiers se déroulent souvent sans réseau mobile : la mise à jour des étapes doit "
            "pouvoir se faire depuis le bureau le soir, ou hors connexion sur tablette.",
            "Côté financier, la coopérative finance le projet sur ses fonds propres, avec une aide régionale à la "
            "transformation numérique qui peut couvrir 30 % des dépenses. Le conseil a fixé un plafond de 150 000 "
            "euros HT. Le portail doit aussi accélérer les paiements : aujourd'hui, chaque mois de retard coûte à la "
            "coopérative des relances et des adhérents mécontents qui partent. Les coûts récurrents, hébergement et "
            "maintenance, ne doivent pas dépasser 15 000 euros par an."]),
        "needs-table": dict(status="ok", tables=[[
            ["B1", "humain", "suivre sa coupe sans appeler", "propriétaires", "un tiers du temps des techniciens "
             "au téléphone", "Must"],
            ["B2", "humain", "comprendre les étapes et le vocabulaire", "héritiers éloignés", "5 entretiens sur 5",
             "Must"],
            ["B3", "logistique", "demande de coupe complète avec plan et photos", "techniciens", "atelier", "Must"],
            ["B4", "logistique", "mise à jour sans réseau sur le chantier", "techniciens", "journée à Montsauche",
             "Should"],
            ["B5", "financier", "paiement suivi et plus rapide", "propriétaires, comptable", "quatre mois d'attente",
             "Must"]]]),
        "objectives-scope": dict(status="ok", retitle="Ce que la V1 doit atteindre, et ce qu'elle ne fera pas", text=[
            "La première version vise trois résultats mesurables. Réduire de moitié les appels de suivi reçus par "
            "les techniciens d'ici fin 2028, en les comptant sur un mois témoin avant et après l'ouverture. Ramener "
            "le délai entre la fin de la coupe et le paiement de quatre mois à six semaines pour 80 % des ventes "
            "de 2028. Faire déposer au moins 40 % des demandes de coupe en ligne dès la deuxième année.",
            "Le portail couvrira la demande de coupe, le suivi du chantier, l'état de la vente, le relevé de "
            "paiement et un espace de documents. Il ne couvrira pas la vente de bois aux particuliers, le "
            "marché des plants ni la gestion de la chasse, que certains adhérents demandaient. Les contraintes sont "
            "le plafond de 150 000 euros, l'hébergement des données en France, la lisibilité pour des adhérents "
            "âgés et le lien avec le logiciel de ventes existant, que la coopérative ne veut pas remplacer. Toute fonction hors de cette liste passera par le comité de "
            "pilotage avant d'entrer dans le backlog."]),
        "functional-breakdown": dict(status="ok", text=[
            "Nous avons découpé le portail en trois lots, dans l'ordre où les propriétaires en ont besoin : "
            "d'abord demander, ensuite suivre, enfin être payé et retrouver ses documents."],
            tables=[[
                ["F1", "Demander une coupe", "parcelle sur la carte, photos, souhait de date", "demande complète",
                 "100 %", "faible", "lot 1", "–"],
                ["F2", "Suivre le chantier", "étapes datées, mises à jour par le technicien",
                 "étape visible sous 24 h", "100 %", "nulle", "lot 2", "F1"],
                ["F3", "Voir la vente", "volume, acheteur, prix au mètre cube", "données du logiciel de ventes",
                 "100 %", "faible", "lot 2", "F2"],
                ["F4", "Être payé", "relevé, date de virement", "paiement sous six semaines", "80 %", "moyenne",
                 "lot 3", "F3"]]]),
        "feature-tree": dict(status="placeholder"),
        "product-backlog": dict(status="ok", tables=[[
            ["US1", "Demande", "En tant que propriétaire, je désigne ma parcelle sur la carte pour demander une "
             "coupe", "Étant donné ma parcelle, quand je la sélectionne, alors sa surface s'affiche", "Must", "8",
             "lot 1 / sprint 1"],
            ["US2", "Demande", "En tant que technicien, je reçois la demande avec photos et plan",
             "La demande arrive dans ma liste sous 5 minutes", "Must", "5", "lot 1 / sprint 2"],
            ["US3", "Suivi", "En tant que propriétaire, je vois l'étape de mon chantier",
             "Chaque étape porte une date et un court texte explicatif", "Must", "8", "lot 2 / sprint 3"],
            ["US4", "Suivi", "En tant que technicien, je mets une étape à jour sans réseau",
             "La mise à jour part dès que la tablette retrouve le réseau", "Should", "13", "lot 2 / sprint 4"],
            ["US5", "Paiement", "En tant que propriétaire, je télécharge mon relevé de vente",
             "Le relevé reprend volume, prix et frais", "Must", "5", "lot 3 / sprint 5"]]]),
        "technical-requirements": dict(status="ok", retitle="Architecture", keep_bookmark=True, text=[
            "Le portail sera une application web adaptée aux écrans de téléphone, sans application à installer, "
            "car plusieurs adhérents âgés nous ont dit ne jamais télécharger d'application. Les techniciens "
            "utiliseront une version pour tablette capable de fonctionner hors connexion : les étapes saisies sur "
            "le chantier sont gardées sur l'appareil et envoyées au retour du réseau.",
            "Les données de vente restent dans le logiciel actuel de la coopérative. Le portail les lit chaque nuit "
            "par un export de fichiers, faute d'interface en temps réel ; l'éditeur du logiciel en promet une pour "
            "fin 2027, et le lot 3 devra pouvoir l'utiliser. La carte des parcelles s'appuie sur le cadastre public "
            "et sur les données ouvertes de l'institut géographique national, sans licence à payer.",
            "L'hébergement se fera en France, chez un hébergeur qualifié, dans une base séparée du serveur de la "
            "coopérative. La connexion des adhérents se fera par courriel et mot de passe ; un héritier pourra "
            "donner accès à un frère ou une sœur copropriétaire. Les documents (plans de gestion, relevés) seront "
            "stockés chiffrés. La coopérative restera propriétaire de toutes les données et du code, et le "
            "prestataire fournira trois environnements : développement, recette et production, ce dernier "
            "n'étant ouvert qu'après la validation des techniciens. La recette sera alimentée par des données "
            "anonymisées, pour que les tests ne montrent jamais la forêt ni les revenus d'un vrai adhérent."]),
        "non-functional-requirements": dict(status="ok", skip_cols=1, tables=[[
            [None, "pages utilisables en zone rurale", "page affichée en moins de 4 s en 3G", "mesure sur 10 pages"],
            [None, "portail ouvert en continu", "99 % par mois", "rapport de l'hébergeur"],
            [None, "comptes et documents protégés", "double authentification pour les techniciens",
             "test d'intrusion avant ouverture"],
            [None, "données en France, durée de conservation écrite", "registre tenu à jour",
             "revue par le délégué à la protection des données"],
            [None, "lisible par les adhérents âgés", "niveau AA, texte agrandissable", "audit avant chaque lot"],
            [None, "navigateurs et tablettes courants", "tests sur 6 appareils", "recette"],
            [None, "pic d'activité après l'assemblée générale", "500 connexions par heure", "test de charge"],
            [None, "code documenté et remis", "documentation à chaque lot", "revue à la livraison"]]]),
        "resources-budget": dict(status="ok", skip_cols=1, text=[
            "Les chiffres viennent de deux devis indicatifs et du temps des techniciens estimé avec le directeur. "
            "L'aide régionale, si elle est accordée, réduira d'environ 40 000 euros la part de la coopérative ; "
            "nous ne l'avons pas déduite, pour que le budget tienne même en cas de refus. Les tablettes durcies "
            "remplacent les carnets papier des techniciens sur les chantiers."],
            tables=[[
                [None, "60 jours", "320 €", "19 200 €"],
                [None, "1 forfait", "98 000 €", "98 000 €"],
                [None, "6 tablettes durcies", "900 €", "5 400 €"],
                [None, "hébergement, 1re année", "6 500 €", "6 500 €"],
                [None, "10 % environ", "–", "12 900 €"],
                [None, "", "", "142 000 €"]]]),
        "acceptance-delivery": dict(status="empty"),
        "glossary": dict(status="ok", tables=[[
            ["Martelage", "marquage des arbres à couper par le technicien"],
            ["Plan simple de gestion", "document qui fixe les coupes d'une forêt pour dix à vingt ans"],
            ["Mètre cube", "unité de volume du bois vendu"],
            ["Lot", "ensemble de fonctions mises en ligne en une fois"]]]),
        "anticipated-questions": dict(status="ok", tables=[[
            ["Pourquoi ne pas remplacer le logiciel de ventes ?", "Il fonctionne et les techniciens le connaissent ; "
             "le remplacer doublerait le budget", "Architecture"],
            ["Et les adhérents sans internet ?", "Le téléphone et les courriers restent ; le portail s'ajoute",
             "Ce que la V1 doit atteindre"],
            ["Que se passe-t-il si l'aide régionale est refusée ?", "Le budget tient sans elle",
             "Ressources et estimation budgétaire"]]]),
    },
)
