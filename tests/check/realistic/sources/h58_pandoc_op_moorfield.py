from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 58 (h58_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: a Yorkshire dairy co-operative rolls out rugged tablets to its 58 milk-collection drivers
    and replaces paper dockets. The author's own numbered headings, several in UPPER CASE; objectives, work
    packages, schedule, key dates, budget, staffing, RACI and training are tables. The people needs and the
    organisational arrangements share one heading (merged). The author dropped the section on how the project is
    steered (missing).""",
    title="Moorfield Dairy Co-operative – putting tablets in the tankers",
    cover=["Technology orientation project – operational plan", "Hannah Whitcombe, MSc Digital Innovation, December 2026"],
    blocks=[
        H(1, "1. WHAT WE COMMIT TO", {"smart-objectives": "ok"}),
        P("Every target below has an owner, a number and a date. We kept only four: more would have been "
          "ignored by a board that meets once a month and reads one page."),
        T([["Objective", "Measure", "Target", "By"],
           ["Paper dockets gone", "share of collections recorded on tablet", "100 % of 412 farms", "30 June 2027"],
           ["Faster payment to farmers", "days between collection and milk statement", "from 9 days to 2",
            "31 July 2027"],
           ["Fewer disputes", "quality disputes raised by farmers per month", "from 35 to under 10",
            "30 September 2027"],
           ["Drivers on board", "drivers rating the tablet easy to use in the survey", "at least 80 %",
            "30 September 2027"]]),
        H(1, "2. Rolling it out: one depot first, then the others", {"deployment-strategy": "ok"}),
        P("Moorfield collects milk from 412 family farms across the Dales with 58 drivers working out of three "
          "depots: Skipton, Hawes and Thirsk. Today each driver writes the volume, temperature and sample number "
          "on a carbon docket, which is keyed in at head office two to nine days later. Errors in that keying "
          "are behind most of the disputes with farmers over quality payments."),
        P("We will not switch all three depots at once. Skipton goes first because it has the shortest rounds, "
          "a depot manager who volunteered and the best mobile coverage. Its 19 drivers use the tablets for six "
          "weeks while still filling in paper dockets, so that head office can compare both and find the gaps "
          "before paper is dropped. Only when two weeks in a row show fewer than one discrepancy per hundred "
          "collections do we stop the paper in Skipton."),
        P("Hawes follows, and it is the hard case: the upland rounds lose signal for up to forty minutes, so "
          "the tablets must record offline and send everything when the tanker is back in range. We give Hawes "
          "two extra weeks of parallel running for that reason. Thirsk, the largest depot, comes last, when the "
          "support team has learnt from the first two. Farmers receive a letter and a visit from their usual "
          "driver before their depot switches, since they will now sign on the screen instead of on paper. If "
          "any depot fails its threshold, we stop, fix and rerun its parallel weeks rather than push on."),
        H(1, "3. WORK PACKAGES", {"wbs": "ok"}),
        T([["Package", "Content", "Lead", "Effort"],
           ["WP1 Devices", "buy 64 rugged tablets, cradles, chargers for 58 tankers", "fleet manager", "12 days"],
           ["WP2 App", "configure the collection app, offline mode, link to the milk-payment system",
            "IT lead with the vendor", "45 days"],
           ["WP3 Data", "load farm list, tank sizes, sample codes", "payments officer", "8 days"],
           ["WP4 Pilot and rollout", "parallel running and switch, depot by depot", "project manager", "60 days"],
           ["WP5 People", "training, farmer letters, driver champions", "HR adviser", "25 days"]]),
        H(1, "4. Calendar", {"implementation-schedule": "ok"}),
        P("The plan runs over ten months, from January to October 2027. We avoided the spring flush, from late "
          "April to early June, when volumes peak and drivers work long days: no depot switches during those "
          "weeks, and Hawes waits until the flush is over. The schedule leaves three weeks of slack before the "
          "autumn, when rounds change with the winter timetable."),
        T([["Step", "Start", "End"],
           ["Devices bought and fitted", "January 2027", "February 2027"],
           ["App configured and tested", "January 2027", "March 2027"],
           ["Skipton parallel running and switch", "March 2027", "April 2027"],
           ["Hawes parallel running and switch", "June 2027", "July 2027"],
           ["Thirsk parallel running and switch", "August 2027", "September 2027"],
           ["Review and closure", "October 2027", "October 2027"]]),
        H(2, "4.1 Key dates", {"milestones": "ok"}),
        T([["Milestone", "Date", "Go / no-go decided by"],
           ["App passes offline test on the Hawes round", "19 March 2027", "IT lead"],
           ["Paper stopped in Skipton", "30 April 2027", "operations director"],
           ["Paper stopped in Hawes", "23 July 2027", "operations director"],
           ["Paper stopped everywhere", "24 September 2027", "board"]]),
        H(1, "5. WHAT IT COSTS", {"budget": "ok"}),
        T([["Step", "Cost", "Main items"],
           ["Devices", "£61,400", "64 tablets at £780, cradles and fitting"],
           ["App and integration", "£38,000", "licence for the first year, vendor days"],
           ["Pilot and rollout", "£17,500", "overtime for parallel running, travel"],
           ["Training and communication", "£9,200", "driver sessions, farmer letters"],
           ["Contingency (10 %)", "£12,600", "held by the operations director"],
           ["Total", "£138,700", "—"]]),
        H(2, "5.1 Why these figures", {"budget-assumptions": "ok"}),
        P("The tablet price comes from two quotes received in October; we took the dearer one because it "
          "includes a three-year replacement warranty, and a tablet dropped in a farmyard is not a rare event. We "
          "bought six spares, one in ten, which the fleet manager judged right from the breakage rate of the "
          "current handheld meters."),
        P("The app licence is priced per driver per month, £36 for 58 drivers, and the vendor charges its "
          "integration days at £650. We counted twenty days, the figure it gave for a payment system like ours, "
          "and asked for a fixed price on the link to the milk-payment software."),
        P("The overtime line is the one we are least sure of. Parallel running adds about ten minutes per "
          "round, paid at time and a half, for six weeks in Skipton and Thirsk and eight in Hawes. The total "
          "stays within the £150,000 the board set aside in its 2027 budget, and the contingency covers a "
          "fourth week of delay at any one depot."),
        H(1, "6. People and organisation", {"human-organisational-needs": "ok", "organisational-needs": "ok"}),
        P("The project needs a part-time project manager, Dan Ashworth from operations, for three days a week, "
          "and the IT lead for half her time until the app is live. Each depot names a driver champion who rides "
          "with colleagues during their first week on the tablet, with two hours a week off the rounds for that "
          "role. The payments officer must check every tablet record against the paper docket during the "
          "parallel weeks, which means a temporary clerk at head office for four months."),
        P("The organisation changes too. Keying dockets at head office stops, and the two people who do it "
          "today move to farmer support, answering questions about the new statements. Depot managers become "
          "responsible for the tablets in their depot, including spares and chargers. Drivers gain a new task: "
          "they now settle a disputed sample reading with the farmer on the spot, using the photo of the tank "
          "gauge, instead of passing it to head office. Their job description and the agreement with the union "
          "will say so before Skipton switches."),
        H(2, "6.1 Who we need and when", {"staffing-plan": "ok"}),
        T([["Role", "Who", "Time", "Period"],
           ["Project manager", "Dan Ashworth", "3 days a week", "January to October 2027"],
           ["IT lead", "Priya Nair", "50 %", "January to April 2027"],
           ["Driver champions", "one per depot", "2 hours a week", "during each depot's switch"],
           ["Temporary clerk", "agency", "full time", "March to June 2027"]]),
        H(1, "7. WHO DOES WHAT", {"raci": "ok"}),
        T([["Task", "Project manager", "IT lead", "Depot manager", "Operations director"],
           ["Buy and fit devices", "A", "C", "R", "I"],
           ["Configure the app", "A", "R", "C", "I"],
           ["Train drivers", "A", "C", "R", "I"],
           ["Decide to stop paper", "C", "C", "C", "A/R"]]),
        H(1, "8. Helping drivers and farmers through the change", {"change-training": "ok"}),
        P("Some drivers have driven the same round for twenty years and have never used a tablet. We start with "
          "them, not with the enthusiasts, and we keep the sessions in the depot canteen at the end of the round. Champions stay on call "
          "by phone for the first fortnight, and paper dockets remain in every cab until the depot switches, so "
          "nobody is left stuck at a farm gate."),
        T([["Who", "What", "How long", "Cost"],
           ["Drivers", "hands-on session on a parked tanker", "2 hours, groups of four", "£5,100 in paid time"],
           ["Driver champions", "day with the vendor", "1 day", "£1,400"],
           ["Farmers", "letter and a visit from their driver", "10 minutes per farm", "£2,700 printing and time"]]),
        H(1, "9. Lessons from Skipton's volunteers", {}),
        P("Three Skipton drivers tried a borrowed tablet for a week in November. Their remarks changed the "
          "plan: larger buttons, a cradle within reach of the cab door and a photo of the tank gauge."),
    ],
    missing=["governance"],
)
