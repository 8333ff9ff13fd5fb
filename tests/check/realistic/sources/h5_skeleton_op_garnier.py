DOC = dict(
    deliverable="operationalisation-plan",
    path="skeleton",
    language="en",
    notes="""Held-out round 5 (h5_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: a regional coach company rolls out a maintenance-management software in its four depots.
    Guidance deleted. The deployment heading retyped "Rolling out depot by depot", the schedule heading retyped
    "Timeline" and the budget assumptions retyped "Where the numbers come from" (runs replaced, bookmarks lost);
    the training heading retyped "Training the mechanics" keeping its bookmark; the RACI deleted; the
    organisational arrangements still our prompt; governance a few lines (thin); every other table filled.""",
    cover={"project": "AtelierNet – maintenance software roll-out", "client": "Autocars Garnier",
           "candidate": "Inès Moreau", "team": "Inès Moreau, Baptiste Roux, Sofia Benali",
           "school": "Web School Factory"},
    sections={
        "smart-objectives": dict(status="ok", text=[
            "Autocars Garnier runs 86 coaches from four depots in Burgundy, for school lines, regional routes and "
            "private hire. Today every repair is written on paper job cards and typed into a spreadsheet on Friday, "
            "when someone remembers. The recommendation chose AtelierNet, a hosted maintenance package, and the "
            "objectives below are what the board will hold us to."], tables=[[
            ["Cut coaches off the road for unplanned repairs", "coach-days lost per month", "41", "25",
             "June 2027", "fleet manager"],
            ["Every repair traced digitally", "share of job cards closed in AtelierNet", "0 %", "95 %",
             "April 2027", "depot heads"],
            ["Know the real cost of each coach", "coaches with a full cost history", "0", "86",
             "September 2027", "finance"]]]),
        "deployment-strategy": dict(status="ok", retitle="Rolling out depot by depot", text=[
            "We start with one depot and only move on when it works. Chalon-sur-Saône goes first: it is the "
            "largest workshop, with nine mechanics and 31 coaches, and its head, Patrick, asked to be the pilot. "
            "If the software survives Chalon, where the morning rush before the school runs is hardest, it will "
            "survive anywhere. The pilot lasts eight weeks, from 1 February to 29 March 2027, and covers every "
            "job card, the parts store and the link with the fuel cards.",
            "A big bang over four depots was ruled out. The mechanics have never used a tablet at work, two of "
            "the four depots have weak Wi-Fi in the workshop, and the school contracts carry penalties if a coach "
            "is missing in the morning. Losing a week of repairs everywhere at once is a risk the company cannot "
            "take. Going depot by depot also lets the key users from Chalon train the next depot themselves.",
            "To move from the pilot to the next depot, three conditions must hold for two weeks in a row: at least "
            "90 % of job cards opened on the tablet, no coach held back because a part could not be found in the "
            "system, and the depot head saying yes at the project committee. Beaune and Autun follow together in "
            "April, since they share a parts van; Le Creusot closes the roll-out in May, just before the summer "
            "hire season, when the workshop is quietest."]),
        "wbs": dict(status="ok", tables=[[
            ["1.1", "Set up AtelierNet: fleet, parts catalogue, users", "configured tenant", "18", "contract signed",
             "Baptiste"],
            ["1.2", "Move five years of repair history from the spreadsheets", "cleaned history loaded", "14",
             "1.1", "Sofia"],
            ["2.1", "Wi-Fi access points in the Beaune and Autun workshops", "coverage test passed", "6", "none",
             "IT supplier"],
            ["3.1", "Pilot in Chalon", "pilot report", "40", "1.1, 1.2", "Patrick"],
            ["4.1", "Roll-out to the three other depots", "depots live", "45", "3.1, 2.1", "Inès"]]]),
        "implementation-schedule": dict(status="ok", retitle="Timeline", skip_cols=1, text=[
            "The plan runs from December 2026 to August 2027. Months are counted from December. The critical path "
            "runs through the configuration, the history import and the pilot: if the spreadsheets take longer to "
            "clean than planned, the pilot starts late and the roll-out is pushed into June, when the hire season "
            "begins. We kept two buffers: two weeks in January before the pilot, and the whole of July, when "
            "school lines stop and mechanics have time for the last training sessions."], tables=[[
            [None, "Inès", "■", "", "", "", "", "", "", "", ""],
            [None, "Baptiste", "■", "■", "", "", "", "", "", "", ""],
            [None, "Sofia", "", "■", "■", "", "", "", "", "", ""],
            [None, "Baptiste", "", "■", "", "", "", "", "", "", ""],
            [None, "Patrick", "", "", "■", "■", "", "", "", "", ""],
            [None, "depot heads", "", "", "", "", "■", "■", "", "", ""],
            [None, "Sofia", "", "■", "■", "■", "■", "■", "■", "", ""],
            [None, "Baptiste", "", "", "", "", "", "", "■", "■", "■"]]]),
        "milestones": dict(status="ok", tables=[[
            ["Software ready", "22 January 2027", "fleet and parts loaded, test job card closed", "history import "
             "checked on 20 coaches", "Inès"],
            ["Pilot passed", "29 March 2027", "pilot report", "90 % of job cards on tablet for two weeks",
             "steering committee"],
            ["All depots live", "31 May 2027", "last depot switched", "spreadsheet no longer updated", "managing "
             "director"]]]),
        "budget": dict(status="ok", skip_cols=1, tables=[[
            [None, "€2,400", "€0", "€0", "€240", "€2,640"],
            [None, "€3,600", "€6,500", "€9,800", "€1,990", "€21,890"],
            [None, "€4,200", "€2,000", "€0", "€620", "€6,820"],
            [None, "€1,800", "€0", "€0", "€180", "€1,980"],
            [None, "€6,000", "€1,500", "€0", "€750", "€8,250"],
            [None, "€5,400", "€7,200", "€2,600", "€1,520", "€16,720"],
            [None, "€3,900", "€3,000", "€0", "€690", "€7,590"],
            [None, "€1,500", "€1,200", "€0", "€270", "€2,970"],
            [None, "€28,800", "€21,400", "€12,400", "€6,260", "€68,860"],
            [None, "", "", "", "", "€75,000"]]]),
        "budget-assumptions": dict(status="ok", retitle="Where the numbers come from", text=[
            "Internal time is counted at €300 a day for the project team and €240 for a mechanic, the loaded cost "
            "the finance department uses for its own reports. The days come from the work breakdown: 96 days for "
            "the team, and half a day per mechanic for each training session. External services are the "
            "integrator's quote of 14 October (€6,500 for configuration, €2,000 for the import script), the Wi-Fi "
            "work quoted by our usual IT supplier at €7,200 for two workshops, and the publisher's trainer at "
            "€1,500 a day. Licences are €95 per user per year for 34 users, and 20 rugged tablets at €480 each, "
            "from the public price list of the UGAP purchasing agency.",
            "We kept a contingency of 10 %, raised to 15 % for the history import, which is the line we trust "
            "least. The total of €68,860 stays under the €75,000 the board set aside in the 2027 budget. If the "
            "Wi-Fi quote rises, we would first postpone the tablets for Le Creusot and let its mechanics share "
            "the two workstations already in the office, which saves €4,800."]),
        "human-organisational-needs": dict(status="ok", text=[
            "The software changes the daily work of 28 mechanics, four depot heads and the parts storekeeper. "
            "Mechanics will open and close job cards on a tablet instead of paper, which the publisher estimates "
            "at five extra minutes a day in the first month and a saving after that. Depot heads lose their "
            "Friday spreadsheet and gain a live view of every coach. The project needs one project manager at "
            "60 % for nine months, a data profile for the import, and one key user per depot released for two "
            "days a month. None of this requires a recruitment: Sofia comes from finance, where she already "
            "handles the fleet costs, and her reporting work is taken over by an apprentice from January. The "
            "night shift at Chalon has no supervisor on site, so its mechanics will be trained in the day, with "
            "paid hours, and will get a printed card for the three steps they use most."]),
        "staffing-plan": dict(status="ok", tables=[[
            ["Project manager", "planning, supplier follow-up", "internal", "0.6 FTE", "Dec – Aug", "all"],
            ["Data lead", "spreadsheets, cost accounting", "internal (finance)", "30 days", "Dec – Mar",
             "build, import"],
            ["Key users", "senior mechanic in each depot", "internal", "2 days a month", "Jan – Aug",
             "pilot, roll-out, training"]]]),
        "organisational-needs": dict(status="placeholder"),
        "raci": dict(status="missing"),
        "change-training": dict(status="ok", retitle="Training the mechanics", keep_bookmark=True, text=[
            "Training follows the depots. Each key user spends two days with the publisher's trainer, then trains "
            "the mechanics of his own depot in short sessions of one hour, at the start of the shift, on the "
            "coaches they are repairing that day. A video of each step is kept on the tablets. Before each "
            "go-live, the depot head explains at the morning briefing why paper cards stop and what happens to "
            "the spreadsheet."], tables=[[
            ["Key users", "lead their depot", "with the publisher's trainer", "2 days", "publisher", "January",
             "€3,000"],
            ["Mechanics", "open and close a job card, order a part", "hands-on at the start of the shift",
             "3 × 1 hour", "key users", "Feb – May", "€6,700"],
            ["Depot heads", "read the fleet dashboard", "workshop", "half a day", "Inès", "March", "€600"]]]),
        "governance": dict(status="thin", text=[
            "A steering committee with the managing director, the fleet manager and Inès meets once a month and "
            "decides on each go/no-go. The project team meets every Monday morning. Any overspend above €2,000 "
            "goes to the steering committee."]),
    },
)
