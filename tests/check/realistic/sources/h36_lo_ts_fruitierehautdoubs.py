from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 36 (h36_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer: the Fruitière du Haut-Doubs, a dairy cooperative of 270 farms, wants an
    app for its tanker drivers and farmers to replace paper collection slips. The authors' own headings; the benchmark
    conclusions, the organisational part, the requirement list and the justified choices are bold Normal paragraphs.
    The scope overview and the functional scope share one heading ("3. Scope, and what is in it"; merged). The
    architecture diagram heading has nothing under it (empty). No response framework for vendors (optional section,
    missing).""",
    missing=["response-framework"],
    title="Collecte+ : from paper slips to an app",
    cover=["Functional and technical specification", "Team: Jeanne Vuillemin, Romain Cuenot, Yasmine Ouali",
           "Client: Fruitière du Haut-Doubs, Pontarlier – November 2026"],
    blocks=[
        H(1, "1. What the cooperative asked, in our words", {"brief-reformulation": "ok"}),
        P("The Fruitière du Haut-Doubs collects milk from 270 farms around Pontarlier and turns it into Comté and "
          "Morbier in two cheese dairies. Every morning and every second evening, nine tanker drivers stop at each "
          "farm, read the level in the cooling tank, take a sample for the laboratory and write the volume on a "
          "carbon slip. The farmer keeps the yellow copy; the white copy travels back to the office in a box, where "
          "two people type about 2,400 slips a week into the accounting software. Milk is paid on volume and on "
          "quality (fat, protein, cell count, bacteria), and the quality results come back from the laboratory by "
          "post, ten days later."),
        P("The board's first request, in the meeting of 8 October, was 'a tablet for the drivers'. When we talked to "
          "the office, to four drivers and to eleven farmers, we understood that the tablet is only a means. What the "
          "cooperative really wants is three things. First, to stop retyping slips, because typing errors cause "
          "about forty payment disputes a year and each one takes hours to settle. Second, to warn a farmer the same "
          "day when a sample is bad, instead of ten days later, since a high cell count caught early saves a whole "
          "month of penalties. Third, to know where each tanker is, so that the dairy can start a vat when the milk "
          "really arrives and not on a fixed timetable."),
        P("We therefore reformulate the brief as follows: design a collection system in which the volume and the "
          "sample are recorded once, at the farm, by the driver; in which the farmer sees his volumes and results on "
          "his phone; and in which the office and the dairies see the collection in real time. The system must work "
          "in valleys with no mobile signal, must be usable with gloves in winter, and must be live before the "
          "collection campaign of April 2028. The budget voted by the board is 240,000 euros over three years."),
        H(1, "2. Looking at what exists", {"technology-benchmark": "ok"}),
        P("We looked for solutions in three directions. The first is dedicated dairy collection software, used by "
          "large groups and some cooperatives in France and Switzerland; we met two vendors, Milkoll and LaitTrack, "
          "and visited a cooperative in Savoie that uses the first one. The second is a general field-service "
          "platform, of the kind used by maintenance companies, configured for milk collection; we tested the trial "
          "version of one of them on two tanker rounds. The third is a custom application built by a local agency "
          "on top of the cooperative's existing accounting software, which already holds the list of farms and the "
          "payment rules. We compared them on the same grid, with weights agreed with the director before we saw any "
          "demonstration, so that no vendor's charm could move them afterwards."),
        P("Each option was scored from 1 to 5 by the three of us separately, then we discussed every gap of more "
          "than one point. Where we could, a score rests on a test we ran ourselves, not on a brochure: the offline "
          "criterion, for example, was checked on a real round."),
        H(2, "2.1 Scores", {"benchmark-matrix": "ok"}),
        T([["Criterion", "Weight", "Milkoll", "LaitTrack", "Field platform", "Custom app"],
           ["Works offline in the valleys for a whole round", "25 %", "5", "3", "4", "4"],
           ["Reads the tank gauge and sample barcode directly", "20 %", "5", "4", "2", "3"],
           ["Link to our accounting and milk payment rules", "20 %", "3", "3", "2", "5"],
           ["Farmer app with same-day quality alerts", "15 %", "4", "2", "1", "4"],
           ["Three-year cost within the voted budget", "10 %", "3", "4", "5", "3"],
           ["Support in French, on site within a day", "10 %", "4", "5", "3", "4"],
           ["Weighted score out of 5", "", "4.2", "3.45", "2.75", "3.9"]]),
        B("What the scores tell us", {"benchmark-conclusions": "ok"}),
        P("Milkoll comes first, and not by a small margin on the criteria that matter most: it is the only product "
          "whose tablets keep a full round in memory without signal, and it reads the gauge of the tanks that most "
          "farms already have. The cooperative in Savoie told us that its drivers stopped using paper within three "
          "weeks. Its weak point is the link with our accounting: Milkoll exports a file, and someone would still "
          "have to check it before each payment run."),
        P("The custom application comes second. It would fit the payment rules perfectly, but it would be the "
          "first of its kind, built by an agency of six people, and the cooperative would carry the risk of its "
          "offline mode. The field platform is cheap but would need so much configuration that it stops being "
          "cheap, and it offers nothing for farmers. LaitTrack is solid but has no farmer app at all. We therefore "
          "keep Milkoll for the collection, and ask for a small custom connector to the accounting software."),
        H(1, "3. Scope, and what is in it", {"scope-study": "ok", "functional-scope": "ok"}),
        P("The project covers the whole path of a litre of milk, from the farm tank to the farmer's payment, but not "
          "what happens inside the dairies once the milk is in the vat: cheese making has its own software, which "
          "we do not touch. It covers the nine drivers, the 270 farms, the office and the two dairy managers; it "
          "excludes the cooperative's shop and its cattle feed business, which were mentioned in the first meeting "
          "but have nothing to do with collection."),
        P("Inside that perimeter, the functions are these. For the driver: the list of farms of the round in the "
          "right order, the reading of the tank level, the scan of the sample tube, a photo when something is "
          "wrong (a dirty tank, a temperature above 4 °C), and the farmer's signature on the screen. For the farmer: "
          "volumes per collection, laboratory results as soon as they arrive, alerts when a result crosses a "
          "threshold, and the monthly pay slip. For the office: the check of the month's volumes before payment and "
          "the list of anomalies. For the dairies: the position of each tanker and its expected volume. A function "
          "for ordering cleaning products was asked for by two farmers; we leave it for later."),
        B("Who changes how they work", {"organisational-scope": "ok"}),
        P("The drivers change the most. They will carry a rugged tablet instead of a slip book, and some of them, "
          "the oldest, told us frankly that they fear it. We plan a two-day training per driver, given by the "
          "driver of the Savoie cooperative who trained his own colleagues, and a paper slip book kept in every "
          "tanker for the first three months in case the tablet fails."),
        P("In the office, the two people who type slips today will stop typing. Their job becomes checking "
          "anomalies, answering farmers and preparing the payment run, which the director sees as an upgrade and "
          "has discussed with them; neither job disappears. The dairy managers gain a screen that shows the "
          "tankers, and must decide who watches it on weekends. The farmers need a phone and must accept the app; "
          "for the thirty farmers with no smartphone, the monthly results keep coming by post. Finally, the "
          "cooperative needs one person to own the system: we propose the deputy office manager, at a fifth of her "
          "time."),
        H(2, "3.2 Money", {"financial-scope": "ok"}),
        T([["Item", "Year 1", "Year 2", "Year 3", "Total"],
           ["Milkoll licences, nine tablets and farmer app", "38,000 €", "31,000 €", "31,000 €", "100,000 €"],
           ["Rugged tablets, mounts and spare units", "16,000 €", "", "4,000 €", "20,000 €"],
           ["Connector to the accounting software (agency)", "28,000 €", "3,000 €", "3,000 €", "34,000 €"],
           ["Training of drivers and office staff", "9,000 €", "2,000 €", "", "11,000 €"],
           ["Internal owner, one fifth of a full-time post", "9,000 €", "9,000 €", "9,000 €", "27,000 €"],
           ["Contingency, about ten per cent of the total", "10,000 €", "5,000 €", "5,000 €", "20,000 €"],
           ["Total", "110,000 €", "50,000 €", "52,000 €", "212,000 € for a budget of 240,000 €"]]),
        H(1, "4. The problem in one page", {"problem-presentation": "ok"}),
        P("A slip is written by hand at six in the morning, in the cold, often by the light of the tanker. It then "
          "spends up to a week in a box before someone types it. Everything that goes wrong with milk payment today "
          "starts from this: a 7 read as a 1, a slip lost in the tanker, two farms with similar names swapped. Last "
          "year, forty payment disputes took the office about three hundred hours to settle, and four of them ended "
          "with a farmer threatening to leave the cooperative."),
        P("The second part of the problem is time. The laboratory analyses each sample within a day, but the farmer "
          "learns his results ten days later, by post. When the cell count of a herd climbs, usually because of an "
          "infection in one or two cows, every day of delay means milk paid at a penalty rate. The farmers we met "
          "said they would act the same day if they knew."),
        P("The third part is the dairies. Without knowing where the tankers are, they start filling vats on a "
          "timetable, and when a tanker is late on snowy roads, the cheese makers wait, paid, for an hour or two. "
          "The dairy in Frasne estimates that it loses sixty working hours a month this way in winter."),
        P("None of these problems is about technology as such. They come from recording the same fact several "
          "times, far from where it happens, and from sending it slowly. The solution must record once, at the farm, "
          "and make the fact visible to everyone who needs it within minutes."),
        H(1, "5. What the app must do", {"functional-need": "ok"}),
        T([["Function", "For whom", "Criterion", "Level", "Flexibility"],
           ["Record the volume of a tank at the farm", "driver", "time per farm", "under 90 seconds", "low"],
           ["Identify the sample tube without typing", "driver", "scan success at first try", "98 %", "low"],
           ["Keep a round without signal", "driver", "farms stored offline", "a full round of 40 farms", "none"],
           ["Show results and alert the farmer", "farmer", "delay after the laboratory result", "under 2 hours", "medium"],
           ["Prepare the monthly payment", "office", "volumes checked by hand", "anomalies only", "medium"],
           ["Locate the tankers", "dairy managers", "position refresh", "every 5 minutes", "high"]]),
        P("The first three functions are the heart of the need: if a driver cannot record a farm in the cold, "
          "without signal and in less than two minutes, nothing else in the app matters to the cooperative."),
        H(1, "6. Under the hood", {"technical-requirements": "ok"}),
        P("The system is hosted by the vendor in France, on a provider certified to ISO 27001; the cooperative's "
          "data (farms, volumes, results, payments) stays in the European Union and can be exported in full, in an "
          "open format, at any time and at the end of the contract. Farmers' names, addresses and bank details are "
          "personal data: access is limited by role, every access to a pay slip is logged, and a processing record "
          "is added to the cooperative's GDPR register."),
        P("The tablets must survive minus fifteen degrees, rain and a fall from the cab step, and their screen must "
          "work with work gloves. The app must keep a whole round offline and send everything as soon as the tanker "
          "finds a signal, without losing or duplicating a collection if the signal drops mid-sending. The farmer "
          "app must be readable by people with poor eyesight: large text, high contrast, and no information given "
          "by colour alone."),
        P("Availability matters most at five in the morning, when the rounds start: the service must be up more "
          "than 99.5 % of the time between four and ten a.m., and a failure at that hour must be answered within "
          "thirty minutes. The connector to the accounting software runs every night and reports any line it could "
          "not match. All exchanges between tablets, servers and phones are encrypted."),
        H(2, "6.1 Diagram of the platform", {"architecture": "empty"}),
        B("Requirement list", {"technical-requirements-table": "ok"}),
        T([["Area", "Ref.", "What is required", "Priority", "How we check it"],
           ["Hosting", "H1", "Data hosted in France, ISO 27001 provider", "must", "certificate in the offer"],
           ["Offline", "O1", "A round of 40 farms recorded with no signal", "must", "test round in the Saugeais valley"],
           ["Personal data", "P1", "Pay slips visible only to the farmer and the office", "must", "access test with three roles"],
           ["Accessibility", "A1", "Farmer app readable at large text size", "should", "test with five farmers over 60"],
           ["Availability", "V1", "99.5 % between 4 and 10 a.m.", "must", "monthly report from the vendor"],
           ["Reversibility", "R1", "Full export in an open format", "must", "export tested before go-live"]]),
        H(1, "7. Stories for the first release", {"product-backlog": "ok"}),
        T([["ID", "Group", "As…", "I want…", "So that…", "Accepted when", "Priority", "Points"],
           ["S1", "Round", "a driver", "my farms in round order", "I lose no time", "the list matches the paper round", "must", "3"],
           ["S2", "Round", "a driver", "to scan the tube", "no sample is swapped", "a scan links tube and farm", "must", "5"],
           ["S3", "Round", "a driver", "to work without signal", "the valleys are covered", "a round syncs later with no loss", "must", "8"],
           ["S4", "Farm", "a farmer", "an alert on a bad result", "I can treat my cows today", "the alert arrives within 2 hours", "must", "5"],
           ["S5", "Office", "the office", "a list of anomalies", "I check only those", "each anomaly links to its collection", "should", "5"],
           ["S6", "Dairy", "a dairy manager", "to see the tankers", "I start vats on time", "the map refreshes every 5 min", "could", "3"]]),
        P("Stories S1 to S4 together are enough to stop paper slips; they form the first release."),
        H(1, "8. How we will accept it", {"acceptance-testing": "ok"}),
        T([["Test", "Story", "What we do", "What should happen", "Threshold", "Who tests"],
           ["T1", "S1, S2", "a full morning round with the new tablet", "every farm recorded and scanned", "no missing farm", "driver and Romain"],
           ["T2", "S3", "the Saugeais round with the tablet in flight mode", "all collections sent once signal returns", "zero loss, zero duplicate", "driver"],
           ["T3", "S4", "a laboratory result above threshold", "the farmer's phone rings", "within 2 hours", "three volunteer farmers"],
           ["T4", "S5", "a month of volumes through the connector", "totals equal the laboratory totals", "no blocking defect", "office"]]),
        P("The cooperative signs the acceptance report only when all four tests pass with no blocking defect "
          "and at most three minor ones."),
        B("WHY THESE CHOICES", {"justified-choices": "ok"}),
        P("Buying rather than building. We could have had an application made to measure, and it would have fitted "
          "the payment rules better. We chose to buy Milkoll because the riskiest part of the project is the "
          "offline round in the valleys, and Milkoll has done that for years in Savoie, while an agency would do it "
          "for the first time at our expense. The gap with payment rules is closed by a small connector, which is "
          "much cheaper to get wrong than a whole app."),
        P("Tablets rather than the drivers' own phones. Phones would have saved 16,000 euros, but they do not "
          "survive the cold, cannot read the tank gauge and would mix private and work use. The drivers' union "
          "representative also preferred a work device."),
        P("Farmers' alerts rather than the tanker map first. The dairies asked loudly for the map, but the alerts "
          "touch the farmers' income and their trust in the cooperative, which is what the board cares about most. "
          "The map comes in the second release."),
        P("Keeping paper for three months. A clean cut would have been simpler for the office, but a single failed "
          "round without a fallback would destroy the drivers' confidence. We chose to keep slip books in the "
          "tankers until July 2028, knowing it means some double work in the first weeks, and that the office will compare both records every Friday."),
    ],
)
