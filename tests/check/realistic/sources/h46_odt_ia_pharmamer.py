from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 46 (h46_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, in French: Sandrine Vasseur, responsable logistique de Pharmamer (répartiteur
    pharmaceutique, entrepôt de Lorient, 48 salariés), prépare l'entretien annuel de Kevin Le Roux, chef d'équipe de
    nuit depuis deux ans. Titres de l'autrice, numérotés, avec une partie à elle sur le contexte de l'entrepôt.
    La conclusion et les suites de l'entretien tiennent en deux phrases (thin). Aucune grille de prise de notes
    pendant l'entretien (missing).""",
    title="Entretien annuel 2026 – Kevin Le Roux, équipe de nuit",
    cover=["Pharmamer, entrepôt de Lorient – guide de Sandrine Vasseur", "Entretien le 19 janvier 2027, 14 h"],
    blocks=[
        H(1, "1. Le contexte de l'entrepôt"),
        P("L'entrepôt livre 310 pharmacies du Morbihan et du Finistère sud, deux fois par jour. L'équipe de nuit "
          "prépare les tournées du matin entre 22 h et 5 h : si elle prend du retard, ce sont les officines qui "
          "attendent leurs médicaments."),
        H(1, "2. Ce que je fais avant l'entretien", {"preparation": "ok"}),
        P("Je relis la fiche de poste de Kevin, chef d'équipe de nuit depuis mars 2025, et le compte rendu de "
          "l'an dernier. Nous avions retenu trois objectifs : ramener le taux d'erreurs de préparation sous 0,3 %, "
          "tenir le départ des camions à 5 h 15 et faire passer le permis cariste à deux préparateurs. Je demande "
          "au service qualité les chiffres d'erreurs mois par mois et au transporteur le relevé des départs."),
        P("Je lui envoie le support d'auto-évaluation trois semaines avant, avec une question ouverte : qu'est-ce "
          "qui t'a pesé cette année ? Je choisis un créneau à 14 h, au début de sa semaine de repos, pour ne pas "
          "le voir après une nuit de travail, et je réserve la petite salle du premier étage. Je note aussi les "
          "faits que je veux citer, dont l'inondation de la zone froide en août, qu'il a gérée seul, et deux "
          "remontées d'intérimaires sur son ton pendant les pics de décembre. Enfin, je vérifie auprès des "
          "ressources humaines ce que je peux promettre sur la formation et la prime d'équipe."),
        H(1, "3. Les premières minutes", {"opening": "ok"}),
        P("J'ouvre en le remerciant pour la nuit de l'inondation : sans sa réaction, nous perdions pour 80 000 "
          "euros de vaccins. Puis je dis à quoi sert l'heure qui vient : regarder l'année ensemble, fixer les "
          "objectifs de 2027, parler de ce dont il a besoin et de ce qu'il souhaite pour la suite. Je précise que "
          "rien n'est décidé d'avance, que le compte rendu sera relu et signé à deux, et qu'il peut parler "
          "librement de ce qui ne va pas dans l'organisation des nuits. Je lui demande enfin s'il souhaite "
          "commencer par un sujet précis, pour que l'heure soit aussi la sienne."),
        H(1, "4. Déroulé prévu", {"interview-phases": "ok"}),
        T([["Étape", "Temps", "Mon rôle", "Question d'ouverture"],
           ["Accueil", "5 min", "remercier, annoncer le but", "Comment s'est passée ta dernière nuit ?"],
           ["Regard sur 2026", "20 min", "laisser Kevin parler d'abord", "De quoi es-tu satisfait ?"],
           ["Objectifs et compétences", "20 min", "comparer les chiffres et nos deux grilles", "Qu'est-ce qui t'a freiné ?"],
           ["2027", "10 min", "proposer, négocier", "Que faudrait-il pour y arriver ?"],
           ["Envies et formation", "5 min", "écouter", "Où te vois-tu dans trois ans ?"]]),
        H(1, "5. Son année 2026", {"year-review": "ok"}),
        P("Kevin a tenu son équipe de neuf préparateurs pendant une année chargée : la fermeture du site de "
          "Quimperlé a ajouté 45 officines à nos tournées en mai. Le taux d'erreurs de préparation est passé de "
          "0,42 % à 0,27 %, grâce au double contrôle qu'il a mis en place sur les produits stupéfiants. Les "
          "départs de camions ont été tenus 87 % des nuits, contre 95 % visés : les retards se concentrent sur "
          "décembre, quand l'équipe comptait quatre intérimaires. Deux intérimaires se sont plaints d'ordres "
          "donnés sèchement pendant ces pics. Je veux en parler avec lui sans en faire un reproche, en cherchant "
          "ce qui manquait pour accueillir les renforts. Je rappellerai aussi son sang-froid lors de l'inondation "
          "de la zone froide, qui a été remarqué par la direction. Enfin, il a formé seul les trois préparateurs "
          "arrivés avec les tournées de Quimperlé, sans que ce temps soit prévu dans son planning."),
        H(1, "6. Les chiffres de l'année", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Cible", "Réalisé", "Lecture"],
           ["Erreurs de préparation", "moins de 0,3 %", "0,27 %", "atteint"],
           ["Départ des camions à 5 h 15", "95 % des nuits", "87 %", "non atteint, pics de décembre"],
           ["Permis cariste pour deux préparateurs", "deux permis", "un permis, l'autre en mars", "en partie"]]),
        H(1, "7. Compétences : sa grille et la mienne", {"skills": "ok"}),
        T([["Compétence", "Kevin", "Moi", "À discuter"],
           ["Organisation des tournées", "bien", "très bien", "il se sous-estime"],
           ["Sécurité et hygiène", "très bien", "très bien", "rien"],
           ["Accueil des intérimaires", "bien", "à travailler", "les plaintes de décembre"],
           ["Remontée des problèmes", "moyen", "bien", "l'inondation"]]),
        H(1, "8. Ce que nous visons pour 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Échéance", "Appui"],
           ["Départs à l'heure", "93 % des nuits, 90 % en décembre", "décembre 2027", "planning des renforts validé en octobre"],
           ["Accueil des renforts", "livret d'accueil rédigé, 100 % des intérimaires accueillis par un binôme", "septembre 2027", "deux heures par semaine dégagées"],
           ["Second permis cariste", "permis obtenu", "avril 2027", "session AFT déjà réservée"]]),
        H(1, "9. Formation", {"training": "ok"}),
        T([["Besoin", "Formation", "Où", "Quand"],
           ["Manager des équipes temporaires", "deux jours", "AFPA Lorient", "mai 2027"],
           ["Gestion du stress en pic d'activité", "une journée", "organisme de la branche", "automne 2027"]]),
        H(1, "10. Ses envies pour la suite", {"career-wishes": "ok"}),
        P("Kevin m'a dit l'an dernier qu'il voulait repasser de jour, pour sa famille. Un poste d'adjoint au "
          "responsable de quai de jour s'ouvre en septembre 2027. Je l'encourage à postuler et je lui propose "
          "de prendre, dès le printemps, deux journées par mois aux côtés de l'équipe de jour pour découvrir le "
          "poste. Je lui dirai franchement que sa candidature sera plus solide si l'objectif sur les départs "
          "est tenu. Il m'a aussi parlé d'une formation de technicien en logistique en alternance : je vérifierai "
          "avec les ressources humaines si le financement est possible et je lui répondrai avant l'été."),
        H(1, "11. Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume les objectifs et nous fixons un point en juin. Le compte rendu part chez lui sous huit jours."),
        H(1, "12. Mon auto-contrôle après l'entretien", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Oui / non", "Remarque"],
           ["J'ai laissé Kevin parler en premier du bilan", "", ""],
           ["J'ai dit clairement à quoi servait l'entretien", "", ""],
           ["J'ai reformulé ce qu'il disait sur les intérimaires", "", ""],
           ["J'ai proposé des solutions concrètes pour décembre", "", ""],
           ["J'ai répondu à sa question sur le poste de jour", "", ""]]),
    ],
    missing=["note-taking-grid"],
)
