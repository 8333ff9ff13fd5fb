from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Transports Ferrand, a regional haulier near Clermont-Ferrand (72 staff), prepares the preliminary
    interview of a driver who falsified his driving-time records. Numbered headings; the questions heading has
    nothing under it (empty); no note-taking grid (missing); a table for the procedure.""",
    title="Transports Ferrand – préparation de l'entretien préalable de M. Fabrice Roux",
    cover=["Rédigé par Nadia Chassaing, responsable d'exploitation", "Jeu de rôle EL – décembre 2026"],
    blocks=[
        H(1, "1. Ce que je dois savoir avant", {"preparation": "ok"}),
        P("Transports Ferrand compte 72 salariés à Cournon-d'Auvergne et livre de la messagerie et des palettes "
          "dans toute l'Auvergne. Fabrice Roux, 46 ans, est conducteur poids lourd chez nous depuis 2011. Lors du "
          "contrôle mensuel des données des chronotachygraphes, le service paie a constaté que sa carte conducteur "
          "avait été retirée à trois reprises en octobre pendant que le camion roulait : 9 heures de conduite au "
          "total n'ont pas été enregistrées. Le 14 octobre, il a ainsi conduit 12 h 40 au lieu des 10 heures "
          "autorisées. Un contrôle routier aurait coûté une amende lourde à l'entreprise et pouvait entraîner "
          "l'immobilisation du véhicule."),
        P("Avant l'entretien, je rassemble les relevés du chronotachygraphe, les feuilles de route d'octobre, le "
          "GPS du camion qui confirme les trajets, et le rappel écrit qu'il a reçu en 2024 pour un dépassement de "
          "temps de pause. Je note aussi que l'agence lui a confié en octobre une tournée supplémentaire vers "
          "Aurillac à cause d'un collègue absent : je veux savoir s'il s'est senti obligé. Je serai accompagnée de "
          "Loïc Bertin, responsable des ressources humaines. M. Roux peut venir avec un salarié de l'entreprise ; "
          "il nous a dit qu'il viendrait avec le délégué du CSE. La sanction envisagée est un licenciement pour "
          "faute grave, mais la décision ne sera prise qu'après l'avoir entendu."),
        H(1, "2. La procédure, étape par étape", {"procedure-checklist": "ok"}),
        T([["Étape", "Date", "Fait ?", "Remarque"],
           ["Convocation en recommandé avec AR", "20 novembre", "oui", "reçue le 22 novembre"],
           ["Délai de cinq jours ouvrables respecté", "entretien le 2 décembre", "oui", "calcul vérifié par les RH"],
           ["Mise à pied conservatoire notifiée", "20 novembre", "oui", "salaire suspendu jusqu'à la décision"],
           ["Dossier de preuves complet", "28 novembre", "oui", "relevés, GPS, rappel de 2024"],
           ["Salle réservée, au calme", "2 décembre, 10 h", "oui", "salle de réunion du premier étage"],
           ["Lettre de décision au plus tôt deux jours après", "à partir du 5 décembre", "à faire", ""]]),
        H(1, "3. Les premières minutes", {"opening": "ok"}),
        P("J'accueille M. Roux et son accompagnant, je les remercie d'être venus et je présente Loïc. Je dis "
          "clairement pourquoi nous sommes là : nous envisageons une sanction pouvant aller jusqu'au licenciement, "
          "à cause des retraits de carte constatés en octobre. J'explique que cet entretien sert à l'entendre, "
          "que rien n'est décidé aujourd'hui et qu'il aura tout le temps de donner sa version. Je parle d'une "
          "voix posée et je ne commence pas par les chiffres. Je lui dis aussi que je sais qu'il travaille chez nous "
          "depuis quinze ans et que ses collègues le respectent : cela ne change rien aux faits, mais il doit sentir "
          "qu'il parle à quelqu'un qui l'écoute."),
        H(1, "4. Le déroulé que je prévois", {"interview-phases": "ok"}),
        L(["Accueil et cadre (5 minutes) : présentation, objet de l'entretien, déroulé.",
           "Exposé des faits (10 minutes) : les trois journées, les relevés, ce que dit la loi.",
           "Écoute (15 minutes) : sa version, ses raisons, la tournée d'Aurillac, sa charge de travail.",
           "Questions de l'accompagnant (5 minutes).",
           "Clôture (5 minutes) : délai de réflexion, date de la lettre, ce qui se passe d'ici là."]),
        H(1, "5. Les faits, sans interprétation", {"facts-explained": "ok"}),
        P("Je présente les faits un par un, avec les pièces, sans qualifier son intention. Le tableau ci-dessous "
          "est celui que je garde sous les yeux. Je rappelle ensuite pourquoi ces retraits sont graves : la "
          "fatigue au volant d'un 19 tonnes met en danger les autres usagers et lui-même, et l'entreprise répond "
          "pénalement des temps de conduite de ses chauffeurs."),
        T([["Date", "Ce qui s'est passé", "Pièce"],
           ["7 octobre", "carte retirée 2 h 15 pendant la tournée de Thiers", "relevé chronotachygraphe, GPS"],
           ["14 octobre", "carte retirée 2 h 40, 12 h 40 de conduite dans la journée", "relevé, feuille de route"],
           ["23 octobre", "carte retirée 4 h 05 sur le trajet Aurillac - Cournon", "relevé, GPS"],
           ["Mars 2024", "rappel écrit pour pause non respectée", "courrier signé"]]),
        H(1, "6. S'il conteste ou s'il s'emporte", {"questions-objections": "empty"}),
        H(1, "7. Pour finir l'entretien", {"closing-follow-up": "ok"}),
        P("Je résume ce qu'il a dit, sans le déformer, et je lui demande s'il veut ajouter quelque chose. Je lui "
          "rappelle que la décision ne sera pas prise aujourd'hui, qu'il recevra un courrier recommandé au plus tôt "
          "le 5 décembre et que sa mise à pied conservatoire continue d'ici là. Je lui indique qu'il peut "
          "joindre Loïc pour toute question pratique sur sa paie ou ses documents. Je le raccompagne moi-même "
          "jusqu'à la sortie et je le remercie de sa franchise, quelle que soit la suite. Dans l'après-midi, je "
          "rédige le compte rendu avec Loïc pendant que nos souvenirs sont frais, et je vérifie avec l'agence "
          "si la tournée d'Aurillac lui avait bien été imposée, comme il pourrait le dire."),
        H(1, "8. Après coup : est-ce que j'ai bien mené l'entretien ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Ce que je ferais autrement"],
           ["L'objet de l'entretien a été dit dès le début", "oui", "le dire encore plus tôt, avant les présentations"],
           ["Les faits ont été présentés avec les pièces", "oui", "montrer le GPS sur écran plutôt qu'imprimé"],
           ["Je l'ai laissé parler sans l'interrompre", "en partie", "je l'ai coupé une fois sur Aurillac"],
           ["J'ai répondu à ses questions sans promettre", "oui", ""],
           ["Il est reparti en sachant la suite", "oui", "lui remettre le calendrier par écrit"]]),
    ],
    missing=["note-taking-grid"],
)
