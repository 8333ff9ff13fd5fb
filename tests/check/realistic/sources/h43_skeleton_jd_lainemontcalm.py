from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="skeleton",
    language="fr",
    notes="""Held-out round 43, written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, French, a wool mill in Mazamet opening its own online shop. Guidance deleted. The context retyped
    "Lainerie Montcalm en quelques mots" and the job form retyped "Fiche de poste : responsable boutique en ligne"
    (runs replaced, bookmark lost); the fit part retyped "Le profil que nous cherchons vraiment" keeping the
    bookmark; the key skills matrix deleted (missing); the soft skills table holds two short rows (thin).""",
    cover={"project": "Boutique en ligne", "company": "Lainerie Montcalm", "candidate": "Clémence Azaïs"},
    sections={
        "company-context": dict(status="ok", retitle="Lainerie Montcalm en quelques mots", text=[
            "La Lainerie Montcalm file et tisse de la laine de brebis à Mazamet depuis 1921. Elle emploie 46 "
            "personnes et réalise 7,8 millions d'euros de chiffre d'affaires, dont 85 % auprès de marques de "
            "prêt-à-porter qui achètent nos étoffes au mètre. Depuis trois ans, ce débouché recule : deux clients "
            "historiques ont délocalisé leurs achats en Italie, et la direction veut vendre directement aux "
            "particuliers des plaids, des écharpes et des pelotes sous la marque Montcalm.",
            "Le projet de boutique en ligne a été lancé en septembre avec un budget de 180 000 euros sur deux ans. "
            "Il est porté par Denis Rouquette, directeur commercial, qui n'a aujourd'hui aucune personne formée à "
            "la vente en ligne. Le site sera construit par une agence toulousaine ; la lainerie doit, elle, "
            "recruter les personnes qui le feront vivre au quotidien : catalogue, photos, commandes, service "
            "client et publicité. L'équipe commerciale actuelle compte trois personnes, toutes tournées vers les "
            "clients professionnels, et l'atelier d'expédition ne prépare aujourd'hui que des rouleaux de tissu."]),
        "organisation-chart": dict(status="ok",
                                   image=["Direction générale", "Direction commerciale", "Boutique en ligne",
                                          "Atelier expédition"],
                                   caption="Les deux postes créés dépendront de Denis Rouquette."),
        "skills-needs": dict(status="ok", text=[
            "Personne dans l'entreprise ne sait piloter un catalogue en ligne, acheter de la publicité sur les "
            "réseaux sociaux ou répondre à des particuliers qui attendent une réponse dans la journée. Nous avons "
            "envisagé de tout confier à l'agence, mais son devis pour l'animation du site dépasse 9 000 euros par "
            "mois, soit plus que deux salaires, et la connaissance de nos clients resterait chez elle. Nous avons "
            "aussi envisagé de former l'une des commerciales, Sandrine, qui a décliné : elle préfère garder ses "
            "clients professionnels.",
            "Nous créons donc deux postes. Le premier, responsable de la boutique en ligne, prend en charge "
            "le site, les ventes et la publicité ; c'est le poste décrit en détail dans ce dossier. Le second, "
            "préparateur de commandes à temps partiel, rejoint l'atelier d'expédition pour emballer les colis "
            "des particuliers, qui demandent un soin que nos expéditions de rouleaux n'exigent pas. Les deux "
            "personnes doivent être en poste avant l'ouverture du site, prévue le 1er septembre 2027, pour "
            "préparer les ventes de l'automne, qui font la moitié de l'année pour les plaids."]),
        "jobs-list": dict(status="ok", tables=[[
            ["Responsable boutique en ligne", "faire vivre le site et ses ventes", "1", "directeur commercial",
             "CDI", "Clémence Azaïs"],
            ["Préparateur de commandes", "emballer et expédier les colis", "1", "chef d'atelier expédition",
             "CDI 24 h", "Clémence Azaïs"]]]),
        "job-description": dict(status="ok", retitle="Fiche de poste : responsable boutique en ligne",
                                skip_cols=1, tables=[[
            [None, "Responsable de la boutique en ligne Montcalm"],
            [None, "Denis Rouquette, directeur commercial"],
            [None, "Atteindre 600 000 euros de ventes en ligne la deuxième année, avec une marge nette positive"],
            [None, "Tenir le catalogue et les photos, suivre les commandes, acheter et mesurer la publicité, "
                   "répondre aux clients, proposer les nouveautés avec l'atelier de tissage"],
            [None, "France et Belgique au lancement ; budget publicitaire de 4 000 euros par mois"],
            [None, "Shopify ou équivalent, publicité Meta et Google, lecture des chiffres de vente"],
            [None, "Sens du client, autonomie, goût pour la matière et l'artisanat"],
            [None, "Bac+3 en commerce ou marketing, trois ans d'expérience d'une boutique en ligne"],
            [None, "Mazamet, deux jours de télétravail possibles, pic d'activité de novembre à janvier"],
            [None, "Chiffre d'affaires, taux de transformation, coût d'acquisition d'un client, délai de réponse"]]]),
        "key-competences": dict(status="missing"),
        "transversal-skills": dict(status="thin", tables=[[
            ["Sens du client", "clients particuliers exigeants", "répond dans la journée", "mise en situation"],
            ["Autonomie", "seule sur le sujet", "organise sa semaine", "entretien"]]]),
        "profile-fit": dict(status="ok", retitle="Le profil que nous cherchons vraiment", keep_bookmark=True, text=[
            "Nous ne cherchons pas un expert du numérique venu d'une grande enseigne : la personne sera seule sur "
            "son sujet, dans une usine où l'on parle d'abord de fils et de métiers à tisser. Elle doit avoir déjà "
            "tenu une petite boutique en ligne de bout en bout, du choix des photos jusqu'au colis abîmé à "
            "rembourser, et savoir dire combien coûte un client gagné par la publicité. C'est indispensable, car "
            "Denis ne pourra pas la former sur ces points.",
            "Le reste s'apprend chez nous. La connaissance de la laine viendra des tisserands, qui ont accepté de "
            "l'accueillir une semaine à l'atelier à son arrivée. L'anglais est un plus pour la Belgique et pour "
            "plus tard, pas une condition. Nous serons attentifs à la manière dont les candidats parlent de nos "
            "produits lors de l'entretien : nous leur demanderons de critiquer la fiche produit d'un de nos plaids "
            "et d'en proposer une meilleure en une demi-heure. Nous préférons une personne qui vient de la région "
            "ou qui veut s'y installer, car le poste demande d'être souvent à l'atelier pour les photos et les "
            "nouveautés."]),
        "requirements-grid": dict(status="ok", tables=[[
            ["Avoir tenu une boutique en ligne", "indispensable", "personne pour former", "étude du parcours"],
            ["Savoir lire un coût d'acquisition", "indispensable", "budget publicitaire à tenir",
             "cas pratique chiffré"],
            ["Anglais courant", "souhaité", "clients belges et ouverture future", "échange en anglais"]]]),
    },
)
