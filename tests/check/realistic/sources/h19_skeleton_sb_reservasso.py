from _common import *

DOC = dict(
    deliverable="specification-backlog",
    path="skeleton",
    language="fr",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. Started from our
    French skeleton: the town of Saint-Aubin-des-Prés (fictional, 38 000 inhabitants) lends tents, tables, stages
    and sound systems to 240 local associations; bookings are made on paper forms and by phone. The team specifies
    Réserv'Asso, a web service to see what is free, book it and arrange delivery. Guidance deleted everywhere.
    Headings retyped by replacing their runs (bookmarks lost): the summary "L'essentiel", the needs "Ce qu'il faut
    aux associations et au service", the backlog "Backlog de la première version" and the budget "Combien ça
    coûte"; the technical part retyped "Choix techniques" keeping its bookmark. The feature tree deleted with its
    heading (missing); the acceptance section still our prompt (placeholder); the anticipated questions left as
    the empty generated table (empty); every other table filled, the non-functional and budget tables beside our
    row labels.""",
    cover={"company": "Ville de Saint-Aubin-des-Prés – service Vie associative", "candidate": "Hugo Lemarchand",
           "school": "Web School Factory"},
    sections={
        "summary": dict(status="ok", retitle="L'essentiel", text=[
            "Le service Vie associative de Saint-Aubin-des-Prés prête chaque année environ 1 900 lots de matériel "
            "aux 240 associations de la ville : barnums, tables et bancs, podiums, sonorisations, barrières. "
            "Aujourd'hui, une association remplit un formulaire papier, le dépose en mairie, puis appelle deux ou "
            "trois fois pour savoir si sa demande est acceptée. Deux agents passent près d'un tiers de leur temps "
            "à gérer ces demandes, et une réservation sur huit se termine par un double prêt ou un oubli.",
            "Réserv'Asso est un service web, utilisable sur téléphone, qui montre en temps réel le matériel "
            "disponible, permet de réserver en quelques minutes, de choisir livraison ou retrait au centre "
            "technique, et prévient automatiquement les agents et les associations. Le budget estimé est de 64 000 "
            "euros pour une mise en service avant la saison des fêtes de juin 2027."]),
        "context-stakeholders": dict(status="ok", text=[
            "Le matériel est stocké au centre technique municipal, rue des Tanneurs, et géré par le service Vie "
            "associative, rattaché à l'adjointe aux associations, Mme Guérin. Le stock compte 46 barnums, 620 "
            "tables, 1 100 bancs, 4 podiums et 9 sonorisations. Les demandes arrivent par formulaire papier ou par "
            "courriel, sont notées dans un tableur partagé, puis transmises au centre technique sur une feuille "
            "imprimée chaque vendredi. Le tableur n'est pas à jour quand les agents du centre technique modifient "
            "un prêt au téléphone, ce qui explique la plupart des doubles réservations.",
            "Les demandes se concentrent sur quatre mois : de mai à août, le service traite 70 % des prêts de "
            "l'année, et les week-ends de fête de quartier, le stock de tables est entièrement épuisé. Les "
            "associations se plaignent de ne pas savoir à l'avance si leur demande sera servie, et les petites "
            "associations, sans salarié, abandonnent parfois leur manifestation faute de réponse à temps.",
            "Pour comprendre les besoins, nous avons mené onze entretiens : six présidents ou trésoriers "
            "d'associations (sport, culture, comités de quartier), les deux agents du service, le chef du centre "
            "technique, un chauffeur-livreur et Mme Guérin. Nous avons aussi observé une matinée de permanence en "
            "mairie et relevé les 412 demandes de l'année 2026 pour mesurer les délais de réponse. La médiane est de neuf "
            "jours entre le dépôt du formulaire et la réponse, et elle dépasse trois semaines en mai."]),
        "stakeholder-map": dict(status="ok", tables=[[
            ["Mme Guérin, adjointe", "commanditaire, arbitre les priorités", "moins de plaintes, équité entre "
             "associations", "5", "4", "comité de pilotage mensuel"],
            ["Agents Vie associative (2)", "utilisateurs principaux côté mairie", "moins d'appels, un planning "
             "fiable", "3", "5", "ateliers et tests"],
            ["Centre technique", "prépare, livre et récupère le matériel", "feuilles de tournée justes", "3", "5",
             "ateliers, test sur tablette"],
            ["Associations (240)", "demandeuses", "savoir vite si c'est accepté", "2", "5",
             "panel de 10 associations testeuses"],
            ["Service informatique", "héberge et sécurise", "un outil maintenable", "4", "3", "revue d'architecture"]]]),
        "needs-analysis": dict(status="ok", retitle="Ce qu'il faut aux associations et au service", text=[
            "Côté humain, le besoin principal est de rendre du temps aux deux agents : ils répondent en moyenne à "
            "35 appels par semaine en haute saison, dont la moitié pour demander où en est une demande. Ils ont "
            "besoin d'un planning unique, partagé avec le centre technique, et d'une formation courte, car aucun "
            "des deux n'a utilisé d'outil de réservation en ligne. Les associations, elles, sont tenues par des "
            "bénévoles souvent âgés : l'outil doit se comprendre sans mode d'emploi et rester possible par "
            "téléphone pour ceux qui ne veulent pas d'internet.",
            "Côté logistique, le centre technique a besoin de feuilles de tournée justes, avec les adresses, les "
            "quantités et les horaires, et de savoir quand un matériel revient abîmé. Il faut aussi gérer les "
            "cautions, aujourd'hui des chèques conservés dans un classeur, et les états des lieux au retour.",
            "Côté financier, la ville veut un coût de fonctionnement inférieur à 6 000 euros par an, sans "
            "recrutement. Un prêt sur huit raté coûte aujourd'hui des heures supplémentaires de livraison le samedi "
            "et, selon le chef du centre technique, environ 4 000 euros par an de matériel perdu ou non rendu. La ville accepte d'investir une fois, à "
            "condition que ces pertes et ces heures supplémentaires baissent dès la première saison, ce que le "
            "comité de pilotage vérifiera en octobre 2027 à partir des chiffres du centre technique."]),
        "needs-table": dict(status="ok", tables=[[
            ["B1", "humain", "ne plus répondre aux appels de suivi", "agents", "17 appels par semaine en saison",
             "Must"],
            ["B2", "logistique", "feuille de tournée à jour", "centre technique", "doubles prêts et oublis",
             "Must"],
            ["B3", "humain", "réserver sans aide", "associations", "bénévoles, souvent seuls", "Must"],
            ["B4", "financier", "suivre les cautions", "service", "chèques perdus, litiges", "Should"],
            ["B5", "logistique", "signaler le matériel abîmé", "centre technique", "4 000 euros de pertes par an",
             "Should"],
            ["B6", "humain", "garder une réservation par téléphone", "associations", "équité d'accès",
             "Must"]]]),
        "objectives-scope": dict(status="ok", text=[
            "Nous visons quatre objectifs mesurables. D'ici septembre 2027, 80 % des demandes doivent être faites "
            "en ligne ; le délai moyen de réponse doit passer de neuf jours à deux jours ouvrés ; les doubles "
            "prêts doivent tomber à zéro sur la saison ; et les appels de suivi reçus par les agents doivent "
            "baisser de moitié par rapport à l'été 2026.",
            "Le projet comprend la consultation du stock, la réservation, le choix entre livraison et retrait, la "
            "validation par les agents, les feuilles de tournée du centre technique, le suivi des cautions et le "
            "signalement des dégâts. Il ne comprend pas le prêt de salles municipales, qui dépend d'un autre "
            "service et d'un autre logiciel, ni le paiement en ligne : les prêts restent gratuits, seule la "
            "caution est enregistrée.",
            "Contraintes : mise en service avant le 1er juin 2027, hébergement sur les serveurs de la ville ou chez "
            "un hébergeur certifié, respect du RGAA pour l'accessibilité, et aucun compte obligatoire pour "
            "consulter le stock. Nous faisons l'hypothèse que les 240 associations ont chacune une adresse de "
            "courriel connue du service, ce qui est vrai pour 221 d'entre elles aujourd'hui."]),
        "functional-breakdown": dict(status="ok", text=[
            "Nous avons découpé le service en six fonctions, livrées en deux lots. Le premier lot, prêt pour avril, "
            "couvre tout ce qu'il faut pour réserver et livrer ; le second, prêt pour septembre, ajoute les "
            "cautions et le suivi des dégâts, moins urgents pour la saison des fêtes."],
            tables=[[
                ["F1", "Consulter le stock", "calendrier du matériel libre par date", "affichage en moins de 2 s",
                 "essentiel", "aucune", "lot 1", "-"],
                ["F2", "Réserver", "demande en ligne avec quantités et adresse", "demande en moins de 5 min",
                 "essentiel", "faible", "lot 1", "F1"],
                ["F3", "Valider", "acceptation ou refus par un agent, message à l'association", "réponse en 2 jours",
                 "essentiel", "faible", "lot 1", "F2"],
                ["F4", "Tournées", "feuille de tournée du centre technique, sur tablette", "zéro oubli",
                 "essentiel", "moyenne", "lot 1", "F3"],
                ["F5", "Cautions", "enregistrement et restitution des chèques", "aucun chèque perdu",
                 "utile", "forte", "lot 2", "F3"],
                ["F6", "Dégâts", "photo et commentaire au retour du matériel", "signalement le jour même",
                 "utile", "forte", "lot 2", "F4"]]]),
        "feature-tree": dict(status="missing"),
        "product-backlog": dict(status="ok", retitle="Backlog de la première version", tables=[[
            ["US1", "Stock", "En tant que président d'association, je vois les tables libres le 21 juin pour "
             "savoir si je peux organiser ma fête", "Étant donné une date, quand je la choisis, alors je vois les "
             "quantités libres", "Must", "3", "sprint 1"],
            ["US2", "Réservation", "En tant que bénévole, je réserve barnums et bancs sans créer de compte "
             "compliqué", "un lien par courriel suffit pour confirmer", "Must", "5", "sprint 1"],
            ["US3", "Réservation", "En tant que trésorière, je choisis la livraison ou le retrait au centre "
             "technique", "le choix apparaît sur la feuille de tournée", "Must", "3", "sprint 2"],
            ["US4", "Validation", "En tant qu'agent, j'accepte ou je refuse une demande en un clic", "l'association "
             "reçoit un message dans la minute", "Must", "3", "sprint 2"],
            ["US5", "Tournées", "En tant que chauffeur, je vois ma tournée du jour sur la tablette", "adresses et "
             "quantités justes, ordre modifiable", "Must", "5", "sprint 3"],
            ["US6", "Téléphone", "En tant qu'agent, je saisis une demande reçue par téléphone", "même parcours que "
             "l'association, marqué « saisi par l'agent »", "Must", "2", "sprint 3"],
            ["US7", "Cautions", "En tant qu'agent, j'enregistre le chèque de caution et sa restitution", "historique "
             "par association", "Should", "3", "sprint 4"],
            ["US8", "Dégâts", "En tant que magasinier, je photographie un matériel abîmé au retour", "photo liée "
             "au prêt, association prévenue", "Should", "3", "sprint 4"]]]),
        "technical-requirements": dict(status="ok", retitle="Choix techniques", keep_bookmark=True, text=[
            "Réserv'Asso sera une application web responsive, sans application à installer : les associations y "
            "accèdent depuis un navigateur, les chauffeurs depuis les quatre tablettes déjà fournies au centre "
            "technique. Nous proposons une application Django avec une base PostgreSQL, parce que le service "
            "informatique de la ville maintient déjà deux applications sur cette pile et qu'un développeur interne "
            "pourra reprendre le code. Les pages publiques sont rendues côté serveur, ce qui les rend rapides sur "
            "les vieux téléphones et plus simples à rendre accessibles.",
            "L'hébergement se fait sur l'infrastructure de la ville, dans une machine virtuelle dédiée, avec une "
            "sauvegarde chaque nuit vers le second site de la mairie. Les messages aux associations partent par "
            "le serveur de courriel de la ville ; un envoi de SMS est prévu dans le lot 2 via le prestataire déjà "
            "utilisé pour les alertes météo.",
            "Les données personnelles se limitent au nom, à la fonction, au téléphone et au courriel du "
            "représentant de chaque association. Elles sont conservées tant que l'association est inscrite à "
            "l'annuaire municipal, puis supprimées après un an. Le stock initial est importé du tableur actuel "
            "par un script écrit une fois, relu par les agents avant l'ouverture. Aucune interface avec le "
            "logiciel des salles n'est prévue, mais le modèle de données garde un identifiant d'association "
            "commun pour permettre ce rapprochement plus tard. Le code source appartient à la ville, qui pourra "
            "le publier sous licence libre si d'autres communes du département veulent le réutiliser."]),
        "non-functional-requirements": dict(status="ok", skip_cols=1, tables=[[
            [None, "calendrier du stock affiché rapidement", "moins de 2 s en 4G", "test de charge avant ouverture"],
            [None, "service ouvert pendant la saison", "99 % de mai à août", "supervision du service informatique"],
            [None, "accès des agents protégé", "double authentification", "audit interne"],
            [None, "données des représentants limitées", "4 champs, supprimés après un an", "registre RGPD"],
            [None, "pages publiques accessibles", "RGAA niveau AA", "audit par un prestataire"],
            [None, "navigateurs récents et tablettes du centre", "Chrome, Firefox, Safari, Android 11", "recette"],
            [None, "pic du samedi matin en juin", "100 utilisateurs simultanés", "test de charge"],
            [None, "code repris par la ville", "tests automatiques, documentation", "revue du code"]]]),
        "resources-budget": dict(status="ok", retitle="Combien ça coûte", skip_cols=1, text=[
            "Le budget repose sur le devis de deux prestataires locaux et sur le temps des agents, valorisé au coût "
            "chargé de la ville. Le développement est confié à un prestataire pour les deux lots ; le service "
            "informatique assure l'hébergement sans coût supplémentaire, sur des serveurs déjà amortis. Le total reste sous l'enveloppe de 65 000 euros votée au budget "
            "2027, sans compter les licences, puisqu'il n'y en a aucune."],
            tables=[[
                [None, "60 jours d'agents", "180 €", "10 800 €"],
                [None, "48 jours de développement", "850 €", "40 800 €"],
                [None, "2 tablettes supplémentaires", "450 €", "900 €"],
                [None, "audit d'accessibilité et SMS", "5 600 €", "5 600 €"],
                [None, "10 % du total", "5 800 €", "5 800 €"],
                [None, "-", "-", "63 900 €"]]]),
        "acceptance-delivery": dict(status="placeholder"),
        "glossary": dict(status="ok", tables=[[
            ["Lot de matériel", "ensemble prêté en une fois, par exemple un barnum, dix tables et vingt bancs"],
            ["Centre technique", "dépôt municipal qui stocke, livre et récupère le matériel"],
            ["Caution", "chèque remis par l'association et rendu au retour du matériel en bon état"],
            ["Feuille de tournée", "liste des livraisons et retours d'un chauffeur pour une journée"]]]),
        "anticipated-questions": dict(status="empty"),
    },
)
