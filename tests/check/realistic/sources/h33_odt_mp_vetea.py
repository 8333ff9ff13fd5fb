from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the new operations manager of Vétéa, five veterinary clinics around
    Clermont-Ferrand opening online booking, a night phone line and video follow-up visits, plans how her team of
    eighteen veterinary assistants grows and changes by 2028. Almost every heading is a question in her own words;
    the people review and the onboarding weeks are tables under their own sub-headings; the training needs in two
    short paragraphs (thin); no career development actions anywhere (missing); the 2028 organisation as a drawn
    chart under a sub-heading of its own; budget and calendar each a table; follow-up figures as a table under a question.""",
    title="Vétéa – Qui fera tourner nos cliniques en 2028 ?",
    cover=["Plan de management – équipe des auxiliaires vétérinaires",
           "Aurélie Mandon, responsable des opérations – décembre 2026"],
    blocks=[
        H(1, "Que faut-il retenir ?", {"executive-summary": "ok"}),
        P("Vétéa réunit cinq cliniques vétérinaires autour de Clermont-Ferrand, 14 vétérinaires et 18 auxiliaires "
          "spécialisées vétérinaires (ASV). En 2027, nous ouvrons la prise de rendez-vous en ligne, une ligne "
          "téléphonique de nuit partagée entre les cinq cliniques et des visites de suivi en vidéo pour les "
          "animaux opérés. Ces trois services changent surtout le travail des ASV : moins d'accueil au comptoir, "
          "plus de téléphone, de messages et de coordination. Ce plan prévoit trois recrutements d'ici 2028, une "
          "coordinatrice de planning, une ASV référente de la ligne de nuit et un chargé des outils numériques, un "
          "accueil de six semaines pour chaque arrivée, et un plan de formation pour les dix-huit ASV actuelles, "
          "que nous voulons garder. Le coût hors salaires est de 47 000 euros sur deux ans. Le but est que chaque "
          "propriétaire obtienne une réponse en moins de dix minutes, jour et nuit, sans épuiser l'équipe."),
        H(1, "Où en sommes-nous, et pourquoi changer ?", {"strategy-context": "ok"}),
        P("Le groupe a été formé en 2019 par le rapprochement de trois cliniques familiales, puis de deux autres "
          "en 2022. Il réalise 6,2 millions d'euros de chiffre d'affaires, pour moitié en médecine des chiens et "
          "chats, pour un quart en chirurgie et pour le reste en rurale, auprès des élevages du Livradois. Chaque "
          "clinique a gardé son téléphone, son agenda papier ou informatique et ses habitudes. Les propriétaires "
          "attendent parfois vingt minutes au bout du fil le samedi matin, et la nuit, les urgences sont "
          "renvoyées vers un service de garde de Lyon qui nous coûte 38 000 euros par an."),
        P("Le conseil des associés a décidé en octobre un plan en trois points : un seul agenda en ligne pour les "
          "cinq cliniques, une ligne de nuit tenue par nos propres équipes à tour de rôle, et un suivi "
          "post-opératoire en vidéo qui évite aux propriétaires de revenir pour un contrôle de cinq minutes. "
          "L'objectif est de fidéliser une clientèle qui compare désormais les cliniques sur internet et de "
          "mieux répartir la charge entre les sites."),
        P("L'équipe des ASV compte dix-huit personnes, seize femmes et deux hommes, de 22 à 58 ans. Onze ont le "
          "diplôme d'ASV de niveau 5, quatre sont en cours de formation en alternance et trois ont appris sur le "
          "terrain. Elles sont attachées chacune à une clinique et ne connaissent pas les autres sites. Deux "
          "départs en 2026 ont été justifiés par la fatigue des samedis, et l'absentéisme atteint 7 %."),
        H(2, "Qui fait quoi aujourd'hui ?", {"people-review": "ok"}),
        T([["Clinique", "ASV", "Diplômées", "Points forts", "À surveiller"],
           ["Aubière", "5", "4", "chirurgie, gestion du stock", "samedis chargés"],
           ["Riom", "4", "2", "accueil, rurale", "deux alternantes à encadrer"],
           ["Issoire", "3", "2", "imagerie", "une départ en retraite en 2027"],
           ["Thiers", "3", "2", "relation client", "aucune à l'aise avec l'informatique"],
           ["Ambert", "3", "1", "rurale, élevages", "isolement du site"]]),
        H(1, "Quels postes nous manquent ?", {"key-functions": "ok"}),
        P("Trois fonctions n'existent pas chez nous et ne peuvent pas être tenues en plus du travail actuel. Nous "
          "les avons classées par ordre d'urgence, d'après la date d'ouverture de chaque service."),
        T([["Poste", "Pourquoi", "Profil", "Arrivée"],
           ["Coordinatrice de planning", "un seul agenda pour cinq cliniques et quatorze vétérinaires",
            "ASV expérimentée ou assistante de direction", "mars 2027"],
           ["ASV référente de nuit", "organiser la ligne de nuit, former celles qui la tiennent",
            "ASV diplômée, cinq ans d'expérience", "juin 2027"],
           ["Chargé des outils numériques", "agenda en ligne, vidéo, dossiers patients", "technicien, BTS "
            "informatique ou équivalent", "janvier 2028"]]),
        P("La coordinatrice pourra être recrutée en interne : deux ASV d'Aubière ont déjà manifesté leur intérêt."),
        H(1, "Comment accueillir celles et ceux qui arrivent ?", {"onboarding": "ok"}),
        P("Chez nous, un nouvel arrivant découvre aujourd'hui la clinique le matin même, reçoit une blouse et "
          "suit une collègue. Nous voulons faire mieux, parce que les trois nouveaux postes sont transversaux et "
          "qu'ils devront se faire accepter de cinq équipes qui ne se connaissent pas."),
        P("Avant l'arrivée, le contrat, la mutuelle et l'inscription au registre du personnel sont faits par le "
          "cabinet comptable ; la personne reçoit un livret d'accueil, la liste des cliniques et le nom de sa "
          "marraine. Le premier jour, elle est accueillie par moi et par le vétérinaire associé référent, reçoit "
          "ses accès aux logiciels et fait le tour du site d'Aubière. Les deux premières semaines, elle passe "
          "deux jours dans chaque clinique pour connaître les équipes, les locaux et les habitudes. Un déjeuner "
          "de toutes les ASV est organisé le premier mois autour d'elle. Des points sont prévus à la fin de la "
          "première semaine, du premier mois et à la fin de la période d'essai. La marraine est choisie parmi "
          "les ASV volontaires et dispose d'une heure par semaine pour ce rôle."),
        H(2, "Les six premières semaines", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["Avant J1", "contrat, livret d'accueil, accès préparés", "cabinet comptable, Aurélie"],
           ["Semaine 1", "Aubière, logiciels, règles d'hygiène", "marraine"],
           ["Semaines 2–3", "deux jours dans chacune des cinq cliniques", "ASV de chaque site"],
           ["Semaine 4", "premier dossier pris seul(e), point d'étape", "Aurélie"],
           ["Semaine 6", "bilan de fin de parcours, objectifs à trois mois", "associé référent"]]),
        H(1, "De quoi l'équipe a-t-elle besoin d'apprendre ?", {"training-needs": "thin"}),
        P("Les ASV savent accueillir et soigner, mais peu ont déjà trié des appels d'urgence au téléphone ou "
          "animé une consultation en vidéo. L'agenda en ligne demande aussi de savoir gérer les créneaux des "
          "cinq sites."),
        P("Les cinq ASV de Thiers et d'Ambert ont besoin en plus d'une remise à niveau sur l'informatique."),
        H(2, "Le calendrier des formations", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Durée", "Organisme", "Quand"],
           ["Tri des appels d'urgence", "les 12 ASV volontaires pour la nuit", "2 jours", "école vétérinaire de "
            "Lyon", "avril 2027"],
           ["Agenda en ligne commun", "les 18 ASV", "1 demi-journée", "éditeur du logiciel", "février 2027"],
           ["Consultation vidéo", "6 ASV de chirurgie", "1 jour", "interne, avec un vétérinaire", "mai 2027"],
           ["Bureautique et messagerie", "5 ASV de Thiers et Ambert", "3 demi-journées", "GRETA", "mars 2027"],
           ["Gestion des clients difficiles", "les 18 ASV", "1 jour", "consultant RH", "septembre 2027"]]),
        H(1, "À quoi ressemblera l'équipe en 2028 ?", {"team-vision": "ok"}),
        P("Je veux qu'en 2028, les ASV ne soient plus les ASV d'une clinique mais celles de Vétéa. Chacune gardera "
          "son site principal, mais toutes pourront travailler sur un autre site, prendre la ligne de nuit une "
          "semaine sur six ou suivre en vidéo les animaux opérés. Cette polyvalence doit rester un choix : "
          "celles qui préfèrent le comptoir et les soins le garderont, et les tours de nuit sont payés en "
          "heures majorées et limités à quatre par mois."),
        P("L'équipe sera organisée en trois pôles plutôt qu'en cinq cliniques : l'accueil et le planning, "
          "animé par la coordinatrice ; les soins et la chirurgie, sous la responsabilité de chaque vétérinaire "
          "associé ; et le suivi à distance, qui regroupe la ligne de nuit et la vidéo autour de la référente. "
          "Le chargé des outils numériques sera au service des trois pôles. Chaque pôle aura une réunion "
          "mensuelle, et toutes les ASV se retrouveront deux fois par an pour une journée commune."),
        P("Ce que j'attends de ce changement se mesure simplement : moins d'attente au téléphone, des urgences de "
          "nuit traitées par des personnes qui connaissent nos patients, et une équipe qui reste. Je veux aussi "
          "que les ASV qui le souhaitent puissent évoluer vers des rôles de coordination, ce qui n'existe pas "
          "aujourd'hui, et que notre groupe devienne un lieu où l'on apprend : nous accueillerons six "
          "alternantes par an au lieu de quatre."),
        H(2, "Et sur un organigramme ?", {"target-organisation": "ok"}),
        Img(["Direction des opérations", "Accueil et planning", "Soins et chirurgie", "Suivi à distance",
             "Outils numériques"], "L'équipe en 2028 : trois pôles et un appui numérique"),
        H(1, "Combien cela coûte-t-il ?", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Total"],
           ["Recrutements (annonces, cabinet)", "6 000 €", "3 000 €", "9 000 €"],
           ["Formations", "14 500 €", "6 500 €", "21 000 €"],
           ["Accueil des nouveaux (livret, journées communes)", "3 000 €", "3 000 €", "6 000 €"],
           ["Équipement ligne de nuit (casques, téléphones)", "7 000 €", "1 000 €", "8 000 €"],
           ["Imprévus", "1 500 €", "1 500 €", "3 000 €"],
           ["Total hors salaires", "32 000 €", "15 000 €", "47 000 €"]]),
        H(2, "Et dans quel ordre ?", {"timeline": "ok"}),
        T([["Période", "Étape"],
           ["Janvier–février 2027", "formation à l'agenda commun, ouverture de la réservation en ligne"],
           ["Mars 2027", "arrivée de la coordinatrice de planning"],
           ["Avril–juin 2027", "formation au tri des appels, arrivée de la référente de nuit"],
           ["Juillet 2027", "ouverture de la ligne de nuit"],
           ["Janvier 2028", "arrivée du chargé des outils numériques, organisation en trois pôles"]]),
        H(1, "Comment saurons-nous que cela marche ?", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Fin 2027", "Fin 2028"],
           ["Absentéisme des ASV", "7 %", "5 %", "4 %"],
           ["Départs volontaires dans l'année", "2", "1", "1 au plus"],
           ["ASV formées au tri des appels", "0", "12", "15"],
           ["Attente au téléphone le samedi", "20 min", "8 min", "5 min"],
           ["Nouveaux arrivants encore là après un an", "-", "100 %", "100 %"]]),
    ],
    missing=["career-plan"],
)
