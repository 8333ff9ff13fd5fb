from _common import *

# Written for the former `watch-strategy` deliverable; the seed assesses C6.1 and C6.2 on one dossier, so
# watch-strategy was folded into expertise-thesis (commit 0d902fd). The watch sections keep their labels;
# the report's sections, which this author never wrote, are missing (see README, "Label changes").
DOC = dict(
    deliverable="expertise-thesis",
    missing=THESIS_REPORT,
    path="scratch-docx",
    language="fr",
    notes="""python-docx from scratch, French. Headings numbered "1.1"-style and shifted: every section at level 2
    under a level-1 part title that is no section ("Partie 1 – Organiser la veille", "Partie 2 – Ce que la veille
    m'apprend"). The source table sits under the source-choice heading (merged); keywords heading is "Requêtes et
    alertes"; the tools section has a picture and a long caption; the prospective vision is short (thin).""",
    title="Stratégie de veille – La cybersécurité des PME industrielles",
    cover=["Mémoire d'expertise – Aurélien Fabre – Manageur de l'innovation numérique"],
    blocks=[
        H(1, "Partie 1 – Organiser la veille"),
        H(2, "1.1 Le sujet et ses limites", {"watch-scope": "ok"}),
        P("Je suis responsable des systèmes d'information chez Mécalor, un sous-traitant automobile de 230 salariés "
          "près de Metz. Depuis l'attaque par rançongiciel qui a arrêté la production d'un de nos clients pendant "
          "trois semaines en 2025, la direction m'a demandé de suivre les menaces et les solutions de "
          "cybersécurité adaptées à une PME industrielle. Ma veille porte sur trois questions : quelles menaces "
          "visent les ateliers connectés et leurs automates, quelles solutions de détection sont à la portée d'une "
          "entreprise sans équipe de sécurité dédiée, et quelles obligations la directive NIS 2 fera peser sur "
          "nous en tant que fournisseur d'un constructeur. J'exclus volontairement la sécurité des objets grand "
          "public et la cryptographie, qui relèvent d'autres métiers, ainsi que les offres réservées aux grands "
          "comptes dont le prix dépasse notre budget annuel de 120 000 euros. Le public de la veille est la direction générale, qui décide des investissements, et les trois responsables d'atelier, qui appliquent les consignes au quotidien. La veille doit les aider à décider, pas à tout savoir."),
        H(2, "1.2 Des sources choisies, pas subies", {"source-choice": "ok", "source-inventory": "ok"}),
        P("J'ai commencé par lister une quarantaine de sources, puis j'en ai gardé douze en appliquant trois "
          "critères : la fiabilité (qui parle, avec quelles preuves), la pertinence pour une PME industrielle, et "
          "le coût en temps de lecture. Les sources institutionnelles forment le socle : l'ANSSI publie des guides "
          "et des alertes vérifiées, le CERT-FR signale les vulnérabilités critiques, et l'ENISA donne la vision "
          "européenne, notamment sur NIS 2. Elles sont fiables mais souvent écrites pour des organisations plus "
          "grandes que la nôtre. Je les complète par des sources de terrain : le club des RSSI de la région "
          "Grand Est, qui se réunit chaque trimestre, et deux newsletters spécialisées dans la sécurité des "
          "systèmes industriels, Dragos et Claroty, qui décrivent des attaques réelles sur des automates. Ces "
          "dernières sont publiées par des éditeurs de solutions : je les note 3 sur 5 et je vérifie leurs "
          "chiffres avant de les citer. Enfin, je suis les publications du Clusif et les études annuelles sur "
          "les PME, qui donnent des ordres de grandeur utiles pour convaincre la direction. J'ai écarté les "
          "comptes de réseaux sociaux d'experts, trop nombreux et difficiles à vérifier, sauf trois chercheurs "
          "reconnus dont les publications sont reprises par le CERT-FR. Au total, ce portefeuille me demande environ une heure et demie de lecture par semaine, ce qui est le maximum que mon poste permet sans rogner sur l'exploitation."),
        T([["Source", "Type", "Fiabilité", "Fréquence", "Outil", "Lien avec le sujet"],
           ["ANSSI", "institutionnelle", "5", "hebdomadaire", "flux RSS", "guides et alertes"],
           ["CERT-FR", "institutionnelle", "5", "quotidienne", "alerte e-mail", "vulnérabilités critiques"],
           ["ENISA", "institutionnelle", "5", "mensuelle", "newsletter", "NIS 2, menaces européennes"],
           ["Club RSSI Grand Est", "terrain", "4", "trimestrielle", "réunions", "retours d'expérience"],
           ["Dragos Year in Review", "éditeur", "3", "annuelle", "Zotero", "attaques sur automates"],
           ["Clusif – étude PME", "association", "4", "annuelle", "Zotero", "chiffres pour la direction"]]),
        H(2, "1.3 Requêtes et alertes", {"search-queries": "ok"}),
        T([["Mot-clé", "Synonymes et traductions", "Requête", "Outil", "Alerte"],
           ["rançongiciel industriel", "ransomware, OT ransomware", "(ransomware OR rançongiciel) AND (OT OR industriel OR automate)", "Google Alerts, Feedly", "oui"],
           ["NIS 2 PME", "NIS2 directive SME, entités importantes", "\"NIS 2\" AND (PME OR SME OR sous-traitant)", "Feedly", "oui"],
           ["détection OT", "OT monitoring, IDS industriel", "(IDS OR détection) AND (OT OR SCADA)", "Google Scholar", "non"]]),
        H(2, "1.4 Mon cycle", {"watch-cycle": "ok"}),
        T([["Étape", "Ce que je fais", "Outils", "Fréquence", "Résultat"],
           ["Cibler", "revoir les trois questions avec la direction", "réunion", "semestrielle", "questions mises à jour"],
           ["Collecter", "lire les alertes et flux", "Feedly, Google Alerts", "deux fois par semaine", "articles marqués"],
           ["Analyser", "résumer et noter chaque article retenu", "Zotero", "hebdomadaire", "fiches de lecture"],
           ["Diffuser", "envoyer une note d'une page à la direction et aux responsables d'atelier", "Teams", "mensuelle", "note de veille"],
           ["Évaluer", "demander ce qui a servi, retirer les sources inutiles", "questionnaire Forms", "semestrielle", "liste de sources révisée"]]),
        P("Le cycle reprend les étapes classiques du cycle du renseignement, du ciblage à l'évaluation, mais la diffusion est volontairement courte : une page par mois, parce que les responsables d'atelier ne liront pas davantage, et une alerte immédiate quand une faille touche nos machines."),
        H(2, "1.5 Tenir dans la durée", {"update-method": "ok"}),
        P("La veille ne tient que si elle entre dans mon emploi du temps. J'y consacre deux créneaux fixes de "
          "quarante minutes, le mardi et le vendredi matin, bloqués dans mon agenda. Le mardi, je traite les "
          "alertes du CERT-FR et je vérifie si nos équipements sont concernés ; une vulnérabilité critique sur un "
          "matériel que nous utilisons déclenche immédiatement un ticket pour l'équipe informatique, sans attendre "
          "la note mensuelle. Le vendredi, je lis les articles de fond, je les annote dans Zotero avec une étiquette "
          "par question de veille et je prépare la note du mois. Chaque trimestre, je revois la liste des sources : "
          "une source qui n'a rien apporté d'utile en six mois est retirée, et je teste une nouvelle source "
          "proposée par le club des RSSI. Chaque semestre, je revois les requêtes avec les mots qui apparaissent "
          "dans les articles retenus, car le vocabulaire évolue vite : il y a deux ans, personne ne parlait "
          "encore de NIS 2 dans les PME. Enfin, je garde une trace des décisions prises grâce à la veille, pour "
          "montrer à la direction ce que ce temps rapporte, environ quatre-vingts heures par an. En 2026, trois décisions sont venues directement de la veille : le remplacement des accès VPN vieillissants, la sauvegarde hors ligne des programmes des machines et la formation des opérateurs à l'hameçonnage, faite en interne."),
        H(2, "1.6 Outils", {"watch-tools": "ok"}),
        Img(["Feedly", "Zotero", "Teams", "Note mensuelle"],
            caption="Figure 1 – Le circuit de la veille. Feedly regroupe les flux RSS et les alertes Google, "
                    "classés en trois tableaux, un par question de veille. Les articles retenus sont envoyés vers "
                    "Zotero, où je les annote et les étiquette. La note mensuelle est rédigée à partir des fiches "
                    "Zotero et publiée dans un canal Teams auquel la direction et les responsables d'atelier sont "
                    "abonnés. Le coût total est de 96 euros par an pour l'abonnement Feedly Pro, le reste est gratuit "
                    "ou déjà payé par l'entreprise. J'ai testé Inoreader et Netvibes avant de choisir Feedly, plus simple à partager avec un suppléant pendant mes congés, et dont l'abonnement permet de filtrer les doublons entre sources."),
        H(1, "Partie 2 – Ce que la veille m'apprend"),
        H(2, "2.1 Radar", {"technology-radar": "ok"}),
        P("Le radar classe les technologies suivies en quatre anneaux. Adopter : l'authentification forte pour tous "
          "les accès distants et la sauvegarde hors ligne, déjà rentables pour une PME. Essayer : la détection "
          "d'intrusion passive sur le réseau des ateliers, proposée désormais en abonnement. Évaluer : les services "
          "de détection et de réponse managés, dont le prix baisse mais qui demandent un contrat solide. "
          "Surveiller : l'usage de l'IA par les attaquants pour personnaliser l'hameçonnage. Chaque technologie change d'anneau quand deux sources indépendantes rapportent un usage réel dans une PME comparable à la nôtre. Le radar est présenté à la direction chaque trimestre, avec les mouvements depuis la dernière version et leur justification."),
        Img(["Adopter", "Essayer", "Évaluer", "Surveiller"], caption="Radar de la veille, mise à jour de septembre."),
        H(2, "2.2 Demain", {"prospective-vision": "thin"}),
        P("Dans trois à cinq ans, je pense que les constructeurs imposeront à leurs fournisseurs un niveau de "
          "sécurité certifié, comme ils imposent aujourd'hui la norme qualité IATF. Les PME qui n'auront pas "
          "commencé perdront des marchés. Pour Mécalor, cela veut dire budgéter dès 2027 une détection managée et "
          "former un référent sécurité dans chaque atelier."),
    ],
)
