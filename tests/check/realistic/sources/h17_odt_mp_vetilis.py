from _common import *

DOC = dict(
    deliverable="management-plan",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx, French: the new head of customer support at Vétilis, a Nantes software publisher whose
    practice-management software runs in 900 veterinary clinics, plans how her team of seven grows to eleven in 2027.
    Headings in the author's words, four of them in UPPER CASE, one question, numbered parts; no review of the
    current people (missing); the budget and the quarter-by-quarter calendar share one table under one heading
    (merged); the target organisation drawn as a picture; a closing section of her own on the risks.""",
    title="Vétilis – Le support client en 2027",
    cover=["Plan de management de l'équipe support", "Claire Moreau, responsable du support – décembre 2026"],
    blocks=[
        H(1, "EN BREF", {"executive-summary": "ok"}),
        P("Le support de Vétilis répond aujourd'hui à 2 300 demandes par mois venant de 900 cliniques "
          "vétérinaires, avec sept personnes. Le délai moyen de première réponse est passé de 3 heures à 11 heures "
          "en un an, et la note de satisfaction est tombée de 4,5 à 3,8 sur 5. Ce plan propose de passer à onze "
          "personnes d'ici décembre 2027, de créer deux postes qui n'existent pas encore (un référent facturation "
          "et un chargé de formation client), d'accueillir les nouveaux arrivants selon un parcours de six "
          "semaines et de former toute l'équipe aux nouvelles fonctions de téléconsultation qui sortent en mai. "
          "Le coût total est de 236 000 euros sur l'année, salaires compris. En contrepartie, nous visons un délai "
          "de première réponse sous 4 heures et une satisfaction revenue à 4,4 fin 2027, tout en absorbant les "
          "200 cliniques supplémentaires que le commercial prévoit de signer."),
        H(1, "1. D'où nous partons", {"strategy-context": "ok"}),
        P("Vétilis édite depuis 2012 un logiciel de gestion pour cliniques vétérinaires : agenda, dossiers des "
          "animaux, ordonnances, facturation et stock de médicaments. L'entreprise compte 64 salariés à Nantes et "
          "a été rachetée en 2025 par un groupe européen qui veut doubler le nombre de cliniques clientes en trois "
          "ans et ajouter la téléconsultation au logiciel. La stratégie est donc une croissance rapide sur un "
          "marché où nos clients, des vétérinaires débordés, n'ont pas de temps à perdre au téléphone avec nous."),
        P("L'équipe support que je dirige depuis septembre compte sept personnes : quatre techniciens de niveau "
          "un qui prennent les appels et les courriels, deux techniciens de niveau deux qui traitent les problèmes "
          "de base de données et d'interfaces avec les laboratoires, et une assistante qui gère les contrats et "
          "les relances. Trois d'entre eux ont plus de huit ans d'ancienneté et connaissent le logiciel mieux que "
          "les développeurs ; deux sont arrivés il y a moins d'un an. Il n'y a pas de documentation écrite des "
          "procédures : tout passe par l'oral, ce qui rend chaque départ coûteux."),
        P("Les demandes ont augmenté de 40 % en un an, surtout sur la facturation depuis la réforme de la "
          "facture électronique, et l'équipe n'a pas grandi. Les deux seniors passent une partie de leurs journées "
          "à répondre aux questions des plus jeunes plutôt qu'aux clients. Le climat reste bon, mais la fatigue "
          "est réelle : un technicien a demandé à passer à temps partiel et les arrêts maladie ont doublé."),
        H(1, "2. QUELS POSTES CRÉER ?", {"key-functions": "ok"}),
        P("Je propose quatre recrutements, étalés sur l'année pour que l'équipe puisse accueillir chacun "
          "correctement. Les deux postes nouveaux répondent aux deux causes principales de la hausse des demandes."),
        T([["Poste", "Pourquoi", "Arrivée", "Profil"],
           ["Référent facturation", "35 % des demandes portent sur la facture électronique", "février 2027",
            "ancien comptable ou assistant de clinique"],
           ["Technicien niveau un", "absorber la croissance du parc", "mars 2027", "BTS ou première expérience en support"],
           ["Chargé de formation client", "former les cliniques avant qu'elles appellent", "mai 2027",
            "pédagogue, connaît le monde vétérinaire"],
           ["Technicien niveau un", "remplacer le passage à temps partiel", "septembre 2027", "idem"]]),
        H(1, "3. Accueillir les nouveaux", {"onboarding": "ok"}),
        P("Aujourd'hui, un nouveau technicien reçoit un poste, un identifiant et un collègue à côté de qui "
          "s'asseoir. Les deux dernières recrues m'ont dit avoir mis trois mois à se sentir utiles. Je veux qu'un "
          "nouveau prenne seul ses premiers appels simples au bout de deux semaines et soit autonome en six."),
        P("Avant l'arrivée, l'assistante prépare le contrat, la mutuelle, le badge et le poste ; je rappelle la "
          "personne une semaine avant pour lui dire qui l'accueillera et à quelle heure. Le premier jour, elle "
          "déjeune avec l'équipe et rencontre le directeur produit. Chaque recrue a un parrain, choisi parmi les "
          "seniors volontaires, qui lui consacre une heure par jour les deux premières semaines, puis un point "
          "par semaine. Elle passe aussi une journée dans une clinique cliente de la région pour voir le logiciel "
          "utilisé en vrai, au milieu des chiens et des chats : c'est ce qui manque le plus à nos techniciens. "
          "Un entretien à la fin du premier mois et à la fin de la période d'essai permet de corriger le tir."),
        H(2, "Les six premières semaines", {"onboarding-plan": "ok"}),
        T([["Quand", "Quoi", "Avec qui"],
           ["Semaine −1", "appel d'accueil, poste et accès prêts", "Claire, assistante"],
           ["Jour 1", "déjeuner d'équipe, visite, rencontre produit", "toute l'équipe"],
           ["Semaine 1", "écoute des appels en double, modules agenda et dossiers", "parrain"],
           ["Semaine 2", "premiers appels simples, journée en clinique", "parrain, clinique partenaire"],
           ["Semaines 3 à 5", "courriels et appels, facturation", "parrain"],
           ["Semaine 6", "bilan, objectifs de fin de période d'essai", "Claire"]]),
        H(1, "4. MONTER EN COMPÉTENCES", {"training-needs": "ok"}),
        P("Trois besoins ressortent des entretiens que j'ai menés en octobre avec chacun. D'abord la "
          "téléconsultation : le module sort en mai et aucun membre de l'équipe ne l'a vu ; il faudra savoir "
          "l'installer, le paramétrer et expliquer la réglementation aux vétérinaires. Ensuite la facture "
          "électronique, que seuls deux techniciens maîtrisent vraiment et qui génère le plus d'appels. Enfin la "
          "gestion des clients mécontents : plusieurs techniciens m'ont dit qu'ils redoutaient les appels de "
          "vétérinaires en colère et qu'ils finissent leurs journées épuisés."),
        P("Côté management, les deux seniors vont devenir parrains et, pour l'un d'eux, chef d'équipe du "
          "niveau un ; ils n'ont jamais encadré personne et le demandent. Je souhaite aussi que l'équipe apprenne "
          "à écrire des fiches de procédure courtes, pour que le savoir ne reste plus dans trois têtes. Enfin, les "
          "nouveaux arrivants auront besoin d'une base commune sur le métier vétérinaire lui-même : vocabulaire, "
          "organisation d'une clinique, contraintes sur les médicaments, que personne ne leur explique aujourd'hui. "
          "Une demi-journée avec une vétérinaire associée de l'entreprise suffirait à combler ce manque."),
        H(2, "Plan de formation", {"training-plan": "ok"}),
        T([["Formation", "Pour qui", "Durée", "Quand", "Coût"],
           ["Module téléconsultation", "toute l'équipe", "2 jours", "avril 2027", "interne"],
           ["Facture électronique", "niveau un", "1 jour", "février 2027", "1 800 €"],
           ["Gérer les appels difficiles", "toute l'équipe", "2 jours", "juin 2027", "4 600 €"],
           ["Premier management", "deux seniors", "4 jours", "mars 2027", "5 200 €"],
           ["Écrire une procédure", "toute l'équipe", "1/2 journée", "janvier 2027", "interne"]]),
        H(2, "Évolutions possibles", {"career-plan": "ok"}),
        T([["Qui", "Aujourd'hui", "Vers", "Quand"],
           ["Karim", "technicien niveau deux", "chef d'équipe niveau un", "septembre 2027"],
           ["Sandrine", "technicienne niveau deux", "experte interfaces laboratoires", "2027"],
           ["Mehdi", "technicien niveau un", "niveau deux", "fin 2027, après formation"]]),
        H(1, "5. L'équipe que je veux dans un an", {"team-vision": "ok"}),
        P("Dans un an, je veux une équipe qui ne subit plus le téléphone. Le client qui appelle doit tomber sur "
          "quelqu'un qui connaît le sujet, parce que les demandes seront triées dès l'arrivée : facturation vers "
          "le référent, problèmes techniques vers le niveau deux, le reste vers le niveau un. Le chargé de "
          "formation réduira les appels à la source en animant des webinaires pour les nouvelles cliniques et en "
          "publiant des fiches claires dans l'aide en ligne."),
        P("Je veux aussi une équipe où le savoir circule. Chaque problème résolu pour la deuxième fois devient "
          "une fiche de procédure, relue par un senior. Les seniors n'auront plus à interrompre leur travail dix "
          "fois par jour : ils animeront une demi-heure de questions chaque matin et le reste du temps ils "
          "traiteront les cas les plus durs. Karim, devenu chef d'équipe du niveau un, me déchargera du planning "
          "quotidien, et je pourrai passer plus de temps avec le produit pour faire corriger les défauts qui "
          "génèrent le plus d'appels."),
        P("Pour le service rendu, l'objectif est simple à dire : une première réponse en moins de quatre heures, "
          "une demande sur deux résolue au premier contact, et des vétérinaires qui nous recommandent. Je le "
          "mesurerai chaque mois et le partagerai avec l'équipe, pas seulement avec la direction, sur un écran "
          "affiché dans le bureau du support."),
        H(2, "Organigramme cible", {"target-organisation": "ok"}),
        Img(["Claire Moreau", "Karim : niveau un (5)", "Niveau deux (2)", "Référent facturation",
             "Formation client", "Assistante"],
            "L'organisation du support fin 2027, onze personnes."),
        H(1, "6. BUDGET ET CALENDRIER", {"budget-timeline": "ok", "timeline": "ok"}),
        T([["Trimestre", "Actions", "Coût"],
           ["T1 2027", "référent facturation, technicien, formations facture et management", "58 000 €"],
           ["T2 2027", "chargé de formation, téléconsultation, appels difficiles", "64 000 €"],
           ["T3 2027", "deuxième technicien, Karim chef d'équipe", "56 000 €"],
           ["T4 2027", "bilan, ajustements", "58 000 €"],
           ["Total", "", "236 000 €"]]),
        H(1, "7. Comment je saurai si ça marche", {"hr-indicators": "ok"}),
        T([["Indicateur", "Aujourd'hui", "Fin 2027"],
           ["Délai de première réponse", "11 h", "moins de 4 h"],
           ["Résolution au premier contact", "31 %", "50 %"],
           ["Autonomie d'un nouveau", "3 mois", "6 semaines"],
           ["Arrêts maladie par an", "42 jours", "moins de 20"]]),
        H(1, "8. Ce qui pourrait mal tourner"),
        P("Le recrutement du référent facturation est le plus risqué : si personne n'est en poste en mars, je "
          "demanderai au cabinet comptable partenaire un renfort à temps partiel pendant la saison des clôtures."),
    ],
    missing=["people-review"],
)
