from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the production manager of a dental prosthesis lab in Lyon prepares a reframing interview
    with a ceramist who skips the final check. The manager's own numbered headings ("1 –", "2 –"...) in heading
    styles, a timing table for the interview, a DESC table under a heading of her own, the agreed changes as a
    table, a short tick list at the end under a bold Normal line, not a heading style. The closing is three sentences (thin); she kept no note-taking grid
    (missing).""",
    title="Laboratoire Dentalis – Entretien de recadrage avec Kévin",
    cover=["Préparé par Sandrine Roux, responsable de production", "Entretien prévu le jeudi 10 décembre 2026"],
    blocks=[
        H(1, "1 – Avant de le recevoir", {"preparation": "ok"}),
        P("Dentalis fabrique des couronnes, des bridges et des facettes pour 140 cabinets dentaires de la région "
          "lyonnaise. L'atelier compte dix-huit techniciens, dont six céramistes. Kévin Marchetti, 34 ans, est "
          "céramiste chez nous depuis cinq ans ; c'est l'un des plus rapides de l'équipe et les dentistes aiment "
          "son travail sur les dents antérieures."),
        P("Le problème : depuis septembre, neuf pièces sorties de son poste ont été renvoyées par les cabinets, "
          "contre une ou deux par trimestre auparavant. Dans sept cas sur neuf, la teinte ne correspondait pas à "
          "la prescription, et la fiche de contrôle final n'avait pas été remplie. Chaque refabrication nous coûte "
          "en moyenne 180 euros et deux jours de retard pour le patient ; le cabinet du docteur Fabre nous a dit "
          "qu'il regarderait ailleurs si cela continuait. J'en ai parlé une première fois à Kévin en octobre, de "
          "manière informelle, sans effet visible."),
        P("Je veux que l'entretien reste factuel : j'apporte la liste des neuf retours avec les dates, les fiches "
          "de contrôle vierges et les bons de commande. Je prévois quarante-cinq minutes dans le petit bureau, "
          "hors de la vue de l'atelier, en début d'après-midi quand la charge baisse. Mon objectif est qu'il reparte "
          "en ayant compris l'enjeu et avec un engagement clair, pas humilié."),
        H(1, "2 – Les premières minutes", {"opening": "ok"}),
        P("Je commencerai par le remercier d'être venu et par lui dire pourquoi nous sommes là : « Kévin, je t'ai "
          "demandé ce moment parce que nous avons eu plusieurs retours de cabinets sur tes pièces ces derniers "
          "mois, et je veux qu'on trouve ensemble comment les arrêter. Ce n'est pas un entretien disciplinaire. "
          "Tu restes un des piliers de la céramique chez nous et je compte sur toi. » Je lui dirai aussi ce que je "
          "ferai de cet échange : un court compte rendu que nous signerons tous les deux, et un point dans un mois."),
        H(1, "3 – Le déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question ou phrase prévue", "Durée"],
           ["Accueil", "poser le cadre et l'enjeu", "« Je veux qu'on regarde ensemble les retours. »", "5 min"],
           ["Rappel", "revenir sur ce qu'on attend d'un céramiste", "« Tu te souviens de la fiche de contrôle ? »",
            "5 min"],
           ["Faits", "présenter les neuf retours, sans juger", "« Voilà ce que les cabinets nous ont renvoyé. »",
            "10 min"],
           ["Écoute", "le laisser expliquer", "« Qu'est-ce qui se passe de ton côté ? »", "10 min"],
           ["Solutions", "chercher avec lui", "« Qu'est-ce qui t'aiderait à ne plus sauter le contrôle ? »",
            "10 min"],
           ["Conclusion", "résumer et fixer le point d'étape", "« On se revoit le 14 janvier. »", "5 min"]]),
        H(1, "4 – Ce qu'on attend de lui, noir sur blanc", {"expectations-recap": "ok"}),
        P("Le poste de céramiste comprend le montage de la céramique, la cuisson, le maquillage et le contrôle "
          "final avant expédition. Ce contrôle n'est pas une formalité : la teinte est comparée sous la lampe "
          "lumière du jour au teintier indiqué sur la prescription, les points de contact sont vérifiés sur le "
          "modèle, puis la fiche est signée. C'est la règle depuis la certification de 2022 et elle s'applique à "
          "tous, y compris aux techniciens les plus expérimentés. Les délais comptent, mais une pièce qui revient "
          "coûte plus cher qu'une pièce qui part avec quelques heures de retard."),
        H(1, "5 – Les faits, avec la méthode DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dirai"],
           ["Décrire", "Neuf pièces renvoyées depuis septembre, dont sept pour une teinte différente de la "
                       "prescription ; sur ces sept, aucune fiche de contrôle n'était signée."],
           ["Exprimer", "Je suis inquiète pour la relation avec nos cabinets et un peu déçue, parce que je sais "
                        "que tu es capable d'un travail irréprochable."],
           ["Spécifier", "Je te demande de faire et signer le contrôle final sur chaque pièce, sans exception, "
                         "à partir de lundi."],
           ["Conséquences", "Moins de refabrications, des cabinets rassurés, et ton travail reconnu à sa vraie "
                            "valeur ; si les retours continuent, je devrai passer à une procédure formelle."]]),
        H(1, "6 – Ce qu'il risque de me répondre", {"explanations-objections": "ok"}),
        P("Kévin me dira sans doute qu'il manque de temps : depuis le départ de Léa en août, il absorbe une partie "
          "de ses commandes et il finit souvent après 18 h. C'est en partie vrai, et je dois le reconnaître. Je "
          "lui répondrai que le contrôle prend six à huit minutes par pièce, quand une refabrication en prend "
          "trois heures, et que je préfère décaler une livraison que recevoir un retour. Il peut aussi dire que la "
          "lampe de son poste est mal réglée : je vérifierai avant l'entretien, et si c'est le cas je le dirai "
          "tout de suite. Enfin, il peut se sentir visé alors que d'autres oublient aussi la fiche ; je lui dirai "
          "que je regarde les chiffres de chacun et que nous en parlons un par un, pas en public."),
        H(1, "7 – Ce sur quoi on s'engage", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Quand", "Comment on vérifie"],
           ["Contrôle final signé sur chaque pièce", "Kévin", "dès le 14 décembre", "fiches revues chaque vendredi"],
           ["Reprise de deux cabinets de Léa par un autre céramiste", "Sandrine", "15 décembre",
            "planning de l'atelier"],
           ["Nouvelle lampe lumière du jour au poste 4", "Sandrine", "fin décembre", "bon de commande"],
           ["Point d'étape sur les retours", "Kévin et Sandrine", "14 janvier", "nombre de retours depuis l'entretien"]]),
        H(1, "8 – Pour finir", {"closing-follow-up": "thin"}),
        P("Je reformule les engagements et lui demande s'il est d'accord. Je lui envoie le compte rendu le "
          "lendemain. Je termine en lui redisant ma confiance."),
        B("9 – Ma grille pour me relire", {"criteria-self-check": "ok"}),
        T([["Point", "Fait ?"],
           ["Le but de l'entretien est dit dans la première minute", "oui"],
           ["Je parle de faits datés, pas de sa personnalité", "oui"],
           ["Je l'ai laissé parler sans l'interrompre", "à surveiller"],
           ["Au moins une solution vient de lui", "à vérifier le jour même"],
           ["Une date de suivi est fixée", "oui"]]),
    ],
    missing=["note-taking-grid"],
)
