from _common import *

DOC = dict(
    deliverable="business-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 59 (h59_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: two students plan floating public saunas moored in the port of Saint-Malo for the port's
    operating company. The authors' own numbered headings, the main parts in UPPER CASE, sub-parts numbered
    "2.1" and so on; financial tables; the risks and the what-if figures share one heading (merged); the
    five-forces analysis was cut before hand-in (missing); the appendices heading has nothing under it (empty).""",
    title="SaunaQuai – Business model and business plan",
    cover=["Customer experience project for the Saint-Malo port operating company",
           "Maëlys Rouxel and Tom Guérin – December 2026"],
    blocks=[
        H(1, "1. THE PROJECT IN ONE PAGE", {"executive-summary": "ok"}),
        P("SaunaQuai moors two wooden floating saunas in the Bassin Vauban, a few steps from the walls of "
          "Saint-Malo, and sells ninety-minute sessions with a dip in the sea-water pool of the marina. The port "
          "operating company, our client, wants to bring life to the docks in winter, when the yachts are gone "
          "and the quays are empty from November to March. Nordic sauna culture is growing fast in France: six "
          "floating or seaside saunas opened on the Atlantic coast between 2023 and 2026, and all of them sell "
          "out at weekends."),
        P("We ask for 310,000 euros: 190,000 of equity and a regional innovation loan, 120,000 of bank debt. "
          "Revenue reaches 412,000 euros in year 1 and 655,000 in year 3, with a first profit in year 2. The "
          "port lends the berth for a fee of 8 % of revenue instead of a fixed rent, which protects our cash in "
          "the first winter. The break-even point is 10,900 sessions a year, about 60 % of our capacity in year "
          "1. The main risk is weather: a stormy winter can close the pontoon for weeks, and we show below what "
          "it does to the figures. We are asking the client for a decision in January so that the two cabins "
          "can be built in Lorient over the spring."),
        H(1, "2. WHY NOW, WHY HERE", {"opportunity-study": "ok"}),
        P("Saint-Malo welcomes 2.5 million visitors a year but four in five come between May and September. "
          "In winter the town has few things to do once the ramparts have been walked, and the hotels fill at "
          "less than half. At the same time, sauna and cold-water bathing have become a trend among people aged "
          "25 to 50: the number of French members of winter-swimming clubs has tripled since 2020, and wellness "
          "short breaks are the fastest-growing segment of weekend tourism in Brittany. The port needs winter "
          "activity on its quays, the town's tourist office needs an off-season reason to come, and nobody offers "
          "a sauna by the sea within 150 kilometres. We interviewed 42 winter swimmers at the Bon-Secours pool "
          "and 180 visitors online: 71 % would pay 25 euros or more for a session."),
        H(2, "2.1 How big is the market?", {"market-size": "ok"}),
        T([["Level", "Who", "Value per year"],
           ["Total", "French adults who went to a sauna or spa at least once in 2025", "1.9 bn€"],
           ["Serviceable", "residents and visitors within one hour of Saint-Malo, October to April", "21 m€"],
           ["Obtainable", "what two cabins of eight seats can sell at our prices", "0.65 m€ in year 3"]]),
        P("The obtainable figure is a capacity limit, not a share of the market we hope to win: two cabins, nine "
          "sessions a day, eight seats, at an average price of 27 euros. We will reach it only if winter "
          "weekends sell out."),
        H(2, "2.2 The wider environment", {"pestel": "ok"}),
        T([["Factor", "What we see", "Effect on SaunaQuai"],
           ["Political", "the town and the region fund off-season tourism projects", "possible grant for the second cabin"],
           ["Economic", "energy prices stay high", "we heat with wood and a heat pump on sea water"],
           ["Social", "wellness and cold-water bathing are in fashion", "strong demand from 25-50 year olds"],
           ["Technological", "online booking and access by QR code are cheap", "no staff needed at the door"],
           ["Environmental", "water quality of the port basin is monitored", "dip only in the filtered marina pool"],
           ["Legal", "floating public buildings need a safety licence", "six months of paperwork, started in October"]]),
        H(2, "2.3 Who else sells warmth?", {"competition": "ok"}),
        T([["Competitor", "Offer", "Price", "Our difference"],
           ["Thermes Marins de Saint-Malo", "thalassotherapy spa, sauna included", "from 59 €", "cheaper, outdoors, on the water"],
           ["Town swimming pool", "small sauna next to the pool", "6 €", "an experience, not a changing room"],
           ["Mobile sauna at Dinard beach", "one barrel sauna, summer only", "20 €", "open all winter, with a pool"]]),
        P("The thalassotherapy spa is the only real rival for a treat, but it sells half-day packages at more "
          "than twice our price. The others are not an outing."),
        H(2, "2.4 SWOT", {"swot": "ok"}),
        T([["Strengths", "Weaknesses"],
           ["a unique spot under the ramparts, the port as partner", "weather closures, only sixteen seats"],
           ["Opportunities", "Threats"],
           ["winter-swimming clubs, hotel packages, company seminars", "a copycat sauna on the Dinard side, a storm damaging the pontoon"]]),
        P("We use the strengths to sign hotel packages early, and the wood-fired heating keeps our costs low "
          "if energy prices rise again. The weaknesses are real: with sixteen seats, every evening cancelled by "
          "the wind costs us, so bad-weather vouchers stay valid for a whole year."),
        H(1, "3. HOW SAUNAQUAI MAKES MONEY", {"business-model-canvas": "ok"}),
        P("Our customers are locals aged 25 to 50 who come back every week, winter visitors who come once, and "
          "hotels and companies who book a whole cabin. The value we bring is warmth and sea in the middle of "
          "the town, booked in two clicks, with no membership. We sell through our own booking site, through "
          "the tourist office and through four partner hotels, who receive a commission of 10 %. We keep "
          "customers with a pack of ten sessions and a monthly full-moon evening."),
        P("The key resources are the two cabins, the berth and a team of three hosts. The key activities are "
          "running sessions, keeping the water clean and the wood dry, and selling to hotels and companies. Our "
          "partners are the port, which lends the berth and the pool, a Lorient shipyard that builds and "
          "maintains the cabins, and a local sawmill for the wood. Revenue comes from sessions, private "
          "bookings and a small shop of towels and drinks. Costs are staff, the port fee, wood and electricity, "
          "insurance and the repayment of the cabins."),
        H(1, "4. PRICES AND EXPECTED SALES", {"pricing-revenue": "ok"}),
        P("A standard session costs 25 euros, 29 euros on Friday evenings and weekends, and 19 euros for people "
          "who live in the town. The pack of ten is sold 200 euros. A whole cabin for a private group costs 240 "
          "euros for ninety minutes. We chose these prices from our survey, where most answers sat between 20 "
          "and 30 euros, and from the prices of the seaside saunas opened in Biarritz and La Rochelle, which "
          "charge 24 to 32 euros."),
        P("For year 1 we count on an occupancy of 55 % in winter and 35 % in summer, when the beaches compete "
          "with us, which gives about 14,200 sessions. We expect 120 private bookings, mostly hotels and "
          "companies, and shop sales of three euros per visitor. Occupancy climbs to 70 % in winter by year 3 as "
          "locals buy packs. We did not count any grant in these figures, nor any "
          "revenue from the full-moon evenings, which we treat as marketing. If winter "
          "occupancy reached only 45 %, we would still sell about 12,000 sessions."),
        H(2, "4.1 Revenue lines", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Year 1", "Year 2", "Year 3", "Assumption"],
           ["Sessions", "355 k€", "470 k€", "560 k€", "14,200 sessions at 25 € rising to 20,000"],
           ["Private bookings", "29 k€", "43 k€", "55 k€", "120 then 230 bookings at 240 €"],
           ["Shop", "28 k€", "35 k€", "40 k€", "about 2 € per visitor net"],
           ["Total", "412 k€", "548 k€", "655 k€", ""]]),
        H(1, "5. FINANCES", {"financial-plan": "ok"}),
        P("The plan is built month by month for year 1 and year by year after. The cabins are depreciated over "
          "ten years, the pontoon fittings over five. Staff is three full-time hosts and one seasonal host from "
          "December to February; the two founders pay themselves from year 2. The port fee is 8 % of revenue. "
          "We keep a cash cushion of at least 40,000 euros at all times, because a storm month can bring "
          "revenue close to zero while salaries and loan repayments go on. VAT is left out of all "
          "tables, which are in thousands of euros, and we assume 2 % inflation on costs each year and "
          "no price increase before year 3."),
        H(2, "5.1 What we need to buy", {"investments-resources": "ok"}),
        T([["Item", "Amount", "When"],
           ["Two floating cabins with wood stoves", "196 k€", "May 2027"],
           ["Pontoon fittings, ladders and showers", "48 k€", "June 2027"],
           ["Booking site and access gates", "14 k€", "July 2027"],
           ["Licences, safety study, insurance deposit", "12 k€", "March 2027"],
           ["Opening cash", "40 k€", "September 2027"],
           ["Total", "310 k€", ""]]),
        P("Beyond money, we need the port's technical team for two days to lay the mooring chains."),
        H(2, "5.2 Profit and loss over three years", {"profit-and-loss": "ok"}),
        T([["In k€", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "412", "548", "655"],
           ["Port fee (8 %)", "-33", "-44", "-52"],
           ["Staff", "-178", "-236", "-262"],
           ["Wood, energy, water", "-46", "-58", "-66"],
           ["Marketing and other costs", "-71", "-78", "-84"],
           ["Depreciation", "-31", "-31", "-31"],
           ["Interest", "-6", "-5", "-4"],
           ["Net result before tax", "47", "96", "156"]]),
        P("Year 1 already shows a small profit because the founders take no salary; counting them, year 1 would "
          "lose about 40,000 euros. Staff costs rise in year 2 when a fourth "
          "host is hired for the whole year and the founders take a modest salary."),
        H(2, "5.3 Who pays for it", {"financing-plan": "ok"}),
        T([["Resources", "k€", "Uses", "k€"],
           ["Founders' equity", "60", "Cabins and fittings", "244"],
           ["Two business angels", "80", "Booking site and gates", "14"],
           ["Regional innovation loan", "50", "Licences and studies", "12"],
           ["Bank loan over 7 years", "120", "Opening cash", "40"],
           ["Total", "310", "Total", "310"]]),
        H(2, "5.4 Cash, month by month", {"cash-plan": "ok"}),
        T([["Month", "Cash in", "Cash out", "Balance"],
           ["Sep", "310", "286", "24"],
           ["Oct", "38", "30", "32"],
           ["Nov", "42", "31", "43"],
           ["Dec", "55", "34", "64"],
           ["Jan", "47", "33", "78"],
           ["Feb", "44", "33", "89"],
           ["Mar", "36", "31", "94"],
           ["Apr", "30", "30", "94"],
           ["May", "24", "29", "89"],
           ["Jun", "26", "29", "86"],
           ["Jul", "30", "30", "86"],
           ["Aug", "31", "30", "87"]]),
        H(2, "5.5 When do we break even?", {"break-even": "ok"}),
        P("Our fixed costs are about 266,000 euros a year including repayments. Each session brings 27 euros "
          "of average revenue and costs us about 2.60 euros in port fee and wood, so it contributes 24.40 euros. "
          "We therefore need 10,900 sessions a year, or 30 a day, to cover our costs. In year 1 we plan 14,200 "
          "sessions, so the safety margin is about 23 %. We reach the break-even point each year around the "
          "end of February, after the best winter months."),
        H(1, "6. WHAT THE PORT ASKS OF US", {"client-constraints": "ok"}),
        P("The port operating company set four conditions, and the plan respects each of them:"),
        T([["Constraint", "How the plan answers it"],
           ["No public money from the port itself", "financing comes from founders, angels, a regional loan and a bank"],
           ["Berth fee linked to activity", "8 % of revenue, paid monthly, instead of a fixed rent"],
           ["Cabins removed within three months if the project stops", "cabins float and can be towed to Lorient and resold"],
           ["Open at least five days a week from October to April", "staff plan with four hosts in the winter months"],
           ["Respect the listed view of the ramparts", "low wooden cabins, no signs on the roof, approved by the heritage architect"]]),
        H(1, "7. RISKS AND WHAT-IFS", {"risks-sensitivity": "ok", "sensitivity-analysis": "ok"}),
        P("Three risks could sink the project: a winter of storms that closes the pontoon, a safety licence "
          "that arrives late and delays the opening, and a rival sauna opening across the estuary in Dinard. We "
          "answer the first with a weather clause in our insurance and by moving sessions to the following "
          "weeks, the second by starting the paperwork now, and the third by signing hotel packages early. The "
          "table shows how the year 1 result moves if one assumption changes and the others stay the same."),
        T([["If...", "Year 1 result", "Cash low point"],
           ["nothing changes", "+47 k€", "24 k€ (Sep)"],
           ["occupancy is 10 points lower", "-2 k€", "11 k€ (May)"],
           ["three weeks closed by storms", "+21 k€", "18 k€ (May)"],
           ["prices 10 % lower to fight a rival", "+8 k€", "14 k€ (May)"],
           ["opening delayed by two months", "-35 k€", "3 k€ (Dec)"]]),
        P("Only a late opening puts the cash near zero, which is why the licence is our first task."),
        H(1, "8. QUESTIONS WE EXPECT", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Is the port water clean enough?", "Guests dip in the filtered marina pool, not in the basin."],
           ["What if nobody comes in summer?", "Summer is planned at 35 % occupancy; we close one cabin in July."],
           ["Why not a fixed rent for the port?", "A share of revenue keeps us alive in a bad first winter and pays the port more if we succeed."]]),
        H(1, "APPENDICES", {"appendices": "empty"}),
    ],
    missing=["porter"],
)
