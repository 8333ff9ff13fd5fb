from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="pandoc",
    language="fr",
    notes="""Held-out round 50 (h50_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: the manager of the click-and-collect service of La Musette, an organic grocery cooperative in
    Clermont-Ferrand, prepares a reframing interview with Théo, an order picker who has skipped the cold-chain
    checks several times. The author's own numbered headings, three of them in UPPER CASE; the DESC steps, the
    agreed changes and the self-check are tables. The opening and the reminder of the job share one heading
    (merged). The note-taking grid was deleted with its heading (missing).""",
    title="Entretien de recadrage – Théo, préparateur du drive",
    cover=["Rédigé par Amandine Chabrol, responsable du drive de La Musette",
           "Entretien prévu le lundi 18 janvier 2027 à 15 h"],
    missing=["note-taking-grid"],
    blocks=[
        H(1, "1. POURQUOI CET ENTRETIEN", {"preparation": "ok"}),
        P("Théo prépare les commandes du drive depuis mars 2025. Il est rapide, apprécié des clients qu'il "
          "sert au retrait, et il a su former deux saisonniers l'été dernier. Mais depuis novembre, la chaîne "
          "du froid n'est plus respectée sur ses préparations : trois fois, le relevé de température des bacs "
          "frais n'a pas été fait avant le chargement, et le 9 décembre une cliente a reçu un lot de yaourts à "
          "11 °C, qu'elle nous a rapporté avec une photo du thermomètre. Un contrôle de la DDPP est toujours "
          "possible, et une non-conformité pourrait fermer le rayon frais du drive."),
        P("Je lui en ai parlé deux fois, de façon informelle, à la pause. Rien n'a changé. Je passe donc à un "
          "entretien formel, sans sanction à ce stade, mais avec un compte rendu écrit. Avant de le recevoir, je "
          "rassemble les fiches de relevé de novembre et décembre, la réclamation de la cliente et la procédure "
          "affichée en chambre froide. Je vérifie aussi son planning : il a fait six fermetures d'affilée en "
          "décembre, ce qui peut expliquer une partie de la fatigue. Je réserve quarante-cinq minutes dans la "
          "salle de pause fermée, avant l'ouverture du drive."),
        H(1, "2. Ouvrir l'entretien et rappeler le poste", {"opening": "ok", "expectations-recap": "ok"}),
        P("Je le remercie de venir et j'annonce tout de suite l'objet : la chaîne du froid sur ses "
          "préparations, rien d'autre. Je lui dis que l'entretien est sérieux parce que la santé des clients est "
          "en jeu, mais que je ne remets pas en cause son travail en général, que j'apprécie. Je précise la "
          "durée et qu'un compte rendu sera signé par nous deux."),
        P("Je rappelle ensuite ce qu'on attend d'un préparateur du drive : préparer les commandes dans l'ordre "
          "des créneaux, relever la température de chaque bac frais et surgelé au moment de le fermer, noter le "
          "relevé sur la fiche, et refuser de charger un bac au-dessus de 4 °C pour le frais ou de -18 °C pour le "
          "surgelé. Ce relevé est écrit dans sa fiche de poste et dans la procédure qu'il a signée à son "
          "arrivée. Il prend moins d'une minute par commande."),
        H(1, "3. Le déroulé", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je dis ou fais", "Durée"],
           ["Accueil et objet", "remercier, annoncer le sujet et le cadre", "5 min"],
           ["Rappel du poste", "la règle des relevés et pourquoi elle existe", "5 min"],
           ["Les faits", "trois relevés manquants, la réclamation du 9 décembre", "5 min"],
           ["Sa version", "écouter ses raisons et ses objections", "15 min"],
           ["Ce qui change", "décider ensemble, écrire les engagements", "10 min"],
           ["Clôture", "relire, signer, fixer le prochain point", "5 min"]]),
        H(1, "4. LA MÉTHODE DESC, APPLIQUÉE À THÉO", {"desc-grid": "ok"}),
        T([["Étape", "Ce que je dis"],
           ["Décrire", "« Le 14 novembre, le 2 décembre et le 9 décembre, la fiche de relevé des bacs frais de "
                       "tes commandes est restée vide. Le 9, une cliente a reçu des yaourts à 11 °C. »"],
           ["Exprimer", "« Ça m'inquiète, parce qu'un client malade ou un contrôle sanitaire peut fermer le frais "
                        "du drive, et je sais que ce n'est pas ce que tu veux. »"],
           ["Spécifier", "« Je te demande un relevé pour chaque bac, à chaque commande, sans exception, et de me "
                         "prévenir si tu ne peux pas le faire. »"],
           ["Conséquences", "« Les clients repartent avec des produits sûrs, et tu gardes la confiance de "
                            "l'équipe. Si ça se reproduit, je devrai passer à un avertissement écrit. »"]]),
        H(1, "5. Ce qu'il va sans doute me répondre", {"explanations-objections": "ok"}),
        P("Je m'attends à ce qu'il parle du rythme. Le samedi, il prépare jusqu'à soixante commandes en quatre "
          "heures, et le thermomètre est souvent resté dans l'autre chambre froide. Je l'écoute jusqu'au bout et "
          "je reformule : « Tu veux dire que tu as choisi de tenir les créneaux plutôt que de chercher le "
          "thermomètre. » Je reconnais que l'outil n'est pas pratique, mais je maintiens que le relevé n'est pas "
          "négociable. S'il me dit que les autres ne le font pas non plus, je réponds que je vérifierai toutes "
          "les fiches, et que l'entretien d'aujourd'hui porte sur les siennes. S'il parle de ses six fermetures "
          "de décembre, je prends la remarque au sérieux et je m'engage à revoir le planning."),
        H(1, "6. Les engagements", {"agreed-changes": "ok"}),
        T([["Engagement", "Qui", "À partir de quand", "Comment on vérifie"],
           ["Relevé de chaque bac frais et surgelé, noté sur la fiche", "Théo", "dès demain",
            "contrôle des fiches chaque vendredi"],
           ["Un thermomètre fixé à chaque poste de préparation", "moi", "22 janvier", "achat de trois sondes"],
           ["Pas plus de trois fermetures d'affilée", "moi", "planning de février", "planning affiché"],
           ["Prévenir la responsable si le rythme empêche le relevé", "Théo", "dès demain", "appel ou message"]]),
        H(1, "7. FIN DE L'ENTRETIEN ET SUITE", {"closing-follow-up": "ok"}),
        P("Je relis avec lui les engagements et je lui demande s'il est d'accord avec chacun. Je lui redis que "
          "je compte sur lui, qu'il est un bon préparateur et que ce point doit simplement être réglé. Nous "
          "signons tous les deux le compte rendu. Je fixe un point de suivi le lundi 8 février, après trois "
          "semaines de fiches, et je lui dis que si tout est en ordre, nous n'en reparlerons plus. Je termine "
          "en lui demandant comment il se sent en sortant, pour ne pas le laisser partir sur une impression de "
          "sanction."),
        H(1, "8. Mon auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Ai-je…", "Oui / non"],
           ["annoncé l'objet dès la première minute ?", ""],
           ["rappelé la règle et la fiche de poste ?", ""],
           ["décrit des faits datés, sans jugement ?", ""],
           ["écouté ses raisons sans le couper ?", ""],
           ["répondu à ses objections sans céder sur la règle ?", ""],
           ["obtenu des engagements précis et une date de suivi ?", ""]]),
    ],
)
