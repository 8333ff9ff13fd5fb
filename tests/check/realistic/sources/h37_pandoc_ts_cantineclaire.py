from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="pandoc",
    language="en",
    notes="""Held-out round 37 (h37_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Cantine Claire, a school-catering company in Angers (11,500 meals a day), specifies a meal-booking and
    allergen platform for parents, schools and its kitchens. Numbered headings, several shortened ("Benchmark",
    "Scope", "Functions", "Backlog"); the technical requirements split over two headings ("6. Technical
    requirements" and "7. Security, hosting and running it"); the organisational scope holds a few lines (thin);
    no call for variants (missing); a glossary appendix of the authors' own at the end.""",
    title="Cantine Claire – Specification of the meal booking platform",
    cover=["Technology Orientation project · team 4", "Lou Perrin, Adam Kessler, Noémie Vidal · December 2026"],
    blocks=[
        H(1, "1. The brief, as we understood it", {"brief-reformulation": "ok"}),
        P("Cantine Claire cooks 11,500 meals a day in its central kitchen in Angers and delivers them to 64 primary "
          "schools in nine towns. Parents book and pay for meals today through a mix of paper forms, an old web "
          "portal that the towns bought in 2012, and phone calls to the school office. Each town keeps its own list "
          "of children and allergies, and the kitchen receives the numbers by e-mail on Thursday for the following "
          "week, often with late corrections on Monday morning."),
        P("The brief from the managing director, Hélène Marchetti, asked for 'an app for parents'. After two "
          "workshops with the kitchen, three school offices and the parents' association of Trélazé, we think the "
          "real need is wider. Three problems stand out: the kitchen over-produces by about 7 % because bookings "
          "arrive late and wrong, which means roughly 800 meals thrown away each day; allergy information is copied "
          "by hand three times between the parent, the town and the kitchen, and twice this year a child received a "
          "dish with an allergen; and the towns spend an estimated 1,900 staff hours a year chasing unpaid meals."),
        P("We therefore restate the request as follows: one platform where parents book, cancel and pay meals until "
          "the day before at 10 a.m., where the allergy record of each child is kept once and checked by a "
          "dietitian, and where the kitchen sees real numbers per school and per diet every morning. The parent app "
          "is one face of it, not the whole project. Budget and timing stay as the brief set them: about 260,000 "
          "euros over two years, a pilot with three towns in September 2027."),
        H(1, "2. Benchmark", {"technology-benchmark": "ok"}),
        P("We looked at three ways to get there. The first is a ready-made school catering software sold to towns "
          "as a service; two French vendors dominate this market, and we tested the demo of the larger one. The "
          "second is a general booking and payment platform configured for meals, of the kind sports clubs and "
          "crèches use. The third is a custom web application built on an open-source framework by a local agency, "
          "reusing an identity service and a payment provider. We compared them on the criteria the kitchen and the "
          "towns cared about in the workshops, and we asked each vendor the same eleven written questions. For the "
          "custom option, we asked two Angers agencies for an estimate from the same two-page summary."),
        P("We also visited the town of Cholet, which switched to a school catering software in 2024, and spent a "
          "morning with its school office to see what changed in practice. Its staff told us the booking side works "
          "well but that allergies are still handled on paper beside the tool, which shaped our weighting."),
        H(2, "2.1 Scoring matrix", {"benchmark-matrix": "ok"}),
        T([["Criterion (weight)", "School catering SaaS", "Generic booking platform", "Custom application"],
           ["Allergy record checked by a dietitian (25 %)", "3 – exists, no validation step", "1 – free text only", "5 – built to our rules"],
           ["Kitchen numbers per diet (20 %)", "4 – daily export", "2 – manual export", "5 – live"],
           ["Cost over five years (20 %)", "3 – 310 k€", "5 – 150 k€", "3 – 290 k€"],
           ["Time to pilot (15 %)", "5 – 3 months", "4 – 4 months", "2 – 9 months"],
           ["Data stays in the EU, reversibility (10 %)", "3", "3", "5"],
           ["Fit with the towns' billing (10 %)", "4", "2", "4"],
           ["Weighted score", "3.55", "2.65", "4.05"]]),
        H(2, "2.2 What the benchmark tells us", {"benchmark-conclusions": "ok"}),
        P("No option wins on every line. The generic platform is cheap, but it treats a meal like a yoga class: "
          "allergies would sit in a free comment, which is exactly the weakness that caused this year's two "
          "incidents. We drop it. The school catering software is the quickest way to a pilot and the towns already "
          "know this kind of tool, but its allergy module has no step where a dietitian validates a record, and its "
          "vendor would not commit to adding one before 2028."),
        P("The custom application scores highest because it fits the one requirement nobody will compromise on, the "
          "checked allergy record, and because the kitchen gets live numbers instead of a spreadsheet. Its two "
          "weaknesses are the time to pilot and the risk of depending on a small agency. We reduce both by buying "
          "the hard parts instead of building them: identity through FranceConnect, payment through an existing "
          "provider, and hosting on a French cloud. Crossing the three studies, we conclude that the custom route is "
          "worth the extra months, on condition that the pilot date moves from September to November 2027 and that "
          "the code belongs to Cantine Claire."),
        H(1, "3. Scope", {"scope-study": "ok"}),
        P("Before writing requirements, we mapped what the platform touches: who uses it, which tasks it takes "
          "over, which teams change the way they work, and what it costs to build and run. The study covers the "
          "nine towns that hold a contract with Cantine Claire, the central kitchen and its two delivery teams. It "
          "leaves out secondary schools, which have their own caterer, and the towns' accounting systems, which the "
          "platform only feeds with a monthly file. We kept the scope deliberately narrow so that a pilot is "
          "possible within the budget."),
        P("The three sub-studies below follow the same order as the workshops: what the platform must do, who "
          "changes their daily work because of it, and how much it costs over the first years. Each one ends with "
          "the points the board must decide."),
        H(2, "3.1 Functional", {"functional-scope": "ok"}),
        P("For parents, the platform covers registering a child once for the school year, booking meals by the "
          "week or by a repeating pattern, cancelling until the day before at 10 a.m., paying by card or direct "
          "debit, and declaring an allergy or a diet with a medical certificate. Parents with several children see "
          "them on one screen; separated parents can each hold an account for the same child."),
        P("For the towns, it covers the list of children per school, the price scale by family income, the monthly "
          "billing file, and the list of unpaid meals with automatic reminders. For the school staff, a daily list "
          "per class of who eats and with which diet, printable and on a tablet. For the kitchen, the numbers per "
          "school and per diet at 10:15 every morning and a weekly forecast. The dietitian validates or rejects each "
          "allergy record before it reaches the kitchen. Menus are published two weeks ahead, with allergens. Out of "
          "scope for now: snacks, after-school clubs and holiday centres."),
        H(2, "3.2 Organisation", {"organisational-scope": "thin"}),
        P("The school offices stop taking bookings by phone. The kitchen's planning clerk works from the live "
          "numbers instead of the Thursday e-mails. One dietitian, already on staff, takes on the validation of "
          "allergy records, about two hours a day at the start of the year."),
        H(2, "3.3 Budget", {"financial-scope": "ok"}),
        T([["Item", "Year 1", "Year 2", "Then per year"],
           ["Agency development", "148 k€", "42 k€", "20 k€ maintenance"],
           ["Hosting and monitoring", "6 k€", "7 k€", "7 k€"],
           ["Payment provider fees", "2 k€", "9 k€", "9 k€"],
           ["Project lead (internal, half time)", "28 k€", "14 k€", "—"],
           ["Training of school staff", "8 k€", "4 k€", "2 k€"],
           ["Total", "192 k€", "76 k€", "38 k€"]]),
        P("The two-year total of 268 k€ slightly exceeds the brief's envelope; we expect the reduced food waste, "
          "valued at about 95 k€ a year by the kitchen, to repay it in under three years. The towns pay nothing extra."),
        H(1, "4. The problem in a nutshell", {"problem-presentation": "ok"}),
        P("Today, the number of meals cooked in Angers is a guess made on Thursday from e-mails sent by nine towns, "
          "each with its own habits. The kitchen adds a safety margin because it must never leave a child without a "
          "meal, and the margin ends up in the bin. When a parent cancels on Monday, the school office writes it on "
          "a sheet, the town may or may not pass it on, and the parent is billed anyway, which feeds disputes and "
          "unpaid bills."),
        P("Allergies are the serious part. A parent gives a certificate to the school, the school sends a copy to "
          "the town, the town types a note in its list, and the kitchen receives a line such as 'no nuts' without "
          "the detail of which nuts or how severe. Twice this year, a substitute dish reached a child who should not "
          "have had it; nobody was hurt, but the insurer has asked for a written procedure."),
        P("The decision the board must take is therefore not about an app design. It is whether Cantine Claire "
          "takes over the booking and the allergy record from the towns, with the responsibility that comes with "
          "it, in exchange for exact numbers and less waste. The towns we met are in favour, provided billing stays "
          "theirs. This specification assumes the board says yes."),
        H(1, "5. Functions", {"functional-need": "ok"}),
        T([["Function", "For whom", "Criterion", "Level"],
           ["Book and cancel meals for each child", "Parents", "Deadline for changes", "The day before at 10 a.m."],
           ["Pay online or by direct debit", "Parents, towns", "Payment methods", "Card, SEPA debit, meal vouchers"],
           ["Declare an allergy with its certificate", "Parents", "Validation delay", "Checked by the dietitian within 2 working days"],
           ["Show who eats today and with which diet", "School staff", "Availability", "By 10:15, on tablet and paper"],
           ["Give the kitchen numbers per school and diet", "Kitchen", "Accuracy", "Matches bookings, no manual step"],
           ["Produce the monthly billing file per town", "Towns", "Format", "The towns' existing import format"],
           ["Publish menus with allergens", "Everyone", "Lead time", "Two weeks ahead"],
           ["Remind families of unpaid meals", "Towns", "Reminder schedule", "Automatic after 15 and 30 days"]]),
        H(1, "6. Technical requirements", {"technical-requirements": "ok"}),
        P("The application is a responsive web app, usable on a phone without installing anything, with a parent "
          "side, a staff side and a kitchen side sharing one back end. It must stay usable for 11,500 daily bookings "
          "and a peak of about 3,000 parents connected at once on Sunday evenings. Pages must load in under two "
          "seconds on a 4G phone. It must meet the French accessibility standard at level AA, because several "
          "parents and school staff use screen readers or large fonts. Every change to an allergy record is kept "
          "with its author and date, and the kitchen view can never show a record that the dietitian has not "
          "validated."),
        H(1, "7. Security, hosting and running it", {"technical-requirements": "ok"}),
        P("Health data about children is sensitive data under the GDPR, so hosting must be certified for health "
          "data in France, with encrypted storage and backups kept for thirty days in a second data centre. Parents "
          "sign in through FranceConnect or a password with a second factor; staff through the company directory. "
          "The agency runs the platform for the first two years with an availability target of 99.5 % between 6 a.m. "
          "and 10 p.m., and a response within one hour to any incident that blocks the kitchen numbers. A data "
          "protection impact assessment is written before the pilot, and the source code is deposited with "
          "Cantine Claire at every release."),
        H(2, "7.1 Target architecture", {"architecture": "ok"}),
        Img(["Parent web app", "API and booking rules", "Database (HDS)", "Kitchen screen", "Towns' billing file"],
            "Figure 1 – The platform: one back end, three faces, one export to the towns"),
        H(2, "7.2 Requirement list", {"technical-requirements-table": "ok"}),
        T([["Ref.", "Domain", "Requirement", "Priority"],
           ["T1", "Performance", "3,000 simultaneous users, pages under 2 s on 4G", "Must"],
           ["T2", "Security", "Health-data certified hosting in France, encryption at rest", "Must"],
           ["T3", "Identity", "FranceConnect for parents, company directory for staff", "Must"],
           ["T4", "Traceability", "Every allergy record change logged with author and date", "Must"],
           ["T5", "Accessibility", "French accessibility standard, level AA", "Must"],
           ["T6", "Interfaces", "Monthly billing export in each town's format", "Should"],
           ["T7", "Operations", "99.5 % availability 6 a.m. – 10 p.m., one-hour response", "Should"]]),
        H(1, "8. Backlog", {"product-backlog": "ok"}),
        T([["Story", "As a…", "I want to…", "Priority", "Points"],
           ["B1", "parent", "book the whole term for my child in one go", "Must", "8"],
           ["B2", "parent", "cancel tomorrow's meal from my phone before 10 a.m.", "Must", "5"],
           ["B3", "dietitian", "see each new allergy record with its certificate and accept or refuse it", "Must", "8"],
           ["B4", "kitchen clerk", "see tomorrow's numbers per school and per diet at 10:15", "Must", "5"],
           ["B5", "school staff", "print the list of who eats today, by class", "Should", "3"],
           ["B6", "town officer", "download the monthly billing file", "Should", "5"],
           ["B7", "parent", "receive a reminder when a payment fails", "Could", "3"]]),
        H(1, "9. Acceptance", {"acceptance-testing": "ok"}),
        T([["Test", "Linked to", "Scenario", "Expected result"],
           ["A1", "B2", "A parent cancels at 9:58 the day before", "The meal is not billed and disappears from the kitchen count"],
           ["A2", "B2", "A parent tries to cancel at 10:01", "The app refuses and explains the deadline"],
           ["A3", "B3", "A record is refused by the dietitian", "The parent is told why; the kitchen never sees it"],
           ["A4", "B4, T1", "3,000 simulated parents book on a Sunday evening", "Pages stay under 2 s, no booking lost"],
           ["A5", "B6", "The billing file is imported by the town of Trélazé", "Import succeeds without manual edits"]]),
        H(1, "10. Why we chose what we chose", {"justified-choices": "ok"}),
        P("We chose a custom application over a ready-made product for one reason above the others: the allergy "
          "record must be validated by a person who knows what she is reading before the kitchen ever sees it, and "
          "none of the products we tested can guarantee that. The benchmark matrix confirms the choice, but we would "
          "have made it even with a lower score, because the cost of another incident is not measured in euros."),
        P("We chose a web app rather than native mobile apps because parents already juggle too many apps and "
          "because one code base halves the maintenance cost. We chose to buy identity and payment rather than "
          "build them, which cuts the agency estimate by about 40 k€ and removes the riskiest parts from our "
          "own code. We chose health-data certified hosting although it costs twice as much as ordinary hosting, "
          "because the law requires it for this kind of record and because the towns asked for it explicitly."),
        P("Finally, we moved the pilot to November 2027 instead of September. Launching at the school start, when "
          "every family registers at once, would test the platform at its worst moment with untrained staff. A "
          "November start with three volunteer towns gives us two months of real use before the other six join in "
          "January 2028, and it keeps the old portal running as a fallback for the first term."),
        H(1, "Appendix A – Glossary", {}),
        L(["HDS: French certification for hosting health data",
           "FranceConnect: the State's sign-in service, used by most French adults",
           "Diet: any meal other than the standard one (no pork, vegetarian, medical)"]),
    ],
    missing=["response-framework"],
)
