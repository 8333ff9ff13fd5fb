from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the manager of the Rouen depot of Transports Guérin prepares the preliminary interview of a
    regional driver, Franck Lemoine, after three tachograph offences and a missed delivery window at a hospital.
    Numbered headings at level 1 ("1.", "2." ... "8."), the facts as a table of dated events with a paragraph
    before it, the phases as a numbered list with timings. The note-taking grid heading has nothing under it
    (empty, to be printed and filled in on the day). No self-check against the criteria (missing).""",
    title="Entretien préalable – M. Franck Lemoine",
    cover=["Transports Guérin, agence de Rouen-Sotteville", "Préparé par Nathalie Fauvel, responsable d'exploitation",
           "Jeu de rôle EL – décembre 2026"],
    blocks=[
        H(1, "1. Avant le jour J", {"preparation": "ok"}),
        P("Franck Lemoine conduit un porteur de 19 tonnes pour l'agence depuis neuf ans. Il connaît la tournée des "
          "hôpitaux de la métropole mieux que personne et ses collègues le respectent. Depuis septembre, pourtant, "
          "le chronotachygraphe a relevé trois dépassements du temps de conduite continue, dont un de 1 h 10, et le "
          "14 novembre la livraison de poches de perfusion au CHU est arrivée avec trois heures de retard, sans que "
          "le client ni l'exploitation soient prévenus. Un avertissement écrit lui a déjà été remis en octobre."),
        P("J'ai relu son dossier, les relevés du chronotachygraphe, le courriel du CHU et le compte rendu de "
          "l'entretien d'octobre. J'ai vérifié avec Sylvie Marchand, des ressources humaines, que la convocation "
          "est partie en recommandé le 24 novembre, soit plus de cinq jours ouvrables avant l'entretien du 3 "
          "décembre, et qu'elle mentionne la possibilité d'être assisté. Je m'attends à ce qu'il vienne avec le "
          "délégué du personnel, Patrick Hue. Je veux qu'il sorte de l'entretien en ayant compris ce qu'on lui "
          "reproche, sans avoir le sentiment qu'on a oublié ses neuf ans de travail. Aucune décision n'est prise "
          "avant l'entretien : je l'écouterai d'abord."),
        H(1, "2. Les formalités à ne pas rater", {"procedure-checklist": "ok"}),
        T([["Étape", "Fait ?", "Remarque"],
           ["Convocation en recommandé avec objet, date, heure et lieu", "oui", "envoyée le 24 novembre"],
           ["Délai de cinq jours ouvrables respecté", "oui", "entretien le 3 décembre à 10 h"],
           ["Mention de l'assistance par un salarié de l'entreprise", "oui", "délégué probablement présent"],
           ["Salle calme réservée, téléphone coupé", "à faire", "salle du premier étage, pas le bureau de quai"],
           ["Dossier de pièces prêt", "oui", "relevés, courriel du CHU, avertissement d'octobre"],
           ["Aucune annonce de sanction pendant l'entretien", "rappel", "la décision viendra par courrier"]]),
        H(1, "3. Ouvrir l'entretien", {"opening": "ok"}),
        P("Je remercie M. Lemoine et M. Hue d'être venus et je présente Sylvie Marchand, qui prendra des notes. "
          "Je dis clairement pourquoi nous sommes là : l'entreprise envisage une sanction pouvant aller jusqu'au "
          "licenciement, à cause de faits précis que je vais exposer, et cet entretien sert d'abord à entendre sa "
          "version. Je précise qu'aucune décision n'est prise aujourd'hui et qu'il recevra une réponse écrite au "
          "plus tôt deux jours ouvrables après. Je lui dis aussi que je connais la qualité de son travail passé et "
          "que c'est justement pour cela que je veux comprendre ce qui a changé depuis la rentrée."),
        H(1, "4. Déroulé prévu (45 minutes)", {"interview-phases": "ok"}),
        L(["Accueil et objet de l'entretien, 5 minutes.",
           "Exposé des faits, pièce par pièce, sans commentaire, 10 minutes.",
           "Parole à M. Lemoine et à son assistant : je pose des questions ouvertes et je reformule, 20 minutes.",
           "Réponses aux questions et rappel de la suite de la procédure, 10 minutes."]),
        P("Si la discussion s'échauffe, je propose une pause de dix minutes plutôt que de couper la parole."),
        H(1, "5. Ce qui s'est passé", {"facts-explained": "ok"}),
        P("Les faits sont présentés dans l'ordre, avec la pièce qui les établit. Je les lis sans adjectif et je "
          "laisse à M. Lemoine le temps de regarder chaque relevé avant de passer au suivant."),
        T([["Date", "Fait", "Pièce"],
           ["12 septembre", "conduite continue de 5 h 10 au lieu de 4 h 30", "relevé du chronotachygraphe"],
           ["2 octobre", "conduite continue de 5 h 40", "relevé du chronotachygraphe"],
           ["9 octobre", "avertissement écrit remis en main propre", "courrier signé"],
           ["6 novembre", "conduite continue de 4 h 55", "relevé du chronotachygraphe"],
           ["14 novembre", "livraison au CHU avec 3 h de retard, sans prévenir", "courriel du service achats du CHU"]]),
        H(1, "6. S'il me répond que…", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ce que je réponds"],
           ["« Les tournées sont trop chargées depuis la rentrée »",
            "Je note le point et je vérifierai les plannings ; cela ne change pas la règle des temps de pause."],
           ["« Le 14, j'étais bloqué sur le pont Flaubert »",
            "C'est possible ; ce qui est reproché, c'est de ne pas avoir appelé l'exploitation."],
           ["« Vous voulez vous débarrasser des anciens »",
            "Non, neuf ans de bon travail comptent ; ce sont quatre faits récents qui nous réunissent."],
           ["« Je vais être licencié ? »",
            "Rien n'est décidé aujourd'hui ; la réponse viendra par écrit après réflexion."]]),
        H(1, "7. Pour terminer", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai entendu de sa part, en lui demandant si j'ai bien compris, et je lui demande s'il "
          "souhaite ajouter quelque chose. Je rappelle que la décision lui sera notifiée par lettre recommandée, "
          "au plus tôt deux jours ouvrables après l'entretien, et qu'il reste à son poste d'ici là avec les "
          "tournées habituelles. Je le remercie, ainsi que M. Hue. Après leur départ, Sylvie et moi relisons les "
          "notes le jour même, et j'appelle le directeur régional avant toute décision. Je propose aussi à M. Lemoine "
          "un point avec le planificateur sur la charge de ses tournées, quelle que soit la suite."),
        H(1, "8. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
