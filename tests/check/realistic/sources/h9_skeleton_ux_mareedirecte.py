from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: a Nantes app that delivers fish and shellfish from the morning auction (Marée Directe)
    wants to understand why customers order once and never again. Guidance deleted. The business question retyped
    "What Marée Directe wants to know" and the behaviour analysis retyped "What people actually do in the app"
    (runs replaced, bookmarks lost); the patterns heading retyped "Habits, old and new" and the limits heading
    retyped "Caveats & personal data", both keeping their bookmark; the targets table left as generated with no
    text (empty); the dashboard section deleted, the team had not built one (missing); the appendices are two
    sentences (thin); the other tables, the persona and both charts filled.""",
    cover={"project": "Why one order and no second?", "client": "Marée Directe", "candidate": "Yanis Le Goff",
           "team": "Yanis Le Goff, Maëlle Guérin, Paul Bréhier", "school": "Web School Factory"},
    sections={
        "business-question": dict(status="ok", retitle="What Marée Directe wants to know", text=[
            "Marée Directe buys fish and shellfish at the La Turballe auction at 5 a.m. and delivers them to homes "
            "in the Nantes area the same evening, in insulated boxes, through an app launched in 2024. The app has "
            "31,000 registered accounts, but 58 % of the customers who placed a first order in 2025 never placed a "
            "second one. Each new customer costs 23 euros in advertising and a first-order discount, while the "
            "margin on an average basket of 41 euros is about 9 euros, so a customer who orders once loses money.",
            "The founders, Gwen and Erwan Tanguy, asked us one question: why do people stop after one order, and "
            "which customers are worth winning back? We split it into three questions we could answer with data. "
            "Where in the app do first-time customers hesitate or give up? What separates the customers who come "
            "back from those who do not, in what they buy, when and from where? And does anything outside the app, "
            "such as the weather, the price of fish at the auction or the distance from the coast, explain part of "
            "the drop? The answers should tell the founders where to spend next year's marketing budget of 150,000 "
            "euros."]),
        "data-sources": dict(status="ok", tables=[[
            ["App events", "client", "Marée Directe", "internal", "private", "JSON export", "one event", "daily",
             "sessions, screens, abandoned baskets"],
            ["Orders", "client", "Marée Directe", "internal", "private", "CSV", "one order line", "daily",
             "what was bought, when, delivery time"],
            ["Auction prices", "open data", "FranceAgriMer", "data.gouv.fr", "Licence Ouverte", "CSV", "species and day",
             "daily", "price of each species on the day of the order"],
            ["Weather", "open data", "Météo-France", "meteo.data.gouv.fr", "Licence Ouverte", "CSV",
             "station and day", "daily", "rain and temperature in Nantes on the day of the order"]]], text=[
            "We used two exports from the client and two open datasets, all covering the same nineteen months."]),
        "open-data-value": dict(status="ok", text=[
            "The client's data tell us what customers do, not the world around them. Two open datasets filled that "
            "gap. The daily auction prices published by FranceAgriMer let us check whether customers who saw a "
            "high price on their first order, for example sea bass at 28 euros a kilo in February, were less "
            "likely to come back. Météo-France's daily observations for Nantes let us test a belief the founders "
            "hold strongly: that people order fish when the weather is fine and they plan a meal with friends.",
            "Without these sources we would have had to guess. With them we could separate what the app controls "
            "(screens, delivery slots, prices shown) from what it does not (the catch, the weather). Both datasets "
            "are free, updated daily and easy to join on the date, which made them cheap to add."]),
        "data-preparation": dict(status="ok", tables=[[
            ["App events", "4.2 million × 14", "Jan 2025 – Oct 2026", "96", "test accounts, duplicate events",
             "removed 312 staff accounts, deduplicated on event id"],
            ["Orders", "61,400 × 22", "Jan 2025 – Oct 2026", "99", "refunds counted as orders",
             "refunds flagged and excluded"],
            ["Auction prices", "38,000 × 6", "Jan 2025 – Oct 2026", "91", "species names differ from the app",
             "mapping table of 47 species written by hand"]]], text=[
            "The longest job was joining the app's product names to the auction's species names, which took two "
            "days. We also rebuilt sessions from the raw events, cutting a session after thirty minutes without "
            "activity, because the export had no session number. All cleaning is scripted, so a new export goes "
            "through the same steps."]),
        "methods": dict(status="ok", text=[
            "For the first question, where first-time customers give up, we built a funnel from opening the app to "
            "paying, screen by screen, in Python with pandas, and compared the funnel of first sessions with that "
            "of later sessions. We looked at the median time spent on each screen and the share of sessions that "
            "ended there.",
            "For the second question, what separates returning customers, we defined a returning customer as "
            "anyone with a second order within 90 days of the first. We compared the two groups on basket size, "
            "species bought, delivery slot chosen, postcode and first-order discount, with simple cross-tables "
            "first and then a logistic regression in scikit-learn to see which factors still mattered when taken "
            "together. We kept the model small, seven variables, so that the founders could read it.",
            "For the third question, we joined each first order to the auction price of its main species on that "
            "day and to the weather, and compared return rates across price and weather bands. We also ran a "
            "clustering (k-means on recency, frequency and basket) on the customers with two orders or more, to "
            "describe the kinds of regular customers the app already has. Charts were made in Python and the "
            "final views rebuilt in Looker Studio for the client. Every step is in a notebook that the client's "
            "developer can run again next year with fresh exports."]),
        "behaviour-analysis": dict(status="ok", retitle="What people actually do in the app", text=[
            "The first finding is about the basket screen. Of the first-time customers who add something to their "
            "basket, 37 % leave at the delivery slot step. Their median time on that screen is 74 seconds, against "
            "19 seconds for regular customers. When we looked at the slots shown, the reason became clear: after "
            "2 p.m., the only slots left for the same evening are between 9 and 10 p.m., and the next available "
            "slot is two days later, when the fish is no longer \"from this morning\", which is the whole promise "
            "of the app. New customers who see only late slots give up twice as often as those who order in the "
            "morning.",
            "The second finding is about the first order itself. Customers who came back had a smaller first "
            "basket (median 34 euros) than those who did not (median 47 euros). The one-time customers bought more "
            "whole fish and more expensive species, often for an occasion; in reviews, several complained that "
            "they did not know how to prepare a whole turbot. The regular customers started with fillets, prawns "
            "or mussels, things they already knew how to cook. In the regression, buying a whole fish on the first "
            "order lowers the chance of a second order by a third, even at the same basket value.",
            "The third finding is about the discount. The 10-euro first-order voucher brings many customers who "
            "never come back: 71 % of voucher users ordered only once, against 49 % of customers who paid full "
            "price. The voucher seems to attract curious people rather than future regulars.",
            "Finally, distance matters less than the founders feared. Customers in the outer postcodes come back "
            "almost as often as those in the city centre, as long as their first delivery arrived on time. A late "
            "first delivery, which happened to 8 % of first orders, halves the return rate wherever the customer "
            "lives. The app's reviews confirm it: the words \"late\" and \"warm\" appear in 40 % of the one-star "
            "reviews written after a first order. In short, the first experience decides almost everything, and three "
            "things spoil it: a slot that is too late, a product that is hard to cook, and a delivery that "
            "arrives after the announced time. The app can act on all three, and none of them needs a new "
            "marketing budget: they are choices about slots, product pages and the delivery rounds."]),
        "data-crossing": dict(status="ok", text=[
            "Crossing the orders with the auction prices gave a result we did not expect. When the main species "
            "of a first order was more than 20 % above its average price of the season, the return rate fell from "
            "45 % to 33 %. Customers do not see the auction, but they see the price in the app, and a first "
            "impression of \"expensive\" sticks. On those days, the app could push the species that are cheap at "
            "the auction rather than the ones that are popular.",
            "Crossing with the weather disproved the founders' belief. Sunny days bring more first orders, about "
            "15 % more than rainy days, but the customers who first order on a sunny weekend come back less often. "
            "Rainy weekday customers, who are ordering for an ordinary dinner, become regulars more often. The "
            "marketing calendar, which today spends most on sunny spring weekends, is aimed at the wrong people, "
            "and should move a good part of its budget to weekday evenings in autumn and winter."]),
        "key-findings-chart": dict(status="ok", image=["Opened app 100 %", "Basket 41 %", "Delivery slot 26 %",
                                                         "Payment 19 %", "Second order 8 %"],
                                   caption="First-time customers, from opening the app to a second order (2025)."),
        "patterns": dict(status="ok", retitle="Habits, old and new", keep_bookmark=True, tables=[[
            ["Occasion buyer", "current", "one big basket for guests, whole fish, weekend", "basket median 47 €",
             "41 %", "guide them to easy products, or accept them as one-off"],
            ["Weekday regular", "current", "small baskets of fillets and mussels, Tuesday to Thursday",
             "2.9 orders a month", "22 %", "the core to protect: slots and punctuality"],
            ["Morning planner", "new", "orders before 11 a.m. for the same evening, often on the bus",
             "mobile sessions 7–9 a.m. up 60 % in 2026", "9 %", "push a morning notification with the catch"]]],
            text=["The third pattern is new this year and still small, but it grows every month and its customers "
                  "come back more often than any other group we found."]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Sophie, 38, the weekday regular (about 6,800 customers)"],
            [None, "lives in Rezé, two children, works in the city centre, orders from her phone"],
            [None, "a healthy dinner on a weeknight with no extra shopping trip"],
            [None, "late slots when she orders after lunch; whole fish she cannot prepare"],
            [None, "three orders a month, basket 32 €, mostly fillets and mussels, ordered before noon"],
            [None, "app 88 %, e-mail for promotions, never the phone"],
            [None, "\"I want fish like at the market, without going to the market.\""]]]),
        "targets": dict(status="empty"),
        "visual-modelling": dict(status="ok", text=[
            "The founders and their two sales staff are not analysts and will look at this once a month, so we "
            "chose a funnel and a small set of bar charts rather than a complex model. The funnel shows at a glance "
            "where first-time customers are lost; the bars compare return rates by first product, by slot and by "
            "weather, each with one sentence saying what to do. We tried a Sankey diagram of customer journeys, but "
            "in the test with Gwen it took five minutes to explain, so we dropped it. Colours are the same on every "
            "chart: blue for customers who come back, grey for those who do not, orange for the action."]),
        "behaviour-dataviz": dict(status="ok", image=["Fillets 52 %", "Mussels 49 %", "Prawns 47 %",
                                                        "Whole fish 31 %"],
                                  caption="Share of customers who order again within 90 days, by first product."),
        "dashboard": dict(status="missing"),
        "limits-gdpr": dict(status="ok", retitle="Caveats & personal data", keep_bookmark=True, text=[
            "Our analysis has three limits. The app events before March 2025 are incomplete, because tracking of "
            "the slot screen was added late, so the funnel covers only nineteen months. The regression shows "
            "associations, not causes: a customer who buys a whole fish may differ in ways we cannot see. And the "
            "weather and price effects are measured on one region and one season cycle; they should be checked "
            "again next year.",
            "On personal data, we worked only on exports where names, e-mails, phone numbers and exact addresses "
            "had been removed by the client's developer before we received them; postcodes were kept. The files "
            "stayed on the client's shared drive and were deleted from our laptops at the end of the project. The "
            "reviews we quote are public. The client's privacy notice already covers analysis of orders to improve "
            "the service, which is the legal basis we relied on."]),
        "appendices": dict(status="thin", text=[
            "The notebooks and the species mapping table are on the client's shared drive. The list of variables "
            "is in the notebook's first cell."]),
    },
)
