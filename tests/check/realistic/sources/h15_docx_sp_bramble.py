from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, in English: Bramble & Co, a chain of nine garden centres in Normandy, wants customers to keep their
    plants alive after purchase. Paraphrased and question headings, numbered in the author's own way; the
    research findings recalled in a table; the workshop described; three concepts in a table; a concept scoring
    table with weights; the chosen concept and why it is new for the client as a heading and a sub-heading;
    mock-ups as a picture; the scenario written as a day-by-day story with a storyboard picture; the future
    journey as a table; the value for customers written in two sentences (thin); no list of assumptions to
    test (missing).""",
    title="Bramble & Co – Keeping plants alive after the till",
    cover=["Customer eXperience project – solution proposal", "Team: Inès Carpentier, Malo Duval, Sofia Reis",
           "December 2026"],
    blocks=[
        H(1, "1. What the research told us", {"insights-recap": "ok"}),
        P("Our fieldwork in October (22 interviews in three stores, 140 survey answers and a week of till "
          "observation) left us with four findings that shape everything below."),
        T([["Finding", "What we saw", "Why it matters"],
           ["Plants die quietly", "41 % of buyers lost a plant within three months", "they stop buying indoor plants"],
           ["Labels are not read", "care tags end up in the bin at home", "advice must reach people later"],
           ["Staff advice is trusted", "customers quote the advisers by first name", "a human voice works"],
           ["Guilt, not anger", "nobody complains, they simply do not come back", "the loss is invisible to Bramble"]]),
        H(1, "2. How did we come up with ideas?", {"ideation-method": "ok"}),
        P("We ran two half-day workshops at the Caen store in early November. The first gathered our team, two "
          "plant advisers, the store manager and four loyal customers recruited at the till. We started from the "
          "four findings, each rewritten as a short challenge such as making the first month at home easy for a "
          "new plant owner. Everyone wrote ideas alone for eight minutes before sharing, so that the store "
          "manager did not set the tone. We then clustered the sticky notes on the wall and voted with dots."),
        P("The second workshop turned the twelve most voted clusters into rough concepts. We pushed the group "
          "to borrow from other sectors: food delivery reminders, pet insurance, car servicing. Three concepts "
          "came out with enough support to be described properly and compared on the same criteria."),
        H(1, "3. Three candidate concepts", {"concept-cards": "ok"}),
        T([["Concept", "In one sentence", "Finding it answers"],
           ["Plant Passport", "a QR code on every pot opens a care calendar with text reminders", "plants die quietly; labels"],
           ["Plant Clinic", "bring a sick plant back for a free diagnosis on Saturday mornings", "trust in staff; guilt"],
           ["Green Subscription", "a monthly box of fertiliser and tips for 6 €", "plants die quietly"]]),
        H(1, "4. Scoring the concepts", {"concept-scoring": "ok"}),
        P("Each concept was scored from 1 to 5 by the team and the two advisers; the weights come from the "
          "store manager's priorities for 2027."),
        T([["Criterion", "Weight", "Plant Passport", "Plant Clinic", "Green Subscription"],
           ["Answers the findings", "30 %", "5", "4", "3"],
           ["New for Bramble", "25 %", "4", "3", "2"],
           ["Cost to launch", "20 %", "4", "3", "2"],
           ["Effort for staff", "15 %", "4", "2", "4"],
           ["Revenue potential", "10 %", "3", "2", "4"],
           ["Weighted score", "100 %", "4.2", "3.0", "2.7"]]),
        P("The passport wins clearly, mostly because it answers the quiet loss of plants and costs little to "
          "launch. The clinic stays as a monthly event that the passport can advertise; the subscription box was "
          "liked by the loyal customers but felt like one more product to sell."),
        H(1, "5. Our pick: the Plant Passport", {"chosen-concept": "ok"}),
        P("Every plant sold at Bramble & Co will carry a small QR code printed on the pot label. Scanned at the till "
          "or at home, it opens a page made for that exact plant, with a photo, its light and watering needs in "
          "plain words, and a button to receive reminders. The customer gives a first name and a mobile number, "
          "nothing else. From then on, a text message arrives when the plant needs water, when it should be "
          "repotted, and when the season changes the way it should be looked after."),
        P("The passport answers the first two findings head on. Plants die quietly because nobody knows what the "
          "plant needs at the moment it needs it; the reminder arrives at the right moment. The care tag was "
          "thrown away; the passport lives on the phone instead. It also builds on the third finding: messages "
          "are signed by a real adviser of the store where the plant was bought, and a reply to the text reaches "
          "that adviser during opening hours. Customers told us they trust Jeanne or Karim, not a brand."),
        P("For Bramble, the passport makes the invisible loss visible. When a customer answers that a plant looks "
          "sick, the store knows it and can invite them to the Saturday clinic. After three months, the passport "
          "proposes a discount on a second plant of the same family, which gives the stores a reason to count "
          "how many plants survive. The technical side is modest: the till system already prints labels, the "
          "care data exists in the supplier catalogue, and a text messaging service costs about 4 cents a "
          "message. We estimate 38,000 euros for the first year across the nine stores, most of it for the "
          "care pages and the training of advisers."),
        P("We tested a paper version in the Lisieux store for ten days: advisers wrote reminders by hand on "
          "cards and sent texts from a store phone. Thirty-one customers joined, and twenty-six still had their "
          "plant in good health when we called them back."),
        H(2, "5.1 Why is this new for Bramble?", {"innovation": "ok"}),
        P("No garden centre in the region follows a plant after the sale. The big national chains sell plants "
          "like any other product and their apps are catalogues with loyalty points. Bramble has always competed "
          "on advice in the store; the passport carries that advice home, which no competitor does and which "
          "fits what customers already value in the brand. We checked the apps and websites of the five nearest "
          "competitors in November: none of them sends anything after the purchase except promotions."),
        P("Inside the company it is also a change of habit. Until now the relation stopped at the till and the "
          "advisers were judged on sales per hour. With the passport they answer messages, run the clinic and "
          "are judged on how many plants stay alive. The store manager called it the first idea in years that "
          "does not come from a supplier's catalogue."),
        H(1, "6. What it looks like", {"visuals-mockups": "ok"}),
        Img(["Pot label with QR", "Plant care page", "Text reminder", "Reply to adviser"],
            caption="Mock-ups made in Figma: the pot label, the care page for a monstera, a watering reminder and "
                    "the reply screen that reaches the store adviser."),
        P("We kept the pages to one screen each, with large text, the store's green and the adviser's first name "
          "at the bottom of every message. The label adds only 1 cm to the current one, so the supplier can print "
          "it on the same roll. The care page works without an app and without an account; the reply screen is "
          "an ordinary text conversation, which older customers in the Lisieux test found easier than any form."),
        H(1, "7. A month with a new monstera", {"usage-scenario": "ok"}),
        P("Claire, 34, buys a monstera at the Caen store on a Saturday in March. At the till, Karim scans the pot "
          "and asks whether she wants reminders; she types her first name and number on the card reader. At home "
          "that evening she scans the label again and sees where to put the plant, away from the radiator."),
        P("Six days later a text tells her to water it, with the amount in glasses rather than millilitres. In "
          "the third week a leaf turns yellow. She replies with a photo. On Monday Karim answers that it is "
          "probably too much water and suggests skipping one reminder. At the end of the month she receives an "
          "invitation to the Saturday clinic and a 15 % voucher on a second plant. She comes back in May with "
          "her sister, who buys a fern and signs up at the till. Claire never opened an app and never felt "
          "that she had failed the plant."),
        Img(["Buys and signs up", "Scans at home", "Reminder", "Sends a photo", "Adviser answers", "Comes back"],
            caption="Storyboard drawn for the workshop with the store team."),
        H(1, "8. The journey we are aiming for", {"target-journey": "ok"}),
        T([["Step", "Today", "With the passport"],
           ["Purchase", "advice at the till, then nothing", "advice plus sign-up in ten seconds"],
           ["First week", "care tag lost, guesswork", "care page with the plant's needs"],
           ["First month", "plant suffers, owner feels guilty", "reminders and a reply from the adviser"],
           ["Third month", "plant dies, customer gives up", "clinic invitation and voucher for a second plant"],
           ["Sixth month", "no contact at all", "seasonal repotting advice and a workshop invitation"]]),
        H(1, "9. What customers gain", {"experience-value": "thin"}),
        P("Customers gain confidence and fewer dead plants. Bramble gains visits and a reason to talk to them."),
        H(1, "10. Next steps", {}),
        P("We will present the proposal to the management committee on 12 January and ask for a three-month "
          "pilot in Caen and Lisieux, starting in March when the spring season opens."),
    ],
    missing=["assumptions-to-test"],
)
