DOC = dict(
    deliverable="ux-data-analysis",
    path="skeleton",
    language="en",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: Marée Haute, an online fishmonger in Lorient that delivers fresh fish boxes in Brittany and
    the Pays de la Loire, loses buyers at the delivery-slot step and subscribers after their second box. Guidance
    deleted. Headings retyped as a student would (runs replaced, bookmark lost): the business question "What Marée
    Haute wants to understand", the patterns "Six buying habits", the visual modelling "Why a journey map with
    numbers" and the limits "What the data can't tell us (and GDPR)"; the methods retyped as "Methods and tools we
    used" with the bookmark kept. Tables filled, figures drawn. The open data's added value is three sentences
    (thin); the targets section deleted with its table (missing).""",
    cover={"project": "Why fish buyers don't come back", "client": "Marée Haute SAS, Lorient",
           "candidate": "Yann Kerhervé", "team": "Yann Kerhervé, Chloé Lambert, Idriss Benali"},
    sections={
        "business-question": dict(status="ok", retitle="What Marée Haute wants to understand", text=[
            "Marée Haute buys fish at the Lorient auction every morning and delivers boxes of fresh fish and "
            "shellfish the next day to homes in Brittany and the Pays de la Loire, by its own refrigerated vans. "
            "It sells single orders and a subscription of one box every week or every two weeks. Turnover reached "
            "3.4 million euros in 2025, but the company spends more and more on online advertising to replace "
            "customers who leave: of the subscribers who started in 2025, fewer than four in ten still received a "
            "box after three months. The managing director, Soizic Le Dantec, also suspects that many visitors "
            "give up at checkout without anyone knowing why.",
            "We turned her concern into four questions. At which step of the order do visitors leave, and is the "
            "choice of delivery slot the main reason? When do subscribers stop, and what happens in the boxes "
            "just before they stop? Do buyers behave differently in towns and in the countryside, where slots are "
            "fewer? Which customers are worth keeping first? Our starting hypotheses were that the lack of evening "
            "slots drives people away at checkout, and that subscribers leave after receiving a species they did "
            "not like."]),
        "data-sources": dict(status="ok", text=[
            "We worked from three of the client's own extracts and three open datasets, joined on the postcode or "
            "the INSEE commune code."],
            tables=[[
                ["Web analytics", "client", "Marée Haute (Matomo)", "internal", "—", "CSV",
                 "one row per visit step", "daily", "where visitors leave the order"],
                ["Orders and subscriptions", "client", "Marée Haute (Shopify)", "internal", "—", "CSV export",
                 "one row per order line", "real time", "what is bought, how often, when people stop"],
                ["Customer reviews", "client", "Marée Haute (Trustpilot export)", "internal", "—", "CSV",
                 "one row per review", "weekly", "why people stop, in their own words"],
                ["Urban and rural grid of communes", "open data", "INSEE", "insee.fr/fr/information/6439600",
                 "Licence Ouverte 2.0", "XLSX", "commune", "yearly", "compare town and country buyers"],
                ["Population by age", "open data", "INSEE", "insee.fr/fr/statistiques/1893204",
                 "Licence Ouverte 2.0", "CSV", "commune", "yearly", "size of the market around each delivery round"],
                ["Fish landings and prices", "open data", "FranceAgriMer", "visionet.franceagrimer.fr",
                 "Licence Ouverte 2.0", "CSV", "species, week", "weekly", "explain what ends up in the boxes"]]]),
        "open-data-value": dict(status="thin", text=[
            "The client's data says nothing about where its buyers live beyond the postcode. The INSEE grid tells "
            "us whether each commune is urban, suburban or rural, and the landings data explains why some weeks "
            "have only mackerel and whiting. We joined them on the INSEE code and the week number."]),
        "data-preparation": dict(status="ok", text=[
            "Names, e-mail addresses and street addresses were removed by the client's web agency before the "
            "export; each customer keeps a random identifier."],
            tables=[[
                ["Web analytics", "1.8 million × 11", "Jan 2025 – Oct 2026", "94", "bot visits from a price "
                 "comparator", "removed sessions of under two seconds from the same IP range"],
                ["Orders and subscriptions", "96,000 × 18", "Jan 2024 – Oct 2026", "98", "test orders by staff; "
                 "refunds recorded as new orders", "dropped staff accounts; matched refunds to their order"],
                ["Customer reviews", "3,950 × 5", "2023 – 2026", "100", "reviews in English and German",
                 "kept them, translated with a glossary of species names"],
                ["Fish landings", "52 weeks × 40 species", "2024 – 2026", "88", "weeks missing during the strike "
                 "of March 2025", "left empty, not filled in"]]]),
        "methods": dict(status="ok", retitle="Methods and tools we used", keep_bookmark=True, text=[
            "Checkout question. We rebuilt the order funnel from the Matomo steps (product page, basket, delivery "
            "slot, payment, confirmation) for the 1.8 million visits. The export is too large for a spreadsheet, "
            "so we loaded it into a small PostgreSQL database and wrote the funnel in SQL, then split it by "
            "device and by the number of slots offered for the visitor's postcode.",
            "Subscription question. We followed monthly cohorts of new subscribers and counted how many were "
            "still active after one, two, three and six months. For the subscribers who stopped, we looked at "
            "the content of their last three boxes, and tested with a logistic regression in Python whether a "
            "box dominated by one species raised the chance of stopping, controlling for price and season.",
            "Town and country question. We joined every order to the INSEE grid and compared order frequency, "
            "basket size and share of subscriptions between urban, suburban and rural communes, with simple "
            "comparisons of means and their confidence intervals.",
            "Customer value question. We segmented customers with an RFM score (recency, frequency, amount) "
            "computed in pandas, which the marketing team already knows from its e-mail tool. We read the 3,950 "
            "reviews ourselves with a coding grid of twelve themes, because the volume is small enough and "
            "automatic sentiment tools misread the vocabulary of fish. Charts were drawn in Looker Studio so that "
            "the client can refresh them."]),
        "behaviour-analysis": dict(status="ok", text=[
            "Checkout. Out of 100 visits that put a box in the basket, 71 reach the delivery-slot page, 44 reach "
            "payment and 39 confirm. The slot page is where most buyers leave: 38 % of those who see it go no "
            "further. The loss is not the same everywhere. When the visitor's postcode has only one slot a week, "
            "52 % leave at this step; with three slots or more, 24 %. Evening slots make less difference than we "
            "thought: visitors offered an evening slot leave only four points less often than others. Our first "
            "hypothesis is only half confirmed: the number of slots matters, their time much less.",
            "Subscriptions. After one month, 81 % of new subscribers are still active; after three months, 38 %; "
            "after six months, 27 %. Most stops happen between the second and the fourth box. The boxes received "
            "just before a stop are not dominated by a disliked species, as the client believed: the regression "
            "finds no significant effect of the species mix (p = 0.41). What stands out is the delivery: "
            "subscribers whose box arrived more than two hours outside the announced window in the previous "
            "month stopped twice as often as the others, and this effect is significant (p < 0.01).",
            "What people write. In the reviews, freshness is praised in 71 % of cases. The three most frequent "
            "complaints are the delivery window (29 % of negative reviews), the price of the delivery fee for a "
            "single box (22 %), and the lack of recipes for unfamiliar fish (17 %). The last theme appears "
            "mostly in reviews from customers in their first month, which matches the subscribers who stop "
            "early.",
            "Who buys what. Subscribers order fewer species than single buyers but spend 2.6 times more over a "
            "year. A small group of customers, about 6 %, buy shellfish platters only in December and for Easter "
            "and never subscribe; they account for 14 % of turnover. Orders placed on a phone have a smaller "
            "basket (41 euros against 58 on a computer) and leave the checkout more often at the payment step, "
            "where the form does not support the phone's saved cards. We found no difference between men and "
            "women or by age band of the commune once the number of slots was taken into account. Nor did the day of the week of the order change anything once the slot offer was known: Sunday evening orders simply meet a fuller calendar."]),
        "data-crossing": dict(status="ok", text=[
            "Crossing the orders with the INSEE grid shows that rural communes order less often but fill bigger "
            "boxes: 1.4 orders a quarter against 2.3 in towns, for a basket of 66 euros against 49. Rural "
            "subscribers also stay longer, 38 % still active after six months against 22 % in Rennes and Nantes, "
            "where fishmongers and supermarkets are close by. Rural areas are exactly where the vans pass least "
            "often, which is why they lose the most visitors at the slot page.",
            "Crossing the boxes with the FranceAgriMer landings explains a complaint we could not read in the "
            "client's data alone. In weeks when the Lorient landings of hake and monkfish fall by more than a "
            "third, the boxes are filled with mackerel and whiting and the share of negative reviews doubles. "
            "The join is on the week number, so it cannot tell which customer received which week's box, only "
            "that the two move together. A customer-level join would need the box contents per order, which the client keeps only since June 2026."]),
        "key-findings-chart": dict(status="ok", image=["Basket 100", "Slot page 71", "Payment 44", "Confirmed 39"],
                                   caption="A third of buyers leave at the delivery-slot page, half of them where "
                                           "only one slot a week is offered"),
        "patterns": dict(status="ok", retitle="Six buying habits", tables=[[
            ["Weekly regular", "current", "subscribes and keeps one box a week for months",
             "retention at six months 27 %", "18 % of customers", "protect them from late deliveries"],
            ["Two-box quitter", "current", "subscribes after an advert, stops after the second or third box",
             "62 % of stops between box 2 and box 4", "41 % of new subscribers", "send recipes with the first boxes"],
            ["Holiday platter buyer", "current", "orders shellfish for Christmas and Easter only",
             "two orders a year, 112 euros each", "6 % of customers", "remind them two weeks before"],
            ["Country stocker", "current", "orders rarely but fills a big box and freezes part of it",
             "basket 66 euros in rural communes", "23 % of customers", "offer a monthly big box"],
            ["Phone browser", "new", "discovers the shop on a phone and gives up at payment",
             "phone share of visits up from 48 % to 63 % in 2026", "growing", "fix the payment form"],
            ["Recipe seeker", "new", "asks how to cook an unfamiliar fish before reordering",
             "17 % of negative reviews", "mostly first-month subscribers", "add a recipe card to every box"]]]),
        "personas": dict(status="ok", skip_cols=1, tables=[[
            [None, "Gwenaëlle, 44, Ploërmel – a country stocker; she stands for 23 % of customers"],
            [None, "Two teenagers, rural commune, household income around the Morbihan median, orders on a laptop"],
            [None, "Eat fish twice a week without driving forty minutes to the coast"],
            [None, "One delivery slot a week in her area; a box full of mackerel when she expected hake"],
            [None, "Orders a big box every five weeks, 66 euros, freezes half of it"],
            [None, "Newsletter on Thursday, the website on a computer, the van driver she knows by name"],
            [None, "'I don't mind the price if it comes on the day they said.'"]]]),
        "targets": dict(status="missing"),
        "visual-modelling": dict(status="ok", retitle="Why a journey map with numbers", text=[
            "The people who will use our results are the managing director, the person in charge of the "
            "website and the head of the delivery rounds, who do not read statistics every day. We chose a "
            "journey map of the customer, from the first visit to the sixth box, with the share of customers "
            "lost at each step written on it and the main reason in a single line. It puts the two leaks we "
            "found, the slot page and the first weeks of the subscription, side by side with the habits that "
            "explain them. We drew it in Figma from the figures of the Looker Studio reports, and added a map of "
            "Brittany coloured by the number of slots per commune, because the delivery team thinks in rounds "
            "and places rather than in percentages."]),
        "behaviour-dataviz": dict(status="ok", image=["First visit", "Slot page -38 %", "First box",
                                                      "Boxes 2 to 4 -62 % of stops", "Sixth box 27 %"],
                                  caption="The customer journey with its two leaks and the habits behind them "
                                          "(source: Marée Haute, 2025-2026)"),
        "dashboard": dict(status="ok", image=["Filters: round, month", "Slot page exits", "Subscribers active",
                                              "Late deliveries"],
                          caption="Wireframe of the weekly dashboard for the head of delivery rounds, refreshed "
                                  "every Monday"),
        "limits-gdpr": dict(status="ok", retitle="What the data can't tell us (and GDPR)", text=[
            "We only see people who reached the website; nothing tells us about households who buy fish at the "
            "market and never visit. Matomo loses visitors who refuse cookies, about a fifth of them, so the "
            "funnel figures are estimates. The link between late deliveries and stopped subscriptions is strong "
            "and significant, but we cannot prove it is the cause without testing it, for instance by giving one "
            "round a tighter window for two months.",
            "The legal basis for analysing orders is the client's legitimate interest, stated in its privacy "
            "policy. We never received names, e-mails or addresses, and we kept location at the level of the "
            "commune. The reviews are public but we quote none with its author's name. All extracts stay on the "
            "client's server and will be deleted at the end of our mission in March 2027."]),
        "appendices": dict(status="ok", text=[
            "Appendix 1 lists every field of the three client extracts with its meaning and its share of missing "
            "values. Appendix 2 gives the SQL of the order funnel and the Python notebook of the subscription "
            "cohorts and the regression. Appendix 3 holds the coding grid used for the reviews with ten example "
            "reviews per theme. Appendix 4 shows the map of slots per commune for the whole delivery area, so "
            "that the delivery team can check it against its own rounds. Appendix 5 holds the full cohort table month by month."]),
    },
)
