from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 62 (h62_), written and labelled on 2026-12-02 before any run of check. python-docx,
    English: Maison Quéré, a caterer in Rennes with three production kitchens, rolls out a kitchen production and
    stock management system. The authors' own headings, some shortened, some questions, one bold upper-case Normal
    paragraph; the budget split over two headings (launch, first year); change and training too short (thin); an
    appendix of the authors' own comparing the three software quotes.""",
    title="Maison Quéré – Putting Cuisinéo to work in our kitchens",
    cover=["Operationalisation plan, Technology Orientation project",
           "Solène Quéré, Mathis Le Goff, Anaïs Robin – December 2026"],
    blocks=[
        H(1, "1. Objectives", {"smart-objectives": "ok"}),
        P("Each objective has a figure, an owner and a date, so that we can say in June 2028 whether the project "
          "worked."),
        T([["Objective", "Indicator", "Target", "Deadline", "Owner"],
           ["Cut food waste in the three kitchens", "kg thrown away per 100 meals", "from 14 kg to 9 kg",
            "December 2027", "head chef"],
           ["Stop stock-outs on event days", "events with a missing ingredient", "zero per quarter",
            "September 2027", "purchasing manager"],
           ["Save time on ordering", "hours per week spent on supplier orders", "from 22 h to 8 h", "June 2027",
            "operations manager"]]),
        H(1, "2. How do we roll it out?", {"deployment-strategy": "ok"}),
        P("Maison Quéré prepares about 4,500 meals a day for company restaurants, schools and private events from "
          "three kitchens: Rennes-Cleunay, Cesson-Sévigné and Vitré. Today, recipes live in Excel files, stocks are "
          "counted on paper every Friday and each kitchen orders from suppliers by phone. The new system, "
          "Cuisinéo, links recipes, forecasts of meals, stock levels and supplier orders in one tool, used on "
          "tablets in the kitchens and on computers in the office."),
        P("We chose a kitchen-by-kitchen rollout rather than switching all three at once. Vitré goes first: it is "
          "the smallest kitchen (900 meals a day), its chef, Yann Hervé, volunteered, and a failure there would not "
          "stop the school contracts that Rennes-Cleunay handles. Vitré runs Cuisinéo alone for eight weeks while "
          "we fix what goes wrong, then Cesson follows, then Rennes-Cleunay, which is the most complex because of "
          "the events. During each switch, the kitchen keeps its paper stock sheets for two weeks alongside the "
          "tablets, so that nobody has to trust an untested figure on the day of a 600-guest wedding."),
        P("Recipes are loaded centrally before any kitchen starts: the 380 recipes in use are checked by the "
          "head chef, with their portions and allergens, because everything else in the tool depends on them. "
          "Supplier catalogues follow, starting with our six largest suppliers, who account for 80 % of purchases."),
        H(1, "3. Breakdown of the work", {"wbs": "ok"}),
        T([["Work package", "Tasks", "Who", "Days of work"],
           ["1. Preparation", "contract, recipe and supplier data, tablets", "operations, head chef", "35"],
           ["2. Vitré pilot", "set-up, training, eight weeks of use, fixes", "Vitré team, Cuisinéo consultant", "40"],
           ["3. Cesson rollout", "set-up, training, parallel run", "Cesson team, project lead", "25"],
           ["4. Rennes-Cleunay rollout", "set-up, events module, training", "Rennes team, project lead", "45"],
           ["5. Closing", "review, handover to operations, lessons learnt", "steering group", "10"]]),
        H(1, "4. Timeline", {"implementation-schedule": "ok"}),
        P("The project starts in January 2027 and ends in November 2027. We avoided starting a kitchen in May and "
          "June, the wedding season, and in the first weeks of September, when school menus restart. Between the pilot and the Cesson switch we leave May and June free on "
          "purpose: the Vitré team keeps using the tool, and we use those weeks to correct recipes and supplier "
          "data before a larger kitchen depends on them."),
        T([["Period", "Vitré", "Cesson", "Rennes-Cleunay"],
           ["Jan – Feb 2027", "preparation", "preparation", "preparation"],
           ["Mar – Apr 2027", "pilot in use", "-", "-"],
           ["Jul – Aug 2027", "in use", "switch and parallel run", "-"],
           ["Oct – Nov 2027", "in use", "in use", "switch, events module"]]),
        H(2, "4.1 Key dates", {"milestones": "ok"}),
        T([["Milestone", "Date", "Checked by"],
           ["Recipes and allergens validated", "20 February 2027", "head chef"],
           ["Vitré pilot go / no-go", "30 April 2027", "steering group"],
           ["Cesson live without paper", "31 August 2027", "operations manager"],
           ["Rennes-Cleunay live, first event run in Cuisinéo", "15 November 2027", "steering group"]]),
        H(1, "5. Budget – launch phase", {"budget": "ok"}),
        T([["Step", "Item", "Amount (€ excl. VAT)"],
           ["Preparation", "set-up fee and data import", "9,500"],
           ["Preparation", "14 kitchen tablets with rugged cases", "8,400"],
           ["Pilot and rollouts", "consultant days (18 days at 850 €)", "15,300"],
           ["Pilot and rollouts", "staff training time (replacement cooks)", "11,200"]]),
        H(1, "6. Budget – first year of use", {"budget": "ok"}),
        T([["Item", "Amount (€ excl. VAT)"],
           ["Subscription, three kitchens", "13,800"],
           ["Support and updates", "2,400"],
           ["Contingency (10 % of the total)", "6,000"],
           ["Total launch and first year", "66,600"]]),
        H(2, "6.1 Where the figures come from", {"budget-assumptions": "ok"}),
        P("The set-up fee, the subscription and the consultant's day rate come from Cuisinéo's signed quote of "
          "October 2026, which we compared with two others (see the appendix). The tablets were priced with our "
          "usual IT supplier; we chose rugged cases because a standard tablet would not survive a year next to "
          "the ovens and the washing-up area. Training time is the largest hidden cost: each of the 52 cooks "
          "follows two half-day sessions, and a replacement cook costs us about 27 euros an hour, agency fee "
          "included."),
        P("The board gave us a ceiling of 70,000 euros for the launch and the first year. At 66,600 euros we are "
          "under it, and the 6,000 euros of contingency is there for what we cannot yet price, such as extra "
          "consultant days if the events module needs changes. On the other side, the savings we expect from "
          "less waste, about 38,000 euros a year at current food prices, pay for the project in under two years. "
          "We did not count the time saved on ordering as money, because it will be spent on checking deliveries "
          "more carefully."),
        H(1, "7. People", {"human-organisational-needs": "ok"}),
        P("No one is hired for this project, but it asks a lot of people who already work full time. The "
          "operations manager, Anaïs Robin, leads the project for two days a week, and her planning duties are "
          "handed to her assistant during that year. Each kitchen names a key user, a chef de partie who knows the "
          "recipes and is at ease with a tablet, and who gets four hours a week to help colleagues. The "
          "purchasing manager spends about a day a week on supplier catalogues until the summer. The cooks need "
          "training, time to practise and patience during the parallel runs, when they write stocks twice. We also need one evening of the IT "
          "supplier's time per kitchen to set up the Wi-Fi, since two of the three kitchens have no signal near "
          "the cold rooms."),
        H(2, "7.1 Who we need", {"staffing-plan": "ok"}),
        T([["Role", "Person", "Time on the project", "Period"],
           ["Project lead", "Anaïs Robin", "2 days a week", "Jan – Nov 2027"],
           ["Recipe owner", "Head chef, Pierre-Yves Salaün", "1 day a week", "Jan – Mar 2027"],
           ["Key users", "one chef de partie per kitchen", "4 hours a week", "from their kitchen's switch"],
           ["Purchasing", "Mathis Le Goff", "1 day a week", "Jan – Jul 2027"],
           ["External consultant", "Cuisinéo", "18 days in all", "pilot and rollouts"]]),
        H(2, "7.2 What changes in the kitchens' organisation?", {"organisational-needs": "ok"}),
        P("The biggest change is who orders. Today each chef phones suppliers when stocks look low; with "
          "Cuisinéo, the tool proposes orders from the meal forecasts, and the purchasing manager validates them "
          "for all three kitchens at 11 am each day. Chefs lose some freedom, and we discussed this openly with "
          "them: they keep the right to add an urgent order, which is then flagged for review. Stock counts move "
          "from a weekly Friday count on paper to a quick daily count of the 40 most expensive items on the "
          "tablet. The sales team must also enter event menus into the tool ten days before the event instead of "
          "sending an e-mail two days before, which changes their habits more than anybody's. The Friday stock meeting disappears and its "
          "hour is given back to the kitchens."),
        B("8. WHO DECIDES, WHO DOES", {"raci": "ok"}),
        T([["Activity", "Steering group", "Project lead", "Head chef", "Key users", "Cuisinéo"],
           ["Recipe data", "I", "A", "R", "C", "C"],
           ["Tablet set-up", "I", "A", "I", "C", "R"],
           ["Training sessions", "I", "A", "C", "R", "R"],
           ["Go / no-go for each kitchen", "A", "R", "C", "C", "I"],
           ["Supplier catalogues", "I", "A", "C", "I", "R"]]),
        H(1, "9. Bringing the teams along", {"change-training": "thin"}),
        T([["Group", "What they get", "When"],
           ["Cooks", "two half-day sessions on tablets", "two weeks before their switch"],
           ["Key users", "two days with the consultant", "before the pilot"],
           ["Sales team", "one hour on event menus", "September 2027"]]),
        H(1, "10. Steering", {"governance": "ok"}),
        P("A steering group meets once a month: Solène Quéré as managing director, the project lead, the head "
          "chef, the purchasing manager and, for the first three meetings, the Cuisinéo consultant. It looks at "
          "three things only: progress against the key dates, money spent against the budget, and the objective "
          "indicators once a kitchen is live. It alone decides to move from one kitchen to the next, on the "
          "basis of a short go / no-go review written by the project lead."),
        P("Between meetings, the project lead holds a thirty-minute call every Monday with the key users. "
          "Problems are logged in a shared list with an owner and a date. Any spending above the contingency, "
          "or any delay of more than three weeks, goes straight to Solène Quéré without waiting for the monthly "
          "meeting. After November 2027, the steering group meets quarterly for a year to check that waste and "
          "ordering time stay at their targets, then hands the indicators over to the monthly operations meeting, which already follows food costs."),
        H(1, "Appendix – The three quotes we compared", {}),
        T([["Supplier", "Set-up", "Yearly subscription", "Events module", "Our view"],
           ["Cuisinéo", "9,500 €", "13,800 €", "included", "chosen: only one with events"],
           ["Kitchen Planner Pro", "6,000 €", "16,900 €", "not available", "English only, no allergen labels"],
           ["GestResto", "12,000 €", "11,000 €", "extra 4,000 €", "slow on tablets in our test"]]),
    ],
)
