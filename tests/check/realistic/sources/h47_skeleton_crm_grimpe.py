from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: Bloc Nord, three indoor bouldering gyms in Lille, Roubaix and Villeneuve-d'Ascq, wants
    members to stay longer and day-pass climbers to subscribe, using three years of check-in and membership data.
    Guidance deleted. Three headings retyped over their runs (bookmark lost): the objectives ("Goals for 2027"),
    the steering part ("Running it week to week") and the KPI table ("How we keep score"). The dashboard was
    deleted with its heading (missing). The consent sub-section was forgotten with our prompt still in it
    (placeholder). All other tables filled.""",
    cover={"project": "Stay on the wall – a CRM plan for Bloc Nord", "client": "Bloc Nord SAS",
           "candidate": "Yanis Dubreucq", "team": "Yanis Dubreucq, Camille Vandamme", "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", text=[
            "Bloc Nord opened its first gym in Lille-Fives in 2019, then Roubaix in 2021 and Villeneuve-d'Ascq in "
            "2023. Every visit goes through the turnstile app, so we could export 412,000 check-ins made between "
            "December 2023 and November 2026 by 21,300 climbers, and join them with the 5,800 monthly memberships "
            "and the 14,100 day-pass and ten-visit card buyers held in the booking tool (Resamania).",
            "The data shows three things. Day-pass climbers rarely become members: only 6 % of people who climb "
            "three times on day passes subscribe within the following two months, although after their fourth "
            "visit a membership would already be cheaper for them. Members leave early: 41 % of new memberships "
            "are cancelled before the sixth month, and the cancellations pile up in May and June, when people "
            "start climbing outdoors. Finally, members who join a course or a Thursday social session in their "
            "first month stay on average 14 months, against 7 for those who only climb alone.",
            "Today Bloc Nord sends one newsletter a month about new routes and events, to everyone, and nobody "
            "calls a member who stops coming. The founders, Sarah and Mehdi Ait-Kaci, want growth to come from "
            "keeping climbers rather than from more advertising, since the Roubaix gym is already full on "
            "weekday evenings.",
            "One limit: children's courses are booked by parents, so a family appears under one adult's account; "
            "we left them out of the figures on churn."]),
        "smart-objectives": dict(status="ok", retitle="Goals for 2027", tables=[[
            ["Turn regular day-pass climbers into members", "6 % subscribe after three visits",
             "subscribe before the fifth visit", "conversion within 60 days of the third visit", "6 %", "15 %",
             "Dec 2027"],
            ["Keep new members past month six", "41 % cancel before month six", "stay through the first summer",
             "six-month retention of new members", "59 %", "72 %", "Sep 2027"],
            ["Bring back silent members", "members stop coming without cancelling", "back on the wall within a month",
             "share of silent members with a visit in 30 days", "18 %", "35 %", "Jun 2027"]]]),
        "segmentation": dict(status="ok", text=[
            "We grouped climbers by how they pay, how often they come and how long they have been with us, "
            "rather than by age or gym, because those three facts explained almost all the differences in churn "
            "we found. Each segment got a name the reception staff could use at the desk without looking anything "
            "up.",
            "Five segments come out. Newcomers have climbed once or twice on a day pass. Regular drop-ins come "
            "every week or two but still pay per visit, often because nobody told them the maths. First-season "
            "members subscribed less than six months ago and are the most fragile. Core members have been with us "
            "for more than six months and bring most of the revenue. Silent members still pay but have not "
            "checked in for three weeks or more, a sign that a cancellation is coming.",
            "The priority segments are regular drop-ins and first-season members, where the gap between what "
            "they do and what would suit them is largest, and silent members, where we still have a few weeks "
            "to act."]),
        "segment-table": dict(status="ok", tables=[[
            ["Newcomers", "1-2 visits, day pass", "acquisition", "8,900", "7", "24 €", "low"],
            ["Regular drop-ins", "3+ visits in 60 days, no membership", "conversion", "2,600", "16", "190 €", "high"],
            ["First-season members", "member < 6 months", "onboarding", "1,700", "19", "310 €", "high"],
            ["Core members", "member > 6 months, weekly visits", "loyalty", "3,400", "52", "720 €", "medium"],
            ["Silent members", "member, no check-in for 21 days", "at risk", "700", "6", "260 €", "high"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, text=[
            "Each stage of a climber's life with us gets one lever and one message. We do not plan discounts: "
            "the gyms are full at peak hours, so the levers are about belonging and progress, which is what the "
            "data says keeps people. The heaviest effort goes to the first months of a membership, where we lose "
            "the most climbers."], tables=[[
            [None, "newcomers", "one visit and gone", "climb once with friends", "come back within two weeks",
             "free intro session to the wall and the grades", "you climbed your first 4a, come back for a 5"],
            [None, "first-season members", "early cancellations", "climb alone at random times",
             "join a course or a social evening", "invitation to the Thursday session in week two",
             "climbing is better with a crew"],
            [None, "core members", "summer drop", "stop in May for outdoor rock", "keep training indoors",
             "summer outdoor trips organised by the gym", "we take you to the cliffs"],
            [None, "silent members", "no check-in for three weeks", "pay but stay home", "one visit this month",
             "a message from their usual route setter", "new problems in your favourite sector"]]]),
        "action-plan": dict(status="ok", text=[
            "Four actions, each tied to one objective, each with a single owner among the two of us and the gym "
            "managers. Budgets are small because most of the work is the staff's time and messages we already "
            "know how to send."], tables=[[
            ["Fourth-visit nudge", "regular drop-ins", "conversion", "app push + desk", "your next visit pays for a month",
             "Camille", "Feb 2027", "600 €", "conversion at 60 days"],
            ["Crew welcome", "first-season members", "retention", "email + Thursday session", "meet your crew",
             "gym managers", "Mar 2027", "2,400 €", "six-month retention"],
            ["Route-setter message", "silent members", "reactivation", "SMS", "new problems in your sector",
             "Yanis", "Mar 2027", "300 €", "visits within 30 days"],
            ["Summer cliff trips", "core members", "retention", "email + posters", "we take you outdoors",
             "Mehdi", "May 2027", "5,800 €", "summer cancellations"]]]),
        "calendar": dict(status="ok", text=[
            "Month one is January 2027. Nothing starts in December, when the gyms run their competition, and the "
            "cliff trips wait for the spring weather."], tables=[[
            ["Fourth-visit nudge", "app push + desk", "Camille", "set up and test", "live", "live",
             "review", "live", "live"],
            ["Crew welcome", "email + Thursday session", "managers", "—", "first cohort", "second cohort",
             "third cohort", "review", "fourth cohort"],
            ["Route-setter message", "SMS", "Yanis", "—", "pilot in Lille", "all gyms", "all gyms", "all gyms", "review"],
            ["Summer cliff trips", "email + posters", "Mehdi", "—", "—", "book guides", "announce", "first trips",
             "weekly trips"]]]),
        "steering-tools": dict(status="ok", retitle="Running it week to week", text=[
            "We keep the tools the gyms already have. Resamania holds memberships and bookings, the turnstile app "
            "records every check-in, and Brevo already sends the newsletter. A nightly export from Resamania and "
            "the turnstile app feeds a small Google Sheet that computes each climber's segment, and Brevo reads "
            "that sheet to update its lists. No new licence is needed, which matters to the founders.",
            "The workflows live in Brevo: the fourth-visit push, the crew welcome emails and the SMS to silent "
            "members. Camille owns the segment rules and the weekly report; Yanis owns the workflows; each gym "
            "manager sees a short list every Monday of the silent members in their gym, so that the desk can say "
            "hello when they come back.",
            "Steering is a thirty-minute meeting on Tuesday mornings, every two weeks, with the founders and the "
            "three managers, in front of a one-page report: the three objectives against their targets, the "
            "number of messages sent, the unsubscribes and the complaints. An action that misses its target two "
            "meetings in a row is changed or stopped, and the decision is written in the same sheet so that "
            "nobody has to remember it.",
            "This set-up is deliberately simple: the managers have no time for a full CRM, and a sheet they can "
            "open on their phone is used more than a dashboard they never log into."]),
        "consent": dict(status="placeholder"),
        "kpi-table": dict(status="ok", retitle="How we keep score", text=[
            "One indicator per objective, plus the unsubscribe rate, which we read as an alarm that the gyms "
            "are sending too much."], tables=[[
            ["Day-pass conversion", "members from drop-ins", "new members among regular drop-ins ÷ regular drop-ins",
             "Resamania", "monthly", "15 %", "below 9 %", "Camille", "change the desk script"],
            ["Six-month retention", "keep new members", "members still active at month six ÷ joiners",
             "Resamania", "monthly", "72 %", "below 62 %", "managers", "call every cancelling member"],
            ["Silent member return", "bring back silent members", "silent members with a check-in in 30 days",
             "turnstile app", "fortnightly", "35 %", "below 20 %", "Yanis", "rewrite the SMS"]]]),
        "kpi-dashboard": dict(status="missing"),
        "brand-fit-value": dict(status="ok", text=[
            "Bloc Nord sells itself as a neighbourhood place where people climb together, not a fitness chain. "
            "Every action in this plan was read against that: no countdown offers, no automated emails signed by "
            "a brand account. The messages come from people the climbers know, the route setters and the desk "
            "staff, and the levers are courses, evenings and trips rather than price cuts. Sarah rejected one "
            "idea of ours, a points system, because it felt like a supermarket card.",
            "The value is measurable. Moving six-month retention from 59 % to 72 % keeps about 220 more members "
            "each year at 49 € a month; converting 15 % of regular drop-ins instead of 6 % adds about 230 members. "
            "Bringing back silent members protects revenue that would otherwise leave a few weeks later. The cost "
            "is mostly the staff's time and the summer trips, which partly pay for themselves since climbers pay "
            "for the guide. Because the gyms are full at peak hours, keeping members also smooths attendance, "
            "since the crew sessions take place at quieter times.",
            "Beyond revenue, the plan gives the founders something they miss: knowing each week who is drifting "
            "away, while there is still time to say hello. The managers also get a reason to talk to members "
            "beyond selling them a course, which is how the first gym grew in the first place, by word of mouth "
            "between climbers who knew each other."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "€61,000", "€118,000", "€131,000"],
            [None, "€24,000", "€38,000", "€41,000"],
            [None, "€9,100", "€8,200", "€8,400"],
            [None, "€0", "€0", "€0"],
            [None, "€14,500", "€14,500", "€15,000"],
            [None, "€61,400", "€133,300", "€148,600"],
            [None, "260 %", "588 %", "634 %"]]]),
    },
)
