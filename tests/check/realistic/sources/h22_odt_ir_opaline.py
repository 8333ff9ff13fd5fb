from _common import *

DOC = dict(
    deliverable="interview-reframing",
    path="libreoffice",
    via="odt",
    language="fr",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. Français : la responsable du support d'Opaline, un éditeur clermontois de logiciels pour
    cabinets dentaires, prépare l'entretien de recadrage d'un technicien qui clôt des tickets sans les résoudre.
    Titres en MAJUSCULES pour quatre parties, les autres reformulés ou en question ; la préparation répartie sur
    deux titres (le dossier, puis l'organisation) ; le déroulé, la trame en quatre temps et les engagements en
    tableaux ; pas de grille pour prendre des notes pendant l'entretien (missing) ; la suite en deux phrases
    (thin) ; l'auto-évaluation réduite à son titre (empty).""",
    title="Entretien avec Bastien – support niveau 1",
    cover=["Guide de recadrage préparé par Nadège Roux, responsable du support client",
           "Opaline Logiciels, Clermont-Ferrand – version du 1er décembre 2026"],
    blocks=[
        H(1, "LE DOSSIER", {"preparation": "ok"}),
        P("Bastien Morel est technicien de support de niveau 1 depuis trois ans. Il connaît le logiciel mieux que "
          "la plupart des nouveaux arrivants et les cabinets dentaires l'apprécient au téléphone. Depuis la "
          "migration vers la nouvelle version en septembre, ses indicateurs se sont dégradés : 31 % de ses tickets "
          "sont rouverts par le client dans la semaine, contre 8 % en moyenne dans l'équipe. Sur les vingt tickets "
          "rouverts que j'ai relus, quatorze avaient été clos avec une réponse type sans que le problème soit "
          "réglé. Deux cabinets de Vichy ont écrit au commercial pour se plaindre d'un ton sec dans les courriels."),
        P("J'ai préparé la liste des tickets concernés, les deux courriels des cabinets et les objectifs fixés à "
          "l'entretien annuel de mars. J'ai aussi regardé sa charge : depuis septembre il prend 22 % d'appels de "
          "plus que l'an dernier, parce qu'un poste est vacant."),
        H(2, "Organisation", {"preparation": "ok"}),
        P("L'entretien aura lieu mardi 8 décembre à 14 h, dans la petite salle du deuxième étage, hors de la vue de "
          "l'open space. Je bloque quarante-cinq minutes et je coupe mon téléphone. Je ne veux pas de sanction à ce "
          "stade : je veux qu'il comprenne l'effet de ces clôtures sur les cabinets et sur ses collègues, et que "
          "nous repartions avec deux ou trois changements concrets."),
        H(1, "Comment je commence", {"opening": "ok"}),
        P("Je l'accueille moi-même à la porte et je lui explique d'emblée le sujet : la qualité de la résolution "
          "des tickets depuis la migration. Je dis que je tiens à en parler maintenant, avant que cela ne devienne "
          "un vrai problème avec nos clients, et que je compte sur son expérience pour trouver la solution. Je "
          "précise la durée, que l'entretien restera entre nous et qu'il pourra donner sa version. Je reconnais "
          "aussi que l'équipe a tenu l'automne avec une personne de moins et que je le sais, même si je ne l'ai pas assez dit."),
        H(1, "DÉROULÉ PRÉVU", {"interview-phases": "ok"}),
        T([["Minutes", "Étape", "Ce que je fais", "Ce que j'obtiens"],
           ["0-5", "ouverture", "je pose le sujet, le cadre et la durée", "il sait pourquoi il est là"],
           ["5-15", "les faits", "je montre trois tickets rouverts et les courriels", "un constat partagé"],
           ["15-25", "son point de vue", "je l'écoute, je reformule, je pose des questions ouvertes",
            "les causes telles qu'il les voit"],
           ["25-38", "pistes", "nous cherchons ensemble ce qui change", "deux ou trois engagements"],
           ["38-45", "fin", "je résume par écrit et je fixe le prochain point", "une date de suivi"]]),
        H(1, "Le rôle d'un technicien N1 chez Opaline", {"expectations-recap": "ok"}),
        P("Je rappelle ce que dit sa fiche de poste et ce que nous avons fixé en mars : un ticket n'est clos que "
          "lorsque le cabinet confirme que son problème est réglé, ou après deux relances sans réponse. Quand "
          "la question dépasse le niveau 1, le ticket part au niveau 2 avec une note qui explique ce qui a été "
          "essayé. Les réponses écrites suivent la charte : on salue, on reformule la demande, on explique la "
          "solution pas à pas. L'objectif de l'équipe est de rester sous 10 % de tickets rouverts, et il était à "
          "6 % l'an dernier : je sais qu'il en est capable."),
        H(1, "MA TRAME EN QUATRE TEMPS", {"desc-grid": "ok"}),
        T([["Temps", "Ce que je dis"],
           ["Les faits", "sur tes vingt derniers tickets rouverts, quatorze ont été clos avec la réponse type sans "
            "que le cabinet ait confirmé"],
           ["Mon ressenti", "ça m'inquiète, parce que les cabinets rappellent plus énervés et que tes collègues "
            "reprennent les dossiers"],
           ["Ce que je demande", "qu'on ne clôture qu'après confirmation du client, et qu'on passe au niveau 2 "
            "ce qui te bloque"],
           ["Ce qui en découle", "si c'est fait, je défends ta candidature au niveau 2 en juin ; sinon on en "
            "reparle avec un objectif écrit"]]),
        H(1, "Ce qu'il risque de me répondre", {"explanations-objections": "ok"}),
        P("Il dira sûrement que la file d'attente est trop longue pour attendre les confirmations des cabinets, "
          "et que la réponse type règle la plupart des cas. Je lui répondrai que la charge est réelle, que je l'ai "
          "vue, et que le poste vacant sera pourvu en janvier ; mais qu'un ticket rouvert prend en moyenne deux "
          "fois plus de temps qu'un ticket bien traité la première fois. S'il dit que le niveau 2 refuse ses "
          "escalades, je lui demande des exemples et je m'engage à en parler avec leur responsable. S'il se ferme "
          "ou s'énerve, je laisse un silence, je reformule ce que j'ai entendu et je reviens aux tickets. Je ne "
          "parle pas de son attitude en général, seulement des faits datés."),
        H(1, "ENGAGEMENTS", {"agreed-changes": "ok"}),
        T([["Qui", "Quoi", "Pour quand", "Comment on le vérifie"],
           ["Bastien", "ne clore qu'après confirmation ou deux relances", "dès le 9 décembre",
            "taux de tickets rouverts chaque lundi"],
           ["Bastien", "escalader au niveau 2 avec une note de ce qui a été tenté", "dès le 9 décembre",
            "relecture de cinq escalades par semaine"],
           ["Nadège", "obtenir du niveau 2 une réponse aux escalades sous 24 h", "15 décembre",
            "tableau de bord du support"],
           ["Nadège", "accélérer le recrutement du poste vacant", "janvier", "date d'arrivée"]]),
        H(1, "Et après ?", {"closing-follow-up": "thin"}),
        P("Je le remercie et je lui envoie le compte rendu le soir même. Nous refaisons le point dans un mois, le "
          "12 janvier, chiffres à l'appui."),
        H(1, "AUTO-ÉVALUATION", {"criteria-self-check": "empty"}),
    ],
    missing=["note-taking-grid"],
)
