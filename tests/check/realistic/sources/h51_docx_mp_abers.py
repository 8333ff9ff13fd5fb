from _common import *

DOC = dict(
    deliverable="management-plan",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Gwenaëlle Morvan manages the member-service team (14 advisers) of Mutuelle des Abers, a health
    mutual of 62 000 members in Brest, which is moving from phone-only service to chat, video and a member app.
    The authors' own headings, some sub-headings as bold Normal paragraphs; the training plan and the career steps
    share one heading and one table (merged); the follow-up indicators have a heading and nothing under it
    (empty).""",
    title="Pôle relation adhérents : plan de management 2027-2029",
    cover=["Mutuelle des Abers – Brest", "Gwenaëlle Morvan, responsable du pôle · dossier de l'étude de cas 3"],
    blocks=[
        H(1, "L'essentiel en une page", {"executive-summary": "ok"}),
        P("La Mutuelle des Abers assure 62 000 adhérents dans le Finistère nord. Son pôle relation adhérents, "
          "quatorze conseillers et une responsable, répond aujourd'hui presque uniquement au téléphone. La direction "
          "a décidé d'ouvrir en 2027 un chat, des rendez-vous en visio et une application, pour suivre des adhérents "
          "plus jeunes qui n'appellent plus et pour tenir l'objectif de 85 % d'appels décrochés, contre 71 % "
          "aujourd'hui."),
        P("Ce plan dit comment l'équipe va suivre ce virage sans s'épuiser. Il prévoit deux recrutements, un "
          "référent des canaux écrits et un analyste qualité, un parcours d'arrivée de six semaines, un plan de "
          "formation de 420 heures sur trois ans centré sur l'écrit et l'écoute à distance, et une organisation en "
          "deux cellules. Le coût total est de 186 000 euros sur trois ans, dont 60 % pris en charge par le budget de "
          "transformation déjà voté. Les conseillers ont été associés à chaque étape de ce travail."),
        H(1, "Où va la mutuelle, et d'où part l'équipe", {"strategy-context": "ok"}),
        P("Le plan stratégique 2026-2030 de la mutuelle fixe trois priorités : gagner 8 000 adhérents de moins de "
          "quarante ans, réduire de 15 % les coûts de gestion et garder la première place des mutuelles bretonnes en "
          "satisfaction. Pour les moins de quarante ans, le téléphone est un frein : dans l'enquête de 2025, 64 % "
          "d'entre eux disent préférer écrire. La direction a donc choisi un outil de relation client qui réunit "
          "téléphone, chat, courriels et visio, installé en avril 2027."),
        P("L'équipe actuelle est solide mais fatiguée. Les quatorze conseillers ont en moyenne onze ans "
          "d'ancienneté ; ils connaissent parfaitement les garanties et les remboursements, mais seuls trois ont "
          "déjà travaillé à l'écrit avec les adhérents. L'absentéisme est monté à 7,2 % en 2025, et deux départs "
          "sont attendus d'ici 2028, l'un à la retraite, l'autre pour une mutation. La charge dépend beaucoup des "
          "saisons : janvier, avec les changements de contrat, et septembre, avec la rentrée, concentrent 30 % des "
          "appels de l'année. Personne dans l'équipe ne mesure aujourd'hui la qualité des réponses, en dehors d'une "
          "écoute d'appels une fois par an pendant l'entretien annuel."),
        P("Le virage vers l'écrit inquiète une partie de l'équipe. Lors de la réunion de lancement, plusieurs "
          "conseillers confirmés ont dit craindre d'être jugés sur leur orthographe, ou d'être remplacés par un "
          "robot conversationnel. La direction s'est engagée par écrit à ne supprimer aucun poste de conseiller "
          "pendant la durée du plan stratégique, et ce plan s'appuie sur cet engagement."),
        B("Revue de l'équipe", {"people-review": "ok"}),
        T([["Groupe", "Effectif", "Points forts", "Besoin"],
           ["Conseillers confirmés (plus de 10 ans)", "8", "garanties, cas complexes", "écrit, outils numériques"],
           ["Conseillers (3 à 10 ans)", "4", "polyvalence", "gestion des réclamations"],
           ["Nouveaux (moins de 3 ans)", "2", "aisance numérique", "connaissance des contrats"]]),
        H(1, "Les deux postes à créer", {"key-functions": "ok"}),
        P("Nous proposons deux fonctions nouvelles, à pourvoir d'abord en interne. Le référent des canaux écrits "
          "organise le chat et les courriels, écrit les modèles de réponse et forme ses collègues. L'analyste "
          "qualité écoute et relit un échantillon de contacts chaque semaine et suit la satisfaction. Sans ces deux rôles, "
          "le chat ouvrirait avec des réponses inégales et personne pour les corriger."),
        T([["Fonction", "Quand", "Comment", "Pourquoi"],
           ["Référent canaux écrits", "mars 2027", "appel à candidatures interne", "ouverture du chat en avril"],
           ["Analyste qualité", "janvier 2028", "recrutement externe si personne en interne",
            "tenir la satisfaction en tête"],
           ["Conseiller (remplacement retraite)", "septembre 2028", "recrutement externe, profil bilingue écrit",
            "départ de Jean-Yves"]]),
        H(1, "Bien accueillir ceux qui arrivent", {"onboarding": "ok"}),
        P("Les deux derniers arrivants nous ont dit la même chose : le premier mois, on les a mis au téléphone après "
          "trois jours, sans connaître les garanties, et ils ont eu peur de chaque appel. Nous voulons changer cela. "
          "Avant le premier jour, le nouveau reçoit un mail de bienvenue, son planning de la première semaine et le "
          "nom de son parrain. Le service des ressources humaines prépare le contrat, la mutuelle et le badge, et "
          "l'informatique ouvre les accès la veille."),
        P("Les deux premières semaines se passent en double écoute à côté d'un conseiller confirmé, avec une demi-"
          "journée par semaine au service des remboursements pour voir ce qui se passe après l'appel. La troisième "
          "semaine, il prend ses premiers appels simples, puis le chat à partir de la cinquième. Un déjeuner d'équipe "
          "est organisé la première semaine, et la responsable fait un point individuel à la fin de chaque semaine, "
          "puis à la fin de la période d'essai. Le parrain dispose de deux "
          "heures par semaine retirées de son planning d'appels pour cet accompagnement."),
        B("Les six premières semaines", {"onboarding-plan": "ok"}),
        T([["Moment", "Action", "Qui"],
           ["Avant l'arrivée", "contrat, accès, mail de bienvenue, parrain désigné", "RH, informatique, responsable"],
           ["Semaines 1 et 2", "double écoute, visite des remboursements", "parrain"],
           ["Semaines 3 et 4", "appels simples, débrief quotidien", "parrain, responsable"],
           ["Semaines 5 et 6", "chat et courriels, premier bilan", "référent canaux écrits"]]),
        H(1, "Ce que l'équipe doit apprendre", {"training-needs": "ok"}),
        P("Nous avons repéré les besoins de trois façons : un questionnaire rempli par les quatorze conseillers, "
          "l'écoute de quarante appels et la relecture de soixante courriels envoyés en 2026. Le premier besoin est "
          "l'écrit : les réponses sont justes mais longues, pleines de termes techniques, et le ton varie beaucoup "
          "d'un conseiller à l'autre. Le deuxième est la relation à distance en visio, que personne n'a pratiquée. "
          "Le troisième est la gestion des adhérents en colère, qui revient dans le questionnaire comme la première "
          "source de fatigue."),
        P("Il faut aussi tenir compte des contraintes. On ne peut pas retirer plus de deux conseillers du plateau en "
          "même temps, ni former en janvier et en septembre. Les formations doivent donc être courtes, par demi-"
          "journées, et placées au printemps et à l'automne. Les conseillers confirmés ont demandé à être formés "
          "ensemble, entre eux, plutôt que mélangés avec les nouveaux. Enfin, le financement "
          "passe par l'opérateur de compétences de la branche pour les formations certifiantes."),
        P("Les nouveaux arrivants, eux, ont surtout besoin de connaître les contrats et les règles de remboursement : "
          "ce besoin est couvert par le parcours d'arrivée plutôt que par des stages."),
        B("Formations et évolutions prévues", {"training-plan": "ok", "career-plan": "ok"}),
        T([["Action", "Pour qui", "Durée", "Quand", "Débouché"],
           ["Écrire simple et clair", "les 14 conseillers", "3 demi-journées", "mars-avril 2027", "–"],
           ["Rendez-vous en visio", "10 volontaires", "1 jour", "mai 2027", "–"],
           ["Apaiser un adhérent en colère", "les 14 conseillers", "2 jours", "octobre 2027", "–"],
           ["Animer et former ses pairs", "référent canaux écrits", "4 jours", "2027", "référent confirmé"],
           ["Certificat qualité de service", "futur analyste qualité", "10 jours", "2028",
            "poste d'analyste qualité"],
           ["Tutorat de nouveaux arrivants", "4 conseillers confirmés", "1 jour", "2028",
            "rôle de parrain reconnu, prime annuelle"]]),
        H(1, "Notre pôle en 2029", {"team-vision": "ok"}),
        P("Dans trois ans, nous voulons un pôle où chaque adhérent est servi par le canal qu'il préfère, sans "
          "attendre et sans répéter son histoire. Le téléphone restera le canal principal pour les personnes âgées "
          "et pour les cas compliqués ; le chat et les courriels prendront les questions simples, qui sont aujourd'hui "
          "la moitié des appels. Nous visons 85 % d'appels décrochés, une réponse écrite en moins de quatre heures "
          "ouvrées et une satisfaction stable au-dessus de 8 sur 10."),
        P("L'équipe s'organisera en deux cellules de sept conseillers, l'une tournée vers le téléphone et la visio, "
          "l'autre vers l'écrit, avec une rotation tous les six mois pour que personne ne soit enfermé dans un seul "
          "canal. Chaque cellule aura un référent. L'analyste qualité donnera à tous un retour régulier, concret, "
          "sur de vrais échanges, au lieu de l'unique écoute annuelle d'aujourd'hui."),
        P("Nous voulons aussi que le métier de conseiller ait un avenir visible. Aujourd'hui, un conseiller qui veut "
          "évoluer doit quitter le pôle. Demain, il pourra devenir parrain, référent, analyste qualité ou formateur "
          "interne. Cette perspective compte autant que les outils pour faire baisser l'absentéisme et garder les "
          "conseillers confirmés, dont l'expérience est notre vraie richesse. Nous "
          "présenterons cette vision à toute l'équipe en janvier, avant de la présenter à la direction. "
          "Chaque conseiller pourra dire, dans son entretien annuel, quel rôle l'attire et dans quel délai, pour "
          "que les parcours se construisent avec eux et non à leur place."),
        B("Organigramme visé", {"target-organisation": "ok"}),
        Img(["Responsable", "Cellule voix et visio", "Cellule écrit", "Analyste qualité"],
            caption="Organisation visée en 2029 : deux cellules et un analyste rattachés à la responsable"),
        H(1, "Ce que cela coûte", {"budget-timeline": "ok"}),
        T([["Poste", "2027", "2028", "2029", "Total"],
           ["Formations", "38 000 €", "29 000 €", "12 000 €", "79 000 €"],
           ["Recrutement et prime du référent", "9 000 €", "31 000 €", "18 000 €", "58 000 €"],
           ["Temps de tutorat", "6 000 €", "9 000 €", "9 000 €", "24 000 €"],
           ["Accompagnement au changement", "15 000 €", "6 000 €", "4 000 €", "25 000 €"],
           ["Total", "68 000 €", "75 000 €", "43 000 €", "186 000 €"]]),
        B("Calendrier", {"timeline": "ok"}),
        T([["Quand", "Étape"],
           ["mars 2027", "référent des canaux écrits nommé"],
           ["avril 2027", "ouverture du chat et des courriels"],
           ["janvier 2028", "arrivée de l'analyste qualité"],
           ["septembre 2028", "remplacement du départ en retraite"],
           ["janvier 2029", "deux cellules en place, première rotation"]]),
        H(1, "Comment saurons-nous que cela marche ?", {"hr-indicators": "empty"}),
    ],
)
