from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the sales manager of a plant nursery near Quimper prepares a reframing interview with a sales
    assistant whose quotes to landscapers leave late. Guidance deleted. The preparation, missions and
    explanations headings retyped (runs replaced, bookmarks lost). The closing left as our prompt (placeholder);
    the note-taking grid deleted with its heading (missing); every other section written, tables filled.""",
    cover={"company": "Pépinières de l'Odet", "candidate": "Gwenaëlle Le Bihan", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Ce que je sais avant de recevoir Thomas", text=[
            "Les Pépinières de l'Odet vendent arbustes et jeunes arbres à une soixantaine de paysagistes du "
            "Finistère. Thomas Guéguen, assistant commercial depuis quatre ans, prépare les devis demandés par "
            "téléphone ou par courriel. Notre règle, écrite dans sa fiche de poste, est d'envoyer tout devis sous "
            "48 heures ouvrées. Depuis septembre, sur 212 devis, 71 sont partis après ce délai, dont 19 après une "
            "semaine. Deux clients, l'entreprise Jardins du Steïr et la mairie de Briec, me l'ont reproché et Briec "
            "a commandé ailleurs pour 8 400 euros.",
            "Je le reçois mardi 8 décembre à 10 h dans la petite salle, porte fermée, pour quarante-cinq minutes. "
            "J'ai imprimé le tableau des devis avec leurs dates et je n'apporte que des faits. Je sais aussi que "
            "Thomas remplace depuis octobre une collègue en congé maternité à l'accueil le lundi et le vendredi : "
            "cela peut expliquer une partie du retard, et je veux l'entendre de lui avant de conclure quoi que ce soit. Enfin, j'ai relu nos échanges de l'an dernier : c'est la première fois que je dois lui parler d'un problème de ce genre."]),
        "opening": dict(status="ok", text=[
            "« Thomas, merci d'être venu. Je t'ai demandé ce moment parce qu'il y a un sujet qui m'inquiète : le "
            "délai de nos devis. Ce n'est pas un procès, tu fais un travail que les clients apprécient, mais nous "
            "avons perdu une commande à cause d'un retard et je ne veux pas que cela se reproduise. Je vais te "
            "montrer les chiffres, je veux ensuite comprendre ce qui se passe de ton côté, et nous repartirons "
            "avec deux ou trois engagements simples, de ta part comme de la mienne. Tu peux m'interrompre quand tu veux. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser le cadre, rassurer", "—", "5 min"],
            [None, "la règle des 48 heures", "Comment vois-tu ce délai ?", "5 min"],
            [None, "71 devis en retard, Briec perdu", "—", "5 min"],
            [None, "ma gêne vis-à-vis des clients", "—", "3 min"],
            [None, "l'accueil, les devis complexes", "Qu'est-ce qui te freine ?", "10 min"],
            [None, "revenir aux 48 heures", "Que te faut-il pour y arriver ?", "7 min"],
            [None, "clients perdus, charge de l'équipe", "—", "3 min"],
            [None, "deux engagements chacun", "On se revoit quand ?", "7 min"]]]),
        "expectations-recap": dict(status="ok", retitle="Son poste, ce qu'on attend de lui", text=[
            "Thomas prépare les devis, relance les clients dix jours après l'envoi et saisit les commandes "
            "confirmées. Le délai de 48 heures n'est pas une exigence nouvelle : il figure dans sa fiche de poste "
            "et dans nos conditions commerciales, et Thomas l'a tenu sans difficulté pendant trois ans. Je lui "
            "rappelle aussi qu'un devis en retard doit au moins être annoncé au client par un courriel, ce qui "
            "n'a pas été fait pour Briec. Ces deux points sont ceux sur lesquels je m'appuierai pendant tout "
            "l'entretien, sans en ajouter d'autres."]),
        "desc-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "s'en tenir aux chiffres", "71 devis sur 212 sont partis après 48 heures depuis septembre",
             "surpris par le chiffre, puis d'accord"],
            [None, "dire ce que cela me fait", "je suis gênée d'avoir dû m'excuser auprès de Briec",
             "il s'excuse, un peu tendu"],
            [None, "une demande claire", "je te demande de revenir aux 48 heures dès janvier",
             "il demande de l'aide pour l'accueil"],
            [None, "positives d'abord", "si on y arrive, on garde nos paysagistes et tu gardes ton autonomie",
             "rassuré"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce que Thomas m'a répondu", text=[
            "Thomas reconnaît le retard et l'explique par les deux jours d'accueil : il est interrompu sans cesse "
            "et ne peut pas se concentrer sur les devis de plus de trente lignes, qu'il repousse au mardi. Il "
            "ajoute que les devis pour les collectivités demandent des prix qu'il doit vérifier auprès du chef de "
            "culture, qui répond parfois après trois jours.",
            "Je lui réponds que l'accueil est une charge que je lui ai confiée et que c'est à moi d'en tenir "
            "compte ; en revanche, prévenir le client d'un retard ne dépend que de lui. Il objecte qu'il n'ose pas "
            "annoncer un retard ; nous convenons d'un message type qu'il pourra envoyer en une minute."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["Devis envoyés sous 48 heures, ou client prévenu la veille", "message type rédigé avec moi",
             "dès le 4 janvier", "tableau des devis vu chaque lundi"],
            ["Accueil du lundi repris par Maëlle", "je réorganise le planning", "janvier",
             "planning affiché"],
            ["Prix collectivités validés sous 24 heures", "je fixe la règle au chef de culture", "décembre",
             "dates des réponses dans le tableau"]]]),
        "closing-follow-up": dict(status="placeholder"),
        "note-taking-grid": dict(status="missing"),
        "criteria-self-check": dict(status="ok", skip_cols=1, tables=[[
            [None, "le laisser finir ses explications avant de répondre", "oui"],
            [None, "rappeler qu'il est apprécié des clients", "oui"],
            [None, "le sujet des devis annoncé dès la première phrase", "oui"],
            [None, "fiche de poste sous les yeux", "oui"],
            [None, "trois changements, dont deux de ma part", "oui"],
            [None, "chiffres des devis imprimés", "oui"],
            [None, "réponse prête sur l'accueil", "oui"]]]),
    },
)
