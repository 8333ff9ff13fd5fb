from _common import *

DOC = dict(
    deliverable="research-brief",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 49 (h49_), written and labelled on 2026-12-02 before any run of check. python-docx,
    then opened and saved again by LibreOffice Writer, English: the covered market of Tours asks why working
    households under 45 stopped shopping there. The authors' own headings, some sub-headings as bold Normal
    paragraphs; the empathy map and the persona share one heading (both present); the sources heading in the
    appendices has nothing under it (empty).""",
    title="Les Halles de Tours – Research brief",
    cover=["Customer eXperience project", "Léa Mercier, Karim Benali, Hugo Dufresne – December 2026"],
    blocks=[
        H(1, "Starting point: what the market asked us", {"client-brief": "ok"}),
        P("Les Halles de Tours is a covered market of 38 independent stalls run by the city and an association of "
          "traders. Footfall has fallen by 22 % since 2019, and the traders' association told us that its "
          "customers are getting older: on a Saturday morning, two shoppers in three are over 60. The initial "
          "brief was short: the association wanted an online ordering site with click and collect, on the model "
          "of the supermarkets on the ring road, and asked us to check that customers would use it."),
        P("We did not want to start from the answer. A website is one possible way to bring back younger "
          "households, but the brief did not say why they left, or whether they left at all: some may never have "
          "come. We therefore proposed to the association and to the city's trade department a broader question "
          "about what stops working people under 45 living in central Tours from doing part of their food "
          "shopping at the market. The association accepted this reframing on condition that we keep the online "
          "ordering idea on the table and test it with the people we meet."),
        P("The stakes are real for both partners. For the traders, the Saturday trade pays the rent of the week; "
          "for the city, the market is one of the reasons people still come to the old centre. A new lease with "
          "the traders is due in 2028, and the city wants to know by then what to invest in: opening hours, "
          "services, the building or digital tools."),
        B("From their brief to our question", {"brief-reframing": "ok"}),
        T([["What the brief said", "What we found behind it", "How we reframed it"],
           ["Build a click and collect site", "nobody knew why younger shoppers were missing",
            "understand first what stops them"],
           ["Our customers are too old", "younger households come at Christmas, not weekly",
            "what would make the market part of the week"],
           ["Compete with supermarkets", "people value advice and quality, not price",
            "play on what supermarkets cannot offer"]]),
        H(1, "What we wanted to find out", {"research-questions": "ok"}),
        P("Five questions guided the interviews and the observation. We kept them open on purpose, so that the "
          "answer could be something other than a website:"),
        L(["When and how do working households in central Tours buy their fresh food today, and why there?",
           "What do they think of the market: do they know its hours, its prices, its traders?",
           "What happens on the days they do come: what works, what puts them off?",
           "Would ordering ahead and collecting later fit their week, and under what conditions?",
           "What do the traders themselves see and want to change?"]),
        H(1, "How we went about it", {"method-sample": "ok"}),
        P("We combined three sources so that no single one would drive our conclusions. We observed the market "
          "on four mornings and two evenings, at different hours, to see who comes, how long they stay and what "
          "they do. We then held twelve interviews of forty minutes with people aged 28 to 44 who work and live "
          "within two kilometres of the market: six who come at least once a month and six who come rarely or "
          "never. They were recruited through a residents' association, a coworking space and a school parents' "
          "group, with a balance of men and women and of families and single people. Finally we read the "
          "studies available on covered markets and on click and collect in food retail. Three traders were "
          "also interviewed to check our findings against their experience."),
        B("Who we met and where", {"research-activities": "ok"}),
        T([["Activity", "When", "Who", "How many"],
           ["Observation in the hall", "4 Saturday and Wednesday mornings, 2 Friday evenings", "all shoppers",
            "about 600 shoppers seen"],
           ["Interviews with households", "16 to 27 November", "working people aged 28 to 44", "12"],
           ["Interviews with traders", "23 November", "butcher, cheesemonger, greengrocer", "3"],
           ["Desk research", "November", "reports and articles", "9 documents"]]),
        H(1, "WHAT WE LEARNED", {"findings": "ok"}),
        P("The short version: the people we met do not reject the market, they simply cannot fit it into their "
          "week. They like the products and the traders' advice, but the opening hours, the queues and the lack "
          "of visible prices push them to the supermarket on the way home. Online ordering interests them only if "
          "it lets them collect in the evening, which the market does not allow today. The three sources below "
          "agree on this, each from its own angle, and the traders we met recognised the picture at once."),
        H(2, "On the market floor", {"observation": "ok"}),
        P("On Saturday between 8 and 10 a.m. the hall is busy but almost only with retired shoppers, who talk "
          "with the traders and often wait five to ten minutes at the butcher's. Younger households arrive after "
          "10:30 with children, walk around the hall once and buy at two or three stalls. We counted that 40 % of "
          "them left without buying anything at the cheese and fish counters, where the queue was longest. On "
          "Wednesday mornings the hall is half empty. On Friday evening, when only five stalls stay open until "
          "7:30 p.m., the few people under 45 we saw came straight from work with a backpack and bought bread "
          "and vegetables in under ten minutes. Prices are written by hand and often hidden behind the products, "
          "and several shoppers asked for a price before deciding."),
        H(2, "Twelve conversations", {"interviews": "ok"}),
        P("Almost everyone we interviewed said they like the market, and most went there as children with their "
          "parents. Nine out of twelve said the main obstacle is time: the market closes at 1 p.m. on weekdays "
          "and they finish work after 6 p.m. The Saturday morning is kept for sport, children's activities or "
          "rest. Seven mentioned prices, but when we asked more, the problem was not that prices are high, it "
          "was not knowing them before queuing: \"I don't want to look stingy in front of the butcher\", said a "
          "nurse of 31."),
        P("The occasional shoppers come for special occasions, Christmas and birthdays, and trust the traders' "
          "advice more than any label. Asked about ordering online, eight were interested, but only if they "
          "could collect after work or have it delivered to a locker near home; collecting on a weekday morning "
          "made no sense to them. Two said they would rather phone a trader they know. The three traders confirmed "
          "that some regulars already order by text message and collect on Saturday."),
        B("Reading around", {"desk-research": "ok"}),
        P("The national federation of markets reports that covered markets which extended their opening hours to "
          "the evening at least once a week gained 10 to 15 % of younger customers within two years, with Lille "
          "and Bordeaux as examples. A consumer survey published by a food industry observatory in 2024 shows "
          "that people under 40 choose where to shop first by convenience and time, and only then by price or "
          "quality. Several articles on local food sites describe click and collect services that failed because "
          "the traders could not prepare orders during market hours, and succeeded when a shared employee did "
          "the picking. We also read the city's own footfall counts for the old centre, which show that the "
          "busiest hours for people under 45 are between 5 and 8 p.m., exactly when the hall is closed."),
        H(1, "Camille, 38, works late: what she thinks, feels and does", {"empathy-map": "ok", "persona": "ok"}),
        P("Camille is a composite of five of our interviewees. She is a project manager in an insurance company, "
          "lives with her partner and two children five minutes from the market and does the big shopping online "
          "at a supermarket every other week. She would like to eat better and support local producers, but "
          "she has no free slot when the market is open."),
        T([["Says", "Thinks", "Does", "Feels"],
           ["\"I love the market, but I never have time.\"", "the market is for retired people with free mornings",
            "orders online at the supermarket, drops by the market at Christmas", "guilty, a little nostalgic"],
           ["\"I never know what things cost.\"", "she might look stingy if she asks",
            "avoids the stalls where prices are hidden", "uneasy in the queue"]]),
        H(1, "Key insights", {"user-insights": "ok"}),
        P("We grouped what we saw and heard into four insights. Each comes from at least two of our three "
          "sources; the last column says which."),
        T([["Insight", "What supports it", "Sources"],
           ["People under 45 want the market but not its hours", "9 of 12 interviews, Friday evening counts",
            "interviews, observation"],
           ["Hidden prices make people feel judged", "questions at the stalls, 7 interviews",
            "observation, interviews"],
           ["Advice from the trader is the real value", "occasional shoppers, trader interviews",
            "interviews, desk research"],
           ["Ordering ahead only works with evening pick-up", "8 of 12 interviews, failed services elsewhere",
            "interviews, desk research"]]),
        B("Questions for our ideation workshop", {"pov-hmw": "ok"}),
        T([["Point of view", "Question to work on"],
           ["Camille needs to shop at the market after work because the hall closes before she leaves the office",
            "How could the market reach her after 6 p.m.?"],
           ["Camille needs to know prices before queuing because asking makes her feel judged",
            "How could prices be visible without losing the trader's advice?"]]),
        H(1, "A Saturday shop, step by step", {"as-is-journey": "ok"}),
        T([["Step", "What she does", "What she feels", "Pain point"],
           ["Decides to go", "checks the hours online, finds them on a Facebook page", "unsure",
            "no official site"],
           ["Arrives", "parks far away, walks with the children", "tired", "no parking nearby"],
           ["Queues", "waits ten minutes at the cheese counter", "impatient", "prices not shown"],
           ["Buys", "pays cash at two stalls, card at one", "pleased with the advice", "not all stalls take cards"],
           ["Goes home", "carries four bags", "happy but it took two hours", "no delivery or locker"]]),
        H(1, "Which insights first?", {"insight-prioritisation": "ok"}),
        P("We ranked the insights with the association's board by two questions: how much would acting on it "
          "bring back working households, and how hard is it for the traders to act on it? Evening pick-up comes "
          "first: it answers the main obstacle and can start with a few volunteer traders and a shared locker. "
          "Visible prices come second because they are cheap and quick. Advice stays a strength to protect "
          "rather than a problem to solve."),
        T([["Insight", "Impact", "Effort", "Rank"],
           ["Evening pick-up", "high", "medium", "1"],
           ["Visible prices", "medium", "low", "2"],
           ["Hours", "high", "high", "3"],
           ["Advice", "medium", "low", "keep"]]),
        H(1, "What is at stake for Les Halles", {"strategic-stakes": "ok"}),
        P("The research points to a choice the traders and the city have to make together before the 2028 lease. "
          "If the market keeps its current hours, it will go on serving a loyal but ageing clientele and its "
          "footfall will keep falling. If it wants working households, it has to exist in their week, which means "
          "the evening, and that raises questions the brief did not ask: who prepares orders while traders are "
          "serving, who pays for a shared employee or lockers, and which traders are willing to stay open later."),
        P("We see three issues for the ideation phase. The first is organisational: a shared service between "
          "traders, which the association has never run. The second is about the building: whether part of the "
          "hall can open in the evening without all stalls open. The third is about image: making the market feel "
          "welcoming to people who are not regulars, starting with prices. Online ordering is part of the answer, "
          "but only as a tool serving these three changes, not as a project of its own."),
        H(1, "Annexes", {"appendices": "ok"}),
        P("The material below supports the findings; full interview notes are available on request."),
        B("Discussion guide", {"interview-guide": "ok"}),
        L(["Tell me about your last food shopping: where, when, with whom?",
           "When did you last go to the market? What happened?",
           "What would make you go more often?",
           "If you could order from the traders ahead, how would you want to collect?"]),
        B("Quotes", {"verbatims": "ok"}),
        T([["Who", "What they said"],
           ["Nurse, 31", "\"I don't want to look stingy in front of the butcher.\""],
           ["Developer, 36", "\"The market closes when I'm having lunch at my desk.\""],
           ["Cheesemonger", "\"My regulars text me on Friday and I put their order aside.\""]]),
        B("Sources", {"bibliography": "empty"}),
    ],
)
