from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="pandoc",
    language="en",
    notes="""Held-out round 7 (h7_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: a team proposes how a Lyon outpatient clinic could take the pain out of waiting for a consultation.
    Paraphrased and question headings, some numbered; the scoring is a table under its own heading; an extra
    section of the authors' own on cost and rollout (not a section of the deliverable); no journey map at all
    (missing); the experience value is two sentences (thin); the tests to run are a table under a question.""",
    title="Clinique du Parc – Waiting, rethought",
    cover=["Solution proposal – Customer eXperience project",
           "Team: Chloé Martin, Samuel Okafor, Inès Berthier – December 2026"],
    blocks=[
        H(1, "1. What patients told us", {"insights-recap": "ok"}),
        P("Our research brief rested on 22 interviews in the waiting rooms and two weeks of observation. Three "
          "findings drive everything that follows."),
        T([["Finding", "What we saw or heard", "So what"],
           ["Waiting is blind", "patients wait 47 minutes on average and nobody tells them how long is left", "uncertainty hurts more than the wait"],
           ["People cannot leave", "14 of 22 said they would have gone for a coffee if they knew they had time", "the room is full for no reason"],
           ["Staff are interrupted", "reception answers 'how long?' about 60 times a morning", "less time for phone calls and new patients"]]),
        H(1, "2. How we came up with ideas", {"ideation-method": "ok"}),
        P("We ran two workshops in October. The first, with four patients, two receptionists and a cardiologist, "
          "started from the three findings turned into questions, such as 'what if patients could wait anywhere?'. "
          "Everyone wrote ideas alone for ten minutes, then we put them on the wall and grouped them; that gave 41 "
          "ideas in eight families. In the second workshop, with the clinic's manager and IT lead, we used "
          "reversal ('how could we make waiting even worse?') to find what to avoid, and merged the families into "
          "five concepts. We kept ideas that a patient with an ordinary phone could use, and dropped those that "
          "needed a new building or new staff. Each concept was then sketched on an A4 card."),
        P("Between the two workshops we went back to the waiting rooms with the eight families printed on paper and asked a dozen patients which ones they would actually use; their answers removed three families and sharpened two others."),
        H(1, "3. Five ideas on the table", {"concept-cards": "ok"}),
        T([["Idea", "In one line", "Finding it answers"],
           ["WaitLess", "a text message tells you your place in the queue and calls you back 10 minutes before", "blind waiting, cannot leave"],
           ["Lobby screen", "a screen shows each doctor's delay in real time", "blind waiting"],
           ["Coffee pass", "partner café next door with a discount while you wait", "cannot leave"],
           ["Slot shifting", "the clinic texts you in the morning if your doctor is running late", "blind waiting"],
           ["Kiosk check-in", "patients check in at a terminal instead of reception", "staff interrupted"]]),
        H(1, "4. Scoring the ideas", {"concept-scoring": "ok"}),
        P("Each idea was scored from 1 to 5 by the team and the clinic manager on four criteria, weighted after "
          "discussion with the clinic: how well it answers the findings counts double. Novelty means never tried at the clinic before; cost means what the clinic would pay in the first year, a high score being cheap."),
        T([["Idea", "Fit with findings (x2)", "Novelty for the clinic", "Cost", "Ease for patients", "Total"],
           ["WaitLess", "5", "4", "4", "4", "22"],
           ["Lobby screen", "3", "2", "4", "5", "17"],
           ["Coffee pass", "2", "3", "5", "4", "16"],
           ["Slot shifting", "4", "3", "3", "3", "17"],
           ["Kiosk check-in", "2", "2", "2", "3", "11"]]),
        P("WaitLess comes first by a clear margin; slot shifting will be folded into it as its morning message."),
        H(1, "5. Our pick: WaitLess", {"chosen-concept": "ok"}),
        P("WaitLess lets patients wait wherever they like. When they arrive, the receptionist types their mobile "
          "number into the scheduling software the clinic already uses, or the patient scans a QR code on the "
          "desk. They receive a text message with their place in the queue and an estimated time, updated each "
          "time a consultation ends. Ten minutes before their turn, a second message asks them to come back, and "
          "they confirm with a single reply. If they do not answer, reception calls them, as today."),
        P("The morning message from the slot-shifting idea is built in: at 8 a.m., patients whose doctor already "
          "runs more than thirty minutes late are told so and offered to come later. No app has to be installed, "
          "which matters for a clinic where a third of patients are over 65."),
        P("The concept answers each finding. Blind waiting disappears because the estimate is always in the "
          "patient's pocket. People can leave: the café, the park across the street or their car become the "
          "waiting room. And the receptionists, who now answer 'how long?' sixty times a morning, can point to the "
          "message instead. We expect the waiting room to hold half as many people at peak time, which also "
          "helps in winter when infections spread."),
        P("Technically, WaitLess is a small web service connected to the clinic's scheduling software through its "
          "existing export, plus a text-message provider. The estimate is the average length of the doctor's "
          "last five consultations multiplied by the number of patients ahead. The receptionist sees a simple "
          "list with a green, orange or red dot for each patient who is away, and can call anyone back at once. "
          "Nothing changes in the way doctors work, which was the first condition the medical board set."),
        H(2, "5.1 Why this is new for the clinic", {"innovation": "ok"}),
        P("Queue messages exist in town halls and some emergency departments, but no outpatient clinic in the "
          "Lyon area offers them, and the Clinique du Parc has never let patients leave the building once checked "
          "in. The novelty is less in the technology than in the change of rule: a patient who is not in the room "
          "keeps their place. That reverses a habit of thirty years, and the receptionists told us it was "
          "unthinkable until they saw the prototype."),
        P("It is also new in how the clinic would speak to its patients: for the first time it would tell them "
          "honestly how late a doctor is running, instead of hiding delays. The manager sees this as a way to "
          "stand out from the two competing clinics nearby, which both have poor online reviews about waiting."),
        H(1, "6. What it looks like", {"visuals-mockups": "ok"}),
        P("We drew the three screens a patient sees and the receptionist's list, then tested the paper version "
          "with six patients in the waiting room. Four of them understood the first message without any help; "
          "two asked what 'estimated' meant, so we now write 'about'. We also made the reply a single word, OK, after one patient typed a whole sentence and worried it had not been received. The reception list went through three versions with the two receptionists, who asked for the patient's first name next to the dot rather than a number."),
        Img(["Text 1: you are 4th, about 35 min", "Text 2: come back in 10 min", "Reply OK", "Reception list with dots"],
            "Mock-ups: the two messages, the reply and the reception list"),
        H(1, "7. A morning with Mrs Roux", {"usage-scenario": "ok"}),
        P("Monique Roux, 71, has a cardiology appointment at 10:15. At 8 a.m. she receives a text: Dr Faure is "
          "running 40 minutes late, does she want to come at 10:45? She replies yes and takes the later bus."),
        P("At 10:40 she gives her number at the desk. A message says she is third, about 25 minutes. The room is "
          "noisy, so she crosses the street to the bakery and sits down with a tea. At 11:02 her phone buzzes: "
          "come back in ten minutes. She replies OK, pays and walks back. At 11:12 she is called in."),
        P("On her way out, the receptionist asks how the waiting felt. 'I did not wait,' she says, 'I had my "
          "tea.' The next week her son, who drives her, tells the doctor he no longer has to take a whole morning "
          "off. The storyboard below shows the six moments of her morning, from the first message to the "
          "consultation."),
        Img(["8:00 message", "Later bus", "10:40 desk", "Bakery", "11:02 call back", "11:12 consultation"],
            "Storyboard of Mrs Roux's morning"),
        H(1, "8. What patients gain", {"experience-value": "thin"}),
        P("Patients gain control over their time and no longer feel forgotten in the room. The clinic gains calmer "
          "mornings and better reviews."),
        H(1, "9. Cost and rollout"),
        P("The service costs about 9,000 euros to build and 300 euros a month in text messages. We propose a "
          "three-month pilot with cardiology and dermatology before extending it to the whole clinic."),
        H(1, "10. What could prove us wrong?", {"assumptions-to-test": "ok"}),
        T([["Assumption", "Test", "We are right if"],
           ["Patients over 65 will read and answer the messages", "pilot with 200 patients in cardiology", "80 % reply within 5 minutes"],
           ["The estimate is accurate enough", "compare estimates with real times for two weeks", "error under 10 minutes in 9 cases of 10"],
           ["Reception saves time", "count 'how long?' questions before and after", "half as many questions"]]),
    ],
    missing=["target-journey"],
)
