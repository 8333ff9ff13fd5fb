from _common import *

DOC = dict(
    deliverable="research-brief",
    path="skeleton",
    language="en",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: Ondea, the public company running eleven swimming pools around Lille, asks for an online
    booking system after the pools went to time slots; the team studies how swimmers actually plan a swim. Guidance
    deleted. The client brief retyped "What Ondea asked, and what we heard", the interviews retyped "Fourteen
    swimmers, in their own words" and the strategic challenges retyped "Why this matters for Ondea" (runs replaced,
    bookmarks lost); the persona retyped "Meet Karima" keeping its bookmark; the bibliographic research is three
    sentences (thin); the bibliography deleted with its heading (missing); every table filled.""",
    cover={"project": "A swim without the queue", "client": "Ondea", "candidate": "Maëlle Vandamme",
           "team": "Maëlle Vandamme, Hugo Lefebvre, Anissa Kaci", "school": "Web School Factory"},
    sections={
        "client-brief": dict(status="ok", retitle="What Ondea asked, and what we heard", text=[
            "Ondea is the public company that runs the eleven swimming pools of the Lille metropolitan area on behalf "
            "of the councils. It welcomed 2.3 million swims in 2025, from school classes and clubs to early-morning "
            "lap swimmers and families on Sunday. Since the energy crisis, the pools have reduced their opening "
            "hours and, in 2024, introduced time slots of ninety minutes for the public sessions, sold at the "
            "desk. Queues at the entrance now reach half an hour on Wednesday afternoons and weekends, and some "
            "swimmers are turned away when a slot is full. The general manager, Frédéric Delattre, asked us to "
            "design an online booking service so that people could reserve their slot from their phone.",
            "During the kick-off meeting, two things surprised us. The desk staff told us that many people in the "
            "queue do not want a slot at all: they come to buy a card, ask about swimming lessons or renew a "
            "reduced-rate pass. And the pools in the poorer districts of Roubaix and Tourcoing are half empty while "
            "those in the centre are full. We proposed to look at the whole path from the wish to swim to the "
            "changing room, for regular and occasional swimmers, before deciding what should be booked online. "
            "Ondea agreed, provided we present our findings to its board in March."]),
        "brief-reframing": dict(status="ok", tables=[[
            ["Put slot booking online", "thirty-minute queues at the desk on weekends", "How might swimmers know before leaving home whether they will get in?", "keep the pools open to people without a smartphone"],
            ["Cut the queue at the entrance", "half the queue is not there to swim", "Why does every request, even a simple one, go through the desk?", "free desk staff for safety and lessons"],
            ["Fill the slots better", "central pools full, district pools half empty", "How might we make the pool next door the obvious choice?", "the councils' public-service goals"]]]),
        "research-questions": dict(status="ok", text=[
            "We set ourselves four questions. How do regular and occasional swimmers decide when and where to swim, "
            "and how far in advance? What happens at the entrance, and which of those requests could be dealt with "
            "elsewhere? Why do people travel to the central pools when there is a free lane near their home? And "
            "who would lose out if booking moved online, and how could they keep their access? Each question "
            "comes with a guess we wanted to test, such as the idea that families decide on the morning itself."]),
        "method-sample": dict(status="ok", text=[
            "Our study ran for five weeks in October and November. We watched the entrance of four pools chosen to "
            "be different: two busy central pools, one in Roubaix and one in a small town. We interviewed swimmers "
            "at the pool and by phone, and we read the booking and attendance data that Ondea exported for us for "
            "the whole of 2025.",
            "We spoke to fourteen people: five lap swimmers who come at least once a week, four parents who bring "
            "their children, three older swimmers on the reduced rate and two students. We recruited them in the "
            "queue, through the clubs and through a notice in the changing rooms. The sample is small and leans "
            "towards people who already swim; we did not reach people who gave up swimming, which we flag as a "
            "limit."]),
        "research-activities": dict(status="ok", tables=[[
            ["Observation at the entrance", "see what people ask and how long it takes", "about 420 visitors over 8 sessions", "4 pools, Oct.-Nov.", "none, public area", "timings, notes, sketches of the hall"],
            ["Interviews", "understand how a swim is planned", "14 swimmers of four profiles", "at the pool and by phone", "queue, clubs, changing-room notice", "recordings and summaries"],
            ["Data review", "compare pools and time slots", "all 2025 entries", "Ondea office", "Ondea's IT team", "charts of attendance per slot"]]]),
        "findings": dict(status="ok", text=[
            "Three things stand out across the methods. The queue is not one queue but four, mixed together: slot "
            "buyers, card renewals, questions about lessons and complaints. Regular swimmers plan their week, "
            "families decide on the day, and both distrust any system that could leave them outside. And the "
            "choice of pool is a habit that nobody questions, even when another pool is closer and emptier. The "
            "sections below give the detail of each method, with the numbers and the quotes that support each of these "
            "three points, method by method."]),
        "observation": dict(status="ok", text=[
            "We timed 420 visitors at the entrance of four pools. At the central pool of Lille-Sud on a Wednesday "
            "afternoon, the median wait was 24 minutes, but the sale of a slot itself took less than a minute. "
            "What took time were the other requests: renewing a reduced-rate card needs a proof of income that "
            "the agent photocopies, and questions about swimming lessons lead to long explanations because the "
            "waiting lists are kept on paper. We counted that 46 % of the people in the queue did not buy a "
            "slot at all. In Roubaix, the hall was calm, the pool half empty, and several swimmers told the agent "
            "they had come from Lille because they had been turned away there the week before. We also noticed "
            "that the display showing the remaining places is switched off in three of the four pools."]),
        "interviews": dict(status="ok", retitle="Fourteen swimmers, in their own words", text=[
            "The lap swimmers were the most organised and the most frustrated. They come before work or at lunch, "
            "always at the same time, and lose their slot when a school group or a club takes the pool without "
            "warning. \"I don't need to book, I need to know whether my lane still exists on Tuesday\", said "
            "Olivier, 44. They would all book online, but only if they can cancel without penalty.",
            "The parents decide on the morning, depending on the weather and on the children's mood. For them, "
            "booking a day in advance makes no sense; what they want is to know, before they put the children in "
            "the car, whether there is still room. Two mothers said they had driven to a full pool and gone home "
            "with crying children.",
            "The older swimmers on the reduced rate worried that online booking would be the end of their swim. "
            "Two do not use a smartphone, and one said she comes for the chat with the desk agent as much as for "
            "the water. The students, on the contrary, asked why they cannot simply show a code on their phone."]),
        "desk-research": dict(status="thin", text=[
            "We read the 2023 report of the national federation of pool operators on time slots, and two articles "
            "on the booking systems tested in Rennes and Strasbourg. Both cities kept a share of places for "
            "people who come without booking."]),
        "empathy-map": dict(status="ok", tables=[[
            ["Says: \"I just want to know if there is room before I leave\"", "Thinks: the system is made for people who plan, not for families"],
            ["Does: checks the clock, drives to the central pool out of habit, queues with the children", "Feels: stressed in the queue, let down when turned away"],
            ["Pains: no live information, paper waiting lists, a card renewal that takes a whole morning", "Gains: a sure place, a shorter hall, a pool closer to home"]]]),
        "persona": dict(status="ok", retitle="Meet Karima", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "Karima, 37, care assistant, two children aged 6 and 9, lives in Lille-Sud"],
            [None, "works shifts, so her free afternoons change every week"],
            [None, "give the children a swim on her day off without wasting it in a queue"],
            [None, "arrives to find the slot full; never knows in advance"],
            [None, "decides on the morning, goes to the pool she has always gone to"],
            [None, "WhatsApp, Facebook groups of the neighbourhood, rarely installs apps"],
            [None, "\"If I'd known it was full, I'd have gone to the park.\""]]]),
        "user-insights": dict(status="ok", text=[
            "We wrote every observation and quote on a sticky note and sorted them as a team in two sessions. We "
            "kept only the groups that appeared in at least two methods, and we wrote each one from the swimmer's "
            "point of view."], tables=[[
            ["I1", "Swimmers need to know there is room more than they need to book", "11 of 14 interviews; display off in 3 pools", "interviews, observation", "high", "booking online is a means, not the goal"],
            ["I2", "Half the queue is there for paperwork, not for a swim", "46 % of visitors buy no slot", "observation, data", "high", "the queue can be cut without any booking at all"],
            ["I3", "The choice of pool is a habit", "central pools full, Roubaix half empty", "data, interviews", "medium", "filling the slots depends on the district pools"]]]),
        "pov-hmw": dict(status="ok", tables=[[
            ["I1", "a parent deciding on the day", "to know there is room before leaving home", "a full pool means a wasted afternoon", "How might we tell families in real time whether they will get in?"],
            ["I2", "an older swimmer renewing a card", "to keep the reduced rate without a lost morning", "every proof goes through the desk", "How might we take paperwork out of the queue?"],
            ["I3", "a lap swimmer in a full central pool", "a reliable lane at a set time", "the nearest pool is never considered", "How might we make the pool next door feel like a good plan?"]]]),
        "as-is-journey": dict(status="ok", skip_cols=1, tables=[[
            [None, "hears of the pool from school or neighbours", "checks opening hours on the website", "pays at the desk for a slot", "swims, changes", "asks the desk about lessons or cards", "comes back, or gives up"],
            [None, "word of mouth, flyers", "website, phone", "desk, cash or card", "pool, changing rooms", "desk, paper lists", "none"],
            [None, "curious", "unsure", "impatient", "happy in the water", "annoyed", "loyal or discouraged"],
            [None, "no sign of which pool is quiet", "no live information", "queue of 24 minutes", "lanes taken by clubs", "paper waiting lists", "turned away once, not again"]]]),
        "insight-prioritisation": dict(status="ok", text=[
            "We scored the insights with the head of operations and two desk agents, weighing the benefit for "
            "swimmers against the work for Ondea. Live information on free places comes first: it helps every "
            "profile and mostly means switching the displays back on and publishing the count online. Paperwork "
            "comes next, because it alone would halve the queue."], tables=[[
            ["I1 room before leaving home", "5", "2", "9", "Must", "live count online and on the displays"],
            ["I2 paperwork in the queue", "4", "2", "8", "Must", "card renewal online or by post"],
            ["I3 the pool next door", "3", "3", "6", "Should", "needs the councils and the clubs"]]]),
        "strategic-stakes": dict(status="ok", retitle="Why this matters for Ondea", text=[
            "Ondea asked for an online booking system. What we found is that booking is the answer to a question "
            "swimmers rarely ask. They ask whether there is room, and whether they can avoid a morning at the desk "
            "for a card.",
            "The first challenge for Ondea is therefore information, not sales: publishing the number of free "
            "places in each pool in real time, on the website, on the displays and by text message for those who "
            "want it. This is cheap, it serves families who will never book a day ahead, and it sends people to the "
            "district pools without forcing them.",
            "The second challenge is the desk itself. Taking card renewals and lesson waiting lists out of the "
            "queue would free the agents for what they do best, welcoming people and keeping the pools safe, and it "
            "would shorten the wait without any booking at all.",
            "Booking then has a place, for lap swimmers who plan their week, as long as a share of places always "
            "stays open at the door for the older swimmers and everyone without a phone. That balance is a "
            "public-service choice for the board, and it is the one we will ask it to make in March."]),
        "appendices": dict(status="ok", text=[
            "Below are the guide we used for every interview and a few quotes we kept."]),
        "interview-guide": dict(status="ok", skip_cols=1, tables=[[
            [None, "present the study, ask to record, say it takes 20 minutes", "consent given orally", "2 min"],
            [None, "how often do you swim, which pools", "", "3 min"],
            [None, "how do you choose the day, the time and the pool", "ask about the last week", "5 min"],
            [None, "tell me about your last visit, from home to the water", "timings", "5 min"],
            [None, "what goes wrong, and what do you do then", "probe on full slots", "3 min"],
            [None, "what would make it easy", "", "2 min"],
            [None, "anything else, thanks", "", "1 min"]]]),
        "verbatims": dict(status="ok", tables=[[
            ["Olivier", "44, lap swimmer, Lille", "I don't need to book, I need to know whether my lane still exists on Tuesday", "reliability", "I1"],
            ["Josiane", "71, reduced rate, Roubaix", "I come for the chat at the desk as much as for the water", "access", "I2"],
            ["Karima", "37, mother of two, Lille-Sud", "If I'd known it was full, I'd have gone to the park", "information", "I1"]]]),
        "bibliography": dict(status="missing"),
    },
)
