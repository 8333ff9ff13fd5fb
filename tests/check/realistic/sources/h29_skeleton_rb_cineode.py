from _common import *

DOC = dict(
    deliverable="research-brief",
    path="skeleton",
    language="en",
    notes="""Held-out round 29 (h29_), written and labelled on 2026-12-02 before any run of check. Started from
    `mind-templates new research-brief`, English: Cinéode, five independent cinemas around Nantes, sees its
    under-25 audience fall and asks for a loyalty app. Guidance boxes deleted; the brief retyped "What Cinéode asked
    for, and what it really needs", the observation retyped "Saturday nights in the foyer" and the strategic
    challenges retyped "So what for Cinéode?" by replacing their runs (bookmarks lost); the persona retyped "Meet
    Lou" with the bookmark kept. The desk research is a few lines (thin); the prioritisation still holds our prompt
    and its table is untouched (placeholder); the verbatims sub-section deleted with its heading (missing).""",
    cover={"project": "Back to the big screen", "client": "Cinéode", "candidate": "Romane Guillou",
           "team": "Romane Guillou, Théo Bréhier, Yasmine Haddad", "school": "Web School Factory"},
    sections={
        "client-brief": dict(status="ok", retitle="What Cinéode asked for, and what it really needs", text=[
            "Cinéode is an association that runs five independent cinemas around Nantes: Le Rex in Rezé, the "
            "Saint-Herblain Lumière, two single-screen halls in Clisson and Ancenis, and the Katorza's former "
            "art-house annex in the city centre. Together they sold 412,000 tickets in 2025, 9 % fewer than in "
            "2019. The drop is concentrated among spectators under 25: they made up 31 % of the audience before the "
            "pandemic and only 19 % last year, according to the association's box-office survey.",
            "The board's brief to our team was short: design a loyalty app with points and rewards, so that young "
            "people come back more often. The board assumes that the young audience left for price reasons and that "
            "a discount mechanism will bring it back.",
            "After two meetings with the director, Mathilde Caradec, and a first week in the cinemas, we think the "
            "question is wider. Young people have not stopped going to the cinema: the multiplex at Atlantis is "
            "doing well with them. What they seem to have lost is the habit of choosing Cinéode, and perhaps the "
            "feeling that these halls are for them at all. We therefore reframed the brief: understand how under-25s "
            "in the Nantes area decide to go out to see a film, and what would make an independent cinema the "
            "obvious choice for them, before deciding whether an app is part of the answer."]),
        "brief-reframing": dict(status="ok", tables=[[
            ["Build a loyalty app with points", "young people come less often", "make Cinéode a place young people choose, not just a cheaper ticket", "win back a fifth of the audience it lost"],
            ["Offer discounts to students", "price is seen as the barrier", "find out whether price, programme or atmosphere keeps them away", "avoid cutting margins for nothing"],
            ["Advertise on social networks", "young people don't know the programme", "understand where the decision to go out is really made", "spend the communication budget where it counts"]]]),
        "research-questions": dict(status="ok", text=[
            "We kept four questions. First, how does a group of young people decide on an evening out, and at what "
            "point does the cinema enter the conversation? Second, what do under-25s know about the five Cinéode "
            "halls and what do they imagine about them? Third, what role do price, the films on show and the "
            "atmosphere of the place each play in the choice? Fourth, what do those who still come value most, and "
            "what would they tell a friend to convince them? Behind the third question lies our main hypothesis: "
            "price is not the first barrier."]),
        "method-sample": dict(status="ok", text=[
            "We combined three approaches so that we would not rely only on what people say. We spent four evenings "
            "and two Wednesday afternoons in the cinemas, watching who came, with whom and what they did before and "
            "after the film. We interviewed young people both inside and outside the cinemas, because the ones we "
            "most needed to hear were precisely those who no longer come. Finally we read the national studies on "
            "young audiences and the association's own box-office data.",
            "The sample was built to include students and young workers, people from the city centre and from the "
            "outer towns, and a balance of regular, occasional and former spectators. We recruited through two "
            "student associations, the mission locale of Rezé and a post on the Cinéode Instagram account. Every "
            "interview was recorded with consent and transcribed the same week."]),
        "research-activities": dict(status="ok", tables=[[
            ["Observation", "see how young spectators use the halls", "about 140 people under 25 seen", "Rex and Lumière, 4 evenings, 2 afternoons", "none, public space", "field notes, 62 photos"],
            ["Interviews", "understand how they choose an evening out", "16 people aged 18 to 25, 7 former spectators", "cafés and campus, 12 to 26 Nov.", "student associations, mission locale, Instagram", "transcripts, sticky notes"],
            ["Street survey", "size what interviews suggest", "203 answers", "outside Atlantis multiplex and the university", "stopped passers-by", "spreadsheet"]]]),
        "findings": dict(status="ok", text=[
            "The same picture came out of the three methods. Price matters less than the board believed: most "
            "young people we met already pay more at the multiplex. What keeps them away is that going to Cinéode "
            "is never the default. The programme is hard to find on a phone, the halls are seen as places for older, "
            "quiet audiences, and there is nowhere to stay and talk after the film. The young people who do come "
            "almost always come in a group, for an event rather than a film."]),
        "observation": dict(status="ok", retitle="Saturday nights in the foyer", text=[
            "On the four evenings we spent at Le Rex and the Lumière, the young spectators formed a distinct group. "
            "They arrived in threes or fours, often only minutes before the film, checking the time on their phones, "
            "and two groups out of three bought their tickets at the counter rather than online. The online "
            "booking page, we later tested, takes eleven taps on a phone.",
            "After the film, the contrast with older audiences was striking. Older spectators lingered to talk to "
            "the staff about the film; young ones left within five minutes, because the bar closes at 9 pm and the "
            "foyer has no seats. On the one evening with a debate and a local director, 41 young people stayed for "
            "more than an hour, and several asked when the next one would be. On the Wednesday afternoons we saw "
            "almost no one under 25 except parents with children."]),
        "interviews": dict(status="ok", text=[
            "We met sixteen people: nine who still come at least once a term and seven who have not been to a "
            "Cinéode hall for more than a year. We grouped what they said into four themes.",
            "Deciding together. Going to the cinema is decided in a group chat, usually the same day. The person "
            "who proposes a film sends a trailer or a link; if there is no easy link to book, the group goes "
            "where booking is simple. Twelve of the sixteen described this.",
            "Not for us. Former spectators described the Cinéode halls as serious, a bit intimidating, with films "
            "\"you need to have read about\". Several had never been inside the Saint-Herblain hall although they "
            "live nearby.",
            "Price, but not first. Only three people named price as the main reason for going elsewhere. Most "
            "already pay €11 at the multiplex and compare the evening as a whole, with food and drinks.",
            "What the regulars love. The regulars talk about the debates, the premieres with directors and the "
            "feeling of discovering something. \"It's the only place where I've talked to a stranger about a "
            "film\", said a 22-year-old nursing student."]),
        "desk-research": dict(status="thin", text=[
            "The CNC's 2024 study on 15-24 year olds confirms that they still go often, but mostly to multiplexes and "
            "for big releases. The association's data shows the sharpest drop on weekday evenings."]),
        "empathy-map": dict(status="ok", tables=[[
            ["Says: \"If someone sends me the link, I'm in.\"", "Thinks: art-house cinemas are for people who know a lot about films"],
            ["Does: decides in the group chat, books on the phone, leaves right after the film", "Feels: a bit out of place in a quiet foyer, excited by events"],
            ["Pains: programme hard to find, booking too long, nowhere to stay afterwards", "Gains: a night out with friends, a film worth talking about, something new"]]]),
        "persona": dict(status="ok", retitle="Meet Lou", keep_bookmark=True, skip_cols=1, tables=[[
            [None, "Lou, 21, second-year sociology student, shares a flat in Rezé"],
            [None, "lives 10 minutes from Le Rex but goes to the multiplex with her friends"],
            [None, "spend good evenings with her group without organising everything"],
            [None, "the group never thinks of Cinéode; the website is impossible on a phone"],
            [None, "decides on the day, follows whoever sends the first link"],
            [None, "Instagram, WhatsApp groups, Letterboxd, books everything on her phone"],
            [None, "\"I didn't know they showed normal films too.\""]]]),
        "user-insights": dict(status="ok", text=[
            "We wrote every observation and quote on sticky notes and clustered them as a team over two sessions, "
            "keeping only the clusters supported by at least two of our methods. Each insight is written from the "
            "point of view of the young spectator."], tables=[[
            ["I1", "The decision is made in a group chat, and Cinéode is absent from it", "12 of 16 interviews; 11 taps to book", "interviews, test", "high", "an app alone will not be shared in chats"],
            ["I2", "The halls feel like they belong to another audience", "7 former spectators; empty foyer after 9 pm", "interviews, observation", "high", "loyalty points do not change how welcome people feel"],
            ["I3", "Young people come for an event, not only for a film", "41 stayed after the debate", "observation, survey", "medium", "the offer, not only the price, brings them back"]]]),
        "pov-hmw": dict(status="ok", tables=[[
            ["I1", "a student organising an evening with friends", "a link the whole group can book from in seconds", "the decision happens in the chat, on the day", "How might we put Cinéode's films into the group chat?"],
            ["I2", "a former spectator from the suburbs", "to feel that the hall is for people like her", "she sees it as a place for experts", "How might we make the first visit feel easy and welcoming?"],
            ["I3", "a regular who loves the debates", "more evenings where you stay and talk", "events are what make the evening special", "How might we turn a screening into a night out?"]]]),
        "as-is-journey": dict(status="ok", skip_cols=1, tables=[[
            [None, "hears about a film on Instagram or from a friend", "checks times on Google, finds the multiplex first", "books on the phone, or gives up", "watches the film with the group", "no help needed, or calls the counter", "comes back only for an event"],
            [None, "Instagram, friends, posters", "Google, Allociné", "Cinéode website, counter", "the hall", "phone, counter", "newsletter, rarely read"],
            [None, "curious", "unsure, Cinéode not in the results", "impatient", "happy", "indifferent", "fond but distant"],
            [None, "Cinéode invisible in the feeds they use", "no link to share", "eleven taps to book", "nowhere to stay after", "bar closed at 9 pm", "no reason to come back"]]]),
        "insight-prioritisation": dict(status="placeholder"),
        "strategic-stakes": dict(status="ok", retitle="So what for Cinéode?", text=[
            "Our research suggests that the board's question, how to reward young spectators for coming back, "
            "comes one step too late. Cinéode first has to be part of the conversation in which young people "
            "decide their evening, and then has to make them feel welcome once they are in the hall.",
            "The first challenge is digital but modest: a programme that reads well on a phone and a booking link "
            "that can be dropped into a group chat and used by four people at once. This is cheaper than an app and "
            "serves every audience. The second challenge is about the place itself: the foyers close too early and "
            "offer nothing to young people who want to stay. The debates and premieres are Cinéode's strongest "
            "asset with this audience and are today rare and poorly publicised.",
            "The third challenge is strategic. If Cinéode wants to win back a fifth of the young audience it has "
            "lost, it must decide whether it is ready to change part of its programming and opening hours, "
            "not only its communication. Our design challenge for the next phase is therefore: how might Cinéode "
            "become the place where young people in Nantes go out to see a film and talk about it afterwards?"]),
        "appendices": dict(status="ok", text=[
            "The full transcripts and the survey spreadsheet are available on the team's shared drive."]),
        "interview-guide": dict(status="ok", skip_cols=1, tables=[[
            [None, "explain the project, ask for consent to record", "anonymous in the report", "2 min"],
            [None, "age, studies or job, where they live", "", "3 min"],
            [None, "how often they go out, with whom, how they decide", "listen for the group chat", "8 min"],
            [None, "tell us about the last time you saw a film in a cinema", "ask for details: link, booking, after", "10 min"],
            [None, "what put you off a cinema, what you did instead", "note the words used about Cinéode", "8 min"],
            [None, "describe a perfect evening at the cinema", "", "5 min"],
            [None, "anything to add, thank them", "offer two free tickets", "2 min"]]]),
        "verbatims": dict(status="missing"),
        "bibliography": dict(status="ok", text=[
            "CNC (2024). Les 15-24 ans et le cinéma en salle. Paris: Centre national du cinéma.",
            "Cinéode (2025). Bilan de fréquentation 2019-2025, internal document."]),
    },
)
