from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. The network of eleven public libraries of the Pays de
    Redon asks why people aged 18 to 25 stopped borrowing and visiting after secondary school. The authors' own
    headings, some numbered; the three kinds of findings, the challenges for the network and the guide in the
    annex are bold Normal paragraphs; the empathy map and the persona share one heading (merged); an annex with
    the interview guide only: no verbatims and no reading list (missing).""",
    title="Where did the twenty-year-olds go? Research brief for the Redon libraries",
    cover=["Prepared for the Réseau des médiathèques du Pays de Redon",
           "Anaïs Rouxel, Malo Hervé, Priya Nair – CX project, December 2026"],
    blocks=[
        H(1, "1. The question we were given", {"client-brief": "ok"}),
        P("The Pays de Redon runs eleven public libraries, from the large media library in Redon itself to small "
          "rooms in villages of 900 people, open two afternoons a week. Membership is free. In 2025 the network "
          "counted 14,200 active borrowers, but only 410 of them were aged 18 to 25, while this age group makes "
          "up about 9 % of the population of the area. Among 15-year-olds, almost half still borrow something "
          "every year; three years later, fewer than one in ten does."),
        P("Gwenaëlle Morin, who heads the network, first asked us for a communication campaign on Instagram to "
          "bring young adults back. During our first meeting we asked what the campaign would say, and nobody "
          "could answer: the team did not really know why young people leave, nor whether they leave at all or "
          "simply use the libraries without borrowing. We therefore agreed to reframe the request. Before any "
          "campaign, the network wants to understand what people of that age expect from a public place, what "
          "they do instead, and what in today's libraries keeps them away. The results will guide the project "
          "plan for 2027 to 2029, voted by the community council in March, with a budget of about 120,000 euros. "
          "Our contact for the six weeks was Yannick Bourdais, librarian in charge of cultural activities, who "
          "opened every door for us."),
        H(2, "From a campaign to a question", {"brief-reframing": "ok"}),
        T([["What we were asked", "What we agreed to study instead"],
           ["An Instagram campaign for 18-25", "why 18-25 stop coming, and what would make a library useful to them"],
           ["More young borrowers", "more young visitors, whatever they come for"],
           ["Redon media library", "all eleven sites, including the villages"]]),
        H(1, "2. What do we want to find out?", {"research-questions": "ok"}),
        P("We kept four questions. First, what do people aged 18 to 25 in the area do on a free afternoon, and "
          "where do they go to work, meet or be quiet? Second, what do they remember of the library, and what "
          "made them stop coming? Third, which of their needs could a library meet better than a café, a "
          "fast-food restaurant or their bedroom? Fourth, which rules, opening hours or habits of the staff "
          "stand in the way? We chose not to ask about books in particular, because we did not want to assume "
          "that borrowing is what young adults need."),
        H(1, "3. How we worked", {"method-sample": "ok"}),
        P("We combined three ways of learning over six weeks in October and November. We spent time in the "
          "places where young people are, and in the libraries, watching what happened. We interviewed young "
          "adults one by one, each time for about forty minutes, in a place of their choice. And we read what "
          "other networks and researchers already know. Our sample mixes students who commute to Rennes or "
          "Nantes, young workers and apprentices, and people looking for a job, from the town and from the "
          "villages, because we expected that distance and transport would matter. We recruited through the "
          "local youth centre, two sports clubs, the job centre and friends of friends, never through the "
          "libraries themselves, to reach people who no longer come. We also talked with five librarians to hear "
          "their side of the story."),
        H(2, "Our sample at a glance", {"research-activities": "ok"}),
        T([["Activity", "Where", "Who", "How many"],
           ["observation", "Redon media library, Guémené library, two cafés, the station", "visitors aged about 18-25", "9 half-days"],
           ["interviews", "cafés, homes, the youth centre, by video", "18-25, six former borrowers", "16"],
           ["staff talks", "three libraries", "librarians", "5"],
           ["desk research", "online", "reports and studies", "14 sources"]]),
        H(1, "4. What we found", {"findings": "ok"}),
        P("The main surprise is that young adults have not turned away from libraries as places: they turned "
          "away from our libraries' opening hours and rules. Most of the people we met need a quiet, warm place "
          "with Wi-Fi and sockets to study, write applications or work remotely, and they pay for it with "
          "coffees in Redon's two cafés. Few of them think of the library, because they remember it as a place "
          "for children, closed in the evening and on Saturday afternoons, where one must whisper. Below are "
          "the three sources of these findings."),
        B("4.1 Watching, on site", {"observation": "ok"}),
        P("On nine half-days we sat in the Redon media library, in the small library of Guémené-Penfao, in "
          "two cafés near the station and in the station hall itself. In the cafés, between four and seven in "
          "the evening, we counted each time between eight and fifteen people of about twenty with a laptop, "
          "most of them alone, staying more than an hour. In the Redon media library at the same hours we saw "
          "three to five people of that age, always near the only two tables with sockets. The staff were "
          "friendly, but twice a librarian asked a young man to lower his voice during a video call, and he "
          "left. The library closes at six on weekdays, exactly when the cafés fill up. In Guémené, the room was "
          "empty on both afternoons we came."),
        B("4.2 Talking with them", {"interviews": "ok"}),
        P("The sixteen interviews confirmed what we saw and explained it. Almost all the people we met had a "
          "library card as children and stopped using it around the age of fifteen or sixteen, at the move to "
          "the lycée in Redon or in Rennes. None of them had a clear reason to stop; they simply lost the habit "
          "when their timetable changed. Several said they did not know that membership stays free after "
          "eighteen. Students who commute spend long hours waiting for trains and would gladly work somewhere "
          "quiet near the station. Young workers and apprentices told us they need a printer, a scanner and "
          "help with online forms, and that they feel awkward asking at the town hall. People from the "
          "villages said the small libraries are closed whenever they are free. Two young mothers said they "
          "would come with their babies if there were a corner where crying was not frowned upon. What they "
          "want from the staff is less a reading advice than a welcome without judgement."),
        B("4.3 Reading what is already known", {"desk-research": "ok"}),
        P("We read fourteen sources: the national survey on French people and libraries published by the "
          "Ministry of Culture, the annual reports of three comparable rural networks, two studies on young "
          "adults and public places, and articles on the 'third place' libraries opened in recent years. The "
          "national figures show the same drop after secondary school everywhere in France. They also show "
          "that networks which opened later in the evening, offered group work rooms and lent equipment such "
          "as laptops or board games saw young visitors come back within two years, without any campaign. The "
          "Angers and Lannion networks describe evening openings staffed by one librarian and a volunteer, "
          "which kept the cost low. None of the sources looked at rural networks with several very small sites, so "
          "our fieldwork in the villages fills a real gap."),
        H(1, "5. Who is Lina?", {"empathy-map": "ok", "persona": "ok"}),
        P("Lina stands for the young adults we met who commute and study. She is 20, lives with her parents in "
          "Bains-sur-Oust and studies social work in Rennes three days a week."),
        T([["", "Lina, 20, commuting student"],
           ["Says", "I work at the café because there's nowhere else open"],
           ["Thinks", "the library is for kids and pensioners"],
           ["Does", "takes the 7:12 train, waits an hour at Redon station each evening"],
           ["Feels", "tired, spends too much on coffee, lonely in the evenings"],
           ["Goals", "finish her degree, find an internship near home"],
           ["Frustrations", "no quiet place near the station, no printer at home"]]),
        H(1, "6. Six things we learned", {"user-insights": "ok"}),
        P("Each insight below comes from at least two of our three sources; we dropped those heard from one "
          "person only."),
        T([["Insight", "What we saw or heard"],
           ["Young adults look for a place to work, not for books", "cafés full of laptops after four"],
           ["The opening hours are the real barrier", "libraries close at six, when they are free"],
           ["Nobody told them it is still free", "nine of sixteen thought adults pay"],
           ["Silence rules push them away", "video calls and group work are frowned upon"],
           ["They need help with forms and printing", "apprentices and job seekers"],
           ["The villages feel forgotten", "small libraries open only two afternoons"]]),
        H(2, "How might we...", {"pov-hmw": "ok"}),
        T([["Point of view", "How might we"],
           ["Lina needs a quiet place near the station in the evening because her train leaves at 7", "open a corner of the media library until nine?"],
           ["Young workers need help with online forms because they feel judged elsewhere", "make the library the place where forms are easy?"]]),
        H(1, "7. An evening in Lina's life, today", {"as-is-journey": "ok"}),
        P("A typical Tuesday, as two of our interviewees described it almost word for word."),
        T([["Step", "What she does", "How she feels"],
           ["17:30", "gets off the train from Rennes, her bus leaves at 19:05", "tired"],
           ["17:40", "walks past the media library, already closing soon", "indifferent"],
           ["17:45", "orders a coffee at the café, looks for a socket", "annoyed by the noise"],
           ["18:50", "pays, runs to the bus", "has worked only half an hour"]]),
        H(1, "8. What matters most", {"insight-prioritisation": "ok"}),
        P("We ranked the insights with Gwenaëlle Morin and two librarians, weighing what each would change "
          "for young adults against what it would cost the network in staff and money."),
        T([["Insight", "Impact for young adults", "Effort for the network", "Priority"],
           ["Opening hours", "very high, everyone mentioned it", "medium, one evening staff per site", "1"],
           ["Place to work with sockets and Wi-Fi", "high, the main reason to come", "low, furniture and sockets", "2"],
           ["Still free after eighteen", "medium, removes a false barrier", "very low, a message", "3"],
           ["Help with forms and printing", "high for workers and job seekers", "medium, training staff", "4"],
           ["Villages", "high in the villages", "high, staff shortage", "later"]]),
        B("WHAT THIS MEANS FOR THE NETWORK", {"strategic-stakes": "ok"}),
        P("The network has to decide what kind of place it wants to be for people in their twenties. If it "
          "keeps the current hours and rules, no campaign will bring them back, because the campaign would "
          "invite them to a place that is closed when they are free. If it opens the Redon media library until "
          "nine on three evenings, next to the station, and accepts quiet talk and video calls in one room, it "
          "can win back students and young workers at a modest cost. This choice touches the staff's working "
          "hours, which will have to be negotiated, and the budget voted in March. It also raises the question "
          "of the villages: the network risks serving the town better and leaving rural young adults behind, "
          "unless it tries shared openings with the youth centre or the town halls. Finally, the network can "
          "measure visits rather than loans, which changes how its success is reported to the community "
          "council and to the Ministry. We recommend deciding on the evening openings first, before any campaign."),
        H(1, "Annex", {"appendices": "ok"}),
        P("Our guide for the interviews is below."),
        B("A. The guide we used", {"interview-guide": "ok"}),
        T([["Part", "Questions"],
           ["Warm-up", "What do you do on a free afternoon? Where do you go?"],
           ["Memories", "When did you last go to a library? What do you remember?"],
           ["Needs", "Where do you work or study outside home? What is missing there?"],
           ["Ideas", "What would make you stop at the library on the way home?"]]),
    ],
    missing=["verbatims", "bibliography"],
)
