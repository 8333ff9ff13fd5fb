from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="skeleton",
    language="en",
    notes="""Held-out round 12 (h12_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: a chain of five bouldering gyms in Brittany replaces its till software, paper waivers and
    spreadsheets with one platform for bookings, memberships, entry at the door and route setting. Guidance
    deleted. Three headings retyped by replacing their runs (bookmarks lost): the brief as "1. The brief, restated",
    the benchmark conclusions as "What the comparison tells us", the functional need as "Functions the platform
    must fulfil"; the justified choices retyped "9. Our decisions and why" keeping its bookmark. The organisational
    scope is one short paragraph (thin); the architecture diagram deleted with its heading and caption, the team
    describing the architecture in prose only (missing); the optional call for variants written, since the client
    will tender. Every table filled.""",
    cover={"project": "One platform for Bloc Rivage", "client": "Bloc Rivage SAS",
           "candidate": "Gwenaëlle Le Bihan", "team": "Gwenaëlle Le Bihan, Théo Marchand, Yasmine Haddad",
           "school": "Web School Factory"},
    sections={
        "brief-reformulation": dict(status="ok", retitle="1. The brief, restated", text=[
            "Bloc Rivage runs five bouldering gyms in Rennes, Brest, Lorient, Vannes and Saint-Malo, with 46 "
            "employees, 5,300 members and about 310,000 entries a year. The company grew from one gym in 2015 by "
            "opening a new site almost every two years, and each site kept the tools it started with. Today the "
            "front desks use a till program that does not know members from one gym to the next, new climbers sign "
            "a paper waiver that is scanned once a week, courses for children are booked through a form and a "
            "spreadsheet, and route setters plan their work on a whiteboard.",
            "The request from the two founders, Erwan and Soizic Kerhervé, was to \"get one app for everything, "
            "like the big chains have\". During three workshops and two evenings spent behind the desk in Rennes "
            "and Lorient, we understood that the app is only the visible part of the need. What the company "
            "really lacks is a single record of each climber: who they are, what they have paid, which waiver they "
            "signed and which gym they visit. Without it, a member from Brest is charged a day pass in Vannes, the "
            "desk staff spend the first hour of each evening rush checking paper, and the founders cannot say how "
            "many members they lose each month.",
            "We therefore restate the brief as follows. Bloc Rivage needs one platform, shared by the five gyms, "
            "on which climbers can sign up, sign the waiver, buy passes and book courses from their phone; on which "
            "desk staff let people in with a QR code instead of checking paper; and from which managers and route "
            "setters read the figures they need. The founders set a budget of 150,000 euros over three years, "
            "expect the platform to be live for the September 2027 season, when course enrolments peak, and want "
            "to keep control of their customer data if they change supplier later. Success will be measured by the "
            "queue time at the desk at 6 p.m., the share of passes sold online and the monthly churn of members."]),
        "technology-benchmark": dict(status="ok", text=[
            "We started from a long list of nine products used by climbing gyms in Europe, found through the French "
            "climbing federation, two trade newsletters and calls to four gym owners in Nantes, Lyon and Bordeaux. "
            "We removed the products with no French interface, those without a waiver module and one that is sold "
            "only in North America, which left three: Approach, Rock Gym Pro and Boulderado. We added a fourth "
            "option suggested by the founders, a general fitness-club platform with a booking module, Resamania.",
            "Each vendor gave us a demonstration built on the same four scenarios: a new climber signing up at home, "
            "a member entering a gym that is not their own, a parent booking a ten-week children's course, and a "
            "setter recording a new circuit. Two desk leads and the head setter scored the demonstrations with us. "
            "We read each vendor's documentation on payments, data export and hardware for the door, and asked "
            "two gyms using each product what had gone wrong in their first year."]),
        "benchmark-matrix": dict(status="ok", skip_cols=1, tables=[[
            [None, "25", "5", "4", "4", "3", "demonstration, four scenarios"],
            [None, "15", "4", "3", "4", "4", "payment and till interfaces documented"],
            [None, "5", "4", "4", "3", "4", "references, busiest evenings"],
            [None, "15", "4", "3", "4", "4", "hosting in the EU, data processing agreement"],
            [None, "5", "3", "3", "3", "4", "vendor statements, our own tests"],
            [None, "15", "3", "3", "5", "4", "three-year quotes"],
            [None, "5", "4", "5", "3", "5", "years on the market, French clients"],
            [None, "15", "4", "3", "5", "2", "desk leads' scores"],
            [None, "100", "4.1", "3.4", "4.2", "3.5", "computed"]]]),
        "benchmark-conclusions": dict(status="ok", retitle="What the comparison tells us", text=[
            "Boulderado and Approach end almost level, at 4.2 and 4.1, well ahead of Rock Gym Pro and the fitness "
            "platform. The scores alone do not decide, so we crossed them with what the scope study showed. "
            "Boulderado was designed by climbers for small chains, is the cheapest of the four over three years and "
            "was the desk leads' favourite, because letting a member in takes one scan and no menu. Approach is "
            "stronger on setting and on the member app, which the head setter liked, but its price grows with each "
            "gym and its door hardware must be bought from the vendor.",
            "The fitness platform scored well on vendor maturity but treats a bouldering session as a gym class with "
            "a fixed time slot, which is not how our members climb. Rock Gym Pro is complete but runs on software "
            "installed at each site, which would rebuild the isolated tools the founders want to leave. Given a "
            "budget of 150,000 euros, a small team that cannot run servers and a September deadline, we recommend "
            "Boulderado, with Approach as the alternative if its setting module becomes a priority later."]),
        "scope-study": dict(status="ok", text=[
            "Today each gym has its own till with its own customer file, and a member's history exists only in the "
            "gym where they first paid. Waivers are on paper, courses are in a spreadsheet kept by the Rennes "
            "manager, and setting is planned on whiteboards. The money is counted each night and sent to the "
            "accountant as a spreadsheet. The gap to close is therefore less a missing feature than a missing "
            "shared record: every team works well on its own, but nobody sees the whole chain. The three studies "
            "below cover what the platform must do, who changes how they work, and what it will cost. We based them on "
            "a week of observation at two desks, interviews with the five managers, the head setter and "
            "the accountant, and the accounts of the last two years."]),
        "functional-scope": dict(status="ok", text=[
            "Four groups of users are in scope. Climbers create an account, sign the waiver once for all five gyms, "
            "buy a day pass, a ten-entry card or a membership, and book courses and events. Parents do the same for "
            "their children and can see their course attendance. Desk staff let people in by scanning a QR code, "
            "sell passes and gear rental at the till, and handle refunds. Managers and founders read entries, sales "
            "and churn per gym and for the chain.",
            "The processes in scope are sign-up and waiver, sales at the desk and online, entry at the door, course "
            "enrolment with waiting lists, and the setting log, in which setters record each new circuit, its grade "
            "and the date it will be stripped. The shop's stock of shoes and chalk, the café of the Brest gym and "
            "payroll stay out of scope: they have their own tools, which work, and nobody asked us to change them. "
            "Competitions are also left out for the first year, since they happen twice a year and are run by the "
            "local clubs."]),
        "organisational-scope": dict(status="thin", text=[
            "The five desk leads will train their teams, and the Rennes manager hands the course spreadsheet over to "
            "the platform. The founders stay sponsors and sign off each phase. No one has run a software project in "
            "the company before, so Théo will act as project lead on the client side until September."]),
        "financial-scope": dict(status="ok", skip_cols=1, text=[
            "The founders' envelope covers the platform comfortably: our estimate leaves about 41,000 euros over three "
            "years, which pays for the door scanners and turnstile adapters in five gyms (about 24,000 euros) and "
            "keeps a contingency for the migration."], tables=[[
            [None, "€70,000", "€40,000", "€40,000", "€150,000"],
            [None, "€21,600", "€21,600", "€21,600", "€64,800"],
            [None, "included", "included", "included", "included"],
            [None, "€9,500", "€1,500", "€1,500", "€12,500"],
            [None, "€12,000", "€3,000", "€3,000", "€18,000"],
            [None, "€6,500", "€1,000", "€1,000", "€8,500"],
            [None, "€0", "€2,400", "€2,400", "€4,800"],
            [None, "€49,600", "€29,500", "€29,500", "€108,600"],
            [None, "€20,400", "€10,500", "€10,500", "€41,400 left for door hardware and contingency"]]]),
        "problem-presentation": dict(status="ok", text=[
            "Bloc Rivage has grown faster than its tools. In 2015 one gym, one till and a box of paper waivers were "
            "enough; in 2026 five gyms share members who move between them, and the paper has become the bottleneck. "
            "Between 6 and 8 p.m., when two thirds of entries happen, the Rennes desk sees queues of fifteen minutes "
            "on Mondays and Thursdays, mostly because staff search for a waiver or check a membership on another "
            "gym's till by phone. Members complain about it in reviews, and the founders know that a new gym opened "
            "by a national chain in Rennes in 2025 lets people in with a phone.",
            "The objectives of the project follow from this. First, let every climber in through the door in less "
            "than ten seconds, in any of the five gyms. Second, sell at least forty per cent of passes and all course "
            "places online by the end of the first season. Third, give the founders, for the first time, a monthly "
            "view of members gained and lost per gym. The deliverables are the configured platform, the door "
            "scanners in the five gyms, the migration of the 5,300 members and their waivers, and the training of "
            "the 46 staff. Key dates are the choice of supplier in February 2027, a pilot in Lorient in June and "
            "the switch of all gyms before the September enrolments. The constraints are the budget of 150,000 "
            "euros, the absence of any IT staff in the company and the need to keep the gyms open during the switch."]),
        "functional-need": dict(status="ok", retitle="Functions the platform must fulfil", tables=[[
            ["FP1", "Let a climber sign up and sign the waiver online", "main", "time to complete on a phone",
             "under 4 minutes", "F1"],
            ["FP2", "Let a climber in at any of the five gyms", "main", "time at the door", "under 10 seconds", "F0"],
            ["FP3", "Sell passes, cards and memberships online and at the desk", "main", "share of online sales",
             "40 % after one season", "F2"],
            ["FP4", "Book courses with a waiting list", "main", "places filled from the waiting list automatically",
             "100 %", "F1"],
            ["FP5", "Record the setting of each circuit", "main", "circuits logged with grade and strip date", "all new circuits",
             "F2"],
            ["FP6", "Report entries, sales and churn per gym", "main", "monthly report available", "by the 3rd of each month",
             "F1"],
            ["FP7", "Keep the gyms open if the internet is down", "constraint", "entries accepted offline",
             "at least 2 hours", "F0"]]]),
        "technical-requirements": dict(status="ok", text=[
            "The platform is a hosted service, bought as a subscription: Bloc Rivage has no IT staff and will not "
            "run servers. All customer data is hosted in the European Union. The vendor's member app is used as it "
            "is, in the chain's colours, rather than a custom app, which would cost more than the whole budget.",
            "At each door, a scanner reads the member's QR code from the app or from a printed card for those who "
            "prefer paper, and releases the turnstile. Each desk keeps a tablet with the vendor's till, connected to "
            "the existing card terminals through the payment provider the vendor supports. If the internet link "
            "of a gym fails, the door scanners keep a local list of valid members refreshed every fifteen minutes "
            "and accept entries for at least two hours, then send them to the platform.",
            "The platform exchanges data with two outside systems only. Sales are exported each night to the "
            "accountant's software in a standard file, and the member list is sent weekly to the newsletter tool. "
            "The waivers are signed electronically and kept for the legal period of five years after the last "
            "visit. Staff log in with their own accounts and two-factor authentication for managers; the desks get "
            "a role that cannot export customer lists. At the end of the contract, the vendor must deliver a "
            "complete export of members, waivers, sales and setting history in an open format."]),
        "architecture": dict(status="missing"),
        "technical-requirements-table": dict(status="ok", skip_cols=1, tables=[[
            [None, "A1", "hosted service, no server on site", "vendor SaaS contract", "must", "contract review"],
            [None, "H1", "customer data hosted in the EU", "GDPR chapter V", "must", "data processing agreement"],
            [None, "I1", "nightly sales export to the accountant", "CSV agreed with the accountant", "must",
             "one month of exports compared with the tills"],
            [None, "S1", "two-factor login for managers", "vendor security policy", "must", "test during acceptance"],
            [None, "G1", "waivers kept five years after the last visit, then deleted", "GDPR article 5", "must",
             "retention settings checked"],
            [None, "AC1", "member app usable with screen magnification", "WCAG 2.1 AA", "should",
             "test with two members"],
            [None, "P1", "entries accepted offline for two hours", "our own target", "must",
             "internet cut during the Lorient pilot"],
            [None, "R1", "full export in an open format at the end of contract", "contract clause", "must",
             "test export before go-live"]]]),
        "product-backlog": dict(status="ok", tables=[[
            ["US1", "Sign-up", "new climber", "to sign up and sign the waiver on my phone",
             "I can climb on my first visit without paperwork",
             "Given a new account, when I sign the waiver, then the desk sees it at once", "must", "5"],
            ["US2", "Entry", "member", "to enter any gym with my QR code", "I do not queue at the desk",
             "Given a valid membership, when I scan, then the turnstile opens in under 10 s", "must", "8"],
            ["US3", "Courses", "parent", "to book my child's course and join a waiting list",
             "I do not have to call the gym",
             "Given a full course, when a place frees up, then the first on the list is booked and told", "must", "5"],
            ["US4", "Setting", "route setter", "to log a new circuit with its grade",
             "members see what is new",
             "Given a new circuit, when I save it, then it appears in the app the same day", "should", "3"],
            ["US5", "Reporting", "founder", "to see members gained and lost per gym",
             "I can act before a gym loses money",
             "Given the end of a month, when I open the report, then churn per gym is shown", "should", "3"]]]),
        "acceptance-testing": dict(status="ok", tables=[[
            ["AT1", "US1", "ten staff members' friends sign up at home", "all ten enter without paper",
             "10 of 10", "desk lead, Lorient"],
            ["AT2", "US2", "Monday 6 to 8 p.m. in Lorient with the scanners only", "no queue longer than 3 minutes",
             "95 % of entries under 10 s", "project lead"],
            ["AT3", "US3", "open the spring children's courses online", "waiting list fills freed places by itself",
             "no place filled by hand", "Rennes manager"],
            ["AT4", "FP7", "cut the internet link for two hours during the pilot", "entries continue and are sent later",
             "no entry lost", "vendor and project lead"],
            ["AT5", "I1", "compare one month of exports with the tills", "totals match to the cent",
             "no difference", "accountant"]]]),
        "justified-choices": dict(status="ok", retitle="9. Our decisions and why", keep_bookmark=True, text=[
            "Buy, not build. A custom platform was tempting because the founders like to do things their own way, "
            "but the quotes from two agencies started at 180,000 euros before any hosting, and the company has no "
            "one to maintain it. Climbing-gym software already covers nine tenths of what we need, and the last "
            "tenth, the setting log, is not worth a custom build.",
            "Boulderado rather than Approach. The two scored almost the same, so we gave the final word to the two "
            "criteria that matter most in the brief: the queue at the door and the budget. Boulderado lets members "
            "in with one scan on hardware we can buy anywhere, and costs about a third less over three years. We "
            "accept a weaker setting module, which the head setter agreed to try for a season.",
            "One chain, not five gyms. We chose a single customer file for the five gyms, even though two managers "
            "asked to keep their own. The whole point of the project is that a member is known everywhere; local "
            "settings such as opening hours and prices remain possible within the shared file.",
            "Offline entry as a must. We made it a must and not a nice-to-have after the Brest gym lost its internet "
            "link three times last winter. A door that does not open on a Thursday evening would undo the trust the "
            "project is meant to build.",
            "Pilot in Lorient, not Rennes. The pilot runs in the smallest gym, so that problems reach fewer members, "
            "and switches the other four only once the acceptance tests are passed."]),
        "response-framework": dict(status="ok", text=[
            "Bloc Rivage will send this specification to the three best-placed vendors in January 2027. Variants are "
            "welcome on two points only: the door hardware, where a vendor may propose its own scanners if the total "
            "cost stays within the budget, and the payment provider. Each answer must include a price for three "
            "years, a migration plan for the 5,300 members and their waivers, the names of two French-speaking "
            "clients we may call, and a test account. Answers will be scored on the same weighted criteria as our "
            "benchmark, and the two best vendors will run the four scenarios again with the desk leads before the "
            "founders decide in February."]),
    },
)
