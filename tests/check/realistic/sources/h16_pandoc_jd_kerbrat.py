from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, French: Les Serres de Kerbrat, a family tomato grower near Plougastel, automates two glasshouses and
    describes the two jobs it must create. Headings in the author's words, one of them a question, numbered with
    Roman numerals; the two job forms as tables under two headings (one section split in two); the technical skills
    and the personal qualities each as a table; no organisation chart (missing); the needs section names the two jobs
    in its prose but nowhere lists the roles to cover (missing); a requirements grid announced with nothing under it (empty).""",
    title="Les Serres de Kerbrat – Deux recrutements pour les serres connectées",
    cover=["Cas d'étude 2 – fiches de poste", "Gwenaëlle Kerbrat, décembre 2026"],
    blocks=[
        H(1, "I. Une exploitation familiale qui change d'échelle", {"company-context": "ok"}),
        P("Les Serres de Kerbrat cultivent des tomates et des fraises hors sol depuis 1987 à Plougastel-Daoulas, "
          "sur six hectares de serres chauffées. L'entreprise appartient à la famille ; mon père, Yann Kerbrat, "
          "la dirige avec ma mère, et je l'ai rejointe il y a deux ans après un master en agronomie. Nous "
          "employons 22 salariés permanents et jusqu'à 45 saisonniers au printemps. Toute la production part à "
          "la coopérative Savéol, qui la commercialise sous sa marque."),
        P("En 2027, nous remplaçons les automates des deux plus anciennes serres par un système de pilotage "
          "climatique relié à des capteurs : température, humidité, CO2, arrosage et écrans thermiques seront "
          "réglés en continu, serre par serre, et suivis sur tablette. Le projet coûte 640 000 euros, dont un "
          "tiers financé par le plan de modernisation agricole de la Région. Il doit réduire de 25 % la "
          "consommation de gaz et de 15 % celle d'eau, tout en gardant le rendement."),
        P("Aujourd'hui, les réglages sont faits à la main par le chef de culture, Loïc, qui a 61 ans et part à "
          "la retraite fin 2028. Personne d'autre ne sait lire les courbes climatiques ni réparer une vanne "
          "motorisée. L'équipe est soudée, habituée à travailler dehors et tôt le matin, et plutôt méfiante "
          "envers les écrans : c'est un point important pour les deux personnes que nous cherchons."),
        H(1, "II. De quoi avons-nous besoin ?", {"skills-needs": "ok"}),
        P("Le nouveau système ne marchera que si quelqu'un le fait vivre au quotidien. Nous avons listé avec le "
          "fournisseur et avec Loïc ce qu'il faudra savoir faire : entretenir les capteurs et les moteurs, "
          "intervenir en urgence quand une serre surchauffe un dimanche de juin, paramétrer les consignes "
          "climatiques culture par culture, analyser les données pour décider des réglages, et transmettre ce "
          "savoir à l'équipe. Une seule personne ne peut pas tout couvrir : les profils qui savent réparer une "
          "chaudière savent rarement régler le climat d'une culture de tomates, et l'inverse est aussi vrai."),
        P("Nous créons donc deux postes. Le premier est un technicien de maintenance des installations, qui "
          "s'occupe du matériel, de l'électricité et des astreintes. Le second est un conducteur de culture "
          "spécialisé dans le pilotage climatique, qui travaillera d'abord avec Loïc avant de prendre sa suite "
          "pour la partie climat. Les deux doivent accepter les horaires agricoles et la chaleur des serres, et "
          "savoir expliquer ce qu'ils font à des collègues qui n'ont pas demandé ce changement."),
        H(1, "III. Fiche n° 1 : technicien(ne) de maintenance des serres", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Intitulé", "Technicien(ne) de maintenance des installations de serres"],
           ["Rattachement", "directeur d'exploitation (Yann Kerbrat)"],
           ["Missions", "maintenance préventive et curative des capteurs, moteurs d'ouvrants, pompes et chaudières ; astreinte une semaine sur trois"],
           ["Activités clés", "tournée quotidienne des serres, diagnostic des pannes, tenue du registre d'entretien, relation avec les fournisseurs"],
           ["Contrat", "CDI, 39 h annualisées, salaire 2 300 à 2 600 € brut selon expérience, prime d'astreinte"],
           ["Lieu", "Plougastel-Daoulas, sur le site"]]),
        H(1, "IV. Fiche n° 2 : conducteur(trice) de culture – pilotage climatique", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Intitulé", "Conducteur(trice) de culture spécialisé(e) en pilotage climatique"],
           ["Rattachement", "chef de culture, puis direction d'exploitation à partir de 2029"],
           ["Missions", "définir et ajuster les consignes de climat et d'irrigation, suivre les indicateurs de rendement et de consommation"],
           ["Activités clés", "lecture quotidienne des courbes, réglages sur tablette, réunions hebdomadaires avec l'équipe, rapport mensuel à la direction"],
           ["Contrat", "CDI, cadre au forfait jours, 34 à 38 k€ brut par an"],
           ["Lieu", "Plougastel-Daoulas, déplacements ponctuels à la coopérative"]]),
        H(1, "V. Savoir-faire attendus", {"key-competences": "ok"}),
        T([["Compétence", "Technicien(ne)", "Conducteur(trice) de culture", "Niveau attendu"],
           ["Électrotechnique, automatismes", "indispensable", "utile", "autonome"],
           ["Hydraulique et chauffage", "indispensable", "utile", "autonome"],
           ["Agronomie des cultures sous serre", "utile", "indispensable", "confirmé"],
           ["Lecture et analyse de données climatiques", "utile", "indispensable", "confirmé"],
           ["Logiciel de pilotage climatique", "utilisateur", "expert", "formé par le fournisseur"]]),
        H(1, "VI. Savoir-être", {"transversal-skills": "ok"}),
        T([["Qualité", "Pourquoi chez nous", "Comment nous la vérifions"],
           ["Pédagogie", "l'équipe doit adopter le nouveau système sans se sentir dépossédée", "mise en situation : expliquer un réglage à un saisonnier"],
           ["Sang-froid", "une panne de chauffage en février peut détruire une serre en une nuit", "récit d'une urgence vécue, en entretien"],
           ["Rigueur", "chaque réglage et chaque intervention doit être tracé", "exercice sur un registre d'entretien réel"],
           ["Goût du travail d'équipe", "petite entreprise, tout le monde dépanne tout le monde", "demi-journée d'essai avec l'équipe"]]),
        P("Ces qualités valent pour les deux postes ; la pédagogie pèse le plus, car c'est elle qui décidera si "
          "l'équipe accepte ou contourne le nouveau système."),
        H(1, "VII. Quel profil pour chaque poste ?", {"profile-fit": "ok"}),
        P("Pour le poste de technicien, nous cherchons plutôt une personne avec un BTS maintenance des systèmes "
          "ou électrotechnique et trois ans d'expérience, en agriculture, en agroalimentaire ou dans le "
          "chauffage. L'habitude des astreintes compte plus que le diplôme : quelqu'un qui a déjà été appelé la "
          "nuit pour une chaudière saura quoi faire. Nous ne demandons pas de connaître les cultures, Loïc et "
          "l'équipe s'en chargeront."),
        P("Pour le conducteur de culture, il faut à l'inverse une vraie base agronomique, un BTSA production "
          "horticole ou une licence professionnelle, et une première expérience sous serre. Le goût des chiffres "
          "est indispensable, car le poste consiste à transformer des courbes en décisions. Nous savons que ce "
          "profil est rare en Bretagne et convoité par les grandes exploitations : nous mettrons en avant la "
          "perspective de reprendre la partie climat du chef de culture, une vraie marge de décision et un "
          "logement possible sur place la première année. Nous accepterons un profil plus junior si la personne "
          "montre pendant la mise en situation qu'elle sait expliquer ses choix à l'équipe."),
        H(2, "Grille de sélection", {"requirements-grid": "empty"}),
    ],
    missing=["organisation-chart", "jobs-list"],
)
