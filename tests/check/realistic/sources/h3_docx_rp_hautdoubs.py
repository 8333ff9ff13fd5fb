from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French, a rural water board replacing 14,000 water meters with radio meters. Most headings are
    numbered bold Normal paragraphs (one in upper case), the rating scale is a numbered level-2 heading and the
    responses a numbered level-1 heading; the heat map is two sentences (thin); the early-warning heading has
    nothing under it (empty); an acronyms annex of the author's own at the end.""",
    title="SIEHD – Projet Télérelève 2027-2028",
    cover=["Politique de gestion des risques", "Rédigée par Clémence Vuillemin, cheffe de projet, novembre 2026"],
    blocks=[
        B("1. Ce que nous protégeons, et jusqu'où", {"policy-objectives": "ok"}),
        P("Le Syndicat intercommunal des eaux du Haut-Doubs distribue l'eau de 23 communes, soit 14 000 abonnés. "
          "Ses compteurs mécaniques sont relevés à pied une fois par an par quatre fontainiers, et une fuite chez un "
          "abonné n'est découverte qu'à la facture, parfois six mois plus tard. Le comité syndical a voté en "
          "septembre le remplacement de tous les compteurs par des compteurs à radiorelève, lus chaque jour par un "
          "réseau de quarante concentrateurs, pour un budget de 3,1 millions d'euros dont 40 % subventionnés par "
          "l'Agence de l'eau. Ce document fixe la façon dont l'équipe projet repère, note, traite et suit les "
          "risques de ce chantier jusqu'à la fin de 2028. Trois choses comptent plus que les autres : la "
          "continuité de la facturation, la confiance des abonnés et la subvention, perdue si les travaux ne sont "
          "pas finis au 31 décembre 2028. Le comité accepte un dépassement de 5 % du budget, mais aucun retard "
          "sur la date de fin. Tout risque noté 12 ou plus reçoit un plan écrit et un responsable nommé."),
        B("2. D'où vient notre liste", {"identification-method": "ok"}),
        P("Nous avons réuni à trois reprises un petit groupe : les quatre fontainiers, la responsable de la "
          "facturation, le technicien informatique mis à disposition par la communauté de communes et deux élus. "
          "Chaque séance partait d'une famille de risques différente : le terrain et le matériel, les abonnés et la "
          "communication, puis l'argent, le droit et les fournisseurs. Nous avons aussi appelé deux syndicats du "
          "Jura qui ont fait la même opération en 2023 et 2024 ; leur retour d'expérience nous a apporté trois "
          "risques que personne n'avait cités, dont les caves inondées en mars. Enfin, j'ai relu le marché signé "
          "avec le poseur, article par article, pour repérer les pénalités et les délais qui ne nous protègent pas. "
          "Chaque risque est rédigé en une phrase qui donne la cause, ce qui peut arriver et la conséquence, puis "
          "noté séparément par son responsable et par moi sur le barème ci-dessous ; en cas d'écart de deux points, "
          "nous en discutons avant de l'inscrire."),
        H(2, "2.1 Comment on note", {"rating-scales": "ok"}),
        T([["Note", "Vraisemblance", "Conséquence"],
           ["1", "ne devrait pas arriver", "moins de 5 000 € ou quelques abonnés gênés"],
           ["2", "peut arriver une fois", "jusqu'à 30 000 € ou un mois de retard sur un secteur"],
           ["3", "arrivera probablement", "jusqu'à 100 000 € ou une commune entière touchée"],
           ["4", "arrive déjà ailleurs", "subvention menacée ou facturation arrêtée"]]),
        B("3. LES RISQUES DU CHANTIER", {"risk-register": "ok"}),
        T([["N°", "Ce qui peut arriver", "V", "C", "Note", "Qui s'en occupe"],
           ["R1", "Livraison des compteurs retardée par la pénurie de composants radio", "3", "4", "12", "C. Vuillemin"],
           ["R2", "Abonnés absents ou refusant l'accès au compteur en cave", "4", "3", "12", "chef fontainier"],
           ["R3", "Vallées mal couvertes par les concentrateurs", "3", "3", "9", "technicien informatique"],
           ["R4", "Première facture fausse après bascule", "2", "4", "8", "responsable facturation"],
           ["R5", "Abonnés inquiets pour leurs données de consommation", "3", "2", "6", "directeur"],
           ["R6", "Gel de janvier : poses impossibles en regard extérieur", "3", "2", "6", "chef fontainier"],
           ["R7", "Poseur en difficulté financière", "1", "4", "4", "directeur"],
           ["R8", "Fontainiers débordés par les fuites découvertes", "4", "3", "12", "chef fontainier"]]),
        B("4. Carte de chaleur", {"risk-matrix": "thin"}),
        P("Trois risques sont dans la case rouge : la livraison, l'accès aux compteurs et la charge des "
          "fontainiers. Les autres sont en orange ou en vert et ne sont revus qu'une fois par trimestre."),
        B("5. Signaux faibles", {"trigger-indicators": "empty"}),
        H(1, "6. Notre réponse à chaque risque", {"response-strategy": "ok"}),
        P("Pour chaque risque, son responsable choisit entre quatre attitudes, et il doit pouvoir expliquer son "
          "choix au comité en deux phrases. La première consiste à supprimer le risque en changeant le projet : "
          "c'est ce que nous avons fait pour le gel, en ne posant aucun compteur en regard extérieur entre le 15 "
          "décembre et le 15 février. La deuxième, la plus fréquente, consiste à diminuer sa probabilité ou sa "
          "gravité par une action que nous maîtrisons, par exemple des rendez-vous de pose proposés le samedi pour "
          "les abonnés qui travaillent. La troisième consiste à le faire porter par un autre : la défaillance du "
          "poseur est couverte par une garantie bancaire de 10 % du marché, et les retards de livraison par des "
          "pénalités que nous avons renégociées. La dernière est de l'accepter quand agir coûterait plus cher que "
          "le dommage ; c'est le cas des inquiétudes sur les données, auxquelles nous répondons seulement par une "
          "page d'information et une permanence en mairie. Nous gardons une réserve de 90 000 euros, soit à peu "
          "près le coût cumulé des quatre risques les plus graves s'ils survenaient tous à moitié ; le comité "
          "syndical seul peut l'engager."),
        B("6.1 Les quatre risques rouges en détail", {"response-plans": "ok"}),
        T([["Risque", "Ce que nous faisons dès maintenant", "Si cela arrive quand même", "Coût", "Échéance"],
           ["R1", "commande en trois lots, le premier payé d'avance", "commencer par les communes déjà livrées", "12 000 €", "mars 2027"],
           ["R2", "courrier, puis appel, puis rendez-vous le samedi", "pose avec le maire lors d'une seconde visite", "8 000 €", "tout le chantier"],
           ["R8", "un fontainier intérimaire d'avril à octobre", "réparations hors urgences reportées d'un mois", "26 000 €", "avril 2027"],
           ["R4", "double facturation à blanc sur une commune test", "facture estimée puis régularisation", "4 000 €", "septembre 2027"]]),
        B("7. Qui surveille, et quand", {"monitoring-governance": "ok"}),
        P("Je mets à jour le tableau des risques chaque lundi matin, après la réunion de chantier avec le poseur, "
          "et je l'envoie aux responsables de chaque risque. Une fois par mois, le comité de pilotage, qui réunit "
          "le président du syndicat, le directeur, la responsable de la facturation et moi, passe en revue les "
          "risques notés 9 et plus, décide des dépenses prises sur la réserve et valide l'entrée des nouveaux "
          "risques proposés par l'équipe. Quand un risque monte de deux points ou plus d'une semaine à l'autre, je "
          "préviens le directeur le jour même, sans attendre le comité. Chaque trimestre, un point d'une demi-page "
          "est présenté au comité syndical, pour que les élus sachent où en est le chantier avant les questions "
          "des habitants. À la fin du projet, nous écrirons avec les fontainiers ce qui a marché et ce qui n'a pas "
          "marché, pour les syndicats voisins qui nous ont déjà posé la question."),
        B("Annexe – sigles"),
        L(["SIEHD : Syndicat intercommunal des eaux du Haut-Doubs",
           "V / C : vraisemblance et conséquence, notées de 1 à 4"]),
    ],
)
