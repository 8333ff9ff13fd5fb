from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="pandoc",
    language="fr",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, French: the workshop manager of a Breton bike shop prepares a reframing interview with a technician
    who hands back electric bikes without the brake check. Numbered headings, one a question; the DESC steps as a
    table; the heading for the notes sheet has nothing under it (empty); no self-check against the criteria
    (missing).""",
    title="Cycles Arvor (Lorient) – Préparer l'entretien avec Kévin",
    cover=["Jeu de rôle – entretien de recadrage", "Rédigé par Gwenaëlle Le Floch, responsable d'atelier"],
    missing=["criteria-self-check"],
    blocks=[
        H(1, "1. Avant l'entretien : ce que je sais et ce que je vérifie", {"preparation": "ok"}),
        P("Kévin Le Bihan est technicien cycles chez nous depuis trois ans. C'est le plus rapide de l'atelier et "
          "les clients l'apprécient. Depuis septembre pourtant, trois vélos électriques sont revenus dans la "
          "semaine suivant leur révision avec des freins mal réglés, et dans deux cas la fiche de contrôle "
          "n'avait pas été remplie. Le 18 novembre, une cliente est tombée sans gravité dans une descente de "
          "Lanester ; son mari est venu au magasin très en colère. J'ai relu les fiches de révision des huit "
          "dernières semaines : Kévin a signé 64 révisions, et 11 fiches n'ont pas la case freins cochée."),
        P("Avant de le recevoir, je vérifie trois choses. D'abord les faits, fiche par fiche, pour ne rien "
          "avancer que je ne puisse montrer. Ensuite sa charge : depuis le départ de Yann en octobre, Kévin fait "
          "seul les révisions d'électriques, environ 14 par semaine au lieu de 9. Enfin la procédure : le contrôle "
          "de freinage est décrit dans le classeur de l'atelier depuis 2022, mais je ne l'ai jamais rappelé à "
          "l'oral. L'entretien aura lieu le mardi 1er décembre à 8 h 30, avant l'ouverture, dans le bureau, porte "
          "fermée. Je prévois quarante minutes et je préviens Kévin la veille, sans en faire un mystère. Mon "
          "objectif : que le contrôle des freins soit fait et signé sur chaque vélo, sans casser la motivation "
          "d'un technicien que je veux garder."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu plus tôt et je dis tout de suite pourquoi nous sommes là : "
          "« Kévin, je veux qu'on parle des contrôles de freins sur les électriques, parce que c'est une question "
          "de sécurité pour nos clients et pour toi. » Je ne tourne pas autour du pot, il déteste ça. J'ajoute "
          "que je ne remets pas en cause son travail en général : il reste le technicien sur qui je compte le "
          "plus, et c'est justement pour ça que je veux régler ce point avec lui, entre nous, avant que ça ne "
          "devienne une affaire de réclamation ou d'assurance."),
        H(1, "3. Le fil de l'entretien", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Durée"],
           ["Accueil", "je pose le cadre et le sujet, sans détour", "3 min"],
           ["Rappel", "je rappelle ce qu'on attend d'une révision chez Cycles Arvor", "5 min"],
           ["Faits", "je montre les fiches et la réclamation du 18 novembre", "7 min"],
           ["Écoute", "je le laisse expliquer, je reformule", "10 min"],
           ["Solutions", "on cherche ensemble ce qui change, je propose si rien ne vient", "10 min"],
           ["Clôture", "on résume, on fixe le point de suivi", "5 min"]]),
        H(1, "4. Ce qu'on attend d'une révision", {"expectations-recap": "ok"}),
        P("Je rappelle la mission de Kévin telle qu'elle figure dans sa fiche de poste : diagnostiquer, réparer "
          "et réviser les vélos confiés par les clients, et rendre chaque vélo en état de rouler en sécurité. "
          "Pour un vélo électrique, la révision compte douze points, dont le contrôle du freinage à l'atelier puis "
          "sur vingt mètres dans la cour. La fiche signée est notre seule preuve en cas de litige : sans elle, "
          "l'assurance du magasin peut refuser de nous couvrir. Ce n'est donc pas de la paperasse, c'est ce qui "
          "le protège, lui aussi, s'il arrive quelque chose à un client."),
        H(1, "5. DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Sur tes 64 révisions depuis octobre, 11 fiches n'ont pas la case freins cochée, et trois vélos sont revenus avec des freins mal réglés."],
           ["Exprimer", "Ça m'inquiète, parce qu'une cliente est tombée et que je ne peux pas prouver que le contrôle a été fait."],
           ["Spécifier", "Je te demande que le test des freins soit fait et la fiche signée sur chaque électrique, sans exception."],
           ["Conséquences", "Si c'est fait, on est couverts et tu gardes la confiance des clients ; je m'engage de mon côté à alléger ton planning."]]),
        H(1, "6. Que va-t-il répondre ?", {"explanations-objections": "ok"}),
        P("Je m'attends à ce qu'il parle d'abord de la charge : « Depuis que Yann est parti, je fais tout seul, "
          "je n'ai pas le temps de sortir chaque vélo dans la cour. » C'est en partie vrai et je le reconnais. "
          "Je lui réponds que le test prend trois minutes et que je préfère qu'il rende un vélo de moins par "
          "jour plutôt qu'un vélo dangereux. Il peut aussi dire que les freins étaient bien réglés et que le "
          "client a tout déréglé en roulant ; je l'écoute, mais je reviens aux fiches non signées, qui ne "
          "dépendent pas du client. S'il se ferme ou s'énerve, je marque une pause, je reformule ce qu'il a dit "
          "et je lui demande ce dont il aurait besoin pour que le contrôle devienne automatique."),
        H(1, "7. Ce sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Changement", "Qui", "Quand"],
           ["Test de freinage dans la cour et fiche signée sur chaque électrique", "Kévin", "dès le 1er décembre"],
           ["Plafond de 10 révisions d'électriques par semaine jusqu'au recrutement", "Gwenaëlle", "dès cette semaine"],
           ["Annonce pour remplacer Yann publiée", "Gwenaëlle", "avant le 10 décembre"],
           ["Contrôle de 5 fiches au hasard chaque vendredi", "Gwenaëlle", "pendant deux mois"]]),
        H(1, "8. Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons décidé et je lui demande de le redire avec ses mots, pour être sûre que "
          "nous avons compris la même chose. Je termine sur une note positive et sincère : ses clients le "
          "demandent par son prénom, et je veux que ça continue. Nous fixons un point de quinze minutes le "
          "vendredi 18 décembre pour regarder ensemble les fiches du mois. Si tout est en ordre, le contrôle "
          "hebdomadaire s'arrêtera fin janvier ; sinon, nous en reparlerons plus formellement, "
          "cette fois avec un compte rendu écrit que je lui remettrai et qu'il pourra commenter."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
)
