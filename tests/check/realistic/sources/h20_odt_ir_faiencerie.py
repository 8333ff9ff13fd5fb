from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 20 (h20_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the founder of Faïencerie Solène, a Lyon maker of hand-glazed tableware selling
    mostly online (14 people), prepares the interview of a future e-commerce project lead. Headings in her own words,
    four in UPPER CASE, one question, a section of her own on why she hires now; the candidate's questions get two
    sentences (thin); she never checks her own interview against the criteria (the self-check is missing).""",
    title="Faïencerie Solène – entretien pour le poste de chef(fe) de projet e-commerce",
    cover=["Guide d'entretien de recrutement", "Solène Vidal, fondatrice – entretien du 9 décembre 2026"],
    missing=["criteria-self-check"],
    blocks=[
        H(1, "Pourquoi je recrute maintenant", {}),
        P("Le site représente 58 % de nos ventes depuis 2025 et je le gère seule le soir, entre deux cuissons. "
          "Les commandes de Noël 2025 ont pris onze jours de retard : il est temps de confier le site à quelqu'un."),
        H(1, "AVANT LE JOUR J", {"preparation": "ok"}),
        P("J'ai relu les trois dossiers retenus sur les quarante-deux reçus, et pour chacun j'ai noté deux points à "
          "creuser : pour Camille Roux, que je reçois le 9 décembre, la migration d'une boutique Prestashop vers "
          "Shopify qu'elle cite sans dire quel était son rôle exact, et un trou de huit mois en 2024. J'ai aussi "
          "regardé sa page LinkedIn et la boutique de bougies où elle travaille aujourd'hui, pour pouvoir parler "
          "de leurs fiches produits avec elle."),
        P("L'entretien aura lieu à l'atelier, dans la petite salle au-dessus des fours, le mardi à 10 heures, quand "
          "les émailleuses sont en pause et que le bruit baisse. Je prévois une heure et quart. Margaux, qui "
          "s'occupe des expéditions et travaillera tous les jours avec la personne recrutée, assistera à la "
          "deuxième moitié. J'ai préparé la fiche de poste imprimée, la fourchette de salaire validée avec notre "
          "comptable (38 à 42 000 euros brut par an), les chiffres du site à montrer et une tasse de notre "
          "collection, parce que je veux voir comment elle parle d'un objet qu'elle n'a jamais vendu. Mon "
          "téléphone sera chez Margaux pendant la première demi-heure."),
        H(1, "Les dix premières minutes", {"opening": "ok"}),
        P("J'accueille Camille à la porte de l'atelier et je lui fais traverser la salle des fours : c'est le "
          "meilleur résumé de notre métier. Une fois assises, je lui dis qui je suis, pourquoi ce poste existe et "
          "comment va se passer l'heure : d'abord son parcours, puis des situations concrètes, puis ses "
          "questions, et une visite avec Margaux pour finir. Je lui dis aussi que nous décidons avant le 20 "
          "décembre et que je rappelle chaque candidate, même en cas de refus. Je précise que je vais prendre des "
          "notes pour ne rien oublier, et que si une question ne lui paraît pas claire elle peut me le dire."),
        H(1, "DÉROULÉ EN CINQ TEMPS", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce que je cherche"],
           ["Accueil et visite rapide", "10 min", "mettre à l'aise, poser le cadre"],
           ["Son parcours raconté par elle", "15 min", "ce qu'elle a vraiment piloté"],
           ["Situations vécues", "25 min", "méthode, priorités, relation aux prestataires"],
           ["Ses questions", "10 min", "ce qui l'intéresse dans le poste"],
           ["Visite avec Margaux et fin", "15 min", "le contact avec l'équipe, la suite"]]),
        H(2, "Le poste en bref", {"job-summary": "ok"}),
        T([["Attendu", "Compétence", "Niveau souhaité"],
           ["Faire tourner la boutique Shopify au quotidien", "catalogue, promotions, applications", "autonome"],
           ["Tenir les délais d'expédition à Noël", "organisation, lien avec l'atelier", "confirmé"],
           ["Développer les ventes aux restaurants", "devis, relation professionnelle", "à développer"],
           ["Suivre les chiffres chaque semaine", "tableaux de bord, Google Analytics", "autonome"],
           ["Piloter l'agence photo et le développeur", "brief, recette, budget", "confirmé"]]),
        H(2, "Questions sur des situations vécues", {"star-questions": "ok"}),
        T([["Question", "Ce que j'écoute", "Relance"],
           ["Racontez-moi un lancement de site qui a dérapé. Qu'avez-vous fait ?", "sa part réelle, le résultat",
            "Et si c'était à refaire ?"],
           ["Un pic de commandes que vous n'aviez pas prévu : comment l'avez-vous géré ?",
            "priorités, lien avec la logistique", "Qui avez-vous prévenu ?"],
           ["Un prestataire qui livre en retard : un exemple précis ?", "fermeté, respect", "Comment ça s'est fini ?"],
           ["Une décision prise à partir des chiffres du site ?", "lecture des données", "Quel indicateur ?"]]),
        H(1, "Qu'est-ce qui la fait avancer ?", {"motivation": "ok"}),
        P("Je veux comprendre pourquoi elle quitterait une boutique plus grande que la nôtre pour une faïencerie "
          "de quatorze personnes. Je lui demanderai ce qu'elle a le plus aimé dans ses postes précédents, ce "
          "qui l'a fait partir, et ce qu'elle imagine faire chez nous dans un an. J'écoute si elle parle des "
          "objets et des clients ou seulement des outils. Je lui dirai aussi ce que le poste offre vraiment : "
          "beaucoup de liberté, une équipe qui fabrique ce qu'elle vend, mais pas de service marketing derrière "
          "elle. Je préfère qu'elle renonce maintenant plutôt que dans trois mois."),
        H(1, "Ses questions à elle", {"candidate-questions": "thin"}),
        P("Je garde dix minutes pour ses questions et je note lesquelles elle pose en premier. Si elle n'en a "
          "aucune, je lui demande ce qu'elle voudrait savoir sur l'équipe."),
        H(1, "CONCLURE ET ANNONCER LA SUITE", {"closing-follow-up": "ok"}),
        P("Après la visite avec Margaux, je raccompagne Camille et je lui redis les étapes : je vois encore deux "
          "personnes cette semaine, je l'appelle le 18 décembre au plus tard, et si elle est retenue nous lui "
          "proposons une demi-journée à l'atelier pendant les expéditions de Noël avant de signer. Je lui demande "
          "si elle a d'autres processus en cours et quel préavis elle doit respecter. Je la remercie du temps "
          "passé et je lui offre la tasse. Le soir même, Margaux et moi comparons nos notes séparément avant "
          "d'en parler, pour ne pas nous influencer."),
        H(1, "FEUILLE DE NOTES", {"note-taking-grid": "ok"}),
        T([["Moment", "Faits entendus", "Mon impression", "À vérifier"],
           ["Parcours", "migration Shopify 2023, équipe de 3", "rôle réel à confirmer", "appeler son ancien chef"],
           ["Situations vécues", "retard agence photo, pénalité négociée", "ferme mais calme", ""],
           ["Motivation", "veut un produit qu'elle peut toucher", "sincère", "salaire actuel"],
           ["Ses questions", "saisonnalité, télétravail", "concrète", ""]]),
        H(2, "Ma notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note /5", "Commentaire"],
           ["Maîtrise de Shopify", "3", "4", "a migré un catalogue de 900 produits"],
           ["Organisation en période de pic", "3", "3", "exemple solide mais un seul"],
           ["Relation avec les prestataires", "2", "4", "retard agence bien géré"],
           ["Goût pour le produit", "2", "5", "a parlé de la tasse pendant cinq minutes"]]),
    ],
)
