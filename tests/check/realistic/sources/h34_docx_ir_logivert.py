from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the Logivert warehouse in Saint-Herblain (84 people, food logistics), where the operations
    manager prepares a reframing interview with a dock team leader whose teams keep closing the evening shift
    without the temperature checks on chilled pallets. Numbered headings (1. to 6., with 3.1 to 3.3 under part 3);
    the DESC grid is a table. The note-taking grid is a heading with nothing under it (empty); no self-check of the
    criteria anywhere (missing).""",
    title="Entretien de recadrage – quai froid, équipe du soir",
    cover=["Entrepôt Logivert, Saint-Herblain", "Préparé par Samia Benkirane, responsable des opérations",
           "Entretien prévu le jeudi 10 décembre 2026"],
    blocks=[
        H(1, "1. Avant l'entretien", {"preparation": "ok"}),
        P("Mickaël Tessier est chef d'équipe au quai froid depuis quatre ans. Il encadre huit caristes et "
          "préparateurs sur le poste du soir, de 14 h à 22 h. Techniquement, c'est un de nos meilleurs : son équipe "
          "charge les camions à l'heure et il connaît chaque client par cœur. Le problème porte sur un point précis : "
          "depuis début octobre, les relevés de température des palettes réfrigérées ne sont pas faits en fin de "
          "poste. Sur les 38 soirs ouvrés d'octobre et de novembre, la feuille de contrôle est vide ou incomplète 17 "
          "fois. Le 24 novembre, un client de la grande distribution a refusé deux palettes de yaourts arrivées à 9 °C, "
          "soit une perte de 4 200 euros et une remarque écrite dans son audit fournisseur."),
        P("J'ai rassemblé les feuilles de contrôle, le courrier du client, la procédure qualité signée par Mickaël en "
          "2023 et les plannings du soir. J'ai aussi noté que l'équipe a perdu un cariste fin septembre et qu'il n'a "
          "pas été remplacé. L'entretien aura lieu dans mon bureau, à 13 h 30, avant sa prise de poste, pour une "
          "demi-heure. Mon but : qu'il reparte en sachant exactement ce qui est attendu, et avec une solution qu'il "
          "aura construite."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je l'accueille moi-même, je ferme la porte et je pose le cadre sans détour : « Mickaël, je t'ai demandé "
          "ce moment parce qu'il y a un sujet qui ne peut pas attendre : les relevés de température du soir. Ce n'est "
          "pas un entretien sur ta valeur, que tout le monde connaît ici. C'est un point sur une règle qui protège nos "
          "clients et l'entreprise. J'ai des faits à te montrer, je veux entendre ta version, et on repart avec un "
          "accord clair. » J'annonce la durée et je précise que je garderai une trace écrite."),
        H(1, "3. Comment je vais mener l'échange", {"interview-phases": "ok"}),
        L(["Accueil et cadre, cinq minutes au plus",
           "Les faits présentés avec la méthode DESC, sans jugement",
           "Sa parole : je pose des questions ouvertes et je reformule",
           "Recherche de solutions, d'abord les siennes",
           "Engagements écrits et date du prochain point"]),
        H(2, "3.1 Ce qu'on attend d'un chef d'équipe quai", {"expectations-recap": "ok"}),
        P("Sa fiche de poste le dit en toutes lettres : le chef d'équipe est garant du respect de la chaîne du froid "
          "jusqu'à la fermeture du quai. Concrètement, cela veut dire un relevé à la sonde sur chaque palette "
          "réfrigérée en attente, noté sur la feuille, signé, et une alerte au responsable d'astreinte si une valeur "
          "dépasse 4 °C. Ce contrôle prend une vingtaine de minutes par soir. Il n'est pas négociable, même quand "
          "l'équipe est réduite : c'est la condition pour garder nos agréments et nos clients. Je lui rappellerai aussi qu'il a "
          "lui-même formé deux intérimaires à ce geste l'été dernier."),
        H(2, "3.2 Les faits, avec la méthode DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Sur 38 soirs depuis le 1er octobre, 17 feuilles de contrôle sont vides ou incomplètes."],
           ["Exprimer", "Je suis inquiète, parce que le 24 novembre deux palettes ont été refusées à 9 °C."],
           ["Spécifier", "Je te demande que le relevé soit fait et signé chaque soir avant 21 h 45, sans exception."],
           ["Conséquences", "Nous gardons le client et ton équipe n'a pas à subir un audit renforcé."]]),
        H(2, "3.3 Ce que Mickaël pourrait me répondre", {"explanations-objections": "ok"}),
        P("Je m'attends d'abord à l'argument du sous-effectif : « Depuis le départ de Kévin, on est sept pour le "
          "travail de huit, je choisis de charger les camions. » C'est en partie vrai et je le reconnaîtrai, tout en "
          "rappelant que la règle ne dépend pas de l'effectif et que c'était à lui de m'alerter. Il peut aussi dire que "
          "la sonde est souvent déchargée, ce que je vérifierai avec la maintenance avant l'entretien. S'il conteste "
          "les chiffres, je lui montrerai les feuilles une à une. S'il s'énerve, je laisse passer, je reformule ce que "
          "j'entends et je reviens aux faits. Je ne discuterai pas d'autres sujets, comme ses congés de février, qui "
          "n'ont rien à voir."),
        H(1, "4. Ce qu'on décide ensemble", {"agreed-changes": "ok"}),
        L(["Le relevé devient la première tâche à 21 h 15, confiée à tour de rôle à un préparateur formé",
           "Mickaël contrôle et signe la feuille avant de fermer le quai",
           "Une deuxième sonde est achetée et rangée au bureau du quai",
           "Je lance dès vendredi le recrutement du cariste manquant"]),
        H(1, "5. Pour clore et suivre", {"closing-follow-up": "ok"}),
        P("Je lui demande de redire avec ses mots ce que nous avons décidé, pour vérifier qu'on s'est compris. Je le "
          "remercie pour sa franchise et je lui dis que je compte sur lui pour porter le changement devant son équipe. "
          "Un compte rendu d'une page lui sera envoyé le lendemain ; il pourra y ajouter ses remarques. Nous ferons un "
          "point de dix minutes chaque lundi pendant un mois, feuilles à l'appui, puis un bilan le 14 janvier. Si les relevés manquent encore, nous en reparlerons dans un cadre "
          "plus formel, et je le lui dis dès maintenant."),
        H(1, "6. Grille de notes", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
