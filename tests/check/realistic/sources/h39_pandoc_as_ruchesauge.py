from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Les Ruches du Pays d'Auge, a cooperative running three coworking spaces (Lisieux, Honfleur,
    Pont-l'Évêque), is far behind its plan on paying members and desk occupancy one year after opening Honfleur.
    Shortened and question headings ("Le plan de départ", "Quand changer de cap ?", "Comparatif", "Qui tranche,
    et quand ?"); the description of the alternatives is split over two headings ("Les pistes A et B" and
    "Et la piste C ?"); the comparison is a table, followed by a weighted version under its own sub-heading. The
    authors never answer the objections they expect (missing).""",
    title="Les Ruches du Pays d'Auge – Que faire si les chiffres ne remontent pas ?",
    cover=["Étude de cas n° 1 – solutions alternatives", "Manon Lecointe et Julien Hervieu – décembre 2026"],
    blocks=[
        H(1, "Le plan de départ", {"baseline-reminder": "ok"}),
        P("Les Ruches du Pays d'Auge est une coopérative qui gère trois espaces de coworking : Lisieux, ouvert en "
          "2022, Pont-l'Évêque en 2023 et Honfleur, le plus grand, en septembre 2025. Le plan d'affaires voté par "
          "les sociétaires prévoyait 140 membres payants à la fin de 2026, un taux d'occupation des postes de 65 % "
          "et l'équilibre d'exploitation en 2027, avec un chiffre d'affaires de 310 000 euros. Nous suivons "
          "chaque mois quatre chiffres : le nombre de membres abonnés, l'occupation des postes, le chiffre "
          "d'affaires des salles de réunion et la trésorerie disponible. Fin novembre, nous comptons 78 membres "
          "et une occupation de 41 %, surtout faible à Honfleur, alors que les salles de réunion rapportent 20 % "
          "de plus que prévu. La trésorerie couvre encore sept mois de charges."),
        H(1, "Quand changer de cap ?", {"kpi-scenarios": "ok"}),
        P("Nous avons fixé avec le conseil les seuils qui obligent à agir, pour ne pas décider sous le coup de "
          "l'émotion au prochain mauvais mois."),
        T([["Indicateur", "Prévu fin 2026", "Réel fin novembre", "Seuil d'alerte", "Ce qui se passe alors"],
           ["Membres payants", "140", "78", "moins de 95 en mars 2027", "on lance une piste"],
           ["Occupation des postes", "65 %", "41 %", "moins de 50 % trois mois de suite", "on réduit la surface"],
           ["CA salles de réunion", "4 000 €/mois", "4 800 €/mois", "—", "on s'appuie dessus"],
           ["Trésorerie", "9 mois de charges", "7 mois", "moins de 4 mois", "le conseil se réunit en urgence"]]),
        H(1, "Les pistes A et B", {"alternatives": "ok"}),
        P("**Piste A : vendre des postes aux entreprises.** Plusieurs salariés d'entreprises de Caen et de Rouen "
          "habitent la côte et télétravaillent deux ou trois jours par semaine, souvent dans leur cuisine. Nous "
          "proposerions à leurs employeurs un forfait de dix jours par mois et par salarié, facturé à "
          "l'entreprise, avec un badge valable dans les trois Ruches. Deux entreprises, un cabinet d'expertise "
          "comptable et un éditeur de logiciels, nous ont déjà dit être intéressées. Cette piste demande surtout "
          "du temps commercial : une personne à mi-temps pendant six mois."),
        P("**Piste B : transformer une partie de Honfleur en bureaux fermés.** La moitié de l'open space de "
          "Honfleur est vide presque tous les jours, alors que nous refusons chaque mois des demandes de petites "
          "équipes qui veulent un bureau à elles. Nous cloisonnerions 180 mètres carrés en six bureaux de deux à "
          "quatre personnes, loués au mois avec l'accès aux salles de réunion. Les travaux coûtent environ 48 000 "
          "euros et prennent deux mois, et chaque bureau se loue entre 450 et 900 euros par mois selon sa taille."),
        H(1, "Et la piste C ?", {"alternatives": "ok"}),
        P("**Piste C : fermer Pont-l'Évêque et regrouper les membres.** C'est l'espace le plus petit, avec "
          "quinze membres seulement, et son bail se termine en septembre 2027. En ne le renouvelant pas, nous "
          "économiserions 38 000 euros par an de loyer et de charges. Les membres actuels pourraient garder leur "
          "abonnement à Lisieux, à vingt minutes, mais nous en perdrions sans doute la moitié, et la communauté "
          "de communes, qui nous a aidés à ouvrir, le prendrait mal."),
        H(1, "Comparatif", {"alternatives-comparison": "ok"}),
        T([["", "A. Forfaits entreprises", "B. Bureaux fermés à Honfleur", "C. Fermer Pont-l'Évêque"],
           ["Coût de départ", "18 000 € (mi-temps commercial)", "48 000 € de travaux", "4 000 € de déménagement"],
           ["Effet sur le CA annuel", "+45 000 € si 25 salariés", "+52 000 € si 6 bureaux loués", "−9 000 €"],
           ["Effet sur les charges", "aucun", "+3 000 € d'entretien", "−38 000 €"],
           ["Délai avant effet", "4 à 6 mois", "3 mois après les travaux", "octobre 2027"],
           ["Risque principal", "entreprises qui n'achètent pas", "bureaux vides après travaux", "membres perdus, image"],
           ["Indicateur qu'elle fait remonter", "membres payants", "occupation", "trésorerie"]]),
        H(2, "Avec des poids", {"weighted-scoring": "ok"}),
        T([["Critère (poids)", "A", "B", "C"],
           ["Effet sur la trésorerie en 2027 (35 %)", "3", "4", "4"],
           ["Risque (25 %)", "3", "3", "2"],
           ["Rapidité (20 %)", "3", "4", "1"],
           ["Fidélité aux valeurs de la coopérative (20 %)", "4", "4", "1"],
           ["Total pondéré", "3,2", "3,75", "2,3"]]),
        H(1, "Ce que nous conseillons", {"recommendation": "ok"}),
        P("Nous recommandons de lancer la piste B dès janvier, et de préparer la piste A en parallèle sans "
          "embaucher tout de suite. Les bureaux fermés répondent à une demande que nous voyons déjà : onze "
          "équipes nous ont demandé un bureau à elles en 2026 et nous avons dû les refuser. Ils remplissent la "
          "partie vide de Honfleur sans toucher à l'ambiance des deux autres Ruches, et ils se louent au mois, "
          "ce qui donne un revenu régulier que les postes à la journée n'apportent pas. Les 48 000 euros de "
          "travaux seraient financés pour moitié par le prêt d'honneur de la région, que nous pouvons encore "
          "demander. Pour la piste A, Manon contactera elle-même les deux entreprises intéressées avant de "
          "recruter qui que ce soit : si elles signent, un mi-temps commercial se justifie. La piste C reste en "
          "réserve. Nous ne la proposons pas aujourd'hui, parce qu'elle réduit les charges sans créer de revenus "
          "et qu'elle abîmerait notre relation avec la communauté de communes, mais elle redevient la bonne "
          "réponse si la trésorerie passe sous quatre mois de charges."),
        H(1, "Qui tranche, et quand ?", {"decision-process": "ok"}),
        P("Le conseil de la coopérative, qui réunit neuf sociétaires, votera la piste B lors de sa séance du 14 "
          "janvier, sur la base de ce document et de deux devis de travaux. Si le vote est positif, les travaux "
          "commencent début février et les bureaux sont proposés à la location dès le mois de mars, d'abord aux "
          "onze équipes déjà venues nous voir. Julien suit chaque mois les quatre indicateurs et les présente "
          "au conseil avec un code couleur. En mars, le conseil regarde les membres payants : au-dessous de 95, "
          "la piste A est lancée avec l'embauche d'un mi-temps. En juin, si la trésorerie est passée sous quatre "
          "mois, nous ouvrons la discussion sur Pont-l'Évêque avec la communauté de communes, avant d'envoyer "
          "le moindre courrier au propriétaire."),
    ],
    missing=["objections"],
)
