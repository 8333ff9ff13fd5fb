from _common import *

DOC = dict(
    deliverable="research-brief",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 15 (h15_), written and labelled on 2026-12-01 before any run of check. python-docx from
    scratch, English: a team of three studies why customers of Lumen Optique, fourteen optician shops around
    Bordeaux, buy their glasses online after an eye test in the shop. Numbered headings ("1." to "11.", sub-sections
    "1.1", "4.2"), some paraphrased, one question; the research questions as a table under their heading; the
    persona heading in upper case with a name; no desk research (missing: the team cites reports only in the
    bibliography); the prioritisation heading left with nothing under it (empty). Interview guide and verbatims
    as tables in the appendix.""",
    title="Lumen Optique – Research brief",
    cover=["Customer eXperience project, Web School Factory", "Team: Jade Moreau, Karim Haddad, Lucie Ferrand",
           "27 November 2026"],
    blocks=[
        H(1, "1. What Lumen asked us, and what we think the problem is", {"client-brief": "ok"}),
        P("Lumen Optique is a family-owned chain of fourteen optician shops in Bordeaux and the Gironde, with 96 "
          "employees and a turnover of 11.8 million euros in 2025. Its shops do well on eye tests: opticians carry "
          "out about 31,000 tests a year, a service customers value because ophthalmologists in the region have "
          "waiting lists of five months. But the chain has noticed that a growing share of the people it tests "
          "walk out with their prescription and never come back. Its own estimate is that 38 % of tested customers "
          "bought no glasses from Lumen in 2025, against 22 % in 2021."),
        P("The marketing director, Sandrine Labat, gave us a clear brief in September: design a loyalty "
          "programme with points and discounts, so that tested customers buy their frames in the shop. She "
          "suspects that online sellers win on price, and wants a programme ready for the spring collection."),
        P("After two meetings and a first morning in the Mériadeck shop, we asked to widen the question. A loyalty "
          "programme assumes that customers leave for a cheaper price. Nobody at Lumen knows this; the shops do not "
          "ask people why they leave, and the sales figures cannot tell a customer who bought online from one who "
          "simply kept his old glasses. We proposed to study the moment between the eye test and the purchase, to "
          "understand what customers weigh and where Lumen loses them, before choosing any answer. Sandrine agreed, "
          "on condition that we give her management committee a first view in January."),
        H(2, "1.1 From a loyalty scheme to a broader question", {"brief-reframing": "ok"}),
        T([["The brief as given", "What we noticed", "Our reframed challenge"],
           ["Create a loyalty programme with points", "no one knows why tested customers leave",
            "How might Lumen understand what happens between the test and the purchase?"],
           ["Compete with online prices", "frames in the shop cost about twice as much as online",
            "How might the shop offer something a website cannot?"],
           ["Launch for the spring collection", "the committee meets in January",
            "Bring evidence to the January committee, not a finished scheme"]]),
        H(1, "2. Questions we set out to answer", {"research-questions": "ok"}),
        P("We agreed on four questions with Sandrine and two shop managers. Each has a hunch behind it, which our "
          "research was meant to confirm or destroy."),
        T([["#", "Question", "Our starting hunch"],
           ["Q1", "What do customers do with their prescription once they leave the shop?",
            "most compare prices online the same evening"],
           ["Q2", "How do they choose a frame, and who helps them choose?", "partners and friends matter more than the optician"],
           ["Q3", "What makes the moment of buying in a shop uncomfortable?", "the price is given too late, at the till"],
           ["Q4", "What would make them come back to Lumen for the glasses?", "trust in the optician who did the test"]]),
        H(1, "3. How we did the research", {"method-sample": "ok"}),
        P("We worked over seven weeks, from 6 October to 22 November. We chose three shops that differ in their "
          "customers: Mériadeck in the city centre, Pessac near the university and Libourne, a market town forty "
          "kilometres away. We combined three methods, because each fills a gap of the others: observation shows "
          "what people do without telling us, interviews tell us why, and a short follow-up by text message let "
          "us see what customers really did in the two weeks after their test."),
        P("Our sample is small and we know it. We interviewed fourteen customers recruited in the shops just "
          "after their eye test, with the agreement of the opticians; eight were women, ages ranged from 19 to 74. "
          "Ten of them accepted to answer three text messages in the following fortnight. We also talked to six "
          "opticians and two shop managers. Every customer received a voucher for a free lens cleaning kit. The "
          "sample leaves out children and people with complex prescriptions, who almost always buy in the shop."),
        H(2, "3.1 Fieldwork at a glance", {"research-activities": "ok"}),
        T([["Activity", "Who", "Where and when", "What we kept"],
           ["Observation", "about 120 customers", "3 shops, 9 half-days, October", "notes, timings, a floor plan"],
           ["Customer interviews", "14 tested customers", "in the shops, 25 minutes each", "recordings, summaries"],
           ["Text follow-up", "10 of those customers", "days 2, 7 and 14 after the test", "answers, screenshots"],
           ["Staff interviews", "6 opticians, 2 managers", "shops, after closing", "notes"]]),
        H(1, "4. What we found", {"findings": "ok"}),
        P("Price matters, but it is not what makes people leave. Most customers leave because nobody helped them "
          "with the second decision, the choice of a frame, which they find harder and more personal than the test "
          "itself. They go home to decide with someone they trust, and once at home the website is closer than the "
          "shop. The sections below give the evidence from each method; the insights in section 7 bring them "
          "together. One surprise: customers praise the opticians far more than we expected, and several said "
          "they would happily pay a little more to keep the same person."),
        H(2, "4.1 In the shops", {"observation": "ok"}),
        P("We watched nine half-days, on weekdays and Saturdays. The eye test takes about twenty minutes and "
          "happens in a closed room; customers come out with a printed prescription handed over at the desk. In "
          "two shops out of three, the optician then goes back to the next test, and the customer is left alone "
          "in front of four hundred frames on the walls. We timed 41 customers: on average they spent three "
          "minutes at the frames before leaving, and only 11 were approached by a salesperson."),
        P("Prices are on small tags inside the temples, which customers have to pick up and turn to read. We saw "
          "several people put a frame back quickly after reading the tag, with visible embarrassment. On "
          "Saturdays the picture changes: couples and friends come together, try on frames for half an hour and "
          "take photos of each other with their phones."),
        H(2, "4.2 Talking to customers", {"interviews": "ok"}),
        P("The interviews confirmed that the test and the glasses are two different purchases in people's "
          "minds. The test is a health service: customers trust the optician, compare him to a doctor and were "
          "grateful not to wait five months. The glasses are a matter of taste and money, and there they trust "
          "themselves and their relatives more than the shop. \"I don't choose glasses alone, my daughter has to "
          "see them\", said Monique, 68, from Libourne."),
        P("Eleven of the fourteen people had already looked at an online seller, but only four mentioned price "
          "first. The others spoke of time and comfort: choosing at home, in the evening, with a virtual try-on or a "
          "photo sent to a friend, without a salesperson watching. Three young customers at Pessac said they felt "
          "judged when they put back an expensive frame."),
        P("The text follow-up gave a sharper picture. After fourteen days, three of the ten had bought glasses at "
          "Lumen, four had bought online, two had not bought yet and one had gone to another optician recommended "
          "by a colleague. Two of the four online buyers later regretted it because the frame did not fit and "
          "asked in the shop whether Lumen would adjust it."),
        H(1, "5. What the tested customer says, thinks, does and feels", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["\"I'll think about it and come back\"", "choosing a frame is a risk, I might look silly",
            "takes a photo of the prescription, asks a friend", "relieved after the test, lost in front of the walls"],
           ["\"Is this one expensive?\"", "the shop will push me to spend more",
            "reads price tags quickly, puts frames back", "embarrassed when asking about prices"]]),
        H(1, "6. PERSONA – CAMILLE, 34", {"persona": "ok"}),
        T([["Who", "Camille"],
           ["Profile", "34, project manager in Mérignac, two children, first progressive lenses"],
           ["Goal", "glasses she likes, chosen without rushing, for a budget she can control"],
           ["Frustrations", "no time on weekdays, feels watched in shops, prices hidden on the frames"],
           ["Habits", "buys clothes online and returns half of them, asks her sister before any big purchase"],
           ["Quote", "\"The test was great. Choosing the frame, I'd rather do that at home with my sister.\""]]),
        H(1, "7. Key insights", {"user-insights": "ok"}),
        P("We grouped every observation, quote and text answer on a wall and kept the insights that at least two "
          "methods supported. Each is written from the customer's side."),
        T([["#", "Insight", "Evidence", "So what for Lumen"],
           ["I1", "The frame is a social choice, made with someone the customer trusts",
            "9 of 14 interviews; Saturday observations", "the shop must make room for the friend or relative"],
           ["I2", "Customers feel left alone between the test and the frames",
            "11 of 41 approached; staff interviews", "the optician's trust stops at the door of the test room"],
           ["I3", "Hidden prices create embarrassment, not desire", "observation of tags; 3 interviews",
            "showing prices openly may sell more"]]),
        H(2, "7.1 How might we…", {"pov-hmw": "ok"}),
        T([["Insight", "How might we…"],
           ["I1", "How might we let customers bring their trusted person into the choice, even from home?"],
           ["I2", "How might we carry the trust built during the test over to the choice of the frame?"],
           ["I3", "How might we talk about price before the customer has to ask?"]]),
        H(1, "8. The journey today", {"as-is-journey": "ok"}),
        T([["Step", "What the customer does", "How it feels", "Where Lumen loses them"],
           ["Booking", "books a test online or by phone, within a week", "pleased, no long wait", "—"],
           ["Eye test", "twenty minutes with an optician", "reassured, well treated", "—"],
           ["After the test", "gets the prescription at the desk", "unsure what comes next", "nobody explains the next step"],
           ["At the frames", "looks alone, reads tags", "lost, a bit embarrassed", "leaves after three minutes"],
           ["At home", "compares online, asks family", "in control", "Lumen is no longer in the picture"]]),
        H(1, "9. Where to start?", {"insight-prioritisation": "empty"}),
        H(1, "10. What this means for Lumen", {"strategic-stakes": "ok"}),
        P("Our research does not support the loyalty programme as the first answer. Customers who leave do not feel "
          "disloyal; they leave because the shop stops helping them at the moment they need help most. Points "
          "and discounts would reward those who already buy and would not reach Camille, who left without ever "
          "being asked what she was looking for."),
        P("We see three strategic questions for the management committee. The first is about the role of the "
          "optician: should the person who does the test also accompany the choice of the frame, at least for ten "
          "minutes, even if that means fewer tests per day? The second is about the shop as a place: can Lumen "
          "welcome the friend or the daughter, in the shop or at a distance, with a photo sent from the fitting "
          "mirror or a reserved frame taken home for a day? The third is about prices: showing them openly is a "
          "break with the chain's habits, and it needs a decision at the top."),
        P("Online sellers will remain cheaper. Lumen's advantage is the trust earned during the test, and the "
          "possibility to adjust and repair. The next phase of the project should test small changes in two shops "
          "and measure how many tested customers buy within a month."),
        H(1, "11. Appendices", {"appendices": "ok"}),
        P("The interview guide, a selection of quotes and the reports we read are given below."),
        H(2, "A. Our discussion guide", {"interview-guide": "ok"}),
        T([["Part", "Questions", "Time"],
           ["Welcome", "who we are, consent to record, the voucher", "2 min"],
           ["The test", "why today, how did you book, how did it go", "5 min"],
           ["The next step", "what will you do with your prescription, where will you buy", "8 min"],
           ["Choosing", "how do you choose a frame, who helps you", "6 min"],
           ["Close", "can we send you three texts, thank you", "2 min"]]),
        H(2, "B. What they said", {"verbatims": "ok"}),
        T([["Who", "Quote", "Insight"],
           ["Monique, 68, Libourne", "I don't choose glasses alone, my daughter has to see them", "I1"],
           ["Yanis, 21, Pessac", "I put the frame back when I saw the price, I felt stupid", "I3"],
           ["Camille, 34, Mérignac", "The test was great, the rest I'll do at home", "I2"]]),
        H(2, "C. Sources", {"bibliography": "ok"}),
        L(["Syndicat national des centres d'optique mutualistes, Le marché de l'optique en France, 2025.",
           "DREES, Délais d'accès aux ophtalmologistes, Études et résultats n° 1290, 2024.",
           "Lumen Optique, sales and test figures 2021-2025, internal file."]),
    ],
    missing=["desk-research"],
)
