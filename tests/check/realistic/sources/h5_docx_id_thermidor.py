from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, a heating-maintenance company in Toulouse: a field technician used the company fuel card
    for private trips. The manager writes his own guide: some headings in a heading style, others as bold Normal
    paragraphs (the legal steps, the facts, the closing, the self-check); the legal steps and the note-taking
    sheet are tables; the phases are a timed table under a question heading; the closing is too short (thin);
    the self-check heading has nothing under it (empty).""",
    title="Entretien préalable – M. D., technicien itinérant (Thermidor Services)",
    cover=["Guide préparé par Julien Arnaud, responsable du pôle maintenance", "Toulouse, novembre 2026"],
    blocks=[
        H(1, "Avant d'entrer dans la salle", {"preparation": "ok"}),
        P("Thermidor Services entretient et dépanne les chaudières et pompes à chaleur de 9 000 particuliers et "
          "de quelques copropriétés dans l'agglomération toulousaine. Nos 31 techniciens itinérants disposent "
          "chacun d'une camionnette de service et d'une carte carburant réservée aux trajets professionnels, "
          "ce que rappelle la charte signée à l'embauche et le règlement intérieur."),
        P("M. D. est technicien depuis sept ans, bien noté par les clients et jamais sanctionné. En octobre, le "
          "contrôle mensuel des cartes a fait apparaître des pleins le week-end et pendant ses congés, alors que "
          "la camionnette est censée rester au dépôt. Les données du boîtier de géolocalisation montrent des "
          "trajets vers Carcassonne, où il n'a aucun client. Le total atteint 2 140 euros sur six mois."),
        P("Avant l'entretien, je relis la charte signée, je prépare la copie des relevés de carte et de "
          "géolocalisation, et je fais vérifier par la comptabilité qu'aucune intervention n'a été facturée ces "
          "jours-là. Je mène l'entretien avec Sandrine Roux, responsable des ressources humaines, qui prend les "
          "notes. Mon objectif n'est pas d'obtenir des aveux : c'est d'exposer les faits, d'entendre sa version "
          "et de n'arrêter aucune décision avant d'avoir pris le temps de la réflexion. Je garde en tête que "
          "M. D. a deux enfants et qu'il peut être très ébranlé ; je prévois de l'eau et un bureau au calme, "
          "loin de l'atelier."),
        B("Le formalisme : où en suis-je ?", {"procedure-checklist": "ok"}),
        T([["Étape", "Comment", "Fait"],
           ["Convocation écrite", "lettre remise en main propre contre décharge le 4 novembre", "oui"],
           ["Délai de cinq jours ouvrables", "entretien fixé au 13 novembre à 9 h 30", "oui"],
           ["Objet, date, heure et lieu dans la lettre", "vérifié par la RH", "oui"],
           ["Droit d'être assisté", "par un salarié de l'entreprise, rappelé dans la lettre", "oui"],
           ["Aucune décision pendant l'entretien", "je le dis en ouvrant et en concluant", "à faire"],
           ["Délai avant toute notification", "deux jours ouvrables au moins après l'entretien", "à faire"],
           ["Mise à pied conservatoire", "non retenue, il continue ses tournées", "sans objet"]]),
        H(1, "Ouvrir l'entretien", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'entrée du bureau, je le remercie d'être venu et je salue la personne "
          "qui l'assiste. Je présente Sandrine Roux et son rôle. Puis je dis clairement pourquoi nous sommes "
          "là : « Cet entretien est un entretien préalable à une sanction qui peut aller jusqu'au licenciement. "
          "Nous avons relevé des dépenses de carburant qui posent question. Je vais vous exposer ce que nous "
          "avons constaté, puis je vous écouterai : votre version compte. Aucune décision ne sera prise "
          "aujourd'hui. » Je précise la durée prévue, environ quarante-cinq minutes, et qu'il peut demander une "
          "pause à tout moment."),
        H(1, "Comment l'entretien va-t-il se dérouler ?", {"interview-phases": "ok"}),
        T([["Temps", "Phase", "Ce que je fais", "Ce que j'observe"],
           ["0-5 min", "accueil", "présentations, cadre, absence de décision", "son état, sa tension"],
           ["5-15 min", "exposé", "les faits, dates et montants, documents sur la table", "s'il conteste un point précis"],
           ["15-30 min", "sa version", "je pose des questions ouvertes et je me tais", "explications, éléments nouveaux"],
           ["30-40 min", "échange", "je réponds à ses questions et à celles de l'assistant", "ce qui reste flou"],
           ["40-45 min", "clôture", "suite de la procédure, délai de réflexion", "s'il repart en état de conduire"]]),
        B("Ce qui nous a conduits à cette convocation", {"facts-explained": "ok"}),
        P("J'expose les faits dans l'ordre où nous les avons découverts, sans adjectifs. Le 8 octobre, le "
          "contrôle mensuel signale trois pleins un samedi et un dimanche de septembre sur la carte attribuée à "
          "M. D. En remontant six mois, nous trouvons 23 pleins hors jours travaillés, dont quatre pendant ses "
          "congés d'août, pour 2 140 euros. Le boîtier de la camionnette situe le véhicule à Carcassonne à "
          "chacun de ces week-ends. Aucun client, aucune astreinte et aucun bon d'intervention ne correspond à "
          "ces dates."),
        T([["Date", "Lieu du plein", "Montant", "Jour"],
           ["14 septembre", "Carcassonne", "96 €", "samedi"],
           ["15 septembre", "Castelnaudary", "88 €", "dimanche"],
           ["9 août", "Narbonne", "102 €", "congés"],
           ["Total sur six mois", "23 pleins", "2 140 €", "hors service"]]),
        H(1, "Ses questions, ses objections", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ma réponse"],
           ["« Tout le monde fait pareil. »", "Je ne parle que de votre carte ; si d'autres cas existent, ils seront traités de la même façon."],
           ["« J'étais d'astreinte. »", "Le planning d'astreinte de septembre ne vous mentionne pas ; si vous avez un élément, je le vérifierai."],
           ["« Je comptais rembourser. »", "Je le note. Cela ne change pas les faits, mais cela comptera dans la réflexion."],
           ["« Vous me fliquez avec le boîtier. »", "Le boîtier a été déclaré au CSE et figure dans la charte que vous avez signée."],
           ["« Qu'est-ce que je risque ? »", "Je ne peux pas vous répondre aujourd'hui : aucune décision n'est prise pendant l'entretien."]]),
        B("Pour conclure", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'il a dit, je lui demande s'il veut ajouter quelque chose et je rappelle qu'il recevra "
          "notre décision par lettre recommandée, pas avant deux jours ouvrables. Je le raccompagne."),
        H(1, "Fiche de prise de notes", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Attitude", "À vérifier"],
           ["Réaction aux faits", "reconnaît les pleins de septembre", "calme, puis ému", "rien"],
           ["Explication", "trajets pour voir son père hospitalisé", "regarde la RH", "dates d'hospitalisation"],
           ["Proposition", "rembourser par retenues sur salaire", "ferme", "accord écrit possible"],
           ["Questions de l'assistant", "demande le détail des relevés", "—", "copie remise"]]),
        B("Mon autocontrôle", {"criteria-self-check": "empty"}),
    ],
)
