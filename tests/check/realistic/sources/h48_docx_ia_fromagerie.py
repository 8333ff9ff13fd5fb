from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: a dairy cooperative's quality manager prepares the yearly review of a lab technician. Question
    and paraphrased headings; the author adds a section of her own on the context of the team; the career wishes in
    a few lines (thin); no self-check grid at the end (missing).""",
    title="Entretien annuel – Laboratoire qualité, Coopérative laitière des Aravis",
    cover=["Guide préparé par Sandrine Mollard, responsable qualité", "Entretien de Julien Perrin, technicien de laboratoire"],
    blocks=[
        H(1, "Avant l'entretien : ce que je prépare", {"preparation": "ok"}),
        P("La coopérative transforme chaque année 38 millions de litres de lait en reblochon et en tomme. Le "
          "laboratoire qualité compte cinq personnes ; Julien y travaille depuis quatre ans et réalise les analyses "
          "microbiologiques sur le lait de collecte et sur les fromages avant expédition. L'entretien aura lieu le "
          "20 janvier à 14 h dans la petite salle de réunion, loin du bruit de la fromagerie, et durera environ une "
          "heure et demie. Je l'ai prévenu par écrit trois semaines avant et je lui ai remis la fiche "
          "d'auto-évaluation qu'il doit me rendre la veille."),
        P("Je relis le compte rendu de l'an dernier, ses objectifs et les chiffres du laboratoire : nombre "
          "d'analyses réalisées, délais de rendu des résultats, écarts relevés lors de l'audit IFS de juin. Je note "
          "aussi les faits marquants : la listeria détectée en mars sur un lot de tomme, que Julien a repérée avant "
          "l'expédition, et les trois retards de rendu pendant l'été quand il était seul au laboratoire. Mon but est "
          "de reconnaître son sang-froid de mars, de comprendre ce qui s'est passé en été et d'entendre ce qu'il "
          "souhaite pour la suite, car il m'a parlé d'une formation en chimie analytique."),
        H(1, "Le contexte de l'équipe cette année"),
        P("Deux départs en retraite et un congé maternité ont réduit l'équipe à trois personnes entre juin et "
          "septembre. L'intérimaire prévue n'est arrivée qu'en août. Ce contexte pèse sur les résultats de tous, et "
          "je veux le dire à Julien dès le début pour qu'il ne se sente pas seul responsable des retards."),
        H(1, "Comment j'ouvre la discussion ?", {"opening": "ok"}),
        P("« Bonjour Julien, merci d'avoir pris ce temps. Cet entretien sert à regarder ensemble ton année, ce qui "
          "a bien marché et ce qui a été difficile, puis à fixer tes objectifs pour 2027 et à parler de tes envies. "
          "Je vais d'abord te laisser la parole, puis je te dirai ce que j'ai vu de mon côté. Ce que nous décidons "
          "aujourd'hui sera écrit dans un compte rendu que tu pourras relire et commenter avant de le signer. Il n'y "
          "a pas de piège : l'idée est que tu repartes en sachant clairement ce que j'attends de toi et ce que la "
          "coopérative peut t'apporter. »"),
        H(1, "Déroulé en huit temps", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question type", "Durée"],
           ["Accueil", "rappeler le but et le déroulé", "Comment arrives-tu à cet entretien ?", "5 min"],
           ["Son regard", "laisser Julien raconter son année", "De quoi es-tu le plus fier ?", "15 min"],
           ["Les chiffres", "comparer objectifs et résultats", "Que s'est-il passé en juillet ?", "15 min"],
           ["Compétences", "croiser son auto-évaluation et la mienne", "Où te sens-tu le plus solide ?", "15 min"],
           ["Objectifs", "construire trois objectifs ensemble", "Qu'est-ce qui serait une réussite ?", "15 min"],
           ["Formation", "recenser ses besoins", "Qu'est-ce qui t'aiderait ?", "10 min"],
           ["Projets", "écouter ses souhaits d'évolution", "Où te vois-tu dans trois ans ?", "10 min"],
           ["Conclusion", "résumer et fixer le suivi", "Veux-tu ajouter quelque chose ?", "5 min"]]),
        H(1, "Qu'est-ce que Julien a fait en 2026 ?", {"year-review": "ok"}),
        P("Julien a réalisé 9 400 analyses, soit 8 % de plus qu'en 2025, alors que l'équipe a été réduite pendant "
          "quatre mois. En mars, il a détecté une listeria sur un lot de 1 200 tommes ; il a bloqué le lot, prévenu "
          "la direction et suivi la procédure de retrait sans aucune erreur, ce qui a évité un rappel de produits "
          "en magasin. Lors de l'audit IFS de juin, aucune remarque n'a concerné ses analyses. En revanche, trois "
          "résultats ont été rendus avec plus de 48 heures de retard en juillet et août, ce qui a retardé des "
          "expéditions vers deux clients de la grande distribution. Il a aussi proposé un nouveau classement des "
          "échantillons dans la chambre froide, adopté par toute l'équipe depuis octobre. Les "
          "producteurs qu'il appelle pour les résultats non conformes disent apprécier sa patience et ses explications."),
        H(2, "Les objectifs de l'an dernier, un par un", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Cible", "Résultat", "Atteint ?"],
           ["Rendre les résultats en moins de 48 h", "part des résultats dans les délais", "98 %", "96 %", "presque"],
           ["Valider la nouvelle méthode de dénombrement", "méthode validée", "septembre", "juillet", "oui"],
           ["Former l'intérimaire", "autonomie sur les analyses de base", "1 mois", "3 semaines", "oui"]]),
        H(2, "Ses savoir-faire, vus par lui et par moi", {"skills": "ok"}),
        T([["Compétence", "Auto-évaluation", "Mon évaluation", "Commentaire"],
           ["Microbiologie du lait", "4", "4", "référence de l'équipe"],
           ["Gestion des priorités", "2", "3", "plus sévère que moi sur l'été"],
           ["Rédaction des rapports", "3", "3", "clairs, parfois tardifs"],
           ["Transmission aux nouveaux", "3", "4", "très bon retour de l'intérimaire"]]),
        H(1, "Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance", "Moyens"],
           ["Tenir les délais même en effectif réduit", "résultats rendus en moins de 48 h", "98 %", "décembre 2027", "planning d'été validé en mai"],
           ["Devenir référent listeria", "procédure révisée et diffusée", "1 procédure", "juin 2027", "deux jours par trimestre dédiés"],
           ["Accompagner un apprenti", "apprenti autonome", "analyses de base", "septembre 2027", "tutorat d'une heure par semaine"]]),
        H(1, "Se former : quoi et comment ?", {"training": "ok"}),
        T([["Besoin", "Formation", "Organisme", "Quand"],
           ["Chimie analytique", "module HPLC de 5 jours", "ENILV La Roche-sur-Foron", "mars 2027"],
           ["Tutorat", "devenir maître d'apprentissage", "CCI Haute-Savoie", "juin 2027"]]),
        H(1, "Et après ?", {"career-wishes": "thin"}),
        P("Julien dit vouloir évoluer vers la chimie analytique et, à terme, vers un poste d'adjoint au "
          "laboratoire. Je lui propose d'en reparler en juin."),
        H(1, "Pour conclure", {"closing-follow-up": "ok"}),
        P("Je reprends les points sur lesquels nous sommes d'accord : une année solide malgré l'équipe réduite, une "
          "réaction exemplaire en mars, un point à travailler sur les délais d'été, trois objectifs pour 2027 et "
          "deux formations. Je lui demande s'il veut ajouter quelque chose au compte rendu. Je lui envoie le compte "
          "rendu sous une semaine, il a dix jours pour le commenter et le signer. Nous fixons un point d'étape le "
          "30 juin pour vérifier le planning d'été et parler de son projet d'évolution. Je le remercie "
          "sincèrement pour son engagement pendant une année difficile pour tout le laboratoire."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Temps", "Ce que dit Julien", "Mes remarques"],
           ["Son regard", "fier de mars, frustré par l'été", "le rassurer sur le contexte"],
           ["Objectifs", "d'accord pour le référent listeria", "prévoir du temps dédié"],
           ["Projets", "chimie analytique, poste d'adjoint", "à revoir en juin"]]),
    ],
    missing=["criteria-self-check"],
)
