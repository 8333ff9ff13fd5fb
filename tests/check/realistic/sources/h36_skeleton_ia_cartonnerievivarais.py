from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="skeleton",
    language="fr",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French: la responsable de l'administration des ventes de la Cartonnerie du Vivarais, à Annonay,
    prépare l'entretien annuel de Sonia, assistante ADV depuis quatre ans. Guidance deleted. Three headings retyped
    by replacing their runs, bookmark lost: the preparation ("Avant de recevoir Sonia"), the year review ("Retour sur
    2026, dossier par dossier") and the closing ("Pour finir l'heure"). The training section was deleted with its
    table (missing): no training is planned in the text. The career wishes still hold our prompt (placeholder).
    Other tables filled, the note-taking grid with what she plans to listen for.""",
    cover={"company": "Cartonnerie du Vivarais", "candidate": "Nathalie Ferrand", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Avant de recevoir Sonia", text=[
            "La Cartonnerie du Vivarais fabrique des caisses et des présentoirs en carton ondulé pour l'agroalimentaire "
            "et la cosmétique de la vallée du Rhône ; 130 salariés, 31 millions d'euros de chiffre d'affaires. "
            "J'encadre l'administration des ventes : quatre assistantes qui saisissent les commandes, confirment les "
            "délais avec la production et répondent aux clients quand un camion n'arrive pas. Sonia Teyssier est dans "
            "l'équipe depuis quatre ans. Cette année, elle a repris seule le portefeuille des trente clients "
            "cosmétiques, les plus exigeants sur les délais et sur l'impression.",
            "L'entretien est fixé au jeudi 14 janvier, de 10 h à 11 h 15, dans le bureau du premier, loin du "
            "téléphone. Sonia a reçu sa fiche de préparation avant les fêtes. De mon côté, je relis le compte rendu "
            "de l'an dernier, le tableau des litiges clients, le taux de commandes confirmées sous 24 heures et deux "
            "courriels de remerciement de clients. Ce que je veux obtenir : qu'elle reparte reconnue pour l'année "
            "des cosmétiques, que nous parlions franchement des erreurs de saisie de mars, et que nous fixions "
            "ensemble trois objectifs réalistes pour 2027."]),
        "opening": dict(status="ok", text=[
            "« Bonjour Sonia, merci d'avoir rempli ta fiche. Nous avons une heure et quart pour nous, sans téléphone. "
            "Je te propose ce déroulé : tu me racontes ton année, je te donne mon regard, on regarde les objectifs "
            "de 2026, puis on construit ceux de 2027 et on parle de ce que tu as envie de faire. Ce n'est pas un "
            "examen : l'idée est de repartir toutes les deux avec un plan clair. Le compte rendu sera prêt la semaine "
            "prochaine et tu pourras y ajouter tes remarques avant de le signer. »"]),
        "interview-phases": dict(status="ok", tables=[[
            [None, "installer un climat détendu, annoncer le déroulé", "Comment s'est passée ta rentrée ?", "5 min"],
            [None, "la laisser raconter son année", "De quoi es-tu la plus fière ?", "10 min"],
            [None, "comparer les résultats aux trois objectifs fixés", "Qu'est-ce qui s'est passé en mars ?", "10 min"],
            [None, "croiser sa fiche et mon regard", "Où te sens-tu moins à l'aise ?", "10 min"],
            [None, "bâtir trois objectifs avec elle", "Qu'est-ce qui te ferait dire que 2027 est réussie ?", "15 min"],
            [None, "(pas de plan de formation cette année)", "—", "—"],
            [None, "écouter ses envies", "Et dans trois ans ?", "10 min"],
            [None, "répondre, résumer, remercier", "Veux-tu ajouter quelque chose ?", "5 min"]]]),
        "year-review": dict(status="ok", retitle="Retour sur 2026, dossier par dossier", text=[
            "Janvier : Sonia reprend les trente clients cosmétiques après le départ de Martine. En six semaines, "
            "elle les a tous appelés et a refait les fiches clients, ce que personne n'avait fait depuis 2019. "
            "Mars : trois commandes saisies avec la mauvaise référence d'impression, dont une de 40 000 étuis pour un "
            "parfumeur de Grasse ; coût de la réimpression : 11 000 euros. Elle l'a signalé elle-même, dès qu'elle "
            "s'en est rendu compte, et a proposé la double vérification que toute l'équipe applique désormais.",
            "Le reste de l'année a été très solide : 94 % des commandes confirmées sous 24 heures contre 88 % pour "
            "l'équipe, aucun litige de livraison ouvert plus de dix jours au second semestre, et deux clients "
            "qui ont écrit pour la remercier. Elle a aussi formé la nouvelle intérimaire d'octobre, "
            "qui travaille aujourd'hui seule sur les clients de la boisson."]),
        "objectives-achieved": dict(status="ok", tables=[[
            ["Confirmer les commandes sous 24 h", "taux de confirmation", "90 %", "94 %", "atteint", "meilleur taux du service"],
            ["Réduire les erreurs de saisie", "commandes à reprendre", "moins de 1 %", "1,4 %", "partiel",
             "incident de mars, plus aucun depuis avril"],
            ["Mettre à jour les fiches clients cosmétiques", "fiches révisées", "30", "30", "atteint", "fait dès février"]]]),
        "skills": dict(status="ok", tables=[[
            ["Saisie et suivi des commandes", "confirmé", "confirmé", "confirmé", "double vérification instaurée"],
            ["Relation client au téléphone", "confirmé", "opérationnel", "expert", "deux lettres de clients"],
            ["Lecture des fiches techniques d'impression", "opérationnel", "débutant", "opérationnel",
             "à consolider après mars"],
            ["Transmission aux nouveaux", "non attendu", "opérationnel", "confirmé", "intérimaire formée en octobre"]]]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Zéro commande cosmétique réimprimée", "réimpressions dues à la saisie", "0", "décembre 2027",
             "une heure par mois avec le chef de l'atelier impression", "qualité perçue par les clients"],
            ["Tenir 92 % de confirmations sous 24 h en période de pic", "taux de septembre à novembre", "92 %",
             "novembre 2027", "renfort intérimaire anticipé dès juillet", "délais de l'usine"],
            ["Rédiger le guide d'accueil des nouvelles assistantes", "guide relu et utilisé", "1", "juin 2027",
             "une demi-journée par mois dégagée", "intégration plus rapide"]]]),
        "training": dict(status="missing"),
        "career-wishes": dict(status="placeholder"),
        "closing-follow-up": dict(status="ok", retitle="Pour finir l'heure", text=[
            "Avant de conclure, je lui laisse la parole pour ses questions et ses désaccords éventuels. Si elle "
            "revient sur l'incident de mars, je redis que c'est sa réaction qui compte pour moi et qu'il ne pèsera pas "
            "sur son augmentation. Je résume ensuite les trois objectifs, la décision sur le guide d'accueil et la "
            "date de notre point d'étape, fixé à fin juin. Le compte rendu part le 21 janvier ; elle a une semaine "
            "pour le commenter. Je la remercie pour l'année, sincèrement, et nommément pour les cosmétiques."]),
        "note-taking-grid": dict(status="ok", tables=[[
            [None, "sa version de mars, avec ses mots", "ton : se justifie-t-elle encore ?", "clore le sujet"],
            [None, "chiffres de confirmation", "les connaît-elle ?", "—"],
            [None, "écart sur l'impression", "demande-t-elle de l'aide ?", "heure avec l'atelier"],
            [None, "réaction aux trois propositions", "lequel lui paraît irréaliste ?", "ajuster la cible"],
            [None, "rien de prévu", "—", "—"],
            [None, "envie d'encadrer ?", "à noter mot pour mot", "en parler aux RH"],
            [None, "questions sur la prime", "rester factuelle", "réponse écrite"]]]),
        "criteria-self-check": dict(status="ok", tables=[[
            [None, "elle parle la première, je reformule", "oui"],
            [None, "je nomme tout de suite l'année des cosmétiques", "oui"],
            [None, "le but de l'heure annoncé dès l'ouverture", "oui"],
            [None, "les faits de l'année, dossier par dossier", "oui"],
            [None, "double vérification et guide d'accueil proposés", "oui"],
            [None, "réponse préparée sur la prime", "à revoir"]]]),
    },
)
