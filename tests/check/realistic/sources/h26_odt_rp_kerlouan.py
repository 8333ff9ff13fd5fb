from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. Written in an ODT
    editor (Markdown -> pandoc ODT -> LibreOffice docx), French: the Serres de Kerlouan, a cooperative of 17
    tomato and strawberry growers in the Léon (Finistère), equip their 38 hectares of greenhouses with sensors
    and automatic irrigation driven from one platform. The project team writes the risk policy. Some headings in
    UPPER CASE, others in the authors' words, one numbered; a risk register table and a scales table; no
    probability-impact matrix anywhere (missing); the identification method is only a short paragraph (thin); a
    closing note on the document's versions of the authors' own.""",
    title="Serres connectées de Kerlouan : notre politique face aux risques",
    cover=["Étude de cas n° 1 – gestion des risques", "Équipe : Nolwenn Guéguen, Yanis Belkacem, Clara Morvan",
           "Version 2 – novembre 2026"],
    blocks=[
        H(1, "POURQUOI CE DOCUMENT, ET JUSQU'OÙ IL VA", {"policy-objectives": "ok"}),
        P("La coopérative des Serres de Kerlouan réunit dix-sept producteurs de tomates et de fraises sur 38 hectares "
          "de serres entre Plouescat et Kerlouan. D'ici la saison 2028, chaque serre recevra des sondes d'humidité, "
          "de température et de conductivité, et l'arrosage sera piloté par une plateforme commune hébergée chez un "
          "prestataire rennais. Le budget voté en assemblée générale est de 410 000 euros, dont 35 % financés par le "
          "plan régional de modernisation agricole."),
        P("Cette politique a trois buts : repérer tôt ce qui peut faire échouer le projet ou nuire aux récoltes, "
          "décider à l'avance comment nous réagissons, et désigner qui surveille quoi. Elle couvre le projet de son "
          "lancement en janvier 2027 jusqu'à la fin de la première saison complète, en octobre 2028. Elle ne traite "
          "pas des risques sanitaires des cultures elles-mêmes (maladies, ravageurs), suivis par le technicien de la "
          "coopérative dans son propre plan, sauf quand une panne de l'irrigation pourrait les aggraver."),
        H(1, "Comment on a fait la liste", {"identification-method": "thin"}),
        P("Deux ateliers d'une matinée avec six producteurs, le technicien et le prestataire, en partant des étapes du "
          "projet ; puis relecture des pannes connues chez deux coopératives nantaises déjà équipées."),
        H(2, "Nos échelles", {"rating-scales": "ok"}),
        T([["Note", "Probabilité", "Impact"],
           ["1", "moins d'une chance sur dix sur la durée du projet", "gêne sans effet sur la récolte ni le budget"],
           ["2", "possible, une chance sur trois", "retard de moins d'un mois ou surcoût sous 10 000 €"],
           ["3", "probable, une chance sur deux", "perte de récolte sur une serre ou surcoût de 10 à 40 000 €"],
           ["4", "presque certain", "perte de récolte sur plusieurs exploitations ou projet arrêté"]]),
        P("La criticité est le produit des deux notes : de 1 à 16. À partir de 9, le risque est dit rouge."),
        H(1, "REGISTRE DES RISQUES", {"risk-register": "ok"}),
        T([["Réf.", "Risque", "Cause", "Proba.", "Impact", "Criticité", "Propriétaire"],
           ["R1", "Coupure du réseau mobile dans les serres", "couverture 4G faible entre Plouescat et Kerlouan", "3", "4", "12", "Yanis"],
           ["R2", "Arrosage automatique qui noie ou assèche une serre", "sonde mal calibrée ou erreur de règle", "2", "4", "8", "technicien"],
           ["R3", "Producteurs qui reviennent à l'arrosage manuel", "manque de confiance, formation trop courte", "3", "3", "9", "Nolwenn"],
           ["R4", "Retard de livraison des sondes", "fournisseur unique aux Pays-Bas", "3", "2", "6", "Clara"],
           ["R5", "Attaque informatique sur la plateforme", "mots de passe partagés, accès à distance", "2", "4", "8", "prestataire"],
           ["R6", "Dépassement du budget", "câblage plus long que prévu dans les vieilles serres", "3", "3", "9", "trésorier"],
           ["R7", "Départ du technicien référent", "un seul salarié connaît le système", "2", "3", "6", "président"]]),
        H(1, "Les signaux qui nous alertent", {"trigger-indicators": "ok"}),
        T([["Risque", "Ce qu'on mesure", "Seuil d'alerte", "Qui regarde"],
           ["R1", "minutes sans remontée de données par serre", "plus de 20 minutes deux jours de suite", "Yanis, tableau de bord"],
           ["R2", "écart entre humidité mesurée et consigne", "plus de 15 points pendant une heure", "technicien, alerte SMS"],
           ["R3", "part des vannes passées en mode manuel", "plus de 25 % des vannes sur une semaine", "Nolwenn"],
           ["R4", "date confirmée de livraison des sondes", "glissement de plus de trois semaines", "Clara"],
           ["R6", "dépenses engagées / avancement", "plus de 10 % au-dessus de la courbe prévue", "trésorier, chaque mois"]]),
        H(1, "III. Que fait-on face à chaque risque ?", {"response-strategy": "ok"}),
        P("Pour chaque risque nous avons choisi une attitude parmi quatre : le réduire, le transférer, l'éviter ou "
          "l'accepter en le surveillant. Les risques rouges (R1, R3, R6) sont tous traités par réduction, parce que "
          "la coopérative ne peut ni les éviter sans renoncer au projet, ni les assurer à un prix raisonnable."),
        P("La coupure du réseau est le danger le plus grave, car une serre sans arrosage perd une récolte de fraises en "
          "deux jours d'été. Nous installons donc un boîtier local dans chaque exploitation, qui garde les dernières "
          "consignes et continue d'arroser sans la plateforme ; la plateforme ne sert plus qu'à changer les règles et "
          "à suivre les courbes. Le risque d'attaque informatique est en partie transféré : le contrat du prestataire "
          "inclut une assurance cyber et une obligation de rétablir le service en quatre heures."),
        P("Le retour à l'arrosage manuel se traite par l'accompagnement : chaque producteur garde la main sur ses "
          "vannes, un bouton permet de reprendre le contrôle, et trois producteurs pilotes, volontaires, montrent aux "
          "autres leurs résultats dès la première saison. Nous acceptons le risque de départ du technicien, en le "
          "surveillant, mais nous faisons écrire dès 2027 un guide d'exploitation pour qu'un remplaçant puisse "
          "reprendre le système en quelques semaines."),
        H(2, "Plans détaillés pour les trois risques rouges", {"response-plans": "ok"}),
        T([["Risque", "Action prévue", "Responsable", "Échéance", "Coût"],
           ["R1 – réseau", "boîtier local par exploitation, antenne extérieure sur les 5 sites les plus mal couverts", "Yanis", "avril 2027", "14 500 €"],
           ["R3 – adoption", "formation de deux jours, trois producteurs pilotes, permanence téléphonique le premier été", "Nolwenn", "mai 2027", "6 000 €"],
           ["R6 – budget", "réserve de 8 % votée, câblage des vieilles serres chiffré sur devis avant commande", "trésorier", "février 2027", "32 800 € de réserve"]]),
        H(1, "QUI SURVEILLE, ET À QUEL RYTHME", {"monitoring-governance": "ok"}),
        P("Le comité de projet se réunit le premier lundi de chaque mois à la coopérative : le président, le "
          "trésorier, le technicien, deux producteurs élus et nous trois. Il relit le registre ligne par ligne, met à "
          "jour les notes et décide des actions. Entre deux comités, chaque propriétaire de risque surveille ses "
          "signaux sur le tableau de bord et prévient le groupe par messagerie dès qu'un seuil est franchi."),
        P("Pendant la saison, de mars à octobre, un point de quinze minutes a lieu chaque vendredi, car une panne "
          "d'irrigation en juillet ne peut pas attendre un mois. Une fois par an, l'assemblée générale reçoit un "
          "bilan : risques survenus, actions menées, coût réel. Le registre est un tableur partagé ; toute "
          "modification est datée et signée de son auteur. Si un risque rouge se réalise, le président peut "
          "réunir le comité sous 48 heures et débloquer la réserve sans attendre l'assemblée."),
        H(1, "Suivi des versions"),
        P("Version 1 : octobre 2026, après le premier atelier. Version 2 : novembre 2026, après la relecture par le "
          "bureau de la coopérative."),
    ],
    missing=["risk-matrix"],
)
