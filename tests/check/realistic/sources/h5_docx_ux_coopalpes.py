from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English, a cooperative supermarket chain in Savoie whose click-and-collect app loses baskets at the
    pick-up slot step. Numbered headings with shifted levels: most sections are Heading 1, but the cleaning and the
    patterns sections are Heading 2 although they are siblings of the others. The behaviour analysis is split over
    two headings (the app, then the pick-up point). Metric tables throughout; two pictures (charts and a funnel);
    the targets get a short paragraph (thin); the dashboard heading has nothing under it (empty); no appendices
    (missing).""",
    title="Coop'Alpes Drive – Why baskets are left at the slot step",
    cover=["Data project – user behaviour analysis", "Baptiste Favre and Julie Ng, November 2026"],
    blocks=[
        H(1, "1. The question Coop'Alpes asked", {"business-question": "ok"}),
        P("Coop'Alpes runs 23 cooperative supermarkets in Savoie and Haute-Savoie, and since 2021 a "
          "click-and-collect service: customers fill a basket in the app or on the website, choose a one-hour "
          "slot, and pick the bags up at a covered bay behind the store. The service makes 7 % of the chain's "
          "grocery turnover and is growing, but the e-commerce manager, Sophie Rey, noticed that 38 % of the "
          "baskets that reach the slot page are never paid. Most of them are full baskets, worth 74 euros on "
          "average, so the loss is large: about 2.1 million euros of intended purchases in 2025."),
        P("Her question to us was therefore narrow and practical: what happens at the slot step, who drops out "
          "there, and what would bring them back? Behind it sits a wider one for the board, which must decide in "
          "spring whether to invest in more pick-up bays or in home delivery. If customers leave because the "
          "slots they want are full, bays are the answer; if they leave for other reasons, building bays would "
          "waste money. Our analysis had to tell the two apart with the data the cooperative already holds, "
          "plus whatever public data could add."),
        H(1, "2. Where the data comes from", {"data-sources": "ok"}),
        P("We worked from four internal sources and two open ones. The internal data was exported by the IT "
          "team for the twelve months from November 2024; the open data was downloaded and joined by postcode "
          "and by date."),
        T([["Source", "Owner", "Content", "Volume", "Period"],
           ["App and web events", "Coop'Alpes IT", "page views, taps, basket changes, slot choices", "41 million events", "12 months"],
           ["Orders", "Coop'Alpes", "paid orders with slot, store and amount", "312,000 orders", "12 months"],
           ["Slot capacity", "store managers", "slots offered and filled per bay and hour", "23 stores", "12 months"],
           ["Loyalty accounts", "Coop'Alpes", "age band, postcode, household size", "96,000 members", "snapshot"],
           ["Population by commune", "INSEE", "households, commuting to work", "612 communes", "2021 census"],
           ["Daily weather", "Météo-France", "snow, rain, temperature per station", "14 stations", "12 months"]]),
        H(2, "2.1 Why add INSEE and weather data", {"open-data-value": "ok"}),
        P("The cooperative's data says what customers do, not where they come from or what the day was like. "
          "The commuting figures of the census let us separate households who drive to work in Annecy, Chambéry "
          "or Geneva from those who work locally, which matters for a service built on evening slots. We joined "
          "them by the postcode of the loyalty account, which covers 81 % of app users. The weather data "
          "explained a pattern we could not read otherwise: on the 19 days of snow in the valleys, demand for "
          "slots doubled while capacity stayed the same, and abandonment peaked. Without it, we would have "
          "blamed the app for what the weather did. Both sources are free, updated regularly, and can be "
          "refreshed by the IT team without us, "
          "which matters because the cooperative wants to repeat the analysis every season."),
        H(2, "3. Cleaning", {"data-preparation": "ok"}),
        P("The event log needed the most work. Sessions were rebuilt from device identifiers with a thirty-minute "
          "gap rule, test accounts from the stores were removed, and bots that refreshed the slot page every few "
          "seconds were filtered out. The table gives the main steps and what each removed or fixed. "
          "After cleaning, 38.2 million events and every paid order remained."),
        T([["Step", "Problem", "Rows affected", "Decision"],
           ["Duplicates", "events sent twice on poor mobile networks", "2.4 %", "kept the first"],
           ["Test accounts", "staff testing orders in store", "0.6 %", "removed"],
           ["Slot page bots", "automatic refresh from two scripts", "3.1 %", "removed"],
           ["Missing postcode", "customers without loyalty card", "19 %", "kept, flagged as unknown"],
           ["Time zones", "server clock in UTC, slots in local time", "all", "converted to Paris time"]]),
        H(1, "4. Tools and methods", {"methods": "ok"}),
        P("The volume is moderate, about 41 million rows, so we did not need a cluster. The events were loaded "
          "into DuckDB on a laptop, which runs every query we needed in seconds and keeps the data off any cloud service, and the analysis was written in "
          "Python notebooks with pandas and scikit-learn. Charts were drawn with Plotly, and the store dashboard "
          "was prototyped in Metabase, the tool the cooperative already licenses."),
        P("We used three methods. A funnel analysis counted how many sessions passed each step, from the first "
          "product added to payment, and where they stopped. A survival analysis of the time spent on the slot "
          "page separated customers who left quickly, as if they saw nothing suitable, from those who browsed "
          "for minutes. Finally, a k-means clustering on twelve behavioural variables (hour of visit, basket "
          "size, number of slots viewed, store, commuting distance and others) grouped customers into profiles; "
          "we tried three to seven clusters and kept four, the number that stayed stable across random starts "
          "and that store managers could describe in their own words. Every result was checked against the "
          "paid orders, so that the behaviour we describe is tied to money, not just clicks. We also "
          "showed the first results to two store managers before going further, to make sure the profiles "
          "matched what they see at the bay. Their remarks changed the name of one profile and the order of "
          "our recommendations."),
        H(1, "5. What shoppers do in the app", {"behaviour-analysis": "ok"}),
        P("The funnel is healthy until the slot step. Of 100 sessions that add a product, 61 reach the basket, 52 "
          "open the slot page and only 32 pay. Nearly all the loss between the slot page and payment happens in "
          "the first forty seconds on that page: customers look at the first screen of slots and leave. Those "
          "who scroll to the next day mostly buy."),
        T([["Step", "Sessions (per 100)", "Drop from previous step", "Median time on step"],
           ["Product added", "100", "–", "4 min 10 s"],
           ["Basket opened", "61", "39 %", "1 min 05 s"],
           ["Slot page", "52", "15 %", "38 s"],
           ["Payment", "32", "38 %", "1 min 20 s"]]),
        P("The first screen shows today's and tomorrow's slots. Between 5 p.m. and 8 p.m., the hours when 58 % of "
          "baskets are built, the evening slots of the next day are usually full in the eight busiest stores. "
          "Customers of those stores abandon at 49 %, against 24 % in the others. Abandonment also rises with "
          "basket value: people with a large weekly shop seem to give up rather than split it or wait two days. "
          "A small group returns within an hour and pays, after checking the next day, which shows that some "
          "would accept a later slot if they saw it straight away. Nothing in the app itself stands out: the "
          "page loads in under two seconds, the payment step fails in fewer than one session in a hundred, and "
          "abandonment is the same on Android and on iPhone. The problem is what the page offers, not how it "
          "works."),
        H(1, "6. What happens at the bay", {"behaviour-analysis": "ok"}),
        P("The second half of the story happens at the store. We matched paid orders with the time the bags were "
          "handed over. In the busy stores, a quarter of customers arrive more than twenty minutes outside their "
          "slot, mostly late, and the bay team then holds bags that block the next slot's space. Store managers "
          "compensate by offering fewer slots than the bay could serve, which makes the slot page look even "
          "fuller. On an average Friday the bay of Chambéry Centre could serve 14 orders an hour but the page "
          "offers 10."),
        P("The pattern is worst on Friday evenings and on snow days, when commuters from Geneva arrive late. "
          "Customers who were late once are 30 % more likely to abandon at the slot step next time, as if they "
          "no longer trust themselves to make a one-hour window. In short, the slot page fails because "
          "slots are scarce at the hours people want, and they are scarce partly because the bay is slowed by "
          "late arrivals."),
        H(2, "6.1 Crossing orders with commuting and weather", {"data-crossing": "ok"}),
        P("Joining the loyalty postcodes with the census commuting data shows that 64 % of abandoning customers "
          "in the busy stores live in communes where most people drive more than 30 km to work. They cannot "
          "collect before 7 p.m., and the 7 p.m. and 8 p.m. slots are the first to fill. Customers in the same "
          "stores who work locally abandon at only 27 %. The weather join adds a second layer: on snow days "
          "abandonment rises to 55 % in every store, because demand for slots jumps while bays cannot grow. "
          "Crossing both sources with the capacity file, we estimate that 70 % of the abandoned value comes "
          "from evening commuters facing full slots, and only a minority from problems of the app itself, "
          "such as the payment page timing out. The "
          "rest is spread between small baskets, users without a card and a few sessions we could not explain. "
          "This split is what the board needs: it points to capacity in the evening, not to a redesign of the "
          "app."),
        H(2, "6.2 Three charts", {"key-findings-chart": "ok"}),
        Img(["funnel by step", "abandonment by hour", "busy vs quiet stores"],
            caption="Figure 1 – Funnel, abandonment by hour of visit, and abandonment in busy and quiet stores"),
        H(2, "7. Then and now: usage patterns", {"patterns": "ok"}),
        T([["Pattern", "Today", "Emerging", "Evidence"],
           ["Weekly shop", "one large basket on Sunday evening for a Monday slot", "baskets built on weekday evenings for the next day",
            "share of weekday baskets up from 41 % to 55 % in a year"],
           ["Slot choice", "customers take the first free slot shown", "commuters wait for a late slot or leave",
            "49 % abandonment in busy stores after 5 p.m."],
           ["Collection", "on time, bags loaded by staff", "late arrivals and calls to the bay",
            "a quarter of pick-ups more than 20 minutes off slot"],
           ["Channel", "mostly website on desktop", "mostly app on phone", "app share of baskets 71 %"],
           ["Returns", "an abandoned basket is lost", "some customers come back within the hour to a later day",
            "9 % of abandoned baskets paid later the same evening"]]),
        H(1, "8. Four clusters, four people", {"personas": "ok"}),
        T([["Persona", "Cluster share", "Who", "Behaviour", "What they need"],
           ["Claire, the commuter", "31 %", "works in Geneva, two children", "shops at 9 p.m. on the app, wants 7-8 p.m.",
            "an evening slot she can count on"],
           ["Marc, the weekly planner", "27 %", "retired, lives near the store", "orders on Sunday for Monday morning",
            "nothing more: he is satisfied"],
           ["Nadia, the top-up shopper", "24 %", "student or single", "small baskets, often abandons", "no minimum order"],
           ["The Morels, the big family", "18 %", "household of five, rural", "large baskets, snow-day peaks",
            "a reliable slot on bad-weather days"]]),
        H(1, "9. Who to aim at", {"targets": "thin"}),
        P("The first target is Claire: commuters in the eight busiest stores, who make most of the lost value. The "
          "Morels come second, on snow days. Marc needs nothing and Nadia is not worth the cost of a slot."),
        H(1, "10. HOW WE SHOW IT", {"visual-modelling": "ok"}),
        P("We chose two visual forms, each for a different reader. For the board, a funnel drawn per store makes "
          "the problem visible in one glance: the bar of the slot step is much shorter in the busy stores, and "
          "the difference needs no explanation. For store managers, who act every day, we prototyped a "
          "dashboard that shows, hour by hour, slots offered, slots filled, baskets abandoned at that hour and "
          "late pick-ups. We avoided maps, which the managers found pretty but useless, and kept colours to two, "
          "so that the pages print well for the morning meeting. Both were tested with "
          "their readers before the final version: three board members and four store managers, who each "
          "said in their own words what the picture showed."),
        H(3, "Funnel per store", {"behaviour-dataviz": "ok"}),
        Img(["Annecy Nord 46 %", "Chambéry Centre 51 %", "Albertville 22 %", "Thonon 25 %"],
            caption="Figure 2 – Share of slot-page visitors who leave without paying, four stores, October 2026"),
        H(3, "Store manager dashboard", {"dashboard": "empty"}),
        H(1, "11. Limits, privacy and what we could not do", {"limits-gdpr": "ok"}),
        P("Our work has three limits. A fifth of app users have no loyalty card, so we know neither their "
          "postcode nor their household, and the commuting result rests on the other four fifths. Device "
          "identifiers overcount customers who use both the app and the website. And we could not talk to "
          "customers who abandoned, only read their traces, so the reasons we give are inferred."),
        P("On personal data, we worked only on pseudonymised extracts: names, e-mail addresses and exact "
          "addresses were removed by the IT team before export, and postcodes were the finest location we "
          "used. The processing fits the cooperative's existing purpose of improving its service, recorded in "
          "its register, and the data stays on the cooperative's laptop, to be deleted at the end of the "
          "project in January. Clusters smaller than fifty people were not reported."),
    ],
    missing=["appendices"],
)
