from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Held-out round 25 (h25_), written and labelled on 2026-12-01 before any run of check. Started from our
    English skeleton: Prises Hautes, four bouldering gyms in and around Grenoble with 9,800 members on monthly or
    ten-visit passes. Guidance deleted. The diagnosis heading retyped "Where our climbers drop off", the segmentation
    "Six kinds of climbers" and the brand heading "Does it still feel like our gyms?" (runs replaced, bookmarks
    lost); the KPI heading retyped "Numbers we will watch" keeping its bookmark. The calendar section was deleted
    with its heading (missing); the tooling section is one short paragraph (thin); every other section written,
    tables filled, the dashboard picture inserted.""",
    cover={"project": "Keeping climbers climbing", "client": "Prises Hautes",
           "team": "Camille Durand, Hugo Petit", "candidate": "Hugo Petit", "school": "Web School Factory"},
    sections={
        "diagnosis": dict(status="ok", retitle="Where our climbers drop off", text=[
            "Prises Hautes opened its first bouldering gym in Grenoble in 2015 and now runs four: two in the city, "
            "one in Échirolles and one in Meylan. Members buy a monthly pass (€49), a ten-visit card (€120) or a "
            "single entry. We were given the booking and till exports from January 2023 to October 2026, about "
            "410,000 visits, and the results of the members' survey run last spring, which 1,150 people answered.",
            "Three patterns stand out. First, new monthly members either climb at least six times in their first "
            "month or leave: 71% of those under six visits cancel before the third month, against 18% of the others. "
            "Second, ten-visit cards are rarely renewed: only 34% buy a second card, and the average delay between "
            "the last visit of a card and the next purchase is 77 days, long enough for many to forget. Third, "
            "attendance collapses from June to August, when climbers go outdoors to the Vercors and Chartreuse, and "
            "a quarter of the monthly members cancel in June and come back, or not, in October. The gyms send one "
            "newsletter a month to every contact, with the route-setting calendar and the events, whatever the "
            "climber's level or habits, and the staff at the desk have no way to see who is about to leave. Nobody at the gyms had looked at these "
            "figures together before: each manager only saw the visits of their own gym, week by week."]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Keep new members past month three", "71% of low-visit newcomers cancel early",
             "six visits in the first month", "newcomer retention at 90 days", "58%", "70%", "December 2027"],
            ["Renew ten-visit cards", "34% buy a second card", "a second card within 30 days",
             "card renewal rate", "34%", "45%", "December 2027"],
            ["Soften the summer drop", "25% of monthly members cancel in June",
             "pause instead of cancel", "June cancellation rate", "25%", "15%", "September 2027"]]]),
        "segmentation": dict(status="ok", retitle="Six kinds of climbers", text=[
            "We scored every member on recency, frequency and spend over the last twelve months, then added two "
            "facts the till already records: the type of pass and the gym they visit most. We tried ten groups and "
            "kept six, because the desk staff could describe each of them in a sentence when we showed them ten "
            "anonymous profiles, and because the six differ clearly in how long people stay.",
            "A climber's segment is recomputed every Sunday night and stored in the booking software as a tag, so "
            "the desk sees it when a member scans in. People who only buy single entries are outside the model: "
            "most are tourists or friends brought along once, and we have no email for two thirds of them. We "
            "checked that the segments do not simply follow age or gym; the Meylan gym has more families but every "
            "segment is present in all four. A member can belong to one segment only; when two rules apply, the "
            "one with the higher priority wins, so a newcomer who also brings children stays a newcomer."]),
        "segment-table": dict(status="ok", tables=[[
            ["Regulars", "R5 F5, monthly pass > 1 year", "loyalty", "2,900", "41%", "€1,350", "2"],
            ["Newcomers", "monthly pass < 3 months", "onboarding", "1,100", "9%", "€180", "1"],
            ["Card climbers", "ten-visit card, F2-3", "retention", "2,400", "22%", "€310", "1"],
            ["Summer leavers", "cancelled June two years running", "win-back", "1,300", "12%", "€520", "1"],
            ["Families", "child passes on the account", "retention", "800", "10%", "€690", "3"],
            ["Sleeping", "no visit for 6 months", "win-back", "1,300", "6%", "€90", "3"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, text=[
            "The levers follow the three patterns of the diagnosis. We do not want to discount passes: the gyms are "
            "full on weekday evenings, and the survey says people stay for the routes and the people, not the "
            "price. So each lever helps climbers climb more, with others, at the right moment. We leave loyalty aside: the "
            "regulars already stay for years, and the survey shows they mostly want new routes, not messages."], tables=[[
            [None, "friends of regulars", "regulars bring friends on Fridays", "no follow-up of guests",
             "a guest becomes a newcomer", "free second visit for guests", "come back with us"],
            [None, "newcomers", "under six visits means leaving", "newcomers climb alone and stop",
             "six visits in month one", "three coached evening sessions", "your first six problems"],
            [None, "card climbers", "long delay before a new card", "card ends, climber forgets",
             "new card bought at the last visit", "reminder at visit eight, card price held", "two left"],
            [None, "summer leavers", "June cancellations", "cancel, then maybe return",
             "pause the pass for summer", "€5 summer pause with outdoor meet-ups", "see you at the crag"]]]),
        "action-plan": dict(status="ok", text=[
            "Four actions, started one after the other so that the desk staff learn one new habit at a time. "
            "The budget is mostly the setters' hours on the coached sessions."], tables=[[
            ["Three coached sessions for newcomers", "newcomers", "keep newcomers", "desk + app",
             "your first six problems", "Camille", "Feb 2027", "€6,400", "90-day retention"],
            ["Reminder at visit eight", "card climbers", "renew cards", "app push + desk",
             "two left", "Hugo", "Mar 2027", "€800", "card renewal"],
            ["Summer pause at €5", "summer leavers", "soften summer", "email + desk",
             "see you at the crag", "Hugo", "May 2027", "€1,500", "June cancellations"],
            ["Guest's second visit free", "friends of regulars", "acquisition", "desk",
             "come back with us", "gym managers", "Apr 2027", "€2,000", "guests converted"]]]),
        "calendar": dict(status="missing"),
        "steering-tools": dict(status="thin", text=[
            "We keep the booking software the gyms already use and its email module; the weekly segment tag is "
            "written by a short script run by Hugo, and the app sends the pushes. No new tool is bought this year."]),
        "consent": dict(status="ok", text=[
            "Members accept the gym's terms when they sign up, but these only cover the contract, not marketing. "
            "From January, the sign-up form and the app ask a separate question for news and offers, unticked by "
            "default, and the 6,200 existing contacts receive one email asking them to confirm, after which those "
            "who did not answer only get service messages about their pass. Visit data used for the segments stays "
            "in the booking software hosted in France; the script reads it and writes back a tag, nothing is copied "
            "elsewhere. Climbers can see their tag and ask for it to be removed at the desk, and the data of members "
            "who left is deleted after three years, as the register of processing now says."]),
        "kpi-table": dict(status="ok", retitle="Numbers we will watch", keep_bookmark=True, text=[
            "Three figures only, one per objective, each with a threshold that triggers a named correction. "
            "The managers read them together at the monthly meeting, gym by gym."], tables=[[
            ["90-day retention", "keep newcomers", "newcomers still active at day 90 / newcomers",
             "booking software", "monthly", "70%", "below 60%", "Camille", "call the leavers, change the sessions"],
            ["Card renewal", "renew cards", "second cards within 30 days / cards ended", "till", "monthly",
             "45%", "below 35%", "Hugo", "move the reminder to visit seven"],
            ["June cancellations", "soften summer", "cancellations in June / active passes", "booking software",
             "yearly", "15%", "above 22%", "Hugo", "change the pause offer"]]]),
        "kpi-dashboard": dict(status="ok", image=["Retention 90 days", "Card renewal", "Summer pauses", "Guests"],
                              caption="The Monday screen at the front desk of each gym."),
        "brand-fit-value": dict(status="ok", retitle="Does it still feel like our gyms?", text=[
            "Prises Hautes is known for its route setters and its atmosphere: people come for new problems every "
            "week and for the evenings where strangers work on the same boulder together. Every action in this plan "
            "keeps that: the newcomer sessions are run by the setters, the reminder at visit eight is written in "
            "the same joking tone as the posters in the gyms, and the summer pause comes with outdoor meet-ups "
            "rather than with a discount code. We showed every message to six regulars and to the desk staff, and "
            "rewrote two that sounded like a bank. We ruled out points, badges and leaderboards, which the survey "
            "rejected clearly, and which would turn a shared evening into a contest between members.",
            "The value comes mainly from newcomers who stay. Moving 90-day retention from 58% to 70% keeps about "
            "130 more monthly members a year, worth around €76,000 of revenue at €49 a month over their average "
            "stay. Card renewals and summer pauses add about €40,000 together. The actions cost about €10,700 in "
            "the first year, plus the setters' time on the coached sessions, which the managers agreed to count "
            "as training. If newcomer retention has not moved by September, the sessions change format before "
            "any new money is spent. The worst case is therefore a few thousand euros and some evenings of the "
            "setters, against a loss of members that today costs the gyms far more every year."]),
        "expected-value": dict(status="ok", skip_cols=1, tables=[[
            [None, "€22,000", "€31,000", "€35,000"],
            [None, "€58,000", "€85,000", "€92,000"],
            [None, "€6,400", "€5,200", "€5,200"],
            [None, "€4,300", "€2,000", "€2,000"],
            [None, "€12,000", "€12,000", "€12,500"],
            [None, "€80,000", "€116,000", "€127,000"],
            [None, "470%", "700%", "730%"]]]),
    },
)
