from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="pandoc",
    language="en",
    notes="""Markdown -> pandoc, English. Headings with upper-case part labels ("PART A – GOALS"), a question
    ("How do we roll it out?"), a name plus words ("WBS for the Hydra roll-out"); the schedule and the milestones
    under one heading (merged, both tables); budget assumptions merged into the budget heading (its text explains
    the figures); organisational arrangements missing; the staffing table under the human needs heading (merged);
    governance short (thin).""",
    title="Hydra – Operationalisation plan for the predictive maintenance platform",
    cover=["Techno project – Eau du Ponant", "Team 7: Mathilde Quéré, Olivier Tan"],
    blocks=[
        H(1, "PART A – GOALS", {"smart-objectives": "ok"}),
        T([["Objective", "Indicator", "Baseline", "Target", "Deadline", "Owner"],
           ["Detect pump failures before they happen", "failures predicted 48 h ahead", "0%", "60%", "Dec 2027", "maintenance manager"],
           ["Cut emergency call-outs", "night call-outs per month", "34", "15", "Dec 2027", "operations director"],
           ["Use the platform daily", "technicians logging in weekly", "0", "90%", "Sep 2027", "product owner"]]),
        P("The three objectives come from the board's mandate: fewer night call-outs is what pays for the project, and daily use is what makes it last."),
        H(1, "How do we roll it out?", {"deployment-strategy": "ok"}),
        P("Eau du Ponant runs 210 pumping stations around Brest. Hydra collects vibration and power data from the "
          "pumps and predicts failures so that technicians can act in working hours instead of at night. We "
          "recommend a phased roll-out rather than a big bang. Phase 1 equips the 20 stations with the most "
          "failures over the last three years, which account for 45% of night call-outs; it runs for four months "
          "and lets us tune the model on real data. Phase 2 extends to 90 stations in the north sector, where the "
          "maintenance team volunteered. Phase 3 covers the remaining 100 stations once the model reaches a 60% "
          "detection rate with fewer than two false alarms per week per technician. Each phase ends with a go/no-go "
          "decision. A big bang was rejected because sensors on 210 stations at once would overwhelm the four "
          "installers and because a poorly tuned model sending false alarms everywhere would destroy the "
          "technicians' trust in the first month. We also rejected a pilot-only approach with no commitment to "
          "scale, which the board saw as a way to never decide. The phasing also follows the seasons: phases 1 and 2 run before the summer peak of demand, when pumps fail most, so that the model learns from the hardest months before the last and largest phase begins."),
        H(1, "WBS for the Hydra roll-out", {"wbs": "ok"}),
        T([["Code", "Work package", "Deliverable", "Workload", "Dependencies", "Owner"],
           ["1", "Sensors and connectivity", "210 stations equipped", "160 days", "—", "installer"],
           ["2", "Data platform", "data lake and model in production", "120 days", "1 for real data", "data team"],
           ["3", "Technician app", "mobile alerts and work orders", "90 days", "2", "product owner"],
           ["4", "Training and change", "62 technicians trained", "40 days", "3", "HR and maintenance"]]),
        H(1, "Timeline and go/no-go points", {"implementation-schedule": "ok", "milestones": "ok"}),
        T([["Task", "Owner", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9"],
           ["Phase 1 sensors (20 stations)", "installer", "■", "■", "", "", "", "", "", "", ""],
           ["Model tuning", "data team", "", "■", "■", "■", "", "", "", "", ""],
           ["Phase 2 (90 stations)", "installer", "", "", "", "■", "■", "■", "", "", ""],
           ["Phase 3 (100 stations)", "installer", "", "", "", "", "", "", "■", "■", "■"],
           ["Training", "HR", "", "■", "", "", "■", "", "", "■", ""]]),
        P("The schedule runs over nine months from March. Each phase starts only after the go/no-go decision of the milestone that precedes it, listed in the second table; a no-go adds one month of tuning before the next attempt."),
        T([["Milestone", "Date", "Proof", "Go/no-go criterion", "Decision-maker"],
           ["Phase 1 live", "end M2", "20 stations sending data", "95% of data received", "project board"],
           ["Model validated", "end M4", "test report", "60% detection, < 2 false alarms per week", "operations director"],
           ["Full roll-out", "end M9", "210 stations", "technician usage 90%", "executive board"]]),
        H(1, "PART B – MONEY", {"budget": "ok", "budget-assumptions": "ok"}),
        T([["Phase", "Internal staff", "External services", "Tools and licences", "Contingency", "Total"],
           ["Phase 1", "€40k", "€95k", "€18k", "€15k", "€168k"],
           ["Phase 2", "€55k", "€210k", "€22k", "€29k", "€316k"],
           ["Phase 3", "€60k", "€230k", "€25k", "€32k", "€347k"]]),
        P("The budget rests on three assumptions. Sensors cost 1,900 euros per station installed, based on the "
          "quote from the supplier selected in the technology recommendation, with a 10% discount from phase 2 "
          "for volume. Internal staff time is costed at 350 euros a day, the utility's standard rate, and covers "
          "the data team and the technicians' training time. The platform licence is 9,000 euros a year plus "
          "1,200 euros per 50 stations. Contingency is set at 10% because sensor installation in old stations "
          "has surprised us twice during the pilot, once with a missing power supply and once with asbestos "
          "in a wall. The total of 831,000 euros is within the 900,000 euros envelope voted by the board, and "
          "the savings on night call-outs, estimated at 260,000 euros a year, pay it back in a little over "
          "three years."),
        H(1, "PART C – PEOPLE", {"human-organisational-needs": "ok", "staffing-plan": "ok"}),
        P("The project needs skills that the utility does not have in-house: a data scientist to tune the model "
          "and an IoT installer team, which we source from the supplier. Internally, the maintenance manager "
          "becomes product owner two days a week and each sector names a lead technician who tests the app and "
          "relays feedback. The 62 technicians need training, and their working patterns will change: fewer "
          "night shifts, more planned interventions, which the unions have asked us to discuss before phase 2. The data scientist is recruited on a two-year contract, so that the skill stays in-house after the vendor leaves, and the IT team takes over the platform's operation from month 7."),
        T([["Role", "Profile", "Internal or external", "Workload", "Period", "Phases"],
           ["Product owner", "maintenance manager", "internal", "0.4 FTE", "M1-M9", "all"],
           ["Data scientist", "predictive maintenance experience", "recruited", "1 FTE", "M1-M9", "all"],
           ["Installers", "IoT technicians", "external", "4 people", "M1-M9", "1-3"],
           ["Lead technicians", "one per sector", "internal", "0.2 FTE", "M2-M9", "2-3"]]),
        H(1, "RACI", {"raci": "ok"}),
        T([["Task", "Sponsor", "Project manager", "Product owner", "IT team", "Key users", "Vendor", "DPO"],
           ["Sensors", "I", "A", "C", "C", "I", "R", "I"],
           ["Model", "I", "A", "C", "R", "C", "C", "C"],
           ["App and training", "I", "A", "R", "C", "R", "C", "I"]]),
        H(1, "Training and change", {"change-training": "ok"}),
        T([["Audience", "Need", "Format", "Duration", "Trainer", "Date", "Cost"],
           ["Technicians (62)", "read an alert and plan the work order", "half-day on site with the app", "3 h", "lead technicians", "M2, M5, M8", "€6k"],
           ["Lead technicians (6)", "explain the model's alerts", "workshop with the data scientist", "1 day", "data scientist", "M2", "€2k"],
           ["Managers", "use the dashboard in weekly meetings", "meeting coaching", "2 h", "product owner", "M3", "—"]]),
        P("Training is given by lead technicians rather than by the vendor, because technicians trust their peers more than a vendor they never see, and because the lead technicians will stay after the project."),
        H(1, "Governance", {"governance": "thin"}),
        P("A monthly project board chaired by the operations director decides at each go/no-go milestone. "
          "The project manager reports weekly to the board members by email."),
    ],
    missing=["organisational-needs"],
)
