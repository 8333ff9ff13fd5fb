from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 51 (h51_), written and labelled on 2026-12-02 before any run of check. python-docx then
    opened and saved by LibreOffice Writer, French: the head of a veterinary clinic in Saumur prepares a reframing
    interview with an assistant who is late most mornings and curt with pet owners at the desk. The author's own
    numbered headings; a table for the phases, the DESC lines and the commitments; the note-taking heading has
    nothing under it (empty); no self-check of the criteria (missing).""",
    title="Entretien de recadrage – Léa, auxiliaire vétérinaire",
    cover=["Préparé par le Dr Antoine Vasseur, Clinique vétérinaire des Bords de Loire, Saumur",
           "Entretien fixé au mardi 12 janvier 2027, 13 h 30"],
    missing=["criteria-self-check"],
    blocks=[
        H(1, "1. Le contexte et les faits", {"preparation": "ok"}),
        P("La clinique des Bords de Loire compte quatre vétérinaires et cinq auxiliaires spécialisées. Léa "
          "Guérin y travaille depuis trois ans ; elle est très douce avec les animaux, les chirurgiens apprécient "
          "son aide au bloc et elle a pris en charge seule le stock de la pharmacie l'an dernier. Depuis la "
          "rentrée, deux choses ne vont plus."),
        P("D'abord les retards : sur les six dernières semaines, elle est arrivée après 8 h 15 à onze reprises, "
          "alors que l'accueil ouvre à 8 h. Ce sont ses collègues Chloé et Mathis qui ont dû ouvrir à sa place, "
          "et le 3 décembre la première consultation a commencé avec vingt minutes de retard. Ensuite l'accueil : "
          "deux propriétaires se sont plaints par écrit d'avoir été reçus sèchement, dont une dame âgée venue "
          "pour l'euthanasie de son chat, qui a trouvé la scène « glaciale »."),
        P("J'ai déjà abordé les horaires avec elle en novembre, en passant. Cette fois, je veux un entretien "
          "posé, sans sanction, dans la salle de réunion du premier étage, pendant la pause de midi où la "
          "clinique est calme. J'apporte le relevé de la badgeuse et les deux courriers. Je veux savoir s'il y a "
          "une raison personnelle derrière ces retards avant de conclure quoi que ce soit."),
        H(1, "2. Mes premières phrases", {"opening": "ok"}),
        P("« Léa, merci de prendre ce moment. Je voulais te voir seule à seule parce que deux sujets me "
          "préoccupent : les arrivées après l'ouverture et la façon dont certains clients ont été accueillis ces "
          "dernières semaines. Je ne suis pas là pour te reprocher ton travail au bloc, que tout le monde salue. "
          "J'ai besoin de comprendre ce qui se passe et qu'on trouve ensemble comment repartir sur de bonnes "
          "bases. On a trois quarts d'heure devant nous ; je prendrai quelques notes, et tu pourras relire ce que j'écris à la fin. »"),
        H(1, "3. Comment je découpe l'entretien", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche", "Temps"],
           ["Accueil", "poser le cadre, la rassurer", "5 min"],
           ["Les faits", "badgeuse, deux courriers", "8 min"],
           ["Sa version", "l'écouter sans couper", "12 min"],
           ["Ce que j'attends", "horaires et accueil", "8 min"],
           ["Engagements", "écrire ensemble", "7 min"],
           ["Clôture", "date de suivi", "5 min"]]),
        H(1, "4. Rappel du poste", {"expectations-recap": "ok"}),
        P("Le contrat de Léa prévoit 35 heures par semaine, avec une prise de poste à 7 h 50 trois matins sur "
          "cinq pour ouvrir l'accueil, allumer les appareils et préparer la salle de consultation. À l'accueil, "
          "l'auxiliaire reçoit les propriétaires, enregistre les animaux, encaisse et prend les rendez-vous. "
          "Notre charte d'accueil, affichée derrière le comptoir, demande de saluer chaque client, de l'appeler "
          "par son nom et celui de son animal, et de prendre un ton particulier pour les fins de vie. Ces règles ont été écrites en équipe en 2025, Léa comprise, et chacun les a signées."),
        H(1, "5. Ma grille DESC", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "« Onze arrivées après 8 h 15 en six semaines, et deux courriers de clients. »"],
           ["Exprimer", "« Je suis inquiet pour l'équipe, qui ouvre à ta place, et pour l'image de la clinique. »"],
           ["Spécifier", "« J'ai besoin que tu sois là à 7 h 50 et que chaque client soit salué comme la charte le prévoit. »"],
           ["Conséquences", "« Si c'est tenu, on garde ton planning ; sinon je devrai passer à un écrit. »"]]),
        H(1, "6. Ce qu'elle risque de me répondre", {"explanations-objections": "ok"}),
        P("Léa pourrait me dire qu'elle dépose son fils à la crèche, qui n'ouvre qu'à 7 h 30, et que le trajet "
          "depuis Montreuil-Bellay prend vingt-cinq minutes. Si c'est le cas, je lui propose de passer aux "
          "ouvertures du mardi et du jeudi seulement, quand son compagnon peut faire la crèche, et de prendre les "
          "fermetures les autres jours. Elle pourrait aussi contester les courriers en disant que la dame était "
          "déjà en colère en arrivant : je l'écoute, je reconnais que ces rendez-vous sont durs pour tout le "
          "monde, mais je rappelle que la charte ne dépend pas de l'humeur du client. Enfin, si elle évoque la "
          "fatigue ou une surcharge, je lui demande ce qui l'aiderait concrètement."),
        H(1, "7. Ce que nous décidons", {"agreed-changes": "ok"}),
        T([["Engagement", "Aide apportée", "À partir de", "Comment on vérifie"],
           ["Arriver à 7 h 50 les jours d'ouverture", "ouvertures limitées au mardi et jeudi", "18 janvier",
            "relevé de badgeuse"],
           ["Appliquer la charte d'accueil", "demi-journée de formation à l'accueil des fins de vie", "février",
            "retours clients du mois"],
           ["Me prévenir avant 7 h 30 en cas de retard", "mon numéro personnel", "immédiat", "messages reçus"]]),
        H(1, "8. Pour conclure", {"closing-follow-up": "ok"}),
        P("Je demande à Léa de me redire avec ses mots ce que nous avons décidé, puis je lui propose un point le "
          "mardi 9 février, à la même heure. Je lui remets le lendemain un compte rendu d'une page qu'elle peut "
          "annoter. Je termine en lui disant que sa place dans l'équipe n'est pas en jeu, que les chirurgiens "
          "comptent sur elle au bloc, et que je préfère régler cela maintenant, entre nous, plutôt que de "
          "laisser la situation s'installer. Si elle le souhaite, elle peut aussi venir me voir avant la date prévue."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
)
