from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    via="python-docx",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. python-docx, in
    French: Sophie Marchal, responsable du service client de Verdance (vente de plantes en ligne, Angers), prépare
    l'entretien annuel de Karim Benali, conseiller devenu référent d'une équipe de quatre. Titres paraphrasés et en
    questions, à sa façon ; le bilan de l'année porte deux sous-titres (objectifs, compétences) au niveau 2 ; les
    souhaits d'évolution tiennent en deux phrases (thin) ; pas d'autocontrôle des critères (missing).""",
    title="Entretien annuel de Karim Benali – ma préparation",
    cover=["Mise en situation – entretien d'évaluation", "Sophie Marchal, responsable service client, Verdance",
           "Entretien prévu le 14 janvier 2027, salle Glycine, 10 h"],
    blocks=[
        H(1, "Avant le jour J : ce que je prépare", {"preparation": "ok"}),
        P("Karim est chez Verdance depuis trois ans. Il a commencé comme conseiller au téléphone et par chat, et "
          "depuis mars il est référent d'une petite équipe de quatre conseillers sur les commandes abîmées et les "
          "retours, le sujet le plus sensible du service. C'est notre premier entretien annuel depuis ce "
          "changement : il doit parler autant de son rôle nouveau que de ses résultats."),
        P("Je relis sa fiche de poste de référent, que nous avions écrite ensemble au printemps, et le compte rendu "
          "de l'entretien de janvier dernier avec ses trois objectifs. Je sors les chiffres de l'outil de tickets "
          "pour son équipe, mois par mois, et je demande à Lucie, au contrôle qualité, les notes d'écoute de ses "
          "appels. Je relis aussi les deux messages de clients qui l'ont cité par son prénom."),
        P("Je lui envoie une semaine avant la grille d'auto-évaluation et l'ordre du jour, pour qu'il vienne avec "
          "ses propres exemples. Je réserve une heure et demie dans une salle fermée, téléphone coupé, et je bloque "
          "le créneau qui suit pour ne pas être pressée. Un point me tient à cœur : la tension d'octobre avec "
          "l'entrepôt, dont je veux parler sans en faire un reproche."),
        H(1, "Comment j'ouvre l'entretien", {"opening": "ok"}),
        P("Je commence par le remercier pour l'automne, qui a été dur pour toute l'équipe avec la saison des bulbes "
          "et les retards du transporteur. Puis je dis simplement à quoi sert ce moment : regarder ensemble son "
          "année, fixer ce qu'on vise pour 2027, et entendre ce qu'il souhaite pour la suite. Je précise que rien "
          "de ce qu'il dira ne sera une surprise dans le compte rendu : nous le relirons ensemble avant de le "
          "signer, et il pourra y ajouter ses remarques. Je lui laisse ensuite la parole en premier sur son année, "
          "parce que c'est son entretien avant d'être le mien."),
        H(1, "Le fil de l'heure et demie", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais", "Question pour lancer"],
           ["10 min", "accueil", "remercier, rappeler le but et le déroulé", "Comment arrives-tu à cet entretien ?"],
           ["25 min", "l'année écoulée", "le laisser parler, puis compléter avec les chiffres",
            "De quoi es-tu le plus fier cette année ?"],
           ["15 min", "compétences", "comparer sa grille et la mienne, point par point",
            "Où nos deux grilles ne disent-elles pas la même chose ?"],
           ["20 min", "2027", "co-écrire les objectifs, puis la formation", "Qu'est-ce qui t'aiderait le plus ?"],
           ["10 min", "envies", "écouter, ne rien promettre", "Où te vois-tu dans deux ans ?"],
           ["10 min", "fin", "résumer, fixer les suites, relire", "Y a-t-il un sujet qu'on n'a pas abordé ?"]]),
        H(1, "Quelle année pour Karim ?", {"year-review": "ok"}),
        P("Son année a deux moitiés. Jusqu'en mars, il était conseiller et il restait l'un des plus appréciés du "
          "service, avec une note de satisfaction de 4,6 sur 5 après ses échanges. Depuis qu'il est référent, il a "
          "remis à plat la façon de traiter une plante arrivée abîmée : photo demandée tout de suite, renvoi ou "
          "avoir décidé en une seule réponse, et un modèle de message que toute l'équipe utilise. Le délai moyen "
          "de résolution de ces dossiers est passé de 4,2 jours à 1,8 jour."),
        P("Le point plus difficile, c'est octobre. Avec le pic des bulbes, son équipe a renvoyé beaucoup de colis "
          "sans vérifier le stock, et l'entrepôt s'est plaint directement à la direction. Karim l'a mal vécu. Je "
          "veux reconnaître qu'il n'avait pas l'accès au stock à ce moment-là, et l'entendre sur ce qu'il ferait "
          "différemment, plutôt que de revenir sur la faute."),
        H(2, "Ses objectifs 2026 : où en est-on ?", {"objectives-achieved": "ok"}),
        T([["Objectif fixé en janvier", "Résultat", "Atteint ?", "Commentaire"],
           ["Délai de résolution des colis abîmés sous 2 jours", "1,8 jour en moyenne depuis mai", "oui",
            "grâce au nouveau processus"],
           ["Former deux nouveaux conseillers", "Inès et Tom autonomes en six semaines", "oui",
            "retours très positifs"],
           ["Satisfaction équipe au-dessus de 4,5", "4,3 sur l'année, 3,9 en octobre", "en partie",
            "octobre pèse lourd"]]),
        H(2, "Savoir-faire et comportements", {"skills": "ok"}),
        T([["Compétence", "Son avis", "Mon avis", "Exemple"],
           ["Écoute du client", "très bien", "très bien", "les deux clients qui le citent"],
           ["Animer une équipe", "à progresser", "bien", "points du lundi réguliers, bien préparés"],
           ["Travailler avec l'entrepôt", "difficile", "à progresser", "les renvois d'octobre"],
           ["Écrire des procédures", "bien", "très bien", "le modèle de message repris par tous"]]),
        H(1, "Ce que nous visons pour 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance"],
           ["Renvois validés avec l'entrepôt avant envoi", "part des renvois vérifiés en stock", "100 %",
            "fin mars 2027"],
           ["Satisfaction de l'équipe pendant les pics", "note après échange, septembre-novembre", "4,5 sur 5",
            "fin novembre 2027"],
           ["Procédure écrite pour les litiges transporteur", "procédure validée et utilisée", "1 document",
            "fin juin 2027"]]),
        H(1, "Se former, mais à quoi ?", {"training": "ok"}),
        T([["Besoin", "Action", "Quand", "Financement"],
           ["Gérer les tensions entre services", "formation de deux jours, communication non violente",
            "février 2027", "plan de développement"],
           ["Lire les stocks et les flux", "une semaine d'immersion à l'entrepôt avec Damien", "avril 2027",
            "interne"],
           ["Manager sans être chef", "parcours en ligne de six modules", "au fil de l'année", "CPF, s'il le veut"]]),
        H(1, "Et après ? Ses envies", {"career-wishes": "thin"}),
        P("Karim m'a déjà dit qu'il aimerait un jour encadrer le service client entier. Je veux l'écouter sur ce "
          "projet et voir avec lui quelles étapes sont réalistes."),
        H(1, "Comment on se quitte, et la suite", {"closing-follow-up": "ok"}),
        P("Je résume en quelques phrases ce que nous avons dit : une belle année sur les colis abîmés, un mois "
          "d'octobre dont on tire une leçon, trois objectifs et deux formations pour 2027. Je lui demande s'il "
          "voit les choses de la même façon et s'il reste un sujet à aborder. Je lui envoie le compte rendu sous "
          "trois jours ; il a une semaine pour le relire et ajouter ses commentaires avant que nous le signions "
          "tous les deux. Nous fixons tout de suite un point d'étape fin avril, après son immersion à l'entrepôt. "
          "Je termine en lui disant clairement que je compte sur lui pour la saison 2027."),
        H(1, "Ma feuille pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que je remarque", "À reprendre"],
           ["Accueil", "état d'esprit, attentes", "ton, aisance", "–"],
           ["Année écoulée", "ses fiertés, ses regrets", "ce qu'il ne dit pas d'octobre", "exemples précis"],
           ["Compétences", "écarts entre nos deux grilles", "réactions aux écarts", "points d'accord"],
           ["2027", "ses propositions d'objectifs", "motivation", "formulation finale"],
           ["Envies", "projets, délais", "réalisme", "prochaine étape"]]),
    ],
    missing=["criteria-self-check"],
)
