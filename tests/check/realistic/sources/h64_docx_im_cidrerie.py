from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 64 (h64_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: the logistics manager of a Normandy cider producer prepares an interview with a warehouse
    team leader whose commitment has dropped since a new order-picking software arrived. Question and
    paraphrased headings; active listening is a short paragraph (thin); a section of the author's own on what
    the manager must avoid saying.""",
    title="Cidrerie Lemonnier – retrouver l'élan de Karim Benali",
    cover=["Jeu de rôle – entretien de remotivation",
           "Élodie Vasseur, responsable logistique – décembre 2026"],
    blocks=[
        H(1, "Ce que je sais avant de le recevoir", {"preparation": "ok"}),
        P("La Cidrerie Lemonnier, à Pont-l'Évêque, produit 2,4 millions de bouteilles de cidre et de poiré par an et "
          "emploie 58 personnes. L'entrepôt d'expédition compte neuf préparateurs répartis en deux équipes. Karim "
          "Benali y est chef d'équipe depuis six ans : c'est lui qui forme les saisonniers de septembre et qui "
          "connaît le mieux les contraintes des grossistes de la région parisienne."),
        P("Depuis l'arrivée en avril du nouveau logiciel de préparation des commandes sur terminaux portables, son "
          "attitude a changé. Il arrive à l'heure, mais ne propose plus rien en réunion du lundi, il a refusé deux "
          "fois de former les nouveaux au logiciel et son équipe a vu son taux d'erreurs de préparation passer de "
          "0,8 % à 2,3 % entre mai et octobre. Deux collègues m'ont dit qu'il parlait de quitter l'entreprise."),
        P("Je le reçois le 9 décembre à 14 h dans mon bureau, porte fermée, pendant une heure. Je prépare les "
          "chiffres de l'équipe, sa fiche de poste, le compte rendu de son dernier entretien annuel, très positif, "
          "et la liste des formations qu'il a suivies. Mon but n'est pas de le sanctionner mais de comprendre ce qui "
          "s'est cassé et de repartir avec lui sur des engagements concrets."),
        H(1, "Comment je lance la discussion ?", {"opening": "ok"}),
        P("Je commence par le remercier d'avoir pris ce temps en pleine période des fêtes, la plus chargée de "
          "l'année. Je lui dis franchement pourquoi je l'ai invité : je le trouve moins présent depuis le printemps, "
          "les chiffres de l'équipe le montrent aussi, et cela m'inquiète parce que je compte sur lui. Je précise "
          "que ce n'est pas un entretien disciplinaire et qu'aucune sanction n'est envisagée. Je lui rappelle ce "
          "qu'il a apporté à l'entrepôt, notamment la réorganisation des quais en 2023, et je lui propose qu'on "
          "cherche ensemble ce qui pourrait l'aider à retrouver du plaisir dans son travail."),
        H(1, "Déroulé prévu", {"interview-phases": "ok"}),
        T([["Séquence", "Mon rôle", "Ce que je cherche", "Temps"],
           ["Accueil et cadre", "expliquer pourquoi on se voit", "qu'il se sente en confiance", "5 min"],
           ["Rappel du poste et des constats", "présenter les chiffres sans jugement", "un diagnostic partagé", "10 min"],
           ["Sa parole", "écouter, relancer, reformuler", "les vraies causes de sa baisse d'envie", "20 min"],
           ["Pistes ensemble", "proposer, accepter ses idées", "deux ou trois changements réalistes", "15 min"],
           ["Conclusion", "résumer et fixer la date de suivi", "un engagement des deux côtés", "10 min"]]),
        H(1, "Son rôle et ce que j'ai observé", {"facts": "ok"}),
        P("Je rappelle d'abord ce que l'on attend d'un chef d'équipe chez nous : organiser les tournées de "
          "préparation, garantir la qualité des palettes expédiées, former les nouveaux arrivants et faire remonter "
          "les problèmes du terrain. Karim a longtemps été exemplaire sur ces quatre points."),
        P("Ensuite je présente les constats, datés et vérifiables. Le taux d'erreurs de son équipe est monté de "
          "0,8 % en avril à 2,3 % en octobre, alors que l'autre équipe est restée sous 1 %. Il a décliné la "
          "formation des saisonniers au logiciel le 3 septembre et le 14 octobre. En réunion du lundi, il n'a pris la "
          "parole qu'une fois depuis juin. Je ne parle pas des rumeurs sur son départ : ce n'est pas un fait et je "
          "ne veux pas qu'il se sente surveillé. Je lui demande s'il reconnaît ces éléments et s'il voit les choses "
          "autrement."),
        H(1, "L'écouter vraiment", {"active-listening": "thin"}),
        P("Je le laisse parler sans l'interrompre et je reformule ce qu'il dit avec ses mots. Je note ses émotions, "
          "pas seulement ses arguments. Si un silence s'installe, je le laisse durer. Je ne défends pas le logiciel "
          "tant qu'il n'a pas fini."),
        H(1, "Quelles solutions trouver à deux ?", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ce qui, selon lui, améliorerait la situation, avant de proposer mes propres "
          "idées. Plusieurs pistes me paraissent possibles et je les mets sur la table comme des propositions, pas "
          "comme des décisions. Il pourrait devenir le référent du logiciel pour l'entrepôt, avec une demi-journée "
          "par mois consacrée à remonter les défauts à l'éditeur : il connaît mieux que personne les gestes qui "
          "coincent. Nous pourrions aussi revoir l'ordre de prélèvement proposé par les terminaux, qui ne tient pas "
          "compte du poids des caisses. Enfin, s'il souhaite évoluer, je peux appuyer sa demande de formation de "
          "responsable d'entrepôt pour 2027. Je retiens ce qui vient de lui en priorité."),
        H(1, "Qui fait quoi, et quand", {"action-plan": "ok"}),
        T([["Action", "Porteur", "Échéance", "Indicateur"],
           ["Lister les défauts du logiciel vus sur le quai", "Karim", "20 décembre", "liste transmise à l'éditeur"],
           ["Demander le paramétrage par poids des caisses", "Élodie", "10 janvier", "ticket ouvert chez l'éditeur"],
           ["Nommer Karim référent logiciel", "Élodie", "6 janvier", "annonce en réunion du lundi"],
           ["Former deux saisonniers avec le nouveau mode opératoire", "Karim", "31 janvier", "deux formations réalisées"],
           ["Suivre le taux d'erreurs de l'équipe", "Karim et Élodie", "chaque fin de mois", "retour sous 1 %"]]),
        H(1, "Finir sur une date", {"closing-follow-up": "ok"}),
        P("Pour terminer, je résume ce que nous avons décidé ensemble et je vérifie que Karim est d'accord avec "
          "chaque point. Je lui redis ma confiance et je le remercie pour sa franchise, même sur ce qui m'a été "
          "désagréable à entendre concernant le choix du logiciel. Nous fixons un point de suivi de trente minutes "
          "le 27 janvier à 14 h, puis un autre fin mars, pour regarder ensemble les chiffres et ce qui a changé pour "
          "lui. Je lui précise qu'il peut venir me voir avant s'il en ressent le besoin, sans attendre la date. Je "
          "lui envoie le compte rendu écrit le lendemain."),
        H(1, "Mes notes pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ses mots", "Son attitude", "À vérifier"],
           ["Logiciel", "« on m'a imposé un outil pensé par des gens qui n'ont jamais porté une caisse »", "tendu, bras croisés", "a-t-il été consulté en mars ?"],
           ["Formation", "« je ne veux pas apprendre aux jeunes un truc qui ne marche pas »", "sincère", "défauts réels signalés ?"],
           ["Avenir", "évoque une offre d'un concurrent à Lisieux", "hésitant", "attentes sur la rémunération"],
           ["Solutions", "accepte le rôle de référent", "se redresse, plus ouvert", "temps libéré sur son planning"]]),
        H(1, "Ma grille d'auto-évaluation", {"criteria-self-check": "ok"}),
        T([["Point", "Réussi ?", "Ce qui le montre"],
           ["Enjeu posé dès le début", "oui", "dit dans les deux premières minutes"],
           ["Missions et faits rappelés", "oui", "chiffres et dates présentés sans jugement"],
           ["Écoute et empathie", "plutôt", "je l'ai coupé une fois sur le logiciel"],
           ["Solutions proposées et discutées", "oui", "trois pistes, dont deux venues de lui"],
           ["Motivation retrouvée", "à confirmer", "point de suivi du 27 janvier"]]),
        H(1, "Les phrases à éviter", {}),
        P("Je me suis préparé une courte liste de ce que je ne dois pas dire : « tu as changé », « le logiciel "
          "n'est pas négociable », « les autres s'y sont faits ». Ces phrases fermeraient la discussion au moment "
          "où j'ai besoin qu'il s'ouvre."),
    ],
)
