from _common import *

DOC = dict(
    deliverable="business-plan",
    path="scratch-docx",
    language="en",
    notes="""python-docx from scratch, English. Question and paraphrased headings ("How big is the pie?", "Who holds
    the power?", "The environment") whose tables carry the analyses' own terms (TAM/SAM/SOM, the six PESTEL
    factors, the five forces); "Competition" shortened; the SWOT split over "Strengths and weaknesses" and
    "Opportunities and threats"; the revenue table under the pricing heading (merged); no financing plan and no
    appendices (missing); "Break-even" heading with nothing under it (empty); the sensitivity table is short
    (thin).""",
    title="GreenPlate – Business plan",
    cover=["Customer eXperience project – Business model and business plan", "Team 1: Lisa Moreau, Karim Saidi, Emma Blanc"],
    blocks=[
        H(1, "At a glance", {"executive-summary": "ok"}),
        P("GreenPlate is a software service that helps school canteens cut food waste. Cooks record what comes back "
          "on the trays with a tablet and a connected scale; GreenPlate turns these weighings into menu quantities "
          "for the following weeks and into the reports that the EGalim law now requires. Our client, the "
          "Pays de la Loire regional council, wants to equip the 120 public secondary schools it runs and has "
          "asked us for a business plan that shows the service can stand on its own after the first two years of "
          "public funding. We plan to sell subscriptions to schools and local councils at 1,440 euros a year per "
          "kitchen. With 120 kitchens in the region in year one and a national roll-out from year two, revenue "
          "reaches 2.1 million euros in year three and the company breaks even in month 26. We need 650,000 euros "
          "at the start: 250,000 euros of regional innovation grant, 150,000 euros of bank loan and 250,000 euros "
          "from two business angels. The main risk is the time schools take to adopt a new routine, which we "
          "address with a cook-to-cook training programme."),
        H(1, "Why now?", {"opportunity-study": "ok"}),
        P("French school canteens throw away around 30% of the food they serve, about 110 grams per meal. The "
          "EGalim law now obliges collective catering to measure and reduce waste, and the anti-waste law sets a "
          "50% reduction target by 2030. Schools therefore have a legal obligation and a budget problem at the "
          "same time: the price of food has risen by 18% in two years while the price of a meal is capped. Yet "
          "most kitchens still weigh waste by hand once a year for a report nobody reads. The opportunity is to "
          "make measurement daily and useful to the cook, not only to the administration, and the regional council is ready to fund the first year."),
        H(2, "How big is the pie?", {"market-size": "ok"}),
        T([["Level", "Definition here", "Calculation", "Value", "Source"],
           ["TAM", "all French collective catering kitchens", "71,000 kitchens × €1,440", "€102m", "Agreste, collective catering census"],
           ["SAM", "school and university kitchens cooking on site", "24,000 kitchens × €1,440", "€34.6m", "Ministry of Education"],
           ["SOM", "kitchens we can win in 3 years with our sales force", "1,450 kitchens × €1,440", "€2.1m", "our sales capacity, 3 regions"]]),
        P("We count one subscription per kitchen; central kitchens that deliver to several schools count once."),
        H(2, "The environment", {"pestel": "ok"}),
        T([["Factor", "Facts and trends", "Impact", "Source"],
           ["Political", "regions and departments push local, anti-waste school catering", "+", "regional council strategy 2028"],
           ["Economic", "food prices +18% in two years, meal price capped", "+", "INSEE"],
           ["Social", "parents and pupils sensitive to waste", "+", "ADEME survey 2025"],
           ["Technological", "cheap connected scales and tablets", "+", "supplier quotes"],
           ["Environmental", "waste reduction target of 50% by 2030", "+", "anti-waste law AGEC"],
           ["Legal", "EGalim reporting duty; GDPR on pupil data (we collect none)", "+/−", "Légifrance"]]),
        H(2, "Who holds the power?", {"porter": "ok"}),
        T([["Force", "Analysis", "Intensity", "What it means for us"],
           ["Rivalry among competitors", "three start-ups, none with a regional contract", "medium", "win reference regions first"],
           ["Threat of new entrants", "low technical barrier, high sales barrier (public procurement)", "medium", "lock in with training and data history"],
           ["Bargaining power of buyers", "public buyers, tenders, strong price pressure", "high", "price per kitchen, not per pupil"],
           ["Bargaining power of suppliers", "scales and tablets are commodities", "low", "two suppliers qualified"],
           ["Threat of substitutes", "manual weighing and spreadsheets", "medium", "show time saved for the cook"]]),
        H(2, "Competition", {"competition": "ok"}),
        T([["Competitor", "Type", "Offer", "Price", "Target", "Strengths", "Weaknesses"],
           ["Meal Canteen", "direct", "waste tracking app", "€1,900/year", "private caterers", "good reporting", "no menu planning"],
           ["Phenix", "indirect", "redistribution of unsold food", "commission", "retail", "brand", "not for schools"],
           ["Spreadsheets", "substitute", "manual weighing", "free", "all", "no cost", "no use for the cook"]]),
        P("Meal Canteen is the only direct competitor and sells to private caterers; no one yet offers menu quantities computed from the waste itself, which is what the six cooks we worked with asked for first."),
        H(2, "Strengths and weaknesses", {"swot": "ok"}),
        L(["Strength: built with 6 cooks from Nantes schools; the menu suggestions save them time",
           "Strength: a regional council as first client and reference",
           "Weakness: a team of five with no public procurement experience",
           "Weakness: hardware logistics for 120 kitchens"]),
        H(2, "Opportunities and threats", {"swot": "ok"}),
        L(["Opportunity: the 2030 legal target makes measurement unavoidable",
           "Opportunity: other regions watch the Pays de la Loire pilot",
           "Threat: a large caterer such as Sodexo builds its own tool",
           "Threat: budget cuts in local councils"]),
        H(1, "How GreenPlate makes money", {"business-model-canvas": "ok"}),
        T([["Block", "GreenPlate"],
           ["Customer segments", "public school kitchens run by regions and departments; later municipal primary schools"],
           ["Value propositions", "less waste and lower food costs, legal reporting done automatically, menus sized by real consumption"],
           ["Channels", "regional framework contracts, catering trade fairs, cook-to-cook training days"],
           ["Customer relationships", "onboarding by a former school cook, monthly waste report, user club"],
           ["Revenue streams", "annual subscription per kitchen, hardware kit sold once, training days"],
           ["Key resources", "the waste-to-menu algorithm, consumption data from every kitchen, the training team"],
           ["Key activities", "software development, training, hardware logistics, public tenders"],
           ["Key partners", "scale manufacturer, regional councils, the national school cooks' association, and the regional agency for food waste"],
           ["Cost structure", "salaries, hardware, cloud hosting, sales and tender costs"]]),
        P("The canvas shows a model where the data gathered in every kitchen improves the service for all of them."),
        H(1, "Prices", {"pricing-revenue": "ok", "revenue-hypotheses": "ok"}),
        P("We price per kitchen rather than per meal because school buyers budget by establishment, and because a "
          "price per meal would penalise the large kitchens that save the most. The subscription is 1,440 euros a "
          "year, or 120 euros a month, which is less than the value of two weeks of avoided waste in an average "
          "kitchen serving 500 meals a day. The hardware kit, a connected scale and a rugged tablet, is sold at "
          "cost, 690 euros, because buyers prefer a one-off investment line to a higher subscription. Training "
          "days are charged 450 euros. We tested these prices with four school managers and the regional "
          "purchasing department: none found them too high, and two asked for a multi-year price freeze, which "
          "we will offer on three-year contracts."),
        T([["Stream", "Driver and volume", "Unit price", "Year 1", "Year 2", "Year 3"],
           ["Subscriptions", "kitchens at year end: 120 / 650 / 1,450", "€1,440", "€86k", "€552k", "€1,512k"],
           ["Hardware kits", "new kitchens: 120 / 530 / 800", "€690", "€83k", "€366k", "€552k"],
           ["Training days", "one per 10 new kitchens", "€450", "€5k", "€24k", "€36k"]]),
        H(1, "The numbers", {"financial-plan": "ok"}),
        P("The financial plan covers three years from September 2026. It rests on the revenue hypotheses above, on "
          "a team growing from five to fourteen people, and on hardware bought at cost. Year one is funded by the "
          "regional grant, the loan and the angels; the company turns cash positive in month 26, once the "
          "national roll-out brings in more than 600 kitchens. All figures are in euros, excluding VAT, and "
          "were reviewed with the regional council's finance officer in October, who asked us to show a pessimistic scenario as well; it is in the sensitivity section. The three tables that follow give the investments, the income statement and the monthly cash plan of the first year."),
        H(2, "What we need to start", {"investments-resources": "ok"}),
        T([["Item", "Category", "Amount", "Year", "Funded by"],
           ["Software platform and algorithm", "intangible", "€180k", "1", "regional grant"],
           ["Hardware stock for 120 kitchens", "tangible", "€83k", "1", "bank loan"],
           ["Working capital", "cash", "€120k", "1", "business angels"],
           ["Recruitment of two trainers", "human", "€110k", "1", "business angels"]]),
        P("Hardware for later years is paid by customers when they buy the kit, so no further investment is needed after the first year."),
        H(2, "P&L 2027-2029", {"profit-and-loss": "ok"}),
        T([["Item", "Year 1", "Year 2", "Year 3"],
           ["Revenue", "174,000", "942,000", "2,100,000"],
           ["Cost of hardware sold", "-83,000", "-366,000", "-552,000"],
           ["Salaries and social charges", "-390,000", "-610,000", "-890,000"],
           ["Hosting, travel, marketing", "-95,000", "-160,000", "-230,000"],
           ["Operating result", "-394,000", "-194,000", "428,000"],
           ["Grant recognised", "250,000", "0", "0"],
           ["Net result after tax", "-150,000", "-196,000", "320,000"]]),
        P("The loss of the first two years is covered by the initial funding; salaries are the largest cost line and grow more slowly than revenue from year two."),
        H(2, "Cash, month by month", {"cash-plan": "ok"}),
        T([["Item", "M1", "M2", "M3", "M4", "M5", "M6", "M7", "M8", "M9", "M10", "M11", "M12"],
           ["Cash in", "650k", "10k", "12k", "20k", "25k", "25k", "30k", "35k", "40k", "45k", "50k", "57k"],
           ["Cash out", "140k", "60k", "62k", "58k", "60k", "62k", "60k", "61k", "63k", "60k", "62k", "64k"],
           ["Balance", "510k", "460k", "410k", "372k", "337k", "300k", "270k", "244k", "221k", "206k", "194k", "187k"]]),
        H(2, "Break-even", {"break-even": "empty"}),
        H(1, "What the client imposes", {"client-constraints": "ok"}),
        T([["Constraint", "Source", "Effect on the figures"],
           ["Public funding limited to two years", "regional brief, section 4", "the plan must be self-financing from year three, which sets the pace of the national roll-out"],
           ["No personal data on pupils", "meeting with the data protection officer", "no individual tracking; waste weighed per service, which keeps hosting costs low"],
           ["Hardware must be repairable locally", "regional sustainability charter", "scale supplier chosen in Angers, 8% more expensive than imported models"],
           ["Reports compatible with the national EGalim platform", "brief annex 2", "two months of development added in year one"]]),
        P("Each constraint was confirmed in writing by the client."),
        H(1, "What could go wrong", {"risks-sensitivity": "ok"}),
        T([["Risk", "P", "I", "Financial effect", "Mitigation", "Owner"],
           ["Schools adopt slowly", "3", "4", "year 3 revenue -30%", "cook-to-cook training, adoption dashboard", "CEO"],
           ["Large caterer copies the tool", "2", "4", "price pressure -20%", "data history and regional contracts", "CEO"],
           ["Hardware delays", "3", "2", "one quarter of revenue shifted", "two qualified suppliers", "operations"]]),
        P("Adoption is the risk we watch most closely: it drives both revenue and the reputation we need to win other regions. We review all three risks every quarter."),
        H(2, "If things go worse", {"sensitivity-analysis": "thin"}),
        T([["Scenario", "Change", "Revenue Y3", "Result Y3", "Break-even"],
           ["Slow adoption", "-30% kitchens", "€1.5m", "€40k", "month 33"]]),
        H(1, "Q&A for the jury", {"questions-objections": "ok"}),
        T([["Question", "Answer", "Evidence"],
           ["Why would a school pay when weighing by hand is free?", "Because the cook saves an hour a week and the school saves food worth ten times the subscription.", "pilot in 6 Nantes schools: -24% waste in 3 months"],
           ["What happens after the regional funding?", "Subscriptions from other regions cover costs from month 26.", "cash plan and P&L"]]),
    ],
    missing=["financing-plan", "appendices"],
)
