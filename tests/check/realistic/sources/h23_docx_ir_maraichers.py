from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: Les Jardins de l'Aubrac, a cooperative of 14 market gardeners that delivers vegetable boxes
    around Rodez, recruits a logistics coordinator for its packing hall. The author's own numbered headings
    ("1.", "2."...), a short extra part on the context at the start; the phases of the interview as a table with
    timings; the job in a table; the behavioural questions as a numbered list; the scoring grid as a table. The
    candidate's questions announced under a heading left with nothing under it (empty); no self-check of the
    jury's criteria (missing). The author takes notes in a note-taking table.""",
    title="Entretien de recrutement – coordinateur logistique",
    cover=["Les Jardins de l'Aubrac – coopérative maraîchère, Rodez",
           "Guide préparé par Camille Rouquette, responsable des opérations – novembre 2026"],
    blocks=[
        H(1, "0. Contexte", {}),
        P("La coopérative livre 1 900 paniers par semaine. Le coordinateur actuel part à la retraite en février."),
        H(1, "1. Avant de rencontrer Julien Mazars", {"preparation": "ok"}),
        P("Les Jardins de l'Aubrac réunissent quatorze maraîchers bio autour de Rodez. Chaque mardi et chaque "
          "vendredi, leurs légumes arrivent à la halle de conditionnement de Luc-la-Primaube, où six salariés "
          "préparent les paniers pour 43 points de retrait et trois magasins. Depuis deux ans, le nombre de paniers "
          "a doublé, et la tournée du vendredi finit souvent après 20 heures. Le poste à pourvoir est celui de "
          "coordinateur logistique : organiser la réception, le conditionnement et les tournées, encadrer l'équipe "
          "de la halle et parler chaque semaine avec les producteurs de ce qui arrive."),
        P("J'ai lu le CV de Julien Mazars : huit ans de préparation de commandes dans une plateforme de la grande "
          "distribution, dont trois comme chef d'équipe, et un BTS agricole. Son expérience des volumes est réelle ; "
          "je ne sais pas encore s'il saura travailler avec des producteurs qui sont aussi ses employeurs, ni s'il "
          "accepte des journées irrégulières selon les récoltes. J'ai préparé avec Bernard Vayssettes, président "
          "de la coopérative, les critères et leur poids. L'entretien dure quarante minutes à la halle, jeudi à "
          "9 heures, après une visite rapide de l'équipe au travail."),
        H(1, "2. Accueil", {"opening": "ok"}),
        P("« Bonjour Monsieur Mazars, bienvenue à la halle. Je suis Camille Rouquette, je m'occupe des opérations "
          "de la coopérative. Vous avez vu l'équipe préparer les paniers du vendredi : c'est ce travail que le "
          "coordinateur organise. Nous cherchons quelqu'un parce que notre coordinateur part à la retraite après "
          "quinze ans, et que les volumes ont doublé. Pendant quarante minutes, je vais vous présenter le poste, "
          "vous interroger sur votre expérience avec des exemples précis, puis je répondrai à vos questions. Je "
          "prends des notes pour comparer les candidats de façon équitable. »"),
        H(1, "3. Comment je découpe les quarante minutes", {"interview-phases": "ok"}),
        T([["Temps", "But", "Ce que je dis ou demande", "Durée"],
           ["Accueil", "le mettre à l'aise", "visite, café, présentation", "5 min"],
           ["Le poste", "présenter la coopérative et la halle", "chiffres, équipe, saisons", "5 min"],
           ["Parcours", "comprendre son expérience", "« Qu'est-ce qui a changé quand vous êtes devenu chef ? »",
            "8 min"],
           ["Situations", "des exemples vécus", "les quatre questions du point 5", "12 min"],
           ["Envie", "savoir pourquoi il vient", "« Pourquoi quitter une grande plateforme ? »", "4 min"],
           ["Ses questions", "lui laisser la parole", "réponses préparées", "4 min"],
           ["Fin", "annoncer la suite", "date de réponse", "2 min"]]),
        H(1, "4. Le poste", {"job-summary": "ok"}),
        T([["", "Ce que nous attendons"],
           ["Intitulé", "coordinateur logistique, halle de Luc-la-Primaube, six salariés"],
           ["Missions", "planifier réception, conditionnement et trois tournées ; encadrer l'équipe ; "
                        "tenir la traçabilité des lots"],
           ["Compétences", "organisation de flux, gestion d'équipe, tableur, permis C apprécié"],
           ["Qualités", "calme, sens du dialogue avec les producteurs, souplesse selon les récoltes"],
           ["Conditions", "CDI, 35 heures annualisées, 2 300 € bruts par mois, véhicule de service"]]),
        H(1, "5. Des situations qu'il a vécues", {"star-questions": "ok"}),
        L(["Racontez une semaine où un fournisseur a livré le double de ce qui était prévu : qu'avez-vous fait ?",
           "Parlez-moi d'un membre de votre équipe qui arrivait en retard : comment l'avez-vous géré ?",
           "Décrivez une erreur de livraison dont vous étiez responsable, et ce qui a changé ensuite.",
           "Donnez un exemple d'une méthode de préparation que vous avez améliorée, chiffres à l'appui.",
           "Pour chaque réponse, je cherche la situation, son rôle, ses actions et le résultat."]),
        H(1, "6. Pourquoi chez nous ?", {"motivation": "ok"}),
        P("Je veux comprendre ce qui l'attire dans une petite coopérative après une plateforme de 300 salariés. "
          "Je lui demande ce qu'il a aimé et ce qui lui a pesé dans son poste actuel, puis ce qu'il imagine d'une "
          "semaine chez nous, en pleine saison de tomates. Une réponse qui parle des produits, du contact avec les "
          "producteurs et de l'autonomie me rassure davantage qu'une réponse sur le seul salaire. Je lui demande "
          "aussi s'il se voit rester plusieurs années, car nous formons longuement nos coordinateurs et les "
          "producteurs ont besoin d'un interlocuteur stable."),
        H(1, "7. Ses questions à lui", {"candidate-questions": "empty"}),
        H(1, "8. Pour conclure", {"closing-follow-up": "ok"}),
        P("« Merci Monsieur Mazars, vos exemples sur la plateforme de Toulouse m'ont beaucoup appris. Nous "
          "rencontrons encore deux personnes cette semaine. Si votre candidature est retenue, nous vous proposerons "
          "une matinée à la halle un vendredi, avec l'équipe et deux producteurs, puis un échange avec Bernard "
          "Vayssettes. Je vous appelle dans tous les cas mardi prochain avant midi. Avez-vous encore une question "
          "avant de partir ? »"),
        P("Après son départ, je complète la grille de notation pendant dix minutes, sans attendre, puis j'envoie mon avis en quelques lignes à Bernard Vayssettes avant le déjeuner."),
        H(1, "9. Mes notes", {"note-taking-grid": "ok"}),
        T([["Thème", "Ce qu'il a dit", "Mon impression"],
           ["Parcours", "chef d'équipe de 12 préparateurs, pics de Noël", "solide sur les volumes"],
           ["Situations", "exemple du fournisseur en surplus : stock tampon, appel aux magasins", "concret"],
           ["Motivation", "veut des produits qu'il connaît, moins de hiérarchie", "sincère"],
           ["Points à vérifier", "horaires irréguliers, rapports avec les producteurs", "à creuser"]]),
        H(1, "10. Notation", {"scoring-grid": "ok"}),
        T([["Critère", "Poids", "Note sur 5", "Commentaire"],
           ["Organisation des flux", "30 %", "", "exemples chiffrés"],
           ["Encadrement", "25 %", "", "gestion d'un conflit"],
           ["Relation avec les producteurs", "20 %", "", "écoute, diplomatie"],
           ["Motivation pour une coopérative", "15 %", "", "projet à long terme"],
           ["Souplesse des horaires", "10 %", "", "saisons, vendredis"]]),
    ],
    missing=["criteria-self-check"],
)
