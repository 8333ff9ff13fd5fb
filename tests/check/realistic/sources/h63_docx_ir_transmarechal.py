from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 63 (h63_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the operations manager of a regional haulier near Valence prepares the interview of a
    candidate for a transport dispatcher post. Headings as questions and paraphrases; a section of the author's
    own on the salary range; the candidate's own questions under their minimum (thin); every other section
    written.""",
    title="Guide d'entretien – poste d'exploitant(e) transport",
    cover=["Transports Maréchal, Portes-lès-Valence", "Préparé par Claire Dumas, responsable d'exploitation",
           "Entretien avec Yanis Benali, le 11 décembre 2026 à 10 h"],
    blocks=[
        H(1, "Pourquoi ce recrutement, et qu'ai-je lu avant ?", {"preparation": "ok"}),
        P("Transports Maréchal fait rouler 48 camions, surtout en frigorifique, pour des coopératives fruitières de "
          "la Drôme et des plateformes de la grande distribution. Le service d'exploitation compte quatre personnes "
          "qui affectent chaque soir les chauffeurs et les remorques aux commandes du lendemain. Notre exploitant de "
          "nuit part à la retraite fin février et la saison des abricots commence en juin : la personne recrutée "
          "doit être autonome avant l'été. Nous avons reçu 23 candidatures et j'en reçois quatre en entretien."),
        P("Yanis Benali, 29 ans, a travaillé cinq ans comme chauffeur poids lourd, puis deux ans comme adjoint "
          "d'exploitation chez un messager de colis à Lyon. J'ai relu son CV, sa lettre et la note du premier "
          "échange téléphonique avec Julien, des ressources humaines. Points à creuser : il n'a jamais géré de "
          "froid ni de contraintes de temps de conduite sur des trajets longs, et il quitte Lyon pour des raisons "
          "familiales, ce qui est plutôt rassurant sur la durée. J'ai réservé la salle de réunion du premier étage, "
          "une heure, avec Julien en second interlocuteur, et imprimé le planning d'une soirée type pour le mettre "
          "en situation pendant l'entretien."),
        H(1, "Les premières minutes", {"opening": "ok"}),
        P("J'accueille Yanis à l'entrée du quai, pour qu'il voie les camions et l'ambiance avant de s'asseoir. Je "
          "me présente, je présente Julien, puis j'annonce le déroulé : une heure, d'abord son parcours, puis le "
          "poste et des cas concrets, enfin ses questions. Je précise qu'il n'y a pas de piège, que nous cherchons "
          "surtout quelqu'un de calme sous la pression du soir, et qu'il aura une réponse avant Noël. Je lui "
          "propose un café et je lui laisse commencer par ce qu'il veut de son parcours. Si je le sens tendu, je "
          "parle d'abord de la route de Lyon et des travaux sur l'A7, pour faire baisser la pression."),
        H(1, "Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Phase", "Contenu", "Qui mène", "Durée"],
           ["Accueil", "visite rapide du quai, présentation, déroulé", "Claire", "5 min"],
           ["Parcours", "son expérience de chauffeur puis d'adjoint", "Yanis, relances de Claire", "15 min"],
           ["Le poste", "une soirée type, les outils, l'équipe", "Claire", "10 min"],
           ["Mises en situation", "deux questions sur des cas vécus", "Julien", "15 min"],
           ["Ses questions", "ce qu'il veut savoir", "Yanis", "10 min"],
           ["Suite", "calendrier de la décision", "Claire", "5 min"]]),
        H(1, "Ce que le poste demande", {"job-summary": "ok"}),
        T([["Mission", "Compétence attendue", "Niveau souhaité"],
           ["Affecter chauffeurs et remorques chaque soir", "organisation, sens des priorités", "autonome en trois mois"],
           ["Respecter les temps de conduite et de repos", "réglementation sociale européenne", "maîtrise"],
           ["Suivre la chaîne du froid", "lecture des enregistreurs de température", "à former"],
           ["Gérer les imprévus de nuit", "calme, décision rapide", "indispensable"],
           ["Parler aux clients et aux chauffeurs", "communication claire, fermeté", "confirmé"]]),
        H(1, "Mises en situation : parlez-moi d'une fois où…", {"star-questions": "ok"}),
        T([["Question", "Ce que je veux entendre", "Relance"],
           ["Un chauffeur vous appelle à 22 h : il est bloqué, la livraison est à 5 h. Racontez un cas réel.",
            "la situation, ce qu'il a fait, dans quel ordre, et le résultat", "Qu'auriez-vous fait autrement ?"],
           ["Un client important exigeait une livraison impossible. Comment l'avez-vous géré ?",
            "capacité à dire non avec une solution de repli", "Qu'a dit le client ensuite ?"],
           ["Un conflit avec un chauffeur plus âgé que vous ?",
            "respect, fermeté, sans se cacher derrière la hiérarchie", "Comment est la relation aujourd'hui ?"]]),
        H(1, "Qu'est-ce qui le fait venir chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui l'attire au-delà du retour dans la région. Je lui demanderai ce qu'il a aimé et "
          "moins aimé dans le colis, pourquoi le transport de marchandises en froid plutôt que la messagerie, et ce "
          "qu'il attend d'une entreprise familiale de cinquante personnes. Je serai attentive à la façon dont il "
          "parle des chauffeurs : un ancien chauffeur peut être un très bon exploitant s'il garde le respect du "
          "métier, ou un mauvais s'il veut régler ses comptes. Je lui parlerai aussi de l'évolution possible vers "
          "le poste de chef d'exploitation dans trois ou quatre ans."),
        H(1, "Ses questions à lui", {"candidate-questions": "thin"}),
        P("Je lui laisse dix minutes. S'il ne demande rien sur les horaires de nuit, j'aborde le sujet moi-même, "
          "car c'est la première cause de départ dans ce poste."),
        H(1, "Rémunération : ce que je peux proposer"),
        P("La grille de la convention collective place le poste au groupe 6 des techniciens. Nous proposons entre "
          "2 450 et 2 700 euros bruts mensuels selon l'expérience, plus la prime de nuit et le treizième mois. Je "
          "n'annonce pas de chiffre en premier, mais je ne laisse pas repartir le candidat sans qu'il connaisse la "
          "fourchette."),
        H(1, "Pour conclure l'entretien", {"closing-follow-up": "ok"}),
        P("Je remercie Yanis pour le temps consacré et pour la franchise de ses réponses. Je lui explique la suite : "
          "nous voyons encore deux personnes cette semaine, nous décidons le 17 décembre avec le directeur, et je "
          "l'appelle moi-même le 18, quelle que soit la réponse. S'il est retenu, une demi-journée en observation "
          "avec l'équipe du soir lui sera proposée avant la signature. Je le raccompagne jusqu'au parking et je "
          "note à chaud mes impressions avec Julien dans les dix minutes qui suivent. Je lui laisse enfin ma carte, "
          "pour qu'il puisse rappeler s'il lui vient une question sur le poste ou sur l'entreprise."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Faits et mots exacts", "Impression", "À vérifier"],
           ["Parcours", "", "", "raison du départ du colis"],
           ["Mises en situation", "", "", "a-t-il décidé seul ?"],
           ["Motivation", "", "", "contraintes familiales et horaires de nuit"],
           ["Ses questions", "", "", "intérêt pour le froid"]]),
        H(1, "Comment on note les candidats", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Organisation et priorités", "30 %", "", "à partir de la soirée type"],
           ["Réglementation et sécurité", "20 %", "", "temps de conduite, froid"],
           ["Calme sous pression", "25 %", "", "mises en situation"],
           ["Relation aux chauffeurs et clients", "25 %", "", "conflit, client exigeant"]]),
        H(1, "Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier après l'entretien", "Oui / non", "Remarque"],
           ["J'ai écouté plus que parlé", "", "viser deux tiers du temps pour lui"],
           ["J'ai annoncé l'objet et la durée dès le début", "", ""],
           ["J'ai préparé le dossier et la soirée type", "", "planning imprimé"],
           ["J'ai décrit clairement le poste et ses exigences", "", "nuit, froid, saison"],
           ["J'ai pris des notes organisées", "", "grille ci-dessus"],
           ["Je l'ai mis à l'aise et motivé", "", "évolution possible"]]),
    ],
)
