from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the new prepress and digital manager of Imprimerie Vauban, a 46-person printer in
    Besançon moving from offset to digital printing and an online ordering site, plans how her team of nine becomes
    thirteen by 2028. Headings in the author's words, five in UPPER CASE, one question, numbered parts with numbered
    sub-parts; the training needs hold two short paragraphs (thin); the 2028 organisation chart has its heading and
    nothing under it (empty); no career development actions anywhere (missing); a closing part of her own on what
    she will not do.""",
    title="Imprimerie Vauban – L'atelier numérique, 2026-2028",
    cover=["Plan de management – prépresse et impression numérique", "Sonia Ferreira, responsable prépresse – décembre 2026"],
    blocks=[
        H(1, "L'ESSENTIEL EN UNE PAGE", {"executive-summary": "ok"}),
        P("Imprimerie Vauban imprime depuis 1971 des catalogues, des brochures et des étiquettes pour des clients de "
          "Franche-Comté et de Suisse romande. L'offset recule de 6 % par an chez nous, pendant que les petites "
          "séries numériques et les commandes passées en ligne progressent de 25 %. La direction a décidé en "
          "septembre d'investir 1,1 million d'euros dans deux presses numériques et un site de commande en ligne "
          "ouvert en mars 2027. Mon équipe de prépresse compte neuf personnes, toutes formées à l'offset. Ce plan "
          "propose de recruter quatre personnes d'ici 2028 sur des métiers que nous n'avons pas (opérateur de "
          "presse numérique, chargé du site de commande, technicien couleur, coordinateur de production), de "
          "former les neuf actuels aux nouveaux flux plutôt que de les remplacer, et d'accueillir chaque arrivant "
          "sur huit semaines avec un parrain. Le coût est de 61 000 euros hors salaires sur deux ans. L'objectif "
          "est simple : livrer une commande en ligne en 48 heures sans perdre un seul des neuf."),
        H(1, "1. Où va l'imprimerie, et avec qui", {"strategy-context": "ok"}),
        P("Nous réalisons 7,8 millions d'euros de chiffre d'affaires, dont 70 % en offset sur deux presses de "
          "2009 et 2014. Nos gros clients historiques, deux enseignes de bricolage et un fabricant de montres, "
          "commandent moins de catalogues et davantage de petites séries personnalisées par magasin. Les "
          "imprimeries en ligne comme Exaprint prennent les commandes de flyers et de cartes de visite des "
          "artisans, que nous perdons sans même les voir passer. La stratégie votée en septembre garde l'offset "
          "pour les longs tirages et construit à côté un atelier numérique capable de sortir 300 petites commandes "
          "par semaine, passées en ligne, payées d'avance et livrées en 48 heures dans un rayon de 150 kilomètres."),
        P("Le service prépresse prépare aujourd'hui tous les fichiers avant impression : contrôle, imposition, "
          "épreuves et plaques. Il compte neuf personnes, dont six ont plus de quinze ans de maison. Leur savoir "
          "sur la couleur et le papier est notre meilleur argument face aux sites en ligne, mais personne ne "
          "connaît les flux automatisés ni la relation avec un client qui commande sans téléphoner. Deux départs "
          "à la retraite sont prévus en 2027. L'équipe est inquiète : lors de la réunion d'octobre, la question la "
          "plus posée a été de savoir si le numérique allait remplacer le métier de photograveur. Ma réponse est "
          "non, à condition que nous apprenions ensemble, et que les "
          "premiers recrutements viennent renforcer l'équipe plutôt que la contourner."),
        H(2, "1.1 Qui fait quoi aujourd'hui", {"people-review": "ok"}),
        T([["Personne", "Poste", "Ancienneté", "Point fort", "À développer"],
           ["Gérard", "photograveur", "31 ans", "couleur, épreuves", "flux PDF automatisés"],
           ["Nadia", "opératrice PAO", "12 ans", "imposition, rapidité", "relation client en ligne"],
           ["Julien", "opérateur CTP", "8 ans", "plaques, maintenance", "presse numérique"],
           ["Martine", "correctrice", "22 ans", "orthographe, rigueur", "contrôle automatique des fichiers"],
           ["Cinq autres opérateurs", "PAO et CTP", "3 à 27 ans", "offset", "numérique"]]),
        H(1, "2. LES POSTES QUI NOUS MANQUENT", {"key-functions": "ok"}),
        P("Quatre métiers n'existent pas chez nous et ne peuvent pas être tenus par une formation de quelques "
          "jours. Nous les ouvrons dans l'ordre où l'atelier en aura besoin : d'abord la presse, puis le site, "
          "puis la couleur, enfin la coordination quand le volume dépassera 200 commandes par semaine. Deux des "
          "quatre postes remplacent les départs à la retraite, ce qui limite la hausse de la masse salariale."),
        T([["Poste", "Quand", "Pourquoi", "Recrutement"],
           ["Opérateur de presse numérique", "janvier 2027", "les presses arrivent en février", "externe, CDI"],
           ["Chargé du site de commande", "février 2027", "ouverture du site en mars", "externe, CDI"],
           ["Technicien couleur", "septembre 2027", "départ de Gérard en décembre", "externe, recouvrement de trois mois"],
           ["Coordinateur de production", "mars 2028", "au-delà de 200 commandes par semaine", "interne de préférence"]]),
        H(1, "3. Accueillir ceux qui arrivent", {"onboarding": "ok"}),
        P("Un nouvel arrivant dans une imprimerie découvre un monde bruyant, des codes et des horaires en deux "
          "équipes. Avant le premier jour, le contrat, la mutuelle, le badge, les chaussures de sécurité et le "
          "poste informatique sont prêts ; le service du personnel envoie le livret d'accueil et le planning de la "
          "première semaine. Le premier matin, je l'accueille moi-même, puis le directeur de production lui fait "
          "visiter l'atelier, de la réception du papier à l'expédition. Chaque arrivant a un parrain dans l'équipe, "
          "choisi parmi les anciens volontaires, qui déjeune avec lui la première semaine et reste son premier "
          "recours pendant deux mois. Il passe une demi-journée dans chaque service voisin : commercial, "
          "expédition, offset. Un point avec moi a lieu à la fin de la première semaine, du premier mois et du "
          "deuxième mois, et la période d'essai se conclut par un entretien où il dit aussi ce qui l'a gêné. Cet entretien nourrit "
          "le livret d'accueil, que nous corrigeons après chaque arrivée pour que le suivant trouve un parcours "
          "un peu meilleur, et le parrain reçoit une prime de 300 euros à la fin de la période d'essai."),
        H(2, "3.1 Semaine par semaine", {"onboarding-plan": "ok"}),
        T([["Moment", "Quoi", "Avec qui"],
           ["Avant l'arrivée", "contrat, équipements, livret d'accueil envoyé", "service du personnel"],
           ["Jour 1", "accueil, visite de l'atelier, sécurité", "Sonia, directeur de production"],
           ["Semaine 1", "binôme avec le parrain, demi-journées dans les services voisins", "parrain"],
           ["Semaines 2 à 4", "premières commandes en autonomie surveillée", "parrain"],
           ["Semaine 8", "bilan de fin de période d'essai", "Sonia"]]),
        H(1, "4. CE QUE L'ÉQUIPE DOIT APPRENDRE", {"training-needs": "thin"}),
        P("Les neuf doivent savoir préparer un fichier pour la presse numérique et contrôler les commandes qui "
          "arrivent du site sans intervention humaine."),
        P("Deux personnes devront aussi répondre aux clients par le chat du site, ce que personne n'a jamais fait."),
        H(2, "4.1 Les formations prévues", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Organisme", "Durée", "Coût", "Quand"],
           ["Flux PDF et préparation numérique", "les neuf", "fabricant des presses", "3 jours", "8 400 €", "février 2027"],
           ["Gestion des couleurs en numérique", "Gérard, Nadia, Julien", "UNIIC", "2 jours", "3 600 €", "avril 2027"],
           ["Relation client écrite", "Nadia, Martine", "organisme local", "2 jours", "1 900 €", "mai 2027"],
           ["Tutorat interne offset vers numérique", "cinq opérateurs", "en interne", "10 demi-journées", "temps passé", "2027"]]),
        H(1, "5. L'ÉQUIPE QUE NOUS VOULONS EN 2028", {"team-vision": "ok"}),
        P("En 2028, le service ne s'appelle plus prépresse mais atelier fichiers et numérique. Il compte treize "
          "personnes réparties en deux pôles : un pôle offset pour les longs tirages, qui garde cinq personnes, et "
          "un pôle numérique de six personnes qui traite les commandes du site du matin au soir. Le coordinateur "
          "de production et moi faisons le lien entre les deux. Chacun des anciens doit pouvoir travailler dans "
          "les deux pôles, au moins sur un poste, pour que les absences et les pics de commandes ne bloquent plus "
          "personne. Je veux une équipe où l'on transmet : les anciens apprennent la couleur aux nouveaux, les "
          "nouveaux apprennent les outils du site aux anciens. Le service se mesure à trois choses que tout le monde "
          "voit affichées dans l'atelier : le délai de livraison, le taux de fichiers refaits et la satisfaction "
          "des clients en ligne. Enfin, je souhaite que le métier de photograveur ne disparaisse pas mais devienne "
          "celui de technicien couleur, avec un salaire qui reconnaisse cette compétence rare dans la région, et "
          "que chaque membre de l'équipe ait, d'ici 2028, au moins une responsabilité qu'il n'avait pas en 2026. Le "
          "service doit enfin devenir un lieu où les commerciaux viennent chercher des idées : des papiers, des "
          "finitions et des petites séries qu'ils peuvent proposer à leurs clients, avec des échantillons "
          "préparés par l'atelier chaque trimestre, et une vitrine dans le hall d'entrée qui les montre aux visiteurs."),
        H(2, "5.1 ORGANIGRAMME 2028", {"target-organisation": "empty"}),
        H(1, "6. Combien ça coûte ?", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Total"],
           ["Recrutements (annonces, cabinet)", "9 000 €", "4 000 €", "13 000 €"],
           ["Formations externes", "13 900 €", "6 000 €", "19 900 €"],
           ["Tutorat interne (heures remplacées)", "11 500 €", "5 000 €", "16 500 €"],
           ["Accueil et parrainage", "4 600 €", "2 400 €", "7 000 €"],
           ["Réserve", "2 600 €", "2 000 €", "4 600 €"],
           ["Total hors salaires", "41 600 €", "19 400 €", "61 000 €"]]),
        H(2, "6.1 Les étapes, trimestre par trimestre", {"timeline": "ok"}),
        T([["Trimestre", "Étape"],
           ["T1 2027", "opérateur numérique et chargé du site recrutés, formation flux pour les neuf"],
           ["T2 2027", "site ouvert, formation couleur et relation client"],
           ["T3 2027", "technicien couleur recruté, tutorat en cours"],
           ["T1 2028", "coordinateur de production, bilan des deux pôles"]]),
        H(1, "7. COMMENT SAURONS-NOUS QUE ÇA MARCHE", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible fin 2028", "Relevé"],
           ["Commandes en ligne livrées en 48 h", "—", "90 %", "chaque semaine"],
           ["Personnes capables de tenir deux postes", "2 sur 9", "10 sur 13", "chaque trimestre"],
           ["Nouveaux encore là après un an", "—", "4 sur 4", "chaque année"],
           ["Fichiers refaits après contrôle", "7 %", "3 %", "chaque mois"]]),
        H(1, "8. Ce que je ne ferai pas"),
        P("Je ne remplacerai pas les anciens par des profils plus jeunes et moins chers, et je ne ferai pas "
          "basculer tout le monde sur le numérique en même temps : l'offset paie encore nos salaires."),
    ],
    missing=["career-plan"],
)
