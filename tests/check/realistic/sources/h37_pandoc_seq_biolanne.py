from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="pandoc",
    language="fr",
    notes="""Held-out round 37, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French, a network of eleven medical laboratories moving to online appointment booking. The authors number
    their own headings, some in UPPER CASE; the week-by-week table and the Gantt picture sit under one heading
    (schedule and Gantt chart merged); the tree diagram heading was left with nothing under it (empty); the
    release plan was deleted (missing); a closing section of their own.""",
    title="Biolanne – Planification du projet « Rendez-vous en ligne »",
    cover=["Étude de cas n° 1 – Groupe 4 : Léa Fontaine, Karim Haddad", "Novembre 2026"],
    blocks=[
        H(1, "1. LE PROJET EN QUELQUES CHIFFRES", {"planning-frame": "ok"}),
        P("Biolanne regroupe onze laboratoires d'analyses médicales entre Poitiers et Niort. Aujourd'hui, 70 % "
          "des patients viennent sans rendez-vous et l'attente dépasse 40 minutes le lundi matin. La direction veut "
          "ouvrir la prise de rendez-vous en ligne dans les onze sites avant le 30 juin 2027, pour un budget de "
          "185 000 euros, prestataire compris."),
        P("Nous partons de plusieurs hypothèses : le prestataire retenu (Doctolab) livre une plateforme déjà "
          "utilisée ailleurs, il ne reste qu'à la paramétrer et à la relier au logiciel de laboratoire ; chaque "
          "site garde ses horaires ; deux biologistes et la responsable qualité sont disponibles un jour par "
          "semaine ; aucune ouverture n'a lieu en août ni pendant la semaine de Noël. L'équipe projet compte cinq "
          "personnes internes et deux consultants du prestataire. Le projet démarre le 4 janvier 2027 et se termine "
          "par un bilan remis au comité de direction début juillet."),
        H(1, "2. Comment nous allons travailler : un cycle hybride", {"methodology": "ok"}),
        P("Nous avons choisi de mener le projet en deux temps. La partie contractuelle et technique (interface "
          "avec le logiciel de laboratoire, hébergement des données de santé, validation par le délégué à la "
          "protection des données) suit un déroulé classique par phases, car chaque étape doit être signée avant "
          "la suivante et les exigences sont connues dès le départ."),
        P("Le paramétrage des parcours patients, en revanche, avance par itérations de deux semaines : à la fin "
          "de chaque itération, un site pilote teste les écrans et les créneaux avec de vrais patients, et la "
          "secrétaire médicale du site donne son avis lors d'une courte revue. Ce rythme nous permet de corriger "
          "les motifs de rendez-vous, les consignes de jeûne ou les durées de prélèvement avant de les étendre aux "
          "autres sites. Le comité de pilotage se réunit toutes les quatre semaines et arbitre entre les deux "
          "volets. Ce choix tient compte d'une équipe habituée aux procédures qualité, qui n'a jamais travaillé en "
          "mode agile : nous limitons l'agilité à la partie où elle apporte vraiment quelque chose."),
        H(2, "2.1 Cycle en V, agile ou les deux ?", {"methodology-comparison": "ok"}),
        T([["Critère", "Cycle en V", "Agile pur", "Hybride (retenu)"],
           ["Exigences réglementaires", "bien tracées", "difficiles à tracer", "tracées sur le volet technique"],
           ["Retours des patients", "tardifs", "rapides", "rapides sur les parcours"],
           ["Habitudes de l'équipe", "connues", "à apprendre", "apprentissage limité"],
           ["Risque de dérive du périmètre", "faible", "élevé", "moyen"]]),
        H(1, "3. Ce qu'il faut faire", {"activities": "ok"}),
        T([["Activité", "Exigence du cahier des charges", "Responsable"],
           ["Signer le contrat et l'annexe données de santé", "hébergement certifié", "Direction"],
           ["Relier la plateforme au logiciel de laboratoire", "créneaux synchronisés", "DSI"],
           ["Paramétrer motifs, durées et consignes", "parcours patient clair", "Qualité"],
           ["Former les secrétaires des onze sites", "adoption par le personnel", "Chef de projet"],
           ["Informer les patients et les médecins prescripteurs", "taux d'usage de 30 %", "Communication"]]),
        H(1, "4. DÉCOUPAGE DU PROJET", {"wbs": "ok"}),
        T([["Code", "Lot", "Tâche", "Durée (jours)"],
           ["1.1", "Cadrage", "contrat et annexe données", "10"],
           ["1.2", "Cadrage", "analyse d'impact vie privée", "8"],
           ["2.1", "Technique", "interface logiciel de laboratoire", "25"],
           ["2.2", "Technique", "tests d'intégration", "10"],
           ["3.1", "Parcours", "itérations sur le site pilote", "30"],
           ["4.1", "Déploiement", "vagues de sites et formation", "35"],
           ["5.1", "Clôture", "bilan et passage en exploitation", "5"]]),
        H(2, "4.1 Schéma de l'arborescence", {"wbs-diagram": "empty"}),
        H(1, "5. Calendrier semaine par semaine", {"schedule": "ok", "gantt-chart": "ok"}),
        T([["Période", "Lot", "Contenu", "Sites concernés"],
           ["janv. 2027", "Cadrage", "contrat, analyse d'impact", "aucun"],
           ["févr.-mars 2027", "Technique", "interface et tests", "aucun"],
           ["mars-avril 2027", "Parcours", "trois itérations", "Poitiers-Gare (pilote)"],
           ["mai 2027", "Déploiement vague 1", "formation et ouverture", "Poitiers x3, Chasseneuil"],
           ["juin 2027", "Déploiement vague 2", "formation et ouverture", "Niort x4, Parthenay, Melle"],
           ["fin juin 2027", "Clôture", "bilan", "tous"]]),
        Img(["Cadrage janv.", "Technique févr.-mars", "Parcours mars-avril", "Vague 1 mai", "Vague 2 juin"],
            "Diagramme de Gantt simplifié : les lots se chevauchent de deux semaines entre technique et parcours."),
        H(1, "6. JALONS", {"milestones": "ok"}),
        T([["Jalon", "Date", "Livrable", "Validé par"],
           ["J1 contrat signé", "29/01/2027", "contrat et annexe", "Directeur général"],
           ["J2 interface validée", "26/03/2027", "procès-verbal de tests", "DSI"],
           ["J3 pilote concluant", "23/04/2027", "bilan du pilote", "Comité de pilotage"],
           ["J4 onze sites ouverts", "25/06/2027", "sites en ligne", "Comité de pilotage"]]),
        H(1, "7. Ce qui bloque quoi", {"dependencies-critical-path": "ok"}),
        P("La chaîne la plus longue part de la signature du contrat : sans l'annexe sur l'hébergement des données "
          "de santé, le prestataire ne peut pas ouvrir l'environnement de test, donc l'interface avec le logiciel "
          "de laboratoire ne peut pas démarrer. Les tests d'intégration dépendent de l'interface, et le pilote de "
          "Poitiers-Gare ne peut accueillir de vrais patients qu'une fois ces tests signés. Chaque vague de "
          "déploiement attend à son tour le bilan du pilote."),
        P("Cette chaîne contrat, interface, tests, pilote, vagues totalise 118 jours ouvrés pour 122 disponibles : "
          "il ne reste que quatre jours de marge. La formation des secrétaires et la communication aux médecins "
          "ont, elles, plusieurs semaines de battement, car elles peuvent se préparer en parallèle dès mars. Nous "
          "suivons donc en priorité, chaque semaine, l'avancement de l'interface, "
          "et tout retard de plus de deux jours remonte au comité de pilotage."),
        H(1, "8. Qui fait quoi, combien de jours", {"resources-workload": "ok"}),
        T([["Personne", "Rôle", "Jours sur le projet", "Pic de charge"],
           ["Léa Fontaine", "cheffe de projet", "90", "mai"],
           ["Karim Haddad", "DSI", "45", "février-mars"],
           ["Dr Morel", "biologiste référente", "20", "avril"],
           ["Sandrine Piet", "responsable qualité", "25", "janvier et avril"],
           ["Consultants Doctolab", "paramétrage", "40", "mars-avril"]]),
        H(1, "9. ET SI ÇA DÉRAPE ?", {"schedule-risks": "ok"}),
        P("Le risque principal est un retard de l'éditeur du logiciel de laboratoire sur l'interface : s'il n'a "
          "pas livré la première version au 1er mars, nous alertons le comité et reportons la vague de Niort en "
          "septembre plutôt que de la compresser. Deuxième risque : l'absence d'une secrétaire formée sur un petit "
          "site. Nous formons donc deux personnes par site. Troisième risque : un pilote décevant, avec moins de "
          "15 % de rendez-vous pris en ligne après trois semaines ; nous ajoutons alors une itération avant "
          "d'étendre. Ces trois "
          "signaux sont relus chaque vendredi en réunion d'équipe."),
        H(1, "10. Pour finir", {}),
        P("Ce planning tient dans les délais voulus par la direction à condition de tenir le chemin critique. "
          "Nous le mettrons à jour chaque vendredi."),
    ],
    missing=["release-plan"],
)
