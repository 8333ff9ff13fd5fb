from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 50 (h50_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: ScanVert, a scan-as-you-shop app prototype for Le Panier Vert, an organic grocery chain in
    Montpellier (12 shops), tested with eleven shoppers. Shortened and question headings; the results under two
    headings (split); what testers said is one short paragraph (thin); no eye tracking (missing, optional); an
    appendix of the authors' own with the consent form and screener.""",
    title="ScanVert – prototype and user tests",
    cover=["Le Panier Vert · CX project", "Lou Castanet, Rayan Haddad, Mélina Vidal – November 2026"],
    blocks=[
        H(1, "Concept & goals", {"concept-recap": "ok"}),
        P("Le Panier Vert sells organic food in twelve shops around Montpellier, and a third of what it sells is "
          "loose: lentils, nuts, oil and washing powder poured into the customer's own jars. At the till, every jar "
          "is weighed twice and typed by hand, which makes Saturday queues of fifteen minutes. ScanVert lets "
          "shoppers weigh and scan as they go with their phone, then pay at a small kiosk by the door. The tests "
          "had three goals: check that people can tare their own jar without help, find out whether paying at the "
          "kiosk feels safe, and measure how long a typical basket takes compared with the till. The board will "
          "decide in February whether to fund a pilot."),
        H(1, "The prototype", {"prototype": "ok"}),
        P("We built a clickable prototype in Figma with 34 screens, running on a phone we handed to each tester, "
          "and we connected it to a real shop scale through a Wizard-of-Oz trick: a team member read the scale and "
          "typed the weight into the prototype from a laptop, so testers saw their actual weight appear. The flow "
          "covers opening a basket, scanning a packed product, taring an empty jar, filling and weighing it, "
          "checking the basket, and paying at the kiosk with a QR code. Screens use the shop's green and the large "
          "type the marketing team asked for. We left out loyalty points and recipes on purpose to keep the test "
          "on the core path. Prices and products are the real ones from the Antigone shop, so that testers "
          "recognise what they buy every week."),
        Img(["Open basket", "Scan product", "Tare jar", "Weigh", "Basket", "Pay at kiosk"],
            "Figure 1 – The main path of the prototype."),
        H(2, "Tech sheet", {"technical-sheet": "ok"}),
        T([["Item", "Detail"],
           ["Tool", "Figma, interactive components, 34 frames"],
           ["Device", "Android phone, 6.1 inch screen, shop Wi-Fi"],
           ["Scale", "the shop's own label scale, read by a team member"],
           ["Kiosk", "tablet on a stand showing a QR payment page"],
           ["Version tested", "v0.4, 12 November 2026"]]),
        H(1, "How did we plan the tests?", {"test-plan": "ok"}),
        T([["What", "Our choice"],
           ["Who", "11 regular shoppers, 24 to 71 years old, 4 who never use self-checkout"],
           ["Where", "the Antigone shop, a quiet Tuesday and a busy Saturday"],
           ["How long", "25 minutes per person, with a 10 € voucher"],
           ["Team", "one facilitator, one note-taker, one 'wizard' at the scale"],
           ["Success", "basket paid with no help in under six minutes"]]),
        H(2, "Scenarios", {"test-tasks": "ok"}),
        L(["Buy a packet of rice and a bottle of juice, then pay",
           "Bring your empty jar, fill it with 400 g of lentils and add it to the basket",
           "You changed your mind: remove the juice from your basket",
           "Pay at the kiosk and show the receipt to the shop assistant"]),
        H(1, "Methods", {"test-methods": "ok"}),
        P("Each session was moderated in the shop aisle, not in a room, because the difficulty of taring a jar "
          "only appears with a real scale and real shelves. Testers were asked to think aloud while doing the four "
          "scenarios, and the facilitator did not help unless someone was stuck for more than a minute, which we "
          "recorded as a failure for that task. The note-taker timed each task with a stopwatch and wrote down "
          "every hesitation and every wrong tap. After the tasks, each person filled in the ten-question System "
          "Usability Scale on paper and answered two questions: how safe paying at the kiosk felt, from one to "
          "five, and whether they would use ScanVert next time. We ended with a five-minute open interview. We "
          "chose a mix of weekdays and a Saturday so that some testers had to deal with noise and other shoppers "
          "waiting behind them. Sessions were audio-recorded with consent; no video, because the shop manager did "
          "not want other customers filmed. Each session ended with the voucher and a thank-you note."),
        H(1, "What happened?", {"results": "ok"}),
        P("Nine of the eleven testers completed all four scenarios without help. The packed products caused no "
          "trouble at all: scanning a barcode took four seconds on average. Loose goods were another story. The "
          "median time for the lentils task was 1 minute 50 seconds, and six people weighed the jar after filling "
          "it instead of before, which means they paid for the jar."),
        H(1, "Where people got stuck", {"results": "ok"}),
        P("Taring is the main problem: the word did not mean anything to seven testers, and the button sat below "
          "the fold on the phone. Removing an item worked for everyone once they found the basket screen. At the "
          "kiosk, the two oldest testers did not understand that the QR code on the kiosk had to be scanned with "
          "the same app, and both gave up and asked the note-taker. On Saturday, times were about 30 % longer "
          "than on Tuesday for every task, mostly because testers kept stepping aside to let other shoppers "
          "reach the shelves, and one of them lost his basket when the app went to sleep."),
        H(2, "Numbers", {"perception-metrics": "ok"}),
        T([["Measure", "Result", "Target"],
           ["Tasks completed without help", "38 of 44", "40 of 44"],
           ["Average basket time (4 tasks)", "5 min 10 s", "under 6 min"],
           ["SUS score", "71", "68 or more"],
           ["Kiosk payment feels safe (1-5)", "3.6", "4"],
           ["Would use it next time", "8 of 11", "7 of 11"]]),
        H(2, "What did testers say?", {"user-feedback": "thin"}),
        P("Most liked not queuing and several asked when it would be live. Older testers found the text small on "
          "the basket screen. Two people said they would never pay without a human nearby. One said: \"the jar "
          "thing needs a picture, not a word\"."),
        H(1, "Issues found", {"issue-log": "ok"}),
        T([["#", "Issue", "Seen by", "Severity"],
           ["1", "Tare button hidden below the fold", "7 of 11", "high"],
           ["2", "Jar weighed after filling: jar paid as lentils", "6 of 11", "high"],
           ["3", "Kiosk QR code not understood", "2 of 11", "medium"],
           ["4", "Basket text too small", "3 of 11", "low"]]),
        H(1, "Fixes", {"corrective-actions": "ok"}),
        P("We ranked the fixes by how many testers hit the problem and how much it costs the shopper or the shop. "
          "Issues 1 and 2 go into the next sprint together, since one new jar screen solves both."),
        T([["Fix", "For issue", "When"],
           ["One 'Add my jar' screen with a picture, shown before any loose product", "1, 2", "sprint 5"],
           ["Warning if a loose product weighs less than an empty jar", "2", "sprint 5"],
           ["Kiosk shows a short animation of the phone scanning it", "3", "sprint 6"],
           ["Larger text option in settings", "4", "backlog"]]),
        H(1, "Is ScanVert worth building?", {"viability-conclusion": "ok"}),
        P("Yes, with one condition. The tests show that shoppers can buy packed products and pay with ScanVert "
          "faster than at the till, that the SUS score of 71 is above average for a first prototype, and that "
          "eight of eleven testers want to use it again. The condition is the jar: if the new screen does not "
          "bring the lentils task under one minute, ScanVert will slow down exactly the customers it was meant to "
          "help, since loose goods are the heart of the shop. The kiosk also needs work before older customers "
          "trust it. We propose a second round of tests in January with the new jar screen and eight new testers, "
          "then a pilot in two shops in March with staff ready to help. The finance director has agreed to fund "
          "the pilot if the second round reaches the targets in our table, and the shop managers of Antigone and "
          "Castelnau have volunteered their shops. If the pilot confirms the times, the app would be rolled out to "
          "the twelve shops before summer."),
        H(1, "Appendix A – consent form and screener", {"appendices": "ok"}),
        P("Consent: I agree to take part in a 25-minute test of a shopping app, to be audio-recorded, and I know I "
          "can stop at any time. Screener: shops at Le Panier Vert at least twice a month; owns a smartphone; "
          "buys loose products at least sometimes."),
    ],
    missing=["eye-tracking"],
)
