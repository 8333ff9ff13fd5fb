from _common import *

DOC = dict(
    deliverable="prototype-user-tests",
    path="pandoc",
    language="en",
    notes="""Held-out round 63, written and labelled on 2026-12-02 before any run of check. Markdown -> pandoc,
    English, a hive-monitoring app for hobby beekeepers. Numbered headings, a results table; one section never
    done (missing); one heading with nothing under it (empty).""",
    title="Rucher Connect – Prototype and what eight beekeepers made of it",
    cover=["Customer experience project · Team 4: Jonas Ferreira, Alix Brunet, Samia Oukil"],
    blocks=[
        H(1, "1. Where we started and what we wanted to learn", {"concept-recap": "ok"}),
        P("Rucher Connect is a small scale that sits under a hive and sends its weight, inside temperature and "
          "humidity to a phone app. Hobby beekeepers, about 70,000 of them in France, open their hives too often "
          "because they cannot tell from outside whether a colony is healthy, short of food or about to swarm. "
          "Our concept is that the app turns the raw curves into three plain messages: all fine, check food, "
          "visit soon."),
        P("The tests had to answer three questions. Can a beekeeper who has never seen the app read the state of "
          "a hive in under a minute? Do they trust the message enough to skip a visit? And would they pay 4 euros "
          "a month per hive for it?"),
        H(1, "2. The prototype", {"prototype": "ok"}),
        P("We built a clickable Figma prototype of eleven screens and paired it with a real scale made from four "
          "load cells, an ESP32 board and a solar panel, placed under a hive at the Lycée agricole de Saint-Gilles "
          "since August. The app screens show live data from that hive, so testers saw true curves rather than "
          "invented ones. The home screen lists the hives with a coloured badge; tapping a hive opens a seven-day "
          "weight curve with the message written above it in one sentence. A second tab lists alerts, and a third "
          "lets the user log a visit with a photo. The notification flow was simulated with timed pop-ups, triggered by one of us from a laptop during the session so that each tester received the same alert at the same moment of the scenario."),
        Img(["Hive list", "Hive detail", "Alerts", "Visit log"], "Figure 1 – The four main screens of the prototype"),
        H(2, "2.1 Build sheet", {"technical-sheet": "ok"}),
        T([["Part", "Choice", "Cost"],
           ["Load cells", "4 × 50 kg half-bridge", "12 €"],
           ["Board", "ESP32 with LoRa module", "18 €"],
           ["Power", "6 V solar panel and 18650 battery", "15 €"],
           ["Case", "3D-printed PETG, IP54", "6 €"],
           ["App", "Figma prototype, data from a Node-RED server", "—"]]),
        H(1, "3. Test plan", {"test-plan": "ok"}),
        T([["Item", "Our plan"],
           ["Participants", "8 hobby beekeepers, 2 to 40 hives, recruited through the Drôme beekeeping club"],
           ["Where", "4 in their apiary, 4 at the club's Saturday meeting"],
           ["When", "14 to 26 October"],
           ["Length", "35 minutes each"],
           ["Success threshold", "6 of 8 complete each task without help"]]),
        H(2, "3.1 What we asked them to do", {"test-tasks": "ok"}),
        T([["Task", "Scenario given", "Success means"],
           ["T1", "Tell us which of your three hives needs you first", "picks the orange hive in under 60 s"],
           ["T2", "Find out why the app says check food", "opens the curve and reads the weight loss"],
           ["T3", "Record today's visit with a photo", "visit saved with photo"],
           ["T4", "Turn off alerts for one hive during winter", "setting found and changed"]]),
        H(1, "4. How we ran the sessions", {"test-methods": "ok"}),
        P("Each session followed the same script. One of us moderated and the other took notes on a shared sheet; "
          "we never helped unless the tester had been stuck for two minutes. Testers thought aloud while doing the "
          "four tasks on our phone, and we recorded the screen and their voice with their written consent. We timed "
          "each task from the moment we finished reading the scenario."),
        P("After the tasks, each tester filled in the ten-question System Usability Scale on paper and answered "
          "three open questions: what they would stop doing if they had the app, what worried them, and what "
          "they would pay. We then showed the price card and asked them to place it on a line from too cheap to "
          "too expensive. Sessions at the apiary were harder to run because of wind and veils, so for those we "
          "used a tablet and larger text. We ran a pilot with a club member first and changed the wording of the "
          "second task, which she read as a question about feeding technique."),
        H(1, "5. What happened", {"results": "ok"}),
        P("The main screen worked. Seven of eight testers found the hive that needed them in under a minute, "
          "mostly by the colour badge alone. The food alert was understood but not trusted at first: five testers "
          "wanted to see the curve before believing it, and two said they would still open the hive to check. "
          "Logging a visit was the weakest task: the camera button was hidden behind a menu, and three testers "
          "gave up. The winter setting was found by everyone, though two looked first in the general settings "
          "rather than on the hive page."),
        P("Overall, the testers who own many hives valued the app most, because it saves them trips between "
          "apiaries; those with two hives enjoyed the curves but doubted they would pay. The prototype shows use "
          "value for the first group, which is the one we will target first. What we did not prove is trust: the tests lasted half an hour, and only weeks of use will show whether beekeepers really skip a visit on the word of the app."),
        H(2, "5.1 Figures", {"perception-metrics": "ok"}),
        T([["Measure", "Result", "Target", "Verdict"],
           ["T1 success, under 60 s", "7 / 8", "6 / 8", "met"],
           ["T2 success", "8 / 8", "6 / 8", "met"],
           ["T3 success", "5 / 8", "6 / 8", "missed"],
           ["T4 success", "8 / 8", "6 / 8", "met"],
           ["Mean SUS score", "74", "70", "met"],
           ["Would pay 4 € per hive per month", "4 / 8", "5 / 8", "missed"]]),
        H(2, "5.2 In their words", {"user-feedback": "ok"}),
        P("“If it tells me the hive is heavy enough in November, I save a drive of forty minutes,” said Gérard, "
          "who keeps 38 hives on three sites. Others said the same thing differently: the app is worth it when "
          "the hives are far away. Laure, a beginner, liked the plain sentences but asked what a normal weight "
          "loss is in winter; she wanted the app to teach her, not just warn her. Two testers worried about theft "
          "of the scale, and one asked whether the data would be sold to pesticide makers. Nobody complained about "
          "the look of the app; several praised the large text. Samuel, who works with gloves on, asked for bigger buttons on the visit screen, and Marie-Jo wanted to share a hive with her neighbour who looks after it when she travels."),
        H(1, "6. Problems found", {"issue-log": "ok"}),
        T([["#", "Problem", "Seen by", "Severity"],
           ["1", "Camera button hidden in the visit menu", "3 / 8", "high"],
           ["2", "Food alert not trusted without the curve", "5 / 8", "medium"],
           ["3", "Winter mode searched in general settings", "2 / 8", "low"],
           ["4", "No explanation of a normal weight loss", "2 / 8", "medium"]]),
        H(1, "7. What we change", {"corrective-actions": "ok"}),
        P("We move the camera button onto the hive page, show a small weight curve inside every food alert, and "
          "add a one-line reminder of the normal seasonal loss under the curve. Winter mode gets a shortcut on "
          "the hive page. The scale gets a lockable strap and a plain data policy saying we sell no data. These "
          "four changes go into the next two sprints, and we will test tasks two and three again with four new "
          "beekeepers in December, using the same script and the same success threshold."),
        H(1, "8. Is it worth going on?", {"viability-conclusion": "ok"}),
        P("Yes, for one group. Beekeepers with more than ten hives on distant sites found clear value, completed "
          "the tasks and were ready to pay; they are about 9,000 in France and buy equipment through clubs, "
          "which gives us a cheap channel. Beginners liked the product but will not pay a monthly fee per hive; "
          "a one-off price for the scale with a free basic app may suit them later, and we will not build for them this year. Our hardware costs 51 euros "
          "per hive today and must fall under 35 euros to leave a margin at the price we tested."),
        P("Next steps: fix the four issues, run the December retest, and, with the club's help, place ten scales with two professional "
          "beekeepers through the winter to check battery life in the cold and whether the food alerts really "
          "arrive before the colony starves. We will decide in March, with the club, whether to launch a "
          "pre-order campaign for spring, and at what price for the scale."),
        H(1, "9. Annexes", {"appendices": "empty"}),
    ],
    missing=["eye-tracking"],
)
