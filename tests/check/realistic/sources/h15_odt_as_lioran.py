from _common import *

DOC = dict(
    deliverable="alternative-solutions",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. Français : la régie d'une station de ski du Cantal remplace la carte de forfait par un
    forfait sur téléphone ; l'auteure prévoit ce qu'elle fera si les indicateurs de l'hiver décrochent. Quatre
    titres en MAJUSCULES, les autres reformulés ou en question ; les seuils et la comparaison en tableaux, la
    notation pondérée sous son propre sous-titre ; pas de réponses aux objections (missing).""",
    title="Forfait sur mobile au Puy Griou – et si l'hiver ne se passe pas comme prévu ?",
    cover=["Étude de cas 1 – solutions de repli", "Léa Vidalenc, chargée de projet digital, régie des remontées – décembre 2026"],
    blocks=[
        H(1, "1. OÙ EN EST LE PROJET", {"baseline-reminder": "ok"}),
        P("La régie exploite 42 kilomètres de pistes et 14 remontées au Puy Griou. Chaque hiver, elle vend environ "
          "185 000 journées de ski, dont 60 % aux caisses du bas des pistes. Le projet, voté en juin, remplace la "
          "carte plastique rechargeable par un forfait porté par le téléphone : le skieur l'achète dans "
          "l'application, le portique le lit en NFC, sans passage en caisse. Le budget est de 410 000 euros, "
          "portiques compris, et la mise en service est fixée au 20 décembre."),
        P("Le plan de départ tient en trois chiffres que le conseil d'exploitation suivra chaque semaine : la part "
          "des journées vendues sur mobile (objectif 35 % à fin janvier), le taux de refus aux portiques (moins de "
          "1,5 % des passages) et l'attente aux caisses le samedi matin (moins de douze minutes). Nous suivons aussi "
          "le nombre d'appels au standard sur le forfait, car il dit vite si les skieurs sont perdus."),
        H(1, "QUELS SEUILS NOUS FONT CHANGER DE CAP ?", {"kpi-scenarios": "ok"}),
        P("Nous avons fixé à l'avance, avec le directeur, les valeurs qui déclenchent une décision. Elles sont lues "
          "chaque lundi sur le tableau de bord de la billetterie."),
        T([["Indicateur", "Prévu", "Alerte", "Déclencheur", "Ce qui se passe"],
           ["Part des ventes sur mobile", "35 % fin janvier", "< 25 %", "< 15 % deux semaines de suite",
            "on étudie la voie B"],
           ["Refus aux portiques", "< 1,5 %", "> 3 %", "> 5 % un week-end", "on étudie la voie A"],
           ["Attente en caisse le samedi", "< 12 min", "> 20 min", "> 30 min deux samedis", "renfort puis voie A"],
           ["Appels au standard sur le forfait", "< 40 par jour", "> 80", "> 150", "cellule d'aide au pied des pistes"]]),
        H(1, "TROIS PLANS DE REPLI", {"alternatives": "ok"}),
        P("Voie A – garder la carte à côté du téléphone. Si les portiques refusent trop de téléphones, nous "
          "remettons en vente la carte plastique dans les caisses et sur la borne, sans arrêter le mobile. Les "
          "deux supports fonctionnent déjà ensemble sur le système de contrôle d'accès. Le coût est faible : 9 000 "
          "euros de cartes et deux saisonniers de plus en caisse pendant les vacances de février. En revanche, "
          "l'attente en caisse ne baisse pas et le projet perd une partie de son intérêt."),
        P("Voie B – le bracelet RFID. Si les skieurs n'adoptent pas le téléphone, souvent parce qu'il est au fond "
          "de la poche sous trois couches, nous proposons un bracelet vendu trois euros et rechargé dans "
          "l'application. Le bracelet passe les portiques en mains libres. Il faut en commander 30 000 avant le 15 "
          "janvier, soit 48 000 euros, et le fournisseur de Clermont-Ferrand annonce trois semaines de délai."),
        P("Voie C – reporter à l'hiver prochain. Si les deux premiers indicateurs décrochent en même temps, la "
          "meilleure réponse est peut-être de revenir à la carte seule pour la saison, de corriger l'application "
          "pendant l'été et de relancer en décembre 2027 avec une campagne auprès des clubs et des écoles de ski. "
          "Les portiques achetés servent quand même, puisqu'ils lisent aussi la carte. Le risque est politique : "
          "le conseil d'exploitation a annoncé le mobile dans la presse locale en octobre."),
        H(1, "Les trois voies côte à côte", {"alternatives-comparison": "ok"}),
        T([["", "Voie A : carte + mobile", "Voie B : bracelet", "Voie C : report"],
           ["Coût supplémentaire", "≈ 21 000 €", "≈ 55 000 €", "≈ 12 000 €"],
           ["Délai de mise en place", "3 jours", "3 à 4 semaines", "immédiat"],
           ["Effet sur l'attente en caisse", "faible", "fort", "aucun"],
           ["Image auprès des skieurs", "neutre", "bonne", "mauvaise"]]),
        H(2, "Notre grille de points", {"weighted-scoring": "ok"}),
        T([["Critère", "Poids", "A", "B", "C"],
           ["Coût", "30 %", "4", "2", "5"],
           ["Délai", "25 %", "5", "2", "5"],
           ["Attente en caisse", "25 %", "2", "5", "1"],
           ["Image", "20 %", "3", "4", "1"],
           ["Total sur 5", "", "3,55", "3,15", "3,25"]]),
        H(1, "Ce que je conseille au directeur", {"recommendation": "ok"}),
        P("Je recommande de préparer dès maintenant la voie A et de la déclencher sans attendre si les portiques "
          "refusent plus de 5 % des passages un week-end. Elle arrive en tête de notre grille, elle coûte peu et "
          "elle se met en place en trois jours, ce qui compte en pleine saison. Elle ne règle pas l'attente en "
          "caisse, mais elle évite le pire : des skieurs bloqués devant un portique avec un forfait payé."),
        P("La voie B mérite qu'on la garde en réserve. Le bracelet répond au vrai frein que nous avons entendu "
          "dans les tests de novembre : sortir son téléphone avec des gants. Je propose de réserver 5 000 "
          "bracelets chez le fournisseur, sans engagement sur le reste, pour gagner deux semaines si les ventes "
          "sur mobile restent sous 15 %. La voie C ne doit venir qu'en dernier recours, car elle coûterait cher "
          "en crédibilité à la régie et aux élus qui ont porté le projet. Dans tous les cas, je souhaite que "
          "le choix soit expliqué aux saisonniers des caisses avant d'être annoncé aux skieurs."),
        H(1, "COMMENT ON BASCULE, ET QUI DÉCIDE", {"decision-process": "ok"}),
        P("Le lundi à 9 heures, le responsable billetterie envoie les quatre indicateurs au directeur et à moi. Si "
          "un seuil de déclenchement est franchi, le directeur décide dans la journée, après avoir entendu le chef "
          "des remontées et le prestataire du contrôle d'accès. Il n'a pas besoin de réunir le conseil "
          "d'exploitation pour la voie A, dont le coût reste sous sa délégation ; les voies B et C lui sont "
          "présentées lors d'une séance exceptionnelle, convoquée sous 48 heures."),
        P("Une fois la décision prise, la voie A suit une liste déjà écrite : réactiver la vente de cartes dans le "
          "logiciel de caisse, sortir les 3 000 cartes du stock, prévenir les caisses et les écoles de ski, mettre "
          "un message dans l'application et sur les panneaux du parking. Nous mesurons ensuite l'effet pendant deux "
          "week-ends avant de revenir vers le conseil."),
    ],
    missing=["objections"],
)
