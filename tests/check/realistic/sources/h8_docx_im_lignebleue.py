from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the team leader of an energy supplier's customer-service platform in Lille prepares a
    motivation interview with a senior advisor whose quality scores fell after the move to a new ticketing tool.
    Headings mixed: some in heading styles, some bold Normal paragraphs (numbered "2.", "5."). The solutions the
    author wants to build with her and the action table share one heading (merged); the note-taking grid is a
    heading with an empty table under it, to be filled on the day (empty). An extra heading of the author's own
    (what to avoid) sits inside the listening part.""",
    title="Entretien de remotivation – Inès Morel",
    cover=["Plateau service clients Lille – équipe 4", "Préparé par Thomas Vidal, responsable d'équipe",
           "Entretien prévu le mardi 8 décembre 2026, 10 h"],
    blocks=[
        H(1, "Avant l'entretien : où on en est", {"preparation": "ok"}),
        P("Inès Morel est conseillère clientèle sur le plateau de Lille depuis sept ans. Elle traite les "
          "réclamations de facturation des particuliers, les dossiers les plus délicats de l'équipe, et elle a "
          "longtemps été la personne vers qui les nouveaux se tournaient. Jusqu'à l'été, son score qualité "
          "tournait autour de 92 sur 100 et ses clients la citaient par son prénom dans les enquêtes."),
        P("En juin, nous sommes passés du vieil outil maison à la nouvelle plateforme de tickets, et le "
          "télétravail du vendredi a été supprimé pour toute l'équipe pendant la période de bascule. Depuis, "
          "le score d'Inès est descendu à 78, elle a eu deux remarques de clients sur un ton sec, et elle ne "
          "vient plus aux points d'équipe du matin qu'une fois sur deux. Elle n'a rien dit, mais deux collègues "
          "m'ont signalé qu'elle parlait de partir chez un concurrent."),
        P("Mon objectif : comprendre ce qui a cassé, lui montrer que son expérience compte toujours, et repartir "
          "avec deux ou trois engagements précis de part et d'autre. J'ai relu ses trois derniers entretiens "
          "annuels, ses scores mois par mois depuis janvier et les deux verbatims clients. Je réserve la petite "
          "salle du deuxième, loin du plateau, et je bloque quarante minutes sans téléphone."),
        B("2. Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Je commence simplement : « Inès, merci d'être là. Je voulais qu'on prenne un vrai moment, toi et moi, "
          "parce que j'ai l'impression que les derniers mois ont été durs pour toi et je préfère en parler "
          "franchement plutôt que de laisser traîner. Ce n'est pas un entretien de recadrage. Tu es une des "
          "personnes les plus solides de l'équipe et j'ai besoin de comprendre ce qui se passe pour toi. »"),
        P("J'annonce le déroulé : je lui dirai ce que j'ai vu, puis je veux surtout l'écouter, et nous "
          "chercherons ensemble ce qui peut changer. Je précise que ce qu'elle me dira reste entre nous tant "
          "qu'elle ne me demande pas d'en parler à quelqu'un."),
        H(1, "Le déroulé en sept temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je cherche", "Ce que je dis ou demande", "Durée"],
           ["Accueil", "qu'elle se sente en confiance", "« Comment tu vas en ce moment, vraiment ? »", "3 min"],
           ["Reconnaissance", "rappeler ce qu'elle apporte", "« Les nouveaux viennent encore te voir, tu sais. »", "4 min"],
           ["Constats", "trois faits datés, sans jugement", "« Voilà ce que j'ai remarqué depuis juin. »", "5 min"],
           ["Écoute", "son vécu de la bascule", "« Qu'est-ce qui a changé pour toi ? »", "12 min"],
           ["Pistes", "idées qui viennent d'elle", "« Qu'est-ce qui t'aiderait ? »", "8 min"],
           ["Engagements", "actions datées des deux côtés", "« On part sur quoi ? »", "5 min"],
           ["Clôture", "résumé et date du prochain point", "« On se revoit le 5 janvier ? »", "3 min"]]),
        H(2, "Son rôle, et ce que j'ai constaté", {"facts": "ok"}),
        P("Je rappelle d'abord ce qu'on attend d'elle : traiter les réclamations de facturation de niveau 2, "
          "rappeler les clients sous 48 heures, documenter chaque dossier dans l'outil pour que le service "
          "recouvrement puisse suivre, et accompagner les nouveaux conseillers pendant leurs deux premières "
          "semaines en double écoute."),
        P("Puis les faits, sans adjectifs. Son score qualité est passé de 92 en mai à 78 en octobre. Le "
          "3 novembre et le 17 novembre, deux clients ont écrit pour se plaindre d'un ton « expéditif ». Sur "
          "octobre, 31 % de ses dossiers ont été clos sans note dans l'outil, contre 4 % avant la bascule. Elle "
          "a décliné les deux dernières doubles écoutes que je lui ai proposées. Je lui demande si elle voit "
          "les choses de la même façon, et je la laisse corriger si un chiffre lui paraît faux."),
        B("5. L'écouter vraiment", {"active-listening": "ok"}),
        P("C'est le cœur de l'entretien, et je me tais le plus possible. Mes questions : « Comment as-tu vécu le "
          "changement d'outil ? », « Qu'est-ce qui te prend le plus d'énergie aujourd'hui ? », « Le vendredi à "
          "la maison, qu'est-ce qu'il t'apportait ? », « Qu'est-ce qui te donnait envie de former les "
          "nouveaux, avant ? »."),
        P("Je reformule sans interpréter : « Si je t'entends bien, tu as l'impression que tes sept ans de "
          "métier ne servent plus à rien face à un outil que les jeunes prennent en main plus vite que toi. » "
          "Je note les mots qu'elle emploie, pas mes conclusions. Si elle se met en colère contre la direction, "
          "je ne défends pas la décision sur le moment : je dis que j'entends et que je ferai remonter."),
        H(3, "Ce que je m'interdis"),
        L(["couper la parole pour proposer une solution trop tôt",
           "comparer ses chiffres à ceux d'un collègue",
           "promettre le retour du télétravail, qui ne dépend pas de moi"]),
        H(1, "Pistes à construire ensemble et engagements",
          {"co-built-solutions": "ok", "action-plan": "ok"}),
        P("Je veux que les idées viennent d'elle d'abord. J'ai pourtant trois pistes en réserve si elle sèche. "
          "D'abord, une demi-journée avec le référent de la plateforme pour qu'elle maîtrise les raccourcis et "
          "les modèles de réponse, qui font gagner un temps fou sur les dossiers longs. Ensuite, lui confier la "
          "rédaction des fiches réflexes facturation dans le nouvel outil : personne ne connaît mieux qu'elle "
          "les cas tordus, et ce serait une vraie reconnaissance de son expertise. Enfin, demander à la "
          "direction du site une exception temporaire pour un jour de télétravail, en expliquant que la bascule "
          "est terminée pour les conseillers expérimentés. Je lui demanderai laquelle lui parle le plus et "
          "comment elle la ferait à sa façon."),
        T([["Engagement", "Qui", "Quand", "Comment on saura"],
           ["Demi-journée de prise en main avancée avec le référent outil", "Thomas réserve, Inès y va", "avant le 18 décembre", "moins de 10 % de dossiers sans note en janvier"],
           ["Rédaction de cinq fiches réflexes facturation", "Inès, deux heures par semaine dégagées", "fin janvier", "fiches publiées dans la base"],
           ["Demande de télétravail le vendredi portée au directeur de site", "Thomas", "comité du 14 décembre", "réponse écrite rapportée à Inès"]]),
        H(1, "Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume ce qu'elle m'a dit avec ses mots, puis les engagements du tableau, et je lui demande si "
          "quelque chose manque ou si elle veut reformuler. Je la remercie pour sa franchise. Nous fixons le "
          "point suivant au mardi 5 janvier à 10 h, même salle, vingt minutes, pour regarder ensemble où en "
          "sont les fiches et le score de décembre. Je lui dis que ma porte reste ouverte d'ici là, et que si "
          "elle pense toujours à partir, je préfère qu'on en parle avant qu'elle ne décide."),
        H(2, "Grille de notes (à remplir pendant l'entretien)", {"note-taking-grid": "empty"}),
        T([["Temps", "Ce qu'elle dit", "Émotion perçue", "À reprendre"],
           ["", "", "", ""], ["", "", "", ""], ["", "", "", ""]]),
        H(1, "Relecture de ma préparation", {"criteria-self-check": "ok"}),
        T([["Point vérifié", "Où dans ce document", "Fait ?"],
           ["Les enjeux dits dès les premières phrases", "ouverture", "oui"],
           ["Missions rappelées avant les faits", "rôle et constats", "oui"],
           ["Faits datés et chiffrés, sans jugement", "constats", "oui"],
           ["Temps d'écoute plus long que le reste", "déroulé, 12 min", "oui"],
           ["Propositions venues d'elle avant les miennes", "pistes", "à tenir le jour J"],
           ["Engagements datés des deux côtés", "tableau des engagements", "oui"]]),
    ],
)
