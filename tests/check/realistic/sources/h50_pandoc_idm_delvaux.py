from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 50 (h50_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Imprimerie Delvaux, a printing works near Tours (58 staff), prepares the preliminary interview of a
    press operator who twice disabled a safety guard on the folding machine. Numbered headings of the author's own
    ("1." to "9."); the note-taking heading has nothing under it (empty); no self-check after the interview
    (missing); an extra numbered section of the author's own on the documents to hand over.""",
    title="Imprimerie Delvaux – entretien préalable de M. Karim Benali",
    cover=["Guide préparé par Hélène Marchetti, responsable de production",
           "Jeu de rôle – bloc 5, décembre 2026"],
    blocks=[
        H(1, "1. Avant d'entrer dans la salle", {"preparation": "ok"}),
        P("L'Imprimerie Delvaux emploie 58 personnes à Joué-lès-Tours et imprime des catalogues, des magazines "
          "régionaux et des emballages pour des caves de Touraine. Karim Benali, 41 ans, est conducteur de la "
          "plieuse-brocheuse depuis 2014. Le 6 novembre, le chef d'atelier l'a trouvé en train de faire tourner la "
          "plieuse avec le carter de protection ouvert et le contacteur de sécurité neutralisé par un morceau de "
          "ruban adhésif. Le même fait avait été constaté le 18 septembre et avait donné lieu à un rappel écrit "
          "des consignes, signé par M. Benali. En 2024, un intérimaire a perdu une phalange sur une machine du "
          "même type dans une autre imprimerie du groupe : la direction ne transige plus sur ce point."),
        P("Je relis la fiche de poste, le règlement intérieur (article 12 sur les dispositifs de sécurité), le "
          "rappel de septembre, le témoignage écrit du chef d'atelier et les photos prises le 6 novembre. Je "
          "vérifie aussi les cadences demandées cette semaine-là : une commande urgente de 40 000 brochures avait "
          "été acceptée par le commercial, et il est possible que M. Benali ait voulu gagner du temps sur les "
          "bourrages. Cela n'excuse pas le geste mais je dois l'entendre. Je serai accompagnée de Sylvie Roche, des "
          "ressources humaines. La sanction envisagée est un licenciement pour faute grave, mais rien n'est décidé "
          "avant d'avoir écouté ses explications."),
        H(1, "2. Le calendrier légal", {"procedure-checklist": "ok"}),
        T([["Étape", "Date", "Fait ?"],
           ["Mise à pied conservatoire notifiée en main propre", "7 novembre", "oui"],
           ["Convocation par lettre recommandée, mention de l'assistance possible", "12 novembre", "oui"],
           ["Délai d'au moins cinq jours ouvrables respecté", "entretien le 21 novembre", "oui"],
           ["Salle réservée, dossier et photos imprimés", "20 novembre", "à faire"],
           ["Lettre de notification, au plus tôt deux jours ouvrables après", "25 novembre au plus tôt", "à faire"]]),
        H(1, "3. Les premières minutes", {"opening": "ok"}),
        P("J'accueille M. Benali dans la salle de réunion du premier étage, loin de l'atelier, et je lui présente "
          "Sylvie Roche. S'il est venu avec un conseiller du salarié ou un collègue, je le salue et je lui explique "
          "qu'il pourra prendre la parole. Je dis ensuite clairement pourquoi nous sommes là : « Monsieur Benali, "
          "nous nous voyons aujourd'hui parce que nous envisageons à votre égard une sanction pouvant aller "
          "jusqu'au licenciement. Je vais vous exposer les faits, puis je veux entendre votre version. Aucune "
          "décision ne sera prise aujourd'hui. » Je garde un ton calme et je ne porte aucun jugement à ce stade."),
        H(1, "4. Comment je compte mener l'heure", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question ou phrase prévue"],
           ["5 min", "accueil, rappel du cadre", "Avez-vous bien reçu la convocation ?"],
           ["10 min", "exposé des faits du 6 novembre et du 18 septembre", "Voici ce que le chef d'atelier a constaté."],
           ["20 min", "écoute de ses explications", "Que s'est-il passé ce matin-là, de votre point de vue ?"],
           ["10 min", "questions de précision", "Qui savait que le contacteur était neutralisé ?"],
           ["5 min", "suite de la procédure", "Vous recevrez notre décision par écrit."]]),
        H(1, "5. Ce qui lui est reproché", {"facts-explained": "ok"}),
        P("Je m'en tiens aux faits datés et vérifiables, sans parler de sa personne ni de rumeurs d'atelier. "
          "Les deux faits sont de même nature et le second est survenu après un rappel écrit qu'il a signé : "
          "c'est ce qui rend la situation grave. Je montre les photos et le rappel, et je lui laisse le temps "
          "de les lire avant de poursuivre."),
        T([["Date", "Fait constaté", "Preuve"],
           ["18 septembre", "carter ouvert pendant le tirage, contacteur bloqué", "constat du chef d'atelier, rappel signé le 19"],
           ["6 novembre", "même geste, avec du ruban adhésif sur le contacteur", "photos, témoignage écrit, arrêt de la machine"]]),
        H(1, "6. S'il conteste ou s'emporte", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ce que je réponds"],
           ["« Tout le monde le fait quand il y a un bourrage. »", "Si c'est vrai, nous le traiterons aussi, mais aujourd'hui nous parlons de vos gestes."],
           ["« On m'a demandé d'aller vite. »", "J'entends la pression de cette commande et je la noterai ; la sécurité reste prioritaire sur la cadence."],
           ["« Je veux un avocat. »", "La loi vous permet d'être assisté par un salarié ou un conseiller ; vous pouvez demander un report."],
           ["Silence complet", "Je reformule, je laisse du temps, et je note qu'il n'a pas souhaité répondre."]]),
        H(1, "7. Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume ce que M. Benali a dit, en particulier sur la commande urgente, et je lui demande s'il veut "
          "ajouter quelque chose. Je lui rappelle que la mise à pied conservatoire continue, que la décision ne "
          "sera pas prise avant deux jours ouvrables et qu'elle lui sera envoyée par lettre recommandée. Je ne "
          "laisse entendre aucune issue. Après son départ, Sylvie et moi relisons les notes ensemble, puis "
          "j'appelle le directeur pour lui rendre compte et vérifier si la commande urgente a été acceptée sans "
          "consulter la production. Le compte rendu signé est classé le jour même dans son dossier."),
        H(1, "8. Notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "9. Documents à remettre"),
        L(["Attestation de mise à pied conservatoire",
           "Copie du règlement intérieur, article 12",
           "Coordonnées de l'inspection du travail si M. Benali les demande"]),
    ],
    missing=["criteria-self-check"],
)
