from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 27 (h27_), written and labelled on 2026-12-02 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Ferrum leases electric cargo bikes, with racks and
    servicing included, to plumbers, electricians and locksmiths working in central Grenoble, where vans lose an
    hour a day in traffic and the low-emission zone closes in on diesel. The client is Alpes Mobilité, the
    metropolitan mobility agency, which co-funds the pilot. The authors' own headings, numbered with a dot;
    six of them are bold Normal paragraphs (market size, rivals, revenue streams, what we buy, monthly cash,
    break-even); the monthly cash heading has nothing under it (empty); the risks and the sensitivity share one
    heading (merged); a section of the team's own about the founders at the end; no appendices (missing).""",
    title="Ferrum – the cargo bike that carries the toolbox",
    cover=["Business plan for Alpes Mobilité, Grenoble", "Jules Fontanel, Aïcha Merzouk, Baptiste Roche – M2, December 2026"],
    blocks=[
        H(1, "1 · Ferrum in a nutshell", {"executive-summary": "ok"}),
        P("A plumber in central Grenoble spends about an hour a day looking for a place to park a van, and from "
          "2028 most diesel vans will no longer be allowed inside the low-emission zone. Ferrum leases electric "
          "cargo bikes fitted for trades: a lockable box that takes 180 kilos of tools and parts, a rack for "
          "pipes or ladders, a battery good for 60 kilometres, and a mechanic who comes to the workshop when "
          "something breaks. Tradespeople pay one monthly fee, with no deposit and no surprise repair bill."),
        P("We ask Alpes Mobilité to subsidise the first 40 leases for six months and to reserve loading spaces "
          "for bikes in the old town. We need 340,000 euros to start, of which 120,000 from the three of us and "
          "a bank loan, 100,000 from the agency and 120,000 from a leasing partner that owns the bikes. With "
          "260 bikes on the road at the end of the third year at an average of 189 euros a month, revenue "
          "reaches 612,000 euros in 2029 and the company turns its first profit in the course of its second "
          "year. For the city, each bike removes a van from the centre for most of its trips."),
        H(1, "2 · Why tradespeople are stuck in traffic", {"opportunity-study": "ok"}),
        P("We rode along with eleven tradespeople for a full day each in October. On average they made five "
          "stops, drove 19 kilometres and spent 58 minutes either in traffic or circling for a parking space. "
          "Seven of them had paid at least one parking fine in the previous month. Nine said their van is too "
          "big for most jobs: on a typical day they carry a toolbox, a few parts and sometimes a length of pipe. "
          "What stops them from switching is not the idea of cycling but the fear of a bike out of service on a "
          "Monday morning, the lack of a safe place to leave it in front of a building, and the cost of buying "
          "a good cargo bike, close to 9,000 euros. Their suppliers have started to deliver parts to the job "
          "site, which removes the need to carry heavy stock."),
        B("How big can this get?", {"market-size": "ok"}),
        P("The metropolitan area counts about 6,400 small building-trade firms. We only count those whose jobs "
          "are mostly inside the ring road and who work with light tools, which leaves 2,100. We aim for 260 "
          "leased bikes at the end of year three, about 12 % of that share, since many firms lease more than "
          "one bike."),
        T([["Level", "Who", "Firms", "Value per year"],
           ["Whole area", "building-trade firms in the metropolis", "6,400", "14.5 M€"],
           ["Reachable", "light-tool trades working inside the ring road", "2,100", "4.8 M€"],
           ["Our share by 2029", "firms leasing at least one Ferrum bike", "190", "0.6 M€"]]),
        H(2, "The world around us", {"pestel": "ok"}),
        T([["Factor", "What it changes for Ferrum"],
           ["Political", "the metropolis wants 30 % fewer vans in the centre by 2030"],
           ["Economic", "fuel and parking costs up 22 % in three years for a small firm"],
           ["Social", "young tradespeople see the bike as a sign of a modern firm"],
           ["Technological", "cargo bikes with 180 kg payload and swappable batteries are now common"],
           ["Environmental", "the low-emission zone bans older diesel vans from 2028"],
           ["Legal", "a cargo bike needs no licence and no registration, but insurance for the load"]]),
        B("Who else is out there", {"competition": "ok"}),
        P("Three kinds of rivals exist. Bike shops sell cargo bikes but do not fit them for trades and leave "
          "the owner alone with repairs. National leasing firms rent bikes to large companies with fleets of "
          "fifty or more and rarely answer a plumber working alone. Small electric vans are the real "
          "alternative, but they still need parking and cost twice our fee."),
        T([["Rival", "Offer", "Price per month", "Where we win"],
           ["Cycles Bastille (shop)", "sale of standard cargo bikes", "—, about 9,000 € to buy", "no upfront cost, repairs included"],
           ["Azfalte (national leasing)", "fleets for large firms", "from 160 €", "serves one-person firms, trade racks"],
           ["Electric mini-van lease", "Renault Kangoo E-Tech", "420 €", "half the price, parks anywhere"]]),
        H(2, "Forces that shape our margins", {"porter": "ok"}),
        T([["Force", "Strength", "Why"],
           ["New entrants", "medium", "buying bikes is easy, a service network in town is not"],
           ["Suppliers", "medium", "three bike makers can fit trade boxes; we use two"],
           ["Customers", "high", "small firms compare every monthly cost closely"],
           ["Substitutes", "high", "the van they already own stays the default"],
           ["Rivalry", "low", "no one else targets trades in Grenoble today"]]),
        H(2, "Strong points, weak points", {"swot": "ok"}),
        P("What plays for us: a service made for trades, a mechanic who comes to the workshop, and the support "
          "of the mobility agency. What plays against us: we depend on one leasing partner, our margin per bike "
          "is thin for the first year, and winter weather will slow adoption. The opportunities are the "
          "low-emission zone and the new bike lanes planned along the Isère. The threats are a national "
          "leasing firm copying our racks, or the city postponing the ban on diesel vans."),
        H(1, "3 · The model on one page", {"business-model-canvas": "ok"}),
        P("Our customers are plumbers, electricians, locksmiths and glaziers with one to five employees, working "
          "mostly in the centre of Grenoble. We offer them a bike that carries their tools, parks in front of the "
          "building and never leaves them without a vehicle: if a bike breaks, a replacement arrives within four "
          "hours. We reach them through their trade federation, the parts wholesalers where they buy every "
          "morning, and a demonstration day each month in the agency's showroom. We keep them with a named "
          "mechanic and a yearly check of the whole fleet."),
        P("Our key resources are the fitted bikes, the workshop in the Berriat district and the mechanics. Our "
          "main activities are fitting bikes to each trade, servicing them and replacing them fast. Our partners "
          "are the leasing company that owns the bikes, two makers, the wholesalers and Alpes Mobilité. Revenue "
          "comes from monthly leases and from sales of racks and extra batteries; costs are the lease we pay on "
          "each bike, wages, the workshop rent and insurance."),
        H(1, "4 · What we charge and why", {"pricing-revenue": "ok"}),
        P("The standard lease costs 179 euros a month for 36 months, excluding tax, with servicing, insurance "
          "and a replacement bike included. A version with a long rack for pipes and ladders costs 209 euros. "
          "We tested three price levels with the eleven tradespeople we followed and with forty more contacted "
          "through the federation: at 249 euros, most said they would rather keep the van; at 149 euros, we "
          "could not pay a mechanic. At 179 euros, the lease costs less than half a small electric van and less "
          "than the parking fines some of them pay today. The agency's subsidy halves the fee for the first six "
          "months of the first 40 leases."),
        P("We expect 70 bikes leased at the end of 2027, 160 at the end of 2028 and 260 at the end of 2029, with "
          "an average fee of 189 euros once racks are counted. Extra batteries at 540 euros and trade boxes sold "
          "to firms that already own a bike add a smaller second stream. We assume 8 % of leases are not "
          "renewed each year, which is what a Lyon firm with a similar service reports."),
        B("Revenue streams, in figures", {"revenue-hypotheses": "ok"}),
        T([["Stream", "2027", "2028", "2029"],
           ["Bike leases", "96,000 €", "290,000 €", "526,000 €"],
           ["Racks and extra batteries", "18,000 €", "41,000 €", "62,000 €"],
           ["Fleet checks for owners", "6,000 €", "15,000 €", "24,000 €"]]),
        H(1, "5 · Money", {"financial-plan": "ok"}),
        P("Every figure below is in euros, excluding tax, for three calendar years from January 2027. We built "
          "them from the leasing partner's offer, two quotes for the workshop, the insurer's tariff for "
          "professional loads and the wages of the trade's collective agreement. We were prudent: leases grow "
          "more slowly than the pilot in Lyon did, and we added a reserve of 6 % of costs for thefts and "
          "breakdowns. The bikes stay on the leasing partner's balance sheet, so our own investment is small. "
          "Our accountant, Mr Perrin, checked the tables and the depreciation of tools and workshop fittings "
          "over five years. Read the next pages in order: one-off purchases, then the yearly accounts, then "
          "who puts money in and when."),
        B("What we need to buy", {"investments-resources": "ok"}),
        P("Workshop tools and stands at 28,000 euros, fitting of the Berriat workshop at 35,000 euros, a cargo "
          "trailer and a small van for replacements at 24,000 euros, and the booking and fleet software at "
          "18,000 euros. We hire two mechanics in 2027 and a third in 2028, and one of us works full time on "
          "sales. The bikes themselves are leased, not bought."),
        H(2, "Profit and loss, 2027–2029", {"profit-and-loss": "ok"}),
        T([["", "2027", "2028", "2029"],
           ["Revenue", "120,000", "346,000", "612,000"],
           ["Bike lease paid to partner", "58,000", "162,000", "280,000"],
           ["Wages", "118,000", "176,000", "214,000"],
           ["Rent, insurance, software", "41,000", "52,000", "61,000"],
           ["Depreciation", "21,000", "21,000", "21,000"],
           ["Operating result", "-118,000", "-65,000", "36,000"],
           ["Net result", "-121,000", "-69,000", "27,000"]]),
        P("The first year loses money because the workshop and mechanics are paid before the fleet grows. "
          "Losses shrink in 2028, and the company is profitable from the second half of that year, which makes "
          "2029 the first full year in profit."),
        H(2, "Where the money comes from", {"financing-plan": "ok"}),
        T([["Source", "Amount", "When", "Condition"],
           ["Founders' capital", "60,000 €", "January 2027", "three equal shares"],
           ["Bank loan over five years", "60,000 €", "January 2027", "guaranteed by Bpifrance"],
           ["Alpes Mobilité pilot grant", "100,000 €", "half in 2027, half in 2028", "40 leases signed"],
           ["Leasing partner (bikes on its balance sheet)", "120,000 €", "as bikes are ordered", "fleet insurance"]]),
        B("Cash, month by month", {"cash-plan": "empty"}),
        B("When Ferrum breaks even", {"break-even": "ok"}),
        P("Each leased bike brings in 189 euros a month and costs us 82 euros in lease and insurance, which "
          "leaves 107 euros. With fixed costs of about 215,000 euros a year, we need around 170 bikes on the "
          "road to cover them. We expect to pass that number in the autumn of 2028. If the agency reserves "
          "loading spaces as planned, the firms we spoke to would sign faster and that date could move forward."),
        H(1, "6 · What Alpes Mobilité asks of us", {"client-constraints": "ok"}),
        P("The agency set four conditions in our meeting of 12 November. The grant pays only for firms based in "
          "the metropolis and only for bikes replacing a van that is taken off the road or kept outside the "
          "low-emission zone. Every bike must carry the agency's logo and send anonymous trip counts each month, "
          "which it uses to plan loading spaces. The subsidy cannot exceed half the lease for six months. We "
          "accepted all four: the trip counts come from the bike's GPS, and our price of 179 euros was set so "
          "that the business holds once the subsidy ends. In exchange we ask for twelve bike loading spaces in "
          "the old town before the summer."),
        H(1, "7 · What if we are wrong?", {"risks-sensitivity": "ok", "sensitivity-analysis": "ok"}),
        T([["Risk", "Likelihood", "Effect", "Our answer"],
           ["Bike thefts", "medium", "bikes off the road, insurance premium up", "GPS tracking, frame lock, insured load"],
           ["Slow adoption in winter", "high", "fewer leases from November to February", "campaign in spring, winter tyres included"],
           ["Leasing partner withdraws", "low", "no new bikes", "second partner already consulted"],
           ["City delays the diesel ban", "medium", "weaker reason to switch", "sell on time saved, not on the ban"]]),
        P("We tested the plan against two bad cases. If we lease 30 % fewer bikes than planned, break-even "
          "moves to mid-2029 and we need 40,000 euros more, which the bank loan's second tranche would cover. "
          "If the average fee falls to 169 euros because firms choose the basic version, the 2029 result drops "
          "to a loss of 4,000 euros but cash stays positive. Only both together would force us to delay the "
          "third mechanic."),
        H(1, "8 · Tough questions", {"questions-objections": "ok"}),
        T([["Question we expect", "Our answer"],
           ["Can a plumber really carry everything on a bike?", "nine of the eleven we followed carried under 120 kg a day"],
           ["What happens when it rains?", "rain gear is included and the box is waterproof; most trips are under 4 km"],
           ["Why not let bike shops do it?", "they sell, we keep the bike running: that is what trades pay for"]]),
        H(1, "9 · The people behind Ferrum", {}),
        P("Jules was a heating engineer for six years before business school, Aïcha ran the fleet of a bike "
          "delivery firm in Lyon, and Baptiste builds the software. We all live and cycle in Grenoble."),
    ],
    missing=["appendices"],
)
