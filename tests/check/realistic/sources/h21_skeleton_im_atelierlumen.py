from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="skeleton",
    language="fr",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Atelier Lumen, a 22-person web agency in Nantes, where the technical lead prepares a
    motivation interview with a front-end developer who has withdrawn since the client cancelled the project she
    had led for eight months. Guidance deleted everywhere. The preparation heading retyped "Avant de voir Inès",
    the facts heading retyped "Ses missions, et ce que j'ai constaté" and the closing heading retyped "Pour finir
    l'entretien" (runs replaced, bookmarks lost); the active listening section holds two short sentences (thin);
    the note-taking grid deleted with its heading (missing); every other section written, the phases, action plan
    and criteria tables filled.""",
    cover={"company": "Atelier Lumen", "candidate": "Maxime Le Goff", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de voir Inès", text=[
            "Atelier Lumen conçoit des sites et des applications pour des clients de l'Ouest : une mutuelle, deux "
            "réseaux de magasins, des collectivités. Nous sommes vingt-deux, dont neuf développeurs que j'encadre "
            "depuis 2024. Inès Caradec est développeuse front-end chez nous depuis quatre ans. De février à "
            "septembre, elle a porté presque seule la refonte de l'espace adhérent de la Mutuelle de l'Erdre, un "
            "projet de huit mois dont elle avait dessiné l'architecture. Le 2 octobre, le client a arrêté le projet "
            "pour des raisons budgétaires, à trois semaines de la mise en ligne. Depuis, Inès est beaucoup plus "
            "discrète, ne participe plus aux revues de code de l'équipe et a décliné le pilotage du prochain "
            "chantier.",
            "Ce que je cherche : comprendre comment elle a vécu cet arrêt, lui dire clairement que son travail "
            "n'est pas en cause, et trouver avec elle un prochain rôle qui lui donne envie. J'ai relu son dernier "
            "entretien annuel, où elle disait vouloir évoluer vers un poste de lead front, l'historique des tickets "
            "du projet et les comptes rendus des rétrospectives. Je lui ai proposé le rendez-vous de vive voix, "
            "mardi, sans mail formel pour ne pas l'inquiéter. Nous nous verrons le jeudi 3 décembre à 14 h dans la "
            "petite salle du deuxième étage, pour trois quarts d'heure, sans ordinateur ouvert."]),
        "opening": dict(status="ok", text=[
            "« Merci d'avoir pris ce moment, Inès. Je voulais qu'on se parle tranquillement, parce que je sais que "
            "l'arrêt du projet de la mutuelle a été dur, et que tu y avais mis énormément. Ce n'est pas un "
            "entretien de recadrage : je veux d'abord t'écouter, te dire ce que j'ai vu de ton travail, puis "
            "réfléchir avec toi à la suite. On a trois quarts d'heure. On terminera en fixant ensemble deux ou "
            "trois choses concrètes et une date pour en reparler. Tout ce qu'on se dit reste entre nous, sauf ce que tu me demandes de relayer. "
            "Ça te va ? »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser un cadre rassurant", "Comment te sens-tu ces temps-ci ?", "5 min"],
            [None, "rappeler son rôle et ce qu'elle a construit", "Qu'est-ce dont tu es la plus fière sur ce projet ?", "5 min"],
            [None, "dire les faits depuis octobre, sans juger", "Tu l'as remarqué aussi ?", "5 min"],
            [None, "comprendre ce que l'arrêt a changé pour elle", "Qu'est-ce qui a été le plus difficile ?", "12 min"],
            [None, "partir de ses idées", "Sur quoi aurais-tu envie de travailler maintenant ?", "10 min"],
            [None, "choisir deux ou trois actions", "On commence par quoi ?", "5 min"],
            [None, "résumer et fixer le suivi", "Qu'est-ce que tu retiens de notre échange ?", "3 min"]]]),
        "facts": dict(status="ok", retitle="Ses missions, et ce que j'ai constaté", text=[
            "Inès développe les interfaces en React, relit le code des deux développeurs juniors, tient à jour notre "
            "bibliothèque de composants et participe aux ateliers de conception avec les clients. Sur le projet de "
            "la mutuelle, elle a aussi animé les démonstrations toutes les deux semaines, ce qui n'était pas dans "
            "son rôle au départ et qu'elle faisait très bien.",
            "Ce que j'ai observé depuis l'arrêt, sans en tirer de conclusion : elle n'a relu aucune demande de fusion "
            "depuis le 10 octobre, alors qu'elle en relisait une dizaine par semaine ; elle n'a pas pris la parole "
            "aux deux dernières rétrospectives ; le 17 novembre, elle a refusé de piloter le site de la Ville de "
            "Rezé en disant « pour que ça s'arrête encore ? ». Sa production reste bonne et dans les délais. Les "
            "juniors m'ont dit qu'ils n'osaient plus lui poser de questions."]),
        "active-listening": dict(status="thin", text=[
            "Je pose des questions ouvertes, je reformule ce qu'elle dit et je la laisse aller au bout sans "
            "chercher à la consoler trop vite.",
            "Si elle exprime de la colère contre le client ou contre nous, je l'accueille."]),
        "co-built-solutions": dict(status="ok", text=[
            "Je veux d'abord lui demander ce qu'elle propose. Si elle n'a pas d'idée, je mettrai sur la table trois "
            "pistes que je peux réellement tenir. D'abord, récupérer ce qui peut l'être du travail fait pour la "
            "mutuelle : sa bibliothèque de composants peut devenir notre base commune pour tous les projets, avec "
            "son nom dessus. Ensuite, avancer vers le rôle de lead front dont elle parlait en janvier, en lui "
            "confiant officiellement l'animation des revues de code plutôt qu'en la laissant les faire par "
            "habitude. Enfin, lui laisser choisir entre le projet de Rezé et celui d'un réseau de magasins, et, si "
            "elle le souhaite, une formation sur l'accessibilité numérique qu'elle m'avait demandée l'an dernier. "
            "Je ne promettrai ni augmentation ni changement de titre avant l'entretien annuel de mars."]),
        "action-plan": dict(status="ok", tables=[[
            ["Transformer ses composants en bibliothèque commune de l'agence", "Inès", "deux jours par mois réservés", "fin janvier", "bibliothèque utilisée sur deux projets"],
            ["Lui confier l'animation des revues de code, annoncée à l'équipe", "Maxime", "message à l'équipe, créneau du vendredi", "7 décembre", "revues hebdomadaires reprises"],
            ["Inscription à la formation accessibilité RGAA", "Maxime (budget)", "1 200 € sur le plan de formation", "février", "formation suivie, audit d'un site"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir l'entretien", text=[
            "« Si je résume : tu fais de tes composants la base commune de l'agence, avec deux jours par mois pour "
            "ça ; j'annonce vendredi que c'est toi qui animes les revues de code ; et je t'inscris à la formation "
            "accessibilité de février. Tu choisis d'ici lundi entre Rezé et le réseau de magasins. Est-ce que ce "
            "résumé te convient ? On se revoit le jeudi 7 janvier pour faire le point. Et je tiens à te le redire : "
            "ce qui s'est passé avec la mutuelle ne dit rien de la qualité de ton travail. »"]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "phase 4 : je reformule, je laisse les silences", "oui, en répétition avec Sarah"],
            [None, "je rappelle ce qu'elle a construit, je propose la bibliothèque à son nom", "oui"],
            [None, "dès la 1re minute : pas un recadrage, parler de la suite", "oui"],
            [None, "phase 2 : React, revues, bibliothèque, démonstrations", "oui"],
            [None, "phases 5 et 6, trois actions avec dates", "oui"],
            [None, "phase 3 : revues arrêtées, rétrospectives, refus du 17 novembre", "à revoir : trop long"]]]),
    },
)
