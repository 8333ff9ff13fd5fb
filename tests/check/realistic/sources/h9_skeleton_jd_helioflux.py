from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: Hélioflux, an installer of rooftop solar panels near Montpellier (38 staff), recruits a
    site project manager and two maintenance technicians. Guidance deleted. The context heading retyped
    "Qui sommes-nous ? Hélioflux en 2026" and the skills heading retyped "Ce qui nous manque aujourd'hui" (runs
    replaced, bookmarks lost); the fit heading retyped "Exigences : pas trop, pas trop peu" keeping its bookmark.
    The competences matrix deleted with its heading (missing); the transversal skills written short (thin);
    every other section written, tables filled, organisation chart inserted.""",
    cover={"company": "Hélioflux SAS", "candidate": "Camille Roux", "team": "Camille Roux, Yanis Belkacem",
           "school": "Web School Factory"},
    sections={
        "company-context": dict(status="ok", retitle="Qui sommes-nous ? Hélioflux en 2026", text=[
            "Hélioflux pose des panneaux solaires sur les toits des maisons, des hangars agricoles et des "
            "petits bâtiments tertiaires dans l'Hérault et le Gard. Fondée en 2015 par deux anciens couvreurs, "
            "la société compte 38 salariés, dont 24 poseurs répartis en six équipes, et a réalisé 7,4 millions "
            "d'euros de chiffre d'affaires en 2025. Son image repose sur le soin apporté aux chantiers : aucun "
            "toit laissé ouvert la nuit, un interlocuteur unique du devis à la mise en service.",
            "Deux changements obligent à recruter. D'abord, les commandes de hangars agricoles ont doublé depuis "
            "que la chambre d'agriculture recommande nos installations : ces chantiers durent trois semaines au "
            "lieu de deux jours et demandent une vraie coordination avec le raccordement. Ensuite, le parc déjà "
            "posé atteint 2 300 installations, dont 600 sous contrat d'entretien, et personne n'est affecté à "
            "la maintenance : les poseurs interviennent entre deux chantiers, souvent avec trois semaines de "
            "retard. La direction veut une équipe maintenance séparée avant l'été 2027.", "Les deux associés veulent aussi garder une entreprise où chacun connaît le nom de tous les clients, ce qui pèse sur le choix des profils."]),
        "organisation-chart": dict(status="ok", image=["Direction (2 associés)", "Bureau d'études", "Chef de projet chantiers (à recruter)", "6 équipes de pose", "Maintenance : 2 techniciens (à recruter)"],
                                   caption="Hélioflux début 2027 : les trois postes à pourvoir sont en orange, rattachés au directeur technique."),
        "skills-needs": dict(status="ok", retitle="Ce qui nous manque aujourd'hui", text=[
            "Nous avons listé avec le directeur technique, Marc Estève, ce que les gros chantiers et le parc "
            "installé exigent et que l'équipe actuelle ne sait pas faire ou n'a pas le temps de faire. Sur les "
            "hangars, il manque quelqu'un qui planifie trois semaines de travaux, commande le matériel au bon "
            "moment, parle avec Enedis pour le raccordement et tient le client informé. Aujourd'hui c'est Marc "
            "qui le fait le soir, et deux chantiers sur cinq ont pris plus d'une semaine de retard en 2025.",
            "Pour la maintenance, il faut savoir diagnostiquer un onduleur à distance, lire les courbes de "
            "production, intervenir en hauteur en sécurité et expliquer au client ce qui s'est passé. Nos poseurs "
            "savent monter un toit mais seuls deux d'entre eux ont une habilitation électrique BR. Nous décrivons "
            "donc deux postes : un chef de projet chantiers et un technicien de maintenance, recruté deux fois.", "Le bureau d'études, de son côté, est au complet : nous n'y ajoutons personne cette année, mais il devra transmettre chaque dossier au nouveau chef de projet dès la signature du devis."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Chef de projet chantiers", "piloter les chantiers de plus de 100 kWc de la commande à la mise en service", "1", "directeur technique", "CDI", "Camille Roux"],
            ["Technicien de maintenance photovoltaïque", "garder le parc sous contrat en état de produire", "2", "directeur technique", "CDI", "Yanis Belkacem"]]]),
        "job-description": dict(status="ok", skip_cols=1, tables=[[
            [None, "Chef de projet chantiers photovoltaïques (H/F)"],
            [None, "Marc Estève, directeur technique"],
            [None, "Livrer les grands chantiers à la date promise, sans accident et dans le budget"],
            [None, "Planifier les équipes de pose, commander le matériel, suivre le raccordement avec Enedis, réceptionner le chantier avec le client"],
            [None, "Huit à douze chantiers par an, de 100 à 500 kWc, budget de 80 000 à 400 000 euros chacun"],
            [None, "Lire un plan de toiture, bâtir un planning, négocier avec les fournisseurs, connaître la norme NF C 15-100"],
            [None, "Rigueur, calme sur un chantier qui dérape, clarté avec les clients agriculteurs"],
            [None, "Bac+3 en génie électrique ou BTS avec cinq ans de conduite de travaux"],
            [None, "Basé à Lunel, 60 % sur les chantiers, véhicule de service, astreinte une semaine sur six"],
            [None, "Chantiers livrés à la date, écart budgétaire, accidents déclarés, satisfaction client"]]]),
        "key-competences": dict(status="missing"),
        "transversal-skills": dict(status="thin", text=[
            "Trois qualités comptent plus que les autres chez nous, parce que nos clients nous recommandent surtout pour notre sérieux."],
            tables=[[
            ["Fiabilité", "un toit ouvert est un toit qui fuit", "prévient quand il sera en retard", "mise en situation"],
            ["Pédagogie", "les clients veulent comprendre", "explique sans jargon", "jeu de rôle"]]]),
        "profile-fit": dict(status="ok", retitle="Exigences : pas trop, pas trop peu", keep_bookmark=True, text=[
            "Nous avons vérifié chaque exigence contre deux choses : ce que le poste fait vraiment au quotidien et "
            "ce que le marché de Montpellier propose. Pour le chef de projet, nous demandions d'abord un diplôme "
            "d'ingénieur ; en regardant les profils des chefs de chantier de nos concurrents, nous avons vu que la "
            "plupart viennent d'un BTS et ont appris sur le terrain. Un ingénieur coûterait 15 % de plus et "
            "risquerait de s'ennuyer sur des chantiers de cette taille. Nous acceptons donc un BTS avec cinq ans de "
            "conduite de travaux, et nous ne transigeons pas sur l'expérience du raccordement.",
            "Pour les techniciens, l'habilitation électrique BR et le travail en hauteur sont indispensables, la "
            "connaissance d'une marque d'onduleur est seulement souhaitée, car le fabricant forme en deux jours. "
            "Le salaire proposé, 2 300 euros brut plus une prime d'astreinte, est dans la moyenne régionale "
            "d'après l'enquête de la fédération du bâtiment, ce qui évite de viser un profil introuvable.", "Nous avons enfin retiré le permis poids lourd, qui figurait dans la première version par habitude."]),
        "requirements-grid": dict(status="ok", tables=[[
            ["Habilitation électrique BR", "indispensable", "interventions sur onduleurs sous tension", "copie du titre"],
            ["Cinq ans de conduite de travaux", "indispensable", "chantiers de trois semaines à coordonner", "entretien sur un chantier passé"],
            ["Anglais technique", "souhaité", "notices des onduleurs", "lecture d'une notice"]]]),
    },
)
