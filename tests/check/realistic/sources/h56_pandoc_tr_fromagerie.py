from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="pandoc",
    via="markdown",
    language="en",
    notes="""Held-out round 56 (h56_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: a cheese cooperative in the Jura (Comté, 160 farms) chooses a system to trace milk and wheels from
    farm to cellar. Numbered headings throughout; a scoring table; the organisational impacts heading has nothing
    under it (empty); no roadmap (missing).""",
    title="Tracing every wheel: which system for Fruitière des Hautes-Joux?",
    cover=["Technology Orientation project", "Clara Vuitton and Jonas Meyer", "December 2026"],
    missing=["roadmap"],
    blocks=[
        H(1, "1. In short", {"executive-summary": "ok"}),
        P("Fruitière des Hautes-Joux collects milk from 160 farms and turns it into about 52,000 wheels of Comté a "
          "year, ripened for 8 to 30 months in two cellars. Today each wheel carries a casein plate, but the link "
          "between that plate, the milk tanks that made it and the cellar moves lives in three spreadsheets and a "
          "paper ledger. When a buyer in Germany reported a listeria suspicion last spring, it took the quality team "
          "four days to say which farms were involved. We compared three ways to fix this: extending the current "
          "dairy ERP, adopting a specialised cheese traceability platform, and building a light custom tool on a "
          "low-code base. We recommend the specialised platform, FromTrace, which scored 4.1 out of 5 against 3.2 and "
          "2.9, costs 212,000 euros over five years and can be live before the 2027 summer milk peak. The plan below "
          "explains the choice, what it changes for the cellar teams and the IT, and how we will help 38 people adopt it."),
        H(1, "2. What the cooperative asked for", {"needs-recap": "ok"}),
        P("The board gave us one sentence: \"find any wheel's milk in one hour, and any milk's wheels in one hour\". "
          "Our interviews with the quality manager, the two cellar masters, the milk collection lead and six farmers "
          "turned that sentence into needs. Recall time is the first one: the Comté interprofession audits recall "
          "drills twice a year and our last score was the lowest of the massif. The second is paperwork: cellar "
          "staff spend roughly nine hours a week copying turning and salting records from paper to Excel."),
        P("The earlier studies also told us what not to break. The milk collection app that drivers use on their "
          "tablets works well and farmers trust it, so any solution must read its data rather than replace it. The "
          "cellars have poor Wi-Fi under the vaults, so scanning must work offline and sync later. Finally, the "
          "cooperative has one IT person shared with two other fruitières: whatever we pick must be run by a vendor "
          "or be very simple to maintain. These four points became the criteria in section 4."),
        H(1, "3. The three candidates", {"options": "ok"}),
        T([["Option", "What it is", "Main strength", "Main weakness"],
           ["A. ERP module", "traceability add-on from our dairy ERP vendor", "one system, known vendor",
            "no offline mode, cellar screens still to build"],
           ["B. FromTrace", "SaaS platform built for cheese makers, used by 30 fruitières",
            "cellar workflows ready, offline scanners", "monthly fee, data hosted outside the cooperative"],
           ["C. Low-code tool", "custom app on a low-code platform, built by a local agency",
            "fits exactly our habits", "depends on one agency, we would own the maintenance"]]),
        P("We also looked at blockchain-based food tracing offers, but dropped them early: none handles the long "
          "ripening of hard cheese and all of them were priced for large retailers."),
        H(1, "4. How we compared them", {"evaluation": "ok"}),
        P("We ran a half-day demo of each option with the quality manager and a cellar master, on a real case: the "
          "wheels made on 3 March 2025. Each demo was scored by four people on the same grid, then we averaged the "
          "marks. We visited one fruitière using FromTrace and one using the ERP module, and asked the agency for a "
          "firm quote. Costs were put on a five-year basis so that a subscription and a one-off build can be compared."),
        P("Before the demos we agreed on five criteria and their weights with the board's delegate, so that nobody "
          "could tune the grid after seeing a favourite. Marks go from 1 (does not meet the need) to 5 (meets it "
          "fully, shown live), and a mark of 5 required a live proof, not a slide."),
        H(2, "4.1 Weights", {"criteria-weights": "ok"}),
        T([["Criterion", "Weight"],
           ["Recall in under one hour", "30%"],
           ["Works offline in the cellars", "20%"],
           ["Reads the milk collection app", "20%"],
           ["Effort to run with one IT person", "15%"],
           ["Five-year cost", "15%"]]),
        H(2, "4.2 Scores", {"decision-matrix": "ok"}),
        T([["Criterion (weight)", "A. ERP module", "B. FromTrace", "C. Low-code"],
           ["Recall (30%)", "3", "5", "4"],
           ["Offline (20%)", "1", "5", "3"],
           ["Milk app link (20%)", "4", "4", "3"],
           ["Run effort (15%)", "4", "4", "1"],
           ["Cost (15%)", "4", "2", "3"],
           ["Weighted total", "3.2", "4.1", "2.9"]]),
        P("FromTrace wins because the two heaviest criteria favour it clearly; the ERP module would need the offline "
          "part built anyway, and the low-code tool loses on what it takes to keep it alive."),
        H(2, "4.3 Five-year costs", {"total-cost-of-ownership": "ok"}),
        T([["Cost item (k€, 5 years)", "A. ERP module", "B. FromTrace", "C. Low-code"],
           ["Licences or subscription", "60", "138", "25"],
           ["Set-up and data migration", "45", "30", "95"],
           ["Scanners and cellar hardware", "40", "22", "40"],
           ["Support and upkeep", "30", "12", "60"],
           ["Training", "10", "10", "12"],
           ["Total", "185", "212", "232"]]),
        P("Option A is cheapest on paper, but its quote leaves out the offline cellar screens, which the vendor "
          "estimates at 50 to 70 thousand euros more. With that added, it would cost more than FromTrace over the same "
          "five years."),
        H(1, "5. Our recommendation: FromTrace", {"recommendation": "ok"}),
        P("We recommend that the cooperative subscribes to FromTrace for five years, with a pilot in the Mouthe "
          "cellar from February 2027 and the second cellar from May, so that all wheels made during the summer peak "
          "are traced in the new system from their first day. The recommendation rests on three findings. First, "
          "in the demo FromTrace found the farms behind our test batch in 22 minutes, where the ERP module took "
          "an afternoon of filters and exports and the low-code mock-up could not yet do it. Second, its handheld "
          "scanners store a full day of turning and salting records under the vaults and send them when the cellar "
          "master walks back into the office: this is the need our cellar teams insisted on most. Third, it reads "
          "the milk collection app through a connector already used by two fruitières in the Doubs, so our drivers "
          "and farmers change nothing."),
        P("We do not hide the drawbacks. FromTrace is the second most expensive option over five years and the data "
          "sits on the vendor's servers in Lyon. We asked for and obtained three conditions that reduce these risks: "
          "a monthly export of all our data in an open format, a price capped at 3% increase a year, and a clause "
          "letting us leave after two years without penalty if recall drills do not reach the one-hour target. The "
          "cooperative's lawyer has read the draft contract and finds these clauses usable."),
        P("Choosing the ERP module would have kept one supplier, which the finance manager liked. But the module "
          "was designed for fresh dairy products that leave the plant within days, not for wheels that stay two "
          "years in a cellar and change shelves forty times. Its vendor had no fruitière customer to show us. The "
          "low-code tool was the most pleasant in the workshops, because it copied our paper forms, yet it would "
          "leave our one IT person in charge of a custom application for years, which the board refused outright "
          "in 2022 for the payroll tool."),
        P("If the board agrees in January, the contract can be signed in February, the pilot run for eight weeks, "
          "and the decision to extend taken at the April board with the pilot's recall time as the deciding figure. "
          "We propose that the target be written in the minutes now: one hour for a full recall drill in both "
          "directions, milk to wheel and wheel to milk, measured by the interprofession's own auditor."),
        H(1, "6. What will change", {"impact-measurement": "ok"}),
        P("We measured the effects of the new system on two levels: the equipment and software the cooperative "
          "runs, and the daily work of the people in the cellars, the quality office and the milk collection. For "
          "each effect we give the indicator we will track and its value before the project, taken from October "
          "2026. The main expected gains are a recall time divided by about thirty, nine hours of copying a week "
          "saved in the cellars, and a complete record of every wheel's life that the buyers in Germany and Japan "
          "now ask for in their contracts. The cost side is a new monthly fee and some new habits to learn. We will "
          "report these indicators to the board every quarter during the first year, then twice a year, so that "
          "the pilot's promises can be checked against what the cellars really see."),
        H(2, "6.1 Equipment and IT", {"infrastructure-impacts": "ok"}),
        T([["Area", "Change", "Indicator"],
           ["Cellar network", "two Wi-Fi points added at the vault doors for syncing", "sync failures per week"],
           ["Scanners", "eight rugged handhelds replace clipboards", "records scanned / wheels turned"],
           ["Servers", "the old traceability spreadsheet server is switched off", "servers to maintain: 3 -> 2"],
           ["Integration", "connector to the milk collection app", "tanks without a link to farms"]]),
        H(2, "6.2 People and teams", {"organisational-impacts": "empty"}),
        H(1, "7. Do the impacts support the choice?", {"impacts-and-recommendation": "ok"}),
        T([["Impact", "Why it supports FromTrace", "What we watch"],
           ["Recall time falls from four days to under one hour", "only option that did it during the demo",
            "time of each recall drill, twice a year"],
           ["Nine hours of copying saved each week", "offline scanners remove the paper step in the vaults",
            "hours logged by cellar staff on records"],
           ["Buyers' record requests answered the same day", "wheel history can be exported per order",
            "days to answer a buyer's file"],
           ["Monthly fee of about 2,300 euros", "accepted because upkeep and migration costs are the lowest",
            "yearly cost against the five-year plan"]]),
        P("The one impact that argues against our choice is the dependency on a vendor; the exit clause and the "
          "monthly export are there so that this dependency stays a choice and not a trap. If the recall drill of "
          "autumn 2027 still takes more than an hour, we will say so and reopen the comparison."),
        H(1, "8. Bringing the teams along", {"change-plan": "ok"}),
        T([["Step", "Action", "Who, when"],
           ["Awareness", "cellar meeting on last spring's recall and what it cost", "director, January"],
           ["Desire", "cellar masters test the scanners first and choose the screen layout", "pilot team, February"],
           ["Knowledge", "two half-days of training per person, in the cellar itself", "vendor, March and May"],
           ["Ability", "a buddy per shift for the first month, paper allowed as a backup", "cellar masters"],
           ["Reinforcement", "recall drill results shown at the yearly general assembly", "quality manager, June"]]),
        H(1, "9. What could go wrong", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Response"],
           ["Scanners fail in the cold and damp vaults", "medium", "vendor test in our cellar before signing"],
           ["Older staff keep the paper ledger", "high", "paper accepted as backup during two months only"],
           ["Vendor bought or closes", "low", "monthly open export, exit clause after two years"],
           ["Connector to milk app breaks after an update", "medium", "alert on unlinked tanks, vendor SLA of 48 h"]]),
    ],
)
