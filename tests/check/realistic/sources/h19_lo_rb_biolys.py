from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 19 (h19_), written and labelled on 2026-12-01 before any run of check. python-docx, then
    opened and saved again by LibreOffice Writer; English. Biolys, a network of twelve medical testing labs in
    Normandy, asked the team for "an app to cut waiting time in our sampling centres"; the team observed two
    mornings in Caen and Lisieux, interviewed fourteen patients and four staff, and reframed the problem as the
    anxiety of fasting patients who do not know when they will be seen or when results will come. Headings of the
    authors' own, numbered "1." to "9." at level 1 with three "4.x" at level 2; the reframing table, the
    fieldwork table, the empathy map and the interview guide under bold Normal paragraphs (one in upper case). The
    insights and the how-might-we questions share one heading and one part (merged). The literature part is a
    short paragraph (thin). The appendices hold the interview guide and the sources but no verbatims (missing).""",
    title="Waiting on an empty stomach – research brief for Biolys",
    cover=["Customer eXperience project · team 3", "Chloé Marchand, Adrien Lebas, Yasmine Haddad · December 2026"],
    blocks=[
        H(1, "1. What Biolys asked, and what we think the real question is", {"client-brief": "ok"}),
        P("Biolys runs twelve sampling centres and two analysis platforms across Calvados and the Orne. About "
          "2,300 patients a day come in for a blood test, most of them between 7 and 10 in the morning, many of "
          "them fasting. The management team came to us with a clear request: design an app that lets patients "
          "book a time slot, because the waiting rooms are full at 7:30 and empty at 11, and online reviews "
          "complain about the queue more than anything else. The average rating of the network on Google is 3.1, "
          "and the word that comes back most often in the one-star reviews is \"waiting\"."),
        P("We took the request seriously, but we did not want to start from the solution. A booking app already "
          "exists at two competitors in Rouen, and their waiting rooms are still full. We also noticed that the "
          "measured wait at Biolys is not extreme: 19 minutes on average at the Caen Saint-Jean centre, according "
          "to the ticket machine data the quality manager shared. So we asked a different question: why does a "
          "19-minute wait feel so bad that people write about it in public? Our hypothesis, which the fieldwork "
          "confirmed, is that the problem is less the length of the wait than what surrounds it: being hungry, "
          "not knowing how long it will be, worrying about being late for work or for the school run, and then "
          "not knowing when or how the results will arrive."),
        P("This brief therefore widens the scope from the queue to the whole morning of a fasting patient, from "
          "the prescription on the kitchen table to the moment the result is understood. It stays within what "
          "Biolys controls: its centres, its staff, its website and its result service."),
        B("From their brief to ours", {"brief-reframing": "ok"}),
        T([["Biolys said", "We heard", "So we will look at"],
           ["Patients wait too long", "patients hate not knowing how long", "what people know while they wait"],
           ["Build a booking app", "peaks come from fasting, not bad planning", "why everyone comes at 7:30"],
           ["Improve our reviews", "reviews mix the wait and the results", "the whole morning, up to the result"]]),
        H(1, "2. Questions we set out to answer", {"research-questions": "ok"}),
        L(["Why do fasting patients arrive at opening time, even when the centre is open until noon?",
           "What do patients know, and what do they guess, while they are in the waiting room?",
           "What makes a wait feel acceptable or unbearable: its length, the hunger, the uncertainty, the room?",
           "How do patients receive and read their results, and what worries them after the test?",
           "Which patients are hit hardest: workers on a tight schedule, parents, elderly people with "
           "repeated tests?",
           "Where, outside the waiting room, does the experience go wrong: the prescription, the website, the "
           "result email?"]),
        H(1, "3. How we went about it", {"method-sample": "ok"}),
        P("We combined three approaches over four weeks in October and November. First, we watched: two full "
          "mornings in the waiting rooms of Caen Saint-Jean, the busiest centre, and Lisieux, a small one with a "
          "single nurse, noting arrivals, waiting times and what people did. Second, we talked: fourteen patients "
          "interviewed after their test, for twenty minutes each, chosen to vary age, reason for the test and "
          "how often they come, plus two nurses and two receptionists. Third, we read: the ticket machine data "
          "for one year, 640 online reviews, and a handful of studies on perceived waiting time in healthcare. "
          "We asked every patient for consent at the desk and recorded nothing without it; names are changed. "
          "Our sample leans towards weekday mornings in two centres, so we checked our conclusions against "
          "the data of the ten others before writing them down."),
        B("Fieldwork at a glance", {"research-activities": "ok"}),
        T([["Activity", "Where and when", "Who", "What we kept"],
           ["Observation", "Caen Saint-Jean, 22 October, 6:45 to 11:30", "all patients present (148)",
            "arrival times, waits, behaviours"],
           ["Observation", "Lisieux, 29 October, 7:00 to 11:00", "all patients present (41)",
            "arrival times, waits, behaviours"],
           ["Interviews", "both centres and by phone", "14 patients aged 23 to 81", "notes and 9 recordings"],
           ["Staff interviews", "both centres", "2 nurses, 2 receptionists", "notes"],
           ["Data and reviews", "desk", "12 months of tickets, 640 reviews", "spreadsheet and coding"]]),
        H(1, "4. What we found", {"findings": "ok"}),
        P("Three findings stand out. The morning peak is created by the fasting instruction itself: people "
          "understand \"fasting\" as \"as early as possible\", so they come at opening. The wait is judged by its "
          "uncertainty more than its length: people who could see the queue moving complained less than people "
          "left alone with a number. And the anxiety does not end at the desk: for many patients the worst part "
          "of the morning is the silence that follows, until a result arrives that they cannot read alone. Each of these is developed below."),
        H(2, "4.1 Two mornings in the waiting room", {"observation": "ok"}),
        P("At Caen Saint-Jean, 62 people arrived in the first 45 minutes, then fewer than 15 an hour after 9:00. "
          "The room has 24 chairs; at 7:40 we counted 17 people standing, several of them elderly. The ticket "
          "screen shows the number being served but not how many are ahead or how long it will take, so people "
          "kept walking to the desk to ask, which slowed the receptionist down. Two patients left before being "
          "called, one saying she would be late for her shift at the hospital."),
        P("Lisieux was calmer but showed the same pattern on a smaller scale. The nurse handed out a small "
          "biscuit and a coffee voucher after each test, and patients talked about it as the moment the "
          "morning became bearable again. In both centres, the people who waited longest were those whose "
          "prescription needed checking at the desk, a step nobody had told them about."),
        H(2, "4.2 Fourteen patients, in their words", {"interviews": "ok"}),
        P("The patients we met did not ask for an app. When we asked what would have made their morning easier, "
          "the answers were about knowing: knowing whether they really had to come at 7, knowing how long it "
          "would take, knowing when the results would arrive and what they meant. Eleven of the fourteen thought "
          "a fasting test had to be done before 8 o'clock; in fact the lab accepts fasting patients until 11, "
          "and the usual rule is twelve hours without food, not \"first thing\"."),
        P("Working patients described the morning as a race. A bus driver, 44, told us he comes at opening "
          "because his shift starts at 9 and he has to eat before driving. A mother of two said she brings the "
          "children to the waiting room because she cannot leave them at school before 8:20. Older patients "
          "with monthly tests for a blood thinner were the calmest about the wait and the most worried about "
          "results: three of them phone the lab in the afternoon because they do not trust the email, and one "
          "goes to her pharmacist to have the figures explained. Staff confirmed it: the two receptionists in "
          "Caen answer around sixty calls a day, half of them about results."),
        H(2, "4.3 What the literature and the data say", {"desk-research": "thin"}),
        P("Studies on waiting in clinics agree that waits which are explained and visible feel shorter than "
          "silent ones. In the reviews, one-star comments name the wait first and results second; the ticket "
          "data show a median wait of 19 minutes, 41 in the first hour."),
        B("EMPATHY MAP – THE FASTING MORNING PATIENT", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["\"I have to be first, I'm starving\"", "Will I be late for work?", "arrives at 7:00 and stands",
            "hungry, tense"],
           ["\"Nobody tells you anything\"", "Is my prescription the right one?", "asks the desk twice",
            "ignored"],
           ["\"When will I get the results?\"", "What if something is wrong?", "phones the lab in the afternoon",
            "anxious until the result"]]),
        H(1, "5. Meet Sandrine", {"persona": "ok"}),
        Img(["Sandrine, 41", "Care assistant, night shifts", "Two children", "Test every 3 months",
             "Wants: to know"], caption="Sandrine, our main persona, built from six of the fourteen interviews."),
        P("Sandrine is 41, a care assistant who works nights in a nursing home near Caen and has a thyroid test "
          "every three months. She comes straight from her shift, fasting since the evening meal, and wants to "
          "be in and out before taking her children to school. She is not afraid of needles; she is afraid of "
          "missing the school gate and of reading a result full of numbers she cannot interpret."),
        H(1, "6. Insights and the questions they open", {"user-insights": "ok", "pov-hmw": "ok"}),
        T([["Insight", "What we saw or heard", "How might we..."],
           ["Fasting is read as \"come at dawn\"", "11 of 14 patients; 62 arrivals before 7:45",
            "help patients know the real window for a fasting test?"],
           ["Uncertainty hurts more than waiting", "people checking the desk, two walk-outs",
            "make the wait visible and predictable?"],
           ["The morning ends with the result, not the test", "60 calls a day, pharmacist visits",
            "make results understandable without a phone call?"],
           ["Hunger makes every minute longer", "the biscuit moment in Lisieux",
            "let people eat sooner after their test?"]]),
        P("Our point of view: a working patient who must fast needs to know when to come, how long it will take "
          "and what her result means, because it is the not knowing, more than the minutes, that turns a routine "
          "test into a stressful morning."),
        H(1, "7. A morning at the lab, step by step", {"as-is-journey": "ok"}),
        T([["Step", "What happens", "What the patient feels", "Pain point"],
           ["Evening before", "reads the prescription, unsure about fasting", "unsure", "no clear instruction"],
           ["6:50 arrival", "queue outside, takes a ticket", "hungry, rushed", "everyone arrives together"],
           ["Waiting room", "standing, watching a number", "anxious, bored", "no idea of the remaining wait"],
           ["Desk", "prescription and card checked", "annoyed if sent back", "unexpected checks"],
           ["Test", "five minutes with the nurse", "relieved", "none"],
           ["Afternoon to two days later", "email with a PDF of figures", "worried", "results hard to read"]]),
        H(1, "8. Which insights matter most", {"insight-prioritisation": "ok"}),
        P("We ranked the four insights with the Biolys quality manager and two centre heads, scoring how many "
          "patients each one touches, how strongly, and how easily Biolys can act on it. The fasting window "
          "comes first: it affects most morning patients, and a clear message on the prescription and the "
          "booking page could flatten the peak at almost no cost."),
        T([["Insight", "Patients touched", "Strength", "Ease for Biolys", "Rank"],
           ["Fasting read as dawn", "most morning patients", "high", "easy", "1"],
           ["Uncertainty of the wait", "all patients in busy centres", "high", "medium", "2"],
           ["Results hard to read", "regular and worried patients", "high", "hard", "3"],
           ["Hunger", "fasting patients", "medium", "easy", "4"]]),
        H(1, "9. What is at stake for Biolys", {"strategic-stakes": "ok"}),
        P("The first stake is reputation in a market where patients can choose. Since the 2025 merger of two "
          "competitors in Caen, a patient can find three labs within ten minutes of home, and the reviews we "
          "read show people switching after one bad morning. A network rating below 3.5 costs Biolys patients "
          "it never sees leave."),
        P("The second stake is the use of staff. Half of the receptionists' phone calls are about results, and "
          "the morning peak forces every centre to staff for 7:30 and then leave nurses underused at 10. "
          "Spreading arrivals and making results readable would free time without hiring, which matters in a "
          "region where Biolys struggles to recruit nurses."),
        P("The third stake is the relationship after the test. Today Biolys is present for five minutes with a "
          "needle and then disappears behind a PDF. Patients with chronic conditions come back every month for "
          "years; the lab that explains their results, and tells them when to come, becomes the one they trust. "
          "We therefore suggest that Biolys frames the next phase not as a booking app but as a service that "
          "guides the patient from the evening before to the understood result, and measures its success by "
          "calls avoided and peak arrivals, not by downloads."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("The material below supports sections 3 and 4."),
        B("Interview guide (patients)", {"interview-guide": "ok"}),
        L(["Can you tell us about your morning, from when you woke up until now?",
           "Why did you come at this time?",
           "What did you know about the wait when you arrived? What did you guess?",
           "What was the hardest moment of the morning?",
           "How will you receive your results, and what will you do with them?"]),
        B("Sources", {"bibliography": "ok"}),
        L(["Maister, D. (1985). The psychology of waiting lines. Harvard Business School.",
           "Biolys quality department, ticket machine export, November 2025 to October 2026.",
           "Google reviews of the twelve Biolys centres, 640 reviews read and coded by the team."]),
    ],
    missing=["verbatims"],
)
