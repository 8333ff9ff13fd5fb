from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="pandoc",
    language="en",
    notes="""Held-out round 40 (h40_), written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English: Maison Ferrand, a chain of 22 bakeries around Lyon, must replace its ageing on-premise tills before
    support ends in 2027 and picks between three till platforms. The authors' own numbered headings, the main
    parts in UPPER CASE, a comparison table of the options. The weights and the scores sit in one table under
    one heading (criteria and decision matrix merged). No roadmap figure or timeline section: the dates are only
    in the change plan (roadmap missing).""",
    title="Maison Ferrand – Which tills for the next ten years?",
    cover=["Technology recommendation and impact measurement",
           "Chloé Berthet, Antoine Rey, Nadia Khelifi – Web School Factory, December 2026"],
    blocks=[
        H(1, "1. IN SHORT", {"executive-summary": "ok"}),
        P("Maison Ferrand runs 22 bakeries and two cafés around Lyon on Aures tills installed in 2015. The supplier "
          "ends support in June 2027, four tills already freeze on busy Sunday mornings, and head office still "
          "collects the day's sales by USB key. We compared three ways forward: upgrading the current system, "
          "moving to the cloud platform TillCloud, or moving to Caisséo, a French platform built for bakeries. We "
          "recommend Caisséo. It scored highest on the criteria the family and the shop managers weighted, costs "
          "about 14% less than TillCloud over five years, and handles the pre-orders for cakes that today live on "
          "paper. The switch is planned shop by shop from March to June 2027, with the two largest shops last. The investment pays back within three years through less unsold bread."),
        H(1, "2. WHAT THE BAKERIES NEED", {"needs-recap": "ok"}),
        P("We spent two days in four shops and interviewed the owner, Paul Ferrand, the finance manager and six "
          "shop managers. Three needs came out every time. First, a till that does not freeze: on a Sunday, a "
          "frozen till means a queue on the pavement and, by the managers' count, 30 to 50 customers who walk "
          "away. Second, sales figures for every shop by the evening, not by Tuesday, so that the central "
          "bakehouse can plan tomorrow's baking and throw away less; unsold bread costs the chain about 210,000 "
          "euros a year. Third, cake pre-orders taken at the till, with a deposit, instead of the paper book that "
          "loses three or four orders a month."),
        P("Our earlier market study showed that 40% of customers would use a loyalty card if it were on their "
          "phone, and the process study found that closing the till takes 25 minutes per shop each evening. "
          "The scope is the 24 tills, the back office at head office and the link with the bakehouse "
          "production plan; the website and the accounting software stay as they are."),
        H(1, "3. THREE WAYS FORWARD", {"options": "ok"}),
        P("We kept three options after a first screening of seven suppliers. Each was shown to us on real data "
          "from the Croix-Rousse shop."),
        T([["", "Aures upgrade", "TillCloud", "Caisséo"],
           ["What it is", "new version of the current tills, still on a server in each shop", "international cloud till, app on tablets", "French cloud till designed for bakeries"],
           ["Hardware", "new Aures terminals", "iPads on stands", "Android terminals with printer"],
           ["Pre-orders", "no", "through a paid add-on", "built in, with deposit"],
           ["Offline mode", "yes, local server", "yes, 24 h", "yes, 72 h"],
           ["Data to bakehouse", "nightly export file", "API", "API and ready-made report"]]),
        H(1, "4. HOW WE COMPARED THEM", {"evaluation": "ok"}),
        P("We wanted the comparison to reflect what matters to the people who will live with the tills, not "
          "what impressed us in the demos. The criteria come from the three needs above, plus cost and the "
          "quality of support. The weights were voted by Paul Ferrand and four shop managers in a one-hour "
          "workshop, each spreading 100 points. Each option was then scored from 1 to 5 by the three of us "
          "after the demos and two reference calls with other bakery chains. Where we disagreed, we kept the lowest "
          "score and wrote down why, so that the family can challenge any figure in the table below. Scores of 3 mean \"does the job, nothing more\"."),
        H(2, "4.1 Weights and scores", {"criteria-weights": "ok", "decision-matrix": "ok"}),
        T([["Criterion", "Weight", "Aures upgrade", "TillCloud", "Caisséo"],
           ["Reliability on busy mornings", "30%", "3", "4", "5"],
           ["Same-evening sales per shop", "20%", "2", "5", "5"],
           ["Pre-orders with deposit", "15%", "1", "3", "5"],
           ["Five-year cost", "20%", "4", "3", "4"],
           ["Support in French, on Sundays", "15%", "4", "2", "4"],
           ["Weighted total", "100%", "2.95", "3.55", "4.65"]]),
        P("Caisséo leads on every criterion but cost, where the Aures upgrade is close. TillCloud loses on "
          "Sunday support, which is only by e-mail."),
        H(2, "4.2 Five-year cost", {"total-cost-of-ownership": "ok"}),
        T([["Cost item (5 years)", "Aures upgrade", "TillCloud", "Caisséo"],
           ["Hardware for 24 tills", "86,000 €", "41,000 €", "52,000 €"],
           ["Licences and subscriptions", "38,000 €", "118,000 €", "96,000 €"],
           ["Installation and training", "12,000 €", "22,000 €", "18,000 €"],
           ["Maintenance and support", "54,000 €", "included", "included"],
           ["Total", "190,000 €", "181,000 €", "166,000 €"]]),
        P("The upgrade looks cheap in year one but needs a server replaced in every shop in 2029. Prices are the "
          "suppliers' written quotes of November 2026, excluding VAT."),
        H(1, "5. OUR RECOMMENDATION: CAISSÉO", {"recommendation": "ok"}),
        P("We recommend that Maison Ferrand moves all 24 tills to Caisséo between March and June 2027. The choice "
          "follows directly from the needs the shops described. Reliability came first for everyone we met, and "
          "Caisséo is the only option that keeps selling for three days without the internet, on a terminal "
          "with its own printer; in the two reference chains we called, no shop had stopped selling in a year. "
          "Same-evening sales figures reach the bakehouse through a report that the production manager can open "
          "at 8 pm, which is what the bakehouse asked for to cut unsold bread. Pre-orders with a deposit are "
          "built in, so the paper cake book disappears without a paid add-on."),
        P("Cost was the closest call. Over five years Caisséo costs 166,000 euros against 181,000 for TillCloud "
          "and 190,000 for the upgrade, once the server replacement of 2029 is counted. If unsold bread falls by "
          "only 10% thanks to same-evening figures, the chain saves 21,000 euros a year, which pays for the "
          "subscriptions. We did not choose TillCloud, although its software is excellent, because its support "
          "is closed on Sundays, the busiest day of a bakery, and because its pre-order module would be an extra "
          "subscription. We did not choose the upgrade because it keeps the weakest part of today's set-up, a "
          "server in each shop that nobody on site knows how to restart."),
        P("The recommendation covers the whole scope agreed with the client: the tills, the back office and the "
          "link to the bakehouse plan. It leaves the loyalty card for a second step; Caisséo offers one, and we "
          "suggest deciding on it in autumn 2027, once the tills are stable. Paul Ferrand asked us what would "
          "make us change our mind. Our answer: if Caisséo could not sign a service level of four hours on "
          "Sundays, TillCloud would become the better choice, and the matrix shows it would still be well ahead "
          "of the upgrade. The contract should therefore be signed only once that "
          "service level is written into it."),
        H(1, "6. WHAT CHANGES, AND HOW WE WILL MEASURE IT", {"impact-measurement": "ok"}),
        P("Changing tills touches the shops' hardware and network, but above all the daily routine of about 110 "
          "sales staff, most of them part-time and many of them students. We measured the current situation "
          "in November so that each impact can be compared with a baseline: 25 minutes to close a till, 11 "
          "freezes reported in October, sales known at head office after 2.5 days on average, 3.4 lost "
          "pre-orders a month. We will measure the same figures three and six months after each shop switches, "
          "and the finance manager will report them to the family board. If a shop does not reach the baseline after six months, we "
          "look at its training and its network before blaming the tills, since both can explain the same freeze. Every figure will be published to the shops as well."),
        H(2, "6.1 Hardware and network", {"infrastructure-impacts": "ok"}),
        T([["Impact", "Where", "Size", "What we do"],
           ["Shop servers switched off", "22 shops", "22 servers", "recycled through the supplier"],
           ["Fibre or 4G backup needed", "5 shops on ADSL", "5 lines", "4G router in each"],
           ["New terminals and printers", "all shops", "24 terminals", "installed on a Monday afternoon"]]),
        H(2, "6.2 People and routines", {"organisational-impacts": "ok"}),
        T([["Impact", "Who", "Size", "What we do"],
           ["New till screens", "110 sales staff", "2 h of training each", "training at the shop, before opening"],
           ["Evening closing shorter", "shop managers", "from 25 to 5 minutes", "new closing checklist"],
           ["Pre-orders at the till", "sales staff", "about 300 a month", "cake photos loaded in the till"],
           ["Daily sales report", "bakehouse planner", "one report a day", "plan adjusted each evening"]]),
        H(1, "7. Why these impacts support the choice", {"impacts-and-recommendation": "ok"}),
        P("Each expected impact goes back to a need and to a reason for choosing Caisséo. The drop in freezes "
          "and the offline mode answer the first need, and they are the reason TillCloud's weaker Sunday support "
          "weighed so much. The shorter closing and the daily report are what make the subscription pay for "
          "itself. The training load is the main cost for the organisation, and it would have been higher with "
          "TillCloud, whose screens are in English by default. In other words, the impacts were not an afterthought: "
          "they changed the ranking between the two cloud options."),
        T([["Impact", "Need it answers", "How it shaped the choice"],
           ["No more frozen tills", "reliability", "only Caisséo sells 72 h offline"],
           ["Sales known the same evening", "less unsold bread", "ready-made report, no integration project"],
           ["Pre-orders with deposit", "no lost cake orders", "built in, no add-on subscription"],
           ["Two hours of training per person", "adoption by part-time staff", "French screens, bakery vocabulary"]]),
        H(1, "8. Bringing the teams along", {"change-plan": "ok"}),
        T([["Step", "Action", "Who", "When"],
           ["Awareness", "Paul Ferrand explains the change at the managers' meeting", "owner", "January 2027"],
           ["Desire", "two pilot shops show their closing time to the others", "pilot managers", "February 2027"],
           ["Knowledge", "two-hour training in each shop, cheat sheet at the till", "Caisséo trainer", "March to June 2027"],
           ["Ability", "a floor walker on the first Saturday and Sunday", "our team", "each switch weekend"],
           ["Reinforcement", "monthly figures shared with every shop", "finance manager", "from July 2027"]]),
        H(1, "9. WHAT COULD GO WRONG", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Impact", "Response"],
           ["Staff turnover erases the training", "high", "medium", "video tutorials, training in the induction day"],
           ["Internet cut on a Sunday", "medium", "low", "72 h offline mode, 4G backup"],
           ["Caisséo raises prices after year two", "medium", "medium", "price cap written in the contract"],
           ["Bakehouse keeps planning by habit", "medium", "high", "planner trained first, report reviewed weekly"]]),
    ],
    missing=["roadmap"],
)
