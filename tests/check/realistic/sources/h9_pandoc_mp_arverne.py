from _common import *

DOC = dict(
    deliverable="management-plan",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: the technical director of a 34-person IT services firm in Clermont-Ferrand plans the team it needs
    to move into managed cloud services. Numbered paraphrased headings ("1." to "8.", sub-sections "2.1"); the
    training plan as a table; an extra section of the author's own on the staff survey (no section of the
    deliverable); the career heading left with nothing under it (empty); the vision for the team is one short
    paragraph (thin); no organisation chart and no follow-up indicators (both missing).""",
    title="Arverne Numérique – Plan de management de l'équipe technique 2027-2029",
    cover=["Rédigé par Damien Chabrol, directeur technique", "Version du 20 novembre 2026"],
    blocks=[
        H(1, "1. L'essentiel en une page", {"executive-summary": "ok"}),
        P("Arverne Numérique vit depuis quinze ans de la maintenance de parcs informatiques pour des PME "
          "auvergnates. Ce marché s'érode : nos clients passent au cloud et n'ont plus besoin d'un technicien qui "
          "vient changer un disque. Le conseil a décidé en septembre de faire des services cloud infogérés notre "
          "premier métier d'ici 2029. Ce plan dit comment l'équipe technique de vingt et une personnes suit ce "
          "virage : trois recrutements clés, un accueil mieux organisé, un effort de formation de 68 000 euros sur "
          "trois ans et une organisation en deux pôles. Il privilégie la montée en compétences des techniciens "
          "actuels plutôt que leur remplacement, parce que leur connaissance des clients est notre principal atout "
          "face aux grands infogéreurs lyonnais."),
        P("Le plan a été présenté aux délégués du personnel le 12 novembre ; il sera annoncé à toute l'équipe en janvier, avec un calendrier précis, pour couper court aux rumeurs."),
        H(1, "2. Où va l'entreprise, et avec qui", {"strategy-context": "ok"}),
        P("Le chiffre d'affaires 2026 sera d'environ 3,1 millions d'euros, dont 70 % en maintenance sur site et "
          "seulement 12 % en services cloud. Le plan stratégique vise l'inverse en 2029 : la moitié du chiffre "
          "d'affaires en contrats d'infogérance mensuels, plus réguliers et mieux margés. Nous avons signé en 2026 "
          "un partenariat avec un hébergeur souverain de Clermont, qui nous fournit l'infrastructure ; notre valeur "
          "ajoutée sera la migration, la sécurité et le support de proximité."),
        P("L'équipe technique compte vingt et une personnes : quatorze techniciens de proximité, quatre "
          "administrateurs systèmes, deux chefs de projet et moi. La moyenne d'âge est de 41 ans, l'ancienneté "
          "moyenne de neuf ans, et le turnover faible, à 6 % par an. Les forces sont claires : la relation client, "
          "la réactivité, une très bonne connaissance des environnements Windows. Les faiblesses aussi : deux "
          "personnes seulement savent administrer un environnement cloud, personne n'est certifié en sécurité, "
          "et nous n'avons aucun profil capable d'automatiser les déploiements. Trois techniciens partiront à la "
          "retraite avant 2029. L'équipe est inquiète, ce que l'enquête de la section 6 confirme : beaucoup "
          "craignent que le cloud supprime leur poste. Il faut donc un plan qui rassure autant qu'il transforme."),
        P("Côté commercial, les premiers contrats d'infogérance signés en 2026 montrent que les clients attendent surtout un interlocuteur unique et des engagements de délai, deux choses que notre organisation actuelle ne sait pas encore garantir."),
        H(2, "2.1 Qui fait quoi aujourd'hui", {"people-review": "ok"}),
        T([["Groupe", "Effectif", "Niveau actuel en cloud", "Potentiel", "Risque de départ"],
           ["techniciens de proximité", "14", "faible", "6 peuvent évoluer vers l'administration", "3 retraites d'ici 2029"],
           ["administrateurs systèmes", "4", "2 autonomes, 2 débutants", "fort", "moyen, très sollicités par la concurrence"],
           ["chefs de projet", "2", "bon", "un futur responsable de pôle", "faible"]]),
        H(1, "3. Les postes à créer d'ici 2028", {"key-functions": "ok"}),
        P("Trois fonctions nous manquent et ne peuvent pas être couvertes par la formation seule, parce qu'elles "
          "demandent plusieurs années d'expérience. Nous les recrutons à l'extérieur, dans cet ordre."),
        P("Les autres besoins, notamment l'administration courante des environnements cloud, seront couverts par nos propres techniciens formés, ce qui évite de mettre en concurrence anciens et nouveaux."),
        T([["Fonction", "Pourquoi", "Quand", "Profil"],
           ["architecte cloud", "concevoir les migrations et les offres", "premier trimestre 2027", "huit ans d'expérience, certifié"],
           ["ingénieur sécurité", "répondre aux exigences NIS 2 des clients", "septembre 2027", "expérience d'un centre de supervision"],
           ["ingénieur automatisation", "industrialiser les déploiements", "début 2028", "scripts, infrastructure as code"]]),
        H(1, "4. Bien accueillir les nouveaux", {"onboarding": "ok"}),
        P("Nos derniers recrutements ont été accueillis à la va-vite : un poste pas prêt, des accès ouverts au bout "
          "d'une semaine, et un nouvel administrateur parti au bout de quatre mois en disant qu'il ne savait pas à "
          "qui s'adresser. Pour des profils rares et chers, ce n'est plus possible. Côté administratif, le contrat, "
          "la mutuelle, le badge, l'ordinateur et tous les comptes seront prêts le premier jour ; l'assistante de "
          "direction tient une liste de contrôle signée la veille de l'arrivée. Côté organisation, chaque nouvel "
          "arrivant reçoit un programme écrit de ses trois premiers mois, avec des objectifs modestes et datés. "
          "Côté équipe, il a un parrain choisi parmi les administrateurs, qui n'est pas son responsable, déjeune "
          "avec l'équipe le premier jour et accompagne un technicien chez deux clients la première semaine, "
          "pour comprendre d'où vient l'entreprise. Un point à un mois et un à trois mois avec moi ferment la période."),
        P("Pour les techniciens qui changent de métier en interne, nous appliquons le même programme, allégé : eux aussi changent d'équipe et d'habitudes."),
        H(2, "4.1 Les 90 premiers jours", {"onboarding-plan": "ok"}),
        T([["Moment", "Ce qui se passe", "Qui s'en charge"],
           ["la veille", "poste, comptes et badge vérifiés", "assistante de direction"],
           ["jour 1", "accueil, visite, déjeuner d'équipe, remise du programme", "Damien et le parrain"],
           ["semaine 1", "deux journées chez des clients avec un technicien", "parrain"],
           ["mois 1", "premier dossier en autonomie, point d'étape", "Damien"],
           ["mois 3", "bilan, fin de la période d'essai", "Damien et la RH"]]),
        H(1, "5. Ce que l'équipe doit apprendre", {"training-needs": "ok"}),
        P("Nous avons fait passer à chaque membre de l'équipe un entretien d'une heure et un petit test pratique "
          "en octobre. Trois besoins ressortent. D'abord, les bases du cloud pour tous : comprendre ce qu'est un "
          "service managé, une facturation à l'usage, une sauvegarde externalisée, pour pouvoir en parler aux "
          "clients sans renvoyer vers un collègue. Ensuite, une vraie spécialisation pour six techniciens "
          "volontaires, qui deviendront administrateurs cloud en dix-huit mois. Enfin, la sécurité, où nous "
          "partons de presque rien : sensibilisation pour tous, certification pour deux administrateurs. Les "
          "contraintes sont fortes : nous ne pouvons pas retirer plus de deux personnes du terrain la même "
          "semaine, le budget formation est de 68 000 euros sur trois ans dont une partie financée par l'OPCO, et "
          "les techniciens les plus anciens préfèrent apprendre en faisant plutôt qu'en salle. Nous combinons donc "
          "formations courtes, binômes sur de vrais projets de migration et une heure de veille partagée chaque "
          "vendredi."),
        P("Chaque formation sera suivie d'une mise en pratique sur un projet client dans le mois qui suit, sinon elle s'oublie."),
        H(2, "5.1 Formations retenues pour 2027", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Format", "Durée", "Coût", "Financement"],
           ["fondamentaux du cloud", "les 21", "en ligne et atelier interne", "3 jours", "6 300 €", "OPCO"],
           ["administration cloud certifiante", "6 techniciens volontaires", "organisme à Lyon", "10 jours", "24 000 €", "plan de développement"],
           ["sécurité des systèmes, certification", "2 administrateurs", "inter-entreprises", "5 jours", "7 800 €", "plan de développement"],
           ["sensibilisation au phishing", "toute l'entreprise", "module en ligne", "2 heures", "1 200 €", "budget interne"]]),
        H(2, "5.2 Évolutions de carrière", {"career-plan": "empty"}),
        H(1, "6. Ce que nous ont dit les salariés (enquête d'octobre)"),
        P("Dix-neuf des vingt et une personnes ont répondu au questionnaire anonyme. Treize disent ne pas "
          "comprendre ce que le virage vers le cloud va changer pour elles, neuf craignent pour leur poste, et "
          "quinze aimeraient être formées. Les commentaires demandent surtout de la clarté sur le calendrier."),
        H(1, "7. L'équipe en 2029", {"team-vision": "thin"}),
        P("En 2029, l'équipe sera organisée en deux pôles : un pôle proximité, qui garde le lien avec les clients "
          "et le support sur site, et un pôle cloud et sécurité, dirigé par l'architecte recruté en 2027. Chaque "
          "technicien pourra passer d'un pôle à l'autre. Je veux une équipe où personne ne se sent laissé de côté "
          "par le changement, et où les anciens transmettent la connaissance des clients aux nouveaux."),
        H(1, "8. Ce que ça coûte", {"budget-timeline": "ok"}),
        T([["Poste", "2027", "2028", "2029"],
           ["recrutements (salaires chargés)", "142 000 €", "268 000 €", "275 000 €"],
           ["formation", "39 300 €", "18 000 €", "10 700 €"],
           ["accueil et parrainage", "4 000 €", "3 000 €", "2 000 €"]]),
        H(2, "8.1 Calendrier", {"timeline": "ok"}),
        T([["Période", "Étape"],
           ["janvier 2027", "annonce du plan à toute l'équipe, lancement des fondamentaux du cloud"],
           ["mars 2027", "arrivée de l'architecte cloud"],
           ["septembre 2027", "arrivée de l'ingénieur sécurité, première promotion d'administrateurs"],
           ["2028", "création des deux pôles, recrutement de l'ingénieur automatisation"],
           ["fin 2029", "bilan du plan devant le conseil"]]),
    ],
    missing=["target-organisation", "hr-indicators"],
)
