from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: Navéo, a 41-person maker of sailing-boat electronics in La Rochelle, recruits
    an embedded software developer and a customer support technician for its new connected autopilot. Four
    headings in UPPER CASE, the others in the author's words; the team drawn as a picture; the embedded developer's
    form as a two-column table (the support role only listed); the soft skills table kept very short (thin); no
    requirements grid anywhere (missing); a closing section of the author's own on the hiring process.""",
    missing=["requirements-grid"],
    title="Navéo – recruter pour le pilote automatique connecté",
    cover=["Étude de cas 2 – fiches de poste", "Hugo Mercier, directeur technique – décembre 2026"],
    blocks=[
        H(1, "QUI SOMMES-NOUS ?", {"company-context": "ok"}),
        P("Navéo conçoit et fabrique depuis 2012, à La Rochelle, des instruments électroniques pour voiliers de "
          "croisière : girouettes-anémomètres, sondeurs, répétiteurs de cockpit. Nous sommes 41 salariés, dont "
          "onze au bureau d'études, et nous réalisons 7,8 millions d'euros de chiffre d'affaires, aux deux tiers à "
          "l'export, surtout vers l'Allemagne et la Scandinavie. Nos clients sont les chantiers navals qui montent "
          "nos produits en première monte et les shipchandlers qui les revendent aux plaisanciers."),
        P("En 2027, nous lançons notre premier pilote automatique connecté, le Navéo Helm. Il se règle depuis un "
          "téléphone, reçoit ses mises à jour à distance et remonte des données de navigation au service client. "
          "Ce produit change notre métier : nous vendions du matériel, nous allons aussi maintenir du logiciel "
          "embarqué et répondre à des plaisanciers qui appellent depuis la mer. Le bureau d'études n'a qu'un seul "
          "développeur embarqué, et le service client, deux personnes formées au matériel, ne sait pas encore "
          "diagnostiquer une application. Je dirige l'équipe technique et je rédige ce dossier avec Sophie Garnier, "
          "responsable des ressources humaines."),
        H(2, "L'équipe technique aujourd'hui", {"organisation-chart": "ok"}),
        Img(["Direction générale", "Direction technique", "Bureau d'études (11)", "Production (18)",
             "Service client (2)"],
            "L'équipe en janvier 2027 ; les deux recrues rejoindront le bureau d'études et le service client."),
        H(1, "CE QUI NOUS MANQUE", {"skills-needs": "ok"}),
        P("Le pilote automatique repose sur un calculateur qui lit le compas, l'anémomètre et la position, puis "
          "commande un vérin. Ce logiciel doit être fiable en toute circonstance : un pilote qui décroche par "
          "trente nœuds de vent met l'équipage en danger. Notre seul développeur embarqué, Romain, a écrit la "
          "première version ; il ne peut pas à la fois la sécuriser, préparer la certification européenne des "
          "équipements radio et développer les mises à jour à distance. Nous avons besoin d'une deuxième personne "
          "solide en C embarqué et en systèmes temps réel, capable de reprendre son code et de le documenter."),
        P("Le second besoin est au service client. Avec un produit connecté, les appels changeront de nature : "
          "appairage Bluetooth raté, mise à jour interrompue, application qui ne trouve plus le bateau. Nos deux "
          "techniciens connaissent parfaitement le matériel mais pas les téléphones ni les journaux du "
          "calculateur. Nous voulons un technicien support qui fasse le lien entre le plaisancier, le "
          "shipchandler et le bureau d'études, en français et en anglais, et qui rédige la base de réponses que "
          "nos revendeurs utiliseront. Nous avons écarté l'idée d'un centre d'appels externe : la connaissance "
          "des bateaux ne s'achète pas au forfait."),
        H(2, "Deux postes ouverts", {"jobs-list": "ok"}),
        T([["Intitulé", "Équipe", "Contrat", "Prise de poste", "Rémunération brute annuelle"],
           ["Développeur(se) logiciel embarqué", "bureau d'études", "CDI, La Rochelle", "mars 2027",
            "46 000 à 54 000 €"],
           ["Technicien(ne) support produits connectés", "service client", "CDI, La Rochelle",
            "avril 2027", "32 000 à 36 000 €"]]),
        H(1, "Fiche de poste : développeur(se) logiciel embarqué", {"job-description": "ok"}),
        T([["Rubrique", "Détail"],
           ["Raison d'être du poste", "Rendre le logiciel du pilote Helm sûr, maintenable et mis à jour à distance"],
           ["Missions", "reprendre et documenter le code du calculateur ; écrire les tests sur banc ; développer "
            "les mises à jour par radio ; préparer le dossier de certification des équipements radio"],
           ["Rattachement", "directeur technique ; travail en binôme avec le développeur embarqué en place"],
           ["Relations", "électroniciens, production, service client, laboratoire de certification"],
           ["Conditions", "essais en mer quatre à six jours par an ; pas d'astreinte"],
           ["Profil", "ingénieur ou master en systèmes embarqués, trois ans d'expérience en C sur microcontrôleur, "
            "anglais technique courant"]]),
        H(1, "Compétences clés", {"key-competences": "ok"}),
        T([["Compétence", "Développeur(se) embarqué", "Technicien(ne) support", "Niveau visé"],
           ["C sur microcontrôleur, temps réel", "indispensable", "non", "confirmé"],
           ["Protocoles NMEA 2000 et Bluetooth", "indispensable", "utile", "confirmé pour le développeur"],
           ["Tests sur banc et intégration continue", "indispensable", "non", "autonome"],
           ["Diagnostic d'une application mobile", "utile", "indispensable", "autonome"],
           ["Connaissance de la voile", "appréciée", "indispensable", "pratiquant"],
           ["Anglais", "lu et écrit", "parlé au téléphone", "B2"]]),
        H(2, "SAVOIR-ÊTRE", {"transversal-skills": "thin"}),
        T([["Qualité", "Pourquoi"],
           ["Rigueur", "un défaut logiciel peut mettre un équipage en danger"],
           ["Patience", "les clients appellent parfois depuis un bateau en difficulté"],
           ["Esprit d'équipe", "petit bureau d'études"]]),
        H(1, "Le bon profil pour nous", {"profile-fit": "ok"}),
        P("Pour le poste de développeur, le point qui ne se négocie pas est l'expérience du C embarqué sur des "
          "systèmes où une panne a des conséquences : automobile, ferroviaire, médical ou aéronautique. Un "
          "candidat qui vient du web, même brillant, mettrait trop longtemps à s'approprier nos contraintes. En "
          "revanche, nous ne demandons pas de connaître la voile : Romain et nos essais en mer s'en chargeront. "
          "Les protocoles marins s'apprennent en quelques semaines si la base est solide, et nous prévoyons un mois de binôme avec lui avant toute livraison."),
        P("Pour le technicien support, c'est l'inverse : la pratique de la voile et la connaissance des bateaux "
          "comptent plus que le diplôme. Un ancien moniteur de voile ou un électronicien de chantier naval, à "
          "l'aise avec un téléphone et un ordinateur, sera formé chez nous à l'application. Nous vérifierons "
          "l'anglais parlé par un appel simulé pendant l'entretien. Pour les deux postes, nous préférons une "
          "personne qui pose des questions et dit quand elle ne sait pas plutôt qu'un profil qui coche toutes "
          "les cases mais travaille seul."),
        H(1, "CALENDRIER ET PROCESSUS"),
        P("Annonces publiées mi-janvier sur notre site, l'APEC et les groupes régionaux de l'industrie nautique ; "
          "entretien avec la RH, puis exercice technique et rencontre avec l'équipe ; décision sous trois "
          "semaines."),
    ],
)
