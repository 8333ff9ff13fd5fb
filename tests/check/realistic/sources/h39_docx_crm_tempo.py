from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 39 (h39_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: Tempo Music Schools, six music schools around Nantes (4,150 pupils), lose a quarter of their
    families at re-enrolment each June and want a CRM plan for the 2027-28 school year. Two authors. Paraphrased and
    question headings at two levels; the segment table has its own sub-heading; a KPI table under a question
    heading and the dashboard as a picture; consent and data protection is three sentences (thin); an extra
    section of the authors' own on the limits of their data, placed after the diagnosis.""",
    title="Tempo Music Schools – Keeping families on the score: CRM plan 2027-28",
    cover=["Data project – CRM marketing strategy", "Salomé Kerjean & Arthur Needham", "December 2026"],
    blocks=[
        H(1, "What the enrolment data tells us", {"diagnosis": "ok"}),
        P("Tempo runs six music schools in Nantes, Rezé, Saint-Herblain, Orvault, Carquefou and Vertou. In "
          "September 2026 they taught 4,150 pupils, 71% of them under 15, in 3,020 families. Lessons are sold by the "
          "school year, paid in three instalments, and families must re-enrol every June. We exported five years of "
          "enrolment records from the school management software (19,800 pupil-years), joined them with the 2025 "
          "satisfaction survey (1,240 answers) and with attendance registers, and modelled the chance that a family "
          "re-enrols."),
        P("Three findings drive this plan. First, 26% of families do not come back in September, and the loss is "
          "concentrated: 58% of the leavers are in their first or second year. After the third year, re-enrolment "
          "stays above 88%. Second, the strongest warning sign is not price but missed lessons: a pupil who misses "
          "four or more lessons between January and April has a 61% chance of not re-enrolling, against 14% for the "
          "others. Third, families who took part in at least one concert or group workshop re-enrol at 89%, whatever "
          "the instrument. The survey adds that parents hear from the school only when an instalment is due, and "
          "that 38% did not know their child could switch instrument without a new registration fee. Our model, a "
          "simple logistic regression, ranks families by risk from April with an accuracy of 0.78 on the 2025 "
          "season, good enough to decide who should get a phone call first."),
        H(2, "Limits of our data"),
        P("The records before 2022 do not say which teacher a pupil had, so we could not test whether some teachers "
          "keep their pupils better. Adults are under-represented in the survey, and we treat them with care below."),
        H(1, "Where we want to be by June 2028", {"smart-objectives": "ok"}),
        T([["Objective", "Measure", "Today", "Target", "By"],
           ["Keep more first and second-year families", "re-enrolment rate, years 1-2", "64%", "75%", "June 2028"],
           ["Bring every pupil to a group moment", "pupils in at least one concert or workshop", "41%", "70%",
            "June 2028"],
           ["Spot the drifting families early", "at-risk families called before 15 May", "none", "90%",
            "May 2027"],
           ["Grow the adult classes", "adult pupils enrolled", "520", "650", "September 2028"]]),
        P("The first objective matters most: it is where the money is lost. The other three are the levers the "
          "data points to, and each can be read every month rather than once a year."),
        H(1, "Who are our families?", {"segmentation": "ok"}),
        P("We grouped families with a k-means clustering on six variables: years at Tempo, age of the youngest "
          "pupil, number of pupils in the family, attendance, participation in group events and the instrument "
          "family. Five groups came out clearly and the school directors recognised each of them at once, which "
          "mattered more to us than the statistics. The groups differ less by income than by how attached the "
          "child is to the school's life: the beginners who never play with others are the ones who leave. The "
          "adults form their own group with other reasons to stay or go, mostly work schedules. Each group gets its "
          "own message and its own contact person, and the table below gives their weight and their value over "
          "a full course. We tried a version with seven groups, but two of them were too small to plan anything "
          "for, and the directors could not tell them apart, so we kept five and will revisit the model next "
          "summer with a new year of records."),
        H(2, "Five groups, what they are worth", {"segment-table": "ok"}),
        T([["Group", "Families", "Re-enrolment", "Yearly revenue per family", "Value over a full course"],
           ["Curious beginners (years 1-2, no group activity)", "830", "58%", "690 €", "1,400 €"],
           ["Settled players (years 3+, regular)", "1,040", "90%", "740 €", "4,900 €"],
           ["Siblings (two pupils or more)", "460", "86%", "1,310 €", "7,800 €"],
           ["Stage lovers (orchestra, band, choir)", "340", "93%", "820 €", "6,100 €"],
           ["Adults learning for themselves", "350", "71%", "610 €", "1,900 €"]]),
        H(1, "From the first lesson to the fifth year", {"lifecycle-strategy": "ok"}),
        P("A family goes through the same few moments with us, and each calls for a different gesture. The first "
          "term decides whether the child feels at home; the spring of the first year decides whether the family "
          "re-enrols; from the third year on, the risk becomes boredom or exam pressure rather than doubt. We "
          "therefore spend most of our effort on the first two years, where the data shows the losses, and keep "
          "things light with the settled families, who mostly want to be left to play. Adults follow "
          "the same stages but are handled by the planning team, since what they need most is a slot that fits "
          "their working week."),
        T([["Stage", "What happens", "What we do", "Who"],
           ["Welcome (Sept-Oct)", "first lessons, parents unsure", "welcome call at week 3, parents' evening",
            "school director"],
           ["First winter", "attendance drops after Christmas", "absence alert after two missed lessons",
            "front desk"],
           ["Re-enrolment (April-June)", "the family decides", "risk-ranked phone calls, open rehearsal",
            "teachers and directors"],
           ["Years 3 and more", "routine, exams", "band or orchestra offer, instrument switch free", "teachers"],
           ["Leaving", "family does not re-enrol", "short exit survey, summer workshop invitation", "head office"]]),
        H(1, "What we will actually do", {"action-plan": "ok"}),
        T([["Action", "Group", "Channel", "Cost", "Owner"],
           ["Welcome call three weeks after the first lesson", "curious beginners", "phone", "staff time",
            "school directors"],
           ["Two missed lessons trigger a friendly text and a call", "all pupils under 15", "SMS, phone",
            "400 € SMS credit", "front desk"],
           ["Every first-year pupil plays in one ensemble before Easter", "curious beginners", "in school",
            "3,200 € teacher hours", "teachers"],
           ["Free instrument switch made known in April", "settled players", "e-mail, poster", "none",
            "marketing"],
           ["Sibling discount shown on the re-enrolment form", "siblings", "form", "lost revenue 6,500 €",
            "head office"],
           ["Evening and Saturday slots for adults", "adults", "e-mail", "none", "planning"]]),
        H(1, "When", {"calendar": "ok"}),
        T([["Month", "What starts", "Checked by"],
           ["September 2027", "welcome calls, parents' evenings", "school directors"],
           ["November 2027", "absence alerts switched on in HubSpot", "front desk"],
           ["January 2028", "first-year ensembles begin", "teachers"],
           ["April 2028", "risk list sent to each school, instrument switch campaign", "head office"],
           ["May-June 2028", "phone calls to at-risk families, open rehearsals", "directors"],
           ["July 2028", "results against the objectives, exit survey read", "management board"]]),
        P("Nothing starts in June 2027, when the school year is ending and the directors are busy with concerts; "
          "the first contact with families is the welcome call in September."),
        H(1, "Running it day to day", {"steering-tools": "ok"}),
        P("Tempo already pays for HubSpot's free CRM tier, used today only to send the newsletter. We will import "
          "every family from the school management software each night, with their group, their risk score and "
          "their attendance, so that a front-desk employee sees on one screen who has missed lessons and whom to "
          "call. The absence alert is a HubSpot workflow: two missed lessons in a row create a task for the front "
          "desk of that school, with a ready text to send. The risk score is recomputed every Monday from April "
          "by a small Python script that head office runs; no one else has to touch the model."),
        P("Management follows the plan on a Power BI report refreshed weekly, with one page per school and one "
          "page for the whole network. We chose these tools because they cost nothing more, the front-desk staff "
          "already know HubSpot from the newsletter, and the directors asked for figures they can read in two "
          "minutes on Monday mornings. Each school director owns the calls for their school; the marketing "
          "manager owns the workflows and the report, and trains the six front-desk employees in one morning in "
          "October. A shared call log in HubSpot means a director who covers for a colleague sees at once what "
          "the family has already been told. Nobody has to learn a new tool, which was the first question the "
          "front-desk staff asked us."),
        H(2, "GDPR and parents' permission", {"consent": "thin"}),
        P("Families agree to school calls and texts in the enrolment form. Marketing e-mails need a separate box, "
          "ticked by 62% of them. Risk scores stay internal and are never shown to families."),
        H(1, "How will we know it works?", {"kpi-table": "ok"}),
        P("Each indicator has an owner and a threshold that triggers a reaction, so that a bad month is noticed "
          "before re-enrolment and not after."),
        T([["Indicator", "How it is computed", "Target", "Alarm if", "Owner"],
           ["Re-enrolment, years 1-2", "families re-enrolled / families eligible", "75%", "below 68% on 15 June",
            "head office"],
           ["Attendance, January-April", "lessons attended / lessons planned", "92%", "below 88% in a school",
            "directors"],
           ["Absence alerts handled", "tasks closed within 48 hours", "95%", "below 80%", "front desk"],
           ["Group activity reach", "pupils in one ensemble or concert", "70%", "below 50% at Easter",
            "teachers"],
           ["Adult enrolments", "adult pupils in September", "650", "below 560", "marketing"]]),
        H(2, "The Monday screen", {"kpi-dashboard": "ok"}),
        Img(["Re-enrolment by school", "Attendance trend", "Alerts handled", "Ensembles reach"],
            "Mock-up of the Power BI page each director opens on Monday morning."),
        H(1, "Does this still sound like Tempo?", {"brand-fit-value": "ok"}),
        P("Tempo's promise since 1994 has been that music is learnt together and for pleasure, not for exams. Every "
          "action in this plan pushes in that direction: the ensembles, the open rehearsals and the free switch of "
          "instrument all bring pupils to play with others, which is exactly what the data shows keeps them. We "
          "deliberately left out discounts for early re-enrolment and countdown e-mails, which would make a "
          "neighbourhood school sound like a gym chain. The phone calls are made by people the families already "
          "know, the director or the teacher, never by a call centre, and the texts are written in the same warm "
          "tone as the newsletter, signed with a first name."),
        P("For the company, keeping twelve more first-year families in each school is worth more than any "
          "advertising campaign: a family that stays into the third year is worth three times what it cost to win. "
          "The plan also gives the directors a clear view of their school for the first time, and protects the "
          "teachers' jobs, since a teacher's timetable is built on re-enrolled pupils. We expect the first effect "
          "on the June 2028 re-enrolment and will show the board the figures in July. If the "
          "first-year figures do not move, we will know it by Easter from the attendance data and can change the "
          "actions before the families decide."),
        H(2, "Is it worth the money?", {"expected-value": "ok"}),
        T([["Item", "Year 1 (2027-28)", "Year 2"],
           ["Extra families kept (years 1-2)", "+92", "+110"],
           ["Extra revenue", "+63,500 €", "+75,900 €"],
           ["Cost of actions (SMS, teacher hours, discount)", "-10,100 €", "-9,600 €"],
           ["Staff time (calls, training)", "-8,400 €", "-6,000 €"],
           ["Net gain", "+45,000 €", "+60,300 €"],
           ["Return on each euro spent", "3.4", "5.0"]]),
    ],
)
