from _common import *

DOC = dict(
    deliverable="research-brief",
    path="skeleton",
    language="en",
    notes="""Held-out round 10 (h10_), written and labelled on 2026-12-01 before any run of check. Started from our
    skeleton, English: a ferry company serving two islands off Brittany asks for a booking app; the team studies
    how islanders and visitors really travel. Guidance deleted. The client brief retyped "What Iroise asked us,
    and what it needs", the interviews retyped "Twelve conversations on the quay" and the prioritisation retyped
    "What to tackle first" (runs replaced, bookmarks lost); the persona retyped "Meet Gwen" keeping its bookmark;
    the findings overview is two sentences (thin); the bibliographic research deleted (missing); the bibliography
    still our prompt; every table filled.""",
    cover={"project": "Crossing made simple", "client": "Iroise Ferries", "candidate": "Nolwenn Le Bihan",
           "team": "Nolwenn Le Bihan, Arthur Pichon, Sofia Benamar", "school": "Web School Factory"},
    sections={
        "client-brief": dict(status="ok", retitle="What Iroise asked us, and what it needs", text=[
            "Iroise Ferries runs four boats between the mainland ports of Brest and Le Conquet and the islands of "
            "Ouessant and Molène. It carried 412,000 passengers in 2025: about 900 islanders who cross several "
            "times a month for hospital visits, shopping or paperwork, some 60,000 workers and second-home "
            "owners, and above all day visitors between May and September. Bookings arrive through an old "
            "website, by phone and at the ticket office on the quay, which still sells a third of all tickets on "
            "the morning of departure. The company asked us to design a mobile app for booking and boarding, "
            "because the regional council, which funds the public service, wants fewer queues on the quay and "
            "better data on who travels.",
            "In our first meeting we learned that the ticket office is only part of the problem. Crossings are "
            "cancelled or moved about thirty days a year because of the weather, and every cancellation means "
            "hundreds of phone calls and islanders who miss a medical appointment on the mainland. Summer "
            "boats leave full while the spring ones sail half empty. We therefore proposed to study the whole "
            "crossing, from the decision to travel to the arrival on the island, for both islanders and "
            "visitors, before deciding what an app should do. The director, Anne-Laure Quéméner, agreed on 2 "
            "October, on the condition that we bring concrete proposals to the council's transport committee "
            "in February."]),
        "brief-reframing": dict(status="ok", tables=[[
            ["Build a booking and boarding app", "queues of 40 minutes on the quay in July", "How might the crossing start before people reach the quay?", "keep the council's public-service contract, renewed in 2028"],
            ["Sell more tickets online", "a third of tickets still sold at the counter", "Why do people wait until the last moment to buy?", "plan crews and fuel with real figures"],
            ["Reduce calls when a boat is cancelled", "switchboard saturated on storm days", "How might islanders keep their plans when the sea decides?", "the company's image on the islands"]]]),
        "research-questions": dict(status="ok", text=[
            "We kept four questions. Why do so many visitors buy their ticket on the quay, and what do they gain "
            "by waiting? Our hunch was that they watch the weather forecast. How do islanders organise a trip to "
            "the mainland, and what happens to their plans when a crossing is cancelled? We expected that they "
            "rely on neighbours and the radio more than on the company. What makes the wait on the quay "
            "unpleasant, apart from its length? And what would each group accept to do in advance, on a phone or "
            "elsewhere, if it saved them time?"]),
        "method-sample": dict(status="ok", text=[
            "We combined observation, interviews and a short diary study over six weeks in October and November, "
            "which is the low season; to see the summer crowds we also used the company's queue videos from "
            "August and the complaints received since 2023. We spent five mornings on the quays of Le Conquet "
            "and Brest and two days on Ouessant, including a cancelled crossing on 6 November, which taught us "
            "more than any interview.",
            "We interviewed twelve people: six islanders of different ages, three second-home owners and three "
            "summer visitors reached by phone through the company's customer file. Four islanders also kept a "
            "diary of their trips for three weeks on a shared notebook and voice messages. The islanders were "
            "found through the town hall of Ouessant and the island's shop; every participant received two free "
            "crossings. The sample leaves out business travellers and school groups, which the company said it "
            "would study later."]),
        "research-activities": dict(status="ok", tables=[[
            ["Observation on the quays", "see how people queue, buy and board", "about 300 passengers over 5 mornings", "Le Conquet and Brest, Oct.-Nov.", "none, public quay", "field notes, photos, timings"],
            ["Interviews", "understand how trips are planned", "6 islanders, 3 second-home owners, 3 visitors", "Ouessant, by phone", "town hall, shop, customer file", "recordings, summaries"],
            ["Diary study", "follow real trips over three weeks", "4 islanders aged 34 to 71", "Ouessant", "interviewees", "notebook, voice messages"]]]),
        "findings": dict(status="thin", text=[
            "The queue is a symptom: people buy late because they do not trust the crossing to happen. Islanders "
            "have built their own information network, and the company is not part of it."]),
        "observation": dict(status="ok", text=[
            "On the quay of Le Conquet, the ticket office opens forty minutes before the first boat, and the "
            "queue starts before it opens. On our five mornings, more than half of the people in line already "
            "had a return ticket and were only waiting to ask whether the boat would sail. The answer is written "
            "on a whiteboard behind the counter, which nobody outside can read. Staff spent most of their time "
            "repeating the same sentence about the swell.",
            "The day of the cancelled crossing on Ouessant was striking. The decision was taken at 6:15, but the "
            "website changed only at 7:40. By then the islanders waiting at the harbour already knew: the "
            "harbour master had told the baker, who told everyone. Two elderly passengers with a hospital "
            "appointment in Brest were rebooked by phone by a neighbour, not by the company. Nobody asked for a "
            "refund on the spot; they all asked when the next boat would leave."]),
        "interviews": dict(status="ok", retitle="Twelve conversations on the quay", text=[
            "The islanders spoke first about uncertainty. \"I never book a hospital appointment before checking "
            "the tide tables and the forecast for the whole week\", said Maryvonne, 71. All six plan a day of "
            "margin for any important trip, and four of them keep a bag ready at a relative's in Brest in case "
            "they are stuck on the mainland. They do not blame the company for the weather, but for learning "
            "late and from others.",
            "The second-home owners and visitors talked about buying. They wait to buy because a ticket bought "
            "online is refunded only as a voucher when the boat does not sail, while at the counter they can "
            "decide at the last minute. Two visitors said they would gladly book in advance if a cancellation "
            "were refunded automatically.",
            "Everyone, finally, described the quay as a place without information: no screen, no announcement, "
            "a queue where one cannot tell who is buying and who is asking. Eleven of twelve people carry a "
            "smartphone, but the three oldest islanders prefer a text message to an app, and one has no "
            "mobile signal at home."]),
        "desk-research": dict(status="missing"),
        "empathy-map": dict(status="ok", tables=[[
            ["Says: \"I'll buy my ticket when I'm sure the boat leaves\"", "Thinks: the company always knows before we do"],
            ["Does: checks the forecast, calls a neighbour, queues to ask a question", "Feels: anxious before an appointment, powerless on storm days"],
            ["Pains: late information, vouchers instead of refunds, no news on the quay", "Gains: knowing early, a plan B ready, a boarding without a queue"]]]),
        "persona": dict(status="ok", retitle="Meet Gwen", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "Gwen, 58, nurse's aide, lives on Ouessant"],
            [None, "crosses twice a month for her mother's treatment in Brest"],
            [None, "arrive on time for the appointment and come home the same evening"],
            [None, "learns of cancellations from the baker, not from the company"],
            [None, "books only after the Monday forecast, keeps a bag at her sister's"],
            [None, "uses text messages and Facebook, rarely installs apps"],
            [None, "\"Tell me early, even if it's bad news, and I'll sort myself out.\""]]]),
        "user-insights": dict(status="ok", text=[
            "We wrote each observation, quote and diary entry on a card and grouped them on the wall of our "
            "classroom with the whole team. We kept only the groups supported by at least two methods and "
            "rewrote each as a sentence about the traveller, not about the company."], tables=[[
            ["I1", "People buy late because the refund rules punish early buyers", "8 of 12 interviews; counter sales", "interviews, observation", "high", "selling online depends on refunds, not on an app"],
            ["I2", "Islanders learn about cancellations from each other first", "cancelled crossing of 6 Nov.; diaries", "observation, diary", "high", "the company's channel must be the fastest"],
            ["I3", "The queue is mostly people asking a question", "over half of the line already had tickets", "observation", "medium", "information on the quay would shorten it"]]]),
        "pov-hmw": dict(status="ok", tables=[[
            ["I1", "a visitor planning a day trip", "to commit without losing money", "a cancelled trip is only refunded as a voucher", "How might we make buying early the safe choice?"],
            ["I2", "an islander with an appointment", "to know first whether the boat sails", "the news travels faster by word of mouth", "How might we reach every islander before the baker does?"],
            ["I3", "a ticket holder on the quay", "an answer without queueing", "the only information is behind the counter", "How might we answer the daily question before people join the line?"]]]),
        "as-is-journey": dict(status="ok", skip_cols=1, tables=[[
            [None, "hears of the islands from friends or a guide", "checks the weather and the timetable", "buys at the counter on the day", "queues, boards, crosses", "calls when a boat is cancelled", "comes back if the trip went well"],
            [None, "guidebooks, word of mouth", "website, forecast apps", "ticket office", "quay, boat", "switchboard", "none"],
            [None, "excited", "unsure", "tense in the queue", "relieved once aboard", "frustrated", "fond of the island"],
            [None, "no sign of the company", "timetable hard to read", "forty-minute wait", "no information on the quay", "voucher instead of refund", "no reason to book early next time"]]]),
        "insight-prioritisation": dict(status="ok", retitle="What to tackle first", text=[
            "We scored the three insights with the director and the head of the ticket office, on the benefit for "
            "travellers and the effort for the company. The alert to islanders comes first: it matters most to "
            "the people who depend on the boat and costs little. The refund rule follows, because it decides "
            "whether any app will ever sell tickets."], tables=[[
            ["I2 islanders learn last", "5", "1", "10", "Must", "a text alert the minute a crossing is cancelled"],
            ["I1 refunds punish early buyers", "5", "3", "7", "Must", "needs the council's approval of new sales terms"],
            ["I3 the queue is made of questions", "3", "2", "5", "Should", "a screen and a loudspeaker on each quay"]]]),
        "strategic-stakes": dict(status="ok", text=[
            "Iroise Ferries asked for an app. Our research says that the app is the last step, and that three "
            "decisions must come before it, all of which the transport committee can take in February.",
            "The first is to become the first source of news about the crossings. Today the company learns of a "
            "cancellation first and tells its passengers last. A text message sent to every registered islander "
            "within five minutes of the decision, and a screen on each quay, would change how the islands see the "
            "company far more than any app. This is cheap and can start this winter.",
            "The second is to change the refund rule, so that a ticket bought early is refunded in money when the "
            "sea cancels the trip. Without it, visitors will keep buying on the morning of departure, the queues "
            "will stay, and the council will not get the figures it wants. The cost is a small loss of vouchers "
            "never used; the gain is summer boats planned weeks ahead.",
            "Only then does the app make sense: a way to book, receive the alerts and board with a code. The "
            "design challenge for the next phase is to build it for Gwen as much as for the visitor, which means "
            "that everything it does must also work by text message."]),
        "appendices": dict(status="ok", text=[
            "The interview guide we used with every participant and a selection of quotes follow."]),
        "interview-guide": dict(status="ok", skip_cols=1, tables=[[
            [None, "present the study, ask to record, explain the free crossings", "consent note signed", "3 min"],
            [None, "where do you live, how often do you cross", "", "5 min"],
            [None, "how do you plan a trip to the mainland or to the island", "ask for the last diary", "8 min"],
            [None, "tell me about your last crossing, from the decision to the arrival", "timings", "12 min"],
            [None, "what happens when a boat is cancelled", "probe on who tells them", "8 min"],
            [None, "what would a perfect crossing look like", "", "6 min"],
            [None, "anything we forgot, thank you", "", "2 min"]]]),
        "verbatims": dict(status="ok", tables=[[
            ["Maryvonne", "71, retired, Ouessant", "I never book a hospital appointment before checking the tide tables", "uncertainty", "I2"],
            ["Julien", "39, second-home owner, Rennes", "A voucher is no use to me if I come once a year", "refunds", "I1"],
            ["Aurélie", "27, visitor, Lyon", "I queued half an hour to learn the boat was on time", "quay", "I3"]]]),
        "bibliography": dict(status="placeholder"),
    },
)
