from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 55 (h55_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: a 60-person printing company in Troyes prepares the preliminary interview of a sales
    representative whose expense claims do not match his visit reports. Question and paraphrased headings; an
    extra section of the author's own on what the company must not say; the closing is short (thin).""",
    title="Entretien préalable – M. Olivier D., commercial terrain",
    cover=["Imprimerie Chaumont, Troyes", "Préparé par Léa Fontaine, directrice commerciale – décembre 2026"],
    blocks=[
        H(1, "Avant l'entretien : ce que je sais et ce que je rassemble", {"preparation": "ok"}),
        P("Olivier D. est commercial terrain chez nous depuis 2019. Il couvre l'Aube et la Haute-Marne et suit "
          "environ 140 clients, surtout des mairies, des caves de champagne et des associations. Ses résultats "
          "ont longtemps été bons : il a fait entrer deux maisons de champagne qui pèsent aujourd'hui 8 % de notre "
          "chiffre d'affaires."),
        P("En septembre, la comptabilité a relevé des écarts entre ses notes de frais et ses comptes rendus de "
          "visite dans le CRM. Sur juillet et août, onze repas d'affaires ont été remboursés alors que le CRM ne "
          "montre aucun rendez-vous ces jours-là, et 2 300 kilomètres ont été déclarés pour des tournées dont "
          "trois clients disent n'avoir reçu personne. Le montant en cause atteint 1 870 €."),
        P("Je ne veux pas arriver avec une conclusion toute faite. Olivier a peut-être vu des prospects sans les "
          "saisir, ce qui serait une faute différente et bien moins grave. Je rassemble donc les notes de frais "
          "signées, l'extraction du CRM, les trois courriels des clients et le relevé de la carte carburant. Le "
          "DRH relit le dossier avec moi et nous vérifions le règlement intérieur sur les frais professionnels."),
        H(1, "Les étapes de la procédure sont-elles respectées ?", {"procedure-checklist": "ok"}),
        T([["Étape", "Date", "Fait ?"],
           ["Lettre de convocation en recommandé", "24 novembre 2026", "oui, accusé reçu le 26"],
           ["Délai de cinq jours ouvrables", "entretien le 4 décembre", "oui"],
           ["Mention de l'assistance possible", "dans la lettre", "oui, liste des conseillers jointe"],
           ["Mise à pied conservatoire", "—", "non, pas jugée nécessaire"],
           ["Notification de la décision", "au plus tôt le 8 décembre", "à faire"]]),
        H(1, "Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Bonjour Olivier, merci d'être là. Je vois que vous êtes venu avec Monsieur Royer, délégué du personnel, "
          "c'est très bien. Je vais être directe : nous vous avons convoqué parce que nous envisageons une "
          "sanction, qui peut aller jusqu'au licenciement. Aucune décision n'est prise. Je vais vous présenter ce "
          "que la comptabilité a constaté sur vos frais de l'été, puis je vous écouterai aussi longtemps qu'il "
          "le faudra. Votre version compte, et Monsieur Royer peut intervenir quand il le souhaite. Si vous avez "
          "besoin d'une pause à un moment, dites-le-moi simplement."),
        H(1, "Déroulé minute par minute", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question clé"],
           ["0-5 min", "accueil, objet de l'entretien, rappel de l'assistance", "Avez-vous des questions avant de commencer ?"],
           ["5-15 min", "exposé des écarts, pièces à l'appui", "Ces dates vous parlent-elles ?"],
           ["15-35 min", "écoute de ses explications", "Qui avez-vous rencontré ces jours-là ?"],
           ["35-45 min", "réponses aux objections", "Qu'aurions-nous dû savoir ?"],
           ["45-50 min", "suite de la procédure", "Souhaitez-vous ajouter quelque chose ?"]]),
        H(1, "Qu'est-ce qu'on lui reproche exactement ?", {"facts-explained": "ok"}),
        P("Je présente les faits par ordre de date, avec la pièce correspondante, sans qualifier ni juger la "
          "personne. Je laisse à Olivier le temps de lire chaque document avant de passer au suivant, et je lui "
          "remets une copie de l'ensemble pour qu'il puisse la relire avec son représentant."),
        T([["Période", "Constat", "Pièce"],
           ["Juillet 2026", "six repas remboursés sans rendez-vous dans le CRM", "notes de frais n° 2026-07-14 à 19"],
           ["Août 2026", "cinq repas, dont deux pendant ses congés déclarés", "planning des congés, notes de frais"],
           ["Juillet-août 2026", "2 300 km déclarés, trois clients sans visite", "courriels des clients, carte carburant"]]),
        H(1, "S'il conteste, que répondre ?", {"questions-objections": "ok"}),
        T([["Il pourrait dire", "Ma réponse"],
           ["« Je voyais des prospects, je n'ai pas eu le temps de tout saisir. »",
            "C'est possible : donnez-moi leurs noms, nous vérifierons avant toute décision."],
           ["« Tout le monde arrondit ses frais. »",
            "Je ne parle que de vos notes ; la règle est la même pour tous et elle est écrite."],
           ["« Vous voulez vous débarrasser de moi depuis la réorganisation. »",
            "Je comprends ce sentiment, mais l'entretien porte sur des faits datés, rien d'autre."]]),
        H(2, "Ce que je m'interdis de dire", {}),
        P("Pas de mot comme « vol » ou « fraude » pendant l'entretien : la qualification viendra après, avec le "
          "DRH. Je ne parle pas non plus de ses collègues ni de ses résultats de l'an dernier pour l'accabler. Et je "
          "n'annonce aucune décision, même si la réponse me paraît évidente."),
        H(1, "Et après ?", {"closing-follow-up": "thin"}),
        P("Je résume ce qu'il a dit, je lui rappelle qu'il recevra un courrier, pas avant le 8 décembre, et je le "
          "remercie d'être venu."),
        H(1, "Mes notes pendant l'échange", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce qu'il dit", "Ce que je vérifie ensuite"],
           ["Repas de juillet", "…", "noms des prospects cités"],
           ["Kilomètres", "…", "relevé de la carte carburant"],
           ["Climat, émotion", "…", "ton, silences, demande de pause"]]),
        H(1, "Ai-je tenu mes engagements ?", {"criteria-self-check": "ok"}),
        T([["Point", "Comment je le montre", "OK"],
           ["Écoute et empathie", "je reformule sans l'interrompre", "à vérifier"],
           ["Enjeu annoncé tôt", "dans les deux premières phrases", "oui"],
           ["Faits clairs", "trois constats, trois pièces", "oui"],
           ["Objections traitées", "trois réponses préparées", "oui"]]),
    ],
)
