from _common import *

DOC = dict(
    deliverable="interview-appraisal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French: at Chantier naval Kervella in Concarneau, the technical director prepares his yearly
    meeting with Sandrine Ollivier, head of the composite workshop. The cover names Sandrine and the date, never
    the kind of meeting. Headings are the author's own, several as questions; her wishes for the future get two
    sentences (thin); the note-taking grid is a heading over a table with only its header row (empty); the
    self-check of the jury's points was never written (missing).""",
    title="Sandrine Ollivier – atelier composite",
    cover=["Chantier naval Kervella, Concarneau", "Rencontre du jeudi 21 janvier 2027, 14 h, salle de la capitainerie",
           "Préparé par Yann Kervella, directeur technique"],
    blocks=[
        H(1, "Avant de la recevoir : ce que j'ai rassemblé", {"preparation": "ok"}),
        P("Sandrine dirige depuis quatre ans l'atelier composite du chantier, où six stratifieurs réparent et "
          "refont les coques en polyester des bateaux de pêche et de plaisance du port. Elle organise le planning "
          "de l'atelier, commande la résine et les tissus de verre, contrôle la qualité des réparations et forme "
          "les apprentis. Je lui ai envoyé le 6 janvier la convocation, avec le formulaire d'auto-bilan que nous "
          "utilisons depuis l'an dernier, en lui demandant de me le rendre trois jours avant la rencontre."),
        P("De mon côté, j'ai relu le compte rendu de janvier 2026 et les trois objectifs que nous avions fixés, "
          "sorti du logiciel de gestion les heures passées par chantier et le nombre de reprises sous garantie, "
          "et demandé à Erwan, le chef d'équipe peinture, comment se passe le travail entre les deux ateliers. "
          "L'année a compté deux faits marquants : la réparation du chalutier Ar Vag après son échouage, livrée "
          "avec dix jours d'avance, et le départ de deux stratifieurs expérimentés en septembre, qui a mis "
          "l'atelier sous tension tout l'automne. J'ai réservé la salle de la capitainerie pour une heure et "
          "demie, téléphone coupé, loin du bruit des ponceuses."),
        H(1, "Comment j'ouvre la discussion", {"opening": "ok"}),
        P("Je commencerai par la remercier d'être venue et par lui dire ce que nous allons faire ensemble : "
          "regarder son année, ce qui a marché et ce qui a coincé, puis décider de ce que nous visons pour 2027 et "
          "de ce dont elle a besoin pour y arriver. Je lui dirai que c'est un échange et non un examen : elle "
          "parlera la première sur chaque point, et je donnerai ensuite mon avis. Je préciserai que rien de ce qui "
          "se dit aujourd'hui ne touche à son salaire, qui est discuté en mars avec toute l'équipe. Enfin, je lui "
          "rappellerai qu'elle recevra le compte rendu écrit et pourra y ajouter ses propres remarques avant de "
          "le signer."),
        H(1, "Le fil de l'heure et demie", {"interview-phases": "ok"}),
        T([["Étape", "Ce que je cherche", "Ma question pour lancer", "Temps"],
           ["Accueil", "la mettre à l'aise, annoncer le programme", "Tu as pu remplir ton auto-bilan ?", "5 min"],
           ["Son année", "qu'elle raconte avant moi", "De quoi es-tu la plus fière cette année ?", "20 min"],
           ["Les résultats", "chiffres face aux cibles", "Comment lis-tu les reprises sous garantie ?", "15 min"],
           ["Le métier", "comparer nos deux regards", "Où te sens-tu moins à l'aise ?", "15 min"],
           ["2027", "trois buts clairs", "Qu'est-ce qu'une bonne année 2027 pour l'atelier ?", "15 min"],
           ["Se former", "les moyens", "De quoi aurais-tu besoin ?", "10 min"],
           ["La suite", "ses envies", "Où te vois-tu dans trois ans ?", "5 min"],
           ["Clôture", "résumer et fixer la suite", "Veux-tu ajouter quelque chose ?", "5 min"]]),
        H(1, "Qu'est-ce que Sandrine a vécu en 2026 ?", {"year-review": "ok"}),
        P("L'atelier a traité 47 chantiers en 2026, contre 41 l'année précédente, pour 9 800 heures facturées. "
          "Le chantier le plus marquant est celui de l'Ar Vag, un chalutier de 18 mètres échoué sur les Glénan en "
          "mars : Sandrine a organisé des équipes en deux-huit pendant trois semaines et le bateau est reparti en "
          "mer dix jours avant la date promise à l'armateur, qui nous a depuis confié deux autres unités. Elle a "
          "aussi mis en place une fiche de contrôle photo à chaque couche de stratifié, qui a fait passer les "
          "reprises sous garantie de neuf à quatre."),
        P("L'automne a été plus difficile. Après le départ de Loïc et de Marc, elle a dû former deux intérimaires "
          "tout en tenant le planning, et trois chantiers de plaisance ont été livrés en retard d'une à deux "
          "semaines. Elle m'a dit l'avoir vécu comme un échec personnel ; je veux lui montrer que le retard vient "
          "d'abord d'un effectif réduit que nous avons tardé à remplacer."),
        H(1, "Les objectifs 2026, tenus ou pas ?", {"objectives-achieved": "ok"}),
        T([["Objectif fixé en janvier 2026", "Cible", "Réalisé", "Verdict", "Pourquoi"],
           ["Réduire les reprises sous garantie", "5 au plus", "4", "tenu", "fiche de contrôle photo"],
           ["Livrer les chantiers à la date promise", "90 %", "82 %", "pas tenu", "deux départs à l'automne"],
           ["Former un apprenti au moulage sous vide", "autonome en juin", "autonome en septembre", "en partie",
            "moins de temps de tutorat après mars"]]),
        H(1, "Savoir-faire : son regard et le mien", {"skills": "ok"}),
        T([["Compétence", "Sandrine (1 à 4)", "Moi (1 à 4)", "Exemple"],
           ["Stratification et réparation de coque", "4", "4", "l'Ar Vag, zéro défaut au contrôle"],
           ["Organisation du planning", "2", "3", "a tenu l'atelier malgré deux départs"],
           ["Transmission aux apprentis", "3", "3", "apprenti autonome, avec trois mois de retard"],
           ["Achats et stocks de résine", "3", "2", "deux ruptures de tissu en octobre"]]),
        H(1, "Où va-t-on en 2027 ?", {"smart-objectives": "ok"}),
        T([["Objectif", "Indicateur", "Cible", "Échéance", "Ce que le chantier apporte"],
           ["Revenir à des livraisons à l'heure", "chantiers livrés à la date promise", "92 %", "décembre 2027",
            "deux stratifieurs recrutés d'ici mars"],
           ["Garder les reprises au plus bas", "reprises sous garantie", "4 au plus", "décembre 2027",
            "la fiche photo devient la règle du chantier"],
           ["Tenir un stock sans rupture", "ruptures de tissu ou de résine", "0", "juin 2027",
            "un seuil de réassort dans le logiciel"]]),
        H(1, "Pour l'aider à grandir", {"training": "ok"}),
        T([["Besoin", "Action", "Format", "Quand"],
           ["Planifier avec moins d'imprévus", "formation à la planification d'atelier", "2 jours, CCI Quimper", "mars 2027"],
           ["Encadrer une équipe qui change", "tutorat avec le chef d'équipe peinture", "une heure par mois", "toute l'année"],
           ["Gérer les stocks", "prise en main du module achats", "une demi-journée avec l'éditeur", "février 2027"]]),
        H(1, "Et après ?", {"career-wishes": "thin"}),
        P("Sandrine aimerait un jour suivre les chantiers neufs avec le bureau d'études. Je lui dirai que j'en "
          "parlerai à mon père avant l'été."),
        H(1, "Comment on se quitte", {"closing-follow-up": "ok"}),
        P("Avant de conclure, je lui demanderai si elle a une question ou un désaccord sur ce que nous avons dit. "
          "Je reprendrai ensuite, en quelques phrases, les points sur lesquels nous sommes d'accord : une année "
          "forte sur la qualité, un automne difficile dont elle n'est pas seule responsable, trois buts pour 2027 "
          "et deux formations. Je lui enverrai le compte rendu sous une semaine ; elle aura dix jours pour y "
          "ajouter ses remarques avant de le signer. Nous fixerons ensemble un point d'étape fin juin, au moment "
          "où les deux recrues devraient être en poste. Je la remercierai pour l'Ar Vag, que tout le port connaît."),
        H(1, "Ce que je note pendant l'échange", {"note-taking-grid": "empty"}),
        T([["Moment", "Ce qu'elle dit", "Ce que j'observe", "À reprendre dans le compte rendu"]]),
    ],
    missing=["criteria-self-check"],
)
