from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Solidarité Vivres Occitanie runs six food-bank
    warehouses between Montpellier and Perpignan and still tracks 4,100 tonnes of food a year in spreadsheets;
    the team recommends a stock system. The authors' own headings, numbered "1)" to "9)"; four of them are bold
    Normal paragraphs (the scores, the five-year cost, the hardware impacts, the people impacts). How the options
    were judged and the weights share one heading (merged); a section of the authors' own about a week spent in
    the Béziers warehouse; the change plan is two sentences (thin); no roadmap (missing).""",
    title="Solidarité Vivres Occitanie – Out of the spreadsheets",
    cover=["Which stock system for six warehouses, and what it changes",
           "Technology Orientation project – Clément Roux, Yasmine Haddou, Pierre-Alain Sabatier, December 2026"],
    blocks=[
        H(1, "1) The short version", {"executive-summary": "ok"}),
        P("Solidarité Vivres Occitanie collects, stores and hands out about 4,100 tonnes of food a year through "
          "six warehouses and 212 partner charities. Everything is tracked in one shared spreadsheet per "
          "warehouse, filled in by volunteers after the fact. As a result, last year 61 tonnes of food passed "
          "their use-by date on the shelves, and the network could not tell the national federation how much "
          "fresh produce it had on a given day."),
        P("We compared three ways out: a ready-made system written for food banks, a general open-source "
          "warehouse system set up by a local integrator, and a low-code app built by volunteers. We recommend "
          "the food-bank system, Passerelle Stock, for all six warehouses: it scores highest, it costs 148,000 "
          "euros over five years, about 30,000 euros less than the open-source route once set-up is counted, and "
          "it handles use-by dates and federation reporting out of the box. The rollout takes eight months, "
          "starting with Béziers in February."),
        H(1, "2) What the network needs, and what our studies showed", {"needs-recap": "ok"}),
        P("Our opportunity study in September and the functional study in October both came back to the same "
          "three needs. First, warehouse teams must see at a glance what expires in the next ten days, so that it "
          "goes out first to the charities that can use it. Second, each charity must be able to book its "
          "collection online instead of phoning the warehouse on Monday morning, which today blocks one "
          "volunteer for four hours. Third, the head office must send the federation its monthly figures by "
          "product family without retyping six spreadsheets."),
        P("The studies also set limits. Volunteers are 71 % of the workforce, many are retired and some do not "
          "use a computer at all; anything we choose must work on a handheld scanner with big buttons. Two "
          "warehouses, Lunel and Limoux, have a weak internet line. The board capped the budget at 40,000 euros "
          "a year, including hardware, with a regional grant covering half of the first year. Out of scope: the "
          "accounting system, which moved to the cloud last year and works, and the fleet of seven vans."),
        H(1, "3) The three candidates", {"options": "ok"}),
        T([["Option", "What it is", "Who runs it", "Where it is used"],
           ["Passerelle Stock", "stock software made for food aid, sold by subscription", "the vendor, hosted",
            "31 food banks in France"],
           ["Odoo Inventory", "open-source stock and warehouse module, set up by an integrator in Montpellier",
            "integrator plus one volunteer", "many SMEs, two food banks"],
           ["Home-made app", "a low-code app on Airtable built by our volunteer developers", "volunteers",
            "nowhere yet"]]),
        P("We dropped a fourth idea, keeping the spreadsheets with better templates, after the first meeting: it "
          "answers none of the three needs. We also looked briefly at the national federation's own tool, but it "
          "only handles reporting and the federation does not plan to extend it before 2029."),
        H(1, "A week in the Béziers warehouse"),
        P("Before comparing anything, two of us worked as volunteers in Béziers for five days in October. We "
          "unloaded supermarket donations, sorted them and prepared orders for charities. This taught us more "
          "than the interviews: the spreadsheet is filled in at the end of the day from paper notes, often by "
          "one person who was not there, and dates are rarely entered for tins."),
        H(1, "4) How we judged them, and what mattered most", {"evaluation": "ok", "criteria-weights": "ok"}),
        P("Each option was shown to the same group of nine people: three warehouse managers, four volunteers, the "
          "logistics director and the treasurer. Passerelle and Odoo gave us a demo account; for the home-made app "
          "our volunteers built a small prototype in two weekends. Every person tried the same five tasks, from "
          "receiving a pallet to booking a collection, and we scored each option on the criteria below. The "
          "weights were voted by the board before the demos, so that nobody could bend them to a favourite."),
        T([["Criterion", "Weight", "Why this weight"],
           ["Use-by dates and stock rotation", "30 %", "the 61 tonnes thrown away"],
           ["Ease of use for volunteers", "25 %", "most users are not at ease with computers"],
           ["Online booking for charities", "15 %", "four hours of phone every Monday"],
           ["Federation reporting", "10 %", "monthly duty, six files today"],
           ["Five-year cost", "15 %", "budget cap of 40,000 euros a year"],
           ["Works offline", "5 %", "Lunel and Limoux"]]),
        B("5) Scores", {"decision-matrix": "ok"}),
        T([["Criterion", "Passerelle Stock", "Odoo Inventory", "Home-made app"],
           ["Use-by dates (30 %)", "5", "4", "3"],
           ["Ease of use (25 %)", "4", "3", "4"],
           ["Online booking (15 %)", "5", "3", "3"],
           ["Reporting (10 %)", "5", "3", "2"],
           ["Cost (15 %)", "4", "3", "5"],
           ["Offline (5 %)", "3", "4", "1"],
           ["Weighted total", "4.5", "3.35", "3.35"]]),
        P("The home-made app ties with Odoo only because it is cheap; it loses on everything the warehouses "
          "care about. Passerelle leads on four of the six criteria and is behind only on working offline, which "
          "we come back to in our conditions."),
        B("6) What each option costs over five years", {"total-cost-of-ownership": "ok"}),
        T([["Cost item", "Passerelle Stock", "Odoo Inventory", "Home-made app"],
           ["Licences or subscription", "90,000 €", "0 €", "14,000 €"],
           ["Set-up and data migration", "12,000 €", "58,000 €", "0 € (volunteers)"],
           ["Scanners and tablets", "30,000 €", "30,000 €", "30,000 €"],
           ["Support and upkeep", "16,000 €", "90,000 €", "volunteer time, not costed"],
           ["Total", "148,000 €", "178,000 €", "44,000 € plus unknown risk"]]),
        P("Hardware costs the same whatever we choose. The difference lies in set-up and upkeep: the integrator "
          "charges for every change to Odoo, while Passerelle includes updates in its subscription."),
        H(1, "7) Our advice: Passerelle Stock", {"recommendation": "ok"}),
        P("We recommend that the board signs a five-year subscription with Passerelle Stock for the six "
          "warehouses and the head office. It is the option that answers the three needs the studies found. "
          "Use-by dates are entered when a pallet arrives, with the scanner, and every morning the system prints "
          "the list of what must leave first; in the demo, the Béziers manager found the products expiring in "
          "ten days in twenty seconds, against most of a morning with the spreadsheet. Charities book their "
          "collection slot on a simple web page that Passerelle already runs for 31 food banks, so their "
          "volunteers may even know it. The monthly federation report is a standard export, since the federation "
          "itself helped design it."),
        P("Passerelle is also the safest choice for a network run mostly by volunteers. The screens were "
          "designed with food banks and it showed: our four volunteer testers finished the five tasks with the "
          "fewest mistakes, and the oldest, who is 74, said it was the first program he did not need his "
          "grandson for. The vendor hosts the system, applies updates and answers the phone in French on "
          "weekdays, which matters because nobody on our staff could look after a server."),
        P("On cost, Passerelle is not the cheapest line by line, but it is the cheapest safe option. Odoo has no "
          "licence fee, yet the integrator's set-up and yearly upkeep put it 30,000 euros above Passerelle over "
          "five years. The home-made app looks far cheaper, but it rests on two volunteer developers; if either "
          "leaves, nobody can maintain it, and the network would be back to spreadsheets with its data stuck in "
          "an app nobody understands. At about 29,600 euros a year, Passerelle fits within the board's cap, and "
          "the regional grant covers half of the first year."),
        P("We attach two conditions. The contract must let us export all our data in an open format at any "
          "time and leave after two years without penalty if the offline mode does not hold in Lunel and Limoux. "
          "And the board should name one paid staff member as the network's Passerelle lead, so that the project "
          "does not depend on the goodwill of a single volunteer."),
        H(1, "8) What changes, and how we will know", {"impact-measurement": "ok"}),
        P("The system changes equipment, habits and roles in every warehouse, so we measure its effects from the "
          "start. We will record four figures in January, before Béziers starts, and again each quarter: tonnes "
          "of food thrown away because they passed their date, hours spent on the phone for bookings, the time "
          "needed to produce the federation report, and the share of volunteers who say in a short survey that "
          "the tools help them. The targets for the end of 2027 are to halve waste, to cut booking calls by "
          "three quarters, to produce the report in a day instead of a week and to keep volunteer satisfaction "
          "at least where it is today. The logistics director owns these figures and presents them to the board "
          "every quarter; if waste has not fallen by a quarter after six months, we review the way dates are "
          "entered before going further."),
        B("8.1) Scanners, network, servers", {"infrastructure-impacts": "ok"}),
        T([["What", "Today", "After", "Effort"],
           ["Handheld scanners", "none", "4 per warehouse, 24 in all", "bought in January"],
           ["Internet", "weak in Lunel and Limoux", "4G box as backup", "two boxes, 30 € a month each"],
           ["Server", "shared drive at head office", "none, hosted by the vendor", "old drive archived"],
           ["Label printers", "none", "one per warehouse", "six printers"]]),
        B("8.2) People and roles", {"organisational-impacts": "ok"}),
        T([["Who", "What changes for them"],
           ["Warehouse volunteers", "scan on arrival instead of writing on paper; no evening typing"],
           ["Warehouse managers", "morning list of what leaves first; no more Monday phone duty"],
           ["Charities", "book online; see what is available before coming"],
           ["Head office", "one report export; a Passerelle lead named among the staff"]]),
        H(2, "How these effects shaped our choice", {"impacts-and-recommendation": "ok"}),
        P("The impacts were not an afterthought: they changed our ranking. On features alone, Odoo was close to "
          "Passerelle. What separated them was the effect on people. Odoo would have asked every warehouse "
          "manager to learn a general business program full of screens they do not need, and would have tied the "
          "network to an integrator for every change. The home-made app had the lightest impact on the budget "
          "but the heaviest on two volunteers, who would have become a single point of failure. Passerelle has "
          "the largest hardware impact, the 24 scanners, but this is exactly what removes the evening typing "
          "that volunteers told us they hate. The weak lines in Lunel and Limoux are the one impact that still "
          "worries us, which is why the offline mode is a condition of the contract rather than a promise."),
        H(1, "9) Bringing the volunteers along", {"change-plan": "thin"}),
        P("Béziers goes first in February with a volunteer trainer per shift. The other warehouses follow one a "
          "month."),
        H(2, "What could go wrong", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Volunteers refuse the scanners", "medium", "high", "trainers chosen among volunteers; paper kept for a month"],
           ["Offline mode fails in Lunel", "medium", "medium", "4G box; exit clause after two years"],
           ["Vendor goes out of business", "low", "high", "data export every month in an open format"],
           ["Grant arrives late", "low", "medium", "treasurer keeps a reserve of 15,000 euros"]]),
    ],
    missing=["roadmap"],
)
