from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the manager of the Manosque branch of Loca'Durance, a construction equipment rental company,
    prepares an interview with Sébastien, a counter agent of nine years who has been going through the motions
    since a colleague got the assistant manager post he wanted. Paraphrased and question headings in Heading 1,
    unnumbered; the sequence, the action plan, the note sheet and a check of her preparation as tables; the
    closing and the next date are only two sentences (thin).""",
    title="Loca'Durance Manosque – Entretien avec Sébastien",
    cover=["Préparé par Aurélie Gaubert, responsable d'agence", "Entretien prévu le jeudi 10 décembre 2026, 14 h"],
    blocks=[
        H(1, "Que dois-je avoir en tête avant de le recevoir ?", {"preparation": "ok"}),
        P("Sébastien Roux est agent de comptoir à l'agence de Manosque depuis neuf ans. Il accueille les clients "
          "artisans et particuliers, établit les contrats de location, vérifie le matériel au départ et au "
          "retour, et facture les casses. C'est lui qui connaît le mieux les mini-pelles et les nacelles : les "
          "chefs de chantier l'appellent directement plutôt que de passer par le standard."),
        P("En septembre, le poste d'adjoint d'agence a été confié à Nadia, arrivée il y a trois ans. Sébastien "
          "avait postulé. Depuis, il fait son travail mais rien de plus : il ne propose plus de matériel "
          "complémentaire aux clients, il part à l'heure pile alors qu'il restait souvent pour finir les "
          "retours du soir, et il a dit à un collègue qu'il « regardait ailleurs »."),
        P("Avant l'entretien, je relis sa fiche de poste, son entretien annuel de février où il parlait déjà "
          "d'évoluer, et les chiffres de l'agence depuis la rentrée. Je demande à la direction régionale ce qui "
          "peut lui être proposé concrètement : une formation de technicien, un rôle de référent matériel, une "
          "prime. Je réserve le bureau du fond, porte fermée, une heure, un jeudi après-midi où le comptoir est "
          "calme."),
        H(1, "Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Je le remercie d'avoir pris ce temps et je lui dis simplement pourquoi je l'ai invité : je vois qu'il "
          "n'est plus le même depuis septembre, et je pense que la nomination de Nadia y est pour quelque chose. "
          "Je lui dis que ce n'est pas un recadrage, que son travail reste sérieux, et que je tiens à le garder "
          "dans l'équipe. Ce que j'attends de l'heure : comprendre ce qu'il vit et repartir avec des choses "
          "concrètes, pas des promesses. Je lui précise enfin que Nadia ne sait pas que nous nous voyons aujourd'hui, et que ce qu'il me dira restera entre nous."),
        H(1, "Déroulé prévu, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Durée", "Ce que je fais"],
           ["Accueil", "5 min", "Je pose le cadre et le but de l'entretien"],
           ["Son poste aujourd'hui", "10 min", "Je rappelle ses missions, il dit ce qui a changé"],
           ["Ce que j'ai remarqué", "10 min", "Je donne trois faits précis, sans jugement"],
           ["Sa parole", "15 min", "Je le laisse parler de septembre et de la suite"],
           ["Pistes", "15 min", "On cherche ensemble ce qui peut bouger"],
           ["Accord et date", "5 min", "On écrit les engagements et on fixe le prochain point"]]),
        H(1, "Les faits, rien que les faits", {"facts": "ok"}),
        P("Ses missions n'ont pas changé : accueil et conseil des clients, contrats, état des lieux du matériel, "
          "facturation des casses, et en pratique conseil technique sur les engins. Ce que j'ai observé depuis "
          "septembre, je le dirai tel quel, avec des dates :"),
        L(["Les ventes additionnelles (casques, godets, assurance casse) qu'il réalise sont passées de 14 % des "
           "contrats en juin à 5 % en novembre.",
           "Il n'est resté après 18 h qu'une fois depuis la rentrée, contre deux ou trois soirs par semaine avant.",
           "Il n'a pas participé à la réunion d'équipe du 6 novembre, en disant qu'il avait un client.",
           "Aucune réclamation client le concernant : les artisans continuent de le demander par son prénom.",
           "Il n'adresse presque plus la parole à Nadia en dehors du strict nécessaire.",
           "Il a annulé sa participation à la formation sécurité du 20 novembre, la veille, sans donner de raison."]),
        H(1, "Est-ce que je l'écoute vraiment ?", {"active-listening": "ok"}),
        P("Après les faits, je me tais et je lui demande comment il a vécu la rentrée. Je reformule ce qu'il dit "
          "avec ses mots (« si je comprends bien, tu as eu l'impression que neuf ans ne comptaient pas »), je "
          "nomme l'émotion s'il la montre, et je ne défends pas la décision de la direction à chaud. S'il se "
          "met en colère, je le laisse finir. Je note ce qui compte pour lui : la reconnaissance, le métier "
          "technique, ou l'argent, parce que les réponses ne seront pas les mêmes. Je finis cette partie en "
          "lui demandant ce qu'il aimerait qu'on retienne de cet échange. Je garde le téléphone de l'agence hors du bureau pour ne pas être interrompue."),
        H(1, "Chercher des solutions à deux", {"co-built-solutions": "ok"}),
        P("Je ne viens pas avec une solution toute faite. Je lui demande d'abord ce qui lui redonnerait envie, "
          "puis je mets sur la table ce que la direction régionale m'a confirmé : le rôle de référent matériel "
          "de l'agence, avec la formation constructeur sur les nacelles à Lyon en février et une prime "
          "mensuelle de 120 euros ; la possibilité de former les nouveaux agents de la région sur la partie "
          "technique ; et une candidature accompagnée au prochain poste d'adjoint qui s'ouvrira à Forcalquier. "
          "On regarde ensemble ce qui lui va, et ce que j'attends en retour, notamment sur les ventes et sur "
          "le travail avec Nadia. Rien n'est décidé sans son accord, et je lui laisse une semaine s'il veut réfléchir."),
        H(1, "Qui fait quoi, et pour quand", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance"],
           ["Confirmer le rôle de référent et la prime", "Aurélie", "18 décembre"],
           ["Inscrire Sébastien à la formation nacelles", "Aurélie", "15 janvier"],
           ["Préparer un module de 2 h pour les nouveaux", "Sébastien", "fin janvier"],
           ["Point à trois avec Nadia sur le partage des tâches", "Aurélie", "8 janvier"]]),
        H(1, "Et après ?", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'on a décidé et je le remercie de sa franchise. On se revoit le 21 janvier pour faire "
          "le point."),
        H(1, "Ma feuille pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que je remarque"],
           ["Rentrée, Nadia", "mots exacts à noter", "ton, silences, regard"],
           ["Reconnaissance", "ce qui lui a manqué", "s'il s'ouvre ou se ferme"],
           ["Pistes", "ce qui l'intéresse", "ce qui le fait réagir"]]),
        H(1, "Relecture de ma préparation", {"criteria-self-check": "ok"}),
        T([["Ce que je vérifie", "Prévu ?"],
           ["J'annonce le but dès le début", "oui, dans l'ouverture"],
           ["Je rappelle ses missions", "oui, avec les faits"],
           ["Je décris la situation sans juger", "oui, cinq faits datés"],
           ["Je l'écoute et je reformule", "oui"],
           ["Des solutions naissent de l'échange", "oui, trois pistes à discuter"],
           ["Je le rassure sur sa place", "oui, dès l'ouverture"]]),
    ],
)
