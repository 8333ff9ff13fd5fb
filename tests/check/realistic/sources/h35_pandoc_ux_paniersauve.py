from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="pandoc",
    language="en",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Panier Sauvé, a Lyon app where 240 bakeries and grocers sell their unsold food in evening baskets, asks
    why most users never book a second basket. Numbered headings, several shortened to one word ("2. Sources",
    "3. Cleaning", "4. Methods", "9. Patterns", "11. Targets"); the data sources, the cleaning steps, the patterns
    and the targets are tables. The behaviour analysis is split over two headings (5. the first week, 6. why they
    stop). The visual modelling paragraph is short (thin); the funnel and map figure is there but no dashboard
    anywhere (missing). An appendix of the authors' own holds their survey questions and the event list.""",
    title="Panier Sauvé – why do people stop after one basket?",
    cover=["Data project – user behaviour and UX analysis", "Jade Morel, Bilal Haddad, Lou Servant – December 2026"],
    blocks=[
        H(1, "1. The question", {"business-question": "ok"}),
        P("Panier Sauvé lets people in Lyon book a basket of unsold bread, pastries or groceries for 4 to 6 euros and "
          "collect it at the shop before closing time. 240 shops use it and the app has been installed 61,000 times "
          "since 2024. Yet 58% of the people who collect one basket never book another, and the founders spend most "
          "of their marketing budget to replace them."),
        P("The founders asked us one thing: what happens between the first and the second basket, and what could "
          "the app change to keep these people? Behind it are two business stakes. A user who books three baskets "
          "stays for an average of fourteen months, so retention is worth far more than new installs. And shops "
          "leave the platform when their baskets stay unsold, which happens more in districts where users stop."),
        P("We turned the question into three sub-questions we can answer with data: where in the journey do "
          "first-time users fail or hesitate; which users come back, and what do they have in common; and does the "
          "place, the time of the pick-up or the weather explain part of the drop. The answer must lead to changes "
          "the team of six can build in the next two quarters."),
        H(1, "2. Sources", {"data-sources": "ok"}),
        P("We used what the company already stores, plus three open datasets to place users and shops in the city."),
        T([["Source", "Owner", "Content", "Volume", "Period"],
           ["App analytics (Firebase)", "Panier Sauvé", "Screens viewed, taps, searches, notifications opened", "18.2 M events", "Jan-Oct 2026"],
           ["Orders database", "Panier Sauvé", "Bookings, pick-ups, no-shows, ratings", "212,000 orders", "2024-2026"],
           ["Support tickets", "Panier Sauvé", "Complaints and questions, free text", "4,900 tickets", "2025-2026"],
           ["SIRENE register", "INSEE (open)", "Shop type and opening date", "240 shops matched", "2026"],
           ["TCL network GTFS", "Métropole de Lyon (open)", "Stops and timetables", "4,200 stops", "2026"],
           ["Daily weather", "Météo-France (open)", "Rain and temperature in Lyon", "304 days", "2026"]]),
        H(2, "2.1 Why open data?", {"open-data-value": "ok"}),
        P("The company's own data tell us what users do in the app, but nothing about where they live compared with "
          "the shop, or how hard the pick-up is. The transport timetables let us compute, for every order, the time "
          "needed to reach the shop by tram or bus from the user's usual area before closing. The weather series lets "
          "us test the founders' belief that rain kills pick-ups. The SIRENE register gives each shop's type and age, "
          "which the partners' sign-up form never asked for."),
        P("Crossed with the orders, these three sources turned a vague feeling that some districts do not work into "
          "a measurable pick-up effort per order. They are free, updated often and under open licences, so the "
          "company can keep using them after our project without a new contract. None of them contains personal "
          "data, which made the privacy review simple."),
        H(1, "3. Cleaning", {"data-preparation": "ok"}),
        T([["Step", "Problem found", "What we did", "Rows affected"],
           ["Test accounts", "Staff and demo accounts mixed with real users", "Removed by e-mail domain and device list", "1,140 users"],
           ["Duplicate events", "The Android app sent some taps twice", "Deduplicated on user, event and second", "6.5% of events"],
           ["Time zones", "Orders in UTC, pick-up slots in local time", "Converted everything to Paris time", "All orders"],
           ["Shop addresses", "Free text, 19 shops without a postcode", "Geocoded with the national address base", "240 shops"],
           ["Missing ratings", "Most orders are never rated", "Kept as missing, not as zero", "71% of orders"]]),
        P("After cleaning we kept 38,400 users who booked at least one basket between January and October 2026, and 205,300 of their orders."),
        H(1, "4. Methods", {"methods": "ok"}),
        P("We worked in three steps. First a funnel: for every first-time user, we rebuilt the journey from install "
          "to the second booking from the app events, and measured the share lost at each step and the time between "
          "steps. Second, a cohort view: users grouped by the month of their first basket, followed week after week, "
          "to see whether the drop changed with the seasons or with the app release of June."),
        P("Third, a model to find what separates users who come back from those who do not. We used a logistic "
          "regression, because the founders need to understand the result and explain it to the shops, and checked "
          "it against a gradient boosting model that gave almost the same ranking of factors. The variables were "
          "the pick-up effort computed from the timetables, the slot time, rain on the day, basket price, the shop's "
          "type, the rating given, whether the user opened a notification in the following week, and the first "
          "contact with support."),
        P("The data were loaded in BigQuery, where Firebase already exports them, and analysed in Python with pandas "
          "and statsmodels in shared notebooks. Charts were drawn in Looker Studio so that the team can refresh them "
          "without us. We also read 300 support tickets by hand and coded them into eight themes, because word counts "
          "alone missed the tone of the complaints."),
        H(1, "5. What users do in the first week", {"behaviour-analysis": "ok"}),
        P("Most new users arrive from a friend's link or an article in the local press, and they book within two "
          "days: 74% of first bookings happen in the 48 hours after install. They search by map rather than by list, "
          "and they pick the closest shop, not the cheapest basket. The first booking is often made at lunchtime for "
          "a pick-up the same evening, which leaves them little room if their plans change."),
        P("The first pick-up is where things go wrong. 16% of first bookings end in a no-show, against 5% for "
          "regular users, and half of those no-shows come from slots that end before 19:00, when many people are "
          "still at work or on the tram. Users who miss the first pick-up lose the money and 91% of them never book "
          "again. Users who collect their basket rate it well on average, 4.3 out of 5, but the rating screen comes "
          "the next morning and most ignore it."),
        H(1, "6. Why they stop after one basket", {"behaviour-analysis": "ok"}),
        P("Among users who did collect their first basket, three things are linked with not coming back. The first "
          "is the pick-up effort: when the shop is more than 20 minutes away by public transport, the chance of a "
          "second booking falls by half. The second is surprise: the support tickets show that many first baskets "
          "were not what people expected, mostly bread when they hoped for pastries, and the app says nothing about "
          "the content before the pick-up. The third is silence: the app sends no message after the first pick-up, "
          "and users who never open a notification in the next week come back three times less often."),
        P("Rain, which the founders blamed, plays almost no role once the slot time is known. Price plays a small "
          "role only for students. Users who come back three times usually found a shop on their daily route and "
          "switched on the alert for that shop, which tells them when a basket is available. This is the behaviour "
          "we want to make easy for everyone from the first week."),
        P("In short, people do not leave because they dislike the idea or the food. They leave because the first "
          "pick-up was too hard to reach in time, because the basket surprised them, or because nothing reminded them "
          "of the shop afterwards. All three happen outside the booking screens the team has polished so far."),
        H(1, "7. Crossing app data with the city", {"data-crossing": "ok"}),
        P("The most useful cross was between the orders and the transport timetables. For each order we took the "
          "user's usual search area, found the fastest tram or bus route to the shop and compared the arrival time "
          "with the end of the pick-up slot. This gave a pick-up effort in minutes and a margin before closing for "
          "212,000 orders, something the app never measured."),
        P("Shops in Croix-Rousse and Part-Dieu work well because they sit near stops used by people going home, "
          "while shops in residential parts of Villeurbanne get users from far away who come once and give up. "
          "Crossing the weather with the no-shows confirmed that rain matters only for slots that end early, and "
          "crossing the shop type from the register showed that grocers disappoint less than bakeries, because "
          "their baskets vary more."),
        P("Without these crosses, the funnel alone would have pointed at the booking screens, where in fact very few "
          "users are lost. The city explains what the app alone could not."),
        H(2, "8. Charts", {"key-findings-chart": "ok"}),
        Img(["Install", "First booking 63%", "Pick-up 84%", "Second booking 42%", "Third 27%"],
            "Funnel of first-time users, January-October 2026"),
        P("The largest losses are at the first pick-up and right after it, not in the app itself."),
        H(1, "9. Patterns", {"patterns": "ok"}),
        T([["Pattern", "Today", "What we want", "Evidence"],
           ["Booking far from home", "Closest shop to the search point, often near work", "A shop on the daily route", "Second booking halves beyond 20 min"],
           ["Early slots missed", "Slot ends before 19:00, user still commuting", "Slot chosen with travel time shown", "Half of first no-shows"],
           ["Surprise basket", "Content unknown until pick-up", "Content type shown when booking", "Top theme in tickets"],
           ["Silence after pick-up", "No message, rating next morning", "A follow-up with a shop alert suggestion", "3x more returns after a notification"],
           ["Regular routine", "Alert on one or two shops", "Same routine adopted in week one", "Users with three or more baskets"]]),
        P("The first four patterns are the ones we want to change; the last is the one to copy."),
        H(1, "10. Personas", {"personas": "ok"}),
        P("Claire, 34, nurse in Villeurbanne: books on impulse at lunch from the hospital, misses the 18:30 slot twice "
          "and deletes the app. Needs to see the travel time and a later slot. Mehdi, 22, student at Croix-Rousse: "
          "passes the same bakery every evening, turned on its alert after his second basket, books twice a week. "
          "He is the user we want Claire to become."),
        H(1, "11. Targets", {"targets": "ok"}),
        T([["Target", "Who", "Size today", "Goal for 2027"],
           ["First-time users near their route", "Users with a shop under 20 min from home or work", "about 14,000", "60% book a second basket"],
           ["Commuters on early slots", "Users whose slot ends before 19:00", "about 6,000", "no-shows under 8%"],
           ["Surprised users", "Users who complain about the content", "about 2,500", "half of them book again"],
           ["Regulars", "Three baskets or more", "about 9,000", "keep churn under 5% a quarter"]]),
        P("These four targets cover most of the drop and each one maps to one change in the app: the travel time on the map, later slots, the content type and a follow-up message with a shop alert. Sizes are counted on the users of 2026."),
        H(1, "12. Visualisation", {"visual-modelling": "thin"}),
        P("We chose a funnel for the journey and a map of pick-up effort for the city, because the founders think in "
          "steps and in districts."),
        H(2, "12.1 Funnel and map", {"behaviour-dataviz": "ok"}),
        Img(["Map of Lyon", "Shops by effort", "Green under 10 min", "Orange 10-20", "Red over 20"],
            "Pick-up effort by shop, with the share of users who book again"),
        H(1, "13. Limits & GDPR", {"limits-gdpr": "ok"}),
        P("Our results describe a link, not a cause: users who live far from a shop may differ in other ways we do "
          "not see. The usual search area is a guess from the map searches, not an address, and it is wrong for "
          "people who search from many places. The support tickets are written by the unhappy users, so they "
          "overstate problems. The analysis covers ten months of one city; Grenoble, opened in September, is not in it."),
        P("On privacy, we never used names or e-mail addresses: the company gave us pseudonymised user ids, and the "
          "search areas were rounded to squares of 500 metres before we received them. Analytics consent is asked "
          "in the app, and users who refused are not in the data. Our notebooks and extracts stay in the company's "
          "cloud project in Europe and will be deleted at the end of January 2027."),
        H(1, "Appendix A – our survey and the event list", {"appendices": "ok"}),
        P("We sent a short survey to 1,200 users who had booked only once, and 214 answered. The questions were: "
          "why did you book your first basket; did you collect it; was the content what you expected; how long did "
          "it take you to get to the shop; what would make you book again. The answers confirmed the travel and "
          "surprise themes. The list of 27 app events we used, with their meaning, is in the shared notebook, "
          "together with the code of the funnel and the regression."),
    ],
    missing=["dashboard"],
)
