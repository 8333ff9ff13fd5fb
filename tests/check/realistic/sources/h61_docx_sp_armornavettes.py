from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 61 (h61_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: a small ferry company between Granville and the Chausey islands rethinks the day-trip
    experience. The authors' own headings, some shortened, some questions; the chosen concept is told under two
    headings (split); the innovation for the client is a sub-heading; mock-ups and storyboard are pictures; an
    appendix of the authors' own (interview list) at the end, labelled nothing.""",
    title="Armor Navettes – A calmer crossing to Chausey",
    cover=["Solution proposal – Customer experience project", "Lou Hamelin, Bastien Quéré, Inès Ferreira – 2026/2027"],
    blocks=[
        H(1, "What the research told us", {"insights-recap": "ok"}),
        P("Our research brief ended with four insights. We restate them here because every idea below had to answer "
          "at least one of them."),
        T([["Insight", "What we saw", "Source"],
           ["Families come far too early", "half the passengers wait more than an hour on the quay in the sun",
            "observation on 6 sailing days"],
           ["Nobody knows if the boat will sail", "wind cancellations are announced on Facebook only",
            "22 interviews, phone logs"],
           ["Luggage is a fight", "campers and day-trippers share one narrow gangway with bags and coolers",
            "shadowing of the crew"],
           ["The island is a surprise", "day-trippers land with no idea where to eat, swim or find water",
            "interviews on the return boat"]]),
        H(1, "Ideation", {"ideation-method": "ok"}),
        P("We ran two workshops in the company's office at the harbour in October. The first gathered the three of "
          "us, two crew members, the ticket-office manager and a regular passenger who owns a cottage on the "
          "Grande Île. We started from the four insights, each turned into a 'how might we' question, for example "
          "'how might we let a family arrive at the right time without stress?'. Everyone wrote ideas alone for "
          "eight minutes before sharing, so the loudest voice did not lead. We then used the 'worst possible idea' "
          "exercise to loosen the room, which gave us the luggage idea almost by accident. The second workshop, with "
          "the manager only, grouped the 61 ideas into nine themes and kept five concepts, voted with three dots "
          "each. We wrote them up as cards the next day."),
        H(1, "Five concepts", {"concept-cards": "ok"}),
        T([["Concept", "Idea in a sentence", "Insight answered"],
           ["Tide Pass", "a boarding slot sent by text, updated live with the weather", "too early, will it sail"],
           ["Bag Lane", "luggage dropped in crates the evening before, loaded by crane", "luggage"],
           ["Island Card", "a paper and online map of Chausey given with the ticket", "the island is a surprise"],
           ["Quay Café", "a shaded waiting area run with a local café", "too early"],
           ["Skipper's Word", "a voice message from the captain at 7 a.m. on sailing days", "will it sail"]]),
        H(1, "Scoring", {"concept-scoring": "ok"}),
        T([["Concept", "Fit with insights (x3)", "Cost (x2)", "Feasible by June (x2)", "New for the client (x1)", "Total"],
           ["Tide Pass", "5", "4", "4", "4", "35"],
           ["Bag Lane", "3", "2", "2", "5", "22"],
           ["Island Card", "2", "5", "5", "2", "28"],
           ["Quay Café", "2", "3", "3", "3", "21"],
           ["Skipper's Word", "3", "5", "5", "3", "32"]]),
        P("Marks are from 1 to 5, given by the three of us and the manager, then averaged and rounded. Tide Pass "
          "won because it answers two insights at once. Skipper's Word came close, and in the end we folded it into "
          "Tide Pass as its first message of the day. Bag Lane is the most original but needs a crane the harbour "
          "does not have."),
        H(1, "Our pick: Tide Pass", {"chosen-concept": "ok"}),
        P("Tide Pass gives each passenger a boarding slot instead of a departure time. When you book, you receive a "
          "text with your crossing and a fifteen-minute window to reach the quay, based on your group: families with "
          "children board first, then groups with luggage, then everyone else. On the morning of the crossing, at 7 "
          "a.m., the captain records a short voice message, which Tide Pass sends as a link: it says whether the boat "
          "sails, how the sea looks and what to bring. If the wind rises, the slot moves or the trip is cancelled "
          "with a refund in one tap, and nobody needs to call the office. On the way back, the same text gives "
          "the return slot an hour before departure, so that nobody runs down the jetty with a cooler at the last "
          "minute. The whole idea rests on one promise: the company tells you, you do not have to ask."),
        B("How it works for the crew", {"chosen-concept": "ok"}),
        P("The ticket office already sells online through a booking tool; Tide Pass adds a slot to each booking "
          "and a screen for the deckhand at the gangway showing who is expected in the next window. The manager "
          "decides the slots the evening before, from the passenger list and the tide table. We kept the tool "
          "deliberately simple: texts rather than an app, because a third of the passengers are over sixty and "
          "many day-trippers will never sail again. Passengers who booked at the counter give a phone number "
          "and receive the same texts. Those without a phone get a printed slot. Training the crew takes one "
          "morning, before the season opens, and the deckhands asked to keep a paper list as a backup for the first weeks."),
        H(2, "Is it really new for Armor Navettes?", {"innovation": "ok"}),
        P("For a company of this size, yes. Today Armor Navettes tells passengers to come 45 minutes early and "
          "announces cancellations on its Facebook page, which the manager updates from her phone at dawn. No "
          "ferry line to the Normandy islands gives boarding slots; the large operators to the Channel Islands "
          "have boarding groups, but only at check-in, never before leaving home. The captain's morning voice "
          "message turns a fact the crew already knows, the state of the sea, into a service passengers "
          "wait for. It changes the relation with the passenger from 'come early and hope' to 'we will tell you'. "
          "Nothing in the idea needs new hardware, which matters for a company with one office and two boats. "
          "The manager told us she had never thought of the quay as part of the product."),
        H(1, "Mock-ups", {"visuals-mockups": "ok"}),
        Img(["Booking: your slot 8:40-8:55", "7 a.m. text: we sail", "Captain's message", "Gangway screen"],
            "Four screens of the Tide Pass mock-up, drawn in Figma and tested on paper with eight passengers."),
        P("The mock-up covers the full path: the booking confirmation with the slot, the morning text, the page "
          "that plays the captain's message, and the deckhand's screen. We tested it on paper at the quay with "
          "eight passengers; two of them, over seventy, asked for larger letters, which the second version has. "
          "Everyone understood the slot without explanation, but three people missed the link to the captain's "
          "message, so we moved it to the first line of the text."),
        H(1, "A family's day, step by step", {"usage-scenario": "ok"}),
        P("Claire, a nurse from Rennes, books a day trip to Chausey for herself, her partner and their two children "
          "on a Saturday in July. The confirmation text tells her that families board between 8:40 and 8:55 for the "
          "9:15 boat, and that a message will reach her on the morning itself. At 7 a.m., while the children eat "
          "breakfast in their rented flat, she listens to Captain Le Goff: the boat sails, the sea is calm, bring "
          "water because the island has only one café. They drive to the harbour, park at 8:35 and walk straight "
          "onto the quay, where the deckhand checks the slot on his screen and lets the family board first, before "
          "the campers with their bags. On the island, the children swim and Claire follows the little map in the "
          "text. At four, a second text reminds them of the 17:30 return and gives their slot. Back home, a last "
          "message asks for a mark out of five."),
        Img(["Book on Tuesday", "7 a.m. message", "Arrive in the slot", "Board first", "Return text"],
            "Storyboard of Claire's Saturday, five frames."),
        H(1, "Journey", {"target-journey": "ok"}),
        T([["Step", "Today", "With Tide Pass", "Feeling"],
           ["Booking", "time only, 'come 45 min early'", "slot and group given", "reassured"],
           ["Morning", "checks Facebook, calls the office", "captain's message at 7 a.m.", "relaxed"],
           ["Quay", "waits an hour in the sun", "arrives in the slot, boards first", "calm"],
           ["Island", "no idea where to go", "map link in the text", "curious"],
           ["Return", "rushes to queue at 16:45", "slot sent at 16:00", "unhurried"],
           ["After", "nothing", "a text asking for a mark", "listened to"]]),
        H(1, "Why would passengers care?", {"experience-value": "ok"}),
        P("The value for passengers is mostly time and calm. A family that arrives in its slot saves about fifty "
          "minutes of waiting on a quay with no shade, which is the complaint we heard most. The morning message "
          "removes the doubt that spoils the evening before a trip: will we sail or not? For the company, the value "
          "is fewer phone calls on windy mornings (the office counted 140 calls on one cancelled Saturday last "
          "August), a quicker boarding, and a way to speak to passengers in the captain's own voice, which "
          "regulars told us is part of the charm of the crossing."),
        T([["For whom", "Value", "How we will see it"],
           ["Families", "less waiting, boarding first", "waiting time measured on the quay"],
           ["Older passengers", "no app, simple texts", "share of texts opened"],
           ["Crew", "a calmer gangway", "boarding time per crossing"],
           ["Office", "fewer calls on windy days", "calls logged per cancelled day"]]),
        H(1, "What we still need to check", {"assumptions-to-test": "ok"}),
        T([["Assumption", "Test", "By"],
           ["Passengers respect their slot", "two pilot Saturdays in June", "late June"],
           ["The captain records every morning", "two weeks of messages before opening", "May"],
           ["Texts cost less than 600 euros a season", "quote from the text provider", "April"]]),
        H(1, "Appendix – who we met"),
        L(["22 passengers interviewed on the boat and on the quay, July to September",
           "Mme Lecoq, manager of Armor Navettes",
           "Captain Yves Le Goff and two deckhands",
           "The owner of the island café"]),
    ],
)
