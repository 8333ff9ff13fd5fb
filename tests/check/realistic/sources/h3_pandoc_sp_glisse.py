from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="pandoc",
    language="en",
    notes="""Held-out round 3 (h3_), written and labelled on 2026-12-01 before any run of check. Markdown converted
    by pandoc, English, a ski rental chain whose Saturday queues ruin the first morning of the holiday. Headings
    in the team's own words (a name plus other words, a time of day, a shortened 'Scoring'); the novelty of the
    concept is a level-3 heading under the chosen concept; the mock-ups are one picture, its caption and one line (thin); the
    before/after value of the experience was never written (missing).""",
    title="Glisse & Co – No more queue at the rental desk",
    cover=["Customer eXperience project – solution proposal",
           "Team 4: Hugo Perrier, Salomé Bastide, Kenji Moreau – December 2026"],
    blocks=[
        H(2, "Where the research left us", {"insights-recap": "ok"}),
        T([["ID", "What we saw", "HMW question", "Rule we keep"],
           ["I1", "On arrival Saturday, families wait 70 minutes on average, most of it for boots",
            "HMW turn the first hour into ski time?", "nothing to queue for"],
           ["I2", "Parents already typed sizes and weights when booking online, then fill the same paper form",
            "HMW use what they told us?", "ask once"],
           ["I3", "Children get cold and bored before the parents are served",
            "HMW keep the kids out of the shop?", "kids first"]]),
        H(2, "Generating ideas (two workshops)", {"ideation-method": "ok"}),
        P("We ran two half-day workshops in the Bourg-Saint-Maurice shop in October. The first one mixed our team, "
          "two shop managers, a boot fitter and three regular customers recruited from the loyalty list. We started "
          "with each insight written on a wall and did three rounds of silent sketching, eight minutes each, then "
          "stuck everything up and voted with dots. That gave 64 ideas, from the realistic (a second desk on "
          "Saturdays) to the absurd (skis delivered by drone). In the second workshop, with the operations director, "
          "we grouped them by what the customer would do differently, which left eleven families of ideas. We then "
          "used 'what would a hotel do?' and 'what would a car-rental company do?' as analogies to push the best "
          "families further. Five concepts came out, each one linked to at least one insight, and we wrote a card "
          "for each."),
        H(2, "Five ideas on the table", {"concept-cards": "ok"}),
        T([["Concept", "Insights", "In one sentence", "For whom"],
           ["SkiBox", "I1, I2, I3", "your fitted kit waits in a locker you open with a code", "families booking ahead"],
           ["Boot van", "I1, I3", "a fitter comes to your flat on Friday evening", "large groups"],
           ["Foot scan", "I2", "scan your feet with your phone before you leave home", "tech-friendly skiers"],
           ["Friday lane", "I1", "a pick-up lane open Friday 5-9 p.m. for early arrivals", "people arriving early"],
           ["Season pass kit", "I2", "one kit for the whole season, swapped in five minutes", "locals and second homes"]]),
        H(2, "Scoring", {"concept-scoring": "ok"}),
        T([["Concept", "Wanted by users (40 %)", "Doable (30 %)", "Pays (30 %)", "Total", "Verdict"],
           ["SkiBox", "5", "4", "4", "4.4", "chosen"],
           ["Boot van", "4", "2", "2", "2.8", "dropped, too few fitters"],
           ["Foot scan", "3", "2", "3", "2.7", "kept as a later add-on"],
           ["Friday lane", "3", "5", "3", "3.6", "quick win for this winter"],
           ["Season pass kit", "2", "4", "4", "3.2", "other project"]]),
        P("Weights were fixed with the operations director before scoring. The grid hides one thing: the Friday "
          "lane is almost free, so we will run it this season anyway while the SkiBox is built. The boot van scored "
          "well with customers but we only have six certified fitters for six shops."),
        H(2, "Our pick: the SkiBox", {"chosen-concept": "ok"}),
        P("The SkiBox turns the rental into a collection. When a family books online, they already give height, "
          "weight, shoe size and level for each skier. Today that information is printed and ignored. With the "
          "SkiBox, the shop team uses it on Thursday and Friday, the quiet days, to prepare each kit in advance: "
          "skis adjusted, bindings set, poles cut, and boots chosen in the right size with one size above in the "
          "same bag. Each kit goes into a heated locker in a wall built outside the shop, next to the lift."),
        P("On Saturday morning the family gets a text with a code. They open the locker, put on the boots on the "
          "bench next to it, and if a boot hurts, they swap it for the second size in the bag or press the help "
          "button, which calls a fitter who comes out within five minutes. Nobody queues inside the shop. The "
          "children try their boots sitting down, out of the crowd, while a parent carries the skis. Returning the "
          "kit on the last day works the same way in reverse: put everything back, close the door, done; the deposit "
          "is released when the team checks the kit on Sunday."),
        P("This answers the three insights directly. The 70-minute wait (I1) disappears for everyone who booked "
          "ahead, which is 62 % of Saturday customers today. The information given at booking (I2) is finally "
          "used, and the paper form goes away. The children (I3) spend five minutes on a bench instead of an hour "
          "in a hot shop. For Glisse & Co, the work moves from Saturday morning, when the shop pays overtime and "
          "still turns people away, to Thursday and Friday, when fitters are often idle. The first wall would have "
          "48 lockers, enough for about 40 families, at the Bourg-Saint-Maurice shop."),
        H(3, "Nobody in the valley does this", {"innovation": "ok"}),
        P("Ski rental in the Tarentaise valley works the same way everywhere: a desk, a queue, a fitter. The big "
          "networks have moved booking online, with discounts for early payment, but none of them has changed what "
          "happens when the customer arrives; we checked the twelve shops of Bourg-Saint-Maurice and Les Arcs in "
          "November. Lockers exist at the top of the slopes, but only to store your own skis overnight. Putting a "
          "fitted kit in a locker before the customer arrives is, as far as we and the director know, new in "
          "French resorts; the nearest thing we found is a bike rental in Amsterdam. For Glisse & Co it is also a "
          "new way of working: the shop becomes a workshop on weekdays and a help desk on Saturdays, which changes "
          "how the managers plan their staff over the week."),
        H(2, "Screens and the locker wall", {"visuals-mockups": "thin"}),
        Img(["Booking: sizes per skier", "Text with locker code", "Locker wall by the lift", "Help button screen"],
            "Four key moments: sizes at booking, the text, the wall, the help screen."),
        P("Drawn in Figma; the wall is a cardboard model photographed in the shop."),
        H(2, "Saturday, 8:40 a.m.: the Martins arrive", {"usage-scenario": "ok"}),
        Img(["Booking in November", "Text on Friday night", "Locker at 8:40", "Boot too tight", "On the lift at 9:05"],
            "Storyboard of the Martin family's first morning."),
        P("Claire Martin books a week at Les Arcs for two adults and two children in November. On the booking page "
          "she enters everyone's height, weight, shoe size and level, as she did last year. On Friday evening, "
          "while they are stuck in traffic near Albertville, she receives a text: locker 23, code 4471, ready from "
          "8 a.m. On Saturday they walk from the flat to the shop at 8:40. The wall is outside, the lockers are "
          "labelled in big numbers, the code opens locker 23. Inside are four bags with names on them and the skis "
          "standing behind. Léo, who is nine, finds his left boot too tight; his mother takes the second pair in the "
          "bag, one size up, and it fits. Their neighbour's boot still hurts after the swap, so he presses the help "
          "button and a fitter comes out four minutes later. At 9:05 the Martins are on the lift. On Saturday "
          "afternoon of the following week they put everything back in the locker and leave the keys of the flat."),
        H(2, "The journey, redrawn", {"target-journey": "ok"}),
        T([["", "Book", "Arrive", "Get the kit", "Ski", "Return"],
           ["What they do", "enter sizes once", "get a text with a code", "open the locker, try boots outside",
            "ski from 9 a.m.", "put the kit back, leave"],
           ["Where", "website", "phone", "locker wall, help button", "slopes", "locker wall"],
           ["How they feel", "confident", "relieved", "in control", "happy", "quick and easy"],
           ["What could still go wrong", "wrong size typed by a parent", "text lost or not received", "boot hurts", "binding problem",
            "kit damaged"]]),
        H(2, "Before we build", {"assumptions-to-test": "ok"}),
        T([["We believe that", "If we are wrong", "Test", "We go on if"],
           ["families trust a kit they did not try in the shop", "queue moves to the help button",
            "20 families in February with a mock wall", "fewer than 1 in 4 call for help"],
           ["fitters can prepare 40 kits on a Friday", "kits not ready on Saturday", "one Friday trial",
            "40 kits ready by 6 p.m."],
           ["the wall fits next to the lift", "no space", "meeting with the town hall", "permit granted"]]),
    ],
    missing=["experience-value"],
)
