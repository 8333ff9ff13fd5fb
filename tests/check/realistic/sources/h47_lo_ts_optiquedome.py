from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer: Optique Dôme, 23 optician shops around Clermont-Ferrand, wants online
    booking of eye tests and frame fittings and one customer file shared by all shops, instead of phone calls and
    a desktop program per shop. Headings of the authors' own, partly numbered; the benchmark's conclusions, the
    organisational and financial scope and the requirements table sit under bold Normal paragraphs. The brief and
    the general presentation of the problem are written together under the first heading (merged). The last
    heading, on how suppliers may answer, has nothing under it (empty).""",
    title="Book, try, collect: specification for Optique Dôme",
    cover=["Functional and technical specification – Technology orientation project",
           "Team: Léa Chassaing, Bastien Roux, Inès Moulin",
           "Client: Optique Dôme, Clermont-Ferrand – November 2026"],
    blocks=[
        H(1, "1. What Optique Dôme asked us, and why it matters",
          {"brief-reformulation": "ok", "problem-presentation": "ok"}),
        P("Optique Dôme is a family group of 23 optician shops in Puy-de-Dôme and Allier, with 84 opticians, 11 "
          "optometrists doing eye tests, and about 96,000 active customers. Each shop runs its own copy of a desktop "
          "optician program, installed on a PC behind the counter, and takes appointments by phone in a paper diary. "
          "A customer who had an eye test in Riom and wants to collect her glasses in Vichy cannot: her file, her "
          "prescription and her order exist only in Riom. Head office in Clermont-Ferrand learns each shop's sales "
          "from a spreadsheet sent on Mondays."),
        P("The brief from the general manager, Mr François Dôme, fitted in one email on 6 October: 'let customers "
          "book online, and let any shop serve any customer, before the desktop program's support ends in June "
          "2028'. After two workshops with six shop managers and the head of the optometrists, we restate it as "
          "three needs. First, customers book an eye test, a frame fitting or a collection slot online, at any shop, "
          "and get a reminder. Second, one customer file follows the customer across shops, with prescriptions, "
          "orders and insurance details. Third, head office sees bookings, sales and stock by shop every day. "
          "What is out of scope: the e-commerce of frames, which the group refuses for now, and the lens "
          "laboratory's own software, which stays as it is."),
        P("Why this matters now is less the technology than the way customers behave. Phone calls take 2.5 hours "
          "a day per shop, and a count in three shops in September showed that 31 % of calls ring unanswered on "
          "Saturdays. Competitors in Clermont already offer online booking, and the group loses, by its own "
          "estimate, around 40 eye tests a week to them. Optometrists, who are scarce, spend a fifth of their time "
          "on no-shows, since nobody reminds customers of their appointment. Finally, a customer file split between "
          "shops is a risk under health-data rules: prescriptions are sensitive data, and today they sit on 23 PCs "
          "with uneven backups. The decision the group must take is therefore about replacing the program, not only "
          "adding a booking page, and it must be made in 2027 to leave a year for migration before support ends."),
        H(1, "2. Which tools could do it?", {"technology-benchmark": "ok"}),
        P("We looked at five options, found through the optician trade union's list of vendors, two shop "
          "managers' contacts, and a search of booking tools used by health professions. Three are optician "
          "platforms that include booking: OptiCloud, a French SaaS used by about 900 shops; Visiomanager, the "
          "cloud version of the vendor of the current desktop program; and Lunetis, a younger vendor popular with "
          "independent chains. Two are general approaches: keeping the desktop program and adding a booking tool "
          "for health professions (Doctolib-style, here RDV Santé Pro), or building a custom booking layer on top "
          "of an open-source practice system. We requested demos from the first four, spoke to two reference "
          "customers for each SaaS, and estimated the custom option with a local web agency. Each option was "
          "scored on seven criteria agreed with the client, weighted by what the shop managers said they lose "
          "most today. Scores go from 1 (poor) to 5 (excellent); the weights were set with the client before "
          "any demo, so that no vendor's charm could shift them afterwards."),
        B("The scoring grid", {"benchmark-matrix": "ok"}),
        T([["Criterion", "Weight", "OptiCloud", "Visiomanager", "Lunetis", "Desktop + RDV Santé Pro", "Custom build"],
           ["Online booking with reminders", "20 %", "4", "3", "5", "5", "4"],
           ["One file across shops", "20 %", "5", "5", "4", "1", "4"],
           ["Health-data hosting (HDS certified)", "15 %", "5", "5", "5", "3", "2"],
           ["Migration from the current program", "15 %", "3", "5", "3", "5", "2"],
           ["Insurance third-party payment", "10 %", "5", "5", "4", "5", "1"],
           ["Cost over five years", "10 %", "4", "3", "4", "4", "2"],
           ["Ease of use at the counter", "10 %", "4", "3", "5", "3", "3"],
           ["Weighted score (out of 5)", "100 %", "4.3", "4.2", "4.3", "3.6", "2.8"]]),
        B("Our reading of the scores", {"benchmark-conclusions": "ok"}),
        P("Two options clearly drop out. The custom build scores worst on certified health-data hosting and on "
          "insurance payment, two things that would take a small agency years to do well; it would also leave the "
          "group dependent on that agency. Keeping the desktop program with a separate booking tool solves the "
          "booking and nothing else: the customer file stays split across 23 PCs and the end of support remains."),
        P("The three optician platforms are close, and the scores alone do not decide. Visiomanager wins on "
          "migration, since it comes from the current vendor, but its counter screens were judged slow and "
          "crowded by both managers at the demo, and its booking module is a partner's product. OptiCloud and "
          "Lunetis tie. What separates them is the cross-reading of the workshops and the reference calls: "
          "Lunetis's booking page is the best we saw, but its migration tool has been used by only four chains, "
          "and one reference customer lost two weeks of orders during its switch. OptiCloud is plainer but has "
          "migrated dozens of shops from the current program. We therefore keep OptiCloud as the main option and "
          "Lunetis as the variant, to be decided after a migration test on one shop's real data."),
        H(1, "3. Scope: what changes, for whom, at what cost", {"scope-study": "ok"}),
        P("The scope study looks at the change from three sides: what the system must do, who will work "
          "differently, and what it costs. We wrote it with the shop managers of Riom, Vichy and Clermont-Jaude, "
          "chosen because they are the busiest, the smallest and the one with the most optometrist hours. The "
          "figures come from the group's accounts for 2025 and from the vendors' written quotes. Two points are "
          "still open and are flagged as such below: the number of PCs to replace, and the training days the "
          "vendor will really need."),
        P("In short, the project is larger than a booking page: it replaces the shops' main working tool, it "
          "changes daily habits at the counter, and it commits the group to a yearly subscription. The three "
          "parts below give the detail the general manager asked for before deciding."),
        H(2, "3.1 What the system must cover", {"functional-scope": "ok"}),
        P("Customers must be able to book three kinds of appointment online (eye test, frame fitting, collection), "
          "at any of the 23 shops, choose a time and an optician or optometrist if they wish, and receive an SMS "
          "reminder the day before with a link to cancel. Staff must see and change the day's diary on the counter "
          "PC and on a tablet, book a customer by phone in the same diary, and see the customer's full history "
          "whatever the shop where it was created: prescriptions, orders, payments, insurance contracts."),
        P("Orders must follow the glasses from the shop to the lens laboratory and back, with the status visible "
          "to the customer by SMS when they are ready. Invoicing must handle the third-party payment with the "
          "health insurance and the complementary insurers, as today. Head office must get a daily view of bookings, "
          "no-shows, sales and stock per shop, and managers must be able to move stock from one shop to another. "
          "Not included: online sale of frames, loyalty programme, and the laboratory's own tools, which only "
          "exchange order files with the platform."),
        B("3.2 Who works differently", {"organisational-scope": "ok"}),
        P("The change touches every shop but not in the same way. Counter staff lose most of the phone work and "
          "gain a diary that fills itself; they must learn to check the online bookings at opening time and to "
          "confirm new customers' insurance details before the appointment. Optometrists keep their test "
          "equipment; their results go straight into the shared file instead of a paper sheet typed later. Shop "
          "managers become responsible for their shop's diary settings: opening hours, slot lengths, who does what."),
        P("At head office, the two people who consolidate the Monday spreadsheets will instead check the daily "
          "dashboard and handle stock transfers between shops. A project lead is needed for eighteen months: we "
          "propose Inès Moulin's role be taken over by the group's quality manager, Mrs Sandrine Pélissier, one "
          "day a week, with one 'referent' per shop trained first who then trains colleagues. Migration will close "
          "each shop for half a day, on Mondays, when most shops already open at 2 p.m. The optician union agreement "
          "requires informing staff representatives before any tool that records working time; the diary does not, "
          "but we will present it to them anyway."),
        B("3.3 What it costs", {"financial-scope": "ok"}),
        T([["Item", "One-off", "Per year", "Note"],
           ["OptiCloud licences, 23 shops", "—", "41,400 €", "150 € per shop per month"],
           ["Data migration and set-up", "18,000 €", "—", "vendor quote of 12 November"],
           ["Training (referents and staff)", "9,500 €", "—", "two days per referent, one per person"],
           ["Tablets for optometrists", "6,600 €", "—", "11 tablets"],
           ["SMS reminders", "—", "3,800 €", "about 95,000 SMS a year"],
           ["Project lead time", "—", "12,000 €", "one day a week for eighteen months"],
           ["Current program support saved", "—", "-23,000 €", "ends with migration"]]),
        P("Over five years the platform costs about 250,000 €, against 180,000 € for staying as we are, but "
          "staying is not an option after June 2028."),
        H(1, "4. What the platform must do, function by function", {"functional-need": "ok"}),
        T([["Function", "Who", "Expected result", "Priority"],
           ["Book an appointment online", "customer", "slot confirmed in under two minutes, on a phone", "must"],
           ["Remind and cancel", "customer", "SMS the day before, cancel with one tap", "must"],
           ["Shared customer file", "staff of any shop", "full history in under three seconds", "must"],
           ["Record eye test results", "optometrist", "results saved from the tablet, signed", "must"],
           ["Follow an order", "staff, customer", "status from shop to laboratory and back, SMS when ready", "must"],
           ["Third-party insurance payment", "staff", "claim sent with the invoice", "must"],
           ["Transfer stock between shops", "manager", "request and receipt recorded", "should"],
           ["Daily group dashboard", "head office", "bookings, no-shows, sales, stock per shop", "should"]]),
        P("Every 'must' comes from a problem named in the workshops; the 'should' lines can wait for the second "
          "wave of shops if the budget is tight."),
        H(1, "5. Under the hood", {"technical-requirements": "ok"}),
        P("The platform is used by staff in 23 shops on counter PCs and tablets, and by customers on their phones. "
          "It must be a hosted service reached through a browser, with no software to install in the shops apart "
          "from the printer and card-reader drivers. Because it stores prescriptions, it must be hosted by a "
          "provider certified for health data (HDS) in France, with daily backups kept in a second data centre "
          "and a recovery time under four hours."),
        P("Access is personal: each member of staff logs in with their own account and a second factor on the "
          "tablets, and every look at a customer file is logged. Customers log in to the booking page with their "
          "email and a one-time code; they never see their prescriptions online in this first version. Availability "
          "must reach 99.5 % during opening hours, Monday to Saturday from 9 a.m. to 7:30 p.m. The booking page must "
          "load in under two seconds on a 4G phone and follow accessibility rules, since many customers are older "
          "or visually impaired, which is the whole point of an optician."),
        P("The platform must exchange order files with the lens laboratory through its existing interface, send "
          "claims to the insurers through the standard channel, and export daily figures to head office's "
          "spreadsheet. The shops' internet lines are weak in four rural shops: the counter screens must keep "
          "working for at least an hour offline and catch up when the line returns."),
        B("Architecture at a glance", {"architecture": "ok"}),
        Img(["Customer phone", "Booking page", "OptiCloud (HDS)", "Shop PCs and tablets", "Lens lab, insurers"],
            caption="Target architecture: one hosted platform between customers, shops and partners."),
        B("Requirements, domain by domain", {"technical-requirements-table": "ok"}),
        T([["Domain", "Requirement", "How we check it"],
           ["Hosting", "HDS-certified hosting in France, backups in a second site", "certificate, contract annex"],
           ["Security", "personal accounts, second factor on tablets, access log", "test accounts, log extract"],
           ["Performance", "booking page under 2 s on 4G", "measure on three phones"],
           ["Availability", "99.5 % in opening hours", "monthly report from the vendor"],
           ["Interfaces", "lab orders, insurer claims, daily export", "end-to-end test with one order"],
           ["Offline", "counter works one hour without network", "unplug the router in Riom"]]),
        H(1, "6. Backlog for the first releases", {"product-backlog": "ok"}),
        T([["ID", "As a…", "I want to…", "So that…", "Estimate"],
           ["B1", "customer", "book an eye test on my phone", "I don't have to call during opening hours", "5"],
           ["B2", "customer", "get a reminder and cancel by SMS", "I don't forget or block a slot", "3"],
           ["B3", "optician", "open a customer's file from any shop", "I can serve customers of other shops", "8"],
           ["B4", "optometrist", "enter results on a tablet", "nothing is typed twice", "5"],
           ["B5", "manager", "set slot lengths for my shop", "the diary matches how we work", "3"],
           ["B6", "head office", "see no-shows per shop every morning", "we can act on them", "5"]]),
        H(1, "7. How we will accept it", {"acceptance-testing": "ok"}),
        T([["Test", "Steps", "Expected", "Who"],
           ["Online booking", "book, get reminder, cancel by SMS", "slot freed in the diary within a minute", "Bastien + 5 customers"],
           ["Cross-shop file", "test in Riom, collect in Vichy", "file and order visible in Vichy", "two managers"],
           ["Insurance claim", "invoice with third-party payment", "claim accepted by the insurer", "Vichy counter"],
           ["Offline", "unplug router during a sale", "sale recorded, synced on return", "Riom counter"],
           ["Migration", "load one shop's data", "no customer or order lost, totals equal", "Léa + vendor"]]),
        P("A shop goes live only when all five tests pass on its own data; one failure delays that shop, not the "
          "whole wave."),
        H(1, "8. Why we chose what we chose", {"justified-choices": "ok"}),
        P("We recommend OptiCloud, with Lunetis as the variant. The reason is not the score, where the two tie, "
          "but what would hurt the group most: a failed migration in a shop means customers whose glasses cannot "
          "be traced, and insurers who are not paid. OptiCloud has done this switch many times from the same "
          "program; Lunetis has done it four times, once badly. If Lunetis passes the migration test on Riom's "
          "data in February, its better booking page would tip the balance, and we say so openly."),
        P("We chose a hosted platform over keeping the desktop program because the split customer file is the "
          "main problem the managers described, and no booking add-on solves it. We refused the custom build "
          "because certified hosting and insurance payment are not where a group of opticians should spend its "
          "money or its risk. We kept online sale of frames out of scope because the general manager refuses it "
          "today, but the platform chosen can add it later without a change of system."),
        P("On the organisational side, we chose shop referents rather than a central trainer, because the "
          "workshops showed that staff trust a colleague more than a vendor, and because referents stay after "
          "the project ends. Finally, we phase the roll-out in three waves of seven or eight shops, starting with "
          "the smallest ones, so that any problem hits few customers and the busiest shops benefit from what "
          "the first wave learned."),
        H(1, "9. How vendors may answer", {"response-framework": "empty"}),
    ],
)
