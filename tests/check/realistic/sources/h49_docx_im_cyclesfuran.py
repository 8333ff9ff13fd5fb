from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the workshop manager of an electric bike maker in Saint-Étienne prepares an interview with a
    maintenance technician whose commitment has dropped since a reorganisation. Question and paraphrased headings;
    the listening section is a few lines only (thin); an extra section of the author's own on what she will avoid
    saying. Every section is there.""",
    title="Entretien avec Lucas Ferrand – retrouver l'envie",
    cover=["Cycles Furan, atelier de maintenance – Saint-Étienne",
           "Préparé par Sophie Garnier, responsable d'atelier – entretien prévu le jeudi 14 janvier 2027"],
    blocks=[
        H(1, "Avant de le recevoir : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Lucas Ferrand a 34 ans et travaille chez Cycles Furan depuis six ans. Il est technicien de maintenance "
          "sur la ligne de montage des cadres et, jusqu'en septembre, il était aussi le référent des nouveaux "
          "arrivants, un rôle qu'il avait demandé et qu'il tenait très bien. La réorganisation de l'atelier en "
          "deux équipes a supprimé ce rôle : l'accueil des nouveaux est désormais assuré par le service RH."),
        P("Depuis, plusieurs signes m'inquiètent. Il ne propose plus d'améliorations lors du point du lundi alors "
          "qu'il en apportait presque chaque semaine, il a refusé deux fois de remplacer un collègue le samedi, et "
          "son chef d'équipe m'a dit qu'il « fait le travail, mais rien de plus ». La qualité de ses interventions "
          "reste bonne : aucun retour client lié à son travail depuis l'automne."),
        P("Mon objectif est de comprendre ce qui a changé pour lui et de trouver ensemble ce qui pourrait lui "
          "redonner de l'intérêt, sans lui promettre ce que je ne peux pas tenir. J'ai vérifié avec les RH que le "
          "poste de formateur interne prévu au budget 2027 est toujours ouvert. J'ai réservé la petite salle du "
          "premier étage, au calme, pour une heure, et j'ai prévenu son chef d'équipe qu'il serait remplacé."),
        H(1, "Comment je lance la discussion", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu et par dire clairement pourquoi je l'ai invité : « Je t'ai "
          "proposé ce moment parce que j'ai l'impression que quelque chose a changé pour toi depuis la rentrée, et "
          "je voudrais le comprendre. Ce n'est pas un entretien disciplinaire, ton travail reste de bonne qualité. "
          "L'enjeu, pour moi, c'est que tu retrouves du plaisir à venir à l'atelier, parce que l'équipe a besoin de "
          "ton expérience. » Je lui dis aussi que nous avons une heure et que rien ne sera décidé sans lui."),
        H(1, "Le déroulé en cinq temps", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce que je fais", "Question ou phrase clé"],
           ["Accueil", "5 min", "poser le cadre et l'enjeu", "« Ce n'est pas une sanction. »"],
           ["Rappel du rôle", "10 min", "revenir sur ses missions et sur les faits observés",
            "« Voilà ce que j'ai remarqué, est-ce que tu le vois aussi ? »"],
           ["Son point de vue", "20 min", "écouter sans couper, reformuler",
            "« Qu'est-ce qui a changé pour toi en septembre ? »"],
           ["Pistes", "15 min", "chercher ensemble des solutions", "« Qu'est-ce qui te donnerait envie ? »"],
           ["Conclusion", "10 min", "résumer, fixer les actions et la date du suivi",
            "« On se revoit le 25 février. »"]]),
        H(1, "Quels faits, quelles missions ?", {"facts": "ok"}),
        P("Je rappelle d'abord ses missions telles qu'elles figurent dans sa fiche de poste : le réglage et la "
          "maintenance préventive des six postes de soudure et de la cabine de peinture, les dépannages de premier "
          "niveau, la tenue du carnet de maintenance et la participation à l'amélioration continue."),
        P("Je présente ensuite les faits, sans les interpréter : entre janvier et août, Lucas a déposé onze "
          "propositions d'amélioration, dont quatre ont été mises en place ; depuis septembre, aucune. Il a refusé "
          "deux remplacements du samedi, en octobre et en novembre, alors qu'il les acceptait auparavant. Son taux "
          "de dépannages résolus en moins d'une heure reste à 92 %, au-dessus de la moyenne de l'atelier. Je lui "
          "demande s'il partage ce constat avant d'aller plus loin, et je lui laisse la possibilité de corriger "
          "un fait s'il estime que je me trompe ou qu'il manque un élément."),
        H(1, "Écouter vraiment", {"active-listening": "thin"}),
        L(["Le laisser parler sans l'interrompre, même s'il critique la réorganisation.",
           "Reformuler : « Si je comprends bien, tu as eu l'impression qu'on t'a retiré ce qui te plaisait. »",
           "Noter ses mots exacts pour les reprendre ensuite."]),
        H(1, "Ce qu'on pourrait construire ensemble", {"co-built-solutions": "ok"}),
        P("Je ne veux pas arriver avec une solution toute faite. Je lui demande d'abord ce qui lui manque et ce "
          "qu'il aimerait faire. J'ai toutefois en réserve trois pistes que je lui proposerai s'il ne les évoque "
          "pas lui-même. La première : candidater au poste de formateur interne, à mi-temps, qui prolongerait "
          "son ancien rôle de référent. La deuxième : lui confier le pilotage du projet de maintenance "
          "prédictive sur les postes de soudure, qui démarre au printemps. La troisième : revoir avec lui la "
          "règle des samedis, qu'il trouve peut-être injuste. Nous choisirons ensemble ce qui lui parle, et je "
          "lui laisserai le temps d'y réfléchir. S'il propose une autre idée, elle passera avant les miennes, "
          "à condition qu'elle soit réaliste pour l'atelier."),
        H(1, "Qui fait quoi, et pour quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on saura"],
           ["Transmettre la fiche du poste de formateur interne", "Sophie", "15 janvier", "fiche envoyée"],
           ["Dire s'il souhaite candidater", "Lucas", "29 janvier", "réponse donnée"],
           ["Présenter le projet de maintenance prédictive", "Sophie et le bureau des méthodes", "5 février",
            "réunion tenue"],
           ["Revoir la règle des remplacements du samedi avec l'équipe", "Sophie", "20 février",
            "nouvelle règle affichée"]]),
        H(1, "Pour finir l'entretien", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons dit avec ses propres mots, puis je relis les actions une par une pour "
          "vérifier qu'il est d'accord. Je le remercie pour sa franchise et je lui redis que son expérience compte "
          "pour l'atelier. Nous fixons tout de suite un second rendez-vous le jeudi 25 février à 14 h, dans la même "
          "salle, pour faire le point sur sa décision et sur les premières actions. Je lui envoie le compte rendu "
          "le lendemain par courriel pour qu'il puisse le corriger. S'il le souhaite, il pourra aussi venir me voir "
          "avant cette date, ma porte reste ouverte."),
        H(2, "Ce que je m'interdis de dire", {}),
        P("Pas de comparaison avec ses collègues, pas de « tu étais plus motivé avant », et aucune promesse de "
          "salaire : la prochaine révision n'a lieu qu'en avril et elle ne dépend pas de moi seule."),
        H(1, "Ma feuille de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit (mots exacts)", "Ce que j'observe", "À reprendre"],
           ["Accueil", "« Je me doutais que tu voulais me voir. »", "bras croisés, regard fuyant",
            "le rassurer sur l'objet"],
           ["Son point de vue", "« On m'a enlevé les nouveaux sans me demander. »", "ton plus vif",
            "reformuler le sentiment de perte"],
           ["Pistes", "« Formateur, pourquoi pas. »", "se redresse, pose des questions",
            "envoyer la fiche du poste"]]),
        H(1, "Est-ce que j'ai tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Fait ?", "Preuve"],
           ["J'ai écouté et montré de l'empathie", "oui", "reformulation notée à la 20e minute"],
           ["Je l'ai rassuré et motivé", "en partie", "il repart avec une piste qui l'intéresse"],
           ["J'ai annoncé l'enjeu dès le début", "oui", "phrase d'ouverture"],
           ["J'ai rappelé ses missions", "oui", "fiche de poste relue ensemble"],
           ["Des solutions ont été proposées", "oui", "trois pistes, une retenue"],
           ["La situation problème est claire", "oui", "faits partagés et acceptés"]]),
    ],
)
