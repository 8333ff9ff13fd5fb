from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, with a title and a cover line. The digital manager of the Vergers de l'Adour, a fruit
    cooperative near Mont-de-Marsan, prepares the interview of a candidate for a new data analyst post. Paraphrased
    and question headings at level 1, some numbered, one in upper case; the part on the candidate's own questions is
    two sentences (thin); every other section written, with tables for the course of the interview, the post, the
    situation questions, the note sheet, the marks and the self-check.""",
    title="Recrutement d'un(e) analyste de données – entretien de Camille Darrigade",
    cover=["Coopérative des Vergers de l'Adour – Julien Lafitte, responsable du numérique",
           "Entretien du mardi 15 décembre 2026, 14 h, siège de Saint-Sever"],
    blocks=[
        H(1, "1. Avant l'entretien : ce que je dois avoir en tête", {"preparation": "ok"}),
        P("La coopérative regroupe 140 producteurs de kiwis, de pommes et de noisettes et vend environ 38 000 "
          "tonnes de fruits par an. Jusqu'ici, les chiffres de récolte, de calibrage et de ventes vivent dans "
          "quatre tableurs différents, et personne n'a le temps de les croiser. Le conseil d'administration a "
          "voté en octobre la création d'un poste d'analyste de données, en CDI, rattaché à moi. C'est la "
          "première fois que nous recrutons ce profil et je veux éviter de choisir sur la seule impression."),
        P("J'ai relu le CV de Camille Darrigade et sa lettre : deux ans dans un bureau d'études agricole à Pau, "
          "de bonnes bases en SQL et en Power BI, un mémoire sur la prévision des rendements. J'ai noté trois "
          "points à creuser : son expérience réelle avec des données sales, sa façon d'expliquer un résultat à "
          "des producteurs qui ne sont pas du métier, et sa disponibilité pendant la récolte, où l'on travaille "
          "parfois le samedi. Corinne Labat, responsable qualité, sera avec moi. Nous avons réservé la salle du "
          "conseil pendant une heure, préparé un petit jeu de données de calibrage à lui montrer, et imprimé la "
          "grille de notation pour chacun de nous deux."),
        H(1, "Comment ouvrir la discussion ?", {"opening": "ok"}),
        P("Je l'accueille moi-même à l'accueil, je lui propose un café et je présente Corinne. Ensuite je dis "
          "simplement : « Merci d'être venue jusqu'à Saint-Sever. L'entretien durera une heure environ. Je vais "
          "d'abord vous présenter la coopérative et pourquoi nous créons ce poste, puis nous parlerons de votre "
          "parcours et de quelques situations concrètes, et vous aurez tout le temps de poser vos questions à la "
          "fin. Nous prenons des notes tous les deux, ne vous en inquiétez pas, c'est pour être justes avec chaque "
          "candidat. » Je veux qu'elle se sente à l'aise et qu'elle sache dès le début ce que nous attendons."),
        H(1, "2. Le fil de l'heure", {"interview-phases": "ok"}),
        T([["Moment", "Qui parle surtout", "But"],
           ["0-10 min", "moi", "présenter la coopérative, le poste et le déroulé"],
           ["10-25 min", "Camille", "son parcours, ses projets, ce qu'elle a aimé"],
           ["25-45 min", "Camille, Corinne relance", "situations vécues et petit exercice sur les données"],
           ["45-55 min", "Camille", "ses questions, ses attentes"],
           ["55-60 min", "moi", "la suite, les délais, remerciements"]]),
        H(1, "3. Le poste en quelques lignes", {"job-summary": "ok"}),
        T([["Ce que fera la personne", "Ce qu'il faut savoir faire"],
           ["réunir récolte, calibrage et ventes dans une seule base", "SQL, nettoyage de données"],
           ["construire les tableaux de bord des producteurs et du conseil", "Power BI ou équivalent"],
           ["prévoir les volumes de la saison suivante", "notions de statistique, prévision"],
           ["expliquer les chiffres aux producteurs en réunion de secteur", "pédagogie, patience"]]),
        H(1, "RACONTEZ-MOI UNE FOIS OÙ…", {"star-questions": "ok"}),
        T([["Question", "Ce que je cherche dans la réponse"],
           ["Une fois où les données reçues étaient inutilisables : qu'avez-vous fait ?", "méthode, ténacité, résultat chiffré"],
           ["Une fois où votre analyse a déplu : comment l'avez-vous défendue ?", "écoute, arguments, relation"],
           ["Un projet mené seule de bout en bout : quelles étapes, quel bilan ?", "autonomie, organisation"],
           ["Une explication à un public non spécialiste : comment vous y êtes-vous prise ?", "clarté, adaptation"]]),
        H(1, "4. Qu'est-ce qui la fait venir chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre pourquoi une jeune analyste quitterait Pau pour une coopérative agricole à Saint-"
          "Sever. Je lui demanderai ce qui l'attire dans le monde des fruits, ce qu'elle attend d'un premier poste "
          "où elle sera seule sur son sujet, et ce qui la ferait partir au bout d'un an. J'écouterai surtout si "
          "elle parle des producteurs et du terrain, ou seulement des outils. De mon côté, je lui dirai "
          "honnêtement ce que le poste offre : de l'autonomie, un sujet tout neuf, une formation payée sur la "
          "prévision, et un salaire de 36 000 euros bruts par an, avec le treizième mois de la coopérative."),
        H(1, "5. Ses questions à elle", {"candidate-questions": "thin"}),
        P("Je lui laisse dix minutes pour ses questions. Si elle n'en pose aucune sur le poste, je le noterai."),
        H(1, "6. Pour conclure et après", {"closing-follow-up": "ok"}),
        P("Je la remercie, je lui redis que nous voyons trois candidats cette semaine et que nous lui donnerons "
          "une réponse, positive ou non, au plus tard le vendredi 18 décembre par téléphone. Je lui demande si "
          "elle accepte que nous appelions son ancien responsable au bureau d'études. Juste après son départ, "
          "Corinne et moi remplissons chacun la grille sans nous parler, puis nous comparons nos notes pendant "
          "vingt minutes. Si nous sommes d'accord, je préviens la direction le soir même ; sinon, nous "
          "proposons un second échange en visio avec le président de la coopérative avant de décider."),
        H(1, "7. Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce qu'elle dit", "Mon impression"],
           ["parcours", "bureau d'études, deux ans, prévision des rendements", "solide, concret"],
           ["données sales", "exemple d'un fichier de parcelles à refaire", "à approfondir"],
           ["explication aux producteurs", "", ""],
           ["disponibilité en récolte", "", ""]]),
        H(1, "8. Comment je note", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["compétences techniques", "30 %", "", "exercice de calibrage"],
           ["pédagogie envers les producteurs", "25 %", "", "explication d'un graphique"],
           ["autonomie et organisation", "25 %", "", "projet mené seule"],
           ["motivation pour la coopérative", "20 %", "", "raisons de venir"]]),
        H(1, "9. Ai-je fait ce que je voulais ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Oui / non"],
           ["J'ai expliqué clairement le but et le déroulé au début", "oui"],
           ["J'ai présenté le poste et les compétences attendues", "oui"],
           ["Je l'ai laissée parler plus que moi", "à voir"],
           ["Mes notes sont rangées par thème et lisibles par Corinne", "oui"]]),
    ],
)
