from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="skeleton",
    language="en",
    notes="""Held-out round 45 (h45_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: Eaux du Val de Sèvre, a water syndicate near Niort whose 64 field technicians still work
    from paper job sheets, chooses a field-service tool among Praxedo, Salesforce Field Service and Odoo Field
    Service. Guidance deleted. The needs retyped "What the syndicate needs", the evaluation retyped "How we
    compared the three" and the link of impacts retyped "What the impacts changed in our advice" (runs replaced,
    bookmarks lost); the recommendation retyped "Our advice: Praxedo" keeping its bookmark. Tables filled, the
    roadmap inserted as a picture. The executive summary, meant to be written last, still holds our prompt
    (placeholder); the organisational impacts table left as generated with its row labels only (empty).""",
    cover={"project": "Mobile job sheets for field technicians", "client": "Eaux du Val de Sèvre",
           "candidate": "Romain Guérin", "team": "Romain Guérin, Anaïs Tessier", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="placeholder"),
        "needs-recap": dict(status="ok", retitle="What the syndicate needs", text=[
            "Eaux du Val de Sèvre supplies drinking water to 52 communes around Niort and maintains 2,300 km of "
            "pipes, 41,000 meters and 18 pumping stations. Its 64 technicians receive their jobs on paper every "
            "morning at one of three depots, write what they did on the same sheet and bring it back in the "
            "evening. Two administrative assistants then type about 350 sheets a week into the billing and asset "
            "systems. A job done on Monday reaches the customer's account on Thursday on average, and one sheet in "
            "twelve is lost, illegible or incomplete.",
            "The specification agreed with the operations director sets four needs: send jobs to technicians' "
            "phones and change them during the day when a leak comes in; record the work on site with photos and "
            "the meter reading; feed the asset system (the GIS) and the billing software without retyping; and "
            "work without network in the valleys, where a third of the interventions happen. Our user study with "
            "eleven technicians added a fifth: the app must be usable with gloves and in the rain. The benchmark "
            "showed that three products on the market cover most of this scope, which is limited to field work; "
            "customer self-service is out of scope for this phase."]),
        "options": dict(status="ok", text=[
            "We kept three options of different kinds, after ruling out a custom development that the syndicate "
            "has neither the team nor the budget to maintain."], tables=[[
            ["Praxedo", "French field-service SaaS used by several water utilities", "SaaS",
             "scheduling, mobile app, offline mode, photos", "water sector references, works offline",
             "GIS link needs a connector"],
            ["Salesforce Field Service", "module of the Salesforce CRM platform", "SaaS platform",
             "scheduling, mobile app, customer portal", "very complete, strong scheduling engine",
             "cost, needs a Salesforce CRM first"],
            ["Odoo Field Service", "open-source ERP module hosted by an integrator", "open source",
             "job sheets, mobile app, invoicing", "low licence cost, open code",
             "weak offline mode, small integrator"]]]),
        "evaluation": dict(status="ok", retitle="How we compared the three", text=[
            "The criteria come from the five needs and from two constraints set by the syndicate's board: a budget "
            "ceiling of 400,000 euros over three years and a go-live before the summer peak of leaks. The weights "
            "were proposed by us and discussed in a workshop with the operations director, two depot managers and "
            "the IT manager, who cut the weight of the customer portal because it is out of scope. Each option "
            "was then tried for two days by four technicians on real jobs at the Chauray depot, with the vendors' "
            "trial versions, and scored from one to five by the same group. The cost figures come from the "
            "vendors' written quotes, checked against the price paid by the water utility of La Rochelle."]),
        "criteria-weights": dict(status="ok", tables=[[
            ["Offline work", "jobs and forms usable with no network for a full day", "need", "25",
             "a third of the jobs are in valleys without coverage"],
            ["Link to GIS and billing", "no retyping of job results", "need", "25",
             "two assistants retype 350 sheets a week"],
            ["Ease on site", "usable with gloves, big buttons, photos in two taps", "user study", "20",
             "technicians refused two apps in 2022"],
            ["Cost over three years", "licences, integration, training", "constraint", "20", "board ceiling"],
            ["Time to go live", "ready before June 2027", "constraint", "10", "summer leak peak"]]]),
        "decision-matrix": dict(status="ok", text=[
            "Praxedo comes first mainly on offline work and ease on site, the two points the technicians judged "
            "hardest during the trials; Odoo is cheapest but failed the day without network."], tables=[[
            ["Offline work", "25", "5", "1.25", "4", "1.00", "2", "0.50"],
            ["Link to GIS and billing", "25", "4", "1.00", "4", "1.00", "3", "0.75"],
            ["Ease on site", "20", "5", "1.00", "3", "0.60", "3", "0.60"],
            ["Cost over three years", "20", "4", "0.80", "2", "0.40", "5", "1.00"],
            ["Time to go live", "10", "4", "0.40", "2", "0.20", "3", "0.30"],
            ["Total", "100", "", "4.45", "", "3.20", "", "3.15"]]]),
        "total-cost-of-ownership": dict(status="ok", skip_cols=1, text=[
            "Costs below are for Praxedo, from the vendor's quote of 14 October, for 64 technicians and 6 "
            "planners, in euros excluding VAT."], tables=[[
            [None, "€0", "€46,000", "€46,000", "€46,000", "€138,000"],
            [None, "€0", "€0", "€0", "€0", "€0"],
            [None, "€38,000", "€4,000", "€4,000", "€4,000", "€50,000"],
            [None, "€12,000", "€0", "€0", "€0", "€12,000"],
            [None, "€18,000", "€5,000", "€2,000", "€2,000", "€27,000"],
            [None, "€0", "€6,000", "€6,000", "€6,000", "€18,000"],
            [None, "€22,000", "€9,000", "€9,000", "€9,000", "€49,000"],
            [None, "€0", "€0", "€0", "€5,000", "€5,000"],
            [None, "€90,000", "€70,000", "€67,000", "€72,000", "€299,000"]]]),
        "recommendation": dict(status="ok", retitle="Our advice: Praxedo", keep_bookmark=True, text=[
            "We recommend that the syndicate choose Praxedo for its field technicians, with a go-live in two "
            "waves: the Chauray depot in March 2027, then the Saint-Maixent and Melle depots in May, before the "
            "summer peak of leaks.",
            "It answers the needs the operations director put first. The technicians who tried it worked a full "
            "day in the Sèvre valley without network and every job synchronised in the evening, photos included; "
            "neither of the other two did as well. The gloves test, which had sunk two apps in 2022, went well: "
            "big buttons, a photo in two taps, a meter reading scanned rather than typed. The link to the GIS and "
            "to the billing software is the weak point, as for the other options: Praxedo offers a standard "
            "connector to our GIS, and the billing vendor has already built the link for the water utility of "
            "Saintes, which we visited.",
            "It takes the study conclusions into account. The user study warned that technicians would reject a "
            "tool imposed from above; Praxedo was the favourite of the four who tested it, and two of them will "
            "become trainers. The benchmark found that a custom build was out of reach; Praxedo is a standard "
            "product used by several utilities, which lowers the risk of being alone with a problem.",
            "It fits the scope and the budget. Over three years it costs 299,000 euros, well under the ceiling "
            "of 400,000 euros set by the board, and about 40 % less than Salesforce once the CRM it would "
            "require is counted. Odoo is cheaper by 60,000 euros, but its offline mode failed the test that "
            "matters most.",
            "The recommendation has limits. We depend on a French vendor of medium size; the contract must "
            "include a data export clause and a copy of our data each month. The GIS connector has not yet been "
            "tested on our own data, so we ask the board to approve the contract with a condition: a paid "
            "two-week proof of concept on the connector before the full order. The decision requested is the "
            "approval of this conditional contract at the January board meeting."]),
        "impact-measurement": dict(status="ok", text=[
            "We measured the situation before the change in November 2026 at the three depots. Over four weeks "
            "the assistants timed their retyping work, the depot managers counted lost or incomplete sheets, and "
            "we pulled from the billing system the delay between the job and the customer's account. These are "
            "the baseline figures we will compare against six months after go-live: 7.5 hours of retyping per "
            "assistant per day, 8 % of sheets lost or incomplete, and 3.2 days from the job to the customer's "
            "account. The same three indicators will be reported to the board every quarter.",
            "Each impact is rated low, medium or high according to the number of people affected and the effort "
            "needed to absorb it; a medium or high impact must have a mitigation and an owner. The ratings were "
            "checked with the IT manager for the infrastructure, and with two depot managers and a staff "
            "representative for the organisation."]),
        "infrastructure-impacts": dict(status="ok", skip_cols=1, tables=[[
            [None, "no server to host, SaaS in France", "2 local servers → 0 new", "low", "none needed", "IT manager"],
            [None, "4G phones for 64 technicians", "0 → 64 phones", "medium", "rugged phones, fleet contract",
             "IT manager"],
            [None, "personal data of customers on phones", "paper → encrypted app", "medium",
             "phone management, remote wipe", "IT manager"],
            [None, "GIS and billing connectors", "retyping → automatic", "high", "paid proof of concept first",
             "project lead"],
            [None, "history of 3 years of jobs", "paper archive → 5,000 jobs imported", "low",
             "import the last year only", "project lead"],
            [None, "support of phones and app", "none → level 1 at IT", "medium", "vendor hotline in French",
             "IT manager"]]]),
        "organisational-impacts": dict(status="empty"),
        "impacts-and-recommendation": dict(status="ok", retitle="What the impacts changed in our advice", text=[
            "The impacts were not an afterthought: two of them changed what we recommend. The GIS connector, "
            "rated high, is the reason for the paid proof of concept before the full order, and it lowered "
            "Praxedo's score on integration from five to four. The arrival of 64 phones, rated medium, led us to "
            "add rugged phones and a fleet contract to the budget, which made the Odoo option less cheap than "
            "it first looked, since its mobile app needs newer phones than the ones we have. The end of retyping "
            "frees two assistants; we advise the syndicate to plan their new tasks before go-live, which is why "
            "the roll-out waits until March rather than starting in January."], tables=[[
            ["GIS connector (high)", "integration score lowered", "paid proof of concept first", "medium"],
            ["64 phones (medium)", "cost of Odoo raised", "rugged phones in the budget", "low"],
            ["End of retyping (high)", "none", "roll-out moved to March", "medium"]]]),
        "change-plan": dict(status="ok", skip_cols=1, text=[
            "The plan starts from what the technicians told us in the user study: they accept a tool their "
            "colleagues chose, not one sent by head office."], tables=[[
            [None, "technicians see why paper must go", "depot meetings with lost-sheet figures",
             "technicians", "January", "attendance of 90 %"],
            [None, "they want to try it", "two technician trainers per depot", "technicians", "February",
             "volunteers for the first wave"],
            [None, "they know the app", "half-day training on real jobs", "technicians, planners", "March",
             "all trained before go-live"],
            [None, "they use it alone", "trainers in the vans for a week", "technicians", "March-May",
             "90 % of jobs closed in the app"],
            [None, "the habit stays", "monthly figures shown at each depot", "everyone", "from June",
             "no paper sheet after September"]]]),
        "risks": dict(status="ok", tables=[[
            ["R1", "GIS connector fails on our data", "3", "4", "12", "mitigate: paid proof of concept",
             "project lead"],
            ["R2", "technicians go back to paper", "2", "4", "8", "mitigate: trainers in the vans", "depot managers"],
            ["R3", "vendor bought or closed", "1", "5", "5", "transfer: export clause and monthly copy",
             "IT manager"],
            ["R4", "go-live slips into the leak peak", "2", "3", "6", "avoid: second wave no later than May",
             "project lead"]]]),
        "roadmap": dict(status="ok", image=["Q1 2027: proof of concept, Chauray", "Q2: two more depots",
                                            "Q3: paper stops", "Q4: review of the figures"],
                        caption="From the board decision in January to the end of paper sheets in September 2027."),
    },
)
