from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: a rural community of communes in the Monts du Lyonnais replaces phone bookings of its
    on-demand minibus with an app and a call centre tool. The author's own headings, some shortened, some
    questions, one bold Normal paragraph; the needs are split over two headings (split), the needs table under the second half and the stakeholder table
    under the context, neither with a heading of its own (merged); the feature tree is a
    picture under the breakdown heading with no heading of its own (merged); an appendix of the author's own
    (a survey of March trips); no anticipated questions (missing).""",
    title="Brévenne à la demande – Cahier des charges et backlog produit",
    cover=["Étude de cas 1 – Spécification fonctionnelle et technique", "Clément Rivoire – novembre 2026"],
    missing=["anticipated-questions"],
    blocks=[
        H(1, "En bref", {"summary": "ok"}),
        P("La Communauté de communes du Pays de Brévenne (32 communes, 27 000 habitants) fait circuler depuis 2019 "
          "quatre minibus de transport à la demande. Les habitants réservent leur trajet par téléphone, la veille "
          "avant 17 heures, auprès de deux agentes qui notent tout sur un tableur partagé. Le service transporte "
          "environ 1 900 voyageurs par mois, surtout des personnes âgées qui vont au marché, chez le médecin ou "
          "à la gare de L'Arbresle. Le standard sature le lundi matin, un appel sur quatre n'aboutit pas, et les "
          "tournées sont composées à la main chaque soir. Ce document décrit une application de réservation "
          "pour les habitants, un outil de réservation assistée pour les agentes et un calcul automatique des "
          "tournées, ainsi que le backlog priorisé qui permettra de livrer une première version en septembre "
          "2027. Le budget voté est de 180 000 euros sur deux ans, exploitation comprise."),
        H(1, "Qui est concerné ?", {"context-stakeholders": "ok", "stakeholder-map": "ok"}),
        P("Le transport à la demande est financé par la communauté de communes et la Région, qui prend en charge "
          "40 % du déficit d'exploitation au titre de sa compétence mobilité. L'exploitation est confiée par "
          "marché public à Cars Rivière, un transporteur familial de Sainte-Foy-l'Argentière qui fournit les "
          "véhicules et les quatre chauffeurs. Les deux agentes de réservation, Sylvie et Nadia, sont salariées "
          "de la communauté de communes et travaillent au pôle mobilité de Saint-Laurent-de-Chamousset. Le "
          "service s'adresse à tous les habitants, mais les voyageurs réguliers sont en majorité des personnes de "
          "plus de soixante-dix ans, des jeunes sans permis et quelques salariés qui rejoignent le train. Les "
          "mairies relaient l'information et les CCAS réservent parfois pour leurs bénéficiaires. La direction "
          "du numérique de la communauté de communes, une seule personne, devra maintenir la solution. Le "
          "projet est porté par la vice-présidente chargée des mobilités, qui veut en rendre compte aux élus "
          "avant les élections de 2028. Enfin, la Région impose que les données de fréquentation lui soient "
          "transmises chaque trimestre dans un format commun à tous les services de transport à la demande du "
          "territoire, ce qui pèse sur les choix techniques."),
        T([["Acteur", "Rôle", "Influence", "Attente principale"],
           ["Vice-présidente mobilités", "commanditaire", "forte", "un service qui répond au téléphone"],
           ["Agentes de réservation", "utilisatrices quotidiennes", "moyenne", "moins de saisie, moins d'appels"],
           ["Cars Rivière", "exploitant", "forte", "des tournées stables et connues la veille"],
           ["Chauffeurs", "utilisateurs de la feuille de route", "faible", "une liste claire sur tablette"],
           ["Voyageurs âgés", "usagers", "moyenne", "continuer à réserver par téléphone"],
           ["Région", "cofinanceur", "forte", "données trimestrielles au format régional"],
           ["CCAS des communes", "prescripteurs", "faible", "réserver pour un bénéficiaire"]]),
        H(1, "Besoins des personnes", {"needs-analysis": "ok"}),
        P("Pour les voyageurs, le besoin premier est de réserver sans attendre au téléphone, à toute heure, et "
          "d'être sûrs que le minibus passera : aujourd'hui la confirmation arrive seulement si l'agente a le "
          "temps de rappeler. Les plus âgés veulent garder la voix d'une personne ; l'application ne doit donc "
          "pas remplacer le téléphone mais le désengorger. Les agentes ont besoin d'un écran unique où saisir "
          "une réservation en moins d'une minute, voir les places restantes et prévenir un voyageur d'un "
          "changement. Les chauffeurs ont besoin de leur tournée la veille au soir, avec les adresses, les "
          "numéros de téléphone et les voyageurs qui ont besoin d'aide pour monter."),
        H(2, "Côté logistique et argent", {"needs-analysis": "ok", "needs-table": "ok"}),
        P("Sur le plan logistique, les quatre minibus de neuf places doivent être mieux remplis : le taux "
          "d'occupation moyen est de 3,1 voyageurs par trajet, parce que les tournées sont faites à la main et "
          "que deux véhicules font parfois le même chemin à dix minutes d'écart. Le calcul des tournées doit "
          "regrouper les demandes proches. Sur le plan financier, chaque trajet coûte aujourd'hui 23 euros à la "
          "collectivité pour un ticket vendu 2 euros ; l'objectif fixé par les élus est de passer sous 17 euros "
          "en deux ans, en transportant plus de monde avec les mêmes véhicules et sans embauche."),
        T([["Besoin", "Pour qui", "Type", "Priorité"],
           ["Réserver en ligne, jour et nuit", "voyageurs", "humain", "haute"],
           ["Garder la réservation par téléphone", "voyageurs âgés", "humain", "haute"],
           ["Saisir une réservation en moins d'une minute", "agentes", "humain", "haute"],
           ["Tournées calculées la veille à 18 h", "exploitant, chauffeurs", "logistique", "haute"],
           ["Regrouper les trajets proches", "collectivité", "logistique", "moyenne"],
           ["Coût par trajet sous 17 euros", "élus", "financier", "haute"]]),
        H(1, "Ce que le projet doit atteindre, et où il s'arrête", {"objectives-scope": "ok"}),
        P("Trois objectifs mesurables guident le projet : que 90 % des appels aboutissent dès le premier essai, "
          "que le taux d'occupation monte de 3,1 à 4,5 voyageurs par trajet, et que le coût par trajet passe sous "
          "17 euros d'ici fin 2028. Le périmètre comprend une application web et mobile pour les habitants, un "
          "outil de réservation assistée pour les agentes, le calcul automatique des tournées, une feuille de "
          "route sur tablette pour les chauffeurs et l'export trimestriel vers la Région. Sont hors périmètre le "
          "paiement en ligne, qui reste à bord en espèces ou par carte, les lignes régulières de car, et le "
          "transport scolaire. Les contraintes sont fortes : un budget de 180 000 euros, une mise en service "
          "avant la rentrée de septembre 2027, une seule personne pour la maintenance côté collectivité, une "
          "couverture mobile médiocre dans les vallées, où la tablette du chauffeur doit fonctionner hors ligne, "
          "et les règles d'accessibilité numérique applicables aux services publics. Le projet ne modifie ni les "
          "horaires ni les zones desservies, que les élus ont votés pour trois ans ; si les tests montrent qu'une "
          "zone est mal couverte, la question leur sera posée séparément."),
        H(1, "Découpage", {"functional-breakdown": "ok", "feature-tree": "ok"}),
        P("Le produit se découpe en cinq blocs livrés dans l'ordre où ils débloquent les suivants : d'abord les "
          "comptes et les arrêts, puis la réservation assistée pour les agentes, qui sert de base, ensuite le "
          "calcul des tournées, puis l'application des habitants, et enfin la tablette des chauffeurs et les "
          "exports. La réservation assistée passe avant l'application, car elle soulage tout de suite le "
          "standard et permet de tester les tournées avec de vraies demandes. Chaque bloc se termine par une "
          "démonstration aux agentes et au transporteur, qui valident avant que le bloc suivant commence."),
        Img(["Comptes et arrêts", "Réservation assistée", "Tournées", "Appli habitants", "Tablette et exports"],
            "Arbre des fonctionnalités : les cinq blocs et leur ordre de livraison."),
        B("BACKLOG", {"product-backlog": "ok"}),
        T([["ID", "Récit utilisateur", "Bloc", "Priorité", "Points", "Critère d'acceptation"],
           ["US1", "En tant qu'agente, je crée la fiche d'un voyageur avec son adresse et ses besoins d'aide",
            "Comptes", "Must", "3", "fiche créée en moins de 30 s"],
           ["US2", "En tant qu'agente, je réserve un trajet pour un voyageur au téléphone", "Réservation", "Must",
            "5", "réservation en moins d'une minute, places restantes affichées"],
           ["US3", "En tant qu'exploitant, je reçois les tournées calculées la veille à 18 h", "Tournées", "Must",
            "8", "tournées envoyées pour les quatre minibus"],
           ["US4", "En tant qu'habitant, je réserve un trajet en ligne jusqu'à 17 h la veille", "Appli", "Must",
            "5", "confirmation par SMS en moins de 2 minutes"],
           ["US5", "En tant qu'habitant, j'annule un trajet jusqu'à 8 h le jour même", "Appli", "Should", "2",
            "place libérée et tournée recalculée"],
           ["US6", "En tant que chauffeur, je consulte ma tournée hors connexion", "Tablette", "Must", "5",
            "tournée lisible sans réseau"],
           ["US7", "En tant que responsable, j'exporte la fréquentation au format régional", "Exports", "Should",
            "3", "fichier accepté par la plateforme régionale"],
           ["US8", "En tant qu'agente du CCAS, je réserve pour un bénéficiaire", "Réservation", "Could", "3",
            "réservation rattachée au bénéficiaire"]]),
        H(1, "Et techniquement ?", {"technical-requirements": "ok"}),
        P("La solution sera une application web responsive, installable sur téléphone, plutôt que deux "
          "applications natives : la collectivité n'a pas les moyens de maintenir deux codes, et les habitants "
          "âgés utilisent souvent la tablette d'un proche. Le back-office des agentes partage la même base de "
          "données. Le calcul des tournées s'appuiera sur un moteur d'optimisation existant, en logiciel libre ou "
          "en service hébergé, plutôt qu'un développement sur mesure ; le prestataire devra justifier son choix. "
          "Les arrêts sont géolocalisés à partir de la base d'adresses nationale. La tablette des chauffeurs doit "
          "télécharger la tournée le soir par wifi au dépôt et fonctionner sans réseau le lendemain, en "
          "synchronisant les montées et les absences dès qu'elle retrouve une connexion. Les SMS de confirmation "
          "passent par un opérateur français. L'hébergement se fera en France chez un hébergeur certifié pour "
          "les données de collectivités, et la solution doit s'interfacer avec l'annuaire de la communauté de "
          "communes pour les comptes des agentes. Les données de fréquentation sont exportées au format "
          "demandé par la Région. Le code source et la documentation seront remis à la collectivité, qui doit "
          "pouvoir changer de prestataire à la fin du marché sans perdre l'historique des voyageurs. Les "
          "sauvegardes sont quotidiennes, conservées trente jours, et une restauration complète est testée une "
          "fois par an en présence de la direction du numérique. Aucune donnée de santé n'est collectée : le "
          "besoin d'aide à la montée est une simple case à cocher."),
        H(2, "Ce que le système doit tenir", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Cible", "Vérification"],
           ["Accessibilité", "RGAA niveau AA", "audit avant mise en service"],
           ["Disponibilité", "99,5 % de 6 h à 20 h", "supervision mensuelle"],
           ["Temps de réponse", "moins de 2 s pour une réservation", "test de charge à 50 agents simultanés"],
           ["Données personnelles", "RGPD, suppression après 3 ans sans trajet", "registre de traitement"],
           ["Fonctionnement hors ligne", "tournée disponible sans réseau", "test sur la route de Montrottier"]]),
        H(1, "Combien, et avec qui ?", {"resources-budget": "ok"}),
        P("L'estimation repose sur les points du backlog et sur deux devis reçus en octobre. Le développement "
          "représente l'essentiel ; l'exploitation est comptée sur une année pleine."),
        T([["Poste", "Qui", "Charge", "Coût (euros)"],
           ["Conception et ateliers", "prestataire", "20 jours", "14 000"],
           ["Développement des cinq blocs", "prestataire", "120 jours", "84 000"],
           ["Moteur de tournées (licence ou service)", "éditeur", "2 ans", "18 000"],
           ["Tablettes pour quatre chauffeurs", "achat", "4 unités", "2 400"],
           ["Hébergement et SMS", "hébergeur, opérateur", "2 ans", "9 600"],
           ["Audit d'accessibilité", "cabinet externe", "4 jours", "4 000"],
           ["Chef de projet côté collectivité", "interne", "0,3 ETP sur 2 ans", "28 000"],
           ["Réserve pour imprévus", "—", "—", "20 000"],
           ["Total", "", "", "180 000"]]),
        H(1, "Recette et livraison", {"acceptance-delivery": "ok"}),
        P("La livraison se fait en trois versions. La première, en mai 2027, contient les comptes et la "
          "réservation assistée ; les agentes l'utilisent en parallèle du tableur pendant trois semaines. La "
          "deuxième, en juillet, ajoute le calcul des tournées et la tablette, testés sur deux minibus. La "
          "troisième, fin août, ouvre l'application aux habitants. Un récit est terminé quand son critère "
          "d'acceptation est vérifié par la cheffe de projet, que les tests automatiques passent, que l'écran "
          "a été vérifié au clavier et au lecteur d'écran, et que la documentation d'utilisation est à jour. La "
          "recette finale est prononcée quand une semaine complète de réservations réelles a été traitée sans "
          "le tableur, et qu'aucune anomalie bloquante n'est ouverte. Le prestataire assure ensuite trois "
          "mois de garantie, pendant lesquels toute anomalie bloquante est corrigée sous deux jours ouvrés."),
        H(1, "Lexique", {"glossary": "ok"}),
        T([["Terme", "Définition"],
           ["TAD", "transport à la demande : le minibus ne circule que si un trajet est réservé"],
           ["Tournée", "suite des arrêts d'un minibus sur une demi-journée"],
           ["Réservation assistée", "réservation saisie par une agente pour un voyageur au téléphone"],
           ["CCAS", "centre communal d'action sociale"]]),
        H(1, "Annexe A – Les trajets de mars 2026 en chiffres"),
        P("Nous avons recopié les 1 874 trajets du tableur de mars pour mesurer l'occupation. Les lundis et "
          "jeudis matin concentrent 38 % des trajets, liés aux marchés de Saint-Laurent et de Sainte-Foy. Sur "
          "412 tournées, 97 avaient un seul voyageur à bord."),
    ],
)
