from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 61 (h61_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the production manager of an industrial bakery near Lorient prepares a reframing interview
    with a team leader who skips the hygiene checks of the night shift. Headings as questions and paraphrases; a
    section of the author's own on the internal rules; the closing of the interview under its minimum (thin);
    every other section written.""",
    title="Entretien de recadrage – Kevin Le Goff, chef d'équipe de nuit",
    cover=["Boulangerie Pains d'Armor, site de Caudan", "Préparé par Maëlle Tanguy, responsable de production",
           "Entretien prévu le 9 décembre 2026, 14 h, bureau de production"],
    blocks=[
        H(1, "Avant l'entretien : où en est-on ?", {"preparation": "ok"}),
        P("Kevin Le Goff est chef de l'équipe de nuit depuis trois ans. Il encadre sept opérateurs sur la ligne de "
          "pains précuits, de 21 h à 5 h. C'est un professionnel reconnu : sa ligne a le meilleur rendement du site "
          "(94 % en 2026) et son équipe est stable, ce qui est rare la nuit. Le problème est ailleurs. Depuis "
          "septembre, les fiches de contrôle d'hygiène de 1 h du matin, qui doivent relever la température des "
          "chambres de pousse et le nettoyage des trémies, ne sont plus remplies qu'une nuit sur deux. L'audit "
          "interne du 18 novembre a trouvé onze fiches vides sur vingt et une, puis une trémie mal nettoyée."),
        P("Un client de la grande distribution nous audite en janvier. Une non-conformité sur l'hygiène peut nous "
          "coûter le référencement, soit près d'un cinquième du chiffre d'affaires du site. J'en ai parlé une fois "
          "à Kevin de manière informelle, fin octobre, sans effet. Je veux cette fois un entretien posé, avec des "
          "faits datés, pour qu'il comprenne que la situation est sérieuse sans se sentir accusé sur la qualité de "
          "son travail. Avant l'entretien, je relis ses deux derniers entretiens annuels, les fiches de novembre, "
          "les plannings de nuit (deux absences longues dans son équipe depuis septembre) et la fiche de poste. Je "
          "prévois quarante-cinq minutes, sans interruption, téléphone coupé."),
        H(1, "Comment ouvrir sans braquer ?", {"opening": "ok"}),
        P("Je le reçois dans le bureau de production, pas dans celui du directeur, pour garder un cadre de travail. "
          "Je commence par le remercier d'être venu sur son temps de jour, ce qui sera payé. Puis je dis "
          "clairement l'objet : nous devons parler des contrôles d'hygiène de nuit, parce que la situation actuelle "
          "met le site en risque avant l'audit de janvier. Je précise que ce n'est pas un entretien disciplinaire, "
          "que je compte sur lui pour trouver la solution et que je lui laisserai le temps de s'exprimer."),
        H(1, "Le déroulé, étape par étape", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que je veux obtenir", "Durée"],
           ["Accueil", "objet de l'entretien, cadre", "Kevin sait pourquoi il est là", "5 min"],
           ["Rappel", "missions du chef d'équipe sur l'hygiène", "accord sur ce qui est attendu", "5 min"],
           ["Faits", "les fiches de novembre, l'audit", "constat partagé", "10 min"],
           ["Écoute", "ses explications, sans couper", "comprendre la cause", "10 min"],
           ["Solutions", "ses propositions, puis les miennes", "deux ou trois engagements", "10 min"],
           ["Clôture", "reformulation, date du point suivant", "un accord écrit", "5 min"]]),
        H(1, "Ce qu'on attend d'un chef d'équipe de nuit", {"expectations-recap": "ok"}),
        P("La fiche de poste de Kevin, signée en 2023, confie au chef d'équipe trois missions : organiser la "
          "production de la nuit, encadrer les opérateurs, et garantir le respect du plan de maîtrise sanitaire "
          "sur sa ligne. Cette dernière mission comprend les contrôles de 1 h et de 4 h, leur enregistrement et "
          "l'alerte au responsable d'astreinte en cas d'écart. Je rappellerai que la règle n'a pas changé, que "
          "tous les chefs d'équipe y sont tenus et que l'enregistrement compte autant que le contrôle : un contrôle "
          "non écrit n'existe pas pour un auditeur."),
        H(1, "Les faits avec la méthode DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Sur les 21 nuits de novembre, 11 fiches de 1 h sont vides ; le 18, la trémie n°2 n'était pas nettoyée."],
           ["Exprimer", "Je suis inquiète pour l'audit de janvier et déçue, parce que ta ligne est la plus fiable du site."],
           ["Spécifier", "Je te demande que chaque contrôle soit fait et signé à l'heure, dès cette semaine."],
           ["Conséquences", "Si c'est tenu, on passe l'audit sereinement ; sinon je devrai passer à une procédure formelle."]]),
        H(1, "Et s'il n'est pas d'accord ?", {"explanations-objections": "ok"}),
        P("Je m'attends à plusieurs réponses. La plus probable : il manque deux personnes depuis septembre et "
          "Kevin tient lui-même un poste sur la ligne, il n'a plus le temps de faire le tour à 1 h. C'est en "
          "partie vrai, et je le reconnaîtrai. Je lui demanderai alors ce qui l'aiderait, et je serai prête à "
          "décaler le contrôle de 1 h à la pause de 0 h 45 ou à le confier à un opérateur formé. Il peut aussi "
          "dire que les fiches sont inutiles et que tout le monde sait que la ligne est propre. Je répondrai que "
          "je le crois, mais que l'auditeur ne verra que le papier. S'il se ferme, je propose une pause de cinq "
          "minutes plutôt que de forcer."),
        H(1, "Ce qu'on change concrètement", {"agreed-changes": "ok"}),
        T([["Changement", "Qui", "À partir de", "Comment on vérifie"],
           ["Contrôle de 1 h avancé à la pause de 0 h 45", "Kevin", "16 décembre", "fiches relues chaque lundi"],
           ["Un opérateur formé comme suppléant", "Kevin et Maëlle", "fin décembre", "attestation de formation"],
           ["Renfort intérimaire les nuits à six", "Maëlle", "janvier", "planning de nuit"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je reformule les engagements, je lui demande s'il les trouve tenables et on fixe un point le 6 janvier, "
          "avant l'audit. Je lui envoie le compte rendu le soir même."),
        H(1, "Ce que dit le règlement intérieur"),
        P("L'article 12 du règlement intérieur prévoit qu'un manquement répété aux règles d'hygiène peut donner "
          "lieu à un avertissement. Je n'en parlerai que si Kevin minimise les faits après la phase d'écoute, et "
          "uniquement pour expliquer la suite possible, jamais comme une menace d'ouverture."),
        H(1, "Ma grille de notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit (mots exacts)", "Son attitude", "À reprendre"],
           ["Faits", "", "", "vérifier s'il conteste les dates"],
           ["Explications", "", "", "charge de travail, absences"],
           ["Solutions", "", "", "ses idées à lui d'abord"]]),
        H(1, "Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier après l'entretien", "Oui / non", "Ce que j'ai observé"],
           ["J'ai écouté sans couper et reformulé", "", "à remplir le 9 au soir"],
           ["Les enjeux étaient clairs dès le début", "", "à remplir le 9 au soir"],
           ["J'ai rappelé ses missions", "", "à remplir le 9 au soir"],
           ["Des solutions ont été proposées, dont les siennes", "", "à remplir le 9 au soir"],
           ["J'ai répondu à ses objections", "", "à remplir le 9 au soir"],
           ["Il repart motivé, pas humilié", "", "à remplir le 9 au soir"]]),
    ],
)
