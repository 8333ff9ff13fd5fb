from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="pandoc",
    via="markdown",
    language="en",
    notes="""Held-out round 17 (h17_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc, English: Ferrovia Fret, a rail freight yard near Dijon, puts predictive-maintenance sensors on its
    120 wagons' axle bearings. The authors' own headings; the schedule as a quarter-by-quarter table; "Key dates"
    left with nothing under it (empty); the team's needs and how the yard organises itself written under one
    heading (merged); no staffing table, no RACI and no governance section (missing).""",
    title="Listening to bearings: the Ferrovia Fret sensor rollout",
    cover=["Operationalisation plan – Technology Orientation project",
           "Julien Marchetti, Lina Haddad – December 2026"],
    blocks=[
        H(1, "1. What success looks like", {"smart-objectives": "ok"}),
        P("Ferrovia Fret runs 120 wagons out of its yard at Gevrey and suffered nine hot-box stops on the main line "
          "last year, each costing about €18,000 in delays and repairs. We set ourselves dated targets that the yard "
          "manager can check from the dashboard every month."),
        T([["Goal", "Baseline", "Target", "Deadline"],
           ["Hot-box stops per year", "9", "2 or fewer", "end of 2028"],
           ["Wagons fitted with sensors", "0", "120", "June 2028"],
           ["Bearings replaced before failure", "35 %", "80 %", "end of 2028"]]),
        H(1, "2. Rolling it out, wagon by wagon", {"deployment-strategy": "ok"}),
        P("The sensors are small wireless boxes bolted on each axle box. They measure temperature and vibration "
          "every ten minutes and send the readings over the mobile network to a dashboard in the maintenance "
          "office. We will not fit the whole fleet at once, because a wagon can only be equipped when it comes "
          "back to the yard for its periodic inspection, and because our four fitters also keep the trains "
          "running every day."),
        P("The first step is a pilot on the twenty grain hoppers that run the Dijon–Marseille line, the route "
          "where six of last year's nine stops happened. They are fitted in March and April 2027 during their "
          "inspection, and for three months the fitters compare the alerts with what they find when they open "
          "the bearings. We set the alert thresholds from this comparison rather than from the supplier's "
          "defaults, which were written for passenger coaches."),
        P("If the pilot gives fewer than one false alarm a week, the remaining hundred wagons follow in three "
          "batches, again timed on their inspections: the tank wagons in the autumn, the flat wagons in winter "
          "and the oldest covered wagons last, in spring 2028, since some of them may be retired. Each batch "
          "ends with a review where the fitters, the planner and the supplier decide whether to go on, change "
          "thresholds or stop. This way a failure costs us twenty wagons, not the fleet, and the people who "
          "will live with the alerts are the ones who shape them."),
        H(1, "3. The work, broken down", {"wbs": "ok"}),
        T([["Block", "What it covers", "Who leads"],
           ["Sensors", "order, test and bolt 480 boxes", "workshop head"],
           ["Data", "mobile contract, dashboard, alert rules", "IT contractor"],
           ["Maintenance", "new inspection routine triggered by alerts", "maintenance planner"],
           ["People", "training, night on-call rules", "project lead"]]),
        H(1, "4. Calendar", {"implementation-schedule": "ok"}),
        P("We plan by quarter, because fitting depends on when each wagon comes in for inspection. The critical "
          "path is the pilot review in July 2027: nothing is ordered for the other batches until the fitters "
          "have signed it off. We kept four weeks of slack before the winter batch, when wagons are busiest."),
        T([["Quarter", "Main work", "Wagons fitted"],
           ["Q1 2027", "order sensors, set up dashboard", "0"],
           ["Q2 2027", "pilot on grain hoppers", "20"],
           ["Q3 2027", "pilot review, thresholds set", "20"],
           ["Q4 2027", "tank wagons", "55"],
           ["Q1 2028", "flat wagons", "90"],
           ["Q2 2028", "covered wagons, project closed", "120"]]),
        H(2, "Key dates", {"milestones": "empty"}),
        H(1, "5. Money", {"budget": "ok"}),
        T([["Item", "Amount"],
           ["480 sensor boxes at €210", "€100,800"],
           ["Dashboard licence, 3 years", "€27,000"],
           ["Mobile data, 3 years", "€8,600"],
           ["Fitters' time, 600 hours", "€24,000"],
           ["Training", "€5,500"],
           ["Total", "€165,900"]]),
        H(2, "Where the figures come from", {"budget-assumptions": "ok"}),
        P("The sensor price is the supplier's written quote for 480 units, valid until March 2027; we added no "
          "discount even though the sales rep hinted at one for a second order. Fitting time is based on the "
          "pilot estimate of one hour and fifteen minutes per wagon, rounded up to five hours per wagon to cover "
          "the first clumsy weeks and the boxes that will not pair on the first try. Hours are costed at the "
          "yard's internal rate of €40, which includes social charges. The dashboard licence and the data "
          "contract are three-year prices because that is how long we expect to run before deciding whether to "
          "move to a larger system shared with the sister yard in Ambérieu. Against this, one avoided hot-box "
          "stop saves about €18,000, so preventing seven stops over three years would repay the whole project. "
          "We did not count savings on bearings themselves, which are real but harder to prove, nor the cost of "
          "the two spare sensor boxes we plan to keep on the shelf in case one is damaged by a shunting accident."),
        H(1, "6. People and organisation", {"human-organisational-needs": "ok", "organisational-needs": "ok"}),
        P("The project needs no new hire, but it changes how four fitters and one planner spend their week. "
          "About a day a week of each fitter's time goes to fitting boxes during the rollout, which the yard "
          "covers with overtime agreed with the staff representatives. The maintenance planner becomes the "
          "owner of the dashboard and of the alert list; she needs two afternoons of training and an hour every "
          "morning to read the night's alerts and book wagons into the workshop."),
        P("The yard's organisation changes in two places. First, an alert now creates an inspection slot the same "
          "day, so the planner can pull a wagon out of a train before departure; the operations manager has "
          "agreed that her call overrides the traffic plan. Second, alerts at night go to the on-call fitter's "
          "phone, which means an on-call rota of four people, one week each, paid under the existing on-call "
          "agreement. We tested both changes on paper with the team in November and moved the morning meeting "
          "from 8:00 to 7:30 so the planner can brief the fitters before the first trains leave."),
        H(1, "7. Helping the team adopt it", {"change-training": "ok"}),
        P("Most of the change is in habits rather than tools: fitters are used to opening bearings on a fixed "
          "calendar, not on an alert. We train each group just before it needs the skill, and the fitters from "
          "the pilot coach the others during the later batches."),
        T([["Who", "What", "When", "How long"],
           ["Fitters", "fitting and pairing a sensor box", "March 2027", "half a day"],
           ["Planner", "reading the dashboard and setting thresholds", "March 2027", "two afternoons"],
           ["On-call fitters", "what to do with a night alert", "before each batch", "one hour"],
           ["Drivers", "why a wagon may be pulled before departure", "team briefing in April", "twenty minutes"]]),
        H(1, "Appendix – supplier comparison"),
        P("We also looked at two other sensor makers; one needed cables along the wagon, the other had no "
          "French support. The comparison sheet is available on request."),
    ],
    missing=["staffing-plan", "raci", "governance"],
)
