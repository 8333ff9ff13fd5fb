from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 53 (h53_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: a logistics company near Rennes puts a warehouse management system with handheld scanners
    into its two warehouses. Shortened and question headings, numbered, one bold Normal paragraph in capitals
    used as a heading; one section written under two headings (split); a sub-section's table placed under its
    parent's heading (merged); one section too short (thin); one section not written (missing); an appendix of
    the authors' own.""",
    title="Brennec Logistique — putting the new WMS to work",
    cover=["Operationalisation plan · Technology Orientation project",
           "Client: Brennec Logistique (Vern-sur-Seiche) · Team: Lucie Marchal, Dev Patel, Hugo Renaud",
           "December 2026"],
    blocks=[
        H(1, "1. Goals", {"smart-objectives": "ok"}),
        P("Four goals agreed with Brennec's operations director on 24 November; each has a number and a date."),
        T([["Goal", "Measure", "Target", "By when"],
           ["Both warehouses run on the WMS", "share of order lines picked with a scanner", "100 %", "30 June 2027"],
           ["Fewer picking errors", "errors per 1,000 lines", "from 4.2 to 1.5", "30 September 2027"],
           ["Faster stock counts", "hours for a full count", "from 260 to 60", "end of 2027"],
           ["Operators at ease", "operators certified on the scanner", "all 86", "before each go-live"]]),
        H(1, "2. How do we roll it out?", {"deployment-strategy": "ok"}),
        P("Brennec runs two warehouses: Vern-sur-Seiche (18,000 m², 54 operators, mainly food and drinks for "
          "supermarkets) and Bruz (9,000 m², 32 operators, spare parts for farm machinery). Today both work on paper "
          "picking lists printed from the old ERP, and stock is counted by closing the site for two Saturdays a "
          "year. The new WMS, chosen in the previous phase, brings handheld scanners, directed picking and rolling "
          "stock counts."),
        P("We will not switch both warehouses at the same time. Bruz goes first, in March, because it is smaller, "
          "its product range is stable and its team leader asked to be the pilot. Vern follows in May, after the "
          "peak of Easter orders, zone by zone: ambient goods first, then the chilled zone, whose temperature "
          "constraints make scanners harder to use with gloves. During each switch the paper lists stay available "
          "for one week as a fallback, printed from the WMS itself so that the stock stays right."),
        H(2, "2.1 Why one warehouse first?", {"deployment-strategy": "ok"}),
        P("A big-bang switch would save about three weeks, but Brennec's contracts carry penalties for late "
          "deliveries to supermarkets, and a bad first week at Vern could cost more than the whole training budget. "
          "The pilot at Bruz lets us fix the location labels, the Wi-Fi dead spots and the scanner settings on a "
          "site where a mistake costs little. We also learn how long operators really need to be at ease, and we "
          "adjust the Vern plan with real numbers rather than the vendor's estimate."),
        H(1, "3. WBS", {"wbs": "ok"}),
        T([["Work package", "Main tasks", "Owner", "Effort (days)"],
           ["1. Preparation", "location labels, Wi-Fi survey, data cleaning of 12,400 items", "IT lead", "45"],
           ["2. Configuration", "picking rules, interfaces with the ERP and carriers", "vendor consultant", "38"],
           ["3. Pilot at Bruz", "training, go-live, two weeks of support on site", "Bruz team leader", "30"],
           ["4. Roll-out at Vern", "ambient zone, then chilled zone, support on site", "Vern site manager", "52"],
           ["5. Closing", "lessons learnt, paper lists stopped, handover to support", "project manager", "10"]]),
        H(1, "4. When?", {"implementation-schedule": "ok", "milestones": "ok"}),
        P("The plan runs from January to September 2027. Dates depend on the Easter peak at Vern, which we do not "
          "touch, and on the vendor's consultant, booked for twelve weeks in total."),
        T([["Phase", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul-Sep"],
           ["Preparation", "x", "x", "", "", "", "", ""],
           ["Configuration", "", "x", "x", "", "", "", ""],
           ["Pilot at Bruz", "", "", "x", "x", "", "", ""],
           ["Vern ambient zone", "", "", "", "", "x", "", ""],
           ["Vern chilled zone", "", "", "", "", "", "x", ""],
           ["Stabilisation and closing", "", "", "", "", "", "", "x"]]),
        T([["Milestone", "Date", "Go / no-go criterion"],
           ["Data cleaned and labels in place at Bruz", "26 February", "95 % of locations labelled"],
           ["Bruz live", "15 March", "error rate below 3 per 1,000 lines after two weeks"],
           ["Vern ambient live", "10 May", "no late delivery caused by the switch"],
           ["Vern chilled live", "14 June", "scanners usable with gloves, checked by operators"],
           ["Paper lists stopped", "15 September", "two months without fallback"]]),
        H(1, "5. What will it cost?", {"budget": "ok"}),
        T([["Step", "External", "Internal time", "Total"],
           ["Preparation", "€18,500", "€14,000", "€32,500"],
           ["Configuration", "€30,400", "€6,000", "€36,400"],
           ["Pilot at Bruz", "€21,000", "€9,500", "€30,500"],
           ["Roll-out at Vern", "€34,000", "€17,000", "€51,000"],
           ["Closing", "€2,000", "€3,000", "€5,000"],
           ["Contingency (8 %)", "", "", "€12,400"],
           ["Total", "", "", "€167,800"]]),
        H(2, "5.1 Assumptions", {"budget-assumptions": "ok"}),
        P("External costs come from the vendor's signed quote: 800 euros a day for the consultant, 120 scanners at "
          "690 euros each, 40 Wi-Fi access points installed by the network provider, and 24,000 location labels. "
          "Internal time is valued at 250 euros a day for team leaders and IT staff, the average loaded cost given "
          "by Brennec's finance team. Operators' training hours are counted as internal time because they are "
          "paid while trained, but replacements are not, since training takes place during quiet hours."),
        P("The contingency is 8 % rather than the usual 10 % because the two largest items, scanners and the "
          "consultant, are fixed by contract. The total of 167,800 euros stays under the 175,000 euros the board "
          "set aside in October. If the pilot shows that Vern needs more support days, the first lever is the "
          "contingency, the second is moving the chilled zone to July, which costs nothing but time. The yearly licence, "
          "9,600 euros from 2028, belongs to the running budget and is not counted here."),
        B("PEOPLE AND ORGANISATION", {"human-organisational-needs": "ok"}),
        P("The project needs few new people but a lot of time from the existing ones. Brennec has no dedicated "
          "IT team: one IT lead and an external provider. We therefore ask for a project manager from inside the "
          "company, freed at 60 % for nine months, and for two key users per site, chosen among the operators, "
          "who test the settings and help their colleagues. Team leaders lose about a day a week to the project "
          "during their site's switch; the site managers have agreed to cover with their deputies. The main "
          "organisational change is that the WMS, not the team leader, now decides the picking order, which "
          "changes the team leaders' role more than anyone else's. The details of who is needed, for how long, and of what "
          "changes in each job, follow in the two parts below."),
        H(2, "6.1 Staffing", {"staffing-plan": "ok"}),
        T([["Role", "Who", "Time on project", "Period"],
           ["Project manager", "Camille Roux, logistics engineer", "60 %", "Jan-Sep 2027"],
           ["IT lead", "Yann Le Goff", "40 %", "Jan-Jun 2027"],
           ["Key users", "two operators per site", "20 %", "two months around each go-live"],
           ["Vendor consultant", "external", "60 days", "Feb-Jun 2027"],
           ["Temporary operators", "agency", "3 people", "Vern go-live weeks"]]),
        H(2, "6.2 Who works differently?", {"organisational-needs": "ok"}),
        P("Team leaders stop writing the picking rounds by hand each morning: the WMS builds them. Their time goes "
          "to coaching operators and to handling exceptions such as damaged pallets or missing stock. We will "
          "rewrite their job description with them and with the HR manager before the pilot. Operators no longer "
          "carry paper lists; the scanner tells them where to go and checks each item, which some older operators "
          "fear will be used to watch their speed. The works council will be informed in January, and we propose "
          "that individual speed figures are not shown to anyone but the operator during the first six months. "
          "The stock controller's job changes the most: instead of two weekend counts a year, she plans short "
          "counts of a few aisles every day, and she becomes the person who checks the quality of stock data "
          "for both sites."),
        H(1, "7. Training", {"change-training": "thin"}),
        P("Each operator gets two hours on the scanner in a training zone, then a first shift with a key user. "
          "Team leaders get a full day on the WMS screens. Training starts two weeks before each go-live."),
        H(1, "8. Steering", {"governance": "ok"}),
        P("A steering committee meets once a month from January to September: the operations director, who "
          "chairs it, the finance director, both site managers, the project manager and the vendor's account "
          "manager. It decides on go / no-go at each milestone, on any use of the contingency, and on changes to "
          "the dates. Between committees, the project manager runs a weekly thirty-minute meeting with the IT lead, "
          "the key users and the consultant, where problems are logged and given an owner."),
        P("During each go-live week, a short meeting takes place at the start of every shift on the warehouse "
          "floor, to hear what went wrong and decide what changes the next day. The project manager sends a one-page "
          "report to the committee every Friday with four figures: share of lines picked with a scanner, errors "
          "per 1,000 lines, late deliveries, and budget spent against plan. If errors go above 5 per 1,000 lines "
          "for three days in a row, the site manager may return to paper lists without waiting for the committee."),
        H(1, "Appendix A – What we saw on site"),
        P("We spent a day at each warehouse in November. At Bruz, Wi-Fi is weak in the mezzanine aisles; at Vern, "
          "the chilled zone is at 2 °C and operators wear thick gloves. Three operators showed us their own "
          "notebooks of tricks for finding items, which the WMS location labels should make unnecessary."),
    ],
    missing=["raci"],
)
