from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="skeleton",
    language="en",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: a chain of twelve self-service laundries in Lille (Lavomatik) tests an app that shows free
    machines, takes payment and warns when a cycle ends. Guidance deleted. The prototype heading retyped "What we
    built", the tasks heading retyped "The five tasks" and the backlog heading retyped "Fixes we made and what is
    queued" (runs replaced, bookmarks lost); the results heading retyped "Did it work?" keeping its bookmark. The
    technical sheet table left as generated (empty); no eye tracking was done, the section deleted (missing); the
    user feedback is three sentences (thin); the other tables filled and a screen flow drawn for the prototype.""",
    cover={"project": "Lavomatik app – see, pay, get told", "client": "Lavomatik", "candidate": "Inès Boulanger",
           "team": "Inès Boulanger, Théo Vasseur, Amina Diallo", "school": "Web School Factory"},
    sections={
        "concept-recap": dict(status="ok", text=[
            "Lavomatik runs twelve self-service laundries in Lille and Roubaix, used mostly by students and by "
            "families without room for a washing machine. The customer journey today is poor: people walk to the "
            "laundry with a heavy bag without knowing whether a machine is free, pay with coins at a terminal that "
            "is often out of order, and wait on site or come back too late and find their wet clothes on the "
            "floor. Our concept is a light app that does three things: show in real time which machines are free "
            "in each laundry, let people start and pay for a machine from their phone, and send a notification "
            "five minutes before the cycle ends.",
            "The tests had to show three things: that first-time users find a free machine and pay without help, "
            "that the end-of-cycle notification changes when they come back, and that regular customers would "
            "use the app rather than the coin terminal."]),
        "prototype": dict(status="ok", retitle="What we built", image=[
            "Map of laundries", "Laundry: free machines", "Pay and start", "Cycle running", "Notification"],
            caption="The five screens of the Figma prototype, in the order of the main journey.", text=[
                "We built a high-fidelity clickable prototype in Figma, with the five screens of the main journey "
                "and the two error screens (payment refused, machine already taken). The machine status was not "
                "live: for the tests in the Wazemmes laundry, Théo sat in the back room and changed the status of "
                "the machines by hand in a shared Figma variable, so that what participants saw matched what was "
                "in front of them. Payment was simulated with a test card, and the notification was sent from a "
                "scheduling tool to the participant's own phone, which made the wait feel real.",
                "The prototype follows Lavomatik's colours and uses large buttons because many customers arrive "
                "with their hands full. It can be tried from the link in the appendix."]),
        "technical-sheet": dict(status="empty"),
        "test-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "finding a laundry and a free machine, paying and starting a cycle, the end-of-cycle alert"],
            [None, "can a new user pay without help; does the alert bring people back on time; would regulars drop coins"],
            [None, "3 to 14 November 2026, in the Wazemmes and Roubaix-Centre laundries"],
            [None, "12 people: 6 students, 6 family customers; half had never used a laundry app"],
            [None, "recruited on site by us, with a free wash offered after the session"],
            [None, "participant's own phone, Figma mirror, a second phone filming the screen, stopwatch"],
            [None, "five tasks, see the table below"],
            [None, "task done without help in under two minutes"],
            [None, "success, time on task, errors, ease rating after each task, SUS at the end"],
            [None, "Inès moderates, Amina takes notes, Théo drives the machine status"],
            [None, "written consent, no faces filmed, videos deleted after analysis"]]]),
        "test-tasks": dict(status="ok", retitle="The five tasks", tables=[[
            ["T1", "You are at home with a full bag. Find the nearest laundry with a free machine.",
             "the map and the status are clear", "laundry chosen with a free machine", "1 min",
             "success, time"],
            ["T2", "You arrived. Start machine 6 for a 40-degree wash and pay.", "paying by phone is easy",
             "cycle started", "2 min", "success, time, errors"],
            ["T3", "Your card is refused. Finish paying anyway.", "the error screen helps", "payment done",
             "2 min", "success, errors"],
            ["T4", "Go for a coffee and come back when the wash ends.", "the alert arrives in time",
             "back before the end of the cycle", "none", "delay between end and return"],
            ["T5", "Book the dryer for after your wash.", "people understand chaining machines",
             "dryer booked", "2 min", "success, time"]]]),
        "test-methods": dict(status="ok", text=[
            "We ran moderated usability sessions in the laundries themselves, not in a meeting room, because the "
            "real setting matters here: the noise, the full bags and the small screens on the wall. Each session "
            "lasted about thirty minutes. Participants thought aloud while doing the five tasks on their own "
            "phone, and Inès asked short follow-up questions only after each task, so as not to guide them.",
            "After every task, participants rated how easy it was on a seven-point scale, and at the end they "
            "filled in the ten-question usability questionnaire on paper. We added a short interview of five "
            "questions on whether they would use the app instead of coins and what it would be worth to them. "
            "For task 4 we measured the delay between the end of the cycle and the moment the participant opened "
            "the machine door, and compared it with the same delay for twenty customers without the app, "
            "observed on the same days. This comparison was the only way to show the value of the alert rather "
            "than ask people whether they liked it."]),
        "results": dict(status="ok", retitle="Did it work?", keep_bookmark=True, text=[
            "Mostly yes. Eleven of the twelve participants found a free machine and started a paid wash without "
            "help, in a median time of 1 minute 20 seconds for the payment task. The map of laundries was "
            "understood at once; the screen listing the machines was the strongest part of the prototype, and "
            "several participants said it alone would save them trips.",
            "The alert did what we hoped. Participants with the app came back a median of 3 minutes after the "
            "end of the cycle, against 19 minutes for the customers we observed without it, and nobody found "
            "their clothes taken out by someone else. Two things went badly. The refused-card screen confused "
            "five people out of twelve, who did not see the button to try another card. And booking the dryer "
            "was failed by half the participants, who did not understand that the dryer could be reserved "
            "before the wash ended. Those two points are in the issue log and the first one is already fixed."]),
        "perception-metrics": dict(status="ok", skip_cols=1, tables=[[
            [None, "share of tasks finished without help", "80 %", "82 % (49 of 60)", "good, T5 pulls it down"],
            [None, "median seconds for T2", "under 120", "80", "payment is fast"],
            [None, "mean errors on T3", "under 1", "1.4", "refused-card screen to fix"],
            [None, "mean rating after each task, 1 to 7", "5.5", "5.8", "easy overall, T5 at 4.1"],
            [None, "questionnaire score out of 100", "68", "79", "above average"],
            [None, "would recommend, out of 10", "+20", "+33", "students keenest"],
            [None, "would pay 0.30 euros more per wash for the alert", "50 %", "58 %", "value is there"]]]),
        "eye-tracking": dict(status="missing"),
        "user-feedback": dict(status="thin", text=[
            "People liked seeing the free machines before leaving home (10 of 12). Families wanted the alert "
            "earlier, ten minutes rather than five (4 of 6). Two older participants said they would still keep "
            "coins in their pocket, just in case."]),
        "issue-log": dict(status="ok", tables=[[
            ["I1", "Refused-card screen: the retry button is not seen", "5/12", "3", "videos of T3",
             "bigger retry button at the top", "Amina"],
            ["I2", "Dryer booking not understood", "6/12", "3", "T5 failures and comments",
             "offer the dryer on the cycle screen", "Théo"],
            ["I3", "Machine numbers in the app differ from the stickers", "3/12", "2", "observation",
             "use the sticker numbers", "Inès"],
            ["I4", "Alert comes too late for families", "4/12", "1", "interviews", "let users choose 5 or 10 min",
             "Théo"]]]),
        "corrective-actions": dict(status="ok", retitle="Fixes we made and what is queued", text=[
            "We fixed the refused-card screen between the two test weeks: the retry button moved to the top and "
            "became full width. In the second week, all four participants who met the error got through it."],
            tables=[[
                ["B1", "As a customer whose card is refused, I can retry at once", "I1", "Must", "S", "done week 2",
                 "done"],
                ["B2", "As a customer, I am offered the dryer when my wash starts", "I2", "Must", "M", "sprint 1",
                 "to do"],
                ["B3", "Machine numbers match the stickers", "I3", "Should", "S", "sprint 1", "to do"],
                ["B4", "Choose when the alert comes", "I4", "Could", "S", "sprint 2", "to do"]]]),
        "viability-conclusion": dict(status="ok", text=[
            "The tests show that the app is usable by new customers and, more importantly, that it changes what "
            "they do: with the alert, people come back on time, which frees machines sooner and removes the most "
            "common complaint in the laundries, clothes left wet and moved by strangers. If machines are freed "
            "sixteen minutes earlier on average, the Wazemmes laundry could run about one more cycle per machine "
            "on busy Saturdays, which is worth around 400 euros a month for that site alone.",
            "Some things remain uncertain. Twelve participants recruited on site are not a market study, and the "
            "willingness to pay a small extra for the alert must be checked with real prices. The live machine "
            "status was simulated by hand; connecting the real machines needs a box in each laundry, which "
            "Lavomatik's supplier quotes at 1,900 euros per site. We recommend a pilot in two laundries from "
            "February, with the two Must items of the backlog done, and a decision on the ten other sites after "
            "three months of real use data."]),
        "appendices": dict(status="ok", text=[
            "Prototype link, moderator script, consent form and the anonymised results per participant are in the "
            "team's shared folder, listed in the note handed to the jury."]),
    },
)
