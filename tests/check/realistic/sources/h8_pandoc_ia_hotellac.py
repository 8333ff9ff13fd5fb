from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="pandoc",
    language="fr",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. Markdown converted
    by pandoc, French, the annual review of a hotel's night receptionist, prepared by the front-office manager.
    Almost every heading is a question; the year's objectives are a table under their own question; the
    question about training has nothing under it (empty); the opening is three sentences (thin); no grid for
    notes (missing); a short section of the author's own on what to avoid saying.""",
    title="Hôtel du Lac d'Annecy – Préparer l'entretien annuel de Kévin Duret",
    cover=["Entretien annuel d'évaluation", "Préparé par Sophie Berthier, responsable de la réception"],
    blocks=[
        H(1, "Que dois-je avoir en tête avant d'y aller ?", {"preparation": "ok"}),
        P("Kévin est réceptionniste de nuit depuis quatre ans ; il travaille seul de 22 h à 7 h, cinq nuits sur "
          "sept, dans un hôtel de 68 chambres ouvert toute l'année. C'est un poste où l'on ne voit presque jamais son "
          "responsable, et je sais qu'il le vit parfois comme un oubli. L'entretien aura lieu le mardi 15 décembre à "
          "18 h, avant sa prise de poste, dans le petit salon fermé du premier étage, et non derrière le comptoir. Je "
          "l'ai prévenu par écrit le 24 novembre et lui ai remis le formulaire d'auto-évaluation. Je relis avant "
          "l'entretien le compte rendu de l'an dernier, ses trois objectifs, le cahier de nuit des douze derniers "
          "mois, les avis clients qui citent la réception de nuit et le rapport de l'audit incendie de mai. J'ai "
          "aussi demandé à la gouvernante et au chef de cuisine ce qu'ils pensent de leurs passations avec lui, "
          "parce qu'elles ont lieu à 7 h, quand je ne suis pas là. Je vérifie enfin le budget formation du "
          "service (1 800 euros pour 2027) et la date d'ouverture du poste d'adjoint, dont il pourrait me parler."),
        H(1, "Comment commencer ?", {"opening": "thin"}),
        P("Je le remercie d'être venu plus tôt et je lui dis que cette heure est à lui. Je rappelle que nous faisons "
          "le point sur l'année et sur la suite, sans parler de salaire. Je lui propose l'ordre du jour."),
        H(1, "Dans quel ordre ?", {"interview-phases": "ok"}),
        T([["Durée", "Thème", "Question pour lancer"],
           ["5 min", "accueil", "Comment vont les nuits en ce moment ?"],
           ["20 min", "l'année de Kévin", "De quoi es-tu le plus content ?"],
           ["10 min", "compétences", "Où te sens-tu moins à l'aise ?"],
           ["15 min", "objectifs 2027 et formation", "Qu'aimerais-tu avoir réussi dans un an ?"],
           ["5 min", "projets", "Et dans trois ans ?"],
           ["5 min", "conclusion", "Qu'est-ce que tu retiens ?"]]),
        H(1, "Qu'a-t-il fait de son année ?", {"year-review": "ok"}),
        P("Je lui laisse d'abord la parole. De mon côté, j'ai trois faits à partager. La nuit du 3 août, lors de la "
          "coupure de courant qui a touché tout le quartier, il a évacué calmement les clients du cinquième étage, "
          "appelé le technicien d'astreinte et tenu le cahier minute par minute ; l'audit de mai l'avait déjà cité "
          "pour la tenue du registre de sécurité. Les avis clients qui parlent de la nuit sont bons : 4,6 sur 5 en "
          "moyenne, avec plusieurs mentions de sa gentillesse avec les arrivées tardives. Le point faible concerne "
          "les passations du matin : la gouvernante a relevé à six reprises des chambres signalées libres qui "
          "étaient encore occupées, ce qui a retardé le ménage. Je veux comprendre avec lui d'où viennent ces "
          "écarts, car le logiciel de gestion a changé en mars et la formation avait été donnée de jour."),
        H(2, "Ses objectifs de l'an dernier : où en est-on ?", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Cible", "Réalisé", "Mon commentaire"],
           ["Réduire les erreurs de facturation de nuit", "moins de 5 par mois", "3 par mois en moyenne",
            "atteint, grâce à la double lecture du rapport de clôture"],
           ["Proposer la vente de petits-déjeuners aux arrivées tardives", "150 ventes", "212 ventes", "dépassé"],
           ["Suivre la formation au nouveau logiciel", "avant avril", "faite en mars, de jour", "atteint, mais à revoir"]]),
        H(1, "Quelles compétences a-t-il consolidées ?", {"skills": "ok"}),
        T([["Compétence", "Son avis", "Mon avis", "Exemple"],
           ["Gestion des urgences", "à l'aise", "excellent", "coupure du 3 août"],
           ["Accueil en anglais et en italien", "à l'aise", "très bon", "avis clients"],
           ["Logiciel de gestion hôtelière", "moyen", "à renforcer", "passations du matin"],
           ["Transmission écrite", "à l'aise", "à renforcer", "six chambres mal signalées"]]),
        H(1, "Que viser en 2027 ?", {"smart-objectives": "ok"}),
        L(["Zéro chambre mal signalée à la passation du matin d'ici fin mars, vérifié chaque semaine avec la gouvernante",
           "Atteindre 250 petits-déjeuners vendus aux arrivées tardives sur l'année",
           "Rédiger d'ici juin la fiche réflexe de nuit pour les coupures et les alarmes, relue par le chef de sécurité"]),
        H(1, "Quelles formations ?", {"training": "empty"}),
        H(1, "Où se voit-il dans trois ans ?", {"career-wishes": "ok"}),
        P("Kévin m'a dit au printemps qu'il aimerait un jour travailler de jour pour voir grandir sa fille. Je lui "
          "pose la question ouvertement, sans rien promettre : le poste d'adjoint de réception s'ouvre en septembre "
          "et il pourrait y prétendre s'il progresse sur le logiciel et sur les transmissions écrites. S'il préfère "
          "rester de nuit, je veux le savoir aussi, et nous chercherons ensemble comment rendre ce poste moins "
          "isolé, par exemple avec une réunion d'équipe mensuelle à 21 h 30 à laquelle il serait invité. "
          "Je note sa réponse telle qu'il la formule, dans ses mots."),
        H(1, "Qu'est-ce que je ne dois pas dire ?", {}),
        L(["« Tu es le seul à faire des erreurs de passation » : c'est faux, et cela fermerait la discussion.",
           "« On verra pour le poste d'adjoint » : je donne la date et les conditions, ou je n'en parle pas."]),
        H(1, "Comment finir et qu'est-ce qui suit ?", {"closing-follow-up": "ok"}),
        P("Je reformule ce que nous avons décidé : les trois objectifs, la reprise de la formation au logiciel de "
          "nuit et le point sur le poste d'adjoint. Je lui demande s'il est d'accord avec ce résumé et s'il veut "
          "ajouter quelque chose. Je lui envoie le compte rendu avant le 22 décembre ; il a une semaine pour y "
          "écrire ses remarques avant que nous le signions. Nous fixons un point à la fin mars sur les passations, "
          "un matin à 7 h pour que j'y assiste, et je le remercie encore pour la nuit du 3 août."),
        H(1, "Me suis-je bien préparée ?", {"criteria-self-check": "ok"}),
        T([["Ce que je veux réussir", "Fait ?"],
           ["je l'écoute avant de donner mon avis", "à vérifier pendant l'entretien"],
           ["je dis dès le début à quoi sert l'entretien", "oui"],
           ["je rappelle ses missions de nuit avec des faits", "oui"],
           ["je propose des solutions pour les passations", "oui"],
           ["je réponds à sa question sur le poste d'adjoint", "oui, date et conditions prêtes"]]),
    ],
    missing=["note-taking-grid"],
)
