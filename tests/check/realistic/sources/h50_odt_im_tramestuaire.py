from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 50 (h50_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the head of the tram maintenance workshop of the Tram de l'Estuaire (Saint-
    Nazaire) prepares a motivation interview with Karima, an electrical technician of twelve years who has lost
    heart since she was not chosen as team leader. The author's own headings (questions, paraphrases, one with
    her name); the steps, the action plan and the self-check are tables. The listening part is two sentences
    (thin). No grid for taking notes during the interview anywhere (missing).""",
    title="Entretien de remotivation – Karima B., atelier de maintenance",
    cover=["Préparé par Hugo Le Bihan, responsable de l'atelier tramway",
           "Entretien prévu le jeudi 14 janvier 2027 à 10 h, bureau des méthodes"],
    missing=["note-taking-grid"],
    blocks=[
        H(1, "Avant de la voir : ce qui se passe", {"preparation": "ok"}),
        P("Karima est technicienne électricienne à l'atelier depuis 2014. Elle connaît mieux que personne les "
          "armoires de traction de nos vingt rames, et c'est elle que les collègues appellent quand une panne "
          "ne ressemble à rien de connu. En septembre, le poste de chef d'équipe de nuit s'est libéré ; elle a "
          "postulé, et la direction a choisi un candidat venu de l'extérieur, Stéphane, pour son expérience "
          "d'encadrement dans le ferroviaire. Depuis, son comportement a changé : elle ne participe plus aux "
          "briefings du matin, elle a laissé deux rapports d'intervention incomplets en novembre, et elle a "
          "demandé à ne plus accompagner les apprentis."),
        P("Je ne cherche pas à lui reprocher ces faits. Je veux comprendre ce que ce refus a représenté pour "
          "elle, lui dire clairement ce que l'atelier lui doit, et voir avec elle où elle peut progresser dans "
          "les deux ans qui viennent. Avant l'entretien, je relis sa fiche de poste, son dernier entretien "
          "annuel, où elle demandait une évolution vers l'encadrement, et les deux rapports de novembre. Je "
          "vérifie auprès des ressources humaines les postes qui vont s'ouvrir en 2027 et le budget de "
          "formation disponible. Je bloque une heure et quart, au bureau des méthodes plutôt que dans mon "
          "bureau vitré, et je la préviens deux jours avant en lui disant que je veux faire le point sur son "
          "parcours, pas sur une erreur."),
        H(1, "Les premières minutes", {"opening": "ok"}),
        P("Je la remercie d'être venue et je lui dis tout de suite pourquoi nous sommes là : je sais que la "
          "décision de septembre l'a touchée, et je n'ai pas voulu faire comme si de rien n'était. Je précise "
          "que l'entretien n'a rien de disciplinaire, qu'il durera une heure environ et que ce qu'elle me dira "
          "restera entre nous. Je lui dis aussi ce que j'espère : qu'on reparte avec un projet concret pour elle, "
          "parce que l'atelier a besoin de sa compétence et que je ne veux pas la perdre."),
        H(1, "Le déroulé que je prévois", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Durée"],
           ["Accueil", "remercier, dire l'objet et le cadre", "5 min"],
           ["Sa parole", "lui demander comment elle vit ces trois mois", "15 min"],
           ["Son rôle et les faits", "rappeler ses missions, citer les faits sans juger", "10 min"],
           ["Les pistes", "elle propose d'abord, je complète", "20 min"],
           ["Engagements", "écrire le plan ensemble, fixer la date du prochain point", "10 min"]]),
        H(1, "Ce qu'on attend d'elle, et ce que j'ai constaté", {"facts": "ok"}),
        P("Je rappelle ses missions : diagnostiquer les pannes électriques des rames, assurer la maintenance "
          "préventive des armoires de traction et des pantographes, rédiger un rapport après chaque intervention, "
          "et accompagner les deux apprentis de l'atelier. Je lui dis que sur le diagnostic, personne ne l'égale : "
          "c'est grâce à elle que la rame 14 est revenue en ligne en deux jours au lieu de trois semaines en juin."),
        P("Puis je cite les faits, datés : elle n'est plus venue aux briefings de 6 h 30 depuis le 2 octobre ; "
          "les rapports des interventions du 8 et du 19 novembre ne mentionnent pas les pièces changées, ce qui "
          "a bloqué la commande de réassort ; elle a demandé le 20 octobre à ne plus encadrer les apprentis. Je "
          "précise qu'aucune erreur technique ne lui est reprochée. Je lui demande si elle voit les choses comme "
          "moi."),
        H(1, "Écouter Karima", {"active-listening": "thin"}),
        P("Je la laisse parler sans l'interrompre, avec des questions ouvertes, et je reformule ce que j'entends. "
          "Je n'essaie pas de justifier la décision de septembre."),
        H(1, "Quelles pistes chercher ensemble ?", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qui lui redonnerait envie de venir le matin. Si elle reste silencieuse, "
          "je propose trois idées, sans les imposer. La première : lui confier le rôle de référente technique "
          "pour la traction, avec une demi-journée par semaine pour former les techniciens des deux équipes, "
          "ce qui valorise ce qu'elle sait faire mieux que les autres. La deuxième : l'inscrire à la formation "
          "de chef d'équipe proposée par l'école de l'exploitant en 2027, pour qu'elle soit prête quand le "
          "poste de jour se libérera au départ en retraite de Gérard. La troisième : lui donner la conduite du "
          "projet de diagnostic à distance des rames, prévu au printemps. Nous choisissons ensemble ce qui lui "
          "parle, et je lui dis franchement ce que je ne peux pas promettre : le poste de jour ne dépend pas de "
          "moi seul."),
        H(1, "Ce qu'on s'engage à faire", {"action-plan": "ok"}),
        T([["Action", "Qui", "Quand"],
           ["Rôle de référente traction, une demi-journée par semaine", "Karima, validé par moi", "février 2027"],
           ["Inscription à la formation chef d'équipe", "moi, avec les RH", "avant le 31 janvier"],
           ["Pilotage du projet de diagnostic à distance", "Karima", "avril 2027"],
           ["Reprise des briefings du matin et rapports complets", "Karima", "dès la semaine prochaine"]]),
        H(1, "Comment je termine", {"closing-follow-up": "ok"}),
        P("Je résume avec elle ce que nous avons décidé et je lui demande si quelque chose manque. Je lui "
          "redis que sa place à l'atelier compte et que la décision de septembre ne dit rien de sa valeur. "
          "Nous fixons ensemble un prochain point le jeudi 11 mars, pour voir comment se passe le rôle de "
          "référente et où en est l'inscription à la formation. Je lui envoie le plan écrit le soir même, "
          "et je lui rappelle que ma porte reste ouverte d'ici là. Si elle préfère en parler avant, "
          "elle peut passer me voir n'importe quel matin après le briefing."),
        H(1, "Après coup : me suis-je bien débrouillé ?", {"criteria-self-check": "ok"}),
        T([["Question à me poser", "Oui / non", "Ce que j'en retiens"],
           ["Ai-je dit l'objet de l'entretien dès le début ?", "", ""],
           ["Ai-je rappelé ses missions et les faits sans jugement ?", "", ""],
           ["L'ai-je laissée parler plus que moi ?", "", ""],
           ["Les solutions viennent-elles en partie d'elle ?", "", ""],
           ["Repart-elle avec une date et un plan écrit ?", "", ""]]),
    ],
)
