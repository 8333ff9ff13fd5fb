from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the planning of an online claims portal for a mutual health insurer in
    Brittany (Mutuelle Armor Santé), ten months, a hybrid method. Paraphrased headings, some numbered in Roman
    numerals; the comparison of methods as a level-3 table under the method; the WBS as an indented table, no
    diagram (missing); a drawn Gantt; a milestone table; no release plan (missing); the schedule risks a short
    paragraph (thin).""",
    title="Portail adhérents Armor Santé – planification du projet",
    cover=["Étude de cas 1 – Maëlle Le Goff", "Version du 20 novembre 2026"],
    blocks=[
        H(1, "I. Le cadre et nos hypothèses", {"planning-frame": "ok"}),
        P("La Mutuelle Armor Santé couvre 86 000 adhérents dans les Côtes-d'Armor et le Finistère. Aujourd'hui, "
          "un adhérent qui veut se faire rembourser des lunettes ou une consultation non télétransmise envoie "
          "ses justificatifs par courrier ou les dépose en agence ; le traitement prend en moyenne douze jours. "
          "Le cahier des charges demande un portail où l'adhérent dépose ses pièces depuis son téléphone, suit "
          "son dossier et reçoit son remboursement sous cinq jours."),
        P("Le projet démarre le 4 janvier 2027 et le portail doit être ouvert à tous les adhérents le "
          "1er octobre 2027, avant la période des renouvellements. Nous partons des hypothèses suivantes : "
          "l'équipe interne compte six personnes à plein temps, l'éditeur du logiciel de gestion livre son "
          "interface de programmation en mars, le budget de 640 000 euros est voté, et le mois d'août est "
          "neutralisé (agences fermées, moitié de l'équipe en congé). Les jours ouvrés retenus sont de 20 par mois."),
        H(1, "II. Comment nous allons travailler", {"methodology": "ok"}),
        P("Nous choisissons une approche hybride. Le cadrage, la sécurité des données de santé et la reprise "
          "des dossiers suivent un déroulé séquentiel avec des validations formelles, parce qu'ils dépendent "
          "d'acteurs extérieurs (l'éditeur, l'hébergeur certifié, le délégué à la protection des données) qui "
          "travaillent sur des jalons fixes. Le développement du portail lui-même avance en sprints de deux "
          "semaines, avec une démonstration à un panel de douze adhérents toutes les deux itérations : c'est "
          "la seule façon de vérifier tôt qu'une personne de soixante-dix ans arrive à photographier une "
          "facture et à l'envoyer."),
        P("Le comité de pilotage se réunit le premier lundi de chaque mois ; le chef de projet tient un "
          "planning unique où les sprints apparaissent comme des blocs de dix jours entre les jalons. Nous "
          "avons écarté un déroulé entièrement séquentiel, trop lent pour intégrer les retours des adhérents, "
          "et un déroulé entièrement agile, que la direction financière refuse pour un projet à budget fermé. Les sprints commencent fin mars, une fois les parcours validés par le panel, pour ne pas coder des écrans que les adhérents rejetteraient."),
        H(3, "Les trois options comparées", {"methodology-comparison": "ok"}),
        T([["Option", "Atout", "Limite", "Verdict"],
           ["Séquentiel pur", "budget et dates faciles à suivre", "retours adhérents trop tardifs", "écarté"],
           ["Agile pur", "adapté à l'interface", "refusé pour un budget fermé, dépendances externes mal tenues", "écarté"],
           ["Hybride", "jalons fermes et sprints pour l'interface", "deux rythmes à synchroniser", "retenu"]]),
        H(1, "III. Ce qu'il faut faire", {"activities": "ok"}),
        T([["Activité", "Exigence du cahier des charges", "Responsable", "Charge (jours)"],
           ["Ateliers avec les agences et les adhérents", "parcours de dépôt en moins de trois minutes", "cheffe de projet", "15"],
           ["Maquettes et tests d'utilisabilité", "accessibilité RGAA", "designer", "30"],
           ["Connexion au logiciel de gestion", "suivi du dossier en temps réel", "développeur back", "45"],
           ["Hébergement certifié données de santé", "conformité HDS", "responsable sécurité", "20"],
           ["Développement du portail et de l'appli", "dépôt par photo, notifications", "deux développeurs", "160"],
           ["Reprise des 4 200 dossiers en cours", "aucun dossier perdu", "développeur back", "25"],
           ["Formation des 38 conseillers", "agences capables d'aider", "cheffe de projet", "12"]]),
        H(1, "IV. Découpage du travail", {"wbs": "ok"}),
        T([["Code", "Lot", "Livrable"],
           ["1", "Pilotage", "planning, comptes rendus de comité"],
           ["1.1", "Cadrage", "note de cadrage validée"],
           ["2", "Conception", "parcours et maquettes"],
           ["2.1", "Tests adhérents", "rapport de tests"],
           ["3", "Réalisation", "portail et application"],
           ["3.1", "Sprints 1 à 8", "incréments démontrés"],
           ["3.2", "Connexion gestion", "interface testée"],
           ["4", "Sécurité et hébergement", "dossier HDS, audit"],
           ["5", "Déploiement", "reprise, formation, ouverture"]]),
        H(1, "V. Le calendrier", {"schedule": "ok"}),
        T([["Lot", "Début", "Fin", "Durée"],
           ["Cadrage", "4 janvier", "29 janvier", "4 semaines"],
           ["Conception et tests", "1er février", "26 mars", "8 semaines"],
           ["Sprints 1 à 8", "29 mars", "16 juillet", "16 semaines"],
           ["Connexion gestion", "15 mars", "28 mai", "11 semaines"],
           ["Hébergement et audit", "1er mars", "2 juillet", "18 semaines"],
           ["Recette et reprise", "23 août", "17 septembre", "4 semaines"],
           ["Formation et ouverture", "6 septembre", "1er octobre", "4 semaines"]]),
        H(2, "Vue Gantt", {"gantt-chart": "ok"}),
        Img(["Cadrage janv.", "Conception fév.-mars", "Sprints avr.-juil.", "Août neutralisé", "Recette sept.", "Ouverture 1er oct."],
            "Gantt simplifié : les lots externes courent en parallèle des sprints."),
        H(1, "VI. Les dates qui comptent", {"milestones": "ok"}),
        T([["Jalon", "Date", "Livrable attendu", "Qui valide"],
           ["J1 Cadrage validé", "29 janvier 2027", "note de cadrage", "comité de pilotage"],
           ["J2 Parcours figés", "26 mars 2027", "maquettes testées", "direction des prestations"],
           ["J3 Interface éditeur disponible", "28 mai 2027", "connexion testée", "DSI"],
           ["J4 Hébergement certifié", "2 juillet 2027", "attestation HDS", "responsable sécurité"],
           ["J5 Recette terminée", "17 septembre 2027", "procès-verbal de recette", "comité de pilotage"],
           ["J6 Ouverture", "1er octobre 2027", "portail ouvert à tous", "direction générale"]]),
        H(1, "VII. Ce qui dépend de quoi", {"dependencies-critical-path": "ok"}),
        P("Le chemin critique passe par l'éditeur : tant que son interface n'est pas livrée, les sprints 5 à 8 "
          "ne peuvent pas brancher le suivi du dossier, et sans ce suivi la recette ne peut pas commencer. "
          "La chaîne cadrage, conception, connexion gestion, sprints 5 à 8, recette, ouverture ne laisse "
          "aucune marge : un retard de l'éditeur se reporte jour pour jour sur l'ouverture."),
        P("L'hébergement certifié est en parallèle avec trois semaines de marge, la formation des conseillers "
          "avec une semaine. La reprise des dossiers dépend de la recette mais peut se faire en deux nuits. "
          "Nous avons placé les quatre premiers sprints sur les écrans qui ne touchent pas la gestion, pour ne "
          "pas attendre l'éditeur les bras croisés, et nous demandons une version de test de l'interface dès avril. La neutralisation d'août ne touche que la recette, qui commence le 23."),
        H(1, "VIII. Qui fait quoi, et combien", {"resources-workload": "ok"}),
        T([["Personne", "Rôle", "Jours sur le projet", "Pic de charge"],
           ["Maëlle Le Goff", "cheffe de projet", "190", "janvier, septembre"],
           ["Yannick Pérès", "développeur back", "170", "mars à mai"],
           ["Soizic Morvan", "développeuse front", "150", "avril à juillet"],
           ["Erwan Tanguy", "développeur mobile", "140", "avril à juillet"],
           ["Clara Nédélec", "designer", "70", "février, mars"],
           ["Hervé Kerjean", "responsable sécurité", "45", "mars à juin"]]),
        H(1, "IX. Si le calendrier dérape", {"schedule-risks": "thin"}),
        P("Le risque principal reste le retard de l'éditeur. Si la version de test n'est pas là le 30 avril, "
          "nous décalons l'ouverture aux seules agences du Finistère au 1er octobre et ouvrons le reste en "
          "novembre."),
    ],
    missing=["wbs-diagram", "release-plan"],
)
