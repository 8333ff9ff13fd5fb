from _common import *

DOC = dict(
    deliverable="management-plan",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. python-docx,
    French, written from scratch: the new head of the design office of Menuiserie Brunet, a 48-person kitchen and
    fittings maker in Les Herbiers (Vendée), plans how her team of nine grows to thirteen by 2028. Paraphrased and
    question headings, numbered by hand; the review of each current team member is a table under the strategy
    heading with no heading of its own (merged); the training needs are two sentences (thin) before a training
    table and a table of career moves; the org charts are one table (today and tomorrow side by side); budget in
    upper case with a calendar under it; no follow-up indicators (missing).""",
    title="Faire grandir le bureau d'études – plan 2027-2028",
    cover=["Plan de management · Menuiserie Brunet, Les Herbiers", "Claire Gautier · décembre 2026"],
    blocks=[
        H(1, "En bref", {"executive-summary": "ok"}),
        P("Menuiserie Brunet fabrique des cuisines et des agencements sur mesure pour des particuliers et des "
          "promoteurs de Vendée et de Loire-Atlantique. Le bureau d'études, que je dirige depuis septembre, dessine "
          "chaque projet, chiffre les devis et prépare les plans d'atelier. Il compte neuf personnes et ne suit "
          "plus : les délais de devis sont passés de cinq à douze jours ouvrés et nous avons perdu quatre chantiers "
          "de promoteurs cette année. Ce plan prévoit quatre recrutements d'ici 2028, un accueil structuré sur "
          "quatre-vingt-dix jours, un plan de formation centré sur le logiciel de conception 3D et une nouvelle "
          "organisation en deux pôles, particuliers et professionnels. Il coûte 286 000 euros sur deux ans, "
          "salaires des recrues compris, et doit ramener le délai de devis sous six jours. La direction l'a validé "
          "dans son principe le 24 novembre ; ce document en détaille chaque étape."),
        H(1, "1. Où en est l'entreprise, et avec qui ?", {"strategy-context": "ok", "people-review": "ok"}),
        P("La famille Brunet a repris l'atelier en 1987. L'entreprise réalise 7,2 millions d'euros de chiffre "
          "d'affaires, dont 40 % avec trois promoteurs nantais. La direction a fixé en juin une stratégie claire : "
          "doubler la part des promoteurs d'ici 2029 tout en gardant les particuliers, qui font la réputation de "
          "la maison et les meilleures marges. Cela suppose de répondre aux appels d'offres en moins d'une semaine "
          "et de produire des plans directement lisibles par les nouvelles machines à commande numérique "
          "installées à l'atelier en 2026."),
        P("Le bureau d'études n'a pas été pensé pour cela. Ses neuf membres ont été recrutés un par un, au fil des "
          "départs, et chacun gère ses dossiers du premier rendez-vous jusqu'à la pose. Deux dessinateurs "
          "travaillent encore sur un logiciel 2D que l'atelier ne peut plus lire sans ressaisie. Personne n'est "
          "chargé des promoteurs en particulier : leurs appels d'offres passent après les clients qui appellent "
          "tous les jours. J'ai rencontré chaque personne en entretien individuel en octobre ; le tableau "
          "ci-dessous résume ce que j'en retiens, avec leur accord."),
        T([["Personne", "Rôle", "Points forts", "À développer", "Souhait"],
           ["Marc, 58 ans", "dessinateur senior", "connaît chaque machine de l'atelier", "logiciel 3D",
            "transmettre avant sa retraite en 2029"],
           ["Élodie", "chargée d'études", "relation client excellente", "chiffrage des gros volumes",
            "suivre les promoteurs"],
           ["Thomas", "dessinateur", "rapide, maîtrise la 3D", "organisation", "devenir référent logiciel"],
           ["Sandra", "assistante", "tient les plannings de pose", "aucun point bloquant",
            "rester sur son poste"],
           ["Cinq autres", "dessinateurs et chargés d'études", "voir fiches individuelles", "3D pour trois d'entre eux",
            "stabilité"]]),
        H(1, "2. Les postes à pourvoir d'ici 2028", {"key-functions": "ok"}),
        P("Quatre fonctions manquent pour tenir la stratégie. Nous les ouvrons dans l'ordre où elles débloquent le "
          "plus de chantiers, en commençant par celle qui répond directement aux promoteurs nantais."),
        T([["Poste", "Pourquoi", "Quand", "Recrutement"],
           ["Chargé(e) d'affaires promoteurs", "répondre aux appels d'offres en moins d'une semaine", "mars 2027",
            "externe, profil bâtiment"],
           ["Dessinateur(trice) 3D", "remplacer la ressaisie des plans 2D", "mai 2027", "externe ou alternance"],
           ["Métreur(se)-chiffreur(se)", "fiabiliser les devis des gros volumes", "janvier 2028", "externe"],
           ["Dessinateur(trice) 3D junior", "préparer le départ de Marc", "septembre 2028",
            "alternant(e) embauché(e)"]]),
        H(1, "3. Comment accueillir les nouveaux ?", {"onboarding": "ok"}),
        P("Les deux dernières personnes arrivées au bureau d'études sont reparties avant la fin de leur période "
          "d'essai. Toutes deux ont dit la même chose en partant : personne n'avait le temps de leur expliquer "
          "comment on passe d'un plan à une cuisine posée, et elles se sont senties seules devant des dossiers "
          "déjà en retard. Nous voulons que cela ne se reproduise "
          "pas, car chaque départ nous coûte environ quatre mois de recherche et de formation."),
        P("Chaque recrue aura un parrain ou une marraine choisi(e) dans l'équipe, déchargé(e) d'un dossier par "
          "semaine pendant trois mois pour avoir le temps de l'accompagner. La première semaine se passe en "
          "grande partie hors du bureau : deux jours à l'atelier avec les menuisiers, une journée de pose chez un "
          "client, une demi-journée avec la direction commerciale. La recrue prend ensuite ses premiers dossiers "
          "en binôme, puis seule à partir du deuxième mois. Un point à trente, soixante et quatre-vingt-dix jours "
          "avec moi vérifie que tout se passe bien, dans les deux sens."),
        H(2, "3.1 Les 90 premiers jours", {"onboarding-plan": "ok"}),
        T([["Période", "Ce qui se passe", "Avec qui"],
           ["Semaine 1", "atelier, chantier de pose, présentation des clients", "parrain, chef d'atelier"],
           ["Semaines 2 à 4", "dossiers en binôme, logiciel 3D", "parrain"],
           ["Mois 2", "premiers dossiers seul(e), relecture systématique", "parrain, Claire"],
           ["Mois 3", "dossiers en autonomie, bilan de fin d'essai", "Claire"]]),
        H(1, "4. Former l'équipe", {"training-needs": "thin"}),
        P("Le besoin principal est le passage de tout le bureau au logiciel 3D. Viennent ensuite le chiffrage des "
          "marchés publics pour deux personnes et la prise de parole en rendez-vous client pour les plus jeunes."),
        H(2, "Le plan de formation 2027", {"training-plan": "ok"}),
        T([["Formation", "Qui", "Durée", "Organisme", "Coût"],
           ["Logiciel 3D, niveau 1", "5 dessinateurs", "5 jours", "éditeur du logiciel", "9 500 €"],
           ["Logiciel 3D, niveau avancé", "Thomas", "3 jours", "éditeur du logiciel", "2 400 €"],
           ["Répondre aux marchés", "Élodie, nouveau chargé d'affaires", "2 jours", "CCI Vendée", "1 600 €"],
           ["Conduire un rendez-vous client", "3 dessinateurs", "1 jour", "en interne, par Élodie", "0 €"]]),
        H(2, "Évolutions possibles", {"career-plan": "ok"}),
        T([["Qui", "Vers quoi", "Quand", "Ce qu'il faut"],
           ["Thomas", "référent logiciel 3D", "2027", "formation avancée, une demi-journée par semaine dédiée"],
           ["Élodie", "responsable du pôle professionnels", "2028", "prise de poste du chargé d'affaires"],
           ["Marc", "tuteur de l'alternant(e)", "2028", "formation de maître d'apprentissage"]]),
        H(1, "5. L'équipe que nous voulons en 2028", {"team-vision": "ok"}),
        P("En 2028, le bureau d'études ne sera plus une addition de personnes qui gèrent chacune leurs dossiers de "
          "bout en bout. Il sera organisé en deux pôles. Le pôle particuliers, autour de quatre chargés d'études et "
          "de deux dessinateurs, garde ce qui fait la réputation de Brunet : un interlocuteur unique, du premier "
          "rendez-vous dans la salle d'exposition jusqu'à la réception de la cuisine. Le pôle professionnels, "
          "mené par Élodie avec le chargé d'affaires et le métreur, répond aux promoteurs avec des devis en moins "
          "de six jours et des plans que l'atelier lit sans ressaisie."),
        P("Je veux aussi changer la façon dont l'équipe travaille avec l'atelier. Aujourd'hui, les menuisiers "
          "découvrent les plans le jour où ils les reçoivent et reviennent vers nous pour chaque cote douteuse. "
          "Demain, un dessinateur passera chaque lundi matin à l'atelier pour revoir les plans de la semaine avec "
          "le chef d'équipe. Le service client, lui, disposera d'un tableau partagé des chantiers, pour que "
          "personne n'ait à appeler trois collègues pour savoir où en est une commande."),
        P("Enfin, l'équipe doit rester un endroit où l'on apprend. Les anciens comme Marc transmettent leur "
          "connaissance des bois et des machines ; les plus jeunes apportent la 3D. Je mesurerai ma réussite à "
          "une chose simple : que les prochaines recrues restent, et qu'elles "
          "recommandent la maison à leurs anciens camarades de formation."),
        H(2, "Organigramme : aujourd'hui et demain", {"target-organisation": "ok"}),
        T([["Aujourd'hui (9)", "2028 – pôle particuliers (6)", "2028 – pôle professionnels (4)", "Transverse (3)"],
           ["Claire, responsable", "4 chargés d'études", "Élodie, responsable de pôle", "Claire, responsable"],
           ["5 dessinateurs et chargés d'études", "2 dessinateurs", "chargé(e) d'affaires promoteurs",
            "Sandra, planning de pose"],
           ["Marc, dessinateur senior", "", "métreur(se)-chiffreur(se)", "Thomas, référent 3D"],
           ["Élodie, Thomas, Sandra", "", "dessinateur(trice) 3D", ""]]),
        H(1, "6. COMBIEN ÇA COÛTE", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Total"],
           ["Salaires chargés des recrues", "98 000 €", "152 000 €", "250 000 €"],
           ["Recrutement (annonces, cabinet pour le chargé d'affaires)", "9 000 €", "3 000 €", "12 000 €"],
           ["Formations", "13 500 €", "4 000 €", "17 500 €"],
           ["Licences 3D supplémentaires", "3 300 €", "3 200 €", "6 500 €"],
           ["Total", "123 800 €", "162 200 €", "286 000 €"]]),
        H(2, "Calendrier", {"timeline": "ok"}),
        T([["Quand", "Quoi"],
           ["Janvier 2027", "formations 3D, nomination des parrains"],
           ["Mars 2027", "arrivée du chargé d'affaires promoteurs"],
           ["Mai 2027", "arrivée du dessinateur 3D, fin du logiciel 2D"],
           ["Janvier 2028", "arrivée du métreur, création des deux pôles"],
           ["Septembre 2028", "arrivée de l'alternant(e), tutorat par Marc"]]),
    ],
    missing=["hr-indicators"],
)
