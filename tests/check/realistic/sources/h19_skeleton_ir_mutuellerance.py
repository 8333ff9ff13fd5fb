from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the team leader of the phone service of Mutuelle des Pays de Rance, a health insurer in Dinan,
    prepares a reframing interview with an experienced adviser who closes calls without logging their reason in
    the new customer software and transfers a third of her calls to colleagues. Guidance deleted everywhere.
    Three headings retyped by replacing their runs, bookmark lost: the preparation ("Avant de recevoir Sandrine"),
    the missions ("Ce que prévoit son poste") and the objections ("Ce qu'elle risque de me dire"); the other
    headings kept as generated. Every table filled; the closing holds two sentences (thin); the note-taking grid
    deleted with its heading (missing).""",
    cover={"company": "Mutuelle des Pays de Rance", "candidate": "Hélène Quéré", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Sandrine", text=[
            "La Mutuelle des Pays de Rance assure 58 000 adhérents entre Dinan, Saint-Malo et Dinard. Le plateau "
            "téléphonique de Dinan compte onze conseillers que j'encadre depuis deux ans ; il reçoit environ "
            "1 300 appels par jour sur les remboursements, les devis dentaires et optiques et les changements de "
            "contrat. Depuis septembre, chaque appel doit être enregistré dans le nouveau logiciel de relation "
            "adhérent, avec son motif et sa suite, pour que le collègue qui reprend le dossier sache ce qui a été "
            "dit. Sandrine Lemée, 52 ans, est conseillère depuis dix-sept ans ; elle connaît les garanties mieux "
            "que personne et les adhérents la demandent par son prénom.",
            "Les faits sont les suivants. Sur les six dernières semaines, 41 % de ses appels ont été clos sans "
            "motif dans le logiciel, contre 6 % en moyenne sur le plateau. Sur la même période, elle a transféré "
            "un appel sur trois à un collègue, souvent des questions de devis qu'elle traitait seule auparavant. "
            "Le 18 novembre, une adhérente a rappelé trois fois pour le même devis optique parce que rien "
            "n'avait été noté ; elle a fini par déposer une réclamation.",
            "Ce que j'attends : un motif saisi pour chaque appel et des transferts limités aux cas qui relèvent "
            "vraiment d'un autre service. Je la recevrai le jeudi 10 décembre à 14 h, dans le bureau vitré du "
            "premier étage, pendant quarante-cinq minutes, après avoir demandé à un collègue de prendre sa ligne."]),
        "opening": dict(status="ok", text=[
            "« Sandrine, merci d'avoir pris ce temps. Je t'ai demandé de venir pour parler de deux choses précises "
            "que je vois dans les chiffres depuis la mise en place du nouveau logiciel : les appels clos sans "
            "motif et les transferts. Ce n'est pas une question de compétence, tu es celle que tout le plateau "
            "appelle quand une garantie est compliquée. Mais ces deux points ont des conséquences pour les "
            "adhérents et pour tes collègues, et je veux qu'on trouve ensemble comment les régler. J'ai aussi "
            "besoin de comprendre ce qui se passe pour toi avec cet outil. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "dire pourquoi elle est là, reconnaître son expérience", "—", "3 min"],
            [None, "relire ensemble la procédure d'enregistrement", "Tu as eu la note de septembre ?", "4 min"],
            [None, "les deux chiffres, l'appel du 18 novembre", "—", "5 min"],
            [None, "l'effet sur l'adhérente et sur l'équipe", "—", "4 min"],
            [None, "la laisser parler sans couper", "Qu'est-ce qui se passe quand tu décroches ?", "12 min"],
            [None, "les deux demandes, chiffrées", "Qu'est-ce qui t'aiderait à y arriver ?", "7 min"],
            [None, "ce qui suit, dans les deux sens", "—", "3 min"],
            [None, "écrire les engagements, fixer le point", "Le 14 janvier te convient ?", "7 min"]]]),
        "expectations-recap": dict(status="ok", retitle="Ce que prévoit son poste", text=[
            "La fiche de poste des conseillers, révisée en juin, prévoit de traiter la demande de l'adhérent de "
            "bout en bout chaque fois que c'est possible, et de ne transférer que les questions qui relèvent "
            "d'un autre service : le contentieux, les prestations de prévoyance et les réclamations écrites. "
            "La note de service du 2 septembre ajoute que chaque appel est enregistré dans le logiciel avec son "
            "motif et sa suite avant la prise de l'appel suivant. Les deux règles ont été présentées en réunion "
            "d'équipe et lors des deux jours de formation que Sandrine a suivis."]),
        "desc-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "les faits, datés, chiffrés",
             "« Sur six semaines, 41 % de tes appels sont clos sans motif, et un sur trois est transféré. Le 18 "
             "novembre, Mme Rault a appelé trois fois pour son devis. »",
             "elle dira peut-être que les chiffres du logiciel sont faux"],
            [None, "ce que cela produit",
             "« Tes collègues reprennent des dossiers sans savoir ce qui a été dit, et l'adhérente a fini par se "
             "plaindre. Ça me préoccupe, parce que je sais que tu tiens à elles. »", "émotion possible"],
            [None, "la demande, sans ambiguïté",
             "« Un motif pour chaque appel, et les devis dentaires et optiques traités par toi, comme avant. »",
             "elle va parler de la lenteur de l'écran"],
            [None, "la suite",
             "« Si on y arrive, je te propose de devenir la personne ressource des garanties pour les nouveaux. "
             "Sinon, je devrai en parler au responsable du service. »", "silence, puis accord ou refus"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce qu'elle risque de me dire", text=[
            "« Le logiciel est trop lent, je ne vais pas faire attendre l'adhérent pendant que je clique. » Je "
            "reconnais que l'écran du motif demande quatre clics et je m'engage à demander un raccourci à "
            "l'éditeur ; en attendant, elle peut saisir le motif juste après avoir raccroché, avant l'appel "
            "suivant.",
            "« Les devis, ce n'est plus mon travail depuis qu'il y a le nouvel outil. » Je lui montre que la "
            "fiche de poste n'a pas changé sur ce point et je lui demande ce qui la gêne dans l'écran des devis.",
            "« Les autres aussi transfèrent. » Je réponds que je parle avec chacun et qu'aujourd'hui nous parlons "
            "de ses appels.",
            "Si elle dit qu'elle se sent dépassée par l'outil, je l'entends sans minimiser et je propose une "
            "demi-journée en binôme avec Yannick, qui le maîtrise bien."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["Un motif saisi pour chaque appel", "raccourci demandé à l'éditeur, fiche des motifs sur son poste",
             "dès le 11 décembre", "taux d'appels sans motif chaque vendredi"],
            ["Devis dentaires et optiques traités par elle", "demi-journée en binôme avec Yannick",
             "d'ici fin décembre", "part des transferts, sous 10 %"],
            ["Me dire quand l'outil bloque", "un point de dix minutes chaque lundi", "tout janvier",
             "liste des blocages transmise à l'éditeur"]]]),
        "closing-follow-up": dict(status="thin", text=[
            "Je lui demande de redire ce que nous avons convenu. Je lui envoie le compte rendu demain et nous "
            "refaisons le point le 14 janvier."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je la laisse parler douze minutes sans l'interrompre", "oui"],
            [None, "je dis dès l'ouverture qu'elle est la référence du plateau", "oui"],
            [None, "l'objet annoncé dans la première phrase", "oui"],
            [None, "fiche de poste et note de septembre relues ensemble", "oui"],
            [None, "binôme, raccourci, point du lundi", "oui"],
            [None, "deux chiffres et une date", "oui"],
            [None, "réponses prêtes sur la lenteur et les devis", "à revoir"]]]),
    },
)
