from _common import *

DOC = dict(
    deliverable="business-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Lumo runs app-connected laundry rooms in student residences for Résidences Campus Ouest (the client,
    14 residences in Rennes, Nantes and Angers), paid per wash through the app. The authors' own numbered
    headings, several of them questions; prices and the revenue per stream under one heading, as one table
    (merged); investments, P&L, funding, constraints, sensitivity and objections as tables. The monthly cash plan
    was deleted with its heading (missing); the break-even paragraph left short (thin).""",
    missing=["cash-plan"],
    title="Lumo – laundry that works, in every student residence",
    cover=["Customer eXperience project – business plan", "Chloé Perrin, Malik Ouedraogo, Tom Lefeuvre – December 2026"],
    blocks=[
        H(1, "1. Lumo in one page", {"executive-summary": "ok"}),
        P("Students hate laundry day. In the residences of Résidences Campus Ouest, the laundry rooms are run by a "
          "coin-machine operator on a fifteen-year contract: half the machines take only coins, one in five is out "
          "of order on a given day, and nobody knows whether a machine is free before walking down four floors "
          "with a full basket. Complaints about laundry are the second topic in the residences' satisfaction survey, "
          "just after the Wi-Fi."),
        P("Lumo replaces this with connected machines that students book and pay for in an app, with a live view "
          "of which machines are free and a message when the wash is done. We start in 2027 in the four Rennes "
          "residences (1,900 rooms), when the old contract ends, and reach all fourteen residences by 2029. Lumo "
          "earns money on every wash and dry and on a monthly pass, and shares 12 % of revenue with the client. "
          "We need €420,000 to equip the first residences; the client provides the rooms and the electricity "
          "and takes a 20 % stake. We reach break-even in the second half of year 2 and a net profit of "
          "€118,000 in year 3."),
        H(1, "2. Why now?", {"opportunity-study": "ok"}),
        P("Three things meet in 2027. The coin-machine contract in Rennes ends in June and the client does not "
          "want to renew it as it is. Students now pay for almost everything by phone and many carry no coins at "
          "all. And the client's new energy plan asks every supplier to cut water and power use. Operators of "
          "connected laundries exist in Paris and Lyon, but none works in western France or with a student "
          "housing operator, who needs small rooms of six to ten machines rather than big shops. The gap is real, and "
          "the client's calendar gives us a date to aim for instead of a vague market to convince."),
        H(2, "2.1 How many washes are out there?", {"market-size": "ok"}),
        P("We counted rooms, not students, because the laundry room belongs to the residence and the operator signs for all of them."),
        T([["Level", "Scope", "Rooms", "Washes per year", "Value"],
           ["All", "student residences in Brittany and Pays de la Loire", "48,000", "1.9 million", "€7.2m"],
           ["Reachable", "residences of operators with more than 1,000 rooms", "21,000", "830,000", "€3.2m"],
           ["Ours by 2029", "the client's fourteen residences plus two other operators", "7,400", "290,000", "€1.1m"]]),
        H(2, "2.2 The world around the project", {"pestel": "ok"}),
        T([["Factor", "What it means for Lumo"],
           ["Political", "the regions fund student housing renovation, laundry rooms included"],
           ["Economic", "electricity prices up 30 % since 2022: efficient machines matter"],
           ["Social", "students expect to do everything from their phone"],
           ["Technological", "connected machines and cheap sensors are now standard"],
           ["Environmental", "water and energy savings are part of the client's targets"],
           ["Legal", "payment data and personal data rules apply to the app"]]),
        H(2, "2.3 Who has the power here?", {"porter": "ok"}),
        T([["Force", "Level", "Why"],
           ["Client power", "high", "one housing operator decides for thousands of rooms"],
           ["Supplier power", "medium", "three machine makers sell connected models"],
           ["New entrants", "medium", "national operators could come west"],
           ["Substitutes", "medium", "laundrettes in town, washing at the parents' at weekends"],
           ["Rivalry", "low", "the coin operator has no app and no plan for one"]]),
        H(2, "2.4 Who else?", {"competition": "ok"}),
        P("We compared Lumo with what students use today and with the two connected operators we could find. Prices were "
          "checked in November 2026 by visiting or calling each of them."),
        T([["", "Coin operator", "Town laundrette", "Paris connected operator", "Lumo"],
           ["Price of a wash", "€3.50", "€4.50", "€3.80", "€3.20"],
           ["Know before you go", "no", "no", "yes", "yes"],
           ["Pay by phone", "no", "card only", "yes", "yes"],
           ["Present in the west", "yes", "yes", "no", "yes"]]),
        H(2, "2.5 Our strengths and weak spots", {"swot": "ok"}),
        L(["Strengths: a client ready to sign, a small team who lived in these residences, an app already tested with 60 students",
           "Weaknesses: no experience of repairing machines, a small balance sheet, a brand nobody knows yet outside Rennes",
           "Opportunities: other housing operators renewing contracts, university halls",
           "Threats: a national operator undercutting prices, vandalism in laundry rooms, a client that changes its mind after the next board election"]),
        H(1, "3. The model", {"business-model-canvas": "ok"}),
        P("Our customers are the students, who pay, and the housing operator, who chooses us and shares the "
          "revenue. The value for students is a free machine when they need it and no coins; for the client it is "
          "fewer complaints, lower water bills and a share of the income. We reach students through the residence "
          "welcome pack and posters in the laundry rooms, and keep them through notifications and a monthly pass. "
          "Our key activities are installing and maintaining machines and running the app; our key resources are "
          "the machines themselves, the app and two technicians. Partners are the machine maker, who leases us "
          "the machines, and a payment provider. Costs are machine leases, maintenance, electricity rebilled by "
          "the client and the team; revenues come from washes, dries and passes."),
        Img(["Partners", "Activities", "Value", "Relations", "Students", "Costs", "Revenue"],
            "Our canvas, filled in with the client's residence managers in October."),
        H(1, "4. How do we charge, and what will it bring in?", {"pricing-revenue": "ok", "revenue-hypotheses": "ok"}),
        P("We looked at what students pay now (€3.50 a wash at the coin machines) and at what they told us in our "
          "survey of 212 residents: 70 % would pay €3 to €3.50 for a wash they can book. We set the wash at €3.20 "
          "and the dry at €1.50, slightly under today's prices, so that the switch feels like a gain. A monthly pass "
          "at €19 gives eight washes and eight dries; we expect a quarter of users to take it, mostly in shared "
          "flats. Detergent dosed automatically adds €0.40 per wash for those who want it."),
        P("Our volume comes from the residences' own figures: a room washes 3.4 times a month during the academic "
          "year and half as much in summer. We assume 55 % of rooms use the laundry room in year 1, rising to 65 % "
          "once the app is known. The client's 12 % share is counted as a cost, not taken from revenue."),
        T([["Stream", "Price", "Year 1", "Year 2", "Year 3"],
           ["Washes", "€3.20", "€142,000", "€318,000", "€512,000"],
           ["Dries", "€1.50", "€48,000", "€107,000", "€172,000"],
           ["Monthly pass", "€19", "€31,000", "€74,000", "€121,000"],
           ["Detergent", "€0.40", "€9,000", "€21,000", "€34,000"],
           ["Total", "", "€230,000", "€520,000", "€839,000"]]),
        H(1, "5. The numbers", {"financial-plan": "ok"}),
        P("Our financial plan covers three years from the first installations in September 2027. It rests on the "
          "revenue above and on three cost blocks: leasing and maintaining machines, the client's revenue share "
          "and electricity, and a team that grows from three to seven people. Machines are leased over five years, "
          "which keeps the first investment small; what we buy is the connection kits, the fitting of each room and "
          "the app. Figures are in euros excluding VAT and were checked with the client's finance director. The detail of each block "
          "follows, from what we buy to how we fund it. We kept prudent volumes on purpose: the summer months count for only half."),
        H(2, "5.1 What we need to buy", {"investments-resources": "ok"}),
        P("Most of the money goes into the rooms themselves, before the first student washes anything."),
        T([["Item", "Amount", "When"],
           ["Connection kits and payment terminals for 4 residences", "€96,000", "summer 2027"],
           ["Fitting of the laundry rooms (plumbing, electrics, ventilation)", "€140,000", "summer 2027"],
           ["App development and payment integration", "€85,000", "spring 2027"],
           ["Technician van and tools", "€32,000", "summer 2027"],
           ["Working capital and launch campaign", "€67,000", "autumn 2027"],
           ["Total", "€420,000", ""]]),
        H(2, "5.2 Profit and loss over three years", {"profit-and-loss": "ok"}),
        P("Year 1 loses money because the machines are installed before the students arrive and the first months "
          "are slow; year 2 is close to zero and year 3 is clearly positive when ten residences are equipped and the "
          "team is fully busy."),
        T([["", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "€230,000", "€520,000", "€839,000"],
           ["Machine leases and maintenance", "€96,000", "€188,000", "€262,000"],
           ["Client share and electricity", "€52,000", "€114,000", "€181,000"],
           ["Staff", "€145,000", "€196,000", "€238,000"],
           ["Other costs", "€28,000", "€34,000", "€40,000"],
           ["Net result", "-€91,000", "-€12,000", "€118,000"]]),
        H(2, "5.3 Where the money comes from", {"financing-plan": "ok"}),
        T([["Source", "Amount", "Terms"],
           ["Founders", "€30,000", "equity"],
           ["Résidences Campus Ouest", "€84,000", "equity, 20 % stake"],
           ["Bank loan", "€180,000", "five years, backed by Bpifrance"],
           ["Honour loans", "€60,000", "Réseau Initiative, no interest"],
           ["Regional innovation grant", "€66,000", "paid in two parts"]]),
        H(2, "5.4 When do we stop losing money?", {"break-even": "thin"}),
        P("With a margin of about 60 % on each wash, we need around 13,000 washes a month to cover fixed costs, "
          "which we expect to reach in spring of year 2."),
        H(1, "6. What the client asks of us", {"client-constraints": "ok"}),
        P("The client set its conditions in the call for proposals; we answer each one in the table."),
        T([["Constraint", "Our answer"],
           ["No investment by the client beyond its stake", "machines leased, fitting paid by Lumo"],
           ["Price of a wash not above today's €3.50", "€3.20, frozen for two years"],
           ["Machines working 95 % of the time", "two technicians, repair within 48 hours, penalties if missed"],
           ["Water use cut by a fifth", "new machines use 40 litres instead of 55 per wash"],
           ["Students without a phone can still wash", "a card sold at reception works on every machine"]]),
        H(1, "7. What could go wrong?", {"risks-sensitivity": "ok"}),
        P("We listed the risks with the client's residence managers, who know what goes wrong in laundry rooms, and "
          "kept the three that would hurt the plan most."),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Students keep washing at their parents'", "medium", "fewer washes", "pass and promotions at the start of term"],
           ["Machines vandalised", "low", "repairs, bad image", "cameras agreed with the client, sturdy models"],
           ["Electricity price jumps again", "medium", "lower margin", "price review clause each year"]]),
        H(2, "7.1 If our assumptions are wrong", {"sensitivity-analysis": "ok"}),
        P("We changed one assumption at a time and looked at the year 3 result. Even in the worst case the company stays "
          "profitable in year 3, but only just if fewer residences sign. That is why signing the other operators early "
          "matters more to us than any price change."),
        T([["Assumption", "Change", "Year 3 net result"],
           ["Share of rooms using the laundry", "-10 points", "€41,000"],
           ["Price of a wash", "-€0.30", "€72,000"],
           ["Machine maintenance cost", "+20 %", "€66,000"],
           ["Residences equipped", "8 instead of 10", "€19,000"]]),
        H(1, "8. Questions we expect from the jury", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Why would the client share revenue with you?", "it gets income and fewer complaints without running anything"],
           ["Can a small team maintain hundreds of machines?", "the maker trains our technicians and guarantees parts for five years"],
           ["What if the app breaks down?", "machines keep working with the reception card"]]),
        H(1, "Appendix", {"appendices": "ok"}),
        P("The survey of 212 residents, the machine maker's lease offer and the client's letter of intent are "
          "available on request."),
    ],
)
