from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: a group of four veterinary clinics along the Loire specifies an online booking and reminder
    service. Question and paraphrased headings; the backlog, the needs, the stakeholders, the quality
    requirements, the budget and a small glossary are tables; the feature tree is a drawn picture. The scope and
    objectives are written in a few lines (thin); the authors add a section of their own on risks; no table of
    expected questions (missing).""",
    title="VétoLoire – Prendre rendez-vous sans décrocher le téléphone",
    cover=["Cahier des charges et backlog produit", "Étude de cas 1 – Inès Morvan, Hugo Barbier – décembre 2026"],
    missing=["anticipated-questions"],
    blocks=[
        H(1, "En deux mots", {"summary": "ok"}),
        P("VétoLoire regroupe quatre cliniques vétérinaires entre Saumur et Angers, dix-sept vétérinaires et "
          "vingt-deux auxiliaires. Aujourd'hui, tous les rendez-vous passent par le téléphone : les accueils "
          "reçoivent près de 900 appels par semaine, dont un tiers pour un simple rendez-vous ou un rappel de "
          "vaccin. Ce document décrit le service que nous voulons faire construire : une prise de rendez-vous en "
          "ligne, reliée au logiciel de gestion des cliniques, et des rappels automatiques par SMS et courriel "
          "pour les vaccins et les traitements. Il s'adresse à la direction du groupe, aux équipes des cliniques "
          "et au prestataire qui sera choisi au printemps. Il présente le contexte, les besoins recueillis en "
          "entretien, le périmètre, le découpage en fonctions, le backlog priorisé de la première version, les "
          "exigences techniques, le budget et la manière dont nous recevrons le travail. La mise en service est "
          "visée pour septembre 2027."),
        H(1, "Qui est VétoLoire, et qui est concerné ?", {"context-stakeholders": "ok"}),
        P("Le groupe est né en 2019 du rapprochement de quatre cliniques indépendantes, à Saumur, Doué-en-Anjou, "
          "Brissac et Angers-Lac-de-Maine. Il soigne surtout des chiens et des chats, mais deux cliniques suivent "
          "aussi des chevaux et des élevages bovins, ce qui implique des visites à la ferme. Le chiffre d'affaires "
          "a atteint 6,1 millions d'euros en 2026, en hausse de 9 %, et le groupe vise une cinquième clinique à "
          "Chalonnes en 2028."),
        P("Le projet est commandé par le docteur Anne Lemercier, associée gérante, qui arbitre le budget. Les "
          "premières concernées sont les auxiliaires d'accueil, qui passent leurs matinées au téléphone et "
          "doivent en même temps recevoir les clients au comptoir ; elles craignent autant l'outil que la "
          "suppression de leur rôle. Les vétérinaires veulent garder la main sur leur planning, notamment pour "
          "bloquer les créneaux de chirurgie. Les propriétaires d'animaux, environ 14 000 foyers actifs, "
          "attendent de pouvoir réserver le soir et le week-end. Enfin l'éditeur du logiciel de gestion des "
          "cliniques, Vetup, doit ouvrir l'accès à ses agendas : sans lui, rien n'est possible, et son calendrier "
          "de développement conditionne le nôtre. Le service informatique se résume à un technicien externe "
          "présent un jour par semaine."),
        P("Nous, deux étudiants en alternance au siège, jouons le rôle d'assistance à maîtrise d'ouvrage : nous "
          "recueillons les besoins, rédigeons ce cahier des charges et animerons les revues de sprint avec le "
          "prestataire, la gérante gardant la décision finale sur chaque livraison."),
        H(2, "Qui pèse quoi ?", {"stakeholder-map": "ok"}),
        T([["Acteur", "Intérêt", "Influence", "Attente principale"],
           ["Dr Anne Lemercier", "fort", "forte", "moins d'appels, budget tenu"],
           ["Auxiliaires d'accueil", "fort", "moyenne", "être soulagées sans perdre le contact client"],
           ["Vétérinaires", "moyen", "forte", "garder la maîtrise de leurs créneaux"],
           ["Propriétaires d'animaux", "fort", "faible", "réserver à toute heure"],
           ["Éditeur Vetup", "faible", "forte", "un connecteur qui ne perturbe pas son logiciel"]]),
        H(1, "De quoi ont-ils besoin ?", {"needs-analysis": "ok"}),
        P("Nous avons mené quatorze entretiens en octobre : six auxiliaires, cinq vétérinaires, trois "
          "propriétaires, et observé deux matinées d'accueil à Saumur. Le besoin humain est le plus pressant : "
          "une auxiliaire passe en moyenne 2 h 40 par jour au téléphone, dont la moitié pour des demandes que le "
          "client pourrait faire seul. Les accueils sont sous tension le lundi matin et les clients se plaignent "
          "d'attendre jusqu'à six minutes avant qu'on décroche."),
        P("Sur le plan logistique, les rendez-vous n'ont pas tous la même durée : un vaccin prend quinze minutes, "
          "une consultation d'animal âgé trente, une visite à la ferme une demi-journée avec le trajet. Le service "
          "doit donc proposer des types de rendez-vous distincts, et ne jamais laisser réserver une chirurgie ou "
          "une visite d'élevage en ligne. Les rappels de vaccins se font aujourd'hui par courrier postal, soit "
          "11 000 lettres par an. Côté financier, le groupe a voté une enveloppe de 60 000 euros pour la première "
          "année, abonnement compris, et attend en retour la fin des courriers (9 000 euros par an) et deux "
          "heures d'accueil libérées par jour et par clinique."),
        P("Un dernier besoin est revenu dans presque tous les entretiens : les auxiliaires veulent voir d'un coup "
          "d'œil, dans leur logiciel habituel, quels rendez-vous ont été pris en ligne, pour préparer le dossier "
          "de l'animal et rappeler le client si le motif choisi ne convient pas."),
        H(2, "Besoins recensés", {"needs-table": "ok"}),
        T([["Besoin", "Type", "Exprimé par", "Priorité"],
           ["Réserver un rendez-vous simple en ligne", "humain", "propriétaires, auxiliaires", "haute"],
           ["Bloquer chirurgies et visites de ferme", "logistique", "vétérinaires", "haute"],
           ["Rappels de vaccins sans courrier", "financier", "direction", "haute"],
           ["Annuler ou déplacer sans appeler", "humain", "propriétaires", "moyenne"],
           ["Liste d'attente pour les urgences relatives", "logistique", "auxiliaires", "basse"]]),
        H(1, "Jusqu'où va-t-on ?", {"objectives-scope": "thin"}),
        P("Objectif : 40 % des rendez-vous pris en ligne au bout d'un an. La version 1 couvre les quatre cliniques, "
          "les chiens, chats et NAC ; les chevaux et les élevages restent au téléphone. Pas de paiement en ligne "
          "ni de téléconsultation pour l'instant."),
        H(1, "Les grandes briques", {"functional-breakdown": "ok"}),
        P("Nous découpons le service en cinq modules livrés dans cet ordre sur six sprints de deux semaines : on ne "
          "peut rien réserver sans compte, ni rappeler un vaccin sans un agenda synchronisé avec Vetup."),
        T([["Module", "Ce qu'il fait", "Livré au sprint"],
           ["Compte client", "création, animaux rattachés, connexion par lien envoyé par courriel", "1 à 2"],
           ["Réservation", "choix de la clinique, du motif, du vétérinaire et du créneau", "2 à 4"],
           ["Agenda", "synchronisation avec Vetup, blocages posés par les vétérinaires", "3 à 5"],
           ["Rappels", "SMS et courriels de vaccins, de traitements et de veille de rendez-vous", "5 à 6"],
           ["Administration", "motifs, durées, statistiques par clinique", "6"]]),
        H(2, "Arborescence", {"feature-tree": "ok"}),
        Img(["Compte client", "Réservation", "Agenda Vetup", "Rappels", "Administration"],
            "Figure 1 – Les cinq modules de la version 1 et leurs dépendances"),
        H(1, "Backlog de la V1", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US-01", "propriétaire", "créer mon compte et y ajouter mes animaux", "ne pas tout ressaisir", "must", "5"],
           ["US-02", "propriétaire", "voir les créneaux libres d'une clinique", "choisir le moment qui m'arrange", "must", "8"],
           ["US-03", "propriétaire", "réserver un vaccin ou une consultation", "éviter d'appeler", "must", "8"],
           ["US-04", "vétérinaire", "bloquer des plages de chirurgie", "ne pas être débordé", "must", "5"],
           ["US-05", "propriétaire", "recevoir un rappel la veille", "ne pas oublier", "should", "3"],
           ["US-06", "auxiliaire", "voir dans Vetup les rendez-vous pris en ligne", "préparer le dossier", "must", "8"],
           ["US-07", "propriétaire", "être prévenu du rappel de vaccin", "protéger mon animal", "should", "5"],
           ["US-08", "gérante", "suivre la part des réservations en ligne", "mesurer le retour", "could", "3"]]),
        H(1, "Comment c'est construit ?", {"technical-requirements": "ok"}),
        P("Le service sera une application web responsive, sans application mobile à télécharger : nos entretiens "
          "montrent que les propriétaires réservent une ou deux fois par an et n'installeront rien pour cela. Le "
          "prestataire peut proposer une solution du marché ou un développement, à condition qu'elle se connecte à "
          "l'interface de programmation que Vetup ouvrira en mars 2027 ; tant qu'elle n'est pas disponible, une "
          "synchronisation par fichier toutes les quinze minutes est acceptable pour les tests."),
        P("Les données des clients restent hébergées en France. La certification HDS n'est pas exigée "
          "pour des animaux, mais le RGPD s'applique aux propriétaires : consentement aux SMS, droit "
          "d'effacement, registre des traitements tenu par le groupe. L'envoi de SMS passe par un opérateur "
          "français avec un nom d'expéditeur « VetoLoire ». L'authentification se fait par lien magique envoyé "
          "par courriel, pour éviter les mots de passe oubliés ; les comptes des vétérinaires ont une double "
          "authentification. Le code produit sur mesure appartient au groupe, qui en reçoit les sources à chaque "
          "livraison, et la documentation d'exploitation doit permettre au technicien externe de redémarrer le "
          "service seul. Les statistiques sont exportables en CSV pour le cabinet comptable."),
        P("Enfin, le service doit fonctionner sur les navigateurs des trois dernières années, y compris sur des "
          "téléphones d'entrée de gamme, et afficher les créneaux de la clinique choisie même lorsque la "
          "connexion est lente, car plusieurs communes du Saumurois sont mal couvertes."),
        H(2, "Exigences de qualité", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Niveau attendu", "Comment on le vérifie"],
           ["Disponibilité", "99,5 % par mois", "sonde externe"],
           ["Temps d'affichage des créneaux", "moins de 2 secondes", "test de charge à 200 utilisateurs"],
           ["Accessibilité", "RGAA niveau AA", "audit avant mise en service"],
           ["Sauvegardes", "quotidiennes, 30 jours", "restauration testée une fois par trimestre"]]),
        H(1, "Combien et qui ?", {"resources-budget": "ok"}),
        P("Le budget tient dans l'enveloppe votée de 60 000 euros, avec une réserve pour les imprévus du connecteur "
          "Vetup. Côté équipe, le projet mobilise une auxiliaire référente par clinique deux heures par semaine "
          "pendant les tests, la gérante une heure par sprint pour les revues, et nous deux à mi-temps jusqu'à "
          "l'ouverture."),
        T([["Poste", "Qui", "Montant"],
           ["Solution et paramétrage", "prestataire retenu", "28 000 €"],
           ["Connecteur Vetup", "éditeur Vetup", "9 500 €"],
           ["Abonnement et SMS, première année", "prestataire et opérateur", "11 000 €"],
           ["Formation des auxiliaires", "cheffe de projet interne", "3 500 €"],
           ["Réserve", "direction", "6 000 €"]]),
        H(1, "Quand dira-t-on que c'est fini ?", {"acceptance-delivery": "ok"}),
        P("Chaque récit du backlog est terminé quand il est développé, testé par une auxiliaire sur l'environnement "
          "de recette, documenté en une page, et que la gérante l'a accepté en revue de sprint. La livraison se "
          "fait en deux temps : une ouverture pilote à Brissac, la plus petite clinique, pendant quatre semaines "
          "en juillet, puis l'ouverture des trois autres en septembre si le pilote a tenu ses promesses, c'est-à-"
          "dire aucun rendez-vous perdu entre le service et Vetup et au moins 20 % des rendez-vous de Brissac pris "
          "en ligne. Le prestataire assure trois mois de garantie après l'ouverture générale, avec correction des "
          "anomalies bloquantes sous quatre heures ouvrées."),
        P("Si le pilote échoue, nous prolongeons de quatre semaines à Brissac plutôt que d'ouvrir partout : un "
          "service qui perd des rendez-vous ferait plus de tort aux cliniques que le téléphone actuel."),
        H(1, "Ce qui peut mal tourner", {}),
        L(["Vetup repousse son interface : la synchronisation par fichier reste en place plus longtemps.",
           "Les auxiliaires se sentent mises de côté : elles sont associées aux tests dès le premier sprint.",
           "Des clients réservent en ligne pour une urgence : un message les renvoie vers le téléphone."]),
        H(1, "Petit lexique", {"glossary": "ok"}),
        T([["Terme", "Sens dans ce document"],
           ["NAC", "nouveaux animaux de compagnie : lapins, oiseaux, reptiles"],
           ["Vetup", "logiciel de gestion utilisé par les quatre cliniques"],
           ["Récit utilisateur", "besoin exprimé du point de vue de la personne qui utilise le service"]]),
    ],
)
