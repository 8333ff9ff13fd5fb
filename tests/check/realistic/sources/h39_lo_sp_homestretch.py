from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Trois Rivières, a group of five veterinary clinics around
    Angers, wants owners to cope better with their animal's recovery at home after surgery. The authors' own
    numbered headings; the research recap, the scoring, the usage story and the open questions under bold Normal
    paragraphs; the chosen concept and what makes it new for the clinics share one heading (merged); the mock-ups
    and the storyboard are pictures. No journey map of the future experience (missing).""",
    title="HomeStretch – Bringing the clinic home after surgery",
    cover=["Customer eXperience project – solution proposal", "Jade Morvan, Lucas Perrot, Inès Haddad",
           "Trois Rivières veterinary clinics – December 2026"],
    blocks=[
        B("1. What owners told us", {"insights-recap": "ok"}),
        T([["What we heard", "Where it came from", "What it means for us"],
           ["Owners leave with a sheet of instructions they lose or forget by the evening",
            "18 interviews, 5 clinics", "the advice must follow them home, not stay on paper"],
           ["The second and third night are the most anxious; owners call the clinic after hours",
            "call logs, 412 calls in 2025", "reassurance is needed when the clinic is closed"],
           ["One check-up in four after surgery is missed or rebooked late", "booking data 2024-2025",
            "reminders alone are not enough"],
           ["Owners cannot tell a normal wound from an infected one", "photos shared by owners, vet interviews",
            "they need a way to show the wound to a vet"]]),
        H(1, "2. How we came up with ideas", {"ideation-method": "ok"}),
        P("We ran two half-day workshops in the Avrillé clinic in October, one with six vets and nurses, one with "
          "five owners whose animal had had surgery in the previous three months. Each workshop opened with the four "
          "insights, rewritten as questions starting with \"How could we…\", for example \"How could an owner know "
          "at 11 p.m. whether the wound is fine?\". We then used crazy eights, eight sketches in eight minutes per "
          "person, followed by a round of dot voting. The owners' workshop ended with a reverse brainstorm: what "
          "would make the recovery week as bad as possible? Their answers (no one to ask, a cone that does not fit, "
          "a bill that arrives before the animal is healed) gave us two extra ideas. We grouped the 64 sketches into "
          "six ideas, each written on a card with the insight it answers."),
        H(1, "3. Six ideas on the table", {"concept-cards": "ok"}),
        T([["Idea", "In one line", "Insight it answers"],
           ["HomeStretch", "a day-by-day recovery guide on the phone, with photo check-ins seen by a nurse",
            "lost sheet, anxious nights, wound doubts"],
           ["Night line", "a paid after-hours phone line shared by the five clinics", "anxious nights"],
           ["Recovery box", "a box given at discharge: cone, dressings, treats, printed calendar", "lost sheet"],
           ["Check-up at home", "a nurse visits for the first check-up", "missed check-ups"],
           ["Owners' forum", "owners of recovering animals help each other online", "anxious nights"],
           ["Video discharge", "a short video of the vet's explanations sent by text", "lost sheet"]]),
        B("Scoring the ideas", {"concept-scoring": "ok"}),
        P("The same six people who ran the workshops scored each idea from 1 to 5 on four criteria, then we "
          "averaged. Cost was scored the other way round: 5 means cheap."),
        T([["Idea", "Owner relief", "Fits the vets' day", "Cost", "New for us", "Average"],
           ["HomeStretch", "5", "4", "3", "5", "4.25"],
           ["Night line", "4", "2", "1", "3", "2.5"],
           ["Recovery box", "3", "5", "3", "2", "3.25"],
           ["Check-up at home", "4", "2", "1", "4", "2.75"],
           ["Owners' forum", "2", "5", "5", "2", "3.5"],
           ["Video discharge", "3", "4", "4", "3", "3.5"]]),
        P("HomeStretch wins clearly; the video and the recovery box scored well enough that we fold the video into "
          "it and keep the box for a later test."),
        H(1, "4. HomeStretch: what we propose and why it is new here",
          {"chosen-concept": "ok", "innovation": "ok"}),
        P("HomeStretch is a web app that an owner opens from a text message sent at discharge, with no download "
          "and no password. It shows the recovery day by day: today's medicine with a photo of the box, how long "
          "the walk can be, when the cone can come off, and the short video in which the vet who operated explains "
          "the wound. Twice during the first week, on day 2 and day 5, the app asks the owner to take a photo of "
          "the wound and answer three questions (eating, drinking, licking). A nurse reviews these check-ins each "
          "morning from the clinic and answers within the day; if something looks wrong, she books a visit on the "
          "spot. The check-up at day 10 is booked before the owner leaves, and the app reminds them two days "
          "before. After hours, the app answers the ten questions owners asked most often in our call logs, and "
          "gives the emergency number only when the answers point to a real emergency."),
        P("The concept answers each of the four insights: the instructions follow the owner on the phone, the "
          "anxious evenings are met by clear answers, the check-up is booked and reminded, and the wound is seen "
          "by a nurse. It fits the clinics' day because the nurse reviews check-ins in a fixed twenty-minute slot "
          "each morning rather than answering calls all day."),
        P("None of the 38 clinics within an hour of Angers follows its patients after discharge in this way. The "
          "large national groups offer teleconsultation with any vet, paid by the minute, which owners told us they "
          "do not trust for their own animal. What is new for Trois Rivières is that the follow-up is done by the "
          "team that operated, in a planned way, and is included in the price of the surgery. It also changes how "
          "the nurses work: for the first time they own a part of the care after the animal has left, which two "
          "head nurses described as the recognition they had been asking for. The photo check-in turns the "
          "owner from a worried spectator into someone who takes part in the care."),
        H(1, "5. What it looks like", {"visuals-mockups": "ok"}),
        Img(["Day 3 of 10", "Today's medicine", "Photo check-in", "Nurse's answer", "Check-up booked"],
            "Five screens of the HomeStretch prototype, tested on paper then in Figma."),
        P("The prototype was built in Figma and tested with seven owners in the waiting room. The home screen "
          "shows only the day and the next thing to do; the medicine screen uses the photo of the real box, "
          "because owners recognise packaging faster than drug names. The photo check-in guides the framing with "
          "an outline of the wound area. Owners asked for bigger buttons and for the nurse's first name on every "
          "answer, which we added in the second version."),
        B("6. A week with Biscuit", {"usage-scenario": "ok"}),
        P("Monday, 5 p.m.: Claire picks up Biscuit, her seven-year-old spaniel, after the removal of a lump on his "
          "flank. At the desk the nurse books the check-up for day 10 and Claire receives a text with a link. That "
          "evening, worried that Biscuit will not eat, she opens HomeStretch and reads that a small appetite is "
          "normal for the first day. Tuesday night she watches the vet's video again to see how the wound should "
          "look. Wednesday, day 2, the app asks for a photo; she sends it at breakfast and by 11 a.m. Mélanie, the "
          "nurse, replies that the wound is clean. Saturday, day 5, Claire notices redness and says so in the "
          "check-in; Mélanie asks her to come in on Monday morning, where the vet changes the antibiotic. The "
          "reminder arrives two days before the day-10 check-up, which Claire attends. She never called the clinic "
          "after hours, and she tells the desk she would choose the clinic again."),
        Img(["Discharge", "First evening", "Photo day 2", "Redness day 5", "Check-up day 10"],
            "Storyboard of Claire and Biscuit's week."),
        H(1, "7. What owners gain", {"experience-value": "ok"}),
        P("We compared the recovery week today and with HomeStretch on what matters to owners and to the clinic. "
          "Figures for today come from the 2025 call logs and bookings; those for HomeStretch are our targets for "
          "the pilot in two clinics."),
        T([["For the owner", "Today", "With HomeStretch"],
           ["Knowing what to do each day", "a sheet, often lost", "the day's steps on the phone"],
           ["Worry at night", "calls the closed clinic, reaches a message", "answers to the usual questions"],
           ["Doubt about the wound", "waits for the check-up", "photo seen by a nurse within the day"],
           ["Check-ups missed", "one in four", "target: one in ten"],
           ["After-hours calls per 100 surgeries", "31", "target: 15"]]),
        P("For the clinic, the value is a calmer evening desk, fewer complications found late, and owners who come "
          "back: in our interviews, the owners who had felt abandoned after surgery were the ones who had changed "
          "vet since."),
        B("Still to check", {"assumptions-to-test": "ok"}),
        T([["We believe that…", "How we will test it", "We are right if…"],
           ["owners will send photos without being chased", "pilot in Avrillé and Trélazé, 3 months",
            "70% of day-2 check-ins are sent"],
           ["twenty minutes a morning is enough for the nurse", "time sheet during the pilot",
            "under 30 minutes on 9 days out of 10"],
           ["owners over 70 manage the web app", "test with ten older owners", "8 of 10 finish a check-in alone"]]),
    ],
    missing=["target-journey"],
)
