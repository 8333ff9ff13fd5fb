from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="skeleton",
    language="fr",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. Started from our
    French skeleton: the head of the bus maintenance workshop of TransLandes, the public transport network of
    Mont-de-Marsan, prepares a reframing interview with an experienced mechanic who no longer fills in the digital
    checklist after brake work and left a bus on the road without its final test. Guidance deleted everywhere.
    Three headings retyped by selecting them and typing over (runs replaced, bookmark lost): the preparation ("Ce
    que je sais avant de voir Didier"), the objections ("Ce qu'il va me répondre, et ce que je dirai") and the
    closing ("Pour finir, et après"). The reminder of his duties is two sentences (thin). The self-check table
    deleted with its heading (missing). The phases, DESC, changes and note-taking tables filled.""",
    cover={"company": "Régie TransLandes", "candidate": "Nathalie Darrigade", "school": "Web School Factory"},
    sections={
        "preparation": dict(status="ok", retitle="Ce que je sais avant de voir Didier", text=[
            "L'atelier de TransLandes entretient les 46 bus du réseau urbain de Mont-de-Marsan et les 18 cars des "
            "lignes scolaires. Nous sommes neuf mécaniciens et deux magasiniers, en deux équipes qui se relaient "
            "de 5 h à 21 h. Je dirige l'atelier depuis février. Didier Lalanne, 55 ans, y travaille depuis "
            "vingt-six ans ; c'est lui que les jeunes viennent voir quand une panne résiste, et il a formé la moitié "
            "de l'équipe.",
            "Depuis le passage à la tablette en septembre, chaque intervention sur les freins doit se terminer par "
            "une liste de contrôle numérique et un essai sur la piste avant que le bus reparte. Sur les huit "
            "dernières semaines, Didier a clôturé 23 interventions de freinage ; 14 n'ont pas de liste de contrôle "
            "remplie. Le 24 novembre, le bus 212 est reparti en ligne à 6 h 40 sans essai ; le conducteur a signalé "
            "une pédale molle à 8 h et le bus a été retiré du service. Personne n'a été blessé, mais l'exploitation "
            "a dû supprimer six courses et le directeur m'a demandé un rapport.",
            "Ce que j'attends de lui : la liste remplie et l'essai fait à chaque intervention sur les freins, sans "
            "exception, et qu'il me prévienne quand le planning ne lui laisse pas le temps de le faire. Je le "
            "recevrai le mardi 8 décembre à 13 h 30, au changement d'équipe, dans mon bureau, pendant quarante "
            "minutes. J'ai relu sa fiche de poste, la procédure de septembre et le rapport d'incident du 212."]),
        "opening": dict(status="ok", text=[
            "« Didier, merci d'être venu. Je veux te parler de deux choses précises : les listes de contrôle des "
            "freins qui ne sont pas remplies, et le 212 qui est reparti sans essai le 24 novembre. Je sais ce que "
            "tu apportes à cet atelier, et ce n'est pas ton métier que je remets en cause. Mais sur les freins, on "
            "ne peut pas se permettre un seul oubli, pour les conducteurs comme pour les passagers. Je veux qu'on "
            "regarde ensemble ce qui se passe et qu'on sorte d'ici avec des engagements clairs, des deux côtés. »"]),
        "interview-phases": dict(status="ok", skip_cols=1, tables=[[
            [None, "annoncer les deux sujets, reconnaître son rôle", "—", "3 min"],
            [None, "relire la procédure freins de septembre", "Tu as eu la formation tablette ?", "4 min"],
            [None, "les 14 listes vides, le bus 212", "—", "5 min"],
            [None, "dire mon inquiétude pour la sécurité", "—", "3 min"],
            [None, "l'écouter jusqu'au bout", "Qu'est-ce qui t'empêche de la remplir ?", "10 min"],
            [None, "la règle : liste et essai à chaque fois", "Qu'est-ce qu'il te faudrait pour y arriver ?", "6 min"],
            [None, "ce qui se passe si rien ne change, et ce qu'il y gagne", "—", "3 min"],
            [None, "noter les engagements, fixer le prochain point", "On se revoit le 12 janvier ?", "6 min"]]]),
        "expectations-recap": dict(status="thin", text=[
            "Sa fiche de poste prévoit le contrôle et la traçabilité de chaque intervention de sécurité. La "
            "procédure du 1er septembre impose la liste sur tablette et l'essai sur piste avant toute remise en "
            "service."]),
        "desc-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "poser les faits sans jugement",
             "« Sur huit semaines, 14 de tes 23 interventions freins n'ont pas de liste. Le 212 est reparti le 24 "
             "sans essai. »", "il peut contester les chiffres de la tablette"],
            [None, "dire ce que cela me fait",
             "« Ça m'inquiète vraiment. Si un bus freine mal avec quarante élèves dedans, c'est nous tous qui "
             "sommes responsables. »", "silence, ou colère"],
            [None, "formuler une demande claire",
             "« Je te demande la liste et l'essai à chaque intervention freins, sans exception, dès demain. »",
             "il va parler du planning trop serré"],
            [None, "annoncer la suite",
             "« Si c'est tenu, je te propose de devenir référent freins et de former les deux apprentis. Sinon, je "
             "devrai en parler à la direction. »", "accord attendu, peut-être à contrecœur"]]]),
        "explanations-objections": dict(status="ok", retitle="Ce qu'il va me répondre, et ce que je dirai", text=[
            "« La tablette, c'est de la paperasse, moi je sais quand un frein est bon. » Je lui réponds que je ne "
            "doute pas de son oreille, mais que la liste sert aussi à prouver le travail fait si un accident "
            "arrive, et qu'elle le protège autant qu'elle protège l'atelier.",
            "« Le matin, l'exploitation me réclame les bus avant 6 h 30, je n'ai pas le temps de faire l'essai. » "
            "C'est probablement vrai. Je m'engage à revoir avec le chef d'exploitation l'heure de sortie des bus "
            "réparés la veille, et je lui demande de m'appeler quand il est coincé plutôt que de laisser partir un "
            "bus.",
            "« Les jeunes ne la remplissent pas non plus. » Je vois chacun, et aujourd'hui nous parlons de ses "
            "interventions ; s'il veut m'aider, qu'il montre l'exemple.",
            "S'il me dit que la tablette le met en difficulté, je l'écoute sans minimiser et je lui propose une "
            "heure avec Julie, la magasinière, qui a formé tout le monde en septembre."]),
        "agreed-changes": dict(status="ok", tables=[[
            ["Liste de contrôle remplie après chaque intervention freins", "une heure de prise en main avec Julie",
             "dès le 9 décembre", "contrôle des listes chaque vendredi"],
            ["Essai sur piste avant toute remise en service", "sorties du matin décalées de 20 minutes avec l'exploitation",
             "à partir du 14 décembre", "registre des essais signé par le chef d'équipe"],
            ["Me prévenir quand le planning bloque", "mon numéro direct, y compris à 5 h",
             "tout de suite", "point de dix minutes chaque lundi"]]]),
        "closing-follow-up": dict(status="ok", retitle="Pour finir, et après", text=[
            "Je lui demande de résumer avec ses mots ce que nous avons décidé, pour vérifier que nous avons compris "
            "la même chose. Je lui redis que son expérience compte pour l'atelier et que je compte sur lui pour "
            "donner l'exemple aux apprentis. Je lui envoie le compte rendu écrit le lendemain ; il peut y ajouter "
            "ses remarques avant de le signer. Nous faisons un premier point le lundi 14 décembre, puis un vrai "
            "bilan le 12 janvier, avec les listes des cinq semaines. Si tout est rempli, je lui parle du rôle de "
            "référent freins dès ce jour-là."]),
        "note-taking-grid": dict(status="ok", skip_cols=1, tables=[[
            [None, "les 14 listes manquantes, le 212", "a-t-il reconnu les faits ?", "rapport d'incident à joindre"],
            [None, "planning du matin, tablette jugée lente", "ton calme ou tendu", "voir l'exploitation"],
            [None, "« les jeunes non plus »", "à recadrer sans débat", "—"],
            [None, "liste et essai à chaque fois", "accord franc ou du bout des lèvres", "noter sa phrase exacte"],
            [None, "trois engagements, deux dates", "—", "compte rendu sous 24 h"]]]),
        "criteria-self-check": dict(status="missing"),
    },
)
