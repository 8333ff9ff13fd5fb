from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="skeleton",
    language="fr",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the city of Roanne replaces its paper and e-mail enrolment for schools, canteens and after-school
    care with an online family portal, open for the September 2027 school year. Guidance deleted. Two headings
    retyped (runs replaced, bookmarks lost): the objectives "À quoi sert cette politique ?" and the register
    "Les sept risques du portail famille"; the trigger indicators retyped "Signaux d'alerte" keeping the bookmark.
    Scales, register and indicators filled. The student deleted the response plans with their heading (missing).
    The monitoring section is still our prompt (placeholder).""",
    cover={"company": "Ville de Roanne — direction de l'éducation", "candidate": "Nora Belkacem",
           "school": "Web School Factory"},
    sections={
        "policy-objectives": dict(status="ok", retitle="À quoi sert cette politique ?", text=[
            "Chaque printemps, la direction de l'éducation de Roanne reçoit environ 4 200 dossiers d'inscription pour "
            "les 22 écoles publiques, la restauration scolaire et l'accueil périscolaire. Aujourd'hui, les familles "
            "déposent des formulaires papier en mairie ou les envoient par courriel, et quatre agents les ressaisissent "
            "pendant six semaines. Le projet remplace ce circuit par un portail famille en ligne, acheté à un éditeur "
            "spécialisé et relié au logiciel de facturation de la cantine. Le budget est de 185 000 € sur deux ans, et "
            "le portail doit ouvrir le 1er avril 2027 pour la rentrée de septembre.",
            "Cette politique fixe la manière dont l'équipe projet repère, note, traite et suit les risques du projet. "
            "Elle protège d'abord la continuité du service aux familles : aucun enfant ne doit se retrouver sans place "
            "à la cantine à la rentrée à cause du changement d'outil. Viennent ensuite les données personnelles des "
            "enfants, puis le calendrier, puis le budget. Le conseil municipal accepte un dépassement de 10 % au "
            "plus ; tout risque noté 15 ou plus est présenté à l'adjointe à l'éducation."]),
        "identification-method": dict(status="ok", text=[
            "Nous avons identifié les risques en trois temps. D'abord un atelier de deux heures avec les quatre agents "
            "du guichet éducation, deux directrices d'école, le service informatique et le délégué à la protection des "
            "données : chacun a listé ce qui pouvait empêcher une famille d'inscrire son enfant. Ensuite, j'ai relu le "
            "planning de l'éditeur semaine par semaine en cherchant les tâches sans marge. Enfin, nous avons appelé "
            "les villes de Vienne et de Montluçon, qui utilisent le même portail depuis 2024 ; elles nous ont parlé "
            "des familles sans ordinateur et des pièces justificatives illisibles envoyées en photo.",
            "Chaque risque est écrit avec sa cause et sa conséquence, puis noté de 1 à 5 en probabilité et en impact "
            "par deux personnes qui ne se concertent pas. Quand les notes diffèrent de plus d'un point, nous en "
            "discutons en réunion. Le score est le produit des deux notes."]),
        "rating-scales": dict(status="ok", skip_cols=1, tables=[[
            [None, "moins d'une chance sur vingt", "moins de 1 000 €", "quelques jours", "aucune famille ne le voit"],
            [None, "une chance sur dix", "1 000 à 5 000 €", "une à deux semaines", "quelques appels au guichet"],
            [None, "une chance sur quatre", "5 000 à 15 000 €", "deux semaines à un mois", "article dans la presse locale"],
            [None, "une chance sur deux", "15 000 à 30 000 €", "un à deux mois", "des familles sans inscription"],
            [None, "presque sûr", "plus de 30 000 €", "ouverture repoussée après la rentrée",
             "enfants sans place ou données exposées"]]]),
        "risk-register": dict(status="ok", retitle="Les sept risques du portail famille", tables=[[
            ["R1", "Technique", "Lien portail – facturation cantine défaillant", "Interface nouvelle chez l'éditeur",
             "3", "5", "15", "Plus de 1 % d'écarts au test", "Réduire", "Service informatique", "Ouvert"],
            ["R2", "Usagers", "Familles sans accès numérique exclues", "Pas d'ordinateur, peu à l'aise", "4", "4", "16",
             "Moins de 70 % d'inscriptions en ligne au 15 mai", "Réduire", "Nora", "Ouvert"],
            ["R3", "Données", "Fuite de données d'enfants", "Pièces justificatives stockées en clair", "2", "5", "10",
             "Alerte du délégué à la protection des données", "Éviter", "DPO", "Ouvert"],
            ["R4", "Planning", "Paramétrage des tarifs en retard", "Délibération tarifaire votée tard", "3", "3", "9",
             "Délibération non votée au 1er mars", "Accepter", "Direction éducation", "Ouvert"],
            ["R5", "Humain", "Agents du guichet débordés", "Double circuit papier et en ligne", "4", "3", "12",
             "Plus de 40 appels par jour", "Réduire", "Cheffe de service", "Ouvert"],
            ["R6", "Fournisseur", "Éditeur racheté pendant le projet", "Marché très concentré", "1", "4", "4",
             "Annonce de rachat", "Transférer", "Acheteur", "Suivi"],
            ["R7", "Technique", "Portail saturé le jour de l'ouverture", "Toutes les familles le même soir", "3", "3",
             "9", "Temps de réponse de plus de 5 secondes", "Réduire", "Éditeur", "Ouvert"]]]),
        "risk-matrix": dict(status="ok", text=[
            "Une fois placés dans la grille, deux risques se détachent en zone rouge : les familles sans accès "
            "numérique (R2, score 16) et le lien avec la facturation de la cantine (R1, score 15). Tous deux touchent "
            "directement la rentrée des enfants, ce qui correspond à notre première priorité. Le guichet débordé (R5) "
            "est en orange, le reste en jaune ou en vert. Nous voulons ramener R2 à 8 grâce aux permanences "
            "d'inscription dans les centres sociaux, et R1 à 10 grâce à deux campagnes de tests avec de vraies "
            "factures de l'année passée. La grille est mise à jour à chaque comité de pilotage."]),
        "trigger-indicators": dict(status="ok", retitle="Signaux d'alerte", keep_bookmark=True, tables=[[
            ["R1", "Écarts entre portail et facturation au test", "plus de 1 % des dossiers", "rapport de test",
             "à chaque campagne", "service informatique", "report de l'ouverture de la cantine en ligne"],
            ["R2", "Part des inscriptions faites en ligne", "moins de 70 % au 15 mai", "tableau du portail",
             "chaque semaine", "Nora", "permanences supplémentaires en mairie de quartier"],
            ["R5", "Appels reçus au guichet éducation", "plus de 40 par jour", "standard téléphonique",
             "chaque jour", "cheffe de service", "renfort de deux agents du service état civil"],
            ["R7", "Temps de réponse du portail", "plus de 5 secondes", "supervision de l'éditeur",
             "en continu", "éditeur", "ouverture étalée par école"]]]),
        "response-strategy": dict(status="ok", text=[
            "Pour chaque risque, le responsable choisit une réponse. Nous réduisons la plupart d'entre eux, parce "
            "qu'ils dépendent de notre organisation : des tests plus nombreux pour le lien avec la facturation, des "
            "permanences d'aide dans les trois centres sociaux et à la médiathèque pour les familles sans ordinateur, "
            "une ouverture du portail étalée sur trois soirs, par groupe d'écoles, pour éviter la saturation. Nous "
            "évitons la fuite de données en refusant toute pièce justificative envoyée par courriel : elles passent "
            "toutes par le portail, chiffrées, et sont supprimées après vérification. Le rachat de l'éditeur est "
            "transféré par une clause du marché qui garantit la maintenance pendant quatre ans quel que soit le "
            "propriétaire. Le retard de la délibération sur les tarifs est accepté : nous ouvrirons avec les tarifs "
            "de l'an passé et corrigerons les factures ensuite.",
            "Une provision de 12 000 € est réservée aux imprévus, soit 6,5 % du budget. Elle ne peut être engagée "
            "que sur décision du comité de pilotage, et chaque dépense est rattachée à un risque du registre."]),
        "response-plans": dict(status="missing"),
        "monitoring-governance": dict(status="placeholder"),
    },
)
