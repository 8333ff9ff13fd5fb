from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the co-founder of Velio, a craft brewery in the Vexin, prepares the interview of a candidate
    for its first e-commerce manager. Her own numbered headings ("1." to "10.") in heading styles, one of them a
    question ("5. Comment a-t-elle réagi quand... ?"); the timed question grid, the job profile, the behavioural
    questions and the note sheet each in a table; an extra section of her own on the day's logistics ("1 bis.");
    the scoring grid is a numbered heading with nothing under it (empty); no self-check against the criteria
    (missing).""",
    title="Velio – Entretien pour le poste de responsable e-commerce",
    cover=["Guide préparé par Claire Vasseur, cofondatrice", "Entretien du jeudi 10 décembre 2026, 14 h, à la brasserie"],
    blocks=[
        H(1, "1. Avant qu'elle arrive", {"preparation": "ok"}),
        P("Velio brasse 4 200 hectolitres par an à Magny-en-Vexin et emploie dix-neuf personnes. La vente en ligne "
          "représente 11 % du chiffre d'affaires, soit 380 000 euros, presque sans effort : une boutique Shopify "
          "montée par mon associé en 2020, des coffrets de Noël et un abonnement mensuel qui plafonne à 900 "
          "abonnés. Nous voulons tripler ce canal en trois ans, et personne chez nous n'a le temps ni le métier "
          "pour le faire. C'est le premier recrutement de ce type : la personne n'aura pas d'équipe au départ, "
          "mais un budget d'acquisition de 60 000 euros et un prestataire logistique à piloter."),
        P("La candidate, Inès Rahmani, 31 ans, travaille depuis quatre ans chez un caviste en ligne parisien où "
          "elle gère les campagnes d'emailing et le catalogue. Avant cela, deux ans en agence. Ses points forts "
          "sur le papier : l'acquisition payante et l'analyse des données. Ce que je veux vérifier : si elle a "
          "déjà porté seule un chiffre d'affaires, si elle supporte une petite structure où il faut aussi faire "
          "des colis en décembre, et si elle peut venir trois jours par semaine à Magny. J'ai relu son CV, "
          "regardé deux campagnes qu'elle cite sur son profil et préparé mes questions avec Thomas, mon "
          "associé, qui participera à la deuxième moitié de l'entretien."),
        H(2, "1 bis. Logistique du jour"),
        P("Salle de dégustation réservée de 14 h à 16 h, café et bières sans alcool sur la table, téléphone en "
          "silencieux. Thomas arrive à 14 h 45."),
        H(1, "2. Premières minutes", {"opening": "ok"}),
        P("Je l'accueille à l'entrée de la brasserie et je lui propose de traverser la salle de brassage avant de "
          "nous asseoir, pour qu'elle sente l'odeur du moût et voie l'équipe au travail. Une fois installées, je "
          "lui explique le déroulé : vingt minutes sur son parcours, vingt minutes sur des situations concrètes, "
          "un échange avec Thomas, puis ses questions. Je lui dis franchement pourquoi nous recrutons : la vente "
          "en ligne est notre relais de croissance et nous ne savons pas le faire seuls. Je lui précise enfin "
          "qu'elle aura une réponse le 18 décembre au plus tard, par téléphone."),
        H(1, "3. Déroulé de l'entretien", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche à savoir", "Question de départ", "Temps"],
           ["Accueil et visite", "qu'elle se sente attendue", "« Vous connaissiez le Vexin ? »", "10 min"],
           ["Parcours", "le fil de ses choix", "« Qu'est-ce qui vous a fait passer de l'agence au caviste ? »",
            "20 min"],
           ["Situations concrètes", "comment elle travaille vraiment", "« Racontez-moi une campagne qui a raté. »",
            "20 min"],
           ["Échange avec Thomas", "son regard sur notre boutique", "« Que changeriez-vous en premier ? »",
            "20 min"],
           ["Ses questions", "ce qui compte pour elle", "« Qu'avez-vous envie de savoir ? »", "15 min"],
           ["Conclusion", "la suite, clairement", "« Voici comment nous allons décider. »", "5 min"]]),
        H(1, "4. Le poste, noir sur blanc", {"job-summary": "ok"}),
        T([["Rubrique", "Ce que nous attendons"],
           ["Missions", "piloter la boutique, l'abonnement et les coffrets ; acquérir et fidéliser les clients ; "
                        "suivre le prestataire logistique"],
           ["Savoir-faire", "Shopify, emailing, publicité sur les réseaux sociaux, lecture d'un tableau de bord"],
           ["Savoir-être", "autonomie, goût du terrain, aisance avec une équipe de production"],
           ["Conditions", "CDI cadre, 45 000 euros brut, trois jours sur site, deux jours en télétravail"],
           ["Objectif à un an", "porter les ventes en ligne à 550 000 euros et l'abonnement à 1 500 abonnés"]]),
        H(1, "5. Comment a-t-elle réagi quand... ?", {"star-questions": "ok"}),
        T([["Question", "Ce que j'écoute", "Relance"],
           ["Parlez-moi d'une campagne dont les résultats vous ont déçue.", "si elle analyse au lieu d'excuser",
            "Qu'avez-vous changé la fois suivante ?"],
           ["Racontez une fois où vous avez dû convaincre quelqu'un de plus haut placé.",
            "ses arguments, chiffres à l'appui", "Comment a-t-il répondu ?"],
           ["Décrivez un rush de fin d'année que vous avez vécu.", "son sang-froid, l'organisation",
            "Qu'est-ce qui a cédé en premier ?"],
           ["Avez-vous déjà dû travailler avec un prestataire qui ne tenait pas ses délais ?",
            "si elle recadre sans casser la relation", "Où en est la relation aujourd'hui ?"]]),
        H(1, "6. Pourquoi nous ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui l'attire dans une brasserie de dix-neuf personnes après un site parisien qui "
          "en compte soixante. Je lui demanderai ce qu'elle sait de nous, ce qu'elle a goûté, ce qui la ferait "
          "rester trois ans. J'écouterai si elle parle du produit et du terrain, ou seulement du titre du poste. "
          "Si elle hésite sur les trois jours à Magny, je lui dirai honnêtement ce que la présence apporte : "
          "c'est en voyant les brasseurs qu'on raconte bien une bière, et nos clients le sentent. Je noterai "
          "aussi les mots qu'elle emploie quand elle parle de son métier."),
        H(1, "7. Ses questions à elle", {"candidate-questions": "ok"}),
        P("Je garde un vrai quart d'heure pour ses questions et je n'en coupe aucune. Je m'attends à ce qu'elle "
          "demande le budget réel, le niveau de liberté sur les prix, et qui décide en cas de désaccord entre "
          "elle et Thomas ; j'ai préparé des réponses chiffrées. Si elle ne pose aucune question, je lui "
          "demanderai ce qui lui manquerait pour dire oui. Ses questions m'en diront autant que ses réponses : "
          "quelqu'un qui demande comment se passent les envois de décembre a compris le métier. Je note chaque "
          "question pour y revenir avec Thomas."),
        H(1, "8. Pour finir", {"closing-follow-up": "ok"}),
        P("Je la remercie, je lui résume ce que j'ai retenu de ses points forts et je lui redis la date de notre "
          "réponse. Je la raccompagne et lui offre un coffret de la saison. Le soir même, Thomas et moi "
          "remplissons chacun la grille de notes sans nous concerter, puis nous comparons. Nous voyons deux "
          "autres candidats la semaine suivante ; la décision se prend le 17 décembre et je l'appelle le 18, "
          "qu'elle soit retenue ou non, avec un retour précis dans les deux cas. Si c'est oui, je lui propose "
          "de revenir une journée en janvier."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce qu'elle dit", "Ce que j'observe", "À vérifier"],
           ["Parcours", "quatre ans chez le caviste, catalogue et emailing", "parle vite, précise", "références"],
           ["Situations", "une campagne de Noël ratée en 2024, analysée", "reconnaît ses erreurs", "chiffres exacts"],
           ["Motivation", "veut un produit qu'elle peut toucher", "sincère sur ce point", "trajet Paris-Magny"],
           ["Questions", "budget, prix, logistique de décembre", "bonnes questions", "—"]]),
        H(1, "10. Grille de notation", {"scoring-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
