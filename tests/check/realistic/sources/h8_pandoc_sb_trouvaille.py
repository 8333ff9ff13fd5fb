from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="pandoc",
    via="markdown",
    language="fr",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French: a network of three second-hand shops (ressourceries) around Angers specifies an app for booking
    donation pick-ups and tracking the stock of collected objects. Numbered headings throughout ("1." to "11.",
    sub-sections "2.1"); the backlog as a table of user stories; an extra section of the author's own on what
    the field visits taught the team (no section of the deliverable). The technical architecture is one short
    paragraph (thin); no feature tree and no glossary (both missing).""",
    title="La Trouvaille – Application de collecte et de suivi des dons",
    cover=["Spécification fonctionnelle et technique", "Équipe : Hugo Marchal, Nina Cordier, Sofiane Adda"],
    blocks=[
        H(1, "1. En bref", {"summary": "ok"}),
        P("La Trouvaille est une association qui gère trois ressourceries dans l'agglomération d'Angers : elle "
          "collecte des objets dont les habitants se séparent, les répare et les revend à petit prix. Aujourd'hui, "
          "les demandes d'enlèvement à domicile arrivent par téléphone et sont notées sur un cahier ; un tiers des "
          "rendez-vous sont manqués ou mal préparés, et personne ne sait ce qui se trouve dans les réserves. Ce "
          "document décrit l'application que nous proposons : une prise de rendez-vous en ligne pour les "
          "donateurs, une tournée optimisée pour les deux camions, et un inventaire simple des objets collectés, "
          "de leur arrivée à leur vente. Il s'adresse au conseil d'administration, aux salariés et au prestataire "
          "qui développera l'outil. Le budget est de 48 000 € sur un an, avec une mise en service prévue pour "
          "avril 2027, avant la saison des déménagements."),
        H(1, "2. La Trouvaille et son écosystème", {"context-stakeholders": "ok"}),
        P("L'association a été créée en 2011 à Trélazé. Elle emploie 22 salariés, dont 14 en contrat d'insertion, "
          "et s'appuie sur une cinquantaine de bénévoles. En 2025, elle a collecté 640 tonnes d'objets et en a "
          "revendu 58 %, pour un chiffre d'affaires de 710 000 €. Le reste part en recyclage via la déchetterie "
          "communautaire. Les trois boutiques sont à Trélazé, Avrillé et Angers centre ; les camions partent tous "
          "du dépôt de Trélazé. Les trois sites partagent un seul numéro de téléphone, tenu par une salariée à mi-temps, "
          "et un tableur de suivi que chacun remplit à sa façon ; aucun outil numérique n'est partagé entre le "
          "dépôt, l'atelier et les boutiques, ce qui explique la plupart des erreurs que nous décrivons plus bas."),
        P("Le projet est porté par la directrice, Martine Joubert, qui en est la commanditaire, et financé en "
          "partie par Angers Loire Métropole dans le cadre de son plan de réduction des déchets. La collectivité "
          "demande en retour des chiffres trimestriels sur les tonnages détournés de l'enfouissement. Les "
          "utilisateurs quotidiens seront les deux chauffeurs-collecteurs, les trois responsables de boutique, "
          "l'équipe de l'atelier de réparation et les donateurs eux-mêmes, souvent âgés, qui appellent "
          "aujourd'hui le standard. Les salariés en insertion ont des niveaux de lecture très variables, ce qui "
          "pèse sur la conception des écrans. Enfin, le prestataire informatique, une petite agence angevine, "
          "assurera le développement et la maintenance."),
        H(2, "2.1 Qui est concerné, et comment ?", {"stakeholder-map": "ok"}),
        T([["Acteur", "Rôle dans le projet", "Influence", "Ce qu'il attend"],
           ["Martine Joubert, directrice", "commanditaire, arbitre le budget", "forte", "moins de rendez-vous manqués"],
           ["Angers Loire Métropole", "cofinanceur", "forte", "des tonnages fiables chaque trimestre"],
           ["Chauffeurs-collecteurs", "utilisateurs de la tournée", "moyenne", "des adresses justes, moins de détours"],
           ["Responsables de boutique", "saisie du stock et des ventes", "moyenne", "savoir ce qui arrive"],
           ["Donateurs", "prennent rendez-vous", "faible", "un créneau simple, un rappel la veille"],
           ["Agence Pixel Loire", "prestataire", "moyenne", "un périmètre stable"]]),
        H(1, "3. De quoi avons-nous besoin ?", {"needs-analysis": "ok"}),
        P("Nous avons passé trois journées sur le terrain en octobre : une au standard, une dans le camion, une "
          "en boutique. Les besoins humains d'abord : le standard reçoit 90 appels par semaine pour des "
          "enlèvements, qui occupent une salariée à mi-temps ; les chauffeurs perdent en moyenne 40 minutes par "
          "tournée à chercher des adresses ou à attendre des donateurs absents ; les vendeurs ne savent pas quels "
          "meubles sont en réserve et refusent parfois des clients alors que l'objet est au dépôt."),
        P("Les besoins logistiques ensuite : les deux camions font quatre tournées par semaine chacun, avec "
          "souvent un retour à vide faute d'avoir su que l'objet ne passait pas la porte. Il faut connaître le "
          "volume et l'étage avant de se déplacer, et regrouper les adresses par secteur. Côté stock, les objets "
          "passent par l'atelier avant la vente ; il faut savoir où ils sont et depuis combien de temps, car "
          "certains restent six mois en réserve."),
        P("Les besoins financiers enfin : l'association doit rendre compte des tonnages à la collectivité, qui "
          "finance 60 % du projet, et veut connaître la marge par catégorie d'objets pour décider de ce qu'elle "
          "continue à collecter. Tout cela se fait aujourd'hui à la main, une fois par an, à partir des bons de pesée de la déchetterie et des tickets de caisse, ce qui "
          "prend une semaine entière à la comptable."),
        H(2, "3.1 Les besoins en un tableau", {"needs-table": "ok"}),
        T([["Besoin", "Type", "Pour qui", "Priorité"],
           ["Réserver un enlèvement en ligne ou par le standard", "humain", "donateurs, standard", "haute"],
           ["Décrire l'objet avec photo, volume et étage", "logistique", "chauffeurs", "haute"],
           ["Tournée regroupée par secteur", "logistique", "chauffeurs", "haute"],
           ["Étiquette et suivi de chaque objet jusqu'à la vente", "logistique", "boutiques, atelier", "moyenne"],
           ["Tonnages par trimestre", "financier", "collectivité", "haute"],
           ["Marge par catégorie", "financier", "direction", "moyenne"]]),
        H(1, "4. Objectifs et limites du projet", {"objectives-scope": "ok"}),
        P("Nous visons trois résultats mesurables d'ici fin 2027 : réduire les rendez-vous manqués de 33 % à moins "
          "de 10 %, passer de 58 % à 65 % d'objets revendus grâce à une meilleure rotation du stock, et produire "
          "les tonnages trimestriels en un clic. Le périmètre comprend la prise de rendez-vous par les donateurs "
          "et par le standard, la préparation et le suivi des tournées sur téléphone, l'étiquetage et le suivi "
          "des objets, et un tableau de bord pour la direction."),
        P("Hors périmètre : la caisse des boutiques, qui reste sur le logiciel actuel et sera simplement reliée par "
          "un export quotidien ; la vente en ligne, envisagée pour 2028 ; la gestion des bénévoles. Les contraintes "
          "sont fortes : 48 000 € au total, une mise en service avant la saison des déménagements d'avril, des "
          "écrans utilisables par des personnes qui lisent peu, et des données personnelles de donateurs qui "
          "doivent rester hébergées en France et être effacées au bout de deux ans. Le prestataire ne peut pas dépasser 52 jours de développement."),
        H(1, "5. Découpage en lots", {"functional-breakdown": "ok"}),
        P("Nous livrons en quatre lots successifs, chacun utilisable seul, pour que les équipes voient vite un "
          "résultat. Le premier lot remplace le cahier du standard ; il conditionne les autres, car sans rendez-vous "
          "saisis il n'y a ni tournée ni objet à suivre. Le stock vient en troisième position parce qu'il demande "
          "de former les boutiques, ce que nous ferons en période calme."),
        T([["Lot", "Fonctions", "Mois"],
           ["1. Rendez-vous", "formulaire donateur, saisie standard, rappel SMS", "janvier"],
           ["2. Tournées", "regroupement par secteur, feuille de route sur téléphone", "février"],
           ["3. Stock", "étiquette QR, passage atelier, mise en rayon, vente", "mars"],
           ["4. Pilotage", "tonnages, marge par catégorie, export collectivité", "avril"]]),
        H(1, "6. Ce que l'agence va développer, story par story", {"product-backlog": "ok"}),
        T([["ID", "En tant que…", "je veux…", "afin de…", "Priorité", "Points"],
           ["US1", "donateur", "choisir un créneau d'enlèvement en ligne", "ne pas appeler le standard", "M", "5"],
           ["US2", "standardiste", "saisir un rendez-vous pris par téléphone", "garder les donateurs âgés", "M", "3"],
           ["US3", "donateur", "recevoir un SMS la veille", "ne pas oublier le passage", "M", "2"],
           ["US4", "chauffeur", "voir ma tournée triée par secteur", "éviter les détours", "M", "8"],
           ["US5", "chauffeur", "voir la photo et l'étage de l'objet", "venir avec le bon matériel", "S", "3"],
           ["US6", "agent d'atelier", "scanner l'étiquette d'un objet", "indiquer qu'il est réparé", "S", "5"],
           ["US7", "vendeur", "chercher un objet en réserve", "répondre au client", "S", "5"],
           ["US8", "directrice", "obtenir les tonnages du trimestre", "les envoyer à la collectivité", "M", "5"],
           ["US9", "directrice", "voir la marge par catégorie", "choisir quoi collecter", "C", "8"]]),
        H(1, "7. Architecture technique", {"technical-requirements": "thin"}),
        P("Une application web responsive en Django, hébergée chez un hébergeur français, avec une base "
          "PostgreSQL. Les chauffeurs l'utilisent sur leur téléphone ; les étiquettes sont imprimées sur une "
          "imprimante thermique par boutique. Les SMS passent par un service d'envoi français. L'export vers la "
          "caisse se fait par un fichier CSV chaque nuit."),
        H(2, "7.1 Qualité de service attendue", {"non-functional-requirements": "ok"}),
        T([["Exigence", "Cible", "Comment on la vérifie"],
           ["Disponibilité", "99 % en journée ouvrée", "supervision de l'hébergeur"],
           ["Temps de réponse", "moins de 2 s sur téléphone en 4G", "test sur trois appareils"],
           ["Accessibilité", "pictogrammes, gros boutons, lecture simple", "test avec cinq salariés en insertion"],
           ["Données personnelles", "hébergement en France, effacement à 2 ans", "revue par le DPO mutualisé"],
           ["Sauvegarde", "quotidienne, conservée 30 jours", "restauration testée chaque trimestre"]]),
        H(1, "8. Combien ça coûte, et avec qui", {"resources-budget": "ok"}),
        T([["Poste", "Détail", "Montant"],
           ["Développement", "agence Pixel Loire, 52 jours à 550 €", "28 600 €"],
           ["Chef de projet interne", "Hugo, un jour par semaine pendant six mois", "6 200 €"],
           ["Matériel", "trois imprimantes d'étiquettes et deux téléphones durcis", "2 400 €"],
           ["Hébergement et SMS", "première année", "1 800 €"],
           ["Formation", "deux demi-journées par boutique et une pour les chauffeurs", "3 000 €"],
           ["Réserve pour imprévus", "environ 13 % du total", "6 000 €"],
           ["Total", "dont 28 800 € financés par la collectivité", "48 000 €"]]),
        P("Le chiffrage de l'agence a été comparé à deux autres devis, plus élevés de 20 et 35 %. La réserve "
          "couvre surtout le risque d'une seconde itération sur les écrans des chauffeurs."),
        H(1, "9. Comment on valide chaque lot", {"acceptance-delivery": "ok"}),
        P("Chaque lot est recetté par ses futurs utilisateurs avant d'être mis en service : la standardiste et "
          "deux donateurs volontaires pour le lot 1, les deux chauffeurs pour le lot 2, une boutique pilote à "
          "Avrillé pour le lot 3. Une user story est terminée quand elle fonctionne sur téléphone et sur poste, "
          "que ses critères d'acceptation sont vérifiés par l'utilisateur concerné, qu'elle est documentée en une "
          "page illustrée et que l'agence a livré les tests automatiques associés. Les lots sont mis en "
          "production un lundi matin, jamais en fin de semaine, avec le cahier papier conservé en secours pendant "
          "deux semaines. La recette finale, prévue le 20 avril 2027, vérifie les trois objectifs de départ sur "
          "un mois de données. Si l'un d'eux n'est pas atteint, l'agence corrige sans surcoût pendant le mois de "
          "garantie prévu au contrat."),
        H(1, "10. Ce que le terrain nous a appris"),
        P("Nous pensions que les donateurs voudraient tout faire en ligne. La journée au standard nous a montré "
          "l'inverse pour une bonne moitié d'entre eux : ils veulent parler à quelqu'un. D'où la saisie par le "
          "standard, qui n'était pas prévue dans la demande initiale. La journée dans le camion nous a appris que "
          "l'étage compte plus que le volume."),
        H(1, "11. Questions que l'on nous posera", {"anticipated-questions": "ok"}),
        T([["Question", "Notre réponse"],
           ["Pourquoi ne pas acheter un logiciel existant ?", "les deux outils de ressourcerie testés ne gèrent pas "
                                                              "les tournées et coûtent plus de 400 € par mois"],
           ["Et si l'agence disparaît ?", "code source remis à l'association, technologies courantes"],
           ["Les salariés en insertion sauront-ils l'utiliser ?", "écrans testés avec eux avant chaque lot"]]),
    ],
    missing=["feature-tree", "glossary"],
)
