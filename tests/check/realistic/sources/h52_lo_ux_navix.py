from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Navix, the booking app of a shuttle-boat company between
    La Rochelle, Île d'Aix and Fouras, loses four bookings in ten at the payment step. The authors' own numbered
    headings; three sub-headings are bold Normal paragraphs; the personas and the targets share one heading and
    one table (merged); the dashboard heading has nothing under it (empty); a short appendix.""",
    title="Why half of Navix's travellers never reach the boat",
    cover=["Data project – user behaviour and UX analysis for Navix (Compagnie des Pertuis)",
           "Camille Texier, Noah Gendron, Aya Benhamou – December 2026"],
    blocks=[
        H(1, "1. What Navix wants to know", {"business-question": "ok"}),
        P("The Compagnie des Pertuis runs six shuttle boats between La Rochelle, Fouras and Île d'Aix, carrying "
          "about 610,000 passengers a year, three quarters of them between May and September. Since 2024 tickets "
          "can be bought in the Navix app as well as at the quay kiosks. The app now has 58,000 accounts, but it "
          "sells only 31 % of tickets, and the company's own figures show that 41 % of the bookings started in "
          "the app are abandoned before payment."),
        P("The commercial director asked us a plain question: who gives up, at which moment, and why? Behind it "
          "lie two stakes. In summer the kiosk queues reach forty minutes and some travellers miss their boat, "
          "which generates complaints and refunds. Outside the season, island residents and workers travel every "
          "day, and the company would like to move them to digital season passes so that the kiosk in Fouras can "
          "close from November to March. Both goals depend on people finishing their booking in the app. We "
          "therefore framed the question as: which behaviours lead to an abandoned booking, which groups of "
          "travellers show them, and which changes would bring the most of them to the end of the payment step?"),
        H(1, "2. Where the data comes from", {"data-sources": "ok"}),
        T([["Source", "Owner", "Period", "Volume", "What we used it for"],
           ["App event logs", "Navix", "Jan 2025 – Oct 2026", "9.2 million events", "booking steps, drop-outs"],
           ["Ticket sales", "Compagnie des Pertuis", "same", "1.1 million tickets", "app against kiosk"],
           ["Customer survey", "our team", "Oct 2026", "1,214 answers", "reasons for giving up"],
           ["Tide and weather records", "SHOM, Météo-France", "same", "hourly", "crossing conditions"],
           ["Regional train arrivals", "SNCF open data", "same", "timetables and delays", "links with boat times"],
           ["Tourist stays by month", "INSEE", "2025", "monthly", "season curve"]]),
        P("Each source was signed off by the company's data officer before we received it; the logs came without "
          "names or e-mail addresses."),
        B("Why we added public data", {"open-data-value": "ok"}),
        P("Navix's own data tell us where people stop, never what was happening around them. The tide and "
          "weather records matter because crossings to Île d'Aix are cancelled or moved in strong wind, and a "
          "traveller who sees a warning banner may simply wait. The train timetables matter because a large share "
          "of day trippers arrive at La Rochelle station and walk to the quay; when their train is late, they "
          "start a booking, see they will miss the boat and drop it. INSEE's monthly stays give us the size of the "
          "tourist population, so that a drop in bookings can be read against the number of people actually in "
          "the area. None of this is in the company's systems, and without it several drop-outs we found would "
          "have looked like a design problem when they are not."),
        H(1, "3. Cleaning the data and picking our tools", {"data-preparation": "ok", "methods": "ok"}),
        T([["Problem found", "How often", "What we did"],
           ["Duplicate events after app crashes", "4 % of sessions", "kept the first of each pair within two seconds"],
           ["Sessions with no device identifier", "1.8 %", "removed from journeys, kept in totals"],
           ["Kiosk sales typed with the wrong date", "312 tickets", "corrected from the boat's departure log"],
           ["Survey answers left blank", "9 %", "kept when the reason question was answered"],
           ["Train delays missing for local lines", "two months", "filled from the regional operator's feed"]]),
        P("A booking in Navix has five steps: choose a crossing, pick a time, add passengers, log in, pay. We rebuilt "
          "each session as a sequence of these steps from the event logs, in Python with pandas on one laptop, "
          "since nine million events fit in memory once the unused columns are dropped. Funnels were computed per "
          "week, per device and per type of traveller."),
        P("To understand who gives up, we grouped accounts with a k-means clustering on seven behaviour variables "
          "(trips per month, share of return tickets, group size, days booked ahead, device, hour of booking, "
          "season). We tried four to eight groups and kept five, which were stable across two random samples and "
          "easy to name. The crossing with tides, weather and trains was done by joining on the date and the "
          "hour, then testing with a logistic regression which conditions raised the odds of abandoning. The "
          "survey's free answers were coded by two of us separately, then compared. Charts were drawn in "
          "Tableau Public so that the company can open them without a licence."),
        H(1, "4. How people really book", {"behaviour-analysis": "ok"}),
        P("The funnel is clear about where the losses happen. Out of 100 bookings started, 92 choose a crossing, "
          "85 pick a time, 79 add passengers, 66 get past the login and only 59 pay. The two worst steps are the "
          "login, which loses 13 points, and the payment page, which loses 7. On the login step, the logs show "
          "many people tapping \"forgot password\" and never coming back: an account is mandatory, even to buy a "
          "single ticket, and two thirds of the travellers who give up there had not opened the app for more "
          "than six months."),
        P("The five groups behave very differently. Island residents and commuters, about 9 % of accounts, book "
          "more than eight trips a month and almost never give up; their complaint in the survey is that they must "
          "buy each trip separately, since the app does not sell the monthly pass. Families on holiday, the largest "
          "group at 38 %, book once or twice a year, mostly from a phone in the evening, for four or five people; "
          "they give up at the passenger step when they discover that children under four must be added as "
          "passengers with a date of birth. Day trippers arriving by train, 22 %, book on the same day, often less "
          "than an hour before departure, and give up at the login step."),
        P("Groups and seniors travelling on excursions, 11 %, rarely use the app at all: their organiser books at the "
          "kiosk or by phone. The last group, occasional local visitors, books a few days ahead from a computer "
          "and finishes most bookings; it is the group the current design was made for."),
        P("Timing matters too. Abandoned bookings rise from 35 % in the morning to 52 % between 6 pm and 10 pm, "
          "when families plan the next day on a phone in a holiday rental with a weak connection: the payment page "
          "takes eleven seconds on average to load on 3G, against four on Wi-Fi. In the survey, 44 % of those who "
          "gave up said they \"would buy at the quay anyway\", 27 % forgot their password and 18 % were not sure "
          "the boat would sail. Finally, people who abandon rarely come back: only 16 % finish a booking for the "
          "same crossing later in the app, while 61 % of them appear in the kiosk sales the same day, which is "
          "exactly the queue the company wants to shorten."),
        B("Bookings against tides, weather and trains", {"data-crossing": "ok"}),
        P("Crossing the logs with the weather records shows that when the wind forecast exceeds 25 knots, the "
          "share of abandoned bookings for Île d'Aix jumps from 40 % to 63 %, even on days when no boat was "
          "cancelled. The app shows the same orange banner for a warning and for a cancellation; travellers cannot "
          "tell them apart and stop. The tide has no effect of its own once the weather is taken into account."),
        P("The train data tell a sharper story. For day trippers, each ten minutes of delay on the arriving train "
          "raises the odds of abandoning by about a fifth, and most of these bookings are for a departure that "
          "the traveller can no longer reach. The app never offers the next boat: it simply shows the sold-out or "
          "departed crossing in grey. Seasonality, read against INSEE's stays, explains the volumes but not the "
          "rates: abandonment is as high in June as in August, so the problem is not the crowd but the journey through the app."),
        B("Three charts that say it all", {"key-findings-chart": "ok"}),
        Img(["Funnel: 100 started", "66 past login", "59 paid", "Drop by hour", "Wind over 25 knots"],
            caption="Figure 1 – The booking funnel, drop-outs by hour of day and by wind forecast"),
        H(1, "5. Old habits, new habits", {"patterns": "ok"}),
        T([["Who", "What they do today", "What we expect with a better app"],
           ["Residents and commuters", "buy single tickets in the app every day", "take a monthly digital pass, renewed automatically"],
           ["Families on holiday", "start in the evening on a phone, give up, buy at the quay", "book as guests in three steps the evening before"],
           ["Day trippers by train", "book at the last minute, give up when late", "get offered the next boat and keep their booking"],
           ["Groups and seniors", "go through an organiser at the kiosk", "organiser books online with one payment for the group"]]),
        P("The first three shifts are the ones the data support best: each rests on a drop-out we measured at a precise step, "
          "and on a reason travellers gave us in the survey. The fourth is a hope rather than a finding, since groups barely appear in the logs."),
        H(1, "6. Our travellers and who we go after first", {"personas": "ok", "targets": "ok"}),
        T([["Persona", "Profile from the data", "Target and goal for 2027"],
           ["Sylvie, 47, nurse on Île d'Aix", "22 crossings a month, books from the quay at 6 am", "residents: 80 % on a digital pass by March"],
           ["The Morel family, four people", "one week in July, books at 9 pm on a phone", "families: abandonment at the passenger step halved"],
           ["Hugo, 26, comes by train from Poitiers", "same-day booking, gives up when the train is late", "day trippers: 30 % of late bookings moved to the next boat"],
           ["Jeannine, 71, with her walking club", "never uses the app, the club president books", "groups: out of the first target, phone line kept"]]),
        P("We put families and day trippers first because together they make up 60 % of the abandoned bookings "
          "in summer, and residents second because the pass is what allows the Fouras kiosk to close in winter."),
        H(1, "7. Showing it", {"visual-modelling": "ok"}),
        P("We chose pictures that a commercial team can read in a meeting without us. A heat map of bookings by "
          "hour and day shows at once the evening peak of abandonment. A funnel per traveller group replaces the "
          "tables of percentages we first used, which nobody read. A map of the quay, with the walking time from "
          "the station, explains the day trippers' behaviour better than any figure. We kept colours to two, "
          "and every chart states its source and period under it. We tested each chart on two people from the sales "
          "team before keeping it; the funnel per traveller group was the one they could still explain to us a week later."),
        B("Heat map of bookings", {"behaviour-dataviz": "ok"}),
        Img(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            caption="Figure 2 – Abandoned bookings by day and hour, summer 2026: the darkest cells are evenings"),
        H(2, "The dashboard", {"dashboard": "empty"}),
        H(1, "8. What we cannot say, and the rules we followed", {"limits-gdpr": "ok"}),
        P("Our data describe people who opened the app; travellers who never installed it are invisible, except "
          "in kiosk totals. The survey answers come mostly from people who had an account, so they overstate "
          "login problems. The clustering depends on our choice of seven variables, and one summer is not enough "
          "to be sure that the groups will hold next year."),
        P("On personal data, we received only pseudonymised logs, linked by an identifier that the company can "
          "reverse but we cannot. No location data were used. The survey asked for consent and kept no e-mail "
          "addresses. The company's data protection officer approved the processing and the retention of our "
          "working files until the end of February 2027, after which they will be deleted. No table or chart we hand over shows a group of fewer than twenty travellers."),
        H(1, "Appendix", {"appendices": "ok"}),
        L(["Questions of the October survey: how did you buy your last ticket, did you start in the app, at which "
           "step did you stop and why, what would make you finish in the app next time",
           "Variables of the clustering, with their definitions and the share of missing values for each",
           "The notebook that rebuilds the sessions and the funnel, shared with the company on its own Git server",
           "Minutes of the two workshops with the quay staff in Fouras and La Rochelle, held in November with eleven agents"]),
    ],
)
