from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="pandoc",
    language="fr",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Hôtel Les Marquisats in Annecy (42 rooms); since the new hotel software arrived in September, Karim,
    night receptionist for six years, has left the night audit unfinished on nine nights out of thirty and twice
    let late arrivals wait outside. The accommodation manager prepares the reframing interview. The author's own
    numbered headings, four in UPPER CASE; the phases are a numbered list; the DESC grid, the agreed changes and
    the self-check are tables; the agreed changes and the closing share one heading (merged). The author deleted
    the note-taking grid (missing): she says she will take notes in her notebook.""",
    title="Entretien de recadrage – Karim Benali, réception de nuit",
    cover=["Hôtel Les Marquisats, Annecy · préparé par Sophie Delorme, responsable hébergement",
           "Jeux de rôle – entretien de recadrage (ER), décembre 2026"],
    blocks=[
        H(1, "1. AVANT DE LE RECEVOIR", {"preparation": "ok"}),
        P("Karim Benali est réceptionniste de nuit aux Marquisats depuis six ans. Il travaille seul de 22 h à 7 h, "
          "cinq nuits par semaine : il accueille les arrivées tardives, répond au téléphone, surveille l'hôtel et "
          "fait la clôture de la journée, ce que nous appelons l'audit de nuit. Jusqu'à cet été, son travail n'a "
          "jamais posé de problème ; les clients le citent souvent dans leurs avis pour sa gentillesse."),
        P("Depuis le passage au nouveau logiciel hôtelier, le 12 septembre, les choses ont changé. Sur les trente "
          "nuits d'octobre, l'audit n'était pas terminé le matin neuf fois : la réception du matin a trouvé des "
          "chambres non facturées et un rapport de caisse vide, et la comptable a passé deux matinées à "
          "reconstituer les chiffres. Le 3 et le 17 novembre, des clients arrivés après minuit ont attendu "
          "dehors, sous la pluie, vingt et quarante minutes ; l'un d'eux a laissé un avis à une étoile. J'ai "
          "vérifié les faits dans le journal du logiciel et dans les messages de la réception du matin, et j'en "
          "ai parlé au directeur, qui me laisse mener l'entretien seule."),
        P("L'entretien aura lieu le mardi 8 décembre à 21 h 30, avant sa prise de poste, dans mon bureau, porte "
          "fermée. Je prévois quarante-cinq minutes. Mon objectif : que les deux problèmes cessent, et comprendre "
          "ce qui se passe, car je ne crois pas à un manque de bonne volonté. Je soupçonne que la formation au "
          "logiciel, faite en journée, ne lui a pas servi."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je l'accueille moi-même à la porte du bureau et je lui propose un café. Je lui dis tout de suite "
          "pourquoi je l'ai fait venir, sans tourner autour : « Karim, je t'ai demandé ce rendez-vous parce qu'il "
          "y a deux problèmes depuis l'automne, l'audit de nuit et les arrivées tardives, et que je veux qu'on "
          "les règle ensemble ce soir. Ce n'est pas un entretien disciplinaire. Tu fais partie des piliers de "
          "l'hôtel et je veux comprendre ce qui a changé. » Je lui annonce le déroulé et la durée, et je lui dis "
          "qu'il aura tout le temps de donner sa version."),
        H(1, "3. DÉROULÉ", {"interview-phases": "ok"}),
        L(["Accueil et cadre : pourquoi nous sommes là, combien de temps (5 min)",
           "Rappel de ce qu'on attend de la réception de nuit (5 min)",
           "Les faits, un par un, avec les dates (10 min)",
           "Sa version : qu'est-ce qui se passe la nuit depuis septembre ? (10 min)",
           "Chercher ensemble des solutions (10 min)",
           "Se mettre d'accord et fixer un rendez-vous de suivi (5 min)"]),
        H(1, "4. Ce que l'hôtel attend de la nuit", {"expectations-recap": "ok"}),
        P("Je rappelle les trois missions qui ne peuvent pas attendre le matin. D'abord, aucun client ne doit "
          "attendre dehors : la porte est ouverte ou le téléphone répond en moins de trois sonneries, même "
          "pendant une ronde. Ensuite, l'audit de nuit est terminé avant 5 h : toutes les chambres facturées, la "
          "caisse comptée et le rapport envoyé à la comptabilité. Enfin, toute difficulté de la nuit est écrite "
          "dans le cahier de liaison pour l'équipe du matin. Ces trois points sont dans sa fiche de poste depuis "
          "son arrivée, et il les tenait parfaitement avant septembre, je le lui dis aussi."),
        H(1, "5. Faits, ressenti, demande, conséquences", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "Sur les trente nuits d'octobre, l'audit n'était pas fini neuf fois. Le 3 et le 17 novembre, "
                       "des clients ont attendu dehors vingt et quarante minutes."],
           ["Exprimer", "Je suis inquiète, pour les clients et pour toi : ce n'est pas le Karim que je connais."],
           ["Spécifier", "J'ai besoin que l'audit soit fini chaque nuit avant 5 h et que personne n'attende "
                         "dehors. Qu'est-ce qu'il te faut pour y arriver ?"],
           ["Conséquences", "Si on y arrive, la comptable retrouve ses matinées et les avis remontent. Si rien ne "
                            "change d'ici janvier, je devrai passer à un entretien plus formel."]]),
        H(1, "6. « C'est le logiciel »", {"explanations-objections": "ok"}),
        P("Je m'attends à ce qu'il mette en avant le logiciel : l'audit prenait vingt minutes avec l'ancien, il en "
          "prend plus d'une heure avec le nouveau, et il bloque quand une chambre a un paiement en attente. Je "
          "lui répondrai que c'est sans doute vrai, que je le note, et que nous allons le vérifier ensemble avec "
          "l'éditeur, mais que cela n'explique pas les clients restés dehors."),
        P("Sur ce point, il peut dire qu'il était en ronde ou occupé par l'audit et qu'il ne peut pas être partout. "
          "Je reconnais que le poste est seul la nuit et je lui propose de reporter le téléphone de la réception "
          "sur son portable de service pendant les rondes. S'il se ferme ou se met en colère, je le laisse "
          "parler sans l'interrompre, je reformule ce que j'entends et je reviens aux faits. S'il évoque une "
          "difficulté personnelle, je lui propose d'en parler à part, avec le médecin du travail si besoin."),
        H(1, "7. ENGAGEMENTS ET SUITE", {"agreed-changes": "ok", "closing-follow-up": "ok"}),
        T([["Qui", "Quoi", "Quand"],
           ["Sophie", "une séance de formation au logiciel de nuit, avec l'éditeur, sur une vraie clôture",
            "avant le 18 décembre"],
           ["Sophie", "portable de service avec renvoi du téléphone de la réception", "dès le 10 décembre"],
           ["Karim", "audit terminé avant 5 h, et sinon un message à la comptable expliquant ce qui bloque",
            "chaque nuit"],
           ["Karim", "renvoi du téléphone activé avant chaque ronde", "chaque nuit"]]),
        P("Pour terminer, je lui demande de redire avec ses mots ce que nous avons décidé, pour vérifier que nous "
          "sommes d'accord. Je lui dis que je lui fais confiance et que je suis sûre que nous retrouverons le "
          "niveau d'avant septembre. Je lui envoie un compte rendu écrit le lendemain, qu'il peut compléter. Nous "
          "fixons un point de suivi le 12 janvier, avec les chiffres des audits de décembre, et je lui rappelle "
          "qu'il peut m'appeler avant si le logiciel bloque encore."),
        H(1, "8. Ma grille d'auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Ce que je veux réussir", "Comment je le vérifie après"],
           ["L'écouter vraiment", "il a parlé au moins autant que moi"],
           ["Le rassurer sur sa place", "je l'ai dit dès l'ouverture et à la fin"],
           ["Annoncer l'enjeu sans détour", "les deux problèmes nommés dans la première minute"],
           ["Rappeler ses missions", "les trois points de la nuit redits"],
           ["Proposer des solutions", "au moins deux actions de ma part"],
           ["Répondre à ses objections", "le logiciel pris au sérieux, sans excuser les clients dehors"]]),
    ],
    missing=["note-taking-grid"],
)
