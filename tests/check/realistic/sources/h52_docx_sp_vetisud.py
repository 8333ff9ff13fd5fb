from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: VétiSud, seven veterinary clinics around Montpellier, plan the roll-out of online booking and
    a shared animal record. Shortened and question headings, a planning table, one section split over two
    headings, an appendix of the authors' own (no section); one optional section never written (missing); one
    section short of its minimum (thin).""",
    title="VétiSud – Planification du projet « Un dossier, sept cliniques »",
    cover=["Étude de cas 1 – planification séquencée", "Équipe : Anaïs Roumanille, Bastien Coste, Yasmine Haddad"],
    blocks=[
        H(1, "Cadre et hypothèses", {"planning-frame": "ok"}),
        P("VétiSud regroupe sept cliniques vétérinaires autour de Montpellier, 31 vétérinaires et 48 auxiliaires. "
          "Chaque clinique a son propre logiciel de gestion, si bien qu'un chien soigné à Lattes puis à Castelnau "
          "n'a pas le même dossier dans les deux. Le projet remplace ces logiciels par un seul outil partagé, avec "
          "prise de rendez-vous en ligne pour les propriétaires."),
        P("Nous planifions du 5 janvier au 30 octobre 2026, soit quarante-trois semaines. Nos hypothèses : le "
          "logiciel est déjà choisi (Vetup), le budget de 210 000 euros est voté, chaque clinique peut libérer un "
          "référent une journée par semaine, et aucune bascule n'a lieu en juillet-août, période des vacances où "
          "les cliniques tournent en effectif réduit. Les jours fériés de mai sont retirés du calendrier. La "
          "reprise des données des anciens logiciels est faite par l'éditeur, sur devis séparé."),
        H(1, "Quelle méthode ?", {"methodology": "ok"}),
        P("Nous avons retenu une approche hybride. Le socle (contrat, reprise des données, paramétrage commun, "
          "formation) suit un déroulé séquentiel classique, parce que ses étapes dépendent strictement les unes des "
          "autres : on ne forme pas sur un outil non paramétré, et on ne bascule pas sans données reprises. En "
          "revanche, le module de rendez-vous en ligne et les rappels de vaccins par SMS se prêtent bien à des "
          "itérations de trois semaines, avec une clinique pilote qui teste et donne son avis à chaque fin de cycle."),
        P("Ce choix tient aussi à nos équipes : les vétérinaires n'ont pas le temps de participer à des rituels "
          "agiles chaque semaine, mais les deux auxiliaires de la clinique pilote de Lattes sont volontaires pour "
          "tester souvent. Le déploiement se fait ensuite par vagues, deux ou trois cliniques à la fois, pour "
          "garder une équipe d'appui disponible sur place pendant la première semaine de chaque bascule. "
          "Un comité de pilotage mensuel, avec la direction et un vétérinaire par clinique, valide le passage d'une vague à la suivante."),
        H(2, "Cycle en V ou agile ?", {"methodology-comparison": "ok"}),
        T([["Critère", "Séquentiel", "Itératif", "Notre choix"],
           ["dépendances fortes", "bien géré", "risqué", "séquentiel pour le socle"],
           ["besoins qui évoluent", "rigide", "adapté", "itératif pour la prise de rendez-vous"],
           ["disponibilité des vétérinaires", "faible besoin", "besoin régulier", "hybride"],
           ["visibilité pour la direction", "jalons clairs", "moins lisible", "jalons par vague"]]),
        H(1, "Activités", {"activities": "ok"}),
        T([["N°", "Activité", "Issue du cahier des charges"],
           ["A1", "signer le contrat et le plan d'assurance qualité", "exigence 1.2"],
           ["A2", "cartographier les données des sept logiciels", "exigence 3.1"],
           ["A3", "paramétrer actes, tarifs et stocks communs", "exigence 2.4"],
           ["A4", "développer le module de rendez-vous en ligne", "exigence 4.1"],
           ["A5", "reprendre les données par clinique", "exigence 3.2"],
           ["A6", "former référents puis équipes", "exigence 5.1"],
           ["A7", "basculer les cliniques par vagues", "exigence 6.3"],
           ["A8", "bilan et clôture", "exigence 7.1"]]),
        H(1, "WBS", {"wbs": "ok"}),
        T([["Code", "Lot", "Livrable"],
           ["1", "Pilotage", "comités, tableau de bord"],
           ["1.1", "Contrat", "contrat signé"],
           ["2", "Données", "dossiers animaux repris"],
           ["2.1", "Cartographie", "table de correspondance"],
           ["2.2", "Reprise", "sept bases migrées"],
           ["3", "Outil", "logiciel paramétré"],
           ["3.1", "Paramétrage commun", "catalogue d'actes unique"],
           ["3.2", "Rendez-vous en ligne", "module publié"],
           ["4", "Conduite du changement", "équipes formées"],
           ["5", "Déploiement", "sept cliniques en service"]]),
        H(2, "Arborescence", {"wbs-diagram": "ok"}),
        Img(["Projet", "Pilotage", "Données", "Outil", "Changement", "Déploiement"],
            caption="Figure 1 – Les cinq lots du projet sous la racine"),
        H(1, "Planning", {"schedule": "ok"}),
        T([["Tâche", "Début", "Fin", "Durée (sem.)", "Précède"],
           ["A1 Contrat", "05/01", "30/01", "4", "A2, A3"],
           ["A2 Cartographie", "02/02", "13/03", "6", "A5"],
           ["A3 Paramétrage", "02/02", "10/04", "10", "A4, A6"],
           ["A4 Rendez-vous (4 itérations)", "13/04", "03/07", "12", "A7"],
           ["A5 Reprise", "16/03", "29/05", "11", "A7"],
           ["A6 Formation", "13/04", "26/06", "11", "A7"],
           ["A7 Bascule vague 1 (Lattes, Pérols)", "01/06", "19/06", "3", "A7 vague 2"],
           ["A7 Bascule vague 2 (3 cliniques)", "07/09", "25/09", "3", "A7 vague 3"],
           ["A7 Bascule vague 3 (2 cliniques)", "28/09", "16/10", "3", "A8"],
           ["A8 Bilan", "19/10", "30/10", "2", "—"]]),
        H(2, "Gantt", {"gantt-chart": "ok"}),
        Img(["Contrat janv.", "Données fév.-mai", "Outil fév.-juil.", "Vagues juin-oct.", "Bilan oct."],
            caption="Figure 2 – Diagramme de Gantt simplifié, pause en juillet-août"),
        H(1, "Jalons", {"milestones": "ok"}),
        T([["Jalon", "Date", "Livrable", "Qui valide"],
           ["J1 contrat signé", "30 janvier", "contrat et plan qualité", "direction"],
           ["J2 paramétrage validé", "10 avril", "catalogue d'actes unique", "comité médical"],
           ["J3 première vague en service", "19 juin", "deux cliniques sur Vetup", "direction"],
           ["J4 rendez-vous en ligne ouverts", "3 juillet", "module publié", "comité de pilotage"],
           ["J5 sept cliniques en service", "16 octobre", "bascule complète", "direction"],
           ["J6 clôture", "30 octobre", "bilan du projet", "comité de pilotage"]]),
        H(1, "Qu'est-ce qui dépend de quoi ?", {"dependencies-critical-path": "ok"}),
        P("La plupart des liens sont de type fin-début. Le paramétrage commun attend le contrat ; la formation "
          "attend le paramétrage, car nous ne voulons pas former sur des écrans qui vont changer. La reprise des "
          "données dépend de la cartographie, et chaque bascule dépend à la fois de la reprise de la clinique "
          "concernée et de la formation de son équipe. Le module de rendez-vous en ligne, lui, n'est lié qu'au "
          "paramétrage : il peut glisser sans retarder les bascules."),
        H(1, "Le chemin critique", {"dependencies-critical-path": "ok"}),
        P("Le chemin critique passe par le contrat, le paramétrage, la formation et les trois vagues de bascule. "
          "Il n'a aucune marge avant la pause d'été : si la vague 1 n'est pas en service le 19 juin, elle passe en "
          "septembre et tout le calendrier glisse de trois mois. La reprise des données a deux semaines de marge."),
        H(1, "Qui fait quoi, combien de jours ?", {"resources-workload": "ok"}),
        T([["Ressource", "Rôle", "Charge (jours)", "Période la plus chargée"],
           ["Anaïs Roumanille", "cheffe de projet", "150", "juin et septembre"],
           ["7 référents cliniques", "paramétrage, tests, relais", "7 x 30", "avril à juin"],
           ["Éditeur Vetup", "paramétrage, reprise", "85", "mars à mai"],
           ["Bastien Coste", "formateur interne", "60", "avril à juin"],
           ["Yasmine Haddad", "suivi du module de rendez-vous", "45", "avril à juillet"]]),
        H(1, "Et si ça dérape ?", {"schedule-risks": "thin"}),
        P("Le plus gros risque est un retard de reprise des données : si la base de Pérols n'est pas prête fin mai, "
          "nous basculons Lattes seule. Indicateur : moins de 90 % des dossiers repris à J-15."),
        H(1, "Annexe A – Ce que nous ont dit les cliniques", {}),
        P("Entre le 10 et le 28 novembre, nous avons passé une demi-journée dans chaque clinique. Les auxiliaires "
          "nous ont surtout parlé du téléphone, qui sonne sans arrêt pour des prises de rendez-vous ; les "
          "vétérinaires, des dossiers incomplets quand un animal change de clinique. Ces remarques ont fixé l'ordre "
          "des lots : le dossier partagé d'abord, le rendez-vous en ligne ensuite."),
    ],
    missing=["release-plan"],
)
