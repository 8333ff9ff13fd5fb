DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Roulons Ensemble, a car-sharing cooperative with 184 cars in 61 stations around Strasbourg,
    sees its members book less since a new app in 2025 and its cars stand idle on weekdays. Guidance deleted.
    Headings retyped as a student would (runs replaced, bookmark lost): the business question "The question
    Roulons Ensemble put to us", the behaviour analysis "What members actually do", the patterns "Patterns, old
    and new" and the limits "Limits, and how we handled personal data"; the targets retyped "Which members to
    focus on" with the bookmark kept. Tables filled, charts drawn. The behaviour dataviz was deleted with its
    heading and caption (missing); the appendices still hold our prompt (placeholder).""",
    cover={"project": "Why members book fewer cars", "client": "Roulons Ensemble SCIC, Strasbourg",
           "candidate": "Jonas Keller", "team": "Jonas Keller, Maëlle Roth, Idriss Benali",
           "school": "Web School Factory"},
    sections={
        "business-question": dict(status="ok", retitle="The question Roulons Ensemble put to us", text=[
            "Roulons Ensemble is a cooperative that has rented shared cars to its members since 2004. It runs 184 "
            "cars in 61 stations across Strasbourg and four neighbouring towns, has 6,900 active members and "
            "turned over 3.1 million euros in 2025. In March 2025 it replaced its old booking website with a "
            "mobile app built by a Strasbourg agency. Since then bookings per member have fallen by 14 %, while "
            "the number of members kept growing slowly. Weekday use of the cars is below 30 % of the hours "
            "available; on Saturdays almost every car is booked and members complain they find nothing.",
            "The cooperative's board asked us to find out which members book less and why, whether the new app "
            "plays a part, and how to fill the weekday hours without buying more cars. We set out three "
            "hypotheses: members over 60 dropped off after the switch to the app; the loss comes from short "
            "trips of less than two hours, which the app makes slower to book; and weekday demand exists in the "
            "business districts, where the cooperative has few stations."]),
        "data-sources": dict(status="ok", text=[
            "We worked with three extracts from the cooperative and three open datasets, joined by station, by "
            "hour and by IRIS area."],
            tables=[[
                ["Bookings", "client", "Roulons Ensemble (booking system)", "internal", "-", "CSV",
                 "one row per booking", "daily", "who books what, when, for how long"],
                ["App analytics", "client", "Roulons Ensemble (Matomo)", "internal", "-", "CSV export",
                 "one row per session", "daily", "where members give up in the app"],
                ["Member file", "client", "Roulons Ensemble (CRM)", "internal", "-", "CSV",
                 "one row per member", "monthly", "age band, district, seniority"],
                ["Population and jobs by IRIS", "open data", "INSEE", "insee.fr", "Licence Ouverte 2.0", "CSV",
                 "IRIS area", "yearly", "who lives and works near each station"],
                ["Public transport stops", "open data", "CTS Strasbourg", "data.strasbourg.eu", "ODbL", "GTFS",
                 "stop", "weekly", "how well each station is served by tram and bus"]]]),
        "open-data-value": dict(status="ok", text=[
            "The cooperative's data tells us what members do, never where they would go if a car were closer, nor who lives and works around the stations. "
            "The INSEE counts of jobs per IRIS area show where people work during the week: 38,000 jobs sit in "
            "the Wacken and Meinau districts, which have only three stations between them. The tram and bus "
            "stops tell us which stations are easy to reach without a car, and so which members can realistically "
            "come and pick one up for a lunchtime meeting. We attached every station to its IRIS area and to the "
            "nearest stops within 400 metres, then joined the bookings on station and hour. Without these "
            "datasets we could only have said that weekdays are quiet, not where a new station would be used, or how many cars it would need there."]),
        "data-preparation": dict(status="ok", text=[
            "The cooperative pseudonymised every extract before sending it: members are random numbers and the "
            "addresses were reduced to the IRIS area. We checked each extract against the cooperative's monthly reports before using it."],
            tables=[[
                ["Bookings", "412,000 × 16", "Jan 2023 – Oct 2026", "98", "cancelled bookings mixed with "
                 "finished ones; staff test bookings", "separated cancellations; removed 1,240 staff bookings"],
                ["App analytics", "1.9 million × 11", "Mar 2025 – Oct 2026", "88", "sessions split when the "
                 "phone locked", "merged sessions less than 10 minutes apart"],
                ["Member file", "9,450 × 14", "2004 – 2026", "93", "birth year missing for old members",
                 "kept as unknown, never guessed"],
                ["INSEE by IRIS", "212 areas × 38", "2021", "100", "none", "none"]]]),
        "methods": dict(status="ok", text=[
            "Each hypothesis got its own method. To see who books less, we compared every member's bookings in "
            "the twelve months before the new app with the twelve months after, and grouped members by age band, "
            "district and seniority; a difference counts only if it is larger than the usual year-to-year change "
            "we saw between 2023 and 2024. To see whether the app slows short trips down, we rebuilt the booking "
            "funnel from the Matomo sessions: opening the app, choosing a station, choosing a time, confirming. "
            "We measured the time and the drop-off at each step, for short and long trips separately.",
            "For weekday demand we built a simple model of bookings per station and hour, using the jobs and "
            "residents around the station and its tram access, trained on 2024 and tested on 2025. We then "
            "grouped members into behaviour clusters with k-means on six variables (trips per month, average "
            "length, share on weekdays, lead time, distance to station, app or phone). All the work was done in "
            "Python with pandas and scikit-learn, the maps in QGIS, and the shared tables in DuckDB, which was "
            "enough for four hundred thousand bookings on a laptop. We chose these free tools on purpose: the "
            "cooperative has no budget for licences, and its data employee already knows a little Python and SQL, so she can rerun every step herself next year."]),
        "behaviour-analysis": dict(status="ok", retitle="What members actually do", text=[
            "The drop in bookings is not spread evenly. Members over 60 book 9 % less than before the app, which "
            "is close to the usual variation; our first hypothesis does not hold. The real fall is among members "
            "who used to take very short trips: bookings of less than two hours fell by 27 %, while trips of a "
            "full day or a weekend did not change. These short trips were mostly made by members living within "
            "300 metres of a station, for shopping or a medical appointment.",
            "The app funnel explains why. On the old website a member could book the nearest car in three "
            "clicks. In the app, the map opens on the whole city, the member has to zoom to his station, then "
            "choose a start and end time on two separate wheels. The median time to book a two-hour trip went "
            "from 48 seconds to 2 minutes 10 seconds. 31 % of the sessions that start a short booking are "
            "abandoned at the time-choice screen, against 12 % for weekend bookings, which are planned days ahead "
            "and where people accept to spend time.",
            "Weekday use has a clear shape. Cars are busy on Monday and Friday mornings for trips out of town, and "
            "almost empty from 10 a.m. to 4 p.m. from Tuesday to Thursday. Members rarely book the same day: the "
            "median lead time is 26 hours, because they fear finding no car. Yet on weekdays a car is free at the "
            "member's own station 91 % of the time. The fear comes from Saturdays, when only 4 % of requests made "
            "the same morning succeed, and members generalise that experience to the whole week.",
            "Finally, in the survey of 640 members we ran with the cooperative's newsletter, the words that come "
            "back most about the app are 'map', 'slow' and 'too many steps'; very few answers mention prices. "
            "Members like the cooperative and its cars; they dislike the path to a booking when the trip is short.",
            "Seniority matters less than we thought. Members who joined after the app launched book short trips "
            "at the same low rate as older members do now, which suggests the app shapes the habit from the first "
            "week. Members who book by phone with the office, about 6 % of bookings, did not book less at all, which again points at the app rather than at the cars or the prices."]),
        "data-crossing": dict(status="ok", text=[
            "Crossing bookings with the INSEE job counts and the tram stops changes the weekday picture. Stations "
            "in residential districts with a tram stop nearby are used on weekdays at 34 %, against 19 % for those "
            "far from any tram. The three stations nearest to large employers, at Wacken and the Meinau industrial "
            "park, are booked on weekday mornings at 52 %, the highest rate in the network, and they are often "
            "full. Our demand model, fitted on 2024, predicts 2025 weekday bookings with an average error of "
            "11 % per station; it estimates that four stations of three cars each near the biggest employers would "
            "fill about 2,300 weekday hours a month. These figures describe crowds, not individuals: the join is "
            "at the level of the IRIS area and the hour, never of a member's workplace, which we do not know. A test station would be the honest way to check the model before the board commits to buying cars for new stations in these two districts next spring."]),
        "key-findings-chart": dict(status="ok", image=["Open app 100", "Station chosen 81", "Time chosen 56",
                                                       "Confirmed 52"],
                                   caption="Short bookings are lost at the time-choice screen: 31 % of sessions "
                                           "stop there"),
        "patterns": dict(status="ok", retitle="Patterns, old and new", tables=[[
            ["Neighbourhood errand", "current, shrinking", "two hours or less, station next door, booked the "
             "same day", "short trips down 27 % since the app", "24 % of members", "make a short booking three "
             "taps long again from the home screen"],
            ["Weekend escape", "current", "Friday evening to Sunday, booked a week ahead",
             "41 % of hours booked", "33 % of members", "keep as is; it fills Saturdays"],
            ["Business-hours trip", "new", "weekday daytime trips from stations near employers",
             "52 % weekday occupancy at Wacken", "growing since 2024", "open stations near employers; offer "
             "company accounts"],
            ["Planner afraid of missing out", "current", "books a day ahead even on quiet weekdays",
             "median lead time 26 hours", "most members", "show live availability on the home screen"]]]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Odile, 54, nurse at the Hautepierre hospital – a neighbourhood errand member; stands for "
                   "about a quarter of members"],
            [None, "Lives in Cronenbourg without a car, the station is 200 metres from her flat"],
            [None, "Do a large shop or take her mother to an appointment in under two hours"],
            [None, "The app opens on a map of the whole city; choosing times on two wheels takes ages"],
            [None, "Booked twice a week in 2024, once every ten days now, sometimes takes a taxi instead"],
            [None, "Cooperative newsletter, station noticeboard, word of mouth in her building"],
            [None, "'I just want the car outside my door for two hours, not a map of Strasbourg.'"]]]),
        "targets": dict(status="ok", retitle="Which members to focus on", keep_bookmark=True, tables=[[
            ["Neighbourhood errand members", "about 1,650 members", "about 420 euros a year each",
             "Neighbourhood errand", "book short trips again, on weekdays", "1"],
            ["Employees near Wacken and Meinau", "about 38,000 jobs, 3 % reachable", "company accounts of about "
             "3,000 euros a year", "Business-hours trip", "use cars during working hours", "2"],
            ["Anxious planners", "about 4,000 members", "no new revenue, better spread",
             "Planner afraid of missing out", "book the same day on weekdays", "3"]]],
            text=["We put the errand members first because they already know the cooperative and only the app "
                  "stands between them and their old habit; the company accounts take longer to win but fill "
                  "exactly the empty hours, from Tuesday to Thursday, that the neighbourhood members leave free."]),
        "visual-modelling": dict(status="ok", text=[
            "Our audience is the cooperative's board of volunteers, its six employees and the app agency. None of "
            "them wants statistics. We chose a map of the stations coloured by weekday occupancy, with the job "
            "density of each IRIS area in grey behind, because board members think in districts and streets. For "
            "the agency we drew the booking funnel, split by trip length, so that the step to change is obvious. "
            "Both were made in QGIS and Metabase and can be refreshed each month from the DuckDB tables by the "
            "cooperative's employee in charge of data. We tested both on two board members before the final "
            "meeting and removed every chart they could not read in a minute."]),
        "behaviour-dataviz": dict(status="missing"),
        "dashboard": dict(status="ok", image=["Filters: month, district", "Bookings by trip length",
                                              "Weekday occupancy", "Funnel drop-off"],
                          caption="Wireframe of the monthly dashboard for the board: trip lengths, weekday "
                                  "occupancy by station and the app funnel"),
        "limits-gdpr": dict(status="ok", retitle="Limits, and how we handled personal data", text=[
            "Our data covers only members: people who gave up before joining, or left after the app changed, "
            "appear only as closed accounts with no reason given. The app analytics start in March 2025, so we "
            "cannot compare the funnel with the old website directly; we used the booking times instead. The "
            "demand model works on areas, and a new station could do less well than predicted if parking is hard "
            "to find there.",
            "The data was processed on the basis of the cooperative's legitimate interest in improving its "
            "service, stated in its privacy notice. We received pseudonymised extracts, kept ages in bands of ten "
            "years and addresses as IRIS areas only. Survey answers were anonymous. The files stayed on an "
            "encrypted drive and will be deleted at the end of the mission in March 2027."]),
        "appendices": dict(status="placeholder"),
    },
)
