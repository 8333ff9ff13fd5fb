from _common import *

DOC = dict(
    deliverable="business-plan",
    path="skeleton",
    language="en",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: CarèneNet, an underwater robot that cleans the hulls of boats in their berth, sold as a
    service to boat owners at Port Camargue with the marina's public operator as the client. Guidance deleted.
    The summary heading retyped "CarèneNet in one page", the PESTEL "The world around the marina" and the client
    constraints "What the marina asked of us" (runs replaced, bookmarks lost); the sensitivity heading retyped
    "If the numbers slip" keeping its bookmark. The five forces were deleted with their heading (missing). The
    break-even part was never reached: our prompt and the empty table are still there (placeholder). The canvas
    grid left as generated and explained in prose; every other table filled.""",
    cover={"project": "CarèneNet — hull cleaning in the berth", "client": "Régie du Port Camargue",
           "team": "Mathis Roche, Inès Benhamou, Paul Ferrand", "candidate": "Mathis Roche",
           "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="CarèneNet in one page", text=[
            "Port Camargue is the largest marina in Europe, with almost 5,000 berths. Every boat must have its hull "
            "cleaned once or twice a season, because algae and shells slow it down and burn fuel. Today that means "
            "lifting the boat out of the water at the yard, waiting for a slot, paying about €450 for a 10-metre "
            "sailing boat and losing two or three days of sailing. The antifouling paint used on top is also a "
            "source of copper in the lagoon, which the marina is now asked to reduce.",
            "CarèneNet is a small underwater robot that a technician brings to the berth on an electric cart. In "
            "forty minutes it brushes the hull in the water, films it and sends the owner a short report. We sell "
            "a season pass of three cleanings at €290 and single cleanings at €120. The marina, our client, gives "
            "us a workshop on the quay and promotes the service to its berth holders; it takes 8% of revenue. With "
            "1,450 pass holders in year three, revenue reaches €520,000 and the company is profitable from the "
            "second season. We need €260,000, of which €90,000 from the marina."]),
        "opportunity-study": dict(status="ok", text=[
            "Three things change at the same time. The rules on biocide paints are getting stricter, and owners "
            "are looking for hulls that need less of them. Underwater cleaning robots, long reserved for ships, "
            "have become small and cheap enough for pleasure boats: the model we chose costs €24,000. And the "
            "marina has a problem of its own: its haul-out yard is full from March to June, with a waiting list of "
            "three weeks, and owners complain every spring. Cleaning in the berth frees the yard for real repairs "
            "and gives the marina a greener story to tell the region. "
            "No company serves this need on the Gulf of Lion coast yet, so the first one in will set the price."]),
        "market-size": dict(status="ok", skip_cols=1, text=[
            "We counted boats, not a share of the nautical market, because each cleaning is a visit to one berth."],
            tables=[[
                [None, "pleasure boats in berths on the French Mediterranean coast", "118,000 boats × 2 cleanings × €130",
                 "€30.7 m", "French nautical federation 2025"],
                [None, "boats under 15 m in the marinas of the Gard and Hérault", "21,000 × 2 × €130", "€5.5 m",
                 "regional marina survey"],
                [None, "pass holders we can serve with three robots by year three", "1,450 × €290 + singles",
                 "€0.5 m", "our survey of 160 owners"]]]),
        "pestel": dict(status="ok", retitle="The world around the marina", skip_cols=1, tables=[[
            [None, "the Region funds clean-port projects", "+ grant of €40,000", "Région Occitanie, 2026"],
            [None, "fuel prices high, owners watch running costs", "+ a clean hull saves fuel", "owners' survey"],
            [None, "more young owners and boat sharing", "+ they want services by app", "our interviews"],
            [None, "small hull robots now reliable", "+ low investment", "three supplier quotes"],
            [None, "copper from paints in the lagoon", "+ strong argument with the marina", "Ifremer monitoring"],
            [None, "rules on cleaning in port waters", "− we must collect the residue", "prefectoral order"]]]),
        "porter": dict(status="missing"),
        "competition": dict(status="ok", text=[
            "Our real competitor is the haul-out at the yard, not another robot: nobody offers in-berth cleaning "
            "at Port Camargue today. Divers do it, but rarely and with no report."], tables=[[
                ["Chantier naval du Port", "substitute", "haul-out, pressure wash", "€450 for 10 m", "all owners",
                 "known, full service", "3-week wait in spring", "no lifting, done in 40 minutes"],
                ["Independent divers", "direct", "hand cleaning in the water", "€200", "large boats",
                 "flexible", "few of them, no report", "video report, fixed price"],
                ["Do it yourself at low tide", "substitute", "owner cleans", "free", "small boats",
                 "cheap", "hard work, partial", "done for you"]]]),
        "swot": dict(status="ok", tables=[[
            ["Strengths: the marina backs us and gives us a quay workshop, the robot is proven on ships, a video "
             "report no diver gives.",
             "Weaknesses: three founders and one robot at the start; no track record with owners yet."],
            ["Opportunities: stricter paint rules, the full spring yard, other marinas on the coast.",
             "Threats: the yard may lower its price, and a winter storm can stop work for weeks."]]]),
        "business-model-canvas": dict(status="ok", text=[
            "We kept the canvas grid and explain it here rather than in the boxes. Our customers are owners of "
            "sailing and motor boats under 15 metres with a berth at Port Camargue, mostly retired people and "
            "couples who sail at weekends. The value we bring is a clean hull without lifting the boat, and a "
            "report that proves it. They reach us through the marina office, its newsletter and the app, and "
            "they stay through the season pass.",
            "Our key partners are the marina, which provides the workshop and the customers, the robot maker in "
            "Brittany and a company that treats the residue we collect. Our main activities are cleaning, "
            "maintaining the robots and booking visits. Our resources are the robots, two electric carts and "
            "three trained technicians. Money comes from passes and single cleanings; costs are wages, robots, "
            "the 8% fee to the marina and waste treatment."]),
        "pricing-revenue": dict(status="ok", text=[
            "A season pass of three cleanings costs €290 for boats up to 12 metres and €390 above. A single "
            "cleaning costs €120. We fixed these prices after comparing what owners pay today: €450 at the yard, "
            "plus the days lost, or €200 for a diver who comes when he can. In our survey of 160 owners, 62% said "
            "they would buy a pass at €290, and the price was the second reason given after the time saved.",
            "We expect 500 passes in the first season, with one robot and two technicians, then 1,000 in year two "
            "and 1,450 in year three, when three robots work in parallel. Single cleanings add about 15% to "
            "revenue, mostly visitors before a race. We assume that 20% of pass holders leave each year, mainly "
            "people who sell their boat, and that the marina's newsletter brings most of the new ones. The marina "
            "keeps 8% of all revenue. Prices rise by 3% a year from year two, which the owners we asked found fair "
            "as long as the report stays included."]),
        "revenue-hypotheses": dict(status="ok", tables=[[
            ["Season pass", "passes sold × €290 (€390 above 12 m)", "€310 average", "€155,000", "€310,000", "€450,000"],
            ["Single cleaning", "cleanings × €120", "€120", "€24,000", "€48,000", "€70,000"],
            ["Hull inspection for insurers", "reports sold to owners", "€60", "€0", "€6,000", "€9,000"]]]),
        "financial-plan": dict(status="ok", text=[
            "All figures are excluding VAT. We start in March 2027, at the beginning of the season. The three "
            "technicians cost €38,000 a year each with charges; the founders are paid €18,000 each in year one, "
            "then €30,000. Robots are depreciated over four years, carts over five and the app over three. Owners "
            "pay when they book, so we have no receivables, and the marina is paid its 8% every quarter. The "
            "workshop is lent by the marina; we pay water and electricity only. Waste treatment costs €3 per "
            "cleaning. We keep a cash reserve of at least two months of wages, because the winter brings almost "
            "no revenue."]),
        "investments-resources": dict(status="ok", tables=[[
            ["Hull cleaning robots", "tangible", "1 then 3", "€24,000", "€72,000", "Feb 2027 / 2028", "4 years"],
            ["Electric carts", "tangible", "2", "€9,000", "€18,000", "Feb 2027", "5 years"],
            ["Booking app and reports", "intangible", "1", "€35,000", "€35,000", "Nov 2026 – Feb 2027", "3 years"],
            ["Technicians", "human", "3 FTE", "€38,000", "€114,000 a year", "from March 2027", "none"]]]),
        "profit-and-loss": dict(status="ok", skip_cols=1, text=[
            "The first season loses money because the robots and the app are paid before the passes are sold. From "
            "the second season the same team serves twice as many boats, which makes the result positive. External "
            "charges include the marina's fee, waste treatment and insurance."], tables=[[
                [None, "€179,000", "€364,000", "€529,000"],
                [None, "€6,000", "€12,000", "€17,000"],
                [None, "€41,000", "€62,000", "€83,000"],
                [None, "€168,000", "€214,000", "€256,000"],
                [None, "−€36,000", "€76,000", "€173,000"],
                [None, "€34,000", "€46,000", "€46,000"],
                [None, "−€70,000", "€30,000", "€127,000"],
                [None, "−€72,000", "€24,000", "€98,000"]]]),
        "financing-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "€101,000", "€48,000", "€0"],
            [None, "€0", "€0", "€0"],
            [None, "€0", "€26,000", "€27,000"],
            [None, "€101,000", "€74,000", "€27,000"],
            [None, "€90,000", "€0", "€0"],
            [None, "€130,000", "€0", "€0"],
            [None, "€40,000", "€0", "€0"],
            [None, "−€38,000", "€70,000", "€144,000"],
            [None, "€222,000", "€70,000", "€144,000"],
            [None, "€121,000", "−€4,000", "€117,000"],
            [None, "€121,000", "€117,000", "€234,000"]]]),
        "cash-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "€0", "€196,000", "€181,000", "€174,000", "€170,000", "€171,000", "€176,000", "€183,000",
             "€186,000", "€184,000", "€175,000", "€166,000", "€0"],
            [None, "€0", "€6,000", "€12,000", "€22,000", "€28,000", "€30,000", "€28,000", "€22,000", "€16,000",
             "€9,000", "€4,000", "€2,000", "€179,000"],
            [None, "€260,000", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€260,000"],
            [None, "€260,000", "€6,000", "€12,000", "€22,000", "€28,000", "€30,000", "€28,000", "€22,000", "€16,000",
             "€9,000", "€4,000", "€2,000", "€439,000"],
            [None, "€0", "€1,000", "€1,000", "€1,000", "€1,000", "€1,000", "€1,000", "€0", "€0", "€0", "€0", "€0",
             "€6,000"],
            [None, "€2,000", "€3,000", "€3,000", "€4,000", "€4,000", "€5,000", "€5,000", "€4,000", "€4,000",
             "€3,000", "€2,000", "€2,000", "€41,000"],
            [None, "€14,000", "€14,000", "€14,000", "€14,000", "€14,000", "€14,000", "€14,000", "€14,000", "€14,000",
             "€14,000", "€14,000", "€14,000", "€168,000"],
            [None, "€48,000", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€0", "€48,000"],
            [None, "€0", "€3,000", "€1,000", "€7,000", "€8,000", "€3,000", "€1,000", "€1,000", "€0", "€1,000",
             "€1,000", "€1,000", "€27,000"],
            [None, "€0", "€0", "€0", "€0", "€0", "€2,000", "€0", "€0", "€0", "€0", "€0", "€0", "€2,000"],
            [None, "€64,000", "€21,000", "€19,000", "€26,000", "€27,000", "€25,000", "€21,000", "€19,000",
             "€18,000", "€18,000", "€17,000", "€17,000", "€292,000"],
            [None, "€196,000", "−€15,000", "−€7,000", "−€4,000", "€1,000", "€5,000", "€7,000", "€3,000", "−€2,000",
             "−€9,000", "−€13,000", "−€15,000", "€147,000"]]]),
        "break-even": dict(status="placeholder"),
        "client-constraints": dict(status="ok", retitle="What the marina asked of us", text=[
            "The marina's board gave us three conditions at our meeting of 3 November. It will invest at most "
            "€90,000 and wants it back within five years. Nothing may be released into the water, so every "
            "residue must be pumped and treated. And the service must stay open to all berth holders at the same "
            "price, with no discount for the members of the yacht club."], tables=[[
                ["Investment capped at €90,000", "board meeting, 3 Nov", "bank loan and grant for the rest",
                 "€90k in the financing plan", "met"],
                ["No residue released in the port", "prefectoral order and marina rules", "€3 per cleaning for "
                 "treatment", "pump on each cart, contract with the treatment firm", "met"],
                ["Same price for all owners", "board meeting", "no club discount, simpler pricing",
                 "one price list", "met"]]]),
        "risks-sensitivity": dict(status="ok", text=[
            "Most of the risk sits in the number of passes sold in the first season and in the weather, which can "
            "stop the robots. We scored each risk with the marina's harbour master."], tables=[[
                ["Fewer passes than planned", "3", "4", "loss in year two too", "early bird offer in January", "Inès"],
                ["Robot breakdown in high season", "2", "4", "cleanings delayed, refunds", "spare robot from 2028",
                 "Paul"],
                ["Yard cuts its price", "2", "3", "lower pass price", "stress the time saved", "Mathis"]]]),
        "sensitivity-analysis": dict(status="ok", retitle="If the numbers slip", keep_bookmark=True, skip_cols=1,
                                     text=[
            "We changed one assumption at a time, the number of passes, and kept costs as they are, since the "
            "technicians are needed as soon as the robots run. The lowest cash balance stays positive in every "
            "case, thanks to the bank loan taken at the start."], tables=[[
                [None, "passes −30%", "€370,000", "€21,000", "year 3", "€72,000"],
                [None, "plan as written", "€529,000", "€98,000", "year 2", "€117,000"],
                [None, "passes +20%", "€635,000", "€149,000", "year 2", "€121,000"]]]),
        "questions-objections": dict(status="ok", tables=[[
            ["Does the robot damage the paint?", "no, soft brushes, pressure set per hull", "maker's test report"],
            ["Why would the marina share its customers?", "it frees the yard and earns 8%", "board letter"],
            ["What about winter?", "maintenance and inspections for insurers", "revenue table"]]]),
        "appendices": dict(status="ok", text=[
            "Appendix A: survey of 160 owners. Appendix B: robot and cart quotes. Appendix C: the spreadsheet "
            "CareneNet_BP_v5.xlsx."]),
    },
)
