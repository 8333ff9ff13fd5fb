from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 24 (h24_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Papillote runs refrigerated lockers in Toulouse office
    parks where employees collect ready meals cooked by local caterers; the client is Aerocampus Parcs, which
    manages three business parks. The authors' own headings, some numbered in Roman figures; five of them are
    bold Normal paragraphs (the size of the market, the rivals, the revenue lines, what we buy, when we break
    even); the funding sources and the monthly cash share one heading (merged); a profit and loss table and a
    risk table; a section of the team's own about the people; no appendices (missing).""",
    title="Papillote – a warm lunch waiting in the lobby",
    cover=["Business plan prepared for Aerocampus Parcs, Toulouse",
           "Clémence Auriol, Thibault Sarrazin, Kwame Mensah – December 2026"],
    blocks=[
        H(1, "I. Papillote on one page", {"executive-summary": "ok"}),
        P("Around Toulouse-Blagnac, 41,000 people work in business parks where the nearest restaurant is a "
          "fifteen-minute drive away. Most of them eat a sandwich at their desk or queue at an overcrowded "
          "canteen. Papillote installs refrigerated lockers in the lobby of each building: employees order by "
          "ten in the morning on an app, a local caterer cooks the meals, we deliver them at half past eleven, "
          "and each person opens their locker with a code and warms the dish in the microwave next to it."),
        P("We ask Aerocampus Parcs for free space in twelve lobbies and a three-year agreement. We need "
          "210,000 euros to start: 120,000 from the three founders and a bank loan, 90,000 from a regional "
          "innovation grant we have already applied for. With 14 lockers running by the end of year two and "
          "an average of 520 meals a day at 10.90 euros, revenue reaches 1.36 million euros in year three and "
          "the company becomes profitable during its second year. The park gains a service that tenants ask "
          "for in every satisfaction survey, at no cost to it."),
        H(1, "II. Why lunch is a problem in the parks", {"opportunity-study": "ok"}),
        P("Aerocampus's own tenant survey of 2025 gives lunch a score of 4.2 out of 10, the worst of all "
          "services. We spent two weeks in the lobbies of the Andromède and Basso Cambo parks, spoke with 63 "
          "employees and counted who left the site at noon: fewer than one in five. Food trucks come twice a "
          "week at most and sell out before one o'clock. Delivery apps refuse most orders because the buildings "
          "are outside their zone or because riders cannot enter secured sites. Employees told us they would "
          "pay between nine and twelve euros for a proper hot meal that does not force them to leave. Several office managers added that a better lunch would help them recruit."),
        B("How many lunches are we talking about?", {"market-size": "ok"}),
        P("The three parks managed by Aerocampus hold 41,000 employees. If 60 % eat at work on a given day and "
          "half of those do not use a canteen, that makes about 12,000 lunches a day without a good answer. We "
          "aim for 520 a day in year three, a little over 4 % of that gap. Other parks in the north of the city could follow later."),
        H(2, "Outside factors", {"pestel": "ok"}),
        T([["Factor", "What it means for us"],
           ["Political", "the Occitanie region funds projects that shorten food supply chains"],
           ["Economic", "meal vouchers raised to 13 euros a day in 2026, which covers our price"],
           ["Social", "two days of home working: demand falls on Mondays and Fridays"],
           ["Technological", "connected lockers now cost half what they did in 2020"],
           ["Environmental", "the anti-waste law pushes us to sell unsold meals at a discount"],
           ["Legal", "cold chain rules for ready meals, checked by the veterinary services"]]),
        B("Rivals, and who holds the power", {"competition": "ok", "porter": "ok"}),
        P("Our direct rivals are the food trucks, which are cheap but irregular, and Foodles-style fridges, "
          "which sell cold salads only and need a company to pay for them. Company canteens are the real "
          "alternative, but only the largest tenants have one. Caterers have little bargaining power over us, "
          "since Toulouse has dozens of them looking for weekday orders; the parks have a lot, because they "
          "control the lobbies. A new entrant would need the same agreement with the landlord, which is our "
          "main barrier. The biggest substitute remains the home-made lunch box."),
        H(2, "What we do well, and less well", {"swot": "ok"}),
        P("Strengths: a hot meal on site, local caterers, no cost for the tenants. Weaknesses: we depend on "
          "one landlord, and our margin is small on each meal. Opportunities: the region's food grants and the "
          "rise of meal vouchers. Threats: more home working, a delivery app that signs with the parks first, "
          "or a caterer who goes bankrupt in the middle of a week. On balance, the landlord's support is what everything else rests on."),
        H(1, "III. How Papillote makes money", {"business-model-canvas": "ok"}),
        P("Our customers are employees of the business parks without a canteen, and the companies that want to "
          "offer them a better lunch. We promise a hot, local meal without leaving the building, ordered in "
          "thirty seconds. We reach them through the app, posters in the lobbies and the tenants' welcome "
          "packs, and we keep them with a loyalty stamp every tenth meal. Revenue comes from the meals and from "
          "monthly company subscriptions."),
        P("Our key resources are the lockers, the app and the agreement with Aerocampus. Our key activities "
          "are taking orders, buying meals from caterers, delivering them cold and keeping the lockers clean. "
          "Our partners are four caterers chosen for their menus, the landlord and the locker maker Keybox. "
          "Our costs are the meals we buy, the van and its driver, the locker leases and the app."),
        H(1, "IV. Prices and what we expect to sell", {"pricing-revenue": "ok"}),
        P("A meal costs 10.90 euros, a dessert 2.50 euros. We buy each meal from the caterer at 6.40 euros, so "
          "our gross margin on a meal is 41 %. We chose this price after testing three levels with the 63 "
          "employees we interviewed: at 12.50 euros, half of them dropped out; at 9.50 euros, we could not pay "
          "the driver. Companies can subscribe for 4 euros per employee per month and then pay 2 euros of each "
          "meal, which makes the meal cheaper than a meal voucher for their staff. We will review prices once a year, in September."),
        P("We expect 180 meals a day in year one, in four lockers, then 360 in year two and 520 in year three. "
          "Those figures assume 230 working days a year and an average of 38 meals per locker per day, which "
          "is what the pilot at Andromède reached in its sixth week. Company subscriptions are a bonus: we have "
          "counted only two signed in year one, those already promised."),
        B("Revenue lines, year by year", {"revenue-hypotheses": "ok"}),
        T([["Line", "Year 1", "Year 2", "Year 3"],
           ["Meals", "451,000 €", "902,000 €", "1,304,000 €"],
           ["Desserts", "21,000 €", "41,000 €", "56,000 €"],
           ["Company subscriptions", "9,600 €", "28,800 €", "48,000 €"]]),
        H(1, "V. THE FIGURES", {"financial-plan": "ok"}),
        P("All figures are in euros, excluding tax, for three years from March 2027. We took the caterers' "
          "quoted prices, Keybox's lease offer and two quotes for a refrigerated van. Wages include social "
          "charges. We have been careful: the meals per locker stay below what the pilot showed, and we added "
          "a reserve of 5 % for unsold meals and breakdowns. Our accountant, Sylvie Pujol, checked the tables "
          "and the depreciation of the lockers over five years. The three tables below follow the "
          "same order: what we must buy first, what we earn and spend each year, and how we pay for it until "
          "the money from meals is enough. We did not count any income from advertising on the lockers, which "
          "some parks have suggested, because nothing is signed."),
        B("What we buy before opening", {"investments-resources": "ok"}),
        P("Twelve lockers over two years at 7,800 euros each, a refrigerated van at 38,000 euros, the app at "
          "26,000 euros and a cold room at the caterer's at 12,000 euros. We hire a driver in month one and a "
          "second one in year two, plus a part-time cleaner for the lockers. Everything else is rented."),
        H(2, "Profit and loss over three years", {"profit-and-loss": "ok"}),
        T([["", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "481,600", "971,800", "1,408,000"],
           ["Meals bought from caterers", "264,800", "529,900", "765,400"],
           ["Wages", "118,000", "196,000", "242,000"],
           ["Van, fuel, lockers, app", "61,000", "88,000", "104,000"],
           ["Depreciation", "22,000", "34,000", "41,000"],
           ["Operating result", "-44,200", "58,100", "220,800"],
           ["Net result", "-47,900", "41,600", "165,300"]]),
        P("Year one loses money because the lockers fill up slowly; year two turns positive from the fifth "
          "month. Margins grow because the van and drivers serve more lockers on the same rounds."),
        H(2, "Funding and cash, month by month", {"financing-plan": "ok", "cash-plan": "ok"}),
        P("The 210,000 euros come from the founders (60,000), a bank loan over five years (60,000) and the "
          "regional grant (90,000). Cash starts at 210,000 in March 2027, falls to its lowest point of 38,000 "
          "euros in November, when the last lockers of year one are paid and sales are still growing, then "
          "rises again from January. We never fall below one month of costs."),
        B("When do we stop losing money?", {"break-even": "ok"}),
        P("With a gross margin of 4.50 euros a meal and fixed costs of about 201,000 euros a year, we need "
          "roughly 45,000 meals a year, or 195 meals a day. We expect to pass that level in the second month "
          "of year two. Each new locker needs about 16 meals a day to pay for its own lease and cleaning, which is why we open lockers only where tenants ask for them."),
        H(1, "VI. What Aerocampus expects from us", {"client-constraints": "ok"}),
        P("The landlord set three conditions during our meeting in October. First, the lockers must fit in a "
          "space of four square metres in each lobby and match the buildings' signage. Second, no cooking smell "
          "and no waste left in the lobbies: we collect the packaging every afternoon and use returnable boxes. "
          "Third, Aerocampus wants a monthly report of meals sold per building, because it uses it in its "
          "letters to tenants. We accepted all three and we ask, in exchange, for a three-year agreement with "
          "no rent in the first year."),
        H(1, "VII. What could go wrong", {"risks-sensitivity": "ok"}),
        T([["Risk", "Likelihood", "Effect", "What we do"],
           ["A caterer fails one morning", "medium", "a locker empty for a day", "a second caterer on call, paid a standby fee"],
           ["Home working grows", "high", "fewer meals on Mondays and Fridays", "smaller orders on those days"],
           ["The landlord ends the agreement", "low", "we lose most sites", "three-year contract, tenants as allies"],
           ["Cold chain incident", "low", "health risk, closure", "temperature sensors with alerts on every locker"],
           ["The van breaks down", "medium", "late lunches", "rental contract with a replacement within two hours"]]),
        H(2, "If fewer people order", {"sensitivity-analysis": "ok"}),
        P("If we sell 20 % fewer meals than planned, year two ends with a small loss of 12,000 euros and break-"
          "even moves to year three; cash stays positive thanks to the grant. If the caterers raise their "
          "prices by one euro, the margin falls to 32 % and we would raise our price to 11.50 euros. Both cases stay survivable, but a fall of 35 % would force us to close the four weakest lockers."),
        H(1, "VIII. Questions we expect from the jury", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Why would a tenant not just build a canteen?", "a canteen needs 300 employees to pay for itself; most tenants have 40 to 150"],
           ["What stops Uber Eats from doing the same?", "the lobby agreement and the cold chain, which delivery apps do not run"],
           ["Is 38 meals per locker realistic?", "the Andromède pilot reached 41 in its sixth week"]]),
        H(1, "IX. The team", {}),
        P("Clémence worked four years in catering logistics, Thibault built the app, and Kwame manages the "
          "caterers and the sites."),
    ],
    missing=["appendices"],
)
