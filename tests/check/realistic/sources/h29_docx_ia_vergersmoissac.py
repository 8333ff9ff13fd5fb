from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French. Hélène Roux, responsable d'exploitation of Les Vergers de Moissac, a fruit cooperative in
    Tarn-et-Garonne, prepares the annual appraisal of Julien Castan, head of the packing line. Numbered headings
    in heading styles ("1." to "8.", then "Annexe A" and "Annexe B" at level 2), paraphrased and question-like.
    The skills heading is there with nothing under it (empty); no training section at all, not even inside the
    objectives: the days spent shadowing Nadia are a career step, not a training plan (missing). Tables for the running order, last year's objectives, next year's objectives, the notes
    grid and the self-check.""",
    title="Entretien annuel – Julien Castan",
    cover=["Les Vergers de Moissac · station de conditionnement", "Préparé par Hélène Roux, responsable d'exploitation",
           "Entretien prévu le jeudi 14 janvier 2027, 14 h, bureau du premier étage"],
    blocks=[
        H(1, "1. Ce que je prépare avant de le recevoir", {"preparation": "ok"}),
        P("Julien dirige depuis trois ans la ligne de conditionnement des pommes et des prunes : onze saisonniers "
          "l'été, quatre permanents l'hiver, deux calibreuses et la palettisation. C'est son troisième entretien "
          "avec moi. Avant de le recevoir, je relis sa fiche de poste, le compte rendu de l'an dernier et les "
          "objectifs que nous avions signés, et je sors les chiffres de la saison : tonnages passés sur la ligne, "
          "taux de rebut, réclamations des clients de la grande distribution, heures supplémentaires."),
        P("Je demande aussi l'avis de deux personnes qui travaillent avec lui au quotidien : Nadia, qui gère les "
          "expéditions, et le technicien de maintenance. Je note des faits, pas des impressions, pour pouvoir "
          "citer des exemples précis. Je réserve une heure et demie, le bureau du premier étage plutôt que celui "
          "de la ligne où le téléphone sonne sans arrêt, et j'envoie à Julien la convocation et le support "
          "d'auto-évaluation dix jours avant, pour qu'il ait le temps de le remplir. Je sais qu'il souhaite parler "
          "de son avenir : je me renseigne auprès des ressources humaines sur les postes qui s'ouvriront en 2027 "
          "et sur le budget formation, pour ne rien promettre que je ne puisse tenir."),
        H(1, "2. Accueil et enjeux de l'échange", {"opening": "ok"}),
        P("J'accueillerai Julien en lui rappelant que ce moment lui appartient autant qu'à moi : nous regardons "
          "ensemble l'année écoulée, nous fixons les priorités de 2027 et nous parlons de ce qu'il veut faire "
          "ensuite. Je lui dirai d'emblée que la saison a été bonne pour la ligne malgré la grêle de juin, et que "
          "rien de ce qui sera dit ne sera découvert aujourd'hui : les points à améliorer, nous en avons déjà "
          "parlé en cours d'année. Le compte rendu sera rédigé à deux et il pourra y ajouter ses commentaires "
          "avant de signer."),
        H(1, "3. Comment je compte dérouler l'heure", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais"],
           ["5 min", "Accueil", "café, rappel du but et de la durée"],
           ["20 min", "Retour sur 2026", "Julien parle d'abord, je complète avec les chiffres"],
           ["15 min", "Objectifs", "bilan des trois objectifs signés, puis ceux de 2027"],
           ["15 min", "Avenir", "ses souhaits, ce que la coopérative peut offrir"],
           ["5 min", "Fin", "résumé, prochaines dates, signature"]]),
        H(1, "4. L'année 2026 de Julien", {"year-review": "ok"}),
        P("La saison a commencé tôt, avec les prunes dès la mi-juillet, et la grêle du 18 juin a obligé à trier "
          "beaucoup plus finement les pommes : la ligne a traité 6 200 tonnes, contre 5 800 l'an dernier, avec "
          "seulement deux semaines de plus. Julien a réorganisé les postes de tri pour mettre les saisonniers "
          "expérimentés en bout de ligne, là où se décide le calibre, et le taux de rebut est passé de 4,1 % à "
          "3,2 %. Les deux enseignes clientes n'ont fait que trois réclamations, contre neuf en 2025."),
        P("Il y a eu aussi des moments difficiles. En août, deux saisonniers sont partis après une semaine, en "
          "disant qu'ils avaient été mal accueillis ; Julien l'a reconnu lui-même, il était débordé et n'avait pas "
          "pris le temps de les former. Les heures supplémentaires de l'équipe ont atteint 410 heures, trop pour "
          "une équipe aussi petite. Je veux d'abord l'écouter raconter sa saison, puis lui dire ce que j'ai "
          "apprécié, avec des exemples, avant d'aborder ces deux points."),
        H(1, "5. Objectifs 2026 : où en est-on ?", {"objectives-achieved": "ok"}),
        T([["Objectif signé en janvier 2026", "Résultat", "Commentaire"],
           ["Ramener le rebut sous 3,5 %", "3,2 % : atteint", "réorganisation des postes de tri"],
           ["Former deux permanents à la calibreuse n° 2", "un seul formé", "le second en arrêt deux mois"],
           ["Réduire les heures supplémentaires de 20 %", "non atteint, +12 %", "grêle et départs d'août"]]),
        H(1, "6. Compétences", {"skills": "empty"}),
        H(1, "7. Cap sur 2027", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Échéance"],
           ["Accueillir chaque saisonnier avec une demi-journée de formation", "aucun départ la première semaine",
            "fin de saison 2027"],
           ["Passer sous 300 heures supplémentaires sur la saison", "relevé mensuel de la paie",
            "31 octobre 2027"],
           ["Former le second permanent à la calibreuse n° 2", "il la règle seul un matin complet", "30 juin 2027"]]),
        H(1, "8. Et après ?", {"career-wishes": "ok"}),
        P("Julien m'a dit en septembre qu'il se voyait bien responsable de la station entière, conditionnement et "
          "expéditions, quand Nadia partira à la retraite fin 2028. Je veux l'entendre le formuler lui-même et "
          "lui demander ce qui l'attire : l'encadrement d'une équipe plus grande, le contact avec les clients, ou "
          "la logistique. Je lui dirai franchement que c'est possible, mais qu'il devra d'abord montrer qu'il sait "
          "déléguer et accueillir ses équipes, et je lui proposerai de suivre Nadia une journée par mois. Nous en reparlerons à chaque point d'étape, sans fixer de date trop tôt."),
        H(1, "9. Pour clore l'entretien", {"closing-follow-up": "ok"}),
        P("Avant de terminer, je résumerai en trois phrases ce que nous avons décidé et je lui demanderai s'il est "
          "d'accord avec ce résumé ou s'il veut ajouter quelque chose. Je lui enverrai le compte rendu sous une "
          "semaine ; il aura quinze jours pour y mettre ses remarques avant de le signer. Nous fixerons tout de "
          "suite un point d'étape en juin, juste avant la saison, pour vérifier que l'accueil des saisonniers est "
          "prêt, puis un second en septembre, au plus fort de la récolte. Je le remercierai enfin pour sa saison."),
        H(2, "Annexe A – Mes notes pendant l'entretien", {"note-taking-grid": "ok"}),
        T([["Moment", "Ce qu'il dit", "Ce que je remarque", "À reprendre"],
           ["Retour sur 2026", "fier du rebut, gêné par août", "parle vite, regarde ses notes", "accueil des saisonniers"],
           ["Objectifs 2027", "d'accord sur les heures", "hésite sur la date de juin", "planning de formation"],
           ["Avenir", "veut la station entière", "très motivé", "journées avec Nadia"]]),
        H(2, "Annexe B – Ai-je tout fait ?", {"criteria-self-check": "ok"}),
        T([["Point", "Fait ?", "Preuve"],
           ["J'ai dit le but de l'entretien dès le début", "oui", "phrase d'accueil préparée"],
           ["J'ai écouté avant de donner mon avis", "oui", "il parle le premier sur 2026"],
           ["J'ai rappelé ses missions et ses résultats", "oui", "tableau des objectifs"],
           ["J'ai proposé des solutions concrètes", "oui", "demi-journée d'accueil, journées avec Nadia"],
           ["J'ai répondu à ses questions sur son avenir", "à vérifier", "infos des RH sur 2028"]]),
    ],
    missing=["training"],
)
