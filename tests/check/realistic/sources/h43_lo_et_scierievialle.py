from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="libreoffice",
    via="roundtrip",
    language="fr",
    notes="""Held-out round 43 (h43_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer, in French: a thesis on vibration sensors and predictive
    maintenance in small sawmills, from the author's work-study at Scierie Vialle (42 staff, Haute-Loire). The
    author's own chapter headings ("Partie 1 – ..."); the research question, the source inventory and the search
    queries are bold Normal paragraphs, not headings. The trend and its impacts share one chapter with a table of
    gains (merged). The watch tools heading has nothing under it (empty); the radar is one short paragraph and a
    picture (thin). No appendices (missing).""",
    title="Capteurs et maintenance prédictive : l'avenir des petites scieries ?",
    cover=["Mémoire d'expertise · Manageur de l'innovation numérique",
           "Thomas Rouchon · alternance à la Scierie Vialle, Yssingeaux · décembre 2026"],
    blocks=[
        H(1, "Résumé et mots-clés", {"abstract": "ok"}),
        P("Les scieries françaises de moins de cinquante salariés vivent avec des machines anciennes et des "
          "marges faibles. Chaque casse de lame, chaque roulement grippé sur une scie de tête arrête toute la "
          "ligne, parfois pour une journée entière. Ce mémoire se demande si des capteurs de vibration et de "
          "température à bas coût, reliés à un logiciel d'analyse, peuvent permettre à ces entreprises de "
          "passer d'une maintenance qui répare à une maintenance qui prévoit. Il s'appuie sur mon alternance à "
          "la Scierie Vialle, en Haute-Loire, où j'ai suivi pendant six mois un essai sur la scie de tête et "
          "la déligneuse, sur douze entretiens avec des scieurs, des fournisseurs et un centre technique, et sur "
          "une revue de la littérature. Les résultats montrent une baisse nette des arrêts imprévus, à condition "
          "que les opérateurs soient associés à la lecture des alertes et que l'entreprise accepte une période "
          "d'apprentissage de plusieurs mois. Je propose une démarche en trois étapes, une veille organisée sur "
          "le sujet et une vision de la scierie de 2035."),
        P("Mots-clés : scierie, maintenance prédictive, capteurs de vibration, IoT industriel, PME, "
          "première transformation du bois."),

        H(1, "Partie 1 – Pourquoi ce sujet, pourquoi maintenant", {"introduction": "ok"}),
        P("La filière bois française compte environ 1 300 scieries, dont la grande majorité emploie moins de "
          "vingt personnes. Elles transforment le bois des forêts voisines, souvent du sapin, de l'épicéa et du "
          "douglas, en charpente, en palettes ou en bois d'emballage. Depuis dix ans, elles font face à une "
          "pression double : des grands groupes qui investissent dans des lignes automatisées à haut débit, et "
          "une demande de bois de construction qui augmente avec les nouvelles règles environnementales du "
          "bâtiment. Pour rester dans la course, les petites scieries doivent produire plus régulièrement avec "
          "les mêmes machines."),
        P("Or la maintenance y reste largement curative. Un scieur expérimenté entend qu'un roulement fatigue, "
          "sent une odeur de chauffe, remarque une lame qui dévie ; mais ces savoirs partent à la retraite, et "
          "les jeunes recrues ne les ont pas. À la Scierie Vialle, les arrêts imprévus ont représenté 212 heures "
          "en 2025, soit presque six semaines de travail d'une équipe, pour un coût que le directeur estime à "
          "95 000 euros en production perdue, en pièces urgentes et en heures supplémentaires."),
        P("Dans le même temps, le prix des capteurs a fortement baissé. Un capteur de vibration sans fil coûte "
          "aujourd'hui entre 150 et 400 euros, là où un système industriel complet en coûtait plusieurs dizaines "
          "de milliers il y a quinze ans. Des offres en abonnement apparaissent, pensées pour les PME. C'est "
          "cette rencontre entre un besoin urgent et une technologie devenue accessible qui m'a conduit à "
          "choisir ce sujet. Le mémoire présente d'abord la question et les hypothèses, puis le choix du sujet, "
          "l'état des connaissances, la démarche d'enquête, l'analyse de la tendance et de ses effets, la "
          "conduite du changement, mes préconisations, la veille mise en place et une vision à dix ans."),

        P("Ce sujet m'intéresse aussi personnellement : j'ai grandi à côté d'une scierie familiale du Mézenc, fermée en 2015 faute de repreneur et de trésorerie après deux grosses pannes successives. Je voulais comprendre si la même histoire pouvait être évitée ailleurs."),
        P("C'est ce souvenir qui m'a donné l'envie d'aller au bout."),
        B("Question de recherche et hypothèses", {"research-question": "ok"}),
        P("Ma question est la suivante : dans quelles conditions une scierie de moins de cinquante salariés "
          "peut-elle réduire ses arrêts imprévus grâce à des capteurs connectés, sans équipe de maintenance "
          "spécialisée ? Je pose trois hypothèses. La première : la technologie n'est plus le frein, le coût "
          "d'entrée est devenu supportable. La deuxième : le vrai frein est humain, car les alertes n'ont de "
          "valeur que si quelqu'un sait les lire et agir. La troisième : les gains apparaissent d'abord sur les "
          "deux ou trois machines critiques, pas sur l'ensemble du parc."),

        P("Pour y répondre, je compare ce qui s'est passé pendant l'essai avec l'année précédente, et je confronte les résultats à l'avis des scieurs interrogés."),
        H(1, "Partie 2 – Une scierie qui casse ses lames", {"subject-choice": "ok"}),
        P("La Scierie Vialle a été fondée en 1952 à Yssingeaux. Elle emploie quarante-deux personnes, scie "
          "environ 38 000 mètres cubes de grumes par an et vend surtout du bois de charpente à des négociants "
          "de la région lyonnaise. Son parc compte une scie de tête à ruban de 1998, une déligneuse, deux "
          "dédoubleuses, une ligne de tri et un séchoir. La scie de tête est le goulot : quand elle s'arrête, "
          "tout s'arrête."),
        P("Le sujet m'est venu d'un événement précis. En mars 2025, le roulement principal du volant inférieur "
          "de la scie de tête a cassé un vendredi après-midi. La pièce a mis quatre jours à arriver d'Autriche ; "
          "l'entreprise a perdu une semaine de production et a dû refuser une commande de 600 mètres cubes. Le "
          "directeur, Bernard Vialle, m'a demandé de regarder s'il était possible d'être prévenu avant."),
        P("Ce sujet est innovant pour ce secteur. La maintenance prédictive existe depuis longtemps dans "
          "l'aéronautique, l'énergie ou l'automobile, mais les scieries artisanales en sont restées à l'écart : "
          "aucune des huit scieries que j'ai contactées en Auvergne n'utilisait de capteurs en continu, et "
          "le centre technique de la filière ne recense que quelques essais en France. Il touche directement la "
          "façon de travailler : la maintenance passerait d'une réaction à une planification, le rôle du scieur "
          "changerait, et la relation avec les fournisseurs de pièces aussi. C'est enfin un sujet où mon "
          "alternance me donnait un terrain réel, des données et des interlocuteurs disponibles."),

        P("J'ai aussi choisi ce sujet parce qu'il est utile au-delà de Vialle : si la démarche fonctionne dans une scierie de quarante personnes, elle peut être reprise par beaucoup d'autres entreprises de la filière, qui ont les mêmes machines et les mêmes difficultés de recrutement."),
        H(1, "Partie 3 – Ce que disent les travaux existants", {"state-of-the-art": "ok"}),
        P("La maintenance prédictive repose sur une idée ancienne : une machine qui va tomber en panne change de "
          "comportement avant la panne. Les travaux fondateurs sur l'analyse vibratoire, dans les années 1980, "
          "ont montré que chaque défaut de roulement, de désalignement ou de déséquilibre laisse une signature "
          "dans le spectre des vibrations. La norme ISO 10816, puis la série ISO 20816, donnent des seuils de "
          "sévérité vibratoire selon le type de machine, qui servent encore de référence."),
        P("Pendant longtemps, cette analyse était réservée aux grandes entreprises : il fallait un technicien "
          "formé qui passait avec un collecteur portable une fois par mois, et un logiciel coûteux. Les travaux "
          "récents, notamment ceux publiés dans les revues de génie industriel depuis 2018, décrivent un "
          "changement : des capteurs sans fil fixés en permanence, qui envoient leurs mesures vers un service en "
          "ligne où des algorithmes repèrent les écarts par rapport au comportement normal de chaque machine. "
          "Plusieurs études de cas dans l'agroalimentaire et la plasturgie rapportent des baisses d'arrêts "
          "imprévus de 30 à 50 %, mais presque toutes concernent des entreprises de plus de deux cents salariés "
          "dotées d'un service de maintenance."),
        P("Pour le bois, la littérature est plus mince. Le centre technique de la filière a publié en 2023 une "
          "synthèse sur la numérisation des scieries, qui cite la surveillance des machines comme un chantier "
          "prometteur mais encore peu exploré. Des chercheurs finlandais et suédois ont étudié la surveillance "
          "de l'usure des lames de scies à ruban par mesure acoustique et de température ; leurs résultats "
          "montrent qu'on peut anticiper une casse de lame de quelques heures, ce qui suffit pour la changer "
          "lors d'une pause plutôt qu'en pleine production. Ces travaux portent toutefois sur de grandes "
          "scieries nordiques, avec des volumes dix fois supérieurs aux nôtres."),
        P("Du côté des usages, les sociologues du travail qui ont étudié l'arrivée des capteurs dans les "
          "ateliers insistent sur un point que les fournisseurs oublient : une alerte sans interprétation "
          "produit de la méfiance. Quand les opérateurs reçoivent des alarmes qu'ils ne comprennent pas, ils "
          "finissent par les ignorer. Les projets qui réussissent associent les opérateurs dès le départ et "
          "traduisent les alertes dans leur langage."),
        P("Il ressort de cet état des lieux trois manques que ce mémoire essaie de combler : peu de données sur "
          "les très petites entreprises, presque rien sur les scieries françaises, et peu d'attention au rôle "
          "des opérateurs dans la lecture des alertes."),

        P("Cette lecture m'a servi de grille pour construire mon enquête : je savais quoi mesurer sur la machine, et quelles questions poser aux opérateurs sur leur confiance dans les alertes."),
        P('Je retiens enfin de ces lectures que la qualité du montage des capteurs compte autant que leur prix : un capteur mal fixé mesure surtout ses propres vibrations.'),
        H(1, "Partie 4 – Démarche d'enquête", {"methodology": "ok"}),
        P("J'ai combiné trois sources. La première est une expérimentation menée à la Scierie Vialle de mars à "
          "août 2026 : six capteurs de vibration et de température posés sur la scie de tête et deux sur la "
          "déligneuse, reliés à une passerelle et à un service d'analyse loué par abonnement. J'ai relevé chaque "
          "alerte, ce que l'équipe en a fait et ce qui a été trouvé en ouvrant la machine, et j'ai comparé le "
          "nombre et la durée des arrêts avec la même période de 2025, à partir du cahier de maintenance."),
        P("La deuxième source est une série de douze entretiens semi-directifs, d'une heure environ : cinq "
          "dirigeants ou chefs de scierie en Auvergne et dans le Limousin, trois fournisseurs de capteurs, un "
          "ingénieur du centre technique, un formateur de lycée professionnel bois, et deux opérateurs de la "
          "Scierie Vialle. Je les ai enregistrés avec leur accord, retranscrits, puis codés par thèmes : coût, "
          "confiance dans les alertes, compétences, organisation."),
        P("La troisième source est documentaire : articles scientifiques, rapports de la filière, fiches "
          "techniques des fabricants. J'ai évalué chaque document selon son origine, sa date et son indépendance, "
          "en donnant moins de poids aux brochures commerciales qu'aux études publiées."),
        P("Cette démarche a des limites. Six mois d'essai sur une seule scierie ne permettent pas de "
          "généraliser, et la comparaison avec 2025 est fragile, car le volume scié n'a pas été exactement le "
          "même. Je présente donc mes résultats comme des ordres de grandeur et je les croise avec ce que disent "
          "les autres scieurs interrogés."),

        P("Pour limiter mes propres biais, j'ai fait relire ma grille de codage des entretiens par ma tutrice d'entreprise et par mon directeur de mémoire."),
        H(1, "Partie 5 – Une tendance de fond et ce qu'elle rapporte",
          {"trend-analysis": "ok", "impacts-value": "ok"}),
        P("La surveillance connectée des machines n'est pas une mode passagère dans l'industrie. Trois forces "
          "la poussent. Le coût du matériel baisse chaque année : les capteurs sans fil ont perdu environ les "
          "deux tiers de leur prix depuis 2018, et les passerelles fonctionnent désormais en 4G, sans câblage. "
          "Les logiciels d'analyse sont vendus en abonnement mensuel, ce qui évite un gros investissement "
          "initial. Enfin, le manque de techniciens de maintenance qualifiés, que toutes les scieries "
          "interrogées citent, pousse à chercher des outils qui compensent l'expérience qui part."),
        P("Dans le bois, la tendance arrive avec un décalage d'environ dix ans sur l'industrie. Les grandes "
          "scieries du Grand Est et des Landes ont commencé à équiper leurs lignes vers 2020. Les fournisseurs "
          "interrogés disent recevoir depuis deux ans des demandes de petites scieries, souvent après une panne "
          "coûteuse, comme chez Vialle. Le plan d'investissement de la filière, qui finance la modernisation "
          "des scieries, accepte désormais ces équipements parmi les dépenses éligibles, ce qui devrait "
          "accélérer leur diffusion."),
        P("L'essai de Vialle confirme l'intérêt, avec des nuances. En six mois, le système a envoyé trente et "
          "une alertes. Neuf correspondaient à un vrai défaut naissant : quatre roulements, deux courroies "
          "détendues, un désalignement du volant, deux lames fissurées. Quatorze étaient des fausses alertes, "
          "surtout les premières semaines, le temps que le logiciel apprenne le comportement normal de la "
          "scie quand elle attaque un gros douglas gelé. Huit n'ont pas été traitées, faute de temps ou parce "
          "que personne n'a vu le message. Les arrêts imprévus sur la scie de tête sont passés de 88 heures "
          "entre mars et août 2025 à 41 heures sur la même période de 2026."),
        P("Les effets vont au-delà de la machine. Le responsable de maintenance, seul pour toute l'usine, "
          "planifie désormais une partie de ses interventions le samedi matin au lieu de courir d'une panne à "
          "l'autre. Le stock de pièces a changé : on commande à l'avance les roulements signalés, au lieu d'en "
          "garder trois de chaque en réserve. Les scieurs, d'abord méfiants, se sont approprié l'écran quand "
          "ils ont vu qu'une alerte de février annonçait vraiment la fissure qu'ils ont trouvée. Le tableau "
          "ci-dessous résume ce que la technologie a changé et la valeur créée pour l'entreprise."),
        T([["Effet", "Mesure sur l'essai", "Valeur estimée par an"],
           ["Moins d'arrêts imprévus sur la scie de tête", "88 h → 41 h sur six mois", "environ 42 000 €"],
           ["Pièces commandées à l'avance", "plus d'envoi express d'Autriche", "environ 6 500 €"],
           ["Stock de pièces réduit", "un roulement de réserve au lieu de trois", "environ 3 000 € immobilisés"],
           ["Lames changées avant la casse", "deux casses évitées", "sécurité des scieurs, matière sauvée"],
           ["Coût du système", "8 capteurs, passerelle, abonnement", "environ 7 800 €"]]),
        P("Le bilan est donc positif dès la première année, mais il dépend de la scie de tête : sur les petites "
          "machines, le gain ne couvre pas l'abonnement."),

        H(1, "Partie 6 – Se préparer au changement", {"anticipation-strategy": "ok"}),
        P("Ce qui va changer dans une petite scierie qui adopte ces outils, ce n'est pas d'abord la technique, "
          "c'est l'organisation du travail. Aujourd'hui, la maintenance suit le rythme des pannes : on répare "
          "ce qui casse, et le reste attend. Demain, elle suivra un calendrier d'interventions décidées à partir "
          "des alertes. Il faudra quelqu'un pour lire ces alertes chaque jour, décider de ce qui est urgent, "
          "commander les pièces et caler l'intervention avec la production. Dans une entreprise de quarante "
          "personnes, ce rôle n'existe pas : il faut le créer, ou le confier à quelqu'un qui a déjà un autre "
          "métier."),
        P("Le métier de scieur va lui aussi bouger. Le scieur de tête reste l'homme clé de la ligne, mais il "
          "devra apprendre à lire un écran, à comprendre un niveau de vibration, à faire le lien entre ce qu'il "
          "entend et ce que montre la courbe. Les jeunes formés en lycée professionnel y sont peu préparés : le "
          "formateur interrogé reconnaît que la maintenance connectée n'apparaît pas dans les programmes. Les "
          "anciens, eux, ont l'oreille mais pas toujours l'envie. Il faut donc organiser la transmission dans "
          "les deux sens."),
        P("Pour anticiper, je propose une stratégie en trois temps. D'abord, commencer par la machine qui coûte "
          "le plus cher quand elle s'arrête, et seulement elle, pendant six mois. Ensuite, nommer un référent "
          "parmi les scieurs, volontaire, formé deux jours par le fournisseur, qui devient la personne qui lit "
          "les alertes avec le responsable de maintenance. Enfin, étendre aux autres machines critiques une "
          "fois que l'équipe fait confiance aux alertes, c'est-à-dire quand la moitié au moins se révèlent "
          "justes."),
        P("Il faut aussi préparer l'entreprise à des changements plus lointains. Les données collectées ont "
          "une valeur : elles peuvent servir à négocier avec les assureurs, à choisir la prochaine scie, ou à "
          "partager des modèles de panne avec d'autres scieries. Il faudra décider à qui elles appartiennent, "
          "et ne pas laisser le fournisseur seul maître. Les contrats d'abonnement doivent prévoir la "
          "récupération des données en cas de changement de prestataire."),
        P("Enfin, la direction doit accepter que les premiers mois soient décevants. À Vialle, le mois de mars "
          "a produit surtout de fausses alertes, et deux scieurs ont demandé qu'on débranche le système. C'est "
          "parce que le directeur a tenu bon et expliqué pourquoi que l'essai est allé au bout. Sans ce soutien "
          "visible, le projet aurait été abandonné avant d'avoir montré son intérêt. Cette phase "
          "d'apprentissage doit être annoncée dès le départ, avec un bilan à date fixe."),

        P("Le calendrier de ce changement doit éviter les mois de forte activité, au printemps et à l'automne, et s'appuyer sur l'arrêt technique d'août."),
        P("Chaque étape sera annoncée à l'équipe lors de la réunion du lundi, avec ses raisons."),
        H(1, "Partie 7 – Mes préconisations", {"recommendations": "ok"}),
        P("À la Scierie Vialle, je recommande de conserver le système sur la scie de tête et de l'étendre à la "
          "déligneuse en 2027, mais pas aux dédoubleuses, dont l'arrêt coûte peu. Le budget annuel à prévoir "
          "est d'environ 5 000 euros d'abonnement et de 2 000 euros de capteurs supplémentaires, à demander au "
          "plan d'investissement de la filière, qui peut en financer une partie."),
        P("Je recommande de nommer officiellement Kévin Chapuis, scieur de tête de trente-quatre ans qui s'est "
          "porté volontaire pendant l'essai, comme référent des alertes, avec une heure par semaine dégagée sur "
          "son temps de production et une prime de fonction. Il devra tenir un cahier simple où chaque alerte "
          "est suivie de ce qui a été fait et de ce qui a été trouvé, pour que le système s'améliore et que "
          "l'on garde une trace."),
        P("Je recommande aussi de revoir le contrat avec le fournisseur avant le renouvellement de mars : "
          "exiger l'export des données brutes, un seuil d'alerte réglable par nos soins et une formation "
          "annuelle sur place. Enfin, la scierie gagnerait à partager son expérience avec les autres scieries "
          "de l'interprofession régionale : plusieurs dirigeants interrogés hésitent, et un retour d'expérience "
          "concret les aiderait, tout en permettant de négocier ensemble de meilleurs prix."),
        P("Pour les autres petites scieries, ma préconisation est prudente : ne pas équiper tout le parc, "
          "choisir une machine goulot, prévoir six mois d'apprentissage, et désigner une personne qui lira les "
          "alertes avant même d'acheter un capteur."),

        P("Ces préconisations ont un ordre. La première chose à faire est de nommer le référent, car sans lui les capteurs ne servent à rien ; la deuxième est de renégocier le contrat ; l'extension à la déligneuse ne vient qu'en troisième. Je propose un bilan au directeur tous les trois mois pendant la première année, avec trois chiffres simples : nombre d'alertes, part des alertes justes, heures d'arrêt imprévu sur la scie de tête. Si ces chiffres se dégradent deux trimestres de suite, il faudra revoir le réglage des seuils avec le fournisseur avant de décider d'étendre le système."),
        H(1, "Partie 8 – Organiser la veille", {"watch-scope": "ok"}),
        P("Le sujet bouge vite : de nouveaux capteurs sortent chaque année, les prix baissent, et les aides de "
          "la filière changent d'un appel à projets à l'autre. J'ai donc mis en place pour la scierie une veille "
          "qui couvre quatre thèmes : les technologies de capteurs et d'analyse, les retours d'expérience dans "
          "le bois et les industries proches, les financements et règles de la filière, et les offres des "
          "fournisseurs. Elle vise deux lecteurs : le directeur, qui décide des investissements, et le "
          "responsable de maintenance, qui utilise les outils. Elle laisse de côté la robotique et le séchage, "
          "qui feraient l'objet d'une autre veille."),

        P("Concrètement, la veille doit aider à répondre à trois questions qui reviendront chaque année : faut-il équiper une nouvelle machine, faut-il changer de fournisseur, et existe-t-il une aide pour le faire ? Elle doit aussi signaler tout retour d'expérience d'une autre scierie, bon ou mauvais, car c'est ce qui convainc le plus le directeur. Elle n'a pas vocation à suivre toute l'actualité de l'industrie."),
        P('Elle reste courte, ciblée et utile.'),
        H(2, "8.1 Où chercher", {"source-choice": "ok"}),
        P("J'ai choisi mes sources selon trois critères : leur lien direct avec la surveillance des machines "
          "dans le bois ou dans une industrie comparable, leur fiabilité, et leur fréquence de publication. Les "
          "revues scientifiques de génie industriel donnent les résultats les plus solides mais arrivent tard ; "
          "je les suis à travers des alertes sur deux bases bibliographiques. Le centre technique de la filière "
          "et la fédération nationale du bois publient des synthèses accessibles et connaissent le terrain des "
          "petites scieries, ce qui en fait les sources les plus utiles pour le directeur."),
        P("La presse professionnelle du bois, papier et en ligne, apporte les nouvelles du secteur : une "
          "scierie qui s'équipe, un salon, un nouvel appel à projets. Les fabricants de capteurs et d'outils "
          "d'analyse sont des sources biaisées mais indispensables pour suivre les offres et les prix ; je lis "
          "leurs annonces en les croisant avec les avis des utilisateurs. Enfin, deux groupes d'échange en ligne "
          "entre responsables de maintenance donnent des retours francs, que l'on ne trouve nulle part "
          "ailleurs. J'ai écarté les blogs généralistes sur l'industrie 4.0, trop vagues et souvent écrits pour "
          "vendre, ainsi que les rapports de cabinets de conseil payants, hors de portée du budget de la "
          "scierie."),
        P("Chaque source reçoit une note de fiabilité, revue tous les six mois. Une information importante venue d'une source faible doit être confirmée par une autre avant d'être transmise au directeur. Cette règle m'a déjà évité de relayer une annonce de prix qui ne concernait que le marché américain. Le tableau qui suit résume les sources retenues."),
        P("Les sources en anglais sont résumées en français dans les fiches, pour que toute l'équipe puisse les lire."),
        B("Inventaire des sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Pourquoi elle compte", "Fiabilité"],
           ["Centre technique de la filière bois", "institution", "synthèses sur les scieries françaises", "forte"],
           ["Revues de génie industriel (alertes)", "scientifique", "résultats mesurés", "forte"],
           ["Presse professionnelle du bois", "presse", "actualité du secteur, aides", "moyenne"],
           ["Sites des fabricants de capteurs", "commercial", "offres et prix", "faible, à croiser"],
           ["Forum des responsables de maintenance", "communauté", "retours d'utilisateurs", "moyenne"]]),
        B("Requêtes et mots-clés", {"search-queries": "ok"}),
        T([["Thème", "Requête", "Où"],
           ["Technologie", "\"vibration monitoring\" AND (sawmill OR \"band saw\")", "bases scientifiques"],
           ["Technologie", "maintenance prédictive capteurs PME", "alertes web"],
           ["Bois", "scierie numérisation maintenance", "presse professionnelle"],
           ["Financement", "plan investissement scierie appel à projets", "site de la filière"]]),

        H(2, "8.2 Le cycle de veille", {"watch-cycle": "ok"}),
        P("La veille suit un cycle simple en quatre temps, pensé pour tenir dans deux heures par semaine."),
        T([["Étape", "Ce que je fais", "Qui"],
           ["Collecter", "alertes et flux arrivent dans un seul lecteur de flux", "automatique"],
           ["Trier", "je garde ce qui concerne nos machines ou nos aides", "référent veille"],
           ["Analyser", "une fiche courte par information retenue, avec son intérêt pour Vialle",
            "référent veille"],
           ["Diffuser", "une lettre mensuelle d'une page au directeur et au responsable maintenance",
            "référent veille"]]),
        P("Chaque fiche est classée dans un dossier partagé, pour garder l'historique."),

        P("Le cycle a été testé pendant les trois derniers mois de mon alternance : douze lettres de veille ont été lues, et deux ont conduit à une décision, une demande d'aide et un contact avec un autre fournisseur."),
        H(2, "8.3 Rythme de mise à jour", {"update-method": "ok"}),
        P("Les flux et les alertes sont relus chaque lundi matin, pendant une heure, par la personne chargée de "
          "la veille ; après mon départ, ce sera l'assistante de direction, que j'ai formée en novembre. Chaque "
          "premier lundi du mois, elle envoie la lettre d'une page, qui reprend trois à cinq informations "
          "retenues et dit pour chacune si elle demande une décision. Tous les six mois, le directeur, le "
          "responsable de maintenance et elle relisent ensemble la liste des sources et des requêtes : une "
          "source qui n'a rien apporté en six mois est retirée, une nouvelle peut être ajoutée si quelqu'un en "
          "a entendu parler au salon ou chez un fournisseur. Les requêtes sont revues en même temps, pour "
          "suivre le vocabulaire qui change. Une fois par an, la veille fait l'objet d'un point en comité de "
          "direction, à la préparation du budget, pour voir ce qu'elle a permis de décider. Ce rythme est "
          "volontairement modeste : une veille trop lourde serait abandonnée au premier pic de commandes."),

        P("Enfin, toute alerte urgente, par exemple un appel à projets qui ferme dans moins d'un mois ou un rappel de sécurité sur un capteur installé, est transmise le jour même par courriel, sans attendre la lettre mensuelle. Le dossier partagé garde la trace de chaque décision prise à partir de la veille."),
        P("Ainsi, rien d'important ne dort plus d'un mois dans un dossier."),
        H(2, "8.4 Outils et tableau de bord", {"watch-tools": "empty"}),

        H(2, "8.5 Radar", {"technology-radar": "thin"}),
        P("Le radar classe huit technologies selon leur maturité pour une petite scierie : à adopter, à essayer, "
          "à surveiller, à écarter pour l'instant."),
        Img(["Adopter: vibration", "Essayer: acoustique lame", "Surveiller: vision", "Écarter: jumeau complet"],
            caption="Radar simplifié, novembre 2026."),

        H(1, "Partie 9 – Scierie 2035", {"prospective-vision": "ok"}),
        P("Que sera une petite scierie en 2035 ? Je m'appuie sur ce que la veille montre déjà pour proposer une "
          "vision, sans prétendre prédire. Premier fait : les capteurs bon marché et les abonnements d'analyse "
          "sont déjà là et leur prix continue de baisser ; il est raisonnable de penser que toutes les machines "
          "critiques des scieries seront surveillées en continu dans dix ans, comme les chaudières le sont "
          "aujourd'hui. Deuxième fait : les fabricants de scies commencent à livrer des machines avec des "
          "capteurs intégrés, ce qui fera disparaître la question de l'équipement après coup."),
        P("Troisième fait : les essais d'analyse acoustique des lames, encore au stade de la recherche en "
          "Scandinavie, pourraient permettre d'ajuster la vitesse d'avance en temps réel selon l'état de la lame "
          "et la qualité du bois. Une scierie de 2035 pourrait ainsi scier plus vite sans risquer la casse. "
          "Quatrième fait : la pénurie de scieurs expérimentés va s'aggraver avec les départs en retraite, et "
          "les outils numériques deviendront une condition pour attirer des jeunes qui ont grandi avec des "
          "écrans."),
        P("Je vois donc trois scénarios. Dans le premier, les petites scieries s'équipent ensemble, via leur "
          "interprofession, partagent leurs données et obtiennent des modèles de panne plus précis que chacune "
          "seule : c'est le scénario que je souhaite. Dans le deuxième, chacune s'équipe seule, chez des "
          "fournisseurs différents, et reste dépendante d'eux. Dans le troisième, les plus petites renoncent, "
          "et l'écart avec les grands groupes se creuse jusqu'à leur disparition ou leur rachat. Les signaux "
          "de la veille seront suivis pour savoir vers lequel nous allons, et la scierie pourra ajuster sa "
          "stratégie chaque année."),

        P("Pour la Scierie Vialle, cette vision a une conséquence immédiate : ne pas signer de contrat qui l'enferme, garder ses données, et participer dès maintenant aux discussions de l'interprofession sur un équipement commun. Le choix de la prochaine scie de tête, prévu vers 2030, devra tenir compte des capteurs intégrés."),
        P('Les signaux à suivre en priorité sont le prix des capteurs, les machines livrées équipées et les projets collectifs de la filière.'),
        H(1, "Conclusion générale", {"conclusion": "ok"}),
        P("Ce mémoire partait d'une casse de roulement un vendredi après-midi et d'une question simple : "
          "pouvait-on être prévenu avant ? La réponse est oui, avec des conditions. Les trois hypothèses se "
          "vérifient en grande partie. La technologie n'est plus un frein : pour moins de 8 000 euros par an, "
          "une scierie de quarante personnes peut surveiller sa machine la plus critique. Le vrai frein est "
          "humain : sans un référent qui lit les alertes et sans le soutien visible de la direction, le système "
          "aurait été débranché au bout d'un mois. Enfin, les gains se concentrent sur la scie de tête ; sur "
          "les petites machines, l'abonnement coûte plus qu'il ne rapporte."),
        P("Mon travail a des limites : une seule scierie, six mois, une comparaison d'une année sur l'autre "
          "qui reste fragile. Il mériterait d'être prolongé par un suivi sur plusieurs scieries et sur "
          "plusieurs années, ce que la veille mise en place et le partage proposé avec l'interprofession "
          "pourraient permettre. Il montre en tout cas qu'une innovation souvent présentée comme réservée aux "
          "grandes usines est à la portée d'une entreprise familiale de Haute-Loire, si elle s'y prend avec "
          "méthode et patience."),

        P("À titre personnel, ce travail m'a appris qu'un projet numérique dans une PME se joue moins dans le choix de l'outil que dans le temps passé avec les gens qui vont s'en servir."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        T([["Auteur", "Titre", "Année", "Type"],
           ["Centre technique de la filière bois", "La numérisation des scieries françaises", "2023", "rapport"],
           ["ISO", "ISO 20816-1, vibrations mécaniques, mesurage et évaluation", "2016", "norme"],
           ["Lindström, K. et al.", "Acoustic monitoring of band saw blade condition", "2021", "article"],
           ["Fédération nationale du bois", "Chiffres clés des scieries", "2025", "rapport"],
           ["Mobley, R. K.", "An Introduction to Predictive Maintenance", "2002", "ouvrage"]]),
    ],
    missing=["appendices"],
)
