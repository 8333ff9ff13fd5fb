from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="skeleton",
    language="en",
    notes="""Held-out round 21 (h21_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: the nine public swimming pools of a metropolitan area (Aquamétro) want fewer frustrated
    swimmers at peak hours; the team proposes LaneLive, live lane occupancy on the pools' site and screens plus
    bookable lane slots for regular swimmers. Guidance deleted. Headings retyped by replacing their runs: the
    ideation "How we got to 64 ideas" and the chosen concept "Our pick: LaneLive" (bookmarks lost); the experience
    value "What swimmers and the pools gain" keeping its bookmark. The target journey deleted with its heading
    (missing); the innovation sub-section still our prompt (placeholder); tables filled; the mock-ups and the
    storyboard inserted as pictures with captions.""",
    cover={"project": "LaneLive", "client": "Aquamétro", "candidate": "Jade Vermeulen",
           "team": "Jade Vermeulen, Hugo Dumortier, Inès Benali", "school": "Web School Factory"},
    sections={
        "insights-recap": dict(status="ok", text=[
            "Aquamétro asked us to understand why its pools get poor reviews at lunchtime and after work, although "
            "attendance is stable. Our research brief kept three insights, which every concept below must answer."],
            tables=[[
                ["I1", "Regular lap swimmers give up when they find the lanes packed, after travelling for nothing",
                 "How might we let swimmers know before they leave home?", "Tell before they come"],
                ["I2", "Slow and fast swimmers share lanes and both feel in the way",
                 "How might we match swimmers to the right lane?", "Sort by pace, not by rule"],
                ["I3", "Lifeguards spend peak hours answering the same questions at the desk",
                 "How might we free staff from repeated questions?", "Information without a queue"]]]),
        "ideation-method": dict(status="ok", retitle="How we got to 64 ideas", text=[
            "We ran two workshops in October at the Roubaix pool, in the meeting room above the main basin. The "
            "first gathered the three of us, two lifeguards, the pool manager and four regular swimmers we had met "
            "during the interviews. After a warm-up on the three insights, everyone did a round of Crazy 8s on each "
            "how-might-we question, then we used analogies: how do ski resorts show queue times at lifts, how do "
            "car parks display free spaces, how does a climbing gym split its walls by level.",
            "The first session produced 64 ideas on sticky notes. We clustered them on the wall into nine families "
            "(live information, booking, lane signage, staff tools, pricing...) and each participant voted with "
            "three dots. The second workshop, with Aquamétro's digital officer, turned the five most voted families "
            "into concepts and checked that each one answered at least one insight."]),
        "concept-cards": dict(status="ok", tables=[[
            ["LaneLive", "I1, I2", "See how busy each lane is before you go, and book a lane slot if you swim "
             "regularly", "regular lap swimmers", "live occupancy, lane booking, pace labels",
             "website, app, screen at the entrance", "phone showing nine pools in green, orange, red"],
            ["PaceBand", "I2", "A coloured wristband by swimming pace, lanes coloured to match", "all swimmers",
             "three colours, lane signs", "reception, lane ropes", "wrist with a blue band"],
            ["AskPool", "I3", "A chatbot answering opening hours, closures and prices", "occasional visitors",
             "FAQ, closure alerts", "website, WhatsApp", "chat bubble"],
            ["Quiet Hours", "I1", "Two weekly slots with capped entries for training swimmers", "club and "
             "regular swimmers", "capped entries, online ticket", "website, reception", "clock over a lane"]]]),
        "concept-scoring": dict(status="ok", text=[
            "We agreed the weights with the pool manager before scoring: desirability 40 %, feasibility 30 %, "
            "viability 30 %, since the pools are a public service that must first please swimmers. LaneLive came "
            "first because it answers two insights and reuses the turnstile counters the pools already have. "
            "PaceBand scored well with swimmers but depends on lifeguards enforcing colours, which they refused."],
            tables=[[
                ["LaneLive", "5", "4", "4", "4.4", "chosen"],
                ["PaceBand", "4", "3", "4", "3.7", "kept as a later add-on"],
                ["AskPool", "3", "5", "3", "3.6", "dropped"],
                ["Quiet Hours", "3", "4", "2", "3.0", "dropped"]]]),
        "chosen-concept": dict(status="ok", retitle="Our pick: LaneLive", text=[
            "LaneLive tells a swimmer, before leaving home, how crowded each pool and each lane is right now, and "
            "lets regular swimmers book a 45-minute lane slot at peak hours. It is made for people like Karim, the "
            "persona from our research brief: 38, swims three times a week at lunchtime, and has turned back twice "
            "this month in front of a full basin.",
            "The swimmer opens the Aquamétro website or app and sees the nine pools on a map, each coloured green, "
            "orange or red from the turnstile counts of the last ten minutes. Tapping a pool shows its lanes, each "
            "labelled by pace (easy, steady, fast) and by how many people are in it, which lifeguards update with "
            "two taps on a tablet at the poolside. Between 12:00 and 14:00 and after 18:00, two lanes per pool can "
            "be booked in 45-minute slots, free for subscribers, with a QR code to show at the turnstile. A screen "
            "at each entrance shows the same lane view, so people choose their lane before they get changed.",
            "LaneLive answers I1 by telling swimmers before they travel, I2 by labelling lanes by pace and letting "
            "fast swimmers book their own space, and part of I3, since the most frequent desk question is whether "
            "there is room. It needs no new hardware except one tablet and one screen per pool: the counting already "
            "exists. If a booked swimmer does not show up after ten minutes, the lane returns to open swimming and "
            "the next person on the waiting list gets a notification, so no lane stays empty while people wait at "
            "the edge. Occasional swimmers, who never book, still benefit from the map and the entrance screen."]),
        "innovation": dict(status="placeholder"),
        "visuals-mockups": dict(status="ok", text=[
            "We designed the screens in Figma with Aquamétro's own colours (deep blue and turquoise) and its Marianne "
            "font, as the metropolitan area requires. The three key screens are the map of the nine pools, the lane "
            "view of one pool and the booking confirmation with its QR code. We tested them with six swimmers at "
            "Roubaix: all understood the colours without help, but two missed the pace labels, which we made larger. The entrance screen reuses the lane view in landscape."],
            image=["Map of nine pools", "Lane view: pace and count", "Book a 45-min slot", "QR code at the turnstile"],
            caption="Mock-ups of the three key screens and the entrance screen, in Aquamétro's colours."),
        "usage-scenario": dict(status="ok", text=[
            "Tuesday, 11:40. Karim is at his desk in Lille and wants to swim at lunchtime. Last week he went to the "
            "Marcq pool and turned back: every lane was full. This time he opens LaneLive on his phone. Marcq is red, "
            "but Wattrelos, eight minutes further by metro, is orange, and its fast lane has only three swimmers.",
            "He books the 12:30 slot in the fast lane of Wattrelos; the app gives him a QR code. At the entrance "
            "he scans it at the turnstile, glances at the screen that confirms lane 5, and gets changed without "
            "queuing at the desk. He swims his forty lengths without being overtaken or having to overtake anyone.",
            "At 13:10, the lifeguard marks lane 5 as open swimming again. That evening Karim gets a short question: "
            "was your lane as shown? He taps yes. On Thursday, his slot is cancelled because of a school gala: the "
            "app tells him at 9:00 and suggests the same slot at Roubaix, which he takes."],
            image=["Desk, 11:40: is there room?", "Map: Wattrelos orange", "Books lane 5",
                   "Scan at turnstile", "Forty lengths", "Thursday: slot moved"],
            caption="Storyboard: Karim's Tuesday swim, and the cancelled Thursday."),
        "target-journey": dict(status="missing"),
        "experience-value": dict(status="ok", retitle="What swimmers and the pools gain", keep_bookmark=True,
                                 skip_cols=1, text=[
            "For swimmers, the gain is mostly time and calm: no wasted trip, no slalom in the lane. For Aquamétro, "
            "it is a better spread of visits between pools and fewer questions at the desk. We will measure "
            "everything during a six-week test in two pools, against two pools without LaneLive, from January to "
            "mid-February, when lunchtime crowds are at their highest."],
            tables=[[
                [None, "a wasted trip about once a month", "no wasted trip", "survey of 100 regular swimmers"],
                [None, "queue at desk, then search for a lane", "scan and go to the lane shown", "observation at peak"],
                [None, "swimmers rate the lane crowding 2 out of 5", "4 out of 5", "rating after each booked slot"],
                [None, "frustration, overtaking", "calm, right pace", "Google rating of the two test pools"],
                [None, "38 % of visits in the two busiest pools", "30 %", "turnstile counts per pool"]]]),
        "assumptions-to-test": dict(status="ok", tables=[[
            ["Lifeguards keep the lane counts up to date", "the lane view becomes wrong, swimmers lose trust",
             "two-week test in Roubaix with the tablet", "counts updated at least every 15 minutes"],
            ["Regular swimmers accept moving to another pool", "the load does not spread", "track bookings made in "
             "a pool other than the usual one", "at least 20 % of bookings"],
            ["Booked slots are used", "empty lanes while people wait", "no-show rate in the test", "under 10 %"]]]),
    },
)
