from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: Transports Cazals, a family haulier of Rodez (140 drivers), creates a small
    digital team to replace its planning spreadsheets with a transport management system and to use its
    telematics data; it recruits a TMS project lead and a transport data analyst. The authors' own headings,
    questions and a name plus words; the organisation chart is a drawn picture under the context; one form per
    job under two headings (split); the soft skills are four short bullets (thin); no requirements grid
    (missing, optional section).""",
    title="Transports Cazals – deux recrutements pour la cellule digitale",
    cover=["Étude de cas 2 · Fiches de poste", "Rédigé par Margaux Vidal et Thomas Bousquet, décembre 2026"],
    blocks=[
        H(1, "Qui est Cazals aujourd'hui ?", {"company-context": "ok"}),
        P("Transports Cazals est une entreprise familiale fondée en 1962 à Rodez. Elle emploie 185 personnes, dont "
          "140 conducteurs, et fait rouler 120 tracteurs et 60 porteurs pour la grande distribution, les "
          "coopératives laitières de l'Aveyron et deux industriels de la mécanique. Le chiffre d'affaires 2025 "
          "atteint 31 millions d'euros, pour une marge nette de 1,8 %, ce qui est dans la moyenne du secteur mais "
          "laisse peu de place aux erreurs."),
        P("Le planning des tournées est encore fait par quatre exploitants sur des tableurs partagés, à partir des "
          "commandes reçues par courriel et par téléphone. Les camions sont équipés de boîtiers télématiques depuis "
          "2021, mais personne n'exploite les données qu'ils remontent : consommation, temps d'attente chez les "
          "clients, kilomètres à vide. La direction, reprise en 2024 par Claire Cazals, petite-fille du fondateur, "
          "a décidé de créer une cellule digitale de trois personnes rattachée à la direction des opérations. Elle "
          "pilotera l'achat et le déploiement d'un logiciel de gestion du transport (TMS) en 2027, puis l'analyse "
          "des données des camions. Le DSI actuel, seul informaticien de l'entreprise, garde l'infrastructure et "
          "le support ; il intégrera la cellule à mi-temps."),
        H(2, "La cellule dans l'entreprise", {"organisation-chart": "ok"}),
        Img(["Direction générale", "Direction des opérations", "Cellule digitale", "Exploitation (4)",
             "Ateliers"],
            caption="La cellule digitale, rattachée à la direction des opérations, à côté de l'exploitation."),
        H(1, "Pourquoi recruter, et qui ?", {"skills-needs": "ok"}),
        P("Personne dans l'entreprise n'a déjà conduit un projet logiciel de cette taille. Les exploitants "
          "connaissent parfaitement les clients, les contraintes des conducteurs et les règles de temps de "
          "conduite, mais ils n'ont ni le temps ni l'expérience pour rédiger un cahier des charges, comparer des "
          "éditeurs et piloter une mise en service sans arrêter l'activité. Le DSI connaît le réseau et les "
          "serveurs, pas les métiers du transport. Un cabinet de conseil a été consulté : son devis de 140 000 "
          "euros pour l'accompagnement complet a convaincu la direction qu'il valait mieux recruter."),
        P("Il manque deux compétences. D'abord, quelqu'un qui sache conduire le projet TMS de bout en bout : "
          "recueillir les besoins des exploitants, choisir l'éditeur, organiser la reprise des données et former "
          "les équipes. Ensuite, quelqu'un qui sache transformer les données des boîtiers et du futur TMS en "
          "indicateurs utiles aux exploitants et à la direction : taux de kilomètres à vide, attente chez les "
          "clients, consommation par conducteur. Les deux personnes travailleront ensemble tous les jours et avec "
          "les exploitants, dans un bureau à côté du quai ; elles doivent donc comprendre un métier où l'on "
          "commence à cinq heures du matin."),
        H(2, "Les deux postes en bref", {"jobs-list": "ok"}),
        T([["Poste", "Contrat", "Rattachement", "Arrivée souhaitée"],
           ["Chef(fe) de projet TMS", "CDI, cadre", "directeur des opérations", "mars 2027"],
           ["Data analyst transport", "CDI, agent de maîtrise puis cadre", "cheffe de projet TMS", "juin 2027"]]),
        H(1, "Fiche 1 : chef(fe) de projet TMS", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "Conduire le choix et le déploiement du TMS, puis en devenir le responsable fonctionnel"],
           ["Activités", "ateliers avec les exploitants, cahier des charges, consultation de trois éditeurs, "
                         "recette, reprise des données, formation, suivi des évolutions"],
           ["Lieu", "Rodez, siège et quai ; déplacements ponctuels chez l'éditeur"],
           ["Horaires", "journée, avec des présences à 5 h pendant la mise en service"],
           ["Expérience", "cinq ans dans la conduite de projets logiciels, idéalement en transport ou logistique"],
           ["Rémunération", "48 000 à 55 000 euros brut annuels, véhicule de service"]]),
        H(1, "Fiche 2 : data analyst transport", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "Transformer les données des camions et du TMS en indicateurs suivis chaque semaine"],
           ["Activités", "extraction des données télématiques, tableaux de bord Power BI, analyses à la demande "
                         "des exploitants, suivi de la consommation et des kilomètres à vide"],
           ["Lieu", "Rodez, bureau de la cellule digitale"],
           ["Horaires", "journée, télétravail possible un jour par semaine"],
           ["Expérience", "premier poste accepté, stage ou alternance en analyse de données exigé"],
           ["Rémunération", "36 000 à 42 000 euros brut annuels"]]),
        H(1, "Compétences techniques attendues", {"key-competences": "ok"}),
        T([["Compétence", "Chef(fe) de projet TMS", "Data analyst", "Niveau attendu"],
           ["Conduite de projet logiciel", "indispensable", "utile", "confirmé / notions"],
           ["Connaissance du transport routier", "indispensable", "souhaitée", "bonne / à acquérir"],
           ["SQL et modélisation de données", "notions", "indispensable", "notions / confirmé"],
           ["Power BI ou outil équivalent", "utile", "indispensable", "notions / confirmé"],
           ["Réglementation temps de conduite", "indispensable", "souhaitée", "bonne / notions"]]),
        H(1, "Savoir-être", {"transversal-skills": "thin"}),
        L(["Patience avec des exploitants qui n'ont pas demandé ce changement",
           "Sens pédagogique",
           "Rigueur dans les chiffres",
           "Capacité à dire non à un client interne"]),
        H(1, "Le profil idéal existe-t-il ?", {"profile-fit": "ok"}),
        P("Pour le poste de chef(fe) de projet, nous avons croisé nos exigences avec une dizaine de profils "
          "publiés sur LinkedIn dans la région. Ceux qui réunissent la conduite de projet logiciel et une "
          "expérience du transport travaillent presque tous chez des éditeurs ou de grands groupes, à Toulouse ou "
          "à Lyon, et demandent plus que notre fourchette. Nous avons donc classé les exigences : la conduite de "
          "projet et l'aisance avec les équipes terrain sont non négociables, la connaissance du transport peut "
          "s'acquérir en six mois si la personne vient de la logistique ou de la distribution. Cela élargit "
          "fortement le vivier et rend la fourchette de salaire réaliste."),
        P("Pour le poste de data analyst, le risque est inverse : des jeunes diplômés très à l'aise avec les "
          "outils, mais qui n'ont jamais vu un quai. Nous demandons un stage ou une alternance en analyse de "
          "données et nous prévoyons deux semaines d'immersion, dont trois jours dans la cabine d'un conducteur. "
          "L'exigence d'habiter à moins d'une heure de Rodez a été retirée de la fiche : elle n'était justifiée "
          "par aucune mission, et elle aurait écarté des candidats de Toulouse prêts à déménager."),
    ],
    missing=["requirements-grid"],
)
