from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 46 (h46_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch: VetOuest, a group of 14 veterinary clinics in Brittany and Normandy, replaces its on-premise practice
    software. Shortened and question headings, a scoring table; the recommendation is split over two headings
    (the pick, then why not the others); an appendix of the authors' own on the clinics visited. The change plan
    is a bare ADKAR table with a few words per cell (thin); no roadmap (missing).""",
    title="VetOuest – Which practice software for 2027?",
    cover=["Technology Orientation project · client: VetOuest group",
           "Authors: Gaëlle Le Du, Hugo Perrin · December 2026"],
    blocks=[
        H(1, "Summary", {"executive-summary": "ok"}),
        P("VetOuest runs 14 veterinary clinics on a practice management system installed on a server in each "
          "clinic. The software is out of support in December 2027, the servers are ageing, and the group cannot "
          "see its activity across clinics without exporting spreadsheets by hand. We compared three ways "
          "forward: a cloud practice platform built for veterinary groups, the cloud version of the current "
          "vendor, and a general health-care platform adapted by an integrator."),
        P("We recommend PetCloud, the specialist cloud platform. It scored 4.1 out of 5 against 3.4 and 2.8, "
          "costs 12 percent less over five years than staying with the current vendor, and gives the group a "
          "shared client record across clinics, which vets asked for in every interview. The switch is a real "
          "change for 160 staff: we plan a clinic-by-clinic rollout over nine months, starting with two pilot "
          "clinics in Rennes in March 2027."),
        H(1, "What does VetOuest need?", {"needs-recap": "ok"}),
        P("The group's management gave us four goals: keep every clinic running on the day of the switch, see "
          "the activity of all clinics in one place, let a client be treated in any clinic with the same record, "
          "and stop maintaining servers in back rooms. Our earlier studies added the staff's view. In the "
          "interviews at six clinics, reception teams complained most about appointment booking by phone, which "
          "takes a third of their day, and vets complained about re-typing vaccination histories when an animal "
          "comes from another VetOuest clinic."),
        P("The technical audit found 14 servers, five of them more than seven years old, two without any tested "
          "backup, and a network link in Lannion too slow for heavy software. The benchmark of the market showed "
          "that online booking and reminders by text message are now standard in the sector. Finally, the "
          "scope is the practice software and what touches it (booking, invoicing, laboratory results, "
          "pharmacy stock); accounting and payroll stay as they are, and so does the website of each clinic."),
        H(1, "Options", {"options": "ok"}),
        T([["Option", "What it is", "Hosting", "Main argument"],
           ["A. PetCloud", "cloud practice platform for veterinary groups", "SaaS, data in France",
            "shared records and online booking built in"],
           ["B. Current vendor, cloud edition", "same software moved to the vendor's cloud", "SaaS",
            "staff already know the screens"],
           ["C. Health platform plus integrator", "general clinic software adapted to animals", "private cloud",
            "very flexible, strong analytics"]]),
        P("We also looked at keeping the current software on new servers, but the end of support rules it out. A fourth vendor declined to answer our request because it does not serve groups of more than ten clinics."),
        H(1, "How did we compare them?", {"evaluation": "ok"}),
        P("We held two half-day demonstrations per option with a vet, a receptionist and the group's IT manager, "
          "each time on the same five scenarios: booking a consultation online, treating an animal first seen in "
          "another clinic, running a vaccination reminder campaign, invoicing a surgery with pharmacy items, and "
          "producing the monthly activity report for the group. Each person scored each scenario, and we "
          "checked the vendors' claims with two reference groups already using options A and C. Costs were "
          "asked for in writing with the same assumptions: 14 clinics, 160 users, five years. The weights below were agreed with the group's management before any demonstration, so that no option could shape them."),
        H(2, "Criteria", {"criteria-weights": "ok"}),
        T([["Criterion", "Weight", "Where it comes from"],
           ["Shared client record across clinics", "25 %", "vets' interviews"],
           ["Ease of use at reception", "20 %", "reception interviews"],
           ["Five-year cost", "20 %", "management's budget"],
           ["Group reporting", "15 %", "management"],
           ["Security and hosting in France", "10 %", "technical audit"],
           ["Migration effort", "10 %", "technical audit"]]),
        H(2, "Scoring", {"decision-matrix": "ok"}),
        T([["Criterion (weight)", "A. PetCloud", "B. Current vendor", "C. Health platform"],
           ["Shared record (25 %)", "5", "3", "4"],
           ["Reception (20 %)", "4", "4", "2"],
           ["Cost (20 %)", "4", "3", "2"],
           ["Reporting (15 %)", "3", "2", "5"],
           ["Security (10 %)", "4", "4", "3"],
           ["Migration (10 %)", "3", "5", "1"],
           ["Weighted score", "4.1", "3.4", "2.8"]]),
        P("Scores go from 1 (poor) to 5 (excellent) and are the average of the three testers, rounded. Option C "
          "wins on reporting but loses on everything the clinics use every day."),
        H(2, "Five-year cost", {"total-cost-of-ownership": "ok"}),
        T([["Euros over five years", "A. PetCloud", "B. Current vendor", "C. Health platform"],
           ["Licences and subscriptions", "403,000", "470,000", "310,000"],
           ["Migration and setup", "62,000", "25,000", "180,000"],
           ["Training", "38,000", "12,000", "55,000"],
           ["Network upgrades", "21,000", "21,000", "21,000"],
           ["Internal IT time", "40,000", "55,000", "90,000"],
           ["Total", "564,000", "583,000", "656,000"]]),
        P("The current vendor looks cheaper to start, but its subscription is higher every year after the first."),
        H(1, "Our pick: PetCloud", {"recommendation": "ok"}),
        P("We recommend that VetOuest moves all 14 clinics to PetCloud between March and December 2027. It is "
          "the only option that answers the two needs staff raised most: one client record for the whole group, "
          "and online booking with text reminders that take calls off the reception desk. PetCloud already runs "
          "in three veterinary groups in France, one of them of our size, whose IT manager told us the switch "
          "took eight months and that reception staff were the first to defend the new tool."),
        P("The recommendation comes with conditions. The contract must include the export of all data in an "
          "open format at any time, a service level of 99.8 percent with penalties, and hosting in France, which "
          "the vendor accepts. The migration of fifteen years of medical histories must be tested on the two "
          "pilot clinics before any other clinic moves, and the group must fund the network upgrade in Lannion "
          "before its clinic switches. Finally, we advise keeping the old servers read-only for one year, so "
          "that no history is ever out of reach during the transition."),
        P("In short, PetCloud is not the cheapest tool to install, but it is the cheapest to live with, and the "
          "one that changes daily work in the direction the staff asked for. We ask the board to approve the "
          "contract in January so that the pilots can start in March."),
        H(2, "Why not the others?", {"recommendation": "ok"}),
        P("Staying with the current vendor is the comfortable choice, and the migration would be easier. But its "
          "cloud edition is the old software hosted elsewhere: no shared record between clinics before 2029 on "
          "its roadmap, no online booking, and a subscription that makes it the most expensive after year two. "
          "The health platform is impressive on reporting, but it was designed for human medicine: species, "
          "breeds and vaccination schedules would have to be built by the integrator, which explains its "
          "migration cost and the poor scores at reception. We would be paying to adapt a tool that the "
          "specialist already offers ready to use."),
        H(1, "What will change?", {"impact-measurement": "ok"}),
        P("We measured impacts with the clinic managers, by looking at a normal week at reception and in the "
          "consultation rooms before the switch, and at the pilot reports of the reference group. The largest "
          "effects are on reception work, where online booking should take about 40 percent of the calls away, "
          "and on the IT manager's job, which moves from repairing servers to managing a supplier. For vets, the "
          "change is smaller but visible every day: histories from other clinics appear without a phone call. Clients will notice it too, through reminders by text and booking at night. "
          "We also expect new costs, mainly better internet links and more training than usual in the first "
          "year. The two tables below list the impacts we found and how we will measure each one, six months and "
          "one year after each clinic switches."),
        H(2, "Infrastructure", {"infrastructure-impacts": "ok"}),
        T([["Impact", "Size", "How we measure it"],
           ["14 clinic servers retired", "high", "servers switched off by December 2027"],
           ["Faster, backed-up internet links", "medium", "each clinic at 100 Mbit/s with a 4G fallback"],
           ["Laboratory analysers connected to the cloud", "medium", "results received without manual entry"],
           ["Single sign-on for 160 users", "low", "accounts created from the HR file"]]),
        H(2, "People and teams", {"organisational-impacts": "ok"}),
        T([["Impact", "Who", "How we measure it"],
           ["Fewer booking calls", "receptionists", "calls per day before and after"],
           ["New way to consult histories", "vets and nurses", "time to open a record from another clinic"],
           ["IT manager becomes supplier manager", "group IT", "tickets handled by the vendor"],
           ["Monthly group report automated", "management", "report ready on the 3rd of each month"]]),
        H(1, "Do the impacts change our choice?", {"impacts-and-recommendation": "ok"}),
        P("They confirm it, with two adjustments. The impacts on reception are the main gain of PetCloud, and "
          "they are also where resistance could come from: receptionists who have used the same screens for "
          "ten years will have to learn new ones during the busy vaccination season. That is why the rollout "
          "avoids April to June and why each clinic gets a super-user from its own reception team. The network "
          "impact was the one thing that could have turned us towards the current vendor, whose software is "
          "lighter; the reference group showed that PetCloud works on a 100 Mbit/s link, and the upgrade costs "
          "the same for every option, so it does not change the ranking. Finally, the change in the IT "
          "manager's role is real and positive, but only if the contract gives the group clear service levels "
          "to manage."),
        H(1, "Change plan", {"change-plan": "thin"}),
        T([["ADKAR step", "Action"],
           ["Awareness", "letter from the CEO, clinic visits"],
           ["Desire", "pilot clinics show results"],
           ["Knowledge", "two days of training per person"],
           ["Ability", "a super-user in every clinic"],
           ["Reinforcement", "monthly booking figures shared"]]),
        H(1, "What could go wrong?", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Histories lost or corrupted in migration", "low", "high", "test on two pilots, keep old servers read-only"],
           ["Internet outage in a clinic", "medium", "high", "4G fallback and offline mode"],
           ["Staff reject the new screens", "medium", "medium", "super-users, no switch in vaccination season"],
           ["Vendor raises prices after year three", "medium", "medium", "price cap written in the contract"]]),
        H(1, "Appendix A – Clinics we visited", {}),
        P("Rennes-Cleunay, Rennes-Nord, Vitré, Saint-Malo, Avranches and Lannion, between 6 and 24 October 2026. "
          "We thank the teams who let us sit at their reception desks."),
    ],
    missing=["roadmap"],
)
