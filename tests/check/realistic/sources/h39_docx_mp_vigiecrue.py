from _common import *

DOC = dict(
    deliverable="management-plan",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Vigie Crue, a 26-person start-up in Tours that installs flood sensors along the Loire and
    sells an alert dashboard to towns, must grow its field operations team from seven to twelve people to equip
    120 towns by 2028. Numbered headings throughout (1. to 9., with 2.1, 4.1, 5.1, 5.2, 6.1, 8.1); the current
    team is a table under "2.1 L'équipe aujourd'hui"; the org charts are a drawn picture. The career actions
    sub-heading "5.2 Parcours individuels" has nothing under it (empty). The author added a section of her own
    on what could derail the plan ("7. Ce qui peut faire dérailler le plan"), between the vision and the
    budget.""",
    title="Vigie Crue – Plan de management de l'équipe Opérations terrain 2027-2028",
    cover=["Étude de cas n° 3 – plan de management", "Camille Roussel – décembre 2026"],
    blocks=[
        H(1, "1. En bref", {"executive-summary": "ok"}),
        P("Vigie Crue doit équiper 120 communes de capteurs de crue d'ici la fin 2028, contre 34 aujourd'hui. Avec "
          "sept personnes, l'équipe Opérations terrain pose au mieux trente sites par an : il manque donc du monde, "
          "mais surtout des compétences que nous n'avons pas encore, comme le travail sur corde sous les ponts et "
          "l'analyse des données des capteurs. Ce plan propose cinq recrutements et un apprenti étalés sur dix-huit mois, un "
          "accueil des nouveaux en binôme avec un ancien, un plan de formation de 41 000 euros et une organisation "
          "en deux pôles, pose et données, chacun avec un référent. Il coûte 332 000 euros sur deux ans, salaires "
          "compris, et sera suivi chaque trimestre avec la direction à partir de quatre indicateurs simples. Il a été "
          "discuté avec l'équipe en novembre, et chacun sait déjà ce qui change pour lui en 2027."),
        H(1, "2. Où en est Vigie Crue ?", {"strategy-context": "ok"}),
        P("Vigie Crue est née en 2021 à Tours d'un projet de fin d'études de deux ingénieurs hydrologues. "
          "L'entreprise fabrique des capteurs de hauteur d'eau autonomes, fixés sous les ponts ou sur les quais, et "
          "vend aux communes un tableau de bord qui prévient le maire et les services techniques quand la rivière "
          "monte trop vite. Elle compte 26 salariés et a réalisé 2,1 millions d'euros de chiffre d'affaires en "
          "2026, dont les deux tiers en abonnements."),
        P("En octobre, l'Établissement public Loire a retenu Vigie Crue pour équiper 86 communes supplémentaires "
          "du bassin entre 2027 et 2028. C'est le plus gros contrat de notre histoire, et la direction veut aussi "
          "s'en servir pour entrer sur la Vienne et le Cher. La stratégie tient en une phrase : devenir le "
          "fournisseur de référence des communes moyennes du bassin de la Loire avant l'arrivée des grands "
          "groupes de l'eau sur ce marché."),
        P("L'équipe Opérations terrain, que je dirige depuis septembre, pose les capteurs, les entretient et "
          "répond aux communes quand une alerte semble fausse. Elle compte sept personnes : quatre techniciens, "
          "une chargée de support, un analyste de données à mi-temps partagé avec la R&D, et moi. L'équipe est "
          "soudée et connaît bien le terrain, mais elle travaille encore comme à cinq, sans procédure écrite, et "
          "deux techniciens font à eux seuls toutes les poses délicates sous les ponts."),
        H(2, "2.1 L'équipe aujourd'hui", {"people-review": "ok"}),
        T([["Personne", "Poste", "Ancienneté", "Points forts", "À développer"],
           ["Yohann", "technicien senior", "5 ans", "poses sous les ponts, électronique", "transmettre son savoir"],
           ["Inès", "technicienne", "3 ans", "relation avec les mairies", "travail en hauteur"],
           ["Baptiste", "technicien", "2 ans", "rapide, autonome", "rédaction des rapports"],
           ["Marius", "technicien", "8 mois", "motivé, titulaire du permis bateau", "habilitation électrique"],
           ["Nadia", "chargée de support", "4 ans", "calme au téléphone en pleine crue", "outils de ticketing"],
           ["Hugo", "analyste de données (mi-temps)", "1 an", "Python, modèles hydrologiques", "vulgariser"]]),
        H(1, "3. Les postes à pourvoir d'ici 2028", {"key-functions": "ok"}),
        T([["Poste", "Pourquoi", "Profil", "Quand", "Recrutement"],
           ["Technicien cordiste (x2)", "poser sous les ponts sans dépendre de Yohann",
            "CQP cordiste, notions d'électronique", "mars et septembre 2027", "externe, écoles de cordistes"],
           ["Responsable pôle données", "fiabiliser les alertes et réduire les fausses alarmes",
            "ingénieur hydrologue ou data, 5 ans d'expérience", "juin 2027", "externe, cabinet spécialisé"],
           ["Chargé(e) de relation communes", "suivre les 120 communes après la pose",
            "ancien agent territorial apprécié", "janvier 2028", "externe ou mobilité de Nadia"],
           ["Magasinier logisticien", "préparer 90 kits de pose par an", "logistique, permis C",
            "avril 2027", "externe, agence locale"],
           ["Apprenti(e) technicien", "préparer la relève dans trois ans", "BTS électrotechnique", "septembre 2027",
            "alternance avec le lycée de Tours"]]),
        H(1, "4. Accueillir les nouveaux", {"onboarding": "ok"}),
        P("Nos derniers arrivants ont appris le métier en suivant Yohann, sans programme et parfois sans avoir "
          "signé leur fiche de poste. Avec cinq arrivées en dix-huit mois, cela ne suffit plus. Avant l'arrivée, "
          "l'assistante RH prépare le contrat, la visite médicale, la déclaration à la mutuelle et la commande de "
          "l'équipement de protection à la bonne taille ; la personne reçoit par courrier le livret d'accueil et "
          "le planning de sa première semaine."),
        P("Le premier jour, je reçois moi-même le nouvel arrivant, nous faisons le tour des bureaux et de l'atelier, "
          "il déjeune avec l'équipe et il repart avec son téléphone, son ordinateur et ses accès. Chaque nouvel "
          "arrivant a ensuite un parrain qui n'est pas son responsable : il l'emmène sur ses chantiers pendant trois "
          "semaines, répond aux questions qu'on n'ose pas poser et me donne son avis à la fin du premier mois. Les "
          "cordistes ne posent seuls sous un pont qu'après dix poses accompagnées. Un point d'étonnement est prévu "
          "au bout de six semaines, où la personne nous dit ce qui lui a paru absurde dans nos façons de faire."),
        H(2, "4.1 Les trois premiers mois", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["Avant l'arrivée", "contrat, visite médicale, équipement commandé, livret envoyé", "assistante RH"],
           ["Jour 1", "accueil, tour des locaux, déjeuner d'équipe, remise du matériel", "Camille"],
           ["Semaines 1 à 3", "chantiers en binôme avec le parrain", "parrain"],
           ["Semaine 6", "point d'étonnement", "Camille, parrain"],
           ["Mois 3", "bilan de période d'essai et objectifs de l'année", "Camille"]]),
        H(1, "5. Former l'équipe", {"training-needs": "ok"}),
        P("J'ai demandé à chacun, en entretien individuel, ce qui le gênait dans son travail, et j'ai regardé les "
          "rapports d'intervention de l'année. Trois besoins ressortent. D'abord la sécurité : seuls Yohann et "
          "Baptiste ont l'habilitation électrique à jour, et personne d'autre que Yohann n'a de certificat de "
          "travail sur corde, alors que les trois quarts des nouveaux sites sont sous des ponts. Ensuite la "
          "donnée : les fausses alertes ont doublé en 2026, et l'équipe ne sait pas lire les courbes pour "
          "distinguer un capteur encrassé d'une vraie montée des eaux. Enfin la relation avec les communes : les "
          "techniciens sont souvent les seuls à rencontrer les services techniques, et ils ne savent pas toujours "
          "quoi répondre quand un élu leur demande pourquoi l'alerte est partie la nuit. Les contraintes sont "
          "fortes : personne ne peut partir en formation entre novembre et mars, la saison des crues, et le "
          "budget de formation de l'entreprise était de 9 000 euros l'an dernier. Il faudra donc concentrer les "
          "formations entre avril et octobre et obtenir de la direction un budget plus que doublé."),
        H(2, "5.1 Plan de formation 2027", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Durée", "Organisme", "Coût", "Période"],
           ["CQP cordiste niveau 1", "Inès, Marius", "10 jours", "centre de formation de Saumur", "9 600 €", "avril-mai"],
           ["Habilitation électrique B1V", "Inès, Marius, nouveaux", "3 jours", "organisme agréé", "4 200 €", "juin"],
           ["Lire les données des capteurs", "toute l'équipe", "2 jours", "Hugo, en interne", "0 €", "septembre"],
           ["Parler aux élus en situation de crise", "techniciens, Nadia", "1 jour", "consultant", "3 800 €", "octobre"],
           ["Permis bateau fluvial", "Baptiste", "2 jours", "école de Tours", "900 €", "mai"]]),
        H(2, "5.2 Parcours individuels", {"career-plan": "empty"}),
        H(1, "6. L'équipe que je veux en 2028", {"team-vision": "ok"}),
        P("Dans deux ans, je veux une équipe de douze personnes, plus un apprenti, qui ne dépend plus d'un seul homme pour les poses "
          "difficiles et qui sait expliquer chaque alerte à une commune. Elle sera organisée en deux pôles. Le pôle "
          "pose regroupera les techniciens et les cordistes, avec Yohann comme référent technique : il ne fera plus "
          "lui-même toutes les poses délicates mais les préparera, les contrôlera et formera les autres. Le pôle "
          "données réunira Hugo, le nouveau responsable et Nadia, qui verra arriver les alertes douteuses avant les "
          "mairies et pourra rappeler une commune avant qu'elle ne s'inquiète."),
        P("Je veux aussi changer notre manière de travailler. Chaque pose aura une fiche écrite, photographiée et "
          "relue, pour que n'importe quel technicien puisse intervenir sur un site qu'il ne connaît pas. Une fois "
          "par mois, l'équipe se réunira une demi-journée pour revenir sur les fausses alertes et les incidents, "
          "sans chercher de coupable. Chacun aura un objectif de progression écrit, discuté à l'entretien annuel. "
          "Mon ambition est qu'en 2028 une commune qui appelle Vigie Crue ait toujours en face d'elle quelqu'un "
          "qui connaît sa rivière, et que l'équipe soit assez solide pour suivre l'entreprise sur la Vienne et le "
          "Cher sans que je doive tout refaire. Je veux enfin que les techniciens qui le souhaitent puissent "
          "évoluer chez nous, vers le pôle données ou vers la relation avec les communes, au lieu de partir."),
        H(2, "6.1 Organigrammes", {"target-organisation": "ok"}),
        Img(["Camille", "Pôle pose : Yohann + 5", "Pôle données : responsable + Hugo + Nadia", "Relation communes"],
            "Organisation cible fin 2028 : deux pôles et une fonction de relation avec les communes."),
        H(1, "7. Ce qui peut faire dérailler le plan"),
        P("Le marché des cordistes est tendu : si nous ne trouvons personne en mars, Inès et Marius poseront en "
          "binôme avec Yohann plus longtemps. Le départ de Yohann serait le risque le plus grave ; nous lui "
          "proposons le rôle de référent avec une revalorisation, et ses gestes seront filmés et écrits dès "
          "janvier."),
        H(1, "8. Budget", {"budget-timeline": "ok"}),
        T([["Poste de dépense", "2027", "2028", "Total"],
           ["Salaires chargés des recrutements", "118 000 €", "146 000 €", "264 000 €"],
           ["Recrutement (annonces, cabinet)", "12 000 €", "3 000 €", "15 000 €"],
           ["Formation", "22 500 €", "18 500 €", "41 000 €"],
           ["Équipement des nouveaux", "8 000 €", "4 000 €", "12 000 €"],
           ["Total", "160 500 €", "171 500 €", "332 000 €"]]),
        H(2, "8.1 Calendrier", {"timeline": "ok"}),
        T([["Période", "Étape"],
           ["janvier 2027", "fiches de poste validées, annonces publiées"],
           ["mars 2027", "arrivée du premier cordiste"],
           ["avril-juin 2027", "formations cordiste et habilitation, arrivée du magasinier et du responsable données"],
           ["septembre 2027", "second cordiste, passage en deux pôles"],
           ["janvier 2028", "chargé(e) de relation communes"],
           ["décembre 2028", "bilan du plan avec la direction"]]),
        H(1, "9. Comment je saurai que ça marche", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Cible fin 2028"],
           ["Sites posés par an", "30", "55"],
           ["Poses sous pont faites sans Yohann", "0 %", "70 %"],
           ["Fausses alertes par mois", "14", "moins de 5"],
           ["Nouveaux arrivants encore là après un an", "–", "100 %"]]),
    ],
)
