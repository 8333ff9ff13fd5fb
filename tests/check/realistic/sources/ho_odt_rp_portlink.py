from _common import *

DOC = dict(
    deliverable="risk-policy",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round (ho_). Markdown -> pandoc ODT -> LibreOffice docx. English, a port authority
    replacing its cargo tracking system. Numbered headings; the scales are a sub-heading of the method; the
    response plans are a table under the strategy heading with no heading of their own (merged); the monitoring
    part is a short paragraph (thin).""",
    title="Port of Brest – PortLink migration: risk policy",
    cover=["Risk management policy – Gaëlle Tanguy, project office"],
    blocks=[
        H(1, "1. What this policy is for", {"policy-objectives": "ok"}),
        P("The port authority is replacing CargoTrack, the system that follows every container from the ship to "
          "the truck gate, with PortLink, a package already used in Le Havre. The migration runs from January to "
          "October 2027 and costs 1.4 million euros. A stop of tracking for more than four hours would leave trucks "
          "waiting on the ring road and ships held at anchor, which costs the shipping lines and the port about "
          "60,000 euros an hour. This policy says how the project team finds, rates, treats and follows the risks "
          "of the migration, and who decides what. It applies to the project team, the two suppliers and the "
          "terminal operators. Our appetite is low for anything touching the gate and customs data, and moderate "
          "for cost: the steering committee accepts up to 8 % over budget if it protects the go-live date."),
        H(1, "2. Finding the risks", {"identification-method": "ok"}),
        P("We started from three workshops of ninety minutes, one with the terminal operators, one with IT and "
          "one with customs and the shipping agents, each asked the same question: what could stop a container "
          "during the switch? We added the lessons of the Le Havre migration, whose project manager gave us an "
          "afternoon and his list of incidents, and we read both supplier contracts line by line for penalties and "
          "exit clauses. Every risk is written as a cause, an event and an effect, so that two people reading it "
          "understand the same thing. Each one is rated by its owner and by the project office separately, then "
          "discussed when the two ratings differ by two points or more. New risks can be raised by anyone through "
          "a form on the project site; the project office reviews them every Monday."),
        H(2, "2.1 Scales", {"rating-scales": "ok"}),
        T([["Level", "Likelihood", "Impact"],
           ["1", "once in the project, unlikely", "under 10 k€, no effect on the gate"],
           ["2", "possible", "10-50 k€ or a delay under a week"],
           ["3", "likely", "50-200 k€ or gate slowed for a day"],
           ["4", "almost certain", "over 200 k€ or gate stopped"]]),
        H(1, "3. The register", {"risk-register": "ok"}),
        T([["ID", "Risk", "L", "I", "Score", "Owner", "Response"],
           ["R1", "Customs interface not certified in time", "3", "4", "12", "IT lead", "reduce"],
           ["R2", "Container history lost in the data move", "2", "4", "8", "data manager", "reduce"],
           ["R3", "Operators refuse the new gate screens", "3", "3", "9", "operations", "reduce"],
           ["R4", "Supplier goes bankrupt", "1", "4", "4", "purchasing", "transfer"],
           ["R5", "Storm season delays the go-live tests", "2", "2", "4", "project manager", "accept"]]),
        H(1, "4. Heat map", {"risk-matrix": "ok"}),
        P("Placed on a four by four grid, two risks sit in the red corner: the customs interface and the "
          "operators' acceptance of the new screens. The data move is orange because its likelihood is low but its "
          "impact is the worst we can imagine. The supplier and the storm risks stay green. We redraw the grid at "
          "each steering committee; a risk that moves into the red is discussed first, before anything else on "
          "the agenda. The grid is printed on the first page of the monthly report, so that board members who read "
          "nothing else still see where the danger is."),
        H(1, "5. Early warnings", {"trigger-indicators": "ok"}),
        L(["Customs test messages rejected: more than 2 % in a week",
           "Data reconciliation: more than 50 containers with a different status in the two systems",
           "Training attendance of gate operators under 80 % a month before go-live"]),
        H(1, "6. How we respond", {"response-strategy": "ok", "response-plans": "ok"}),
        P("For each risk the owner chooses one of four answers. We reduce a risk when an action within our reach "
          "lowers its likelihood or its impact; this is the case for most of the register. We transfer it when "
          "someone else is better placed to carry it, as with the supplier's failure, covered by an escrow of the "
          "source code and a bank guarantee. We avoid it when we can change the plan so that the risk disappears: "
          "we moved the go-live out of the cruise season for that reason. We accept it when acting would cost more "
          "than the risk, as for the storm season, and then we only keep a buffer. Every risk scoring 9 or more "
          "has a written plan with an action, an owner, a date and a fallback, shown below. The fallback for the "
          "gate is the same for all plans: CargoTrack stays ready to restart for thirty days after the switch."),
        T([["Risk", "Action", "Owner", "Date", "Fallback"],
           ["R1", "book the customs test slot in March, not June", "IT lead", "15 Mar", "manual declarations for a week"],
           ["R3", "operators test the screens in two sessions before go-live", "operations", "30 Aug", "old screens kept at gate 2"],
           ["R2", "three dry runs of the data move", "data manager", "30 Sep", "restart CargoTrack"]]),
        H(1, "7. Keeping watch", {"monitoring-governance": "thin"}),
        P("The project office updates the register every Monday. The steering committee sees the red risks each "
          "month and decides on any plan over 20,000 euros."),
    ],
)
