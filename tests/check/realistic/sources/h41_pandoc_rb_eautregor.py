from _common import *

DOC = dict(
    deliverable="research-brief",
    path="pandoc",
    language="en",
    notes="""Held-out round 41 (h41_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: three students research why customers of Eau du Trégor, a public water utility in
    Côtes-d'Armor, flood its call centre after a change to half-yearly bills. Numbered headings, some shortened
    ("2. Questions", "3. Method", "9. Priorities"), a persona named in its heading; the interviews as a table. The
    as-is journey split over two headings (receiving the bill, calling about it). The desk research is one short
    paragraph (thin); the empathy map heading has nothing under it (empty); no reframing of the initial brief
    (missing). Appendices with the guide, quotes and reading list, plus the team's own consent-form appendix.""",
    title="Nobody reads the water bill: research brief for Eau du Trégor",
    cover=["Customer eXperience project, research phase", "Maud Le Gall, Samir Haddad, Ewen Jaouen, November 2026"],
    blocks=[
        H(1, "1. The brief, reread", {"client-brief": "ok"}),
        P("Eau du Trégor supplies drinking water to 41,000 homes around Lannion and Perros-Guirec. In January 2026 it "
          "moved from four estimated bills a year to two bills based on real meter readings, with monthly direct "
          "debit offered to everyone. The change was meant to save 180,000 euros a year in printing and postage and "
          "to stop the complaints about estimates. Instead, calls to the customer centre rose from 2,300 to 6,100 "
          "in the month after the first half-yearly bill, and the average wait reached 19 minutes."),
        P("The utility asked us to 'make the new bill easier to understand'. After two meetings with the customer "
          "service manager, Anne-Sophie Riou, and a morning listening to calls, we think the bill is only part of "
          "the story. Many callers understand the amount perfectly well; what they cannot do is pay a bill twice "
          "as large as before in one go, or they were never told that their direct debit would change. We "
          "therefore read the brief as: understand what customers expect, fear and do when a water bill arrives, "
          "so that the utility can redesign the whole moment, not only the paper. The bill stays in scope, but so "
          "do the letters announcing the change, the phone line and the payment options. We agreed this wider reading "
          "with Anne-Sophie Riou on 2 October; she asked us to keep the cost of any later proposal in mind."),
        H(1, "2. Questions", {"research-questions": "ok"}),
        P("Five questions guided every interview and observation; we rewrote them twice after the first morning of "
          "call listening."),
        L(["What do customers do in the first ten minutes after opening the bill, and what do they look for first?",
           "Which customers are hit hardest by a larger half-yearly amount, and how do they cope today?",
           "Why do people call rather than use the online account, which holds the same information?",
           "What did customers remember of the two letters sent in autumn 2025 announcing the change?",
           "What would make a customer trust that the amount is right without calling?"]),
        H(1, "3. Method", {"method-sample": "ok"}),
        P("We mixed three approaches over five weeks, from 6 October to 7 November 2026. First, we watched and "
          "listened: two mornings at the reception desk in Lannion and twelve hours of double-listening at the "
          "call centre. Second, we interviewed customers at home or by phone, chosen from the call log to cover "
          "people who called, people who paid online without calling, and people in payment difficulty referred by "
          "the social services of Lannion-Trégor Communauté. Third, we read what other utilities and regulators "
          "have published about billing frequency and payment hardship. Every interview was recorded with consent "
          "and transcribed; quotes were coded by two of us separately, then compared."),
        P("The sample is small and local, so we do not claim it represents all 41,000 homes. We chose a breadth of "
          "situations over numbers, and we kept a finding only when at least two of the three methods showed it."),
        H(2, "3.1 Who we met and where", {"research-activities": "ok"}),
        T([["Activity", "Where", "How many", "Dates"],
           ["Observation at reception desk", "Lannion office", "2 mornings, 34 visitors", "8 and 15 Oct"],
           ["Call listening", "Customer centre, Pleumeur-Bodou", "12 hours, 141 calls", "9 to 17 Oct"],
           ["Home interviews", "Lannion, Trégastel, Plestin", "9 customers", "20 Oct to 31 Oct"],
           ["Phone interviews", "Remote", "7 customers", "27 Oct to 4 Nov"],
           ["Staff workshop", "Head office", "6 advisers", "5 Nov"]]),
        H(1, "4. Findings", {"findings": "ok"}),
        P("Three things stood out across every method. The amount itself is rarely disputed: people are shocked by "
          "its size, not by its accuracy. The two announcement letters were not read, or were read as advertising. "
          "And the phone is chosen because it gives a human promise, such as a payment plan, that the website "
          "never offers. The sub-sections below give the detail, method by method. None of this surprised the advisers "
          "at our workshop; what surprised them was how early the trouble starts, long before the phone rings, when "
          "the autumn letter goes into the recycling bin."),
        H(2, "4.1 At the counter in Lannion", {"observation": "ok"}),
        P("Of the 34 visitors we watched at the reception desk, 21 came with the bill in hand, and 17 of them had "
          "circled the total in pen. Nobody pointed at the consumption figures. The adviser's first gesture was "
          "almost always to turn the page and show the meter readings; visitors nodded, then asked the real "
          "question, which was how to pay. In the call centre the pattern was the same: in 141 calls, 88 ended with "
          "a payment plan or a switch to monthly debit, and only 9 with a correction of the bill. Advisers have no "
          "script for payment plans and each one invents the terms, so two neighbours can get different answers. "
          "We also saw elderly visitors bring the autumn letter unopened, asking what it was. One man had driven "
          "twenty kilometres to ask a question that took the adviser a minute "
          "to answer."),
        H(2, "4.2 Interviews", {"interviews": "ok"}),
        P("We met sixteen customers. The table sums up who they were; their words are in appendix B."),
        T([["#", "Profile", "Town", "Called?", "What mattered most"],
           ["1", "Retired couple, 74 and 71", "Trégastel", "Yes, twice", "Bill of 412 euros, used to 200"],
           ["2", "Single mother, two children", "Lannion", "Yes", "Paid the bill late, feared a cut"],
           ["3", "Farmer, cattle", "Plestin", "No", "Reads every line, checks the meter himself"],
           ["4", "Student flat-share", "Lannion", "No", "Nobody knew who paid"],
           ["5", "Second-home owner", "Perros", "Yes", "Bill arrived while away, reminder fee"],
           ["6", "Couple, both working", "Louannec", "No", "Switched to monthly online in 5 minutes"]]),
        P("The six rows shown are the most contrasted; the ten others repeat these patterns. Those who did not call "
          "had something in common: a habit of paying online and a stable income. Those who called either could "
          "not absorb a doubled amount or found out about the change from the bill itself. Several older "
          "customers told us the phone is the only way they feel sure a promise has been made. Two of them asked us "
          "to thank the advisers who helped them, by name."),
        H(2, "4.3 Desk research", {"desk-research": "thin"}),
        P("The national water observatory and two reports by consumer associations show that half-yearly billing "
          "raises payment difficulties where no monthly option is pushed. Veolia and Eau de Paris both send a "
          "warning text a week before a large bill."),
        H(1, "5. Empathy map", {"empathy-map": "empty"}),
        H(1, "6. Persona: Monique, 71", {"persona": "ok"}),
        T([["", "Monique Le Bihan"],
           ["Who", "Widow, 71, lives alone in a house in Trégastel with a big garden"],
           ["Income", "Pension of 1,350 euros a month, pays everything by cheque"],
           ["Habits", "Opens post at the kitchen table, keeps every bill in a folder"],
           ["Goal", "Know in advance what she will pay, never owe anyone"],
           ["Frustration", "A bill twice as large with no warning; waits 20 minutes on the phone"],
           ["Quote", "\"I'd rather pay a little every month than have a fright in June.\""]]),
        H(1, "7. Insights", {"user-insights": "ok"}),
        T([["Insight", "Seen in", "Strength"],
           ["People fear the size of the bill, not its accuracy", "Desk, calls, 11 of 16 interviews", "Strong"],
           ["The change was discovered on the bill itself", "9 of 16 interviews, 60% of calls", "Strong"],
           ["The phone is where a payment promise is made", "Calls, older customers", "Strong"],
           ["Second-home owners miss bills sent to the wrong address", "3 interviews, 14 calls", "Medium"],
           ["Online customers switched to monthly without help", "4 interviews", "Medium"]]),
        P("These five insights are ranked by how many sources back them, not by how surprising they were to us."),
        H(2, "7.1 How might we…", {"pov-hmw": "ok"}),
        L(["Monique needs to know her next amount before it arrives, because a surprise bill feels like a debt.",
           "How might we warn every household of a large bill early enough to plan for it?",
           "How might we make monthly payment the easy default without forcing anyone?",
           "How might we give phone advisers one fair rule for payment plans?"]),
        H(1, "8. Journey (1): the bill arrives", {"as-is-journey": "ok"}),
        T([["Step", "What the customer does", "Feeling"],
           ["Letter in autumn", "Throws it away, thinks it is advertising", "Indifferent"],
           ["Bill in June", "Sees the total, twice the usual", "Shocked"],
           ["Looks for help", "Searches the bill for a phone number", "Worried"]]),
        H(1, "8. Journey (2): on the phone", {"as-is-journey": "ok"}),
        T([["Step", "What the customer does", "Feeling"],
           ["Calls", "Waits 19 minutes on average", "Annoyed"],
           ["Talks to adviser", "Asks to pay in several times", "Anxious"],
           ["Gets a plan", "Terms differ from one adviser to another", "Relieved but unsure"]]),
        P("Between the two halves there is often a gap of several days while the bill sits on the kitchen table."),
        H(1, "9. Priorities", {"insight-prioritisation": "ok"}),
        T([["Insight", "Impact on calls", "Ease for the utility", "Priority"],
           ["Fear of the size of the bill", "High: 88 of 141 calls", "Medium: needs a monthly push", "1"],
           ["Change discovered on the bill", "High", "Easy: a text one week before", "2"],
           ["Payment promise made by phone", "Medium", "Easy: one written rule", "3"],
           ["Wrong address for second homes", "Low", "Medium: data clean-up", "4"]]),
        P("We put the size of the bill first even though it is harder to fix, because it drives most of the calls "
          "and touches the most fragile households. Second homes come last: they matter, but concern a few hundred "
          "contracts."),
        H(1, "10. What is at stake for Eau du Trégor", {"strategic-stakes": "ok"}),
        P("The utility saved on printing but may lose more in call-centre overtime: six extra advisers were hired "
          "on short contracts for June and July, at a cost we estimate at 70,000 euros. The second half-yearly "
          "bill, due in December, will arrive at the most expensive month of the year for families, so the next "
          "wave could be larger than the first."),
        P("Beyond cost, the utility is a public service: a household that fears a water cut loses trust in the "
          "local authority behind it, and the elected board has already received letters. The real challenge is "
          "to make a large, rare bill predictable. That means treating the announcement, the payment options and "
          "the phone answer as one service, with one owner, rather than as three departments. It also means "
          "deciding whether monthly payment should become the default offer for new contracts, which would change "
          "the utility's cash flow and needs a board decision before spring. If nothing changes, the December wave "
          "alone could cost more "
          "than the printing the reform saved."),
        H(1, "Appendices", {"appendices": "ok"}),
        P("Material gathered during the research, for the client's team."),
        H(2, "A. Interview guide", {"interview-guide": "ok"}),
        T([["Theme", "Question", "Follow-up"],
           ["Opening the bill", "Can you show me what you did when this bill arrived?", "What did you look at first?"],
           ["Paying", "How did you pay it, and when?", "Was it harder than before?"],
           ["Letters", "Do you remember a letter about the change last autumn?", "Where did it go?"],
           ["Calling", "Did you call us? Why?", "What did you hope to get?"],
           ["Ideal", "What would have made this easier?", "Who should tell you?"]]),
        H(2, "B. Quotes", {"verbatims": "ok"}),
        T([["Who", "Quote"],
           ["#1, Trégastel", "\"Four hundred euros for water. I thought it was the electricity.\""],
           ["#2, Lannion", "\"I paid late and I was scared they would cut it with the kids at home.\""],
           ["#5, Perros", "\"The bill went to Rennes, the reminder came here with a fee.\""],
           ["#6, Louannec", "\"I clicked monthly on the website and forgot about it.\""]]),
        H(2, "C. Consent form we used", {}),
        P("Each participant signed a one-page form explaining that the interview was recorded, that quotes would be "
          "anonymised and that recordings would be deleted on 31 December 2026."),
        H(2, "D. Reading list", {"bibliography": "ok"}),
        L(["Observatoire des services publics d'eau et d'assainissement, annual report 2024.",
           "UFC-Que Choisir, 'Factures d'eau : les ménages face aux régularisations', 2023.",
           "Eau de Paris, customer relations charter, 2022.",
           "Ofwat, 'Vulnerability focus report', 2016."]),
    ],
    missing=["brief-reframing"],
)
