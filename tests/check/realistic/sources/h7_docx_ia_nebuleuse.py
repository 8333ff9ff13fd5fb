from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the design lead of a Nantes web agency prepares the annual review of a UX designer. Headings as
    a manager writes them, several questions; the skills are under a bold Normal paragraph; last year's objectives
    are a table; training and career wishes share one heading (merged); the closing is two sentences (thin); the
    notes heading has nothing under it (empty); no self-check of the criteria (missing).""",
    title="Studio Nébuleuse – Entretien annuel de Mehdi Ouali",
    cover=["Guide d'entretien préparé par Claire Jaouen, responsable design", "Entretien prévu le 8 janvier 2027"],
    blocks=[
        H(1, "Avant l'entretien", {"preparation": "ok"}),
        P("Studio Nébuleuse est une agence web de 24 personnes installée sur l'île de Nantes. Nous concevons des "
          "applications pour des mutuelles, des collectivités et quelques start-up. Mehdi a rejoint l'équipe design "
          "il y a deux ans comme designer UX ; il travaille sur deux ou trois projets à la fois, en binôme avec un "
          "chef de projet, et mène la plupart des tests avec les utilisateurs. L'entretien aura lieu le 8 janvier "
          "dans la petite salle du deuxième étage, pendant une heure et quart, téléphones rangés. Je lui ai envoyé "
          "la trame d'auto-évaluation le 10 décembre pour qu'il ait le temps de la remplir pendant les fêtes."),
        P("Pour préparer, j'ai relu le compte rendu de janvier dernier et ses trois objectifs, les retours des "
          "deux chefs de projet avec qui il a le plus travaillé et les résultats des tests de la refonte de "
          "l'espace adhérent de la Mutuelle des Marais. Je veux surtout reconnaître ce qu'il a apporté sur les "
          "tests utilisateurs, qui sont devenus une force de l'agence grâce à lui, et parler sans détour des "
          "présentations clients, où il manque encore d'assurance."),
        H(1, "Comment je lance la discussion ?", {"opening": "ok"}),
        P("Je commencerai par le remercier pour cette année chargée, puis je poserai le cadre : « Ce moment est "
          "à toi autant qu'à moi. On va regarder ensemble ce qui s'est passé en 2026, ce qui a marché et ce qui a "
          "coincé, puis se fixer trois objectifs pour 2027 et parler de la suite que tu imagines. Rien de ce qui "
          "se dit ici ne sera une surprise dans le compte rendu : tu le reliras avant de signer. » Je lui "
          "demanderai ensuite par quoi il préfère commencer, en lui laissant la parole le plus longtemps possible."),
        H(2, "Le déroulé prévu (1 h 15)", {"interview-phases": "ok"}),
        T([["Temps", "Ce qu'on fait", "Ma question", "Durée"],
           ["1", "accueil et cadre", "Comment arrives-tu à cet entretien ?", "5 min"],
           ["2", "l'année vue par Mehdi", "De quoi es-tu le plus fier ?", "15 min"],
           ["3", "objectifs 2026", "Qu'est-ce qui a freiné la présentation client ?", "10 min"],
           ["4", "compétences", "Où nos deux notes diffèrent-elles ?", "15 min"],
           ["5", "objectifs 2027", "Quel serait ton objectif à toi ?", "15 min"],
           ["6", "envies, formation", "Où te vois-tu dans deux ans ?", "10 min"],
           ["7", "conclusion", "—", "5 min"]]),
        H(1, "2026 en revue : projets et faits marquants", {"year-review": "ok"}),
        P("Mehdi a travaillé cette année sur sept projets, dont trois de bout en bout : la refonte de l'espace "
          "adhérent de la Mutuelle des Marais, l'application de prise de rendez-vous de la mairie de Rezé et le "
          "prototype de Cyclo'Box. Sur la mutuelle, il a organisé à lui seul quatre sessions de tests avec 22 "
          "adhérents de plus de soixante ans ; le taux de réussite du parcours de remboursement est passé de 58 % "
          "à 91 % entre le premier et le dernier prototype, et le client a signé la phase 2 en citant ces tests."),
        P("Il a aussi pris en charge, sans qu'on le lui demande, la bibliothèque de composants de l'agence, qui "
          "fait gagner à chaque projet environ deux jours de maquettes. Le point difficile de l'année a été la "
          "présentation du prototype Cyclo'Box au comité d'investisseurs en juin : il l'avait préparée seul, le "
          "chef de projet étant malade, et s'est laissé déstabiliser par les questions sur le modèle économique. "
          "Il m'en a parlé lui-même le lendemain, ce que j'ai apprécié."),
        H(2, "Où en sont les objectifs 2026 ?", {"objectives-achieved": "ok"}),
        T([["Objectif fixé en janvier", "Indicateur", "Cible", "Réalisé", "Commentaire"],
           ["Mener les tests utilisateurs de tous ses projets", "projets testés", "100 %", "6 sur 7", "Rezé testé par le client lui-même"],
           ["Présenter seul un livrable à un client", "présentations", "3", "2", "Cyclo'Box difficile"],
           ["Documenter la bibliothèque de composants", "composants documentés", "40", "52", "dépassé"]]),
        B("Compétences : son regard et le mien", {"skills": "ok"}),
        T([["Compétence", "Mehdi (1 à 4)", "Moi (1 à 4)", "Ce qui justifie ma note"],
           ["Recherche et tests utilisateurs", "3", "4", "les tests de la mutuelle sont devenus notre référence"],
           ["Maquettage et prototypage", "4", "4", "rapide et soigné"],
           ["Présentation aux clients", "2", "2", "solide sur le fond, fragile face aux objections"],
           ["Travail en équipe", "3", "4", "aide spontanément les juniors"]]),
        H(1, "Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance", "Moyens"],
           ["Présenter seul quatre livrables clients", "présentations menées", "4", "décembre 2027", "répétition la veille avec moi"],
           ["Former deux juniors aux tests utilisateurs", "juniors autonomes", "2", "juin 2027", "binôme sur deux projets"],
           ["Publier la bibliothèque de composants en interne", "projets qui l'utilisent", "5", "septembre 2027", "une demi-journée par semaine"]]),
        H(1, "Se former, évoluer : quelles envies ?", {"training": "ok", "career-wishes": "ok"}),
        P("Pour l'aider à prendre de l'assurance en présentation, je lui proposerai la formation « Convaincre en "
          "réunion client » de deux jours, en mars, financée sur le plan de développement des compétences. Il a "
          "aussi évoqué une certification en accessibilité numérique ; je la soutiens, car trois de nos clients "
          "publics nous la demandent désormais."),
        P("Côté évolution, Mehdi m'a dit en octobre qu'il se voyait bien référent recherche utilisateur pour toute "
          "l'agence d'ici deux ans, plutôt que manager. Je veux l'écouter sans rien promettre de précis : ce rôle "
          "n'existe pas encore, mais ses objectifs 2027 vont dans ce sens, et j'en parlerai avec la direction au "
          "printemps."),
        H(1, "Pour finir", {"closing-follow-up": "thin"}),
        P("Je résume les accords et lui enverrai le compte rendu sous une semaine. Point d'étape fixé début juillet."),
        H(1, "Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
