from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 26 (h26_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: the Vignerons de Pech-Rouge, a wine cooperative of 214 grower members near Gaillac, roll out a grower
    portal and connected weighbridges for the 2027 harvest. Numbered Heading 1 titles, many shortened
    ("1. Objectives", "4. WBS", "6. Budget", "7. People"); the deployment strategy is split over two headings
    ("2. Rollout approach" and "3. Pilot first, then every cellar"); the milestones are a table under "5.1 Key
    dates". The organisational arrangements hold three sentences (thin). No RACI matrix (missing). An appendix
    of the authors' own (a glossary of cellar words).""",
    title="Pech-Rouge Connect – operationalisation plan",
    cover=["Technology Orientation project – Web School Factory",
           "Team: Manon Cazals, Théo Vidal, Aïcha Benali – December 2026"],
    blocks=[
        H(1, "1. Objectives", {"smart-objectives": "ok"}),
        P("Four objectives, each with an owner and a date, agreed with the board on 12 November."),
        T([["Objective", "Measure", "Target", "By"],
           ["Growers declare their plots online", "share of the 214 members with a portal account", "90%", "31 May 2027"],
           ["Harvest weighings recorded automatically", "share of deliveries weighed on a connected bridge", "100%", "15 Sept 2027"],
           ["Growers see their weighing the same day", "delay between weighing and portal display", "under 1 hour", "harvest 2027"],
           ["Fewer disputes at payment", "claims about weights and sugar readings", "halved vs. 2025", "March 2028"]]),
        H(1, "2. Rollout approach", {"deployment-strategy": "ok"}),
        P("We do not switch everything on at once. The harvest lasts six weeks, and a failure at the weighbridge "
          "in the middle of it would leave trailers of grapes waiting in the sun, which the growers would never "
          "forgive. The rollout therefore follows the wine year: the portal first, in winter, when growers have "
          "time to learn and the cellar staff can help them; the connected weighbridges next, tested on the "
          "spring deliveries of the sister cooperative in Cunac, which lends us its bridge for a week; full use "
          "at the harvest only once both have run without trouble."),
        P("The old paper tickets stay available during the whole 2027 harvest as a fallback. If the network or "
          "the portal goes down, the weigher prints a ticket and types it in the evening, as today. We accept this "
          "double running because the cost is small, about ten hours of typing per week, and the risk it covers "
          "is the one the growers fear most."),
        H(1, "3. Pilot first, then every cellar", {"deployment-strategy": "ok"}),
        P("The pilot runs at the Cadalen cellar, the smallest of our three sites, with the 38 growers who deliver "
          "there. Its cellar master, Bernard Soulié, volunteered, and most of his growers are already on the "
          "cooperative's messaging group. If the pilot reaches 80% of accounts opened by March, the Gaillac and "
          "Lisle-sur-Tarn cellars follow in April; if not, we hold a second round of village meetings before "
          "extending."),
        H(1, "4. WBS", {"wbs": "ok"}),
        T([["Work package", "Tasks", "Who"],
           ["1. Portal", "configure member accounts, import the plot register, test with ten growers", "IT lead and editor"],
           ["2. Weighbridges", "fit sensors on three bridges, connect them to the cellar system, calibrate", "supplier and maintenance"],
           ["3. Data", "clean the member file, link plots to grape varieties and contracts", "administrative team"],
           ["4. People", "training sessions, village meetings, helpdesk during harvest", "project manager"],
           ["5. Go-live", "pilot, extension, harvest support, review", "steering committee"]]),
        H(1, "5. Schedule", {"implementation-schedule": "ok"}),
        P("The plan runs from January to October 2027 and is built backwards from the first day of harvest, "
          "expected around 1 September. Winter is for the portal and the data, spring for the weighbridges and "
          "the extension to all cellars, summer for training the seasonal weighers. The table below gives the "
          "dates we commit to; the detailed Gantt chart kept by the project manager is attached to the steering "
          "committee minutes and updated every two weeks. Two weeks of slack sit before the harvest on "
          "purpose: if the weighbridges slip, we lose the slack, not the harvest."),
        H(2, "5.1 Key dates", {"milestones": "ok"}),
        T([["Milestone", "Date", "Proof it is reached"],
           ["Member file cleaned and imported", "31 January 2027", "zero duplicate members in the portal"],
           ["Pilot open at Cadalen", "15 February 2027", "38 growers invited"],
           ["Go / no-go for extension", "31 March 2027", "80% of pilot accounts opened"],
           ["Bridges connected and calibrated", "30 June 2027", "certificate from the weights office"],
           ["Harvest go-live", "1 September 2027", "first automatic weighing shown on the portal"],
           ["Review", "31 October 2027", "report to the board"]]),
        H(1, "6. Budget", {"budget": "ok"}),
        T([["Step", "Amount (€)"],
           ["Portal licence and set-up", "24,000"],
           ["Weighbridge sensors and connection (3 sites)", "41,500"],
           ["Data cleaning (temporary staff, 2 months)", "7,800"],
           ["Training and village meetings", "6,200"],
           ["Harvest helpdesk (6 weeks)", "4,900"],
           ["Contingency (10%)", "8,400"],
           ["Total", "92,800"]]),
        H(2, "6.1 Where the figures come from", {"budget-assumptions": "ok"}),
        P("The portal price is the supplier's quote of 28 October for 250 accounts, including the import of our "
          "plot register. The sensor figure comes from two quotes for load cells and terminals; we kept the "
          "higher one because it includes the approval of the weights office, without which no weighing can be "
          "used to pay growers. Data cleaning assumes one temporary clerk at the regional minimum wage plus "
          "charges for eight weeks, the time our administrative team estimated after cleaning a sample of fifty "
          "member records. Training counts twelve village meetings at the cost of the room, a meal and the "
          "trainer's day. The helpdesk is one student on a seasonal contract during the harvest."),
        P("The board set a ceiling of €100,000 for the project, half paid by the regional agriculture fund. "
          "The total stays under it with the contingency included; without contingency we would be at €84,400. "
          "The main risk on cost is the calibration, which the supplier may have to repeat if the old bridge at "
          "Lisle is too worn."),
        H(1, "7. People", {"human-organisational-needs": "ok"}),
        P("The project needs few people but the right ones at the right moment. In winter, the administrative "
          "team carries the data cleaning and the IT lead, Rémi Fabre, the portal set-up, each for about a third "
          "of their time. In spring, the maintenance technician follows the sensor works. In summer and at "
          "harvest, the weighers must master the new terminals, and a helpdesk must answer growers who cannot "
          "find their weighing. The cellar masters are essential throughout: growers trust them, not the IT."),
        P("None of these "
          "people stops doing their usual job. We therefore asked each manager to free the time in writing, and we "
          "avoided the weeks of bottling in December and of pruning in February, when the administrative team and "
          "the growers are busiest. Recruitment is limited to two short contracts, both budgeted below."),
        H(2, "7.1 Staffing", {"staffing-plan": "ok"}),
        T([["Role", "Who", "Time on the project", "When"],
           ["Project manager", "Manon Cazals (apprentice)", "60%", "Jan – Oct"],
           ["IT lead", "Rémi Fabre", "30%", "Jan – Sept"],
           ["Data clerk", "temporary hire", "100%", "Jan – Feb"],
           ["Harvest helpdesk", "seasonal student", "100%", "Sept – Oct"],
           ["Cellar masters", "three, one per site", "10%", "Feb – Oct"]]),
        H(2, "7.2 Organisation", {"organisational-needs": "thin"}),
        P("Weighers will no longer write tickets and will check the screen instead. The administrative team will "
          "stop typing the weighings at night. We still have to agree with the cellar masters who answers growers "
          "on Sundays during the harvest."),
        H(1, "8. Training and change", {"change-training": "ok"}),
        P("Most growers are over fifty-five and many distrust anything that looks like control of their yields. "
          "We rely on meetings in the villages rather than on e-mails, and on growers of the pilot who explain "
          "the portal to their neighbours."),
        T([["Who", "What", "Format", "When"],
           ["Growers", "open an account, read a weighing, declare a plot", "village meetings of 90 minutes", "Jan – Apr"],
           ["Weighers", "use the terminal, fall back to paper", "half a day on the bridge", "June and August"],
           ["Cellar masters", "answer the usual questions, use the admin screen", "one day with the supplier", "February"]]),
        H(1, "9. Steering the project", {"governance": "ok"}),
        P("A steering committee meets every two weeks: the cooperative's director, Jean-Luc Massip, chairs it; "
          "the project manager, the IT lead, one cellar master in turn and two elected growers from the board sit "
          "on it. It follows the milestones, the budget spent against the plan and the number of accounts "
          "opened, and it decides the go or no-go for the extension at the end of March. Any overspend above "
          "€5,000 or any delay to a milestone of more than two weeks goes to the board, which meets monthly."),
        P("During the harvest the committee becomes a daily ten-minute call at 7 a.m. to review the previous "
          "day's weighings, the helpdesk calls and any bridge fault. After the harvest, the review in October "
          "checks each objective against its target and tells the board whether the portal should also carry the "
          "payment statements in 2028. The growers' representatives report to the general assembly in December, where "
          "members can question the choices made and vote on the next phase."),
        H(1, "Appendix A – Cellar words"),
        L(["Apport: a delivery of grapes by a grower to the cellar",
           "Pont-bascule: the weighbridge where each trailer is weighed",
           "Degré: the sugar reading taken at delivery, which sets part of the price"]),
    ],
    missing=["raci"],
)
