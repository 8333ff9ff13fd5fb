from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""python-docx, English, then opened and saved by LibreOffice Writer. Headings paraphrased and numbered
    ("2. What we wanted to learn"); the findings intro, observation and interviews are sub-headings named after
    places and people ("On board the 7:40 ferry", "Twelve conversations"); desk research merged into the
    method section (its text covers the literature we read); the persona is a name plus words ("Meet Gaëlle, 41,
    commuter"); POV/HMW table under the insights heading (merged); the as-is journey missing; the strategic
    challenges short (thin); optional parts (appendices, guide, verbatims, bibliography) absent.""",
    title="Marine Bus Brest – Research brief",
    cover=["Customer eXperience project", "Team 3: Romain Guillou, Sarah Nkomo, Julie Prigent"],
    blocks=[
        H(1, "1. The brief, in our words", {"client-brief": "ok"}),
        P("Bibus, the public transport operator of Brest, runs two passenger ferries across the harbour between "
          "the city centre and the Plougastel peninsula. Ridership has stayed flat at 310,000 trips a year since "
          "2019 while the road bridge is saturated every morning. The initial brief asked us to 'make the ferry "
          "app more attractive', because the operator believes that the ticketing app, rated 2.4 stars, keeps "
          "people away. After two meetings with the marketing manager and the head of operations, we reframed the "
          "challenge: the app is one symptom, but the real question is why commuters who sit in traffic every "
          "morning, with a ferry ten minutes away, do not consider it as part of their daily journey. The ferry "
          "is seen as a tourist boat, not as a bus on water, and the app only reflects that image."),
        P("This changes the scope of our research. Instead of testing screens, we looked at the whole door-to-door "
          "trip of commuters living on the peninsula, at the moments when they choose between car, bus and "
          "ferry, and at what would make the ferry a reliable choice on a rainy Tuesday in November. The "
          "operator accepted this reframing on condition that we still report on the app, which we do in insight I4. It also agreed to share its hourly ridership data with us."),
        H(2, "Brief vs reframed challenge", {"brief-reframing": "ok"}),
        T([["Initial brief", "Underlying need", "Reframed challenge"],
           ["Make the app more attractive", "more regular riders", "How might the ferry become part of commuters' daily routine?"],
           ["Communicate more about the ferry", "change its tourist image", "How might we show the ferry as public transport, not as a leisure trip?"]]),
        H(1, "2. What we wanted to learn", {"research-questions": "ok"}),
        L(["Who lives on the peninsula and works in the city centre, and how do they travel today?",
           "At which moment of the week or the day do they decide how to travel?",
           "What makes the ferry feel unreliable or out of reach?",
           "What role does the ticketing app play in that decision, if any?"]),
        P("Our hypotheses: the ferry loses commuters at the bus connection on the Plougastel side, not on board; and commuters decide their mode once, when they move house or change jobs, then stop comparing. Both hypotheses shaped our sample."),
        H(1, "3. How we did it", {"method-sample": "ok", "desk-research": "ok"}),
        P("We combined three methods over four weeks in October. First, observation on board and at both piers "
          "during morning and evening peaks, eight sessions in total. Second, twelve semi-structured interviews "
          "with peninsula residents: six ferry users, four car commuters who never take it and two former users. "
          "Third, desk research: the operator's ridership data by hour, the 2023 household travel survey of the "
          "Brest metropolitan area, the Cerema study on urban water transport in six French cities, and two "
          "academic articles on 'mode choice habits' which explain why commuters rarely reconsider their mode "
          "unless their life changes. The travel survey showed that 41% of peninsula residents working in Brest "
          "city centre leave home between 7:15 and 8:00, exactly when the ferry runs every 30 minutes only. "
          "The Cerema study showed that the water shuttles that succeeded elsewhere (Toulon, Lorient) run every "
          "15 minutes at peak and share tickets with buses."),
        H(2, "Activities and sample", {"research-activities": "ok"}),
        T([["Method", "Objective", "Participants", "Date and place", "Material"],
           ["Observation", "see real behaviour at peak", "about 240 passengers", "8 sessions, piers and on board", "photos, notes"],
           ["Interviews", "understand choices", "12 residents", "homes and cafés, Plougastel", "recordings, notes"],
           ["Desk research", "size and compare", "—", "online and operator data", "summary sheets"]]),
        H(1, "4. What we found", {"findings": "ok"}),
        P("The findings below are grouped by method. Across all three, the same pattern appears: the crossing "
          "itself is liked, but everything around it is fragile — the connection, the timetable and the ticket. We present first what we saw, then what people told us; the desk research is summarised in the method section above, and the insights that follow combine the three sources. Each finding was checked by at least two of us before being written down, and we kept apart what people said from what we observed them doing."),
        H(2, "On board the 7:40 ferry", {"observation": "ok"}),
        P("On the 7:40 crossing, two-thirds of passengers are students and pensioners; working adults are few. At "
          "the Plougastel pier, we saw the connecting bus leave twice while passengers were still walking up the "
          "ramp, and several people running for it. Ticket buying is slow: the machine takes cards only and the "
          "app needs a network that disappears in the middle of the harbour. On board, people look relaxed, read "
          "and look at the water; four passengers told us spontaneously that it was 'the best part of the day'. "
          "In the evening, the last convenient crossing is at 18:30, which is too early for many office workers. On the city side, the pier is a twelve-minute walk from the nearest tram stop, with no shelter from the rain, which is frequent in Brest."),
        H(2, "Twelve conversations", {"interviews": "ok"}),
        P("Car commuters did not reject the ferry; most had simply never considered it. Two said they had tried "
          "once and missed the bus on the other side, which ended the experiment. Users value the calm and the "
          "predictability of the crossing time, but fear the connection and the weather cancellations, which "
          "they learn about too late, often on the pier. Former users stopped when their working hours changed "
          "and the timetable no longer fitted. The app was mentioned by only three people, always about buying "
          "a ticket without network. Several asked for a single ticket for bus and ferry, which exists but "
          "nobody knew about. For parents, the ferry is attractive only if the return trip allows a school "
          "pick-up before 17:30, which the timetable does not. Nobody mentioned the price of the ticket as a problem. Three car commuters said they would try again if someone guaranteed the bus would wait for the boat, even by two or three minutes, and if they were warned of cancellations by text message before leaving home."),
        H(1, "5. Empathy map", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["\"The crossing is the best part of my day\"", "If I miss the bus, I lose 30 minutes", "Checks the weather before leaving", "calm on board, stress at the pier"]]),
        H(1, "6. Meet Gaëlle, 41, commuter", {"persona": "ok"}),
        T([["Who", "Goals", "Frustrations", "Habits"],
           ["Nurse at the Brest hospital, lives in Plougastel, two children", "be home for the school pick-up", "traffic on the bridge, unpredictable connections", "drives every day, tried the ferry once"]]),
        H(1, "7. Insights", {"user-insights": "ok", "pov-hmw": "ok"}),
        T([["ID", "Insight", "Evidence", "Methods", "Frequency", "Link to the brief"],
           ["I1", "Commuters do not reject the ferry, they never consider it", "8 of 10 non-users", "interviews", "high", "image and routine"],
           ["I2", "The connection, not the crossing, breaks the journey", "buses leaving early, 2 abandoned trials", "observation, interviews", "high", "reliability"],
           ["I3", "Cancellations are learnt too late", "pier stories", "interviews", "medium", "information"],
           ["I4", "The app matters only for buying without network", "3 mentions", "interviews, observation", "low", "the initial brief"]]),
        T([["Insight", "User", "Needs", "Because", "How might we"],
           ["I2", "peninsula commuters", "a guaranteed connection", "one missed bus ends the habit", "HMW guarantee the connection at the Plougastel pier?"],
           ["I3", "regular riders", "to know early", "a cancellation costs them their morning", "HMW warn riders before they leave home?"]]),
        H(1, "8. What to tackle first", {"insight-prioritisation": "ok"}),
        T([["Insight", "Impact", "Effort", "Score", "MoSCoW", "Reason"],
           ["I2 connection", "5", "2", "10", "must", "cheap timetable change, large effect"],
           ["I3 information", "4", "2", "8", "must", "SMS alerts already possible"],
           ["I1 image", "4", "4", "4", "should", "needs a campaign and time"],
           ["I4 app", "2", "3", "1", "could", "offline ticket in a later release"]]),
        P("We scored impact on ridership and effort for the operator with the head of operations; the two must-haves can be tested within the next timetable change in January, without new staff or new boats, and measured with the existing ticket data from the first month onwards."),
        H(1, "9. So what for Bibus?", {"strategic-stakes": "thin"}),
        P("The ferry can win commuters if Bibus treats it as a bus line: guaranteed connections, alerts and one "
          "ticket. Improving the app alone will not change ridership."),
    ],
    missing=["as-is-journey", "appendices", "interview-guide", "verbatims", "bibliography"],
)
