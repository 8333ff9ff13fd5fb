from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""python-docx, French, then opened and saved by LibreOffice Writer. Headings mix question forms and
    names plus words ("Le plan d'action de Nadia", "Écouter avant de proposer"); the facts and the listening are
    merged under one heading whose text covers both; the opening is a bold paragraph; no self-check (missing); the
    follow-up section is short (thin). The note grid holds only the topics the student prepared (labelled ok: a grid
    prepared for the interview, written by the student).""",
    title="Entretien de remotivation – Nadia, hôtesse d'accueil",
    cover=["Mise en situation – Hôtel Grand Large, Saint-Malo", "Candidat : Damien Lecoq"],
    blocks=[
        H(1, "Pourquoi cet entretien ?", {"preparation": "ok"}),
        P("Nadia est hôtesse d'accueil à l'hôtel Grand Large, un quatre étoiles de 64 chambres à Saint-Malo, "
          "depuis sept ans. Elle a longtemps été la personne que les clients citaient dans leurs avis en ligne : "
          "son nom apparaît dans 48 avis sur TripAdvisor entre 2022 et 2024. Depuis le printemps, plusieurs signes "
          "m'inquiètent : trois retards à la prise de poste du matin, des réponses sèches à deux clients signalées "
          "par la gouvernante, et son refus de former la nouvelle réceptionniste alors qu'elle l'avait proposé "
          "elle-même en janvier."),
        P("Je suis le directeur de l'hôtel. Je la reçois dans le petit salon du premier étage, un mardi à 15 heures, "
          "au creux de la journée, après l'avoir prévenue la veille de l'objet de l'entretien. Mon objectif est de "
          "comprendre ce qui a changé et de trouver avec elle des solutions, pas de la sanctionner. J'ai relu son "
          "entretien annuel, où elle disait vouloir évoluer vers le poste de chef de réception, poste que j'ai "
          "finalement confié en mars à un candidat extérieur. Je pense que c'est un point important et je dois être "
          "prêt à en parler franchement."),
        B("Ouverture", {"opening": "ok"}),
        P("« Nadia, merci d'avoir pris ce temps. Je voulais qu'on se voie tous les deux parce que j'ai le sentiment "
          "que les derniers mois ont été plus difficiles pour toi, et je préfère en parler avec toi plutôt que de "
          "laisser les choses s'installer. Ce n'est pas un entretien disciplinaire. J'aimerais d'abord t'écouter, "
          "puis qu'on cherche ensemble ce qui pourrait changer. On a une heure devant nous, et ce qu'on se dit reste entre nous, sauf ce que nous déciderons ensemble de partager avec l'équipe. Tu es d'accord pour qu'on commence comme ça ? »"),
        H(1, "Le déroulé prévu", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche", "Questions", "Temps"],
           ["Ouverture", "poser un cadre rassurant", "—", "5 min"],
           ["Les faits", "partager ce que j'ai observé", "Est-ce que tu te reconnais dans ce que je décris ?", "10 min"],
           ["Son point de vue", "comprendre les causes", "Qu'est-ce qui a changé pour toi depuis le printemps ?", "20 min"],
           ["Solutions", "construire ensemble", "Qu'est-ce qui t'aiderait ?", "15 min"],
           ["Conclusion", "fixer le suivi", "—", "10 min"]]),
        H(1, "Les faits, puis écouter avant de proposer", {"facts": "ok", "active-listening": "ok"}),
        P("Je rappelle d'abord ses missions : accueil et départ des clients, gestion des réservations du jour, "
          "réponse aux demandes pendant le séjour, et depuis janvier la formation des nouveaux réceptionnistes. Puis "
          "je décris les faits observés, datés et sans adjectif : les retards des 4, 11 et 18 septembre, les deux "
          "signalements de la gouvernante, la formation refusée le 2 octobre. Je ne les interprète pas."),
        P("Ensuite je me tais et je l'écoute. Mes questions sont ouvertes : « Comment vis-tu ton poste en ce "
          "moment ? », « Qu'est-ce qui te plaisait le plus il y a un an ? », « Qu'est-ce qui te pèse ? ». Je "
          "reformule ce que j'entends : « Si je comprends bien, tu as eu le sentiment qu'on ne te faisait pas "
          "confiance quand le poste de chef de réception a été pourvu ? ». Je laisse les silences, je ne me justifie "
          "pas tout de suite, et je note les mots qu'elle emploie. Si elle évoque une difficulté personnelle, je "
          "l'écoute sans chercher de détails et je rappelle l'existence du service d'écoute proposé par la mutuelle."),
        H(1, "Chercher des solutions ensemble", {"co-built-solutions": "ok"}),
        P("Je ne viens pas avec une solution toute faite. Je lui demande d'abord ce qu'elle propose, puis j'avance "
          "des pistes si elle n'en a pas : prendre en charge les relations avec les agences de voyages, qui lui "
          "plaisaient ; suivre la formation de chef de réception proposée par l'école hôtelière de Dinard, financée "
          "par le plan de développement des compétences ; revoir ses horaires du matin, si les retards viennent d'une "
          "contrainte de garde. Chaque piste est discutée : ce qui compte est qu'elle choisisse. Je vérifie aussi que chaque piste est réaliste pour l'hôtel : je ne promets pas un poste qui n'existe pas, et je dis clairement que le poste de chef de réception ne se libérera pas avant au moins deux ans."),
        H(1, "Le plan d'action de Nadia", {"action-plan": "ok"}),
        T([["Action", "Qui", "Soutien", "Quand", "Comment on sait que ça marche"],
           ["Référente agences de voyages", "Nadia", "présentation aux 6 agences partenaires", "novembre", "réservations agences suivies par elle"],
           ["Formation chef de réception", "Nadia, directeur", "financement du plan de formation", "janvier à mars", "attestation de formation"],
           ["Prise de poste à 8 h 30 au lieu de 7 h 30 le lundi", "directeur", "planning revu", "dès la semaine prochaine", "aucun retard en novembre"]]),
        H(1, "Et ensuite ?", {"closing-follow-up": "thin"}),
        P("Je résume les trois actions et je fixe un point de suivi le 15 novembre, même heure."),
        H(1, "Notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'elle a dit", "Ce que j'ai observé", "Suite"],
           ["Poste de chef de réception", "", "", ""],
           ["Retards du lundi", "", "", ""],
           ["Formation des nouveaux", "", "", ""]]),
    ],
    missing=["criteria-self-check"],
)
