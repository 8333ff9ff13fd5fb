from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: an agglomeration of the Gulf of Morbihan brings in online booking of time slots at its nine recycling
    centres, and a student team plans the project from January to September 2027. The authors' own numbered
    headings, one numbered bold line in capitals instead of a heading, a short extra section on the team at the start and a
    glossary at the end; the work split into activities, a coded breakdown and a week-by-week schedule table; the
    Gantt view announced under a heading left with nothing under it (empty); no comparison of methods, no drawing
    of the breakdown and no sprint plan (missing).""",
    title="Réserver sa déchetterie : le planning du projet Créneau Vert",
    cover=["Étude de cas n°1 – Golfe du Morbihan – Vannes agglomération",
           "Équipe 3 : Lénaïg Le Goff, Antoine Bervas, Sarah Haddad – 1er décembre 2026"],
    blocks=[
        H(1, "L'équipe et ce document", {}),
        P("Nous sommes trois étudiants de Web School Factory, missionnés par la direction de la gestion des "
          "déchets. Ce document complète le cahier des charges remis en novembre."),
        H(1, "1. Point de départ et ce que nous supposons", {"planning-frame": "ok"}),
        P("L'agglomération gère neuf déchetteries qui reçoivent 410 000 passages par an. Les samedis de printemps, "
          "l'attente dépasse quarante minutes à Vannes-Tohannic et à Theix, et les agents doivent refuser des "
          "véhicules à la fermeture. Le projet Créneau Vert permet aux habitants de réserver un créneau de quinze "
          "minutes sur le site de l'agglomération ou par téléphone, et lit les plaques à l'entrée pour contrôler "
          "l'accès."),
        P("Le planning couvre la période du 4 janvier au 30 septembre 2027 : la mise en service des trois sites "
          "pilotes doit précéder le pic d'avril, et la généralisation doit être finie avant l'automne. Nous "
          "supposons que le budget de 460 000 € est voté au conseil communautaire du 17 décembre, que l'éditeur "
          "retenu peut affecter deux développeurs à plein temps, que les caméras de lecture de plaques sont "
          "livrées en huit semaines, et que les agents des déchetteries sont disponibles deux demi-journées "
          "chacun pour la formation. Nous ne travaillons pas en juillet et août sur les sites, où l'affluence "
          "des vacanciers interdit les travaux."),
        H(1, "2. Cycle en V, agile ou un peu des deux ?", {"methodology": "ok"}),
        P("Le projet a deux natures. D'un côté, l'équipement des sites : caméras, bornes, réseau, barrières. Ces "
          "travaux dépendent de fournisseurs, de marchés publics et de dates de chantier ; ils se prévoient "
          "longtemps à l'avance et se changent mal en cours de route. Pour eux, nous gardons un enchaînement "
          "classique : études, commande, pose, recette."),
        P("De l'autre, le service de réservation lui-même, dont on ne sait pas encore précisément ce qu'attendront "
          "les habitants : faut-il réserver pour une remorque, pour un professionnel, combien de créneaux par mois "
          "laisser à chaque foyer ? Ces questions se règleront en montrant des versions successives à un panel "
          "d'habitants. Nous découpons donc le développement en itérations de deux semaines, avec une démonstration "
          "à la fin de chacune devant le service déchets et deux agents de terrain."),
        P("Ce mélange impose un point de rencontre : le logiciel doit être prêt à lire les plaques quand les "
          "caméras sont posées sur les sites pilotes. Nous l'avons fixé au 29 mars, et les itérations sont "
          "calées à rebours à partir de cette date."),
        H(1, "3. Ce qu'il faut faire pour tenir le cahier des charges", {"activities": "ok"}),
        T([["Exigence du cahier des charges", "Activités", "Qui"],
           ["Réserver un créneau en ligne", "parcours de réservation, calendrier par site, confirmation par SMS",
            "éditeur"],
           ["Réserver par téléphone", "écran pour l'accueil de l'agglomération, script d'appel", "éditeur, accueil"],
           ["Contrôler l'accès", "pose des caméras, lecture des plaques, liaison avec les barrières",
            "intégrateur"],
           ["Gérer les quotas par foyer", "règles de quotas, tableau de bord des agents", "éditeur, service déchets"],
           ["Informer les habitants", "campagne d'affichage, page sur le site, courrier avec la facture d'eau",
            "communication"],
           ["Former les agents", "deux demi-journées par agent, guide plastifié", "service déchets"]]),
        H(1, "4. Découpage du projet", {"wbs": "ok"}),
        T([["Code", "Lot", "Travaux", "Responsable"],
           ["1", "Pilotage", "comités, suivi budgétaire, marchés publics", "chef de projet"],
           ["1.1", "Marchés", "marché des caméras, avenant de l'éditeur", "service achats"],
           ["2", "Service de réservation", "conception, développement, tests", "éditeur"],
           ["2.1", "Parcours habitant", "réservation, modification, annulation", "éditeur"],
           ["2.2", "Outils des agents", "tableau de bord, contrôle à l'entrée", "éditeur"],
           ["3", "Équipement des sites", "caméras, réseau, barrières", "intégrateur"],
           ["3.1", "Sites pilotes", "Tohannic, Theix, Séné", "intégrateur"],
           ["3.2", "Six autres sites", "pose et recette", "intégrateur"],
           ["4", "Conduite du changement", "communication, formation, panel d'habitants", "service déchets"]]),
        H(1, "5. Calendrier semaine par semaine", {"schedule": "ok"}),
        T([["Semaines (2027)", "Lot", "Tâche", "Durée"],
           ["S1 – S4", "1.1", "attribution du marché des caméras", "4 semaines"],
           ["S1 – S6", "2.1", "trois itérations sur le parcours habitant", "6 semaines"],
           ["S5 – S12", "3.1", "livraison et pose des caméras sur les sites pilotes", "8 semaines"],
           ["S7 – S12", "2.2", "trois itérations sur les outils des agents", "6 semaines"],
           ["S13", "3.1", "recette des sites pilotes", "1 semaine"],
           ["S14 – S22", "4", "pilote ouvert au public, panel d'habitants", "9 semaines"],
           ["S23 – S26", "2", "corrections après le pilote", "4 semaines"],
           ["S27 – S34", "3.2", "pause d'été sur les sites ; commande des caméras", "8 semaines"],
           ["S35 – S39", "3.2", "pose sur les six autres sites et ouverture", "5 semaines"]]),
        H(2, "5.1 Vue Gantt", {"gantt-chart": "empty"}),
        B("6. LES RENDEZ-VOUS QUI COMPTENT", {"milestones": "ok"}),
        T([["Date", "Jalon", "Ce qui est livré", "Validé par"],
           ["17 décembre 2026", "vote du budget", "délibération", "conseil communautaire"],
           ["29 janvier 2027", "marché des caméras attribué", "bon de commande", "commission d'appel d'offres"],
           ["29 mars 2027", "sites pilotes prêts", "procès-verbal de recette", "service déchets"],
           ["6 avril 2027", "ouverture du pilote", "réservation en ligne sur trois sites", "vice-président"],
           ["11 juin 2027", "bilan du pilote", "rapport et liste des corrections", "comité de pilotage"],
           ["30 septembre 2027", "neuf sites ouverts", "service complet", "conseil communautaire"]]),
        H(1, "7. Ce qui bloque quoi", {"dependencies-critical-path": "ok"}),
        P("La chaîne la plus longue passe par les caméras : le marché doit être attribué fin janvier, le "
          "fournisseur annonce huit semaines de livraison et de pose, puis une semaine de recette ; le pilote ne "
          "peut ouvrir qu'ensuite. Cette chaîne n'a aucune marge : une semaine perdue sur le marché repousse "
          "l'ouverture du pilote d'une semaine, et le pilote ne peut pas glisser au-delà de la mi-avril sans "
          "rater les samedis les plus chargés."),
        P("Le développement n'est pas sur cette chaîne : les outils des agents sont prêts deux semaines avant les "
          "caméras. En revanche, la généralisation dépend du bilan du pilote, et la pose sur les six autres sites "
          "ne peut commencer qu'à la fin de la pause d'été. Si le bilan de juin demande de changer les barrières, "
          "la commande tombe en juillet et la date de fin de septembre devient très serrée."),
        H(1, "8. Qui fait quoi, combien de jours", {"resources-workload": "ok"}),
        T([["Personne ou équipe", "Janv.-mars", "Avril-juin", "Juil.-sept.", "Total (jours)"],
           ["Cheffe de projet (agglomération)", "30", "25", "20", "75"],
           ["Éditeur (deux développeurs)", "110", "50", "20", "180"],
           ["Intégrateur caméras", "35", "5", "40", "80"],
           ["Agents des déchetteries (formation)", "6", "4", "12", "22"],
           ["Service communication", "8", "6", "10", "24"]]),
        H(1, "9. Si ça dérape", {"schedule-risks": "ok"}),
        P("Trois risques peuvent décaler le planning. Le marché des caméras peut être contesté par un candidat "
          "écarté : nous prévoyons dès janvier une solution de repli, le contrôle manuel des réservations par les "
          "agents avec une tablette, qui permet d'ouvrir le pilote sans lecture de plaques. Le retard de "
          "livraison se surveille chaque semaine à partir de la semaine 6 : au-delà de deux semaines de retard, on "
          "réduit le pilote à deux sites. Enfin, si moins de 40 % des passages du samedi sont réservés fin mai, "
          "nous prolongeons le pilote au lieu de lancer la suite."),
        H(1, "Glossaire", {}),
        L(["Créneau : quart d'heure réservé par un foyer sur un site.",
           "Recette : vérification, avec le fournisseur, que l'installation fait ce qui est prévu.",
           "Panel : vingt habitants volontaires qui testent chaque version."]),
    ],
    missing=["methodology-comparison", "wbs-diagram", "release-plan"],
)
