from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="pandoc",
    language="en",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English, a food-bank network near Grenoble replacing spreadsheets with a warehouse and partner-ordering
    system. Every heading numbered by the author ("1.", "2.1"), worded their own way; the requirements are a
    table under a sub-heading; the organisational part is a short paragraph (thin); an extra section of the
    author's own on open questions; no call for variants (the optional response framework, missing).""",
    title="Le Grenier Commun – Specification for a stock and ordering system",
    cover=["Functional and technical specification – Technology Orientation project",
           "Hugo Mercier, Amina Touré, Lucas Perrin – December 2026"],
    blocks=[
        H(1, "1. What we were asked to solve", {"brief-reformulation": "ok"}),
        P("Le Grenier Commun collects surplus food from supermarkets, producers and the European aid programme, "
          "stores it in a 2,400 m² warehouse in Saint-Martin-d'Hères and shares it between 64 partner charities "
          "across the Isère: food pantries, social groceries, student associations and two night shelters. Last "
          "year it handled 1,850 tonnes with nine employees and about 140 volunteers who come for a morning or "
          "an afternoon each week."),
        P("Everything runs on spreadsheets. Incoming goods are typed into a shared workbook at the end of each "
          "day, often from handwritten delivery notes; partner charities send their orders by email or phone "
          "on Monday and Tuesday; a coordinator then spends most of Wednesday splitting what is in stock between "
          "them, by hand, before the volunteers prepare the pallets on Thursday. Chilled and frozen goods are "
          "followed on a separate paper sheet stuck to each cold room door. The board's brief to us, written in "
          "September, asked for three things: to know at any moment what is in the warehouse and until when it "
          "can be eaten, to let the charities order on line from what is really available, and to produce the "
          "figures the State and the Region ask for each quarter without a week of copying."),
        P("After six interviews and two mornings in the warehouse we would restate the brief as follows. The "
          "real problem is not the spreadsheets themselves but the delay between what happens on the dock and "
          "what the coordinator sees: goods close to their use-by date are found too late and 31 tonnes were "
          "thrown away last year. The new system must therefore record goods when they arrive, on the dock, by "
          "volunteers with little training; it must share out the stock fairly by a rule the board can explain "
          "to the charities; and it must stay cheap to run, because the budget is public money and donations."),
        H(1, "2. What is on the market", {"technology-benchmark": "ok"}),
        P("We looked for tools in three directions. First, the software that the national food-bank federation "
          "offers its members, which we call Solicarte here: a hosted application designed for exactly this "
          "trade, but which the Grenier, as an independent network, would have to license on its own. Second, a "
          "general business suite, Odoo, with its inventory, purchase and customer portal modules, set up by a "
          "local integrator who already works for two associations in Grenoble. Third, a custom application "
          "built by the students of a local engineering school with a Django framework and a PostgreSQL "
          "database, as the board's treasurer suggested. We asked each for a demonstration with our own data: "
          "a real week of deliveries and orders from October. We also phoned two food banks that use Solicarte "
          "and one social grocery network that runs Odoo, to hear about daily use rather than sales promises. Each option was then scored by the three of us "
          "separately, and we discussed every gap of more than one point before writing down the final mark."),
        H(2, "2.1 Scoring grid", {"benchmark-matrix": "ok"}),
        T([["Criterion", "Weight", "Solicarte", "Odoo + integrator", "Custom build"],
           ["Dock entry by volunteers on a tablet", "25 %", "4 – made for it", "3 – needs a simplified screen", "3 – to design"],
           ["Fair sharing of stock between charities", "20 %", "5 – built in", "2 – custom module", "4 – to design"],
           ["Online ordering for charities", "15 %", "4", "4 – portal module", "3"],
           ["Reports for State and Region", "15 %", "5 – official formats", "3 – to configure", "2 – to write"],
           ["Five-year cost", "15 %", "3", "4", "2 – hidden maintenance"],
           ["Support and continuity", "10 %", "4 – federation", "4 – local firm", "1 – students leave"],
           ["Weighted score", "100 %", "4.2", "3.2", "2.7"]]),
        H(2, "2.2 What the scores say", {"benchmark-conclusions": "ok"}),
        P("Solicarte comes first on the criteria that matter most to the warehouse: it was designed by food "
          "banks, so the sharing rule, the date tracking and the official reports are already there and have "
          "been audited. Its weak point is cost and dependence: as a non-member, the Grenier pays a licence that "
          "is thirty per cent higher than the federation's members, and it cannot change the screens itself."),
        P("Odoo is the most flexible and the cheapest to license, and the integrator impressed the volunteers "
          "with a tablet screen built during the demonstration. But the fair-sharing rule, which is the heart of "
          "Wednesday's work, would be a custom development, and every upgrade of Odoo would have to carry it. The "
          "social grocery network we called told us that this is exactly where their costs went."),
        P("The custom build would fit our wishes best on paper, but nobody would maintain it after the students "
          "graduate, and the reports alone would take a semester to write. Crossing these results with the "
          "cost study in section 3.3, we keep Solicarte as the main answer and Odoo as the fallback if the "
          "licence cannot be negotiated below 9,000 euros a year."),
        H(1, "3. Scope of the project", {"scope-study": "ok"}),
        P("This section sets the edges of the project before we describe the need in detail. We looked at three "
          "sides of it: what the system must do, who will use and run it, and what it will cost the network. The "
          "scope covers the warehouse in Saint-Martin-d'Hères and the 64 partner charities that collect from it. "
          "It leaves out the two satellite depots in Voiron and Vienne, which will join in a second phase, and "
          "the collection drives in supermarkets, which keep their own paper forms for now. We also leave out "
          "the accounting software, which the treasurer wants to keep, but we require an export towards it. Each of the three sides "
          "is described below, and the budget closes the section so that the board can weigh it against the need."),
        H(2, "3.1 What the system will do", {"functional-scope": "ok"}),
        P("On the dock, a volunteer records each delivery: donor, product, quantity, weight, storage type and "
          "use-by or best-before date, scanning the barcode when there is one and choosing from a short list "
          "when there is not, as for a crate of courgettes from a farm. The system prints a pallet label with a "
          "code and shows where to put the pallet. In the warehouse, the stock is always visible by product, "
          "location and date, and goods reaching their last three days are pushed to the top of every list."),
        P("For the charities, each week the system opens an ordering window with what is really available, "
          "applies the sharing rule voted by the board (a share per registered beneficiary household, with a "
          "bonus for groceries that collect twice a week) and lets each charity accept, reduce or refuse its "
          "share before the pallets are prepared. For the office, it produces the quarterly tonnage report in "
          "the State's format, the list of donors for tax receipts, and an export of values for the accounts. "
          "Everything must be usable in French by people who may not read well, with pictures of products."),
        H(2, "3.2 Who does what", {"organisational-scope": "thin"}),
        P("The logistics manager owns the system and its settings. Dock volunteers enter goods, the coordinator "
          "runs the weekly sharing and each charity names one person to order. The integrator or vendor trains "
          "six volunteer referents, who then train the others on site. A half-day a week of the office "
          "assistant's time is set aside for support."),
        H(2, "3.3 Budget", {"financial-scope": "ok"}),
        T([["Item", "Solicarte (5 years)", "Odoo + integrator (5 years)"],
           ["Licences or subscription", "46,000 €", "21,000 €"],
           ["Set-up, data migration and training", "12,000 €", "28,000 €"],
           ["Custom sharing module", "included", "18,000 €"],
           ["Tablets, label printers, scanners", "9,000 €", "9,000 €"],
           ["Support and upgrades", "included", "15,000 €"],
           ["Total", "67,000 €", "91,000 €"]]),
        P("The Region's digital fund covers half of the set-up and equipment; the rest comes from the network's "
          "reserves and a foundation grant already promised. The "
          "running cost after year five, about 10,000 euros a year for Solicarte, fits within what the network "
          "spends today on the spreadsheets' hidden cost: overtime on Wednesdays and food thrown away."),
        H(1, "4. The situation in a few words (for the vendors)", {"problem-presentation": "ok"}),
        P("This part is written for the vendors who will answer. Le Grenier Commun is an association, not a "
          "company: most of the people who will use your system are volunteers, many of them retired, some of "
          "them in work integration programmes, and they change from one day to the next. They will spend no "
          "more than twenty minutes learning the dock screen. The warehouse has Wi-Fi in the office only; the "
          "dock and the cold rooms have a weak mobile signal, and the metal racks block it further."),
        P("Every week, 35 to 45 tonnes come in from about 90 donors and go out to the 64 charities. A quarter of "
          "the goods are chilled or frozen and must be traced with their temperature. The health authorities can "
          "ask at any time where a recalled batch went, and we must answer within four hours. Today we cannot: "
          "during the listeria recall last spring it took two people a full day. The State and the Region fund "
          "part of the network and ask for quarterly figures by product family and by partner, which today take "
          "a week to produce and are never quite right."),
        P("The network does not have an IT department. One employee is comfortable with spreadsheets and will "
          "be the administrator; everything else must be supported by the vendor, in French, by phone. The "
          "board has set a hard date: the system must run for the winter campaign starting in November 2027, "
          "when volumes double, so it must be installed and stable by September. Goods, people and money are "
          "all short; what we ask of the system is to waste less of each."),
        H(1, "5. The functions we expect", {"functional-need": "ok"}),
        P("Each function is stated as what the user must achieve, with the measure we will use to judge it "
          "and how much room the vendor has to propose another way."),
        T([["Function", "Criterion", "Level expected", "Flexibility"],
           ["Record a delivery at the dock", "time per pallet for a new volunteer", "under 2 minutes", "low"],
           ["Track use-by dates", "goods thrown away per year", "halve the 31 tonnes", "medium"],
           ["Share stock between charities", "rule applied automatically and explained", "every week", "none"],
           ["Let charities order online", "share of orders placed online", "90 % after six months", "medium"],
           ["Trace a recalled batch", "time to list every recipient", "under 4 hours", "none"],
           ["Produce the quarterly report", "time to produce it", "under one hour", "low"],
           ["Print labels and pick lists", "printing from the dock tablet", "yes", "low"]]),
        H(1, "6. Technical framework", {"technical-requirements": "ok"}),
        P("The system will be hosted by the vendor, in the European Union, with a contract that names the "
          "hosting country and the backup site. The network will install nothing on its own servers, because it "
          "has none. Users will reach it through a web browser on the office computers and through an "
          "application or a web page on rugged Android tablets at the dock; the dock screen must keep working for "
          "at least two hours without a network and send what was entered when the signal comes back."),
        P("Personal data are limited but real: the names of charity contacts and volunteers, and for each "
          "charity the number of households it serves, never their names. The vendor will act as a processor "
          "under a written agreement, with logs of who changed what kept for one year. Access will be by "
          "personal account, with two roles for the office and one per charity; the administrator must be able "
          "to close a volunteer's account in one click."),
        P("The system must import our current stock and the list of charities from spreadsheets at start-up, "
          "export the monthly values to the accounting software in CSV, and read the barcodes of the product "
          "database most French retailers use. Label printers are ordinary thermal printers connected by USB "
          "or Bluetooth to the tablets. Finally, the vendor will commit to a recovery time of four hours during "
          "distribution days and will provide an export of all our data, in an open format, whenever we ask."),
        H(2, "6.1 How the pieces fit", {"architecture": "ok"}),
        Img(["Dock tablets", "Hosted stock system", "Charity portal", "Accounting export", "State report"],
            "The hosted system in the middle, the dock and the charities on either side."),
        H(2, "6.2 The requirements list", {"technical-requirements-table": "ok"}),
        T([["Ref.", "Domain", "Requirement", "Priority"],
           ["T1", "Hosting", "hosted in the EU, backup on a second site", "must"],
           ["T2", "Offline", "dock screen works two hours without network", "must"],
           ["T3", "Security", "personal accounts, two roles, logs kept one year", "must"],
           ["T4", "Data", "full export in an open format on request", "must"],
           ["T5", "Integration", "CSV export to the accounts every month", "should"],
           ["T6", "Hardware", "thermal label printers over USB or Bluetooth", "should"],
           ["T7", "Availability", "four-hour recovery on distribution days", "must"],
           ["T8", "Accessibility", "large buttons, pictures, French only", "should"]]),
        H(1, "7. First release backlog", {"product-backlog": "ok"}),
        T([["#", "As a…", "I want to…", "so that…", "Priority"],
           ["1", "dock volunteer", "scan or pick a product and print a label", "a pallet is stored in two minutes", "must"],
           ["2", "coordinator", "see goods close to their date first", "nothing is found too late", "must"],
           ["3", "coordinator", "run the weekly sharing by the voted rule", "Wednesday takes an hour, not a day", "must"],
           ["4", "charity volunteer", "accept or reduce my share online", "we only take what we can hand out", "must"],
           ["5", "logistics manager", "list every charity that received a batch", "a recall is answered in time", "must"],
           ["6", "office assistant", "print the quarterly report", "the funders get exact figures", "should"]]),
        H(1, "8. Acceptance before go-live", {"acceptance-testing": "ok"}),
        P("We will not sign the acceptance report until a real week has gone through the system. The vendor "
          "first runs our test scenarios in a test environment: each user story above has at least one scenario "
          "written by the person who will use it, and passes when that person can do it alone."),
        T([["Test", "How we check", "Pass when"],
           ["Dock entry", "three new volunteers record ten pallets each", "all under two minutes, no error"],
           ["Weekly sharing", "October's real week replayed", "same shares as the board's rule by hand"],
           ["Recall", "a fictitious batch traced", "full list in under four hours"],
           ["Offline", "network cut for two hours on the dock", "no entry lost"]]),
        H(1, "9. Why we chose what we chose", {"justified-choices": "ok"}),
        P("We chose a hosted tool rather than one installed at the warehouse because the network has no server "
          "and no technician, and because the dock must keep working the day the office computer breaks down. "
          "We chose to buy rather than build, against the treasurer's first wish, because the two hardest parts "
          "of the need, the fair sharing and the official reports, already exist in the sector and a home-made "
          "version would cost more over five years and disappear with the students who wrote it."),
        P("Between the two products we kept, we rank Solicarte first. The benchmark gives it the best score on "
          "dock entry and sharing; the cost study shows it is also cheaper over five years once Odoo's custom "
          "module and upgrades are counted; and the two food banks we called confirmed that volunteers learn it "
          "in a morning. We know the price of this choice: we depend on a single vendor for the screens. That "
          "is why the technical requirements insist on a full data export in an open format, and why Odoo stays "
          "our documented fallback if the licence cannot be negotiated."),
        P("We deliberately left some wishes out of the first release. Volunteers' shift planning and the "
          "collection drives in supermarkets would have doubled the scope; both can be handled later by the same "
          "tool or by the tools we already use. Finally, we set the go-live in September rather than January, "
          "although the vendor offered January, because the winter campaign is the worst moment to learn a new "
          "system and the best moment to prove it works."),
        H(1, "10. Open questions for the board"),
        L(["Will the board accept that the sharing rule, once in the system, can only be changed once a year?",
           "Should the two satellite depots join in 2028 or wait for the federation's new version?",
           "Who signs the processor agreement: the president or the director?"]),
    ],
    missing=["response-framework"],
)
