from _common import *

DOC = dict(
    deliverable="business-plan",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 16 (h16_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English: Glaneur collects the unsold bread and pastries of Nantes bakeries every evening and sells them
    next morning as breakfast boxes to company break rooms, with Nantes Métropole's anti-waste programme as the
    client. Numbered headings in the authors' words, several of them questions, one part title in upper case and one
    table introduced by a bold Normal line; a revenue table per stream; a section of the authors' own on the team;
    the Métropole's conditions in two sentences (thin); the risks and their sensitivity figures under one heading
    (merged); no monthly cash plan and no appendices (missing).""",
    title="Glaneur – Yesterday's bread, this morning's breakfast",
    cover=["Business plan – Customer eXperience project", "Client: Nantes Métropole, anti-waste programme",
           "Team: Camille Guérin, Youssef Benali, Anaïs Le Goff – December 2026"],
    blocks=[
        H(1, "1. Glaneur at a glance", {"executive-summary": "ok"}),
        P("Every evening the 140 artisan bakeries of Nantes throw away or give away between 8 and 15 % of what they "
          "baked. Every morning, thousands of office workers in the same city arrive without breakfast and buy it "
          "on the way, often from a vending machine. Glaneur links the two. Our electric cargo bikes collect the "
          "unsold bread and pastries between 7.30 and 9 pm, we sort them in a small kitchen on the Île de Nantes, "
          "and we deliver breakfast boxes to company break rooms before 8.30 the next morning."),
        P("Companies pay a monthly subscription per box, bakeries are paid a small price per kilo instead of "
          "nothing, and the Métropole gets measurable tonnes of food waste avoided for its programme. We start "
          "with 25 bakeries and 30 companies in year one and aim at 90 companies in year three. Revenue grows "
          "from €212k to €655k; we break even in month 26. We ask the Métropole for €60k of its anti-waste "
          "fund and raise €90k more from a regional honour loan and a bank loan."),
        H(1, "2. Why does this problem exist?", {"opportunity-study": "ok"}),
        P("A baker cannot know at 5 am how many croissants will sell on a rainy Tuesday, so she bakes for the "
          "best case. What is left goes to a food bank when one passes by, to the owner's pigs in one case we "
          "met, and mostly to the bin. The bakers we interviewed (19 of them) all hate it, for money and for "
          "pride. On the other side, the HR managers of 23 companies told us breakfast is a cheap, visible "
          "perk, but none of the offers they tried lasted: too expensive, too industrial, or gone after the "
          "first supplier changed. The 2024 law on bio-waste sorting and the Métropole's programme make the "
          "timing right."),
        H(2, "2.1 How much bread are we talking about?", {"market-size": "ok"}),
        T([["Level", "What we count", "Size", "Value per year"],
           ["Whole market", "office breakfast spending, Loire-Atlantique", "95,000 employees", "€11.4m"],
           ["Reachable", "companies of 20 to 300 staff within our bike radius", "1,150 companies", "€3.1m"],
           ["Our share, year 3", "90 companies, 2,300 boxes a week", "8 % of reachable", "€0.6m"]]),
        P("The reachable figure comes from the chamber of commerce register, filtered by postcode and headcount; "
          "the value assumes one box per ten employees per working day."),
        H(2, "2.2 The wider environment", {"pestel": "ok"}),
        T([["Factor", "What it means for Glaneur"],
           ["Political", "the Métropole funds anti-waste projects until 2029"],
           ["Economic", "bakeries face flour and energy costs up 30 %, any income on unsold goods helps"],
           ["Social", "employees value local food and visible waste reduction"],
           ["Technological", "route planning and ordering tools are cheap and off the shelf"],
           ["Environmental", "cargo bikes keep the delivery carbon close to zero"],
           ["Legal", "food donation and resale rules: bread under 24 hours old, cold chain for cream pastries"]]),
        H(2, "2.3 Who holds the power in this market?", {"porter": "ok"}),
        T([["Force", "Strength", "Why"],
           ["Rivalry", "medium", "vending and catering firms, none with local bakery products"],
           ["New entrants", "high", "little capital needed; the bakery network is our barrier"],
           ["Substitutes", "high", "coffee machines with biscuits, employees buying on the way"],
           ["Buyers", "medium", "HR managers compare easily, but switching costs them effort"],
           ["Suppliers", "low", "bakers have no other buyer for their evening leftovers"]]),
        H(2, "2.4 Others already on the job", {"competition": "ok"}),
        T([["Competitor", "What they offer", "Price per box", "Our edge"],
           ["Too Good To Go", "surprise bags for individuals", "€4–6", "we serve companies, daily and planned"],
           ["Café Joyeux corporate", "catered breakfast", "€7.50", "half the price, local bakers"],
           ["Vending operators", "machines with packaged pastries", "€2.50", "fresh, artisan, zero waste"]]),
        P("None of them sells a regular service to companies built on bakery leftovers. Too Good To Go is the one "
          "bakers already know, and several told us they would use both: the app at lunch, Glaneur in the evening."),
        H(2, "2.5 Strengths, weaknesses, and what lies ahead", {"swot": "ok"}),
        T([["Strengths", "Weaknesses"],
           ["a story HR managers love; 25 bakers signed letters of intent; near-zero cost of goods",
            "supply varies day to day; small team; sorting must be done at night"],
           ["Opportunities", "Threats"],
           ["other cities of the Métropole network; lunch leftovers from caterers",
            "a national player copies us; bakers sell directly to companies"]]),
        P("The weakness that worries us most is the night sorting: it is where hygiene, wages and quality meet, "
          "so it gets its own procedure and a trained lead sorter from the first week."),
        H(1, "3. How Glaneur makes money", {"business-model-canvas": "ok"}),
        P("We summarised the model on one page with the team, then checked each box against our interviews."),
        T([["Block", "Glaneur"],
           ["Customer segments", "companies of 20 to 300 staff in Nantes; secondary: coworking spaces"],
           ["Value propositions", "a fresh artisan breakfast every morning at half the usual price, with a monthly waste report for the CSR file"],
           ["Channels", "direct sales by the founders, the Métropole's network of committed companies"],
           ["Customer relationships", "monthly subscription, a named contact, a satisfaction survey each quarter"],
           ["Revenue streams", "subscriptions per box, a one-off set-up fee, waste reports sold to larger clients"],
           ["Key resources", "the bakery network, three cargo bikes, the sorting kitchen, the route software"],
           ["Key activities", "evening collection, night sorting, morning delivery, selling to HR managers"],
           ["Key partners", "bakeries, Nantes Métropole, a food bank taking what we cannot sell"],
           ["Cost structure", "wages of riders and sorters, kitchen rent, bikes, payments to bakers"]]),
        H(1, "4. What do we charge, and to whom?", {"pricing-revenue": "ok"}),
        P("The company pays, not the employee. A box feeds five people and holds bread, a pastry each, butter, "
          "jam and fruit. We tested three prices with 12 HR managers: at €18 a box most said yes without asking "
          "their director, at €24 half of them needed approval. We set the standard subscription at €19.50 per "
          "box, invoiced monthly, with a minimum of one box per working day and a three-month commitment. A "
          "premium box with organic fruit and fresh juice sells at €26."),
        P("The set-up fee of €150 pays for the first visit, the basket and the display shelf. Larger clients "
          "can buy a quarterly waste report (tonnes avoided, CO2, bakeries involved) for €300, which they use in "
          "their CSR reporting. We pay bakers €1.20 per kilo collected, which covers their packing time and "
          "gives them a reason to keep the leftovers clean. Our assumptions: an average of 1.4 boxes per company "
          "per day in year one, rising to 1.7 as companies add floors, and 210 working days a year."),
        B("Revenue by stream, years 1 to 3 (€)", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Year 1", "Year 2", "Year 3", "Hypothesis"],
           ["Standard boxes", "172,000", "342,000", "515,000", "30, 60, 90 companies"],
           ["Premium boxes", "26,000", "62,000", "98,000", "15 % of boxes"],
           ["Set-up fees", "4,500", "4,500", "4,500", "30 new clients a year"],
           ["Waste reports", "9,600", "24,000", "37,500", "larger clients only"],
           ["Total", "212,100", "432,500", "655,000", ""]]),
        H(1, "5. THE MONEY SIDE", {"financial-plan": "ok"}),
        P("Glaneur needs little equipment but a lot of people at unusual hours, so wages are most of our costs. "
          "The plan below assumes three riders and two sorters in year one, paid 10 % above minimum wage for "
          "night hours, and the three founders on half salary until month 18. We start losing money for a year "
          "and a half, because companies sign slowly; the funding covers that gap with a margin of two months. "
          "All figures are in euros, excluding VAT, and checked against two bakery collectives' accounts and the "
          "quote of our kitchen landlord. The three tables that follow give what we buy, what we earn and lose, and "
          "who pays for the start."),
        H(2, "Start-up spending", {"investments-resources": "ok"}),
        T([["Item", "Amount", "Note"],
           ["Three electric cargo bikes with cold boxes", "27,000", "leasing refused, bought with the honour loan"],
           ["Kitchen fit-out (sinks, racks, cold room)", "18,500", "landlord pays the rest"],
           ["Route and ordering software, set-up", "6,000", "then €250 per month"],
           ["Baskets, shelves, signage", "7,500", "for 60 clients"],
           ["Working capital", "30,000", "covers the first months"]]),
        P("In total €89,000, of which half goes to the bikes and the kitchen; we chose to buy rather than rent both."),
        H(2, "Profit and loss over three years", {"profit-and-loss": "ok"}),
        T([["€", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "212,100", "432,500", "655,000"],
           ["Payments to bakeries", "-14,000", "-29,000", "-44,000"],
           ["Packaging, fruit, butter", "-31,000", "-63,000", "-95,000"],
           ["Wages and charges", "-198,000", "-276,000", "-352,000"],
           ["Rent, bikes upkeep, software", "-38,000", "-41,000", "-44,000"],
           ["Depreciation", "-12,000", "-12,000", "-12,000"],
           ["Operating result", "-80,900", "11,500", "108,000"]]),
        P("Year one loses money because the riders are paid from the first day while companies come in slowly; "
          "from year two each new client adds margin, since bread costs us almost nothing."),
        H(2, "Who funds us?", {"financing-plan": "ok"}),
        T([["Source", "Amount", "When"],
           ["Founders' savings", "15,000", "month 0"],
           ["Nantes Métropole anti-waste grant", "60,000", "month 1"],
           ["Réseau Entreprendre honour loan", "40,000", "month 2"],
           ["Bank loan, 5 years", "35,000", "month 3"],
           ["Total", "150,000", ""]]),
        H(2, "When do we break even?", {"break-even": "ok"}),
        P("Each box brings €19.50 on average and costs us €3.40 in bread, packaging and fruit, so the margin is "
          "about €16 a box. Our fixed costs in year two are about €290k a year, which means we need around 86 "
          "boxes a day, or 52 companies. We reach that number in month 26 in our central case. The table shows "
          "the point for three prices."),
        T([["Price per box", "Boxes per day needed", "Companies needed", "Month reached"],
           ["€18.00", "98", "59", "30"],
           ["€19.50", "86", "52", "26"],
           ["€22.00", "72", "44", "22"]]),
        H(1, "Who we are", {}),
        P("Camille ran a bakery in Rezé for six years, Youssef managed delivery riders for a food platform, and "
          "Anaïs sold facilities services to companies. Two advisers from Réseau Entreprendre follow the project."),
        H(1, "6. The Métropole's conditions", {"client-constraints": "thin"}),
        P("The grant requires that all deliveries are made without fuel vehicles and that we report tonnes "
          "avoided each quarter. We must also reach 40 bakeries by the end of year two."),
        H(1, "7. What could go wrong, and how badly?", {"risks-sensitivity": "ok", "sensitivity-analysis": "ok"}),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Not enough leftovers on some days", "high", "medium", "a partner baker bakes to order at cost"],
           ["Companies cancel after three months", "medium", "high", "quarterly review meeting with each HR manager"],
           ["A rider is injured at night", "low", "high", "training, lights, insurance, two riders on long routes"],
           ["Hygiene incident with a cream pastry", "low", "high", "no cream products in summer, cold boxes"]]),
        P("We tested what happens to the year-three result when one figure moves and everything else stays the "
          "same:"),
        T([["If…", "Year 3 operating result", "Break-even month"],
           ["central case", "€108,000", "26"],
           ["20 % fewer companies", "€21,000", "34"],
           ["price cut to €17", "€48,000", "31"],
           ["wages up 10 %", "€73,000", "28"]]),
        H(1, "8. Questions we expect", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Isn't this selling waste to employees?", "it is yesterday evening's bread, checked and sorted by a baker"],
           ["Why would bakers not do it themselves?", "they close at 8 pm and have no riders or company clients"],
           ["What if the Métropole stops funding?", "the grant is used once, for start-up costs; the model works without it"]]),
    ],
    missing=["cash-plan", "appendices"],
)
