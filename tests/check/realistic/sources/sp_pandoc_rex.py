from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="pandoc",
    language="en",
    notes="""Markdown -> pandoc, English. Decimal numbering ("1.0", "2.0"); concept cards and scoring share one
    heading with both tables (merged); the chosen concept's text has a paragraph on what is new for the client, so
    innovation is covered under the same heading (merged); the storyboard text is short (thin); no target journey
    (missing).""",
    title="Rex Cinemas – Bringing under-25s back to the big screen",
    cover=["Customer eXperience project – Solution proposal", "Team 2: Margaux Henry, Idris Benali, Zoé Lambert"],
    blocks=[
        H(1, "1.0 Starting point: four insights", {"insights-recap": "ok"}),
        P("The research brief for Rex, a network of seven independent cinemas in Brittany, ended with four insights "
          "from 22 interviews and 310 survey answers from people aged 18 to 25. We kept all four and turned each "
          "into a question for the ideation workshops."),
        T([["ID", "Insight", "How might we", "Principle"],
           ["I1", "Young people decide to go to the cinema in the same hour, with friends, by message", "HMW fit into a group chat decision?", "Decide together in one minute"],
           ["I2", "The price is not the problem, the risk of a bad film is", "HMW reduce the fear of wasting an evening?", "Lower the risk, not the price"],
           ["I3", "They love the room but not the programme's website", "HMW make the programme as easy as a streaming app?", "Mobile first"],
           ["I4", "Going alone feels strange", "HMW make going alone normal?", "Belonging without a group"]]),
        H(1, "2.0 Workshops", {"ideation-method": "ok"}),
        P("We ran one evening workshop in the Rex of Quimper with nine students recruited from the survey, two "
          "cinema managers and the programmer. After a warm-up, we used brainwriting on each how-might-we question: "
          "every participant wrote three ideas in five minutes, then passed the sheet to their neighbour, who built "
          "on them. This produced 96 ideas in forty minutes. We clustered them on the wall with the participants, "
          "then each person placed three votes. A second, shorter session with the cinema managers checked the "
          "top ideas against what the cinemas can actually run with their current staff and ticketing system. "
          "We chose brainwriting rather than open brainstorming because the students were shy in front of the "
          "managers during the warm-up, and writing let every voice count the same, whether a manager with twenty years in the trade or a first-year student."),
        H(1, "3.0 The ideas on the table, and how they scored", {"concept-cards": "ok", "concept-scoring": "ok"}),
        T([["Concept", "Insights", "Pitch", "For whom", "Features", "Channels"],
           ["Rex Pass", "I1, I2, I3", "A monthly pass with a 'no-regret' guarantee, booked from a group chat", "students and young workers", "share a showing in a chat, friends join in one tap, free second film if you leave in the first 20 min", "app, WhatsApp, Instagram"],
           ["Solo Night", "I4", "A weekly showing with a debate for people coming alone", "people new in town", "seat with others, drink after the film", "Instagram, student unions"],
           ["Trailer Swipe", "I3", "Swipe trailers like a dating app to choose", "undecided viewers", "swipe, match with friends", "app"]]),
        T([["Concept", "Desirability", "Feasibility", "Viability", "Weighted", "Decision"],
           ["Rex Pass", "5", "4", "4", "4.4", "chosen"],
           ["Solo Night", "4", "5", "3", "4.0", "kept as an event within the pass"],
           ["Trailer Swipe", "3", "2", "2", "2.4", "dropped"]]),
        H(1, "4.0 Recommendation: Rex Pass", {"chosen-concept": "ok", "innovation": "ok"}),
        P("Rex Pass is a monthly subscription at 14.90 euros for under-26s giving unlimited films in the seven "
          "cinemas. Its heart is not the price but the way it fits how young people decide. From the app, a pass "
          "holder shares a showing into a WhatsApp or Instagram group; friends with a pass join in one tap and "
          "their seats are held together for fifteen minutes. The 'no-regret' guarantee answers the second "
          "insight: if you leave a film in the first twenty minutes, your next film is free. The Solo Night "
          "concept is kept inside the pass as a monthly showing with a short debate, for those who come alone."),
        P("The pass is consistent with the insights because it removes the two obstacles people described: the "
          "coordination of a group and the fear of a wasted evening. It also serves the cinemas: pass holders in "
          "other networks come 2.3 times a month on average, mostly on weekdays when rooms are two-thirds empty, "
          "and they buy popcorn and drinks, where the cinema's margin is."),
        P("What is new for Rex: the cinemas have never sold anything other than single tickets and a ten-film "
          "card, and no French independent network lets viewers book together from a messaging app. The "
          "guarantee is, as far as we know, new in France. It turns the programmer's risk-taking into an "
          "argument: people will try a Breton documentary if a bad choice costs nothing. The concept also changes "
          "the cinemas' relationship with their audience, from anonymous ticket buyers to members they can talk "
          "to, which the managers said they had wanted for years. None of the three national chains offers a group booking, so the idea also gives Rex a story the local press will want to tell."),
        H(1, "5.0 What it looks like", {"visuals-mockups": "ok"}),
        Img(["Programme", "Share to chat", "Friends join", "Seats together"],
            caption="Figure 2 – Mid-fidelity mock-ups in Figma of the four key screens: the programme as a "
                    "vertical feed of trailers, the share sheet to WhatsApp, the group view where friends join, "
                    "and the seat map holding the group's seats. We tested them with six students on their phones; "
                    "five completed a group booking without help, and the sixth looked for the share button at the "
                    "bottom of the screen, so we moved it there in this version. The colours are those of the Rex brand guide, and every screen works with one thumb."),
        H(1, "6.0 Storyboard", {"usage-scenario": "thin"}),
        Img(["Group chat", "Shared showing", "Cinema", "Drink after"], caption="Storyboard, six panels."),
        P("Thursday, 7 pm: Maël shares the 9 pm showing in his group chat. Two friends join, one hesitates, then "
          "joins because of the guarantee. They meet at the Rex, seats together."),
        H(1, "7.0 Value for the viewer", {"experience-value": "ok"}),
        T([["Value dimension", "As-is", "Target", "How we will measure it"],
           ["Ease of deciding as a group", "ten messages and a website that does not work on phones", "one shared link and one tap to join", "share of pass bookings made as a group"],
           ["Confidence in the choice", "fear of paying 9 euros for a bad film", "a free second film if the first is a mistake", "guarantee use and films tried outside the top 5"],
           ["Belonging", "going alone feels strange, no contact with the cinema", "a monthly Solo Night and a member identity", "Solo Night attendance and repeat visits"],
           ["Cost per visit", "9 euros each time", "about 6.50 euros at 2.3 visits a month", "visits per pass holder each month"]]),
        P("These four dimensions come straight from the insights and will be measured from the first month of the pilot in Quimper, then in all seven cinemas."),
        H(1, "8.0 Next tests", {"assumptions-to-test": "ok"}),
        T([["Assumption", "Risk if wrong", "Test", "Success criterion"],
           ["Young people will pay monthly", "too few passes to cover the cost", "pre-sale page for 3 weeks", "400 pre-registrations"],
           ["The guarantee will not be abused", "lost revenue", "pilot in Quimper for 2 months", "fewer than 5% of films left early"]]),
    ],
    missing=["target-journey"],
)
