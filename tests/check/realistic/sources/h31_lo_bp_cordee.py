from _common import *

DOC = dict(
    deliverable="business-plan",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer; English. Cordée, a booking, progress and coaching app for the
    members of Vertika, a chain of five bouldering gyms around Grenoble (the client), paid by a premium
    subscription and a fee per gym. The authors' own headings, numbered by hand at level 1, some sub-parts as bold
    Normal paragraphs. Prices and the revenue table sit under one heading (merged). The monthly cash heading was
    typed and left with nothing under it (empty). No appendices (missing). Tables for the market size, the outside
    forces, the five forces, the competitors, SWOT, revenue, investments, P&L, financing, break-even, constraints,
    risks, sensitivity and the objections.""",
    title="Cordée — Business plan",
    cover=["Customer eXperience project for Vertika Climbing (Grenoble)",
           "Jules Morel, Amina Saïdi, Pierre-Louis Garnier — December 2026"],
    blocks=[
        H(1, "1. Cordée in one page", {"executive-summary": "ok"}),
        P("Vertika runs five bouldering gyms around Grenoble with 6,800 members. Today a member books a slot on a "
          "web form that crashes every Sunday, writes her progress in a notebook and never hears about the new "
          "routes until she is at the wall. Cordée is a phone app that does three things: it books a slot in any "
          "of the five gyms, it logs every route a member climbs and shows her progress, and it offers coaching "
          "plans written by Vertika's instructors."),
        P("The app is free for every member; the coaching plans and the detailed statistics cost €4.90 a month. "
          "Vertika pays us a fixed fee of €900 per gym and per month for booking and reporting. With 1,150 "
          "premium subscribers in year three and two new gyms signed outside Vertika, revenue reaches €214,000 "
          "and the company is profitable from the second quarter of year two. We need €165,000: €60,000 from "
          "the founders and a BPI loan, €55,000 from Vertika as a prepaid licence and €50,000 of regional "
          "innovation grant. We ask Vertika's board to sign the licence in January, so the app is live in all "
          "five gyms for the busy autumn season."),
        H(1, "2. Why now? The bouldering boom", {"opportunity-study": "ok"}),
        P("Climbing gyms have more than doubled in France since 2018, and bouldering is now the first reason "
          "people buy a gym membership after fitness. Members are young, connected and used to apps for running "
          "and cycling, but almost no gym gives them one for climbing. Vertika's own survey of 540 members in "
          "October says that 71% would log their climbs if it took less than ten seconds, and 38% would pay for "
          "a training plan. For Vertika, Sunday queues and empty Tuesday mornings are the problem: spreading the "
          "crowd with bookings would add capacity without a new wall. Two of Vertika's rivals in Lyon are testing "
          "booking tools this winter, so the chance to be first in the region will not last."),
        B("How big can it get", {"market-size": "ok"}),
        P("We counted climbers, not the whole sports app market, and we kept the premium rate at the 15% our own "
          "survey gives rather than the 38% who said they might pay."),
        T([["Level", "Who", "Calculation", "Value per year"],
           ["Total", "members of French indoor climbing gyms", "520,000 × 15% premium × €59", "€4.6 m"],
           ["Served", "members of independent gyms in Auvergne-Rhône-Alpes", "95,000 × 15% × €59", "€0.84 m"],
           ["Obtainable", "Vertika and two more gyms by year 3", "1,150 × €59 + gym fees", "€0.21 m"]]),
        H(2, "Outside forces, letter by letter", {"pestel": "ok"}),
        T([["Factor", "What we see", "Effect on Cordée"],
           ["Political", "sport is a priority of the Region after the 2024 Games", "grant available"],
           ["Economic", "memberships up 9% even with high prices", "members can afford €4.90"],
           ["Social", "climbing is social, people share their routes", "a natural feed in the app"],
           ["Technological", "QR codes on every route are cheap", "logging in ten seconds"],
           ["Environmental", "gyms replace car trips to the cliffs in winter", "a message Vertika likes"],
           ["Legal", "health data is sensitive under GDPR", "no heart rate, consent for statistics"]]),
        H(2, "Who holds the power in this market", {"porter": "ok"}),
        T([["Force", "Level", "Why"],
           ["Rivalry among apps", "medium", "two foreign apps, none linked to bookings"],
           ["New entrants", "medium", "booking software vendors could add logging"],
           ["Substitutes", "high", "a paper notebook or nothing at all"],
           ["Buyers (gyms)", "high", "few chains, they negotiate hard"],
           ["Suppliers", "low", "cloud hosting and app stores are commodities"]]),
        B("2.4 Other apps climbers use", {"competition": "ok"}),
        P("Climbers already use two apps, and most gyms use a booking tool that knows nothing about the walls. "
          "None of them joins the booking to the routes and to a coach, which is the gap Cordée fills."),
        T([["Product", "What it does", "Price", "What it lacks"],
           ["TopLogger", "route logging in partner gyms", "free, gym pays", "no booking, no coaching"],
           ["Crimpd", "training plans", "€6 a month", "knows nothing of the gym's routes"],
           ["Resamania", "bookings and memberships", "gym licence", "no climbing features"]]),
        H(2, "Our strengths and soft spots", {"swot": "ok"}),
        T([["", "Helpful", "Harmful"],
           ["Inside", "Vertika's five gyms as a first customer; an instructor on the team; a working prototype",
            "three founders, one developer; dependent on one chain in year one"],
           ["Outside", "gyms opening every year; regional grant; no app that does all three",
            "a booking vendor copying us; members tired of one more app"]]),
        P("The table tells us to sign a second chain quickly, so that Vertika stops being our only door."),
        H(1, "3. How the model fits together", {"business-model-canvas": "ok"}),
        P("Our customers are two: climbers, who use the app, and gyms, who pay for the booking and the reports. "
          "We promise climbers that they can book, log and progress in one place, and we promise gyms fewer "
          "queues and data on which walls are used. Climbers find us at the reception desk and on the QR codes "
          "of each route; gyms hear about us from Vertika and at the climbing trade fair in Lyon. The "
          "relationship with climbers runs through the app and a monthly challenge; with gyms, through a named "
          "account manager."),
        P("Our key activities are developing the app and writing coaching plans with instructors. Key partners "
          "are Vertika, the route setters who tag each route and the payment provider. Key resources are the "
          "code, the route database and the coaches. Costs are salaries, hosting and the app stores' share; "
          "revenue comes from subscriptions and gym fees."),
        Img(["Climbers + gyms", "Book, log, progress", "QR codes, reception", "Subscriptions + gym fees"],
            "Our model on one line."),
        H(1, "4. Prices and what we expect to sell", {"pricing-revenue": "ok", "revenue-hypotheses": "ok"}),
        P("Premium costs €4.90 a month or €49 a year. We chose it below Crimpd, the training app our members "
          "already know, and at about a tenth of Vertika's monthly membership, which members told us is the most "
          "they would add without thinking twice. Gyms pay €900 a month each, the price of half a day of a "
          "receptionist, which is what Vertika expects to save on Sundays. The first month of premium is free, "
          "because members who log ten climbs in a month keep the app far more often."),
        P("We assume 9% of Vertika members take premium in year one, 14% in year two and 16% in year three, and "
          "that 5% of subscribers leave each month. Two new gyms sign in year two and two more in year three."),
        T([["Stream", "Driver", "Year 1", "Year 2", "Year 3"],
           ["Premium subscriptions", "subscribers × €4.35 average net", "€32,000", "€50,000", "€60,000"],
           ["Gym fees", "gyms × €900 × 12", "€54,000", "€97,000", "€140,000"],
           ["Sponsored challenges", "brands paying for a monthly challenge", "€4,000", "€9,000", "€14,000"]]),
        H(1, "5. The numbers", {"financial-plan": "ok"}),
        P("All amounts are in euros excluding VAT. The three founders are paid €2,000 net a month from month "
          "four, and we hire a second developer in year two. Development is capitalised and amortised over three "
          "years. App stores keep 15% of subscriptions, and gyms pay at thirty days. We counted no revenue from "
          "gyms beyond those whose managers we have already met, and we kept hosting costs at the price of our "
          "current plan plus 50% for the growth. Marketing is mostly posters, QR codes and the instructors "
          "themselves, so it stays under 8% of revenue after launch. We do not count the sponsored challenges "
          "before year two, and no gym beyond the four we name."),
        B("What we need to buy and who we need", {"investments-resources": "ok"}),
        T([["Item", "Amount", "When"],
           ["App development (capitalised)", "€70,000", "months 1-6"],
           ["QR tags and printing for 5 gyms", "€6,000", "month 5"],
           ["Laptops and test phones", "€9,000", "month 1"],
           ["Launch marketing in the gyms", "€15,000", "months 6-8"],
           ["Working capital", "€65,000", "year 1"]]),
        P("On top of the three founders we need a part-time instructor for the coaching plans and, from year two, "
          "a second developer."),
        H(2, "Three years of profit and loss", {"profit-and-loss": "ok"}),
        P("Year one loses money because the app is built before it sells; the loss falls by half in year two and "
          "turns into a small profit in year three. Salaries are by far the largest cost, and we kept them flat "
          "in year three on purpose, and hosting grows with the number of members."),
        T([["", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "€90,000", "€156,000", "€214,000"],
           ["Salaries and charges", "€118,000", "€150,000", "€160,000"],
           ["Hosting, stores, tools", "€14,000", "€19,000", "€22,000"],
           ["Amortisation", "€23,000", "€23,000", "€23,000"],
           ["Net result", "-€65,000", "-€36,000", "€9,000"]]),
        H(2, "Where the money comes from", {"financing-plan": "ok"}),
        T([["Source", "Amount", "Conditions"],
           ["Founders' equity", "€30,000", "three founders, €10,000 each"],
           ["BPI honour loan", "€30,000", "0%, five years"],
           ["Vertika prepaid licence", "€55,000", "deducted from gym fees over two years"],
           ["Regional innovation grant", "€50,000", "paid in two halves"]]),
        B("Cash, month by month", {"cash-plan": "empty"}),
        H(2, "When do we stop losing money?", {"break-even": "ok"}),
        P("With fixed costs of about €195,000 a year in year two, and a margin of 85% on every euro after the app "
          "stores, we need €229,000 of yearly revenue to break even, or about eleven gyms and 1,300 subscribers. "
          "We reach that rhythm in the second quarter of year three, not before, which is why the financing must "
          "cover two full years."),
        T([["Fixed costs", "Margin rate", "Break-even revenue", "Reached"],
           ["€195,000", "85%", "€229,000", "Q2 of year 3"]]),
        H(1, "6. Vertika's conditions", {"client-constraints": "ok"}),
        P("Vertika set four conditions in its brief, and each one changed our numbers. The cap on its budget is "
          "the hardest: it is why we looked for a grant and a loan instead of asking the client for more."),
        T([["Condition", "What it means for us"],
           ["Budget capped at €55,000 for year one", "paid as a prepaid licence, not as a development fee"],
           ["Live in all five gyms before 1 October", "development starts in January, launch in September"],
           ["Member data stays in the EU", "hosting in Paris, no analytics tool based in the US"],
           ["No advertising to members", "sponsored challenges only, approved by Vertika"]]),
        H(1, "7. What could go wrong", {"risks-sensitivity": "ok"}),
        T([["Risk", "Effect", "What we do"],
           ["Fewer premium subscribers", "revenue down a quarter", "free month, instructor videos"],
           ["Vertika does not renew after two years", "two thirds of gym fees lost", "sign two other chains first"],
           ["Development takes three months longer", "launch after the autumn peak", "cut the social feed"]]),
        P("The first two risks hit revenue directly, so we test them in the figures below; the third one only "
          "moves the launch, and we would rather cut features than miss the autumn season."),
        H(2, "If members are fewer than planned", {"sensitivity-analysis": "ok"}),
        P("We moved one figure at a time in the year three plan to see which one hurts most. Losing new gyms "
          "hurts more than losing subscribers, so sales to other chains come first in our plan for year two."),
        T([["Change", "Year 3 revenue", "Year 3 result"],
           ["Premium uptake 10% instead of 16%", "€192,000", "-€10,000"],
           ["One new gym instead of four", "€182,000", "-€19,000"],
           ["Churn 8% a month instead of 5%", "€199,000", "-€4,000"]]),
        H(1, "8. Tough questions", {"questions-objections": "ok"}),
        T([["Question", "Our answer"],
           ["Why would a gym pay if TopLogger is free?", "because we take its bookings too, and TopLogger doesn't"],
           ["Is €4.90 too much?", "a third of surveyed members said they would pay more"],
           ["What if Vertika builds its own app?", "it tried in 2023 and stopped after six months"]]),
    ],
    missing=["appendices"],
)
