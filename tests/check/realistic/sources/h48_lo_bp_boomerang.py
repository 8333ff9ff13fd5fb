from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Boomerang Box rents reusable take-away containers to
    restaurants in Brest, with a deposit paid by diners; the metropolitan waste department is the client. The
    authors' own headings; several sub-headings are bold Normal paragraphs; the risks and the what-if figures share
    one heading (merged); the monthly cash heading has nothing under it (empty); no appendices (missing).""",
    title="Boomerang Box – take-away without the bin",
    cover=["Business plan prepared for Brest métropole, waste prevention department",
           "Yann Le Goff, Chiara Benedetti, Sophie Tanguy – December 2026"],
    blocks=[
        H(1, "The project on one page", {"executive-summary": "ok"}),
        P("Every day, the take-away restaurants of Brest throw away about 21,000 single-use boxes, cups and lids. "
          "Since January 2023 the law has forced restaurants to serve diners who eat in with reusable dishes, and "
          "the pressure is now moving to take-away. Boomerang Box rents sturdy reusable containers to restaurants. "
          "The diner pays a two-euro deposit through our app or in cash, takes the meal away and drops the empty box "
          "in any partner restaurant or in one of our return points. We collect, wash and redistribute the boxes "
          "from a small washing unit in the Kerhuon business park."),
        P("After a four-month pilot with nine restaurants on the Siam street, we count 2,600 box loans a week and a "
          "return rate of 93 %. Our plan reaches 140 restaurants by the end of year three, with revenue growing "
          "from €96k to €540k and a first profit in year three. We ask Brest métropole for a three-year service "
          "contract covering the return points in public places, and we raise €310k in equity, honour loans and a "
          "bank loan to equip the washing unit. The métropole gains fewer bins to empty, measurable waste figures "
          "for its local plan and a visible project in the city centre."),
        H(1, "Why now", {"opportunity-study": "ok"}),
        P("We met 47 restaurant owners in Brest and Landerneau between March and May. Thirty-one of them buy "
          "disposable packaging for more than €600 a month, and prices went up by 18 % in two years. Most of them "
          "fear the next step of the anti-waste law but do not have the space or the staff to wash containers "
          "themselves. Diners are ready too: in our street survey of 312 people, 64 % said they would use a "
          "deposit box if they could return it anywhere in the city, not only in the shop where they bought the "
          "meal. Students and office workers around the Saint-Martin market are the keenest, "
          "and several of them already carry their own lunch box."),
        B("How many boxes could we lend?", {"market-size": "ok"}),
        T([["Scope", "Who", "Yearly packaging spend"],
           ["All of it", "take-away outlets of Finistère", "€14.2 million"],
           ["What we can serve", "outlets of Brest métropole within our collection rounds", "€3.9 million"],
           ["What we aim for in year 3", "140 restaurants, about one in six of those", "€0.55 million"]]),
        P("We used the packaging invoices of twelve restaurants of the pilot and multiplied by the outlets listed "
          "in the chamber of commerce's register."),
        H(2, "Outside pressures", {"pestel": "ok"}),
        T([["Factor", "Trend", "Effect on us"],
           ["Political", "the métropole's plan targets 15 % less household waste by 2030", "a willing public partner"],
           ["Economic", "packaging prices up 18 % in two years", "our rent is cheaper than buying disposables"],
           ["Social", "young diners ask for zero waste options", "demand in the student districts"],
           ["Technological", "cheap QR codes and deposit apps", "tracking each box is affordable"],
           ["Environmental", "water and energy used for washing", "we must show a better footprint than paper"],
           ["Legal", "anti-waste law widening to take-away", "restaurants will need a solution"]]),
        H(2, "Five forces around the box", {"porter": "ok"}),
        T([["Force", "Level", "Why"],
           ["Buyers", "medium", "a restaurant can leave after a month, but changing system confuses its diners"],
           ["Suppliers", "low", "several European makers of polypropylene boxes"],
           ["New entrants", "medium", "a washing unit and a return network take time to build"],
           ["Substitutes", "high", "compostable paper boxes look green and need no return"],
           ["Rivalry", "medium", "two national networks, none active in Brest yet"]]),
        B("Who else does this", {"competition": "ok"}),
        T([["", "National deposit network", "Compostable boxes", "Boomerang Box"],
           ["Return points in Brest", "none", "not needed", "24 in year one"],
           ["Cost for a restaurant per meal", "€0.22", "€0.31", "€0.18"],
           ["Washing", "sent to Rennes", "none", "local, in Kerhuon"],
           ["Waste per meal", "low", "one box in the bin", "almost none"]]),
        P("Paper boxes are our real competitor: restaurants already know them. We win on price per meal and on the "
          "fact that nothing ends in the bin."),
        H(2, "Strong and weak points", {"swot": "ok"}),
        T([["Strengths", "Weaknesses"],
           ["93 % return rate in the pilot, local washing, a team born in Brest", "one washing unit only, capital needed before revenue"],
           ["Opportunities", "Threats"],
           ["the law widening to take-away, public return points", "a national network moving in, diners losing boxes"]]),
        P("The pilot proved that diners bring boxes back, which was our biggest doubt. Our weak point is money: "
          "everything must be bought before the first euro comes in, and a single machine means a single point of failure."),
        H(1, "How Boomerang makes money", {"business-model-canvas": "ok"}),
        P("Our customers are the take-away restaurants, and behind them their diners. We offer restaurants a "
          "packaging service instead of a product: they receive clean boxes twice a week and never buy a "
          "disposable again. Diners get a free loan against a refundable deposit and a city-wide return network. "
          "We reach restaurants through field visits and the restaurant owners' union, and diners through stickers "
          "on the partner shops and the app. Revenue comes from a monthly fee per restaurant and a fee per loan; "
          "unreturned deposits are kept after ninety days. Our key resources are the stock of 40,000 boxes, the "
          "washing unit and the app. Key activities are collection, washing and support. Partners are the "
          "métropole, the box maker in Vendée and an employment charity that provides the washing staff. Our main "
          "costs are staff, water and energy, the van and the boxes themselves."),
        Img(["Restaurants", "Boxes + app", "Collection rounds", "Washing unit", "Return points"],
            "Our model at a glance"),
        H(1, "Prices and revenue", {"pricing-revenue": "ok"}),
        P("A restaurant pays a monthly subscription of €39, which covers delivery twice a week, the stickers and "
          "access to the dashboard, plus €0.12 per box lent. For a restaurant serving 60 take-away meals a day, "
          "this comes to about €250 a month, against about €340 spent on disposables today. The diner pays "
          "nothing except a €2 deposit, refunded when the box comes back. We tested three price levels during the "
          "pilot: at €0.20 per loan, four restaurants out of nine said they would stop. Revenue depends mostly on "
          "the number of restaurants and on how many meals they sell to take away, which is higher in winter. We "
          "assume 45 new restaurants in year one, 50 in year two and 45 in year three, with 3 % of restaurants "
          "leaving each quarter. Lost boxes are a small extra income, but we do not count on it: we want diners to "
          "return them. Prices will be reviewed once a year with the restaurant owners' union."),
        B("Revenue lines", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Year 1", "Year 2", "Year 3", "Assumption"],
           ["Subscriptions", "€14k", "€38k", "€62k", "€39 per restaurant per month"],
           ["Fees per loan", "€76k", "€245k", "€420k", "€0.12 per box, 60 meals a day"],
           ["Service contract with the métropole", "€6k", "€40k", "€58k", "return points in public places"]]),
        H(1, "The money side", {"financial-plan": "ok"}),
        P("We need €310k before the first full year: the washing unit and the first boxes take most of it. The "
          "business loses money in its first two years because the boxes and the machine must be bought before "
          "enough restaurants join. Revenue then grows faster than costs, since one washing unit can handle up to "
          "12,000 boxes a day. The numbers below come from the pilot's real costs per box, checked with our "
          "accountant, and from quotes for the machine and the van. We kept a safety margin of three months of "
          "fixed costs in the bank, because a late public payment could otherwise stop the rounds for weeks."),
        B("What we buy first", {"investments-resources": "ok"}),
        T([["Item", "Amount", "When"],
           ["Industrial washer and dryer", "€118k", "month 1"],
           ["40,000 boxes and lids", "€92k", "months 1 to 6"],
           ["Electric van", "€38k", "month 2"],
           ["App and return stations", "€27k", "months 1 to 4"]]),
        P("The washer is bought second-hand from a laundry in Quimper, with a one-year warranty from the maker; "
          "the boxes are ordered in three batches so that we only buy what the restaurants really use."),
        H(2, "Profit and loss over three years", {"profit-and-loss": "ok"}),
        T([["Line", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "€96k", "€323k", "€540k"],
           ["Staff", "€118k", "€190k", "€262k"],
           ["Water, energy, detergents", "€14k", "€38k", "€61k"],
           ["Van, rent and other costs", "€46k", "€58k", "€70k"],
           ["Depreciation", "€55k", "€55k", "€55k"],
           ["Net result", "€-137k", "€-18k", "€92k"]]),
        P("Staff is the biggest cost: the washing jobs come from our partner charity, which lowers the cost of the "
          "first two hires. The loss of year two is small enough to be covered by the cash raised at the start, "
          "and year three pays back part of the bank loan. Detergent costs fall per box as volumes grow."),
        H(2, "Where the €310k comes from", {"financing-plan": "ok"}),
        T([["Source", "Amount", "Terms"],
           ["Founders' equity", "€60k", "three founders"],
           ["Honour loans (Initiative Brest)", "€45k", "0 %, five years"],
           ["Regional circular economy grant", "€55k", "paid on invoices"],
           ["Bank loan", "€150k", "seven years, 4.1 %"]]),
        H(2, "Cash month by month, first year", {"cash-plan": "empty"}),
        B("When do we stop losing money?", {"break-even": "ok"}),
        P("With fixed costs of about €230k a year once the unit runs at full speed, and a margin of about €0.09 "
          "per box lent after washing and transport, we need around 2.5 million loans a year, which means about "
          "115 restaurants. We expect to pass that point in the second half of year three. If the métropole "
          "contract is signed, break-even comes four months earlier."),
        H(1, "What Brest métropole asks of us", {"client-constraints": "ok"}),
        P("The waste department sets four conditions. Return points in public places must be emptied at least "
          "twice a week and never overflow. We must report each quarter the number of boxes lent and returned and "
          "an estimate of the waste avoided, checked by their own team once a year. Our washing must use the "
          "water-saving cycle and rain water where possible. Finally, the métropole wants the service to reach at "
          "least two districts outside the centre, Bellevue and Pontanézen, in the second year, even if they "
          "bring fewer restaurants, so that the project is not only for the city centre."),
        H(1, "What could go wrong, and by how much", {"risks-sensitivity": "ok", "sensitivity-analysis": "ok"}),
        T([["Risk or change", "Chance", "Effect", "What we do"],
           ["Return rate falls to 85 %", "medium", "€21k more boxes to buy each year", "reminders in the app, deposit raised to €3"],
           ["Only 90 restaurants in year 3", "medium", "result falls from €92k to €11k", "push the métropole contract and the Landerneau area"],
           ["Washer breaks down", "low", "two days without clean boxes", "maintenance contract, two days of spare stock"],
           ["Energy price up 30 %", "medium", "result down by €9k", "heat recovery on the dryer"]]),
        H(1, "Questions we expect", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Is washing really better than paper?", "yes after about 20 uses; our boxes are made for 300"],
           ["Who pays for lost boxes?", "the unreturned deposit covers the cost of a new box"],
           ["Why not a national network?", "they wash in Rennes; we keep the jobs and the trucks local"]]),
    ],
    missing=["appendices"],
)
