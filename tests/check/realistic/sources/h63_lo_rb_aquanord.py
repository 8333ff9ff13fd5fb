from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 63 (h63_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer, English: a team of three students researches why people over 60
    rarely use the municipal pools of a metropolitan area in northern France. The authors' own numbered headings;
    several sub-headings are bold Normal paragraphs; one heading covers both the empathy map and the persona
    (merged); the current journey has a heading and nothing under it (empty); appendices with a guide, quotes and
    sources.""",
    title="Why don't they swim? Research brief for AquaNord",
    cover=["Customer eXperience project – Web School Factory",
           "Team: Hugo Lefebvre, Amira Haddad, Pauline Delcourt", "Client: AquaNord, 9 municipal pools around Lille",
           "December 2026"],
    blocks=[
        H(1, "1. What AquaNord asked us, and what we think the real question is", {"client-brief": "ok"}),
        P("AquaNord runs nine municipal swimming pools for the metropolitan area of Lille. Attendance has "
          "recovered since the pandemic among children and students, but residents over 60 make up only 6% of "
          "entries while they are 24% of the population of the area. The metropolitan council has set a target for "
          "its healthy-ageing plan: double the number of seniors who swim at least once a month by 2029. AquaNord's "
          "director, Nathalie Vasseur, asked us to find out how to make the pools more attractive to this group, and "
          "her first idea was a marketing campaign with discounted ten-entry cards."),
        P("After two meetings with her team and a first week of observation, we believe the price is not the main "
          "obstacle: the ten-entry card already costs 28 euros for pensioners, less than a cinema outing per visit. "
          "The older people we met talk instead about the changing rooms, the fear of being judged in a swimsuit, "
          "the noise of school groups and the lanes full of fast swimmers. The brief we propose is therefore wider "
          "than a campaign. It asks what a first visit, and then a regular habit, look like for someone who has not "
          "been in a pool for twenty years, and what AquaNord can change in the building, the timetable and the "
          "welcome so that this person comes back. We kept the client's target, but we moved the question from how "
          "to sell entries to how to make the first hour in the building feel safe and easy."),
        B("From their words to ours", {"brief-reframing": "ok"}),
        T([["AquaNord's initial request", "What we heard in the field", "Our reframed challenge"],
           ["Attract more seniors with a cheaper card", "price rarely mentioned; changing rooms and crowds are",
            "make the first visit feel safe and easy"],
           ["Run a campaign in local newspapers", "most learn about activities through friends and doctors",
            "use doctors, clubs and friends as the way in"],
           ["Add one senior-only session a week", "people want quiet times, not a label on their age",
            "offer calm slots open to everyone"]]),
        H(1, "2. Questions we set out to answer", {"research-questions": "ok"}),
        P("We agreed on five questions with Nathalie Vasseur at the second meeting, and we used them to build the "
          "interview guide and the observation grid."),
        L(["What stops people over 60 who swam when they were younger from going back to the pool?",
           "What happens, step by step, during a first visit, and where do people feel uneasy?",
           "Which people or places (doctor, club, grandchildren) trigger the decision to go?",
           "What makes those who already swim regularly keep coming, and what would make them stop?",
           "What could AquaNord change within its budget and its buildings to turn one visit into a habit?"]),
        H(1, "3. How we went about it", {"method-sample": "ok"}),
        P("We combined three kinds of research over six weeks in October and November. First, we observed what "
          "happens in three pools chosen to be different: a large modern centre in Lille, an old pool from the "
          "1970s in Roubaix and a small pool in a suburb, Villeneuve-d'Ascq. Second, we held semi-structured "
          "interviews with people over 60, half of whom never swim and half of whom swim at least twice a month, "
          "and with staff at the reception and lifeguards. Third, we read public studies on physical activity after "
          "retirement and the attendance figures AquaNord shared with us. We recruited interviewees through two "
          "senior clubs, a pharmacy and the pools themselves, and we paid attention to include men, people living "
          "alone and people with a disability. Each interview was recorded with consent, transcribed within two days "
          "and coded by two of us separately."),
        B("Who we met and where", {"research-activities": "ok"}),
        T([["Activity", "Where", "Who", "How many", "When"],
           ["Observation at the pool", "Lille, Roubaix, Villeneuve-d'Ascq", "users and staff", "9 half-days", "October"],
           ["Interviews with non-swimmers", "senior clubs, pharmacy, homes", "people aged 61 to 79", "11", "October-November"],
           ["Interviews with regular swimmers", "pool cafés", "people aged 60 to 74", "10", "November"],
           ["Staff interviews", "three pools", "reception, lifeguards, a manager", "6", "November"],
           ["Desk research", "online, library", "studies and AquaNord data", "14 sources", "throughout"]]),
        H(1, "4. What we learned", {"findings": "ok"}),
        P("Three findings came back in every method. The decision to go is rarely about swimming itself: it follows "
          "a doctor's advice, a friend's invitation or a grandchild's lesson. The hardest moment is not in the water "
          "but before it, between the turnstile and the pool edge. And those who swim regularly have all found a "
          "quiet slot and a small group of familiar faces. The next three parts give the detail of what we saw, "
          "heard and read, and the persona and insights that follow are built on them rather than on our own "
          "assumptions about older people."),
        B("4.1 Poolside: two weeks watching", {"observation": "ok"}),
        P("We spent nine half-days in the three pools, at opening, at lunchtime and on Saturday mornings, sitting in "
          "the public gallery or the café with a simple grid. The most visible difficulty is physical: in Roubaix the "
          "changing cubicles are narrow, the benches are low and the floor is wet and slippery, and we saw two older "
          "women hold on to the wall all the way to the showers. In Lille, the turnstiles need a card held at an exact "
          "angle, and we counted six people over 60 who needed staff help on one morning. Lanes are rarely signed "
          "by speed, so slow swimmers stay along the edge or leave after ten minutes. On the other hand, the early "
          "morning in Villeneuve-d'Ascq was calm, with a regular group of eight retired swimmers who chatted at the "
          "café afterwards: the only place where we saw seniors clearly at ease."),
        B("4.2 Twenty-one conversations", {"interviews": "ok"}),
        P("Interviews lasted 30 to 50 minutes and followed the guide in the appendix. Among the eleven people who do "
          "not swim, nine said they would like to, and seven had swum regularly before the age of 50. Their reasons "
          "for stopping are mostly about the body and the eyes of others: \"I don't want to be seen in a swimsuit "
          "next to teenagers\", said Jacqueline, 68. Several fear slipping or not being able to get out of the water "
          "without a ladder. Nobody mentioned the price spontaneously; when asked, most did not know the senior "
          "rate existed. Among the ten regular swimmers, the habit started with a push from someone: a "
          "physiotherapist after a knee operation, a neighbour who drove them, a water-gym class. What keeps them "
          "is the group and the fixed time. The staff confirmed these points, and the lifeguards added that school "
          "groups and fast lane swimmers leave little room for slower people in the late morning. Two receptionists "
          "said they would like short training on welcoming people with reduced mobility."),
        B("4.3 Reading up", {"desk-research": "ok"}),
        P("We read fourteen sources: national surveys on sport practice after 60, a report from a public health "
          "agency on falls at home, two studies on aquatic exercise and joint pain, and the attendance figures of "
          "AquaNord by pool and by hour for 2025. The surveys confirm that people over 60 prefer activities with a "
          "social side and a regular time, and that a recommendation by a health professional is among the strongest "
          "triggers. The medical studies show that water exercise reduces pain for people with arthritis, which "
          "gives doctors a good reason to prescribe it. The AquaNord data show that attendance between 7 and 9 am "
          "is low in six pools out of nine, which means the quiet slots that seniors want already exist but are "
          "not known or not promoted. None of the sources looked at the changing room, which our fieldwork puts "
          "first."),
        H(1, "5. Meet Odile", {"empathy-map": "ok", "persona": "ok"}),
        P("Odile Carpentier, 67, is a retired school secretary who lives alone in a flat in Roubaix, ten minutes by "
          "bus from the pool. She swam every week until her fifties, then stopped when her husband fell ill. Her "
          "doctor told her to move more because of knee pain, and her daughter keeps suggesting the pool. She "
          "has a smartphone but prefers to ask at a counter. Her goal is to feel better in her body and to see "
          "people; her main fear is to feel clumsy and watched."),
        T([["Says", "Thinks", "Does", "Feels"],
           ["\"The pool is for young people now.\"", "I'm too old to start again; what if I slip?",
            "walks to the market, goes to a club on Thursdays", "lonely since her husband died, proud of her independence"],
           ["\"My doctor says water would help my knees.\"", "maybe if someone came with me",
            "looked up the timetable once, then gave up", "worried about being seen, curious about the water-gym class"]]),
        H(1, "6. Insights", {"user-insights": "ok"}),
        T([["Insight", "Evidence", "What it means for AquaNord"],
           ["Seniors don't come alone the first time", "ten regular swimmers out of ten were brought by someone",
            "design the first visit for pairs and groups"],
           ["The changing room is the real barrier", "observation in Roubaix, seven interviews",
            "adapt cubicles, benches and floors first"],
           ["Quiet slots exist but nobody knows them", "attendance data, interviews",
            "make early mornings visible and labelled for calm swimming"],
           ["Doctors are trusted messengers", "surveys, four interviews", "work with GPs and physiotherapists"]]),
        P("We kept four insights out of eleven draft statements: each is backed by at least two methods and "
          "points to something AquaNord can act on. The others are in our working notes."),
        H(2, "Reframing as questions", {"pov-hmw": "ok"}),
        T([["Point of view", "How might we…"],
           ["Odile needs a first visit with someone she knows, because alone she fears slipping and being watched",
            "…turn the first visit into a shared outing rather than a solo test?"],
           ["Regular senior swimmers need a fixed time and familiar faces, because the group keeps them coming",
            "…help small groups form around calm morning slots?"]]),
        H(1, "7. A morning at the pool today", {"as-is-journey": "empty"}),
        H(1, "8. Where to start", {"insight-prioritisation": "ok"}),
        T([["Insight", "Impact on visits", "Effort for AquaNord", "Priority"],
           ["Quiet slots not known", "high: the slots already exist", "low: signs, leaflets, website", "1 – start now"],
           ["Coming with someone", "high: every regular started this way", "low to medium: duo entry, club partnerships", "2"],
           ["Doctors as messengers", "medium to high", "medium: meetings with GPs and physiotherapists", "3"],
           ["Changing room barrier", "high", "high: works in older buildings, to plan over three years", "4 – plan now, build later"]]),
        P("We ranked the insights by crossing their likely effect on returning visits with the cost and time AquaNord "
          "would need. The first two can be tested from January in two pools with almost no budget, which lets the "
          "team show results to the council before the larger works are voted."),
        H(1, "9. What is at stake for AquaNord", {"strategic-stakes": "ok"}),
        P("For AquaNord, the question is larger than filling pools in the morning. The metropolitan council funds "
          "the pools partly as a public health service, and its healthy-ageing plan will judge AquaNord on whether "
          "older residents actually use them. If the pools remain places where people over 60 feel out of place, "
          "AquaNord risks losing part of its funding to other programmes, such as walking groups or gyms on "
          "prescription. On the other hand, a clear offer for older swimmers would use capacity that is already paid "
          "for and empty between 7 and 9 am, and would build links with doctors and clubs that could serve other "
          "groups later. The strategic challenge is therefore to change what AquaNord sees itself as: from a "
          "sports facility that sells entries to a local health partner that guides people through their first "
          "steps. This means decisions beyond marketing: investment in three changing rooms, staff training, new "
          "partnerships, and indicators based on returning visitors rather than entries. The board will have to accept slower results in the first year, while habits form."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("The full notes of observation and the recordings are kept by the team and available on request."),
        H(2, "Interview guide", {"interview-guide": "ok"}),
        T([["Theme", "Main question", "Follow-up"],
           ["Past", "Tell me about the last time you swam.", "Why did you stop?"],
           ["Today", "What does a normal week look like for you?", "Who do you see?"],
           ["The pool", "If you went tomorrow, how would it go?", "What worries you most?"],
           ["Change", "What would make you go?", "With whom?"]]),
        B("Selected quotes", {"verbatims": "ok"}),
        T([["Who", "Quote"],
           ["Jacqueline, 68, non-swimmer", "\"I don't want to be seen in a swimsuit next to teenagers.\""],
           ["Bernard, 72, swims twice a week", "\"It's the coffee afterwards that makes me get up at seven.\""],
           ["Lifeguard, Roubaix", "\"They hold the wall all the way, and nobody helps them.\""]]),
        H(2, "Sources", {"bibliography": "ok"}),
        L(["AquaNord, attendance by pool and hour, 2025 (internal data)",
           "National survey on sport and physical activity, 2024 edition",
           "Public health agency, report on falls among people over 65, 2023",
           "Two clinical reviews on aquatic exercise and knee arthritis, 2021 and 2022"]),
    ],
)
