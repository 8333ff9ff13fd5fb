from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. Français : le chef d'atelier des Tissages Tisserand, une usine textile de Roanne,
    prépare l'entretien de recadrage d'une régleuse expérimentée qui ne remplit plus les fiches de réglage et ignore
    le port des protections auditives. Presque tous les titres sont des questions ; le déroulé, la trame en quatre
    temps, les engagements et la relecture finale en tableaux ; la conclusion et le suivi en deux phrases (thin) ;
    aucune grille pour noter pendant l'entretien (missing).""",
    title="Recadrage : Sandrine, atelier de tissage",
    cover=["Préparé par Olivier Chabert, chef d'atelier tissage",
           "Tissages Tisserand, Roanne – décembre 2026"],
    blocks=[
        H(1, "Que sais-je avant de la recevoir ?", {"preparation": "ok"}),
        P("Sandrine Favre est régleuse sur les métiers Jacquard depuis quatorze ans. C'est elle qui forme les "
          "nouveaux, et les opérateurs la consultent avant moi quand une chaîne casse. Depuis le mois d'août, deux "
          "choses ont changé. D'abord, les fiches de réglage ne sont plus remplies après ses interventions : sur les "
          "38 réglages qu'elle a faits en octobre, 9 seulement ont une fiche, alors que l'équipe de nuit en a besoin "
          "pour reprendre les métiers. Ensuite, elle circule dans l'atelier sans casque antibruit, alors que le niveau "
          "dépasse 90 décibels près des métiers, et deux jeunes opérateurs ont commencé à faire comme elle."),
        P("J'ai rassemblé les fiches du mois, le relevé d'incidents de l'équipe de nuit (quatre reprises ratées, "
          "six heures d'arrêt au total) et la note de sécurité signée par tout le monde en janvier. J'ai aussi "
          "vérifié sa charge : depuis le départ à la retraite de Gérard en juillet, elle fait seule les réglages de "
          "deux lignes au lieu d'une. Je la recevrai jeudi 10 décembre à 13 h 30, avant sa prise de poste, dans le "
          "bureau du bureau des méthodes, porte fermée. Je prévois quarante minutes. Je ne cherche pas une "
          "sanction : je veux que les fiches reviennent et que le casque soit porté, et je veux comprendre ce qui "
          "s'est passé depuis l'été."),
        H(1, "Comment est-ce que j'ouvre ?", {"opening": "ok"}),
        P("Je commence par la remercier d'être venue avant son poste. Je dis tout de suite pourquoi je l'ai fait "
          "venir : deux sujets précis, les fiches de réglage et les protections auditives. J'explique que ces deux "
          "points touchent l'équipe de nuit et la santé des plus jeunes, et que son exemple compte plus que le "
          "mien dans l'atelier. Je précise que l'entretien dure quarante minutes, qu'il reste entre nous et "
          "que je veux d'abord entendre sa version. Je pose le carnet sur la table et je le dis : je noterai ce que nous décidons, rien d'autre."),
        H(1, "Dans quel ordre ?", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais"],
           ["0-5 min", "accueil", "je nomme les deux sujets et le cadre"],
           ["5-15 min", "faits", "je montre les fiches d'octobre et le relevé de nuit"],
           ["15-25 min", "écoute", "je la laisse expliquer, je reformule sans juger"],
           ["25-35 min", "solutions", "nous cherchons ensemble comment tenir les fiches avec deux lignes"],
           ["35-40 min", "clôture", "je résume les engagements et je fixe la date du point suivant"]]),
        H(1, "Qu'attend-on d'une régleuse ici ?", {"expectations-recap": "ok"}),
        P("Je rappelle sa fiche de poste et le règlement de l'atelier. Chaque réglage se termine par une fiche : "
          "le métier, le défaut constaté, les réglages faits et ce qu'il faut surveiller. C'est cette fiche qui "
          "permet à l'équipe de nuit de redémarrer sans l'appeler. Le casque est obligatoire dans toute la zone "
          "des métiers, pour tout le monde, chef d'atelier compris. Je lui rappelle aussi que, comme référente des "
          "nouveaux, elle montre l'exemple, et que c'est pour cela que nous l'avons choisie. Ce qui est attendu n'a pas changé depuis son embauche : seule la charge a changé."),
        H(1, "Comment je le lui dis ?", {"desc-grid": "ok"}),
        T([["Temps", "Mes mots"],
           ["Les faits", "en octobre, 9 réglages sur 38 ont une fiche, et tu passes sans casque près des métiers"],
           ["Ce que j'en pense", "je m'inquiète pour la nuit, qui a perdu six heures, et pour les jeunes qui te copient"],
           ["Ma demande", "une fiche après chaque réglage et le casque porté dans toute la zone"],
           ["La suite", "si c'est tenu, je demande le renfort d'un second régleur en janvier ; sinon on en reparle "
            "avec un objectif écrit"]]),
        H(1, "Et si elle n'est pas d'accord ?", {"explanations-objections": "ok"}),
        P("Elle dira probablement qu'elle n'a plus le temps de remplir les fiches depuis qu'elle couvre deux "
          "lignes, et c'est en partie vrai. Je reconnais la charge et je propose une fiche plus courte, cochée sur "
          "une tablette au pied du métier, que le bureau des méthodes prépare cette semaine. Sur le casque, elle "
          "peut répondre qu'il l'empêche d'entendre les bruits anormaux des métiers : c'est un argument de "
          "métier, je le prends au sérieux, et je lui propose d'essayer les bouchons moulés à filtre que la "
          "médecine du travail nous a conseillés. Si elle se ferme, je me tais un moment, je reformule et je "
          "reviens aux faits d'octobre. Si elle met en cause l'équipe de nuit, je lui promets d'en parler avec leur chef, sans changer de sujet."),
        H(1, "Sur quoi s'engage-t-on ?", {"agreed-changes": "ok"}),
        T([["Qui", "Quoi", "Quand", "Vérification"],
           ["Sandrine", "une fiche après chaque réglage, sur la tablette", "dès le 11 décembre",
            "relevé hebdomadaire du bureau des méthodes"],
           ["Sandrine", "casque ou bouchons à filtre dans la zone des métiers", "dès le 11 décembre",
            "tournée du chef d'atelier"],
           ["Olivier", "fiche courte sur tablette prête", "9 décembre", "essai avec Sandrine"],
           ["Olivier", "demande de renfort d'un régleur", "15 janvier", "réponse de la direction"]]),
        H(1, "Et après ?", {"closing-follow-up": "thin"}),
        P("Je termine en lui relisant les engagements et en la remerciant. Nous refaisons le point le 8 janvier "
          "avec les fiches de décembre."),
        H(1, "Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point", "Fait ?", "Remarque"],
           ["faits datés, sans jugement sur la personne", "oui", "fiches et relevé de nuit"],
           ["écoute de sa version avant les solutions", "oui", "dix minutes prévues"],
           ["attentes rappelées avec la fiche de poste", "oui", "règlement imprimé"],
           ["engagements écrits des deux côtés", "oui", "tableau signé"],
           ["date de suivi fixée", "oui", "8 janvier"]]),
    ],
    missing=["note-taking-grid"],
)
