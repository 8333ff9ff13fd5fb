from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 11 (h11_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Greyhaven Leisure runs four council swimming pools and
    loses parents of toddlers after a few visits. The authors' own headings; three of them are bold Normal
    paragraphs; a feature table under the chosen concept, whose heading also covers why it is new for the client
    (merged); the mock-up section is a picture and two sentences (thin); no assumptions to test (missing).""",
    title="Splash Passport: keeping young families in the water",
    cover=["Solution proposal for Greyhaven Leisure", "Aoife Brennan, Sam Okafor, Lucie Marchand"],
    blocks=[
        B("What the research told us", {"insights-recap": "ok"}),
        T([["#", "What we heard", "What it means for us"],
           ["1", "Parents come three or four times, then stop when the toddler cries in the cold changing room",
            "The first visits decide everything and the pain is outside the pool"],
           ["2", "Nobody knows whether their child is progressing between baby classes",
            "Progress is invisible, so the effort feels pointless"],
           ["3", "Weekend sessions are crowded and noisy; quiet slots exist but nobody hears about them",
            "The right slot at the right time is hard to find"],
           ["4", "Grandparents bring the children on weekdays but cannot book online",
            "Booking excludes part of the family that actually comes"]]),
        H(1, "How we came up with ideas", {"ideation-method": "ok"}),
        P("We ran two workshops at the Riverside pool in October. The first brought together six parents from our "
          "interviews, two swimming teachers and the duty manager; the second was internal, with the marketing "
          "team and the booking system administrator. Each started from one of the four findings, rewritten as a "
          "question beginning with 'how could we', for example how could a parent see that their toddler is "
          "getting more confident in the water."),
        P("We used crazy eights to get many rough ideas fast (86 sketches in total), then dot voting to keep "
          "twelve, then a 'worst idea' round to shake the group out of obvious answers: the idea of handing out "
          "medals for crying less turned, after some laughter, into the passport of small achievements. We "
          "grouped the surviving ideas into five concepts and wrote each on a card. Teachers' comments were "
          "decisive, since they know what can be observed in a thirty-minute class."),
        H(2, "Five ideas on a page", {"concept-cards": "ok"}),
        T([["Concept", "In one sentence", "Finding it answers", "Effort"],
           ["Splash Passport", "a stamped booklet and app page showing each small water skill a child masters", "2, 1", "medium"],
           ["Warm Cabins", "heated family changing cabins bookable with the swim slot", "1", "high (works)"],
           ["Quiet Hour Alerts", "a text when a calm family slot has space this week", "3", "low"],
           ["Grandparent Card", "a card that lets a named grandparent book at the desk or by phone", "4", "low"],
           ["Buddy Families", "pairing new families with regulars for the first month", "1, 2", "medium"]]),
        B("Scoring the five", {"concept-scoring": "ok"}),
        P("Each member of the team and two teachers scored the concepts from 1 to 5 on four criteria, and we "
          "averaged the scores. Desirability came from the parents' reactions at the second test session, where we showed "
          "a paper version of each card and asked which one they would use next month."),
        T([["Concept", "Parents want it", "Feasible in 2027", "Cost", "Links to findings", "Total / 20"],
           ["Splash Passport", "5", "4", "4", "5", "18"],
           ["Warm Cabins", "5", "2", "1", "3", "11"],
           ["Quiet Hour Alerts", "3", "5", "5", "3", "16"],
           ["Grandparent Card", "3", "5", "5", "3", "16"],
           ["Buddy Families", "4", "3", "4", "4", "15"]]),
        P("Warm Cabins scored highest with parents but needs building works the council has postponed to 2029."),
        H(1, "Our pick: Splash Passport, and why it is new for Greyhaven",
          {"chosen-concept": "ok", "innovation": "ok"}),
        P("Splash Passport turns the invisible progress of a baby or toddler into something a family can see and "
          "celebrate. Every child enrolled in a family session gets a small waterproof booklet at the desk, and "
          "the same page appears in the Greyhaven app. The passport lists twenty small steps, from 'happy to be "
          "splashed' to 'floats on back with a noodle', written with our teachers. At the end of each class the "
          "teacher stamps the steps the child showed that day; parents can also tick them during free family "
          "swims, and a teacher confirms at the next class."),
        P("It answers our two strongest findings directly. Parents who stop after three visits told us they saw "
          "no point when the child was still crying; the passport makes a good day visible, even a tiny one. "
          "And because each page ends with 'next time, try...', it gives families a reason to book the next "
          "visit, ideally one of the quiet slots the app suggests. Stickers and a certificate at five, ten and "
          "twenty steps give the children something to look forward to, and the parents something to share."),
        T([["Feature", "What the family sees", "What staff do"],
           ["Paper booklet", "twenty steps with pictures, stamps", "stamp at the end of class"],
           ["App page", "the same steps, the date each was reached", "nothing: synced from the desk scanner"],
           ["Next-time tip", "one suggested step and a quiet slot to book", "teachers write the tips once a term"],
           ["Milestone rewards", "stickers at 5, certificate at 20", "hand out at the desk"]]),
        P("Nothing like it exists at Greyhaven or at the three private clubs in the area. Swimming progress "
          "badges exist for school-age children, but they begin once a child can already swim a width; below "
          "four years old, families get nothing but a timetable. For the council, this is a shift from selling "
          "sessions to following a child's journey, and it reuses what we already have: teachers, the desk "
          "scanner and the app launched last year, which so far only shows opening hours. It also gives the "
          "service, for the first time, data on which families progress and which drop out, so that managers "
          "can act before a family disappears rather than after."),
        H(1, "What it looks like", {"visuals-mockups": "thin"}),
        Img(["Booklet cover", "Step page with stamps", "App: Noah's passport"],
            "Paper booklet and app page, first draft."),
        P("The booklet is A6 and wipe-clean. Colours follow the council's leisure brand."),
        B("A Saturday with Amira and Noah", {"usage-scenario": "ok"}),
        Img(["1. Desk: passport handed over", "2. Class: first stamp", "3. Home: app shows progress",
             "4. Text: quiet slot Tuesday", "5. Tuesday: grandad brings Noah"],
            "Storyboard in five frames."),
        P("Amira brings Noah, two and a half, to his fourth family class on a Saturday morning. Last time he cried "
          "for most of the session and she nearly cancelled. At the desk, the receptionist gives her Noah's "
          "passport. In the pool, the teacher notices that Noah now lets water run over his face from the "
          "watering can, and at the end she stamps 'happy to be splashed'. Noah holds the booklet all the way to "
          "the changing room."),
        P("That evening, Amira opens the app and sees the stamp with the date, and the tip for next time: 'try "
          "blowing bubbles, the Tuesday 10 am session is quiet'. She forwards it to her father, who looks after "
          "Noah on Tuesdays. On Tuesday, grandad brings Noah to the quiet session, and Noah shows the booklet to "
          "the lifeguard. Amira books the next Saturday class from the app on the way to work, "
          "and for the first time since September the family has a swim planned for each week of the month."),
        H(1, "Journey, step by step", {"target-journey": "ok"}),
        T([["Stage", "What the family does", "What they feel", "What we offer"],
           ["Arrive", "collects the passport at the desk", "a bit anxious", "a friendly word, the booklet"],
           ["Swim", "tries a new step with the teacher", "proud if it works", "a stamp, even for a small step"],
           ["At home", "looks at the app page", "reassured", "progress and a next-time tip"],
           ["Next visit", "books a quiet slot, or sends grandad", "in control", "a text when a calm slot is free"]]),
        H(1, "Why parents will care", {"experience-value": "ok"}),
        P("For parents, the value is reassurance: they can see that their child is getting more confident, which "
          "was the missing reason to keep coming after a difficult first visit. The passport also gives them a "
          "shared story with the child, who can point at the stamps, and something to send to grandparents, who "
          "become part of the routine instead of being left out of booking. Quiet slots, suggested at the right "
          "moment, take away the noise and crowding that made Saturdays so tiring for small children."),
        T([["Value for the family", "How we will see it"],
           ["Reassured that the child progresses", "families still coming after six visits, from 38 % to 55 %"],
           ["Less stress at the pool", "share of bookings in quiet slots, from 12 % to 25 %"],
           ["A family habit, shared with grandparents", "bookings made at the desk for a named grandparent"],
           ["Pride and a small celebration", "certificates handed out per term"]]),
    ],
    missing=["assumptions-to-test"],
)
