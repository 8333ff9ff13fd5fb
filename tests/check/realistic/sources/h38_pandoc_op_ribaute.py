from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Fromageries Ribaute, a family cheese dairy in the Aveyron (ewe's-milk cheeses, 140 staff, two sites),
    replaces the paper batch sheets of its production lines with shop-floor tablets tied to its ERP for
    traceability. Numbered headings, several shortened ("1. Targets", "3. WBS", "5. Budget", "6. People"); the
    planning is a month-by-month table under "4. When"; the budget's assumptions are split over two headings
    ("5.1 Where the figures come from" and "5.2 Does it fit the envelope?"). The staffing plan is a table of days
    per month under "6. People" with no heading of its own (merged). Nobody wrote who is responsible, accountable,
    consulted or informed (RACI missing). Governance is three sentences (thin). Two
    appendices of the authors' own (a glossary of dairy words and the list of lines).""",
    title="Ribaute Numérique – putting tablets on the cheese lines: operationalisation plan",
    cover=["Technology Orientation project – Web School Factory",
           "Clara Vernhes, Baptiste Fabre, Yasmine Haddad – December 2026"],
    blocks=[
        H(1, "1. Targets", {"smart-objectives": "ok"}),
        P("We agreed five targets with the plant manager, Régis Ribaute, on 20 November. Each one is measured by "
          "the quality team from data the tablets themselves record, so no one has to count by hand."),
        T([["Target", "Indicator", "Level", "Deadline"],
           ["No more paper batch sheets", "lines running on tablets", "6 of 6", "30 June 2027"],
           ["Faster recall", "time to list every lot made from one milk tanker", "under 15 minutes (today 2 days)", "30 June 2027"],
           ["Fewer transcription errors", "batch sheets corrected after audit", "below 1 %", "December 2027"],
           ["Operators trained", "share of line staff certified on the tablet", "95 %", "31 May 2027"],
           ["Quality audit passed", "IFS audit without a traceability finding", "0 major", "October 2027"]]),
        H(1, "2. How we roll it out", {"deployment-strategy": "ok"}),
        P("The dairy cannot stop. Milk arrives every morning of the year, including Christmas, and ewe's milk has "
          "a season: from December to July the lines run at full speed, then volumes fall to almost nothing in "
          "August. A big-bang switch-over during the season would put the whole production at risk, so we deploy "
          "line by line and we start with the one that forgives mistakes best. The fresh cheese line in Belmont, "
          "whose batches are small and whose recipes are simple, goes first in February, with the quality team "
          "standing next to the operators for the first two weeks. The two lines of the Roquefort cellars follow in "
          "April, once the fresh line has run a month with no paper at all. The three lines of the tomme workshop "
          "come last, in June, because their recipes have the most steps and the most data to capture."),
        P("On every line we run paper and tablet side by side for ten working days. The team leader compares the "
          "two records each evening; the paper stops only when they agree for five days in a row. If the ERP "
          "connection fails, the tablet keeps recording on its own memory and sends the data later, and a printed "
          "blank sheet stays in a drawer on each line for the worst case. The technical set-up (Wi-Fi in the "
          "cellars, washable tablet holders, the ERP interface) is finished in January, before the first line "
          "moves, so that operators never meet a tablet that does not work. We chose this route over a pilot on one "
          "site followed by a pause because the IFS audit in October expects one system across the plant, not two."),
        H(1, "3. WBS", {"wbs": "ok"}),
        T([["Package", "Work", "Owner"],
           ["1 Infrastructure", "Wi-Fi survey and access points in cellars, tablet holders, ERP interface", "IT (Yasmine)"],
           ["2 Digital batch sheets", "rewrite 34 recipes as step-by-step screens, checks and alarms", "Quality (Clara)"],
           ["3 Line deployment", "fresh line, Roquefort lines, tomme lines, double running", "Production (Baptiste)"],
           ["4 Training", "team leaders first, then operators on each shift", "HR and team leaders"],
           ["5 Closure", "paper archive, audit file, lessons learned", "Quality (Clara)"]]),
        H(1, "4. When", {"implementation-schedule": "ok"}),
        P("The plan runs over eight months, from January to August 2027. The order follows the milk season and the "
          "rule above: no line moves before the previous one has run a clean month. August, when volumes are "
          "lowest, is kept for corrections and for the archive of the old paper sheets. The table shows which "
          "package is active in each month; the night shift of each line is trained the week before its go-live."),
        T([["Month", "Infrastructure", "Batch sheets", "Lines", "Training"],
           ["Jan 2027", "Wi-Fi, holders, ERP link", "fresh cheese recipes", "-", "team leaders"],
           ["Feb", "-", "Roquefort recipes", "fresh line live", "fresh line operators"],
           ["Mar", "-", "tomme recipes", "fresh line alone, paper stopped", "-"],
           ["Apr", "cellar access points checked", "-", "Roquefort lines live", "Roquefort operators"],
           ["May", "-", "corrections", "Roquefort double running ends", "tomme operators"],
           ["Jun", "-", "-", "tomme lines live", "night shifts"],
           ["Jul - Aug", "-", "archive", "all lines, corrections", "refreshers"]]),
        H(2, "4.1 Gates", {"milestones": "ok"}),
        T([["Date", "Gate", "Proof"],
           ["29 Jan", "infrastructure ready", "tablet used in every cellar without loss of signal"],
           ["5 Mar", "fresh line on tablets only", "five days of agreement with paper"],
           ["14 May", "Roquefort lines on tablets only", "same test"],
           ["30 Jun", "whole plant paperless", "recall exercise under 15 minutes"]]),
        H(1, "5. Budget", {"budget": "ok"}),
        T([["Step", "Hardware", "Services", "Internal time", "Total"],
           ["Infrastructure", "22,400 €", "6,800 €", "4,000 €", "33,200 €"],
           ["Digital batch sheets", "-", "18,500 €", "9,600 €", "28,100 €"],
           ["Line deployment", "-", "7,200 €", "12,800 €", "20,000 €"],
           ["Training", "-", "3,000 €", "11,200 €", "14,200 €"],
           ["Closure", "-", "-", "2,400 €", "2,400 €"],
           ["Contingency (8 %)", "", "", "", "7,900 €"],
           ["Total", "", "", "", "105,800 €"]]),
        H(2, "5.1 Where the figures come from", {"budget-assumptions": "ok"}),
        P("Hardware is 18 rugged tablets at 890 euros, three per line, quoted by the supplier in October, plus 14 "
          "Wi-Fi access points rated for humid cellars and their cabling. Services are the ERP publisher's days to "
          "build the interface, at 850 euros a day for 8 days, the integrator who builds the batch screens, 25 days "
          "at 740 euros, and a trainer for the team leaders. Internal time is counted at 40 euros an hour, the "
          "average loaded cost of the people involved, and covers the quality team writing recipes, team leaders "
          "running double records, and operators in training."),
        H(2, "5.2 Does it fit the envelope?", {"budget-assumptions": "ok"}),
        P("The board set aside 110,000 euros for the year, and the regional agri-food scheme repays 30 % of the "
          "hardware and services if the project is finished by December 2027. Our total stays 4,200 euros under "
          "the envelope, contingency included. The contingency is set at 8 % rather than the usual 10 % because "
          "the two largest quotes are fixed-price; the riskiest item is the Wi-Fi in the Roquefort cellars, where "
          "stone walls may need more access points than surveyed."),
        H(1, "6. People", {"human-organisational-needs": "ok", "staffing-plan": "ok"}),
        P("No one is hired for this project. The quality manager, Clara, gives two days a week to it from January "
          "to June; each of the six team leaders becomes the tablet referent of their line and gets two hours a "
          "week off the line during the month their line goes live. The IT department, which is one person, gets "
          "support from the integrator for the interface and from a student on a work-study contract for the "
          "tablets themselves. Operators need time rather than new skills: about three hours each of training, "
          "taken on paid time during the quiet hour after cleaning, and some patience during the ten days of double "
          "records. The table gives who is needed, month by month, in days."),
        T([["Who", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul - Aug"],
           ["Clara, quality manager", "8", "8", "8", "8", "8", "8", "3"],
           ["Team leaders (tablet referents)", "2", "1", "-", "2", "-", "3", "-"],
           ["IT and work-study student", "15", "6", "4", "6", "4", "6", "2"],
           ["Integrator", "10", "6", "5", "6", "4", "5", "-"]]),
        H(2, "6.1 Shifts and who decides", {"organisational-needs": "ok"}),
        P("The tablets change who signs what. Today the operator fills in the sheet and the team leader signs it "
          "at the end of the shift; with the tablet, the operator validates each step as it happens and the team "
          "leader approves deviations on the spot, from any tablet. The quality team no longer retypes sheets into "
          "the ERP, which frees about a day a week that we move to checking recipes and running recall exercises. "
          "Night shifts, which have no team leader on site, get a phone number for the on-call quality technician, "
          "who can approve a deviation remotely. The works council has been told about these changes at its "
          "November meeting and will be consulted on the tablets' records of who did what and when. Shift "
          "handovers also change: the incoming team leader reads open deviations on the tablet instead of the "
          "notebook hanging by the door."),
        H(1, "7. Training the teams", {"change-training": "ok"}),
        P("Resistance is expected from the most experienced operators, who have filled in the same sheet for twenty "
          "years. We train team leaders first, so that operators learn from someone they know, and we keep the "
          "screens in the same order as the old sheet."),
        T([["Who", "Format", "Hours", "Cost"],
           ["6 team leaders", "two half-days with the integrator", "8 each", "3,000 € plus time"],
           ["92 operators", "one session on their own line", "3 each", "internal time"],
           ["Night shifts", "session at shift change", "3 each", "internal time"],
           ["Everyone", "one refresher after a month", "1 each", "internal time"]]),
        H(1, "8. Steering", {"governance": "thin"}),
        P("A steering group meets every month: the plant manager, Clara, Baptiste and Yasmine. It decides whether "
          "the next line can go live. Problems go first to the line's team leader."),
        H(1, "Appendix A – Dairy words"),
        L(["Caillage: the moment the milk sets into curd",
           "Hâloir: the drying room where young cheeses rest",
           "Lot: all the cheese made from one vat on one day"]),
        H(1, "Appendix B – The six lines"),
        L(["Belmont: fresh cheese", "Roquefort: cellar lines 1 and 2", "Tomme workshop: lines A, B and C"]),
    ],
    missing=["raci"],
)
