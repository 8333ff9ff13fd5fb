from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="skeleton",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: Navisaône, a river-cruise company of 23 people in Chalon-sur-Saône whose day cruises and
    dinner boats now sell mostly online, recruits its first digital marketing officer; the head of operations
    prepares the interview with Lucas Ferrand, a shortlisted candidate. Guidance boxes deleted. The preparation
    heading retyped "Avant de recevoir Lucas : contexte et objectifs", the STAR heading "Mises en situation" and
    the closing heading "Fin de l'entretien et suite du processus" (runs replaced, bookmarks lost); the job heading
    retyped "Le poste en résumé" keeping its bookmark. Phases, job, STAR, note-taking and scoring tables filled
    (pre-filled row labels kept, rows added to the STAR table). The candidate's questions are two sentences
    (thin). The self-check of the criteria was deleted with its heading (missing).""",
    cover={"candidate": "Hélène Marchetti", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Lucas : contexte et objectifs", text=[
            "Navisaône fait naviguer trois bateaux sur la Saône au départ de Chalon : deux bateaux-promenade de 80 "
            "places et un bateau-restaurant de 120 couverts. En 2026, 61 % des billets ont été vendus en ligne, "
            "contre 22 % en 2019, mais personne dans l'entreprise n'est chargé de ce canal : les réseaux sociaux "
            "sont tenus le soir par la gérante, et la publicité en ligne est confiée à une agence dijonnaise dont "
            "les résultats nous déçoivent. Le poste de chargé(e) de marketing digital est donc une création.",
            "Sur 34 candidatures, j'en ai retenu quatre. Lucas Ferrand, 27 ans, a passé trois ans dans une agence de "
            "voyages en ligne à Lyon, où il gérait les campagnes payantes d'un portefeuille de gîtes. Son CV est "
            "solide sur la publicité, plus léger sur la création de contenus et il n'a jamais travaillé seul. Je "
            "veux vérifier en priorité trois choses : s'il sait bâtir une campagne de bout en bout, s'il supportera "
            "d'être le seul spécialiste du numérique, et s'il comprend une saison touristique qui fait 70 % du "
            "chiffre d'affaires entre mai et septembre. L'entretien aura lieu le jeudi 14 janvier à 10 h, à bord "
            "du bateau-restaurant à quai, avec la gérante présente pendant la dernière demi-heure."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Lucas, merci d'être venu jusqu'à Chalon, et bienvenue à bord : c'est ici que nos clients "
            "passent leurs soirées d'été. Je suis Hélène Marchetti, je dirige l'exploitation, et c'est à moi que "
            "sera rattaché le poste. Nous avons une heure. Je vous présenterai d'abord Navisaône et ce que nous "
            "attendons de ce poste, que nous créons. Ensuite je vous demanderai de me raconter quelques situations "
            "de votre parcours, puis ce qui vous attire ici. Vous aurez ensuite tout le temps de me poser vos "
            "questions, et Mme Roux, notre gérante, nous rejoindra pour la fin. Je vais prendre des notes, pour "
            "être juste avec chacun des candidats ; cela ne doit pas vous gêner. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "mettre à l'aise, annoncer le déroulé", "« Vous avez trouvé facilement ? »", "3 min"],
            [None, "donner envie et poser les attentes", "chiffres de la saison, part du web", "7 min"],
            [None, "comprendre ses choix", "« Qu'est-ce qui vous a fait quitter l'agence ? »", "8 min"],
            [None, "vérifier les compétences sur des faits", "quatre questions sur des cas réels", "20 min"],
            [None, "tester l'envie de travailler seul", "« Pourquoi une petite entreprise ? »", "7 min"],
            [None, "répondre franchement", "salaire, saison, horaires", "10 min"],
            [None, "annoncer la suite et la date", "« Vous aurez ma réponse le... »", "5 min"]]]),
        "job-summary": dict(status="ok", retitle="Le poste en résumé", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "Chargé(e) de marketing digital, seul(e) sur ce métier", "indispensable"],
            [None, "la responsable d'exploitation, lien direct avec la gérante", "indispensable"],
            [None, "remplir les bateaux hors saison grâce aux ventes en ligne", "indispensable"],
            [None, "campagnes en ligne, réseaux sociaux, newsletter, site de réservation", "indispensable"],
            [None, "publicité sur moteurs de recherche et réseaux, outil d'analyse web", "indispensable"],
            [None, "autonomie, sens de l'organisation, goût du terrain", "souhaitable"],
            [None, "CDI, Chalon-sur-Saône, 30 à 34 k€ bruts, deux week-ends par mois en été", "indispensable"]]]),
        "star-questions": dict(status="ok", retitle="Mises en situation", tables=[[
            ["publicité en ligne", "« Parlez-moi d'une campagne dont vous êtes fier. »", "un budget réduit de moitié",
             "garder les réservations", "ciblage revu, annonces réécrites", "coût par réservation en baisse", ""],
            ["travail en autonomie", "« Racontez un projet que vous avez mené sans aide. »", "un collègue absent",
             "lancer seul une offre", "planning fait soi-même", "offre lancée à la date", ""],
            ["contenus", "« Un post ou une vidéo qui a bien marché : pourquoi ? »", "un compte peu suivi",
             "le faire connaître", "vidéos courtes tournées sur place", "abonnés multipliés", ""],
            ["saisonnalité", "« Comment avez-vous vécu une période très chargée ? »", "pic de réservations",
             "tenir les délais", "priorités posées chaque matin", "aucune erreur grave", ""]]]),
        "motivation": dict(status="ok", text=[
            "« Qu'est-ce qui vous donne envie de quitter une agence pour une entreprise de 23 personnes ? » J'attends "
            "qu'il parle du produit, des bateaux, de la Saône, et pas seulement d'un CDI : un bon candidat aura "
            "regardé notre site et nos avis en ligne.",
            "« Comment vous voyez-vous dans trois ans chez nous ? » Une bonne réponse montre qu'il veut construire "
            "quelque chose, pas seulement exécuter.",
            "« Que pensez-vous de notre page Instagram ? » Je veux un regard honnête et une idée concrète, pas un "
            "compliment. S'il n'a rien regardé avant de venir, ce sera pour moi un vrai signal d'alerte."]),
        "candidate-questions": dict(status="thin", text=[
            "Il demandera sûrement le salaire et les week-ends : je répondrai 30 à 34 k€ selon l'expérience, et deux "
            "week-ends par mois de mai à septembre, récupérés en hiver."]),
        "closing-follow-up": dict(status="ok", retitle="Fin de l'entretien et suite du processus", text=[
            "Je remercierai Lucas pour son temps et je lui dirai franchement où nous en sommes : quatre candidats "
            "rencontrés cette semaine, puis un second entretien pour deux d'entre eux avec un petit cas pratique, "
            "préparer la campagne de printemps du bateau-restaurant. Il aura notre réponse au plus tard le vendredi "
            "22 janvier, par téléphone et non par un courriel automatique, qu'elle soit positive ou non. Je lui "
            "proposerai de le raccompagner par le pont supérieur pour qu'il voie le bateau en entier, et je lui "
            "laisserai ma carte s'il lui vient une question après coup."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "3 ans en agence de voyages en ligne, gîtes et chambres d'hôtes", "parcours cohérent",
             "demander une référence"],
            [None, "campagnes payantes, analyse web, un peu de vidéo", "solide sur la publicité", "cas pratique"],
            [None, "dit aimer organiser seul sa semaine", "à confirmer sur un exemple", "relancer au 2e entretien"],
            [None, "veut « voir l'effet de son travail sur un vrai produit »", "motivation sincère", "rien"],
            [None, "a demandé le budget publicitaire annuel", "question pertinente", "lui envoyer le chiffre"],
            [None, "préavis d'un mois, demande 33 k€", "dans la fourchette", "valider avec la gérante"]]]),
        "scoring-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "30 %", "4", "campagne gîtes bien expliquée, chiffres précis"],
            [None, "15 %", "3", "autonomie affirmée, peu prouvée"],
            [None, "25 %", "4", "trois ans dans le tourisme en ligne"],
            [None, "20 %", "5", "connaît nos avis, idée de vidéos à bord"],
            [None, "10 %", "4", "à l'aise avec l'équipe à quai"],
            [None, "100 %", "4,1", "à revoir en second entretien"]]]),
        "criteria-self-check": dict(status="missing"),
    },
)
