from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="skeleton",
    language="en",
    notes="""Held-out round 24 (h24_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: Navix Golfe runs the passenger ferries from Vannes and Port-Navalo to the islands of the Gulf
    of Morbihan and to Belle-Île; in summer, islanders and day visitors queue up to an hour at the ticket window
    and on the quay. The team proposes QuaiPass, a phone pass that books a boarding slot, drops luggage at the car
    park and gives islanders a priority lane. Guidance deleted. The ideation heading retyped "How nine people got to
    52 ideas", the chosen concept retyped "Our pick: QuaiPass", the usage scenario retyped "Mona's Saturday
    crossing" and the assumptions retyped "What could prove us wrong" (runs replaced, bookmarks lost). The
    innovation part holds a few lines only (thin); the target journey map deleted with its heading (missing).
    Mock-ups and storyboard inserted as pictures with captions; every table filled.""",
    cover={"project": "QuaiPass", "client": "Navix Golfe", "candidate": "Gaëlle Le Dantec",
           "team": "Gaëlle Le Dantec, Thomas Péron, Awa Diallo", "school": "Web School Factory"},
    sections={
        "insights-recap": dict(status="ok", text=[
            "Navix Golfe carried 1.4 million passengers in 2025, two thirds of them between June and September. Our "
            "research brief, built on 31 interviews and four days of observation on the quays, ended with three "
            "insights that everything below must answer."],
            tables=[[
                ["I1", "Islanders travelling to work or to the doctor wait behind day visitors in summer",
                 "How might we give islanders back a reliable crossing in July?", "Residents first, without a fight"],
                ["I2", "Visitors do not know if the next boat is full until they reach the window",
                 "How might we tell people before they leave the car park?", "Certainty before the queue"],
                ["I3", "Bags, bikes and pushchairs slow boarding by ten minutes per departure",
                 "How might we take luggage out of the boarding line?", "Hands free on the gangway"]]]),
        "ideation-method": dict(status="ok", retitle="How nine people got to 52 ideas", text=[
            "We held one workshop of half a day in the Navix office in Vannes, in October, with nine people: two "
            "ticket agents, a captain, the operations manager Yann Le Floch, two islanders from Arz and Belle-Île, a "
            "campsite owner who sends visitors to the boats every morning, and the three of us. We started from the "
            "three questions of the brief, one per table.",
            "Each table ran two rounds of crazy eights, then swapped questions, so that every participant worked on "
            "at least two insights. We finished with analogies: how do ski lifts, airports and theme parks handle a "
            "peak? That produced 52 ideas on sticky notes. We clustered them on the wall into nine families, and "
            "each participant had three votes. The five families with the most votes, including at least one for "
            "each insight, became the concept cards below."]),
        "concept-cards": dict(status="ok", tables=[[
            ["QuaiPass", "I1, I2, I3", "Book a boarding slot, drop your bags, skip the window",
             "visitors and islanders", "slot booking, bag drop, islander lane", "app, car park kiosk",
             "phone with a QR code"],
            ["Live Quay", "I2", "See in real time how full the next three boats are", "day visitors",
             "live counts from the turnstiles", "website, road signs", "sign on the ring road"],
            ["Island Card", "I1", "A resident card that always boards first", "islanders",
             "priority lane, reserved seats", "card, turnstile", "card and lane"],
            ["Bike Barge", "I3", "A separate boat at 8 am for bikes and bulky luggage", "cyclists, campers",
             "early cargo run", "quay, campsites", "small barge"],
            ["Shuttle Slots", "I2", "Free car park shuttle timed to each departure", "visitors with cars",
             "shuttle linked to timetable", "car park, app", "minibus"]]]),
        "concept-scoring": dict(status="ok", text=[
            "We agreed the weights with Yann Le Floch before any score: desirability 40 %, feasibility 30 %, "
            "viability 30 %. Desirability weighs most because the brief showed that the queues hurt the company's "
            "image with islanders, who vote on the public service contract. QuaiPass came first because it answers "
            "the three insights at once and reuses the ticketing system Navix renewed last year. The scores do not "
            "show that the Island Card is part of QuaiPass anyway, as its islander lane."],
            tables=[[
                ["QuaiPass", "5", "3", "4", "4.1", "chosen"],
                ["Live Quay", "4", "4", "3", "3.7", "kept inside QuaiPass"],
                ["Island Card", "4", "5", "2", "3.7", "merged into QuaiPass"],
                ["Bike Barge", "3", "2", "2", "2.4", "dropped"],
                ["Shuttle Slots", "3", "3", "2", "2.7", "dropped"]]]),
        "chosen-concept": dict(status="ok", retitle="Our pick: QuaiPass", text=[
            "QuaiPass is a boarding pass on the phone that carries a time. A visitor who wants to cross to "
            "Belle-Île on a July Saturday books a boarding slot the evening before, or on the morning itself from "
            "the campsite, and pays in the app. The slot tells them which boat they are on and when to be at the "
            "gangway, fifteen minutes before departure instead of an hour. If the boats of the morning are full, "
            "the app says so at once and offers the next one, so nobody drives to Quiberon for nothing.",
            "At the car park, a covered bag drop, run by two summer staff, takes suitcases, pushchairs and bikes "
            "against a label printed from the QR code. The bags travel in cages loaded by crane before the "
            "passengers board, and wait in the same cages on the island quay. On the gangway, passengers only show "
            "their phone at the turnstile; the ticket window stays open for those without a smartphone, but its "
            "queue is short because most visitors have booked.",
            "Islanders get their own lane. Their resident pass, already issued by the islands' councils, is "
            "linked to QuaiPass once, at the window or online; after that they board through a separate "
            "turnstile without booking, and twenty seats on every boat are held for them until five minutes "
            "before departure. This answers the first insight directly: the morning boat for work or for the "
            "doctor becomes reliable again, whatever the number of visitors.",
            "QuaiPass therefore answers the three insights together: certainty before the queue, hands free on "
            "the gangway and residents first. For Navix it also spreads visitors over the day, because the app "
            "can show the quieter departures with a small discount, and it gives the company, for the first time, "
            "a forecast of each boat's load the evening before, which the captains asked for."]),
        "innovation": dict(status="thin", text=[
            "No ferry company in the Gulf sells timed boarding today; Navix's competitors sell open tickets like "
            "Navix does. Timed slots exist in ski lifts and museums, not on island ferries in Brittany, and the "
            "bag drop at the car park is new for the whole coast."]),
        "visuals-mockups": dict(status="ok", text=[
            "We designed four screens in Figma in Navix's navy and yellow, with the font of their printed "
            "timetables, so that islanders recognise the company at a glance. The home screen shows the next three "
            "boats with a fill bar, the booking screen the slot and the price, the pass screen a large QR code "
            "that works without network on the quay, and the islander screen a single green button. Real names, "
            "real timetables of July 2026 and real prices were used; the kiosk at the car park was mocked up in "
            "cardboard and tested with six visitors."],
            image=["Next boats, fill bars", "Book the 10:15 slot", "Pass with QR code", "Islander lane: green"],
            caption="The four key screens of QuaiPass, from choosing a boat to the turnstile."),
        "usage-scenario": dict(status="ok", retitle="Mona's Saturday crossing", text=[
            "Mona, 34, is camping at Carnac with her partner and two children and wants a day on Belle-Île. On "
            "Friday evening, at the campsite, she opens QuaiPass: the 9:15 boat is already full, the 10:15 has "
            "room and costs two euros less. She books four places and two bikes and receives one pass.",
            "On Saturday at 9:40 the family parks at Quiberon. At the covered bag drop, a summer agent scans the "
            "pass and labels the two bikes and the beach bag; the children watch the crane load the cage. At "
            "10:00 they walk to the gangway, show the phone at the turnstile and sit down upstairs. Next to them, "
            "Joël, an islander of Le Palais, went through the green lane without booking, as every morning.",
            "At Le Palais the cage is waiting on the quay, bikes inside. In the evening the 18:30 boat is "
            "cancelled because of wind; Mona gets a message at 16:00 that moves her to 17:30 and keeps the bike "
            "places. She arrives back at the campsite at 19:15, without having queued once."],
            image=["Friday: 9:15 full, books 10:15", "Bag drop at the car park", "Turnstile, no window",
                   "Joël in the green lane", "Bikes wait on the island quay", "Wind: moved to 17:30"],
            caption="Storyboard: Mona's family day on Belle-Île, including the cancelled evening boat."),
        "target-journey": dict(status="missing"),
        "experience-value": dict(status="ok", skip_cols=1, text=[
            "For visitors the value is time and certainty: they no longer spend the first hour of their day in a "
            "queue without knowing if they will board. For islanders it is the return of a reliable morning boat. "
            "For Navix it is a smoother boarding, a forecast of each departure and a better relationship with the "
            "islands' councils. We will measure each line during a three-week test on the Quiberon – Le Palais "
            "line in July, comparing booked and unbooked passengers on the same departures."],
            tables=[[
                [None, "45 to 60 minutes from car park to seat", "under 20 minutes", "timed by observers"],
                [None, "window, queue, bags by hand, gangway", "scan, bag drop, gangway", "observation"],
                [None, "visitors rate the boarding 2.4 out of 5", "4 out of 5", "survey after the crossing"],
                [None, "islanders angry at summer crowds", "islanders board first, calmly",
                 "interviews with ten islanders"],
                [None, "departures leave 6 minutes late on average", "on time", "captains' log"]]]),
        "assumptions-to-test": dict(status="ok", retitle="What could prove us wrong", tables=[[
            ["Visitors will book the day before", "queues move to the app, no gain",
             "share of passengers booked in the test", "at least 60 %"],
            ["Bag drop keeps up at 10 am peaks", "queue at the car park instead of the quay",
             "time per bag on four peak mornings", "under 40 seconds"],
            ["Islanders accept linking their resident pass", "the green lane stays empty",
             "links made in June", "half of regular islanders"]]]),
    },
)
