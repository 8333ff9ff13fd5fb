from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. python-docx then
    opened and saved by LibreOffice Writer, English: two students specify a milk-collection tracking system for a
    dairy co-operative in North Yorkshire (tank sensors, driver app, route planning). The authors' own numbered
    headings; the scoring matrix, its conclusions, the money and the architecture sit under bold Normal
    paragraphs; the brief and the problem share the first heading (merged); the architecture heading has nothing
    under it (empty); no call for variants (missing).""",
    title="Moorland Dairy Co-operative – Knowing where the milk is",
    cover=["Functional and technical specification", "Technology orientation project – Priya Shah and Owen Kerr – December 2026"],
    missing=["response-framework"],
    blocks=[
        H(1, "1. What the co-op asked us, and what is really wrong", {"brief-reformulation": "ok", "problem-presentation": "ok"}),
        P("Moorland Dairy is a co-operative of 138 family farms around Thirsk and the North York Moors. Its eleven "
          "tankers collect about 310,000 litres of milk a day and deliver it to the co-op's creamery at Sowerby "
          "and to two buyers in Leeds. The board's brief, handed to us in September by the operations director, "
          "Martin Hollis, was short: 'we want an app so the farmers know when the tanker is coming'. After six "
          "farm visits, two days riding in tankers and a morning in the dispatch office, we read the brief more "
          "broadly. Farmers do want an arrival time, but what costs the co-op money is elsewhere."),
        P("Collection rounds are still planned on a whiteboard by one dispatcher, Gail Turner, who has done it for "
          "nineteen years and retires in 2028. Drivers find out on arrival how much milk is in each farm tank; "
          "when tanks are fuller than expected, the tanker fills up early and must go back to Sowerby mid-round, "
          "adding on average 34 extra miles a day across the fleet. Last winter, two farms had to pour away milk "
          "because a snow-delayed round reached them after their tank overflowed: a loss of £6,800 and a very "
          "angry members' meeting. Temperature records are kept on paper slips that drivers fill in at each farm "
          "and hand in at the end of the shift; an audit by the creamery's main customer found 7% of slips "
          "missing or illegible."),
        P("So we restate the need in three parts: know, in real time, how much milk is waiting in each tank and at "
          "what temperature; plan rounds from that data rather than from memory; and give farmers and the "
          "creamery a reliable arrival time. Success means no milk poured away, fewer wasted miles, complete "
          "temperature records, and a dispatch job that someone other than Gail can learn in a month. The board "
          "has set aside £240,000 over two years, and the system must be running before the winter of 2027."),
        H(1, "2. Looking at what exists", {"technology-benchmark": "ok"}),
        P("We did not want to build what can be bought. We looked at three kinds of solution. First, complete "
          "milk-collection suites sold to dairies, which bundle tank sensors, route planning and a driver app: we "
          "shortlisted MilkRoute, used by two Irish co-ops, and we spoke to its users in Cork. Second, a general "
          "fleet and route-optimisation platform, Routal, fed by tank sensors bought separately from an "
          "agricultural supplier. Third, a custom build on a cloud IoT platform, which a Leeds agency quoted for "
          "us. We also checked whether the creamery's existing ERP could take on planning; it cannot without a "
          "costly module. For each option we asked for a demonstration with our own data from two weeks of "
          "October rounds, spoke to at least one reference customer, and asked the same twelve questions on "
          "sensors, offline use in the Moors, integration with the creamery's laboratory and the total cost over "
          "five years. Gail Turner sat in on every demonstration, since she is the person whose daily work would "
          "change the most."),
        B("Scoring the three candidates", {"benchmark-matrix": "ok"}),
        T([["Criterion (weight)", "MilkRoute suite", "Routal + separate sensors", "Custom build"],
           ["Fit with milk collection (30%)", "5 – made for dairies, handles tank volumes", "3 – generic routes, volumes added by us", "4 – whatever we specify"],
           ["Works offline on the Moors (20%)", "4 – app caches the round", "2 – needs signal to re-route", "3 – possible but costly"],
           ["Five-year cost (20%)", "3 – £205k", "4 – £170k", "2 – £260k"],
           ["Integration with creamery lab (15%)", "4 – standard export", "2 – manual", "5 – built in"],
           ["Risk and support (15%)", "4 – two reference dairies", "4 – large vendor", "2 – one small agency"],
           ["Weighted score / 5", "4.15", "3.00", "3.25"]]),
        B("What the scores tell us", {"benchmark-conclusions": "ok"}),
        P("MilkRoute comes out ahead, and not only on the total. It is the only option that already treats a tank "
          "volume as the input of a round, which is the heart of our problem; with Routal we would have to write "
          "that logic ourselves, which brings us back towards a custom build. The custom build scores well on "
          "integration, but its cost and its dependence on a single small agency are too risky for a co-op with "
          "no IT department. The weak point of MilkRoute is its price for the sensors, which it resells at a "
          "margin; we will ask in the tender for the right to fit sensors from another supplier if they speak the "
          "same protocol. The Cork co-operative also warned us that the first version of its planning module "
          "needed three months of tuning before dispatchers trusted it: we plan for that in the schedule rather "
          "than hoping to avoid it. Cross-checking with the farm visits, the offline criterion matters more than "
          "we first thought, since eight of our farms have no mobile signal at all in the yard."),
        H(1, "3. What the project covers", {"scope-study": "ok"}),
        P("Before describing functions, we fixed the boundaries of the project along three lines: what the system "
          "does, how the work of people changes, and what it costs. The project covers the 138 member farms, the "
          "eleven tankers and the dispatch office at Sowerby. It does not cover milk quality testing, which stays "
          "in the creamery laboratory, nor payments to farmers, which stay in the accounting system; the new "
          "system only passes volumes and temperatures to both. Haulage for the two Leeds buyers is included, "
          "because the same tankers do it. A later phase could add the 20 non-member farms that sell to us, but "
          "they are out of scope for now because their tanks belong to a different leasing company. The three "
          "sub-sections below take each line in turn, and the boundaries were agreed with Martin Hollis in a "
          "short workshop on 14 November."),
        H(2, "3.1 What the system will do", {"functional-scope": "ok"}),
        P("Every farm tank gets a sensor that reports volume and temperature every fifteen minutes. The planning "
          "tool uses those readings, the farms' usual milking times and the weather forecast to propose each "
          "morning's rounds, which the dispatcher can change by dragging farms between tankers. Drivers receive "
          "their round on a rugged tablet, see the expected volume at the next farm, record the actual volume "
          "pumped and the temperature, and take a photograph of the tank seal. Farmers get a text message with an "
          "arrival window of one hour, updated if the round slips, and can see their own history in a simple web "
          "page. The creamery sees incoming volumes by tanker an hour ahead, so that it can plan its lines. Alerts "
          "go to dispatch when a tank passes 85% full or 6 °C, and to the farmer as well for temperature. All "
          "collection records are kept for seven years to satisfy the dairy hygiene regulations. Finally, the board "
          "receives a monthly summary of miles driven, milk collected and milk lost, farm by farm."),
        H(2, "3.2 Who does what differently", {"organisational-scope": "ok"}),
        P("The biggest change is in dispatch. Gail will stop building rounds from scratch and will instead check "
          "and adjust a proposed plan; her knowledge of farm lanes, gates and awkward bulls has to be written into "
          "the system as notes on each farm, which we plan as a six-week task with her. A second dispatcher, "
          "Ryan Webb, will be trained alongside her from the start. Drivers lose the paper slips but gain a "
          "tablet; two of the older drivers told us they are worried, so each driver will do two accompanied "
          "rounds before going live, and a laminated one-page guide stays in every cab. Farmers must allow a "
          "sensor to be fitted and keep its battery housing clear; the co-op's field officer, who already visits "
          "every farm twice a year, will handle installation and questions. In the office, the accounts team "
          "will receive volumes from the system instead of typing them from slips, which frees about a day a "
          "week. Nobody's job disappears, but three roles change and the board has agreed to say so openly at "
          "the spring members' meeting."),
        B("3.3 Money", {"financial-scope": "ok"}),
        P("Figures are over two years, excluding VAT, from the MilkRoute quote and our own estimates; savings are "
          "prudent and only count fuel, lost milk and clerical time. On these figures the system pays for "
          "itself during its third year, even without counting the avoided cost of replacing Gail's know-how."),
        T([["Item", "Year 1", "Year 2"],
           ["Tank sensors, 138 farms, fitted", "£69,000", "–"],
           ["Software licence and driver app", "£38,000", "£38,000"],
           ["Rugged tablets and mounts, 13 units", "£15,600", "–"],
           ["Setup, data migration and training", "£26,000", "£6,000"],
           ["Contingency", "£18,000", "£10,000"],
           ["Expected savings: fuel, milk, clerical time", "-£41,000", "-£78,000"]]),
        H(1, "4. Functions, one by one", {"functional-need": "ok"}),
        T([["Function", "Who uses it", "Acceptance level", "Flexibility"],
           ["Report each tank's volume and temperature", "sensor, dispatch", "every 15 min, ±2% volume, ±0.5 °C", "none"],
           ["Propose daily collection rounds", "dispatcher", "plan ready by 5 am, no tank above 95%", "low"],
           ["Let the dispatcher adjust rounds", "dispatcher", "drag and drop, recalculated in under 10 s", "medium"],
           ["Guide the driver and record the pickup", "driver", "works with no signal for a whole round", "none"],
           ["Warn the farmer of the arrival time", "farmer", "one-hour window, updated if late by 20 min", "medium"],
           ["Send volumes to the creamery and to accounts", "creamery, accounts", "automatic, hourly", "low"],
           ["Raise alerts on full or warm tanks", "dispatch, farmer", "within 15 min of the reading", "none"]]),
        H(1, "5. Under the hood", {"technical-requirements": "ok"}),
        P("The solution will be hosted by the supplier as a service, in data centres in the United Kingdom. Tank "
          "sensors communicate over LoRaWAN where the co-op installs three gateways on high farm buildings, and "
          "over NB-IoT elsewhere; our survey of the 138 farms shows that this pair covers all of them, which no "
          "single network does. Each sensor must run five years on its battery and survive washing with the "
          "tank's cleaning chemicals."),
        P("The driver app runs on Android rugged tablets and must keep the whole round, maps included, on the "
          "device: the eight farms with no signal are the reason. Records are synchronised when the tablet "
          "finds a network, with no loss if the tablet is switched off first. Data reaches the creamery's ERP "
          "through a nightly file today and through the ERP's REST interface once it is upgraded in 2028; the "
          "supplier must support both. Farmers' phone numbers and names are personal data under UK GDPR: access "
          "is by role, logged, and the co-op remains data controller. The supplier must give us a full export of "
          "our data in an open format at any time, and at the end of the contract, so that we are never locked "
          "in. Availability of the planning tool between 3 am and 8 am is critical and must reach 99.8%, since "
          "the first tankers leave the yard at 4.30 am."),
        B("Architecture sketch", {"architecture": "empty"}),
        H(2, "Requirements per area", {"technical-requirements-table": "ok"}),
        T([["Area", "Requirement", "Level"],
           ["Sensors", "battery life, chemical resistance", "5 years, IP68"],
           ["Network", "LoRaWAN with three gateways, NB-IoT fallback", "all 138 farms covered"],
           ["Driver app", "offline round and maps, synchronisation", "a full day without signal"],
           ["Security", "role-based access, logged, MFA for dispatch", "UK GDPR, Cyber Essentials"],
           ["Integration", "nightly file, then REST to the ERP", "no manual re-typing"],
           ["Data", "export in CSV and JSON, 7-year retention", "on request, within 5 days"]]),
        H(1, "6. First backlog", {"product-backlog": "ok"}),
        T([["#", "As a…", "I want to…", "So that…", "Priority"],
           ["1", "dispatcher", "see every tank's level on one map", "I know where the milk is", "Must"],
           ["2", "dispatcher", "get a proposed round each morning", "I do not start from a blank board", "Must"],
           ["3", "driver", "follow my round without signal", "I am never lost on the Moors", "Must"],
           ["4", "driver", "record volume and temperature on the tablet", "paper slips disappear", "Must"],
           ["5", "farmer", "receive an arrival window by text", "I can plan my morning", "Should"],
           ["6", "creamery planner", "see incoming volumes an hour ahead", "I can plan the lines", "Should"],
           ["7", "board member", "see monthly miles and milk lost", "we know it pays", "Could"]]),
        H(1, "7. How we will test it", {"acceptance-testing": "ok"}),
        T([["Test", "Scenario", "Pass if"],
           ["Sensor accuracy", "compare 20 sensors with the tanker's meter over two weeks", "gap under 2% on 95% of pickups"],
           ["Offline round", "driver completes a round with the tablet in flight mode", "all records synchronised afterwards"],
           ["Planning", "run planned rounds alongside Gail's for four weeks", "no tank above 95%, fewer miles"],
           ["Alerts", "warm a test tank above 6 °C", "dispatch and farmer warned in 15 minutes"],
           ["Creamery feed", "compare nightly file with weighbridge tickets", "all volumes match"],
           ["Farmer texts", "follow ten farmers through a late round in bad weather", "window updated before it is missed"]]),
        H(1, "8. Why we chose what we chose", {"justified-choices": "ok"}),
        P("We recommend buying the MilkRoute suite rather than building, even though it gives up some of the "
          "integration a custom build would offer. The co-op has no developers and no wish to hire them, and the "
          "Cork reference showed us that the hard part, turning tank readings into sensible rounds, took a "
          "specialist vendor years to get right. Paying for that maturity is cheaper than repeating it."),
        P("We chose to mix two networks for the sensors because our farm survey, not the vendors' coverage maps, "
          "showed gaps in each. We chose tablets over drivers' own phones because the cab is cold, wet and "
          "shaken, and because the co-op must own the device that holds collection records. We kept the "
          "nightly file for the creamery for now because the ERP upgrade is not funded before 2028; asking the "
          "supplier to handle both saves a second project later."),
        P("Finally, we deliberately leave payments to farmers outside the system. It would be tempting to "
          "calculate them from the new volumes, but payment depends on laboratory quality results and on the "
          "co-op's pricing rules, and mixing the two would put the whole project at the mercy of the most "
          "sensitive subject for members. Once volumes have been reliable for a year, the board can decide whether to connect the two, "
          "with far less risk than today."),
        H(1, "9. Next steps", {}),
        L(["January: tender sent to MilkRoute and one alternative supplier",
           "March: pilot with 15 farms and two tankers",
           "September: all farms live, before the first snow"]),
    ],
)
