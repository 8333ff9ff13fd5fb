from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="skeleton",
    language="fr",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the Clinique vétérinaire des Trois Rivières (Vannes, 19 people, two sites), where the
    practice manager prepares a motivation interview with an experienced veterinary assistant who has lost heart
    since the reception moved to online booking and a shared switchboard. Guidance deleted everywhere. The
    preparation heading retyped "Avant de recevoir Sandrine", the facts heading retyped "Son poste et ce que j'ai
    observé depuis septembre" and the solutions heading retyped "Les pistes que nous chercherons ensemble" (runs
    replaced, bookmarks lost); the closing heading retyped "Pour conclure" with its bookmark kept (the author typed
    inside the heading). The active listening section still holds our prompt (placeholder); the criteria self-check
    deleted with its heading (missing). The phases, the action plan and the note-taking grid filled, the grid as
    rehearsed with a colleague.""",
    cover={"company": "Clinique vétérinaire des Trois Rivières", "candidate": "Aurélie Gouzien",
           "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Sandrine", text=[
            "La clinique des Trois Rivières soigne chiens, chats et NAC sur deux sites, à Vannes et à Theix. Nous "
            "sommes dix-neuf : sept vétérinaires, dix auxiliaires et deux personnes à l'administration. Je suis "
            "responsable de l'organisation depuis 2023 et j'encadre directement les auxiliaires. Sandrine Le Roux "
            "est auxiliaire spécialisée vétérinaire chez nous depuis douze ans ; c'est elle que les clients "
            "demandent au téléphone, et elle forme toutes les nouvelles recrues à la contention et à l'accueil.",
            "En septembre, nous avons ouvert la prise de rendez-vous en ligne et regroupé les appels des deux sites "
            "sur un standard commun. Depuis, Sandrine semble éteinte : elle ne propose plus rien en réunion, elle "
            "a demandé à ne plus former les stagiaires et deux collègues m'ont dit qu'elle parlait de partir. Mon "
            "objectif n'est pas de la recadrer mais de comprendre ce que ce changement lui a retiré, et de "
            "construire avec elle une place où elle retrouve du sens. J'ai relu son entretien annuel de mars, sa "
            "fiche de poste, les plannings de l'automne et les statistiques du standard. L'entretien aura lieu "
            "le mardi 8 décembre à 13 h 30, avant les consultations de l'après-midi, dans la salle de repos du site "
            "de Theix, porte fermée et téléphone renvoyé, pendant trente minutes."]),
        "opening": dict(status="ok", text=[
            "« Sandrine, merci de prendre ce temps avec moi. Je t'ai proposé ce rendez-vous parce que j'ai "
            "l'impression que l'automne a été difficile pour toi depuis le nouveau standard, et que ça compte "
            "pour moi. Ce n'est pas un reproche : ton travail reste très bon et les clients te réclament toujours. "
            "Je voudrais qu'on parle de ce qui a changé pour toi, que tu me dises ce qui te pèse, et qu'on cherche "
            "ensemble ce qu'on peut améliorer. On a une demi-heure, et on finira par deux ou trois décisions "
            "concrètes et une date pour refaire le point. D'accord ? »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser un climat de confiance, dire pourquoi on se voit", "Comment vas-tu en ce moment ?", "3 min"],
            [None, "rappeler son rôle de référente et de formatrice", "Qu'est-ce que tu préfères dans ton métier ?", "4 min"],
            [None, "citer les faits de l'automne, sans jugement", "Est-ce que tu vois les choses comme ça ?", "4 min"],
            [None, "comprendre ce que le standard lui a enlevé", "Qu'est-ce qui a été le plus dur depuis septembre ?", "8 min"],
            [None, "faire émerger ses idées avant les miennes", "Si tu pouvais changer une chose, ce serait quoi ?", "6 min"],
            [None, "choisir les actions et qui fait quoi", "Par quoi on commence ?", "3 min"],
            [None, "résumer, fixer la date, encourager", "Qu'est-ce que tu retiens ?", "2 min"]]]),
        "facts": dict(status="ok", retitle="Son poste et ce que j'ai observé depuis septembre", text=[
            "Sandrine accueille les clients au comptoir de Vannes, prépare les salles de consultation, assiste "
            "les vétérinaires pendant les chirurgies du jeudi et tient le stock de la pharmacie. Depuis 2019, elle "
            "forme aussi chaque stagiaire et chaque nouvelle auxiliaire, soit cinq personnes l'an dernier. Elle "
            "connaissait la plupart des clients par le nom de leur animal.",
            "Depuis la mise en service du standard commun le 16 septembre, j'ai noté ceci : elle n'a fait aucune "
            "proposition aux trois réunions d'équipe d'octobre et de novembre, alors qu'elle en faisait souvent ; "
            "le 2 novembre, elle m'a demandé par écrit de ne plus encadrer les stagiaires ; elle a posé quatre "
            "jours d'absence courte en deux mois, contre un seul l'an dernier sur la même période. Le 20 novembre, "
            "au comptoir, elle a dit à un client fidèle : « Je ne sais plus qui vient, c'est l'ordinateur qui "
            "décide. » La qualité de ses soins et de sa préparation des chirurgies n'a pas baissé."]),
        "active-listening": dict(status="placeholder"),
        "co-built-solutions": dict(status="ok", retitle="Les pistes que nous chercherons ensemble", text=[
            "Je lui demanderai d'abord ce qu'elle voudrait changer, et je la laisserai parler jusqu'au bout. Si "
            "elle n'a pas d'idée, j'ai trois propositions que je peux tenir sans attendre la direction. D'abord, "
            "lui confier le réglage des créneaux en ligne pour le site de Vannes : elle connaît mieux que "
            "personne la durée réelle d'un vaccin ou d'une visite de chaton, et les erreurs de réservation nous "
            "coûtent des retards tous les jours. Ensuite, réserver chaque matin la première heure du comptoir aux "
            "clients habitués et aux urgences, sans passer par le standard, avec elle au poste. Enfin, si elle "
            "accepte de reprendre la formation des stagiaires, lui donner un vrai temps pour cela, deux heures par "
            "semaine dans son planning, et une prime de tutorat dès janvier. Je ne promettrai pas de revenir sur "
            "le standard : la décision est prise par les associés et elle a réduit les appels perdus."]),
        "action-plan": dict(status="ok", tables=[[
            ["Régler avec Sandrine la durée des créneaux en ligne de Vannes", "Sandrine", "accès administrateur au logiciel, une demi-journée", "18 décembre", "moins de cinq retards par semaine sur les rendez-vous"],
            ["Ouvrir un accueil direct de 8 h à 9 h pour les habitués et urgences", "Aurélie", "accord des associés, message aux clients", "4 janvier", "créneau ouvert et tenu trois semaines"],
            ["Reprendre le tutorat avec du temps dédié", "Sandrine et Aurélie", "2 h par semaine au planning, prime de tutorat", "janvier", "stagiaire de février accueillie par Sandrine"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour conclure", keep_bookmark=True, text=[
            "« Alors, si je résume ce qu'on a décidé : tu règles les créneaux en ligne de Vannes d'ici le 18 "
            "décembre, je demande aux associés l'heure d'accueil direct du matin, et tu me dis d'ici vendredi si "
            "tu reprends les stagiaires avec deux heures par semaine pour ça. Ça te convient comme résumé ? On se "
            "retrouve le mardi 12 janvier, même heure, pour voir ce qui marche. Et je veux te le dire clairement : "
            "l'équipe a besoin de ton expérience, les clients aussi, et moi la première. Ce que tu as construit ici en douze ans ne disparaît pas avec un logiciel. »"]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "« Je fais tout pareil, mais je ne vois plus les gens. »", "répétition avec Karine : ton calme", "valoriser le tutorat"],
            [None, "d'accord sur les réunions, pas sur les absences", "a rougi sur les absences", "ne pas insister"],
            [None, "l'ordinateur décide à sa place", "larmes au moment du standard", "laisser un silence"],
            [None, "le contact avec les clients, transmettre", "s'anime en parlant des stagiaires", "proposer le tutorat"],
            [None, "créneaux trop courts pour les vaccins", "idée venue d'elle", "accès au réglage"],
            [None, "réponse sur le tutorat vendredi", "engagement oral", "confirmer par mail"]]]),
        "criteria-self-check": dict(status="missing"),
    },
)
