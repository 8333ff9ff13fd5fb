from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French: Claire Audebert, responsable du support informatique d'une mutuelle à Niort, prépare un entretien avec
    Julien, technicien de proximité démotivé depuis la réorganisation du service. Titres en questions et en
    paraphrases, une section trop courte, une section ajoutée par l'autrice.""",
    title="Entretien de remotivation – Julien Marsac",
    cover=["Claire Audebert, responsable support utilisateurs", "Mutuelle Atlantique Santé, Niort – décembre 2026"],
    blocks=[
        H(1, "Avant l'entretien : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("Julien travaille au support de proximité depuis sept ans. Il est celui que les agences appellent quand "
          "rien ne marche, et il connaît chaque poste de travail du siège. Depuis la réorganisation de septembre, "
          "les demandes passent toutes par le centre de services de Poitiers et Julien ne reçoit plus que des "
          "tickets déjà triés. Ses délais de traitement se sont allongés (4,2 jours en moyenne contre 1,8 au "
          "printemps), il ne vient plus aux réunions du jeudi et deux collègues m'ont dit qu'il parlait de partir."),
        P("Je veux comprendre ce qui a changé pour lui, lui redire ce que l'équipe attend de lui, et trouver avec "
          "lui une ou deux pistes concrètes. Je réserve une heure dans la petite salle du deuxième étage, loin de "
          "l'open space, un mardi matin, jour où le volume de tickets est le plus faible. J'apporte sa fiche de "
          "poste, les chiffres des trois derniers mois et la liste des projets à venir où il pourrait jouer un "
          "rôle : le renouvellement des 220 portables et la migration de la téléphonie. Je relis aussi mes notes "
          "de son entretien annuel de février, où il disait vouloir se former à l'administration réseau."),
        H(1, "Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu et par dire pourquoi je l'ai invité : j'ai remarqué que les "
          "derniers mois ont été difficiles pour lui, je tiens à lui et je veux qu'on regarde ensemble ce qui "
          "pourrait aller mieux. Je précise que ce n'est pas un entretien de recadrage et que rien de ce qu'il "
          "dira ne sera repris contre lui. Je lui annonce le déroulé et la durée, et je lui demande s'il veut "
          "ajouter un sujet avant qu'on commence. Je lui dis enfin que nous repartirons avec un plan écrit, "
          "décidé à deux, et pas avec des reproches."),
        H(1, "Le déroulé en cinq temps", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce que je fais", "Ce que j'attends de Julien"],
           ["Accueil", "5 min", "je pose le cadre et l'objectif", "qu'il se sente en confiance"],
           ["Son regard", "15 min", "je pose des questions ouvertes et je me tais", "qu'il raconte ses mois depuis septembre"],
           ["Les faits", "10 min", "je partage les chiffres sans jugement", "qu'il réagisse, corrige, complète"],
           ["Les pistes", "20 min", "je propose, j'écoute ses idées", "deux actions qu'il choisit"],
           ["Conclusion", "10 min", "je reformule et je fixe la suite", "son accord sur le plan"]]),
        H(1, "Ses missions, et ce que j'ai constaté", {"facts": "ok"}),
        P("Je rappelle ses missions telles qu'elles sont écrites : installer et dépanner les postes du siège et des "
          "douze agences, former les nouveaux arrivants aux outils, tenir l'inventaire du parc, et remonter au "
          "centre de services les incidents qu'il ne peut pas régler. Depuis septembre, les deux premières "
          "missions ont changé : il ne choisit plus ses interventions et ne forme plus personne, car l'accueil "
          "des nouveaux est confié à Poitiers."),
        P("Les faits que je lui présente, sans interprétation : un délai moyen passé de 1,8 à 4,2 jours, cinq "
          "réunions d'équipe manquées sur huit, une réclamation de l'agence de Parthenay en octobre. Je dis "
          "aussi ce qui va bien : l'inventaire n'a jamais été aussi juste, et les agents des agences continuent "
          "de le demander par son prénom. Je lui demande ensuite s'il reconnaît ces chiffres et ce qu'ils "
          "racontent selon lui."),
        H(1, "Écouter vraiment", {"active-listening": "thin"}),
        P("Questions ouvertes, silences, reformulation de ce qu'il dit avant de répondre. Je note ses mots à lui, "
          "pas mon résumé. Si la colère monte, je la laisse dire et je ne défends pas la réorganisation tout de "
          "suite."),
        H(1, "Quelles solutions chercher ensemble ?", {"co-built-solutions": "ok"}),
        P("Je ne veux pas arriver avec une solution toute faite. Je lui demande d'abord ce qui lui donnerait envie "
          "de revenir le jeudi, puis je mets sur la table les pistes que j'ai préparées. La première : lui confier "
          "le pilotage technique du renouvellement des portables, avec un vrai budget de temps (deux jours par "
          "semaine de janvier à avril) et le contact direct avec le fournisseur. La deuxième : inscrire au plan de "
          "formation 2027 le module d'administration réseau qu'il demandait en février. La troisième, s'il le "
          "souhaite : qu'il redevienne le référent des nouveaux arrivants au siège, en accord avec Poitiers. Il "
          "choisit, il ajoute ses propres idées, et nous gardons ce sur quoi nous sommes d'accord tous les deux."),
        H(2, "Le plan qu'on signe tous les deux", {"action-plan": "ok"}),
        T([["Action", "Qui", "Pour quand", "Comment on saura que c'est fait"],
           ["Pilotage du renouvellement des portables", "Julien, avec mon appui", "janvier à avril 2027", "220 postes livrés, planning tenu"],
           ["Inscription au module réseau", "moi", "15 janvier 2027", "convocation reçue"],
           ["Point avec Poitiers sur l'accueil des nouveaux", "moi", "fin décembre", "décision écrite"],
           ["Retour aux réunions du jeudi", "Julien", "dès janvier", "présence notée"]]),
        H(1, "Pour finir : la suite et le prochain rendez-vous", {"closing-follow-up": "ok"}),
        P("Je reformule ce que nous avons décidé et je lui demande s'il est d'accord avec chaque ligne du plan. Je "
          "le remercie pour sa franchise et je lui redis que son savoir-faire compte pour l'équipe. Nous fixons "
          "tout de suite un point de suivi de trente minutes le 20 janvier, puis un autre fin mars, et je lui "
          "envoie le compte rendu dans la journée pour qu'il le relise et le corrige si besoin. Je termine en lui demandant comment il se sent en sortant, et "
          "s'il a une question que nous n'avons pas abordée aujourd'hui."),
        H(1, "Ce que je risque de mal faire", {}),
        P("Je connais mon défaut : je parle trop vite quand je suis gênée, et je pourrais vouloir justifier la "
          "réorganisation que j'ai moi-même défendue. Je me fixe une règle simple : ne jamais répondre à une "
          "critique avant de l'avoir reformulée. Je demande aussi à Sandrine, des ressources humaines, de relire "
          "ma préparation la veille."),
        H(1, "Ma grille de notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit (ses mots)", "Son attitude", "Ce que je dois creuser"],
           ["Son regard sur septembre", "", "", "ce qu'il a perdu exactement"],
           ["Réaction aux chiffres", "", "", "s'il conteste un chiffre, pourquoi"],
           ["Les pistes", "", "", "celle qui l'intéresse vraiment"],
           ["Conclusion", "", "", "son niveau d'accord"]]),
        H(1, "Ai-je tenu mes engagements ? (après coup)", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Remarque"],
           ["J'ai dit clairement pourquoi on se voyait", "", "dès la première minute"],
           ["J'ai rappelé ses missions et les faits", "", "sans jugement"],
           ["Je l'ai laissé parler plus que moi", "", "au moins les deux tiers du temps"],
           ["Nous avons trouvé des actions ensemble", "", "au moins deux choisies par lui"],
           ["Il repart rassuré et avec une date", "", "20 janvier"]]),
    ],
)
