from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Markdown -> pandoc ODT -> LibreOffice docx (an ODT writer's path). Numbered headings without dots,
    one question heading; the segment table sits under the segmentation heading (merged); action plan and
    calendar share one heading and one text (merged, both covered); the consent sub-section is short (thin);
    no dashboard at all (missing).""",
    title="Velocità – CRM strategy 2027",
    cover=["Data project · CRM marketing strategy and action plan", "Lucas Perrin, Amel Haddad"],
    blocks=[
        H(1, "1 What the data says", {"diagnosis": "ok"}),
        P("Velocità sells road and city bikes through 23 shops in France and northern Italy and an online store "
          "opened in 2021. We analysed 142,000 customer accounts, 388,000 orders from January 2022 to September 2026 "
          "and 1.9 million email events exported from Brevo. Three patterns came out of the analysis and drive this "
          "strategy. First, the business is built on a single big purchase: 71% of customers bought one bike and "
          "nothing else, and only 9% came back within a year, while the workshop data shows that a bike needs a "
          "service after roughly 1,500 km. Second, customers who book one workshop service are 3.4 times more "
          "likely to buy a second bike within three years; the service visit is the moment where loyalty is won. "
          "Third, the email programme talks to everybody in the same way: the same weekly promotion goes to a "
          "commuter who bought a 600-euro city bike and to a club racer with a 6,000-euro carbon frame, and the "
          "unsubscribe rate has doubled in eighteen months to 0.9% per send."),
        P("The client asked us for a strategy that increases repeat revenue without discounting, because margins "
          "on bikes are already under pressure from online pure players. The data suggests that the lever is not "
          "price but service and relevance. It also shows that the shops hold data the marketing team never uses, such as the kilometres noted on each workshop ticket."),
        H(1, "2 Objectives for 2027", {"smart-objectives": "ok"}),
        T([["Objective", "Today", "Wanted", "Indicator", "Baseline", "Target", "By"],
           ["Bring first-time buyers to the workshop", "few come back after the sale", "first service booked within 6 months",
            "share of new buyers with a service", "14%", "35%", "Dec 2027"],
           ["Reduce email fatigue", "one weekly promotion for all", "messages by segment and stage",
            "unsubscribe rate per send", "0.9%", "0.4%", "June 2027"],
           ["Grow repeat revenue", "71% single purchase", "accessories and second bike",
            "revenue from customers with 2+ orders", "€11.2m", "€13.5m", "Dec 2027"]]),
        H(1, "3 Who are our customers?", {"segmentation": "ok", "segment-table": "ok"}),
        P("We built an RFM score on the last 36 months and crossed it with the type of bike bought and with workshop "
          "visits, because recency alone misreads cyclists: a racer who bought a frame two years ago may still be "
          "riding and spending on parts. The k-means run on these variables gave five groups that the shop managers "
          "recognised immediately when we showed them anonymised examples. We named them after the way people ride "
          "rather than after their scores, so that shop staff can use the names. The Commuters are the largest group "
          "and the least engaged; the Club Riders are small but bring a quarter of revenue; the Returning Riders are "
          "people who came back to cycling after years and need reassurance more than promotions."),
        T([["Segment", "Rule", "Stage", "Customers", "Revenue share", "Average CLV", "Priority"],
           ["Commuters", "R high, F 1, city or e-bike", "new", "58,300", "31%", "€740", "1"],
           ["Club Riders", "F 4+, M top 10%", "loyal", "9,800", "26%", "€3,900", "2"],
           ["Returning Riders", "first purchase after 40, service booked", "growing", "21,400", "19%", "€1,350", "1"],
           ["Sleepers", "no order for 24 months", "lapsed", "38,900", "12%", "€520", "3"],
           ["Gift Buyers", "children's bikes in December only", "occasional", "13,600", "12%", "€410", "3"]]),
        H(1, "4 Playbook per stage", {"lifecycle-strategy": "ok"}),
        T([["Stage", "Segment", "Pattern", "Today", "Wanted", "Lever", "Message"],
           ["Onboarding", "Commuters", "single purchase, no service", "never come back after the sale",
            "book the free 500 km check", "free first service booked at checkout and reminded by SMS",
            "Your bike will thank you at 500 km"],
           ["Growth", "Returning Riders", "service leads to second purchase", "come for repairs only",
            "join a shop ride and buy equipment", "monthly Sunday rides from each shop with a mechanic",
            "Ride with us, we carry the tools"],
           ["Loyalty", "Club Riders", "high value, sensitive to expertise", "buy parts online elsewhere",
            "order parts from Velocità", "priority workshop slot and parts ordered in 48 hours",
            "Your season starts in our workshop"],
           ["Win-back", "Sleepers", "lapsed after first bike", "ignore weekly promotions",
            "come back for a check before spring", "one email per season with a check-up offer",
            "Still riding? Let's check your bike for spring"]]),
        P("Gift Buyers are left out of the playbook on purpose: they buy once a year for someone else and the data "
          "shows no pattern we could act on without discounts, which the client excluded."),
        H(1, "5 Actions and timing", {"action-plan": "ok", "calendar": "ok"}),
        P("The four actions below are ranked by expected effect on repeat revenue. They use the shops and the "
          "workshop as the main channel and keep email for reminders, which answers the fatigue observed in the data. "
          "The second table shows when each action starts over the first six months of 2027."),
        T([["Action", "Segment", "Objective", "Channel", "Owner", "Date", "Budget", "KPI"],
           ["Free 500 km check at checkout", "Commuters", "first service", "POS + SMS", "retail ops", "Jan", "€48k", "service rate"],
           ["Sunday shop rides", "Returning Riders", "second purchase", "shops + app", "shop managers", "Mar", "€22k", "ride sign-ups"],
           ["48-hour parts promise", "Club Riders", "parts revenue", "web + workshop", "supply chain", "Feb", "€35k", "parts orders"],
           ["Seasonal check-up email", "Sleepers", "reactivation", "email", "CRM manager", "Mar", "€6k", "reactivation rate"]]),
        T([["Action", "Channel", "Owner", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
           ["Free 500 km check", "POS + SMS", "retail ops", "launch", "run", "run", "review", "run", "run"],
           ["48-hour parts", "web", "supply chain", "", "pilot 3 shops", "all shops", "run", "run", "run"],
           ["Sunday rides", "shops", "managers", "", "", "first ride", "monthly", "monthly", "monthly"],
           ["Seasonal email", "email", "CRM", "", "", "spring send", "", "", "summer send"]]),
        H(1, "6 Tools", {"steering-tools": "ok"}),
        P("Velocità already pays for Brevo for email and SMS and for Lightspeed in the shops, but the two do not "
          "talk to each other: a customer who books a service in a shop stays unknown to the email tool. The first "
          "tooling decision is therefore to sync Lightspeed customers and workshop tickets into Brevo every night "
          "through the Make connector the IT team already uses for invoices, at a cost of about 90 euros a month. "
          "Segments are recomputed every Monday in a small dbt project on the existing BigQuery warehouse and pushed "
          "to Brevo as contact attributes, so that marketers can build campaigns without writing SQL. We rejected "
          "a full CRM suite such as Salesforce Marketing Cloud: it would cost twenty times more and the team of two "
          "marketers would not use half of it. Shop managers get a weekly Looker Studio page with their own "
          "customers due for a service, because the shop is where the relationship is won. Every action in the plan "
          "has a KPI that can be computed from these three tools without manual work, which was the main condition "
          "set by the marketing director. The weekly page for shop managers is a list, not a chart, because they told us they would print it and pin it in the workshop next to the service board, where mechanics can call customers between two repairs."),
        H(2, "6.1 GDPR", {"consent": "thin"}),
        P("Only customers with email or SMS opt-in are contacted. Workshop reminders are service messages. "
          "Consent is stored in Brevo."),
        H(1, "7 Measuring success", {"kpi-table": "ok"}),
        T([["KPI", "Objective", "Formula", "Source", "Frequency", "Target", "Alert", "Owner", "If alert"],
           ["Service rate of new buyers", "first service", "new buyers with a service in 6 months / new buyers", "Lightspeed", "monthly", "35%", "<20%", "retail ops", "call back buyers at 3 months"],
           ["Unsubscribe per send", "email fatigue", "unsubscribes / emails delivered", "Brevo", "per send", "0.4%", ">0.7%", "CRM manager", "pause the segment, review content"],
           ["Shop ride attendance", "second purchase", "riders per ride / places offered", "app sign-ups", "per ride", "70%", "<40%", "shop manager", "change route or time"],
           ["Repeat revenue", "repeat revenue", "revenue of customers with 2+ orders", "BigQuery", "monthly", "€13.5m/yr", "-10% vs plan", "marketing director", "review action ranking"]]),
        H(1, "8 Why it is worth it", {"brand-fit-value": "ok"}),
        P("Velocità's brand promise is 'the people who ride with you'. The plan puts mechanics and shop rides at the "
          "centre instead of discount codes, so every customer contact says the same thing as the shop window. The "
          "shop managers we interviewed in Lyon and Turin insisted that discounts on bikes damage the brand with "
          "club riders, who compare the shop to specialist workshops, not to online sellers. The actions also "
          "create value the company can see in its own figures: workshop revenue has a 58% gross margin against "
          "24% on bikes, each Sunday ride costs around 180 euros and the data shows that a customer who rides with "
          "the shop spends 2.1 times more over three years. Reducing email pressure protects the list itself, "
          "which is the cheapest channel the company has and the one a competitor cannot buy. We expect the plan to pay for itself within the first "
          "year and to add around 2.3 million euros of repeat revenue by the end of 2027, with most of the gain "
          "coming from Commuters who book their first service. If the service rate stays under 20% after six months, the plan is reviewed before the second year budget is committed, and the money is moved to the actions that work best in the shops. The table below gives the figures year by year."),
        H(2, "8.1 ROI", {"expected-value": "ok"}),
        T([["Line", "2027", "2028", "2029"],
           ["Additional repeat revenue", "€2.3m", "€3.1m", "€3.6m"],
           ["Gross margin on it", "€0.82m", "€1.10m", "€1.28m"],
           ["Cost of actions and tools", "€0.26m", "€0.21m", "€0.21m"],
           ["Net contribution", "€0.56m", "€0.89m", "€1.07m"]]),
    ],
    missing=["kpi-dashboard"],
)
