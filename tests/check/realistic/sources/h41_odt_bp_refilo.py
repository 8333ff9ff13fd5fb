from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. English: Refilo puts refill stations for household cleaning products (washing-up liquid,
    laundry liquid, multi-surface cleaner) in the aisles of Coop'Nord supermarkets in Hauts-de-France, for the
    cooperative's innovation team. The authors' own headings, numbered, some as questions, one in capitals;
    the competitors and the bargaining powers share one sub-heading (merged); financial tables for the investments,
    the three-year profit and loss, the funding and the sensitivity; the month-by-month cash sub-heading has nothing
    under it (empty); no appendix (missing).""",
    title="Refilo – Refill it, don't rebuy it",
    cover=["Business model and business plan – Customer eXperience project",
           "Chloé Vandamme, Mehdi Belkacem and Jonas Wittevrongel – for Coop'Nord – December 2026"],
    blocks=[
        H(1, "1. Refilo on one page", {"executive-summary": "ok"}),
        P("Every week, a Coop'Nord customer carries home two or three plastic bottles of detergent and throws "
          "them away a month later. Refilo replaces those bottles with refill stations placed in the cleaning "
          "aisle: the customer brings back any clean bottle, or buys our returnable litre bottle, chooses one of "
          "eight products, and pays at the till with a label printed by the station. The products are concentrates "
          "made in Roubaix and diluted in our own unit in Lesquin; they carry the EU Ecolabel and cost the customer "
          "about 20 % less than the branded equivalent."),
        P("We start with a pilot in five stores around Lille in spring 2027, then equip 15 stores by the end of "
          "2027, 30 in 2028 and 40 in 2029. Refilo owns and maintains the stations; Coop'Nord keeps 18 % of every "
          "sale and pays a small monthly service fee per station. Revenue grows from 213,000 euros in the first "
          "year to 1.47 million euros in the third, when the company turns a profit of 131,000 euros. We need "
          "650,000 euros, of which Coop'Nord's innovation fund is asked to bring 150,000 euros, and a decision "
          "by the end of January so that the pilot stores open in April."),
        H(1, "2. Why refills, why now?", {"opportunity-study": "ok"}),
        P("The idea came from Coop'Nord's own member survey of 2026: asked what the cooperative should change "
          "first, 41 % of the 3,200 members who answered named packaging, well ahead of prices. Household "
          "cleaning products are the obvious place to start. They are liquids that keep for months, they are "
          "bought again and again in the same quantity, and nobody needs to see or touch them before buying. "
          "The law pushes in the same direction: the anti-waste law of 2020 requires large stores to give 20 % "
          "of their sales area to products without packaging by 2030, and Coop'Nord's stores are at 4 % today. "
          "Refill is already common for pasta and nuts, but almost absent for cleaning products, because it needs "
          "stations that dose liquids cleanly and print a price. That equipment now exists at a reasonable cost, "
          "and no competitor has yet signed a regional chain in the North."),
        H(2, "2.1 How big can this get", {"market-size": "ok"}),
        P("We sized the market from national sales of liquid cleaning products, then narrowed it to the region and "
          "to the stores we can actually reach through Coop'Nord."),
        T([["Level", "Scope", "Value per year"],
           ["Total market", "liquid household cleaning products sold in France", "about 3.4 billion euros"],
           ["Reachable market", "the same in Hauts-de-France, 9 % of national sales", "about 306 million euros"],
           ["Our share by year 3", "about a tenth of liquid cleaning sales in 40 Coop'Nord stores",
            "1.7 million euros at shelf price"]]),
        H(2, "2.2 The outside world", {"pestel": "ok"}),
        T([["Factor", "What we see", "Effect on Refilo"],
           ["Political", "the Region funds circular-economy projects through its 2026 call", "a grant of 90,000 euros"],
           ["Economic", "households cut their grocery spending since 2023", "a cheaper refill is an argument"],
           ["Social", "younger customers ask for less plastic", "early adopters in city stores"],
           ["Technological", "dosing stations with scales and label printers", "clean and fast service"],
           ["Environmental", "a refill saves about 60 grams of plastic", "a figure shown on every label"],
           ["Legal", "the 2030 bulk-sales target for large stores", "Coop'Nord needs us"]]),
        H(2, "2.3 Rivals and who holds the power", {"competition": "ok", "porter": "ok"}),
        P("Three kinds of players already sell cleaning products without a new bottle each time. None of them "
          "offers an automatic station inside a regional supermarket chain."),
        T([["Player", "Offer", "Price per litre", "Weak point"],
           ["Big detergent brands", "refill pouches in the same aisle", "3.90 €", "still a plastic pouch"],
           ["Organic shops", "manual bulk taps", "4.50 €", "few stores, staff needed"],
           ["Online refill start-ups", "concentrate tablets by post", "2.80 €", "customers must mix at home"],
           ["Refilo", "automatic station in the store", "3.20 €", "needs Coop'Nord's floor space"]]),
        P("The buyer is the strongest force: Coop'Nord chooses which stores get a station and takes a share of "
          "every sale, so our contract matters more than anything else. Our supplier of concentrates is one "
          "Roubaix company, so we keep a second recipe approved with a Belgian maker. The big brands could launch "
          "their own stations, which is the main threat of new entrants; substitutes such as tablets stay niche. "
          "Rivalry between refill players is weak today because each one holds different stores."),
        H(2, "2.4 Where we are strong, and where we are exposed", {"swot": "ok"}),
        T([["Inside Refilo", "Outside Refilo"],
           ["Strong: a signed pilot with a chain of 120 stores; products cheaper than brands; a team that "
            "knows retail and chemistry", "Opening: the 2030 bulk-sales rule; a regional grant; members asking "
            "for less packaging"],
           ["Weak: one supplier for now; no brand known by customers; stations that must be refilled by van "
            "every week", "Threat: a big brand installing free stations; a hygiene incident at a station; "
            "customers forgetting their bottles"]]),
        H(1, "3. The model on one canvas", {"business-model-canvas": "ok"}),
        L(["Customers: Coop'Nord shoppers who buy cleaning products every month, first the families of city "
           "stores, and Coop'Nord itself as the partner that hosts us.",
           "What we promise: the same cleaning power for 20 % less, with no bottle to throw away.",
           "How we reach them: the station in the aisle, the store's leaflet and the members' newsletter.",
           "Relationship: a loyalty stamp on the bottle, the tenth refill free.",
           "Revenue: refill sales net of Coop'Nord's share, bottle sales and a monthly fee per station.",
           "Key resources: the stations, the dilution unit in Lesquin and our recipes.",
           "Key activities: filling the stations weekly, cleaning them, watching sales per product.",
           "Partners: Coop'Nord, the Roubaix concentrate maker, the station manufacturer in Tourcoing.",
           "Costs: concentrates, staff, the van rounds and the stations' depreciation.",
           "Why it holds together: the store gives us the shoppers, and we give the store bulk sales it cannot "
           "run itself."]),
        H(1, "4. How Refilo earns money", {"pricing-revenue": "ok"}),
        P("We set the shelf price at 3.20 euros a litre on average, from 2.60 euros for washing-up liquid to "
          "4.10 euros for laundry liquid. That is 15 to 25 % below the branded product of the same size, which is "
          "the gap Coop'Nord asked for, and still leaves us a margin because we sell no packaging and no "
          "advertising. Coop'Nord keeps 18 % of the sale, so Refilo receives 2.62 euros for an average litre, which "
          "costs us 1.05 euros in concentrate, water, labels and transport."),
        P("Two smaller streams complete the picture. Customers who arrive without a bottle buy our returnable "
          "litre bottle for 1.50 euros; we expect one bottle for every eight refills in the first year, fewer "
          "afterwards. Coop'Nord pays a fee of 90 euros a month per station, which covers part of the cleaning and "
          "the weekly visit. Volumes per station were measured in a two-week test in the Villeneuve-d'Ascq store "
          "last October, where one station sold 164 litres; we assume a slow start at 600 litres a month per "
          "station in the first year, rising to 1,100 litres in the third as habits form."),
        H(2, "Streams, volumes and prices", {"revenue-hypotheses": "ok"}),
        T([["Stream", "Driver", "Year 1", "Year 2", "Year 3"],
           ["Refills (net of 18 %)", "litres x 2.62 €", "72,000 L – 189 k€", "280,800 L – 736 k€",
            "528,000 L – 1,383 k€"],
           ["Returnable bottles", "bottles x 1.50 €", "9,000 – 13 k€", "22,000 – 33 k€", "30,000 – 45 k€"],
           ["Station fee", "station-months x 90 €", "120 – 11 k€", "312 – 28 k€", "480 – 43 k€"],
           ["Total", "", "213 k€", "797 k€", "1,472 k€"]]),
        B("5. THE NUMBERS", {"financial-plan": "ok"}),
        P("The plan runs over three calendar years, 2027 to 2029, in thousands of euros. It rests on the rollout "
          "agreed with Coop'Nord: 15 stores by December 2027, 30 by December 2028 and 40 by mid-2029. Refilo loses "
          "money for two years, because each new station must be paid and installed months before its sales "
          "settle, and because we hire the van drivers and the technician ahead of the volume. Cash is the "
          "constraint to watch: the lowest point of the account comes in the autumn of 2028, which is why the "
          "funding below keeps a reserve of about 50,000 euros. Every figure is before VAT, and salaries include "
          "employer contributions. The tables below follow the order in which our banker asked to read them."),
        H(2, "5.1 What we need to buy", {"investments-resources": "ok"}),
        T([["Item", "Amount", "When"],
           ["40 refill stations at 6,000 € each", "240,000 €", "90 k€ in 2027, 90 k€ in 2028, 60 k€ in 2029"],
           ["Dilution and bottling unit in Lesquin", "45,000 €", "January 2027"],
           ["Electric delivery van", "38,000 €", "March 2027"],
           ["Software, payment link and scales", "22,000 €", "February 2027"],
           ["First stock of concentrates and bottles", "30,000 €", "March 2027"],
           ["Total", "375,000 €", ""]]),
        H(2, "5.2 Profit and loss, 2027-2029", {"profit-and-loss": "ok"}),
        T([["k€", "2027", "2028", "2029"],
           ["Revenue", "213", "797", "1,472"],
           ["Cost of goods sold", "-81", "-308", "-572"],
           ["Gross margin", "132", "489", "900"],
           ["Staff (4, 7 then 9 people)", "-190", "-330", "-420"],
           ["Van rounds and maintenance", "-45", "-110", "-160"],
           ["Marketing", "-40", "-50", "-55"],
           ["Rent, insurance, IT", "-35", "-45", "-55"],
           ["EBITDA", "-178", "-46", "210"],
           ["Depreciation", "-42", "-60", "-72"],
           ["Interest", "-6", "-8", "-7"],
           ["Net result", "-226", "-114", "131"]]),
        P("No corporate tax is due in 2029 because the losses of the first two years are carried forward. Staff is "
          "the largest cost line in every year, ahead of the concentrates themselves."),
        H(2, "5.3 Where the money comes from", {"financing-plan": "ok"}),
        T([["Uses", "k€", "Sources", "k€"],
           ["Investments", "375", "Founders' equity", "60"],
           ["Operating losses 2027-2028 (cash)", "224", "Coop'Nord innovation fund (equity)", "150"],
           ["Cash reserve", "51", "Bpifrance seed loan", "150"],
           ["", "", "Bank loan over 5 years", "200"],
           ["", "", "Hauts-de-France circular-economy grant", "90"],
           ["Total", "650", "Total", "650"]]),
        H(2, "5.4 Month by month, year one", {"cash-plan": "empty"}),
        H(2, "5.5 When do we stop losing money?", {"break-even": "ok"}),
        P("At the 2029 level of activity our fixed costs, staff, van rounds, marketing, overheads, depreciation "
          "and interest, come to about 770,000 euros a year. Each litre leaves 1.57 euros once the concentrate is "
          "paid, and the station fees and bottles bring about 70,000 euros. We therefore need to sell about "
          "445,000 litres a year, or 37,000 litres a month across all stores. We expect to cross that line around "
          "June 2029, in month 30, when the fortieth station opens."),
        H(1, "6. What Coop'Nord asked of us", {"client-constraints": "ok"}),
        P("Coop'Nord's innovation team set its conditions in the letter of intent signed in November. We list "
          "them here with what we did about each, because several shaped the figures above."),
        T([["Condition", "How the plan meets it"],
           ["A station takes no more than 2 m² of floor and plugs into a standard socket",
            "our station model is 1.6 m² and draws 300 W"],
           ["Shelf prices at least 15 % below the branded equivalent", "our prices are 15 to 25 % lower"],
           ["Coop'Nord keeps 18 % of every sale", "built into the revenue and break-even figures"],
           ["The fund invests at most 150,000 euros, with a right to exit after three years",
            "the rest comes from loans, the grant and the founders"],
           ["Five pilot stores before any rollout", "the rollout starts only after the pilot review in July 2027"]]),
        H(1, "7. What could go wrong", {"risks-sensitivity": "ok"}),
        P("Four risks could sink the plan; each has an owner in the team and is reviewed at the monthly meeting."),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Customers do not come back after the first refill", "medium", "high",
            "loyalty stamp, refill reminders in the members' newsletter"],
           ["A station leaks or a product is contaminated", "low", "high",
            "weekly cleaning log, sealed concentrate, insurance"],
           ["Our concentrate supplier raises prices", "medium", "medium", "second recipe approved in Belgium"],
           ["Coop'Nord slows the rollout", "medium", "high", "monthly steering meeting, pilot results shared"]]),
        H(2, "7.1 Stress test", {"sensitivity-analysis": "ok"}),
        P("We changed one assumption at a time and looked at the 2029 result, which is 131,000 euros in the central "
          "case. Volume is what matters most: a fifth fewer litres wipes out the profit, while "
          "a higher commission or dearer concentrates only halve it."),
        T([["Assumption changed", "2029 net result"],
           ["Litres sold 20 % lower", "-35 k€"],
           ["Coop'Nord's share raised from 18 % to 22 %", "63 k€"],
           ["Concentrate prices up 15 %", "76 k€"],
           ["Only 30 stores equipped in 2029", "-45 k€"]]),
        H(1, "8. Questions we expect", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Why would customers bother bringing a bottle?",
            "because it is cheaper; in the test, 58 % of buyers came back within a month"],
           ["Is it hygienic?", "stations are cleaned every week and the log is shown on the side"],
           ["What if a big brand copies you?", "Coop'Nord has signed with us for three years in these 40 stores"],
           ["Why should Coop'Nord not do it alone?", "it has no dilution unit and no wish to run a van round"]]),
    ],
    missing=["appendices"],
)
