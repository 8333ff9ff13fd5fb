from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="skeleton",
    language="en",
    notes="""Held-out round 40 (h40_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: the Régie des Ports de Thau runs three marinas (Sète, Frontignan, Balaruc; 1,450 berths) and
    books visiting boats by phone and on a whiteboard, while pontoon gates open with plastic badges nobody can
    cancel; the team specifies a berth booking and access platform. Guidance deleted. Headings retyped by
    replacing their runs (bookmarks lost): the brief as "1. What the Régie asked us", the scope study as "3. Scope",
    the problem as "4. The problem in plain words"; the justified choices retyped "9. Why we chose what we chose"
    keeping its bookmark. The benchmark conclusions hold one short paragraph (thin); the organisational scope was
    deleted with its heading (missing). Architecture drawn as a picture with a caption; every table filled.""",
    cover={"project": "Thau Berths", "client": "Régie des Ports de Thau",
           "candidate": "Lucas Ferrand", "team": "Lucas Ferrand, Inès Bouzid, Camille Sarda",
           "school": "Web School Factory"},
    sections={
        "brief-reformulation": dict(status="ok", retitle="1. What the Régie asked us", text=[
            "The Régie des Ports de Thau is the public body that runs the marinas of Sète, Frontignan and "
            "Balaruc-les-Bains: 1,450 berths, of which 1,180 are rented by the year and 270 are kept for visiting "
            "boats. In summer the three harbour offices receive up to 160 calls a day from skippers who want a berth "
            "for one or several nights. Bookings are written on a whiteboard and in a shared spreadsheet, payments are "
            "taken at the counter, and each visitor receives a plastic badge that opens the pontoon gates. About 300 "
            "badges are lost every year and none of them can be cancelled, so the gates are in practice open to "
            "anybody who once kept one.",
            "The director, Philippe Aubanel, asked us in October 2026 to specify a platform that lets skippers book "
            "and pay a berth online, that shows the harbour masters the real occupation of the pontoons in real time, "
            "and that replaces the badges with access rights that expire on their own. Annual berth holders must "
            "use the same access system. The budget is 220,000 euros over three years, and the platform must work in "
            "Sète for the season that opens on 1 May 2027, then in the two other harbours in 2028.",
            "We read the request as two linked needs rather than one: selling the visitor berths better, since the "
            "Régie estimates that 12 % of summer nights are lost to double bookings and no-shows, and securing the "
            "pontoons, after eleven thefts of outboard engines in 2025. Mr Aubanel confirmed this reading at our "
            "meeting of 6 November with the three harbour masters, and asked that security never be traded for "
            "convenience."]),
        "technology-benchmark": dict(status="ok", text=[
            "We compared four ways of building the platform. A is a marina management suite sold as a service by a "
            "Dutch company and used in about 300 European harbours. B is the booking module of the access control "
            "vendor that already equips the gates of Frontignan. C is a general booking engine for campsites, "
            "adapted by its French vendor for boats. D is a custom development on open-source components by a "
            "Montpellier agency.",
            "Each option was shown to us with a real July weekend from the Sète whiteboard, and we visited two "
            "harbours that use options A and B. We scored the four options on the eight criteria of the matrix, with "
            "weights agreed beforehand with Mr Aubanel and the harbour masters, and took the costs from written "
            "quotes over three years, including the gate readers that options C and D would need to buy. Every vendor "
            "also answered the same twelve written questions on hosting, data export, summer support and what happens "
            "to a gate when the network is cut, so that the answers could be compared line by line."]),
        "benchmark-matrix": dict(status="ok", skip_cols=1, tables=[[
            [None, "25", "5", "3", "3", "4", "July weekend replayed in each demo"],
            [None, "20", "4", "5", "2", "3", "link to the Frontignan gates tested"],
            [None, "10", "5", "3", "3", "3", "Port Camargue and La Grande-Motte visits"],
            [None, "15", "4", "4", "3", "3", "hosting and payment certificates"],
            [None, "5", "3", "2", "3", "4", "screen reader test"],
            [None, "10", "3", "4", "4", "2", "three-year quotes"],
            [None, "10", "5", "4", "3", "2", "clients, accounts, support hours"],
            [None, "5", "4", "3", "4", "3", "harbour master on a tablet"],
            [None, "100", "4.25", "3.75", "2.95", "3.15", "weighted score out of 5"]]]),
        "benchmark-conclusions": dict(status="thin", text=[
            "Option A wins clearly on bookings and on vendor maturity. Option B connects best to the gates but "
            "its booking module is young. We recommend A, connected to B's gate readers already installed in "
            "Frontignan."]),
        "scope-study": dict(status="ok", retitle="3. Scope", text=[
            "We looked at what the platform must do, who will run it and what it will cost, with the three harbour "
            "offices and the finance department of the Régie. Two points shaped the whole study. The season is short "
            "and brutal: 70 % of visitor nights are sold between June and September, so the platform must be "
            "reliable from its first summer, with no time to learn in production. And the gates are the part that "
            "the public sees most: a skipper who cannot reach his boat at midnight calls the harbour master at home, "
            "so the access rules must be simple and known to everybody before the booking screens are. The sections below "
            "take the three angles in turn; the money comes last because it depends on the two others, and because the "
            "finance department wanted to see the whole picture before any figure."]),
        "functional-scope": dict(status="ok", text=[
            "Within the scope: online booking of visitor berths by night or week with payment by card, the choice of "
            "a berth by the length and draught of the boat, the harbour masters' plan of the pontoons with arrivals "
            "and departures of the day, access rights sent to the skipper's phone as a code or a QR code that "
            "expires at the end of the stay, the same rights for the 1,180 annual holders renewed each year with "
            "their contract, and a monthly occupation report per harbour.",
            "Also within the scope: cancellations and refunds according to the Régie's rules, a waiting list for "
            "full weekends, and messages to skippers when weather closes the harbour entrance.",
            "Out of scope for now: the invoicing of annual berths, which stays in the Régie's finance software, "
            "fuel sales at the pump, the dry-stack storage of Balaruc and the technical area's crane bookings. The "
            "harbour masters asked for the crane; we keep it for the second phase because it has its own rules "
            "and only 400 uses a year."]),
        "organisational-scope": dict(status="missing"),
        "financial-scope": dict(status="ok", skip_cols=1, text=[
            "Option A stays inside the envelope with about 38,000 euros to spare, which we propose to keep for gate "
            "readers in Balaruc, whose gates are the oldest."],
            tables=[[
            [None, "€90,000", "€65,000", "€65,000", "€220,000"],
            [None, "€24,000", "€24,000", "€24,000", "€72,000"],
            [None, "€0", "€0", "€0", "€0"],
            [None, "€18,500", "€6,000", "€0", "€24,500"],
            [None, "€11,000", "€4,000", "€4,000", "€19,000"],
            [None, "€6,000", "€2,500", "€2,500", "€11,000"],
            [None, "€0", "€8,000", "€8,000", "€16,000"],
            [None, "€59,500", "€44,500", "€38,500", "€142,500"],
            [None, "€30,500", "€20,500", "€26,500", "€77,500 (€38,000 kept for gates)"]]]),
        "problem-presentation": dict(status="ok", retitle="4. The problem in plain words", text=[
            "The Régie does not lack berths or visitors. What it lacks is one shared picture of who is where. A "
            "visiting berth exists at the same time on the whiteboard of the office, in the spreadsheet, in the "
            "notebook of the harbour master on the pontoon, and in the memory of whoever took the phone call. When "
            "two of these disagree, a boat arrives at a berth that is already taken, or a berth stays empty because "
            "someone thinks it is booked.",
            "The same gap weakens security. A badge says nothing about who holds it or until when, and nobody can "
            "switch it off. The eleven engine thefts of 2025 all happened on pontoons whose gates were working; the "
            "thieves simply had a badge. Annual holders complain about this more than about any other subject, and "
            "three of them left for Port Camargue last year giving it as their reason.",
            "Finally, the harbour offices spend their summer on the phone. On a July Saturday the Sète office "
            "answers about 160 calls, most of them simple questions about availability, and the staff has no time "
            "left for the boats actually arriving. The platform must therefore give skippers the answer without a "
            "call, give the harbour masters one plan they can trust, and tie every gate opening to a person and a "
            "date."]),
        "functional-need": dict(status="ok", tables=[[
            ["F1", "Let a skipper book and pay a visitor berth online", "main",
             "share of visitor nights booked online", "60 % in the first season", "F1"],
            ["F2", "Offer only berths that fit the boat's length and draught", "main",
             "boats sent to a berth too short", "none", "F0"],
            ["F3", "Show harbour masters the live plan of every pontoon", "main",
             "delay between a booking and the plan", "under 1 minute", "F0"],
            ["F4", "Give each person gate access that ends with the stay", "constraint",
             "access still open after departure", "none", "F0"],
            ["F5", "Warn skippers when the harbour entrance is closed", "secondary",
             "message sent after closure", "within 15 minutes", "F2"],
            ["F6", "Report occupation per harbour and pontoon each month", "secondary",
             "report available to the director", "by the 3rd of each month", "F2"]]]),
        "technical-requirements": dict(status="ok", text=[
            "The recommended suite is a hosted service, so our requirements describe how it is configured, how it "
            "connects to the gates and to the Régie's finance software, and the conditions of service it must meet, "
            "rather than code we would write ourselves.",
            "Payments go through a provider certified to the card industry standard; the platform never stores card "
            "numbers. Personal data (names, phone numbers, boat registrations) is hosted in the European Union and "
            "kept for the legal period only, and the Régie remains its controller. Staff sign in with their own "
            "accounts and two-factor authentication; every change to a booking or an access right is logged with "
            "its author.",
            "The gates talk to the platform through the access vendor's documented interface. A gate must keep "
            "working for eight hours if the link to the platform is lost, with the codes already sent. The public "
            "booking pages must meet the accessibility standard for public bodies, load in under three seconds on a "
            "mobile network at sea, and exist in French, English, German and Italian. The service must be available "
            "99.5 % of the time in summer, with support the same day, including weekends from May to September. At "
            "the end of the contract the Régie gets all its data back in an open format. The harbour masters' tablets "
            "must show the pontoon plan in full sunlight, which rules out the small screens they use today."]),
        "architecture": dict(status="ok", text=[
            "Only the gate readers and the harbour masters' tablets are on site; everything else is hosted."],
            image=["Skipper's phone", "Booking suite (hosted)", "Payment provider", "Gate controller", "Finance software"],
            caption="A booking becomes a gate code and a line in the accounts."),
        "technical-requirements-table": dict(status="ok", skip_cols=1, tables=[[
            [None, "R1", "Hosted marina suite, configured, not customised", "vendor contract", "must", "demo"],
            [None, "R2", "Hosting in the European Union", "GDPR", "must", "hosting certificate"],
            [None, "R3", "Link to the existing gate controllers", "vendor API documentation", "must", "test in Frontignan"],
            [None, "R4", "Two-factor sign-in for staff, changes logged", "ANSSI guide", "must", "audit"],
            [None, "R5", "No card numbers stored, certified provider", "PCI DSS", "must", "certificate"],
            [None, "R6", "Public pages accessible", "RGAA", "must", "audit by an external firm"],
            [None, "R7", "Gates work 8 hours without the link", "contract", "must", "cut-off test"],
            [None, "R8", "All data returned in open format", "contract clause", "must", "export test"]]]),
        "product-backlog": dict(status="ok", tables=[[
            ["US1", "Booking", "visiting skipper", "to book two nights in Sète from my phone",
             "I know I have a berth before I sail", "Given a 9 m boat, only berths of 9 m or more are offered",
             "Must", "8"],
            ["US2", "Access", "skipper", "a gate code that works until I leave", "I reach my boat at any hour",
             "Given a stay ending Sunday noon, the code stops at 12:00", "Must", "5"],
            ["US3", "Plan", "harbour master", "to see today's arrivals on the pontoon plan", "I guide boats in",
             "Given a new booking, it shows on the plan within a minute", "Must", "5"],
            ["US4", "Weather", "skipper", "a message when the harbour entrance closes", "I don't sail for nothing",
             "Given a closure, a text is sent within 15 minutes", "Should", "3"]]]),
        "acceptance-testing": dict(status="ok", tables=[[
            ["T1", "US1", "Book two nights for a 9 m boat in July", "Only fitting berths offered, payment accepted",
             "20 bookings without error", "Inès"],
            ["T2", "US2", "Arrive after the end of the stay", "Gate refuses the code", "0 openings after departure",
             "Lucas"],
            ["T3", "US3", "Book from a phone while the harbour master watches the tablet", "Berth turns red on the plan",
             "under 60 seconds", "Camille"],
            ["T4", "R7", "Cut the network to the Sète gates for a night", "Codes already sent still open the gates",
             "8 hours", "access vendor"],
            ["T5", "F6", "Ask for the October report on 3 November", "Occupation per pontoon, matching the plan",
             "figures within 1 %", "harbour master of Sète"]]]),
        "justified-choices": dict(status="ok", retitle="9. Why we chose what we chose", keep_bookmark=True, text=[
            "We recommend the hosted marina suite (option A) because it is the only one that already handles what "
            "makes a harbour different from a campsite: berths sized by length and draught, boats that arrive late "
            "because of the wind, and stays that change while the boat is at sea. The harbours we visited run it "
            "with two or three people in summer, which is the Régie's situation.",
            "We did not choose the gate vendor's own booking module (B), although it connects best to the gates, "
            "because its booking part came out in 2025 and has four clients. Connecting A to the readers of B costs "
            "less than waiting for B to mature, and the vendor agreed to document its interface for us. Option C "
            "would have forced the harbour masters to think in pitches and nights, and option D would make the Régie "
            "responsible for software it has no team to maintain.",
            "We chose to replace every badge, including those of the annual holders, rather than only the visitors' "
            "ones. It is the less comfortable choice for the first season, since 1,180 holders must receive a code "
            "before May, but keeping the old badges would leave the gates as open as today, and security was the "
            "director's first condition. Finally, we chose to leave invoicing of annual berths in the finance "
            "software: moving it would double the project's risk for a process that works."]),
        "response-framework": dict(status="ok", text=[
            "The consultation will be a public tender in one lot. Candidates may offer a variant on the gates, for "
            "example their own readers instead of connecting to the existing ones, if they price the replacement of "
            "all gates in the three harbours. Answers will be judged 40 % on the demonstration with a real July "
            "weekend, 30 % on the three-year cost, 20 % on the support offered in summer and 10 % on the "
            "reversibility plan. Each candidate will answer the requirements table line by line, and may not leave a "
            "line blank: an unanswered requirement counts as not met."]),
    },
)
