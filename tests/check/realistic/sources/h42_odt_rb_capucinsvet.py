from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 42 (h42_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc ODT -> LibreOffice docx. English: Vétérinaires des Capucins, three veterinary clinics in Bordeaux, ask
    for an app to cut missed appointments; the team reframes the brief around what owners live between visits.
    The authors' own headings, numbered, some as questions; the reframing is a table under its own sub-heading;
    the people met are an interview table; the desk research is a few lines (thin); there is no as-is journey map
    anywhere (missing); the appendices hold the guide as a list, quotes as a table and a short reading list, their
    titles as bold lines.""",
    title="Vétérinaires des Capucins – Between two visits: research brief",
    cover=["Customer experience project – Marion Dufau, Théo Lassalle, Inès Barbier"],
    blocks=[
        H(1, "1. The question we were handed", {"client-brief": "ok"}),
        P("Vétérinaires des Capucins is a group of three clinics in Bordeaux (Capucins, Bastide and Caudéran) with "
          "fourteen vets, twenty-two assistants and about 19,000 animals on file. Its director, Dr Hélène Roques, "
          "came to us with a clear request: build a mobile app so that owners book and cancel themselves, because "
          "11 % of appointments are missed without warning and the front desk spends half its day on the phone. "
          "Each missed slot costs the clinic about 45 euros, which adds up to roughly 160,000 euros a year across "
          "the three sites. She also mentioned, almost in passing, that the clinics receive many worried calls in "
          "the days after an operation, and that the assistants find these calls long and hard to answer."),
        P("We accepted the project but asked for four weeks of research before drawing a single screen. An app is "
          "one answer among many, and we did not know yet why people miss their appointments: forgetting is one "
          "explanation, but fear of the bill, a pet that refuses the carrier or a bad experience last time are "
          "others. The budget for the whole project is 70,000 euros and the group wants something in place before "
          "the vaccination peak of spring 2027. Our sponsor is the director; the head assistant of the Bastide "
          "clinic, Laure Campet, is our day-to-day contact and opened the waiting rooms to us."),
        H(2, "1.1 From “an app” to a better question", {"brief-reframing": "ok"}),
        T([["What we were asked", "What we heard behind it", "The challenge we will work on"],
           ["An app to book and cancel", "The desk is overloaded and slots are lost",
            "Help owners keep the visits that matter, and free the desk for the calls that need a human"],
           ["Fewer no-shows", "Some owners stay away because they fear the cost or the stress for the animal",
            "Make the next visit feel expected, affordable and calm before the owner decides to skip it"],
           ["Fewer calls after surgery", "Owners are lost once they are home with a sick animal",
            "Support owners between two visits so that they know what is normal and when to come back"]]),
        H(1, "2. What did we want to find out?", {"research-questions": "ok"}),
        L(["Why do owners miss or cancel a visit late, and what happens in the days before?",
           "What do owners go through at home after an operation or a diagnosis, and what do they do when they are unsure?",
           "How do the assistants at the desk decide which call is urgent, and what takes most of their time?",
           "What do owners already use to remember the care of their animal (paper booklet, phone reminders, nothing)?",
           "Which owners would not use an app at all, and how do we keep them in the service?"]),
        H(1, "3. How we went about it", {"method-sample": "ok"}),
        P("We combined three approaches over four weeks in October and November 2026. First, we watched: two full "
          "days in the waiting room and behind the front desk of the Bastide clinic, and one Saturday morning at "
          "Caudéran, the busiest slot of the week. Second, we talked: fourteen owners in semi-structured interviews "
          "of forty-five minutes, at home or by video, plus four assistants and two vets. We chose owners to cover "
          "the cases that matter for the brief: six who had missed at least one visit this year, five whose animal "
          "had surgery in the last three months, and three loyal clients who never miss anything, as a contrast. "
          "Ages ran from 24 to 79; four owners have no smartphone or barely use it. Third, we read: the clinic's "
          "booking export for 2025, which shows when and where no-shows happen, and a few studies on reminders in "
          "human and animal health. Everything was noted in a shared board and tagged by two of us separately."),
        H(2, "3.1 Who we met", {"research-activities": "ok"}),
        T([["#", "Person", "Situation", "Where", "Length"],
           ["O1", "Sabine, 52, two cats", "missed two vaccinations", "home, Caudéran", "50 min"],
           ["O2", "Karim, 34, young Labrador", "dog operated on a knee in September", "video", "45 min"],
           ["O3", "Jeanne, 79, old spaniel", "no smartphone, comes by bus", "home, Bastide", "60 min"],
           ["O4", "Lucas, 27, rabbit", "cancelled the day before, twice", "café near Capucins", "40 min"],
           ["O5", "Claire, 41, three dogs", "loyal client for twelve years", "clinic", "35 min"],
           ["O6-O14", "nine more owners", "mix of the three groups", "home or video", "35-55 min"],
           ["A1-A4", "four assistants", "front desk of the three clinics", "clinic", "30 min each"],
           ["V1-V2", "two vets", "surgery and general practice", "clinic", "40 min each"]]),
        H(1, "4. What we found", {"findings": "ok"}),
        P("Missed visits are not mostly about forgetting. Owners forget routine care, such as boosters, but they "
          "skip the visits they dread: the follow-up after a bad diagnosis, the check that may end in an expensive "
          "operation. After surgery, the problem is the opposite: owners come or call too often because nobody "
          "told them clearly what a normal recovery looks like. Both problems start at home, out of the clinic's "
          "sight, and neither would be solved by a booking screen alone. The sections below give the evidence from "
          "each method."),
        H(2, "4.1 Two days in the waiting room", {"observation": "ok"}),
        P("At the Bastide desk, we counted 131 phone calls over two days: 38 to book, 17 to cancel or move a visit, "
          "29 from owners of recently operated animals, and the rest about prices, results and food orders. The "
          "post-operative calls were the longest, often more than six minutes, and the assistant usually ended by "
          "asking a vet, who called back later. On the Saturday at Caudéran, the waiting room was full by 9.30 and "
          "three dogs had to wait outside with their owners; two owners left without being seen. We also noticed "
          "that the reminder text message is sent only the day before, at 7 p.m., and that several owners read it "
          "in front of us and said it was too late to arrange a lift or take time off."),
        H(2, "4.2 Talking to owners", {"interviews": "ok"}),
        P("The owners who missed visits described a slow build-up rather than a lapse of memory. Sabine (O1) knew "
          "her cats were due; she postponed because the last bill had been 240 euros and she did not know what "
          "this one would cost. Lucas (O4) cancelled twice because his rabbit panics in the carrier and he could "
          "not face it alone. Jeanne (O3) depends on the bus and on her neighbour, so a visit moved by the clinic "
          "at short notice simply becomes a missed one."),
        P("The owners of operated animals all told the same story: the discharge explanation happens at the desk, "
          "in a hurry, while the animal is still groggy, and the printed sheet is lost or unclear by the evening. "
          "Karim (O2) called four times in the week after his dog's operation, each time to ask whether something "
          "was normal. Every one of them said they would have preferred a short message each day telling them what "
          "to expect. Loyal owners, by contrast, keep the paper booklet, trust one vet and book the next visit "
          "before leaving the clinic."),
        H(2, "4.3 What others have written", {"desk-research": "thin"}),
        P("Studies in human medicine show that reminders sent several days ahead cut no-shows more than reminders "
          "the day before. A British survey of pet owners links skipped visits to cost worries. We found little "
          "written about support after veterinary surgery."),
        H(1, "5. Inside the owner's head", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["“I'll call them when things calm down.”", "This visit will cost a fortune", "postpones, then forgets to rebook",
            "guilty towards the animal"],
           ["“Is it normal that she doesn't eat?”", "I should have asked more questions at the desk",
            "calls the clinic, searches forums at night", "anxious, alone with the problem"],
           ["“Nobody told me it was today.”", "The clinic does not know my constraints", "misses the visit",
            "annoyed, a bit ashamed"]]),
        H(1, "6. Meet Sabine", {"persona": "ok"}),
        P("Sabine, 52, is a school administrator in Caudéran who lives with two cats, one of them diabetic. She "
          "loves her animals and reads a lot about them online, but each visit is a small budget decision. She uses "
          "her phone for messages and banking, not for apps she must install. What she wants: to know in advance "
          "what a visit will cost and why it matters, and to be reminded early enough to organise herself. What "
          "stops her: the fear of a bill she cannot plan, and the feeling of being judged when she has postponed."),
        H(1, "7. What it all adds up to", {"user-insights": "ok"}),
        T([["Insight", "Evidence"],
           ["Owners skip the visits they dread, not the ones they forget", "six of six owners who missed a visit; booking export"],
           ["After surgery, owners need to know what is normal, day by day", "29 calls in two days; five of five operated animals"],
           ["A reminder the day before comes too late to organise anything", "observation at the desk; O3, O4, O9"],
           ["Trust is built on one person, not on the clinic", "loyal owners name their vet; A2 and A3"]]),
        P("Taken together, these insights say that the clinic loses visits before the day itself, when the owner "
          "is deciding alone whether a visit is worth its cost and its stress."),
        H(2, "7.1 Turning insights into questions", {"pov-hmw": "ok"}),
        L(["A worried owner needs to know what recovery looks like each day, because the discharge talk is forgotten "
           "by evening. How might we walk with them through the first week at home?",
           "An owner on a tight budget needs to see the cost of the next visit early, because surprise bills make "
           "them postpone. How might we make the price of care predictable?",
           "An owner without a car needs time to organise, because a visit is a small expedition. How might we "
           "remind people when they can still act on it?"]),
        H(1, "8. Where to start", {"insight-prioritisation": "ok"}),
        T([["Insight", "Impact on missed visits and calls", "Effort for the clinic", "Priority"],
           ["Day-by-day support after surgery", "high: 29 calls in two days", "low: messages written once by the vets", "1"],
           ["Early reminders, five days ahead", "medium to high", "very low: a setting in the booking tool", "2"],
           ["Price announced with the reminder", "high for owners like Sabine", "medium: price grid to agree", "3"],
           ["One named vet per animal", "medium", "high: rotas change", "4"]]),
        P("We put the post-operative support first because it answers the calls that tire the desk most and it "
          "needs no new software to test: a series of text messages written by the vets can be tried in January."),
        H(1, "9. What this means for the clinic", {"strategic-stakes": "ok"}),
        P("The real stake for the group is not an app but the relationship between two visits. Today the clinic "
          "exists for the owner only on the day of the appointment and on the phone when something goes wrong. A "
          "clinic that stays present in between, with the right message at the right time, would keep more visits, "
          "take fewer anxious calls and be chosen again by the owners who compare prices. Competition is real: a "
          "chain has opened two clinics in Mérignac with online booking and fixed prices for routine care."),
        P("We see three choices for the director. First, decide whether the clinic wants to publish prices for "
          "routine care, which touches the vets' freedom and the group's image. Second, decide who owns the "
          "messages after surgery: the vets must write them, and a vet must answer when an owner replies that "
          "something is wrong. Third, keep a human path for owners like Jeanne, who will never install anything. An "
          "app may come later; what must come first is a service that owners trust between two visits."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("The material below supports the findings; the full notes are on the team board."),
        B("A. The questions we asked owners", {"interview-guide": "ok"}),
        L(["Tell me about the last time you came to the clinic. How did it go, from the moment you booked?",
           "Has it happened that you did not come, or cancelled late? What was going on then?",
           "After the visit, what did you do at home? Did you have questions? Who did you ask?",
           "How do you keep track of your animal's care?",
           "If you could change one thing about the clinic, what would it be?"]),
        B("B. In their words", {"verbatims": "ok"}),
        T([["Who", "What they said"],
           ["O1", "“I don't skip because I forget. I skip because I don't know what it will cost.”"],
           ["O2", "“The first night I was sure she was dying. She was just sleepy.”"],
           ["O3", "“When they move my appointment, I have to find a neighbour again.”"],
           ["A2", "“After an operation, people call because they are frightened, not because it is serious.”"]]),
        B("C. Reading list", {"bibliography": "ok"}),
        L(["Booking export of Vétérinaires des Capucins, 2025 (internal).",
           "Articles on appointment reminders and no-shows in human health, found through the university library.",
           "A 2023 owner survey by a British veterinary association on the cost of care."]),
    ],
    missing=["as-is-journey"],
)
