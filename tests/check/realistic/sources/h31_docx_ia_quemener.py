from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Claire Ropars, responsable d'exploitation at Transports Quéméner (Quimper, 64 drivers), prepares
    the annual interview of Yannick Le Gall, dispatcher for six years. Numbered Heading 1 / Heading 2 titles in her
    own words; the objectives of last year sit under a 4.1 sub-heading of the year review; the skills heading
    "5. Compétences" has nothing under it (empty); no self-check of the criteria at all (missing). Tables for the
    phases, last year's objectives, next year's objectives and the note grid.""",
    title="Entretien annuel 2026 – Yannick Le Gall",
    cover=["Guide préparé par Claire Ropars, responsable d'exploitation, Transports Quéméner",
           "Entretien prévu le jeudi 10 décembre 2026, 14 h, salle du premier étage"],
    blocks=[
        H(1, "1. Avant l'entretien : ce que je prépare", {"preparation": "ok"}),
        P("Yannick est dispatcheur au service exploitation depuis 2020. Il organise chaque jour les tournées de "
          "vingt-deux conducteurs sur le Finistère sud et gère les imprévus : pannes, retards de quai, absences. "
          "C'est son sixième entretien annuel, le deuxième avec moi depuis que j'ai repris le service en "
          "septembre 2025."),
        P("Je relis d'abord son compte rendu de l'an dernier et les trois objectifs que nous avions fixés. Je "
          "rassemble les chiffres qui les concernent : taux de tournées parties à l'heure, nombre de kilomètres à "
          "vide, réclamations clients liées au planning. Je demande aussi à deux chefs de quai et à un conducteur "
          "ce qui a bien marché avec lui cette année, pour ne pas arriver avec mon seul point de vue."),
        P("Je lui envoie la convocation dix jours avant, avec le support d'auto-évaluation, et je bloque une heure "
          "trente sans téléphone. La salle du premier étage est au calme, loin du bureau d'exploitation où il "
          "serait sans cesse dérangé. Je note enfin les sujets sensibles : sa demande de passer en horaires de "
          "journée, refusée au printemps, et la tension avec l'équipe de nuit après l'incident du mois d'août."),
        H(1, "2. Accueil de Yannick", {"opening": "ok"}),
        P("Je commence par le remercier pour l'année, qui a été chargée avec l'arrivée du client Biocoop. Je lui "
          "rappelle que cet entretien est un moment pour nous deux : faire le bilan, mais surtout parler de la "
          "suite, de ce dont il a besoin et de ses envies. Je précise la durée, l'ordre des sujets et le fait que "
          "le compte rendu sera écrit ensemble et signé par nous deux, puis transmis aux ressources humaines. Je "
          "lui demande s'il souhaite ajouter un point à l'ordre du jour, et je lui sers un café avant de "
          "commencer."),
        H(1, "3. Déroulé en cinq temps", {"interview-phases": "ok"}),
        T([["Temps", "Objet", "Durée", "Qui parle surtout"],
           ["Ouverture", "remerciements, cadre, ordre du jour", "5 min", "moi"],
           ["Bilan", "l'année vue par Yannick, puis mes constats et les chiffres", "25 min", "Yannick puis moi"],
           ["Objectifs 2027", "trois objectifs construits ensemble", "20 min", "les deux"],
           ["Formation et projet", "besoins de formation, envies d'évolution", "20 min", "Yannick"],
           ["Conclusion", "synthèse, suites, date du point d'étape", "10 min", "moi"]]),
        H(1, "4. Retour sur 2026", {"year-review": "ok"}),
        P("Mon regard sur l'année est positif. Yannick a absorbé l'arrivée du client Biocoop en mars, soit quatre "
          "tournées de plus chaque matin, sans dégrader la ponctualité des départs. Il a aussi été le premier à "
          "utiliser le nouveau logiciel de planification et a aidé ses collègues à le prendre en main, ce qui ne "
          "faisait pas partie de ses missions."),
        P("Le point délicat reste la communication avec l'équipe de nuit. L'incident du 14 août, où deux "
          "remorques ont été chargées dans le mauvais ordre, a été mal vécu des deux côtés. Je veux l'aborder "
          "calmement : comprendre ce qui s'est passé selon lui, sans revenir sur les fautes, et voir ce qu'on peut "
          "changer dans la passation du soir. Je lui demanderai d'abord comment lui-même a vécu l'année, ce dont il "
          "est fier et ce qu'il referait autrement, avant de donner mon avis."),
        H(2, "4.1 Les objectifs fixés l'an dernier", {"objectives-achieved": "ok"}),
        T([["Objectif 2026", "Indicateur", "Résultat", "Commentaire"],
           ["Faire partir 95 % des tournées à l'heure", "départs avant 6 h 15", "96,2 %", "atteint malgré les tournées Biocoop"],
           ["Réduire les kilomètres à vide de 10 %", "km à vide par semaine", "-7 %", "partiellement atteint, retours de Brest à optimiser"],
           ["Former deux collègues au logiciel", "collègues autonomes", "3", "dépassé, très apprécié par l'équipe"]]),
        H(1, "5. Compétences", {"skills": "empty"}),
        H(1, "6. Objectifs 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Mesure", "Échéance", "Moyens"],
           ["Réduire les kilomètres à vide de 8 % sur la ligne Brest", "km à vide hebdomadaires", "30 juin 2027", "accès aux offres de fret retour"],
           ["Mettre en place une fiche de passation avec l'équipe de nuit", "fiche utilisée chaque soir, zéro erreur de chargement", "31 mars 2027", "deux réunions communes"],
           ["Préparer le planning d'un deuxième client régional", "tournées lancées sans retard la première semaine", "septembre 2027", "appui du commercial"]]),
        H(1, "7. Formation", {"training": "ok"}),
        L(["Formation « animer une réunion courte » (deux jours, OPCO Mobilités) pour préparer les réunions de passation.",
           "Module avancé du logiciel de planification, proposé par l'éditeur en février.",
           "Si le projet d'évolution se confirme : CACES non nécessaire, mais une journée d'immersion au service commercial."]),
        H(1, "8. Et après ? Les envies de Yannick", {"career-wishes": "ok"}),
        P("Au printemps, Yannick m'a dit qu'il aimerait à terme travailler en journée et se rapprocher des "
          "clients. Je veux lui laisser la parole d'abord : où se voit-il dans trois ans, qu'est-ce qui l'attire "
          "dans le commercial ou dans la gestion de grands comptes ? Je peux lui parler du poste d'assistant "
          "grands comptes qui sera créé en 2027, sans rien promettre, et lui proposer une journée d'immersion. Je "
          "lui dirai aussi franchement pourquoi le passage en horaires de journée n'a pas été possible cette année, "
          "et ce qui pourrait changer quand le deuxième dispatcheur sera recruté."),
        H(1, "9. Conclure et assurer le suivi", {"closing-follow-up": "ok"}),
        P("Je reformule en quelques phrases ce que nous avons dit : le bilan, les trois objectifs, la formation et "
          "le projet d'évolution. Je vérifie qu'il est d'accord avec cette synthèse et qu'il ne repart pas avec une "
          "question sans réponse. Nous fixons ensemble un point d'étape fin mars pour la fiche de passation. Je "
          "rédige le compte rendu dans la semaine, il ajoute ses commentaires, nous le signons et je l'envoie aux "
          "ressources humaines avant le 20 décembre. Je le remercie encore, et je lui rappelle que ma porte reste "
          "ouverte d'ici le point d'étape."),
        H(1, "10. Grille de prise de notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce que dit Yannick", "Mes remarques", "Suite à donner"],
           ["Bilan de l'année", "", "charge Biocoop bien tenue", ""],
           ["Incident du 14 août", "", "rester factuel, écouter d'abord", "fiche de passation"],
           ["Évolution", "", "poste assistant grands comptes en 2027", "journée d'immersion"]]),
    ],
    missing=["criteria-self-check"],
)
