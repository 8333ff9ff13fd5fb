from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx. English: a wine cooperative at the foot of the Canigou (310 grower members)
    replaces paper harvest slips with a grower app and weighbridge tablets before the 2027 harvest. The authors'
    own headings, numbered, some as questions; the milestones were never written (missing); the governance part
    is a few lines (thin); a risks section of the authors' own.""",
    title="Cave du Canigou – Digital harvest slips: operational plan",
    cover=["Technology orientation project – Laia Puig and Thomas Ferrer, December 2026"],
    blocks=[
        H(1, "1. What we want to reach, and by when", {"smart-objectives": "ok"}),
        P("The board gave us one season. By the end of the 2027 harvest, every load delivered to the cellar must be "
          "recorded without paper, and growers must see their own figures the same evening. We turned that into "
          "four measurable targets, agreed with the cellar master and the accountant."),
        H(2, "1.1 Our targets", {"smart-objectives": "ok"}),
        T([["Target", "Measure", "Deadline"],
           ["No paper slip at the weighbridge", "share of loads recorded on the tablet: 100 %", "15 September 2027"],
           ["Growers use the app", "at least 220 of 310 members log in during the harvest", "31 October 2027"],
           ["Faster unloading", "average time at the weighbridge down from 11 to 6 minutes", "harvest 2027"],
           ["Payment on time", "first advance paid within 20 days of the last load", "20 November 2027"]]),
        H(1, "2. How we roll it out", {"deployment-strategy": "ok"}),
        P("We chose a phased roll-out rather than a single switch. A harvest cannot be stopped or replayed: if the "
          "weighbridge fails on a Saturday in September, forty tractors wait on the road with grapes warming in "
          "the trailers. So the new system must be tested on real loads before it carries the whole harvest."),
        P("Phase one, in spring, installs the tablets and the new weighbridge software at the smaller site of "
          "Ille-sur-Têt, where twelve growers deliver the early muscat in August. Phase two, the main harvest, "
          "runs both sites on the new system, but the paper slip books stay in the drawer for the first two weeks, "
          "so that the staff can fall back on them without thinking. Phase three, after the harvest, removes paper "
          "for good and opens the statements and payment history in the app."),
        P("The app itself comes from a supplier already serving eleven cooperatives in the Languedoc, which limits "
          "the technical risk. Our work is mostly on people: many members are over sixty, some have never used a "
          "smartphone for anything but calls, and the weighbridge staff are seasonal workers who change every year. "
          "We therefore pair each older grower with a younger neighbour who already uses the app, and the "
          "weighbridge screens show only three buttons. We keep the cooperative's existing accounting package and "
          "connect the app to it through the supplier's standard export, because changing both at once would be "
          "too much for one season."),
        H(1, "3. The work, piece by piece", {"wbs": "ok"}),
        T([["Work package", "Main tasks", "Owner"],
           ["WP1 Equipment", "buy six rugged tablets, fit the weighbridge printers, Wi-Fi at both sites", "IT contractor"],
           ["WP2 Software set-up", "parcels and members imported, grape varieties and quality grades loaded", "supplier"],
           ["WP3 Accounting link", "export of loads to the accounting package, tested on 2026 data", "accountant"],
           ["WP4 Growers", "accounts created, pairing with neighbours, two evening sessions per village", "project team"],
           ["WP5 Pilot", "muscat harvest at Ille-sur-Têt, daily review", "cellar master"],
           ["WP6 Full harvest", "both sites, paper kept as fall-back for two weeks", "cellar master"]]),
        H(1, "4. When?", {"implementation-schedule": "ok"}),
        P("The calendar is fixed by the vines, not by us. Equipment and set-up must be finished before the end of "
          "June, because July is spent on the vineyard and nobody at the cellar has time for training. The pilot "
          "follows the early muscat in August, and the main harvest usually starts in the first days of September. "
          "We leave one spare month in spring in case the accounting link takes longer than planned."),
        T([["Period", "What happens"],
           ["January to March 2027", "WP1 and WP2, members imported"],
           ["April to June 2027", "WP3 tested, WP4 training evenings in the nine villages"],
           ["August 2027", "WP5 pilot on muscat"],
           ["September to October 2027", "WP6 full harvest"],
           ["November 2027", "paper removed, statements opened in the app"]]),
        H(1, "5. What it costs", {"budget": "ok"}),
        T([["Step", "Amount (EUR)"],
           ["Equipment (tablets, printers, Wi-Fi)", "14,600"],
           ["Software licence, first year", "9,300"],
           ["Set-up and accounting link", "7,800"],
           ["Training evenings and printed guides", "3,900"],
           ["Extra seasonal staff during the pilot", "4,200"],
           ["Contingency", "4,000"],
           ["Total", "43,800"]]),
        H(2, "Where the figures come from", {"budget-assumptions": "ok"}),
        P("The board capped the project at 45,000 euros, which is the amount the cooperative spends every three "
          "years on printing slip books, envelopes and postage for statements. Our total stays under it by 1,200 "
          "euros. The tablet and printer prices come from two written quotes; we kept the dearer one because it "
          "includes a replacement within 48 hours during the harvest. The licence is the supplier's public price "
          "for cooperatives of 250 to 400 members, and it replaces the 5,100 euros a year we pay today for "
          "printing and post, so the running cost rises by about 4,000 euros a year."),
        P("The set-up figure is a fixed price from the supplier for twelve days of work. Training costs are mostly "
          "room hire in the villages and the printing of a large-type guide for older members. The extra seasonal "
          "staff cover the pilot weeks, when the weighbridge runs both systems side by side. We set the "
          "contingency at about ten per cent because the Wi-Fi at the old weighbridge has never been tested."),
        H(1, "6. The people side", {"human-organisational-needs": "ok"}),
        P("The cooperative employs nineteen permanent staff and about thirty seasonal workers at harvest time. "
          "None of them will lose their job with this change, but three roles move. The two weighbridge clerks no "
          "longer copy slips by hand in the evening; they become the first line of help for growers at the "
          "weighbridge. The accountant's assistant stops keying loads and checks the automatic export instead. "
          "The cellar master gains live figures by parcel, which he has asked for since 2019. The project needs "
          "about 180 person-days in total, which we detail below."),
        P("We also need help we do not have in-house. The cooperative has no IT staff, so a local contractor "
          "already maintaining the office network takes the equipment, and the supplier's consultant handles the "
          "set-up. Neither stays after the harvest: the clerks and the accountant must own the system from November."),
        H(2, "6.1 Who and how many days", {"staffing-plan": "ok"}),
        T([["Person", "Role in the project", "Days"],
           ["Laia Puig", "project lead", "60"],
           ["Thomas Ferrer", "training and grower support", "45"],
           ["Cellar master", "pilot and harvest decisions", "20"],
           ["Accountant", "accounting link, tests", "15"],
           ["Weighbridge clerks (2)", "tests and pilot", "25"],
           ["Supplier consultant", "set-up", "12"]]),
        H(2, "6.2 Changes to how the cellar works", {"organisational-needs": "ok"}),
        P("The evening routine at the weighbridge disappears: the clerks used to stay an hour after the last load "
          "to sort the slips by grower. They will instead close the day on the tablet in five minutes, and we "
          "propose to move that hour to a morning help slot for growers who struggle with the app. The delegates "
          "of each village, elected members of the board, take a new role as local contacts for their neighbours; "
          "the board agreed to it in November."),
        P("Disputes over a load's weight or sugar reading were settled until now by comparing the grower's copy "
          "of the slip with the cellar's. From 2027 the photo of the ticket and the reading are stored in the app, "
          "and the cellar master remains the only person allowed to correct a load, with the reason written down. "
          "This rule is added to the cooperative's internal regulations at the spring general meeting."),
        H(1, "7. Who decides what", {"raci": "ok"}),
        T([["Task", "Project lead", "Cellar master", "Accountant", "Board"],
           ["Choice of equipment", "R", "C", "I", "A"],
           ["Accounting link", "C", "I", "R", "A"],
           ["Training of growers", "R", "C", "I", "A"],
           ["Go for the full harvest", "C", "R", "I", "A"],
           ["Removal of paper", "R", "C", "C", "A"]]),
        H(1, "8. Helping everyone through it", {"change-training": "ok"}),
        P("Training is where most of the effort goes, because a grower who cannot read his figures in the app will "
          "simply phone the cellar, as he does today. Each group gets the format that suits its time and habits."),
        T([["Group", "Action", "When", "Cost"],
           ["Growers over 60", "evening sessions in each village, paired with a neighbour", "April to June",
            "2,400 EUR"],
           ["Weighbridge clerks", "two days with the supplier, then the pilot", "May and August", "in licence"],
           ["Seasonal staff", "a one-hour briefing on the first morning of the harvest", "September", "900 EUR"],
           ["Board delegates", "half a day to act as local contacts", "March", "600 EUR"]]),
        H(1, "9. What could go wrong"),
        P("The main risk is the Wi-Fi at the old weighbridge. If it fails, the tablets keep working offline and "
          "send the loads later; we will test this in June."),
        H(1, "10. Steering", {"governance": "thin"}),
        P("A steering group of the president, the cellar master and the project lead meets once a month, and every "
          "week during the harvest. It decides on the go for each phase and reports to the board."),
    ],
    missing=["milestones"],
)
