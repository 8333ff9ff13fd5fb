from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="deck",
    via="python-pptx",
    language="fr",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. python-pptx deck,
    French, 11 slides with the title slide: a rural car-sharing cooperative in the Mayenne bocage (Bocage Mobile)
    prepares what it does if its app misses its targets. Short titles and one question; the thresholds and the
    weighted scoring as tables; the choice and how the switch is decided share one slide (merged); an agenda, a slide of the
    author's own on what the field told them and a closing thank-you slide; the objections slide has a title and
    nothing else (empty). Speaker notes on some slides.""",
    title="Bocage Mobile – Et si l'appli ne décolle pas ?",
    cover=["Étude de cas 1 – solutions alternatives", "Clémence Aubry · promotion 2026"],
    blocks=[
        Slide("Au programme", {},
              ["Où on en est", "Les seuils qui déclenchent un plan B", "Trois pistes et leur note",
               "Notre choix", "Vos questions"]),
        Slide("Le plan de départ", {"baseline-reminder": "ok"},
              ["Une appli de covoiturage entre 23 communes du nord Mayenne, lancée en mars 2026",
               "Financée par la communauté de communes : 85 000 € sur deux ans",
               "Cible fin 2026 : 600 inscrits actifs, 1 200 trajets partagés par mois",
               "Aujourd'hui (octobre) : 410 inscrits, 380 trajets par mois, 71 % des trajets le matin"],
              notes="Rappeler que le conseil communautaire revote la subvention en février : c'est pour ça qu'on "
                    "prépare un plan B maintenant, pas en janvier."),
        Slide("Ce que le terrain nous a dit", {},
              ["Les conducteurs partent à 6 h 40, les passagers voudraient 7 h 30",
               "Les plus âgés n'ont pas de smartphone mais ont un fixe",
               "Trois entreprises de la zone d'activité de Gorron cherchent à loger leurs intérimaires"],
              notes="Vingt-deux entretiens au marché de Gorron et devant la maison de santé d'Ambrières."),
        Slide("Quand déclencher le plan B ?", {"kpi-scenarios": "ok"},
              table=[["Indicateur", "Seuil d'alerte", "Valeur oct.", "Scénario", "Ce qu'on fait"],
                     ["Trajets partagés / mois", "< 700 en décembre", "380", "décrochage", "on active une alternative"],
                     ["Taux de remplissage", "< 1,6 personne / voiture", "1,4", "sous-usage", "relance ciblée"],
                     ["Conducteurs actifs", "< 90", "104", "à surveiller", "parrainage conducteurs"],
                     ["Coût par trajet", "> 6 €", "9,30 €", "dérive", "revoir le modèle de financement"]],
              notes="Deux indicateurs sur quatre sont déjà au rouge. On ne panique pas, mais on choisit en décembre."),
        Slide("Trois pistes", {"alternatives": "ok"},
              ["A. S'adosser au transport à la demande du Département : nos conducteurs bénévoles couvrent les "
               "heures creuses, réservation par téléphone",
               "B. Passer par les employeurs : covoiturage domicile-travail pour les trois usines de Gorron, "
               "financé par le forfait mobilités durables",
               "C. Un réseau solidaire de conducteurs retraités pour les rendez-vous médicaux, indemnisés au "
               "kilomètre par la MSA",
               "Chaque piste garde l'appli, mais change qui paie et qui voyage"],
              image=["Piste A : transport à la demande", "Piste B : employeurs", "Piste C : réseau solidaire"]),
        Slide("Côte à côte", {"alternatives-comparison": "ok"},
              table=[["", "A. TAD Département", "B. Employeurs", "C. Solidaire"],
                     ["Trajets / mois visés", "+250", "+700", "+180"],
                     ["Coût pour nous", "faible", "moyen (animation)", "faible"],
                     ["Qui paie", "Département", "entreprises + FMD", "MSA + usagers"],
                     ["Délai de mise en route", "6 mois (convention)", "2 mois", "3 mois"],
                     ["Effet sur le coût par trajet", "8,10 €", "4,20 €", "7,50 €"],
                     ["Risque principal", "lenteur administrative", "dépendance à 3 sites", "peu de bénévoles"]]),
        Slide("Notation pondérée", {"weighted-scoring": "ok"},
              table=[["Critère (poids)", "A", "B", "C"],
                     ["Volume de trajets (35 %)", "2", "5", "2"],
                     ["Coût par trajet (25 %)", "3", "4", "3"],
                     ["Rapidité (20 %)", "1", "4", "3"],
                     ["Utilité sociale (20 %)", "4", "2", "5"],
                     ["Total sur 5", "2,45", "3,95", "3,05"]],
              notes="Les poids ont été fixés avec la vice-présidente mobilité avant de noter, pour éviter qu'on "
                    "arrange la grille après coup. Même en montant l'utilité sociale à 30 % (et le volume à 25 %), B reste devant."),
        Slide("On part sur B, et voici comment on bascule", {"recommendation": "ok", "decision-process": "ok"},
              ["Recommandation : la piste employeurs, parce qu'elle double les trajets en deux mois et fait tomber "
               "le coût par trajet sous 5 €",
               "On garde de C le numéro de téléphone pour les personnes sans smartphone",
               "Décision : bureau communautaire du 15 décembre, sur la base des chiffres de novembre",
               "Si le seuil de 700 trajets n'est pas atteint, signature des conventions avec les trois usines en "
               "janvier, animation par une chargée de mission à mi-temps",
               "Point d'étape en avril : si B ne dépasse pas 900 trajets, on ouvre aussi A"],
              notes="C'est la diapo clé : dire clairement qui décide, quand, et sur quel chiffre."),
        Slide("Objections ?", {"objections": "empty"}),
        Slide("Merci", {},
              ["Questions bienvenues",
               "Contact : clemence.aubry@bocage-mobile.fr"]),
    ],
)
