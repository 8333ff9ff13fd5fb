from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer, French: the head of a town's media library network prepares a
    motivation interview with a librarian who withdrew after the move to self-service kiosks. The author's
    own headings in two parts; some sub-headings are bold Normal paragraphs; listening and the solutions
    found together share one heading (merged); the note-taking grid heading has nothing under it (empty).""",
    title="Entretien de remobilisation – Sylvie K.",
    cover=["Réseau des médiathèques de Pontivy Communauté", "Préparé par Antoine Le Bihan, responsable du réseau – décembre 2026"],
    blocks=[
        H(1, "Partie A – Se préparer", {}),
        B("A.1 Le contexte, avant de l'appeler", {"preparation": "ok"}),
        P("Sylvie K. est bibliothécaire au réseau depuis dix-huit ans. Elle anime l'espace jeunesse de la "
          "médiathèque centrale et elle a monté seule le club de lecture des adolescents, qui réunit une "
          "vingtaine de jeunes chaque mois. Ses collègues la décrivent comme la mémoire de la maison."),
        P("Depuis l'installation des automates de prêt en mai, son attitude a changé. Elle ne vient plus aux "
          "réunions d'équipe du jeudi, elle a refusé deux fois d'assurer l'accueil du samedi et le club de lecture "
          "n'a pas eu lieu en octobre. Deux lecteurs réguliers m'ont dit qu'elle leur paraissait « ailleurs ». Elle "
          "n'a eu aucun arrêt maladie et son travail de catalogage reste soigné."),
        P("Je pense que le passage aux automates a été vécu comme une perte : le prêt au comptoir était le moment "
          "où elle parlait aux familles. Je me trompe peut-être. Je relis sa fiche de poste, son dernier entretien "
          "annuel, le compte rendu du comité technique sur les automates et le planning des six derniers mois. Je "
          "lui propose un rendez-vous mardi à 10 h, dans le bureau du premier étage, hors des horaires d'ouverture."),
        B("A.2 Les premières minutes", {"opening": "ok"}),
        P("Bonjour Sylvie, merci d'avoir accepté ce rendez-vous. Je voulais prendre une heure avec vous, "
          "tranquillement, parce que j'ai remarqué que les choses ont changé pour vous depuis quelques mois et "
          "que cela m'inquiète. Ce n'est pas un entretien disciplinaire, il n'y aura aucune sanction. Je voudrais "
          "comprendre ce qui se passe et voir avec vous ce que nous pouvons changer. Votre travail sur l'espace "
          "jeunesse compte beaucoup pour le réseau, et je tiens à vous le dire d'entrée. Vous pouvez m'interrompre "
          "à tout moment et nous ferons une pause si besoin."),
        B("A.3 Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Séquence", "Objectif", "Question d'appui", "Durée"],
           ["Accueil", "poser un cadre sans menace", "Comment allez-vous en ce moment ?", "5 min"],
           ["Rappel des missions", "repartir de son rôle", "Qu'est-ce qui vous plaît le plus dans votre poste ?", "10 min"],
           ["Constats", "nommer les changements observés", "Avez-vous remarqué la même chose que moi ?", "10 min"],
           ["Écoute", "la laisser parler", "Qu'est-ce qui a changé pour vous depuis mai ?", "20 min"],
           ["Pistes", "chercher ensemble", "Que faudrait-il pour que le samedi redevienne possible ?", "10 min"],
           ["Clôture", "fixer la suite", "Quand en reparle-t-on ?", "5 min"]]),
        H(1, "Partie B – Pendant l'entretien", {}),
        H(2, "Son rôle, et ce que j'ai vu", {"facts": "ok"}),
        P("Je rappelle d'abord ses missions telles qu'elles sont écrites : l'accueil du public jeunesse, les "
          "acquisitions pour les 8-15 ans, les animations et le lien avec les collèges du secteur. Je lui dis "
          "qu'elle les remplit bien sur les acquisitions et le catalogage. Le fonds jeunesse a d'ailleurs gagné "
          "12 % de prêts en deux ans, en grande partie grâce à ses choix et aux rencontres d'auteurs qu'elle a "
          "organisées avec les collèges de Pontivy et de Cléguérec."),
        P("Puis je décris les faits sans les interpréter : absente à six réunions du jeudi sur huit depuis "
          "septembre, deux refus du samedi en octobre, le club de lecture annulé le 17 octobre sans prévenir les "
          "familles. Je n'emploie ni « démotivée » ni « désengagée » : je dis ce que j'ai constaté et je lui "
          "demande si elle le voit de la même façon."),
        H(2, "L'écouter vraiment, puis chercher avec elle", {"active-listening": "ok", "co-built-solutions": "ok"}),
        P("Pendant toute cette partie, je parle peu. Je reformule ce qu'elle dit avec ses mots, je laisse les "
          "silences, je ne défends pas les automates. Si elle exprime de la colère contre la décision, je la "
          "reconnais : la décision venait de la communauté de communes et l'équipe n'a pas été consultée, c'est "
          "un fait. Je note aussi ce qui la fait sourire, le club, les collégiens, les coups de cœur."),
        P("Ensuite je lui demande ce qu'elle proposerait. J'ai quelques idées en réserve, mais je les garde pour "
          "après ses propositions : faire des automates un prétexte à l'accueil plutôt qu'un remplacement, avec "
          "une « heure conseil » le mercredi ; reprendre le club avec un collègue volontaire pour la soutenir ; "
          "lui confier la formation des lecteurs âgés aux automates, où son contact avec le public serait utile. "
          "Nous gardons seulement les pistes qu'elle accepte et qu'elle se sent capable de tenir."),
        B("B.3 Qui fait quoi, et quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Signe que ça marche"],
           ["Reprise du club de lecture, en binôme avec Hugo", "Sylvie et Hugo", "novembre", "club tenu, familles prévenues"],
           ["Heure conseil du mercredi à l'espace jeunesse", "Sylvie", "à partir du 6 janvier", "fréquentation notée"],
           ["Samedi : un sur trois au lieu d'un sur deux, à l'essai", "Antoine (planning)", "janvier-mars", "planning respecté"],
           ["Retour de Sylvie en réunion d'équipe sur le club", "Sylvie", "février", "présence aux réunions"]]),
        B("B.4 Pour finir", {"closing-follow-up": "ok"}),
        P("Je résume ce que nous avons décidé, action par action, et je lui demande si ce résumé lui convient ou "
          "si j'ai déformé quelque chose. Je la remercie pour sa franchise. Nous fixons tout de suite un point de "
          "suivi, le mardi 3 février à 10 h, au même endroit, pour regarder ensemble ce qui a marché et ce qui "
          "n'a pas marché. Je lui rappelle qu'elle peut venir me voir avant si quelque chose coince, et je lui "
          "envoie un court compte rendu écrit le lendemain, qu'elle pourra corriger."),
        H(1, "Partie C – Mes outils", {}),
        H(2, "Grille de notes", {"note-taking-grid": "empty"}),
        H(2, "Est-ce que j'ai bien fait ?", {"criteria-self-check": "ok"}),
        T([["Attendu", "Ce que je prévois", "Fait ?"],
           ["Écoute et empathie", "reformuler, laisser les silences", "à vérifier après"],
           ["Rassurer ou motiver", "dire d'entrée la valeur de son travail", "oui"],
           ["Enjeu clair dès le début", "« pas de sanction, comprendre »", "oui"],
           ["Missions rappelées", "fiche de poste relue ensemble", "oui"],
           ["Solutions proposées", "d'abord les siennes, puis les miennes", "oui"],
           ["Situation clairement identifiée", "trois faits datés", "oui"]]),
    ],
)
