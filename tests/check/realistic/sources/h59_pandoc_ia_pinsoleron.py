from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. Markdown
    converted by pandoc, French: the manager of a four-star campsite on the île d'Oléron prepares the end-of-season
    review of her reception lead. Numbered headings, two at level 2 under a numbered part; several tables; the
    running order of the meeting was never written (missing); the notes grid heading is left with nothing under
    it (empty).""",
    title="Camping Les Pins d'Oléron – entretien annuel de Léa Fournier",
    cover=["Jeu de rôle : entretien annuel d'évaluation", "Préparé par Nathalie Berthaud, directrice du camping"],
    missing=["interview-phases"],
    blocks=[
        H(1, "1. Avant le rendez-vous", {"preparation": "ok"}),
        P("Léa Fournier est responsable de l'accueil depuis trois saisons. Elle encadre quatre saisonniers de mai "
          "à septembre et gère seule l'accueil le reste de l'année. La saison 2026 a été la plus chargée de "
          "l'histoire du camping : 412 emplacements, un taux d'occupation de 91 % en juillet-août et l'ouverture "
          "des douze nouveaux lodges. Léa a tenu l'accueil pendant le changement de logiciel de réservation en "
          "avril, ce qui n'était pas prévu dans sa mission initiale."),
        P("Pour préparer l'entretien, je relis sa fiche de poste, le compte rendu de l'an dernier et les "
          "objectifs que nous avions fixés ensemble. Je rassemble les notes des avis clients sur l'accueil "
          "(Google et la plateforme de réservation), le nombre de litiges traités et le planning de l'été, qui "
          "montre qu'elle a travaillé onze week-ends d'affilée. Je lui envoie la convocation trois semaines "
          "avant, le 2 octobre, avec le support d'auto-évaluation. L'entretien aura lieu le jeudi 23 octobre à "
          "10 h, dans la salle du club enfants, fermée hors saison, pour éviter d'être dérangées par le "
          "téléphone de l'accueil. Je prévois une heure et quart. Je veux la remercier pour la saison, parler "
          "sans détour des deux conflits avec des clients en août et l'entendre sur la suite, car je sais "
          "qu'elle hésite à rester."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("« Léa, merci d'être là. Ce matin, on prend le temps de regarder ta saison ensemble, ce qui a bien "
          "marché et ce qui a été difficile, puis on fixe tes objectifs pour 2027 et on parle de ce que tu "
          "souhaites pour la suite. Ce n'est pas le moment des salaires : on en parlera en janvier avec les "
          "propriétaires. Je vais prendre des notes ; tu auras le compte rendu dans la semaine et tu pourras y "
          "ajouter ton avis avant de signer. Je te le dis tout de suite : sans toi, le changement de logiciel "
          "aurait été une catastrophe. Tu veux commencer par ton ressenti sur l'été ? »"),
        H(1, "3. Retour sur la saison 2026", {"year-review": "ok"}),
        P("Je la laisse parler d'abord. Elle évoquera sans doute la bascule vers le nouveau logiciel de "
          "réservation : elle a formé les saisonniers en trois jours et corrigé à la main près de 300 "
          "réservations mal importées. La note moyenne de l'accueil est passée de 4,3 à 4,6 sur cinq, et "
          "plusieurs clients la citent par son prénom. Je le lui dirai."),
        P("Je reviendrai ensuite sur les deux conflits d'août, dont l'un s'est terminé par un départ anticipé et "
          "un remboursement. Je veux comprendre ce qui s'est passé, pas juger : elle était seule à l'accueil ce "
          "soir-là, avec une file de douze voitures. Je lui demanderai ce qui lui a manqué. Enfin, je "
          "reconnaîtrai la fatigue : onze week-ends de suite, c'est trop, et c'est ma responsabilité de "
          "planning autant que la sienne."),
        H(1, "4. Le bilan en chiffres", {}),
        H(2, "4.1 Objectifs de l'an dernier", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Résultat", "Ce qu'on en dit"],
           ["Note accueil d'au moins 4,5 / 5", "4,6 atteint", "meilleure note du camping"],
           ["Check-in en moins de 5 minutes", "6 min en août, atteint le reste de l'année", "file d'attente le samedi"],
           ["Former deux saisonniers à la caisse", "atteint, trois formés", "fiches réflexes rédigées par Léa"],
           ["Réduire les litiges à moins de 5", "non atteint : 7 litiges", "deux graves en août"]]),
        H(2, "4.2 Savoir-faire et savoir-être", {"skills": "ok"}),
        T([["Compétence", "Son auto-évaluation", "Mon regard", "À creuser ?"],
           ["Accueil et relation client", "très bien", "très bien", "non"],
           ["Gestion des situations tendues", "moyen", "à renforcer quand elle est seule", "oui"],
           ["Maîtrise du logiciel", "bien", "référente de fait", "non"],
           ["Encadrement des saisonniers", "moyen", "bien, mais délègue peu", "oui"],
           ["Anglais et allemand", "anglais bien, allemand faible", "idem", "oui"]]),
        H(1, "5. Objectifs pour 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Comment on le mesure", "Pour quand"],
           ["Check-in du samedi sous 5 minutes grâce au pré-enregistrement en ligne",
            "temps moyen relevé par le logiciel", "août 2027"],
           ["Pas plus de 4 litiges sur la saison", "registre des réclamations", "fin septembre 2027"],
           ["Un binôme formé pour la remplacer le week-end", "planning validé en mars", "avril 2027"]]),
        H(1, "6. Se former", {"training": "ok"}),
        T([["Formation", "Pourquoi", "Quand", "Financement"],
           ["Gestion des conflits clients (2 jours)", "les deux litiges d'août", "mars 2027", "OPCO"],
           ["Allemand niveau A2 (40 h)", "30 % de clientèle allemande en juin", "novembre à mars", "CPF de Léa"],
           ["Module avancé du logiciel de réservation", "devenir référente officielle", "février 2027",
            "éditeur du logiciel"]]),
        H(1, "7. Ses envies pour la suite", {"career-wishes": "ok"}),
        P("Léa m'a laissé entendre en septembre qu'un camping de La Rochelle lui proposait un poste à l'année. Je "
          "veux qu'elle me dise franchement ce qu'elle cherche : un contrat annualisé, plus de responsabilités, "
          "ou simplement moins de week-ends. Je peux lui proposer le poste d'adjointe de direction que nous "
          "créons pour 2027, avec la gestion du planning des saisonniers et des réservations de groupes. Je "
          "lui dirai aussi ce que je ne peux pas promettre : le salaire dépend des propriétaires, mais je "
          "défendrai une hausse si elle accepte. Et si elle choisit de partir, je l'aiderai à le faire dans de bonnes conditions."),
        H(1, "8. Conclure et s'engager", {"closing-follow-up": "ok"}),
        P("Avant de se quitter, je reprends avec elle les trois objectifs, les trois formations et la proposition "
          "d'adjointe, et je vérifie qu'elle est d'accord avec la façon dont je les ai formulés. Je lui demande "
          "si elle a une question ou quelque chose à ajouter au compte rendu. Je lui envoie le document le "
          "30 octobre ; elle a une semaine pour y écrire ses remarques. Nous nous revoyons le 15 décembre pour "
          "sa réponse sur le poste d'adjointe. Je termine en la remerciant encore pour la saison, devant "
          "l'équipe d'entretien qui arrive, parce que la reconnaissance compte aussi quand elle est visible."),
        H(1, "9. Prise de notes", {"note-taking-grid": "empty"}),
        H(1, "10. Ma grille de contrôle", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Fait ?", "Comment"],
           ["J'ai dit pourquoi on se voit dès le début", "oui", "cadre posé en une minute"],
           ["Je l'ai écoutée avant de donner mon avis", "oui", "elle a parlé la première sur chaque partie"],
           ["J'ai rappelé ses missions et la saison", "oui", "chiffres de la saison"],
           ["J'ai proposé des solutions concrètes", "oui", "binôme week-end, formations"],
           ["J'ai répondu à ses objections", "en partie", "salaire renvoyé aux propriétaires"],
           ["Je l'ai rassurée et motivée", "oui", "poste d'adjointe proposé"]]),
    ],
)
