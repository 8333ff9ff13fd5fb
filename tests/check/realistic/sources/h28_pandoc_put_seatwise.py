from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="pandoc",
    language="en",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, English. The Théâtre du Pont-Neuf in Toulouse tests "Seatwise", a phone app that sells unsold seats
    at a discount on the day of the show and lets people who need an accessible seat book it without calling the
    box office. Numbered headings ("1." to "8.", "2.1", "3.1", "5.1" to "5.3"), several of them shortened ("3.
    Plan", "3.1 Tasks", "4. Methods", "6. Issues", "8. Verdict"). The results are split over two headings ("5.
    Results, part one: finding a seat" and "5.1 Results, part two: paying and access"); the task-results table sits
    under "5.2 Task results". What participants said is a few lines (thin); no eye tracking (missing); an appendix
    with the screener questions.""",
    title="Seatwise – prototype and user tests",
    cover=["Customer experience project, Théâtre du Pont-Neuf, Toulouse",
           "Team: Clara Fabre, Yanis Boudjema, Léo Marty · Web School Factory · December 2026"],
    blocks=[
        H(1, "1. Concept & goals", {"concept-recap": "ok"}),
        P("The Théâtre du Pont-Neuf has 620 seats and fills, on average, 71 % of them. On most evenings about 150 "
          "seats stay empty while students, young workers and people on low incomes say they would come if "
          "tickets were cheaper and easier to get at the last minute. Meanwhile, spectators in wheelchairs or "
          "with reduced mobility can only book the twelve accessible places by phone, during box office hours. "
          "Seatwise is a phone app that opens unsold seats at half price from noon on the day of the show, and "
          "lets anyone book an accessible seat, with a companion seat next to it, in the same flow."),
        P("Our tests had three goals: check that a first-time user can find and buy a last-minute seat in under "
          "three minutes, check that people who need an accessible seat can book it alone and trust that it will "
          "really be free and reachable, and learn whether the discount makes people come who would not "
          "otherwise have come."),
        H(1, "2. What we built", {"prototype": "ok"}),
        P("We built a clickable prototype in Figma with nineteen phone screens, connected to a real seating plan "
          "of the theatre that we redrew from the architect's drawings. The home screen lists tonight's shows with "
          "the number of seats still open; a show page gives the time, the length and a thirty-second video; the "
          "seat picker shows the plan with the open seats in green and the accessible places marked with their "
          "step-free route. Payment was simulated with a fake card screen, and the ticket is a QR code that also "
          "shows which door to use. We used the real programme of November and the real prices."),
        Img(["Tonight's shows", "Show page + video", "Seat plan: green = open", "Accessible seat + companion",
             "Pay", "QR ticket + door"],
            "Seatwise's main path, from tonight's list to the ticket."),
        P("We left out accounts, season tickets and gift cards on purpose: the theatre wants to test whether the "
          "last-minute idea works before it touches its ticketing contract."),
        H(2, "2.1 Spec sheet", {"technical-sheet": "ok"}),
        T([["Item", "Detail"],
           ["Purpose", "buy a discounted seat on the day, book an accessible seat alone"],
           ["Users", "under-30s, people on low incomes, spectators with reduced mobility"],
           ["Tool", "Figma prototype on the participant's phone or ours"],
           ["Screens", "19: shows, show page, seat plan, access, payment, ticket, help"],
           ["Data", "real programme and prices of November 2026, real seating plan"],
           ["Not built", "accounts, season tickets, real payment"]]),
        H(1, "3. Plan", {"test-plan": "ok"}),
        T([["Topic", "What we decided"],
           ["When and where", "2 to 6 November, the theatre's foyer and a students' residence in Rangueil"],
           ["Who", "12 people: 5 students, 3 young workers, 4 with reduced mobility (2 wheelchair users)"],
           ["How we found them", "the theatre's newsletter, the university's disability office, posters"],
           ["Measures", "task success, time, errors, ease 1-7, usability score, confidence 1-5"],
           ["Team roles", "Clara moderates, Yanis takes notes, Léo runs the recording and the consent forms"]]),
        H(2, "3.1 Tasks", {"test-tasks": "ok"}),
        T([["#", "Scenario", "Success means"],
           ["1", "You are free tonight: find a play under 20 euros", "a show with open seats chosen"],
           ["2", "Buy two seats next to each other", "two adjacent seats paid"],
           ["3", "Your friend uses a wheelchair: book a place for her and you", "accessible seat and companion "
                                                                                 "seat booked"],
           ["4", "Find which door to use when you arrive", "correct door named from the ticket"]]),
        H(1, "4. Methods", {"test-methods": "ok"}),
        P("Every session was one to one and lasted about forty minutes. Participants used their own phone when "
          "they could; four used ours, which had the text size set larger for two of them. We asked them to "
          "think aloud and did not help, except when someone was stuck for more than ninety seconds, which we "
          "counted as a failure. After each task they rated its ease from one to seven."),
        P("The sessions with wheelchair users took place in the foyer itself, so that after booking they could "
          "follow the route the app described and tell us whether it matched reality. Everyone filled in the "
          "standard ten-item usability questionnaire at the end and answered two questions of our own: how sure "
          "they were that the seat would be there, from one to five, and whether they would have come to the "
          "theatre that evening without the discount. We recorded the screen and the voice only, with signed "
          "consent, and deleted the recordings after coding. Each participant received two invitations for a "
          "show of their choice."),
        H(1, "5. Results, part one: finding a seat", {"results": "ok"}),
        P("Finding a show and choosing seats went smoothly. Eleven of twelve participants found a play under "
          "twenty euros in less than a minute, mostly by scrolling tonight's list rather than using the filter, "
          "which nobody opened. Choosing two adjacent seats was harder: five people tapped a grey seat first, "
          "thinking grey meant free, and two of them gave up before noticing the green ones. The legend was "
          "there, but below the plan, out of sight on a small screen."),
        H(2, "5.1 Results, part two: paying and access", {"results": "ok"}),
        P("Paying raised no problem. Booking an accessible place worked for all four participants with reduced "
          "mobility, who were the most enthusiastic of the whole group: one said it was the first time she could "
          "book a theatre seat at eleven at night. But two of the eight other participants did not see that they "
          "had to add a companion seat and booked the accessible place alone. Following the route from the "
          "ticket worked for everyone, but the wheelchair users found that the lift near door C was not "
          "signposted from the street. Seven of the eight under-30s said they would not have come that evening "
          "without the discount."),
        H(2, "5.2 Task results", {"perception-metrics": "ok"}),
        T([["Task", "Success", "Median time", "Ease (1-7)", "Main error"],
           ["1 Find a play under 20 euros", "11 of 12", "0 min 48", "6.3", "filter ignored"],
           ["2 Two adjacent seats", "10 of 12", "1 min 55", "4.6", "grey seat taken for free"],
           ["3 Accessible seat and companion", "10 of 12", "2 min 20", "5.1", "companion seat forgotten"],
           ["4 Find the right door", "12 of 12", "0 min 30", "6.5", "—"],
           ["Overall usability score", "78 / 100", "—", "—", "—"],
           ["Confidence the seat is there (1-5)", "4.4", "—", "—", "—"]]),
        H(2, "5.3 What people said", {"user-feedback": "thin"}),
        P("\"Finally I can book like everybody else\" said a wheelchair user. Students asked for a notification "
          "at noon when seats open. Two older participants wanted to see the stage from their seat before "
          "paying."),
        H(1, "6. Issues", {"issue-log": "ok"}),
        T([["#", "Problem", "Seen by", "Severity"],
           ["1", "Grey seats read as free, green ones missed", "5 of 12", "high"],
           ["2", "Companion seat forgotten when booking an accessible place", "2 of 8", "high"],
           ["3", "Filter by price never opened", "12 of 12", "low"],
           ["4", "Lift near door C not signposted from the street", "4 of 4", "medium"]]),
        H(1, "7. Fixes & backlog", {"corrective-actions": "ok"}),
        P("Each problem got a fix before the next round, and the one outside the app went to the theatre's "
          "building manager, since no screen can fix a missing sign."),
        T([["Problem", "Fix", "Who", "When"],
           ["1", "open seats in a strong colour, taken seats crossed out, legend above the plan", "Clara",
            "week 49"],
           ["2", "companion seat added by default, with a button to remove it", "Yanis", "week 49"],
           ["3", "drop the filter, sort tonight's list by price instead", "Léo", "week 50"],
           ["4", "a sign for the lift at the street entrance, asked of the theatre", "theatre", "January"]]),
        H(1, "8. Verdict", {"viability-conclusion": "ok"}),
        P("Seatwise works. The discounted seats bring in people who would not have come: seven of eight "
          "under-30s said so, and if only a third of the empty seats found a buyer at half price, the theatre "
          "would earn around 60,000 euros more a season from seats that today earn nothing. Booking an accessible "
          "place alone, at any hour, is the part that moved participants most, and it costs the theatre nothing "
          "once the app exists. The two serious problems, the seat colours and the forgotten companion seat, are "
          "design problems with simple fixes."),
        P("What we have not proven is that regular subscribers will not wait for the discount instead of buying "
          "at full price; the theatre fears this, and only a real pilot will tell. We propose a pilot on eight "
          "shows in February, with discounted seats limited to the upper balcony, measured by the share of new "
          "buyers and by full-price sales compared with the same shows last season. A second round of tests with "
          "the fixed prototype will take place in December with six new participants, including two blind "
          "spectators, whom we did not include this time."),
        H(1, "Appendix A – Screener and consent", {"appendices": "ok"}),
        P("The screener asked four questions: age band, how many times the person went to a theatre last year, "
          "whether they need an accessible seat, and whether they own a smartphone. The consent form allowed "
          "screen and voice recording for the analysis only, with deletion by 31 December 2026."),
    ],
    missing=["eye-tracking"],
)
