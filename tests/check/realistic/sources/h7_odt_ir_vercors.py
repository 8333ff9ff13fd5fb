from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French: the operations manager of a craft brewery in the Vercors prepares the interview
    of a logistics coordinator. Paraphrased numbered headings, one question, one in upper case; the behavioural
    questions in a table; the candidate's motivation in three lines (thin); the note-taking heading with nothing
    under it, the author meaning to take notes by hand (empty); a short section of the author's own on the
    practical details of the day.""",
    title="Brasserie des Hauts Plateaux – Recrutement d'un(e) coordinateur(trice) logistique",
    cover=["Guide d'entretien", "Préparé par Claire Vial, responsable des opérations – novembre 2026"],
    blocks=[
        H(1, "1. Avant de recevoir les candidats", {"preparation": "ok"}),
        P("La Brasserie des Hauts Plateaux brasse 6 000 hectolitres par an à Villard-de-Lans et livre 420 "
          "clients : bars, caves, restaurants et deux centrales d'achat régionales. Depuis le départ en retraite "
          "de Gérard en septembre, personne ne tient vraiment les tournées, les stocks de fûts consignés et les "
          "relations avec les deux transporteurs. Résultat : 140 fûts perdus cette année, soit 11 000 euros, et "
          "des livraisons en retard chaque vendredi en saison d'hiver."),
        P("J'ai relu les douze candidatures reçues et retenu quatre personnes. Pour chacune, j'ai noté deux "
          "points à creuser dans le CV : une période sans emploi, un poste très court, un passage de la grande "
          "distribution à une petite structure. J'ai demandé à Bastien, notre chef de chai, de participer à la "
          "deuxième moitié de l'entretien, parce que le futur coordinateur travaillera avec lui tous les matins. "
          "Nous nous sommes mis d'accord sur les questions que chacun pose pour ne pas nous couper."),
        P("Chaque entretien dure une heure dans le bureau au-dessus de l'entrepôt, avec un quart d'heure de "
          "visite de la zone d'expédition à la fin. J'ai préparé la fiche de poste, la grille salariale (2 300 à "
          "2 600 euros brut selon l'expérience) et le planning type d'une semaine de février."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("J'accueille le candidat à l'entrée, je lui propose un café et je me présente, puis Bastien s'il est "
          "déjà là. J'annonce le déroulé : une présentation de la brasserie en cinq minutes, son parcours, des "
          "questions sur des situations vécues, ses questions à lui, puis la visite. Je précise que je prendrai "
          "des notes et que nous donnerons une réponse à tous les candidats avant le 18 décembre. Je lui dis "
          "aussi franchement pourquoi le poste est ouvert et ce qui ne marche pas aujourd'hui. L'objectif de "
          "l'heure, pour lui comme pour nous, est de savoir si nous avons envie de travailler ensemble."),
        H(1, "3. Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je cherche"],
           ["0-5 min", "accueil et présentation de la brasserie", "mettre à l'aise"],
           ["5-15 min", "parcours raconté par le candidat", "cohérence, ce qui l'a fait bouger"],
           ["15-35 min", "questions sur des situations vécues", "exemples concrets, rôle réel"],
           ["35-45 min", "ses questions", "ce qui compte pour lui"],
           ["45-60 min", "visite avec Bastien et conclusion", "contact avec l'équipe"]]),
        H(1, "4. Le poste en quelques lignes", {"job-summary": "ok"}),
        T([["Mission", "Compétence attendue", "Niveau"],
           ["Organiser les tournées de livraison", "planification, connaissance des routes de montagne", "indispensable"],
           ["Suivre le parc de fûts consignés", "rigueur, tableur ou logiciel de stock", "indispensable"],
           ["Négocier avec les transporteurs", "aisance au téléphone, sens des chiffres", "souhaité"],
           ["Préparer les commandes avec le chai", "travail en équipe, permis cariste", "souhaité"]]),
        H(1, "5. QUESTIONS SUR DES SITUATIONS VÉCUES", {"star-questions": "ok"}),
        T([["Ce que je veux vérifier", "Question", "Relance si la réponse reste vague"],
           ["Gestion d'une urgence", "Racontez-moi une livraison qui a mal tourné : que s'est-il passé ?",
            "Qu'avez-vous fait vous-même, et quel a été le résultat ?"],
           ["Rigueur sur les stocks", "Parlez-moi d'une fois où un inventaire ne tombait pas juste.",
            "Comment avez-vous retrouvé l'écart ?"],
           ["Relation fournisseur", "Avez-vous déjà dû renégocier avec un transporteur ?",
            "Qu'avez-vous obtenu, et qu'avez-vous lâché ?"],
           ["Travail avec une équipe de production", "Un désaccord avec un collègue sur une priorité ?",
            "Comment cela s'est-il terminé ?"]]),
        H(1, "6. Pourquoi chez nous ?", {"motivation": "thin"}),
        P("Je lui demande ce qui l'attire dans une brasserie de 22 personnes plutôt qu'une plateforme logistique, "
          "et s'il est prêt à vivre en montagne avec des routes fermées certains jours d'hiver."),
        H(1, "7. À lui de poser ses questions", {"candidate-questions": "ok"}),
        P("Je garde dix minutes entières pour ses questions et je note lesquelles il pose en premier : le salaire, "
          "les horaires, l'équipe ou les outils ne disent pas la même chose. S'il n'en a aucune, je lui propose "
          "d'en parler pendant la visite. Je prépare des réponses honnêtes sur les points sensibles : les samedis "
          "travaillés en février, le logiciel de stock qui date de 2014, le fait qu'il sera seul sur ce poste. "
          "Bastien répond à celles qui portent sur le travail au chai et le rythme du matin."),
        H(1, "8. Pour conclure", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai compris de son parcours et de ses attentes, je lui demande s'il reste intéressé "
          "et quelles sont ses disponibilités. J'annonce la suite : réponse par téléphone à tous avant le 18 "
          "décembre, puis une demi-journée d'essai rémunérée pour le candidat retenu, en janvier. Je le remercie "
          "du temps passé et le raccompagne à sa voiture. Le soir même, je relis mes notes avec Bastien et nous "
          "remplissons la grille chacun de notre côté avant d'en parler. Aux candidats non retenus, j'explique "
          "en deux phrases pourquoi, s'ils le demandent."),
        H(1, "9. Notes pendant l'entretien", {"note-taking-grid": "empty"}),
        H(1, "10. Comment nous comparons les candidats", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Expérience de tournées ou d'entrepôt", "30 %", "", "au moins deux ans attendus"],
           ["Rigueur sur les stocks", "25 %", "", "exemple chiffré demandé"],
           ["Relation avec les transporteurs", "15 %", "", ""],
           ["Entente avec le chai", "15 %", "", "avis de Bastien"],
           ["Envie de s'installer dans le Vercors", "15 %", "", ""]]),
        H(2, "Infos pratiques du jour", {}),
        P("Entretiens le 9 et le 10 décembre, 9 h et 14 h. Prévoir des chaussures de sécurité pour la visite. "
          "Remboursement des frais de route au-delà de 50 km."),
        H(1, "11. Mon auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Ce que le jury regarde", "Comment je m'y prends", "Prêt ?"],
           ["Écoute et empathie", "je laisse parler sans couper, je reformule", "oui"],
           ["Rassurer, donner envie", "je parle vrai sur les difficultés et sur l'équipe", "oui"],
           ["Enjeux posés dès le début", "raison de l'ouverture du poste dite d'emblée", "oui"],
           ["Préparation", "CV relus, deux points à creuser par candidat", "oui"],
           ["Attentes du poste claires", "fiche de poste remise et commentée", "oui"],
           ["Écoute active", "relances préparées pour chaque question", "à travailler"],
           ["Notes organisées", "grille commune avec Bastien", "oui"]]),
    ],
)
