from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: Sandrine Quéré, who manages nine optician shops around Nantes, prepares a motivation interview
    with Lucas Ferrand, an optician of eleven years whose commitment fell after he was not chosen to manage the new
    Rezé shop. Numbered headings in the author's own words (1. to 9.); the running order of the interview and the
    action plan are tables. The note-taking heading (9.) is kept with nothing under it (empty); no self-check of the
    criteria anywhere (missing).""",
    title="Entretien de motivation – Lucas Ferrand",
    cover=["Optique Quéré – magasin de Saint-Herblain", "Préparé par Sandrine Quéré, gérante", "Entretien prévu le jeudi 14 janvier 2027, 9 h 30, bureau de l'étage"],
    blocks=[
        H(1, "1. Avant l'entretien : ce que je prépare", {"preparation": "ok"}),
        P("Lucas travaille chez nous depuis onze ans. C'est l'opticien le plus demandé par les clients du magasin de "
          "Saint-Herblain, notamment pour les adaptations de lentilles et les verres progressifs difficiles. En "
          "octobre, nous avons ouvert le magasin de Rezé et j'ai confié sa direction à Camille, arrivée il y a trois "
          "ans. Lucas avait posé sa candidature. Je lui ai annoncé la décision en cinq minutes, entre deux clients, "
          "et je sais aujourd'hui que c'était une erreur."),
        P("Depuis, les choses ont changé. Il ne participe plus aux réunions du lundi, il a refusé de former les deux "
          "apprentis, et ses ventes de deuxième paire ont baissé. Il reste poli et sérieux avec les clients : ce n'est "
          "pas un problème de faute, c'est une perte d'envie."),
        P("Pour préparer, je relis sa fiche de poste et ses trois derniers entretiens annuels, je regarde ses chiffres "
          "mois par mois depuis juin, et je note les faits précis que je veux lui rappeler. Je réserve une heure "
          "entière, dans le bureau de l'étage et non en boutique, et Estelle tient le magasin pour qu'on ne nous "
          "dérange pas. Je le préviens lundi, par oral puis par un mot écrit, en lui disant le sujet : parler de son "
          "avenir chez nous. Mon objectif : comprendre ce qu'il vit et repartir avec deux ou trois engagements "
          "concrets, des deux côtés."),
        H(1, "2. Les premières minutes", {"opening": "ok"}),
        P("Je commence par le remercier d'être venu et je dis tout de suite pourquoi nous sommes là : j'ai remarqué "
          "qu'il n'est plus le même depuis l'automne, il compte beaucoup pour la maison, et je veux qu'on en parle "
          "franchement. Je reconnais aussi que je lui ai annoncé la décision pour Rezé très mal, trop vite, et que je "
          "le regrette. Je précise que ce n'est pas un entretien disciplinaire, que rien ne sera écrit dans son "
          "dossier sans qu'il le relise, et que nous avons une heure. Enfin, je lui demande s'il est d'accord pour commencer par les faits."),
        H(1, "3. Le déroulé, minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Étape", "Ce que je fais", "Ce que j'attends de Lucas"],
           ["0-5 min", "Accueil", "Je remercie, je pose le cadre et le sujet", "Qu'il se sente en confiance"],
           ["5-15 min", "Ses missions et les faits", "Je rappelle son rôle et ce que j'ai observé, sans juger", "Sa réaction, son point de vue"],
           ["15-35 min", "Son ressenti", "Je pose des questions ouvertes et je me tais", "Qu'il dise ce qui l'a blessé et ce qu'il attend"],
           ["35-50 min", "Pistes", "Je demande ses idées avant de donner les miennes", "Deux ou trois propositions"],
           ["50-60 min", "Engagements et suite", "On écrit ensemble le plan, on fixe la date du point suivant", "Son accord sur le plan"]]),
        H(1, "4. Ce que Lucas fait, ce que j'ai constaté", {"facts": "ok"}),
        P("Ses missions : conseiller et vendre, réaliser les examens de vue dans le cadre légal, adapter les lentilles, "
          "suivre les dossiers de mutuelle, et depuis 2022 être le référent technique du magasin pour les autres "
          "opticiens. Sur tout cela, il a toujours été irréprochable."),
        L(["Depuis octobre, il a manqué sept réunions du lundi sur dix, sans prévenir pour quatre d'entre elles.",
           "Il a refusé en novembre d'encadrer les deux apprentis, alors qu'il l'avait proposé lui-même au printemps.",
           "Ses ventes de deuxième paire sont passées de 31 % à 18 % des ventes entre juin et décembre.",
           "Les avis clients le citent toujours en bien : douze avis cinq étoiles qui le nomment depuis septembre."]),
        P("Je lui présente ces faits tels quels, avec les dates, sans interprétation, et je lui demande s'il les "
          "reconnaît avant d'aller plus loin."),
        H(1, "5. Écouter vraiment", {"active-listening": "ok"}),
        P("C'est la partie la plus importante, et celle où je dois me retenir de me justifier. Je pose des questions "
          "ouvertes : comment vis-tu ton travail en ce moment ? Qu'est-ce qui a changé pour toi depuis l'automne ? "
          "Qu'est-ce qui te donnerait envie de t'investir à nouveau ? Je reformule ce qu'il dit pour vérifier que j'ai "
          "bien compris, sans ajouter mon avis. Je laisse les silences. Si la colère sort, je l'accepte : il a le droit "
          "d'être déçu, et je lui dis que je comprends cette déception. Je regarde aussi ce qu'il ne dit pas, et je "
          "note ses mots exacts pour les reprendre à la fin. Je ne regarde ni mon téléphone ni l'écran."),
        H(1, "6. Chercher ensemble", {"co-built-solutions": "ok"}),
        P("Je lui demande d'abord ses propres idées. J'ai quelques pistes en tête si la discussion en a besoin : lui "
          "confier la formation technique des opticiens des neuf magasins, avec une demi-journée par semaine dédiée et "
          "une prime ; l'inscrire au diplôme d'optométrie qu'il voulait passer, payé par la maison ; ou préparer avec "
          "lui la direction du prochain magasin, prévu à Orvault en 2028, avec un parcours de management dès le "
          "printemps. Rien n'est imposé : on garde ce qui a du sens pour lui et ce que la maison peut vraiment tenir, "
          "et je ne promets pas de poste que je ne peux pas garantir. Chaque idée retenue doit avoir un délai et un responsable clairement nommé."),
        H(1, "7. Ce qu'on s'engage à faire", {"action-plan": "ok"}),
        T([["Action", "Qui", "Échéance", "Comment on le saura"],
           ["Écrire la mission de référent formation des neuf magasins", "Sandrine et Lucas", "31 janvier 2027", "Fiche de mission signée"],
           ["Bloquer le mardi après-midi pour la formation", "Sandrine", "Dès février", "Planning affiché"],
           ["Reprendre l'encadrement des deux apprentis", "Lucas", "1er février 2027", "Point mensuel avec leur tuteur CFA"],
           ["Demander l'inscription au diplôme d'optométrie", "Sandrine", "15 mars 2027", "Dossier envoyé à l'école"]]),
        H(1, "8. Se quitter et se revoir", {"closing-follow-up": "ok"}),
        P("Avant de finir, je lui demande de résumer avec ses mots ce que nous avons décidé, puis je relis le plan "
          "avec lui. Je le remercie pour sa franchise et je lui redis ce que la maison lui doit. Nous fixons "
          "ensemble le prochain point : le jeudi 11 mars 2027 à 9 h 30, au même endroit, pour voir où en sont nos "
          "engagements. Je lui envoie le compte rendu le soir même, il peut le corriger avant qu'il soit classé. D'ici là, ma porte reste ouverte s'il veut en reparler."),
        H(1, "9. Mes notes pendant l'entretien", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
