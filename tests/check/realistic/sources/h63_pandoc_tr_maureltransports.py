from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="pandoc",
    language="en",
    notes="""Held-out round 63 (h63_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: a family haulier in the Limousin with 64 trucks chooses a fleet telematics platform to replace paper
    delivery notes and phone calls. Numbered headings of the author's own, some in UPPER CASE; the weights and the
    scores sit in one table under one heading (merged); a three-year cost table; no risk section anywhere
    (deleted); a short roadmap and a section of the author's own on what was left out.""",
    title="Telematics for Transports Maurel: what to buy and what it changes",
    cover=["Technology Orientation project – Hugo Lafarge, Clara Mendès", "Limoges, December 2026"],
    blocks=[
        H(1, "1. SUMMARY FOR THE BOARD", {"executive-summary": "ok"}),
        P("Transports Maurel runs 64 trucks out of Limoges and Brive for retailers and dairies of the Limousin. Drivers "
          "still carry paper delivery notes, the planners track them by phone, and a signed note reaches the "
          "accounts office four days on average after the delivery, which delays invoicing by the same amount. "
          "We compared three telematics platforms over ten weeks and recommend Webfleet, with its driver app and "
          "electronic proof of delivery, connected to the company's transport management software. It scored 4.35 "
          "out of 5 on our weighted grid, costs about 141,000 euros over three years before the regional grant, and should pay for itself "
          "within two years through faster invoicing and about 6 percent less diesel. We ask the board to approve "
          "a pilot on the twelve trucks of the Brive depot from February 2027."),
        H(1, "2. Where we started: the needs and what the studies found", {"needs-recap": "ok"}),
        P("The managing director, Sylvie Maurel, gave us three goals: invoice on the day of delivery, know where every "
          "truck is without calling the driver, and cut fuel use before the new low-emission rules around Limoges "
          "apply in 2028. The operations manager added a fourth: stop losing delivery notes, which cost the company "
          "about 38,000 euros in disputed invoices last year."),
        P("The user study, eleven interviews with drivers and planners plus three days in the cab, showed that drivers "
          "are not against a tablet as long as it does not distract them while driving and that it works in the "
          "valleys of the Corrèze, where the signal drops. The technical study found that the transport software, "
          "Dashdoc, has an open API, and that the old GPS boxes fitted in 2016 on 30 trucks no longer send data "
          "reliably. The financial study set a ceiling of 160,000 euros over three years, financed in part by a "
          "regional grant for cleaner transport. None of the studies found any appetite for building a tool in "
          "house: the company has one IT person."),
        H(1, "3. Three platforms on the table", {"options": "ok"}),
        P("We kept three platforms after a first look at eight. All three fit in the cab and offer a driver app. The five we dropped either had no French support or could not work without a signal."),
        T([["Platform", "What it is", "Strengths", "Weaknesses"],
           ["Webfleet (Bridgestone)", "Telematics box plus driver tablet, SaaS", "Dashdoc connector ready, offline proof of delivery", "Highest licence price"],
           ["Geotab with a partner app", "Open telematics platform, apps from a marketplace", "Rich fuel data, cheap boxes", "Proof of delivery from a third party"],
           ["Strada by a Lyon start-up", "Driver app only, uses the drivers' phones", "Cheapest, quick to start", "No engine data, depends on personal phones"]]),
        H(1, "4. How we compared them", {"evaluation": "ok"}),
        P("Each platform was fitted on two trucks for three weeks, one on a dairy route in the hills and one on a "
          "city route in Limoges. Drivers and planners filled in the same short form every Friday. We agreed the "
          "criteria and their weights with Sylvie Maurel and the operations manager before any test began, so that "
          "no one could move them after seeing the results. Prices are from written quotes for 64 trucks. Every "
          "score has its reason written in our working file, and we checked that changing any single weight by ten "
          "points does not change the winner. Only a cost weight above 35 would, and nobody in the company argued for that."),
        H(2, "4.1 WEIGHTS AND SCORES", {"criteria-weights": "ok", "decision-matrix": "ok"}),
        T([["Criterion", "Weight", "Webfleet", "Geotab", "Strada"],
           ["Electronic proof of delivery, offline", "30", "5", "3", "4"],
           ["Link with Dashdoc", "25", "5", "3", "3"],
           ["Fuel and driving data", "20", "4", "5", "1"],
           ["Ease for drivers", "15", "4", "3", "5"],
           ["Three-year cost", "10", "2", "4", "5"],
           ["Weighted score out of 5", "100", "4.35", "3.50", "3.40"]]),
        P("Webfleet wins on the two heaviest criteria, which are exactly the director's first goals. Geotab and Strada "
          "end close, but for opposite reasons: Geotab for its fuel data, Strada for its price and its simplicity."),
        H(2, "4.2 What it costs over three years", {"total-cost-of-ownership": "ok"}),
        T([["Cost line", "Year 1", "Year 2", "Year 3", "Total"],
           ["Licences, 64 trucks", "€34,600", "€34,600", "€34,600", "€103,800"],
           ["Boxes and tablets, fitting", "€21,800", "€0", "€0", "€21,800"],
           ["Dashdoc connector and set-up", "€6,500", "€900", "€900", "€8,300"],
           ["Driver training, two hours each", "€5,100", "€800", "€800", "€6,700"],
           ["Regional grant", "-€12,000", "€0", "€0", "-€12,000"],
           ["Net total", "€56,000", "€36,300", "€36,300", "€128,600"]]),
        P("Before the grant the total is about 141,000 euros. Geotab came to 117,000 euros and Strada to 61,000."),
        H(1, "5. Our recommendation: Webfleet, piloted in Brive", {"recommendation": "ok"}),
        P("We recommend that Transports Maurel equips its whole fleet with Webfleet, starting with a three-month pilot "
          "on the twelve trucks of the Brive depot. Webfleet is the only option that answers all four goals at once. "
          "Its proof of delivery works without signal and is sent as soon as the truck is back in coverage, which "
          "is what the Corrèze routes need, where a third of the stops have no signal at all. Its connector to Dashdoc already exists, so the signed delivery note "
          "lands in the invoicing queue the same day without anyone typing it. Its engine data covers fuel and "
          "harsh braking, which the company needs to prepare for the low-emission zone."),
        P("It is not the cheapest. Strada costs less than half, and the drivers liked it, but it runs on personal "
          "phones, gives no fuel data and would leave the company with the same blind spot on diesel it has today. "
          "Geotab was close on fuel but would need a second vendor for the proof of delivery, and the one IT person "
          "told us plainly that he cannot maintain two integrations. The extra cost of Webfleet, about 24,000 euros "
          "over three years compared with Geotab, is repaid in less than a year by invoicing four days earlier: "
          "on a monthly turnover of 1.9 million euros, that frees about 250,000 euros of cash."),
        P("The pilot in Brive is chosen because it has the hardest routes and the most sceptical drivers. If it "
          "works there, it will work in Limoges. Success means three things after three months: at least 95 percent "
          "of deliveries signed electronically, invoices issued within one day, and no rise in driver complaints. "
          "If the pilot meets these, the remaining 52 trucks are equipped in May and June 2027, before the summer "
          "peak of the dairies. If it fails, the company keeps the boxes for tracking only, and we would look at "
          "Strada for the proof of delivery, which limits the loss to about 20,000 euros. Either way, the board decides on figures, not on opinions."),
        H(1, "6. Measuring the impact", {"impact-measurement": "ok"}),
        P("We list the impacts on the infrastructure and on the organisation separately, and for each one the figure "
          "the company will follow. The baseline is taken in January 2027 from the accounts, the fuel cards and the "
          "planners' call logs, so that the pilot can be judged against real numbers rather than impressions. We "
          "expect most gains to come from invoicing and fuel; the main cost is the drivers' time to learn the app "
          "and the planners' change of habits, which we think is underestimated in most projects of this kind. The "
          "figures are reviewed by the management committee at the end of the pilot and then every quarter, with the drivers' representatives invited to the review. Each figure comes from a system the company already runs, so nobody has to collect anything by hand."),
        H(2, "6.1 On the IT side", {"infrastructure-impacts": "ok"}),
        T([["Impact", "What changes", "Indicator"],
           ["Boxes replaced on 30 old trucks", "New hardware fitted in the Brive and Limoges workshops", "Trucks sending data every day"],
           ["Dashdoc connector", "Delivery data flows in automatically", "Notes arriving within one hour"],
           ["Tablets to manage", "64 devices to update and replace", "Tablets out of order per month"]]),
        H(2, "6.2 For people and teams", {"organisational-impacts": "ok"}),
        T([["Who", "What changes", "Indicator"],
           ["Drivers", "Sign on the tablet, no paper, driving style scored", "Complaints to the staff representatives"],
           ["Planners", "Follow trucks on a map instead of calling", "Phone calls per day"],
           ["Accounts office", "No more retyping of delivery notes", "Days from delivery to invoice"]]),
        H(1, "7. DO THE IMPACTS CHANGE THE CHOICE?", {"impacts-and-recommendation": "ok"}),
        P("Yes, and we let them. Before the studies we leaned towards Strada because it was cheap and the drivers "
          "liked it. The impacts pushed us away from it: with no engine data it does nothing for fuel, and running on "
          "personal phones would have given the drivers' unions a fair reason to refuse. The impact on the one IT "
          "person ruled out Geotab, which would have needed two integrations to maintain. On the other hand, the "
          "impact on the drivers made us add two things to the Webfleet plan: the driving score stays private to "
          "each driver for the first six months, and the tablet locks while the truck moves. Without those two "
          "conditions, we would not recommend going beyond the pilot. The tables in section 6 are the ones we used to decide this."),
        H(1, "8. Bringing drivers and planners along", {"change-plan": "ok"}),
        T([["Step", "What we do", "When"],
           ["Awareness", "Sylvie Maurel explains the why at the Brive depot breakfast, with the lost-notes figure", "January 2027"],
           ["Desire", "Two respected drivers test first and tell the others", "February"],
           ["Knowledge", "Two hours of training per driver, on paid time, in the cab", "February to March"],
           ["Ability", "A planner on call for app questions during the first month", "March"],
           ["Reinforcement", "Monthly results posted at each depot, a fuel bonus shared with drivers", "From April"]]),
        H(1, "9. Timeline", {"roadmap": "ok"}),
        L(["January 2027: baseline figures and board decision",
           "February to April: pilot on the twelve Brive trucks",
           "May to June: the 52 other trucks, depot by depot",
           "September: first full quarter of results to the board"]),
        H(1, "10. What we left out"),
        P("We did not study route optimisation software, which the planners asked about. It would be a separate "
          "project, easier once the trucks send their positions."),
    ],
    missing=["risks"],
)
