from _common import *

DOC = dict(
    deliverable="business-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 22 (h22_), written and labelled on 2026-12-01 before any run of check. Markdown converted
    by pandoc, English. Les Ateliers de la Deûle, an association running six maker spaces in Lille, wants to open a
    shared ceramics studio with paid memberships and an app to book wheels and kiln firings ("KilnShare"). Numbered
    headings ("1." to "8.", "2.1" to "7.1"), most of them shortened to one or two words ("Sizing", "Forces",
    "Competitors", "P&L", "Funding", "Break-even", "Sensitivity"). The SWOT is split over two headings ("2.5
    Strengths and weaknesses", "2.6 Opportunities and threats"). Financial tables for the start-up costs, the
    three-year P&L, the funding and the twelve months of year one. The client's requirements are three sentences
    (thin). No appendices (missing).""",
    title="KilnShare – Business plan",
    cover=["A shared ceramics studio for Les Ateliers de la Deûle, Lille",
           "Team: Hugo Marchand, Anaïs Perrot, Bilal Chérif · Web School Factory · December 2026"],
    blocks=[
        H(1, "1. Summary", {"executive-summary": "ok"}),
        P("Pottery has become one of the fastest-growing hobbies in France since 2020, and Lille has almost nowhere "
          "to practise it: the three private studios in the city have waiting lists of four to seven months, and "
          "the municipal courses fill in a morning. Les Ateliers de la Deûle already run six maker spaces with "
          "woodworking, textile and electronics benches, but no kiln. KilnShare is their answer: a 280 m² ceramics "
          "studio in the Fives-Cail halls, with 14 wheels, three electric kilns and an app through which members "
          "book a wheel, a bench or a firing slot."),
        P("Revenue comes from monthly memberships (49 or 89 euros), six-week beginner courses, firings sold per "
          "load to members and outside potters, and team-building workshops for companies. We plan 310,000 euros "
          "of revenue in the first year, 480,000 in the second and 620,000 in the third. The studio needs "
          "118,000 euros of equipment and fit-out and 185,000 euros of funding in total, of which the association "
          "puts in 30,000. It breaks even during year two, which is the association's condition, and earns an "
          "operating profit of 74,000 euros in year three. The main risk is the number of members in the first "
          "months; the sensitivity test shows that the plan survives 20 % fewer members with a short extension of "
          "the bank overdraft."),
        H(1, "2. The opportunity", {"opportunity-study": "ok"}),
        P("Three trends meet. People want hobbies that take them away from screens and produce something they can "
          "keep or give; ceramics does both, and social media made it visible to a young urban public. Studios "
          "are expensive to open, because kilns, ventilation and clay traps require a real building, so supply "
          "follows demand slowly. And companies look for team activities that are not another escape room. In "
          "Lille, our survey of 412 people who follow the association's newsletter found that 38 % had already "
          "taken a pottery class and 61 % would consider a membership if a studio were close to a metro station. "
          "The Fives-Cail halls are two minutes from the Marbrerie metro station and the association already "
          "holds a lease on the space."),
        H(2, "2.1 Sizing", {"market-size": "ok"}),
        P("We sized the market from the bottom up, from the household leisure spending published by INSEE and the "
          "prices of existing studios."),
        T([["Level", "Scope", "Yearly value", "How we got it"],
           ["Total market", "hobby ceramics in France: courses, memberships, firings, materials", "310 M€",
            "1.9 M practising adults × 165 € a year"],
           ["Reachable market", "Lille metropolitan area, adults within 30 minutes of Fives", "14 M€",
            "share of population and income, same spending"],
           ["Our share, year 3", "one studio at full capacity", "0.62 M€", "4.4 % of the reachable market"]]),
        H(2, "2.2 Environment", {"pestel": "ok"}),
        T([["Factor", "What we see", "Effect on KilnShare"],
           ["Political", "the Métropole funds third places in former industrial sites", "grant of 25,000 € likely"],
           ["Economic", "household budgets under pressure since 2023", "a cheap entry plan is needed"],
           ["Social", "craft hobbies popular with 25–40 year-olds, many living in small flats",
            "members need a place, not only a course"],
           ["Technological", "booking apps are expected everywhere", "no paper sign-up sheets"],
           ["Environmental", "kilns use a lot of electricity", "night firings at off-peak rates, full loads only"],
           ["Legal", "public-access building rules, kiln ventilation standards", "12,000 € of ventilation work"]]),
        H(2, "2.3 Forces", {"porter": "ok"}),
        T([["Force", "Strength", "Why"],
           ["Rivalry between studios", "low", "three small studios, all full"],
           ["New entrants", "medium", "a kiln and a room are enough for a small studio, but good sites are rare"],
           ["Substitutes", "medium", "other creative hobbies: painting, knitting, woodwork"],
           ["Buyers' power", "low", "individuals, many of them on waiting lists"],
           ["Suppliers' power", "medium", "two clay and glaze suppliers in the region; electricity prices"]]),
        H(2, "2.4 Competitors", {"competition": "ok"}),
        T([["Studio", "Offer", "Price", "Weak point"],
           ["Terre de Wazemmes", "courses only, 8 wheels", "260 € per 10 sessions", "no open practice, 6-month wait"],
           ["L'Atelier du Tour", "courses and a few members", "95 € a month", "one kiln, firings take three weeks"],
           ["Maison Argile (Roubaix)", "courses, shop", "220 € per course", "far from central Lille, no booking app"],
           ["Municipal courses", "evening classes", "180 € a year", "full within a day, beginners only"]]),
        P("None of them offers open practice with quick firings at a monthly price: that is the gap KilnShare "
          "fills, and the waiting lists show it is real."),
        H(2, "2.5 Strengths and weaknesses", {"swot": "ok"}),
        L(["Strength: the association's 2,300 members and its newsletter, so the first members cost little to reach.",
           "Strength: a lease already signed for a large, cheap space near the metro.",
           "Weakness: nobody in the association has run a ceramics studio; we must hire a head potter.",
           "Weakness: kilns make the studio dependent on electricity prices."]),
        H(2, "2.6 Opportunities and threats", {"swot": "ok"}),
        L(["Opportunity: companies in Euratechnologies ask for team workshops close by.",
           "Opportunity: outside potters would pay for firings if the wait were short.",
           "Threat: a chain of studios from Paris is looking for a site in Lille.",
           "Threat: a craze that could cool down after a few years."]),
        H(1, "3. Business model", {"business-model-canvas": "ok"}),
        P("We worked the model out on a single page with the association's board in October; here it is in a "
          "table."),
        T([["Block", "KilnShare"],
           ["Customers", "hobby potters aged 25–45 in Lille, beginners who want a course, outside potters who need "
            "firings, companies for team events"],
           ["Value offered", "a place to practise whenever you want, a firing within a week, a community"],
           ["Channels", "the association's newsletter and Instagram, the app, word of mouth, open days"],
           ["Relationship", "membership with a welcome session, a head potter present every evening"],
           ["Revenue", "memberships, courses, firings per load, company workshops, small clay sales"],
           ["Key resources", "the Fives-Cail space, kilns and wheels, the head potter, the booking app"],
           ["Key activities", "running open sessions, teaching, loading and firing kilns, maintenance"],
           ["Partners", "Les Ateliers de la Deûle, a clay supplier in Desvres, the Métropole"],
           ["Costs", "staff, rent, electricity, clay and glazes, app maintenance"]]),
        H(1, "4. Pricing", {"pricing-revenue": "ok"}),
        P("We set prices against the studios already open in Lille and against what our survey respondents said "
          "they would pay. The entry plan, Clay, costs 49 euros a month for two open sessions a week; it is "
          "deliberately cheaper than L'Atelier du Tour because most of our future members are beginners who are "
          "not sure they will stay. The Studio plan costs 89 euros a month and includes unlimited open sessions "
          "and one firing a month; we expect a third of members to choose it after six months. Members who need "
          "more firings pay 12 euros per load; outside potters pay 18 euros. A six-week course for beginners "
          "costs 180 euros, clay and firing included, and is the main door to a membership: in the studios we "
          "visited, about one course participant in three becomes a member."),
        P("Company workshops are priced at 650 euros for up to twelve people for three hours. They are few but "
          "very profitable, since they use the studio on weekday afternoons when it is empty. We assume 140 "
          "members at the end of year one, 230 at the end of year two and 290 at the end of year three, close to "
          "the capacity of 14 wheels. Members who join through the association's newsletter get their first "
          "month at half price, which we count as a marketing cost."),
        H(2, "4.1 Revenue assumptions", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Driver", "Year 1", "Year 2", "Year 3"],
           ["Memberships", "average members × average price × 12", "162,000 €", "258,000 €", "335,000 €"],
           ["Beginner courses", "courses × 10 people × 180 €", "72,000 €", "97,000 €", "119,000 €"],
           ["Firings", "loads sold to members and outside potters", "31,000 €", "52,000 €", "68,000 €"],
           ["Company workshops", "workshops × 650 €", "33,000 €", "57,000 €", "80,000 €"],
           ["Clay and tools sold", "members buying on site", "12,000 €", "16,000 €", "18,000 €"],
           ["Total", "", "310,000 €", "480,000 €", "620,000 €"]]),
        H(1, "5. Financials", {"financial-plan": "ok"}),
        P("All figures are in euros, excluding VAT. We built the plan from the pricing assumptions above and from "
          "three written quotes for the kilns, the wheels and the fit-out. Staff is the largest cost: a head "
          "potter and a studio assistant from the first month, a second teacher in year two and a part-time "
          "community manager in year three. Rent is low because the association sublets the space at cost. "
          "Electricity for the kilns is counted in the cost of materials, at the 2026 off-peak price plus 15 %. "
          "Equipment is depreciated over five years and the app over three. The association's accountant reviewed "
          "the plan in November and asked us to add the August overdraft."),
        H(2, "5.1 Start-up costs", {"investments-resources": "ok"}),
        T([["Item", "Amount", "Note"],
           ["Three electric kilns", "28,500", "quote from a supplier in Lens"],
           ["Fourteen wheels", "18,200", "1,300 each"],
           ["Fit-out, ventilation, clay traps", "41,000", "including 12,000 of ventilation"],
           ["Booking app", "24,000", "built by a Lille agency, then maintained"],
           ["Shelves, tools, glaze station", "6,300", ""],
           ["Total", "118,000", ""]]),
        P("The head potter is hired two months before opening to choose the kilns and train the assistant."),
        H(2, "5.2 P&L", {"profit-and-loss": "ok"}),
        T([["", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "310,000", "480,000", "620,000"],
           ["Clay, glazes and kiln electricity", "68,000", "101,000", "124,000"],
           ["Gross margin", "242,000", "379,000", "496,000"],
           ["Staff", "196,000", "248,000", "292,000"],
           ["Rent and charges", "54,000", "66,000", "66,000"],
           ["Marketing", "28,000", "24,000", "22,000"],
           ["Software, insurance, other", "14,000", "15,000", "16,000"],
           ["EBITDA", "-50,000", "26,000", "100,000"],
           ["Depreciation", "22,000", "26,000", "26,000"],
           ["Operating result", "-72,000", "0", "74,000"]]),
        P("Year one loses money because staff is hired for a full studio while members arrive month after month; "
          "the loss is covered by the funding below."),
        H(2, "5.3 Funding", {"financing-plan": "ok"}),
        T([["Source", "Amount", "Terms"],
           ["Les Ateliers de la Deûle (own funds)", "30,000", "contribution, no repayment"],
           ["Honour loan to the project lead", "40,000", "0 %, five years"],
           ["Bank loan", "90,000", "4.1 %, seven years, first year interest only"],
           ["Métropole third-place grant", "25,000", "paid in two halves"],
           ["Total", "185,000", "covers 118,000 of investment and 67,000 of first-year losses and working capital"]]),
        H(2, "5.4 Cash, month by month", {"cash-plan": "ok"}),
        T([["Month (year 1)", "Cash in", "Cash out", "Balance at month end"],
           ["January", "191,000", "140,000", "51,000"],
           ["February", "14,000", "27,000", "38,000"],
           ["March", "18,000", "27,000", "29,000"],
           ["April", "21,000", "28,000", "22,000"],
           ["May", "24,000", "28,000", "18,000"],
           ["June", "22,000", "27,000", "13,000"],
           ["July", "19,000", "26,000", "6,000"],
           ["August", "18,000", "23,000", "1,000"],
           ["September", "31,000", "29,000", "3,000"],
           ["October", "34,000", "29,000", "8,000"],
           ["November", "35,000", "29,000", "14,000"],
           ["December", "40,000", "30,000", "24,000"]]),
        P("January includes the whole funding and the equipment. August is the tightest month: the studio stays "
          "open but courses stop, so we keep a 20,000 euro overdraft agreed with the bank."),
        H(2, "5.5 Break-even", {"break-even": "ok"}),
        P("Fixed costs in year two, depreciation included, are 379,000 euros. Each euro of revenue leaves 79 "
          "cents once clay, glazes and electricity are paid. The studio therefore breaks even at about 480,000 "
          "euros of yearly revenue, which is the year-two plan: roughly 210 members on average with the courses "
          "and workshops we expect. Monthly, the operating result turns positive in month 17, when the second "
          "autumn season of courses starts."),
        H(1, "6. What the association requires", {"client-constraints": "thin"}),
        P("The board asked for an entry plan under 60 euros a month and for a fifth of the open sessions at a "
          "reduced price for people on social benefits. The studio must break even by its second year. The "
          "association will not put in more than 30,000 euros of its own money."),
        H(1, "7. Risks", {"risks-sensitivity": "ok"}),
        P("We listed the risks with the association's board and the head potter we interviewed; the four below "
          "are the ones that could change the plan."),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Slow start in memberships", "medium", "high", "courses before the opening, founding-member price"],
           ["Electricity price rise", "medium", "medium", "full loads only, night firings, price per load reviewed yearly"],
           ["Head potter leaves", "low", "high", "second teacher trained from year two"],
           ["Paris chain opens nearby", "low", "medium", "community and firing speed as our difference"]]),
        H(2, "7.1 Sensitivity", {"sensitivity-analysis": "ok"}),
        P("We tested the year-two operating result against three changes, one at a time, keeping every other "
          "assumption of the plan as it is."),
        T([["Change", "Year 2 revenue", "Year 2 operating result", "What it means"],
           ["Plan as written", "480,000", "0", "break-even"],
           ["20 % fewer members", "428,000", "-41,000", "overdraft extended for six months, still positive in year 3"],
           ["Prices 10 % lower", "432,000", "-38,000", "only if a competitor forces it"],
           ["Electricity +30 %", "480,000", "-9,000", "absorbed by a 1 euro rise per firing"]]),
        H(1, "8. Questions we expect", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Why should an association run a business?", "KilnShare stays inside the association's mission and "
            "its profit funds the other maker spaces."],
           ["Is pottery a passing fashion?", "Demand has grown for six years and waiting lists are long; even "
            "at half the growth the studio fills 14 wheels."],
           ["Why build an app instead of buying one?", "Existing booking tools do not handle kiln loads; the "
            "agency's quote is lower than three years of a licence."]]),
    ],
    missing=["appendices"],
)
