from _common import *

DOC = dict(
    deliverable="job-descriptions",
    path="pandoc",
    language="fr",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    French: Kaléo Santé, a network of nine home nursing services around Limoges, launches a remote monitoring
    service for elderly patients and hires two people for it. The author's own numbered headings, four of them in
    UPPER CASE; the needs and the list of open roles written under one heading (merged); one job form per role
    under two headings (split); the skills matrix a table; the soft-skills heading left with nothing under it
    (empty); the requirements grid a table under the profile section; the organisation chart a picture.""",
    title="Kaléo Santé – recruter pour le télésuivi à domicile",
    cover=["Étude de cas 2 – fiches de poste", "Sophie Lagarde, directrice des opérations – décembre 2026"],
    blocks=[
        H(1, "1. KALÉO SANTÉ AUJOURD'HUI", {"company-context": "ok"}),
        P("Kaléo Santé est une association qui gère neuf services de soins infirmiers à domicile en Haute-Vienne "
          "et en Corrèze. Nos 212 salariés, dont 148 aides-soignantes et 31 infirmières coordinatrices, "
          "accompagnent chaque jour environ 1 050 patients, âgés de 82 ans en moyenne, pour la toilette, les "
          "pansements et le suivi des traitements. Nos financements viennent de l'Agence régionale de santé, à "
          "96 %. Le siège, à Limoges, compte quatorze personnes : direction, qualité, paie, planning et un "
          "informaticien."),
        P("En septembre 2027, nous ouvrons Kaléo Veille, un service de télésuivi pour 300 patients volontaires "
          "sortis d'hospitalisation : une tablette simple, une balance et un tensiomètre connectés envoient "
          "chaque matin leurs mesures, et une infirmière rappelle ceux dont les chiffres sortent des seuils "
          "fixés par leur médecin. Le projet est financé pour trois ans par l'ARS dans le cadre d'un appel à "
          "projets. Il demande des compétences que nous n'avons pas : faire vivre un produit numérique utilisé "
          "par des patients très âgés, et relier ses données à notre dossier de soins. L'équipe Kaléo Veille "
          "sera rattachée à la directrice des opérations et travaillera avec le prestataire qui fournit les "
          "objets connectés, installé à Bordeaux."),
        H(2, "1.1 Organigramme", {"organisation-chart": "ok"}),
        Img(["Directrice des opérations", "Cheffe de produit télésuivi", "Technicien intégration",
             "Infirmières de veille"], "Place de l'équipe Kaléo Veille au siège."),
        H(1, "2. Ce qui nous manque, et les deux postes ouverts", {"skills-needs": "ok", "jobs-list": "ok"}),
        P("Nos équipes savent soigner et organiser des tournées, mais personne chez nous n'a jamais conduit un "
          "produit numérique. Pendant la phase pilote, menée avec 25 patients au printemps 2026, les problèmes "
          "sont venus de là : tablettes rendues parce que l'écran d'accueil était confus, mesures perdues quand "
          "la box du patient se coupait, infirmières qui recopiaient les chiffres à la main dans le dossier de "
          "soins. Il nous faut quelqu'un qui porte la voix des patients et des infirmières auprès du prestataire, "
          "et quelqu'un qui fasse circuler les données sans ressaisie. Nous avons écarté l'idée de tout confier au "
          "prestataire : il ne connaît ni nos patients ni nos règles de confidentialité. Nous avons aussi écarté "
          "un seul poste polyvalent, car les deux métiers demandent des profils très différents. Les infirmières "
          "de veille, elles, viendront de nos services, par mobilité interne, et seront formées par la cheffe de "
          "produit avant l'ouverture. Le tableau ci-dessous résume les deux recrutements externes."),
        T([["Poste", "Contrat", "Rattachement", "Arrivée souhaitée"],
           ["Chef(fe) de produit télésuivi", "CDI, temps plein", "directrice des opérations", "mars 2027"],
           ["Technicien(ne) d'intégration santé", "CDI, temps plein", "cheffe de produit", "avril 2027"]]),
        H(1, "3. FICHE DE POSTE – CHEF(FE) DE PRODUIT TÉLÉSUIVI", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire de Kaléo Veille un service que 300 patients âgés utilisent chaque matin"],
           ["Activités", "recueillir les retours des patients et des infirmières, tenir la liste des évolutions, "
                         "suivre le prestataire, mesurer l'usage"],
           ["Relations", "infirmières de veille, médecins traitants, prestataire, ARS"],
           ["Lieu et horaires", "siège de Limoges, visites à domicile un jour par semaine"],
           ["Rémunération", "42 000 à 48 000 euros bruts par an"]]),
        H(2, "3 bis. Fiche de poste – technicien(ne) d'intégration", {"job-description": "ok"}),
        T([["Rubrique", "Contenu"],
           ["Mission", "faire arriver chaque mesure dans le dossier de soins, sans ressaisie et sans perte"],
           ["Activités", "paramétrer les flux entre la plateforme du prestataire et notre logiciel de soins, "
                         "surveiller les transmissions, préparer les tablettes"],
           ["Relations", "cheffe de produit, informaticien du siège, support du prestataire"],
           ["Lieu et horaires", "siège de Limoges, astreinte une semaine sur quatre"],
           ["Rémunération", "32 000 à 36 000 euros bruts par an"]]),
        H(1, "4. SAVOIR-FAIRE : LA MATRICE", {"key-competences": "ok"}),
        T([["Compétence", "Cheffe de produit", "Technicien(ne)", "Niveau attendu"],
           ["Conduire des tests avec des utilisateurs âgés", "indispensable", "utile", "expert"],
           ["Rédiger et prioriser des demandes d'évolution", "indispensable", "utile", "confirmé"],
           ["Normes d'échange de données de santé", "utile", "indispensable", "confirmé"],
           ["Règles de l'hébergement de données de santé", "indispensable", "indispensable", "confirmé"],
           ["Suivre un prestataire et son contrat", "indispensable", "non", "confirmé"]]),
        H(1, "5. Savoir-être", {"transversal-skills": "empty"}),
        H(1, "6. QUEL PROFIL POUR CHAQUE POSTE ?", {"profile-fit": "ok"}),
        P("Pour la cheffe ou le chef de produit, nous cherchons d'abord quelqu'un qui a déjà fait tester un service "
          "par des personnes peu à l'aise avec le numérique : une expérience dans une banque de détail, une "
          "mutuelle ou une collectivité convient aussi bien qu'une start-up de santé. Trois ans d'expérience "
          "suffisent. Un diplôme d'infirmier n'est pas demandé, mais la personne passera ses deux premières "
          "semaines en tournée avec nos aides-soignantes ; celles et ceux que cela rebute ne sont pas faits pour "
          "le poste. Pour le technicien ou la technicienne d'intégration, nous préférons un profil de BTS ou de "
          "licence avec deux ans de pratique des échanges de données, même hors santé, plutôt qu'un ingénieur qui "
          "s'ennuierait. Nous vérifierons les exigences lors d'un entretien avec la directrice des opérations, "
          "d'une mise en situation d'une heure et d'un échange avec deux infirmières coordinatrices, qui ont "
          "voix au chapitre. Les candidatures internes seront étudiées en premier. Enfin, pour les deux postes, "
          "nous attachons plus d'importance à la patience et à la clarté des explications qu'à la liste des "
          "outils déjà utilisés, qui s'apprennent en quelques semaines."),
        H(2, "6.1 Grille d'exigences", {"requirements-grid": "ok"}),
        T([["Exigence", "Poste", "Comment nous la vérifions", "Éliminatoire"],
           ["Tests avec des utilisateurs âgés", "cheffe de produit", "récit d'un cas vécu en entretien", "oui"],
           ["Échanges de données", "technicien(ne)", "mise en situation sur un flux réel", "oui"],
           ["Aisance au domicile des patients", "les deux", "demi-journée en tournée", "non"],
           ["Permis B", "les deux", "copie du permis", "oui"]]),
    ],
)
