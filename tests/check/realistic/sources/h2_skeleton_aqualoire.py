from _common import *

DOC = dict(
    deliverable="research-brief",
    path="skeleton",
    language="en",
    notes="""Held-out round 2 (h2_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English, why families stop going to a city's public swimming pools. Guidance deleted except under
    the method (forgotten). Headings retyped as a student would: the research questions "What we wanted to find
    out" and the observation "Saturday mornings at Jean-Bouin" (runs replaced, bookmark lost), the persona "Meet
    Sandrine" (bookmark kept); the brief-to-challenge table and the verbatims deleted; the desk research is a few
    lines (thin); the point-of-view table left as generated (empty); the journey map still our prompt with its
    table untouched (placeholder).""",
    cover={"project": "Family swims", "client": "Angers Loire Métropole – aquatic centres",
           "candidate": "Élodie Marchand", "team": "Élodie Marchand, Karim Benali, Chloé Vidal"},
    keep_guidance=["method-sample"],
    sections={
        "client-brief": dict(status="ok", text=[
            "Angers Loire Métropole runs five public swimming pools, from the big Jean-Bouin aquatic centre to the "
            "small Belle-Beille pool. Attendance has recovered since the closures of 2020 and 2021, with 812,000 "
            "entries last year, but one group has not come back: families with children under ten. Their entries "
            "are down 27 % on 2019, while adults coming alone for lengths are up. The sports department asked us to "
            "'find out what families want so that we can offer new activities on Sundays', and had already thought "
            "about inflatable structures and a baby swimming club.",
            "After a first meeting with the head of the aquatic centres and two pool managers, we agreed to take a "
            "step back. New activities assume that families stopped coming because they were bored. Nothing in "
            "the figures says so. Families might have found other weekend habits, might find the pools harder to "
            "use than before, or might feel out of place among the lane swimmers who now fill the big pools. Our "
            "challenge is therefore broader: understand what a family swimming trip looks like today, from the "
            "decision at home to the drive back, and what makes parents give up on it. The department accepted "
            "this reframing and gave us access to the entry data by hour and ticket type, to two pools during "
            "opening hours and to its customer complaints since 2022."]),
        "research-questions": dict(status="ok", retitle="What we wanted to find out", text=[
            "We kept four questions. First, how and when does a family decide to go to the pool, and who decides? "
            "We think the decision is made late, on the morning itself, which would make opening hours and "
            "crowding decisive. Second, what happens between the car park and the water, and where does it go "
            "wrong? We suspect the changing rooms. Third, how do parents feel among the other swimmers? Fourth, "
            "what do families do instead on a Sunday morning, and what does it offer that the pool does not?"]),
        "method-sample": dict(status="ok", text=[
            "We combined three approaches so that each one checks the others. Observation shows what families "
            "actually do at the pool, including what they would not think of telling us. Interviews explain why, "
            "and reach the families who no longer come, whom observation cannot see. Desk research and the "
            "department's data tell us how far what we saw in two pools holds for the whole network. We met 14 "
            "families in depth, recruited through three primary schools' parent associations and a post on the "
            "city's Facebook page, choosing half who still swim at least once a month and half who stopped. We "
            "also spoke briefly with 31 parents at the pool exits and with six staff members: cashiers, lifeguards "
            "and one cleaner. Each in-depth interview was led by one of us while another took notes, and every "
            "quote was checked against the recording before we used it."]),
        "research-activities": dict(status="ok", tables=[[
            ["Observation", "see the trip from car park to pool", "families on site, about 60", "Jean-Bouin, 4 Saturdays in October", "none, public space", "notes, timings, sketches"],
            ["Short exit interviews", "first reactions", "31 parents", "Jean-Bouin and Belle-Beille", "asked at the exit", "answer grid"],
            ["In-depth interviews", "understand decisions and feelings", "14 families (F1-F14)", "at home, 45-70 min", "schools, Facebook", "recordings, transcripts"],
            ["Staff interviews", "the pool seen from behind the desk", "6 staff", "break room", "pool managers", "notes"],
            ["Data and complaints", "measure the trend", "2019-2026 entries, 212 complaints", "department files", "–", "charts"]]]),
        "findings": dict(status="ok", text=[
            "Across all sources, three things stand out. The family trip is decided late and abandoned easily: most "
            "families choose on the day, and a single bad experience, often a crowded Saturday, is enough to stop "
            "for months. The hardest moments are not in the water but around it: queues at the cash desk, changing "
            "rooms not designed for a parent with two small children, and the shower rules. And parents feel they "
            "are in the way of the lane swimmers, who have taken over most of the water since the pools reopened."]),
        "observation": dict(status="ok", retitle="Saturday mornings at Jean-Bouin", text=[
            "We spent four Saturday mornings at Jean-Bouin between 9:00 and 12:30, sitting in the hall, then in "
            "the stands above the pools. At opening, the queue at the cash desk reached 25 people; families, who "
            "buy single tickets, queued while lane swimmers with cards went through the turnstile. We timed 19 "
            "families from the entrance to the water: 23 minutes on average, and 38 minutes for a father with "
            "three children under six, who had to undress them one by one on a bench meant for one person. The "
            "family changing cubicles, four of them, had a queue every Saturday from 10:00.",
            "In the water, the large pool had six lanes roped off for lengths and only a corner left for free "
            "swimming, where children, parents and teenagers mixed. Lifeguards blew their whistles mostly at "
            "children crossing into the lanes. Families left early: of the 19 we followed, 11 stayed in the water "
            "less than 50 minutes after 23 minutes to get there."]),
        "interviews": dict(status="ok", text=[
            "Four themes came back in the fourteen family interviews. The first is the effort of the trip. Eleven "
            "families described the pool as 'an expedition': bags, towels, snacks, a swim nappy, and then the "
            "changing room. 'By the time they are all dressed again, I have done a sport,' said a mother of three "
            "(F4). The second is the feeling of being unwelcome. Nine parents mentioned the lane swimmers, often "
            "with irritation: 'We are squeezed into a corner like we are a nuisance' (F9). The third is the price "
            "for a family: two adults and two children pay 14.40 euros, which six families compared unfavourably "
            "with a free walk or a 10-euro cinema morning.",
            "The fourth theme surprised us. Families who stopped coming did not say the activities were boring. "
            "Only two mentioned inflatables, and both said they would come once, not every month. What they "
            "wanted was simpler: a quiet slot for families, a warm shallow pool, and not having to wait. The "
            "families who still come regularly all had a trick: arriving at 12:15 when the lane swimmers leave, "
            "or going to the small Belle-Beille pool on Sunday afternoon."]),
        "desk-research": dict(status="thin", text=[
            "The national swimming federation's 2024 survey confirms that families swim less since 2020. Two other "
            "cities, Rennes and Tours, created family-only hours and saw entries grow within a year."]),
        "empathy-map": dict(status="ok", tables=[[
            ["Says: 'We'll see on Saturday morning if the kids are in the mood.'",
             "Thinks: other swimmers find us annoying; the pool is not really for families any more."],
            ["Does: packs for an hour, queues, changes three children on a narrow bench, leaves early.",
             "Feels: rushed and tired before even getting wet; guilty when the children are told off."],
            ["Pains: queues, crowded changing rooms, lanes everywhere, the family ticket price.",
             "Gains: children who love the water, a shared moment, kids who sleep well in the afternoon."]]]),
        "persona": dict(status="ok", retitle="Meet Sandrine", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "Sandrine, 36, nurse, lives in Avrillé with Jules (7) and Lou (4)."],
            [None, "Went to Jean-Bouin twice a month before 2020, three times this year."],
            [None, "Wants her children to swim well and to share a weekend moment without spending much."],
            [None, "Queues, changing two children alone, being told off by lifeguards because of Lou."],
            [None, "Decides on Saturday morning depending on the weather and her shifts."],
            [None, "Checks the pool's opening hours on Google, never on the city website."],
            [None, "'I'd go every week if it didn't take the whole morning.'"]]]),
        "user-insights": dict(status="ok", text=[
            "We wrote every observation and quote on a sticky note, about 220 of them, and grouped them on a wall "
            "with the whole team over two afternoons. We then named each group with a sentence that explains "
            "behaviour rather than describing it, and kept the four that were supported by at least two methods."],
            tables=[[
                ["I1", "Parents want the pool to be spontaneous, but the trip takes planning", "23-minute average to the water; F4, F7", "observation, interviews", "11 of 14", "the department wants more Sunday visits"],
                ["I2", "Families feel like guests in pools organised for lane swimmers", "six lanes out of eight; F9", "observation, interviews", "9 of 14", "reframed challenge"],
                ["I3", "A family ticket is judged against free weekend outings", "14.40 € for four", "interviews, data", "6 of 14", "pricing"],
                ["I4", "Regulars have found their own quiet slot", "12:15 arrivals", "observation", "5 of 7 regulars", "opening hours"]]]),
        "pov-hmw": dict(status="empty"),
        "as-is-journey": dict(status="placeholder"),
        "insight-prioritisation": dict(status="ok", text=[
            "We scored each insight with the two pool managers on its impact for families and the department and on "
            "the effort it would take. I2 comes first: giving families their own slot costs little, since it means "
            "moving lanes, and answers the strongest feeling we heard. I1 follows, because the changing rooms are "
            "costly to rebuild but cheap to reorganise on Saturday mornings. Pricing waits, as the council votes "
            "prices once a year."],
            tables=[[
                ["I2 – guests in the pool", "5", "2", "10", "Must", "cheap and strongest feeling"],
                ["I1 – trip takes planning", "4", "3", "8", "Must", "reorganise family cubicles first"],
                ["I4 – quiet slot", "3", "1", "6", "Should", "publish the quiet hours"],
                ["I3 – ticket price", "3", "4", "3", "Could", "council vote in June"]]]),
        "strategic-stakes": dict(status="ok", text=[
            "For the department, the stake is more than a Sunday programme. Its pools were built as family "
            "leisure places and have quietly become training centres for adults, because lane swimmers come back "
            "week after week and complain loudly when lanes are removed. If nothing changes, a generation of "
            "children will learn to swim only at school, and the council's goal that every pupil can swim when "
            "entering secondary school will be harder to reach. The risk is also political: the pools cost the "
            "metropolitan area 9 million euros a year, and families are the voters who ask where that money goes.",
            "We see two challenges for the department. The first is sharing the water and the timetable between "
            "families and lane swimmers without losing the latter. The second is making the trip itself lighter, "
            "from the ticket to the changing room. Our design challenge for the next phase is: how might the "
            "Angers pools make a Saturday swim as easy to decide as a walk in the park? The head of the aquatic "
            "centres approved this brief on 24 November."]),
        "appendices": dict(status="ok", text=[
            "The interview guide used with the fourteen families and the sources we read are below."]),
        "interview-guide": dict(status="ok", skip_cols=1, tables=[[
            [None, "Explain the project, ask to record", "", "3 min"],
            [None, "Who is in the family, what do you do at weekends?", "", "5 min"],
            [None, "How often did you go to the pool before 2020, and now?", "", "10 min"],
            [None, "Tell me about the last time you went, from home to home", "", "15 min"],
            [None, "What was hard? What did you do about it?", "", "10 min"],
            [None, "What would make you come every month?", "", "7 min"],
            [None, "Thank, give the voucher, ask for a friend to interview", "", "3 min"]]]),
        "verbatims": dict(status="missing"),
        "brief-reframing": dict(status="missing"),
        "bibliography": dict(status="ok", text=[
            "Fédération française de natation, Les pratiques aquatiques des Français, 2024. Ville de Rennes, bilan "
            "des créneaux familles, conseil municipal du 12 février 2025. Angers Loire Métropole, fréquentation des "
            "équipements aquatiques 2019-2026, internal data."]),
    },
)
