from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="pandoc",
    language="en",
    notes="""Held-out round 6 (h6_), written and labelled on 2026-12-01 before any run of check. Markdown converted
    by pandoc, English: a maritime museum in Le Havre tests a phone audio guide that recognises exhibits from the
    camera. Most headings are questions; the test plan and its tasks sit under one heading, the plan as prose
    and the tasks as a table (merged); the results are a table of figures under their own question, with the
    overview too short (thin); no technical sheet and no eye tracking (missing); the issue log and the backlog
    share one heading with two tables (merged); a short appendix list.""",
    title="Docks Museum – 'Point & Listen' prototype",
    cover=["Prototype and user tests report", "Camille Roussel, Hugo Lemaire, Anaïs Petit – November 2026"],
    blocks=[
        H(1, "What did we set out to learn?", {"concept-recap": "ok"}),
        P("The Docks Museum in Le Havre gets 140,000 visitors a year, but only 6 % rent the old audio guide, a "
          "numbered handset that visitors find clumsy and unhygienic. 'Point & Listen' replaces it with the "
          "visitor's own phone: you point the camera at a ship model, a painting or a crane, the app recognises "
          "it and plays a two-minute story told by former dock workers. No numbers to type, no handset to return."),
        P("The museum board will only fund development if three things hold. Visitors must understand how to "
          "use it without staff help. Recognition must work in the museum's dim rooms. And people must actually "
          "listen to the stories rather than look at them for ten seconds and move on, because that is the whole "
          "point of the project: keeping the memory of the port alive."),
        H(1, "The prototype", {"prototype": "ok"}),
        P("We built a working prototype rather than clickable screens, because recognition in real light was the "
          "riskiest assumption. The app runs on Android and iOS through a web page, so visitors do not install "
          "anything: they scan a QR code at the entrance. Twelve exhibits from the 'Port at work' gallery are "
          "recognised, using an image model we trained on 2,300 photos taken in the room at different hours."),
        P("Each exhibit has a short story recorded with a retired docker or crane driver, a transcript for "
          "deaf visitors, and a 'next exhibit' arrow. The interface has three screens only: the camera view, "
          "the story player and a map of the gallery. We kept colours high-contrast and buttons large, since a "
          "third of the museum's visitors are over 60. The prototype cost us three weeks and nothing beyond "
          "our own phones and a free hosting plan."),
        Img(["Scan QR at entrance", "Point camera", "Exhibit recognised", "Story plays", "Next exhibit arrow"],
            "From the entrance to the second story: the five steps of a visit."),
        H(1, "How did we organise the sessions?", {"test-plan": "ok", "test-tasks": "ok"}),
        P("We tested with 14 real visitors over two Saturdays in October, recruited at the ticket desk with a "
          "free coffee. Half were over 55. Each session took the visitor through the gallery with three tasks, "
          "and we stopped after 30 minutes whatever happened."),
        T([["#", "What we asked", "What we expected", "Counted as success when"],
           ["1", "Start the guide without our help", "the QR code and web app are found", "first story plays in under 2 minutes"],
           ["2", "Hear the story of the red crane", "recognition works at a distance", "story starts in under 10 seconds"],
           ["3", "Go to an exhibit you choose and listen", "people listen to the end", "at least 80 % of a story heard"]]),
        H(2, "Method", {"test-methods": "ok"}),
        P("Sessions were moderated and held in the gallery during opening hours, with other visitors around, "
          "because noise and crowds are part of the real experience. Camille moderated, Hugo observed and timed, "
          "Anaïs stayed at the entrance to recruit the next person. We asked visitors to think aloud for the first "
          "two tasks and to visit freely for the third, to avoid turning the visit into an exam."),
        P("We logged every recognition attempt on the server, with its time and whether it succeeded, so that we "
          "could compare what people said with what actually happened. After the visit each person answered the "
          "ten System Usability Scale questions on a tablet, rated how much they learnt from one to five, and "
          "told us in a short interview what they would change. We compared visitors above and below 55, and "
          "those who came alone with those who came as a family, because the museum worries most about older "
          "visitors and about children sharing one phone. Each session ended with a thank-you card and the museum's newsletter form."),
        H(1, "Did it work?", {"results": "thin"}),
        P("Mostly yes. Recognition was the strong point, starting the guide the weak one, and people listened "
          "longer than we dared hope."),
        H(2, "The numbers", {"perception-metrics": "ok"}),
        T([["Measure", "Target", "Result", "Comment"],
           ["Guide started alone (task 1)", "80 %", "71 % (10 of 14)", "four needed help to find the QR code"],
           ["Recognition under 10 s (task 2)", "90 %", "96 % of 212 attempts", "two failures near the window at noon"],
           ["Share of a story heard (task 3)", "80 %", "87 % median", "older visitors listened longest"],
           ["Usability score", "70", "76", "above average for a first prototype"],
           ["Learnt something, 1 to 5", "3.5", "4.3", "the dockers' voices were quoted most"]]),
        H(2, "What visitors said", {"user-feedback": "ok"}),
        P("The stories carried the experience. Eleven of fourteen visitors mentioned the voices, often the same "
          "one: the crane driver who describes the night shift in the storm of 1987. Several said they had never "
          "stayed so long in that gallery. A retired teacher asked whether she could listen again at home, which "
          "we had not planned. Families liked the map but argued over the single phone, and two children asked "
          "for a game. The entrance was the only real frustration: the QR code sign sits behind the ticket desk, "
          "and four people walked past it. Nobody missed the old handset, and nobody worried about battery or "
          "data, which the museum had expected to be the main complaint. Two visitors over 70 asked for a "
          "larger text size in the transcript, and one asked for the stories in English for her grandchildren."),
        H(1, "Problems found and what we changed", {"issue-log": "ok", "corrective-actions": "ok"}),
        T([["Problem", "Seen in", "Severity", "Fix"],
           ["QR code sign hidden behind the desk", "4 of 14 sessions", "high", "a standing sign in the entrance hall"],
           ["Glare near the window breaks recognition", "server log, 2 failures", "medium", "more training photos at noon"],
           ["Families share one phone", "3 families", "low", "a second phone can join the same visit"]]),
        P("We fixed the first problem at once: the museum moved the sign to a stand at the gallery door before "
          "the second Saturday, and the next seven visitors all started alone. The other two changes are now "
          "written as user stories for the development team, with the window glare first because it can spoil "
          "a whole visit on sunny days."),
        T([["Story", "Priority", "Effort", "When"],
           ["As a visitor I am recognised even in strong sunlight", "Must", "M", "sprint 1"],
           ["As a parent I share the visit with my child's phone", "Could", "L", "after launch"],
           ["As a visitor I replay a story at home", "Should", "S", "sprint 2"]]),
        H(1, "So, should the museum build it?", {"viability-conclusion": "ok"}),
        P("We think so. The tests show that visitors of all ages can use their own phone as a guide once they "
          "find the starting point, that recognition works in the museum's real light almost every time, and "
          "that people listen to the stories to the end. The usability score of 76 on a first prototype is "
          "encouraging, and the learning score of 4.3 answers the board's main question."),
        P("The business case looks sound as well. The old handsets cost the museum 18,000 euros a year in "
          "rental and cleaning for 8,400 users. If even 20 % of visitors use the new guide, that is three times "
          "more people hearing the stories for a development cost estimated at 45,000 euros and hosting under "
          "2,000 euros a year."),
        P("Two doubts remain. We tested twelve exhibits in one gallery, not 180 in six; recognition may be "
          "harder with glass cases and similar ship models. And we met visitors on Saturdays, not school groups "
          "on weekdays. We recommend building the full 'Port at work' gallery first, opening it for three "
          "months with a counter on the server, and extending to the other galleries only if 15 % of visitors "
          "use it."),
        H(1, "Annexes", {"appendices": "ok"}),
        L(["Consent form signed by each visitor", "Server log extract, 212 recognition attempts",
           "Interview notes, 14 sessions"]),
    ],
    missing=["technical-sheet", "eye-tracking"],
)
