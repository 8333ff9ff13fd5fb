from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 37 (h37_), written and labelled on 2026-12-02 before any run of check. python-docx, French,
    then opened and saved by LibreOffice Writer. Cimalpes Ascenseurs, the Lyon-Gerland maintenance agency (14 lift
    technicians) facing retirements and the 2027 modernisation market. The authors' own headings, numbered in Roman
    numerals; four of them are bold Normal paragraphs (the people review, the onboarding calendar, the career moves,
    the timeline); training needs and the training plan share one heading (merged); the follow-up indicators heading
    has nothing under it (empty).""",
    title="Agence Lyon-Gerland : le plan d'équipe 2027-2029",
    cover=["Plan de management", "Romain Peyrot, responsable d'agence – promotion MIN 2026"],
    blocks=[
        H(1, "I. L'essentiel", {"executive-summary": "ok"}),
        P("L'agence de Lyon-Gerland entretient 2 300 ascenseurs pour des bailleurs, des copropriétés et deux "
          "hôpitaux. Ses quatorze techniciens tiennent le contrat, mais quatre partiront à la retraite d'ici 2029, "
          "dont les deux seuls capables de conduire une modernisation complète de machinerie. Or la direction "
          "régionale nous demande de doubler le chiffre d'affaires de modernisation, porté par l'obligation de "
          "mise aux normes des appareils anciens."),
        P("Ce plan propose trois leviers : recruter deux techniciens et un chef de chantier modernisation, intégrer "
          "les nouveaux en binôme sur six mois, et former huit techniciens actuels à la variation de fréquence et "
          "au pilotage de chantier. Le coût total est de 186 000 euros sur trois ans, financé pour un tiers par "
          "l'OPCO. Nous suivrons l'effet sur les pannes répétées, le délai d'intervention et les départs, "
          "avec un bilan présenté chaque fin d'année à la direction régionale."),
        H(1, "II. Où va l'entreprise, qui sommes-nous aujourd'hui", {"strategy-context": "ok"}),
        P("Cimalpes Ascenseurs est une entreprise familiale de 380 salariés, présente dans cinq régions, qui vit "
          "de la maintenance sous contrat et, de plus en plus, de la modernisation d'appareils installés dans les "
          "années 1970 à 1990. Son plan stratégique 2030 vise 40 % du chiffre d'affaires en modernisation contre "
          "22 % aujourd'hui, parce que les contrats d'entretien sont attaqués sur les prix par les grands groupes "
          "et parce que le décret sur la sécurité des ascenseurs anciens crée un marché certain pour dix ans."),
        P("L'agence de Gerland compte quatorze techniciens de maintenance, deux techniciens de modernisation, une "
          "assistante planning et moi-même. L'âge moyen est de 47 ans. Les tournées sont stables, les clients "
          "satisfaits (taux de renouvellement des contrats de 94 %), mais l'équipe travaille comme elle l'a "
          "toujours fait : chacun son secteur, peu d'échanges, et un savoir sur les machines anciennes concentré "
          "dans trois têtes. Le délai moyen d'intervention sur panne est de 3 h 10, au-dessus de l'objectif "
          "contractuel de 2 h 30 dans les hôpitaux. Les astreintes de nuit pèsent : deux jeunes techniciens sont "
          "partis en 2025 vers l'industrie pour des horaires réguliers. Enfin, la numérisation des carnets "
          "d'entretien sur tablette, lancée cette année, est encore mal acceptée par les plus anciens, qui "
          "remplissent le carnet papier puis la tablette le soir. Personne ne refuse le changement, mais personne "
          "n'a eu le temps d'apprendre."),
        B("III. Revue des personnes", {"people-review": "ok"}),
        P("J'ai rencontré chacun en entretien individuel en octobre. Le tableau résume ce que j'en retiens, sans "
          "notes chiffrées."),
        T([["Collaborateur", "Ancienneté", "Points forts", "Potentiel", "Risque de départ"],
           ["Gérard M.", "31 ans", "machines à treuil, transmission", "retraite 2027", "certain"],
           ["Nadia B.", "6 ans", "diagnostic électronique", "chef de chantier", "moyen"],
           ["Kevin L.", "3 ans", "rapidité, relation client", "modernisation", "élevé (astreintes)"],
           ["Alain R.", "24 ans", "hôpitaux, rigueur", "tuteur", "faible"]]),
        H(1, "IV. Les postes à créer ou à remplacer", {"key-functions": "ok"}),
        P("Trois fonctions sont critiques d'ici 2029. Un chef de chantier modernisation, recruté en 2027, qui "
          "prépare les chantiers, coordonne les sous-traitants et tient les délais ; Nadia pourrait le devenir en "
          "interne en 2028, ce qui libérerait le poste pour un recrutement externe d'un technicien. Deux techniciens "
          "de maintenance pour remplacer Gérard et Michel, avec une préférence pour des profils d'électrotechnicien "
          "venant de l'industrie, que nous formerons aux ascenseurs. Et un référent tablette et données, rôle "
          "confié à Kevin sans création de poste. Sans ces trois fonctions, l'agence ne "
          "pourra pas prendre plus de dix chantiers de modernisation par an."),
        H(1, "V. Bien accueillir ceux qui arrivent", {"onboarding": "ok"}),
        P("Les deux derniers techniciens recrutés sont partis dans l'année ; tous deux ont dit avoir été lâchés "
          "seuls sur une tournée au bout de trois semaines. Nous changeons donc la façon d'accueillir. Chaque "
          "nouvel arrivant a un tuteur désigné, volontaire et payé d'une prime de tutorat de 100 euros par mois. "
          "Il passe ses deux premières semaines au siège technique de Vénissieux pour la sécurité et l'habilitation "
          "électrique, puis trois mois en binôme sur la tournée de son tuteur, avant de prendre un secteur réduit "
          "de 80 appareils. Il ne fait pas d'astreinte avant le septième mois. Un point à un mois, trois mois et "
          "six mois avec moi vérifie ce qu'il sait faire seul, avec une grille de gestes techniques que les "
          "tuteurs ont écrite eux-mêmes. Le livret d'accueil, refait avec l'assistante planning, donne les "
          "contacts, les codes d'accès aux locaux et les règles de l'astreinte. "
          "Enfin, le premier jour, l'équipe déjeune avec le nouveau : c'est une habitude que les anciens avaient "
          "perdue et qu'ils ont eux-mêmes proposé de reprendre."),
        B("Calendrier d'accueil", {"onboarding-plan": "ok"}),
        T([["Période", "Ce qui se passe", "Qui"],
           ["Semaines 1-2", "sécurité, habilitation, siège technique", "formateur interne"],
           ["Mois 1-3", "binôme sur la tournée du tuteur", "tuteur"],
           ["Mois 4-6", "secteur réduit, tuteur joignable", "tuteur, responsable"],
           ["Mois 7", "première astreinte, secteur complet", "responsable d'agence"]]),
        H(1, "VI. Ce qu'il faut apprendre, et comment", {"training-needs": "ok", "training-plan": "ok"}),
        P("Les entretiens et l'analyse des pannes répétées montrent trois besoins. D'abord la variation de "
          "fréquence : la moitié des appareils modernisés en ont une, et seuls cinq techniciens savent la "
          "régler, si bien que les pannes sur ces appareils attendent souvent le lendemain. Ensuite le pilotage "
          "de chantier pour Nadia et pour le futur chef de chantier : planning, sous-traitants, sécurité "
          "collective. Enfin la tablette, que quatre anciens maîtrisent mal et qui ralentit leur fin de journée. "
          "À l'inverse, les gestes de base de la maintenance sont bien tenus, et je ne prévois pas de formation "
          "générale. Je veux aussi que le savoir de Gérard sur les machines à treuil ne parte pas avec lui : il "
          "filmera avant son départ dix interventions types, commentées, qui serviront de base aux tuteurs."),
        T([["Formation", "Public", "Durée", "Organisme", "Quand"],
           ["Variation de fréquence niveau 2", "8 techniciens", "3 jours", "constructeur du variateur", "2027"],
           ["Conduite de chantier", "Nadia, chef de chantier", "5 jours", "CFA de la branche", "2027-2028"],
           ["Tablette et carnet numérique", "4 techniciens", "2 demi-journées", "en interne, par Kevin", "T1 2027"]]),
        B("VII. Évolutions de carrière", {"career-plan": "ok"}),
        L(["Nadia : chef de chantier modernisation en 2028, après la formation et un chantier en doublure",
           "Kevin : référent tablette en 2027, puis technicien de modernisation si l'essai est concluant",
           "Alain : tuteur principal, avec une réduction d'astreintes en contrepartie"]),
        H(1, "VIII. L'équipe que je veux dans trois ans", {"team-vision": "ok"}),
        P("En 2029, je veux une agence où la modernisation n'est plus l'affaire de deux personnes mais d'une "
          "petite équipe de quatre, avec un chef de chantier, qui prend chaque année trente appareils à "
          "remettre à neuf. La maintenance, elle, fonctionne par binômes de secteurs voisins : chaque technicien "
          "connaît les appareils de son binôme et peut le remplacer, ce qui réduit le délai d'intervention et "
          "les astreintes subies. Les anciens ne sont pas mis de côté : ils deviennent tuteurs et leur savoir est "
          "écrit et filmé au lieu de rester dans leur tête."),
        P("Ma façon de diriger change aussi. Aujourd'hui, je distribue le travail et je règle les problèmes seul. "
          "Je veux une réunion d'équipe de trente minutes chaque lundi, où les pannes répétées de la semaine sont "
          "discutées par ceux qui les ont vues, et où les binômes proposent eux-mêmes des changements de tournée. "
          "Les astreintes seront réparties par un tableau que l'équipe remplit, avec une règle claire : pas plus "
          "d'une semaine par mois. Les jeunes que nous recrutons viennent souvent de l'industrie, habitués à "
          "des équipes organisées : s'ils trouvent chez nous un cadre clair et un tuteur, ils resteront. Mon "
          "indicateur personnel sera simple : zéro départ dans la première année d'un recruté. "
          "Je le présenterai chaque année à l'équipe, avec les autres chiffres de l'agence, pour que chacun voie "
          "ce que ses efforts de tutorat ont changé."),
        H(2, "Aujourd'hui et demain, en dessin", {"target-organisation": "ok"}),
        Img(["Responsable d'agence", "Assistante planning", "Maintenance : 7 binômes", "Modernisation : chef + 3"],
            caption="L'organisation visée en 2029 : des binômes de maintenance et une équipe de modernisation."),
        H(1, "IX. Ce que ça coûte", {"budget-timeline": "ok"}),
        T([["Poste", "2027", "2028", "2029"],
           ["Recrutements (cabinet, annonces)", "18 000 €", "9 000 €", "9 000 €"],
           ["Formations", "34 000 €", "22 000 €", "12 000 €"],
           ["Primes de tutorat", "7 200 €", "7 200 €", "4 800 €"],
           ["Temps de doublure", "30 000 €", "24 000 €", "9 800 €"],
           ["Prise en charge OPCO", "-21 000 €", "-26 000 €", "-14 000 €"]]),
        B("X. Quand ?", {"timeline": "ok"}),
        L(["Janvier 2027 : lancement des binômes et de la réunion du lundi",
           "Mars 2027 : arrivée du premier technicien recruté",
           "Juin 2027 : recrutement du chef de chantier",
           "Septembre 2027 : départ de Gérard, vidéos terminées",
           "2028 : Nadia prend le poste de chef de chantier",
           "Fin 2029 : bilan du plan avec la direction régionale"]),
        H(1, "XI. Comment on saura que ça marche", {"hr-indicators": "empty"}),
    ],
)
