from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="skeleton",
    language="en",
    notes="""Held-out round 63 (h63_), written and labelled on 2026-12-02 before any run of check. Started from our
    skeleton, English: a chain of fourteen dry-cleaning shops around Lyon wants customers to stop queueing and
    losing their paper tickets. Guidance deleted; several headings retyped (runs replaced, bookmark lost, one kept);
    tables filled with the team's own concepts and scores; the journey map section still holds our prompt and its
    blank table (placeholder); the assumptions table was left as generated (empty).""",
    cover={"project": "Pick up your shirts at 10 p.m.", "client": "Pressing du Rhône",
           "team": "Inès Barthélemy, Tom Ribeiro, Aïcha Diallo", "candidate": "Tom Ribeiro",
           "school": "Web School Factory"},
    sections={
        "insights-recap": dict(status="ok", retitle="What the research told us", text=[
            "Pressing du Rhône asked us why its shops lose regular customers after a few months. Our research "
            "brief gave three insights that every idea below has to answer."],
            tables=[[
                ["I1", "Customers lose the paper ticket and then wait while staff search by name",
                 "HMW make the garment find its owner without paper?", "No paper needed"],
                ["I2", "Working people can only come after 7 p.m., when the shops are closed",
                 "HMW let people collect outside opening hours?", "Open when the customer is free"],
                ["I3", "Nobody knows when the order is ready, so people come too early",
                 "HMW tell people the right moment to come?", "Tell, don't make them ask"]]]),
        "ideation-method": dict(status="ok", text=[
            "We ran two workshops of three hours in the Villeurbanne shop, after closing time. The first one "
            "gathered four shop assistants, the operations manager, two regular customers we recruited during "
            "the interviews and the three of us. We warmed up with a crazy eights round on each insight, then "
            "used brainwriting 6-3-5 so that the quieter assistants could write rather than speak. That gave "
            "us 71 ideas on sticky notes.",
            "In the second workshop we clustered the ideas into eleven themes and dot-voted, with the customers' "
            "dots counting double because they are the ones who leave. Four themes came out on top and we turned "
            "each one into a concept card. We dropped ideas that needed a new shop layout, since the owner told "
            "us clearly that no shop will be rebuilt before 2028."]),
        "concept-cards": dict(status="ok", tables=[[
            ["NightBox", "I2, I3", "Collect your clothes from a heated locker any time until midnight",
             "Commuters aged 25 to 45", "Code by SMS, locker wall outside the shop", "SMS, locker, shop window",
             "Locker wall sketch"],
            ["Tag & Go", "I1", "Your garments carry an NFC tag linked to your phone number",
             "All customers", "Tag sewn in, lookup by phone number", "Counter, receipt by SMS", "Tag on a collar"],
            ["Ready Ping", "I3", "A text the minute the order is ready, with the shop's queue length",
             "Regulars", "Ready alert, live queue estimate", "SMS, website", "Phone screen"]]]),
        "concept-scoring": dict(status="ok", retitle="How we ranked the ideas", text=[
            "Desirability weighs double because the problem is customers leaving; feasibility and viability "
            "count once each. Scores were given by the whole team with the operations manager, who vetoed "
            "anything his assistants could not run alone. Tag & Go lost mainly on cost: at 0.40 euros per tag and about 9,000 garments a month, it would eat most of the margin on shirts."],
            tables=[[
                ["NightBox", "5", "3", "4", "17 / 20", "Chosen, with Ready Ping built in"],
                ["Tag & Go", "3", "2", "3", "11 / 20", "Dropped: tags cost too much per garment"],
                ["Ready Ping", "4", "5", "3", "16 / 20", "Merged into NightBox"]]]),
        "chosen-concept": dict(status="ok", retitle="Our pick: NightBox", keep_bookmark=True, text=[
            "NightBox is a wall of twelve heated lockers fitted into the front of each shop, reachable from the "
            "street. When an order is ready, the assistant hangs it in a free locker and the customer receives "
            "a text with a six-digit code and the locker number. The customer can collect until midnight, seven "
            "days a week, and pays by card on the locker's small terminal if the order was not prepaid. If the "
            "clothes are not collected within three days, they go back inside and the customer gets a second "
            "text saying so.",
            "The main target is the commuter who drops shirts on Monday morning on the way to the tram and "
            "cannot come back before the shop closes at 7 p.m. In our interviews they made up 40 percent of the "
            "regulars who had stopped coming. The concept also absorbs Ready Ping: the text that sends the code "
            "is the ready alert, so customers no longer come too early, and the paper ticket becomes useless "
            "because the phone number identifies the order.",
            "For the shop staff, the change is small. Instead of filing the order on the rail, they file it in a "
            "locker and scan its QR code with the tablet they already use for the till. The operations manager "
            "checked that this takes less than a minute. For Pressing du Rhône, NightBox turns a closed shop into "
            "an open one without paying anyone in the evening, and it gives the company phone numbers for all its "
            "customers, which it never had. We estimate the cost at 9,800 euros per shop for the lockers and "
            "integration, and the pilot would run in Villeurbanne and Croix-Rousse for three months."]),
        "innovation": dict(status="ok", retitle="Why this is new for Pressing du Rhône", text=[
            "Lockers exist for parcels, and a few laundry start-ups in Paris offer pickup by courier. What nobody "
            "does in Lyon is to keep the local shop, with its tailor and its counter, and open a second door on "
            "the street for the evening. The three competitors we visited all close at 7 p.m. and use paper "
            "tickets. For the client, it is also the first time a digital tool faces the customer: until now, "
            "software was only used at the till. The owner said it himself during the second workshop: this is "
            "the first idea in twenty years that changes what a customer can do rather than what the staff does. "
            "It also gives a reason to come back to the shop rather than switching to a courier service, which is the real threat the owner sees coming from Paris."]),
        "visuals-mockups": dict(status="ok", retitle="Mock-ups", text=[
            "We designed the text message, the locker keypad screen and the tablet screen the assistant uses. "
            "The colours follow the blue and cream of the shop fronts. The keypad uses large digits and one "
            "button only, because several older customers told us they fear machines with many options. The "
            "tablet screen shows the free lockers in green and the full ones in grey, so that an assistant sees at a glance where to hang the next order."],
            image=["SMS with code", "Locker keypad", "Staff tablet"],
            caption="Three key screens of NightBox: the customer's text, the keypad and the assistant's tablet"),
        "usage-scenario": dict(status="ok", retitle="A Tuesday with Camille", text=[
            "Camille, 34, works in a bank at Part-Dieu and lives near the Villeurbanne shop. On Monday at 7:40 "
            "she drops three shirts and a coat on her way to the tram. The assistant types her phone number; no "
            "ticket is printed. On Tuesday at 4:15 p.m. she receives a text: her order is ready in locker 7, "
            "code 482 913, collect before Friday midnight. She feels relieved that she does not have to leave "
            "work early.",
            "At 9:50 p.m., back from the gym, she stops in front of the shop, types the code on the keypad and "
            "pays 23 euros by contactless card. The locker opens, the coat is warm and on its hanger. It took her "
            "less than a minute. The next morning she gets a short text asking her to rate the service from one "
            "to five, and she gives five. Two weeks later she brings her partner's suits. If she had forgotten, a second text on Friday morning would have reminded her, and on Saturday the coat would have waited for her inside the shop."],
            image=["Drop at 7:40", "Text at 4:15", "Code at 9:50", "Coat in hand", "Rating"],
            caption="Storyboard in five frames"),
        "target-journey": dict(status="placeholder"),
        "experience-value": dict(status="ok", retitle="What it changes", skip_cols=1, text=[
            "Figures for the as-is column come from our observation of 120 pickups in two shops; the targets are "
            "what the pilot must reach to be extended to all fourteen shops. The owner agreed that losing fewer regulars matters more to him than any of the other lines, because each regular spends about 310 euros a year and usually brings the rest of the household."],
            tables=[[
                [None, "12 minutes including the queue", "1 minute at the locker", "Locker logs and a stopwatch sample"],
                [None, "5 steps, including finding the ticket", "2 steps: code, payment", "Counted in user tests"],
                [None, "Rated 3.4 out of 5", "Under 1.5 out of 5", "Post-pickup text survey"],
                [None, "Satisfaction 6.8 out of 10", "8.5 out of 10", "Same survey, monthly"],
                [None, "18 percent of regulars lost per year", "Under 10 percent", "Customer file by phone number"]]]),
        "assumptions-to-test": dict(status="empty"),
    },
)
