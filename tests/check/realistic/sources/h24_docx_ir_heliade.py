from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 24 (h24_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, with a title and a cover line. The customer-service manager of Héliade, a solar-panel
    installer near Montpellier, prepares a reframing interview with a phone advisor who promises installation
    dates the planning cannot hold. Numbered, paraphrased and question headings at level 1; the objections are two
    level-2 questions under an empty level-1 heading (one section over three headings); the reminder of what the job expects is two sentences (thin); every other section written, with a
    table for the course of the talk, the DESC lines, the commitments, the note grid and the self-check.""",
    title="Recadrage de Sofiane – préparation",
    cover=["Héliade, service clients – Nadia Castagné, responsable", "Entretien prévu le jeudi 10 décembre 2026"],
    blocks=[
        H(1, "1. Où en est-on avec Sofiane ?", {"preparation": "ok"}),
        P("Sofiane Ait-Mouloud est conseiller au téléphone chez Héliade depuis dix-huit mois. Il traite en "
          "moyenne 45 appels par jour, il est apprécié des clients pour sa patience et il connaît bien les "
          "onduleurs, ce qui est rare dans l'équipe. Depuis septembre, pourtant, il annonce aux clients des dates "
          "de pose que le planning des équipes ne permet pas de tenir. Sur octobre et novembre, onze clients ont "
          "rappelé, furieux, parce que personne n'était venu le jour annoncé ; deux ont annulé leur commande, soit "
          "environ 19 000 euros de chiffre d'affaires perdu."),
        P("Avant de le voir, j'ai relevé ces onze dossiers dans le logiciel, avec la date promise et la date "
          "réelle du planning, et j'ai réécouté trois appels enregistrés. J'ai aussi relu la consigne de mars : un "
          "conseiller ne donne jamais de date sans avoir consulté l'agenda des poseurs. Je veux que Sofiane "
          "comprenne l'effet de ces promesses sur les clients et sur les poseurs, et qu'à partir de janvier toute "
          "date annoncée vienne de l'agenda. L'entretien se fera jeudi à 8 h 30, dans la petite salle, pendant "
          "quarante minutes, sans téléphone sur la table."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("« Bonjour Sofiane, merci d'être là. Je voulais te voir seul à seul pour parler des dates de pose "
          "que tu donnes aux clients. Je sais que tu cherches à leur faire plaisir et que les clients t'aiment "
          "bien, c'est une vraie qualité. Mais depuis septembre, plusieurs dates annoncées n'ont pas été tenues, "
          "et cela nous a coûté deux commandes. Mon objectif aujourd'hui, ce n'est pas de te reprocher quoi que "
          "ce soit en bloc : c'est qu'on comprenne ensemble ce qui se passe et qu'on trouve une façon de faire "
          "qui marche pour toi, pour les clients et pour les poseurs. »"),
        H(1, "3. Comment je compte dérouler les quarante minutes", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Ce que j'attends de lui"],
           ["0-5 min", "j'accueille et je donne le but de l'entretien", "qu'il se sente en confiance"],
           ["5-15 min", "je présente les onze dossiers, dates promises et réelles", "qu'il reconnaisse les faits"],
           ["15-25 min", "je l'écoute sur ses raisons", "qu'il dise ce qui le pousse à promettre"],
           ["25-35 min", "on cherche ensemble des solutions", "qu'il propose lui-même une règle"],
           ["35-40 min", "je résume et on fixe le prochain point", "qu'il reparte avec un engagement clair"]]),
        H(1, "4. Son poste, en deux mots", {"expectations-recap": "thin"}),
        P("Un conseiller répond aux clients, suit leur dossier jusqu'à la pose et ne donne une date qu'après "
          "avoir vérifié l'agenda des équipes. C'est écrit dans sa fiche de poste."),
        H(1, "5. Décrire, exprimer, proposer, conclure", {"desc-grid": "ok"}),
        T([["Étape", "Ma phrase"],
           ["Les faits", "« Onze clients ont reçu de toi une date de pose qui n'était pas dans l'agenda, deux ont annulé. »"],
           ["Ce que je ressens", "« Je suis inquiète, parce que les poseurs se font engueuler pour des dates qu'ils ne connaissaient pas. »"],
           ["Ce que je propose", "« À partir de maintenant, tu ouvres l'agenda avant de parler de date, et si c'est plein, tu proposes un rappel. »"],
           ["Ce qu'on y gagne", "« Des clients qui nous font confiance, et toi qui n'as plus à gérer leur colère au rappel. »"]]),
        H(1, "6. Que va-t-il me répondre ?", {"explanations-objections": "ok"}),
        H(2, "« L'agenda n'est jamais à jour »", {"explanations-objections": "ok"}),
        P("C'est en partie vrai : les chefs d'équipe saisissent parfois leurs chantiers le soir. Je lui dirai que "
          "j'ai demandé au responsable des poseurs une mise à jour avant 10 h chaque matin, et que s'il voit une "
          "erreur il me la signale plutôt que de deviner une date. Je lui demanderai aussi quels jours l'agenda "
          "l'a le plus gêné, pour vérifier avec le responsable des poseurs."),
        H(2, "« Les clients raccrochent si je ne donne pas de date »", {"explanations-objections": "ok"}),
        P("Je lui proposerai une phrase toute prête : « je vous confirme la date par SMS dans l'heure ». Je "
          "l'écouterai d'abord, sans le couper, car il a peut-être raison sur certains clients pressés. Si la "
          "discussion se tend, je reviens aux faits du tableau, calmement, et je rappelle que l'on cherche une "
          "solution ensemble et non un coupable."),
        H(1, "7. Nos engagements", {"agreed-changes": "ok"}),
        T([["Quoi", "Qui", "Quand", "Comment on le voit"],
           ["consulter l'agenda avant toute date", "Sofiane", "dès le lundi 14 décembre", "dates promises égales aux dates du planning"],
           ["agenda à jour chaque matin avant 10 h", "responsable des poseurs", "14 décembre", "heure de dernière saisie"],
           ["phrase type et SMS de confirmation", "moi", "11 décembre", "modèle de SMS dans le logiciel"]]),
        H(1, "8. Et après ?", {"closing-follow-up": "ok"}),
        P("Je terminerai en lui demandant de reformuler ce que nous avons décidé, pour vérifier qu'on a compris "
          "la même chose. Je lui redirai que je compte sur lui, que ses connaissances techniques sont précieuses "
          "et que ce point ne change rien à la confiance que je lui fais. Je lui enverrai le compte rendu le jour "
          "même, et nous referons le point le 15 janvier avec les chiffres de décembre : si aucune date promise "
          "n'a été manquée, on en reste là ; sinon, on reverra ensemble la méthode. Je "
          "noterai aussi dans mon agenda de passer le voir la première semaine, juste pour savoir comment ça se passe."),
        H(1, "Mes notes pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Son attitude", "À reprendre"],
           ["Faits", "reconnaît six dossiers sur onze", "gêné, regarde la table", "les cinq autres"],
           ["Raisons", "peur que les clients partent chez un concurrent", "s'anime", "former à la phrase type"],
           ["Solutions", "propose un rappel à J+1 pour confirmer", "plus détendu", "tester en janvier"]]),
        H(1, "Ai-je pensé à tout ?", {"criteria-self-check": "ok"}),
        T([["Point à vérifier", "Où dans ce document", "Fait"],
           ["Je dis dès le début pourquoi on se voit", "partie 2", "oui"],
           ["Je rappelle ce qu'on attend de lui", "partie 4", "oui, à étoffer"],
           ["J'écoute ses raisons sans le couper", "parties 3 et 6", "oui"],
           ["Des solutions sortent de l'entretien", "partie 7", "oui"],
           ["Je réponds à ses objections", "partie 6", "oui"],
           ["Je le rassure sur la suite", "partie 8", "oui"]]),
    ],
)
