from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English: the Clairval dairy cooperative (Jura, 180 member farms) puts a milk-collection app in its 14
    tankers and its lab. Paraphrased and question headings, numbered "1." to "8." with sub-headings "5.1"; a
    background section of the author's own first; the key dates sit as a table under the timeline heading with no
    heading of their own (merged); a week-by-week schedule table, a cost table and a RACI table with R/A/C/I
    letters; the staffing table is a bold Normal line; the budget reasoning is three sentences (thin); nothing is
    said about who steers the project or how decisions are taken (governance missing).""",
    title="Clairval Dairy Cooperative – Putting CollectaLait on the road",
    cover=["Operationalisation plan – Technology Orientation project", "Lucie Jeunet, November 2026"],
    blocks=[
        H(1, "Background"),
        P("Clairval collects milk from 180 farms around Poligny and turns it into Comté. Each morning, fourteen "
          "tanker drivers write the volume, temperature and sample number of every farm on a paper sheet, and the "
          "lab types them in the next day. Errors on these sheets cost the cooperative about 40,000 euros a year in "
          "disputed payments. The board chose CollectaLait, a tablet app linked to the tankers' flow meters, in "
          "September. This document explains how we put it in place."),
        H(1, "1. What we want to reach, and by when", {"smart-objectives": "ok"}),
        T([["Objective", "Indicator", "Target", "Deadline"],
           ["Every collection recorded in the app", "share of farm pick-ups entered on the tablet", "100 %", "31 May 2027"],
           ["Fewer disputed payments", "disputes raised by members per month", "from 22 to under 5", "30 Sept 2027"],
           ["Lab results back to farmers faster", "hours between pick-up and result on the member portal", "under 24 h, today 72 h", "30 June 2027"],
           ["Stay inside the budget voted by the board", "actual spend against 186,000 euros", "no overrun", "project close"]]),
        H(1, "2. How we roll it out", {"deployment-strategy": "ok"}),
        P("We will not switch the fourteen tankers on the same morning. Milk is collected every day of the year, "
          "including Sundays, and a day without reliable records means a day of payments we cannot defend in front "
          "of the members. We therefore start with a pilot on two rounds, the Arbois round and the Mouchard round, "
          "whose drivers volunteered at the October meeting. During the pilot the drivers fill in both the tablet "
          "and the paper sheet, and the lab compares the two every evening. When ten consecutive days show no "
          "difference above half a litre, the pilot is declared good."),
        P("After the pilot we add four rounds every three weeks, grouped by depot, so that the depot manager can "
          "ride along on the first mornings and answer questions on the spot. The paper sheet is kept in each cab "
          "for one month after a round switches, as a backup if a tablet breaks or the flow meter link drops. We "
          "chose this gradual way, rather than a single switch date, because the winter months bring snow on the "
          "plateau roads and the drivers already work under pressure: we do not want to add a new tool to a bad "
          "morning. The last rounds to switch are the two mountain rounds above Champagnole, in April, once the "
          "roads are clear. The lab moves to the new results screen at the same time as the first pilot round, "
          "because it must receive data from day one."),
        H(1, "3. Breaking the work into pieces", {"wbs": "ok"}),
        T([["Package", "Main tasks", "Owner"],
           ["1. Equipment", "buy 16 rugged tablets, fit cab mounts, link the flow meters", "Logistics"],
           ["2. Software set-up", "farm list import, price grid, link to the accounting system", "Supplier + IT"],
           ["3. Lab", "new sample labels, results screen, member portal feed", "Lab manager"],
           ["4. Pilot", "two rounds, double entry, daily comparison", "Project lead"],
           ["5. Roll-out", "four rounds every three weeks, depot support", "Depot managers"],
           ["6. Closure", "paper sheets withdrawn, lessons learnt, handover", "Project lead"]]),
        H(1, "4. Timeline", {"implementation-schedule": "ok", "milestones": "ok"}),
        P("The work starts on 4 January 2027 and ends with the last paper sheets withdrawn in mid-May. The equipment "
          "and the software set-up run in parallel in January, so that the pilot can start on the first of February. "
          "Each wave of the roll-out lasts three weeks: one week of training at the depot, then two weeks of driving "
          "with support before the next wave begins."),
        T([["Weeks", "Work", "Who"],
           ["1-4 (Jan)", "tablets fitted, software configured, lab labels printed", "Logistics, supplier, lab"],
           ["5-8 (Feb)", "pilot on Arbois and Mouchard, double entry", "Project lead, two drivers"],
           ["9-11 (Mar)", "wave 1: Poligny depot, four rounds", "Depot manager Poligny"],
           ["12-14 (Mar-Apr)", "wave 2: Salins depot, four rounds", "Depot manager Salins"],
           ["15-17 (Apr)", "wave 3: Champagnole depot, four rounds including the mountain rounds", "Depot manager Champagnole"],
           ["18-20 (May)", "paper withdrawn, review with the board", "Project lead"]]),
        T([["Date", "Key date", "Sign that it is reached"],
           ["29 Jan", "all tablets live", "test pick-up recorded on each tanker"],
           ["26 Feb", "pilot signed off", "ten days without a gap over 0.5 L"],
           ["23 Apr", "all rounds on the app", "no paper sheet used for a week"],
           ["20 May", "project closed", "board review minutes"]]),
        H(1, "5. What it costs", {"budget": "ok"}),
        T([["Step", "Cost (euros)", "What is included"],
           ["Equipment", "38,000", "16 tablets, mounts, meter links"],
           ["Software", "72,000", "licence for three years, set-up days"],
           ["Lab", "14,000", "label printer, portal connector"],
           ["Training", "21,000", "drivers' paid hours, trainer days"],
           ["Pilot and roll-out", "26,000", "double entry overtime, depot support"],
           ["Contingency", "15,000", "about 8 % of the total"],
           ["Total", "186,000", ""]]),
        H(2, "5.1 Where the figures come from", {"budget-assumptions": "thin"}),
        P("The software and tablet prices are the supplier's signed quote of 12 November. Training counts four paid "
          "hours per driver and per lab technician. The total matches the envelope the board voted."),
        H(1, "6. The people we need", {"human-organisational-needs": "ok"}),
        P("The project does not need new permanent staff, but it takes time from people who already have full days. "
          "The project lead, Lucie Jeunet, spends half her time on it from January to May. Each depot manager needs "
          "about two days a week during the three weeks of his wave. The drivers need four paid hours of training "
          "each and, during the pilot, about twenty extra minutes per round for the double entry. The lab needs one "
          "technician freed for a week in January to set up the labels and test the portal feed. We also need a "
          "temporary driver for February, so that the two pilot drivers are never alone on a difficult morning. Finally, the supplier lends us a consultant "
          "for seventeen days in total, most of them in January, to configure the software with us."),
        B("Who is on the project, and for how long", {"staffing-plan": "ok"}),
        T([["Person / role", "Jan", "Feb", "Mar", "Apr", "May"],
           ["Project lead (Lucie Jeunet)", "50 %", "50 %", "50 %", "50 %", "30 %"],
           ["Depot managers (3)", "5 %", "5 %", "40 % Poligny", "40 % Salins / Champagnole", "5 %"],
           ["Lab technician", "100 % one week", "20 %", "10 %", "10 %", "0"],
           ["Temporary driver", "0", "full time", "0", "0", "0"],
           ["Supplier consultant", "8 days", "4 days", "2 days", "2 days", "1 day"]]),
        H(2, "6.2 What changes in the way we work", {"organisational-needs": "ok"}),
        P("The biggest change is for the lab. Today it spends every morning typing the previous day's sheets; with "
          "the app, the data arrive during the round, so the two lab technicians will start at seven instead of "
          "eight to test the samples as the tankers come in, and the typing job disappears. We have discussed this "
          "with both of them and with the staff representative; the earlier start comes with a later finish on "
          "Fridays. Drivers become responsible for the quality of what they record, which the paper sheet never "
          "asked of them: a wrong entry is now visible to the farmer the same day. The accounting team receives "
          "volumes every evening instead of every week, so the member payments can be checked daily. Finally, each "
          "depot names one driver as the app referent, who helps colleagues and reports problems to the project lead."),
        H(1, "7. Who does what?", {"raci": "ok"}),
        T([["Activity", "Project lead", "Depot managers", "Lab manager", "Supplier", "Board"],
           ["Choose the wave order", "R", "C", "I", "I", "A"],
           ["Fit the tablets", "A", "C", "I", "R", "I"],
           ["Train the drivers", "A", "R", "I", "C", "I"],
           ["Check pilot data", "A", "I", "R", "C", "I"],
           ["Withdraw paper sheets", "R", "C", "C", "I", "A"]]),
        H(1, "8. Bringing everyone along", {"change-training": "ok"}),
        P("The drivers are the people who will feel the change most, and several of them have never used a tablet. "
          "We plan short sessions at the depot rather than a day in a classroom."),
        T([["Who", "What", "When", "How long"],
           ["Drivers", "hands-on session in a parked tanker, then one ride with the depot manager", "week before each wave", "4 h"],
           ["Lab technicians", "results screen and label printer", "January", "1 day"],
           ["Members (farmers)", "letter and a demo at the spring general meeting on what they will see on the portal", "March", "30 min"],
           ["App referents", "troubleshooting and how to report a problem", "February", "half a day"]]),
    ],
    missing=["governance"],
)
