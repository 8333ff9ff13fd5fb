from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: Laiterie du Forez, a cheese dairy cooperative near Montbrison (86 farms, 140 staff), rolls out
    a traceability system that follows every batch of milk from the farm tank to the cheese wheel. The author's own
    numbered headings ("1.", "2.1"...), the staffing table under a heading of its own, a budget table; the
    milestones heading was kept with nothing under it (empty); the RACI matrix was never made (missing).""",
    title="Laiterie du Forez — Putting batch traceability to work",
    cover=["Operationalisation plan", "Camille Perrin, Hugo Vial — November 2026"],
    blocks=[
        H(1, "1. What we want to reach by June 2027", {"smart-objectives": "ok"}),
        P("The board of the cooperative wants to know where every litre of milk went, within minutes and not within "
          "days as today. We turned that wish into four targets, each with a number, an owner and a date, so that "
          "the general assembly of June 2027 can tell whether the project did its job."),
        T([["Target", "Today", "June 2027", "Owner"],
           ["Time to trace a wheel back to its farms", "2 days", "under 15 minutes", "Quality manager"],
           ["Batches with a complete digital record", "0 %", "98 %", "Production manager"],
           ["Paper forms filled in each day", "about 300", "fewer than 20", "Plant manager"],
           ["Mock recall exercise passed", "never run", "passed twice", "Quality manager"]]),
        H(1, "2. How we roll it out", {"deployment-strategy": "ok"}),
        P("The dairy makes Fourme de Montbrison and two tommes in one plant, fed by 86 farms whose milk is collected "
          "by four tankers. The new system, MilkTrace, reads a QR code on each farm tank, records the tanker's "
          "temperature, and follows the milk into the vats, the moulds and the cellar. It replaces the paper "
          "forms that cellar staff fill in by hand and that nobody can search when a customer calls."),
        P("We will not switch the whole plant at once. The first step, in January, covers the collection only: the "
          "four tanker drivers scan the farm tanks for six weeks while the paper forms go on in parallel. This "
          "step is cheap, it touches only four people, and it tells us whether the farmers accept a QR label on "
          "their tank. The second step, in March, brings the Fourme line into the system, from the vat to the "
          "cellar. The tomme lines follow in May, once the Fourme team has found the rough edges."),
        P("Each step goes on only if three conditions are met: no batch without a record during two weeks in a "
          "row, cellar staff spending no more time on records than with paper, and the quality manager able to "
          "trace a test wheel in under fifteen minutes. If a step fails, we stay on it for two more weeks and "
          "paper stays the official record. We chose this step-by-step path because the plant runs seven days a "
          "week and cannot stop, and because the cooperative has no IT staff of its own: the vendor's two "
          "consultants can only support one line at a time."),
        H(1, "3. Work packages"),
        H(2, "3.1 Breakdown of the work", {"wbs": "ok"}),
        T([["Package", "What it delivers", "Days", "Who"],
           ["A. Labels and scanners", "QR labels on 86 tanks, 6 scanners", "8", "Vendor"],
           ["B. Collection module", "tanker records live", "12", "Vendor, drivers"],
           ["C. Fourme line", "vat, mould and cellar records", "25", "Production manager"],
           ["D. Tomme lines", "both lines recorded", "20", "Production manager"],
           ["E. Recall test", "a mock recall report", "4", "Quality manager"]]),
        H(2, "3.2 Timeline", {"implementation-schedule": "ok"}),
        P("The project runs from December 2026 to the end of June 2027. The critical path goes through the Fourme "
          "line: it makes two thirds of the tonnage, and the tomme lines reuse its settings. We left three weeks "
          "of slack in April, just before the busy spring season when the milk volumes peak and no one in the "
          "plant has time for training. The recall test closes the project in the last fortnight of June, "
          "just before the assembly."),
        T([["Package", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
           ["A", "X", "X", "", "", "", "", ""],
           ["B", "", "X", "X", "", "", "", ""],
           ["C", "", "", "X", "X", "X", "", ""],
           ["D", "", "", "", "", "", "X", "X"],
           ["E", "", "", "", "", "", "", "X"]]),
        H(2, "3.3 Key dates", {"milestones": "empty"}),
        H(1, "4. Money", {}),
        H(2, "4.1 What each step costs", {"budget": "ok"}),
        T([["Step", "Software", "Hardware", "People", "Total"],
           ["Collection", "6,000 €", "9,400 €", "3,200 €", "18,600 €"],
           ["Fourme line", "14,000 €", "11,800 €", "9,500 €", "35,300 €"],
           ["Tomme lines", "8,000 €", "7,200 €", "6,100 €", "21,300 €"],
           ["Recall test and contingency", "—", "—", "4,800 €", "4,800 €"],
           ["Total", "28,000 €", "28,400 €", "23,600 €", "80,000 €"]]),
        H(2, "4.2 Where the figures come from", {"budget-assumptions": "ok"}),
        P("Software prices are the vendor's quote of 14 October 2026: a yearly licence per production line plus a "
          "flat fee for the collection module, with the first year included in the figures above. Hardware covers "
          "six rugged scanners at 780 euros each, two cellar tablets per line, the label printer and 800 stainless "
          "QR tags for the farm tanks and vats, priced from two suppliers; we kept the dearer one because its tags "
          "stand the cleaning acid."),
        P("People costs are the hours of our own staff taken away from production: half a day of training per "
          "person, and the key users' time during the pilot, at the plant's average loaded cost of 31 euros an "
          "hour. We added 6 % of contingency for the recall test and for a possible third consultant week, which "
          "the vendor bills 4,200 euros. The 80,000 euros fit within the 90,000 euros that the regional agri-food "
          "grant and the cooperative's own funds put aside, so the board keeps a small margin."),
        H(1, "5. People and organisation", {"human-organisational-needs": "ok"}),
        P("Nobody will be hired for this project. The work is done by people who already run the plant, which means "
          "their time must be freed on purpose, or the project will slide behind the cheese. The production "
          "manager gives one day a week to the project from January to June; two cellar team leaders become key "
          "users and are replaced on the line by a temporary worker during the pilot weeks. The drivers need one "
          "morning of training, the farmers only a letter and a visit when the label is fixed to their tank. The "
          "plant's only IT-minded person, the maintenance technician, takes over the scanners and the Wi-Fi in "
          "the cellar once the vendor leaves. Holidays are frozen for the two key users during the weeks their line "
          "switches, which the works council agreed to in November in exchange for two extra days off in July."),
        B("Who gives how much time", {"staffing-plan": "ok"}),
        T([["Person", "Role in the project", "Time"],
           ["Production manager", "project lead", "1 day per week"],
           ["Quality manager", "owner of the recall test", "2 days per month"],
           ["Two cellar team leaders", "key users", "3 days per month each"],
           ["Maintenance technician", "scanners and Wi-Fi", "4 days in total"]]),
        H(2, "5.2 Changes to how we work", {"organisational-needs": "ok"}),
        P("Today each cellar keeps its own binder and the quality manager collects them on Friday. With MilkTrace "
          "the record is written when the work is done, so the Friday round disappears, but someone must check "
          "every evening that no batch is left open. That check goes to the cellar team leader of the late shift, "
          "and it is written into the shift handover sheet. The drivers' route sheet changes too: a tank that "
          "cannot be scanned is no longer collected without a call to the quality manager, a rule the farmers' "
          "council accepted in October. Finally, a short procedure tells the night shift what to do when the "
          "system is down: paper forms stay in each cellar, sealed, and are typed in the next morning by the "
          "team leader who opened them."),
        H(1, "6. Bringing the teams along", {"change-training": "ok"}),
        P("Cellar staff have filled in the same forms for twenty years and some fear that the tablet is a way to "
          "watch them. We will show them first what it saves: no more Friday binder, no more copying temperatures. "
          "Training is done on the line, in small groups of three, by the key users rather than the vendor, and a "
          "laminated card with the five gestures hangs at each station. We will ask for feedback at the end of "
          "each step and publish what we changed because of it."),
        H(1, "7. Steering the project", {"governance": "ok"}),
        P("A steering group meets on the first Tuesday of each month: the plant manager, who chairs it and decides, "
          "the production and quality managers, the vendor's consultant and one farmer from the cooperative's "
          "board. It looks at three figures only: batches without a record, time spent on records per shift, and "
          "the time of the last trace test. It decides whether the next step may start."),
        P("Between meetings, the production manager runs a fifteen-minute stand-up each Monday with the key users. "
          "Any problem that stops a line for more than an hour goes straight to the plant manager by phone. The "
          "board of the cooperative gets a one-page note after each step and the full report before the June "
          "assembly, where the members vote on the second year of licences. Changes to the budget above 5,000 "
          "euros need the board's written approval; smaller ones are decided by the steering group and noted in "
          "its minutes, which the production manager sends to every member within two working days."),
    ],
    missing=["raci"],
)
