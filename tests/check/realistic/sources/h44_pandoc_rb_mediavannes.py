from _common import *

DOC = dict(
    deliverable="research-brief",
    path="pandoc",
    language="en",
    notes="""Held-out round 44 (h44_), written and labelled on 2026-12-02 before any run of check. Markdown ->
    pandoc, English: two students research why 18-25 year-olds stop using the eleven libraries of the Vannes
    agglomeration after their student card expires. The authors' own numbered headings, some in UPPER CASE
    ("1. WHAT THE NETWORK ASKED US", "5. WHO THEY ARE"), the activities as a table; the empathy map and the persona
    written under one heading (merged); no as-is journey at all (the authors dropped it: missing). The bibliography
    closes the appendices under a heading of its own; an extra "Limits" section of the authors' own.""",
    title="Checked out: why young adults leave the Vannes libraries",
    cover=["Customer eXperience project, research phase", "Lénaïg Tanguy and Matthieu Deschamps, November 2026"],
    missing=["as-is-journey"],
    blocks=[
        H(1, "1. WHAT THE NETWORK ASKED US", {"client-brief": "ok"}),
        P("The eleven libraries of Golfe du Morbihan – Vannes agglomération share one card and one catalogue. The "
          "network counts 38,000 active members, and its figures show a sharp drop at one age: 61 % of 15-17 "
          "year-olds borrowed at least once in 2025, but only 19 % of 18-25 year-olds did. Most of them do not "
          "cancel anything; their card simply goes quiet the year they leave school or finish their first degree."),
        P("The head of public services, Catherine Le Floch, asked us to find out 'why young people no longer come "
          "and what would bring them back'. In our first meeting she had a campaign in mind: posters, a social media "
          "account, maybe a party. We asked to keep the question open a little longer. Coming back through the door "
          "may not be what young adults want from a library at all; some of them use the network's e-books or its "
          "Wi-Fi without ever being counted as borrowers. We therefore took the brief as: understand what 18-25 year-"
          "olds around Vannes need when they read, study, work or meet, and where the libraries fit or fail in that "
          "day, before anyone designs a campaign. Catherine agreed on 9 October, on the condition that we also "
          "measure the use nobody counts today, and that we say clearly which findings would cost money and which "
          "would not. The network has no extra budget before 2028, so any idea must first work with the current "
          "staff, rooms and opening hours."),
        H(2, "1.1 Their question, our question", {"brief-reframing": "ok"}),
        T([["They asked", "We will answer"],
           ["Why do young people no longer come?", "What do 18-25s need from a place and a service like ours?"],
           ["How do we bring them back?", "Where do we already meet them without knowing it?"],
           ["Which campaign should we run?", "Which change would matter before any campaign?"]]),
        H(1, "2. What we wanted to know", {"research-questions": "ok"}),
        P("We wrote four questions before the first interview and kept them on the wall of our project room. After "
          "the first week we dropped a fifth one, on reading habits, because everybody read and it told us nothing."),
        L(["Where do 18-25 year-olds around Vannes read, study and work alone, and why there?",
           "What did the library mean to them at 15, and what changed when they left school?",
           "Which of the network's services do they still use without borrowing, and do they know they are "
           "library services?",
           "What would make a library worth a detour for someone who works until 6 pm?"]),
        H(1, "3. How we went about it", {"method-sample": "ok"}),
        P("We spent six weeks in the field, from 7 October to 15 November 2026. We observed young adults in three "
          "libraries of different sizes and in two places they go instead, a coffee shop near the university and "
          "the student residence lounge. We interviewed eighteen young adults: eight who still hold a card, ten "
          "whose card went quiet, recruited on campus, at the youth information centre and through a vocational "
          "college. We also met four librarians and read the network's own statistics since 2019. Each interview "
          "lasted about 40 minutes, was recorded with consent and summarised the same day; we coded the summaries "
          "together and kept a finding only when at least three people said or showed it. Our sample leans towards "
          "students, because they were easier to reach; we say so wherever it matters."),
        H(2, "3.1 Where and how often", {"research-activities": "ok"}),
        T([["Activity", "Place", "Volume", "Dates"],
           ["Observation", "Médiathèque Les Chiens Jaunes, Séné, Theix", "5 half-days", "7-18 Oct"],
           ["Observation elsewhere", "Café Le Bréhat, residence lounge", "3 evenings", "14-24 Oct"],
           ["Interviews", "campus, youth centre, vocational college", "18 young adults", "21 Oct-8 Nov"],
           ["Staff talks", "two libraries", "4 librarians", "12-13 Nov"],
           ["Data", "network loan and Wi-Fi statistics", "2019-2026", "all along"]]),
        H(1, "4. WHAT WE FOUND", {"findings": "ok"}),
        P("Young adults have not stopped reading, studying or looking for quiet places; they have stopped thinking "
          "of the library as one of them. The reasons are practical more than cultural: opening hours that end when "
          "their day ends, no place to eat or talk, and a card they believe expired when school ended. Three methods "
          "said the same thing; the details follow. We were surprised by how little the books themselves came up: "
          "nobody complained about the collections, and several people praised them, while almost everyone talked about "
          "time, place and the card."),
        H(2, "4.1 Watching", {"observation": "ok"}),
        P("At the central library on a Tuesday afternoon, we counted 46 people under 26, almost all with a laptop "
          "and headphones, none at the loan desk. Tables with power sockets filled first; the others stayed empty "
          "even when the room was crowded. At 5.45 pm a staff member announced closing and a group of five moved to "
          "the café across the street, where we followed them: they worked there until 9 pm over one drink each. In "
          "Séné and Theix we saw almost no young adults during the day, and two on Saturday, both returning books "
          "for a younger brother. At the residence lounge, students studied on sofas despite the noise because it "
          "was open, warm and close. Nobody we watched used the catalogue terminals; phones did everything. Reservations were collected by "
          "parents, never by the young adults themselves."),
        H(2, "4.2 Talking to them", {"interviews": "ok"}),
        P("Fourteen of the eighteen people we met had loved the library as teenagers, mainly as a place to be with "
          "friends after school. What broke the habit was leaving school: their timetable changed, they moved to "
          "a flat or to work shifts, and nobody told them the card was still valid. Six of the ten 'quiet' members "
          "thought they would have to pay to re-register; in fact the card is free until 26. Several of them used "
          "the network's e-book service or its music streaming through an old login and did not know it was the "
          "library's. The students among them wanted a place to revise in groups, where they could talk and eat a "
          "sandwich. The young workers wanted something else: to pick up a reserved book at 7 pm, or have it at a "
          "locker near the station. Almost everyone said the library 'is for children and retired people', while "
          "describing exactly the quiet, free, heated space it offers. Two young parents said they now came back "
          "for their toddler's story time and had borrowed for themselves again as a result."),
        H(2, "4.3 What others have written", {"desk-research": "ok"}),
        P("We read the national survey on French people and libraries published by the Ministry of Culture in "
          "2022, two studies on 'third places' in libraries, and reports from the networks of Rennes and Nantes, "
          "which opened later on some evenings. Nationally, the drop in use after 18 is well known and larger in "
          "small towns, where study spaces are rarer. The Nantes report shows that two evening openings a week "
          "raised visits by people under 30 by a quarter within a year, without more loans. The network's own "
          "statistics confirm our interviews: Wi-Fi sessions by devices that never borrow rose by 40 % since 2022, "
          "so young adults are already there, only invisible in the loan figures. None of the reports we read "
          "looked at what happens to the card when a teenager leaves school, which is where our interviews point."),
        H(1, "5. WHO THEY ARE", {"empathy-map": "ok", "persona": "ok"}),
        P("We drew the empathy map of a 'quiet' member from the ten interviews, then gave it a face in one persona."),
        T([["Says", "Thinks", "Does", "Feels"],
           ["\u201cThe library is for kids\u201d", "My card must have expired", "Works in cafés until late",
            "Tired of paying for a seat"],
           ["\u201cI'd go if it were open\u201d", "I'd be the oldest one there", "Reads e-books on the phone",
            "Lonely when revising alone"]]),
        P("Maëlle, 21, is a second-year nursing student who shares a flat in Vannes. She revises every evening "
          "with two classmates, usually in a café where they spend eight euros each. She reads two novels a month on "
          "her phone through an app she believes is free, which is in fact the library's. She last entered a "
          "library at 17 and thinks she would need to re-register and pay. What she wants is a place to work "
          "together until 9 pm, where she can talk and eat, near the bus line."),
        H(1, "6. Insights", {"user-insights": "ok"}),
        P("Five insights came out of our coding sessions. We rated each by how many sources showed it; the three strong "
          "ones appear in the observation, the interviews and the data at once, the two medium ones in only two."),
        T([["Insight", "Seen in", "Strength"],
           ["Young adults value the space, not the loans", "observation, 12 interviews, Wi-Fi data", "strong"],
           ["They think their card ended with school", "6 of 10 quiet members", "strong"],
           ["The timetable shuts them out, not the offer", "observation, interviews, Nantes report", "strong"],
           ["Digital services are used but not credited to the library", "5 interviews, login data", "medium"],
           ["Group work needs talking and food", "observation, 7 interviews", "medium"]]),
        H(2, "6.1 How might we…", {"pov-hmw": "ok"}),
        T([["Point of view", "How might we"],
           ["Maëlle needs a place to revise together in the evening because cafés cost money and the library shuts at 6 pm",
            "How might we open a room for group work after 6 pm with the staff we have?"],
           ["Quiet members need to know their card still works because they think it expired",
            "How might we tell every school leaver that their card is still valid?"]]),
        H(1, "7. What to tackle first", {"insight-prioritisation": "ok"}),
        P("We ranked the insights with the librarians on two axes: how much they matter to young adults and how "
          "much they would cost the network. Telling school leavers that their card is still valid costs almost "
          "nothing and answers a false belief held by most quiet members: it comes first. An evening group-work "
          "room comes second; it matters most to users but needs a staff rota, and Séné's meeting room could be "
          "opened with a door code. Crediting the digital services to the library is third, cheap but slow to "
          "change minds. Food in the rooms comes last: the librarians worry about the collections and it needs a "
          "decision by the elected board."),
        H(1, "8. What is at stake for the network", {"strategic-stakes": "ok"}),
        P("The network's problem is not that young adults have lost interest in reading or in quiet public space; "
          "they use both, elsewhere or without being counted. The risk is that the libraries measure their value by "
          "loans and therefore decide, wrongly, that an age group has gone. If the counting does not change, the "
          "next budget discussion will cut the hours and services that young adults already use, such as Wi-Fi "
          "and e-books, because they look idle on paper. The opportunity is real: a population of about 14,000 "
          "people between 18 and 25 in the agglomeration, studying and working in cafés for lack of anything else, "
          "and a network with free, warm, central rooms that close at 6 pm. The strategic choices for the network "
          "are three: to count attendance and digital use, not only loans; to decide whether one or two evenings a "
          "week are worth a new staff rota; and to speak to school leavers at the exact moment they leave, through "
          "the schools and the youth information centre, rather than with a general campaign. None of the three "
          "needs new money before 2028, which fits the constraint Catherine Le Floch gave us."),
        H(1, "9. Limits of this study", {}),
        P("Eighteen interviews in one agglomeration do not speak for all young adults; we met few young workers "
          "outside the vocational college, and nobody from the rural parts of the network."),
        H(1, "APPENDICES", {"appendices": "ok"}),
        P("The material below is what we used in the field; the full transcripts stay with the network."),
        H(2, "A. Our interview guide", {"interview-guide": "ok"}),
        L(["Tell us about the last time you studied or read somewhere other than home.",
           "What did the library mean to you at 15? What happened next?",
           "Do you use any app or site for books, music or films? Who provides it?",
           "If a library were open until 9 pm, what would you do there?"]),
        H(2, "B. In their words", {"verbatims": "ok"}),
        T([["Who", "Quote"],
           ["Maëlle, 21, nursing student", "\u201cWe pay eight euros a night to sit in a café.\u201d"],
           ["Théo, 24, warehouse worker", "\u201cBy the time I finish, everything public is closed.\u201d"],
           ["Ines, 19, first year law", "\u201cI thought the card stopped at the baccalauréat.\u201d"]]),
        H(2, "C. Reading list", {"bibliography": "ok"}),
        L(["Ministère de la Culture, Les Français et les bibliothèques, 2022",
           "Bibliothèque municipale de Nantes, Bilan des ouvertures en soirée, 2024",
           "Servet M., Les bibliothèques troisième lieu, ENSSIB, 2009"]),
    ],
)
