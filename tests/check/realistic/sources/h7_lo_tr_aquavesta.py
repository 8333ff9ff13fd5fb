from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. A water syndicate in the Vendée picks a mobile
    field-service tool for its 48 technicians. Numbered headings in the author's words; the criteria and their
    weights are a table under the scoring-method heading with no heading of their own (merged); a decision matrix
    under "4.1"; the link between impacts and the choice is three sentences (thin); no roadmap (missing).""",
    title="Aquavesta – Choosing a field app for our technicians",
    cover=["Technology recommendation and impact measurement", "Romain Guérin – IT project officer, December 2026"],
    blocks=[
        H(1, "1. At a glance", {"executive-summary": "ok"}),
        P("Aquavesta supplies drinking water to 86,000 homes in the south of the Vendée and sends 48 technicians "
          "out every day to repair leaks, replace meters and check hydrants. Their jobs still arrive on paper "
          "slips printed each morning, and the reports come back the same way, typed again at the office two or "
          "three days later. We looked at three mobile field-service products and at the option of keeping the "
          "paper. We recommend FieldNest, a French product already used by two other water syndicates: it covers "
          "every need we listed, works without a network in the marshes, and costs 212,000 euros over five years, "
          "the lowest of the three. It will remove about 2,600 hours of typing a year and give the call centre "
          "the status of a repair in real time. We ask the board to approve the contract at its January meeting "
          "so that the first team can start in April."),
        H(1, "2. What the field teams need", {"needs-recap": "ok"}),
        P("The specification we wrote in the autumn, after riding along with six crews and interviewing the "
          "call centre, lists five needs. Technicians must receive and close their jobs on a phone or a rugged "
          "tablet, even in the areas with no mobile signal, which cover a fifth of our network. Every repair must "
          "carry photos, the parts used and the meter readings, so that nothing is typed twice. The planners need "
          "to move a job from one crew to another in a minute when a burst main comes in. The call centre must be "
          "able to tell a customer when the water will be back. And the tool has to talk to our asset register "
          "on ArcGIS and to the billing system, which we are not changing."),
        P("The benchmark kept three products out of eleven. Its main conclusion was that offline working and "
          "the ArcGIS link separate the serious candidates from the rest; price differences come second. The "
          "scope study added a constraint we had underestimated: half of the technicians are over fifty and some "
          "have never used a smartphone for work, so ease of use weighs as much as features."),
        H(1, "3. Three candidates (and doing nothing)", {"options": "ok"}),
        P("The three products are genuinely different: a specialist for water and energy networks, a general "
          "field-service tool and a module of a large suite. Keeping paper is listed so that the board sees what "
          "the status quo really costs."),
        T([["Option", "What it is", "Scope covered", "Main strength", "Main weakness"],
           ["FieldNest", "French SaaS for utilities", "all five needs", "offline mode, ArcGIS link built in", "young company"],
           ["Praxedo", "field-service SaaS, many sectors", "four needs", "very complete planning", "ArcGIS link to develop"],
           ["SAP Field Service", "module of a large suite", "all five needs", "robust, widely used", "heavy and costly for our size"],
           ["Keep paper", "today's process", "none of the new needs", "no change for teams", "typing and delays remain"]]),
        H(1, "4. How we scored them", {"evaluation": "ok", "criteria-weights": "ok"}),
        P("Each product was tested for two weeks by the same two crews, one in Luçon and one in the marshes "
          "around Marans, on their real jobs. The weights were agreed with the operations director and two crew "
          "leaders before the tests began, so that nobody could adjust them to favour a product afterwards. Scores "
          "from 1 to 5 come from the crews' test diaries, three reference calls per vendor and the written quotes. "
          "Ease of use was scored by the technicians themselves, not by the project team."),
        T([["Criterion", "Weight", "Why this weight"],
           ["Works offline", "25 %", "a fifth of the network has no signal"],
           ["Ease of use", "25 %", "older technicians must adopt it"],
           ["Link with ArcGIS and billing", "20 %", "no double typing"],
           ["Five-year cost", "20 %", "budget voted by the board"],
           ["Vendor support in French", "10 %", "small IT team"]]),
        H(2, "4.1 The matrix", {"decision-matrix": "ok"}),
        T([["Criterion (weight)", "FieldNest", "Praxedo", "SAP FS"],
           ["Offline (25 %)", "5", "4", "4"],
           ["Ease of use (25 %)", "4", "4", "2"],
           ["ArcGIS and billing (20 %)", "5", "2", "4"],
           ["Cost (20 %)", "4", "4", "2"],
           ["Support (10 %)", "4", "5", "3"],
           ["Weighted total", "4.45", "3.7", "3.0"]]),
        P("FieldNest leads on the two criteria that the benchmark had flagged as decisive. Praxedo comes close on "
          "ease of use, but its ArcGIS link would have to be built and paid for by us."),
        H(2, "4.2 Five-year cost", {"total-cost-of-ownership": "ok"}),
        T([["Cost item (5 years)", "FieldNest", "Praxedo", "SAP FS"],
           ["Licences", "132 k€", "118 k€", "245 k€"],
           ["Rugged tablets", "48 k€", "48 k€", "48 k€"],
           ["Integration", "14 k€", "62 k€", "80 k€"],
           ["Training and set-up", "18 k€", "20 k€", "41 k€"],
           ["Total", "212 k€", "248 k€", "414 k€"]]),
        P("Keeping paper costs nothing in licences but about 95,000 euros a year in typing time. Figures come "
          "from the vendors' written quotes of November and include the tablets bought once."),
        H(1, "5. Our recommendation: FieldNest", {"recommendation": "ok"}),
        P("We recommend that Aquavesta sign a five-year contract with FieldNest, with a pilot of three months "
          "for two crews before the other teams follow. The choice rests on the tests more than on the brochures: "
          "the crew in the marshes closed 96 % of its jobs offline without losing a single report, where Praxedo "
          "lost four reports in two weeks after a synchronisation error. The link with ArcGIS works out of the box "
          "because two other syndicates paid for it before us, which also explains why FieldNest is the cheapest "
          "option over five years despite licences slightly dearer than Praxedo's."),
        P("This choice covers the whole scope of the specification. Technicians receive their jobs on the tablet, "
          "attach photos and parts, and close the job on site; planners drag a job to another crew from a map; "
          "the call centre sees each repair's status and the time given by the technician. Billing receives the "
          "meter readings directly every evening. None of these needs is left for a second phase."),
        P("The main weakness of FieldNest is its size: forty employees, founded in 2019. We do not think it should "
          "stop the decision, but it must be handled in the contract. We ask for the source code to be placed in "
          "escrow, for a monthly export of all our data in an open format and for an exit clause after two years "
          "if the service level is not met. The vendor has accepted all three in writing. We also recommend "
          "buying the tablets ourselves rather than renting them from the vendor, so that a change of software "
          "later would not mean a change of hardware."),
        P("Doing nothing is not a neutral option. The paper process already costs 2,600 hours of typing a year, "
          "delays invoices by a week and leaves the call centre unable to answer customers during a cut. The "
          "regional health agency has also asked us to trace hydrant checks digitally from 2028. We therefore "
          "ask the board for a decision in January, a budget of 62,000 euros for the first year and the "
          "appointment of a crew leader as the product's owner inside the operations team."),
        H(1, "6. Measuring impact", {"impact-measurement": "ok"}),
        P("We will know the tool works if four figures move. The time between the end of a repair and its report "
          "in our systems should fall from an average of 2.4 days to the same day. Typing hours at the office "
          "should drop by at least 2,000 hours in the first full year. The share of customer calls during a cut "
          "that the call centre can answer with a return time should rise from about 30 % to 80 %. And invoices "
          "for new connections should go out within five days instead of twelve. Each figure is measured in "
          "March 2027, before the pilot, then every quarter until the end of 2028, and reported to the board. The "
          "crew leaders will also note, once a month, how many technicians still ask for a paper slip."),
        H(2, "6.1 Systems and network", {"infrastructure-impacts": "ok"}),
        T([["Impact", "What changes", "Cost or effort"],
           ["Tablets", "48 rugged tablets, mobile device management", "48 k€, IT team 10 days"],
           ["Network", "a data plan per tablet, Wi-Fi at the three depots", "9 k€ a year"],
           ["Interfaces", "FieldNest linked to ArcGIS and to billing", "vendor, 14 k€"],
           ["Printer", "the morning job printer at each depot is removed", "saving"]]),
        H(2, "6.2 Teams and ways of working", {"organisational-impacts": "ok"}),
        T([["Who", "What changes for them"],
           ["Technicians", "no paper slips; photos and readings taken on site"],
           ["Planners", "jobs moved on a live map instead of by phone"],
           ["Office staff", "two of three typing posts move to customer follow-up"],
           ["Call centre", "sees each repair's status and return time"]]),
        H(1, "7. Why the impacts support the choice", {"impacts-and-recommendation": "thin"}),
        P("The largest impact, on the technicians, is the reason ease of use weighed a quarter of the score. The "
          "interfaces are the smallest impact only because FieldNest already has them. The office posts are "
          "redeployed, not cut, which the staff representatives asked for."),
        H(1, "8. Bringing the technicians along", {"change-plan": "ok"}),
        P("We follow the five ADKAR steps, led by the crew leaders rather than by IT."),
        T([["Step", "What we do", "When"],
           ["Awareness", "crew leaders explain the end of paper at the depot meetings", "February"],
           ["Desire", "the two pilot crews show their tablets to the others", "April"],
           ["Knowledge", "one day of training per technician, at the depot, in small groups", "May – June"],
           ["Ability", "a crew leader on call for questions during the first month", "June – July"],
           ["Reinforcement", "report delays shown each month per depot", "from September"]]),
        H(1, "9. What could go wrong", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Impact", "Answer"],
           ["Older technicians reject the tablet", "medium", "high", "training in pairs, paper kept one month"],
           ["Vendor fails", "low", "high", "escrow, data export, exit clause"],
           ["Billing link late", "medium", "medium", "readings exported by file meanwhile"]]),
    ],
    missing=["roadmap"],
)
