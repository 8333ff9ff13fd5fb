from _common import *

DOC = dict(
    deliverable="tech-specification",
    path="skeleton",
    language="en",
    notes="""Held-out round 32 (h32_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: Résidences Fontvieille, a group of 14 nursing homes in Provence (1,150 residents), orders meals
    from its central kitchen on paper and tracks allergies and texture diets in binders; the team specifies a meal
    ordering and diet tracking platform. Guidance deleted. Headings retyped by replacing their runs (bookmarks
    lost): the brief as "1. The request from Fontvieille", the scope study as "3. Looking at the scope from three
    sides", the problem as "4. What actually goes wrong"; the justified choices retyped "9. Our reasoning" keeping
    its bookmark. The organisational scope still holds our prompt (placeholder); the acceptance tests table left as
    generated (empty); the optional call for variants deleted with its heading (missing). Architecture drawn as a
    picture with a caption; the other tables filled.""",
    cover={"project": "Fontvieille Menus", "client": "Résidences Fontvieille",
           "candidate": "Clara Mounier", "team": "Clara Mounier, Julien Avril, Nadia Bensaïd",
           "school": "Web School Factory"},
    sections={
        "brief-reformulation": dict(status="ok", retitle="1. The request from Fontvieille", text=[
            "Résidences Fontvieille runs fourteen nursing homes between Avignon and Aix-en-Provence, with 1,150 "
            "residents and about 980 staff. All meals come from one central kitchen in Cavaillon, which cooks 3,400 "
            "meals a day and delivers them in chilled trucks twice a day. Each home sends its orders for the next "
            "three days by a spreadsheet emailed at noon: how many normal meals, how many minced, how many mixed, how "
            "many without salt or sugar, and the special requests of residents who refuse the menu of the day.",
            "Diets are the hard part. About 41 % of residents need a texture-modified diet, 18 % have a recorded "
            "allergy or intolerance, and these facts are kept on paper in the care binder of each floor. When a "
            "resident's swallowing gets worse, the speech therapist writes it in the binder, and the kitchen learns "
            "it only if a nurse remembers to change the spreadsheet. In 2025 the group recorded 23 meal incidents, "
            "two of them choking incidents that needed the emergency services.",
            "The quality director, Dr Hélène Roussel, asked us in September 2026 for a tool that lets each home order "
            "its meals per resident rather than per total, that carries each resident's diet from the care record to "
            "the tray label, and that gives the kitchen its production quantities every day at noon. The envelope is "
            "150,000 euros over three years, and the first four homes must use the tool by June 2027. We understand the "
            "request as a safety project first: the aim is that no resident is served a meal that their recorded diet "
            "forbids, and saving time in the homes is a welcome side effect. Dr Roussel agreed with that reading when "
            "we met her and the kitchen manager on 14 October."]),
        "technology-benchmark": dict(status="ok", text=[
            "We looked at four options. A is a meal ordering module made for care homes (RestoSoin), sold per bed. "
            "B is the catering module of the care record software the homes already use (SoinPlus), released in "
            "2025. C is a general food-service production suite (KitchenPro) used by hospital kitchens. D is a "
            "custom application built by a Marseille agency on top of the group's existing data warehouse.",
            "Each vendor demonstrated its product with ten real residents' diets that we anonymised, and we called two "
            "reference customers for each. We scored the options on eight criteria chosen with Dr Roussel and the "
            "kitchen manager, Marc Giraud, and weighted them so that diet safety and the link to the care record count "
            "for almost half of the score. Prices are the three-year totals from the written quotes. We also sent every "
            "vendor the same fifteen written questions on hosting, exports, support hours and the handling of a "
            "diet change at night, so that the answers could be set side by side."]),
        "benchmark-matrix": dict(status="ok", skip_cols=1, tables=[[
            [None, "25", "4", "4", "3", "4", "demo with ten anonymised diets"],
            [None, "20", "3", "5", "2", "4", "link to the care record tested live"],
            [None, "10", "4", "3", "5", "3", "reference calls, hospital kitchens"],
            [None, "10", "4", "4", "4", "3", "hosting certificates, HDS"],
            [None, "5", "3", "3", "2", "4", "test with two care assistants"],
            [None, "15", "3", "4", "2", "2", "quotes over three years"],
            [None, "10", "4", "5", "4", "2", "company accounts, number of clients"],
            [None, "5", "4", "3", "3", "3", "kitchen staff on a tablet"],
            [None, "100", "3.55", "4.15", "3.00", "3.20", "weighted score out of 5"]]]),
        "benchmark-conclusions": dict(status="ok", text=[
            "Option B, the catering module of the care record software, comes out first with 4.15, well ahead of the "
            "specialised module A at 3.55. The difference is almost entirely in the link to the care record: with B, "
            "the diet written by the speech therapist is the same data the kitchen reads, so there is nothing to copy "
            "and nothing to forget. A would need a nightly transfer between two systems, and the reference home we "
            "called in Nîmes told us that transfer had failed silently twice in a year.",
            "The hospital suite C is the strongest in the kitchen itself, with recipes, costs and stock, but it knows "
            "nothing about residents and would leave the homes ordering by totals as they do today. The custom option D "
            "could do everything, but it depends on a small agency and on a data warehouse that was never built for "
            "live use. We therefore recommend B, provided the vendor delivers the tray label printing it showed us as "
            "a beta, which it has committed to do by March 2027 at no extra cost."]),
        "scope-study": dict(status="ok", retitle="3. Looking at the scope from three sides", text=[
            "We studied the scope from the point of view of what the tool does, of the people whose work it changes, "
            "and of what it costs. To do so we spent a morning in the central kitchen during the noon rush, followed "
            "two meal services in the homes of Cavaillon and Pertuis, read the incident reports of 2025, and went "
            "through the kitchen's order spreadsheets for October with Marc Giraud. The organisational part is still "
            "being discussed with the human resources director, who wants to meet the staff representatives first. "
            "The three parts below record where we stand today, and what is still open. We also asked the dietitian "
            "and two night nurses what they check before a tray leaves the floor, since their habits will have to change. Their answers are in the notes we shared with Dr Roussel."]),
        "functional-scope": dict(status="ok", text=[
            "In scope: ordering of meals per resident for the next three days, by the care assistants on a tablet in "
            "each dining room; automatic application of each resident's diet, texture and allergies, read from the care "
            "record; a warning when a chosen dish conflicts with the recorded diet; the daily production quantities for "
            "the kitchen per dish, per texture and per home at noon; and a printed label on each tray with the "
            "resident's name, room, diet and dish.",
            "Also in scope: menus of the week published for families on the existing family portal, and a monthly "
            "report of meals served and thrown away per home for the quality director. Out of scope: purchasing and "
            "stock in the central kitchen, which Marc Giraud's team manages in its own software, the invoicing of "
            "meals to families, and the staff canteen. Snacks between meals are out of the first phase, although "
            "the dietitian asked for them, because they are prepared in the homes and not in the kitchen."]),
        "organisational-scope": dict(status="placeholder"),
        "financial-scope": dict(status="ok", skip_cols=1, text=[
            "Option B fits in the envelope with about 25,000 euros to spare over three years. We propose to keep it "
            "for extra tablets and for a second label printer in the largest homes, which the trial may show we need."],
            tables=[[
            [None, "€60,000", "€45,000", "€45,000", "€150,000"],
            [None, "€22,400", "€22,400", "€22,400", "€67,200"],
            [None, "€8,000", "€0", "€0", "€8,000"],
            [None, "€12,600", "€0", "€0", "€12,600"],
            [None, "€9,500", "€2,000", "€2,000", "€13,500"],
            [None, "€4,200", "€1,200", "€1,200", "€6,600"],
            [None, "€0", "€3,500", "€3,500", "€7,000"],
            [None, "€56,700", "€29,100", "€29,100", "€114,900"],
            [None, "€3,300", "€15,900", "€15,900", "€35,100, of which about €10,000 for tablets and printers"]]]),
        "problem-presentation": dict(status="ok", retitle="4. What actually goes wrong", text=[
            "The homes do not lack information about their residents: the care binders are precise, and the speech "
            "therapists update them after every assessment. What fails is the journey of that information to the "
            "tray. A diet lives in a binder on the floor, in the memory of the care assistant on duty, in a total "
            "on a spreadsheet sent to the kitchen, and finally in the head of the kitchen porter who loads the "
            "trolley. At each step it can be lost, and nobody sees the whole chain.",
            "Three effects follow from this. Residents get meals their diet forbids, which is rare but serious: "
            "two choking incidents in 2025, and eleven allergy near misses caught by a nurse at the last moment. "
            "The kitchen cooks with a margin because it does not trust the totals, and about 14 % of the minced and "
            "mixed meals are thrown away. And the care assistants spend about forty minutes a day per home "
            "counting and checking the orders, time taken from the residents.",
            "The tool must therefore carry each resident's diet from the care record to the tray without anybody "
            "copying it, and let the kitchen cook from real orders. A tool that added another list, however "
            "convenient, would make the chain longer, not safer. This is why we treat ordering, diet tracking and "
            "tray labels as one flow in the requirements that follow."]),
        "functional-need": dict(status="ok", tables=[[
            ["F1", "Let a care assistant order each resident's meals for three days", "main",
             "time to order for a dining room of 30", "under 10 minutes", "F1"],
            ["F2", "Apply each resident's recorded diet to the choices offered", "main",
             "dishes offered that conflict with the diet", "none", "F0"],
            ["F3", "Give the kitchen the day's quantities per dish, texture and home", "main",
             "quantities available after the noon cut-off", "by 12:15 every day", "F0"],
            ["F4", "Print a label for every tray with name, room and diet", "main",
             "trays without a label", "none", "F1"],
            ["F5", "Show families the menus of the week", "secondary", "menu online", "every Friday", "F2"],
            ["F6", "Report meals served and thrown away per home each month", "secondary", "report sent to the quality director", "by the 5th of each month", "F2"]]]),
        "technical-requirements": dict(status="ok", text=[
            "The recommended option is a module of the care record software, hosted by the vendor on certified "
            "health data hosting in France. Our requirements therefore cover how the module is configured, how it "
            "connects to the kitchen and to the label printers, and the conditions it must meet, rather than code "
            "that we would write.",
            "Health data is involved, so the hosting must hold the French health data hosting certificate, every "
            "access must be personal and logged, and care assistants must sign in with their existing badge on the "
            "tablets rather than with a shared password. Diets and allergies are read from the care record and never "
            "copied into another database. The kitchen sees dishes, textures and quantities, and the name of a "
            "resident only on the tray label.",
            "The ordering screens must work on the rugged tablets already used for the care record, and stay usable "
            "in a dining room with poor Wi-Fi: orders are kept on the tablet and sent when the connection returns. "
            "The noon quantities must be ready for 3,400 meals in under fifteen minutes, and the labels must print "
            "on the thermal printers the kitchen already owns. The module must export the monthly report as a file "
            "that the quality director can open in a spreadsheet, and give all the group's data back in an open "
            "format if the contract ends."]),
        "architecture": dict(status="ok", text=[
            "Everything runs in the vendor's certified hosting; the homes and the kitchen only have tablets and "
            "printers."],
            image=["Care record (diets)", "Ordering on tablets", "Kitchen quantities", "Tray labels", "Monthly report"],
            caption="From the speech therapist's note to the resident's tray."),
        "technical-requirements-table": dict(status="ok", skip_cols=1, tables=[[
            [None, "R1", "Catering module of the existing care record software", "vendor contract", "must", "demo"],
            [None, "R2", "Certified health data hosting in France", "HDS certificate", "must", "certificate"],
            [None, "R3", "Personal badge sign-in on tablets, every access logged", "ANSSI guide", "must", "audit"],
            [None, "R4", "Diets read from the care record, never copied", "GDPR, data minimisation", "must", "review"],
            [None, "R5", "Orders kept offline and sent when Wi-Fi returns", "field test", "must", "test in Pertuis"],
            [None, "R6", "Quantities for 3,400 meals in under 15 minutes", "load test", "must", "capacity test"],
            [None, "R7", "Labels on the kitchen's existing thermal printers", "printer model list", "should", "print test"],
            [None, "R8", "Full data export at the end of the contract", "contract clause", "must", "export test"]]]),
        "product-backlog": dict(status="ok", tables=[[
            ["US1", "Ordering", "care assistant", "to order a resident's lunch from the tablet",
             "I stop counting on paper", "Given a resident with a minced diet, only minced dishes are offered",
             "Must", "8"],
            ["US2", "Diets", "speech therapist", "my new texture prescription to reach the kitchen",
             "the next meal is safe", "Given a change at 10 am, the lunch label shows the new texture", "Must", "5"],
            ["US3", "Kitchen", "kitchen manager", "the day's quantities at noon", "we cook what is ordered",
             "Given the noon cut-off, quantities per dish and home are shown", "Must", "5"],
            ["US4", "Families", "resident's daughter", "to see the menus of the week", "I can talk about them with my "
             "mother", "Given a Friday, the next week's menus are on the portal", "Could", "2"]]]),
        "acceptance-testing": dict(status="empty"),
        "justified-choices": dict(status="ok", retitle="9. Our reasoning", keep_bookmark=True, text=[
            "The first choice was to treat the project as a safety project. We could have started from the kitchen's "
            "waste or the care assistants' time, and both matter, but the incident reports of 2025 leave no doubt "
            "about what costs most. Every other choice follows from that: the option that keeps a single copy of "
            "each diet wins, even if another product has nicer screens.",
            "The second choice was to prefer the module of the software the homes already use over a specialised "
            "product. A specialised module is more complete for meals, but it needs a transfer of diets between two "
            "systems, and a transfer that fails without warning is exactly the kind of gap that hurts residents. The "
            "staff also know the care record already, so training is shorter.",
            "The third choice was to leave purchasing and stock in the kitchen's own software. Marc Giraud's team "
            "is happy with it, the benefit of replacing it is small, and a bigger project would have pushed the first "
            "homes past June 2027.",
            "Finally, we made the tray label a condition of the recommendation rather than a promise on a roadmap. "
            "If the vendor does not deliver it by March, we would fall back on option A and accept the transfer, with "
            "a daily check of the diets by the night nurse until the link has proved itself."]),
        "response-framework": dict(status="missing"),
    },
)
