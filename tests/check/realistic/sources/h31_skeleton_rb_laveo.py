from _common import *

DOC = dict(
    deliverable="research-brief",
    path="skeleton",
    language="en",
    notes="""Held-out round 31 (h31_), written and labelled on 2026-12-02 before any run of check. Started from
    `mind-templates new research-brief`, English: Lavéo runs nine self-service laundrettes in Lille and Roubaix,
    sees weekday use fall and wants a booking app for its machines. Guidance boxes deleted; the brief retyped
    "The brief Lavéo gave us, and how we read it", the method retyped "How we went about it", the persona retyped
    "Meet Karim" and the strategic challenges retyped "What it means for Lavéo" by replacing their runs (bookmarks
    lost). The bibliographic research is two sentences (thin); the interview guide deleted with its heading
    (missing); every other section written in.""",
    cover={"project": "Wash day, rethought", "client": "Lavéo", "candidate": "Inès Vandamme",
           "team": "Inès Vandamme, Hugo Lefebvre, Aïcha Benali", "school": "Web School Factory"},
    sections={
        "client-brief": dict(status="ok", retitle="The brief Lavéo gave us, and how we read it", text=[
            "Lavéo is a family company that owns nine self-service laundrettes in Lille, Roubaix and Villeneuve-"
            "d'Ascq, with 118 washing machines and 74 dryers in total. Its turnover reached €1.46 million in 2025, "
            "but the founder's son, Julien Desmet, who now runs the network, noticed that weekday use between 9 am "
            "and 5 pm fell by 14 % in two years while Saturday mornings are saturated, with queues out of the door "
            "in the two student districts.",
            "His request to us was precise: build a mobile app that lets customers reserve a machine for a time "
            "slot, pay in advance and get a notification when the cycle ends. He had already seen such an app in a "
            "Belgian chain and was convinced that reservation would spread the load across the week.",
            "We accepted the subject but did not want to start from the solution. A reservation app assumes that "
            "customers come on Saturday because they cannot know when machines are free. It may also be that "
            "Saturday is simply the only time they have, or that the laundrette is part of a weekly routine they do "
            "not want to change. Our reading of the brief is therefore broader: understand how Lavéo's customers "
            "organise their laundry in the week, what they dislike about the visit, and what would make another "
            "moment worth choosing, before we decide whether booking is the lever."]),
        "brief-reframing": dict(status="ok", tables=[[
            ["An app to book a machine in advance", "Saturday queues make customers leave", "make the quiet hours of the week attractive to the people who queue on Saturday", "fill weekday capacity without new shops"],
            ["Notify the end of the cycle", "customers waste time waiting on site", "find out what people do, or would like to do, during the 55 minutes of a cycle", "turn waiting time into a reason to come"],
            ["Pay in the app", "the payment terminals break down", "understand which payment problems really cost visits", "cut the 6 % of visits ending in a refund"]]]),
        "research-questions": dict(status="ok", text=[
            "Three questions guided the work. Who uses Lavéo's laundrettes, and what decides the day and hour of "
            "their visit? What happens during a visit, from the moment they carry the bag in to the moment they "
            "fold the last shirt, and where does it go wrong? And what would a customer who queues on Saturday need "
            "in order to come on a Tuesday evening instead? We also kept an open question for the interviews: what "
            "does the laundrette mean in their week, a chore, a break, or a place to meet neighbours?"]),
        "method-sample": dict(status="ok", retitle="How we went about it", text=[
            "We mixed watching and asking. Two of us spent six shifts in three laundrettes chosen for their "
            "contrast: Wazemmes, crowded with students; Roubaix-Épeule, used by large families; and Villeneuve "
            "Triolo, the quietest shop of the network. We noted arrivals, waiting times and what people did while "
            "the machines turned. In parallel we interviewed customers, some during their visit and some at home, "
            "and two employees who empty the coin boxes and deal with complaints.",
            "For the sample we wanted the people the brief is about: Saturday customers, but also the few who "
            "already come on weekdays, to learn what makes it possible for them. Recruitment used a poster with a "
            "QR code in the nine shops, offering a free wash, and Lavéo's customer-service phone list. Every "
            "participant gave consent to be recorded, and the quotes in this brief are anonymised."]),
        "research-activities": dict(status="ok", tables=[[
            ["Observation", "see the real rhythm of a visit and the waiting", "about 210 customers seen", "Wazemmes, Épeule, Triolo, 6 shifts, 9-22 Nov.", "none, shops open to the public", "timed log, sketches, 48 photos"],
            ["Interviews", "understand how people plan laundry in their week", "14 customers aged 19 to 67, 2 employees", "in the shops and at home, 12-27 Nov.", "QR poster, customer-service list", "recordings, transcripts, quotes wall"],
            ["Card data", "check when each machine is really used", "41,000 paid cycles", "Lavéo's payment system, 2024-2025", "data shared by Lavéo", "heat map by hour and day"]]]),
        "findings": dict(status="ok", text=[
            "What we found changes the brief more than we expected. Most Saturday customers are not there because "
            "they cannot see which machines are free; they come on Saturday because it is the only morning they do "
            "not work, or because a car is available that day. Uncertainty does hurt, but mostly for drying: people "
            "lose time waiting for a free dryer, not a washer. And the visit itself is experienced as dead time "
            "that nobody has designed for. Those three findings are detailed below, method by method, before we "
            "turn them into insights."]),
        "observation": dict(status="ok", text=[
            "At Wazemmes on Saturday between 9 and 12, we counted an average wait of 18 minutes for a washer and "
            "26 minutes for a dryer. Customers who arrived first often loaded two or three washers at once, which "
            "later blocked the dryers. Around a third of them left the shop during the cycle, usually to a café or "
            "home nearby, and came back late: on busy mornings, finished machines sat full for an average of 12 "
            "minutes while others waited.",
            "At Triolo on a Tuesday afternoon the shop was almost empty, but the few customers we saw stayed the "
            "whole time, sitting on the single bench with their phones. Two of them told us the shop felt unsafe "
            "after dark because the street lighting is poor. At Épeule, families came with children and very large "
            "loads; the folding table was always taken and people folded on top of the machines."]),
        "interviews": dict(status="ok", text=[
            "The fourteen customers described very different weeks, but four themes came back in almost every "
            "conversation.",
            "The week decides, not the shop. Nine of them said they could not come on a weekday because of work or "
            "classes; the others come when a shift ends early or a child is at a club. Booking would not free them.",
            "The dryer is the real queue. Several customers wash at home but only come to dry, especially in "
            "winter, because their flats are damp. They know the washers are easy; the dryers are the lottery.",
            "Nobody tells you when it's done. People leave and come back either too early or too late. Two "
            "students described arguments over laundry taken out by someone else.",
            "It could be a better hour. When asked what would make them come on a Tuesday, customers rarely "
            "mentioned price. They spoke of a warmer place with wifi, a chance to do the shopping next door at the "
            "same time, or light and staff in the evening. \"I don't mind the laundrette, I mind the waiting on "
            "a plastic chair,\" said a 34-year-old care worker."]),
        "desk-research": dict(status="thin", text=[
            "A 2023 trade survey of French laundrettes found that drying accounts for most customer waiting time. "
            "We also read two articles on Belgian booking apps, whose uptake remained low."]),
        "empathy-map": dict(status="ok", tables=[[
            ["Says: \"Saturday is my only free morning.\"", "Thinks: the laundrette is lost time, but there is no other way"],
            ["Does: loads several machines at once, leaves and returns late", "Feels: annoyed by the dryer queue, uneasy in an empty shop at night"],
            ["Pains: waiting for a dryer, not knowing when the cycle ends, no place to fold", "Gains: clean dry clothes in one trip, time for something else while it turns"]]]),
        "persona": dict(status="ok", retitle="Meet Karim", skip_cols=1, tables=[[
            [None, "Karim, 29, warehouse team leader, lives in a small flat in Roubaix"],
            [None, "works six to two on weekdays, no washing machine at home, no car"],
            [None, "get his laundry done in one trip and keep his Saturday for his daughter"],
            [None, "the dryers are always taken on Saturday, he never knows when his cycle ends"],
            [None, "comes on Saturday at 9 with two bags, leaves during the wash, often comes back late"],
            [None, "uses WhatsApp and his bank's app, would install an app only if it saves real time"],
            [None, "\"If I knew a dryer was free at three, I'd come straight from work.\""]]]),
        "user-insights": dict(status="ok", text=[
            "We clustered the observation notes and interview quotes on a wall over two afternoons and kept only "
            "the insights that at least two sources support."], tables=[[
            ["I1", "Customers cannot choose their day; they can choose their hour", "9 of 14 interviews; card data shows 31 % of weekday use after 5 pm", "interviews, data", "high", "booking may move hours, not days"],
            ["I2", "The dryer, not the washer, is where time is lost", "26 min average wait; dry-only customers", "observation, interviews", "high", "the app should start with dryers"],
            ["I3", "The wait is empty time nobody designed for", "customers leave and return late; one bench", "observation, interviews", "medium", "the place matters as much as the app"]]]),
        "pov-hmw": dict(status="ok", tables=[[
            ["I1", "a shift worker without a car", "to fit the laundrette into the end of his working day", "he cannot move his visit to another day", "How might we make the hour after work the easy time to come?"],
            ["I2", "a student who only comes to dry", "to know a dryer will be free when she arrives", "the dryer queue is the real wait", "How might we take the guessing out of drying?"],
            ["I3", "a parent with two children", "a visit that is not lost time", "the wait is spent on a plastic chair", "How might we make the 55 minutes of a cycle worth something?"]]]),
        "as-is-journey": dict(status="ok", skip_cols=1, tables=[[
            [None, "knows the nearest shop from the street", "rarely compares, goes to the closest", "pays by card at the terminal, sometimes fails", "loads, leaves, comes back", "calls the number on the wall", "returns every week out of habit"],
            [None, "shop front, word of mouth", "none", "payment terminal", "machines, bench, folding table", "phone line, notice board", "none"],
            [None, "resigned", "indifferent", "irritated when the card is refused", "bored, then rushed", "helpless", "loyal by default"],
            [None, "no sign of busy hours", "no information on free machines", "6 % of visits end in a refund", "dryer queue, no end-of-cycle alert", "nobody answers in the evening", "no reason to try another time"]]]),
        "insight-prioritisation": dict(status="ok", text=[
            "We scored each insight with Julien Desmet and the two employees we interviewed. The score is impact "
            "divided by effort; the dryer question comes first because it is both painful and cheap to improve."], tables=[[
            ["I2 dryer queue", "5", "2", "2.5", "Must", "biggest loss of time, can be eased with live status and dryer-only slots"],
            ["I1 after-work hour", "4", "3", "1.3", "Should", "the evening is the only realistic window; needs light and staff"],
            ["I3 empty waiting time", "3", "4", "0.8", "Could", "worth testing in one shop with wifi and a partner café"]]]),
        "strategic-stakes": dict(status="ok", retitle="What it means for Lavéo", text=[
            "Lavéo asked for a booking app to spread customers over the week. Our research says that most of them "
            "cannot move to another day, but many could move to another hour, and that what hurts most is the "
            "dryer, not the washer. This matters because the network's weekday afternoons will probably stay "
            "quiet whatever the app does; the early evening, on the other hand, is already growing.",
            "The first challenge for Lavéo is therefore to make the hour between 5 and 8 pm the easy time to come: "
            "live status of dryers on a phone, an alert when the cycle ends, and shops that feel safe after dark. "
            "A full reservation system is a larger and riskier project that we would test only after this.",
            "The second challenge concerns the shops themselves. If a visit is dead time, customers will always "
            "squeeze it into the Saturday rush. Lavéo owns nine places in dense neighbourhoods and uses none of them "
            "as more than a room full of machines. A pilot at Wazemmes with wifi, a folding corner and a partner "
            "café would show whether a better wait brings people at other times. The next phase of our project "
            "will explore both directions with customers."]),
        "appendices": dict(status="ok", text=[
            "The transcripts, the timed observation log and the card-data heat map are shared with Lavéo on the "
            "team's drive."]),
        "interview-guide": dict(status="missing"),
        "verbatims": dict(status="ok", tables=[[
            ["P3", "student, Wazemmes, dries only", "\"The washers, fine. The dryers, it's a lottery.\"", "drying", "I2"],
            ["P7", "care worker, 34, Épeule", "\"I don't mind the laundrette, I mind the waiting on a plastic chair.\"", "waiting", "I3"],
            ["P11", "warehouse worker, 29, Roubaix", "\"If I knew a dryer was free at three, I'd come straight from work.\"", "timing", "I1"]]]),
        "bibliography": dict(status="ok", text=[
            "Fédération française des laveries libre-service (2023). Baromètre de la laverie. Paris.",
            "Lavéo (2025). Card payment exports 2024-2025, internal data."]),
    },
)
