from _common import *

DOC = dict(
    deliverable="research-brief",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English: the Drôme département asks a student team why older villagers rarely use Vallée Bus, its
    on-demand minibus booked by phone or app. Headings of the team's own, paraphrased, several as questions
    ("What did Vallée Bus actually ask us?", "What do we need to find out?", "Where does it hurt?"); the
    findings split into three sub-headings under "What we learned"; the desk research is two short paragraphs
    (thin); no table reframing the brief and no verbatims appendix (missing); the interview guide as a table in
    the appendix, with a reading list.""",
    title="Vallée Bus: why don't they ring?",
    cover=["Research brief for the Département de la Drôme, mobility department",
           "Customer experience project · Nora Haddad, Julien Roux, Mei Chen · December 2026"],
    blocks=[
        H(1, "What did Vallée Bus actually ask us?", {"client-brief": "ok"}),
        P("Vallée Bus is the on-demand minibus service the Drôme département runs in the Diois and the Vercors "
          "foothills since 2022. Seven vehicles cover 52 villages; a trip costs two euros and must be booked the day "
          "before, by phone between 9 am and noon or in an app launched in 2025. The service carried 31,000 trips in "
          "2025, far below the 60,000 the département planned when it voted the budget of 1.4 million euros a year."),
        P("The mobility department's brief to us was short: 'make the app easier so that more people book'. Their "
          "own figures show that people over 70 make up 38 % of the population of the area but only 12 % of the "
          "trips, and that two thirds of app bookings come from the same 150 users, mostly commuters and students "
          "going to Die or Crest."),
        P("We think the brief is narrower than the problem. Before redesigning any screen, we want to know whether "
          "older villagers do not book because the app is hard, because they do not know the service exists, or "
          "because a trip booked the day before does not fit how they live: a doctor who calls back the same "
          "morning, a neighbour who offers a lift, the pride of not asking. Our work therefore looks at the whole "
          "trip, from the moment someone needs to go somewhere to the moment they are home again, and the app is "
          "only one part of it. The department agreed to this wider question in our kick-off meeting on 6 October."),
        H(1, "What do we need to find out?", {"research-questions": "ok"}),
        L(["How do people over 70 in the valley get to the doctor, the market and the chemist today, and who helps them?",
           "When they know about Vallée Bus, what stops them from ringing or opening the app?",
           "What happens on the day of a trip: waiting at the stop, the driver, the way back?",
           "Which moments of the trip would make them trust the service enough to use it every week?",
           "What do the drivers and the town-hall secretaries, who hear their complaints, already know?"]),
        P("The first two questions matter most to the département; the last one is cheap to answer and may save us weeks."),
        H(1, "How we went about it", {"method-sample": "ok"}),
        P("We mixed three ways of looking, because older villagers tell a stranger what they think is polite, not "
          "always what they do. First we rode the buses and waited at the stops with people. Then we interviewed "
          "them at home or at the village club, never by phone. Finally we read what is already known about rural "
          "on-demand transport in France and in Switzerland, to avoid rediscovering the obvious."),
        P("Our sample favours the people the service misses: two thirds of the people we met are over 70 and have "
          "never booked, one third are regular users we kept as a comparison. We chose four villages with different "
          "distances to Die, from 6 to 34 kilometres, and went twice to each, on a market day and on a quiet day. "
          "Every interview was led by two of us, one asking and one taking notes."),
        H(2, "Who we met, where and when", {"research-activities": "ok"}),
        T([["Activity", "Where", "Who", "How many", "When"],
           ["Rides and waits at stops", "Châtillon, Lus, Luc, Saint-Roman", "passengers and drivers", "14 trips", "12-25 October"],
           ["Home interviews", "four villages", "people over 70, non-users", "16", "19 Oct - 8 Nov"],
           ["Interviews at the club", "Luc-en-Diois", "regular users", "8", "31 October"],
           ["Talks with staff", "call centre, town halls", "operators, secretaries, drivers", "7", "October"],
           ["Desk research", "online, library of Die", "reports, studies", "11 sources", "October"]]),
        H(1, "What we learned", {"findings": "ok"}),
        P("The short answer is that the app is not the main obstacle. Most people we met have never tried it and "
          "do not plan to, but many of them had never rung the call centre either. What keeps them at home is the "
          "booking the day before, the fear of being forgotten at the stop on the way back, and the habit of asking "
          "family or neighbours. The sections below give what we saw, what we heard and what we read, in that "
          "order, and the insights that follow draw on all three."),
        H(2, "On the bus and at the stop", {"observation": "ok"}),
        P("On fourteen trips we counted 61 passengers; only nine were over 70. Stops are poles by the road, often "
          "without a bench or shelter: in Lus, a woman of 81 waited twenty-two minutes standing in the wind because "
          "the bus had picked up a late booking on the way. The drivers know their passengers by name and make "
          "detours nobody booked, which regulars love and which makes the timetable unreliable for everyone else."),
        P("The return trip is the weak point. Passengers must book it too, at a fixed hour, and a consultation that "
          "runs late means a missed bus and a two-hour wait or a taxi at forty euros. We saw two people in Die "
          "phone a relative instead of waiting. At the call centre, we watched the operator turn down eleven "
          "requests in one morning because the caller wanted to travel the same day."),
        H(2, "In their kitchens", {"interviews": "ok"}),
        P("Sixteen people over 70 received us at home. Almost all knew the service by name, often from the bulletin "
          "of the town hall, but few could say how it worked. Several thought it was reserved for disabled people or "
          "for those without a car. 'It's for people who have nobody,' said a retired farmer in Saint-Roman, and he "
          "did not want to be one of them."),
        P("The booking itself frightens less than we expected: the phone is familiar. What they dread is being "
          "stuck in town. Four people told us about a friend left waiting after a market day, a story that now "
          "travels from village to village. Regular users, met at the club in Luc, describe the opposite: the driver "
          "waits, calls when he is late, carries the shopping. Trust comes from the driver, not from the booking "
          "tool, and nobody who does not ride yet has met a driver. Many also rely on a daughter or a neighbour and "
          "do not want to lose that link by becoming independent of it."),
        H(2, "Reading around", {"desk-research": "thin"}),
        P("Reports from the Cerema and from two Swiss cantons show the same gap between older people and "
          "on-demand transport where booking is required a day ahead."),
        P("Services that added same-day booking or a fixed weekly round saw older riders double within two years."),
        H(1, "Through their eyes", {"empathy-map": "ok"}),
        T([["They say", "They think", "They do", "They feel"],
           ["'I don't want to bother anyone'", "the bus is for people worse off than me", "wait for the neighbour's car", "pride, and some loneliness"],
           ["'What if it doesn't come back?'", "town is far if something goes wrong", "book appointments around family visits", "fear of being stranded"]]),
        H(1, "Meet Odette", {"persona": "ok"}),
        P("Odette, 78, widow, lives alone in Lus-la-Croix-Haute, 34 km from Die. She gave up driving two years ago "
          "after a minor accident. Her son lives in Valence and comes every other Sunday. She goes to the doctor "
          "once a month and to the market when a neighbour can take her. She has a mobile phone her grandson set "
          "up and uses it for calls only. She would ride the bus if she were sure to be home before dark."),
        H(1, "Five things we now believe", {"user-insights": "ok"}),
        T([["Insight", "What supports it"],
           ["Older villagers fear the way back more than the way out", "observed missed returns, four stories of a friend left behind"],
           ["Riding the bus feels like admitting dependence", "interviews in three villages, the 'people who have nobody' quote"],
           ["Trust is built by the driver, not by the booking channel", "regular users at the club, drivers' detours"],
           ["Booking a day ahead does not fit medical appointments", "eleven same-day refusals in one morning"],
           ["Families organise the trips, not the travellers", "half of the interviews mention a son or daughter deciding"]]),
        H(2, "Turning them into questions", {"pov-hmw": "ok"}),
        T([["Point of view", "How might we..."],
           ["Odette needs to be sure she will get home, because being stranded is her biggest fear", "promise every passenger a way back, whatever time the doctor finishes?"],
           ["Older villagers need to ride without feeling dependent", "make the bus feel like the market day outing rather than a social service?"],
           ["Families need to book for their parents", "let a son in Valence book and follow his mother's trip?"]]),
        H(1, "A trip to the doctor, step by step", {"as-is-journey": "ok"}),
        T([["Step", "What Odette does", "What she feels", "Pain point"],
           ["Needs to go", "gets an appointment for Thursday", "worried about the ride", "nobody free on Thursday"],
           ["Books", "calls on Wednesday morning", "unsure of the rules", "the line is busy until 11"],
           ["Waits", "stands at the pole by the road", "cold, afraid of missing it", "no shelter, no news of delays"],
           ["Rides and comes back", "the doctor runs late, misses her return", "stranded, embarrassed", "calls her son, pays a taxi"]]),
        H(1, "Where does it hurt most?", {"insight-prioritisation": "ok"}),
        T([["Insight", "Impact on ridership", "Effort for the département", "Priority"],
           ["Fear of the way back", "high: the first reason given for not riding", "medium: a guaranteed return slot", "1"],
           ["Booking a day ahead", "high for medical trips", "high: needs more vehicles or better routing", "2"],
           ["Families decide", "medium, but quick to reach", "low: family booking in the app", "3"],
           ["Feeling of dependence", "medium, slow to change", "low: communication, club outings", "4"]]),
        P("We ranked the insights by how many non-riders they would bring on board, then by how quickly the "
          "département can act on them. The way back comes first because every person who refused the bus named it."),
        H(1, "What's really at stake for the Drôme", {"strategic-stakes": "ok"}),
        P("The département pays about 45 euros per trip today, because the buses run half empty. Making the app "
          "easier would mostly serve people who already ride. The bigger stake is the one the service was created "
          "for: keeping older people living in their villages, going to the doctor on time and seeing others. If "
          "the service fails them, the cost moves to ambulances, home care and moves into nursing homes in the "
          "towns, which the département also pays for."),
        P("We therefore suggest that the next phase of the project redesigns the promise of the service before its "
          "interface: a guaranteed return, a family booking, and a first ride accompanied by someone the person "
          "already knows, such as the town-hall secretary or a club member. The app matters as a tool for families "
          "and operators. The risk for the department is to spend its budget on screens while the people it wants "
          "to reach stay on their doorstep; the opportunity is to double older ridership with changes that cost "
          "little, and to show other rural départements that on-demand transport can work for them."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("The guide we used at home and the sources we read. Full interview notes are kept by the team."),
        H(2, "Our conversation guide", {"interview-guide": "ok"}),
        T([["Part", "Question", "Follow-up"],
           ["Warm-up", "Tell us about a usual week: where do you go, and how?", "Who drives you?"],
           ["The service", "Have you heard of Vallée Bus? What have you heard?", "From whom?"],
           ["Last trip", "Think of the last time you went to Die. How did it go?", "What worried you?"],
           ["Booking", "If you wanted the bus tomorrow, what would you do?", "Would you ring, or ask someone?"],
           ["Wishes", "What would make you take it next week?", "And your family?"]]),
        H(2, "Reading list", {"bibliography": "ok"}),
        L(["Cerema (2023), Le transport à la demande en zone rurale, bilan de dix services.",
           "Office fédéral du développement territorial (2022), Mobilité des seniors dans les régions de montagne.",
           "Département de la Drôme (2025), Vallée Bus, rapport d'activité."]),
    ],
    missing=["brief-reframing", "verbatims"],
)
