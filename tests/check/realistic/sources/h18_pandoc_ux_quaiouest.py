from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="pandoc",
    via="markdown",
    language="en",
    notes="""Held-out round 18 (h18_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: the Théâtre du Quai Ouest, a 700-seat public theatre in Lorient, sells 61 % of its tickets online but
    loses two baskets in three between the seat map and payment; a team of three students reads its ticketing
    logs, web analytics and subscriber file to explain why. Headings of the authors' own, numbered, some questions;
    a findings table inside the behaviour analysis; the chart of key findings, the journey chart and the persona
    sketch are drawn pictures; the visual modelling and its dataviz share one heading (merged). A heading for
    targets with nothing under it (empty). No section on the value of open data, no dashboard and no appendices
    (missing). A short summary of the authors' own opens the report.""",
    title="Empty seats, full baskets: why Quai Ouest's online sales stall",
    cover=["Data project – behaviour and UX analysis", "Jade Le Goff, Nathan Roussel, Inès Benali",
           "Web School Factory, December 2026"],
    blocks=[
        H(1, "Summary"),
        P("Two in three online baskets at Quai Ouest are abandoned, most of them on the seat map. The data point "
          "to a seat map that does not work on phones and to fees shown too late. Fixing both could bring back "
          "around 4,000 tickets a season."),
        H(1, "1. What does the theatre want to know?", {"business-question": "ok"}),
        P("The Théâtre du Quai Ouest programmes about 90 performances a season, from contemporary dance to "
          "children's shows, and sold 58,000 tickets in 2025-2026. Since the box office cut its opening hours in "
          "2024, the website has become the main way in: 61 % of tickets are now bought online, against 38 % "
          "five years ago. Yet the marketing manager, Gaëlle Tanguy, sees that many people start a purchase and "
          "never finish it, and that the small venue upstairs often plays to half-empty rooms while its shows "
          "appear sold out to some visitors."),
        P("She asked us a simple question: where and why do people give up on buying a ticket online, and what "
          "should the theatre change first? Behind it sit two business stakes. The first is revenue: each "
          "abandoned basket is worth 31 euros on average. The second is the audience itself, since the theatre's "
          "public funding depends partly on reaching younger people and first-time visitors, who are exactly "
          "those most likely to buy on a phone. Our analysis therefore focuses on the buying journey on the "
          "website and on the differences between first-time buyers and subscribers."),
        H(1, "2. Where the data comes from", {"data-sources": "ok"}),
        T([["Source", "Owner", "What it holds", "Period", "Volume"],
           ["Ticketing system export", "box office", "orders, seats, prices, channel, buyer id", "3 seasons", "171,000 tickets"],
           ["Web analytics (Matomo)", "communication team", "sessions, pages, device, funnel steps", "14 months", "412,000 sessions"],
           ["Subscriber file", "box office", "postcode, age band, years of subscription", "current", "3,900 people"],
           ["Post-show survey", "marketing", "satisfaction, how they bought, comments", "2 seasons", "1,240 answers"],
           ["Season programme", "artistic director", "show, genre, venue, date, capacity", "3 seasons", "268 performances"]]),
        P("Everything came from the theatre itself; the only outside figure we used is the population of each "
          "district, to compare audiences."),
        H(1, "3. Cleaning it up", {"data-preparation": "ok"}),
        T([["Problem found", "Size", "What we did"],
           ["Same buyer under several ids (email typos)", "6 % of buyers", "merged on name + postcode, checked by hand on a sample of 200"],
           ["Tickets for internal guests and press", "4,300 tickets", "removed, since nobody pays or chooses a seat"],
           ["Analytics sessions from the box-office PCs", "9 % of sessions", "excluded by IP address"],
           ["Funnel step missing when the payment page opens in a new tab", "about 3,000 sessions", "rebuilt from the order time stamp"],
           ["Free-text survey comments", "1,240 answers, some in Breton or English", "coded into 14 themes by two of us separately, then compared"],
           ["Prices stored with and without fees depending on the season", "2 seasons", "recomputed every price without fees"]]),
        H(1, "4. How we worked", {"methods": "ok"}),
        P("We kept the tools simple because the theatre will have to repeat the analysis without us. The "
          "ticketing export and the analytics data were loaded into a small DuckDB database on a laptop, which "
          "handles the 412,000 sessions in seconds, and we wrote every query in SQL so that the communication "
          "team can run them again next season. Charts were made in Python with pandas and matplotlib, then "
          "redrawn in the theatre's own colours for the final presentation."),
        P("We used three methods. First, a funnel analysis: for every session that reached a show page, we "
          "followed the steps to the seat map, the basket, the buyer's details and payment, and measured where "
          "people left, split by device and by venue. Second, a cohort comparison between first-time buyers, "
          "occasional buyers and subscribers, built from the ticketing history. Third, a thematic coding of the "
          "survey comments, to hear in people's own words what the numbers showed. We also watched eight people "
          "buy a ticket on their own phone in the theatre's café, which was not planned but explained more than "
          "any table, since the numbers told us where people stopped but not what they were looking at. We avoided machine learning: with five steps and clear drop points, a model would have "
          "added complexity without telling the theatre anything it could act on."),
        H(1, "5. What people actually do", {"behaviour-analysis": "ok"}),
        P("The funnel shows one clear break. Of the sessions that open a show page, 44 % go on to the seat map, "
          "which is a healthy rate for a cultural site. But only 39 % of those who open the seat map put a "
          "ticket in the basket, and the drop is far worse on phones: 27 % against 58 % on computers. On a phone "
          "the map of the main hall shows 700 tiny seats, and picking one needs two fingers and patience. In "
          "the café test, five of eight people zoomed in, tapped the wrong seat, and gave up or asked a friend."),
        P("The second break is at payment. Among people who reach the basket, 21 % leave on the page where the "
          "booking fee of 1.50 euros per ticket first appears. Survey comments confirm it: \"fees added at the "
          "very end\" is the third most frequent complaint, after parking and the seat map."),
        P("Behaviour also differs by show. For the upstairs studio, which has unnumbered seating, the seat map "
          "step does not exist and the conversion rate is twice as high. Yet some studio shows appear as \"no "
          "seats available\" on the website when the online quota, set at 60 % of capacity, runs out, while "
          "the box office still has places. Visitors then leave, convinced the show is full."),
        T([["Finding", "Evidence", "Who is most affected"],
           ["Seat map blocks phone buyers", "27 % go on from the map on phones, 58 % on computers", "first-time buyers under 35"],
           ["Fees shown late cause exits", "21 % leave on the page where fees appear", "occasional buyers"],
           ["Studio looks sold out too early", "14 shows marked full online with seats left", "families, weekend buyers"],
           ["Subscribers barely use the site", "72 % still buy at the box office", "subscribers over 60"]]),
        P("Finally, subscribers behave differently from everyone else: they buy early, at the box office, and "
          "rarely touch the website. The online problems are therefore concentrated on the audiences the theatre "
          "most wants to win."),
        P("Timing matters as well. Half of the online purchases by first-time buyers happen in the last four "
          "days before the performance, most of them in the evening, between 8 and 11 p.m., when the box office "
          "is closed and nobody can answer a question. These late buyers are also the ones who meet the \"sold "
          "out\" message on studio shows most often, because the online quota is used up by then. Put together, "
          "the figures describe a buyer who decides late, on a phone, in the evening, and who finds the "
          "website least helpful exactly at that moment."),
        H(2, "5.1 Putting the sources side by side", {"data-crossing": "ok"}),
        P("No single source told the whole story. Joining the ticketing export to the analytics sessions, through "
          "the order number that both carry, let us see what the people who finished a purchase had done before: "
          "buyers who completed on a phone had, in two cases out of three, visited the show page at least twice "
          "before, often once on a computer. Crossing the subscriber file with the ticketing data by postcode "
          "showed that first-time buyers come mostly from the new districts east of the Scorff, where the "
          "theatre has never advertised, nor put up a single poster, and that they live further from the theatre than subscribers. Crossing the season programme with the funnel showed that the drop at "
          "the seat map is worst for dance and music shows in the main hall, where seat choice matters most to "
          "buyers. The survey comments, finally, gave the reasons the logs cannot: fear of choosing a bad seat, "
          "irritation at fees, and the feeling that the website is made for regulars."),
        H(2, "5.2 The findings at a glance", {"key-findings-chart": "ok"}),
        Img(["Show page 100", "Seat map 44", "Basket 17", "Details 15", "Paid 12"],
            caption="Out of 100 phone sessions on a show page, 12 end with a ticket"),
        H(1, "6. Habits today, habits tomorrow", {"patterns": "ok"}),
        T([["Pattern", "Today", "What we expect after the changes"],
           ["Choosing a seat on a phone", "zoom, wrong tap, exit", "pick a zone and price, best seat given automatically"],
           ["Discovering fees", "at the last step", "shown with the price on the show page"],
           ["Studio shows", "shown full when the online quota ends", "real availability, quota managed by the box office"],
           ["Subscribers", "queue at the box office in June, sometimes for an hour", "renew online, box office kept for those who want it"],
           ["First visit", "one show, rarely a second", "a follow-up email with a second show at a reduced price"],
           ["Evening purchases", "no help after the box office closes", "a short help page and a chat answered until 10 p.m. on show days"]]),
        H(1, "7. Who are we talking about?", {"personas": "ok"}),
        P("Two profiles come straight out of the cohorts. Maëlle, 28, lives east of the Scorff, has never had a "
          "subscription and buys one or two shows a year on her phone, usually the same week, after seeing a "
          "post on Instagram; she gives up when the seat map fights her. Jean-Yves, 67, has been a subscriber "
          "for 19 years, buys his whole season at the box office in June and uses the website only to check "
          "dates."),
        Img(["Maëlle, 28: phone, last minute, 1-2 shows", "Jean-Yves, 67: subscriber, box office, whole season"],
            caption="The two profiles the data supports"),
        H(1, "8. Who to aim for", {"targets": "empty"}),
        H(1, "9. Showing it", {"visual-modelling": "ok", "behaviour-dataviz": "ok"}),
        P("We chose a funnel per device rather than a dashboard of indicators, because the theatre's team needs "
          "to see one thing: where people leave. The funnel below compares phones and computers step by step, "
          "and the width of each bar is the number of sessions, so that the break at the seat map is visible at "
          "a glance, even to someone who never reads charts. We tested two earlier versions on Gaëlle and the "
          "box-office manager and kept the one they could explain back to us without help. The colours are the theatre's own, and each step is labelled "
          "in plain words rather than analytics jargon."),
        Img(["Phone: 100 / 44 / 12", "Computer: 100 / 47 / 27", "Break at the seat map"],
            caption="Buying journey by device, from show page to payment"),
        H(1, "10. What we could not do, and personal data", {"limits-gdpr": "ok"}),
        P("Our data has limits. The analytics only count visitors who accepted cookies, about 63 % of sessions, "
          "and people who refuse cookies may behave differently. The survey reaches people who came to a show, "
          "never those who gave up buying. The café test involved eight people, enough to see the problem but "
          "not to measure it. We could not link a session to a buyer who paid at the box office after giving up "
          "online, so the number of tickets truly lost is an estimate."),
        P("On personal data, we worked only on extracts prepared by the box office, with names and emails "
          "replaced by an id; postcodes were kept at district level. The data stayed on one encrypted laptop "
          "and will be deleted at the end of the project, as written in our agreement with the theatre. The "
          "theatre's privacy notice already covers analytics for improving the website, which is the legal "
          "basis for this study, and no data left the European Union."),
    ],
    missing=["open-data-value", "dashboard", "appendices"],
)
