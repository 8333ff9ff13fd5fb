DOC = dict(
    deliverable="crm-strategy",
    path="skeleton",
    language="en",
    notes="""Started from our English skeleton. Guidance deleted. Segmentation heading retyped "Who our members
    are" (runs replaced, bookmark lost); KPI heading retyped "KPIs we will report" keeping the bookmark; consent
    deleted; calendar still our prompt with an empty table; steering tools short (thin); the ROI table left with
    our zero formulas (empty); dashboard picture inserted.""",
    cover={"project": "Kinetik Gyms retention", "client": "Kinetik Gyms", "team": "Chloé Martin, Rayan Diallo"},
    sections={
        "diagnosis": dict(status="ok", text=[
            "Kinetik runs 18 budget gyms in the Lyon and Grenoble areas with 41,000 members paying 24.90 euros a "
            "month without commitment. We analysed 26 months of badge entries, subscriptions and cancellations "
            "exported from the Resamania membership system, together with the results of the app questionnaire "
            "answered by 6,300 members in June. Three patterns explain most of the churn. The first is the "
            "six-week cliff: members who come fewer than six times in their first six weeks cancel within four "
            "months in 68% of cases, against 19% for the others. The second is the winter-to-spring drop: "
            "attendance falls by a third between March and May, and cancellations follow about five weeks later. "
            "The third is that group classes protect membership: members who book at least one class a month "
            "stay on average 14 months longer than members who only use the machines.",
            "Kinetik's current CRM practice is limited to a welcome email and a monthly newsletter sent to everyone. "
            "Nobody calls a member who stops coming, and the coaches in the gyms do not know who is at risk. The "
            "client's brief is to reduce monthly churn from 4.6% to below 3.5% without lowering the price, and to give the gym managers simple tools they will actually use between two shifts at the front desk. Any action must be measurable in the badge data within a month."]),
        "smart-objectives": dict(status="ok", tables=[[
            ["Keep new members past the first weeks", "fewer than 6 visits in 6 weeks for 44%", "at least 8 visits in 6 weeks", "share of new members with 8+ visits", "56%", "70%", "Dec 2027"],
            ["Reduce spring drop", "attendance -33% March to May", "attendance -15%", "visits per member in May vs March", "-33%", "-15%", "May 2027"],
            ["Bring members to classes", "27% book a class each month", "40% book a class", "share booking 1+ class a month", "27%", "40%", "Sep 2027"]]]),
        "segmentation": dict(status="ok", retitle="Who our members are", text=[
            "We segmented members on two behaviours that the data links to churn: visit frequency over the last "
            "eight weeks and class bookings, combined with tenure. This gives five segments that the gym managers "
            "can understand without a data background, and that are recomputed every Monday night from the badge "
            "data. Newcomers are in their first six weeks and are the most fragile; the Class Lovers are the most "
            "loyal; the Solo Regulars come often but only for machines; the Fading are members whose visits dropped "
            "by half compared with their own average; the Ghosts have not come for 30 days but still pay. We "
            "deliberately did not segment by age or gender: the data shows no difference in churn once behaviour "
            "is taken into account. A member moves between segments every week, which is the point: the movement from Solo Regular to Fading is the signal the managers need. We checked the segments against the last year of cancellations: the Fading and the Ghosts together account for 61% of them, although they are only 30% of the members."]),
        "segment-table": dict(status="ok", tables=[[
            ["Newcomers", "tenure < 6 weeks", "onboarding", "3,900", "9%", "€310", "1"],
            ["Class Lovers", "1+ class a month, 6+ visits", "loyal", "9,100", "26%", "€620", "3"],
            ["Solo Regulars", "6+ visits, no class", "active", "14,800", "35%", "€450", "2"],
            ["Fading", "visits halved vs own average", "at risk", "7,200", "18%", "€280", "1"],
            ["Ghosts", "no visit in 30 days", "dormant", "6,000", "12%", "€190", "2"]]]),
        "lifecycle-strategy": dict(status="ok", skip_cols=1, tables=[[
            [None, "Newcomers", "six-week cliff", "come three or four times then stop", "eight visits in six weeks",
             "a coach-led first session booked at sign-up and two SMS nudges on day 10 and day 24",
             "Your first month is the hardest, we do it with you together"],
            [None, "Solo Regulars", "classes protect membership", "machines only, alone, at peak hours",
             "try one group class a month", "a free guest pass to bring a friend to a class and a class recommendation based on their usual time slot",
             "Bring a friend, the class is on us"],
            [None, "Class Lovers", "high loyalty", "book classes but never refer anyone", "refer a friend",
             "a referral reward of one free month for both the member and the friend after the friend's third visit", "You make the class what it is, so invite someone you like"],
            [None, "Fading and Ghosts", "spring drop and silent payers", "visits halve in spring then cancellation follows",
             "one visit in the next ten days", "a call from the gym manager, not an email, and a spring challenge with small prizes",
             "We miss you, your spot is waiting"]]]),
        "action-plan": dict(status="ok", tables=[[
            ["Coach-led first session", "Newcomers", "8 visits in 6 weeks", "app + front desk", "Your first month, with us", "gym managers", "Jan", "€24k", "visits in 6 weeks"],
            ["Manager calls to Fading members", "Fading", "one visit in 10 days", "phone", "We miss you", "gym managers", "Feb", "€0", "return visit rate"],
            ["Bring-a-friend class pass", "Solo Regulars", "class booking", "app push", "The class is on us", "marketing", "Mar", "€9k", "class bookings"],
            ["Spring challenge", "all", "limit spring drop", "app + posters", "30 visits before summer", "marketing", "Mar", "€15k", "May attendance"],
            ["Class recommendation in the app", "Solo Regulars", "class booking", "app", "A class at your usual time", "product team", "Apr", "€4k", "class bookings"]]]),
        "calendar": dict(status="placeholder"),
        "steering-tools": dict(status="thin", text=[
            "We keep Resamania for memberships and Brevo for email and SMS. A nightly export of badge entries feeds a "
            "Google Sheet that computes the segments; the list of Fading members is emailed to each gym manager "
            "every Monday."]),
        "consent": dict(status="missing"),
        "kpi-table": dict(status="ok", retitle="KPIs we will report", keep_bookmark=True, tables=[[
            ["Monthly churn", "retention", "cancellations / members at start of month", "Resamania", "monthly", "3.5%", "> 4.2%", "operations director", "review segment actions"],
            ["Newcomer activation", "onboarding", "newcomers with 8+ visits in 6 weeks / newcomers", "badge data", "weekly", "70%", "< 60%", "gym managers", "more coach sessions"],
            ["Return after call", "win back", "called members visiting within 10 days / called", "badge data", "weekly", "35%", "< 20%", "gym managers", "rewrite call script"],
            ["Class booking rate", "classes", "members booking 1+ class a month / active members", "booking system", "monthly", "40%", "< 30%", "group class lead", "change class times or coaches"]]]),
        "kpi-dashboard": dict(status="ok", image=["Churn", "Activation", "Class bookings", "Calls done"],
                              caption="Dashboard mock-up in Looker Studio, one page per gym."),
        "brand-fit-value": dict(status="ok", text=[
            "Kinetik's brand is built on 'fitness without judgement': cheap, open late, no pressure from sales staff. "
            "Every action in the plan keeps that tone. We chose calls from the gym manager rather than automatic "
            "win-back discounts, because discounts would contradict the low-price promise and teach members to "
            "cancel to get a deal. The coach-led first session is presented as a welcome, not as a sales pitch for "
            "personal training, and the spring challenge rewards visits, not weight loss, in line with the brand's "
            "refusal of body-shaming messages.",
            "The value for the company is direct. Each point of monthly churn represents about 410 members, or "
            "122,000 euros of revenue a year. Reaching the 3.5% target would keep around 450 more members each "
            "month, worth roughly 1.3 million euros over a year, for a cost of about 48,000 euros in actions and "
            "a few hours of managers' time each week. The actions also give managers a reason to talk to members, "
            "which the questionnaire shows is what members miss most in budget gyms. Finally, better retention "
            "lowers the pressure on acquisition, which today costs 38 euros per new member in online ads. Retention is cheaper than replacement, and it builds the friendly image the brand promises. We will present these figures to the board in January with the first results of the pilot gyms."]),
        "expected-value": dict(status="empty"),
    },
)
