from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 43 (h43_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English. Gîtes du Morvan, a cooperative of 64 rural holiday cottages in Burgundy, whose own booking site
    converts far worse than the big platforms. Guidance deleted. Three headings retyped by selecting and typing over
    them (runs replaced, bookmark lost): the open data, the methods and the limits; the data crossing heading left
    with nothing under it (empty); the visual modelling still our prompt (placeholder); the appendices deleted with
    their heading (missing); tables filled; the three figures drawn pictures with captions.""",
    cover={"project": "Direct bookings for Gîtes du Morvan", "client": "Gîtes du Morvan cooperative",
           "candidate": "Pauline Mercier", "team": "Pauline Mercier, Idriss Kone, Jules Fabre"},
    sections={
        "business-question": dict(status="ok", text=[
            "Gîtes du Morvan is a cooperative of 64 owners of holiday cottages around the lakes of the Morvan "
            "regional park. Since 2022 it has run its own booking website, so that owners stop paying 15 to 18 % "
            "commission to the large platforms. The site gets about 210,000 visits a year, yet only 1.1 % of them "
            "end in a booking, and direct bookings still bring in only 29 % of the nights sold. The board asked us "
            "a blunt question: why do people who find a cottage on our site go and book it somewhere else?",
            "We broke it down into three questions we could answer with data. Where in the search and booking "
            "journey do visitors stop, and does it depend on the device or on the season? Which kinds of guests "
            "book directly, and which only look? And do things outside the site, such as the weather forecast, "
            "school holidays in the Paris region or the events on the lakes, change when and how people book? "
            "The cooperative wants one or two changes it can afford before the 2027 summer season, not a new site."]),
        "data-sources": dict(status="ok", text=[
            "The cooperative gave us its booking database and its web analytics; we added three public datasets "
            "to understand the context of each search. Everything covers January 2023 to September 2026."],
            tables=[[
                ["Booking database", "client", "Gîtes du Morvan", "—", "internal", "SQL dump", "one row per booking",
                 "real time", "who books which cottage, when and for how long"],
                ["Web analytics", "client", "Gîtes du Morvan (Plausible)", "—", "internal", "CSV",
                 "one row per visit and page", "daily", "search filters used, steps reached, device"],
                ["School holiday calendar", "open data", "Ministry of Education", "data.education.gouv.fr",
                 "Licence Ouverte", "JSON", "zone and day", "yearly", "which regions are on holiday"],
                ["Weather observations", "open data", "Météo-France", "meteo.data.gouv.fr", "Licence Ouverte",
                 "CSV", "station and day", "daily", "rain and heat on the days before a booking"]]]),
        "open-data-value": dict(status="ok", retitle="What public data adds", text=[
            "The cooperative's own files tell us that a family from Île-de-France booked the Lac des Settons cottage "
            "for a week in July, and how long the booking took. They say nothing about why that week, or why that "
            "moment. The school calendar lets us tag every search with the holiday zone of the visitor's region, "
            "so we can tell a family planning a school holiday from a couple looking at a free weekend. Weather "
            "observations show whether a hot or rainy spell in Paris the week before changes the number of searches "
            "for a lake cottage. Together with the park's published event calendar, these sources turn a list of "
            "bookings into a story about when people decide, and they cost the cooperative nothing. Without them, "
            "we would have mistaken the seasonal peaks for website problems."]),
        "data-preparation": dict(status="ok", text=[
            "The booking database had been migrated once, in 2024, and some cottages changed identifiers; "
            "we rebuilt the list with the cooperative's secretary. Visits from owners checking their own "
            "calendars had to be removed, or they would have looked like our most loyal visitors. Cancelled bookings were kept but flagged, "
            "since a cancellation is also a behaviour we wanted to see."],
            tables=[[
                ["Bookings", "9,870 × 22", "Jan. 2023 – Sept. 2026", "94", "two identifiers for 11 cottages",
                 "mapping table built by hand"],
                ["Web visits", "640,000 × 12", "Jan. 2023 – Sept. 2026", "100", "owners' own visits, bots",
                 "excluded logged-in owners and known crawlers"],
                ["Weather", "1,390 days × 6", "same period", "98", "missing days at one station",
                 "filled from the nearest station"]]]),
        "methods": dict(status="ok", retitle="How we worked: methods, tools", text=[
            "We started with the journey. From the visit logs we rebuilt, for every visit, the furthest step "
            "reached among six: home page, search with dates, cottage page, availability calendar, guest details "
            "and payment. We compared the share of visits going from each step to the next by device, by season "
            "and by source of traffic. This was done in SQL on a copy of the database, then in Python with "
            "pandas; charts were drawn with Plotly and checked by the cooperative's manager.",
            "To find out who books directly, we described each guest who booked at least once by six variables: "
            "distance from home, group size, length of stay, lead time, number of visits before booking and "
            "whether they had stayed before. We grouped them with a k-means clustering, tried three to six groups "
            "and kept four, which the manager recognised immediately as real kinds of guests.",
            "For the outside factors we joined each search to the school holiday zone of the visitor's region "
            "(from the IP address, at region level only) and to the weather of the previous seven days in Paris, "
            "Lyon and Dijon. A Poisson regression of daily searches on holidays, weather and events gave the size "
            "of each effect. Notebooks and SQL scripts are in the team's shared Git repository, "
            "and each chart in this report names the notebook that draws it."]),
        "behaviour-analysis": dict(status="ok", text=[
            "Visitors do not leave where the board thought. The board blamed the payment page, which is old and "
            "asks for many details. In fact, out of 100 visits that reach a cottage page, 47 open the availability "
            "calendar, only 14 find free dates that suit them, 9 fill in their details and 7 pay. The largest loss "
            "is at the calendar: a third of visitors open it and leave within twenty seconds. When we replayed the "
            "searches, we saw why: the calendar shows one cottage at a time, and the visitor who finds it full has "
            "to go back to the list and start again. On the platforms, the search shows only what is free.",
            "Devices make the gap worse. On a phone, where 58 % of visits begin, the calendar is hard to read and "
            "the month arrows are small; 3 visits in 100 end in a booking, against 12 on a computer. Many phone "
            "visitors come back later on a computer, but a good number never do. We found 1,920 guests who booked "
            "a cooperative cottage on a platform in 2025 after visiting our site at least once in the previous "
            "month, which is the leak the board suspected, now measured.",
            "The four groups of guests behave very differently. Returning guests, who already know a cottage, "
            "book directly, early and by phone or by e-mail to the owner as often as on the site. Families from "
            "the Paris region plan their summer week four to six months ahead and compare many cottages; they are "
            "the ones lost at the calendar. Couples from Lyon and Dijon book weekends less than ten days ahead and "
            "mostly on the platforms, which show last-minute availability better. Walking and fishing groups book "
            "large cottages in spring and autumn and care mostly about the number of beds.",
            "The context explains the peaks. Searches jump by 35 % in the week after the winter school holidays "
            "start in each zone, as families plan the summer, and by 20 % after three hot days in Paris. Rainy "
            "weekends in Burgundy cut last-minute bookings by a quarter. None of these peaks comes with a change "
            "in the website's conversion, which tells us that the site loses the same share of visitors whatever "
            "the season: the problem is the search, not the demand. Demand is there every year; the site simply fails to turn it "
            "into direct bookings."]),
        "data-crossing": dict(status="empty"),
        "key-findings-chart": dict(status="ok", image=["Cottage page 100", "Calendar 47", "Free dates 14",
                                                       "Details 9", "Paid 7"],
                                   caption="Out of 100 visits to a cottage page, 7 end in a booking; the calendar "
                                           "loses the most."),
        "patterns": dict(status="ok", text=[
            "Three patterns come out of the journey and the clusters. The first two are old; the third grew with "
            "the site itself, and it is the costly one, because the cooperative pays for the visit and a platform "
            "takes the commission on the booking."],
            tables=[[
                ["Loyal direct bookers", "current", "return to the same cottage, book early, often by phone",
                 "share of repeat bookings, booking database", "18 %", "reward them, keep the phone line"],
                ["Summer planners", "current", "families comparing many cottages months ahead",
                 "pages per visit, lead time", "37 %", "search by free dates first"],
                ["Look here, book there", "new", "visit our site, then book the same cottage on a platform",
                 "visits matched to platform bookings", "19 %", "show live availability, match platform prices"]]]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Sandrine, 41, Montreuil – the summer planner"],
            [None, "Two children, one dog, both parents working"],
            [None, "A quiet cottage near a lake for the second week of July"],
            [None, "Opens ten cottage pages, finds most of them full, gives up on the phone"],
            [None, "Plans in February, compares in the evening on a phone, books on a laptop"],
            [None, "Search engine, then the site, then a platform app"],
            [None, "'I just want to see what is still free, not every cottage one by one.'"]]]),
        "targets": dict(status="ok", text=[
            "We put the summer planners first: they are the largest group, they book long stays worth 980 euros "
            "on average, and they are the ones the current calendar loses. The weekend couples come second, "
            "because a better search would bring some of them back from the platforms. Loyal guests are already "
            "won; the cooperative should simply not make their path longer."],
            tables=[[
                ["Summer planners", "about 2,300 guests a year", "980 € per stay", "summer planners",
                 "find free dates without leaving the search", "1"],
                ["Weekend couples", "about 1,500 guests", "260 € per stay", "look here, book there",
                 "book directly on a phone", "2"],
                ["Loyal guests", "about 700 guests", "1,100 € per stay", "loyal direct bookers",
                 "keep booking early and directly", "3"]]]),
        "visual-modelling": dict(status="placeholder"),
        "behaviour-dataviz": dict(status="ok", image=["Feb. planning peak", "Hot days in Paris", "Rainy weekends"],
                                  caption="Daily searches over 2025 with the school holidays and heat waves marked."),
        "dashboard": dict(status="ok", image=["Visits by step", "Direct share of nights", "Platform leaks",
                                              "Filter: cottage, month"],
                          caption="Wireframe of the monthly dashboard for the cooperative's board."),
        "limits-gdpr": dict(status="ok", retitle="Limits, privacy", text=[
            "The match between visits to our site and bookings on the platforms rests on the guest's e-mail "
            "address, which the cooperative receives from the platforms; guests who used a hidden platform "
            "address are not counted, so the leak is probably larger than we say. Region from the IP address is "
            "wrong for visitors on a company network or a VPN. The weather effect is measured on three cities "
            "only and should be read as an order of magnitude.",
            "On personal data: we worked on a copy of the database prepared by the cooperative, with names, "
            "phone numbers and e-mail addresses replaced by random codes before we received it. IP addresses "
            "were turned into a region and deleted. The work is covered by a processing agreement signed with the "
            "cooperative in September; the files stay on its server and will be erased at the end of the project. "
            "No chart shows a group of fewer than fifteen guests."]),
        "appendices": dict(status="missing"),
    },
)
