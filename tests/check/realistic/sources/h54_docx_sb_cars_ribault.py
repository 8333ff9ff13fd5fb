from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="scratch-docx",
    via="python-docx",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: les Autocars Ribault, a family coach company in Vendée, specify an app that tells parents where
    the school bus is. Shortened and question headings, a backlog table; the technical part split over two
    headings; an appendix of the authors' own (no section); the feature tree and the anticipated questions never
    written (missing).""",
    title="Autocars Ribault – Application « Mon car scolaire » : spécification",
    cover=["Étude de cas 1 – cahier des charges et backlog", "Noémie Girard, Baptiste Roy – novembre 2026"],
    blocks=[
        H(1, "En bref", {"summary": "ok"}),
        P("Les Autocars Ribault transportent chaque jour 2 300 élèves sur 41 circuits scolaires autour de "
          "La Roche-sur-Yon, pour le compte de la Région. Quand un car est en retard, les parents appellent "
          "l'agence : jusqu'à 180 appels un matin de brouillard, pour deux personnes au standard. Nous proposons une "
          "application mobile gratuite qui montre aux parents la position du car de leur enfant, les prévient d'un "
          "retard de plus de dix minutes et leur permet de signaler une absence la veille. Les conducteurs n'ont "
          "rien à saisir : la position vient des boîtiers GPS déjà installés. Le projet coûte 96 000 € la première "
          "année, se construit en quatre sprints de janvier à avril 2027 et doit être utilisable à la rentrée de "
          "septembre. Ce document décrit le besoin, les fonctions classées par priorité, les choix techniques, le "
          "budget et la façon dont nous vérifierons que tout fonctionne avant la mise en service."),
        H(1, "Qui est concerné ?", {"context-stakeholders": "ok"}),
        P("L'entreprise appartient à la famille Ribault depuis 1962. Elle emploie 74 conducteurs, possède 63 "
          "autocars et réalise 60 % de son chiffre d'affaires avec le transport scolaire, confié par la Région des "
          "Pays de la Loire dans le cadre d'une délégation renouvelée en 2025. Le nouveau contrat impose pour la "
          "première fois une « information voyageurs en temps réel » d'ici la rentrée 2027, faute de quoi des "
          "pénalités s'appliquent. C'est ce qui déclenche le projet."),
        P("Le donneur d'ordre est Pascal Ribault, directeur général. Le service exploitation, qui organise les "
          "circuits et remplace les conducteurs absents, sera l'utilisateur principal de l'écran de supervision. "
          "Les parents d'élèves et les élèves de collège et lycée, qui ont souvent leur propre téléphone, sont les "
          "utilisateurs de l'application. Les conducteurs sont concernés sans l'utiliser : leurs syndicats ont "
          "demandé que la géolocalisation ne serve jamais à contrôler leur conduite. La Région veut recevoir les "
          "données de ponctualité chaque mois. Enfin, le fournisseur des boîtiers GPS, Geotrak, devra ouvrir "
          "l'accès à ses données, ce qu'il facture."),
        P("Les établissements scolaires, enfin, ne sont pas parties au contrat mais reçoivent les appels des "
          "familles quand un car ne passe pas. Les trois collèges et le lycée d'Aizenay ont accepté de relayer "
          "l'application auprès des parents à la rentrée, et leurs conseillers principaux d'éducation "
          "souhaitent être prévenus en même temps que les familles lorsqu'un car est supprimé."),
        H(2, "Carte des acteurs", {"stakeholder-map": "ok"}),
        T([["Acteur", "Rôle", "Influence", "Attente principale"],
           ["Pascal Ribault", "donneur d'ordre", "forte", "respecter le contrat régional sans dépasser le budget"],
           ["Service exploitation", "utilisateur interne", "forte", "moins d'appels, vue de tous les cars"],
           ["Parents et élèves", "utilisateurs finaux", "moyenne", "savoir quand partir à l'arrêt"],
           ["Conducteurs et syndicats", "concernés", "moyenne", "pas de surveillance de leur conduite"],
           ["Région Pays de la Loire", "autorité organisatrice", "forte", "rapport mensuel de ponctualité"],
           ["Geotrak", "fournisseur GPS", "faible", "un contrat d'accès aux données"]]),
        H(1, "De quoi a-t-on besoin ?", {"needs-analysis": "ok"}),
        P("Côté humain, nous avons rencontré l'équipe d'exploitation, huit conducteurs et vingt-deux parents lors "
          "de deux ateliers en octobre. Le standard ne peut plus absorber les appels des matins difficiles : il "
          "faut que l'information aille directement aux familles. Les parents veulent surtout savoir quand quitter "
          "la maison, pas suivre le car minute par minute. Les conducteurs acceptent le projet si l'application "
          "n'affiche ni leur nom ni leur vitesse. Il faudra former les quatre agents d'exploitation à l'écran de "
          "supervision et prévoir une personne pour répondre aux questions des parents pendant le premier mois."),
        P("Côté logistique, les 63 cars ont déjà un boîtier Geotrak qui envoie sa position toutes les trente "
          "secondes, mais 9 vieux boîtiers n'envoient que toutes les deux minutes et devront être changés. Les "
          "circuits et les arrêts existent dans le logiciel de planification, sous forme de fichiers qu'il faudra "
          "importer chaque semaine. Plusieurs circuits traversent des zones du bocage sans réseau mobile : l'application doit rester utile même quand la position n'arrive plus, en "
          "affichant l'heure prévue par le planning et l'heure de la dernière position reçue. Les agents "
          "d'exploitation ont besoin d'un second écran au bureau."),
        P("Côté financier, l'entreprise peut engager 100 000 € la première année, dont 30 % financés par l'aide "
          "régionale à l'innovation, et 20 000 € par an ensuite. Au-delà, le projet devrait être réduit, en "
          "commençant par les SMS et l'écran de supervision, que l'exploitation pourrait remplacer par une simple "
          "liste des retards."),
        H(2, "Besoins listés", {"needs-table": "ok"}),
        T([["N°", "Besoin", "Type", "Priorité"],
           ["B1", "voir la position du car de son enfant", "fonctionnel", "haute"],
           ["B2", "être prévenu d'un retard important", "fonctionnel", "haute"],
           ["B3", "signaler une absence la veille", "fonctionnel", "moyenne"],
           ["B4", "superviser tous les circuits en direct", "fonctionnel", "haute"],
           ["B5", "rapport mensuel de ponctualité pour la Région", "fonctionnel", "moyenne"],
           ["B6", "remplacer 9 boîtiers GPS anciens", "logistique", "haute"],
           ["B7", "former 4 agents d'exploitation", "humain", "moyenne"]]),
        H(1, "Objectifs et limites", {"objectives-scope": "ok"}),
        P("Nous visons trois résultats mesurables à la fin de l'année scolaire 2027-2028 : diviser par trois les "
          "appels au standard les jours de retard, atteindre 1 200 familles inscrites, soit la moitié des élèves, "
          "et remettre chaque mois à la Région un rapport de ponctualité sans saisie manuelle."),
        P("Le périmètre comprend l'application pour iPhone et Android, l'écran de supervision pour l'exploitation, "
          "les alertes de retard et les signalements d'absence. Il ne comprend pas la vente de titres de "
          "transport, les lignes régulières non scolaires ni les sorties occasionnelles, qui pourront venir "
          "ensuite. Les contraintes sont fortes : mise en service à la rentrée du 1er septembre 2027, respect du "
          "RGPD pour les données de mineurs, aucune donnée individuelle sur les conducteurs, fonctionnement "
          "dégradé acceptable dans les zones sans réseau, et un budget plafonné à 100 000 € la première année. Tout ce qui ne tient pas dans ces limites est noté pour une "
          "seconde version, discutée avec la direction en janvier 2028 à partir des premiers chiffres d'usage."),
        H(1, "Découpage", {"functional-breakdown": "ok"}),
        T([["Bloc", "Fonctions", "Sprint"],
           ["Compte famille", "inscription, ajout d'un ou plusieurs enfants, choix de l'arrêt", "1"],
           ["Suivi du car", "carte en direct, heure estimée à l'arrêt, mode sans réseau", "2"],
           ["Alertes", "retard de plus de dix minutes, car supprimé, message de l'exploitation", "3"],
           ["Absences", "signalement la veille, liste transmise au conducteur", "3"],
           ["Supervision", "carte de tous les circuits, retards, envoi de messages", "2 et 4"],
           ["Rapports", "ponctualité mensuelle par circuit, export pour la Région", "4"]]),
        P("Les comptes viennent d'abord parce que sans eux aucune alerte ne peut partir ; les rapports à la Région "
          "ferment la marche car ils ne servent qu'à partir d'octobre."),
        H(1, "Backlog", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "parent", "créer un compte avec l'arrêt de mon enfant", "recevoir ses informations", "Must", "5"],
           ["US2", "parent", "voir le car sur une carte", "partir au bon moment", "Must", "8"],
           ["US3", "parent", "recevoir une alerte de retard", "ne pas attendre dans le froid", "Must", "5"],
           ["US4", "agent d'exploitation", "voir tous les cars en retard", "réagir vite", "Must", "8"],
           ["US5", "agent d'exploitation", "envoyer un message à un circuit", "prévenir d'une panne", "Should", "3"],
           ["US6", "parent", "signaler une absence", "que le car ne m'attende pas", "Should", "3"],
           ["US7", "directeur", "exporter la ponctualité du mois", "répondre à la Région", "Should", "5"],
           ["US8", "élève", "voir l'heure estimée sans me connecter", "aller plus vite", "Could", "2"]]),
        H(1, "Côté technique : l'architecture", {"technical-requirements": "ok"}),
        P("L'application est développée une seule fois en Flutter pour iPhone et Android. Un serveur central "
          "reçoit toutes les trente secondes les positions envoyées par Geotrak, les rapproche des circuits et des "
          "arrêts importés depuis le logiciel de planification, et calcule l'heure estimée à chaque arrêt. Les "
          "alertes partent par notification push ; un SMS n'est envoyé qu'aux familles qui l'ont choisi, car il "
          "coûte six centimes. L'écran de supervision est une page web ouverte dans le navigateur des agents."),
        P("Dans les zones sans réseau, l'application garde la dernière position connue et affiche l'heure à "
          "laquelle elle a été reçue, plutôt qu'une position fausse. Le calcul de l'heure estimée s'appuie sur les temps de parcours des "
          "quatre dernières semaines, par circuit et par tranche horaire."),
        H(1, "Côté technique : données et hébergement", {"technical-requirements": "ok"}),
        P("Tout est hébergé en France chez un hébergeur certifié pour les données sensibles. Les positions des "
          "cars sont gardées trente jours, puis agrégées en statistiques de ponctualité par circuit, sans lien "
          "avec le conducteur. Les comptes des familles ne contiennent que l'adresse électronique, le numéro de "
          "téléphone si elles veulent des SMS, le prénom de l'enfant et son arrêt ; ils sont supprimés après un "
          "an sans connexion. L'accès à l'écran de supervision se fait avec un identifiant personnel et un code "
          "reçu par SMS. Une analyse d'impact sur la protection des données sera faite avec notre délégué avant "
          "la mise en service, car il s'agit de mineurs."),
        H(2, "Exigences de qualité", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Seuil", "Vérification"],
           ["Fraîcheur de la position", "moins de 60 secondes", "mesure sur 10 circuits pendant la recette"],
           ["Disponibilité de 6 h 30 à 19 h", "99,5 %", "supervision de l'hébergeur"],
           ["Délai d'une alerte de retard", "moins de 2 minutes", "retards simulés"],
           ["Accessibilité", "RGAA niveau AA", "audit externe"],
           ["Charge", "3 000 connexions simultanées", "test de charge"]]),
        H(1, "Combien ça coûte ?", {"resources-budget": "ok"}),
        T([["Poste", "Année 1", "Années suivantes"],
           ["Développement (agence nantaise, 4 sprints)", "58 000 €", "—"],
           ["Remplacement de 9 boîtiers GPS", "8 100 €", "—"],
           ["Accès aux données Geotrak", "6 000 €", "6 000 €"],
           ["Hébergement et SMS", "7 500 €", "7 500 €"],
           ["Maintenance et évolutions", "—", "6 000 €"],
           ["Formation et support du premier mois", "4 400 €", "—"],
           ["Cheffe de projet interne (30 % sur 8 mois)", "12 000 €", "—"],
           ["Total", "96 000 €", "19 500 €"]]),
        P("L'aide régionale couvre 28 800 €, ce qui laisse 67 200 € à la charge de l'entreprise la première année. "
          "Les années suivantes sont couvertes par le budget informatique courant, sans hausse des tarifs pour la Région."),
        H(1, "Quand dira-t-on que c'est fini ?", {"acceptance-delivery": "ok"}),
        P("Une user story est terminée quand elle fonctionne sur un iPhone et un Android récents et anciens, "
          "qu'elle a été testée par l'équipe d'exploitation, que ses textes ont été relus et qu'elle ne fait baisser "
          "aucun des seuils de qualité. Chaque sprint se termine par une démonstration au directeur et à deux "
          "agents d'exploitation."),
        P("Avant la rentrée, nous ferons une recette grandeur nature du 15 au 30 juin sur six circuits, avec "
          "cinquante familles volontaires. La mise en service est décidée par Pascal Ribault si aucune anomalie "
          "bloquante ne reste ouverte et si les positions sont justes à moins de deux cents mètres sur 95 % des "
          "relevés. L'agence livre le code source, la documentation d'exploitation et assure une garantie de trois "
          "mois après la rentrée. Pendant ces trois mois, toute anomalie bloquante doit être corrigée en moins de "
          "vingt-quatre heures ouvrées."),
        H(1, "Lexique", {"glossary": "ok"}),
        T([["Terme", "Sens dans ce document"],
           ["Circuit", "trajet scolaire fixe d'un car, matin ou soir"],
           ["Exploitation", "service qui organise les circuits et les conducteurs"],
           ["Heure estimée", "heure de passage calculée à partir de la position réelle"],
           ["Geotrak", "fournisseur des boîtiers GPS installés dans les cars"]]),
        H(1, "Annexe – ce que les parents nous ont dit", {}),
        P("Atelier du 14 octobre à la salle des fêtes d'Aizenay, vingt-deux parents présents. Les trois phrases "
          "les plus entendues : « Je veux juste savoir si je dois sortir maintenant », « Pas encore une application "
          "avec un mot de passe compliqué », « Mon fils n'a pas de téléphone, c'est moi qui dois être prévenue »."),
    ],
    missing=["feature-tree", "anticipated-questions"],
)
