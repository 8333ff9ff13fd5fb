from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 61 (h61_), written and labelled on 2026-12-02 before any run of check. python-docx then
    LibreOffice Writer round trip, French: a thermal spa in Lozère replaces its phone and paper bookings with an
    online booking system before the 2027 season. The authors' own numbered headings; the sub-sections on the
    scales and on the plans are bold Normal paragraphs; the register and the warning signals share one heading
    and one table (merged); the plans for the major risks have a heading with nothing under it (empty).""",
    title="Thermes de Bagnols-les-Bains – Réservation en ligne : notre politique face aux risques",
    cover=["Étude de cas 1 – Politique de gestion des risques",
           "Inès Rouvière et Mathis Cabanel, décembre 2026"],
    blocks=[
        H(1, "I. Pourquoi cette politique, et jusqu'où ?", {"policy-objectives": "ok"}),
        P("Les Thermes de Bagnols-les-Bains accueillent chaque saison, d'avril à novembre, environ 4 800 curistes "
          "pour des cures de dix-huit jours prescrites par leur médecin, et 9 000 visiteurs pour le spa. Jusqu'ici, "
          "tout se réserve par téléphone et par courrier : trois personnes à l'accueil tiennent un planning papier "
          "des soins. La direction a choisi un logiciel de réservation en ligne, relié au planning des soins et au "
          "paiement, qui doit être en service pour l'ouverture du 6 avril 2027."),
        P("Cette politique a un but simple : que la saison 2027 ouvre à l'heure, sans perdre un seul curiste, "
          "même si le projet connaît des difficultés. Elle couvre le projet de sa signature à la fin du premier "
          "mois d'exploitation : le choix et le paramétrage du logiciel, la reprise des 3 100 réservations déjà "
          "prises pour 2027, la formation de l'accueil et la communication aux curistes, souvent âgés. Elle ne "
          "couvre pas les risques sanitaires liés à l'eau thermale, qui relèvent du plan de l'agence régionale de "
          "santé. Elle engage la directrice, Mme Fabre, qui arbitre, et le chef de projet, qui la fait vivre."),
        H(1, "II. Comment nous avons trouvé les risques", {"identification-method": "ok"}),
        P("Nous avons travaillé en trois temps. D'abord, deux ateliers d'une demi-journée avec l'accueil, le "
          "responsable des soins, le comptable et l'éditeur du logiciel, où chacun a noté sur des post-it ce qui "
          "pourrait empêcher l'ouverture ou faire fuir un curiste. Ensuite, des entretiens avec deux autres "
          "établissements thermaux du Massif central passés à la réservation en ligne en 2024 et 2025, qui nous ont "
          "raconté leurs mauvaises surprises. Enfin, la relecture du contrat de l'éditeur et du calendrier, ligne à "
          "ligne, pour repérer les dépendances."),
        P("Nous avons retenu quatorze risques sur trente-deux idées, en regroupant les doublons. Chacun a été noté "
          "en probabilité et en impact sur quatre niveaux, lors d'un troisième atelier, en demandant à chaque "
          "participant de noter seul avant de comparer, pour éviter que la voix la plus forte ne l'emporte."),
        B("Les échelles utilisées", {"rating-scales": "ok"}),
        T([["Niveau", "Probabilité", "Impact"],
           ["1", "peu probable : jamais vu ailleurs", "gêne interne, aucun curiste touché"],
           ["2", "possible : vu une fois chez nos pairs", "quelques curistes mécontents, rattrapable en une semaine"],
           ["3", "probable : vu plusieurs fois", "retard d'ouverture d'un service ou perte de chiffre d'affaires sous 30 000 €"],
           ["4", "presque certain", "ouverture de la saison compromise ou perte au-delà de 30 000 €"]]),
        H(1, "III. Nos risques et les signaux qui doivent nous alerter", {"risk-register": "ok", "trigger-indicators": "ok"}),
        T([["N°", "Risque", "P", "I", "Signal d'alerte", "Seuil", "Responsable"],
           ["R1", "reprise des réservations 2027 incomplète ou fausse", "3", "4", "écarts au contrôle par échantillon", "plus de 2 % d'écarts", "chef de projet"],
           ["R2", "curistes âgés incapables de réserver en ligne", "4", "3", "appels à l'accueil pour aide", "plus de 40 par jour", "responsable accueil"],
           ["R3", "retard de l'éditeur sur l'interface avec le planning des soins", "2", "4", "jalon de recette manqué", "une semaine de retard", "chef de projet"],
           ["R4", "panne du paiement en ligne en pleine saison", "2", "3", "paiements refusés", "plus de 5 % sur une journée", "comptable"],
           ["R5", "équipe d'accueil non formée à temps", "3", "3", "personnes formées au 1er mars", "moins de 3 sur 3", "directrice"],
           ["R6", "fuite de données de santé (prescriptions)", "1", "4", "alerte de l'éditeur ou anomalie de connexion", "un seul cas", "délégué à la protection des données"]]),
        P("Les seuils ont été fixés avec les personnes qui suivront chaque signal, pour qu'ils soient observables "
          "chaque semaine sans outil nouveau."),
        H(1, "IV. La carte des risques", {"risk-matrix": "ok"}),
        P("En croisant probabilité et impact, trois risques ressortent nettement dans la zone rouge : la reprise "
          "des réservations (R1), les curistes qui ne sauront pas réserver seuls (R2) et la formation de l'accueil "
          "(R5). Ils concentrent l'essentiel de nos efforts. Le retard de l'éditeur (R3) et la fuite de données (R6) "
          "sont peu probables mais graves : nous les surveillons de près sans y consacrer le même budget. La panne "
          "du paiement (R4) reste en zone orange. Nous referons cette carte chaque mois, car plusieurs risques "
          "doivent changer de case à mesure que la saison approche."),
        T([["Probabilité \\ Impact", "2", "3", "4"],
           ["4", "", "R2", ""],
           ["3", "", "R5", "R1"],
           ["2", "", "R4", "R3"],
           ["1", "", "", "R6"]]),
        H(1, "V. Que faire de chaque risque ?", {"response-strategy": "ok"}),
        P("Pour chaque risque, nous avons choisi une attitude : le réduire, le transférer, l'accepter ou l'éviter. "
          "Nous réduisons R1 en reprenant les réservations en deux vagues, la première en janvier sur 300 dossiers "
          "tirés au hasard, contrôlés un par un contre le planning papier. Nous réduisons R2 sans chercher à le "
          "supprimer : le téléphone reste ouvert, l'accueil réserve à la place du curiste, et un courrier explique "
          "la nouveauté avec l'aide d'un petit-enfant en illustration, idée venue d'une curiste."),
        P("Nous transférons une partie de R3 à l'éditeur : le contrat prévoit une pénalité de 500 euros par jour "
          "de retard au-delà du 1er mars, et surtout le droit de garder le planning papier une saison de plus si "
          "l'interface n'est pas prête. R4 est accepté, avec un plan de secours simple : paiement sur place à "
          "l'arrivée, comme aujourd'hui. R6 est réduit par l'hébergement certifié pour les données de santé, "
          "exigé dans l'appel d'offres, et par des comptes nominatifs pour chaque agent d'accueil. R5, enfin, est réduit en "
          "formant l'accueil dès février sur une copie du logiciel, avec de vraies réservations de l'an passé."),
        B("Plans pour les risques majeurs", {"response-plans": "empty"}),
        H(1, "VI. Qui suit quoi, et quand", {"monitoring-governance": "ok"}),
        P("Le chef de projet tient le registre à jour et le présente chaque lundi en réunion d'équipe, en quinze "
          "minutes : signaux de la semaine, risques qui changent de couleur, nouveaux risques. La directrice "
          "reçoit un point mensuel d'une page et tranche tout ce qui touche au budget ou au calendrier. Un seuil "
          "franchi déclenche un appel à la directrice le jour même, sans attendre le lundi."),
        P("Du 6 avril au 6 mai, pendant le premier mois de saison, le suivi devient quotidien : un point de dix "
          "minutes à 8 h 30 avec l'accueil et les soins. À la fin de ce mois, nous ferons un bilan avec l'équipe "
          "pour savoir quels risques se sont réalisés, lesquels nous avions oubliés, et ce que nous garderions pour "
          "le prochain projet. Ce bilan sera partagé avec les deux établissements qui nous ont aidés, en retour "
          "de leurs conseils."),
    ],
)
