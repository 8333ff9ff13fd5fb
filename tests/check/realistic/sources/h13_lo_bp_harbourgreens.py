from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Harbour Greens grows herbs and micro-greens in two
    shipping containers on the Nantes docks and sells them to restaurants; the port authority is the client.
    The authors' own headings; four of them are bold Normal paragraphs (the market size, the revenue streams,
    the first purchases, the break-even); the outside factors have their own table; the competitive forces and
    the rivals share one heading (merged); a three-year profit and loss table; the month-by-month cash heading
    left with nothing under it (empty); the port authority's conditions in two sentences (thin); no questions
    and objections and no appendices (missing).""",
    title="Harbour Greens – fresh herbs grown on the quay",
    cover=["Business plan for the Nantes Saint-Nazaire port authority",
           "Priya Nair, Baptiste Morel, Élise Kerjean – December 2026"],
    blocks=[
        H(1, "Harbour Greens in brief", {"executive-summary": "ok"}),
        P("Restaurants in Nantes buy their basil, coriander and micro-greens from wholesalers in Rungis or Spain. "
          "The herbs travel two to four days, lose their taste and a third of each box ends in the bin. Harbour "
          "Greens grows them in two insulated shipping containers on the Quai Wilson, under LED light and without "
          "soil, and delivers by cargo bike within three hours of harvest."),
        P("We already supply eleven restaurants in a test run started in June. We plan to reach 90 customers and "
          "six containers by the third year, with revenue growing from €148k to €612k. The business loses money "
          "in the first year, breaks even during the second and makes a net profit of €71k in the third. We are "
          "asking the port authority for a ten-year lease of 400 m² of quay at a reduced rent, and we are raising "
          "€260k from founders, a regional innovation loan and a bank loan to pay for the containers and the "
          "first months of operation. The port gains an active quay, school visits and a showcase for its green transition plan."),
        H(1, "Why restaurants need another herb supplier", {"opportunity-study": "ok"}),
        P("We interviewed 34 chefs and restaurant owners between April and June. Twenty-eight of them complained "
          "about herbs that wilt within two days; nineteen said they would pay more for herbs cut the same "
          "morning, and most of them would like to say on their menu that their herbs are grown in Nantes. Chefs "
          "also want varieties that wholesalers do not carry, such as shiso, lemon balm or pea shoots, in small "
          "quantities. The eleven restaurants of our test run have kept ordering every week since June and two of "
          "them have asked for a weekly delivery on Sunday, which no wholesaler offers. Hotels and caterers, which we have not yet approached, buy the same herbs in larger volumes and are our next step."),
        B("How big is it?", {"market-size": "ok"}),
        T([["Level", "Who", "Herbs bought per year"],
           ["Everyone", "restaurants, caterers and delicatessens of Loire-Atlantique", "€9.8 million"],
           ["Within reach", "places in Nantes reachable by cargo bike in 40 minutes", "€3.1 million"],
           ["Our target in year 3", "90 customers, about one in twelve of those", "€0.6 million"]]),
        P("We estimated spending from the wholesale invoices that eight of our test customers showed us, then "
          "multiplied by the number of establishments listed by the chamber of commerce."),
        H(2, "The outside world", {"pestel": "ok"}),
        T([["Factor", "What we see", "What it means for us"],
           ["Political", "the city funds urban farming projects", "grants and visibility"],
           ["Economic", "food prices up, restaurants watching costs", "we must prove less waste"],
           ["Social", "diners ask where their food comes from", "local origin sells"],
           ["Technological", "LED lighting 40 % cheaper since 2020", "lower energy bills"],
           ["Environmental", "pressure to cut food miles and packaging", "bike delivery, reusable crates"],
           ["Legal", "quay occupation permits, food hygiene rules", "permit needed before we scale"]]),
        H(2, "Market forces and who we are up against", {"porter": "ok", "competition": "ok"}),
        P("Buyers have some power: a chef can switch supplier in a day, but few suppliers deliver the same "
          "morning. Suppliers of seeds and lights are many, so they hold little power over us. A new entrant would "
          "need a site and know-how; the quay lease is hard to get. Supermarket herbs are a substitute for home "
          "cooks but not for restaurants. Rivalry comes mostly from wholesalers and one indoor farm in Rezé."),
        T([["", "Wholesaler (Rungis)", "Indoor farm in Rezé", "Harbour Greens"],
           ["Time from harvest", "2 to 4 days", "1 day", "3 hours"],
           ["Rare varieties", "few", "micro-greens only", "30 varieties"],
           ["Price of 100 g basil", "€1.90", "€3.20", "€2.80"],
           ["Delivery", "truck, twice a week", "van, weekly", "cargo bike, daily"]]),
        H(2, "Strong points, weak points", {"swot": "ok"}),
        L(["Strengths: freshness nobody can match; eleven chefs who already vouch for us; delivery by bike.",
           "Weaknesses: a small team of three; energy is our biggest cost; two containers only for now.",
           "Opportunities: hotels and school canteens asking for local herbs; city grants for urban farming.",
           "Threats: an electricity price spike; a wholesaler starting its own indoor farm."]),
        P("On balance the freshness lead is real, but energy is the point we must watch every month."),
        H(1, "How the business works", {"business-model-canvas": "ok"}),
        Img(["Seed and LED suppliers", "Grow, harvest, deliver", "Cut this morning, grown in Nantes",
             "Chefs and caterers", "Weekly boxes, subscriptions"],
            "The business on one page: partners, activities, promise, customers and revenue"),
        P("Our key partners are a seed company in Angers, the maker of our growing racks and the port authority, "
          "which gives us the site. Our main activities are growing, harvesting at dawn, delivering by cargo bike "
          "and visiting chefs. Our resources are the containers, the know-how of Élise, who trained as a "
          "horticulturist, and the relationship with each chef. The value we offer is herbs cut the same morning, "
          "in rare varieties and small quantities, with the story of a farm on the quay. Our customers are "
          "restaurants first, then caterers and hotels. We reach them by visits and tastings, and keep them "
          "through a weekly standing order. Costs are mostly energy, staff and rent; revenue comes from boxes "
          "sold per delivery and from monthly subscriptions."),
        H(1, "What we charge", {"pricing-revenue": "ok"}),
        P("We price above the wholesaler and below the indoor farm in Rezé: €2.80 for 100 g of basil against "
          "€1.90 and €3.20. Chefs told us that the extra cost is paid back because they throw away less; one of "
          "our test customers measured his herb waste falling from 30 % to 5 %. Prices are per 100 g and include "
          "delivery for orders above €25."),
        P("There are three revenue streams. The main one is the weekly standing order, which restaurants set "
          "for a season and adjust by text message; it gives us a stable base to plan sowing two weeks ahead. "
          "The second is a monthly subscription for caterers and hotels, with a fixed box of eight herbs and a "
          "discount of ten per cent. The third, smaller, is tastings and visits of the containers for companies, "
          "at €15 a person, which also bring us new customers. We assume each restaurant spends on average €110 "
          "a week in year one and €125 by year three, as they add varieties; the assumptions are below."),
        B("Revenue streams, year by year", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Assumption", "Year 1", "Year 2", "Year 3"],
           ["Standing orders", "restaurants × weekly spend × 46 weeks", "€121k", "€298k", "€517k"],
           ["Subscriptions", "caterers and hotels at €380 a month", "€18k", "€46k", "€73k"],
           ["Visits and tastings", "€15 a person", "€9k", "€15k", "€22k"]]),
        H(1, "THE NUMBERS", {"financial-plan": "ok"}),
        P("Our figures come from eight months of real costs in the test container, supplier quotes for the next "
          "four containers and the bank's standard rates. We kept prudent assumptions: energy at 2026 prices plus "
          "ten per cent, no grant counted in the results, and customers added at the pace we reached in the test, "
          "about three a month. The plan needs €260k to buy the equipment and carry the first year's losses. The "
          "largest cost is staff, then energy; rent stays low because the port authority would lease us the quay "
          "at a reduced rate in exchange for running visits for schools. Cash is the tight point of year one, before the third and fourth containers start selling."),
        B("What we must buy first", {"investments-resources": "ok"}),
        T([["Item", "Cost", "When"],
           ["Four more insulated containers with racks and LED", "€148k", "two in year 1, two in year 2"],
           ["Two electric cargo bikes and crates", "€14k", "year 1"],
           ["Connection to the quay's power and water", "€22k", "year 1"],
           ["Working capital for the first winter", "€40k", "year 1"]]),
        P("The existing two containers are already paid for by the founders and are not in this list."),
        H(2, "Three years of profit and loss", {"profit-and-loss": "ok"}),
        T([["€k", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "148", "359", "612"],
           ["Seeds, substrate and packaging", "-18", "-41", "-66"],
           ["Energy", "-31", "-68", "-104"],
           ["Staff (3, then 5, then 7 people)", "-96", "-168", "-242"],
           ["Rent and insurance", "-12", "-18", "-24"],
           ["Delivery and marketing", "-14", "-22", "-31"],
           ["Depreciation", "-21", "-39", "-52"],
           ["Interest", "-8", "-11", "-9"],
           ["Net result", "-52", "-8", "71"]]),
        P("The second year is close to break-even once the fourth container runs full; staff remains the largest "
          "line, since harvest and delivery are done by hand every morning. Energy grows more slowly than sales thanks to better racks in the new containers."),
        H(2, "Where the money comes from", {"financing-plan": "ok"}),
        T([["Source", "Amount", "Terms"],
           ["Founders' savings", "€45k", "equity"],
           ["Regional innovation loan", "€95k", "interest-free, 7 years"],
           ["Bank loan", "€120k", "4.1 %, 6 years"],
           ["Total", "€260k", ""]]),
        H(2, "Month by month, year one", {"cash-plan": "empty"}),
        B("When do we stop losing money?", {"break-even": "ok"}),
        P("Each container costs about €6,900 a month to run, including staff, energy and depreciation, and yields "
          "about 190 kg of herbs. With an average margin of 58 % on sales, a container covers its costs from €11,900 "
          "of sales a month, or about 25 restaurants. We expect to reach that level with four containers in month "
          "19, and to stay above it from then on, as the table of the profit and loss shows."),
        H(1, "What the port authority asks of us", {"client-constraints": "thin"}),
        P("The containers must be movable within a month if the quay is needed. Noise and light must not disturb "
          "the flats opposite after 10 pm."),
        H(1, "What could sink us", {"risks-sensitivity": "ok"}),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Electricity price doubles", "medium", "high", "fixed-price contract for 3 years, solar panels on the roofs"],
           ["A chef network leaves together", "low", "medium", "no customer above 8 % of revenue"],
           ["Crop disease in a container", "medium", "medium", "containers run separately, weekly checks"],
           ["Port authority ends the lease", "low", "high", "movable containers, second site found in Rezé"]]),
        P("Energy is the risk we watch most closely, since it is a sixth of our costs and out of our hands."),
        H(2, "If sales are 20 % lower", {"sensitivity-analysis": "ok"}),
        T([["Scenario", "Year 3 revenue", "Year 3 result", "Break-even"],
           ["Our plan", "€612k", "€71k", "month 19"],
           ["Sales 20 % lower", "€490k", "€12k", "month 27"],
           ["Energy 30 % dearer", "€612k", "€40k", "month 22"],
           ["Both at once", "€490k", "-€19k", "not within 3 years"]]),
        P("Even in the worst case the business does not run out of cash, because the bank loan carries a "
          "six-month deferral; we would then delay the sixth container by a year and keep the team at five people."),
    ],
    missing=["questions-objections", "appendices"],
)
