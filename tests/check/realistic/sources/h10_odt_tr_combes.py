from _common import *

DOC = dict(
    deliverable="technology-recommendation",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx. English, a cooperative cheese dairy in the Jura chooses software to trace its
    milk and cheese from the farm to the ripening cellar. Numbered headings, several of them questions; the
    weights have a sub-heading of their own at level 3; a decision matrix table; the change plan is two sentences
    (thin); no roadmap (missing).""",
    title="Fruitière des Combes – Tracing every wheel",
    cover=["Technology recommendation and impact measurement", "Maëlle Vuillemin, Technology Orientation project"],
    blocks=[
        H(1, "1. Summary for the board", {"executive-summary": "ok"}),
        P("The Fruitière des Combes collects milk from 31 farms around Mouthe and turns it into about 4,800 "
          "tonnes of Comté and Morbier a year. Each wheel is still followed on paper: the vat sheet, the salting "
          "book and the cellar register are three notebooks that nobody can cross quickly. When a customer in "
          "Lyon found a defect in March, it took two people four days to find which farms had supplied the milk. "
          "We compared three traceability products and a fourth option, a spreadsheet built in house. We "
          "recommend Fromtrack, a product made for cheese dairies: it is the only one that reads the labels of "
          "the casein plates, it works in the damp cellars on rugged tablets, and it costs 96,000 euros over five "
          "years. We ask the board to sign in January so that the first vats are traced before the summer milk."),
        H(1, "2. What did the dairy ask for?", {"needs-recap": "ok"}),
        P("The board asked us in September for a way to answer any question on a wheel within an hour: which "
          "farms, which vat, which cheesemaker, which salting, which cellar shelf and which turning robot. The "
          "inter-professional body of Comté will require this from 2028, and two supermarket chains already ask "
          "for it in their contracts. We spent two weeks with the cheesemakers and the cellar master, and read "
          "the audits of the last three years."),
        P("The study stage gave us four conclusions. First, the data already exist, but on paper and in the "
          "milk-collection software of the tanker, which exports a file every evening. Second, the cheesemakers "
          "will not type on a keyboard with wet hands: entry must be by scanning or by touch. Third, the cellar "
          "has no Wi-Fi and walls of stone half a metre thick. Fourth, the dairy has no IT staff, only a "
          "contract with a local company in Pontarlier, so the tool must run without a server on site. The "
          "budget voted by the board is 120,000 euros over five years."),
        H(1, "3. Which tools did we look at?", {"options": "ok"}),
        P("We kept four options after a first look at nine products, dropping those made for industrial "
          "dairies that cost more than the whole budget. The three products below were chosen because a dairy of "
          "our size already uses each of them; the spreadsheet is the option the office manager proposed."),
        T([["Option", "What it is", "Where it is used"],
           ["Fromtrack", "cloud traceability for cheese dairies, offline tablets in cellars", "14 fruitières in Doubs and Savoie"],
           ["LactoSuite", "a module of a dairy ERP, installed on a local server", "large cooperatives in Brittany"],
           ["TraceAgri", "generic farm-to-shop traceability, web only", "fruit and wine producers"],
           ["In-house spreadsheet", "shared workbook filled from the paper notebooks", "nowhere yet"]]),
        H(1, "4. How were they judged?", {"evaluation": "ok"}),
        P("Each product was demonstrated on site with our own data from one week of March, the week of the "
          "defect, and we timed how long it took to trace one wheel back to its farms. Two cheesemakers and the "
          "cellar master used each tool for half a day and gave their score without seeing the others'. Costs "
          "come from firm quotes. We dropped nothing on price alone: the spreadsheet stayed in the comparison so "
          "that the board can see what doing nothing more than today would give. The criteria and their weights "
          "were agreed with the board before the first demonstration, so that no score could be bent towards a "
          "favourite afterwards. The full scores of each tester are kept in the project folder."),
        H(3, "Weights agreed with the board", {"criteria-weights": "ok"}),
        T([["Criterion", "Weight", "Why"],
           ["Tracing a wheel in under an hour", "30 %", "the need that started the project"],
           ["Works in the cellar without network", "25 %", "no Wi-Fi can cross the walls"],
           ["Entry without keyboard", "20 %", "wet hands, gloves"],
           ["Five-year cost", "15 %", "budget of 120,000 euros"],
           ["No server on site", "10 %", "no IT staff"]]),
        H(2, "4.2 The matrix", {"decision-matrix": "ok"}),
        T([["Criterion (weight)", "Fromtrack", "LactoSuite", "TraceAgri", "Spreadsheet"],
           ["Trace in under an hour (30 %)", "5", "4", "3", "1"],
           ["Cellar offline (25 %)", "5", "2", "1", "2"],
           ["No keyboard (20 %)", "4", "3", "2", "1"],
           ["Cost (15 %)", "4", "2", "4", "5"],
           ["No server (10 %)", "5", "1", "5", "4"],
           ["Weighted score out of 5", "4.65", "2.75", "2.6", "2.0"]]),
        P("Fromtrack leads on every criterion but cost, where TraceAgri and the spreadsheet are cheaper. "
          "LactoSuite would trace well but needs a server and a network in the cellar we do not have."),
        H(2, "4.3 What would it cost over five years?", {"total-cost-of-ownership": "ok"}),
        T([["Item", "Fromtrack", "LactoSuite", "TraceAgri", "Spreadsheet"],
           ["Licences or subscription", "54,000 €", "70,000 €", "38,000 €", "0 €"],
           ["Tablets, scanners, printers", "22,000 €", "18,000 €", "22,000 €", "8,000 €"],
           ["Server and cellar network", "0 €", "31,000 €", "0 €", "0 €"],
           ["Set-up and training", "12,000 €", "25,000 €", "9,000 €", "4,000 €"],
           ["Support by the Pontarlier company", "8,000 €", "15,000 €", "8,000 €", "20,000 €"],
           ["Total", "96,000 €", "159,000 €", "77,000 €", "32,000 €"]]),
        P("The spreadsheet looks cheap until one counts the support hours needed to keep a shared workbook "
          "alive in three places."),
        H(1, "5. So, which one?", {"recommendation": "ok"}),
        P("We recommend Fromtrack. It answered the question that started the project in eleven minutes during "
          "the demonstration, against two hours with LactoSuite and most of a day with TraceAgri, and it is the "
          "only product whose tablets kept working in the cellar, storing the scans and sending them when they "
          "came back to the dairy. The cheesemakers liked that a vat is opened by scanning the tanker's ticket "
          "and closed by scanning the casein plates, without typing anything. It costs 96,000 euros over five "
          "years, which fits in the budget of 120,000 euros and leaves room for a second cellar. Fourteen "
          "fruitières already use it, three of them within an hour of Mouthe, and their managers answered our "
          "calls openly."),
        P("TraceAgri is 19,000 euros cheaper, but it was designed for fruit and wine: it knows lots and "
          "bottles, not wheels turned and salted for eighteen months, and it needs a network everywhere. We "
          "would have to keep the cellar register on paper, which is where the trace broke in March. LactoSuite "
          "is a good product for a larger dairy, but its server and the cabling of the cellar would cost more "
          "than the whole of Fromtrack. The spreadsheet is cheapest, yet it does not remove a single notebook: it "
          "only adds a copy of them, typed at the end of the day by someone who was not there."),
        P("Our recommendation comes with three conditions. The contract must give the dairy its data in an open "
          "format at any time, so that leaving Fromtrack in five years is possible. The first year must include "
          "an on-site day each quarter by the publisher, because the cellar master wants someone to call who "
          "knows cheese. And the link with the milk-collection software must be tested in February on real "
          "files before the full roll-out, since it is the one part that no other fruitière has built yet. If "
          "these conditions are refused, our second choice would be to wait one year rather than buy TraceAgri, "
          "since a trace that stops at the cellar door does not meet the 2028 rule."),
        H(1, "6. How will we know it worked?", {"impact-measurement": "ok"}),
        P("We will measure four things, before the start in March and again in December. The time to trace a "
          "wheel back to its farms, from the day of the request to the answer, which was four days in March "
          "and should fall under one hour. The hours spent each week copying notebooks, about nine today. The "
          "number of wheels whose history has a gap in the audit sample of the inter-professional body, eleven "
          "out of two hundred this year. And the cheesemakers' own opinion, asked in a short survey after three "
          "and nine months, because a tool they avoid would make the other figures meaningless. The office manager "
          "keeps the figures in one table and presents them to the board in June and in December; if the trace "
          "still takes more than a day in June, the publisher's quarterly visit is used to find out why."),
        H(2, "6.1 On the machines", {"infrastructure-impacts": "ok"}),
        T([["Element", "Today", "With Fromtrack"],
           ["Cellar", "paper register on a desk", "three rugged tablets, scans stored offline"],
           ["Dairy office", "one PC for accounts", "same PC, plus a label printer"],
           ["Network", "office Wi-Fi only", "one extra access point at the cellar door"],
           ["Milk collection", "evening file printed", "file sent automatically to Fromtrack"]]),
        H(2, "6.2 On the people", {"organisational-impacts": "ok"}),
        T([["Who", "What changes", "Time"],
           ["Cheesemakers", "scan tickets and plates instead of writing the vat sheet", "saves 20 min a day"],
           ["Cellar master", "turns and checks recorded on the tablet", "more time in the cellar"],
           ["Office manager", "no more copying, answers customers' trace requests", "saves 9 h a week"],
           ["Board", "monthly quality report", "new"]]),
        H(1, "7. Why the impacts point to the same choice", {"impacts-and-recommendation": "ok"}),
        P("The impacts confirm the choice rather than change it. The largest gain, nine hours a week in the "
          "office and a trace in under an hour, only exists if the cellar is covered; that is exactly where "
          "TraceAgri and the spreadsheet fail, so their lower price buys a smaller impact. The infrastructure "
          "impact is the lightest with Fromtrack: one access point and three tablets, against a server and "
          "cabling for LactoSuite, which our maintenance company told us it could not look after. On the "
          "organisation, the cheesemakers' fear was more typing; Fromtrack is the option where they type "
          "nothing, which is why we weighted entry without keyboard at 20 %. Had the survey in December shown "
          "that the tablets are avoided, we would have reconsidered; the trials make us think they will not be. "
          "In short, the option that costs a little more is the one whose impacts we can actually carry."),
        H(1, "8. Getting everyone on board", {"change-plan": "thin"}),
        P("The cellar master tests the tablets alone for a month before the others, and then trains his two "
          "colleagues himself. We do not plan anything else."),
        H(1, "9. Risks", {"risks": "ok"}),
        T([["Risk", "Likelihood", "Impact", "Answer"],
           ["Link with the milk-collection software fails", "medium", "high", "test in February, manual import as fallback"],
           ["Tablets break in the damp", "low", "medium", "rugged models, one spare"],
           ["Publisher bought or closed", "low", "high", "open data export written in the contract"],
           ["Cheesemakers keep the paper", "medium", "high", "cellar master as trainer, paper removed after two months"]]),
    ],
    missing=["roadmap"],
)
