from _common import *

DOC = dict(
    deliverable="crm-strategy",
    path="libreoffice",
    via="roundtrip",
    language="en",
    notes="""Held-out round 9 (h9_), written and labelled on 2026-12-01 before any run of check. python-docx,
    English, then opened and saved by LibreOffice Writer. Six bouldering gyms in Scotland want members to stay
    past their first three months. Top-level headings in UPPER CASE in the author's words, sub-sections at level
    2; a segment table under its own short heading; the timing section is two lines (thin); the value section
    ends with a return calculation under its own heading; no dashboard (missing).""",
    title="Summit Walls – Keeping climbers climbing",
    cover=["CRM strategy", "Ewan Fraser and Niamh Doherty – December 2026"],
    blocks=[
        H(1, "WHAT OUR MEMBER DATA TELLS US", {"diagnosis": "ok"}),
        P("Summit Walls runs six bouldering gyms in Glasgow, Edinburgh, Stirling, Dundee, Perth and Aberdeen. We "
          "have 9,400 active monthly members and sell about 31,000 day passes a year. Every visit is scanned at the "
          "door, so the booking system holds four years of check-ins, payments and course sign-ups. We exported "
          "that history, joined it with the café till and the answers to last spring's member survey (1,150 "
          "replies), and looked for where members leave and why."),
        P("The first finding is brutal: 44 % of new monthly members cancel within their first three months, and "
          "most of them stop coming in week five or six, long before they cancel. Those who book the beginners' "
          "course in their first fortnight cancel half as often. The second is that day-pass buyers are an "
          "untapped pool: 12,000 different people bought at least one day pass last year, and only 7 % became "
          "members, yet nobody ever contacted them after their visit. Third, our most loyal members, the ones who "
          "have been with us for more than two years, climb at off-peak hours, bring friends and spend in the "
          "café; they are also the ones complaining most about crowding in the evening. Our current CRM is a "
          "monthly newsletter sent to everyone with the same content, and the system's email addresses are used "
          "for nothing else. Staff at the desk know the regulars by name but have no way of seeing who is "
          "slipping away."),
        H(1, "GOALS FOR 2027", {"smart-objectives": "ok"}),
        P("We set three objectives with the operations director, each measured in the booking system and reviewed "
          "every quarter at the managers' meeting. Each has a baseline taken from 2026 and a date, so nobody can argue later about what success meant."),
        T([["Goal", "Today", "Target", "By"],
           ["Cut cancellations in the first three months", "44 %", "30 %", "December 2027"],
           ["Turn more day-pass visitors into members", "7 %", "12 %", "December 2027"],
           ["Move loyal members' visits off the evening peak", "38 % before 5 pm", "45 %", "September 2027"]]),
        H(1, "WHO OUR MEMBERS ARE", {"segmentation": "ok"}),
        P("We tried three ways of cutting the base and kept the one the gym managers found most useful: how long "
          "someone has been with us crossed with how often they climbed in the last eight weeks. Age and gender "
          "told us little; the rhythm of visits told us almost everything about who would stay, which matches what the coaches had been saying for years."),
        P("This gives five groups. Curious Visitors have bought day passes but never joined. Fresh Starters joined "
          "less than three months ago. Settled Climbers have been members for three months to two years and come "
          "at least weekly. Drifters are members whose visits dropped below twice a month. Wall Veterans have "
          "climbed with us for more than two years. We checked that each group differs in churn, café spend and "
          "peak-hour share, so that each deserves its own treatment, and the groups are recalculated every Monday "
          "morning from the door scans. A member can therefore move from one group to another as their habits change."),
        H(2, "The five groups in numbers", {"segment-table": "ok"}),
        T([["Group", "Size", "Share of revenue", "Churn per year", "Priority"],
           ["Curious Visitors", "12,000", "9 %", "n/a", "2"],
           ["Fresh Starters", "1,600", "11 %", "64 %", "1"],
           ["Settled Climbers", "4,900", "48 %", "18 %", "3"],
           ["Drifters", "1,300", "10 %", "71 %", "1"],
           ["Wall Veterans", "1,600", "22 %", "6 %", "2"]]),
        H(1, "ONE MOVE PER STAGE", {"lifecycle-strategy": "ok"}),
        P("For visitors, the goal is a second visit, not an immediate sale. Everyone who buys a day pass gets an "
          "email two days later with a free taster session for a friend and a short video of the beginners' "
          "circuit; a second visit within a month doubles the chance of joining."),
        P("For new members, the first six weeks decide everything. We book every Fresh Starter onto the "
          "beginners' course during sign-up, assign them a 'wall buddy' from the Veterans, and send a message "
          "after their fifth visit celebrating the first grade climbed. If a new member has not come for ten "
          "days, the desk calls them, which staff say they are happy to do for five people a week."),
        P("Drifters get a friendly nudge, not a discount: a note about the new problems set on their favourite "
          "wall and an invitation to a social evening. Veterans are asked to help: route-setting previews, "
          "off-peak perks such as a free coffee before 4 pm, and a referral card. Settled Climbers simply get "
          "content that matches their grade."),
        H(1, "ACTIONS", {"action-plan": "ok"}),
        T([["Action", "For whom", "Channel", "Owner", "Cost"],
           ["Friend taster after a day pass", "Curious Visitors", "email", "marketing", "£4,000"],
           ["Beginners' course booked at sign-up", "Fresh Starters", "sign-up page + desk", "gym managers", "£0"],
           ["Wall buddy scheme", "Fresh Starters and Veterans", "in person", "head coach", "£6,500"],
           ["Ten-day call", "Fresh Starters", "phone", "desk staff", "staff time"],
           ["New problems alert", "Drifters", "app notification", "route setters", "£1,200"],
           ["Off-peak coffee and referral card", "Wall Veterans", "app + café", "café lead", "£9,800"]]),
        P("The calls and the course booking cost nothing but staff time, so they start first; the coffee perk is the most expensive action and waits until we see whether Veterans move their visits."),
        H(1, "TIMING", {"calendar": "thin"}),
        P("Visitor emails and the course booking start in February; the buddy scheme and calls in March; the rest after the spring review."),
        H(1, "RUNNING IT: PEOPLE AND SOFTWARE", {"steering-tools": "ok"}),
        P("We will not buy a new system. Our booking platform, Beta Desk, already stores every scan and payment and "
          "can send emails and app notifications from rules; what it lacks is a view of each member's trend. "
          "We will add a weekly export to a small Looker Studio report, paid for within our Google Workspace "
          "licence, which lists for each gym the Fresh Starters who have not come for ten days and the Drifters "
          "of the week. Desk staff open it at the start of each shift."),
        P("The marketing manager, Niamh, owns the rules and the messages; each gym manager owns the calls and the "
          "buddy pairing for their site. A thirty-minute review every Monday looks at the four numbers that "
          "matter, and a deeper review every quarter decides what to stop. The head coach checks that the buddy "
          "scheme does not burn out the volunteers. Training for desk staff takes one hour, given by Ewan in "
          "each gym in January, with a one-page script for the ten-day call. The budget for tools is £2,400 a "
          "year on top of what we pay today, mostly for the extra notification credits. If the report shows a "
          "gym with more than twenty members to call in a week, the gym manager may ask a coach to help, which "
          "avoids the calls being skipped on busy Saturdays."),
        H(2, "Members' data: what we may and may not do", {"consent": "ok"}),
        P("Members agreed to service emails when they joined, but not to marketing messages. Before any of the "
          "campaigns start, the app and the sign-up page will ask for a clear yes to news and offers, unticked "
          "by default, and day-pass buyers will be asked at the desk with a tablet. The ten-day call is service, "
          "not marketing, but we will still let members say no to it. Every message carries a one-click opt-out, "
          "the data stays in Beta Desk's UK servers, and the weekly report shows first names and visit counts "
          "only. Data of people who never joined are deleted after two years, and the privacy notice at the desk is rewritten in plain words."),
        H(1, "HOW WE WILL MEASURE IT", {"kpi-table": "ok"}),
        T([["Indicator", "How it is calculated", "Now", "End of 2027", "Checked"],
           ["Early cancellation rate", "members cancelling within 90 days of joining / new members", "44 %", "30 %", "monthly"],
           ["Visitor conversion", "day-pass buyers who join within 60 days / day-pass buyers", "7 %", "12 %", "monthly"],
           ["Drifters won back", "Drifters back to weekly visits within a month", "not measured", "35 %", "monthly"],
           ["Off-peak share of Veterans", "Veterans' visits before 5 pm / their visits", "38 %", "45 %", "quarterly"],
           ["Opt-in rate", "members saying yes to news / active members", "none", "60 %", "quarterly"]]),
        P("Each figure comes straight from Beta Desk, so no one has to count by hand, and the baseline is the average of 2026."),
        H(1, "IS IT STILL US? AND IS IT WORTH IT?", {"brand-fit-value": "ok"}),
        P("Summit Walls has always sold itself as a community rather than a gym, and our members say so in the "
          "survey: 'the people' is the first reason for staying, far ahead of the walls. Every action in this plan "
          "relies on people, not on price cuts: a buddy, a call from the desk, a taster for a friend, a coffee "
          "with the route setters. We have deliberately left out discounts for Drifters, which would teach "
          "members to threaten to leave, and we kept the tone of the messages as informal as the chalk boards at "
          "the entrance. The one risk to the brand is that calls feel like chasing people; the script asks how "
          "the climbing is going, never whether they will renew, and staff may skip a call when they feel it would be unwelcome."),
        P("For the company, the value is mostly in keeping people we have already paid to win. A member stays on "
          "average eleven months and pays £46 a month; cutting early cancellations from 44 % to 30 % keeps about "
          "220 more members a year. Moving Veterans off the evening peak also frees space for new members without "
          "building a seventh gym. The café also gains: Veterans who come before 4 pm spend twice as much there as evening climbers, and a full café in the afternoon is what makes the gyms feel alive to newcomers."),
        H(2, "The return", {"expected-value": "ok"}),
        T([["Item", "Per year"],
           ["Extra members kept (220 x 7 more months x £46)", "£70,800"],
           ["Extra members from day passes (600 x 9 months x £46)", "£248,400"],
           ["Cost of actions and tools", "£23,900"],
           ["Return on cost", "about 13 to 1"]]),
    ],
    missing=["kpi-dashboard"],
)
