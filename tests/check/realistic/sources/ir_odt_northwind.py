from _common import *

DOC = dict(
    deliverable="interview-recruitment",
    path="libreoffice",
    via="odt",
    language="en",
    notes="""Markdown -> pandoc ODT -> LibreOffice docx, written in English by an international student. Has an
    extra section of its own ("About Northwind Analytics") that is no section of the deliverable. Preparation split
    over "Context" and "My goals for this interview"; the phases heading paraphrased with a sub-heading "Running
    order" (an alias of the same section) holding the table; motivation and candidate questions under question
    headings; the scoring grid missing; the self-check a one-line list (no minimum, ok).""",
    title="Recruitment interview guide – Junior data analyst",
    cover=["Role play – Northwind Analytics, Lille", "Interviewer: Priya Raman"],
    blocks=[
        H(1, "About Northwind Analytics"),
        P("Northwind Analytics is a 35-person consultancy in Lille that builds sales dashboards and forecasting "
          "models for retailers in northern France and Belgium."),
        H(1, "Context", {"preparation": "ok"}),
        P("The data team has six analysts and has lost two in a year to larger firms in Paris. We need a junior "
          "analyst to take over the weekly reporting for three retail clients, which today takes a senior "
          "consultant two days a week. The candidate, Tom Verhaegen, graduated in June from a master's in business "
          "analytics in Ghent, speaks French, Dutch and English, and did a six-month internship at a grocery chain, where he automated a stock report in Python."),
        H(1, "My goals for this interview", {"preparation": "ok"}),
        P("I want to check three things: that he can write clean SQL and explain a chart to a store manager, that "
          "he will stay at least two years, and that he accepts a job that starts with repetitive reporting. I "
          "have prepared STAR questions on these points, the job summary, and a short SQL exercise for the second "
          "interview. I will avoid any question about his nationality, family or plans outside work, and I will ask the same core questions to the three candidates on the shortlist so that I can compare them fairly."),
        H(1, "Welcoming Tom", {"opening": "ok"}),
        P("\"Good morning Tom, thanks for coming to Lille. I'm Priya, I lead the data team, and you would work with "
          "me every day. We have about fifty minutes. I'll start by telling you about the job and the team, then "
          "I'll ask you about a few situations from your studies and your internship, and we'll keep ten minutes at "
          "the end for your questions. I'll take notes so that I can be fair to every candidate. Shall we speak "
          "English, or would you prefer French? Please stop me if anything is unclear.\""),
        H(1, "How the hour is organised", {"interview-phases": "ok"}),
        H(2, "Running order", {"interview-phases": "ok"}),
        T([["Phase", "Goal", "Key questions", "Time"],
           ["Welcome", "put him at ease", "How was the trip?", "3 min"],
           ["The job", "describe it honestly", "What did you understand from the ad?", "7 min"],
           ["Situations", "check skills through facts", "STAR questions", "20 min"],
           ["Motivation", "understand his plans", "Why a consultancy?", "5 min"],
           ["His questions", "answer frankly", "What would you like to know?", "10 min"],
           ["Close", "explain next steps", "—", "5 min"]]),
        H(1, "The job in one table", {"job-summary": "ok"}),
        T([["Item", "What I tell him", "Must-have or plus"],
           ["Missions", "weekly reporting for 3 retailers, then forecasting projects", "must-have"],
           ["Tools", "SQL, Power BI, some Python", "must-have: SQL"],
           ["Languages", "French with clients, Dutch for the Belgian client", "plus"],
           ["Contract", "permanent, €36k, hybrid 2 days", "—"]]),
        H(1, "STAR questions", {"star-questions": "ok"}),
        T([["Skill", "Question", "S", "T", "A", "R", "Score"],
           ["SQL and data quality", "Tell me about a time the data you received was wrong.", "", "", "", "", ""],
           ["Explaining results", "Describe a time you presented numbers to someone who was not an analyst.", "", "", "", "", ""],
           ["Patience with routine work", "Tell me about a repetitive task you improved.", "", "", "", "", ""]]),
        H(1, "Why us, why now?", {"motivation": "ok"}),
        P("I will ask why he applied to a consultancy rather than to a retailer, and how he sees himself in three "
          "years. A convincing answer links the variety of clients to what he wants to learn, and accepts that the "
          "first months are mostly reporting. A warning sign would be an answer only about the salary or about "
          "moving to Paris as soon as possible. I will also listen for curiosity about retail: the best analysts here are the ones who visit the stores and ask the managers what the numbers mean for them."),
        H(1, "What will he ask me?", {"candidate-questions": "ok"}),
        P("Likely questions and my answers: training (a Power BI certification paid in the first year); career "
          "path (analyst to consultant in about two years, as two of our current consultants did); remote work "
          "(two days a week after the trial period); the Belgian client (one day a month in Kortrijk). If he asks "
          "why people left, I will say honestly that two analysts joined larger firms for higher salaries, and explain what we changed since: a clear salary grid and a training budget of 2,000 euros a year for every analyst, whatever their level."),
        H(1, "Wrap-up", {"closing-follow-up": "ok"}),
        P("I thank him, summarise what I heard and explain the next steps: a second interview next week with a "
          "45-minute SQL exercise and a meeting with one of the consultants, then an answer within three days. I "
          "tell him he will hear from us whatever the decision, and I give him my email for any question. I walk "
          "him to the lift and write my notes immediately, before I meet the next candidate, so that my impressions of the two interviews do not mix. The HR assistant sends him the date of the second interview the same day."),
        H(1, "Notes", {"note-taking-grid": "ok"}),
        T([["Topic", "What he said", "What I noticed", "Follow-up"],
           ["Internship", "", "", "call the internship tutor"],
           ["SQL", "", "", "exercise in interview 2"],
           ["Languages", "", "", ""]]),
        H(1, "Self-check", {"criteria-self-check": "ok"}),
        L(["Open questions only, no leading questions", "Job described honestly, including the routine work",
           "No discriminatory question", "Notes taken during the interview"]),
    ],
    missing=["scoring-grid"],
)
