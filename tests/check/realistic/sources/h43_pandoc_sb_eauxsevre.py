from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    language="fr",
    notes="""Held-out round 43, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French, a water syndicate's customer portal (meter readings, bills, leak alerts). Numbered headings
    ("1.", "2.1"); the backlog is a table of user stories; the tree of functions is a heading with nothing under
    it (empty); the technical part covers architecture and interfaces only, nothing on performance, availability
    or security levels (non-functional requirements missing); the author added a risks section of his own.""",
    title="Syndicat des eaux du Val de Sèvre – Portail abonnés : cahier des charges et backlog",
    cover=["Cas pratique 1 – Bastien Guérineau, décembre 2026"],
    blocks=[
        H(1, "1. En bref", {"summary": "ok"}),
        P("Le Syndicat des eaux du Val de Sèvre distribue l'eau potable à 41 000 foyers de 27 communes des "
          "Deux-Sèvres. Ses abonnés ne peuvent aujourd'hui ni consulter leur consommation, ni payer en ligne, ni "
          "signaler une fuite autrement que par téléphone, aux heures de bureau. L'accueil reçoit 2 300 appels "
          "par mois, dont les deux tiers pour des questions que l'abonné pourrait régler seul. Ce document décrit "
          "le portail abonnés que le syndicat veut ouvrir en septembre 2027 : un espace personnel sur le web et "
          "sur mobile pour relever son compteur, consulter et payer ses factures, mensualiser, recevoir une "
          "alerte en cas de consommation anormale et suivre une demande d'intervention. Il fixe le périmètre, "
          "les besoins de chaque acteur, le découpage en lots, le backlog priorisé, l'architecture visée, le "
          "budget de 265 000 euros et la manière dont le syndicat recevra le travail du prestataire."),
        H(1, "2. Le syndicat, ses abonnés et ses partenaires", {"context-stakeholders": "ok"}),
        P("Le syndicat est un établissement public administré par un comité de 54 délégués des communes. Il "
          "emploie 63 agents, dont 12 au service clientèle installé à Saint-Maixent. Sa facturation repose sur "
          "le progiciel Omega, utilisé depuis 2011 et maintenu par son éditeur, qui expose depuis l'an dernier "
          "une interface de programmation pour lire les contrats et les factures. Les compteurs sont relevés à "
          "pied deux fois par an ; 6 000 compteurs à radio-relève ont été posés dans les communes rurales "
          "depuis 2024 et transmettent un index chaque jour."),
        P("Le projet est porté par la directrice, Nathalie Pouzet, et piloté par le responsable du service "
          "clientèle, Franck Moinard. Le comité syndical a voté le budget en octobre à condition que le portail "
          "réduise les appels et les impayés. Les abonnés sont très divers : un quart a plus de 70 ans, un tiers "
          "sont des locataires de bailleurs sociaux dont la facture est parfois payée par le bailleur, et 900 "
          "sont des exploitations agricoles avec plusieurs compteurs. La Trésorerie publique encaisse les "
          "paiements et doit valider tout nouveau moyen de paiement. Enfin, les agents de terrain, qui réparent "
          "les fuites, veulent recevoir les signalements avec une photo et une adresse exacte, plutôt qu'une note "
          "prise au téléphone. Les mairies, enfin, relaient les coupures d'eau et voudraient pouvoir renvoyer leurs "
          "administrés vers une page à jour plutôt que de répondre elles-mêmes aux questions."),
        H(2, "2.1 Qui pèse sur le projet ?", {"stakeholder-map": "ok"}),
        T([["Acteur", "Attente", "Influence", "Comment on l'associe"],
           ["Comité syndical", "moins d'appels, moins d'impayés", "forte", "point d'étape chaque trimestre"],
           ["Service clientèle", "moins d'appels répétitifs", "forte", "deux agents dans l'équipe produit"],
           ["Abonnés", "payer et relever sans se déplacer", "moyenne", "tests avec 30 foyers"],
           ["Trésorerie publique", "paiements conformes", "forte", "validation du module de paiement"],
           ["Agents de terrain", "signalements précis", "moyenne", "atelier en février"],
           ["Éditeur d'Omega", "interface utilisée correctement", "moyenne", "réunion technique mensuelle"]]),
        H(1, "3. Ce dont chacun a besoin", {"needs-analysis": "ok"}),
        P("Nous avons écouté douze agents de l'accueil pendant deux demi-journées, analysé 1 200 appels de "
          "septembre classés par motif, et interrogé 180 abonnés par un questionnaire joint à la facture. "
          "Trois besoins dominent. D'abord, comprendre sa facture : 31 % des appels portent sur un montant jugé "
          "trop élevé, souvent à cause d'une estimation faute de relève. Ensuite, payer autrement : 44 % des "
          "abonnés interrogés voudraient payer par carte ou être mensualisés sans remplir un formulaire papier. "
          "Enfin, être prévenu tôt d'une fuite : une fuite après compteur découverte à la facture suivante coûte "
          "en moyenne 480 euros à l'abonné et donne lieu à de longues demandes d'écrêtement."),
        P("Les besoins humains tiennent à l'équipe : le service clientèle ne compte aucun profil numérique, il "
          "faudra un référent formé et du temps dégagé pour répondre aux messages écrits. Sur le plan logistique, "
          "les agents de terrain ont besoin de recevoir les signalements sur leur tablette, et les abonnés sans "
          "internet doivent garder l'accueil physique et le téléphone. Sur le plan financier, le syndicat ne peut "
          "pas augmenter le prix de l'eau pour ce projet : il doit être payé par le budget d'investissement voté "
          "et par les économies attendues sur l'affranchissement des factures, soit 38 000 euros par an si la "
          "moitié des abonnés choisit la facture électronique. Le comité a demandé que ces économies soient suivies chaque année et "
          "présentées avec le compte administratif."),
        H(2, "3.1 Besoins classés", {"needs-table": "ok"}),
        T([["Besoin", "Pour qui", "Priorité", "Source"],
           ["Voir sa consommation et ses factures", "abonnés", "haute", "appels, questionnaire"],
           ["Saisir son index de compteur", "abonnés sans radio-relève", "haute", "appels"],
           ["Payer par carte, se mensualiser", "abonnés", "haute", "questionnaire"],
           ["Être alerté d'une consommation anormale", "abonnés avec radio-relève", "moyenne", "demandes d'écrêtement"],
           ["Signaler une fuite sur la voie publique avec photo", "abonnés, agents", "moyenne", "atelier terrain"],
           ["Répondre aux messages écrits", "service clientèle", "haute", "entretiens"]]),
        H(1, "4. Ce que le portail doit faire, et ce qu'il ne fera pas", {"objectives-scope": "ok"}),
        P("L'objectif est de faire baisser de 30 % les appels à l'accueil dans l'année qui suit l'ouverture, de "
          "passer à 50 % d'abonnés en facture électronique en deux ans et de réduire de moitié le délai entre un "
          "signalement de fuite et l'intervention. Le portail sera ouvert à tous les abonnés particuliers et "
          "agricoles le 15 septembre 2027, en version web adaptée au mobile ; une application installable n'est "
          "pas prévue dans cette première version."),
        P("Sont hors périmètre : la relève automatique par radio, qui est un autre marché du syndicat ; la "
          "refonte du progiciel Omega ; les abonnements des entreprises industrielles, traités par contrat. Le "
          "portail doit respecter le référentiel d'accessibilité des services publics, la réglementation sur les "
          "données personnelles et les règles de la comptabilité publique pour les paiements. Le prestataire ne "
          "pourra pas écrire directement dans Omega : toute modification passe par l'interface de l'éditeur. Le "
          "syndicat impose enfin que le portail reste utilisable avec les navigateurs des postes de l'accueil, qui "
          "serviront aussi à aider les abonnés venus sur place à créer leur compte."),
        H(1, "5. Les grands blocs", {"functional-breakdown": "ok"}),
        T([["Lot", "Contenu", "Ordre"],
           ["A. Compte abonné", "création du compte à partir de la référence client, connexion, rattachement de "
                                "plusieurs compteurs", "1"],
           ["B. Factures et paiement", "historique, téléchargement, paiement par carte, mensualisation en ligne", "2"],
           ["C. Consommation", "saisie de l'index, graphique, alerte de consommation anormale", "3"],
           ["D. Demandes", "signalement de fuite avec photo, suivi de la demande, messagerie avec l'accueil", "4"],
           ["E. Back-office", "tableau de bord des demandes pour l'accueil et les agents de terrain", "avec D"]]),
        P("Le lot A conditionne tous les autres ; B est livré avant C car il porte l'essentiel des appels."),
        H(2, "5.1 Arbre des fonctions", {"feature-tree": "empty"}),
        H(1, "6. Backlog", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US01", "abonné", "créer mon compte avec ma référence client", "accéder à mon espace", "Must", "5"],
           ["US02", "abonné", "voir mes factures des trois dernières années", "comprendre mes montants", "Must", "3"],
           ["US03", "abonné", "payer une facture par carte", "éviter le chèque", "Must", "8"],
           ["US04", "abonné", "demander la mensualisation", "étaler mes paiements", "Must", "5"],
           ["US05", "abonné", "saisir l'index de mon compteur", "éviter une facture estimée", "Must", "3"],
           ["US06", "abonné radio-relevé", "recevoir un SMS si ma consommation triple", "repérer une fuite", "Should", "8"],
           ["US07", "abonné", "signaler une fuite avec photo et position", "qu'elle soit réparée vite", "Should", "5"],
           ["US08", "agent d'accueil", "voir les demandes classées par motif", "répondre dans les 48 h", "Must", "5"],
           ["US09", "agent de terrain", "recevoir le signalement sur ma tablette", "intervenir sans rappeler", "Should", "8"],
           ["US10", "agriculteur", "voir mes six compteurs sur un seul écran", "suivre mon irrigation", "Could", "3"]]),
        H(1, "7. Architecture et interfaces", {"technical-requirements": "ok"}),
        P("Le portail sera une application web hébergée en France, chez un prestataire habitué au secteur "
          "public et choisi par le titulaire du marché. Il se compose d'un front web, d'une couche de "
          "services et d'une base propre au portail qui ne contient que les comptes, les préférences, les "
          "demandes et les index saisis. Les contrats, les factures et les paiements restent dans Omega, lus par "
          "l'interface de l'éditeur à chaque connexion et gardés en cache une journée."),
        P("Les échanges prévus sont les suivants. Avec Omega : lecture des contrats et factures, écriture des "
          "index saisis et des demandes de mensualisation, par l'interface REST de l'éditeur. Avec la Trésorerie : "
          "paiement par carte par le service de paiement en ligne de l'État, qui renvoie un avis de paiement "
          "intégré chaque nuit dans Omega. Avec la plateforme de radio-relève : un fichier quotidien des index, "
          "déposé sur un serveur d'échange sécurisé. Avec les tablettes des agents : l'application de gestion des "
          "interventions déjà utilisée reçoit les signalements par un appel de service. L'authentification des "
          "abonnés passe par un compte propre au portail, avec la possibilité d'utiliser FranceConnect. Le code "
          "source appartient au syndicat et sera livré avec sa documentation d'installation."),
        P("Trois environnements sont demandés : développement chez le prestataire, recette et production chez "
          "l'hébergeur. Les journaux des échanges avec Omega sont conservés pour permettre à l'éditeur et au "
          "prestataire de retrouver l'origine d'une erreur de facture affichée."),
        H(1, "8. Combien et avec qui", {"resources-budget": "ok"}),
        T([["Poste", "Montant", "Qui"],
           ["Conception et développement des lots A à E", "172 000 €", "prestataire retenu"],
           ["Hébergement et maintenance, deux ans", "36 000 €", "prestataire retenu"],
           ["Adaptation de l'interface Omega", "22 000 €", "éditeur"],
           ["Accessibilité : audit et corrections", "12 000 €", "cabinet spécialisé"],
           ["Référent numérique du service clientèle, mi-temps un an", "23 000 €", "interne"],
           ["Total", "265 000 €", ""]]),
        P("Le budget d'investissement voté couvre 230 000 euros ; les 35 000 euros restants viennent du budget "
          "de fonctionnement du service clientèle sur deux exercices. Côté équipe, le syndicat mobilise Franck "
          "Moinard un jour par semaine comme responsable du produit, deux agents de l'accueil une demi-journée "
          "par semaine pour les tests, et le technicien informatique pour les échanges avec l'hébergeur."),
        H(1, "9. Comment nous recevrons le portail", {"acceptance-delivery": "ok"}),
        P("Chaque récit du backlog est terminé quand ses critères d'acceptation sont vérifiés par un agent de "
          "l'accueil sur l'environnement de recette, que le code est relu et documenté, et que la page passe "
          "l'outil de contrôle d'accessibilité sans erreur bloquante. Le prestataire livre toutes les trois "
          "semaines ; le syndicat dispose de dix jours ouvrés pour valider ou refuser chaque livraison par écrit."),
        P("Avant l'ouverture, une recette complète est menée avec trente foyers volontaires, dont dix de plus de "
          "70 ans et cinq exploitations agricoles, pendant trois semaines de juin. L'ouverture se fait en deux "
          "temps : les 6 000 abonnés radio-relevés le 15 septembre, tous les autres le 1er novembre, après le "
          "bilan des premières semaines. La garantie court un an après l'ouverture générale. "
          "Le solde du marché, soit 20 % du montant, n'est payé qu'après trois mois de fonctionnement sans anomalie "
          "bloquante."),
        H(1, "10. Risques vus par l'équipe"),
        P("Le principal risque tient à l'interface d'Omega, encore jeune : si elle se révèle trop lente, le lot B "
          "sera retardé. Nous demandons à l'éditeur un environnement de test dès janvier."),
        H(1, "11. Mots du métier", {"glossary": "ok"}),
        T([["Terme", "Sens"],
           ["Index", "chiffre lu sur le compteur, en mètres cubes"],
           ["Écrêtement", "réduction de facture accordée après une fuite réparée"],
           ["Radio-relève", "compteur qui transmet son index à distance chaque jour"],
           ["Omega", "progiciel de facturation du syndicat"]]),
        H(1, "12. Questions attendues", {"anticipated-questions": "ok"}),
        T([["Question", "Réponse"],
           ["Les abonnés sans internet perdent-ils quelque chose ?", "Non, l'accueil et le téléphone restent"],
           ["Qui répond aux messages le week-end ?", "Personne : réponse promise sous 48 h ouvrées"],
           ["Pourquoi pas une application mobile ?", "Le web mobile suffit pour la première version"]]),
    ],
    missing=["non-functional-requirements"],
)
