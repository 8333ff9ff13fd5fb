from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 60, written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: the click-and-collect site of the traders of a Bordeaux covered market. The authors' own
    headings, some shortened, some questions; what users do is split over two headings (browsing, then checkout);
    the targets are a few lines (thin); no dashboard (missing); an appendix of their own (event dictionary).""",
    title="Capucins Direct – what our shoppers do, and why they leave",
    cover=["Data project – behaviour and UX analysis", "Lucie Arnaud, Mehdi Saïdi, Paul Lestrade – December 2026"],
    blocks=[
        H(1, "Why do two baskets in three never reach the till?", {"business-question": "ok"}),
        P("Capucins Direct lets shoppers order from 38 traders of the Marché des Capucins in Bordeaux — fishmongers, "
          "butchers, cheese makers, greengrocers — and collect everything in one bag at a locker by the south gate. "
          "The site opened in March 2025. It now has 9,400 accounts and sells about 1,100 baskets a week, but 68 % "
          "of the baskets created are never paid for. The traders' association, which pays for the site, asked us "
          "one question: who are the shoppers who give up, at which step, and what would bring them to the end?"),
        P("Behind it sits a money question. Each paid basket averages 46 euros and the association takes 6 %. If "
          "half of the abandoned baskets of regular shoppers were paid, the site would cover its own costs without "
          "the 30,000 euro subsidy the city gives this year and will not renew in 2027. We were also asked whether "
          "the Saturday rush, when lockers run out, explains part of the abandonment, because the board is about to "
          "vote on 40 extra lockers."),
        H(1, "Where the data comes from", {"data-sources": "ok"}),
        P("We started from what the association owns, then added two public sources that could explain what "
          "happens outside the site. Everything was exported on 15 October 2026 and covers 1 January to 30 "
          "September 2026."),
        T([["Source", "Owner", "What it holds", "Volume"],
           ["Web analytics (Matomo)", "association", "page views, clicks, basket events", "2.3 million events"],
           ["Order database", "association", "baskets, items, trader, slot, payment", "61,000 baskets"],
           ["Locker log", "locker supplier", "deposit and pick-up times per door", "38,000 pick-ups"],
           ["Météo-France daily data", "public", "rain and temperature in Bordeaux", "273 days"],
           ["TBM tram ridership", "public (open data)", "hourly entries at Capucins stops", "6,500 hours"]]),
        H(2, "Public data worth adding", {"open-data-value": "ok"}),
        P("Our own logs say what people do on the site, never why. The two open datasets give context that the "
          "association could not collect itself. Weather matters because the market is half open to the street: "
          "traders told us that rainy Saturdays empty the aisles and fill the site, and we wanted to test that "
          "with figures rather than anecdotes. Tram ridership at the Capucins stops gives a daily measure of how "
          "many people physically come to the area, which lets us separate a bad day for the site from a bad day "
          "for the whole market."),
        P("Both sets are free, updated daily and published under an open licence, so the association can keep "
          "the analysis running after we leave. Joining them was simple because both are keyed by date and hour; "
          "the only work was to convert the tram data from UTC to local time, which shifted every Saturday peak "
          "by two hours until we noticed it."),
        H(1, "Cleaning", {"data-preparation": "ok"}),
        P("About a fifth of the raw events were unusable as they came. The table lists what we found and what we "
          "did with it; every step is a script in the project folder, so it can be run again on next year's export."),
        T([["Problem", "Size", "What we did"],
           ["Test orders by traders and staff", "2,140 baskets", "removed, using the staff account list"],
           ["Bots and crawlers in the analytics", "11 % of sessions", "removed by user agent and by sessions under one second"],
           ["Same shopper on phone and laptop", "about 1,900 accounts", "sessions merged on the account id after login"],
           ["Locker times in another time zone", "all rows", "converted to Paris time"],
           ["Baskets without a collection slot", "3 %", "kept, flagged as abandoned before the slot step"]]),
        H(1, "Method & tools", {"methods": "ok"}),
        P("The volume is modest — a few million rows — so we worked on a laptop with Python (pandas) in Jupyter "
          "notebooks and kept the cleaned tables in a DuckDB file, which answers our SQL in seconds and travels "
          "with the project. A cloud warehouse would have cost money and a login the association does not have. "
          "All code lives in a private Git repository that the association's volunteer developer can read and "
          "rerun without us."),
        P("We rebuilt the purchase funnel from the events: product page, basket, slot choice, account or login, "
          "payment, paid. For each step we measured the drop and compared groups of shoppers: new and returning, "
          "phone and computer, weekday and Saturday. Returning shoppers were then grouped by k-means on five "
          "behaviour variables (orders per month, average basket, number of traders per basket, share of Saturday "
          "orders, days between visits); we tested three to seven groups and kept four, the best silhouette score "
          "and the easiest to explain to traders."),
        P("To link abandonment with weather and tram traffic we used a simple regression per day rather than a "
          "black-box model, because the board wants to understand the result. Finally we watched 24 session "
          "recordings of abandoned baskets and ran six phone interviews with shoppers who had given up, to put "
          "words on the numbers. Charts were made in Python, then redrawn in Figma for the final version."),
        H(1, "What people do on the site (1): browsing", {"behaviour-analysis": "ok"}),
        P("Shoppers behave like market-goers, not like online shoppers. 72 % of sessions start on a trader's page "
          "reached from that trader's Instagram or from a QR code at the stall, not on the home page. A typical "
          "returning shopper opens two or three traders they already know and rarely discovers a new one: only 9 % "
          "of baskets include a trader the shopper had never bought from. Search is almost unused (4 % of "
          "sessions), probably because product names are written by each trader in their own way (\"pavé de "
          "cabillaud\", \"cabillaud dos\", \"dos de cabillaud\")."),
        P("Browsing peaks twice: Thursday evening between 8 and 10 pm, when people plan the weekend, and Saturday "
          "morning between 7 and 9. Phones make 81 % of sessions but only 58 % of paid baskets, a first sign that "
          "the trouble is further down the path. Product pages with a photo sell twice as often as those without, "
          "and a third of the catalogue still has no photo. The few shoppers who do browse widely are mostly newcomers "
          "on a computer, who open on average eleven product pages before adding anything; regulars add their "
          "first item within ninety seconds. The home page, which the association redesigned last spring, is seen "
          "in fewer than a third of sessions and has almost no effect on what ends up in the basket."),
        H(1, "What people do on the site (2): checkout", {"behaviour-analysis": "ok"}),
        P("The funnel loses people at two precise steps. The first is the collection slot: 31 % of baskets stop "
          "there. On Saturdays, slots between 10 am and noon are full by Friday evening, and a shopper who finds "
          "no slot leaves rather than choosing the afternoon; session recordings show people scrolling the slot "
          "list up and down, then closing the tab. The second is the account step: new shoppers must create an "
          "account before paying, and 44 % of first-time baskets die there, against 6 % for returning shoppers "
          "who are already logged in."),
        P("Payment itself loses few people (5 %), except on phones with the bank's extra security check, where "
          "the page sometimes times out. Baskets mixing many traders are more fragile: beyond four traders, the "
          "chance that one item is out of stock rises and the shopper receives an email asking to accept a "
          "replacement, which a third ignore. In interviews, shoppers described the site as \"good for the "
          "regulars, a puzzle for the first time\". One interviewee summed it up: she had filled a basket at three "
          "stalls, found no slot before noon, and simply walked to the market instead."),
        H(2, "Orders × weather × tram", {"data-crossing": "ok"}),
        P("Crossing our orders with the weather confirmed what traders felt, but less strongly than they thought. "
          "A Saturday with more than 5 mm of rain brings 18 % more baskets than a dry one, and the abandonment "
          "rate does not change: rain brings more shoppers, not more frustrated ones. Tram entries at the Capucins "
          "stops fall by a quarter on the same days, so part of the market's footfall moves online."),
        P("The crossing with the locker log was more telling. On 23 of the 39 Saturdays studied, all lockers were "
          "taken before 11 am; on those days the slot step loses 42 % of baskets, against 19 % on Saturdays with "
          "free lockers. Weather does not explain this gap once locker saturation is in the model. The extra "
          "lockers the board is discussing would therefore address a real cause, but only for Saturdays, and the "
          "account step remains the bigger leak over the whole week. Tram traffic, finally, adds nothing once weather "
          "is known, so we dropped it from the final model."),
        H(2, "Findings at a glance", {"key-findings-chart": "ok"}),
        Img(["Product page 100", "Basket 64", "Slot 44", "Account 31", "Payment 29", "Paid 32 %"],
            caption="Figure 1 – Funnel of all baskets, January to September 2026: the slot and account steps lose most"),
        H(1, "Old habits, new habits", {"patterns": "ok"}),
        P("We compared how the regulars of the physical market shop with what the site has started to create. "
          "The emerging habits are still small, but each has grown every month since spring, and together they "
          "point to a more planned way of shopping."),
        T([["Pattern", "Today", "Emerging", "Evidence"],
           ["Where the visit starts", "a trader's Instagram or QR code", "the weekly newsletter basket", "newsletter sessions up 3x since June"],
           ["When people order", "Saturday morning, last minute", "Thursday evening planning", "Thursday share from 14 % to 22 %"],
           ["How many traders", "two or three known ones", "a whole week's shopping in one basket", "baskets of 5+ traders doubled"],
           ["How they collect", "locker at 11 am on Saturday", "Friday evening pick-up", "Friday slots added in May, full by July"]]),
        H(1, "Three shoppers", {"personas": "ok"}),
        T([["", "Hélène, the regular", "Karim, the planner", "Zoé, the first-timer"],
           ["Cluster share", "38 % of paid baskets", "24 %", "new accounts"],
           ["Behaviour", "orders from three traders every Saturday", "orders on Thursday evening, large basket", "arrives from Instagram, leaves at the account step"],
           ["Frustration", "no late-morning slot left", "out-of-stock emails", "forced to create an account"],
           ["What would help", "more Saturday lockers", "stock shown in real time", "pay as a guest"]]),
        H(1, "Who we go after", {"targets": "thin"}),
        P("First the planners, who already spend the most and only need reliable stock. Then the first-timers "
          "coming from Instagram: a guest checkout could convert a good share of them. Regulars come last — they "
          "already buy and mostly need lockers."),
        H(1, "How we drew it", {"visual-modelling": "ok"}),
        P("We chose a funnel for the main message because the board thinks in steps (\"where do we lose "
          "them?\") and a funnel answers that question at a glance. For time patterns we drew a heat map of days "
          "against hours, which made the Thursday evening peak obvious to traders who had never noticed it. We "
          "avoided pie charts and 3D effects; every chart uses the same two colours (paid in green, abandoned in "
          "grey) so that a trader reading one chart can read them all. The heat map was checked with two traders, "
          "who read it correctly without explanation. A Sankey diagram was tried and dropped: nobody at the board "
          "test could follow it."),
        H(2, "Funnel by hour", {"behaviour-dataviz": "ok"}),
        Img(["Mon", "Tue", "Wed", "Thu 8-10 pm peak", "Fri", "Sat 7-9 am peak", "Sun"],
            caption="Figure 2 – Sessions by day and hour (heat map), paid baskets in green"),
        H(1, "What we cannot claim (and GDPR)", {"limits-gdpr": "ok"}),
        P("Nine months of data include only one summer and no Christmas, the market's biggest season; the "
          "patterns may change in December. The clusters rely on logged-in shoppers, so people who never create an "
          "account are only visible as anonymous sessions, and our picture of first-timers is thinner than the "
          "others. The regression shows associations, not causes: we cannot prove that extra lockers will recover "
          "the Saturday baskets, only that the two move together."),
        P("On personal data: Matomo runs on the association's own server without cross-site cookies, and IP "
          "addresses are truncated. We worked on an extract in which names, emails and phone numbers were replaced "
          "by a random identifier before it left the association's server. The six interviewees gave written "
          "consent, and the session recordings mask every form field. The extract will be deleted at the end of "
          "the project, on 31 January 2027."),
        B("APPENDIX A – EVENT DICTIONARY", {"appendices": "ok"}),
        P("The events we used, as named in Matomo, and what each one means in the funnel. Events not listed "
          "(newsletter opens, trader logins) were left out of the analysis. The notebooks and the DuckDB file are "
          "handed over to the association with this dictionary, so that next year's students can start from it."),
        T([["Event", "Meaning", "Funnel step"],
           ["view_product", "a product page is displayed", "product page"],
           ["add_to_basket", "an item is added, with trader id", "basket"],
           ["slot_selected", "a collection slot is chosen", "slot"],
           ["account_created / login", "the shopper is identified", "account"],
           ["payment_started", "redirection to the bank page", "payment"],
           ["order_paid", "bank confirmation received", "paid"]]),
    ],
    missing=["dashboard"],
)
