from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="skeleton",
    language="en",
    notes="""Held-out round 48 (h48_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Cordelia, a booking app for the shared laundry rooms of a Nantes student residence group,
    tested as a clickable phone prototype plus a door sticker with a QR code. Guidance deleted. Some headings
    retyped (runs replaced, bookmark lost). The technical sheet heading kept with its table left as generated
    (empty); the eye-tracking still our prompt (placeholder); appendices deleted (missing). Tables filled.""",
    cover={"project": "Cordelia laundry booking", "client": "Résidences Erdre Habitat", "candidate": "Noé Girard",
           "team": "Noé Girard, Salomé Benali, Yanis Ferreira", "school": "Web School Factory"},
    sections={
        "concept-recap": dict(status="ok", retitle="Why we built it and what we wanted to learn", text=[
            "Erdre Habitat runs eleven student residences in Nantes with 1,900 rooms and one laundry room per "
            "building. Students queue with full baskets, find machines taken, or leave wet clothes for hours, "
            "and the caretakers spend half a day a week settling quarrels. Cordelia lets a resident see which "
            "machines are free, book a 90-minute slot from a phone and get a reminder ten minutes before the "
            "cycle ends.",
            "We wanted to learn three things: whether a new resident can book a slot in under a minute without "
            "an explanation, whether the reminder actually makes people collect their laundry on time, and "
            "whether residents accept a rule that frees a slot after fifteen minutes of no-show."]),
        "prototype": dict(status="ok", retitle="The prototype", keep_bookmark=True,
                          image=["Free machines", "Pick a slot", "Confirm", "Reminder"],
                          caption="Four screens of the Cordelia prototype, second iteration.", text=[
            "The prototype was built in Figma as a clickable phone app of nine screens: the room map with free "
            "and busy machines, a day view of slots, the booking confirmation, the reminder notification and a "
            "small profile page with the resident's past bookings. It ran on our own phones through the Figma "
            "mirror app, so participants held a real phone rather than clicking on a laptop.",
            "To test the arrival in the room, we printed a sticker with a QR code for each machine and stuck it "
            "on the washers of the Chantenay residence. Scanning it opened the booking screen for that machine. "
            "Busy and free states were changed by hand by one of us from a laptop, which no participant noticed. "
            "Reminders were sent as real text messages at the right moment by a team member with a timer."]),
        "technical-sheet": dict(status="empty"),
        "test-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "Booking, scanning a machine, reminder and no-show rule"],
            [None, "Can a new resident book in under 60 s? Do reminders cut late collections?"],
            [None, "4-8 November, laundry room and lobby of Chantenay residence"],
            [None, "10 residents: 4 first-year, 4 returning, 2 international students"],
            [None, "Poster in the lobby; a free wash token as thanks"],
            [None, "Two phones with the Figma mirror, QR stickers, stopwatch, voice recorder"],
            [None, "Book a slot tonight; scan a washer; cancel; react to a reminder"],
            [None, "Slot booked without help in under 60 s"],
            [None, "Success, time, errors, ease score, late collections"],
            [None, "Noé moderates, Salomé notes, Yanis runs the states and reminders"],
            [None, "Consent form signed; recordings deleted on 30 November"]]]),
        "test-tasks": dict(status="ok", retitle="What we asked them to do", tables=[[
            ["T1", "You have a full basket and want to wash tonight after 8 pm", "The day view is clear",
             "Booked < 60 s", "2 min", "success, time, errors"],
            ["T2", "You are in the laundry room: start the machine in front of you", "QR scan is natural",
             "Booked from the sticker", "1 min", "success, time"],
            ["T3", "Your plans changed: free your slot", "Cancel is findable", "Cancelled without help", "1 min",
             "success, errors"],
            ["T4", "Your reminder just arrived: what do you do?", "Reminder is understood", "Says they will go",
             "30 s", "answer, ease score"]]]),
        "test-methods": dict(status="ok", text=[
            "Each session lasted about 25 minutes with one resident at a time. We ran the first two tasks in "
            "the laundry room itself, with the noise, the bad light and a basket in hand, because booking "
            "from a corridor is not the same as booking from a desk. The other tasks happened in the lobby. "
            "The moderator read each task from a card and then stayed silent; a participant stuck for more than "
            "45 seconds got one hint, which we counted as a failure.",
            "Participants thought aloud throughout. After each task they gave an ease score from 1 to 7, and at "
            "the end they filled in the ten usability questionnaire items on paper. For the reminder we did not "
            "only ask: during the week of the test, twelve volunteers used the prototype for their real washes "
            "and we logged when they came back compared with the end of the cycle. We chose moderated sessions "
            "on site over a remote test because the QR sticker and the room itself were part of what we were "
            "testing."]),
        "results": dict(status="ok", retitle="Results", text=[
            "Nine of the ten residents booked an evening slot on their first try, in 41 seconds on average. The "
            "only failure was an international student who read the greyed-out slots as available and booked "
            "nothing before giving up. Scanning the sticker worked for everyone and was the fastest path, 14 "
            "seconds on average; several participants said they would only ever book that way, standing in front of the machine.",
            "Cancelling was the weak point: six people looked for it on the booking itself instead of the "
            "profile page, and two needed the hint. The reminder was understood by all, and the field week was "
            "encouraging: among the twelve volunteers, late collections of more than twenty minutes fell from "
            "seven in the week before to two. The no-show rule was accepted by eight of ten, provided a "
            "message warns before the slot is freed. Two residents even asked for a shorter grace period of ten minutes, "
            "since the evening slots after dinner are the ones everybody fights over in the exam weeks."]),
        "perception-metrics": dict(status="ok", skip_cols=1, tables=[[
            [None, "Slot booked without help", "80 %", "90 % (9/10)", "above target"],
            [None, "Seconds to book, T1", "< 60 s", "41 s", "good"],
            [None, "Errors on cancel, T3", "< 1", "1.6", "move cancel to the booking"],
            [None, "Mean ease score", "≥ 5.5", "5.9", "good"],
            [None, "Usability score out of 100", "≥ 68", "77", "good"],
            [None, "Late collections > 20 min, field week", "-50 %", "-71 % (7 to 2)", "promising"],
            [None, "Accept the no-show rule", "70 %", "80 %", "accepted with a warning"]]]),
        "eye-tracking": dict(status="placeholder"),
        "user-feedback": dict(status="ok", retitle="What residents told us", text=[
            "The first reaction was relief: \"finally, no more going down three floors to see that everything "
            "is taken\" (Léa, second year). Returning residents liked seeing who had a machine, but two asked "
            "that names stay hidden, only room numbers, to avoid notes on doors. International students wanted "
            "the app in English from the first screen rather than in the settings.",
            "The reminder text was found too polite by several: they suggested a countdown and a clear line "
            "saying the next person is waiting. Three residents asked for a way to report a broken machine from "
            "the same screen, which the caretaker later told us would save him many phone calls. Nobody minded "
            "the QR stickers; one participant asked whether they would survive the humidity of the room, "
            "and another whether the app would still work when the basement has no phone signal."]),
        "issue-log": dict(status="ok", tables=[[
            ["I1", "Greyed slots read as free", "1/10", "3", "failed T1", "stronger busy colour and a lock icon",
             "Salomé"],
            ["I2", "Cancel hidden in the profile", "6/10", "3", "hint needed twice on T3",
             "cancel button on the booking card", "Noé"],
            ["I3", "App language only in settings", "2/10", "2", "international residents confused",
             "ask language on first launch", "Yanis"],
            ["I4", "Names visible on machines", "2/10", "2", "privacy worry", "show room numbers only", "Noé"]]]),
        "corrective-actions": dict(status="ok", text=[
            "A second iteration fixed the two most serious issues before the field week; we checked it with three "
            "new residents, who all cancelled a slot without help. The rest is planned in the backlog."], tables=[[
            ["B1", "As a resident, I see at once which slots are taken", "I1", "Must", "S", "Sprint 2", "done"],
            ["B2", "As a resident, I cancel from my booking", "I2", "Must", "S", "Sprint 2", "done"],
            ["B3", "As an international student, I choose my language at launch", "I3", "Should", "S", "Sprint 3",
             "to do"],
            ["B4", "As a resident, I report a broken machine", "feedback", "Should", "M", "Sprint 4", "to do"]]]),
        "viability-conclusion": dict(status="ok", retitle="So, should Erdre Habitat go ahead?", text=[
            "Residents book quickly, like the sticker and answer the reminder: nine successes out of ten, 41 "
            "seconds for a first booking and late collections down by more than two thirds over one week with "
            "twelve volunteers. Within the limits of one residence and a hand-driven prototype, the tests show "
            "that Cordelia solves a real daily irritation and that the no-show rule is acceptable.",
            "We recommend a three-month pilot in Chantenay and Tertre from February 2027, with real connected "
            "plugs on the machines instead of hand-changed states. Success means at least 60 % of washes booked "
            "through the app and half the caretaker's complaints gone. The main risk is the cost of the plugs "
            "(about 90 euros per machine), which the pilot will help compare with the time saved by caretakers and "
            "residents. If fewer than 40 % of washes are booked after six weeks, we will stop the pilot, keep the "
            "free-machine map alone and drop the booking, which was the part residents valued least in interviews."]),
        "appendices": dict(status="missing"),
    },
)
