from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French, with no cover page: the title names only the meeting and the date, never the kind of
    interview. The head of customer support at Domotik'Est, a smart-thermostat maker in Nancy (64 people),
    prepares a meeting with a support technician who closes tickets without solving them, arrives late on the
    early shift and answers customers curtly. Paraphrased and question headings at level 1, some numbered; the
    part on what he may answer back is two sentences (thin); every other section written, with tables for the
    course of the meeting, the facts and requests, the commitments, the note sheet and the self-review.""",
    title="Rendez-vous avec Baptiste Roche – jeudi 10 décembre, 9 h 30",
    blocks=[
        H(1, "1. Pourquoi je le reçois, et ce que j'ai vérifié avant", {"preparation": "ok"}),
        P("Baptiste est technicien au support client depuis trois ans. Jusqu'à l'été, c'était l'un des plus "
          "appréciés de l'équipe : clients satisfaits, bonne connaissance des thermostats de la gamme Calora. "
          "Depuis septembre, trois choses ont changé. Il a clôturé 23 tickets sans solution réelle, que les "
          "clients ont rouverts dans la semaine. Il est arrivé en retard sept fois sur le créneau de 8 h, alors "
          "que le standard ouvre à cette heure-là et qu'il est seul jusqu'à 8 h 30. Enfin, deux clients se sont "
          "plaints par écrit de réponses sèches au téléphone."),
        P("Avant de le voir, j'ai relu les 23 tickets un par un, sorti le planning des retards de la badgeuse et "
          "gardé les deux courriels de clients. J'ai aussi parlé avec Inès, sa collègue du même créneau, sans lui "
          "demander de juger Baptiste, seulement de me dire comment se passent les matinées. Elle m'a appris que "
          "le volume d'appels du matin a presque doublé depuis le lancement du nouveau modèle en septembre. Je "
          "veux arriver avec des faits datés, sans conclure d'avance, et repartir avec des engagements écrits. "
          "L'entretien a lieu dans mon bureau, porte fermée, pour quarante-cinq minutes, hors du créneau d'appels."),
        H(1, "2. Les deux premières minutes", {"opening": "ok"}),
        P("Je le remercie d'être venu et je vais droit au but, sans détour ni reproche dans la voix : « Baptiste, "
          "je t'ai demandé ce rendez-vous parce que depuis septembre je vois des choses qui ne te ressemblent pas "
          "et qui posent problème à l'équipe et aux clients. Je veux qu'on les regarde ensemble, que tu me "
          "donnes ta version, et qu'on se mette d'accord sur ce qui change. Ce n'est pas une sanction. On a "
          "trois quarts d'heure, je prends des notes et tu auras une copie du compte rendu. » Je lui dis aussi "
          "que je compte sur lui pour la suite, parce que c'est vrai."),
        H(1, "Comment l'entretien va se dérouler ?", {"interview-phases": "ok"}),
        T([["Temps", "Ce qui se passe", "Mon objectif"],
           ["0-5 min", "accueil, raison du rendez-vous", "qu'il sache tout de suite pourquoi il est là"],
           ["5-15 min", "je décris les trois faits, chiffres à l'appui", "rester sur les faits, pas sur la personne"],
           ["15-30 min", "il donne sa version, je questionne", "comprendre ce qui a changé depuis septembre"],
           ["30-40 min", "on cherche des solutions ensemble", "deux ou trois engagements précis"],
           ["40-45 min", "récapitulatif, date du point suivant", "finir sur une note positive"]]),
        H(1, "3. Ce qu'on attend d'un technicien support chez nous", {"expectations-recap": "ok"}),
        P("Je lui rappelle ce que dit sa fiche de poste et ce que nous nous sommes dit à son entretien annuel "
          "de février. Un ticket n'est clos que lorsque le client a confirmé que son thermostat fonctionne, ou "
          "lorsque le problème a été transmis à l'atelier avec un diagnostic. Le créneau du matin commence à "
          "8 h précises, casque sur la tête, parce que c'est l'heure où les clients rentrent d'une nuit froide. "
          "Le ton au téléphone reste courtois même quand le client est agressif ; si un appel dérape, on peut "
          "le passer à un collègue ou à moi. Je précise que ces règles sont les mêmes pour toute l'équipe."),
        H(1, "Faits, effets, demande : ma trame", {"desc-grid": "ok"}),
        T([["Ce qui s'est passé", "Ce que ça produit", "Ce que je lui demande", "Ce qui suit"],
           ["23 tickets clos sans solution entre le 2 septembre et le 20 novembre",
            "clients qui rappellent, note de satisfaction de l'équipe tombée de 4,4 à 3,9",
            "ne clore qu'après confirmation du client ou transfert à l'atelier",
            "si c'est tenu, on n'en parle plus ; sinon, nouvel entretien en janvier"],
           ["sept retards sur le créneau de 8 h depuis septembre",
            "standard fermé vingt minutes, Inès seule avec la file d'attente",
            "être en poste à 8 h, ou me prévenir la veille s'il y a un souci",
            "planning revu si la cause est personnelle"],
           ["deux plaintes écrites pour des réponses sèches",
            "image de la marque, clients qui menacent de rendre le produit",
            "passer l'appel à un collègue quand il sent que ça monte",
            "point téléphonique écouté ensemble dans un mois"]]),
        H(1, "Et s'il conteste ?", {"explanations-objections": "thin"}),
        P("Il dira peut-être que le matin est devenu intenable depuis le nouveau modèle. Je reconnais que la "
          "charge a augmenté, mais je maintiens que clore un ticket non résolu ne fait que la repousser."),
        H(1, "4. Ce sur quoi on s'engage tous les deux", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "Pour quand", "Comment on le vérifie"],
           ["Aucun ticket clos sans confirmation du client", "Baptiste", "dès lundi", "revue des tickets rouverts"],
           ["Arrivée à 8 h, prévenir la veille en cas d'empêchement", "Baptiste", "dès lundi", "badgeuse"],
           ["Un second technicien sur le créneau de 8 h le lundi et le mardi", "moi", "14 décembre", "planning"],
           ["Une fiche réponse pour les trois pannes les plus fréquentes du Calora 3", "Baptiste et Inès",
            "18 décembre", "fiche publiée dans la base"]]),
        H(1, "Finir l'entretien et la suite", {"closing-follow-up": "ok"}),
        P("Avant de conclure, je lui demande de reformuler ce que nous avons décidé, pour vérifier que nous "
          "avons compris la même chose. Je lui redis que j'ai confiance dans ses compétences techniques et que "
          "l'équipe a besoin de lui, surtout avec le nouveau modèle. Je lui envoie le compte rendu écrit le "
          "jour même ; il peut y ajouter ses remarques avant de le signer. Nous fixons un point de quinze "
          "minutes tous les vendredis pendant un mois, puis un bilan le 15 janvier. Si la situation ne "
          "s'améliore pas malgré les mesures prises de mon côté, j'en parlerai aux ressources humaines et je "
          "le lui dirai avant, jamais dans son dos."),
        H(1, "5. Ma feuille pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Ce que j'observe", "À reprendre"],
           ["tickets clos", "", "", ""],
           ["retards du matin", "", "", ""],
           ["ton au téléphone", "", "", ""],
           ["ses propositions", "", "", "tout ce qu'il propose est noté mot pour mot"]]),
        H(1, "Relecture après coup : ai-je bien fait ?", {"criteria-self-check": "ok"}),
        T([["Question que je me pose", "Réponse"],
           ["Ai-je annoncé la raison du rendez-vous dès le début ?", ""],
           ["Suis-je resté sur des faits datés et chiffrés ?", ""],
           ["L'ai-je laissé parler sans l'interrompre ?", ""],
           ["Les solutions viennent-elles aussi de lui ?", ""],
           ["A-t-il quitté le bureau en sachant ce qu'on attend de lui et qu'on compte sur lui ?", ""]]),
    ],
)
