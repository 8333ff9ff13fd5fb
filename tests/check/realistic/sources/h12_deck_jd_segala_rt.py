from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="deck",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. python-pptx deck
    saved again by LibreOffice Impress (title shapes renamed). French: a family maker of farm trailers in the
    Aveyron fits sensors to its trailers and sells a maintenance subscription, and must hire its first two digital
    people. Short titles, one question; the two job forms on two slides, one per post (split), each a table; the
    skills matrix is a table of levels per post; the human qualities slide holds a single bullet (thin, but decks
    have no word minimum, so a jury calls it present); the candidate scoring grid is a title with nothing under it
    (empty); no organisation chart anywhere (missing), the only picture being the data flow of the connected trailer
    on the first slide; speaker notes on some slides; a recruitment calendar and a
    closing slide of the author's own; 12 slides with the title.""",
    title="Remorques Ségala – Recruter pour la remorque connectée",
    cover=["Étude de cas 2 – fiches de poste", "Baptiste Costes, responsable RH et administratif"],
    blocks=[
        Slide("Ségala en bref", {"company-context": "ok"},
              ["Entreprise familiale fondée en 1972 à Baraqueville, 86 salariés, 19 M€ de chiffre d'affaires",
               "1 100 remorques et bennes agricoles par an, vendues par 140 concessionnaires",
               "Depuis 2026 : capteurs de charge et de freinage sur la gamme Pro, abonnement d'entretien à 19 €/mois",
               "Un seul informaticien, prestataire à mi-temps ; aucune compétence données en interne"],
              image=["Capteurs sur la remorque", "Boîtier GSM", "Plateforme de données", "Alerte au concessionnaire"],
              notes="Rappeler que le projet de remorque connectée est porté par la fille du fondateur, Laure Ségala, "
                    "directrice générale depuis 2024. Sans ces deux recrutements, l'abonnement reste une promesse."),
        Slide("Ce qui nous manque", {"skills-needs": "ok"},
              ["Lire et fiabiliser les données envoyées par 600 remorques déjà équipées",
               "Transformer une alerte de freinage en rendez-vous chez le concessionnaire",
               "Répondre aux agriculteurs abonnés par téléphone, SMS et application",
               "Le bureau d'études sait dessiner un châssis, pas écrire un traitement de données",
               "L'équipe commerciale connaît les concessionnaires, pas la vente d'un abonnement"],
              notes="On a fait le tour des 86 salariés : deux personnes motivées, mais personne qui ait déjà fait "
                    "ce métier. D'où deux recrutements externes, et de la formation pour les autres."),
        Slide("Deux postes à ouvrir", {"jobs-list": "ok"},
              table=[["Poste", "Rattachement", "Contrat", "Arrivée souhaitée"],
                     ["Ingénieur(e) données embarquées", "directeur technique", "CDI, cadre", "mars 2027"],
                     ["Chargé(e) de relation abonnés", "directrice commerciale", "CDI, agent de maîtrise",
                      "avril 2027"]]),
        Slide("Fiche 1 – Ingénieur(e) données embarquées", {"job-description": "ok"},
              table=[["Rubrique", "Contenu"],
                     ["Mission", "faire parler les capteurs : collecter, nettoyer et exploiter les mesures des remorques"],
                     ["Activités", "paramétrer les boîtiers, surveiller la plateforme, écrire les règles d'alerte, "
                                   "produire le rapport mensuel par client"],
                     ["Relations", "bureau d'études, fournisseur des boîtiers, service après-vente"],
                     ["Lieu et conditions", "Baraqueville, deux jours de télétravail, déplacements en ferme"],
                     ["Rémunération", "42 à 48 k€ brut selon expérience"]],
              notes="Insister sur le terrain : une journée par mois dans les fermes avec le SAV."),
        Slide("Fiche 2 – Chargé(e) de relation abonnés", {"job-description": "ok"},
              table=[["Rubrique", "Contenu"],
                     ["Mission", "accompagner les agriculteurs abonnés du premier mois au renouvellement"],
                     ["Activités", "appeler chaque nouvel abonné, traiter les alertes, caler les rendez-vous avec "
                                   "les concessionnaires, suivre les résiliations"],
                     ["Relations", "agriculteurs, concessionnaires, ingénieur(e) données, commerciaux"],
                     ["Lieu et conditions", "Baraqueville, horaires élargis pendant les moissons"],
                     ["Rémunération", "28 à 32 k€ brut, prime sur le taux de renouvellement"]]),
        Slide("Les compétences qui comptent", {"key-competences": "ok"},
              table=[["Compétence", "Ingénieur(e) données", "Relation abonnés"],
                     ["Traitement de séries de mesures (Python, SQL)", "indispensable", "-"],
                     ["Objets connectés, réseaux bas débit", "indispensable", "notions"],
                     ["Conduite d'un entretien client au téléphone", "utile", "indispensable"],
                     ["Outil de gestion de la relation client", "-", "indispensable"],
                     ["Connaissance du monde agricole", "utile", "très utile"],
                     ["Rédaction d'un rapport clair pour un non-spécialiste", "indispensable", "utile"]],
              notes="Le tableau a été validé avec le directeur technique et la directrice commerciale."),
        Slide("Savoir-être", {"transversal-skills": "ok"},
              ["Patience et pédagogie avec des clients peu à l'aise avec le numérique"]),
        Slide("Le bon profil ?", {"profile-fit": "ok"},
              ["Données : un ou une ingénieur(e) de 3 à 5 ans d'expérience, venu(e) de l'automobile ou du machinisme",
               "Un profil trop « laboratoire » ne tiendra pas : il faut aimer aller voir la remorque",
               "Relation abonnés : un parcours en concession ou en coopérative agricole vaut mieux qu'un centre d'appels",
               "Où chercher : écoles d'ingénieurs de Toulouse et Rodez, réseau des concessionnaires, salon Innov-Agri",
               "Ce que nous offrons : un projet neuf, une équipe à construire, un coût de la vie raisonnable"],
              notes="Question prévue du jury : pourquoi pas un alternant ? Réponse : le poste demande de décider "
                    "seul dès le premier mois."),
        Slide("Grille d'évaluation des candidats", {"requirements-grid": "empty"}),
        Slide("Calendrier de recrutement", {},
              ["Décembre : diffusion des annonces et chasse sur LinkedIn",
               "Janvier : entretiens avec Laure Ségala et le directeur technique",
               "Février : mise en situation sur des données réelles de remorques",
               "Mars et avril : arrivées, une semaine d'intégration à l'atelier"]),
        Slide("Merci !", {},
              ["baptiste.costes@remorques-segala.fr"]),
    ],
    missing=["organisation-chart"],
)
