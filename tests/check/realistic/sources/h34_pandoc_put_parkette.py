from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="pandoc",
    language="en",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, English: Parkette, a phone app to book a secure bike locker at Rennes metro stations, tested as a
    clickable prototype with 12 commuters. Numbered headings, several shortened ("Tech sheet", "Tasks", "Methods",
    "Issues", "Fixes"); the results are split over two headings ("4. Findings: task success" with the results
    table, "5. Findings: errors and timing"); the perception scores sit under 5.1. The team did no eye tracking and
    says nothing of it (missing). Their own appendix holds the recruitment screener and the consent text.""",
    title="Parkette – testing the locker booking prototype",
    cover=["Project deliverable, December 2026", "Inès Caradec, Tom Wauquier, Lina Haddou"],
    blocks=[
        H(1, "1. Concept and what we wanted to learn", {"concept-recap": "ok"}),
        P("Parkette lets a commuter reserve one of the 640 secure bike lockers that Rennes Métropole has installed at "
          "eleven metro stations, unlock it with the phone and pay by the month or by the day. Today, lockers are "
          "rented through a paper form at the mobility office and half of them sit empty while people chain bikes to "
          "railings. Our tests had three goals: check that a first-time user can find a free locker and book it in "
          "under two minutes, see whether unlocking by Bluetooth feels reliable enough to trust with a 2,000-euro "
          "e-bike, and learn whether a day pass is understood next to the monthly plan. The answers decide "
          "whether the métropole funds a real pilot next spring."),
        H(1, "2. The prototype", {"prototype": "ok"}),
        P("We built a clickable prototype in Figma with 34 screens covering sign-up, the station map, the booking "
          "flow, payment and the unlock screen. The map uses real station names and locker counts taken from the "
          "open data portal. Payment is simulated: participants see the card form and a confirmation but nothing is "
          "charged. For the unlock step we used a small Wizard-of-Oz trick: a team member hidden behind the locker "
          "opened it by hand when the participant pressed the button, so that people lived the real moment at the "
          "locker rather than imagining it. Nobody guessed the trick. Two versions of the pricing screen were prepared, one listing the day "
          "pass first and one the monthly plan first, to compare how people read them. Everything else, such as the account settings, is a "
          "grey placeholder screen."),
        H(2, "2.1 Tech sheet", {"technical-sheet": "ok"}),
        L(["Tool: Figma, prototype mode, shared on an iPhone 13 and a Pixel 7",
           "34 screens, 3 flows, two pricing variants (A: day first, B: month first)",
           "Locker: one real unit at Villejean-Université lent by the operator for two days",
           "Recording: screen capture and a chest camera, with consent"]),
        H(1, "3. Test plan", {"test-plan": "ok"}),
        L(["Who: 12 commuters who cycle at least twice a week, recruited at two stations; 5 women, 7 men, aged 19 to 58",
           "Where: Villejean-Université station, next to the locker, on 17 and 18 November",
           "How long: 25 minutes each, one facilitator and one note-taker",
           "Success: booking done without help in under 2 minutes by at least 10 of 12"]),
        H(2, "3.1 Tasks", {"test-tasks": "ok"}),
        L(["Create an account and find a free locker at République for tomorrow morning",
           "Choose the plan that suits someone who rides twice a week and pay",
           "Go to the locker and open it with the phone",
           "Cancel tomorrow's booking"]),
        H(2, "3.2 Methods", {"test-methods": "ok"}),
        P("Each session was a moderated test with think-aloud: we asked people to say what they were looking for and "
          "what they expected to happen, and we stayed silent unless they were stuck for more than a minute. The "
          "note-taker timed every task with a stopwatch and noted each error or hesitation on a shared sheet. Half the "
          "participants saw pricing variant A and half variant B, alternating by arrival order. After the four tasks, "
          "each person filled in the ten-question System Usability Scale on paper and rated how confident they felt "
          "leaving their bike, from 1 to 7. We closed with a short semi-structured interview of about eight minutes "
          "on trust, price and what would stop them using the service, and we gave each "
          "person a 15-euro voucher for their time. Sessions were recorded on screen and with a "
          "chest camera; we reviewed every recording as a team on 20 November and coded problems by severity, "
          "from low (a hesitation) to high (the task failed or needed our help)."),
        H(1, "4. Findings: task success", {"results": "ok"}),
        T([["Task", "Completed without help", "Median time", "Target"],
           ["Account and find locker", "11 / 12", "1 min 40 s", "2 min"],
           ["Choose plan and pay", "8 / 12", "2 min 35 s", "1 min 30 s"],
           ["Open locker", "12 / 12", "18 s", "30 s"],
           ["Cancel booking", "7 / 12", "1 min 10 s", "45 s"]]),
        P("Finding a locker works: only one participant needed help, because she searched for the station by its "
          "old name. Opening is the strongest moment of the test; everyone managed it and several smiled. "
          "Two of the four tasks missed their target, both outside the map."),
        H(1, "5. Findings: errors and timing", {"results": "ok"}),
        P("Paying is where people lose time. Four participants went back and forth between the two plans because the "
          "day pass price appeared without saying it was per day. With variant B, monthly first, five of six chose a "
          "plan matching their riding habit; with variant A only three of six did. Cancelling is hidden: five people "
          "looked for it on the map instead of in 'My bookings', and two gave up. We counted 23 errors in total, 14 of "
          "them in payment and cancellation."),
        H(2, "5.1 SUS and confidence", {"perception-metrics": "ok"}),
        T([["Measure", "Mean", "Lowest", "Highest"],
           ["SUS score (0-100)", "74", "55", "92.5"],
           ["Confidence leaving the bike (1-7)", "5.8", "3", "7"]]),
        H(1, "6. What users told us", {"user-feedback": "ok"}),
        P("People liked the idea far more than we expected. Several said they had given up cycling to the metro after "
          "a theft, and one nurse said she would pay 'whatever it costs' to stop carrying her battery into the "
          "hospital. Trust came up in every interview: participants wanted to see that the locker was really closed "
          "after they walked away, and asked for a notification confirming it. Two older participants worried about "
          "what happens if the phone battery dies at the locker. Prices were seen as fair at 12 euros a month, but the "
          "day pass at 1.50 euros confused people who thought it was the monthly price. Students asked for a discount "
          "and for the map to show how many lockers are left in real time, not just whether the station has any."),
        H(1, "7. Issues", {"issue-log": "ok"}),
        T([["#", "Problem", "Seen by", "Severity"],
           ["1", "Day pass price read as monthly", "4", "High"],
           ["2", "Cancel hidden in My bookings", "5", "High"],
           ["3", "No confirmation that the locker is closed", "6", "Medium"],
           ["4", "Old station name not found by search", "1", "Low"]]),
        H(1, "8. Fixes", {"corrective-actions": "ok"}),
        P("For the next version we will show the monthly plan first, write 'per day' in the same size as the price, "
          "and add a cancel button on the booking card itself. After the door closes, the app will send a push "
          "notification with the locker number and time. Search will accept former station names. We also add a "
          "backlog item for a code on the keypad as a fallback when the phone is dead, to be checked with the locker "
          "maker, since it needs new hardware. Each fix gets an owner and is retested in round two."),
        H(1, "9. Is it worth going on?", {"viability-conclusion": "ok"}),
        P("Yes, with changes. Eleven of twelve people found and opened a locker alone, the SUS of 74 is above the usual "
          "average of 68, and confidence in leaving the bike is high once the door has been seen to close. The two "
          "weak points, choosing a plan and cancelling, are screen design problems that we can fix without touching "
          "the service itself. What we have not proven is willingness to pay over time: our participants were "
          "enthusiastic cyclists met at the station, not the occasional riders the métropole most wants to attract. "
          "Next steps: fix the four issues, run a second round with 8 occasional riders in January, and propose to "
          "the operator a three-month pilot at Villejean and République with 80 lockers and real payments, measuring "
          "occupancy and renewals every week. If fewer than half of the lockers are taken after "
          "three months, we will go back to the question of price before building anything more. Our recommendation "
          "to the métropole is therefore to continue, on a small scale and with clear figures."),
        H(1, "Appendix A – Screener and consent", {"appendices": "ok"}),
        L(["Screener: rides a bike at least twice a week; uses the metro; owns a smartphone; not a Parkette team member",
           "Consent: recording used only by the project team, deleted on 31 January 2027, withdrawal possible at any time"]),
    ],
    missing=["eye-tracking"],
)
