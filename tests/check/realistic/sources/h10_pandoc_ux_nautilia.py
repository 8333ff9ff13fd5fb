from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="pandoc",
    language="en",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: Nautilia, the network of six public swimming pools of Nantes Métropole, loses bookers between the slot
    calendar and payment on its website. Numbered headings ("1." to "10.", sub-headings "2.1" to "9.2");
    metric tables (sources, cleaning counts, funnel figures, patterns, targets); what users do and how the sources
    were crossed are written as one section under one heading (merged); the live dashboard heading has nothing under
    it (empty); the limits and privacy part is one short paragraph (thin); no appendices (missing).""",
    title="Nautilia pools – Why do swimmers give up before paying?",
    cover=["Data project – user behaviour and UX analysis", "Maxime Tessier and Aurore Lebreton, November 2026"],
    blocks=[
        H(1, "1. The question Nautilia asked us", {"business-question": "ok"}),
        P("Nautilia runs the six public swimming pools of Nantes Métropole. Since January 2026 every public swim slot "
          "and every course (toddler swim, adult beginners, aquabike) must be booked on the website, because the "
          "pools limit the number of swimmers per hour. The website receives about 41,000 visits a month, yet the "
          "sports department sees two things that do not fit: pools are often below 60 % of their capacity on "
          "weekday evenings, while the call centre receives 1,900 calls a month from people who say they could not "
          "book. The booking funnel shows that 38 % of the visitors who open the slot calendar never reach the "
          "payment page."),
        P("The question we were given is therefore practical: where and why do people drop out of the booking "
          "journey, which groups of users are most affected, and what should change on the website so that more "
          "slots are used? The department wants an answer before the new website contract is signed in March 2027, "
          "so that our findings can be written into the specification. Success would be a rise of the evening fill "
          "rate to 75 % and half as many calls to the call centre within a year."),
        H(1, "2. Where our data come from", {"data-sources": "ok"}),
        T([["Source", "Owner", "Content", "Period", "Volume"],
           ["Website analytics (Matomo)", "Nautilia", "page views, funnel steps, device, exit page", "Jan-Oct 2026", "412,000 sessions"],
           ["Booking system export", "Nautilia", "bookings, cancellations, no-shows per slot and pool", "Jan-Oct 2026", "268,000 bookings"],
           ["Call centre log", "Nantes Métropole", "reason of each call, coded by the agent", "Mar-Oct 2026", "15,200 calls"],
           ["Turnstile counts", "Nautilia", "entries per pool per quarter hour", "Jan-Oct 2026", "6 pools"],
           ["Survey on the website", "our team", "12 questions after a failed booking", "Oct 2026", "734 answers"],
           ["Open data (see 2.1)", "public bodies", "weather, school holidays, tram lines, income by district", "2026", "4 files"]]),
        H(2, "2.1 Why we added public data", {"open-data-value": "ok"}),
        P("Nautilia's own data tell us what people did on the site, not what was going on around them. We therefore "
          "added four public files. The daily weather of Météo-France lets us separate a bad slot calendar from a "
          "sunny Saturday when nobody wants an indoor pool. The school holiday calendar from the national education "
          "open data portal explains the peaks of toddler bookings. The tram and bus stops of the Naolib network "
          "tell us how far each pool is from public transport, which matters for evening slots. Finally, the "
          "median income by district from INSEE helps us see whether the drop-outs come more from some parts of the "
          "city than from others. None of this would be visible in the website data alone, and all four files are "
          "free and updated every year, so the same crossing can be repeated next season."),
        H(1, "3. Cleaning before counting", {"data-preparation": "ok"}),
        P("The raw exports were not usable as they came: the analytics counted robots, the booking export mixed public "
          "swimmers with school groups, and the pool names were typed by hand. The table lists what we found and what "
          "we did about it."),
        T([["Problem found", "Rows affected", "What we did"],
           ["Bot and monitoring visits in the analytics", "31,800 sessions", "removed by user agent and by sessions under two seconds"],
           ["Bookings made by staff for schools and clubs", "22,400 bookings", "kept apart, not part of the public funnel"],
           ["Pool names spelled in three ways", "all", "mapped to six pool codes"],
           ["Call reasons left blank by agents", "2,100 calls", "coded as unknown, not guessed"],
           ["Turnstile gaps during two breakdowns", "9 days", "left out of the fill rate"],
           ["Survey answers with no booking attempt", "88 answers", "removed"]]),
        H(1, "4. How we worked", {"methods": "ok"}),
        P("We started with a funnel: for each session, we marked the furthest step reached among five (home page, "
          "pool page, slot calendar, basket, payment) and counted how many sessions stopped at each step, by device, "
          "by pool and by type of activity. We then looked at what happened just before an exit: how many times the "
          "calendar was changed, how many full slots were clicked, how long the page took to load. For the call "
          "centre, we grouped the coded reasons into six families and matched each call to the sessions of the same "
          "day when the caller gave an email address, which was the case for about a third of them."),
        P("The data fit on a laptop: the largest table has fewer than half a million rows. We used Python with "
          "pandas for the cleaning and the joins, a notebook per question so that the sports department can rerun "
          "them, and Metabase for the charts the department will keep. To find groups of users we ran a k-means "
          "clustering on eight behaviour measures per user over the ten months, and chose four groups because five "
          "gave one tiny group of staff accounts. We read the open answers of the survey ourselves rather than with "
          "a text model: 734 answers take two evenings, and we wanted the swimmers' own words for the personas. Every step is written down in a short "
          "README next to the notebooks."),
        H(1, "5. What swimmers really do, source by source and crossed", {"behaviour-analysis": "ok",
                                                                          "data-crossing": "ok"}),
        P("The funnel is the first finding. Of 100 sessions that open a pool page, 71 open the slot calendar, 44 put "
          "a slot in the basket and 27 pay. The biggest loss is between the calendar and the basket, and it is much "
          "larger on phones: 62 % of mobile sessions that reach the calendar leave it without choosing, against 31 % "
          "on computers. Phones carry 68 % of the traffic, so this one step explains most of the problem."),
        P("Watching what happens on the calendar tells us why. A mobile user who leaves clicks on average 4.6 slots "
          "before leaving, and 3.9 of those clicks are on slots that are already full. The calendar shows full and "
          "free slots in the same colour on a small screen; the difference is a thin grey line. People therefore "
          "keep tapping full slots, get an error message in a pop-up, and give up. The survey says the same in "
          "plain words: 41 % of the people who failed mention \"could not see what was free\", far ahead of price "
          "(9 %) or the need to create an account (17 %)."),
        P("The second finding concerns courses. Toddler swim and adult beginner courses open for booking at 8 a.m. "
          "on the first Monday of each term and are full within 35 minutes. Sessions on those mornings are four "
          "times longer than usual, end in the basket step more than elsewhere, and the call centre receives a third "
          "of its monthly calls on that single day. The problem here is not the design of the page but the rule of "
          "a single opening time for the whole city."),
        P("Crossing the sources changed our reading of the evening slots. Alone, the booking data suggested that "
          "people do not want to swim after work. Once we joined the turnstile counts, the weather and the tram "
          "stops, the picture was different: evening fill rates are high (81 %) at the two pools less than five "
          "minutes from a tram stop and low (49 %) at the three pools that need a bus, whatever the weather. Joining "
          "the call log with the same-day sessions showed that 58 % of callers had tried to book on a phone just "
          "before calling, which confirms the calendar problem from another side. Finally, the income data show "
          "that drop-outs at the payment step are twice as frequent in the two districts with the lowest median "
          "income, where the card payment is the only option offered; the previous system also took cash at the "
          "counter. These three crossings would have been impossible with the booking export on its own, and each "
          "of them points to a different fix."),
        H(2, "5.1 In charts", {"key-findings-chart": "ok"}),
        Img(["Pool page 100", "Calendar 71", "Basket 44", "Payment 27"],
            "Figure 1 – The booking funnel, all devices, January to October 2026."),
        Img(["Mobile: 62 % leave", "Desktop: 31 % leave"],
            "Figure 2 – Share of calendar visitors who leave without choosing a slot, by device."),
        H(1, "6. Behaviours today and the ones we expect", {"patterns": "ok"}),
        P("From the clustering and the survey we describe four ways of using the site today, and what we expect "
          "each to become once the calendar and the course opening are changed."),
        T([["Group", "Share of users", "Today", "Expected after the changes"],
           ["Regular lane swimmers", "34 %", "book the same slot each week, on a computer, rarely fail", "book a series of ten slots in one go"],
           ["Evening phone bookers", "29 %", "try on the tram home, tap full slots, give up or call", "see free slots at a glance and book in under a minute"],
           ["Parents of toddlers", "22 %", "race on term-opening mornings, many fail and call", "join a draw over a week instead of a race at 8 a.m."],
           ["Occasional family visitors", "15 %", "come at weekends when it rains, stop at payment", "pay at the counter or with a city leisure pass"]]),
        H(1, "7. Who they are", {"personas": "ok"}),
        T([["", "Inès, 34", "Didier, 58"],
           ["Situation", "nurse on rotating shifts, lives in Rezé, no car", "retired, swims four times a week in Saint-Herblain"],
           ["How she / he books", "on her phone, on the tram after work", "on the family computer, the evening before"],
           ["What goes wrong", "full slots look free, three errors then she quits", "none, but he would like to book a month at once"],
           ["In her / his words", "\"I spent my whole tram ride and still had no slot.\"", "\"I know my slot, let me book it once.\""],
           ["Data behind", "evening phone bookers group, 29 % of users", "regular lane swimmers group, 34 % of users"]]),
        H(1, "8. Who to focus on first", {"targets": "ok"}),
        P("We recommend focusing on two groups first, because they bring the most lost bookings back for the least "
          "work, and then on the payment problem. The regular lane swimmers are not a target: they already book "
          "without trouble, and the only thing they ask for, booking a series, can wait for the new contract."),
        T([["Priority", "Group", "Why", "Measure of success", "Target by end 2027"],
           ["1", "Evening phone bookers", "largest loss in the funnel, fixed by one calendar redesign", "mobile calendar drop-out", "from 62 % to 35 %"],
           ["2", "Parents of toddlers", "one third of all calls, fixed by a rule not a screen", "calls on term-opening days", "from 640 to 150"],
           ["3", "Occasional families in low-income districts", "payment drop-out twice as high", "payment step drop-out there", "equal to the city average"]]),
        H(1, "9. Showing it", {"visual-modelling": "ok"}),
        P("We chose pictures the sports department can read without us. A funnel is the natural form for a journey "
          "with five steps, and we draw it separately for phones and computers because the gap between the two is "
          "the core of our message. For the pools, we placed the fill rates on a map of the city with the tram "
          "lines drawn on it, since distance to the tram turned out to matter more than the weather. We avoided "
          "tables of percentages in the presentation to the elected officials and kept them in the notebooks. "
          "Colours follow one rule everywhere, in every chart and on the map: orange for phones, blue for computers."),
        H(2, "9.1 The journey, drawn", {"behaviour-dataviz": "ok"}),
        Img(["Home", "Pool page", "Calendar (62 % lost on mobile)", "Basket", "Payment"],
            "Figure 3 – The booking journey with the losses at each step, phones in orange, computers in blue."),
        H(2, "9.2 The live board", {"dashboard": "empty"}),
        H(1, "10. What we could not do", {"limits-gdpr": "thin"}),
        P("Only a third of the calls could be linked to a session, so that crossing is indicative. We worked on "
          "pseudonymised exports and deleted the emails after the join; the survey was anonymous."),
    ],
    missing=["appendices"],
)
