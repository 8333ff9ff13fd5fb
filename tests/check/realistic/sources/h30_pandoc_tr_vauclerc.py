from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="pandoc",
    language="en",
    notes="""Held-out round 30 (h30_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, English. Maison Vauclerc, a chain of 38 bakeries in Normandy, throws away 11 % of the bread it bakes
    and asks which forecasting tool should tell each shop how much to bake. Numbered headings ("1." to "9.",
    "4.1" to "4.3", "6.1", "6.2"), several shortened ("1. Summary", "3. Options", "4.1 Criteria", "4.3 TCO",
    "9. Risks"); a comparison table of the three options. The recommendation is split over two headings ("5. Our
    pick: Predibake" and "5 bis. Under which conditions"). The ADKAR plan is two lines (thin); no roadmap
    (missing); an appendix of their own listing the people interviewed.""",
    title="Baking the right amount: a forecasting tool for Maison Vauclerc",
    cover=["Technology orientation project · recommendation and impact measurement",
           "Hugo Lemarchand, Aïcha Diallo, Pierre-Louis Fauvel · Web School Factory · December 2026"],
    blocks=[
        H(1, "1. Summary", {"executive-summary": "ok"}),
        P("Maison Vauclerc bakes about 52,000 loaves and 90,000 pastries a week in 38 shops between Caen and "
          "Rouen. Each shop manager decides the next day's quantities on paper, from memory and the weather "
          "forecast. The result is 11 % of production thrown away or given to food banks, worth 1.3 million euros "
          "a year, and empty shelves after 6 pm in the busiest shops. We compared three ways of forecasting "
          "demand: improving the current spreadsheet, building a model inside the Cegid retail system, and "
          "subscribing to Predibake, a French forecasting service made for bakeries. We recommend Predibake, "
          "piloted in eight shops from March 2027 and extended to all 38 in September if waste falls by at least a "
          "quarter. Over three years it costs 214,000 euros and should save more than 900,000 euros of waste."),
        H(1, "2. Where we started", {"needs-recap": "ok"}),
        P("The request came from Nathalie Vauclerc, the managing director, after the 2025 accounts showed that "
          "waste had grown for the third year in a row. Our earlier studies for the chain (a market study of "
          "bakery forecasting tools in October and an audit of the shops' data in November) reached four "
          "conclusions that frame this recommendation."),
        L(["The data exists: the Cegid tills record every sale by product and by quarter of an hour since 2021, "
           "but nobody uses it to plan production.",
           "Shop managers are not against help, but they refuse a tool that decides in their place; they want a "
           "suggestion they can correct, on the tablet they already use for orders.",
           "Weather, school holidays, local markets and football matches explain most of the swings in demand; "
           "any tool must take them into account.",
           "The IT team is two people. Whatever we choose must not need a data scientist on the payroll."]),
        P("The need, in the director's words, is therefore \"a number per product and per shop, every afternoon, "
          "that the manager trusts\". Success is measured by the waste rate, the share of sales lost to empty "
          "shelves, and the time managers spend on orders, today about 40 minutes a day."),
        H(1, "3. Options", {"options": "ok"}),
        P("We kept three options out of the seven found in the market study; the others were either built for "
          "supermarkets or had no French customer."),
        T([["", "A. Better spreadsheet", "B. Model in Cegid", "C. Predibake (SaaS)"],
           ["What it is", "shared Excel file with 8-week averages and a weather column",
            "forecast module of the retail suite, set up by the integrator", "bakery forecasting service, "
            "suggestion sent to the shop tablet"],
           ["Data used", "last weeks' sales, typed weather", "till history", "till history, weather, holidays, "
            "local events"],
           ["Who runs it", "each manager", "IT team and integrator", "the supplier, with our IT as contact"],
           ["Time to deploy", "1 month", "6 to 8 months", "3 months"]]),
        H(1, "4. Evaluation", {"evaluation": "ok"}),
        P("We evaluated the three options with the people who will live with the result. Two shop managers, the "
          "production manager and the IT lead weighted the criteria in a workshop on 18 November, before seeing "
          "any score, so that the weights were not bent to favour an option. Each option was then scored from 1 to "
          "5 on each criterion, using the suppliers' answers to our questionnaire, a two-week test of Predibake on "
          "the history of four shops, and the integrator's quote for the Cegid module. Costs were compared over "
          "three years, the length of the contracts on offer. Internal time was priced at 38 euros an hour, the "
          "average cost of a shop manager's hour including charges, as the finance team asked."),
        H(2, "4.1 Criteria", {"criteria-weights": "ok"}),
        T([["Criterion", "Weight", "Why it matters here"],
           ["Forecast accuracy", "35 %", "waste and empty shelves both come from bad numbers"],
           ["Acceptance by shop managers", "25 %", "a tool they ignore saves nothing"],
           ["Cost over three years", "20 %", "the chain's margin is 4 %"],
           ["Load on the IT team", "10 %", "two people only"],
           ["Time to first results", "10 %", "the director wants results before summer"]]),
        H(2, "4.2 Scores", {"decision-matrix": "ok"}),
        T([["Criterion (weight)", "A. Spreadsheet", "B. Cegid model", "C. Predibake"],
           ["Accuracy (35 %)", "2", "4", "4"],
           ["Acceptance (25 %)", "4", "2", "4"],
           ["Cost (20 %)", "5", "2", "3"],
           ["IT load (10 %)", "3", "1", "4"],
           ["Speed (10 %)", "5", "1", "4"],
           ["Weighted total", "3.5", "2.5", "3.8"]]),
        P("Predibake wins, but not by much against the spreadsheet, which is cheap and quick. The difference comes "
          "from accuracy: in the back test, the spreadsheet's error was 19 % per product and per day, Predibake's "
          "9 %. The Cegid model could be as accurate but scores low on everything the managers care about."),
        H(2, "4.3 TCO", {"total-cost-of-ownership": "ok"}),
        T([["Cost over 3 years (euros)", "A. Spreadsheet", "B. Cegid model", "C. Predibake"],
           ["Licences or subscription", "0", "54,000", "136,800"],
           ["Set-up and integration", "6,000", "118,000", "22,000"],
           ["Training", "4,000", "15,000", "12,000"],
           ["Internal time (IT and managers)", "48,000", "70,000", "43,000"],
           ["Total", "58,000", "257,000", "213,800"]]),
        P("The spreadsheet is the cheapest, but managers would keep typing the weather and the matches by hand; we "
          "counted that time. Predibake's subscription is 95 euros per shop per month."),
        H(1, "5. Our pick: Predibake", {"recommendation": "ok"}),
        P("We recommend that Maison Vauclerc subscribes to Predibake. It is the option that best answers the "
          "director's request: a suggested quantity per product and per shop, every afternoon at 3 pm, on the "
          "tablet managers already use to order flour and packaging. The manager sees the suggestion, the reason "
          "behind it (\"rain tomorrow, market day, -8 % on baguettes\") and can change it; every change is kept "
          "and the model learns from it. This respects what the managers told us: they keep the last word."),
        P("The tool reads the Cegid till data through an export that the integrator already runs every night for "
          "the accounts, so the IT team has no new interface to build. Weather, school holidays and local events "
          "come from the supplier's own feeds; the chain only has to enter its own promotions. The contract is "
          "monthly after the first year, which limits the risk if the results disappoint. Predibake already serves "
          "two regional chains of similar size, whose production managers we called: both confirmed the "
          "accuracy we measured and the supplier's quick answers."),
        P("Against the Cegid model, Predibake is cheaper by 43,000 euros over three years and ready five months "
          "earlier. Against the spreadsheet, it costs 156,000 euros more, but the back test suggests it would cut "
          "waste from 11 % to about 7 %, which is worth 470,000 euros a year at today's prices. Even if only half of "
          "that saving comes true, the tool pays for itself in the first year."),
        H(1, "5 bis. Under which conditions", {"recommendation": "ok"}),
        P("Our recommendation holds only if three conditions are met. First, a pilot in eight shops of different "
          "sizes, from March to June 2027, with a clear go or no-go rule: waste down by at least 25 % against the "
          "same months of 2026 and no rise in empty shelves. Second, the data stays in France and belongs to the "
          "chain; the contract must say so and allow an export of all suggestions and corrections if we leave. "
          "Third, one person at head office, the production manager, owns the tool, checks the weekly accuracy "
          "report and answers the managers' questions."),
        H(1, "6. Measuring the impact", {"impact-measurement": "ok"}),
        P("We will measure the impact on three levels, with numbers that already exist or cost nothing to collect. "
          "The business impact is the waste rate per shop and per product family, taken from the end-of-day "
          "counts that managers already enter in Cegid, and the share of hours with an empty shelf, measured by "
          "the tills. The impact on people is the time spent on orders, measured by a short weekly survey, and the "
          "share of suggestions accepted without change. The impact on systems is the number of incidents on the "
          "nightly export. A baseline is taken in February 2027 in the eight pilot shops and eight similar shops "
          "that keep the old way, so that the weather or a good season is not mistaken for the tool's effect. Results are "
          "reviewed each month by the director and the production manager."),
        H(2, "6.1 Infrastructure", {"infrastructure-impacts": "ok"}),
        T([["What changes", "Impact", "How we measure it", "Target"],
           ["Nightly Cegid export", "one more consumer of the file", "failed exports per month", "0"],
           ["Shop tablets", "new app, 38 devices to update", "tablets on the right version", "100 %"],
           ["Network in shops", "small daily download", "suggestions received before 3:15 pm", "99 %"]]),
        H(2, "6.2 People and teams", {"organisational-impacts": "ok"}),
        T([["Who", "Impact", "How we measure it", "Target"],
           ["Shop managers", "orders take less time, new habit to check the suggestion", "minutes per day",
            "from 40 to 15"],
           ["Production manager", "owns the tool and the weekly report", "report sent every Monday", "52 a year"],
           ["Bakers", "fewer late-afternoon extra batches", "extra batches per week", "-50 %"]]),
        H(1, "7. From impacts back to the choice", {"impacts-and-recommendation": "ok"}),
        P("Each expected impact ties back to a reason for choosing Predibake, so that the pilot can prove or "
          "disprove the recommendation rather than just the tool. If waste falls but managers reject the "
          "suggestions, the gain comes from attention, not from the tool, and the cheaper spreadsheet would have "
          "done. If suggestions are accepted but waste does not fall, the accuracy seen in the back test does not "
          "hold in real life. The table shows which measure answers which argument."),
        T([["Argument for Predibake", "Impact that tests it", "Threshold for a go"],
           ["More accurate than the spreadsheet", "waste rate in pilot shops versus control shops",
            "at least 25 % lower"],
           ["Accepted by managers", "share of suggestions kept unchanged or changed by less than 10 %", "70 %"],
           ["Light for the IT team", "hours spent by IT per month", "under 6 hours"],
           ["Quick to bring results", "pilot running in all 8 shops", "by 15 March 2027"]]),
        H(1, "8. Bringing people along (ADKAR)", {"change-plan": "thin"}),
        P("Awareness and desire through a meeting with all managers in February; knowledge and ability through "
          "two hours of training per shop; reinforcement by sharing the waste figures every month."),
        H(1, "9. Risks", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Impact", "What we do"],
           ["Managers ignore the suggestions", "medium", "high", "involve two managers in the pilot design"],
           ["Supplier goes out of business", "low", "high", "monthly contract, export of data guaranteed"],
           ["Cegid export changes after an update", "medium", "medium", "test each update with the integrator"],
           ["A very hot summer distorts the pilot", "medium", "medium", "compare with control shops"]]),
        H(1, "Appendix A. People we interviewed"),
        L(["Nathalie Vauclerc, managing director", "Thierry Bourdon, production manager",
           "Sandrine Leroux and Mehdi Amrani, shop managers (Caen Vaucelles and Lisieux)",
           "Julien Haguet, IT lead", "the Predibake sales engineer and the Cegid integrator"]),
    ],
    missing=["roadmap"],
)
