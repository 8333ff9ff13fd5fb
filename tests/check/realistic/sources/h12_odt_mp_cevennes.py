from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French: the head of member services at the Mutuelle des Cévennes (Alès, 118 staff)
    builds an online member-service team out of the phone team. Numbered headings in her words, the top-level ones
    mostly in UPPER CASE, one question, sub-headings in normal case; the opening summary is a short paragraph
    (thin); the one-by-one review of the current team is a sub-section with a table; the career moves are a table
    under the training heading as a sub-section; no organisation chart, current or target (missing; optional).""",
    title="Mutuelle des Cévennes – Le pôle adhérents en ligne, 2027-2029",
    cover=["Plan de management", "Agnès Roumieux, responsable du service adhérents – novembre 2026"],
    blocks=[
        H(1, "EN DEUX MOTS", {"executive-summary": "thin"}),
        P("Nos adhérents nous écrivent de plus en plus et nous appellent de moins en moins. Je propose de créer "
          "d'ici 2029 un pôle de sept personnes qui répond en ligne, en transformant une partie de l'équipe "
          "téléphonique plutôt qu'en recrutant à l'extérieur. Le plan coûte 71 500 euros sur trois ans. J'attends "
          "de la direction son accord sur deux recrutements en 2027."),
        H(1, "1. LA MUTUELLE, SES CHOIX ET L'ÉQUIPE D'AUJOURD'HUI", {"strategy-context": "ok"}),
        P("La Mutuelle des Cévennes protège 64 000 adhérents, surtout dans le Gard et la Lozère, avec 118 "
          "salariés et un siège à Alès. Son conseil d'administration a adopté en juin le plan « Proches 2029 », "
          "qui fixe trois priorités : garder les adhérents de moins de quarante ans, qui partent vers les "
          "assureurs en ligne ; répondre à toute demande écrite en moins de 24 heures ; et ne fermer aucune des "
          "six agences de proximité, auxquelles les adhérents âgés tiennent beaucoup. Depuis 2023, les messages "
          "reçus par l'espace adhérent ont été multipliés par 2,6, alors que les appels ont baissé de 18 %."),
        P("Le service adhérents compte aujourd'hui vingt-deux personnes : seize conseillers au téléphone, "
          "quatre gestionnaires qui traitent le courrier et les messages, une assistante et moi. Les conseillers "
          "connaissent très bien les garanties et les adhérents, et les enquêtes de satisfaction leur donnent "
          "8,4 sur 10. Leurs points faibles sont connus : l'écrit, souvent trop administratif, et les outils "
          "numériques, que certains évitent. Les quatre gestionnaires ont aujourd'hui 2 300 messages en attente "
          "et un délai moyen de réponse de six jours. Le turnover est bas (5 % par an), mais trois conseillers "
          "partent à la retraite d'ici 2028."),
        P("Les entretiens annuels de septembre ont été utiles : sept conseillers ont dit vouloir moins de "
          "téléphone et plus d'écrit, et deux ont demandé à encadrer. Tout ce qui suit part de là."),
        H(2, "1.1 Ce que disent les entretiens annuels", {"people-review": "ok"}),
        T([["Qui", "Poste", "Atouts", "Ce qui ressort de l'entretien", "Souhait"],
           ["Conseillers A à G (7)", "conseillers téléphone", "garanties santé, relation",
            "fatigue du téléphone, à l'aise à l'écrit", "passer à l'écrit"],
           ["Sandrine P.", "gestionnaire messages", "rapidité, rigueur", "porte seule les cas complexes",
            "encadrer une petite équipe"],
           ["Mehdi A.", "conseiller téléphone", "outils numériques", "aide spontanément ses collègues",
            "devenir référent outils"],
           ["Autres conseillers (8)", "conseillers téléphone", "accueil oral", "attachés au téléphone",
            "rester au téléphone"]]),
        H(1, "2. LES FONCTIONS QUI NOUS MANQUENT", {"key-functions": "ok"}),
        P("Le pôle en ligne a besoin de quatre fonctions que personne n'occupe aujourd'hui. Deux peuvent être "
          "tenues par des conseillers volontaires après formation ; deux demandent des compétences que nous "
          "n'avons pas et seront recrutées. Le rythme suit notre capacité d'accueil : deux arrivées en 2027, "
          "pas plus, car l'équipe doit aussi absorber les départs en retraite et le nouvel outil de messagerie."),
        T([["Fonction", "À quoi elle sert dans Proches 2029", "Date", "Comment"],
           ["Responsable du pôle en ligne", "tenir les 24 heures, organiser l'écrit", "janvier 2027",
            "mobilité interne (Sandrine P.)"],
           ["Chargé(e) de contenus d'aide", "que l'adhérent trouve seul la réponse", "avril 2027",
            "recrutement externe, CDI"],
           ["Analyste des demandes", "repérer les causes des messages et les réduire", "janvier 2028",
            "recrutement externe, CDI"],
           ["Référent outils", "paramétrer la messagerie, aider les collègues", "mars 2027",
            "mobilité interne (Mehdi A.), mi-temps"]]),
        H(1, "3. Bien accueillir ceux qui arrivent", {"onboarding": "ok"}),
        P("Deux personnes arrivent de l'extérieur et sept changent de métier en interne. Les unes et les autres "
          "ont besoin d'un vrai accueil, même si les seconds connaissent déjà la maison. Chaque étape a un "
          "responsable nommé."),
        P("Côté administratif, les ressources humaines envoient le contrat et la déclaration d'embauche, "
          "inscrivent les nouveaux à la visite médicale et préparent le badge ; pour les mobilités internes, un "
          "avenant au contrat précise le nouveau poste et la période d'adaptation de trois mois, avec retour "
          "possible au téléphone. Le service informatique livre le poste, les accès à l'espace adhérent et à la "
          "messagerie la veille de l'arrivée."),
        P("Côté organisation, chaque arrivant reçoit ses objectifs de période d'essai par écrit : volume de "
          "messages traités, délai, qualité relue. Il passe sa première semaine à lire des réponses déjà "
          "envoyées avec Sandrine, puis répond lui-même, relu, pendant un mois."),
        P("Côté équipe, un binôme est désigné pour chacun, de préférence un conseiller qui a déjà basculé à "
          "l'écrit. Le pôle garde un café du lundi matin où l'on lit ensemble la meilleure et la pire réponse "
          "de la semaine. Un point à 90 jours clôt l'intégration, avec un rapport d'étonnement."),
        H(2, "3.1 Du premier jour au 90e", {"onboarding-plan": "ok"}),
        T([["Quand", "Démarches", "Organisation", "Équipe", "Qui s'en charge"],
           ["Avant l'arrivée", "contrat ou avenant, visite médicale", "poste et accès prêts", "binôme choisi",
            "RH, informatique"],
           ["Jour 1", "badge, charte informatique", "objectifs écrits", "accueil par le pôle, déjeuner",
            "Agnès"],
           ["Semaine 1", "", "lecture de réponses avec Sandrine", "café du lundi", "Sandrine"],
           ["Jours 30 et 60", "", "réponses relues, point d'étape", "binôme", "Sandrine"],
           ["Jour 90", "fin de période d'essai ou d'adaptation", "bilan des objectifs",
            "rapport d'étonnement lu à l'équipe", "Agnès"]]),
        H(1, "4. CE QU'IL FAUT APPRENDRE", {"training-needs": "ok"}),
        P("Les besoins viennent de deux sources. La stratégie d'abord : répondre en 24 heures par écrit suppose "
          "de savoir écrire court, clair et juste, ce que nos conseillers n'ont jamais appris, et de maîtriser "
          "un outil de messagerie que nous installons en mars. Les entretiens ensuite : les sept volontaires "
          "ont demandé à être formés avant de basculer, et Sandrine veut apprendre à animer une équipe."),
        P("Nos contraintes sont claires. Le budget formation du service est de 19 000 euros par an, que notre "
          "OPCO peut compléter pour les actions de reconversion interne. Le téléphone doit rester ouvert de "
          "8 h 30 à 18 h : on ne peut pas retirer plus de trois conseillers en même temps, et jamais en janvier, "
          "mois des changements de garanties. Enfin, plusieurs conseillers n'ont pas suivi de formation depuis "
          "des années : des sessions courtes, sur place, avec beaucoup d'exercices sur de vrais messages, "
          "conviennent mieux que de longues journées en salle à Montpellier. Les formations doivent enfin "
          "être finies avant septembre, quand arrivent les demandes de résiliation de fin d'année."),
        H(2, "4.1 Les actions retenues", {"training-plan": "ok"}),
        T([["Pour qui", "Objectif", "Format", "Par qui", "Coût", "Quand"],
           ["7 conseillers volontaires", "écrire des réponses claires", "4 demi-journées sur place",
            "organisme d'écriture professionnelle", "6 400 €", "février-mars 2027"],
           ["Tout le pôle", "utiliser la nouvelle messagerie", "2 heures en petit groupe", "Mehdi A.",
            "0 €", "mars 2027"],
           ["Sandrine P.", "animer et piloter une équipe", "parcours de 5 jours", "organisme de management",
            "3 900 €", "premier semestre 2027"],
           ["Chargé(e) de contenus", "connaître nos garanties", "tutorat par un conseiller", "en interne",
            "0 €", "mois 1 à 3"]]),
        H(2, "4.2 Qui évolue vers quoi", {"career-plan": "ok"}),
        T([["Qui", "Ce qu'il ou elle souhaite", "Vers quoi", "Comment on l'y aide", "Échéance", "Point de suivi"],
           ["Sandrine P.", "encadrer", "responsable du pôle en ligne", "parcours management, point mensuel avec "
            "moi la première année", "court terme", "entretien annuel 2027"],
           ["Mehdi A.", "travailler sur les outils", "référent outils à mi-temps, puis administrateur de la "
            "messagerie", "formation éditeur, temps réservé le jeudi", "court puis moyen terme",
            "bilan à 6 mois"],
           ["Conseillers volontaires (7)", "moins de téléphone", "conseillers à l'écrit", "formation à "
            "l'écriture, binôme, retour possible au téléphone", "court terme", "point à 90 jours"],
           ["Élodie R., conseillère", "encadrer à terme", "adjointe du pôle téléphone en 2028",
            "tutorat des nouveaux, formation en 2028", "moyen terme", "entretien annuel 2027"]]),
        H(1, "5. Et dans trois ans, quel service ?", {"team-vision": "ok"}),
        P("En 2029, le service adhérents ne sera plus une équipe de téléphone avec quelques personnes au "
          "courrier. Il aura deux pôles de même importance, le téléphone et l'écrit, qui partagent les mêmes "
          "dossiers et se remplacent en cas de pic. Le pôle en ligne comptera sept personnes autour de Sandrine : "
          "cinq conseillers venus du téléphone, la chargée de contenus et l'analyste. Il répondra à 90 % des "
          "messages en moins de 24 heures et, grâce aux pages d'aide, recevra moins de questions simples."),
        P("Les compétences auront changé : tout le monde saura écrire pour un adhérent, lire un tableau de "
          "suivi et repérer une demande qui se répète. La façon de travailler aussi : des objectifs d'équipe "
          "plutôt que des statistiques individuelles d'appels, une revue collective des réponses chaque semaine "
          "et des horaires plus souples pour l'écrit, qui ne dépend pas de l'heure d'ouverture. Mon rôle sera "
          "moins de surveiller des files d'attente et plus de faire grandir deux responsables d'équipe."),
        P("Chaque partie du plan y mène : les mobilités internes gardent le savoir des conseillers, les deux "
          "recrutements apportent ce que nous n'avons pas, l'accueil évite qu'on perde les volontaires dans "
          "les premières semaines, et la formation rend le changement possible pour ceux qui n'ont pas écrit "
          "depuis longtemps. Les agences gardent leur place : les conseillers du téléphone restent leur "
          "premier appui, et le pôle en ligne leur renvoie les "
          "adhérents qui préfèrent un rendez-vous."),
        H(1, "6. COMBIEN ?", {"budget-timeline": "ok"}),
        T([["Poste", "2027", "2028", "2029", "Total"],
           ["Recrutement chargé(e) de contenus (cabinet)", "7 000 €", "", "", "7 000 €"],
           ["Recrutement analyste (annonces)", "", "2 500 €", "", "2 500 €"],
           ["Formations", "10 300 €", "6 000 €", "4 000 €", "20 300 €"],
           ["Temps des tuteurs et binômes", "9 000 €", "6 000 €", "3 000 €", "18 000 €"],
           ["Outil de messagerie (part du service)", "8 000 €", "8 000 €", "7 700 €", "23 700 €"],
           ["Total", "34 300 €", "22 500 €", "14 700 €", "71 500 €"]]),
        H(2, "6.1 Les grandes dates", {"timeline": "ok"}),
        T([["Quand", "Ce qui se passe"],
           ["janvier 2027", "Sandrine prend le pôle, premiers volontaires désignés"],
           ["mars 2027", "messagerie en service, Mehdi référent"],
           ["avril 2027", "arrivée de la chargée de contenus"],
           ["septembre 2027", "cinq conseillers passés à l'écrit"],
           ["janvier 2028", "arrivée de l'analyste"],
           ["2029", "bilan du plan devant le conseil d'administration"]]),
        H(1, "7. Comment on suivra le plan", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible 2029", "Suivi"],
           ["Messages traités en moins de 24 h", "12 %", "90 %", "chaque mois"],
           ["Volontaires restés à l'écrit après 6 mois", "sans objet", "100 %", "à 6 mois"],
           ["Heures de formation par personne du pôle", "3 h", "21 h", "chaque année"],
           ["Satisfaction des adhérents sur l'écrit", "6,1 / 10", "8 / 10", "chaque trimestre"]]),
    ],
    missing=["target-organisation"],
)
