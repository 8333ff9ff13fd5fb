from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch: Aquarennes, the operator of seven public swimming pools around Rennes, sees 41% of the slot bookings
    started in its app abandoned and evening slots overflowing while mornings stay empty. Shortened and question
    headings; the source inventory, the cleaning steps, the patterns and the targets are tables. The behaviour
    analysis is split over two headings ("5. What swimmers do in the app" and "5 bis. ...and where they give up").
    The key-charts heading has nothing under it (empty); the targets are one short paragraph and a two-row table
    (thin); no dashboard anywhere (missing). A team-and-calendar section and an appendix of the authors' own (their
    query log and code notes, which hold the appendices).""",
    title="Why do swimmers give up? Booking behaviour at Aquarennes",
    cover=["Data project – user behaviour and UX analysis",
           "Team: Maëlle Guillou, Tom Lebreton, Yanis Haddad – client: Aquarennes (Rennes Métropole)",
           "December 2026"],
    blocks=[
        H(1, "Team and calendar", {}),
        P("Three of us worked on the project for nine weeks, from 30 September to 29 November 2026, with a weekly "
          "call with Aquarennes' digital manager, Nolwenn Briand. Maëlle handled the app data, Tom the open data "
          "and Yanis the charts."),
        H(1, "1. What does Aquarennes want to know?", {"business-question": "ok"}),
        P("Aquarennes runs seven public pools for Rennes Métropole and has sold swimming slots only through its app "
          "since the reopening after the 2024 works: a swimmer chooses a pool, a day and a 90-minute slot, pays or "
          "uses a subscription, and shows a QR code at the turnstile. The app works, but two things worry the "
          "client. First, 41% of the bookings started in the app are never finished: people open the slot list, "
          "sometimes pick a slot, and leave. Second, the weekday slots between 18:00 and 21:00 are full two days "
          "ahead, while the morning and early afternoon slots of the same pools are a third full."),
        P("Our question, agreed with Nolwenn Briand on 3 October, is therefore: where and why do swimmers abandon a "
          "booking, and which swimmers could be moved towards the empty slots without losing them? The answer must "
          "help the client decide two things before the summer season: what to change in the booking screens, and "
          "whether a price or an offer for off-peak slots is worth testing. We were not asked to judge the opening "
          "hours themselves, which are set by the metropolitan council."),
        H(1, "2. Sources", {"data-sources": "ok"}),
        T([["Source", "Owner", "What it holds", "Period", "Volume"],
           ["App analytics (Matomo)", "Aquarennes", "screen views, clicks and exits per anonymous session", "Jan – Oct 2026", "1.9 million sessions"],
           ["Booking database", "Aquarennes", "slots booked, cancelled and used, subscription type", "Jan – Oct 2026", "612,000 bookings"],
           ["Turnstile counts", "Aquarennes", "entries per pool per quarter hour", "Jan – Oct 2026", "7 pools"],
           ["Weather observations", "Météo-France (open data)", "daily temperature and rain at Rennes-Saint-Jacques", "2026", "304 days"],
           ["School holiday calendar", "Ministry of Education (open data)", "holiday dates for zone B", "2026", "5 periods"],
           ["Bus and metro timetable", "STAR network (GTFS open data)", "stops and frequencies near each pool", "autumn 2026", "7 pools"],
           ["Population by district", "INSEE (open data)", "age bands per IRIS district", "2021 census", "212 districts"]]),
        P("The three internal sources come as exports given to us on 7 October; the open data were downloaded by us."),
        H(2, "2.1 Why open data?", {"open-data-value": "ok"}),
        P("The client's own data say what happened, not why. The four open sources give context that Aquarennes did "
          "not have. The weather tells whether the evening rush is a summer effect or a habit: if warm days explain "
          "the crowds, no offer will move them. The school holiday calendar separates the weeks when parents and "
          "children can swim in the morning from the weeks when they cannot. The bus and metro timetable shows "
          "which pools are hard to reach outside commuting hours, which matters if we want people to come at 10:00. "
          "The census bands tell us where retired people and students live, the two groups most likely to be free "
          "during the day. Crossed with the home postcode that subscribers give, they let us estimate how many "
          "possible off-peak swimmers live within fifteen minutes of each pool."),
        H(1, "3. Cleaning", {"data-preparation": "ok"}),
        T([["Step", "Problem found", "What we did", "Rows affected"],
           ["Duplicate sessions", "Matomo counts a session twice when the app goes to background", "merged sessions less than 30 s apart", "6.2%"],
           ["Test bookings", "staff bookings on a test account", "removed the 3 test accounts", "1,840"],
           ["Closed pools", "Bréquigny closed in March for repairs", "excluded the 19 closure days", "19 days"],
           ["Postcodes", "free text, with typos", "matched to the official list, others set to unknown", "4.1% unknown"],
           ["Time zones", "turnstile clock one hour off after the October change", "shifted by one hour", "3 days"]]),
        P("After cleaning we kept 1.78 million sessions and 598,000 bookings, linked by an anonymous booking id. Every step is logged, so the client can rerun it on the November data."),
        H(1, "4. Methods", {"methods": "ok"}),
        P("We worked in Python with pandas for the cleaning and joins, and in DuckDB for the heavy queries on the "
          "session table, which did not fit comfortably in the memory of our laptops. The booking funnel was rebuilt "
          "from the screen names in Matomo: pool list, slot list, slot chosen, payment, confirmation. For each step "
          "we computed the share of sessions that reach the next one, by device, by pool, by hour of the day and by "
          "type of swimmer (subscriber, ticket, first visit)."),
        P("To find groups of swimmers we used a k-means clustering on eight features per subscriber: visits per "
          "month, share of evening visits, share of weekend visits, favourite pool, distance from home, age band, "
          "subscription type and cancellation rate. We tried three to eight groups and kept five, the number where "
          "the groups stayed stable across two random starts and still made sense to the pool managers we showed "
          "them to. For the link between weather and attendance we used a simple regression of daily entries on "
          "temperature, rain and holidays, pool by pool, to separate the three effects."),
        P("Finally we read 380 comments left in the app store and in the satisfaction survey of June, and coded "
          "them by theme by hand, two of us reading each comment, to check that the numbers matched what swimmers "
          "actually say. Everything runs again from the raw exports with one script, kept in the appendix."),
        H(1, "5. What swimmers do in the app", {"behaviour-analysis": "ok"}),
        P("Most swimmers are regulars. Subscribers make 71% of bookings, come on average 5.3 times a month, and book "
          "the same pool at the same hour in four cases out of five. They open the app, go straight to the slot "
          "list of their pool, and finish a booking in 38 seconds on average. For them the app is a tool they "
          "know by heart, and the problems they meet are about availability, not about the screens."),
        P("Ticket buyers and first-time visitors behave very differently. They look at 3.4 pools before choosing, "
          "go back and forth between the slot list and the pool page, and take more than three minutes when they "
          "finish. Their sessions peak on Saturday mornings and on rainy Wednesdays during the school holidays, "
          "when families plan an outing the same day. The weather matters much more for them than for the "
          "subscribers: a rainy day with more than 5 mm adds 22% of family entries, and almost nothing for the "
          "regulars."),
        P("Evening crowds are a habit, not a season. The regression shows that the evening slots stay above 90% full "
          "whatever the temperature, and that holidays empty them slightly. Those who swim at 19:00 are mostly "
          "people in work, aged 30 to 55, who live or work within ten minutes of the pool."),
        H(1, "5 bis. ...and where they give up", {"behaviour-analysis": "ok"}),
        P("The funnel loses people at two points. The first is the slot list: 27% of sessions stop there, and the "
          "share doubles when every slot of the evening is marked full. Swimmers do not scroll to see the morning "
          "slots, because the list opens on the current hour and the full slots take the whole screen. The second "
          "is the payment screen, where 11% of first-time visitors leave. The comments explain why: the app asks "
          "to create an account before showing the price, and the card form does not accept the regional "
          "student pass."),
        P("Only 3% of sessions stop on the confirmation step, mostly because of an error message when the QR code "
          "is generated on older Android phones. The drop is therefore not about the technical quality of the app "
          "but about what it shows first: full slots and an account wall. Fixing those two screens costs little compared with adding pool hours, and it touches the swimmers the client most wants to win: newcomers and families."),
        H(2, "5.2 Crossing app, turnstiles and the city", {"data-crossing": "ok"}),
        P("Crossing the booking base with the turnstile counts shows that 9% of booked evening places are never used: "
          "people book by habit and do not come, while others are turned away on the app. Crossing subscribers' "
          "postcodes with the census bands shows that 14,000 people over 65 and 21,000 students live within "
          "fifteen minutes of one of the four pools with the emptiest mornings, and that only 4% of them already "
          "hold a subscription. Crossing the pools with the bus timetable explains one exception: the Gayeulles "
          "pool stays empty in the morning although many retired people live nearby, because the only bus line runs "
          "every 30 minutes before noon. Crossing the weather with the session logs finally shows that families "
          "decide on the day, between 9:00 and 11:00, which is when the app should show them free slots first. None of these links could be seen in one source alone, which is why we spent a third of our time on the joins."),
        H(2, "Key charts", {"key-findings-chart": "empty"}),
        H(1, "6. Patterns, old and new", {"patterns": "ok"}),
        T([["Pattern", "Today", "What could change", "Evidence"],
           ["The evening regular", "books the same 19:00 slot every week, sometimes does not come", "release unused places automatically two hours before", "9% of evening places unused"],
           ["The rainy-day family", "decides in the morning, gives up on full slots", "see free afternoon slots first when it rains", "22% more family entries on rainy days"],
           ["The curious first-timer", "compares pools, stops at the account wall", "see the price before creating an account", "11% exit on payment"],
           ["The free-daytime swimmer", "barely present in the data", "off-peak offer for retired people and students", "35,000 possible swimmers nearby"]]),
        P("The first two patterns are about existing swimmers and could change within weeks; the last two need new swimmers and a real offer, so they will take a season to show."),
        H(1, "7. Two personas from the clusters", {"personas": "ok"}),
        Img(["Gérard, 68, retired", "swims twice a week", "Gayeulles, by bus", "wants quiet mornings"],
            "Figure 1 – Gérard, from cluster 4 (daytime swimmers, 6% of subscribers but the most loyal)"),
        P("Our second persona, Inès, a 34-year-old nurse who books the 19:00 slot at Saint-Georges every Monday and "
          "Thursday, comes from cluster 1 (evening regulars, 38% of subscribers)."),
        H(1, "8. Targets", {"targets": "thin"}),
        P("We would aim first at the retired people and students near the four quiet pools."),
        T([["Target", "Size"],
           ["Retired people near the quiet pools", "about 14,000"]]),
        H(1, "9. How we chose to show it", {"visual-modelling": "ok"}),
        P("The client's managers read reports on paper at their monthly meeting, so we chose few, simple charts "
          "rather than an interactive tool. The funnel is the heart of the story, so it is drawn as bars shrinking "
          "step by step, with the two big drops in red. Occupancy by hour and day is shown as a heat map per pool, "
          "because the pool managers already think in weekly grids. The personas are drawn as cards, built from "
          "the clusters, so that the marketing team can use them in briefs. Every chart uses the same two colours, blue for what works and red for where swimmers are lost, and no chart needs a legend to be read."),
        H(2, "9.1 The funnel", {"behaviour-dataviz": "ok"}),
        Img(["Pool list 100%", "Slot list 73%", "Slot chosen 46%", "Payment 41%", "Confirmed 59% of starts"],
            "Figure 2 – Booking funnel, January to October 2026, all pools (1.78 million sessions)"),
        H(1, "10. Limits & GDPR", {"limits-gdpr": "ok"}),
        P("Our data have three limits. Matomo only sees swimmers who accepted the analytics cookie, 64% of sessions; "
          "those who refuse may behave differently. The census figures date from 2021 and the student population "
          "has grown since. The clusters describe subscribers only, because ticket buyers are anonymous in the "
          "booking base."),
        P("On personal data, we never received names, e-mails or exact addresses: the exports used an anonymous id "
          "and the postcode only, under a data-sharing agreement signed with Aquarennes on 4 October. The files were "
          "kept on the school's encrypted drive and will be deleted on 31 December. Any off-peak campaign aimed at "
          "retired people would need their consent to be contacted, which the current subscription form does not "
          "ask for: the client's data protection officer has been told and will add the question to the form in January."),
        H(1, "Appendix A – Query log and code notes", {"appendices": "ok"}),
        P("The whole analysis runs from one script, run_all.py, in the shared folder given to the client. It reads "
          "the raw exports, applies the five cleaning steps in the order of section 3, builds the funnel table, runs "
          "the clustering with a fixed random seed of 42 and writes every chart of this report. The DuckDB queries "
          "are listed in queries.sql with a comment for each. Running it takes about six minutes on a recent "
          "laptop. The comment coding grid and the 380 coded comments are in comments.xlsx."),
    ],
    missing=["dashboard"],
)
