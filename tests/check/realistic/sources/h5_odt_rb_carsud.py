from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. English, a coach network in the Aveyron that asked for a ticket app for students and got
    a study of Sunday-evening trips back to campus. Several question headings; the reframing table sits under the
    brief's heading with no heading of its own (merged); the desk research is three sentences (thin); the
    prioritisation heading has nothing under it (empty); no bibliography (missing) although the other two
    appendices are there.""",
    title="CarSud – Getting students home on Sunday: research brief",
    cover=["Customer experience project – team Navette: Romane Vidal, Thibault Cros, Aïcha Benmoussa",
           "Client: CarSud, regional coach network of the Aveyron"],
    blocks=[
        H(1, "Where we started: what CarSud asked for", {"client-brief": "ok", "brief-reframing": "ok"}),
        P("CarSud runs 31 coach lines across the Aveyron and carries about 1.9 million passengers a year, most of "
          "them school pupils on weekdays. Since 2022 its marketing team has watched a group it barely serves: the "
          "4,000 students from the department who study in Toulouse, Montpellier or Albi and go home for the "
          "weekend. They travel on Friday evening and come back on Sunday evening, and most of them do it by car "
          "sharing or in a parent's car rather than by coach. CarSud's commercial director, Mr Lacombe, came to us "
          "with a clear request: design a mobile ticket app for students, with a loyalty discount, so that the "
          "coach wins back this market before the new Rodez-Toulouse motorway section opens in 2028."),
        P("In our first meeting we asked what the sales figures showed. Friday departures were almost full; "
          "Sunday returns ran at 35 % of their seats. Buying a ticket was therefore not the whole problem, since "
          "the same students who took the coach home on Friday avoided it on Sunday. We agreed with Mr Lacombe to "
          "widen the question before designing anything, and to keep the app as one possible answer among others. "
          "The table below shows how the request moved during the first two weeks."),
        T([["What we were asked", "What we found when we asked why", "What we will work on"],
           ["A ticket app for students", "Friday coaches are full, Sunday ones are not",
            "Why students do not trust the Sunday coach to bring them back"],
           ["A loyalty discount", "price is rarely mentioned by students who left the coach",
            "What a student gives up by taking the coach on Sunday evening"],
           ["Win back a market segment", "parents drive on Sunday and would rather not",
            "How the whole family decides the return trip"]]),
        H(1, "What do we need to find out?", {"research-questions": "ok"}),
        P("We kept three questions and wrote them so that each could be answered by what we would see and hear, "
          "not by opinion. First, what happens on a Sunday evening between the moment a student decides to leave "
          "home and the moment they reach their room in the city, and where does the coach fit or fail in that "
          "story? Second, who takes part in the decision: the student alone, the parents, friends who offer a "
          "seat in their car? Third, which moments of the trip create doubt strongly enough to make a student "
          "choose another way home next time? A fourth question, about price, was left as secondary, because "
          "nothing in the first figures pointed to it."),
        H(1, "How did we go about it?", {"method-sample": "ok"}),
        P("We used three kinds of research over five weeks in October and November. We travelled on the Sunday "
          "coaches ourselves, watched and wrote down what passengers did, and timed each step from the village "
          "stop to the Toulouse bus station. We held one-to-one interviews of about forty minutes with students "
          "who use the coach, students who stopped using it, and parents, because the first conversations told "
          "us that parents often decide. Finally we read CarSud's own data on bookings and complaints and a few "
          "public studies on student mobility."),
        P("Our sample is small and we say so. We chose people to cover the three main lines and both kinds of "
          "student, regular and lapsed, rather than to represent the population in numbers. We stopped "
          "recruiting when new interviews no longer brought new reasons, which happened after the seventeenth "
          "student."),
        H(2, "Who we met, and where", {"research-activities": "ok"}),
        T([["Activity", "With whom", "How many", "Where and when"],
           ["Rides on Sunday coaches", "passengers and drivers", "6 trips", "lines 201, 205, 212, 18 Oct to 22 Nov"],
           ["Interviews", "regular coach students", "9", "Toulouse and Albi campuses, video or café"],
           ["Interviews", "students who stopped", "8", "by video, recruited through a student Facebook group"],
           ["Interviews", "parents", "5", "at home in Rodez, Espalion and Millau"],
           ["Data review", "CarSud bookings and complaints", "2 years", "CarSud offices, Rodez"]]),
        H(1, "What we saw and heard", {"findings": "ok"}),
        P("The findings below are grouped by where they came from, because the three sources did not say the "
          "same thing and the differences taught us as much as the agreements. What we saw on board mostly "
          "concerns waiting and connections; what students and parents told us concerns trust and who drives; "
          "the figures confirm a drop that starts in the first winter of each student's studies. We did not find "
          "a single student who left the coach for its price, which is the main reason we turned away from a "
          "loyalty discount."),
        H(2, "On the buses", {"observation": "ok"}),
        P("On four of our six Sunday rides the coach left its first stop between eight and fifteen minutes late, "
          "because the driver waited for a connection from a smaller village. Nobody at the stops knew: the "
          "timetable poster gives no phone number and the real-time screen exists only in Rodez. At Espalion, on "
          "a rainy evening, we counted eleven students standing under a shelter made for four, several of them "
          "with a week of laundry and food from home in large bags that did not fit the luggage hold, already "
          "full of parcels. Two students gave up and called a parent while we were there. On arrival in Toulouse "
          "the coach reaches the bus station at 21:40, after the last metro connection to the Rangueil campus on "
          "Sundays, so we watched most passengers split a taxi or walk for thirty-five minutes. Drivers were "
          "friendly and often helped with bags, but they had no way to tell a waiting student that the coach "
          "was on its way."),
        H(2, "Twenty-two conversations", {"interviews": "ok"}),
        P("Regular riders describe the coach as fine on Friday and stressful on Sunday. They are going home on "
          "Friday, with time to spare; on Sunday evening they carry food for the week, have a class on Monday at "
          "eight, and fear being stranded. Several keep a plan B in their phone: a car-sharing ride booked and "
          "cancelled at the last minute if the coach shows up. Lapsed riders did not leave after one bad trip "
          "but after two or three small ones, usually a late coach and a missed metro in the same evening. Price "
          "came up only when we asked about it, and then mostly to say that car sharing costs about the same."),
        P("Parents gave us the part we had missed. In four of five families, a parent drives the student back to "
          "the city on Sunday at least once a month, a round trip of three to four hours. They do it because "
          "they worry about the evening arrival, not because the coach is dear. One mother in Millau told us she "
          "would pay more for a coach that brought her daughter to the campus door than for a cheaper one that "
          "left her at the bus station in the dark. Parents also buy the tickets more often than students think."),
        H(2, "Reading around", {"desk-research": "thin"}),
        P("CarSud's bookings show Sunday returns falling every year from November to February. The complaints "
          "are mostly about late departures and the missing information at village stops. A 2023 regional study "
          "on student mobility finds the same weekend pattern in the Lot and the Tarn."),
        H(1, "Léa's map: says, thinks, does, feels", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["The coach is fine, it is Sunday that is a pain",
            "If it is late I miss the metro and walk in the dark",
            "Books a car-sharing seat as a backup, cancels it at the stop",
            "Tense from the moment she leaves home"],
           ["My mum can drive me if it rains",
            "I should not ask my parents every week",
            "Carries two bags of food and laundry",
            "Guilty when her father drives four hours"]]),
        H(1, "Meet Léa, 19", {"persona": "ok"}),
        P("Léa is in her second year of a biology degree at Rangueil and grew up in a village near Espalion. She "
          "goes home two weekends out of three to see her family and work a Saturday shift at the bakery. On "
          "Friday she takes the coach without thinking about it. On Sunday she decides at the last minute "
          "between the coach, a car-sharing seat and her mother's car, depending on the weather, the weight of "
          "her bags and whether she has an exam on Monday. She has the CarSud timetable as a screenshot, not the "
          "app, and has never called the helpline. What she wants is simple: to know the coach is coming and to "
          "be in her room before ten."),
        H(1, "What it all means", {"user-insights": "ok"}),
        P("Three insights came out of the material, each backed by what we saw on board and heard in interviews. "
          "Students do not choose the coach trip by trip, they choose a way home for the whole term, and a few "
          "small failures are enough to change that choice. The real competitor on Sunday is not car sharing but "
          "the parent's car, which families accept out of worry rather than preference. The weakest moment of "
          "the trip is not on board but at both ends: waiting at the village stop without news, and the last "
          "kilometres from the bus station to the campus."),
        H(2, "Turning insights into questions", {"pov-hmw": "ok"}),
        T([["Point of view", "How might we"],
           ["Léa needs to know the coach is coming because a late coach means a missed metro and a walk at night",
            "let waiting students see where their coach is, even at a village stop with no screen?"],
           ["Parents need to feel their child will get to the door because that worry is why they drive",
            "make the Sunday coach reassuring for the parent who stays at home?"],
           ["Students need room for a week of food because they travel back with their supplies",
            "treat bags as part of the Sunday trip rather than as a nuisance?"]]),
        H(1, "A Sunday trip back to Toulouse, step by step", {"as-is-journey": "ok"}),
        T([["Step", "What Léa does", "What she feels", "What goes wrong"],
           ["Deciding", "checks the weather, her bags and her Monday timetable", "undecided", "no way to know if the coach runs on time"],
           ["Waiting at Espalion", "stands at the stop from 18:50", "anxious", "coach twelve minutes late, no news"],
           ["On board", "sleeps or revises", "calm", "bags squeezed in the aisle"],
           ["Arriving at the bus station", "runs to the metro", "stressed", "last Sunday metro already gone"],
           ["Last kilometres", "shares a taxi or walks", "tired, a bit scared", "arrives after ten"]]),
        H(1, "Which insights matter most?", {"insight-prioritisation": "empty"}),
        H(1, "What this means for CarSud", {"strategic-stakes": "ok"}),
        P("The request for a ticket app answers a question students did not ask. What is at stake for CarSud is "
          "the Sunday evening as a whole: if the network cannot make that trip predictable, students will keep "
          "taking the coach only when it is easy and will leave it for good once the motorway makes the parent's "
          "car faster. Three issues follow. The first is information at the stops, which today depends on the "
          "driver's goodwill; it needs real-time positions for every coach and a way to reach people who have no "
          "app. The second is the end of the trip, which CarSud does not control: a later metro on Sundays, a "
          "shuttle to the campus or a simple agreement with a taxi company would need talks with Tisséo and the "
          "universities. The third is the family: parents are buyers and decision makers, and any offer should "
          "speak to them. These issues go beyond marketing and involve operations and the regional authority, "
          "which is why we propose that the next phase be run with the operations director, not only the sales "
          "team."),
        H(1, "Supporting material", {"appendices": "ok"}),
        P("The interview guide and a selection of quotations follow; recordings are kept by the team until June."),
        H(2, "A. Interview guide", {"interview-guide": "ok"}),
        L(["Tell us about your last trip back to the city on a Sunday evening, from the moment you decided to leave.",
           "How did you choose the way you travelled that evening? Who else had a say?",
           "Can you remember a trip that went badly? What happened next time?",
           "What do you carry with you on the way back?",
           "If the Sunday trip were perfect, what would it look like?"]),
        H(2, "B. In their own words", {"verbatims": "ok"}),
        T([["Who", "Quotation"],
           ["Léo, 20, lapsed rider", "Twice I missed the last metro, the third time I just asked my dad."],
           ["Sandrine, mother, Millau", "I don't mind paying, I mind not knowing where she is at ten at night."],
           ["Inès, 18, regular rider", "Friday is holidays, Sunday is logistics."]]),
    ],
    missing=["bibliography"],
)
