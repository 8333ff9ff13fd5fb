from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="pandoc",
    language="en",
    notes="""Held-out round 24, written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc.
    Rolling out electronic shelf labels and handheld scanners in 14 garden centres. The authors' own
    headings (questions, numbered, 'What we aim for'), the schedule table carries the milestones in a column
    with no heading of its own (merged), a budget table, an extra 'Risks we watch' section; no staffing table
    and no RACI (missing); the steering heading left with nothing under it (empty).""",
    title="Verdure & Co — from paper tags to smart shelves",
    cover=["Technology Orientation project — Camille Roux, Théo Lambert, Inès Benali", "Client: Verdure & Co garden centres"],
    missing=["staffing-plan", "raci"],
    blocks=[
        H(1, "1. What we aim for", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Target", "By"],
           ["Replace paper price tags in all 14 centres", "share of shelves with electronic labels", "100%", "30 June 2027"],
           ["Cut price errors at the till", "till disputes per 1,000 receipts", "from 4.1 to under 1", "September 2027"],
           ["Free staff time for customer advice", "hours per week spent re-tagging", "from 38 to 8 per centre", "September 2027"],
           ["Keep stock counts accurate", "gap between system and shelf at inventory", "under 2%", "December 2027"]]),
        H(1, "2. How do we roll it out?", {"deployment-strategy": "ok"}),
        P("We will not switch the 14 centres at once. Garden centres live by the season: from March to June the "
          "stores make 55% of their yearly turnover, and no manager will accept a technician on a ladder in the "
          "middle of the bedding-plant rush. The rollout therefore starts in January with one pilot centre, "
          "Mérignac, chosen because it is mid-sized, has a motivated manager and already has good Wi-Fi coverage "
          "in the covered plant area."),
        P("After six weeks of pilot, we review three things with the store team: the label readability in the "
          "outdoor areas, the battery life of the labels in the cold, and the time staff really save. Only if the "
          "pilot meets its targets do we move on to a first wave of four centres in February and early March. The "
          "remaining nine centres follow in September and October, after the season, when the teams have time to "
          "learn. Each wave follows the same routine: a Wi-Fi survey two weeks before, a weekend of installation by "
          "the supplier with our own staff, a three-day period where paper and electronic labels coexist, then "
          "the removal of the paper tags. The head office pricing team switches a centre's prices to the new "
          "system only once the store manager signs that every aisle is covered. If a wave slips, the next one waits: we prefer a late centre to two half-finished ones."),
        H(1, "3. Breaking the work down", {"wbs": "ok"}),
        T([["Work package", "Tasks", "Owner"],
           ["WP1 Infrastructure", "Wi-Fi survey, access points, label base stations", "IT department"],
           ["WP2 Software", "connector between the pricing system and the label server, testing", "IT + supplier"],
           ["WP3 Installation", "label rails, label fixing, scanner cradles", "supplier + store teams"],
           ["WP4 People", "training, new re-pricing routine, support", "HR + project team"],
           ["WP5 Closing", "pilot review, wave reviews, handover to operations", "project team"]]),
        H(1, "4. When? Timeline and key dates", {"implementation-schedule": "ok", "milestones": "ok"}),
        T([["Period", "What happens", "Milestone"],
           ["Dec 2026", "contract signed, connector development starts", "kick-off 7 Dec"],
           ["Jan 2027", "pilot installation in Mérignac, two weeks of testing", "pilot live 25 Jan"],
           ["Feb–Mar 2027", "pilot review, then wave 1: Pessac, Libourne, Arcachon, Langon", "go / no-go 8 Feb"],
           ["Apr–Aug 2027", "freeze during the season, fixes and support only", "—"],
           ["Sep–Oct 2027", "wave 2: the nine remaining centres, two per week", "last centre live 29 Oct"],
           ["Nov 2027", "project review and handover to store operations", "closure 30 Nov"]]),
        P("The April to August freeze is deliberate: no installation work happens while the centres make most of their year."),
        H(1, "5. What it costs", {"budget": "ok"}),
        T([["Step", "Amount (€)"],
           ["Labels (41,000 units at €6.20)", "254,200"],
           ["Base stations and Wi-Fi upgrades", "68,000"],
           ["Connector development", "36,000"],
           ["Handheld scanners (56 units)", "39,200"],
           ["Installation and training days", "47,500"],
           ["Contingency (8%)", "35,600"],
           ["Total", "480,500"]]),
        H(2, "Where the numbers come from", {"budget-assumptions": "ok"}),
        P("The label count comes from a shelf audit we did in the pilot centre, scaled by the sales floor of each "
          "centre: Mérignac needs 2,900 labels for 3,400 m², and the network has 48,000 m² of shelving. The unit "
          "price is the one quoted by the supplier for orders above 40,000 labels, including outdoor-grade "
          "casings for the nursery areas. Wi-Fi upgrades are costed from the survey of the pilot: two extra "
          "access points per covered area at €1,100 each, installed. The connector is priced at 45 days of a "
          "developer at €800 a day. Installation days cover the supplier's team plus our own staff working on "
          "Sunday, paid at the double rate under the company agreement. The 8% contingency covers price changes "
          "on labels and a possible third scanner per centre. The total stays under the €500,000 the board set "
          "in October, and the saving on re-tagging hours alone (about 30 hours a week per centre) pays the "
          "project back in a little under three years."),
        H(1, "6. Teams and organisation", {"human-organisational-needs": "ok"}),
        P("The project needs few new people but a lot of time from existing ones. On the head office side, a "
          "project manager (Camille, full time for twelve months), an IT engineer for the connector and the "
          "network (half time), and the pricing team lead, who validates every switch. In each centre, the store "
          "manager names a label referent among the section heads; they get two days of training and become the "
          "first line of support. The supplier provides two installers per wave and a hotline during opening "
          "hours, Sunday included. No hiring is planned: the time freed from re-tagging is meant to go back to "
          "customer advice, which is why HR is involved from the start. Store staff representatives are informed at the December works council meeting, before the pilot begins, so that nobody hears about it first from the supplier."),
        H(2, "6.2 What changes in the stores", {"organisational-needs": "ok"}),
        P("Today, price changes arrive from head office on Monday as a printed list, and two employees per centre "
          "spend most of Tuesday replacing paper tags. With electronic labels, prices change overnight, so the "
          "Tuesday routine disappears. Section heads instead receive a daily exception list on their scanner: "
          "labels with a low battery, labels that did not confirm the new price, and products without a label. "
          "Promotions no longer need printed posters on the shelf, which removes a task from the Thursday evening "
          "shift. The store manager's weekly report gains a line on label coverage, and the pricing team at head "
          "office becomes responsible for prices in the stores, not only in the system. Opening hours and staffing rotas do not change, but the Tuesday shift is rebuilt around advice on the sales floor."),
        H(1, "7. Bringing people along", {"change-training": "ok"}),
        T([["Who", "What", "When", "Cost"],
           ["Label referents (14)", "two-day course with the supplier", "before each wave", "€9,800"],
           ["All store staff (about 420)", "one-hour session on the scanner and the exception list", "week of go-live", "in-house"],
           ["Store managers", "half-day on the coverage report and the new routines", "January and September", "in-house"],
           ["Pricing team", "one day on the label server", "December", "€1,200"]]),
        P("Training is held in the store itself, on real shelves, and each referent keeps a short printed guide for new seasonal staff hired in spring, who arrive after the waves are over."),
        H(1, "8. Risks we watch"),
        L(["Labels unreadable in full sun in the nursery areas: tested during the pilot with two casing types.",
           "Connector delays: the pilot can run on manual price pushes for a month.",
           "Staff fear of job cuts: HR message and store meetings before each wave."]),
        H(1, "9. Who steers?", {"governance": "empty"}),
    ],
)
