from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. English, refrigerated pick-up lockers at train stations for a farmers' cooperative
    near Grenoble. Numbered headings, many of them questions or paraphrases, one in capitals; the five forces and
    the competitors share one sub-heading (merged); the SWOT is split over two sub-headings; the funding
    sub-heading has nothing under it (empty); no monthly cash plan and no appendix (missing); the cooperative's
    constraints are two sentences (thin).""",
    title="Casier Fermier – Farm produce waiting for you at the station",
    cover=["Business model and business plan – Customer eXperience project",
           "Nora Benhamou and Félix Garnier – for the Coopérative Terres du Grésivaudan – December 2026"],
    blocks=[
        H(1, "1. The short version", {"executive-summary": "ok"}),
        P("Thirty farms of the Grésivaudan valley sell vegetables, cheese and meat through their cooperative shop "
          "in Crolles, open four afternoons a week. Their customers are ageing and the young families of the "
          "valley, who commute to Grenoble by train, never manage to reach the shop before it closes. Casier "
          "Fermier puts refrigerated lockers in five railway stations of the valley. Customers order online until "
          "midnight, the cooperative's van fills the lockers the next afternoon, and they collect their basket "
          "with a code on their way home. The cooperative keeps its prices and its customer relationship; "
          "commuters get farm food without a detour."),
        P("The business sells baskets at the farm price plus a 2.50 euro service fee, and a monthly subscription "
          "for regular customers. We expect about 890,000 euros of sales in year 3, of which 84,000 euros are "
          "fees and subscriptions for the locker service. The service breaks even in month 26. We ask the "
          "cooperative's board for 120,000 euros: 60,000 from its own reserves, the rest from a regional grant and "
          "a bank loan, and for a decision in January so that the first lockers open in Brignoud and Lancey in "
          "May 2027."),
        H(1, "2. Is there really a market?", {"opportunity-study": "ok"}),
        P("Three trends meet in the valley. Households want local food: 63 % of French people say they try to buy "
          "local produce, and the cooperative's own shop grew by 9 % a year until 2022 (Agence Bio, Baromètre "
          "2025; cooperative accounts). The valley's population is changing: 11,000 people moved in between 2015 "
          "and 2022, mostly families working in Grenoble (INSEE, recensement 2022). And the train has become the "
          "way to commute: the Grenoble – Chambéry line carries 14,600 passengers a day since the timetable "
          "change of 2024 (SNCF Voyageurs, Région Auvergne-Rhône-Alpes, 2025). The cooperative's shop, with its "
          "opening hours built for retired customers and farmers' wives, misses this new population completely. Why now: the Region opened its station services call in 2026, and "
          "the first locker contracts are being signed this winter."),
        H(2, "2.1 How many baskets could we sell?", {"market-size": "ok"}),
        P("We counted from the bottom: households in reach of the five stations, how often a family buys fresh "
          "food, and the basket we measured in a two-month test with a cool box at Brignoud station."),
        T([["Level", "Who", "Calculation", "Per year"],
           ["Whole market", "households in the Grésivaudan", "43,000 households × 52 weeks × 38 € of fresh food",
            "85 M€"],
           ["Within reach", "households within 10 minutes of the five stations that commute by train",
            "6,200 × 40 weeks × 38 €", "9.4 M€"],
           ["Our share in year 3", "11 % of those households, one basket a week",
            "680 × 40 × 29.70 €", "0.81 M€"]]),
        H(2, "2.2 What is changing around us", {"pestel": "ok"}),
        T([["Factor", "What is happening", "Effect on us"],
           ["Political", "the Region funds short food chains under its 2024 food plan", "grant of up to 40 % of "
            "the lockers"],
           ["Economic", "food prices rose 19 % in two years", "customers compare baskets with supermarkets"],
           ["Social", "young families moving into the valley", "our target grows every year"],
           ["Technological", "connected lockers now cost half what they did in 2019", "lower investment"],
           ["Environmental", "the van's trips replace customers' car trips to the shop", "an argument for the "
            "grant and the stations"],
           ["Legal", "cold chain rules for meat and cheese", "lockers must keep 0-4 °C and log it"]]),
        H(2, "2.3 Rivals and the pressure they put on us", {"porter": "ok", "competition": "ok"}),
        P("Buyers have a lot of power: a family can switch to the supermarket drive or a vegetable box in one "
          "click. Suppliers, the farms, are our owners, so their pressure is low, but the locker makers are few "
          "and set their maintenance prices. New entrants are a real threat because the big retailers already "
          "have lockers in some stations. Substitutes are everywhere, starting with simply not cooking. "
          "Rivalry among current players is medium: nobody yet offers fresh farm food at the stations of the "
          "valley. The table compares the offers a commuter has today."),
        T([["Offer", "Where", "Price of a typical basket", "Weak point for our target"],
           ["Cooperative shop", "Crolles", "36 €", "closed when commuters come home"],
           ["Supermarket drive", "Montbonnot", "31 €", "little local food, detour by car"],
           ["Vegetable box (AMAP)", "village halls", "20 € vegetables only", "fixed day, no choice"],
           ["Station lockers of a national chain", "Grenoble station only", "34 €", "no local produce"],
           ["Doing nothing", "—", "—", "frozen food and ready meals"]]),
        H(2, "2.4 Our strong and weak points", {"swot": "ok"}),
        L(["Strong: thirty farms, trusted brand, produce harvested the day before",
           "Strong: the cooperative already has a van and a cold room",
           "Weak: nobody in the cooperative has run a website or an app",
           "Weak: small volumes per farm make the choice uneven in winter"]),
        H(2, "2.5 Opportunities and threats", {"swot": "ok"}),
        L(["Opportunity: the Region's grant and SNCF's wish to bring services into stations",
           "Opportunity: families arriving in the valley every year",
           "Threat: a national chain putting its own lockers in our stations",
           "Threat: a price war on baskets if food inflation returns"]),
        P("We will use the trusted brand and the van to take the stations first, before a national chain does."),
        H(1, "3. How the business works", {"business-model-canvas": "ok"}),
        T([["Block", "Casier Fermier"],
           ["Customer segments", "commuting families of the valley; the cooperative's existing customers"],
           ["Value proposition", "farm food collected on the way home, at farm prices, ordered until midnight"],
           ["Channels", "website and app, lockers in five stations, the shop"],
           ["Customer relationships", "weekly reminder, farmers' notes in the basket"],
           ["Revenue streams", "sale of produce, 2.50 € fee per basket, 14 € monthly subscription"],
           ["Key resources", "lockers, van, cold room, ordering site"],
           ["Key activities", "preparing baskets, daily delivery round, customer service"],
           ["Key partners", "the thirty farms, SNCF Gares & Connexions, the locker maker"],
           ["Cost structure", "produce paid to farms, driver, locker leasing and station rent"]]),
        P("The blocks hold together around one promise: the commuter gets farm food without changing their "
          "route. The station partnership is what makes this possible, and the fee and subscription pay for the "
          "van round and the lockers, while the farms keep their usual price."),
        H(1, "4. Prices", {"pricing-revenue": "ok"}),
        P("Produce is sold at the shop's price, so that nobody pays more for choosing the locker. The service is "
          "paid separately: 2.50 euros per basket, or a 14 euro monthly subscription for unlimited baskets. We set "
          "these prices from three anchors. Competitors first: the national chain's station lockers charge 2.90 "
          "euros and supermarket drives are free but need a car trip. What customers told us second: in the "
          "Brignoud test, 71 % of the 118 buyers said they would pay 2 to 3 euros, and only 9 % more than 3 euros. "
          "And cost last: the van round, the driver and the lockers cost us about 6 euros per basket at 470 baskets "
          "a week, which the fee and our share of the produce margin must cover. Revenue for each year is volume times price: the number of households ordering, the baskets "
          "per household per year, and the share taking a subscription, which we expect at 35 % in year 3. We "
          "assume 4 % of customers stop each month, the rate we saw in the test, and that half of the baskets "
          "are sold to households that did not shop at the cooperative before."),
        H(2, "4.1 Where the money comes from", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Driver", "Year 1", "Year 2", "Year 3"],
           ["Produce sold through the lockers", "baskets: 9,500 / 19,000 / 27,200 at 29.70 €", "282 k€",
            "564 k€", "808 k€"],
           ["Fee per basket", "65 % of baskets at 2.50 €", "15 k€", "31 k€", "44 k€"],
           ["Subscriptions", "70 / 160 / 240 subscribers at 14 € a month", "12 k€", "27 k€", "40 k€"],
           ["Total", "", "309 k€", "622 k€", "892 k€"]]),
        H(1, "5. THE NUMBERS", {"financial-plan": "ok"}),
        P("All figures are in euros excluding VAT. The service starts in May 2027 with two stations, adds two in "
          "2028 and the fifth in 2029. The driver is a new employee at 2,900 euros a month including employer "
          "contributions; a part-time coordinator joins in year 2. Farms are paid at 30 days, customers pay when "
          "they order. Lockers are leased, so the only investments are the website, the van's refrigeration and "
          "the launch campaign, depreciated over three years. The cooperative keeps the produce margin it already "
          "earns in its shop; this plan shows the locker service on its own. The tables below all use these assumptions, and the full "
          "spreadsheet is kept by the cooperative's treasurer."),
        H(2, "5.1 What we need before the first basket", {"investments-resources": "ok"}),
        T([["Item", "Amount", "When", "People"],
           ["Ordering website and app", "48 k€", "Jan – Apr 2027", "agency, with a board member as product owner"],
           ["Refrigerated fit-out of the van", "22 k€", "March 2027", "—"],
           ["Launch campaign in stations", "15 k€", "May 2027", "cooperative's volunteer communication group"],
           ["Driver-preparer", "—", "from April 2027", "1 FTE"],
           ["Coordinator", "—", "from 2028", "0.5 FTE"]]),
        P("The website is the largest item; the agency is paid in three steps, the last one after launch."),
        H(2, "5.2 Three years of profit and loss", {"profit-and-loss": "ok"}),
        T([["", "Year 1", "Year 2", "Year 3"],
           ["Service revenue (fees and subscriptions)", "27 k€", "58 k€", "84 k€"],
           ["Produce margin kept by the service (16 %)", "45 k€", "90 k€", "129 k€"],
           ["Locker leasing and station rent", "-38 k€", "-62 k€", "-80 k€"],
           ["Staff", "-31 k€", "-58 k€", "-61 k€"],
           ["Other external charges", "-14 k€", "-18 k€", "-21 k€"],
           ["EBITDA", "-11 k€", "10 k€", "51 k€"],
           ["Depreciation", "-28 k€", "-28 k€", "-28 k€"],
           ["Operating result", "-39 k€", "-18 k€", "23 k€"]]),
        P("EBITDA turns positive in year 2, when the fourth station brings volumes above 350 baskets a week while "
          "the van and the driver cost the same. After interest and tax the net result of year 3 is about 16,000 "
          "euros."),
        H(2, "5.3 Funding", {"financing-plan": "empty"}),
        H(2, "5.4 When do we break even?", {"break-even": "ok"}),
        T([["Item", "Value"],
           ["Fixed costs per year at four stations", "148 k€"],
           ["Contribution per basket (fee or subscription share, plus 16 % margin)", "6.10 €"],
           ["Baskets needed per year", "24,300, about 470 a week"],
           ["Month reached", "month 26 (June 2029), with the fourth station open"],
           ["Check against the share we aim for", "27,200 baskets in year 3, so 12 % above break-even"]]),
        P("In plain words: about 120 regular families per station pay for the whole service."),
        H(1, "6. What the cooperative imposes", {"client-constraints": "thin"}),
        P("The board caps its own contribution at 60,000 euros and wants the farms' prices unchanged: both are "
          "respected. It also wants the lockers open before the summer of 2027, which the plan meets in May."),
        H(1, "7. What could go wrong", {"risks-sensitivity": "ok"}),
        T([["Risk", "Effect on the figures", "What we do about it"],
           ["Fewer households order than in the test", "break-even moves to year 4", "start with two stations "
            "and open the others only above 250 baskets a week"],
           ["SNCF raises the station rent", "+8 k€ a year", "three-year contract signed before launch"],
           ["The van breaks down in summer", "lost baskets, angry customers", "rental agreement with a local "
            "refrigerated van firm"],
           ["A national chain arrives first in our stations", "half the volume", "sign the five stations "
            "in 2027, even if we open them later"]]),
        H(2, "7.1 What if…", {"sensitivity-analysis": "ok"}),
        T([["Scenario", "Year 3 operating result", "Break-even"],
           ["Our plan", "23 k€", "month 26"],
           ["Baskets 20 % lower", "-4 k€", "year 4"],
           ["Fee cut to 1.90 €", "12 k€", "month 31"],
           ["Launch three months late", "17 k€", "month 29"]]),
        P("Volume hurts most. The board should plan for the lower case and watch one signal: if the two first "
          "stations do not reach 250 baskets a week by the end of 2027, the next stations wait."),
        H(1, "8. Questions we expect", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Why not simply open the shop later?", "we tested it in 2023: evening openings drew 14 customers a "
            "night, commuters do not drive to Crolles"],
           ["Why not rent the national chain's lockers?", "they accept no local brand and take 18 % of sales"],
           ["What if farmers run out of produce in winter?", "the basket is built from what is available, "
            "as in the shop; customers see it when ordering"]]),
    ],
    missing=["cash-plan", "appendices"],
)
