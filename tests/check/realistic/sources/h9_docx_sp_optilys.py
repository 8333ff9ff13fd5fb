from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English: a chain of fourteen opticians around Lille (Optilys) loses a third of the eye-test bookings
    it receives online. Some headings are questions, some numbered, one bold Normal paragraph; a scoring table of
    three concepts; the mock-ups heading is left with nothing under it (empty); the journey is merged into the
    scenario's heading (both present); no list of assumptions to test (missing).""",
    title="Optilys – From booked to seen: our solution proposal",
    cover=["Customer eXperience project", "Inès Vandamme, Hugo Lefebvre – November 2026"],
    blocks=[
        H(1, "1. What did the research tell us?", {"insights-recap": "ok"}),
        P("Our research brief ended on three insights. First, 34 % of the customers who book an eye test online "
          "never come, and most of them say they forgot or were unsure what to bring. Second, the wait in the shop "
          "is the moment people judge us on: twenty minutes on a stool next to the frames feels like an hour. "
          "Third, older customers trust the optician, not the app, and want a human voice before the visit."),
        H(1, "2. How we came up with ideas", {"ideation-method": "ok"}),
        P("We ran two half-day workshops in the Roubaix shop, with four opticians, two sales assistants, the "
          "marketing manager and three customers recruited from the no-show list. We started each workshop by "
          "reading aloud five quotes from our interviews, then used \"how could we\" questions built on each "
          "insight, for example \"how could we make the visit impossible to forget without nagging?\". Each person "
          "wrote ideas alone for eight minutes before sharing, so that the loudest voice in the room did not set "
          "the direction. We clustered the 61 ideas on the wall, voted with dots, and kept the three clusters "
          "with the most votes from both staff and customers. Finally we turned each cluster into a concept card "
          "with a name, a one-line promise and the insight it answers. The whole method took two mornings and cost "
          "nothing but the team's time and a box of sticky notes."),
        H(1, "3. Three concepts", {"concept-cards": "ok"}),
        L(["Ready Check – a short message two days before the visit with what to bring and a button to confirm or "
           "move the slot.",
           "Quiet Corner – a waiting area with a tablet showing your place in the queue and a first frame "
           "selection based on your prescription.",
           "Hello Call – a three-minute phone call from the optician the day before for customers over 65."]),
        H(2, "3.1 Which one scores best?", {"concept-scoring": "ok"}),
        T([["Criterion", "Weight", "Ready Check", "Quiet Corner", "Hello Call"],
           ["Answers the no-show insight", "30 %", "5", "2", "4"],
           ["Cost for fourteen shops", "25 %", "4", "2", "3"],
           ["Fits staff time", "20 %", "5", "3", "2"],
           ["Feels personal to older customers", "25 %", "3", "3", "5"],
           ["Weighted score", "", "4.25", "2.45", "3.60"]]),
        P("Ready Check wins because it attacks the largest loss, the forgotten visit, at almost no staff cost. "
          "Hello Call scored well with older customers, so we kept its voice option inside the chosen concept "
          "rather than dropping it entirely. Quiet Corner is the most pleasant idea but needs furniture and a tablet "
          "in every shop, which the chain cannot fund this year; we keep it for a later phase."),
        H(1, "4. Our pick: Ready Check", {"chosen-concept": "ok"}),
        P("Ready Check is a reminder and preparation service sent by SMS or e-mail, as the customer chose when "
          "booking. Forty-eight hours before the eye test, the customer receives a short message with the time, "
          "the shop's address and a link to a one-page preparation note: bring your current glasses, your last "
          "prescription if you have one, your health insurance card, and allow thirty minutes. The message has "
          "three buttons: confirm, move my visit, or call me. Moving the visit opens the booking calendar with "
          "the same shop and optician pre-selected, so it takes two taps. Choosing \"call me\" puts the customer "
          "on the optician's list for the next morning, which brings in the best of the Hello Call concept for "
          "those who want a voice."),
        P("On the shop side, the morning dashboard of each optician shows who confirmed, who moved and who asked "
          "for a call, so that free slots can be offered to walk-in customers instead of staying empty. A second, "
          "shorter message goes out two hours before the visit for customers who have not confirmed. Nothing is "
          "sent after 8 p.m. or on Sundays, which the staff insisted on during the workshops. The service runs on "
          "the booking tool Optilys already pays for, which has a messaging module that was never switched on; "
          "we estimate the set-up at twelve days of work and the running cost at 0.06 euros per message. With "
          "around 2,900 online bookings a month across the chain, the cost stays under 400 euros a month, while "
          "each visit that happens brings an average basket of 210 euros. If Ready Check cuts the no-show rate "
          "from 34 % to 20 %, the chain gains about 400 visits a month."),
        H(1, "5. Why is it new for Optilys?", {"innovation": "ok"}),
        P("The tool itself is not new, but its use in this chain is. Until now, Optilys talked to customers only "
          "to sell: promotions on frames, second pairs at half price. Ready Check is the first message that helps "
          "the customer before asking for anything. It also changes the way shops plan their day: opticians will "
          "know at nine in the morning which slots will stay free and can fill them, which no shop does today. "
          "Finally, the \"call me\" button turns a lost booking into a conversation, and gives the chain data on "
          "why people hesitate, which the head office has never had. None of the three competing chains in the "
          "Lille area offers more than a bare reminder, and none of them lets a customer ask for a call from the "
          "message itself."),
        H(1, "6. Screens", {"visuals-mockups": "empty"}),
        H(1, "7. A visit, step by step, and the journey behind it", {"usage-scenario": "ok", "target-journey": "ok"}),
        P("Monique, 68, books an eye test online at the Tourcoing shop for Thursday at 10 a.m. On Tuesday morning "
          "she receives a text: \"Your eye test is on Thursday at 10:00 at Optilys Tourcoing. Bring your glasses "
          "and your insurance card.\" She is not sure about her old prescription and taps \"call me\". On "
          "Wednesday, Julien, the optician, calls her for three minutes, tells her the prescription is in the "
          "shop's files, and reminds her that parking is free behind the shop. On Thursday at 8 a.m. she gets the "
          "two-hour reminder, already confirmed, and arrives at 9:55 with everything she needs. The visit starts "
          "on time, because the slot at 9:30 was freed the day before and given to a walk-in customer."),
        P("Behind this story, the journey has five stages: booking, the wait before the visit, the reminder, the "
          "visit itself and the choice of frames. Today the low point is the wait before the visit, where nothing "
          "happens and doubts grow; with Ready Check, that stage gets two touch points and a human one on request. "
          "The emotional curve we drew with customers rises from worried to reassured before the shop door is "
          "even opened."),
        B("EXPERIENCE VALUE", {"experience-value": "ok"}),
        P("For customers, the value is peace of mind and a visit that starts on time: they know what to bring, they can move the visit without "
          "phoning, and the oldest can still talk to someone. For opticians, it is a calmer day, with fewer empty "
          "slots and fewer people arriving without their glasses or papers, which today adds ten minutes to one "
          "visit in five. For the chain, it is revenue: about 400 more visits a month and, we expect, a better "
          "score in the satisfaction survey, where waiting and preparation are the two lowest items. We will "
          "measure the no-show rate, the share of visits moved rather than lost, and the survey score, every month for the "
          "first six months, shop by shop, and share the results with the opticians at their quarterly meeting, so that the shops that do best can explain why."),
    ],
    missing=["assumptions-to-test"],
)
