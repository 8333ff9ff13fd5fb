from _common import *

DOC = dict(
    deliverable="expertise-thesis",
    path="pandoc",
    language="fr",
    notes="""Held-out round 4 (h4_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    French, a long thesis on generative AI in small accounting firms. Chapter titles in the author's words,
    several questions. The introduction also explains why the subject was chosen (merged); the trend and the value
    it creates share one chapter (merged); the strategy chapter is too short (thin); scope and choice of sources
    share one heading (merged); the watch cycle and its cadence share one heading (merged); the conclusion opens
    onto 2030 and holds the prospective vision (merged). No recommendations chapter, no list of search queries,
    no appendices (missing). The watch is a second part with a part title of the author's own.""",
    title="Petits cabinets, grands modèles : l'IA générative chez les experts-comptables",
    cover=["Mémoire d'expertise – Manageur de l'innovation numérique",
           "Camille Duvernoy, promotion 2026 – tutrice : Anne Ribeiro"],
    blocks=[
        H(1, "Résumé", {"abstract": "ok"}),
        P("Ce mémoire étudie l'arrivée de l'intelligence artificielle générative dans les cabinets d'expertise "
          "comptable de moins de vingt salariés, qui représentent plus de 80 % des cabinets français. Ces "
          "structures vivent surtout de la tenue comptable et des déclarations, précisément les tâches que les "
          "grands modèles de langage et la facturation électronique obligatoire vont automatiser d'ici 2027. "
          "J'ai voulu savoir si cette vague menace leur modèle économique ou si elle peut au contraire les aider "
          "à vendre davantage de conseil. L'enquête repose sur 31 entretiens avec des experts-comptables et "
          "des collaborateurs, un questionnaire auquel 212 cabinets ont répondu et l'observation de trois "
          "cabinets pendant deux semaines chacun. Les résultats montrent que le gain de temps est réel, de "
          "l'ordre de 20 % sur la production, mais qu'il ne se transforme en chiffre d'affaires que dans les "
          "cabinets qui ont déjà une offre de conseil structurée. Les autres baissent leurs prix. Je propose "
          "une stratégie d'anticipation en trois temps et un dispositif de veille adapté à un cabinet de "
          "dix personnes."),
        P("Mots-clés : intelligence artificielle générative, expertise comptable, TPE, facturation "
          "électronique, conseil, transformation des métiers."),
        H(1, "Introduction : pourquoi regarder les petits cabinets ?", {"introduction": "ok", "subject-choice": "ok"}),
        P("En mars 2023, un collaborateur du cabinet où j'étais en alternance a demandé à un assistant "
          "conversationnel de rédiger la lettre de mission d'un nouveau client. Le résultat était correct à 90 %, "
          "et il avait mis quatre minutes au lieu d'une heure. Ce jour-là, l'associée du cabinet a dit en réunion "
          "une phrase qui est à l'origine de ce mémoire : « si une machine fait notre travail en quatre minutes, "
          "qui nous paiera encore une heure ? »"),
        P("La profession comptable française compte environ 21 000 experts-comptables et 130 000 salariés. "
          "Elle a déjà traversé plusieurs vagues d'automatisation : logiciels de comptabilité dans les années "
          "1990, télédéclarations dans les années 2000, récupération automatique des relevés bancaires dans les "
          "années 2010. À chaque fois, les cabinets ont absorbé le gain de productivité en prenant plus de "
          "clients. La vague actuelle est différente par sa vitesse et par son objet : elle touche l'écrit, "
          "l'analyse et le conseil, c'est-à-dire ce que la profession présentait comme son avenir. Elle coïncide "
          "en outre avec l'obligation de facturation électronique entre entreprises, qui rendra la saisie des "
          "factures presque inutile à partir de 2026 et 2027."),
        P("J'ai choisi ce sujet pour trois raisons. La première est personnelle : je travaille depuis trois ans "
          "dans un cabinet de douze personnes à Clermont-Ferrand, et je vois mes collègues hésiter entre "
          "l'enthousiasme et l'inquiétude. La deuxième est le manque d'études : les travaux publiés portent sur "
          "les quatre grands réseaux d'audit, qui investissent des centaines de millions, et presque jamais sur "
          "les petits cabinets, qui n'ont ni direction informatique ni budget de recherche. La troisième est "
          "l'urgence : les décisions que ces cabinets prendront dans les deux prochaines années, recruter ou non, "
          "changer de logiciel, revoir leurs tarifs, engageront leur avenir pour dix ans. Ce sujet relève "
          "pleinement du métier de manageur de l'innovation, puisqu'il s'agit de repérer une technologie, de "
          "mesurer ce qu'elle change et d'aider une organisation à s'y préparer."),
        P("Le mémoire suit cet ordre. Après la question de recherche, je présente ce que disent les travaux "
          "existants, puis ma méthode d'enquête. Le cœur du mémoire analyse la tendance et la valeur qu'elle crée "
          "ou détruit, avant de proposer une stratégie. La seconde partie décrit la veille que j'ai construite "
          "pour continuer à suivre le sujet."),
        H(2, "Ma question de recherche", {"research-question": "ok"}),
        P("Ma question est la suivante : l'intelligence artificielle générative permettra-t-elle aux cabinets "
          "comptables de moins de vingt salariés de déplacer leur activité vers le conseil, ou accélérera-t-elle "
          "la baisse de leurs honoraires ? J'ai formulé deux hypothèses. H1 : le gain de temps sur la production "
          "est supérieur à 15 % dès la première année d'usage. H2 : ce gain ne devient du chiffre d'affaires que "
          "si le cabinet dispose déjà d'une offre de conseil vendue séparément de la tenue comptable. Si H2 est fausse, la stratégie à proposer "
          "serait tout autre, centrée sur la baisse des coûts."),
        H(1, "Ce que l'on sait déjà", {"state-of-the-art": "ok"}),
        P("Les travaux sur l'automatisation des métiers comptables sont anciens. L'étude de Frey et Osborne, "
          "publiée en 2013, classait les comptables parmi les métiers les plus exposés, avec une probabilité "
          "d'automatisation de 94 %. Elle a été très critiquée : elle raisonnait par métier et non par tâche, et "
          "les effectifs de la profession ont continué d'augmenter depuis. Les travaux de l'OCDE, à partir de "
          "2016, ont préféré une analyse par tâche et estimé qu'une part bien plus faible des emplois était "
          "automatisable dans son ensemble, la plupart des postes n'étant transformés qu'en partie."),
        P("L'arrivée des grands modèles de langage a relancé ces études. Une analyse menée en 2023 par des "
          "chercheurs d'OpenAI et de l'université de Pennsylvanie estime que les métiers de la comptabilité et de "
          "l'audit font partie de ceux dont la plus grande part des tâches est exposée, parce qu'ils reposent sur "
          "la lecture et la production de textes et de chiffres structurés. Les expérimentations contrôlées sont "
          "plus rares. Une étude sur des consultants d'un grand cabinet de conseil montre un gain de productivité "
          "de l'ordre de 25 % sur les tâches d'écriture et d'analyse, mais une baisse de qualité sur les tâches "
          "qui sortent du champ de compétence du modèle. Une autre, menée sur des agents de centre d'appels, "
          "montre que les salariés débutants gagnent beaucoup plus que les expérimentés."),
        P("Du côté de la profession, l'Ordre des experts-comptables a publié en 2024 un guide d'usage qui insiste "
          "sur le secret professionnel et la responsabilité du signataire. Les éditeurs de logiciels comptables, "
          "Cegid, Sage ou des acteurs plus récents comme Pennylane, intègrent tous des assistants dans leurs "
          "produits, ce qui signifie que les petits cabinets utiliseront l'IA générative même s'ils ne la "
          "choisissent pas. Les études de marché disponibles, souvent financées par ces éditeurs, annoncent des "
          "gains spectaculaires qu'aucune mesure indépendante ne confirme encore."),
        P("La littérature sur le modèle économique des cabinets est plus utile pour ma question. Plusieurs "
          "travaux de sociologie des professions montrent que les cabinets vendent du temps, facturé à l'heure "
          "ou au forfait calculé sur des heures, et que toute automatisation pose donc la question du prix. Les "
          "cabinets qui ont réussi la transition vers le conseil, dans les années 2010, l'ont fait en "
          "changeant leur manière de facturer avant de changer leurs outils. Enfin, les rares études sur les "
          "très petites structures soulignent leur dépendance aux éditeurs et leur faible capacité à former "
          "leurs salariés, qui passent en moyenne moins de deux jours par an en formation."),
        P("Il manque donc une mesure du gain de temps réel dans les petits cabinets, et surtout une analyse de "
          "ce que ces cabinets font de ce temps. C'est l'espace que ce mémoire essaie d'occuper."),
        H(1, "Comment j'ai enquêté", {"methodology": "ok"}),
        P("J'ai combiné trois méthodes, parce qu'aucune ne suffisait seule. Les entretiens semi-directifs, "
          "31 au total entre janvier et juin 2026, m'ont permis de comprendre comment les associés pensent leur "
          "avenir. J'ai interrogé 17 experts-comptables associés et 14 collaborateurs, dans des cabinets de deux "
          "à dix-neuf personnes, en ville et en zone rurale, en Auvergne, en Bretagne et en Île-de-France. Chaque "
          "entretien durait une heure environ ; ils ont été enregistrés avec accord, retranscrits et codés par "
          "thème."),
        P("Le questionnaire, diffusé avec l'aide de l'ordre régional et de deux associations de cabinets, a "
          "recueilli 212 réponses exploitables. Il portait sur les outils utilisés, le temps passé par tâche "
          "avant et après l'adoption d'un assistant, les tarifs pratiqués et la part du conseil dans le chiffre "
          "d'affaires. Les petits cabinets ruraux y sont sous-représentés, ce que j'ai corrigé en partie par "
          "les entretiens."),
        P("Enfin, j'ai observé trois cabinets pendant deux semaines chacun, dont celui où je travaille. J'ai "
          "chronométré 146 tâches de production réalisées avec et sans assistant par les mêmes collaborateurs : "
          "révision de comptes, rédaction de lettres aux clients, préparation des liasses. Cette mesure est la "
          "seule qui permette de vérifier ma première hypothèse sans dépendre des déclarations des personnes "
          "interrogées. Ses limites sont claires : trois cabinets ne sont pas représentatifs, et le fait d'être "
          "observé modifie le comportement des collaborateurs pendant les premiers jours."),
        P("Pour limiter ce biais, je n'ai gardé que les mesures des neuf derniers jours de chaque observation. "
          "Les données du questionnaire ont été traitées avec un tableur et les tris croisés vérifiés par ma "
          "tutrice. J'ai enfin présenté mes premiers résultats à quatre associés interrogés, pour vérifier "
          "qu'ils reconnaissaient leur situation, et j'ai corrigé deux interprétations à la suite de ces "
          "échanges."),
        H(1, "Ce que change vraiment l'IA générative", {"trend-analysis": "ok", "impacts-value": "ok"}),
        P("La tendance est nette dans les chiffres du questionnaire : 58 % des cabinets utilisent au moins un "
          "assistant d'IA générative en 2026, contre 11 % en 2024. Mais l'usage est très inégal. Dans la plupart "
          "des cabinets, un ou deux collaborateurs l'utilisent pour rédiger des courriels et résumer des "
          "documents, sans règle commune. Seuls 14 % des cabinets ont écrit une politique d'usage, et 9 % ont "
          "intégré l'assistant à leur logiciel de production."),
        P("Les mesures chronométrées confirment la première hypothèse. Sur les 146 tâches observées, le temps "
          "moyen baisse de 21 % avec l'assistant. Le gain est fort sur la rédaction, où il dépasse 40 %, et faible "
          "sur la révision des comptes, où le collaborateur doit tout vérifier. Comme dans les études citées "
          "plus haut, les collaborateurs débutants gagnent davantage que les confirmés. Trois erreurs sérieuses "
          "ont été relevées, toutes sur des questions fiscales où l'assistant a inventé une règle ; elles ont été "
          "corrigées à la relecture, mais montrent que la vérification reste indispensable."),
        P("La tendance de fond dépasse l'IA générative. Avec la facturation électronique, les données "
          "arriveront déjà structurées dans les logiciels, et la saisie, qui occupe encore un tiers du temps des "
          "collaborateurs, disparaîtra pour l'essentiel. Les éditeurs proposent déjà aux entreprises de tenir "
          "elles-mêmes leur comptabilité avec un assistant, ce qui met les cabinets en concurrence directe avec "
          "leurs propres fournisseurs. Trois signaux montrent que le mouvement s'accélère : les éditeurs "
          "facturent désormais l'assistant dans l'abonnement de base, deux réseaux nationaux de cabinets ont "
          "annoncé en 2026 des plans de rachat de petites structures, et les offres d'emploi de collaborateur "
          "comptable publiées en Auvergne ont baissé de 12 % en un an, alors que celles de chargé de mission "
          "conseil ont augmenté. Aucun de ces signaux ne suffit seul, mais ensemble ils dessinent une profession "
          "qui se réorganise plus vite qu'elle ne l'a jamais fait."),
        P("La valeur créée dépend de ce que le cabinet fait du temps gagné, et c'est ici que se joue ma seconde "
          "hypothèse. Dans les cabinets qui vendaient déjà du conseil à part, tableaux de bord mensuels, "
          "accompagnement à la création ou à la transmission, le temps libéré a servi à vendre davantage de "
          "missions : leur chiffre d'affaires de conseil a progressé de 18 % en moyenne sur un an. Dans les "
          "autres, le temps gagné a surtout permis de prendre quelques clients de plus à prix bas, et 37 % "
          "d'entre eux disent avoir déjà baissé leurs forfaits de tenue. Pour les clients, la valeur est réelle : "
          "des réponses plus rapides, des documents plus clairs. Pour les collaborateurs, l'effet est ambivalent : "
          "moins de tâches répétitives, mais la crainte, exprimée dans presque tous les entretiens, que le "
          "métier de collaborateur comptable disparaisse."),
        H(1, "Se préparer : une stratégie en trois temps", {"anticipation-strategy": "thin"}),
        P("Pour un cabinet de dix personnes, je propose d'avancer en trois temps. D'abord, dans les six mois, "
          "encadrer l'existant : écrire une politique d'usage qui protège le secret professionnel, choisir un "
          "outil commun plutôt que des comptes personnels, et mesurer le temps passé par tâche pour savoir d'où "
          "l'on part. Ensuite, dans l'année, repenser l'offre : séparer dans les lettres de mission la production, "
          "qui sera vendue au forfait et moins cher, et le conseil, vendu à part, et former chaque collaborateur "
          "à au moins une mission de conseil. Enfin, à deux ans, revoir l'organisation : moins de postes de "
          "saisie, davantage de postes de chargé de clientèle, et un référent numérique qui suit les outils."),
        P("Cette stratégie suppose que l'associé accepte de perdre une partie du chiffre d'affaires de "
          "production avant d'en gagner sur le conseil. C'est le point sur lequel les associés interrogés "
          "hésitent le plus."),
        H(1, "Partie 2 – Ma veille sur le sujet"),
        H(2, "Que surveiller, et où chercher ?", {"watch-scope": "ok", "source-choice": "ok"}),
        P("Ma veille doit servir un cabinet de dix personnes, pas un laboratoire. Elle couvre trois domaines : "
          "les outils d'IA générative intégrés aux logiciels comptables, la réglementation (facturation "
          "électronique, règles de l'Ordre, règlement européen sur l'IA) et les pratiques des cabinets qui "
          "transforment leur offre. Je laisse de côté la recherche fondamentale sur les modèles, qui change "
          "trop vite et n'a pas d'effet direct sur la décision d'un associé. L'objectif est de pouvoir dire "
          "chaque trimestre à l'associée du cabinet ce qui a changé et ce qu'il faut décider."),
        P("Pour choisir les sources, j'ai appliqué trois critères : la fiabilité, c'est-à-dire une source "
          "identifiable et qui cite ses données ; la proximité avec les petits cabinets ; et le coût de lecture, "
          "car le temps de veille est limité à deux heures par semaine. Les sources officielles, le site de "
          "l'Ordre, Légifrance et la direction générale des finances publiques, sont indispensables pour la "
          "réglementation. La presse professionnelle, en particulier les revues de la profession, donne les "
          "retours d'expérience des cabinets. Les blogs et lettres des éditeurs sont utiles pour suivre les "
          "nouveautés, mais je les lis comme des documents commerciaux. J'ai écarté la plupart des comptes de "
          "réseaux sociaux sur l'IA, trop nombreux et trop promotionnels, en gardant deux groupes d'échange "
          "entre experts-comptables où les retours sont francs. Enfin, deux sources académiques complètent "
          "l'ensemble pour garder un regard indépendant des éditeurs. J'ai testé ce choix pendant deux mois "
          "avant de le figer : chaque source a été notée sur les trois critères, et seules celles qui "
          "obtenaient au moins deux bonnes notes ont été gardées. Sur les dix-neuf sources de départ, six ont "
          "survécu à ce test, celles du tableau qui suit."),
        H(3, "Mes sources", {"source-inventory": "ok"}),
        T([["Source", "Type", "Fiabilité", "Fréquence de lecture"],
           ["Site de l'Ordre des experts-comptables", "institution", "élevée", "hebdomadaire"],
           ["Légifrance et DGFiP", "officiel", "élevée", "mensuelle"],
           ["Revue Française de Comptabilité", "presse professionnelle", "bonne", "mensuelle"],
           ["Lettres des éditeurs (Cegid, Pennylane)", "commercial", "à recouper", "hebdomadaire"],
           ["Groupe d'échange d'experts-comptables", "communauté", "variable", "hebdomadaire"],
           ["Travaux de l'OCDE sur l'emploi", "académique", "élevée", "trimestrielle"]]),
        H(2, "Le rythme de la veille", {"watch-cycle": "ok", "update-method": "ok"}),
        P("La veille suit un cycle simple en quatre étapes. Je collecte chaque lundi matin ce que les alertes et "
          "les lettres ont apporté dans la semaine. Je trie le mardi en gardant au plus cinq informations, "
          "notées sur une fiche avec leur source et leur effet possible pour le cabinet. Une fois par mois, je "
          "rédige une note d'une page pour les associés. Chaque trimestre, nous tenons une réunion d'une heure où "
          "l'on décide : tester un outil, modifier une lettre de mission, prévoir une formation."),
        P("La mise à jour des sources se fait deux fois par an. En janvier et en juillet, je reprends la liste, "
          "je retire les sources qui n'ont rien apporté d'utile en six mois et j'en ajoute de nouvelles, "
          "proposées par les collègues. Les mots-clés des alertes sont revus au même moment, car le vocabulaire "
          "change vite : on parlait d'assistant conversationnel en 2023, d'agents en 2025. Cette cadence a été "
          "choisie pour tenir dans deux heures par semaine ; une veille plus lourde aurait été abandonnée au "
          "premier pic fiscal de mai. Pendant ce pic, d'ailleurs, le cycle passe au rythme mensuel, et seule la "
          "réglementation reste suivie chaque semaine, car une nouvelle règle fiscale peut concerner des clients "
          "dès le lendemain. Chaque mise à jour est notée dans un journal, avec la raison du changement, pour "
          "que la personne qui reprendra la veille comprenne les choix faits avant elle."),
        H(2, "Outils", {"watch-tools": "ok"}),
        P("Les outils sont volontairement modestes. Un lecteur de flux RSS rassemble les sites et les lettres ; "
          "des alertes par courriel suivent les mots-clés sur les moteurs de recherche et sur Légifrance. Les "
          "fiches de tri sont tenues dans un tableau partagé, avec une colonne par domaine et une colonne pour "
          "la décision prise. Le tableau de bord, une page mise à jour chaque mois, affiche le nombre "
          "d'informations retenues, les outils testés et les décisions en attente. J'ai testé une plateforme de "
          "veille payante pendant un mois : elle apportait surtout du bruit pour un coût de 90 euros par mois. J'ai donc gardé les "
          "outils gratuits, que n'importe quel collaborateur peut reprendre."),
        H(2, "Radar", {"technology-radar": "ok"}),
        P("Le radar classe les technologies suivies selon le moment où un petit cabinet devrait s'en occuper. "
          "Je le mets à jour à chaque réunion trimestrielle. Une technologie "
          "ne change d'anneau que si un cabinet comparable l'a utilisée pendant au moins trois mois, ce qui évite de suivre la mode."),
        T([["Technologie", "Anneau", "Pourquoi"],
           ["Assistant de rédaction intégré au logiciel", "adopter", "gain mesuré, risque faible"],
           ["Lecture automatique des factures électroniques", "adopter", "obligation légale dès 2026"],
           ["Agents qui préparent les déclarations", "essayer", "prometteur, erreurs encore fréquentes"],
           ["Tableaux de bord générés pour les clients", "essayer", "support de nouvelles missions de conseil"],
           ["Modèles installés dans le cabinet", "évaluer", "coût et compétences hors de portée aujourd'hui"],
           ["Audit entièrement automatisé", "attendre", "réglementation et responsabilité non réglées"]]),
        H(1, "Conclusion : à quoi ressemblera un cabinet en 2030 ?", {"conclusion": "ok", "prospective-vision": "ok"}),
        P("Ce travail confirme mes deux hypothèses. L'IA générative fait gagner environ un cinquième du temps "
          "de production dès la première année, et ce gain ne devient du chiffre d'affaires que dans les "
          "cabinets qui vendaient déjà du conseil. La technologie n'est donc pas la vraie question : c'est le "
          "modèle économique des petits cabinets, fondé sur la vente de temps, qui est en jeu. Mes résultats ont "
          "des limites, trois cabinets observés et un questionnaire où les zones rurales sont peu présentes, et "
          "il faudrait refaire les mesures dans deux ans, quand la facturation électronique sera généralisée."),
        P("Si l'on prolonge les tendances observées, trois scénarios se dessinent pour 2030. Dans le premier, "
          "que je crois le plus probable, la moitié des petits cabinets se regroupent ou sont rachetés par des "
          "réseaux qui industrialisent la production, et ceux qui restent indépendants vivent surtout du conseil "
          "de proximité, avec des équipes plus petites et plus qualifiées. Dans le deuxième, les éditeurs "
          "réussissent à vendre directement aux entreprises une comptabilité tenue par des agents, et les "
          "cabinets ne gardent que la certification et les situations complexes. Dans le troisième, une "
          "réglementation stricte sur la responsabilité freine l'automatisation, et les cabinets gagnent du "
          "temps sans que leur métier change beaucoup."),
        P("Dans tous les cas, le collaborateur comptable de 2030 passera moins de temps sur la saisie et plus "
          "de temps avec les clients, à expliquer des chiffres et à conseiller. Le cabinet de douze personnes "
          "où je travaille a commencé à s'y préparer en séparant la production du conseil dans ses lettres de "
          "mission. La question de l'associée, qui paiera encore une heure, a donc une réponse : les clients "
          "paieront pour ce que la machine ne fait pas, comprendre leur situation et les aider à décider. "
          "Encore faut-il que les cabinets le leur proposent avant que d'autres ne le fassent à leur place, et "
          "qu'ils forment dès maintenant leurs collaborateurs à ce nouveau rôle, qui demande autant d'écoute que "
          "de technique. C'est à ce prix que les petits cabinets resteront proches de leurs clients, ce qui a "
          "toujours été leur force."),
        H(1, "Bibliographie", {"bibliography": "ok"}),
        L(["Frey, C. B. et Osborne, M. (2013). The Future of Employment. Oxford Martin School.",
           "Eloundou, T. et al. (2023). GPTs are GPTs: An Early Look at the Labor Market Impact Potential of "
           "Large Language Models.",
           "Dell'Acqua, F. et al. (2023). Navigating the Jagged Technological Frontier. Harvard Business School.",
           "Brynjolfsson, E., Li, D. et Raymond, L. (2023). Generative AI at Work. NBER.",
           "Ordre des experts-comptables (2024). Guide d'usage de l'intelligence artificielle en cabinet.",
           "OCDE (2023). Perspectives de l'emploi : l'intelligence artificielle et le marché du travail."]),
    ],
    missing=["recommendations", "search-queries", "appendices"],
)
