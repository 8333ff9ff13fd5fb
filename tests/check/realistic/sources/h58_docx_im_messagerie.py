from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French: Karim Benali, chef de quai d'une agence de messagerie à Vénissieux, prépare un entretien avec
    Sandrine, cariste expérimentée qui décroche depuis qu'un autre a été nommé chef d'équipe. Titres en questions
    et en paraphrases, une section trop courte, une section ajoutée par l'auteur.""",
    title="Entretien avec Sandrine Royer – retrouver l'envie",
    cover=["Karim Benali, chef de quai", "Messageries Rhodaniennes, agence de Vénissieux – décembre 2026"],
    blocks=[
        H(1, "Ce que je prépare avant de la recevoir", {"preparation": "ok"}),
        P("Sandrine conduit un chariot sur le quai de nuit depuis onze ans. C'est elle qui forme les intérimaires, "
          "elle connaît le plan de chargement de chaque tournée par cœur et les chauffeurs la réclament quand un "
          "camion part en retard. En septembre, le poste de chef d'équipe de nuit a été confié à Mehdi, arrivé il y "
          "a trois ans. Depuis, Sandrine a pris six jours d'arrêt, elle ne forme plus les nouveaux et le taux "
          "d'erreurs de chargement de son secteur est passé de 0,4 % à 1,3 %."),
        P("Mon but n'est pas de lui reprocher ces chiffres mais de comprendre ce qu'elle a vécu et de trouver avec "
          "elle une suite qui lui donne envie de rester. Je prévois quarante-cinq minutes, en début de poste un "
          "mardi, jour calme, dans le bureau du haut et non dans la cabine vitrée du quai. J'emporte sa fiche de "
          "poste, les erreurs de chargement d'octobre et de novembre, et le programme du nouveau tri automatique qui "
          "arrive au printemps, pour lequel il nous faut une référente. Je relis aussi le compte rendu de son "
          "entretien annuel : elle y demandait déjà plus de responsabilités et une formation de sauveteuse "
          "secouriste du travail. Je préviens Mehdi que je la vois, sans lui donner le détail."),
        H(1, "Les premières minutes : pourquoi on se voit", {"opening": "ok"}),
        P("Je lui dis d'emblée que je l'ai invitée parce qu'elle compte pour l'agence et que je la sens moins bien "
          "depuis l'automne. Je précise que ce n'est pas un recadrage, qu'il n'y aura aucune sanction et que ce "
          "qu'elle me dira restera entre nous, sauf si elle souhaite que j'en parle. Je lui explique le déroulé : "
          "d'abord elle, ensuite quelques chiffres, puis les idées pour la suite. Je lui demande si elle veut "
          "ajouter un point avant qu'on commence. Je lui dis enfin que nous repartirons avec un plan décidé à deux, écrit noir sur blanc, et non avec une liste de reproches."),
        H(1, "Comment je découpe les 45 minutes ?", {"interview-phases": "ok"}),
        T([["Moment", "Durée", "Mon rôle", "Ce que j'espère"],
           ["Accueil", "5 min", "poser le cadre, rassurer", "qu'elle parle sans méfiance"],
           ["Son ressenti", "15 min", "questions ouvertes, silence", "qu'elle dise ce que la nomination a changé"],
           ["Les chiffres", "8 min", "montrer sans juger", "qu'elle les commente"],
           ["Les pistes", "12 min", "proposer, écouter ses idées", "une ou deux actions qu'elle choisit"],
           ["Fin", "5 min", "reformuler, fixer la date", "son accord sur la suite"]]),
        H(1, "Son poste et ce que j'ai observé", {"facts": "ok"}),
        P("Je rappelle ce que prévoit son poste : charger et décharger les camions de la nuit, vérifier les "
          "étiquettes des colis contre le plan de tournée, signaler les colis abîmés et accompagner les "
          "intérimaires pendant leur première semaine. Cette dernière mission n'est écrite nulle part, mais elle la "
          "faisait depuis des années et tout le monde comptait dessus."),
        P("Les faits, tels quels : quatorze erreurs de chargement en novembre contre quatre au printemps, six jours "
          "d'arrêt en deux mois, et plus aucun intérimaire formé depuis octobre. Je dis aussi ce qui n'a pas bougé : "
          "zéro accident, et les chauffeurs continuent de la citer comme la plus fiable du quai. Je lui demande si "
          "elle voit les choses de la même façon et ce qui, selon elle, explique ces chiffres. Je lui laisse le temps de corriger un chiffre si elle pense qu'il est faux ou incomplet."),
        H(1, "Savoir me taire", {"active-listening": "ok"}),
        P("Le risque, avec Sandrine, c'est que je parle à sa place. Je pose une question ouverte, par exemple « "
          "qu'est-ce qui a changé pour toi depuis septembre ? », puis je me tais, même si le silence dure. Quand "
          "elle répond, je reformule avec ses mots avant d'enchaîner, pour qu'elle sache que j'ai compris. Si elle "
          "parle de la nomination de Mehdi avec colère, je ne défends pas la décision : je reconnais que c'est "
          "dur d'être passée à côté d'un poste qu'on attendait. Je note ce qu'elle dit, pas ce que j'en pense, et "
          "je surveille ses silences autant que ses phrases. Je garde mon téléphone éteint et je ne regarde pas l'heure pendant qu'elle parle."),
        H(1, "Quelles pistes on construit ensemble ?", {"co-built-solutions": "ok"}),
        P("Je commence par lui demander ce qui lui donnerait envie de reprendre la formation des intérimaires. "
          "Ensuite je propose mes idées, sans les imposer. La première : devenir référente du tri automatique qui "
          "arrive en avril, avec trois jours de formation chez le fabricant à Lille et un rôle reconnu auprès de "
          "toute l'équipe de nuit. La deuxième : inscrire au plan 2027 la formation de sauveteuse secouriste "
          "qu'elle demandait. La troisième : écrire avec elle la mission de tutrice des intérimaires dans sa fiche "
          "de poste, avec une prime mensuelle. Elle retient ce qui lui parle et ajoute ses propres idées. Nous ne gardons que les actions sur lesquelles nous sommes d'accord tous les deux, quitte à en avoir peu."),
        H(2, "Qui fait quoi, et quand", {"action-plan": "ok"}),
        T([["Action", "Responsable", "Échéance", "Preuve"],
           ["Référente tri automatique", "Sandrine, avec moi", "avril 2027", "formation à Lille suivie"],
           ["Formation secouriste", "moi (demande RH)", "31 janvier 2027", "inscription confirmée"],
           ["Mission de tutrice écrite", "moi et Sandrine", "fin décembre", "fiche de poste signée"],
           ["Reprise du tutorat des intérimaires", "Sandrine", "janvier", "deux intérimaires accompagnés"]]),
        H(1, "Et après ?", {"closing-follow-up": "thin"}),
        P("Je reformule le plan, je la remercie et nous fixons un point de suivi le 15 janvier. Elle reçoit le "
          "compte rendu le lendemain."),
        H(1, "Et Mehdi dans tout ça ?", {}),
        P("Sandrine va travailler chaque nuit sous la responsabilité de Mehdi. Je le verrai après elle pour lui "
          "dire qu'elle devient référente du tri, sans entrer dans ce qu'elle m'a confié, et pour lui demander de "
          "s'appuyer sur elle plutôt que de la contourner. Si la tension reste forte, je proposerai un point à "
          "trois en février."),
        H(1, "Ma feuille de notes", {"note-taking-grid": "ok"}),
        T([["Phase", "Ses mots", "Son attitude", "À creuser"],
           ["Ressenti", "", "", "ce que la nomination a changé"],
           ["Chiffres", "", "", "si elle conteste, sur quoi"],
           ["Pistes", "", "", "celle qui l'enthousiasme"],
           ["Fin", "", "", "son degré d'accord"]]),
        H(1, "Mon auto-évaluation, le soir même", {"criteria-self-check": "ok"}),
        T([["Question", "Oui / non", "Commentaire"],
           ["Ai-je dit dès le début pourquoi on se voyait ?", "", ""],
           ["Ai-je rappelé ses missions et les faits sans juger ?", "", ""],
           ["L'ai-je laissée parler plus que moi ?", "", ""],
           ["Avons-nous choisi des actions ensemble ?", "", ""],
           ["Repart-elle rassurée, avec une date ?", "", ""]]),
    ],
)
