from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French. The operations manager of Transports Bérard, a refrigerated haulier at Rungis (60 trucks),
    prepares the preliminary interview of a driver who broke the cold chain three times and then altered a
    temperature printout. Numbered headings at level 1 ("1." to "8."), one sub-heading of the author's own at level
    2 ("3.1", what she will not say), and the closing written as a bold Normal paragraph "6. Pour clore". The
    procedure heading ("2. Les étapes légales à respecter") has nothing under it (empty); there is no plan of the
    interview's phases anywhere (missing). The facts are a dated table with a paragraph.""",
    title="Entretien préalable – M. Da Costa, conducteur",
    cover=["Transports Bérard – site de Rungis",
           "Préparé par Sandrine Lefèvre, responsable d'exploitation – Jeu de rôle, bloc 5"],
    blocks=[
        H(1, "1. Préparer l'entretien préalable", {"preparation": "ok"}),
        P("Nelson Da Costa est conducteur poids lourd chez Transports Bérard depuis six ans. Il livre les "
          "restaurants collectifs et deux enseignes de surgelés au départ de Rungis, la nuit, avec un porteur "
          "frigorifique de 19 tonnes. Jusqu'à cette année, son dossier était vierge : pas de sinistre, des clients "
          "qui le connaissent et l'apprécient. Depuis septembre, la chaîne du froid a été rompue trois fois sur ses "
          "tournées et, le 6 novembre, le ticket de température remis à un client a été modifié à la main. Le "
          "client, une cuisine centrale de Créteil, a refusé toute la livraison et nous a adressé un courrier de "
          "réclamation."),
        P("L'entretien a lieu le jeudi 11 décembre à 10 h, dans la salle de réunion du bâtiment administratif, "
          "hors de la vue de l'atelier. La convocation est partie en recommandé le 1er décembre. M. Da Costa a "
          "indiqué qu'il viendrait accompagné de M. Ferreira, délégué du personnel. Je mène l'entretien avec "
          "Alain Rossi, le responsable des ressources humaines, qui prendra les notes. J'ai réuni les relevés des "
          "enregistreurs du camion, les trois tickets imprimés, le courrier du client, la procédure de chaîne du "
          "froid signée par M. Da Costa en 2023 et son dernier entretien annuel. Mon objectif n'est pas d'annoncer "
          "une décision : c'est d'exposer les faits, d'entendre ses explications et de repartir avec tout ce qu'il "
          "faut pour décider sereinement, dans le respect de la procédure."),
        H(1, "2. Les étapes légales à respecter", {"procedure-checklist": "empty"}),
        H(1, "3. Les premières minutes", {"opening": "ok"}),
        P("« Bonjour Monsieur Da Costa, bonjour Monsieur Ferreira, merci d'être venus. Je vous présente Alain "
          "Rossi, des ressources humaines, qui prendra des notes. Comme l'indique la convocation, nous envisageons "
          "à votre égard une sanction qui peut aller jusqu'au licenciement. Aucune décision n'est prise "
          "aujourd'hui. Je vais d'abord vous exposer les faits qui nous ont conduits ici, puis je vous écouterai : "
          "votre version compte, et je prendrai le temps qu'il faut. L'entretien devrait durer une "
          "quarantaine de minutes. »"),
        P("Je parle lentement, je regarde M. Da Costa et pas seulement son délégué, et je pose le dossier fermé sur "
          "la table tant que je n'en ai pas besoin."),
        H(2, "3.1 Ce que je m'interdis de dire", {}),
        L(["Aucun jugement sur sa personne (« tu n'es plus le même », « on ne peut plus te faire confiance »).",
           "Aucune comparaison avec les autres conducteurs.",
           "Aucune décision, même sous-entendue, avant la fin du délai légal."]),
        H(1, "4. Ce qui est reproché à M. Da Costa", {"facts-explained": "ok"}),
        P("Je présente les faits dans l'ordre où ils se sont produits, avec les documents sous les yeux, sans "
          "commentaire. Chaque écart est daté et vérifiable dans les enregistrements du camion."),
        T([["Date", "Tournée", "Ce qui s'est passé", "Source"],
           ["17 septembre", "Orly – Thiais", "caisson à +9 °C pendant 48 minutes, portes ouvertes entre deux "
            "livraisons", "enregistreur du camion"],
           ["22 octobre", "Créteil", "groupe froid arrêté 1 h 10 à l'arrêt, moteur coupé", "enregistreur et GPS"],
           ["6 novembre", "Créteil, cuisine centrale", "+11 °C à l'arrivée ; ticket remis au client avec la "
            "température corrigée au stylo", "ticket original, courrier du client"],
           ["7 novembre", "–", "livraison refusée, 3 400 € de marchandise détruite", "avoir émis"]]),
        P("La procédure signée en 2023 interdit de couper le groupe froid en tournée et de modifier un ticket. Le "
          "troisième fait est le plus grave, parce qu'il trompe un client sur la sécurité de repas servis à des "
          "enfants."),
        H(1, "5. S'il conteste ou s'explique", {"questions-objections": "ok"}),
        T([["Ce qu'il peut dire", "Ma réponse"],
           ["« Le groupe froid tombe souvent en panne sur ce camion. »",
            "« Le camion a été révisé en août et l'atelier n'a reçu aucun signalement. Si vous avez constaté "
            "une panne, dites-moi quand : nous vérifierons. »"],
           ["« Tout le monde coupe le moteur aux pauses. »",
            "« Je ne parle aujourd'hui que de vos tournées. La règle vaut pour tous et je la rappellerai à tous. »"],
           ["« J'ai corrigé le ticket parce qu'il était faux. »",
            "« Pourquoi ne pas avoir appelé l'exploitation ? Qu'est-ce qui vous en a empêché ce matin-là ? »"],
           ["« J'ai des soucis personnels en ce moment. »",
            "« Je l'entends et je vous remercie de me le dire. Vous pouvez en parler au médecin du travail ; "
            "cela ne change pas les faits, mais j'en tiendrai compte. »"],
           ["Le délégué demande une simple mise à pied.",
            "« Je note votre demande, elle fera partie de ma réflexion. »"]]),
        B("6. Pour clore", {"closing-follow-up": "ok"}),
        P("« Merci de vos explications, Monsieur Da Costa. Je ne vous donne pas de décision aujourd'hui : je dois "
          "relire les notes d'Alain Rossi et vérifier ce que vous nous avez dit sur le groupe froid. Vous recevrez "
          "un courrier recommandé, au plus tôt dans deux jours ouvrables, qui vous informera de ce que nous "
          "décidons. D'ici là, vous restez affecté aux tournées de jour avec un binôme. Avez-vous quelque chose à "
          "ajouter avant que nous terminions ? »"),
        P("Après son départ, je relis les notes avec Alain, je fais contrôler le groupe froid par l'atelier dès "
          "vendredi et j'en parle à la direction avant toute décision."),
        H(1, "7. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Point abordé", "Ce qu'il dit (mots exacts)", "Ce que j'observe", "À vérifier ensuite"],
           ["Panne du groupe froid", "", "", "carnet d'entretien du camion, appel à l'atelier"],
           ["Moteur coupé le 22 octobre", "", "", "relevé GPS, durée de l'arrêt"],
           ["Ticket modifié", "", "", "qui a vu le ticket avant le client ?"],
           ["Situation personnelle", "", "", "proposer la médecine du travail"],
           ["Demandes du délégué", "", "", "transmettre aux RH"]]),
        H(1, "8. Suis-je prêt ?", {"criteria-self-check": "ok"}),
        T([["Ce que le jury observera", "Comment j'y réponds", "Répété"],
           ["Je l'écoute vraiment", "je laisse parler sans interrompre, je reformule sa version", "oui"],
           ["Je le rassure sans rien promettre", "je dis qu'aucune décision n'est prise et pourquoi", "oui"],
           ["Il sait dès le départ ce qui se joue", "la phrase sur la sanction possible dans la première minute", "oui"],
           ["Je réponds à ce qu'il oppose", "le tableau de la partie 5, relu avec Alain", "oui"],
           ["Les faits sont compris", "dates, tournées, documents, sans adjectif", "à revoir"]]),
    ],
    missing=["interview-phases"],
)
