from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 63, written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French, a prepress operator at a printing works who skips proof approval. Guidance deleted, prompts
    replaced by prose, tables filled; two headings retyped by replacing their runs (bookmark lost); one section
    short of its minimum (thin); one section deleted with its heading.""",
    cover={"company": "Imprimerie Vauclair", "candidate": "Élodie Marchetti", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Karim", text=[
            "L'Imprimerie Vauclair, à Valence, emploie 41 personnes et imprime catalogues, étiquettes de vin et "
            "brochures pour des agences de la région. Karim Ouali est opérateur prépresse depuis six ans : il "
            "contrôle les fichiers des clients, fait les épreuves et envoie les plaques au calage. C'est un "
            "technicien rapide et apprécié de l'atelier, que je ne veux pas perdre.",
            "Depuis septembre, trois travaux sont partis en machine sans que l'épreuve signée du client soit "
            "revenue : un catalogue de 12 000 exemplaires avec une mauvaise couverture, réimprimé à nos frais "
            "(4 800 euros), et deux jeux d'étiquettes rattrapés de justesse au calage. Chaque fois, Karim a dit "
            "qu'il voulait tenir le délai promis par le commercial. J'ai relu les bons de travail, les courriels "
            "des clients et la procédure qualité signée en 2024. L'entretien aura lieu mardi à 14 h dans la salle "
            "du premier étage, loin du bruit des presses ; je prévois quarante-cinq minutes. Mon but : qu'il "
            "reparte en sachant exactement ce qui est attendu, sans se sentir accusé d'être lent."]),
        "opening": dict(status="ok", text=[
            "« Karim, merci d'être là. Je voulais te voir seul à seul au sujet des épreuves, parce que ce sujet "
            "touche toute la chaîne, du commercial à la presse. Ce n'est pas un entretien disciplinaire : je veux "
            "comprendre ce qui se passe de ton côté et qu'on sorte d'ici avec une façon de faire claire pour tous "
            "les deux. On a trois quarts d'heure devant nous, sans téléphone, et rien de ce qu'on dit ne sort de cette salle. Je commence par les faits, ensuite c'est toi qui parles, et tu peux m'arrêter si quelque chose te paraît injuste. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre et rassurer", "—", "5 min"],
            [None, "rappeler le rôle du prépresse dans la qualité", "Qu'est-ce que tu vérifies avant une plaque ?", "5 min"],
            [None, "citer les trois travaux, dates et coûts", "—", "5 min"],
            [None, "dire l'effet sur l'atelier et sur le client", "—", "3 min"],
            [None, "l'écouter sans l'interrompre", "Qu'est-ce qui t'a poussé à lancer sans épreuve ?", "10 min"],
            [None, "demander la règle : pas de plaque sans épreuve signée", "Qu'est-ce qui t'en empêcherait ?", "7 min"],
            [None, "expliquer ce qui se passe si ça recommence", "—", "3 min"],
            [None, "fixer les changements et la date du point", "Qu'est-ce qu'il te faut de ma part ?", "7 min"]]]),
        "expectations-recap": dict(status="thin", text=[
            "Le prépresse est le dernier contrôle avant la presse. La fiche de poste de Karim dit qu'aucune "
            "plaque ne part sans épreuve validée par écrit par le client ou par le chargé d'affaires."]),
        "desc-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "s'en tenir aux trois dossiers", "« Le 12 septembre, le 3 octobre et le 20 octobre, les plaques sont parties avant le retour de l'épreuve. »", "risque de se justifier tout de suite"],
            [None, "dire ce que ça me fait, sans juger", "« Je suis inquiète : le catalogue nous a coûté 4 800 euros et un client fâché. »", "il peut rappeler la pression du commercial"],
            [None, "une demande précise", "« Je te demande de ne lancer aucune plaque sans épreuve signée, même si le délai glisse. »", "accord probable, à faire reformuler"],
            [None, "positives et négatives", "« Si la règle tient, tu ne porteras plus seul les retards ; sinon je devrai le signaler à la direction. »", "à dire calmement"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce que Karim risque de me répondre", text=[
            "Il dira sans doute que les commerciaux promettent des délais intenables et qu'on lui reproche "
            "ensuite les retards. C'est en partie vrai : je lui répondrai que je parle moi-même aux commerciaux "
            "cette semaine et que le délai sera compté à partir de l'épreuve signée, pas de la commande.",
            "Il peut aussi dire que les clients ne répondent pas aux courriels. Je lui proposerai de relancer par "
            "téléphone au bout de quatre heures et, sans réponse, de me prévenir pour que je décide. S'il se "
            "ferme ou se sent visé, je rappellerai que je connais la qualité de son travail et que le problème "
            "est une règle mal tenue, pas sa compétence."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["Aucune plaque sans épreuve signée", "je préviens les commerciaux et la presse", "dès demain", "registre des épreuves contrôlé chaque vendredi"],
            ["Relance téléphonique après 4 h sans réponse", "je prends la décision si le client reste muet", "dès demain", "note dans le bon de travail"],
            ["Karim présente la règle à la réunion d'atelier", "je lui laisse la parole en début de réunion", "lundi 14", "compte rendu de réunion"]]]),
        "closing-follow-up": dict(status="ok", text=[
            "Je lui demande de redire avec ses mots ce qu'on a décidé, pour vérifier qu'on a compris la même "
            "chose. Je le remercie d'avoir parlé franchement de la pression des délais, et je lui dis que sa "
            "rapidité reste un atout pour l'atelier. Je lui envoie un court compte rendu par courriel le jour "
            "même. Nous refaisons le point dans un mois, le 15 janvier, à partir du registre des épreuves, et je lui dis que ma porte reste ouverte s'il bute sur un client pressé d'ici là."]),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "je le laisse expliquer avant de répondre, je reformule", "oui"],
            [None, "je redis que son travail est reconnu", "oui"],
            [None, "sujet annoncé dans la première minute", "oui"],
            [None, "fiche de poste et procédure rappelées", "oui"],
            [None, "trois changements avec échéance", "oui"],
            [None, "trois dossiers datés et chiffrés", "oui"],
            [None, "réponses préparées sur les commerciaux et les clients muets", "à vérifier pendant l'entretien"]]]),
    },
)
