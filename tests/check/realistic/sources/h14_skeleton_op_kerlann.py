from _common import *

DOC = dict(
    deliverable="operationalisation-plan",
    path="skeleton",
    language="en",
    notes="""Held-out round 14 (h14_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: Optique Kerlann, a chain of 23 optician shops in Brittany, rolls out ClearBook, one shared
    booking and customer-record system replacing each shop's paper diary and old local software. Guidance
    deleted. The deployment heading retyped "How we roll it out, shop by shop", the budget assumptions heading
    retyped "Where the numbers come from" and the change heading retyped "Getting the opticians on board" (runs
    replaced, bookmarks lost). The organisational arrangements still our prompt (placeholder); governance deleted
    with its heading (missing), though the contents table, never updated, still lists it; every other section written and its table filled.""",
    cover={"project": "ClearBook for every shop", "client": "Optique Kerlann", "candidate": "Nolwenn Le Bihan",
           "team": "Nolwenn Le Bihan, Hugo Marrec, Aïcha Benali", "school": "Web School Factory"},
    sections={
        "smart-objectives": dict(status="ok", text=[
            "Kerlann loses about 900 appointments a year to double bookings and no-shows that nobody reminded. The "
            "owners want one diary for the 23 shops, reminders by text message, and customer records an optician "
            "can open in any shop. We set three targets for the end of 2027."], tables=[[
            ["No-shows down", "share of eye tests missed without notice", "11 %", "5 %", "Dec 2027",
             "network manager"],
            ["One diary", "shops booking only in ClearBook", "0 of 23", "23 of 23", "Sep 2027", "project manager"],
            ["Online booking", "eye tests booked online", "0 %", "30 %", "Dec 2027", "marketing lead"]]]),
        "deployment-strategy": dict(status="ok", retitle="How we roll it out, shop by shop", text=[
            "We do not switch 23 shops on the same Monday. The shops differ too much: Quimper-centre books 60 "
            "eye tests a week and has four opticians, while Pont-Aven is one optician and a part-time assistant "
            "who still writes appointments in a spiral notebook. A single switch would also fall on the worst "
            "moment for us, since September is the back-to-school rush when children's glasses are half of "
            "the turnover.",
            "The pilot runs in two shops for six weeks in March: Concarneau, whose manager asked to go first, and "
            "Landerneau, the shop with the oldest software, so that we learn from both an easy and a hard "
            "case. Customer records are migrated the weekend before; the paper diary stays on the counter as a "
            "fallback for the first two weeks only.",
            "After the pilot, the other shops move in three waves of seven, one wave every three weeks in April "
            "and May, grouped by area so that one trainer covers a wave by car. A wave starts only if the "
            "previous one has no lost appointment for ten days and its opticians say they would not go back. "
            "Nothing moves from mid-June to mid-September: the summer is for fixing what the waves revealed and "
            "for the online booking page, which opens to customers on 1 October once every shop is in. If a wave "
            "goes badly, the next one waits; we would rather finish in June than lose a shop's trust."]),
        "wbs": dict(status="ok", tables=[[
            ["1.1", "Set-up of ClearBook for 23 shops", "configured diaries and opening hours", "18",
             "none", "vendor"],
            ["1.2", "Migration of customer records", "92,000 records moved and checked", "30", "1.1",
             "IT lead"],
            ["2.1", "Pilot in Concarneau and Landerneau", "pilot report", "25", "1.2", "project manager"],
            ["2.2", "Waves 1 to 3", "21 shops live", "45", "2.1", "project manager"],
            ["3.1", "Training of 71 staff", "every optician trained", "40", "1.1", "training lead"],
            ["3.2", "Online booking page", "page live on kerlann.bzh", "15", "2.2", "marketing lead"]]]),
        "implementation-schedule": dict(status="ok", skip_cols=1, text=[
            "The schedule starts in January 2027. The critical path is the migration of customer records: the "
            "old software of eleven shops exports nothing cleanly, so we keep two weeks of slack before the "
            "pilot. Months 6 to 8 are the summer freeze, used only for fixes and the booking page. Training starts a month "
            "before each wave so that nobody learns the tool on the day it goes live in their shop. The owners see the "
            "plan every month."], tables=[[
            [None, "project manager", "■", "", "", "", "", "", "", "", ""],
            [None, "vendor", "■", "■", "", "", "", "", "", "", ""],
            [None, "IT lead", "", "■", "■", "", "", "", "", "", ""],
            [None, "IT lead", "", "", "■", "", "", "", "", "", ""],
            [None, "project manager", "", "", "■", "", "", "", "", "", ""],
            [None, "project manager", "", "", "", "■", "■", "", "", "", ""],
            [None, "training lead", "", "■", "■", "■", "■", "", "", "", ""],
            [None, "IT lead", "", "", "", "", "", "■", "■", "■", "■"]]]),
        "milestones": dict(status="ok", tables=[[
            ["Records migrated for the pilot", "26 Feb 2027", "check of 500 sample records",
             "fewer than 1 % errors", "project manager"],
            ["Pilot passed", "9 Apr 2027", "pilot report", "no lost appointment in 10 days", "owners"],
            ["All shops live", "28 May 2027", "wave 3 report", "23 shops booking in ClearBook", "owners"],
            ["Online booking open", "1 Oct 2027", "page live, first bookings", "20 online bookings a day",
             "marketing lead"]]]),
        "budget": dict(status="ok", skip_cols=1, tables=[[
            [None, "€3k", "€2k", "€0k", "€0k", "€5k"],
            [None, "€4k", "€14k", "€23k", "€2k", "€43k"],
            [None, "€6k", "€9k", "€0k", "€2k", "€17k"],
            [None, "€2k", "€3k", "€0k", "€1k", "€6k"],
            [None, "€5k", "€4k", "€0k", "€1k", "€10k"],
            [None, "€9k", "€6k", "€0k", "€2k", "€17k"],
            [None, "€11k", "€5k", "€0k", "€2k", "€18k"],
            [None, "€3k", "€4k", "€0k", "€1k", "€8k"]]]),
        "budget-assumptions": dict(status="ok", retitle="Where the numbers come from", text=[
            "Internal staff are counted at €300 a day for opticians taken out of the shop, which is what a "
            "replacement optician from the agency costs us, and at €250 a day for head-office staff. The "
            "vendor's figures come from its signed quote of 14 October: €14k of set-up, €9k to migrate the "
            "records, and a licence of €42 per shop and per month, so €23k for the first two years that we "
            "pay upfront to get a 20 % discount.",
            "Training assumes 71 staff at half a day each in the shop, plus the trainer's travel, which we "
            "priced from last year's mileage claims. Contingency is about 8 % of each step, higher on "
            "migration where the unknowns are.",
            "The total comes to €124k. The owners set an envelope of €130k in the September board minutes, so "
            "the plan fits with €6k to spare. Against it, each no-show we avoid is worth about €85 of eye test "
            "and frames, so reaching the target pays the project back in a little over two years."]),
        "human-organisational-needs": dict(status="ok", text=[
            "The project needs few new people but a lot of time from people who already have a job. Nolwenn "
            "leads it at 60 % of her time for the whole year. Each shop names a referent, usually the most "
            "confident optician, who takes two extra days of training and answers colleagues' questions. Head "
            "office loses its IT lead to the migration for three months, so the helpdesk for tills and "
            "printers goes to the vendor's support line during that time. We need no recruitment, but we do "
            "need a temporary optician from the agency to cover the shops whose referent is away training, "
            "and the owners have agreed to that. Finally, the shop managers keep one hour a week during the waves to "
            "collect problems from their teams and send them to Nolwenn, so that fixes reach every shop."]),
        "staffing-plan": dict(status="ok", tables=[[
            ["Project manager", "runs the plan, reports to the owners", "internal", "0.6 FTE", "Jan–Dec 2027",
             "all"],
            ["Shop referents (23)", "confident with software, liked by the team", "internal", "4 days each",
             "Mar–May 2027", "pilot, waves"],
            ["Trainer", "optician who knows ClearBook well", "external", "40 days", "Feb–May 2027",
             "training"],
            ["Cover optician", "replaces referents in training", "agency", "25 days", "Mar–May 2027",
             "waves"]]]),
        "organisational-needs": dict(status="placeholder"),
        "raci": dict(status="ok", tables=[[
            ["Set-up and migration", "A", "R", "C", "R", "C", "R", "C"],
            ["Pilot and waves", "A", "R", "C", "I", "R", "C", "I"],
            ["Training", "I", "A", "R", "I", "R", "C", "I"]]]),
        "change-training": dict(status="ok", retitle="Getting the opticians on board", text=[
            "Opticians fear one thing: a customer at the counter while the screen refuses to show the diary. "
            "So each shop trains on its own computers with its own migrated records, and the referent keeps a "
            "one-page card of the six things they do every day. We tell customers in the shop, not by email."],
            tables=[[
                ["Shop referents", "master the diary and the records", "workshop in Quimper", "2 days",
                 "vendor", "Feb 2027", "€6k"],
                ["Opticians and assistants", "book, move, remind", "in the shop", "half a day", "trainer",
                 "Mar–May 2027", "€11k"]]]),
        "governance": dict(status="missing"),
    },
)
