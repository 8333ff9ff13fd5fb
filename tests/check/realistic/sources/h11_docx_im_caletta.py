from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French. Une responsable d'agence d'une biscuiterie artisanale à Caen (Caletta) prépare l'entretien avec un
    commercial expérimenté qui décroche depuis la réorganisation des tournées. Titres de la manageuse, plusieurs
    en questions ; l'écoute et les solutions trouvées ensemble sous un seul titre (fusion) ; la clôture tient en
    deux phrases (thin) ; la grille de prise de notes est un tableau sous un titre en gras majuscules (paragraphe Normal) ; pas d'auto-évaluation (missing).""",
    title="Entretien avec Julien – tournées du Bessin",
    cover=["Entretien de remotivation – Camille Lemarchand, responsable d'agence", "Biscuiterie Caletta, Caen"],
    blocks=[
        H(1, "Avant l'entretien : ce que je sais et ce que je veux", {"preparation": "ok"}),
        P("Julien Hérault est commercial chez nous depuis neuf ans. Il tient les épiceries fines et les crémeries du "
          "Bessin et du Cotentin, soit 140 points de vente. Depuis la réorganisation des tournées en septembre, "
          "qui lui a retiré les magasins de Bayeux au profit d'une nouvelle recrue, ses visites ont baissé d'un "
          "quart, il ne vient plus aux réunions du lundi et deux clients m'ont appelée directement pour passer "
          "commande. Je n'ai pas de reproche formel à lui faire : ses chiffres restent au-dessus de la moyenne."),
        P("Je veux comprendre ce qui a changé pour lui et repartir avec un accord sur deux ou trois actions. Je "
          "réserve une heure le jeudi 10 à 14 h, dans la petite salle et pas dans mon bureau, téléphones coupés. "
          "J'apporte ses chiffres des douze derniers mois, la carte des anciennes et des nouvelles tournées et la "
          "liste des clients qui m'ont appelée. Je préviens Julien deux jours avant en lui disant l'objet : faire "
          "le point sur ses tournées depuis septembre, sans enjeu de sanction."),
        H(1, "Comment j'ouvre ?", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu et par rappeler pourquoi je l'ai invité : j'ai vu que les "
          "choses ont changé pour lui depuis septembre et je préfère en parler avec lui plutôt que de supposer. "
          "Je dis clairement que ce n'est pas un entretien disciplinaire, que rien de ce qu'il dira ne sortira de "
          "la salle sans son accord et que l'enjeu, pour moi, est de garder un commercial que nos clients "
          "apprécient. J'annonce le déroulé en une phrase et je lui demande s'il veut ajouter un sujet."),
        H(1, "Le déroulé prévu", {"interview-phases": "ok"}),
        L(["10 minutes : accueil, objet et cadre",
           "15 minutes : les faits observés depuis septembre, chiffres à l'appui",
           "20 minutes : sa lecture de la situation, je pose des questions et je reformule",
           "10 minutes : pistes que nous construisons ensemble et plan d'action",
           "5 minutes : conclusion et date du prochain point"]),
        H(1, "Les faits, rien que les faits", {"facts": "ok"}),
        P("Depuis la rentrée, Julien fait en moyenne 31 visites par semaine contre 42 au printemps. Son chiffre "
          "d'affaires reste à 96 % de l'objectif, porté par les grosses crémeries du Cotentin, mais les petites "
          "épiceries du littoral n'ont reçu aucune visite depuis six semaines. Il n'est venu qu'à une réunion du "
          "lundi sur huit. Deux clientes, la crémerie de Port-en-Bessin et l'épicerie de Grandcamp, m'ont "
          "appelée pour commander directement, en me disant qu'elles ne le voyaient plus. Sa mission reste la "
          "même qu'avant : suivre son portefeuille, ouvrir cinq nouveaux points de vente par trimestre et "
          "remonter les demandes de produits. Il n'a ouvert aucun point de vente ce trimestre. Je garde ces "
          "faits sur une feuille et je les présente sans adjectif. Je ne parle ni de son attitude ni de "
          "ce que disent ses collègues : seulement de ce que j'ai vu moi-même et de ce que les chiffres montrent, "
          "pour qu'il puisse les vérifier et me corriger si je me trompe."),
        H(1, "Qu'est-ce qu'il me dit, et qu'est-ce qu'on en fait ensemble ?",
          {"active-listening": "ok", "co-built-solutions": "ok"}),
        P("Je le laisse parler d'abord, sans l'interrompre, avec des questions ouvertes : « Comment vis-tu les "
          "nouvelles tournées ? », « Qu'est-ce qui te pèse le plus ? ». Je reformule ce que j'entends (« si je "
          "comprends bien, tu as eu le sentiment qu'on te retirait tes meilleurs clients sans te demander ton "
          "avis ») et je vérifie avec lui. Je note ses mots exacts, je ne justifie pas la réorganisation à ce "
          "moment-là, et j'accepte les silences. Je m'attends à ce qu'il parle de Bayeux, où il avait construit "
          "la relation pendant des années, et peut-être de la fatigue des routes du littoral."),
        P("Ensuite je lui demande ce qui l'aiderait. Je ne propose pas mes idées la première. Plusieurs pistes "
          "sont possibles et je veux qu'il choisisse : qu'il devienne référent des épiceries fines pour toute "
          "l'agence et forme la nouvelle recrue sur Bayeux, qu'on regroupe ses visites du littoral sur deux jours "
          "fixes pour réduire la route, ou qu'il reprenne le lancement de la gamme de sablés au cidre qu'il avait "
          "lui-même suggérée. Nous choisissons ensemble une ou deux pistes et je les écris devant lui."),
        H(1, "Plan d'action", {"action-plan": "ok"}),
        T([["Action", "Qui", "Quand", "Signe que ça marche"],
           ["Tournées du littoral regroupées le mardi et le jeudi", "Julien et moi", "dès janvier", "visites des petites épiceries toutes les trois semaines"],
           ["Binôme avec la nouvelle recrue sur Bayeux", "Julien", "janvier à mars", "deux journées communes par mois"],
           ["Lancement des sablés au cidre chez 20 clients", "Julien", "avant Pâques", "20 référencements"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'on a décidé et je le remercie. On se revoit le 4 février à 14 h pour un premier bilan."),
        B("MA GRILLE DE NOTES", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit (mots exacts)", "Ce que j'observe", "À reprendre"],
           ["Ouverture", "", "posture, regard", ""],
           ["Faits", "", "réaction aux chiffres", ""],
           ["Sa lecture", "", "émotions, ton", "points à reformuler"],
           ["Pistes", "", "adhésion ou réserve", "engagements pris"]]),
    ],
    missing=["criteria-self-check"],
)
