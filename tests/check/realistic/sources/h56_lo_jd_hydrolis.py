from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer, French: Hydrolis, a Nantes start-up selling water-leak sensors to social
    landlords, recruits two people for its deployment with a landlord. The authors' own headings, some sub-headings
    as bold Normal paragraphs, two sections merged under one heading, one heading left with nothing under it.""",
    title="Hydrolis – Deux recrutements pour le déploiement Estuaire Habitat",
    cover=["Cas d'entreprise 2 – fiches de poste", "Inès Tanguy et Romain Perrot", "Décembre 2026"],
    blocks=[
        H(1, "I. Hydrolis aujourd'hui", {"company-context": "ok"}),
        P("Hydrolis a été créée en 2022 à Nantes par deux anciens ingénieurs d'une régie des eaux. L'entreprise "
          "fabrique de petits capteurs posés sous les compteurs d'eau des logements et une plateforme qui prévient "
          "le bailleur dès qu'une fuite apparaît. Elle compte dix-neuf salariés, dont huit développeurs et "
          "quatre techniciens, et a réalisé 2,1 millions d'euros de chiffre d'affaires en 2025."),
        P("En octobre 2026, Hydrolis a signé avec un grand bailleur social de la métropole un contrat pour équiper "
          "6 500 logements en dix-huit mois. C'est trois fois le parc équipé jusqu'ici. L'équipe déploiement, "
          "aujourd'hui réduite à deux techniciens et à la directrice des opérations, Nathalie Bouvier, ne peut "
          "pas absorber ce volume, et la plateforme n'a jamais traité autant de mesures. Les deux postes décrits "
          "ici doivent être pourvus avant la pose des premiers capteurs, prévue en mars 2027. Les "
          "deux personnes rejoindront une équipe jeune, habituée à décider vite, où chacun connaît tout le monde et "
          "où les fondateurs restent très présents au quotidien."),
        B("Qui fait quoi", {"organisation-chart": "ok"}),
        Img(["Direction générale (2 fondateurs)", "Opérations : N. Bouvier", "Déploiement : 2 techniciens + poste 2",
             "Tech : 8 développeurs + poste 1"], "L'organisation d'Hydrolis après les deux recrutements"),
        H(1, "II. Pourquoi recruter, et qui ?", {"skills-needs": "ok"}),
        P("Deux manques sont apparus quand nous avons découpé le contrat en tâches. Le premier est technique : "
          "la plateforme stocke aujourd'hui 40 millions de mesures par mois ; avec 6 500 logements de plus, elle "
          "en recevra plus de 150 millions, et personne dans l'équipe ne sait optimiser une base de séries "
          "temporelles à cette échelle. Les développeurs sont des profils web, très bons sur l'application, "
          "moins sur les flux de données."),
        P("Le second est humain et logistique : il faut organiser la pose dans des immeubles habités, prendre "
          "rendez-vous avec les locataires, coordonner trois sous-traitants poseurs et répondre aux gardiens. "
          "Nathalie Bouvier ne peut pas le faire seule en plus du suivi des autres clients. Nous avons écarté "
          "l'idée de confier tout le déploiement à un sous-traitant, car le bailleur veut un interlocuteur "
          "Hydrolis unique sur le terrain. Nous avons donc "
          "besoin de deux personnes : une pour la plateforme, une pour les chantiers, chacune capable de travailler "
          "avec les équipes déjà en place sans tout réinventer ni bousculer les habitudes qui marchent."),
        B("Les deux postes en bref", {"jobs-list": "ok"}),
        T([["Poste", "Rattachement", "Contrat", "Arrivée souhaitée"],
           ["Ingénieur(e) données et plateforme", "directeur technique", "CDI, Nantes, télétravail deux jours", "février 2027"],
           ["Chef(fe) de chantier déploiement", "directrice des opérations", "CDI, Nantes et métropole", "février 2027"]]),
        H(1, "III. Les fiches", {"job-description": "ok"}),
        P("Chaque fiche reprend les missions, le cadre et les conditions, telles que nous les publierons."),
        B("Poste 1 – Ingénieur(e) données et plateforme", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire tenir la plateforme à 150 millions de mesures par mois sans perte ni retard d'alerte"],
           ["Activités", "refonte du stockage des mesures, supervision, tests de charge, appui aux développeurs"],
           ["Environnement", "Python, PostgreSQL et TimescaleDB, hébergement OVHcloud"],
           ["Profil", "trois ans d'expérience au moins sur des flux de données volumineux"],
           ["Salaire", "48 000 à 55 000 € brut par an"]]),
        B("Poste 2 – Chef(fe) de chantier déploiement", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "poser 6 500 capteurs en dix-huit mois dans les délais et sans plainte de locataire"],
           ["Activités", "planning des poses, rendez-vous locataires, pilotage de trois sous-traitants, recette"],
           ["Environnement", "bureau à Nantes, véhicule de service, tablette de chantier"],
           ["Profil", "expérience de chantier en site occupé, idéalement dans le logement social"],
           ["Salaire", "38 000 à 42 000 € brut par an"]]),
        H(1, "IV. Savoir-faire et qualités attendus", {"key-competences": "ok", "transversal-skills": "ok"}),
        P("Pour chaque poste, nous avons distingué ce qu'il faut savoir faire dès l'arrivée et les qualités qui "
          "feront la différence dans l'équipe. Pour l'ingénieur(e), la rigueur et la pédagogie comptent autant "
          "que la technique : il ou elle devra expliquer ses choix à des développeurs qui n'ont pas sa "
          "spécialité. Pour le chef de chantier, le calme face aux locataires mécontents et le sens de "
          "l'organisation priment sur la connaissance de nos capteurs, qui s'apprend en deux semaines."),
        T([["Compétence", "Poste 1", "Poste 2", "Niveau attendu"],
           ["Bases de données de séries temporelles", "indispensable", "–", "expert"],
           ["Tests de charge et supervision", "indispensable", "–", "confirmé"],
           ["Planification de chantier en site occupé", "–", "indispensable", "confirmé"],
           ["Pilotage de sous-traitants", "–", "indispensable", "confirmé"],
           ["Pédagogie, partage de ce qu'on sait", "importante", "importante", "–"],
           ["Calme et diplomatie avec le public", "–", "indispensable", "–"],
           ["Autonomie et sens des priorités", "indispensable", "indispensable", "–"]]),
        H(1, "V. Qui cherchons-nous vraiment ?", {"profile-fit": "ok"}),
        P("Nous avons confronté nos exigences au marché nantais avec l'aide d'un cabinet de recrutement. Pour le "
          "poste 1, peu de candidats cumulent l'expertise des séries temporelles et l'envie de travailler dans "
          "une petite structure : nous acceptons un profil venant de l'énergie ou des télécoms, même sans "
          "expérience de l'eau, et nous plaçons le salaire dans le haut de la fourchette du marché. Nous "
          "renonçons à exiger une connaissance de TimescaleDB, qui s'apprend vite pour qui maîtrise PostgreSQL."),
        P("Pour le poste 2, l'expérience du logement social est un atout, pas une condition : un conducteur de "
          "travaux du bâtiment ou un technicien d'un opérateur de fibre a l'habitude des rendez-vous chez "
          "l'habitant. Nous vérifierons en entretien, par une mise en situation avec un locataire fâché, la "
          "qualité qui compte le plus pour ce poste. Enfin, les deux fiches seront relues par Nathalie Bouvier "
          "et par le directeur technique avant publication, pour que rien de ce qu'on demande ne soit inutile ni "
          "impossible à trouver chez un seul candidat."),
        H(2, "Grille d'évaluation des candidats", {"requirements-grid": "empty"}),
    ],
)
