from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 54 (h54_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the manager of a travel agency in Nantes prepares an interview with an experienced advisor
    who has lost heart since the agency moved to online bookings. Headings are the author's questions and
    paraphrases; the listening part is two sentences (thin); a section of the author's own on what to avoid.""",
    title="Entretien de remotivation – Julie R., conseillère voyages",
    cover=["Agence Océane Voyages, Nantes", "Préparé par Bastien Le Goff, responsable d'agence – décembre 2026"],
    blocks=[
        H(1, "Qu'est-ce que je dois savoir avant de la recevoir ?", {"preparation": "ok"}),
        P("Julie travaille à l'agence depuis onze ans. Elle a longtemps été notre meilleure vendeuse sur les "
          "circuits en Asie, et les clients fidèles la demandent encore par son prénom. Depuis que le siège a "
          "déplacé la moitié des réservations vers le site web, en avril, son chiffre a baissé de 35 %, elle ne "
          "participe plus aux réunions du lundi et elle a refusé la formation au nouvel outil de devis en ligne. "
          "Deux collègues m'ont dit qu'elle parlait de partir."),
        P("Avant l'entretien, je relis sa fiche de poste et son dernier entretien annuel, je sors ses chiffres "
          "mois par mois et je note les trois dossiers difficiles qu'elle a très bien gérés cet automne. Je veux "
          "comprendre ce qui la décourage, pas lui reprocher ses résultats. Je réserve le petit bureau du fond, "
          "jeudi à 10 h, une heure, téléphones coupés, et je la préviens deux jours avant en lui disant l'objet. "
          "Je prépare aussi mes premières questions ouvertes, pour ne pas arriver avec un discours tout fait."),
        H(1, "Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Je commence par la remercier d'être venue et par lui dire franchement pourquoi je l'ai invitée : je "
          "vois qu'elle n'a plus le même plaisir au travail depuis le printemps, et l'agence a besoin d'elle. "
          "Je précise que ce n'est pas une sanction et que rien de ce qu'elle dira ne sera remonté au siège "
          "sans son accord. Le but est qu'on sorte de la pièce avec deux ou trois décisions prises ensemble. "
          "Je lui demande enfin si l'heure prévue lui convient, pour qu'elle ne soit pas pressée par un client."),
        H(1, "Le déroulé prévu, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais", "Ce que j'attends"],
           ["0–5 min", "Accueil", "café, objet de l'entretien", "qu'elle se sente en confiance"],
           ["5–20 min", "Son regard", "questions ouvertes, je me tais", "ce qui a changé pour elle"],
           ["20–30 min", "Les faits", "je rappelle ses missions et les chiffres", "un constat partagé"],
           ["30–50 min", "Les pistes", "on cherche ensemble", "deux ou trois idées concrètes"],
           ["50–60 min", "Conclusion", "plan d'action, date du prochain point", "un engagement des deux côtés"]]),
        H(1, "Ses missions et ce que j'ai constaté", {"facts": "ok"}),
        P("Ses missions restent les mêmes sur le papier : conseiller les clients en agence et au téléphone, "
          "construire des voyages sur mesure, suivre les dossiers jusqu'au retour et fidéliser sa clientèle. "
          "Ce qui a changé, c'est la part des ventes simples, désormais faites sur le site. Elle garde "
          "les voyages complexes, mais personne ne lui a expliqué ce que l'on attend d'elle dans ce nouveau "
          "partage, et ses objectifs n'ont pas été revus. Voici ce que j'ai relevé, sans interprétation :"),
        L(["chiffre d'affaires d'avril à octobre : 212 000 € contre 326 000 € l'an dernier sur la même période",
           "absente des quatre dernières réunions d'équipe, sans prévenir pour deux d'entre elles",
           "formation à l'outil de devis refusée le 12 septembre",
           "en revanche, trois voyages de noces au Japon vendus en octobre, avec des avis clients à cinq étoiles"]),
        H(1, "Écouter vraiment", {"active-listening": "thin"}),
        P("Je la laisse parler sans l'interrompre et je reformule ce qu'elle dit. Si elle exprime de la colère "
          "contre le siège, je l'accepte sans prendre parti."),
        H(1, "Quelles solutions chercher avec elle ?", {"co-built-solutions": "ok"}),
        P("J'ai quelques idées, mais je veux d'abord entendre les siennes. Si elle ne propose rien, je mets sur "
          "la table trois pistes. La première : lui confier officiellement le portefeuille des voyages sur mesure "
          "haut de gamme, que le site ne sait pas vendre, avec un objectif adapté. La deuxième : qu'elle forme "
          "les deux jeunes conseillers sur l'Asie, ce qui reconnaît son expertise. La troisième : remplacer la "
          "formation collective à l'outil par une demi-journée individuelle avec le formateur, à un moment qui "
          "lui convient. Nous choisirons ensemble ce qui lui paraît juste et faisable, "
          "et je noterai ses propres idées en premier sur le plan d'action, "
          "pour qu'elle voie qu'elles comptent autant que les miennes."),
        H(1, "Qui fait quoi, et pour quand", {"action-plan": "ok"}),
        T([["Action", "Responsable", "Échéance", "Comment on vérifie"],
           ["Créer le portefeuille sur mesure haut de gamme", "Bastien", "15 janvier", "fiche de mission signée"],
           ["Tutorat des deux nouveaux conseillers sur l'Asie", "Julie", "à partir de février", "deux ateliers par mois"],
           ["Formation individuelle à l'outil de devis", "Julie et le formateur", "fin janvier", "premier devis en ligne envoyé"],
           ["Revenir aux réunions du lundi", "Julie", "dès la semaine suivante", "présence notée"]]),
        H(1, "Pour terminer : le prochain rendez-vous", {"closing-follow-up": "ok"}),
        P("Je termine en résumant ce que nous avons décidé et en lui demandant si elle est d'accord avec ce "
          "résumé. Je lui dis que je compte sur son expérience et que je ferai ma part, en particulier auprès du "
          "siège pour le portefeuille sur mesure. Nous fixons un point de suivi le jeudi 5 février à 10 h, "
          "puis un autre fin mars pour regarder les premiers chiffres du nouveau portefeuille. Je la raccompagne et je lui rappelle que ma porte reste "
          "ouverte d'ici là si quelque chose bloque."),
        H(1, "Ce que je veux éviter"),
        P("Comparer ses chiffres à ceux des autres conseillers, promettre une prime que je ne peux pas obtenir, "
          "ou défendre le siège à tout prix. Je ne veux pas non plus que l'entretien devienne une plainte "
          "générale sur la réorganisation : je la laisse s'exprimer, puis je ramène la discussion vers ce que "
          "nous pouvons changer à l'agence."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'elle dit", "Son attitude", "À creuser"],
           ["Accueil", "fatiguée par le rythme des devis", "bras croisés au début", "charge réelle"],
           ["Son regard", "se sent remplacée par le site", "émue", "reconnaissance"],
           ["Pistes", "intéressée par le tutorat", "sourit", "temps disponible"]]),
        H(1, "Ai-je tenu mes objectifs ?", {"criteria-self-check": "ok"}),
        T([["Point vérifié", "Oui / non", "Remarque"],
           ["Objet annoncé dès le début", "oui", "dit en une phrase"],
           ["Missions rappelées", "oui", "avec les chiffres"],
           ["Écoute et reformulation", "en partie", "je l'ai coupée une fois"],
           ["Solutions proposées ensemble", "oui", "deux venaient d'elle"],
           ["Date de suivi fixée", "oui", "5 février"]]),
    ],
)
