from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    via="python-docx",
    language="fr",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the production manager of a hospital's central kitchen in Montluçon prepares a reframing
    interview with an experienced cook who keeps skipping the temperature records. Question and paraphrased
    headings, one at level 2; the phases, the four-step grid, the commitments, the note sheet and the self-check
    in tables; an extra section of her own on what she knows of the cook; the closing is too short (thin).""",
    title="Entretien avec Julien – relevés de température",
    cover=["Préparé par Sandrine Vidal, responsable de production, cuisine centrale du centre hospitalier de Montluçon",
           "Entretien prévu le mardi 8 décembre 2026, 14 h 30, bureau de production"],
    blocks=[
        H(1, "Avant d'entrer dans le bureau", {"preparation": "ok"}),
        P("La cuisine centrale prépare chaque jour 2 300 repas pour l'hôpital, deux EHPAD et le portage à domicile "
          "de la ville. Nous travaillons en liaison froide : tout ce qui sort des cuves doit descendre sous 10 °C en "
          "moins de deux heures, et chaque refroidissement est noté sur la feuille de la cellule. C'est notre "
          "premier argument lors des contrôles de la DDPP, et un seul oubli suffit pour qu'un lot soit détruit."),
        P("Depuis septembre, sur les feuilles de Julien, j'ai relevé onze refroidissements sans heure de sortie "
          "et quatre sans température à cœur. Le 19 novembre, un lot de 180 portions de blanquette a dû être jeté "
          "parce que personne ne pouvait prouver qu'il avait été refroidi à temps. J'en ai déjà parlé à Julien deux "
          "fois, à chaque fois en passant, dans la cuisine ; il a dit qu'il ferait attention, et rien n'a changé."),
        P("Je prépare donc un vrai entretien, au calme, avec les feuilles imprimées, le tableau des lots détruits "
          "et la fiche de poste. J'ai prévenu la cadre de santé et le service RH que l'entretien aurait lieu, sans "
          "leur demander d'y assister. Je veux en sortir avec deux ou trois engagements précis et une date de "
          "point, pas avec une sanction : Julien est un bon cuisinier et je ne veux pas le perdre."),
        H(1, "Ce que je sais de Julien", {}),
        P("Douze ans de maison, chef de partie sur les plats chauds, très apprécié des apprentis. Depuis la "
          "réorganisation des horaires en août, il fait souvent l'ouverture seul à 5 h 30 et enchaîne trois "
          "cuissons avant l'arrivée de l'équipe."),
        H(1, "Comment j'ouvre ?", {"opening": "ok"}),
        P("Je le remercie d'être venu et je dis tout de suite pourquoi nous sommes là : les relevés de "
          "refroidissement sur ses postes ne sont pas complets, et cela nous a coûté un lot entier le mois dernier. "
          "Je précise que ce n'est ni un entretien disciplinaire ni un reproche sur sa cuisine, que je connais la "
          "qualité de son travail, et que je veux qu'on trouve ensemble ce qui bloque. Je lui annonce la durée, "
          "une demi-heure, et je lui dis qu'il pourra donner sa version avant qu'on décide quoi que ce soit."),
        H(1, "Le déroulé, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais"],
           ["0-3 min", "Accueil", "café, porte fermée, je pose le but de l'entretien"],
           ["3-10 min", "Les faits", "je montre les feuilles et le lot du 19 novembre, sans commenter"],
           ["10-20 min", "Sa version", "je l'écoute, je reformule, je note ses raisons"],
           ["20-27 min", "Solutions", "on cherche ensemble ce qui peut changer dès lundi"],
           ["27-30 min", "Conclusion", "je récapitule les engagements et fixe la date du point"]]),
        H(2, "Rappel : le métier, tel qu'on l'attend ici", {"expectations-recap": "ok"}),
        P("Je rappelle ce que dit sa fiche de poste et ce que font tous les chefs de partie : produire dans les "
          "grammages, respecter les fiches techniques, et tenir à jour la traçabilité de ce qu'il cuit et refroidit. "
          "La feuille de cellule n'est pas de la paperasse en plus : c'est ce qui nous permet de livrer des patients "
          "fragiles et des personnes âgées sans risque. J'attends que chaque refroidissement ait son heure d'entrée, "
          "son heure de sortie et sa température à cœur, remplies au moment même et signées."),
        H(1, "Les faits, mon ressenti, ma demande, la suite", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Les faits", "Sur tes feuilles depuis septembre, onze sorties sans heure et quatre sans température ; le 19 novembre, 180 portions détruites."],
           ["Ce que ça me fait", "Ça m'inquiète, parce qu'au prochain contrôle c'est toute la cuisine qui est mise en cause, et ça me déçoit venant de toi."],
           ["Ce que je demande", "Que chaque passage en cellule soit noté au moment où tu sors le bac, sans exception."],
           ["Ce qui suivra", "Si c'est tenu, on n'en parle plus ; sinon, je devrai en référer à la direction."]]),
        H(1, "Et s'il me répond que… ?", {"explanations-objections": "ok"}),
        P("« Je suis seul le matin, je n'ai pas le temps. » C'est probablement vrai depuis le changement d'horaires. "
          "Je lui demande de me décrire une ouverture type et je propose qu'on regarde si la première cuisson peut "
          "glisser après l'arrivée de Karima à 6 h 30."),
        P("« Les autres ne remplissent pas non plus. » Je ne parle pas des collègues dans cet entretien ; je lui dis "
          "que je vérifie toutes les feuilles et que chacun aura le même message."),
        P("« Je sais que c'est refroidi, je le vois. » Je reconnais son expérience, mais je rappelle que l'inspecteur "
          "ne voit que la feuille : sans chiffre, le lot n'existe pas. Si la sonde est en cause, on la change cette "
          "semaine. S'il se ferme, je laisse un silence et je lui demande ce qui l'aiderait."),
        H(1, "Ce sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Pour quand"],
           ["Remplir la feuille de cellule à chaque sortie de bac", "Julien", "dès lundi 14 décembre"],
           ["Décaler la première cuisson à 6 h 45", "Sandrine", "planning de la semaine 51"],
           ["Fixer une sonde et un stylo à la porte de la cellule", "Sandrine", "vendredi 11 décembre"],
           ["Montrer aux apprentis comment remplir la feuille", "Julien", "fin décembre"]]),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je relis les engagements avec lui, je le remercie et on fixe un point le 11 janvier. Je lui rappelle que "
          "ma porte reste ouverte si le nouveau planning ne marche pas."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["À observer", "Ce qu'il dit", "Ce que je remarque"],
           ["Reconnaît-il les faits ?", "oui pour le lot, pas pour toutes les feuilles", "il a les bras croisés au début"],
           ["Raison donnée", "l'ouverture seul à 5 h 30", "semble fatigué, parle vite"],
           ["Propositions de sa part", "une feuille plastifiée à la cellule", "idée à reprendre pour tous"]]),
        H(1, "Est-ce que j'ai tout fait ?", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie après coup", "Oui / non", "Commentaire"],
           ["J'ai dit dès le début pourquoi il était là", "oui", "dans la première minute"],
           ["J'ai rappelé ce que le poste demande", "oui", "fiche de poste sur la table"],
           ["Je l'ai laissé s'expliquer sans l'interrompre", "en partie", "je l'ai coupé une fois"],
           ["Nous avons trouvé des solutions ensemble", "oui", "quatre engagements"],
           ["Je suis restée calme et je l'ai rassuré", "oui", "il est reparti plus détendu"]]),
    ],
)
