from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="scratch-docx",
    via="python-docx",
    language="en",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: Verdello, a family chain of 14 garden centres in the Loire valley, rolls out electronic
    shelf labels and a handheld stock app in three waves. Shortened and question headings, numbered by the
    authors; the rollout approach is split over two headings (the general approach, then why the pilot store
    comes first); tables for objectives, WBS, schedule, milestones, budget, staffing and RACI; the training part
    is one short table with a line of text (thin); an appendix of the authors' own listing the stores by wave.""",
    title="Verdello – Operational plan for electronic shelf labels",
    cover=["Technology orientation project · Team: Clara Jouanneau, Bastien Morel, Priya Nair",
           "Client: Verdello Jardineries SAS, Angers · December 2026"],
    blocks=[
        H(1, "1. Objectives", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Target", "Deadline"],
           ["Every plant and tool price shown on an electronic label", "share of shelf edges equipped",
            "100 % in the 14 centres", "30 September 2027"],
           ["Fewer price errors at the till", "till disputes per 1,000 receipts", "from 4.1 to under 1",
            "end of wave 3"],
           ["Less time spent relabelling", "staff hours per week on price changes", "from 190 to 40",
            "December 2027"],
           ["Stock counted from the aisle", "share of counts made on the handheld app", "80 %",
            "31 October 2027"]]),
        H(1, "2. How we roll out", {"deployment-strategy": "ok"}),
        P("We do not switch the fourteen centres at once. Spring is when a garden centre makes 45 % of its "
          "yearly sales, and no store manager would accept a building site between March and June. The rollout "
          "therefore runs in three waves: one pilot store in January and February, five centres in July and "
          "August, when the shops are quiet after the bedding-plant season, and the last eight in September."),
        P("Each wave follows the same sequence: the shelf rails are fitted at night by the supplier, the labels "
          "are paired with the product catalogue, then the store runs for two weeks with both paper and "
          "electronic prices before the paper tickets are removed. The head office team moves from store to "
          "store with the supplier's technicians; nobody in a centre is expected to install anything alone."),
        H(2, "2.1 Why start with Saumur?", {"deployment-strategy": "ok"}),
        P("Saumur is our mid-sized centre (2,800 m² indoors, 9 staff) and its manager, Hélène Bréhaut, asked to be "
          "first. It has both a cold greenhouse and an outdoor nursery, so we will learn how the labels stand "
          "humidity, frost and watering before we buy 31,000 of them. If the pilot shows more than 2 % of labels "
          "failing outdoors, we switch the nursery to weatherproof models before wave 2. Saumur is also close to head "
          "office, so the project lead can be on site within forty minutes during the first weeks."),
        H(1, "3. WBS", {"wbs": "ok"}),
        T([["Work package", "Main tasks", "Owner", "Effort (days)"],
           ["WP1 Catalogue clean-up", "merge duplicate items, fix prices and units", "Merchandising", "35"],
           ["WP2 Network", "Wi-Fi survey and access points in greenhouses", "IT", "28"],
           ["WP3 Installation", "rails, labels, base stations per wave", "Supplier + IT", "60"],
           ["WP4 Handheld app", "configure counts and price checks", "IT", "22"],
           ["WP5 People", "training, floor champions, FAQ", "HR", "30"],
           ["WP6 Close-out", "remove paper tickets, review, handover", "Project lead", "12"]]),
        H(1, "4. When?", {"implementation-schedule": "ok"}),
        P("The plan covers ten months, from the supplier's contract in December 2026 to the last centre in "
          "September 2027. Nothing is installed between March and June: those months are kept for the catalogue "
          "work and for learning from the pilot. Each wave ends with two weeks of double pricing before paper "
          "tickets go."),
        T([["Period", "Work", "Stores"],
           ["Dec 2026 – Jan 2027", "contract, catalogue clean-up, Wi-Fi survey", "head office"],
           ["Jan – Feb 2027", "pilot installation and two weeks of double pricing", "Saumur"],
           ["Mar – Jun 2027", "pilot review, weatherproof labels ordered", "—"],
           ["Jul – Aug 2027", "wave 2", "five centres"],
           ["Sep 2027", "wave 3 and close-out", "eight centres"]]),
        H(2, "Key dates", {"milestones": "ok"}),
        T([["Milestone", "Date", "Go / no-go decided by"],
           ["Supplier contract signed", "14 Dec 2026", "Board"],
           ["Pilot live in Saumur", "15 Feb 2027", "Steering committee"],
           ["Pilot review", "31 Mar 2027", "Steering committee"],
           ["Wave 2 complete", "31 Aug 2027", "Project lead"],
           ["All centres live", "30 Sep 2027", "Board"]]),
        H(1, "5. Budget", {"budget": "ok"}),
        T([["Step", "Cost (€)", "Share"],
           ["Catalogue clean-up (temporary staff)", "18,000", "5 %"],
           ["Network and base stations", "42,000", "12 %"],
           ["Labels and rails (31,000 labels)", "236,000", "66 %"],
           ["Handheld devices (28)", "22,400", "6 %"],
           ["Training and champions' time", "15,600", "4 %"],
           ["Contingency", "24,000", "7 %"],
           ["Total", "358,000", "100 %"]]),
        H(2, "Where the numbers come from", {"budget-assumptions": "ok"}),
        P("Label prices come from the supplier's offer of 28 November: €6.90 for a standard label and €9.40 for "
          "the weatherproof model, rails included. We counted 31,000 shelf edges during the store visits of "
          "October, of which 7,500 outdoors. If the pilot forces us to use weatherproof labels everywhere "
          "outdoors, the extra cost is about €19,000, which the contingency covers."),
        P("The network line is based on the Wi-Fi survey of two centres, extrapolated by surface: greenhouses "
          "need one access point every 400 m², against 900 m² in the shop. Handheld devices are rugged models "
          "at €800, two per centre. Training is counted as staff time: four hours per person for 130 people, "
          "at the average loaded hourly cost of €30."),
        P("The client asked us to stay below €380,000 over two financial years. At €358,000 we are inside that "
          "ceiling, and the board expects the labels to pay back in about three years through the hours saved "
          "on relabelling and fewer till disputes."),
        H(1, "6. People and organisation", {"human-organisational-needs": "ok"}),
        P("The project needs no permanent hire. It needs a project lead for ten months, an IT technician who "
          "follows every installation, a merchandiser who owns the catalogue clean-up, and one floor champion "
          "per centre who learns the system first and helps colleagues afterwards. The store managers remain "
          "responsible for their centre's planning during installation weeks."),
        P("The heaviest load falls on merchandising in December and January, when every product needs one "
          "clean price, unit and picture before labels can be paired. We hire two temporary assistants for "
          "those eight weeks rather than stopping the normal price work."),
        P("In the centres, each installation week costs about a day and a half of staff time per employee: "
          "helping the night crew, checking prices on the shelves the morning after and attending training. "
          "Store managers plan those hours in the rota four weeks ahead, and head office sends one extra "
          "seasonal worker to each centre during its wave so that the shop floor is never left short."),
        H(2, "Staffing", {"staffing-plan": "ok"}),
        T([["Role", "Who", "Time on the project", "Period"],
           ["Project lead", "Bastien Morel (head office)", "60 %", "Dec 2026 – Sep 2027"],
           ["IT technician", "internal", "80 %", "Jan – Sep 2027"],
           ["Merchandiser", "internal", "50 %", "Dec 2026 – Feb 2027"],
           ["Temporary assistants", "two hires", "100 %", "8 weeks"],
           ["Floor champions", "one per centre", "10 %", "their wave"]]),
        H(2, "What changes in the stores?", {"organisational-needs": "ok"}),
        P("Today, price changes arrive every Tuesday as a printed list, and two people per centre spend most of "
          "the day printing and placing tickets. After the rollout, head office pushes prices to the labels "
          "overnight, and the Tuesday routine disappears. Those hours go back to advice on the shop floor, which "
          "customers ask for in every survey."),
        P("Stock counts also change hands: instead of the monthly count on paper by the manager, staff scan "
          "shelves with the handhelds during quiet hours. The store managers will therefore review counts rather "
          "than make them, and the weekly meeting in each centre gets a fifteen-minute slot for label alerts. "
          "The works council has been informed in November; no job changes category, but two job descriptions "
          "will be updated in January: the price clerk and the department head."),
        H(1, "7. Who does what?", {"raci": "ok"}),
        T([["Activity", "Project lead", "IT", "Store manager", "Supplier", "Board"],
           ["Choose label models", "A", "R", "C", "C", "I"],
           ["Clean the catalogue", "A", "C", "I", "—", "—"],
           ["Install in a store", "A", "R", "C", "R", "I"],
           ["Train staff", "A", "C", "R", "C", "—"],
           ["Go / no-go per wave", "R", "C", "C", "I", "A"]]),
        H(1, "8. Training the teams", {"change-training": "thin"}),
        P("Every employee gets a short session during their store's installation week."),
        T([["Audience", "Format", "Length"],
           ["Floor champions", "supplier workshop", "1 day"],
           ["Sales staff", "in-store demo", "2 hours"],
           ["Managers", "dashboard session", "half day"]]),
        H(1, "9. Steering", {"governance": "ok"}),
        P("A steering committee meets every month from December to September: the managing director, the "
          "finance director, the project lead, the head of IT and, in turn, the manager of the next store to be "
          "equipped. It approves each go / no-go, the use of the contingency and any change in scope. Between "
          "meetings, the project lead and the supplier hold a weekly call and share a one-page status with "
          "progress, open issues and spending against budget."),
        P("Spending above €5,000 that was not planned needs the finance director's written approval; anything "
          "above €20,000 goes to the board. After each wave, the committee reviews three figures — labels "
          "failing, till disputes and hours spent on prices — before allowing the next one. If a wave fails its "
          "review, the next one slips by a month rather than going ahead in the busy season. The board receives "
          "a short written summary after each committee, and the store managers read the same one-page status "
          "so that no centre learns about a delay from the supplier first."),
        H(1, "Appendix A – Stores by wave", {}),
        T([["Wave", "Centres", "Shelf edges"],
           ["1 (pilot)", "Saumur", "2,100"],
           ["2", "Angers-Nord, Cholet, Chinon, Baugé, Doué", "11,400"],
           ["3", "Angers-Sud, Tours, Blois, Vendôme, Loches, Segré, Ancenis, Château-Gontier", "17,500"]]),
    ],
)
