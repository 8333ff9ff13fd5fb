from _common import *

DOC = dict(
    deliverable="interview-dismissal",
    path="scratch-docx",
    language="fr",
    notes="""Held-out round 46, written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, French, a horticultural nursery near Tours and a delivery driver facing a dismissal. Question and
    paraphrased headings; the closing is three sentences (thin); one extra section of the author's own about
    what to do if the employee does not come.""",
    title="Entretien préalable – Julien Roche, chauffeur-livreur",
    cover=["Les Serres de Montbazon", "Guide préparé par Sandrine Aubert, responsable logistique – jeu de rôle"],
    blocks=[
        H(1, "Avant l'entretien : ce que j'ai rassemblé", {"preparation": "ok"}),
        P("Les Serres de Montbazon produisent des plantes en pot et des arbustes pour une centaine de jardineries "
          "du Centre-Val de Loire. Nous sommes 45 salariés, dont six chauffeurs qui livrent chaque jour avec nos "
          "camions frigorifiques. Julien Roche est chauffeur-livreur chez nous depuis quatre ans ; jusqu'à l'an "
          "dernier, son travail ne posait aucun problème et les clients l'appréciaient."),
        P("Depuis mars, la situation s'est dégradée. Trois livraisons sont arrivées avec des plantes abîmées parce "
          "que le camion n'avait pas été réglé à la bonne température, et la jardinerie de Loches nous a retiré une "
          "commande de 6 000 euros. Le boîtier GPS montre aussi que le camion a été utilisé à deux reprises un "
          "samedi, hors de toute tournée, pour un total de 140 kilomètres. Julien a reçu un avertissement écrit "
          "en juin pour les livraisons ; les trajets du samedi sont plus récents et n'ont encore jamais été "
          "abordés avec lui."),
        P("J'ai préparé le dossier avec notre gestionnaire RH : les bons de livraison signés, les réclamations "
          "des clients, l'avertissement de juin, les relevés GPS et le règlement intérieur sur l'usage des "
          "véhicules. La décision n'est pas prise. Je veux entendre ses explications, en particulier sur les "
          "samedis : il a peut-être une raison que j'ignore. L'entretien aura lieu le mardi 8 décembre à 10 heures "
          "dans mon bureau, avec la gestionnaire RH comme témoin de mon côté."),
        H(1, "Ai-je bien suivi la procédure ?", {"procedure-checklist": "ok"}),
        T([["Étape", "Fait ?", "Date ou remarque"],
           ["Convocation envoyée en recommandé avec accusé de réception", "oui", "reçue le 26 novembre"],
           ["Cinq jours ouvrables entre réception et entretien", "oui", "entretien le 8 décembre"],
           ["Objet, date, heure et lieu indiqués dans la lettre", "oui", "relu par la RH"],
           ["Possibilité d'être assisté rappelée, avec les adresses de la mairie", "oui", "liste des conseillers jointe"],
           ["Dossier des faits prêt et daté", "oui", "classeur et copie pour la RH"],
           ["Aucune sanction annoncée avant l'entretien", "oui", "rien dit à l'équipe"]]),
        H(1, "Les premières minutes", {"opening": "ok"}),
        P("J'accueille Julien et la personne qui l'accompagne, je présente la gestionnaire RH et je les remercie "
          "d'être venus. Je dis tout de suite pourquoi nous sommes là : « Julien, cet entretien est préalable à "
          "une sanction qui peut aller jusqu'au licenciement. Aucune décision n'est prise aujourd'hui. Je vais vous "
          "exposer les faits qui nous posent problème, puis je veux entendre votre version, aussi longtemps qu'il "
          "le faudra. » Je précise qu'il recevra notre décision par écrit, pas avant deux jours ouvrables, et "
          "qu'il peut demander une pause à tout moment. Je parle calmement, sans reproche dans le ton."),
        H(1, "Comment l'entretien va se dérouler", {"interview-phases": "ok"}),
        T([["Moment", "Ce que je fais", "Question que je pose", "Durée"],
           ["Accueil", "je rappelle le cadre et que rien n'est décidé", "—", "5 min"],
           ["Les faits", "j'expose les livraisons, puis les samedis", "Avez-vous bien compris ce qui vous est reproché ?", "10 min"],
           ["Sa version", "j'écoute sans couper, je note", "Que s'est-il passé de votre point de vue ?", "20 min"],
           ["Approfondir", "je reviens sur ce qui n'est pas clair", "Qui avait les clés du camion ce samedi-là ?", "10 min"],
           ["Fin", "je résume et j'annonce la suite", "Voulez-vous ajouter quelque chose ?", "5 min"]]),
        H(1, "Que reproche-t-on exactement à Julien ?", {"facts-explained": "ok"}),
        P("Je présente les faits un par un, avec leur date et la pièce qui les prouve, sans qualifier son "
          "comportement. Je ne parle que de ce qui est écrit dans le dossier."),
        T([["Date", "Fait", "Preuve", "Conséquence"],
           ["14 mars", "plantes gelées livrées à Loches, camion réglé à 2 °C", "réclamation du client, relevé du camion", "avoir de 1 800 €"],
           ["2 mai", "arbustes desséchés à Amboise, froid coupé pendant la tournée", "photos du client", "livraison refaite"],
           ["27 mai", "même problème à Loches", "réclamation", "commande de 6 000 € retirée"],
           ["17 octobre", "camion utilisé un samedi, 85 km", "relevé GPS", "aucune tournée prévue"],
           ["7 novembre", "camion utilisé un samedi, 55 km", "relevé GPS", "aucune tournée prévue"]]),
        H(1, "S'il conteste ou s'emporte : mes réponses", {"questions-objections": "ok"}),
        T([["Ce qu'il pourrait dire", "Ma réponse"],
           ["« Le réglage du froid était en panne, je l'ai signalé. »",
            "Je vérifie avec lui le carnet d'entretien ; s'il y a un signalement, je le prends en compte."],
           ["« Tout le monde prend le camion le week-end. »",
            "Je ne parle que de votre situation aujourd'hui ; si d'autres cas existent, ils seront traités."],
           ["« Vous voulez vous débarrasser de moi. »",
            "Non, je veux comprendre. C'est pour cela que rien n'est décidé avant de vous avoir entendu."],
           ["« Je peux rembourser le carburant. »",
            "Je le note, mais la question est l'usage du camion sans autorisation, pas seulement le coût."]]),
        H(1, "Pour conclure", {"closing-follow-up": "thin"}),
        P("Je résume ce que Julien a dit et je lui demande s'il veut ajouter quelque chose. J'annonce qu'il "
          "recevra ma décision par lettre recommandée, au plus tôt dans deux jours ouvrables. Je le remercie."),
        H(1, "Et s'il ne vient pas ?", {}),
        P("L'entretien n'est pas obligatoire pour le salarié. Si Julien ne se présente pas, j'attends vingt minutes, "
          "je le note avec la gestionnaire RH et la procédure continue : la lettre de décision pourra être envoyée "
          "après le délai habituel. Je ne l'appelle pas pour lui demander de venir, pour ne pas donner l'impression "
          "de faire pression."),
        H(1, "Ma grille de notes", {"note-taking-grid": "ok"}),
        T([["Sujet", "Ce que je veux noter", "Ses mots"],
           ["Réglage du froid", "a-t-il signalé une panne, à qui, quand", ""],
           ["Samedis", "raison donnée, autorisation éventuelle, qui avait les clés", ""],
           ["Avertissement de juin", "comment il l'a vécu", ""],
           ["Attitude", "reconnaît les faits, conteste, se tait", ""]]),
        H(1, "Mon auto-évaluation après le jeu de rôle", {"criteria-self-check": "ok"}),
        T([["Point", "Réussi ?", "À améliorer"],
           ["J'ai laissé Julien parler sans l'interrompre", "oui", "un silence de trop au début"],
           ["L'enjeu a été dit dès la première minute", "oui", ""],
           ["Chaque fait avait sa date et sa preuve", "oui", ""],
           ["J'ai répondu à ses objections sans me justifier", "en partie", "j'ai trop parlé du carburant"],
           ["Il est reparti en sachant ce qui allait se passer", "oui", ""]]),
    ],
)
