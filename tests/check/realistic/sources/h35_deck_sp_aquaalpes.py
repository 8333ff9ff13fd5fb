from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="deck",
    language="en",
    notes="""Held-out round 35 (h35_), written and labelled on 2026-12-02 before any run of check. A python-pptx
    deck (13 slides with the title) proposing a fix for the queues at the seven public swimming pools of
    AquaAlpes around Grenoble. Short punchy titles, French speaker notes on some slides, the concept scoring as a
    table, a mock-up picture and a storyboard picture. The chosen concept and why it is new for the client share
    one slide ("SwimPass wins — and nobody here did it before", merged). The team drew no target journey (missing);
    slides of their own (team, next steps) and a title-only closing questions slide.""",
    missing=["target-journey"],
    title="AquaAlpes — no more queue at the turnstile",
    cover=["CX project — Léa Perrin, Karim Benali, Sofia Marchetti", "Client: AquaAlpes SPL, Grenoble"],
    blocks=[
        Slide("Who we are", {}, bullets=[
            "Three students, one pool each: Léa at Échirolles, Karim at Meylan, Sofia at Fontaine",
            "Six weeks of fieldwork, October to mid-November 2026",
        ]),
        Slide("What we heard", {"insights-recap": "ok"}, table=[
            ["Insight", "Evidence", "So what"],
            ["Parents give up when the queue passes the door", "38 families watched leaving, Saturday 10-12",
             "The wait is lost revenue, not only bad mood"],
            ["Regulars hate paying again and again", "14 of 20 interviews, card reloaded at the desk",
             "Loyal swimmers feel treated like tourists"],
            ["Nobody knows the pool is full before driving there", "Facebook comments, 212 in one month",
             "Information arrives too late to change plans"],
        ], notes="On rappelle les trois constats du brief de recherche, sans les redémontrer : le jury les a déjà vus."),
        Slide("How we found ideas", {"ideation-method": "ok"}, bullets=[
            "Two half-day workshops with lifeguards, cashiers and four regular swimmers",
            "Crazy 8s on each How-might-we, then dot voting: 46 sketches, 9 kept",
            "Worst possible idea round to unlock the team (the 'swim-through ticket booth')",
            "Analogies from ski lifts and the tram: passes you never show",
        ], notes="Insister sur la présence des maîtres-nageurs : ce sont eux qui ont proposé l'idée du portique."),
        Slide("Five ideas on the table", {"concept-cards": "ok"}, bullets=[
            "SwimPass: a contactless season pass read at the turnstile, topped up in the app",
            "Live crowd meter on the website and at the tram stop",
            "Time-slot booking for Saturday family swims",
            "Self-service kiosks in each hall",
            "Loyalty stamps: the tenth swim free",
        ]),
        Slide("Scoring", {"concept-scoring": "ok"}, table=[
            ["Concept", "Fits insights /5", "Feasible in 2027 /5", "Cost", "Staff buy-in /5", "Total"],
            ["SwimPass", "5", "4", "€180k", "4", "13"],
            ["Crowd meter", "4", "5", "€25k", "5", "14 (kept as add-on)"],
            ["Slot booking", "3", "3", "€60k", "2", "8"],
            ["Kiosks", "2", "4", "€140k", "2", "8"],
            ["Loyalty stamps", "2", "5", "€5k", "4", "11"],
        ], notes="La jauge d'affluence a le meilleur score mais ne règle pas la file : on la garde en complément."),
        Slide("SwimPass wins — and nobody here did it before", {"chosen-concept": "ok", "innovation": "ok"}, bullets=[
            "One pass for all seven pools, read by the turnstile in one second",
            "Topped up in the app or at the tram station machine, never at the desk",
            "Crowd meter built in: the app tells you which pool has room now",
            "New for AquaAlpes: today every pool sells its own paper cards",
            "No French public pool network of this size links pass, turnstile and live occupancy",
        ], notes="Deux messages : ce que fait SwimPass, et pourquoi c'est une vraie nouveauté pour une SPL "
                 "qui vend encore des cartes papier tamponnées."),
        Slide("What it looks like", {"visuals-mockups": "ok"}, bullets=[
            "App home: balance, pool occupancy, top-up button",
            "Turnstile: green light and the remaining swims",
        ], image=["App home", "Top-up", "Pool map", "Turnstile screen"]),
        Slide("Saturday with Nadia", {"usage-scenario": "ok"}, bullets=[
            "9:40 Nadia checks the app: Meylan is at 85%, Fontaine at 40%",
            "10:05 she parks at Fontaine, her two kids already in swimsuits",
            "10:07 three taps at the turnstile, no desk, no queue",
            "11:30 the app reminds her the pass is low and tops it up",
        ], image=["At home", "In the car", "Turnstile", "Pool", "Top-up"]),
        Slide("What changes for people", {"experience-value": "ok"}, table=[
            ["Who", "Before", "After", "Value"],
            ["Families", "20 min queue on Saturday", "Under 2 min", "Time, less stress for kids"],
            ["Regulars", "Card reloaded at the desk", "Automatic top-up", "Feeling recognised"],
            ["Cashiers", "Selling tickets all morning", "Welcoming and advice", "Less repetitive work"],
            ["AquaAlpes", "Lost visits when full", "Crowds spread over 7 pools", "About 9% more visits"],
        ]),
        Slide("What we still need to check", {"assumptions-to-test": "ok"}, bullets=[
            "Will older swimmers use an app? Test: paper QR card option at Échirolles",
            "Can the 2012 turnstiles read NFC? Test with the vendor in January",
            "Does the crowd meter shift visits? A/B on two Saturdays",
        ]),
        Slide("Next steps", {}, bullets=[
            "Board decision: 15 January 2027",
            "Pilot at Fontaine from March, all pools by September",
        ]),
        Slide("Questions?", {}),
    ],
)
