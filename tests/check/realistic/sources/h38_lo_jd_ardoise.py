from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. python-docx,
    French, then opened and saved by LibreOffice Writer. Éditions Ardoise, a children's publisher in Angers (31
    people), launches a catalogue of audiobooks and hires two people for it. The authors' own numbered headings;
    the org chart, the list of the two roles and the requirements grid under bold Normal paragraphs; the job
    description is split over two headings, one per role; the technical and the human skills share one heading and
    one table with a paragraph (merged); the requirements grid has a bold heading and nothing under it (empty).""",
    title="Deux recrutements pour le studio audio des Éditions Ardoise",
    cover=["Cas d'entreprise n° 2 – descriptions de postes", "Lina Bouvier et Hugo Ferrand", "Décembre 2026"],
    blocks=[
        H(1, "1. Les Éditions Ardoise et leur projet de livres audio", {"company-context": "ok"}),
        P("Les Éditions Ardoise publient depuis 1998 des albums et des romans pour les 3-12 ans, environ quarante "
          "nouveautés par an, vendues en librairie et dans les bibliothèques. La maison compte trente et une "
          "personnes à Angers : une équipe éditoriale de huit personnes, une fabrication de quatre, un service "
          "commercial et marketing de six, l'administration, et depuis 2024 un petit pôle numérique de trois "
          "personnes qui gère le site et les livres numériques. Le chiffre d'affaires est de 5,2 millions "
          "d'euros, en légère baisse depuis deux ans sur les albums."),
        P("Le projet qui motive ces recrutements est le lancement, à l'automne 2027, d'un catalogue de soixante "
          "livres audio tirés du fonds, lus par des comédiens, vendus à l'unité et par abonnement aux "
          "médiathèques. La direction a décidé d'enregistrer en interne plutôt que de confier tout le travail à "
          "un studio parisien : un local de l'ancien entrepôt sera transformé en cabine d'enregistrement. Le "
          "projet est suivi par Claire Aubin, directrice éditoriale adjointe, et dispose d'un budget de 310 000 "
          "euros sur deux ans, dont une aide de la région Pays de la Loire. Les deux personnes recrutées "
          "rejoindront le pôle numérique et travailleront tous les jours avec les éditrices."),
        B("Qui travaille avec qui", {"organisation-chart": "ok"}),
        Img(["Direction générale", "Direction éditoriale", "Pôle numérique (3 + 2)", "Commercial",
             "Fabrication"], caption="Les deux postes créés se rattachent au pôle numérique, en lien quotidien "
                                     "avec la direction éditoriale."),
        H(1, "2. Ce qui manque aujourd'hui pour produire de l'audio", {"skills-needs": "ok"}),
        P("Personne dans la maison n'a jamais produit un livre audio. L'équipe éditoriale sait choisir un texte, "
          "l'adapter et diriger un illustrateur, mais pas diriger un comédien ni juger une prise de son. Le pôle "
          "numérique maîtrise la mise en ligne et les formats de livres numériques, pas le montage audio ni les "
          "normes de diffusion des plateformes. Il nous faut donc deux compétences qui n'existent pas chez nous : "
          "quelqu'un qui organise la production du catalogue, du choix des comédiens à la livraison des "
          "fichiers, et quelqu'un qui enregistre, monte et masterise."),
        P("Nous avons envisagé de ne recruter qu'une seule personne polyvalente, mais soixante titres en dix-huit "
          "mois représentent environ neuf cents heures de studio et autant de coordination. Nous avons aussi "
          "écarté l'idée de tout sous-traiter, car la maison veut garder la main sur la direction artistique des "
          "voix, qui fera la différence face aux grands éditeurs. Les deux postes sont en CDI, l'un à temps plein, "
          "l'autre à quatre cinquièmes la première année, et les deux personnes devront s'entendre avec une "
          "équipe éditoriale attachée à ses habitudes et très exigeante sur la qualité."),
        B("Les deux postes en un coup d'œil", {"jobs-list": "ok"}),
        T([["Poste", "Contrat", "Rattachement", "Arrivée souhaitée"],
           ["Chargé(e) de production audio", "CDI temps plein", "responsable du pôle numérique", "mars 2027"],
           ["Ingénieur(e) du son", "CDI 80 %", "chargé(e) de production audio", "avril 2027"]]),
        H(1, "3. Fiche n° 1 – chargé(e) de production audio", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Raison d'être du poste", "produire soixante livres audio en dix-huit mois, dans le budget et au niveau "
            "de qualité de la maison"],
           ["Missions", "planifier les enregistrements, choisir et engager les comédiens avec l'éditrice, suivre "
            "les droits, livrer les fichiers aux plateformes et aux médiathèques"],
           ["Relations", "éditrices, ingénieur(e) du son, comédiens et agents, plateformes de diffusion"],
           ["Conditions", "Angers, CDI, 36 000 à 40 000 euros bruts par an, quelques soirées d'enregistrement"],
           ["Profil", "trois ans au moins en production audio, radio ou podcast ; intérêt pour la littérature "
            "jeunesse"]]),
        H(1, "4. Fiche n° 2 – ingénieur(e) du son", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Raison d'être du poste", "donner aux livres audio d'Ardoise un son propre, chaleureux et régulier"],
           ["Missions", "installer et entretenir la cabine, enregistrer les comédiens, monter, nettoyer et "
            "masteriser, préparer les fichiers aux normes de chaque plateforme"],
           ["Relations", "chargé(e) de production, comédiens, éditrices pour les écoutes de validation"],
           ["Conditions", "Angers, CDI à 80 %, 30 000 à 33 000 euros bruts par an au prorata"],
           ["Profil", "diplôme ou expérience équivalente en prise de son ; pratique de la voix parlée"]]),
        H(1, "5. Savoir-faire et savoir-être attendus", {"key-competences": "ok", "transversal-skills": "ok"}),
        T([["Compétence", "Chargé(e) de production", "Ingénieur(e) du son", "Niveau attendu"],
           ["Planifier un projet de soixante titres", "indispensable", "utile", "confirmé"],
           ["Diriger un comédien en séance", "indispensable", "utile", "confirmé"],
           ["Prise de son et montage de la voix", "notions", "indispensable", "expert"],
           ["Normes de diffusion des plateformes", "indispensable", "indispensable", "confirmé"],
           ["Droits d'auteur et contrats de comédiens", "indispensable", "—", "opérationnel"],
           ["Écoute et diplomatie avec les éditrices", "indispensable", "indispensable", "confirmé"],
           ["Rigueur et organisation", "indispensable", "indispensable", "confirmé"]]),
        P("Au-delà de la technique, ces deux personnes arrivent dans une maison où l'on discute chaque virgule. "
          "Elles devront savoir écouter une éditrice qui n'a pas le vocabulaire du son, expliquer sans jargon "
          "pourquoi une prise est à refaire, et accepter qu'un choix artistique leur échappe. Nous attendons "
          "aussi de la patience avec les enfants, car certains titres seront lus par des voix d'enfants, et "
          "une vraie autonomie : pendant les premiers mois, elles seront seules à connaître leur métier dans "
          "la maison."),
        H(1, "6. Le bon profil, vraiment ?", {"profile-fit": "ok"}),
        P("Nous avons relu nos deux fiches en nous demandant si nous n'en demandions pas trop. Pour la production, "
          "exiger à la fois l'expérience de la radio, la connaissance des droits et la culture jeunesse "
          "écarterait presque tout le monde. Nous avons donc classé : la gestion de projet et la direction de "
          "comédiens sont indispensables, la connaissance des droits peut s'apprendre avec notre juriste en "
          "quelques semaines, et la culture jeunesse est un plus. Pour le son, nous avons accepté un profil "
          "venant de la musique, à condition qu'il montre des enregistrements de voix parlée."),
        P("Nous avons aussi vérifié que le salaire proposé correspond au marché angevin : il est un peu sous "
          "Paris, mais le temps partiel de l'ingénieur(e) du son lui permet de garder d'autres clients, ce que "
          "beaucoup recherchent. Enfin, nous avons fait relire les fiches par l'éditrice la plus concernée et "
          "par le responsable du pôle numérique, pour que le profil décrit soit celui avec qui ils veulent "
          "vraiment travailler, et pas un portrait idéal. Nous ferons le point sur les premières "
          "candidatures reçues fin janvier, pour ajuster l'annonce si elles ne correspondent pas."),
        B("Grille d'exigences", {"requirements-grid": "empty"}),
    ],
)
