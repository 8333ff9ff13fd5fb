from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="skeleton",
    language="en",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: the Fruitière des Quatre Vallées, a cooperative dairy in the Jura that collects milk from 112
    farms for Comté, rolls out TankRoute, a tablet app for its six tanker drivers that records each farm's volume,
    temperature and sample on the spot instead of a carbon-copy booklet typed in at night. Guidance deleted. The
    deployment heading retyped "Rolling it out, one round at a time", the human needs heading retyped "The people
    it takes" and the governance heading retyped "Who steers, and how often" (runs replaced, bookmarks lost).
    The organisational arrangements deleted with their heading (missing); the change and training section still
    our prompt with its table left blank (placeholder); every other section written and its table filled.""",
    cover={"project": "TankRoute", "client": "Fruitière des Quatre Vallées", "candidate": "Camille Vuillemin",
           "team": "Camille Vuillemin, Yanis Cherif, Elsa Jacquot", "school": "Web School Factory"},
    sections={
        "smart-objectives": dict(status="ok", text=[
            "Every evening the office re-types about 220 lines from the drivers' booklets, and each month a dozen "
            "farms dispute a volume or a temperature that nobody can prove. The board asked for three measurable "
            "results by the end of the 2027 grazing season."], tables=[[
            ["No re-typing", "collection lines typed by hand at the office", "220 a day", "0", "Oct 2027",
             "office manager"],
            ["Fewer disputes", "farm disputes on volume or temperature", "12 a month", "2 a month", "Oct 2027",
             "quality lead"],
            ["Faster pay slips", "days from month end to farmers' milk statement", "9", "3", "Dec 2027",
             "accountant"]]]),
        "deployment-strategy": dict(status="ok", retitle="Rolling it out, one round at a time", text=[
            "Milk is collected every other day, in all weathers, and a tanker that stops at a farm must leave with "
            "the milk whatever happens to a tablet. So we never switch a round without the paper booklet in the "
            "cab as a back-up, and we never start a new round in the week of a Comté grading or in the calving "
            "peak of March.",
            "The pilot is the Foncine round, driven by Patrick, who asked to try it, with fourteen farms and the "
            "worst mobile coverage of the six rounds. If the app works there, offline and in the cold, it works "
            "anywhere. The pilot lasts four weeks in May. Volumes from the tablet and from the booklet are compared "
            "line by line each evening by Elsa at the office; the booklet is dropped only when two weeks in a row "
            "show no difference.",
            "The five other rounds follow one per fortnight in June and July, the easiest first, so that Patrick "
            "can ride along on the first morning of each new driver. The farmers are told by letter and at the "
            "June general meeting; each receives a card with the new printed ticket so they recognise it. August "
            "is frozen because of the replacement drivers, and September is for the link with the accounting "
            "software, which will produce the monthly milk statements."]),
        "wbs": dict(status="ok", tables=[[
            ["1", "Set-up of TankRoute and the six tablets", "tablets configured with 112 farms", "12", "none",
             "vendor"],
            ["2", "Pilot on the Foncine round", "pilot report with daily comparisons", "20", "1",
             "project lead"],
            ["3", "Roll-out to five rounds", "six rounds on tablets", "25", "2", "project lead"],
            ["4", "Link with accounting and milk statements", "first statement from TankRoute", "15", "3",
             "accountant"]]]),
        "implementation-schedule": dict(status="ok", skip_cols=1, text=[
            "Month 1 is March 2027. The critical path runs through the pilot: nothing is rolled out before the "
            "pilot report. We keep the calving peak of March for framing and tablet set-up, which involve no "
            "driver. Months 6 and 7 hold no new round: August belongs to the replacement drivers. Each new round starts on a Tuesday, never on a Monday after a weekend of collections, so that the office can compare the first two days calmly and call the driver back if a ticket looks wrong."], tables=[[
            [None, "project lead", "■", "", "", "", "", "", "", "", ""],
            [None, "vendor", "■", "■", "", "", "", "", "", "", ""],
            [None, "vendor", "", "■", "", "", "", "", "■", "■", ""],
            [None, "quality lead", "", "■", "■", "", "", "", "", "", ""],
            [None, "Patrick", "", "", "■", "", "", "", "", "", ""],
            [None, "project lead", "", "", "", "■", "■", "", "", "", ""],
            [None, "Patrick", "", "", "■", "■", "■", "", "", "", ""],
            [None, "office manager", "", "", "", "", "", "■", "■", "■", "■"]]]),
        "milestones": dict(status="ok", tables=[[
            ["Tablets ready", "26 Apr 2027", "six tablets with the 112 farms", "test round without error",
             "project lead"],
            ["Pilot passed", "31 May 2027", "pilot report", "two weeks with no difference from the booklet",
             "board"],
            ["All rounds on tablets", "30 Jul 2027", "roll-out report", "six rounds, booklets returned", "board"],
            ["First milk statement", "5 Oct 2027", "September statements", "sent three days after month end",
             "accountant"]]]),
        "budget": dict(status="ok", skip_cols=1, tables=[[
            [None, "€2k", "€0k", "€0k", "€0k", "€2k"],
            [None, "€1k", "€6k", "€9k", "€1k", "€17k"],
            [None, "€1k", "€4k", "€0k", "€1k", "€6k"],
            [None, "€1k", "€1k", "€0k", "€0k", "€2k"],
            [None, "€2k", "€1k", "€0k", "€0k", "€3k"],
            [None, "€3k", "€2k", "€0k", "€1k", "€6k"],
            [None, "€3k", "€1k", "€0k", "€0k", "€4k"],
            [None, "€1k", "€2k", "€0k", "€0k", "€3k"],
            [None, "€14k", "€17k", "€9k", "€3k", "€43k"],
            [None, "", "", "", "", "€45k"]]]),
        "budget-assumptions": dict(status="ok", text=[
            "Drivers' time is counted at €220 a day, their loaded cost, and the office staff at €200. The vendor's "
            "lines come from its quote of 4 November: €6k to set up the farms, rounds and tickets, €4k for the "
            "accounting link, and a licence of €120 per tablet and per month, shown here for the first year.",
            "Hardware is six rugged tablets with cab mounts and six small ticket printers, €9k from the supplier "
            "that already equips the cooperative's feed lorries. Contingency is small, about 7 %, because the "
            "scope is narrow and the vendor's price is fixed; it sits mostly on the accounting link, the one part "
            "we cannot test before September.",
            "The total is €43k against the €45k the board voted in October. The return is easy to see: the "
            "evening typing alone takes half of a clerk's time, about €16k a year, and a disputed collection that "
            "ends in a lost grading costs the farm and the cooperative far more. We have left out the drivers' extra minutes at each farm, which the pilot will measure."]),
        "human-organisational-needs": dict(status="ok", retitle="The people it takes", text=[
            "TankRoute needs no new hire, but it needs time from people whose days are already full. Camille leads "
            "the project for two days a week from March to October. Patrick, the pilot driver, becomes the drivers' "
            "referent and rides along with each colleague on their first morning; a replacement driver covers his "
            "round on those days. Elsa at the office checks the tablet data against the booklets during the pilot "
            "and then learns to run the monthly statements from the app. The quality lead spends a few hours a "
            "week on the temperature alarms, which will be new to everybody. Farmers need nothing but a word of "
            "explanation from their driver and a letter from the president. For the rounds that start in June, the office also needs one afternoon a week of help to answer farmers who call about the new tickets."]),
        "staffing-plan": dict(status="ok", tables=[[
            ["Project lead", "organised, trusted by drivers and office", "internal", "0.4 FTE", "Mar–Oct 2027",
             "all"],
            ["Drivers' referent", "pilot driver, patient with colleagues", "internal", "10 days",
             "May–Jul 2027", "pilot, roll-out"],
            ["Replacement driver", "heavy-goods licence, knows the rounds", "agency", "12 days", "May–Jul 2027",
             "roll-out"],
            ["Office clerk", "knows the booklets and the accounts", "internal", "0.3 FTE", "May–Oct 2027",
             "pilot, statements"]]]),
        "organisational-needs": dict(status="missing"),
        "raci": dict(status="ok", tables=[[
            ["Set-up and tablets", "A", "R", "C", "I", "C", "R", "I"],
            ["Pilot and roll-out", "A", "R", "C", "I", "R", "C", "I"],
            ["Milk statements", "I", "A", "C", "I", "R", "R", "C"]]]),
        "change-training": dict(status="placeholder"),
        "governance": dict(status="ok", retitle="Who steers, and how often", text=[
            "A small steering group meets on the first Monday of each month from March to October: the president "
            "of the cooperative, the manager, Camille, the quality lead and one driver, who changes every month "
            "so that each round is heard. It decides whether the next round starts, reviews the budget against the "
            "€45k voted by the board, and arbitrates between the vendor's suggestions and what the drivers ask.",
            "Between meetings Camille holds a fifteen-minute call with the vendor every Friday during the pilot "
            "and the roll-out. Any lost collection, any tablet failure that leaves a farm without a ticket, or a "
            "difference of more than one per cent between tablet and booklet is escalated to the manager the same "
            "day, and the round goes back to paper until it is explained. The group follows four numbers each "
            "month: lines re-typed, disputes, days to the milk statement and the share of collections recorded "
            "offline, and reports them to the board in October, together with the decision to keep or drop the paper booklet for good."]),
    },
)
