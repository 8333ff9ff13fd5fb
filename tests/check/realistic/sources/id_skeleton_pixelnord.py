DOC = dict(
    deliverable="interview-dismissal",
    path="skeleton",
    language="fr",
    notes="""Started from our skeleton, French. Guidance deleted. The facts heading retyped as "Les faits
    reprochés" (runs replaced, bookmark lost), the objections heading retyped keeping its bookmark; the procedure
    checklist deleted; note-taking grid left untouched (its topic column is ours, nothing written: empty); self-check
    filled; the facts table is short (thin).""",
    cover={"project": "Pixel Nord", "candidate": "Antoine Delcourt", "company": "Pixel Nord SAS"},
    sections={
        "preparation": dict(status="ok", text=[
            "Pixel Nord est une agence de création de sites web de 28 personnes à Lille. Mme S., développeuse "
            "front-end en CDI depuis trois ans, est convoquée à un entretien préalable à un éventuel licenciement "
            "pour insuffisance professionnelle. Depuis dix mois, quatre projets clients ont été livrés en retard à "
            "cause de ses développements, et deux clients ont demandé qu'elle ne travaille plus sur leurs comptes. "
            "Un plan d'accompagnement de trois mois, avec une formation React et un binôme, n'a pas produit "
            "d'amélioration mesurable.",
            "Je mène l'entretien en tant que directeur de production, accompagné de la responsable administrative. "
            "J'ai préparé les tableaux de suivi des tickets, les comptes rendus du plan d'accompagnement et les deux "
            "courriels des clients. L'insuffisance professionnelle n'est pas une faute : je dois rester factuel, "
            "montrer que l'entreprise a donné les moyens de progresser et écouter les explications de Mme S., "
            "qui pourrait évoquer une charge de travail trop forte ou un manque de formation initiale. Je relis la veille la convention collective Syntec sur le préavis."]),
        "procedure-checklist": dict(status="missing"),
        "opening": dict(status="ok", text=[
            "« Bonjour Madame S., merci d'être venue. Comme indiqué dans la convocation, cet entretien est un "
            "entretien préalable à une éventuelle mesure de licenciement. Vous êtes accompagnée de M. B., membre du "
            "CSE, qui peut intervenir à tout moment. Je vais vous exposer les raisons pour lesquelles nous envisageons "
            "cette mesure, puis je vous écouterai. Aucune décision ne sera prise aujourd'hui : elle vous sera "
            "communiquée par écrit dans un second temps, après réflexion. Avez-vous des questions sur le déroulement avant que nous commencions ? Prenez le temps qu'il vous faut pour répondre. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "rappeler l'objet et les droits", "—", "5 min"],
            [None, "exposer les faits et le plan d'accompagnement", "Avez-vous des remarques sur ces éléments ?", "15 min"],
            [None, "écouter les explications", "Comment expliquez-vous ces retards ?", "15 min"],
            [None, "répondre aux questions du représentant", "—", "10 min"],
            [None, "indiquer la suite de la procédure", "—", "5 min"]]]),
        "facts-explained": dict(status="thin", retitle="Les faits reprochés", tables=[[
            ["février", "Site de la mutuelle Opalis livré avec trois semaines de retard", "tickets Jira, planning", "point individuel"],
            ["mai", "Plateforme d'Avenor refusée en recette pour 42 anomalies d'affichage", "rapport de recette du client", "plan d'accompagnement de trois mois"],
            ["septembre", "Demande écrite de deux clients de changer de développeur", "courriels des 4 et 11 septembre", "bilan du plan, sans progrès mesurable"]]]),
        "questions-objections": dict(status="ok", retitle="Ses questions et mes réponses", keep_bookmark=True, tables=[[
            ["« On m'a donné les projets les plus difficiles. »", "Les projets étaient répartis selon le plan de charge, que je peux montrer.", "vérifier la répartition 2025"],
            ["« Je n'ai jamais eu de vraie formation. »", "Une formation React de cinq jours a été suivie en juin ; je note la demande d'autres formations.", "attestation de formation"],
            ["« Est-ce que la décision est déjà prise ? »", "Non, elle le sera après l'entretien et après réflexion.", "—"]]]),
        "closing-follow-up": dict(status="ok", text=[
            "Je résume les explications de Mme S. et les points à vérifier, en particulier la répartition des projets "
            "en 2025. Je rappelle qu'aucune décision n'est prise aujourd'hui et que, si une mesure est décidée, elle "
            "lui sera notifiée par lettre recommandée au plus tôt deux jours ouvrables après cet entretien. Je la "
            "remercie, ainsi que M. B., pour la qualité de l'échange, et je lui propose de rentrer chez elle pour le "
            "reste de la journée si elle le souhaite, sans que cela soit décompté de ses congés."]),
        "note-taking-grid": dict(status="empty"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "faits datés, pas de jugement sur la personne", "oui"],
            [None, "trois questions ouvertes prévues", "oui"],
            [None, "droits rappelés, CSE présent", "oui"],
            [None, "pas de décision annoncée", "oui"],
            [None, "délai de notification annoncé", "oui"],
            [None, "relu par la responsable administrative", "oui"]]]),
    },
)
