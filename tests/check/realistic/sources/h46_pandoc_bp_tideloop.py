from _common import *

DOC = dict(
    deliverable="business-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 46 (h46_), written and labelled on 2026-12-02 before any run of check. Markdown through
    pandoc: TideLoop, a deposit network for reusable takeaway boxes in Nantes, commissioned by the city's waste
    agency. Numbered headings at shifted levels, financial tables in the text. No monthly cash plan anywhere
    (missing); the heading for the jury's expected questions was left with nothing under it (empty).""",
    title="TideLoop – Business model and business plan",
    cover=["Customer eXperience project · client: Nantes Métropole waste prevention agency",
           "Team: Lou Garnier, Idriss Benali, Maëva Roux · December 2026"],
    blocks=[
        H(1, "1. Summary", {"executive-summary": "ok"}),
        P("Every day, Nantes restaurants hand out roughly 38,000 single-use takeaway boxes. The metropolitan waste "
          "agency wants that number halved by 2030 and asked us to design a service that restaurants will actually "
          "adopt. TideLoop is our answer: a deposit network of sturdy polypropylene boxes that customers borrow "
          "for one euro, return in any of 60 partner restaurants or 25 street drop points, and get their euro "
          "back in the app."),
        P("Restaurants pay a monthly subscription of 49 to 129 euros depending on volume, which is cheaper than "
          "the disposable packaging they buy today once the 2026 packaging tax is counted. The agency funds the "
          "launch with a 180,000 euro grant over two years, and we raise 250,000 euros from a regional impact fund "
          "and an honour loan. We expect 140 restaurants by the end of year three, revenue of 612,000 euros and a "
          "first positive operating result in year three. The main risk is the return rate: below 85 percent, "
          "box losses eat the margin, so the whole plan is built around making returns easy."),
        H(1, "2. Is there a market?", {"opportunity-study": "ok"}),
        P("Three things changed in two years. The anti-waste law obliges fast food outlets to offer reusable "
          "dishes on site, and pressure is moving to takeaway. Delivery platforms now let restaurants tag a "
          "reusable option. And Nantes households sort their waste more than the national average, which tells "
          "us the habit of bringing something back already exists. We interviewed 34 restaurant owners and "
          "surveyed 410 takeaway customers on the Île de Nantes and in Bouffay. Owners care about price and "
          "washing logistics; customers care about not having to carry a dirty box home for days."),
        P("Put simply, the need is real on both sides and nobody in Nantes serves it yet at the scale of a whole district."),
        H(2, "2.1 Sizing", {"market-size": "ok"}),
        T([["Level", "Scope", "Restaurants", "Value per year"],
           ["TAM", "takeaway restaurants in Loire-Atlantique", "2,900", "3.1 million euros"],
           ["SAM", "Nantes Métropole, more than 40 takeaway meals a day", "860", "0.95 million euros"],
           ["SOM", "our realistic share by year three", "140", "0.61 million euros"]]),
        P("Values multiply the number of restaurants by the average subscription and the boxes they would rent, "
          "based on the volumes the 34 owners gave us."),
        P("We stay cautious: the share we aim for is one restaurant in six in the metropolitan area."),
        H(2, "2.2 PESTEL", {"pestel": "ok"}),
        T([["Factor", "What we see", "Effect on TideLoop"],
           ["Political", "city plan to halve packaging waste", "a public sponsor and grant"],
           ["Economic", "packaging costs up 22 % since 2023", "our price looks cheap"],
           ["Social", "young customers expect green options", "demand from the customer side"],
           ["Technological", "QR codes on every box, cheap tracking", "low cost of loss control"],
           ["Environmental", "a box must be used 20 times to beat disposables", "we must reach high return rates"],
           ["Legal", "food contact and washing hygiene rules", "certified washing centre needed"]]),
        H(2, "2.3 Five forces", {"porter": "ok"}),
        T([["Force", "Level", "Why"],
           ["Rivalry", "medium", "two national networks, none active in Nantes yet"],
           ["New entrants", "high", "low entry cost, but washing capacity is scarce"],
           ["Substitutes", "high", "compostable packaging, customers' own containers"],
           ["Buyers", "strong", "restaurants switch easily and watch every euro"],
           ["Suppliers", "weak", "several box makers in France"]]),
        H(2, "2.4 Who else does it", {"competition": "ok"}),
        T([["Player", "Model", "Price to restaurants", "Weakness for us to exploit"],
           ["ReBox France", "national deposit network", "0.15 euro per use", "few return points, slow refunds"],
           ["Compostable packaging", "single use", "0.28 euro per box", "still a waste, taxed from 2026"],
           ["Bring your own box", "customer habit", "free", "hygiene doubts, used by few"]]),
        P("Our edge is density: 85 return points in one city rather than thin coverage across France, plus "
          "washing done locally by a social integration company, which the agency values."),
        H(2, "2.5 SWOT", {"swot": "ok"}),
        T([["Strengths", "Weaknesses"],
           ["local density of return points, public sponsor, cheaper than taxed packaging",
            "young team, no washing plant of our own, depends on one grant at the start"],
           ["Opportunities", "Threats"],
           ["packaging tax rising, delivery platforms adding reusable options",
            "a national network arriving with deep pockets, low return rates in student areas"]]),
        P("The grid tells us to spend our first money where the weakness and the threat meet: return points where students live, and a second laundry."),
        H(1, "3. The model on one page", {"business-model-canvas": "ok"}),
        P("Our partners are the waste agency, the social integration laundry in Rezé that washes boxes, and the box "
          "maker in Cholet. Our key activities are collecting boxes from drop points twice a day by cargo bike, "
          "washing, and keeping the app running. The value we bring restaurants is packaging that costs less "
          "than disposables and a green label customers notice; customers get their euro back and no guilt. We "
          "reach restaurants through the agency's network and door-to-door visits, and customers through "
          "stickers on every counter. Our customer segments are independent takeaway restaurants first, then "
          "company canteens. Costs are boxes, washing, bikes and salaries; revenue comes from subscriptions, "
          "a small fee per box used above the plan, and unreturned deposits."),
        P("The canvas was drawn with four restaurant owners in a workshop in October, and they moved two of our cards."),
        Img(["Partners", "Activities", "Value", "Segments", "Revenue"], "Figure 1 – our canvas, drawn by the team"),
        H(1, "4. How we make money", {"pricing-revenue": "ok"}),
        P("We priced against what a restaurant pays today. A typical place selling 120 takeaway meals a day spends "
          "about 1,000 euros a month on disposable boxes, lids and bags, plus the new tax. Our plans start at 49 "
          "euros a month for up to 600 uses, 89 euros for 1,500 and 129 euros for 3,000, with 0.06 euro per use "
          "beyond. The customer deposit of one euro is not revenue: it is held and paid back, except for boxes "
          "never returned after 60 days, which we keep to replace them."),
        P("We tested the price with 12 of the interviewed owners: 9 said the middle plan was acceptable, 3 said "
          "they would only join if the first month was free, which we now offer. We assume a slow ramp: 40 "
          "restaurants at the end of year one, 90 in year two and 140 in year three, with an average plan of 82 "
          "euros. Company canteens are priced on quotation and appear only from year two."),
        H(3, "4.1 Streams", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Year 1", "Year 2", "Year 3"],
           ["Restaurant subscriptions", "24,000", "74,000", "138,000"],
           ["Extra uses", "6,000", "21,000", "44,000"],
           ["Canteens", "0", "95,000", "390,000"],
           ["Unreturned deposits", "9,000", "22,000", "40,000"],
           ["Total (euros)", "39,000", "212,000", "612,000"]]),
        H(1, "5. Numbers", {"financial-plan": "ok"}),
        P("The plan runs over three years. We need money early for 30,000 boxes, three cargo bikes and the app, "
          "while revenue only grows once restaurants trust the service. The agency grant covers part of the "
          "launch and the rest comes from an impact fund and an honour loan. We keep a prudent eye on washing "
          "costs, which we pay per box to the laundry and which fall as volumes grow. The tables below give "
          "what we invest, the income statement, where the money comes from and when we break even."),
        P("All amounts are in euros, excluding VAT, and assume no price increase over the three years. Figures were checked by the agency's finance officer in November."),
        H(2, "5.1 What we need to buy", {"investments-resources": "ok"}),
        T([["Item", "Amount (euros)", "When"],
           ["30,000 boxes with QR codes", "96,000", "months 1 to 12"],
           ["3 cargo bikes and trailers", "27,000", "month 2"],
           ["App and back office (agency)", "58,000", "months 1 to 6"],
           ["25 street drop points", "45,000", "months 4 to 10"],
           ["Working capital", "40,000", "year 1"]]),
        P("People: two founders paid from month 4, one logistics driver from month 6, one sales person in year two."),
        H(2, "5.2 Profit and loss", {"profit-and-loss": "ok"}),
        T([["Euros", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "39,000", "212,000", "612,000"],
           ["Grant recognised", "90,000", "90,000", "0"],
           ["Washing and logistics", "-61,000", "-118,000", "-241,000"],
           ["Salaries", "-118,000", "-186,000", "-262,000"],
           ["Other costs", "-24,000", "-31,000", "-38,000"],
           ["Depreciation", "-45,000", "-52,000", "-58,000"],
           ["Operating result", "-119,000", "-85,000", "13,000"]]),
        P("Losses in the first two years are expected: boxes and bikes are bought before restaurants join. Year "
          "three turns positive once canteens bring large volumes on the same washing capacity."),
        P("Salaries include social charges; the grant is spread evenly over the first two years."),
        H(2, "5.3 Funding", {"financing-plan": "ok"}),
        T([["Source", "Amount (euros)"],
           ["Founders' equity", "30,000"],
           ["Impact fund (equity)", "200,000"],
           ["Honour loan", "50,000"],
           ["Agency grant", "180,000"],
           ["Total", "460,000"]]),
        H(2, "5.4 When do we break even?", {"break-even": "ok"}),
        P("Our fixed costs in year three are about 358,000 euros and each euro of revenue leaves 61 cents after "
          "washing and logistics. We therefore need about 587,000 euros of revenue a year to break even, which "
          "we reach around month 33, when roughly 130 restaurants and six canteens use the service. If the "
          "canteens come six months later, break-even slips into year four."),
        P("We therefore track signed canteens every month as the earliest sign of the date."),
        H(1, "6. What the agency asked of us", {"client-constraints": "ok"}),
        T([["Constraint from the client", "How the plan respects it"],
           ["Grant capped at 180,000 euros, paid over two years", "we raise 280,000 euros elsewhere and never count on more"],
           ["Washing must create local jobs", "washing contracted to the Rezé integration laundry"],
           ["Service live in three districts within nine months", "Bouffay, Île de Nantes and Chantenay open by month 9"],
           ["Open data on volumes each quarter", "the back office exports returns and losses for the agency"]]),
        P("The agency also asked that the customer never pays more than one euro in deposit, which shapes how "
          "we charge lost boxes to restaurants rather than customers."),
        H(1, "7. What could go wrong", {"risks-sensitivity": "ok"}),
        L(["Return rate lower than 85 percent: more boxes to buy, margin gone; we answer with reminders in the app "
           "and more drop points near student housing.",
           "The laundry raises its price: we keep a second washing partner ready in Saint-Herblain.",
           "Restaurants leave after the free month: we follow each one weekly during the first quarter."]),
        P("Each risk has an owner in the team and a threshold that triggers the answer written next to it."),
        H(2, "7.1 Sensitivity", {"sensitivity-analysis": "ok"}),
        T([["If...", "Year 3 revenue", "Year 3 result"],
           ["return rate drops from 90 to 80 percent", "612,000", "-41,000"],
           ["only 100 restaurants instead of 140", "540,000", "-22,000"],
           ["canteens six months late", "415,000", "-64,000"],
           ["washing cost per box 10 percent lower", "612,000", "37,000"]]),
        P("The return rate matters most, which is why the first year's budget puts money into drop points rather "
          "than advertising."),
        P("We ran each case alone, keeping every other assumption at its base value."),
        H(1, "8. Questions we expect from the jury", {"questions-objections": "empty"}),
        H(1, "9. Appendix", {"appendices": "ok"}),
        P("Interview grid used with the 34 restaurant owners, survey results and the agency's specification are "
          "available on request."),
    ],
    missing=["cash-plan"],
)
