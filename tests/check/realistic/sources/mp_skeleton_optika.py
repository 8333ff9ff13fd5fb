DOC = dict(
    deliverable="management-plan",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted. The summary still our prompt (written last, never
    written); people review and target org chart deleted (both optional); onboarding heading retyped "Accueillir
    les nouveaux" (runs replaced, bookmark lost); training needs short (thin); career table and plan timeline left
    as generated (empty); budget typed over our formula cells.""",
    cover={"project": "Service client Optika", "company": "Optika", "candidate": "Camille Besson"},
    sections={
        "executive-summary": dict(status="placeholder"),
        "strategy-context": dict(status="ok", text=[
            "Optika est une chaîne de 48 magasins d'optique en Occitanie et en Nouvelle-Aquitaine. Son service client, "
            "basé à Toulouse, compte neuf conseillers qui répondent au téléphone et par e-mail aux clients des "
            "magasins : suivi des commandes de lunettes, remboursements des mutuelles, réclamations. La stratégie de "
            "l'entreprise pour 2027 repose sur la vente en ligne de lentilles et de lunettes de soleil, lancée en "
            "septembre, et sur la prise de rendez-vous d'examen de vue en ligne. Le volume de contacts devrait "
            "augmenter de 40 % en un an, avec des demandes nouvelles : suivi de livraison, retours de colis, aide à "
            "l'essayage virtuel.",
            "L'équipe actuelle connaît parfaitement les produits et les mutuelles, mais elle a été construite pour le "
            "téléphone. Aucun conseiller n'a l'habitude du chat, les horaires s'arrêtent à 18 heures alors que la "
            "moitié des commandes en ligne arrivent le soir, et la responsable d'équipe passe l'essentiel de son temps "
            "à traiter elle-même les réclamations difficiles. Les entretiens annuels montrent une équipe attachée à "
            "l'entreprise, inquiète de la charge à venir, et trois conseillers intéressés par des missions "
            "nouvelles. Le turnover a été de deux départs sur neuf en 2026, tous deux vers des postes mieux payés "
            "dans la banque. Le plan doit donc à la fois absorber la croissance et donner des perspectives à ceux qui restent, avec un budget limité à environ dix mille euros."]),
        "people-review": dict(status="missing"),
        "key-functions": dict(status="ok", tables=[[
            ["Référent e-commerce", "traiter les demandes liées aux commandes en ligne et former l'équipe au chat", "février 2027", "conseiller avec expérience du e-commerce", "mobilité interne, un des trois volontaires"],
            ["Conseiller du soir", "couvrir 18 h – 21 h quand arrivent les commandes en ligne", "mars 2027", "conseiller à temps partiel, aisance à l'écrit", "recrutement externe"],
            ["Chef d'équipe adjoint", "reprendre les réclamations complexes et le planning", "juin 2027", "conseiller confirmé, sens de l'organisation", "mobilité interne"],
            ["Conseiller polyvalent", "absorber la hausse des volumes en période de soldes", "juin 2027", "CDD saisonnier, bonne expression écrite", "recrutement externe"]]]),
        "onboarding": dict(status="ok", retitle="Accueillir les nouveaux", text=[
            "Un conseiller du service client a besoin de connaître à la fois les produits optiques, les règles des "
            "mutuelles et les outils, ce qui prend du temps. Jusqu'ici, les nouveaux étaient formés \"sur le tas\" "
            "par leurs collègues entre deux appels. Le parcours d'intégration sera désormais organisé : une semaine "
            "en magasin pour voir le métier d'opticien et les clients, puis une semaine de formation aux outils et "
            "aux mutuelles, puis une prise d'appels progressive avec un tuteur qui écoute et débriefe. Chaque "
            "nouvel arrivant a une liste de contrôle partagée avec la responsable, qui fait un point à un mois, deux "
            "mois et trois mois. Pour le conseiller du soir, qui travaillera seul une partie du temps, le tuteur "
            "restera joignable par message les deux premières semaines. Les tuteurs sont volontaires et reçoivent une prime de 150 euros par personne accompagnée, versée après le point à trois mois, pour reconnaître ce travail qui était jusqu'ici invisible. Un tuteur n'accompagne jamais plus d'une personne à la fois."]),
        "onboarding-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "contrat, accès aux outils préparés", "planning des deux premières semaines envoyé", "message de bienvenue de l'équipe", "responsable", "accès testés"],
            [None, "badge, poste, casque", "visite du service", "déjeuner avec le tuteur", "tuteur", "—"],
            [None, "—", "une semaine en magasin à Toulouse-Capitole", "rencontre avec l'opticien responsable", "responsable magasin", "compte rendu"],
            [None, "—", "appels seul, écoute une heure par jour", "réunion d'équipe", "tuteur", "point à 30 jours"],
            [None, "—", "e-mails et chat", "—", "tuteur", "point à 60 jours"],
            [None, "fin de période d'essai", "autonomie complète", "—", "responsable", "point à 90 jours"]]]),
        "training-needs": dict(status="thin", text=[
            "Toute l'équipe doit apprendre le chat et l'écrit client. Les volontaires ont besoin de formations à "
            "l'encadrement et au e-commerce."]),
        "training-plan": dict(status="ok", tables=[[
            ["Toute l'équipe", "répondre par chat", "traiter deux conversations en parallèle", "atelier d'une journée", "éditeur Zendesk", "inclus", "janvier"],
            ["Toute l'équipe", "écrit client", "réponses claires et sans faute", "formation en ligne de 6 heures", "organisme certifié", "1 800 €", "février"],
            ["Chef d'équipe adjoint", "encadrement", "animer un planning et des entretiens", "formation de 3 jours", "CCI de Toulouse", "1 350 €", "mai"]]]),
        "career-plan": dict(status="empty"),
        "team-vision": dict(status="ok", text=[
            "En 2028, le service client d'Optika sera ouvert de 9 heures à 21 heures, par téléphone, e-mail et chat, "
            "avec onze personnes organisées en deux pôles : les commandes en ligne, autour du référent e-commerce, "
            "et les magasins et mutuelles, autour des conseillers historiques. Le chef d'équipe adjoint prendra en "
            "charge le planning et les réclamations difficiles, pour que la responsable puisse se consacrer à "
            "l'animation de l'équipe, à la qualité et aux liens avec les magasins.",
            "Je veux que chaque conseiller puisse passer d'un canal à l'autre et que les savoirs ne reposent plus "
            "sur une ou deux personnes. Les fiches de réponse seront écrites par l'équipe elle-même et mises à jour "
            "chaque mois. Nous mesurerons notre réussite à la satisfaction des clients après chaque contact, au "
            "délai de réponse sur le chat et à la stabilité de l'équipe : aucun départ subi en 2027. Enfin, les "
            "trois volontaires auront chacun une perspective d'évolution, ce qui répond à la principale cause des "
            "départs de 2026. Cette organisation sera présentée à l'équipe en décembre, et chacun pourra proposer "
            "des ajustements avant sa mise en place. Nous ferons un premier bilan en juin, après les soldes, qui seront le premier vrai test de la nouvelle organisation, et nous ajusterons les horaires du soir selon les volumes réellement observés sur le chat. Le bilan sera partagé avec toute l'équipe."]),
        "target-organisation": dict(status="missing"),
        "budget-timeline": dict(status="ok", skip_cols=1, tables=[[
            [None, "900 €", "2 400 €", "3 300 €"],
            [None, "1 200 €", "600 €", "1 800 €"],
            [None, "3 150 €", "2 000 €", "5 150 €"],
            [None, "0 €", "1 500 €", "1 500 €"],
            [None, "400 €", "800 €", "1 200 €"],
            [None, "-1 800 €", "-1 000 €", "-2 800 €"],
            [None, "3 850 €", "6 300 €", "10 150 €"]]]),
        "timeline": dict(status="empty"),
        "hr-indicators": dict(status="ok", tables=[[
            ["Satisfaction après contact", "clients satisfaits / répondants", "85 %", "mensuelle", "responsable"],
            ["Délai de réponse chat", "délai médian de première réponse", "moins de 2 min", "hebdomadaire", "chef d'équipe adjoint"],
            ["Départs subis", "départs à l'initiative du salarié", "0", "annuelle", "responsable"]]]),
    },
)
