from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 46, written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer. English, a town's swimming pools losing working adults. The authors'
    own numbered headings; the reframing, the activities and the three research strands are bold Normal
    paragraphs; insights and their how-might-we questions share one heading (merged); the sources heading has
    nothing under it (empty); no interview guide (missing).""",
    title="Grand Chalon aquatic centres – Research brief",
    cover=["Customer eXperience project", "Nora Belkacem, Tom Perrault, Aïssata Diallo – December 2026"],
    blocks=[
        H(1, "1. What we were asked, and what we heard behind it", {"client-brief": "ok"}),
        P("Grand Chalon runs three public swimming pools for a population of 110,000. Attendance by families and "
          "schools is stable, but adult swimmers aged 25 to 55 have fallen by 23 % since 2019, while the annual "
          "passes sold to this group dropped from 2,400 to 1,650. The sports department asked our team to design a "
          "mobile app for booking lane slots, convinced that adults leave because they cannot know in advance "
          "whether the pool will be crowded. The budget set aside for the app is 60,000 euros, and the department "
          "would like it ready for the reopening of the renovated Olympic pool in September 2027."),
        P("In our first meetings with the head of sports and the three pool managers, we heard a broader worry. "
          "The managers described lanes taken over by clubs at the best hours, changing rooms that families and "
          "adults share badly, and a ticket office that closes before the evening session. Nobody had asked the "
          "adults who stopped coming why they stopped. We therefore proposed to step back from the app and to "
          "study the whole experience of an adult who wants to swim regularly, from the decision to go to the way "
          "home, before choosing any solution. The department agreed, on condition that we come back with "
          "concrete leads by the end of January."),
        B("From their brief to our challenge", {"brief-reframing": "ok"}),
        T([["What the brief said", "What we will explore instead"],
           ["Build a booking app for lane slots", "Why regular adult swimmers stop coming, and what would bring them back"],
           ["Crowding is the problem", "Crowding is one of several frictions; time and comfort may weigh more"],
           ["Target: all users", "Target: working adults who swam at least twice a month before 2020"]]),
        H(1, "2. Questions we set out to answer", {"research-questions": "ok"}),
        L(["What makes a working adult decide, on a given day, to go swimming or not?",
           "Which moments of a visit, from the ticket office to the car park, put people off?",
           "How do former regulars fit sport into their week now, and where did the swim go?",
           "Would knowing the crowd in advance change anything, or is it a detail compared with opening hours?",
           "What do the pool staff see and hear that management never gets to know?"]),
        P("The fourth question tests the client's own hypothesis; we kept it on purpose, to answer it honestly."),
        H(1, "3. How we went about it", {"method-sample": "ok"}),
        P("We combined three approaches over six weeks, in October and November 2026. We observed the three pools "
          "at the hours when adults come, because what people say about a place often differs from what they do "
          "there. We interviewed current and former swimmers, recruited through the pass-holder file, which lets "
          "us reach people who stopped renewing. And we read what other towns and researchers have found about "
          "adult attendance at public pools, to avoid rediscovering known facts. Our sample favours former "
          "regulars, since they are the people the department has lost; we interviewed a few current swimmers to "
          "compare. Each interview lasted about forty minutes and was recorded with consent, then summarised on "
          "the same day by two of us. Names were replaced by first names chosen by the participants, and "
          "nobody was paid."),
        B("Who we met and where", {"research-activities": "ok"}),
        T([["Activity", "Where", "Who", "How many"],
           ["Observation", "the three pools, 7-9 a.m., 12-2 p.m. and 7-9 p.m.", "swimmers and staff", "9 sessions"],
           ["Interviews", "cafés, phone, one at home", "former regular swimmers aged 27-54", "10"],
           ["Interviews", "pool hall", "current regular swimmers", "4"],
           ["Staff talks", "break rooms", "lifeguards and ticket office", "6"],
           ["Desk research", "online", "studies and reports from other towns", "11 documents"]]),
        H(1, "4. What we learned", {"findings": "ok"}),
        P("The three strands tell one story: adults do not leave because they fear a crowded lane, but because "
          "swimming has become hard to fit into a working day. Opening hours, queues and the changing rooms cost "
          "more time than the swim itself, and every wasted quarter of an hour makes the next visit less likely. "
          "Crowding matters, but mostly as a consequence of these hours, since all adults come at the same moment. "
          "The sections below give the detail of each strand, starting with what we saw with our own eyes at "
          "the three pools."),
        B("At the pool, at 7 a.m. and at lunchtime", {"observation": "ok"}),
        P("At the Olympic pool, the morning session opens at 7:30, not 7:00 as the website says, and on two of our "
          "three mornings a queue of fifteen people waited outside. Adults arrived in work clothes, swam for "
          "twenty-five minutes on average and left running. At lunchtime, two of the six lanes were reserved for "
          "a school until 12:45, so the remaining four held up to eleven swimmers each, with slow and fast "
          "swimmers mixed because the lane signs had fallen. In the evening the ticket office closed at 7:15 and "
          "latecomers were turned away while the lanes were half empty. We timed the changing rooms: eight "
          "minutes to find a free cubicle and a working locker on a Tuesday at 12:10. Lifeguards told us this is a "
          "normal day."),
        B("Fourteen conversations", {"interviews": "ok"}),
        P("Almost every former regular told us the same thing in different words: swimming was a habit that broke. "
          "For six of them the break came with a change at work, a new job or a new timetable after the health "
          "crisis, which moved them out of the lunchtime slot. Four spoke of a bad experience that became the "
          "last one: a closed pool with no warning, a lane shared with a club, a locker that swallowed a coin. "
          "They now run or go to a private gym whose door opens with a phone at any hour. Asked about a booking "
          "app, most were polite but unconvinced: 'I'd book, and then a meeting would run late and I'd lose my "
          "slot.' What they asked for was simpler: open when they can come, say when it is closed, and let them "
          "in quickly. The four current swimmers had one thing in common: a pool on the way between home and work. "
          "Two of them said they would stop the day the evening session ended any earlier."),
        B("What others have written", {"desk-research": "ok"}),
        P("We read eleven documents, among them the national sports agency's survey on swimming, two reports by "
          "towns that extended their opening hours, and an academic study of adult attendance in Belgian pools. "
          "They agree that working adults are the group most sensitive to opening hours, and that extended "
          "evening sessions raise their attendance more than any price change. The town of Angers added a "
          "session until 9:30 p.m. twice a week and saw adult entries rise by 18 % in a year. Reports also stress "
          "the changing rooms: mixed cubicles and lockers without coins shorten the time spent before and after "
          "the swim. None of the documents found that booking systems alone brought adults back; in two towns "
          "they were dropped after a year because regular swimmers found them a constraint."),
        H(1, "5. Empathy map – the former regular", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["I'd love to swim again, but when?", "the pool is never open when I'm free", "runs twice a week instead",
            "guilty about losing a habit she liked"],
           ["Last time it was closed for a gala", "they don't care about people who work", "checks the website, then gives up",
            "annoyed, a bit let down"]]),
        H(1, "6. Sophie, 41", {"persona": "ok"}),
        T([["", "Sophie Marchand"],
           ["Life", "nurse manager at the hospital, two teenagers, lives in Saint-Rémy"],
           ["Before", "swam at lunchtime three times a week for ten years"],
           ["Now", "new rota since 2021, swims twice a month at most"],
           ["Wants", "a swim before or after work without queueing"],
           ["Quote", "If it opened at seven, I would be there tomorrow."]]),
        H(1, "7. Insights and the questions they open", {"user-insights": "ok", "pov-hmw": "ok"}),
        P("We grouped what we saw and heard into four insights, each backed by at least two of our sources. For "
          "each one we wrote the point of view of the former regular and a question that opens ideas without "
          "deciding the answer in advance."),
        T([["Insight", "Evidence"],
           ["Swimming is a habit, and habits break at a change of timetable", "6 of 10 former regulars, the survey"],
           ["The time around the swim weighs more than the swim", "queues, lockers, 8-minute changing rooms"],
           ["A single bad visit ends a habit", "4 of 10 former regulars"],
           ["Adults trust a place that opens when announced", "wrong times on the website, closures without notice"]]),
        T([["Point of view", "How might we..."],
           ["A working adult needs a pool open at the edges of the day", "... make the pool fit a working day?"],
           ["A former regular needs to get in and out fast", "... cut the time before and after the swim by half?"],
           ["A swimmer needs to be told before a closure", "... make every closure known before anyone travels?"]]),
        H(1, "8. A swim, step by step, today", {"as-is-journey": "ok"}),
        T([["Step", "What happens", "How it feels"],
           ["Decide", "checks the website, times are sometimes wrong", "doubtful"],
           ["Arrive", "queue at the door, ticket office slow", "impatient"],
           ["Change", "looks for a cubicle and a locker that works", "irritated"],
           ["Swim", "crowded lane, mixed speeds", "the good part, but tense"],
           ["Leave", "wet changing room, runs to work late", "rushed, unsure to come back"]]),
        P("The low point is the changing room, not the water: it is the step people describe when they explain "
          "why they stopped."),
        H(1, "9. What to tackle first", {"insight-prioritisation": "ok"}),
        P("We ranked the insights with the pool managers on two axes: how many lost swimmers each would bring back, "
          "and how easily the town can act on it. Opening hours come first: they touch most of the people we met "
          "and depend on staff rotas, not on building work. The lockers come third because they need a tender."),
        T([["Insight", "Impact", "Ease", "Rank"],
           ["Opening hours at the edges of the day", "high", "medium", "1"],
           ["Reliable information on closures", "medium", "high", "2"],
           ["Time around the swim", "high", "low (lockers, cubicles)", "3"],
           ["Habit broken by a bad visit", "medium", "medium", "4"]]),
        H(1, "10. What is at stake for Grand Chalon", {"strategic-stakes": "ok"}),
        P("The question for the town is not which app to build but which adults its pools are for. The renovated "
          "Olympic pool will cost more to run than the old one, and it can only be justified by a wider public "
          "than families and clubs. If nothing changes, the adult passes will probably keep falling, and the "
          "evening session, already the least used, will be the first to be cut, which would push away the last "
          "regulars. We see three choices for the department. It can move part of the club hours so that adults "
          "get a real early morning and late evening. It can fix the basics of information and access, which cost "
          "little and restore trust. And it can keep part of the app budget for a simple tool showing live "
          "attendance and closures, rather than a booking system that adults told us they would not use. These "
          "choices involve the clubs and the staff unions, so they call for a decision by the elected council, "
          "not only by the sports department."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("Material from the fieldwork, kept for the jury and the client."),
        H(2, "A. What they said", {"verbatims": "ok"}),
        T([["Who", "Quote"],
           ["former regular, 38", "I'd book, and then a meeting would run late and I'd lose my slot."],
           ["lifeguard", "At seven in the evening we turn away more adults than we let in."],
           ["current swimmer, 52", "The pool is on my way. The day it isn't, I stop."]]),
        H(2, "B. Sources", {"bibliography": "empty"}),
    ],
    missing=["interview-guide"],
)
