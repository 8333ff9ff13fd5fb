from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="scratch-docx",
    language="en",
    notes="""Held-out round 47 (h47_), written and labelled on 2026-12-02 before any run of check. python-docx from
    scratch, English: a car-sharing cooperative in Lille whose members give up after a few trips. Shortened and
    question headings; a scoring table; the chosen concept split over two headings; the journey map is a short
    table with a few words (thin); an appendix of the authors' own with the interview sample.""",
    title="Partag'Auto Lille – Solution proposal",
    cover=["CX project, step 2", "Chloé Lambert, Yanis Haddad, Élodie Verbeke – February 2027"],
    blocks=[
        H(1, "Insights", {"insights-recap": "ok"}),
        P("Eighteen interviews with members and a week of shadowing at two stations gave us three findings."),
        T([["What we found", "What backs it"],
           ["New members fear being blamed for damage they did not cause",
            "11 of 18 members had photographed the car before leaving, 4 had argued over a scratch"],
           ["The car is never where the trip starts",
            "members walk 12 minutes on average to their station, many give up for short trips"],
           ["Booking feels like paperwork",
            "the app needs nine taps and a mileage entry typed by hand at the end"]]),
        H(1, "How did we generate ideas?", {"ideation-method": "ok"}),
        P("We held one evening workshop at the cooperative's office with six members, two station agents and the "
          "operations manager, then a shorter session among the three of us to sort the results. We turned each "
          "finding into an open question, such as how might a member start a trip without fearing the previous "
          "driver's mess. Everyone sketched alone for eight minutes before sharing, so that the agents, who know "
          "the cars best, would not steer the members. We then clustered the sketches on the wall, named each "
          "cluster and gave every participant three dot votes. The operations manager voted last so that her "
          "opinion would not anchor the others. Twenty-six sketches became seven ideas, and four of them were "
          "written up as cards below, each with the finding it answers. The other three were dropped because they "
          "answered none of our findings."),
        H(1, "Four concepts", {"concept-cards": "ok"}),
        T([["Concept", "In one line", "Insight answered"],
           ["Check-in photo", "the app guides four photos at pick-up and timestamps them", "fear of blame"],
           ["Neighbour cars", "cars parked by members near home, shared within the block", "car never close"],
           ["One-tap trip", "booking, unlocking and mileage read from the car's box", "paperwork"],
           ["Trip buddy", "an experienced member coaches a newcomer on the first trip", "fear of blame"]]),
        H(1, "Scoring", {"concept-scoring": "ok"}),
        P("Each concept was marked from 1 to 5 on four criteria by the three of us and the operations manager; "
          "the table gives the averages. Impact on members counts double because the cooperative's goal is to "
          "keep members past their tenth trip."),
        T([["Concept", "Impact on members (x2)", "Cost", "Feasibility by 2028", "Novelty", "Total"],
           ["Check-in photo", "4.5", "4", "5", "2", "20"],
           ["Neighbour cars", "4", "2", "2", "5", "17"],
           ["One-tap trip", "4", "3", "4", "3", "18"],
           ["Trip buddy", "3", "5", "4", "3", "18"]]),
        P("We combined the two best scores rather than pick one: the photos alone answer only one insight."),
        H(1, "Our pick: Clean Start", {"chosen-concept": "ok"}),
        P("Clean Start merges the check-in photo and the one-tap trip. When a member reaches the car, the app "
          "opens on a guided check: four photos, front, back and both sides, each framed by an outline on the "
          "screen, plus one of the dashboard. The photos are timestamped and stored with the booking, so that any "
          "damage found later can be dated. The car unlocks only once the check is done, which takes about forty "
          "seconds in our tests. At the end of the trip the mileage and fuel level are read from the box already "
          "fitted in every car, so nothing is typed by hand."),
        P("We chose it because it touches two of our three findings at once and because the cooperative can build "
          "it with what it already owns: the boxes, the app and a storage contract. The neighbour cars scored "
          "highest on novelty but need new insurance and a change to the cooperative's statutes, which the board "
          "will not vote before 2028."),
        H(2, "What a member actually gets", {"chosen-concept": "ok"}),
        P("For the member, the trip now starts with a feeling of being covered rather than suspected. If the "
          "previous driver left a dent, the photos prove it was there before, and the dispute procedure drops "
          "from a two-week email exchange to a check by the agent against the timeline. The end of the trip is "
          "one tap. Members we tested with described the photos as a receipt, which is exactly the word we were "
          "hoping for. For the agents, fewer disputes means more time at the stations and fewer angry calls on "
          "Monday mornings. The cooperative, finally, gets dated evidence for every claim it sends to its insurer, "
          "which it has never had."),
        H(2, "Is it new for them?", {"innovation": "ok"}),
        P("Photo checks exist at the big rental companies, but there they protect the company against the "
          "customer. Clean Start turns them around: the photos protect the member against the previous member, "
          "and they are shared with nobody else unless a dispute is opened. No car-sharing cooperative in the "
          "Citiz network does this today, and the automatic mileage reading has never been connected to the "
          "member app, only to the billing system. For a cooperative that has changed its app once in ten years, "
          "this is a real shift in how it treats members: as partners who need protecting. It also changes who "
          "holds the evidence: today only the agent's notes count, tomorrow the member's own photos will, which "
          "is new for the board and had never been discussed before our workshop, even in its yearly strategy day."),
        H(1, "Mock-ups", {"visuals-mockups": "ok"}),
        P("We drew the three key screens on paper, then in Figma, and tested them with five members at the "
          "Gare Saint-Sauveur station. The outline on the photo screen was added after two testers framed the car "
          "badly. The figure below shows the flow as it stands after that test. The colours follow the cooperative's "
          "green and grey, and the buttons are large enough to use with gloves, a request from two older testers "
          "who drive in winter."),
        Img(["Booking card", "Guided photos", "Unlocked", "Trip summary"],
            "Figure 1 – Clean Start, four screens, version 2 after the station test"),
        H(1, "A trip with Clean Start", {"usage-scenario": "ok"}),
        P("Sonia, 34, joined the cooperative in January to stop owning a car. On Saturday she books a Zoé for two "
          "hours to take her son to a football match in Villeneuve-d'Ascq. At the station, the app shows the "
          "car's place and opens the check: she walks around the car, the outline turns green on each photo, and "
          "she notices a scratch on the rear bumper that the app asks her to tag. The doors unlock. After the "
          "match she parks, taps End trip and sees a summary with the kilometres read by the car and the price. "
          "Two days later the next member reports the same scratch; the agent sees Sonia's tagged photo and "
          "closes the case without writing to her. Sonia learns about it only from a short notice saying the "
          "scratch was already known. That notice is the moment we care about most: it is where a member who "
          "expected trouble learns that the system was on her side."),
        Img(["Books on sofa", "Guided check", "Match", "End trip", "Dispute closed"],
            "Figure 2 – Sonia's Saturday, storyboard"),
        B("Journey, step by step", {"target-journey": "thin"}),
        T([["Step", "Book", "Check", "Drive", "Return"],
           ["Member feels", "quick", "covered", "calm", "done"],
           ["App does", "one screen", "guides photos", "nothing", "reads box"]]),
        H(1, "Why members would care", {"experience-value": "ok"}),
        P("We sorted the value by what the member feels, what the member saves and what the cooperative gains."),
        T([["Value", "For whom", "How we would see it"],
           ["Peace of mind at pick-up: no fear of paying for others' damage", "members",
            "fewer members citing disputes when they leave the cooperative"],
           ["Time saved: no typing, no disputes by email", "members and agents",
            "dispute handling time down from two weeks to two days"],
           ["Trust in the cooperative as a fair partner", "members",
            "more members still active after ten trips, 41 % today"],
           ["Cheaper claims: damage dated to the right trip", "cooperative",
            "share of repairs charged to the right member"]]),
        P("The first three are the ones members named themselves in the tests; the fourth is the argument that "
          "convinced the treasurer, since unpaid repairs cost the cooperative about 9,000 euros last year, a fifth of its margin."),
        H(1, "What we still need to check", {"assumptions-to-test": "ok"}),
        T([["Assumption", "Test", "Success if"],
           ["Members accept forty seconds of photos", "two-week pilot at two stations", "90 % finish the check"],
           ["The box reads mileage reliably", "compare with manual entries for a month", "gap under 1 km"]]),
        H(1, "Appendix – who we interviewed"),
        T([["Profile", "Number"],
           ["Members under one year", "8"],
           ["Members over three years", "6"],
           ["Former members", "4"],
           ["Station agents", "2"]]),
    ],
)
