from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="pandoc",
    language="en",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: the covered market of Lorient (46 independent traders, run by the town) wants a shared click-and-collect
    service with lockers. Numbered headings ("1.", "3.2"); some shortened ("Benchmark", "Scope", "Backlog",
    "Acceptance"); a requirements table with IDs; the technical requirements split over two headings
    ("6. Technical requirements" and "6.3 Security, hosting and data", after the architecture picture and the
    requirements table, which have headings of their own); the organisational scope is three sentences (thin);
    no call for variants (missing).""",
    title="Les Halles de Merville – click & collect for 46 traders: functional and technical specification",
    cover=["Technology orientation project – group B: Maëlle Le Goff, Yanis Benali, Erwan Kerjean", "December 2026"],
    blocks=[
        H(1, "1. The brief, restated", {"brief-reformulation": "ok"}),
        P("The Halles de Merville are the covered market of Lorient: 46 independent traders (butchers, fishmongers, "
          "cheese and vegetable stalls, two bakers, a crêpe stand) under one roof, managed by the town's trade "
          "department. Footfall fell by 17 % between 2022 and 2025, mostly among working people aged 30 to 50 who "
          "cannot come between 8 am and 1 pm, when most stalls are open. Meanwhile the two supermarkets on the "
          "edge of town both launched a drive service, and a survey of 740 residents run by the town in spring "
          "2026 showed that 58 % would order from the market if they could collect in the evening."),
        P("The brief from the deputy mayor for trade asked for \"a website for the Halles\". After four meetings "
          "with the traders' association and a week observing the market, we restated it like this: the market "
          "needs one shared ordering service in which a customer fills a single basket from several stalls, pays "
          "once, and collects the whole order from a refrigerated locker at the market entrance until 9 pm. Each "
          "trader must receive their part of the order on a phone or a small printer, prepare it before closing "
          "time and drop it in the locker, without learning a complicated tool."),
        P("We also wrote down what the project is not. It is not a delivery service, which the traders rejected "
          "because of the cost, and it does not replace the tills at the stalls. It must not force traders to "
          "publish their whole range: many sell by weight and by season, and they want to list only what they "
          "can prepare in advance. Finally, the town insists that the data of customers belong to the Halles, "
          "not to a platform, so that the association can write to its own customers."),
        P("Constraints: a budget of 150,000 euros over three years, half of it from the region's programme for "
          "town-centre shops; a first version open before the summer season of 2027; and traders who are "
          "between 24 and 67 years old, a third of whom do not use a computer at work."),
        H(1, "2. Benchmark", {"technology-benchmark": "ok"}),
        P("We studied three kinds of answer. Marketplace platforms for local shops host the catalogue and take a "
          "commission on each order, usually between 8 and 15 %; they are quick to open but keep the customer "
          "relationship. Open-source e-commerce software with a multi-vendor extension can be hosted by the town "
          "and adapted freely, but needs a developer to build and maintain it. Finally, some locker makers sell "
          "their own ordering software with the hardware, which solves collection well but rarely handles "
          "several sellers in one basket."),
        P("We asked five suppliers for a demonstration and kept three, which we tested with eight traders on a "
          "fake catalogue of 120 products over two weeks: each trader received test orders on a phone and "
          "noted how long it took to understand and prepare them. We also called two markets that already run "
          "such a service, in Angers and in La Rochelle, to ask what went wrong in their first year, what their "
          "traders complained about and how many orders they really received each week after the launch."),
        H(2, "2.1 Scoring grid", {"benchmark-matrix": "ok"}),
        T([["Criterion (weight)", "MarchéLocal (platform)", "WooCommerce + Dokan (open source)",
            "Lockbox Pro (locker maker)"],
           ["One basket across many stalls (25 %)", "5 – native", "4 – after set-up", "2 – one seller per order"],
           ["Ease for traders, measured in the test (25 %)", "4 – 6 minutes to learn", "3 – 15 minutes",
            "4 – 5 minutes"],
           ["Customer data owned by the Halles (20 %)", "2 – export once a year", "5 – our database",
            "3 – export on request"],
           ["Cost over three years (20 %)", "3 – 118,000 euros with commissions", "4 – 96,000 euros",
            "3 – 121,000 euros"],
           ["Locker integration (10 %)", "3 – via a partner", "3 – to develop", "5 – built in"],
           ["Weighted score", "3.6", "3.9", "3.3"]]),
        H(2, "2.2 What the benchmark tells us", {"benchmark-conclusions": "ok"}),
        P("The open-source route comes first, but only by a narrow margin, and not for the reason we expected. "
          "The platform was the easiest for traders and the only one that handled a shared basket without any "
          "work, yet it would leave the association with a once-a-year export of its own customers and a "
          "commission that grows with success: at the order volume the town hopes for in year three, the "
          "commission alone would exceed the hosting and maintenance of our own site."),
        P("The locker maker's software is excellent for what happens at the locker and weak for everything "
          "else. The traders who tested it liked the simple screen, but the fact that each stall makes a "
          "separate order would force a customer buying bread, fish and cheese to pay three times and collect "
          "three compartments. We keep the locker maker as a hardware supplier, not as the software."),
        P("Two lessons from Angers and La Rochelle shaped our conclusion. Both markets said that the traders "
          "who never saw their orders on time were the ones who received them by email, so notification must "
          "be by text message and a receipt printer at the stall. Both also said that orders collapse in "
          "summer if the lockers are not refrigerated, which confirms the hardware choice."),
        H(1, "3. Scope", {"scope-study": "ok"}),
        P("We looked at the scope from three sides, because each of them can stop the project on its own. The "
          "functional side says what the service does for the customer and for the trader, and what it "
          "leaves out. The organisational side covers who runs the service day to day, who fills the lockers "
          "and who answers customers when an order is wrong. The financial side checks that the budget covers "
          "three years of running costs, not only the launch, and that the service can pay for itself "
          "through a small monthly fee from the traders once the regional grant ends. The three sides are "
          "detailed below; we only kept a function in the scope when all three sides could carry it, which is "
          "why delivery and a mobile application were left for later."),
        H(2, "3.1 Functions", {"functional-scope": "ok"}),
        P("In the first version the customer browses the products that traders chose to list, filters by stall "
          "or by category, adds items from several stalls to one basket, chooses a collection slot between 5 pm "
          "and 9 pm on the same day or the next day, and pays by card. Products sold by weight are listed with "
          "an approximate price, and the final amount is adjusted when the trader weighs them, within a limit "
          "of 10 % that the customer accepts when ordering. The customer receives a code by text message "
          "when the whole order is in the locker."),
        P("For the trader, the service shows the orders of the day on a phone screen, prints a ticket at the "
          "stall, lets them mark an item as unavailable and propose a replacement, and lets them change their "
          "list of products in a few taps. The market manager sees every order, every locker and every "
          "incident on one screen. Out of scope for the first version: delivery, loyalty points, gift cards "
          "and a mobile application, which may come later if the web service is used."),
        H(2, "3.2 People and organisation", {"organisational-scope": "thin"}),
        P("The market manager runs the service and answers customers, two hours a day. Each trader prepares "
          "their own orders and drops them in the locker before closing. The association trains the traders "
          "in groups of six on Monday mornings, when the market is closed."),
        H(2, "3.3 Budget", {"financial-scope": "ok"}),
        T([["Item", "Year 1 (euros)", "Years 2 and 3 (euros)", "Comment"],
           ["Development of the shared shop", "38,000", "12,000", "local agency, fixed-price contract"],
           ["Refrigerated lockers (24 compartments)", "41,000", "6,000", "maintenance contract included for three years"],
           ["Hosting and text messages", "4,500", "9,000", "hosted in France"],
           ["Printers and phones for stalls", "9,200", "2,000", "one kit for each participating stall"],
           ["Training and launch campaign", "11,000", "4,000", "posters, local radio"],
           ["Contingency", "0", "13,300", "kept for locker repairs and extra training"],
           ["Total", "103,700", "46,300", "exactly the 150,000 euro budget over three years"]]),
        H(1, "4. The problem", {"problem-presentation": "ok"}),
        P("The Halles lose customers not because of their products, which residents praise in every survey, "
          "but because of their hours. Most stalls open at 7.30 am and close at 1 pm; only six stay open in "
          "the afternoon, and none after 7 pm. A nurse, a teacher or an office worker who would like to buy "
          "fish and vegetables for the evening has no way to do it during the week. The supermarkets' drive "
          "services, which let people order at lunchtime and collect on the way home, answer exactly this "
          "need, and their share of the town's fresh food spending rose to an estimated 31 % in 2025."),
        P("The traders cannot solve the problem alone. Opening later would mean hiring staff that small stalls "
          "cannot afford, and a trader who built their own website would only sell their own products, while "
          "customers want to fill a whole basket. Several traders already take orders by telephone or by "
          "text message for regular customers, but the orders are noted on paper, the customer must still "
          "come during opening hours, and there is no way to pay in advance, so some orders are never "
          "collected."),
        P("The problem is therefore one of organisation as much as technology: the Halles need a common way "
          "to take, pay, prepare and hand over orders from several independent sellers, outside the hours "
          "when those sellers are present. Any solution that adds work for traders during the morning rush "
          "will fail, because that is when they make most of their money."),
        H(1, "5. Functional needs", {"functional-need": "ok"}),
        T([["ID", "Need", "For whom", "Priority", "How we will check it"],
           ["F1", "Fill one basket with products from several stalls", "customer", "must",
            "order with items from three stalls paid once"],
           ["F2", "Choose a collection slot until 9 pm", "customer", "must", "slots shown until 9 pm"],
           ["F3", "Receive the day's orders at the stall without a computer", "trader", "must",
            "ticket printed within one minute of payment"],
           ["F4", "Adjust the price of weighed products", "trader", "must", "final amount charged within 10 %"],
           ["F5", "Mark a product unavailable and propose another", "trader", "should",
            "customer notified by text message"],
           ["F6", "See all orders and lockers on one screen", "market manager", "must",
            "dashboard updated every minute"],
           ["F7", "Export the customer list", "association", "should", "file exported at any time"]]),
        H(1, "6. Technical requirements", {"technical-requirements": "ok"}),
        P("The shared shop runs on WordPress with WooCommerce and the Dokan multi-vendor extension, hosted on "
          "a French cloud provider in a managed offer with daily backups. Payments go through a single payment "
          "provider that splits each basket between the traders' accounts, so that the Halles never hold the "
          "traders' money. The lockers are driven through the maker's programming interface: when the last "
          "part of an order is dropped in, the locker sends an event that triggers the text message with the "
          "collection code."),
        P("At the stalls, each trader has a basic Android phone with the vendor application and a Bluetooth "
          "ticket printer. The service must keep working if the market's Wi-Fi fails, so the phones use mobile "
          "data. Pages must load in under two seconds on a mid-range phone, because 80 % of the orders we "
          "expect will be placed from a phone during a lunch break."),
        H(2, "6.1 Architecture", {"architecture": "ok"}),
        Img(["Customer (phone browser)", "Shared shop (WooCommerce + Dokan)", "Payment provider (split)",
             "Trader phone + ticket printer", "Locker controller", "Text message gateway"],
            caption="Figure 1 – How an order travels from the customer to the locker"),
        H(2, "6.2 Requirements table", {"technical-requirements-table": "ok"}),
        T([["ID", "Area", "Requirement", "Target"],
           ["T1", "Performance", "page load on a mid-range phone", "under 2 s"],
           ["T2", "Availability", "service open for orders", "99.5 % per month"],
           ["T3", "Security", "card data never stored by the Halles", "payment provider certified"],
           ["T4", "Data", "customer data hosted in the EU and exportable", "daily backup, CSV export"],
           ["T5", "Integration", "locker event to text message", "under 30 s"],
           ["T6", "Accessibility", "shop usable with a screen reader", "RGAA level AA"]]),
        H(2, "6.3 Security, hosting and data", {"technical-requirements": "ok"}),
        P("Accounts for traders and the market manager use two-factor authentication, and each trader sees only "
          "their own orders. Customer data are kept for three years after the last order and then deleted; "
          "the privacy notice is written with the town's data protection officer. The hosting contract "
          "includes a restore test every quarter, and the whole site can be moved to another host because "
          "it uses only standard software. Updates of the shop software and its extensions are applied every "
          "month by the agency, after a test on a copy of the site, never on a market day."),
        H(1, "7. Backlog", {"product-backlog": "ok"}),
        T([["Story", "As a...", "I want to...", "So that...", "Sprint"],
           ["S1", "customer", "add products from several stalls to one basket", "I pay once", "1"],
           ["S2", "trader", "get a printed ticket for each new order", "I never miss one during the rush", "1"],
           ["S3", "customer", "pick an evening collection slot", "I can collect after work", "2"],
           ["S4", "trader", "adjust the weight and price of an item", "the customer pays the real amount", "2"],
           ["S5", "market manager", "see which lockers are full", "I can call a late trader", "3"],
           ["S6", "association", "export our customers", "we can send our newsletter", "3"]]),
        H(1, "8. Acceptance", {"acceptance-testing": "ok"}),
        T([["Test", "Scenario", "Expected result", "Who tests"],
           ["A1", "order from three stalls at 12.30, paid by card", "three tickets printed before 12.32",
            "three traders"],
           ["A2", "cheese weighed 8 % heavier than ordered", "customer charged the real amount, receives a message",
            "cheese stall"],
           ["A3", "all parts dropped in the locker", "code received within 30 seconds", "market manager"],
           ["A4", "market Wi-Fi switched off during orders", "tickets still printed over mobile data",
            "project team"],
           ["A5", "customer list exported", "complete file opens in a spreadsheet", "association"],
           ["A6", "fish stall marks salmon unavailable and proposes trout", "customer accepts or refuses by text message",
            "fishmonger"]]),
        H(1, "9. Why these choices", {"justified-choices": "ok"}),
        P("We chose open-source software hosted for the town rather than a marketplace platform because the "
          "Halles' first asset is the relationship between traders and their regulars. Giving that "
          "relationship to a platform that charges a commission on every order would weaken the very thing "
          "the project is meant to protect. The extra development cost is covered by the regional grant, and "
          "the absence of commission makes the service cheaper than the platform from the second year on."),
        P("We kept the printed ticket at the stall, even though it looks old-fashioned, because our test showed "
          "that traders with wet or gloved hands do not look at a phone during the morning rush, while they "
          "all glance at the paper next to the scales. For the same reason, notifications go by text message, "
          "not by email. We chose refrigerated lockers from a maker that publishes a programming interface, so "
          "that the town can change the shop software later without changing the lockers."),
        P("Finally, we deliberately limited the first version. Delivery, loyalty points and a mobile "
          "application were all requested in the workshops, but each would have delayed the opening beyond "
          "the summer of 2027 and added costs that the traders would pay through their monthly fee. We prefer "
          "to open a simple service that works for the evening shopper, measure its use for six months, and "
          "let the association decide what to add with real figures in hand."),
    ],
    missing=["response-framework"],
)
