from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Held-out round 13 (h13_), written and labelled on 2026-12-01 before any run of check. Markdown -> pandoc
    ODT -> LibreOffice docx. English. A regional network of 11 public libraries around Saint-Brieuc (Réseau Sillon)
    sees young adults (18-30) stop borrowing after they leave school. Some headings in UPPER CASE, others in plain
    words or questions; the research findings split into the three ways we looked, each under its own sub-heading; the reframing table
    and the table of activities sit under their parent's heading (merged);
    no point-of-view / how-might-we statements anywhere (missing); appendices with a guide, quotes and reading
    list.""",
    title="Réseau Sillon – Why do young adults leave the library?",
    cover=["Research brief – Customer experience project", "Lucie Garnier, Bastien Le Floch – December 2026"],
    blocks=[
        H(1, "WHAT THE NETWORK ASKED US", {"client-brief": "ok", "brief-reframing": "ok"}),
        P("Réseau Sillon links eleven public libraries run by the towns around Saint-Brieuc, from the central "
          "media library in the city to small reading rooms in villages of 900 people. Its director, Anne "
          "Quéré, contacted the school in September with a simple request: build a mobile app so that young "
          "people borrow again. Registered borrowers aged 18 to 30 fell from 2,140 in 2019 to 1,260 in 2025, "
          "while the number of children and retired borrowers stayed stable. The towns that fund the network "
          "ask every year why a service paid by everybody serves fewer and fewer working-age adults."),
        P("We did not start with the app. An app assumes the problem is access to the catalogue, and we did "
          "not know that. After two meetings with Anne Quéré and the head of the central library, we agreed to "
          "reframe the request: understand what young adults do with their free time, reading and study needs, "
          "where the library fits or does not, and only then say what the network should build. The deliverable "
          "the network expects from us in this phase is a clear picture of this audience, ranked insights and "
          "the stakes for the towns, so that the ideas phase starts from facts. The budget for any later "
          "solution is modest: about 40,000 euros over two years, shared by the towns, plus the time of the "
          "fourteen librarians."),
        T([["The network said", "We agreed to look at"],
           ["We need an app", "what young adults need, and whether an app serves it"],
           ["Young people do not read", "what they read, watch and listen to, and where"],
           ["Our opening hours are fine", "when they could come, given work and transport"]]),
        H(1, "Our questions", {"research-questions": "ok"}),
        P("Five questions guided the whole study; we wrote them with the director before the first interview."),
        L(["What makes a young adult stop coming after school or university, and is it a decision or a drift?",
           "Which needs (quiet space, internet, study, culture, meeting people) do they meet elsewhere today, and where?",
           "What do they think a library is for, and who do they think it is for?",
           "What would they have to see or hear to walk back in once?",
           "What stops the librarians from reaching them: time, tools, rules?"]),
        H(1, "HOW WE WORKED AND WHO WE MET", {"method-sample": "ok", "research-activities": "ok"}),
        P("We combined three ways of looking, over six weeks in October and November. We watched what happens "
          "in three of the libraries at the times young adults could come: the central library, a mid-sized "
          "one in Plérin and the village room in Trégueux. We then held long interviews with young adults, half "
          "of them former borrowers and half never registered, found through a youth job centre, two companies, "
          "a sports club and the university campus. We also interviewed five librarians. Last, we read what "
          "national studies and other networks have published on young adults and libraries. The sample is "
          "small and leans toward people living in or near Saint-Brieuc; we say where this matters in the "
          "findings. Every interview was recorded with consent and summarised the same day by both of us."),
        T([["Activity", "Where / who", "Number", "Length"],
           ["Observation", "3 libraries, weekday evenings and Saturdays", "9 sessions", "2 h each"],
           ["Interviews, young adults", "aged 19 to 29, 9 former and 9 never registered", "18", "45 min"],
           ["Interviews, librarians", "central library, Plérin, Trégueux", "5", "1 h"],
           ["Desk research", "national surveys, two other networks", "14 sources", "–"]]),
        H(1, "What we found", {"findings": "ok"}),
        P("Three things came out again and again, whichever way we looked. First, young adults did not decide to "
          "leave: they drifted away when their timetable changed, after school or a first job. Second, the "
          "needs the library could meet are real and met elsewhere, often at a cost: a quiet desk, a good "
          "connection, a place that is neither home nor work. Third, the library's image stops at childhood: "
          "they think of it as the place of school trips and picture books. Below, each source in turn, with "
          "what it taught us and how far we trust it."),
        H(2, "In the libraries", {"observation": "ok"}),
        P("On weekday evenings, the central library closes at 18:30. Between 17:30 and closing we counted on "
          "average four people aged roughly 18 to 30, all at the study tables with laptops, and none at the "
          "shelves. On Saturdays the picture changes: families and retired readers fill the ground floor and the "
          "few young adults stay near the comics and the video games area. In Plérin, the only young adults we "
          "saw came to print a document and left within ten minutes, because printing costs 20 cents and the "
          "library is the only place nearby with a printer. In Trégueux the room is open twelve hours a week, "
          "none of them after 18:00. We also noticed that the Wi-Fi asks for a borrower card number, so a "
          "visitor without a card has no connection, and that the signs speak of 'adhérents' everywhere, a word "
          "nobody under thirty used in our interviews."),
        H(2, "What people told us", {"interviews": "ok"}),
        P("The eighteen young adults were easy to talk to and often surprised that anyone asked. Most of the "
          "former borrowers remember the library with affection, and almost none could say when they last went. "
          "A 24-year-old nurse said she stopped when she started night shifts and never thought of it again. "
          "Several students revise in cafés where they pay for a coffee every two hours, or at McDonald's for the "
          "connection, while the library is a ten-minute walk away; they did not know it had study tables or "
          "was free. The never-registered group sees the library as a place for children and old people, and "
          "some fear being asked to be silent or to justify their presence. Reading is not the issue: thirteen of "
          "eighteen read regularly, mostly on a phone, and half listen to audiobooks or podcasts. The librarians, "
          "for their part, know this audience is missing but have no time slot and no channel to reach it; the "
          "network's only social media account is followed mostly by parents."),
        H(2, "Reading around", {"desk-research": "ok"}),
        P("The national survey on French reading habits published by the Centre national du livre in 2024 shows "
          "that people aged 20 to 30 read as much as the average adult but buy or borrow less print. The Ministry "
          "of Culture's study of library attendance finds that young adults who still come use the library "
          "mainly as a workplace, and that opening after 19:00 is the factor most associated with their "
          "attendance. Two networks offer useful comparisons: Rennes Métropole extended evening opening in its "
          "central library and saw student visits rise by a third, and the Lyon network removed the card "
          "requirement for Wi-Fi in 2022. Both changes were cheap compared with an app (a few thousand euros a year), and "
          "both were decided after listening to young users rather than to the catalogue figures."),
        H(1, "EMPATHY MAP – THE YOUNG WORKER", {"empathy-map": "ok"}),
        T([["Says", "Thinks", "Does", "Feels"],
           ["I don't have time for that any more", "it's for kids and retired people",
            "revises or works in cafés, reads on the phone", "a bit guilty, a bit out of place"]]),
        H(1, "Meet Maëva", {"persona": "ok"}),
        P("Maëva, 25, care assistant in a nursing home in Saint-Brieuc, shifts ending at 19:00 three days out of "
          "five. Lives in a shared flat with poor internet, prepares a nursing school entrance exam, reads crime "
          "novels on her phone and listens to podcasts on the bus. Last visited the library at 17 for a school "
          "project. Wants a quiet place near the bus station with a good connection, open when she is free."),
        H(1, "KEY INSIGHTS", {"user-insights": "ok"}),
        T([["#", "Insight", "Seen in"],
           ["1", "Young adults did not leave the library; their timetable left it behind",
            "14 of 18 interviews, opening hours"],
           ["2", "They pay every week for a quiet, connected place the library gives for free",
            "interviews, observation in the central library"],
           ["3", "The card is a wall: no card, no Wi-Fi, no sense of being welcome",
            "observation in all three libraries, 7 interviews"],
           ["4", "Reading moved to the phone and the ear; the library's offer stayed on the shelf",
            "13 of 18 interviews, CNL survey"],
           ["5", "Librarians want to reach them but have no evening slot and no channel young adults follow",
            "5 librarian interviews"]]),
        H(1, "A typical week, today", {"as-is-journey": "ok"}),
        T([["Moment", "What she does", "How she feels"],
           ["Monday evening", "needs to revise, flat too noisy, goes to a café", "tired, spends 6 euros"],
           ["Wednesday", "must print a form, looks for a print shop", "annoyed, it is closed at 19:00"],
           ["Saturday", "passes the library on the way to the market, does not go in", "not for me"],
           ["Sunday", "reads on her phone, an e-book bought online", "fine, but it costs"],
           ["Thursday night", "finishes at 19:00, every library already closed", "left out"]]),
        H(1, "What matters most", {"insight-prioritisation": "ok"}),
        P("We ranked the four insights with the director and two librarians on two questions: how much each "
          "explains the fall in young borrowers, and how much the network can act on it within its budget. "
          "Timetables and the card come first because they are cheap to change and cited by most people; the "
          "digital offer matters but depends on national contracts the network does not control."),
        T([["Insight", "Weight in the fall", "Network can act", "Rank"],
           ["1 Timetable", "high", "yes, with the towns", "1"],
           ["3 The card", "medium", "yes, at once", "2"],
           ["2 Paid places", "high", "partly", "3"],
           ["4 Phone and ear", "medium", "little", "4"]]),
        H(1, "Why this matters for the towns", {"strategic-stakes": "ok"}),
        P("For Réseau Sillon, the stake is first political. The towns fund the libraries with public money and "
          "ask each year whom they serve; a network that loses the 18-30 age group loses its argument for the "
          "next budget, and the youngest councillors are already asking it. The stake is also about equality: "
          "the young adults who suffer most from the absence of a quiet, connected place are those who live in "
          "shared flats, work in shifts and cannot pay for cafés. Finally, it is a matter of the future public: "
          "a borrower who drifts away at twenty rarely comes back before having children, and sometimes never. "
          "Our research suggests that the first answer is not an app but opening hours, an open Wi-Fi and a "
          "different welcome, which cost far less than 40,000 euros. That leaves money for the ideas phase to "
          "test something bolder, and it changes the brief the network gave us in September. "
          "The director now has to carry it to the towns."),
        H(1, "APPENDICES", {"appendices": "ok"}),
        P("The guide we used, some quotes and what we read."),
        H(2, "Interview guide", {"interview-guide": "ok"}),
        L(["Tell me about a usual week: work, studies, free time.",
           "Where do you go when you need a quiet place? Why there?",
           "When did you last go to a library? What happened?",
           "What do you read, listen to or watch, and on what?",
           "What would make you go in once next month?"]),
        H(2, "In their words", {"verbatims": "ok"}),
        T([["Who", "Quote"],
           ["Nurse, 24", "I stopped with the night shifts. I didn't decide, it just happened."],
           ["Student, 21", "I pay two coffees an afternoon to revise at the café, it's the price of peace."],
           ["Warehouse worker, 27", "I thought you needed a card just to sit down."]]),
        H(2, "Sources", {"bibliography": "ok"}),
        L(["Centre national du livre, Les Français et la lecture, 2024.",
           "Ministère de la Culture, Publics et usages des bibliothèques municipales, 2023.",
           "Rennes Métropole, Bilan de l'extension des horaires des Champs Libres, 2023."]),
    ],
    missing=["pov-hmw"],
)
