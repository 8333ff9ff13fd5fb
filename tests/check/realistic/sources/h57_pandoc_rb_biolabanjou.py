from _common import *

DOC = dict(
    deliverable="research-brief",
    path="pandoc",
    language="en",
    notes="""Held-out round 57 (h57_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: a network of eleven medical testing labs around Angers wants to understand why patients
    dread the morning blood test. Numbered headings; the before/after challenge table sits under the brief
    heading with no heading of its own (merged), as does the table of research activities under the method;
    the heading meant for what patients think and feel has nothing under it (empty); verbatims and reading list are under one appendix
    heading (merged); no interview guide (missing).""",
    title="Biolab Anjou – The morning blood test, seen from the waiting room",
    cover=["Research brief – CX project", "Louis Bertin, Camille Oger, Yasmine Haddad – November 2026"],
    missing=["interview-guide"],
    blocks=[
        H(1, "1. The brief we were given, and the one we chose", {"client-brief": "ok", "brief-reframing": "ok"}),
        P("Biolab Anjou runs eleven medical testing labs in and around Angers and sees about 2,300 patients a day, "
          "three quarters of them between 7 and 10 in the morning. Its management asked us in September to "
          "\"reduce waiting times at reception\", because the Google rating of the network has fallen from 4.1 to 3.4 "
          "in two years and most of the bad reviews talk about queues. They already planned to buy self-service "
          "check-in kiosks and wanted us to confirm where to put them."),
        P("After two weeks in the labs we think the brief aims at the wrong moment. The wait at reception is "
          "measured and it is not that long: eleven minutes on average, nineteen on Monday mornings. What patients "
          "describe is a much longer ordeal that starts the evening before, when they wonder whether they must "
          "fast, and ends days later, when a result arrives with a red value and nobody to explain it. The wait "
          "is only the visible part. We therefore reframed the challenge around the whole visit, from the "
          "prescription to the understanding of the result, and we asked management to keep the kiosk decision "
          "open until our findings are in. They agreed, on condition that we still measure the reception wait "
          "in every lab, which we did."),
        T([["", "Initial brief", "Reframed challenge"],
           ["Problem", "queues at reception are too long", "patients feel lost before, during and after the test"],
           ["Scope", "reception desk, 7-10 am", "from the prescription to the reading of the result"],
           ["Expected answer", "where to place check-in kiosks", "which moments to redesign first, and how"],
           ["Success measure", "minutes of wait", "patients who arrive ready and understand their result"]]),
        H(1, "2. What we wanted to find out", {"research-questions": "ok"}),
        L(["How do patients prepare for a blood test, and where do they get their information about fasting, "
           "documents and timing?",
           "What makes the time in the lab feel long or short, beyond the minutes on the clock?",
           "How do patients receive and read their results, and who do they turn to when a value is out of range?",
           "Which patients suffer most from the current visit: elderly people, parents with children, workers "
           "who must be at their job by nine?",
           "What do the reception staff and nurses see that management does not?"]),
        H(1, "3. How we went about it", {"method-sample": "ok", "research-activities": "ok"}),
        P("We combined three sources so that no single one would drive our conclusions. First, we spent six "
          "mornings in four labs chosen to differ: a large lab in central Angers, a suburban one in Trélazé, a "
          "small rural lab in Seiches-sur-le-Loir and the lab inside the Saint-Léonard clinic. Second, we "
          "interviewed patients, some met in the waiting room and some recruited through a pharmacy, so as to "
          "reach people who had avoided a test they needed. Third, we read the public studies on laboratory "
          "experience and the 1,140 Google reviews of the network since 2022, which we coded by theme. Our "
          "sample leans towards women and retired people, like the real patient base, but we made sure to talk "
          "to eight working people who came before their job."),
        T([["Activity", "Where and when", "Who", "Size"],
           ["Observation", "4 labs, 6 mornings, 7-10 am", "patients, reception, nurses", "31 hours"],
           ["Patient interviews", "waiting rooms and a pharmacy", "patients aged 19 to 84", "22 interviews"],
           ["Staff interviews", "lab break rooms", "receptionists, nurses, one biologist", "9 interviews"],
           ["Review analysis", "Google reviews 2022-2026", "all 11 labs", "1,140 reviews"],
           ["Desk research", "studies and reports", "-", "14 documents"]]),
        H(1, "4. What we learned", {"findings": "ok"}),
        P("The short answer is that the queue is a symptom. Patients arrive unsure, wait without knowing for "
          "how long, and leave without knowing when and how they will get their result. Each uncertainty adds "
          "to the next. The three sections below give the evidence from each source; the insights and the "
          "priorities we draw from them come after. Overall, what patients need most is not speed but being "
          "told, at each step, what happens next and why. This holds in every lab we visited, large or small, "
          "and for every kind of patient we met, even if the details differ."),
        H(2, "4.1 Six mornings in the labs", {"observation": "ok"}),
        P("In all four labs the rush starts before opening: at 6:50 in Trélazé we counted fourteen people at a "
          "closed door, some of whom had arrived at 6:15 because they believed the first come are served first, "
          "which is true. Inside, the wait is spent standing near the desk rather than sitting, because the "
          "ticket machine calls numbers on a screen that cannot be seen from most chairs. We saw receptionists "
          "answer the same three questions again and again: must I be fasting, do I need my prescription on "
          "paper, and when will I get the results. About one patient in nine was sent home or asked to come "
          "back because they had eaten or lacked a document, which also slows everyone else. At the clinic lab, "
          "where a nurse walks the waiting room at 7:30 to check documents, the morning felt calmer although "
          "the average wait was the same."),
        H(2, "4.2 What patients told us", {"interviews": "ok"}),
        P("Twenty-two patients spoke with us for fifteen to forty minutes. Almost none complained first about "
          "the wait. They talked about the night before: not knowing whether coffee breaks the fast, whether a "
          "thyroid test needs fasting at all, setting an alarm to be first in line. Working patients said the "
          "real cost is arriving late at work with no idea how long the lab will take, so they take a half day "
          "off \"just in case\". Older patients described the moment of the needle as the easy part, and the "
          "result as the hard one: a PDF arrives on a portal they do not use, or a paper letter with values in "
          "bold that nobody explains. Four of them had called their GP's surgery in a panic about a value that "
          "turned out to be normal for their age. Parents of young children told us the lab is not built for "
          "them: no corner to wait, and a child who has fasted since the evening. Two patients had postponed a "
          "test for months because of a bad experience. Nine staff interviews confirmed the picture: "
          "receptionists estimate that a third of their time goes on questions that a clear message the day "
          "before would answer."),
        H(2, "4.3 Reading and reviews", {"desk-research": "ok"}),
        P("The 1,140 reviews tell the same story as the interviews once they are coded. Waiting is named in 46 % "
          "of negative reviews, but in most of them together with a second complaint: a rude exchange at the "
          "desk, a lost prescription, or results that were late or unclear. Reviews mentioning an explanation "
          "of the result are almost all positive. The national studies we read point the same way. A patient "
          "survey by a federation of private labs ranks \"knowing when I will be called\" above the length of "
          "the wait itself, and research on waiting rooms in health care shows that uncertain waits feel "
          "longer than known ones of the same length. A report on the health portal shows that fewer than a "
          "third of patients over seventy open their results online."),
        H(1, "5. Through the patient's eyes", {"empathy-map": "empty"}),
        H(1, "6. Meet Colette", {"persona": "ok"}),
        P("Colette, 71, retired primary school teacher in Seiches-sur-le-Loir, takes a blood test every three "
          "months for her diabetes treatment. She drives to the lab at 6:40 to be among the first, fasting and "
          "without her morning coffee. She keeps her paper prescription in a plastic sleeve and never uses the "
          "online portal, which her son set up for her. What she wants: to be in and out quickly, and above all "
          "to understand her result without waiting two weeks for her doctor's appointment. What she fears: a "
          "value in bold that nobody explains."),
        H(1, "7. Insights", {"user-insights": "ok"}),
        P("Four insights came back in every source. Each is written from the patient's side and tied to what we "
          "saw or heard, so that the lab's managers can check it against their own experience."),
        T([["Insight", "What we saw or heard", "Source"],
           ["Patients fear getting the preparation wrong more than waiting", "one in nine turned back; night-before "
            "questions in most interviews", "observation, interviews"],
           ["An unknown wait feels longer than a known one", "standing near the desk; calmer lab with a nurse on the "
            "floor", "observation, studies"],
           ["The result is the most stressful moment of the visit", "calls to GPs about normal values; review themes",
            "interviews, reviews"],
           ["Working patients lose half a day because they cannot plan", "eight working patients out of eight",
            "interviews"]]),
        H(2, "7.1 How might we…", {"pov-hmw": "ok"}),
        L(["Colette needs to understand her result the day it arrives, because a bold value alone frightens her. "
           "How might we explain a result in words she trusts, without a doctor's visit?",
           "A working patient needs to plan the morning, because losing half a day costs money. How might we give "
           "him a time he can rely on?",
           "How might we make sure nobody comes fasting for nothing?"]),
        H(1, "8. The visit today, step by step", {"as-is-journey": "ok"}),
        P("We drew the current visit from the observations and the interviews. The low point is not at the lab "
          "but at the end, when the result arrives alone."),
        T([["Step", "What the patient does", "What they feel", "Pain point"],
           ["Evening before", "looks for fasting rules online", "unsure", "no message from the lab"],
           ["Arrival", "queues outside before opening", "tired, hungry", "first come first served"],
           ["Waiting room", "stands near the desk", "anxious about missing the call", "screen out of sight"],
           ["Sampling", "needle, two minutes", "relieved", "few complaints"],
           ["Result", "PDF on a portal or a letter", "worried", "no explanation of values"]]),
        H(1, "9. What to tackle first", {"insight-prioritisation": "ok"}),
        P("We scored each insight with the lab's management on how many patients it affects, how much it weighs "
          "on their experience, and how easily the network can act on it within a year. Preparation and the "
          "explanation of results come out on top: they touch almost every patient, and both can be improved "
          "with messages and staff time rather than new buildings. The kiosks, which were the starting point, "
          "rank last because they address a wait that patients mind less than management thought."),
        T([["Insight", "Patients affected", "Weight on experience", "Ease", "Rank"],
           ["Result explained", "high", "high", "medium", "1"],
           ["Preparation message", "high", "medium", "high", "2"],
           ["Known waiting time", "high", "medium", "medium", "3"],
           ["Planning for workers", "medium", "medium", "medium", "4"]]),
        H(1, "10. What is at stake for Biolab Anjou", {"strategic-stakes": "ok"}),
        P("The network competes with two national groups that opened labs in Angers in the last three years, and "
          "patients choose their lab freely. The Google rating is the first thing a new patient sees, and our "
          "review analysis shows that it suffers less from waiting than from uncertainty and from results "
          "nobody explains. The strategic question is therefore whether Biolab Anjou wants to be the fastest lab "
          "or the one that looks after patients before and after the needle. We argue for the second: the "
          "national groups cannot easily copy a local biologist who calls back, and it costs less than kiosks "
          "in eleven sites. It also means changing the receptionists' job, which today is mostly answering the "
          "same questions, towards guiding patients, and it means a real decision about the results portal, "
          "which a third of patients never open. Finally, the regional health agency is pushing labs to take on "
          "prevention screening; a network that already explains results well is better placed to win that "
          "work than one that only measures queues."),
        H(1, "Appendix – voices and reading", {"appendices": "ok", "verbatims": "ok", "bibliography": "ok"}),
        T([["Who", "What they said"],
           ["Colette, 71", "\"I can wait an hour. What I can't stand is the letter with the bold numbers.\""],
           ["Karim, 38, bus driver", "\"I take the morning off because I never know if it's ten minutes or an hour.\""],
           ["Receptionist, Trélazé", "\"Half my morning is saying 'yes, water is fine'.\""]]),
        L(["Fédération des laboratoires de biologie médicale, Patient experience survey, 2024.",
           "Maister D., The psychology of waiting lines, 1985.",
           "Agence du numérique en santé, Usage of the patient health portal, annual report 2025."]),
    ],
)
