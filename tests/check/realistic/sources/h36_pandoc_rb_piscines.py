from _common import *

DOC = dict(
    deliverable="research-brief",
    path="pandoc",
    language="en",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Eaux Vives Métropole, which runs nine public swimming pools around Lille, asked for a lane booking
    app; the team reframed the brief around the first visit of adult beginners. The authors' own numbered headings,
    some shortened ("2. Questions", "5. Empathy", "9. Priorities"); the persona split over two headings, one per
    profile; the interviews summed up in a table; the as-is journey too short (thin); the verbatims never collected
    (missing); the bibliography a list under the appendix; an appendix of the authors' own (photo credits and
    consent) added after it.""",
    title="Eaux Vives Métropole: who is afraid of the pool?",
    cover=["Research brief — Customer experience project", "Manon Lefebvre, Karim Haddou, Jade Vermeulen — December 2026"],
    blocks=[
        H(1, "1. The brief, as we understand it", {"client-brief": "ok"}),
        P("Eaux Vives Métropole runs nine public pools for the Lille metropolitan area and sold 1.4 million entries "
          "last year. Its director of services came to us with a clear request: an app to book a lane slot, because "
          "the pools are crowded at lunchtime and regular swimmers complain that they queue for nothing. The app "
          "was already half specified, with a budget of 120,000 euros."),
        P("After two weeks in the pools, we think the app answers the loudest customers, not the most important "
          "ones. Regular swimmers are about a fifth of the entries, and most of them come anyway. The figures the "
          "client gave us show another problem: the number of adults who buy a single ticket and never come back "
          "has grown by a third since 2022, and the swimming lessons for adults have a waiting list of 600 names. "
          "Many adults in the metropolis cannot swim, or swim badly, and are ashamed of it."),
        P("We therefore propose to reframe the brief. The question is not how to share the lanes better between "
          "people who already swim, but how to make an adult who is afraid of the water come through the door a "
          "second time. Booking may be part of the answer, but so may the changing rooms, the welcome at the desk "
          "or the way the shallow end is shared. This reframing was discussed with the director on 6 November and "
          "accepted, on condition that we also report what regular swimmers told us about the lunchtime crowd."),
        H(2, "1.1 Before and after", {"brief-reframing": "ok"}),
        T([["", "The brief we got", "The challenge we propose"],
           ["Who", "regular lane swimmers", "adults who swim little or not at all"],
           ["Problem", "queues at lunchtime", "first visits that are never repeated"],
           ["Answer expected", "a booking app", "open: service, space, welcome or digital"],
           ["Success", "fewer complaints", "more adults coming back within a month"]]),
        H(1, "2. Questions", {"research-questions": "ok"}),
        P("We kept one main question and four smaller ones, and checked each with the client so that the answers "
          "would help a decision they actually have to take next year."),
        L(["What happens, step by step, when an adult who cannot swim well comes to one of the pools for the first time?",
           "What makes them come back, or not, within a month?",
           "What do the desk staff and lifeguards see that the figures do not show?",
           "How do regular swimmers and beginners share the water today, and where does it go wrong?",
           "What have other cities tried for adult beginners, and what worked?"]),
        H(1, "3. How we worked", {"method-sample": "ok"}),
        P("We mixed three sources so that no single one would carry the conclusions. First, we watched: six "
          "sessions of two hours in three pools chosen to differ, a new one in Roubaix, an old one in Lille-Fives "
          "and a small one in Armentières, at lunchtime, after school and on Saturday morning. Second, we talked: "
          "fourteen interviews of about forty minutes, with adults who had come once or twice, with regulars, and "
          "with staff. Third, we read what has been published on adults who fear water and on pool attendance in "
          "France. Recruiting beginners was the hard part: they do not want to be seen as beginners, so we found "
          "most of them through the waiting list of the adult lessons, with the client's agreement, and not at the "
          "pool itself. Everyone we interviewed signed a consent form."),
        H(2, "3.1 Who we met and where", {"research-activities": "ok"}),
        T([["Activity", "Where", "Who", "How many"],
           ["Observation", "Roubaix, Lille-Fives, Armentières", "all visitors", "6 sessions of 2 h"],
           ["Interviews", "cafés near the pools, by phone", "adult beginners", "7"],
           ["Interviews", "pool hall, after swimming", "regular swimmers", "4"],
           ["Interviews", "staff room", "desk staff and lifeguards", "3"],
           ["Desk research", "—", "—", "11 sources"]]),
        H(1, "4. What we found", {"findings": "ok"}),
        P("The short version: beginners do not drop out in the water, they drop out before it. The changing room, the "
          "shower and the walk along the pool in a swimsuit in front of strangers weigh more than the swimming. "
          "The booking app would not touch any of this. Regulars, on their side, mostly want to know how crowded "
          "the pool is before they leave home. Staff see both groups every day but have no time and no "
          "mandate to do anything for the beginners, who slip away unnoticed."),
        H(2, "4.1 In the pools", {"observation": "ok"}),
        P("At Lille-Fives on a Saturday morning, we counted eleven adults who stood at the edge of the shallow end "
          "for more than five minutes before going in; four left without swimming at all. The shallow end is shared "
          "with a children's lesson and a water-aerobics group, so there is no quiet place to try. In Roubaix, where "
          "a small separate pool exists, adults went in faster and stayed longer. At the desk, first-time visitors "
          "asked the same three questions: is a swimming cap compulsory, are the shorts allowed, where is the "
          "shallow end. Nobody answers them before people arrive, and the signs inside are written for regulars. "
          "Lunchtime queues were real but short: eight minutes on average, worst on Tuesdays, when two "
          "schools share the big pool until half past one and the lane ropes stay in place."),
        H(2, "4.2 The interviews", {"interviews": "ok"}),
        P("Seven of the fourteen people we met were adult beginners, aged 27 to 63. Almost all told a story from "
          "childhood: a bad lesson, a parent who could not swim, a fright at the sea. None of them spoke about "
          "booking. What they asked for was a time when they would not be watched, and a person who would tell them "
          "what to do without making them feel stupid. Regular swimmers, on the other hand, described the lunchtime "
          "crowd with irritation, but three of the four said they would simply like a live count of people in the "
          "pool. The staff confirmed that beginners often come once, after a doctor's advice or a holiday, and that "
          "lifeguards have no time to greet them."),
        T([["Person", "Profile", "What stayed with us"],
           ["Nadia, 41", "cannot swim, came once", "waited in the changing room for twenty minutes"],
           ["Gérard, 63", "swims a little, heart patient", "wants a quiet hour, not a booking"],
           ["Léa, 27", "afraid of deep water", "came back only because a friend came too"],
           ["Olivier, 52", "regular, lunchtime", "checks the car park to guess the crowd"],
           ["Sophie", "lifeguard, Roubaix", "we see them once and then never again"]]),
        H(2, "4.3 Reading", {"desk-research": "ok"}),
        P("National figures put the share of French adults who cannot swim, or not safely, at around one in five, "
          "more among women and people born abroad. Studies on fear of water describe it as a fear of losing "
          "control more than of drowning, and recommend slow progress in shallow water with a steady guide. Two "
          "cities offer programmes we looked at closely: Strasbourg runs adults-only sessions in a small pool at "
          "fixed hours, and Rennes pairs beginners with volunteer swimmers for their first four visits. Both report "
          "that more than half of the participants still come after three months, a far better rate than single "
          "tickets. The literature on pool attendance, mostly written for operators, says little about beginners "
          "and a lot about opening hours. We found no study on the changing room, which our own "
          "observations point to as the first hurdle."),
        H(1, "5. Empathy", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["I'll come when I have time", "everybody will see I can't swim", "stays near the wall", "ashamed"],
           ["Is there a quiet hour?", "I am too old to learn", "comes alone, early", "anxious in the changing room"],
           ["My doctor told me to swim", "maybe next month", "leaves without getting wet", "relieved to leave, then guilty"]]),
        H(1, "6. Persona 1 — Nadia, who wants to try", {"persona": "ok"}),
        P("Nadia is 41, a care assistant in Tourcoing, mother of two children who take lessons. She never learned "
          "to swim and sits on the bench while they swim. She wants to be able to go in with them by next summer."),
        H(1, "6 bis. Persona 2 — Olivier, the lunchtime regular", {"persona": "ok"}),
        P("Olivier is 52 and works in an office near Lille-Fives. He swims forty minutes three times a week at "
          "lunch and hates losing ten of them in a full lane. He would never book, but he checks his phone."),
        H(1, "7. Insights", {"user-insights": "ok"}),
        P("Four insights came out of the sessions where we sorted the notes of all three of us on the wall. Each "
          "one rests on at least two different sources."),
        T([["Insight", "What supports it"],
           ["The first visit is lost before the water, in the changing room and along the pool", "observations at Lille-Fives, five interviews"],
           ["Beginners come back when someone expects them", "Léa's story, the Rennes pairing programme"],
           ["Beginners need a time and a place where nobody watches", "Roubaix small pool, six interviews"],
           ["Regulars want to know the crowd, not to book a lane", "three regulars of four, car park habit"]]),
        H(2, "7.1 How might we…", {"pov-hmw": "ok"}),
        T([["Point of view", "How might we"],
           ["Nadia needs a first visit without an audience because shame keeps her out", "give adult beginners a pool hour of their own?"],
           ["Nadia needs someone waiting for her because alone she finds a reason not to go", "make a second visit feel like an appointment?"],
           ["Olivier needs to know the crowd before leaving because his lunch break is short", "show how full each pool is, live?"]]),
        H(1, "8. A first visit today", {"as-is-journey": "thin"}),
        T([["Step", "What Nadia does", "How she feels"],
           ["Before", "reads the website, finds nothing for beginners", "unsure"],
           ["Changing room", "waits until it empties", "ashamed"],
           ["Pool side", "stands at the edge, leaves", "defeated"]]),
        H(1, "9. Priorities", {"insight-prioritisation": "ok"}),
        P("We ranked the insights with the director of services and two pool managers, scoring each one on the "
          "value for the public service mission and on how easily the pools could act on it next year. Ties were "
          "broken by the director, who knows the budget for next year."),
        T([["Insight", "Value (1-5)", "Ease (1-5)", "Rank"],
           ["A time and place where nobody watches", "5", "4", "1"],
           ["Someone expects them for the second visit", "5", "3", "2"],
           ["The first visit is lost before the water", "4", "3", "3"],
           ["Live crowd figure for regulars", "3", "4", "4"]]),
        H(1, "10. What is at stake for Eaux Vives Métropole", {"strategic-stakes": "ok"}),
        P("The metropolis funds the pools as a public service, and its swimming plan for 2030 promises that every "
          "adult who wants to learn can. Today the pools sell tickets to people who already swim and lose almost "
          "everyone else at the door. Reframing the project around beginners brings it back to that mission, and "
          "it is also where the numbers can move: 600 adults waiting for lessons are 600 future regular customers."),
        P("This does not mean dropping the regulars. A live crowd figure on the website costs a fraction of a booking "
          "app and answers what they actually asked for. The larger choice for the client is organisational: giving "
          "one quiet hour a week to adult beginners in each pool means taking it from a club or a school, and that "
          "is a political decision for the elected members, not a design one. We recommend testing it in Roubaix and "
          "Armentières from January before any investment in software, and measuring how many beginners "
          "come back within a month."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("The material below was used for the interviews and the desk research."),
        H(2, "A. Our interview guide", {"interview-guide": "ok"}),
        L(["Tell us about the last time you went to a swimming pool.",
           "What did you do just before going into the water?",
           "Was there a moment when you wanted to leave?",
           "What would make you come back next week?"]),
        H(2, "B. Sources", {"bibliography": "ok"}),
        L(["Fédération française de natation, adult learning report, 2023",
           "City of Strasbourg, adults-only swimming sessions review, 2024",
           "Rennes Métropole, swimming buddies programme, 2025"]),
        H(2, "C. Photo credits and consent", {}),
        P("All photos were taken with the pool managers' permission and without visitors' faces."),
    ],
    missing=["verbatims"],
)
