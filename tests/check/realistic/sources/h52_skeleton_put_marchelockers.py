from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="skeleton",
    language="en",
    notes="""Held-out round 52 (h52_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: two students test a click-and-collect locker for a covered farmers' market in Rennes, where
    customers order from several stalls and pick everything up in one cold locker. Guidance deleted. Some
    headings retyped by replacing their runs (bookmarks lost); tables filled; the eye-tracking part still holds
    our prompt (placeholder); the corrective actions heading is left with its table as generated (empty); the
    appendices deleted (missing).""",
    cover={"project": "One basket, one locker", "client": "Halles de Lices association", "candidate": "Chloé Rivière",
           "team": "Chloé Rivière, Yanis Benali", "school": "Web School Factory"},
    sections={
        "concept-recap": dict(status="ok", retitle="1. What we wanted to find out", text=[
            "The concept lets a customer fill one basket online from up to twelve stalls of the Halles de Lices "
            "(cheese, vegetables, fish, bread) and collect it from a single refrigerated locker next to the car "
            "park, between 4 pm and 9 pm, with a six-digit code. Stallholders prepare the orders during the quiet "
            "hours of the afternoon and one porter loads the lockers.",
            "Our tests had to show three things: that a first-time customer can build a mixed basket from several "
            "stalls in under six minutes without help; that people trust a locker with fresh fish and cheese; and "
            "that stallholders can handle the orders on a phone while serving at the counter. If any of the three "
            "failed, the association would not fund the pilot."]),
        "prototype": dict(status="ok", text=[
            "We built a clickable prototype in Figma with 23 screens covering the catalogue, the shared basket, "
            "payment and the pickup code. Prices and products are real: we copied the Saturday offer of eight "
            "stalls. Payment is simulated; the tester sees a confirmation but no card is charged.",
            "For the locker, we borrowed a four-door refrigerated cabinet from a supplier in Vitré and fitted it "
            "with a keypad that the moderator unlocks by hand from a hidden laptop when the right code is typed. "
            "The stallholder side is a simple web page listing the orders of the day with a button to mark each "
            "bag as ready; it runs on the stallholders' own phones. Everything that the customer touches is "
            "real except the payment; everything behind the keypad is Wizard of Oz."],
            image=["Stall catalogue", "Shared basket", "Pickup code", "Locker keypad"],
            caption="The customer screens and the borrowed locker used in the sessions"),
        "technical-sheet": dict(status="ok", skip_cols=1, tables=[[
            [None, "one basket from several stalls, one cold pickup point"],
            [None, "working customers of the market, 30-55, ordering from a phone"],
            [None, "catalogue, basket, payment, code, stallholder order list"],
            [None, "4-door cabinet, 2 to 6 °C, 180 x 70 cm"],
            [None, "Figma prototype, keypad on Raspberry Pi, web page for stalls"],
            [None, "locker opens on code; stalls see orders live"],
            [None, "cold chain rules for fresh fish and dairy"],
            [None, "prototype: 3 weeks; pilot build: 4 months"],
            [None, "locker leased from a Vitré supplier; app by a local agency"],
            [None, "€38,000 for the pilot, €410 a month locker lease"],
            [None, "screens in appendix of the Figma file"]]]),
        "test-plan": dict(status="ok", skip_cols=1, tables=[[
            [None, "ordering journey and pickup; stallholder order list"],
            [None, "can first-timers order alone, do they trust the locker"],
            [None, "14 to 18 November, in the market hall and in our school"],
            [None, "7 customers, 3 stallholders"],
            [None, "flyers at two stalls; €15 market voucher per tester"],
            [None, "phone, locker, screen recorder, two notebooks"],
            [None, "see the tasks table below"],
            [None, "basket paid in under 6 minutes; locker opened first try"],
            [None, "success, time, errors, SEQ, SUS"],
            [None, "Chloé moderates, Yanis observes and notes"],
            [None, "signed consent form; recordings deleted after analysis"]]]),
        "test-tasks": dict(status="ok", retitle="Tasks we gave testers", tables=[[
            ["T1", "You need dinner for four tonight: buy fish, vegetables and bread from three stalls",
             "a mixed basket is easy to build", "paid without help", "6 min", "success, time, errors"],
            ["T2", "Change the fish for a smaller piece", "editing works across stalls", "done in one try",
             "2 min", "success, SEQ"],
            ["T3", "Collect your order at the locker", "the code is found and trusted", "door opened first try",
             "1 min", "success, comments on freshness"],
            ["T4", "(stallholder) Prepare and mark two orders while serving", "orders fit the counter work",
             "both marked ready", "10 min", "success, interruptions"]]]),
        "test-methods": dict(status="ok", retitle="How we ran the sessions", text=[
            "We ran moderated sessions of 35 minutes, one tester at a time, because the locker needed a person "
            "to play the system and because we wanted to hear people think aloud while choosing products. Each "
            "session started with two warm-up questions about how the tester shops at the market today, then the "
            "four tasks, then a short questionnaire with the Single Ease Question after each task and the System "
            "Usability Scale at the end.",
            "Customers did tasks T1 to T3 on our test phone, which recorded the screen, and then walked to the "
            "locker. Stallholders did T4 at their own counter on a Saturday morning, while real customers were "
            "waiting, because a quiet meeting room would have hidden the main difficulty. Yanis counted "
            "interruptions and wrote down every moment where they looked away from the phone.",
            "We did not use an online unmoderated tool: our testers are not used to them, and the locker cannot "
            "be tested remotely. Seven customers is a small sample, but it is enough to find most usability "
            "problems, and we did not try to draw percentages from it."]),
        "results": dict(status="ok", retitle="6. What happened", text=[
            "Six of the seven customers built and paid a mixed basket alone. The median time was 5 min 10 s, "
            "under our target, but two people took more than eight minutes because they looked for the bread "
            "stall under 'bakery' when it is listed under the baker's name. The one failure was an older tester "
            "who could not find how to add a second stall after the first and thought the basket was limited to "
            "one shop.",
            "All seven opened the locker on the first try. Trust was better than we feared: nobody worried about "
            "the cheese, but four asked how long the fish had been in the locker and wanted to see the "
            "temperature. Stallholders were the weak point: two of three marked the orders ready, but with nine "
            "and eleven interruptions in ten minutes, and the cheesemonger gave up and said she would prepare "
            "orders on Friday evening instead. The concept works for customers; the stallholder side needs to "
            "be redesigned before any pilot."]),
        "perception-metrics": dict(status="ok", skip_cols=1, tables=[[
            [None, "tasks finished without help", "90 %", "6/7 (86 %)", "close to target; one failure on T1"],
            [None, "median time for T1", "6 min", "5 min 10 s", "good, two outliers"],
            [None, "wrong taps per task", "< 2", "1.4", "mostly the stall names"],
            [None, "ease after each task, 1-7", "5.5", "5.9", "locker rated easiest"],
            [None, "usability score, 0-100", "70", "74", "above average"],
            [None, "would recommend, -100 to 100", "20", "29", "7 testers only"],
            [None, "would pay €1 per pickup", "50 %", "4/7", "fair"]]]),
        "eye-tracking": dict(status="placeholder"),
        "user-feedback": dict(status="ok", retitle="In their words", text=[
            "The comments were warmer than the numbers. Five of seven customers said the main value is not the "
            "time saved but being able to shop the market when they finish work after it closes: \"I love this "
            "market and I haven't been since I changed jobs,\" said a nurse who works until 7 pm. Three testers "
            "spontaneously asked whether stallholders could add a note, like the recipe the fishmonger gives at "
            "the counter.",
            "Doubts concerned freshness and the human contact. Four people wanted to see the temperature of the "
            "locker; two said they would miss chatting with the stallholders. Stallholders were split: the "
            "vegetable grower saw new customers, the cheesemonger saw only extra work during the busiest hours. "
            "One of them summed it up: \"Fine, as long as I'm not on my phone when someone is in front of me.\""]),
        "issue-log": dict(status="ok", tables=[[
            ["I1", "bread stall not found under 'bakery'", "3/7", "2", "T1 recordings", "add product categories", "Yanis"],
            ["I2", "second stall not found after the first", "1/7", "3", "T1, tester 6", "'keep shopping' button", "Chloé"],
            ["I3", "no temperature shown at the locker", "4/7", "2", "comments at T3", "display on the keypad", "agency"],
            ["I4", "stallholders interrupted while serving", "3/3", "4", "T4 counts", "order preparation slot at 2 pm", "association"]]]),
        "corrective-actions": dict(status="empty"),
        "viability-conclusion": dict(status="ok", retitle="Is it worth a pilot?", text=[
            "Yes, with one condition. The customer side showed its value: people who can no longer reach the "
            "market during opening hours would use it, found it easy (usability score of 74) and trusted the "
            "locker once they could see it was cold. Four in seven would pay one euro per pickup, which covers "
            "the locker lease from about 100 baskets a week, a figure the association believes it can reach "
            "with its 3,000 newsletter subscribers.",
            "The condition is the stallholders' work. As tested, preparing orders during service does not work, "
            "and without the stalls there is no basket. Before the pilot, we will test a fixed preparation slot "
            "from 2 pm to 3 pm, when the hall is quiet, with the porter collecting bags from each stall. We "
            "recommend a twelve-week pilot from March with five volunteer stalls, the fixes to issues I1 to I3, "
            "and a new test of the stallholder side after four weeks; the association should decide on the full "
            "roll-out only if at least four of the five stalls want to continue."]),
        "appendices": dict(status="missing"),
    },
)
