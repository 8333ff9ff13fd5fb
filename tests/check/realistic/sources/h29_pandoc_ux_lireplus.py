from _common import *

DOC = dict(
    deliverable="ux-data-analysis",
    path="pandoc",
    language="en",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. Markdown converted
    by pandoc, English. The library network of a French metropolis (twelve branches) asks why a third of the books
    reserved in its "Lire+" app are never collected, and how borrowers use the e-book shelf. Numbered headings ("1."
    to "11.", "2.1", "6.1", "6.2", "10.1"), several shortened ("2. Sources", "4. Methods", "7. Patterns", "11.
    Limits & GDPR"). The behaviour analysis is split over two headings ("5. How borrowers use holds" and "6. …and
    the e-book shelf"); a data table of pick-up rates by distance sits in the first half. The targets are three
    lines (thin); no dashboard anywhere (missing); an appendix with the field list.""",
    title="Lire+ – what the data says about our borrowers",
    cover=["Data project · UX and behaviour analysis for the metropolitan library network",
           "Élodie Marchand, Bastien Kerjean · Web School Factory · December 2026"],
    blocks=[
        H(1, "1. The question", {"business-question": "ok"}),
        P("The metropolitan library network runs twelve branches and the Lire+ app, which 41,000 active borrowers "
          "used in 2025 to search the catalogue, reserve books and borrow e-books. Reservations are popular: "
          "96,000 holds were placed last year. But 34 % of the books set aside for a borrower were never collected. "
          "Each uncollected hold blocks a copy on the hold shelf for ten days, while other people wait for it, and "
          "costs staff time twice, once to pull the book and once to put it back."),
        P("The head of digital services, Mme Aubry, asked us two things. First, why do so many borrowers reserve "
          "a book and never come for it, and is it a matter of distance, of timing or of the app itself? Second, "
          "who actually uses the e-book shelf, which costs the network 180,000 euros a year in licences, and does "
          "it reach people who no longer visit the branches? Her decisions depend on the answers: shortening the "
          "hold period, sending books to the branch nearest the borrower, or moving part of the licence budget "
          "back to paper."),
        H(1, "2. Sources", {"data-sources": "ok"}),
        T([["Source", "Owner", "What it holds", "Period", "Volume"],
           ["Integrated library system export", "the network", "holds, loans, returns, branch of pick-up",
            "2023-2025", "2.9 million rows"],
           ["App analytics (Matomo)", "the network", "screens viewed, searches, taps on 'reserve'",
            "2025", "1.4 million sessions"],
           ["E-book platform logs", "the supplier", "loans, pages opened, device type", "2025", "212,000 loans"],
           ["Borrower file, pseudonymised", "the network", "age band, IRIS area of residence, card type",
            "2025", "41,000 borrowers"],
           ["Population by IRIS area", "INSEE open data", "population, age, income bracket", "2021", "480 areas"],
           ["Public transport timetables (GTFS)", "the transit authority, open data",
            "stops and travel times to each branch", "2025", "3,100 stops"]]),
        H(2, "2.1 Why open data?", {"open-data-value": "ok"}),
        P("The library's own files say who reserved what and whether it was collected, but nothing about how hard "
          "it is for that person to reach the branch. The open data fills that gap. With the INSEE figures for "
          "each IRIS area we can compare the borrowers of a neighbourhood with the people who live there, and see "
          "which areas the app reaches badly. With the transit timetables we computed, for every area, the travel "
          "time by bus or tram to each branch, which is a much better measure of effort than the straight "
          "distance: two branches four kilometres away can be twelve or forty minutes away. Crossing these with "
          "the holds is what lets us tell a convenience problem from an interest problem, which the library could "
          "not do with its own data."),
        H(1, "3. Cleaning the data", {"data-preparation": "ok"}),
        T([["Problem found", "Scale", "What we did"],
           ["Holds cancelled by staff counted as uncollected", "6,300 rows", "separated using the cancel code"],
           ["Same borrower with two cards", "1,100 borrowers", "merged on the pseudonymised identifier"],
           ["Missing area of residence", "8 % of borrowers", "kept for totals, left out of the map"],
           ["App sessions from staff devices", "4 % of sessions", "removed by the branches' IP range"],
           ["E-book loans returned in under a minute", "9,800 loans", "treated as mistakes and dropped"],
           ["Dates in three formats", "all files", "converted to one date and time zone"]]),
        P("After cleaning we kept 89,700 holds, 40,100 borrowers and 202,000 e-book loans. Every step is a cell of "
          "the notebook, so the data officer can rerun the whole preparation on next year's exports."),
        H(1, "4. Methods", {"methods": "ok"}),
        P("We worked in Python with pandas in a notebook shared with the library's data officer, because the "
          "volumes (a few million rows) fit easily in memory on a laptop and the officer can rerun every step "
          "next year. Travel times came from the GTFS files through a small routing library, computed once for "
          "each pair of area and branch and stored in a table."),
        P("For holds, we used descriptive statistics first, pick-up rate by branch, by day of the week the book "
          "became available and by travel time, then a logistic regression to see which factors still mattered "
          "when taken together: travel time, age band, whether the hold was placed in the app or at the desk, and "
          "how long the borrower had waited. For the app, we rebuilt the path of each session from the analytics "
          "and looked at where people left the reservation flow. For e-books, we grouped borrowers with a k-means "
          "clustering on four variables: e-book loans, paper loans, share of loans at night and device used. We "
          "chose four clusters after comparing three to six, because four gave groups the librarians recognised. "
          "Every chart was made with Plotly so that the network can reuse them on its intranet. We checked each "
          "result with the librarians of two branches before writing it down, and dropped one finding they "
          "showed us was an artefact of a closed branch."),
        H(1, "5. How borrowers use holds", {"behaviour-analysis": "ok"}),
        P("The first result is that distance matters, but not in the way the library thought. Borrowers who live "
          "within fifteen minutes of their pick-up branch collect 78 % of their holds; above thirty minutes, the "
          "rate falls to 49 %. The surprise is who is far away: many borrowers choose, in the app, the central "
          "branch as pick-up point, because it is the first one in the list, even when another branch is next to "
          "their home."),
        T([["Travel time to pick-up branch", "Holds", "Collected", "Pick-up rate"],
           ["under 15 min", "41,200", "32,100", "78 %"],
           ["15 to 30 min", "33,800", "22,300", "66 %"],
           ["over 30 min", "21,000", "10,300", "49 %"],
           ["All holds", "96,000", "64,700", "67 %"]]),
        P("Timing is the second factor. A book that becomes available on a Friday is collected less often (58 %) "
          "than one available on a Tuesday (71 %), because the ten days include a weekend when several branches "
          "are closed. The notification matters too: 22 % of borrowers never opened the app's alert, which is the "
          "only message sent since the network stopped sending emails in 2024."),
        P("The app itself loses people too, but later than we expected. Of the sessions that open a book's page, "
          "14 % tap 'reserve', and almost all of them finish the reservation: the flow is short and works. The "
          "problem is one screen, the choice of pick-up branch, where the list is sorted alphabetically and the "
          "central branch, whose name starts with 'A', sits at the top, already selected. In the regression, "
          "choosing a branch other than the nearest one doubles the odds that the book is never collected, even "
          "at the same travel time and age band. Holds placed at the desk, where a librarian asks which branch "
          "suits the borrower, are collected 81 % of the time."),
        H(1, "6. …and the e-book shelf", {"behaviour-analysis": "ok"}),
        P("E-books are used by fewer people than expected, but very intensively. Only 6,900 borrowers borrowed an "
          "e-book in 2025, a sixth of the active borrowers, yet they made 212,000 loans, about thirty each. Half of "
          "the e-book loans start between 9 pm and midnight, and 70 % are read on a phone rather than a tablet or "
          "an e-reader. The clustering shows that most of these readers also borrow paper books: e-books add to "
          "their reading rather than replace a visit. Waiting lists are the main frustration: the twenty most "
          "requested titles have more than forty people waiting, and a quarter of the readers who join such a "
          "list give up before their turn comes."),
        H(2, "6.1 Crossing loans with the map", {"data-crossing": "ok"}),
        P("When we put the borrowers back in their IRIS areas and compare them with the INSEE population, two "
          "things appear. The app reaches the city centre and the inner suburbs well, with one borrower for every "
          "nine inhabitants, but only one for every thirty in the four outer areas where travel time to any "
          "branch exceeds forty minutes. Those are exactly the areas where holds are most often left on the "
          "shelf. The e-book readers, on the other hand, are not more numerous in the far areas than elsewhere: "
          "the digital shelf does not reach the people who are far from a branch, contrary to what the network "
          "hoped when it bought the licences. Among borrowers aged over sixty, who are the majority in two of these "
          "areas, the e-book share is below 3 %. Finally, "
          "the far areas have lower incomes on average, so the question of the hold shelf is also a question of "
          "fair access to the library, which the network's charter puts first."),
        H(2, "6.2 Charts", {"key-findings-chart": "ok"}),
        Img(["Pick-up rate by travel time", "Friday vs Tuesday availability", "E-book loans by hour",
             "Borrowers per 100 inhabitants"],
            "The four charts we showed the branch managers on 24 November."),
        H(1, "7. Patterns", {"patterns": "ok"}),
        T([["Pattern", "Today or new", "Share of borrowers", "What supports it"],
           ["Reserves at the central branch out of habit, lives far from it", "today", "18 %",
            "pick-up branch differs from nearest branch"],
           ["Reserves a lot, collects little, never opens alerts", "today", "9 %",
            "alert not opened, pick-up rate under 40 %"],
           ["Evening phone reader who also borrows paper", "today", "11 %", "e-book cluster 2"],
           ["Asks for the book to come to the nearest branch or a locker", "new, expected", "unknown yet",
            "requests at two desks during the study"]]),
        P("The first two patterns explain most of the uncollected holds between them. The third is the e-book "
          "audience the network already has; the fourth is what borrowers started asking for once we talked to "
          "them about the hold shelf, and it needs a trial to be measured."),
        H(1, "8. Three borrowers", {"personas": "ok"}),
        T([["", "Sophie, 38", "Gérard, 67", "Inès, 22"],
           ["Where she or he lives", "outer area, 45 min from the centre", "inner suburb, 10 min", "city centre"],
           ["What the data shows", "12 holds a year, half uncollected", "collects everything, no e-books",
            "40 e-book loans, reads at night"],
           ["What would help", "pick-up at the branch near her work", "nothing in the app; a paper list",
            "more titles, shorter waiting lists"]]),
        H(1, "9. Who we aim at", {"targets": "thin"}),
        P("First the far borrowers who reserve often, then the evening phone readers. Gérard's group is not a "
          "target for the app."),
        H(1, "10. Visual model", {"visual-modelling": "ok"}),
        P("We chose a map rather than a funnel as our main model because the problem we found is geographical: "
          "what fails is the journey between home and branch, not the steps in the app. The map shows each IRIS "
          "area coloured by its pick-up rate, with the twelve branches and the tram lines drawn on top, so that a "
          "branch manager sees at once which areas are badly served. We add a small heatmap of e-book loans by "
          "hour and day, which tells the digital team when to run maintenance and when to push new titles. Both were tried on paper "
          "with four branch managers before we drew the final versions."),
        H(2, "10.1 Heatmap", {"behaviour-dataviz": "ok"}),
        Img(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "E-book loans by hour and day, darker means more."),
        H(1, "11. Limits & GDPR", {"limits-gdpr": "ok"}),
        P("Our data covers one year only and 2025 was unusual: the central branch closed for three weeks in March "
          "for works, which lowered pick-up rates that month. The areas of residence are missing for 8 % of "
          "borrowers, mostly recent ones, and travel times assume the bus timetable is kept, which borrowers tell "
          "us is not always true in the evening."),
        P("On personal data, we never saw a name or a card number: the network gave us a pseudonymised file, and "
          "we only used the IRIS area, never the address. Areas with fewer than twenty borrowers were merged with "
          "a neighbour before any map was drawn, so that no one can be recognised. The notebook and the files "
          "stay on the network's server and will be deleted at the end of the project, as agreed with the data "
          "protection officer. Using e-book reading hours to target people would need a new information notice."),
        H(1, "Appendix – fields used", {"appendices": "ok"}),
        L(["holds: hold id, pseudonymised borrower id, title id, date placed, date available, date collected or "
           "expired, pick-up branch, channel (app or desk)",
           "borrowers: pseudonymised id, age band, IRIS area, card type, year of first card",
           "e-book loans: loan id, pseudonymised id, start time, end time, pages opened, device type",
           "travel times: IRIS area, branch, minutes by public transport on a weekday at 5 pm",
           "notebook: 38 cells, run in about six minutes on a laptop; the data officer keeps the only copy "
           "with the raw exports on the network's server"]),
    ],
    missing=["dashboard"],
)
