from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="pandoc",
    language="en",
    notes="""Held-out round 46 (h46_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, English: EscalePort, a phone app for visiting boaters at the Port des Minimes in La Rochelle to book a
    berth for the night and pay harbour dues before arriving, tested as a clickable prototype with 11 skippers.
    The authors' own numbered headings, three of them in UPPER CASE; a drawn picture of the main screens; the
    results and their scores sit under one heading with the results table (merged). The team did no eye tracking
    and never mentions it (missing). A short appendix with the recruitment message.""",
    title="EscalePort – what eleven skippers taught us",
    cover=["Customer eXperience project – prototype and tests, December 2026", "Clara Mévellec, Julien Arnaud, Sofiane Belkacem"],
    blocks=[
        H(1, "1. WHY WE BUILT A PROTOTYPE", {"concept-recap": "ok"}),
        P("Visiting boaters who arrive at the Port des Minimes in summer still call the harbour office on VHF "
          "channel 9, wait for a berth number, then queue at the office to pay. In July 2026 the office logged "
          "2,300 calls and an average wait of 18 minutes at the counter. EscalePort lets a skipper book a berth "
          "for the night from the phone, see which pontoon to head for, and pay before tying up."),
        P("The tests had three goals: check that a skipper can book and pay in under four minutes while under "
          "way, find out whether the berth map is readable on a small screen in sunlight, and learn whether "
          "skippers trust paying a harbour they have never visited before arrival."),
        H(1, "2. The clickable version", {"prototype": "ok"}),
        P("We built the prototype in Figma over two weeks: 23 screens linked into three paths (book a berth, "
          "change the arrival time, pay the dues). The berth map is a simplified plan of the visitors' pontoons "
          "with free places in green; boat length and draught are entered once and remembered. Payment is "
          "simulated, but the screens copy a real card form so that hesitation is real too."),
        Img(["Boat details", "Arrival time", "Berth map", "Payment", "Confirmation"],
            "The five main screens of the booking path, as tested on an iPhone held at arm's length on deck."),
        P("We chose high-contrast colours and buttons at least 12 mm wide because most testers would hold the "
          "phone with one hand while steering or holding a line. The berth numbers are printed large on the map, "
          "and the confirmation screen stays readable without unlocking the phone, so that a crew member on the "
          "bow can check it too."),
        H(2, "2.1 Tech sheet", {"technical-sheet": "ok"}),
        T([["Item", "Choice"],
           ["Tool", "Figma, prototype mode, shared link"],
           ["Device", "iPhone 13 and a Samsung A52, brightness at maximum"],
           ["Screens", "23 screens, 3 paths, 41 links"],
           ["Data", "real pontoon plan of the Minimes visitors' basin, fake prices"]]),
        H(1, "3. TEST PLAN", {"test-plan": "ok"}),
        T([["Question", "What we measure", "Target", "Who"],
           ["Can a skipper book under way?", "time to a confirmed berth", "under 4 minutes", "all 11"],
           ["Is the map readable outside?", "wrong pontoon chosen", "no more than 1 in 11", "all 11"],
           ["Do they trust paying ahead?", "share who pay at once", "at least 7 in 11", "all 11"]]),
        H(2, "3.1 Tasks we gave them", {"test-tasks": "ok"}),
        T([["Task", "Instruction given to the skipper", "Success means"],
           ["T1", "You arrive tonight at 19:00 with an 11 m sailboat: book a berth.", "booking confirmed"],
           ["T2", "The wind has dropped, you will be two hours late: tell the harbour.", "arrival time changed"],
           ["T3", "Pay for two nights.", "payment screen completed"],
           ["T4", "Find where your berth is on the pontoon.", "correct pontoon named"]]),
        H(1, "4. How we ran the sessions", {"test-methods": "ok"}),
        P("We recruited eleven skippers through the harbour office newsletter and on the pontoons themselves: "
          "eight sailing boats and three motor boats, aged 29 to 71, four of them foreign visitors. Seven "
          "sessions took place on board, at the visitors' pontoon, so that light, movement and wind were real; "
          "four took place in the harbour office because of rain."),
        P("Each session lasted about 30 minutes. One of us read the tasks aloud and stayed silent afterwards, "
          "another timed the tasks and noted every hesitation, and the skipper was asked to think aloud. At the "
          "end, each tester filled in the ten questions of the System Usability Scale and answered three open "
          "questions about trust and price. Sessions were recorded with the phone's screen recording and the "
          "tester's agreement, and the recordings were deleted once the notes were checked by a second member "
          "of the team. We ran a pilot session with a harbour office employee first, which led us to reword "
          "T2 and to fix a broken link on the payment path before the real testers came."),
        H(1, "5. Results in figures", {"results": "ok", "perception-metrics": "ok"}),
        P("Ten of eleven skippers booked a berth without help, with a median of 2 minutes 50 seconds. Changing "
          "the arrival time was the weak point: only six found the option, hidden behind the booking details. "
          "Payment went smoothly for everyone who tried, but three testers refused to pay before seeing the "
          "harbour. The berth map worked on board in sunlight, with one wrong pontoon out of eleven. The usability "
          "score came out at 76, above the 70 we had set, with the lowest marks on the question about how well "
          "the functions fit together, which matches the trouble with the late-arrival path. Sessions on board "
          "were slower by about 30 seconds than those in the office, mostly because of glare."),
        T([["Measure", "Target", "Result", "Verdict"],
           ["T1 booking completed", "11 of 11", "10 of 11", "close"],
           ["Median time for T1", "under 4 min", "2 min 50 s", "met"],
           ["T2 arrival time changed", "9 of 11", "6 of 11", "not met"],
           ["T4 correct pontoon", "10 of 11", "10 of 11", "met"],
           ["Paid at once", "7 of 11", "8 of 11", "met"],
           ["SUS score", "above 70", "76", "met"]]),
        H(2, "5.1 What the skippers said", {"user-feedback": "ok"}),
        P("The comments were warmer than the figures. Several skippers said they would have used the app the "
          "previous summer, when they spent an hour circling outside the basin waiting for an answer on the "
          "radio. The older testers liked that the boat details are remembered; two foreign visitors asked for "
          "an English version of the harbour rules. Nobody asked for more features; what they asked for was "
          "reassurance about cancelling, and a phone number to call if something goes wrong on arrival."),
        L(["\"I don't want to pay for a place I haven't seen\" – three testers, all on their first visit.",
           "\"The map is clearer than the paper plan they hand you at the office.\"",
           "\"Where do I say I'm late? I looked everywhere.\" – a motor boat owner, during T2.",
           "\"If I can cancel for free until noon, I'll pay in advance.\""]),
        H(1, "6. ISSUES FOUND", {"issue-log": "ok"}),
        T([["#", "Issue", "Seen by", "Severity"],
           ["I1", "Arrival time change hidden in the booking details", "5 of 11", "high"],
           ["I2", "No cancellation rule shown before payment", "3 of 11", "high"],
           ["I3", "Draught field in metres only, confusing for foreign boaters", "2 of 11", "medium"],
           ["I4", "Green and light green berths hard to tell apart on the Samsung", "2 of 11", "low"]]),
        H(1, "7. What we are changing", {"corrective-actions": "ok"}),
        T([["Fix", "For issue", "Owner", "When"],
           ["A 'Running late?' button on the home screen of an active booking", "I1", "Julien", "sprint 1, January"],
           ["Free cancellation until noon, written above the pay button", "I2", "Clara with the harbour office", "sprint 1"],
           ["Draught in metres or feet, chosen once", "I3", "Sofiane", "sprint 2"],
           ["Free berths in green, taken berths in grey with a pattern", "I4", "Sofiane", "sprint 2"]]),
        P("The first two fixes come first because they block the two things the harbour office cares about: "
          "fewer radio calls and payment before arrival. We will test them again with five new skippers in "
          "March, at the start of the season."),
        H(1, "8. Is EscalePort worth building?", {"viability-conclusion": "ok"}),
        P("We think so. The core of the idea held up: skippers booked faster than our target, read the map on a "
          "moving deck and mostly agreed to pay before arriving. The harbour office estimates that if half of "
          "the summer visitors used the app, the counter queue would shrink from 18 minutes to under five, and "
          "the VHF channel would be free for safety calls again."),
        P("Two doubts remain. The first is trust: first-time visitors want to see a place before paying, and "
          "only a clear free-cancellation rule will answer that, which the harbour must agree to. The second is "
          "the late-arrival flow, which failed in its current form and must be tested again before any "
          "development starts. Our next steps are to redesign those two parts, retest them in March, and "
          "present a costed version to the harbour authority in April, with the aim of a pilot on the visitors' "
          "basin in July 2027. If the retest fails again, we would keep the booking and the map and leave "
          "payment at the counter for a first season."),
        H(1, "Appendix – recruitment message", {"appendices": "ok"}),
        P("\"Visiting the Minimes this week? Give us 30 minutes on your boat to test a new berth booking app and "
          "get a free coffee at the harbour café. Ask for Clara at the visitors' office.\""),
    ],
    missing=["eye-tracking"],
)
