from _common import *

DOC = dict(
    deliverable="solution-proposal",
    path="skeleton",
    language="en",
    notes="""Held-out round 28 (h28_), written and labelled on 2026-12-02 before any run of check. Started from our
    English skeleton: Auto-École Vermeil runs fourteen driving schools around Lyon; learners wait weeks for a
    lesson, never know how close they are to the test and drop out or fail it twice. The team proposes Feu Vert, a
    progress map shared by learner and instructor, with lessons booked from the gaps it shows. Guidance deleted.
    The ideation heading retyped "Two evenings, 61 sticky notes" and the usage scenario retyped "A Tuesday with
    Inès" (runs replaced, bookmarks lost); the chosen concept retyped "The one we keep: Feu Vert" with its
    bookmark kept. The innovation part is still our prompt (placeholder); the target journey map deleted with its
    heading (missing). Mock-ups and storyboard inserted as pictures with captions; the other tables filled.""",
    cover={"project": "Feu Vert", "client": "Auto-École Vermeil", "candidate": "Romain Delorme",
           "team": "Romain Delorme, Salomé Vidal, Kenji Moreau", "school": "Web School Factory"},
    sections={
        "insights-recap": dict(status="ok", text=[
            "Vermeil trains about 3,900 learners a year. Our research phase, 24 interviews and eleven lessons "
            "observed from the back seat, left three insights that the concepts below had to answer."],
            tables=[[
                ["A", "Learners cannot see their own progress; only the instructor's notebook knows",
                 "How might we show a learner where they stand after every lesson?", "Progress you can see"],
                ["B", "Booking a lesson takes three calls and the next free slot is often three weeks away",
                 "How might we fill cancelled slots with the learners who need them?", "No empty car"],
                ["C", "Learners arrive at the test without knowing if they are ready, and 41 % fail",
                 "How might we make 'ready for the test' a shared, visible decision?", "Ready together"]]]),
        "ideation-method": dict(status="ok", retitle="Two evenings, 61 sticky notes", text=[
            "We ran two workshops of three hours in the Vermeil agency of Villeurbanne, after closing time. The "
            "first gathered four instructors, the agency manager Farid Haddad, three learners between 17 and 45 "
            "and the three of us; the second, a week later, added the secretary who handles bookings and a parent "
            "who pays for lessons. We opened each evening by reading aloud three quotes from our interviews.",
            "On the first evening we worked in pairs with reverse brainstorming (how to make learners give up "
            "faster) and then turned every bad idea around. On the second we used analogies from a gym, a language "
            "app and a video game with levels. We ended with 61 notes, grouped them on the wall into eight "
            "families and voted with dots; the five families that came out on top, with at least one per insight, "
            "became our concept cards."]),
        "concept-cards": dict(status="ok", tables=[[
            ["Feu Vert", "A, B, C", "A map of the 30 driving skills that turns green as you master them",
             "learners and instructors", "skill map, lesson booking from gaps, readiness check", "app, instructor tablet",
             "map with green and red dots"],
            ["Slot Swap", "B", "Cancelled lessons offered instantly to waiting learners", "learners in a hurry",
             "waiting list, push alert", "app, SMS", "phone alert"],
            ["Mock Test Day", "C", "A monthly mock test with an examiner from another agency", "learners near the test",
             "real route, score sheet", "agency, car", "score sheet"],
            ["Night Class", "A", "Evening theory sessions on the hardest manoeuvres", "working learners",
             "video replays, group talk", "agency room", "classroom"],
            ["Parent Pass", "A, C", "A weekly summary sent to the person who pays", "parents",
             "progress e-mail", "e-mail", "e-mail mock"]]]),
        "concept-scoring": dict(status="ok", text=[
            "Before scoring, we agreed the weights with Farid Haddad: desirability 40 %, feasibility 35 % and "
            "viability 25 %. Feasibility weighs more than usual because Vermeil has no developer and must rely on "
            "its booking software vendor. Feu Vert came first: it is the only concept touching all three insights, "
            "and the vendor already offers an open interface for lesson data. Slot Swap scored well but is a "
            "feature, so it went into Feu Vert."],
            tables=[[
                ["Feu Vert", "5", "4", "4", "4.4", "chosen"],
                ["Slot Swap", "4", "5", "3", "4.1", "merged into Feu Vert"],
                ["Mock Test Day", "4", "3", "3", "3.4", "kept for later"],
                ["Night Class", "2", "4", "2", "2.7", "dropped"],
                ["Parent Pass", "3", "4", "3", "3.3", "dropped"]]]),
        "chosen-concept": dict(status="ok", retitle="The one we keep: Feu Vert", keep_bookmark=True, text=[
            "Feu Vert is a map of the thirty skills a driver needs, from starting on a hill to joining a ring "
            "road, shared between the learner and every instructor who takes them out. At the end of each lesson "
            "the instructor spends two minutes on a tablet marking the skills worked on: red for not yet, orange "
            "for with help, green for alone. The learner sees the map on their phone a minute later, with one "
            "sentence from the instructor about what to work on next.",
            "The map also drives booking. When a learner opens the app to book, it suggests lessons that fit "
            "their red skills: a morning slot in traffic if the ring road is red, a lesson in the hills of "
            "Fourvière if hill starts are. When another learner cancels, the freed slot is offered first to "
            "those whose map shows that very gap, by a push alert that must be accepted within thirty minutes. "
            "Nobody needs to phone the agency any more, and the secretary handles only the exceptions.",
            "Finally, Feu Vert turns readiness for the test into a decision made together. When 27 of the 30 "
            "skills are green, the learner can ask for a readiness drive with an instructor they have never had, "
            "who confirms or not. Only then does the agency book a test date. For learners this answers the worry "
            "we heard most: not knowing whether they are close. For Vermeil it should cut the share of failed "
            "first tests, each of which costs the agency a place in the test allocation and a learner's trust.",
            "The concept answers our three insights at once: progress that can be seen, cars that no longer "
            "leave empty when a lesson is cancelled, and a test date that both sides agree on."]),
        "innovation": dict(status="placeholder"),
        "visuals-mockups": dict(status="ok", text=[
            "We built five screens in Figma using Vermeil's red and white and the rounded font of their cars' "
            "livery. The map screen groups the thirty skills in five zones of the city, so that it reads like a "
            "plan of Lyon rather than a school report. We tested the clickable prototype with seven learners in "
            "the Villeurbanne agency; all of them found their next lesson in under a minute, and two asked when "
            "they could have it. The instructor's tablet screen was then tried by two instructors during real lessons."],
            image=["Skill map of Lyon", "Lesson note from instructor", "Book from my red skills",
                   "Freed slot alert", "Readiness drive"],
            caption="Five screens of Feu Vert, from the skill map to the readiness drive."),
        "usage-scenario": dict(status="ok", retitle="A Tuesday with Inès", text=[
            "Inès is 23 and works in a bakery in Vaulx-en-Velin from 5 a.m. to 1 p.m. She has had 22 lessons in "
            "four months and no idea how far she is from the test. On Tuesday at 1:30 p.m. she opens Feu Vert on "
            "the tram: her map shows the ring road and roundabouts in red, everything else green or orange.",
            "At 2:10 a push alert offers her a lesson at 4 p.m., freed by a learner who cancelled, on the "
            "Part-Dieu roundabouts. She accepts with one tap. During the lesson, Thomas, her instructor, works "
            "only on the roundabouts; at the end he marks two of them orange and writes 'lane choice is right, "
            "speed still too low'. At 5:05 Inès reads it at the bus stop.",
            "Three weeks later her map has 28 green skills. She asks for a readiness drive; a new instructor "
            "takes her for fifty minutes and agrees. The agency books her test for the 12th of the following "
            "month, and she tells her mother the date the same evening, sure of it for the first time."],
            image=["Opens the map on the tram", "Alert: 4 p.m. slot freed", "Roundabouts with Thomas",
                   "Reads the note at the bus stop", "28 green skills", "Readiness drive passed"],
            caption="Storyboard: Inès from a red ring road to a booked test date."),
        "target-journey": dict(status="missing"),
        "experience-value": dict(status="ok", skip_cols=1, text=[
            "For learners, the value is clarity and fewer wasted weeks: they know what to work on and when they "
            "are ready. For Vermeil it is fuller cars, less time on the phone and a better pass rate, which is "
            "what the prefecture looks at when it hands out test places. We will compare the January cohort of "
            "two agencies using Feu Vert with two agencies that do not."],
            tables=[[
                [None, "19 days between two lessons on average", "under 8 days", "booking software data"],
                [None, "3 phone calls to book a lesson", "1 tap", "call log of the secretary"],
                [None, "learners rate clarity 2.1 out of 5", "4 out of 5", "survey after each month"],
                [None, "learners feel lost and anxious before the test", "learners feel ready", "interviews with 12 learners"],
                [None, "41 % fail the first test", "under 30 %", "prefecture results per agency"]]]),
        "assumptions-to-test": dict(status="ok", tables=[[
            ["Instructors will mark the map after every lesson", "the map is empty and learners stop looking",
             "share of lessons marked in a two-week pilot", "at least 85 %"],
            ["Learners accept a freed slot within 30 minutes", "cancelled slots stay empty",
             "acceptance rate of push alerts", "over half"],
            ["The vendor's interface gives lesson data in real time", "manual double entry",
             "technical test with the vendor", "under 5 minutes delay"]]]),
    },
)
