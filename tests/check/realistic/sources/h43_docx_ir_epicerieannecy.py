from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 43 (h43_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, in French: the manager of the fresh-produce department of Le Panier du Lac, an organic grocery of 19
    staff in Annecy, prepares a reframing interview with Julien, a department assistant who has skipped the
    cold-room temperature log three times and arrived late twice in a month. Headings are questions or the
    author's own paraphrases, numbered by hand; a table of dated facts in the preparation. The recap of what the
    job requires is two sentences (thin). An extra section of the author's own on how she wants to keep calm.
    Every other section is present.""",
    title="Recadrage de Julien – rayon frais",
    cover=["Le Panier du Lac, Annecy · Entretien de recadrage",
           "Préparé par Aurélie Mermoz, responsable du rayon frais · décembre 2026"],
    blocks=[
        H(1, "1. Qu'est-ce qui s'est passé ?", {"preparation": "ok"}),
        P("Julien Fournier est assistant du rayon frais depuis dix-huit mois. Il connaît bien les produits, les "
          "clients l'apprécient et il a formé lui-même le dernier saisonnier. Depuis début novembre, pourtant, "
          "le relevé des températures de la chambre froide n'a pas été fait trois fois à l'ouverture, alors que "
          "c'est sa tâche les jours où il ouvre. Il est aussi arrivé en retard deux fois, dont une fois où la "
          "livraison du fromager a attendu vingt minutes sur le trottoir."),
        P("Le relevé n'est pas un détail : en cas de contrôle de la DDPP, un trou dans le registre peut nous "
          "valoir une mise en demeure, et le 14 novembre la chambre froide était montée à 7 °C pendant la nuit "
          "sans que personne ne le voie avant dix heures. Nous avons jeté pour 340 € de produits laitiers."),
        T([["Date", "Fait constaté", "Source"],
           ["5 novembre", "relevé de 7 h non rempli", "registre HACCP"],
           ["14 novembre", "relevé absent, chambre froide à 7 °C, 340 € de pertes", "registre, sonde, bon de casse"],
           ["19 novembre", "arrivée à 7 h 25 au lieu de 7 h, livreur en attente", "planning, appel du livreur"],
           ["26 novembre", "relevé absent", "registre HACCP"],
           ["28 novembre", "arrivée à 7 h 15", "planning"]]),
        P("Je veux un entretien pour comprendre et pour fixer un cadre, pas pour sanctionner. Je le recevrai le "
          "mardi 8 décembre à 14 h, au bureau, porte fermée, quarante-cinq minutes. J'ai relu sa fiche de poste, "
          "le registre et ses plannings."),

        H(1, "2. Comment j'ouvre la discussion", {"opening": "ok"}),
        P("« Julien, merci d'être là. Je t'ai demandé ce moment parce que quelque chose m'inquiète sur le rayon "
          "et que je préfère t'en parler directement plutôt que de laisser traîner. Ce n'est pas un entretien "
          "disciplinaire : je veux comprendre ce qui se passe pour toi, et qu'on se mette d'accord sur la suite. "
          "Je te dis d'abord ce que j'ai constaté, ensuite je t'écoute vraiment, et on termine par ce qu'on "
          "décide ensemble. Tu as toute ta place dans ce rayon, c'est justement pour ça que j'en parle. »"),
        P("Je parle lentement, je le regarde, et je ne commence pas par les reproches."),

        H(1, "3. Le déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais", "Phrase d'appui"],
           ["0-5 min", "accueil", "poser le cadre, rassurer", "Ce n'est pas une sanction."],
           ["5-12 min", "les faits", "donner les dates, sans juger", "Voilà ce que j'ai vu dans le registre."],
           ["12-25 min", "son point de vue", "écouter, reformuler, poser des questions ouvertes",
            "Qu'est-ce qui se passe pour toi le matin ?"],
           ["25-38 min", "solutions", "lui faire proposer d'abord, puis compléter",
            "Qu'est-ce qui t'aiderait à ne plus l'oublier ?"],
           ["38-45 min", "engagements", "résumer, fixer le point de suivi", "On se revoit le 5 janvier."]]),

        H(1, "4. Ce que le poste demande", {"expectations-recap": "thin"}),
        P("Ouvrir à 7 h, faire le relevé des températures avant la mise en rayon et recevoir les livraisons. "
          "Ces trois tâches ne se négocient pas."),

        H(1, "5. Faits, effets, attentes (DESC)", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "Le relevé de la chambre froide manque les 5, 14 et 26 novembre, et tu es arrivé après "
                       "7 h les 19 et 28."],
           ["Exprimer", "Ça m'inquiète, parce que le 14 on a perdu 340 € de produits et qu'un contrôle nous "
                        "aurait mis en difficulté. Et je suis déçue, parce que je compte sur toi."],
           ["Spécifier", "J'attends le relevé fait et signé chaque matin où tu ouvres, et une arrivée à 7 h."],
           ["Conséquences", "Si c'est tenu, on oublie novembre et je te confie la formation HACCP du nouveau. "
                            "Sinon, je devrai passer à un avertissement écrit."]]),

        H(1, "6. Qu'est-ce qu'il risque de me répondre ?", {"explanations-objections": "ok"}),
        P("Il peut dire que le registre est mal placé : c'est vrai, il est accroché dans le couloir, loin de la "
          "chambre froide. Je reconnais le problème et je propose de le déplacer dès le lendemain."),
        P("Il peut dire qu'il est seul à l'ouverture et que les livraisons arrivent en même temps. Je lui demande "
          "combien de fois c'est arrivé, et je lui rappelle que le relevé prend deux minutes ; on peut décider "
          "qu'il le fait avant d'ouvrir la porte au livreur."),
        P("Les retards cachent peut-être autre chose : il a déménagé à Cran-Gevrier en octobre et dépend du bus. "
          "S'il me le dit, je l'écoute sans le couper, et on regarde ensemble si un horaire de 7 h 15 avec une "
          "fermeture plus tardive est possible. S'il se ferme ou s'énerve, je reformule et je reviens aux faits "
          "datés, calmement."),

        H(1, "7. Nos engagements", {"agreed-changes": "ok"}),
        T([["Qui", "S'engage à", "Quand", "Comment on le voit"],
           ["Julien", "faire et signer le relevé avant toute autre tâche à l'ouverture", "dès le 9 décembre",
            "registre complet"],
           ["Julien", "prévenir par SMS avant 6 h 45 s'il risque d'être en retard", "dès le 9 décembre",
            "messages reçus"],
           ["Aurélie", "déplacer le registre à côté de la chambre froide", "9 décembre", "registre en place"],
           ["Aurélie", "étudier un horaire décalé de 15 minutes", "15 décembre", "réponse écrite"]]),

        H(1, "8. Et après ?", {"closing-follow-up": "ok"}),
        P("Je termine en résumant ce que nous avons décidé, avec ses mots autant que possible, et je lui demande "
          "si quelque chose manque. Je lui redis que je compte sur lui et que je n'ai aucun doute sur ses "
          "compétences en rayon. Je lui envoie le soir même un court message écrit avec nos engagements, pour "
          "qu'il n'y ait pas de malentendu. Nous faisons un point de dix minutes le lundi 5 janvier : je regarde "
          "le registre de décembre avec lui, et si tout est tenu je le lui dis clairement. Sinon, nous en "
          "reparlerons, cette fois avec un écrit."),

        H(1, "9. Ma grille de notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que j'observe", "À reprendre"],
           ["Faits", "reconnaît / conteste", "regard, ton", ""],
           ["Explications", "bus, registre, charge", "gêne, colère, soulagement", ""],
           ["Solutions", "ses propositions", "engagement réel ou poli", ""],
           ["Fin", "accord sur la suite", "ouvert ou fermé", "rappeler le 5 janvier"]]),

        H(1, "10. Est-ce que j'ai tout couvert ?", {"criteria-self-check": "ok"}),
        T([["Point", "Fait ?", "Remarque"],
           ["J'ai dit pourquoi on se voit dès le début", "oui", "phrase d'ouverture"],
           ["J'ai écouté sans couper", "à vérifier", "compter mes interruptions"],
           ["J'ai rappelé ce que le poste demande", "oui", "trois tâches"],
           ["Les faits sont datés et précis", "oui", "tableau des faits"],
           ["Des solutions ont été proposées", "oui", "registre déplacé, horaire"],
           ["J'ai répondu à ses objections", "oui", "préparées en partie 6"],
           ["Il repart motivé", "à vérifier", "son dernier mot"]]),

        H(1, "11. Garder mon calme", {}),
        P("Je sais que je parle vite quand je suis gênée. Je garde le tableau des faits sous les yeux, je bois un "
          "verre d'eau avant de commencer, et je me laisse le droit de faire une pause de deux minutes si la "
          "discussion s'échauffe. Je ne parle pas des autres salariés ni de ce que j'ai entendu dire."),
    ],
)
