from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="pandoc",
    language="en",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: Cars du Lot, a rural coach network around Cahors, tests "Tap&Go", a phone ticket that works without
    mobile signal. Numbered headings "1." to "9." with sub-headings, except "Backlog" (between 8 and 9) and
    "Appendices", left unnumbered; several shortened ("Prototype", "Test plan", "Methods", "Issues", "Backlog"); the results are split over two headings ("6. Results: getting a ticket" and
    "7. Results: on board"), the task-results table sits under "7.1 Task scores". No eye tracking was done
    (missing). Appendices are a short list of what is in the shared folder.""",
    title="Tap&Go – testing a phone ticket that works in the countryside",
    cover=["Prototype and user tests", "Clémence Vidal, Bastien Roux – Cars du Lot – November 2026"],
    blocks=[
        H(1, "1. Why Tap&Go, and what the tests had to show", {"concept-recap": "ok"}),
        P("Cars du Lot runs 23 coach lines around Cahors and Figeac. Two thirds of its passengers still buy a "
          "paper ticket from the driver, which slows every stop and forces drivers to carry cash. The regional "
          "app exists, but it needs mobile data to show a ticket, and a quarter of the stops have no signal."),
        P("Tap&Go is a ticket stored on the phone that the driver's reader checks offline, by a code that changes "
          "every minute. We wanted the tests to prove two things: that passengers of any age can buy and show a "
          "ticket without help, and that boarding with the phone is at least as fast as paying cash."),
        H(1, "2. Prototype", {"prototype": "ok"}),
        P("We built a clickable prototype in Figma for the passenger side and a working reader on a cheap Android "
          "tablet for the driver side, because the offline check was the part nobody believed would work. The "
          "passenger app has four screens: choose the line, choose the stops, pay with a card saved once, and the "
          "ticket itself, which shows a large moving code and the time it expires. A 'show to driver' button "
          "brightens the screen to the maximum, since a dim phone in the sun was the first thing drivers asked "
          "about. The reader beeps and shows green or red in under a second, even in airplane mode, because both "
          "sides share a daily key loaded every morning at the depot. Text is large and there are no icons without "
          "words: the Lot has many passengers over seventy who use the coach to reach the market and the doctor."),
        Img(["Choose line", "Choose stops", "Pay once", "Ticket with moving code", "Driver reader: green"],
            "The passenger's path to boarding, and the driver's reader."),
        H(1, "3. Technical sheet", {"technical-sheet": "ok"}),
        T([["Part", "Choice"],
           ["Passenger app", "Figma prototype, tested on the participant's own phone through a link"],
           ["Driver reader", "Android tablet, Kotlin app written by Bastien, works without network"],
           ["Ticket code", "time-based code renewed every 60 seconds, key shared once a day"],
           ["Payment", "simulated: no card was charged during the tests"]]),
        H(1, "4. Test plan", {"test-plan": "ok"}),
        T([["Item", "What we decided"],
           ["Goal", "buy and show a ticket without help; board as fast as with cash"],
           ["Who", "15 passengers: 6 over 65, 5 students, 4 working adults"],
           ["Where", "line 3 Cahors–Lalbenque, in a parked coach at the depot, then on a real trip"],
           ["When", "14 and 15 October 2026"],
           ["Success", "at least 12 of 15 buy alone; boarding under 8 seconds on average"]]),
        H(2, "4.1 Tasks", {"test-tasks": "ok"}),
        T([["#", "Task given to the passenger", "Done when"],
           ["T1", "Buy a single ticket from Cahors to Lalbenque", "ticket shown on screen"],
           ["T2", "Show your ticket to the driver", "reader turns green"],
           ["T3", "Buy a return ticket for your grandchild", "second ticket visible"],
           ["T4", "Find how long your ticket is still valid", "passenger says the time"]]),
        H(1, "5. Methods", {"test-methods": "ok"}),
        P("Each session lasted about 25 minutes and was moderated by Clémence while Bastien timed and took notes. "
          "We began in a coach parked at the Cahors depot, so that people could try without the pressure of a "
          "queue, and finished with a real ten-minute trip on line 3 where the participant boarded with the phone "
          "among other passengers. We asked people to think aloud during the first three tasks and did not help "
          "unless they were stuck for more than two minutes, which we then counted as a failure."),
        P("We recruited at the Cahors market and through the senior club of Lalbenque, with a free monthly pass as "
          "a thank-you. We deliberately over-represented older passengers, since they are both the most frequent "
          "cash payers and the group the board worries about. Boarding times for cash were measured the same week "
          "by stopwatch on 60 ordinary boardings, so that the comparison was fair. After the sessions each person "
          "answered the System Usability Scale and told us, in their own words, whether they would use it."),
        H(1, "6. Results: getting a ticket", {"results": "ok"}),
        P("Buying went better than we feared. Thirteen of fifteen people bought a single ticket alone, and the two "
          "who failed were both over 75 and stopped at the card screen, not because they were lost but because they "
          "did not want to type their card number into a phone. Buying for someone else (T3) was the weakest task: "
          "only nine succeeded, because the option hides behind a small 'passengers' line. Several people bought two "
          "tickets for themselves by mistake and only noticed when we pointed at the names."),
        H(1, "7. Results: on board", {"results": "ok"}),
        P("Boarding is where Tap&Go wins. With the phone, the average boarding took 4.6 seconds against 19 seconds "
          "for cash, and the reader never failed in the dead zone after Flaujac. Knowing how long the ticket is "
          "valid (T4) was easy for all but one person. The real trip also showed a problem we had not seen at the "
          "depot: in bright sun, two phones were too dark to read even with the brightness button, and the driver had to shade them with his hand."),
        H(2, "7.1 Task scores", {"perception-metrics": "ok"}),
        T([["Task", "Success", "Average time", "Target", "Met?"],
           ["T1 buy a single", "13 / 15", "1 min 50", "12 / 15", "yes"],
           ["T2 show to driver", "15 / 15", "4.6 s", "under 8 s", "yes"],
           ["T3 buy for someone else", "9 / 15", "2 min 40", "12 / 15", "no"],
           ["T4 validity time", "14 / 15", "12 s", "12 / 15", "yes"],
           ["SUS score", "74 / 100", "–", "70", "yes"]]),
        H(2, "7.2 What they told us", {"user-feedback": "ok"}),
        P("Most participants were warmer than we expected. Students said they would never pay cash again if the "
          "ticket worked offline, and three asked for a weekly pass. Working adults liked not queuing behind "
          "people counting coins. The older participants were divided: four said they would use it if a "
          "grandchild set up the card once, while two said plainly that they trust paper more than a phone."),
        P("Drivers were the surprise. The two who helped us had expected to dislike the tablet, and both asked "
          "when it would be on every coach, because it means less cash to count at the end of the day. One of "
          "them suggested a sound that differs for valid and refused tickets, so that he does not need to look down at the reader at every stop."),
        H(1, "8. Issues", {"issue-log": "ok"}),
        T([["#", "Issue", "Seen by", "Severity"],
           ["1", "Buying for another passenger hidden in a small line", "6 of 15", "high"],
           ["2", "Typing a card number on the phone refused by older users", "2 of 15", "high"],
           ["3", "Code unreadable on dark phones in full sun", "2 of 15", "medium"],
           ["4", "Same beep for valid and refused ticket", "drivers", "low"]]),
        H(1, "Backlog", {"corrective-actions": "ok"}),
        T([["Issue", "What we will change", "Owner", "When"],
           ["1", "add a clear 'who is travelling?' step with a large + button just before payment", "Clémence", "sprint 1"],
           ["2", "let people pay once at the Cahors office or any tobacconist on the line and load the card there, with staff help", "Cars du Lot sales team", "January 2027"],
           ["3", "show a large black-and-white code and the line number, readable even on a dark screen", "Bastien", "sprint 1"],
           ["4", "two distinct sounds on the reader, high for valid and low for refused, tested with both drivers", "Bastien", "sprint 2"]]),
        H(1, "9. Is it worth building?", {"viability-conclusion": "ok"}),
        P("Yes, with conditions. The tests show that the idea that worried everyone, checking a ticket with no "
          "signal, works: fifteen boardings out of fifteen, four times faster than cash. Passengers under 65 can "
          "use the app alone today, and drivers want it. The weak points are fixable and known: buying for "
          "someone else, and the first payment for the oldest passengers, which a counter at the Cahors office "
          "can handle without changing the app."),
        P("We recommend that Cars du Lot builds the real app for line 3 and line 7 first, the two lines with the most "
          "dead zones, and runs a three-month pilot from March 2027. The board should judge it on two figures: the "
          "share of boardings paid by phone, which we expect to reach 30 % by June, and the average stop time. If "
          "older passengers still refuse it after the counter is open, paper tickets should stay on board rather "
          "than be removed, since the network exists first and foremost for them."),
        H(1, "Appendices", {"appendices": "ok"}),
        L(["Consent forms (15), signed", "Raw timings of the 60 cash boardings", "SUS answers per participant"]),
    ],
    missing=["eye-tracking"],
)
