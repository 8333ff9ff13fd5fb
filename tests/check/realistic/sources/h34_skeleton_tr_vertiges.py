from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="skeleton",
    language="en",
    notes="""Held-out round 34 (h34_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Vertiges, nine bouldering gyms around Lyon, must replace the ageing desktop software that
    runs memberships, entries and course bookings; the candidate compares a climbing-specific SaaS, Odoo and a
    custom build, and recommends the SaaS. Guidance boxes deleted. Headings retyped (runs replaced, bookmarks lost):
    "In short", "What Vertiges needs", "Scoring the three options" (the decision matrix), "Why BlocPass" and "How
    the impacts changed our choice". Tables filled,
    the cost table with its pre-filled row labels kept. The impact measurement prose is still our prompt
    (placeholder) while its two tables are filled. The risks section was deleted with its heading (missing).""",
    cover={"project": "A new member platform for Vertiges", "client": "Vertiges SAS, Villeurbanne",
           "candidate": "Baptiste Morel", "team": "Baptiste Morel, Leïla Benali", "school": "Web School Factory"},
    sections={
        "executive-summary": dict(status="ok", retitle="In short", text=[
            "Vertiges runs nine bouldering gyms in and around Lyon, with 14,800 members and about 1,900 entries on "
            "a busy Saturday. Everything from the membership card to the children's courses still goes through "
            "Grimpos, a desktop program installed in 2013 whose editor stops supporting it in June 2027. Queues at "
            "the desk reach twenty minutes on Saturday afternoons, and members cannot book a course or freeze "
            "their subscription online.",
            "We recommend BlocPass, a SaaS built for climbing gyms, at about 152,000 euros over three years, "
            "against 214,000 for Odoo and 301,000 for a custom build. It scored 4.1 out of 5 on our weighted "
            "criteria. The main impacts are a new turnstile integration at two gyms and a change in the desk "
            "staff's daily work. We ask the board to sign the contract in January so that migration can finish "
            "before the summer season."]),
        "needs-recap": dict(status="ok", retitle="What Vertiges needs", text=[
            "Our interviews with the two founders, the nine gym managers and twelve desk staff, and the survey "
            "answered by 1,140 members in October, point to the same four needs. Members want to join, pay, "
            "freeze a subscription and book a course from their phone. Desk staff want a check-in that takes "
            "seconds, not a search in a list. The managers want a daily view of entries and revenue for their own "
            "gym. The accountant wants one export per month instead of nine spreadsheets.",
            "The benchmark we delivered in September showed that four of the five competing chains in the region "
            "already sell online, and that the cost of a wrong choice is mostly in the migration of 14,800 member "
            "histories. The scope agreed with the client covers memberships, entries, course bookings, the shop "
            "till and reporting; it leaves out the website itself and payroll. Two constraints came out of the "
            "technical study: the turnstiles at Gerland and Vaise must keep working, and card data must never sit "
            "on Vertiges' own servers."]),
        "options": dict(status="ok", tables=[[
            ["BlocPass", "SaaS made for climbing gyms, used by 60 gyms in France", "SaaS",
             "memberships, entries, courses, shop, reports", "ready now, turnstile connectors, member app",
             "monthly fee per gym, limited custom reports"],
            ["Odoo", "open-source ERP with the membership and point-of-sale modules", "open source",
             "everything but course waiting lists", "one tool for accounting too, large community",
             "needs a partner to configure, no climbing features"],
            ["Custom build", "web app written by a Lyon agency on a modern framework", "custom",
             "exactly what we specify", "fits every habit of the staff",
             "long to build, Vertiges would depend on one agency"]]]),
        "evaluation": dict(status="ok", text=[
            "We scored the three options with the founders and two gym managers in a workshop on 6 November. "
            "Each criterion comes from a need or a constraint listed above; the weights were voted by the five "
            "people in the room and then discussed until nobody objected. Scores run from 1 to 5 and each one is "
            "backed by a demonstration, a reference call or a written quote: we called two gyms already using "
            "BlocPass, and Odoo's partner gave us a fixed-price estimate. The agency could only give a range, "
            "which we scored prudently. The full matrix below shows each weighted score, so the board can check how "
            "a different weight would have changed the order."]),
        "criteria-weights": dict(status="ok", tables=[[
            ["Ease of use at the desk", "check-in under 5 seconds, staff trained in a day", "need", "25", "Saturday queues"],
            ["Member self-service", "join, pay, freeze and book online", "need", "25", "survey, 68% asked for it"],
            ["Cost over three years", "total cost of ownership", "constraint", "20", "budget of 180,000 euros"],
            ["Turnstile and payment integration", "works with existing gates, card data outside Vertiges", "constraint", "15", "technical study"],
            ["Reversibility", "data exported in open formats", "impact", "15", "avoid a new lock-in"]]]),
        "decision-matrix": dict(status="ok", retitle="Scoring the three options", tables=[[
            ["Ease of use at the desk", "25", "5", "1.25", "3", "0.75", "4", "1.00"],
            ["Member self-service", "25", "4", "1.00", "3", "0.75", "5", "1.25"],
            ["Cost over three years", "20", "4", "0.80", "3", "0.60", "2", "0.40"],
            ["Turnstile and payment integration", "15", "4", "0.60", "2", "0.30", "3", "0.45"],
            ["Reversibility", "15", "3", "0.45", "5", "0.75", "3", "0.45"]]]),
        "total-cost-of-ownership": dict(status="ok", skip_cols=1, text=[
            "Figures for BlocPass, in thousands of euros, from its quote of 14 November. Internal time is counted "
            "at the desk managers' hourly cost."], tables=[[
            [None, "0", "31", "31", "31", "93"],
            [None, "0", "0", "0", "0", "0"],
            [None, "9", "2", "2", "2", "15"],
            [None, "12", "0", "0", "0", "12"],
            [None, "8", "3", "1", "1", "13"],
            [None, "0", "included", "included", "included", "0"],
            [None, "6", "3", "3", "3", "15"],
            [None, "0", "0", "0", "4", "4"],
            [None, "35", "39", "37", "41", "152"]]]),
        "recommendation": dict(status="ok", retitle="Why BlocPass", text=[
            "We recommend that Vertiges adopts BlocPass for all nine gyms, starting with Villeurbanne and Gerland "
            "in March 2027 and ending with the four smaller gyms in June. It comes first in our matrix with 4.10, "
            "ahead of the custom build at 3.55 and Odoo at 3.15, and it is the cheapest of the three over three "
            "years.",
            "It answers the needs we heard most often. Desk staff scan a member's phone and the gate opens: at the "
            "two gyms we visited in Grenoble and Annecy, a Saturday check-in takes three seconds. Members join, "
            "pay, freeze their subscription and book a course in the app, which is exactly what two thirds of the "
            "survey asked for. Managers get their daily figures without calling head office, and the accountant "
            "gets one monthly export for the nine gyms.",
            "It also follows what the earlier studies told us. The benchmark showed that competitors already sell "
            "online; BlocPass lets Vertiges catch up in months, where a custom build would take a year. The "
            "technical study set two hard constraints, and both are met: BlocPass has a tested connector for our "
            "turnstile brand, and card payments go through its payment partner, so no card number is stored by "
            "Vertiges.",
            "The choice has limits we do not hide. Custom reports are limited to what BlocPass offers, so the "
            "founders will lose two of the spreadsheets they like. Vertiges will depend on a young company of "
            "forty people; we asked for a clause that gives us a full export of our data every month, and a "
            "source-code escrow if the company closes. Finally, the shop till is basic; if the shop grows beyond "
            "its current 6% of revenue, a separate till may be needed.",
            "The decision we ask of the board is to sign a three-year contract in January, with an exit clause "
            "after the first year, and to free two desk managers for four days each to prepare the migration, "
            "starting the week after the signature."]),
        "impact-measurement": dict(status="placeholder"),
        "infrastructure-impacts": dict(status="ok", skip_cols=1, tables=[[
            [None, "Grimpos server in each gym switched off", "9 PCs as servers → 0", "medium", "keep one PC as a backup till", "IT contractor"],
            [None, "fibre needed for the cloud check-in", "2 gyms on ADSL → fibre", "high", "4G router as fallback", "gym managers"],
            [None, "card data leaves our premises", "PCI scope reduced", "low", "payment partner certified", "finance"],
            [None, "turnstiles connected to BlocPass", "manual gates at 2 gyms → automatic", "medium", "test weekend before launch", "IT contractor"],
            [None, "14,800 member records moved", "0 → 100% migrated", "high", "two dry runs, frozen period", "project lead"],
            [None, "support from the vendor", "local contractor → vendor hotline", "low", "contractor kept for hardware", "operations"]]]),
        "organisational-impacts": dict(status="ok", skip_cols=1, tables=[[
            [None, "online joining replaces paper forms", "12 min at the desk → 0", "high", "tablet at the desk for those without a phone", "gym managers"],
            [None, "desk staff sell and advise instead of typing", "new role description", "medium", "discussed with staff reps", "HR"],
            [None, "staff learn the app and the back office", "1 day training each", "medium", "two champions per gym", "project lead"],
            [None, "fewer admin hours on Saturdays", "−6 hours per gym per week", "low", "hours moved to coaching", "gym managers"],
            [None, "managers read their own figures", "weekly report → daily", "low", "monthly review with founders", "founders"],
            [None, "members change habits", "0% → 60% joining online", "medium", "welcome campaign, desk help", "marketing"]]]),
        "impacts-and-recommendation": dict(status="ok", retitle="How the impacts changed our choice", text=[
            "Impacts were not an afterthought: two of them moved the scores and one changed the plan. We list "
            "each one with what it did to the evaluation, what we adjusted in the recommendation, and what remains "
            "once the adjustment is made."], tables=[[
            ["Fibre at two gyms", "integration score of all cloud options lowered by one point",
             "roll-out starts with the gyms already on fibre", "4G fallback still needed at Vaise"],
            ["Data migration", "custom build scored lower: no migration tool",
             "two dry runs added before each wave", "a few old course histories lost"],
            ["Desk staff role", "ease of use weighted 25% instead of 15%",
             "staff champions named in every gym", "some staff may still resist"],
            ["Dependence on a young vendor", "reversibility kept at 15%",
             "monthly export and escrow clause in the contract", "switching would still cost months"]]]),
        "change-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "staff understand why Grimpos ends", "meeting in each gym with a founder", "all staff", "January 2027", "questions asked, not rumours"],
            [None, "staff want the new tool", "champions show the app to colleagues", "desk staff", "February", "9 champions volunteer"],
            [None, "staff know the new check-in", "one-day training on a test gym", "desk staff", "two weeks before each wave", "all trained"],
            [None, "staff handle a real Saturday", "champion beside them the first weekend", "desk staff", "each launch", "queue under 5 min"],
            [None, "new habits last", "monthly tips and a shared issue board", "all staff", "until December 2027", "tickets falling"]]]),
        "risks": dict(status="missing"),
        "roadmap": dict(status="ok", image=["Q1 2027: contract, migration tests", "Q2: waves 1 and 2",
                                            "Q3: summer on BlocPass", "Q4: Grimpos switched off"],
                        caption="Roll-out of BlocPass across the nine gyms, 2027."),
    },
)
