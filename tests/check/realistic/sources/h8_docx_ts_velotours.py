from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 8 (h8_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English, the specification of a fleet and repair app for a city bike-sharing operator in Tours.
    Numbered headings in the author's own words, a few as bold Normal paragraphs; the technical requirements are
    split in two (principles before the diagram, then "run and support" after the requirements table); the
    requirements table sits under its own sub-heading; the organisational scope is three sentences (thin); no
    call for variants (missing); a glossary of the author's own at the end.""",
    title="Vélo'Tours – Fleet & Workshop App: functional and technical specification",
    cover=["Technology orientation project", "Lucas Moreau-Perrin – version 1.2, November 2026"],
    blocks=[
        H(1, "1. What Vélo'Tours asked us for", {"brief-reformulation": "ok"}),
        P("Vélo'Tours runs the public bike-sharing service of Tours Métropole under a seven-year contract that "
          "started in 2024: 1,450 bikes, 38 % of them electric, spread over 96 docking stations, with a workshop of "
          "eleven mechanics at Saint-Pierre-des-Corps. The operator came to us with a short brief of two pages. In "
          "their words, they want \"to stop losing bikes in the system\": a bike reported broken by a rider can wait "
          "four days before a mechanic sees it, because the report arrives by e-mail, is copied into a spreadsheet "
          "and is then printed for the morning round. Last winter, 17 % of the fleet was unavailable on an average "
          "day, while the contract with the Métropole sets a ceiling of 8 % and penalises every point above it."),
        P("As we understand it after three meetings and a day in the workshop, the need is wider than a repair "
          "ticket tool. The operator needs one place where each bike has a history (who reported what, which parts "
          "were changed, how long it stayed off the street), where the morning rounds are planned from live data "
          "rather than from paper, and where the Métropole can see availability figures without asking for a monthly "
          "file. The budget announced is 210,000 euros for the first year, the deadline is the start of the spring "
          "season on 1 April 2027, and the app must be usable on the mechanics' phones in the street, often with "
          "gloves on. We checked this reformulation with the operations director, Nadia Lecomte, who signed it on "
          "12 November; she added one point we had missed: the battery stock, which is managed separately today "
          "in a paper notebook kept by the workshop manager."),
        H(1, "2. Which tools could do the job?", {"technology-benchmark": "ok"}),
        P("We looked at three families of solutions: a fleet management module sold by the bike maker, a general "
          "field-service platform that many maintenance companies use, and a custom app built on a low-code platform "
          "the Métropole already licenses. We left aside the idea of building everything from scratch: the operator "
          "has no developer of its own and would depend on us for every change. For each family we kept one "
          "product, asked for a demonstration with our own data (a week of real breakdown reports) and spoke to one "
          "customer who has used it for more than a year. The mechanics' foreman, Karim, attended every "
          "demonstration and scored ease of use himself, because he will be the one to live with the choice. We "
          "also asked each vendor how they handle offline work and who owns the data at the end of the contract. "
          "The scores below were agreed in one meeting with the operations director, and the weights were fixed "
          "before the first demonstration so that no product could be favoured afterwards."),
        H(2, "2.1 Scores", {"benchmark-matrix": "ok"}),
        T([["Criterion (weight)", "Maker's fleet module", "Field-service platform", "Low-code app"],
           ["Works offline in the street (25 %)", "3 – partial, read only", "5 – full offline mode", "2 – needs a network"],
           ["Bike history and parts (20 %)", "5 – native", "4 – after set-up", "3 – to be built"],
           ["Open data for the Métropole (20 %)", "2 – closed exports", "4 – standard API", "5 – same platform"],
           ["Ease of use, foreman's score (20 %)", "3", "5", "3"],
           ["First-year cost (15 %)", "4 – 95 k€", "3 – 140 k€", "4 – 110 k€"],
           ["Weighted result", "3.35", "4.30", "3.30"]]),
        H(2, "2.2 What we take from the comparison", {"benchmark-conclusions": "ok"}),
        P("The field-service platform comes out ahead, and not only on its total. It is the only product that "
          "lets a mechanic close a repair with no signal, in the underground car park of the station or in the "
          "workshop basement, and send it later; on our test week, a third of the reports were entered in such "
          "places. The maker's module knows bikes better than anyone, but it locks the data in a format the "
          "Métropole cannot read, which would keep the monthly file alive and miss one of the three goals of the "
          "brief. The low-code app would be the cheapest to license and the easiest to connect, but everything about "
          "bikes and parts would have to be built, and our estimate of that work is uncertain. Cross-checking the "
          "scores with the customer calls changed one thing: the field-service customer told us its set-up took "
          "twice the time announced, so we added four weeks to the plan rather than lowering the score. The "
          "decision still needs the board to accept a first-year cost 30 k€ above the cheapest option."),
        H(1, "3. Scope", {"scope-study": "ok"}),
        P("This section sets the edges of the project along three lines: what the app does, who it changes the "
          "work of, and what it costs. We drew these edges with the operations director and the Métropole's "
          "mobility officer, so that nobody expects from the first version what it will not do. Ticket sales, the "
          "rider app and the docking stations' own software stay outside: they belong to other suppliers and we "
          "only read what they publish. Anything that is not listed below is out of scope for the April release "
          "and goes to the list of ideas we review in June. Each of the three lines below was read and accepted "
          "by the operator; a change to any of them after January goes through a written change request with its "
          "cost and its effect on the April date."),
        H(2, "3.1 What the app covers", {"functional-scope": "ok"}),
        P("In scope for April: receiving breakdown reports from the rider app and the call centre automatically, "
          "one record per bike with its full history, planning the morning and afternoon rounds from the list of "
          "open reports and station fill levels, closing a repair on the phone with parts used and time spent, "
          "tracking the stock of 340 spare batteries between the workshop and the vans, and a live availability "
          "page for the Métropole. Out of scope: the rider app itself, payments, the docking stations' firmware "
          "and the payroll of the mechanics. We also postponed the rebalancing of bikes between stations, which "
          "the operator does with a separate van team and a tool it is happy with; the app only shows the fill "
          "levels that this team already uses. Reports from the street must reach the workshop in under five "
          "minutes, and a bike's history must go back to its first day in the fleet, which means importing two "
          "years of spreadsheets, which the foreman has kept carefully since the start of the contract."),
        B("3.2 Who is affected", {"organisational-scope": "thin"}),
        P("The eleven mechanics and the foreman change the way they work every day. The call centre stops typing "
          "reports into the spreadsheet. The Métropole's officer gets direct access."),
        H(2, "3.3 Money", {"financial-scope": "ok"}),
        T([["Item", "Year 1", "Years 2–3, per year", "Note"],
           ["Platform licences (15 users)", "54,000 €", "54,000 €", "price fixed for three years in the contract"],
           ["Set-up and data import", "48,000 €", "—", "includes the two years of spreadsheets"],
           ["Our work on integration", "26,000 €", "6,000 €", "rider app and availability page"],
           ["Rugged phones for the mechanics", "9,000 €", "2,000 €", "two spares kept at the workshop"],
           ["Training and support", "3,000 €", "1,500 €", "half a day per mechanic"],
           ["Contingency", "—", "—", "the 70,000 € left in the budget stay unspent unless the board decides"],
           ["Total", "140,000 €", "63,500 €", "under the 210,000 € announced"]]),
        H(1, "4. The problem in plain words", {"problem-presentation": "ok"}),
        P("Today a broken bike goes through five hands before it is fixed. A rider reports it in the app or by "
          "phone; the call centre copies the report into a shared spreadsheet; the foreman prints the sheet at 7 a.m. "
          "and splits it into rounds by hand; the mechanic finds the bike, or not, because it has often been "
          "moved by another rider; and the repair is written on paper, typed back into the spreadsheet in the "
          "evening when someone has time. Each step loses information. We counted, over two weeks in October, 212 "
          "reports: 41 were duplicates of the same bike, 23 pointed to the wrong station, and 18 repairs were never "
          "typed back, so the bikes stayed marked as broken while riders were using them."),
        P("The cost of this is visible in the contract. Every point of unavailability above 8 % costs the operator "
          "2,500 euros a month in penalties; last winter that meant 72,000 euros. It is also visible in the workshop: "
          "mechanics spend around a quarter of their day looking for bikes and re-reading handwriting. For the "
          "decision, what matters is that the problem is a flow of information, not a lack of mechanics: hiring "
          "two more, which the board considered in the spring, would have cost more than the whole app and "
          "fixed nothing in the chain."),
        H(1, "5. Needs, function by function", {"functional-need": "ok"}),
        T([["Function", "Who uses it", "What it must do", "Priority"],
           ["Receive a report", "rider app, call centre", "create or update one ticket per bike, no duplicates", "must"],
           ["Locate the bike", "mechanic", "show the last station where the bike was docked and when", "must"],
           ["Plan the rounds", "foreman", "group open tickets by area and suggest an order of visits", "must"],
           ["Close a repair", "mechanic", "record parts, time and photo, even with no signal", "must"],
           ["Follow batteries", "workshop", "count batteries per place and flag those near end of life", "should"],
           ["Report availability", "Métropole", "show live and monthly availability per station", "must"],
           ["Keep the history", "workshop manager", "show every report, repair and part of a bike since its first day", "must"],
           ["Plan preventive checks", "foreman", "remind when a bike reaches its service mileage", "could"]]),
        H(1, "6. Technical requirements: principles", {"technical-requirements": "ok"}),
        P("The app is a configured field-service platform, not a product we write, so our requirements say what "
          "the configuration and our own integration code must guarantee. Everything runs in the platform's "
          "European cloud region, under a contract that names the operator as owner of the data and gives it a "
          "full export in open formats within thirty days of the end. The mechanics' phones work offline for a "
          "whole shift: up to 300 tickets and their photos are kept on the phone and sent when a network returns, "
          "with the most recent change winning in case of conflict and the conflict shown to the foreman. Access "
          "goes through the operator's existing Microsoft accounts with two-factor sign-in for the office staff. "
          "Our integration code, which links the rider app and the availability page, is kept in the operator's "
          "own code repository, with automatic tests run at every change."),
        H(2, "6.1 How the pieces fit", {"architecture": "ok"}),
        Img(["Rider app", "Call centre", "Integration service", "Field-service platform", "Mechanics' phones",
             "Availability page"], "Target architecture: every report flows through one integration service."),
        H(2, "6.2 Requirement list", {"technical-requirements-table": "ok"}),
        T([["Ref.", "Domain", "Requirement", "How we check it"],
           ["T1", "Performance", "a report reaches the foreman's list in under 5 minutes", "timed on 50 test reports"],
           ["T2", "Offline", "a full shift of work is kept on the phone with no network", "one day in the car park"],
           ["T3", "Security", "two-factor sign-in for office users; role-based access", "audit of accounts"],
           ["T4", "Data", "full export in CSV and JSON within 30 days of the end", "clause in the contract"],
           ["T5", "Availability", "99.5 % monthly uptime of the platform", "supplier report"],
           ["T6", "Integration", "rider app tickets read through its public API every minute", "integration tests"],
           ["T7", "Accessibility", "buttons usable with gloves, large text mode", "test with three mechanics"]]),
        B("6.3 Technical requirements: run and support", {"technical-requirements": "ok"}),
        P("Once live, the supplier answers a blocking incident within two working hours during the season, from "
          "March to October, and within one working day in winter. The operator names two key users, the foreman "
          "and one call-centre agent, who receive every release note and test new versions for a week before they "
          "reach the mechanics. Backups are the supplier's, checked once a quarter by restoring one day of data "
          "into a test space and checking that a handful of bikes read the same as before."),
        H(1, "7. Backlog for the first release", {"product-backlog": "ok"}),
        T([["#", "User story", "Estimate", "Sprint"],
           ["1", "As a foreman, I see every open report on one list sorted by area", "5 points", "1"],
           ["2", "As a mechanic, I close a repair with no network and it syncs later", "8 points", "1"],
           ["3", "As a call-centre agent, I never type a report that already exists", "3 points", "2"],
           ["4", "As a mechanic, I see where the bike was last docked", "3 points", "2"],
           ["5", "As the Métropole's officer, I read availability per station without asking", "5 points", "3"],
           ["6", "As workshop manager, I know how many batteries are in each van", "5 points", "3"]]),
        H(1, "8. How we will accept it", {"acceptance-testing": "ok"}),
        T([["Test", "Linked to", "Pass when", "Who signs"],
           ["Report to list in under five minutes", "T1, story 1", "48 of 50 test reports arrive in time", "foreman"],
           ["A shift in the underground car park", "T2, story 2", "all repairs synced, none lost, conflicts shown", "two mechanics"],
           ["No duplicate tickets", "story 3", "no duplicate over one week of real reports", "call centre"],
           ["Availability figures match", "story 5", "the page and the contract formula agree to one decimal", "Métropole officer"],
           ["Gloves test", "T7", "three mechanics complete a repair with winter gloves", "foreman"],
           ["History import", "story 1", "twenty bikes picked at random show the same history as the spreadsheets", "workshop manager"]]),
        H(1, "9. Why these choices", {"justified-choices": "ok"}),
        P("We recommend the field-service platform, configured rather than customised, for three reasons that "
          "come straight from the brief and from the studies above. First, the only failure the operator cannot "
          "afford is a repair lost in a basement: the offline mode is therefore worth its 25 % weight, and only "
          "this product passed our car-park test. Second, the Métropole's penalties are the largest cost in the "
          "problem, so opening the availability figures through a standard API pays for itself if it saves one "
          "point of unavailability for a single winter. Third, the operator has no developer; a configured "
          "product keeps our own code to a small integration service that any agency could take over."),
        P("We also chose not to do some things. We did not keep the maker's module although it is cheaper, "
          "because its closed exports would leave the monthly file in place. We did not include rebalancing, "
          "which works today. And we accepted a first-year cost 30 k€ above the cheapest option in exchange for a "
          "plan with four weeks of margin, since the customer we called told us set-up took twice as long as "
          "promised. If the board wants to lower the cost, the battery tracking can move to the autumn release "
          "without touching the April date; we would advise against cutting anything else, since every other "
          "item answers a line of the brief."),
        H(1, "Glossary", {}),
        L(["Round: the list of bikes a mechanic visits in a half-day", "Availability: share of bikes usable by "
           "riders at a given time, by the contract's formula"]),
    ],
    missing=["response-framework"],
)
