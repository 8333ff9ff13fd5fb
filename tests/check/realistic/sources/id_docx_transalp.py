from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""python-docx from scratch, French, headings in UPPER CASE and numbered with roman numerals. The
    procedure checklist is a bold Normal paragraph, not a heading style. The facts table is under a heading that
    names it differently; objections section has a heading and nothing else (empty); the opening text is short
    (thin).""",
    title="ENTRETIEN PRÉALABLE – M. R. (TRANSALP LOGISTIQUE)",
    blocks=[
        H(1, "I. PRÉPARER L'ENTRETIEN", {"preparation": "ok"}),
        P("Transalp Logistique exploite un entrepôt de 14 000 m² à Saint-Quentin-Fallavier pour des clients de la "
          "grande distribution. M. R., cariste depuis six ans, a été convoqué à un entretien préalable à une "
          "éventuelle sanction pouvant aller jusqu'au licenciement, après un troisième accrochage de chariot en "
          "quatre mois, le dernier ayant blessé légèrement un intérimaire. L'entretien a lieu le jeudi 12 mars à "
          "10 heures dans le bureau du responsable d'exploitation, cinq jours ouvrables après la remise de la "
          "convocation en main propre, comme le prévoit le Code du travail."),
        P("Je mène l'entretien en tant que responsable d'exploitation, avec la responsable RH, Mme Lemaire. M. R. "
          "peut être assisté par un membre du personnel ; il nous a indiqué venir avec le délégué syndical CGT. "
          "J'ai rassemblé les trois rapports d'incident, les images de vidéosurveillance du 24 février, son "
          "attestation CACES à jour et l'avertissement écrit de novembre. Mon objectif n'est pas d'annoncer une "
          "décision, qui ne peut être prise pendant l'entretien, mais d'exposer les faits et d'entendre ses "
          "explications, notamment sur la charge de travail en période de pointe qu'il a évoquée en novembre."),
        B("II. LA PROCÉDURE, POINT PAR POINT", {"procedure-checklist": "ok"}),
        T([["Étape", "Date prévue", "Faite", "Vérifiée avec la RH ou le juriste"],
           ["Convocation remise en main propre contre décharge", "3 mars", "oui", "oui, modèle validé par le juriste"],
           ["Délai de cinq jours ouvrables respecté", "12 mars", "oui", "oui"],
           ["Entretien préalable", "12 mars", "", ""],
           ["Délai de réflexion de deux jours ouvrables minimum", "16 mars", "", "oui"],
           ["Notification écrite de la décision par lettre recommandée", "au plus tôt le 16 mars", "", ""]]),
        H(1, "III. OUVERTURE", {"opening": "thin"}),
        P("Je remercie M. R. et son délégué d'être présents, je rappelle l'objet de l'entretien et que "
          "aucune décision ne sera prise aujourd'hui."),
        H(1, "IV. DÉROULÉ", {"interview-phases": "ok"}),
        T([["Phase", "Objectif", "Questions clés", "Temps"],
           ["Ouverture", "cadre et objet", "—", "5 min"],
           ["Exposé des faits", "présenter les trois incidents, dates et preuves", "Reconnaissez-vous ces faits ?", "10 min"],
           ["Explications du salarié", "l'écouter sans l'interrompre", "Que s'est-il passé de votre point de vue ?", "15 min"],
           ["Questions du délégué", "répondre ou noter pour vérification", "—", "10 min"],
           ["Clôture", "annoncer le délai et la forme de la réponse", "—", "5 min"]]),
        H(1, "V. CE QUI NOUS AMÈNE ICI", {"facts-explained": "ok"}),
        T([["Date", "Fait", "Preuve", "Mesure antérieure"],
           ["18 octobre", "Chariot heurté contre un rack de l'allée C, palette de conserves tombée", "rapport d'incident n°112, photos", "rappel oral des consignes de vitesse"],
           ["21 novembre", "Marche arrière sans regarder, collision avec un transpalette", "rapport n°131, témoignage du chef d'équipe", "avertissement écrit du 28 novembre"],
           ["24 février", "Virage rapide en zone piétonne, intérimaire touché au pied", "vidéo, déclaration d'accident du travail", "mise à pied conservatoire non prononcée"]]),
        P("Les trois faits concernent la même règle de sécurité, la vitesse et la vigilance en zone partagée, malgré le rappel puis l'avertissement écrit."),
        H(1, "VI. SES QUESTIONS ET OBJECTIONS", {"questions-objections": "empty"}),
        H(1, "VII. CONCLURE", {"closing-follow-up": "ok"}),
        P("Je résume ce que M. R. a dit, en particulier s'il conteste les faits ou invoque la cadence imposée en "
          "février, et je lui indique que nous vérifierons ses explications, par exemple les plannings de la semaine "
          "du 24 février. Je rappelle qu'aucune décision n'est prise aujourd'hui, que la décision lui sera notifiée "
          "par lettre recommandée au plus tôt deux jours ouvrables après l'entretien, et qu'en attendant il reprend "
          "son poste normalement. Je le remercie, ainsi que son délégué, pour leurs échanges et je les raccompagne jusqu'à l'accueil."),
        H(1, "VIII. NOTES PRISES PENDANT L'ENTRETIEN", {"note-taking-grid": "ok"}),
        T([["Thème", "Propos", "Observations", "Suites"],
           ["Faits reconnus ou contestés", "", "", ""],
           ["Explications avancées", "", "", "vérifier les plannings du 24/02"],
           ["Interventions du délégué", "", "", ""]]),
        H(1, "IX. MON AUTOCONTRÔLE", {"criteria-self-check": "ok"}),
        T([["Critère", "Comment et quand", "Vérifié"],
           ["Respect de la procédure", "check-list partie II relue avec la RH la veille", "oui"],
           ["Exposé factuel et non jugeant", "trois faits datés avec preuves, aucun adjectif", "oui"],
           ["Écoute des explications", "15 minutes réservées, reformulation avant de conclure", "à faire"]]),
    ],
)
