from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="pandoc",
    language="en",
    notes="""Held-out round 61 (h61_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: a network of nine public libraries in the Vosges mountains replaces its library management system.
    Numbered headings of the author's own, some as questions; a weighted scoring table and a five-year cost table;
    the heading on what the choice does to servers and network has nothing under it (empty); no risk register
    anywhere (missing).""",
    title="Choosing a new library system for the Hautes-Vosges network",
    cover=["Technology recommendation – Maëlle Didier, apprentice at the Communauté de communes des Hautes-Vosges",
           "December 2026"],
    blocks=[
        H(1, "1. The short version", {"executive-summary": "ok"}),
        P("The nine libraries of the Hautes-Vosges network still run a library management system installed in 2009, "
          "whose vendor stops maintaining it at the end of 2027. It runs on a server in the basement of the Gérardmer "
          "town hall, cannot be reached by readers from a phone, and the catalogue has no way to show e-books. We "
          "compared three replacements over two months with the librarians: Koha hosted by a French support company, "
          "Syracuse from Archimed, and Orphée from C3rb. We recommend Koha, hosted and supported by a service "
          "provider. It scored highest on our weighted grid (4.1 out of 5), it is the cheapest over five years at "
          "about 61,000 euros against 88,000 and 79,000, and it lets the network keep its data in a format nobody "
          "owns. The move can be done in one summer, while the libraries run reduced hours, if the council decides "
          "before March."),
        H(1, "2. What the libraries asked for", {"needs-recap": "ok"}),
        P("We held a workshop in each library and read the 214 answers to the readers' survey run in September. "
          "Librarians want one shared catalogue, so that a book in Remiremont can be reserved from La Bresse and "
          "travel in the weekly shuttle; today each library has its own database and the loans between them are "
          "recorded on paper. They want self-service check-out in the three largest sites, where the Saturday queue "
          "reaches twenty minutes. Readers, most of all the under-forty, want to renew loans and reserve from their "
          "phone and to see the e-books of the departmental library in the same search. The IT department of the "
          "Communauté de communes has one technician for 40 sites and asked not to host anything new. The earlier "
          "usage study showed that 31 % of registered readers have not borrowed anything for a year, which the "
          "director links to the old, hard-to-use catalogue. The budget voted is 70,000 euros over five years, "
          "running costs included. Whatever we choose must also keep the 48,000 reader accounts and their loan "
          "history, which the librarians use to advise regular readers."),
        H(1, "3. Three candidates", {"options": "ok"}),
        T([["Option", "What it is", "Hosting", "Used by"],
           ["Koha + support company", "open-source system, run for us by a French service firm", "their cloud, in France",
            "many inter-municipal networks, including two in the Grand Est"],
           ["Syracuse (Archimed)", "commercial suite with a strong reader portal", "vendor cloud",
            "large city libraries and departments"],
           ["Orphée (C3rb)", "commercial system popular with small networks", "vendor cloud or on our server",
            "rural networks in the west of France"]]),
        P("We left out two other products early: one vendor no longer takes new customers under fifty sites, and "
          "the other could not show us a single network of our size in France. A fourth idea, staying on the old "
          "system with paid extended support, was priced at 9,000 euros a year with no new features."),
        H(1, "4. How did we compare them?", {"evaluation": "ok"}),
        P("Each vendor gave a three-hour demonstration in Gérardmer to the nine head librarians, using a script we "
          "wrote in advance: catalogue a new book, place a reservation from another library, check out a pile of "
          "five books at a self-service kiosk, and find an e-book from a phone. Every librarian marked each step from "
          "1 to 5 on a paper sheet, and we averaged their marks. We then called two libraries already using each "
          "system and asked the same six questions about support, outages and the last migration. Costs were taken "
          "from written quotes. The weights below were agreed with the network director before the first "
          "demonstration, so that no vendor could be favoured after the fact."),
        H(2, "4.1 Weights we agreed on", {"criteria-weights": "ok"}),
        T([["Criterion", "Weight", "Why"],
           ["Shared catalogue and inter-library reservations", "30 %", "the first request of every library"],
           ["Reader portal on a phone", "20 %", "the survey's main complaint"],
           ["Five-year cost", "20 %", "the budget is fixed"],
           ["Nothing to host ourselves", "15 %", "one IT technician"],
           ["Self-service check-out", "15 %", "Saturday queues in three sites"]]),
        H(2, "4.2 The scores", {"decision-matrix": "ok"}),
        T([["Criterion (weight)", "Koha", "Syracuse", "Orphée"],
           ["Shared catalogue (30 %)", "4.5", "4.5", "3.5"],
           ["Phone portal (20 %)", "3.5", "5", "3"],
           ["Five-year cost (20 %)", "5", "2.5", "3.5"],
           ["Nothing to host (15 %)", "4", "4", "3"],
           ["Self-service (15 %)", "3.5", "4", "4"],
           ["Weighted score", "4.15", "4.0", "3.4"]]),
        P("Syracuse has the best portal for readers, but its price cancels that advantage in a network of our size. "
          "Orphée lost points mainly on the shared catalogue, which needs an extra module."),
        H(2, "4.3 What it costs over five years", {"total-cost-of-ownership": "ok"}),
        T([["Cost (euros, 5 years)", "Koha", "Syracuse", "Orphée"],
           ["Licences or subscription", "0 / 32,000 support", "58,000", "46,000"],
           ["Hosting", "included", "included", "12,000"],
           ["Data migration", "14,000", "18,000", "11,000"],
           ["Training", "6,000", "7,000", "5,000"],
           ["Self-service kiosks (3)", "9,000", "5,000", "5,000"],
           ["Total", "61,000", "88,000", "79,000"]]),
        P("All figures come from the quotes received in November and include VAT. The optional mobile app for Koha, "
          "discussed below, would add 9,000 euros over five years and still keep it the cheapest option."),
        H(1, "5. Our recommendation: Koha, run by a support company", {"recommendation": "ok"}),
        P("We recommend that the network moves to Koha, hosted and maintained by a French service company under a "
          "five-year support contract, with migration in July and August 2027. Three reasons lead us there. First, "
          "it answers the librarians' first need as well as the most expensive option: one catalogue for the nine "
          "libraries, reservations from any site, and a record of every book travelling in the weekly shuttle. The "
          "two networks we called, in the Meuse and in the Haute-Saône, both moved to a single catalogue in under a "
          "year and report that loans between libraries doubled. Second, it fits the money. At about 61,000 euros "
          "over five years, it stays under the 70,000 voted and leaves room for the self-service kiosks, while "
          "Syracuse would exceed the budget by 18,000 euros before any kiosk is bought. Third, it removes the server "
          "from the basement of the town hall. The IT technician will no longer patch a machine nobody else "
          "understands, and backups become the support company's job, written into the contract with a recovery "
          "time of four hours."),
        P("We do not hide the weak point. The reader portal of Koha is plainer than Syracuse's, and younger readers "
          "noticed it during the demonstration. We propose to add the mobile app offered by the support company "
          "for 1,800 euros a year, which the demonstration in a Meuse library showed to be good enough for renewals, "
          "reservations and e-books. We also ask the council to write into the contract that the network can "
          "leave after three years with a complete export of its catalogue and readers, so that the choice of an "
          "open-source system really means we can change provider. If the council prefers to keep one vendor for "
          "everything, Syracuse is the second choice, but only with an extra budget line. Orphée is not "
          "recommended: its shared catalogue needs a paid module and the libraries we called waited six months for "
          "it to work. The decision is needed before the end of March so that the migration can be booked with "
          "the support company for the summer, when opening hours are reduced and readers are fewer."),
        H(1, "6. How will we know it worked?", {"impact-measurement": "ok"}),
        P("We will compare the same figures in the autumn of 2026, before the change, and in the autumn of 2028, "
          "one year after it. The number of reservations between libraries, today written on paper, should at least "
          "double. The share of readers who borrowed nothing in a year should fall from 31 % to below 25 %. The "
          "Saturday queue in Gérardmer, Remiremont and Saint-Dié will be timed on three Saturdays each time. The IT "
          "technician will log the hours spent on the library system, today about six a month. Finally, a short "
          "survey in the reader portal will ask readers whether they find a book more easily than before. The "
          "director of the network owns these figures and presents them to the council. A first reading after "
          "six months will tell us early if the training must be repeated in some libraries."),
        H(2, "6.1 Servers and network", {"infrastructure-impacts": "empty"}),
        H(2, "6.2 What changes for the teams", {"organisational-impacts": "ok"}),
        T([["Who", "Before", "After"],
           ["Librarians", "own catalogue per site, paper loan slips", "one catalogue, reservations tracked"],
           ["Shuttle driver", "paper list of boxes", "printed route list from the system"],
           ["IT technician", "patches the server", "only manages the support contract"],
           ["Network director", "monthly figures added by hand", "dashboard for the nine sites"]]),
        H(1, "7. Why these impacts point to Koha", {"impacts-and-recommendation": "ok"}),
        P("The two largest impacts we expect both favour the option we recommend. Removing the server only happens "
          "with a hosted system, which rules out keeping Orphée on our own machine and weighs in favour of Koha or "
          "Syracuse. The change for librarians, who move from nine catalogues to one, is the hardest part of the "
          "project, and it is the same whatever the product; the difference is the price of the training, where "
          "the support company offers two days per site included in the contract. The money saved compared with "
          "Syracuse pays for the self-service kiosks, which is the change readers will notice first on a Saturday. "
          "In short, the impacts did not change our ranking, but they changed the contract: hosting, training and "
          "the right to leave are written in because of them."),
        H(1, "8. Bringing the librarians along", {"change-plan": "ok"}),
        T([["Stage", "What we do", "When"],
           ["Awareness", "director visits each library to explain why the old system ends", "March 2027"],
           ["Desire", "two librarians from a Meuse library show their day with Koha", "April 2027"],
           ["Knowledge", "two days of training per site by the support company", "June 2027"],
           ["Ability", "a week of practice on a test copy of our catalogue", "late June 2027"],
           ["Reinforcement", "one referent librarian per site, monthly call for six months", "September 2027 onwards"]]),
        H(1, "9. Timeline", {"roadmap": "ok"}),
        T([["When", "Step"],
           ["March 2027", "council decision and contract signed"],
           ["April – June 2027", "data cleaning, training"],
           ["July – August 2027", "migration during summer hours"],
           ["September 2027", "all nine libraries live, kiosks installed"]]),
    ],
    missing=["risks"],
)
