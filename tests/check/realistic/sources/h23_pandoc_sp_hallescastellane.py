from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="pandoc",
    language="en",
    notes="""Held-out round 23 (h23_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc,
    English: the covered market of Les Halles Castellane in Montpellier loses shoppers under 40, who work during its
    opening hours; the team proposes one basket across several stalls, picked up at a locker by the tram stop.
    Headings in the authors' own words, some questions, sub-parts at level 2 and 3; the scoring is a table with
    weights; the storyboard is a drawn picture. The screens heading has nothing under it (empty); no target journey
    and no assumptions to test anywhere (missing); a part of their own on costs and next steps.""",
    title="Les Halles Castellane: one basket, every stall",
    cover=["CX project, solution proposal", "Clara Munoz, Théo Vidal, Yasmine Haddad", "December 2026"],
    blocks=[
        H(1, "Where we start from", {"insights-recap": "ok"}),
        P("Our research brief ended with three insights. We recall them here because every idea below has to answer "
          "at least one of them."),
        T([["Insight", "Where it comes from", "What it means for the market"],
           ["Shoppers under 40 love the market but cannot come before 7 pm", "19 of 24 interviews, footfall counts", "opening hours shut out the customers it needs"],
           ["Buying at five stalls means five queues and five payments", "observation on four Saturdays", "a full basket takes over an hour"],
           ["Traders already take orders by text, each in their own way", "interviews with 9 traders", "the habit exists, the tool does not"]]),
        H(1, "How did we get to ideas?", {"ideation-method": "ok"}),
        P("We ran two workshops of three hours in the market's meeting room, in October. The first brought together "
          "six shoppers from our interviews, four traders and the market manager, Sandrine Roques. We started from "
          "the three insights, rewritten as questions, and used crazy eights: eight sketches in eight minutes, each "
          "person alone, then shared and grouped on the wall. That produced 71 sketches, which we merged into 14 "
          "ideas."),
        P("In the second workshop, with the same traders and two people from the city's economic development team, "
          "we worked on reversal: what would make the market worse for a working shopper, and what is the opposite "
          "of each answer. This is where the idea of the market coming to the shopper, rather than the shopper to "
          "the market, appeared. We then kept five ideas, those that at least one trader was willing to try, and "
          "wrote each as a card."),
        H(1, "Five ideas on the table", {"concept-cards": "ok"}),
        T([["Idea", "In one line", "Insight it answers"],
           ["Late Thursdays", "the market stays open until 9 pm once a week", "hours"],
           ["One basket", "order from several stalls online, pay once, collect in one bag", "queues, hours, texts"],
           ["Market box", "a weekly box of seasonal products chosen by the traders", "hours"],
           ["Single till", "one payment point at the exit for all stalls", "queues"],
           ["Trader chat", "a shared messaging number for all stalls", "texts"]]),
        H(1, "Scoring the five ideas", {"concept-scoring": "ok"}),
        P("We scored each idea from 1 to 5 with Sandrine and three traders, on four criteria we agreed with them "
          "beforehand, and weighted them. The value for shoppers counts twice because the market's problem is "
          "losing them. One basket wins clearly; late Thursdays scored well for shoppers but the traders refused "
          "the extra hours, which is why its feasibility is so low."),
        T([["Idea", "Value for shoppers (x2)", "Traders willing", "Cost", "Feasible by spring", "Total"],
           ["Late Thursdays", "4", "1", "4", "2", "15"],
           ["One basket", "5", "4", "3", "4", "21"],
           ["Market box", "3", "3", "4", "4", "17"],
           ["Single till", "4", "2", "1", "1", "12"],
           ["Trader chat", "2", "4", "5", "5", "18"]]),
        H(1, "Our pick: One basket", {"chosen-concept": "ok"}),
        P("One basket lets a shopper fill a single order from several stalls of the market, on a phone or a "
          "computer, until 11 am. The butcher, the cheesemonger, the greengrocer and the baker each see the lines "
          "that concern them on a tablet at their stall and prepare them during the quiet hours of the early "
          "afternoon. A market porter, a job that already exists for deliveries to restaurants, collects the bags "
          "at 3 pm and places the whole order in a refrigerated locker at the Castellane tram stop, two minutes' "
          "walk from the market. The shopper receives a code and picks up the basket on the way home, until 10 pm."),
        P("We chose it because it answers the three insights at once. It removes the hours problem without asking "
          "the traders to stay later, which they refused in the workshop. It replaces five queues and five payments "
          "with one, and the money is split between the stalls automatically at the end of each day. And it turns the orders by text that "
          "some traders already take into a shared and reliable habit, instead of a favour for regular customers."),
        P("The first version is deliberately small: eight volunteer stalls out of thirty-two, a catalogue of about "
          "two hundred products that each trader updates on Monday, one locker of twenty-four compartments, and "
          "orders three days a week. Prices are the same as at the stall, with a fee of 2 euros per basket paid by "
          "the shopper, which covers the porter's time. The market keeps the customer relationship: the website "
          "carries its name, and each product shows the face and the name of the trader who sells it."),
        H(2, "Has anyone done this before?", {"innovation": "ok"}),
        P("Drive services of supermarkets and delivery apps already let people order food online, and a few markets "
          "in Lyon and Bordeaux have a website. What is new here is that one order crosses several independent "
          "traders with one payment, and that the collection point is on the shopper's way home rather than at the "
          "market. For Les Halles Castellane, which has never sold anything online and whose traders each have "
          "their own till, this is a real change: the market acts for the first time as one shop. None of the "
          "city's other markets does it, and the manager told us the idea had never come up in twenty years of "
          "traders' meetings. The traders we met were surprised that it could work without a new building or any new staff at all."),
        H(1, "Screens", {"visuals-mockups": "empty"}),
        H(1, "A Thursday with Lucie", {"usage-scenario": "ok"}),
        P("Lucie is 34 and works in a bank near the station. On Thursday at 8 am, on the tram, she opens One basket "
          "and orders a chicken from Maison Bonnet, two cheeses, a kilo of clementines and a country loaf. She pays "
          "once and gets a message saying her basket will be ready from 4 pm."),
        P("At 1 pm, the butcher sees her line on his tablet between two customers and prepares the chicken. The "
          "other traders do the same. At 3 pm, the porter collects the four bags, checks them against the order and "
          "places them in compartment 12 of the locker at the tram stop. Lucie receives her code."),
        P("At 7 pm, she gets off the tram, types the code and takes her basket, cold products still cold. On "
          "Saturday, she passes by the market with her partner, stops at the cheesemonger's to thank him, and buys "
          "a cake she saw on the website. The market has won back a customer it had lost for two years."),
        Img(["8 am: orders on the tram", "1 pm: stalls prepare", "3 pm: porter fills the locker",
             "7 pm: code, basket"], "Storyboard of Lucie's Thursday, from order to pick-up"),
        H(1, "What it changes for shoppers and traders", {"experience-value": "ok"}),
        P("For working shoppers, the value is time and certainty: a basket that took an hour and five queues on "
          "Saturday now takes five minutes on the tram, and the products are the market's, not a supermarket's. "
          "For the traders, it brings sales at an hour when the hall is empty, without staying later or hiring "
          "anyone, and it shows their name to customers who had never met them. For the market itself, it is a way to learn, "
          "week after week, which products bring younger customers back to the hall."),
        T([["For whom", "Before", "With One basket"],
           ["Lucie, working shopper", "market only on Saturday, an hour of queues", "orders in five minutes, picks up on her way home"],
           ["Maison Bonnet, butcher", "quiet afternoons, orders by text from regulars only", "prepares orders in the quiet hours"],
           ["Sandrine, market manager", "footfall falling, ageing customers", "new customers under 40, data on what sells"]]),
        H(1, "Costs and next steps"),
        P("The pilot costs about 38,000 euros: the locker, the website built on an existing marketplace tool, eight "
          "tablets and the porter's extra hours for six months. The city's economic development team has offered "
          "to fund half of it. We propose to start in March with eight stalls and to decide in September."),
    ],
    missing=["target-journey", "assumptions-to-test"],
)
