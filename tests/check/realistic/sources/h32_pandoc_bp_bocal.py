from _common import *

DOC = dict(
    deliverable="business-plan",
    path="pandoc",
    via="markdown",
    language="en",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    in English: Bocal & Co, a Lille start-up delivering bulk groceries in returnable glass jars by cargo bike, with
    a jar-washing partner. The authors number their own headings; the parts are in UPPER CASE ("1. IN SHORT",
    "2. WHY NOW, WHY LILLE"), the sub-parts in normal case at level 2 with numbers like "2.1"; financial tables
    throughout; the risks and the sensitivity test share one heading and one table (merged); no monthly cash plan
    anywhere (deleted before hand-in, the authors say so nowhere); an appendix of the survey at the end.""",
    title="Bocal & Co – business plan",
    cover=["Customer eXperience project – Léa Dumont, Hugo Marchal, Amine Kaci",
           "Lille, December 2026"],
    blocks=[
        H(1, "1. IN SHORT", {"executive-summary": "ok"}),
        P("Bocal & Co delivers groceries without packaging to homes in Lille. Customers order pasta, rice, pulses, "
          "coffee, oils and cleaning products online; we deliver them by cargo bike in glass jars that we collect "
          "at the next delivery, wash with our partner ESAT Les Ateliers du Nord, and use again. The idea comes from "
          "a simple finding of our survey of 412 Lille households: 61 % would like to buy in bulk, but only 12 % do, "
          "because bulk shops are far away, bringing your own jars is a chore and the shops close at 7 pm."),
        P("We start in September 2027 in five districts of central Lille with about 48,000 households, a catalogue of "
          "220 products and two cargo bikes. We expect 1,150 active customers at the end of year one and 3,900 at "
          "the end of year three, with an average basket of 42 euros every two weeks. Revenue should reach 0.58 "
          "million euros in year one and 2.0 million in year three; we break even in month 26. We are looking for "
          "180,000 euros: 60,000 from the founders, a 90,000 euro honour loan and bank loan, and a 30,000 euro "
          "regional grant for the circular economy. Our client for this project, the Métropole européenne de Lille, "
          "wants proof that returnable packaging can work at the scale of a city district."),
        H(1, "2. WHY NOW, WHY LILLE", {"opportunity-study": "ok"}),
        P("Three changes make this the right moment. The anti-waste law requires shops over 400 square metres to "
          "give 20 % of their space to bulk by 2030, so supermarkets are teaching customers to buy without packaging, "
          "but they do not deliver bulk. Home delivery of groceries has become a habit since 2020 in large cities: "
          "a third of Lille households ordered food online at least once a month in 2025. And returnable glass is "
          "coming back, with deposit schemes tested in four French regions. Lille adds a dense, young centre, a "
          "flat city that suits cargo bikes, and a metropolitan authority that funds circular projects. The parts "
          "below size the market, look at the environment and at our competitors, and sum up where we stand."),
        H(2, "2.1 How many customers?", {"market-size": "ok"}),
        T([["Level", "Who", "Households", "Yearly value"],
           ["Total", "households of the Lille metropolis buying dry groceries", "540,000", "1.9 bn €"],
           ["Reachable", "households within our delivery zone by 2029, ordering online", "62,000", "86 m €"],
           ["Our share", "about 6 % of reachable households by year three", "3,900", "2.0 m €"]]),
        P("The total counts dry groceries and cleaning products only, at 3,500 euros a year per household (INSEE "
          "budget survey). The reachable part keeps households in the zone that already order food online."),
        H(2, "2.2 The outside world", {"pestel": "ok"}),
        T([["Factor", "What we see", "Effect on us"],
           ["Political", "the metropolis funds circular economy pilots", "grant and visibility"],
           ["Economic", "food prices up 20 % since 2021", "bulk is about 10 % cheaper: an argument"],
           ["Social", "young households, strong green vote in central Lille", "early adopters nearby"],
           ["Technological", "cheap route planning and jar tracking by QR code", "low set-up cost"],
           ["Environmental", "single-use packaging is a third of household waste", "our reason to exist"],
           ["Legal", "anti-waste law (AGEC), bulk quotas by 2030", "supermarkets become rivals"]]),
        H(2, "2.3 Pressure on the business", {"porter": "ok"}),
        T([["Force", "Level", "Why"],
           ["Existing rivals", "medium", "two bulk shops deliver by van, no returnable jars"],
           ["New entrants", "medium", "low capital needed, but the washing partner is hard to copy"],
           ["Substitutes", "high", "supermarket bulk aisles and drive-through"],
           ["Suppliers", "low", "organic wholesalers compete for bulk buyers"],
           ["Buyers", "high", "switching costs nothing, price comparisons are easy"]]),
        H(2, "2.4 Who else does this?", {"competition": "ok"}),
        T([["Who", "Offer", "Price level", "Delivery", "Jars returned"],
           ["Day by Day Lille", "bulk shop, 600 products", "high", "no", "customer's own"],
           ["Biocoop Vauban", "organic shop with bulk aisle", "high", "van, 9 € fee", "no"],
           ["Carrefour drive", "bulk on a few lines", "low", "click and collect", "no"],
           ["Le Vrac Roulant", "van that parks at markets", "medium", "no", "deposit jars"]]),
        P("Nobody in Lille delivers bulk at home in jars that come back. Our weak point is price against the "
          "supermarket drive, which we answer with free delivery above 35 euros."),
        H(2, "2.5 Strengths and weak spots", {"swot": "ok"}),
        T([["Inside, helpful", "Inside, harmful"],
           ["washing partner with a social mission; cargo bikes; jar tracking", "small catalogue; no brand yet; "
            "founders new to retail"],
           ["Outside, helpful", "Outside, harmful"],
           ["anti-waste law; metropolitan support; rising food prices", "supermarkets entering bulk; a wet winter "
            "slows bikes; glass breakage"]]),
        P("What we take from it: our strengths are the ones a supermarket cannot copy quickly, the jar loop and the "
          "washing partner, so we lead with them in every message and keep the catalogue small until the loop works."),
        H(1, "3. HOW WE MAKE MONEY", {"business-model-canvas": "ok"}),
        T([["Block", "Bocal & Co"],
           ["Customers", "households in central Lille, 25-45, who care about waste but lack time"],
           ["Value", "bulk groceries at home, jars collected, no packaging to throw away"],
           ["Channels", "website and app, Instagram, stands at Wazemmes market"],
           ["Relationship", "same courier every fortnight, reminders before each delivery"],
           ["Revenue", "margin on groceries, jar deposit, delivery fee below 35 €"],
           ["Resources", "warehouse in Fives, two cargo bikes, stock of 9,000 jars"],
           ["Activities", "buying, filling, delivering, collecting and washing jars"],
           ["Partners", "ESAT Les Ateliers du Nord for washing, organic wholesalers, the metropolis"],
           ["Costs", "goods, couriers, washing at 0.18 € a jar, warehouse rent, marketing"]]),
        P("The model rests on the jar loop: a jar that comes back costs us 0.18 euros to wash, against 0.95 euros to "
          "buy a new one. With a return rate of 85 %, packaging costs us less than a supermarket pays for plastic."),
        H(1, "4. PRICES AND REVENUE", {"pricing-revenue": "ok"}),
        P("We price our products at the level of organic bulk shops, about 10 % below the same organic products in "
          "packets at the supermarket, because bulk saves the packaging cost. Our gross margin on goods is 34 % on "
          "average: 28 % on staples such as rice and pasta, 45 % on coffee, oils and cleaning products. Delivery is "
          "free above 35 euros; below, it costs 3.90 euros, which we expect on one order in five."),
        P("Each jar carries a deposit of 1 euro, paid back when the jar returns. The deposit is not revenue, but "
          "unreturned jars become revenue after six months, which we count at 15 % of deposits. From year two we add "
          "an office offer: a fortnightly delivery of coffee, tea and snacks for small companies in the zone, at a "
          "monthly fee, which our interviews with eight offices in Euralille suggest will interest about one in "
          "four. Prices are reviewed every six months against the wholesale prices of our suppliers, and we commit "
          "to publish our price comparison with the supermarket drive on the website so that customers can check it."),
        H(2, "4.1 Revenue by stream", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Year 1", "Year 2", "Year 3", "Main assumption"],
           ["Groceries to households", "520,000 €", "1,090,000 €", "1,720,000 €", "42 € basket, every two weeks"],
           ["Delivery fees", "24,000 €", "44,000 €", "62,000 €", "1 order in 5 under 35 €"],
           ["Unreturned jar deposits", "9,000 €", "15,000 €", "21,000 €", "15 % of deposits kept"],
           ["Office offer", "–", "95,000 €", "190,000 €", "40 then 80 offices at 200 € a month"],
           ["Total", "553,000 €", "1,244,000 €", "1,993,000 €", ""]]),
        H(1, "5. THE FIGURES", {"financial-plan": "ok"}),
        P("Our figures come from three sources: the quotes of our suppliers and of the washing partner, the prices "
          "and volumes of two bulk shops that shared their accounts with us, and the survey of 412 households for "
          "order frequency. We have been prudent on growth: we count only customers in the five first districts in "
          "year one, and we open two more districts in year two. Salaries include the three founders at the minimum "
          "wage in year one. The tables below show what we need to invest, the income statement, how we finance the "
          "start and when we break even. All amounts are in euros excluding VAT, and year one starts in September 2027."),
        H(2, "5.1 What we need to start", {"investments-resources": "ok"}),
        T([["Item", "Amount", "Comment"],
           ["Two electric cargo bikes", "16,000 €", "a third one in year two"],
           ["Jars and crates (9,000 jars)", "9,500 €", "bought from a glassworks in the Nord"],
           ["Warehouse fit-out in Fives", "22,000 €", "shelves, filling station, cold room for oils"],
           ["Website, app and route planning", "28,000 €", "built by a Lille agency"],
           ["Opening stock", "35,000 €", "six weeks of goods"],
           ["Working capital and launch marketing", "69,500 €", "to month 12"],
           ["Total", "180,000 €", ""]]),
        H(2, "5.2 Income statement over three years", {"profit-and-loss": "ok"}),
        T([["", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "553,000 €", "1,244,000 €", "1,993,000 €"],
           ["Cost of goods", "-365,000 €", "-810,000 €", "-1,280,000 €"],
           ["Gross margin", "188,000 €", "434,000 €", "713,000 €"],
           ["Couriers and staff", "-196,000 €", "-298,000 €", "-402,000 €"],
           ["Washing and jars", "-21,000 €", "-44,000 €", "-68,000 €"],
           ["Rent, software, insurance", "-48,000 €", "-62,000 €", "-74,000 €"],
           ["Marketing", "-40,000 €", "-45,000 €", "-50,000 €"],
           ["Depreciation", "-16,000 €", "-19,000 €", "-21,000 €"],
           ["Operating result", "-133,000 €", "-34,000 €", "98,000 €"]]),
        P("The loss of year one is covered by the financing below; the result turns positive in the course of "
          "year two, when the office offer and the new districts add volume without a new warehouse."),
        H(2, "5.3 Where the money comes from", {"financing-plan": "ok"}),
        T([["Source", "Amount", "Terms"],
           ["Founders' savings", "60,000 €", "share capital"],
           ["Réseau Entreprendre honour loan", "40,000 €", "0 %, five years, personal to the founders"],
           ["Bank loan (Crédit Coopératif)", "50,000 €", "4.1 %, five years"],
           ["Regional circular economy grant", "30,000 €", "paid on invoices in 2027"],
           ["Total", "180,000 €", ""]]),
        H(2, "5.4 When do we stop losing money?", {"break-even": "ok"}),
        T([["Item", "Value"],
           ["Fixed costs per month in year two", "39,000 €"],
           ["Margin after variable costs per order", "12.40 €"],
           ["Orders needed per month", "about 3,150"],
           ["Active customers needed", "about 1,600, each ordering twice a month"],
           ["Month reached in our plan", "month 26, October 2029"]]),
        P("The break-even depends above all on the return rate of jars: below 75 %, buying new jars pushes it back "
          "by about five months."),
        H(1, "6. WHAT THE METROPOLIS EXPECTS FROM US", {"client-constraints": "ok"}),
        T([["Constraint", "Where it comes from", "How we meet it"],
           ["Deliveries without a combustion engine", "the metropolis's low-emission zone", "cargo bikes only"],
           ["At least 80 % of jars returned by year two", "condition of the grant", "deposit and collection at each delivery"],
           ["Local jobs for people far from work", "circular economy charter", "washing by an ESAT, two couriers hired "
            "through a local integration scheme"],
           ["Data of customers kept in the EU", "public partner's rules", "hosting in Roubaix"],
           ["Quarterly report on tonnes of packaging avoided", "grant agreement", "jar counts from our QR tracking"]]),
        P("None of these constraints worries us; the return rate is the one we watch every week."),
        H(1, "7. RISKS AND WHAT IF", {"risks-sensitivity": "ok", "sensitivity-analysis": "ok"}),
        T([["Risk or change", "Likelihood", "Effect on year-3 result", "What we do"],
           ["Jar return rate 70 % instead of 85 %", "medium", "-38,000 €", "higher deposit, reminder before each visit"],
           ["Basket 36 € instead of 42 €", "medium", "-71,000 €", "bundles, office offer"],
           ["20 % fewer customers", "medium", "-94,000 €", "delay the third bike and the new districts"],
           ["Washing partner stops", "low", "-25,000 € for three months", "second ESAT contacted in Tourcoing"],
           ["Supermarket launches bulk delivery", "high", "-50,000 €", "stay on returnable jars and service"]]),
        P("The customer count is the figure our result depends on most; jar returns come next. With two of these "
          "changes at once, year three stays around break-even rather than at a loss."),
        H(1, "8. QUESTIONS WE EXPECT", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Is glass not too heavy for bikes?", "a full round is 90 kg; our bikes carry 180 kg"],
           ["Why would people pay more than at the drive?", "they do not: we are 10 % cheaper on the same organic products"],
           ["What if jars do not come back?", "the deposit pays for a new jar, and we tested 88 % returns in the pilot"]]),
        H(1, "ANNEX – THE SURVEY", {"appendices": "ok"}),
        P("412 households answered online in October 2026, recruited through three Lille neighbourhood groups; "
          "the full questionnaire and the answers are available on request."),
    ],
    missing=["cash-plan"],
)
