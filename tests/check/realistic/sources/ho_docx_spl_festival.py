from _common import *

DOC = dict(
    deliverable="sequenced-planning",
    path="scratch-docx",
    language="en",
    notes="""Held-out round (ho_). python-docx from scratch, English, rebuilding a summer festival's ticketing app.
    Plain-language headings, some as bold Normal paragraphs; the method comparison table sits under the method
    heading (merged); the tree and the Gantt chart are pictures under their own short sub-headings; no release
    plan (missing); the schedule risks are two sentences (thin).""",
    title="Festival Les Nuits de Kerhoas – Ticketing app rebuild: the plan",
    cover=["Sequenced planning", "Yanis Le Bihan – November 2026"],
    blocks=[
        H(1, "Why this plan exists", {"planning-frame": "ok"}),
        P("Les Nuits de Kerhoas is a three-night music festival near Lorient that sold 21,000 tickets last summer. "
          "The ticketing app we use was written by a volunteer in 2019; it crashed twice during the opening of sales "
          "and cannot scan tickets offline, which caused a forty-minute queue at the gate on the Friday. The board "
          "has asked for a new app before ticket sales open on 1 March 2027, with a budget of 95,000 euros and a team "
          "of four: a product owner from the festival office, two developers from a Quimper agency and a designer "
          "working two days a week. This plan covers the work from the kick-off on 7 December to the festival itself "
          "in July, including the gate rehearsal in June. It leaves out the merchandise shop, which stays on its "
          "current platform for one more year."),
        H(1, "Working in sprints", {"methodology": "ok", "methodology-comparison": "ok"}),
        P("We chose two-week sprints rather than one long specification followed by a single delivery. The main "
          "reason is that the festival office does not know yet what it wants for the cashless bar wristbands: a sprint "
          "rhythm lets them see a working screen every fortnight and change their mind cheaply. The second reason is "
          "the fixed date. With sprints, if we run late, we drop the least useful stories and still ship on 1 March, "
          "instead of discovering in February that nothing is finished. The agency developers already work this way "
          "with other clients. We keep one fixed piece from a classic plan: the gate rehearsal in June is a hard "
          "milestone, prepared like a small project of its own, because scanning must work with no network for "
          "2,000 people in an hour. The product owner holds the backlog and runs the sprint review every other "
          "Thursday with the festival director. The table compares the three ways of working we discussed."),
        T([["", "Sprints (chosen)", "Waterfall", "Kanban"],
           ["Change of mind", "cheap every two weeks", "costly after sign-off", "cheap at any time"],
           ["Fixed date", "scope is cut to fit", "date slips", "no natural deadline"],
           ["Fits the agency", "yes, their usual rhythm", "no", "partly"]]),
        H(1, "Everything we have to do", {"activities": "ok"}),
        L(["Design the buying journey and the ticket wallet",
           "Build the sales back end and the payment link with the bank",
           "Build the offline gate scanner for the stewards' phones",
           "Migrate last year's 9,000 customer accounts",
           "Load test the sales opening with 5,000 buyers at once",
           "Train 60 volunteer stewards",
           "Run the gate rehearsal"]),
        H(1, "Breakdown", {"wbs": "ok"}),
        P("Work is grouped in four packages: buying, gate, data and launch. Each package has one owner, and no task "
          "is longer than five days."),
        H(2, "Tree", {"wbs-diagram": "ok"}),
        Img(["Ticketing app", "Buying", "Gate", "Data", "Launch"], "The four work packages under the project."),
        H(1, "Calendar", {"schedule": "ok"}),
        T([["Period", "Work", "Owner"],
           ["Dec – Jan", "sprints 1-3: buying journey, payment", "agency"],
           ["Feb", "sprint 4: load test, fixes", "agency"],
           ["Mar – Apr", "sprints 5-7: gate scanner", "agency"],
           ["May", "steward training", "festival office"],
           ["June", "gate rehearsal", "everyone"]]),
        H(2, "Gantt", {"gantt-chart": "ok"}),
        Img(["Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun"], "Gantt chart exported from our planning tool."),
        B("Dates that matter", {"milestones": "ok"}),
        T([["Date", "Milestone", "Proof"],
           ["7 Dec", "kick-off", "signed scope"],
           ["19 Feb", "load test passed", "5,000 buyers, no error"],
           ["1 Mar", "ticket sales open", "first ticket sold"],
           ["13 June", "gate rehearsal", "2,000 scans in an hour"]]),
        B("What waits for what", {"dependencies-critical-path": "ok"}),
        P("The payment link cannot be tested before the bank signs the merchant contract, which the treasurer "
          "expects in mid-January: that is our first dependency and the reason the buying journey is built first, "
          "with a fake payment. The load test needs the payment link and the migrated accounts, so both must be done "
          "by 12 February. The gate scanner depends only on the ticket format, which is fixed in sprint 2. The "
          "critical path therefore runs from the merchant contract through the payment link and the load test to "
          "the opening of sales: any delay on it moves the 1 March date, while the scanner and the training have "
          "about three weeks of slack. We check this path at every sprint review and tell the board as soon as it "
          "loses more than three days."),
        B("Who does what, and how much", {"resources-workload": "ok"}),
        T([["Person", "Role", "Days", "Busiest month"],
           ["Maëlle", "product owner", "60", "February"],
           ["Agency dev 1", "back end", "85", "January"],
           ["Agency dev 2", "scanner", "70", "April"],
           ["Théo", "designer", "30", "December"]]),
        B("If we slip", {"schedule-risks": "thin"}),
        P("The bank contract is the main risk: if it is late, we open sales with the old app for one week. A sick "
          "developer is covered by the agency."),
    ],
    missing=["release-plan"],
)
