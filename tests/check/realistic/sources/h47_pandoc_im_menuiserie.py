from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="pandoc",
    language="fr",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, French: the workshop manager of a joinery SME in the Jura prepares a talk with a CNC operator of
    twelve years who has stopped proposing improvements since a younger colleague was made team leader.
    Numbered headings of the author's own; the facts are set out in a table; the note grid heading was left
    with nothing under it (empty); no self-check against the criteria (missing).""",
    title="Préparer l'entretien avec Patrick Vuillet",
    cover=["Menuiseries Bourgeois, Champagnole", "Document de travail de Sandrine Girod, responsable d'atelier – mars 2027"],
    blocks=[
        H(1, "1. Pourquoi cet entretien, et comment je m'y prépare", {"preparation": "ok"}),
        P("Patrick Vuillet conduit le centre d'usinage numérique depuis douze ans. C'est lui qui a écrit la "
          "plupart des programmes de nos fenêtres en chêne et il a longtemps été celui qui proposait les "
          "améliorations : un gabarit de perçage, un nouvel ordre de coupe qui a fait gagner un quart d'heure par "
          "série. Depuis que Julien, arrivé il y a trois ans, a été nommé chef d'équipe en novembre, Patrick ne "
          "propose plus rien. Il fait son travail correctement, mais il ne vient plus aux réunions du lundi et "
          "répond par un haussement d'épaules quand on lui demande son avis."),
        P("Je ne cherche pas à lui reprocher quoi que ce soit : ses pièces sont bonnes et il n'a aucune absence. "
          "Je veux comprendre ce que la nomination de Julien a changé pour lui et retrouver son envie de faire "
          "avancer l'atelier. Je l'invite par écrit, une semaine avant, pour le mardi 16 mars à 9 heures, dans la "
          "salle de pause vidée, loin du bruit. Je bloque une heure et quart. Avant, je relis son entretien "
          "annuel de l'an dernier, la liste de ses propositions depuis 2019 et les comptes rendus des réunions du "
          "lundi. J'en parle aussi à Julien, sans lui demander de jugement sur Patrick."),
        H(1, "2. Les cinq premières minutes", {"opening": "ok"}),
        P("Je le remercie de prendre ce temps et j'annonce tout de suite pourquoi : « Patrick, je voulais te voir "
          "parce que ton avis a toujours compté à l'atelier et que j'ai le sentiment qu'on ne l'entend plus depuis "
          "cet hiver. Ce n'est pas une convocation, rien de ce qu'on se dit ne part dans ton dossier. Je veux "
          "comprendre et voir avec toi ce qui pourrait changer. » Je lui dis qu'il peut poser ses questions à tout "
          "moment et que nous fixerons la suite ensemble. Je lui sers un café et je m'assois à côté de lui, pas "
          "derrière un bureau."),
        H(1, "3. Le fil de la discussion", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche", "Minutes"],
           ["Accueil", "poser un cadre rassurant", "5"],
           ["Son métier", "rappeler ce qu'il fait et ce que j'ai remarqué", "10"],
           ["Sa version", "l'écouter sans l'interrompre", "25"],
           ["Idées", "construire des pistes avec lui", "20"],
           ["Engagements", "écrire le plan et fixer une date", "10"]]),
        H(1, "4. Ce que je lui rappelle", {"facts": "ok"}),
        P("Je commence par son rôle : il programme et conduit le centre d'usinage, il forme les intérimaires sur "
          "la machine et il est le référent des réglages quand une série pose problème. Ensuite je lui présente "
          "ce que j'ai noté, en restant sur des faits datés, sans interprétation. Je lui précise aussi ce qui va "
          "bien : aucune pièce refusée par le contrôle depuis un an et des délais toujours tenus, ce qui montre "
          "que le problème n'est pas la qualité de son travail."),
        T([["Date", "Fait observé", "Source"],
           ["depuis novembre", "absent de neuf réunions du lundi sur onze", "feuilles de présence"],
           ["janvier", "n'a pas répondu à l'appel à idées sur les chutes de chêne", "boîte à idées"],
           ["février", "a refusé de former le nouvel intérimaire sur la machine", "échange avec Julien"],
           ["2019 à 2024", "quatorze propositions, dont neuf appliquées", "registre des améliorations"]]),
        H(1, "5. Écouter vraiment", {"active-listening": "ok"}),
        P("Après les faits, je lui laisse la parole : « Comment tu vis les choses à l'atelier en ce moment ? » Je "
          "m'attends à ce qu'il parle de la nomination de Julien, peut-être comme d'un manque de reconnaissance "
          "après douze ans. Je ne la justifie pas et je ne la critique pas. Je reformule (« si je comprends bien, "
          "tu as eu l'impression qu'on ne t'avait même pas demandé si le poste t'intéressait ») et je vérifie que "
          "j'ai bien compris. Je laisse les silences durer, je regarde Patrick plutôt que mes notes et je note "
          "ses mots exacts pour pouvoir les lui relire à la fin. S'il s'énerve, je ne me défends pas : je lui dis "
          "que j'entends sa colère et je lui demande ce qui l'a le plus blessé."),
        H(1, "6. Trouver des pistes à deux", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qui lui donnerait envie de s'impliquer à nouveau. Si la conversation cale, "
          "j'ai trois idées en réserve. Lui confier officiellement le rôle de référent technique de la machine, "
          "avec une demi-journée par mois pour préparer les nouveaux programmes. Lui proposer d'animer lui-même un "
          "atelier d'amélioration sur les chutes de chêne, avec une petite enveloppe pour les essais. Enfin, "
          "regarder avec lui la formation de programmeur sur logiciel de FAO qu'il avait demandée en 2023 et que "
          "nous avions reportée. Je précise qu'on ne retient que ce qui lui convient. Je veux qu'il reparte avec "
          "au moins une idée qui vient de lui, pas seulement des miennes, et que Julien soit associé à la suite "
          "pour que personne ne se sente contourné."),
        H(2, "6.1 Nos engagements", {"action-plan": "ok"}),
        T([["Engagement", "Porté par", "Échéance"],
           ["Fiche de référent technique rédigée ensemble", "Sandrine et Patrick", "30 mars"],
           ["Inscription à la formation FAO", "Sandrine", "15 avril"],
           ["Premier atelier sur les chutes de chêne", "Patrick", "mai"],
           ["Point à trois avec Julien sur la répartition des rôles", "Sandrine", "avril"]]),
        H(1, "7. Terminer l'entretien", {"closing-follow-up": "ok"}),
        P("Pour finir, je résume ce que Patrick m'a dit avec ses propres mots et je relis les engagements un par "
          "un. Je lui demande s'il est d'accord avec ce résumé et s'il veut ajouter quelque chose. Nous fixons "
          "ensemble le prochain point, le mardi 20 avril à 9 heures, au même endroit. Je lui envoie le compte "
          "rendu le jour même, il peut le corriger avant que je le classe. Je le remercie sincèrement pour sa "
          "franchise et je lui redis que l'atelier a besoin de son regard."),
        H(1, "8. Grille pour mes notes", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
