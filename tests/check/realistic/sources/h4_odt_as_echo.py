from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 4 (h4_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. French, a regional daily in the Morvan whose digital subscription launch may fall short.
    Headings in Roman numerals, one question, one in upper case; the side-by-side comparison and the weighted scores
    are one table under one heading (merged); the switch-over is three sentences (thin); a sources annex of the
    author's own at the end.""",
    title="L'Écho du Morvan – Abonnement numérique : et si les chiffres ne suivent pas ?",
    cover=["Solutions alternatives selon les KPI", "Léa Monnot, direction du développement – novembre 2026"],
    blocks=[
        H(1, "I. Où nous en sommes", {"baseline-reminder": "ok"}),
        P("Le journal vend 18 500 exemplaires papier par jour, 9 % de moins qu'il y a deux ans. Le plan voté en "
          "juin mise sur une offre en ligne à 7,90 euros par mois, lancée le 1er septembre, avec un objectif de "
          "6 000 abonnés numériques au 30 juin 2027. Il repose sur trois paris : qu'un lecteur papier sur dix passe "
          "au numérique, que la moitié des nouveaux abonnés restent après l'offre d'essai à un euro, et que la "
          "publicité locale en ligne compense la baisse des annonces légales. Au bout de trois mois, nous comptons "
          "2 150 abonnés, un peu au-dessus de la courbe prévue, mais seuls 41 % restent après l'essai."),
        H(1, "II. Quels chiffres nous feraient changer de route ?", {"kpi-scenarios": "ok"}),
        T([["Indicateur suivi", "Niveau prévu", "Niveau qui déclenche", "Observé sur", "Ce qui est alors ouvert"],
           ["Abonnés payants", "3 500 au 31 mars", "moins de 2 800", "fin de trimestre", "option A ou B"],
           ["Part qui reste après l'essai", "50 %", "moins de 40 % deux mois de suite", "chaque mois", "option B"],
           ["Recettes pub en ligne", "12 k€ par mois", "moins de 8 k€ trois mois de suite", "chaque mois", "option C"],
           ["Lecteurs papier passés au numérique", "1 850", "moins de 1 000", "fin de trimestre", "option A"]]),
        H(1, "III. LES TROIS PISTES", {"alternatives": "ok"}),
        P("Option A – s'allier aux deux autres titres de Bourgogne. Le Journal de l'Yonne et La Voix de la Nièvre "
          "vivent la même situation. Une offre commune à 9,90 euros donnerait accès aux trois sites, sur une seule "
          "plateforme de paiement partagée. Il faut six mois pour signer l'accord et un chef de projet à mi-temps "
          "dans chaque journal. C'est la piste la plus lourde, mais elle triple le contenu offert "
          "et partage le coût de la plateforme entre trois rédactions qui n'ont jamais travaillé ensemble."),
        P("Option B – revoir le prix et l'essai. Plutôt qu'un mois à un euro suivi d'un plein tarif, un abonnement "
          "à 4,90 euros la première année, puis 7,90 euros. L'idée est de garder ceux qui partent aujourd'hui au "
          "trentième jour. Cela ne demande qu'un réglage de la plateforme et une nouvelle campagne, en trois "
          "semaines, mais la recette par abonné baisse d'un tiers la première année."),
        P("Option C – faire payer moins d'articles, mieux ciblés. Seuls les articles de fond, les enquêtes et la "
          "rubrique des obsèques, la plus lue, passeraient derrière le mur payant ; le reste serait gratuit pour "
          "attirer davantage de visites et vendre la publicité plus cher. Il faut revoir le site avec notre "
          "prestataire, environ deux mois et 18 000 euros, et former la rédaction à choisir chaque jour ce qui "
          "est payant."),
        H(1, "IV. Les pistes côte à côte", {"alternatives-comparison": "ok", "weighted-scoring": "ok"}),
        T([["Critère (poids)", "A – alliance", "B – prix", "C – mur ciblé"],
           ["Abonnés gagnés en un an (35 %)", "4", "3", "3"],
           ["Coût et délai (25 %)", "2", "5", "3"],
           ["Recette par lecteur (20 %)", "4", "2", "4"],
           ["Risque pour la marque (20 %)", "3", "4", "3"],
           ["Total pondéré sur 5", "3,3", "3,5", "3,2"]]),
        P("L'alliance gagne le plus de lecteurs mais arrive trop tard pour sauver le premier exercice ; le prix "
          "est rapide et peu risqué mais rapporte moins ; le mur ciblé dépend d'une pub locale que rien ne "
          "garantit."),
        H(1, "V. Notre conseil", {"recommendation": "ok"}),
        P("Si le seuil du mois de mars est franchi, nous conseillons de lancer tout de suite l'option B et de "
          "préparer l'option A en parallèle. Le changement de prix se fait en trois semaines et touche "
          "directement le problème que les chiffres montrent déjà : trop de lecteurs partent au bout de l'essai. "
          "Il coûte surtout de la recette, environ 60 000 euros sur l'année, que le gain d'abonnés compense si "
          "plus de 55 % restent. L'alliance avec les deux autres titres est la meilleure réponse à long terme, "
          "mais elle demande des mois de négociation entre trois directions : commencer les discussions dès "
          "janvier permet de l'avoir prête pour la rentrée 2027 si la courbe ne se redresse pas. Nous "
          "écartons l'option C pour l'instant. Elle suppose que la publicité en ligne progresse, et c'est "
          "justement l'indicateur le plus fragile. Ce choix veut dire renoncer, cette année, à l'objectif de "
          "recette par abonné du plan de juin, pour ne pas manquer l'objectif de lecteurs, "
          "qui compte davantage pour les annonceurs."),
        H(1, "VI. Comment on bascule", {"decision-process": "thin"}),
        P("La directrice générale décide au comité de direction du premier lundi d'avril, chiffres de mars en "
          "main. La nouvelle offre est en ligne trois semaines plus tard. Les abonnés actuels gardent leur tarif."),
        H(1, "VII. Ce qu'on va nous objecter", {"objections": "ok"}),
        T([["Objection", "Notre réponse"],
           ["« Baisser le prix, c'est dévaloriser le journal. »",
            "Le prix plein revient au bout d'un an ; Ouest-Lorraine l'a fait en 2024 sans perte de lecteurs."],
           ["« Pourquoi ne pas attendre l'été ? »",
            "Chaque mois d'attente, c'est environ 300 abonnés perdus au bout de l'essai."],
           ["« L'alliance nous fera perdre notre identité. »",
            "Chaque titre garde son site, sa une et sa rédaction ; seul le paiement est commun."]]),
        H(1, "Annexe : d'où viennent les chiffres"),
        P("Tableau de bord de la plateforme d'abonnement, extraction du 25 novembre ; chiffres de diffusion papier "
          "certifiés par l'ACPM."),
    ],
)
