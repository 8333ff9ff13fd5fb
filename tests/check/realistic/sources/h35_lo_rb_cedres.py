from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. python-docx, then
    opened and saved by LibreOffice Writer: the day-surgery unit of the Clinique des Cèdres in Toulouse asks why
    its patients arrive anxious and late on the morning of their operation. The authors' own headings, some in
    heading styles and some as bold Normal paragraphs (reframing, questions, prioritisation). Observation and
    interviews merged under one heading ("What we saw and heard"); the empathy map heading has nothing under it
    (empty). No interview guide or verbatims in the appendix (missing); the appendix holds the reading list.""",
    missing=["interview-guide", "verbatims"],
    title="Arriving for day surgery at the Clinique des Cèdres",
    cover=["Research brief — CX project", "Team: Camille Roux, Yanis Haddad, Louise Berthier",
           "Client: Clinique des Cèdres, Toulouse — November 2026"],
    blocks=[
        H(1, "The ask, and how we read it", {"client-brief": "ok"}),
        P("The Clinique des Cèdres runs one of the busiest day-surgery units in the south-west: about 14,000 "
          "patients a year come in on the morning of a cataract, knee arthroscopy or hernia operation and go "
          "home the same evening. The nursing director, Dr Anne Sabatier, contacted the school because the unit "
          "keeps missing its schedule. One patient in five arrives after the time on the letter, one in eight "
          "has not followed the fasting or shower instructions, and about 3% of operations are cancelled on the "
          "day. Each cancelled slot costs the clinic roughly €1,900 in theatre time and staff."),
        P("Her first request was simple: redesign the waiting room so that people feel calmer and a delay costs "
          "less. After two meetings with her team and a morning in the unit, we believe the waiting room is "
          "where the problem becomes visible but not where it starts. Lateness and forgotten instructions begin "
          "days before, at home, when a patient receives a four-page letter, a phone call from a secretary they "
          "cannot call back, and a parking map printed in grey. Our brief therefore covers the whole path from "
          "the booking of the operation to the moment the patient lies on the trolley. The clinic agreed, on "
          "condition that we keep the medical steps out of scope and bring proposals that do not add work to "
          "the nurses."),
        B("From a calmer room to a ready patient", {"brief-reframing": "ok"}),
        T([["What the clinic asked", "What we propose to study"],
           ["Make the waiting room more pleasant", "Why patients arrive late, anxious or unprepared"],
           ["Reduce waiting on the morning", "How the days before surgery prepare, or fail to prepare, the morning"],
           ["Improve the information screen", "Which messages patients actually read, and when"]]),
        B("Questions we set out to answer", {"research-questions": "ok"}),
        L(["What happens in the patient's home between the booking and the morning of surgery, and who helps them?",
           "Which instructions are forgotten or misread, and why: wording, timing, channel or stress?",
           "How do patients and their companions experience the last hour, from the car park to the trolley?",
           "Where do nurses and secretaries lose time because a patient was not ready?",
           "What would make a patient feel in control instead of waiting to be called?",
           "What do companions need during the hours they spend waiting, and what would let them leave and come back?"]),
        H(1, "How we worked", {"method-sample": "ok"}),
        P("We combined watching, asking and reading, because each method alone gave us a biased picture. "
          "Observation showed what people do at the unit but not what happened at home; interviews told us about "
          "home, but patients remember the day through their fear; documents and studies told us what is already "
          "known about pre-operative anxiety. We spent four mornings in the unit, from 6:30 to noon, sitting in "
          "the entrance hall and then following six patients with their consent. We interviewed patients twice "
          "when they accepted: by phone three days before surgery, and again one week after. Nurses, "
          "secretaries and two anaesthetists gave us shorter interviews at the end of their shift. The sample is "
          "small and comes from one clinic, so we read our findings as strong hints, not as proof."),
        H(2, "Who we met, and where", {"research-activities": "ok"}),
        T([["Activity", "People", "Where", "When"],
           ["Shadowing of the morning", "6 patients and their companions", "day-surgery unit", "4 mornings, Oct 2026"],
           ["Patient interviews", "17 patients aged 24 to 84", "phone and at home", "Oct-Nov 2026"],
           ["Staff interviews", "5 nurses, 3 secretaries, 2 anaesthetists", "unit break room", "Nov 2026"],
           ["Document review", "letters, consent forms, website", "desk", "Oct 2026"]]),
        H(1, "What we found", {"findings": "ok"}),
        P("Three themes came back in almost every observation and interview. First, the days before surgery are "
          "lonely: patients receive a lot of paper and nobody to ask. Second, the morning itself is a race "
          "against a clock that only the clinic sees, since the letter gives a time but not what happens after. "
          "Third, companions play a central role that the clinic ignores: they drive, they read the letter, they "
          "wait all day, and nothing is designed for them. "
          "The sections below detail what we saw and heard, then what the literature says."),
        H(2, "What we saw and heard", {"observation": "ok", "interviews": "ok"}),
        P("In the hall, the morning starts with a queue at a single desk at 6:45, because all patients of the "
          "first list are called for the same time. We timed 38 arrivals: the median wait before anyone spoke to "
          "the patient was 22 minutes, standing for half of it. Patients clutch their letter and their "
          "blood-test results; companions look for a place to sit and a coffee machine that does not exist. "
          "Nurses call names from a door without a sign. Two patients we followed had showered with the wrong "
          "soap and had to be sent to wash again, which delayed the whole list by forty minutes."),
        P("The interviews explained much of this. Patients said the letter was \"written for doctors\" and that "
          "they read it in full only once, the day they received it. Eleven of seventeen did not know that the "
          "time on the letter is the arrival time, not the time of the operation, and several chose to come "
          "later to avoid waiting. A retired teacher of 71 told us she had called the secretary four times "
          "without reaching anyone and gave up. Companions said the worst part was not knowing when to come "
          "back. Nurses confirmed that half their morning phone calls are to find a companion's number."),
        H(2, "Reading", {"desk-research": "ok"}),
        P("We read the French health authority's recommendations on outpatient surgery, three studies on "
          "pre-operative anxiety and one on patient information leaflets. They agree on several points we also "
          "saw: anxiety peaks on the morning itself and is highest among first-time patients; written "
          "information is remembered far better when it is short, split by day and repeated close to the event; "
          "and a phone call on the eve of surgery, already required by the authority, reduces cancellations only "
          "when it reaches the patient and not a voicemail. We also looked at how two Scandinavian hospitals send "
          "a text message with a personal arrival time and a link to a short video of the unit. "
          "Both report fewer late arrivals within a year of the change, "
          "and their nurses say the phone rings much less in the early morning."),
        B("Empathy map", {"empathy-map": "empty"}),
        H(1, "Meet Hélène, 67", {"persona": "ok"}),
        L(["Retired pharmacist from Colomiers, lives with her husband who does not drive at night",
           "Cataract surgery on the left eye, the second eye planned for spring",
           "Wants to do everything right; reads the letter three times and still worries about the fasting rule",
           "Feels lost as soon as she enters the hall: \"I did not know whom to ask.\""]),
        H(1, "Insights", {"user-insights": "ok"}),
        T([["We saw", "Because", "Insight"],
           ["Patients arrive late on purpose", "They think the letter gives the time of surgery",
            "A time without explanation is read as an appointment, not as a start"],
           ["Instructions are forgotten", "They are read once, days before, all at once",
            "Information must arrive on the day it is needed"],
           ["Companions call the unit all day", "Nobody tells them when to come back",
            "The companion is a second user with needs of their own"],
           ["Queues at 6:45", "Everyone is called at the same time", "The schedule is built for the clinic, not for the patient"]]),
        H(2, "HMW", {"pov-hmw": "ok"}),
        L(["How might we give each patient a time that means something to them?",
           "How might we send the right instruction on the right day?",
           "How might we make the companion part of the day rather than a visitor?"]),
        H(1, "The morning of surgery, step by step", {"as-is-journey": "ok"}),
        T([["Step", "What the patient does", "What they feel", "Pain point"],
           ["Wake up", "fasts, showers with the special soap", "nervous", "unsure which soap, unsure about water"],
           ["Travel", "husband drives, looks for parking", "rushed", "parking map unreadable, entrance hard to find"],
           ["Reception", "queues at the single desk", "lost, standing", "22 minutes before first contact"],
           ["Waiting", "sits in the hall with the companion", "anxious", "no idea of the order of patients"],
           ["Called in", "leaves the companion behind", "relieved but alone", "companion not told when to return"]]),
        B("What matters most", {"insight-prioritisation": "ok"}),
        P("We ranked the insights with the nursing director and two nurses on two axes: the effect on "
          "cancellations and delays, and how much the clinic can change without new staff. The personal arrival "
          "time comes first, since it spreads the morning queue and is mostly a scheduling change. Instructions "
          "sent on the right day come second: a text the evening before and one at 5:30 would prevent most of the "
          "wrong-soap cases. The companion's place comes third, important for satisfaction but less for the "
          "schedule; the waiting room itself comes last."),
        H(1, "Why the clinic should care", {"strategic-stakes": "ok"}),
        P("For the Clinique des Cèdres, this is not only a matter of comfort. Day surgery is where the clinic "
          "grows: the regional health agency wants 80% of eligible operations done as outpatient by 2028, and "
          "the clinic has planned a fourth operating room for 2027. If the mornings stay as they are, a fourth "
          "room will mean a longer queue in the same hall and more cancellations, each costing almost two "
          "thousand euros. Our estimate is that the current lateness and unprepared patients cost the unit "
          "around €800,000 a year in lost slots and overtime."),
        P("There is also a question of reputation. Patients choose their surgeon, but the experience they tell "
          "their friends about is the morning, the queue and the waiting companion. Online reviews of the "
          "clinic mention the welcome twice as often as the care. Finally, the nurses are tired of phone calls "
          "and of sending patients back to the shower: any change that gives them time back will help the "
          "clinic keep staff in a city where three hospitals are hiring. The strategic choice for the "
          "management is to treat preparation at home as part of the care path, with an owner and a budget."),
        H(1, "Appendix", {"appendices": "ok"}),
        P("Below, the documents we used; interview notes are kept by the team and available on request."),
        H(2, "Sources", {"bibliography": "ok"}),
        L(["Haute Autorité de Santé, outpatient surgery: recommendations for practice, 2024",
           "Mitchell M., anxiety management in day surgery, Journal of Perioperative Practice, 2022",
           "Clinique des Cèdres, patient letter for day surgery, version 2025",
           "Karolinska University Hospital, digital patient information for day surgery, 2023"]),
    ],
)
