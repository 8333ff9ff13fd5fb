from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: a Jura dairy cooperative moves its ERP to the cloud before the spring 2027 milk peak. Most
    headings are questions; the rating scales are a bold Normal line under the method; the register heading is in
    UPPER CASE; the risk matrix is a 3 x 3 table with the risk numbers in its cells and a paragraph; the warning
    signs were never written (missing: the register has no indicator column either); the plans for the major risks
    are a level-3 table; a contacts list of the author's own at the end.""",
    title="Laiterie du Haut-Jura – Passage au nouvel ERP",
    cover=["Politique de gestion des risques", "Rédigée par Manon Girardet, responsable du projet, novembre 2026"],
    blocks=[
        H(1, "Pourquoi cette politique ?", {"policy-objectives": "ok"}),
        P("La Laiterie du Haut-Jura collecte le lait de 140 exploitations et fabrique chaque année 5 200 tonnes de "
          "comté et de morbier. Tout passe aujourd'hui par un progiciel installé sur un serveur de la fromagerie, qui "
          "ne sera plus maintenu par son éditeur après juin 2027. La coopérative a donc choisi un ERP hébergé, qui "
          "doit être en service avant le pic de collecte du printemps, quand les volumes doublent en six semaines. "
          "Cette politique dit comment l'équipe du projet repère ce qui peut mal tourner, comment elle le mesure et "
          "ce qu'elle décide d'en faire. Elle poursuit trois buts : payer chaque producteur juste et à l'heure, "
          "ne jamais bloquer l'expédition des meules, et garder la traçabilité exigée par le cahier des charges de "
          "l'appellation. Elle concerne les douze personnes de l'équipe projet, l'intégrateur retenu, le service "
          "comptable et les deux fromagers qui saisissent les pesées. Elle ne couvre pas les risques sanitaires de "
          "la fabrication, déjà suivis par le plan de maîtrise de la qualité."),
        H(1, "Comment avons-nous trouvé nos risques ?", {"identification-method": "ok"}),
        P("Nous sommes partis de trois sources. D'abord, une matinée d'atelier avec les utilisateurs clés, où chacun "
          "a écrit sur des post-it ce qu'il craignait le plus le jour de la bascule ; nous en avons recueilli 47, "
          "regroupés ensuite en quatorze familles. Ensuite, deux entretiens avec la fruitière de Frasne, qui a "
          "changé d'ERP en 2024 et nous a raconté ses difficultés de reprise des données des producteurs. Enfin, "
          "une relecture ligne par ligne du contrat de l'intégrateur avec le juriste de la fédération. Chaque "
          "risque retenu est formulé « parce que… il peut arriver que… ce qui entraînerait… », puis coté par deux "
          "personnes qui ne se sont pas concertées ; en cas d'écart, le comité tranche. La liste reste ouverte : "
          "n'importe quel salarié peut signaler un risque par le formulaire de l'intranet. Nous refaisons "
          "l'exercice complet avant chaque grande étape : reprise des données, formation, puis bascule."),
        B("Échelles utilisées (1 à 3)", {"rating-scales": "ok"}),
        T([["Cote", "Probabilité", "Gravité"],
           ["1", "peu de chances pendant le projet", "gêne interne, moins de 10 000 €"],
           ["2", "peut arriver une fois", "retard d'un mois ou producteurs payés en retard"],
           ["3", "attendu si on ne fait rien", "expéditions bloquées ou perte de traçabilité"]]),
        H(1, "LE TABLEAU DES RISQUES", {"risk-register": "ok"}),
        T([["N°", "Risque", "P", "G", "Criticité", "Pilote"],
           ["R1", "Données des producteurs mal reprises (IBAN, qualité du lait)", "3", "3", "9", "comptabilité"],
           ["R2", "Bascule retardée au-delà du pic de printemps", "2", "3", "6", "cheffe de projet"],
           ["R3", "Coupure internet à la fromagerie le jour de l'expédition", "2", "3", "6", "informatique"],
           ["R4", "Fromagers peu à l'aise avec les nouvelles tablettes", "3", "2", "6", "production"],
           ["R5", "Dépassement du budget de l'intégrateur", "2", "2", "4", "direction"],
           ["R6", "Départ du seul développeur connaissant l'ancien système", "1", "3", "3", "direction"]]),
        H(1, "Où se situent-ils ?", {"risk-matrix": "ok"}),
        T([["Probabilité \\ Gravité", "1", "2", "3"],
           ["3", "", "R4", "R1"],
           ["2", "", "R5", "R2, R3"],
           ["1", "", "", "R6"]]),
        P("La matrice place un seul risque dans la case la plus critique : la reprise des données des producteurs. "
          "Trois autres se tiennent juste en dessous, dans la zone orange, et demandent une action avant l'été. Le "
          "budget de l'intégrateur et le départ du développeur restent dans la zone que nous surveillons sans "
          "dépenser. La grille est imprimée en A3 et mise à jour au feutre lors de chaque comité, pour que les "
          "fromagers voient d'un coup d'œil ce qui a bougé depuis la dernière fois."),
        H(1, "Que fait-on face à chaque risque ?", {"response-strategy": "ok"}),
        P("Notre règle est simple. Tout risque coté 6 ou plus reçoit une action concrète, un pilote et une date ; "
          "en dessous, on le surveille et on le relit chaque mois. Pour la reprise des données, nous réduisons le "
          "risque : trois reprises à blanc sont prévues en janvier, février et mars, chacune comparée à la paie "
          "réelle des producteurs du mois précédent, au centime près. Pour le calendrier, nous évitons le risque en "
          "avançant la bascule au 2 mars, avec une date de repli au 16 mars ; au-delà, la bascule est reportée à "
          "septembre et l'éditeur actuel nous a accordé six mois de maintenance supplémentaire. La coupure "
          "internet est réduite par une seconde ligne 4G et un mode hors ligne des tablettes. Le dépassement du "
          "budget est partagé avec l'intégrateur, dont le contrat plafonne les jours facturables. Enfin, nous "
          "acceptons le risque lié au départ du développeur, peu probable, mais nous lui demandons de documenter "
          "les exports avant la fin de l'année. Chaque décision est notée dans le "
          "registre, avec la date et le nom de qui l'a prise."),
        H(3, "Plans pour les trois risques les plus lourds", {"response-plans": "ok"}),
        T([["Risque", "Action", "Pilote", "Échéance", "Coût"],
           ["R1", "Trois reprises à blanc contrôlées contre la paie réelle", "comptabilité", "mars 2027", "6 jours"],
           ["R2", "Bascule le 2 mars, repli le 16, sinon septembre", "cheffe de projet", "février 2027", "maintenance 9 000 €"],
           ["R4", "Deux formations sur tablette et un fromager référent par équipe", "production", "février 2027", "3 200 €"]]),
        H(1, "Qui pilote, et quand en parle-t-on ?", {"monitoring-governance": "ok"}),
        P("Le registre appartient à la cheffe de projet, qui le tient à jour dans un tableur partagé. Chaque mardi, "
          "elle passe en revue les risques orange et rouge avec le responsable informatique et la comptable, en "
          "une demi-heure. Le comité de pilotage, qui réunit le directeur, le président de la coopérative, "
          "l'intégrateur et deux producteurs élus, se tient le premier lundi du mois : il valide les nouvelles "
          "cotes, décide des dépenses et peut repousser la bascule. Si un risque passe au rouge entre deux "
          "comités, le directeur est prévenu dans la journée. Un bilan écrit est présenté à l'assemblée générale "
          "de juin, avec ce qui s'est vraiment produit et ce que nous ferions autrement. "
          "Les comptes rendus du comité sont publiés sur l'intranet le lendemain, et les producteurs reçoivent "
          "un résumé d'une page avec leur relevé de paie du mois."),
        H(2, "Contacts utiles"),
        L(["Manon Girardet, cheffe de projet – poste 214", "Sylvain Cuenot, informatique – poste 230",
           "Intégrateur, astreinte bascule – 03 81 00 00 00"]),
    ],
    missing=["trigger-indicators"],
)
