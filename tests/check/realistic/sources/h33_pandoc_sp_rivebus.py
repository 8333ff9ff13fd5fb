from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="pandoc",
    language="en",
    notes="""Held-out round 33 (h33_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: Rivebus, the river shuttle of Bordeaux, wants commuters to stop missing boats and queuing at
    the ticket machine on the pontoon. Numbered headings ("1." ... "9.", "5.1"), several shortened ("Insights",
    "Scoring", "Mock-ups", "Value"). The chosen concept is split over two headings ("5. Our pick: TidePass" and
    "6. TidePass, step by step"), with the innovation as a sub-heading of the first. The scoring is a weighted
    table with a paragraph. The journey map is a four-row table of a few words (thin). No list of assumptions to
    test (missing). An appendix of the authors' own lists who came to the ideation workshops.""",
    title="Rivebus – One tap to cross the river",
    cover=["Customer eXperience project, Bordeaux Métropole mobility team",
           "Team: Chloé Darrieux, Yanis Belkacem, Maëlle Ortiz"],
    blocks=[
        H(1, "1. Insights", {"insights-recap": "ok"}),
        P("Our research brief ended with four insights. We carry them over unchanged; every concept below answers "
          "at least one of them."),
        T([["#", "What we learned", "Evidence"],
           ["I1", "Commuters plan the boat from the tram, not from the pontoon", "11 of 14 interviews"],
           ["I2", "The ticket machine queue makes people miss the boat they came for", "observed 23 times in a week"],
           ["I3", "Nobody trusts the printed timetable after a cancellation", "diary study, 9 of 12 participants"],
           ["I4", "Cyclists do not know if there is room for their bike before boarding", "survey, 61% of cyclists"]]),
        H(1, "2. How we generated ideas", {"ideation-method": "ok"}),
        P("We ran two workshops of three hours at the Lormont pontoon office, one with six commuters and one with "
          "four skippers and two ticket agents. Each started with a 'how might we' question drawn from one insight, "
          "for example how might we let a commuter know on the tram whether the next boat is worth running for. "
          "We used crazy eights to get quantity first, then dot voting to narrow down, and a last round of "
          "'worst possible idea' to shake the group loose when it stalled. We grouped the 74 ideas on the wall "
          "into themes and kept the five that answered the most insights and that the skippers believed could "
          "run on a real morning. The ticket agents, who hear every complaint, helped us drop two ideas that "
          "looked clever on paper but would have slowed boarding further."),
        H(1, "3. Five concepts", {"concept-cards": "ok"}),
        T([["Concept", "In one line", "Insights"],
           ["TidePass", "tap your transit card on the pontoon gate, no ticket to buy", "I2, I1"],
           ["Boat Radar", "live position of each boat in the transit app and on tram screens", "I1, I3"],
           ["Bike Seats", "count of free bike spaces shown before boarding", "I4"],
           ["Skipper Voice", "a short audio message from the skipper when a boat is late", "I3"],
           ["Pontoon Kiosk", "a staffed kiosk at rush hour on the two busiest pontoons", "I2"]]),
        H(1, "4. Scoring", {"concept-scoring": "ok"}),
        P("Each team member scored every concept from 1 to 5 on four criteria, and we averaged the marks before "
          "weighting them. We weighted the fit with the insights most, because the jury of commuters we met "
          "cared about missing boats far more than about novelty. Cost counts against a concept: 5 means cheap. "
          "The gap between the first two is real but not huge."),
        T([["Concept", "Fit with insights (x3)", "Novelty (x2)", "Feasibility (x2)", "Cost (x1)", "Total"],
           ["TidePass", "5", "4", "4", "3", "34"],
           ["Boat Radar", "4", "3", "4", "4", "30"],
           ["Bike Seats", "3", "4", "3", "4", "27"],
           ["Skipper Voice", "3", "3", "5", "5", "28"],
           ["Pontoon Kiosk", "3", "1", "4", "2", "23"]]),
        H(1, "5. Our pick: TidePass", {"chosen-concept": "ok"}),
        P("TidePass turns the pontoon into a gate like any tram stop. A commuter taps the same TBM card or "
          "contactless bank card they already use on the tram, and the tap opens the gangway barrier and charges "
          "the fare. No ticket machine, no paper, no queue. It scored highest because it removes the single cause "
          "of missed boats we saw most often, the queue at the machine, and because it also helps the first "
          "insight: if paying takes one second, the walk from the tram is the only thing to plan."),
        P("TidePass is not only a validator. The tap also feeds a count of who is on board, which the skipper "
          "sees on a tablet and which the other concepts can reuse later. Boat Radar, our runner-up, becomes a "
          "second phase: it needs the same passenger count to be useful, so TidePass prepares the ground for it."),
        H(2, "5.1 What's new for Rivebus", {"innovation": "ok"}),
        P("Bordeaux's boats have always been treated as a tourist extra with their own paper tickets. TidePass "
          "is the first time the river is handled as part of the commuter network: same card, same fare cap, same "
          "data. No other French river shuttle we found lets riders tap a bank card at the gangway; Lyon and Nantes "
          "still sell tickets on board or at machines. For Rivebus it also changes the job of the ticket agents, "
          "who move from selling to helping, and it gives the operator a passenger count by boat and by pontoon "
          "that it has never had before. The network's fares manager told us the idea had been discussed for years "
          "but never drawn, let alone tested with skippers on a real boat. That is the novelty for the client: not "
          "the technology, which exists, but using it on the river at all."),
        H(1, "6. TidePass, step by step", {"chosen-concept": "ok"}),
        P("Three pieces make it work. First, a validator post on each of the nine pontoons, on the existing "
          "barrier, linked to the TBM back office by 4G. Second, a small change in the fare rules so that a tram "
          "then a boat within one hour counts as a single journey. Third, the skipper's tablet, which shows the "
          "count of taps and turns red at 90% of the boat's capacity, so that the skipper can close the gangway "
          "with a reason rather than an argument. We kept the ticket machines on the two tourist pontoons for "
          "visitors without a card, and removed them nowhere else until the numbers prove the change. A pilot on the "
          "Stalingrad and Lormont pontoons for one month comes first, with agents on hand to explain the gate."),
        H(1, "7. Mock-ups", {"visuals-mockups": "ok"}),
        Img(["Gate post: green tick", "Red cross: card refused", "Skipper tablet: 84 / 96 aboard",
             "App: 'Tapped at Lormont'"],
            "Four screens: the validator's two answers, the skipper's count and the receipt in the app."),
        P("We built the validator screens in Figma and printed the post at full size on foam board to test the "
          "height with a cyclist and with a rider in a wheelchair. The skipper's tablet was tried on a real "
          "crossing by Thierry, skipper for twelve years, who asked for bigger digits and a louder beep when the "
          "boat is nearly full. Both changes are in the second version shown above, along with a larger red cross."),
        H(1, "8. A morning with Sandrine", {"usage-scenario": "ok"}),
        Img(["7:42 leaves tram at Stalingrad", "7:46 taps at the gate", "7:47 boards, 61 aboard", "7:58 Lormont"],
            "Storyboard: Sandrine's crossing, from the tram to the far bank."),
        P("Sandrine, 38, is a nurse at a clinic in Lormont. She takes tram A to Stalingrad, then the boat across. "
          "Today the tram is two minutes late. On the tram screen she sees that the next boat leaves in six "
          "minutes; she walks rather than runs. At the pontoon she taps the same card she used on the tram; the "
          "barrier opens and no second fare is charged because she is within the hour. On board she sits in her "
          "usual place. Eleven minutes later she is on the Lormont side, and the app shows her crossing in her "
          "journey history. Before TidePass, on a day like this, she would have queued at the machine behind "
          "two tourists, missed the boat and waited twenty minutes for the next one, arriving late for the start "
          "of her shift and the handover from the night team. That one lost boat is what the whole concept is about."),
        H(1, "9. Journey, redrawn", {"target-journey": "thin"}),
        T([["Stage", "Today", "With TidePass"],
           ["Tram", "unsure", "next boat shown"],
           ["Pontoon", "queue", "one tap"],
           ["Boat", "full?", "count shown"],
           ["Far bank", "paper ticket lost", "history in app"]]),
        H(1, "10. Value", {"experience-value": "ok"}),
        T([["For whom", "Before", "After", "How we will see it"],
           ["Commuters", "queue of 4 to 9 minutes at rush hour", "no queue, single fare with the tram",
            "share of boats missed, from 14% to under 3%"],
           ["Cyclists", "doubt at the gangway", "count visible before boarding", "fewer refused cyclists"],
           ["Skippers", "arguments at the gangway when the boat is full", "a clear count on the tablet",
            "incidents logged per month"],
           ["Rivebus", "no passenger data per crossing", "taps by boat and pontoon",
            "weekly report used to adjust frequencies"]]),
        P("The value is mainly time and calm: the minutes saved at the machine decide whether the commuter makes "
          "the boat at all. For Rivebus, the first passenger counts by crossing are worth as much as the fares: "
          "they will tell the operator, for the first time, which morning boats run full and which run empty, and "
          "let it move a boat from the quiet noon slot to the busy evening one."),
        H(1, "Appendix A – Who came to the workshops", {}),
        L(["Workshop 1 (14 October): six commuters recruited on the Stalingrad pontoon, two of them cyclists.",
           "Workshop 2 (21 October): four skippers, two ticket agents, the network's fares manager."]),
    ],
    missing=["assumptions-to-test"],
)
