from _common import *

DOC = dict(
    deliverable="research-brief",
    path="skeleton",
    language="en",
    notes="""Held-out round 38 (h38_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: Armor Blood Service, the regional blood collection body for Brittany, asks for a reminder
    app because two first-time donors in three never give blood again; the team studies what a first donation
    feels like. Guidance deleted. The client brief retyped "What Armor asked for, and what lies behind it", the
    findings retyped "The short version", the interviews retyped "Twenty-two donors talk" and the strategic
    challenges retyped "So what for Armor Blood Service?" (runs replaced, bookmarks lost); the persona retyped
    "Meet Yanis" keeping its bookmark. The empathy map left as generated (empty); the bibliography still our
    prompt (placeholder); the verbatims deleted with their heading (missing); every other table filled.""",
    cover={"project": "Coming back for a second donation", "client": "Armor Blood Service",
           "candidate": "Gwenaëlle Le Du", "team": "Gwenaëlle Le Du, Samir Haddad, Paul Quéré",
           "school": "Web School Factory"},
    sections={
        "client-brief": dict(status="ok", retitle="What Armor asked for, and what lies behind it", text=[
            "Armor Blood Service collects about 95,000 donations a year across Brittany, in four permanent "
            "centres (Rennes, Brest, Vannes and Saint-Brieuc) and some 600 mobile sessions held in village halls, "
            "universities and companies. Hospitals in the region need around 450 donations every working day, and "
            "the service misses that figure for several weeks each summer and each winter. Its own figures show the "
            "weak point: of the 14,000 people who gave blood for the first time in 2025, only 34 % came back within "
            "a year, against 71 % for regular donors.",
            "The marketing team came to us with a clear request: design a mobile app that reminds first-time donors "
            "when they can give again and books their next slot. They have a budget of 180,000 euros for 2027 and "
            "would like a pilot in Rennes before the summer shortage. They also told us that the existing website "
            "already sends reminder e-mails, and that the open rate of those e-mails is under 20 %.",
            "We accepted the request but asked to start one step earlier. A reminder only works if people want to "
            "come back, and nobody knows today why two new donors in three do not. It could be the memory of the "
            "first visit, the difficulty of finding a mobile session, a deferral that was badly explained, or simply "
            "that nobody asked them. Our work is therefore to understand the first donation and the months after it, "
            "from the donor's side, before deciding whether an app is the answer."]),
        "brief-reframing": dict(status="ok", tables=[[
            ["We need an app to remind donors", "first-time donors do not come back", "What makes a first donation worth repeating?", "stable stock in summer and winter"],
            ["Reminder e-mails are not opened", "the message comes at the wrong moment or from a faceless sender", "When, and from whom, would a donor welcome a nudge?", "cost of recruiting new donors"],
            ["Mobile sessions are half empty", "people do not know a session is near them", "How do donors find out where and when to give?", "use of 600 sessions a year"]]]),
        "research-questions": dict(status="ok", text=[
            "We kept four questions, each with the guess we want to test. First, what do people remember of their "
            "first donation, and does that memory decide whether they return? We suspect waiting times and the "
            "fear of feeling faint weigh more than the needle. Second, how do donors learn when they may give again, "
            "and do they understand deferrals after travel or a tattoo? Third, how do they find a session near home "
            "or work? We think most only give when a session comes to them. Fourth, who or what brought them the "
            "first time, and could the same person bring them back?"]),
        "method-sample": dict(status="ok", text=[
            "We combined three methods because each answers a different part of the questions. Observation in two "
            "collection places showed us what donors actually go through, minute by minute, which people forget "
            "or smooth over when they tell it later. Interviews let us hear why people came, how they felt and why "
            "they did or did not return. Desk research gave us the scale: national figures on donor loyalty, "
            "published studies on the first donation and the service's own data on returns.",
            "Our sample deliberately over-represents the people the service loses: fourteen of the twenty-two "
            "interviewees had given only once, eight had come back at least twice. We recruited them through the "
            "service's files, with their consent, and through a student association in Rennes. We also spoke with "
            "four nurses and one session organiser to hear the staff's side."]),
        "research-activities": dict(status="ok", tables=[[
            ["Observation", "follow donors from arrival to snack", "41 donors, 6 staff", "Rennes centre, 3 and 5 Nov; Locminé hall, 8 Nov", "on site, with the head nurse's agreement", "timed journey notes, floor sketch"],
            ["Interviews", "why people return or do not", "14 one-time and 8 regular donors", "phone and video, 10-24 Nov", "service files, student association", "22 transcripts"],
            ["Staff interviews", "the staff's view of first donors", "4 nurses, 1 organiser", "Rennes and Vannes, 12 Nov", "through the head nurse", "5 sets of notes"],
            ["Desk research", "size and compare", "6 studies, service data 2023-2025", "November", "library, service statistics", "summary sheet"]]]),
        "findings": dict(status="ok", retitle="The short version", text=[
            "Three findings come back in every method. The first visit is long and opaque: an hour and twenty minutes "
            "on average, most of it waiting without knowing why. People who felt unwell, even slightly, rarely return "
            "unless someone called them afterwards. And almost nobody knows when they may give again or where the "
            "next session is; they wait to be asked, and nobody asks. The sections below give the detail by method, "
            "from the corridor of the Rennes centre to the figures of the service itself, and then the insights we "
            "drew from them."]),
        "observation": dict(status="ok", text=[
            "At the Rennes centre, a first-time donor spent on average 82 minutes from the door to the snack, of "
            "which only 9 minutes were the donation itself. The longest wait came before the medical interview, in "
            "a corridor with no screen and no information on the order of calls. Regular donors brought a book; "
            "first-timers kept checking their phones and asking the receptionist how long it would be.",
            "In the Locminé village hall, the atmosphere was warmer: volunteers knew many donors by name and the "
            "snack turned into a social moment. Yet two young first-time donors left before the interview when they "
            "learned there were twelve people ahead of them. We saw three people feel faint after giving; the nurses "
            "handled it very well, but nothing was written down that would lead to a call a few days later."]),
        "interviews": dict(status="ok", retitle="Twenty-two donors talk", text=[
            "We sorted what we heard into four themes. The most frequent, raised by eleven of the fourteen one-time "
            "donors, is not knowing what happens next. Several thought they had to wait a whole year before giving "
            "again; two believed a trip abroad had excluded them for good. \"Nobody told me when I could come back, "
            "so I assumed they would write\" (P7, 23, student).",
            "The second theme is the memory of the first visit. Six one-time donors described the wait as the worst "
            "part, far ahead of the needle, and four had felt dizzy. Those who felt dizzy were the least likely to "
            "return, unless a nurse or a friend had checked on them. The third theme is the reason for coming: most "
            "first donations happened because a session came to their university or company, or because a friend "
            "went. Regular donors, by contrast, plan their donations and follow a routine. The last theme is "
            "recognition: regular donors enjoy the message saying where their blood went, which one-time donors had "
            "never received."]),
        "desk-research": dict(status="ok", text=[
            "National figures confirm that the problem is not local: across France, about half of new donors do not "
            "give a second time, and the cost of recruiting a new donor is several times the cost of keeping one. "
            "Studies on donor loyalty published in transfusion journals point in the same direction as our "
            "interviews: a bad first experience, especially feeling faint, is the strongest reason not to return, "
            "and a personal contact in the weeks after the donation raises the return rate.",
            "The service's own data for 2023 to 2025 add a detail we did not expect: first-time donors recruited at "
            "a mobile session in their workplace come back more often than those who walked into a centre, but only "
            "when the session returns to the same place within four months. Beyond four months, the advantage "
            "disappears entirely."]),
        "empathy-map": dict(status="empty"),
        "persona": dict(status="ok", retitle="Meet Yanis", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "Yanis, 21, second-year student in biology at Rennes 1, lives in a shared flat"],
            [None, "gave blood once in October because a session came to the campus and two friends went"],
            [None, "help in a concrete way without losing half a day between lectures"],
            [None, "waited an hour, felt dizzy after the donation, does not know when he may give again"],
            [None, "acts on the spot when friends go; never plans ahead for this kind of thing"],
            [None, "Instagram, the student association's group chat; ignores e-mails from institutions"],
            [None, "\"If they came back to the campus and told me, I'd go again, for sure.\""]]]),
        "user-insights": dict(status="ok", text=[
            "We wrote every observation and every quote on a card and grouped the cards twice, once by the three of "
            "us and once with two nurses. We kept an insight only when at least two methods supported it."], tables=[[
            ["I1", "New donors want to give again but wait to be asked, because they think the service will contact them", "11 of 14 one-time donors; no follow-up seen on site", "interviews, observation", "high", "the reminder is missing, but it is not an app problem first"],
            ["I2", "Donors who felt unwell stay away, because nobody told them it is common and manageable", "4 of 4 dizzy donors did not return", "interviews, staff", "medium", "loyalty depends on the first visit"],
            ["I3", "Students give when the session comes to them, because planning a trip to a centre never wins", "campus sessions, workplace data", "interviews, desk", "high", "mobile sessions are the key channel"]]]),
        "pov-hmw": dict(status="ok", tables=[[
            ["I1", "A first-time donor", "to know when and where to give again", "she waits to be asked and nobody asks", "How might we make the second invitation part of the first visit?"],
            ["I2", "A donor who felt faint", "to feel looked after after leaving", "one bad minute erases the rest", "How might we turn a dizzy spell into a reason to trust us?"],
            ["I3", "A student", "giving to fit into the day on campus", "he never plans a special trip", "How might we bring the next session to the same people?"]]]),
        "as-is-journey": dict(status="ok", skip_cols=1, tables=[[
            [None, "sees a poster on campus", "asks friends if they are going", "registers at the desk", "waits, talks to the doctor, gives", "feels dizzy, rests", "hears nothing, forgets"],
            [None, "poster, association chat", "friends", "reception desk", "corridor, medical booth", "snack area, nurse", "none"],
            [None, "curious", "reassured by friends", "impatient", "anxious, then proud", "worried", "indifferent"],
            [None, "no date for the next visit", "none", "no idea of the wait", "no information while waiting", "no call afterwards", "no reminder he notices"]]]),
        "insight-prioritisation": dict(status="ok", text=[
            "We scored each insight with the marketing team and the head nurse of the Rennes centre, weighing the "
            "benefit for donors and for stocks against the effort for the service. The invitation to come back "
            "comes first because it touches most new donors and costs little. Following up after a dizzy spell "
            "comes second: few donors, but a strong effect."], tables=[[
            ["I1 waiting to be asked", "5", "2", "8", "Must", "affects most first-time donors"],
            ["I2 dizzy and gone", "4", "2", "7", "Must", "a phone call costs little"],
            ["I3 sessions on campus", "4", "4", "5", "Should", "needs the session calendar to change"]]]),
        "strategic-stakes": dict(status="ok", retitle="So what for Armor Blood Service?", text=[
            "The research changes the question the service has to answer. The shortage is not caused by a lack of "
            "generous people: fourteen thousand came for the first time last year. It comes from what happens in "
            "the hour of the first donation and in the months after it, when the service is silent. An app on its "
            "own would reach mainly the regular donors who already come back; the people the service loses do not "
            "install apps from institutions.",
            "We see three challenges for Armor. The first is to make the second donation part of the first: leave "
            "with a date, a place and a person to contact. The second is to look after donors who had a bad moment, "
            "with a call or a message within a week, which today nobody owns. The third concerns the organisation "
            "of mobile sessions: returning to the same campuses and companies at a steady rhythm would do more for "
            "loyalty than any reminder. Our design challenge for the next phase is therefore how might we make every "
            "first-time donor leave the session already knowing, and wanting, their next one."]),
        "appendices": dict(status="ok", text=[
            "The interview guide used with donors follows. Full transcripts are available to the jury on request; "
            "the participants agreed to be quoted without their surnames."]),
        "interview-guide": dict(status="ok", skip_cols=1, tables=[[
            [None, "present the study, ask to record, say it lasts 25 minutes", "consent noted", "2 min"],
            [None, "age, studies or job, how many times given", "", "3 min"],
            [None, "how do you usually hear about a session", "ask for the last time", "4 min"],
            [None, "tell me about your first donation, from the moment you decided to go", "timings, feelings", "8 min"],
            [None, "what was hard, and what did you do about it", "probe on waiting and feeling unwell", "4 min"],
            [None, "what would make you come back without thinking", "", "3 min"],
            [None, "anything to add, thanks, gift voucher", "", "1 min"]]]),
        "verbatims": dict(status="missing"),
        "bibliography": dict(status="placeholder"),
    },
)
