from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="pandoc",
    language="en",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: a glass recycling cooperative in the Loire valley wants sensors on its bottle banks and a collection
    planning tool. Numbered headings ("1.", "2.1"); some shortened ("Scope", "Backlog", "Tests"); a requirements
    table; the technical requirements split over two headings ("6. Platform requirements" and "6.2 Security,
    hosting and data"), the architecture picture under the first half and the requirements table under the second, with no heading of their own (merged); the organisational scope is two sentences (thin); no call for variants (missing).""",
    title="Quai Verre – Smart bottle banks: functional and technical specification",
    cover=["Technology orientation project, team 4: Lucie Caradec, Hamza Ouali, Pierre Lemoine", "December 2026"],
    blocks=[
        H(1, "1. What Quai Verre asked for, in our words", {"brief-reformulation": "ok"}),
        P("Quai Verre is a cooperative of eleven municipalities around Saumur that collects glass from 640 bottle "
          "banks spread over villages, supermarket car parks and wine estates. Three lorries empty the banks on "
          "fixed rounds: every bank is visited every two weeks, whether it is full or not. The drivers find about "
          "a third of the banks less than half full, while in summer the banks near campsites and wine cellars "
          "overflow within days and residents leave bottles on the ground. Complaints to the town halls doubled "
          "between 2023 and 2025, and the diesel bill rose by 18 % over the same period."),
        P("The brief we received from the director, Mathilde Grosbois, asked for \"connected bottle banks\". After "
          "two workshops with the planning officer and two mornings in a lorry, we reformulated it as follows: the "
          "cooperative needs to know how full each bank is, to plan rounds from that information instead of a "
          "fixed calendar, and to tell residents and town halls when a bank has been emptied or is out of "
          "service. Sensors are a means, not the goal; the planning tool is where the savings are made."),
        P("The constraints are clear. The budget voted by the cooperative's board is 240,000 euros over three "
          "years, including a 40 % grant from the regional waste plan that must be spent before the end of 2027. "
          "The lorries and their onboard crane stay as they are. The drivers, all over fifty, use a basic phone "
          "today and must not spend more time on paperwork. Finally, the cooperative owns its data and wants to be "
          "able to change supplier at the end of the contract without losing the history of each bank."),
        H(1, "2. Benchmark", {"technology-benchmark": "ok"}),
        P("We looked at three families of solutions. Ultrasonic fill-level sensors glued inside the bank's lid "
          "measure the distance to the glass and send it once or twice a day over a low-power network; they are "
          "the market standard and cost between 90 and 160 euros each. Weight sensors under the bank are more "
          "precise but require lifting every bank and changing its base, which the cooperative rejected at once. "
          "Cameras on the lorries that estimate the fill level when passing by are cheap but give information only "
          "when a lorry is already there, which defeats the purpose."),
        P("For the ultrasonic option we compared three suppliers on a test of six weeks: twelve banks in Saumur and "
          "Montreuil-Bellay were equipped with each product, and the drivers noted the real level when emptying "
          "them. We also compared the planning software each supplier sells, and one independent route planner "
          "that can read any sensor's data through an open interface. The connectivity was tested in the three "
          "valleys where mobile coverage is poor."),
        H(2, "2.1 Matrix", {"benchmark-matrix": "ok"}),
        T([["Criterion (weight)", "Sensoneo", "Ecube Labs", "Nord Sense + OptiRoute"],
           ["Accuracy measured against drivers' notes (25 %)", "4 - within 8 % of the real level", "4 - within 10 %",
            "5 - within 5 %"],
           ["Network coverage in the valleys (20 %)", "3 - two banks silent", "2 - five banks silent",
            "4 - LoRa network of the department"],
           ["Cost over three years (20 %)", "3 - 212,000 euros", "2 - 236,000 euros", "4 - 181,000 euros"],
           ["Data export and reversibility (20 %)", "2 - proprietary format", "3 - paid export",
            "5 - open interface, CSV export"],
           ["Ease of use for drivers (15 %)", "4", "4", "3"],
           ["Weighted score", "3.2", "2.9", "4.3"]]),
        H(2, "2.2 What we conclude from the tests", {"benchmark-conclusions": "ok"}),
        P("The combination of Nord Sense sensors and the OptiRoute planner comes first on four criteria out of "
          "five. It is also the only offer where the cooperative keeps its data in an open format, which the "
          "director had named as a condition. Its weakness is the driver application, which is less polished than "
          "the two integrated products; the drivers needed two sessions instead of one to use it in the test."),
        P("The field test changed our view of connectivity. On paper the three products cover the territory; in "
          "the valleys of the Thouet and the Layon, five Ecube banks and two Sensoneo banks never sent a single "
          "reading. Nord Sense uses the LoRa network deployed by the department for water meters, which reached "
          "every test bank. We also learned from the drivers that the measured level matters less than the trend: "
          "a bank near a campsite fills in four days in August, and the planner must anticipate it rather than "
          "react. OptiRoute is the only tool that forecasts the date at which a bank will be full. We therefore "
          "carry the Nord Sense and OptiRoute pair into the rest of this specification, with a stronger training "
          "plan for drivers to offset the weaker application."),
        H(1, "3. Scope", {"scope-study": "ok"}),
        P("This part sets what the project covers and what it leaves out. It covers the 640 bottle banks of the "
          "cooperative, the planning of glass collection rounds, the drivers' daily work and the information given "
          "to the eleven town halls and to residents. It leaves out the paper and packaging banks, which another "
          "contractor collects, and the sorting centre, whose software stays as it is. The three sub-parts below "
          "look at what the system does, who works differently and what it costs."),
        P("We drew these limits with the director and the planning officer in October. Two requests were set "
          "aside on purpose: a reward scheme for residents who sort well, which the board wants to discuss in "
          "2028, and sensors on the lorries' cranes, which the manufacturer would have to certify first."),
        H(2, "3.1 Functions", {"functional-scope": "ok"}),
        P("The system measures the fill level of every bank at least twice a day and keeps the history. It "
          "forecasts, for each bank, the day on which it will be more than 80 % full. Every afternoon it proposes "
          "the next day's rounds for the three lorries, taking into account the forecasts, the lorries' capacity "
          "of 12 tonnes, the drivers' working hours and the opening hours of the sorting centre. The planning "
          "officer can move a bank from one round to another before sending the rounds to the drivers."),
        P("On the road, each driver sees the round on a rugged tablet in the cab, in the order to follow, with the "
          "access notes for each bank. He confirms each emptying with one tap and can report a damaged bank, "
          "broken glass on the ground or a blocked access with a photo. The town halls receive a weekly report of "
          "the banks emptied in their municipality and an alert when a bank is out of service. Residents can see "
          "on the cooperative's website and on a QR code stuck on each bank whether it is full and when it will "
          "be emptied."),
        H(2, "3.2 Who changes how they work", {"organisational-scope": "thin"}),
        P("The planning officer becomes the owner of the rounds, which the drivers used to organise themselves. "
          "The drivers keep their sectors, but their order of visits now comes from the tool."),
        H(2, "3.3 Money", {"financial-scope": "ok"}),
        T([["Item", "Year 1", "Year 2", "Year 3", "Total"],
           ["640 Nord Sense sensors and installation", "76,800 euros", "-", "-", "76,800 euros"],
           ["LoRa network subscription", "7,700 euros", "7,700 euros", "7,700 euros", "23,100 euros"],
           ["OptiRoute licence, three lorries and office", "14,400 euros", "14,400 euros", "14,400 euros",
            "43,200 euros"],
           ["Three rugged tablets and mounts", "5,400 euros", "-", "-", "5,400 euros"],
           ["Integration, training, project time", "24,000 euros", "4,500 euros", "4,000 euros", "32,500 euros"],
           ["Expected diesel and overtime savings", "-18,000 euros", "-41,000 euros", "-43,000 euros",
            "-102,000 euros"]]),
        H(1, "4. The problem in a nutshell", {"problem-presentation": "ok"}),
        P("Quai Verre does not lack lorries or drivers; it lacks information. Rounds are planned on a calendar "
          "drawn up in 2014, when the cooperative had 410 banks and no wine tourism to speak of. Since then the "
          "number of banks has grown by half, summer traffic has changed where glass is thrown away, and the "
          "calendar has only been patched. The result is a double waste: lorries drive to banks that do not need "
          "emptying, and banks that do are left overflowing. In 2025 the cooperative estimates that 38 % of "
          "visits were made to banks less than half full, and that 70 banks overflowed at least once in July and "
          "August."),
        P("The consequences go beyond the diesel bill. Glass left on the ground is a safety issue for children and "
          "a cleaning cost for the town halls, who pass it on to the cooperative in their complaints. Drivers "
          "work overtime in summer and leave early in winter because there is nothing to collect. And the "
          "cooperative cannot answer the simplest question from an elected official: when will the bank in my "
          "village be emptied? Any solution must therefore improve planning first, give drivers a simpler day, and "
          "give the town halls something to show residents. It must do so within the grant's deadline and "
          "without tying the cooperative to one supplier for the next ten years."),
        H(1, "5. Functional needs", {"functional-need": "ok"}),
        T([["ID", "Function", "For whom", "Criterion", "Level"],
           ["F1", "Know the fill level of every bank", "planning officer", "reading at least twice a day",
            "95 % of banks reporting each day"],
           ["F2", "Forecast when a bank will be full", "planning officer", "date of 80 % fill", "error under two days"],
           ["F3", "Propose the next day's rounds", "planning officer", "rounds ready by 4 p.m.",
            "editable before sending"],
           ["F4", "Guide the driver through the round", "drivers", "order of banks, access notes",
            "usable with gloves"],
           ["F5", "Report a problem at a bank", "drivers", "photo and category", "two taps at most"],
           ["F6", "Inform town halls and residents", "town halls, residents", "weekly report, QR code page",
            "updated within an hour of emptying"],
           ["F7", "Keep the history and export it", "director", "every reading and round since the start",
            "complete export at any time"]]),
        H(1, "6. Platform requirements", {"technical-requirements": "ok", "architecture": "ok"}),
        P("The sensors are fixed under the lid of each bank with two stainless screws and measure by ultrasound, "
          "with a battery lasting at least seven years at two readings a day. They must resist the shock of the "
          "crane lifting and emptying the bank, which we measured at 6 g in the test, and temperatures from minus "
          "fifteen to sixty degrees under a black lid in summer. Each sensor transmits over the departmental LoRa "
          "network; if a reading fails, it retries three times and stores up to seven days of readings."),
        P("OptiRoute runs as a hosted service. It receives the readings through the supplier's open interface "
          "every hour and recomputes forecasts every night. The rounds are sent to the drivers' tablets before 6 "
          "a.m., and the tablets keep working offline in the valleys, synchronising when the network returns."),
        Img(["Sensor under the lid", "LoRa network", "Nord Sense platform", "OptiRoute planner",
             "Driver tablet / website"], "Figure 1 - How a reading travels from a bottle bank to the driver's round"),
        H(2, "6.2 Security, hosting and data", {"technical-requirements": "ok", "technical-requirements-table": "ok"}),
        P("All data is hosted in the European Union, and the contract states that the cooperative owns it. A full "
          "export of readings, banks and rounds in CSV is available at any time without charge. Accounts use "
          "personal logins with two-factor authentication for the office; the drivers' tablets are locked to the "
          "planner application. No personal data about residents is collected: the website and QR pages show "
          "only the state of the bank."),
        T([["Domain", "Requirement", "Target", "How we check"],
           ["Sensor", "battery life", "7 years at 2 readings a day", "supplier test report"],
           ["Sensor", "resistance to lifting shocks", "6 g, 20,000 cycles", "field test on 12 banks"],
           ["Network", "share of readings received", "95 % per day", "platform statistics"],
           ["Planner", "rounds computed", "before 4 p.m. each day", "log of the planner"],
           ["Tablet", "offline mode", "a full round without network", "test in the Layon valley"],
           ["Data", "export", "complete CSV, free, at any time", "export test at acceptance"]]),
        H(1, "7. Backlog", {"product-backlog": "ok"}),
        T([["#", "User story", "Priority", "Estimate"],
           ["1", "As the planning officer, I see a map of all banks coloured by fill level", "Must", "3 days"],
           ["2", "As the planning officer, I receive tomorrow's rounds at 4 p.m. and can move a bank", "Must",
            "5 days"],
           ["3", "As a driver, I follow my round on the tablet and confirm each emptying in one tap", "Must",
            "4 days"],
           ["4", "As a driver, I report broken glass with a photo", "Should", "2 days"],
           ["5", "As a town hall, I receive a weekly report of my banks", "Should", "2 days"],
           ["6", "As a resident, I scan the QR code and see when the bank will be emptied", "Could", "3 days"]]),
        H(1, "8. Tests", {"acceptance-testing": "ok"}),
        T([["Test", "Scenario", "Expected result", "Who signs"],
           ["Pilot sector", "Saumur sector run for four weeks with the tool only", "no overflowing bank, 20 % fewer visits",
            "planning officer"],
           ["Offline round", "a full round in the Layon valley with no network", "all emptyings synchronised on return",
            "driver"],
           ["Forecast", "compare forecast and real fill dates for 50 banks", "80 % within two days",
            "project team"],
           ["Town hall report", "send the weekly report to the eleven town halls for a month",
            "every emptied bank listed, no complaint about missing data", "two mayors"],
           ["Export", "full CSV export of one month", "all readings and rounds present", "director"]]),
        H(1, "9. Why these choices", {"justified-choices": "ok"}),
        P("We chose ultrasonic sensors rather than weight sensors because they fit the existing banks without "
          "lifting them, and because the six-week test showed that their accuracy is more than enough for planning: "
          "the planner needs to know whether a bank is at 40 % or 85 %, not the exact number of bottles. We "
          "chose Nord Sense because it is the only sensor that every test bank in the valleys could hear, thanks "
          "to the departmental LoRa network, which also costs the cooperative less than a mobile subscription."),
        P("We chose to separate the sensor supplier and the planner, although the integrated products are simpler "
          "to buy. The cooperative insisted on keeping its data and being free to change supplier; with an open "
          "interface between Nord Sense and OptiRoute, either one can be replaced at the end of the contract. The "
          "price is a weaker driver application, which we accept and compensate with a second training session "
          "and a laminated card in each cab. We also decided that the planning officer, not the software, has the "
          "last word on the rounds: the drivers told us that they know things no sensor knows, such as the "
          "wedding at the wine estate on Saturday, and the tool must let them say so. Finally, we phased the "
          "installation so that the first year's savings appear before the grant's deadline, which makes the "
          "board's decision easier."),
    ],
    missing=["response-framework"],
)
