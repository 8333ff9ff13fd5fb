DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Lavorium, a chain of 14 self-service laundromats in Lyon and Villeurbanne, pays for an app
    that shows free machines, takes payment and books a slot, but only 31 % of washes are paid through it and the
    machines stand idle on weekday mornings while customers queue on Sundays. Guidance deleted. Headings retyped
    as a student would (runs replaced, bookmark lost): the business question "What Lavorium asked us", the
    patterns "Four ways people do their laundry", the targets "Who to win first" and the limits "What we cannot
    claim, and personal data"; the methods retyped "How we analysed it" with the bookmark kept. Tables filled,
    charts drawn. The added value of open data is two sentences (thin); the dashboard mock-up was deleted with its
    heading and caption (missing).""",
    cover={"project": "Why the Lavorium app is not used more", "client": "Lavorium SAS, Lyon",
           "candidate": "Inès Marchetti", "team": "Inès Marchetti, Hugo Lenoir, Awa Diop",
           "school": "Web School Factory"},
    sections={
        "business-question": dict(status="ok", retitle="What Lavorium asked us", text=[
            "Lavorium runs fourteen self-service laundromats in Lyon and Villeurbanne, with 212 washing machines "
            "and 150 dryers, and turned over 2.2 million euros in 2025. In 2024 it launched an app that shows "
            "which machines are free, lets customers pay from their phone and book a machine up to two hours "
            "ahead. The app cost 140,000 euros. Two years later only 31 % of washes are paid through it, the rest "
            "still with coins or a card at the central terminal. At the same time the machines are used at 22 % "
            "of their capacity on weekday mornings and at 94 % on Sunday afternoons, when people wait and some "
            "leave.",
            "The operations director, Karim Haddad, asked us three things. Who uses the app, and who tried it and "
            "went back to coins? Can the app move washes from Sunday to quieter hours? Which customers should the "
            "next version be built for? We started from two hypotheses: that older customers avoid the app, and "
            "that booking fails because reserved machines are often taken by someone standing in the shop."]),
        "data-sources": dict(status="ok", text=[
            "Four client extracts and two open datasets, joined on the shop, the hour and the IRIS area of each "
            "shop."],
            tables=[[
                ["App events", "client", "Lavorium (Firebase)", "internal", "-", "JSON export",
                 "one row per screen or tap", "real time", "where app users stop, what they try to do"],
                ["Machine log", "client", "Lavorium (machine controllers)", "internal", "-", "CSV",
                 "one row per cycle", "every cycle", "when each machine runs, how it was paid"],
                ["Loyalty accounts", "client", "Lavorium (CRM)", "internal", "-", "CSV",
                 "one row per customer", "weekly", "how often each known customer comes"],
                ["Household income and housing by IRIS", "open data", "INSEE", "insee.fr", "Licence Ouverte 2.0",
                 "CSV", "IRIS area", "yearly", "who lives around each shop"],
                ["Hourly weather, Lyon-Bron", "open data", "Météo-France", "meteo.data.gouv.fr",
                 "Licence Ouverte 2.0", "CSV", "hour", "daily", "rain and drying needs"]]]),
        "open-data-value": dict(status="thin", text=[
            "The client knows its machines but not its neighbourhoods: the INSEE data tells us the share of small "
            "flats and students around each shop, which explains most of the difference in use between shops. "
            "The weather data shows that rain on a Saturday sends people to the dryers."]),
        "data-preparation": dict(status="ok", text=[
            "All extracts were pseudonymised by Lavorium's IT provider before we received them: each customer "
            "has a random number and no phone number or e-mail left."],
            tables=[[
                ["App events", "4.6 million × 14", "Jan 2025 – Oct 2026", "91", "events from test phones; "
                 "duplicates after a crash in May 2025", "removed staff devices; kept the first of each duplicate"],
                ["Machine log", "1.1 million × 9", "Jan 2024 – Oct 2026", "97", "three machines with a broken "
                 "clock", "realigned them on the shop's other machines"],
                ["Loyalty accounts", "38,400 × 12", "2022 – 2026", "84", "birth year missing for 16 %",
                 "left missing, never guessed"],
                ["INSEE by IRIS", "9 areas × 40", "2021", "100", "areas cut in two in 2022",
                 "used the 2021 boundaries everywhere"]]]),
        "methods": dict(status="ok", retitle="How we analysed it", keep_bookmark=True, text=[
            "Who uses the app. We matched app accounts to loyalty accounts and machine cycles, then compared "
            "customers who pay with the app, those who tried it at least once and stopped, and those who never "
            "opened it, by age band, distance to the shop and number of washes a month. The machine log is over "
            "a million rows, so we loaded everything into DuckDB on a laptop and wrote the joins in SQL.",
            "Where the app fails. We rebuilt the main journeys from the Firebase events (open, see free "
            "machines, book, pay, start) and measured the share of users lost at each screen, on phones of "
            "different ages. For bookings, we checked in the machine log whether the booked machine was "
            "actually free when the customer arrived.",
            "Moving washes. We modelled the hourly occupancy of each shop with a Poisson regression in Python on "
            "the hour, the day, the weather and the area, then estimated how many Sunday washes could move if "
            "regulars came earlier.",
            "Customer groups. We grouped loyalty customers with a k-means clustering on six behaviour measures "
            "(frequency, usual day, usual hour, share of dryers, payment mode, shops visited); four groups were "
            "the most stable and easiest to explain. Charts were made in Metabase, which the client already "
            "uses, and every figure in this report can be traced back to a saved query in that tool."]),
        "behaviour-analysis": dict(status="ok", text=[
            "Age is not the main barrier. Among loyalty customers aged over 60, 24 % pay with the app, against "
            "35 % of those under 30; the gap exists but is small. The strongest difference is the number of "
            "visits: customers who come at least three times a month pay with the app in 58 % of cases, those "
            "who come once a month in 12 %. For an occasional customer, installing an app and adding a card is "
            "not worth it for one wash, and the terminal in the shop is simpler.",
            "People who tried and stopped. 9,700 accounts were created since 2024; 41 % were used only once or "
            "twice. The journey shows why: 29 % of first-time users give up at the card screen, which asks for a "
            "minimum top-up of 20 euros, twice the price of a wash and dry. Those who pass this screen mostly "
            "stay: 71 % of them still pay with the app three months later.",
            "Bookings that fail. 18 % of bookings end with the customer arriving to find the machine already "
            "running. The machine log shows why: a booked machine stays available at the terminal, and on "
            "Sundays customers in the shop take it. After a failed booking, 63 % of customers never book again, "
            "and 22 % stop using the app altogether. Our second hypothesis is confirmed, and it costs more "
            "than we thought.",
            "Sunday queues. The occupancy model says that 38 % of Sunday afternoon washes come from customers who "
            "also come on weekdays at least once a month; they are not tied to Sunday. When asked in the app "
            "survey (1,240 answers), most of them said they come on Sunday 'because that is when I have time' and "
            "that they would come on a weekday evening if they were sure to find a machine. The mornings, "
            "on the other hand, are used almost only by retired people and night workers, and are unlikely to "
            "fill whatever the app does.",
            "Small things that matter. Customers who receive the push notice 'your wash is finished' come back "
            "to the shop in 6 minutes on average, against 19 minutes for those who turned notices off, which "
            "frees machines faster on busy days. Yet a third of app users turned these notices off in their first "
            "week, mostly because the app also sends them promotions. Separating the two kinds of notice is cheap and "
            "would help on exactly the days when machines are short."]),
        "data-crossing": dict(status="ok", text=[
            "Crossing the shops with the INSEE IRIS data explains why two shops of the same size behave so "
            "differently. Around the shops of La Guillotière and Villeurbanne Gratte-Ciel, more than 60 % of "
            "homes are flats of one or two rooms, many without room for a washing machine, and students are "
            "numerous; these shops are busy every day and have the highest app use, 44 %. Around the Monplaisir "
            "shop, families in larger flats come mostly for duvets and dryers, twice a year, and pay with coins.",
            "Crossing the machine log with the hourly weather shows that a rainy Saturday raises dryer use by 35 % "
            "the same day and the next, and lengthens Sunday queues. The weather is known two days ahead, so the "
            "app could warn regulars and offer them a weekday slot before the rush. The join is at the level of "
            "the shop and the hour, not the person: it shows what crowds do, not what one customer decides, which is enough to plan staff and messages."]),
        "key-findings-chart": dict(status="ok", image=["Opened app 100", "Saw machines 86", "Card screen 61",
                                                       "Paid 43", "Still paying at 3 months 31"],
                                   caption="The card top-up screen loses more first-time users than any other step"),
        "patterns": dict(status="ok", retitle="Four ways people do their laundry", tables=[[
            ["Weekday student", "current", "washes twice a week near home, in the evening after classes, pays with the app",
             "44 % app payments in student areas", "27 % of loyalty customers", "keep the app fast; add group "
             "top-ups for flatmates"],
            ["Sunday regular", "current", "comes every Sunday afternoon, waits if needed",
             "38 % of Sunday washes", "21 %", "offer a guaranteed weekday evening slot"],
            ["Duvet visitor", "current", "comes twice a year with large items, pays with coins",
             "one visit every six months", "34 %", "no app needed; keep big machines free"],
            ["Disappointed booker", "new", "booked, found the machine taken, went back to coins",
             "63 % never book again after one failure", "growing since 2025", "lock booked machines at the "
             "terminal"]]]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Théo, 23, master's student at Lyon 2 – a weekday student; stands for 27 % of loyalty "
                   "customers"],
            [None, "Shares a flat of three rooms without a washing machine in La Guillotière"],
            [None, "Wash and dry in under ninety minutes between classes"],
            [None, "Booked machines taken by others; a 20-euro top-up when he has 8 euros left"],
            [None, "Washes on Tuesday and Friday evenings, always in the same shop, pays with the app"],
            [None, "App notices, Instagram, the poster at the shop door"],
            [None, "'If I book it, it should be mine, otherwise why book?'"]]]),
        "targets": dict(status="ok", retitle="Who to win first", tables=[[
            ["Sunday regulars", "about 8,000 customers", "about 260 euros a year each",
             "Sunday regular", "come on a weekday evening with a guaranteed slot", "1"],
            ["Disappointed bookers", "about 2,100 accounts", "about 190 euros a year each",
             "disappointed booker", "book again once booked machines are locked", "2"],
            ["Occasional visitors near student areas", "about 5,500 customers", "about 70 euros a year each",
             "weekday student", "pay with the app after a top-up of 10 euros", "3"]]],
            text=["We rank the targets by what each can change in the Sunday queues and in app payments. The "
                  "duvet visitors are left out on purpose: they come too rarely for the app to matter to them, and the big machines they need are rarely full."]),
        "visual-modelling": dict(status="ok", text=[
            "Our results go to the operations director, the fourteen shop attendants and the app developer, "
            "who do not read statistics. We chose two visuals. The first is a week heat map per shop, with the "
            "hours in columns and the days in rows, coloured by occupancy, on which we marked the washes that "
            "could move from Sunday to weekday evenings; attendants recognised their own shop at once. The "
            "second is the app journey as a funnel, each screen with the share of users lost, so that the "
            "developer sees where to work first. Both were built in Metabase from the DuckDB tables, so the "
            "client can refresh them each month without us."]),
        "behaviour-dataviz": dict(status="ok", image=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun 94 %"],
                                  caption="Occupancy by day and hour in the Guillotière shop, with the Sunday "
                                          "washes that could move to weekday evenings (source: machine log, "
                                          "2025-2026)"),
        "dashboard": dict(status="missing"),
        "limits-gdpr": dict(status="ok", retitle="What we cannot claim, and personal data", text=[
            "We only see customers who have a loyalty card or an app account, about 45 % of washes; people who "
            "pay with coins and no card are invisible except as machine cycles. The survey answers come from app "
            "users, who are not all customers. The link between failed bookings and stopped app use is strong, "
            "but only a test of locked machines in a few shops will prove that fixing bookings brings customers "
            "back.",
            "On personal data: the legal basis is the service contract accepted in the app and the loyalty "
            "programme. We received pseudonymised extracts only, kept birth years in bands of ten years, and "
            "never used the location of the phone, only the shop where the machine ran. The data stayed on an "
            "encrypted laptop and on the client's server, and will be deleted when the mission ends in February "
            "2027."]),
        "appendices": dict(status="ok", text=[
            "The appendices are delivered as a separate PDF. Appendix A is the data dictionary of the four client extracts, with the meaning and the missing "
            "share of every field. Appendix B holds the SQL of the joins and of the app funnel. Appendix C is "
            "the Python notebook of the occupancy model and of the clustering, with the choice of four groups "
            "explained. Appendix D shows the heat maps of all fourteen shops, and Appendix E the questions and "
            "answers of the app survey, with the number of answers for each question and shop."]),
    },
)
