from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, in French: the manager of a garden centre near Angers prepares the preliminary
    interview of a sales assistant who left the shop unattended several times and did not come back after a
    warning. Most headings are the manager's own questions, some numbered; the opening is two short sentences
    (thin); she wrote no grid for her notes (missing); the closing heading also covers what she does right after the
    interview; her self-check table sits one level down, under the closing.""",
    title="Entretien préalable de M. Kevin Roussel",
    cover=["Jardinerie des Coteaux, Les Ponts-de-Cé", "Préparé par Élodie Marchand, directrice du magasin, le 25 novembre 2026"],
    missing=["note-taking-grid"],
    blocks=[
        H(1, "Où en sommes-nous avant de le recevoir ?", {"preparation": "ok"}),
        P("Kevin Roussel est vendeur au rayon animalerie depuis trois ans, en contrat à durée indéterminée. "
          "Jusqu'au printemps, son travail ne posait aucun problème et les clients l'apprécient. Depuis juillet, "
          "il a quitté le magasin à quatre reprises pendant ses heures de travail sans prévenir personne, en "
          "laissant le rayon et les animaux sans surveillance, dont une fois un samedi après-midi de forte "
          "affluence. Il a reçu un avertissement écrit le 12 septembre. Le 8 novembre, il est de nouveau parti "
          "vers 15 h et n'est pas revenu de la journée."),
        P("L'entretien aura lieu le 4 décembre à 9 h, avant l'ouverture, dans mon bureau. La convocation lui a "
          "été envoyée en lettre recommandée le 21 novembre ; elle précise l'objet, la date, l'heure et son droit "
          "de se faire assister par une personne de l'entreprise. Je serai accompagnée de Jérôme Pineau, "
          "responsable des ressources humaines du groupe. J'ai rassemblé le planning de ses journées, les mains "
          "courantes des deux collègues du rayon, la copie de l'avertissement et le relevé de badge du 8 novembre. "
          "Je veux arriver sans avoir décidé de la sanction : je dois d'abord entendre ses explications, "
          "peut-être une difficulté personnelle que j'ignore, avant de proposer quoi que ce soit à la direction."),
        B("Les étapes à ne pas rater", {"procedure-checklist": "ok"}),
        T([["Étape", "Fait ?", "Preuve"],
           ["Convocation envoyée au moins cinq jours ouvrables avant", "oui, 21 novembre", "accusé de réception"],
           ["Droit à l'assistance rappelé", "oui", "texte de la convocation"],
           ["Dossier de faits datés réuni", "oui", "planning, mains courantes, badge"],
           ["Salle réservée, hors de la vue des clients", "oui", "bureau de la direction"],
           ["Aucune décision annoncée pendant l'entretien", "à respecter", "compte rendu"],
           ["Délai de deux jours ouvrables avant toute notification", "à respecter", "calendrier"]]),
        H(1, "Comment j'ouvre l'entretien ?", {"opening": "thin"}),
        P("Je le remercie d'être venu et je rappelle que nous sommes là pour parler de ses absences de poste, "
          "et que je veux entendre sa version avant toute décision."),
        H(1, "1. Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que j'attends de lui"],
           ["5 min", "accueil, objet de l'entretien, présentation de Jérôme", "qu'il sache pourquoi il est là"],
           ["10 min", "rappel des faits, dates à l'appui", "qu'il les reconnaisse ou les conteste"],
           ["15 min", "écoute de ses explications, questions ouvertes", "ses raisons, sans l'interrompre"],
           ["5 min", "reformulation, réponses à ses questions", "qu'il se sente entendu"],
           ["5 min", "suite de la procédure et délais", "qu'il reparte sans ambiguïté"]]),
        H(1, "2. Que s'est-il passé, exactement ?", {"facts-explained": "ok"}),
        P("Je présenterai les faits dans l'ordre, sans qualificatif, en m'appuyant sur les pièces. Le 16 juillet, "
          "le 2 août et le 29 août, des collègues ont constaté que le rayon animalerie était vide pendant plus "
          "d'une heure ; Kevin est revenu sans explication. Le 12 septembre, un avertissement écrit lui a "
          "rappelé qu'il doit prévenir son responsable avant de quitter son poste. Le 8 novembre, son badge "
          "montre une sortie à 15 h 04 et aucun retour ; un client a signalé un aquarium renversé vers 16 h. "
          "Je lui demanderai s'il reconnaît ces dates et ce qui l'a poussé à partir."),
        H(1, "Et s'il me répond… ?", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ma réponse"],
           ["« Personne ne m'a jamais dit de prévenir. »", "L'avertissement du 12 septembre le dit par écrit ; je lui en montre la copie."],
           ["« J'avais un problème familial. »", "Je l'écoute, je demande s'il souhaite en parler et je note ; cela peut compter dans la décision."],
           ["« Les autres partent aussi fumer. »", "Une pause de dix minutes annoncée n'est pas une absence d'une après-midi."],
           ["« Vous voulez me licencier ? »", "Aucune décision n'est prise aujourd'hui ; elle viendra par écrit, après réflexion."]]),
        H(1, "Comment je termine, et après ?", {"closing-follow-up": "ok"}),
        P("Je résume ce que j'ai entendu et je lui demande s'il veut ajouter quelque chose. Je lui explique qu'aucune "
          "décision ne sera prise avant au moins deux jours ouvrables, qu'il recevra un courrier et qu'il peut "
          "d'ici là me joindre ou joindre Jérôme. Je le raccompagne moi-même, par la porte du personnel."),
        P("Après son départ, Jérôme et moi rédigeons le compte rendu dans l'heure, chacun relit celui de l'autre. "
          "Si une difficulté personnelle est apparue, je propose de l'orienter vers l'assistante sociale du groupe, "
          "quelle que soit la sanction. J'informe l'équipe du rayon seulement qu'une procédure est en cours."),
        H(2, "Ai-je été à la hauteur ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non", "Remarque"],
           ["J'ai expliqué l'objet dès la première minute", "", "à cocher après l'entretien"],
           ["J'ai laissé parler sans couper", "", "compter mes interruptions"],
           ["J'ai présenté des faits datés, pas des jugements", "", "relire mes notes"],
           ["J'ai répondu à chacune de ses questions", "", "liste des questions posées"],
           ["Il repart en connaissant la suite", "", "reformulation finale"]]),
    ],
)
