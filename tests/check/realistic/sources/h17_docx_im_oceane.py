from _common import *

DOC = dict(
    deliverable="interview-motivation",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, French: the operations manager of Océane Mobilités, a coach and school-bus company in Vendée, prepares
    an interview with an experienced dispatcher who lost heart after a promotion went to someone else. Numbered
    headings of her own ("1.", "2." ... "7.") in heading styles, one bold Normal line ("4. CE QUE J'AI CONSTATÉ"),
    the listening section as a level-2 heading under the facts; the interview's course as a table; an extra
    section on the context of the company; the note-taking grid is a heading with nothing under it (empty); no
    self-check against the criteria (missing).""",
    title="Entretien de remotivation – Karim Belkacem, régulateur",
    blocks=[
        H(1, "1. Le contexte en quelques lignes"),
        P("Océane Mobilités exploite 140 autocars et assure le transport scolaire de 9 000 élèves pour le "
          "département de la Vendée, ainsi que des lignes régulières et des voyages de groupes. Le service de "
          "régulation compte six personnes ; il attribue chaque matin les conducteurs et les véhicules et "
          "gère les imprévus de la journée."),
        H(1, "2. Avant l'entretien", {"preparation": "ok"}),
        P("Karim Belkacem est régulateur depuis onze ans. C'est lui qui connaît le mieux les circuits scolaires "
          "du nord du département, et les conducteurs l'appellent en premier quand un car tombe en panne. En "
          "septembre, le poste de responsable de la régulation a été confié à une collègue arrivée il y a trois "
          "ans, Sandrine, après un recrutement interne auquel Karim s'était présenté."),
        P("Depuis, son attitude a changé. Il arrive à l'heure mais ne participe plus au point du matin, il "
          "ne propose plus de solutions quand un conducteur manque, et deux conducteurs m'ont dit qu'il leur "
          "répondait sèchement. Son travail reste correct, sans erreur d'affectation, mais il fait le minimum."),
        P("Mon objectif est de comprendre ce qu'il vit, de reconnaître ce qu'il apporte et de trouver avec lui "
          "un rôle qui lui redonne envie. Je le recevrai le jeudi 10 décembre à 14 h, dans la petite salle "
          "du dépôt de La Roche-sur-Yon, loin du bureau de régulation. J'ai prévu trois quarts d'heure. J'ai "
          "relu son dernier entretien annuel, où il disait vouloir transmettre son savoir aux nouveaux."),
        H(1, "3. Ouvrir la discussion", {"opening": "ok"}),
        P("« Karim, merci d'avoir pris ce temps. Je voulais te voir seul à seul parce que je te sens moins "
          "présent depuis la rentrée, et que ça me préoccupe. Tu es celui qui connaît le mieux nos circuits, "
          "et l'équipe a besoin de toi. Je ne suis pas là pour te reprocher quoi que ce soit : je voudrais "
          "comprendre comment tu vis les choses depuis septembre, et qu'on cherche ensemble ce qui pourrait "
          "t'aider. Tout ce que tu me diras restera entre nous. On a trois quarts d'heure devant nous, rien ne presse. »"),
        H(1, "4. Déroulé prévu", {"interview-phases": "ok"}),
        T([["Temps", "Ce que je fais", "Question ou phrase clé", "Durée"],
           ["Accueil", "expliquer pourquoi je l'ai invité", "Comment vas-tu en ce moment ?", "5 min"],
           ["Constats", "partager ce que j'ai observé, sans juger", "Est-ce que tu vois les choses comme moi ?", "10 min"],
           ["Écoute", "le laisser parler du recrutement", "Qu'est-ce qui t'a le plus touché ?", "15 min"],
           ["Pistes", "chercher avec lui ce qui le motiverait", "Qu'aimerais-tu faire davantage ?", "10 min"],
           ["Conclusion", "résumer et fixer un rendez-vous", "On se revoit fin janvier ?", "5 min"]]),
        B("5. CE QUE J'AI CONSTATÉ", {"facts": "ok"}),
        P("Sa fiche de poste prévoit qu'il affecte les conducteurs et les cars chaque matin, qu'il gère les "
          "pannes et les absences dans la journée et qu'il participe au point d'équipe de 7 h 30. Elle ne "
          "prévoit rien de plus, et c'est justement ce « plus » qu'il donnait avant."),
        L(["Depuis le 15 septembre, il n'a pris la parole à aucun des points du matin, alors qu'il les animait "
           "souvent auparavant.",
           "Le 3 novembre, un car est tombé en panne à Chantonnay : il a attendu que Sandrine trouve une solution "
           "au lieu de proposer le remplaçant, qu'il connaissait.",
           "Deux conducteurs m'ont rapporté en octobre des réponses sèches au téléphone.",
           "Ses affectations restent sans erreur, et il n'a eu aucune absence.",
           "Il refuse depuis octobre les remplacements du samedi, qu'il acceptait presque toujours l'an dernier."]),
        H(2, "Écouter vraiment", {"active-listening": "ok"}),
        P("Je veux surtout le laisser parler. Je poserai des questions ouvertes et je reformulerai ce qu'il dit "
          "pour vérifier que j'ai compris : « Si je t'entends bien, tu as eu le sentiment que tes onze ans ne "
          "comptaient pas ? » Je ne défendrai pas la décision du recrutement pendant qu'il s'exprime ; je "
          "pourrai l'expliquer ensuite s'il le demande. J'accepterai les silences sans les remplir. Je noterai "
          "ses mots exacts, pas mon interprétation, et je lui dirai que je les note pour ne rien oublier."),
        P("S'il exprime de la colère contre Sandrine ou contre la direction, je la reconnaîtrai sans la juger "
          "et sans l'alimenter. Mon rôle est de comprendre ce qui l'a découragé, pas de refaire le recrutement."),
        H(1, "6. Des idées à construire avec lui", {"co-built-solutions": "ok"}),
        P("Je n'arrive pas avec une solution toute prête, mais avec des pistes à discuter. Son entretien annuel "
          "parle de transmission : il pourrait devenir tuteur des deux régulateurs recrutés en janvier, avec "
          "une demi-journée par semaine dédiée. Il pourrait aussi rédiger le guide des circuits du nord, que "
          "personne d'autre ne saurait écrire. Enfin, je peux lui proposer une formation de management pour "
          "préparer la prochaine ouverture de poste, si c'est toujours son souhait. Je lui demanderai ce qui "
          "lui parle, ou s'il voit autre chose. Ce qu'il choisira comptera plus que ce que j'aurais "
          "décidé seule : une piste qu'il porte lui-même a bien plus de chances de tenir dans la durée."),
        H(1, "7. Plan d'action", {"action-plan": "ok"}),
        T([["Action", "Qui", "Quand", "Comment on vérifie"],
           ["Tutorat des deux nouveaux régulateurs", "Karim, avec mon appui", "dès le 11 janvier", "point mensuel avec les tuteurés"],
           ["Guide des circuits du nord", "Karim", "fin mars", "guide relu par Sandrine"],
           ["Demande de formation management", "moi, auprès des RH", "avant le 31 janvier", "inscription confirmée"]]),
        H(1, "8. Terminer et se revoir", {"closing-follow-up": "ok"}),
        P("Je terminerai en résumant ce que nous avons dit et ce que chacun s'engage à faire, puis je lui "
          "demanderai s'il repart avec le sentiment d'avoir été entendu. Je lui proposerai de nous revoir le "
          "jeudi 28 janvier, une fois le tutorat commencé, pour faire le point sans attendre l'entretien "
          "annuel. Je lui dirai aussi que ma porte reste ouverte d'ici là, et je lui enverrai le lendemain un "
          "court mail qui reprend le plan d'action, pour que rien ne se perde. Il pourra le corriger s'il le souhaite."),
        H(1, "9. Grille de notes", {"note-taking-grid": "empty"}),
    ],
    missing=["criteria-self-check"],
)
